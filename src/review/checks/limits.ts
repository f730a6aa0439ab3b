/** A limit reversed: "не повече от 10 дни" translated "more than 10 days", "до 15 май" translated "after 15 May". */
import { NarrowablePattern } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import { CURRENCY_CODES } from "../../lang/index.js";
import type { Matchable } from "../../score/index.js";
import { tokenize } from "../../score/tokens.js";
import type { Flag, Link } from "../../types.js";
import type { LinkTokens, ReviewContext } from "../context.js";
import { KeptPerObject } from "../memo.js";
import { escapeRegExp } from "../text.js";
import { converted, namedMasses } from "./convert.js";
import { SWAPPED } from "./swapped.js";
import type { Check } from "./types.js";
import { amountsOf } from "./units.js";

type Bound = "upper" | "lower" | "neither";

/** A language's limit phrases by their last word, longest first, and the words that turn a bound around (see `LimitData`). */
interface Phrases {
  readonly byLast: ReadonlyMap<
    string,
    readonly { readonly words: readonly string[]; readonly bound: Bound; readonly deadline?: boolean }[]
  >;
  readonly negations: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  /** Phrases read after their number (`LimitData.upperAfter`, `lowerAfter`) by their first word, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly bound: "upper" | "lower" }[]>;
  /** Words that say a number ("one", "две"): a phrase before one bounds it, not the number before the phrase. */
  readonly numberWords: ReadonlySet<string>;
  /** Each such word's value (lowercase): "не повече от две кучета" bounds 2, as "не повече от 2" does. */
  readonly wordValues: ReadonlyMap<string, number>;
  /** The language's month names (lowercase): a deadline's word bounds a day before one. */
  readonly months: ReadonlySet<string>;
  /** Words of a clause's label ("чл", "article"): a prohibition opens the sentence after its label ("Чл. 50. Не се допуска"). */
  readonly labelWords: ReadonlySet<string>;
  /** The language's prohibitions (`NegationData.prohibition`) read from a text's start: "Не приемайте", "Do not", "shall not". */
  readonly prohibition: RegExp | undefined;
  /** `LimitData.expletiveOpeners`, each as its words' keys. */
  readonly expletive: readonly (readonly string[])[];
}

/**
 * How many words before a limit phrase a negation may turn it around ("cannot be sold before", "may not show until",
 * "Не се препоръчва употребата при деца под 12").
 */
const NEGATION_REACH = 6;

const tables = new WeakMap<LanguageProfile, Phrases | null>();

function phrasesOf(lang: LanguageProfile): Phrases | null {
  let table = tables.get(lang);
  if (table !== undefined) return table;
  const data = lang.limits;
  if (!data) table = null;
  else {
    const byLast = new Map<string, { words: string[]; bound: Bound; deadline?: boolean }[]>();
    const add = (phrases: readonly string[] | undefined, bound: Bound, deadline = false) => {
      for (const phrase of phrases ?? []) {
        const words = phrase.split(" ");
        const last = words[words.length - 1]!;
        byLast.set(last, [...(byLast.get(last) ?? []), { words, bound, ...(deadline ? { deadline } : {}) }]);
      }
    };
    add(data.upper, "upper");
    add(data.lower, "lower");
    add(data.neither, "neither");
    add(data.deadlines, "upper", true);
    for (const list of byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
    const byFirst = new Map<string, { words: string[]; bound: "upper" | "lower" }[]>();
    const addAfter = (phrases: readonly string[] | undefined, bound: "upper" | "lower") => {
      for (const phrase of phrases ?? []) {
        const words = phrase.split(" ");
        byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { words, bound }]);
      }
    };
    addAfter(data.upperAfter, "upper");
    addAfter(data.lowerAfter, "lower");
    for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    const months = new Set((lang.dates?.months ?? []).flat().map((m) => m.toLowerCase()));

    // "one" and "once" are numbers where a limit bounds them ("най-малко веднъж годишно", "at least one of"), though
    // elsewhere as often a pronoun or "when": the phrase before them says which.
    const ones = [...(lang.oneWords ?? []), ...(lang.onceWords?.words ?? [])].map((w) => [w.toLowerCase(), 1] as const);
    const wordValues = new Map([...Object.entries(lang.numberWords ?? {}).map(([w, v]) => [w.toLowerCase(), v] as const), ...ones]);
    const labelWords = lang.labelWords;
    table = {
      byLast,
      negations: new Set(data.negations),
      clauseOpeners: new Set(data.clauseOpeners),
      byFirst,
      numberWords: new Set(wordValues.keys()),
      wordValues,
      months,
      labelWords,
      prohibition: lang.negation?.prohibition ? new RegExp(`^(?:${lang.negation.prohibition})`, "iu") : undefined,
      expletive: (data.expletiveOpeners ?? []).map((o) => o.split(" ")),
    };
  }
  tables.set(lang, table);
  return table;
}

/** A number's key, or a number word's value ("две" is "2"): what a limit bounds; none for any other word. */
function numberKey(t: Matchable, phrases: Phrases): string | undefined {
  if (t.kind === "number") return t.key;
  const value = t.kind === "word" ? phrases.wordValues.get(t.key) : undefined;
  return value === undefined ? undefined : String(value);
}

/** Whether the number at `i` is a date's: a day before a month's name ("15 July"), or a year ("2030"). */
function dated(tokens: readonly Matchable[], i: number, phrases: Phrases): boolean {
  const key = tokens[i]!.key;
  if (/^\d{4}$/.test(key)) return Number(key) >= 1900 && Number(key) <= 2100;
  const next = tokens[i + 1];
  return /^\d{1,2}$/.test(key) && next !== undefined && next.kind === "word" && phrases.months.has(next.key);
}

