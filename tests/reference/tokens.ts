/**
 * The tokenizer as it was before the scanner of src/score/tokens.ts: one regular
 * expression per language. Kept as the reference the scanner must agree with,
 * token for token (tests/tokens.test.ts).
 */
import type { LanguageProfile } from "../../src/lang/index.js";
import { magnitudeOf, normaliseNumber, type Token } from "../../src/score/index.js";
import { moneyMagnitude } from "../../src/score/tokens.js";

const ADDRESS = String.raw`(?:https?:\/\/|www\.)[^\s<>"'„“”«»]+[^\s<>"'„“”«».,;:!?)\]]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`;
/** A line break, the next line's indentation with it, separates a number's groups as a space does: hard-wrapped text ("823\n558 лв.", "3\n      482"). */
// A separator before a superscript figure ends the number: "2023.³" is 2023 and a footnote's mark.
const NUMBER = String.raw`\p{N}+(?:(?:[.,\u00a0\u2007\u202f ]|\r?\n[ \t]*)(?![⁰¹²³⁴⁵⁶⁷⁸⁹])\p{N}+)*`;
// A class of letters and figures with its second figure after a slash is one word ("C30/37"); a size glued to its
// letters is one, however its sign of times and decimal mark are written ("M8×20", "M10x1,25": the scanner's `threadEnd`).
const SIZE = String.raw`\p{Lu}{1,3}\d{1,3}(?:×\d{1,4}(?![\p{N}\p{L}\p{M}])|[xXхХ]\d{1,4}(?=[.,]\d{1,3}(?![\p{L}\p{M}\p{N}]|[.,]\p{N})))(?:[.,]\d{1,3}(?![\p{L}\p{M}\p{N}]|[.,]\p{N}))?`;
const SIZE_EXACT = new RegExp(`^(?:${SIZE})$`, "u");
const WORD = String.raw`${SIZE}|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*\d\/\d{1,3}(?![\p{L}\p{M}\p{N}\/])|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}]`;
/** Every proper fraction with a slash the scanner reads as one number ("1/2", "3/16"), two-digit denominators first. */
const FRACTIONS = Array.from({ length: 15 }, (_, k) => 16 - k)
  .flatMap((b) => Array.from({ length: b - 1 }, (_, a) => `${a + 1}\\/${b}`))
  .join("|");
// Not before a group of thousands: "1/10 000" is one in ten thousand (the scanner's `slashFraction`).
const FRACTION = String.raw`(?<![0-9/])(?:${FRACTIONS})(?![0-9/]|[.,]\p{N}|[ \u00a0\u2007\u202f]\d{3}(?!\d))`;

/** A power of ten ("x10^9", "× 10⁹", "10^12"): one number, its key `1e9`. */
const POWER = String.raw`(?<!\p{L})[xXхХ×*·⋅] ?10(?:\^\(?[-+−]?\d{1,2}\)?|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}(?![⁰¹²³⁴⁵⁶⁷⁸⁹⁻]))|(?<!\p{N})10(?:\^\(?[-+−]?\d{1,2}\)?|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}(?![⁰¹²³⁴⁵⁶⁷⁸⁹⁻]))`;

/** An x between figures ("3x4", "1920х1080"): "by", no word; matched to be skipped. */
const DIMENSION = String.raw`(?<=\p{N})[xXхХ](?=\p{N})`;

const cache = new WeakMap<LanguageProfile, RegExp>();

