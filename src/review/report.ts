/**
 * The `check` report as a library: problems in document order (a run of
 * unmatched sentences is one passage), where each lies in the input files,
 * counts by severity, and the exit code they imply; rendered as text or JSON
 * here, as SARIF, JUnit and GitHub annotations by src/formats.
 *
 * Counting: every number a person reads (sentence, paragraph, line, column,
 * in reasons, the text report, HTML and the `locations` of the JSON) counts
 * from 1; ids into arrays (`source`, `target` and `links` of a problem, as
 * in the bitext JSON) count from 0.
 */
import type { ChalkInstance } from "chalk";
import { unmatchedFlag } from "../edit/problems.js";
import { ExitCode } from "../errors.js";
import type { InputFormat } from "../read/index.js";
import { looksLikeSubtitles } from "../read/subtitles.js";
import { joinBrokenWords } from "../segment/hyphens.js";
import type { Bitext, CodeBlocksFlag, DocumentFlag, Flag, FlagType, LinkStatus, Severity, Side } from "../types.js";
import { SEVERITY_RANK } from "../types.js";
import { checkFailOn, checkReportOptions, checkRunFailOn } from "../validate.js";
import type { Baseline, BaselineUse } from "./baseline.js";
import { LINE_FORMATS, type LineIndex, readLineIndex } from "./location.js";
import { briefCheck } from "./skipped.js";
import { escapeRegExp, hasParagraphs } from "./text.js";

export { LineIndex } from "./location.js";

/** A type whose fields can be set, for objects built field by field. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One thing to look at: a flag on a link, a whole passage of unmatched sentences, or the pair as a whole (no links). */
export interface Problem {
  readonly type: FlagType | DocumentFlag["type"];
  readonly severity: Severity;
  readonly reason: string;
  /** Indices into `bitext.links`. */
  readonly links: readonly number[];
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly evidence?: Flag["evidence"] | DocumentFlag["evidence"];
  /**
   * A reviewer's decision on its links (a reviewed workbook or bitext checked
   * again): "verified" problems were judged and let stand, so they are listed
   * but neither counted nor failing the check; "rejected" ones are.
   */
  readonly status?: LinkStatus;
  /**
   * What a baseline (`check --baseline`) says of it: "accepted", the same
   * type on the same sentences of the same document was reported before and
   * let stand (not counted, failing nothing, left out of the text report and
   * annotations); "changed", a problem of this type on this source sentence
   * was accepted, and the translation has changed since (counted as any).
   */
  readonly baseline?: "accepted" | "changed";
}

/**
 * Whether a problem counts (for the counts and the exit code): not verified by a reviewer, not accepted by a baseline,
 * and a problem of the translation: the checks sverka could not run for a language pair ("checks-skipped") say what the
 * review covered, and a clean EN-DE translation must pass a gate that fails on info (stranger 85).
 */
export function counted(p: Problem): boolean {
  return p.status !== "verified" && p.baseline !== "accepted" && p.type !== "checks-skipped";
}

export function problems(bitext: Bitext): Problem[] {
  // The pair's own problems first: they say what to make of all the rest.
  const out: Problem[] = (bitext.documentFlags ?? []).map((f) => ({ ...f, links: [], source: [], target: [] }));
  const whole = out.length;
  // The passage being gathered, with lists of its own.
  let growing: (Problem & { links: number[]; source: number[]; target: number[] }) | undefined;
  // The last problem of sentences with no counterpart: another flag on its link (a moved sentence checked with its
  // translation where it stands) does not end the passage (stranger 360: five moved sentences told as four and one).
  let lastAt = -1;
  bitext.links.forEach((link, k) => {
    for (const flag of link.flags ?? []) {
      const prev = lastAt >= whole ? out[lastAt] : undefined;
      // Only sentences with no counterpart at all (1-0, 0-1 links) make a passage; a warning on a linked sentence stands alone.
      const unmatched = unmatchedFlag(link, flag);
      const prevUnmatched = prev !== undefined && unmatchedFlag(prev, prev);
      if (
        unmatched &&
        prev &&
        prevUnmatched &&
        prev.type === flag.type &&
        prev.status === link.status &&
        prev.links[prev.links.length - 1] === k - 1
      ) {
        // Consecutive unmatched sentences are one passage, its lists grown in place: copied at every sentence, a
        // passage of 20,000 took half a minute (a translation pasted twice is one of 100,000).
        if (prev !== growing) {
          growing = { ...prev, links: [...prev.links], source: [...prev.source], target: [...prev.target] };
          out[lastAt] = growing;
        }
        growing.links.push(k);
        for (const id of link.source) growing.source.push(id);
        for (const id of link.target) growing.target.push(id);
        continue;
      }
      const problem: Mutable<Problem> = {
        type: flag.type,
        severity: flag.severity,
        reason: flag.reason,
        links: [k],
        source: link.source,
        // A moved sentence's pair checked where its translation stands: that translation sentence is the problem's.
        target: link.target.length === 0 ? movedWith(flag) : link.target,
      };
      if (flag.evidence) problem.evidence = flag.evidence;
      if (link.status) problem.status = link.status;
      out.push(problem);
      if (unmatched) lastAt = out.length - 1;
    }
  });
  return out.map((p) => (p.links.length > 1 ? withField(p, "reason", passageReason(p, bitext)) : p));
}

/** The translation sentence a moved sentence was checked with (`evidence.movedWith`), as a link's target; else none. */
function movedWith(flag: Flag): readonly number[] {
  const j = (flag.evidence as { movedWith?: unknown } | undefined)?.movedWith;
  return typeof j === "number" ? [j] : [];
}

