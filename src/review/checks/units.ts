/** The same amount in another currency or unit: "100 лв." and "EUR 100", "5 km" and "5 miles". */
import { charBits, FOLDS_AS_LOWERCASE, LETTER, NarrowablePattern, NUMBER, narrowable } from "../../lang/chars.js";
import { CURRENCY_CODES, type LanguageProfile, sameUnit, UNIT_SYMBOLS } from "../../lang/index.js";
import { anchorMatch, type Matchable } from "../../score/index.js";
import type { Flag, Segment } from "../../types.js";
import type { SideInfo } from "../context.js";
import { keptPerLanguage, perLanguage } from "../memo.js";
import { escapeRegExp, minusBefore } from "../text.js";
import { NO_TOKENS } from "../tokens.js";
import { converted, valueIn } from "./convert.js";
import type { Check } from "./types.js";
import { COMPOUND_SPAN, HALF_SPAN, HALF_UNIT, ONE_UNIT, spelledOf } from "./written.js";

/** A number with the currency or unit written next to it. */

export interface Amount {
  /** The number's normalised value, as the numbers check keys it ("100", "2500000"). */
  readonly key: string;
  /** Canonical code of the unit ("BGN", "EUR", "km", "percent"). */
  readonly unit: string;
  /** The amount as written, unit included ("100 лв.", "EUR 100", "€2.5m"). */
  readonly written: string;
  /** Its value was multiplied by a magnitude word ("125 милиона"). */
  readonly scaled: boolean;
  /** Its unit is a table's column of its own before it ("kg<TAB>184 600"): the unit column check's to compare. */
  readonly column?: true;
  /** A temperature with a minus right before its figure ("-20 °C", "(-4 °F)"): the key has no sign; a conversion needs it. */
  readonly belowZero?: true;
}

/**
 * An amount with a unit on both sides that finds no amount of the same unit
 * on the other side ("100 лв." and "EUR 100"; "72%" twice and "72 per cent"
 * once with "72 per mille"): a number that changed is the numbers check's, a unit that changed with the
 * number kept is this one's. A translation may add a conversion
 * ("100 лв. (51 EUR)"): the source's amount and unit are there, so it is
 * not flagged; an amount with a unit on one side and none on the other is
 * not either (translators drop "лв." or add "BGN" as they see fit).
 */
export const units: Check = {
  name: "same amount in another currency or unit",
  textOnly: true,
  run: (ctx, link, k) => {
    const lt = ctx.linkTokens(k);
    // Numbers written out count as the numbers they say: "3 месеца" / "three weeks" is a unit changed.
    const sourceDigits = lt.source.some((t) => t.kind === "number");
    const targetDigits = lt.target.some((t) => t.kind === "number");
    const spelt = (info: SideInfo, ids: readonly number[], tokens: readonly Matchable[]) =>
      spelledAmounts(info.text(ids), spelledOf(info, ids, tokens), info.lang);
    // In a sentence and its translation, a side with digits may write a span of time out beside them ("at 4 °C for two weeks").
    const single = link.source.length === 1 && link.target.length === 1;
    const sourceSpelt = sourceDigits && !single ? [] : spelt(ctx.source, link.source, lt.source);
    if (!sourceDigits && sourceSpelt.length === 0) return undefined;
    const targetSpelt = targetDigits && !single ? [] : spelt(ctx.target, link.target, lt.target);
    if (!targetDigits && targetSpelt.length === 0) return undefined;
    // A unit column's unit is compared by the unit column check: one cause, one flag.
    const inText = (a: Amount) => a.column === undefined;
    const source = [...amountsOf(ctx.source.side.segments, link.source, lt.sourceSegments, ctx.source.lang).filter(inText), ...sourceSpelt];
    if (source.length === 0) return undefined;
    const target = [...amountsOf(ctx.target.side.segments, link.target, lt.targetSegments, ctx.target.lang).filter(inText), ...targetSpelt];
    // Both written out, the words are as often another sentence's in a merge ("два пъти" / "two days" beside "twice"): digits
    // on one side at least, but for spans of time in a sentence and its translation ("three days" / "три седмици": a course
    // of treatment, a notice period).
    let changed = changedUnits(source, target).filter(
      (c) =>
        !(c.source.every((a) => sourceSpelt.includes(a)) && c.target.every((b) => targetSpelt.includes(b))) ||
        (single && [...c.source, ...c.target].every((a) => SPANS.has(a.unit))),
    );
    // A rate's level in percentage points said in per cent ("надбавката е 2,75 процентни пункта" / "the margin is 2.75%"):
    // the same rate, as loan terms write it. Not a change ("с 1,6 процентни пункта" / "by 1.6%"), which per cent misstates.
    const sourceText = ctx.source.text(link.source);
    const targetText = ctx.target.text(link.target);
    const kept = changed.filter(
      (c) =>
        !(
          ratePointsAsPercent(c.source, c.target) &&
          !changedBy(sourceText, c.source, ctx.source.lang) &&
          !changedBy(targetText, c.target, ctx.target.lang)
        ),
    );
    // Rainfall: litres per square metre are millimetres ("120 литра на квадратен метър" / "120 millimetres"; stranger 363).
    const rained = kept.filter(
      (c) => !(rainfall(c.source, sourceText, ctx.source.lang, c.target) || rainfall(c.target, targetText, ctx.target.lang, c.source)),
    );
    if (rained.length === 0) return undefined;
    changed = rained;
    const currency = changed.every((c) => [...c.source, ...c.target].every((a) => CURRENCY_CODES.has(a.unit)));
    // A range's end is said with the range ("7 до 14 седмици", not again "14 седмици"; stranger 116).
    const sourceWritten = withinOthers(changed.flatMap((c) => c.source.map((a) => a.written)));
    const targetWritten = withinOthers(changed.flatMap((c) => c.target.map((a) => a.written)));
    const swapped = swappedAmounts(changed);
    if (swapped)
      return {
        type: "units",
        severity: "error",
        reason: `the numbers are swapped: the translation says ${swapped.target.join(", ")} where the source says ${swapped.source.join(", ")}`,
        evidence: { source: swapped.source, target: swapped.target },
      };
    return {
      type: "units",
      severity: "error",
      reason: `the translation says ${targetWritten.join(", ")} where the source says ${sourceWritten.join(", ")}: another ${currency ? "currency" : "unit"}`,
      evidence: { source: sourceWritten, target: targetWritten },
    };
  },
};

/**
 * A conversion in brackets that converts nothing: "40 °C (40 °F)", "30 cm (30 in)", "6 l/min (36 l/h)": the figure
 * copied, or a factor missed. Read in the translation, one amount right after another in brackets, both of one
 * dimension (`valueIn`), the second none the first is within rounding of; not where the source writes the same amount
 * (its own bracket), nor where the numbers check named the figure already. Within a quarter of the right value a warning
 * (a loose rounding: "6 ft (2 m)"), else an error.
 */
export const conversionWrong: Check = {
  name: "a conversion in brackets that converts nothing",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const target = ctx.target.text(link.target);
    if (!target.includes("(")) return undefined;
    const lt = ctx.linkTokens(k);
    const sa = amountsOf(ctx.source.side.segments, link.source, lt.sourceSegments, ctx.source.lang);
    const ta = amountsOf(ctx.target.side.segments, link.target, lt.targetSegments, ctx.target.lang);
    // A bracket's figure the numbers check named already (the source's conversion changed: "(104 °F)" / "(140 °F)").
    const named = new Set(
      earlier
        .filter((f) => f.type === "numbers")
        .flatMap((f) => (f.evidence as { target?: readonly string[] } | undefined)?.target ?? [])
        .map((x) => Number(x.replace(/[\s\u00a0]/gu, "").replace(",", "."))),
    );
    const found = wrongConversions(target, ta, sa, ctx.target.lang).filter((f) => !named.has(Number(f.wrong.key)));
    if (found.length === 0) return undefined;
    return {
      type: "units",
      severity: found.some((f) => f.far) ? "error" : "warning",
      reason: `a conversion in brackets is wrong: ${found.map((f) => f.said).join("; ")}`,
      evidence: { source: [], target: found.map((f) => f.said) },
    };
  },
};

