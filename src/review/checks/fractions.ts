/** A fraction said in words that the translation says otherwise: "one third" translated "две трети". */
import { type NarrowablePattern, narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag, Link } from "../../types.js";
import type { ReviewContext } from "../context.js";
import { escapeRegExp, unique } from "../text.js";
import type { Check } from "./types.js";
import { amountsOf } from "./units.js";
import { unitWordsOf } from "./written.js";

/** A fraction a text says, as written and as its value ("1/3"). */
interface Said {
  readonly written: string;
  readonly value: string;
}

/** Words, each with where it is: the text read once, lowercase. */
const WORD = /[\p{L}\p{M}]+/gu;

/** Greatest common divisor, for a fraction's lowest terms ("2/4" is "1/2"). */
function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Per language, whether a text may say a fraction: one of its denominators' or halves' words in it, as a word. */
const mayHold = new WeakMap<LanguageProfile, NarrowablePattern>();

function mayHoldOf(lang: LanguageProfile): NarrowablePattern | undefined {
  const data = lang.fractions;
  if (!data) return undefined;
  let out = mayHold.get(lang);
  if (!out) {
    const words = [...Object.keys(data.denominators), ...(data.halves ?? []), ...(data.quarters ?? [])].map(escapeRegExp).join("|");
    out = narrowable(`(?<![\\p{L}\\p{M}])(?:${words})(?![\\p{L}\\p{M}])`, "iu");
    mayHold.set(lang, out);
  }
  return out;
}

/** The fractions a text says in words (`LanguageData.fractions`). */
export function fractionsIn(text: string, lang: LanguageProfile): Said[] {
  const data = lang.fractions;
  // Most sentences say none: read word by word only those with a denominator's word.
  if (!data || !mayHoldOf(lang)!.for(text).test(text)) return [];
  const lower = text.toLowerCase();
  const found = [...lower.matchAll(WORD)];
  const words = found.map((m) => m[0]);
  const out: Said[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const denominator = data.denominators[word];
    const numerator = k > 0 ? data.numerators[words[k - 1]!] : undefined;
    if (denominator !== undefined && numerator !== undefined && numerator < denominator && !ordinalAfterArticle(lower, found, k, lang)) {
      const d = gcd(numerator, denominator);
      out.push({ written: `${words[k - 1]} ${word}`, value: `${numerator / d}/${denominator / d}` });
    } else if (afterJoiner(words, k, lang) || periodOfYear(words, k, lang) || ofUnit(words, k, lang) || phraseOpening(words, k, lang))
      continue;
    else if (data.halves?.includes(word)) out.push({ written: word, value: "1/2" });
    else if (data.quarters?.includes(word)) out.push({ written: word, value: "1/4" });
  }
  return out;
}

/**
 * Whether the denominator's word at k, after an article ("a third"), is an ordinal before its noun: "A third adult on an
 * extra bed" is the third adult, not a third of one (stranger 370: a false error on every tour's price terms). A word
 * right after it, no punctuation between, that is none of `fractions.followers` ("a third of", "a third more").
 */
function ordinalAfterArticle(text: string, found: readonly RegExpMatchArray[], k: number, lang: LanguageProfile): boolean {
  const data = lang.fractions!;
  if (!data.articles?.includes(found[k - 1]![0]) || k + 1 >= found.length) return false;
  const end = found[k]!.index! + found[k]![0].length;
  return /^\s+$/u.test(text.slice(end, found[k + 1]!.index!)) && !data.followers?.includes(found[k + 1]![0]);
}

/**
 * Whether the word at k is half or a quarter of the unit after it, an article between or none: "half a per cent" is
 * 0.5 %, "half a metre" 50 cm, amounts the numbers check reads (stranger 325: "half a per cent" for "0,5%" was "half"
 * where the source says "0,5%").
 */
