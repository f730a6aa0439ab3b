/**
 * The cost of a candidate link: -log of how likely these source segments
 * translate these target segments. Lower is better; the aligner minimises the
 * sum over a path. Every term is reported by `explainLink`.
 */

import { charBits, LETTER, NUMBER } from "../lang/chars.js";
import type { Dictionary } from "../lang/dictionary.js";
import { getLanguage, type LanguageProfile } from "../lang/index.js";
import { letterPlace, openingLetter } from "../lang/letters.js";
import { letterScript } from "../lang/script.js";
import { abs, INFINITY, log, max, min } from "../math.js";
import { isSpace } from "../read/decode.js";
import type { LengthModel, LinkExplanation, Segment } from "../types.js";
import { type CellSet, LexicalEvidence, TypeSlots } from "./evidence.js";
import { lengthCost, lengthCostFloor } from "./length.js";
import { LexicalMatches } from "./matches.js";
import { isSignificantNumber, type Token, tokenizeSegments } from "./tokens.js";

export { Dictionary, formatDictionary, stemKey } from "../lang/dictionary.js";
export { type DictionaryFormat, parseDictionary } from "../read/dictionary.js";
export { cognateSimilarity, letterMask, MAX_COGNATE_LENGTH, mayBeCognates, skeleton } from "./cognates.js";
export { type LearnOptions, learnDictionary, learnFromBags, linkBags, type StemBag, stemSurfaces } from "./dictionary.js";
export { allCells, CellRows, type CellSet, LexicalEvidence } from "./evidence.js";
export { DEFAULT_VARIANCE, estimateLengthModel, lengthCost, lengthCostFloor } from "./length.js";
export { anchorMatch, highestIdf, LexicalMatches, type Matchable, matchable } from "./matches.js";
export type { Token } from "./tokens.js";
export { isSignificantNumber, magnitudeOf, normaliseNumber, tokenize, tokenizeSegments } from "./tokens.js";

/** The weights of the cost terms. Defaults were tuned on development data only (README, "Accuracy and speed"). */
export interface CostParams {
  /** Prior probability of each link kind ("1-1", "2-1", ...); kinds not listed get `otherKind`. */
  readonly priors: Readonly<Record<string, number>>;
  readonly otherKind: number;
  /** Nats of cost removed per unit of IDF-weighted lexical evidence. */
  readonly lexicalWeight: number;
  /** Cost of each significant number (>= 10, or with decimals) present on one side of a link only. */
  readonly numberPenalty: number;
  /**
   * Cost of each question more on one side of a link than on the other (a
   * sentence ending in a question mark): translators keep a question a
   * question. It tells which of two short sentences a translation left out.
   */
  readonly questionPenalty: number;
  /** Cost of merging across a paragraph break on one side only. */
  readonly paragraphCross: number;
  /** Cost of a link that starts a paragraph on one side only. */
  readonly paragraphStart: number;
  /**
   * Cost of a link that spans a paragraph break on both sides (a 2-2 made
   * of the last sentence of one paragraph and the first of the next): two
   * 1-1 links, one in each paragraph, are what translators write, and a
   * unit spanning two paragraphs is a poor one in a memory.
   */
  readonly paragraphCrossBoth: number;
  /**
   * Cost of a heading (a short line with no closing mark) joined in one
   * link to a sentence of its own side when it shares nothing with the
   * one sentence across: translators do not run a heading into a sentence,
   * so this is a heading left out of the translation (or added to it).
   */
  readonly headingJoin: number;
}

export const DEFAULT_COST_PARAMS: CostParams = {
  priors: {
    "1-1": 0.9,
    "1-2": 0.035,
    "2-1": 0.035,
    "2-2": 0.0005,
    "1-3": 0.004,
    "3-1": 0.004,
    "1-0": 0.04,
    "0-1": 0.04,
    "2-3": 0.001,
    "3-2": 0.001,
    "3-3": 0.0005,
    "1-4": 0.001,
    "4-1": 0.001,
  },
  otherKind: 0.001,
  lexicalWeight: 1,
  numberPenalty: 1.5,
  questionPenalty: 1.5,
  paragraphCross: 5,
  paragraphStart: 1.5,
  paragraphCrossBoth: 8,
  headingJoin: 3,
};

/** The default weights with `overrides` on top (the same object when there are none). */
export function resolveCostParams(overrides?: Partial<CostParams>): CostParams {
  return overrides ? { ...DEFAULT_COST_PARAMS, ...overrides } : DEFAULT_COST_PARAMS;
}

/** Each segment's distinct significant numbers, as ids (equal ids, equal numbers, on both sides): segment i's are ids[start[i]] .. ids[start[i + 1] - 1]. */
export interface NumberLists {
  readonly start: Int32Array;
  readonly ids: Int32Array;
}

/** Everything about a document pair that link costs need, computed once. */
export interface PairFeatures {
  readonly n: number;
  readonly m: number;
  readonly sourceChars: Float64Array;
  readonly targetChars: Float64Array;
  /** Characters of segments 0..i-1 at [i] (exact: lengths are whole numbers): a link's length is one subtraction. */
  readonly sourceCharSum: Float64Array;
  readonly targetCharSum: Float64Array;
  readonly sourceNumbers: NumberLists;
  readonly targetNumbers: NumberLists;
  /**
   * The labels of lists renumbered in translation (`renumbered`), compared at `RENUMBERED_LABEL_WEIGHT` of a number: what
   * the labels say still counts where the words do not tell (the last step left out, the numbers kept), not against them.
   */
  readonly sourceSoftLabels: NumberLists;
  readonly targetSoftLabels: NumberLists;
  readonly sourceParagraph: Int32Array;
  readonly targetParagraph: Int32Array;
  /** Paragraph breaks before segments 1..i-1 at [i] (a break at k: segment k starts a paragraph). */
  readonly sourceBreaks: Int32Array;
  readonly targetBreaks: Int32Array;
  /** 1 where a segment reads as a heading (`isHeading`), else 0. */
  readonly sourceHeading: Uint8Array;
  readonly targetHeading: Uint8Array;
  /** 1 where a segment opens a list's item by its label ("Стъпка 2.", "в)"), `RENUMBERED` where its list is renumbered in translation, else 0. */
  readonly sourceItem: Uint8Array;
  readonly targetItem: Uint8Array;
  /** Segments 0..i-1 that ask a question (`asksQuestion`) at [i]. */
  readonly sourceQuestions: Int32Array;
  readonly targetQuestions: Int32Array;
  /** Which words of the two sides match; laid out over cells as `LexicalEvidence` by whoever reads them. */
  readonly matches: LexicalMatches;
  /** How far paragraph structure can be trusted: 0 (one side has none) to 1 (same number of paragraphs). */
  readonly paragraphWeight: number;
  /** Total characters, target over source: the first guess at the length ratio. */
  readonly charRatio: number;
  /** The length ratio the two languages are expected near (`LanguageData.relativeLength`); NaN where one is not known. */
  readonly expectedRatio: number;
  readonly sourceTokens: readonly Token[][];
  readonly targetTokens: readonly Token[][];
}

