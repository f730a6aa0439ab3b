/**
 * The tokenizer as it was before the scanner of src/score/tokens.ts: one regular
 * expression per language. Kept as the reference the scanner must agree with,
 * token for token (tests/tokens.test.ts).
 */
import type { LanguageProfile } from "../../src/lang/index.js";
import { magnitudeOf, normaliseNumber, type Token } from "../../src/score/index.js";

const ADDRESS = String.raw`(?:https?:\/\/|www\.)[^\s<>"'„“”«»]+[^\s<>"'„“”«».,;:!?)\]]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`;
const NUMBER = String.raw`\p{N}+(?:[.,\u00a0\u2007\u202f ]\p{N}+)*`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}]`;

const cache = new WeakMap<LanguageProfile, RegExp>();

function tokenPattern(lang: LanguageProfile): RegExp {
  let re = cache.get(lang);
  if (!re) {
    const am = `(?:${lang.timeMarkers.am}|a\\.?m\\.?(?![\\p{L}]))`;
    const pm = `(?:${lang.timeMarkers.pm}|p\\.?m\\.?(?![\\p{L}]))`;
    const { h } = lang.timeMarkers;
    const time = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s?(?:(${am})|(${pm}))|(\d{1,2}):(\d{2})(?:\s?${h})?(?!\d)`;
    const magnitude = lang.magnitudes.map(([p]) => `(?:${p})`).join("|") || "(?!)";
    re = new RegExp(
      `(${ADDRESS})|(?<![\\p{N}.,])(?:${time})|(${NUMBER})(?:(${lang.decadeSuffix})(?![\\p{L}])|[\\s-]?(${magnitude})(?![\\p{L}])|(${lang.ordinalSuffix}))?|(${WORD})`,
      "giu",
    );
    cache.set(lang, re);
  }
  return re;
}

export function referenceTokenize(text: string, lang: LanguageProfile): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern(lang))) {
    if (m[1]) tokens.push(other("address", m[1], m[1].toLowerCase()));
    else if (m[2] ?? m[6]) tokens.push(other("number", m[0].trim(), clockTime(m)));
    else if (m[8]) {
      const values = normaliseNumber(m[8], lang);
      if (m[9] && /0$/.test(values[values.length - 1]!)) values[values.length - 1] = `${values[values.length - 1]!.slice(-2)}s`;
      else if (m[10]) values[values.length - 1] = scale(values[values.length - 1]!, magnitudeOf(m[10], lang));
      values.forEach((value, k) => {
        tokens.push(m[10] && k === values.length - 1 ? { ...other("number", m[0], value), scaled: true } : other("number", m[0], value));
      });
    } else if (m[12]) tokens.push({ surface: m[12], kind: "word", key: m[12].toLowerCase(), stem: lang.stem(m[12]), scaled: false });
  }
  return tokens;
}

function other(kind: "number" | "address", surface: string, key: string): Token {
  return { surface, kind, key, stem: key, scaled: false };
}

function scale(value: string, factor: number): string {
  if (!/^\d+(\.\d+)?$/.test(value) || factor === 1) return value;
  const [int, frac = ""] = value.split(".");
  const zeros = Math.round(Math.log10(factor));
  const digits = (int! + frac.padEnd(zeros, "0").slice(0, zeros)).replace(/^0+(?=\d)/, "");
  const rest = frac.slice(zeros).replace(/0+$/, "");
  return rest ? `${digits}.${rest}` : digits;
}

function clockTime(m: RegExpMatchArray): string {
  let hour = Number(m[2] ?? m[6]);
  const minute = m[3] ?? m[7] ?? "00";
  if (m[5] && hour < 12) hour += 12;
  if (m[4] && hour === 12) hour = 0;
  return `${String(hour).padStart(2, "0")}:${minute}`;
}
