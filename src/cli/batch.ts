/** `sverka batch` and `sverka merge`: rendering and files around the batch library. */

import { closeSync, openSync, readSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { ChalkInstance } from "chalk";
import {
  type BatchOptions,
  type BatchPair,
  type BatchResult,
  EXTENSIONS_SAID,
  type JobResult,
  pairsWithNothing,
  readBatchInput,
  runBatch,
  shard,
  type Unpaired,
  unlistedDocuments,
} from "../batch/index.js";
import { ExitCode, SverkaError } from "../errors.js";
import { chooseOutputFormat, type FormatName, formatEndings, formatForPath, formats } from "../formats/index.js";
import {
  addLeftOut,
  countLeftOut,
  type DropFlagged,
  describeLeftOut,
  emptyLeftOut,
  type LeftOut,
  leftOutCount,
  leftOutReason,
} from "../formats/text.js";
import { mergeUnits, type TmxUnit, tmxChunks } from "../formats/tmx.js";
import {
  type Collision,
  type Conflict,
  type ConflictPolicy,
  type MergedTmx,
  mergeTmx,
  type RenamedTuid,
  type UnitPlace,
} from "../formats/tmx-merge.js";
import { writingDate } from "../io/clock.js";
import { checkOutputs, STDOUT, writeAtomic } from "../io/files.js";
import { collectBetweenSteps } from "../io/gc.js";
import type { Abbreviation } from "../lang/abbreviations.js";
import { primaryLanguage } from "../lang/index.js";
import { reviewUnits } from "../pipeline.js";
import { readDocument } from "../read/index.js";
import { parseTmx, type TmxFile, tmxDirections, unitSegments } from "../read/tm.js";
import { grouped, namedFirst } from "../review/report.js";
import { clip } from "../review/text.js";
import type { Flag, Severity } from "../types.js";
import { countsOfSkipped, failsOn } from "./batch-counts.js";
import type { Io } from "./index.js";
import { type BatchProgress, batchBar, type Progress, progressBar } from "./progress.js";
import { colours, loadColours } from "./summary.js";

export interface BatchFlags {
  sourceLang: string;
  targetLang: string;
  format: FormatName;
  /** Given with --out-dir (then manifest outputs must be inside it); else `out`. */
  outDir?: string;
  jobs?: number;
  force?: boolean;
  redo?: boolean;
  /** No progress bar, table or notes: a failed pair is said on stderr, a line each. */
  quiet?: boolean;
  report?: string;
  shard?: string;
  mergeTmx?: string;
  dropFlagged: DropFlagged;
  minScore?: number;
  plainTsv?: boolean;
  segmented?: boolean;
  learnAcross?: boolean;
  maxLink: number;
  /** Dictionaries and termbases (--dict), by path. */
  dict?: string[];
  /** Abbreviation files (--abbreviations), by path, and what they hold (read once, before any pair). */
  abbreviations?: string[];
  abbreviationList?: readonly Abbreviation[];
  prop?: Array<[string, string]>;
  creationId?: string;
  creationDate?: Date;
  /** Exit 1 when a pair has a flag of this severity or worse (pairs up to date: with the counts of the previous run). */
  failOn?: Severity;
  /** Whether -s or -t was given: else the summary says the direction is the default one. */
  languagesGiven?: boolean;
  /** Whether -f was given (false: `format` is the default, and a manifest's output endings may say another). */
  formatGiven?: boolean;
}

/** The one format the outputs a manifest names end in, if they say one; refused where they say several. */
function saidFormat(said: ReadonlyMap<FormatName, string>, manifest: string): FormatName | undefined {
  if (said.size > 1)
    throw new SverkaError(
      `the outputs it names are of ${said.size} formats (${[...said].map(([f, o]) => `${basename(o)}: ${f}`).join(", ")}), and a batch writes one: ` +
        "end them alike, or give --format and end them so",
      { path: manifest },
    );
  return [...said.keys()][0];
}

export async function batchCommand(manifest: string, flags: BatchFlags, io: Io): Promise<number> {
  // Each output a manifest names must end as its format does, as `align -o` asks (a CAT tool given x.tmx would get JSON).
  const given = flags.formatGiven === false ? undefined : flags.format;
  const said = new Map<FormatName, string>();
  const reading = {
    sourceLang: flags.sourceLang,
    targetLang: flags.targetLang,
    outDir: flags.outDir ?? "out",
    extension: formats[flags.format].extensions[0]!,
    confine: flags.outDir !== undefined,
    checkOutput: (output: string) => {
      const format = chooseOutputFormat(output, given, formatEndings, flags.format);
      if (formatForPath(output)) said.set(format, output);
    },
  };
  let input = await readBatchInput(manifest, reading);
  // Without -f, the outputs' endings say the format (a manifest of .json outputs writes JSON), the default ones' too.
  const format = given ?? saidFormat(said, manifest) ?? flags.format;
  if (format !== flags.format) {
    flags = { ...flags, format };
    input = await readBatchInput(manifest, { ...reading, extension: formats[format].extensions[0]! });
  }
  const pairs = flags.shard ? shard(input.pairs, flags.shard) : input.pairs;
  // Files without a counterpart are listed once: in the first shard's table and report.
  const first = !flags.shard || flags.shard.startsWith("1/");
  // A manifest lists its pairs: a document beside them it does not list is named, as `check` names it (stranger 181: a job
  // left out of the manifest was missing from the memory, with "unpaired: 0").
  const unlisted = first && statSync(manifest).isFile() ? await unlistedDocuments(input.pairs, manifest) : [];
  const unpaired = first ? [...input.unpaired, ...unlisted] : [];
  // Files that are no document of either language are said, never dropped silently (a .pdf, notes, a misnamed document).
  if (first && input.others.length > 0 && !flags.quiet)
    io.stderr.write(
      `sverka: ${pairsWithNothing(input.others)} ` +
        `(a pair is NAME.${primaryLanguage(flags.sourceLang)}.EXT with NAME.${primaryLanguage(flags.targetLang)}.EXT, EXT: ${EXTENSIONS_SAID})\n`,
    );
  if (flags.mergeTmx) refuseOthersMemory(flags.mergeTmx);
  checkOutputs(
    [...pairs.map((p) => p.output), ...(flags.report ? [flags.report] : []), ...(flags.mergeTmx ? [flags.mergeTmx] : [])],
    pairs.flatMap((p) => [p.source, p.target]),
  );
  await loadColours();
  // The table goes to stdout, the notes to stderr: each is coloured only when its own stream is a terminal.
  const c = colours(io.stderr as NodeJS.WriteStream);
  const table = colours(io.stdout as NodeJS.WriteStream);
  const bar = flags.quiet ? undefined : batchBar(io);
  const options = batchOptions(flags, pairs, bar);
  const batch = await runBatch(pairs, options);
  bar?.stop();
  // Pairs up to date keep the counts of the run that wrote them: the previous report's, or their bitext JSON's.
  let result = { ...batch, results: await countsOfSkipped(batch.results, flags.report) };
  // A gate never passes a pair it cannot count (its outputs TMX or TSV, no --report): such pairs are aligned again.
  const uncounted =
    flags.failOn && !batch.interrupted
      ? result.results.flatMap((r, k) => (r.status === "skipped" && r.errors === undefined ? [k] : []))
      : [];
  if (uncounted.length > 0) {
    if (!flags.quiet)
      io.stderr.write(
        `${c.yellow("note:")} ${uncounted.length === 1 ? "1 pair is" : `${uncounted.length} pairs are`} up to date with no counts from a previous run (no --report, no JSON output): aligned again for --fail-on\n`,
      );
    const again = await runBatch(
      uncounted.map((k) => pairs[k]!),
      { ...options, redo: true, onPass: undefined, onLearned: undefined, onResult: undefined, onProgress: undefined },
    );
    const results = [...result.results];
    for (const [n, k] of uncounted.entries()) results[k] = again.results[n]!;
    result = { ...result, results, seconds: result.seconds + again.seconds, interrupted: again.interrupted };
  }
  if (result.pooled !== undefined && !flags.quiet)
    io.stderr.write(`learned ${grouped(result.pooled)} word translations across ${pairs.length} pairs\n`);
  tellResults(result, pairs, unpaired, { flags, manifest, io, table });
  // An interrupted batch writes no merged memory: one of the finished pairs only, under the name of the whole, would pass for it.
  const merged = flags.mergeTmx && !result.interrupted ? await writeMerged(result.results, flags.mergeTmx, flags) : undefined;
  if (merged && !flags.quiet) io.stderr.write(`${describeMerged(merged)}\n`);
  if (flags.report)
    await writeAtomic(
      flags.report,
      flags.report.toLowerCase().endsWith(".tsv")
        ? reportTsv(result.results, unpaired)
        : reportJson(result.results, pairs, unpaired, result.seconds, merged, flags),
    );
  if (result.interrupted) {
    const memory = flags.mergeTmx ? `, the merged memory ${flags.mergeTmx} is not (it needs every pair)` : "";
    io.stderr.write(`${c.yellow("interrupted:")} finished pairs are written${memory}; run the same command again to do the rest\n`);
    return ExitCode.interrupted;
  }
  // The gate says why it fails, as check's last line does, quiet or not: a CI log must not read as a success (stranger 99).
  const failing = flags.failOn ? result.results.filter((r) => failsOn(r, flags.failOn!)) : [];
  if (failing.length > 0) io.stderr.write(`${c.red("✗")} ${failingSaid(failing, flags.failOn!)}\n`);
  if (result.results.some((r) => r.status === "failed")) return ExitCode.problems;
  if (failing.length > 0) return ExitCode.problems;
  return ExitCode.ok;
}

/** "fails on error: 2 pairs with errors (report-07, manual-3)": the pairs that reached --fail-on, the first few named. */
function failingSaid(failing: readonly JobResult[], failOn: Severity): string {
  const what = failOn === "error" ? "errors" : failOn === "warning" ? "errors or warnings" : "flags";
  return `fails on ${failOn}: ${grouped(failing.length)} ${plural(failing.length, "pair")} with ${what} (${namedFirst(failing.map((r) => r.name))})`;
}

/** The library's batch options from the command's flags, with the bar told of passes, pairs and progress. */
function batchOptions(flags: BatchFlags, pairs: readonly BatchPair[], bar: BatchProgress | undefined): BatchOptions {
  return {
    sourceLang: flags.sourceLang,
    targetLang: flags.targetLang,
    format: flags.format,
    segmented: flags.segmented,
    maxLinkSize: flags.maxLink,
    jobs: flags.jobs,
    force: flags.force,
    redo: flags.redo,
    collectUnits: Boolean(flags.mergeTmx),
    unitProps: flags.prop,
    creationId: flags.creationId,
    ...(flags.creationDate ? { creationDate: flags.creationDate } : {}),
    dropFlagged: flags.dropFlagged,
    minScore: flags.minScore,
    plainTsv: flags.plainTsv,
    learnAcross: flags.learnAcross,
    ...(flags.dict?.length ? { dictionaries: flags.dict } : {}),
    ...(flags.abbreviationList?.length ? { abbreviations: flags.abbreviationList } : {}),
    onPass: (pass, total, done) => bar?.phase(pass === "learn" ? "learning" : "aligning", total, done),
    onLearned: (_r, done, _total, k) => bar?.finished(k, done),
    onResult: (_r, done, _total, k) => bar?.finished(k, done),
    ...(bar
      ? { onProgress: (k: number, stage: string, done: number, total: number) => bar.progress(k, pairs[k]!.name, stage, done, total) }
      : {}),
  };
}

/** Characters of a memory read for its header: the XML declaration, a DOCTYPE and comments come before it. */
const HEADER_CHARS = 8192;

/**
 * `--merge-tmx` writes the batch's memory anew: over a file sverka aligned (a batch's earlier run), never over another
 * memory (a client's, one `merge` wrote into theirs), whose units would be lost (stranger 181: its four units, header
 * props and note gone, exit 0). `merge` adds a batch's units to such a memory.
 */
function refuseOthersMemory(file: string): void {
  let head: string;
  try {
    const fd = openSync(file, "r");
    try {
      const buffer = Buffer.alloc(HEADER_CHARS);
      head = buffer.toString("utf8", 0, readSync(fd, buffer, 0, HEADER_CHARS, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return; // no file yet (or none to read): nothing to lose
  }
  // An empty file holds nothing to lose either.
  if (head.trim() === "") return;
  const header = /<header\b[^>]*>/u.exec(head)?.[0];
  if (header !== undefined && /\bo-tmf="sverka-bitext"/u.test(header)) return;
  const tool = header ? /\bcreationtool="([^"]*)"/u.exec(header)?.[1] : undefined;
  throw new SverkaError(
    `--merge-tmx ${file}: the file is ${header ? `a memory sverka did not align${tool ? ` (written by ${tool})` : ""}` : "no memory sverka wrote"}, and the batch would replace it: ` +
      `write the batch's memory to a new file, then add it to this one with \`sverka merge ${file} BATCH.tmx -o MERGED.tmx\``,
    { exitCode: ExitCode.badInput },
  );
}

/** What `--merge-tmx` made of the pairs' units, for stderr and the JSON report. */
interface Merged {
  readonly file: string;
  /** Pairs whose units went in (those aligned). */
  readonly pairs: number;
  /** Every unit of those pairs, left out or not: written + duplicates + leftOut. */
  readonly units: number;
  readonly written: number;
  /** Units with the same source and target text as one of an earlier pair (or earlier in the same pair): the first is kept. */
  readonly duplicates: number;
  readonly leftOut: LeftOut;
  /** Source texts written with two translations or more (each kept): a draft's beside the final's, a defect beside its fix. */
  readonly translatedOtherwise: number;
  /** The first such source text, and the documents of its units, in the order written. */
  readonly otherwiseExample?: { readonly source: string; readonly documents: readonly string[] };
}

/** Writes the batch's one memory, duplicates dropped, and counts what went where. */
async function writeMerged(results: readonly JobResult[], file: string, flags: BatchFlags): Promise<Merged> {
  const done = results.filter((r) => r.status === "done");
  const offered = done.map((r) => r.units ?? []);
  const units = mergeUnits(offered);
  // Pairs of other languages than the batch's (a manifest line's own) make a memory of several: "*all*", each unit its own.
  // Where every pair gives the same two (a manifest of en-US → bg-BG lines), they are the header's: CAT tools warn of "*all*".
  const ways = new Set(units.map((u) => `${u.sourceLang ?? flags.sourceLang}\u0001${u.targetLang ?? flags.targetLang}`));
  const mixed = ways.size > 1;
  const [sourceLang, targetLang] =
    ways.size === 1
      ? [units[0]!.sourceLang ?? flags.sourceLang, units[0]!.targetLang ?? flags.targetLang]
      : [flags.sourceLang, flags.targetLang];
  const written = mixed
    ? units.map((u) => ({ sourceLang: flags.sourceLang, targetLang: flags.targetLang, ...u }))
    : units.map(({ sourceLang: _s, targetLang: _t, ...u }) => u);
  await writeAtomic(
    file,
    tmxChunks(written, {
      sourceLang: mixed ? "*all*" : sourceLang,
      targetLang,
      date: flags.creationDate ?? writingDate(),
      unitProps: flags.prop,
      creationId: flags.creationId,
    }),
  );
  const leftOut = done.reduce((a, r) => (r.leftOut ? addLeftOut(a, r.leftOut) : a), emptyLeftOut());
  const kept = offered.reduce((a, u) => a + u.length, 0);
  return {
    file,
    pairs: done.length,
    units: kept + leftOutCount(leftOut),
    written: units.length,
    duplicates: kept - units.length,
    leftOut,
    ...translatedOtherwise(units),
  };
}

/** How many source texts the memory's units translate two ways or more (by direction), and the first of them. */
function translatedOtherwise(units: readonly TmxUnit[]): Pick<Merged, "translatedOtherwise" | "otherwiseExample"> {
  const bySource = new Map<string, TmxUnit[]>();
  for (const u of units) {
    const key = `${u.source}\u0000${u.sourceLang ?? ""}\u0000${u.targetLang ?? ""}`;
    const list = bySource.get(key);
    if (list) list.push(u);
    else bySource.set(key, [u]);
  }
  // Units are one a distinct pair of texts already (`mergeUnits`): two under one source are two translations.
  const twice = [...bySource.values()].filter((list) => list.length > 1);
  const first = twice[0];
  return {
    translatedOtherwise: twice.length,
    ...(first ? { otherwiseExample: { source: first[0]!.source, documents: first.map((u) => u.document ?? "?") } } : {}),
  };
}

/** As `sverka merge` says it: "merged 1,210 units of 7 pairs into all.tmx: 1,180 written; 28 duplicates (...); left out 2 units ...". */
function describeMerged(m: Merged): string {
  return [
    `merged ${grouped(m.units)} ${plural(m.units, "unit")} of ${m.pairs} ${plural(m.pairs, "pair")} into ${m.file}: ${grouped(m.written)} written`,
    ...(m.duplicates > 0
      ? [`${grouped(m.duplicates)} ${plural(m.duplicates, "duplicate")} (the same source and target text as a unit before: the first kept)`]
      : []),
    ...[describeLeftOut(m.leftOut)].filter((x) => x !== undefined),
    ...(m.otherwiseExample
      ? [
          `${grouped(m.translatedOtherwise)} source ${plural(m.translatedOtherwise, "sentence")} translated two ways or more, each kept ` +
            `(first: "${clip(m.otherwiseExample.source, 60)}" in ${[...new Set(m.otherwiseExample.documents)].join(", ")}; \`sverka check ${m.file} --show info\` lists them)`,
        ]
      : []),
  ].join("; ");
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

/** A pair's state in the table's last column and the reports' reason. */
function statusText(r: JobResult): string {
  switch (r.status) {
    case "done":
      return "done";
    case "skipped":
      return "up to date";
    case "not-done":
      return "not done (interrupted)";
    case "failed":
      return `failed: ${r.error}${r.removed ? " (its earlier output removed)" : ""}`;
  }
}

/** The table under the bar, or, quiet, the pairs that failed and those flagged as a whole, a line each on stderr. */
function tellResults(
  result: BatchResult,
  pairs: readonly BatchPair[],
  unpaired: readonly Unpaired[],
  to: { readonly flags: BatchFlags; readonly manifest: string; readonly io: Io; readonly table: ChalkInstance },
): void {
  const { flags, io } = to;
  // The directions of the pairs aligned, as the line says ("190 aligned (189 bg → en, 1 de → en)"), not of those that failed.
  const aligned = pairs.filter((_, k) => result.results[k]?.status === "done");
  if (!flags.quiet)
    io.stdout.write(
      summaryTable(
        result.results,
        unpaired,
        result.seconds,
        to.table,
        aligned.length ? directions(aligned, flags) : undefined,
        checkHint(to.manifest, flags),
      ),
    );
  // Quiet, a pair that failed is still said, and one whose units no memory takes (not a translation): the table that would
  // say it is not written, and its output alone would be an empty file.
  else
    for (const r of result.results) {
      if (r.status === "failed") io.stderr.write(`sverka: ${r.name} failed: ${r.error}\n`);
      if (r.status === "done" || r.status === "skipped") for (const p of r.problems ?? []) io.stderr.write(`sverka: ${r.name}: ${p}\n`);
    }
}

/**
 * The directions the pairs were aligned in, for the summary: "bg → en", or
 * "290 bg → en, 10 en → bg" with a manifest's own. A folder cannot say which
 * side is the original, so a direction that is only the default says so.
 */
function directions(pairs: ReadonlyArray<{ sourceLang?: string; targetLang?: string }>, flags: BatchFlags): string {
  const ways = new Map<string, number>();
  for (const p of pairs) {
    const way = `${primaryLanguage(p.sourceLang ?? flags.sourceLang)} → ${primaryLanguage(p.targetLang ?? flags.targetLang)}`;
    ways.set(way, (ways.get(way) ?? 0) + 1);
  }
  if (ways.size !== 1) return [...ways].map(([way, n]) => `${grouped(n)} ${way}`).join(", ");
  const [way] = [...ways.keys()];
  const defaulted = !flags.languagesGiven && pairs.every((p) => p.sourceLang === undefined);
  return defaulted ? `${way}, the default: -s and -t say which language is the original` : way!;
}

function summaryTable(
  results: readonly JobResult[],
  unpaired: readonly Unpaired[],
  seconds: number,
  c: ChalkInstance,
  direction: string | undefined,
  hint = "",
): string {
  const rows = [
    ...results.map((r) =>
      r.status === "done"
        ? [
            r.name,
            `${r.source}/${r.target}`,
            String(r.links),
            r.meanScore.toFixed(2),
            `${r.errors}/${r.warnings}`,
            `${r.seconds.toFixed(1)} s`,
            r.problems?.length ? "done; see below" : "done",
          ]
        : r.status === "skipped" && r.errors !== undefined
          ? [
              r.name,
              r.figures ? `${r.figures.source}/${r.figures.target}` : "",
              r.figures ? String(r.figures.links) : "",
              r.figures ? r.figures.meanScore.toFixed(2) : "",
              `${r.errors}/${r.warnings}`,
              "",
              `${statusText(r)} (counts of the last run)${r.problems?.length ? "; see below" : ""}`,
            ]
          : [r.name, "", "", "", "", "", statusText(r)],
    ),
    ...unpaired.map((u) => [u.name, "", "", "", "", "", `skipped: ${u.reason}`]),
  ];
  const head = ["pair", "segments", "links", "confidence", "errors/warnings", "time", "status"];
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => Math.min(60, r[k]!.length))));
  const line = (cells: string[]) => cells.map((x, k) => (k === cells.length - 1 ? x : x.padEnd(widths[k]!))).join("  ");
  const count = (status: JobResult["status"]) => results.filter((r) => r.status === status).length;
  const failed = count("failed");
  const notDone = count("not-done");
  const segs = results.reduce((a, r) => a + (r.status === "done" ? r.source : 0), 0);
  const leftOut = describeLeftOut(
    results.reduce((a, r) => (r.status === "done" && r.leftOut ? addLeftOut(a, r.leftOut) : a), emptyLeftOut()),
  );
  const extra = [
    ...(unpaired.length ? [`${unpaired.length} skipped (not paired)`] : []),
    ...(notDone ? [c.yellow(`${notDone} not done`)] : []),
  ];
  // A pair flagged as a whole (not a translation) is named under the table, where a glance at the last lines finds it.
  const problems = results.flatMap((r) =>
    r.status === "done" || r.status === "skipped" ? (r.problems ?? []).map((p) => c.yellow(`${r.name}: ${p}`)) : [],
  );
  return [
    c.bold(line(head)),
    ...rows.map((r) => (r[6]!.startsWith("failed") ? c.red(line(r)) : line(r))),
    ...problems,
    `${count("done")} aligned${direction ? ` (${direction})` : ""}, ${count("skipped")} up to date, ${failed ? c.red(`${failed} failed`) : "0 failed"}${extra.map((x) => `, ${x}`).join("")}; ${grouped(segs)} source segments in ${seconds.toFixed(1)} s (${grouped(Math.round(segs / Math.max(0.001, seconds)))} segments/s)`,
    ...(leftOut ? [`memories: ${leftOut}${/flagged/.test(leftOut) ? " (--drop-flagged none keeps flagged units)" : ""}`] : []),
    // The table counts; where a pair has problems, the command that says them, with their reasons and places (stranger 330).
    ...(hint && results.some((r) => r.status === "done" && r.errors + r.warnings > 0)
      ? [`problems, with their reasons and places: ${hint}`]
      : []),
    "",
  ].join("\n");
}