/**
 * An amount and the amount in brackets right after it: "40 °C (", then "40 °F", then ")" or a separator; a minus is the
 * amount's. A word of the language's `approximately` may open the bracket ("(about 12 in)", "(около 30 cm)"), or a sign.
 */
const bracketOpens = perLanguage((lang): RegExp => {
  const words = (lang.approximately ?? []).map((w) => `${escapeRegExp(w)}\\.?`).join("|");
  return new RegExp(String.raw`^[ \u00a0]*\([ \u00a0]*(?:(?:${words ? `${words}|` : ""}ca\.|circa|~|≈)[ \u00a0]*)?[-−–+]?`, "iu");
});

/**
 * The amounts of a text (`mine`, in order) with an amount of another unit of their dimension in brackets right after
 * them ("40 °C (104 °F)", "30 cm (12 in)"), right or wrong, each pair with the text before its first amount.
 */
export function bracketedConversions(
  text: string,
  mine: readonly Amount[],
  lang: LanguageProfile,
): Array<readonly [Amount, Amount, string]> {
  const out: Array<readonly [Amount, Amount, string]> = [];
  if (!text.includes("(")) return out;
  let cursor = 0;
  for (let n = 0; n + 1 < mine.length; n++) {
    const a = mine[n]!;
    const at = text.indexOf(a.written, cursor);
    if (at < 0) continue;
    cursor = at + a.written.length;
    // A range's first amount is written with its end ("5 to 10 °C", then "10 °C"): its bracket follows the end.
    const end = mine[n + 1];
    const range = end !== undefined && end.unit === a.unit && a.written !== end.written && a.written.endsWith(end.written) ? 1 : 0;
    const b = mine[n + 1 + range];
    const open = bracketOpens(lang, "").exec(text.slice(cursor));
    if (!b || !open || !text.startsWith(b.written, cursor + open[0].length)) continue;
    if (!/^[ \u00a0]*[),;]/u.test(text.slice(cursor + open[0].length + b.written.length))) continue;
    // The small part of a compound ("3 ft 3 in (1 m)"): the bracket converts the whole, which is not read here.
    const previous = mine[n - 1];
    if (
      previous !== undefined &&
      valueIn(previous, a.unit) !== undefined &&
      /^[ \u00a0]*$/u.test(text.slice(text.lastIndexOf(previous.written, at) + previous.written.length, at))
    )
      continue;
    // "5 to 10 °C (41 to 50 °F)": first to first, end to end.
    const before = text.slice(Math.max(0, at - 30), at);
    if (valueIn(a, b.unit) !== undefined) out.push([a, b, before]);
    const theirEnd = mine[n + 2 + range];
    if (range && theirEnd !== undefined && theirEnd.unit === b.unit && b.written.endsWith(theirEnd.written))
      out.push([end!, theirEnd, before]);
  }
  return out;
}

/** Per language, its `changeBy` words as a pattern ending the text before an amount. */
const changeBefore = perLanguage((lang): RegExp | null =>
  lang.changeBy?.length
    ? new RegExp(String.raw`(?<!\p{L})(?:${lang.changeBy.map((w) => escapeRegExp(w).replace(/ /gu, "\\s+")).join("|")})[ \u00a0]*$`, "iu")
    : null,
);

/** Per language, its `perSquareMetre` words as a pattern opening the text after an amount. */
const perSquareMetreAfter = perLanguage((lang): RegExp | null =>
  lang.perSquareMetre ? new RegExp(String.raw`^\s*(?:${lang.perSquareMetre})(?![\p{L}])`, "iu") : null,
);

/** Litres per square metre on one side (`litres`, each said so in `text`), millimetres on the other, the same figures: rainfall. */
function rainfall(litres: readonly Amount[], text: string, lang: LanguageProfile, other: readonly Amount[]): boolean {
  const after = perSquareMetreAfter(lang, "");
  if (!after || litres.length === 0 || other.length === 0) return false;
  return (
    litres.every((a) => {
      if (a.unit !== "l") return false;
      const at = text.indexOf(a.written);
      return at >= 0 && after.test(text.slice(at + a.written.length));
    }) &&
    other.every((b) => b.unit === "mm") &&
    litres.every((a) => other.some((b) => b.key === a.key))
  );
}

/** Percentage points on one side and per cent on the other, nothing else: one rate's level in two notations, or a change misstated. */
function ratePointsAsPercent(source: readonly Amount[], target: readonly Amount[]): boolean {
  const all = (xs: readonly Amount[], unit: string) => xs.length > 0 && xs.every((a) => a.unit === unit);
  return (all(source, "pp") && all(target, "percent")) || (all(source, "percent") && all(target, "pp"));
}

/** Per language, its `changeBy` words, a few words at most between them and the end ("by more than 40"). */
const changeShortlyBefore = perLanguage((lang): RegExp | null =>
  lang.changeBy?.length
    ? new RegExp(
        String.raw`(?<!\p{L})(?:${lang.changeBy.map((w) => escapeRegExp(w).replace(/ /gu, "\\s+")).join("|")})(?:\s+[\p{L}\p{N}.,-]+){0,3}[ \u00a0]*$`,
        "iu",
      )
    : null,
);

/** Whether a word of change (`changeBy`: "с", "by", "increase of") stands shortly before any of the amounts in the text. */
function changedBy(text: string, amounts: readonly Amount[], lang: LanguageProfile): boolean {
  const before = changeShortlyBefore(lang, "");
  if (!before) return false;
  return amounts.some((a) => {
    for (let at = text.indexOf(a.written); at >= 0; at = text.indexOf(a.written, at + 1))
      if (before.test(text.slice(Math.max(0, at - 40), at))) return true;
    return false;
  });
}

/** A change of temperature in °C converted by its factor alone, no 32 degrees added: "rises by 10 °C (18 °F)" (stranger 277: a false error). */
export function temperatureChange(a: Amount, b: Amount, before: string, lang: LanguageProfile): boolean {
  return (
    a.unit === "celsius" &&
    b.unit === "fahrenheit" &&
    changeBefore(lang, "")?.test(before) === true &&
    Math.abs((Number(a.key) * 9) / 5 - Number(b.key)) <= 1.5
  );
}

/**
 * Of a translation's bracketed conversions (`mine`), those that convert nothing and are not the source's own, each with
 * the amount that is wrong: the bracket's ("40 °C (40 °F)"), or the amount before it where the source writes the
 * bracket's and not it, the conversion written first ("40 °F (40 °C)" for "40 °C"). Not a bracket that converts the
 * source's amount, the figure before it changed ("12 км" / "21 km (7.5 miles)": the numbers check's; stranger 192).
 */
export function wrongConversions(
  text: string,
  mine: readonly Amount[],
  theirs: readonly Amount[],
  lang: LanguageProfile,
): Array<{ wrong: Amount; said: string; far: boolean }> {
  const out: Array<{ wrong: Amount; said: string; far: boolean }> = [];
  const has = (x: Amount) => theirs.some((o) => o.unit === x.unit && o.key === x.key && Boolean(o.belowZero) === Boolean(x.belowZero));
  for (const [a, b, before] of bracketedConversions(text, mine, lang)) {
    if (converted(a, b) || converted(b, a)) continue;
    if (theirs.some((o) => converted(o, b))) continue;
    if (temperatureChange(a, b, before, lang)) continue;
    const [given, wrong] = has(b) ? (has(a) ? [undefined, undefined] : [b, a]) : [a, b];
    if (!given || !wrong) continue;
    const right = valueIn(given, wrong.unit)!;
    const y = Number(wrong.key) * (wrong.belowZero ? -1 : 1);
    // A temperature's degrees are no share of it: five off is far, whatever the figure.
    const far = TEMPERATURES.has(wrong.unit) ? Math.abs(right - y) > 5 : Math.abs(right - y) > 0.25 * Math.max(Math.abs(right), 1);
    out.push({
      wrong,
      said: `${shownAlone(wrong)} is not ${shownAlone(given)} converted (about ${roundedForShow(right)} ${unitWritten(wrong)})`,
      far,
    });
  }
  return out;
}

