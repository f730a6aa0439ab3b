/**
 * End to end: the built binary (bin/sverka.js) in its own process, for what
 * only a process shows: the exit code reaching the shell, relative paths from
 * the cwd, a reader closing the pipe, Ctrl-C. Everything else about the
 * commands runs in-process (tests/helpers.ts `sverka`).
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ownPort } from "../src/cli/review.js";
import { RELAUNCH_BYTES } from "../src/io/malloc.js";
import { batchDir, corpus, ROOT, read, spawnSverka } from "./helpers.js";

const tmp = () => mkdtempSync(join(tmpdir(), "sverka-e2e-"));

describe("end to end: the built binary", () => {
  test("a long alignment (align, check) on Linux runs again with fixed malloc mmap and trim thresholds; its errors and exit code come through", () => {
    if (process.platform !== "linux") return;
    const dir = tmp();
    writeFileSync(join(dir, "bg.txt"), "Това е изречение.\n".repeat(Math.ceil(RELAUNCH_BYTES / 30)));
    writeFileSync(join(dir, "en.txt"), "This is a sentence.\n");
    // A preloaded module says, in each process it runs in, what thresholds that process was started with.
    const say =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is code for the child process, whose own template it is
      "data:text/javascript,process.stderr.write(`threshold=${process.env.MALLOC_MMAP_THRESHOLD_} trim=${process.env.MALLOC_TRIM_THRESHOLD_}\\n`)";
    const r = spawnSync(
      process.execPath,
      ["--import", say, join(ROOT, "bin", "sverka.js"), "align", join(dir, "bg.txt"), join(dir, "en.txt"), "--threads", "0"],
      {
        encoding: "utf8",
        env: { ...process.env, MALLOC_MMAP_THRESHOLD_: undefined, MALLOC_TRIM_THRESHOLD_: undefined },
      },
    );
    expect(r.stderr).toContain("threshold=undefined trim=undefined");
    expect(r.stderr).toContain("threshold=131072 trim=16777216");
    expect(r.stderr).toMatch(/--threads/);
    expect(r.status).toBe(2);
    // `check` of two documents aligns them too; `export` of a file of that size does not align.
    const args = (command: string[]) =>
      spawnSync(process.execPath, ["--import", say, join(ROOT, "bin", "sverka.js"), ...command], {
        encoding: "utf8",
        env: { ...process.env, MALLOC_MMAP_THRESHOLD_: undefined, MALLOC_TRIM_THRESHOLD_: undefined },
      });
    const check = args(["check", join(dir, "bg.txt"), join(dir, "en.txt"), "--threads", "0"]);
    expect(check.stderr).toContain("threshold=131072 trim=16777216");
    expect(check.status).toBe(2);
    const other = args(["export", join(dir, "bg.txt"), "-o", join(dir, "out.tmx")]);
    expect(other.stderr).not.toContain("threshold=131072");
    expect(other.status).toBe(2);
  });

  test("npm start's alignment of the corpus sample: paths relative to the cwd, three outputs, the summary, exit 0", () => {
    const out = relative(ROOT, tmp());
    const r = spawnSverka([
      "align",
      "corpus/osce-alliance-2024/bg.txt",
      "corpus/osce-alliance-2024/en.txt",
      "-o",
      join(out, "a.tmx"),
      "-o",
      join(out, "a.json"),
      "-o",
      join(out, "a.tsv"),
      "--summary",
    ]);
    expect(r.stderr).toContain("links       11: 1-1 11");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(read(join(ROOT, out, "a.tmx")).match(/<tu /g)).toHaveLength(11);
    expect(JSON.parse(read(join(ROOT, out, "a.json"))).links).toHaveLength(11);
    expect(
      read(join(ROOT, out, "a.tsv"))
        .trimEnd()
        .split("\n"),
    ).toHaveLength(11);
  });

  test("exit codes reach the shell: 0 clean, 1 problems found, 2 bad input with one line saying why", () => {
    expect(spawnSverka(["check", corpus("osce-alliance-2024", "bg.txt"), corpus("osce-alliance-2024", "en.txt")]).code).toBe(0);
    expect(spawnSverka(["check", corpus("handmade-bg-en", "bg.txt"), corpus("handmade-bg-en", "en.txt")]).code).toBe(1);
    const bad = spawnSverka(["align", join(tmp(), "nope.txt"), corpus("osce-alliance-2024", "en.txt")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^sverka: \S+nope\.txt: no such file\n$/);
  });

  // Before: "-" was "no such file" and a pipe "is not a regular file" (stranger 32): input always had to be a file.
  test("a document from standard input (-) or a pipe: split, align and check read it; both sides from stdin is refused", () => {
    const bg = read(corpus("osce-alliance-2024", "bg.txt"));
    const en = corpus("osce-alliance-2024", "en.txt");
    const split = spawnSverka(["split", "-", "-l", "bg"], { input: "Първо изречение. Второ изречение, т.е. още едно.\n" });
    expect(split).toMatchObject({ code: 0, stdout: "Първо изречение.\nВторо изречение, т.е. още едно.\n" });
    const fromStdin = spawnSverka(["align", "-", en, "-f", "json", "-o", "-"], { input: bg });
    const fromFile = spawnSverka(["align", corpus("osce-alliance-2024", "bg.txt"), en, "-f", "json", "-o", "-"]);
    expect(fromStdin.code).toBe(0);
    const links = (out: string) => JSON.parse(out).links.map((l: { source: number[]; target: number[] }) => [l.source, l.target]);
    expect(links(fromStdin.stdout)).toEqual(links(fromFile.stdout));
    expect(spawnSverka(["check", "-", en], { input: bg }).code).toBe(0);
    // A problem is placed by line and column in what standard input gave (before: "- paragraph 6, sentence 16").
    const handmade = read(corpus("handmade-bg-en", "bg.txt"));
    const placed = spawnSverka(["check", "-", corpus("handmade-bg-en", "en.txt")], { input: handmade });
    expect(placed.code).toBe(1);
    expect(placed.stdout).toContain("    -:15:147 sentence 16: Това е с 15% повече от старата линия.");
    // With no ending to go by, an archive or a page says what it is.
    const odt = spawnSync(process.execPath, [join(ROOT, "bin", "sverka.js"), "split", "-", "-l", "en"], {
      input: readFileSync(join(ROOT, "tests", "fixtures", "read", "contract.en.odt")),
      encoding: "utf8",
    });
    expect(odt.stdout.split("\n")[0]).toBe("Supply contract");
    const page = "<!DOCTYPE html><html><body><p>Първо. Второ.</p><p>Трето.</p></body></html>";
    expect(spawnSverka(["split", "-", "-l", "bg"], { input: page }).stdout).toBe("Първо.\nВторо.\n\nТрето.\n");
    // A named pipe, as a shell's <(zcat bg.txt.gz) gives one.
    if (process.platform === "linux") {
      const fifo = join(tmp(), "bg.fifo");
      expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
      const r = spawnSync(
        "sh",
        [
          "-c",
          `cat "$1" > "$2" & exec "$3" "$4" split "$2" -l bg`,
          "sh",
          corpus("osce-alliance-2024", "bg.txt"),
          fifo,
          process.execPath,
          join(ROOT, "bin", "sverka.js"),
        ],
        { encoding: "utf8" },
      );
      expect(r.status).toBe(0);
      expect(r.stdout.split("\n").length).toBeGreaterThan(5);
      // check places its problems in what the pipe gave: it opened the pipe again for them, and waited for a writer forever.
      const checked = spawnSync(
        "sh",
        [
          "-c",
          `cat "$1" > "$2" & exec "$3" "$4" check "$2" "$5"`,
          "sh",
          corpus("handmade-bg-en", "bg.txt"),
          fifo,
          process.execPath,
          join(ROOT, "bin", "sverka.js"),
          corpus("handmade-bg-en", "en.txt"),
        ],
        { encoding: "utf8", timeout: 60_000 },
      );
      expect(checked.status).toBe(1);
      expect(checked.stdout).toContain(`    ${fifo}:15:147 sentence 16:`);
    }
    const both = spawnSverka(["align", "-", "-"], { input: bg });
    expect(both.code).toBe(2);
    expect(both.stderr).toBe("sverka: both documents are given as standard input (-): one of them must be a file\n");
  });

  // v8.setFlagsFromString("--no-regexp-tier-up") in the launcher crashed about one run in twenty (SIGSEGV, exit
  // code null here); V8 flags changed in a running engine are not safe, so the launcher sets none.
  test("the launcher changes no V8 flag in the running engine", () => {
    expect(read(join(ROOT, "bin", "sverka.js"))).not.toMatch(/^[^/\n]*setFlagsFromString/m);
  });

  test("--version prints the package's version", () => {
    const r = spawnSverka(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(read(join(ROOT, "package.json"))).version}\n`);
  });

  // A reader that stops early (`sverka split big.txt | head`): Node raises EPIPE on stdout; bin/sverka.js lets
  // the output go quietly and the run ends with the exit code it would have had.
  test("a reader closing the pipe early: no stack trace, the run's own exit code (0)", async () => {
    const file = join(tmp(), "big.bg.txt");
    writeFileSync(file, "Изречение номер едно. Изречение номер две.\n\n".repeat(12_000)); // about 1 MB out, far above a pipe's buffer
    const child = spawn(process.execPath, [join(ROOT, "bin", "sverka.js"), "split", file], { env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  // A stranger's `align bg.txt en.txt -o - 2>&1 | …` had the note on what was left out in the middle of the TMX:
  // stderr was written while the pipe still held the memory.
  test("align -o - 2>&1 into a pipe: the memory whole, then the note", () => {
    const dir = tmp();
    const [bg, en] = ["bg", "en"].map((lang) => {
      const file = join(dir, `long.${lang}.txt`);
      const copy = `${read(corpus("osce-alliance-2024", `${lang}.txt`)).trim()}\n\n`;
      // A memory far above a pipe's buffer; one date changed in the last copy, so that a unit is left out and said.
      writeFileSync(file, copy.repeat(40) + (lang === "en" ? copy.replace("15 and 16 April", "15 and 17 April") : copy));
      return file;
    });
    const bin = join(ROOT, "bin", "sverka.js");
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" align "${bg}" "${en}" -o - 2>&1 | cat`], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      maxBuffer: 1 << 26,
    });
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(2000);
    expect(lines.findIndex((l) => l.includes("sverka: left out"))).toBe(lines.length - 1);
    expect(lines.at(-2)).toBe("</tmx>");
  });

  test.each([
    ["align --help | head -1", ["align", "--help"], 0],
    ["check with problems | head -1: still exit 1", ["check", corpus("handmade-bg-en", "bg.txt"), corpus("handmade-bg-en", "en.txt")], 1],
  ])("a pipe closed before any output: %s, quietly", async (_name, args, expected) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "sverka.js"), ...args], { env: { ...process.env, NO_COLOR: "1" } });
    child.stdout.destroy(); // the reader is gone before sverka writes a byte
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(expected);
  });

  test("sverka with no command: the help on stderr, exit 2", () => {
    const r = spawnSverka([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Usage: sverka/);
  });

  test("an interrupted batch exits 130, leaves no half-written outputs nor a merged memory of some pairs, and its table lists the pairs not done (no empty rows)", async () => {
    const dir = batchDir();
    for (let k = 0; k < 80; k++) {
      copyFileSync(corpus("handmade-bg-en", "bg.txt"), join(dir, "docs", `copy${k}.bg.txt`));
      copyFileSync(corpus("handmade-bg-en", "en.txt"), join(dir, "docs", `copy${k}.en.txt`));
    }
    const args = ["batch", "docs", "--out-dir", "out", "--jobs", "2", "--merge-tmx", "all.tmx"];
    const { child, stdout, stderr } = spawnIn(dir, args);
    // Interrupt once the first outputs are whole (renamed into place, not a temporary file the interrupt removes), well before the 82 pairs are done.
    const whole = () => existsSync(join(dir, "out")) && readdirSync(join(dir, "out")).some((f) => f.endsWith(".tmx"));
    for (let waited = 0; waited < 20_000 && !whole(); waited += 50) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.on("close", r));
    expect(code).toBe(130);
    expect(existsSync(join(dir, "all.tmx"))).toBe(false);
    expect(stderr()).toContain("interrupted: finished pairs are written, the merged memory all.tmx is not (it needs every pair)");
    // The outputs, and the record of what made them (src/batch/made.ts).
    const out = readdirSync(join(dir, "out")).filter((f) => f !== ".sverka-batch");
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(82);
    expect(out.filter((f) => !f.endsWith(".tmx"))).toEqual([]);
    for (const f of out) expect(readFileSync(join(dir, "out", f), "utf8")).toMatch(/<\/tmx>\n$/);
    // The lines after the summary (the memories left out, the command that tells a finished pair's problems) are there
    // where a pair finished with problems before the signal: not the table's.
    const rows = stdout()
      .trimEnd()
      .split("\n")
      .filter((r) => !/^(?:problems, with their reasons and places|memories): /.test(r));
    expect(rows).toHaveLength(1 + 82 + 1);
    expect(rows.filter((r) => r.trim() === "")).toEqual([]);
    const notDone = rows.filter((r) => / not done \(interrupted\)$/.test(r)).length;
    expect(notDone).toBeGreaterThan(0);
    // A worker may finish writing between the signal and its end: such a pair is on disk yet not counted as aligned.
    // None aligned (the first output written as the signal came) says no direction: "0 aligned, 0 up to date, ...".
    const summary = /^(\d+) aligned(?: \([^)]*\))?, 0 up to date, 0 failed, (\d+) not done;/.exec(rows.at(-1)!);
    expect(summary).not.toBeNull();
    expect(Number(summary![1]) + Number(summary![2])).toBe(82);
    expect(Number(summary![2])).toBe(notDone);
    expect(Number(summary![1])).toBeLessThanOrEqual(out.length);
  });

  test("sverka review: aligns a pair into NAME.json, prints the address, saves, and Ctrl-C (or SIGTERM) stops it cleanly", async () => {
    const dir = tmp();
    copyFileSync(corpus("handmade-bg-en", "bg.txt"), join(dir, "bus.bg.txt"));
    copyFileSync(corpus("handmade-bg-en", "en.txt"), join(dir, "bus.en.txt"));
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      const args = signal === "SIGINT" ? ["bus.bg.txt", "bus.en.txt"] : ["bus.json"];
      const { child, url, stderr } = await startReview(dir, args);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
      const bitext = await fetch(url.replace("/?", "/bitext?"));
      expect(bitext.status).toBe(200);
      const saved = await fetch(url.replace("/?", "/bitext?"), {
        method: "PUT",
        body: await bitext.text(),
        headers: { "If-Match": bitext.headers.get("etag")! },
      });
      expect(saved.status).toBe(200);
      child.kill(signal);
      const code = await new Promise<number | null>((r) => child.on("close", r));
      expect(code).toBe(0);
      expect(stderr()).toMatch(/stopped\n$/);
      expect(readdirSync(dir).sort()).toEqual(["bus.bg.txt", "bus.en.txt", "bus.json", "bus.json.bak"]);
      await expect(fetch(url)).rejects.toThrow();
      // Served at the bitext's own port both times: the browser finds the edits it kept unsaved at the same address (stranger 86).
      expect(new URL(url).port).toBe(String(ownPort(join(dir, "bus.json"))));
    }
  });

  test("sverka review: the bitext's own port taken, a free one, said on stderr", async () => {
    const dir = tmp();
    copyFileSync(corpus("handmade-bg-en", "bg.txt"), join(dir, "bus.bg.txt"));
    copyFileSync(corpus("handmade-bg-en", "en.txt"), join(dir, "bus.en.txt"));
    const own = ownPort(join(dir, "bus.json"));
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(own, "127.0.0.1", () => r()));
    try {
      const { child, url, stderr } = await startReview(dir, ["bus.bg.txt", "bus.en.txt"]);
      expect(new URL(url).port).not.toBe(String(own));
      expect(stderr()).toContain(`port ${own}, where bus.json is always served, is taken`);
      child.kill("SIGTERM");
      await new Promise((r) => child.on("close", r));
    } finally {
      await new Promise((r) => holder.close(r));
    }
  });
});

/** `sverka ARGS` started in `dir`, without colour: the process, and its stdout and stderr so far. */
function spawnIn(dir: string, args: readonly string[]) {
  const child = spawn(process.execPath, [join(ROOT, "bin", "sverka.js"), ...args], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  return { child, stdout: () => stdout, stderr: () => stderr };
}

/** `sverka review ARGS --no-open` started in `dir`: the process, the address it printed, and its stderr so far. */
async function startReview(dir: string, args: readonly string[]) {
  const { child, stdout, stderr } = spawnIn(dir, ["review", ...args, "--no-open"]);
  for (let waited = 0; waited < 30_000 && !stdout().includes("\n"); waited += 50) await new Promise((r) => setTimeout(r, 50));
  return { child, url: stdout().trim(), stderr };
}
