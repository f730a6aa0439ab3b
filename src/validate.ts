/**
 * The library's options checked at the door, as the CLI checks its flags:
 * a wrong value, or an option of another name, is a SverkaError (exit code 2)
 * naming the option and what it accepts, never a TypeError from deep inside or
 * a value quietly ignored.
 * JavaScript callers have no compiler to catch `maxLinkSize: 0` or `search: "bogus"`.
 */
import { SverkaError } from "./errors.js";
import { Dictionary } from "./lang/dictionary.js";
import { isLanguageTag } from "./lang/index.js";
import { INPUT_FORMATS } from "./read/index.js";
import { SEVERITIES } from "./types.js";

export const SEARCH_MODES = ["auto", "full", "band"] as const;

type Check = (value: unknown) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const boolean: Check = (v) => (typeof v === "boolean" ? undefined : "true or false");
const string: Check = (v) => (typeof v === "string" && v.trim() !== "" ? undefined : "a non-empty string");
const fn: Check = (v) => (typeof v === "function" ? undefined : "a function");
const wholeFrom =
  (min: number): Check =>
  (v) =>
    Number.isSafeInteger(v) && (v as number) >= min ? undefined : `a whole number of at least ${min}`;
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === "string" && values.includes(v) ? undefined : `one of ${values.map((x) => `"${x}"`).join(", ")}`;
const booleanOr =
  (what: string): Check =>
  (v) =>
    typeof v === "boolean" || isObject(v) ? undefined : `true, false or ${what}`;
const abbreviations: Check = (v) =>
  Array.isArray(v) && v.every((a) => typeof a === "string" || (isObject(a) && typeof a.text === "string"))
    ? undefined
    : "an array of strings or of { text, lang } entries (see parseAbbreviations)";
const dictionary: Check = (v) => (v instanceof Dictionary ? undefined : "a Dictionary (from parseDictionary or learnDictionary)");
const strings: Check = (v) => (Array.isArray(v) && v.every((s) => typeof s === "string") ? undefined : "an array of file paths");
const params: Check = (v) => (isObject(v) ? undefined : "an object of cost weights (see DEFAULT_COST_PARAMS)");

/** What each option of `align`, `alignSegments` and `alignFiles` accepts. */
const BITEXT_OPTIONS: Readonly<Record<string, Check>> = {
  maxLinkSize: wholeFrom(1),
  manyToMany: boolean,
  search: oneOf(SEARCH_MODES),
  params,
  explain: boolean,
  onProgress: fn,
  threads: wholeFrom(1),
  lexicon: boolean,
  dictionary,
  terms: dictionary,
  learn: booleanOr("{ minCount, minDice }"),
  onLearned: fn,
  review: booleanOr("review thresholds (see DEFAULT_REVIEW_OPTIONS)"),
  sourceLang: string,
  targetLang: string,
  segmented: boolean,
  abbreviations,
  force: boolean,
  sourcePath: string,
  targetPath: string,
};

/** Those of `alignFiles` besides: how the files are read, and the files the CLI's --dict and --abbreviations name. */
const FILE_OPTIONS: Readonly<Record<string, Check>> = {
  ...BITEXT_OPTIONS,
  encoding: string,
  sourceEncoding: string,
  targetEncoding: string,
  inputFormat: oneOf(INPUT_FORMATS),
  maxBytes: wholeFrom(1),
  dictionaryFiles: strings,
  abbreviationFiles: strings,
};

function checkWith(table: Readonly<Record<string, Check>>, options: unknown, where: string): void {
  if (options === undefined) return;
  if (!isObject(options)) throw new SverkaError(`${where}: options must be an object, not ${describe(options)}`);
  for (const [name, value] of Object.entries(options)) {
    // An option set to undefined is an option not given, as callers spreading their own settings expect.
    if (value === undefined) continue;
    const check = table[name];
    if (!check)
      throw new SverkaError(`${where}: unknown option ${name}${elsewhere(name)}; its options are ${Object.keys(table).join(", ")}`);
    const problem = check(value);
    if (problem) throw new SverkaError(`${where}: option ${name} must be ${problem}, not ${describe(value)}`);
  }
}

