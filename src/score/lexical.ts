import type { LanguageProfile } from "../lang/index.js";
import type { AnchorMatch } from "../types.js";
import { cognateSimilarity, skeleton } from "./cognates.js";
import type { Dictionary } from "../lang/dictionary.js";
import type { Token } from "./tokens.js";

interface TokenType {
  readonly key: string;
  readonly kind: Token["kind"];
  readonly surface: string;
  readonly skeleton: string;
  readonly stem: string;
  /** A multi-word dictionary entry found in the text: matched through the dictionary only. */
  readonly phrase: boolean;
  /** Segments holding the type, ascending. */
  readonly segments: number[];
}

/**
 * A type pair found in very many segment pairs of the cells searched says
 * little and costs much to expand: above this many pairs, it is left out when
 * it is also dense (more than `MAX_PAIR_DENSITY` target hits per source
 * occurrence). Density, not the count alone, decides on long documents, where
 * a word in one sentence of ten meets many pairs and still helps locally.
 */
const MAX_PAIR_EXPANSION = 4000;
const MAX_PAIR_DENSITY = 8;
const MIN_IDF = 0.1;

/**
 * The segment pairs evidence is laid out for: for source segment i, target
 * segments lo[i]..hi[i], numbered row by row (the aligner's `Band` is one).
 */
export interface CellSet {
  readonly n: number;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly size: number;
  index(i: number, j: number): number;
}

/** Every pair of an n x m table. */
function allCells(n: number, m: number): CellSet {
  const width = m + 1;
  return {
    n,
    lo: new Int32Array(n + 1),
    hi: new Int32Array(n + 1).fill(m),
    size: (n + 1) * width,
    index: (i, j) => (i < 0 || i > n || j < 0 || j > m ? -1 : i * width + j),
  };
}

/**
 * Lexical evidence that needs no dictionary, between every source and target
 * segment: shared numbers, identical tokens (names, acronyms, URLs) and
 * cognates. Each matched word pair weighs its similarity times an IDF factor,
 * so a "1" or a name repeated in every sentence pulls little, a rare one much.
 *
 * Evidence lives in flat arrays indexed like the search's cells (no object per
 * cell): a long document's band holds millions of them.
 */
export class LexicalTable {
  private readonly sourceTypes: TokenType[];
  private readonly targetTypes: TokenType[];
  /** Matched type pairs: [source type, target type, weight, kind]. */
  private readonly matches: Array<[number, number, number, AnchorMatch["kind"]]> = [];
  private readonly n: number;
  private readonly m: number;
  private cellsFor: CellSet | null = null;
  private filledAll = false;
  /** Evidence of each single pair (cell), for 1-1 links. */
  private pairEvidence = new Float64Array(0);
  /** Cell c's matches are entries cellStart[c] .. cellStart[c + 1] - 1: the best one per source type. */
  private cellStart = new Int32Array(1);
  private entryMatch = new Int32Array(0);