/** An amount's unit as written after its figure: "°F" of "41 to 50 °F", "sq ft" of "908 sq ft". */
const unitWritten = (x: Amount) => x.written.replace(/^.*\d[\d.,]*[ \u00a0]*/u, "").trim();

/** An amount's own figure and unit, its sign too: a range's first of "5 to 10 °C" is "5 °C", "-20 °C" below zero. */
const shownAlone = (x: Amount) =>
  `${x.belowZero ? "-" : ""}${/^\d+(?:[\u00a0 ]\d{3})*(?:[.,]\d+)?/u.exec(x.written)?.[0] ?? x.key} ${unitWritten(x)}`;

/** A value rounded as a reviewer reads it: whole from 100, one decimal from 10, two below. */
function roundedForShow(v: number): string {
  const d = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return String(Number(v.toFixed(d)));
}

/** Units of a span of time, which a number written out keeps as surely as digits do. */
const SPANS: ReadonlySet<string> = new Set(["second", "minute", "hour", "day", "workday", "week", "month", "year", "min", "h", "hrs"]);

/** Per number on both sides, its amounts on each side that no amount of the same unit on the other side pairs off with (both non-empty). */
export function changedUnits(
  source: readonly Amount[],
  target: readonly Amount[],
): Array<{ key: string; source: Amount[]; target: Amount[] }> {
  const out: Array<{ key: string; source: Amount[]; target: Amount[] }> = [];
  const done = new Set<string>();
  // With no amount scaled by a magnitude word, one value is one key: grouped once, not filtered again for every amount
  // (a table on one line has thousands).
  const byKey = source.some((a) => a.scaled) || target.some((b) => b.scaled) ? undefined : { s: groupByKey(source), t: groupByKey(target) };
  for (const first of source) {
    if (done.has(first.key)) continue;
    const s = byKey ? byKey.s.get(first.key)! : source.filter((a) => sameAmount(first, a));
    const t = byKey ? (byKey.t.get(first.key) ?? []) : target.filter((b) => sameAmount(first, b));
    for (const a of s) done.add(a.key);
    const key = first.key;
    // Each amount pairs off with one of the same unit on the other side (the same code first, then a name that may mean it),
    // or one it converts into: "1 234,6 хил. т" is "1,234.6 kt" (stranger 301).
    const restS = [...s];
    const restT = [...t];
    for (const same of PAIRED_OFF)
      for (let i = restS.length - 1; i >= 0; i--) {
        const j = restT.findIndex((b) => same(restS[i]!, b));
        if (j >= 0) {
          restS.splice(i, 1);
          restT.splice(j, 1);
        }
      }
    const onlyS = firstPerUnit(restS);
    const onlyT = firstPerUnit(restT);
    if (onlyS.length > 0 && onlyT.length > 0) out.push({ key, source: onlyS, target: onlyT });
  }
  return out;
}

/** How an amount pairs off with one on the other side, in turn: the same unit's code, a name that may mean it, a conversion. */
const PAIRED_OFF: ReadonlyArray<(a: Amount, b: Amount) => boolean> = [
  (a, b) => a.unit === b.unit,
  (a, b) => sameUnit(a.unit, b.unit),
  (a, b) => a.scaled !== b.scaled && (converted(a, b) || converted(b, a)),
];

/**
 * Two numbers or more whose units changed places ("2 таблетки 3 пъти" / "3
 * tablets 2 times"): the amounts as written, the translation's in the order of
 * the source's units; undefined where the units are not the same ones.
 */
function swappedAmounts(
  changed: ReadonlyArray<{ source: Amount[]; target: Amount[] }>,
): { source: string[]; target: string[] } | undefined {
  if (changed.length < 2 || changed.some((c) => c.source.length !== 1 || c.target.length !== 1)) return undefined;
  const source = changed.map((c) => c.source[0]!);
  const target = changed.map((c) => c.target[0]!);
  const inOrder = source.map((a) => target.find((b) => sameUnit(a.unit, b.unit)));
  if (inOrder.some((b) => b === undefined) || new Set(inOrder).size !== source.length) return undefined;
  return { source: source.map((a) => a.written), target: inOrder.map((b) => b!.written) };
}

/** Amounts by key, each list in the order met. */
function groupByKey(amounts: readonly Amount[]): Map<string, Amount[]> {
  const out = new Map<string, Amount[]>();
  for (const a of amounts) {
    const list = out.get(a.key);
    if (list) list.push(a);
    else out.set(a.key, [a]);
  }
  return out;
}

/**
 * One value on both sides: the same number, or one a magnitude word scales
 * that the other side's tokens do not read as one ("125 милиона" and "£125m").
 */
function sameAmount(a: Amount, b: Amount): boolean {
  if (a.key === b.key) return true;
  const [big, small] = Number(a.key) >= Number(b.key) ? [a, b] : [b, a];
  if (!big.scaled || small.scaled) return false;
  const ratio = Number(big.key) / Number(small.key);
  return [1e3, 1e6, 1e9, 1e12].some((f) => Math.abs(ratio / f - 1) < 1e-9);
}

function firstPerUnit(list: readonly Amount[]): Amount[] {
  return list.filter((a, n) => list.findIndex((b) => b.unit === a.unit) === n);
}

/**
 * The amounts of a link's side: each number token (clock times and decades
 * aside) with the currency symbol or code before it ("€100", "BGN 100") or
 * the unit after it ("100 лв.", "50 %", "5 per cent"), read in the segment's text.
 */
export function amountsOf(
  segments: readonly Segment[],
  ids: readonly number[],
  tokens: readonly (readonly Matchable[])[],
  lang: LanguageProfile,
): readonly Amount[] {
  return ids.flatMap((id, n) =>
    segmentAmounts(lang, segments[id]!.text, () => readAmounts(segments[id]!.text, tokens[n] ?? NO_TOKENS, lang)),
  );
}

/** Per language, the amounts of each segment text met (its tokens are the text's own: the text says it all). */
const segmentAmounts = keptPerLanguage<readonly Amount[]>();

/** A date's figures joined by dots or slashes ("10.01.2024", "10/01/2024"). */
const DATE_LIKE = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;

/** A number's key that reads as a year of the last two centuries or so. */
const YEAR_LIKE = /^(?:19|20)\d\d$/;