function ofUnit(words: readonly string[], k: number, lang: LanguageProfile): boolean {
  const article = lang.halfWords?.articles.includes(words[k + 1] ?? "") ? 1 : 0;
  const [one, two] = [words[k + 1 + article], words[k + 2 + article]];
  const units = unitWordsOf(lang, "all");
  return one !== undefined && (units.has(one) || (two !== undefined && units.has(`${one} ${two}`)));
}

/**
 * Whether the word at k opens one of the language's number phrases ("half a million", "половин милион"): an amount the
 * numbers check reads, no fraction (stranger 348: "half" where the source says "7%", of "500 000" / "half a million").
 */
function phraseOpening(words: readonly string[], k: number, lang: LanguageProfile): boolean {
  const phrases = lang.numberPhrases;
  if (!phrases) return false;
  return [2, 3].some((n) => k + n <= words.length && phrases[words.slice(k, k + n).join(" ")] !== undefined);
}

/** Whether the word at k ends a half or a quarter of a year ("the first half", "the third quarter"): a period, no fraction (stranger 311). */
function periodOfYear(words: readonly string[], k: number, lang: LanguageProfile): boolean {
  if (k === 0) return false;
  const phrase = `${words[k - 1]} ${words[k]}`;
  return [...(lang.halfYears ?? []), ...(lang.quarters ?? [])].some((forms) => forms.includes(phrase));
}

/**
 * Whether the word at k follows the language's joiner, an article between or none: "час и четвърт", "an hour and a half",
 * "2 кг и половина" add a fraction to an amount, which the numbers check reads (stranger 283: "час и четвърт" against a
 * weight's "2½ lb" was a fraction changed).
 */
function afterJoiner(words: readonly string[], k: number, lang: LanguageProfile): boolean {
  const joiner = lang.numberWordJoiner;
  if (joiner === undefined || k === 0) return false;
  const article = lang.halfWords?.articles.includes(words[k - 1]!) ? 1 : 0;
  return words[k - 1 - article] === joiner;
}

/** Vulgar fractions' characters, as their values. */
const VULGAR: Readonly<Record<string, string>> = { "½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3" };

/** The proper fractions a text writes in figures ("1/2", "3/4", "½"), in lowest terms; no date's or a score's figures. */
function inFigures(text: string): Said[] {
  const out: Said[] = [];
  for (const m of text.matchAll(/(?<![\d/.,])([1-9])\/([1-9]\d?)(?![\d/.,])|[½¼¾⅓⅔]/gu)) {
    if (m[1] === undefined) {
      out.push({ written: m[0], value: VULGAR[m[0]]! });
      continue;
    }
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a >= b) continue;
    const d = gcd(a, b);
    out.push({ written: m[0], value: `${a / d}/${b / d}` });
  }
  return out;
}

/**
 * Fractions both sides say in words, one of them said otherwise: an error naming both ("the translation says "две трети"
 * where the source says "one third""); the same fraction said twice for two (stranger 278: "a third ... up from a
 * quarter" / "една четвърт ... при една четвърт"). A share in per cent the other side says as a fraction in words that
 * is another share too ("30 %" / "a third", "20 %" / "една четвърт"; stranger 277). One side's fraction the other says
 * in digits of another kind, or not at all, is left to the numbers checks (stranger 84).
 */
export const fractionsChanged: Check = {
  name: "a fraction said otherwise",
  textOnly: true,
  run: (ctx, link, k) => {
    const compared = fractionsCompared(ctx, link, k);
    if (!compared?.flagged) return undefined;
    const [sourceSaid, targetSaid] = [unique(compared.sourceLeft.map((f) => f.written)), unique(compared.targetLeft.map((f) => f.written))];
    return {
      type: "numbers",
      severity: "error",
      reason: `the translation says ${targetSaid.map((w) => `"${w}"`).join(", ")} where the source says ${sourceSaid.map((w) => `"${w}"`).join(", ")}`,
      evidence: { source: sourceSaid, target: targetSaid },
    } satisfies Flag;
  },
};

