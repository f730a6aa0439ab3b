/**
 * The cost of a candidate link: -log of how likely these source segments
 * translate these target segments. Lower is better; the aligner minimises the
 * sum over a path. Every term is reported by `explainLink`.
 */

import type { Dictionary } from "../lang/dictionary.js";
import { getLanguage } from "../lang/index.js";
import type { LengthModel, LinkExplanation, Segment } from "../types.js";
import { type CellSet, LexicalEvidence } from "./evidence.js";
import { lengthCost } from "./length.js";
import { LexicalMatches } from "./matches.js";
import { isSignificantNumber, type Token, tokenize } from "./tokens.js";

export { Dictionary, formatDictionary, stemKey } from "../lang/dictionary.js";
export { type DictionaryFormat, parseDictionary } from "../read/dictionary.js";
export { cognateSimilarity, skeleton } from "./cognates.js";
export { type LearnOptions, learnDictionary, learnFromBags, linkBags, type StemBag, stemSurfaces } from "./dictionary.js";
export { allCells, CellRows, type CellSet, LexicalEvidence } from "./evidence.js";
export { DEFAULT_VARIANCE, estimateLengthModel } from "./length.js";
export { anchorMatch, LexicalMatches, type Matchable, matchable } from "./matches.js";
export type { Token } from "./tokens.js";
export { isSignificantNumber, normaliseNumber, tokenize } from "./tokens.js";

/** The weights of the cost terms. Defaults were tuned on development data only (README, "Accuracy and speed"). */
export interface CostParams {
  /** Prior probability of each link kind ("1-1", "2-1", ...); kinds not listed get `otherKind`. */
  readonly priors: Readonly<Record<string, number>>;
  readonly otherKind: number;
  /** Nats of cost removed per unit of IDF-weighted lexical evidence. */
  readonly lexicalWeight: number;
  /** Cost of each significant number (>= 10, or with decimals) present on one side of a link only. */
  readonly numberPenalty: number;
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
}

