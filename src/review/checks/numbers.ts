/** Numbers on one side of a link only. */
import { CURRENCY_CODES, isUnitSymbol, type LanguageProfile, UNIT_SYMBOLS } from "../../lang/index.js";
import { isSignificantNumber, type Matchable } from "../../score/index.js";
import { numberParts } from "../../score/tokens.js";
import type { Flag, Link, Segment } from "../../types.js";
import type { LinkTokens, ReviewContext, SideInfo } from "../context.js";
import { keptPerLanguage, perLanguage } from "../memo.js";
import { escapeRegExp, isAre, romanValue, spacedOtherwise, unique } from "../text.js";
import { objectList } from "../tokens.js";
import { mentionsClass } from "./classes.js";
import { hasDottedDigits } from "./codes.js";
import { compoundSpans, converted, LEV_PER_EURO, missedPeg, namedMasses, spanConverted } from "./convert.js";
import { linkDates } from "./dates.js";
import { readFigures } from "./figures.js";
import { fractionsCompared } from "./fractions.js";
import { frequentWordsOf } from "./romanized.js";
import type { Check } from "./types.js";
import { type Amount, amountsOf, bracketedConversions, spelledAmounts, temperatureChange, wrongConversions } from "./units.js";
import { spelledOf, unitWordsOf, WRITTEN_OUT } from "./written.js";
import { readRanges } from "./years.js";

interface Counted {
  readonly key: string;
  readonly n: number;
  readonly surface: string;
  /** Each token's surface of this number, in order (`surface` is the first, or the first the other side does not write). */
  readonly surfaces: readonly string[];
  readonly significant: boolean;
  /** Its value was multiplied by a magnitude word ("2,5 млн."). */
  readonly scaled: boolean;
  /** How many of its tokens are figures, not words ("850" of "eight hundred and fifty (850)"). */
  readonly figures: number;
}

/**
 * Numbers on one side only, as multisets: "2024" and "2023" is a changed
 * number. Small whole numbers count only when both sides have one unmatched
 * ("2 милиарда" and "$9 billion"); alone they are usually written as words.
 * The figures of a date the dates check compares ("15 април 2024 г." and
 * "15 April 2025") are left to it.
 */
export const numbers: Check = {
  name: "numbers",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    const lt = ctx.linkTokens(k);
    // Numbers written out ("пет", "twenty-five") pair with the digits the other side writes; alone they are never flagged.
    const sourceNumbers = numbersOf(ctx.source, link.source, lt.source);
    const anyDigits = sourceNumbers.digits || digits(lt.target);
    if (!anyDigits && sourceNumbers.spelt.length === 0) return undefined;
    const targetNumbers = numbersOf(ctx.target, link.target, lt.target);
    if (!anyDigits && targetNumbers.spelt.length === 0) return undefined;
    // The figures of dates compared across the link are the dates check's: a changed year is reported once, as a date.
    const owned = linkDates(ctx, k).figures;
    // A clause number both sides open with ("2.3. Първата вноска" / "2.3. The second instalment") says nothing, and must not
    // pair with a number the sentence writes out: it is left out on both sides.
    const label = sharedLabel(sourceNumbers.text, targetNumbers.text);
    // "1950-53" and "2019/20" are ranges of full years; "1-of-4" holds a 4.
    // "19.30 ч." is a clock time, 19:30; "FW-2.3.1" a code, the codes check's.
    // A figure with a point both sides write alike ("USB-A 3.2", "HDMI 2.0") is one value, though a language whose point
    // is no decimal mark reads it as two: its parts must not pair with the sentence's other numbers (stranger 117).
    const alike = pointedAlike(sourceNumbers.text, targetNumbers.text);
    const [sourceRanged, targetRanged] = withoutFigures(ranged(sourceNumbers), ranged(targetNumbers), alike);
    let sourceOwned = label ? [...owned.source, ...labelKeys(sourceRanged, label)] : owned.source;
    let targetOwned = label ? [...owned.target, ...labelKeys(targetRanged, label)] : owned.target;
    if (!label) {
      // A label only one side opens with ("Чл. 4. ... с тримесечно предизвестие." / "Either party ... three months' notice."):
      // the other's clause numbers are its word processor's automatic numbering, which a document's text does not hold.
      // Its number is left out, or it pairs with a number the sentence writes out ("three where the source says 4").
      // Not where the other side numbers the same thing further in ("По точка 7 от дневния ред" / "Item 4 on the agenda"):
      // the two numbers are compared.
      const ls = openingLabel(sourceNumbers.text, ctx.source.lang);
      const lt = openingLabel(targetNumbers.text, ctx.target.lang);
      // Nor where the other side opens with the label's number too: "№ 7715 / 14.09.2023 г." / "No. 7715 / 14 September
      // 2023" (stranger 124: "№" is a sign, no label word).
      if (ls !== undefined && lt === undefined && !labelledOtherwise(targetNumbers.text, ctx.target.lang, sourceNumbers.text))
        sourceOwned = [
          ...owned.source,
          ...unlessOpening(unlessAsOften(labelKeys(sourceRanged, ls, true), sourceRanged, targetRanged, ctx.target.lang), targetRanged),
        ];
      else if (lt !== undefined && ls === undefined && !labelledOtherwise(sourceNumbers.text, ctx.source.lang, targetNumbers.text))
        targetOwned = [
          ...owned.target,
          ...unlessOpening(unlessAsOften(labelKeys(targetRanged, lt, true), targetRanged, sourceRanged, ctx.source.lang), sourceRanged),
        ];
    }
    const s = count(sourceRanged, sourceOwned);
    const t = count(targetRanged, targetOwned);
    const us = unmatched(s, t);
    const ut = unmatched(t, s);
    // Every number paired off (most links with numbers): what follows only takes numbers off these lists, so nothing is left to say.
    // In a function of its own, compiled when it is needed: V8 compiles `run` on the links of every kind, and this rarely.
    const flag = us.length === 0 && ut.length === 0 ? undefined : unpaired(ctx, link, k, s, t, us, ut);
    // A placeholder's number changed ("{2}" / "{1}") is the tags check's, told once (stranger 126).
    if (flag && inCodesTold(flag, earlier)) return undefined;
    return (
      flag ??
      (label || reorderedItems(ctx, link) ? undefined : labelChanged(sourceNumbers.text, targetNumbers.text)) ??
      pointedChanged(sourceNumbers.text, targetNumbers.text)
    );
  },
};

/** Whether every figure a flag quotes is inside a code an earlier tags flag quotes ("{2}", "{1}"). */
export function inCodesTold(flag: Flag, earlier: readonly Flag[]): boolean {
  const tags = earlier.filter((f) => f.type === "tags");
  if (tags.length === 0) return false;
  const evidence = (flag.evidence ?? {}) as { source?: unknown; target?: unknown };
  const listed = (x: unknown) => (Array.isArray(x) ? x.filter((w): w is string => typeof w === "string") : []);
  const quoted = [...listed(evidence.source), ...listed(evidence.target)];
  return quoted.length > 0 && quoted.every((w) => tags.some((f) => new RegExp(`[{<%\\[][^\\s{}]*${escapeRegExp(w)}`, "u").test(f.reason)));
}

/** The figures with one point each side writes as often as the other (`POINTED`), as written. */
function pointedAlike(source: string, target: string): ReadonlySet<string> {
  if (!hasDottedDigits(source) || !hasDottedDigits(target)) return NO_FIGURES;
  const tally = (text: string) => {
    const out = new Map<string, number>();
    for (const m of text.matchAll(POINTED)) if (!POINTED_THOUSANDS.test(m[0])) out.set(m[0], (out.get(m[0]) ?? 0) + 1);
    return out;
  };
  const theirs = tally(target);
  const out = new Set<string>();
  for (const [figure, n] of tally(source)) if (theirs.get(figure) === n) out.add(figure);
  return out;
}
const NO_FIGURES: ReadonlySet<string> = new Set();

/** Each side's tokens but the numbers written as one of `figures` on both ("9.30 ч." is a time, not the figure "9.30"). */
function withoutFigures(
  source: readonly Matchable[],
  target: readonly Matchable[],
  figures: ReadonlySet<string>,
): [readonly Matchable[], readonly Matchable[]] {
  if (figures.size === 0) return [source, target];
  const written = (tokens: readonly Matchable[]) =>
    new Set(tokens.filter((t) => t.kind === "number" && figures.has(t.surface)).map((t) => t.surface));
  const theirs = written(target);
  const both = new Set([...written(source)].filter((f) => theirs.has(f)));
  if (both.size === 0) return [source, target];
  const keep = (tokens: readonly Matchable[]) => tokens.filter((t) => t.kind !== "number" || !both.has(t.surface));
  return [keep(source), keep(target)];
}

/** A figure written with one point between digits ("5.0", "5.2"): not a date's, a thousands group's or a longer figure's part. */
const POINTED = /(?<![\p{N}.,:/-])\d+\.\d+(?![\p{N}]|[.,:/-]\p{N})/gu;
const POINTED_THOUSANDS = /^\d{1,3}\.\d{3}$/u;

/**
 * Figures written with a point on both sides, the same as written where the numbers pair off otherwise: "Notevo 5.0" /
 * "Notevo 5.2" (a language whose point is no decimal mark reads "5.2" as 5 and 2, the English "5.0" as 5, and the 5s
 * pair). Those of each side the other does not write, by value ("5.0" is "5.00"), with a whole part the other's left
 * figures have.
 */
function pointedChanged(source: string, target: string): Flag | undefined {
  if (!hasDottedDigits(source) || !hasDottedDigits(target)) return undefined;
  const read = (text: string) => [...text.matchAll(POINTED)].map((m) => m[0]).filter((f) => !POINTED_THOUSANDS.test(f));
  const s = read(source);
  const t = read(target);
  for (const same of [(a: string, b: string) => a === b, (a: string, b: string) => Number(a) === Number(b)])
    for (let i = s.length - 1; i >= 0; i--) {
      const j = t.findIndex((b) => same(s[i]!, b));
      if (j >= 0) {
        s.splice(i, 1);
        t.splice(j, 1);
      }
    }
  // Left on both sides with the same whole part: the figures that paired off by it alone ("5" of "5.0" and of "5.2"). A
  // clock's "19.30" and "7.30 pm" are one time, paired otherwise, and differ in their whole parts.
  const whole = (f: string) => f.slice(0, f.indexOf("."));
  const said = unique(s.filter((a) => t.some((b) => whole(b) === whole(a))));
  const written = unique(t.filter((b) => s.some((a) => whole(a) === whole(b))));
  if (said.length === 0) return undefined;
  return {
    type: "numbers",
    severity: "error",
    reason: `the translation says ${written.join(", ")} where the source says ${said.join(", ")}`,
    evidence: { source: said, target: written },
  };
}

/**
 * Whether a link of several items a side numbers the same items on both, in another order ("6. Почистете ... 7.
 * Поставете ..." / "7. Insert ... 6. Clean ..."): the order check's to tell, no clause renumbered (stranger 308).
 */
function reorderedItems(ctx: ReviewContext, link: Link): boolean {
  if (link.source.length < 2 || link.target.length !== link.source.length) return false;
  const labels = (side: SideInfo, ids: readonly number[]) =>
    ids
      .map((id) => clauseLabel(side.side.segments[id]!.text) ?? "")
      .sort()
      .join("\u0001");
  const s = labels(ctx.source, link.source);
  return !s.startsWith("\u0001") && s === labels(ctx.target, link.target);
}

/**
 * Clause numbers both texts open with that differ where their numbers pair
 * off otherwise: "2.3." made "2.3.1." (a clause moved a level down: the
 * English "2.3.1" is a code to the tokens, so no number is left over).
 */
function labelChanged(source: string, target: string): Flag | undefined {
  const s = clauseLabel(source);
  const t = clauseLabel(target);
  if (s === undefined || t === undefined || s === t) return undefined;
  return {
    type: "numbers",
    severity: "error",
    reason: `the translation numbers the clause ${t} where the source numbers it ${s}`,
    evidence: { source: [s], target: [t] },
  };
}

/** A wire's universal time (GMT, UTC) and the hours Bulgaria's is ahead of it, winter and summer. */
const UNIVERSAL_TIME = /(?<![\p{L}])(?:GMT|UTC)(?![\p{L}])/u;
const BULGARIAN_AHEAD = [2, 3];

/**
 * Times a side gives in GMT that the other gives as Bulgaria's, two or three hours later ("by 1230 GMT" / "към 14:30 ч.
 * българско време", stranger 130): paired off. Another hour is still a number changed.
 */
