/**
 * A reference's letter or Roman figure changed: "point (b)" translated "буква в)", "Annex II" translated "приложение III",
 * "Part A" translated "Част Б". The numbers check compares figures written in digits; a reference's letter or Roman
 * figure is a word to it. Compared by place in each language's own alphabet ("б" is the second, as "b" is) and by value.
 */
import type { LanguageProfile } from "../../lang/index.js";
import { letterPlace, openingLetter } from "../../lang/letters.js";
import type { Flag } from "../../types.js";
import { escapeRegExp, romanValue } from "../text.js";
import type { Check } from "./types.js";

/** A reference as written, and what it says: a letter's place in its alphabet or a Roman figure's value. */
interface Reference {
  readonly said: string;
  readonly kind: "letter" | "roman" | "numbered";
  readonly value: number;
  /** A numbered reference with a letter after its number ("чл. 78а", "Article 78a"). */
  readonly suffixed?: boolean;
  /** A numbered reference's number and its letter in Latin ("68g" of "чл. 68г"): "Article 68g" transliterates it (stranger 131). */
  readonly latin?: string;
}

/**
 * Per language, a reference word (capitalised or not, or in capitals) and after it a letter in brackets ("(b)", "в)"),
 * a capital letter alone ("Part A"), a Roman figure in capitals ("Annex II") or a letter in quotes ("буква „б“"); groups
 * 1, 2, 4 the letter, 3 the figure or capital.
 */
const patterns = new WeakMap<LanguageProfile, RegExp | null>();

function patternOf(lang: LanguageProfile): RegExp | null {
  let p = patterns.get(lang);
  if (p === undefined) {
    const forms = (lang.referenceWords ?? []).flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).map(escapeRegExp);
    p = forms.length
      ? new RegExp(
          `(?<![\\p{L}])(?:${forms.join("|")})\\.?\\s+(?:\\((\\p{Ll})\\)|(\\p{Ll})\\)|([IVXLC]{1,6}|\\p{Lu})(?![\\p{L}\\p{N}])|[„"“«']\\s?(\\p{Ll})\\s?[“"”»'])`,
          "gu",
        )
      : null;
    patterns.set(lang, p);
  }
  return p;
}

/** Per language, a label word ("чл.", "Article") and its number, a letter perhaps right after it ("78а"): groups 1 and 2. */
const numberedPatterns = new WeakMap<LanguageProfile, RegExp | null>();

function numberedPatternOf(lang: LanguageProfile): RegExp | null {
  let p = numberedPatterns.get(lang);
  if (p === undefined) {
    const forms = [...lang.labelWords].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).map(escapeRegExp);
    // Its letter in brackets too: "item 2(b)" is "т. 2б" (stranger 331: "another reference").
    p = forms.length
      ? new RegExp(`(?<![\\p{L}])(?:${forms.join("|")})\\.?\\s+(\\d{1,4})(?:(\\p{Ll})|\\((\\p{Ll})\\))?(?![\\p{L}\\p{N}])`, "gu")
      : null;
    numberedPatterns.set(lang, p);
  }
  return p;
}

/**
 * A code's articles inserted between two others take a letter after the number ("чл. 78а", "Article 78a"): a value of the
 * number and the letter's place in its alphabet, so that "чл. 78а" / "Article 78" or "Article 55b" is another article
 * (stranger 115). Compared only where one side's has a letter: the numbers check compares the numbers.
 */
function numberedIn(text: string, lang: LanguageProfile, out: Reference[]): void {
  const p = numberedPatternOf(lang);
  if (!p) return;
  for (const m of text.matchAll(p)) {
    const letter = m[2] ?? m[3];
    const place = letter ? letterPlace(letter, lang) : -1;
    if (letter && place < 0) continue;
    const latin = letter ? `${Number(m[1])}${lang.transliterate(letter.toLowerCase()).toLowerCase()}` : undefined;
    out.push({ said: m[0], kind: "numbered", value: Number(m[1]) * 100 + place + 1, suffixed: letter !== undefined, latin });
  }
}

