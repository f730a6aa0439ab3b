/**
 * The pattern of a language's unit words after a number as it was before
 * src/review/checks/units.ts compiled it per first character: the reference
 * `unitWordAfter` must agree with (tests/unit-words.test.ts).
 */
import type { LanguageProfile } from "../../src/lang/index.js";

const GAP = String.raw`(?:[\s\u00a0\u202f]{0,2}|-)`;
const END = String.raw`(?![\p{L}\p{N}/]|\.\p{L})`;

function wordForm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\.(?=\S)/g, ". ")
    .split(/[\s.]+/)
    .filter(Boolean)
    .join(" ");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const cache = new WeakMap<LanguageProfile, RegExp>();

export function referenceWordAfter(lang: LanguageProfile): RegExp {
  let re = cache.get(lang);
  if (!re) {
    const words = new Set<string>();
    for (const forms of Object.values(lang.units)) for (const f of forms) words.add(wordForm(f));
    const alternation =
      [...words]
        .sort((a, b) => b.length - a.length)
        .map((f) =>
          f
            .split(/[\s.]+/)
            .map(escapeRegExp)
            .join(String.raw`\.?\s*`),
        )
        .join("|") || "(?!)";
    re = new RegExp(`^${GAP}(${alternation})${END}`, "iu");
    cache.set(lang, re);
  }
  return re;
}

/** Whether `text` writes the number `key` with a unit glued to it or a degree sign, as src/review/checks/units.ts found it with a pattern made per key. */
export function referenceGluedUnit(text: string, key: string): boolean {
  const digits = key.replace(/\.0+$/u, "");
  if (!/^\d+(?:\.\d+)?$/u.test(digits)) return false;
  const written = digits.replace(".", "[.,]");
  return new RegExp(`(?<![\\d.,])${written}(?:\\s?°|\\p{L})`, "u").test(text);
}