function zoneShifted(us: Counted[], ut: Counted[], ctx: ReviewContext, link: Link): [Counted[], Counted[]] {
  if (us.length === 0 || ut.length === 0) return [us, ut];
  const sourceText = ctx.source.text(link.source);
  const targetText = ctx.target.text(link.target);
  const bulgarian = (text: string, lang: LanguageProfile) => (lang.bulgarianTime ?? []).some((p) => text.toLowerCase().includes(p));
  const ahead = UNIVERSAL_TIME.test(sourceText) && bulgarian(targetText, ctx.target.lang) ? 1 : 0;
  const behind = UNIVERSAL_TIME.test(targetText) && bulgarian(sourceText, ctx.source.lang) ? -1 : 0;
  const sign = ahead + behind;
  if (sign === 0) return [us, ut];
  const minutes = (key: string) => {
    const m = /^(\d{1,2}):(\d{2})$/u.exec(key);
    return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
  };
  const left = [...ut];
  const kept = us.filter((v) => {
    const from = minutes(v.key);
    if (from === undefined) return true;
    const at = left.findIndex((w) => {
      const to = minutes(w.key);
      return to !== undefined && BULGARIAN_AHEAD.some((h) => (from + sign * h * 60 + 1440) % 1440 === to);
    });
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
  return [kept, left];
}

/**
 * The numbers of each side but an amount converted beside another the other side has ("22 градуса" / "22 degrees
 * Celsius (72°F)"), whatever else is left ("по двата бряга ... 230 км" / "both banks ... 230 km (143 miles)"; stranger
 * 227); where one side alone has numbers left, a price near the fixed rate's conversion but off (`missedPegFlag`).
 */
function convertedBesides(
  ctx: ReviewContext,
  link: Link,
  lt: LinkTokens,
  [us, ut]: [Counted[], Counted[]],
  [s, t]: [Map<string, Counted>, Map<string, Counted>],
): { us: Counted[]; ut: Counted[]; pegged?: Flag } {
  const one = (us.length === 0) !== (ut.length === 0);
  const as = amountsOf(ctx.source.side.segments, link.source, lt.sourceSegments, ctx.source.lang);
  const at = amountsOf(ctx.target.side.segments, link.target, lt.targetSegments, ctx.target.lang);
  // The converted amount stands beside the other on its side; that one is a figure the other side has.
  const masses = namedMasses(ctx, link);
  const added = (v: Counted, mine: readonly Amount[], other: Map<string, Counted>) =>
    mine.some((b) => b.key === v.key && mine.some((a) => a !== b && other.has(a.key) && converted(a, b, masses)));
  // A conversion in brackets that converts nothing ("40 °C (40 °F)", "40 °F (40 °C)" for "40 °C"): the units check's to say.
  const targetText = ctx.target.text(link.target);
  const wrongs = wrongConversions(targetText, at, as, ctx.target.lang);
  // ... and a change of temperature's, converted by its factor ("rises by 10 °C (18 °F)").
  const changes = bracketedConversions(targetText, at, ctx.target.lang).filter(([a, b, before]) =>
    temperatureChange(a, b, before, ctx.target.lang),
  );
  const wrong = (w: Counted) => wrongs.some((f) => f.wrong.key === w.key) || changes.some(([, b]) => b.key === w.key);
  // Or an amount the other side's converts, its figure paired off already with another the same ("(2) ... две седмици" /
  // "(2) ... 14 days": the clause's 2 took the weeks'; stranger 275).
  // Numbers written out count: "две седмици" is read as 2 weeks (read only where a number is left over).
  const spelt = (side: "source" | "target", amounts: readonly Amount[]) => {
    const [info, ids, tokens] = side === "source" ? [ctx.source, link.source, lt.source] : [ctx.target, link.target, lt.target];
    return [...amounts, ...spelledAmounts(info.text(ids), spelledOf(info, ids, tokens), info.lang)];
  };
  const across = (v: Counted, mine: readonly Amount[], other: () => readonly Amount[]) =>
    mine.some((b) => b.key === v.key && other().some((a) => converted(a, b)));
  let [sourceAll, targetAll]: [readonly Amount[] | undefined, readonly Amount[] | undefined] = [undefined, undefined];
  const sourceAmounts = () => (sourceAll ??= spelt("source", as));
  const targetAmounts = () => (targetAll ??= spelt("target", at));
  // Only where the other side has nothing left: there its figure was paired off with another; else the conversion pairs them.
  const [left, right] = [
    us.filter((v) => !added(v, as, t) && !(ut.length === 0 && across(v, as, targetAmounts))),
    ut.filter((w) => !added(w, at, s) && !wrong(w) && !(us.length === 0 && across(w, at, sourceAmounts))),
  ];
  const pegged = one ? missedPegFlag(left, right, as, at, s, t) : undefined;
  return { us: left, ut: right, ...(pegged ? { pegged } : {}) };
}

/**
 * Both sides with numbers left: a conversion in brackets of an amount both sides have is no number of its own still
 * ("15 °C ... под 0 °C" / "15°C (59°F) ... below freezing": the 59 was taken for the 0 changed; stranger 286).
 */
function bracketsAside(
  ctx: ReviewContext,
  link: Link,
  lt: LinkTokens,
  [us, ut]: [Counted[], Counted[]],
  [s, t]: [Map<string, Counted>, Map<string, Counted>],
): [Counted[], Counted[]] {
  const asides = convertedInBrackets(ctx, link, lt, s, "target");
  const bsides = convertedInBrackets(ctx, link, lt, t, "source");
  return [us.filter((v) => !bsides.has(v.key)), ut.filter((w) => !asides.has(w.key))];
}

/** The figures of `side`'s conversions in brackets, right ones, of an amount whose figure the other side has (`theirs`). */
function convertedInBrackets(
  ctx: ReviewContext,
  link: Link,
  lt: LinkTokens,
  theirs: ReadonlyMap<string, Counted>,
  side: "source" | "target",
): ReadonlySet<string> {
  const text = ctx[side].text(link[side]);
  if (!text.includes("(")) return NO_KEYS;
  const amounts = amountsOf(ctx[side].side.segments, link[side], side === "source" ? lt.sourceSegments : lt.targetSegments, ctx[side].lang);
  // Not where the other side writes that unit too: its figure there is compared ("(104 °F)" / "(140 °F)").
  const other = side === "source" ? "target" : "source";
  const units = new Set(
    amountsOf(ctx[other].side.segments, link[other], other === "source" ? lt.sourceSegments : lt.targetSegments, ctx[other].lang).map(
      (a) => a.unit,
    ),
  );
  return new Set(
    bracketedConversions(text, amounts, ctx[side].lang).flatMap(([a, b]) =>
      theirs.has(a.key) && converted(a, b) && !units.has(b.unit) ? [b.key] : [],
    ),
  );
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** The flag of a link with numbers not paired off (`unmatchedSource`, `unmatchedTarget`): those the checks' other readings do not pair off either. */
function unpaired(
  ctx: ReviewContext,
  link: Link,
  k: number,
  s: Map<string, Counted>,
  t: Map<string, Counted>,
  unmatchedSource: Counted[],
  unmatchedTarget: Counted[],
): Flag | undefined {
  const lt = ctx.linkTokens(k);
  let us = unmatchedSource;
  let ut = unmatchedTarget;
  let phones: ReadonlyArray<readonly [string, string]> = [];
  // One figure written alike, read by the languages' conventions as different numbers ("2.5 млн.": 2 and 5 million in Bulgarian, where a point is no decimal mark; "2.5 million").
  [us, ut] = withoutSameFigures(us, ut, s, t);
  // "от 01.03.2025 г. до 15.07.2025 г." / "from 1 March to 15 July 2025": a range's year written once (stranger 147).
  us = us.filter((v) => !yearOfDates(v, lt.target, ctx.target.lang));
  ut = ut.filter((v) => !yearOfDates(v, lt.source, ctx.source.lang));
  [us, ut] = pairedTwoWays(us, ut, ctx.source.text(link.source), ctx.target.text(link.target), ctx.source.lang, ctx.target.lang);
  // "по чл. 12, ал. 3" / "under Clause 12.3": a clause and its paragraph, numbered by their labels on one side (stranger 187).
  if (us.length > 0 && ut.length > 0) {
    [ut, us] = clausesJoined(ut, us, ctx.source.text(link.source), ctx.source.lang);
    [us, ut] = clausesJoined(us, ut, ctx.target.text(link.target), ctx.target.lang);
  }
  // "до 24:00 часа" and "to midnight", "12:00" and "noon": a time the other side names in words; one in GMT said as Bulgaria's.
  [us, ut] = zoneShifted(...namedBothWays(us, ut, ctx, link), ctx, link);
  // "7 часа и половина" / "7.5 hours": a number and a half said after its unit (stranger 142).
  [us, ut] = andAHalf(us, ut, ctx, link);
  // "3:45 ч." / "3 h 45 min": a span of hours and minutes written as a clock's or in its units (stranger 217).
  [us, ut] = hoursAndMinutes(us, ut, ctx, link);
  // "1 hour 15 minutes" / "час и четвърт"; a frequency as a fraction and in per cent, "(≥ 1/1000 до < 1/100)" / "(0.1% to 1%)".
  [us, ut] = frequenciesInPercent(...hoursAndAFraction(us, ut, ctx, link, k), ctx, link, k);
  // A share said in words and in per cent ("Половината" / "50%", "a quarter" / "25 %").
  [us, ut] = sharesInWords(us, ut, ctx, link, k);
  // A fraction and the same share in per cent ("½" / "50 %", "¼" / "25%").
  if (us.some((v) => FRACTION_WRITTEN.test(v.surface)) || ut.some((v) => FRACTION_WRITTEN.test(v.surface)))
    [us, ut] = sharesInPercent(ctx, link, k, us, ut);
  // An IBAN's groups are its code's, which the codes check compares whole: one cause, one flag (stranger 191).
  [us, ut] = [outsideIbans(us, ctx.source.text(link.source)), outsideIbans(ut, ctx.target.text(link.target))];
  // Telephone numbers: the same written nationally and internationally, or one with a digit or two changed, named whole.
  const phoneRead = us.length > 0 || ut.length > 0 ? telephones(ctx, link, us, ut) : undefined;
  if (phoneRead) [us, ut, phones] = [phoneRead.us, phoneRead.ut, phoneRead.phones];
  // A year of a decade and the decade: "след 1930 г." and "in the 1930s" (decades are kept as "30s").
  const decadesS = decadesOf(us);
  const decadesT = decadesOf(ut);
  const yearsS = new Set(us.filter((v) => yearIn(v.key, decadesT)).map((v) => v.key.slice(2)));
  const yearsT = new Set(ut.filter((v) => yearIn(v.key, decadesS)).map((v) => v.key.slice(2)));
  us = us.filter((v) => !yearIn(v.key, decadesT) && !(DECADE.test(v.key) && yearsT.has(v.key.slice(0, 2))));
  ut = ut.filter((v) => !yearIn(v.key, decadesS) && !(DECADE.test(v.key) && yearsS.has(v.key.slice(0, 2))));
  // "през зимата на '44" / "in the winter of 1944": a year written short, as a story writes it.
  [us, ut] = shortYears(us, ut, ctx.source.text(link.source), ctx.target.text(link.target));
  [us, ut] = boundsAlike(...timeInWords(us, ut, ctx, link), ctx, link);
  // "80-те години на 20 век" and "the 1980s": the century of a decade one side writes in full; Roman figures (`romanRead`).
  [us, ut] = romanRead(ctx, link, us, ut, lt);
  // "100 percent certain" for "абсолютно категоричен": a lone 100 % is "completely", counted only against a number the other side has.
  if (ut.length === 0) us = us.filter((v) => !wholly(v, ctx.source.side.segments, link.source, lt.sourceSegments, ctx.source.lang));
  if (us.length === 0) ut = ut.filter((v) => !wholly(v, ctx.target.side.segments, link.target, lt.targetSegments, ctx.target.lang));
  // "22 градуса" and "22 degrees Celsius (72°F)": an amount both sides have, converted in the translation besides (or the source).
  // Or where the rest of one side is numbers in words ("по двата бряга"): a changed figure is never taken for a conversion.
  const wordsOnly = (list: readonly Counted[]) => list.length > 0 && list.every((v) => v.figures === 0);
  if ((us.length === 0) !== (ut.length === 0) || wordsOnly(us) || wordsOnly(ut)) {
    const besides = convertedBesides(ctx, link, lt, [us, ut], [s, t]);
    if (besides.pegged) return besides.pegged;
    [us, ut] = [besides.us, besides.ut];
  } else if (us.length > 0 && ut.length > 0) [us, ut] = bracketsAside(ctx, link, lt, [us, ut], [s, t]);
  // "27-28 метра" and "30 yards", "24 месеца" and "two years": an amount converted to another unit.
  if (us.length > 0 && ut.length > 0) {
    // The numbers written out, as `numbersOf` read them (once per text).
    const spelled = (info: SideInfo, ids: readonly number[], tokens: readonly Matchable[]) =>
      spelledAmounts(info.text(ids), spelledOf(info, ids, tokens), info.lang);
    const as = [
      ...amountsOf(ctx.source.side.segments, link.source, lt.sourceSegments, ctx.source.lang),
      ...spelled(ctx.source, link.source, lt.source),
    ];
    const at = [
      ...amountsOf(ctx.target.side.segments, link.target, lt.targetSegments, ctx.target.lang),
      ...spelled(ctx.target, link.target, lt.target),
    ];
    const masses = namedMasses(ctx, link);
    const pairs = as.flatMap((a) => at.filter((b) => converted(a, b, masses)).map((b) => [a.key, b.key] as const));
    // A span in two units converted as one ("1 час и 30 минути" / "an hour and a half"): both its numbers are the other side's.
    for (const [mine, other, flip] of [
      [as, at, false],
      [at, as, true],
    ] as const)
      for (const { span, parts } of compoundSpans(mine))
        for (const b of other) if (spanConverted(span, b)) for (const part of parts) pairs.push(flip ? [b.key, part] : [part, b.key]);
    const before = us;
    // Converted, and written in its own unit with another figure too ("(2925 м)" / "(2,952 m / 9,596 ft)"; stranger 192): the
    // conversion is the source's, the figure in the same unit a changed one, compared with the source's.
    // Not a figure the source's amounts convert to themselves ("1 час и 30 минути" / "90 minutes": 90 is the span's).
    const converts = new Set(pairs.map(([, b]) => b));
    const changedBeside = (key: string) =>
      as.some(
        (a) =>
          a.key === key && at.some((c) => c.unit === a.unit && c.key !== key && !converts.has(c.key) && ut.some((w) => w.key === c.key)),
      );
    us = us.filter((v) => !pairs.some(([a, b]) => a === v.key && ut.some((w) => w.key === b)) || changedBeside(v.key));
    ut = ut.filter((w) => !pairs.some(([a, b]) => b === w.key && before.some((v) => v.key === a)));
  }
  [us, ut] = onceAside(...wordsBesideRounding(us, ut, ctx, link), ctx.source.lang, ctx.target.lang);
  // A small number counts where the other side has a number unmatched, and this side's figures do not answer it already:
  // "5 души" and "15 people" is 5 changed; in "1,95583 лв. за 1 евро" and "1.95538 per euro" the rate changed, the 1 is no news.
  // Against the other side's significant numbers where it has some: "24 месеца или 2 000 моточаса, което от двете" / "... 3,000
  // engine hours, whichever comes first" changed 2 000, and "двете" and "first" are no numbers of it.
  const against = (list: readonly Counted[]) => (significantCount(list) > 0 ? significantCount(list) : list.length);
  // Small numbers left on both sides are changed too, whatever else changed: "400 mg на всеки 8 часа" / "100 mg every 4
  // hours" changed both (stranger 93: the 8 was not named).
  const small = (list: readonly Counted[]) => list.length - significantCount(list);
  const bothSmall = small(us) > 0 && small(ut) > 0;
  const smallSource = us.length > 0 && ut.length > 0 && (significantCount(us) < against(ut) || bothSmall);
  const smallTarget = us.length > 0 && ut.length > 0 && (significantCount(ut) < against(us) || bothSmall);
  const told = floorsCounted(us, ut, ctx, link) ?? roundedAll(us, ut, ctx, link) ?? freeCharged(us, ut, ctx, link, lt);
  if (told === SAID_APPROXIMATE) return undefined;
  if (told) return told;
  // One figure read as two numbers ("3.1": 3 and 1) is named once; one glued to a code's letters on the other side ("DN 150" /
  // "DN150") is that code's.
  const [sourceText, targetText] = [ctx.source.text(link.source), ctx.target.text(link.target)];
  return numbersFlag(
    counting(us, smallSource, ctx.source, link.source, lt.sourceSegments).filter((w) => !spacedOtherwise(w, sourceText, targetText)),
    counting(ut, smallTarget, ctx.target, link.target, lt.targetSegments).filter((w) => !spacedOtherwise(w, targetText, sourceText)),
    phones,
  );
}

/**
 * Without a "once" of each side that count otherwise ("once a month" / "веднъж на тримесечие": 1 and 3): how often is
 * the periods check's to say ("another period"), not a number changed.
 */
function onceAside(us: Counted[], ut: Counted[], sl: LanguageProfile, tl: LanguageProfile): [Counted[], Counted[]] {
  const once = (list: readonly Counted[], lang: LanguageProfile) =>
    list.findIndex((v) => v.figures === 0 && lang.onceWords?.words.includes(v.surface.toLowerCase()));
  const [a, b] = [once(us, sl), once(ut, tl)];
  return a < 0 || b < 0 ? [us, ut] : [us.filter((_, k) => k !== a), ut.filter((_, k) => k !== b)];
}

/** How many of a list's numbers are significant ones. */
function significantCount(list: readonly Counted[]): number {
  return list.filter((v) => v.significant).length;
}

/**
 * Figures the translation rounds beside numbers in words it changes ("52 318 млн. лв. ... второто тримесечие" / "BGN
 * 52.3 billion ... the third quarter"): the words alone, what changed (stranger 292). Else the lists as they are.
 */
function wordsBesideRounding(us: Counted[], ut: Counted[], ctx: ReviewContext, link: Link): [Counted[], Counted[]] {
  const words = (list: readonly Counted[]) => list.filter((v) => v.figures === 0);
  const figures = (list: readonly Counted[]) => list.filter((v) => v.figures > 0);
  if (words(us).length === 0 || words(ut).length === 0 || !roundedAll(figures(us), figures(ut), ctx, link)) return [us, ut];
  return [words(us), words(ut)];
}

/**
 * The numbers left unpaired without those of figures both sides write alike (`sameFigures`), each keeping the places
 * it is written apart from that figure: "III.1.5) ... 5 %" holds a 5 of "1.5" and the rate's.
 */
function withoutSameFigures(
  us: Counted[],
  ut: Counted[],
  s: ReadonlyMap<string, Counted>,
  t: ReadonlyMap<string, Counted>,
): [Counted[], Counted[]] {
  const alike = sameFigures(us, ut);
  if (alike.size === 0) return [us, ut];
  // Of a number's places on its side, those the other side does not answer, less the figure's own.
  const rest =
    (other: ReadonlyMap<string, Counted>) =>
    (v: Counted): Counted[] => {
      if (!alike.has(v)) return [v];
      const left = v.n - (other.get(v.key)?.n ?? 0) - v.surfaces.filter((x) => x === v.surface).length;
      const others = v.surfaces.filter((x) => x !== v.surface);
      return left <= 0 || others.length === 0 ? [] : [{ ...v, n: left, surface: others[0]!, surfaces: others }];
    };
  return [us.flatMap(rest(t)), ut.flatMap(rest(s))];
}

/**
 * A price where the source says free of charge, and no other number: "Безплатно" / "BGN 10.00" in a tariff's cell
 * (stranger 153). An error: the translation charges what the source gives.
 */
function freeCharged(us: readonly Counted[], ut: readonly Counted[], ctx: ReviewContext, link: Link, lt: LinkTokens): Flag | undefined {
  if (us.length > 0 || ut.length === 0) return undefined;
  const source = ctx.source.text(link.source);
  const target = ctx.target.text(link.target);
  if (!mentionsClass(source, ctx.source.lang, "cost", "free") || mentionsClass(target, ctx.target.lang, "cost", "free")) return undefined;
  const prices = amountsOf(ctx.target.side.segments, link.target, lt.targetSegments, ctx.target.lang).filter(
    (a) => CURRENCY_CODES.has(a.unit) && ut.some((v) => v.key === a.key),
  );
  if (prices.length === 0) return undefined;
  return {
    type: "numbers",
    severity: "error",
    reason: `the source says it is free of charge, the translation charges ${prices.map((a) => a.written).join(", ")}`,
    evidence: { source: [], target: prices.map((a) => a.written) },
  };
}

/** What `roundedAll` answers for figures the translation rounds and says are approximate: nothing to flag. */
const SAID_APPROXIMATE = "approximate";

/** A text ending on a word of `approximately` and perhaps a currency's code or sign: the figure after it is approximate. */
const approximateKept = keptPerLanguage<RegExp | undefined>();
const approximatePattern = (lang: LanguageProfile) => approximateKept(lang, "", () => approximateOf(lang));
function approximateOf(lang: LanguageProfile): RegExp | undefined {
  const words = lang.approximately;
  if (!words?.length) return undefined;
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /gu, "\\s+"));
  return new RegExp(`(?:^|[^\\p{L}])(?:${alternatives.join("|")})\\.?\\s+(?:\\p{Lu}{3}\\s+|[$€£¥]\\s?)?$`, "iu");
}

/**
 * "12 345 хил. лв." given as "BGN 12.3 million": the source's amounts to fewer figures, in order, no other number changed
 * ("112 645 хил. лв. (2024 г.: 98 765 хил. лв.)" / "BGN 112.6 million (2024: BGN 98.8 million)"). A warning.
 */
function roundedAll(
  leftSource: readonly Counted[],
  leftTarget: readonly Counted[],
  ctx: ReviewContext,
  link: Link,
): Flag | typeof SAID_APPROXIMATE | undefined {
  // Numbers in words left on one side alone are never flagged, and say nothing of the figures' rounding: "второто
  // тримесечие" / "Q2", "деветмесечието" / "the first nine months" (stranger 292).
  const wordsAside = (mine: readonly Counted[], other: readonly Counted[]) =>
    other.every((v) => v.figures > 0) ? mine.filter((v) => v.figures > 0) : mine;
  const [us, ut] = [wordsAside(leftSource, leftTarget), wordsAside(leftTarget, leftSource)];
  if (us.length === 0 || us.length !== ut.length) return undefined;
  // Each figure said to be approximate ("около 612,5 млн.", "about EUR 612.5 million"): the rounding is said (stranger
  // 246), to one figure too ("около 2 млн." for 2.03 million; stranger 256).
  const target = ctx.target.text(link.target);
  const hedge = approximatePattern(ctx.target.lang);
  const said = hedge !== undefined && ut.every((v) => hedge.test(target.slice(0, Math.max(0, target.indexOf(v.surface)))));
  if (!us.every((v, n) => roundedFrom(v, ut[n]!, said))) return undefined;
  if (said) return SAID_APPROXIMATE;
  const pairs = us.map((v, n) => `${v.surface} to ${ut[n]!.surface}`);
  return {
    type: "numbers",
    severity: "warning",
    reason: `the translation rounds ${pairs.join(", ")}: check the precision the source gives`,
    evidence: { source: us.map((v) => v.surface), target: ut.map((v) => v.surface) },
  };
}

/**
 * A building's floor one apart, the only number changed: a way of counting, no mistake ("На втория етаж" / "On the
 * first floor" in British English; stranger 158). Information, since either may be the one the client counts by.
 */
function floorsCounted(us: readonly Counted[], ut: readonly Counted[], ctx: ReviewContext, link: Link): Flag | undefined {
  if (us.length !== 1 || ut.length !== 1 || Math.abs(Number(us[0]!.key) - Number(ut[0]!.key)) !== 1) return undefined;
  const floorAfter = (text: string, surface: string, lang: LanguageProfile) =>
    lang.floorWords?.length &&
    new RegExp(`${escapeRegExp(surface)}\\s+(?:${lang.floorWords.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "iu").test(text);
  const [s, t] = [us[0]!.surface, ut[0]!.surface];
  if (!floorAfter(ctx.source.text(link.source), s, ctx.source.lang) || !floorAfter(ctx.target.text(link.target), t, ctx.target.lang))
    return undefined;
  return {
    type: "numbers",
    severity: "info",
    reason: `the translation says the ${t} floor where the source says ${s}: one apart, as one way of counting starts from the ground floor and the other (British English) above it; check the one the translation follows`,
    evidence: { source: [s], target: [t] },
  };
}

/**
 * Whether `t` is `s` rounded to the figures `t` writes, fewer than `s` writes, both of three figures or more
 * ("12 345 хил." as "12.3 million"; "12.4 million" is another amount, and "12" for "12,5" a change).
 */
function roundedFrom(s: Counted, t: Counted, approximate = false): boolean {
  const x = Number(s.key);
  const y = Number(t.key);
  if (!Number.isFinite(x) || !Number.isFinite(y) || y === 0 || x === y) return false;
  // The figures a number is written with, and those of its value, leading zeros aside.
  const significant = (text: string) => text.replace(/\D/gu, "").replace(/^0+/u, "");
  const written = (c: Counted) => significant(/^[\d\s.,\u00a0\u202f]+/u.exec(c.surface)?.[0] ?? "");
  // The figures written must be the number's own, or a magnitude word's multiple: "19" of "1914-19" stands for 1919.
  if (!t.scaled && significant(t.key) !== written(t)) return false;
  const fx = written(s).length;
  // An amount in millions or billions may drop its trailing zeros' figures too: "650 million" for "652,3 млн." is two
  // figures kept (stranger 299). Not a price's ("1 250 лв." / "BGN 1,200": changed).
  const figures = written(t);
  const kept = t.scaled ? [figures.length, figures.replace(/0+$/u, "").length] : [figures.length];
  return kept.some((fy) => {
    if (fy < (approximate ? 1 : 2) || fx < 3 || fy >= fx) return false;
    const unit = 10 ** (Math.floor(Math.log10(Math.abs(y))) - fy + 1);
    return Math.abs(x - y) <= unit / 2 + unit * 1e-9;
  });
}

/** A run of seven figures or more and nothing else: an identifier's number, no amount ("645123987"). */
const IDENTIFIER = /^\d{7,}$/u;

/** A price in euros beside one in leva that is near, not at, the fixed rate: the conversion is wrong, and says by how much. */
function missedPegFlag(
  us: readonly Counted[],
  ut: readonly Counted[],
  as: readonly Amount[],
  at: readonly Amount[],
  s: ReadonlyMap<string, Counted>,
  t: ReadonlyMap<string, Counted>,
): Flag | undefined {
  const list = us.length > 0 ? us : ut;
  const [mine, other] = us.length > 0 ? [as, t] : [at, s];
  if (list.length !== 1) return undefined;
  for (const b of mine.filter((x) => x.key === list[0]!.key))
    for (const a of mine)
      if (a !== b && other.has(a.key)) {
        const missed = missedPeg(a, b);
        if (missed !== undefined)
          return {
            type: "numbers",
            // A slip of a figure or a rounding is a warning; a conversion one per cent off or more is at another rate, and
            // the amount is wrong (stranger 174: "BGN 350,000 (EUR 175,000)", at 2).
            severity: missed.off >= OTHER_RATE ? "error" : "warning",
            reason:
              `${b.written} beside ${a.written} is not its conversion at the fixed rate of ${LEV_PER_EURO} (${missed.exact})` +
              (missed.slip ? ": a figure mistyped?" : missed.off >= OTHER_RATE ? `: converted at ${rateOf(a, b)}?` : ""),
            evidence: us.length > 0 ? { source: [b.written], target: [] } : { source: [], target: [b.written] },
          };
      }
  return undefined;
}

/** How far, as a share, an amount beside its price in the other currency is from the fixed rate's conversion for an error. */
const OTHER_RATE = 0.01;

/** The rate two amounts in leva and euros were converted at, leva a euro, to four decimals ("2.0000"). */
function rateOf(a: Amount, b: Amount): string {
  const [lev, euro] = a.unit === "EUR" ? [Number(b.key), Number(a.key)] : [Number(a.key), Number(b.key)];
  return (lev / euro).toFixed(4);
}

/** The flag of numbers left unpaired on each side (as written) and of telephone numbers changed, if any. */
function numbersFlag(
  sourceOnly: readonly string[],
  targetOnly: readonly string[],
  phones: ReadonlyArray<readonly [string, string]>,
): Flag | undefined {
  if (sourceOnly.length === 0 && targetOnly.length === 0 && phones.length === 0) return undefined;
  const changed = (sourceOnly.length > 0 && targetOnly.length > 0) || phones.length > 0;
  // A run of figures with no plus, space or mark in it may be an identifier as well ("ЕГН 0051036542": a personal number
  // of someone born in 2000; stranger 115): named a number, not a telephone's.
  // Groups joined by hyphens alone are a policy's or a case's number as often ("0812-2026-004517"; stranger 187).
  const reasons = phones.map(([a, b]) =>
    /^\d+$/u.test(a) && /^\d+$/u.test(b)
      ? `the translation says ${b} where the source says ${a}`
      : /^[\d-]+$/u.test(a) && /^[\d-]+$/u.test(b)
        ? `the translation has the number ${b} where the source has ${a}`
        : `the translation has the telephone number ${b} where the source has ${a}`,
  );
  if (sourceOnly.length > 0 && targetOnly.length > 0) {
    // The same figures written alike and read otherwise ("1,250 thousand" / "1,250 хил.": 1,250,000 and 1.25 thousand):
    // said so, or the reason reads as no difference at all (stranger 82).
    const figures = (w: string) => /^[\d.,\s\u00a0\u202f]+/u.exec(w)?.[0].trim() ?? "";
    // A group of three figures after the mark: a thousands group in one language, decimals in the other (not a clock's "9.30").
    const alike =
      sourceOnly.length === 1 &&
      targetOnly.length === 1 &&
      /\d[.,]\d{3}(?!\d)/u.test(figures(sourceOnly[0]!)) &&
      figures(sourceOnly[0]!) === figures(targetOnly[0]!);
    reasons.push(
      `the translation says ${targetOnly.join(", ")} where the source says ${sourceOnly.join(", ")}${alike ? `: ${figures(targetOnly[0]!)} written alike is read as another number on each side (a comma or a point is a decimal mark in one language, a thousands separator in the other)` : ""}`,
    );
  } else if (sourceOnly.length > 0) reasons.push(`${sourceOnly.join(", ")} ${isAre(sourceOnly)} not in the translation`);
  else if (targetOnly.length > 0) reasons.push(`${targetOnly.join(", ")} ${isAre(targetOnly)} in the translation only`);
  // An identifier left out (a run of seven figures or more, no amount's groups: an ID card's, a register's) is copied
  // into every translation: a deed without the seller's ID card number is void (stranger 152).
  const identifier = sourceOnly.some((w) => IDENTIFIER.test(w));
  return {
    type: "numbers",
    severity: changed || identifier ? "error" : "warning",
    reason: reasons.join("; "),
    evidence: { source: [...phones.map(([a]) => a), ...sourceOnly], target: [...phones.map(([, b]) => b), ...targetOnly] },
  };
}

/**
 * The numbers of each side left once telephone numbers are read: one written nationally on one side and
 * internationally on the other ("0888 123 456", "+359 888 123 456") is the same number; one with a digit or two
 * changed is named whole (`phones`), its groups no numbers of their own.
 */
function telephones(
  ctx: ReviewContext,
  link: Link,
  unmatchedSource: Counted[],
  unmatchedTarget: Counted[],
): { us: Counted[]; ut: Counted[]; phones: ReadonlyArray<readonly [string, string]> } {
  let us = unmatchedSource;
  let ut = unmatchedTarget;
  const sourceText = ctx.source.text(link.source);
  const targetText = ctx.target.text(link.target);
  const same = samePhones(sourceText, targetText);
  if (same.size > 0) {
    us = us.filter((v) => !inPhone(v, sourceText, same));
    ut = ut.filter((v) => !inPhone(v, targetText, same));
  }
  const phones = changedPhones(sourceText, targetText, same);
  if (phones.length > 0) {
    const source = new Set(phones.map(([a]) => a));
    const target = new Set(phones.map(([, b]) => b));
    us = us.filter((v) => !inPhone(v, sourceText, source));
    ut = ut.filter((v) => !inPhone(v, targetText, target));
  }
  return { us, ut, phones };
}

/**
 * The numbers of one side left unpaired that count, as written: significant
 * ones, small ones where `small`, and any a citation holds ("[3]", "[4–6]"):
 * a citation is never written out.
 */
function counting(
  list: readonly Counted[],
  small: boolean,
  info: SideInfo,
  ids: readonly number[],
  tokens: readonly (readonly Matchable[])[],
): string[] {
  const few = !small && list.some((v) => !v.significant);
  const cited = few ? citedNumbers(info.text(ids)) : NO_CITATIONS;
  const measured = few ? measuredSmall(info, ids, tokens) : NO_CITATIONS;
  // A number wrapped across lines ("1\n      215") is named on one line.
  const oneLine = (t: string) => (t.includes("\n") ? t.replace(/\s*\n\s*/gu, " ") : t);
  return unique(
    list.filter((v) => v.significant || small || cited.has(v.key) || measured.has(v.key)).map((v) => oneLine(ownSurface(v, info.lang))),
  );
}

/**
 * Small numbers in figures with a currency or a unit of measure ("5 лв.", "€8", "8 км", "5 %"): a price, a distance or a
 * dose left out ("5 лв. за ученици" / "reduced for students"; stranger 192), where a small number alone is usually said in
 * words. Not 1 ("за 1 кг" / "per kilo"), nor counts of times ("2 пъти" / "twice").
 */
function measuredSmall(info: SideInfo, ids: readonly number[], tokens: readonly (readonly Matchable[])[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const a of amountsOf(info.side.segments, ids, tokens, info.lang))
    if (!a.scaled && !UNMEASURED.has(a.unit) && /^[2-9]$/u.test(a.key) && /\d/u.test(a.written)) out.add(a.key);
  return out;
}
/** Units a small number is said with in words as often as in figures. */
const UNMEASURED: ReadonlySet<string> = new Set(["time"]);

const NO_CITATIONS: ReadonlySet<string> = new Set();
/** A citation of a paper's references: numbers in square brackets, with dashes and commas between ("[3]", "[4–6]", "[3, 7]"). */
const CITATION = /\[(\d{1,3}(?:\s*[–—-]\s*\d{1,3})?(?:\s*[,;]\s*\d{1,3}(?:\s*[–—-]\s*\d{1,3})?)*)\]/gu;

/** The numbers a text cites in square brackets: "[4–6]" is 4 and 6, as its tokens read it. */
function citedNumbers(text: string): ReadonlySet<string> {
  if (!text.includes("[")) return NO_CITATIONS;
  const out = new Set<string>();
  for (const m of text.matchAll(CITATION)) for (const n of m[1]!.match(/\d+/gu) ?? []) out.add(String(Number(n)));
  return out;
}

const DECADE = /^\d0s$/;

/** Figures and the separators of their groups at the start of a number's surface. */
const FIGURE_RUN = /^\p{N}+(?:[.,\u00a0\u2007\u202f ]\p{N}+)*/u;

/**
 * A number as a message names it: of a run of figures read as one (a table
 * row, "4 605,0 7 564,5"), the figure whose value it is, not the row; any
 * other number as written.
 */
function ownSurface(v: Counted, lang: LanguageProfile): string {
  const run = FIGURE_RUN.exec(v.surface)?.[0];
  // "5 PM." read at a sentence's end: its dot is the sentence's ("5 p.m." keeps its own).
  if (/\s?[AaPp][Mm]\.$/u.test(v.surface)) return v.surface.slice(0, -1);
  if (!run || !/[\u00a0\u2007\u202f ]/u.test(run)) return v.surface;
  const parts = numberParts(run, lang);
  const k = parts.findIndex((part) => part.value === v.key);
  if (parts.length < 2 || k < 0) return v.surface;
  // The last figure keeps what follows the run ("2613 хил."): a magnitude or unit read with it.
  return k === parts.length - 1 ? parts[k]!.text + v.surface.slice(run.length) : parts[k]!.text;
}

/** The numbers of each side left once a fraction and the same share in per cent on the other pair off ("½" / "50 %"). */
function sharesInPercent(ctx: ReviewContext, link: Link, k: number, us: Counted[], ut: Counted[]): [Counted[], Counted[]] {
  const lt = ctx.linkTokens(k);
  const percents = (amounts: readonly Amount[]) => new Set(amounts.filter((a) => a.unit === "percent").map((a) => a.key));
  const ps = percents(amountsOf(ctx.source.side.segments, link.source, lt.sourceSegments, ctx.source.lang));
  const pt = percents(amountsOf(ctx.target.side.segments, link.target, lt.targetSegments, ctx.target.lang));
  // A fraction's share in per cent, to one decimal ("0.5": "50", "0.333": "33.3"); none for another number.
  const share = (v: Counted) => (FRACTION_WRITTEN.test(v.surface) ? String(Math.round(Number(v.key) * 1000) / 10) : undefined);
  const pairs = (a: Counted, mine: ReadonlySet<string>, other: readonly Counted[], theirs: ReadonlySet<string>) =>
    other.some(
      (b) =>
        (share(b) !== undefined && mine.has(a.key) && share(b) === a.key) ||
        (share(a) !== undefined && theirs.has(b.key) && share(a) === b.key),
    );
  return [us.filter((a) => !pairs(a, ps, ut, pt)), ut.filter((b) => !pairs(b, pt, us, ps))];
}

/**
 * A side's unmatched numbers without a share in per cent where the other side says a fraction in words: "50%" as
 * "половината" or "half" (strangers 191, 198), "25%" as "a quarter", "10 %" as "една десета", "33%" as "a third"; the
 * fractions check compares the share with the fraction.
 */
function sharesInWords(us: Counted[], ut: Counted[], ctx: ReviewContext, link: Link, k: number): [Counted[], Counted[]] {
  if (us.length === 0 && ut.length === 0) return [us, ut];
  // Compared once for both sides: the fractions check reads each side's fractions and amounts.
  const told = fractionsCompared(ctx, link, k)?.percentsTold;
  if (told === undefined) return [us, ut];
  return [us.filter((v) => !told.source.has(v.key)), ut.filter((w) => !told.target.has(w.key))];
}

/** A number written with a fraction: a vulgar fraction ("½", "1 ½") or one with a slash ("1/2"). */
const FRACTION_WRITTEN = /[¼½¾⅐-⅞]|^\d{1,2}\/\d{1,2}$/u;

/**
 * A clause number opening a sentence: "2.3.", "2.3", "12.", "4)" and the white space after it (a number alone, "10 души",
 * is none; nor is a value a sign or a figure follows, a table's cell "56.3 ± 6.4").
 */
const LABEL = /^\s*(\d{1,3}(?:\.\d{1,3}){1,4}\.?|\d{1,3}[.)])\s(?!\s*[±+\-−–—%‰°×/=<>≤≥\d])/u;

/** The clause number both texts open with ("2.3"), or undefined. */
function sharedLabel(source: string, target: string): string | undefined {
  const s = clauseLabel(source);
  return s !== undefined && clauseLabel(target) === s ? s : undefined;
}

/**
 * The clause number a text opens with, without its closing point or parenthesis ("2.3", "4"). A number a unit or a
 * currency follows is a value, not a label: a price list's "49.99 EUR for one pair.", a size table's "25.5 cm" (the
 * shared symbols, and the words of the language's `units` where given).
 */
function clauseLabel(
  text: string,
  units: Readonly<Record<string, readonly string[]>> = NO_UNITS,
  words: ReadonlySet<string> = NO_WORDS,
): string | undefined {
  const m = LABEL.exec(text);
  if (!m) return undefined;
  const next = /^[^\s]+/u.exec(text.slice(m[0].length))?.[0].replace(/[.,;:!?)]+$/u, "");
  // A whole number with its point is a clause's, though a unit's letter follows, one letter or a word of the language:
  // "19. A debit card", "35. В изключителни случаи" (stranger 112; "A" amperes, "В" volts).
  const word = next !== undefined && /^\d{1,3}[.)]$/u.test(m[1]!) && (next.length === 1 || words.has(next.toLowerCase()));
  if (next !== undefined && !word && isUnitSymbol(next, units)) return undefined;
  // A size's first figure ("35.8 x 23.5 x 1.79 cm" in a specification's cell): no clause (stranger 117).
  if (next !== undefined && /^[xх×]$/u.test(next)) return undefined;
  return m[1]!.replace(/[.)]$/u, "");
}

const NO_WORDS: ReadonlySet<string> = new Set();

const NO_UNITS: Readonly<Record<string, readonly string[]>> = {};

/**
 * The label a text opens with, its number without the closing point: a
 * clause number ("2.3.", "4)") or a label word of the language and its number
 * ("Чл. 4.", "Article 12", "Стъпка 3:"), not followed by another number.
 */
export function openingLabel(text: string, lang: LanguageProfile): string | undefined {
  const bare = clauseLabel(text, lang.units, frequentWordsOf(lang));
  // "1.7 million euro has been spent.": an amount opening the sentence, no clause 1.7 (stranger 143).
  if (bare !== undefined) return magnitudeOpening(lang).test(text) ? undefined : bare;
  let pattern = WORDED_LABELS.get(lang);
  if (pattern === undefined) {
    const words = [...lang.labelWords].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
    // Not before another number: "Item<TAB>2023<TAB>2024" is a table's row of years, no item's label (stranger 72).
    pattern =
      words.length > 0 ? new RegExp(`^\\s*(?:${words.join("|")})\\.?\\s*(\\d{1,4}(?:\\.\\d{1,3}){0,4})[.):]?\\s(?!\\s*\\d)`, "iu") : null;
    WORDED_LABELS.set(lang, pattern);
  }
  const m = pattern?.exec(text);
  if (!m) return undefined;
  // A quantity, not a label: "Volume 25 litres" (stranger 212: its 25 was left out, and "Обем 25 литра" had it only).
  const next = /^\p{L}+/u.exec(text.slice(m.index + m[0].length))?.[0].toLowerCase();
  return next !== undefined && unitWordsOf(lang, "all").has(next) ? undefined : m[1];
}

/** Per language, a number and a magnitude word opening a text ("1.7 million", "2,5 млн."). */
const MAGNITUDE_OPENINGS = new WeakMap<LanguageProfile, RegExp>();
function magnitudeOpening(lang: LanguageProfile): RegExp {
  let pattern = MAGNITUDE_OPENINGS.get(lang);
  if (!pattern) {
    const words = lang.magnitudes.map(([p]) => `(?:${p})`).join("|") || "(?!)";
    pattern = new RegExp(`^\\s*\\d[\\d.,]*[\\s-]?(?:${words})(?![\\p{L}])`, "iu");
    MAGNITUDE_OPENINGS.set(lang, pattern);
  }
  return pattern;
}

/** Each language's pattern of a label word and its number opening a text, made when first needed (null: the language has no label words). */
const WORDED_LABELS = new WeakMap<LanguageProfile, RegExp | null>();

/**
 * Whether a text numbers something with a label word of its language further in, a number the other text (which
 * opens with a label) does not have ("По точка 7 от дневния ред" / "Item 4 on the agenda"); not "съгласно чл. 3"
 * where the other has the 3 too (its own label is then its word processor's numbering).
 */
function labelledOtherwise(text: string, lang: LanguageProfile, other: string): boolean {
  let pattern = LABELLED.get(lang);
  if (pattern === undefined) {
    const words = [...lang.labelWords].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
    pattern = words.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|")})\\.?\\s*(\\d+)`, "giu") : null;
    LABELLED.set(lang, pattern);
  }
  if (!pattern) return false;
  const others = new Set(other.match(/\d+/gu));
  for (const m of text.matchAll(pattern)) if (!others.has(m[1]!)) return true;
  return false;
}

