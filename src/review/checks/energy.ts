/**
 * An appliance's energy class changed: "енергиен клас A+++" translated "energy class A++" (stranger 356: a web shop's
 * product pages). The tokens read the class's letter and leave its plus signs out, so neither the numbers nor the codes
 * check sees it; the class is read after the language's words for it (`LanguageData.energyClass`), a Cyrillic look-alike
 * letter as its Latin one ("А++" typed in Cyrillic is A++).
 */
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag } from "../../types.js";
import type { Check } from "./types.js";

/** Cyrillic letters typed for the Latin ones of the scale (A to G). */
const LATIN: Readonly<Record<string, string>> = { А: "A", В: "B", С: "C", Е: "E" };

/** Patterns of a language's energy class, made once a language (null where it has no words for it). */
const patterns = new Map<LanguageProfile, RegExp | null>();

/** The energy classes a text names after its words for them, in order, as "A+++", "B". */
function classesIn(text: string, lang: LanguageProfile): string[] {
  let pattern = patterns.get(lang);
  if (pattern === undefined) {
    pattern = lang.energyClass
      ? new RegExp(String.raw`(?<![\p{L}])(?:${lang.energyClass})\s*[:\-–]?\s*([A-GАВСЕ])(\+{0,3})(?![\p{L}\p{N}+])`, "giu")
      : null;
    patterns.set(lang, pattern);
  }
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => `${LATIN[m[1]!] ?? m[1]!.toUpperCase()}${m[2]}`);
}

export const energyClassChanged: Check = {
  name: "an energy class changed",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    if (!ctx.source.lang.energyClass || !ctx.target.lang.energyClass) return undefined;
    const mine = classesIn(ctx.source.text(link.source), ctx.source.lang);
    if (mine.length === 0) return undefined;
    const theirs = classesIn(ctx.target.text(link.target), ctx.target.lang);
    if (theirs.length !== mine.length || theirs.every((c, n) => c === mine[n])) return undefined;
    const changed = mine.flatMap((c, n) => (c === theirs[n] ? [] : [[c, theirs[n]!] as const]));
    return {
      type: "numbers",
      severity: "error",
      reason: `the energy class is changed: the translation says ${changed.map(([, t]) => t).join(", ")} where the source says ${changed.map(([s]) => s).join(", ")}`,
      evidence: { source: changed.map(([s]) => s), target: changed.map(([, t]) => t) },
    } satisfies Flag;
  },
};
