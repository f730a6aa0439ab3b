/** Shared test helpers: paths, fixtures, factories, and what tests need from outside the project. */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
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

/** Whether an executable of this name is on PATH (no shell). */
export function onPath(cmd: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir || ".", cmd), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** CI sets CI=true: there a missing tool fails its tests instead of skipping them. */
export const IN_CI = !["", "0", "false"].includes((process.env.CI ?? "").toLowerCase());

/** Something a test needs from outside the project: a program from a Debian package, or a file of ../shared. */
export interface Need {
  /** What it is, as the messages name it. */
  readonly what: string;
  /** How to get it. */
  readonly hint: string;
  /** Whether it is there (probed once, on first use, so importing these helpers spawns nothing). */
  readonly present: () => boolean;
  /** A missing program fails under CI (.ci/run installs it); missing ../shared data skips everywhere. */
  readonly requiredInCi: boolean;
}

const once = (probe: () => boolean) => {
  let known: boolean | undefined;
  return () => (known ??= probe());
};

/** A program from a Debian package. */
export function tool(what: string, debianPackage: string, probe: () => boolean): Need {
  return { what, hint: `Debian package ${debianPackage}: apt-get install ${debianPackage}`, present: once(probe), requiredInCi: true };
}

/** A file under ../shared; tests must skip cleanly, saying so, without it. */
export function sharedFile(...parts: string[]): Need & { readonly path: string } {
  const path = join(SHARED ?? resolve(ROOT, "..", "shared"), ...parts);
  return { what: `../shared/${parts.join("/")}`, hint: "the shared data is not beside this checkout", path, present: once(() => SHARED !== undefined && existsSync(path)), requiredInCi: false };
}

export const XMLLINT = tool("xmllint", "libxml2-utils", () => onPath("xmllint"));
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM = tool(CHROMIUM_PATH, "chromium", () => existsSync(CHROMIUM_PATH));
export const PYTHON = "/usr/bin/python3";
export const TRANSLATE_TOOLKIT = tool("translate-toolkit (python3 -c 'import translate.storage.tmx')", "translate-toolkit", () => spawnSync(PYTHON, ["-c", "import translate.storage.tmx"]).status === 0);
export const SHARED_DATA = sharedFile("data");
export const TMX_DTD = sharedFile("spec", "tmx14.dtd");

export type Verdict = { readonly run: true } | { readonly run: false; readonly fail: boolean; readonly reason: string };

/** Run when every need is there; else fail (a missing program under CI) or skip, with a reason naming what is missing and how to get it. */
export function verdict(needs: readonly Need[], ci: boolean = IN_CI): Verdict {
  const missing = needs.filter((n) => !n.present());
  if (missing.length === 0) return { run: true };
  const fail = ci && missing.some((n) => n.requiredInCi);
  const shown = fail ? missing.filter((n) => n.requiredInCi) : missing;
  const list = shown.map((n) => `${n.what} not found (${n.hint})`).join("; ");
  return { run: false, fail, reason: fail ? `${list}; CI must have it: .ci/run installs it` : `skipped: ${list}` };
}

/**
 * Said aloud as well: jest's summary counts skipped tests without naming them,
 * and prints no console output of a file whose tests were all skipped.
 */
function warnSkip(name: string, reason: string): void {
  process.stderr.write(`sverka tests: "${name}" ${reason}\n`);
}

/** `describe` when every need is there; otherwise a block that fails (CI) or is skipped, its name saying why. */
export function describeNeeding(needs: readonly Need[], name: string, fn: () => void): void {
  const v = verdict(needs);
  if (v.run) describe(name, fn);
  else if (v.fail) describe(name, () => test(`needs what is missing`, () => { throw new Error(v.reason); }));
  else {
    warnSkip(name, v.reason);
    describe.skip(`${name} (${v.reason})`, fn);
  }
}

/** `test` when every need is there; otherwise a test that fails (CI) or is skipped, its name saying why. */
export function testNeeding(needs: readonly Need[], name: string, fn: () => unknown, timeout?: number): void {
  const v = verdict(needs);
  if (v.run) test(name, fn as jest.ProvidesCallback, timeout);
  else if (v.fail) test(name, () => { throw new Error(v.reason); });
  else {
    warnSkip(name, v.reason);
    test.skip(`${name} (${v.reason})`, () => {});
  }
}

/** `describe` when ../shared is there; otherwise a skipped block that says why. */
export const describeWithShared = (name: string, fn: () => void) => describeNeeding([SHARED_DATA], name, fn);

/** Validates TMX files against the TMX 1.4 DTD with xmllint; callers declare [XMLLINT, TMX_DTD] as needs. */
export function validateTmx(files: readonly string[]): { status: number | null; stderr: string } {
  const r = spawnSync("xmllint", ["--noout", "--dtdvalid", TMX_DTD.path, ...files], { encoding: "utf8" });
  return { status: r.status, stderr: r.stderr };
}