/** A number bounded by the phrase before it: its bound, and the tokens from the phrase's first word to the number. */
interface Limit {
  readonly bound: "upper" | "lower";
  readonly tokens: readonly Matchable[];
  /** A negation stands shortly before the phrase: the bound is as the phrase says it, which the negation may turn around. */
  readonly negated: boolean;
  /**
   * That negation opens the sentence as a prohibition, no clause opening between ("Do not take more than 4 tablets",
   * "Не съхранявайте над 25 °C"): it certainly turns the bound around (at most 4; at most 25 °C).
   */
  readonly prohibited: boolean;
  /** A prohibited limit's tokens from where its sentence opens ("Do not take more than 4"): quoted where the prohibition is what turns it. */
  readonly clause?: readonly Matchable[];
}

/**
 * The numbers of one sentence's tokens that a limit phrase bounds, by value.
 * A currency code may stand between the phrase and the number ("more than
 * EUR 1,000"); a phrase may follow the number ("30 days or more"). A negation
 * shortly before the phrase may turn it around ("may not show until 2 days
 * later"): such a limit is marked `negated`. A value bounded both ways in the
 * sentence ("от 10 до 20 ... над 20") is no one limit: left out.
 */
function limitsIn(tokens: readonly Matchable[], phrases: Phrases, out: Map<string, Limit | null>): void {
  for (let i = 0; i < tokens.length; i++) {
    const before = i > 0 ? phraseBefore(tokens, i, phrases) : undefined;
    const after = before ? undefined : phraseAfter(tokens, i, phrases);
    // Most tokens bound nothing: nothing is made for them (asked of every token of every text).
    if (!before && !after) continue;
    const read = before
      ? {
          bound: before.bound,
          from: before.start,
          to: i + 1,
          opens: before.negatedBefore.kind === "prohibition" ? before.negatedBefore.at : -1,
          negated: before.negatedBefore.kind !== "none",
          prohibited: before.negatedBefore.kind === "prohibition",
        }
      : { bound: after!.bound, from: after!.from, to: after!.to, opens: -1, negated: false, prohibited: false };
    const key = numberKey(tokens[i]!, phrases)!;
    const seen = out.get(key);
    if (seen === null) continue;
    if (seen && (seen.bound !== read.bound || seen.negated !== read.negated || seen.prohibited !== read.prohibited)) out.set(key, null);
    else if (!seen)
      out.set(key, {
        bound: read.bound,
        tokens: tokens.slice(read.from, read.to),
        negated: read.negated,
        prohibited: read.prohibited,
        ...(read.opens >= 0 ? { clause: tokens.slice(read.opens, read.to) } : {}),
      });
  }
}

/** Words of a unit that may stand between a number and the phrase that bounds it after ("30 calendar days or more"). */
const UNIT_WORDS_BETWEEN = 2;

/**
 * The limit phrase after the number at `i` (`LimitData.upperAfter`,
 * `lowerAfter`), a unit's words or two between: its bound and the tokens from
 * the number to the phrase's end. Not where a number follows the phrase: "at
 * least 2 copies" bounds the 2, not the number before it.
 */
function phraseAfter(
  tokens: readonly Matchable[],
  i: number,
  phrases: Phrases,
): { bound: "upper" | "lower"; from: number; to: number } | undefined {
  if (tokens[i]!.kind !== "number" || phrases.byFirst.size === 0) return undefined;
  for (let start = i + 1; start <= i + 1 + UNIT_WORDS_BETWEEN && start < tokens.length; start++) {
    const first = tokens[start]!;
    if (first.kind !== "word") return undefined;
    const found = phrases.byFirst
      .get(first.key)
      ?.find((p) => start + p.words.length <= tokens.length && p.words.every((w, j) => tokens[start + j]!.key === w));
    if (!found) continue;
    const end = start + found.words.length;
    const next = tokens[end];
    if (next && (next.kind === "number" || phrases.numberWords.has(next.key))) return undefined;
    return { bound: found.bound, from: i, to: end };
  }
  return undefined;
}

/**
 * The limit phrase right before the number at `i` (a currency code may stand
 * between): its bound, where it starts, whether a negation is one of its
 * words ("не може да надвишава") and whether one stands shortly before it
 * ("may not show until"). None for a token that is no number, a phrase that
 * bounds nothing, or a deadline's word before no date.
 */
function phraseBefore(
  tokens: readonly Matchable[],
  i: number,
  phrases: Phrases,
): { bound: "upper" | "lower"; start: number; negatedWithin: boolean; negatedBefore: NegationAt } | undefined {
  if (numberKey(tokens[i]!, phrases) === undefined) return undefined;
  let end = i - 1;
  if (CURRENCY_CODES.has(tokens[end]!.surface) && end > 0) end--;
  // A day of the month as an ordinal after its article: "no later than the 5th day" (stranger 325: a deadline reversed passed).
  else if (end > 0 && tokens[end]!.key === "the" && ORDINAL_FIGURE.test(tokens[i]!.surface)) end--;
  const candidates = phrases.byLast.get(tokens[end]!.key);
  if (!candidates || tokens[end]!.kind !== "word") return undefined;
  const found = candidates.find(
    (p) => p.words.length <= end + 1 && p.words.every((w, j) => tokens[end - p.words.length + 1 + j]!.key === w),
  );
  if (!found || found.bound === "neither" || (found.deadline && !dated(tokens, i, phrases))) return undefined;
  const start = end - found.words.length + 1;
  const negatedWithin = found.words.some((w) => phrases.negations.has(w));
  // "освен ако размерът ѝ не надвишава 20 000": the phrase's negation an opener's, its bound the other way (stranger 297).
  const expletive = negatedWithin && afterExpletive(tokens, start, phrases);
  return {
    bound: expletive ? (found.bound === "upper" ? "lower" : "upper") : found.bound,
    start,
    negatedWithin,
    // A phrase that says its own no says it once: "нито една стойност не трябва да бъде по-ниска от 33" is no value below 33,
    // the "нито" before it agreeing with its "не", not turning it back (stranger 145).
    negatedBefore: negatedWithin ? NO_NEGATION : negatedBefore(tokens, start, phrases),
  };
}

/** A figure with an ordinal's ending ("5th", "21st"). */
const ORDINAL_FIGURE = /^\d{1,2}(?:st|nd|rd|th)$/u;