function passageReason(p: Problem, bitext: Bitext): string {
  const side = p.type === "missing" ? bitext.source : bitext.target;
  const ids = p.type === "missing" ? p.source : p.target;
  const paragraphs = [...new Set(ids.map((id) => side.segments[id]!.paragraph + 1))];
  // A document that runs on without a blank line is one paragraph: naming it says nothing.
  const where = !hasParagraphs(side)
    ? ""
    : paragraphs.length === 1
      ? ` (paragraph ${paragraphs[0]})`
      : ` (paragraphs ${paragraphs[0]}-${paragraphs[paragraphs.length - 1]})`;
  // A passage every sentence of which repeats another: a passage translated twice.
  const repeats = p.links
    .map((k) => bitext.links[k]!.flags?.find((f) => f.type === p.type)?.evidence)
    .map((e) => (e && "repeats" in e ? e.repeats : undefined));
  if (p.type === "added" && repeats.every((r) => r !== undefined)) {
    // Folded, not spread: a translation pasted twice is a passage of as many sentences as the document.
    const first = (repeats as number[]).reduce((a, x) => Math.min(a, x), Infinity) + 1;
    const last = (repeats as number[]).reduce((a, x) => Math.max(a, x), -Infinity) + 1;
    return `these ${ids.length} sentences are translated twice: they say again what translation sentences ${first}-${last} say${where}`;
  }
  // A passage the other side has elsewhere, unmatched there too: moved.
  const moved = p.links
    .map((k) => bitext.links[k]!.flags?.find((f) => f.type === p.type)?.evidence)
    .map((e) => (e && "movedPassage" in e ? e.movedPassage : undefined));
  const to = moved[0];
  if (to !== undefined && moved.every((m) => m !== undefined && m[0] === to[0]))
    return `these ${ids.length} sentences ${p.type === "missing" ? "are not translated here" : "are not in the source here"}${where}, but ${p.type === "missing" ? "translation" : "source"} sentences ${to[0] + 1}-${to[1] + 1}, unmatched too, say what they say: the passage moved?`;
  return `these ${ids.length} sentences ${p.type === "missing" ? "are not translated" : "are not in the source"}${where}`;
}

/** Problems by severity, those a reviewer verified or a baseline accepted left out (`verifiedCount` counts the first). */
export function countBySeverity(list: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { info: 0, warning: 0, error: 0 };
  for (const p of list) if (counted(p)) counts[p.severity]++;
  return counts;
}

/** Problems a reviewer verified: listed, not counted. */
export function verifiedCount(list: readonly Problem[]): number {
  return list.filter((p) => p.status === "verified").length;
}

/** 1 when any problem that counts reaches `failOn`, else 0. */
export function checkExitCode(list: readonly Problem[], failOn: Severity): number {
  checkFailOn(failOn, "checkExitCode");
  return list.some((p) => counted(p) && SEVERITY_RANK[p.severity] >= SEVERITY_RANK[failOn]) ? ExitCode.problems : ExitCode.ok;
}

/** The texts of a problem's sentences on each side, as the report quotes them: a reviewer's correction over the text. */
export function problemTexts(p: Pick<Problem, "source" | "target">, bitext: Bitext): { sourceText: string; targetText: string } {
  const text = (side: Bitext["source"], ids: readonly number[]) =>
    ids.map((id) => side.segments[id]!.corrected ?? side.segments[id]!.text).join(" ");
  return { sourceText: text(bitext.source, p.source), targetText: text(bitext.target, p.target) };
}

/** Where a problem lies on one side: its sentences, and their line and column in the input file when known. All 1-based. */
export interface Location {
  readonly side: "source" | "target";
  readonly path?: string;
  /** The first and last sentence (segment) flagged, 1-based. */
  readonly sentence: number;
  readonly lastSentence: number;
  /** 1-based paragraph of the first sentence. */
  readonly paragraph: number;
  /**
   * Line and column (1-based; columns in UTF-16 code units) of the flagged
   * text in the input file: the number, date or name a flag names, else the
   * sentence. Only for .txt and .md inputs, whose segment offsets point into
   * the file.
   */
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** The words of the sentence the flag names (a number, a date, a name), when it names some and they were found. */
  readonly flagged?: string;
  /**
   * Set where the problem has no sentence on this side (a sentence not
   * translated, or not in the source): the place its counterpart would take,
   * just after `sentence` ("after"), or before the first sentence ("before").
   * Its line and column are that point, `endLine`/`endColumn` the same.
   */
  readonly gap?: "after" | "before";
  /** The place is a Markdown code block's (a "code-blocks" problem of the pair): its opening fence's line, between `gap` and `sentence`. */
  readonly codeBlock?: true;
  /** A translation memory's unit: its tuid, where the file gives one (its line is `line`). */
  readonly tuid?: string;
}

export interface LocatedProblem extends Problem {
  /** The side to fix first (the translation, when the problem has sentences there), then the other. */
  readonly locations: readonly Location[];
}

/** The texts segment offsets point into, one a side, for lines and columns (see `readInputLines`). */
export interface InputLines {
  readonly source?: LineIndex;
  readonly target?: LineIndex;
}

/** One pair's check: its problems with their places, counts, and what the exit code would be. */
export interface CheckReport {
  readonly bitext: Bitext;
  /** The file the bitext was read from, when it is neither of its documents (a saved JSON, a reviewed workbook). */
  readonly file?: string;
  readonly problems: readonly LocatedProblem[];
  /** By severity, those a reviewer verified left out. */
  readonly counts: Record<Severity, number>;
  /** Problems a reviewer verified: listed, not counted, failing nothing. */
  readonly verified: number;
  /** With a baseline: the problems it accepted (marked `baseline`, not counted, failing nothing). */
  readonly accepted?: number;
  readonly failOn: Severity;
  /** 0, or 1 when a problem reaches `failOn`. */
  readonly exitCode: number;
}

/** A pair of a folder or manifest check that could not be checked (a missing file, an empty document...). */
export interface PairFailure {
  readonly source: string;
  readonly target: string;
  readonly message: string;
  readonly exitCode: number;
  /** Its place among the folder's or manifest's pairs (from 0): the reports list it there. */
  readonly at?: number;
}

/** A pair of a folder or manifest as reported: its check, or why it was not checked. */
export type ReportedPair = { readonly report: CheckReport } | { readonly failure: PairFailure };

