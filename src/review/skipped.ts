/**
 * What the review could not check for want of language data. A language
 * sverka has no module for (src/lang) still gets
 * every check that needs none: missing and added sentences, numbers in
 * digits, codes, addresses, lengths, untranslated text, consistency. The
 * ones that read a language's word lists are listed here, so a reviewer
 * knows what a clean report does not cover.
 */
import { KNOWN_LANGUAGES, type LanguageProfile } from "../lang/index.js";
import { builtinLexicon } from "../lang/lexicon.js";
import type { ChecksSkipped } from "../types.js";
import type { ReviewContext } from "./context.js";

/** The checks (or parts) that need a language's data, and whether a profile has it. */
const NEEDS: ReadonlyArray<readonly [check: string, has: (lang: LanguageProfile) => boolean]> = [
  ["dates written with month names (numeric dates are compared)", (l) => l.dates !== undefined],
  ["currencies and units written as words (symbols and codes are compared)", (l) => Object.keys(l.units).length > 0],
  ["amounts with words such as million (digits are compared)", (l) => l.magnitudes.length > 0],
  ["numbers written out as words", (l) => l.numberWords !== undefined],
  ["translations that stop on a word sentences do not end on", (l) => l.danglingWords.size > 0],
  ["negations dropped or added", (l) => l.negation !== undefined],
  // Stranger 265: a Russian report's profit made loss and a fall made a rise passed with no word of it.
  [
    "terms turned into another of their class (profit and loss, before and after meals, daily and weekly)",
    (l) => l.contrasts !== undefined,
  ],
  ["a change's direction turned (rose and fell, increased and decreased)", (l) => l.directions !== undefined],
];

export function skippedChecks(ctx: ReviewContext): ChecksSkipped[] {
  // A language with a module of its own may still lack a list (written-out numbers, say): what it lacks is said too.
  const unknown = [ctx.source.lang, ctx.target.lang].filter((l) => NEEDS.some(([, has]) => !has(l)));
  // No dictionary for the pair (no built-in lexicon, none given): a sentence that shares little cannot be judged.
  const noDictionary = ctx.given === undefined;
  if (unknown.length === 0 && !noDictionary) return [];
  const checks = NEEDS.filter(([, has]) => unknown.some((l) => !has(l))).map(([check]) => check);
  if (noDictionary)
    checks.push(
      'translations cut short, as the words they share with their source would show (no dictionary for the pair: "cut short?" is information, and a sentence of another is told by its names and figures alone; give one with --dict)',
    );
  else if (unknown.length > 0 && builtinLexicon(ctx.source.lang.code, ctx.target.lang.code) === undefined)
    checks.push("the built-in lexicon (word evidence comes from the document pair and your dictionaries)");
  // Stranger 275: "Öffnen Sie das Gehäuse nicht" / "Open the housing" passed, a German manual with no dictionary.
  if (noDictionary && ctx.source.lang.negation !== undefined && ctx.target.lang.negation !== undefined)
    checks.push(
      "negations dropped in sentences that share few words with their source (no dictionary for the pair: the words a negation says no to are not matched, so such a loss may pass; give one with --dict)",
    );
  // A pair in two scripts with no names data for it (German into Bulgarian): a known place's other form is not read, nor a
  // foreign name written back in the translation's letters (stranger 241: "Plowdiw" / "Пазарджик", "Krause" / "Шулце").
  if (ctx.knownNames === undefined && ctx.source.script !== ctx.target.script)
    checks.push(
      "names from one script into the other: known forms that are not their transliteration (Plowdiw for Пловдив), and a name written back in the translation's letters",
    );
  const languages = unknown.length > 0 ? unknown.map((l) => l.code) : [ctx.source.lang.code, ctx.target.lang.code];
  const who =
    unknown.length === 0
      ? `sverka has no dictionary for ${languages.join("-")}`
      : `${unknown.every((l) => KNOWN_LANGUAGES[l.code] === undefined) ? "sverka has no language data" : "sverka's language data lack what some checks need"} for ${languages.join(" or ")}`;
  return [
    {
      type: "checks-skipped",
      severity: "info",
      reason: `${who}: not checked: ${checks.join("; ")}`,
      evidence: { languages, checks },
    },
  ];
}

/** A check of `skippedChecks` named without its why, for a one-line note: "translations cut short", "dates written with month names". */
export function briefCheck(check: string): string {
  return check.replace(/ \([^()]*\)$/u, "").replace(/, as .*$/u, "");
}
