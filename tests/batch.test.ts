/** `sverka batch` and `sverka merge`, run as a user runs them. */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shard } from "../src/batch/index.js";
import { corpus, ROOT, sverka, testNeeding, TMX_DTD, validateTmx, XMLLINT } from "./helpers.js";

function corpusDir(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "sverka-batch-"));
  mkdirSync(join(dir, "docs"));
  for (const [name, from] of [["osce", "osce-alliance-2024"], ["bus", "handmade-bg-en"]]) {
    copyFileSync(corpus(from!, "bg.txt"), join(dir, "docs", `${name}.bg.txt`));
    copyFileSync(corpus(from!, "en.txt"), join(dir, "docs", `${name}.en.txt`));
  }
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, "docs", file), text);
  return dir;
}

describe("sverka batch", () => {
  test("a directory of pairs: outputs, report, merged memory; a failing pair does not stop the rest", () => {
    const dir = corpusDir({ "empty.bg.txt": "", "empty.en.txt": "Text." });
    const r = sverka(["batch", "docs", "--out-dir", "aligned", "--report", "report.json", "--merge-tmx", "all.tmx", "--jobs", "2"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2 aligned, 0 up to date, 1 failed/);
    expect(r.stdout).toMatch(/failed: docs\/empty\.bg\.txt: the document is empty/);
    expect(readdirSync(join(dir, "aligned")).sort()).toEqual(["bus.tmx", "osce.tmx"]);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.pairs.map((p: { name: string; status: string }) => `${p.name}:${p.status}`)).toEqual(["bus:done", "empty:failed", "osce:done"]);
    const merged = readFileSync(join(dir, "all.tmx"), "utf8");
    expect(merged.match(/<tu /g)).toHaveLength(25);
    expect(merged).toContain(`<prop type="x-document">osce</prop>`);
  });

  testNeeding([XMLLINT, TMX_DTD], "the merged memory validates against the TMX 1.4 DTD", () => {
    const dir = corpusDir();
    expect(sverka(["batch", "docs", "--out-dir", "out", "--merge-tmx", "all.tmx", "--jobs", "1"], { cwd: dir }).code).toBe(0);
    const r = validateTmx([join(dir, "all.tmx")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test.each([["1"], ["2"]])("--learn-across with %s job(s): a learning pass over every pair, then the alignment", (jobs) => {
    const dir = corpusDir({ "empty.bg.txt": "", "empty.en.txt": "Text." });
    const r = sverka(["batch", "docs", "--out-dir", "out", "-f", "json", "--learn-across", "--jobs", jobs], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/learned \d+ word translations across 3 pairs/);
    expect(r.stdout).toMatch(/2 aligned, 0 up to date, 1 failed/);
    const osce = JSON.parse(readFileSync(join(dir, "out", "osce.json"), "utf8"));
    expect(osce.links.map((l: { kind: string }) => l.kind)).toEqual(Array(11).fill("1-1"));
  });

  test("resumable: up-to-date pairs are skipped unless --force", () => {
    const dir = corpusDir();
    expect(sverka(["batch", "docs", "--out-dir", "out", "-f", "json"], { cwd: dir }).code).toBe(0);
    expect(sverka(["batch", "docs", "--out-dir", "out", "-f", "json"], { cwd: dir }).stdout).toMatch(/0 aligned, 2 up to date/);
    expect(sverka(["batch", "docs", "--out-dir", "out", "-f", "json", "--force"], { cwd: dir }).stdout).toMatch(/2 aligned, 0 up to date/);
  });

  test("a TSV manifest; an output outside the output folder is refused", () => {
    const dir = corpusDir();
    writeFileSync(join(dir, "pairs.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\tout/osce.tsv\n");
    expect(sverka(["batch", "pairs.tsv", "--out-dir", "out", "-f", "tsv"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, "out", "osce.tsv"), "utf8").trimEnd().split("\n")).toHaveLength(11);
    writeFileSync(join(dir, "escape.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\t../../escaped.tmx\n");
    const r = sverka(["batch", "escape.tsv", "--out-dir", "out"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/outside the output folder out: refused/);
  });

  test("shards are deterministic and together cover the manifest once", () => {
    const items = Array.from({ length: 10 }, (_, k) => k);
    const parts = [shard(items, "1/3"), shard(items, "2/3"), shard(items, "3/3")];
    expect(parts.flat().sort((a, b) => a - b)).toEqual(items);
    expect(shard(items, "2/3")).toEqual(parts[1]);
    expect(() => shard(items, "4/3")).toThrow(/--shard takes i\/n/);
  });

  test("an interrupted batch leaves no half-written outputs", async () => {
    const dir = corpusDir();
    for (let k = 0; k < 80; k++) {
      copyFileSync(corpus("handmade-bg-en", "bg.txt"), join(dir, "docs", `copy${k}.bg.txt`));
      copyFileSync(corpus("handmade-bg-en", "en.txt"), join(dir, "docs", `copy${k}.en.txt`));
    }
    const child = spawn(process.execPath, [join(ROOT, "bin", "sverka.js"), "batch", "docs", "--out-dir", "out", "--jobs", "2"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    // Interrupt once the first outputs are there, well before the 82 pairs are done.
    for (let waited = 0; waited < 20_000 && !(existsSync(join(dir, "out")) && readdirSync(join(dir, "out")).length > 0); waited += 50) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.on("close", r));
    expect(code).toBe(130);
    expect(readdirSync(join(dir, "out")).length).toBeLessThan(82);
    const out = existsSync(join(dir, "out")) ? readdirSync(join(dir, "out")) : [];
    expect(out.filter((f) => !f.endsWith(".tmx"))).toEqual([]);
    for (const f of out) expect(readFileSync(join(dir, "out", f), "utf8")).toMatch(/<\/tmx>\n$/);
  });
});

describe("sverka merge", () => {
  test("memories merge, duplicates removed", () => {
    const dir = corpusDir();
    sverka(["batch", "docs", "--out-dir", "out"], { cwd: dir });
    const r = sverka(["merge", "out/osce.tmx", "out/bus.tmx", "out/osce.tmx", "-o", "all.tmx"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "all.tmx"), "utf8").match(/<tu /g)).toHaveLength(25);
    expect(sverka(["merge", "out/osce.tmx", "-o", "all.txt"], { cwd: dir }).code).toBe(2);
  });
});