  constructor(sourceTokens: readonly Token[][], targetTokens: readonly Token[][], source: LanguageProfile, target: LanguageProfile, dictionary?: Dictionary) {
    this.sourceTypes = collectTypes(sourceTokens, source, dictionary?.sourcePhrases);
    this.targetTypes = collectTypes(targetTokens, target, dictionary?.targetPhrases);
    this.n = sourceTokens.length;
    this.m = targetTokens.length;
    const total = sourceTokens.length + targetTokens.length;
    for (const [s, t, sim, kind] of matchTypes(this.sourceTypes, this.targetTypes, dictionary)) {
      const st = this.sourceTypes[s]!;
      const tt = this.targetTypes[t]!;
      // A floor keeps anchors visible (and slightly useful) where IDF says nothing: one-sentence documents.
      this.matches.push([s, t, sim * Math.max(MIN_IDF, Math.log(total / (st.segments.length + tt.segments.length))), kind]);
    }
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
    const countIn = (typeStart: Int32Array, typeIds: Int32Array, from: number, to: number) => {
      const counts = new Map<number, number>();
      for (let x = typeStart[from]!; x < typeStart[to]!; x++) counts.set(typeIds[x]!, (counts.get(typeIds[x]!) ?? 0) + 1);
      return counts;
    };
    const sourceCounts = countIn(index.sourceStart, index.sourceIds, i0, i1);
    const targetCounts = countIn(index.targetStart, index.targetIds, j0, j1);
    const sum = new Map<number, [number, number, number]>();
    for (const [s, count] of sourceCounts) {
      if (count > maxCount) continue;
      for (let x = index.bySourceStart[s]!; x < index.bySourceStart[s + 1]!; x++) {
        const [, t, weight] = this.matches[index.bySource[x]!]!;
        if (targetCounts.get(t) !== count) continue;
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
    return [...sum.values()];
  }

  private occurrences?: {
    sourceStart: Int32Array; sourceIds: Int32Array; targetStart: Int32Array; targetIds: Int32Array;
    bySourceStart: Int32Array; bySource: Int32Array;
  };

  /** Types per segment and matches per source type, as flat lists (built on first use). */
  private occurrenceIndex(): NonNullable<LexicalTable["occurrences"]> {
    if (this.occurrences) return this.occurrences;
    const perSegment = (types: TokenType[], count: number): [Int32Array, Int32Array] => {
      const start = new Int32Array(count + 1);
      for (const t of types) for (const seg of t.segments) start[seg + 1]!++;
      for (let x = 0; x < count; x++) start[x + 1]! += start[x]!;
      const at = start.slice(0, count);
      const ids = new Int32Array(start[count]!);
      types.forEach((t, id) => { for (const seg of t.segments) ids[at[seg]!++] = id; });
      return [start, ids];
    };
    const [sourceStart, sourceIds] = perSegment(this.sourceTypes, this.n);
    const [targetStart, targetIds] = perSegment(this.targetTypes, this.m);
    const bySourceStart = new Int32Array(this.sourceTypes.length + 1);
    for (const [s] of this.matches) bySourceStart[s + 1]!++;
    for (let x = 0; x < this.sourceTypes.length; x++) bySourceStart[x + 1]! += bySourceStart[x]!;
    const at = bySourceStart.slice(0, this.sourceTypes.length);
    const bySource = new Int32Array(this.matches.length);
    this.matches.forEach(([s], k) => { bySource[at[s]!++] = k; });
    this.occurrences = { sourceStart, sourceIds, targetStart, targetIds, bySourceStart, bySource };
    return this.occurrences;
  }

  /**
   * Lays out the evidence for the segment pairs the search will look at
   * (all of them by default). Pairs outside `cells` read as sharing nothing.
   */
  fill(cells?: CellSet): void {
    if (cells ? this.cellsFor === cells : this.filledAll) return;
    const set = cells ?? allCells(this.n, this.m);
    this.cellsFor = set;
    this.filledAll = !cells;
    // Let the old layout go before the new one is built.
    this.pairEvidence = new Float64Array(0);
    this.cellStart = new Int32Array(1);
    this.entryMatch = new Int32Array(0);
    // Which occurrences of each match fall inside the cells: per source occurrence, a run of target occurrences.
    const counts = new Int32Array(set.size + 1);
    const runs: number[][] = [];
    for (let k = 0; k < this.matches.length; k++) {
      const [s, t] = this.matches[k]!;
      const si = this.sourceTypes[s]!.segments;
      const tj = this.targetTypes[t]!.segments;
      const run: number[] = [];
      let expansion = 0;
      for (const i of si) {
        if (i > set.n) break;
        const from = lowerBound(tj, set.lo[i]!);
        const to = lowerBound(tj, set.hi[i]! + 1);
        if (to > from) {
          run.push(i, from, to);
          expansion += to - from;
        }
      }
      if (expansion === 0 || (expansion > MAX_PAIR_EXPANSION && expansion > MAX_PAIR_DENSITY * (run.length / 3))) {
        runs.push([]);
        continue;
      }
      runs.push(run);
      for (let r = 0; r < run.length; r += 3) for (let q = run[r + 1]!; q < run[r + 2]!; q++) counts[set.index(run[r]!, tj[q]!) + 1]!++;
    }
    for (let c = 0; c < set.size; c++) counts[c + 1]! += counts[c]!;
    const start = counts;
    const fillAt = new Int32Array(start.subarray(0, set.size));
    const entries = new Int32Array(start[set.size]!);
    for (let k = 0; k < this.matches.length; k++) {
      const run = runs[k]!;
      const tj = this.targetTypes[this.matches[k]![1]]!.segments;
      for (let r = 0; r < run.length; r += 3) for (let q = run[r + 1]!; q < run[r + 2]!; q++) entries[fillAt[set.index(run[r]!, tj[q]!)]!++] = k;
    }
    // Keep the best match per source type in each cell (the first of equals), compacting in place.
    const pairEvidence = new Float64Array(set.size);
    let out = 0;
    for (let c = 0; c < set.size; c++) {
      const from = start[c]!;
      const to = start[c + 1]!;
      start[c] = out;
      const first = out;
      for (let e = from; e < to; e++) {
        const k = entries[e]!;
        const [s, , w] = this.matches[k]!;
        let at = -1;
        for (let x = first; x < out; x++) if (this.matches[entries[x]!]![0] === s) { at = x; break; }
        if (at < 0) entries[out++] = k;
        else if (this.matches[entries[at]!]![2] < w) entries[at] = k;
      }
      if (out > first) pairEvidence[c] = this.sumDistinctTargets(entries, first, out);
    }
    start[set.size] = out;
    this.cellStart = start;
    this.entryMatch = entries.subarray(0, out);
    this.pairEvidence = pairEvidence;
  }

  /** Drops the laid-out evidence (a long document's band holds hundreds of megabytes); `fill` lays it out again. */
  release(): void {
    this.cellsFor = null;
    this.filledAll = false;
    this.pairEvidence = new Float64Array(0);
    this.cellStart = new Int32Array(1);
    this.entryMatch = new Int32Array(0);
  }

  /** Evidence between source segment i and target segment j. */
  pair(i: number, j: number): number {
    if (this.cellsFor === null) this.fill();
    const c = this.cellsFor!.index(i, j);
    return c < 0 ? 0 : this.pairEvidence[c]!;
  }

  /** Evidence for a link of source [i0, i1) and target [j0, j1): each word counted once. */
  group(i0: number, i1: number, j0: number, j1: number): number {
    if (i1 - i0 === 1 && j1 - j0 === 1) return this.pair(i0, j0);
    if (this.cellsFor === null) this.fill();
    const set = this.cellsFor!;
    // Most candidate links share nothing: say so without building anything.
    let any = false;
    for (let i = i0; i < i1 && !any; i++) {
      for (let j = j0; j < j1; j++) {
        const c = set.index(i, j);
        if (c >= 0 && this.cellStart[c + 1]! > this.cellStart[c]!) { any = true; break; }
      }
    }
    if (!any) return 0;
    let sum = 0;
    for (const k of this.groupMatches(i0, i1, j0, j1)) sum += this.matches[k]![2];
    return sum;
  }

  /** At least `group`: the sum of the link's single-pair evidence (each word pair counts in its own cell at most once). */
  bound(i0: number, i1: number, j0: number, j1: number): number {
    if (this.cellsFor === null) this.fill();
    const set = this.cellsFor!;
    let sum = 0;
    for (let i = i0; i < i1; i++) {
      for (let j = j0; j < j1; j++) {
        const c = set.index(i, j);
        if (c >= 0) sum += this.pairEvidence[c]!;
      }
    }
    return sum;
  }

  /** The anchors behind `group`, readable. */
  anchors(i0: number, i1: number, j0: number, j1: number): AnchorMatch[] {
    return this.groupMatches(i0, i1, j0, j1).map((k) => {
      const [s, t, weight, kind] = this.matches[k]!;
      return { kind, source: this.sourceTypes[s]!.surface, target: this.targetTypes[t]!.surface, weight: round(weight) };
    });
  }

  /** Sum over distinct target types of their best weight among entries [from, to). */
  private sumDistinctTargets(entries: Int32Array, from: number, to: number): number {
    if (to - from === 1) return this.matches[entries[from]!]![2];
    const picked = dedupeTargets(Array.from(entries.subarray(from, to)), this.matches);
    let sum = 0;
    for (const k of picked) sum += this.matches[k]![2];
    return sum;
  }

  /** Matches (indices) of the link: the best per source type over its cells, then per target type. */
  private groupMatches(i0: number, i1: number, j0: number, j1: number): number[] {
    if (this.cellsFor === null) this.fill();
    const set = this.cellsFor!;
    const matches = this.matches;
    const best: number[] = [];
    for (let i = i0; i < i1; i++) {
      for (let j = j0; j < j1; j++) {
        const c = set.index(i, j);
        if (c < 0) continue;
        for (let e = this.cellStart[c]!; e < this.cellStart[c + 1]!; e++) {
          const k = this.entryMatch[e]!;
          const [s, , w] = matches[k]!;
          let at = -1;
          for (let x = 0; x < best.length; x++) if (matches[best[x]!]![0] === s) { at = x; break; }
          if (at < 0) best.push(k);
          else if (matches[best[at]!]![2] < w) best[at] = k;
        }
      }
    }
    return dedupeTargets(best, matches);
  }
}

/** First index in ascending `list` whose value is >= x. */
function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A target word matched by several source words counts once, at its best (the first of equals, in order of first appearance). */
function dedupeTargets(list: readonly number[], matches: ReadonlyArray<readonly [number, number, number, unknown]>): number[] {
  if (list.length < 2) return [...list];
  const best: number[] = [];
  for (const k of list) {
    const t = matches[k]![1];
    let at = -1;
    for (let x = 0; x < best.length; x++) if (matches[best[x]!]![1] === t) { at = x; break; }
    if (at < 0) best.push(k);
    else if (matches[best[at]!]![2] < matches[k]![2]) best[at] = k;
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Types per token list and phrase set: the aligner's second pass and the review see the same segments again. */
const typeCache = new WeakMap<readonly Token[][], Map<string, TokenType[]>>();

function collectTypes(tokens: readonly Token[][], lang: LanguageProfile, phrases?: ReadonlySet<string>): TokenType[] {
  const phraseKey = `${lang.code}\n${phrases?.size ? [...phrases].sort().join("\n") : ""}`;
  let cached = typeCache.get(tokens);
  if (!cached) typeCache.set(tokens, (cached = new Map()));
  const hit = cached.get(phraseKey);
  if (hit) return hit;
  const types = buildTypes(tokens, lang, phrases);
  cached.set(phraseKey, types);
  return types;
}

function buildTypes(tokens: readonly Token[][], lang: LanguageProfile, phrases?: ReadonlySet<string>): TokenType[] {
  const byKey = new Map<string, TokenType>();
  const add = (id: string, seg: number, make: () => TokenType) => {
    let type = byKey.get(id);
    if (!type) byKey.set(id, (type = make()));
    if (type.segments[type.segments.length - 1] !== seg) type.segments.push(seg);
  };
  // A phrase can only start at a word that starts one: most positions are skipped without building strings.
  const starts = new Set([...(phrases ?? [])].map((p) => p.slice(0, p.indexOf(" "))));
  tokens.forEach((list, seg) => {
    for (const tok of list) {
      add(`${tok.kind}:${tok.key}`, seg, () => ({
        key: tok.key, kind: tok.kind, surface: tok.surface, stem: tok.stem, phrase: false, segments: [],
        skeleton: tok.kind === "word" ? skeleton(lang.transliterate(tok.key)) : tok.key,
      }));
    }
    if (!phrases?.size) return;
    // Dictionary phrases ("human trafficking", "трафик на хора") present in the segment.
    const words = list.filter((t) => t.kind === "word");
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= words.length; i++) {
        if (!starts.has(words[i]!.stem)) continue;
        const span = words.slice(i, i + n);
        const stem = span.map((t) => t.stem).join(" ");
        if (!phrases.has(stem)) continue;
        const surface = span.map((t) => t.surface).join(" ");
        add(`phrase:${stem}`, seg, () => ({ key: stem, kind: "word", surface, stem, skeleton: "", phrase: true, segments: [] }));
      }
    }
  });
  return [...byKey.values()];
}

/** What matching needs to know of a token or a type. */
export interface Matchable {
  readonly kind: Token["kind"];
  readonly key: string;
  readonly surface: string;
  /** Spelling skeleton of the transliterated key (words only). */
  readonly skeleton: string;
  readonly stem: string;
}

export function matchable(token: Token, lang: LanguageProfile): Matchable {
  return { ...token, skeleton: token.kind === "word" ? skeleton(lang.transliterate(token.key)) : token.key };
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
  const sim = cognateSimilarity(s.skeleton, t.skeleton);
  return sim > 0 ? [sim, "cognate"] : undefined;
}

type SurfaceMatches = Array<Array<[number, number, AnchorMatch["kind"]]>>;

/** Matches by spelling per pair of type lists: the aligner's second pass and the review ask again with other dictionaries only. */
const surfaceCache = new WeakMap<TokenType[], WeakMap<TokenType[], SurfaceMatches>>();

/**
 * For each source type, the target types it matches by spelling: equal
 * numbers and addresses, identical words, cognates. Exact keys are looked
 * up; cognates are only compared within a bucket of skeletons sharing their
 * first two letters.
 */
function surfaceMatches(source: TokenType[], target: TokenType[]): SurfaceMatches {
  let inner = surfaceCache.get(source);
  if (!inner) surfaceCache.set(source, (inner = new WeakMap()));
  const hit = inner.get(target);
  if (hit) return hit;
  const exact = new Map<string, number>();
  const buckets = new Map<string, number[]>();
  target.forEach((t, k) => {
    if (t.phrase) return;
    exact.set(`${t.kind}:${t.key}`, k);
    if (t.kind === "word" && t.skeleton.length >= 2) {
      const b = t.skeleton.slice(0, 2);
      const list = buckets.get(b);
      if (list) list.push(k);
      else buckets.set(b, [k]);
    }
  });
  const result: SurfaceMatches = source.map((st) => {
    const found: Array<[number, number, AnchorMatch["kind"]]> = [];
    if (st.phrase) return found;
    const same = exact.get(`${st.kind}:${st.key}`);
    const exactMatch = same === undefined ? undefined : anchorMatch(st, target[same]!);
    if (exactMatch?.[1] === "identical" || exactMatch?.[1] === "number" || st.kind !== "word") {
      if (exactMatch) found.push([same!, ...exactMatch]);
      return found;
    }
    // Every inflected form that passes counts; each cell keeps the best one per source word.
    for (const k of buckets.get(st.skeleton.slice(0, 2)) ?? []) {
      const m = anchorMatch(st, target[k]!);
      if (m) found.push([k, ...m]);
    }
    return found;
  });
  inner.set(target, result);
  return result;
}

/** Pairs of matching types: [source type, target type, similarity, kind]; dictionary translations (by stem) first for each source type. */
function* matchTypes(source: TokenType[], target: TokenType[], dictionary?: Dictionary): Generator<[number, number, number, AnchorMatch["kind"]]> {
  const byStem = new Map<string, number[]>();
  target.forEach((t, k) => {
    if (t.kind !== "word") return;
    const list = byStem.get(t.stem);
    if (list) list.push(k);
    else byStem.set(t.stem, [k]);
  });
  const surface = surfaceMatches(source, target);
  for (let s = 0; s < source.length; s++) {
    const st = source[s]!;
    const translations = st.kind === "word" ? dictionary?.lookup(st.stem) : undefined;
    if (translations) {
      for (const [stem, weight] of translations) for (const k of byStem.get(stem) ?? []) yield [s, k, weight, "lexicon"];
    }
    for (const [k, sim, kind] of surface[s]!) yield [s, k, sim, kind];
  }
}
