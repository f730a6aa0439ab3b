/**
 * Words a hard-wrapped text (copied from a PDF, a fixed-width export) breaks
 * at a line's end with a hyphen, whole again where a memory, a pair list or
 * a split text gives them: "подд-\nръжка" is "поддръжка" and "описани
 * по-\nдолу" is "по-долу", not "подд- ръжка" and "по- долу". A segment keeps
 * its text as read (offsets frame it); only what is written out is joined.
 */
import { getLanguage } from "../lang/index.js";
import type { Segment } from "../types.js";

/**
 * A word (its hyphenated parts before it too: "state-of-"), a hyphen (or a
 * soft hyphen, U+2010, U+2011; Chromium's PDFs write a soft hyphen the line broke at as U+00AD U+2010), spaces or
 * none, a line break, the next line's
 * indent and a word or a number (with its hyphenated parts: "the-art"): a word
 * broken at the line's end.
 */
const BROKEN =
  /(\p{L}+(?:[-\u2010\u2011]\p{L}+)*)(\u00ad?[-\u2010\u2011]|\u00ad)[^\S\r\n]*\r?\n[^\S\r\n]*(\p{L}+(?:[-\u2010\u2011]\p{L}+)*|\p{N}+)/gu;
/** Whether a text holds a line break after a hyphen, or a soft hyphen, at all (most do not: no vocabulary is read for them). */
const MAY_BREAK = /[-\u2010\u2011][^\S\r\n]*\r?\n|\u00ad/u;
/** A word as the vocabulary keeps it: letters, with hyphens inside ("по-долу", "well-known"). */
const WORD = /\p{L}+(?:[-\u2010\u2011]\p{L}+)*/gu;
const LOWERCASE = /^\p{Ll}+$/u;
const CAPITALS = /^\p{Lu}{2,}$/u;
const DIGITS = /^\p{N}+$/u;
/** Stems shorter than this say little of a word ("при", "by"): a broken word is judged by its whole form then. */
const MIN_STEM = 4;
/** A word's part shorter than this is no word of its own ("ex-ample", "so-cial" break syllables, not words). */
const MIN_PART = 3;

interface Vocabulary {
  /** The document's words, lowercase, hyphens as "-". */
  readonly words: ReadonlySet<string>;
  /** Their stems (of the language's stemmer). */
  readonly stems: ReadonlySet<string>;
}

/** Each side's vocabulary, read once per list of segments and only when one of them breaks a word. */
const vocabularies = new WeakMap<readonly Segment[], Vocabulary>();

/** A word's key: lowercase, its hyphens all "-". */
function keyOf(word: string): string {
  return word.toLowerCase().replace(/[\u2010\u2011]/gu, "-");
}

function vocabularyOf(segments: readonly Segment[], stem: (word: string) => string): Vocabulary {
  let vocabulary = vocabularies.get(segments);
  if (!vocabulary) {
    const words = new Set<string>();
    // The halves of a broken word are no words of the document.
    for (const g of segments) for (const m of (g.corrected ?? g.text).replace(BROKEN, " ").matchAll(WORD)) words.add(keyOf(m[0]));
    const stems = new Set<string>();
    for (const w of words) if (!w.includes("-")) stems.add(stem(w));
    vocabulary = { words, stems };
    vocabularies.set(segments, vocabulary);
  }
  return vocabulary;
}

/**
 * `text` (of `segments`, a document in language `lang`) with each word
 * broken at a line's end joined again, and soft hyphens gone:
 * - a soft hyphen goes, at a line's end or not;
 * - a number after the line break keeps the hyphen ("COVID-19", "10-12"),
 *   and so does a capitalised word ("Wi-Fi"), unless both halves are in
 *   capitals and the document writes the word whole ("ВЪЗЛ-\nОЖИТЕЛЯ");
 * - a hyphen stays (the line break goes) where the document writes the word
 *   with it elsewhere ("e-mail", "state-of-the-art"), or it follows a prefix
 *   of the language that takes one ("по-долу", "най-малко", "self-employed");
 * - it goes where the document writes the word whole elsewhere, or a word of
 *   its stem ("поддръжката" for "подд-\nръжка");
 * - it stays where both halves are words the document writes on their own
 *   ("заместник-директор", "decision-making": a compound);
 * - else, a word in lowercase, it goes: a line's end breaks words at their
 *   syllables far more often than at a compound's hyphen.
 */
export function joinBrokenWords(text: string, segments: readonly Segment[], lang: string): string {
  if (!MAY_BREAK.test(text)) return text;
  let vocabulary: Vocabulary | undefined;
  const profile = getLanguage(lang);
  const joined = text.replace(BROKEN, (found: string, head: string, hyphen: string, tail: string) => {
    const whole = `${head}${tail}`;
    // A soft hyphen the line broke at is the typesetter's: the word is whole.
    if (hyphen.includes("\u00ad")) return DIGITS.test(tail) ? found : whole;
    const kept = `${head}${hyphen}${tail}`;
    if (DIGITS.test(tail)) return kept;
    vocabulary ??= vocabularyOf(segments, (w) => profile.stem(w));
    const words = vocabulary.words;
    if (words.has(keyOf(`${head}-${tail}`))) return kept;
    const last = head.split(/[-\u2010\u2011]/u).at(-1)!;
    const first = tail.split(/[-\u2010\u2011]/u)[0]!;
    const wholeKey = keyOf(`${last}${first}`);
    const stem = profile.stem(wholeKey);
    const known = words.has(wholeKey) || (stem.length >= MIN_STEM && vocabulary.stems.has(stem));
    if (!LOWERCASE.test(first)) return known && CAPITALS.test(last) && CAPITALS.test(first) ? whole : kept;
    if (known) return whole;
    if (profile.hyphenPrefixes?.includes(last.toLowerCase())) return kept;
    const word = (part: string) => part.length >= MIN_PART && words.has(keyOf(part));
    return word(last) && word(first) ? kept : whole;
  });
  return joined.includes("\u00ad") ? joined.replace(/\u00ad/gu, "") : joined;
}