/** The run's pairs in the folder's or manifest's order (docs/check-format.md), a pair not checked in its place (stranger 247). */
export function pairsInOrder(run: Pick<CheckRun, "reports" | "failures">): ReportedPair[] {
  const out: ReportedPair[] = [];
  const failures = [...run.failures].sort((a, b) => (a.at ?? Number.POSITIVE_INFINITY) - (b.at ?? Number.POSITIVE_INFINITY));
  let r = 0;
  for (const failure of failures) {
    while (r < run.reports.length && (failure.at === undefined || out.length < failure.at)) out.push({ report: run.reports[r++]! });
    out.push({ failure });
  }
  while (r < run.reports.length) out.push({ report: run.reports[r++]! });
  return out;
}

/** A file of a folder that was not checked: a document without its counterpart, or one in a third language. */
export interface SkippedFile {
  readonly file: string;
  /** Why, as the user would say it: "no policy.bg.txt", "in de, not bg or en". */
  readonly reason: string;
}

/** A check of one pair or many: what every report format renders. */
export interface CheckRun {
  readonly reports: readonly CheckReport[];
  readonly failures: readonly PairFailure[];
  readonly failOn: Severity;
  /** Whether it checked a folder or manifest (the JSON layout of many pairs), even of one pair. */
  readonly many: boolean;
  /** Files of the folder left unchecked: every report names them, so that a gate never passes on what it did not read. */
  readonly skipped?: readonly SkippedFile[];
  /** Whether a file left unchecked fails the run (`--fail-on-unpaired`: exit 1). */
  readonly failOnSkipped?: boolean;
  /** The baseline given (`--baseline`): its files, how many problems it holds, which of them were found again. */
  readonly baseline?: BaselineUse;
  /** Flag types left out (`--ignore`): every report says they were not checked. */
  readonly ignored?: readonly string[];
}

/** The check of a bitext: problems, their places (lines when `lines` has the input texts), counts and the exit decision. */
export function checkReport(
  bitext: Bitext,
  options: { failOn?: Severity; lines?: InputLines; file?: string; baseline?: Baseline } = {},
): CheckReport {
  checkReportOptions(options, "checkReport");
  const failOn = options.failOn ?? "error";
  const { baseline } = options;
  // A problem reported before on the same sentences is accepted; a verified one is the reviewer's already.
  const list = problems(bitext).map((p) => {
    const said = baseline && p.status !== "verified" ? baseline.take(p, bitext) : undefined;
    return said ? withField(p, "baseline", said) : p;
  });
  const file =
    options.file !== undefined && options.file !== bitext.source.path && options.file !== bitext.target.path ? options.file : undefined;
  return {
    bitext,
    ...(file !== undefined ? { file } : {}),
    problems: list.map((p) => withField(p, "locations", locate(p, bitext, options.lines ?? {}))),
    counts: countBySeverity(list),
    verified: verifiedCount(list),
    ...(baseline ? { accepted: list.filter((p) => p.baseline === "accepted").length } : {}),
    failOn,
    exitCode: checkExitCode(list, failOn),
  };
}

/** The exit code of a run: 2 when a pair could not be checked, else 1 when a problem reaches --fail-on, else 0. */
export function runExitCode(
  run: Pick<CheckRun, "reports" | "failures" | "skipped" | "failOnSkipped"> & { readonly failOn?: Severity },
): number {
  if (run.failOn !== undefined) checkRunFailOn({ failOn: run.failOn, reports: run.reports }, "runExitCode");
  if (run.failures.length > 0) return Math.max(...run.failures.map((f) => f.exitCode));
  if (run.failOnSkipped && (run.skipped?.length ?? 0) > 0) return ExitCode.problems;
  return run.reports.some((r) => r.exitCode !== ExitCode.ok) ? ExitCode.problems : ExitCode.ok;
}

/** Pairs a gate's failing line names before the rest are counted (`check`'s and `batch`'s). */
const FAILING_NAMED = 10;

/** "a, b, c and 3 more": a gate's failing pairs, the first few named. */
export function namedFirst(names: readonly string[]): string {
  const more = names.length > FAILING_NAMED ? ` and ${grouped(names.length - FAILING_NAMED)} more` : "";
  return `${names.slice(0, FAILING_NAMED).join(", ")}${more}`;
}

/**
 * What made a run fail, in one line: "fails on error: 2 pairs with errors (a.bg.txt → a.en.txt, ...)", or a pair's own
 * counts; undefined for a run that passes. A quiet check whose reports go to files says this much on stderr, so a CI
 * log shows which pair failed (stranger 203: `check -q -o report.json` printed nothing and exited 1).
 */
export function failingLine(run: Pick<CheckRun, "reports" | "failures" | "skipped" | "failOnSkipped" | "failOn">): string | undefined {
  if (runExitCode(run) === ExitCode.ok) return undefined;
  // A memory or bilingual file is one file: named once, not "ui.po → ui.po" (stranger 232).
  const name = (r: CheckReport) =>
    r.file ??
    (r.bitext.source.path !== undefined && r.bitext.source.path === r.bitext.target.path
      ? r.bitext.source.path
      : `${r.bitext.source.path ?? "source"} → ${r.bitext.target.path ?? "translation"}`);
  const failing = run.reports.filter((r) => r.exitCode !== ExitCode.ok);
  const parts: string[] = [];
  if (failing.length === 1 && run.reports.length === 1) {
    const n = failing[0]!.counts;
    parts.push(`${plural(n.error, "error")}, ${plural(n.warning, "warning")}, ${grouped(n.info)} info in ${name(failing[0]!)}`);
  } else if (failing.length > 0) {
    const what = run.failOn === "error" ? "errors" : run.failOn === "warning" ? "errors or warnings" : "problems";
    parts.push(`${plural(failing.length, "pair")} with ${what} (${namedFirst(failing.map(name))})`);
  }
  if (run.failures.length > 0)
    parts.push(`${plural(run.failures.length, "pair")} not checked (${run.failures.map((f) => f.source).join(", ")})`);
  if (run.failOnSkipped && (run.skipped?.length ?? 0) > 0)
    parts.push(`${plural(run.skipped!.length, "file")} unpaired (--fail-on-unpaired)`);
  return `fails on ${run.failOn}: ${parts.join("; ")}`;
}

