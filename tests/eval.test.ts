import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SverkaError } from "../src/errors.js";
import {
  addCounts,
  boundaryScores,
  checkSameSegments,
  emptyCounts,
  formatLinkLines,
  parseLinkLines,
  scoreAlignment,
  scoresFrom,
} from "../src/eval/index.js";
import { corpus, sverka } from "./helpers.js";

describe("alignment scoring (Sennrich & Volk definitions)", () => {
  const gold = parseLinkLines("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[4]:[2, 3]\n");

  test("identical alignment scores 1", () => {
    const s = scoreAlignment(gold, gold);
    expect([s.f1Strict, s.f1Lax, s.nullF1]).toEqual([1, 1, 1]);
  });

  test("strict and lax hits", () => {
    const test = parseLinkLines("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n[4]:[2]\n[]:[3]\n");
    const s = scoreAlignment(gold, test);
    // precision over all 6 test links: [0]:[0] and [3]:[] strict; [1]:[1] and [4]:[2] lax only.
    expect(s.precisionStrict).toBeCloseTo(2 / 6);
    expect(s.precisionLax).toBeCloseTo(4 / 6);
    // recall over gold links with both sides (3): only [0]:[0] is found exactly; all 3 overlap.
    expect(s.recallStrict).toBeCloseTo(1 / 3);
    expect(s.recallLax).toBeCloseTo(1);
    // 1-0/0-1 items: test {s2, s3, t3}, gold {s3}.
    expect(s.nullPrecision).toBeCloseTo(1 / 3);
    expect(s.nullRecall).toBe(1);
  });

  test("a gold line of several sentences left out ([3, 4, 5]:[]) is as many sentences left out, as sverka writes them", () => {
    const grouped = parseLinkLines("[0]:[0]\n[1, 2]:[]\n[3]:[1]\n[]:[2, 3]\n");
    const apart = parseLinkLines("[0]:[0]\n[1]:[]\n[2]:[]\n[3]:[1]\n[]:[2]\n[]:[3]\n");
    for (const [g, t] of [
      [grouped, apart],
      [apart, grouped],
      [grouped, grouped],
    ])
      expect(scoreAlignment(g!, t!)).toEqual(scoreAlignment(apart, apart));
    expect(scoreAlignment(grouped, apart).precisionStrict).toBe(1);
  });

  test("the link format round-trips and rejects garbage", () => {
    expect(parseLinkLines(formatLinkLines(gold))).toEqual(gold);
    expect(() => parseLinkLines("[0]:[1]\nnot a link\n", "g.txt")).toThrow(/g.txt: line 2/);
    expect(() => parseLinkLines("x")).toThrow(SverkaError);
  });

  test("boundary F1", () => {
    const b = boundaryScores([10, 20, 30], [10, 25, 30]);
    expect(b.precision).toBeCloseTo(2 / 3);
    expect(b.recall).toBeCloseTo(2 / 3);
  });
});

describe("sverka eval: both alignments must be of the same segments", () => {
  test("a gold of 11 segments a side against an alignment of 16 and 14: refused, exit 2, both counts given", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-eval-"));
    const gold = corpus("osce-alliance-2024", "gold.links");
    const aligned = join(dir, "bus.json");
    expect((await sverka(["align", corpus("handmade-bg-en", "bg.txt"), corpus("handmade-bg-en", "en.txt"), "-o", aligned])).code).toBe(0);
    for (const format of ["text", "json"]) {
      const r = await sverka(["eval", gold, aligned, "-f", format]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `sverka: ${aligned}: the two alignments are of different segmentations: the gold (${gold}) covers 11 source and 11 target segments, the test 16 and 14, so their links cannot be compared. Align the gold's own segments (its sentence files, one segment a line) with \`sverka align --segmented -f json\` and score that\n`,
      );
    }
    // One side differing is enough.
    const links = (text: string) => parseLinkLines(text);
    expect(() => checkSameSegments(links("[0]:[0]\n[1]:[1]\n"), links("[0]:[0]\n[1]:[1, 2]\n"), "g", "t")).toThrow(
      /2 source and 2 target segments, the test 2 and 3/,
    );
    expect(() => checkSameSegments(links("[0]:[0]\n[1, 2]:[1]\n"), links("[0, 1]:[0]\n[2]:[1]\n"), "g", "t")).not.toThrow();
  });
});

