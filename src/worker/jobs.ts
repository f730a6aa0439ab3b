/**
 * The threads of the asynchronous API, shared by every call: at most one a
 * core, each running one job at a time; a job beyond them waits its turn. A
 * thread stays up between jobs for IDLE_MS, so a queue's jobs pay for a
 * thread's start and sverka's loading once (each thread's were about 0.3 s,
 * ten times a short document's alignment). An idle thread never keeps the
 * process alive.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { AlignedBitext } from "../pipeline.js";
import { errorFrom, type Job, type JobReply, type Reply } from "./messages.js";

/** How long a thread waits for its next job before it ends (a burst of jobs shares the threads; a server at rest holds none). */
const IDLE_MS = 5_000;

/** What the caller of one job is told: its replies on the way, then its result or its error. */
export interface JobHandlers {
  readonly reply: (reply: Extract<Reply, { type: "progress" | "learned" }>) => void;
  readonly resolve: (bitext: AlignedBitext) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  /** The job it runs, if any. */
  job?: number;
  idle?: ReturnType<typeof setTimeout>;
}

const slots: Slot[] = [];
const waiting: Array<{ readonly id: number; readonly job: Job }> = [];
const handlers = new Map<number, JobHandlers>();
let nextId = 0;
let started = 0;

/** How the pool stands: threads up, threads started since the process began, jobs waiting (for tests and diagnostics). */
export function jobPoolState(): { readonly threads: number; readonly started: number; readonly waiting: number } {
  return { threads: slots.length, started, waiting: waiting.length };
}

/** The most threads the jobs run on at once: the machine's cores. */
export function jobThreads(): number {
  return Math.max(1, availableParallelism());
}

/** Queues a job; returns its cancel, which ends it where it runs (its thread is ended) or takes it off the queue. */
export function submitJob(job: Job, handler: JobHandlers): () => Promise<void> {
  const id = nextId++;
  handlers.set(id, handler);
  waiting.push({ id, job });
  dispatch();
  return async () => {
    if (!handlers.delete(id)) return;
    const queued = waiting.findIndex((w) => w.id === id);
    if (queued >= 0) {
      waiting.splice(queued, 1);
      return;
    }
    const slot = slots.find((s) => s.job === id);
    if (slot) {
      drop(slot);
      await slot.worker.terminate();
      dispatch();
    }
  };
}

/** Gives the waiting jobs to idle threads, starting threads up to `jobThreads()`. */
function dispatch(): void {
  while (waiting.length > 0) {
    let slot = slots.find((s) => s.job === undefined);
    if (!slot) {
      if (slots.length >= jobThreads()) return;
      slot = start();
    }
    const next = waiting.shift()!;
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = undefined;
    slot.job = next.id;
    slot.worker.ref();
    slot.worker.postMessage(next);
  }
}

function start(): Slot {
  const worker = new Worker(new URL("./thread.js", import.meta.url));
  started++;
  const slot: Slot = { worker };
  slots.push(slot);
  worker.on("message", ({ id, reply }: JobReply) => {
    const handler = handlers.get(id);
    if (reply.type === "progress" || reply.type === "learned") {
      handler?.reply(reply);
      return;
    }
    // A job cancelled as its thread finished it: the thread is out of the pool and being ended, its result nobody's.
    if (!slots.includes(slot)) return;
    handlers.delete(id);
    finished(slot);
    if (reply.type === "done") handler?.resolve(reply.bitext);
    else handler?.reject(errorFrom(reply.error));
  });
  const failed = (error: Error) => {
    const id = slot.job;
    drop(slot);
    if (id !== undefined) {
      const handler = handlers.get(id);
      handlers.delete(id);
      handler?.reject(error);
    }
    dispatch();
  };
  worker.on("error", failed);
  worker.on("exit", (code) => failed(new Error(`sverka's worker thread stopped (exit code ${code}) before it finished`)));
  return slot;
}

/** A thread done with its job: the next waiting one, else idle (not keeping the process up) until it ends. */
function finished(slot: Slot): void {
  slot.job = undefined;
  if (waiting.length > 0) {
    dispatch();
    return;
  }
  slot.worker.unref();
  slot.idle = setTimeout(() => {
    drop(slot);
    void slot.worker.terminate();
  }, IDLE_MS);
  slot.idle.unref();
}

/** Takes a thread out of the pool (it ended, failed or is being ended). */
function drop(slot: Slot): void {
  const at = slots.indexOf(slot);
  if (at >= 0) slots.splice(at, 1);
  if (slot.idle) clearTimeout(slot.idle);
  slot.job = undefined;
  slot.worker.removeAllListeners("exit");
  slot.worker.removeAllListeners("error");
}
