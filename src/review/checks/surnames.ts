/**
 * A surname of the language written in its own script, and the other side's
 * Latin form of it one or two letters off its romanisation, where the
 * document writes it as romanised elsewhere: "Петкова" / "Petkowa" in one
 * sentence, "Petkova" in another. The names checks let such a form pass as
 * the name carried (a foreign name written back by ear is spelt loosely);
 * the document itself says which spelling is the name's, and a news
 * agency's minister misspelt once is a correction notice.
 */
import levenshtein from "fast-levenshtein";
import { narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import { dominantScript } from "../../lang/script.js";
import type { Matchable } from "../../score/index.js";
import type { Flag } from "../../types.js";
import type { ReviewContext } from "../context.js";
import { perLanguage, perString } from "../memo.js";
import { unique } from "../text.js";
import type { Check } from "./types.js";

/** The shortest surname judged: "Ilev" and "Iliev" are two names. */
const MIN_LETTERS = 5;

// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond to compile.
const MARKS = narrowable(String.raw`\p{M}`, "gu");
const CAPITAL_FIRST = narrowable(String.raw`^\p{Lu}`, "u");

/**
 * A Latin spelling with the variants of romanisation systems folded: marks, doubled letters, "kh" and "h" (х), "zh"
 * and "dzh" and "dj" (ж, дж), "ts" and "tz" and "c" (ц), "y" and "i" (й, ю, я). What is left differs only where
 * a letter was changed ("w" for "v", "o" for "a").
 */
function folded(latin: string): string {
  const decomposed = latin.normalize("NFD");
  return decomposed
    .replace(MARKS.for(decomposed), "")
    .toLowerCase()
    .replace(/['’]s?$/u, "")
    .replace(/dzh|dj|zh/gu, "ž")
    .replace(/kh/gu, "h")
    .replace(/t[sz]/gu, "c")
    .replace(/y/gu, "i")
    .replace(/(.)\1+/gu, "$1");
}

/** A "j" read as "й" ("Jordanov") or as "ж" ("Jivkov"): both forms, folded. Kept per word: every capitalised word of a long document is asked. */
export const foldedForms = perString((latin: string): readonly string[] => {
  const f = folded(latin);
  // "Georgijevska" is "Georgievska": the glide written twice is one.
  return f.includes("j") ? [f.replace(/j/gu, "i").replace(/i+/gu, "i"), f.replace(/j/gu, "ž")] : [f];
});

/** Whether a word is capitalised and in Latin letters: a name as the Latin side writes it. */
export const capitalisedLatin = perString((w: string) => CAPITAL_FIRST.test(w) && dominantScript(w).script === "Latin");

/** The romanisations of a surname, folded: the language's (Streamlined for Bulgarian), and "ъ" as "u" ("Purvanov"). */
export const romanised = perLanguage((lang, w): readonly string[] => {
  const forms = [folded(lang.romanize(w)), folded(lang.romanize(w.replace(/ъ/gu, "у").replace(/Ъ/gu, "У")))];
  return unique(forms);
});

/** Whether `w` is a capitalised surname of `lang` (its surname endings), long enough to judge. */
function surnameOf(lang: LanguageProfile, w: string): boolean {
  // Most words are short or in lowercase: told without a table.
  return w.length >= MIN_LETTERS && !lowercaseFirst(w) && surnameEnding(lang, w);
}

const surnameEnding = perLanguage((lang, w): boolean => {
  if (w.charAt(0) === w.charAt(0).toLowerCase()) return false;
  const lower = w.toLowerCase();
  return (lang.surnameEndings ?? []).some((e) => lower.endsWith(e) && lower.length > e.length + 2);
});

/** Whether a word starts with an ASCII lowercase letter or digit: no name, told without a table. */
function lowercaseFirst(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * The document's capitalised words in Latin spelling, folded, over the whole document, by review (made when first
 * asked): the Latin side's as written and the surnames of the other side as romanised.
 */
const documentForms = new WeakMap<ReviewContext, { latin: ReadonlySet<string>; romanised: ReadonlySet<string> }>();

function formsInDocument(
  ctx: ReviewContext,
  latinSide: "source" | "target",
): { latin: ReadonlySet<string>; romanised: ReadonlySet<string> } {
  let out = documentForms.get(ctx);
  if (!out) {
    const latin = new Set<string>();
    const romanisedForms = new Set<string>();
    const otherSide = latinSide === "source" ? "target" : "source";
    const lang = ctx[otherSide].lang;
    // Each text once: a long document repeats its sentences.
    const each = (side: "source" | "target", of: (token: Matchable) => void) => {
      const seen = new Set<string>();
      const segments = ctx.bitext[side].segments;
      for (let i = 0; i < segments.length; i++) {
        const text = segments[i]!.text;
        if (text === "" || seen.has(text)) continue;
        seen.add(text);
        for (const token of ctx[side].tokens(i)) if (token.kind === "word") of(token);
      }
    };
    each(latinSide, (b) => {
      if (!lowercaseFirst(b.surface) && CAPITAL_FIRST.test(b.surface)) for (const f of foldedForms(b.surface)) latin.add(f);
    });
    each(otherSide, (a) => {
      if (surnameOf(lang, a.surface)) for (const r of romanised(lang, a.surface)) romanisedForms.add(r);
    });
    out = { latin, romanised: romanisedForms };
    documentForms.set(ctx, out);
  }
  return out;
}

/**
 * Pairs [surname, Latin word]: a surname of `cyrillic`'s language, and a capitalised word of `latin` one or two letters
 * off it, where the document writes the pair as it should elsewhere (`written`): the Latin side the surname as
 * romanised, or the other side a surname romanised as the Latin word. A foreign name in another spelling
 * ("Kaczynski" for "Качински"), written so throughout, is the name's own.
 */
function misspelt(
  cyrillic: readonly Matchable[],
  latin: readonly Matchable[],
  lang: LanguageProfile,
  written: () => { latin: ReadonlySet<string>; romanised: ReadonlySet<string> },
): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  const words = latin.filter((b) => b.kind === "word" && !lowercaseFirst(b.surface) && capitalisedLatin(b.surface));
  if (words.length === 0) return out;
  for (const a of cyrillic) {
    if (a.kind !== "word" || !surnameOf(lang, a.surface)) continue;
    const forms = romanised(lang, a.surface);
    // Written right anywhere in the link: nothing to say.
    if (words.some((b) => foldedForms(b.surface).some((f) => forms.includes(f)))) continue;
    for (const b of words) {
      const spellings = foldedForms(b.surface);
      const near = spellings.some((f) =>
        forms.some((r) => r.charAt(0) === f.charAt(0) && Math.abs(r.length - f.length) <= 2 && levenshtein.get(r, f) <= 2),
      );
      if (near) {
        const document = written();
        if (forms.some((r) => document.latin.has(r)) || spellings.some((f) => document.romanised.has(f)))
          out.push([a.surface, b.surface, lang.romanize(a.surface)]);
        break;
      }
    }
  }
  return out;
}

export const surnamesMisspelled: Check = {
  name: "surnames spelt otherwise",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length === 0 || link.target.length === 0 || ctx.source.script === ctx.target.script) return undefined;
    const cyrillicSource = ctx.source.script !== "Latin";
    if (cyrillicSource === (ctx.target.script !== "Latin")) return undefined;
    const lt = ctx.linkTokens(k);
    const [own, latin, lang] = cyrillicSource ? [lt.source, lt.target, ctx.source.lang] : [lt.target, lt.source, ctx.target.lang];
    const spelt = misspelt(own, latin, lang, () => formsInDocument(ctx, cyrillicSource ? "target" : "source"));
    // The other gender's form is the gender check's to say, a sharper cause: one flag (strangers 327, 328: "Христова" /
    // "Hristov" was a surname spelt otherwise and the other gender's form).
    const gendered = spelt.length && lang.surnameGenders ? otherGender(own, latin, lang) : [];
    const found = spelt.filter(([surname, written]) => !gendered.some(([w, given]) => w === surname && given === written));
    if (found.length === 0) return undefined;
    const said = found.map(([surname, written, roman]) =>
      cyrillicSource ? `${written} where the source has ${surname} (${roman})` : `${surname} (${roman}) where the source has ${written}`,
    );
    return {
      type: "names",
      severity: "warning",
      reason: `the translation has ${unique(said).join(", ")}: a surname spelt otherwise?`,
      evidence: cyrillicSource
        ? { source: unique(found.map(([s]) => s)), target: unique(found.map(([, w]) => w)) }
        : { source: unique(found.map(([, w]) => w)), target: unique(found.map(([s]) => s)) },
    } satisfies Flag;
  },
};

