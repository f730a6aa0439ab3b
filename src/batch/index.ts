/**
 * Many document pairs: worker threads, resumable runs, one report. Outputs
 * are per pair and written atomically, so shards of a corpus merge by
 * concatenating their outputs (`sverka merge`).
 */
import { existsSync, rmSync } from "node:fs";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { temporaryPath } from "../io/files.js";
import { learnFromBags, type StemBag } from "../score/index.js";
import { type FlagCounts, type JobOptions, type JobResult, type LearnResult, runJob, runLearnJob, upToDate } from "./job.js";
import { type Made, MadeLog, optionsDigest, type PairFigures, pairDigest } from "./made.js";
import type { BatchPair } from "./manifest.js";
import { type StageProgress, thinned } from "./progress.js";

export type { JobOptions, JobResult } from "./job.js";
export {
  type BatchInput,
  type BatchPair,
  EXTENSIONS_SAID,
  type ManifestOptions,
  pairsWithNothing,
  readBatchInput,
  readManifest,
  shard,
  type Unpaired,
  unlistedDocuments,
} from "./manifest.js";

export interface BatchOptions extends JobOptions {
  /** Worker threads (default: the number of cores; 1 runs in this thread). */
  readonly jobs?: number;
  /** Redo pairs whose output is newer than their inputs, and align pairs whose sides do not look like their languages. */
  readonly force?: boolean;
  /** Redo pairs whose output is newer than their inputs (and nothing else `force` does). */
  readonly redo?: boolean;
  /** Called as pairs finish, for progress (`pair`: its index in the batch). */
  readonly onResult?: (result: JobResult, done: number, total: number, pair: number) => void;
  /**
   * Learn word translations from all pairs together before aligning any
   * (a draft pass over every pair first), so short documents profit from
   * long ones. Each pair still learns from itself as well.
   */
  readonly learnAcross?: boolean;
  /**
   * Called as a pass over the pairs begins: "learn" (with `learnAcross`) over
   * `total` pairs, then "align" over all of them, `done` of which are already
   * finished (up to date).
   */
  readonly onPass?: (pass: "learn" | "align", total: number, done: number) => void;
  /** Called as pairs finish the learning pass of `learnAcross`. */
  readonly onLearned?: (result: LearnResult, done: number, total: number, pair: number) => void;
  /**
   * Told how a long pair goes, in either pass: `pair` is its index in the
   * batch, then the pipeline's stage, done and total (see `onProgress` of
   * `alignFiles`). Thinned: nothing in a pair's first quarter second (a short
   * pair only finishes), then each new stage and a few reports a second.
   * A pair's last report comes before its result.
   */
  readonly onProgress?: (pair: number, stage: string, done: number, total: number) => void;
}

export interface BatchResult {
  readonly results: JobResult[];
  /** With `learnAcross`: how many translations were pooled. */
  readonly pooled?: number;
  readonly seconds: number;
  readonly interrupted: boolean;
}

