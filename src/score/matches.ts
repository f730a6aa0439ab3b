/**
 * Which words of the two documents match, found once per document pair:
 * shared numbers and addresses, identical tokens (names, acronyms), cognates,
 * dictionary translations. Each matched type pair weighs its similarity times
 * an IDF factor, so a "1" or a name repeated in every sentence pulls little, a
 * rare one much. Immutable; where the matches fall among segment pairs is
 * laid out by `LexicalEvidence` for the cells a stage reads.
 */

import type { Dictionary } from "../lang/dictionary.js";
import type { LanguageProfile } from "../lang/index.js";
import { LEV_PER_EURO } from "../lang/units.js";
import type { AnchorMatch } from "../types.js";
import { cognateSimilarity, letterMask, mayBeCognates, skeleton } from "./cognates.js";
import type { Token } from "./tokens.js";

export interface TokenType {
  readonly key: string;
  readonly kind: Token["kind"];
  readonly surface: string;
  readonly skeleton: string;
  readonly stem: string;
  /** A multi-word dictionary entry found in the text: matched through the dictionary only. */
  readonly phrase: boolean;
  /** Segments holding the type, ascending. */
  readonly segments: Int32Array;
}

/** A matched pair of types: [source type, target type, weight, kind]. */
export type TypeMatch = readonly [source: number, target: number, weight: number, kind: AnchorMatch["kind"]];

/** The weight of a match never falls below this share of its similarity: anchors stay visible (and slightly useful) where IDF says nothing, as in one-sentence documents. */
export const MIN_IDF = 0.1;

/** The most a word's weight can be in a document of `segments` sentences, both sides together: a word met once in each. */
export function highestIdf(segments: number): number {
  return Math.max(MIN_IDF, Math.log(segments / 2));
}

/**
 * Blocks of consecutive segments as vectors of what they hold, one side's
 * words put into the other's terms (`LexicalMatches.blockVectors`): block b
 * covers segments b * size .. (b + 1) * size - 1, its vector at
 * values[b * dims .. (b + 1) * dims - 1].
 */
export interface BlockVectors {
  readonly count: number;
  readonly size: number;
  readonly dims: number;
  readonly values: Float32Array;
}

/**
 * How much more a number weighs in a block's vector than a word of the same
 * rarity: written alike in both languages, it is matched for certain, where
 * words go through cognates and the lexicon; and the figures are what tell
 * the copies of a repeated text apart (the same news in three sets of
 * amounts: with numbers weighing as words, a block's translation scored no
 * higher than the same sentences in other figures).
 */
const BLOCK_NUMBER_WEIGHT = 4;
/**
 * The share of segments a number may be found in and still weigh more: a
 * manual's step numbers (1 to 12 in every chapter) weighed four times made
 * every block whose chapters start where another's do look like it.
 */
const BLOCK_NUMBER_RARE = 0.005;

export class LexicalMatches {
  readonly sourceTypes: readonly TokenType[];
  readonly targetTypes: readonly TokenType[];
  /** Match k pairs source type `source[k]` with target type `target[k]`, weighing `weight[k]`, of kind `kind[k]` (flat arrays: evidence layout reads them millions of times). */
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
  readonly kind: readonly AnchorMatch["kind"][];
  /** Segments on each side. */
  readonly n: number;
  readonly m: number;
  /** Types per segment and matches per source type, as flat lists (a cache built on first use by `localAnchors`). */
  #occurrences?: Occurrences;

  constructor(
    sourceTokens: readonly Token[][],
    targetTokens: readonly Token[][],
    source: LanguageProfile,
    target: LanguageProfile,
    dictionary?: Dictionary,
  ) {
    this.sourceTypes = collectTypes(sourceTokens, source, dictionary?.sourcePhrases);
    this.targetTypes = collectTypes(targetTokens, target, dictionary?.targetPhrases);
    this.n = sourceTokens.length;
    this.m = targetTokens.length;
    const total = sourceTokens.length + targetTokens.length;
    const found = matchTypes(this.sourceTypes, this.targetTypes, dictionary);
    const K = found.size;
    this.source = found.source.slice(0, K);
    this.target = found.target.slice(0, K);
    this.weight = weights(found, this.sourceTypes, this.targetTypes, total);
    this.kind = found.kind;
  }

