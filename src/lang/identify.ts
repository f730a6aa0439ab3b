/**
 * Which language a text is in, as far as sverka can tell: the script of its
 * letters (every language whose scripts are known), the letters of its
 * alphabet (languages with a fixed one: Bulgarian has no ы, э, ј, ќ, і...) and
 * the share of its words that are a language's frequent words (languages
 * with `frequentWords`: Bulgarian, English). Used to refuse a pair given the
 * wrong way round, or a side that is not in its declared language; only when
 * the evidence is strong, so a short text or a close neighbour (Russian,
 * Macedonian, Serbian for Bulgarian) is never refused for the wrong reason.
 */
import { narrowable } from "./chars.js";
import { getLanguage, KNOWN_LANGUAGES, primaryLanguage } from "./index.js";
import { letterScript } from "./script.js";
import type { LanguageData } from "./types.js";

/** Below this many letters a text says too little: nothing is checked. */
export const MIN_LETTERS = 40;
/** Fewer letters than `MIN_LETTERS`, but this many, none in the language's script: in another language all the same. */
export const MIN_SCRIPT_LETTERS = 12;
/** Below this many words the frequent words are not counted. */
export const MIN_WORDS = 12;
/** A side whose letters are less than this share in its language's scripts is in another script. */
export const SCRIPT_MIN_SHARE = 0.5;
/**
 * ...unless its language's own frequent words are at least this share of its
 * words (a Bulgarian sentence quoting an English title: "автор на „Just the
 * Funny Parts: And a Few Hard Truths...“, има друга теория").
 */
export const OWN_WORDS_KEEP = 0.05;
/** A text whose frequent words of a language reach this share of its words looks like that language. */
export const WORD_SHARE = 0.15;
/** ...unless its own language's frequent words are at least this share of the other's. */
export const OWN_SHARE_RATIO = 0.5;
/** Letters of the language's script outside its alphabet: more than this share (and `FOREIGN_MIN` letters) and it is another language. */
export const FOREIGN_SHARE = 0.005;
export const FOREIGN_MIN = 3;
/** Characters read from a long text: enough for any measure here, fast on any length. */
const SAMPLE_CHARS = 200_000;

/** What the identification reads of a text, counted once. */
export interface TextProfile {
  readonly letters: number;
  /** Letters by script. */
  readonly scripts: ReadonlyMap<string, number>;
  /** Lowercase letters by letter. */
  readonly letterCounts: ReadonlyMap<string, number>;
  /** Words (runs of letters), lowercase, by word. */
  readonly wordCounts: ReadonlyMap<string, number>;
  readonly words: number;
}

// Narrowed to Latin and Cyrillic where the text allows (./chars.ts): a property class costs a millisecond or two to compile.
const LETTER_RUNS = narrowable(String.raw`\p{L}+`, "gu");

export function profileText(text: string): TextProfile {
  // A long text is read in four pieces spread over it.
  const piece = SAMPLE_CHARS / 4;
  const sample =
    text.length <= SAMPLE_CHARS
      ? text
      : [0, 1, 2, 3].map((k) => text.slice(Math.floor((k * (text.length - piece)) / 3)).slice(0, piece)).join("\n");
  const wordCounts = new Map<string, number>();
  let words = 0;
  // Letters counted by code point in an array, in order of first appearance: no string and no map update per letter.
  const bmp = new Int32Array(0x10000);
  const astral = new Map<number, number>();
  const seen: number[] = [];
  const lower = sample.toLowerCase();
  for (const m of lower.matchAll(LETTER_RUNS.for(lower))) {
    const word = m[0];
    words++;
    wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
    for (let k = 0; k < word.length; k++) {
      const cp = word.codePointAt(k)!;
      if (cp <= 0xffff) {
        if (bmp[cp]!++ === 0) seen.push(cp);
        continue;
      }
      k++;
      const n = astral.get(cp) ?? 0;
      if (n === 0) seen.push(cp);
      astral.set(cp, n + 1);
    }
  }
  // The maps as counting letter by letter fills them: a script first met where its first letter is.
  const letterCounts = new Map<string, number>();
  const scripts = new Map<string, number>();
  let letters = 0;
  for (const cp of seen) {
    const n = cp <= 0xffff ? bmp[cp]! : astral.get(cp)!;
    const ch = String.fromCodePoint(cp);
    letters += n;
    letterCounts.set(ch, n);
    const s = letterScript(ch);
    scripts.set(s, (scripts.get(s) ?? 0) + n);
  }
  return { letters, scripts, letterCounts, wordCounts, words };
}

