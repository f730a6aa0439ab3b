/** Shared test helpers: paths, fixtures, factories, the CLI, and what tests need from outside the project. */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { run } from "../src/cli/index.js";
import { align } from "../src/index.js";
import type { Bitext, Flag, Segment } from "../src/types.js";

/** Office Open XML's relationship types, transitional (strict OOXML's are under http://purl.oclc.org/ooxml/officeDocument/relationships). */
export const OOXML_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A Word package (.docx) of the parts given, `word/document.xml` among them,
 * with the content types and the package's relationship to its document as a
 * word processor writes them; `relationships`: the namespace of their types.
 */
export async function wordPackage(parts: Record<string, string>, relationships = OOXML_RELATIONSHIPS): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer" });
}

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

/** A fresh folder with docs/ holding two corpus pairs as a batch reads them (osce.bg.txt, bus.en.txt...), and any extra files. */
export function batchDir(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "sverka-batch-"));
  mkdirSync(join(dir, "docs"));
  for (const [name, from] of [
    ["osce", "osce-alliance-2024"],
    ["bus", "handmade-bg-en"],
  ] as const) {
    copyFileSync(corpus(from, "bg.txt"), join(dir, "docs", `${name}.bg.txt`));
    copyFileSync(corpus(from, "en.txt"), join(dir, "docs", `${name}.en.txt`));
  }
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, "docs", file), text);
  return dir;
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI in this process, as bin/sverka.js does (`run(argv, io)`), with
 * stdout and stderr captured as a pipe would take them (not terminals) and
 * NO_COLOR set. Spawning a process per call costs a Node start and a module
 * load and tests nothing more. The CLI resolves relative paths against this
 * process's cwd, which tests share: give it absolute paths. With `tty`,
 * stderr says it is a terminal (as for a user watching the progress bar).
 */
export async function sverka(
  args: readonly string[],
  options: { env?: Record<string, string | undefined>; tty?: boolean } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: {
      isTTY: false,
      write: (s: string) => {
        stdout += s;
        return true;
      },
    },
    stderr: {
      isTTY: Boolean(options.tty),
      write: (s: string) => {
        stderr += s;
        return true;
      },
    },
  };
  // The colour decision reads process.env; jest's workers may have FORCE_COLOR set. Set for this run only, then put back.
  const env: Record<string, string | undefined> = { NO_COLOR: "1", FORCE_COLOR: undefined, ...options.env };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const assign = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  assign(env);
  try {
    const code = await run(args, io);
    return { code, stdout, stderr };
  } finally {
    assign(saved);
  }
}

/** End to end only: runs the built `sverka` binary in its own process, as a user would. */
export function spawnSverka(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): CliResult & { signal: NodeJS.Signals | null } {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [join(ROOT, "bin", "sverka.js"), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...options.env } as NodeJS.ProcessEnv,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
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
/** A contract's sentence that a pair under test is put before, so that the document has two links. */
export const CONTRACT_SECOND = [
  "Договорът се сключва в два еднообразни екземпляра.",
  "The contract is made in two identical copies.",
] as const;

/** The flags of a two-sentence pair, BG then EN, as "type: reason": the pair under test, a blank line, `second`. */
export function pairProblems(bg: string, en: string, second: readonly [string, string] = CONTRACT_SECOND): string[] {
  const b = align(`${bg}\n\n${second[0]}\n`, `${en}\n\n${second[1]}\n`);
  return b.links.flatMap((l) => (l.flags ?? []).map((f) => `${f.type}: ${f.reason}`));
}

/** Sentence pairs as paragraphs of one sentence a side, aligned and reviewed in `langs`. */
export function paragraphPairs(list: ReadonlyArray<readonly [string, string]>, langs: readonly [string, string] = ["bg", "en"]): Bitext {
  return align(list.map((p) => p[0]).join("\n\n"), list.map((p) => p[1]).join("\n\n"), { sourceLang: langs[0], targetLang: langs[1] });
}

/** Two sentences of a bank's report, BG and EN, for a pair under test to stand beside (each then a link of its own). */
export const REPORT_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["Банката е регистрирана в Република България.", "The Bank is registered in the Republic of Bulgaria."],
  ["Отчетът е одобрен от Управителния съвет.", "The report was approved by the Management Board."],
];

/** Five sentences of a leaflet, BG and EN, for a pair under test to stand beside (a document long enough to have a usual). */
export const LEAFLET_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["Листовка: информация за пациента.", "Package leaflet: information for the patient."],
  [
    "Прочетете внимателно цялата листовка, преди да започнете да приемате това лекарство.",
    "Read all of this leaflet carefully before you start taking this medicine.",
  ],
  ["Запазете тази листовка, може да се наложи да я прочетете отново.", "Keep this leaflet, you may need to read it again."],
  [
    "Ако имате някакви допълнителни въпроси, попитайте Вашия лекар или фармацевт.",
    "If you have any further questions, ask your doctor or pharmacist.",
  ],
  ["Това лекарство е предписано лично на Вас.", "This medicine has been prescribed for you only."],
];