function readAmounts(text: string, tokens: readonly Matchable[], lang: LanguageProfile): Amount[] {
  const out: Amount[] = [];
  let cursor = 0;
  let last: { surface: string; start: number } | undefined;
  const numbers: Array<{ key: string; start: number; end: number; scaled: boolean; found: Found | undefined }> = [];
  let previous: { surface: string; start: number } | undefined;
  for (const t of tokens) {
    // A written number read as several values ("15 16", a clause's "2.6" as 2 and 6) gives several tokens of one surface,
    // one after the other: each is that surface, not the next one that begins alike ("2.6. Serum calcium 2.62 mmol/l":
    // "2.62" was taken for the second, and its amount lost; stranger 280).
    const again =
      previous !== undefined &&
      previous.surface === t.surface &&
      !text
        .slice(previous.start + t.surface.length)
        .trimStart()
        .startsWith(t.surface);
    let start = again ? previous!.start : text.indexOf(t.surface, cursor);
    if (start < 0 && last?.surface === t.surface) start = last.start;
    previous = start >= 0 ? { surface: t.surface, start } : previous;
    if (start < 0) continue;
    cursor = Math.max(cursor, start + t.surface.length);
    if (t.kind !== "number") continue;
    last = { surface: t.surface, start };
    if (t.key.includes(":") || /s$/.test(t.key)) continue;
    // A clock's seconds ("2:08:34 часа"): the unit after the time is its hours', not theirs (stranger 352).
    if (/\d:$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    const end = start + t.surface.length;
    numbers.push({ key: t.key, start, end, scaled: t.scaled === true, found: unitAround(text, start, end, lang) });
  }
  // An "in" closing a bracket or a clause after a number is inches too ("(57.1 × 33.5 × 51.2 in)"; stranger 240): read
  // before the units numbers share, so the dimension's other figures take it as they take millimetres.
  for (const x of numbers) {
    const inches = x.found ? null : INCHES_CLOSING.exec(text.slice(x.end));
    if (inches) x.found = { unit: "in", start: x.start, end: x.end + inches[0].length };
  }
  // A unit shared by two numbers joined by a dash or a word ("5–10 км", "200 и 400 метра", "$5 to 10").
  // Not a year before a far smaller number ("less than in 2023 and 21% less than..."): no range, and no amount of its unit.
  const joined = (a: (typeof numbers)[number], b: (typeof numbers)[number]) => {
    const between = text.slice(a.end, b.start);
    if (YEAR_LIKE.test(a.key) && Number(b.key) * 10 < Number(a.key)) return false;
    return joiners(lang, between).test(between) && a.end <= b.start;
  };
  // A date's day and month are read from its one surface with its year: the year's "г." is no unit of theirs ("10.01.2024
  // г." is no 1 gram, stranger 124).
  for (let k = numbers.length - 2; k >= 0; k--)
    if (numbers[k]!.start === numbers[k + 1]!.start && DATE_LIKE.test(text.slice(numbers[k]!.start, numbers[k]!.end)))
      numbers[k]!.found = undefined;
  for (let k = numbers.length - 2; k >= 0; k--) {
    const [a, b] = [numbers[k]!, numbers[k + 1]!];
    // "2 x 500 mg": a dose taken twice, no 2 mg; its count is the "два пъти" of a translation (stranger 298).
    const times = TIMES_SIGN.exec(text.slice(a.end, b.start));
    if (b.found && times && DOSES.has(b.found.unit) && (!a.found || a.found.unit === b.found.unit) && /^[1-9]$/u.test(a.key))
      a.found = { unit: "time", start: a.start, end: a.end + times[0].trimEnd().length };
    else if (!a.found && b.found && b.found.start >= b.start && joined(a, b)) a.found = { ...b.found, start: a.start };
  }
  for (let k = 1; k < numbers.length; k++) {
    const [a, b] = [numbers[k - 1]!, numbers[k]!];
    if (!b.found && a.found && a.found.start < a.start && joined(a, b)) b.found = { unit: a.found.unit, start: a.found.start, end: b.end };
  }
  // A height in feet and inches: the inches' bare "in" is a unit right after the feet ("6 ft 3 in"; stranger 201), where a
  // lone "in" is the preposition ("30 in the box").
  for (let k = 1; k < numbers.length; k++) {
    const [a, b] = [numbers[k - 1]!, numbers[k]!];
    if (b.found || a.found?.unit !== "ft" || !/^\s+$/u.test(text.slice(a.found.end, b.start))) continue;
    const inches = INCHES_AFTER.exec(text.slice(b.end));
    if (inches) b.found = { unit: "in", start: b.start, end: b.end + inches[0].length };
  }
  for (const x of numbers)
    if (x.found)
      out.push({
        key: x.key,
        unit: x.found.unit,
        written: shown(text.slice(x.found.start, x.found.end)),
        scaled: x.scaled,
        ...(x.found.column ? { column: true as const } : {}),
        ...(TEMPERATURES.has(x.found.unit) &&
        (minusBefore(text.slice(Math.max(0, x.start - 3), x.start)) ||
          minusWordBefore(text.slice(Math.max(0, x.start - 12), x.start), lang))
          ? { belowZero: true as const }
          : {}),
      });
  return out;
}

/** Per language, its words of a temperature below zero right before the figure ("минус 10 градуса", "minus 25 degrees"). */
const minusWords = perLanguage((lang): RegExp | null =>
  lang.belowZero ? new RegExp(`(?<![\\p{L}])(?:${lang.belowZero})\\s+$`, "iu") : null,
);

/** Whether the language's word for below zero ends `before` (`LanguageData.belowZero`): the figure after it is below zero (stranger 382). */
function minusWordBefore(before: string, lang: LanguageProfile): boolean {
  return minusWords(lang, "")?.test(before) === true;
}

/** A multiplication sign between a count and a dose ("2 x 500 mg", "3 × 1 tablet"): Latin, Cyrillic or the sign. */
const TIMES_SIGN = /^\s?[xх×]\s?$/u;

/** Units of a dose a count may multiply ("2 x 500 mg"), where a size's figures share theirs ("2 x 3 m"). */
const DOSES: ReadonlySet<string> = new Set(["mg", "g", "ug", "ng", "ml", "l", "IU", "tablet", "capsule", "drop", "sachet", "puff"]);

/** Units whose zero is no amount's absence: a value below it is another value (stranger 262: "-20 °C (-4 °F)"). */
const TEMPERATURES = new Set(["celsius", "fahrenheit"]);

/** An inch's bare "in" after a number, closing a bracket or a clause. */
const INCHES_CLOSING = /^\s?in\b\.?(?=\s*[),;]|\s*$)/u;

/** An inch's bare "in" after a number, a word's end after it. */
const INCHES_AFTER = /^\s?in\b\.?/u;

/**
 * The amounts of numbers a text writes out ("a term of two years": 2 years),
 * from `writtenOut`'s tokens: each looked for in the text, its unit after it.
 */
export function spelledAmounts(text: string, spelt: readonly Matchable[], lang: LanguageProfile): Amount[] {
  const out: Amount[] = [];
  let cursor = 0;
  // The last number read with no unit after it, and where it ends: "one to two days" shares the second's (stranger 270).
  let bare: { key: string; surface: string; end: number } | undefined;
  for (const t of spelt) {
    // "двуседмичен": the unit is the word's own.
    if (t.stem.startsWith(COMPOUND_SPAN)) {
      out.push({ key: t.key, unit: t.stem.slice(COMPOUND_SPAN.length), written: t.surface, scaled: false });
      continue;
    }
    // "a year and a half": the unit follows the opener, its first word; the amount is the whole phrase. Its words are
    // joined by single spaces, as the text may not be: found from the opener.
    const halfUnit = t.stem === HALF_UNIT || t.stem === ONE_UNIT || t.stem === HALF_SPAN;
    // "half an hour": its unit is its last word, after "half an".
    const opener =
      t.stem === HALF_SPAN ? t.surface.slice(0, t.surface.lastIndexOf(" ")) : halfUnit ? t.surface.split(" ", 1)[0]! : t.surface;
    // As whole words, the phrase's: the "a" of "a fortnight" is not the one in "pay", the "ten" of "ten days" not "often"'s.
    const start = phraseAt(text, t.surface, cursor);
    if (start < 0) continue;
    const end = start + opener.length;
    cursor = end;
    // "година и половина": the opener is the unit (`halfUnitWords`).
    const own = t.stem === HALF_UNIT ? patterns(lang).words.get(wordForm(opener)) : undefined;
    const found = own !== undefined ? { unit: own, start, end } : unitAround(text, start, end, lang);
    if (found) {
      const between = bare === undefined ? "" : text.slice(bare.end, start);
      if (bare !== undefined && !halfUnit && joiners(lang, between).test(between))
        out.push({ key: bare.key, unit: found.unit, written: bare.surface, scaled: false });
      out.push({
        key: t.key,
        unit: found.unit,
        written: halfUnit ? t.surface : shown(text.slice(found.start, found.end)),
        scaled: false,
      });
    }
    bare = found ? undefined : { key: t.key, surface: t.surface, end };
  }
  return out;
}