/** Counts by severity over a run's pairs. */
export function runCounts(run: Pick<CheckRun, "reports">): Record<Severity, number> {
  const out: Record<Severity, number> = { info: 0, warning: 0, error: 0 };
  for (const r of run.reports) for (const s of ["info", "warning", "error"] as const) out[s] += r.counts[s];
  return out;
}

/**
 * The input texts of a bitext's two files, for lines and columns: read again
 * from `side.path` (.txt and .md only; see `readLineIndex`), and only when
 * they still hold the segments (a bitext read back from JSON may be older than
 * its files). A translation memory checked unit by unit has none.
 */
export async function readInputLines(bitext: Bitext, options: { inputFormat?: InputFormat } = {}): Promise<InputLines> {
  if (bitext.source.path !== undefined && bitext.source.path === bitext.target.path) return {};
  const side = async (s: Side) => {
    if (s.path === undefined) return undefined;
    const index = await readLineIndex(s.path, { encoding: s.encoding?.replace(/ \(BOM\)$/u, ""), format: options.inputFormat });
    return index && holds(index.text, s, options.inputFormat) ? index : undefined;
  };
  const [source, target] = await Promise.all([side(bitext.source), side(bitext.target)]);
  return { ...(source ? { source } : {}), ...(target ? { target } : {}) };
}

/**
 * Whether `text` is the text a side's offsets point into: each segment's slice is its text (for Markdown and subtitles,
 * whose markup, cue numbers and timecodes the text leaves out, within bounds).
 */
function holds(text: string, side: Side, format: InputFormat | undefined): boolean {
  const marked =
    ["md", "srt", "vtt"].includes(format ?? "") ||
    /\.(md|markdown|mdown|srt|vtt)$/iu.test(side.path ?? "") ||
    (/\.txt$/iu.test(side.path ?? "") && looksLikeSubtitles(text));
  return side.segments.every((g) => g.end <= text.length && (marked || text.slice(g.start, g.end) === g.text));
}

/** The places of a problem: the translation's side first when it has sentences there. */
function locate(p: Problem, bitext: Bitext, lines: InputLines): Location[] {
  if (p.type === "code-blocks") return codeBlockPlaces(p, bitext, lines);
  const out: Location[] = [];
  // Where the first side's word lies in its sentences, as a share of them: a word the other side writes twice is the copy nearest that.
  let hint: number | undefined;
  for (const side of p.target.length > 0 ? (["target", "source"] as const) : (["source", "target"] as const)) {
    const ids = segmentsOf(p, side);
    if (ids.length === 0) continue;
    const placed = place(bitext[side], side, ids, flaggedWords(p, side), lines[side], hint);
    out.push(placed.location);
    hint ??= placed.share;
  }
  const empty = p.source.length === 0 ? "source" : p.target.length === 0 ? "target" : undefined;
  if (empty && p.links.length > 0 && out.length > 0) out.push(gapPlace(bitext, empty, p.links[0]!, lines[empty]));
  return out;
}

/**
 * Where a code-blocks problem's first block opens in each file that has it, between two sentences: a CI annotation
 * goes on the block's line, not on the whole document (stranger 366: `locations: []`, though the reason named
 * en.md:5). None on a side whose file is not at hand for lines.
 */
function codeBlockPlaces(p: Problem, bitext: Bitext, lines: InputLines): Location[] {
  const first = (p.evidence as CodeBlocksFlag["evidence"] | undefined)?.changes[0];
  const out: Location[] = [];
  for (const side of ["target", "source"] as const) {
    const line = first?.[side];
    const index = lines[side];
    if (line === undefined || !index) continue;
    const segments = bitext[side].segments;
    // The last sentence that opens above the block's fence.
    let before = -1;
    while (before + 1 < segments.length && index.at(segments[before + 1]!.start).line < line) before++;
    const n = Math.max(1, before + 1);
    const location = locationAt(side, bitext[side].path, n, n, (segments[Math.max(0, before)]?.paragraph ?? 0) + 1);
    location.gap = before < 0 ? "before" : "after";
    location.codeBlock = true;
    location.line = line;
    location.column = 1;
    location.endLine = line;
    location.endColumn = 1;
    out.push(location);
  }
  return out;
}

/** Where the sentences of a link with nothing on `side` would go: after the last sentence of that side before it. */
function gapPlace(bitext: Bitext, side: "source" | "target", k: number, lines: LineIndex | undefined): Location {
  let before = -1;
  for (let at = k - 1; at >= 0 && before < 0; at--) before = Math.max(before, ...bitext.links[at]![side]);
  const s = bitext[side];
  const next = s.segments[before + 1];
  const location = locationAt(
    side,
    s.path,
    Math.max(1, before + 1),
    Math.max(1, before + 1),
    (s.segments[Math.max(0, before)]?.paragraph ?? 0) + 1,
  );
  location.gap = before < 0 ? "before" : "after";
  const offset = before >= 0 ? s.segments[before]!.end : next?.start;
  if (!lines || offset === undefined) return location;
  const at = lines.at(offset);
  location.line = at.line;
  location.column = at.column;
  location.endLine = at.line;
  location.endColumn = at.column;
  return location;
}

/** The sentences of a problem on one side: the one its evidence names inside a longer link, else all of them. */
function segmentsOf(p: Problem, side: "source" | "target"): readonly number[] {
  const named = p.evidence && `${side}Segment` in p.evidence ? (p.evidence as Record<string, unknown>)[`${side}Segment`] : undefined;
  return typeof named === "number" && p[side].includes(named) ? [named] : p[side];
}

/** What a flag names on one side, as written (numbers, dates, amounts, names). */
function flaggedWords(p: Problem, side: "source" | "target"): readonly string[] {
  const list = p.evidence && side in p.evidence ? (p.evidence as Record<string, unknown>)[side] : undefined;
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string" && x !== "") : [];
}

/**
 * Where `word` stands in `written` from `from`, and how long it is there: as named, or with its spaces a line break
 * and the next line's indentation in the file ("1 215 хил." written "1\n      215 хил.").
 */
