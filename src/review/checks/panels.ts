/**
 * A figure's or a table's panel changed: "Фиг. 2Б" translated "Fig. 2C". The numbers pair off (2 and 2), so the
 * numbers check sees nothing; the letter after the number is compared by its place in its alphabet (Latin letters in
 * the Latin one, the language's own in its own: "Б" is the second, as "B" is).
 */
import { NarrowablePattern, narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import { letterPlace } from "../../lang/letters.js";
import type { Flag } from "../../types.js";
import { escapeRegExp } from "../text.js";
import type { Check } from "./types.js";

/** Per language, its figure words before a number and a letter ("Фиг. 2Б", "Figure 3a"): groups 1 the number, 2 the letter. */
const patterns = new WeakMap<LanguageProfile, NarrowablePattern | null>();
/** A figure and a letter joined ("2Б"): most texts have none, and are passed with one search. */
const FIGURE_LETTER = narrowable(String.raw`\d\p{L}`, "u");

// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a case-insensitive `\p{L}` costs tens of milliseconds to compile.
function patternOf(lang: LanguageProfile): NarrowablePattern | null {
  let p = patterns.get(lang);
  if (p === undefined) {
    const words = (lang.figureWords ?? []).map(escapeRegExp).join("|");
    p = words ? new NarrowablePattern(`(?<![\\p{L}])(?:${words})\\.?\\s*(\\d{1,3})([\\p{L}])(?![\\p{L}\\p{N}])`, "giu") : null;
    patterns.set(lang, p);
  }
  return p;
}

/** Each figure number with a panel letter, its letter's place in its alphabet (a number given two letters is left out). */
function panelsIn(text: string, lang: LanguageProfile): Map<string, { place: number; said: string } | null> {
  const out = new Map<string, { place: number; said: string } | null>();
  const p = patternOf(lang);
  if (!p || !FIGURE_LETTER.test(text)) return out;
  for (const m of text.matchAll(p.for(text))) {
    const place = letterPlace(m[2]!, lang);
    if (place < 0) continue;
    const seen = out.get(m[1]!);
    if (seen === null) continue;
    out.set(m[1]!, seen && seen.place !== place ? null : { place, said: m[0] });
  }
  return out;
}

export const panelsChanged: Check = {
  name: "a figure's panel changed",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const source = panelsIn(ctx.source.text(link.source), ctx.source.lang);
    if (source.size === 0) return undefined;
    const target = panelsIn(ctx.target.text(link.target), ctx.target.lang);
    const changed = [...source].flatMap(([n, s]) => {
      const t = target.get(n);
      return s && t && s.place !== t.place ? [[s.said, t.said] as const] : [];
    });
    if (changed.length === 0) return undefined;
    return {
      type: "numbers",
      severity: "error",
      reason: `the translation says ${changed.map(([, t]) => `"${t}"`).join(", ")} where the source says ${changed.map(([s]) => `"${s}"`).join(", ")}: another panel`,
      evidence: { source: changed.map(([s]) => s), target: changed.map(([, t]) => t) },
    } satisfies Flag;
  },
};