/** A point's letter right after an article's number and its paragraph's (and point's), as EU English writes a reference: "5(2)(c)", "12(3)(2)(b)". */
const COMPACT_POINT = /(?<![\p{L}\p{N}])\d{1,4}(?:\(\d{1,3}\)){0,2}\((\p{Ll})\)/gu;

/** The references of a text, in order: those after a reference word, a compact one's point, and the point it opens as. */
function referencesIn(text: string, lang: LanguageProfile): Reference[] {
  const p = patternOf(lang);
  if (!p) return [];
  const out: Reference[] = [];
  // The point the text opens as, as a reference to it says it.
  const opening = openingLetter(text);
  const place = opening ? letterPlace(opening.letter, lang) : -1;
  if (place >= 0) out.push({ said: opening!.written, kind: "letter", value: place });
  for (const m of text.matchAll(COMPACT_POINT)) {
    const at = letterPlace(m[1]!, lang);
    if (at >= 0) out.push({ said: m[0], kind: "letter", value: at });
  }
  for (const m of text.matchAll(p)) {
    // A letter in quotes too, as a Bulgarian act writes it: "буква „б“" (stranger 171: never compared).
    const written = m[1] ?? m[2] ?? m[4] ?? m[3]!;
    // "I", "V", "X" alone are Roman figures ("Part I"); other single capitals letters ("Part C").
    const roman = written.length > 1 || "IVX".includes(written) ? romanValue(written) : undefined;
    if (roman !== undefined) {
      out.push({ said: m[0], kind: "roman", value: roman });
      continue;
    }
    if (written.length > 1) continue;
    const place = letterPlace(written, lang);
    if (place >= 0) out.push({ said: m[0], kind: "letter", value: place });
    // A list of letters after the word: "букви „а“ и „б“", "points (a) and (c)" (stranger 244: the second never compared).
    let end = (m.index ?? 0) + m[0].length;
    for (let more = LETTER_LIST.exec(text.slice(end)); more; more = LETTER_LIST.exec(text.slice(end))) {
      const at = letterPlace((more[1] ?? more[2] ?? more[3])!, lang);
      if (at < 0) break;
      out.push({ said: more[0].trim().replace(/^(?:,|\p{L}+)\s*/u, ""), kind: "letter", value: at });
      end += more[0].length;
    }
  }
  return out;
}