/** Share of the text's words that are the language's frequent words (0 without any). */
export function frequentShare(profile: TextProfile, lang: Pick<LanguageData, "frequentWords">): number {
  if (!lang.frequentWords?.length || profile.words === 0) return 0;
  let n = 0;
  for (const w of new Set(lang.frequentWords)) n += profile.wordCounts.get(w) ?? 0;
  return n / profile.words;
}

/**
 * How many of the language's frequent words a text recognised as it must have: one word alone, however often, is as
 * likely another language's ("Il contratto ... il prezzo": Italian's "il" is French's too).
 */
const MIN_DISTINCT_WORDS = 3;

/** How many different frequent words of the language the text has. */
function distinctFrequent(profile: TextProfile, lang: Pick<LanguageData, "frequentWords">): number {
  let n = 0;
  for (const w of new Set(lang.frequentWords ?? [])) if (profile.wordCounts.has(w)) n++;
  return n;
}

/**
 * Whether a short text is in a language other than `except`: none of their frequent words, and at least two different
 * ones of another known language's ("Il faut bien le faire.": French's "il" and "le"). Too short for
 * `recogniseLanguage` (a quotation of one sentence), and said only where the words say it.
 */
export function inOtherLanguage(text: string, except: readonly string[]): boolean {
  const profile = profileText(text);
  if (profile.words === 0) return false;
  for (const code of except) {
    const data = KNOWN_LANGUAGES[primaryLanguage(code)];
    if (data && frequentShare(profile, data) > 0) return false;
  }
  return Object.values(KNOWN_LANGUAGES).some(
    (data) => !except.some((c) => primaryLanguage(c) === data.code) && distinctFrequent(profile, data) >= 2,
  );
}

/** Share of the text's letters in the language's scripts (1 when its scripts are not known). */
export function scriptShare(profile: TextProfile, lang: Pick<LanguageData, "scripts">): number {
  if (lang.scripts.length === 0 || profile.letters === 0) return 1;
  let n = 0;
  for (const s of lang.scripts) n += profile.scripts.get(s) ?? 0;
  return n / profile.letters;
}

/** Letters of the language's scripts outside its alphabet, most frequent first (none without an alphabet). */
export function foreignLetters(profile: TextProfile, lang: Pick<LanguageData, "scripts" | "alphabet">): Array<[string, number]> {
  if (!lang.alphabet) return [];
  const alphabet = new Set(lang.alphabet);
  const out: Array<[string, number]> = [];
  for (const [ch, n] of profile.letterCounts) {
    if (!alphabet.has(ch) && lang.scripts.includes(letterScript(ch))) out.push([ch, n]);
  }
  return out.sort((a, b) => b[1] - a[1]);
}

function tooForeign(profile: TextProfile, lang: Pick<LanguageData, "scripts" | "alphabet">): Array<[string, number]> | undefined {
  const foreign = foreignLetters(profile, lang);
  const n = foreign.reduce((a, [, k]) => a + k, 0);
  return n >= FOREIGN_MIN && n > FOREIGN_SHARE * profile.letters ? foreign : undefined;
}

/** What a text looks like: a language sverka has words for, or only a script. */
export interface LanguageGuess {
  /** ISO 639-1 code, when a language was recognised. */
  readonly code?: string;
  /** For messages: "English", "Latin-script text", "another Cyrillic language". */
  readonly name: string;
}

/** A side that does not look like its declared language. */
export interface LanguageMismatch {
  readonly declared: string;
  readonly looksLike: LanguageGuess;
  /** Why, in a reader's words ("its letters are Latin", "letters Bulgarian does not use: ы 40, э 12"). */
  readonly why: string;
}

/**
 * The language among those with frequent words that the text looks like, if
 * any does clearly: its frequent words reach `WORD_SHARE`, its script is the
 * text's and no letter says it is a neighbour.
 */
