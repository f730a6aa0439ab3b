/**
 * Terminology: a source term of the user's termbase (`--dict` files, TBX)
 * found in a sentence needs one of its target terms in the translation, as
 * Xbench and Verifika check. Both sides are matched by stems, so inflected
 * forms count ("договора" for "договор", "contracts" for "contract").
 */
import type { Dictionary } from "../../lang/dictionary.js";
import type { Matchable } from "../../score/index.js";
import { phraseStarts } from "../coverage.js";
import type { Check } from "./types.js";

/**
 * Longest term, in words, looked for: an institution's or an act's official name ("Закона за предучилищното и
 * училищното образование", six) is a termbase's most important entry (stranger 109: entries of five words or more were
 * never checked, and nothing said so).
 */
const MAX_TERM_WORDS = 10;

/** How a flag of a termbase's term the translation does not use begins (the contrasts check leaves such a link alone). */
export const TERMBASE = "your termbase translates";

export const termsMissing: Check = {
  name: "terms not translated as the termbase says",
  textOnly: true,
  run: (ctx, link, k) => {
    const terms = ctx.terms;
    if (!terms || link.source.length === 0 || link.target.length === 0) return undefined;
    const lt = ctx.linkTokens(k);
    // A clitic inside the phrase is passed over: "фирмения си файл" is the term "фирмен файл".
    const clitics = ctx.target.lang.clitics;
    const targetWords = lt.targetSegments.map((seg) => seg.filter((t) => t.kind === "word" && !clitics?.includes(t.key)));
    const targetStems = targetWords.map((words) => words.map((t) => t.stem));
    const targetSurfaces = targetWords.map((words) => words.map((t) => t.surface.toLowerCase()));
    // By stems, or by the term's words as written, an ending aside (a stemmer cuts "органи" to "орг", "орган" to "орган").
    const has = (key: string) => {
      if (targetStems.some((stems) => containsRun(stems, key.split(" ")))) return true;
      const written = wordsWritten(terms.surfaceOf("t", key));
      if (targetSurfaces.some((surfaces) => containsRun(surfaces, written, inflected))) return true;
      // A language that writes compounds as one word keeps a term of one word inside one ("Druck" in "Betriebsdruck"; stranger 98).
      const one = written.length === 1 ? written[0]! : "";
      return ctx.target.lang.compounds === true && one.length >= KEPT_LETTERS && targetSurfaces.some((s) => s.some((w) => w.includes(one)));
    };
    // A term kept in the source's script as written ("Щракнете върху **Save**, за да запазите"): left untranslated, though a
    // word of the translation shares the stem of the termbase's ("Запази"), unless the translation writes that one as it is
    // too (stranger 329).
    const asWritten = targetWords.map((words) => words.map((t) => t.surface));
    const kept = (surface: string, targets: readonly string[]) =>
      ctx.source.script !== ctx.target.script &&
      asWritten.some((words) => containsRun(words, surface.split(/\s+/u), same)) &&
      !targets.some((t) => asWritten.some((words) => containsRun(words, terms.surfaceOf("t", t).split(/\s+/u), same)));
    const source: string[] = [];
    const expected: string[][] = [];
    for (const [surface, key] of termsIn(lt.sourceSegments, terms)) {
      const targets = [...terms.lookup(key)!.keys()];
      if ((targets.some(has) && !kept(surface, targets)) || source.includes(surface)) continue;
      source.push(surface);
      expected.push(targets.map((t) => terms.surfaceOf("t", t)));
    }
    if (source.length === 0) return undefined;
    const each = source.map((s, n) => `"${s}" as ${expected[n]!.map((t) => `"${t}"`).join(" or ")}`);
    return {
      type: "terms",
      severity: "warning",
      reason: `${TERMBASE} ${each.join(", ")}, and the translation does not use ${source.length > 1 ? "them" : "it"}`,
      evidence: { source, expected },
    };
  },
};

