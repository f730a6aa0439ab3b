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
 * Letters, a hyphen (or a soft hyphen, U+2010, U+2011), spaces or none, a
 * line break, the next line's indent and letters: a word broken at the
 * line's end, when the letters after it are lowercase, or the word is in
 * capitals on both sides ("ВЪЗЛ-\nОЖИТЕЛЯ"). A capitalised word after it is a
 * new word ("Volume-\nChapter"), a digit a range ("10-\n12").
 */
const BROKEN = /(\p{L}+)([-\u00ad\u2010\u2011])[^\S\r\n]*\r?\n[^\S\r\n]*(\p{L}+)/gu;
/** Whether a text holds a line break after a hyphen at all (most do not: no vocabulary is read for them). */
const MAY_BREAK = /[-\u00ad\u2010\u2011][^\S\r\n]*\r?\n/u;
/** A word as the vocabulary keeps it: letters, with hyphens inside ("по-долу", "well-known"). */
const WORD = /\p{L}+(?:[-\u2010\u2011]\p{L}+)*/gu;
const LOWERCASE = /^\p{Ll}+$/u;
const CAPITALS = /^\p{Lu}{2,}$/u;
/** Stems shorter than this say little of a word ("при", "by"): a broken word is judged by its whole form then. */
const MIN_STEM = 4;

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
    for (const g of segments) for (const m of (g.corrected ?? g.text).matchAll(WORD)) words.add(keyOf(m[0]));
    const stems = new Set<string>();
    for (const w of words) if (!w.includes("-")) stems.add(stem(w));
    vocabulary = { words, stems };
    vocabularies.set(segments, vocabulary);
  }
  return vocabulary;
}

/**
 * `text` (of `segments`, a document in language `lang`) with each word
 * broken at a line's end joined again:
 * - a soft hyphen goes;
 * - a hyphen stays (the line break goes) where the document writes the word
 *   with it elsewhere ("e-mail"), or it follows one of the language's
 *   prefixes that take one ("по-долу", "най-добре", "self-employed");
 * - else it goes where the document writes the word whole elsewhere, or a
 *   word of its stem ("поддръжката" for "подд-\nръжка"), and, a word in
 *   lowercase, where nothing says either way: a line's end breaks words at
 *   their syllables far more often than at a compound's hyphen;
 * - a word in capitals keeps its hyphen without such a word ("EU-\nUSA").
 */
export function joinBrokenWords(text: string, segments: readonly Segment[], lang: string): string {
  if (!MAY_BREAK.test(text)) return text;
  let vocabulary: Vocabulary | undefined;
  const profile = getLanguage(lang);
  return text.replace(BROKEN, (found: string, head: string, hyphen: string, tail: string) => {
    const lower = LOWERCASE.test(tail);
    if (!lower && !(CAPITALS.test(head) && CAPITALS.test(tail))) return found;
    const whole = `${head}${tail}`;
    const kept = `${head}${hyphen}${tail}`;
    if (hyphen === "\u00ad") return whole;
    vocabulary ??= vocabularyOf(segments, (w) => profile.stem(w));
    if (vocabulary.words.has(keyOf(`${head}-${tail}`))) return kept;
    if (vocabulary.words.has(keyOf(whole))) return whole;
    const stem = profile.stem(whole.toLowerCase());
    if (stem.length >= MIN_STEM && vocabulary.stems.has(stem)) return whole;
    if (!lower || profile.hyphenPrefixes?.includes(head.toLowerCase())) return kept;
    return whole;
  });
}
