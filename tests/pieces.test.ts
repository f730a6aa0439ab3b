/**
 * Long pairs in pieces (src/align/cut.ts, the flows of src/pipeline.ts, the
 * pool of src/worker/): pieces joined exactly, the same bitext in one thread
 * and on two, the review whole and the same after aligning and on the saved JSON, a
 * failing thread a SverkaError. The pieces are made small here (`sizes`) so
 * a pair of a few thousand segments is cut as a long one is.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { segmentedText } from "../bench/data.js";
import { generatePair, leaveOut } from "../bench/generate.js";
import { type Cut, cutWindows, ids, joinPieces, onceNumbers, orderedCuts, type PieceLinks, piecesOf } from "../src/align/cut.js";
import { anchorChain } from "../src/align/guide.js";
import { range } from "../src/align/index.js";
import { SverkaError } from "../src/errors.js";
import { addCounts, emptyCounts, scoresFrom } from "../src/eval/index.js";
import { alignFiles, formats, readJson } from "../src/index.js";
import { alignFlow, foldedLength, type PieceTask, reviewBitext, runFlow, runTask } from "../src/pipeline.js";
import { review } from "../src/review/index.js";
import { segment } from "../src/segment/index.js";
import type { Bitext } from "../src/types.js";
import { runFlowThreaded, threadsFor } from "../src/worker/long.js";
import { TaskPool } from "../src/worker/pool.js";
import { corpus, sverka } from "./helpers.js";

/** The cut windows' guide: the numbers written once in each text, chained (as the pipeline makes it). */
const numberAnchors = (source: readonly string[], target: readonly string[]) => anchorChain(onceNumbers(source, target), target.length);

/** A random monotonic alignment of n x m segments, as steps [i, a, j, b]. */
function randomPath(n: number, m: number, rand: () => number): number[] {
  const steps: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const a = i >= n ? 0 : j >= m ? 1 + Math.floor(rand() * Math.min(2, n - i)) : Math.floor(rand() * Math.min(3, n - i + 1));
    let b = j >= m ? 0 : Math.floor(rand() * Math.min(3, m - j + 1));
    if (a === 0 && b === 0) b = j < m ? 1 : 0;
    const a2 = a === 0 && b === 0 ? 1 : a;
    steps.push(i, a2, j, b);
    i += a2;
    j += b;
  }
  return steps;
}

describe("pieces joined exactly", () => {
  test("every segment in exactly one link, links monotonic, whatever the cuts (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        fc.array(fc.tuple(fc.nat(299), fc.nat(299)), { maxLength: 8 }),
        fc.integer(),
        (n, m, raw, seed) => {
          const sorted = [...raw].sort((x, y) => x[0] - y[0] || x[1] - y[1]) as Cut[];
          const cuts = orderedCuts(sorted, n, m);
          const pieces = piecesOf(cuts, n, m);
          let state = seed >>> 0;
          const rand = () => {
            state = (state * 1664525 + 1013904223) >>> 0;
            return state / 2 ** 32;
          };
          const aligned: PieceLinks[] = pieces.map((p) => {
            const steps = Int32Array.from(randomPath(p.i1 - p.i0, p.j1 - p.j0, rand));
            return { steps, scores: new Float64Array(steps.length / 4).fill(0.5) };
          });
          const links = joinPieces(pieces, aligned);
          const source = links.flatMap((l) => l.source);
          const target = links.flatMap((l) => l.target);
          expect(source).toEqual(Array.from({ length: n }, (_, k) => k));
          expect(target).toEqual(Array.from({ length: m }, (_, k) => k));
          for (const l of links) expect(l.kind).toBe(`${l.source.length}-${l.target.length}`);
        },
      ),
    );
  });

  test("a link's ids are the run its step says, in an array of their number", () => {
    for (const start of [0, 7, 99_999]) for (let count = 0; count <= 6; count++) expect(ids(start, count)).toEqual(range(start, count));
  });

  test("cuts out of order or outside the pair are dropped", () => {
    expect(orderedCuts([[5, 5], [4, 9], undefined, [8, 4], [9, 9], [10, 10]], 10, 10)).toEqual([
      [5, 5],
      [9, 9],
    ]);
  });

  test("a short pair has no cut to look for", () => {
    expect(cutWindows(new Array(19_999).fill(80), new Array(19_999).fill(80))).toEqual([]);
    expect(cutWindows(new Array(60_000).fill(80), new Array(58_000).fill(80)).length).toBe(1);
  });
});

