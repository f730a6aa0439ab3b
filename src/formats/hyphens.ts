/**
 * Words a hard-wrapped text (copied from a PDF, a fixed-width export) breaks
 * at a line's end with a hyphen, whole again where a memory, a pair list or
 * a split text gives them: "описани по-\nдолу" is "описани по-долу", not
 * "по- долу", and "described be-\nlow" is "below" where the document writes
 * "below" elsewhere. A segment keeps its text as read (offsets frame it);
 * only what is written out is joined.
 */
import type { Segment } from "../types.js";

/**
 * A letter, a hyphen (or a soft hyphen, U+2010 or U+2011), spaces or none, a
 * line break, and a lowercase letter after the next line's indent: a word
 * broken at the line's end. A capital after it is a list or a new clause
 * ("Volume -\nChapter"), no broken word.
 */
const BROKEN = /(\p{L}+)([-\u00ad\u2010\u2011])[^\S\r\n]*\r?\n[^\S\r\n]*(\p{Ll}\p{L}*)/gu;
/** Whether a text holds a line break after a hyphen at all (most do not: no vocabulary is read for them). */
const MAY_BREAK = /[-\u00ad\u2010\u2011][^\S\r\n]*\r?\n/u;
/** A word as the vocabulary keeps it: letters, with hyphens inside ("по-долу", "well-known"). */
const WORD = /\p{L}+(?:[-\u2010\u2011]\p{L}+)*/gu;

/** Each side's words, lowercase, read once per list of segments and only when one of them breaks a word. */
const vocabularies = new WeakMap<readonly Segment[], ReadonlySet<string>>();

/** A word's key: lowercase, its hyphens all "-". */
function keyOf(word: string): string {
  return word.toLowerCase().replace(/[\u2010\u2011]/gu, "-");
}

function vocabularyOf(segments: readonly Segment[]): ReadonlySet<string> {
  let words = vocabularies.get(segments);
  if (!words) {
    const found = new Set<string>();
    for (const g of segments) for (const m of (g.corrected ?? g.text).matchAll(WORD)) found.add(keyOf(m[0]));
    words = found;
    vocabularies.set(segments, words);
  }
  return words;
}

/**
 * `text` (of `segments`' document) with each word broken at a line's end
 * joined again: without its hyphen where the hyphen is a soft one, or where
 * the document writes the word whole elsewhere and never with that hyphen;
 * else with it and no space ("по-долу", "well-known", and "трансла-ция",
 * which no vocabulary can tell from a compound).
 */
export function joinBrokenWords(text: string, segments: readonly Segment[]): string {
  if (!MAY_BREAK.test(text)) return text;
  let words: ReadonlySet<string> | undefined;
  return text.replace(BROKEN, (_, head: string, hyphen: string, tail: string) => {
    if (hyphen === "\u00ad") return head + tail;
    words ??= vocabularyOf(segments);
    const whole = `${head}${tail}`;
    return words.has(keyOf(whole)) && !words.has(keyOf(`${head}-${tail}`)) ? whole : `${head}${hyphen}${tail}`;
  });
}
