/** Worker thread: runs the jobs the main thread sends, one at a time. */
import { parentPort } from "node:worker_threads";
import { runJob, type JobOptions } from "./job.js";
import type { BatchPair } from "./manifest.js";

parentPort!.on("message", async (message: { id: number; pair: BatchPair; options: JobOptions }) => {
  const result = await runJob(message.pair, message.options);
  parentPort!.postMessage({ id: message.id, result });
});
