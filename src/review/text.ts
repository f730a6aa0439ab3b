/** Small text helpers the checks share. */
import { narrowable } from "../lang/chars.js";
import type { Segment, Side } from "../types.js";

/** The text of segments `ids`, joined with single spaces. */
export function joinText(segments: readonly Segment[], ids: readonly number[]): string {
  return foldSpace(ids.length === 1 ? segments[ids[0]!]!.text : ids.map((id) => segments[id]!.text).join(" "));
}

/** Whether a side's segments lie in more than one paragraph (paragraphs are numbered from 0 in the order of the text). */
export function hasParagraphs(side: Side): boolean {
  return (side.segments.at(-1)?.paragraph ?? 0) > (side.segments[0]?.paragraph ?? 0);
}

/** White space folded to single spaces; the text itself (no copy) when it has nothing to fold, as most sentences. */
export function foldSpace(text: string): string {
  return /[^\S ]| {2}/u.test(text) ? text.replace(/\s+/gu, " ") : text;
}

/** Whether a segment ends as a sentence does (a full stop, a question or exclamation mark, maybe in quotes), not as a title. */
export function endsSentence(text: string): boolean {
  // Closing quotes of either convention: Bulgarian closes with “ („…?“), English with ”.
  return /[.!?…]["'“”‘’»)\]]*\s*$/u.test(text);
}

/** Whether a text is a heading in capitals ("ГОДИШЕН ДОКЛАД ЗА 2024 Г."): letters, and none of them lowercase. */
export function inCapitals(text: string): boolean {
  return CAPITALS_ONLY.test(text) && !LOWERCASE.test(text);
}

const CAPITALS_ONLY = narrowable(String.raw`\p{Lu}.*\p{Lu}.*\p{Lu}`, "u");
const LOWERCASE = narrowable(String.raw`\p{Ll}`, "u");

/**
 * Whether the text before a number ends on its minus: a minus glued to it after a space, a bracket or nothing, not a
 * dash between two numbers ("10-15", "10 - 15", "2024–2025"); an en dash glued to the number is a typesetter's minus
 * ("–20 °C"). Three characters before the number are enough to tell.
 */
export function minusBefore(before: string): boolean {
  // A currency's sign between: "−€8.93", "-$5" (stranger 335: "−€8.93" / "−8,93 €" was a sign added).
  const at = /[€$£¥]$/u.test(before) ? before.slice(0, -1) : before;
  return /(?:^|[\s(])[-−–]$/u.test(at) && !/\d\s?[-−–]$/u.test(at);
}

/** The last word of a text, lowercased, if only punctuation and quotes follow it. */
export function finalWord(text: string): string | undefined {
  return FINAL_WORD.exec(text.slice(lastWordStart(text)))?.[1]?.toLowerCase();
}

/** The last two words of a text, lowercased and one space between ("front of"), if only punctuation and quotes follow them. */
export function finalWords(text: string): string | undefined {
  return FINAL_WORDS.exec(text.slice(Math.max(0, text.length - FINAL_WORDS_CHARS)))
    ?.slice(1, 3)
    .join(" ")
    .toLowerCase();
}
/** Characters read from a text's end for its last two words: more than two words of any length a language writes. */
const FINAL_WORDS_CHARS = 80;

// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond or two to compile.
const FINAL_WORDS = narrowable(String.raw`([\p{L}][\p{L}'’-]*)\s+([\p{L}][\p{L}'’-]*)[\s"'”’»)\]]*[.!?…:;,]*["'”’»)\]]*\s*$`, "u");
const FINAL_WORD = narrowable(String.raw`([\p{L}][\p{L}'’-]*)[\s"'”’»)\]]*[.!?…:;,]*["'”’»)\]]*\s*$`, "u");
const LETTER = narrowable(String.raw`\p{L}`, "u");
const WORD_PART = narrowable(String.raw`[\p{L}'’-]`, "u");
const LETTERS = narrowable(String.raw`\p{L}+`, "gu");

/**
 * Where `FINAL_WORD` can start matching: the run of word characters around the
 * last letter (what follows a word holds no letter). Read from the end, so a
 * long sentence is not tried at every position. Halves of a pair of UTF-16
 * units count as letters: starting a little early never changes the match.
 */
function lastWordStart(text: string): number {
  const surrogate = (n: number) => (text.charCodeAt(n) & 0xf800) === 0xd800;
  let e = text.length - 1;
  while (e >= 0 && !surrogate(e) && !LETTER.test(text[e]!)) e--;
  let s = e;
  while (s > 0 && (surrogate(s - 1) || WORD_PART.test(text[s - 1]!))) s--;
  return Math.max(0, s);
}

/** "?" or "!" when a sentence ends with one (before closing quotes or brackets). */
export function finalMark(text: string): "?" | "!" | undefined {
  const m = /([?!])[\s"'»“”’)\]]*$/u.exec(text);
  return m ? (m[1] as "?" | "!") : undefined;
}

/** At most `max` characters of a text, cut at a word with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}

export function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Scores are probabilities; four decimals are plenty for sorting and reading, and every output writes them so. */
export function roundScore(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Figures in evidence: three decimals are plenty for a reviewer and keep files stable. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  // A typed array sorts numbers without a comparator call per comparison (tens of thousands of links).
  const s = Float64Array.from(xs).sort();
  return s[Math.floor(s.length / 2)]!;
}

/** "is" or "are", for a list of things named in a reason. */
export function isAre(list: readonly unknown[]): string {
  return list.length > 1 ? "are" : "is";
}

/**
 * A sentence as the consistency checks compare it: its letters, lowercase,
 * words joined by one space; numbers and punctuation aside ("Step 1. Switch
 * off the power." repeats "Step 5. Switch off the power.").
 */
export function sentenceKey(text: string): string {
  const lower = text.toLowerCase();
  return (lower.match(LETTERS.for(lower)) ?? []).join(" ");
}

/** `s` as a regular expression matching it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Roman figures as written in a document's numbering or a century, to 399 ("II", "XIV", "XIX", "CXC"). */
const ROMAN = /^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: ReadonlyArray<readonly [string, number]> = [
  ["C", 100],
  ["XC", 90],
  ["L", 50],
  ["XL", 40],
  ["X", 10],
  ["IX", 9],
  ["V", 5],
  ["IV", 4],
  ["I", 1],
];

/** The value of a word written in Roman figures ("XIX": 19), or undefined for any other word. */
export function romanValue(surface: string): number | undefined {
  if (surface === "" || !ROMAN.test(surface)) return undefined;
  let value = 0;
  let rest = surface;
  for (const [figure, n] of ROMAN_VALUES)
    while (rest.startsWith(figure)) {
      value += n;
      rest = rest.slice(figure.length);
    }
  return value;
}

/**
 * Whether `written`, a code, a word or a number of `text`, is in `other` glued to a neighbour it stands apart from in
 * `text`, or apart from one it is glued to ("S355 J2" / "S355J2", "DN 150" / "DN150", "PN10" / "PN 10"): the same code,
 * spaced otherwise (stranger 175). Only where the code so made has a letter and a figure: "на 10" glues to nothing.
 */
export function spacedOtherwise(written: string, text: string, other: string): boolean {
  const squashed = other.replace(/\s+/gu, "");
  // Not the end of a longer figure: "5 mg" is in "0,5 mg" squashed, another dose (stranger 215).
  const code = (s: string) =>
    s.length >= 3 &&
    /\p{L}/u.test(s) &&
    /\d/u.test(s) &&
    // Whole at its end: "HER2" is no part of "HER20" (stranger 341: a code a zero longer passed as spaced otherwise).
    new RegExp(`${escapeRegExp(s)}${/\d$/u.test(s) ? "(?!\\p{N})" : ""}`, "u").test(squashed) &&
    (!/^\d/u.test(s) || new RegExp(`(?<!\\p{N}[.,]?)${escapeRegExp(s)}`, "u").test(squashed));
  if (
    !/\s/u.test(written) &&
    code(written) &&
    !new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(written)}(?![\\p{L}\\p{N}])`, "u").test(other)
  )
    return true;
  const at = text.indexOf(written);
  if (at < 0) return false;
  const bare = (s: string | undefined) => s?.replace(/^["'„“«([]+|[.,;:!?)\]"'”’»]+$/gu, "");
  const before = bare(/(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1]);
  const after = bare(/^\s+(\S+)/u.exec(text.slice(at + written.length, at + written.length + 40))?.[1]);
  if ((before !== undefined && code(before + written)) || (after !== undefined && code(written + after))) return true;
  // A run of short groups of letters and figures around it, glued: an account's "BG30 UBBS 2247 3136 1498 63".
  const left = /(?:[A-Za-z0-9]{1,6} )+$/u.exec(text.slice(Math.max(0, at - 60), at))?.[0] ?? "";
  const right = /^(?: [A-Za-z0-9]{1,6})+/u.exec(text.slice(at + written.length, at + written.length + 60))?.[0] ?? "";
  return (left !== "" || right !== "") && code(`${left}${written}${right}`.replace(/ /gu, ""));
}
