import { charBits, LETTER, MARK, NarrowablePattern, NUMBER } from "../lang/chars.js";
import type { LanguageProfile } from "../lang/index.js";
import { CURRENCY_CODES, UNIT_SYMBOLS } from "../lang/units.js";
import { isSpace } from "../read/decode.js";

/** A word, number, URL or e-mail found in a segment, with the key it matches by. */
export interface Token {
  readonly surface: string;
  readonly kind: "word" | "number" | "address";
  /** Lowercased surface for words and addresses; the normalised value for numbers ("0.2", "24"). */
  readonly key: string;
  /** The word's stem (the key for numbers and addresses). */
  readonly stem: string;
  /**
   * A number whose value a magnitude word multiplied ("2,5 млн.", "3 billion"): its key is the full value.
   * Every token the tokenizer makes has it (false on all others): one shape, so the code reading tokens
   * is compiled once for all of them.
   */
  readonly scaled?: boolean;
}

/** The language's parts of a number: a clock time at its start, a decade, magnitude or ordinal suffix at its end. */
interface NumberPatterns {
  /** A clock time, sticky: "7:55", "15:00 часа", "3 p.m.", "7.55am", "7 сутринта". */
  readonly time: NarrowablePattern;
  /** What may follow a number, sticky: 1 a decade suffix ("80-те", "1980s"), 2 a magnitude word ("2,5 млн."), 3 an ordinal suffix ("24-та"). */
  readonly suffix: NarrowablePattern;
}

const cache = new WeakMap<LanguageProfile, NumberPatterns>();

/**
 * The language's patterns, compiled at the first number (narrowed to Latin and
 * Cyrillic where the text allows): the rest of a token (words, numbers,
 * addresses) is read by `tokenize`'s scanner: one pattern of thirty
 * property classes per language cost more to compile than the seed pair spent
 * tokenizing.
 */
