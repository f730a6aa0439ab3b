/** `onProgress`: the pipeline tells a caller (the CLI's progress bar) how the work goes, stage by stage, rows of the search as they are done. */
import { align, alignFiles } from "../src/index.js";
import { corpus } from "./helpers.js";

type Call = [stage: string, done: number, total: number];

const record = () => {
  const calls: Call[] = [];
  return { calls, onProgress: (stage: string, done: number, total: number) => calls.push([stage, done, total]) };
};
const stages = (calls: readonly Call[]) => calls.map(([s]) => s).filter((s, k, all) => k === 0 || all[k - 1] !== s);

describe("onProgress", () => {
  test("alignFiles: every stage in order; files counted; the search's rows end at their total", async () => {
    const { calls, onProgress } = record();
    await alignFiles(corpus("osce-alliance-2024", "bg.txt"), corpus("osce-alliance-2024", "en.txt"), { onProgress });
    expect(stages(calls)).toEqual(["read", "segment", "score", "align draft", "learn", "align", "review"]);
    expect(calls.filter(([s]) => s === "read")).toEqual([
      ["read", 0, 2],
      ["read", 1, 2],
      ["read", 2, 2],
    ]);
    for (const stage of ["align draft", "align"]) {
      const rows = calls.filter(([s]) => s === stage);
      expect(rows.length).toBeGreaterThan(2);
      expect(rows.at(-1)![1]).toBe(rows.at(-1)![2]);
    }
  });

  test("the review counts the links it has done, so a long review does not look stuck", () => {
    const n = 2500;
    const bg = Array.from({ length: n }, (_, k) => `Изречение номер ${k + 1} говори за ${(k * 7) % 97} неща.`).join("\n");
    const en = Array.from({ length: n }, (_, k) => `Sentence number ${k + 1} speaks of ${(k * 7) % 97} things.`).join("\n");
    const { calls, onProgress } = record();
    const b = align(bg, en, { segmented: true, learn: false, onProgress });
    const review = calls.filter(([s]) => s === "review");
    expect(review.slice(1)).toEqual([
      ["review", 0, b.links.length],
      ["review", 1000, b.links.length],
      ["review", 2000, b.links.length],
    ]);
  });

  test("without learning there is no draft; a long document's banded search reports monotone rows, throttled", () => {
    const n = 1500; // above the full search's limit: the banded search, with its rough pass
    const bg = Array.from({ length: n }, (_, k) => `Изречение номер ${k + 1} говори за ${(k * 7) % 97} неща.`).join("\n");
    const en = Array.from({ length: n }, (_, k) => `Sentence number ${k + 1} speaks of ${(k * 7) % 97} things.`).join("\n");
    const { calls, onProgress } = record();
    align(bg, en, { segmented: true, learn: false, review: false, onProgress });
    expect(stages(calls)).toEqual(["segment", "score", "align"]);
    const rows = calls.filter(([s]) => s === "align");
    const ratios = rows.map(([, done, total]) => done / total);
    ratios.forEach((r, k) => {
      expect(r).toBeLessThanOrEqual(1);
      if (k > 0) expect(rows[k]![1]).toBeGreaterThanOrEqual(rows[k - 1]![1]);
    });
    expect(rows.at(-1)![1]).toBe(rows.at(-1)![2]);
    expect(ratios.filter((r) => r > 0.2 && r < 0.8).length).toBeGreaterThan(10); // the middle of the search is reported, not only its ends
    expect(rows.length).toBeLessThan(201 * 4); // about 200 a pass, whatever the length
  });
});