/** A generated pair of about `size` segments a side, pre-split, segmented as the CLI does. */
function pair(size: number) {
  const p = generatePair("contracts", { size, seed: 7 });
  return {
    source: segment(segmentedText(p.source), "bg", { segmented: true }),
    target: segment(segmentedText(p.target), "en", { segmented: true }),
  };
}

/** Small pieces: a pair of 1,500 segments is long. */
const SMALL = { long: 1000, piece: 500 };

describe("a long pair in pieces", () => {
  const { source, target } = pair(1500);
  // The band search, as a long pair's pieces get it (pieces this small would get the exact one, quadratic and slow).
  const options = { sourceLang: "bg", targetLang: "en", search: "band" as const };
  const key = (b: Bitext) => b.links.map((l) => `${l.source}-${l.target}:${l.score}`);

  test("one thread, two and three give the same bitext, flags and all", async () => {
    const one = runFlow(alignFlow(source, target, options, SMALL));
    // Two: this thread and a worker thread take two pieces each; three: this thread one, two worker threads the rest.
    for (const threads of [2, 3]) {
      const many = await runFlowThreaded(alignFlow(source, target, options, SMALL), threads);
      expect(key(many)).toEqual(key(one));
      expect(many.links.map((l) => l.flags)).toEqual(one.links.map((l) => l.flags));
      expect(many.model).toEqual(one.model);
    }
    // It was cut: more than one piece was aligned.
    const steps: string[] = [];
    const flow = alignFlow(source, target, options, SMALL);
    for (let step = flow.next([]); !step.done; ) {
      steps.push(`${step.value.stage}:${step.value.tasks.length}`);
      step = flow.next(step.value.tasks.map((t) => runTask(t)));
    }
    // An even number of pieces, two at a time on two cores; the review follows in this thread, whole.
    expect(steps).toEqual(["score:3", "align:4"]);
  }, 180_000);

  test("a long pair is reviewed whole: its flags are those of the whole review of its bitext", () => {
    const aligned = runFlow(alignFlow(source, target, options, SMALL));
    const whole = review({ ...aligned, links: aligned.links.map(({ flags: _flags, ...l }) => l) });
    expect(aligned.links.map((l) => l.flags)).toEqual(whole.links.map((l) => l.flags));
    expect(aligned.documentFlags).toEqual(whole.documentFlags);
    expect(aligned.links.some((l) => l.flags.some((f) => f.type === "missing"))).toBe(true);
  });

  test("links right as when aligned whole", () => {
    const cut = runFlow(alignFlow(source, target, options, SMALL));
    const whole = runFlow(alignFlow(source, target, options));
    const wholeKeys = new Set(whole.links.map((l) => `${l.source}-${l.target}`));
    const same = cut.links.filter((l) => wholeKeys.has(`${l.source}-${l.target}`)).length;
    expect(same / whole.links.length).toBeGreaterThan(0.995);
  });

  test("the flags after aligning are the flags of the saved JSON checked again", () => {
    const aligned = runFlow(alignFlow(source, target, options, SMALL));
    const saved = readJson(formats.json.write(aligned));
    const checked = reviewBitext(saved);
    expect(checked.links.map((l) => l.flags)).toEqual(aligned.links.map((l) => l.flags));
    expect(checked.documentFlags).toEqual(aligned.documentFlags);
    expect(aligned.links.some((l) => l.flags.some((f) => f.type === "missing"))).toBe(true);
  });
});

