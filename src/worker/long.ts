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
  decodedOf,
  documentsFlow,
  type FileOptions,
  type Flow,
  readFiles,
  runFlow,
  runTask,
  stepProgress,
  type TextInput,
  withEncodings,
} from "../pipeline.js";
import { checkBitextOptions, checkFileOptions } from "../validate.js";
import { TaskPool } from "./pool.js";

/** Input bytes (both sides) from which the threads are started before the pair is read: about 10,000 segments a side. */
const EARLY_START_BYTES = 2_000_000;

/**
 * Unless `threads` is given, a pair runs its pieces on worker threads only from
 * this size, both sides together: about 65,000 segments a side of the scale
 * bench's mixed text (15 MB of files, 10 million characters, 65,000 links).
 * Below it, on two cores, a second thread's own compiling and collecting cost
 * what it saves: the 30,000-segment pair took 7.6-8.1 s and 248 MB in one
 * thread, 8.4-8.9 s and 344 MB in two; the 50,000-segment pair the same time
 * either way and 100 MB less in one (docs/scale.md). The pieces are the same.
 */
const THREADS_FROM_BYTES = 15_000_000;
const THREADS_FROM_CHARS = 10_000_000;

/**
 * Runs a flow on `threads` threads: this one and `threads` - 1 worker threads
 * (started with the first task they get, or given started). This thread takes
 * the last of each step's tasks and every `threads`-th before it (a step's
 * pieces are of about equal size), one at a time, reading the threads'
 * messages between two; then the step's own work (`meanwhile`).
 * On two cores one isolate fewer compiles and collects: the 100,000-segment
 * pair took 5 % less time and 8 % less CPU than on two worker threads beside
 * an idle calling thread (docs/scale.md).
 */
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
      const here = (k: number) => (tasks.length - 1 - k) % threads === 0;
      const there = tasks.flatMap((_, k) => (here(k) ? [] : [k]));
      if (there.length > 0) pool ??= new TaskPool(Math.min(threads - 1, there.length));
      // Told as the tasks begin and as they go, as `runFlow` tells it.
      const told = stepProgress(stage, tasks.length, weights, onProgress);
      const running = pool?.run(
        there.map((k) => tasks[k]!),
        (j) => told.done(there[j]!),
        (j) => told.within(there[j]!),
      );
      const results: unknown[] = new Array(tasks.length);
      try {
        let first = true;
        for (let k = 0; k < tasks.length; k++) {
          if (!here(k)) continue;
          // The threads' results and progress are read between two of this thread's tasks; the first begins at once.
          if (!first) await new Promise((resolve) => setImmediate(resolve));
          first = false;
          results[k] = runTask(tasks[k]!, told.within(k));
          told.done(k);
        }
        meanwhile?.();
      } catch (error) {
        running?.catch(() => {});
        throw error;
      }
      for (const [j, result] of ((await running) ?? []).entries()) results[there[j]!] = result;
      // The threads' heaps, and this thread's garbage of its own pieces, go before the join: it runs here and would otherwise peak beside them.
      if (last) {
        await pool?.close();
        collectBetweenSteps();
      }
      step = flow.next(results);
    }
    return step.value;
  } finally {
    await pool?.close();
  }
}

/**
 * The threads a pair runs on: `threads` where given, else `cores` (the cores
 * available) for a pair of THREADS_FROM_* or more, one below. Two threads
 * cost 30-50 % more CPU than one on two cores, and were 6-15 % faster from
 * 200,000 segments a side on a quiet machine but slower on a loaded one
 * (docs/scale.md): where other jobs share the machine, `threads: 1`.
 */
export function threadsFor(
  options: Pick<BitextOptions, "threads">,
  size: { bytes?: number; chars?: number },
  cores = availableParallelism(),
): number {
  if (options.threads !== undefined) return options.threads;
  const long = (size.bytes ?? 0) >= THREADS_FROM_BYTES || (size.chars ?? 0) >= THREADS_FROM_CHARS;
  return long ? cores : 1;
}

/** `alignFiles` with a long pair's pieces on worker threads (`threads`, default the cores available for a pair from THREADS_FROM_BYTES). */
export async function alignFilesThreaded(sourcePath: string, targetPath: string, options: FileOptions = {}): Promise<AlignedBitext> {
  checkFileOptions(options, "alignFiles");
  const size = bytes(sourcePath) + bytes(targetPath);
  const threads = threadsFor(options, { bytes: size });
  if (threads < 2) {
    const read = await readFiles(sourcePath, targetPath, options);
    return read.finish(runFlow(read.flow, options.onProgress));
  }
  // A long pair's worker threads load sverka while this one reads and segments.
  const pool = size >= EARLY_START_BYTES ? new TaskPool(threads - 1) : undefined;
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
  const sourceDoc = decodedOf(source, "source", options.sourceLang ?? "bg", options.sourcePath);
  const targetDoc = decodedOf(target, "target", options.targetLang ?? "en", options.targetPath);
  const flow = documentsFlow(sourceDoc, targetDoc, options);
  const threads = threadsFor(options, { chars: sourceDoc.text.length + targetDoc.text.length });
  const bitext = threads < 2 ? runFlow(flow, options.onProgress) : await runFlowThreaded(flow, threads, options.onProgress);
  return withEncodings(bitext, sourceDoc, targetDoc);
}

function bytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