const locale: Check = (v) => (typeof v === "string" && isLanguageTag(v) ? undefined : 'a language tag, such as "bg" or "en-GB"');
const share: Check = (v) => (typeof v === "number" && v >= 0 && v <= 1 ? undefined : "a number from 0 to 1");
const date: Check = (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? undefined : "a valid Date");
const oneLine: Check = (v) => (typeof v === "string" && /\S/u.test(v) && !/\p{Cc}/u.test(v) ? undefined : "a name or id, on one line");
/** TMX's <prop type="..."> as the CLI's --prop takes it: a type with no space, a value on one line. */
const props: Check = (v) =>
  Array.isArray(v) &&
  v.every(
    (p) =>
      Array.isArray(p) &&
      p.length === 2 &&
      typeof p[0] === "string" &&
      /^[^\s=<>&"]+$/u.test(p[0]) &&
      typeof p[1] === "string" &&
      /\S/u.test(p[1]) &&
      !/\p{Cc}/u.test(p[1]),
  )
    ? undefined
    : 'an array of [type, value] pairs, a type without spaces and a value on one line (["x-client", "ACME"])';

/** What each option of the writers (`formats.*.write`, `WriteOptions`) accepts. */
const WRITE_OPTIONS: Readonly<Record<string, Check>> = {
  sourceLocale: locale,
  targetLocale: locale,
  minScore: share,
  dropFlagged: oneOf(["error", "warning", "info", "none"]),
  date,
  unitProps: props,
  creationId: oneLine,
  plainTsv: boolean,
  onProgress: fn,
};

/** Checks the options of the writers: `formats.tmx.write(bitext, { minScore: 5 })` would write an empty memory (stranger 85). */
export function checkWriteOptions(options: unknown, where: string): void {
  checkWith(WRITE_OPTIONS, options, where);
}

/** The writers' options (`WriteOptions`), which a caller may hand to `align` by mistake: the message says where they go. */
const WRITER_OPTIONS = new Set(["sourceLocale", "targetLocale", "minScore", "dropFlagged", "date", "unitProps", "creationId", "plainTsv"]);

function elsewhere(name: string): string {
  return WRITER_OPTIONS.has(name) ? ` (${name} is an option of the writers: formats.tmx.write(bitext, { ${name} }))` : "";
}

/** Checks the options of `align` and `alignSegments`. */
export function checkBitextOptions(options: unknown, where: string): void {
  checkWith(BITEXT_OPTIONS, options, where);
}

/** Checks the options of `alignFiles` and `segmentFiles`. */
export function checkFileOptions(options: unknown, where: string): void {
  checkWith(FILE_OPTIONS, options, where);
}

/** A value as a message shows it: short, and its type when that is the problem. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (value instanceof Uint8Array) return "bytes";
  return typeof value === "object" ? `an object (${value.constructor?.name ?? "null prototype"})` : `a ${typeof value}`;
}

const severity = oneOf(SEVERITIES);
const object: Check = (v) => (isObject(v) ? undefined : "an object");

/** What each option of `checkReport` accepts. */
const CHECK_OPTIONS: Readonly<Record<string, Check>> = { failOn: severity, lines: object, file: string, baseline: object };

/** Checks `checkReport`'s options: a gate given `failOn: "warn"` passed a pair with six errors (stranger 316). */
export function checkReportOptions(options: unknown, where: string): void {
  checkWith(CHECK_OPTIONS, options, where);
}

/** Checks a gate's severity (`checkExitCode`'s `failOn`). */
export function checkFailOn(value: unknown, where: string): void {
  const problem = severity(value);
  if (problem) throw new SverkaError(`${where}: failOn must be ${problem}, not ${describe(value)}`);
}

/**
 * Checks a run's `failOn`, and that each report was made with it: a report's failures and exit code are its own
 * `failOn`'s, so a run saying another would write a JUnit file, a JSON report and an exit code that disagree with it
 * (stranger 316: a run's "warning" over reports made at "error").
 */
export function checkRunFailOn(
  run: { readonly failOn: unknown; readonly reports: ReadonlyArray<{ readonly failOn: unknown }> },
  where: string,
): void {
  checkFailOn(run.failOn, where);
  const other = run.reports.find((r) => r.failOn !== run.failOn);
  if (other)
    throw new SverkaError(
      `${where}: the run's failOn is ${describe(run.failOn)}, and a report in it was made with ${describe(other.failOn)}: make each report with checkReport(bitext, { failOn: ${describe(run.failOn)} })`,
    );
}
