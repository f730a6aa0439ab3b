/** Worker thread: runs the jobs the main thread sends, one at a time, telling it how a long one goes (thinned: see progress.ts). */
import { parentPort } from "node:worker_threads";
import { inWorkerThread } from "../io/files.js";
import { type JobOptions, runJob, runLearnJob } from "./job.js";
import type { BatchPair } from "./manifest.js";
import { thinned } from "./progress.js";

// Ctrl-C reaches the main thread, which cleans up after this one.
inWorkerThread();

type Message = { id: number; kind: "align" | "learn"; pair: BatchPair; options: JobOptions; tell: boolean };

parentPort!.on("message", async (message: Message) => {
  // Reports only for a batch that listens (a progress bar): otherwise none is made.
  const onProgress = message.tell
    ? thinned((stage, done, total) => parentPort!.postMessage({ id: message.id, progress: { stage, done, total } }))
    : undefined;
  const result =
    message.kind === "learn"
      ? await runLearnJob(message.pair, message.options, onProgress)
      : await runJob(message.pair, message.options, onProgress);
  parentPort!.postMessage({ id: message.id, result });
});
