/** `onProgress`: the pipeline tells a caller (the CLI's progress bar) how the work goes, stage by stage, rows of the search as they are done. */
import { segmentedText } from "../bench/data.js";
import { generatePair } from "../bench/generate.js";
import { align, alignFiles } from "../src/index.js";
import { collectorPace } from "../src/io/gc.js";
import { alignFlow, type Flow, type PieceTask, runFlow } from "../src/pipeline.js";
import { segment } from "../src/segment/index.js";
import { runFlowThreaded } from "../src/worker/long.js";
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
    // Every hundredth of the links (a thousand at most), then the end, so a bar moves and reaches its total (stranger 353).
    const step = Math.ceil(b.links.length / 100);
    expect(review.slice(1)).toEqual([
      ...Array.from({ length: Math.ceil(b.links.length / step) }, (_, k) => ["review", k * step, b.links.length]),
      ["review", b.links.length, b.links.length],
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

  // Before: a step was told only as its tasks finished, so a long pair's first pieces aligned for seconds under
  // "matching words 100%" (the cuts' step before them).
  describe("a flow's step is told as its tasks begin, then as each is done", () => {
    const warm = { kind: "warm", options: { lexicon: false } } as PieceTask;
    function* flow(): Flow<string> {
      yield { stage: "score", tasks: [warm] };
      yield { stage: "align", tasks: [warm, warm, warm], last: true };
      return "bitext";
    }
    const told: Call[] = [
      ["score", 0, 1],
      ["score", 1, 1],
      ["align", 0, 3],
    ];

    test("in this thread", () => {
      const { calls, onProgress } = record();
      expect(runFlow(flow(), onProgress)).toBe("bitext");
      expect(calls).toEqual([...told, ["align", 1, 3], ["align", 2, 3], ["align", 3, 3]]);
    });

    test("on two threads (the tasks done are counted as they come back)", async () => {
      const { calls, onProgress } = record();
      expect(await runFlowThreaded(flow(), 2, onProgress)).toBe("bitext");
      expect(calls.slice(0, 3)).toEqual(told);
      expect(calls.slice(3).map(([stage, , total]) => [stage, total])).toEqual([
        ["align", 3],
        ["align", 3],
        ["align", 3],
      ]);
      expect(calls.at(-1)).toEqual(["align", 3, 3]);
    }, 30_000);
  });

  // Before: a long pair's pieces told nothing until each was done, so its bar stood at 0 %, 25 %, 50 %... for seconds.
  describe("a long pair's pieces tell how far they are (rows of the search), then its whole review the links reviewed", () => {
    const p = generatePair("contracts", { size: 1500, seed: 7 });
    const source = segment(segmentedText(p.source), "bg", { segmented: true });
    const target = segment(segmentedText(p.target), "en", { segmented: true });
    // Small pieces: a pair of 1,500 segments is cut as a long one is.
    const small = { long: 1000, piece: 500 };
    const options = { sourceLang: "bg", targetLang: "en", search: "band" as const };
    const of = (calls: readonly Call[], stage: string) => calls.filter(([s]) => s === stage);
    const monotone = (calls: readonly Call[]) => calls.every(([, done], k) => k === 0 || done >= calls[k - 1]![1]);

    test("in this thread: the rows of every piece as they are searched, then the links as they are reviewed", () => {
      const { calls, onProgress } = record();
      // As the library's callers give it: to the flow (its own work, the review) and to what runs its steps.
      const bitext = runFlow(alignFlow(source, target, { ...options, onProgress }, small), onProgress);
      const aligning = of(calls, "align");
      const reviewing = of(calls, "review");
      // Counted in the pair's source segments, not in pieces.
      expect(new Set(aligning.map(([, , total]) => total))).toEqual(new Set([source.length]));
      expect(new Set(reviewing.map(([, , total]) => total))).toEqual(new Set([bitext.links.length]));
      for (const told of [aligning, reviewing]) {
        expect(monotone(told)).toBe(true);
        expect(told[0]![1]).toBe(0);
        expect(told.at(-1)![1]).toBe(told.at(-1)![2]);
      }
      // Inside the pieces, not only at their ends: more reports than pieces, at shares no whole piece makes.
      const partial = aligning.filter(([, done, total]) => done > 0 && done < total);
      expect(partial.length).toBeGreaterThan(20);
    }, 120_000);

    test("on two threads: the same units, told as the threads go, ending at the total", async () => {
      const { calls, onProgress } = record();
      const bitext = await runFlowThreaded(alignFlow(source, target, { ...options, onProgress }, small), 2, onProgress);
      const aligning = of(calls, "align");
      expect(new Set(aligning.map(([, , total]) => total))).toEqual(new Set([source.length]));
      expect(new Set(of(calls, "review").map(([, , total]) => total))).toEqual(new Set([bitext.links.length]));
      expect(monotone(aligning)).toBe(true);
      expect(aligning.at(-1)).toEqual(["align", source.length, source.length]);
    }, 120_000);
  });
});

// The command starts a long run with --expose-gc (bin/sverka.js): the flow collects the calling thread's garbage between
// its steps (src/io/gc.ts), before the threads' heaps peak; without an exposed collector nothing happens.
describe("a flow collects between its steps where the collector is exposed", () => {
  const warm = { kind: "warm", options: { lexicon: false } } as PieceTask;
  function* flow(): Flow<string> {
    yield { stage: "score", tasks: [warm] };
    yield { stage: "align", tasks: [warm, warm] };
    yield { stage: "review", tasks: [warm, warm], last: true };
    return "bitext";
  }
  const withGc = async (run: () => unknown) => {
    const g = globalThis as { gc?: () => void };
    const before = g.gc;
    let calls = 0;
    g.gc = () => {
      calls++;
    };
    try {
      expect(await run()).toBe("bitext");
    } finally {
      g.gc = before;
    }
    return calls;
  };

  test("in this thread: once a step; on two threads, once more before the join (this thread's pieces' garbage)", async () => {
    expect(await withGc(() => runFlow(flow()))).toBe(3);
    expect(await withGc(() => runFlowThreaded(flow(), 2))).toBe(4);
  }, 30_000);
});

// Through one long step (a long pair's review) the heap is looked at now and then: collected each time it has grown by half
// over what the last collection left, never otherwise, and never where no collector is exposed.
describe("a long step's collector pace", () => {
  const paced = (heaps: readonly number[], exposed: boolean) => {
    const g = globalThis as { gc?: () => void };
    const before = g.gc;
    const collected: number[] = [];
    let at = 0;
    const usage = process.memoryUsage;
    process.memoryUsage = Object.assign(
      () => ({ rss: 0, heapTotal: 0, heapUsed: heaps[Math.min(at++, heaps.length - 1)]!, external: 0, arrayBuffers: 0 }),
      { rss: () => 0 },
    );
    if (exposed) g.gc = () => collected.push(at);
    else delete g.gc;
    try {
      const pace = collectorPace();
      for (let k = 1; k < heaps.length; k++) pace();
    } finally {
      process.memoryUsage = usage;
      g.gc = before;
    }
    return collected;
  };

  test("collects where the heap has grown by half since the last collection", () => {
    // Left 100; 120 and 149 are not half more; 150 is; that collection leaves 110, so 160 is not and 165 is.
    expect(paced([100, 120, 149, 150, 110, 160, 165, 90], true)).toEqual([4, 7]);
  });

  test("does nothing where no collector is exposed", () => {
    expect(paced([100, 500, 900], false)).toEqual([]);
  });
});
