import type { ChalkInstance } from "chalk";
import { lazy } from "../lazy.js";
import { formatForInput } from "../read/index.js";
import { movedPairCount } from "../review/moved.js";
import { grouped } from "../review/report.js";
import type { Bitext } from "../types.js";

/**
 * chalk, loaded when something is written in colour or not (a summary, a
 * report, an error), not by every run: an alignment written to files, piped,
 * prints nothing to colour. Its loading (the terminal's colour support) was
 * 8-15 ms of each such run.
 */
const chalk = lazy<typeof import("chalk")>("chalk");

/** Loads chalk ahead of `colours` (an ES module only: a test runner's loader may lack require() of it). */
export async function loadColours(): Promise<void> {
  await chalk.preload();
}

/** Colour only on a terminal, never with NO_COLOR set or TERM=dumb. */
export function colours(stream: NodeJS.WriteStream | { isTTY?: boolean }): ChalkInstance {
  const env = process.env;
  const on = Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== "dumb";
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.NO_COLOR === undefined;
  return new (chalk().Chalk)({ level: on || forced ? 1 : 0 });
}

export interface SummaryFacts {
  readonly bitext: Bitext;
  readonly seconds: number;
  readonly written: ReadonlyArray<{ path: string; format: string }>;
  /** What the TMX or TSV written left out, and why ("left out 3 units flagged as errors (...)"), if anything. */
  readonly leftOut?: string;
  /** Of the moved pairs (`movedPairCount`), how many the memory written took as units; undefined where none was written. */
  readonly movedKept?: number;
}