/** Words between an expletive opener and the phrase its negation opens ("освен ако размерът ѝ не надвишава"). */
const EXPLETIVE_REACH = 4;

/** Whether one of the language's expletive openers (`LimitData.expletiveOpeners`) ends within EXPLETIVE_REACH words before `start`. */
function afterExpletive(tokens: readonly Matchable[], start: number, phrases: Phrases): boolean {
  for (const opener of phrases.expletive)
    for (let end = start - 1; end >= Math.max(opener.length - 1, start - 1 - EXPLETIVE_REACH); end--)
      if (opener.every((w, j) => tokens[end - opener.length + 1 + j]?.key === w)) return true;
  return false;
}

/** No negation before a limit phrase; one within reach ("may not show until"), whose reach is a guess; one opening the sentence. */
type Negation = "none" | "near" | "prohibition";

/** A negation before a limit phrase, and where it stands. */
interface NegationAt {
  readonly kind: Negation;
  readonly at: number;
}

const NO_NEGATION: NegationAt = { kind: "none", at: -1 };

/**
 * Whether a negation stands within NEGATION_REACH words before `start`, no clause opening between ("not charged if ...
 * at most"); or opens the sentence as a prohibition does, in its first two words, with no clause opening before
 * `start` ("Do not leave food in the jug for longer than 24 hours": the whole clause is what is forbidden).
 */
function negatedBefore(tokens: readonly Matchable[], start: number, phrases: Phrases): NegationAt {
  // The sentence opens after its label ("Чл. 50.", "3.", "Article 4"): its words and numbers are none of its own.
  let opens = 0;
  while (opens < tokens.length && (tokens[opens]!.kind === "number" || phrases.labelWords.has(tokens[opens]!.key))) opens++;
  // Back from the phrase: a negation within reach says no, a clause opening first says nothing more.
  const reach = Math.max(0, start - NEGATION_REACH);
  for (let j = start - 1; j >= reach; j--) {
    const key = tokens[j]!.key;
    // A prohibition's place is where its sentence opens (quoted from there: "Do not take more than 4").
    if (phrases.negations.has(key))
      return j < opens + PROHIBITION_OPENS && prohibits(tokens, j, phrases) ? { kind: "prohibition", at: opens } : { kind: "near", at: j };
    if (phrases.clauseOpeners.has(key)) return NO_NEGATION;
  }
  // Beyond reach, only a prohibition opening the sentence, with no clause opening after it: the last opening before
  // the reach looked up, not scanned for (a line with no full stop is one sentence of tens of thousands of words).
  const lastOpener = reach > 0 ? openersOf(tokens, phrases)[reach - 1]! : -1;
  for (let j = Math.min(opens + PROHIBITION_OPENS, reach) - 1; j > lastOpener; j--)
    if (phrases.negations.has(tokens[j]!.key) && prohibits(tokens, j, phrases)) return { kind: "prohibition", at: opens };
  // Or after the sentence's subject, as the language's prohibitions are written ("must not"): "The device must not be used ... in rooms with humidity above 80%", whose
  // translation "Устройството не трябва да се използва ... под 80%" opens on its negation (stranger 203: one read as a
  // prohibition, the other not, and the reversed limit passed).
  for (let j = reach - 1; j > lastOpener && j >= opens + PROHIBITION_OPENS && j >= reach - SUBJECT_REACH; j--)
    if (phrases.negations.has(tokens[j]!.key) && prohibits(tokens, j, phrases)) return { kind: "prohibition", at: opens };
  return NO_NEGATION;
}

/** Words read after a negation, to tell a prohibition ("Не приемайте", "shall not keep") from a statement. */
const PROHIBITION_WORDS = 4;

/**
 * Whether the negation at `j` says a prohibition, as the language's prohibitions are written, read from it or the word
 * before it ("Do not", "shall not"): "Сградите не са обитавани повече от 60 дни" states a fact, and the translation's
 * "unoccupied for more than 60 days" is no reversal (stranger 87). A language without the data: any negation there.
 */
function prohibits(tokens: readonly Matchable[], j: number, phrases: Phrases): boolean {
  if (!phrases.prohibition) return true;
  const from = (start: number) =>
    tokens
      .slice(start, j + PROHIBITION_WORDS)
      .map((t) => t.surface)
      .join(" ");
  return phrases.prohibition.test(from(j)) || (j > 0 && phrases.prohibition.test(from(j - 1)));
}

/** Per token list, at each position the last clause opener at or before it (-1: none), made once. */
const openers = new KeptPerObject<readonly Matchable[], Int32Array>();
function openersOf(tokens: readonly Matchable[], phrases: Phrases): Int32Array {
  let out = openers.get(tokens);
  if (!out) {
    out = new Int32Array(tokens.length);
    let last = -1;
    for (let j = 0; j < tokens.length; j++) {
      if (phrases.clauseOpeners.has(tokens[j]!.key)) last = j;
      out[j] = last;
    }
    openers.set(tokens, out);
  }
  return out;
}

/** A negation among a sentence's first this many words opens it as a prohibition ("Do not", "Не", "Never"). */
const PROHIBITION_OPENS = 2;
/** Words before a limit's reach within which a modal's prohibition after a subject may still forbid the clause. */
const SUBJECT_REACH = 8;

/**
 * The numbers of one sentence's tokens bounded by a phrase with a negation:
 * one in the phrase ("не може да надвишава 10": its bound as listed), or
 * shortly before it ("не може да бъде по-малък от 1 000": turned around, a
 * floor). `limitsIn` leaves the second kind out, the negation's reach being
 * a guess; here it only excuses a negation (`negatedLimitsAnswered`).
 */