describe("a long pair missing a long passage of its translation", () => {
  test("numbers written once in each text place the cut windows: 99 % of links right with the cut inside the gap", () => {
    // 1,000 target segments left out before the wanted cut at source 1,500: the target's share of characters puts the
    // window about 480 segments past where the cut lands, beyond its reach, and the window's sure links were wrong ones.
    const p = leaveOut(generatePair("contracts", { size: 3000, seed: 3000 }), 300, 1300);
    const source = segment(segmentedText(p.source), "bg", { segmented: true });
    const cut = runFlow(alignFlow(source, segment(segmentedText(p.target), "en", { segmented: true }), { search: "band" }, SMALL));
    expect(scoresFrom(addCounts(emptyCounts(), p.gold, cut.links)).precisionStrict).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  test("in copies of general terms, where every number repeats, runs of them place the windows: every link right", () => {
    // 6,000 clauses numbered anew in each copy of 120, a few values each, and a tenth of the translation missing. With the
    // windows placed by characters (no number is written once), 94.2 % of these links were right.
    const p = generatePair("clauses", { size: 6000, seed: 3 });
    const source = segment(segmentedText(p.source), "bg", { segmented: true });
    const cut = runFlow(
      alignFlow(source, segment(segmentedText(p.target), "en", { segmented: true }), { search: "band", review: false }, SMALL),
    );
    expect(scoresFrom(addCounts(emptyCounts(), p.gold, cut.links)).precisionStrict).toBe(1);
  }, 120_000);

  test("in a contract's particulars filled in again and again, one value a clause, numbers in a row place the windows", () => {
    // Seven one-sentence articles a copy, each value one of a few, and a tenth of the translation missing: no digit group
    // and no run of a segment or two is written once. With the windows placed by characters, 91.2 % of these links were right.
    const p = generatePair("particulars", { size: 6000, seed: 3 });
    const source = segment(segmentedText(p.source), "bg", { segmented: true });
    const cut = runFlow(
      alignFlow(source, segment(segmentedText(p.target), "en", { segmented: true }), { search: "band", review: false }, SMALL),
    );
    expect(scoresFrom(addCounts(emptyCounts(), p.gold, cut.links)).precisionStrict).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  test("number runs: a segment's digit groups and the next one's, three or more, written once in each text", () => {
    // Each number is written again and again; the runs are not: [15 30][12 17] and [15 60][12 17] tell the copies apart.
    const src = ["Чл. 15. Срок 30 дни.", "Чл. 12. Глоба 17 %.", "Чл. 15. Срок 60 дни.", "Чл. 12. Глоба 17 %."];
    const tgt = ["Article 15. Within 60 days.", "Article 12. A penalty of 17%."];
    expect(numberAnchors(src, tgt)).toEqual([[2, 0, 1]]);
    // A register of 150,000 rows gives as many runs: they overflowed the stack when spread into one push (a 400k pair crashed).
    const rows = Array.from({ length: 150_000 }, (_, k) => `Row ${10 + (k % 90)} of ${100_000 + k}.`);
    const chain = numberAnchors(rows, rows);
    expect(chain).toHaveLength(150_000);
    expect(chain.every(([i, j], k) => i === k && j === k)).toBe(true);
    // Single digits run alike in too many places: a step's number and a count are no run.
    expect(
      numberAnchors(["2. Натиснете бутона за 3 секунди.", "4. Готово."], ["2. Replace the filter every 3 months.", "4. Done."]),
    ).toEqual([]);
  });

  test("number anchors: written once in each text, chained; a window centred between the anchors around its cut", () => {
    const src = ["Сума 12500 лв.", "Договор 4471.", "Дата 2024.", "Дата 2024.", "Код 998877."];
    const tgt = ["Code 998877.", "Amount BGN 12500.", "Contract 4471.", "Date 2024.", "Date 2024."];
    // 2024 is written twice; 998877 crosses the others and is left off the chain.
    expect(numberAnchors(src, tgt)).toEqual([
      [0, 1, 1],
      [1, 2, 1],
    ]);
    const chars = (k: number) => new Array(k).fill(80);
    const [plain] = cutWindows(chars(60_000), chars(57_000));
    const [guided] = cutWindows(chars(60_000), chars(57_000), undefined, [
      [29_000, 26_000, 1],
      [31_000, 26_200, 1],
    ]);
    expect(plain!.j0).toBeGreaterThan(26_100);
    expect(guided!.j0).toBeLessThan(26_100);
    expect(guided!.j1).toBeGreaterThan(26_100);
  });
});

describe("what crosses to a thread", () => {
  test("a run of white space counts as one character, as the length model's regular expression counts it (property)", () => {
    const spaces = [..." \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u0085"];
    const piece = fc.oneof(fc.constantFrom(...spaces), fc.string({ maxLength: 4 }), fc.constantFrom("я", "😀", "a"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(foldedLength(text)).toBe(text.replace(/\s+/gu, " ").length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a failing thread", () => {
  test("a task that throws rejects with its error, and the pool goes on", async () => {
    const pool = new TaskPool(1);
    try {
      await expect(pool.run([{ kind: "bogus" } as unknown as PieceTask])).rejects.toThrow(SverkaError);
    } finally {
      await pool.close();
    }
  });

  test("a thread that dies is a SverkaError at once, not a hang", async () => {
    await withStandIn('parentPort.on("message", () => process.exit(7));', 2, async (pool) => {
      const run = pool.run([{ kind: "review" } as unknown as PieceTask, { kind: "review" } as unknown as PieceTask]);
      await expect(run).rejects.toThrow(SverkaError);
      await expect(run).rejects.toThrow(/worker thread .* failed \(it stopped with exit code 7\)/);
    });
  });
});

/** A pool of `threads` threads, each running `body` (a stand-in thread script, after its import of parentPort), closed after `use`. */
async function withStandIn(body: string, threads: number, use: (pool: TaskPool) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sverka-pool-"));
  const script = join(dir, "thread.mjs");
  writeFileSync(script, `import { parentPort, resourceLimits } from "node:worker_threads";\n${body}\n`);
  const pool = new TaskPool(threads, new URL(`file://${script}`));
  try {
    await use(pool);
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the task threads' queue", () => {
  test("a thread is sent its next task before it answers the one it runs, so it never waits for this thread between two", async () => {
    // Each task is answered a while after it arrives, with the number of tasks the thread had been sent by then.
    const body =
      'let got = 0;\nparentPort.on("message", ({ id }) => { got++; setTimeout(() => parentPort.postMessage({ id, result: got }), 150); });';
    await withStandIn(body, 2, async (pool) => {
      const task = { kind: "review" } as unknown as PieceTask;
      const seen = (await pool.run([task, task, task, task, task])) as number[];
      // Tasks 0 and 1 go to the two threads, 2 and 3 are held by them at once; 4 waits here until a thread answers one.
      expect(seen.slice(0, 2)).toEqual([2, 2]);
      expect(Math.max(...seen)).toBeLessThanOrEqual(3);
    });
  });
});

describe("the task threads' memory", () => {
  test("each thread has a heap ceiling, so that its heap grows in smaller steps than the 4 GB default allows, and a smaller young generation", async () => {
    await withStandIn('parentPort.on("message", ({ id }) => parentPort.postMessage({ id, result: resourceLimits }));', 1, async (pool) => {
      const [limits] = (await pool.run([{ kind: "review" } as unknown as PieceTask])) as Array<{
        maxOldGenerationSizeMb: number;
        maxYoungGenerationSizeMb: number;
      }>;
      expect(limits!.maxOldGenerationSizeMb).toBeGreaterThanOrEqual(512);
      expect(limits!.maxOldGenerationSizeMb).toBeLessThan(2048);
      // Half V8's default young generation (48 MB on 64 bits): the threads' heaps peak together in the review.
      expect(limits!.maxYoungGenerationSizeMb).toBeLessThanOrEqual(24);
    });
  });
});

describe("--threads", () => {
  const BG = corpus("osce-alliance-2024", "bg.txt");
  const EN = corpus("osce-alliance-2024", "en.txt");

  test("a short pair aligns the same with one thread and with two", async () => {
    const one = await sverka(["align", BG, EN, "-f", "json", "--threads", "1"]);
    const two = await sverka(["align", BG, EN, "-f", "json", "--threads", "2"]);
    expect(one.code).toBe(0);
    expect(JSON.parse(two.stdout).links).toEqual(JSON.parse(one.stdout).links);
  });

  test("a count below 1 is refused (exit 2), as is the library's", async () => {
    const r = await sverka(["align", BG, EN, "--threads", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--threads");
    await expect(alignFiles(BG, EN, { threads: 0 })).rejects.toThrow(/option threads must be a whole number of at least 1/);
  });
});

describe("how many threads a pair runs on by default", () => {
  test("one below about 65,000 segments a side (15 MB of files, 10 million characters), the cores from there; `threads` wins", () => {
    // The 50,000-segment mixed pair is 11.4 MB of files: as fast in one thread as in two, 100 MB lighter (docs/scale.md).
    expect([threadsFor({}, { bytes: 11_400_000 }, 8), threadsFor({}, { chars: 8_000_000 }, 8)]).toEqual([1, 1]);
    expect([threadsFor({}, { bytes: 22_600_000 }, 2), threadsFor({}, { chars: 15_000_000 }, 4)]).toEqual([2, 4]);
    expect([threadsFor({ threads: 2 }, { bytes: 1000 }), threadsFor({ threads: 1 }, { bytes: 22_600_000 }, 8)]).toEqual([2, 1]);
    // Without the count, the machine's.
    expect(threadsFor({}, { bytes: 22_600_000 })).toBe(availableParallelism());
  });
});