/**
 * The fractions and shares of a link as `fractionsChanged` compares them: each side's that the other's pair off with
 * none (`sourceLeft`, `targetLeft`), and whether that is the check's error (`flagged`). The numbers check leaves it the
 * shares in per cent it pairs or flags (`percentsTold`): "30 %" / "a third" is told once, as a fraction said otherwise.
 */
export function fractionsCompared(
  ctx: ReviewContext,
  link: Link,
  k: number,
): { sourceLeft: Said[]; targetLeft: Said[]; flagged: boolean; percentsTold: { source: Set<string>; target: Set<string> } } | undefined {
  if (link.source.length === 0 || link.target.length === 0 || !ctx.source.lang.fractions || !ctx.target.lang.fractions) return undefined;
  const [sourceText, targetText] = [ctx.source.text(link.source), ctx.target.text(link.target)];
  const [sourceWords, targetWords] = [fractionsIn(sourceText, ctx.source.lang), fractionsIn(targetText, ctx.target.lang)];
  if (sourceWords.length === 0 && targetWords.length === 0) return undefined;
  // A side's fraction in figures against the other's in words: a deed's "1/2 идеална част" / "a one-quarter undivided
  // share" (stranger 242); figures against figures are the numbers check's. Shares in per cent against words too.
  const lt = ctx.linkTokens(k);
  const percents = (words: readonly Said[], side: "source" | "target") =>
    words.length === 0
      ? []
      : amountsOf(ctx[side].side.segments, link[side], side === "source" ? lt.sourceSegments : lt.targetSegments, ctx[side].lang)
          .filter((a) => a.unit === "percent")
          .map((a) => ({ written: a.written, value: `${a.key}%` }));
  const source = [...sourceWords, ...(targetWords.length ? inFigures(sourceText) : []), ...percents(targetWords, "source")];
  const target = [...targetWords, ...(sourceWords.length ? inFigures(targetText) : []), ...percents(sourceWords, "target")];
  if (source.length === 0 || target.length === 0) return undefined;
  const [sourceLeft, targetLeft] = unpaired(source, target);
  // Only what words say is compared here: a percentage left against a percentage is the numbers check's.
  const words = sourceLeft.some((f) => !PERCENT.test(f.value)) || targetLeft.some((f) => !PERCENT.test(f.value));
  const flagged = words && sourceLeft.length > 0 && targetLeft.length > 0;
  // Told: paired with a fraction, or left and flagged here.
  const told = (all: readonly Said[], left: readonly Said[]) =>
    new Set(all.filter((f) => PERCENT.test(f.value) && (flagged || !left.includes(f))).map((f) => f.value.slice(0, -1)));
  return { sourceLeft, targetLeft, flagged, percentsTold: { source: told(source, sourceLeft), target: told(target, targetLeft) } };
}

/** A share in per cent among the fractions compared ("30%"). */
const PERCENT = /%$/u;

/** A fraction's or a share's value as a number (a third 0.333, "30%" 0.3). */
function shareOf(f: Said): number {
  if (PERCENT.test(f.value)) return Number(f.value.slice(0, -1)) / 100;
  const [a, b] = f.value.split("/").map(Number) as [number, number];
  return a / b;
}

/** Whether two fractions or shares say the same share: a third is 33 % or 33.3 %, two thirds 66 % or 67 % (stranger 277). */
const sameShare = (x: Said, y: Said) => x.value === y.value || Math.abs(shareOf(x) - shareOf(y)) < 0.0075;

/** Each side's fractions and shares that none of the other's pairs off with, one for one ("a quarter" twice for "a third" and "a quarter"). */
function unpaired(source: readonly Said[], target: readonly Said[]): [Said[], Said[]] {
  const left = [...target];
  const sourceLeft: Said[] = [];
  for (const f of source) {
    const at = left.findIndex((g) => sameShare(f, g));
    if (at >= 0) left.splice(at, 1);
    else sourceLeft.push(f);
  }
  return [sourceLeft, left];
}
