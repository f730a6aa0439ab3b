/**
 * Two numbers that trade places: "до 50 000 евро за медицински разходи и до 1 000 евро за багаж" translated "up to
 * EUR 1,000 for medical expenses and EUR 50,000 for baggage". Every value is on both sides, so the numbers and
 * units checks see nothing; the words beside each number say which goes with which.
 */
import { CURRENCY_CODES, isUnitSymbol, type LanguageProfile } from "../../lang/index.js";
import { anchorMatch, type Matchable } from "../../score/index.js";
import { normaliseNumber } from "../../score/tokens.js";
import type { Flag } from "../../types.js";
import type { ReviewContext } from "../context.js";
import { clip, escapeRegExp } from "../text.js";
import { linkDates } from "./dates.js";
import { openingLabel } from "./numbers.js";
import { PAYER_SWAPPED } from "./parties.js";
import type { Check } from "./types.js";
import { amountsOf } from "./units.js";
import { VOTES_SWAPPED } from "./votes.js";

/** A number written once on its side, with the words between it and the numbers of that kind next to it. */
interface Placed {
  readonly key: string;
  readonly surface: string;
  readonly at: number;
  /** The words since the number before it (or the text's start), and up to the number after it (or the end). */
  readonly before: Matchable[];
  readonly after: Matchable[];
}

/** How a flag of numbers that trade places begins (the limits check leaves such a link alone: one cause, one flag). */
export const SWAPPED = "the numbers are swapped";

/** How a flag of a range written the other way round begins. */
export const REVERSED = "the range is written the other way round";

/** A year, which tells two amounts apart where it stands beside each. */
const YEAR = /^(?:19|20)\d\d$/;

/** Words this short say nothing of what a number counts ("за", "for", "и", "the"). */
const MIN_WORD = 3;

/**
 * A pair of numbers each written once on both sides, in the other order on
 * the translation's, whose words cross. A number's words are those before it
 * ("the rent is 1 200, the deposit 2 400") or those after it ("50 000 for
 * expenses, 1 000 for baggage"), read the same way on both sides: the words
 * of the source's first number answer those of the translation's second and
 * the other way round, and those that stay with their number are far fewer.
 * A sentence that only turns around ("EUR 1,000 for baggage and EUR 50,000
 * for expenses") keeps each number's words with it and is not flagged; nor is
 * one whose first words stay with the number it opens on, or its last with
 * the one it closes on, whichever side says them before the number. The
 * figures of dates (day and year change places between languages), clock
 * times and amounts of two units (the units check's) are left out.
 */
export const numbersSwapped: Check = {
  name: "numbers swapped",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    // The parties' identifiers moved with them: who pays whom says the cause (`payerSwapped`); a vote's sides say theirs.
    if (earlier.some((f) => f.reason.startsWith(PAYER_SWAPPED) || f.reason.startsWith(VOTES_SWAPPED))) return undefined;
    const lt = ctx.linkTokens(k);
    // Most links hold fewer than two numbers a side: their texts need not be read.
    if (numberCount(lt.source) < 2 || numberCount(lt.target) < 2) return undefined;
    const [sourceText, targetText] = [ctx.source.text(link.source), ctx.target.text(link.target)];
    const [sourceTokens, targetTokens] = labelFree(ctx, k);
    const ratio = ratioReversed(sourceText, sourceTokens, targetText, targetTokens);
    if (ratio) return ratio;
    // A table's row in the source's order among rows in another is flagged though nothing in it moved.
    const columns = columnsSwapped(ctx, k);
    if (columns) return columns;
    if (!anyMoved(sourceTokens, targetTokens)) return undefined;
    const owned = linkDates(ctx, k).figures;
    const rows = rowsSwapped(ctx, link.source, link.target, lt.sourceSegments, lt.targetSegments, owned);
    if (rows) return rows;
    const comparatives =
      comparativesSwapped(sourceText, sourceTokens, targetText, targetTokens) ??
      versusSwapped(sourceText, targetText, ctx.source.lang, ctx.target.lang);
    if (comparatives) return comparatives;
    const [sourceStarts, targetStarts] = [tokenStarts(sourceText, sourceTokens), tokenStarts(targetText, targetTokens)];
    const source = placed(sourceTokens, new Set(owned.source), ctx.source.lang, sourceText, sourceStarts, lt.sourceSegments);
    const target = placed(targetTokens, new Set(owned.target), ctx.target.lang, targetText, targetStarts, lt.targetSegments);
    const both = source.filter((a) => target.some((b) => b.key === a.key));
    if (both.length < 2) return undefined;
    const inTarget = (a: Placed) => target.find((b) => b.key === a.key)!;
    // Amounts of other units trading places keep their units ("49,99 лв. (около 25,56 €)" / "€25.56 (about BGN 49.99)"):
    // the units check's to judge. Read once a pair has moved (most links keep their numbers' order).
    let units: Map<string, string> | undefined;
    const unitOf = (key: string) => {
      units ??= new Map(amountsOf(ctx.source.side.segments, link.source, lt.sourceSegments, ctx.source.lang).map((x) => [x.key, x.unit]));
      return units.get(key);
    };
    const heads = [sourceTokens.find((t) => t.kind === "word")?.surface, targetTokens.find((t) => t.kind === "word")?.surface];
    const notHeads = ([w, t]: [string, string]) => w !== heads[0] || t !== heads[1];
    for (let i = 0; i < both.length; i++)
      for (let j = i + 1; j < both.length; j++) {
        const [a, b] = [both[i]!, both[j]!];
        const [ta, tb] = [inTarget(a), inTarget(b)];
        // In the same order on both sides: nothing moved.
        if (ta.at < tb.at || unitOf(a.key) !== unitOf(b.key)) continue;
        // An address's house number and postcode, in each language's order ("25 Tsar Boris III Blvd, 1612 Sofia" /
        // "София 1612, бул. „Цар Борис III“ № 25"; stranger 97).
        const sourceAddress = (p: Placed) => addressed(sourceText, sourceStarts[p.at]!, ctx.source.lang);
        const targetAddress = (p: Placed) => addressed(targetText, targetStarts[p.at]!, ctx.target.lang);
        if ((sourceAddress(a) || targetAddress(ta)) && (sourceAddress(b) || targetAddress(tb))) continue;
        // A range written the other way round ("от 2 до 52 °C" / "from 52 to 2 °C"): the same interval, but not as written.
        // Running down from its upper bound, it reads as nonsense or as a fall ("a fine of BGN 2,000 to BGN 500"; stranger
        // 244): an error; a source's range running down written upward may be the translator's correction.
        const sourceRange = rangeOf(sourceTokens, sourceStarts, a.at, b.at, sourceText, ctx.source.lang);
        const targetRange = sourceRange && rangeOf(targetTokens, targetStarts, tb.at, ta.at, targetText, ctx.target.lang);
        if (sourceRange && targetRange)
          return {
            type: "numbers",
            severity: Number(a.key) < Number(b.key) ? "error" : "warning",
            reason: `${REVERSED}: the source's "${sourceRange}" is "${targetRange}" in the translation`,
            evidence: { source: [a.surface, b.surface], target: [tb.surface, ta.surface] },
          } satisfies Flag;
        // The sentence's head goes with the number it opens on and its tail with the one it closes on, in either language:
        // "За месец цените се вдигнаха с 3 %, а за година – с 12 %" / "Prices rose by 12% over the year and by 3% over the
        // month" keeps "месец" with 3 where one side says it before the number and the other after.
        // Only by words the other number's do not have too: "Извънредният труд ... 50 % за работа ..." keeps "труд" with no
        // number where "for work" follows both of the translation's (stranger 371: 50 % and 75 % swapped passed).
        if (a === source[0] && ta === target.at(-1) && answers(ctx, a.before, apart(ta.after, tb.after)[0]).length > 0) continue;
        if (b === source.at(-1) && tb === target[0] && answers(ctx, b.after, apart(tb.before, ta.before)[0]).length > 0) continue;
        // The sentences' opening words are read last: they open the sentence, whichever number follows, unless nothing
        // else tells the numbers apart ("Приходите … 5,2 …, а разходите … 3,1" / "Revenue … 3.1 … and expenses … 5.2").
        const flag = wordsCross(ctx, [a, b], [ta, tb], notHeads) ?? wordsCross(ctx, [a, b], [ta, tb], () => true);
        if (flag) return flag;
      }
    return undefined;
  },
};