/** The `check` command over the same pairs, in the batch's languages and with its dictionaries. */
function checkHint(manifest: string, flags: BatchFlags): string {
  const quote = (x: string) => (/^[\w./@:+-]+$/u.test(x) ? x : `'${x.replace(/'/gu, "'\\''")}'`);
  const langs = flags.languagesGiven ? ` -s ${flags.sourceLang} -t ${flags.targetLang}` : "";
  const dicts = (flags.dict ?? []).map((d) => ` --dict ${quote(d)}`).join("");
  return `sverka check ${quote(manifest)}${langs}${dicts}`;
}

/** The reports' entry for a file without a counterpart. */
const unpairedEntry = (u: Unpaired) => ({ name: u.name, status: "skipped", reason: u.reason, file: u.file });

/** The JSON report's totals: the pairs by state and what the pairs counted, those up to date with the counts of the run that wrote them. */
function reportTotals(results: readonly JobResult[], unpaired: readonly Unpaired[]) {
  const count = (status: JobResult["status"]) => results.filter((r) => r.status === status).length;
  const counted = results.flatMap((r) =>
    r.status === "done"
      ? [{ errors: r.errors, warnings: r.warnings, info: r.info, figures: r }]
      : r.status === "skipped" && r.errors !== undefined
        ? [{ errors: r.errors, warnings: r.warnings ?? 0, info: r.info ?? 0, figures: r.figures }]
        : [],
  );
  const sum = (f: (c: (typeof counted)[number]) => number | undefined) => counted.reduce((n, c) => n + (f(c) ?? 0), 0);
  return {
    pairs: results.length,
    done: count("done"),
    upToDate: count("skipped"),
    failed: count("failed"),
    notDone: count("not-done"),
    unpaired: unpaired.length,
    counted: counted.length,
    errors: sum((c) => c.errors),
    warnings: sum((c) => c.warnings),
    info: sum((c) => c.info),
    sourceSegments: sum((c) => c.figures?.source),
    targetSegments: sum((c) => c.figures?.target),
    links: sum((c) => c.figures?.links),
    unmatched: sum((c) => c.figures?.unmatched),
  };
}

