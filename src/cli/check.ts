/**
 * `sverka check`: one pair, a memory or saved bitext, or every pair of a
 * folder or manifest (the pairing rules of `batch`), with one exit code;
 * reports as text, JSON, the review page, SARIF, JUnit or GitHub annotations,
 * to stdout or to files (`-o`, repeatable), the readable report on stderr
 * when the reports go to files (or only annotations to stdout).
 */
import { readFile, stat } from "node:fs/promises";
import { dirname, extname, isAbsolute, relative, resolve } from "node:path";
import { type BatchPair, pairsWithNothing, readBatchInput, type Unpaired, unlistedDocuments } from "../batch/index.js";
import { SverkaError } from "../errors.js";
import { checkJsonChunks } from "../formats/check-json.js";
import { writeGithub } from "../formats/github.js";
import { chooseOutputFormat, formatEndings, formats } from "../formats/index.js";
import { readJson } from "../formats/json.js";
import { writeJunit } from "../formats/junit.js";
import { writeSarif } from "../formats/sarif.js";
import { writingDate } from "../io/clock.js";
import { checkOutputs, STDOUT, writeAllAtomic } from "../io/files.js";
import { collectBetweenSteps } from "../io/gc.js";
import { primaryLanguage } from "../lang/index.js";
import { readInputBytes } from "../read/index.js";
import { consistencyAcross } from "../review/across.js";
import { Baseline, baselineFromBitext, baselineFromReport, isCheckReport } from "../review/baseline.js";
import { withoutFlagTypes } from "../review/flagged.js";
import {
  type CheckReport,
  type CheckRun,
  checkReport,
  failingLine,
  type PairFailure,
  readInputLines,
  runExitCode,
  runTextChunks,
} from "../review/report.js";
import type { Bitext } from "../types.js";
import type { CheckFlags, Io } from "./index.js";
import type { CheckFormat } from "./options.js";
import { colours, loadColours } from "./summary.js";

export { CHECK_FORMATS, type CheckFormat } from "./options.js";

/** The endings of check's report formats: `-o qa.json` writes JSON, `-o qa.sarif` SARIF, `-o qa.xml` JUnit. */
const REPORT_ENDINGS: Readonly<Record<CheckFormat, readonly string[]>> = {
  text: [".txt", ".log"],
  json: [".json"],
  html: [".html", ".htm"],
  sarif: [".sarif"],
  junit: [".xml"],
  github: [".txt"],
  xlsx: [".xlsx"],
};

/**
 * `path`, unless it ends as a memory or a pair list does (.tmx, .tsv): check writes reports, and `-o memory.tmx`
 * wrote the readable report into a file a CAT tool would take for a memory (stranger 85).
 */
function notAMemory(path: string): string {
  const ext = extname(path).toLowerCase();
  // Not ".txt", which a TSV may end in too: it is check's text report.
  const format = (["tmx", "tsv"] as const).find((f) => ext !== ".txt" && formatEndings[f].includes(ext));
  if (format)
    throw new SverkaError(
      `check writes reports (.txt, .json, .html, .xlsx, .sarif, .xml for JUnit), not a ${format === "tmx" ? "memory" : "pair list"} (${ext}): \`sverka align\` or \`sverka export\` writes one`,
      { path },
    );
  return path;
}

/** How the command reads what it checks (the CLI's own readers, with its options). */
export interface CheckReaders {
  /** A pair, in the languages a manifest line gives it where it does (else the command's). */
  readonly pair: (source: string, target: string, languages?: { sourceLang: string; targetLang: string }) => Promise<Bitext>;
  /** A memory, bilingual file or saved bitext: one bitext, or one per direction of a memory of pairs in both. */
  readonly single: (path: string) => Promise<readonly Bitext[]>;
}