/**
 * Two numbers whose words cross (`numbersSwapped`): the words before them, or after them, of the source's first answer
 * those of the translation's second and the other way round, far more than stay with their number. `counts` keeps
 * the pairs of words that may say so.
 */
function wordsCross(
  ctx: ReviewContext,
  [a, b]: readonly [Placed, Placed],
  [ta, tb]: readonly [Placed, Placed],
  counts: (pair: [string, string]) => boolean,
): Flag | undefined {
  for (const side of ["before", "after"] as const) {
    // Words beside both numbers ("2 таблетки сутрин и 3 таблетки вечер") tell them apart no more than the numbers do.
    const [sa, sb] = apart(a[side], b[side]);
    const [tA, tB] = apart(ta[side], tb[side]);
    // The two sentences' first words, the one translating the other ("Приемайте" / "Take"), open the sentence, whichever
    // number follows: they name none ("2 … сутрин" is "3 … morning", not "Приемайте … 2" "Take … 3").
    const aWords = answers(ctx, sa, tB).filter(counts);
    const bWords = answers(ctx, sb, tA).filter(counts);
    if (aWords.length === 0 || bWords.length === 0) continue;
    // Words that stay with their number, a learned translation's noise among them ("наемателят" for "rent" in a
    // lease), must be far fewer than those that cross.
    const staying = answers(ctx, sa, tA).length + answers(ctx, sb, tB).length;
    if (aWords.length + bWords.length < 2 * staying + 2) continue;
    // The words nearest their numbers name them: "депозит … 2 400", not "договора … 2 400".
    const nearest = (list: Array<[string, string]>) => (side === "before" ? list[list.length - 1]! : list[0]!);
    const [aWord, bWord] = [nearest(aWords), nearest(bWords)];
    // Each word where it stands: "Наемът … 1 200" is "rent … 2,400" in the translation.
    const near = (word: string, number: string) => (side === "before" ? `${word} … ${number}` : `${number} … ${word}`);
    return {
      type: "numbers",
      severity: "error",
      reason: `${SWAPPED}: the source's ${near(aWord[0], a.surface)} is ${near(aWord[1], tb.surface)} in the translation, and ${near(bWord[0], b.surface)} is ${near(bWord[1], ta.surface)}`,
      evidence: { source: [a.surface, b.surface], target: [tb.surface, ta.surface] },
    } satisfies Flag;
  }
  return undefined;
}

/** A comparative in brackets: the year, "г." perhaps, a colon, and the figure of that year ("(2024 г.: 22 332 хил. лв.)", "(2024: BGN 27,150 thousand)"). */
const COMPARATIVE = /\((?:\p{L}+\s)?((?:19|20)\d\d)(?:\s?\p{L}{1,2}\.)?\s?:([^()]*)\)/gu;

/**
 * The figures of a year's comparatives, by year: each number token written in a "(2024: …)" after it, in the order met.
 */
function comparativeFigures(text: string, tokens: readonly Matchable[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(COMPARATIVE)) {
    const inside = m[2]!;
    const keys = tokens.filter((t) => t.kind === "number" && !YEAR.test(t.key) && inside.includes(t.surface)).map((t) => t.key);
    if (keys.length) out.set(m[1]!, [...(out.get(m[1]!) ?? []), ...keys]);
  }
  return out;
}