/** The report's JSON: described field by field in docs/batch-report.md. */
function reportJson(
  results: readonly JobResult[],
  pairs: readonly BatchPair[],
  unpaired: readonly Unpaired[],
  seconds: number,
  merged: Merged | undefined,
  flags: BatchFlags,
): string {
  // Where each pair's documents are and which way it was read: a CI job's next step needs them, not the name alone.
  const files = (k: number) => {
    const p = pairs[k];
    return p
      ? {
          sourceFile: resolve(p.source),
          targetFile: resolve(p.target),
          sourceLang: p.sourceLang ?? flags.sourceLang,
          targetLang: p.targetLang ?? flags.targetLang,
        }
      : {};
  };
  return `${JSON.stringify(
    {
      format: "sverka-batch-report",
      version: 1,
      seconds,
      totals: reportTotals(results, unpaired),
      ...(merged
        ? {
            merged: {
              file: resolve(merged.file), // as each pair's output is given
              units: merged.units,
              written: merged.written,
              duplicates: merged.duplicates,
              leftOut: leftOutCount(merged.leftOut),
              translatedOtherwise: merged.translatedOtherwise,
            },
          }
        : {}),
      pairs: [
        ...results.map(({ ...r }, k) => {
          if ("units" in r) delete (r as { units?: unknown }).units;
          // A pair up to date says what the run that wrote it said, as a pair aligned now does.
          if (r.status === "skipped") {
            const { figures, ...rest } = r;
            return { ...rest, ...files(k), ...figures, reason: statusText(r) };
          }
          return r.status === "not-done" ? { ...r, ...files(k), reason: statusText(r) } : { ...r, ...files(k) };
        }),
        ...unpaired.map(unpairedEntry),
      ],
    },
    null,
    2,
  )}\n`;
}