const LABELLED = new WeakMap<LanguageProfile, RegExp | null>();

/**
 * The keys of the number tokens a side's clause number makes: "2.3" is 2 and 3 in Bulgarian (one surface, two tokens), 2.3 in English.
 * `worded`: the label opens with a word ("Чл. 4."), passed over to its number.
 */
/**
 * A label's keys, none where the other side writes each as often as this side does, the label's counted: the other
 * side names it in its own words ("Stage 3 loans" / "Кредитите във Фаза 3"; stranger 253), no automatic numbering.
 */
function unlessAsOften(
  keys: readonly string[],
  mine: readonly Matchable[],
  other: readonly Matchable[],
  otherLang: LanguageProfile,
): readonly string[] {
  const times = (tokens: readonly Matchable[], key: string) => tokens.filter((t) => t.kind === "number" && t.key === key).length;
  // Named so: after a word and before no unit ("Фаза 3 възлизат", not "от 4 месеца": a quantity, which the label's number may not pair with).
  const units = unitWordsOf(otherLang, "all");
  const named = (key: string) =>
    other.some(
      (t, n) =>
        t.kind === "number" &&
        t.key === key &&
        other[n - 1]?.kind === "word" &&
        !(other[n + 1]?.kind === "word" && units.has(other[n + 1]!.key)),
    );
  return keys.length > 0 && keys.every((key) => times(other, key) >= times(mine, key) && named(key)) ? [] : keys;
}