/**
 * A note's figure and its comparative trading places: "за 2025 г. възлизат на 27 150 хил. лв. (2024 г.: 22 332 хил.
 * лв.)" / "for 2025 amounted to BGN 22,332 thousand (2024: BGN 27,150 thousand)" (stranger 177). Where both sides give a
 * year's comparative in brackets, and the translation's is a figure the source gives outside the brackets, whose own
 * comparative the translation gives outside them.
 */
function comparativesSwapped(
  sourceText: string,
  sourceTokens: readonly Matchable[],
  targetText: string,
  targetTokens: readonly Matchable[],
): Flag | undefined {
  if (!sourceText.includes("(") || !targetText.includes("(")) return undefined;
  const source = comparativeFigures(sourceText, sourceTokens);
  if (source.size === 0) return undefined;
  const target = comparativeFigures(targetText, targetTokens);
  const numbers = (tokens: readonly Matchable[]) => tokens.filter((t) => t.kind === "number" && !YEAR.test(t.key));
  const [sourceAll, targetAll] = [numbers(sourceTokens), numbers(targetTokens)];
  for (const [year, figures] of source) {
    const theirs = target.get(year);
    if (!theirs || theirs.length !== figures.length) continue;
    for (let n = 0; n < figures.length; n++) {
      const [mine, other] = [figures[n]!, theirs[n]!];
      if (mine === other) continue;
      // The translation's comparative is a figure of the source's outside the brackets, and the source's comparative a
      // figure of the translation's outside them: the two traded places.
      const outside = (all: readonly Matchable[], inBrackets: Map<string, string[]>, key: string) =>
        all.some((t) => t.key === key) && ![...inBrackets.values()].some((list) => list.includes(key));
      if (!outside(sourceAll, source, other) || !outside(targetAll, target, mine)) continue;
      const surface = (all: readonly Matchable[], key: string) => all.find((t) => t.key === key)!.surface;
      return {
        type: "numbers",
        severity: "error",
        reason:
          `${SWAPPED}: the source gives ${surface(sourceAll, mine)} for ${year} and ${surface(sourceAll, other)} beside it, ` +
          `the translation ${surface(targetAll, other)} for ${year} and ${surface(targetAll, mine)} beside it`,
        evidence: {
          source: [surface(sourceAll, mine), surface(sourceAll, other)],
          target: [surface(targetAll, other), surface(targetAll, mine)],
        },
      };
    }
  }
  return undefined;
}

/** Per language, two figures with its words comparing them between ("6.1% vs. 1.9%", "1,9% срещу 6,1%"). */
const versusPatterns = new WeakMap<LanguageProfile, RegExp | null>();

/** The pairs of figures a text compares, each as written and as its two values. */
function versusPairs(text: string, lang: LanguageProfile): Array<{ readonly said: string; readonly values: readonly [string, string] }> {
  let pattern = versusPatterns.get(lang);
  if (pattern === undefined) {
    pattern = lang.versus ? new RegExp(String.raw`(?<![\d.,])(\d[\d.,]*)\s?%?\s*(?:${lang.versus})\s*(\d[\d.,]*)\s?%?`, "giu") : null;
    versusPatterns.set(lang, pattern);
  }
  if (!pattern || !/\d/u.test(text)) return [];
  const value = (raw: string) => normaliseNumber(raw.replace(/[.,]$/u, ""), lang)[0] ?? raw;
  return [...text.matchAll(pattern)].map((m) => ({ said: m[0].trim(), values: [value(m[1]!), value(m[2]!)] as const }));
}

/**
 * Two figures compared in the other order: "(6.1% vs. 1.9%)" / "(1,9% срещу 6,1%)" (stranger 315: a trial's arms given
 * each other's rates passed). A warning: a translation may turn the comparison round with its groups.
 */
function versusSwapped(sourceText: string, targetText: string, sl: LanguageProfile, tl: LanguageProfile): Flag | undefined {
  const source = versusPairs(sourceText, sl);
  if (source.length === 0) return undefined;
  const target = versusPairs(targetText, tl);
  for (const a of source) {
    const [x, y] = a.values;
    if (x === y || target.some((b) => b.values[0] === x && b.values[1] === y)) continue;
    const turned = target.find((b) => b.values[0] === y && b.values[1] === x);
    if (!turned) continue;
    return {
      type: "numbers",
      severity: "warning",
      reason: `${SWAPPED}? the source compares ${a.said}, the translation ${turned.said}: the figures in the other order, each given to the other group?`,
      evidence: { source: [a.said], target: [turned.said] },
    };
  }
  return undefined;
}

/** How a flag of figures that changed sentences begins (the merged-or-split check leaves such a link alone). */
export const ROWS_SWAPPED = "figures swapped between sentences";

/**
 * Two sentences or table rows whose figures trade places in the translation, the words staying ("Земеделска техника |
 * 54 215 ... Резервни части | 33 565" / "Agricultural machinery | 33,565 ... Spare parts | 54,215"; "3 месеца – 0,25%
 * ... 6 месеца – 0,60%" / "3 months – 0.60% ... 6 months – 0.25%"): the aligner links the two as one 2-2 link, and
 * every number is on both sides. The sentences pair by their words, one for one in order where the words do not say
 * otherwise; a number written once on each side that stands in the other sentence has moved. Only where figures moved
 * both ways (a swap, not a sentence divided at another place), and where the words decide the pairing or the figures
 * that stay outnumber those that moved. Two sentences translated in the other order, words and figures, moved nothing.
 */
