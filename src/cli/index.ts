/**
 * The command line: parses arguments, calls the library, renders. Exit codes
 * (0 ok, 1 problems found, 2 bad input or usage) are decided here only.
 */
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { ExitCode, SverkaError } from "../errors.js";
import { chooseOutputFormat, type Format, type FormatName, formatEndings, formatNames, formats, isBinary } from "../formats/index.js";
import { readJsonFile } from "../formats/json.js";
import { type DropFlagged, describeLeftOut, leftOutOf, movedPairsKept } from "../formats/text.js";
import type { ConflictPolicy } from "../formats/tmx-merge.js";
import type { WriteOptions } from "../formats/types.js";
import { readXlsx } from "../formats/xlsx.js";
import { writingDate } from "../io/clock.js";
import { checkOutputs, type FileContent, STDOUT, writeAllAtomic, writeAtomic } from "../io/files.js";
import { type Abbreviation, abbreviationsFor, readAbbreviations } from "../lang/abbreviations.js";
import { Dictionary, formatDictionary } from "../lang/dictionary.js";
import { languageMismatch } from "../lang/identify.js";
import { getLanguage, isLanguageTag, KNOWN_LANGUAGES, malformedTag, primaryLanguage } from "../lang/index.js";
import { reviewBitext, reviewUnits, segmentDocument } from "../pipeline.js";
import { INPUT_FORMATS, type InputFormat, readDocument, readInputBytes, STDIN } from "../read/index.js";
import { foldSpacesKeepingTabs } from "../read/space.js";
import type { MemoryUnit } from "../read/tm.js";
import type { ReviewOptions } from "../review/index.js";
import { joinBrokenWords } from "../segment/hyphens.js";
import { type AlignedBitext, type Bitext, FLAG_TYPES, type Flag, type MemoryOptions, SEVERITIES, type Severity } from "../types.js";
import { VERSION } from "../version.js";
import { alignFilesThreaded } from "../worker/long.js";
import type { BatchFlags } from "./batch.js";
import { reviewCorrections } from "./export.js";
import {
  byteSize,
  CHECK_FORMATS,
  type CheckFormat,
  creationDateOption,
  creationIdOption,
  dropFlaggedOption,
  plainTsvOption,
  propOption,
} from "./options.js";
import { type Progress, progressBar } from "./progress.js";
import type { ReviewFlags } from "./review.js";
import { colours, formatSummary, loadColours } from "./summary.js";

export { quietOnClosedPipe } from "./pipes.js";

// The modules of the other commands (check, batch, review, eval, srx) and of the readers of
// memories and dictionaries are imported by the commands that use them: `align` on two text
// files, the common small job, loads none of them (about a third of the CLI's modules).

export interface Io {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
}

const processIo: Io = { stdout: process.stdout, stderr: process.stderr };

/** Runs the CLI with `argv` (without "node" and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    await loadColours();
    if (error instanceof CommanderError && error.code === "commander.unknownOption") explainUnknownOption(program, argv, io);
    return reportError(error, io, argv.includes("--verbose"));
  }
}

/**
 * After commander's "unknown option '--min-score'": which commands take it,
 * when others do ("--min-score is an option of sverka align and sverka
 * export, not of sverka check"): a script moved from one command to another.
 */
function explainUnknownOption(program: Command, argv: readonly string[], io: Io): void {
  const command = program.commands.find((c) => c.name() === argv[0]);
  if (!command) return;
  const name = argv.find((a) => a.startsWith("-") && !command.options.some((o) => names(o, a.split("=")[0]!)) && a !== "--verbose");
  if (!name) return;
  const flag = name.split("=")[0]!;
  const others = program.commands.filter((c) => c !== command && c.options.some((o) => names(o, flag))).map((c) => `sverka ${c.name()}`);
  if (others.length === 0) return;
  const said = others.length === 1 ? others[0] : `${others.slice(0, -1).join(", ")} and ${others.at(-1)}`;
  io.stderr.write(`${flag} is an option of ${said}, not of sverka ${command.name()} (sverka ${command.name()} --help lists its own)\n`);
}

/** Whether `option` is written `flag` ("--min-score", "-o"; "--no-learn" is the option "--no-learn"). */
function names(option: Option, flag: string): boolean {
  return option.long === flag || option.short === flag;
}

/** What to do about a bug: exit code 3 says it is one. */
export const INTERNAL_ERROR_HELP =
  "this is a bug in sverka (exit code 3): run the same command again with --verbose and report it, with that output and sverka --version, in the project's issue tracker";

function reportError(error: unknown, io: Io, verbose: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has printed its message already; help and version asked for are not errors,
    // help shown because no command was given is (commander gives it exit code 1).
    const help = error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help";
    return help && error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
  }
  const c = colours(io.stderr as NodeJS.WriteStream);
  if (error instanceof SverkaError) {
    io.stderr.write(`${c.red("sverka:")} ${error.message}\n`);
    if (verbose && error.cause) io.stderr.write(`${String((error.cause as Error).stack ?? error.cause)}\n`);
    return error.exitCode;
  }
  io.stderr.write(`${c.red("sverka: internal error:")} ${(error as Error)?.message ?? String(error)}\n`);
  if (verbose) io.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  io.stderr.write(`${INTERNAL_ERROR_HELP}\n`);
  return ExitCode.internal;
}

