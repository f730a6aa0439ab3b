/**
 * A numbered standard of another family: "МСФО 16" (IFRS 16, Leases) translated "IAS 16" (Property, Plant and
 * Equipment), "МСС 36" as "IFRS 36". The numbers check compares the figure alone, which is the same (stranger 177).
 * Each language names its families' abbreviations (`LanguageData.standards`), by a family's name common to all.
 */
import type { LanguageProfile } from "../../lang/index.js";
import { escapeRegExp } from "../text.js";
import type { Check } from "./types.js";

/** A standard as written, its family and its number. */
interface Standard {
  readonly said: string;
  readonly family: string;
  readonly number: string;
}

const patterns = new WeakMap<LanguageProfile, { readonly pattern: RegExp; readonly family: ReadonlyMap<string, string> } | null>();

function patternOf(lang: LanguageProfile) {
  let p = patterns.get(lang);
  if (p === undefined) {
    const family = new Map<string, string>();
    for (const [name, forms] of Object.entries(lang.standards ?? {})) for (const form of forms) family.set(form, name);
    const forms = [...family.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    p = forms.length
      ? { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(${forms.join("|")})\\s?(\\d{1,3})(?![\\p{L}\\p{N}])`, "gu"), family }
      : null;
    patterns.set(lang, p);
  }
  return p;
}

function standardsIn(text: string, lang: LanguageProfile): Standard[] {
  const p = patternOf(lang);
  if (!p) return [];
  return [...text.matchAll(p.pattern)].map((m) => ({ said: m[0], family: p.family.get(m[1]!)!, number: m[2]! }));
}

export const standardChanged: Check = {
  name: "a standard of another family",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const source = standardsIn(ctx.source.text(link.source), ctx.source.lang);
    if (source.length === 0) return undefined;
    const target = standardsIn(ctx.target.text(link.target), ctx.target.lang);
    const has = (list: readonly Standard[], s: Standard) => list.some((t) => t.family === s.family && t.number === s.number);
    // A standard of the source the translation names with the same number in another family, and not in its own.
    for (const s of source) {
      if (has(target, s)) continue;
      const other = target.find((t) => t.number === s.number && t.family !== s.family && !has(source, t));
      if (!other) continue;
      return {
        type: "numbers",
        severity: "error",
        reason: `the translation names ${other.said} where the source names ${s.said} (${s.family} ${s.number}): another standard`,
        evidence: { source: [s.said], target: [other.said] },
      };
    }
    return undefined;
  },
};
