/** `sverka batch` and `sverka merge`, through `run(argv, io)` in this process (the worker threads still load the built files); the interrupted batch is in tests/e2e.test.ts. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { shard } from "../src/batch/index.js";
import { batchDir, sverka, TMX_DTD, testNeeding, validateTmx, XMLLINT } from "./helpers.js";

describe("sverka batch", () => {
  test("a directory of pairs: outputs, report, merged memory; a failing pair does not stop the rest", async () => {
    const dir = batchDir({ "empty.bg.txt": "", "empty.en.txt": "Text." });
    const r = await sverka([
      "batch",
      join(dir, "docs"),
      "--out-dir",
      join(dir, "aligned"),
      "--report",
      join(dir, "report.json"),
      "--merge-tmx",
      join(dir, "all.tmx"),
      "--jobs",
      "2",
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2 aligned, 0 up to date, 1 failed/);
    expect(r.stdout).toMatch(/failed: \S*docs\/empty\.bg\.txt: the document is empty/);
    expect(readdirSync(join(dir, "aligned")).sort()).toEqual(["bus.tmx", "osce.tmx"]);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.pairs.map((p: { name: string; status: string }) => `${p.name}:${p.status}`)).toEqual([
      "bus:done",
      "empty:failed",
      "osce:done",
    ]);
    const merged = readFileSync(join(dir, "all.tmx"), "utf8");
    expect(merged.match(/<tu /g)).toHaveLength(25);
    expect(merged).toContain(`<prop type="x-document">osce</prop>`);
  });

  testNeeding([XMLLINT, TMX_DTD], "the merged memory validates against the TMX 1.4 DTD", async () => {
    const dir = batchDir();
    expect(
      (await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--merge-tmx", join(dir, "all.tmx"), "--jobs", "1"])).code,
    ).toBe(0);
    const r = validateTmx([join(dir, "all.tmx")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test.each([["1"], ["2"]])("--learn-across with %s job(s): a learning pass over every pair, then the alignment", async (jobs) => {
    const dir = batchDir({ "empty.bg.txt": "", "empty.en.txt": "Text." });
    const r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "-f", "json", "--learn-across", "--jobs", jobs]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/learned \d+ word translations across 3 pairs/);
    expect(r.stdout).toMatch(/2 aligned, 0 up to date, 1 failed/);
    const osce = JSON.parse(readFileSync(join(dir, "out", "osce.json"), "utf8"));
    expect(osce.links.map((l: { kind: string }) => l.kind)).toEqual(Array(11).fill("1-1"));
  });

  test("resumable: up-to-date pairs are skipped unless --force", async () => {
    const dir = batchDir();
    // One job: this is about what is redone, not threads (tested above).
    const args = ["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "-f", "json", "--jobs", "1"];
    expect((await sverka(args)).code).toBe(0);
    expect((await sverka(args)).stdout).toMatch(/0 aligned, 2 up to date/);
    expect((await sverka([...args, "--force"])).stdout).toMatch(/2 aligned, 0 up to date/);
  });

  test("a TSV manifest, its paths relative to it; an output outside the output folder is refused", async () => {
    const dir = batchDir();
    writeFileSync(join(dir, "pairs.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\tout/osce.tsv\n");
    expect((await sverka(["batch", join(dir, "pairs.tsv"), "--out-dir", join(dir, "out"), "-f", "tsv"])).code).toBe(0);
    expect(
      readFileSync(join(dir, "out", "osce.tsv"), "utf8")
        .trimEnd()
        .split("\n"),
    ).toHaveLength(11);
    writeFileSync(join(dir, "escape.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\t../../escaped.tmx\n");
    const r = await sverka(["batch", join(dir, "escape.tsv"), "--out-dir", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/output \.\.\/\.\.\/escaped\.tmx is outside the output folder \S+\/out: refused/);
  });

  test("shards are deterministic and together cover the manifest once", () => {
    const items = Array.from({ length: 10 }, (_, k) => k);
    const parts = [shard(items, "1/3"), shard(items, "2/3"), shard(items, "3/3")];
    expect(parts.flat().sort((a, b) => a - b)).toEqual(items);
    expect(shard(items, "2/3")).toEqual(parts[1]);
    expect(() => shard(items, "4/3")).toThrow(/--shard takes i\/n/);
  });
});

describe("sverka merge", () => {
  test("memories merge, duplicates removed", async () => {
    const dir = batchDir();
    expect((await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--jobs", "1"])).code).toBe(0);
    const out = (name: string) => join(dir, "out", name);
    const r = await sverka(["merge", out("osce.tmx"), out("bus.tmx"), out("osce.tmx"), "-o", join(dir, "all.tmx")]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "all.tmx"), "utf8").match(/<tu /g)).toHaveLength(25);
    const wrong = await sverka(["merge", out("osce.tmx"), "-o", join(dir, "all.txt")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/merge writes TMX/);
  });
});
