/** Output files: written atomically, never over an input; "-" is standard output where a command allows it. */
import { lstatSync, readlinkSync, rmSync, type Stats, statSync, writeSync } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import { SverkaError } from "../errors.js";

/** An output given as "-": standard output (a file really named "-" is `./-`). */
export const STDOUT = "-";

/**
 * Where an output is written before it is renamed into place: beside it (so
 * the rename stays on one file system), named after this process, so an
 * interrupted run knows which temporary files are its own to clean up.
 */
export function temporaryPath(path: string): string {
  return `${path}.sverka-${process.pid}.tmp`;
}

/** What a failed write means, in words (the code in brackets for a search). */
const WRITE_ERRORS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file: give a file name",
  ENOTDIR: "a part of the path is a file, not a directory",
  EEXIST: "a part of the path is a file, not a directory", // from making the folders
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "the file system is read-only",
  ENAMETOOLONG: "the file name is too long",
  ENOENT: "a folder of the path does not exist and cannot be made there, or a link on it leads nowhere",
};

/** What an output file holds: text (written a megabyte at a time), bytes, or text in pieces. */
export type FileContent = string | Uint8Array | Iterable<string>;

/**
 * Writes a file atomically: to a temporary name beside it, then renamed, so a
 * failed or interrupted run never leaves a half-written output behind.
 */
export async function writeAtomic(path: string, text: FileContent): Promise<void> {
  await writeAllAtomic([{ path, content: () => text }]);
}

/**
 * Writes several files as one: each to a temporary name beside it, then all
 * renamed once all are whole. A failure or an interrupt while they are
 * written leaves none of them, so a folder never holds a new TMX beside the
 * JSON of an earlier run. `content` is asked for one file at a time, so only
 * one output's text is made at once.
 */
export async function writeAllAtomic(
  files: ReadonlyArray<{ path: string; content: () => FileContent | Promise<FileContent> }>,
): Promise<void> {
  const done: string[] = [];
  const renames: Array<[tmp: string, path: string, given: string]> = [];
  try {
    for (const { path, content } of files) {
      const into = destination(path);
      if (!into.replace) {
        await throughTo(path, await content());
        continue;
      }
      const tmp = temporaryPath(into.path);
      writing(tmp);
      done.push(tmp);
      renames.push([tmp, into.path, path]);
      await toTemporary(path, tmp, await content());
    }
    for (const [tmp, path, given] of renames) await renameInto(tmp, path, given);
  } catch (error) {
    await Promise.all(done.map((tmp) => rm(tmp, { force: true }).catch(() => {}))); // none where a folder could not be made
    throw error;
  } finally {
    for (const tmp of done) written(tmp);
  }
}