function tokenPattern(lang: LanguageProfile): RegExp {
  let re = cache.get(lang);
  if (!re) {
    const am = `(?:${lang.timeMarkers.am}|a\\.?m\\.?(?![\\p{L}]))`;
    const pm = `(?:${lang.timeMarkers.pm}|p\\.?m\\.?(?![\\p{L}]))`;
    const { h } = lang.timeMarkers;
    // With an hour marker, groups 9 to 11 are its times ("10 h 30", "à 14 h"), and the later groups come 3 after.
    const hour = lang.timeMarkers.hour
      ? String.raw`|(\d{1,2})\s?(?:${lang.timeMarkers.hour})\s?(\d{2})(?![\p{L}\p{N}])|${lang.timeMarkers.wholeHour ?? ""}(\d{1,2})\s?(?:${lang.timeMarkers.hour})(?![\p{L}\p{N}])`
      : "";
    const time = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s?(?:(${am})|(${pm}))|(\d{1,2}):(\d{2})(?:\s?${h})?(?!\d)${hour}`;
    const magnitude = lang.magnitudes.map(([p]) => `(?:${p})`).join("|") || "(?!)";
    re = new RegExp(
      `(${ADDRESS})|(${POWER})|(${FRACTION})|(?<![\\p{N}.,])(?:${time})|(${NUMBER})(?:(${lang.decadeSuffix})(?![\\p{L}])|[\\s-]?(${magnitude})(?![\\p{L}])|(${lang.ordinalSuffix}))?|${DIMENSION}|(${WORD})`,
      "giu",
    );
    cache.set(lang, re);
  }
  return re;
}

export function referenceTokenize(text: string, lang: LanguageProfile): Token[] {
  const tokens: Token[] = [];
  // The letter a money magnitude took ("€865.9m") is no word of its own.
  let skipTo = 0;
  const pattern = tokenPattern(lang);
  pattern.lastIndex = 0;
  for (let matched = pattern.exec(text); matched !== null; matched = pattern.exec(text)) {
    if (matched.index < skipTo) continue;
    // A race's time to the hundredth, one number ("5:12.45"), before the clock time its start would be.
    const race = raceAt(text, matched.index);
    if (race !== undefined) {
      tokens.push(other("number", race, race.replace(",", ".")));
      skipTo = matched.index + race.length;
      pattern.lastIndex = skipTo;
      continue;
    }
    if (matched[2]) {
      const exponent = /(?:\^\(?([-+−]?\d+)|([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))/u.exec(matched[2].slice(matched[2].indexOf("10") + 2))!;
      const digits = exponent[1] ?? [...exponent[2]!].map((c) => (c === "⁻" ? "-" : String("⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)))).join("");
      tokens.push(other("number", matched[2], `1e${Number(digits.replace("−", "-"))}`));
      continue;
    }
    // The power's group taken out: the others keep their numbers.
    const found = Object.assign([matched[0], matched[1], ...matched.slice(3)], { index: matched.index, input: matched.input });
    const m = lang.timeMarkers.hour ? hourGroups(found as unknown as RegExpMatchArray) : (found as unknown as RegExpMatchArray);
    // A footnote's mark, superscript figures after no letter, figure or mark ("in 2023.³"), is no token.
    const mark = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u.exec(m[0]);
    if (mark && m[9] !== undefined && found.index > 0 && !/[\p{L}\p{N}\p{M}]/u.test(text[found.index - 1]!)) {
      pattern.lastIndex = found.index + mark[0].length;
      continue;
    }
    if (m[1]) tokens.push(other("address", m[1], m[1].toLowerCase()));
    else if (m[2]) {
      const [a, b] = m[2].split("/").map(Number);
      tokens.push(other("number", m[2], String(Number((a! / b!).toFixed(3)))));
    } else if (m[3] ?? m[7] ?? m[14] ?? m[16]) tokens.push(other("number", m[0].trim(), clockTime(m)));
    else if (m[9] && special(text, found.index, lang, tokens)) {
      // What the number's match holds past the telephone number or the time is read again.
      skipTo = specialEnd;
      pattern.lastIndex = specialEnd;
    } else if (m[9]) {
      // A page's number after a table of contents' leader, closing the text, is no number of it.
      if (/^\s*$/u.test(text.slice(found.index + m[9].length)) && /[^\s.·_‧…⋯][\s.·_‧…⋯]*$/u.test(text.slice(0, found.index))) {
        const leader = /[\s.·_‧…⋯]*$/u.exec(text.slice(0, found.index))![0];
        if ([...leader].reduce((n, c) => n + (c === "…" || c === "⋯" ? 3 : /\s/u.test(c) ? 0 : 1), 0) >= 4) continue;
      }
      const values = sectionParts(text, found.index, m[9]) ?? normaliseNumber(m[9], lang);
      if (m[10] && /^(?:\d|\d{3})0$/.test(values[values.length - 1]!))
        values[values.length - 1] = `${values[values.length - 1]!.slice(-2)}s`;
      else if (m[11]) values[values.length - 1] = scale(values[values.length - 1]!, magnitudeOf(m[11], lang));
      const money = m[10] || m[11] || m[12] ? undefined : moneyMagnitude(text, found.index, found.index + m[0].length, lang);
      if (money) values[values.length - 1] = scale(values[values.length - 1]!, money.factor);
      const surface = money ? text.slice(found.index, money.end) : m[0];
      if (money) skipTo = money.end;
      values.forEach((value, k) => {
        tokens.push(
          (m[11] || money) && k === values.length - 1
            ? { ...other("number", surface, value), scaled: true }
            : other("number", surface, value),
        );
      });
    } else if (m[13] && /[×.,]/u.test(m[13])) {
      // The pattern ignores case, and a size's letters are capitals: in small letters the word ends where a word does.
      if (SIZE_EXACT.test(m[13])) {
        const key = m[13].toLowerCase().replace(/[×х]/gu, "x").replace(",", ".");
        tokens.push({ surface: m[13], kind: "word", key, stem: key, scaled: false });
      } else {
        const plain = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}]/uy;
        plain.lastIndex = found.index;
        const w = plain.exec(text)![0];
        const t = footnoted(w);
        tokens.push({ surface: t, kind: "word", key: t.toLowerCase(), stem: lang.stem(t), scaled: false });
        pattern.lastIndex = found.index + w.length;
      }
    } else if (m[13]) {
      const t = footnoted(m[13]);
      tokens.push({ surface: t, kind: "word", key: t.toLowerCase(), stem: lang.stem(t), scaled: false });
    }
  }
  return tokens;
}

/** A word without the superscript figures closing it after four letters or more and no figure: a footnote's mark ("печалба²"). */
function footnoted(w: string): string {
  const mark = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u.exec(w);
  if (!mark) return w;
  const rest = w.slice(0, w.length - mark[0].length);
  return rest.length >= 4 && !/\p{N}/u.test(rest) ? rest : w;
}

/** The race time ("5:12.45", "1:02:33,10") starting at `at`, not after a figure, a point or a comma; else undefined. */
function raceAt(text: string, at: number): string | undefined {
  if (!/[0-9]/u.test(text[at] ?? "") || /[\p{N}.,]$/u.test(text.slice(Math.max(0, at - 2), at))) return undefined;
  return /^\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}(?![\d.,:])/u.exec(text.slice(at))?.[0];
}

/** Where the last token `special` read ends. */
let specialEnd = 0;

/** The E.164 country codes of one and two digits; the rest have three. */
const SHORT_CODES = new Set(
  "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split(
    " ",
  ),
);

/**
 * A telephone number ("+359 55 022 345", "0888 123 456": its national digits) or a time written with a point where the
 * language writes decimals with a comma ("18.30 ч.", "10.30" before "до 18.30 ч."), read at a number's start: a token
 * pushed, and `specialEnd` where it ends. Written apart from the scanner's (src/score/tokens.ts), to the same rules.
 */
function special(text: string, at: number, lang: LanguageProfile, tokens: Token[]): boolean {
  const rest = text.slice(at);
  const before = text.slice(0, at);
  const international = /(?:^|[^\p{L}\p{N}])\+$/iu.test(before) && /^\d{1,4}(?!\d)(?:[ \u00a0.-]\d{1,4}(?!\d)){1,6}(?![.,]\d)/u.exec(rest);
  if (international) {
    const digits = international[0].replace(/\D/gu, "");
    if (digits.length >= 8 && digits.length <= 15) {
      const cc = SHORT_CODES.has(digits.slice(0, 1)) ? 1 : SHORT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
      tokens.push(other("number", international[0], digits.slice(cc)));
      specialEnd = at + international[0].length;
      return true;
    }
  }
  const national = !/[\p{L}\p{N}.,/+-]$/iu.test(before) && /^0\d{1,3}(?!\d)(?:[ \u00a0-]\d{2,4}(?!\d)){2,4}(?![.,]\d)/u.exec(rest);
  if (national) {
    const digits = national[0].replace(/\D/gu, "");
    if (digits.length >= 9 && digits.length <= 11) {
      tokens.push(other("number", national[0], digits.slice(1)));
      specialEnd = at + national[0].length;
      return true;
    }
  }
  if (lang.decimalSeparator !== "," || /[\d.,]$/u.test(before)) return false;
  const h = lang.timeMarkers.h;
  const hour = String.raw`(?:[01]?\d|2[0-3])`;
  const marked = String.raw`${hour}(?:[.:][0-5]\d)?\s?(?:${h})`;
  const dotted = new RegExp(String.raw`^(${hour})\.([0-5]\d)(?:\s?(?:${h})|(?=\s?[-–—]\s?${marked}|\s+\p{L}{1,3}\s+${marked}))`, "iu").exec(
    rest,
  );
  if (!dotted) return false;
  tokens.push(other("number", dotted[0].trim(), `${dotted[1]!.padStart(2, "0")}:${dotted[2]}`));
  specialEnd = at + dotted[0].length;
  return true;
}

/** A match with the hour marker's groups (9 to 11) moved to 14 to 16, so that the others have their usual numbers. */
function hourGroups(m: RegExpMatchArray): RegExpMatchArray {
  const groups = [...m];
  const moved = groups.splice(9, 3);
  groups.push(...moved);
  return Object.assign(groups, { index: m.index, input: m.input }) as unknown as RegExpMatchArray;
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
  let hour = Number(m[3] ?? m[7] ?? m[14] ?? m[16]);
  const minute = m[4] ?? m[8] ?? m[15] ?? "00";
  if (m[6] && hour < 12) hour += 12;
  if (m[5] && hour === 12) hour = 0;
  return `${String(hour).padStart(2, "0")}:${minute}`;
}

/**
 * A section's number opening the text before a heading's words ("12.1. Safety", "4.2.3 Scope"): its parts, one
 * number each, in every language.
 */
function sectionParts(text: string, at: number, raw: string): string[] | undefined {
  if (text.slice(0, at).trim() !== "" || !/^\d{1,3}(?:\.\d{1,3})+$/u.test(raw)) return undefined;
  const after = text.slice(at + raw.length);
  const parts = raw.split(".");
  const title = /^\s+\p{Lu}\p{Ll}/u.test(after) && !/[.!?…;:][\s"'”’»)\]]*$/u.test(text);
  return /^\.\s+\p{L}/u.test(after) || ((parts.length >= 3 || title) && /^\s+\p{L}/u.test(after))
    ? parts.map((x) => String(Number(x)))
    : undefined;
}
