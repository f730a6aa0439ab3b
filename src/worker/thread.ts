/** The worker thread of the asynchronous API: runs one job, reports progress, posts the bitext or the error back. */
import { parentPort, workerData } from "node:worker_threads";
import { SverkaError } from "../errors.js";
import { align, alignFiles, type BitextOptions } from "../pipeline.js";
import { type Job, type Reply, revive } from "./messages.js";

const post = (reply: Reply) => parentPort!.postMessage(reply);

async function run(job: Job): Promise<void> {
  const callbacks: Pick<BitextOptions, "onProgress" | "onLearned"> = {
    onProgress: (stage, done, total) => post({ type: "progress", stage, done, total }),
    onLearned: (learned) => post({ type: "learned", learned }),
  };
  const dictionary = revive(job.options.dictionary);
  const options = { ...job.options, ...callbacks, ...(dictionary ? { dictionary } : {}) };
  try {
    const bitext = job.kind === "align" ? align(job.source, job.target, options) : await alignFiles(job.source, job.target, options);
    post({ type: "done", bitext });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const sverka = e instanceof SverkaError ? { exitCode: e.exitCode, ...(e.path ? { path: e.path } : {}) } : {};
    post({ type: "error", error: { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}), ...sverka } });
  }
}

await run(workerData as Job);