/** A list's next letter: a comma or a short joining word ("и", "and", "or"), then a letter as the reference writes one. */
const LETTER_LIST = /^(?:\s*,\s*|\s+\p{Ll}{1,4}\s+)(?:\((\p{Ll})\)|(\p{Ll})\)|[„"“«']\s?(\p{Ll})\s?[“"”»'])/u;

/** `referencesIn`, and with `numbered` the numbered references ("чл. 78а", "Article 78"). */
function allReferencesIn(text: string, lang: LanguageProfile, numbered: boolean): Reference[] {
  const out = referencesIn(text, lang);
  if (numbered) numberedIn(text, lang, out);
  return out;
}

/** A number with a letter right after it ("78а", "55b"). */
const DIGIT_LETTER = /\d\p{Ll}(?![\p{L}])/u;

/** Per language, a reference's label word (`referenceKinds`) and its number: groups 1 and 2. */
const chainPatterns = new WeakMap<LanguageProfile, RegExp | null>();

function chainPatternOf(lang: LanguageProfile): RegExp | null {
  let p = chainPatterns.get(lang);
  if (p === undefined) {
    const words = Object.keys(lang.referenceKinds ?? {}).sort((a, b) => b.length - a.length);
    p = words.length ? new RegExp(`(?<![\\p{L}])(${words.map(escapeRegExp).join("|")})\\.?\\s*(\\d{1,4})(?![\\p{N}])`, "giu") : null;
    chainPatterns.set(lang, p);
  }
  return p;
}

/** An article's paragraph and point written after its number ("Article 328(2)(1)"): groups 1, 2 and 3. */
const COMPACT_CHAIN = /(?<![\p{N}])(\d{1,4})\((\d{1,3})\)(?:\((\d{1,3})\))?/gu;

/** The numbers a text's references give each kind ("article" 328, "paragraph" 1, "point" 2), the first of each kind. */
function chainIn(text: string, lang: LanguageProfile): Map<string, number> {
  const out = new Map<string, number>();
  const p = chainPatternOf(lang);
  if (!p) return out;
  for (const m of text.matchAll(p)) {
    const kind = lang.referenceKinds![m[1]!.toLowerCase()];
    if (kind !== undefined && !out.has(kind)) out.set(kind, Number(m[2]));
  }
  for (const m of text.matchAll(COMPACT_CHAIN)) {
    if (!out.has("paragraph")) out.set("paragraph", Number(m[2]));
    if (m[3] !== undefined && !out.has("point")) out.set("point", Number(m[3]));
  }
  return out;
}

/**
 * A reference's numbers traded between its kinds: "чл. 328, ал. 1, т. 2" / "Art. 328, para. 2, item 1" (or "Article
 * 328(2)(1)"). The figures are all there, so the numbers check sees nothing; the kinds they number differ (stranger 122).
 */
function chainSwapped(source: string, sl: LanguageProfile, target: string, tl: LanguageProfile): Flag | undefined {
  if (!sl.referenceKinds || !tl.referenceKinds || !/\d/u.test(source)) return undefined;
  const s = chainIn(source, sl);
  if (s.size < 2) return undefined;
  const t = chainIn(target, tl);
  const differing = [...s.keys()].filter((k) => t.has(k) && t.get(k) !== s.get(k));
  if (differing.length < 2) return undefined;
  const values = (m: Map<string, number>) =>
    differing
      .map((k) => m.get(k)!)
      .sort((a, b) => a - b)
      .join(",");
  if (values(s) !== values(t)) return undefined;
  const said = (m: Map<string, number>) => differing.map((k) => `${k} ${m.get(k)}`).join(", ");
  return {
    type: "numbers",
    severity: "error",
    reason: `the reference's numbers are swapped: the translation says ${said(t)} where the source says ${said(s)}: another reference`,
    evidence: { source: [said(s)], target: [said(t)] },
  };
}

export const referencesChanged: Check = {
  name: "a reference's letter or Roman figure changed",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const sourceText = ctx.source.text(link.source);
    const targetText = ctx.target.text(link.target);
    // Numbered references are read where either side has a number with a letter right after it ("78а" / "78").
    const numbered = DIGIT_LETTER.test(sourceText) || DIGIT_LETTER.test(targetText);
    const swapped = chainSwapped(sourceText, ctx.source.lang, targetText, ctx.target.lang);
    if (swapped) return swapped;
    const source = allReferencesIn(sourceText, ctx.source.lang, numbered);
    if (source.length === 0) return undefined;
    const target = allReferencesIn(targetText, ctx.target.lang, numbered);
    // Each pairs off with one of its kind and value on the other side; those left on both sides changed.
    const left = [...target];
    const unpaired = source.filter((s) => {
      const at = left.findIndex((t) => t.kind === s.kind && (t.value === s.value || (s.latin !== undefined && t.latin === s.latin)));
      if (at < 0) return true;
      left.splice(at, 1);
      return false;
    });
    // A numbered one only where a letter is what differs: one side's has a letter ("78а" / "78", "55а" / "55b").
    const changed = unpaired.filter((s) =>
      left.some(
        (t) =>
          t.kind === s.kind &&
          (s.kind !== "numbered" || ((s.suffixed || t.suffixed) && Math.floor(s.value / 100) === Math.floor(t.value / 100))),
      ),
    );
    if (changed.length === 0) return undefined;
    const theirs = left.filter((t) =>
      changed.some((s) => s.kind === t.kind && (s.kind !== "numbered" || Math.floor(s.value / 100) === Math.floor(t.value / 100))),
    );
    return {
      type: "numbers",
      severity: "error",
      reason: `the translation says ${theirs.map((t) => `"${t.said}"`).join(", ")} where the source says ${changed.map((s) => `"${s.said}"`).join(", ")}: another reference`,
      evidence: { source: changed.map((s) => s.said), target: theirs.map((t) => t.said) },
    } satisfies Flag;
  },
};