function negatedLimitsIn(tokens: readonly Matchable[], phrases: Phrases, out: Array<{ value: string; bound: "upper" | "lower" }>): void {
  for (let i = 1; i < tokens.length; i++) {
    const read = phraseBefore(tokens, i, phrases);
    if (read?.negatedWithin) out.push({ value: numberKey(tokens[i]!, phrases)!, bound: read.bound });
    else if (read && read.negatedBefore.kind !== "none")
      out.push({ value: numberKey(tokens[i]!, phrases)!, bound: read.bound === "upper" ? "lower" : "upper" });
  }
}

/**
 * Whether one side's negations that belong to its limits are all answered by
 * the other side's limits: the side bounds some number with a negated phrase
 * (`negatedLimitsIn`), and the other side bounds each such number the same
 * way ("не може да надвишава 10 %" / "capped at 10%"; "не може да бъде
 * по-малък от 1 000 лв." / "at least BGN 1,000"). Such a negation says a
 * limit, not a no: the negation check leaves it to this one. Reversed
 * ("не може да надвишава 10" / "at least 10"), it is not answered.
 */
export function negatedLimitsAnswered(
  mine: readonly (readonly Matchable[])[],
  myLang: LanguageProfile,
  other: readonly (readonly Matchable[])[],
  otherLang: LanguageProfile,
): boolean {
  const minePhrases = phrasesOf(myLang);
  const otherPhrases = phrasesOf(otherLang);
  if (!minePhrases || !otherPhrases) return false;
  const negated: Array<{ value: string; bound: "upper" | "lower" }> = [];
  for (const tokens of mine) negatedLimitsIn(tokens, minePhrases, negated);
  if (negated.length === 0) return false;
  const theirs = limitsOf(other, otherPhrases);
  return negated.every(({ value, bound }) => {
    const limit = theirs.get(value);
    return limit?.negated === false && limit.bound === bound;
  });
}

function limitsOf(segments: readonly (readonly Matchable[])[], phrases: Phrases): Map<string, Limit | null> {
  const out = new Map<string, Limit | null>();
  for (const tokens of segments) limitsIn(tokens, phrases, out);
  return out;
}

/** The limit as the text writes it ("не повече от 10", "more than €20"), or its tokens' surfaces where the text cannot be matched. */
function written(limit: Limit, text: string): string {
  const surfaces = limit.tokens.map((t) => t.surface);
  // Narrowed where the text allows: a case-insensitive `[^\p{L}\p{N}]` takes milliseconds to compile.
  const m = new NarrowablePattern(surfaces.map(escapeRegExp).join("[^\\p{L}\\p{N}]{1,3}"), "iu").exec(text);
  return m ? m[0] : surfaces.join(" ");
}

/** A comparison sign and the number after it ("p < 0,05", "≥ 18"): the bound it says, or "exact" for "=". */
const SIGN = /(<=|>=|[<>≤≥=])[ \t\u00a0\u202f]*(?=[\d.,]*\d)/gu;
type Sign = "upper" | "lower" | "exact";
const SIGN_BOUND: Readonly<Record<string, Sign>> = {
  "<": "upper",
  "<=": "upper",
  "≤": "upper",
  ">": "lower",
  ">=": "lower",
  "≥": "lower",
  "=": "exact",
};

/** A fraction's bar and denominator right after a number ("/100", "/1 000"). */
const FRACTION_REST = /^\/(\d[\d.,\u00a0\u202f ]*)/u;

/** A number a sign stands before: its value, its sign and both as written. */
interface Signed {
  readonly key: string;
  readonly sign: Sign;
  /** The bound leaves its value out ("<", ">"), where "≤", "≥" take it in. */
  readonly strict: boolean;
  readonly said: string;
}

/** Each number a sign stands before, by value (a value signed two ways in the text is left out), with the sign as written. */
function signedNumbers(list: readonly Signed[]): Map<string, Signed | null> {
  const out = new Map<string, Signed | null>();
  for (const signed of list) {
    const seen = out.get(signed.key);
    if (seen === null) continue;
    out.set(signed.key, seen && seen.sign !== signed.sign ? null : signed);
  }
  return out;
}

/** The numbers a sign stands before, in the text's order. */
function signedList(text: string, lang: LanguageProfile): Signed[] {
  const out: Signed[] = [];
  if (!/[<>≤≥=]/u.test(text)) return out;
  for (const m of text.matchAll(SIGN)) {
    const start = m.index + m[0].length;
    const number = tokenize(text.slice(start, start + 24), lang)[0];
    if (number?.kind !== "number") continue;
    // A fraction is one value: "≥1/100 до <1/10" bounds 1/100 and 1/10, not 1 two ways (stranger 116).
    const over = FRACTION_REST.exec(text.slice(start + number.surface.length, start + number.surface.length + 24));
    const denominator = over ? tokenize(over[1]!, lang)[0] : undefined;
    const [key, surface] =
      denominator?.kind === "number"
        ? [`${number.key}/${denominator.key}`, `${number.surface}/${denominator.surface}`]
        : [number.key, number.surface];
    out.push({ key, sign: SIGN_BOUND[m[1]!]!, strict: m[1] === "<" || m[1] === ">", said: `${m[1]} ${surface}` });
  }
  return out;
}

/**
 * The pairs of a source's and a translation's signed numbers whose signs differ: place by place where both sign the same
 * values in the same order (a frequency table's ranges: "≥1/100 to <1/10" bounds 1/10 one way, "very common (≥1/10)" the
 * other; stranger 116), else value by value where each side signs a value one way.
 */
function signsChanged(
  source: readonly Signed[],
  target: readonly Signed[],
  differ: (s: Signed, t: Signed) => boolean = (s, t) => s.sign !== t.sign,
): Array<[Signed, Signed]> {
  if (source.length === target.length && source.every((s, i) => s.key === target[i]!.key))
    return source.flatMap((s, i) => (differ(s, target[i]!) ? [[s, target[i]!] as [Signed, Signed]] : []));
  const theirs = signedNumbers(target);
  const changed: Array<[Signed, Signed]> = [];
  for (const [value, s] of signedNumbers(source)) {
    const t = theirs.get(value);
    if (s && t && differ(s, t)) changed.push([s, t]);
  }
  return changed;
}