function reportTsv(results: readonly JobResult[], unpaired: readonly Unpaired[]): string {
  const head =
    "name\tstatus\tsource_segments\ttarget_segments\tlinks\tunmatched\tmean_score\terrors\twarnings\tseconds\toutput\terror\treason\n";
  const clean = (text: string) => text.replace(/\s+/g, " ");
  return (
    head +
    results
      .map((r) =>
        r.status === "done"
          ? `${r.name}\tdone\t${r.source}\t${r.target}\t${r.links}\t${r.unmatched}\t${r.meanScore.toFixed(4)}\t${r.errors}\t${r.warnings}\t${r.seconds.toFixed(2)}\t${r.output}\t\t${clean((r.problems ?? []).join("; "))}\n`
          : r.status === "skipped" && r.errors !== undefined
            ? `${r.name}\tskipped\t${r.figures ? `${r.figures.source}\t${r.figures.target}\t${r.figures.links}\t${r.figures.unmatched}\t${r.figures.meanScore.toFixed(4)}` : "\t\t\t\t"}\t${r.errors}\t${r.warnings}\t\t${r.output}\t\t${clean([statusText(r), ...(r.problems ?? [])].join("; "))}\n`
            : `${r.name}\t${r.status}\t\t\t\t\t\t\t\t\t${r.output}\t${r.status === "failed" ? clean(r.error) : ""}\t${r.status === "failed" ? "" : statusText(r)}\n`,
      )
      .join("") +
    unpaired.map((u) => `${u.name}\tskipped\t\t\t\t\t\t\t\t\t\t\t${clean(u.reason)}\n`).join("")
  );
}