const phrasePatterns = new Map<string, RegExp>();

/** Whether a letter or a number ends just before `at` (a code point of two units read whole). */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const cp = at >= 2 && low >= 0xdc00 && low <= 0xdfff ? text.codePointAt(at - 2)! : low;
  return (charBits(cp) & (LETTER | NUMBER)) !== 0;
}

/** Whether a letter or a number starts at `at`. */
function wordCharAt(text: string, at: number): boolean {
  return at < text.length && (charBits(text.codePointAt(at)!) & (LETTER | NUMBER)) !== 0;
}

/** Where `phrase` stands in `text` from `from` on, as whole words whatever white space parts them; -1 where it does not. */
function phraseAt(text: string, phrase: string, from: number): number {
  let re = phrasePatterns.get(phrase);
  if (!re) {
    // The same few phrases ("two", "a year") come back in every link. Their word boundaries are read from `charBits`:
    // `\p{L}` in a case-insensitive pattern took about two milliseconds to compile, a twentieth of the review.
    if (phrasePatterns.size >= 4096) phrasePatterns.clear();
    re = new RegExp(phrase.split(/\s+/u).map(escapeRegExp).join("\\s+"), "giu");
    phrasePatterns.set(phrase, re);
  }
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (!wordCharBefore(text, m.index) && !wordCharAt(text, end)) return m.index;
    re.lastIndex = m.index + 1;
  }
  return -1;
}

const joinerCache = new WeakMap<LanguageProfile, NarrowablePattern>();

/** What may join two numbers that share a unit: a dash, a slash, or one of the language's words ("и", "to"). */
function joiners(lang: LanguageProfile, between: string): RegExp {
  let re = joinerCache.get(lang);
  if (!re) {
    const words = lang.unitJoiners.map(escapeRegExp).join("|") || "(?!)";
    // "×" (or an x) between a dimension's figures too: "1450 × 850 × 1300 mm" is three lengths in mm (stranger 240).
    // A sign before the second figure ("-20 to +35 °C"), or dots between the two ("+10...+46 °C"; stranger 283).
    re = new NarrowablePattern(String.raw`^\s*(?:[-–—/×xх]|\.{2,3}|…|(?:${words})(?![\p{L}])\s*[+\-−]?)\s*\+?$`, "iu");
    joinerCache.set(lang, re);
  }
  return re.for(between);
}

interface Patterns {
  /** Currency symbols and codes before a number, at the end of the text before it. */
  readonly before: NarrowablePattern;
  /** Symbols and codes after a number (case-sensitive). */
  readonly symbolAfter: NarrowablePattern;
  /** The language's words after a number (any case). */
  readonly wordAfter: WordsAfter;
  /** Unit code by form: symbols as written, words lowercased with single spaces and no dots. */
  readonly symbols: ReadonlyMap<string, string>;
  readonly words: ReadonlyMap<string, string>;
}

const cache = new WeakMap<LanguageProfile, Patterns>();

/** What may stand between a number and the unit after it: a space or two, or a hyphen ("a 5-km run"). */
const GAP = String.raw`(?:[\s\u00a0\u202f]{0,2}|-)`;
/** A space GAP may take (a character class of it). */
const GAP_SPACE = /^[\s\u00a0\u202f]$/;
/** The unit ends there: no letter or digit follows, nor an abbreviation going on ("т.е."), nor a compound unit ("м/с" is no metre). */
const END = String.raw`(?![\p{L}\p{N}/]|\.\p{L})`;

/** The periods a unit may be given per after a slash ("kWh/год."): not an hour or a second ("km/h", "m/s" are units of their own). */
const PER_PERIODS = ["day", "week", "month", "year"];

function patterns(lang: LanguageProfile): Patterns {
  let p = cache.get(lang);
  if (!p) {
    const symbols = new Map<string, string>();
    for (const [code, forms] of Object.entries(UNIT_SYMBOLS)) for (const f of forms) symbols.set(f, code);
    const words = new Map<string, string>();
    for (const [code, forms] of Object.entries(lang.units)) for (const f of forms) words.set(wordForm(f), code);
    const alternation = (forms: Iterable<string>) =>
      [...forms]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join("|") || "(?!)";
    const currencies = [...symbols].filter(([, code]) => CURRENCY_CODES.has(code)).map(([f]) => f);
    // A unit per a period the language names, after a slash: "450 000 kWh/год.", "120 t/year" are kWh and t (stranger 182).
    const periods = PER_PERIODS.flatMap((u) => lang.units[u] ?? []).filter((w) => !w.includes(" "));
    const end = periods.length ? String.raw`(?![\p{L}\p{N}]|\.\p{L}|/(?!(?:${alternation(periods)})(?![\p{L}])))` : END;
    p = {
      before: new NarrowablePattern(String.raw`(?<![\p{L}\p{N}])(${alternation(currencies)})[\s\u00a0\u202f]?$`, "u"),
      symbolAfter: new NarrowablePattern(`^${GAP}(${alternation(symbols.keys())})${end}`, "u"),
      wordAfter: new WordsAfter([...words.keys()]),
      symbols,
      words,
    };
    cache.set(lang, p);
  }
  return p;
}

/** A unit word as looked up: lowercase, single spaces, no dots ("кв. м" is "кв м"). */
function wordForm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\.(?=\S)/g, ". ")
    .split(/[\s.]+/)
    .filter(Boolean)
    .join(" ");
}

/**
 * `^GAP(word|word|...)END`, case-insensitive, over the language's unit words
 * (longest first, the parts of a phrase joined by `\.?\s*`): a few hundred
 * words, which V8 takes 40 ms to compile case-insensitively. The word starts
 * where GAP (two spaces or a hyphen at most) may end: at the text's first
 * character, at its second after a space or a hyphen, at its third after two
 * spaces. Only the words whose first character is one there, in any case (as
 * the pattern itself compares them), can match; the pattern is compiled for
 * those words only, in the same order: the same match. (Counting only the
 * starts GAP allows, not any of the first three characters, halves the
 * patterns a long document compiles, each a millisecond or two, in every thread.)
 *
 * Compiled case-insensitively, the word pattern of a letter took three times as
 * long as without the flag (13 ms for Bulgarian "к", a twentieth of a small pair's
 * run): where lowercasing a text folds it as the flag would, the text is
 * lowercased and the lowercase words matched as written (`FOLDS_AS_LOWERCASE`).
 */
/** Starts of the texts after numbers kept by `WordsAfter` at most (cleared when full). */
const MAX_HEADS = 50_000;

/** A word pattern of words of some first characters, and the texts it is for. */
interface WordPatterns {
  /** Pattern by its words' first characters, sorted and joined. */
  readonly patterns: Map<string, NarrowablePattern>;
  /** The pattern for the texts after a number that start so (null: no word can start there). */
  readonly byHead: Map<string, NarrowablePattern | null>;
}

class WordsAfter {
  /** Pattern sources of the words, longest first, with the first character of each. */
  private readonly words: ReadonlyArray<{ readonly source: string; readonly first: string }>;
  private readonly firsts: readonly string[];
  /** Per character of a text, the words' first characters it is, in any case. */
  private readonly firstsOf = new Map<string, readonly string[]>();
  /** Patterns with the `i` flag, for any text. */
  private readonly anyCase: WordPatterns = { patterns: new Map(), byHead: new Map() };
  /** Patterns without it, for texts lowercased where FOLDS_AS_LOWERCASE allows (undefined: some word is not such a text). */
  private readonly lowercase: WordPatterns | undefined;

  constructor(forms: readonly string[]) {
    this.words = [...forms]
      .sort((a, b) => b.length - a.length)
      .map((f) => ({
        source: f
          .split(/[\s.]+/)
          .map(escapeRegExp)
          .join(String.raw`\.?\s*`),
        first: String.fromCodePoint(f.codePointAt(0)!),
      }));
    this.firsts = [...new Set(this.words.map((w) => w.first))];
    const lowercase = forms.every((f) => f === f.toLowerCase() && FOLDS_AS_LOWERCASE.test(f));
    this.lowercase = lowercase ? { patterns: new Map(), byHead: new Map() } : undefined;
  }