export async function runCheck(
  first: string,
  second: string | undefined,
  flags: CheckFlags,
  given: CheckFormat | undefined,
  io: Io,
  read: CheckReaders,
): Promise<number> {
  await loadColours();
  const outputs = flags.output ?? [];
  // Annotations are for the job's log: `-f github` with files also prints them on stdout, the files taking their own formats.
  const annotate = given === "github" && outputs.length > 0 && !outputs.includes(STDOUT);
  const forFiles = annotate ? undefined : given;
  const targets: Array<{ path: string | undefined; format: CheckFormat }> = outputs.length
    ? outputs.map((path) =>
        path === STDOUT
          ? { path: undefined, format: given ?? "text" }
          : { path, format: chooseOutputFormat(notAMemory(path), forFiles, REPORT_ENDINGS, "text") },
      )
    : [{ path: undefined, format: given ?? "text" }];
  if (annotate) targets.unshift({ path: undefined, format: "github" });
  const batch = second === undefined ? await pairsOf(first, flags) : undefined;
  const pairs = batch?.pairs;
  // Documents left unchecked (no counterpart, a third language, no language in the name, not in the manifest) are named
  // in every report (`CheckRun.skipped`); they fail the run only with --fail-on-unpaired. Other files are said as batch says them.
  if (!flags.quiet && batch?.others.length) io.stderr.write(`sverka: ${pairsWithNothing(batch.others)}\n`);
  // A folder's pairs are read one way, -s to -t: said, where the defaults chose it (an English original would have its
  // translation's omissions reported as additions, and the annotations put on the original). A manifest line's own win.
  const defaulted = batch?.pairs.filter((p) => p.sourceLang === undefined) ?? [];
  const direction = `${primaryLanguage(flags.sourceLang)} → ${primaryLanguage(flags.targetLang)}`;
  // Where the manifest gives some pairs their languages, the others are said to be those it gives none (stranger 89 read
  // the note as the manifest's languages ignored).
  const some = defaulted.length < (batch?.pairs.length ?? 0);
  if (!flags.quiet && !flags.languagesGiven && defaulted.length > 0)
    io.stderr.write(
      some
        ? `note: ${defaulted.length} of the manifest's ${batch!.pairs.length} pairs ${defaulted.length === 1 ? "gives no languages and is" : "give no languages and are"} read ${direction}, the default: -s and -t say which language is their original\n`
        : `note: ${defaulted.length === 1 ? "1 pair is" : `${defaulted.length} pairs are`} read ${direction}, the default: -s and -t say which language is the original (a manifest gives each pair its own)\n`,
    );
  if (flags.failOnUnpaired && !batch)
    throw new SverkaError("--fail-on-unpaired is for a folder or manifest of pairs: a pair or memory has nothing left unpaired");
  checkOutputs(outputs, pairs ? pairs.flatMap((p) => [p.source, p.target]) : [first, ...(second ? [second] : [])], { stdout: true });
  if (pairs && targets.some((t) => t.format === "html"))
    throw new SverkaError("the review page shows one pair: check the pairs one by one with -f html, or use batch -f html");
  if (pairs && targets.some((t) => t.format === "xlsx"))
    throw new SverkaError("the review workbook holds one pair: check the pairs one by one with -o NAME.xlsx, or use batch -f xlsx");
  if (targets.some((t) => t.format === "xlsx" && t.path === undefined))
    throw new SverkaError("xlsx is a binary file, not for standard output: give a file name with -o (-o review.xlsx)");
  const skipped = (batch?.unpaired ?? []).map((u) => ({ file: u.file, reason: u.reason }));
  // The baseline is read first: one that cannot be read stops the run before the long part.
  // A report written over its own baseline would accept today's new problems on the next run.
  const written = new Set(outputs.filter((o) => o !== STDOUT).map((o) => resolve(o)));
  const overwritten = flags.baseline?.find((b) => written.has(resolve(b)));
  if (overwritten !== undefined)
    throw new SverkaError(
      `${overwritten} is the baseline and a report to write: the gate would accept the problems it finds now on its next run; write the report elsewhere`,
    );
  const baseline = flags.baseline?.length ? Baseline.join(await Promise.all(flags.baseline.map(readBaseline))) : undefined;
  const ignored = [...new Set(flags.ignore ?? [])];
  const gathered = await gather(first, second, pairs, flags, read, baseline);
  const run: CheckRun = {
    ...gathered,
    skipped,
    failOnSkipped: flags.failOnUnpaired === true,
    ...(ignored.length ? { ignored } : {}),
    ...(baseline
      ? {
          baseline: baseline.use(
            gathered.reports.map((r) => r.bitext),
            new Set(ignored),
          ),
        }
      : {}),
  };
  // The review's garbage goes before the reports are written, not beside them (docs/scale.md).
  collectBetweenSteps();
  if (!pairs && run.reports.length > 1 && targets.some((t) => t.format === "html" || t.format === "xlsx")) {
    const ways = run.reports.map((r) => `${r.bitext.source.lang} → ${r.bitext.target.lang}`).join(", ");
    throw new SverkaError(
      `the memory holds pairs translated both ways (${ways}), and the review page and workbook show one pair: use -f text, json, sarif or junit, or give --source-lang and --target-lang to read every unit one way`,
      { path: first },
    );
  }
  // The files as one (none where the run fails or is interrupted), then standard output.
  const files = targets.filter((t): t is typeof t & { path: string } => t.path !== undefined);
  await writeAllAtomic(
    files.map((t) => ({
      path: t.path,
      // A workbook is bytes, and holds the one pair's bitext so that export can read it back.
      content: () =>
        t.format === "xlsx"
          ? formats.xlsx.write(run.reports[0]!.bitext, { date: writingDate() })
          : render(run, t.format, flags, colours({ isTTY: false } as NodeJS.WriteStream)),
    })),
  );
  for (const t of targets)
    if (t.path === undefined && t.format !== "xlsx")
      writeOut(io.stdout, render(run, t.format, flags, colours(io.stdout as NodeJS.WriteStream)));
  // The reports go to files (or annotations to stdout): the readable report goes to stderr, for the job's log.
  const onStdout = targets.filter((t) => t.path === undefined).map((t) => t.format);
  if (!flags.quiet && onStdout.every((f) => f === "github"))
    writeOut(io.stderr, runTextChunks(run, colours(io.stderr as NodeJS.WriteStream), { show: flags.show }));
  else if (flags.quiet && files.length > 0) {
    // Quiet, the reports in files: a failing gate still says which pair failed, in one line, for the job's log.
    const failing = failingLine(run);
    if (failing !== undefined) io.stderr.write(`${colours(io.stderr as NodeJS.WriteStream).red("✗")} ${failing}\n`);
  }
  return runExitCode(run);
}