/** Bounds of one direction, one of them taking its value in and the other not: "< 30" / "≤ 30" (stranger 272's criteria). */
const strictnessDiffers = (s: Signed, t: Signed) => s.sign === t.sign && s.sign !== "exact" && s.strict !== t.strict;

/**
 * A comparison sign turned around before the same number: "p < 0,05" translated "p > 0.05", "≤ 5" as "≥ 5" (an
 * error: the result reversed), or an exact value made a bound, "p = 0,021" as "p < 0.021" (a warning). Signs are
 * the same in every language.
 */
export const signsReversed: Check = {
  name: "a comparison sign reversed",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const signed = signedList(ctx.source.text(link.source), ctx.source.lang);
    const target = signedList(ctx.target.text(link.target), ctx.target.lang);
    // A bound on an amount the translation converts compares by its value there ("≥ 10 g/dl" / "≤ 100 g/l"; stranger 280).
    const keys = new Set(target.map((t) => t.key));
    const units = signed.some((s) => !keys.has(s.key)) && target.length > 0 ? convertedValues(ctx, link, ctx.linkTokens(k)) : undefined;
    const source = signed.map((s) => (keys.has(s.key) || !units?.has(s.key) ? s : { ...s, key: units.get(s.key)! }));
    if (source.length === 0) return toleranceLost(ctx.source.text(link.source), ctx.target.text(link.target));
    const changed = signsChanged(source, target);
    if (changed.length === 0) {
      // A bound made inclusive or exclusive: in a trial's criteria or a specification, who or what the limit lets in.
      const loosened = signsChanged(source, target, strictnessDiffers);
      if (loosened.length > 0)
        return {
          type: "numbers",
          severity: "warning",
          reason: `the bound ${loosened.every(([s]) => s.strict) ? "takes its value in" : loosened.every(([s]) => !s.strict) ? "leaves its value out" : "is changed"}: the translation says ${loosened.map(([, t]) => `"${t.said}"`).join(", ")} where the source says ${loosened.map(([s]) => `"${s.said}"`).join(", ")}`,
          evidence: { source: loosened.map(([s]) => s.said), target: loosened.map(([, t]) => t.said) },
        } satisfies Flag;
      return toleranceLost(ctx.source.text(link.source), ctx.target.text(link.target));
    }
    const reversed = changed.some(([s, t]) => s.sign !== "exact" && t.sign !== "exact");
    const sourceSaid = changed.map(([s]) => s.said);
    const targetSaid = changed.map(([, t]) => t.said);
    return {
      type: "numbers",
      severity: reversed ? "error" : "warning",
      reason: `${reversed ? "the limit is reversed" : "the comparison is changed"}: the translation says ${targetSaid.map((w) => `"${w}"`).join(", ")} where the source says ${sourceSaid.map((w) => `"${w}"`).join(", ")}`,
      evidence: { source: sourceSaid, target: targetSaid },
    } satisfies Flag;
  },
};

/**
 * A tolerance: a plus-minus sign, or its words, before a number ("± 5 mm", "+/- 5", "plus or minus 5", "плюс-минус 5",
 * "плюс/минус 5"; stranger 245).
 */
const TOLERANCE =
  /(?:±|\+\s?\/\s?[-−]|\+[-−]|plus(?:\s+or\s+|\s*[/-]\s*)minus|плюс(?:\s+или\s+|\s*[/-]\s*|\s+)минус)\s*(\d+(?:[.,]\d+)?)/giu;

/** How many times `text` writes the figure `v` outside a tolerance ("3" of "Визита 3", not of "± 3"). */
function bareCount(text: string, v: number): number {
  const signed = new Set([...text.matchAll(TOLERANCE)].map((m) => m.index + m[0].length));
  return [...text.matchAll(/\d+(?:[.,]\d+)?/gu)].filter((n) => Number(n[0].replace(",", ".")) === v && !signed.has(n.index + n[0].length))
    .length;
}

/**
 * A tolerance of the source whose number the translation gives with no plus-minus sign: a symmetric tolerance made
 * a figure of no sign ("± 5 mm" / "5 mm"; stranger 175). A warning: the figure is there.
 */
function toleranceLost(source: string, target: string): Flag | undefined {
  if (!/±|\+\s?\/?\s?-|плюс|plus/iu.test(source)) return undefined;
  const value = (v: string) => Number(v.replace(",", "."));
  const kept = new Set([...target.matchAll(TOLERANCE)].map((m) => value(m[1]!)));
  for (const m of source.matchAll(TOLERANCE)) {
    const v = value(m[1]!);
    if (kept.has(v)) continue;
    // The figure there, bare, more often than the source has it bare: the sign lost (another figure is the numbers
    // check's; "Визита 3 ... ± 3 дни" / "Visit 3 ... ± 2 days" has the visit's 3 both sides; stranger 272).
    if (bareCount(target, v) <= bareCount(source, v)) continue;
    // A mean's spread said as its standard deviation, as journals write it ("42,6 ± 9,8" / "42.6 (SD = 9.8)"; stranger 369).
    if (
      new RegExp(
        `(?:SD|s\\.d\\.|standard deviation|стандартно отклонение)\\s*[=:]?\\s*${m[1]!.replace(/[.,]/u, "[.,]")}(?!\\d)`,
        "iu",
      ).test(target)
    )
      continue;
    return {
      type: "numbers",
      severity: "warning",
      reason: `the translation has ${m[1]} with no plus-minus sign where the source says "${m[0]}": a tolerance lost?`,
      evidence: { source: [m[0]], target: [m[1]!] },
    };
  }
  return undefined;
}

/**
 * The same number bounded one way in the source and the other way in the
 * translation: an error naming both ("the translation says "more than 10"
 * where the source says "не повече от 10""). A limit one side leaves out
 * ("до 10 дни", "10 days") is a paraphrase or an omission no phrase shows:
 * not flagged; nor is a bound made strict or loose ("до 10", "less than 10"),
 * nor a link whose numbers traded places ("минимум 5 лв., максимум 200 лв." /
 * "minimum BGN 200, maximum BGN 5": each bound the other way is the swap's doing).
 */
