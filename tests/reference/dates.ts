/**
 * The date reader as it was before src/review/checks/dates.ts narrowed its
 * patterns and shared the month names' prefixes: the reference `readDates`
 * must agree with (tests/dates-reference.test.ts).
 */
import type { LanguageProfile } from "../../src/lang/index.js";
import type { DateMention, DateParts } from "../../src/review/checks/dates.js";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

interface Reader {
  readonly pattern: RegExp;
  /** Whether a text may hold a date at all: a digit, or a month name as `pattern` reads one (most sentences have neither). */
  readonly mayHold: RegExp;
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
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alternation = (list: Iterable<string>) =>
    [...list]
      .sort((a, b) => b.length - a.length)
      .map(escaped)
      .join("|");
  const full = [...months.keys()].filter((f) => !abbreviations.has(f));
  const month = months.size ? `(?<![\\p{L}])((?:${alternation(full)})(?![\\p{L}])|(?:${alternation(abbreviations)})(?![\\p{L}])\\.?)` : "";
  const ord = `(?:${lang.ordinalSuffix})?`;
  // A day as an ordinal word before "of" ("the fourteenth of May"), or right before its month where a language writes it so ("четиринадесети май").
  const forms = (lang.dates?.dayWords ?? []).flatMap((w) => w.split("|")).sort((a, b) => b.length - a.length);
  const beforeMonth = lang.dates?.dayWordsBeforeMonth && full.length ? `\\s+(?:${alternation(full)})(?![\\p{L}])|` : "";
  const dayWords = forms.length ? `|(?:${forms.join("|")})(?=${beforeMonth}\\s+(?:${lang.dates!.dayOf})\\s)` : "";
  const day = `\\d{1,2}(?![\\p{N}])${ord}`;
  const join = `(?:\\s?[-–—]\\s?|,\\s?|\\s(?:${lang.dates?.dayJoiners ?? "(?!)"})\\s)`;
  // A day in words opens a list only (`dayWords`): after a joiner, figures.
  const days = `((?:\\d{1,2}(?![\\p{N}])${ord}${dayWords})(?:${join}${day})*)`;
  const mark = lang.dates ? `(?:\\s?(?:${lang.dates.yearMarker}))?` : "";
  const year = `(\\d{4})(?![\\p{N}])${mark}`;
  const numeric = [
    // 2024-03-15
    `(?<![\\p{N}.\\/-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\p{N}-])`,
    // 15.03.2024, 15. 03. 2024 г., 15.III.2024
    `(?<![\\p{N}.,])(\\d{1,2})\\.\\s?(\\d{1,2}|[IVX]{1,4})\\.\\s?(\\d{4})(?![\\p{N}])${mark}`,
    // 15/03/2024, 03/15/2024
    `(?<![\\p{N}\\/])(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})(?![\\p{N}\\/])`,
    // 11/2023
    `(?<![\\p{N}\\/.,])(0?[1-9]|1[0-2])\\/((?:19|20)\\d{2})(?![\\p{N}\\/])`,
  ];
  const named = months.size
    ? [
        // 15 април 2024 г., 15-17 April, the 15th of April, 2024; after a register's number and its slash, or an order's
        // code of hyphened parts ("RD-18-45/16 June 2010")
        `(?<![\\p{L}\\p{N}.,:])(?<!(?<!\\p{N}{3}|-\\p{N}{1,2})\\/)${days}\\s?(?:(?:${lang.dates!.dayOf})\\s)?${month}(?:,?\\s${year})?`,
        // April 15, 2024; April 2024; April
        `${month}(?:\\s${days}(?![\\p{N}]))?(?:,?\\s${year})?`,
      ]
    : [];
  reader = {
    pattern: new RegExp([...numeric, ...named].map((p) => `(?:${p})`).join("|"), "giu"),
    mayHold: new RegExp(months.size ? `\\d|${month}` : "\\d", "iu"),
    months,
    abbreviations,
  };
  readers.set(lang, reader);
  return reader;
}

/** The dates written in a text, in order; `named` marks those written with a month name. */
export function referenceReadDates(text: string, lang: LanguageProfile): Array<DateMention & { named: boolean }> {
  const { pattern, mayHold, months, abbreviations } = readerFor(lang);
  const out: Array<DateMention & { named: boolean }> = [];
  if (!mayHold.test(text)) return out;
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // A figure after a number's sign is that number, no day ("№ 12 до 15 април"): read on from the next character.
    if (/^\d/u.test(m[0]) && /[№#]\s*$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    const g = m.slice(1);
    let surface = m[0].trim();
    let readings: DateParts[] = [];
    let named = false;
    if (g[0]) readings = [{ year: num(g[0]), month: num(g[1]), days: [num(g[2])!] }];
    else if (g[3]) {
      const month = /^\d+$/.test(g[4]!) ? Number(g[4]) : g[4] === g[4]!.toUpperCase() ? ROMAN.indexOf(g[4]!) + 1 : 0;
      readings = [{ days: [num(g[3])!], month, year: num(g[5]) }];
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
      if (lang.dates?.capitalisedMonths && !/^\p{Lu}/u.test(name)) continue;
      if (abbreviations.has(word) && dayList === undefined && y === undefined) continue;
      // Where months are capitalised, one alone after a name or a title is a name too: "Theresa May", "Mrs May" (not "In May").
      if (lang.dates?.capitalisedMonths && dayList === undefined && y === undefined && afterName(text.slice(0, m.index), lang)) continue;
      // Figures, or the language's ordinal words (each form of `dayWords`, a day of several words whole).
      const words = new Map<string, number>();
      (lang.dates?.dayWords ?? []).forEach((w, k) => {
        for (const form of w.split("|")) words.set(form, k + 1);
      });
      const wordList = [...words.keys()].sort((a, b) => b.length - a.length);
      const read =
        dayList === undefined
          ? []
          : (dayList
              .toLowerCase()
              .match(new RegExp(`\\d+|${wordList.length ? `(?:${wordList.join("|")})(?![\\p{L}])|` : ""}\\p{L}[\\p{L}-]*`, "gu")) ?? []);
      const values = read.flatMap((w) => (/^\d+$/u.test(w) ? [Number(w)] : words.has(w) ? [words.get(w)!] : []));
      let days = values.length ? values : undefined;
      // A first figure no day can be is another's number: the date is the last day's ("сметка 78 до 30 септември").
      if (days && days.length > 1 && days[0]! > 31) {
        surface = surface.slice(surface.indexOf(dayList!) + dayList!.lastIndexOf(String(days[days.length - 1]))).trim();
        days = [days[days.length - 1]!];
      }
      readings = [{ ...(days ? { days } : {}), month: months.get(word), ...(y ? { year: Number(y) } : {}) }];
    }
    readings = readings.filter(valid);
    // Readings that agree (a "05/05/2024") are one.
    readings = readings.filter((r, n) => readings.findIndex((x) => JSON.stringify(x) === JSON.stringify(r)) === n);
    if (readings.length) out.push({ surface: surface.replace(/[,\s]+$/u, ""), readings, named });
  }
  return out;
}

/**
 * Whether the text before a word ends with a name or a title ("Theresa ",
 * "Mrs. "): a capitalised word after another word, a title, or a first word
 * that sentences do not usually open with ("Theresa", not "In").
 */
function afterName(before: string, lang: LanguageProfile): boolean {
  const m = /(^|[\p{L}\p{N},;]\s+)(\p{Lu}[\p{L}'’-]*)(\.?)\s$/u.exec(before);
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