function langTag(value: string): string {
  try {
    getLanguage(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
  if (!isLanguageTag(value)) throw new InvalidArgumentError(malformedTag(value));
  return value;
}

function probability(value: string): number {
  const x = Number(value);
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new InvalidArgumentError("expected a number from 0 to 1");
  return x;
}

function positiveInt(value: string): number {
  const x = Number(value);
  if (!Number.isInteger(x) || x < 1 || x > 6) throw new InvalidArgumentError("expected a whole number from 1 to 6");
  return x;
}

function positiveCount(value: string): number {
  const x = Number(value);
  if (!Number.isInteger(x) || x < 1) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return x;
}

function positiveNumber(value: string): number {
  const x = Number(value);
  if (!Number.isFinite(x) || x <= 0) throw new InvalidArgumentError("expected a positive number");
  return x;
}

/** What an input document may be, as help texts say it. */
const DOCUMENT = "plain text, Markdown, HTML, DOCX, ODT, RTF or SRT/VTT subtitles, in any common encoding (detected)";

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Every type a report can hold: the links' flag types, then the whole pair's. */
const REPORTED_TYPES: readonly string[] = [
  ...FLAG_TYPES,
  "not-a-translation",
  "out-of-order",
  "languages-forced",
  "checks-skipped",
  "columns",
  "code-blocks",
];

/** `--ignore terms,length`, repeatable: known flag types only (a misspelt one would ignore nothing, silently). */
function flagTypes(value: string, previous: string[] = []): string[] {
  const list = value
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "");
  const unknown = list.filter((t) => !REPORTED_TYPES.includes(t));
  if (list.length === 0 || unknown.length)
    throw new InvalidArgumentError(
      `${unknown.length ? `unknown flag type ${unknown.join(", ")}` : "no flag type given"}: expected some of ${REPORTED_TYPES.join(", ")}, comma-separated`,
    );
  return [...previous, ...list];
}

/** Options every command that aligns takes. */
interface PairFlags {
  sourceLang: string;
  targetLang: string;
  segmented?: boolean;
  maxLink: number;
  manyToMany?: boolean;
  dict?: string[];
  abbreviations?: string[];
  encoding?: string;
  sourceEncoding?: string;
  targetEncoding?: string;
  inputFormat?: InputFormat;
  maxSize?: number;
  lexicon: boolean;
  learn: boolean;
  saveLexicon?: string;
  force?: boolean;
  threads?: number;
  /** The language options left at their defaults (set before each command runs): a message then says "taken as en by default", not "declared en". */
  defaultLangs?: ReadonlyArray<"sourceLang" | "targetLang">;
}

interface AlignFlags extends PairFlags {
  format?: FormatName;
  output?: string[];
  minScore?: number;
  dropFlagged: DropFlagged;
  explain?: boolean;
  summary?: boolean;
  quiet?: boolean;
  prop?: Array<[string, string]>;
  creationId?: string;
  creationDate?: Date;
  plainTsv?: boolean;
}

export interface CheckFlags extends PairFlags {
  format: CheckFormat;
  output?: string[];
  failOn: Severity;
  failOnUnpaired?: boolean;
  /** -s or -t was given (not the defaults): a folder's direction is then the user's word. */
  languagesGiven?: boolean;
  show: Severity;
  lengthDeviations?: number;
  divergentScore?: number;
  quiet?: boolean;
  /** Files of problems accepted before (`--baseline`). */
  baseline?: string[];
  /** Flag types not reported (`--ignore`). */
  ignore?: string[];
}

function addAlignOptions(command: Command): Command {
  return command
    .addOption(
      new Option("-s, --source-lang <tag>", "source language, ISO 639-1 (bg, en, de...), optionally with a region (bg-BG)")
        .default("bg")
        .argParser(langTag),
    )
    .addOption(
      new Option(
        "-t, --target-lang <tag>",
        "target language; a region decides how 03/04/2026 is read (en-GB day first, en-US month first, en both)",
      )
        .default("en")
        .argParser(langTag),
    )
    .option("--segmented", "inputs are already one segment a line; blank lines separate paragraphs")
    .addOption(new Option("--max-link <n>", "most segments on one side of a link").default(4).argParser(positiveInt))
    .option("--many-to-many", "also look for 2-3, 3-2 and 3-3 links (off: they tend to merge correct 1-1 links)")
    .option(
      "--dict <file>",
      "a dictionary to use: TSV (source<TAB>target), hunalign .dic (target @ source) or a TBX termbase; repeatable",
      collect,
    )
    .option(ABBREVIATIONS_FLAG, ABBREVIATIONS_HELP, collect)
    .option("--no-lexicon", "do not use sverka's own lexicon for the language pair")
    .option("--no-learn", "do not learn word translations from a first pass")
    .option("--force", "go on when a side does not look like its language (-s, -t) or the files look swapped")
    .addOption(
      new Option(
        "--threads <n>",
        "threads for a long pair, this one among them (default: the cores available from about 65,000 segments a side, 1 below; the result is the same whatever the number)",
      ).argParser(positiveCount),
    )
    .option("--save-lexicon <file>", "write the word translations learned from this pair, in the --dict TSV format")
    .option("--encoding <name>", "read both inputs in this encoding (windows-1251, koi8-r, utf-16le, ...) instead of detecting it")
    .option("--source-encoding <name>", "read the source in this encoding (wins over --encoding)")
    .option("--target-encoding <name>", "read the target in this encoding (wins over --encoding)")
    .addOption(
      new Option("--input-format <format>", "read both inputs as this format instead of judging by extension").choices(INPUT_FORMATS),
    )
    .addOption(
      new Option(
        "--max-size <size>",
        "refuse inputs larger than this: bytes, or with a unit k, M, G (KiB, MiB, GiB): 512k, 10M, 1.5G",
      ).argParser(byteSize),
    );
}

const ABBREVIATIONS_FLAG = "--abbreviations <file>";
const ABBREVIATIONS_HELP =
  'more abbreviations, at which no sentence ends: UTF-8, one a line ("прил."), "bg<TAB>т.нар." for one language only, # comments; repeatable';

/** The abbreviations of every --abbreviations file, in order. */
async function loadAbbreviations(paths: readonly string[] = []): Promise<Abbreviation[]> {
  const out: Abbreviation[] = [];
  for (const path of paths) out.push(...(await readAbbreviations(path)));
  return out;
}

async function loadDictionaries(
  paths: readonly string[],
  flags: Pick<PairFlags, "sourceLang" | "targetLang">,
): Promise<Dictionary | undefined> {
  if (paths.length === 0) return undefined;
  const { readDictionaries } = await import("../read/dictionary.js");
  return readDictionaries(paths, flags.sourceLang, flags.targetLang);
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command()
    .name("sverka")
    .description("Align a document with its translation, sentence by sentence.")
    .version(VERSION, "-V, --version")
    .option("--verbose", "on errors, show the underlying cause")
    .showHelpAfterError("(run sverka --help for usage)")
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .hook("preAction", (_program, command) => {
      const defaults = (["sourceLang", "targetLang"] as const).filter((name) => command.getOptionValueSource(name) === "default");
      if (defaults.length) command.setOptionValue("defaultLangs", defaults);
    });

  const cli: Cli = { io, setExit };
  for (const define of [defineAlign, defineCheck, defineReview, defineExport, defineBatch, defineMerge, defineEval, defineSplit, defineSrx])
    define(program, cli);
  return program;
}

/** Reads, segments, aligns and reviews a document pair as the flags say. */
async function alignPair(
  sourcePath: string,
  targetPath: string,
  flags: PairFlags,
  extra: { explain?: boolean; review?: ReviewOptions; progress?: Progress } = {},
): Promise<Bitext> {
  // One file as both documents aligns a text with itself: a slip of the shell (stranger 85: `check one.txt one.txt`
  // reported it unit by unit, as a memory). The library may (a reader's test aligns a file with itself).
  if (sourcePath !== STDIN && resolve(sourcePath) === resolve(targetPath))
    throw new SverkaError("is given as both the source and the translation: give the translation's file as the second", {
      path: sourcePath,
    });
  if (flags.saveLexicon) checkOutputs([flags.saveLexicon], [sourcePath, targetPath, ...(flags.dict ?? [])], { option: "--save-lexicon" });
  const dictionary = await loadDictionaries(flags.dict ?? [], flags);
  const abbreviations = await loadAbbreviations(flags.abbreviations);
  let learned: Dictionary | undefined;
  const bitext = await alignFilesThreaded(sourcePath, targetPath, {
    threads: flags.threads,
    // A language not given is left to the library's default (the same), which then says it took it by default.
    sourceLang: flags.defaultLangs?.includes("sourceLang") ? undefined : flags.sourceLang,
    targetLang: flags.defaultLangs?.includes("targetLang") ? undefined : flags.targetLang,
    segmented: flags.segmented,
    abbreviations,
    maxLinkSize: flags.maxLink,
    manyToMany: flags.manyToMany,
    encoding: flags.encoding,
    sourceEncoding: flags.sourceEncoding,
    targetEncoding: flags.targetEncoding,
    inputFormat: flags.inputFormat,
    maxBytes: flags.maxSize,
    explain: extra.explain,
    review: extra.review ?? true,
    dictionary,
    terms: dictionary,
    lexicon: flags.lexicon,
    learn: flags.learn,
    force: flags.force,
    // Only to save them: a long pair's learned words are large, and kept until the run ends.
    ...(flags.saveLexicon
      ? {
          onLearned: (d: Dictionary) => {
            learned = d;
          },
        }
      : {}),
    onProgress: extra.progress?.onProgress,
  });
  if (flags.saveLexicon) await writeAtomic(flags.saveLexicon, formatDictionary(learned ?? new Dictionary()));
  return bitext;
}

/** A file's reading told on the bar as stage "read", in thousandths of it. */
function readShare(progress: Progress): ((share: number) => void) | undefined {
  const onProgress = progress.onProgress;
  return onProgress ? (share) => onProgress("read", Math.round(1000 * share), 1000) : undefined;
}

/**
 * The writers' options `align` and `export` take from their flags; where a flag is not given, the memory's options the
 * bitext kept from its alignment (`Bitext.memory`).
 */
function writeOptionsOf(
  flags: Pick<AlignFlags, "minScore" | "dropFlagged" | "prop" | "creationId" | "creationDate" | "plainTsv">,
  kept?: MemoryOptions,
): WriteOptions {
  return {
    minScore: flags.minScore,
    dropFlagged: flags.dropFlagged,
    unitProps: flags.prop ?? kept?.props,
    creationId: flags.creationId ?? kept?.creationId,
    date: flags.creationDate ?? (kept?.creationDate ? new Date(kept.creationDate) : writingDate()),
    plainTsv: flags.plainTsv,
  };
}

/** The memory's options given on the command line, for the bitext to keep; none where none is given. */
function memoryOptionsOf(flags: Pick<AlignFlags, "prop" | "creationId" | "creationDate">): MemoryOptions | undefined {
  const out: MemoryOptions = {
    ...(flags.prop?.length ? { props: flags.prop } : {}),
    ...(flags.creationId ? { creationId: flags.creationId } : {}),
    ...(flags.creationDate ? { creationDate: flags.creationDate.toISOString() } : {}),
  };
  return Object.keys(out).length > 0 ? out : undefined;
}

function reviewOptions(flags: CheckFlags): ReviewOptions {
  return {
    ...(flags.lengthDeviations !== undefined ? { lengthDeviations: flags.lengthDeviations } : {}),
    ...(flags.divergentScore !== undefined ? { divergentScore: flags.divergentScore } : {}),
  };
}

/** `check SOURCE TARGET`: the pair aligned and reviewed. */
async function checkPair(sourcePath: string, targetPath: string, flags: CheckFlags, io: Io): Promise<Bitext> {
  const progress = progressBar(io, flags.quiet);
  try {
    return await alignPair(sourcePath, targetPath, flags, { review: reviewOptions(flags), progress });
  } finally {
    progress.stop();
  }
}

/** `check memory.tmx` / `pairs.tsv` / `file.xlf` / `file.po`: the review flags on each unit of a memory or bilingual file; `check bitext.json`: a saved bitext reviewed again. */
/** Folders above a saved bitext's own in which its documents' relative paths are looked for. */
const BITEXT_FOLDERS_UP = 3;

/**
 * A bitext stores its documents' paths as they were given, relative to where
 * sverka ran; checked from another folder, a path not found from here is
 * looked for beside the bitext file (where `align -o` usually put it) or a
 * folder above it, so the report keeps its line numbers.
 */
function besideBitext(bitext: Bitext, file: string): Bitext {
  const locate = (side: Bitext["source"]) => {
    if (side.path === undefined || isAbsolute(side.path) || existsSync(side.path)) return side;
    // Beside the bitext, or beside a folder it is in: `align a/bg.txt a/en.txt -o out/x.json` stores the paths as given,
    // relative to where it ran, which is often the folder above the output's. The texts must still hold the segments to be used.
    let dir = dirname(resolve(file));
    for (let up = 0; up <= BITEXT_FOLDERS_UP; up++, dir = dirname(dir)) {
      const beside = join(dir, side.path);
      if (existsSync(beside)) return { ...side, path: relative(process.cwd(), beside) || beside };
      if (dirname(dir) === dir) break;
    }
    return side;
  };
  return { ...bitext, source: locate(bitext.source), target: locate(bitext.target) };
}

/** A memory, bilingual file or saved bitext, checked: one bitext, or one per direction of a memory of pairs in both. */
async function checkMemory(path: string, flags: CheckFlags, command: Command, io: Io): Promise<Bitext[]> {
  // A memory of 100,000 units takes seconds to read and to review: the bar says how far (on a terminal).
  const progress = progressBar(io, flags.quiet);
  try {
    return await checkMemoryWith(path, flags, (name) => command.getOptionValueSource(name) === "cli", progress);
  } finally {
    progress.stop();
  }
}

async function checkMemoryWith(
  path: string,
  flags: CheckFlags,
  given: (option: "sourceLang" | "targetLang") => boolean,
  progress: Progress,
): Promise<Bitext[]> {
  const lower = path.toLowerCase();
  // One import at a time: Node 20 can fail two concurrent import()s that share modules ("request for ... is not in cache").
  const { readUnitsByDirection, unitFormatFor } = await import("../read/bilingual.js");
  const { unitSegments } = await import("../read/tm.js");
  const unitFormat = unitFormatFor(path);
  if (!unitFormat && !lower.endsWith(".json")) {
    throw new SverkaError(
      "check needs SOURCE and TARGET documents, or one translation memory (.tmx), pair list (.tsv), bilingual file (.xlf, .xliff, .po) or sverka bitext (.json)",
      { path },
    );
  }
  progress.onProgress?.("read", 0, 1);
  if (!unitFormat) {
    const saved = besideBitext(
      await readJsonFile(path, { encoding: flags.encoding, maxBytes: flags.maxSize, onShare: readShare(progress) }),
      path,
    );
    const dictionary = await loadDictionaries(flags.dict ?? [], { ...flags, sourceLang: saved.source.lang, targetLang: saved.target.lang });
    return [
      reviewBitext(saved, {
        dictionary,
        terms: dictionary,
        lexicon: flags.lexicon,
        review: reviewOptions(flags),
        onProgress: progress.onProgress,
      }),
    ];
  }
  if (flags.sourceEncoding || flags.targetEncoding)
    throw new SverkaError("a memory is one file: give its encoding with --encoding, not --source-encoding or --target-encoding", { path });
  const text = (await readDocument(path, { encoding: flags.encoding, maxBytes: flags.maxSize })).text;
  const memories = readUnitsByDirection(
    unitFormat,
    text,
    path,
    { source: given("sourceLang") ? flags.sourceLang : undefined, target: given("targetLang") ? flags.targetLang : undefined },
    { source: flags.sourceLang, target: flags.targetLang },
    progress.onProgress && ((done, total) => progress.onProgress?.("read", done, total)),
  );
  // A memory of one direction reads its termbase in the direction the file declares (a PO's en → bg, -s and -t not given:
  // read in the default bg → en, it matched nothing; stranger 162).
  const only = memories.length === 1 ? memories[0]! : undefined;
  const loaded = await loadDictionaries(
    flags.dict ?? [],
    only ? { ...flags, sourceLang: only.sourceLang, targetLang: only.targetLang } : flags,
  );
  return memories.map((memory) => {
    for (const tag of [memory.sourceLang, memory.targetLang]) langTag(tag);
    const { source, target } = unitSegments(memory.units);
    // A memory of pairs in both directions: the dictionaries, in the command's languages, serve the units translated that way.
    const dictionary =
      memories.length === 1 ||
      (primaryLanguage(memory.sourceLang) === primaryLanguage(flags.sourceLang) &&
        primaryLanguage(memory.targetLang) === primaryLanguage(flags.targetLang))
        ? loaded
        : undefined;
    const reviewed = reviewUnits(source, target, {
      sourceLang: memory.sourceLang,
      targetLang: memory.targetLang,
      sourcePath: path,
      targetPath: path,
      dictionary,
      terms: dictionary,
      lexicon: flags.lexicon,
      review: {
        ...reviewOptions(flags),
        ...(progress.onProgress ? { onProgress: (done: number, total: number) => progress.onProgress?.("review", done, total) } : {}),
      },
    });
    return withUnitDecisions(reviewed, memory.units, flags);
  });
}

/**
 * A memory's units reviewed, with what the file says of each: a unit a reviewer verified (a memory sverka wrote) has its
 * problems listed as verified, counted by no gate; a PO message marked fuzzy is a draft, said so (stranger 162: its units
 * went into the memory as any other); a unit sverka aligned keeps its confidence (`x-sverka-score`), which `export
 * --min-score` reads (stranger 210: every unit of a memory exported again scored 1).
 */
function withUnitDecisions(reviewed: AlignedBitext, units: readonly MemoryUnit[], flags: CheckFlags): AlignedBitext {
  if (!units.some((u) => u.verified || u.fuzzy || u.draft !== undefined || u.score !== undefined)) return reviewed;
  const fuzzy = !(flags.ignore ?? []).includes("untranslated");
  return {
    ...reviewed,
    links: reviewed.links.map((l, k) => {
      const unit = units[k]!;
      const scored = unit.score === undefined ? l : { ...l, score: unit.score };
      if (unit.verified) return { ...scored, status: "verified" as const };
      const draft = unit.fuzzy ? FUZZY : unit.draft !== undefined ? draftFlag(unit.draft) : undefined;
      return draft && fuzzy && unit.target !== "" ? { ...scored, flags: [...scored.flags, draft] } : scored;
    }),
  };
}

/** A PO message marked fuzzy: msgfmt leaves it out, as an untranslated one, and a memory should not take it as confirmed. */
const FUZZY: Flag = {
  type: "untranslated",
  severity: "warning",
  reason: "the message is marked fuzzy: a draft nobody confirmed, which msgfmt leaves out as untranslated",
};

/** An XLIFF target in a state no one confirmed ("needs-review-translation"): a draft, as a PO's fuzzy message is. */
function draftFlag(state: string): Flag {
  return { type: "untranslated", severity: "warning", reason: `the XLIFF marks the translation "${state}": a draft nobody confirmed` };
}

async function alignCommand(sourcePath: string, targetPath: string, flags: AlignFlags, io: Io): Promise<number> {
  // Not performance.now(): its first use loads perf_hooks, 1.5 ms of a small pair's start.
  const started = process.hrtime.bigint();
  const outputs = flags.output ?? [];
  checkOutputs(outputs, [sourcePath, targetPath], { stdout: true });
  // "-o -" is stdout: its format is --format's, else TMX.
  const targets = outputs.length
    ? outputs.map((path) =>
        path === STDOUT
          ? { path: undefined, format: flags.format ?? "tmx" }
          : { path, format: chooseOutputFormat(path, flags.format, formatEndings, "tmx") },
      )
    : [{ path: undefined, format: flags.format ?? "tmx" }];
  for (const t of targets) if (t.path === undefined) refuseBinaryStdout(t.format);
  const progress = progressBar(io, flags.quiet);
  const written: Array<{ path: string; format: string }> = [];
  try {
    const aligned = await alignPair(sourcePath, targetPath, flags, { explain: flags.explain, progress });
    // The memory's options kept with the bitext: its JSON and a workbook's hidden bitext carry them to `export`.
    const memory = memoryOptionsOf(flags);
    const bitext = memory ? { ...aligned, memory } : aligned;
    const options = writeOptionsOf(flags);
    const files = targets.flatMap((t, k) => (t.path === undefined ? [] : [{ path: t.path, format: t.format, k }]));
    // The files as one: all renamed into place once all are whole, none where the run fails or is interrupted.
    await writeAllAtomic(
      files.map((f) => ({
        path: f.path,
        content: () => fileContent(formats[f.format], bitext, options, progress, f.k, targets.length),
      })),
    );
    for (const f of files) written.push({ path: f.path, format: f.format });
    const toStdout = targets.find((t) => t.path === undefined);
    if (toStdout) {
      const text = await formats[toStdout.format].write(bitext, options);
      progress.stop();
      io.stdout.write(text as string);
      // The summary or note on stderr comes after the memory: with `2>&1` it would otherwise land inside it.
      await drained(io.stdout);
    }
    progress.stop();
    const writesMemory = targets.some((t) => t.format === "tmx" || t.format === "tsv");
    await summarise(bitext, started, written, flags, io, writesMemory);
    // A memory's own options given for a file that is no memory and keeps no bitext: said, not dropped unsaid (stranger
    // 196); a JSON or a workbook keeps them for `export` (stranger 365).
    const unitOptions = [
      flags.prop?.length ? "--prop" : "",
      flags.creationId ? "--creation-id" : "",
      flags.creationDate ? "--creation-date" : "",
    ].filter((o) => o !== "");
    const keeps = targets.some((t) => t.format === "tmx" || t.format === "json" || t.format === "xlsx");
    if (!flags.quiet && !keeps && unitOptions.length > 0) {
      const [verb, them] = unitOptions.length > 1 ? ["are", "them"] : ["is", "it"];
      const kept = targets.map((t) => t.format.toUpperCase()).join(", ");
      io.stderr.write(
        `note: ${unitOptions.join(", ")} ${verb} for a memory (TMX), and the ${kept} written keeps none of ${them}: give ${them} to export when you write the memory (sverka export FILE -o NAME.tmx)\n`,
      );
    }
  } finally {
    progress.stop();
  }
  return ExitCode.ok;
}

/**
 * File `k` of `count` in `format`: in pieces where the format gives them (JSON), so that a long bitext's text is
 * never whole in memory, telling the bar a hundred steps a file as they are written.
 */
async function fileContent(
  format: Format,
  bitext: Bitext,
  options: WriteOptions,
  progress: Progress,
  k: number,
  count: number,
): Promise<FileContent> {
  const tell = (share: number) => progress.onProgress?.("write", k * 100 + Math.floor(100 * share), 100 * count);
  tell(0);
  const told = { ...options, onProgress: tell };
  return format.chunks ? format.chunks(bitext, told) : await format.write(bitext, told);
}

/**
 * Once what was written to a Node stream has gone out (a pipe takes a long memory in pieces); at once for anything
 * else. An empty write's callback comes after every write before it ("drain" comes only after a write that filled
 * the buffer, and would never come after a smaller one).
 */
async function drained(stream: Io["stdout"]): Promise<void> {
  const node = stream as Partial<NodeJS.WriteStream>;
  if (typeof node.writableLength !== "number" || node.writableLength === 0 || typeof node.write !== "function") return;
  await new Promise<void>((resolve) => {
    node.write!("", () => resolve());
  });
}

/** A binary format (XLSX) is never written to standard output: a terminal would show garbage. */
function refuseBinaryStdout(format: FormatName | CheckFlags["format"]): void {
  if (format === "xlsx" || (format in formats && isBinary(format as FormatName)))
    throw new SverkaError(`${format} is a binary file, not for standard output: give a file name with -o (-o review.${format})`);
}

async function summarise(
  bitext: Bitext,
  /** process.hrtime.bigint() when the command began. */
  started: bigint,
  written: Array<{ path: string; format: string }>,
  flags: AlignFlags,
  io: Io,
  memory: boolean,
): Promise<void> {
  if (flags.quiet) return;
  // A pass over every link: only when something is printed.
  const leftOut = () =>
    memory ? describeLeftOut(leftOutOf(bitext, { minScore: flags.minScore, dropFlagged: flags.dropFlagged })) : undefined;
  if (flags.summary || io.stderr.isTTY) {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await loadColours();
    const movedKept = memory ? movedPairsKept(bitext, { minScore: flags.minScore, dropFlagged: flags.dropFlagged }) : undefined;
    io.stderr.write(
      formatSummary(
        { bitext, seconds, written, leftOut: leftOut(), ...(movedKept !== undefined ? { movedKept } : {}) },
        colours(io.stderr as NodeJS.WriteStream),
      ),
    );
    return;
  }
  // Without the summary (a script, CI) a pair that is wrong as a whole still says so, as a warning on stderr; and a
  // memory says what it left out, as `export` does: the units a script gets are not all the bitext's links.
  const problems = (bitext.documentFlags ?? []).filter((f) => f.severity !== "info");
  for (const f of problems) io.stderr.write(`sverka: warning: ${f.reason}\n`);
  const left = leftOut();
  if (left) io.stderr.write(`sverka: ${left}${/flagged/.test(left) ? " (--drop-flagged none keeps flagged units)" : ""}\n`);
}

/** What every command's action needs: where to write, and how to set the exit code. */
interface Cli {
  readonly io: Io;
  readonly setExit: (code: number) => void;
}

/** `sverka align`: a document pair to TMX, JSON, TSV or the review page. */
function defineAlign(program: Command, cli: Cli): void {
  addAlignOptions(
    program
      .command("align")
      .description("align SOURCE with its translation TARGET and write the bitext (TMX, JSON, TSV or an HTML review page)")
      .argument("<source>", `the original document: ${DOCUMENT}`)
      .argument("<target>", "its translation, in any of those formats"),
  )
    .addOption(
      new Option(
        "-f, --format <format>",
        "output format (default: from the -o file's ending, else tmx); must agree with that ending",
      ).choices(formatNames),
    )
    .option(
      "-o, --output <file>",
      "write here (- for stdout); repeat to write several formats from one alignment, at most one of them to stdout",
      collect,
    )
    .addOption(new Option("--min-score <p>", "leave links scoring below p out of TMX and TSV").argParser(probability))
    .addOption(dropFlaggedOption())
    .addOption(propOption())
    .addOption(creationIdOption())
    .addOption(creationDateOption())
    .addOption(plainTsvOption())
    .option("--explain", "add each link's cost terms and matched words to the JSON")
    .option("--summary", "print the summary to stderr even when it is not a terminal")
    .option("-q, --quiet", "print no summary and no progress bar")
    .addHelpText(
      "after",
      `
Examples:
  sverka align bg.txt en.txt -o memory.tmx
  sverka align bg.txt en.txt --format json -o bitext.json
  sverka align bg.txt en.txt --format html -o review.html
  sverka align de.txt fr.txt -s de -t fr --segmented -f tsv > pairs.tsv
  sverka align bg.txt en.txt -o out/doc.tmx -o out/doc.json -o out/doc.tsv`,
    )
    .action(async (sourcePath: string, targetPath: string, flags: AlignFlags) => {
      cli.setExit(await alignCommand(sourcePath, targetPath, flags, cli.io));
    });
}

/** `sverka check`: what a translation left out, added or changed (or a memory, unit by unit; or every pair of a folder or manifest). */
function defineCheck(program: Command, cli: Cli): void {
  addAlignOptions(
    program
      .command("check")
      .description(
        "report what a translation left out, added or changed; exit 1 when a problem reaches --fail-on. With one folder or batch manifest: check every pair (one exit code); with one .tmx, .tsv, .xlf/.xliff or .po file: check an existing translation memory or bilingual file unit by unit, inline tags included; with one .json: review a saved bitext again",
      )
      .argument(
        "<source>",
        `the original document (${DOCUMENT}); or a folder or manifest of pairs (as for batch), a translation memory (.tmx), pair list (.tsv), bilingual file (XLIFF 1.2 or 2.x .xlf/.xliff, gettext .po) or saved sverka bitext (.json)`,
      )
      .argument(
        "[target]",
        "its translation, in any of those document formats (not with a folder); or a second memory, bilingual file or .json, each checked on its own",
      ),
  )
    .addOption(new Option("-f, --format <format>", "report format (default: from the -o file's ending, else text)").choices(CHECK_FORMATS))
    .option(
      "-o, --output <file>",
      "write the report here (- for stdout); repeat for several formats, each from its ending: .txt, .json, .html, .sarif, .xml (JUnit)",
      collect,
    )
    .option(
      "-q, --quiet",
      "show no progress bar, and no readable report on stderr when the report goes to a file (a failing run still names what failed, in one line)",
    )
    .addOption(
      new Option("--fail-on <severity>", "exit 1 when a problem of this severity or worse is found").choices(SEVERITIES).default("error"),
    )
    .option(
      "--fail-on-unpaired",
      "with a folder: exit 1 when a document of it was not checked (no counterpart, or in a third language); every report names such files either way",
    )
    .addOption(
      new Option("--show <severity>", "list problems of this severity or worse in the text report, annotations, SARIF and JUnit")
        .choices(SEVERITIES)
        .default("warning"),
    )
    .addOption(
      new Option("--length-deviations <z>", "flag lengths this many standard deviations from the pair's usual").argParser(positiveNumber),
    )
    .addOption(
      new Option("--divergent-score <p>", "flag 1-1 links below this confidence that share little with their source").argParser(
        probability,
      ),
    )
    .option(
      "--baseline <file>",
      "problems accepted before: a check report saved as JSON (-o baseline.json), or a reviewed bitext (.json, .xlsx) whose verified links' problems stand; a problem of the same type on the same sentences of the same document is neither listed nor counted, only what is new fails; repeatable",
      collect,
    )
    .addOption(
      new Option("--ignore <types>", `flag types not to report, comma-separated (${REPORTED_TYPES.join(", ")})`).argParser(flagTypes),
    )
    .addHelpText(
      "after",
      `
Exit codes: 0 no problem at --fail-on or above, 1 problems found, 2 bad input, 3 internal error (a bug: please report it).

Examples:
  sverka check bg.txt en.txt
  sverka check bg.txt en.txt --fail-on warning --format json -o qa.json
  sverka check bg.txt en.txt --format html -o review.html
  sverka check corpus/ -o qa.sarif -o qa.xml        # every pair of a folder: SARIF and JUnit, the report on stderr
  sverka check corpus/ -f github                    # GitHub Actions annotations
  sverka check corpus/ --fail-on-unpaired -q        # a CI gate: also fails on a document left without its translation
  sverka check memory.tmx                           # which units look wrong, and why
  sverka check bg.txt en.txt -o review.xlsx           # a review workbook for a spreadsheet
  sverka check pairs.tsv -s bg -t en
  sverka check delivery.xlf                         # XLIFF 1.2 or 2.x: each unit, inline tags compared
  sverka check bg.po -s en                          # gettext: placeholders and tags compared
  sverka check bitext.json                          # a saved (perhaps edited) bitext, reviewed again
  sverka check bg.txt en.txt -o baseline.json       # accept what is reported now...
  sverka check bg.txt en.txt --baseline baseline.json   # ...and fail only on what is new
  sverka check bg.txt en.txt --ignore terms,length  # report no flag of these types`,
    )
    .action(async (sourcePath: string, targetPath: string | undefined, flags: CheckFlags, command: Command) => {
      const given = command.getOptionValueSource("format") === "cli" ? flags.format : undefined;
      const languagesGiven = ["sourceLang", "targetLang"].some((name) => command.getOptionValueSource(name) === "cli");
      const { runCheck } = await import("./check.js");
      cli.setExit(
        await runCheck(sourcePath, targetPath, { ...flags, languagesGiven }, given, cli.io, {
          pair: (s, t, languages) => checkPair(s, t, languages ? { ...flags, ...languages, defaultLangs: [] } : flags, cli.io),
          single: (path) => checkMemory(path, flags, command, cli.io),
        }),
      );
    });
}

function portNumber(value: string): number {
  const x = Number(value);
  if (!Number.isInteger(x) || x < 0 || x > 65535) throw new InvalidArgumentError("expected a port number from 0 to 65535 (0: a free one)");
  return x;
}

/** `sverka review`: the review page on a local server, editing and saving the bitext in place. */
function defineReview(program: Command, cli: Cli): void {
  addAlignOptions(
    program
      .command("review")
      .description(
        "review and fix an alignment in the browser: serves the review page on 127.0.0.1 and saves the bitext JSON in place (the previous version kept as .bak); given documents, aligns them first",
      )
      .argument("<source>", `a sverka bitext (.json), or the original document (${DOCUMENT})`)
      .argument("[target]", "its translation, in any of those document formats (not with a .json)"),
  )
    .option(
      "-o, --output <file>",
      "given documents: write the bitext here (default NAME.json beside them); an existing file is never overwritten",
    )
    .addOption(
      new Option(
        "--port <n>",
        "listen on this port (default: the bitext's own, the same each time for its path, so a browser finds the edits it kept unsaved; a free one if that is taken)",
      ).argParser(portNumber),
    )
    .option("--no-open", "print the address only; do not open a browser")
    .addHelpText(
      "after",
      `
The address printed carries a secret token: only that address opens the page. Ctrl-C stops.

Examples:
  sverka review contract.bg.txt contract.en.txt        # aligns into contract.json, then serves it
  sverka review contract.json --no-open --port 8123
  sverka export contract.json -o contract.tmx          # after saving in the page`,
    )
    .action(async (source: string, target: string | undefined, flags: PairFlags & ReviewFlags) => {
      const files = target === undefined ? [source] : [source, target];
      // The same dictionaries and termbase as check's, so the flags on the page are check's.
      const review = async () => {
        const dictionary = await loadDictionaries(flags.dict ?? [], flags);
        return { dictionary, terms: dictionary, lexicon: flags.lexicon };
      };
      const { reviewCommand } = await import("./review.js");
      cli.setExit(await reviewCommand(files, flags, cli.io, (source, target) => alignPair(source, target, flags), await review()));
    });
}

interface ExportFlags {
  output: string[];
  sourceLang?: string;
  targetLang?: string;
  format?: FormatName;
  minScore?: number;
  dropFlagged: DropFlagged;
  prop?: Array<[string, string]>;
  creationId?: string;
  creationDate?: Date;
  plainTsv?: boolean;
  quiet?: boolean;
}

/**
 * A memory or bilingual file to export (`export delivery.xlf -o memory.tmx`): its units read and reviewed as `check`
 * reads them, so that `--drop-flagged` and the review page judge them; one direction only (stranger 204: no command
 * turned an XLIFF file into TMX).
 */
async function memoryToExport(file: string, flags: ExportFlags, progress: Progress): Promise<Bitext> {
  const checkFlags = {
    sourceLang: flags.sourceLang ?? "bg",
    targetLang: flags.targetLang ?? "en",
    quiet: flags.quiet,
    format: "text",
    failOn: "error",
    show: "warning",
  } as CheckFlags;
  const given = (option: "sourceLang" | "targetLang") => flags[option] !== undefined;
  const bitexts = await checkMemoryWith(file, checkFlags, given, progress);
  if (bitexts.length > 1)
    throw new SverkaError(
      `the file holds pairs translated both ways (${bitexts.map((b) => `${b.source.lang} → ${b.target.lang}`).join(", ")}): give --source-lang and --target-lang to export one`,
      { path: file },
    );
  return bitexts[0]!;
}

/** `sverka export`: a (reviewed) bitext JSON to another format. */
function defineExport(program: Command, cli: Cli): void {
  program
    .command("export")
    .description(
      "re-emit a bitext JSON or a review workbook (for example one a reviewer corrected), or a memory or bilingual file (TMX, TSV, XLIFF, PO), as TMX, TSV, HTML, JSON or XLSX; rejected links, and units flagged as errors (--drop-flagged), stay out of TMX and TSV",
    )
    .argument(
      "<file>",
      "a sverka bitext JSON, a review workbook (.xlsx) sverka wrote, as the reviewer left it, or a memory or bilingual file (.tmx, .tsv, .xlf/.xliff, .po), its units reviewed as check reviews them",
    )
    .addOption(
      new Option(
        "-s, --source-lang <tag>",
        "with a memory or bilingual file: the source language, where the file says none (TSV) or both ways",
      ).argParser(langTag),
    )
    .addOption(new Option("-t, --target-lang <tag>", "with a memory or bilingual file: the target language").argParser(langTag))
    .requiredOption(
      "-o, --output <file>",
      "where to write (- for stdout, with -f); the format comes from the extension unless -f is given; repeat it to write several formats",
      collect,
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(formatNames))
    .option("-q, --quiet", "print no note of what was left out and no progress bar")
    .addOption(new Option("--min-score <p>", "leave links scoring below p out of TMX and TSV").argParser(probability))
    .addOption(dropFlaggedOption())
    .addOption(propOption())
    .addOption(creationIdOption())
    .addOption(creationDateOption())
    .addOption(plainTsvOption())
    .addHelpText(
      "after",
      `
Examples:
  sverka export review.reviewed.json -o memory.tmx --prop x-client=ACME --creation-id maria
  sverka export reviewed.xlsx -o memory.tmx    # status, corrected targets and comments from the sheet
  sverka export delivery.xlf -o memory.tmx     # an XLIFF file's units as a memory (units flagged as errors left out)`,
    )
    .action(async (file: string, flags: ExportFlags) => {
      checkOutputs(flags.output, [file], { stdout: true });
      const targets = flags.output.map((path) => {
        if (path !== STDOUT) return { path, format: chooseOutputFormat(path, flags.format, formatEndings) };
        if (!flags.format) throw new SverkaError(`-o - writes to stdout: say which format with --format (${formatNames.join(", ")})`);
        refuseBinaryStdout(flags.format);
        return { path, format: flags.format };
      });
      // A workbook or bitext of 100,000 links takes seconds to read and to write: the bar says how far (on a terminal).
      const progress = progressBar(cli.io, flags.quiet);
      let bitext: Bitext;
      try {
        progress.onProgress?.("read", 0, 1);
        // Corrected targets carry the flags of the text before (a workbook's), or none (the review page opened as a file
        // cannot judge them): judged again, as check would.
        bitext = reviewCorrections(
          file.toLowerCase().endsWith(".xlsx")
            ? await readXlsx(await readInputBytes(file), file, (share) => progress.onProgress?.("read", Math.round(share * 1000), 1000))
            : (await import("../read/bilingual.js")).unitFormatFor(file)
              ? await memoryToExport(file, flags, progress)
              : await readJsonFile(file, { onShare: readShare(progress) }),
        );
        // Given again, the options replace those the bitext kept; the bitext written keeps them too.
        const memory = memoryOptionsOf(flags);
        if (memory) bitext = { ...bitext, memory: { ...bitext.memory, ...memory } };
        const options = writeOptionsOf(flags, bitext.memory);
        // The files as one (none where the run fails or is interrupted), then standard output.
        const files = targets.filter((t) => t.path !== STDOUT);
        await writeAllAtomic(
          files.map(({ path, format }, k) => ({
            path,
            content: () => fileContent(formats[format], bitext, options, progress, k, files.length),
          })),
        );
        progress.stop();
        for (const { path, format } of targets)
          if (path === STDOUT) {
            cli.io.stdout.write((await formats[format].write(bitext, options)) as string);
            await drained(cli.io.stdout);
          }
      } finally {
        progress.stop();
      }
      // A memory says what it left out, as align's summary and merge do: a reviewer must know the count is not the bitext's.
      const leftOut =
        !flags.quiet && targets.some((t) => t.format === "tmx" || t.format === "tsv")
          ? describeLeftOut(leftOutOf(bitext, { minScore: flags.minScore, dropFlagged: flags.dropFlagged }))
          : undefined;
      if (leftOut)
        cli.io.stderr.write(`sverka: ${leftOut}${/flagged/.test(leftOut) ? " (--drop-flagged none keeps flagged units)" : ""}\n`);
    });
}

/** `sverka batch`: many pairs on worker threads. */
function defineBatch(program: Command, cli: Cli): void {
  program
    .command("batch")
    .description(
      "align many document pairs: a TSV manifest (source<TAB>target[<TAB>output[<TAB>source-lang<TAB>target-lang]] a line, paths relative to it; a line's languages, where given, are its pair's) or a directory holding NAME.bg.txt / NAME.en.txt pairs, or a folder per document (NAME/bg.txt, NAME/en.txt)",
    )
    .argument("<manifest>", "a TSV manifest or a directory")
    .addOption(new Option("-s, --source-lang <tag>", "source language").default("bg").argParser(langTag))
    .addOption(new Option("-t, --target-lang <tag>", "target language").default("en").argParser(langTag))
    .addOption(new Option("-f, --format <format>", "output format of each pair").choices(formatNames).default("tmx"))
    .option("--out-dir <dir>", "where outputs go (default: out); when given, outputs a manifest names must be inside it")
    .addOption(new Option("-j, --jobs <n>", "worker threads (default: the number of cores)").argParser(positiveCount))
    .option("--redo", "redo pairs whose output is newer than their inputs")
    .option("--force", "what --redo does, and align pairs whose sides do not look like their languages")
    .option("--report <file>", "write the per-pair summary as .json or .tsv")
    .option("--shard <i/n>", "take the i-th of n deterministic parts of the manifest (spread a corpus over machines)")
    .option(
      "--merge-tmx <file>",
      "also write one memory for the whole batch, duplicates removed, each unit noting its document (every pair is aligned again: none is skipped as up to date)",
    )
    .addOption(
      new Option("--min-score <p>", "leave links scoring below p out of each pair's TMX or TSV and of --merge-tmx").argParser(probability),
    )
    .addOption(dropFlaggedOption())
    .addOption(propOption())
    .addOption(creationIdOption())
    .addOption(creationDateOption())
    .addOption(plainTsvOption())
    .addOption(
      new Option(
        "--fail-on <severity>",
        "exit 1 when a pair has a flag of this severity or worse (pairs up to date: with the counts of the previous run)",
      ).choices(SEVERITIES),
    )
    .option("--segmented", "inputs are already one segment a line")
    .option(
      "--learn-across",
      "learn word translations from all pairs together first (a draft pass over every pair), so short documents profit from long ones",
    )
    .addOption(new Option("--max-link <n>", "most segments on one side of a link").default(4).argParser(positiveInt))
    .option(
      "--dict <file>",
      "a dictionary or termbase for every pair in the batch's languages (TSV, hunalign .dic, TBX), as align's and check's; repeatable",
      collect,
    )
    .option(ABBREVIATIONS_FLAG, `${ABBREVIATIONS_HELP}; for every pair, as align's`, collect)
    .option(
      "-q, --quiet",
      "show no progress bar, table or notes; a pair that fails is still said on stderr, so is one that is no translation (its units withheld), and so are pairs --fail-on could not count",
    )
    .addHelpText(
      "after",
      `
Exit codes: 0 all pairs aligned or up to date, 1 some pair failed (the rest are done) or, with --fail-on, has a flag at
that severity or worse, 2 bad manifest, 3 internal error, 130 interrupted.
A file with no counterpart in the other language is listed as skipped, with the file it lacks.

Examples:
  sverka batch corpus/ --out-dir aligned --merge-tmx all.tmx
  sverka batch manifest.tsv -f json --report report.tsv --jobs 4
  sverka batch manifest.tsv --shard 3/8 --out-dir shard3
  sverka batch manifest.tsv --redo -q --fail-on error
  sverka batch corpus/ --learn-across --report report.tsv`,
    )
    .action(async (manifest: string, flags: BatchFlags, command: Command) => {
      const { batchCommand } = await import("./batch.js");
      const languagesGiven = ["sourceLang", "targetLang"].some((name) => command.getOptionValueSource(name) === "cli");
      const formatGiven = command.getOptionValueSource("format") === "cli";
      // A dictionary or an abbreviations file that cannot be read fails the batch before any pair, once, as align's does (exit 2).
      await loadDictionaries(flags.dict ?? [], flags);
      const abbreviations = await loadAbbreviations(flags.abbreviations);
      cli.setExit(await batchCommand(manifest, { ...flags, abbreviationList: abbreviations, languagesGiven, formatGiven }, cli.io));
    });
}

/** `sverka merge`: memories into one. */
function defineMerge(program: Command, cli: Cli): void {
  program
    .command("merge")
    .description(
      "merge translation memories into one, the first memory's header and units as they are, duplicates removed: each unit is written as it was read (inline markup, attributes, props, notes; a later memory's bare language in the first memory's region, bg as bg-BG); of two units with the same text and markup, a translator's unit is kept over one sverka aligned, the first memory's over a later one's, else the one changed last (README: Duplicates are judged on meaning)",
    )
    .argument("<files...>", 'TMX files (any TMX 1.4: UTF-8 or UTF-16, srclang="*all*")')
    .requiredOption("-o, --output <file>", "the merged TMX")
    .option("-q, --quiet", "print no summary and no progress bar")
    .addOption(dropFlaggedOption(false))
    .addOption(propOption(true))
    .addOption(
      new Option(
        "--creation-id <id>",
        "the merged file's changeid (its creationid where the first memory's header has none), and the creationid of each unit of the later memories (and of the first memory's units sverka wrote) that has none",
      ).argParser(creationIdOption().parseArg!),
    )
    .addOption(
      new Option(
        "--conflicts <policy>",
        "units with one source text translated otherwise: both kept and listed (both), the first memory's only, and of two copies of one pair in later memories the first read (first), a translator's over one sverka aligned (memory)",
      )
        .choices(["both", "first", "memory"])
        .default("both"),
    )
    .option(
      "--newer-wins",
      "a later memory's copy of a pair the first memory holds, written otherwise and changed after it, replaces the first memory's unit (an update of the client's own memory); by default the first memory keeps each of its units",
    )
    .addHelpText(
      "after",
      `
Example:
  sverka merge shard*/*.tmx -o corpus.tmx
  sverka merge client.tmx aligned.tmx -o client-2025.tmx --conflicts memory   # a translator's unit wins over one sverka aligned
  sverka merge client.tmx new.tmx -o client-2025.tmx --prop x-client=ACME
  sverka merge a.tmx b.tmx -o all.tmx --drop-flagged error   # review the units, leave out those flagged as errors`,
    )
    .action(
      async (
        files: string[],
        flags: {
          output: string;
          quiet?: boolean;
          dropFlagged?: DropFlagged;
          prop?: Array<[string, string]>;
          creationId?: string;
          conflicts: ConflictPolicy;
          newerWins?: boolean;
        },
      ) => {
        const { mergeCommand } = await import("./batch.js");
        cli.setExit(
          await mergeCommand(
            files,
            flags.output,
            {},
            {
              dropFlagged: flags.dropFlagged,
              io: cli.io,
              props: flags.prop,
              creationId: flags.creationId,
              quiet: flags.quiet,
              conflicts: flags.conflicts,
              newerWins: flags.newerWins,
            },
          ),
        );
      },
    );
}

/** `sverka eval`: an alignment against a gold one. */
function defineEval(program: Command, cli: Cli): void {
  program
    .command("eval")
    .description("score an alignment against a gold one: strict and lax precision, recall, F1, and F1 of 1-0/0-1 links")
    .argument("<gold>", "the gold alignment: sverka JSON, [0]:[1, 2] lines, or a hunalign ladder; or a folder of them")
    .argument(
      "<test>",
      "the alignment to score, in any of those formats; or a folder of them, each scored against the gold file of its name",
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .addHelpText(
      "after",
      `
Scoring follows Sennrich & Volk (2010), as the Bleualign, hunalign and vecalign figures do: a link
counts strictly if the gold has it, laxly if it overlaps a gold link on both sides; recall leaves
out gold 1-0/0-1 links. Both must be alignments of the same segments: when they cover different
numbers of segments on a side, or both are sverka JSON whose segments' texts differ, eval refuses
(exit 2) and says where. A gold of link lines or a ladder names no sentences: only the counts are
compared, so score the gold's own sentence files aligned with --segmented.

Two folders: each file of the test folder is scored against the gold file of its name (without
its ending: gold/news-17.links with out/news-17.json), and all their links together; the text
report names the pairs of lowest strict F1, and a pair that cannot be scored (exit 2).

Examples:
  sverka align de.txt fr.txt -s de -t fr --segmented -f json -o test.json
  sverka eval gold.defr test.json
  sverka batch corpus/ -f json --out-dir out && sverka eval gold/ out/`,
    )
    .action(async (goldPath: string, testPath: string, flags: { format: "text" | "json" }) => {
      const { evalCommand } = await import("./eval.js");
      cli.setExit(await evalCommand(goldPath, testPath, flags, cli.io));
    });
}

interface SplitFlags {
  lang: string;
  output?: string;
  encoding?: string;
  inputFormat?: InputFormat;
  abbreviations?: string[];
}

/** `sverka split`: a document into segments. */
function defineSplit(program: Command, cli: Cli): void {
  program
    .command("split")
    .description("split a document into segments: one a line, a blank line between paragraphs (the --segmented format)")
    .argument("<file>", `the document: ${DOCUMENT}`)
    .addOption(new Option("-l, --lang <tag>", "its language").default("bg").argParser(langTag))
    .option("-o, --output <file>", "write here instead of stdout (- for stdout)")
    .option("--encoding <name>", "read it in this encoding instead of detecting it (a decoding that is not text in --lang is refused)")
    .addOption(new Option("--input-format <format>", "read it as this format instead of judging by extension").choices(INPUT_FORMATS))
    .option(ABBREVIATIONS_FLAG, ABBREVIATIONS_HELP, collect)
    .addHelpText(
      "after",
      `
A numbered label stays with the text after it on its line ("Чл. 1. (1) Текст..." and
"II. ЦЕНА И НАЧИН НА ПЛАЩАНЕ" are one segment each); a label alone on its line is a segment.

Examples:
  sverka split bg.txt --lang bg
  sverka split contract.bg.txt --abbreviations my-abbreviations.txt`,
    )
    .action(async (file: string, flags: SplitFlags, command: Command) => {
      if (flags.output) checkOutputs([flags.output], [file], { stdout: true });
      // A name that gives the language ("washer.en.txt"), as batch pairs files by it, stands for -l where none was given.
      const defaulted = command.getOptionValueSource("lang") === "default";
      // Loaded here: the batch's module is no small run's.
      const named = defaulted ? (await import("../batch/manifest.js")).languageInName(file, Object.keys(KNOWN_LANGUAGES)) : undefined;
      if (named) flags.lang = named;
      const abbreviations = abbreviationsFor(await loadAbbreviations(flags.abbreviations), flags.lang);
      const doc = await readDocument(file, {
        encoding: flags.encoding,
        format: flags.inputFormat,
        lang: flags.lang,
      });
      // Another language's rules cut another language's text wrongly, silently (stranger 85: English split by Bulgarian
      // rules, one segment short): refused where the language was the default, said where it was given.
      const mismatch = languageMismatch(doc.text, flags.lang);
      if (mismatch) {
        const taken = named
          ? `taken as ${flags.lang} by its name`
          : defaulted
            ? `taken as ${flags.lang} by default`
            : `declared ${flags.lang}`;
        const said = `${taken}, but the text looks like ${mismatch.looksLike.name} (${mismatch.why})`;
        if (defaulted) throw new SverkaError(`${said}: give its language with -l`, { path: file });
        cli.io.stderr.write(`sverka: ${file}: ${said}: split by ${getLanguage(flags.lang).name} rules, as -l says\n`);
      }
      const segs = segmentDocument(doc, flags.lang, { abbreviations });
      const text = `${segs.map((s, i) => (i > 0 && s.paragraph !== segs[i - 1]!.paragraph ? "\n" : "") + foldSpacesKeepingTabs(joinBrokenWords(s.text, segs, flags.lang))).join("\n")}\n`;
      if (flags.output && flags.output !== STDOUT) await writeAtomic(flags.output, text);
      else cli.io.stdout.write(text);
    });
}

/** `sverka srx`: the segmentation rules as SRX 2.0, for CAT tools. */
function defineSrx(program: Command, cli: Cli): void {
  program
    .command("srx")
    .description(
      "write sverka's sentence segmentation rules for the languages as SRX 2.0, for CAT tools (OmegaT, Okapi, memoQ, Trados), so they cut a new source where sverka cut the memory's; or as OmegaT 3's project file, omegat/segmentation.conf (OmegaT 3.6 reads no SRX)",
    )
    .addOption(new Option("-s, --source-lang <tag>", "source language").default("bg").argParser(langTag))
    .addOption(new Option("-t, --target-lang <tag>", "target language").default("en").argParser(langTag))
    .option("-o, --output <file>", "write here instead of stdout (- for stdout)")
    .addOption(
      new Option(
        "-f, --format <format>",
        "srx (SRX 2.0), or omegat (an OmegaT project's omegat/segmentation.conf); default: omegat for an -o file ending in .conf, else srx",
      ).choices(SRX_FORMATS),
    )
    .option(ABBREVIATIONS_FLAG, ABBREVIATIONS_HELP, collect)
    .addHelpText(
      "after",
      `
The rules are sverka's own, in its order: numbered labels, a lowercase word next, the language's
abbreviations (and yours), initials, then any other full stop. Quotations embedded in a sentence
and the reading of line breaks cannot be said in SRX (see the README).

Examples:
  sverka srx -s bg -t en -o sverka.srx
  sverka srx -s bg -t en --abbreviations my-abbreviations.txt -o sverka.srx
  sverka srx -s bg -t en -o PROJECT/omegat/segmentation.conf   # OmegaT 3.6: the project's own rules`,
    )
    .action(async (flags: { sourceLang: string; targetLang: string; output?: string; format?: SrxFormat; abbreviations?: string[] }) => {
      if (flags.output) checkOutputs([flags.output], flags.abbreviations ?? [], { stdout: true });
      const format = flags.format ?? (flags.output?.toLowerCase().endsWith(".conf") ? "omegat" : "srx");
      const abbreviations = await loadAbbreviations(flags.abbreviations);
      const langs = [flags.sourceLang, flags.targetLang];
      const byLang = Object.fromEntries(langs.map((l) => [primaryLanguage(l), abbreviationsFor(abbreviations, l)]));
      const text =
        format === "omegat"
          ? (await import("../segment/omegat.js")).writeOmegatSegmentation(langs, { abbreviations: byLang })
          : (await import("../segment/srx.js")).writeSrx(langs, { abbreviations: byLang });
      if (flags.output && flags.output !== STDOUT) await writeAtomic(flags.output, text);
      else cli.io.stdout.write(text);
    });
}

const SRX_FORMATS = ["srx", "omegat"] as const;
type SrxFormat = (typeof SRX_FORMATS)[number];