  exec(after: string): RegExpExecArray | null {
    const lower = this.lowercase && after.toLowerCase();
    if (lower === undefined || lower.length !== after.length || !FOLDS_AS_LOWERCASE.test(after)) return this.run(this.anyCase, after, "iu");
    const m = this.run(this.lowercase!, lower, "u");
    if (!m) return null;
    // The match as the text writes it: lowercasing kept every character in its place.
    const whole = after.slice(0, m[0].length);
    const word = after.slice(m[0].length - m[1]!.length, m[0].length);
    return Object.assign([whole, word], { index: 0, input: after, groups: undefined }) as RegExpExecArray;
  }

  private run(kind: WordPatterns, after: string, flags: string): RegExpExecArray | null {
    // The pattern depends on the first three characters alone (four code units at most): found once per such start.
    const head = after.slice(0, 4);
    let pattern = kind.byHead.get(head);
    if (pattern === undefined) {
      pattern = this.patternFor(kind, after, flags);
      if (kind.byHead.size >= MAX_HEADS) kind.byHead.clear();
      kind.byHead.set(head, pattern);
    }
    return pattern === null ? null : pattern.for(after).exec(after);
  }

  /** The pattern of the words that may start where GAP may end in `after`; null when none may. */
  private patternFor(kind: WordPatterns, after: string, flags: string): NarrowablePattern | null {
    const firsts = new Set<string>();
    // Where GAP may end: at the first character, after one space or hyphen, after two spaces (fewer words to compile).
    const starts = GAP_SPACE.test(after[0] ?? "") ? (GAP_SPACE.test(after[1] ?? "") ? 3 : 2) : after[0] === "-" ? 2 : 1;
    for (let i = 0; i < starts && i < after.length; i++) {
      const c = String.fromCodePoint(after.codePointAt(i)!);
      // A lowercased text's character is a word's first character as written, or none.
      if (kind === this.lowercase) {
        if (this.firsts.includes(c)) firsts.add(c);
      } else for (const f of this.matching(c)) firsts.add(f);
    }
    if (firsts.size === 0) return null;
    const key = [...firsts].sort().join("");
    let pattern = kind.patterns.get(key);
    if (!pattern) {
      const words = this.words.filter((w) => firsts.has(w.first)).map((w) => w.source);
      pattern = new NarrowablePattern(`^${GAP}(${words.join("|")})${END}`, flags);
      kind.patterns.set(key, pattern);
    }
    return pattern;
  }

  /** The words' first characters that `c` is, case-insensitively, as the pattern compares them. */
  private matching(c: string): readonly string[] {
    let found = this.firstsOf.get(c);
    if (!found) {
      const same = new RegExp(`^${escapeRegExp(c)}$`, "iu");
      found = this.firsts.filter((f) => same.test(f));
      this.firstsOf.set(c, found);
    }
    return found;
  }
}

/** The match of a unit word of the language after a number (`after`: the text after it), as `unitAround` reads it; for tests. */
export function unitWordAfter(after: string, lang: LanguageProfile): RegExpExecArray | null {
  return patterns(lang).wordAfter.exec(after);
}

/** One or two letters right after a number: "£125m", "$5bn". */
const LETTERS_AFTER = narrowable(String.raw`^\p{L}{1,2}(?![\p{L}])`, "u");

/** A unit word without a vowel followed by a dot is abbreviated ("лв.", "км.", "кг."). */
const ABBREVIATION = /^[^aeiouyаъоуеияю]+$/iu;

/** How far around a number a unit is looked for. */
const REACH = 30;

/** A unit found beside a number, and the span of the amount written with it. */
interface Found {
  readonly unit: string;
  readonly start: number;
  readonly end: number;
  /** Read from a table's unit column (`Amount.column`). */
  readonly column?: boolean;
}

/** The cell before a number's, a short one: a table's unit column ("\tkg\t184 600", "\tм3\t410,50": a power in a plain digit; stranger 245). */
const UNIT_CELL = /(?:^|\t)([^\t\d]{1,12}(?:(?<=\p{L})[23])?)\t[ \u00a0]*$/u;

/** The cell after a number's, a short one of no figure: a table's unit column after its values ("126\tmg/dl"). */
const UNIT_CELL_AFTER = /^[ \u00a0]*\t[ \u00a0]*([^\t\d\n]{1,12}(?:(?<=\p{L})[23])?)[ \u00a0]*(?:\t|\r?\n|$)/u;

/** The unit of the number at [start, end) of `text`: a currency before it wins ("£125m" is pounds, not metres). */
/** A dosing scheme's first count and its "х" right before a number ("1х1", "2 x 1"). */
const SCHEME_BEFORE = /\d\s*[хxХX×]\s*$/u;

/** Words in brackets right after a figure, letters only: the figure written out ("3 (три)", "4 800 (four thousand eight hundred)"). */
const SPELT_IN_BRACKETS = /^\s*\((?:[\p{L}-]+[\s,]*){1,8}\)/u;

/** An amount as a reason quotes it: on one line, a line break within it a space (a no-break space kept: "110\u00a0K"). */
function shown(written: string): string {
  return written.trim().replace(/\s*[\r\n\u2028\u2029]\s*/gu, " ");
}

function unitAround(text: string, start: number, end: number, lang: LanguageProfile): Found | undefined {
  const p = patterns(lang);
  const before = text.slice(Math.max(0, start - REACH), start);
  // A table's cells: a symbol in the cell before or after ("30 April 2025<TAB>EUR 18,500.00") is another cell's (stranger 151).
  const b = p.before.for(before).exec(before);
  if (b && before.slice(b.index).includes("\t")) return unitAfter(text, start, end, lang, p);
  // A table's row whose unit is a column of its own before the quantity's ("Армировка B500B<TAB>kg<TAB>184 600"): the
  // cell right before the number's is its unit (stranger 223: "kg 184 600" / "t 184.6").
  const cell = UNIT_CELL.exec(before)?.[1]?.trim();
  if (cell !== undefined && /^[ \u00a0]*(?:\t|$)/u.test(text.slice(end))) {
    const unit = p.symbols.get(cell) ?? p.words.get(wordForm(cell));
    if (unit !== undefined) return { unit, start, end, column: true };
  }
  // ... or after it ("Глюкоза на гладно<TAB>< 126<TAB>mg/dl", a trial's criteria; stranger 280: a conversion to mmol/l
  // in the translation's row was a changed number).
  const next = UNIT_CELL_AFTER.exec(text.slice(end, end + 24))?.[1]?.trim();
  if (next !== undefined) {
    const unit = p.symbols.get(next) ?? p.words.get(wordForm(next));
    if (unit !== undefined) return { unit, start, end, column: true };
  }
  // "£125m", "$5bn": the letters right after the number are shown with it.
  if (b) {
    const rest = text.slice(end);
    return {
      unit: p.symbols.get(b[1]!)!,
      start: start - before.length + b.index,
      end: end + (LETTERS_AFTER.for(rest).exec(rest)?.[0].length ?? 0),
    };
  }
  return unitAfter(text, start, end, lang, p);
}

/** The unit after a number at `start`-`end` (`unitAround`'s second half). */
/** A line break, then an abbreviated word and a capital: the word opens the next line ("гр. София"). */
const LINE_OPENING_WORD = /^[ \u00a0]*\r?\n[ \t]*(\p{L}+)\.\s+\p{Lu}/u;

/** A section's or a version's number: three parts or more, joined by dots ("4.5.1"). */
const SECTION_NUMBER = /^\d{1,3}(?:\.\d{1,3}){2,}$/u;