export async function runBatch(pairs: readonly BatchPair[], options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const results: JobResult[] = new Array(pairs.length);
  // What each output would be made from this time, and what made it last time (src/batch/made.ts).
  const made = new MadeLog();
  const digest = optionsDigest(options);
  const digests = await Promise.all(pairs.map((p) => pairDigest(p, digest, options.sourceLang, options.targetLang)));
  let done = 0;
  const finish = (k: number, result: JobResult) => {
    const r = result.status === "failed" ? withoutStaleOutput(result, made) : result;
    results[k] = r;
    done++;
    if (r.status === "done" && digests[k] !== undefined)
      made.record(pairs[k]!.output, {
        made: digests[k],
        errors: r.errors,
        warnings: r.warnings,
        info: r.info,
        ...(r.problems?.length ? { problems: r.problems } : {}),
        figures: { source: r.source, target: r.target, links: r.links, unmatched: r.unmatched, meanScore: r.meanScore },
      });
    options.onResult?.(r, done, pairs.length, k);
  };
  const todo: number[] = [];
  for (let k = 0; k < pairs.length; k++) {
    // A merged memory needs every pair's units, and only an alignment gives them: with collectUnits, no pair is skipped as up to date.
    const record = made.made(pairs[k]!.output);
    if (!options.force && !options.redo && !options.collectUnits && (await upToDate(pairs[k]!, record?.made, digests[k])))
      finish(k, { status: "skipped", name: pairs[k]!.name, output: pairs[k]!.output, ...countsOf(record) });
    else todo.push(k);
  }
  // Longest first: a long pair started last would run alone at the end with the other threads idle.
  const sizes = await Promise.all(pairs.map(inputBytes));
  const longestFirst = (ids: number[]) => ids.sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  longestFirst(todo);
  const { jobs: requested, force: _f, redo: _r, onResult: _o, learnAcross, onLearned, onProgress, onPass, ...rest } = options;
  // In this thread (one job), the pair's progress is thinned as a worker thins it.
  const told = (k: number): StageProgress | undefined => onProgress && thinned((stage, done, total) => onProgress(k, stage, done, total));
  // Forced: also align pairs whose sides do not look like their languages.
  let jobOptions: JobOptions = options.force ? { ...rest, forceLanguage: true } : rest;
  const jobs = Math.max(1, Math.min(requested ?? availableParallelism(), todo.length));
  let pooled: number | undefined;
  let interrupted = false;
  if (learnAcross && todo.length > 0) {
    // Every pair of the manifest counts, aligned now or earlier: a resumed batch learns what a whole one did.
    const all = longestFirst(pairs.map((_, k) => k));
    onPass?.("learn", all.length, 0);
    let learned = 0;
    const results: LearnResult[] = new Array(pairs.length);
    interrupted = await pool(
      all,
      Math.max(1, Math.min(requested ?? availableParallelism(), all.length)),
      "learn",
      pairs,
      jobOptions,
      (k) => runLearnJob(pairs[k]!, jobOptions, told(k)),
      (k, r: LearnResult) => {
        results[k] = r;
        onLearned?.(r, ++learned, all.length, k);
      },
      (k, error): LearnResult => ({ status: "failed", name: pairs[k]!.name, error: `internal error: ${error.message}` }),
      onProgress,
    );
    const dictionary = pooledOf(results);
    pooled = dictionary.size;
    jobOptions = {
      ...jobOptions,
      pooled: [...dictionary.entries()].map(([s, t, w]) => [s, t, w, dictionary.surfaceOf("s", s), dictionary.surfaceOf("t", t)] as const),
    };
  }
  if (!interrupted) {
    onPass?.("align", pairs.length, done);
    interrupted = await pool(
      todo,
      jobs,
      "align",
      pairs,
      jobOptions,
      (k) => runJob(pairs[k]!, jobOptions, told(k)),
      (k, r: JobResult) => finish(k, r),
      (k, error): JobResult => ({
        status: "failed",
        name: pairs[k]!.name,
        output: pairs[k]!.output,
        error: `internal error: ${error.message}`,
      }),
      onProgress,
    );
  }
  // Pairs an interrupt left undone are listed as such, not as holes.
  for (let k = 0; k < pairs.length; k++) results[k] ??= { status: "not-done", name: pairs[k]!.name, output: pairs[k]!.output };
  return { results, seconds: (performance.now() - started) / 1000, interrupted, ...(pooled === undefined ? {} : { pooled }) };
}

/**
 * A pair that fails now leaves no output of an earlier run behind, which a pipeline reading the folder would take for this
 * run's (stranger 276: an input emptied upstream, its old alignment still there and in the report). Only an output a batch
 * recorded is removed: a file of the user's is never touched.
 */
function withoutStaleOutput(r: JobResult & { status: "failed" }, made: MadeLog): JobResult {
  if (made.made(r.output) === undefined || !existsSync(r.output)) return r;
  try {
    rmSync(r.output);
    made.record(r.output, { made: FAILED });
    return { ...r, removed: true };
  } catch {
    // Left as it was: the report says the pair failed all the same.
    return r;
  }
}

/** The digest a failed pair's record says: no run's options and inputs give it, so the next run aligns the pair again. */
const FAILED = "failed";

/** A skipped pair's counts and problems as the run that wrote its output recorded them, where it did. */
function countsOf(record: Made | undefined): Partial<FlagCounts> & { problems?: readonly string[]; figures?: PairFigures } {
  if (record?.errors === undefined) return {};
  return {
    errors: record.errors,
    warnings: record.warnings!,
    info: record.info!,
    countsFrom: "record",
    ...(record.problems ? { problems: record.problems } : {}),
    ...(record.figures ? { figures: record.figures } : {}),
  };
}

/**
 * The translations learned from all pairs' draft links together. Taken in
 * the manifest's order, not the order the pairs finished in: the same
 * batch pools the same translations (and the same surface forms) whatever
 * the threads and the order the pairs ran in.
 */