export interface FeatureOptions {
  /** Word translations to match by (built-in lexicon, user dictionaries, learned). */
  readonly dictionary?: Dictionary;
  /** Tokens from an earlier call on the same segments, to skip tokenising again; given whole features of them, their lengths, paragraphs and numbers too. */
  readonly reuse?: Pick<PairFeatures, "sourceTokens" | "targetTokens"> | PairFeatures;
}

/** What does not depend on the dictionary: the same for every call on the same segments. */
type SegmentFeatures = Omit<PairFeatures, "matches">;

export function prepareFeatures(
  source: readonly Segment[],
  target: readonly Segment[],
  sourceLang: string,
  targetLang: string,
  options: FeatureOptions = {},
): PairFeatures {
  const sl = getLanguage(sourceLang);
  const tl = getLanguage(targetLang);
  const reuse = options.reuse;
  const base: SegmentFeatures =
    reuse && "matches" in reuse && reuse.n === source.length && reuse.m === target.length
      ? reuse
      : segmentFeatures(
          source,
          target,
          reuse ? sharedByText(source, reuse.sourceTokens) : tokenizeSegments(source, sl),
          reuse ? sharedByText(target, reuse.targetTokens) : tokenizeSegments(target, tl),
          [sl, tl],
        );
  const matched = [
    matchedTokens(base.sourceTokens, base.sourceItem, sl.labelWords),
    matchedTokens(base.targetTokens, base.targetItem, tl.labelWords),
  ];
  return pairFeatures(base, new LexicalMatches(matched[0]!, matched[1]!, sl, tl, options.dictionary));
}

/**
 * The features of a pair: what does not depend on the dictionary, and the
 * matches. Every field written once, in one order, wherever the features
 * come from: copying earlier features by spreading and then replacing their
 * matches rewrote a field V8 had seen written once, and it threw away the
 * compiled search and cost code to compile them again for the final search.
 */
function pairFeatures(base: SegmentFeatures, matches: LexicalMatches): PairFeatures {
  return {
    n: base.n,
    m: base.m,
    sourceChars: base.sourceChars,
    targetChars: base.targetChars,
    sourceCharSum: base.sourceCharSum,
    targetCharSum: base.targetCharSum,
    sourceNumbers: base.sourceNumbers,
    targetNumbers: base.targetNumbers,
    sourceSoftLabels: base.sourceSoftLabels,
    targetSoftLabels: base.targetSoftLabels,
    sourceParagraph: base.sourceParagraph,
    targetParagraph: base.targetParagraph,
    sourceBreaks: base.sourceBreaks,
    targetBreaks: base.targetBreaks,
    sourceHeading: base.sourceHeading,
    targetHeading: base.targetHeading,
    sourceItem: base.sourceItem,
    targetItem: base.targetItem,
    sourceQuestions: base.sourceQuestions,
    targetQuestions: base.targetQuestions,
    matches,
    paragraphWeight: base.paragraphWeight,
    charRatio: base.charRatio,
    expectedRatio: base.expectedRatio,
    sourceTokens: base.sourceTokens,
    targetTokens: base.targetTokens,
  };
}

/**
 * Token lists given for the segments, with segments of one text sharing the
 * first one's list, as `tokenizeSegments` makes them: lists given one per
 * segment (a review's) are then typed and counted once per text. The same lists
 * where they are shared already.
 */
function sharedByText(segments: readonly Segment[], tokens: readonly Token[][]): readonly Token[][] {
  const first = new Map<string, Token[]>();
  let shared: Token[][] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const text = segments[i]?.text;
    if (text === undefined) return tokens;
    const list = tokens[i]!;
    const seen = first.get(text);
    if (seen === undefined) first.set(text, list);
    else if (seen !== list) {
      shared ??= tokens.slice();
      shared[i] = seen;
    }
  }
  return shared ?? tokens;
}

