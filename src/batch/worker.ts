/** Worker thread: runs the jobs the main thread sends, one at a time. */
import { parentPort } from "node:worker_threads";
import { type JobOptions, runJob, runLearnJob } from "./job.js";
import type { BatchPair } from "./manifest.js";

parentPort!.on("message", async (message: { id: number; kind: "align" | "learn"; pair: BatchPair; options: JobOptions }) => {
  const result = message.kind === "learn" ? await runLearnJob(message.pair, message.options) : await runJob(message.pair, message.options);
  parentPort!.postMessage({ id: message.id, result });
});