/**
 * `sverka merge a.tmx b.tmx -o all.tmx`: one memory, each unit written back
 * as it was read (markup, attributes, props, notes, locales: see
 * `mergeTmx`), duplicates removed. A memory's units carry no flags; with
 * `dropFlagged` (other than "none") each memory's units are reviewed as
 * `check memory.tmx` reviews them, and those flagged at that severity or
 * worse are left out. Says on stderr what it wrote, what it left out, and
 * which of two colliding units it kept.
 */
export async function mergeCommand(
  files: readonly string[],
  output: string,
  langs: { source?: string; target?: string },
  options: {
    dropFlagged?: DropFlagged;
    io?: Io;
    props?: ReadonlyArray<readonly [string, string]>;
    creationId?: string;
    quiet?: boolean;
    conflicts?: ConflictPolicy;
    newerWins?: boolean;
  } = {},
): Promise<number> {
  // "-" is stdout, as for align and export: the merged memory, the summary on stderr. A path with no ending is written as
  // TMX too, as align writes one: a device or a pipe (`-o /dev/stdout`, `-o >(gzip > m.tmx.gz)`; stranger 196).
  const ending = /\.[^./\\]+$/u.test(output);
  if (output !== STDOUT && ending && formatForPath(output) !== "tmx")
    throw new SverkaError("merge writes TMX: give an output ending in .tmx (or none: a device, a pipe), or - for stdout", { path: output });
  if (output !== STDOUT) checkOutputs([output], files);
  // Memories of 100,000 units take seconds each to read, review and write: the bar says how far (on a terminal).
  const progress = options.io ? progressBar(options.io, options.quiet) : { stop: () => {} };
  let merged: MergedTmx;
  let leftOut: LeftOut;
  let dropped: DroppedUnit[];
  try {
    ({ merged, leftOut, dropped } = await mergeMemories(files, output, langs, options, progress, options.io));
  } finally {
    progress.stop();
  }
  const duplicates = merged.identical + merged.contained + merged.repeated + merged.held + merged.collisions.length;
  const contained = merged.contained ? `, ${grouped(merged.contained)} with nothing the unit kept lacks` : "";
  const repeated = merged.repeated ? `, ${grouped(merged.repeated)} the same pair aligned again, in its document or another` : "";
  const held = merged.held ? `, ${grouped(merged.held)} aligned ${plural(merged.held, "pair")} a unit of more languages holds` : "";
  const said = [
    `merged ${grouped(merged.read + leftOutCount(leftOut))} units of ${files.length} ${files.length === 1 ? "memory" : "memories"} into ${output === STDOUT ? "stdout" : output}: ${grouped(merged.written)} written`,
    ...(duplicates > 0
      ? [
          `${grouped(duplicates)} ${plural(duplicates, "duplicate")} (${grouped(merged.identical)} identical${contained}${repeated}${held}, ${grouped(merged.collisions.length)} written differently${merged.collisions.length ? ": one kept, listed below" : ""})`,
        ]
      : []),
    ...(merged.renamed.length > 0 ? [describeRenamed(merged.renamed)] : []),
    ...(merged.relocaled > 0
      ? [
          `${grouped(merged.relocaled)} ${plural(merged.relocaled, "unit")} of later memories written in the first one's locales (${[...merged.regional].map(([bare, regional]) => `${bare} as ${regional}`).join(", ")})`,
        ]
      : []),
    ...[describeLeftOut(leftOut)].filter((x) => x !== undefined),
    ...(merged.conflicts.length > 0 ? [conflictsSaid(merged.conflicts, options.conflicts ?? "both")] : []),
    ...(merged.flaggedErrors > 0
      ? [
          `${grouped(merged.flaggedErrors)} ${plural(merged.flaggedErrors, "unit")} written ${merged.flaggedErrors === 1 ? "carries" : "carry"} an error sverka flagged when aligning (x-sverka-flag; --drop-flagged error leaves such units out)`,
        ]
      : []),
  ];
  if (!options.quiet)
    options.io?.stderr.write(
      `${said.join("; ")}\n${describeCollisions(merged.collisions)}${describeConflicts(merged.conflicts)}${describeDropped(dropped)}`,
    );
  return ExitCode.ok;
}