function segmentFeatures(
  source: readonly Segment[],
  target: readonly Segment[],
  sourceTokens: readonly Token[][],
  targetTokens: readonly Token[][],
  langs: readonly [LanguageProfile, LanguageProfile],
): SegmentFeatures {
  const s = sideLayout(source, glossScripts(langs[0], langs[1]));
  const t = sideLayout(target, glossScripts(langs[1], langs[0]));
  const numberIds = new Map<string, number>();
  const letters = listLetters(source, target, langs);
  const opened = [
    sourceTokens.map((list, i) => labelNumber(list, langs[0].labelWords) ?? letters[0]?.[i] ?? numberedItem(source[i]!.text)),
    targetTokens.map((list, i) => labelNumber(list, langs[1].labelWords) ?? letters[1]?.[i] ?? numberedItem(target[i]!.text)),
  ] as const;
  // Which list each item's label is of: a label word's, a letter's, or a number's as it is marked ("3.", "3)", "(3)").
  const family = (segments: readonly Segment[], tokens: readonly Token[][], lang: LanguageProfile, keys: readonly (string | undefined)[]) =>
    keys.map((key, i) =>
      key === undefined || key === BULLET
        ? undefined
        : key.startsWith("§L")
          ? "letter"
          : labelNumber(tokens[i]!, lang.labelWords) !== undefined
            ? "label"
            : (NUMBERED_ITEM.exec(segments[i]!.text)?.[0].replace(/\d+/gu, "").trim() ?? "number"),
    );
  const labels = renumbered(
    [...opened[0]],
    [...opened[1]],
    family(source, sourceTokens, langs[0], opened[0]),
    family(target, targetTokens, langs[1], opened[1]),
  );
  const item = (side: 0 | 1) =>
    Uint8Array.from(opened[side], (key, i) => (key === undefined ? 0 : labels[side][i] === undefined ? RENUMBERED : 1));
  const [sourceItem, targetItem] = [item(0), item(1)];
  // A renumbered item's figure counts nowhere, a label's of 10 or more (an ordinary number) neither; the rest as they are.
  const compared = (keys: readonly (string | undefined)[]) =>
    keys.map((key) => (key === BULLET || key?.startsWith(COUNTED_LABEL) ? undefined : key));
  // A renumbered item's label word's or letter's key, apart from the others' ("§r3"): compared at a lower weight.
  const soft = (keys: readonly (string | undefined)[], item: Uint8Array) =>
    keys.map((key, i) => (item[i] === RENUMBERED && key !== BULLET && !key?.startsWith(COUNTED_LABEL) ? `§r${key!.slice(1)}` : undefined));
  const sumS = s.charSum[source.length]!;
  const sumT = t.charSum[target.length]!;
  return {
    n: source.length,
    m: target.length,
    sourceChars: s.chars,
    targetChars: t.chars,
    sourceCharSum: s.charSum,
    targetCharSum: t.charSum,
    sourceNumbers: numberLists(matchedTokens(sourceTokens, sourceItem, langs[0].labelWords), numberIds, compared(labels[0])),
    targetNumbers: numberLists(matchedTokens(targetTokens, targetItem, langs[1].labelWords), numberIds, compared(labels[1])),
    sourceSoftLabels: numberLists(noTokens(source), numberIds, soft(opened[0], sourceItem)),
    targetSoftLabels: numberLists(noTokens(target), numberIds, soft(opened[1], targetItem)),
    sourceParagraph: s.paragraph,
    targetParagraph: t.paragraph,
    sourceBreaks: s.breaks,
    targetBreaks: t.breaks,
    sourceHeading: s.heading,
    targetHeading: t.heading,
    sourceItem,
    targetItem,
    sourceQuestions: s.questions,
    targetQuestions: t.questions,
    paragraphWeight: s.paragraphs < 2 || t.paragraphs < 2 ? 0 : min(s.paragraphs, t.paragraphs) / max(s.paragraphs, t.paragraphs),
    charRatio: sumS > 0 && sumT > 0 ? sumT / sumS : 1,
    expectedRatio: (langs[1].relativeLength ?? Number.NaN) / (langs[0].relativeLength ?? Number.NaN),
    sourceTokens,
    targetTokens,
  };
}

/**
 * The scripts a side's glosses of the other language are written in: the other
 * language's, where the two share none (Bulgarian and English; not German and
 * French, where a bracket of the other language's words cannot be told apart).
 */
function glossScripts(own: LanguageProfile, other: LanguageProfile): ReadonlySet<string> | undefined {
  if (own.scripts.length === 0 || other.scripts.length === 0 || other.scripts.some((x) => own.scripts.includes(x))) return undefined;
  return new Set(other.scripts);
}

/**
 * One side's lengths (white space runs count as one character, the other language's glosses in brackets none) and
 * paragraphs, with their running sums.
 */
function sideLayout(segs: readonly Segment[], glosses?: ReadonlySet<string>) {
  const n = segs.length;
  const chars = new Float64Array(n);
  const charSum = new Float64Array(n + 1);
  const paragraph = new Int32Array(n);
  const breaks = new Int32Array(n + 1);
  const heading = new Uint8Array(n);
  const questions = new Int32Array(n + 1);
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    chars[i] = collapsedLength(segs[i]!.text) - (glosses === undefined ? 0 : glossLength(segs[i]!.text, glosses));
    questions[i + 1] = questions[i]! + (asksQuestion(segs[i]!.text) ? 1 : 0);
    heading[i] = chars[i]! <= HEADING_CHARS && isHeading(segs[i]!.text) ? 1 : 0;
    charSum[i + 1] = charSum[i]! + chars[i]!;
    paragraph[i] = segs[i]!.paragraph;
    seen.add(paragraph[i]!);
    if (i > 0) breaks[i + 1] = breaks[i]! + (paragraph[i] !== paragraph[i - 1] ? 1 : 0);
  }
  // A text whose lines mostly end with no closing mark (subtitles that drop a cue's full stop, a list of terms) has no
  // headings among them: a line so ended is its usual sentence, and runs into the next as a sentence does.
  let headings = 0;
  for (let i = 0; i < n; i++) headings += heading[i]!;
  if (headings > n * MOST_UNCLOSED) heading.fill(0);
  return { chars, charSum, paragraph, breaks, heading, questions, paragraphs: seen.size };
}

/** The share of a side's segments read as headings above which none is. */
const MOST_UNCLOSED = 0.5;

/**
 * Whether a segment ends in a question mark (closing quotes and brackets after it aside): `?`, the full-width `？` and
 * the Arabic `؟`. Every language sverka has data for writes `?`; a Greek question's `;` is not read as one.
 */
export function asksQuestion(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && (HEADING_CLOSERS.has(text.charCodeAt(k)) || text.charCodeAt(k) <= 0x20)) k--;
  const c = text.charCodeAt(k);
  return c === 0x3f || c === 0xff1f || c === 0x61f;
}

/** The longest line read as a heading, in characters. */
const HEADING_CHARS = 80;
/** Closing brackets and quotes a heading may end with after its last letter or digit: `)]"'”“’»`. */
const HEADING_CLOSERS = new Set([0x29, 0x5d, 0x22, 0x27, 0x201d, 0x201c, 0x2019, 0xbb]);

/**
 * Whether a segment reads as a heading, a title or a label ("Член 7", "3. ОТГОВОРНОСТ", "For the Client: Ivan Petrov"):
 * it has a letter and ends with a letter or a digit (closing brackets and quotes after it aside, spaced or not), so no
 * sentence's closing mark, no comma, no colon. Read from the end: a regular expression anchored at the end tried every
 * letter of every segment (0.4 s of a 100,000-segment pair).
 */
export function isHeading(text: string): boolean {
  let k = text.length - 1;
  for (; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (!isSpace(c) && !HEADING_CLOSERS.has(c)) break;
  }
  if (k < 0) return false;
  const last = text.charCodeAt(k);
  const high = k > 0 ? text.charCodeAt(k - 1) : 0;
  const cp = last >= 0xdc00 && last <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.codePointAt(k - 1)! : last;
  if ((charBits(cp) & (LETTER | NUMBER)) === 0) return false;
  if ((charBits(cp) & LETTER) !== 0) return true;
  for (let i = 0; i < k; i++) if ((charBits(text.codePointAt(i)!) & LETTER) !== 0) return true;
  return false;
}

