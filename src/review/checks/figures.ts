/**
 * Figures the tokens read as plain numbers that the numbers check reads
 * otherwise: a clock time with a dot or a comma ("19.30 ч.", "9,30 a.m.",
 * which the tokens read as 19 and 30, or 19.3) is a time of day, as "19:30"
 * and "7.30 pm" are; a version ("FW-2.3.1", "2.3.1") is a code, compared
 * whole by the codes check and not as numbers.
 */
import { NarrowablePattern } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import { type Matchable, tokenize } from "../../score/index.js";
import { escapeRegExp } from "../text.js";
import { numberToken, objectList } from "../tokens.js";
import { versionsIn } from "./codes.js";

/** A clock time with a dot or a comma and the language's marker after it: groups 1 hour, 2 minutes, 3 before noon, 4 after noon, 5 24-hour. */
const clockPatterns = new WeakMap<LanguageProfile, NarrowablePattern>();

function clockPattern(lang: LanguageProfile): NarrowablePattern {
  let p = clockPatterns.get(lang);
  if (!p) {
    // "am" and "pm" are copied into texts of any language, as the tokens read them.
    const { am, pm, h } = lang.timeMarkers;
    const source = String.raw`(?<![\p{N}.,:])(\d{1,2})[.,](\d{2})(?![\p{N}]|[.,:]\p{N})\s?(?:(${am}|a\.?m\.?(?![\p{L}]))|(${pm}|p\.?m\.?(?![\p{L}]))|(${h}))`;
    p = new NarrowablePattern(source, "giu");
    clockPatterns.set(lang, p);
  }
  return p;
}

/**
 * A range of clock times whose marker only the second has ("from 6.30 to 9.30 p.m.", "от 6.30 до 9.30 ч."): groups 1
 * and 2 the first time's hour and minutes, 3 before noon, 4 after noon, 5 24-hour, as `clockPattern`'s.
 */
const rangePatterns = new WeakMap<LanguageProfile, { readonly pattern: NarrowablePattern; readonly mayHold: RegExp }>();

function rangePattern(lang: LanguageProfile): { readonly pattern: NarrowablePattern; readonly mayHold: RegExp } {
  let p = rangePatterns.get(lang);
  if (!p) {
    const { am, pm, h } = lang.timeMarkers;
    const joiners = ["–", "—", "-", ...lang.unitJoiners].map(escapeRegExp).join("|");
    // The second a clock time by its marker: before noon or after it, or the 24-hour marker after minutes ("от 10 до 15 часа" is a span).
    const second = String.raw`(?:\d{1,2}(?:[.,:]\d{2})?(?![\p{N}])\s?(?:(${am}|a\.?m\.?(?![\p{L}]))|(${pm}|p\.?m\.?(?![\p{L}])))|\d{1,2}[.,:]\d{2}(?![\p{N}])\s?(${h}))`;
    const source = String.raw`(?<![\p{N}.,:])(\d{1,2})(?:[.,:](\d{2}))?(?![\p{N}])\s*(?:${joiners})\s*${second}`;
    // Every range holds a digit, a joiner and a digit in a row: most texts have none, and this pattern (no property class) is quick.
    p = { pattern: new NarrowablePattern(source, "giu"), mayHold: new RegExp(String.raw`\d\s*(?:${joiners})\s*\d`, "iu") };
    rangePatterns.set(lang, p);
  }
  return p;
}

/** The clock times of a text written with a dot or a comma, each with its value as the tokens key one ("19:30", "09:30"). */
function clockTimesIn(
  text: string,
  lang: LanguageProfile,
): Array<{ readonly figure: string; readonly surface: string; readonly key: string }> {
  const out: Array<{ figure: string; surface: string; key: string }> = [];
  if (/\d[.,]\d/u.test(text))
    for (const m of text.matchAll(clockPattern(lang).for(text))) {
      let hour = Number(m[1]);
      const minute = Number(m[2]);
      if (m[4] && hour < 12) hour += 12;
      if (m[3] && hour === 12) hour = 0;
      if (hour > 24 || minute > 59 || ((m[3] || m[4]) && Number(m[1]) > 12)) continue;
      out.push({
        figure: `${m[1]}${m[0].charAt(m[1]!.length)}${m[2]}`,
        surface: m[0].trim(),
        key: `${String(hour).padStart(2, "0")}:${m[2]}`,
      });
    }
  // The first time of a range takes the marker the second has: "6.30 to 9.30 p.m." is 18:30 to 21:30.
  const range = rangePattern(lang);
  if (range.mayHold.test(text))
    for (const m of text.matchAll(range.pattern.for(text))) {
      let hour = Number(m[1]);
      const minute = m[2] ?? "00";
      if ((m[3] || m[4]) && hour > 12) continue;
      if (m[4] && hour < 12) hour += 12;
      if (m[3] && hour === 12) hour = 0;
      if (hour > 24 || Number(minute) > 59) continue;
      const figure = m[0].slice(0, m[1]!.length + (m[2] ? m[2].length + 1 : 0));
      out.push({ figure, surface: figure, key: `${String(hour).padStart(2, "0")}:${minute}` });
    }
  return out;
}

/**
 * The tokens as the numbers check reads them: the numbers of a clock time
 * written with a dot or a comma ("19.30 ч.": 19 and 30) as one time
 * ("19:30"), the numbers of a version ("2.3.1") left out.
 */
export function readFigures(tokens: readonly Matchable[], text: string, lang: LanguageProfile): readonly Matchable[] {
  const times = clockTimesIn(text, lang);
  const versions = versionsIn(text);
  // The tokens themselves where there is nothing to read otherwise (most texts); else a copy, made in a loop (src/review/tokens.ts).
  if (times.length === 0 && versions.length === 0) return tokens;
  const out = objectList<Matchable>();
  for (const t of tokens) out.push(t);
  for (const time of times) {
    // The numbers the tokens made of the figure ("9.30": 9 and 30; "19,30": 19.3), next to each other.
    const at = out.findIndex((t) => t.kind === "number" && t.surface === time.figure);
    if (at < 0) continue;
    let end = at;
    while (out[end]?.kind === "number" && out[end]!.surface === time.figure) end++;
    out.splice(at, end - at, numberToken(time.surface, time.key, time.key, false, time.key));
  }
  for (const version of versions)
    for (const part of tokenize(version, lang)) {
      // Its numbers, and a code's head ("FW-2"), which the ranges would read as a number.
      const at = out.findIndex((t) => t.kind === part.kind && t.key === part.key && t.surface === part.surface);
      if (at >= 0) out.splice(at, 1);
    }
  return out;
}
