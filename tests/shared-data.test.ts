/** Checks on ../shared evaluation data; skipped (and said so) when it is not there. */
import { segment } from "../src/segment/index.js";
import { boundaryScores } from "../src/eval/index.js";
import { buildNoisyPairs, loadNtrex, rawText } from "../bench/data.js";
import { describeWithShared, SHARED } from "./helpers.js";

describeWithShared("NTREX paragraphs", () => {
  test("segmentation boundary F1 stays at or above 0.99 in both languages", () => {
    const pairs = buildNoisyPairs(loadNtrex(SHARED!), { perPair: 8, seed: 1, noise: { merge: 0, drop: 0, passages: 0, inserts: 0 } });
    for (const [side, lang] of [["source", "bg"], ["target", "en"]] as const) {
      const gold: number[] = [];
      const got: number[] = [];
      let offset = 0;
      for (const p of pairs) {
        const { text, spans } = rawText(p[side]);
        gold.push(...spans.map(([, e]) => e + offset));
        got.push(...segment(text, lang).map((s) => s.end + offset));
        offset += text.length;
      }
      expect(boundaryScores(gold, got).f1).toBeGreaterThanOrEqual(0.99);
    }
  });
});