function unitAfter(text: string, start: number, end: number, lang: LanguageProfile, p: ReturnType<typeof patterns>): Found | undefined {
  // "3 (три) месеца", "20 (twenty) calendar days": a contract's figure written out in brackets stands before its unit (stranger 139).
  // And the other way round, the figure in brackets after the words: "три (3) месеца", "twelve (12) months" (stranger 228).
  const bracketed = text.charAt(start - 1) === "(" && text.charAt(end) === ")" ? 1 : 0;
  // Shown with both its brackets: "(3) месеца".
  const from = start - bracketed;
  const spelt = bracketed || (SPELT_IN_BRACKETS.exec(text.slice(end, end + REACH))?.[0].length ?? 0);
  const after = text.slice(end + spelt, end + spelt + REACH);
  // A section's number of three parts or more measures nothing: "4.5.1 A protest must be filed" (stranger 163).
  if (SECTION_NUMBER.test(text.slice(start, end))) return undefined;
  // A tab is a cell's end; a line break before a capital a line's ("... July 2025" / "Day 1, ..."; stranger 163).
  if (/^[ \u00a0]*(?:\t|\r?\n[ \t]*\p{Lu})/u.test(after)) return undefined;
  // Nor a unit that is something else elsewhere opening the next line: "№ 1234" over "гр. София" is a town (stranger 219).
  const opening = LINE_OPENING_WORD.exec(after)?.[1];
  if (opening !== undefined && lang.unitOrNonFinalAbbreviations.has(opening.toLowerCase())) return undefined;
  const s = p.symbolAfter.for(after).exec(after) ?? shoutedSymbol(text, after, p);
  const w = p.wordAfter.exec(after);
  if (!s && !w) return undefined;
  if (spelt > 0) end += spelt;
  if (w && (!s || w[0].length >= s[0].length)) {
    // "1х1 т.": a dosing scheme's count of tablets, no tonne.
    const form = wordForm(w[1]!);
    const schemes = SCHEME_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? lang.schemeUnits : undefined;
    const unit = (schemes && Object.hasOwn(schemes, form) ? schemes[form] : undefined) ?? p.words.get(form);
    // An abbreviation is shown with its dot ("100 лв.", not "100 лв"), unless the dot ends the sentence ("тежи 120 кг.").
    const dotAt = end + w[0].length;
    const dot = ABBREVIATION.test(w[1]!) && text[dotAt] === "." && text.slice(dotAt + 1).trim() !== "" ? 1 : 0;
    return unit ? { unit, start: from, end: end + w[0].length + dot } : undefined;
  }
  // A code before the next number is that number's ("for 2024 BGN 22,332 thousand"), and one before "'000" a column's
  // ("2025 2024 / BGN'000 BGN'000"): no unit of this one (stranger 177).
  // A currency's only: "6 ft 3 in" is six feet, then three inches (stranger 201).
  const unit = p.symbols.get(s![1]!)!;
  if (CURRENCY_CODES.has(unit) && SYMBOL_OF_NEXT.test(after.slice(s![0].length))) return undefined;
  return { unit, start: from, end: end + s![0].length };
}

/**
 * A unit's symbol in a text in capitals throughout, of two letters or more, written in capitals: "30 CM", "5 KG", "6 L/MIN"
 * of a warning in capitals are centimetres, kilograms and litres a minute (strangers 262, 269: "300 mm" / "30 CM" was a
 * false error).
 */
function shoutedSymbol(text: string, after: string, p: Patterns): RegExpExecArray | null {
  if (!/^[\s\u00a0]*\p{Lu}[\p{Lu}/]/u.test(after) || /\p{Ll}/u.test(text)) return null;
  const lower = after.toLowerCase();
  const m = lower.length === after.length ? p.symbolAfter.for(lower).exec(lower) : null;
  return m && m[1]!.length >= 2 && !p.symbols.has(m[1]!.toUpperCase()) ? m : null;
}

/** What follows a currency's symbol that makes it the next number's or a column's: a figure, or "'000". */
const SYMBOL_OF_NEXT = /^[ \u00a0]?(?:\d|['’]000)/u;

/**
 * Units that measure (a dose, a volume, a temperature, a power): one left out
 * leaves a bare number ("500 mg" / "500", "под 25 °C" / "below 25"). Not
 * money, which translators drop or add as they see fit ("100 лв." / "100"),
 * nor shares, spans of time ("деца под 12 години" / "children under 12"),
 * counts of a leaflet's tablets, or "г.", a gram or a year.
 */
const UNMEASURED: ReadonlySet<string> = new Set([
  ...["percent", "wtPercent", "volPercent", "molPercent", "pp", "bp", "bps", "permille", "gramOrYear", "year", "pound", "in"],
  ...["second", "minute", "hour", "day", "workday", "week", "month", "min", "h", "hrs"],
  ...["tablet", "capsule", "drop", "sachet", "puff", "time"],
]);

function measured(unit: string): boolean {
  return !CURRENCY_CODES.has(unit) && !UNMEASURED.has(unit);
}

/**
 * The same number in the translation with nothing after it that could be a unit: punctuation, a function word, or a
 * word that translates one of the source's ("500 paracetamol" for "500 mg парацетамол").
 */
function bareIn(
  tokens: readonly Matchable[],
  key: string,
  lang: LanguageProfile,
  translates: (t: Matchable) => boolean,
): string | undefined {
  const plain = plainWordsOf(lang);
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    if (t.kind !== "number" || t.key !== key) continue;
    // A part of a figure read as several ("3.2." of a clause: 3 and 2; stranger 280) is no bare amount.
    if (tokens[n - 1]?.surface === t.surface || tokens[n + 1]?.surface === t.surface) continue;
    const next = tokens[n + 1];
    if (next === undefined || next.kind !== "word" || plain.has(next.surface.toLowerCase()) || translates(next)) return t.surface;
  }
  return undefined;
}

/** Whether the text writes number `key` with a degree sign after it, or a letter glued to it ("200° C", "180C"): a unit the data do not read. */
export function gluedUnit(text: string, key: string): boolean {
  const digits = key.replace(/\.0+$/u, "");
  if (!/^\d+(?:\.\d+)?$/u.test(digits)) return false;
  // Found by hand, not by a pattern made per key: a `\p{L}` compiled per call was the review's costliest line on long text.
  const needles = digits.includes(".") ? [digits, digits.replace(".", ",")] : [digits];
  for (const needle of needles)
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const before = at > 0 ? text.charCodeAt(at - 1) : 0;
      if ((before >= 48 && before <= 57) || before === 46 || before === 44) continue;
      const end = at + needle.length;
      if (end >= text.length) continue;
      if (text[end] === "°" || (WHITE.test(text[end]!) && text[end + 1] === "°")) return true;
      if (charBits(text.codePointAt(end)!) & LETTER) return true;
    }
  return false;
}

/** One white-space character as `\s` takes it. */
const WHITE = /^\s$/u;

/** A language's function words (`danglingWords`, `frequentWords`), lowercase: no unit. */
const plainWords = new WeakMap<LanguageProfile, ReadonlySet<string>>();
function plainWordsOf(lang: LanguageProfile): ReadonlySet<string> {
  let out = plainWords.get(lang);
  if (!out) {
    out = new Set([...lang.danglingWords, ...(lang.frequentWords ?? [])].map((w) => w.toLowerCase()));
    plainWords.set(lang, out);
  }
  return out;
}

/** Letters a unit's word has at least to be judged left in the source's language ("minutes", "hours"; not "km", "mm"). */
const UNIT_WORD_LETTERS = 4;

/**
 * An amount's unit left in the source's language, in a translation written in another script: "every 5 minutes" /
 * "на всеки 5 minutes", "48 hours" / "след 48 hours" (stranger 380: a game's strings passed, exit 0). The same number
 * and word on both sides, a word of the source language's units that the translation's language does not use, and no
 * symbol both write ("km", "kg"). A warning.
 */