/** The source's amounts by value, each to the value of the translation's amount that converts it to another unit ("9.0" g/dL: "90" g/l). */
function convertedValues(ctx: ReviewContext, link: Link, lt: LinkTokens): ReadonlyMap<string, string> {
  const mine = amountsOf(ctx.source.side.segments, link.source, lt.sourceSegments, ctx.source.lang);
  const theirs = amountsOf(ctx.target.side.segments, link.target, lt.targetSegments, ctx.target.lang);
  const out = new Map<string, string>();
  const masses = namedMasses(ctx, link);
  for (const a of mine) for (const b of theirs) if (a.key !== b.key && a.unit !== b.unit && converted(a, b, masses)) out.set(a.key, b.key);
  return out;
}

export const limits: Check = {
  name: "a limit reversed",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    if (earlier.some((f) => f.type === "numbers" && f.reason.startsWith(SWAPPED))) return undefined;
    const sourcePhrases = phrasesOf(ctx.source.lang);
    const targetPhrases = phrasesOf(ctx.target.lang);
    if (!sourcePhrases || !targetPhrases) return undefined;
    const lt = ctx.linkTokens(k);
    // Digits or a number's word ("не повече от две кучета"), on each side.
    const counts = (tokens: readonly Matchable[], phrases: Phrases) => tokens.some((t) => numberKey(t, phrases) !== undefined);
    if (!counts(lt.source, sourcePhrases) || !counts(lt.target, targetPhrases)) return undefined;
    const source = limitsOf(lt.sourceSegments, sourcePhrases);
    if (source.size === 0) return undefined;
    const target = limitsOf(lt.targetSegments, targetPhrases);
    const reversed: [Limit, Limit][] = [];
    // A bound a negation stands before on one side only is not compared where the negation's reach is a guess. On both
    // sides ("Не се препоръчва при деца под 12" / "not recommended for children over 12"), each turns its bound alike; a
    // prohibition opening the sentence turns it for certain ("Do not take more than 4" / "Приемайте не по-малко от 4").
    // Not where the side with no negation before its bound has one elsewhere: "Не се допуска забава повече от 10 дни" / "A
    // delay of more than 10 days is not allowed".
    const sourceText = ctx.source.text(link.source);
    const targetText = ctx.target.text(link.target);
    // Nor where a semicolon or a colon ends the prohibition's clause before the bound: "Do not connect ... to the sewer;
    // leave an air gap of at least 25 mm" bounds the gap, no prohibition (stranger 284: "the limit is reversed").
    const prohibitionReaches = (l: Limit, text: string) =>
      l.clause === undefined || !/[;:]/u.test(written({ ...l, tokens: l.clause }, text));
    const prohibitionCompared = (negated: Limit, other: "source" | "target") =>
      negated.prohibited &&
      prohibitionReaches(negated, other === "source" ? targetText : sourceText) &&
      !(other === "source" ? lt.sourceSegments : lt.targetSegments).some((tokens) =>
        negationOutsidePhrases(tokens, other === "source" ? sourcePhrases : targetPhrases),
      );
    let units: ReadonlyMap<string, string> | undefined;
    for (const [value, s] of source) {
      // A bound on an amount the translation converts ("at least 9.0 g/dL" / "най-много 90 g/l"; stranger 195): its value there.
      if (!target.has(value)) units ??= convertedValues(ctx, link, lt);
      const t = target.get(value) ?? target.get(units?.get(value) ?? "");
      if (!s || !t) continue;
      const spans = spansTurned(
        { lang: ctx.source.lang, text: sourceText, limit: s },
        { lang: ctx.target.lang, text: targetText, limit: t },
      );
      if (spans !== undefined) {
        if (spans) reversed.push([s, t]);
      } else if (
        s.negated === t.negated
          ? s.bound !== t.bound
          : prohibitionCompared(s.negated ? s : t, s.negated ? "target" : "source") &&
            boundOf(s) !== boundOf(t) &&
            // The same bound on both sides, the prohibition before it said on one only ("Do not give to children under 12" /
            // "Давайте на деца под 12"): the negation lost is the negation check's to say, not a limit reversed (stranger 176).
            // Not where a phrase says more than a preposition: "Do not take more than 4" / "Приемайте не по-малко от 4", "най-малко 4".
            (s.bound !== t.bound || phraseSaysMore(s, ctx.source.lang) || phraseSaysMore(t, ctx.target.lang))
      )
        reversed.push([s, t]);
    }
    if (reversed.length === 0) return undefined;
    // A deadline before an event is a floor on the notice: "не по-късно от 3 дни предварително" is "at least 3 days in advance".
    // Only a deadline's phrase (`deadlineBefore`) turns so: "at most 14 days in advance" for "най-малко 14 дни предварително"
    // is a reversal (stranger 84's loan agreement).
    const advance = (lang: LanguageProfile, text: string) => explicitPhrases(lang).advance.some((p) => p.test(text));
    const deadline = ([s, t]: [Limit, Limit]) => {
      const [upper, lang, text] = s.bound === "upper" ? [s, ctx.source.lang, sourceText] : [t, ctx.target.lang, targetText];
      const said = written(upper, text).toLowerCase();
      return (lang.limits?.deadlineBefore ?? []).some((p) => said.startsWith(`${p} `));
    };
    if (advance(ctx.source.lang, sourceText) && advance(ctx.target.lang, targetText) && reversed.every(deadline)) return undefined;
    // So is a deadline a span before an event, against a floor on that span: "до 30 дни преди изтичане на срока" / "at least
    // 30 days before the term expires".
    const notice = ([s, t]: [Limit, Limit]) =>
      noticeBeforeEvent({ lang: ctx.source.lang, text: sourceText, limit: s }, { lang: ctx.target.lang, text: targetText, limit: t });
    if (reversed.every(notice)) return undefined;
    // A bound turned by a prohibition on one side only is quoted with it: "Do not take more than 4".
    const quoted = (l: Limit, other: Limit, text: string) =>
      written(l.negated !== other.negated && l.clause ? { ...l, tokens: l.clause } : l, text);
    const sourceSaid = reversed.map(([s, t]) => quoted(s, t, sourceText));
    const targetSaid = reversed.map(([s, t]) => quoted(t, s, targetText));
    return {
      type: "numbers",
      severity: "error",
      reason: `the limit is reversed: the translation says ${targetSaid.map((w) => `"${w}"`).join(", ")} where the source says ${sourceSaid.map((w) => `"${w}"`).join(", ")}`,
      evidence: { source: sourceSaid, target: targetSaid },
    } satisfies Flag;
  },
};

