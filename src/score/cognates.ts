import levenshtein from "fast-levenshtein";
import { narrowable } from "../lang/chars.js";

// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond or two to compile.
const MARKS = narrowable(String.raw`\p{M}`, "gu");

/**
 * A spelling skeleton that makes cognates across scripts and orthographies
 * look alike: "конференция" -> "konferenkiia", "conference" -> "konferenke",
 * "Виена" and "Vienna" -> "viena". Applied after transliteration to Latin.
 */
export function skeleton(latin: string): string {
  const decomposed = latin.normalize("NFD");
  return (
    decomposed
      .replace(MARKS.for(decomposed), "")
      .toLowerCase()
      // "-tion" and "-ция" (transliterated "-tsiya") are the same suffix.
      .replace(/tion(?=s?$)/g, "tsia")
      .replace(/dzh/g, "j")
      .replace(/zh/g, "j")
      .replace(/sht/g, "st")
      .replace(/ph/g, "f")
      .replace(/th/g, "t")
      .replace(/t[sz]/g, "c")
      .replace(/ck/g, "k")
      .replace(/[cq]/g, "k")
      // A Greek chi is "ch" in English and "х" (h) in Bulgarian: "synchronised" and "синхронизират", "technology" and "технология".
      .replace(/kh/g, "h")
      // Greek and Latin "au" before t, g, s is "ав" in Bulgarian: "automatic" and "автоматичен", "August" and "август".
      .replace(/^au(?=[tgs])/, "av")
      .replace(/x/g, "ks")
      .replace(/w/g, "v")
      // English W is written У in Cyrillic: "Уест" and "West", "Уилям" and "William".
      .replace(/^u(?=[aeio])/, "v")
      .replace(/[yj]/g, "i")
      .replace(/z/g, "s")
      .replace(/ß/g, "ss")
      .replace(/(.)\1+/g, "$1")
  );
}

/**
 * Similarity of two skeletons in [0, 1]: edit similarity, or the share of the
 * shorter word in a long common prefix (inflected forms: "organisaciia",
 * "organisation"). Four-letter words must be equal (one edit in four letters is
 * noise); five-letter ones may differ by one edit after a shared start ("alpen", "alpes").
 */
export function cognateSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter < 4 || longer <= 4 || longer > MAX_COGNATE_LENGTH) return 0;
  let lcp = 0;
  while (lcp < shorter && a.charCodeAt(lcp) === b.charCodeAt(lcp)) lcp++;
  const distance = levenshtein.get(a, b);
  if (longer === 5) return distance === 1 && lcp >= 3 ? 0.8 : 0;
  const edit = 1 - distance / longer;
  const prefix = lcp >= 5 ? (0.9 * lcp) / shorter : 0;
  const sim = Math.max(edit, prefix);
  return sim >= COGNATE_THRESHOLD ? sim : 0;
}

export const COGNATE_THRESHOLD = 0.72;

/**
 * Words longer than this are cognates only when equal: no word is, and the edit distance of two such tokens (a
 * base64 blob, a run of letters with no space) grows with the product of their lengths: two different tokens of
 * 300,000 characters took a minute (stranger 65). A long web address (a few hundred characters) is still compared.
 */
export const MAX_COGNATE_LENGTH = 512;

/** The letters of a skeleton as bits (a-z their own, any other character one of six more): for `mayBeCognates`. */
export function letterMask(skeleton: string): number {
  let mask = 0;
  for (let k = 0; k < skeleton.length; k++) {
    const c = skeleton.charCodeAt(k);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

/**
 * False only where `cognateSimilarity(a, b)` is 0, told without the edit
 * distance: each letter of one word that the other lacks takes an edit of
 * its own, so the letters present on one side only bound the distance from
 * below (two letters sharing a bit only lower the bound), and the
 * similarity from above. Most pairs a bucket compares share few letters.
 */
export function mayBeCognates(a: string, b: string, maskA: number, maskB: number): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter < 4 || longer <= 4 || longer > MAX_COGNATE_LENGTH) return false;
  const least = Math.max(popCount(maskA & ~maskB), popCount(maskB & ~maskA));
  if (longer === 5) return least <= 1;
  if (1 - least / longer >= COGNATE_THRESHOLD) return true;
  let lcp = 0;
  while (lcp < shorter && a.charCodeAt(lcp) === b.charCodeAt(lcp)) lcp++;
  return lcp >= 5 && (0.9 * lcp) / shorter >= COGNATE_THRESHOLD;
}

function popCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
