/**
 * A change said the other way: "Приходите нараснаха с 12,5 %" translated "Revenue fell by 12.5%". Every number is
 * on both sides and no negation is dropped, so no other check sees it.
 */
import { narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import type { Matchable } from "../../score/index.js";
import type { Flag } from "../../types.js";
import { perLanguage } from "../memo.js";
import { clip, round } from "../text.js";
import { tokenSpans } from "../tokens.js";
import { followsClosely } from "./negation.js";
import type { Check } from "./types.js";

/** The most of the sentence from the word of change on that a reason quotes. */
const QUOTED_CHARS = 40;
/** Words before a word of change within which a negation turns it ("не се повишиха", "did not rise", "няма да бъдат увеличени"). */
const NEGATION_REACH = 3;

type Way = "up" | "down";

/** A language's words of change: whole words, and beginnings of words by their first two characters (most words have none). */
interface Words {
  readonly whole: ReadonlyMap<string, Way>;
  readonly starts: ReadonlyMap<number, ReadonlyArray<readonly [string, Way]>>;
  /** Words that say a way only right before a number ("up 4.3%", "down 2%": `word#` in the data). */
  readonly beforeNumber: ReadonlyMap<string, Way>;
  /** Words that say a way only right after one ("с 4,3% по-малко", "с 4,3% повече": `word@`). */
  readonly afterNumber: ReadonlyMap<string, Way>;
  /** Words that say a way only with a figure right after them or a word after it ("се забави до 3,7%": `word~`). */
  readonly nearNumber: ReadonlyMap<string, Way>;
  /** The words of a change's size (`directions.by`): an `afterNumber` word before one and a figure says its way too. */
  readonly by: ReadonlySet<string>;
}

const wordsOf = perLanguage((lang: LanguageProfile): Words | null => {
  const d = lang.directions;
  if (!d) return null;
  const whole = new Map<string, Way>();
  const starts = new Map<number, Array<readonly [string, Way]>>();
  const beforeNumber = new Map<string, Way>();
  const afterNumber = new Map<string, Way>();
  const nearNumber = new Map<string, Way>();
  for (const [way, list] of [["up", d.up] as const, ["down", d.down] as const])
    for (const w of list) {
      if (w.endsWith("#")) beforeNumber.set(w.slice(0, -1), way);
      else if (w.endsWith("~")) nearNumber.set(w.slice(0, -1), way);
      else if (w.endsWith("@")) afterNumber.set(w.slice(0, -1), way);
      else if (!w.endsWith("*")) whole.set(w, way);
      else {
        const start = w.slice(0, -1);
        const at = pairCode(start);
        starts.set(at, [...(starts.get(at) ?? []), [start, way]]);
      }
    }
  return { whole, starts, beforeNumber, afterNumber, nearNumber, by: new Set(d.by ?? []) };
});

/** A word's first two UTF-16 units as one number. */
function pairCode(word: string): number {
  return word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

/** Which way a word (a token's key, lowercase) says a change goes, if any. */
function wayOf(words: Words, key: string): Way | undefined {
  const way = words.whole.get(key);
  if (way !== undefined || key.length < 2) return way;
  const list = words.starts.get(pairCode(key));
  if (list) for (const [start, w] of list) if (key.startsWith(start)) return w;
  return undefined;
}

/** Which way word token i says a change goes, if any: a word of change, or one that says so beside its figure (`word#`, `word@`, `word~`). */
function tokenWay(words: Words, tokens: readonly Matchable[], i: number): Way | undefined {
  const key = tokens[i]!.key;
  return (
    wayOf(words, key) ??
    (tokens[i + 1]?.kind === "number" ? words.beforeNumber.get(key) : undefined) ??
    (tokens[i - 1]?.kind === "number" ? words.afterNumber.get(key) : undefined) ??
    // "по-ниски с 11,9 %": the size said after the word (stranger 199).
    (tokens[i + 2]?.kind === "number" && words.by.has(tokens[i + 1]?.key ?? "") ? words.afterNumber.get(key) : undefined) ??
    (tokens[i + 1]?.kind === "number" || tokens[i + 2]?.kind === "number" ? words.nearNumber.get(key) : undefined)
  );
}

/**
 * Whether a negation stands within NEGATION_REACH words before token i ("не се повишиха"); a compound's negative prefix
 * ("non-performing loans increased", "non-current assets") names a thing: it turns no change.
 */
function negatedAt(tokens: readonly Matchable[], i: number, lang: LanguageProfile): boolean {
  for (let j = Math.max(0, i - NEGATION_REACH); j < i; j++)
    if (tokens[j]!.kind === "word" && !tokens[j]!.key.includes("-") && saysNo(lang, tokens[j]!.key)) return true;
  return false;
}

/** The language's words of saying no (`NegationData.any`) as a whole word; keys are lowercase, so no `i` flag (narrowed: src/lang/chars.ts). */
const negationOf = perLanguage((lang: LanguageProfile) => (lang.negation ? narrowable(`^(?:${lang.negation.any})$`, "u") : undefined));

/** Whether a word says no (`NegationData.any`), asked once per word. */
const saysNo = perLanguage((lang: LanguageProfile, key: string): boolean => negationOf(lang, "")?.for(key).test(key) ?? false);

/**
 * The one way a side's words say a change goes, with the index of the first
 * word saying it; undefined for a side saying neither way, both ("exports
 * rose while imports fell"), or a way negated ("Цените не се повишиха" may
 * be "Prices fell" or "stayed the same").
 */
function oneWay(tokens: readonly Matchable[], lang: LanguageProfile): { way: Way; at: number } | undefined {
  const words = wordsOf(lang, "");
  if (!words) return undefined;
  let found: { way: Way; at: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    const way = tokenWay(words, tokens, i);
    if (way === undefined) continue;
    if (negatedAt(tokens, i, lang)) return undefined;
    if (found && found.way !== way) return undefined;
    found ??= { way, at: i };
  }
  return found;
}

/** A figure that reads as a year of the last two centuries or so. */
const YEAR = /^(?:19|20)\d\d$/u;

/** Tokens between a figure and a word of change that says which way it went ("up 4.3%", "с 4,3% по-малко", "rose by 5%"). */
const FIGURE_REACH = 3;
/** Tokens before a figure's "с"/"by" its word of change is looked for in: "повишение на МРЗ с 10%". */
const BY_REACH = 4;

/**
 * The way each figure of a side is said to go: the nearest word of change within FIGURE_REACH tokens of it, no other
 * figure between, not negated; by the figure's value. A figure said both ways in the text is left out.
 */
function figureWays(tokens: readonly Matchable[], lang: LanguageProfile): Map<string, { way: Way; at: number } | null> {
  const words = wordsOf(lang, "");
  const out = new Map<string, { way: Way; at: number } | null>();
  if (!words) return out;
  const wayAt = (j: number): Way | undefined => {
    if (tokens[j]?.kind !== "word") return undefined;
    const way = tokenWay(words, tokens, j);
    return way === undefined || negatedAt(tokens, j, lang) ? undefined : way;
  };
  for (let i = 0; i < tokens.length; i++) {
    // A year names when, no change's size: "спрямо май 2025 г. и нараства с 0,8 %" / "In June 2025, industrial production
    // fell" say nothing of 2025 either way (stranger 295).
    if (tokens[i]!.kind !== "number" || YEAR.test(tokens[i]!.key)) continue;
    let found: { way: Way; at: number } | undefined;
    // A change's size after its word ("намаля с 12% при увеличение", "повишение на МРЗ с 10% води до намаление"): the
    // word before "с"/"by" is the figure's, looked for first and a little further (stranger 237).
    if (words.by.has(tokens[i - 1]?.key ?? ""))
      for (let j = i - 2; j >= Math.max(0, i - 1 - BY_REACH) && !found && tokens[j]!.kind !== "number"; j--) {
        const way = wayAt(j);
        if (way !== undefined) found = { way, at: j };
      }
    for (let d = 1; d <= FIGURE_REACH && !found; d++)
      for (const j of [i + d, i - d]) {
        // No other figure between: "rose 5% and fell 3%" gives each its own.
        const between = j > i ? tokens.slice(i + 1, j) : tokens.slice(j + 1, i);
        if (j < 0 || j >= tokens.length || between.some((x) => x.kind === "number")) continue;
        const way = wayAt(j);
        if (way !== undefined) {
          found = { way, at: j };
          break;
        }
      }
    if (!found) continue;
    const key = tokens[i]!.key;
    const seen = out.get(key);
    if (seen === undefined) out.set(key, found);
    else if (seen !== null && seen.way !== found.way) out.set(key, null);
  }
  return out;
}

/** Every word of change of a side, in order, with its way; undefined where one is negated (which way it then says is unsure). */
function waysInOrder(tokens: readonly Matchable[], lang: LanguageProfile): Array<{ way: Way; at: number }> | undefined {
  const words = wordsOf(lang, "");
  if (!words) return undefined;
  const out: Array<{ way: Way; at: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== "word") continue;
    const way = tokenWay(words, tokens, i);
    if (way === undefined) continue;
    if (negatedAt(tokens, i, lang)) return undefined;
    out.push({ way, at: i });
  }
  return out;
}

/**
 * Two sides that each say both ways, as many words of change each, but not as many of each way: "Повишение на лихвите ...
 * би намалило печалбата" / "A decrease in interest rates would reduce profit" (one rise and one fall, two falls). The
 * first word in order whose way differs, on each side. A translation that only says the changes in another order
 * ("costs rose while revenue fell" / "приходите спаднаха, а разходите нараснаха") has as many of each and is left alone.
 */
function otherWayInOrder(
  source: readonly Matchable[],
  sourceLang: LanguageProfile,
  target: readonly Matchable[],
  targetLang: LanguageProfile,
): [{ way: Way; at: number }, { way: Way; at: number }] | undefined {
  const s = waysInOrder(source, sourceLang);
  const t = s && s.length >= 2 ? waysInOrder(target, targetLang) : undefined;
  if (!s || !t || t.length !== s.length) return undefined;
  const ups = (list: ReadonlyArray<{ way: Way }>) => list.filter((x) => x.way === "up").length;
  if (ups(s) === ups(t)) return undefined;
  const n = s.findIndex((x, i) => x.way !== t[i]!.way);
  return [s[n]!, t[n]!];
}

/** The first figure both sides say goes, each the other way: where it is said on each side. */
function otherWayByFigure(
  source: readonly Matchable[],
  sourceLang: LanguageProfile,
  target: readonly Matchable[],
  targetLang: LanguageProfile,
): [{ way: Way; at: number }, { way: Way; at: number }] | undefined {
  const s = figureWays(source, sourceLang);
  if (s.size === 0) return undefined;
  const t = figureWays(target, targetLang);
  for (const [key, a] of s) {
    const b = t.get(key);
    if (a && b && a.way !== b.way) return [a, b];
  }
  return undefined;
}

/** The text from token `at` on, as written, with the two words after it: "нараснаха с 12,5%", "fell by 12.5%". */
function quoted(text: string, tokens: readonly Matchable[], at: number): string {
  const from = text.slice(tokenSpans(text, tokens, at + 1)[at]!.start);
  return clip((/^\S+(?:\s+\S+){0,2}/u.exec(from)?.[0] ?? from).replace(/[.,;:!?]+$/u, ""), QUOTED_CHARS);
}

/**
 * A link (as many sentences a side) whose source says only that something
 * grew and whose translation says only that it shrank, or the other way
 * round, from per-language word lists (`LanguageData.directions`): a warning
 * quoting both. Judged only where the link follows its source closely, as
 * the negation check judges (another sentence or a free rewording is the
 * divergent check's).
 */
export const direction: Check = {
  name: "a change said the other way",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.source.length !== link.target.length) return undefined;
    if (!ctx.source.lang.directions || !ctx.target.lang.directions) return undefined;
    // One cause, one flag: a negation dropped or added reverses the sentence already; a translation left untranslated has no words of its own.
    if (earlier.some((f) => f.type === "negation" || f.type === "untranslated")) return undefined;
    const lt = ctx.linkTokens(k);
    let s = oneWay(lt.source, ctx.source.lang);
    let t = s ? oneWay(lt.target, ctx.target.lang) : undefined;
    if (s && t && t.way === s.way) return undefined;
    // The same figure said to go the other way on each side ("declined 2.8%" / "нараснаха с 2,8 %"): the reversal is the
    // figure's, no rewording, an error a gate on errors stops (stranger 87). A side saying both ways (a results release:
    // "up 18.2%, while ... down 3.1%"), or one way against both, is compared figure by figure.
    const byFigure = otherWayByFigure(lt.source, ctx.source.lang, lt.target, ctx.target.lang);
    if (!s || !t) {
      const turned = byFigure ?? otherWayInOrder(lt.source, ctx.source.lang, lt.target, ctx.target.lang);
      if (!turned) return undefined;
      [s, t] = turned;
    }
    const source = ctx.source.text(link.source);
    const closeness = followsClosely(ctx, link, source);
    if (closeness === undefined) return undefined;
    const [sw, tw] = s.way === "up" ? ["grew", "shrank"] : ["shrank", "grew"];
    const [sq, tq] = [quoted(source, lt.source, s.at), quoted(ctx.target.text(link.target), lt.target, t.at)];
    return {
      type: "negation",
      severity: byFigure ? "error" : "warning",
      reason: `the source says it ${sw} ("${sq}"), the translation that it ${tw} ("${tq}"): meaning reversed?`,
      evidence: { source: sq, target: tq, lexical: round(closeness.evidence), expected: round(closeness.wanted) },
    } satisfies Flag;
  },
};