/** Counts of links by kind, most frequent first, 1-1 always first. */
export function kindCounts(bitext: Bitext): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const l of bitext.links) counts.set(l.kind, (counts.get(l.kind) ?? 0) + 1);
  // Kinds are ASCII ("2-1"): compared by code unit, not localeCompare (its first call loads ICU's collation, 12 ms).
  return [...counts].sort((a, b) => (a[0] === "1-1" ? -1 : b[0] === "1-1" ? 1 : b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** One screen about an alignment, for stderr. */
export function formatSummary(facts: SummaryFacts, c: ChalkInstance): string {
  const { bitext } = facts;
  const paragraphs = (s: Bitext["source"]) => new Set(s.segments.map((g) => g.paragraph)).size;
  const both = bitext.links.filter((l) => l.source.length > 0 && l.target.length > 0);
  const unmatched = bitext.links.length - both.length;
  const mean = bitext.links.length ? bitext.links.reduce((a, l) => a + l.score, 0) / bitext.links.length : 0;
  const weak = bitext.links.filter((l) => l.score < 0.5).length;
  const name = (s: Bitext["source"]) => `${s.path ?? "(text)"} ${c.dim(`[${[s.lang, ...howRead(s)].join(", ")}]`)}`;
  const kinds = kindCounts(bitext)
    .map(([k, n]) => {
      const label = `${k} ${grouped(n)}`;
      return k === "1-0" || k === "0-1" ? c.yellow(label) : k === "1-1" ? c.green(label) : c.cyan(label);
    })
    .join("  ");
  const lines = [
    `${c.bold("sverka")} ${name(bitext.source)} ${c.dim("→")} ${name(bitext.target)}`,
    `  segments    ${grouped(bitext.source.segments.length)} source, ${grouped(bitext.target.segments.length)} target ${c.dim(`(${grouped(paragraphs(bitext.source))} and ${grouped(paragraphs(bitext.target))} paragraphs)`)}`,
    `  links       ${grouped(bitext.links.length)}: ${kinds}`,
    `  confidence  mean ${colourScore(mean, c)}${weak ? `, ${c.yellow(`${grouped(weak)} below 0.5`)}` : ", none below 0.5"}`,
    `  unmatched   ${unmatched ? c.yellow(unmatchedLine(unmatched, movedPairCount(bitext), facts.movedKept)) : "none"}`,
    `  length      ${bitext.model.ratio.toFixed(2)} target characters per source character ${c.dim(`(variance ${bitext.model.variance.toFixed(1)})`)}`,
    `  flags       ${flagLine(bitext, c)}`,
    `  time        ${facts.seconds.toFixed(2)} s`,
  ];
  if (facts.leftOut)
    lines.push(
      `  memory      ${c.yellow(facts.leftOut)} ${/flagged/.test(facts.leftOut) ? c.dim("(--drop-flagged none keeps flagged units)") : ""}`.trimEnd(),
    );
  // Each under its own severity (stranger 376: a changed code block, an error, was printed as a warning).
  for (const f of bitext.documentFlags ?? [])
    lines.push(
      f.severity === "info"
        ? `  note        ${f.reason}`
        : f.severity === "error"
          ? `  ${c.red("error")}       ${c.red(f.reason)}`
          : `  ${c.yellow("warning")}     ${c.yellow(f.reason)}`,
    );
  for (const w of facts.written) lines.push(`  wrote       ${w.path} ${c.dim(`(${w.format})`)}`);
  return `${lines.join("\n")}\n`;
}

/**
 * Segments with no counterpart in place, and what a memory makes of them: a sentence moved a few places, or a short
 * passage moved, is written as a unit with its translation all the same (stranger 353: the summary said "not in TMX"
 * of a pair the TMX held).
 */
function unmatchedLine(unmatched: number, movedPairs: number, kept = movedPairs): string {
  const what = `${grouped(unmatched)} segment(s) with no counterpart in place (1-0 / 0-1 links`;
  if (movedPairs === 0) return `${what}; not in TMX)`;
  const rest = unmatched - 2 * movedPairs;
  const moved = `${grouped(movedPairs)} moved pair${movedPairs === 1 ? "" : "s"} among them`;
  // Those a flag kept out are the memory line's ("left out 1 unit flagged as errors (negation 1)").
  const pairs =
    kept === movedPairs
      ? `${moved} written as ${movedPairs === 1 ? "a unit" : "units"}`
      : `${moved}, ${grouped(kept)} written as ${kept === 1 ? "a unit" : "units"} (${movedPairs - kept === 1 ? "the other" : "the others"} flagged)`;
  return `${what}): ${pairs}${rest > 0 ? `, the other ${grouped(rest)} not in TMX` : ""}`;
}

/** The review's flags by severity and the links they are on: "12 errors, 30 warnings, 41 info on 70 links (sverka check lists them)". */
function flagLine(bitext: Bitext, c: ChalkInstance): string {
  const counts = { error: 0, warning: 0, info: 0 };
  let flagged = 0;
  for (const l of bitext.links) {
    if (l.flags?.length) flagged++;
    for (const f of l.flags ?? []) counts[f.severity]++;
  }
  if (flagged === 0) return "none";
  const errors = `${grouped(counts.error)} error${counts.error === 1 ? "" : "s"}`;
  const warnings = `${grouped(counts.warning)} warning${counts.warning === 1 ? "" : "s"}`;
  return `${counts.error ? c.red(errors) : errors}, ${counts.warning ? c.yellow(warnings) : warnings}, ${grouped(counts.info)} info on ${grouped(flagged)} link${flagged === 1 ? "" : "s"} ${c.dim("(sverka check lists them)")}`;
}

function colourScore(x: number, c: ChalkInstance): string {
  const s = x.toFixed(2);
  return x >= 0.9 ? c.green(s) : x >= 0.6 ? c.yellow(s) : c.red(s);
}

/** How a side was read, as the header says it: its format where it is no plain text, then its encoding ("html, utf-8"; "docx"). */
function howRead(s: Bitext["source"]): string[] {
  if (s.encoding === undefined) return [];
  const format = s.path === undefined ? "txt" : formatForInput(s.path);
  return format === "txt" || format === s.encoding ? [s.encoding] : [format, s.encoding];
}