/** A label's keys, none where the other side opens with the label's first ("№ 7715": the sign is no token). */
function unlessOpening(keys: readonly string[], other: readonly Matchable[]): readonly string[] {
  return keys.length > 0 && other[0]?.kind === "number" && other[0].key === keys[0] ? [] : keys;
}

function labelKeys(tokens: readonly Matchable[], label: string, worded = false): string[] {
  const digits = label.replace(/\D/gu, "");
  const keys: string[] = [];
  let read = "";
  let last: string | undefined;
  let start = 0;
  if (worded) while (start < tokens.length && tokens[start]!.kind !== "number") start++;
  for (const t of tokens.slice(start)) {
    if (t.kind !== "number") break;
    if (t.surface !== last) {
      const more = read + t.surface.replace(/\D/gu, "");
      if (read.length >= digits.length || !digits.startsWith(more)) break;
      read = more;
      last = t.surface;
    }
    keys.push(t.key);
  }
  return read === digits ? keys : [];
}

/** Whether tokens hold a number written in digits. */
function digits(tokens: readonly Matchable[]): boolean {
  return tokens.some((t) => t.kind === "number");
}

/** The numbers of a link's side: whether it writes digits, the numbers it writes out, its tokens and text (for `ranged`). */
interface SideNumbers {
  readonly digits: boolean;
  readonly spelt: readonly Matchable[];
  readonly tokens: readonly Matchable[];
  readonly text: string;
  readonly lang: LanguageProfile;
  /** All its numbers as ranges read them (`readRanges`, after `readFigures`: clock times whole, versions out), once asked. */
  ranges?: readonly Matchable[];
}