/** Whether a sentence has a negation that is no word of a limit phrase ("не по-малко от 4" has none). */
function negationOutsidePhrases(tokens: readonly Matchable[], phrases: Phrases): boolean {
  const within = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    const read = phraseBefore(tokens, i, phrases);
    if (read) within.fill(1, read.start, i);
  }
  return tokens.some((t, j) => !within[j] && phrases.negations.has(t.key));
}

/** The bound a limit sets, its negation's turn taken. */
/**
 * Whether a limit's phrase is more than a preposition: a word of its language's explicit phrases or comparatives ("more
 * than", "най-малко"), or a particle of negation ("не по-малко от"). "under 12" and "под 12" translate each other.
 */
function phraseSaysMore(limit: Limit, lang: LanguageProfile): boolean {
  const words = explicitPhrases(lang).words;
  return phraseSaysNo(limit, lang) || limit.tokens.some((t) => t.kind === "word" && words.has(t.surface.toLowerCase()));
}

/** Whether a limit's phrase has a word of its language's particles of negation ("не по-малко от", "no more than"). */
function phraseSaysNo(limit: Limit, lang: LanguageProfile): boolean {
  let pattern = particlePatterns.get(lang);
  if (pattern === undefined) {
    const particles = lang.negation?.particles;
    pattern = particles ? new RegExp(`^(?:${particles})$`, "iu") : null;
    particlePatterns.set(lang, pattern);
  }
  return pattern !== null && limit.tokens.some((t) => t.kind === "word" && pattern.test(t.surface));
}
const particlePatterns = new WeakMap<LanguageProfile, RegExp | null>();

function boundOf(limit: Limit): "upper" | "lower" {
  return limit.negated === (limit.bound === "upper") ? "lower" : "upper";
}

/** Words between a bound's number and a word of time before an event, at most: its unit ("30 calendar days before"). */
const BEFORE_REACH = 3;

interface SaidLimit {
  readonly lang: LanguageProfile;
  readonly text: string;
  readonly limit: Limit;
}

/**
 * Whether two limits the other way round are a deadline before an event on one side (its phrase one of the language's
 * `deadlineBefore`: "до 30 дни преди", "no later than 30 days before") and a floor on the same span before it on the
 * other ("at least 30 days before", "не по-малко от 30 дни преди"): the same notice. "up to 30 days before" is not.
 */
function noticeBeforeEvent(a: SaidLimit, b: SaidLimit): boolean {
  const [upper, lower] = a.limit.bound === "upper" ? [a, b] : [b, a];
  if (upper.limit.bound !== "upper" || lower.limit.bound !== "lower") return false;
  const said = written(upper.limit, upper.text).toLowerCase();
  if (!(upper.lang.limits?.deadlineBefore ?? []).some((p) => said.startsWith(`${p} `))) return false;
  // A floor on the point in time, not on the span: "не по-рано от 10 дни преди" is at most 10 days before (stranger 92).
  const floor = written(lower.limit, lower.text).toLowerCase();
  if ((lower.lang.limits?.notEarlier ?? []).some((p) => floor.startsWith(`${p} `))) return false;
  return beforeAfter(upper) && beforeAfter(lower);
}

/**
 * The bounds a limit can set on the span before an event: a point in time compared (`LimitData.pointInTime`) bounds it
 * the other way ("по-късно от 48 часа преди пристигането" is less than 48 hours before arrival, stranger 123); a
 * deadline's word that is also an amount's ("до 30 дни преди": by, or up to) either way. Undefined before no event.
 */
function spanBounds(said: SaidLimit): Bound[] | undefined {
  if (!beforeAfter(said)) return undefined;
  const phrase = written(said.limit, said.text).toLowerCase();
  const bound = boundOf(said.limit);
  if ((said.lang.limits?.pointInTime ?? []).some((p) => phrase.startsWith(`${p} `))) return [bound === "upper" ? "lower" : "upper"];
  if ((said.lang.limits?.deadlineBefore ?? []).some((p) => phrase.startsWith(`${p} `))) return ["upper", "lower"];
  return [bound];
}

/**
 * Whether two limits on the same span before an event bound it the other way round, where one of them compares a point
 * in time; undefined where neither does (the bounds are compared as they are written).
 */
function spansTurned(source: SaidLimit, target: SaidLimit): boolean | undefined {
  if (source.limit.negated !== target.limit.negated) return undefined;
  const pointed = (said: SaidLimit) =>
    (said.lang.limits?.pointInTime ?? []).some((p) => written(said.limit, said.text).toLowerCase().startsWith(`${p} `));
  if (!pointed(source) && !pointed(target)) return undefined;
  const s = spanBounds(source);
  const t = spanBounds(target);
  if (!s || !t) return undefined;
  return !s.some((b) => t.includes(b));
}

/** Whether a word of time before an event (`LimitData.beforeEvent`) follows the limit's number within `BEFORE_REACH` words. */
function beforeAfter({ lang, text, limit }: SaidLimit): boolean {
  const said = written(limit, text);
  const at = text.toLowerCase().indexOf(said.toLowerCase());
  if (at < 0) return false;
  const words = text
    .slice(at + said.length)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w !== "")
    .slice(0, BEFORE_REACH + 2);
  const window = ` ${words.join(" ")} `;
  return (lang.limits?.beforeEvent ?? []).some((p) => {
    const found = window.indexOf(` ${p} `);
    return (
      found >= 0 &&
      window
        .slice(0, found)
        .trim()
        .split(" ")
        .filter((w) => w !== "").length <= BEFORE_REACH
    );
  });
}

