/**
 * A worker thread of the asynchronous API: runs the jobs its pool sends it,
 * one at a time, reports their progress and posts each bitext or error back
 * under the job's id. It stays up between jobs (src/worker/jobs.ts), so a
 * server's second job does not pay for a thread's start and sverka's loading.
 */
import { parentPort } from "node:worker_threads";
import type { BitextOptions } from "../pipeline.js";
import { alignFilesThreaded, alignThreaded } from "./long.js";
import { errorMessage, type Job, type JobReply, revive } from "./messages.js";

async function run(id: number, job: Job): Promise<void> {
  const post = (reply: JobReply["reply"]) => parentPort!.postMessage({ id, reply } satisfies JobReply);
  const callbacks: Pick<BitextOptions, "onProgress" | "onLearned"> = {
    onProgress: (stage, done, total) => post({ type: "progress", stage, done, total }),
    onLearned: (learned) => post({ type: "learned", learned }),
  };
  const dictionary = revive(job.options.dictionary);
  const terms = revive(job.options.terms);
  const options = { ...job.options, ...callbacks, ...(dictionary ? { dictionary } : {}), ...(terms ? { terms } : {}) };
  try {
    // A long pair is cut in pieces aligned on threads of this thread's own (options.threads).
    const bitext =
      job.kind === "align"
        ? await alignThreaded(job.source, job.target, options)
        : await alignFilesThreaded(job.source, job.target, options);
    post({ type: "done", bitext });
  } catch (error) {
    post({ type: "error", error: errorMessage(error) });
  }
}

parentPort!.on("message", (message: { readonly id: number; readonly job: Job }) => void run(message.id, message.job));
