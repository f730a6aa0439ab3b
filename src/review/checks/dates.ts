/**
 * Dates compared across a link: day, month and year, whichever way each side
 * writes them ("15 април 2024 г.", "April 15, 2024", "15.03.2024",
 * "2024-03-15", "03/15/2024").
 */
import { charBits, FoldedPattern, LETTER, narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import { matchable, tokenize } from "../../score/index.js";
import type { Flag } from "../../types.js";
import type { ReviewContext } from "../context.js";
import { perLanguage } from "../memo.js";
import type { Check } from "./types.js";
import { writtenOut } from "./written.js";

/** One way to read a date; a field left out was not written ("15 April", "April 2024"). */
export interface DateParts {
  /** The day, or the days of a range or a list ("15–17 April", "15 и 16 април"), in order. */
  readonly days?: readonly number[];
  readonly month?: number;
  readonly year?: number;
}

/** A date as written, with its readings: two for "05/03/2024" where slashes are read both ways. */
export interface DateMention {
  readonly surface: string;
  readonly readings: readonly DateParts[];
}

/** Dates of a link paired across its sides. */
export interface LinkDates {
  /** Pairs that differ in a day, month or year both write: [source, target]. */
  readonly changed: ReadonlyArray<readonly [DateMention, DateMention]>;
  /** Pairs whose translation keeps the month and the year but leaves out the day ("14 март 2025 г." and "March 2025"): [source, target]. */
  readonly dayLeftOut: ReadonlyArray<readonly [DateMention, DateMention]>;
  /**
   * The figures (number keys, as the tokenizer reads them) of the dates this
   * check compared on each side, same or changed: the numbers check leaves them
   * to this one, so a changed year is reported once, as a date.
   */
  readonly figures: { readonly source: readonly string[]; readonly target: readonly string[] };
}

/**
 * A date of the source and one of the translation that differ in a day, a
 * month or a year both write: "15 април" and "15 May", "15.03.2024" and
 * "15 April 2024", "03/15/2024" and "15 March 2025". A field one side leaves
 * out ("15 април 2024 г." and "15 April"), or a date with no counterpart, is
 * left to the numbers check, which sees its figures; but for the day: a
 * translation that keeps the month and the year and leaves out the day
 * ("последна редакция 14 март 2025 г.", "last revised in March 2025") is
 * information. EU leaflets follow the QRD template, whose revision date is
 * "month YYYY" in every language, so a translation written to it is right:
 * its reviewer wants no warning there, only the day named where it went (a
 * contract's deadline read as a month is seen in the review's list). A
 * language without month names in its data (src/lang) has its numeric dates
 * compared only.
 */
export const dates: Check = {
  name: "dates",
  textOnly: true,
  run: (ctx, _link, k) => {
    const { changed, dayLeftOut } = linkDates(ctx, k);
    if (changed.length === 0) return dayLeftOut.length ? dayLeftOutFlag(dayLeftOut) : undefined;
    const reason = changed.map(([s, t]) => `the translation says ${t.surface} where the source says ${s.surface}`).join("; ");
    return {
      type: "dates",
      severity: "error",
      reason,
      evidence: { source: changed.map(([s]) => s.surface), target: changed.map(([, t]) => t.surface) },
    };
  },
};

function dayLeftOutFlag(pairs: ReadonlyArray<readonly [DateMention, DateMention]>): Flag {
  const days = (m: DateMention) => m.readings.find((r) => r.days)?.days?.join(", ") ?? "";
  return {
    type: "dates",
    severity: "info",
    reason: pairs
      .map(([s, t]) => `the translation leaves out the day (${days(s)}): ${t.surface} where the source says ${s.surface}`)
      .join("; "),
    evidence: { source: pairs.map(([s]) => s.surface), target: pairs.map(([, t]) => t.surface) },
  };
}

const memo = new WeakMap<ReviewContext, { k: number; dates: LinkDates }>();

/** The dates of link k paired across its sides (computed once per link for this check and the numbers check). */
export function linkDates(ctx: ReviewContext, k: number): LinkDates {
  const last = memo.get(ctx);
  if (last?.k === k) return last.dates;
  const link = ctx.links[k]!;
  const sourceText = link.source.length ? ctx.source.text(link.source) : "";
  const targetText = link.target.length ? ctx.target.text(link.target) : "";
  const [source, target] = [datesIn(ctx.source.lang, sourceText), datesIn(ctx.target.lang, targetText)];
  const found = pairDates(
    withDaysAndMonths(source, sourceText, target),
    withDaysAndMonths(target, targetText, source),
    ctx.source.lang.dates !== undefined && ctx.target.lang.dates !== undefined,
  );
  const figuresOf = (list: readonly DateMention[], lang: LanguageProfile) => list.flatMap((m) => figures(lang, m.surface));
  const result: LinkDates = {
    changed: found.changed,
    dayLeftOut: found.dayLeftOut,
    figures: { source: figuresOf(found.compared[0], ctx.source.lang), target: figuresOf(found.compared[1], ctx.target.lang) },
  };
  memo.set(ctx, { k, dates: result });
  return result;
}

type Mentions = ReadonlyArray<DateMention & { named: boolean }>;

/** A day and a month in figures, no year ("01.06", "15.12"): a season's or a deadline's date as a price list writes it. */
const DAY_AND_MONTH = /(?<![\p{N}.,:/])(\d{1,2})\.(\d{1,2})(?![\p{N}]|[.,:/]\p{N})/gu;

/**
 * A side's dates, and its days and months in figures where the other side names a day and a month and no year ("15.12 –
 * 31.03" / "15 Dec – 31 Mar", stranger 222): read so only then, as "15.12" is a section's number as often.
 */
function withDaysAndMonths(mine: Mentions, text: string, other: Mentions): Mentions {
  if (!text.includes(".") || !other.some((m) => m.named && m.readings.some((r) => r.days && r.month !== undefined && r.year === undefined)))
    return mine;
  const found: Array<DateMention & { named: boolean; at: number }> = [];
  for (const m of text.matchAll(DAY_AND_MONTH)) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    if (day < 1 || day > 31 || month < 1 || month > 12 || mine.some((d) => d.surface.includes(m[0]))) continue;
    found.push({ surface: m[0], readings: [{ days: [day], month }], named: false, at: m.index });
  }
  if (found.length === 0) return mine;
  // In the text's order, as the rest are paired in order.
  const at = (d: DateMention) => ("at" in d ? (d.at as number) : text.indexOf(d.surface));
  return [...mine, ...found].sort((x, y) => at(x) - at(y));
}