/** Reads, reviews (with `--drop-flagged`), merges and writes the memories: what `mergeCommand` says after. */
async function mergeMemories(
  files: readonly string[],
  output: string,
  langs: { source?: string; target?: string },
  options: {
    dropFlagged?: DropFlagged;
    props?: ReadonlyArray<readonly [string, string]>;
    creationId?: string;
    conflicts?: ConflictPolicy;
    newerWins?: boolean;
  },
  progress: Progress,
  io?: Io,
): Promise<{ merged: MergedTmx; leftOut: LeftOut; dropped: DroppedUnit[] }> {
  const drop = options.dropFlagged ?? "none";
  let leftOut: LeftOut = emptyLeftOut();
  const droppedUnits: DroppedUnit[] = [];
  const memories: TmxFile[] = [];
  const dropped: Array<Set<number>> = [];
  // Each file a thousandth at a time, as far into it as its units are read.
  const read = (f: number) => (done: number, total: number) =>
    progress.onProgress?.("read", f * 1000 + Math.floor((1000 * done) / total), files.length * 1000);
  for (const [f, file] of files.entries()) {
    read(f)(0, 1);
    const memory = parseTmx((await readDocument(file)).text, file, progress.onProgress && read(f));
    memories.push(memory);
    const out = new Set<number>();
    dropped.push(out);
    if (drop === "none" || memory.units.length === 0) continue;
    // The units as `check memory.tmx` sees them: each a 1-1 link, the length model from this memory.
    // A memory of pairs in both directions: each unit reviewed in its own.
    for (const pairs of tmxDirections(memory, langs)) {
      const { source, target } = unitSegments(pairs.units);
      const reviewed = reviewUnits(source, target, {
        sourceLang: pairs.sourceLang,
        targetLang: pairs.targetLang,
        ...(progress.onProgress
          ? { review: { onProgress: (done: number, total: number) => progress.onProgress?.("review", done, total) } }
          : {}),
      });
      pairs.units.forEach((u, k) => {
        // A unit a reviewer verified is kept, as export and align keep its link (stranger 111: the gate run again on the
        // client's memory dropped the reviewer's decision on a name checked against a passport).
        // With the flags sverka wrote on it when it was aligned: a link's (a merge, an order) the unit alone cannot show
        // again (stranger 168: a merge flagged as a warning reached the client's memory through --drop-flagged warning).
        const link = withStoredFlags(reviewed.links[k]!, u.flagged);
        const reason = leftOutReason(u.verified ? { ...link, status: "verified" } : link, { dropFlagged: drop });
        leftOut = countLeftOut(leftOut, reason);
        if (reason === undefined) return;
        out.add(u.position!);
        const record = memory.units[u.position!]!;
        droppedUnits.push({
          path: file,
          line: record.line,
          ...(record.attrs.tuid ? { tuid: record.attrs.tuid } : {}),
          ...(reason.why === "flagged" ? { flag: reason.flag } : {}),
        });
      });
      // The review's garbage goes before the next memory is read, not beside it.
      collectBetweenSteps();
    }
  }
  const merged = mergeTmx(memories, {
    keep: (f, u) => !dropped[f]!.has(u),
    props: options.props,
    creationId: options.creationId,
    date: writingDate(),
    ...(options.conflicts ? { conflicts: options.conflicts } : {}),
    ...(options.newerWins ? { newerWins: true } : {}),
  });
  // A piece at a time, told as units written.
  progress.onProgress?.("write", 0, merged.written);
  if (output === STDOUT) for (const chunk of told(merged.chunks(), merged.written, progress)) io?.stdout.write(chunk);
  else await writeAtomic(output, told(merged.chunks(), merged.written, progress));
  return { merged, leftOut, dropped: droppedUnits };
}

