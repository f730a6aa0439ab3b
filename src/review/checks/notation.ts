/**
 * How a number is written, where the value is the same on both sides and the
 * numbers check has nothing to say: an amount's sign in brackets lost
 * ("(41 830)" in a statement's table is minus 41,830), and the source's
 * decimal comma kept in a language that writes a point ("11,3%" in
 * English reads as 113 %).
 */
import type { LanguageProfile } from "../../lang/index.js";
import { UNIT_SYMBOLS } from "../../lang/units.js";
import type { Matchable } from "../../score/index.js";
import { currencyBefore, magnitudeOf, moneyAfter, numberParts } from "../../score/tokens.js";
import type { Flag, Link } from "../../types.js";
import type { ReviewContext, SideInfo } from "../context.js";
import { minusBefore } from "../text.js";
import { tokenSpans } from "../tokens.js";
import type { Check } from "./types.js";
import { spelledOf } from "./written.js";

/** A number as written on one side: its value (the token's key), its text, whether it says it is below zero, and how. */
interface Written {
  readonly key: string;
  readonly surface: string;
  readonly negative: boolean;
  /** The number with its sign as the text writes it: "(41 830)", "-41 830"; the surface where it has none. */
  readonly signed: string;
  /** A temperature in degrees or kelvin follows it ("-20 °C"): below zero at any size. */
  readonly degrees: boolean;
  /** A per cent sign follows it ("-8,0 %"): a change below zero at any size. */
  readonly percent: boolean;
  /** A minus glued to it after a word ("Ден -28", "Day -1"): a day before another's, below zero at any size. */
  readonly labelled: boolean;
  /** A plus before it ("+12,7 %"): above zero, said so. */
  readonly plus: boolean;
  /** Bracketed with money's words after it ("(73) хил. лв.") or alone in a table's cell ("\t(73)\t"): an amount at any size. */
  readonly money: boolean;
  /** Its sign right after an opening bracket ("(-0.2%)", "(+0,8 %)"): the brackets are a text's, no sign of their own. */
  readonly signInBrackets: boolean;
  /** A share in brackets after its words, an aside ("was (0.8%) in 2025"), which a report may mean below zero. */
  readonly aside: boolean;
}

/** A per cent sign right after a number, a space before it or not. */
const PERCENT_AFTER = /^[\s\u00a0\u202f]?%/u;

/** A temperature's unit after a number: "°C", "° C", "℃", "°F", "K" alone. */
const DEGREES_AFTER = /^[\s\u00a0\u202f]?(?:°|℃|℉|K(?![\p{L}\p{N}]))/u;

/** A range's upper end and its temperature's unit after a number: " до +25 °C", " to 25°C", "–5 °C". */
const DEGREES_RANGE = /^[ \u00a0]*(?:[-–—]|\p{L}{1,3})[ \u00a0]*[+\-−–]?\d[\d.,]*[ \u00a0]?(?:°|℃|℉)/u;

/** How far before a share's bracket its sentence's word is looked for ("reached (58%)"). */
const ASIDE_REACH = 6;