/** The dates read in each text, per language: a sentence repeated through a document (or its pieces) is read once. */
const datesIn = perLanguage((lang, text): Mentions => readDates(text, lang));

/**
 * The text with the dates that name their month blanked out: "до 9 октомври
 * 2024 г." and "до 12 март 2025 г." are one sentence of a template, as
 * "09.10.2024" and "12.03.2025" are once their numbers are set aside.
 */
export function withoutNamedDates(text: string, lang: LanguageProfile): string {
  // Most sentences name no month: they are not read for dates here (every sentence of a long text is asked, and
  // a text with a reference number, "№ 48213", reads as one that may hold a numeric date).
  if (!readerFor(lang).mayName?.test(text)) return text;
  // Each named date blanked where it stands, the text read once: a text of thousands of dates (a document without sentence
  // ends, one segment) was copied once per date.
  let out = "";
  let from = 0;
  for (const m of datesIn(lang, text)) {
    if (!m.named) continue;
    const at = text.indexOf(m.surface, from);
    if (at < 0) continue;
    out += `${text.slice(from, at)} `;
    from = at + m.surface.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The figures of a date as written (number keys, as the tokenizer reads them), and its day in words ("четиринадесети
 * май" holds a 14: the numbers check must not name it again beside the date), per language.
 */
const figures = perLanguage((lang, surface): readonly string[] => {
  const tokens = tokenize(surface, lang);
  return [
    ...tokens.flatMap((t) => (t.kind === "number" ? [t.key] : [])),
    ...writtenOut(
      tokens.map((t) => matchable(t, lang)),
      lang,
    ).map((t) => t.key),
  ];
});

/**
 * Pairs the dates of two sides: the same date first, then, when as many are
 * left on each side, the rest in order. `withNames` false (a side's language
 * has no month names in its data): numeric dates only, since the other side's
 * month names would have nothing to pair with.
 */
export function pairDates(
  source: readonly (DateMention & { named?: boolean })[],
  target: readonly (DateMention & { named?: boolean })[],
  withNames: boolean,
): {
  changed: Array<[DateMention, DateMention]>;
  dayLeftOut: Array<[DateMention, DateMention]>;
  compared: [DateMention[], DateMention[]];
} {
  const s = withNames ? [...source] : source.filter((m) => !m.named);
  const t = withNames ? [...target] : target.filter((m) => !m.named);
  const compared: [DateMention[], DateMention[]] = [[], []];
  const changed: Array<[DateMention, DateMention]> = [];
  const dayLeftOut: Array<[DateMention, DateMention]> = [];
  if (s.length === 0 || t.length === 0) return { changed, dayLeftOut, compared };
  const leftS: DateMention[] = [];
  const leftT = [...t];
  for (const a of s) {
    const at = leftT.findIndex((b) => best(a, b, (x, y) => fieldsDiffering(x, y) + fieldsMissing(x, y)) === 0);
    if (at < 0) {
      leftS.push(a);
      continue;
    }
    compared[0].push(a);
    compared[1].push(leftT[at]!);
    leftT.splice(at, 1);
  }
  if (leftS.length !== leftT.length) return { changed, dayLeftOut, compared };
  leftS.forEach((a, n) => {
    const b = leftT[n]!;
    if (differing(a, b) === 0) {
      if (!leavesOutDay(a, b)) return;
      dayLeftOut.push([a, b]);
    } else changed.push([a, b]);
    compared[0].push(a);
    compared[1].push(b);
  });
  return { changed, dayLeftOut, compared };
}

/** Whether translation b writes the month and the year of a and only them: the day of a left out. */
function leavesOutDay(a: DateMention, b: DateMention): boolean {
  return a.readings.some((x) =>
    b.readings.some((y) => x.days && !y.days && x.month !== undefined && x.month === y.month && x.year !== undefined && x.year === y.year),
  );
}

/** Fields both dates write that differ, under the readings that agree best. */
function differing(a: DateMention, b: DateMention): number {
  return best(a, b, fieldsDiffering);
}

function fieldsDiffering(x: DateParts, y: DateParts): number {
  let n = 0;
  if (x.days && y.days && x.days.join() !== y.days.join()) n++;
  if (x.month !== undefined && y.month !== undefined && x.month !== y.month) n++;
  if (x.year !== undefined && y.year !== undefined && x.year !== y.year) n++;
  return n;
}

/** Fields one reading writes and the other does not. */
function fieldsMissing(x: DateParts, y: DateParts): number {
  return (
    Number(!x.days !== !y.days) +
    Number((x.month === undefined) !== (y.month === undefined)) +
    Number((x.year === undefined) !== (y.year === undefined))
  );
}

function best(a: DateMention, b: DateMention, f: (x: DateParts, y: DateParts) => number): number {
  return Math.min(...a.readings.flatMap((x) => b.readings.map((y) => f(x, y))));
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** A language's date patterns, narrowed to Latin and Cyrillic for the texts that allow it (src/lang/chars.ts): thirty property classes. */
interface Reader {
  /** Sticky: tried only where a date may start (`dateMatches`). */
  readonly pattern: FoldedPattern;
  /**
   * Whether a text may hold a date at all: a year next to the mark that joins it to a numeric date's other fields
   * ("2024-", ".2024", "/2024"), or a month name as `pattern` reads one. Most sentences have neither; a reference
   * number or an amount of four digits ("№ 48213", "1279 W") does not make one that may.
   */
  readonly mayHold: FoldedPattern;
  /** Whether a text may hold a date written with its month's name (none where the language lists no month names). */
  readonly mayName: FoldedPattern | undefined;
  /** Month number by lowercase name or abbreviation. */
  readonly months: ReadonlyMap<string, number>;
  readonly abbreviations: ReadonlySet<string>;
}

const readers = new WeakMap<LanguageProfile, Reader>();

function readerFor(lang: LanguageProfile): Reader {
  let reader = readers.get(lang);
  if (reader) return reader;
  const months = new Map<string, number>();
  const abbreviations = new Set<string>();
  lang.dates?.months.forEach((forms, m) => {
    for (const f of forms) months.set(f.toLowerCase(), m + 1);
  });
  lang.dates?.monthAbbreviations.forEach((forms, m) => {
    for (const f of forms) {
      months.set(f.toLowerCase(), m + 1);
      abbreviations.add(f.toLowerCase());
    }
  });
  // Month names of letters only are whole words here (a letter neither before nor after): which of them matches first is moot, and
  // one pattern sharing their prefixes compiles in half the time of their list.
  const lettersOnly = [...months.keys()].every((f) => [...f].every((c) => (charBits(c.codePointAt(0)!) & LETTER) !== 0));
  const alternation = (list: Iterable<string>) =>
    lettersOnly
      ? prefixTree([...list])
      : [...list]
          .sort((a, b) => b.length - a.length)
          .map(escaped)
          .join("|");
  const full = [...months.keys()].filter((f) => !abbreviations.has(f));
  const month = months.size ? `(?<![\\p{L}])((?:${alternation(full)})(?![\\p{L}])|(?:${alternation(abbreviations)})(?![\\p{L}])\\.?)` : "";
  const ord = `(?:${lang.ordinalSuffix})?`;
  // A day as an ordinal word, before "day of" or "of" only ("the fourteenth day of March"; stranger 234), or right before
  // the month where the language writes it so ("четиринадесети май"; stranger 274).
  const forms = (lang.dates?.dayWords ?? []).flatMap((w) => w.split("|")).sort((a, b) => b.length - a.length);
  const beforeMonth = lang.dates?.dayWordsBeforeMonth && full.length ? `\\s+(?:${alternation(full)})(?![\\p{L}])|` : "";
  // As one tree of their prefixes, and only where a list of days opens (a day in words after another's joiner is not
  // read): the pattern holds the list twice, and a list of 31 Bulgarian days four times compiled in 30 ms, not 11.
  const dayWords = forms.length ? `|(?:${prefixTree(forms)})(?=${beforeMonth}\\s+(?:${lang.dates!.dayOf})\\s)` : "";
  const day = `(?:\\d{1,2}(?![\\p{N}])${ord})`;
  const join = `(?:\\s?[-–—]\\s?|,\\s?|\\s(?:${lang.dates?.dayJoiners ?? "(?!)"})\\s)`;
  const days = `((?:\\d{1,2}(?![\\p{N}])${ord}${dayWords})(?:${join}${day})*)`;
  const mark = lang.dates ? `(?:\\s?(?:${lang.dates.yearMarker}))?` : "";
  const year = `(\\d{4})(?![\\p{N}])${mark}`;
  const numeric = [
    // 2024-03-15: two figures each, as ISO 8601 writes them ("EN 1992-1-1" is a standard's part, no date; stranger 145)
    `(?<![\\p{N}.\\/-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}-])`,
    // 15.03.2024, 15. 03. 2024 г., 15.III.2024
    `(?<![\\p{N}.,])(\\d{1,2})\\.\\s?(\\d{1,2}|[ivx]{1,4})\\.\\s?(\\d{4})(?![\\p{N}])${mark}`,
    // 15/03/2024, 03/15/2024
    `(?<![\\p{N}\\/])(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})(?![\\p{N}\\/])`,
    // 11/2023: a leaflet's revision date and an expiry date, month and year (not a frequency's "1/1000")
    `(?<![\\p{N}\\/.,])(0?[1-9]|1[0-2])\\/((?:19|20)\\d{2})(?![\\p{N}\\/])`,
  ];
  const named = months.size
    ? [
        // 15 април 2024 г., 15-17 April, the 15th of April, 2024; after a register's number and its slash too
        // ("Reg. No. 58214/18 March 2025", as "№ 58214/18.03.2025 г." is read; stranger 115), or an order's code of
        // hyphened parts ("Order RD-18-45/16 June 2010"; stranger 274), not after a fraction's.
        `(?<![\\p{L}\\p{N}.,:])(?<!(?<!\\p{N}{3}|-\\p{N}{1,2})\\/)${days}\\s?(?:(?:${lang.dates!.dayOf})\\s)?${month}(?:,?\\s${year})?`,
        // April 15, 2024; April 2024; April
        `${month}(?:\\s${days}(?![\\p{N}]))?(?:,?\\s${year})?`,
      ]
    : [];
  reader = {
    pattern: new FoldedPattern([...numeric, ...named].map((p) => `(?:${p})`).join("|"), "yiu"),
    // Every numeric pattern above holds its year beside a hyphen, a dot or a slash ("2024-03", "03.2024", "03/2024"); every named one, a month.
    mayHold: new FoldedPattern(`\\d{4}-\\d|[.\\/]\\s?\\d{4}${months.size ? `|${month}` : ""}`, "iu"),
    mayName: months.size ? new FoldedPattern(month, "iu") : undefined,
    months,
    abbreviations,
  };
  readers.set(lang, reader);
  return reader;
}

function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Words as one pattern that shares their prefixes: "март|май" is "ма(?:рт|й)". */
export function prefixTree(words: readonly string[]): string {
  interface Node {
    end: boolean;
    readonly next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const c of w) {
      let child = node.next.get(c);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node.next].map(([c, child]) => escaped(c) + emit(child));
    if (branches.length === 0) return "";
    if (node.end) return `(?:${branches.join("|")})?`;
    return branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  };
  return emit(root);
}

/**
 * Whether a month's name (or its abbreviation) is the next word after `at`, past white space: "31" of "2025 – 31 December"
 * is the day of a date, not the end of a year range "2025–31".
 */
export function monthFollows(text: string, at: number, lang: LanguageProfile): boolean {
  if (!lang.dates) return false;
  let from = at;
  while (from < text.length && /\s/u.test(text[from]!)) from++;
  if (from === at) return false;
  const word = /^\p{L}+/u.exec(text.slice(from, from + 16));
  if (!word) return false;
  const { months } = readerFor(lang);
  if (!months.has(word[0].toLowerCase())) return false;
  // A lowercase "may" or "march" is no month in English.
  return !lang.dates.capitalisedMonths || word[0][0] !== word[0][0]!.toLowerCase();
}

/** The dates written in a text, in order; `named` marks those written with a month name. */
export function readDates(text: string, lang: LanguageProfile): Array<DateMention & { named: boolean }> {
  const { pattern, mayHold, months, abbreviations } = readerFor(lang);
  const out: Array<DateMention & { named: boolean }> = [];
  if (!mayHold.test(text)) return out;
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  for (const m of dateMatches(text, pattern, (at) => labelledAt(text, at, lang))) {
    const g = m.slice(1);
    let surface = m[0].trim();
    let readings: DateParts[] = [];
    let named = false;
    if (g[0]) readings = [{ year: num(g[0]), month: num(g[1]), days: [num(g[2])!] }];
    else if (g[3]) {
      const month = /^\d+$/.test(g[4]!) ? Number(g[4]) : g[4] === g[4]!.toUpperCase() ? ROMAN.indexOf(g[4]!) + 1 : 0;
      // A range's first day written with its month before it ("15.12 – 23.12.2025"): the days of one month, as "15–23 Dec 2025".
      const from = RANGE_START.exec(text.slice(Math.max(0, m.index - RANGE_START_CHARS), m.index));
      const first = from && Number(from[2]) === month && Number(from[1]) < num(g[3])! ? Number(from[1]) : undefined;
      readings = [{ days: first === undefined ? [num(g[3])!] : [first, num(g[3])!], month, year: num(g[5]) }];
      if (first !== undefined) surface = `${from![0]}${surface}`.trim();
    } else if (g[6]) {
      const [a, b, y] = [Number(g[6]), Number(g[7]), Number(g[8])];
      const orders = lang.dates?.slashOrders ?? ["dmy", "mdy"];
      readings = orders.map((o) => (o === "dmy" ? { days: [a], month: b, year: y } : { days: [b], month: a, year: y }));
    } else if (g[9]) {
      readings = [{ month: Number(g[9]), year: Number(g[10]) }];
    } else {
      named = true;
      const [dayList, name, y] = g[12] ? [g[11], g[12], g[13]] : [g[15], g[14]!, g[16]];
      const word = name.toLowerCase().replace(/\.$/, "");
      // A lowercase "may" or "march" in English is no month; an abbreviation alone ("Jan", "мар") is no date.
      if (lang.dates?.capitalisedMonths && !CAPITAL.for(name).test(name)) continue;
      if (abbreviations.has(word) && dayList === undefined && y === undefined) continue;
      // Where months are capitalised, one alone after a name or a title is a name too: "Theresa May", "Mrs May" (not "In May").
      if (lang.dates?.capitalisedMonths && dayList === undefined && y === undefined && afterName(text.slice(0, m.index), lang)) continue;
      let days = dayList === undefined ? undefined : dayNumbers(dayList, lang);
      // A figure before the day that cannot start a range of days is another's: "сметка 78 до 30 септември" is an
      // account's number and a date (stranger 153), not no date at all.
      if (days && days.length > 1 && days[0]! > MAX_DAY) {
        const last = dayList!.lastIndexOf(String(days[days.length - 1]));
        surface = surface.slice(surface.indexOf(dayList!) + last).trim();
        days = [days[days.length - 1]!];
      }
      const month = months.get(word);
      // Written out, not spread: an object spread from another with a field added gets a hidden class of its own (flagged.ts).
      readings = [days ? (y ? { days, month, year: Number(y) } : { days, month }) : y ? { month, year: Number(y) } : { month }];
    }
    readings = readings.filter(valid);
    // Readings that agree (a "05/05/2024") are one.
    if (readings.length > 1) readings = readings.filter((r, n) => readings.findIndex((x) => JSON.stringify(x) === JSON.stringify(r)) === n);
    if (readings.length) out.push({ surface: surface.replace(/[,\s]+$/u, ""), readings, named });
  }
  return out;
}

/** A day and a month with dots, then a dash, right before a date: the start of a range ("15.12 – "). */
const RANGE_START = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.?\s*[–—-]\s*$/u;
const RANGE_START_CHARS = 12;

/**
 * The matches of the sticky date pattern, as a global one's `matchAll` gives
 * them, trying it only where a date may start. Every date starts with a digit
 * not after another (each form's first figure is `\d` behind `(?<![\p{N}...])`)
 * or with a month name not after a letter (`(?<![\p{L}])`): elsewhere the
 * pattern, a few thousand characters tried at every position, cannot match.
 * A digit or a letter of Latin or basic Cyrillic is surely one (the test may
 * let a position through, never hold one back); the second half of a pair of
 * UTF-16 units is never a start, as `matchAll` steps over it.
 */
function* dateMatches(text: string, sticky: FoldedPattern, labelled: (at: number) => boolean = () => false): Generator<RegExpExecArray> {
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    const before = at > 0 ? text.charCodeAt(at - 1) : -1;
    if (isDigit(c) ? isDigit(before) || labelled(at) : isBasicLetter(before) || (isLowSurrogate(c) && isHighSurrogate(before))) continue;
    const m = sticky.execAt(text, at);
    if (!m) continue;
    yield m;
    // A date is never empty: the next one starts after it.
    at += m[0].length - 1;
  }
}

/** The word before a number: a label's ("ал. 1 до 31 март" is paragraph 1, and a date from 31 March). */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\.?\s+$/u;

/** The last day of any month. */
const MAX_DAY = 31;

/** A number's sign right before a figure: "№ 12", "#12". */
const NUMBER_SIGN = /[№#]\s*$/u;

/** Whether the number at `at` is a label's (`LanguageData.labelWords`: "ал.", "чл.", "para."), no date's day. */
function labelledAt(text: string, at: number, lang: LanguageProfile): boolean {
  // A number's sign too: "вноска № 12 до 15 април" is instalment 12, due by 15 April (stranger 153).
  if (NUMBER_SIGN.test(text.slice(Math.max(0, at - 4), at))) return true;
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1];
  return word !== undefined && lang.labelWords.has(word.toLowerCase());
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter of ASCII, or of basic Cyrillic (Ѐ-џ): certainly a letter (`\p{L}`). */
function isBasicLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x400 && c <= 0x45f);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The days a list of days says, in figures or as the language's ordinal words ("14th", "fourteenth"). */
function dayNumbers(list: string, lang: LanguageProfile): number[] | undefined {
  const lower = list.toLowerCase();
  const out: number[] = [];
  let rest = lower;
  // A day in words opens the list only (the pattern reads none after a joiner): the longest of its forms it starts with,
  // "двадесет и първи" before "двадесети". Looked up, not matched by a pattern of every form: compiling that cost a start.
  if (!isDigit(lower.charCodeAt(0))) {
    const hit = dayWordsOf(lang, "").find(([form]) => lower.startsWith(form) && !/\p{L}/u.test(lower.charAt(form.length)));
    if (hit) {
      out.push(hit[1]);
      rest = lower.slice(hit[0].length);
    }
  }
  for (const m of rest.matchAll(/\d+/gu)) out.push(Number(m[0]));
  return out.length ? out : undefined;
}

/** Per language, each form of its days' words (`DateData.dayWords`) with its day, longest first. */
const dayWordsOf = perLanguage(
  (lang): ReadonlyArray<readonly [string, number]> =>
    (lang.dates?.dayWords ?? [])
      .flatMap((w, k) => w.split("|").map((form) => [form, k + 1] as const))
      .sort((a, b) => b[0].length - a[0].length),
);

const CAPITAL = narrowable(String.raw`^\p{Lu}`, "u");
const NAME_BEFORE = narrowable(String.raw`(^|[\p{L}\p{N},;]\s+)(\p{Lu}[\p{L}'’-]*)(\.?)\s$`, "u");

/**
 * Whether the text before a word ends with a name or a title ("Theresa ",
 * "Mrs. "): a capitalised word after another word, a title, or a first word
 * that sentences do not usually open with ("Theresa", not "In").
 */
function afterName(before: string, lang: LanguageProfile): boolean {
  const m = NAME_BEFORE.for(before).exec(before);
  if (!m) return false;
  const word = m[2]!.toLowerCase();
  return m[1] !== "" || lang.nonFinalAbbreviations.has(word) || !lang.sentenceStarters.has(word);
}

function valid(r: DateParts): boolean {
  if (r.month === undefined || r.month < 1 || r.month > 12) return false;
  if (r.days?.some((d) => d === undefined || Number.isNaN(d) || d < 1 || d > 31)) return false;
  if (r.days?.some((d, n) => n > 0 && d <= r.days![n - 1]!)) return false;
  return r.year === undefined || (r.year >= 1000 && r.year <= 2999);
}
