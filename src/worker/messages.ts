/** What the library's job worker and its caller say to each other (src/worker/index.ts, jobs.ts, thread.ts). */
import { type ExitCode, SverkaError } from "../errors.js";
import { Dictionary } from "../lang/dictionary.js";
import type { AlignedBitext, BitextOptions, FileOptions, TextInput } from "../pipeline.js";

/** A whole job: `align` on texts or `alignFiles` on paths. Functions stay behind: progress and learned words come back as messages. */
export type Job =
  | { readonly kind: "align"; readonly source: TextInput; readonly target: TextInput; readonly options: BitextOptions }
  | { readonly kind: "alignFiles"; readonly source: string; readonly target: string; readonly options: FileOptions };

/** An error as it crosses the thread: a SverkaError stays one, with its exit code and path. */
export interface ErrorMessage {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  readonly exitCode?: ExitCode;
  readonly path?: string;
}

export type Reply =
  | { readonly type: "progress"; readonly stage: string; readonly done: number; readonly total: number }
  | { readonly type: "learned"; readonly learned: unknown }
  | { readonly type: "done"; readonly bitext: AlignedBitext }
  | { readonly type: "error"; readonly error: ErrorMessage };

/** A reply of a pool's thread, under the id of the job it is about. */
export interface JobReply {
  readonly id: number;
  readonly reply: Reply;
}

/** A Dictionary arrives as a structured clone (its maps and sets, no prototype): made a Dictionary again. */
export function revive(dictionary: unknown): Dictionary | undefined {
  return dictionary ? (Object.setPrototypeOf(dictionary, Dictionary.prototype) as Dictionary) : undefined;
}

/** An error as it crosses the thread. */
export function errorMessage(error: unknown): ErrorMessage {
  const e = error instanceof Error ? error : new Error(String(error));
  const sverka = e instanceof SverkaError ? { exitCode: e.exitCode, ...(e.path ? { path: e.path } : {}) } : {};
  return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}), ...sverka };
}

/** The error a thread threw, rebuilt on this side: a SverkaError keeps its class, exit code and path. */
export function errorFrom(sent: ErrorMessage): Error {
  const error =
    sent.name === "SverkaError"
      ? new SverkaError(sent.message, sent.exitCode === undefined ? {} : { exitCode: sent.exitCode })
      : new Error(sent.message);
  if (sent.path !== undefined) Object.assign(error, { path: sent.path });
  if (sent.stack) error.stack = sent.stack;
  return error;
}