/**
 * A surname given in the other gender's form: "Стоянова" (a woman) as "Stoyanov" (a man), or the other way round. The
 * names checks compare consonants, as a name spelt by ear differs in its vowels, and so took the one for the other;
 * in a certificate or a contract the form says who is meant. Only where the translation has the other form's
 * romanisation and not this one's (a sentence naming the husband and the wife has both).
 */
export const surnameGender: Check = {
  name: "surname in the other gender's form",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const lt = ctx.linkTokens(k);
    const sourceOwn = ctx.source.script !== "Latin" && ctx.target.script === "Latin" && ctx.source.lang.surnameGenders;
    const targetOwn = ctx.target.script !== "Latin" && ctx.source.script === "Latin" && ctx.target.lang.surnameGenders;
    if (!sourceOwn && !targetOwn)
      return ctx.source.script === ctx.target.script ? copiedOtherGender(lt.source, lt.target, ctx.source.lang) : undefined;
    const [own, latin, lang] = sourceOwn ? [lt.source, lt.target, ctx.source.lang] : [lt.target, lt.source, ctx.target.lang];
    const found = otherGender(own, latin, lang);
    if (found.length === 0) return undefined;
    const [written, given, romanized] = found[0]!;
    return {
      type: "names",
      severity: "warning",
      reason: sourceOwn
        ? `the source's ${written} (${romanized}) is ${given} in the translation: the surname in the other gender's form, another person?`
        : `the source's ${given} is ${written} in the translation, where ${romanized} is its form: the surname in the other gender's form, another person?`,
      evidence: sourceOwn ? { source: [written], target: [given] } : { source: [given], target: [written] },
    } satisfies Flag;
  },
};