/** A reviewed link with the flags a memory's unit stored ("warning merged: ..."), those its review gave it aside. */
function withStoredFlags<L extends { readonly flags: readonly Flag[] }>(link: L, stored: readonly string[] | undefined): L {
  if (!stored?.length) return link;
  const flags = [...link.flags];
  for (const text of stored) {
    const m = /^(error|warning|info) ([\w-]+): (.*)$/su.exec(text);
    if (!m) continue;
    const flag = { severity: m[1] as Flag["severity"], type: m[2] as Flag["type"], reason: m[3]! };
    if (!flags.some((f) => f.type === flag.type && f.reason === flag.reason)) flags.push(flag);
  }
  return { ...link, flags };
}

/** A memory's unit `--drop-flagged` left out: where it stands, and the flag that left it out. */
interface DroppedUnit {
  readonly path: string;
  readonly line: number;
  readonly tuid?: string;
  readonly flag?: Flag;
}

/** How many units left out `merge` names one by one; the rest are counted. */
const DROPPED_LISTED = 20;

/** The units left out, one a line ("  left out client.tmx:16 (tuid 2): error tags: ..."), a client's approved one among them perhaps. */
function describeDropped(dropped: readonly DroppedUnit[]): string {
  const lines = dropped
    .slice(0, DROPPED_LISTED)
    .map(
      (d) =>
        `  left out ${d.path}:${d.line}${d.tuid ? ` (tuid ${d.tuid})` : ""}${d.flag ? `: ${d.flag.severity} ${d.flag.type}: ${d.flag.reason}` : ""}\n`,
    );
  if (dropped.length > DROPPED_LISTED) lines.push(`  and ${grouped(dropped.length - DROPPED_LISTED)} more left out\n`);
  return lines.join("");
}

