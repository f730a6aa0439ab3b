/**
 * A number's letter changed where the letter is part of what the number names: a patent's reference sign "(14a)"
 * translated "(14b)" or "(14)", a block "бл. 521А" as "block 521B", an entrance "вх. А" as "entrance B". The numbers
 * pair off, so the numbers check sees nothing (stranger 200's patent, 202's deed). Only in brackets alone or after an
 * address's word (`LanguageData.addressLetterWords`): elsewhere a letter glued to a number is as often a unit ("5g",
 * "12V", "3A").
 */
import { narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import { letterPlace } from "../../lang/letters.js";
import type { Flag } from "../../types.js";
import { perLanguage } from "../memo.js";
import { escapeRegExp } from "../text.js";
import type { Check } from "./types.js";

/** A number and one letter, alone in brackets: "(14a)". Groups: the number, the letter. */
const BRACKETED = narrowable(String.raw`\((\d{1,4})([\p{L}])\)`, "gu");
/** What a text needs to hold one of them: a figure, then a letter or a space and a letter. */
const MAY_HAVE = narrowable(String.raw`\d\p{L}|\p{L}\.?\s\p{Lu}(?![\p{L}])`, "u");

/** Per language, its address words before a number with a letter, or before a letter alone: groups 1 the number (or none), 2 the letter. */
const addressPattern = perLanguage((lang): RegExp | null => {
  const words = (lang.addressLetterWords ?? []).map(escapeRegExp).join("|");
  return words ? new RegExp(String.raw`(?<![\p{L}])(?:${words})\.?\s*(?:(\d{1,4})\s?)?([\p{L}])(?![\p{L}\p{N}])`, "giu") : null;
});

interface Lettered {
  /** The number, or "" for a letter alone after its word ("вх. Б"). */
  readonly number: string;
  readonly letter: string;
  readonly said: string;
}

/** A side's lettered numbers, in order. */
function letteredIn(text: string, lang: LanguageProfile): Lettered[] {
  if (!MAY_HAVE.for(text).test(text)) return [];
  const out: Lettered[] = [];
  for (const m of text.matchAll(BRACKETED.for(text))) out.push({ number: m[1]!, letter: m[2]!, said: m[0] });
  const address = addressPattern(lang, "");
  // A letter alone is a capital ("вх. Б"): "one block a day" names no block.
  if (address)
    for (const m of text.matchAll(address))
      if (m[1] !== undefined || m[2] !== m[2]!.toLowerCase()) out.push({ number: m[1] ?? "", letter: m[2]!, said: m[0].trim() });
  return out;
}

/** Whether two letters say the same one: the same, a look-alike, the same place in their alphabets, or the transliteration. */
function sameLetter(a: string, aLang: LanguageProfile, b: string, bLang: LanguageProfile): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y || LOOKALIKE.get(x) === y || LOOKALIKE.get(y) === x) return true;
  const [px, py] = [letterPlace(x, aLang), letterPlace(y, bLang)];
  if (px >= 0 && px === py) return true;
  return aLang.transliterate(x) === y || bLang.transliterate(y) === x;
}

/** Cyrillic letters and the Latin ones they look like. */
const LOOKALIKE: ReadonlyMap<string, string> = new Map([..."аеорсух"].map((c, k) => [c, "aeopcyx"[k]!]));

export const letteredChanged: Check = {
  name: "a number's letter changed",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const sourceText = ctx.source.text(link.source);
    const source = letteredIn(sourceText, ctx.source.lang);
    if (source.length === 0) return undefined;
    const targetText = ctx.target.text(link.target);
    const target = letteredIn(targetText, ctx.target.lang);
    for (const s of source) {
      // Numbered: compared with the translation's same number; a letter alone, with the translation's lone letter in the same order.
      const theirs = target.filter((t) => t.number === s.number);
      if (theirs.some((t) => sameLetter(s.letter, ctx.source.lang, t.letter, ctx.target.lang))) continue;
      if (theirs.length > 0 && (s.number !== "" || theirs.length === 1)) return changed(s, theirs[0]!);
      // A reference sign's letter dropped: "(14a)" as "(14)".
      if (s.number !== "" && s.said.startsWith("(") && targetText.includes(`(${s.number})`)) return changed(s, undefined);
    }
    return undefined;
  },
};

function changed(s: Lettered, t: Lettered | undefined): Flag {
  return {
    type: "numbers",
    severity: t ? "error" : "warning",
    reason: t
      ? `the translation says "${t.said}" where the source says "${s.said}": another letter`
      : `the translation says "(${s.number})" where the source says "${s.said}": its letter left out?`,
    evidence: { source: [s.said], target: t ? [t.said] : [`(${s.number})`] },
  };
}
