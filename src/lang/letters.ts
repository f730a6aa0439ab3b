/** Letters by their place in an alphabet: a list's "в)" is its third item, as "(c)" is; a figure's "2Б" is "2B". */
import type { LanguageProfile } from "./types.js";

const LATIN = "abcdefghijklmnopqrstuvwxyz";

/** A letter's place in its alphabet, from 0: Latin letters in the Latin one, the language's own in its own ("Б" is 1, as "B" is); -1 for none. */
export function letterPlace(letter: string, lang: LanguageProfile): number {
  const lower = letter.toLowerCase();
  return LATIN.includes(lower) ? LATIN.indexOf(lower) : (lang.alphabet?.indexOf(lower) ?? -1);
}

/** A text opening with a list item's letter: "а) ...", "(c) ...". */
const OPENING_LETTER = /^\s*\(?(\p{Ll})\)\s/u;

/** The letter a text's list item opens with, and the label as written ("(c)", "г)"); none for another opening. */
export function openingLetter(text: string): { readonly letter: string; readonly written: string } | undefined {
  const m = OPENING_LETTER.exec(text);
  return m ? { letter: m[1]!, written: m[0].trim() } : undefined;
}
