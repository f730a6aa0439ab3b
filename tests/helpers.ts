/** Shared test helpers: paths, fixtures and factories. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Segment } from "../src/types.js";

/** The checkout's root (tests run from dist/tests/). */
export const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
})();

export const corpus = (...parts: string[]) => join(ROOT, "corpus", ...parts);
export const fixture = (...parts: string[]) => join(ROOT, "tests", "fixtures", ...parts);
export const read = (path: string) => readFileSync(path, "utf8");

/** ../shared beside the checkout, when present. */
export const SHARED = (() => {
  const dir = process.env.SVERKA_SHARED ?? resolve(ROOT, "..", "shared");
  return existsSync(join(dir, "data")) ? dir : undefined;
})();

/** `describe` when ../shared is there; otherwise a skipped block that says why. */
export const describeWithShared: jest.Describe = SHARED
  ? describe
  : (((name: string, fn: () => void) => describe.skip(`${name} (skipped: ../shared/data not found)`, fn)) as jest.Describe);

/** Segments from texts, as the segmented mode would cut them (one paragraph). */
export function segs(texts: readonly string[], paragraphs?: readonly number[]): Segment[] {
  let offset = 0;
  return texts.map((text, id) => {
    const s = { id, text, start: offset, end: offset + text.length, paragraph: paragraphs?.[id] ?? 0 };
    offset += text.length + 1;
    return s;
  });
}

/** Runs the built `sverka` binary as a user would. */
export function sverka(args: readonly string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "sverka.js"), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...options.env } as NodeJS.ProcessEnv,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether a command is on PATH. */
export function hasCommand(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}