async function toTemporary(path: string, tmp: string, text: FileContent): Promise<void> {
  try {
    await makeFolders(dirname(resolve(path)));
    await writeFile(tmp, typeof text === "string" ? chunksOf(text) : text, "utf8");
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/**
 * The folders of `dir` made from the nearest that exists down. Not `mkdir`'s `recursive`: under a file system that
 * refuses new entries with ENOENT, /proc, it never returns (Node 20, 22; stranger 247's `-o /proc/nope/qa.json`).
 */
async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    try {
      await stat(at);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || dirname(at) === at) throw error;
      missing.push(at);
    }
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (error) {
      // Made meanwhile by another run writing beside this one.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

async function renameInto(tmp: string, path: string, given: string): Promise<void> {
  try {
    await rename(tmp, path);
  } catch (error) {
    throw cannotWrite(given, error);
  }
}

/** A device or a pipe (`/dev/stdout`, `>(gzip > x.gz)`) is written as it is: nothing can be renamed onto it. */
async function throughTo(path: string, text: FileContent): Promise<void> {
  try {
    await writeFile(path, typeof text === "string" ? chunksOf(text) : text, "utf8");
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/** Links followed at most this many times (as the system's own limit, ELOOP, stops a cycle). */
const MAX_LINKS = 40;

/**
 * Where an output's bytes go: a file replaced whole (`replace`), written beside and renamed, at the end of any
 * symbolic links (a link stays a link, and the file it points at is the one updated: a memory kept in a shared folder
 * and linked from a project); or, where the path leads to a device or a pipe (`/dev/stdout`, `/dev/fd/63`), written
 * through. Renaming onto `/dev/stdout` would replace the system's link with a file (stranger 154, running as root).
 */
function destination(path: string): { path: string; replace: boolean } {
  const stat = statOrNothing(path);
  if (stat && !stat.isFile()) return { path, replace: false };
  let at = resolve(path);
  for (let n = 0; n < MAX_LINKS; n++) {
    let link: string;
    try {
      if (!lstatSync(at).isSymbolicLink()) break;
      link = readlinkSync(at);
    } catch {
      break; // no such file yet: it is made where the path (or the last link) says
    }
    at = resolve(dirname(at), link);
  }
  return { path: at, replace: true };
}

function cannotWrite(path: string, error: unknown): SverkaError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code && WRITE_ERRORS[code] ? `${WRITE_ERRORS[code]} (${code})` : (code ?? String(error));
  return new SverkaError(`cannot write output: ${why}`, { path, cause: error });
}

/**
 * Whether signals reach this thread: only the main thread's do. A worker thread's script says it is one
 * (`inWorkerThread`) rather than this asking node:worker_threads, which `align` on two small files would
 * otherwise load for this alone (3 ms of its start).
 */
let signalsReachHere = true;

/** Called first by the script of every worker thread that writes files. */
export function inWorkerThread(): void {
  signalsReachHere = false;
}

/** Temporary files this thread is writing now. */
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Ctrl-C or kill during a write that nothing else handles (a command with no
 * interrupt of its own: `align` writing a 66 MB JSON) would end the process
 * and leave the temporary file behind. While writes are pending, such a
 * signal removes them first, then ends the process as the signal would have.
 * A command that handles the signal itself (batch, review) is left to do so.
 */
function writing(tmp: string): void {
  if (!signalsReachHere) return; // a batch's threads are cleaned up by the batch
  if (pending.size === 0) for (const signal of SIGNALS) if (process.listenerCount(signal) === 0) process.once(signal, onSignal);
  pending.add(tmp);
}

function written(tmp: string): void {
  if (!pending.delete(tmp) || pending.size > 0) return;
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
}

function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 0) return; // handled since the write began (its handler lets the write finish)
  for (const tmp of pending) rmSync(tmp, { force: true });
  // Said before the process ends (synchronously: the signal ends it before a stream would flush).
  try {
    writeSync(2, "sverka: interrupted while writing: no output written\n");
  } catch {
    // standard error closed: nothing to tell
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

/**
 * Refuses, before any work, outputs that cannot be written as files: one that
 * would overwrite an input, one given twice, a directory, a path under a file.
 * With `stdout`, one of them may be "-" (standard output); otherwise "-" is
 * refused, naming the `option`.
 */
export function checkOutputs(
  outputs: readonly string[],
  inputs: readonly string[],
  options: { stdout?: boolean; option?: string } = {},
): void {
  const toStdout = outputs.filter((out) => out === STDOUT).length;
  if (toStdout > 0 && !options.stdout)
    throw new SverkaError(
      `${options.option ?? "this output"} cannot go to standard output ("-"): give a file name (./- for a file named "-")`,
    );
  if (toStdout > 1) throw new SverkaError(`"-" (standard output) given ${toStdout} times: at most one output can go to stdout`);
  const files = outputs.filter((out) => out !== STDOUT);
  // Compared where the links lead: an output linked to an input is written through the link now, so it is the input.
  const ins = new Set(inputs.map((p) => destination(p).path));
  for (const out of files) {
    if (ins.has(destination(out).path)) throw new SverkaError("output file is also an input: refusing to overwrite it", { path: out });
  }
  const seen = new Set<string>();
  for (const out of files) {
    const into = destination(out);
    // Two outputs to one stream ("-o /dev/stdout -o /dev/stdout") write one after the other, as a shell's would.
    if (seen.has(into.path) && into.replace) throw new SverkaError("output file given twice", { path: out });
    seen.add(into.path);
  }
  for (const out of files) checkWritablePath(out);
}

/** A file name, not a directory's, whose nearest existing ancestor is a directory. */
function checkWritablePath(out: string): void {
  const isDirectory = out.endsWith("/") || out.endsWith(sep) || statOrNothing(out)?.isDirectory();
  if (isDirectory) throw new SverkaError("is a directory: give a file name inside it", { path: out });
  for (let dir = dirname(out); ; dir = dirname(dir)) {
    const stat = statOrNothing(dir);
    if (stat?.isDirectory()) return;
    if (stat) throw new SverkaError(`cannot write it: ${dir} is a file, not a directory`, { path: out });
    if (dirname(dir) === dir) return;
  }
}

/**
 * The file's status, or nothing where it cannot be had: no such file, a file
 * where a directory of its path should be, no permission (writing says why).
 */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Characters of a string written at a time: a long output is never encoded whole beside itself (a 100,000-segment JSON is 66 MB). */
const WRITE_CHUNK = 1 << 20;

/** The string in pieces of about WRITE_CHUNK characters, never cutting a surrogate pair, so the bytes are those of the whole. */
export function* chunksOf(text: string, size = WRITE_CHUNK): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    // A piece ending in a pair's first half gives it up, or takes the second half when it is all the piece holds.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += end - at > 1 ? -1 : 1;
    yield text.slice(at, end);
    at = end;
  }
}