/**
 * The characters of a text's glosses in the other language: brackets holding words of its script only, with a
 * lower-case letter, words alone (no figure, no code), and the space before each (`Отворете Настройки (Settings) > Синхронизация (Sync)`:
 * UI labels a style guide keeps in English). A gloss has no counterpart in the translation's length, so a sentence
 * so glossed reads as long as its source (stranger 226: three glosses took the next sentence's translation into a
 * 2-1 link). An acronym (`(GDPR)`) the translation writes too is no gloss, nor a unit's `(50 mg)`.
 */
export function glossLength(text: string, scripts: ReadonlySet<string>): number {
  if (!text.includes("(")) return 0;
  let open = text.indexOf("(");
  let length = 0;
  while (open >= 0) {
    const close = text.indexOf(")", open + 1);
    if (close < 0) break;
    let lower = false;
    // Words alone, from a letter on: no figure, no code (`alert("bg")` copied into both sides is none).
    let foreign = (charBits(text.charCodeAt(open + 1)) & LETTER) !== 0;
    for (let k = open + 1; k < close && foreign; k++) {
      const ch = text[k]!;
      const bits = charBits(ch.charCodeAt(0));
      if ((bits & LETTER) === 0) {
        foreign = GLOSS_MARKS.has(ch);
        continue;
      }
      foreign = scripts.has(letterScript(ch));
      if (ch !== ch.toUpperCase()) lower = true;
    }
    if (foreign && lower) length += close - open + 1 + (open > 0 && text.charCodeAt(open - 1) === 0x20 ? 1 : 0);
    open = text.indexOf("(", close + 1);
  }
  return length;
}

/** What a gloss's words may have between them besides spaces. */
const GLOSS_MARKS = new Set([" ", "-", "'", "’", "&", "/", ".", ","]);

/** `text.replace(/\s+/gu, " ").length`, without building the string. */
export function collapsedLength(text: string): number {
  let length = 0;
  let space = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const white = c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0xa0 && isSpace(c);
    if (!white || !space) length++;
    space = white;
  }
  return length;
}

/**
 * Each segment's distinct significant numbers, in order of appearance, as ids from `ids` (shared by both sides),
 * after its list label (`labelNumber`, `letterLabel`) where it has one.
 */
function numberLists(tokens: readonly Token[][], ids: Map<string, number>, labels: readonly (string | undefined)[]): NumberLists {
  const start = new Int32Array(tokens.length + 1);
  const out: number[] = [];
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  // Segments of one text share their token list, and so their numbers; not always their label (`renumbered`).
  const perList = new Map<readonly Token[], number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const list = tokens[i]!;
    const label = labels[i];
    if (label !== undefined) out.push(idOf(label));
    let numbers = perList.get(list);
    if (!numbers) {
      numbers = [];
      // A sentence's few numbers are looked for in the list; a table's thousands in a set, kept beside it once the list grows.
      let seen: Set<number> | undefined;
      for (const t of list) {
        const key = comparedKey(t);
        if (key === undefined) continue;
        const id = idOf(key);
        if (seen ? seen.has(id) : numbers.includes(id)) continue;
        numbers.push(id);
        seen?.add(id);
        if (!seen && numbers.length > NUMBERS_SCANNED_AT_MOST) seen = new Set(numbers);
      }
      perList.set(list, numbers);
    }
    for (const id of numbers) out.push(id);
    start[i + 1] = out.length;
  }
  return { start, ids: Int32Array.from(out) };
}

/** An item's value in `PairFeatures.sourceItem` where its list is renumbered in translation: its label matches nothing. */
const RENUMBERED = 2;

/**
 * The token lists the words are matched by: a renumbered list's label figure left out ("Стъпка 3." is "Step 2.", and
 * the 2 of "Стъпка 2." matched it as any figure written alike does).
 */
function matchedTokens(tokens: readonly Token[][], item: Uint8Array, labelWords: ReadonlySet<string>): readonly Token[][] {
  if (!item.includes(RENUMBERED)) return tokens;
  return tokens.map((list, i) => {
    if (item[i] !== RENUMBERED) return list;
    if (labelNumber(list, labelWords) !== undefined) return [list[0]!, ...list.slice(2)];
    // "3. Отворете ...": the item's own figure opens it.
    return list[0]?.kind === "number" ? list.slice(1) : list;
  });
}

/**
 * A list item's number opening a text, "3. ", "3) " or "(3) ", as a key of its place only (`COUNTED_LABEL`), or its
 * bullet ("- ", "• "), a key of no place (`BULLET`); none for "4.1 " or "3 ябълки".
 */
function numberedItem(text: string): string | undefined {
  // A numbered heading is a section's, no list item ("8. Смяна на уплътнението" above the steps).
  if (isHeading(text)) return undefined;
  const m = NUMBERED_ITEM.exec(text);
  return m ? `${COUNTED_LABEL}${m[1] ?? m[2]}` : BULLET_ITEM.test(text) ? BULLET : undefined;
}

/** A bulleted item's key: an item of a list, in no place of it. */
const BULLET = "§•";
const BULLET_ITEM = /^\s*[-•*–▪◦]\s/u;

/** Whether a text is an item of a bulleted list ("- nausea", "• гадене"), no numbered one. */
export function isBulletItem(text: string): boolean {
  return BULLET_ITEM.test(text);
}

const NUMBERED_ITEM = /^\s*(?:(\d{1,2})[.)]|\((\d{1,2})\))\s/u;

/** One side's list: the segments a run of labels of one kind opens, counting up from its first, and whether it skips. */
interface LabelRun {
  readonly segments: number[];
  readonly first: number;
  last: number;
  skips: boolean;
}

/** A label's place in its list: 3 for "Стъпка 3." (`§3`), 12 for "Стъпка 12." (`§#12`), 3 for "в)" and "(c)" (`§L2`). */
function labelRank(key: string): number {
  return key.startsWith("§L") || key.startsWith(COUNTED_LABEL)
    ? Number(key.slice(2)) + (key.startsWith("§L") ? 1 : 0)
    : Number(key.slice(1));
}

