/**
 * Writing systems by Unicode Script property: the review tells a segment left
 * in the source language by them, and language identification a text in the
 * wrong script.
 */

/** The scripts told apart, in the order they are tried. */
export const SCRIPT_NAMES = [
  "Latin",
  "Cyrillic",
  "Greek",
  "Arabic",
  "Hebrew",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
  "Devanagari",
  "Bengali",
  "Georgian",
  "Armenian",
  "Thai",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Gujarati",
  "Gurmukhi",
  "Sinhala",
  "Lao",
  "Khmer",
  "Myanmar",
  "Ethiopic",
  "Tibetan",
];

/**
 * A pattern per script, made the first time a letter outside Latin and
 * Cyrillic is seen (plainScript answers those): V8 parses a pattern's property
 * class, building its ranges, as soon as the pattern is made.
 */
let scripts: ReadonlyArray<readonly [string, RegExp]> | undefined;

/** Script of each character seen so far ("" for a non-letter): a document uses few distinct characters. */
const scriptOf = new Map<number, string>();

/**
 * The script of a character of Latin, Cyrillic, or the punctuation and
 * currency signs around them, without a pattern: `\p{L}` and each
 * `\p{Script=...}` cost a millisecond or more to compile, and most texts here
 * hold no other characters. Undefined for any other character, which the
 * patterns answer (tests/chars.test.ts checks every code point against them).
 */
function plainScript(code: number): string | undefined {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? "Latin" : "";
  // Latin-1's letters are ª and º; µ is of no script (Common).
  if (code < 0xc0) return code === 0xaa || code === 0xba ? "Latin" : code === 0xb5 ? "Other" : "";
  if (code <= 0x2af) return code === 0xd7 || code === 0xf7 ? "" : "Latin";
  if (code >= 0x400 && code <= 0x52f) return code >= 0x482 && code <= 0x489 ? "" : "Cyrillic";
  if ((code >= 0x2000 && code <= 0x206f) || (code >= 0x20a0 && code <= 0x20bf)) return "";
  return undefined;
}

function scriptPatterns(): ReadonlyArray<readonly [string, RegExp]> {
  scripts ??= SCRIPT_NAMES.map((name) => [name, new RegExp(`\\p{Script=${name}}`, "u")] as const);
  return scripts;
}

/** The script of a character: a name from the list, "Other" for a letter of another script, "" for a non-letter. */
export function letterScript(ch: string): string {
  const code = ch.codePointAt(0)!;
  let name = scriptOf.get(code);
  if (name === undefined) {
    name = plainScript(code) ?? (/\p{L}/u.test(ch) ? (scriptPatterns().find(([, re]) => re.test(ch))?.[0] ?? "Other") : "");
    scriptOf.set(code, name);
  }
  return name;
}

/** Script names as numbers, for counting without a string per character: 0 is no letter (""). */
const scriptNames: string[] = [""];
const scriptNumbers = new Map<string, number>([["", 0]]);
/** Letters per script number while a text is counted (left all zero after). */
const counted = new Int32Array(256);
/** Per code unit of the BMP, its script's number plus one (0: not looked up yet); other code points in a map. */
const bmpScripts = new Uint8Array(0x10000);
const astralScripts = new Map<number, number>();

function scriptNumber(code: number): number {
  const known = code <= 0xffff ? bmpScripts[code]! - 1 : (astralScripts.get(code) ?? -1);
  if (known >= 0) return known;
  const name = letterScript(String.fromCodePoint(code));
  let k = scriptNumbers.get(name);
  if (k === undefined) {
    k = scriptNames.push(name) - 1;
    scriptNumbers.set(name, k);
  }
  if (code <= 0xffff) bmpScripts[code] = k + 1;
  else astralScripts.set(code, k);
  return k;
}

/** Letters of each script in a text, in order of first appearance (counted by number, then named). */
export function scriptCounts(text: string): Map<string, number> {
  const n = counted;
  const order: number[] = [];
  for (let k = 0; k < text.length; k++) {
    let code = text.charCodeAt(k);
    // A character as `for...of` gives it: a surrogate pair whole, a lone surrogate alone.
    if (code >= 0xd800 && code <= 0xdbff) {
      const cp = text.codePointAt(k)!;
      if (cp > 0xffff) {
        code = cp;
        k++;
      }
    }
    const s = scriptNumber(code);
    if (s !== 0 && n[s]!++ === 0) order.push(s);
  }
  const counts = new Map<string, number>();
  for (const s of order) {
    counts.set(scriptNames[s]!, n[s]!);
    n[s] = 0;
  }
  return counts;
}

/** The script of most of a text's letters, its share of them, and how many there are. */
export interface ScriptShare {
  readonly script: string;
  readonly share: number;
  readonly letters: number;
}

/** The script of most letters, and its share of all letters (0 when there are none). */
export function dominantScript(text: string): ScriptShare {
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