/** The termbase's source terms found in the segments (longest first at each word), as written and by key. */
function termsIn(segments: readonly (readonly Matchable[])[], terms: Dictionary): Array<[surface: string, key: string]> {
  const out: Array<[string, string]> = [];
  for (const seg of segments) {
    const words = seg.filter((t) => t.kind === "word");
    for (let i = 0; i < words.length; i++) {
      // Most words start no phrase of the termbase: only the word itself is looked up.
      const longest = phraseStarts(terms).has(words[i]!.stem) ? Math.min(MAX_TERM_WORDS, words.length - i) : 1;
      for (let n = longest; n >= 1; n--) {
        const span = words.slice(i, i + n);
        const key = span.map((t) => t.stem).join(" ");
        if (n > 1 && !terms.sourcePhrases.has(key)) continue;
        if (!terms.lookup(key)) continue;
        // A word of the term's stem but another word ("operating" for the term "operator": both "oper" to a stemmer) is no
        // occurrence of it (stranger 91): as written, it is the term's word with another ending at most.
        // An abbreviation's dot is no letter of its word: "доц. д-р" is "доц" and "д-р" (stranger 173: never found).
        const written = wordsWritten(terms.surfaceOf("s", key));
        if (
          written.length === n &&
          span.some((t, m) => !inflected(t.surface.toLowerCase(), written[m]!) && t.surface.toLowerCase() !== written[m])
        )
          continue;
        out.push([span.map((t) => t.surface).join(" "), key]);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** A term's words as written, lowercase, an abbreviation's final dot left off ("Assoc. Prof." is "assoc", "prof"). */
function wordsWritten(term: string): string[] {
  return term
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => w.replace(/\.$/u, ""));
}

/** Whether `run` occurs in `list` as consecutive items, each the same or alike (`derived` stems by default). */
function containsRun(list: readonly string[], run: readonly string[], alike: (a: string, b: string) => boolean = derived): boolean {
  outer: for (let i = 0; i + run.length <= list.length; i++) {
    for (let n = 0; n < run.length; n++) if (list[i + n] !== run[n] && !alike(list[i + n]!, run[n]!)) continue outer;
    return true;
  }
  return false;
}

/** Words as written, the same letters and case. */
const same = (a: string, b: string) => a === b;

/** Letters a word of four or more keeps of a term's word as written, its last aside: an ending ("органи" of "орган"). */
const KEPT_LETTERS = 4;

/** Whether a word written (lowercase) is a term's word (lowercase) with another ending: it begins with all of it but its last letter. */
function inflected(word: string, term: string): boolean {
  if (term.length >= KEPT_LETTERS && word.startsWith(term.slice(0, Math.max(KEPT_LETTERS, term.length - 1)))) return true;
  // A vowel that goes when an ending comes: "подложен" in "подложния", "национален" in "Националният" (strangers 144, 145, 147).
  const fleeting = term.length >= FLEETING_MIN && /[еъ][нлр]$/u.test(term);
  return fleeting && word.startsWith(term.slice(0, -2)) && word.charAt(term.length - 2) === term.charAt(term.length - 1);
}

/** The shortest term's word read with a fleeting vowel ("подложен"; not "член", "тен"). */
const FLEETING_MIN = 6;

/** The shortest stem read as another's derivation, and how many letters that one may add. */
const DERIVED_STEM = 6;
const DERIVED_LETTERS = 2;

/**
 * Whether two stems are one word's noun and verb, as a stemmer leaves them: the shorter, of DERIVED_STEM letters or more,
 * begins the other, which adds DERIVED_LETTERS at most ("сподел" of "споделяйте" and "споделян" of "Споделяне": a
 * termbase's label "Share" / "Споделяне" is kept by "Не споделяйте"). Not a short stem ("настр" of "настроение" is no
 * "настройк").
 */
function derived(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= DERIVED_STEM && long.length - short.length <= DERIVED_LETTERS && long.startsWith(short);
}