function numberPatterns(lang: LanguageProfile): NumberPatterns {
  let p = cache.get(lang);
  if (!p) {
    // "am" and "pm" are copied into texts of any language ("5:30pm в събота"): the language's own markers, or these.
    const am = `(?:${lang.timeMarkers.am}|a\\.?m\\.?(?![\\p{L}]))`;
    const pm = `(?:${lang.timeMarkers.pm}|p\\.?m\\.?(?![\\p{L}]))`;
    const { h } = lang.timeMarkers;
    // Groups: 1 hour, 2 minutes, 3 before noon, 4 after noon; or 5 hour, 6 minutes on a 24-hour clock; or 7 hour, 8
    // minutes of a news agency's time before GMT or UTC ("0047 GMT": 00:47); or, with the language's hour marker, 9 hour
    // and 10 minutes ("10 h 30") or 11 a whole hour ("à 14 h").
    const agency = String.raw`([01]\d|2[0-3])([0-5]\d)(?=\s?(?:GMT|UTC)(?![\p{L}]))`;
    const time = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s?(?:(${am})|(${pm}))|(\d{1,2}):(\d{2})(?:\s?${h})?(?!\d)|${agency}${hourTime(lang)}${dottedTime(lang)}`;
    const magnitude = lang.magnitudes.map(([p]) => `(?:${p})`).join("|") || "(?!)";
    p = {
      time: new NarrowablePattern(`(?:${time})`, "iuy"),
      suffix: new NarrowablePattern(`(${lang.decadeSuffix})(?![\\p{L}])|[\\s-]?(${magnitude})(?![\\p{L}])|(${lang.ordinalSuffix})`, "iuy"),
    };
    cache.set(lang, p);
  }
  return p;
}

/**
 * A time written with a point where the language writes its decimals with a comma: "18.30 ч.", and "10.30" of "от 10.30
 * до 18.30 ч." (a range to a time with the hour marker). A hotel's opening hours (stranger 317) were read as numbers
 * 10.3 and 18.3 beside "10:30 am to 6:30 pm", and a right translation was called missing. Its hour and minutes are the
 * pattern's last two groups (`clockTime`).
 */
function dottedTime(lang: LanguageProfile): string {
  if (lang.decimalSeparator !== ",") return "";
  const { h } = lang.timeMarkers;
  const hour = String.raw`(?:[01]?\d|2[0-3])`;
  const marked = String.raw`${hour}(?:[.:][0-5]\d)?\s?(?:${h})`;
  return String.raw`|(?<![\d.,])(${hour})\.([0-5]\d)(?:\s?(?:${h})|(?=\s?[-–—]\s?${marked}|\s+\p{L}{1,3}\s+${marked}))`;
}

/**
 * The times written with the language's hour marker (`timeMarkers.hour`), as alternatives of the time pattern: the hour
 * and the minutes around it ("10 h 30", "10h30"), or a whole hour where `timeMarkers.wholeHour` allows ("à 14 h"). None
 * without a marker.
 */
export function hourTime(lang: LanguageProfile): string {
  const { hour, wholeHour = "" } = lang.timeMarkers;
  if (!hour) return "";
  return String.raw`|(\d{1,2})\s?(?:${hour})\s?(\d{2})(?![\p{L}\p{N}])|${wholeHour}(\d{1,2})\s?(?:${hour})(?![\p{L}\p{N}])`;
}

/**
 * Splits a segment into tokens: addresses first, then clock times, numbers
 * (with decade, magnitude and ordinal suffixes), then words.
 *
 * A scanner over the text's code points, giving exactly the tokens of the
 * pattern it replaces (kept in tests/reference/tokens.ts and compared on
 * random and real texts in tests/tokens.test.ts): at each position, in this
 * order, a URL `(?:https?://|www\.)[^\s<>"'„“”«»]+[^\s<>"'„“”«».,;:!?)\]]`, an
 * e-mail `[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`, a clock time (the
 * language's pattern, not after a number, "." or ","), a number
 * `\p{N}+(?:[.,\u00a0\u2007\u202f ]\p{N}+)*` with the language's suffix, a word
 * `[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}]` unless it is an x
 * between figures (`(?<=\p{N})[xXхХ](?=\p{N})`, skipped), all case-insensitive
 * (flags `giu`); else the next code point.
 */
export function tokenize(text: string, lang: LanguageProfile): Token[] {
  const tokens: Token[] = [];
  // No e-mail can start before this index (no "@" in the text, or the last try's run of e-mail characters reached it).
  let noEmailBefore = text.includes("@") ? 0 : text.length;
  let p = 0;
  while (p < text.length) {
    const cp = text.codePointAt(p)!;
    let end = isUrlStart(cp) ? urlEnd(text, p) : -1;
    if (end < 0 && p >= noEmailBefore && isEmailChar(cp)) {
      const e = emailEnd(text, p);
      if (e.end < 0) noEmailBefore = e.runEnd;
      end = e.end;
    }
    if (end >= 0) {
      const surface = text.slice(p, end);
      tokens.push(other("address", surface, surface.toLowerCase(), false));
      p = end;
      continue;
    }
    const bits = charBits(cp);
    // A power of ten, as a laboratory's counts write it ("9,6 x10^9/l", "×10⁹/L", "10^12"): one number, however written.
    // Asked only of a "1", an x or a sign of times followed by a figure or a space: most characters are none.
    const power =
      cp === 0x31 || (POWER_SIGNS.has(cp) && (isDigit(text.charCodeAt(p + 1)) || text.charCodeAt(p + 1) === 0x20))
        ? powerOfTen(text, p, cp)
        : undefined;
    if (power) {
      tokens.push(other("number", text.slice(p, power.end), `1e${power.exponent}`, false));
      p = power.end;
      continue;
    }
    // A version's "v" is no word of its own: "v2.14.0" is the version "2.14.0" (stranger 155), "V8" and "v12" words.
    if ((cp === 0x76 || cp === 0x56) && versionAfter(text, p)) p++;
    // A diameter written with a slashed O ("Ø16", a bar's): the sign, not a letter of a word; "⌀16" is no letter at all (stranger 193).
    else if ((cp === 0xd8 || cp === 0xf8) && diameterAt(text, p)) p++;
    // A footnote's mark after a full stop, a comma or a bracket ("in 2023.³", "(EBITDA)¹"): no number of the text.
    else if (isSuperscriptDigit(cp) && p > 0 && (charBits(text.charCodeAt(p - 1)) & (LETTER | NUMBER | MARK)) === 0)
      p = runOf(text, p, isSuperscriptDigit);
    else if (bits & NUMBER) p = numberAt(text, p, cp, lang, tokens);
    else if (isDimensionSign(text, p, cp)) p++;
    else if (bits & (LETTER | MARK)) {
      end = wordEnd(text, p + (cp > 0xffff ? 2 : 1), lang);
      const thread = threadEnd(text, p, end);
      // A footnote's mark glued to a word of four letters or more ("печалба²", "EBITDA¹"), not a unit's power ("m²", "км³").
      const marked = thread === end ? footnoteMarkAt(text, p, end) : end;
      tokens.push(thread === end ? word(text.slice(p, marked), lang) : threadToken(text.slice(p, thread)));
      p = thread;
    } else p += cp > 0xffff ? 2 : 1;
  }
  return tokens;
}

/** Whether the "Ø" at `p` is a diameter's sign: no letter before it, figures right after it. */
function diameterAt(text: string, p: number): boolean {
  if (p > 0 && charBits(text.codePointAt(p - 1)!) & (LETTER | NUMBER | MARK)) return false;
  return /^\s?\d/u.test(text.slice(p + 1, p + 3));
}

/** Whether the "v" at `p` opens a version: no letter or figure before, digits, a dot and a digit after ("v2.15"). */
function versionAfter(text: string, p: number): boolean {
  if (p > 0 && charBits(text.codePointAt(p - 1)!) & (LETTER | NUMBER | MARK)) return false;
  return VERSION_AFTER_V.test(text.slice(p + 1, p + 8));
}
const VERSION_AFTER_V = /^\d{1,4}\.\d/u;

/** A section's number opening a segment: "12.1." (its own dot after it) or "4.2.3" (two dots or more). */
const SECTION_NUMBER = /^\d{1,3}(?:\.\d{1,3})+$/u;

/**
 * The parts of a section's number that opens a segment ("12.1. Safety", "4.2.3 Scope"), one number each in every
 * language: "12.1" read as a decimal in English and as two numbers in Bulgarian made every such heading a number
 * changed, and the aligner linked "12." to "12.1." when one of the two headings was left out.
 *
 * "12.1 Safety" (two parts, no dot of its own) is a heading's number only before a capitalised word in a segment
 * that does not end as a sentence does: a table of contents' "68.1 Монтаж .... 679" and "68.1 Installation .... 726",
 * where the page numbers alone were left to pair the lines, and not "2.5 Million people voted."
 */
function sectionLabel(text: string, p: number, end: number, raw: string): string[] | undefined {
  if (!SECTION_NUMBER.test(raw)) return undefined;
  const dotted = text.charCodeAt(end) === 0x2e;
  const after = text.slice(dotted ? end + 1 : end, end + 4);
  // A heading's words after it: a number alone ("2.3.1", a version read on its own) is no section's.
  if (!HEADING_AFTER.test(after)) return undefined;
  if (!dotted && raw.split(".").length < 3 && !(TITLE_AFTER.test(after) && !SENTENCE_END.test(text))) return undefined;
  for (let q = p - 1; q >= 0; q--) if (!isSpace(text.charCodeAt(q))) return undefined;
  return raw.split(".").map((part) => String(Number(part)));
}

/** White space, then a letter: the words of a heading after its section's number. */
const HEADING_AFTER = /^\s+\p{L}/u;
/** White space, then a capital and a small letter: a heading's title ("Safety", "Монтаж"), not "MB" or "million". */
const TITLE_AFTER = /^\s+\p{Lu}\p{Ll}/u;
/** A sentence's last mark, with closing quotes or brackets after it. */
const SENTENCE_END = /[.!?…;:][\s"'”’»)\]]*$/u;

/**
 * A page's number closing a table of contents' line after a leader of four dots or more ("Монтаж .......... 679",
 * "Safety . . . . 12", "Scope …… 3"; not "Wait... 5"): a translation's pages are not the original's, so it is no
 * number of the text. Read as one, it paired each line with another section's of the same page and flagged every
 * correct line's.
 */
function isPageNumber(text: string, p: number, end: number): boolean {
  for (let q = end; q < text.length; q++) if (!isSpace(text.charCodeAt(q))) return false;
  let dots = 0;
  let q = p - 1;
  for (; q >= 0; q--) {
    const c = text.charCodeAt(q);
    if (c === 0x2026 || c === 0x22ef) dots += 3;
    else if (LEADER_CHARS.has(c)) dots++;
    else if (!isSpace(c)) break;
  }
  return dots >= 4 && q >= 0;
}

/** A leader's marks besides the ellipses ("…", "⋯", three each): ".", "·", "_", "‧". */
const LEADER_CHARS = new Set([0x2e, 0xb7, 0x5f, 0x2027]);

/** Signs written for "times" before a power of ten: Latin and Cyrillic x, either case, "×", "*", "·". */
const POWER_SIGNS = new Set([0x78, 0x58, 0x445, 0x425, 0xd7, 0x2a, 0xb7, 0x22c5]);
/** Superscript digits and minus, as their values. */
const SUPERSCRIPTS: ReadonlyMap<number, string> = new Map([
  ...[0x2070, 0xb9, 0xb2, 0xb3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079].map((c, k) => [c, String(k)] as const),
  [0x207b, "-"],
]);
const CARET_EXPONENT = /\^\(?([-+−]?\d{1,2})\)?/y;

/**
 * A power of ten at `p`: a sign of times right before it or a space apart (`x10^9`, `× 10⁹`; the sign read only so, not
 * after a letter: "Box10^3" is none), then `10` and its exponent after a caret or in superscript. Its end and exponent.
 */
function powerOfTen(text: string, p: number, cp: number): { end: number; exponent: number } | undefined {
  let at = p;
  if (cp !== 0x31) {
    if (p > 0 && isLetter(codePointBefore(text, p))) return undefined;
    at = p + 1;
    if (text.charCodeAt(at) === 0x20) at++;
  } else if (p > 0 && isNumberChar(codePointBefore(text, p))) return undefined;
  if (text.charCodeAt(at) !== 0x31 || text.charCodeAt(at + 1) !== 0x30) return undefined;
  at += 2;
  if (text.charCodeAt(at) === 0x5e) {
    CARET_EXPONENT.lastIndex = at;
    const m = CARET_EXPONENT.exec(text);
    if (!m) return undefined;
    return { end: at + m[0].length, exponent: Number(m[1]!.replace("−", "-")) };
  }
  let digits = "";
  while (SUPERSCRIPTS.has(text.charCodeAt(at + digits.length))) digits += SUPERSCRIPTS.get(text.charCodeAt(at + digits.length))!;
  if (!/^-?\d{1,2}$/.test(digits)) return undefined;
  return { end: at + digits.length, exponent: Number(digits) };
}

/** The letters written for "by" between two figures: Latin and Cyrillic x, either case ("3x4 м", "1920х1080"). */
const DIMENSION_SIGNS = new Set([0x78, 0x58, 0x445, 0x425]);

/**
 * Whether the letter at `p` stands between two figures as "by" ("3x4 м",
 * "1920х1080 пиксела"): no word, so the second figure is a number of its
 * own, as it is after "×".
 */
function isDimensionSign(text: string, p: number, cp: number): boolean {
  if (!DIMENSION_SIGNS.has(cp) || p === 0) return false;
  const after = text.codePointAt(p + 1);
  return after !== undefined && isNumberChar(codePointBefore(text, p)) && isNumberChar(after);
}

/** "h" or "w", any case: a URL may start here. */
function isUrlStart(cp: number): boolean {
  return cp === 0x68 || cp === 0x48 || cp === 0x77 || cp === 0x57;
}

/** The end of a URL starting at `p`, or -1. */
function urlEnd(text: string, p: number): number {
  let q = -1;
  const head = text.slice(p, p + 4).toLowerCase();
  if (head === "http") {
    q = p + 4;
    // "s", "S", or the long s, which a case-insensitive pattern takes for one.
    if (/^[sSſ]$/.test(text[q] ?? "")) q++;
    q = text.startsWith("://", q) ? q + 3 : -1;
  } else if (head === "www." && /^[wW]{3}\.$/.test(text.slice(p, p + 4))) q = p + 4;
  if (q < 0) return -1;
  // The longest run of characters a URL holds, given back to its last one that may end it (no trailing punctuation); two at least.
  let last = -1;
  for (let i = q; i < text.length; ) {
    const c = text.codePointAt(i)!;
    if (isSpaceOrQuote(c)) break;
    const w = c > 0xffff ? 2 : 1;
    if (i > q && !URL_TRAILING.has(c)) last = i + w;
    i += w;
  }
  return last;
}

const QUOTES_AND_BRACKETS = new Set([..."<>\"'„“”«»"].map((c) => c.codePointAt(0)!));
const URL_TRAILING = new Set([...".,;:!?)]"].map((c) => c.codePointAt(0)!));

/** `\s` of a regular expression, or one of <>"'„“”«». */
function isSpaceOrQuote(c: number): boolean {
  return isSpace(c) || QUOTES_AND_BRACKETS.has(c);
}

/** A character of an e-mail's name: `[\p{L}\p{N}._%+-]`. */
function isEmailChar(cp: number): boolean {
  return cp === 0x2e || cp === 0x5f || cp === 0x25 || cp === 0x2b || cp === 0x2d || (charBits(cp) & (LETTER | NUMBER)) !== 0;
}

/** The end of an e-mail address starting at `p` (-1 if none), and where the run of its name's characters ends. */
function emailEnd(text: string, p: number): { end: number; runEnd: number } {
  const at = runOf(text, p, isEmailChar);
  if (text.charCodeAt(at) !== 0x40) return { end: -1, runEnd: at };
  const domain = runOf(text, at + 1, isDomainChar);
  // The last "." of the domain with two letters or more after it, one character of the domain before it at least.
  for (let k = domain - 1; k > at + 1; k--) {
    if (text.charCodeAt(k) !== 0x2e) continue;
    const letters = runOf(text, k + 1, isLetter);
    if (letters > k + 1 && letters > k + 1 + (text.codePointAt(k + 1)! > 0xffff ? 2 : 1)) return { end: letters, runEnd: at };
  }
  return { end: -1, runEnd: at };
}

function isDomainChar(cp: number): boolean {
  return cp === 0x2e || cp === 0x2d || (charBits(cp) & (LETTER | NUMBER)) !== 0;
}

function isLetter(cp: number): boolean {
  return (charBits(cp) & LETTER) !== 0;
}

/** Where the run of code points that `test` accepts, starting at `from`, ends. */
function runOf(text: string, from: number, test: (cp: number) => boolean): number {
  let i = from;
  while (i < text.length) {
    const c = text.codePointAt(i)!;
    if (!test(c)) break;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

/** The end of a word whose first code point ends at `from`: the last letter, mark or digit of the run of those, apostrophes and hyphens after it. */
function wordEnd(text: string, from: number, lang: LanguageProfile): number {
  let end = from;
  for (let i = from; i < text.length; ) {
    const c = text.codePointAt(i)!;
    const w = c > 0xffff ? 2 : 1;
    if (charBits(c) !== 0) end = i + w;
    else if (c !== 0x27 && c !== 0x2019 && c !== 0x2d) break;
    i += w;
  }
  return classEnd(text, end, lang);
}

/** A size's letters and figure ("M8", "M10"), and with its second figure after an x ("M8x20", "М10х1"). */
const SIZE_HEAD = /^\p{Lu}{1,3}\d{1,3}$/u;
const SIZE_TIMES = /^\p{Lu}{1,3}\d{1,3}[xXхХ×]\d{1,4}$/u;
/** A decimal part glued to a size's last figure (",25", ".25"), and nothing glued after it. */
const SIZE_DECIMAL = /^[.,]\d{1,3}(?![\p{L}\p{M}\p{N}]|[.,]\p{N})/u;

/**
 * A metric thread or a size written glued to its letters, one code however its sign of times and its decimal mark are
 * written: "M8×20" is "M8x20", "M10×1,25" is "M10x1.25" (stranger 342: a manual's "M8x20" / "M8×20" was an error, a
 * code changed, and "M10x1.25" read as "M10x1" and 25). Where the word from `start` to `end` is such a size's start.
 */
function threadEnd(text: string, start: number, end: number): number {
  const next = text.charCodeAt(end);
  if (next !== 0xd7 && next !== 0x2e && next !== 0x2c) return end;
  let after = end;
  if (next === 0xd7) {
    if (!SIZE_HEAD.test(text.slice(start, end))) return end;
    after = end + 1;
    while (isDigit(text.charCodeAt(after)) && after - end <= 4) after++;
    if (after === end + 1 || charBits(text.codePointAt(after) ?? 0x20) & (LETTER | MARK | NUMBER)) return end;
  } else if (!SIZE_TIMES.test(text.slice(start, end))) return end;
  const decimal = SIZE_DECIMAL.exec(text.slice(after, after + 8));
  return decimal ? after + decimal[0].length : after;
}

/** A size's token (`threadEnd`), its key with an x for its sign of times and a point for its decimal mark. */
function threadToken(surface: string): Token {
  const key = surface.toLowerCase().replace(/[×х]/gu, "x").replace(",", ".");
  return { surface, kind: "word", key, stem: key, scaled: false };
}

/** A date's month and year after its day: ".06.2010", ".6.10". */
const DATE_GOES_ON = /^\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)/u;

/** Per language, its months' names and abbreviations, lowercase. */
const monthWords = new WeakMap<LanguageProfile, ReadonlySet<string>>();

/** Whether a month's name follows `at` after a space ("/16 June 2010": a day, no class's figure). */
function monthAfter(text: string, at: number, lang: LanguageProfile): boolean {
  if (!isSpace(text.charCodeAt(at)) || !lang.dates) return false;
  let months = monthWords.get(lang);
  if (!months) {
    months = new Set([...lang.dates.months.flat(), ...lang.dates.monthAbbreviations.flat()].map((m) => m.toLowerCase()));
    monthWords.set(lang, months);
  }
  const next = /^\s(\p{L}+)/u.exec(text.slice(at, at + 16));
  return next !== null && months.has(next[1]!.toLowerCase());
}

/**
 * A class of letters and figures with its second figure after a slash, one code: "C30/37" (concrete), "PN10/16" (a
 * pressure class), a grant's "KP-06-N57/12" (and its Bulgarian spelling "КП-06-Н57/12"). Read as "C30" and 37, a
 * class changed to "C25/30" was two errors naming neither whole (stranger 223).
 */
function classEnd(text: string, end: number, lang: LanguageProfile): number {
  if (text.charCodeAt(end) !== 0x2f || !isDigit(text.charCodeAt(end - 1)) || !isDigit(text.charCodeAt(end + 1))) return end;
  let after = end + 1;
  while (isDigit(text.charCodeAt(after))) after++;
  // Up to three figures, and no letter, figure or slash glued after ("C30/37", not "C30/37/45" or "A4/5b"); nor a date's
  // day, an order's number and its date ("Заповед РД-18-45/16.06.2010 г."; stranger 274: "06.2010" read as 6.201).
  if (DATE_GOES_ON.test(text.slice(after, after + 9)) || monthAfter(text, after, lang)) return end;
  return after - end - 1 <= 3 && !(charBits(text.codePointAt(after) ?? 0x20) !== 0 || text.charCodeAt(after) === 0x2f) ? after : end;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A time measured to a fraction of a second: minutes (or hours and minutes) and seconds, a point or a comma, their hundredths. */
const RACE_TIME = /\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}(?![\d.,:])/y;

/** An international telephone number's digits after its "+", in groups ("+359 55 022 345", "+44 20 7946 0958"). */
const PHONE = /\d{1,4}(?!\d)(?:[ \u00a0.-]\d{1,4}(?!\d)){1,6}(?![.,]\d)/y;
/** A national one, its trunk 0 opening a group of two to four digits ("0888 123 456", "02 981 44 70"). */
const NATIONAL_PHONE = /0\d{1,3}(?!\d)(?:[ \u00a0-]\d{2,4}(?!\d)){2,4}(?![.,]\d)/y;
/** Digits an international number has: E.164 allows 15 at most; fewer than 8 is no number to dial abroad. */
const PHONE_DIGITS = [8, 15] as const;
/** A national number's digits with its trunk 0. */
const NATIONAL_DIGITS = [9, 11] as const;

/**
 * The country codes of E.164 of one and two digits (the rest have three): the codes are a prefix code, so a number's
 * own says where its national digits begin.
 */
const SHORT_COUNTRY_CODES = new Set(
  "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split(
    " ",
  ),
);

/** An international number's national digits: its country code (one to three digits, by E.164's prefixes) left out. */
function nationalOf(digits: string): string {
  const cc = SHORT_COUNTRY_CODES.has(digits.slice(0, 1)) ? 1 : SHORT_COUNTRY_CODES.has(digits.slice(0, 2)) ? 2 : 3;
  return digits.slice(cc);
}

/**
 * A telephone number written "+359 55 022 345" or "055 022 345": one number, its national digits (the country code or
 * the trunk 0 left out), however a translation groups or writes it ("+359 550 22 345", "0550 22 345"; stranger 317:
 * read as two numbers each side, the sentence's translation was called missing and added).
 */
function phoneAt(text: string, p: number, tokens: Token[]): number | undefined {
  const before = p > 0 ? text.charCodeAt(p - 1) : 0;
  const plus = before === 0x2b;
  // Not after a letter or a figure: the "+" of "C++11", the "0" of "A0 5".
  const word = (at: number) => at > 0 && (charBits(codePointBefore(text, at)) & (LETTER | NUMBER)) !== 0;
  if (plus ? word(p - 1) : text.charCodeAt(p) !== 0x30 || word(p) || (p > 0 && /[.,/+-]/u.test(text[p - 1]!))) return undefined;
  const pattern = plus ? PHONE : NATIONAL_PHONE;
  pattern.lastIndex = p;
  const m = pattern.exec(text);
  if (!m) return undefined;
  const digits = m[0].replace(/\D/gu, "");
  const [least, most] = plus ? PHONE_DIGITS : NATIONAL_DIGITS;
  if (digits.length < least || digits.length > most) return undefined;
  tokens.push(other("number", m[0], plus ? nationalOf(digits) : digits.slice(1), false));
  return p + m[0].length;
}

/** Reads the clock time or number at `p` into `tokens`; returns where it ends. */
function numberAt(text: string, p: number, cp: number, lang: LanguageProfile, tokens: Token[]): number {
  const patterns = numberPatterns(lang);
  const phone = cp >= 0x30 && cp <= 0x39 ? phoneAt(text, p, tokens) : undefined;
  if (phone !== undefined) return phone;
  if (cp >= 0x30 && cp <= 0x39 && !afterNumber(text, p)) {
    // A race's time to the hundredth, one number: "5:12.45", "1:02:33,10" (stranger 163: "54 where the source says 45").
    // Tried only where a colon follows the first figure or two: most numbers are no time (tokenizing is every text's).
    const colon = text.charCodeAt(p + 1) === 0x3a || text.charCodeAt(p + 2) === 0x3a;
    RACE_TIME.lastIndex = p;
    const race = colon ? RACE_TIME.exec(text) : null;
    if (race) {
      tokens.push(other("number", race[0], race[0].replace(",", "."), false));
      return p + race[0].length;
    }
    const time = patterns.time.for(text);
    time.lastIndex = p;
    const m = time.exec(text);
    if (m) {
      tokens.push(other("number", m[0].trim(), clockTime(m), false));
      return p + m[0].length;
    }
  }
  // \p{N}+(?:(?:[.,\u00a0\u2007\u202f ]|\r?\n[ \t]*)\p{N}+)*
  let end = runOf(text, p, isNumberChar);
  for (;;) {
    const sep = separatorAt(text, end);
    // A footnote's mark after a number's full stop ("in 2023.³") is no decimal of it.
    const next = end + sep < text.length ? text.codePointAt(end + sep)! : 0;
    if (sep === 0 || end + sep >= text.length || !isNumberChar(next) || isSuperscriptDigit(next)) break;
    end = runOf(text, end + sep, isNumberChar);
  }
  const raw = text.slice(p, end);
  if (isPageNumber(text, p, end)) return end;
  const fraction = slashFraction(text, p, end, lang);
  if (fraction) {
    tokens.push(other("number", text.slice(p, fraction.end), fraction.key, false));
    return fraction.end;
  }
  const suffix = patterns.suffix.for(text);
  suffix.lastIndex = end;
  const found = suffix.exec(text);
  // A postcode's inward part, a figure and two capitals after its outward code ("Cambridge CB2 1TN"), is no trillion.
  const m =
    found?.[2] && found[0] === found[2] && POSTCODE_BEFORE.test(text.slice(Math.max(0, p - 6), p)) && /^\p{Lu}{2}$/u.test(found[2])
      ? null
      : found;
  const surface = m ? text.slice(p, end + m[0].length) : raw;
  const money = m ? undefined : moneyMagnitude(text, p, end, lang);
  const values = sectionLabel(text, p, end, raw) ?? normaliseNumber(raw, lang);
  const last = values.length - 1;
  // A decade has two figures or four ("80-те", "1980s"): "120-те участници" are the 120 participants.
  if (m?.[1] && DECADE_FIGURES.test(values[last]!)) values[last] = `${values[last]!.slice(-2)}s`;
  else if (m?.[2]) values[last] = scale(values[last]!, magnitudeOf(m[2], lang));
  else if (money) values[last] = scale(values[last]!, money.factor);
  const scaled = Boolean(m?.[2] ?? money);
  const read = money ? text.slice(p, money.end) : surface;
  for (let k = 0; k <= last; k++) tokens.push(other("number", read, values[k]!, scaled && k === last));
  return p + read.length;
}

/**
 * The letter glued to the number from `start` to `end` that multiplies an amount of money ("€865.9m", "EUR 44m",
 * "865.9m euros": `moneyMagnitudes`), where a currency's symbol or code stands right before the number or a currency
 * right after the letter; its end and factor. Elsewhere "5m" is five metres.
 */
export function moneyMagnitude(
  text: string,
  start: number,
  end: number,
  lang: LanguageProfile,
): { end: number; factor: number } | undefined {
  const letters = lang.moneyMagnitudes;
  const letter = text.charAt(end).toLowerCase();
  if (!letters || !Object.hasOwn(letters, letter)) return undefined;
  const factor = letters[letter]!;
  const after = end + 1;
  if (after < text.length && charBits(text.codePointAt(after)!) & (LETTER | NUMBER)) return undefined;
  if (currencyBefore(text, start) || currencyAfter(text, after, lang)) return { end: after, factor };
  // A count's thousands before the word it counts ("10k files", "2K users"): a release note's shorthand, which no unit
  // of one letter "k" can be (stranger 366: "10 000 файла" was an error).
  const counted = lang.countMagnitudes?.[letter];
  return counted !== undefined && /^ \p{Ll}/u.test(text.slice(after, after + 2)) ? { end: after, factor: counted } : undefined;
}

/** The currencies' symbols and codes ("€", "US$", "EUR"), longest first. */
let currencySymbols: readonly string[] | undefined;

function symbolsOfCurrencies(): readonly string[] {
  currencySymbols ??= Object.entries(UNIT_SYMBOLS)
    .filter(([code]) => CURRENCY_CODES.has(code))
    .flatMap(([, forms]) => forms)
    .sort((a, b) => b.length - a.length);
  return currencySymbols;
}

/** Whether `form` is written in `text` ending at `at`, no letter before a code ("EUR", not "XEUR"). */
function writtenBefore(text: string, at: number, form: string): boolean {
  const from = at - form.length;
  return from >= 0 && text.startsWith(form, from) && !(from > 0 && isLetter(codePointBefore(text, from)));
}

/** A currency's symbol or code right before `at`, a space between or none ("€865.9m", "EUR 44m"). */
export function currencyBefore(text: string, at: number): boolean {
  const end = at > 0 && isSpace(text.charCodeAt(at - 1)) ? at - 1 : at;
  return symbolsOfCurrencies().some((form) => writtenBefore(text, end, form));
}

/** The language's currency words, lowercase (`units` of a currency's code), by language. */
const currencyWords = new WeakMap<LanguageProfile, readonly string[]>();

/** A currency's symbol, code or word right after `at`, a space between or none ("865.9m euros"). */
function currencyAfter(text: string, at: number, lang: LanguageProfile): boolean {
  let words = currencyWords.get(lang);
  if (!words) {
    words = Object.entries(lang.units)
      .filter(([code]) => CURRENCY_CODES.has(code))
      .flatMap(([, forms]) => forms);
    currencyWords.set(lang, words);
  }
  const from = at < text.length && isSpace(text.charCodeAt(at)) ? at + 1 : at;
  const ends = (length: number) => from + length >= text.length || !isLetter(text.codePointAt(from + length)!);
  if (symbolsOfCurrencies().some((form) => text.startsWith(form, from) && ends(form.length))) return true;
  const head = text.slice(from, from + 40).toLowerCase();
  return words.some((w) => head.startsWith(w) && ends(w.length));
}

/** Each language's magnitude words as one sticky pattern, a space before them or none ("хил.", "thousand"). */
const magnitudeAfter = new WeakMap<LanguageProfile, RegExp | null>();

/**
 * Whether an amount of money's words follow `at`: a currency ("лв.", "BGN", "€"), or a magnitude word and perhaps one
 * ("хил. лв.", "thousand"): what makes a small bracketed figure an account's amount, not a paragraph's number.
 */
export function moneyAfter(text: string, at: number, lang: LanguageProfile): boolean {
  if (currencyAfter(text, at, lang)) return true;
  let pattern = magnitudeAfter.get(lang);
  if (pattern === undefined) {
    pattern = lang.magnitudes.length ? new RegExp(`\\s?(?:${lang.magnitudes.map(([p]) => p).join("|")})(?![\\p{L}])`, "iuy") : null;
    magnitudeAfter.set(lang, pattern);
  }
  if (pattern === null) return false;
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** A British postcode's outward code and its space, right before a figure ("CB2 ", "SW1A ", "BN1 "). */
const POSTCODE_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}{1,2}\d[\p{Lu}\d]? $/u;

/** The figures of a decade before its suffix: two or four, the last a zero. */
const DECADE_FIGURES = /^(?:\d|\d{3})0$/;

/** The vulgar fractions Unicode has, by value: "½" is 0.5, as "1/2" and "0,5" are. */
const VULGAR: ReadonlyMap<string, number> = new Map([
  ["¼", 1 / 4],
  ["½", 1 / 2],
  ["¾", 3 / 4],
  ["⅐", 1 / 7],
  ["⅑", 1 / 9],
  ["⅒", 1 / 10],
  ["⅓", 1 / 3],
  ["⅔", 2 / 3],
  ["⅕", 1 / 5],
  ["⅖", 2 / 5],
  ["⅗", 3 / 5],
  ["⅘", 4 / 5],
  ["⅙", 1 / 6],
  ["⅚", 5 / 6],
  ["⅛", 1 / 8],
  ["⅜", 3 / 8],
  ["⅝", 5 / 8],
  ["⅞", 7 / 8],
]);

/** The key of a value that is no whole number: three decimals at most ("0.5", "0.333", "1.5"). */
function fractionKey(value: number): string {
  return canonical(value.toFixed(3));
}

/** The word right before a number, its dot and white space aside ("Етаж " of "Етаж 3/6", "ет. " of "ет. 3/6"). */
const WORD_BEFORE = /(\p{L}+)\.?\s*$/u;

/** The largest denominator of a fraction written with a slash ("1/2", "3/4", "1/16"): above it, "24/7" or a date. */
const MAX_DENOMINATOR = 16;

/**
 * A proper fraction written with a slash, starting at `p` where its numerator
 * ends at `end`: "1/2 таблетка" is half a tablet, as "½" is. Not "24/7" (no
 * proper fraction), nor a date's "1/2/2025" or "12/05", nor part of a longer run of slashes.
 */
function slashFraction(text: string, p: number, end: number, lang: LanguageProfile): { end: number; key: string } | undefined {
  if (text.charCodeAt(end) !== 0x2f || end - p > 2 || (p > 0 && /[\d/]/u.test(text[p - 1]!))) return undefined;
  // A floor of so many: "Етаж 3/6" is the third of six (stranger 158).
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, p - 12), p))?.[1]?.toLowerCase();
  if (before !== undefined && lang.floorWords?.includes(before)) return undefined;
  // Not a denominator with a group of thousands after it: an SmPC's frequency "≥ 1/10 000" is one in ten thousand.
  const denominator = /^[1-9]\d?(?![\d/]|[.,]\p{N}|[ \u00a0\u2007\u202f]\d{3}(?!\d))/u.exec(text.slice(end + 1, end + 7))?.[0];
  if (!denominator || !/^[1-9]\d?$/u.test(text.slice(p, end))) return undefined;
  const a = Number(text.slice(p, end));
  const b = Number(denominator);
  if (a < 1 || a >= b || b > MAX_DENOMINATOR) return undefined;
  return { end: end + 1 + denominator.length, key: fractionKey(a / b) };
}

// The no-break spaces between digit groups: U+00A0, the figure space U+2007 (typeset tables), the narrow U+202F.
/** What may stand between a number's groups: a dot, a comma, a space of any width, or a line break where wrapping fell between them ("823\n558 лв.", "\r\n" too). */
const NUMBER_SEPARATORS = new Set([0x2e, 0x2c, 0xa0, 0x2007, 0x202f, 0x20, 0x0a]);

/**
 * The length of the separator of a number's groups at `at`, or 0: one of `NUMBER_SEPARATORS`, or a line break (a
 * Windows one too, "2\r\n000 лв." wrapped in a CRLF file) with the next line's indentation ("3\n      482" as
 * `pdftotext -layout` sets a column's amount).
 */
function separatorAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const lineBreak = c === 0x0a ? 1 : c === 0x0d && text.charCodeAt(at + 1) === 0x0a ? 2 : 0;
  if (lineBreak === 0) return NUMBER_SEPARATORS.has(c) ? 1 : 0;
  let end = at + lineBreak;
  while (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09) end++;
  return end - at;
}

/** ⁰ ¹ ² ³ ⁴ ⁵ ⁶ ⁷ ⁸ ⁹: a footnote's mark, or a unit's power. */
function isSuperscriptDigit(cp: number): boolean {
  return cp === 0xb9 || cp === 0xb2 || cp === 0xb3 || cp === 0x2070 || (cp >= 0x2074 && cp <= 0x2079);
}

/** Letters a word has at least before superscript figures that are a footnote's mark, not its power. */
const FOOTNOTED_LETTERS = 4;

/** Where word `text[p, end)` ends without the superscript figures closing it, where those are a footnote's mark. */
function footnoteMarkAt(text: string, p: number, end: number): number {
  let at = end;
  while (at > p && isSuperscriptDigit(text.charCodeAt(at - 1))) at--;
  if (at === end || at - p < FOOTNOTED_LETTERS) return end;
  // By code points: a figure outside the first plane ("𝟙") is a figure too.
  for (let i = p; i < at; ) {
    const cp = text.codePointAt(i)!;
    if (isNumberChar(cp)) return end;
    i += cp > 0xffff ? 2 : 1;
  }
  return at;
}

function isNumberChar(cp: number): boolean {
  return (charBits(cp) & NUMBER) !== 0;
}

/**
 * The code point that ends just before `p` (p > 0), as a lookbehind reads it: a surrogate
 * pair whole, a lone surrogate as itself.
 */
function codePointBefore(text: string, p: number): number {
  const c = text.charCodeAt(p - 1);
  if (c >= 0xdc00 && c <= 0xdfff && p >= 2) {
    const high = text.charCodeAt(p - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** A clock time is not read right after a number, "." or "," (`(?<![\p{N}.,])`). */
function afterNumber(text: string, p: number): boolean {
  if (p === 0) return false;
  const c = codePointBefore(text, p);
  return c === 0x2e || c === 0x2c || isNumberChar(c);
}

/**
 * Numbers worth checking across a translation: clock times, decimals, and
 * whole numbers from 10 up (smaller ones are often written as words: "two", "две").
 */
export function isSignificantNumber(token: Pick<Token, "kind" | "key">): boolean {
  return token.kind === "number" && (token.key.includes(":") || token.key.includes(".") || Number(token.key) >= 10);
}

/** Words by spelling, per language: a word is tokenised and stemmed once however often it occurs, and its tokens share one object. */
const words = new WeakMap<LanguageProfile, Map<string, Token>>();
const MAX_CACHED_WORDS = 200_000;

function word(surface: string, lang: LanguageProfile): Token {
  let cache = words.get(lang);
  if (!cache) {
    cache = new Map();
    words.set(lang, cache);
  }
  let token = cache.get(surface);
  if (!token) {
    // Flattened copies: the match is a slice of the whole text, which the cache must not keep alive.
    const own = ` ${surface}`.slice(1);
    token = { surface: own, kind: "word", key: own.toLowerCase(), stem: lang.stem(own), scaled: false };
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(own, token);
  }
  return token;
}

function other(kind: "number" | "address", surface: string, key: string, scaled: boolean): Token {
  return { surface, kind, key, stem: key, scaled };
}

/** Tokens of each segment; segments of one text share one list (long documents repeat many sentences, and a list is only read). */
export function tokenizeSegments(segments: ReadonlyArray<{ readonly text: string }>, lang: LanguageProfile): Token[][] {
  const seen = new Map<string, Token[]>();
  return segments.map(({ text }) => {
    let list = seen.get(text);
    if (!list) {
      list = tokenize(text, lang);
      seen.set(text, list);
    }
    return list;
  });
}

/** The magnitude words of each language as whole-word patterns, compiled once. */
const magnitudePatterns = new WeakMap<LanguageProfile, ReadonlyArray<readonly [NarrowablePattern, number]>>();

/** The factor of a magnitude word ("млн." -> 1e6; 1 for any other word). */
export function magnitudeOf(word: string, lang: LanguageProfile): number {
  let patterns = magnitudePatterns.get(lang);
  if (!patterns) {
    // Narrowed where the word allows (../lang/chars.ts): "\p{L}" compiled case-insensitively costs a millisecond or more.
    patterns = lang.magnitudes.map(([p, factor]) => [new NarrowablePattern(`^(?:${p})$`, "iu"), factor] as const);
    magnitudePatterns.set(lang, patterns);
  }
  return patterns.find(([re]) => re.test(word))?.[1] ?? 1;
}

/** "2.5" x 1e6 -> "2500000", exactly, without floating-point noise. */
function scale(value: string, factor: number): string {
  if (!/^\d+(\.\d+)?$/.test(value) || factor === 1) return value;
  const [int, frac = ""] = value.split(".");
  const zeros = Math.round(Math.log10(factor));
  const digits = (int! + frac.padEnd(zeros, "0").slice(0, zeros)).replace(/^0+(?=\d)/, "");
  const rest = frac.slice(zeros).replace(/0+$/, "");
  return rest ? `${digits}.${rest}` : digits;
}

/** A clock time as "HH:MM" on a 24-hour clock: "3 p.m." and "15:00 часа" are both "15:00". */
function clockTime(m: RegExpMatchArray): string {
  // A dotted time's groups (`dottedTime`) come after the hour marker's three where the language has them, else as 9, 10.
  let hour = Number(m[1] ?? m[5] ?? m[7] ?? m[9] ?? m[11] ?? m[12]);
  const minute = m[2] ?? m[6] ?? m[8] ?? m[10] ?? m[13] ?? "00";
  if (m[4] && hour < 12) hour += 12;
  if (m[3] && hour === 12) hour = 0;
  return `${String(hour).padStart(2, "0")}:${minute}`;
}

/**
 * The value(s) of a written number in the language's conventions:
 * "0,20" (bg) and "0.20" (en) are both "0.2"; "2 000" (bg) and "2,000" (en)
 * are "2000"; "15 16" is two numbers.
 */
export function normaliseNumber(raw: string, lang: LanguageProfile): string[] {
  // Most numbers are digits alone ("2024", "15"): one value, no groups to split (13 MB of arrays in a long review).
  if (PLAIN_DIGITS.test(raw)) return [raw.length > 1 && raw.charCodeAt(0) === 0x30 ? canonical(raw) : raw];
  return splitNumber(raw, lang);
}

/**
 * `normaliseNumber`'s values, each with the text of `raw` it was read from:
 * a table row's figures separated by spaces are one run of digits
 * ("4 605,0 7 564,5"), and a message names the figure that changed, not the row.
 */
export function numberParts(raw: string, lang: LanguageProfile): Array<{ readonly value: string; readonly text: string }> {
  const texts: string[] = [];
  return splitNumber(raw, lang, texts).map((value, k) => ({ value, text: texts[k]! }));
}

/** The values of a number's groups; with `texts`, the text each was read from too (messages only: tokenising makes none). */
function splitNumber(raw: string, lang: LanguageProfile, texts?: string[]): string[] {
  // A date with dots ("20.02.2026") is a day, a month and a year in any language: English read "20.02" as a decimal, and the
  // same date written alike on both sides differed (stranger 103: "Дата: 20.02.2026 г." / "Date: 20.02.2026").
  const date = DOTTED_DATE.exec(raw);
  if (date && Number(date[1]) >= 1 && Number(date[1]) <= 31 && Number(date[2]) >= 1 && Number(date[2]) <= 12) {
    texts?.push(date[1]!, date[2]!, date[3]!);
    return [canonical(date[1]!), canonical(date[2]!), date[3]!];
  }
  // Groups between two dots or more are no decimal in any language: thousands ("1.234.567") or an identifier's parts
  // ("68134.4082.117", a cadastral one; "3.2.1", a clause's), read alike on both sides. English read "68134.4082" and
  // "117" where Bulgarian read "68134" and "4082117", and a deed's sentence of two such was linked to nothing (stranger 202).
  if (DOTTED_PARTS.test(raw)) {
    if (DOTTED_THOUSANDS.test(raw)) {
      texts?.push(raw);
      return [canonical(raw.replace(/\./gu, ""))];
    }
    const parts = raw.split(".");
    texts?.push(...parts);
    return parts.map(canonical);
  }
  const groups = raw.split(/(\r?\n[ \t]*|[.,\u00a0\u2007\u202f ])/u);
  // groups: digits, sep, digits, sep, ...
  const out: string[] = [];
  let current = groups[0]!;
  let from = 0;
  let at = current.length;
  let decimal = false;
  // Whether `current` was joined from groups: "2 024" may take a group after a space, a year "2024" may not ("01.04.2024 325,00").
  let joined = false;
  for (let k = 1; k < groups.length; k += 2) {
    const sep = groups[k]!;
    const next = groups[k + 1]!;
    const isSpace = /[\u00a0\u2007\u202f \n]/u.test(sep);
    at += sep.length;
    // "1 ½" is one and a half, as "1½" is.
    if (isSpace && VULGAR.has(next) && /^\d+$/u.test(current)) {
      current += next;
      at += next.length;
      continue;
    }
    const thousands =
      !decimal &&
      next.length === 3 &&
      /^\p{N}{1,3}$/u.test(current.replace(/\D/g, "").slice(-3)) &&
      (isSpace || sep !== lang.decimalSeparator) &&
      (isSpace ? current.length <= 3 || (joined && /^\d{1,3}(\d{3})+$/u.test(current)) : true);
    if (thousands) {
      current += next;
      joined = true;
    } else if (!isSpace && !decimal && sep === lang.decimalSeparator) {
      current += `.${next}`;
      decimal = true;
    } else {
      out.push(canonical(current));
      texts?.push(raw.slice(from, at - sep.length));
      current = next;
      from = at;
      decimal = false;
      joined = false;
    }
    at += next.length;
  }
  out.push(canonical(current));
  texts?.push(raw.slice(from));
  return out;
}

/** ASCII digits alone. */
const PLAIN_DIGITS = /^\d+$/;
/** Three groups of digits or more with a dot between each: an identifier's parts or thousands, no decimal (a cadastral identifier, "68134.4082.118.1.15"; a clause's "3.2.1"). */
export const DOTTED_PARTS = /^\d+(?:\.\d+){2,}$/u;
/** Thousands grouped with dots: "1.234.567". */
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/u;
/** A day, a month and a year of four figures, with dots between. */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;

function canonical(n: string): string {
  const fraction = VULGAR.get(n.slice(-1));
  if (fraction !== undefined && /^\d*$/u.test(n.slice(0, -1))) return fractionKey(Number(n.slice(0, -1) || "0") + fraction);
  if (!/^\d+(\.\d+)?$/.test(n)) return n;
  const [int, frac] = n.split(".");
  const i = int!.replace(/^0+(?=\d)/, "");
  const f = frac?.replace(/0+$/, "");
  return f ? `${i}.${f}` : i;
}