/**
 * A report as text. JSON and the readable report come in pieces, written as they are made: a long pair gone wrong has
 * tens of thousands of problems, a report of hundreds of megabytes.
 */
function render(
  run: CheckRun,
  format: Exclude<CheckFormat, "xlsx">,
  flags: CheckFlags,
  c: ReturnType<typeof colours>,
): string | Iterable<string> {
  switch (format) {
    case "json":
      return checkJsonChunks(run);
    case "html":
      return formats.html.write(run.reports[0]!.bitext);
    case "sarif":
      return writeSarif(run, { show: flags.show });
    case "junit":
      return writeJunit(run, { show: flags.show });
    case "github":
      return writeGithub(run, { show: flags.show });
    case "text":
      return runTextChunks(run, c, { show: flags.show });
  }
}

function writeOut(stream: Io["stdout"], text: string | Iterable<string>): void {
  if (typeof text === "string") stream.write(text);
  else for (const chunk of text) stream.write(chunk);
}

/** Checks what was given: one pair, one file (memory, pair list, bitext), or the pairs of a folder or manifest. */
async function gather(
  first: string,
  second: string | undefined,
  pairs: readonly BatchPair[] | undefined,
  flags: CheckFlags,
  read: CheckReaders,
  baseline: Baseline | undefined,
): Promise<CheckRun> {
  const ignored = new Set(flags.ignore ?? []);
  const report = async (bitext: Bitext, file?: string): Promise<CheckReport> =>
    checkReport(ignored.size ? withoutFlagTypes(bitext, ignored) : bitext, {
      failOn: flags.failOn,
      lines: await readInputLines(bitext, { inputFormat: flags.inputFormat }),
      ...(file !== undefined ? { file } : {}),
      ...(baseline ? { baseline } : {}),
    });
  if (!pairs) {
    const files = second === undefined ? [first] : await unitFilesOf(first, second);
    // One file holding a pair's bitext (a saved JSON) is named in the report, beside the documents it pairs.
    const reports: CheckReport[] = [];
    if (files) for (const file of files) for (const bitext of await read.single(file)) reports.push(await report(bitext, file));
    else reports.push(await report(await read.pair(first, second!)));
    // A memory of pairs in both directions is reported as pairs are: one report per direction, and a line over all.
    return { reports, failures: [], failOn: flags.failOn, many: reports.length > 1 };
  }
  const bitexts: Bitext[] = [];
  const failures: PairFailure[] = [];
  for (const [at, p] of pairs.entries()) {
    try {
      const languages = p.sourceLang && p.targetLang ? { sourceLang: p.sourceLang, targetLang: p.targetLang } : undefined;
      bitexts.push(await read.pair(p.source, p.target, languages));
    } catch (error) {
      // A pair that cannot be read is reported and the others are checked; the run then exits 2.
      if (!(error instanceof SverkaError)) throw error;
      failures.push({ source: p.source, target: p.target, message: error.message, exitCode: error.exitCode, at });
    }
  }
  // The same sentence translated otherwise in another document of the folder: information, as inside one.
  const reports: CheckReport[] = [];
  for (const bitext of consistencyAcross(bitexts)) reports.push(await report(bitext));
  return { reports, failures, failOn: flags.failOn, many: true };
}

