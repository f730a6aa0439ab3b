/** A day of the week one side names and the other names differently: "в петък" translated "on Thursday". */
import { narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag } from "../../types.js";
import { escapeRegExp, unique } from "../text.js";
import { readDates } from "./dates.js";
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
    // A lowercase abbreviation opens a table's row capitalised too ("Пн – Пт", as "пн – пт"; stranger 144).
    for (const [n, list] of (data.weekdayAbbreviations ?? []).entries())
      for (const w of list) {
        abbreviations.set(w, n);
        if (w === w.toLowerCase()) abbreviations.set(w.charAt(0).toUpperCase() + w.slice(1), n);
      }
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

/**
 * Whether a day one side names alone is written on the other as its abbreviation with no dot, a word otherwise ("Sat
 * 10–14" for "съб. 10–14 ч."): read so, it is no day left out.
 */
function abbreviatedBare(
  source: ReadonlyMap<number, string>,
  target: ReadonlyMap<number, string>,
  sourceText: string,
  targetText: string,
  sourceLang: LanguageProfile,
  targetLang: LanguageProfile,
): boolean {
  const bare = (days: Iterable<number>, text: string, lang: LanguageProfile) => {
    const table = weekdaysOf(lang);
    if (!table) return false;
    const words = new Set(text.match(/\p{L}+/gu) ?? []);
    return [...days].some((n) => [...table.abbreviations].some(([w, m]) => m === n && words.has(w)));
  };
  return (
    bare(
      [...source.keys()].filter((n) => !target.has(n)),
      targetText,
      targetLang,
    ) ||
    bare(
      [...target.keys()].filter((n) => !source.has(n)),
      sourceText,
      sourceLang,
    )
  );
}

/** A date in figures, or a day's figure before or after a word (a month's): its weekday is the date's to carry. */
const DATED = /\d{1,2}[./-]\d{1,2}|\d{1,2}(?:-?\p{L}{1,3})?\s+\p{L}{3,}\s+\d{4}|\p{L}{3,}\s+\d{1,2}(?:st|nd|rd|th)?(?:,|\s+\d{4})/u;

/** A word, and the dot or comma right after it (an abbreviation is read only there: "Tue, 10 Nov", "пт. 14 март"). */
const WORD = /(\p{L}+)([.,])?/gu;

/** Two words joined by a dash, each perhaps with its dot: a range of weekdays when both are ("пон.–пт.", "Mon–Fri"). */
const RANGE = /(\p{L}+)\.?\s?[–—-]\s?(\p{L}+)\.?/gu;

/**
 * Per language, two words joined as a range in words (`LanguageData.rangeWords`): "from Monday to Thursday", "Monday to
 * Friday", "от понеделник до петък" (stranger 113: "Понеделник – петък" / "Monday to Thursday" passed, a range against
 * two days). "Monday and Friday" is two days; "between Monday and Friday" a range.
 */
const wordRanges = new WeakMap<LanguageProfile, RegExp>();
function wordRangeOf(lang: LanguageProfile): RegExp {
  let p = wordRanges.get(lang);
  if (!p) {
    const ways = (lang.rangeWords ?? []).map(([first, between]) =>
      first ? `${escapeRegExp(first)}\\s+(\\p{L}+)\\.?\\s+${escapeRegExp(between)}` : `(\\p{L}+)\\.?\\s+${escapeRegExp(between)}`,
    );
    // Groups in pairs: the first day and the last of each way, in the order of `rangeWords`.
    p = new RegExp(ways.length ? ways.map((w) => `(?<![\\p{L}])${w}\\s+(\\p{L}+)`).join("|") : "(?!)", "giu");
    wordRanges.set(lang, p);
  }
  return p;
}

/** The weekdays a text names, by number, with the first form written of each; and its ranges, each with its days. */
interface Named {
  readonly days: Map<number, string>;
  /** Each range as written, with the days it named first ("пон.–пт.": "0,1,2,3,4"). */
  readonly ranges: Map<string, string>;
}

/**
 * The weekdays a text names (`Named`). A range names every day in it, written as the range ("пон.–пт." names Monday
 * to Friday): "Mon–Fri ... on Sundays" for "пон.–пт. ... в събота" changed Saturday alone. In a range an abbreviation
 * needs no dot.
 */
