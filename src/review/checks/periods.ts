/**
 * An amount per another period: "3 % годишно" translated "3% per month", "2 таблетки 3 пъти дневно" translated
 * "3 times a week". The number is the same on both sides, so the numbers check sees nothing.
 */
import { CURRENCY_CODES, isUnitSymbol, type LanguageProfile } from "../../lang/index.js";
import type { Matchable } from "../../score/index.js";
import type { Flag } from "../../types.js";
import { perLanguage } from "../memo.js";
import { tokenSpans } from "../tokens.js";
import type { Check } from "./types.js";

/** A language's period phrases and number words, read once. */
interface PeriodWords {
  /** The period phrases as word lists, longest first, each with its period. */
  readonly phrases: ReadonlyArray<{ readonly words: readonly string[]; readonly period: string }>;
  /** The first word of every phrase: a link whose source has none of them says no period (most links). */
  readonly firstWords: ReadonlySet<string>;
  /** The language's number words and its words for once, with their values as written in figures. */
  readonly numberWords: ReadonlyMap<string, string>;
  /** The words for once that are no number words ("веднъж", "once"): counted apart from the figure 1. */
  readonly onceWords: ReadonlySet<string>;
  /** The language's units of two words, lowercase ("per cent"). */
  readonly twoWordUnits: ReadonlySet<string>;
}

const periodWordsOf = perLanguage((lang: LanguageProfile): PeriodWords => {
  const phrases = Object.entries(lang.periods ?? {})
    .flatMap(([period, list]) => (list ?? []).map((p) => ({ words: p.split(" "), period })))
    .sort((a, b) => b.words.length - a.words.length);
  const numberWords = new Map<string, string>();
  for (const w of lang.onceWords?.words ?? []) numberWords.set(w, "1");
  // A number word that is also a word for once keeps its own value, as it was read before.
  for (const [w, v] of Object.entries(lang.numberWords ?? {})) numberWords.set(w, String(v));
  const onceWords = new Set((lang.onceWords?.words ?? []).filter((w) => !Object.hasOwn(lang.numberWords ?? {}, w)));
  const twoWordUnits = new Set(
    Object.values(lang.units)
      .flat()
      .filter((w) => w.split(" ").length === 2)
      .map((w) => w.toLowerCase()),
  );
  return { phrases, firstWords: new Set(phrases.map((p) => p.words[0]!)), numberWords, onceWords, twoWordUnits };
});

/** Words read after a number for its period: a unit's word or two between ("3 пъти дневно", "25 лв. на месец"). */
const REACH = 3;

/** A number written once on its side with the period phrase after it: the tokens from the number to the phrase's end. */
interface PerPeriod {
  readonly key: string;
  readonly period: string;
  readonly from: number;
  readonly to: number;
}

/**
 * The same number, written once on each side, said per one period in the
 * source and per another in the translation: an error quoting both ("the
 * translation says 3% per month where the source says 3 % годишно"). A
 * period on one side only is not flagged: "3 % годишна лихва" and "an annual
 * interest of 3%" put it before the number.
 */
export const periods: Check = {
  name: "another period",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const lt = ctx.linkTokens(k);
    const source = perPeriod(lt.source, ctx.source.lang);
    if (source.length === 0) return undefined;
    const target = perPeriod(lt.target, ctx.target.lang);
    for (const a of source) {
      const b = target.find((t) => t.key === a.key);
      if (!b || b.period === a.period) continue;
      const [s, t] = [spanText(ctx.source.text(link.source), lt.source, a), spanText(ctx.target.text(link.target), lt.target, b)];
      return {
        type: "units",
        severity: "error",
        reason: `the translation says ${t} where the source says ${s}: another period`,
        evidence: { source: [s], target: [t] },
      } satisfies Flag;
    }
    return undefined;
  },
};

function perPeriod(tokens: readonly Matchable[], lang: LanguageProfile): PerPeriod[] {
  if (!lang.periods) return [];
  const { phrases, firstWords, numberWords, onceWords, twoWordUnits } = periodWordsOf(lang, "");
  if (!tokens.some((t) => t.kind === "word" && firstWords.has(t.key))) return [];
  // A number in figures, or one word of the language's numbers ("два пъти дневно", "twice a week", "once a month").
  const numberOf = (t: Matchable): string | undefined =>
    t.kind === "number" ? t.key : t.kind === "word" ? numberWords.get(t.key) : undefined;
  // "8 (осем) часа дневно": a figure written out again after it, in a contract's brackets, is the same number (stranger 139).
  const echo = (j: number) =>
    j > 0 && tokens[j]!.kind === "word" && tokens[j - 1]!.kind === "number" && numberOf(tokens[j]!) === tokens[j - 1]!.key;
  // A word for once is counted apart from the figure 1: "по 1 таблетка веднъж седмично" says each once (stranger 215).
  const countedAs = (t: Matchable, v: string) => (t.kind === "word" && onceWords.has(t.key) ? `once ${v}` : v);
  const seen = new Map<string, number>();
  tokens.forEach((t, j) => {
    const v = numberOf(t);
    if (v !== undefined && !echo(j)) seen.set(countedAs(t, v), (seen.get(countedAs(t, v)) ?? 0) + 1);
  });
  const out: PerPeriod[] = [];
  tokens.forEach((t, i) => {
    const key = numberOf(t);
    if (key === undefined || seen.get(countedAs(t, key)) !== 1 || echo(i)) return;
    // A currency code before the number is the amount's: "BGN 25 a year".
    const from = i > 0 && CURRENCY_CODES.has(tokens[i - 1]!.surface) ? i - 1 : i;
    for (let j = i + 1; j <= i + 1 + REACH && j < tokens.length && (numberOf(tokens[j]!) === undefined || echo(j)); j++) {
      if (echo(j)) continue;
      const found = phrases.find((p) => p.words.every((w, n) => tokens[j + n]?.kind === "word" && tokens[j + n]!.key === w));
      if (found) {
        out.push({ key, period: found.period, from, to: j + found.words.length - 1 });
        return;
      }
      // Only a unit's or a currency's words stand between: "3 % се начислява ежемесечно" says how often it is charged.
      // A unit of two words counts as one ("3.5 per cent per month"; stranger 314).
      if (isUnitSymbol(tokens[j]!.surface, lang.units)) continue;
      if (j + 1 < tokens.length && twoWordUnits.has(`${tokens[j]!.key} ${tokens[j + 1]!.key}`)) j++;
      else return;
    }
  });
  return out;
}

/** The text from token `from` to token `to` as written ("3 % годишно"), found word by word in `text`. */
function spanText(text: string, tokens: readonly Matchable[], at: PerPeriod): string {
  const spans = tokenSpans(text, tokens, at.to + 1);
  return spans[at.from]!.found
    ? text.slice(spans[at.from]!.start, spans[at.to]!.end)
    : tokens
        .slice(at.from, at.to + 1)
        .map((t) => t.surface)
        .join(" ");
}