/**
 * Two files that are each checked on their own (memories, bilingual files, saved bitexts: `sverka check app.po
 * store.xlf`), or none where both are documents to pair. One of each is refused: a string file is no document's
 * translation (stranger 380: a PO and an XLIFF read as two plain texts gave 118 errors of their markup).
 */
async function unitFilesOf(first: string, second: string): Promise<string[] | undefined> {
  const { unitFormatFor } = await import("../read/bilingual.js");
  const single = (path: string) => unitFormatFor(path) !== undefined || path.toLowerCase().endsWith(".json");
  const [a, b] = [single(first), single(second)];
  if (a && b) return [first, second];
  if (!a && !b) return undefined;
  const [file, other] = a ? [first, second] : [second, first];
  throw new SverkaError(
    `is a translation memory, bilingual file or saved bitext, checked on its own (\`sverka check ${file}\`), not as ${a ? "the source" : "the translation"} of ${other}`,
    { path: file },
  );
}

/**
 * A baseline file (`--baseline`): a check report saved as JSON, or a reviewed
 * bitext (.json, or a review workbook .xlsx) whose verified links' problems
 * were let stand.
 */
async function readBaseline(path: string): Promise<Baseline> {
  const bytes = await readInputBytes(path);
  if (path.toLowerCase().endsWith(".xlsx")) {
    const { readXlsx } = await import("../formats/xlsx.js");
    return baselineFromBitext(await readXlsx(bytes, path), path);
  }
  const text = new TextDecoder().decode(bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SverkaError(
      `not a baseline sverka can read: ${(error as Error).message} (a baseline is a check report saved with -o NAME.json, or a reviewed bitext)`,
      { path },
    );
  }
  if (isCheckReport(data)) return baselineFromReport(data, path);
  const format = (data as { format?: unknown; runs?: unknown } | null)?.format;
  if (format !== "sverka-bitext") {
    const what = Array.isArray((data as { runs?: unknown } | null)?.runs) ? "a SARIF report" : "not a report or bitext of sverka's";
    throw new SverkaError(
      `not a baseline sverka can read: ${what} (a baseline is a check report saved as JSON, -o baseline.json, or a reviewed bitext)`,
      { path },
    );
  }
  return baselineFromBitext(readJson(text, path), path);
}

/**
 * The pairs of a folder, or of a batch manifest (a .tsv whose first line names
 * two files that exist, as `batch` reads it; any other .tsv is a pair list),
 * paths relative to the working folder where they lie inside it; undefined
 * for anything else (a memory, a pair list, a bitext).
 */
async function pairsOf(
  path: string,
  flags: CheckFlags,
): Promise<{ pairs: BatchPair[]; unpaired: readonly Unpaired[]; others: readonly string[] } | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory() && !(path.toLowerCase().endsWith(".tsv") && (await isManifest(path)))) return undefined;
  const input = await readBatchInput(path, {
    sourceLang: flags.sourceLang,
    targetLang: flags.targetLang,
    outDir: ".",
    extension: ".json",
    confine: false,
  });
  const near = (p: string) => {
    const rel = relative(process.cwd(), p);
    return isAbsolute(p) && rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : p;
  };
  // A manifest lists its pairs: a document beside them that it does not list (a client's new file) is named, not passed over.
  const unlisted = info.isDirectory() ? [] : await unlistedDocuments(input.pairs, path);
  return {
    pairs: input.pairs.map((p) => ({ ...p, source: near(p.source), target: near(p.target) })),
    unpaired: [...input.unpaired, ...unlisted].map((u) => ({ ...u, file: near(u.file) })),
    others: input.others.map(near),
  };
}

/** Whether a .tsv is a batch manifest: its first line (not a comment) names two files that exist, relative to it. */
async function isManifest(path: string): Promise<boolean> {
  const text = await readFile(path, "utf8").catch(() => "");
  const line = text.split(/\r?\n/u).find((l) => l.trim() !== "" && !l.startsWith("#"));
  const cells = line?.split("\t").map((x) => x.trim()) ?? [];
  if (cells.length < 2 || !cells[0] || !cells[1]) return false;
  const isFile = async (p: string) => (await stat(resolve(dirname(path), p)).catch(() => undefined))?.isFile() === true;
  return (await isFile(cells[0])) && (await isFile(cells[1]));
}