function named(text: string, lang: LanguageProfile): Named {
  const days = new Map<number, string>();
  const ranges = new Map<string, string>();
  const table = weekdaysOf(lang);
  if (!table?.mentions(text)) return { days, ranges };
  const day = (word: string) => table.forms.get(word.toLowerCase()) ?? table.abbreviations.get(word);
  for (const m of [...text.matchAll(RANGE), ...text.matchAll(wordRangeOf(lang))]) {
    // The two days of whichever way of writing a range matched (each way has a pair of groups).
    const [a, b] = m.slice(1).filter((g) => g !== undefined);
    const [first, last] = [day(a!), day(b!)];
    if (first === undefined || last === undefined) continue;
    const surface = m[0].replace(/[\s,]+$/u, "");
    for (let n = first; ; n = (n + 1) % 7) {
      if (!days.has(n)) {
        days.set(n, surface);
        const before = ranges.get(surface);
        ranges.set(surface, before === undefined ? String(n) : `${before},${n}`);
      }
      if (n === last) break;
    }
  }
  for (const m of text.matchAll(WORD)) {
    const word = m[1]!;
    // "sun", "sat" and "wed" are words: an abbreviation counts as written ("Sun"), before its dot or comma.
    const n = table.forms.get(word.toLowerCase()) ?? (m[2] ? table.abbreviations.get(word) : undefined);
    if (n !== undefined && !days.has(n)) days.set(n, word);
  }
  return { days, ranges };
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
    const sourceText = ctx.source.text(link.source);
    const { days: source, ranges: sourceRanges } = named(sourceText, ctx.source.lang);
    const targetText = ctx.target.text(link.target);
    if (source.size === 0) return offCalendar(targetText, ctx.target.lang);
    const { days: target, ranges: targetRanges } = named(targetText, ctx.target.lang);
    if (target.size === 0) return undefined;
    let sourceOnly = unique([...source].filter(([n]) => !target.has(n)).map(([, w]) => w));
    let targetOnly = unique([...target].filter(([n]) => !source.has(n)).map(([, w]) => w));
    // A range made longer or shorter ("пон.–пт." / "Mon–Sat") leaves nothing out on one side: the two ranges differ.
    if (
      (sourceOnly.length === 0) !== (targetOnly.length === 0) &&
      sourceRanges.size === 1 &&
      targetRanges.size === 1 &&
      [...sourceRanges.values()][0] !== [...targetRanges.values()][0]
    ) {
      sourceOnly = sourceOnly.length ? sourceOnly : [...sourceRanges.keys()];
      targetOnly = targetOnly.length ? targetOnly : [...targetRanges.keys()];
    }
    // A day of several left out or added where no date stands by to carry it ("Събота и неделя" / "Sunday" closed; stranger 144).
    if (
      (sourceOnly.length === 0) !== (targetOnly.length === 0) &&
      source.size + target.size >= 3 &&
      !DATED.test(sourceText + targetText) &&
      !abbreviatedBare(source, target, sourceText, targetText, ctx.source.lang, ctx.target.lang)
    )
      return {
        type: "dates",
        severity: "warning",
        reason: sourceOnly.length
          ? `the translation leaves out ${sourceOnly.join(", ")}: a day dropped?`
          : `the translation adds ${targetOnly.join(", ")}, which the source does not name: a day added?`,
        evidence: { source: sourceOnly, target: targetOnly },
      } satisfies Flag;
    if (sourceOnly.length === 0 || targetOnly.length === 0) return undefined;
    return {
      type: "dates",
      severity: "error",
      reason: `the translation says ${targetOnly.join(", ")} where the source says ${sourceOnly.join(", ")}`,
      evidence: { source: sourceOnly, target: targetOnly },
    } satisfies Flag;
  },
};

/** A weekday's word right before a date ("Friday, 5 March 2026", "петък, 5 март 2026 г.", "Fri 5 March"), at a text's end. */
const WEEKDAY_BEFORE = /(\p{L}+)\.?,?\s+(?:the\s+)?$/u;

/**
 * A weekday the translation adds to a full date, that the date is not on: "5 март 2026 г." / "Friday, 5 March 2026"
 * (a Thursday; stranger 330). The source names no weekday, so the translator wrote it: a date in figures or words and
 * its year say which day it is. A date read two ways ("05/03/2026") is not judged.
 */
function offCalendar(text: string, lang: LanguageProfile): Flag | undefined {
  const table = weekdaysOf(lang);
  if (!table?.mentions(text)) return undefined;
  let from = 0;
  for (const date of readDates(text, lang)) {
    const at = text.indexOf(date.surface, from);
    if (at < 0) continue;
    from = at + date.surface.length;
    const r = date.readings.length === 1 ? date.readings[0]! : undefined;
    if (r?.days?.length !== 1 || r.month === undefined || r.year === undefined) continue;
    const word = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1];
    const said = word === undefined ? undefined : (table.forms.get(word.toLowerCase()) ?? table.abbreviations.get(word));
    if (said === undefined) continue;
    const when = new Date(Date.UTC(r.year, r.month - 1, r.days[0]!));
    // A date that is no day of its month ("31 April") is the dates check's to say.
    if (when.getUTCDate() !== r.days[0]) continue;
    const day = (when.getUTCDay() + 6) % 7;
    if (day === said) continue;
    const right = lang.dates?.weekdays?.[day] ?? String(day);
    return {
      type: "dates",
      severity: "warning",
      reason: `the translation adds ${word} to ${date.surface}, which the source gives with no weekday; that date is a ${right}`,
      evidence: { source: [], target: [word!] },
    } satisfies Flag;
  }
  return undefined;
}