describe("sverka eval: two sverka JSONs of as many segments but other sentences (stranger 303)", () => {
  test("refused, exit 2, naming the first segment that differs; the same sentences folded otherwise are scored", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-eval-texts-"));
    // One text as sentence files and as paragraphs whose headline has no full stop: as many segments, other boundaries.
    writeFileSync(join(dir, "seg.bg.txt"), "Заглавие\nПърво изречение тук.\nВторо изречение там.\nТрето.\n");
    writeFileSync(join(dir, "seg.en.txt"), "Headline\nFirst sentence here.\nSecond sentence there.\nThird.\n");
    writeFileSync(join(dir, "raw.bg.txt"), "Заглавие Първо изречение тук. Второ изречение там.\n\nТрето. Четвърто.\n");
    writeFileSync(join(dir, "raw.en.txt"), "Headline First sentence here. Second sentence there.\n\nThird. Fourth.\n");
    const [seg, raw] = [join(dir, "seg.json"), join(dir, "raw.json")];
    expect((await sverka(["align", join(dir, "seg.bg.txt"), join(dir, "seg.en.txt"), "--segmented", "-o", seg, "-q"])).code).toBe(0);
    expect((await sverka(["align", join(dir, "raw.bg.txt"), join(dir, "raw.en.txt"), "-o", raw, "-q"])).code).toBe(0);
    const r = await sverka(["eval", seg, raw]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      `the two alignments are of different segmentations: source segment 1 is "Заглавие" in the gold (${seg}) and "Заглавие Първо изречение тук." in the test`,
    );
    expect((await sverka(["eval", seg, seg])).code).toBe(0);
  });
});

describe("sverka eval GOLD_FOLDER TEST_FOLDER: a corpus scored at once", () => {
  test("pairs files by name, scores all links together, names the worst pairs and what it could not score", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-eval-folders-"));
    for (const sub of ["gold", "out"]) mkdirSync(join(dir, sub));
    // Two pairs: one aligned as its gold says, one with a 1-1 link split off wrongly.
    writeFileSync(join(dir, "gold", "a.links"), "[0]:[0]\n[1]:[1]\n[2]:[2]\n");
    writeFileSync(join(dir, "out", "a.links"), "[0]:[0]\n[1]:[1]\n[2]:[2]\n");
    writeFileSync(join(dir, "gold", "b.links"), "[0]:[0]\n[1, 2]:[1]\n");
    writeFileSync(join(dir, "out", "b.links"), "[0]:[0]\n[1]:[1]\n[2]:[]\n");
    // A gold with no test, a test with no gold, and a pair of different segmentations.
    writeFileSync(join(dir, "gold", "c.links"), "[0]:[0]\n");
    writeFileSync(join(dir, "out", "d.links"), "[0]:[0]\n");
    writeFileSync(join(dir, "gold", "e.links"), "[0]:[0]\n[1]:[1]\n");
    writeFileSync(join(dir, "out", "e.links"), "[0]:[0]\n");
    const r = await sverka(["eval", join(dir, "gold"), join(dir, "out")]);
    expect(r.code).toBe(2);
    // Both pairs' links counted together: 4 of the 6 test links are gold links, 4 of the 5 gold links found.
    const counts = addCounts(emptyCounts(), parseLinkLines("[0]:[0]\n[1]:[1]\n[2]:[2]\n"), parseLinkLines("[0]:[0]\n[1]:[1]\n[2]:[2]\n"));
    const one = scoresFrom(addCounts(counts, parseLinkLines("[0]:[0]\n[1, 2]:[1]\n"), parseLinkLines("[0]:[0]\n[1]:[1]\n[2]:[]\n")));
    expect([one.precisionStrict, one.recallStrict]).toEqual([4 / 6, 4 / 5]);
    expect(r.stdout).toContain(`: 2 pairs scored together (5 gold links, 6 test links)`);
    expect(r.stdout).toContain(
      `strict       ${one.precisionStrict.toFixed(3)}      ${one.recallStrict.toFixed(3)}   ${one.f1Strict.toFixed(3)}`,
    );
    expect(r.stdout).toMatch(/^lowest strict F1: b 0\.\d{3}$/m);
    expect(r.stdout).toMatch(/^not scored: .*e\.links: the two alignments are of different segmentations/m);
    expect(r.stdout).toContain(`not scored: ${join(dir, "gold", "c.links")} has no test file of its name in ${join(dir, "out")}`);
    expect(r.stdout).toContain(`not scored: ${join(dir, "out", "d.links")} has no gold file of its name in ${join(dir, "gold")}`);
    const json = JSON.parse((await sverka(["eval", join(dir, "gold"), join(dir, "out"), "-f", "json"])).stdout);
    expect(json.f1Strict).toBeCloseTo(one.f1Strict, 10);
    expect(json.pairs.map((p: { name: string; f1Strict: number }) => [p.name, p.f1Strict])).toEqual([
      ["a", 1],
      ["b", expect.any(Number)],
    ]);
    expect(json.failed.map((f: { name: string }) => f.name)).toEqual(["e"]);
    // A folder against a file is refused.
    expect((await sverka(["eval", join(dir, "gold"), join(dir, "out", "a.links")])).stderr).toMatch(/is a folder and .* a file/);
    // A path that is not there is named so (stranger 341: an output folder a failed batch never wrote).
    const gone = await sverka(["eval", join(dir, "gold"), join(dir, "never-written")]);
    expect([gone.code, gone.stderr.trim()]).toEqual([2, `sverka: ${join(dir, "never-written")}: no such file or folder`]);
  });
});