/** Per language, the numbers of each segment text met (its tokens are the text's own: the text says it all). */
const segmentNumbers = keptPerLanguage<SideNumbers>();

/** The numbers of the side `ids` of a link, whose tokens are `tokens`: read once per text where the side is one segment. */
function numbersOf(info: SideInfo, ids: readonly number[], tokens: readonly Matchable[]): SideNumbers {
  const text = info.text(ids);
  // Kept per text: made of the text and its tokens only, nothing of the review (a function made here would keep it all).
  const read = (): SideNumbers => ({ digits: digits(tokens), spelt: spelledOf(info, ids, tokens), tokens, text, lang: info.lang });
  return ids.length === 1 ? segmentNumbers(info.lang, info.side.segments[ids[0]!]!.text, read) : read();
}

/** The numbers of a side as ranges read them: "1950-53" holds 1953, "1-of-4" a 4. */
function ranged(numbers: SideNumbers): readonly Matchable[] {
  if (numbers.ranges === undefined) {
    // The tokens, then the numbers written out: one list of objects (src/review/tokens.ts); the tokens themselves where none is
    // written out (most texts: neither reading changes the list it is given).
    let all = numbers.tokens;
    if (numbers.spelt.length > 0) {
      const both = objectList<Matchable>();
      for (const t of numbers.tokens) both.push(t);
      for (const t of numbers.spelt) both.push(t);
      all = both;
    }
    numbers.ranges = readRanges(readFigures(all, numbers.text, numbers.lang), numbers.text, numbers.lang);
  }
  return numbers.ranges;
}
function count(tokens: readonly Matchable[], owned: readonly string[]): Map<string, Counted> {
  const m = new Map<string, Counted>();
  const skip = new Map<string, number>();
  for (const key of owned) skip.set(key, (skip.get(key) ?? 0) + 1);
  // Each number's surfaces, one list grown as its tokens come.
  const surfaces = new Map<string, string[]>();
  for (const t of tokens)
    if (t.kind === "number" && (skip.get(t.key) ?? 0) > 0) skip.set(t.key, skip.get(t.key)! - 1);
    else if (t.kind === "number") {
      const written = surfaces.get(t.key) ?? [];
      if (written.length === 0) surfaces.set(t.key, written);
      written.push(t.surface);
      m.set(t.key, {
        key: t.key,
        n: (m.get(t.key)?.n ?? 0) + 1,
        surface: m.get(t.key)?.surface ?? t.surface,
        surfaces: written,
        // A fraction written "½" or "1/2" is "half" or "половин" as often: alone, it counts as a small number does.
        // Significant where any of its tokens is: "10 % (десет на сто)", its words after the figure (stranger 175: the cap
        // left out passed, the words' token making the figure's number count as a small one).
        significant:
          (m.get(t.key)?.significant ?? false) ||
          (isSignificantNumber(t) && !t.stem.startsWith(WRITTEN_OUT) && !FRACTION_WRITTEN.test(t.surface)),
        scaled: t.scaled === true,
        figures: (m.get(t.key)?.figures ?? 0) + (t.stem.startsWith(WRITTEN_OUT) ? 0 : 1),
      });
    }
  return m;
}

/**
 * Numbers of `a` that `b` has fewer of, each told by a surface `b` does not write for it: "Глава 4. ... таблица 4.4" is
 * three 4s to Bulgarian tokens ("4.4" is 4 and 4), "Chapter 4. ... table 4.4" one 4 and 4.4: the 4s left over are
 * the figure "4.4", which `sameFigures` pairs with the other's, not the chapter's "4".
 */
function unmatched(a: Map<string, Counted>, b: Map<string, Counted>): Counted[] {
  const wordsIn = [...b.values()].some((x) => x.figures < x.n);
  // A figure of the other side's that this side has nowhere: the other side's figures changed, its words kept.
  const figureOfItsOwn = [...b.values()].some((x) => x.figures > 0 && !a.has(x.key));
  return [...a.values()].flatMap((v) => {
    const other = b.get(v.key);
    if ((other?.n ?? 0) >= v.n) return [];
    // Words restating figures the other side has as figures ("eight hundred and fifty (850)" / "850"): no number more.
    // Not where the other side writes numbers out too: "168 000 (сто шестдесет и осем хиляди)" / "168,000 (one hundred and
    // sixty-nine thousand)" says another number in its words.
    if (other !== undefined && v.figures <= other.figures && v.figures < v.n && !wordsIn) return [];
    // Figures restating words the other side says in words alone ("десет (10) дни" / "ten days"; stranger 204): no number more.
    // Not where the other side writes a figure of its own beside its words: "4 080 лв. (four thousand eight hundred)" for
    // "4 800 лв. (четири хиляди и осемстотин)" changed the figure (stranger 211).
    if (other !== undefined && other.figures === 0 && v.figures > 0 && v.figures < v.n && v.n - v.figures <= other.n && !figureOfItsOwn)
      return [];
    const written = [...(other?.surfaces ?? [])];
    const left = v.surfaces.find((x) => {
      const at = written.indexOf(x);
      if (at < 0) return true;
      written.splice(at, 1);
      return false;
    });
    return [left === undefined || left === v.surface ? v : { ...v, surface: left }];
  });
}

/**
 * Two numbers that are one value written two ways: the same characters (a
 * section number each language reads its own way), a number and its decade
 * ("80" and "80s"), an hour and a clock time ("5 часа" and "5 a.m.",
 * "17:00"), or a value one side scales by a word the
 * other side's tokens do not read as one ("125 милиона" and "£125m": a
 * factor of a thousand, a million ..., with only the larger one scaled).
 */
/**
 * A telephone number: an international prefix ("+359") or a leading 0, then
 * groups of digits, seven digits or more in all ("0888 123 456", "+359 2 981 44 70").
 * Not a run of figures inside a code ("BG16FFPR003-2.001-0045") nor one opening
 * with three zeros (a company's number, "ЕИК 000215254"; stranger 103).
 */
const PHONE =
  /(?<![\p{L}\p{N}+])(?<![\p{L}\p{N}][./-])(?:\+\d{1,3}[\s\u00a0.-]?\(?0?\)?|\(?0(?!00))\d{0,4}\)?(?:[\s\u00a0./-]?\d{1,4}){2,6}(?!\p{N})/gu;

/** What `PHONE` finds in a text, trimmed: not the groups of an IBAN ("DE89 3704 0044 0532 0130 00": the codes check's; stranger 191). */
function phonesIn(text: string): string[] {
  const ibans = /[A-Z]{2}\d{2}/u.test(text) ? [...text.matchAll(IBAN)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  return [...text.matchAll(PHONE)].filter((m) => !ibans.some(([a, b]) => m.index >= a && m.index < b)).map((m) => m[0].trim());
}
/** The numbers of a list that are not the groups of an IBAN the text writes. */
function outsideIbans(list: Counted[], text: string): Counted[] {
  if (list.length === 0 || !/[A-Z]{2}\d{2}/u.test(text)) return list;
  const ibans = [...text.matchAll(IBAN)].map((m) => m[0]);
  return ibans.length === 0
    ? list
    : list.filter((v) => !ibans.some((iban) => new RegExp(`(?<![\\d])${escapeRegExp(v.surface)}(?![\\d])`, "u").test(iban)));
}

/** An IBAN in groups of four or run together: its country, its check digits, then its account's letters and figures. */
const IBAN = /\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?\b/gu;

/** A date in figures, which `PHONE` would read too: "01.07.2025", "07/01/2025" (stranger 139: "the telephone number 07/01/2025"). */
const DATE_IN_FIGURES = /^\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})$/u;

/** A telephone number's national digits: without its country code ("+359") or its trunk 0; none for a date. */
function nationalDigits(phone: string): string | undefined {
  // "+359 (0)750 ...": the trunk 0 in brackets is no digit of the international number (stranger 144).
  const digits = phone.replace(/\(0\)/u, "").replace(/\D/g, "");
  if (digits.length < 7 || DATE_IN_FIGURES.test(phone)) return undefined;
  if (!phone.startsWith("+")) return digits.startsWith("0") ? digits.slice(1) : undefined;
  // The country code is 1 to 3 digits: every split is tried against the other side.
  return digits;
}

/** The telephone numbers written on both sides, each as the text writes it on either side (its digits with spaces left out). */
function samePhones(sourceText: string, targetText: string): Set<string> {
  const read = (text: string) => phonesIn(text).map((phone) => ({ text: phone, digits: nationalDigits(phone) }));
  const a = read(sourceText).filter((p) => p.digits !== undefined);
  const b = read(targetText).filter((p) => p.digits !== undefined);
  const out = new Set<string>();
  const match = (x: { text: string; digits?: string }, y: { text: string; digits?: string }) => {
    const [dx, dy] = [x.digits!, y.digits!];
    if (x.text.startsWith("+") === y.text.startsWith("+")) return dx === dy;
    const [intl, national] = x.text.startsWith("+") ? [dx, dy] : [dy, dx];
    return intl.length - national.length >= 1 && intl.length - national.length <= 3 && intl.endsWith(national);
  };
  for (const x of a)
    for (const y of b)
      if (match(x, y)) {
        out.add(x.text);
        out.add(y.text);
      }
  return out;
}

/**
 * Telephone numbers of the two sides that no number of the other side is (`same` holds those that are) and that are one
 * number with a digit or two changed or two digits swapped: as many national digits (without the country code or the
 * trunk 0), differing in two places at most. Each source number pairs with one translation number at most.
 */
function changedPhones(sourceText: string, targetText: string, same: ReadonlySet<string>): Array<readonly [string, string]> {
  const read = (text: string) => phonesIn(text).filter((phone) => !same.has(phone) && nationalDigits(phone) !== undefined);
  const targets = read(targetText);
  const out: Array<readonly [string, string]> = [];
  for (const a of read(sourceText)) {
    const b = targets.find((y) => !out.some(([, taken]) => taken === y) && nearlySame(a, y));
    if (b !== undefined) out.push([a, b]);
  }
  return out;
}

/** Whether two telephone numbers have as many national digits, differing in one or two places. */
function nearlySame(a: string, b: string): boolean {
  const forms = (phone: string) => {
    const digits = phone.replace(/\D/g, "");
    // An international number's country code is 1 to 3 digits; a national one's trunk 0 goes.
    return phone.startsWith("+") ? [1, 2, 3].map((k) => digits.slice(k)) : [digits.startsWith("0") ? digits.slice(1) : digits];
  };
  for (const x of forms(a))
    for (const y of forms(b)) {
      if (x.length !== y.length || x.length < 6) continue;
      let differ = 0;
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differ++;
      if (differ > 0 && differ <= 2) return true;
    }
  return false;
}

/** Whether a number is read from one of the telephone numbers `phones` of `text`. */
function inPhone(v: Counted, text: string, phones: ReadonlySet<string>): boolean {
  // A group of the number, or the number whole: not any figure its digits hold ("№ 3" beside "тел. 062 619 251", changed to
  // "Lot 2", passed; stranger 205).
  for (const phone of phones) {
    if (!text.includes(phone)) continue;
    // Whole groups of it: no figure before or after the number's within the telephone number.
    for (let at = phone.indexOf(v.surface); at >= 0; at = phone.indexOf(v.surface, at + 1))
      if (!/\d/u.test(phone.charAt(at - 1)) && !/\d/u.test(phone.charAt(at + v.surface.length))) return true;
  }
  return false;
}

/**
 * The numbers of each side left when the same number written two ways pairs off (a zero more or less, a moved decimal
 * point or million for billion do not), and a clock time and its hour one for one, the hour as written first: in
 * "8:00–20:00" / "8–18 ч." the 8 is 8:00, not 20:00 read as 8 p.m. as well, which left 20:00 answered and only 18 said.
 */
function pairedTwoWays(
  source: readonly Counted[],
  target: readonly Counted[],
  sourceText: string,
  targetText: string,
  sourceLang: LanguageProfile,
  targetLang: LanguageProfile,
): [Counted[], Counted[]] {
  const [cs, ct] = citationsSplit(source, target, sourceText, targetText);
  const us = cs.filter((a) => !ct.some((b) => writtenTwoWays(a, b, sourceText, targetText)));
  const ut = ct.filter((b) => !cs.some((a) => writtenTwoWays(a, b, sourceText, targetText)));
  const [ss, st] = scoresJoined(us, ut, targetText, targetLang);
  const [tt, ts] = scoresJoined(st, ss, sourceText, sourceLang);
  return sameTimes(ts, tt);
}

/**
 * A score, a tally or a ratio written with a colon, which the tokens read as a clock time ("87:79", "80:20"), and its two
 * figures the other side writes with a dash, a slash, "vs." or a ratio's word ("87-79", "80/20", "80 to 20"): the same two
 * numbers (stranger 352: a league table, an error a row; stranger 346: a co-financing ratio). `otherText` and
 * `otherLang` are the other side's.
 */
