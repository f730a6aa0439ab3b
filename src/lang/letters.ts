/** Letters by their place in an alphabet: a list's "в)" is its third item, as "(c)" is; a figure's "2Б" is "2B". */
import type { LanguageProfile } from "./types.js";

const LATIN = "abcdefghijklmnopqrstuvwxyz";

/** A letter's place in its alphabet, from 0: Latin letters in the Latin one, the language's own in its own ("Б" is 1, as "B" is); -1 for none. */
export function letterPlace(letter: string, lang: LanguageProfile): number {
  const lower = letter.toLowerCase();
  return LATIN.includes(lower) ? LATIN.indexOf(lower) : (lang.alphabet?.indexOf(lower) ?? -1);
}