/**
 * Within one script (Russian and Bulgarian), a surname copied in the other gender's form: "Соколова" / "Соколов". The
 * source language's forms (`surnameGenders`); only where the translation has the other form and not this one.
 */
function copiedOtherGender(source: readonly Matchable[], target: readonly Matchable[], lang: LanguageProfile): Flag | undefined {
  const genders = lang.surnameGenders;
  if (!genders?.length) return undefined;
  const capitalised = (tokens: readonly Matchable[]) =>
    new Set(tokens.filter((t) => t.kind === "word" && CAPITAL_FIRST.test(t.surface)).map((t) => t.surface));
  const mine = capitalised(source);
  let theirs: Set<string> | undefined;
  for (const word of mine)
    for (const [female, male] of genders) {
      const [own, other] = word.endsWith(female) ? [female, male] : word.endsWith(male) ? [male, female] : [undefined, undefined];
      if (own === undefined || word.length <= own.length + 2) continue;
      const given = word.slice(0, -own.length) + other!;
      theirs ??= capitalised(target);
      if (!theirs.has(given) || theirs.has(word) || mine.has(given)) continue;
      return {
        type: "names",
        severity: "warning",
        reason: `the source's ${word} is ${given} in the translation: the surname in the other gender's form, another person?`,
        evidence: { source: [word], target: [given] },
      };
    }
  return undefined;
}

/** Each capitalised surname of `own` whose other gender's romanisation `latin` has, and not its own: [written, other form found, own romanisation]. */
function otherGender(own: readonly Matchable[], latin: readonly Matchable[], lang: LanguageProfile): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  let words: Map<string, string> | undefined;
  const endings = lastLettersOf(lang);
  for (const t of own) {
    // Most words end on no surname's last letter, or are not capitalised: told without a pattern (every link of a document).
    const surface = t.surface;
    if (t.kind !== "word" || surface.length < MIN_LETTERS || !endings.has(surface.charCodeAt(surface.length - 1))) continue;
    const first = surface.charAt(0);
    if (first === first.toLowerCase() || !CAPITAL_FIRST.for(surface).test(surface)) continue;
    const lower = surface.toLowerCase();
    for (const [female, male] of lang.surnameGenders ?? []) {
      const [mine, other] = lower.endsWith(female) ? [female, male] : lower.endsWith(male) ? [male, female] : [undefined, undefined];
      if (mine === undefined || other === undefined) continue;
      words ??= new Map(latin.filter((x) => x.kind === "word").map((x) => [folded(x.surface), x.surface]));
      const romanized = lang.romanize(surface);
      const otherForm = folded(lang.romanize(lower.slice(0, lower.length - mine.length) + other));
      const given = words.get(otherForm);
      if (given !== undefined && !words.has(folded(romanized))) out.push([surface, given, romanized]);
      break;
    }
  }
  return out;
}

/** The last letters of a language's gendered surname endings, lowercase and capital ("а", "в", "и", "А"...). */
const lastLetters = new WeakMap<LanguageProfile, ReadonlySet<number>>();
function lastLettersOf(lang: LanguageProfile): ReadonlySet<number> {
  let out = lastLetters.get(lang);
  if (!out) {
    const letters = (lang.surnameGenders ?? []).flatMap((pair) => pair.map((e) => e.slice(-1)));
    out = new Set(letters.flatMap((l) => [l.charCodeAt(0), l.toUpperCase().charCodeAt(0)]));
    lastLetters.set(lang, out);
  }
  return out;
}