function scoresJoined(
  mine: readonly Counted[],
  other: readonly Counted[],
  otherText: string,
  otherLang: LanguageProfile,
): [Counted[], Counted[]] {
  if (!mine.some((v) => v.key.includes(":"))) return [[...mine], [...other]];
  let [a, b] = [[...mine], [...other]];
  for (const v of mine) {
    const m = /^(\d{1,3}):(\d{1,3})$/u.exec(v.key);
    if (!m) continue;
    const [x, y] = [String(Number(m[1])), String(Number(m[2]))];
    const bx = b.find((w) => w.key === x);
    const by = b.find((w) => w.key === y && w !== bx);
    if (!bx || !by || !joinedIn(otherText, x, y, otherLang)) continue;
    a = a.filter((w) => w !== v);
    b = b.filter((w) => w !== bx && w !== by);
  }
  return [a, b];
}

/** Whether `text` writes figures `x` and `y` as a score or a ratio: a dash, a slash, or a language's word between them. */
function joinedIn(text: string, x: string, y: string, lang: LanguageProfile): boolean {
  const words = [lang.versus, lang.ratioWords].filter((w) => w !== undefined).join("|");
  const between = `\\s?[-\u2013\u2014/]\\s?${words ? `|\\s+(?:${words})\\s+` : ""}`;
  return new RegExp(`(?<![\\p{N}.,])0*${x}(?:${between})0*${y}(?![\\p{N}]|[.,]\\p{N})`, "iu").test(text);
}

/**
 * A side's figure of two levels ("12.3") whose levels the other side numbers each after its label ("чл. 12, ал. 3", "Art. 12,
 * para. 3"): taken off both lists. `otherText` and `otherLang` are the other side's.
 */
function clausesJoined(
  mine: readonly Counted[],
  other: readonly Counted[],
  otherText: string,
  otherLang: LanguageProfile,
): [Counted[], Counted[]] {
  let [a, b] = [[...mine], [...other]];
  const labels = [...otherLang.labelWords].map(escapeRegExp).join("|");
  for (const v of mine) {
    const m = /^(\d{1,3})\.(\d{1,2})$/u.exec(v.surface);
    if (!m || !b.some((w) => w.key === m[1]) || !b.some((w) => w.key === String(Number(m[2])))) continue;
    const labelled = new RegExp(`(?<![\\p{L}\\p{N}])${m[1]}\\s*,?\\s*(?:${labels})\\.?\\s*${Number(m[2])}(?![\\p{N}])`, "iu");
    if (labels === "" || !labelled.test(otherText)) continue;
    a = a.filter((x) => x !== v);
    b = b.filter((w) => w.key !== m[1] && w.key !== String(Number(m[2])));
  }
  return [a, b];
}

/** Per language, a figure and a half said after its unit ("7 часа и половина", "7 hours and a half"); null without the words. */
const halfPatterns = new WeakMap<LanguageProfile, RegExp | null>();

/** The figures a text says "and a half" of after their unit, by key. */
function halvedIn(text: string, lang: LanguageProfile): ReadonlySet<string> {
  let pattern = halfPatterns.get(lang);
  if (pattern === undefined) {
    const [joiner, half] = [lang.numberWordJoiner, lang.numberHalf];
    pattern =
      joiner && half?.length
        ? new RegExp(
            `(?<![\\p{N}.,])(\\d+)\\s+\\p{L}+\\.?\\s+${escapeRegExp(joiner)}\\s+${half.map(escapeRegExp).join("\\s+")}(?!\\p{L})`,
            "giu",
          )
        : null;
    halfPatterns.set(lang, pattern);
  }
  const out = new Set<string>();
  if (pattern && /\d/u.test(text)) for (const m of text.matchAll(pattern)) out.add(String(Number(m[1])));
  return out;
}

/** Per language, hours and minutes written in their units ("3 h 45 min", "3 ч и 15 мин"): the hours and the minutes captured. */
const unitSpans = new WeakMap<LanguageProfile, RegExp>();
function unitSpanPattern(lang: LanguageProfile): RegExp {
  const known = unitSpans.get(lang);
  if (known) return known;
  const forms = (unit: "hour" | "minute") =>
    [...(UNIT_SYMBOLS[unit] ?? []), ...(lang.units[unit] ?? [])]
      .sort((x, y) => y.length - x.length)
      .map(escapeRegExp)
      .join("|");
  const joiner = lang.numberWordJoiner ? `(?:${escapeRegExp(lang.numberWordJoiner)}\\s+)?` : "";
  const pattern = new RegExp(
    `(?<![\\p{N}:.,])(\\d{1,2})\\s?(?:${forms("hour")})\\.?,?\\s+${joiner}(\\d{1,2})\\s?(?:${forms("minute")})(?![\\p{L}])`,
    "giu",
  );
  unitSpans.set(lang, pattern);
  return pattern;
}

/**
 * The numbers of each side but a clock's span of hours and minutes on one side ("3:45 ч.", "3:15 h") and the same
 * hours and minutes written in their units on the other ("3 h 45 min", "3 ч и 15 мин"; stranger 217).
 */
function hoursAndMinutes(us: Counted[], ut: Counted[], ctx: ReviewContext, link: Link): [Counted[], Counted[]] {
  if (!us.some((v) => v.key.includes(":")) && !ut.some((v) => v.key.includes(":"))) return [us, ut];
  const paired = (clocks: Counted[], parts: Counted[], partsText: string, partsLang: LanguageProfile): [Counted[], Counted[]] => {
    let left = [...parts];
    const kept = clocks.filter((v) => {
      const m = /^(\d{1,2}):(\d{2})$/u.exec(v.key);
      if (!m) return true;
      const [hours, minutes] = [String(Number(m[1])), String(Number(m[2]))];
      for (const w of partsText.matchAll(unitSpanPattern(partsLang))) {
        if (String(Number(w[1])) !== hours || String(Number(w[2])) !== minutes) continue;
        const h = left.findIndex((x) => x.key === hours);
        const n = left.findIndex((x, i) => x.key === minutes && i !== h);
        if (h < 0 || n < 0) continue;
        left = left.filter((_, i) => i !== h && i !== n);
        return false;
      }
      return true;
    });
    return [kept, left];
  };
  const [s1, t1] = paired(us, ut, ctx.target.text(link.target), ctx.target.lang);
  const [t2, s2] = paired(t1, s1, ctx.source.text(link.source), ctx.source.lang);
  return [s2, t2];
}

/** The numbers of each side but a figure said "and a half" on one side and the other's figure that is it and a half. */
function andAHalf(us: Counted[], ut: Counted[], ctx: ReviewContext, link: Link): [Counted[], Counted[]] {
  if (us.length === 0 || ut.length === 0) return [us, ut];
  const hs = halvedIn(ctx.source.text(link.source), ctx.source.lang);
  const ht = halvedIn(ctx.target.text(link.target), ctx.target.lang);
  if (hs.size === 0 && ht.size === 0) return [us, ut];
  const plusHalf = (key: string) => String(Number(key) + 0.5);
  const paired = (mine: Counted[], other: Counted[], halved: ReadonlySet<string>): [Counted[], Counted[]] => {
    const left = [...other];
    const kept = mine.filter((v) => {
      const at = halved.has(v.key) ? left.findIndex((w) => w.key === plusHalf(v.key)) : -1;
      if (at >= 0) left.splice(at, 1);
      return at < 0;
    });
    return [kept, left];
  };
  const [s1, t1] = paired(us, ut, hs);
  const [t2, s2] = paired(t1, s1, ht);
  return [s2, t2];
}

/** A fraction written with a slash, its denominator up to six figures: a leaflet's frequencies ("1/1000", "1/10 000"). */
const SLASHED = /(?<![\d/.,])(\d{1,3})\/(\d{1,3}(?:[ \u00a0]?\d{3})*)(?![\d/])/gu;

/**
 * Each side's unmatched numbers but a fraction written with a slash that the other side says as a share in per cent,
 * and that share: "1/1000" and "0.1%", "1/10" and "10 %".
 */
function frequenciesInPercent(us: Counted[], ut: Counted[], ctx: ReviewContext, link: Link, k: number): [Counted[], Counted[]] {
  if (us.length === 0 && ut.length === 0) return [us, ut];
  const lt = ctx.linkTokens(k);
  const percents = (side: "source" | "target") =>
    amountsOf(ctx[side].side.segments, link[side], side === "source" ? lt.sourceSegments : lt.targetSegments, ctx[side].lang)
      .filter((a) => a.unit === "percent")
      .map((a) => a.key);
  const slashed = (side: "source" | "target") =>
    [...ctx[side].text(link[side]).matchAll(SLASHED)].map((m) => {
      const [a, b] = [Number(m[1]), Number(m[2]!.replace(/[ \u00a0]/gu, ""))];
      return { keys: [String(a), String(b)], percent: b > 0 ? (100 * a) / b : Number.NaN };
    });
  const pair = (mine: Counted[], theirs: Counted[], side: "source" | "target", other: "source" | "target"): [Counted[], Counted[]] => {
    const fractions = mine.length > 0 ? slashed(side) : [];
    if (fractions.length === 0) return [mine, theirs];
    const shares = percents(other);
    const said = fractions.filter((f) => shares.some((p) => Math.abs(Number(p) - f.percent) < 1e-9 * Math.max(1, f.percent)));
    if (said.length === 0) return [mine, theirs];
    const [gone, goneTheirs] = [
      new Set(said.flatMap((f) => f.keys)),
      new Set(said.map((f) => shares.find((p) => Math.abs(Number(p) - f.percent) < 1e-9 * Math.max(1, f.percent))!)),
    ];
    return [mine.filter((v) => !gone.has(v.key)), theirs.filter((w) => !goneTheirs.has(w.key))];
  };
  const [s1, t1] = pair(us, ut, "source", "target");
  const [t2, s2] = pair(t1, s1, "target", "source");
  return [s2, t2];
}

/** Per language, its `hourFractions` as a global pattern. */
const hourFractionPatterns = new WeakMap<LanguageProfile, RegExp | null>();

/** The spans a text says as hours and a fraction of one in words, in seconds ("час и четвърт": 4,500). */
/** The word right before: hours written out ("два ", "two "), which then are no "one" of "час и половина". */
const NUMBER_WORD_BEFORE = /(\p{L}+)\s+$/u;

function hourFractionsIn(text: string, lang: LanguageProfile): Array<{ seconds: number; keys: readonly string[] }> {
  let pattern = hourFractionPatterns.get(lang);
  if (pattern === undefined) {
    pattern = lang.hourFractions ? new RegExp(lang.hourFractions, "giu") : null;
    hourFractionPatterns.set(lang, pattern);
  }
  if (pattern === null) return [];
  const out: Array<{ seconds: number; keys: readonly string[] }> = [];
  for (const m of text.matchAll(pattern)) {
    // Hours written out before it ("два часа и половина") are the written number's: read there.
    const before =
      m[1] === undefined ? NUMBER_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index))?.[1]?.toLowerCase() : undefined;
    if (before !== undefined && lang.numberWords !== undefined && Object.hasOwn(lang.numberWords, before)) continue;
    const word = (m[2] ?? m[3] ?? "").toLowerCase();
    const share = lang.hourFractionWords?.[word];
    if (share !== undefined) out.push({ seconds: (Number(m[1] ?? 1) + share) * 3600, keys: m[1] === undefined ? [] : [m[1]] });
  }
  return out;
}

/**
 * Each side's unmatched numbers but those of a span of time the other side says as hours and a fraction of one in words:
 * "1 hour 15 minutes" / "час и четвърт", "90 minutes" / "an hour and a half" (stranger 279: warnings on a recipe's times),
 * "2 hours 30 minutes" / "два часа и половина" (the hours written out, read as 2.5; stranger 286).
 */
function hoursAndAFraction(us: Counted[], ut: Counted[], ctx: ReviewContext, link: Link, k: number): [Counted[], Counted[]] {
  if (us.length === 0 && ut.length === 0) return [us, ut];
  const lt = ctx.linkTokens(k);
  const seconds = (a: Amount) =>
    (a.unit === "hour" || a.unit === "h" ? 3600 : a.unit === "minute" || a.unit === "min" ? 60 : 0) * Number(a.key);
  // The spans a side says as hours and a fraction: in figures and words ("час и четвърт"), or written out ("два часа и половина").
  const said = (side: "source" | "target") => {
    const [info, ids, tokens] = side === "source" ? [ctx.source, link.source, lt.source] : [ctx.target, link.target, lt.target];
    const text = info.text(ids);
    // A number written out with its hours inside it, "два часа и половина" (2.5), its unit a word of the phrase.
    const hours = new Set((info.lang.units.hour ?? []).map((w) => w.toLowerCase()));
    const spelt = spelledOf(info, ids, tokens).filter(
      (t) =>
        !Number.isInteger(Number(t.key)) &&
        t.surface
          .toLowerCase()
          .split(/\s+/u)
          .some((w) => hours.has(w)),
    );
    return [
      ...hourFractionsIn(text, info.lang),
      ...spelt.map((t) => ({ seconds: Number(t.key) * 3600, keys: [t.key] as readonly string[] })),
    ];
  };
  const [saidSource, saidTarget] = [said("source"), said("target")];
  if (saidSource.length === 0 && saidTarget.length === 0) return [us, ut];
  const spans = (side: "source" | "target") => {
    const amounts = amountsOf(
      ctx[side].side.segments,
      link[side],
      side === "source" ? lt.sourceSegments : lt.targetSegments,
      ctx[side].lang,
    );
    return [
      ...compoundSpans(amounts).map((c) => ({ seconds: Number(c.span.key), keys: c.parts as readonly string[] })),
      ...amounts.filter((a) => seconds(a) > 0).map((a) => ({ seconds: seconds(a), keys: [a.key] as readonly string[] })),
    ];
  };
  const gone = { source: new Set<string>(), target: new Set<string>() };
  for (const [mine, other, theirs] of [
    ["source", "target", saidTarget],
    ["target", "source", saidSource],
  ] as const) {
    if (theirs.length === 0) continue;
    for (const span of spans(mine))
      for (const t of theirs)
        if (Math.abs(t.seconds - span.seconds) < 1) {
          for (const key of span.keys) gone[mine].add(key);
          for (const key of t.keys) gone[other].add(key);
        }
  }
  return [us.filter((v) => !gone.source.has(v.key)), ut.filter((w) => !gone.target.has(w.key))];
}

/** Two reference numbers typed with a comma and no space between, in brackets: "[4,5]", "(12,14)", "[1, 4,5]". */
const CITED_PAIR = /[[(](?:\d{1,3},\s?)*(\d{1,3},\d{1,3})(?:,\s?\d{1,3})*[\])]/gu;