function findWritten(written: string, word: string, from: number): { at: number; length: number } | undefined {
  const at = wholeAt(written, word, from);
  if (at >= 0) return { at, length: word.length };
  if (!word.includes(" ") || !written.includes("\n")) return undefined;
  const loose = new RegExp(word.split(/\s+/u).map(escapeRegExp).join("\\s+"), "gu");
  loose.lastIndex = from;
  const m = loose.exec(written);
  return m ? { at: m.index, length: m[0].length } : undefined;
}

/** A letter or a figure: what a word or a number that `written` holds must not run on into. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where `word` is written in `written` from `from` as a whole: not inside a longer number or word ("2" of "grade 2", not
 * of "25%"; stranger 272), else where it is written at all (a figure glued to its unit, "5mm"), else -1.
 */
function wholeAt(written: string, word: string, from: number): number {
  const first = written.indexOf(word, from);
  if (first < 0 || word === "") return first;
  const [opens, closes] = [WORD_CHAR.test(word[0]!), WORD_CHAR.test(word[word.length - 1]!)];
  for (let at = first; at >= 0; at = written.indexOf(word, at + 1)) {
    const before = opens && at > 0 && WORD_CHAR.test(written[at - 1]!);
    const after = closes && WORD_CHAR.test(written[at + word.length] ?? "");
    if (!before && !after) return at;
  }
  return first;
}

/**
 * A problem's place on one side, and how far into its sentences the flagged
 * word lies (0 to 1) when one was found. Where the word is written more than
 * once ("1,5 A" and "1,5 м"), the copy nearest `hint` (the other side's
 * share) is the one named.
 */
function place(
  s: Side,
  side: "source" | "target",
  ids: readonly number[],
  words: readonly string[],
  lines: LineIndex | undefined,
  hint?: number,
): { location: Location; share?: number } {
  const first = s.segments[ids[0]!]!;
  const last = s.segments[ids[ids.length - 1]!]!;
  const location = locationAt(side, s.path, first.id + 1, last.id + 1, first.paragraph + 1);
  // The first word the flag names, found in the sentences as the file writes them (by characters into them, `chars`).
  let span = { start: first.start, end: last.end };
  let flagged: string | undefined;
  let share: number | undefined;
  const total = ids.reduce((n, id) => n + s.segments[id]!.text.length, 0);
  for (const word of words) {
    let chars = 0;
    let best = Number.POSITIVE_INFINITY;
    for (const id of ids) {
      const g = s.segments[id]!;
      const written = lines ? lines.text.slice(g.start, g.end) : g.text;
      for (
        let found = findWritten(written, word, 0);
        found;
        found = hint === undefined ? undefined : findWritten(written, word, found.at + 1)
      ) {
        const at = found.at;
        const here = (chars + at) / Math.max(1, total);
        const distance = hint === undefined ? 0 : Math.abs(here - hint);
        if (distance >= best) continue;
        best = distance;
        flagged = word;
        share = here;
        if (lines) span = { start: g.start + at, end: g.start + at + found.length };
      }
      if (flagged && hint === undefined) break;
      chars += g.text.length;
    }
    if (flagged) break;
  }
  if (lines) {
    const from = lines.at(span.start);
    const to = lines.at(span.end);
    location.line = from.line;
    location.column = from.column;
    location.endLine = to.line;
    location.endColumn = to.column;
  } else if (first.unit?.line !== undefined) location.line = first.unit.line;
  if (flagged) location.flagged = flagged;
  // A memory's unit by its tuid and line too, as a CAT tool and an editor find it (stranger 83: "unit 38" was tuid 33).
  if (first.unit?.tuid !== undefined) location.tuid = first.unit.tuid;
  return share !== undefined ? { location, share } : { location };
}

/**
 * A location's first fields; the others are set in the order the reports
 * write them. Built field by field, not spread: an object spread in code
 * that meets objects of many shapes gave each copy a hidden class of its own,
 * six for a problem and its places, 160 MB of a 100,000-sentence check's
 * 165,000 problems (`withField` likewise).
 */
function locationAt(
  side: "source" | "target",
  path: string | undefined,
  sentence: number,
  lastSentence: number,
  paragraph: number,
): Mutable<Location> {
  const location: Mutable<Location> = { side } as Mutable<Location>;
  if (path !== undefined) location.path = path;
  location.sentence = sentence;
  location.lastSentence = lastSentence;
  location.paragraph = paragraph;
  return location;
}

/** A copy of `o` with `key` set to `value` (in its place, or last), made property by property (see `locationAt`). */
function withField<T extends object, K extends string, V>(o: T, key: K, value: V): T & Record<K, V> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) out[k] = (o as Record<string, unknown>)[k];
  out[key] = value;
  return out as T & Record<K, V>;
}

/** `path:line:column`, or the path and paragraph where lines are not known; then the sentences. */
export function describeLocation(loc: Location, lang: string, memory = false): string {
  const sentences = loc.codeBlock
    ? `the code block ${loc.gap} sentence ${loc.sentence}`
    : loc.gap
      ? `${loc.gap} sentence ${loc.sentence} (where it would go)`
      : loc.sentence === loc.lastSentence
        ? `sentence ${loc.sentence}`
        : `sentences ${loc.sentence}-${loc.lastSentence}`;
  // A memory's unit by its place in the file (its paragraph: src/read/tm.ts), which a direction's own count is not.
  if (memory) {
    const named = [loc.tuid !== undefined ? `tuid ${loc.tuid}` : "", loc.line !== undefined ? `line ${loc.line}` : ""].filter(
      (x) => x !== "",
    );
    return `unit ${loc.sentence === loc.lastSentence ? loc.paragraph : `${loc.paragraph}-${loc.paragraph + loc.lastSentence - loc.sentence}`}${named.length ? `, ${named.join(", ")}` : ""} (${lang})`;
  }
  if (loc.path === undefined) return `${lang} ${sentences}`;
  if (loc.line === undefined) return `${loc.path} paragraph ${loc.paragraph}, ${sentences}`;
  return `${loc.path}:${loc.line}:${loc.column} ${sentences}`;
}

