/**
 * Free of charge left out: "Паркирането е безплатно за гостите на хотела" translated "Parking is available for hotel
 * guests" (stranger 222). A price the translation gives instead is the numbers check's error (`freeCharged`); a cost the
 * other way round ("платено" / "free") the contrasts check's.
 */
import { FoldedPattern } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag } from "../../types.js";
import { formSource, mentionsClass } from "./classes.js";
import type { Check } from "./types.js";

/** Per language, the class cost's free forms as one pattern (null: the language names none). */
const freeForms = new WeakMap<LanguageProfile, FoldedPattern | null>();

function freeIn(text: string, lang: LanguageProfile): string | undefined {
  let pattern = freeForms.get(lang);
  if (pattern === undefined) {
    // The longest first: "free of charge" whole, not "free" before "of" ("free of any third-party rights" is no price's).
    const forms = [...(lang.contrasts?.cost?.free ?? [])].sort((a, b) => b.length - a.length);
    pattern = forms.length
      ? new FoldedPattern(`(?<![\\p{L}\\p{N}-])(?:${forms.map(formSource).join("|")})(?![\\p{L}\\p{N}-])`, "giu")
      : null;
    freeForms.set(lang, pattern);
  }
  if (!pattern) return undefined;
  const available = lang.freeAlsoAvailable;
  for (const m of pattern.matchAll(text)) {
    // "500 MB of free disk space": available, not free of charge; "Parking is free.", "free for guests" are.
    if (available?.words.includes(m[0].toLowerCase())) {
      const rest = text.slice(m.index + m[0].length);
      const next = /^\s*(?:([.,;:!?)]|$)|([\p{L}]+))/u.exec(rest);
      if (!next || (next[1] === undefined && !available.after.includes(next[2]!.toLowerCase()))) continue;
      // "free to withdraw": at liberty (`liberty`).
      const verb = /^\s*to\s+(\p{L}+)/iu.exec(rest)?.[1]?.toLowerCase();
      if (verb !== undefined && available.liberty?.includes(verb)) continue;
    }
    return m[0];
  }
  return undefined;
}

export const freeLeftOut: Check = {
  name: "free of charge left out",
  textOnly: true,
  run: (ctx, link, _k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    if (earlier.some((f) => f.type === "untranslated" || f.type === "missing" || f.type === "numbers")) return undefined;
    const said = freeIn(ctx.source.text(link.source), ctx.source.lang);
    if (said === undefined || ctx.target.lang.contrasts?.cost?.free === undefined) return undefined;
    // Said either way by the translation (free, or at a cost: the contrasts check's), it is no left out.
    if (mentionsClass(ctx.target.text(link.target), ctx.target.lang, "cost")) return undefined;
    // The translation's language's own ways of saying it, for the evidence (a form's "*" is any ending).
    const expected = (ctx.target.lang.contrasts?.cost?.free ?? []).slice(0, 3).map((f) => f.replace(/\*/gu, ""));
    return {
      type: "terms",
      severity: "warning",
      reason: `the source says "${said}" (free of charge), and the translation says nothing of what it costs: left out?`,
      evidence: { source: [said], expected: [expected] },
    } satisfies Flag;
  },
};