function rowsSwapped(
  ctx: ReviewContext,
  sourceIds: readonly number[],
  targetIds: readonly number[],
  sourceRows: readonly (readonly Matchable[])[],
  targetRows: readonly (readonly Matchable[])[],
  dateFigures: { readonly source: readonly string[]; readonly target: readonly string[] },
): Flag | undefined {
  if (sourceIds.length !== 2 || targetIds.length !== 2) return undefined;
  // Each number written once in the link on each side, and in which sentence.
  const once = (rows: readonly (readonly Matchable[])[], dates: readonly string[]) => {
    const at = new Map<string, { row: number; surface: string } | null>();
    rows.forEach((tokens, row) => {
      for (const t of tokens)
        if (t.kind === "number" && !dates.includes(t.key)) at.set(t.key, at.has(t.key) ? null : { row, surface: t.surface });
    });
    return at;
  };
  const s = once(sourceRows, dateFigures.source);
  const t = once(targetRows, dateFigures.target);
  const shared: Array<{ from: number; to: number; source: string; target: string }> = [];
  for (const [key, a] of s) {
    const b = t.get(key);
    if (a && b) shared.push({ from: a.row, to: b.row, source: a.surface, target: b.surface });
  }
  if (!shared.some((x) => x.from === 0 && x.to === 1) || !shared.some((x) => x.from === 1 && x.to === 0)) return undefined;
  // The sentences' words (not their numbers), pairing in order or crosswise.
  const words = (tokens: readonly Matchable[]) => tokens.filter((x) => x.kind === "word" && x.surface.length >= MIN_WORD);
  const w = (i: number, j: number) => answers(ctx, words(sourceRows[i]!), words(targetRows[j]!)).length;
  const inOrder = w(0, 0) + w(1, 1);
  const crosswise = w(0, 1) + w(1, 0);
  const crossed = crosswise > inOrder;
  const moved = shared.filter((x) => (x.from === x.to) === crossed);
  if (!moved.some((x) => x.from === 0) || !moved.some((x) => x.from === 1)) return undefined;
  // Words that pair neither way: the figures that stay must be more than those that moved.
  if (inOrder === crosswise && moved.length > shared.length - moved.length) return undefined;
  const [a, b] = [moved.find((x) => x.from === 0)!, moved.find((x) => x.from === 1)!];
  // Each sentence named by its words before its first figure: a row's label ("Земеделска техника").
  const head = (text: string) => `"${clip(/^[^\d]*/u.exec(text)![0].replace(/[\s|:–—-]+$/u, "") || text, 30)}"`;
  const sourceHead = (row: number) => `source sentence ${sourceIds[row]! + 1} (${head(ctx.source.text([sourceIds[row]!]))})`;
  const targetHead = (row: number) => `translation sentence ${targetIds[row]! + 1} (${head(ctx.target.text([targetIds[row]!]))})`;
  return {
    type: "numbers",
    severity: "error",
    reason:
      `${ROWS_SWAPPED}: ${a.source} of ${sourceHead(a.from)} is in ${targetHead(a.to)}, and ${b.source} of ${sourceHead(b.from)} ` +
      `in ${targetHead(b.to)}: each sentence's figures are the other's`,
    evidence: { source: moved.map((x) => x.source), target: moved.map((x) => x.target) },
  } satisfies Flag;
}

/**
 * A table's row whose figures stand in other columns in the translation ("Разходи за персонал<TAB>(2 871)<TAB>(2 540)" /
 * "Staff costs<TAB>(2,540)<TAB>(2,871)"): a translation keeps a table's columns, so the same figures in another order
 * are this year's under last year's heading. Both sides must be rows (cells between tabs) of one segment each, with the
 * same numbers once each. A `pdftotext -layout` row has its columns apart by spaces: "Печалба преди данъци      2 330      2 475".
 * Not where more of the table's rows move their figures alike: the translation ordered its columns otherwise ("Ед. цена"
 * before "Количество"; stranger 245), and a row that keeps the source's order among them is the one flagged. Rows are
 * alike where they move the figures of the cells both have alike: a header's years, which the moved column lacks, agree
 * with every row (stranger 252).
 */
function columnsSwapped(ctx: ReviewContext, k: number): Flag | undefined {
  const row = rowColumns(ctx, k);
  if (row === undefined || row.s.length === 0 || !tableOf(ctx, k).has(row)) return undefined;
  const { s, t } = row;
  return {
    type: "numbers",
    severity: "error",
    reason: row.moved
      ? `${SWAPPED}: the row's figures stand in other columns in the translation (${s.join(", ")} in the source, ${t.join(", ")} in the translation)`
      : `${SWAPPED}: the row's figures stand in the source's columns where the table's other rows have them in another order (${t.join(", ")})`,
    evidence: { source: [...s], target: [...t] },
  } satisfies Flag;
}

const tables = new WeakMap<ReviewContext, Map<number, ReadonlySet<RowColumns>>>();

/**
 * The rows of link `k`'s table flagged (a table: rows up to a link that is no row or one of another number of cells; a
 * header, with no figures, is one). A row's support is the rows alike with it, itself too. One that moves its figures is
 * flagged unless it has a support of two or more, more than any row not alike with it; one that keeps them, where a row
 * not alike with it has a support of two or more, more than its own.
 */
function tableOf(ctx: ReviewContext, k: number): ReadonlySet<RowColumns> {
  let known = tables.get(ctx);
  if (!known) {
    known = new Map();
    tables.set(ctx, known);
  }
  const found = known.get(k);
  if (found) return found;
  const width = rowColumns(ctx, k)!.width;
  let [first, last] = [k, k];
  while (first > 0 && rowColumns(ctx, first - 1)?.width === width) first--;
  while (last + 1 < ctx.links.length && rowColumns(ctx, last + 1)?.width === width) last++;
  const rows: RowColumns[] = [];
  for (let n = first; n <= last; n++) {
    const row = rowColumns(ctx, n)!;
    if (row.s.length > 0) rows.push(row);
  }
  const flagged = flaggedRows(rows);
  for (let n = first; n <= last; n++) known.set(n, flagged);
  return flagged;
}