const SYMBOL: Record<Severity, string> = { error: "✗", warning: "!", info: "i" };

/** Both sides from one file: the units of a translation memory. */
function isMemory(bitext: Bitext): boolean {
  return bitext.source.path !== undefined && bitext.source.path === bitext.target.path;
}

/** The text around a gap: the last words of the sentence before it, or the first of the sentence after. */
export function gapContext(side: Side, loc: Location): string {
  const g = side.segments[loc.sentence - 1];
  if (!g) return "";
  const text = joinBrokenWords(g.corrected ?? g.text, side.segments, side.lang)
    .replace(/\s+/gu, " ")
    .trim();
  if (text.length <= GAP_CONTEXT) return loc.gap === "after" ? `${text} ▸` : `▸ ${text}`;
  return loc.gap === "after" ? `...${text.slice(-GAP_CONTEXT)} ▸` : `▸ ${text.slice(0, GAP_CONTEXT)}...`;
}

/** Characters of context shown beside a gap. */
const GAP_CONTEXT = 70;

/** A readable report of one pair: one block per problem at or above `show`, each with its places, then a summary line. */
export function renderText(report: CheckReport, c: ChalkInstance, options: { show: Severity }): string {
  return [...textChunks(report, c, options)].join("");
}

/** Lines of a report given out this many at a time: a long pair's report runs to tens of millions of characters. */
const LINES_A_CHUNK = 2000;

/** `renderText`'s text in pieces, to be written as it is made. */
export function* textChunks(report: CheckReport, c: ChalkInstance, options: { show: Severity }): Generator<string> {
  const { bitext } = report;
  const colour = (s: Severity) => (s === "error" ? c.red : s === "warning" ? c.yellow : c.blue);
  // A long sentence is cut around the words the flag names, so they show.
  // A word a hard-wrapped line broke with a hyphen is quoted whole, as the memory writes it (src/segment/hyphens.ts).
  const excerpt = (ids: readonly number[], side: Side, flagged: string | undefined) => {
    const segs = side.segments;
    const text = joinBrokenWords(ids.map((id) => segs[id]!.corrected ?? segs[id]!.text).join(" "), segs, side.lang).replace(/\s+/gu, " ");
    if (text.length <= 160) return text;
    const at = flagged ? text.indexOf(flagged) : -1;
    if (at < 120) return `${text.slice(0, 157)}...`;
    const from = Math.max(0, Math.min(at - 60, text.length - 154));
    return `...${text.slice(from, from + 154)}${from + 154 < text.length ? "..." : ""}`;
  };
  const memory = isMemory(bitext);
  const lines = [
    memory
      ? `${c.bold("sverka check")} ${bitext.source.path} ${c.dim(`(${plural(bitext.links.length, "unit")}, ${bitext.source.lang} → ${bitext.target.lang})`)}`
      : report.file !== undefined
        ? `${c.bold("sverka check")} ${report.file} ${c.dim(`(${bitext.source.path ?? "source"} → ${bitext.target.path ?? "target"})`)}`
        : `${c.bold("sverka check")} ${bitext.source.path ?? "(source)"} ${c.dim("→")} ${bitext.target.path ?? "(target)"}`,
  ];
  // What fails the run is always listed, whatever --show says (as the CI formats list it).
  const least = SEVERITY_RANK[report.failOn] < SEVERITY_RANK[options.show] ? report.failOn : options.show;
  // A problem a baseline accepted was judged before: counted in the last line, not listed again.
  const shown = report.problems.filter((p) => SEVERITY_RANK[p.severity] >= SEVERITY_RANK[least] && p.baseline !== "accepted");
  const again = repeatsOf(shown, bitext);
  for (const [n, p] of shown.entries()) {
    const repeats = again.get(n);
    if (repeats === null) continue;
    // A reviewer's decision is said: a verified problem was judged and let stand, a rejected link is out of the memories.
    const decided = p.status
      ? c.dim(` (${p.status} by the reviewer${p.status === "verified" ? ": not counted" : ""})`)
      : p.baseline === "changed"
        ? c.dim(" (accepted in the baseline before this translation sentence changed: judged again)")
        : "";
    lines.push(`${colour(p.severity)(`${SYMBOL[p.severity]} ${p.severity.padEnd(7)}`)} ${c.bold(p.type.padEnd(12))} ${p.reason}${decided}`);
    if (p.links.length === 0 && p.locations.length === 0) lines.push(`    ${c.dim("the whole document")}`);
    // Source first, then the translation, as a reader compares them.
    for (const side of ["source", "target"] as const) {
      const loc = p.locations.find((l) => l.side === side);
      if (!loc) continue;
      const ids = p[side].filter((id) => id + 1 >= loc.sentence && id + 1 <= loc.lastSentence);
      // A gap shows the end of the sentence it follows (or the start of the one it precedes), dimmed: the text is not the problem's.
      const text = loc.gap ? c.dim(gapContext(bitext[side], loc)) : excerpt(ids, bitext[side], loc.flagged);
      lines.push(`    ${c.dim(`${describeLocation(loc, bitext[side].lang, memory)}:`)} ${text}`);
    }
    if (repeats) lines.push(`    ${c.dim(repeatsLine(repeats))}`);
    if (lines.length >= LINES_A_CHUNK) yield `${lines.splice(0).join("\n")}\n`;
  }
  // What the review could not check is said whatever --show says: a clean report must not pass for a full one.
  const skipped = report.problems.find((p) => p.type === "checks-skipped" && !shown.includes(p));
  if (skipped) lines.push(c.dim(`note: ${briefly(skipped)}`));
  const n = report.counts;
  // Links with a problem at `least` or worse that the baseline did not accept (each flag is a problem, or part of a passage).
  const flaggedLinks = new Set(
    report.problems.filter((p) => SEVERITY_RANK[p.severity] >= SEVERITY_RANK[least] && p.baseline !== "accepted").flatMap((p) => p.links),
  ).size;
  // The pair's own problems at `least` or worse (a code block changed, no translation at all): counted, on no link (regress80).
  const whole = report.problems.filter(
    (p) => p.links.length === 0 && SEVERITY_RANK[p.severity] >= SEVERITY_RANK[least] && p.baseline !== "accepted",
  ).length;
  const accepted = report.accepted ?? 0;
  // Those the counts count ("8 info ...; 8 below warning not shown"): what could not be checked is the note's (stranger 320).
  const hidden = report.problems.filter((p) => SEVERITY_RANK[p.severity] < SEVERITY_RANK[least] && counted(p)).length;
  lines.push(
    `${report.exitCode !== 0 ? c.red("✗") : c.green("✓")} ${plural(n.error, "error")}, ${plural(n.warning, "warning")}, ${grouped(n.info)} info in ${plural(bitext.links.length, memory ? "unit" : "link")} ` +
      `(${grouped(flaggedLinks)} flagged${least === "info" ? "" : ` at ${least} or worse`}${whole ? `, and ${plural(whole, "problem")} of the whole pair` : ""})${report.verified ? `; ${grouped(report.verified)} verified by the reviewer, not counted` : ""}` +
      `${accepted ? `; ${plural(accepted, "problem")} accepted in the baseline, not counted` : ""}` +
      `${hidden ? c.dim(`; ${grouped(hidden)} below ${least} not shown (--show info)`) : ""}; fails on ${report.failOn}`,
  );
  yield `${lines.join("\n")}\n`;
}

