/**
 * The asynchronous API: a whole job (`align` or `alignFiles`) on a worker
 * thread, so a server's event loop stays free while a long document aligns.
 * A job costs a thread's start and sverka's loading in it (a few hundred
 * milliseconds): for short texts the synchronous functions are quicker.
 */
import { Worker } from "node:worker_threads";
import { SverkaError } from "../errors.js";
import type { Dictionary } from "../lang/dictionary.js";
import type { AlignedBitext, BitextOptions, FileOptions, TextInput } from "../pipeline.js";
import { checkBitextOptions, checkFileOptions, describe } from "../validate.js";
import { errorFrom, type Job, type Reply, revive } from "./messages.js";

/** What the asynchronous functions take besides the options of their synchronous twins. */
export interface AsyncOptions {
  /** Stops the job: the worker is terminated and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** `align` on a worker thread: the same result, without blocking the event loop. Bad input rejects, as every failure does. */
export async function alignAsync(source: TextInput, target: TextInput, options: BitextOptions & AsyncOptions = {}): Promise<AlignedBitext> {
  checkBitextOptions(withoutSignal(options), "alignAsync");
  for (const [side, input] of [
    ["source", source],
    ["target", target],
  ] as const)
    if (typeof input !== "string" && !(input instanceof Uint8Array))
      throw new SverkaError(`the ${side} must be a string or bytes (a Buffer or Uint8Array), not ${describe(input)}`);
  return runJob({ kind: "align", source, target, options: cloneable(options) }, options);
}

/** `alignFiles` on a worker thread: the same result, without blocking the event loop. */
export async function alignFilesAsync(
  sourcePath: string,
  targetPath: string,
  options: FileOptions & AsyncOptions = {},
): Promise<AlignedBitext> {
  checkFileOptions(withoutSignal(options), "alignFilesAsync");
  return runJob({ kind: "alignFiles", source: sourcePath, target: targetPath, options: cloneable(options) }, options);
}

function withoutSignal<T extends AsyncOptions>(options: T): Omit<T, "signal"> {
  if (typeof options !== "object" || options === null) return options;
  const { signal, ...rest } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal))
    throw new SverkaError(`option signal must be an AbortSignal (from an AbortController), not ${describe(signal)}`);
  return rest;
}

/** The options as they can cross to the thread: callbacks and the signal stay here. */
function cloneable<T extends BitextOptions & AsyncOptions>(options: T): T {
  const { onProgress: _p, onLearned: _l, signal: _s, ...rest } = options;
  return rest as T;
}

function runJob(job: Job, options: BitextOptions & AsyncOptions): Promise<AlignedBitext> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./thread.js", import.meta.url), { workerData: job });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      fn();
    };
    const onAbort = () => settle(() => void worker.terminate().then(() => reject(signal!.reason)));
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.on("message", (reply: Reply) => {
      if (reply.type === "progress") options.onProgress?.(reply.stage, reply.done, reply.total);
      else if (reply.type === "learned") options.onLearned?.(revive(reply.learned) as Dictionary);
      else if (reply.type === "done") settle(() => resolve(reply.bitext));
      else settle(() => reject(errorFrom(reply.error)));
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => settle(() => reject(new Error(`sverka's worker thread stopped (exit code ${code}) before it finished`))));
  });
}
