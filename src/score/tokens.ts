import type { LanguageProfile } from "../lang/index.js";

/** A word, number, URL or e-mail found in a segment, with the key it matches by. */
export interface Token {
  readonly surface: string;
  readonly kind: "word" | "number" | "address";
  /** Lowercased surface for words and addresses; the normalised value for numbers ("0.2", "24"). */
  readonly key: string;
}

const ADDRESS = String.raw`(?:https?:\/\/|www\.)[^\s<>"'„“”«»]+[^\s<>"'„“”«».,;:!?)\]]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`;
const NUMBER = String.raw`\p{N}+(?:[.,\u00a0\u202f ]\p{N}+)*`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}]`;

const cache = new WeakMap<LanguageProfile, RegExp>();

function tokenPattern(lang: LanguageProfile): RegExp {
  let re = cache.get(lang);
  if (!re) {
    re = new RegExp(`(${ADDRESS})|(${NUMBER})(${lang.ordinalSuffix})?|(${WORD})`, "gu");
    cache.set(lang, re);
  }
  return re;
}

/** Splits a segment into tokens: addresses first, then numbers (with ordinal suffixes), then words. */
export function tokenize(text: string, lang: LanguageProfile): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern(lang))) {
    if (m[1]) tokens.push({ surface: m[1], kind: "address", key: m[1].toLowerCase() });
    else if (m[2]) {
      for (const value of normaliseNumber(m[2], lang)) tokens.push({ surface: m[0], kind: "number", key: value });
    } else if (m[4]) tokens.push({ surface: m[4], kind: "word", key: m[4].toLowerCase() });
  }
  return tokens;
}

/**
 * The value(s) of a written number in the language's conventions:
 * "0,20" (bg) and "0.20" (en) are both "0.2"; "2 000" (bg) and "2,000" (en)
 * are "2000"; "15 16" is two numbers.
 */
export function normaliseNumber(raw: string, lang: LanguageProfile): string[] {
  const groups = raw.split(/([.,\u00a0\u202f ])/u);
  // groups: digits, sep, digits, sep, ...
  const out: string[] = [];
  let current = groups[0]!;
  let decimal = false;
  for (let k = 1; k < groups.length; k += 2) {
    const sep = groups[k]!;
    const next = groups[k + 1]!;
    const isSpace = /[\u00a0\u202f ]/u.test(sep);
    const thousands = !decimal && next.length === 3 && /^\p{N}{1,3}$/u.test(current.replace(/\D/g, "").slice(-3)) &&
      (isSpace || sep !== lang.decimalSeparator) && (isSpace ? current.length <= 3 || /^\d{1,3}(\d{3})*$/u.test(current) : true);
    if (thousands && !(isSpace && current.length > 3 && !/^\d{1,3}(\d{3})+$/.test(current))) {
      current += next;
    } else if (!isSpace && !decimal && sep === lang.decimalSeparator) {
      current += "." + next;
      decimal = true;
    } else {
      out.push(current);
      current = next;
      decimal = false;
    }
  }
  out.push(current);
  return out.map(canonical);
}

function canonical(n: string): string {
  if (!/^\d+(\.\d+)?$/.test(n)) return n;
  const [int, frac] = n.split(".");
  const i = int!.replace(/^0+(?=\d)/, "");
  const f = frac?.replace(/0+$/, "");
  return f ? `${i}.${f}` : i;
}