/** The merged memory's pieces, telling the bar how far they are (each piece is about a megabyte of units). */
function* told(chunks: Iterable<string>, units: number, progress: Progress): Generator<string> {
  let written = 0;
  for (const chunk of chunks) {
    yield chunk;
    written += (chunk.match(/<\/tu>/g) ?? []).length;
    progress.onProgress?.("write", Math.min(written, units), units);
  }
}
/** The tuids made unique, in one clause: how many, and the first few. */
function describeRenamed(renamed: readonly RenamedTuid[]): string {
  const shown = renamed
    .slice(0, 3)
    .map((r) => `${r.place.path}:${r.place.line} ${r.place.tuid} → ${r.tuid}`)
    .join(", ");
  const more = renamed.length > 3 ? `, and ${grouped(renamed.length - 3)} more` : "";
  return `${grouped(renamed.length)} ${plural(renamed.length, "tuid")} already used by an earlier memory made unique (${shown}${more})`;
}

/** Collisions listed one a line at most. */
const COLLISIONS_LISTED = 10;

/**
 * The collisions, one a line up to COLLISIONS_LISTED; the rest counted by the
 * memories they were read from (a memory merged with its own copy written
 * another way has one for every unit: a line each was hundreds).
 */
function describeCollisions(collisions: readonly Collision[]): string {
  const listed = collisions.slice(0, COLLISIONS_LISTED).map(describeCollision).join("");
  if (collisions.length <= COLLISIONS_LISTED) return listed;
  const byFiles = new Map<string, number>();
  for (const c of collisions.slice(COLLISIONS_LISTED)) {
    const key = `${c.kept.path} over ${c.dropped.path}`;
    byFiles.set(key, (byFiles.get(key) ?? 0) + 1);
  }
  const rest = [...byFiles].map(([files, n]) => `${grouped(n)} of ${files}`).join(", ");
  return `${listed}  and ${grouped(collisions.length - COLLISIONS_LISTED)} more kept the same ways: ${rest}\n`;
}

/** How many conflicts `merge` names one by one; the rest are counted. */
const CONFLICTS_LISTED = 10;

/** The units that translate a source another unit translates otherwise, one a line, the rest counted. */
function describeConflicts(conflicts: readonly Conflict[]): string {
  const place = (p: UnitPlace) => `${p.path}:${p.line}${p.tuid ? ` (tuid ${p.tuid})` : ""}`;
  const listed = conflicts
    .slice(0, CONFLICTS_LISTED)
    .map((c) =>
      c.kept
        ? `  another translation (${c.lang}): ${place(c.unit)} beside ${place(c.other)}\n`
        : `  left out ${place(c.unit)}: ${place(c.other)} translates its source otherwise (${c.lang})\n`,
    )
    .join("");
  const rest = conflicts.length - CONFLICTS_LISTED;
  return rest > 0 ? `${listed}  and ${grouped(rest)} more\n` : listed;
}

/** The summary's clause on conflicts, with the option that settles them where both were kept. */
function conflictsSaid(conflicts: readonly Conflict[], policy: ConflictPolicy): string {
  const kept = conflicts.filter((c) => c.kept).length;
  const left = conflicts.length - kept;
  const n = conflicts.length;
  const parts = [...(kept ? [`${grouped(kept)} kept beside it`] : []), ...(left ? [`${grouped(left)} left out`] : [])];
  const hint = policy === "both" ? "; --conflicts memory keeps a translator's unit only, --conflicts first the first memory's" : "";
  return `${grouped(n)} ${plural(n, "unit")} translate${n === 1 ? "s" : ""} a source another unit translates otherwise (${parts.join(", ")}: listed below${hint})`;
}

function describeCollision(c: Collision): string {
  const place = (p: UnitPlace) =>
    `${p.path}:${p.line}${p.tuid ? ` (tuid ${p.tuid})` : ""}${p.date ? ` (${p.dateKind === "creationdate" ? "created" : "changed"} ${p.date})` : " (no date)"}`;
  const why =
    c.why === "memory"
      ? "a memory's unit, not one sverka wrote, whatever their dates"
      : c.why === "newer"
        ? "the later date (a changedate, else the creationdate)"
        : c.why === "policy"
          ? "the first read (--conflicts first), whatever the dates"
          : c.why === "merged into"
            ? "the memory merged into keeps its units, whatever the dates (--newer-wins takes the copy changed last)"
            : "no date tells them apart: the first read";
  return `  kept ${place(c.kept)} over ${place(c.dropped)}: ${why}\n`;
}
