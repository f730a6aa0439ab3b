/**
 * `profileText` (src/lang/identify.ts) as it was written before it counted
 * letters in an array: a string and three map updates per letter. The
 * reference tests/langid.test.ts compares it with, on random and real text.
 */
import type { TextProfile } from "../../src/lang/identify.js";
import { letterScript } from "../../src/lang/script.js";

const SAMPLE_CHARS = 200_000;

export function referenceProfileText(text: string): TextProfile {
  const piece = SAMPLE_CHARS / 4;
  const sample =
    text.length <= SAMPLE_CHARS
      ? text
      : [0, 1, 2, 3].map((k) => text.slice(Math.floor((k * (text.length - piece)) / 3)).slice(0, piece)).join("\n");
  const scripts = new Map<string, number>();
  const letterCounts = new Map<string, number>();
  const wordCounts = new Map<string, number>();
  let letters = 0;
  let words = 0;
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = m[0];
    words++;
    wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
    for (const ch of word) {
      letters++;
      letterCounts.set(ch, (letterCounts.get(ch) ?? 0) + 1);
      const s = letterScript(ch);
      scripts.set(s, (scripts.get(s) ?? 0) + 1);
    }
  }
  return { letters, scripts, letterCounts, wordCounts, words };
}