/** Whether a text ends on a grade's word of the language and an opening bracket: "... Excellent (", "... Много добър (". */
function afterGrade(before: string, lang: LanguageProfile): boolean {
  const words = lang.gradeWords;
  if (!words) return false;
  const m = /(\p{L}+(?:\s+\p{L}+)?)\s*\(\s?$/u.exec(before);
  if (!m) return false;
  const last = m[1]!.toLowerCase();
  return words.some((w) => last === w || last.endsWith(` ${w}`));
}

/** Brackets around a number alone, "(41 830)", or a minus sign before it: how accounts write a number below zero. */
function writtenNumbers(text: string, tokens: readonly Matchable[], lang: LanguageProfile, raw = text): Written[] {
  if (!/\d/u.test(text)) return [];
  const spans = tokenSpans(text, tokens);
  const out: Written[] = [];
  tokens.forEach((t, k) => {
    if (t.kind !== "number" || !spans[k]!.found) return;
    const { start, end } = spans[k]!;
    const before = text.slice(Math.max(0, start - 2), start);
    // A per cent sign inside the brackets too: a table's change column writes "(27,1 %)" (stranger 106).
    const after = PERCENT_AFTER.exec(text.slice(end, end + 4))?.[0].length ?? 0;
    // Not a share in brackets after its words, an aside: "has been reached (58%)." (stranger 143), "lowest in Sofia (1.9%)
    // and highest in Vidin (14.8%)." (stranger 229); a table's change column has a tab before it and no word after.
    const aside =
      after > 0 &&
      /\p{L}[ \u00a0]*\(\s?$/u.test(text.slice(Math.max(0, start - ASIDE_REACH), start)) &&
      /^\s?\)(?:\s*[.;!?]\s*$|,?[ \u00a0]+\p{L})/u.test(text.slice(end + after));
    // Nor a fraction: accounts bracket no "(1/2)", a deed restates "one half (1/2)" (stranger 152); nor a grade's figure
    // after its word, "Excellent (5.62)" (stranger 188).
    const bracketed =
      !aside &&
      !text.slice(start, end).includes("/") &&
      /\(\s?$/u.test(before) &&
      /^\s?\)/u.test(text.slice(end + after, end + after + 2)) &&
      !afterGrade(text.slice(0, start), lang);
    // An amount bracketed with its currency and magnitude, "(EUR 2.3 million)", "(2,3 млн. лв.)", where it stands as a
    // value: after a copula or a colon, or alone in a table's cell (stranger 311).
    const wide = !aside && !bracketed ? amountBracketed(text, start, end, lang, raw) : undefined;
    const minus = minusBefore(before);
    // "(2,5) млн." is 2.5 where "BGN 2.5 million" is 2,500,000: a magnitude word's number is compared as written.
    const figures = t.scaled ? /^\d[\d.,\s]*\d|^\d/u.exec(t.surface)?.[0] : undefined;
    const key = figures ? (numberParts(figures, lang)[0]?.value ?? t.key) : t.key;
    const surface = text.slice(start, end);
    // A plus glued before it ("+12,7 %"): a rise said so, whose minus in the translation is a fall, no rewording.
    const plus = !bracketed && !minus && /(?:^|[\s(])\+$/u.test(before);
    const signed = wide ?? (bracketed ? `(${surface})` : minus || plus ? `${before.at(-1)}${surface}` : surface);
    out.push({
      key,
      surface,
      negative: bracketed || minus || wide !== undefined,
      signed: bracketed && after > 0 ? `(${surface}${text.slice(end, end + after)})` : signed,
      // A range's lower end takes the unit after its upper one: "от −25 до +25 °C" (stranger 324: its minus lost passed).
      degrees: DEGREES_AFTER.test(text.slice(end, end + 3)) || DEGREES_RANGE.test(text.slice(end, end + 20)),
      percent: after > 0,
      plus,
      money: wide !== undefined || (bracketed && (moneyAfter(text, text.indexOf(")", end + after) + 1, lang) || cellAlone(raw, surface))),
      signInBrackets: (minus || plus) && /\(\s?[-−–+]$/u.test(text.slice(Math.max(0, start - 3), start)),
      aside,
      labelled:
        minus &&
        /^[-−–]\d/u.test(text.slice(start - 1, start + 1)) &&
        /\p{L}[\s\u00a0]$/u.test(text.slice(Math.max(0, start - 3), start - 1)),
    });
  });
  return out;
}

/** How far an amount's bracket may open before its figures and close after them ("(EUR ", " млн. лв.)"). */
const BRACKET_REACH = 16;

/**
 * "(EUR 2.3 million)" of an amount at `start`-`end` where it stands as a value, below zero as accounts write it: the
 * bracket holds a currency before the figures or money's words after them and nothing else, and opens after a copula
 * of the language, a colon or a tab, or alone in a table's cell. Not a conversion after another amount ("BGN 4.5
 * million (EUR 2.3 million)") nor an aside after a noun ("a grant (EUR 2.3 million) was paid"). Undefined where not.
 */
function amountBracketed(text: string, start: number, end: number, lang: LanguageProfile, raw: string): string | undefined {
  const open = text.lastIndexOf("(", start);
  const close = text.indexOf(")", end);
  if (open < 0 || close < 0 || start - open > BRACKET_REACH || close - end > BRACKET_REACH) return undefined;
  const [head, tail] = [text.slice(open + 1, start), text.slice(end, close)];
  if (/[\d()]/u.test(head + tail) || (head.trim() === "" && tail.trim() === "")) return undefined;
  if (head.trim() !== "" && (!currencyBefore(text, start) || /\s\S/u.test(head.trim()))) return undefined;
  if (tail.trim() !== "" && (!moneyAfter(text, end, lang) || tail.trim().split(/\s+/u).length > 3)) return undefined;
  const bracket = text.slice(open, close + 1);
  const before = text.slice(Math.max(0, open - 30), open).trimEnd();
  const copulas = lang.termWords?.copulas ?? [];
  const word = /(\p{L}+)$/u.exec(before)?.[1]?.toLowerCase();
  const value = /[:=\t]$/u.test(text.slice(0, open).replace(/[ \u00a0]+$/u, "")) || (word !== undefined && copulas.includes(word));
  const cell = hasCells(raw) && raw.split(CELL_BREAKS).some((c) => c.trim() === bracket);
  return value || cell ? bracket : undefined;
}

/**
 * Cells of a table's row: between tabs, or set apart by two spaces or more as `pdftotext -layout` sets a statement's
 * columns (stranger 326: "(1 082)     (946)" / "(1,082)     946" passed, as the same row between tabs did not).
 */
const CELL_BREAKS = /[\t\n\r]| {2,}/u;

function hasCells(raw: string): boolean {
  return raw.includes("\t") || raw.includes("  ");
}

/**
 * Whether the text says in words that an amount is below zero ("a loss of 41,830", "загуба от"), by the language's
 * list. In a table's row (`raw`, cells between tabs), in the cell of the amount (`surface`): the row's name "Net
 * profit (loss)" names both signs, and its figures say which.
 */
/** "/(загуба)", "/(loss)", "/(expense)": a label's sign convention, a word in brackets after a slash. */
const SIGN_CONVENTION = /\/\s*\([^()\d]*\)/u;
const SIGN_CONVENTIONS = new RegExp(SIGN_CONVENTION.source, "gu");

function saysNegative(tokens: readonly Matchable[], lang: LanguageProfile, raw: string, surface: string): boolean {
  const list = lang.negativeAmountWords;
  if (!list?.length) return false;
  // A word's start, or with "$" after it the whole word ("off$": not "offer").
  const startsWith = (word: string, w: string) => (w.endsWith("$") ? word === w.slice(0, -1) : word.startsWith(w));
  const cell = hasCells(raw) ? raw.split(CELL_BREAKS).find((c) => c.includes(surface)) : undefined;
  // A label's loss in brackets after a slash is the sign convention the figure follows, no loss said: "Нетна
  // печалба/(загуба)", "Net profit/(loss)" (stranger 177: a sign added on that row passed).
  if (cell === undefined && !SIGN_CONVENTION.test(raw))
    return tokens.some((t) => t.kind === "word" && list.some((w) => startsWith(t.key, w)));
  return (cell ?? raw.replace(SIGN_CONVENTIONS, " "))
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .some((word) => word !== "" && list.some((w) => startsWith(word, w)));
}

/**
 * An amount below zero on one side only: "(41 830)" or "-41 830" in the
 * source, "41,830" in the translation, with no brackets, minus or word of a
 * loss or a decrease there (or the other way round). Small bracketed numbers
 * are a paragraph's ("(4)"), a bracketed year a reference ("(2024)"): only
 * amounts of three figures or more, or with decimals, count. An error where
 * the sign is lost (a translation saying "a loss of" where the source brackets
 * is not flagged: judged only where the language says which words do,
 * `negativeAmountWords`), a warning where it is added.
 */
export const signLost: Check = {
  name: "an amount's sign lost",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    if (!ctx.source.lang.negativeAmountWords || !ctx.target.lang.negativeAmountWords) return undefined;
    const lt = ctx.linkTokens(k);
    // As written, tabs and all: a table's row says its figures' signs cell by cell.
    const raw = (side: typeof ctx.source, ids: readonly number[]) => ids.map((id) => side.side.segments[id]!.text).join("\n");
    const [sourceRaw, targetRaw] = [raw(ctx.source, link.source), raw(ctx.target, link.target)];
    const source = writtenNumbers(ctx.source.text(link.source), lt.source, ctx.source.lang, sourceRaw);
    if (source.length === 0) return undefined;
    const target = writtenNumbers(ctx.target.text(link.target), lt.target, ctx.target.lang, targetRaw);

    const one = (
      from: readonly Written[],
      to: readonly Written[],
      toRaw: string,
      toTokens: readonly Matchable[],
      toLang: LanguageProfile,
    ) => {
      for (const s of from) {
        if (!s.negative || !amountLike(s)) continue;
        const same = to.filter((t) => t.key === s.key);
        // Brackets the source writes its sign inside ("BGTR30: 892.40 (-0.2%)") are a text's, and so the translation's
        // same brackets without it ("(0,2%)"): no accounts' minus (stranger 246).
        const signed = (t: Written) => t.negative && !(s.signInBrackets && t.signed.startsWith("("));
        // As many below zero on the other side as here: the same number written both ways ("от −25 до +25 °C") keeps its
        // minus where the other side keeps one ("from 25 to +25 °C" lost it; stranger 324).
        // A copy written twice below zero ("-20 °C (-20 °F)") is no sign added: only one the other side has without a sign counts.
        if (
          same.length === 0 ||
          same.every(signed) ||
          same.filter(signed).length >= from.filter((o) => o.key === s.key && o.negative).length
        )
          continue;
        // A share the other side brackets as an aside ("was (0.8%) in 2025"): a report's brackets may say below zero,
        // and the minus here reads them so (stranger 253).
        if (same.some((t) => t.aside)) continue;
        // A statistic's value keeps its sign whatever the words say ("a negative correlation (r = 0.62)"; stranger 237).
        // A temperature is below zero by its sign or in so many words ("below zero", "под нулата"), never by a fall's word:
        // "ще падне до -5 °C" / "will fall to 5 °C" lost the minus (stranger 341).
        if (s.degrees) {
          if (toLang.belowZero && new RegExp(toLang.belowZero, "iu").test(toRaw)) continue;
        } else if (!statistic(toRaw, same[0]!.surface) && saysNegative(toTokens, toLang, toRaw, same[0]!.surface)) continue;
        // The counterpart the figure answers: one with its plus, or of its kind, before a clause's label of the same
        // number ("5.1. ... не по-ниска от +5 °C" / "5.1. ... not lower than -5 °C" named the label; stranger 377).
        const unsigned = same.filter((t) => !signed(t));
        return { s, t: unsigned.find((t) => t.plus) ?? unsigned.find((t) => t.degrees === s.degrees) ?? unsigned[0] ?? same[0]! };
      }
      return undefined;
    };
    const lost = one(restated(source, ctx.source, link.source, lt.source), target, targetRaw, lt.target, ctx.target.lang);
    const added = lost
      ? undefined
      : one(restated(target, ctx.target, link.target, lt.target), source, sourceRaw, lt.source, ctx.source.lang);
    if (!lost && !added) return undefined;
    const [sw, tw] = lost ? [lost.s.surface, lost.t.surface] : [added!.t.surface, added!.s.surface];
    // The source said the plus ("+12,7 %" / "-12.7%"; stranger 213): the sign turned, not added.
    const turned = added !== undefined && added.t.plus;
    const reason = lost
      ? lost.t.negative
        ? `the source writes ${lost.s.signed} below zero where the translation has ${lost.t.signed} with no minus inside its brackets: sign lost?`
        : lost.s.degrees
          ? `the source writes ${lost.s.signed} below zero where the translation has ${tw} with no minus: sign lost?`
          : `the source writes ${lost.s.signed} below zero where the translation has ${tw} with no brackets, minus or word of a loss: sign lost?`
      : turned
        ? `the translation writes ${added!.s.signed} below zero where the source has ${added!.t.signed}: the sign turned`
        : `the translation writes ${added!.s.signed} below zero where the source has ${sw}: sign added?`;
    // A sign lost with no word of a loss or a fall for it is a figure changed, as a lost zero is (stranger 89: a financial
    // statement's "(412)" as "412"); a sign added may be the translation's way of saying a loss the source says in words.
    return {
      type: "numbers",
      severity: lost || turned ? "error" : "warning",
      reason,
      // As written, signs included: a report's place is the figure's, not a clause's number before it ("5.1. ... +5 °C").
      evidence: lost ? { source: [lost.s.signed], target: [lost.t.signed] } : { source: [added!.t.signed], target: [added!.s.signed] },
    } satisfies Flag;
  },
};

/**
 * A side's numbers, a bracketed one that the side also writes out in words not below zero: a contract restates an
 * amount in figures after its words, "eight hundred and fifty (850)", "сто и двадесет (120) дни" (stranger 103).
 */
function restated(written: readonly Written[], info: SideInfo, ids: readonly number[], tokens: readonly Matchable[]): readonly Written[] {
  if (!written.some((w) => w.negative && w.signed.startsWith("("))) return written;
  const spelt = spelledOf(info, ids, tokens);
  return written.map((w) => (w.negative && w.signed.startsWith("(") && spelt.some((t) => t.key === w.key) ? { ...w, negative: false } : w));
}

/** A statistic's symbol and "=" right before a number: "r = ", "ρ = ", "β=", "t = ", "z = ", "OR = ". */
const STATISTIC_BEFORE = /(?<![\p{L}\p{N}])(?:r|rs|R|ρ|β|b|t|z|d)\s?=\s?$/u;

/** Whether the number written `surface` in `raw` is a statistic's value: "r = 0.62". */
function statistic(raw: string, surface: string): boolean {
  const at = raw.indexOf(surface);
  return at > 0 && STATISTIC_BEFORE.test(raw.slice(Math.max(0, at - 8), at));
}

/** Whether a bracketed number stands alone in a table's cell of the raw text ("Отписани вземания\t(73)\t(45)"; `CELL_BREAKS`). */
function cellAlone(raw: string, surface: string): boolean {
  if (!hasCells(raw)) return false;
  const at = raw.indexOf(`(${surface})`);
  if (at < 0) return false;
  const end = at + surface.length + 2;
  const opens = raw[at - 1] === "\t" || raw.slice(at - 2, at) === "  ";
  const next = raw.slice(end, end + 2);
  return at > 0 && opens && (end === raw.length || /^[\t\n\r]/u.test(next) || next === "  ");
}

/**
 * Three figures or more, or decimals: an amount, not a paragraph's number "(4)" or a year "(2024)"; a temperature below
 * zero; a small figure written as money or in a table's cell (stranger 230: "(73)" of a statement kept in thousands).
 */
function amountLike(w: Written): boolean {
  if (w.money) return true;
  if (w.degrees && !w.signed.startsWith("(")) return true;
  // A change in per cent below zero ("-8,0 %", "(8.0%)") is a fall, however small: its sign lost is a rise.
  if (w.percent || w.labelled) return true;
  const digits = w.key.replace(/\D/gu, "").length;
  if (w.key.includes(".")) return true;
  return digits >= 3 && !(digits === 4 && /^(?:19|20)\d\d$/u.test(w.key) && !/\D/u.test(w.surface));
}

/** A number with a comma and one or two figures after it ("11,3"), or three before a per cent sign ("3,125%": no thousands). */
const DECIMAL_COMMA = /(?<![\d.,])\d{1,3},(?:\d{1,2}(?![\d,])|\d{3}(?=\s?%))/gu;

/**
 * The source's decimal comma kept in a translation whose language writes a
 * point: "11,3 %" translated "11,3%" (English reads 113). A number with one
 * or two figures after the comma, written so in the source too; three figures
 * after it are a thousands group, the numbers check's ("8,826 million" for
 * "8,826 млн."). A point kept the other way is not judged: "4.2" and "22.04"
 * are a version and a date in any language. A warning.
 */
export const decimalKept: Check = {
  name: "the source's decimal comma kept",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    if (ctx.source.lang.decimalSeparator === "." && ctx.target.lang.decimalSeparator === ",") return pointKept(ctx, link);
    if (ctx.source.lang.decimalSeparator !== "," || ctx.target.lang.decimalSeparator !== ".") return undefined;
    const target = ctx.target.text(link.target);
    if (!target.includes(",")) return undefined;
    const source = ctx.source.text(link.source);
    // A sentence left in the source's language keeps its commas with the rest: the untranslated check says so (stranger 292).
    if (target === source || link.target.some((id) => ctx.target.scriptOf(id).script !== ctx.target.script)) return undefined;
    const inSource = (n: string) => new RegExp(`(?<![\\d.,])${n}(?![\\d.,])`, "u").test(source);
    // Not a citation's two references in square brackets ("[7,9]", stranger 133).
    const cited = (m: RegExpMatchArray) => target[m.index! - 1] === "[" && target[m.index! + m[0].length] === "]";
    const kept = [...target.matchAll(DECIMAL_COMMA)]
      .filter((m) => !cited(m))
      .map((m) => m[0])
      .find(inSource);
    // Three decimals copied as written: a language whose decimal is a comma groups thousands otherwise (a space, a point),
    // so a bill of quantities' "48,750 т" is 48.75 tonnes, and "48,750 t" a thousand times that in English (stranger 377).
    const grouped =
      kept ??
      [...target.matchAll(THREE_DECIMALS)]
        .filter((m) => !cited(m))
        .map((m) => m[0])
        .find(inSource);
    if (!grouped) return undefined;
    const reads = kept ? "" : ` (${grouped} reads as ${grouped.replace(",", "")} there)`;
    return {
      type: "numbers",
      severity: "warning",
      reason: `the translation writes ${grouped} with the source's decimal comma: ${ctx.target.lang.name} writes ${grouped.replace(",", ".")}${reads}`,
      evidence: { source: [grouped], target: [grouped] },
    } satisfies Flag;
  },
};

/** A number with a comma and three figures after it, no more: a decimal in a language that groups thousands otherwise. */
const THREE_DECIMALS = /(?<![\d.,])\d{1,3},\d{3}(?![\d.,])/gu;

/** Every unit's symbol written the same in any language ("kt", "Mt", "GJ"): a unit's prefix changed is told by them. */
const UNIT_SYMBOL_SET: ReadonlySet<string> = new Set(Object.values(UNIT_SYMBOLS).flat());

/** A decimal point before a per cent sign or a magnitude word ("4.3%", "12.5 млн."): a decimal in any language that writes one. */
const POINT_DECIMAL = /(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d.,])(?=\s?(%|\p{L}+\.?))/gu;
/** A number grouped in thousands with commas ("1,450", "12,500,000"). */
const COMMA_GROUPS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)/gu;

