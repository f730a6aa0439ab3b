/**
 * Long pairs on both cores: the flows of src/pipeline.ts (a pair cut in
 * pieces where its alignment certainly passes, the pieces aligned and
 * reviewed apart) with their tasks on worker threads. The library's
 * `alignFiles` and the CLI go through here; a short pair never starts a
 * thread. The bitext is the one the same flow gives in one thread.
 */
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { collectBetweenSteps } from "../io/gc.js";
import {
  type AlignedBitext,
  type BitextOptions,
  documentsFlow,
  type FileOptions,
  type Flow,
  readFiles,
  reviewBitextFlow,
  runFlow,
  stepProgress,
  type TextInput,
  textOf,
} from "../pipeline.js";
import type { Bitext } from "../types.js";
import { checkBitextOptions, checkFileOptions } from "../validate.js";
import { TaskPool } from "./pool.js";

/** Input bytes (both sides) from which the threads are started before the pair is read: about 10,000 segments a side. */
const EARLY_START_BYTES = 2_000_000;

/** Runs a flow with its tasks on `threads` worker threads (started with the first task, or given started). */
export async function runFlowThreaded<T>(
  flow: Flow<T>,
  threads: number,
  onProgress?: BitextOptions["onProgress"],
  started?: TaskPool,
): Promise<T> {
  let pool = started;
  try {
    let step = flow.next([]);
    while (!step.done) {
      const { stage, tasks, last, meanwhile, weights } = step.value;
      collectBetweenSteps();
      pool ??= new TaskPool(Math.min(threads, tasks.length));
      // Told as the tasks begin and as they go, as `runFlow` tells it.
      const told = stepProgress(stage, tasks.length, weights, onProgress);
      const running = pool.run(tasks, told.done, told.within);
      try {
        meanwhile?.();
      } catch (error) {
        running.catch(() => {});
        throw error;
      }
      const results = await running;
      // The threads' heaps go before the join: it runs here and would otherwise peak beside them.
      if (last) await pool.close();
      step = flow.next(results);
    }
    return step.value;
  } finally {
    await pool?.close();
  }
}

/** The thread count asked for, or the cores available. */
function threadsOf(options: BitextOptions): number {
  return options.threads ?? availableParallelism();
}

/** `alignFiles` with a long pair's pieces on worker threads (`threads`, default the cores available). */
export async function alignFilesThreaded(sourcePath: string, targetPath: string, options: FileOptions = {}): Promise<AlignedBitext> {
  checkFileOptions(options, "alignFiles");
  const threads = threadsOf(options);
  if (threads < 2) {
    const read = await readFiles(sourcePath, targetPath, options);
    return read.finish(runFlow(read.flow, options.onProgress));
  }
  // A long pair's threads load sverka while this one reads and segments.
  const pool = bytes(sourcePath) + bytes(targetPath) >= EARLY_START_BYTES ? new TaskPool(threads) : undefined;
  pool?.warm({ kind: "warm", options: { sourceLang: options.sourceLang, targetLang: options.targetLang, lexicon: options.lexicon } });
  try {
    const read = await readFiles(sourcePath, targetPath, options);
    return read.finish(await runFlowThreaded(read.flow, threads, options.onProgress, pool));
  } finally {
    await pool?.close();
  }
}

/** `align` with a long pair's pieces on worker threads. */
export async function alignThreaded(source: TextInput, target: TextInput, options: BitextOptions = {}): Promise<AlignedBitext> {
  checkBitextOptions(options, "align");
  const sourceText = textOf(source, "source", options.sourceLang ?? "bg", options.sourcePath);
  const targetText = textOf(target, "target", options.targetLang ?? "en", options.targetPath);
  const flow = documentsFlow({ text: sourceText }, { text: targetText }, options);
  const threads = threadsOf(options);
  return threads < 2 ? runFlow(flow, options.onProgress) : runFlowThreaded(flow, threads, options.onProgress);
}

/** `reviewBitext` with a long bitext's pieces on worker threads. */
export async function reviewBitextThreaded(bitext: Bitext, options: BitextOptions = {}): Promise<Bitext> {
  const flow = reviewBitextFlow(bitext, options);
  const threads = threadsOf(options);
  const reviewed = threads < 2 ? runFlow(flow, options.onProgress) : await runFlowThreaded(flow, threads, options.onProgress);
  return { ...reviewed, source: bitext.source, target: bitext.target };
}

function bytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
