/** Writing systems, to tell a translated segment from one left in the source language. */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Latin", /\p{Script=Latin}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Han", /\p{Script=Han}/u],
  ["Hiragana", /\p{Script=Hiragana}/u],
  ["Katakana", /\p{Script=Katakana}/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Georgian", /\p{Script=Georgian}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Thai", /\p{Script=Thai}/u],
];

/** Script of each letter seen so far ("" for a non-letter): a document uses few distinct characters. */
const scriptOf = new Map<number, string>();

function classify(ch: string): string {
  if (!/\p{L}/u.test(ch)) return "";
  return SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? "Other";
}

/** Letters of each script in a text. */
export function scriptCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    let name = scriptOf.get(code);
    if (name === undefined) {
      name = classify(ch);
      scriptOf.set(code, name);
    }
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The script of most letters, and its share of all letters (0 when there are none). */
export function dominantScript(text: string): { script: string; share: number; letters: number } {
  const counts = scriptCounts(text);
  let best = "";
  let max = 0;
  let total = 0;
  for (const [name, n] of counts) {
    total += n;
    if (n > max) {
      max = n;
      best = name;
    }
  }
  return { script: best, share: total ? max / total : 0, letters: total };
}