/**
 * The numbers of each side but a citation's references a language with a decimal comma reads as one number ("[4,5]":
 * 4.5), where the other side has both ("[4, 5]"; stranger 133's Vancouver references).
 */
function citationsSplit(
  source: readonly Counted[],
  target: readonly Counted[],
  sourceText: string,
  targetText: string,
): [Counted[], Counted[]] {
  let us = [...source];
  let ut = [...target];
  for (const [mine, theirs, text, flip] of [
    [us, ut, sourceText, false],
    [ut, us, targetText, true],
  ] as const) {
    if (!text.includes(",")) continue;
    for (const m of text.matchAll(CITED_PAIR)) {
      const joined = mine.find((v) => v.surface === m[1]);
      if (!joined) continue;
      const parts = m[1]!.split(",");
      const found = parts.map((p) => theirs.find((v) => v.key === String(Number(p))));
      if (found.some((v) => v === undefined)) continue;
      const drop = (list: Counted[], gone: readonly Counted[]) => list.filter((v) => !gone.includes(v));
      if (flip) [ut, us] = [drop(ut, [joined]), drop(us, found as Counted[])];
      else [us, ut] = [drop(us, [joined]), drop(ut, found as Counted[])];
    }
  }
  return [us, ut];
}

/** A year of four figures, 1500 to 2099. */
const FULL_YEAR = /^(?:1[5-9]|20)\d\d$/u;

/**
 * The numbers of each side but a year one writes short after an apostrophe ("'44", "’44") and the other in full
 * ("1944"): the same year (stranger 101); or glued to the letters of a fiscal year ("FY2025").
 */
/**
 * The numbers of each side but those the other says in words of time: "once every 7 days" / "веднъж седмично", seven
 * days a week (stranger 239); "(2024 г.: 226)" / "(prior year: 226)", a statement's comparative year (stranger 230).
 */
function timeInWords(us: Counted[], ut: Counted[], ctx: ReviewContext, link: Link): [Counted[], Counted[]] {
  if (us.length === 0 && ut.length === 0) return [us, ut];
  const [st, tt] = [ctx.source.text(link.source), ctx.target.text(link.target)];
  const [sl, tl] = [ctx.source.lang, ctx.target.lang];
  return clockInWords(previousYears(weekOfDays(us, st, sl, tt, tl), tt, tl), previousYears(weekOfDays(ut, tt, tl, st, sl), st, sl), [
    [st, sl],
    [tt, tl],
  ]);
}

/**
 * A clock's time said as hours and a fraction in words on one side ("в пет и половина", read as 5.5) and as hours and
 * minutes on the other ("at 5.30", "5:30 a.m.", "five thirty"): one time, no number changed (stranger 293).
 */
function clockInWords(
  us: Counted[],
  ut: Counted[],
  texts: readonly [readonly [string, LanguageProfile], readonly [string, LanguageProfile]],
): [Counted[], Counted[]] {
  const fraction = (v: Counted) => v.figures === 0 && /^\d{1,2}\.(?:25|5|75)$/u.test(v.key);
  if (!us.some(fraction) && !ut.some(fraction)) return [us, ut];
  const gone = new Set<Counted>();
  for (const [mine, theirs, [text, lang]] of [
    [us, ut, texts[1]],
    [ut, us, texts[0]],
  ] as const)
    for (const v of mine.filter(fraction)) {
      // "в 7 и половина", "в 8 без четвърт": the hour in figures and its fraction in words after it (`clockAfterHour`).
      const figures = hourAndWords(v, theirs, text, lang, gone);
      if (figures) {
        gone.add(v).add(figures);
        continue;
      }
      const [hours, part] = v.key.split(".") as [string, string];
      const minutes = String(Math.round(Number(`0.${part}`) * 60));
      const sameHour = (h: string) => Number(h) % 12 === Number(hours) % 12;
      const clock = theirs.find((w) => {
        const m = CLOCK_TIME.exec(w.surface);
        return !gone.has(w) && m !== null && sameHour(m[1]!) && Number(m[2]) === Number(minutes);
      });
      if (clock) {
        gone.add(v).add(clock);
        continue;
      }
      // "five thirty": the hour and the minutes, each a number in words.
      const hour = theirs.find((w) => !gone.has(w) && w.figures === 0 && sameHour(w.key));
      const after = theirs.find((w) => !gone.has(w) && w.figures === 0 && w.key === minutes);
      if (hour && after) gone.add(v).add(hour).add(after);
    }
  return gone.size === 0 ? [us, ut] : [us.filter((v) => !gone.has(v)), ut.filter((v) => !gone.has(v))];
}

/**
 * The numbers of each side but a bound said with its number left out on one side and taken in on the other, one away:
 * "Children under 12" / "Деца до 11 години включително", "over 65" / "от 66 години включително" (stranger 343).
 */
function boundsAlike(us: Counted[], ut: Counted[], ctx: ReviewContext, link: Link): [Counted[], Counted[]] {
  if (us.length === 0 || ut.length === 0) return [us, ut];
  const [st, tt] = [ctx.source.text(link.source), ctx.target.text(link.target)];
  const [sl, tl] = [ctx.source.lang, ctx.target.lang];
  for (const a of us)
    for (const b of ut) {
      const [x, y] = [Number(a.key), Number(b.key)];
      if (!Number.isInteger(x) || Math.abs(x - y) !== 1) continue;
      // The strict side's bound, and the inclusive side's number one toward it: "under 12" is "up to 11 inclusive".
      const strictSource = strictBound(st, a.surface, sl);
      const strictTarget = strictBound(tt, b.surface, tl);
      const ok =
        (strictSource !== undefined && y === x + (strictSource === "below" ? -1 : 1) && taken(tt, b.surface, tl)) ||
        (strictTarget !== undefined && x === y + (strictTarget === "below" ? -1 : 1) && taken(st, a.surface, sl));
      if (ok) return [us.filter((v) => v !== a), ut.filter((v) => v !== b)];
    }
  return [us, ut];
}

/** Which way a bound that leaves its number out points, where one stands right before `number` in `text`. */
function strictBound(text: string, number: string, lang: LanguageProfile): "below" | "above" | undefined {
  const strict = lang.limits?.strict;
  if (!strict) return undefined;
  const before = (words: readonly string[]) =>
    words.some((w) => new RegExp(`(?<!\\p{L})${escapeRegExp(w)}\\s+${escapeRegExp(number)}(?!\\p{N})`, "iu").test(text));
  return before(strict.below) ? "below" : before(strict.above) ? "above" : undefined;
}

/** Whether a word that takes a bound's number in follows `number` in `text`, two words between at most. */
function taken(text: string, number: string, lang: LanguageProfile): boolean {
  const words = lang.limits?.inclusive ?? [];
  return words.some((w) =>
    new RegExp(`(?<![\\p{N}.,])${escapeRegExp(number)}(?:\\s+\\p{L}+\\.?){0,2}\\s*,?\\s*\\(?${escapeRegExp(w)}(?!\\p{L})`, "iu").test(text),
  );
}

/** The other side's hour in figures that words after it make the time `v` says ("в 7 и половина" for 7.5), if any. */
function hourAndWords(v: Counted, theirs: readonly Counted[], text: string, lang: LanguageProfile, gone: ReadonlySet<Counted>) {
  const value = Number(v.key);
  for (const [words, f] of Object.entries(lang.clockAfterHour ?? {})) {
    const hour = value - f;
    if (!Number.isInteger(hour)) continue;
    const found = theirs.find(
      (w) =>
        !gone.has(w) &&
        w.figures > 0 &&
        Number(w.key) % 12 === hour % 12 &&
        new RegExp(`(?<![\\p{N}.,:])${escapeRegExp(w.surface)}\\s+${escapeRegExp(words)}(?!\\p{L})`, "iu").test(text),
    );
    if (found) return found;
  }
  return undefined;
}

/** A clock's time in figures: its hours and minutes ("5.30", "5:30 a.m.", "17:30"). */
const CLOCK_TIME = /^(\d{1,2})[.:](\d{2})(?!\d)/u;

/** The numbers of `list` but a 7 before the language's days ("every 7 days") where the other side says a week's period ("weekly", "седмично"). */
function weekOfDays(list: Counted[], text: string, lang: LanguageProfile, other: string, otherLang: LanguageProfile): Counted[] {
  if (!list.some((v) => v.key === "7")) return list;
  const week = otherLang.periods?.week;
  const days = lang.units.day;
  if (!week || !days) return list;
  const lower = other.toLowerCase();
  if (!week.some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(lower))) return list;
  const after = /(?<![\d.,])7\s+(\p{L}+)/u.exec(text)?.[1]?.toLowerCase();
  return after !== undefined && days.includes(after) ? list.filter((v) => v.key !== "7") : list;
}

/** The numbers of `list` but one year, where the other side names the year before in words and no year at all. */
function previousYears(list: Counted[], other: string, lang: LanguageProfile): Counted[] {
  const words = lang.previousYear;
  if (!words || list.length === 0) return list;
  const years = list.filter((v) => FULL_YEAR.test(v.key));
  if (years.length !== 1 || /(?<!\d)(?:1[5-9]|20)\d\d(?!\d)/u.test(other)) return list;
  const lower = other.toLowerCase();
  return words.some((w) => lower.includes(w)) ? list.filter((v) => v !== years[0]) : list;
}

function shortYears(source: Counted[], target: Counted[], sourceText: string, targetText: string): [Counted[], Counted[]] {
  // "FY2025" / "2025 г.": a fiscal year, its figures glued to the letters (stranger 125), or its last two ("FY25"; stranger 340).
  const fiscal = (v: Counted, text: string) =>
    FULL_YEAR.test(v.key) && new RegExp(`(?<![\\p{L}])FY(?:${v.key}|${v.key.slice(2)})(?!\\d)`, "u").test(text);
  const us = source.filter((v) => !fiscal(v, targetText));
  const ut = target.filter((v) => !fiscal(v, sourceText));
  const short = (v: Counted, text: string) => /^\d\d$/u.test(v.key) && new RegExp(`['’‘]${v.key}(?!\\d)`, "u").test(text);
  const full = (v: Counted, year: Counted) => FULL_YEAR.test(year.key) && year.key.endsWith(v.key);
  if (!us.some((v) => short(v, sourceText)) && !ut.some((v) => short(v, targetText))) return [us, ut];
  const sourceShort = us.filter((v) => short(v, sourceText) && ut.some((y) => full(v, y)));
  const targetShort = ut.filter((v) => short(v, targetText) && us.some((y) => full(v, y)));
  return [
    us.filter((v) => !sourceShort.includes(v) && !targetShort.some((w) => full(w, v))),
    ut.filter((v) => !targetShort.includes(v) && !sourceShort.some((w) => full(w, v))),
  ];
}

/** `namedTimes` of each side's numbers against the other side's words. */
function namedBothWays(us: Counted[], ut: Counted[], ctx: ReviewContext, link: Link): [Counted[], Counted[]] {
  return [
    namedTimes(us, ctx.target, link.target, ctx.source, link.source),
    namedTimes(ut, ctx.source, link.source, ctx.target, link.target),
  ];
}

/** Patterns of the words naming a time, by their source: made once, when a time is first left unpaired. */
const timeWords = new Map<string, RegExp>();

/**
 * The numbers of `list` but the clock times the other side names in words: 0:00 or 24:00 its midnight, 12:00 its noon;
 * an hour written alone with its hour word on its own side is such a time too ("от 12 ч. до полунощ" / "from noon until
 * midnight"; stranger 350).
 */
function namedTimes(list: Counted[], other: SideInfo, ids: readonly number[], own: SideInfo, ownIds: readonly number[]): Counted[] {
  const { midnight, noon } = other.lang.timeMarkers;
  const hourAlone = (v: Counted) => (v.key === "12" || v.key === "24" || v.key === "0") && v.figures > 0;
  if (!list.some((v) => v.key.endsWith(":00") || hourAlone(v))) return list;
  const text = other.text(ids);
  const pattern = (word: string) => {
    const made = timeWords.get(word) ?? new RegExp(`(?<![\\p{L}\\p{N}])(?:${word})`, "iu");
    timeWords.set(word, made);
    return made;
  };
  const says = (word: string | undefined) => word !== undefined && pattern(word).test(text);
  // The hour's figures before the language's hour word on its own side ("12 ч.", "24 часа"): a clock's hour, not a count.
  const hour = own.lang.timeMarkers.h;
  const clock = (v: Counted, key: string) =>
    v.key === key || (hourAlone(v) && key.startsWith(`${v.key}:`) && pattern(`${v.surface}\\s?${hour}`).test(own.text(ownIds)));
  return list.filter((v) => !((clock(v, "00:00") || clock(v, "24:00")) && says(midnight)) && !(clock(v, "12:00") && says(noon)));
}

/**
 * The numbers of each side left when a clock time and a number saying the same time pair off, one for one: the hour
 * as written ("8" and "8:00") before the hour of a 12-hour clock ("8" and "20:00").
 */
function sameTimes(source: readonly Counted[], target: readonly Counted[]): [Counted[], Counted[]] {
  if (!source.some((v) => v.key.includes(":")) && !target.some((v) => v.key.includes(":"))) return [[...source], [...target]];
  const paired = new Set<Counted>();
  for (const twelve of [false, true])
    for (const a of source) {
      if (paired.has(a)) continue;
      const b = target.find((b) => !paired.has(b) && sameTime(a, b, twelve));
      if (b) paired.add(a).add(b);
    }
  return [source.filter((v) => !paired.has(v)), target.filter((v) => !paired.has(v))];
}

/** Whether one of two numbers is a clock time and the other the same time: its hour, or (`twelve`) that hour on a 12-hour clock. */
function sameTime(a: Counted, b: Counted, twelve: boolean): boolean {
  const clock = a.key.includes(":") ? a : b.key.includes(":") ? b : undefined;
  if (!clock) return false;
  const other = clock === a ? b : a;
  if (other.key.includes(":")) return false;
  const [hour, minute] = clock.key.split(":").map(Number);
  const h = Number(other.key);
  // "at 19.30" written with no marker is the number 19.3 to the tokens: the same time as "19:30".
  if (hour !== undefined && minute !== undefined && minute > 0 && Math.abs(h - (hour + minute / 100)) < 1e-9) return true;
  return minute === 0 && Number.isInteger(h) && (h === hour || (twelve && hour !== undefined && h === hour - 12));
}

