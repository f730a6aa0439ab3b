import levenshtein from "fast-levenshtein";

/**
 * A spelling skeleton that makes cognates across scripts and orthographies
 * look alike: "конференция" -> "konferenkiia", "conference" -> "konferenke",
 * "Виена" and "Vienna" -> "viena". Applied after transliteration to Latin.
 */
export function skeleton(latin: string): string {
  return (
    latin
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
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
  if (shorter < 4 || longer <= 4) return 0;
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