export function recogniseLanguage(profile: TextProfile, except?: string): LanguageGuess | undefined {
  if (profile.letters < MIN_LETTERS || profile.words < MIN_WORDS) return undefined;
  let best: { data: LanguageData; share: number } | undefined;
  for (const data of Object.values(KNOWN_LANGUAGES)) {
    if (data.code === except || !data.frequentWords?.length) continue;
    if (scriptShare(profile, data) < SCRIPT_MIN_SHARE || tooForeign(profile, data)) continue;
    const share = frequentShare(profile, data);
    if (share >= WORD_SHARE && distinctFrequent(profile, data) >= MIN_DISTINCT_WORDS && (!best || share > best.share))
      best = { data, share };
  }
  return best && { code: best.data.code, name: best.data.name };
}

/**
 * Whether a text is clearly not in the language `tag` says: undefined when it
 * fits, when the text is too short to tell (fewer than `MIN_LETTERS` letters)
 * or when sverka knows neither the language's script nor its words.
 */
export function languageMismatch(text: string | TextProfile, tag: string): LanguageMismatch | undefined {
  const profile = typeof text === "string" ? profileText(text) : text;
  const lang = getLanguage(tag);
  const declared = lang.name;
  // Too short to judge by words, but not one letter in the language's script: "Verwenden Sie kein Benzin." is no Bulgarian.
  if (profile.letters < MIN_LETTERS) return profile.letters >= MIN_SCRIPT_LETTERS ? noLetterInScript(profile, lang) : undefined;
  // Another script.
  const inScript = scriptShare(profile, lang) >= SCRIPT_MIN_SHARE;
  if (!inScript && !(lang.frequentWords?.length && frequentShare(profile, lang) >= OWN_WORDS_KEEP)) {
    const main = mainScript(profile);
    // Mixed scripts whose largest share is the language's own, but too small a share to be a text in it.
    if (lang.scripts.includes(main)) {
      const looksLike = recogniseLanguage(profile, lang.code) ?? { name: "text in mixed scripts" };
      return { declared, looksLike, why: `only ${pct(scriptShare(profile, lang))} of its letters are ${main}` };
    }
    const looksLike = recogniseLanguage(profile, lang.code) ?? { name: `${main}-script text` };
    return { declared, looksLike, why: `its letters are ${main}, not ${lang.scripts.join(" or ")}` };
  }
  // The right script, but letters the language does not use.
  const foreign = tooForeign(profile, lang);
  if (foreign) {
    const letters = foreign
      .slice(0, 4)
      .map(([ch, n]) => `${ch} ${n}`)
      .join(", ");
    const looksLike = recogniseLanguage(profile, lang.code) ?? { name: `another ${lang.scripts[0]} language` };
    return { declared, looksLike, why: `it has letters ${declared} does not use (${letters})` };
  }
  // The right script and letters, but another language's words (not for a text mostly in another script kept by its own words).
  const other = inScript ? recogniseLanguage(profile, lang.code) : undefined;
  // Not one whose alphabet lacks letters the text has: a short Russian text of "от", "до", "при" with an "э" is no Bulgarian.
  if (other?.code && foreignLetters(profile, KNOWN_LANGUAGES[other.code]!).length === 0) {
    const theirs = frequentShare(profile, KNOWN_LANGUAGES[other.code]!);
    const own = frequentShare(profile, lang);
    if (!lang.frequentWords?.length || own < OWN_SHARE_RATIO * theirs) {
      return { declared, looksLike: other, why: `${pct(theirs)} of its words are frequent ${other.name} words` };
    }
  }
  return undefined;
}

/** A short text none of whose letters is in the language's script (none when sverka knows no script of it). */
function noLetterInScript(profile: TextProfile, lang: ReturnType<typeof getLanguage>): LanguageMismatch | undefined {
  if (lang.scripts.length === 0 || scriptShare(profile, lang) > 0) return undefined;
  const main = mainScript(profile);
  return {
    declared: lang.name,
    looksLike: { name: `${main}-script text` },
    why: `its letters are ${main}, not ${lang.scripts.join(" or ")}`,
  };
}

/** The script most of a text's letters are in. */
function mainScript(profile: TextProfile): string {
  return [...profile.scripts].sort((a, b) => b[1] - a[1])[0]![0];
}

function pct(x: number): string {
  return `${Math.round(100 * x)}%`;
}
