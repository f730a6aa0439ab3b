/**
 * Patterns with property classes as they were written before they were
 * narrowed for start-up (src/lang/chars.ts `narrowable`; issue 14), and the
 * functions that ran them: tests/chars.test.ts checks that the narrowed forms
 * find the same on any text.
 */
import type { LanguageProfile } from "../../src/lang/index.js";
import { SCRIPT_NAMES } from "../../src/lang/script.js";

/** Each pattern where it lives now. */
export const WIDE_PATTERNS: ReadonlyArray<readonly [where: string, pattern: RegExp]> = [
  ["lang/dictionary.ts stemKey", /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu],
  ["lang/identify.ts profileText", /\p{L}+/gu],
  ["score/cognates.ts skeleton", /\p{M}/gu],
  ["review/context.ts isStrongAnchor numeral", /\p{N}/u],
  ["review/context.ts isStrongAnchor acronym", /^\p{Lu}{2,}$/u],
  ["review/context.ts isStrongAnchor capitalised", /^\p{Lu}/u],
  ["review/checks/codes.ts DIGIT", /\p{N}/u],
  ["review/checks/codes.ts kindOf", /\p{L}.*\p{L}|\p{Lu}/u],
  ["review/checks/names.ts ALL_CAPS", /^\p{Lu}{2,}$/u],
  ["review/checks/names.ts capitalised", /^\p{Lu}/u],
  ["review/checks/untranslated.ts norm", /[^\p{L}\p{N}]+/gu],
  ["review/checks/untranslated.ts first", /[\p{L}\p{N}]/u],
  ["review/checks/years.ts SHORT_RANGE", /(?<![\p{N}.,/-])(\d{2})(\d{2})\s?[-–—/]\s?(\d{2})(?![\p{N}]|[-/.,]\p{N})/gu],
  ["review/checks/years.ts HIDDEN_NUMBER", /^\p{Ll}+-(\d+)(?:-\p{L}+)*$/u],
];

/** stemKey (src/lang/dictionary.ts) as it was written. */
export function referenceStemKey(text: string, lang: LanguageProfile): string {
  return (text.toLowerCase().match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? []).map((w) => lang.stem(w)).join(" ");
}

const SCRIPTS = SCRIPT_NAMES.map((name) => [name, new RegExp(`\\p{Script=${name}}`, "u")] as const);

/** letterScript (src/lang/script.ts) as it was written: the script list's patterns, every character. */
export function referenceLetterScript(ch: string): string {
  return /\p{L}/u.test(ch) ? (SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? "Other") : "";
}