/** One side's lists of labels of one family (`renumbered`): a new list where a label does not count on. */
function labelRuns(labels: readonly (string | undefined)[], families: readonly (string | undefined)[], family: string): LabelRun[] {
  const runs: LabelRun[] = [];
  let run: LabelRun | undefined;
  for (let i = 0; i < labels.length; i++) {
    const key = labels[i];
    if (key === undefined || families[i] !== family) continue;
    const rank = labelRank(key);
    if (run && rank > run.last) {
      run.skips ||= rank !== run.last + 1;
      run.segments.push(i);
      run.last = rank;
      continue;
    }
    run = { segments: [i], first: rank, last: rank, skips: false };
    runs.push(run);
  }
  return runs;
}

/**
 * Both sides' labels, less those of a list renumbered in translation: with a step left out and the rest numbered on,
 * each list of its family (a label word's, "Стъпка 3."; a letter's, "в)"; a number's as marked, "3.", "3)", "(3)"),
 * "Стъпка 3." is "Step 2.", and every later step had paired by its number, not its words (stranger 299). Where both
 * sides have as many lists of a kind, a list that counts one by one from the same label on both sides to different
 * lengths says nothing of which of its items pair, and its labels are taken out on both; one that skips a number, or
 * starts at another ("Step 2." alone where "Step 1." was left out), kept the numbering.
 */
function renumbered(
  source: (string | undefined)[],
  target: (string | undefined)[],
  sourceFamilies: readonly (string | undefined)[],
  targetFamilies: readonly (string | undefined)[],
): readonly [(string | undefined)[], (string | undefined)[]] {
  const families = new Set([...sourceFamilies, ...targetFamilies].filter((f): f is string => f !== undefined));
  for (const family of families) {
    const s = labelRuns(source, sourceFamilies, family);
    const t = labelRuns(target, targetFamilies, family);
    if (s.length !== t.length) continue;
    for (let k = 0; k < s.length; k++) {
      const a = s[k]!;
      const b = t[k]!;
      if (a.skips || b.skips || a.first !== b.first || a.segments.length === b.segments.length) continue;
      for (const i of a.segments) source[i] = undefined;
      for (const j of b.segments) target[j] = undefined;
    }
  }
  return [source, target];
}

/**
 * The key of a small number after a label word opening a segment ("Стъпка 2.", "Step 2", "Чл. 3"), compared
 * with other labels' only: too small to count elsewhere ("2 капака", "two covers"), it is what tells one step
 * from the next where their words repeat, and a translation that left out "Step 1" of identical steps had
 * "Стъпка 1." linked to "Step 2." and "Стъпка 2." left out. Numbers from 10 count already, as any other: theirs is
 * `COUNTED_LABEL` and the number, the item's place in its list only ("Стъпка 10." after "Стъпка 9."; stranger 308).
 */
function labelNumber(list: readonly Token[], labelWords: ReadonlySet<string>): string | undefined {
  if (list.length < 2 || labelWords.size === 0) return undefined;
  const word = list[0]!;
  const number = list[1]!;
  if (word.kind !== "word" || number.kind !== "number" || !labelWords.has(word.key)) return undefined;
  return /^\d$/u.test(number.key) ? `§${number.key}` : /^\d\d\d?$/u.test(number.key) ? `${COUNTED_LABEL}${number.key}` : undefined;
}

/** A label key's start where its number counts as any other (10 or more): the key gives its place in a list only. */
const COUNTED_LABEL = "§#";

/** Places whose Latin letter is as often a Roman figure ("(i)", "(v)", "(x)"): no label told by its place. */
const ROMAN_PLACES = new Set([8, 21, 23]);

/** The place of the list letter a segment opens with, as a key compared with other labels' only; none for another opening. */
function letterLabel(text: string, lang: LanguageProfile): string | undefined {
  const letter = openingLetter(text)?.letter;
  if (letter === undefined) return undefined;
  const place = letterPlace(letter, lang);
  return place < 0 || ROMAN_PLACES.has(place) ? undefined : `§L${place}`;
}

/**
 * Each side's list letters (`letterLabel`), where both sides label items so: a definition left out and another added had
 * "г) „траен носител“" linked to "(c) 'online interface'" (stranger 109). A side with no such labels (a translation's
 * list numbered by its word processor) gives none to either, so no item costs for a label the other side cannot have.
 */
function listLetters(
  source: readonly Segment[],
  target: readonly Segment[],
  langs: readonly [LanguageProfile, LanguageProfile],
): readonly [readonly (string | undefined)[] | undefined, readonly (string | undefined)[] | undefined] {
  const labelled = (segments: readonly Segment[]) => segments.some((s) => openingLetter(s.text) !== undefined);
  if (!labelled(source) || !labelled(target)) return [undefined, undefined];
  const letters = (segments: readonly Segment[], lang: LanguageProfile) => segments.map((s) => letterLabel(s.text, lang));
  return [letters(source, langs[0]), letters(target, langs[1])];
}

/**
 * The key a number is compared by across a link, or undefined when it is too
 * small to count (`isSignificantNumber`). A clock time on the hour is its
 * hour: the other side may write the hour alone ("9–18 ч." / "9 am to 6 pm",
 * "в 18 часа" / "at 18:00"), as the numbers check reads them too.
 */
function comparedKey(t: Token): string | undefined {
  if (t.kind === "number" && t.key.length === 5 && t.key.endsWith(":00")) {
    const hour = Number(t.key.slice(0, 2));
    return hour >= 10 ? String(hour) : undefined;
  }
  return isSignificantNumber(t) ? t.key : undefined;
}

const kindCosts = new WeakMap<CostParams, Float64Array>();
const MAX_SIDE = 16;
/** The table last asked for: the search asks millions of times with one parameter set. */
let lastParams: CostParams | undefined;
let lastTable: Float64Array = new Float64Array(0);

/** -log prior of an a-b link, cached per parameter set (the search asks millions of times). */
function kindCost(p: CostParams, a: number, b: number): number {
  if (p !== lastParams) {
    let table = kindCosts.get(p);
    if (!table) {
      table = new Float64Array(MAX_SIDE * MAX_SIDE);
      for (let x = 0; x < MAX_SIDE; x++)
        for (let y = 0; y < MAX_SIDE; y++) table[x * MAX_SIDE + y] = -log(p.priors[`${x}-${y}`] ?? p.otherKind);
      kindCosts.set(p, table);
    }
    lastParams = p;
    lastTable = table;
  }
  return a < MAX_SIDE && b < MAX_SIDE ? lastTable[a * MAX_SIDE + b]! : -log(p.otherKind);
}