/**
 * The same flag on the same sentence pair again (a manual's step, a contract's
 * clause, translated the same way each time): the text report shows it once,
 * with where else it stands. By index into `shown`: the problems met again
 * (at the first), null for those shown at an earlier one, nothing for the rest.
 * Every other report format keeps each problem.
 */
function repeatsOf(shown: readonly LocatedProblem[], bitext: Bitext): Map<number, LocatedProblem[] | null> {
  const out = new Map<number, LocatedProblem[] | null>();
  const first = new Map<string, number>();
  // A text by a number of its own: a key holding the texts themselves made a long pair's keys hundreds of megabytes.
  const texts = new Map<string, number>();
  const textOf = (side: Side, ids: readonly number[]) =>
    ids
      .map((id) => {
        const text = side.segments[id]!.text;
        let n = texts.get(text);
        if (n === undefined) {
          n = texts.size;
          texts.set(text, n);
        }
        return n;
      })
      .join(",");
  shown.forEach((p, n) => {
    if (p.links.length !== 1 || p.source.length === 0 || p.target.length === 0) return;
    // The texts being the same, a number the reason holds differs only where it places the flag ("translation sentence 16"):
    // counted as the same reason, or a contract's clause flagged in every copy was listed in full each time.
    const reason = p.reason.replace(/\d+/g, "#");
    const key = [p.type, p.severity, reason, textOf(bitext.source, p.source), textOf(bitext.target, p.target)].join("\u0001");
    const at = first.get(key);
    if (at === undefined) {
      first.set(key, n);
      return;
    }
    const list = out.get(at) ?? [];
    list.push(p);
    out.set(at, list);
    out.set(n, null);
  });
  return out;
}

/** Where the same flag stands again: the first few places in the translation, and how many. */
function repeatsLine(repeats: readonly LocatedProblem[]): string {
  const places = repeats.slice(0, REPEATS_LISTED).map((p) => {
    const loc = p.locations.find((l) => l.side === "target") ?? p.locations[0]!;
    return loc.line !== undefined ? `line ${loc.line}` : `sentence ${loc.sentence}`;
  });
  const more = repeats.length - places.length;
  return `and ${plural(repeats.length, "more time")} on the same sentences: ${places.join(", ")}${more > 0 ? ` and ${grouped(more)} more` : ""} of the translation`;
}

/** How many places of a repeated flag the text report names. */
const REPEATS_LISTED = 5;

/** A readable report of a run: each pair's report, the pairs that could not be checked, and for many pairs a last line over all. */
export function renderRunText(run: CheckRun, c: ChalkInstance, options: { show: Severity }): string {
  return [...runTextChunks(run, c, options)].join("");
}

/** `renderRunText`'s text in pieces, to be written as it is made: each pair's report is made when the one before is out. */
export function* runTextChunks(run: CheckRun, c: ChalkInstance, options: { show: Severity }): Generator<string> {
  // For many pairs, a blank line between one pair's report (or failure) and the next, and before the last line.
  const between = run.many ? "\n" : "";
  let first = true;
  for (const p of pairsInOrder(run)) {
    if (!first) yield between;
    first = false;
    if ("report" in p) yield* textChunks(p.report, c, options);
    else {
      const f = p.failure;
      yield `${c.bold("sverka check")} ${f.source} ${c.dim("→")} ${f.target}\n${c.red("✗ not checked:")} ${f.message}\n`;
    }
  }
  const skipped = run.skipped ?? [];
  if (skipped.length) {
    if (!first) yield between;
    first = false;
    const mark = run.failOnSkipped ? c.red("✗ not checked:") : c.yellow("! not checked:");
    yield `${mark} ${plural(skipped.length, "file")} of the folder pair${skipped.length === 1 ? "s" : ""} with nothing\n`;
    for (const f of skipped) yield `  ${f.file} (${f.reason})\n`;
  }
  if (run.ignored?.length) yield c.dim(`note: not checked: ${run.ignored.join(", ")} (--ignore)\n`);
  if (run.baseline) yield* baselineLines(run.baseline, c);
  if (!run.many) return;
  const n = runCounts(run);
  const code = runExitCode(run);
  const failed = run.failures.length ? `, ${run.failures.length} not checked` : "";
  const left = skipped.length ? `, ${plural(skipped.length, "file")} skipped${run.failOnSkipped ? " (--fail-on-unpaired)" : ""}` : "";
  if (!first) yield between;
  yield `${code !== 0 ? c.red("✗") : c.green("✓")} ${plural(run.reports.length + run.failures.length, "pair")}${failed}${left}: ${plural(n.error, "error")}, ${plural(n.warning, "warning")}, ${grouped(n.info)} info; fails on ${run.failOn}\n`;
  // Which pairs failed, as batch's gate line names them (stranger 203: a folder's summary named none).
  const failing = failingLine(run);
  if (failing !== undefined) yield `${c.red("✗")} ${failing}\n`;
}

