/** A task thread of the pool (pool.ts): runs the tasks it is sent, one at a time, and posts each result back. */
import { parentPort, type TransferListItem } from "node:worker_threads";
import type { BitextOptions, PieceTask } from "../pipeline.js";
import { runTask } from "../pipeline.js";
import type { ReviewOptions } from "../review/index.js";
import { errorMessage, revive } from "./messages.js";
import type { TaskReply } from "./pool.js";

/** Dictionaries arrive as structured clones: made Dictionaries again. */
function revived<T extends BitextOptions | ReviewOptions>(options: T | undefined): T | undefined {
  if (!options) return options;
  const dictionary = revive(options.dictionary);
  const terms = revive(options.terms);
  return { ...options, ...(dictionary ? { dictionary } : {}), ...(terms ? { terms } : {}) };
}

/** The typed arrays of a result (an aligned piece's links, a segmented part's offsets), moved rather than copied: each is its own. */
function transfers(result: unknown): TransferListItem[] {
  const links = (result as { links?: { steps?: unknown; scores?: unknown } } | undefined)?.links;
  if (links?.steps instanceof Int32Array && links.scores instanceof Float64Array)
    return [links.steps.buffer as ArrayBuffer, links.scores.buffer as ArrayBuffer];
  const part = result as { starts?: unknown; ends?: unknown; paragraphs?: unknown } | undefined;
  if (part?.starts instanceof Int32Array && part.ends instanceof Int32Array && part.paragraphs instanceof Int32Array)
    return [part.starts.buffer as ArrayBuffer, part.ends.buffer as ArrayBuffer, part.paragraphs.buffer as ArrayBuffer];
  return [];
}

/** Between two reports of a task's progress: a bar needs no more, and each is a message to the caller's thread. */
const PROGRESS_MS = 100;

/** How far task `id` is, posted now and then (the pool passes it on to the flow's progress). */
function progressOf(id: number): (share: number) => void {
  let last = performance.now();
  return (share) => {
    const now = performance.now();
    if (now - last < PROGRESS_MS) return;
    last = now;
    parentPort!.postMessage({ id, progress: share } satisfies TaskReply);
  };
}

parentPort!.on("message", ({ id, task, progress }: { id: number; task: PieceTask; progress?: boolean }) => {
  let reply: TaskReply;
  let transfer: TransferListItem[] = [];
  try {
    const result = runTask({ ...task, options: revived(task.options) } as PieceTask, progress ? progressOf(id) : undefined);
    reply = { id, result };
    transfer = transfers(result);
  } catch (error) {
    reply = { id, error: errorMessage(error) };
  }
  parentPort!.postMessage(reply, transfer);
});