export const DEFAULT_COST_PARAMS: CostParams = {
  priors: {
    "1-1": 0.9,
    "1-2": 0.035,
    "2-1": 0.035,
    "2-2": 0.002,
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
  paragraphCross: 3,
  paragraphStart: 1.5,
  paragraphCrossBoth: 3,
};

/** The default weights with `overrides` on top (the same object when there are none). */
export function resolveCostParams(overrides?: Partial<CostParams>): CostParams {
  return overrides ? { ...DEFAULT_COST_PARAMS, ...overrides } : DEFAULT_COST_PARAMS;
}

/** Everything about a document pair that link costs need, computed once. */
export interface PairFeatures {
  readonly n: number;
  readonly m: number;
  readonly sourceChars: Float64Array;
  readonly targetChars: Float64Array;
  readonly sourceNumbers: ReadonlyArray<readonly string[]>;
  readonly targetNumbers: ReadonlyArray<readonly string[]>;
  readonly sourceParagraph: Int32Array;
  readonly targetParagraph: Int32Array;
  /** Which words of the two sides match; laid out over cells as `LexicalEvidence` by whoever reads them. */
  readonly matches: LexicalMatches;
  /** How far paragraph structure can be trusted: 0 (one side has none) to 1 (same number of paragraphs). */
  readonly paragraphWeight: number;
  /** Total characters, target over source: the first guess at the length ratio. */
  readonly charRatio: number;
  readonly sourceTokens: readonly Token[][];
  readonly targetTokens: readonly Token[][];
}

export interface FeatureOptions {
  /** Word translations to match by (built-in lexicon, user dictionaries, learned). */
  readonly dictionary?: Dictionary;
  /** Tokens from an earlier call on the same segments, to skip tokenising again. */
  readonly reuse?: Pick<PairFeatures, "sourceTokens" | "targetTokens">;
}

export function prepareFeatures(
  source: readonly Segment[],
  target: readonly Segment[],
  sourceLang: string,
  targetLang: string,
  options: FeatureOptions = {},
): PairFeatures {
  const sl = getLanguage(sourceLang);
  const tl = getLanguage(targetLang);
  const sourceTokens = options.reuse?.sourceTokens ?? source.map((s) => tokenize(s.text, sl));
  const targetTokens = options.reuse?.targetTokens ?? target.map((s) => tokenize(s.text, tl));
  const chars = (segs: readonly Segment[]) => Float64Array.from(segs, (s) => s.text.replace(/\s+/gu, " ").length);
  const sourceChars = chars(source);
  const targetChars = chars(target);
  const paragraphs = (segs: readonly Segment[]) => Int32Array.from(segs, (s) => s.paragraph);
  const countParagraphs = (segs: readonly Segment[]) => new Set(segs.map((s) => s.paragraph)).size;
  const ps = countParagraphs(source);
  const pt = countParagraphs(target);
  const sumS = sourceChars.reduce((a, b) => a + b, 0);
  const sumT = targetChars.reduce((a, b) => a + b, 0);
  return {
    n: source.length,
    m: target.length,
    sourceChars,
    targetChars,
    sourceNumbers: sourceTokens.map(significantNumbers),
    targetNumbers: targetTokens.map(significantNumbers),
    sourceParagraph: paragraphs(source),
    targetParagraph: paragraphs(target),
    matches: new LexicalMatches(sourceTokens, targetTokens, sl, tl, options.dictionary),
    paragraphWeight: ps < 2 || pt < 2 ? 0 : Math.min(ps, pt) / Math.max(ps, pt),
    charRatio: sumS > 0 && sumT > 0 ? sumT / sumS : 1,
    sourceTokens,
    targetTokens,
  };
}

function significantNumbers(tokens: ReturnType<typeof tokenize>): string[] {
  return [...new Set(tokens.filter(isSignificantNumber).map((t) => t.key))];
}

const kindCosts = new WeakMap<CostParams, Float64Array>();
const MAX_SIDE = 16;

/** -log prior of an a-b link, cached per parameter set (the search asks millions of times). */
function kindCost(p: CostParams, a: number, b: number): number {
  let table = kindCosts.get(p);
  if (!table) {
    table = new Float64Array(MAX_SIDE * MAX_SIDE);
    for (let x = 0; x < MAX_SIDE; x++)
      for (let y = 0; y < MAX_SIDE; y++) table[x * MAX_SIDE + y] = -Math.log(p.priors[`${x}-${y}`] ?? p.otherKind);
    kindCosts.set(p, table);
  }
  return a < MAX_SIDE && b < MAX_SIDE ? table[a * MAX_SIDE + b]! : -Math.log(p.otherKind);
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

/**
 * Cost of the link source [i0, i0+a) -> target [j0, j0+b): the one place the
 * cost formula is written. Infinity when the link surely costs more than
 * `limit`: the length and prior terms with the most lexical evidence the
 * link could have (the sum over its cells) already exceed it. Most candidate
 * links of a long search end there, without grouping their words. With
 * `terms`, each term is also reported there (with no limit, as `explainLink` does).
 */
export function linkCost(
  c: CostInputs,
  i0: number,
  a: number,
  j0: number,
  b: number,
  limit = Infinity,
  terms?: (t: CostTerms) => void,
): number {
  const { features: f, evidence, model, params: p } = c;
  const kind = kindCost(p, a, b);
  if (a === 0 || b === 0) {
    terms?.({ length: 0, kind, lexical: 0, numberMismatch: 0, paragraph: 0, total: kind });
    return kind;
  }
  // The length term is never negative: the prior and the most evidence possible may settle it first.
  const most = limit === Infinity ? 0 : p.lexicalWeight * evidence.bound(i0, i0 + a, j0, j0 + b);
  if (kind - most > limit) return Infinity;
  const length = linkLength(f, model, i0, a, j0, b);
  const fixed = length + kind;
  if (fixed - most > limit) return Infinity;
  const lexical = p.lexicalWeight * evidence.group(i0, i0 + a, j0, j0 + b);
  const numberMismatch = p.numberPenalty * unmatchedNumbers(f, i0, a, j0, b);
  const paragraph = f.paragraphWeight === 0 ? 0 : f.paragraphWeight * paragraphPenalty(f, p, i0, a, j0, b);
  const total = fixed - lexical + numberMismatch + paragraph;
  terms?.({ length, kind, lexical, numberMismatch, paragraph, total });
  return total;
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
  const sp = f.sourceParagraph;
  const tp = f.targetParagraph;
  const parts = a > 1 && b > 1 && f.paragraphWeight > 0 ? paragraphParts(sp, i0, a) : 1;
  if (parts > 1 && parts === paragraphParts(tp, j0, b)) {
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
  let sc = 0;
  for (let i = i0; i < i0 + a; i++) sc += f.sourceChars[i]!;
  let tc = 0;
  for (let j = j0; j < j0 + b; j++) tc += f.targetChars[j]!;
  return lengthCost(sc, tc, model);
}

/** How many paragraphs segments [from, from + count) touch. */
function paragraphParts(paragraph: Int32Array, from: number, count: number): number {
  let parts = 1;
  for (let k = from + 1; k < from + count; k++) if (paragraph[k] !== paragraph[k - 1]) parts++;
  return parts;
}

/** The same cost, term by term, with the anchors that matched. */
export function explainLink(c: CostInputs, i0: number, a: number, j0: number, b: number): LinkExplanation {
  let terms: CostTerms | undefined;
  linkCost(c, i0, a, j0, b, Infinity, (t) => {
    terms = t;
  });
  return { ...terms!, matches: a === 0 || b === 0 ? [] : c.evidence.anchors(i0, i0 + a, j0, j0 + b) };
}

/** Distinct significant numbers on one side of the link only (no allocation: the lists are tiny). */
function unmatchedNumbers(f: PairFeatures, i0: number, a: number, j0: number, b: number): number {
  return oneSided(f.sourceNumbers, i0, a, f.targetNumbers, j0, b) + oneSided(f.targetNumbers, j0, b, f.sourceNumbers, i0, a);
}

function oneSided(
  mine: PairFeatures["sourceNumbers"],
  m0: number,
  mc: number,
  other: PairFeatures["sourceNumbers"],
  o0: number,
  oc: number,
): number {
  let missing = 0;
  for (let i = m0; i < m0 + mc; i++) {
    const list = mine[i]!;
    for (let k = 0; k < list.length; k++) {
      const x = list[k]!;
      if (seenBefore(mine, m0, i, k, x) || contains(other, o0, oc, x)) continue;
      missing++;
    }
  }
  return missing;
}

function seenBefore(lists: PairFeatures["sourceNumbers"], from: number, i: number, k: number, x: string): boolean {
  for (let q = from; q < i; q++) if (lists[q]!.includes(x)) return true;
  return lists[i]!.indexOf(x) < k;
}

function contains(lists: PairFeatures["sourceNumbers"], from: number, count: number, x: string): boolean {
  for (let q = from; q < from + count; q++) if (lists[q]!.includes(x)) return true;
  return false;
}

function paragraphPenalty(f: PairFeatures, p: CostParams, i0: number, a: number, j0: number, b: number): number {
  const sp = f.sourceParagraph;
  const tp = f.targetParagraph;
  const sourceStarts = i0 === 0 || sp[i0] !== sp[i0 - 1];
  const targetStarts = j0 === 0 || tp[j0] !== tp[j0 - 1];
  const sourceCrosses = sp[i0] !== sp[i0 + a - 1];
  const targetCrosses = tp[j0] !== tp[j0 + b - 1];
  const cross = sourceCrosses !== targetCrosses ? p.paragraphCross : sourceCrosses ? p.paragraphCrossBoth : 0;
  return (sourceStarts !== targetStarts ? p.paragraphStart : 0) + cross;
}