/** Entries of a baseline no longer found that the text report names. */
const NOT_FOUND_NAMED = 5;

/** What became of the baseline: how much of it was found again, and which of its problems were not. */
function* baselineLines(b: BaselineUse, c: ChalkInstance): Generator<string> {
  const files = b.files.join(", ");
  if (b.entries === 0) {
    yield c.dim(`baseline ${files}: accepts no problem (a report of none, or a bitext with no link verified)\n`);
    return;
  }
  const parts = [`${grouped(b.found)} of its ${plural(b.entries, "problem")} found again and accepted`];
  if (b.notFound.length)
    parts.push(`${grouped(b.notFound.length)} not found (fixed, or their sentences changed: a new baseline drops them)`);
  if (b.elsewhere) parts.push(`${grouped(b.elsewhere)} of documents or flag types not checked in this run`);
  yield c.dim(`baseline ${files}: ${parts.join("; ")}\n`);
  for (const e of b.notFound.slice(0, NOT_FOUND_NAMED)) {
    const what = e.type === "*" ? "a verified link" : e.type;
    yield c.dim(`  not found: ${what} in ${e.document || "the pair"}: ${clipText(e.sourceText, 60)} / ${clipText(e.targetText, 60)}\n`);
  }
  if (b.notFound.length > NOT_FOUND_NAMED)
    yield c.dim(`  and ${grouped(b.notFound.length - NOT_FOUND_NAMED)} more (the JSON report lists them all)\n`);
}

/** A text cut to `n` characters, whitespace as one space, quoted. */
function clipText(text: string, n: number): string {
  const t = text.replace(/\s+/gu, " ").trim();
  return `"${t.length > n ? `${t.slice(0, n - 1)}…` : t}"`;
}

function plural(n: number, word: string): string {
  return `${grouped(n)} ${word}${n === 1 ? "" : "s"}`;
}

/** A count as an English reader takes it in at a glance: 12,345 (the reports are in English whatever the pair). */
export function grouped(n: number): string {
  const digits = String(n);
  return Number.isInteger(n) ? digits.replace(/\B(?=(\d{3})+$)/g, ",") : digits;
}

/** One pair's report as data (docs/check-format.md), its problems as `problems` gives them. */
function reportData<P>(report: CheckReport, problems: (report: CheckReport) => P) {
  const { bitext } = report;
  return {
    source: { lang: bitext.source.lang, path: bitext.source.path, segments: bitext.source.segments.length },
    target: { lang: bitext.target.lang, path: bitext.target.path, segments: bitext.target.segments.length },
    links: bitext.links.length,
    counts: report.counts,
    verified: report.verified,
    ...(report.accepted !== undefined ? { accepted: report.accepted } : {}),
    failOn: report.failOn,
    exitCode: report.exitCode,
    problems: problems(report),
  };
}

/** A problem as the JSON report gives it: with the texts of its sentences. */
export function problemJson(p: LocatedProblem, bitext: Bitext) {
  // A reviewer's correction is what was checked: it is what the report quotes.
  return { ...p, ...problemTexts(p, bitext) };
}

/**
 * The report as data: one pair's layout (`sverka-check`), or for a folder or
 * manifest the pairs' (`sverka-check-batch`); each pair's problems as
 * `problems` gives them (a writer in pieces leaves them out, to write them one by one).
 */
export function checkData<P>(run: CheckRun, problems: (report: CheckReport) => P) {
  checkRunFailOn(run, "the check's JSON report");
  return isSingle(run)
    ? { format: "sverka-check", version: 1, ...reportData(run.reports[0]!, problems), ...baselineData(run) }
    : {
        format: "sverka-check-batch",
        version: 1,
        counts: runCounts(run),
        failOn: run.failOn,
        exitCode: runExitCode(run),
        pairs: pairsInOrder(run).map((p) =>
          "report" in p
            ? reportData(p.report, problems)
            : {
                source: { path: p.failure.source },
                target: { path: p.failure.target },
                error: p.failure.message,
                exitCode: p.failure.exitCode,
              },
        ),
        skipped: run.skipped ?? [],
        ...baselineData(run),
      };
}

/** The flag types ignored and the baseline's use, where given. */
function baselineData(run: CheckRun): { ignored?: readonly string[]; baseline?: BaselineUse } {
  return { ...(run.ignored?.length ? { ignored: run.ignored } : {}), ...(run.baseline ? { baseline: run.baseline } : {}) };
}

/** Whether the run has the layout of one pair (`sverka-check`). */
export function isSingle(run: CheckRun): boolean {
  return !run.many && run.reports.length === 1 && run.failures.length === 0;
}

/** The report as JSON text (docs/check-format.md); `checkJsonChunks` of src/formats writes the same in pieces. */
export function renderJson(run: CheckRun): string {
  return `${JSON.stringify(
    checkData(run, (r) => r.problems.map((p) => problemJson(p, r.bitext))),
    null,
    2,
  )}\n`;
}

/** Whether a location knows its place in the file. */
export function hasLine(loc: Location): loc is Location & { line: number; column: number } {
  return loc.line !== undefined && loc.column !== undefined;
}

export { LINE_FORMATS };

/**
 * The note under a report of what was not checked, each check named without its why ("translations cut short"):
 * `--show info` gives the whole reason, and a batch's report has the note once per pair.
 */
function briefly(skipped: Problem): string {
  const checks = (skipped.evidence as { checks?: unknown } | undefined)?.checks;
  const at = skipped.reason.indexOf(": not checked: ");
  if (!Array.isArray(checks) || at < 0) return skipped.reason;
  return `${skipped.reason.slice(0, at)}: not checked: ${checks.map((check) => briefCheck(String(check))).join("; ")} (--show info says why)`;
}
