/** `sverka review`: the review page on a local server, saving the bitext in place. */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { SverkaError } from "../errors.js";
import { writeJson } from "../formats/json.js";
import { checkOutputs, writeAtomic } from "../io/files.js";
import type { BitextOptions } from "../pipeline.js";
import { type ReviewServer, startReviewServer } from "../serve/index.js";
import type { Bitext } from "../types.js";

export interface ReviewFlags {
  output?: string;
  port?: number;
  open: boolean;
}

export interface ReviewIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/**
 * Serves `files` (one bitext JSON, or a document pair aligned first with
 * `alignPair` into NAME.json beside them, or -o) until SIGINT or SIGTERM.
 * Returns the exit code.
 */
export async function reviewCommand(
  files: readonly string[],
  flags: ReviewFlags,
  io: ReviewIo,
  alignPair: (source: string, target: string) => Promise<Bitext>,
  review: BitextOptions = {},
): Promise<number> {
  const path = await bitextFile(files, flags, alignPair, io);
  const server = await startReviewServer({ path, port: flags.port, review });
  io.stdout.write(`${server.url}\n`);
  io.stderr.write(
    `sverka review: ${path} at the address above (saves keep the previous version as ${basename(path)}.bak); Ctrl-C to stop\n`,
  );
  if (flags.open) openBrowser(server.url, io);
  await untilStopped(server);
  io.stderr.write("sverka review: stopped\n");
  return 0;
}

/** The bitext to serve: the one given, or the pair aligned into a new file. */
async function bitextFile(
  files: readonly string[],
  flags: ReviewFlags,
  alignPair: (source: string, target: string) => Promise<Bitext>,
  io: ReviewIo,
): Promise<string> {
  if (files.length === 1) {
    const [file] = files as [string];
    if (!file.toLowerCase().endsWith(".json"))
      throw new SverkaError("review needs SOURCE and TARGET documents, or a sverka bitext (.json) made by align or review", { path: file });
    if (flags.output)
      throw new SverkaError("-o names the bitext written for a document pair: a .json given is saved in place", { path: file });
    return file;
  }
  const [source, target] = files as [string, string];
  const output = flags.output ?? bitextName(source, target);
  if (existsSync(output))
    throw new SverkaError(
      `exists already (a review under way?): review it with \`sverka review ${output}\`, or give another name with -o`,
      {
        path: output,
      },
    );
  checkOutputs([output], [source, target], { option: "-o" });
  const bitext = await alignPair(source, target);
  await writeAtomic(output, writeJson(bitext));
  io.stderr.write(`sverka review: aligned ${source} and ${target} into ${output}\n`);
  return output;
}

/**
 * NAME.json beside the pair, NAME what the two file names share
 * (contract.bg.txt, contract.en.txt: contract.json), else their folder's
 * name (osce/bg.txt, osce/en.txt: osce/osce.json), else both names.
 */
export function bitextName(source: string, target: string): string {
  const stem = (p: string) => basename(p, extname(p));
  const [a, b] = [stem(source), stem(target)];
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  const shared = a.slice(0, n).replace(/[-_. ]+$/u, "");
  const folder = basename(resolve(dirname(source)));
  const name =
    shared.length >= 2 ? shared : resolve(dirname(source)) === resolve(dirname(target)) && folder && folder !== "." ? folder : `${a}-${b}`;
  return join(dirname(source), `${name}.json`);
}

/** Resolves on SIGINT or SIGTERM, once the server has stopped (a save under way finished, no temporary file left). */
function untilStopped(server: ReviewServer): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.removeListener("SIGINT", stop);
      process.removeListener("SIGTERM", stop);
      server.close().then(resolve, resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** Opens `url` in the default browser (xdg-open, open, start); where none opens, the printed address is there to copy. */
function openBrowser(url: string, io: ReviewIo): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", '""', url.replace(/&/g, "^&")]]
        : ["xdg-open", [url]];
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  child.on("error", () => io.stderr.write(`sverka review: could not open a browser (${command}): open the address above\n`));
  child.unref();
}