/** What a link's cost reads: the pair's features, the evidence laid out for the cells read, the length model and the weights. */
export interface CostInputs {
  readonly features: PairFeatures;
  readonly evidence: LexicalEvidence;
  readonly model: LengthModel;
  readonly params: CostParams;
}

/** Cost inputs with the evidence laid out over `cells` (every pair by default): for explaining or scoring a few links. */
export function costInputs(
  features: PairFeatures,
  model: LengthModel,
  params: CostParams = DEFAULT_COST_PARAMS,
  cells?: CellSet,
): CostInputs {
  return { features, evidence: LexicalEvidence.layOut(features.matches, cells), model, params };
}

/** The terms of a link's cost, as `linkCost` adds them up. */
export type CostTerms = Omit<LinkExplanation, "matches">;

/** -log prior of each link shape [source count, target count], in order: what a search adds for a link of that shape. */
export function shapePriors(p: CostParams, shapes: ReadonlyArray<readonly [number, number]>): Float64Array {
  return Float64Array.from(shapes, ([a, b]) => kindCost(p, a, b));
}

/**
 * Cost of the link source [i0, i0+a) -> target [j0, j0+b), as
 * `carriedLinkCost` (the one place the cost formula is written) works it out:
 * Infinity when the link surely costs more than `limit`. With `terms`, each
 * term is also reported there (with no limit, as `explainLink` does).
 */
export function linkCost(
  c: CostInputs,
  i0: number,
  a: number,
  j0: number,
  b: number,
  limit = INFINITY,
  terms?: (t: CostTerms) => void,
): number {
  return shapedLinkCost(c, kindCost(c.params, a, b), i0, a, j0, b, limit, terms);
}

/**
 * `linkCost` with the link's prior given (`shapePriors`), as the search
 * reads it: through `carriedLinkCost`.
 */
export function shapedLinkCost(
  c: CostInputs,
  kind: number,
  i0: number,
  a: number,
  j0: number,
  b: number,
  limit = INFINITY,
  terms?: (t: CostTerms) => void,
): number {
  if (a === 0 || b === 0) {
    terms?.({ length: 0, kind, lexical: 0, numberMismatch: 0, questionMismatch: 0, paragraph: 0, heading: 0, total: kind });
    return kind;
  }
  linkCarry[PRIOR] = kind;
  linkCarry[LIMIT] = limit;
  carriedLinkCost(c, i0, a, j0, b, terms);
  return linkCarry[COST]!;
}

/**
 * The numbers the search and `carriedLinkCost` pass each other: the link's
 * prior and limit in, its cost out. A number passed to or returned from a
 * call the compiler does not inline is a new heap object, and the search
 * makes tens of millions of calls on a long pair: hundreds of megabytes of
 * garbage a search, through arguments. In a typed array they stay plain.
 */
export const linkCarry = new Float64Array(4);
export const PRIOR = 0;
export const LIMIT = 1;
export const COST = 2;
/** The most lexical evidence the link could have, as `surelyAbove` found it (0 with no limit): read by `carriedLinkCost` told it is there. */
export const MOST = 3;

/**
 * Whether the link source [i0, i0+a) -> target [j0, j0+b) (a, b > 0), its
 * prior and limit read from `linkCarry`, surely costs more than the limit:
 * the prior with the most lexical evidence the link could have already
 * exceeds it (the length term is never negative). Most candidate links of
 * a long search end here; the search asks this first, in a call small
 * enough to be inlined, and `carriedLinkCost` only for the others. The most
 * evidence is left in `linkCarry[MOST]` for that call.
 */
export function surelyAbove(c: CostInputs, i0: number, a: number, j0: number, b: number): boolean {
  const limit = linkCarry[LIMIT]!;
  const evidence = c.evidence;
  // A 1-1 link's evidence is its one cell's: the bound and the sum are the same number.
  const most =
    limit === INFINITY ? 0 : c.params.lexicalWeight * (a === 1 && b === 1 ? evidence.pair(i0, j0) : evidence.bound(i0, i0 + a, j0, j0 + b));
  linkCarry[MOST] = most;
  return linkCarry[PRIOR]! - most > limit;
}

/**
 * The cost of the link source [i0, i0+a) -> target [j0, j0+b) (a, b > 0),
 * its prior and limit read from `linkCarry`, its cost written there:
 * Infinity when it surely costs more than the limit (the length and prior
 * terms with the most lexical evidence the link could have already exceed
 * it: `surelyAbove`, asked here unless `bounded` says the caller asked it
 * and it said no). With `terms`, each term is also reported there. The one
 * place the cost formula is written.
 */
export function carriedLinkCost(
  c: CostInputs,
  i0: number,
  a: number,
  j0: number,
  b: number,
  terms?: (t: CostTerms) => void,
  bounded = false,
): void {
  if (!bounded && surelyAbove(c, i0, a, j0, b)) {
    linkCarry[COST] = INFINITY;
    return;
  }
  const kind = linkCarry[PRIOR]!;
  const limit = linkCarry[LIMIT]!;
  const most = linkCarry[MOST]!;
  // A 1-1 link's evidence is its one cell's (the cell found by a call giving a whole number, the evidence read here: see `linkCarry`).
  const one = a === 1 && b === 1;
  const evidence = c.evidence;
  const cell = one ? evidence.cellOf(i0, j0) : -1;
  const single = cell < 0 ? 0 : evidence.pairEvidence[cell]!;
  // The length term's floor settles most of the rest without a logarithm (a link across paragraph breaks is costed whole).
  if (limit !== INFINITY && lengthFloor(c.features, c.model, i0, a, j0, b) + kind - most > limit) {
    linkCarry[COST] = INFINITY;
    return;
  }
  const length = linkLength(c.features, c.model, i0, a, j0, b);
  const fixed = length + kind;
  if (fixed - most > limit) {
    linkCarry[COST] = INFINITY;
    return;
  }
  const { features: f, params: p } = c;
  const shared = one ? single : evidence.group(i0, i0 + a, j0, j0 + b);
  const lexical = p.lexicalWeight * shared;
  const numberMismatch = p.numberPenalty * unmatchedNumbers(f, i0, a, j0, b);
  const questions = f.sourceQuestions[i0 + a]! - f.sourceQuestions[i0]! - (f.targetQuestions[j0 + b]! - f.targetQuestions[j0]!);
  const questionMismatch = questions === 0 ? 0 : p.questionPenalty * abs(questions);
  let paragraph = 0;
  if (f.paragraphWeight !== 0) {
    // The penalty worked out here, not returned by a call (see `linkCarry`).
    const bits = paragraphCase(f, i0, a, j0, b);
    const cross = bits & CROSSES_ONE_SIDE ? p.paragraphCross : bits & CROSSES_BOTH ? p.paragraphCrossBoth : 0;
    paragraph = f.paragraphWeight * ((bits & STARTS_ONE_SIDE ? p.paragraphStart : 0) + cross);
  }
  const heading = oneToMany(a, b) ? p.headingJoin * joinedHeadings(f, evidence, i0, a, j0, b, shared) : 0;
  const total = fixed - lexical + numberMismatch + questionMismatch + paragraph + heading;
  linkCarry[COST] = total;
  terms?.({ length, kind, lexical, numberMismatch, questionMismatch, paragraph, heading, total });
}