  /** How many matches there are. */
  get size(): number {
    return this.source.length;
  }

  /** The matches as tuples, in order (built on each call: for explaining and tests, not for loops). */
  get list(): TypeMatch[] {
    return Array.from(this.source, (s, k) => [s, this.target[k]!, this.weight[k]!, this.kind[k]!] as const);
  }

  /**
   * Anchors by local rarity, for a window of source segments [i0, i1) and
   * target segments [j0, j1): type pairs found equally often (at most
   * `maxCount` times) on each side of the window, k-th occurrence with k-th.
   * A sentence repeated every few pages is rare within a page: long
   * documents are tracked window by window where whole-document rarity
   * finds nothing.
   */
  localAnchors(i0: number, i1: number, j0: number, j1: number, maxCount = 3): Array<readonly [number, number, number]> {
    const index = this.occurrenceIndex();
    const sourceCounts = index.sourceWindow.count(index.sourceStart, index.sourceIds, i0, i1);
    const targetCounts = index.targetWindow.count(index.targetStart, index.targetIds, j0, j1).counts;
    const sum = new Map<number, [number, number, number]>();
    for (let y = 0; y < sourceCounts.size; y++) {
      const s = sourceCounts.touched[y]!;
      const count = sourceCounts.counts[s]!;
      if (count > maxCount) continue;
      for (let x = index.bySourceStart[s]!; x < index.bySourceStart[s + 1]!; x++) {
        const k = index.bySource[x]!;
        const t = this.target[k]!;
        const weight = this.weight[k]!;
        if (targetCounts[t] !== count) continue;
        const si = this.sourceTypes[s]!.segments;
        const tj = this.targetTypes[t]!.segments;
        const a = lowerBound(si, i0);
        const b = lowerBound(tj, j0);
        for (let k = 0; k < count; k++) {
          const key = si[a + k]! * 1_000_003 + tj[b + k]!;
          const prev = sum.get(key);
          if (prev) prev[2] += weight;
          else sum.set(key, [si[a + k]!, tj[b + k]!, weight]);
        }
      }
    }
    index.sourceWindow.clear();
    index.targetWindow.clear();
    return [...sum.values()];
  }

  /**
   * Each side's segments in blocks (`sourceSize` and `targetSize` segments), each block a vector of `dims`
   * numbers in the target's terms: a target type adds its weight (that of
   * its best match) to the dimension it is hashed to, a source type the
   * weight of each of its matches to its target type's dimension, shared
   * among them. Types matched to nothing add nothing. Each pair of
   * consecutive segments adds the products of their heaviest entries, pair
   * by pair, to the dimensions those ordered pairs are hashed to: a block
   * of a manual's sections that hold the same sentences in another order
   * has the same words as any other, but not the same sentences one after
   * another (`ORDER_TOP`).
   */
  blockVectors(sourceSize: number, targetSize: number, dims: number): { source: BlockVectors; target: BlockVectors } {
    const index = this.occurrenceIndex();
    const rare = (this.n + this.m) * BLOCK_NUMBER_RARE;
    const weight = this.weight.map((w, k) =>
      this.kind[k] === "number" &&
      this.sourceTypes[this.source[k]!]!.segments.length + this.targetTypes[this.target[k]!]!.segments.length <= rare
        ? w * BLOCK_NUMBER_WEIGHT
        : w,
    );
    const best = new Float64Array(this.targetTypes.length);
    for (let k = 0; k < this.source.length; k++) best[this.target[k]!] = Math.max(best[this.target[k]!]!, weight[k]!);
    const source = new BlockBuilder(this.n, sourceSize, dims);
    for (let i = 0; i < this.n; i++) {
      source.next(i);
      for (let x = index.sourceStart[i]!; x < index.sourceStart[i + 1]!; x++) {
        const s = index.sourceIds[x]!;
        const from = index.bySourceStart[s]!;
        const to = index.bySourceStart[s + 1]!;
        for (let y = from; y < to; y++) {
          const k = index.bySource[y]!;
          source.add(this.target[k]!, weight[k]! / (to - from));
        }
      }
    }
    const target = new BlockBuilder(this.m, targetSize, dims);
    for (let j = 0; j < this.m; j++) {
      target.next(j);
      for (let x = index.targetStart[j]!; x < index.targetStart[j + 1]!; x++) {
        const t = index.targetIds[x]!;
        if (best[t]! > 0) target.add(t, best[t]!);
      }
    }
    // The same scale on both sides (a cosine compares them).
    const scale = (ORDER_SHARE * (source.wordMass + target.wordMass)) / (source.orderMass + target.orderMass || 1);
    return { source: source.done(scale), target: target.done(scale) };
  }

