/**
 * The asynchronous API: a whole job (`align` or `alignFiles`) on a worker
 * thread, so a server's event loop stays free while a long document aligns.
 * The threads are shared by every call (src/worker/jobs.ts): as many jobs run
 * at once as the machine has cores, the others wait their turn, and a thread
 * stays up a few seconds for the next job.
 */
import { SverkaError } from "../errors.js";
import type { Dictionary } from "../lang/dictionary.js";
import type { AlignedBitext, BitextOptions, FileOptions, TextInput } from "../pipeline.js";
import { checkBitextOptions, checkFileOptions, describe } from "../validate.js";
import { submitJob } from "./jobs.js";
import { type Job, revive } from "./messages.js";

/** What the asynchronous functions take besides the options of their synchronous twins. */
export interface AsyncOptions {
  /** Stops the job: taken off the queue, or its thread ended where it runs; the promise rejects with the signal's reason. */
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
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      fn();
    };
    const cancel = submitJob(job, {
      reply: (reply) => {
        if (settled) return;
        try {
          if (reply.type === "progress") options.onProgress?.(reply.stage, reply.done, reply.total);
          else options.onLearned?.(revive(reply.learned) as Dictionary);
        } catch (error) {
          // The caller's callback threw (a progress stream closed): the job ends and its promise rejects with that error, as
          // the synchronous call's does. Thrown from the thread's message, it ended the whole process (stranger 353).
          settle(() => {
            reject(error);
            cancel().catch(() => {});
          });
        }
      },
      resolve: (bitext) => settle(() => resolve(bitext)),
      reject: (error) => settle(() => reject(error)),
    });
    // Rejected at once, the thread ended meanwhile: a job cancelled as its thread finished it had its result queued, and
    // waiting for the thread's end left the promise unsettled with nothing keeping the process up (stranger 183: a script
    // ended silently, exit 13 as a module, 0 as CommonJS).
    const onAbort = () =>
      settle(() => {
        reject(signal!.reason);
        cancel().catch(() => {});
      });
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