export const unitUntranslated: Check = {
  name: "a unit left in the source's language",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length === 0 || link.target.length === 0 || ctx.source.script === ctx.target.script) return undefined;
    const lt = ctx.linkTokens(k);
    if (!lt.target.some((t) => t.kind === "number")) return undefined;
    // A sentence left in the source's language is the untranslated check's, its units with it.
    if (link.target.some((id) => ctx.target.scriptOf(id).script !== ctx.target.script)) return undefined;
    const theirs = oneWordUnits(ctx.source.lang, "");
    const mine = oneWordUnits(ctx.target.lang, "");
    const copied = (tokens: readonly Matchable[]) =>
      tokens.flatMap((t, n) => {
        const next = tokens[n + 1];
        return t.kind === "number" &&
          next?.kind === "word" &&
          next.key.length >= UNIT_WORD_LETTERS &&
          theirs.has(next.key) &&
          !mine.has(next.key) &&
          !UNIT_SYMBOL_WORDS.has(next.key)
          ? [`${t.surface} ${next.surface}`]
          : [];
      });
    const left = copied(lt.target).filter((said) => copied(lt.source).includes(said));
    if (left.length === 0) return undefined;
    return {
      type: "units",
      severity: "warning",
      reason: `the translation leaves ${left.map((x) => `"${x}"`).join(", ")} as the source writes ${left.length > 1 ? "them" : "it"}, in ${ctx.source.lang.name}: unit left untranslated?`,
      evidence: { source: left, target: left },
    } satisfies Flag;
  },
};

/** Every unit's symbol in lowercase ("km", "kg", "kwh"): written alike in any language. */
const UNIT_SYMBOL_WORDS: ReadonlySet<string> = new Set(
  Object.values(UNIT_SYMBOLS)
    .flat()
    .map((s) => s.toLowerCase()),
);

/** A language's unit words in lowercase, one word each ("minutes", "часа"). */
const oneWordUnits = perLanguage(
  (lang): ReadonlySet<string> =>
    new Set(
      Object.values(lang.units)
        .flat()
        .filter((w) => !w.includes(" "))
        .map((w) => w.toLowerCase()),
    ),
);

/**
 * An amount of a measuring unit whose number the translation gives bare: the
 * unit left out ("3,5 л" / "3.5", "800 W" / "800"), where the translation
 * writes that unit nowhere (a range or a list says it once: "500 и 1000 mg").
 * A warning: the unit may be said in words the language data do not know,
 * though a function word or punctuation after the number says it is not.
 */
export const unitLeftOut: Check = {
  name: "a measuring unit left out of an amount",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    // One cause, one flag: a number or unit changed, or a sentence left untranslated, says so already.
    if (earlier.some((f) => f.type === "numbers" || f.type === "units" || f.type === "untranslated")) return undefined;
    const lt = ctx.linkTokens(k);
    if (!lt.source.some((t) => t.kind === "number") || !lt.target.some((t) => t.kind === "number")) return undefined;
    const source = amountsOf(ctx.source.side.segments, link.source, lt.sourceSegments, ctx.source.lang).filter(
      (a) => measured(a.unit) && !a.scaled,
    );
    if (source.length === 0) return undefined;
    const target = amountsOf(ctx.target.side.segments, link.target, lt.targetSegments, ctx.target.lang);
    const dictionary = ctx.dictionary;
    const translates = (t: Matchable) =>
      lt.source.some((s) => s.kind === "word" && (dictionary?.lookup(s.stem)?.has(t.stem) === true || anchorMatch(s, t) !== undefined));
    const targetText = ctx.target.text(link.target);
    // A unit said in words the data do not know, for any amount of it ("between 5 and 35 degrees C"), or written glued or
    // as a degree sign ("180C", "200° C"), is said for all: the number bare beside it may share it.
    const bares = source.map((a) => bareIn(lt.target, a.key, ctx.target.lang, translates));
    const worded = new Set(source.filter((a, n) => bares[n] === undefined || gluedUnit(targetText, a.key)).map((a) => a.unit));
    for (const [n, a] of source.entries()) {
      // The unit written anywhere in the translation, or the number with a unit of its own (another unit: the units check's).
      if (target.some((b) => sameUnit(a.unit, b.unit) || b.key === a.key)) continue;
      if ([...worded].some((u) => sameUnit(u, a.unit))) continue;
      const bare = bares[n];
      if (bare === undefined) continue;
      return {
        type: "units",
        severity: "warning",
        reason: `the translation has ${bare} with no unit where the source says ${a.written}: unit left out?`,
        evidence: { source: [a.written], target: [bare] },
      };
    }
    return undefined;
  },
};

/** The texts but those another of them ends with ("14 days" of "7 to 14 days"), each once. */
function withinOthers(texts: readonly string[]): string[] {
  const distinct = [...new Set(texts)];
  return distinct.filter((t) => !distinct.some((o) => o !== t && o.endsWith(t)));
}

/** The unit a table's cell holds alone ("кг", "м³", "t"), by the language's words or the symbols; undefined for any other cell. */
function cellUnit(cell: string, lang: LanguageProfile): string | undefined {
  const text = cell.trim();
  // A power in a plain digit is the unit's ("м3", "m2").
  if (text === "" || text.length > MAX_UNIT_CELL || /\d/u.test(text.replace(/(?<=\p{L})[23]$/u, ""))) return undefined;
  const p = patterns(lang);
  return p.symbols.get(text) ?? p.symbols.get(text.replace(/\.$/u, "")) ?? p.words.get(wordForm(text));
}
/** A cell longer than this is text, no unit alone. */
const MAX_UNIT_CELL = 12;

/** The figures of a row's cells, as the numbers check keys them, in any order (its columns may be another): what says the two rows are the same quantities. */
function rowFigures(tokens: readonly Matchable[]): string {
  return tokens
    .filter((t) => t.kind === "number")
    .map((t) => t.key)
    .sort()
    .join(" ");
}

/**
 * A bill of quantities' unit column changed: a row of cells between tabs whose unit cell is another unit than the source's,
 * its quantity the same ("кг<TAB>62 350" / "t<TAB>62,350": a thousand times the steel; stranger 193). A unit in a cell of
 * its own is no number's neighbour, which the units check reads. An error.
 */
export const unitColumnChanged: Check = {
  name: "a table's unit column changed",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length !== 1 || link.target.length !== 1) return undefined;
    // As written, tabs and all (the review's texts fold white space).
    const source = ctx.source.side.segments[link.source[0]!]!.text;
    const target = ctx.target.side.segments[link.target[0]!]!.text;
    if (!source.includes("\t") || !target.includes("\t")) return undefined;
    const [sc, tc] = [source.split("\t"), target.split("\t")];
    if (sc.length !== tc.length) return undefined;
    const lt = ctx.linkTokens(k);
    if (rowFigures(lt.source) !== rowFigures(lt.target)) return undefined;
    // Each side's unit cells, compared in the same column; where each row has one, wherever the translation put its
    // column ("Количество<TAB>Мярка" for "Unit<TAB>Quantity"; stranger 245).
    const units = (cells: readonly string[], lang: LanguageProfile) =>
      cells.flatMap((cell, n) => {
        const unit = cellUnit(cell, lang);
        return unit === undefined ? [] : [{ n, unit, written: cell.trim() }];
      });
    const [su, tu] = [units(sc, ctx.source.lang), units(tc, ctx.target.lang)];
    const pairs =
      su.length === 1 && tu.length === 1
        ? [[su[0]!, tu[0]!] as const]
        : su.flatMap((a) => tu.filter((b) => b.n === a.n).map((b) => [a, b] as const));
    for (const [a, b] of pairs) {
      if (a.unit === b.unit) continue;
      const [sw, tw] = [a.written, b.written];
      return {
        type: "units",
        severity: "error",
        reason: `the translation's unit column says ${tw} where the source says ${sw}, the quantities the same: another unit`,
        evidence: { source: [sw], target: [tw] },
      } satisfies Flag;
    }
    return undefined;
  },
};