  private occurrenceIndex(): Occurrences {
    if (this.#occurrences) return this.#occurrences;
    const sourceStart = segmentStarts(this.sourceTypes, this.n);
    const sourceIds = typesBySegment(this.sourceTypes, sourceStart);
    const targetStart = segmentStarts(this.targetTypes, this.m);
    const targetIds = typesBySegment(this.targetTypes, targetStart);
    const bySourceStart = matchStarts(this.source, this.sourceTypes.length);
    const bySource = matchesBySource(this.source, bySourceStart);
    this.#occurrences = {
      sourceStart,
      sourceIds,
      targetStart,
      targetIds,
      bySourceStart,
      bySource,
      sourceWindow: new WindowCounts(this.sourceTypes.length),
      targetWindow: new WindowCounts(this.targetTypes.length),
    };
    return this.#occurrences;
  }
}

/**
 * How many of a segment's heaviest entries (target types) pair with the
 * next segment's in a block's order part: enough that a sentence and its
 * translation share some, few enough that the pairs stay a few dozen.
 */
const ORDER_TOP = 6;
/**
 * What the order part weighs, as a share of the words': as much as they,
 * it diluted what tells copies of a text apart (the numbers weighing four
 * times), and an extra copy of the news in other figures was linked a
 * block off (246 bad links against 84); at half, that copy is placed as
 * before, and the sections of the same sentences in another order still are.
 */
const ORDER_SHARE = 0.5;

/** One side's block vectors, built segment by segment: the words' part, and the order part kept apart until it is scaled. */
class BlockBuilder {
  readonly #size: number;
  readonly #dims: number;
  readonly #words: Float32Array;
  readonly #order: Float32Array;
  /** The current segment's heaviest entries and the previous one's: types and weights, heaviest first. */
  #types = new Int32Array(ORDER_TOP);
  #weights = new Float64Array(ORDER_TOP);
  #count = 0;
  #prevTypes = new Int32Array(ORDER_TOP);
  #prevWeights = new Float64Array(ORDER_TOP);
  #prevCount = 0;
  /** Where the current segment's block starts in the values, and the previous one's. */
  #at = -1;
  #pairAt = 0;
  wordMass = 0;
  orderMass = 0;

  constructor(segments: number, size: number, dims: number) {
    this.#size = size;
    this.#dims = dims;
    this.#words = new Float32Array(Math.ceil(segments / size) * dims);
    this.#order = new Float32Array(this.#words.length);
  }

