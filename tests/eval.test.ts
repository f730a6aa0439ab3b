import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SverkaError } from "../src/errors.js";
import { boundaryScores, checkSameSegments, formatLinkLines, parseLinkLines, scoreAlignment } from "../src/eval/index.js";
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