/** Every flag of a sentence and its translation aligned as two one-line documents, as "severity type: reason" (BG → EN unless given). */
export function pairFlagTexts(source: string, target: string, sourceLang = "bg", targetLang = "en"): string[] {
  return align(`${source}\n`, `${target}\n`, { sourceLang, targetLang }).links.flatMap((l) =>
    l.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`),
  );
}

/** The flags above information of a bitext, as "severity type: reason". */
export function flagTexts(b: Bitext): string[] {
  return b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.severity !== "info").map((f) => `${f.severity} ${f.type}: ${f.reason}`));
}

/** The flags above information of a BG sentence and its EN translation after the leaflet's five (`LEAFLET_PAIRS`). */
export function leafletFlags(bg: string, en: string): string[] {
  return flagTexts(paragraphPairs([...LEAFLET_PAIRS, [bg, en]]));
}

/** As `leafletFlags`, English into Bulgarian. */
export function leafletFlagsFromEnglish(en: string, bg: string): string[] {
  return flagTexts(paragraphPairs([...LEAFLET_PAIRS.map(([b, e]) => [e, b] as const), [en, bg]], ["en", "bg"]));
}

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
  return {
    what: `../shared/${parts.join("/")}`,
    hint: "the shared data is not beside this checkout",
    path,
    present: once(() => SHARED !== undefined && existsSync(path)),
    requiredInCi: false,
  };
}

export const XMLLINT = tool("xmllint", "libxml2-utils", () => onPath("xmllint"));
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM = tool(CHROMIUM_PATH, "chromium", () => existsSync(CHROMIUM_PATH));
export const PYTHON = "/usr/bin/python3";
export const TRANSLATE_TOOLKIT = tool(
  "translate-toolkit (python3 -c 'import translate.storage.tmx')",
  "translate-toolkit",
  () => spawnSync(PYTHON, ["-c", "import translate.storage.tmx"]).status === 0,
);
/** junitparser (python3), a JUnit XML reader, reads `check --format junit` back as a CI system would. */
export const JUNITPARSER = tool(
  "junitparser (python3 -c 'import junitparser')",
  "python3-junitparser",
  () => spawnSync(PYTHON, ["-c", "import junitparser"]).status === 0,
);
export const OPENPYXL = tool(
  "openpyxl (python3 -c 'import openpyxl')",
  "python3-openpyxl",
  () => spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0,
);
/** The SRX 2.0 reference implementation (Java), and javac to build the tests' driver for it. */
export const LIBSEGMENT_JAR = "/usr/share/java/segment.jar";
export const LIBSEGMENT = tool(
  `libsegment (${LIBSEGMENT_JAR}) and javac`,
  "libsegment-java",
  () => existsSync(LIBSEGMENT_JAR) && onPath("javac"),
);
/** OmegaT, run in console mode on a project; its jar for the SRX converter. */
export const OMEGAT_JAR = "/usr/share/omegat/OmegaT.jar";
export const OMEGAT = tool("omegat (and javac)", "omegat", () => existsSync(OMEGAT_JAR) && onPath("omegat") && onPath("javac"));
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
  else if (v.fail)
    describe(name, () =>
      test(`needs what is missing`, () => {
        throw new Error(v.reason);
      }),
    );
  else {
    warnSkip(name, v.reason);
    describe.skip(`${name} (${v.reason})`, fn);
  }
}

/** `test` when every need is there; otherwise a test that fails (CI) or is skipped, its name saying why. */
export function testNeeding(needs: readonly Need[], name: string, fn: () => unknown, timeout?: number): void {
  const v = verdict(needs);
  if (v.run) test(name, fn as jest.ProvidesCallback, timeout);
  else if (v.fail)
    test(name, () => {
      throw new Error(v.reason);
    });
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

/** Warnings and errors of a bitext (what a reviewer sees by default). */
export function problems(b: Bitext): Flag[] {
  return b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.severity !== "info"));
}

/** A short news item about a summit whose second sentence is `bg` in Bulgarian and `en` in English, aligned in the direction asked. */
export function summitNews(
  bg: string,
  en: string,
  languages: { sourceLang: string; targetLang: string } = { sourceLang: "bg", targetLang: "en" },
): Bitext {
  const source = `Срещата на върха в Женева приключи късно в сряда.\n\n${bg}\n\nДелегациите ще се срещнат отново през октомври.\n`;
  const target = `The summit in Geneva ended late on Wednesday.\n\n${en}\n\nThe delegations will meet again in October.\n`;
  return languages.sourceLang === "bg" ? align(source, target, languages) : align(target, source, languages);
}
