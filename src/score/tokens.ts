import type { LanguageProfile } from "../lang/index.js";

/** A word, number, URL or e-mail found in a segment, with the key it matches by. */
export interface Token {
  readonly surface: string;
  readonly kind: "word" | "number" | "address";
  /** Lowercased surface for words and addresses; the normalised value for numbers ("0.2", "24"). */
  readonly key: string;
  /** The word's stem (the key for numbers and addresses). */
  readonly stem: string;
  /** A number whose value a magnitude word multiplied ("2,5 млн.", "3 billion"): its key is the full value. */
  readonly scaled?: boolean;
}

const ADDRESS = String.raw`(?:https?:\/\/|www\.)[^\s<>"'„“”«»]+[^\s<>"'„“”«».,;:!?)\]]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`;
const NUMBER = String.raw`\p{N}+(?:[.,\u00a0\u202f ]\p{N}+)*`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}]`;

const cache = new WeakMap<LanguageProfile, RegExp>();

function tokenPattern(lang: LanguageProfile): RegExp {
  let re = cache.get(lang);
  if (!re) {
    // "am" and "pm" are copied into texts of any language ("5:30pm в събота"): the language's own markers, or these.
    const am = `(?:${lang.timeMarkers.am}|a\\.?m\\.?(?![\\p{L}]))`;
    const pm = `(?:${lang.timeMarkers.pm}|p\\.?m\\.?(?![\\p{L}]))`;
    const { h } = lang.timeMarkers;
    // A clock time: "7:55", "15:00 часа", or an hour before noon or after: "3 p.m.", "7.55am", "7 сутринта".
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

/** Splits a segment into tokens: addresses first, then numbers (with ordinal suffixes), then words. */
export function tokenize(text: string, lang: LanguageProfile): Token[] {
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
    } else if (m[12]) tokens.push(word(m[12], lang));
  }
  return tokens;
}

/**
 * Numbers worth checking across a translation: clock times, decimals, and
 * whole numbers from 10 up (smaller ones are often written as words: "two", "две").
 */
export function isSignificantNumber(token: Pick<Token, "kind" | "key">): boolean {
  return token.kind === "number" && (token.key.includes(":") || token.key.includes(".") || Number(token.key) >= 10);
}

/** Words by spelling, per language: a word is tokenised and stemmed once however often it occurs, and its tokens share one object. */
const words = new WeakMap<LanguageProfile, Map<string, Token>>();
const MAX_CACHED_WORDS = 200_000;

function word(surface: string, lang: LanguageProfile): Token {
  let cache = words.get(lang);
  if (!cache) {
    cache = new Map();
    words.set(lang, cache);
  }
  let token = cache.get(surface);
  if (!token) {
    // Flattened copies: the match is a slice of the whole text, which the cache must not keep alive.
    const own = ` ${surface}`.slice(1);
    token = { surface: own, kind: "word", key: own.toLowerCase(), stem: lang.stem(own) };
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(own, token);
  }
  return token;
}

function other(kind: "number" | "address", surface: string, key: string): Token {
  return { surface, kind, key, stem: key };
}

/** Tokens of each segment; segments of one text share one list (long documents repeat many sentences, and a list is only read). */
export function tokenizeSegments(segments: ReadonlyArray<{ readonly text: string }>, lang: LanguageProfile): Token[][] {
  const seen = new Map<string, Token[]>();
  return segments.map(({ text }) => {
    let list = seen.get(text);
    if (!list) {
      list = tokenize(text, lang);
      seen.set(text, list);
    }
    return list;
  });
}

/** The magnitude words of each language as whole-word patterns, compiled once. */
const magnitudePatterns = new WeakMap<LanguageProfile, ReadonlyArray<readonly [RegExp, number]>>();

/** The factor of a magnitude word ("млн." -> 1e6; 1 for any other word). */
export function magnitudeOf(word: string, lang: LanguageProfile): number {
  let patterns = magnitudePatterns.get(lang);
  if (!patterns) {
    patterns = lang.magnitudes.map(([p, factor]) => [new RegExp(`^(?:${p})$`, "iu"), factor] as const);
    magnitudePatterns.set(lang, patterns);
  }
  return patterns.find(([re]) => re.test(word))?.[1] ?? 1;
}

/** "2.5" x 1e6 -> "2500000", exactly, without floating-point noise. */
function scale(value: string, factor: number): string {
  if (!/^\d+(\.\d+)?$/.test(value) || factor === 1) return value;
  const [int, frac = ""] = value.split(".");
  const zeros = Math.round(Math.log10(factor));
  const digits = (int! + frac.padEnd(zeros, "0").slice(0, zeros)).replace(/^0+(?=\d)/, "");
  const rest = frac.slice(zeros).replace(/0+$/, "");
  return rest ? `${digits}.${rest}` : digits;
}

/** A clock time as "HH:MM" on a 24-hour clock: "3 p.m." and "15:00 часа" are both "15:00". */
function clockTime(m: RegExpMatchArray): string {
  let hour = Number(m[2] ?? m[6]);
  const minute = m[3] ?? m[7] ?? "00";
  if (m[5] && hour < 12) hour += 12;
  if (m[4] && hour === 12) hour = 0;
  return `${String(hour).padStart(2, "0")}:${minute}`;
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
    const thousands =
      !decimal &&
      next.length === 3 &&
      /^\p{N}{1,3}$/u.test(current.replace(/\D/g, "").slice(-3)) &&
      (isSpace || sep !== lang.decimalSeparator) &&
      (isSpace ? current.length <= 3 || /^\d{1,3}(\d{3})*$/u.test(current) : true);
    if (thousands && !(isSpace && current.length > 3 && !/^\d{1,3}(\d{3})+$/.test(current))) {
      current += next;
    } else if (!isSpace && !decimal && sep === lang.decimalSeparator) {
      current += `.${next}`;
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
