/**
 * Worker threads that run the tasks of a long pair's flow (src/pipeline.ts,
 * `runTask`): a cut to find, a piece to align, a piece to review. Each
 * thread holds its next task before it finishes the one it runs, so that it
 * never waits for this thread (busy with its own share of the flow, or
 * reading a result) between two; results come back in the order of the
 * tasks. A thread that fails (out of memory, killed) fails the whole run
 * with a SverkaError at once: nothing waits for it.
 */
import { createRequire } from "node:module";
import type { Worker } from "node:worker_threads";
import { ExitCode, SverkaError } from "../errors.js";
import { type PieceTask, taskTransfers } from "../pipeline.js";
import { type ErrorMessage, errorFrom } from "./messages.js";

/** node:worker_threads when a pool first starts a thread: a short pair, aligned in this thread, never loads it. */
const load = createRequire(import.meta.url);

/** What a task thread answers: the result of task `id`, or the error it threw; before either, perhaps how far it is (a share from 0 to 1). */
export type TaskReply =
  | { readonly id: number; readonly result: unknown }
  | { readonly id: number; readonly error: ErrorMessage }
  | { readonly id: number; readonly progress: number };

/**
 * A task thread's heap. The ceiling is far above what a piece holds (about
 * 100 MB live at 25,000 segments): it is there for V8's heap growth: under
 * 2 GB V8 lets a heap grow to 1.6 times what the last full collection kept,
 * instead of 4 times (the default ceiling is 4 GB), so each thread holds
 * about half the memory for the same work and the same CPU. The young
 * generation is half V8's default (two semi-spaces of 8 MB, not 16): 16 MB
 * less a thread while both review their pieces, where a long pair's memory
 * peaks (docs/scale.md).
 */
const TASK_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 24 } as const;

/** Tasks a thread holds besides the one it runs: its next one is at hand when it finishes. */
const AHEAD = 1;

interface Pending {
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly progress?: (share: number) => void;
}

export class TaskPool {
  private readonly workers: Worker[] = [];
  /** Tasks sent to each thread and not answered yet: the one it runs, and the next one it holds. */
  private readonly sent = new Map<Worker, number>();
  private readonly queue: Array<{ readonly id: number; readonly task: PieceTask }> = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure?: SverkaError;
  private closing = false;

  /** Starts `size` threads now, so that they load sverka while this thread reads and segments. */
  constructor(
    size: number,
    private readonly script: URL = new URL("./task.js", import.meta.url),
  ) {
    for (let k = 0; k < size; k++) this.start();
  }

  /**
   * Runs the tasks; `onDone` hears which has finished, and `within(k)`, where it gives a
   * callback, how far task k is as it goes. Rejects with the first failure.
   */
  run(
    tasks: readonly PieceTask[],
    onDone?: (k: number) => void,
    within?: (k: number) => ((share: number) => void) | undefined,
  ): Promise<unknown[]> {
    return Promise.all(
      tasks.map((task, k) =>
        this.submit(task, within?.(k)).then((result) => {
          onDone?.(k);
          return result;
        }),
      ),
    );
  }

  /** Gives every thread the same task now, its result unwanted (loading what the tasks to come need); its failure is theirs to report. */
  warm(task: PieceTask): void {
    this.run(this.workers.map(() => task)).catch(() => {});
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private submit(task: PieceTask, progress?: (share: number) => void): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(progress ? { progress } : {}) });
      this.queue.push({ id, task });
      this.dispatch();
    });
  }

  private start(): void {
    const { Worker } = load("node:worker_threads") as typeof import("node:worker_threads");
    const worker = new Worker(this.script, { resourceLimits: TASK_LIMITS });
    this.workers.push(worker);
    this.sent.set(worker, 0);
    worker.on("message", (reply: TaskReply) => {
      if ("progress" in reply) {
        this.pending.get(reply.id)?.progress?.(reply.progress);
        return;
      }
      this.sent.set(worker, this.sent.get(worker)! - 1);
      const p = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ("error" in reply) p?.reject(errorFrom(reply.error));
      else p?.resolve(reply.result);
      this.dispatch();
    });
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => {
      if (!this.closing) this.fail(new Error(`it stopped with exit code ${code}`));
    });
  }

  /** Sends the waiting tasks: to an idle thread first, else to one that holds no next task yet. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.leastBusy();
      if (worker === undefined) return;
      const { id, task } = this.queue.shift()!;
      this.sent.set(worker, this.sent.get(worker)! + 1);
      // The thread tells how far the task is only where someone listens.
      worker.postMessage({ id, task, progress: this.pending.get(id)?.progress !== undefined }, taskTransfers(task));
    }
  }

  /** The thread with the fewest tasks sent and unanswered, below `AHEAD` + 1; the first such in start order. */
  private leastBusy(): Worker | undefined {
    let best: Worker | undefined;
    for (const worker of this.workers) {
      const n = this.sent.get(worker)!;
      if (n <= AHEAD && (best === undefined || n < this.sent.get(best)!)) best = worker;
    }
    return best;
  }

  /** A thread failed: every task waiting or running fails with one SverkaError, and the threads stop. */
  private fail(error: Error): void {
    if (this.failure || this.closing) return;
    this.failure = new SverkaError(
      `a worker thread aligning the long pair failed (${error.message}); --threads 1 aligns it in one thread, in less memory`,
      { exitCode: ExitCode.internal, cause: error },
    );
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
    this.queue.length = 0;
    void this.close();
  }
}