/** The explicit bound phrases of a language (`LimitData.explicit`), and every word of four letters or more of its limit phrases. */
interface ExplicitBounds {
  readonly phrases: ReadonlySet<string>;
  /** `phrases` as patterns, to find one anywhere in a text. */
  readonly patterns: readonly RegExp[];
  /** The phrases that bound the number before them (`upperAfter`, `lowerAfter`). */
  readonly after: readonly string[];
  readonly words: ReadonlySet<string>;
  readonly comparative: RegExp | undefined;
  /** `LimitData.advance` as patterns. */
  readonly advance: readonly RegExp[];
}
const explicitOf = new WeakMap<LanguageProfile, ExplicitBounds>();
function explicitPhrases(lang: LanguageProfile): ExplicitBounds {
  let out = explicitOf.get(lang);
  if (!out) {
    const data = lang.limits;
    // The explicit phrases' words and the comparatives' ("more than", "повече от"): words that bound wherever they stand.
    // Not those of time ("before", "after", "within"), which relate as often as they bound ("2 hours before taking").
    const comparatives = [...(data?.upper ?? []), ...(data?.lower ?? [])].filter((p) => / (?:than|от)$/u.test(p));
    const phrases = new Set((data?.explicit ?? []).map((p) => p.toLowerCase()));
    out = {
      comparative: data?.comparative ? new RegExp(data.comparative, "iu") : undefined,
      phrases,
      patterns: [...phrases].map(phrasePattern),
      after: [...(data?.upperAfter ?? []), ...(data?.lowerAfter ?? [])],
      advance: (data?.advance ?? []).map(phrasePattern),
      // Not the modals and negations of the phrases a negation makes ("shall not be more than"), nor "than".
      words: new Set(
        [...(data?.explicit ?? []), ...comparatives]
          .map((p) => p.toLowerCase().split(" "))
          .filter((words) => !words.some((w) => (data?.negations ?? []).includes(w)))
          .flat()
          .filter((w) => w.length >= 4 && w !== "than"),
      ),
    };
    explicitOf.set(lang, out);
  }
  return out;
}

/** A pattern finding `phrase` as whole words, case aside. */
function phrasePattern(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase).replace(/ /gu, "\\s+")}(?![\\p{L}\\p{N}])`, "iu");
}

/** A bound said as a noun or a sign: "the maximum dose is 8", "10+ minutes", "максималната доза". */
const BOUND_WORD =
  /(?<![\p{L}])(?:max|min)(?:imum|imal|imally|ima)?(?![\p{L}])|(?<![\p{L}])(?:максим|миним|надвиш|надхвърл|огранич|exceed|limit)\p{L}*|\d\s?\+/iu;

/**
 * A bound left out: the source bounds a number with a phrase that says nothing else ("най-малко 2 часа", "up to
 * 10 employees"), and the translation gives the number with no bound at all, nor a comparison sign ("2 hours").
 * A warning: the translation may bound it in words the language data do not hold ("2 hours or longer" is read).
 */
export const limitLeftOut: Check = {
  name: "a limit left out",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    if (earlier.some((f) => f.type === "numbers" || f.type === "units" || f.type === "untranslated")) return undefined;
    const sourceBounds = explicitPhrases(ctx.source.lang);
    const explicit = sourceBounds.phrases;
    const sourcePhrases = phrasesOf(ctx.source.lang);
    const targetPhrases = phrasesOf(ctx.target.lang);
    if (explicit.size === 0 || !sourcePhrases || !targetPhrases) return undefined;
    const lt = ctx.linkTokens(k);
    if (!lt.source.some((t) => t.kind === "number") || !lt.target.some((t) => t.kind === "number")) return undefined;
    const source = limitsOf(lt.sourceSegments, sourcePhrases);
    if (source.size === 0) return undefined;
    // Any bound of the translation's, a word of one, a sign, may say it otherwise ("the maximum dose is 8", "10+ minutes"):
    // only a sentence with none is judged.
    const targetText = ctx.target.text(link.target);
    if (limitsOf(lt.targetSegments, targetPhrases).size > 0 || /[<>≤≥]/u.test(targetText) || BOUND_WORD.test(targetText)) return undefined;
    const targetBounds = explicitPhrases(ctx.target.lang);
    if (lt.target.some((t) => t.kind === "word" && targetBounds.words.has(t.surface.toLowerCase()))) return undefined;
    // A comparison in other words ("no warmer than", "or lighter"), or an explicit phrase anywhere ("up to a total of BGN 5,000").
    if (targetBounds.comparative?.test(targetText) || targetBounds.patterns.some((p) => p.test(targetText))) return undefined;
    const targetNumbers = new Set(lt.target.flatMap((t) => (t.kind === "number" ? [t.key] : [])));
    const sourceText = ctx.source.text(link.source);
    for (const [value, s] of source) {
      if (!s || s.negated || !targetNumbers.has(value)) continue;
      const phrase = s.tokens
        .filter((t) => t.kind === "word")
        .map((t) => t.surface.toLowerCase())
        .join(" ");
      // A phrase before the number ("най-малко 2") or after it, past the unit's words ("82 dB най-много", "24 месеца или повече").
      if (!explicit.has(phrase) && !sourceBounds.after.some((p) => phrase === p || phrase.endsWith(` ${p}`))) continue;
      const said = written(s, sourceText);
      const bare = lt.target.find((t) => t.kind === "number" && t.key === value)!.surface;
      return {
        type: "numbers",
        severity: "warning",
        reason: `the translation has ${bare} with no limit where the source says "${said}": limit left out?`,
        evidence: { source: [said], target: [bare] },
      } satisfies Flag;
    }
    return undefined;
  },
};