/**
 * Whether every cost term but the length is at least what `linkCost`'s
 * bound assumes (evidence lowers a cost by at most the bound, numbers,
 * paragraphs and headings only raise it): true of the default weights; weights given
 * otherwise keep the search's wide margin.
 */
export function boundHolds(p: CostParams): boolean {
  return (
    p.lexicalWeight >= 0 &&
    p.numberPenalty >= 0 &&
    p.questionPenalty >= 0 &&
    p.paragraphCross >= 0 &&
    p.paragraphStart >= 0 &&
    p.paragraphCrossBoth >= 0 &&
    p.headingJoin >= 0
  );
}

/**
 * The length term of a link. A link spanning paragraph breaks on both sides,
 * with as many paragraphs on each, has its lengths compared paragraph by
 * paragraph: a break is where a translator's sentences line up again, so
 * two 1-1 links of odd lengths on either side of it must not average out
 * into one 2-2 of the usual length. Such a link wins only on words that
 * match across the break.
 */
function linkLength(f: PairFeatures, model: LengthModel, i0: number, a: number, j0: number, b: number): number {
  // Breaks inside the link on the source side (the running counts never decrease): rare, and costed apart.
  if (a > 1 && b > 1 && f.paragraphWeight > 0 && f.sourceBreaks[i0 + a]! !== f.sourceBreaks[i0 + 1]!)
    return lengthAcrossBreaks(f, model, i0, a, j0, b);
  return lengthCost(f.sourceCharSum[i0 + a]! - f.sourceCharSum[i0]!, f.targetCharSum[j0 + b]! - f.targetCharSum[j0]!, model);
}

/** At most `linkLength` (`lengthCostFloor`), 0 where the link is costed paragraph by paragraph. */
function lengthFloor(f: PairFeatures, model: LengthModel, i0: number, a: number, j0: number, b: number): number {
  if (a > 1 && b > 1 && f.paragraphWeight > 0 && f.sourceBreaks[i0 + a]! !== f.sourceBreaks[i0 + 1]!) return 0;
  return lengthCostFloor(f.sourceCharSum[i0 + a]! - f.sourceCharSum[i0]!, f.targetCharSum[j0 + b]! - f.targetCharSum[j0]!, model);
}

/** `linkLength` of a link with paragraph breaks inside it on the source side. */
function lengthAcrossBreaks(f: PairFeatures, model: LengthModel, i0: number, a: number, j0: number, b: number): number {
  const parts = 1 + f.sourceBreaks[i0 + a]! - f.sourceBreaks[i0 + 1]!;
  if (parts === 1 + f.targetBreaks[j0 + b]! - f.targetBreaks[j0 + 1]!) {
    const sp = f.sourceParagraph;
    const tp = f.targetParagraph;
    let cost = 0;
    let i = i0;
    let j = j0;
    while (i < i0 + a) {
      let sc = 0;
      let tc = 0;
      const si = sp[i];
      const tj = tp[j];
      for (; i < i0 + a && sp[i] === si; i++) sc += f.sourceChars[i]!;
      for (; j < j0 + b && tp[j] === tj; j++) tc += f.targetChars[j]!;
      cost += lengthCost(sc, tc, model);
    }
    return cost;
  }
  return lengthCost(f.sourceCharSum[i0 + a]! - f.sourceCharSum[i0]!, f.targetCharSum[j0 + b]! - f.targetCharSum[j0]!, model);
}

/** The same cost, term by term, with the anchors that matched. */
export function explainLink(c: CostInputs, i0: number, a: number, j0: number, b: number): LinkExplanation {
  let terms: CostTerms | undefined;
  linkCost(c, i0, a, j0, b, INFINITY, (t) => {
    terms = t;
  });
  return { ...terms!, matches: a === 0 || b === 0 ? [] : c.evidence.anchors(i0, i0 + a, j0, j0 + b) };
}

/** Distinct significant numbers on one side of the link only (no allocation: the lists are tiny). */
function unmatchedNumbers(f: PairFeatures, i0: number, a: number, j0: number, b: number): number {
  return (
    oneSidedBoth(f.sourceNumbers, f.targetNumbers, i0, a, j0, b) +
    RENUMBERED_LABEL_WEIGHT * oneSidedBoth(f.sourceSoftLabels, f.targetSoftLabels, i0, a, j0, b)
  );
}

/** A renumbered list's label against another's, as a share of a number's (`PairFeatures.sourceSoftLabels`). */
const RENUMBERED_LABEL_WEIGHT = 1 / 3;

/** The distinct ids on one side only of a link, of two lists of numbers. */
function oneSidedBoth(s: NumberLists, t: NumberLists, i0: number, a: number, j0: number, b: number): number {
  const s0 = s.start[i0]!;
  const s1 = s.start[i0 + a]!;
  const t0 = t.start[j0]!;
  const t1 = t.start[j0 + b]!;
  if (s0 === s1 && t0 === t1) return 0;
  return oneSided(s.ids, s0, s1, t.ids, t0, t1) + oneSided(t.ids, t0, t1, s.ids, s0, s1);
}

