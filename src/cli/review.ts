/** `sverka review`: the review page on a local server, saving the bitext in place. */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
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
  const server = await listen(path, flags.port, review, io);
  io.stdout.write(`${server.url}\n`);
  io.stderr.write(
    `sverka review: ${path} at the address above (saves keep the previous version as ${basename(path)}.bak); Ctrl-C to stop\n`,
  );
  if (flags.open) openBrowser(server.url, io);
  await untilStopped(server);
  io.stderr.write("sverka review: stopped\n");
  return 0;
}

/**
 * The server, on the port given, else on the bitext's own port (`ownPort`): the browser keeps unsaved edits per
 * address, so a review stopped and started again must come back at the same one to find them (stranger 86: a new
 * free port each time, and the edits of the last session silently not restored). Where that port is taken, a free
 * one, said on stderr.
 */
async function listen(path: string, port: number | undefined, review: BitextOptions, io: ReviewIo): Promise<ReviewServer> {
  if (port !== undefined) return startReviewServer({ path, port, review });
  const own = ownPort(path);
  try {
    return await startReviewServer({ path, port: own, review });
  } catch (error) {
    if (!(error instanceof SverkaError)) throw error;
    const server = await startReviewServer({ path, port: 0, review });
    io.stderr.write(
      `sverka review: port ${own}, where ${basename(path)} is always served, is taken (${error.message.replace(/:.*$/su, "")}); serving on ${server.port}. Edits a browser keeps unsaved from an earlier review are at port ${own}: stop what holds it and start again to save them\n`,
    );
    return server;
  }
}

/** The first port of the range `ownPort` picks from (the dynamic ports, 49152-65535, as IANA reserves them). */
const OWN_PORTS_FROM = 49152;
const OWN_PORTS = 16000;

/** A port of a bitext file's own, the same each time for its absolute path. */
export function ownPort(path: string): number {
  return OWN_PORTS_FROM + (createHash("sha256").update(resolve(path)).digest().readUInt32BE(0) % OWN_PORTS);
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
