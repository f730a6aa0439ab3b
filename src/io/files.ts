/** Output files: written atomically, never over an input. */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { SverkaError } from "../errors.js";

/**
 * Where an output is written before it is renamed into place: beside it (so
 * the rename stays on one file system), named after this process, so an
 * interrupted run knows which temporary files are its own to clean up.
 */
export function temporaryPath(path: string): string {
  return `${path}.sverka-${process.pid}.tmp`;
}

/**
 * Writes a file atomically: to a temporary name beside it, then renamed, so a
 * failed or interrupted run never leaves a half-written output behind.
 */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = temporaryPath(path);
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(tmp, text, "utf8");
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new SverkaError(`cannot write output (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { path, cause: error });
  }
}

/** Refuses an output path that would overwrite an input. */
export function checkOutputs(outputs: readonly string[], inputs: readonly string[]): void {
  const ins = new Set(inputs.map((p) => resolve(p)));
  for (const out of outputs) {
    if (ins.has(resolve(out))) throw new SverkaError("output file is also an input: refusing to overwrite it", { path: out });
  }
  const seen = new Set<string>();
  for (const out of outputs) {
    if (seen.has(resolve(out))) throw new SverkaError("output file given twice", { path: out });
    seen.add(resolve(out));
  }
}