function writtenTwoWays(a: Counted, b: Counted, aText: string, bText: string): boolean {
  // Written the same on both sides, read two ways by the two languages' conventions: a section "2.1" is "2" and "1" in Bulgarian.
  if (a.surface === b.surface) return true;
  // "p < .001", "α = .89": a statistic's leading zero dropped, as APA style writes it, is "0,001" (stranger 133).
  if (leadingZeroDropped(a, b, aText) || leadingZeroDropped(b, a, bText)) return true;
  // "80 градуса" and "the 80s".
  if (DECADE.test(a.key) || DECADE.test(b.key)) return a.key.replace(/s$/, "") === b.key.replace(/s$/, "");
  // A clock time is paired one for one (`sameTimes`).
  if (a.key.includes(":") || b.key.includes(":")) return false;
  const [big, small] = Number(a.key) >= Number(b.key) ? [a, b] : [b, a];
  if (!big.scaled || small.scaled) return false;
  const ratio = Number(big.key) / Number(small.key);
  if (![1e3, 1e6, 1e9, 1e12].some((f) => Math.abs(ratio / f - 1) < 1e-9)) return false;
  // The smaller side must say its magnitude somehow: a letter glued to it, a word, a heading's "'000". With none
  // ("21 458 хил. лв." / "BGN 21,458"), the translation's amount is a thousand times too small. Another figure's
  // ("BGN 38,760 (2024: BGN 33,415 thousand)") says nothing of this one.
  return magnitudeFor(small === a ? aText : bText, small.surface);
}

/** Whether `x` is written as a fraction's digits after a point with no zero before it (".89"), `y` being "0.89". */
function leadingZeroDropped(x: Counted, y: Counted, xText: string): boolean {
  if (!/^\d+$/u.test(x.surface) || y.key !== `0.${x.surface}`) return false;
  return new RegExp(`(?<![\\p{N}.,])\\.${x.surface}(?![\\p{N}])`, "u").test(xText);
}

/** A magnitude's own figure: the one written just before it (a currency's code or sign, a bracket between). */
const FIGURE_BEFORE = /(\d(?:[\d.,\s\u00a0\u202f]*\d)?)[)\]]?\s?(?:\p{Sc}|[A-Z]{3})?\s?$/u;

/**
 * Whether `text` says a magnitude (`UNREAD_MAGNITUDE`) of the figure `surface`, right after it, or of no figure in
 * particular ("in BGN thousand", "BGN '000"): not where each magnitude belongs to another figure.
 */
function magnitudeFor(text: string, surface: string): boolean {
  if (!UNREAD_MAGNITUDE.test(text)) return false;
  // The figure as written ("12 000", "1,250"), and its digits: a figure is told by them, whatever groups its language writes.
  const numeral = /^\d[\d\s.,\u00a0\u202f]*/u.exec(surface)?.[0].trim() ?? surface;
  const digits = (f: string) => f.replace(/\D/gu, "");
  for (const m of text.matchAll(MAGNITUDES_IN)) {
    // A letter glued to figures ("125m") belongs to them: its match opens with their last digit.
    const end = /^\d/u.test(m[0]) ? m.index + 1 : m.index;
    const before = text.slice(0, end);
    const figure = FIGURE_BEFORE.exec(before.slice(-numeral.length - 12))?.[1];
    if (figure === undefined || digits(figure).endsWith(digits(numeral))) return true;
    // Said once for a range or a list the figure opens ("12-15 million", "21,458 and 19,300 thousand").
    const at = before.lastIndexOf(numeral, before.length - figure.length);
    if (at >= 0 && JOINED.test(before.slice(at + numeral.length, before.length - FIGURE_BEFORE.exec(before)![0].length))) return true;
  }
  return false;
}

/** Between two figures of a range or a list: a dash, "and", "or", "to" (the languages' words), a currency's code or sign. */
const JOINED = /^\s?(?:\p{Sc}|[A-Z]{3})?\s?(?:[-–—]|\s(?:and|or|to|и|или|до|und|bis|et|ou|à)\s)\s?(?:\p{Sc}|[A-Z]{3})?\s?$/u;

/** A magnitude the tokens do not read as one: a letter or an abbreviation after figures ("125m", "3 mln", "(2,5) млн."), a word, "'000". */
const UNREAD_MAGNITUDE =
  /\d[)\]]?\s?(?:[kmbKMB]|bn|mn|mln|tn|млн|млрд|хил|тыс)(?![\p{L}])|thousand|million|billion|trillion|milliard|хиляд|милион|милиард|['’]000|Mio|Mrd|Tsd/iu;

const MAGNITUDES_IN = new RegExp(UNREAD_MAGNITUDE.source, "giu");

/** The figure a number token was read from: the digits and separators its surface begins with ("2.5" of "2.5 млн."). */
const NUMERAL = /^\d+(?:[.,]\d+)*/;
const MAGNITUDES = [1, 1e3, 1e6, 1e9, 1e12];

/**
 * The numbers of figures that both sides write with the same digits and
 * separators and the same magnitude, which their languages read differently:
 * "2.5 млн." is 2 and 5 million to Bulgarian tokens, "2.5 million" 2.5
 * million to English ones. A magnitude changed ("2.5 млн." and "2.5
 * billion") or a digit changed still differs.
 */
function sameFigures(source: readonly Counted[], target: readonly Counted[]): Set<Counted> {
  const out = new Set<Counted>();
  const figures = (list: readonly Counted[]) => {
    const by = new Map<string, { members: Counted[]; magnitude: number }>();
    for (const c of list) {
      const numeral = NUMERAL.exec(c.surface)?.[0];
      // A clock time ("9.30 ч.", 09:30, and "9.30 pm", 21:30) is read whole, as a time, already.
      if (numeral === undefined || !/[.,]/.test(numeral) || !Number.isFinite(Number(c.key))) continue;
      const f = by.get(c.surface) ?? { members: [], magnitude: 0 };
      f.members.push(c);
      f.magnitude = Math.max(f.magnitude, magnitudeIn(numeral, Number(c.key)));
      by.set(c.surface, f);
    }
    return by;
  };
  const theirs = figures(target);
  if (theirs.size === 0) return out;
  for (const [surface, mine] of figures(source)) {
    const numeral = NUMERAL.exec(surface)![0];
    for (const [other, f] of theirs)
      if (NUMERAL.exec(other)![0] === numeral && f.magnitude > 0 && f.magnitude === mine.magnitude)
        for (const c of [...mine.members, ...f.members]) out.add(c);
  }
  return out;
}

/** The power of a thousand by which a number's value exceeds a reading of its numeral (one of its groups, or the whole read either way). */
function magnitudeIn(numeral: string, value: number): number {
  const readings = numeral.split(/[.,]/).map(Number);
  readings.push(Number(numeral.replace(/,/g, "")), Number(numeral.replace(/\./g, "").replace(",", ".")));
  return MAGNITUDES.find((f) => readings.some((r) => r > 0 && Math.abs(value / f / r - 1) < 1e-9)) ?? 0;
}

function decadesOf(list: readonly Counted[]): Set<string> {
  return new Set(list.filter((v) => DECADE.test(v.key)).map((v) => v.key.slice(0, 2)));
}

/**
 * The numbers of each side but those the other writes in Roman figures ("XIX век" / "the 19th century", "глава IV" /
 * "Chapter 4"); where one side has none left, its Roman figures the other's numbers do not answer, as numbers: "XVII в."
 * / "the 18th century" is a number changed (stranger 113: it was a number in the translation only and a name left out).
 * "V в. пр. Хр.": a Roman figure of one letter before a century's word is one too (stranger 141).
 */
function romanRead(ctx: ReviewContext, link: Link, us: Counted[], ut: Counted[], lt: LinkTokens): [Counted[], Counted[]] {
  if (us.length === 0 && ut.length === 0) return [us, ut];
  const romanS = romanFigures(lt.source, centuryFigures(ctx.source.text(link.source), ctx.source.lang));
  const romanT = romanFigures(lt.target, centuryFigures(ctx.target.text(link.target), ctx.target.lang));
  let [s, t] = [
    notWrittenOtherwise(us, lt.source, lt.target, romanS, romanT),
    notWrittenOtherwise(ut, lt.target, lt.source, romanT, romanS),
  ];
  if (s.length === 0 && t.length > 0) s = romanLeft(romanS, lt.target);
  else if (t.length === 0 && s.length > 0) t = romanLeft(romanT, lt.source);
  return [s, t];
}

/** A year, read only from dates in figures, that the other side writes too, fewer times: once for a range of dates. */
function yearOfDates(v: Counted, other: readonly Matchable[], lang: LanguageProfile): boolean {
  if (!/^(?:19|20)\d{2}$/u.test(v.key) || !other.some((t) => t.kind === "number" && t.key === v.key)) return false;
  // Dates in words too: "от 1 януари 2024 г. до 31 декември 2024 г." / "from 1 January to 31 December 2024", the other
  // side naming two months, the year once (stranger 326).
  return (
    v.surfaces.every((x) => DOTTED_YEAR.test(x)) || other.filter((t) => t.kind === "word" && monthsOf(lang, "").has(t.key)).length >= 2
  );
}

/** A language's month names and their forms, lowercase. */
const monthsOf = perLanguage(
  (lang): ReadonlySet<string> => new Set((lang.dates?.months ?? []).flat().map((m) => m.toLowerCase().replace(/\.$/u, ""))),
);

/** A date with dots and its year: "15.07.2025". */
const DOTTED_YEAR = /^\d{1,2}\.\d{1,2}\.\d{4}$/u;

function yearIn(key: string, decades: ReadonlySet<string>): boolean {
  return /^\d{2}\d0$/.test(key) && decades.has(key.slice(2));
}

/**
 * The numbers that are the century of a decade: this side writes the decade
 * short ("80-те") and the other in full ("1980s", of the 20th century: "20").
 */
/**
 * The numbers of `list` (this side's, unpaired) that the other side writes neither as the century of a decade nor in
 * Roman figures. Each side's tokens are read once for all the numbers: a segment of thousands of words was read once
 * per number left.
 */
function notWrittenOtherwise(
  list: Counted[],
  mine: readonly Matchable[],
  other: readonly Matchable[],
  romanMine: ReadonlyMap<number, string>,
  romanOther: ReadonlyMap<number, string>,
): Counted[] {
  if (list.length === 0) return list;
  const centuries = centuriesOfDecades(mine, other);
  const kept = list.filter((v) => !centuries.has(v.key));
  if (kept.length === 0) return kept;
  // Roman figures both sides write are each other's ("III.1.5)" / "III.1.5)"): they answer no number written in digits.
  const roman = new Set([...romanOther.keys()].filter((n) => !romanMine.has(n)));
  return kept.filter((v) => !inRomanFigures(v, roman));
}

function centuriesOfDecades(mine: readonly Matchable[], other: readonly Matchable[]): ReadonlySet<string> {
  // The decades this side writes short ("80-те", not "1980"), by key.
  const short = new Set<string>();
  for (const m of mine) if (m.kind === "number" && !/^\d{4}/.test(m.surface)) short.add(m.key);
  const out = new Set<string>();
  for (const t of other)
    if (t.kind === "number" && DECADE.test(t.key) && /^\d{2}\d0s?$/.test(t.surface.replace(/\D+$/, "")) && short.has(t.key))
      out.add(String(Number(t.surface.slice(0, 2)) + 1));
  return out;
}

/**
 * The words of two Roman figures or more among these tokens ("I" is a pronoun too), by value, each as first written;
 * after `known`, a text's figures read otherwise (`centuryFigures`).
 */
function romanFigures(tokens: readonly Matchable[], known?: ReadonlyMap<number, string>): ReadonlyMap<number, string> {
  const out = new Map<number, string>(known);
  for (const t of tokens) {
    if (t.kind !== "word" || t.surface.length < 2 || CLOTHING_SIZES.has(t.surface)) continue;
    const value = romanValue(t.surface);
    if (value !== undefined && !out.has(value)) out.set(value, t.surface);
  }
  return out;
}

/** A garment's sizes, no Roman figures: "размер XL" is no 40 (stranger 212). A century's "XL" is read by its word (`centuryFigures`). */
const CLOTHING_SIZES: ReadonlySet<string> = new Set(["XL", "XXL", "XXXL", "XS", "XXS"]);

/** The largest Roman figure read as a number changed: a century, a chapter, a part ("CD", "DC" are other things). */
const ROMAN_COUNTED_MAX = 40;

/** This side's Roman figures (`romanFigures`), up to `ROMAN_COUNTED_MAX`, that no number of the other side answers, as numbers. */
function romanLeft(roman: ReadonlyMap<number, string>, other: readonly Matchable[]): Counted[] {
  const answered = new Set(other.filter((t) => t.kind === "number").map((t) => t.key));
  const out: Counted[] = [];
  for (const [value, surface] of roman)
    if (value <= ROMAN_COUNTED_MAX && !answered.has(String(value)))
      out.push({ key: String(value), n: 1, surface, surfaces: [surface], significant: true, scaled: false, figures: 1 });
  return out;
}

/** Per language, a Roman figure before a century's word (`DateData.centuryWords`); null for a language without them. */
const centuryPatterns = new WeakMap<LanguageProfile, RegExp | null>();

/** The Roman figures of a text before a century's word, one letter too ("V в. пр. Хр.", "I в."), by value. */
function centuryFigures(text: string, lang: LanguageProfile): ReadonlyMap<number, string> | undefined {
  let pattern = centuryPatterns.get(lang);
  if (pattern === undefined) {
    const words = lang.dates?.centuryWords;
    pattern = words ? new RegExp(`(?<![\\p{L}\\p{N}])([IVX]+)\\s*(?:${words})(?![\\p{L}])`, "gu") : null;
    centuryPatterns.set(lang, pattern);
  }
  if (!pattern || !/[IVX]/u.test(text)) return undefined;
  let out: Map<number, string> | undefined;
  for (const m of text.matchAll(pattern)) {
    const value = romanValue(m[1]!);
    if (value === undefined || out?.has(value)) continue;
    out ??= new Map();
    out.set(value, m[1]!);
  }
  return out;
}

/** Whether the other side writes number `v` in Roman figures (`romanFigures` of its side). */
function inRomanFigures(v: Counted, roman: ReadonlySet<number>): boolean {
  const n = Number(v.key);
  return Number.isInteger(n) && n > 0 && roman.has(n);
}

/** A 100 written with a percent unit ("100 percent", "на 100 %"). */
function wholly(
  v: Counted,
  segments: readonly Segment[],
  ids: readonly number[],
  tokens: readonly (readonly Matchable[])[],
  lang: LanguageProfile,
): boolean {
  return v.key === "100" && v.n === 1 && amountsOf(segments, ids, tokens, lang).some((a) => a.key === "100" && a.unit === "percent");
}
