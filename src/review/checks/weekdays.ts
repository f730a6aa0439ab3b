/** A day of the week one side names and the other names differently: "в петък" translated "on Thursday". */
import { narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag } from "../../types.js";
import { escapeRegExp, unique } from "../text.js";
import type { Check } from "./types.js";

/** A language's weekdays: each form, lowercase, to its number (Monday 0), and each abbreviation as written. */
interface Weekdays {
  readonly forms: ReadonlyMap<string, number>;
  readonly abbreviations: ReadonlyMap<string, number>;
  /**
   * Whether a text may name a weekday: a form as a whole word in any case, an abbreviation as written before its
   * dot or comma. Most texts name none, and are passed with one search instead of a match made of every word.
   */
  readonly mentions: (text: string) => boolean;
}

/** Per language; null for a language without weekdays. */
const tables = new WeakMap<LanguageProfile, Weekdays | null>();

function weekdaysOf(lang: LanguageProfile): Weekdays | null {
  let table = tables.get(lang);
  if (table !== undefined) return table;
  const data = lang.dates;
  if (!data?.weekdays) table = null;
  else {
    const forms = new Map<string, number>();
    for (const [n, w] of data.weekdays.entries()) forms.set(w.toLowerCase(), n);
    for (const [n, list] of (data.weekdayForms ?? []).entries()) for (const w of list) forms.set(w.toLowerCase(), n);
    const abbreviations = new Map<string, number>();
    for (const [n, list] of (data.weekdayAbbreviations ?? []).entries()) for (const w of list) abbreviations.set(w, n);
    const alternatives = (words: Iterable<string>) => [...words].map(escapeRegExp).join("|");
    const form = narrowable(new RegExp(`(?<!\\p{L})(?:${alternatives(forms.keys())})(?!\\p{L})`, "iu"));
    const abbreviation = abbreviations.size
      ? narrowable(new RegExp(`(?<!\\p{L})(?:${alternatives(abbreviations.keys())})(?:[.,]|\\s?[–—-])`, "u"))
      : undefined;
    table = { forms, abbreviations, mentions: (text) => form.test(text) || abbreviation?.test(text) === true };
  }
  tables.set(lang, table);
  return table;
}

/** A word, and the dot or comma right after it (an abbreviation is read only there: "Tue, 10 Nov", "пт. 14 март"). */
const WORD = /(\p{L}+)([.,])?/gu;

/** The ranges a text's weekdays were written in (`named` gives a range's days its surface). */
function rangesOf(days: ReadonlyMap<number, string>): string[] {
  return unique([...days.values()].filter((w) => RANGE_ALONE.test(w)));
}

/** The days a range names, as a key ("0,1,2,3,4"): "пон.–пт., съб." and "Mon–Fri, Sat" have the same range. */
function daysOf(days: ReadonlyMap<number, string>, range: string): string {
  return [...days]
    .filter(([, w]) => w === range)
    .map(([n]) => n)
    .join(",");
}

const RANGE_ALONE = /^\p{L}+\.?\s?[–—-]\s?\p{L}+\.?$/u;

/** Two words joined by a dash, each perhaps with its dot: a range of weekdays when both are ("пон.–пт.", "Mon–Fri"). */
const RANGE = /(\p{L}+)\.?\s?[–—-]\s?(\p{L}+)\.?/gu;

/**
 * The weekdays a text names, by number, with the first form written of each. A range names every day in it, written
 * as the range ("пон.–пт." names Monday to Friday): "Mon–Fri ... on Sundays" for "пон.–пт. ... в събота" changed
 * Saturday alone. In a range an abbreviation needs no dot.
 */
function named(text: string, lang: LanguageProfile): Map<number, string> {
  const out = new Map<number, string>();
  const table = weekdaysOf(lang);
  if (!table?.mentions(text)) return out;
  const day = (word: string) => table.forms.get(word.toLowerCase()) ?? table.abbreviations.get(word);
  for (const m of text.matchAll(RANGE)) {
    const [first, last] = [day(m[1]!), day(m[2]!)];
    if (first === undefined || last === undefined) continue;
    for (let n = first; ; n = (n + 1) % 7) {
      if (!out.has(n)) out.set(n, m[0].replace(/[\s,]+$/u, ""));
      if (n === last) break;
    }
  }
  for (const m of text.matchAll(WORD)) {
    const word = m[1]!;
    // "sun", "sat" and "wed" are words: an abbreviation counts as written ("Sun"), before its dot or comma.
    const n = table.forms.get(word.toLowerCase()) ?? (m[2] ? table.abbreviations.get(word) : undefined);
    if (n !== undefined && !out.has(n)) out.set(n, word);
  }
  return out;
}

/**
 * Weekdays both sides name that differ: an error naming both ("the
 * translation says Thursday where the source says петък"). A weekday one
 * side leaves out ("в петък, 12 май", "on 12 May") is the date's to carry:
 * not flagged.
 */
export const weekdays: Check = {
  name: "a weekday changed",
  textOnly: true,
  run: (ctx, link, _k, earlier) => {
    // A date changed on the link is said already; its weekday goes with it.
    if (link.source.length === 0 || link.target.length === 0 || earlier.some((f) => f.type === "dates")) return undefined;
    if (!weekdaysOf(ctx.source.lang) || !weekdaysOf(ctx.target.lang)) return undefined;
    const source = named(ctx.source.text(link.source), ctx.source.lang);
    if (source.size === 0) return undefined;
    const target = named(ctx.target.text(link.target), ctx.target.lang);
    if (target.size === 0) return undefined;
    let sourceOnly = unique([...source].filter(([n]) => !target.has(n)).map(([, w]) => w));
    let targetOnly = unique([...target].filter(([n]) => !source.has(n)).map(([, w]) => w));
    // A range made longer or shorter ("пон.–пт." / "Mon–Sat") leaves nothing out on one side: the two ranges differ.
    const [sourceRanges, targetRanges] = [rangesOf(source), rangesOf(target)];
    if (
      (sourceOnly.length === 0) !== (targetOnly.length === 0) &&
      sourceRanges.length === 1 &&
      targetRanges.length === 1 &&
      daysOf(source, sourceRanges[0]!) !== daysOf(target, targetRanges[0]!)
    ) {
      sourceOnly = sourceOnly.length ? sourceOnly : sourceRanges;
      targetOnly = targetOnly.length ? targetOnly : targetRanges;
    }
    if (sourceOnly.length === 0 || targetOnly.length === 0) return undefined;
    return {
      type: "dates",
      severity: "error",
      reason: `the translation says ${targetOnly.join(", ")} where the source says ${sourceOnly.join(", ")}`,
      evidence: { source: sourceOnly, target: targetOnly },
    } satisfies Flag;
  },
};
