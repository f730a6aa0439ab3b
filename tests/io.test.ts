/**
 * Output files written in pieces (src/io/files.ts): a long output is encoded
 * a megabyte at a time instead of whole beside itself, and the file holds
 * exactly the bytes of the whole string.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { chunksOf, writeAllAtomic, writeAtomic } from "../src/io/files.js";
import { ROOT, sverka } from "./helpers.js";

describe("writing a long output in pieces", () => {
  test("the pieces' UTF-8 is the whole string's, surrogate pairs never cut (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (text, size) => {
        const pieces = [...chunksOf(text, size)];
        expect(pieces.join("")).toBe(text);
        expect(Buffer.concat(pieces.map((p) => Buffer.from(p, "utf8"))).equals(Buffer.from(text, "utf8"))).toBe(true);
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(Math.max(size, 2));
      }),
    );
  });

  test("a file written from a string longer than a piece holds its bytes exactly", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      // Cyrillic, an emoji (a surrogate pair) straddling the megabyte boundary, and ASCII.
      const text = `${"Договор ".repeat(131_071)}xxxxxxx🙂${"Article 5. ".repeat(100_000)}`;
      expect(text.codePointAt((1 << 20) - 1)).toBe(0x1f642);
      const path = join(dir, "out.json");
      await writeAtomic(path, text);
      expect(readFileSync(path).equals(Buffer.from(text, "utf8"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("several outputs written as one", () => {
  test("a failure on one leaves none of them, and an earlier run's files as they were", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      writeFileSync(join(dir, "memory.tmx"), "the earlier memory");
      writeFileSync(join(dir, "file"), "a file where a folder should be");
      const failing = writeAllAtomic([
        { path: join(dir, "memory.tmx"), content: () => "the new memory" },
        { path: join(dir, "file", "bitext.json"), content: () => "{}" },
      ]);
      await expect(failing).rejects.toThrow(/cannot write output/);
      expect(readdirSync(dir).sort()).toEqual(["file", "memory.tmx"]);
      expect(readFileSync(join(dir, "memory.tmx"), "utf8")).toBe("the earlier memory");
      await writeAllAtomic([
        { path: join(dir, "memory.tmx"), content: () => "the new memory" },
        { path: join(dir, "out", "bitext.json"), content: async () => ["{", "}"] },
      ]);
      expect(readFileSync(join(dir, "memory.tmx"), "utf8")).toBe("the new memory");
      expect(readFileSync(join(dir, "out", "bitext.json"), "utf8")).toBe("{}");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("an interrupt during a write", () => {
  // A process that writes two outputs, a short one and one without end (a chunk at a time, so the signal is seen
  // between chunks), as `align -o memory.tmx -o bitext.json` does on a long pair; Ctrl-C comes once a temporary file exists.
  const writer = (path: string, handled: boolean) => `
    ${handled ? 'process.once("SIGINT", () => { stop = true; });' : ""}
    let stop = false;
    function* lines() { for (let n = 0; !stop; n++) yield "line " + n + "\\n"; }
    const { writeAllAtomic } = await import(${JSON.stringify(join(ROOT, "dist", "src", "io", "files.js"))});
    await writeAllAtomic([{ path: ${JSON.stringify(`${path}.tmx`)}, content: () => "whole" }, { path: ${JSON.stringify(path)}, content: () => lines() }]);`;
  const interrupted = async (path: string, handled: boolean) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", writer(path, handled)], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const started = () => readdirSync(join(path, "..")).some((f) => f.endsWith(".tmp"));
    for (let waited = 0; waited < 20_000 && !started(); waited += 10) await new Promise((r) => setTimeout(r, 10));
    expect(started()).toBe(true);
    child.kill("SIGINT");
    return new Promise<[number | null, string | null, string]>((r) => child.on("close", (code, signal) => r([code, signal, stderr])));
  };

  test("ends the process as the signal would, its temporary file removed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      // Neither output, though the first was whole: the outputs of a run are written as one.
      expect(await interrupted(join(dir, "out.json"), false)).toEqual([
        null,
        "SIGINT",
        "sverka: interrupted while writing: no output written\n",
      ]);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("is left to a command that handles it: the write finishes and is renamed into place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      expect(await interrupted(join(dir, "out.json"), true)).toEqual([0, null, ""]);
      expect(readdirSync(dir).sort()).toEqual(["out.json", "out.json.tmx"]);
      expect(existsSync(join(dir, "out.json"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("an output that is a link, a device or a pipe (stranger 154)", () => {
  const pair = (dir: string) => {
    writeFileSync(join(dir, "bg.txt"), "Нощувка в Солун.\n");
    writeFileSync(join(dir, "en.txt"), "Overnight in Thessaloniki.\n");
    return [join(dir, "bg.txt"), join(dir, "en.txt")];
  };

  test("a link to a memory kept elsewhere stays a link, and the memory it points at is the one updated", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      mkdirSync(join(dir, "shared"));
      writeFileSync(join(dir, "shared", "memory.tsv"), "old\n");
      symlinkSync(join("shared", "memory.tsv"), join(dir, "memory.tsv"));
      const [bg, en] = pair(dir);
      const result = await sverka(["align", bg!, en!, "-o", join(dir, "memory.tsv"), "-q"]);
      expect(result.code).toBe(0);
      expect(lstatSync(join(dir, "memory.tsv")).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, "shared", "memory.tsv"), "utf8")).toBe("Нощувка в Солун.\tOvernight in Thessaloniki.\t0.9965\n");
      expect(readdirSync(join(dir, "shared"))).toEqual(["memory.tsv"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a link to an input is the input: refused before any work", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      const [bg, en] = pair(dir);
      symlinkSync("en.txt", join(dir, "out.tsv"));
      const result = await sverka(["align", bg!, en!, "-o", join(dir, "out.tsv")]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("output file is also an input: refusing to overwrite it");
      expect(readFileSync(en!, "utf8")).toBe("Overnight in Thessaloniki.\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a pipe (as /dev/stdout or a shell's >(…) is) is written through, not replaced by a file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      const [bg, en] = pair(dir);
      const fifo = join(dir, "pipe");
      execFileSync("mkfifo", [fifo]);
      // The reader: a child process reading the pipe to its end.
      const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "inherit"] });
      let read = "";
      reader.stdout.on("data", (d: Buffer) => {
        read += d.toString();
      });
      const closed = new Promise((r) => reader.on("close", r));
      const result = await sverka(["align", bg!, en!, "-f", "tsv", "-o", fifo, "-q"]);
      await closed;
      expect(result.code).toBe(0);
      expect(read).toBe("Нощувка в Солун.\tOvernight in Thessaloniki.\t0.9965\n");
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(["bg.txt", "en.txt", "pipe"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