/** Each segment's empty token list: a list of numbers read of labels alone. */
function noTokens(segments: readonly Segment[]): Token[][] {
  const none: Token[] = [];
  return segments.map(() => none);
}

/** How many distinct ids of mine[m0, m1) other[o0, o1) lacks. */
function oneSided(mine: Int32Array, m0: number, m1: number, other: Int32Array, o0: number, o1: number): number {
  // A sentence has a few numbers: scanned. A table row has hundreds, and a link of four rows thousands: stamped (`stampedOneSided`).
  if (m1 - m0 + o1 - o0 > NUMBERS_SCANNED_AT_MOST) return stampedOneSided(mine, m0, m1, other, o0, o1);
  let missing = 0;
  outer: for (let x = m0; x < m1; x++) {
    const id = mine[x]!;
    for (let y = m0; y < x; y++) if (mine[y] === id) continue outer;
    for (let y = o0; y < o1; y++) if (other[y] === id) continue outer;
    missing++;
  }
  return missing;
}

/** Numbers in a link from which `oneSided` stamps ids instead of scanning for them. */
const NUMBERS_SCANNED_AT_MOST = 32;

/** The ids of each side met in the current count (`TypeSlots`: nothing is cleared between counts). */
const mineSeen = new TypeSlots();
const otherSeen = new TypeSlots();

/** `oneSided` in linear time: each id of other marked, then each of mine looked up (and marked, to count it once). */
export function stampedOneSided(mine: Int32Array, m0: number, m1: number, other: Int32Array, o0: number, o1: number): number {
  let most = -1;
  for (let x = m0; x < m1; x++) most = max(most, mine[x]!);
  for (let y = o0; y < o1; y++) most = max(most, other[y]!);
  mineSeen.begin(most + 1);
  otherSeen.begin(most + 1);
  for (let y = o0; y < o1; y++) otherSeen.keep(other[y]!, y);
  let missing = 0;
  for (let x = m0; x < m1; x++) {
    const id = mine[x]!;
    if (mineSeen.at(id) >= 0) continue;
    mineSeen.keep(id, x);
    if (otherSeen.at(id) < 0) missing++;
  }
  return missing;
}

/** A 1-n or n-1 link with n of 2 or more: the only kind that can run a heading into a sentence. */
function oneToMany(a: number, b: number): boolean {
  return a + b > 2 && (a === 1 || b === 1);
}

/** Whether the one-to-many link source [i0, i0+a) -> target [j0, j0+b) joins a heading that adds nothing to it (what its `heading` term costs). */
export function joinsHeading(c: CostInputs, i0: number, a: number, j0: number, b: number): boolean {
  if (!oneToMany(a, b)) return false;
  return joinedHeadings(c.features, c.evidence, i0, a, j0, b, c.evidence.group(i0, i0 + a, j0, j0 + b)) > 0;
}

/**
 * In a one-to-many link whose one segment is no heading, the headings on the
 * many side that add no evidence to the link (`whole`, its evidence), and
 * the list items where it joins two items to one (`sourceItem`): a
 * heading run into a sentence whose translation has none of its words, or
 * only those the sentence shares too ("4. СПОРОВЕ" beside "Страните решават
 * споровете..."). A heading whose line break was lost in translation
 * ("Article 7 The Contractor...") adds its own words.
 */
function joinedHeadings(f: PairFeatures, evidence: LexicalEvidence, i0: number, a: number, j0: number, b: number, whole: number): number {
  const fromSource = b === 1;
  const heading = fromSource ? f.sourceHeading : f.targetHeading;
  const from = fromSource ? i0 : j0;
  const to = from + (fromSource ? a : b);
  const item = fromSource ? f.sourceItem : f.targetItem;
  // Source items joined where the translation's one segment is an item too: a translator numbers each step, and one
  // that adds nothing is a step left out ("Стъпка 2." run into "Step 1.", a criterion into its neighbour: strangers 272,
  // 299). Not the translation's items: a step split in two whose second part the dictionary cannot read is a split, not
  // a step added (stranger 308's "Pull off the impeller.").
  let items = fromSource && f.targetItem[j0] !== 0 ? 0 : -1;
  for (let k = from; items >= 0 && k < to; k++) items += item[k]! === 0 ? 0 : 1;
  const headings = (fromSource ? f.targetHeading[j0] : f.sourceHeading[i0]) !== 1;
  if (!headings && items < 2) return 0;
  let count = 0;
  for (let k = from; k < to; k++) {
    if (!((headings && heading[k] === 1) || (items >= 2 && item[k] !== 0))) continue;
    // What the link shares without the heading, where the rest is one run; a heading inside the run is read alone.
    const rest = k === from ? [k + 1, to] : k === to - 1 ? [from, k] : undefined;
    const added = rest
      ? whole - (fromSource ? evidence.group(rest[0]!, rest[1]!, j0, j0 + 1) : evidence.group(i0, i0 + 1, rest[0]!, rest[1]!))
      : fromSource
        ? evidence.pair(k, j0)
        : evidence.pair(i0, k);
    if (added <= HEADING_ADDS) count++;
  }
  return count;
}

/** Evidence a heading adds that counts as none (sums of weights differ in their last bits). */
const HEADING_ADDS = 1e-9;

/** Which paragraph penalties a link pays, as bits (a whole number, not boxed when returned): STARTS_ONE_SIDE, and CROSSES_ONE_SIDE or CROSSES_BOTH. */
function paragraphCase(f: PairFeatures, i0: number, a: number, j0: number, b: number): number {
  const sp = f.sourceParagraph;
  const tp = f.targetParagraph;
  const sourceStarts = i0 === 0 || sp[i0] !== sp[i0 - 1];
  const targetStarts = j0 === 0 || tp[j0] !== tp[j0 - 1];
  const sourceCrosses = sp[i0] !== sp[i0 + a - 1];
  const targetCrosses = tp[j0] !== tp[j0 + b - 1];
  const cross = sourceCrosses !== targetCrosses ? CROSSES_ONE_SIDE : sourceCrosses ? CROSSES_BOTH : 0;
  return (sourceStarts !== targetStarts ? STARTS_ONE_SIDE : 0) | cross;
}

const STARTS_ONE_SIDE = 1;
const CROSSES_ONE_SIDE = 2;
const CROSSES_BOTH = 4;