/** A table's flagged rows (`tableOf`), its rows grouped by how they move their figures: a long table has few ways. */
function flaggedRows(rows: readonly RowColumns[]): ReadonlySet<RowColumns> {
  const groups = new Map<string, RowColumns[]>();
  for (const row of rows) {
    const list = groups.get(row.layout);
    if (list) list.push(row);
    else groups.set(row.layout, [row]);
  }
  // A table of many ways (each row's figures in cells of their own) is read way by way, as each is written.
  const ways = [...groups.values()];
  const exact = ways.length > MAX_WAYS;
  const alike = (a: RowColumns, b: RowColumns) => (exact ? a.layout === b.layout : sameMoves(a, b));
  const support = ways.map((w) => ways.reduce((n, o) => n + (alike(w[0]!, o[0]!) ? o.length : 0), 0));
  const out = new Set<RowColumns>();
  ways.forEach((way, n) => {
    const row = way[0]!;
    const rival = Math.max(0, ...ways.map((o, m) => (alike(row, o[0]!) ? 0 : support[m]!)));
    const flagged = row.moved ? !(support[n]! >= 2 && support[n]! > rival) : rival >= 2 && rival > support[n]!;
    if (flagged) for (const r of way) out.add(r);
  });
  return out;
}

/** Ways of moving a table's figures beyond which its rows are compared by their way alone. */
const MAX_WAYS = 40;

