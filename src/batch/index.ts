/**
 * Many document pairs: worker threads, resumable runs, one report. Outputs
 * are per pair and written atomically, so shards of a corpus merge by
 * concatenating their outputs (`sverka merge`).
 */
import { existsSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { runJob, upToDate, type JobOptions, type JobResult } from "./job.js";
import type { BatchPair } from "./manifest.js";

export { readManifest, shard, type BatchPair } from "./manifest.js";
export type { JobOptions, JobResult } from "./job.js";

export interface BatchOptions extends JobOptions {
  /** Worker threads (default: the number of cores; 1 runs in this thread). */
  readonly jobs?: number;
  /** Redo pairs whose output is newer than their inputs. */
  readonly force?: boolean;
  /** Called as pairs finish, for progress. */
  readonly onResult?: (result: JobResult, done: number, total: number) => void;
}

export interface BatchResult {
  readonly results: JobResult[];
  readonly seconds: number;
  readonly interrupted: boolean;
}

/** Where a job writes before renaming: cleaned up if the batch is interrupted. */
function tempOf(output: string): string {
  return `${output}.sverka-${process.pid}.tmp`;
}

export async function runBatch(pairs: readonly BatchPair[], options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const results: JobResult[] = new Array(pairs.length);
  let done = 0;
  const finish = (k: number, r: JobResult) => {
    results[k] = r;
    done++;
    options.onResult?.(r, done, pairs.length);
  };
  const todo: number[] = [];
  for (let k = 0; k < pairs.length; k++) {
    if (!options.force && (await upToDate(pairs[k]!))) finish(k, { status: "skipped", name: pairs[k]!.name, output: pairs[k]!.output });
    else todo.push(k);
  }
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), todo.length));
  const { jobs: _j, force: _f, onResult: _o, ...jobOptions } = options;
  if (jobs === 1) {
    for (const k of todo) finish(k, await runJob(pairs[k]!, jobOptions));
    return { results, seconds: (performance.now() - started) / 1000, interrupted: false };
  }

  const workers: Worker[] = [];
  let interrupted = false;
  const inFlight = new Map<number, number>();
  let settle: () => void = () => {};
  const stop = () => {
    interrupted = true;
    settle();
    for (const w of workers) void w.terminate();
    // Half-written outputs are temporary files; the outputs themselves are renamed only when whole.
    for (const k of inFlight.values()) if (existsSync(tempOf(pairs[k]!.output))) rmSync(tempOf(pairs[k]!.output), { force: true });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await new Promise<void>((resolveAll) => {
      settle = resolveAll;
      let next = 0;
      let running = 0;
      const feed = (w: Worker, id: number) => {
        if (interrupted || next >= todo.length) {
          if (running === 0) resolveAll();
          return;
        }
        const k = todo[next++]!;
        inFlight.set(id, k);
        running++;
        w.postMessage({ id, pair: pairs[k], options: jobOptions });
      };
      for (let id = 0; id < jobs; id++) {
        const w = new Worker(new URL("./worker.js", import.meta.url));
        workers.push(w);
        w.on("message", (m: { id: number; result: JobResult }) => {
          running--;
          finish(inFlight.get(m.id)!, m.result);
          inFlight.delete(m.id);
          feed(w, id);
          if (running === 0 && (next >= todo.length || interrupted)) resolveAll();
        });
        w.on("error", (error) => {
          running--;
          const k = inFlight.get(id);
          if (k !== undefined) finish(k, { status: "failed", name: pairs[k]!.name, output: pairs[k]!.output, error: `internal error: ${error.message}` });
          inFlight.delete(id);
          if (running === 0) resolveAll();
        });
        feed(w, id);
      }
      if (todo.length === 0) resolveAll();
    });
  } finally {
    process.removeListener("SIGINT", stop);
    process.removeListener("SIGTERM", stop);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { results, seconds: (performance.now() - started) / 1000, interrupted };
}