function pooledOf(results: ReadonlyArray<LearnResult | undefined>) {
  const bags: StemBag[] = [];
  const surfaces = new Map<string, string>();
  for (const r of results) {
    if (r?.status !== "learned") continue;
    for (const b of r.bags) bags.push(b);
    for (const [stem, form] of r.surfaces) if (!surfaces.has(stem)) surfaces.set(stem, form);
  }
  return learnFromBags(bags, surfaces);
}

/** Both inputs' bytes, to start the longest pairs first (0 for a file that cannot be read: its job says why). */
async function inputBytes(pair: BatchPair): Promise<number> {
  const size = (path: string) =>
    stat(path)
      .then((s) => s.size)
      .catch(() => 0);
  return (await size(pair.source)) + (await size(pair.target));
}

/**
 * Runs the jobs `ids` on `jobs` worker threads (or in this thread for one),
 * handing each result to `done` and the threads' progress reports to
 * `progress`. Returns whether Ctrl-C or kill interrupted
 * it; then the temporary files of unfinished alignments are removed.
 */
async function pool<R>(
  ids: readonly number[],
  jobs: number,
  kind: "align" | "learn",
  pairs: readonly BatchPair[],
  jobOptions: JobOptions,
  here: (k: number) => Promise<R>,
  done: (k: number, result: R) => void,
  crashed?: (k: number, error: Error) => R,
  progress?: BatchOptions["onProgress"],
): Promise<boolean> {
  if (jobs === 1) return inThisThread(ids, here, done);
  const workers: Worker[] = [];
  let interrupted = false;
  const inFlight = new Map<number, number>();
  let settle: () => void = () => {};
  const stop = () => {
    interrupted = true;
    settle();
    for (const w of workers) void w.terminate();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await new Promise<void>((resolveAll) => {
      settle = resolveAll;
      let next = 0;
      let running = 0;
      const feed = (w: Worker, id: number) => {
        if (interrupted || next >= ids.length) {
          if (running === 0) resolveAll();
          return;
        }
        const k = ids[next++]!;
        inFlight.set(id, k);
        running++;
        w.postMessage({ id, kind, pair: pairs[k], options: jobOptions, tell: progress !== undefined });
      };
      for (let id = 0; id < jobs; id++) {
        const w = new Worker(new URL("./worker.js", import.meta.url));
        workers.push(w);
        w.on("message", (m: { id: number; result: R } | { id: number; progress: { stage: string; done: number; total: number } }) => {
          if ("progress" in m) {
            const k = inFlight.get(m.id);
            if (k !== undefined) progress?.(k, m.progress.stage, m.progress.done, m.progress.total);
            return;
          }
          running--;
          done(inFlight.get(m.id)!, m.result);
          inFlight.delete(m.id);
          feed(w, id);
          if (running === 0 && (next >= ids.length || interrupted)) resolveAll();
        });
        w.on("error", (error) => {
          running--;
          const k = inFlight.get(id);
          if (k !== undefined && crashed) done(k, crashed(k, error));
          inFlight.delete(id);
          if (running === 0) resolveAll();
        });
        feed(w, id);
      }
      if (ids.length === 0) resolveAll();
    });
  } finally {
    process.removeListener("SIGINT", stop);
    process.removeListener("SIGTERM", stop);
    await Promise.all(workers.map((w) => w.terminate()));
    // Half-written outputs are temporary files (an output is renamed into place only when whole). They are removed once
    // the threads have ended: a thread stopping drains its file writes, so none can recreate a file removed earlier.
    if (interrupted)
      for (const k of inFlight.values())
        if (existsSync(temporaryPath(pairs[k]!.output))) rmSync(temporaryPath(pairs[k]!.output), { force: true });
  }
  return interrupted;
}

/**
 * One job at a time in this thread, which takes no signal while a pair aligns (its work never yields): Ctrl-C stops
 * the batch after the pair in progress (its output is written whole), and one after that ends the process.
 */
async function inThisThread<R>(
  ids: readonly number[],
  here: (k: number) => Promise<R>,
  done: (k: number, result: R) => void,
): Promise<boolean> {
  let interrupted = false;
  const stop = () => {
    interrupted = true;
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    for (const k of ids) {
      if (interrupted) break;
      done(k, await here(k));
    }
  } finally {
    process.removeListener("SIGINT", stop);
    process.removeListener("SIGTERM", stop);
  }
  return interrupted;
}