/** Whether two rows move the figures of each two cells both have alike (both the other way round, or neither). */
function sameMoves(a: RowColumns, b: RowColumns): boolean {
  const shared = a.cells.filter((c) => b.cells.includes(c));
  for (let i = 0; i < shared.length; i++)
    for (let j = i + 1; j < shared.length; j++) {
      const key = pairKey(shared[i]!, shared[j]!);
      if (a.inverted.has(key) !== b.inverted.has(key)) return false;
    }
  return true;
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** A row's figures as each side writes them, the source's cells they stand in, and the pairs of cells the translation has the other way round. */
interface RowColumns {
  /** Its cells on each side ("6/6"): a table's rows have as many. */
  readonly width: string;
  readonly s: readonly string[];
  readonly t: readonly string[];
  readonly cells: readonly number[];
  /** Pairs of the source's cells ("3-4": the quantity's and the price's) whose figures the translation has the other way round. */
  readonly inverted: ReadonlySet<string>;
  /** Its cells and pairs as one key: rows of one way of moving share it. */
  readonly layout: string;
  readonly moved: boolean;
}

/** What parts a table's row in cells: tabs, or two spaces or more (`pdftotext -layout`). */
const CELL_BREAK = /\t+| {2,}/u;

const rowsRead = new WeakMap<ReviewContext, Map<number, RowColumns | undefined>>();

/** Link `k`'s row, read once: undefined where a side is no table's row. */
function rowColumns(ctx: ReviewContext, k: number): RowColumns | undefined {
  let known = rowsRead.get(ctx);
  if (!known) {
    known = new Map();
    rowsRead.set(ctx, known);
  }
  if (known.has(k)) return known.get(k);
  const read = readRow(ctx, k);
  known.set(k, read);
  return read;
}

function readRow(ctx: ReviewContext, k: number): RowColumns | undefined {
  const link = ctx.links[k]!;
  if (link.source.length !== 1 || link.target.length !== 1) return undefined;
  const sourceText = ctx.source.side.segments[link.source[0]!]!.text;
  const targetText = ctx.target.side.segments[link.target[0]!]!.text;
  // Cells between tabs, or figures set apart by two spaces or more as pdftotext -layout sets a table's columns.
  // One line: a row whose cell wrapped onto the next lines (-layout) is read out of order.
  const row = (text: string) => /\S(?:\t+\S| {2,}[-−(]?\p{N})/u.test(text) && !text.trimEnd().includes("\n");
  if (!row(sourceText) || !row(targetText)) return undefined;
  const [sourceTokens, targetTokens] = labelFree(ctx, k);
  const owned = linkDates(ctx, k).figures;
  // A date's figures change places between languages ("12.03.2025", "03/12/2025"): the dates check's.
  const figures = (tokens: readonly Matchable[], dates: readonly string[]) =>
    tokens.filter((t) => t.kind === "number" && !dates.includes(t.key));
  const [s, t] = [figures(sourceTokens, owned.source), figures(targetTokens, owned.target)];
  const keys = (list: readonly Matchable[]) => list.map((x) => x.key);
  // A row with no figures to compare (a header) is still its table's.
  const width = `${sourceText.split(CELL_BREAK).length}/${targetText.split(CELL_BREAK).length}`;
  const none: RowColumns = { width, s: [], t: [], cells: [], inverted: new Set(), layout: "", moved: false };
  if (s.length < 2 || s.length !== t.length || new Set(keys(s)).size !== s.length) return none;
  if ([...keys(s)].sort().join("\n") !== [...keys(t)].sort().join("\n")) return none;
  // Each figure in the same cell on both sides is no column swapped: an address's house number and postcode in another
  // order within its cell ("гр. София 1000, бул. „Витоша“ № 89" / "89 Vitosha Blvd., Sofia 1000"; stranger 135).
  const cellOf = (text: string, surface: string) => text.split(CELL_BREAK).findIndex((cell) => cell.includes(surface));
  const cells = s.map((x) => cellOf(sourceText, x.surface));
  const inTarget = s.map((x) => t.findIndex((y) => y.key === x.key));
  const sameCells = cells.every((cell, n) => cell === cellOf(targetText, t[inTarget[n]!]!.surface));
  // The source's cells of each two figures the translation has the other way round: how the row moves its figures,
  // whatever spaces set its columns apart.
  const inverted = new Set<string>();
  if (!sameCells)
    for (let i = 0; i < s.length; i++)
      for (let j = i + 1; j < s.length; j++)
        if (inTarget[i]! > inTarget[j]! && cells[i] !== cells[j]) inverted.add(pairKey(cells[i]!, cells[j]!));
  const distinct = [...new Set(cells)];
  return {
    width,
    s: s.map((x) => x.surface),
    t: t.map((x) => x.surface),
    cells: distinct,
    inverted,
    layout: `${distinct.join(",")}|${[...inverted].sort().join(",")}`,
    moved: inverted.size > 0,
  };
}

/** Link `k`'s tokens, a label both sides open with ("Стъпка 8." / "Step 8.") read as no number: "... между 2,2 и 8,0 bar" holds one 8. */
function labelFree(ctx: ReviewContext, k: number): readonly [readonly Matchable[], readonly Matchable[]] {
  const link = ctx.links[k]!;
  const lt = ctx.linkTokens(k);
  const label = openingLabel(ctx.source.text(link.source), ctx.source.lang);
  const shared = label !== undefined && openingLabel(ctx.target.text(link.target), ctx.target.lang) === label;
  return shared ? [unlabelled(lt.source), unlabelled(lt.target)] : [lt.source, lt.target];
}

/** The number tokens of a side. */
function numberCount(tokens: readonly Matchable[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind === "number") n++;
  return n;
}

/** The tokens with the number of the label they open with (the first number's tokens: "2.3" is two in Bulgarian) read as no word. */
function unlabelled(tokens: readonly Matchable[]): readonly Matchable[] {
  const first = tokens.findIndex((t) => t.kind === "number");
  if (first < 0) return tokens;
  let end = first + 1;
  while (end < tokens.length && tokens[end]!.kind === "number" && tokens[end]!.surface === tokens[first]!.surface) end++;
  return tokens.map((t, k) => (k >= first && k < end ? { ...t, kind: "word", key: "" } : t));
}

/**
 * Whether two numbers written once on both sides come in the other order in
 * the translation: most links keep their numbers' order, and need none of
 * the words read below. The numbers `placed` leaves out are counted here too,
 * which can only find more pairs that moved, never fewer.
 */
function anyMoved(source: readonly Matchable[], target: readonly Matchable[]): boolean {
  const once = (tokens: readonly Matchable[]) => {
    const seen = new Map<string, number>();
    for (const t of tokens) if (t.kind === "number") seen.set(t.key, (seen.get(t.key) ?? 0) + 1);
    return seen;
  };
  const [s, t] = [once(source), once(target)];
  if (s.size < 2 || t.size < 2) return false;
  // The translation's position of each shared number, in the source's order: moved when one falls.
  const at = new Map<string, number>();
  target.forEach((x, i) => {
    if (x.kind === "number" && t.get(x.key) === 1) at.set(x.key, i);
  });
  let last = -1;
  for (const x of source) {
    if (x.kind !== "number" || s.get(x.key) !== 1) continue;
    const i = at.get(x.key);
    if (i === undefined) continue;
    if (i < last) return true;
    last = i;
  }
  return false;
}

/**
 * The side's numbers written once (no clock time, decade or date figure), each with the words before and after it in
 * its clause: a semicolon, a colon or the end of a sentence of the link ends the words of a number. A speaker ("ИВАН
 * ПЕТРОВ: За 2026 г. са предвидени 702 ..." / "IVAN PETROV: 702 new jobs are planned ... for 2026"), the head of a
 * list ("Изпълнителят се задължава: ...") or the item before ("... в законоустановените срокове; За 2029 г. ...")
 * names no number of the clause after it.
 */
function placed(
  tokens: readonly Matchable[],
  dateFigures: ReadonlySet<string>,
  lang: LanguageProfile,
  text: string,
  starts: Int32Array,
  segments: readonly (readonly Matchable[])[],
): Placed[] {
  const seen = new Map<string, number>();
  for (const t of tokens) if (t.kind === "number") seen.set(t.key, (seen.get(t.key) ?? 0) + 1);
  const out: Placed[] = [];
  tokens.forEach((t, at) => {
    if (t.kind !== "number" || seen.get(t.key) !== 1 || dateFigures.has(t.key) || t.key.includes(":") || t.key.endsWith("s")) return;
    out.push({ key: t.key, surface: t.surface, at, before: [], after: [] });
  });
  // Amounts and their years: the years are the amounts' words (below), not numbers that trade places of their own. A
  // figure with its currency or unit beside it is an amount however it reads ("от 500 до 2000 лв."; stranger 244).
  // Right beside it ("2024 – BGN 2,540" is a year and an amount), and not "г." after a year, which is also grams.
  const beside = (a: number, b: number) =>
    starts[a]! >= 0 && starts[b]! >= 0 && /^\s*$/u.test(text.slice(starts[a]! + tokens[a]!.surface.length, starts[b]));
  const unitAfter = (at: number) => {
    const t = tokens[at + 1];
    return (
      t?.kind === "word" && beside(at, at + 1) && isUnitSymbol(t.surface, lang.units) && !(lang.units.gramOrYear ?? []).includes(t.key)
    );
  };
  const measured = (p: Placed) =>
    unitAfter(p.at) || (tokens[p.at - 1]?.kind === "word" && beside(p.at - 1, p.at) && CURRENCY_CODES.has(tokens[p.at - 1]!.surface));
  const yearOf = (p: Placed) => YEAR.test(p.key) && !measured(p);
  if (out.filter((p) => !yearOf(p)).length >= 2) out.splice(0, out.length, ...out.filter((p) => !yearOf(p)));
  if (out.length < 2) return out;
  const breaks = clauseBreaks(text, tokens, starts);
  // Each sentence of the link after the first begins a clause ("Някой е бил тук преди нас. За 2024 г. ..." joined in one
  // translation sentence: "преди" is no word of 2024).
  let start = 0;
  for (let k = 0; k < segments.length - 1; k++) {
    start += segments[k]!.length;
    breaks.add(start);
  }
  let next = 0;
  // Whether the words read still go with the number before them (no clause break since it).
  let afterOpen = true;
  tokens.forEach((t, at) => {
    while (next < out.length && out[next]!.at < at) {
      next++;
      afterOpen = true;
    }
    if (breaks.has(at)) {
      if (next < out.length) out[next]!.before.length = 0;
      afterOpen = false;
    }
    // A number's unit or currency next to it ("8 часа", "40 hours", "BGN 25") says what it counts, not which number it
    // is; a unit's word elsewhere ("а годишната – 25 лв.": the annual one) is a word like any other.
    // Not after a comma: "0.15%, min. BGN 25" is a floor's word (stranger 216).
    const gap =
      at > 0 && starts[at]! >= 0 && starts[at - 1]! >= 0 ? text.slice(starts[at - 1]! + tokens[at - 1]!.surface.length, starts[at]) : "";
    const unitBeside =
      (tokens[at - 1]?.kind === "number" && isUnitSymbol(t.surface, lang.units) && !/[,;]/u.test(gap)) ||
      (tokens[at + 1]?.kind === "number" && CURRENCY_CODES.has(t.surface));
    // A year beside an amount says which it is as a word does ("2 871 хил. лв. през 2024 г. и 2 540 хил. лв. през
    // 2023 г." / "BGN 2,540 thousand in 2024 and BGN 2,871 thousand in 2023": this year's figure under last year's).
    const year = t.kind === "number" && YEAR.test(t.key) && !out.some((o) => o.at === at);
    // A label with its figure ("П1", "P2") names its number as a word does, however short.
    if (!year && (t.kind !== "word" || (t.key.length < MIN_WORD && !LABEL_CODE.test(t.surface)) || unitBeside)) return;
    out[next]?.before.push(t);
    if (afterOpen) out[next - 1]?.after.push(t);
  });
  return out;
}

/** The tokens a semicolon or a colon comes before in `text` (`starts`: `tokenStarts`). */
function clauseBreaks(text: string, tokens: readonly Matchable[], starts: Int32Array): Set<number> {
  const out = new Set<number>();
  for (let k = 1; k < tokens.length && starts[k]! >= 0; k++) {
    const end = starts[k - 1]! + tokens[k - 1]!.surface.length;
    for (let x = end; x < starts[k]!; x++) {
      const c = text.charCodeAt(x);
      if (c === 0x3b || c === 0x3a) {
        out.add(k);
        break;
      }
    }
  }
  return out;
}

/**
 * Where each token begins in `text`, its surface found after the one before; -1 from the first not found on. The
 * numbers a Bulgarian figure with points makes ("4.4" is 4 and 4) share its surface, and begin where it does.
 */
/** Characters around a number an address's street word stands within ("25 Tsar Boris III Blvd", "№ 25"). */
const STREET_REACH = 30;
const streetPatterns = new WeakMap<LanguageProfile, RegExp | null>();

/** Whether a street word of the language stands near the number at `at` of `text` (`LanguageData.streetWords`). */
function addressed(text: string, at: number, lang: LanguageProfile): boolean {
  if (at < 0) return false;
  let p = streetPatterns.get(lang);
  if (p === undefined) {
    const words = [...lang.streetWords].map(escapeRegExp);
    p = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|")})(?![\\p{L}\\p{N}])`, "iu") : null;
    streetPatterns.set(lang, p);
  }
  return p?.test(text.slice(Math.max(0, at - STREET_REACH), at + STREET_REACH)) === true;
}

function tokenStarts(text: string, tokens: readonly Matchable[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let end = 0;
  for (let k = 0; k < tokens.length; k++) {
    const before = tokens[k - 1];
    // A number read several ways is a token each; so is a label `unlabelled` made a word ("1.1." opening both sides; stranger 216).
    const numeric = (t: Matchable) => t.kind === "number" || (t.key === "" && /\d/u.test(t.surface));
    if (before !== undefined && numeric(before) && numeric(tokens[k]!) && before.surface === tokens[k]!.surface) {
      out[k] = out[k - 1]!;
      continue;
    }
    const start = text.indexOf(tokens[k]!.surface, end);
    if (start < 0) break;
    out[k] = start;
    end = start + tokens[k]!.surface.length;
  }
  return out;
}

/** How a flag of a score or a ratio written the other way round begins. */
export const RATIO_REVERSED = "the score or ratio is written the other way round";

/** A colon or a dash between two numbers the tokens read apart ("2:1", "3 : 1", "1-2"): a clock time ("18:30") is one token. */
const RATIO_BETWEEN = /^ ?([:\-–—]) ?$/u;

interface Ratio {
  /** "a:b" and "b:a" by the numbers' keys, whatever stands between them. */
  readonly key: string;
  readonly back: string;
  readonly surface: string;
  /** A colon between: a score or a ratio; a dash alone may be a range (`rangeOf`'s). */
  readonly colon: boolean;
}

/** The scores and ratios of a text: each pair of numbers with a colon or a dash between, as the text writes it. */
function ratiosOf(text: string, tokens: readonly Matchable[]): Ratio[] {
  const starts = tokenStarts(text, tokens);
  const out: Ratio[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const [a, b] = [tokens[k]!, tokens[k + 1]!];
    if (a.kind !== "number" || b.kind !== "number" || a.key === b.key || starts[k]! < 0 || starts[k + 1]! < 0) continue;
    const between = RATIO_BETWEEN.exec(text.slice(starts[k]! + a.surface.length, starts[k + 1]!));
    if (!between) continue;
    const surface = text.slice(starts[k]!, starts[k + 1]! + b.surface.length);
    out.push({ key: `${a.key}:${b.key}`, back: `${b.key}:${a.key}`, surface, colon: between[1] === ":" });
  }
  return out;
}

/**
 * A score or a ratio turned around: "Левски победи с 2:1" / "Levski won 1:2" (or "1-2", as English writes scores),
 * "в съотношение 3:1" / "in a 1:3 ratio". Both numbers are on both sides, often more than once ("2:1 ... 1:0 at half
 * time"), so the numbers and their order say nothing; the pair does. Flagged where the translation has the source's
 * pair the other way round more often than the source has it so, and the source's own pair fewer times, a colon on
 * one side at least (two dashes are a range's, `rangeOf`). A warning: a translation that names the teams in the other
 * order ("Ludogorets lost 1:2 to Levski") turns the score around rightly.
 */
function ratioReversed(
  sourceText: string,
  sourceTokens: readonly Matchable[],
  targetText: string,
  targetTokens: readonly Matchable[],
): Flag | undefined {
  if (!HAS_RATIO.test(sourceText) && !HAS_RATIO.test(targetText)) return undefined;
  const [source, target] = [ratiosOf(sourceText, sourceTokens), ratiosOf(targetText, targetTokens)];
  if (source.length === 0 || target.length === 0) return undefined;
  const count = (list: readonly Ratio[], key: string) => list.filter((r) => r.key === key).length;
  for (const r of source) {
    if (count(target, r.key) >= count(source, r.key) || count(target, r.back) <= count(source, r.back)) continue;
    const turned = target.find((t) => t.key === r.back && (r.colon || t.colon));
    if (!turned) continue;
    return {
      type: "numbers",
      severity: "warning",
      reason: `${RATIO_REVERSED}: the source's "${r.surface}" is "${turned.surface}" in the translation`,
      evidence: { source: [r.surface], target: [turned.surface] },
    };
  }
  return undefined;
}

/** Whether a text may hold a score or a ratio: a digit, a colon, a digit. */
const HAS_RATIO = /\d ?: ?\d/;

/** A dash between two numbers of a range ("2–52", "2 - 52"). */
const RANGE_DASH = /^\s*[-–—]\s*$/u;

/**
 * The range the numbers at tokens `i` and `j` (i < j) make, as the text writes it: next to each other with a dash
 * between ("2–52"), or inside a pair of the language's words (`rangeWords`: "от 2 до 52", "between 2.5 and 4.8"),
 * each number's unit or currency beside it ("от 500 лв. до 2000 лв.", "from BGN 1,000 to BGN 200"); undefined where
 * they make none ("2 и 52 °C" is two values, in either order).
 */
function rangeOf(
  tokens: readonly Matchable[],
  starts: Int32Array,
  i: number,
  j: number,
  text: string,
  lang: LanguageProfile,
): string | undefined {
  const unit = (t: Matchable | undefined) => t?.kind === "word" && (CURRENCY_CODES.has(t.surface) || isUnitSymbol(t.surface, lang.units));
  // The words between the two numbers, a unit after the first and one before the second aside.
  let from = i + 1;
  let to = j;
  if (from < to && unit(tokens[from])) from++;
  if (from < to && unit(tokens[to - 1])) to--;
  let first = i;
  if (to === from + 1) {
    const between = tokens[from]!;
    const words = (lang.rangeWords ?? []).filter(([, w]) => between.key === w);
    // "from 6 to 11" is quoted from its "from" ("from BGN 6" too); "6 to 11" from its first number.
    const opening = unit(tokens[i - 1]) ? i - 2 : i - 1;
    const before = tokens[opening];
    if (words.some(([b]) => b !== "" && before?.kind === "word" && before.key === b)) first = opening;
    else if (!words.some(([b]) => b === "")) return undefined;
  } else if (to !== from || j !== i + 1) return undefined;
  if (starts[j]! < 0 || starts[first]! < 0) return undefined;
  if (j === i + 1 && !RANGE_DASH.test(text.slice(starts[i]! + tokens[i]!.surface.length, starts[j]!))) return undefined;
  return text.slice(starts[first]!, starts[j]! + tokens[j]!.surface.length);
}

/** Each list without the words whose stem the other has. */
function apart(a: readonly Matchable[], b: readonly Matchable[]): [Matchable[], Matchable[]] {
  const inA = new Set(a.map((t) => t.stem));
  const inB = new Set(b.map((t) => t.stem));
  return [a.filter((t) => !inB.has(t.stem)), b.filter((t) => !inA.has(t.stem))];
}

/**
 * The translation's words that a source word answers (the dictionary's, a name, a cognate), each with the first
 * such source word. Words the whole document repeats count: in a lease, "наем" and "rent" are in every other
 * sentence, and still say which amount is the rent (`apart` has left out the words beside both numbers). A word the
 * given or built-in dictionaries know answers only their translations: words that always stand together in a
 * document are learned for each other ("горните" and "долните" each for both "upper" and "lower", in every
 * sentence of a manual's bolts), and would seem to stay with their number as often as they cross.
 */
/** A label of a few letters and a figure ("П1", "P2", "ОП3"). */
const LABEL_CODE = /^\p{L}{1,3}\d{1,2}$/u;

function answers(ctx: ReviewContext, source: readonly Matchable[], target: readonly Matchable[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const translates = (w: Matchable, t: Matchable) => (ctx.given?.lookup(w.stem) ?? ctx.dictionary?.lookup(w.stem))?.has(t.stem);
  // A label of letters and a figure, written in each side's letters: "П1" is "P1" (stranger 381: a tender's weights
  // swapped between its indicators passed).
  const label = (w: Matchable, t: Matchable) =>
    w.kind === "word" &&
    t.kind === "word" &&
    LABEL_CODE.test(w.surface) &&
    LABEL_CODE.test(t.surface) &&
    ctx.source.lang.romanize(w.surface).toLowerCase() === ctx.target.lang.romanize(t.surface).toLowerCase();
  for (const t of target) {
    const s = source.find((w) => translates(w, t) || anchorMatch(w, t) !== undefined || label(w, t));
    if (s) out.push([s.surface, t.surface]);
  }
  return out;
}