  /** Starts segment i: the one before it is paired with the one before that. */
  next(i: number): void {
    this.#pair();
    [this.#prevTypes, this.#types] = [this.#types, this.#prevTypes];
    [this.#prevWeights, this.#weights] = [this.#weights, this.#prevWeights];
    this.#prevCount = this.#count;
    this.#count = 0;
    this.#at = ((i / this.#size) | 0) * this.#dims;
  }

  /** Adds weight w of target type t to the current segment. */
  add(t: number, w: number): void {
    this.#words[this.#at + hashed(t, this.#dims)]! += w;
    this.wordMass += w;
    let q = 0;
    while (q < this.#count && this.#types[q] !== t) q++;
    if (q < this.#count) w += this.#weights[q]!;
    else if (this.#count < ORDER_TOP) q = this.#count++;
    else if (w > this.#weights[ORDER_TOP - 1]!) q = ORDER_TOP - 1;
    else return;
    // Kept heaviest first, ties by type, so that both sides choose alike.
    while (q > 0 && (this.#weights[q - 1]! < w || (this.#weights[q - 1] === w && this.#types[q - 1]! > t))) {
      this.#types[q] = this.#types[q - 1]!;
      this.#weights[q] = this.#weights[q - 1]!;
      q--;
    }
    this.#types[q] = t;
    this.#weights[q] = w;
  }

  /** The previous segment's entries times the current one's, into the previous one's block. */
  #pair(): void {
    if (this.#at < 0) return;
    for (let a = 0; a < this.#prevCount; a++)
      for (let b = 0; b < this.#count; b++) {
        const w = this.#prevWeights[a]! * this.#weights[b]!;
        this.#order[this.#pairAt + hashed(Math.imul(this.#prevTypes[a]!, 0x85ebca6b) ^ this.#types[b]!, this.#dims)]! += w;
        this.orderMass += w;
      }
    this.#pairAt = this.#at;
  }

  /** The blocks, the order part taken `scale` times. */
  done(scale: number): BlockVectors {
    this.#pair();
    const values = this.#words;
    for (let x = 0; x < values.length; x++) values[x]! += scale * this.#order[x]!;
    return { count: values.length / this.#dims, size: this.#size, dims: this.#dims, values };
  }
}

/** The dimension a type (or a pair of types) is hashed to. */
function hashed(t: number, dims: number): number {
  return (Math.imul(t, 0x9e3779b1) >>> 0) % dims;
}

/** Each match's weight: its similarity times the IDF of its two types over the `total` segments of both sides. */
function weights(found: FoundMatches, sourceTypes: readonly TokenType[], targetTypes: readonly TokenType[], total: number): Float64Array {
  const weight = new Float64Array(found.size);
  for (let k = 0; k < found.size; k++) {
    const st = sourceTypes[found.source[k]!]!;
    const tt = targetTypes[found.target[k]!]!;
    const idf = Math.max(MIN_IDF, Math.log(total / (st.segments.length + tt.segments.length)));
    weight[k] = found.similarity[k]! * idf * (identifier(st) && st.key === tt.key ? IDENTIFIER_FACTOR : 1);
  }
  return weight;
}

/**
 * A number of this many figures or more, written alike on both sides, is an identifier (a personal or company number,
 * an account, a reference), and weighs this many times its IDF: in a short certificate every match weighs at most
 * the document's few nats, and "ЕГН: 6211154478" / "Personal Identification Number (EGN): 6211154478", three times
 * longer, was left unpaired for its length (stranger 104).
 */
const IDENTIFIER_FIGURES = 7;
const IDENTIFIER_FACTOR = 2;

function identifier(t: TokenType): boolean {
  return t.kind === "number" && t.key.length >= IDENTIFIER_FIGURES && /^\d+$/u.test(t.key);
}

/** Where each segment's types start in a list of the types per segment (`typesBySegment`). Indexed loops: for-of over each type's segments made an iterator per type (20 MB a 20k pair). */
function segmentStarts(types: readonly TokenType[], count: number): Int32Array {
  const start = new Int32Array(count + 1);
  for (let id = 0; id < types.length; id++) {
    const segs = types[id]!.segments;
    for (let q = 0; q < segs.length; q++) start[segs[q]! + 1]!++;
  }
  for (let x = 0; x < count; x++) start[x + 1]! += start[x]!;
  return start;
}

/** The types of each segment, ascending, segment x's at start[x]..start[x + 1] - 1. */
function typesBySegment(types: readonly TokenType[], start: Int32Array): Int32Array {
  const count = start.length - 1;
  const at = start.slice(0, count);
  const ids = new Int32Array(start[count]!);
  for (let id = 0; id < types.length; id++) {
    const segs = types[id]!.segments;
    for (let q = 0; q < segs.length; q++) ids[at[segs[q]!]!++] = id;
  }
  return ids;
}

/** Where each source type's matches start in `matchesBySource`. */
function matchStarts(source: Int32Array, types: number): Int32Array {
  const start = new Int32Array(types + 1);
  for (let k = 0; k < source.length; k++) start[source[k]! + 1]!++;
  for (let x = 0; x < types; x++) start[x + 1]! += start[x]!;
  return start;
}

/** The matches of each source type, ascending, type x's at start[x]..start[x + 1] - 1. */
function matchesBySource(source: Int32Array, start: Int32Array): Int32Array {
  const at = start.slice(0, start.length - 1);
  const bySource = new Int32Array(source.length);
  for (let k = 0; k < source.length; k++) bySource[at[source[k]!]!++] = k;
  return bySource;
}

interface Occurrences {
  readonly sourceStart: Int32Array;
  readonly sourceIds: Int32Array;
  readonly targetStart: Int32Array;
  readonly targetIds: Int32Array;
  readonly bySourceStart: Int32Array;
  readonly bySource: Int32Array;
  readonly sourceWindow: WindowCounts;
  readonly targetWindow: WindowCounts;
}

/** How often each type occurs in a window of segments, in flat arrays kept between windows (cleared after each). */
class WindowCounts {
  readonly counts: Int32Array;
  /** The types counted, in order of first occurrence in the window. */
  readonly touched: Int32Array;
  size = 0;

  constructor(types: number) {
    this.counts = new Int32Array(types);
    this.touched = new Int32Array(types);
  }

  count(typeStart: Int32Array, typeIds: Int32Array, from: number, to: number): this {
    for (let x = typeStart[from]!; x < typeStart[to]!; x++) {
      const id = typeIds[x]!;
      if (this.counts[id]!++ === 0) this.touched[this.size++] = id;
    }
    return this;
  }

  clear(): void {
    for (let y = 0; y < this.size; y++) this.counts[this.touched[y]!] = 0;
    this.size = 0;
  }
}

/** First index in ascending `list` whose value is >= x. */
export function lowerBound(list: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Types per token list and phrase set: the aligner's second pass and the review see the same segments again. */
const typeCache = new WeakMap<readonly Token[][], Map<string, readonly TokenType[]>>();

function collectTypes(tokens: readonly Token[][], lang: LanguageProfile, phrases?: ReadonlySet<string>): readonly TokenType[] {
  const phraseKey = `${lang.code}\n${phrases?.size ? [...phrases].sort().join("\n") : ""}`;
  let cached = typeCache.get(tokens);
  if (!cached) {
    cached = new Map();
    typeCache.set(tokens, cached);
  }
  const hit = cached.get(phraseKey);
  if (hit) return hit;
  const types = buildTypes(tokens, lang, phrases);
  cached.set(phraseKey, types);
  return types;
}

type TypeDraft = Omit<TokenType, "segments">;

/** A type's fields, always all of them in one order: one shape for every type (a token's or a phrase's), read by code compiled once. */
function typeDraft(key: string, kind: Token["kind"], surface: string, skeleton: string, stem: string, phrase: boolean): TypeDraft {
  return { key, kind, surface, skeleton, stem, phrase };
}

/** Types by key, numbered in order of first appearance: one map per kind (no key string built per token), one for phrases. */
class TypeTable {
  readonly drafts: TypeDraft[] = [];
  private readonly byKind = new Map<Token["kind"], Map<string, number>>();
  private readonly phrases = new Map<string, number>();

  constructor(private readonly lang: LanguageProfile) {}

  /** The type of a token, made the first time its kind and key are met. */
  ofToken(tok: Token): number {
    let keys = this.byKind.get(tok.kind);
    if (!keys) {
      keys = new Map();
      this.byKind.set(tok.kind, keys);
    }
    let k = keys.get(tok.key);
    if (k === undefined) {
      k = this.drafts.length;
      keys.set(tok.key, k);
      this.drafts.push(
        typeDraft(tok.key, tok.kind, tok.surface, tok.kind === "word" ? skeletonOf(tok.key, this.lang) : tok.key, tok.stem, false),
      );
    }
    return k;
  }

  /** The type of a dictionary phrase found in the text (by its stems), made the first time it is met. */
  ofPhrase(stem: string, surface: () => string): number {
    let k = this.phrases.get(stem);
    if (k === undefined) {
      k = this.drafts.length;
      this.phrases.set(stem, k);
      this.drafts.push(typeDraft(stem, "word", surface(), "", stem, true));
    }
    return k;
  }
}

function buildTypes(tokens: readonly Token[][], lang: LanguageProfile, phrases?: ReadonlySet<string>): TokenType[] {
  const table = new TypeTable(lang);
  // A phrase can only start at a word that starts one: most positions are skipped without building strings.
  const starts = new Set([...(phrases ?? [])].map((p) => p.slice(0, p.indexOf(" "))));
  // The types of each distinct token list, found once: segments of one text share their list.
  const idsOf = new Map<readonly Token[], number[]>();
  const perSegment: number[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = tokens[i]!;
    let ids = idsOf.get(list);
    if (!ids) {
      ids = listTypes(list, phrases, starts, table);
      idsOf.set(list, ids);
    }
    perSegment.push(ids);
  }
  const drafts = table.drafts;
  const T = drafts.length;
  const start = typeStarts(perSegment, T);
  const all = typeSegments(perSegment, start);
  const types: TokenType[] = [];
  for (let k = 0; k < T; k++) {
    const d = drafts[k]!;
    const segments = all.subarray(start[k]!, start[k + 1]!);
    types.push({ key: d.key, kind: d.kind, surface: d.surface, skeleton: d.skeleton, stem: d.stem, phrase: d.phrase, segments });
  }
  return types;
}

/** Where each type's segments start in one buffer (each segment once per type): start[k]..start[k + 1] - 1 for type k. */
function typeStarts(perSegment: readonly number[][], T: number): Int32Array {
  const start = new Int32Array(T + 1);
  const last = new Int32Array(T).fill(-1);
  for (let seg = 0; seg < perSegment.length; seg++) {
    const ids = perSegment[seg]!;
    for (let q = 0; q < ids.length; q++) {
      const k = ids[q]!;
      if (last[k] === seg) continue;
      last[k] = seg;
      start[k + 1]!++;
    }
  }
  for (let k = 0; k < T; k++) start[k + 1]! += start[k]!;
  return start;
}

/** Each type's segments, ascending and once each, in one buffer laid out by `typeStarts`. */
function typeSegments(perSegment: readonly number[][], start: Int32Array): Int32Array {
  const T = start.length - 1;
  const all = new Int32Array(start[T]!);
  const at = start.slice(0, T);
  const last = new Int32Array(T).fill(-1);
  for (let seg = 0; seg < perSegment.length; seg++) {
    const ids = perSegment[seg]!;
    for (let q = 0; q < ids.length; q++) {
      const k = ids[q]!;
      if (last[k] === seg) continue;
      last[k] = seg;
      all[at[k]!++] = seg;
    }
  }
  return all;
}

/** The type ids of one segment's tokens, in order, then of the dictionary phrases in it. */
function listTypes(
  list: readonly Token[],
  phrases: ReadonlySet<string> | undefined,
  starts: ReadonlySet<string>,
  table: TypeTable,
): number[] {
  // Built by push: every list of ids of one element kind (small integers, packed), as the code reading them expects.
  const ids: number[] = [];
  for (let q = 0; q < list.length; q++) ids.push(table.ofToken(list[q]!));
  if (!phrases?.size) return ids;
  // Dictionary phrases ("human trafficking", "трафик на хора") present in the segment.
  const words = list.filter((t) => t.kind === "word");
  // Where a phrase may start, looked up once per word (most start none), then tried by length as before: same order.
  const at: number[] = [];
  for (let i = 0; i < words.length; i++) if (starts.has(words[i]!.stem)) at.push(i);
  if (at.length === 0) return ids;
  for (let n = 2; n <= 4; n++) {
    for (const i of at) {
      if (i + n > words.length) break;
      const span = words.slice(i, i + n);
      const stem = span.map((t) => t.stem).join(" ");
      if (!phrases.has(stem)) continue;
      ids.push(table.ofPhrase(stem, () => span.map((t) => t.surface).join(" ")));
    }
  }
  return ids;
}

/** Skeletons of words by key, per language: every piece and the review meet the same vocabulary again. */
const skeletons = new WeakMap<LanguageProfile, Map<string, string>>();
const MAX_CACHED_SKELETONS = 200_000;

/** The spelling skeleton of a word's transliterated key. */
function skeletonOf(key: string, lang: LanguageProfile): string {
  let cache = skeletons.get(lang);
  if (!cache) {
    cache = new Map();
    skeletons.set(lang, cache);
  }
  let out = cache.get(key);
  if (out === undefined) {
    out = skeleton(lang.transliterate(key));
    if (cache.size >= MAX_CACHED_SKELETONS) cache.clear();
    cache.set(key, out);
  }
  return out;
}

/** What matching needs to know of a token or a type. */
export interface Matchable {
  readonly kind: Token["kind"];
  readonly key: string;
  readonly surface: string;
  /** Spelling skeleton of the transliterated key (words only). */
  readonly skeleton: string;
  readonly stem: string;
  /** A number a magnitude word multiplied (see `Token`). */
  readonly scaled?: boolean;
}

export function matchable(token: Token, lang: LanguageProfile): Matchable {
  // Written out, not `{ ...token, skeleton }`: V8 (Node 20) gives each object that spread and an added field make a
  // hidden class of its own, some 250 bytes more a token and every read of one megamorphic (docs/scale.md).
  return {
    surface: token.surface,
    kind: token.kind,
    key: token.key,
    stem: token.stem,
    scaled: token.scaled,
    skeleton: token.kind === "word" ? skeletonOf(token.key, lang) : token.key,
  };
}

/**
 * Whether two tokens are the same anchor, and how alike: equal numbers or
 * addresses; identical words (names, acronyms, loan words); cognates.
 */
export function anchorMatch(s: Matchable, t: Matchable): [similarity: number, kind: AnchorMatch["kind"]] | undefined {
  if (s.kind !== t.kind) return undefined;
  if (s.kind !== "word") return s.key === t.key ? [1, s.kind === "number" ? "number" : "identical"] : undefined;
  if (s.key === t.key && (s.key.length >= 3 || /[\p{Lu}\p{N}]/u.test(s.surface))) return [1, "identical"];
  if (s.skeleton.length < 4) return undefined;
  if (Math.abs(t.skeleton.length - s.skeleton.length) > 0.5 * Math.max(t.skeleton.length, s.skeleton.length)) return undefined;
  // The letters one side lacks bound the edit distance: most pairs are told apart without it (a list of thousands of codes asks for every pair).
  if (!mayBeCognates(s.skeleton, t.skeleton, letterMask(s.skeleton), letterMask(t.skeleton))) return undefined;
  const sim = cognateSimilarity(s.skeleton, t.skeleton);
  return sim > 0 ? [sim, "cognate"] : undefined;
}

/**
 * The target numbers that are a source price converted at the lev's fixed rate to the euro, either way, to the
 * hundredth ("€49.99" / "97,77 лв."): the same amount, as the numbers check reads it. A shop's line of a price and
 * the old price beside it shared no figure with its translation and was left unaligned (stranger 117).
 */
function pegged(key: string, exact: ReadonlyMap<string, number>, add: (k: number) => void): void {
  const value = Number(key);
  if (!(value >= 1)) return;
  for (const converted of [value * LEV_PER_EURO, value / LEV_PER_EURO]) {
    const k = exact.get(`number:${String(Math.round(converted * 100) / 100)}`);
    if (k !== undefined) add(k);
  }
}

/**
 * Each source type's matches by spelling: those of source type s are found[starts[s]] .. found[starts[s + 1] - 1].
 * Flat, not an array of tuples per type: the cache holds them as long as the types live, to the review's end
 * (38 MB at 100,000 segments a side of text that never repeats).
 */
interface SurfaceMatches {
  readonly starts: Int32Array;
  readonly found: FoundMatches;
}

/** Matches by spelling per pair of type lists: the aligner's second pass and the review ask again with other dictionaries only. */
const surfaceCache = new WeakMap<readonly TokenType[], WeakMap<readonly TokenType[], SurfaceMatches>>();

/**
 * For each source type, the target types it matches by spelling: equal
 * numbers and addresses, identical words, cognates. Exact keys are looked
 * up; cognates are only compared within a bucket of skeletons sharing their
 * first two letters.
 */
function surfaceMatches(source: readonly TokenType[], target: readonly TokenType[]): SurfaceMatches {
  let inner = surfaceCache.get(source);
  if (!inner) {
    inner = new WeakMap();
    surfaceCache.set(source, inner);
  }
  const hit = inner.get(target);
  if (hit) return hit;
  const exact = new Map<string, number>();
  const lists = new Map<string, number[]>();
  target.forEach((t, k) => {
    if (t.phrase) return;
    exact.set(`${t.kind}:${t.key}`, k);
    if (t.kind === "word" && t.skeleton.length >= 2) {
      const b = t.skeleton.slice(0, 2);
      const list = lists.get(b);
      if (list) list.push(k);
      else lists.set(b, [k]);
    }
  });
  const buckets = new Map<string, Bucket>();
  for (const [b, ks] of lists) buckets.set(b, bucketOf(target, ks));
  const starts = new Int32Array(source.length + 1);
  const found = new FoundMatches();
  for (let s = 0; s < source.length; s++) {
    starts[s] = found.size;
    const st = source[s]!;
    if (st.phrase) continue;
    const same = exact.get(`${st.kind}:${st.key}`);
    const exactMatch = same === undefined ? undefined : anchorMatch(st, target[same]!);
    if (exactMatch?.[1] === "identical" || exactMatch?.[1] === "number" || st.kind !== "word") {
      if (exactMatch) found.add(s, same!, exactMatch[0], exactMatch[1]);
      else if (st.kind === "number") pegged(st.key, exact, (k) => found.add(s, k, 1, "number"));
      continue;
    }
    // Every inflected form that passes counts; each cell keeps the best one per source word.
    // In the bucket, a word matches only as a cognate (its own key, if there, was not identical above):
    // words too short, or too unlike by their letters, are passed over without comparing them.
    const sk = st.skeleton;
    const bucket = sk.length < 4 ? undefined : buckets.get(sk.slice(0, 2));
    if (!bucket) continue;
    const mask = letterMask(sk);
    const { ks, skeletons, masks } = bucket;
    for (let q = 0; q < ks.length; q++) {
      if (!mayBeCognates(sk, skeletons[q]!, mask, masks[q]!)) continue;
      const k = ks[q]!;
      const m = anchorMatch(st, target[k]!);
      if (m) found.add(s, k, m[0], m[1]);
    }
  }
  starts[source.length] = found.size;
  const result: SurfaceMatches = { starts, found };
  inner.set(target, result);
  return result;
}

/** Target words whose skeletons start with the same two letters, ascending, with their skeletons and letters side by side. */
interface Bucket {
  readonly ks: Int32Array;
  readonly skeletons: readonly string[];
  readonly masks: Int32Array;
}

function bucketOf(target: readonly TokenType[], ks: readonly number[]): Bucket {
  const skeletons = ks.map((k) => target[k]!.skeleton);
  return { ks: Int32Array.from(ks), skeletons, masks: Int32Array.from(skeletons, letterMask) };
}

/**
 * Pairs of matching types, side by side: source type, target type,
 * similarity, kind. Numbers in typed arrays, grown as needed (an array of
 * numbers would change its kind at the first similarity not a whole number,
 * and the code adding to it be compiled again).
 */
class FoundMatches {
  size = 0;
  source = new Int32Array(1024);
  target = new Int32Array(1024);
  similarity = new Float64Array(1024);
  readonly kind: AnchorMatch["kind"][] = [];

  add(s: number, k: number, sim: number, kind: AnchorMatch["kind"]): void {
    if (this.size === this.source.length) this.grow();
    this.source[this.size] = s;
    this.target[this.size] = k;
    this.similarity[this.size++] = sim;
    this.kind.push(kind);
  }

  private grow(): void {
    const source = new Int32Array(2 * this.size);
    const target = new Int32Array(2 * this.size);
    const similarity = new Float64Array(2 * this.size);
    source.set(this.source);
    target.set(this.target);
    similarity.set(this.similarity);
    this.source = source;
    this.target = target;
    this.similarity = similarity;
  }
}

/** Pairs of matching types; dictionary translations (by stem) first for each source type. In arrays, not a tuple each: a long pair has hundreds of thousands. */
function matchTypes(source: readonly TokenType[], target: readonly TokenType[], dictionary?: Dictionary): FoundMatches {
  const byStem = wordsByStem(target);
  const surface = surfaceMatches(source, target);
  const out = new FoundMatches();
  for (let s = 0; s < source.length; s++) {
    const st = source[s]!;
    const translations = st.kind === "word" ? dictionary?.lookup(st.stem) : undefined;
    if (translations) {
      for (const [stem, weight] of translations) {
        const ks = byStem.get(stem);
        if (ks) for (let q = 0; q < ks.length; q++) out.add(s, ks[q]!, weight, "lexicon");
      }
    }
    const { starts, found } = surface;
    for (let q = starts[s]!; q < starts[s + 1]!; q++) out.add(s, found.target[q]!, found.similarity[q]!, found.kind[q]!);
  }
  return out;
}

/** The word types of each stem, ascending. */
function wordsByStem(types: readonly TokenType[]): Map<string, number[]> {
  const byStem = new Map<string, number[]>();
  for (let k = 0; k < types.length; k++) {
    const t = types[k]!;
    if (t.kind !== "word") continue;
    const list = byStem.get(t.stem);
    if (list) list.push(k);
    else byStem.set(t.stem, [k]);
  }
  return byStem;
}
