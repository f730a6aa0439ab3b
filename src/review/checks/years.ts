/**
 * Ranges as the numbers check reads them: a range of years written short
 * ("1950-53", "2019/20") is "1950–1953", "2019–2020"; a score written with
 * hyphens ("1-of-4") holds its second number.
 */
import { narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import type { Matchable } from "../../score/index.js";
import { numberToken, objectList } from "../tokens.js";
import { monthFollows } from "./dates.js";

/** Longest span of a short range: "2024-03" is a month, not 2024 to 2103. */
const MAX_SPAN = 30;

/** "1950-53", "1950 – 53", "2019/20": a four-digit year, a dash or a slash, two digits that are no part of a date or a longer number. */
// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond or two to compile.
const SHORT_RANGE = narrowable(String.raw`(?<![\p{N}.,/-])(\d{2})(\d{2})\s?[-–—/]\s?(\d{2})(?![\p{N}]|[-/.,]\p{N})`, "gu");

const MAY_HOLD_SHORT_RANGE = /\d{4}\s?[-–—/]/u;

/**
 * The two-digit ends of the short ranges of a text with the years they stand for ("53" -> "1953"), in order; not a
 * day before its month ("1 January 2025 – 31 December 2025": no range 2025–2031), where the language is given.
 */
export function shortRangeEnds(text: string, lang?: LanguageProfile): Array<readonly [short: string, full: string]> {
  const out: Array<readonly [string, string]> = [];
  // Four digits, then a dash or a slash: most texts have none, and this pattern (no property class, no look-behind) is quick.
  if (!MAY_HOLD_SHORT_RANGE.test(text)) return out;
  for (const m of text.matchAll(SHORT_RANGE.for(text))) {
    const start = Number(m[1]! + m[2]!);
    let end = Number(m[1]!) * 100 + Number(m[3]!);
    // "1999-00": the range crosses a century.
    if (end <= start) end += 100;
    if (end - start <= MAX_SPAN && !(lang && monthFollows(text, m.index + m[0].length, lang))) out.push([m[3]!, String(end)]);
  }
  return out;
}

/**
 * A score written with words and hyphens ("1-of-4", "2-for-3") or a measure ("40-by-20-metre"): the tokenizer reads
 * "of-4" and "by-20-metre" as words, their numbers are lost. The word before the number is in lowercase: "E-04",
 * "F-16" are codes, the codes check's to compare (read here too, a changed code was also "07 where the source says 04").
 */
const HIDDEN_NUMBER = narrowable(String.raw`^\p{Ll}+-(\d+)(?:-\p{L}+)*$`, "u");

/**
 * The numbers of the tokens as a range or a score means them: the short end
 * of a year range read as a full year (a number token "53" of "1950-53" as
 * 1953), the number inside "of-4" of "1-of-4" (or "by-20-metre") read as one.
 */
export function readRanges(tokens: readonly Matchable[], text: string, lang?: LanguageProfile): readonly Matchable[] {
  const ends = shortRangeEnds(text, lang);
  // The tokens themselves where none is read otherwise (most texts); else a copy, made in a loop (src/review/tokens.ts).
  let out: Matchable[] | undefined;
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    const read = rangeToken(t, ends);
    if (read === t && !out) continue;
    if (!out) {
      out = objectList<Matchable>();
      for (let m = 0; m < n; m++) out.push(tokens[m]!);
    }
    out.push(read);
  }
  return out ?? tokens;
}

/** Token t as a range or a score means it (`readRanges`); a short end it reads is taken off `ends`. */
function rangeToken(t: Matchable, ends: Array<readonly [short: string, full: string]>): Matchable {
  // Asked only of a word with a hyphen, as the pattern's words have: one in a hundred.
  const hidden = t.kind === "word" && t.surface.includes("-") ? HIDDEN_NUMBER.exec(t.surface) : null;
  if (hidden) return numberToken(hidden[1]!, String(Number(hidden[1])), t.stem, t.scaled === true, t.skeleton);
  const at = t.kind === "number" ? ends.findIndex(([short]) => Number(t.key) === Number(short) && t.surface === short) : -1;
  if (at < 0) return t;
  const full = ends[at]![1];
  ends.splice(at, 1);
  return numberToken(t.surface, full, t.stem, t.scaled === true, t.skeleton);
}
