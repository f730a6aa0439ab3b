/** Checks on ../shared evaluation data; skipped (and said so) when it is not there. */
import { ntrexSegmentation } from "../bench/accuracy.js";
import { loadNtrex } from "../bench/data.js";
import { describeWithShared, SHARED } from "./helpers.js";

describeWithShared("NTREX paragraphs", () => {
  test("segmentation boundary F1 stays at or above 0.99 in both languages", () => {
    const docs = loadNtrex(SHARED!);
    expect(ntrexSegmentation(docs, "source").f1).toBeGreaterThanOrEqual(0.99);
    expect(ntrexSegmentation(docs, "target").f1).toBeGreaterThanOrEqual(0.99);
  });
});