/**
 * The source's way of writing a number kept in a translation whose language writes a decimal comma (English into
 * Bulgarian or German): a decimal point before a per cent sign or a magnitude word ("4.3%", "12.5 млн."), or a
 * thousands comma, which the translation's language reads as a decimal one ("1,450 W" is 1.45 W in German). A
 * version or a date ("5.1", "22.04") is not judged. A warning (stranger 81).
 */
function pointKept(ctx: ReviewContext, link: Link): Flag | undefined {
  const target = ctx.target.text(link.target);
  if (!/\d[.,]\d/u.test(target)) return undefined;
  const source = ctx.source.text(link.source);
  const inSource = (n: string) => new RegExp(`(?<![\\d.,])${n.replace(/\./gu, "\\.")}(?![\\d.,])`, "u").test(source);
  const lang = ctx.target.lang;
  const point = [...target.matchAll(POINT_DECIMAL)].find((m) => (m[1] === "%" || magnitudeOf(m[1]!, lang) > 1) && inSource(m[0]))?.[0];
  if (point)
    return {
      type: "numbers",
      severity: "warning",
      reason: `the translation writes ${point} with the source's decimal point: ${lang.name} writes ${point.replace(".", ",")}`,
      evidence: { source: [point], target: [point] },
    };
  // Not a patent's number, its office's code before it and its kind after ("US 6,237,679 B1"; stranger 166): copied as written.
  const patent = (m: RegExpMatchArray) =>
    /\b[A-Z]{2}\s?$/u.test(target.slice(Math.max(0, m.index! - 3), m.index)) &&
    /^\s?[A-Z]\d?\b/u.test(target.slice(m.index! + m[0].length));
  // Nor one before a magnitude word: "121,815 млн." is 121.815 million, as the language reads it, and the numbers check
  // compares it with the source's "121,815 thousand" (stranger 253: "write 121815" would make it a thousand times more).
  const magnitude = (m: RegExpMatchArray) => {
    const next = /^\s?(\p{L}+)/u.exec(target.slice(m.index! + m[0].length))?.[1];
    return next !== undefined && magnitudeOf(next, lang) > 1;
  };
  // Nor one whose unit the translation changed ("1,284 kt" / "1,284 Mt", the comma a decimal one: a conversion the units
  // check compares; stranger 311: "write 1284" would make it a thousand times more).
  const symbolAfter = (text: string, at: number) => {
    const word = /^\s?([\p{L}\p{N}]+)/u.exec(text.slice(at))?.[1];
    return word !== undefined && UNIT_SYMBOL_SET.has(word) ? word : undefined;
  };
  const unitChanged = (m: RegExpMatchArray) => {
    const theirs = symbolAfter(target, m.index! + m[0].length);
    const at = source.search(new RegExp(`(?<![\\d.,])${m[0]}(?![\\d.,])`, "u"));
    const mine = at < 0 ? undefined : symbolAfter(source, at + m[0].length);
    return theirs !== undefined && mine !== undefined && theirs !== mine;
  };
  const groups = [...target.matchAll(COMMA_GROUPS)]
    .filter((m) => !patent(m) && !magnitude(m) && !unitChanged(m))
    .map((m) => m[0])
    .find(inSource);
  if (!groups) return undefined;
  return {
    type: "numbers",
    severity: "warning",
    reason: `the translation writes ${groups} as the source does, but in ${lang.name} a comma is the decimal mark (a reader there takes ${groups} for ${decimalRead(groups)}): write ${groups.replace(/,/gu, "")}`,
    evidence: { source: [groups], target: [groups] },
  };
}

/** "1,450" read with its first comma as a decimal mark, as a comma-decimal language reads it: 1.45. */
function decimalRead(groups: string): string {
  const at = groups.indexOf(",");
  const decimals = groups
    .slice(at + 1)
    .replace(/,/gu, "")
    .replace(/0+$/u, "");
  return decimals === "" ? groups.slice(0, at) : `${groups.slice(0, at)}.${decimals}`;
}
