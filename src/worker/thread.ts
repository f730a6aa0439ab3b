/** The worker thread of the asynchronous API: runs one job, reports progress, posts the bitext or the error back. */
import { parentPort, workerData } from "node:worker_threads";
import type { BitextOptions } from "../pipeline.js";
import { alignFilesThreaded, alignThreaded } from "./long.js";
import { errorMessage, type Job, type Reply, revive } from "./messages.js";

const post = (reply: Reply) => parentPort!.postMessage(reply);

async function run(job: Job): Promise<void> {
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

await run(workerData as Job);
