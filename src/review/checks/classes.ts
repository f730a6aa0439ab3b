/**
 * The classes of terms a language's data names (`LanguageData.contrasts`), as patterns: a class's forms found anywhere in
 * a text. Apart from the contrasts check so that the numbers check may ask (a price where the source says free of
 * charge) without importing the review's checks in a circle.
 */
import { FoldedPattern } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import { escapeRegExp } from "../text.js";

/** A form of the data as a pattern's source: its words with any space between, a final "*" any letters. */
export function formSource(form: string): string {
  return form
    .split(" ")
    .map((w) => (w.endsWith("*") ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w)))
    .join("\\s+");
}

/** Per language and class, a pattern finding any of the class's forms. */
const classPatterns = new WeakMap<LanguageProfile, Map<string, FoldedPattern | null>>();

/**
 * Whether a text names a member of class `kind` anywhere ("нето", "gross"): one look before reading figure by figure;
 * with `member`, that member of it ("безплатно", "free of charge": the class cost's free).
 */
export function mentionsClass(text: string, lang: LanguageProfile, kind: string, member?: string): boolean {
  let byKind = classPatterns.get(lang);
  if (!byKind) {
    byKind = new Map();
    classPatterns.set(lang, byKind);
  }
  const key = member === undefined ? kind : `${kind}\u0001${member}`;
  let pattern = byKind.get(key);
  if (pattern === undefined) {
    const members = lang.contrasts?.[kind] ?? {};
    const forms = member === undefined ? Object.values(members).flat() : (members[member] ?? []);
    pattern = forms.length
      ? new FoldedPattern(`(?<![\\p{L}\\p{N}-])(?:${forms.map(formSource).join("|")})(?![\\p{L}\\p{N}-])`, "iu")
      : null;
    byKind.set(key, pattern);
  }
  return pattern?.test(text) === true;
}
