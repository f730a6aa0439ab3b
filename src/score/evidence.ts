/**
 * Lexical evidence laid out over the segment pairs a stage reads: for each
 * pair (cell), the matches that fall in it, in flat arrays indexed like the
 * cells (no object per cell: a long document's band holds millions of them).
 * Built once from the matches and the cells, then only read; a stage that
 * needs other cells builds another and lets this one go.
 */

import { max, min, round as nearest } from "../math.js";
import type { AnchorMatch } from "../types.js";
import { type LexicalMatches, lowerBound } from "./matches.js";

/** Cells in rows: for each source position i (0..n), target positions lo[i]..hi[i], stored row by row. */
export class CellRows {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /**
   * Where each row's cells start. In 32 bits where they fit (always, for
   * cells a search reads: the loops index by whole numbers, not doubles);
   * every pair of two very long documents may not.
   */
  readonly rowStart: Int32Array | Float64Array;
  readonly size: number;

  constructor(
    readonly n: number,
    readonly m: number,
    lo: Int32Array,
    hi: Int32Array,
  ) {
    this.lo = lo;
    this.hi = hi;
    let acc = 0;
    for (let i = 0; i <= n; i++) acc += max(0, hi[i]! - lo[i]! + 1);
    this.rowStart = acc < 2 ** 31 ? new Int32Array(n + 2) : new Float64Array(n + 2);
    acc = 0;
    for (let i = 0; i <= n; i++) {
      this.rowStart[i] = acc;
      acc += max(0, hi[i]! - lo[i]! + 1);
    }
    this.rowStart[n + 1] = acc;
    this.size = acc;
  }

  /** Index of cell (i, j), or -1 outside the set. */
  index(i: number, j: number): number {
    if (i < 0 || i > this.n || j < this.lo[i]! || j > this.hi[i]!) return -1;
    return this.rowStart[i]! + j - this.lo[i]!;
  }
}

/** The segment pairs evidence is laid out for: for source segment i, target segments lo[i]..hi[i], numbered row by row. */
export type CellSet = CellRows;

/** Every pair of an n x m table. */
export function allCells(n: number, m: number): CellRows {
  return new CellRows(n, m, new Int32Array(n + 1), new Int32Array(n + 1).fill(m));
}

/**
 * A type pair found in very many segment pairs of the cells laid out says
 * little and costs much to expand: above this many pairs, it is left out when
 * it is also dense (more than `MAX_PAIR_DENSITY` target hits per source
 * occurrence). Density, not the count alone, decides on long documents, where
 * a word in one sentence of ten meets many pairs and still helps locally.
 * At 8, a manual whose sections are the same twelve sentences in another
 * order lost every word in the rough search's band (121 segments wide, ten
 * of each sentence in it): with no paragraph breaks to hold it, the path left
 * the diagonal 400 sentences before a passage left out (strict F1 0.84 to
 * 0.86); at 12 it holds (1.000), and the scale bench's pairs keep their links.
 */
const MAX_PAIR_EXPANSION = 4000;
const MAX_PAIR_DENSITY = 12;

/** Match lists a link's evidence is gathered in: reused from call to call (the search asks millions of times), grown as needed. */
let bestScratch = new Int32Array(64);
let distinctScratch = new Int32Array(64);

/**
 * Reductions to the best match per type (the first of equals, in order met)
 * look each match's type up among those kept so far. A few kept: a scan is
 * quickest. More (a line of thousands of codes, each matching its copy):
 * each type's place is remembered, so the reduction stays linear.
 */
const SCAN_AT_MOST = 24;

/** Where each type id was kept in the current reduction: stamped with the reduction's number, so nothing is cleared between reductions. */
export class TypeSlots {
  private stamp = new Int32Array(0);
  private slot = new Int32Array(0);
  private generation = 0;

  /** Starts a reduction over type ids below `size`. */
  begin(size: number): void {
    if (this.stamp.length < size) {
      this.stamp = new Int32Array(max(size, 2 * this.stamp.length));
      this.slot = new Int32Array(this.stamp.length);
      this.generation = 0;
    }
    if (++this.generation === 0x7fffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }

  /** The place type `id` was kept at in this reduction, or -1. */
  at(id: number): number {
    return this.stamp[id] === this.generation ? this.slot[id]! : -1;
  }

  keep(id: number, at: number): void {
    this.stamp[id] = this.generation;
    this.slot[id] = at;
  }
}

const sourceSlots = new TypeSlots();
const targetSlots = new TypeSlots();

/**
 * Matches `entries[from, to)` reduced to the best of each type
 * (`typeOf[k]`, below `types`; the first of equals, in order met), written
 * to `out` from `start` (which may be `entries` itself, at or before
 * `from`); returns where they end. With `slots`, each type's place is
 * remembered instead of scanned for: the same result, in linear time.
 */
export function bestPerType(
  typeOf: Int32Array,
  weight: Float64Array,
  entries: Int32Array,
  from: number,
  to: number,
  out: Int32Array,
  start: number,
  slots: TypeSlots | undefined,
  types: number,
): number {
  let end = start;
  slots?.begin(types);
  for (let e = from; e < to; e++) {
    const k = entries[e]!;
    const type = typeOf[k]!;
    let at = -1;
    if (slots) at = slots.at(type);
    else
      for (let x = start; x < end; x++)
        if (typeOf[out[x]!] === type) {
          at = x;
          break;
        }
    if (at < 0) {
      slots?.keep(type, end);
      out[end++] = k;
    } else if (weight[out[at]!]! < weight[k]!) out[at] = k;
  }
  return end;
}

export class LexicalEvidence {
  // Plain (not #private) fields: the search reads them millions of times, and V8 inlines plain property reads best.
  /** Evidence of each single pair (cell), for 1-1 links: read as pairEvidence[cellOf(i, j)] where the cell is laid out. */
  readonly pairEvidence: Float64Array;
  /** Cell c's matches are entries cellStart[c] .. cellStart[c + 1] - 1: the best one per source type. */
  private readonly cellStart: Int32Array;
  private readonly entryMatch: Int32Array;
  /** The cells' rows, read directly: `index` is the innermost call of the search. */
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private readonly rowStart: Int32Array | Float64Array;
  private readonly rows: number;

  private constructor(
    readonly matches: LexicalMatches,
    readonly cells: CellRows,
    pairEvidence: Float64Array,
    cellStart: Int32Array,
    entryMatch: Int32Array,
  ) {
    this.pairEvidence = pairEvidence;
    this.cellStart = cellStart;
    this.entryMatch = entryMatch;
    this.lo = cells.lo;
    this.hi = cells.hi;
    this.rowStart = cells.rowStart;
    this.rows = cells.n;
  }

  /** Lays out the matches over `cells` (every pair by default). Pairs outside `cells` read as sharing nothing. */
  static layOut(matches: LexicalMatches, cells: CellRows = allCells(matches.n, matches.m)): LexicalEvidence {
    const { counts, entries, total } = cellEntries(matches, cells);
    return LexicalEvidence.compact(matches, cells, counts, entries, total);
  }

  /** Keeps the best match per source type in each cell (the first of equals), in place; counts[c + 1] is where cell c's entries start. */
  private static compact(
    matches: LexicalMatches,
    cells: CellRows,
    counts: Int32Array,
    entries: Int32Array,
    total: number,
  ): LexicalEvidence {
    const { source, weight } = matches;
    const size = cells.size;
    const pairEvidence = new Float64Array(size);
    let out = 0;
    for (let c = 0; c < size; c++) {
      const from = counts[c + 1]!;
      const to = c + 1 < size ? counts[c + 2]! : total;
      counts[c] = out;
      const first = out;
      out = bestPerType(
        source,
        weight,
        entries,
        from,
        to,
        entries,
        out,
        to - from > SCAN_AT_MOST ? sourceSlots : undefined,
        matches.sourceTypes.length,
      );
      if (out - first === 1) pairEvidence[c] = weight[entries[first]!]!;
      else if (out > first) pairEvidence[c] = distinctTargetSum(matches, entries, first, out);
    }
    counts[size] = out;
    return new LexicalEvidence(matches, cells, pairEvidence, counts.subarray(0, size + 1), entries.subarray(0, out));
  }

  /** Index of cell (i, j) of the cells laid out, or -1. */
  private index(i: number, j: number): number {
    if (i < 0 || i > this.rows || j < this.lo[i]! || j > this.hi[i]!) return -1;
    return this.rowStart[i]! + j - this.lo[i]!;
  }

  /** Index of cell (i, j) of the cells laid out, or -1: where `pairEvidence` holds its evidence. */
  cellOf(i: number, j: number): number {
    return this.index(i, j);
  }

  /** Evidence between source segment i and target segment j. */
  pair(i: number, j: number): number {
    const c = this.index(i, j);
    return c < 0 ? 0 : this.pairEvidence[c]!;
  }

  /** Evidence for a link of source [i0, i1) and target [j0, j1): each word counted once. */
  group(i0: number, i1: number, j0: number, j1: number): number {
    if (i1 - i0 === 1 && j1 - j0 === 1) return this.pair(i0, j0);
    // Most candidate links share nothing: say so without gathering anything.
    const entries = this.entryCount(i0, i1, j0, j1);
    if (entries === 0) return 0;
    if (bestScratch.length < entries) bestScratch = new Int32Array(2 * entries);
    const count = this.gather(i0, i1, j0, j1, bestScratch, entries);
    const weight = this.matches.weight;
    if (count < 2) return 0 + weight[bestScratch[0]!]!;
    if (distinctScratch.length < count) distinctScratch = new Int32Array(2 * count);
    const distinct = distinctTargets(this.matches, bestScratch, 0, count, distinctScratch);
    let sum = 0;
    for (let x = 0; x < distinct; x++) sum += weight[distinctScratch[x]!]!;
    return sum;
  }

  /** At least `group`: the sum of the link's single-pair evidence (each word pair counts in its own cell at most once). */
  bound(i0: number, i1: number, j0: number, j1: number): number {
    const { lo, hi, rowStart, pairEvidence } = this;
    let sum = 0;
    // Row by row, over the part of each row laid out: the cells `index` finds, in the same order.
    for (let i = max(0, i0); i < i1 && i <= this.rows; i++) {
      const base = rowStart[i]! - lo[i]!;
      const to = min(j1 - 1, hi[i]!);
      for (let j = max(j0, lo[i]!); j <= to; j++) sum += pairEvidence[base + j]!;
    }
    return sum;
  }

  /** How many matches the cells of source [i0, i1) x target [j0, j1) hold in all. */
  private entryCount(i0: number, i1: number, j0: number, j1: number): number {
    const { lo, hi, rowStart, cellStart } = this;
    let entries = 0;
    for (let i = max(0, i0); i < i1 && i <= this.rows; i++) {
      const from = max(j0, lo[i]!);
      const to = min(j1 - 1, hi[i]!);
      if (to < from) continue;
      // A row's cells are consecutive: its entries are one run.
      const base = rowStart[i]! - lo[i]!;
      entries += cellStart[base + to + 1]! - cellStart[base + from]!;
    }
    return entries;
  }

  /** The anchors behind `group`, readable. */
  anchors(i0: number, i1: number, j0: number, j1: number): AnchorMatch[] {
    const { source, target, weight, kind, sourceTypes, targetTypes } = this.matches;
    const entries = this.entryCount(i0, i1, j0, j1);
    const best = new Int32Array(entries);
    const count = this.gather(i0, i1, j0, j1, best, entries);
    let picked = best.subarray(0, count);
    if (count >= 2) {
      const out = new Int32Array(count);
      picked = out.subarray(0, distinctTargets(this.matches, best, 0, count, out));
    }
    return Array.from(picked, (k) => ({
      kind: kind[k]!,
      source: sourceTypes[source[k]!]!.surface,
      target: targetTypes[target[k]!]!.surface,
      weight: round(weight[k]!),
    }));
  }

  /** The link's matches into `best`, the best per source type over its cells (the first of equals, in order met); returns how many. */
  private gather(i0: number, i1: number, j0: number, j1: number, best: Int32Array, entries: number): number {
    const { source, weight } = this.matches;
    // The link's entries in order, cell by cell, then reduced in place.
    let n = 0;
    for (let i = i0; i < i1; i++) {
      for (let j = j0; j < j1; j++) {
        const c = this.index(i, j);
        if (c < 0) continue;
        for (let e = this.cellStart[c]!; e < this.cellStart[c + 1]!; e++) best[n++] = this.entryMatch[e]!;
      }
    }
    return bestPerType(
      source,
      weight,
      best,
      0,
      n,
      best,
      0,
      entries > SCAN_AT_MOST ? sourceSlots : undefined,
      this.matches.sourceTypes.length,
    );
  }
}

interface MatchRuns {
  readonly runs: Int32Array;
  readonly runStart: Int32Array;
}

/**
 * Where each match falls among the cells, as runs: for each source segment
 * holding its source type, the range of its target type's segments inside
 * that row, as triples (row, from, to) in `runs`; match k's triples are
 * runs[runStart[k]] .. runs[runStart[k + 1] - 1]. Matches spread too thinly
 * (see MAX_PAIR_EXPANSION) get none.
 */
function matchRuns(matches: LexicalMatches, cells: CellRows): MatchRuns {
  const { source, target, sourceTypes, targetTypes } = matches;
  const { lo, hi } = cells;
  const K = matches.size;
  const runStart = new Int32Array(K + 1);
  let runs = new Int32Array(1024);
  let used = 0;
  for (let k = 0; k < K; k++) {
    const si = sourceTypes[source[k]!]!.segments;
    const tj = targetTypes[target[k]!]!.segments;
    const begin = used;
    let expansion = 0;
    let from = 0;
    let lastLo = -1;
    for (let x = 0; x < si.length; x++) {
      const i = si[x]!;
      if (i > cells.n) break;
      // Rows mostly move right: search on from the last row's start when they do.
      from = lo[i]! >= lastLo ? lowerBoundFrom(tj, lo[i]!, from) : lowerBound(tj, lo[i]!);
      lastLo = lo[i]!;
      const to = lowerBoundFrom(tj, hi[i]! + 1, from);
      if (to > from) {
        if (used + 3 > runs.length) {
          const grown = new Int32Array(runs.length * 2);
          grown.set(runs);
          runs = grown;
        }
        runs[used++] = i;
        runs[used++] = from;
        runs[used++] = to;
        expansion += to - from;
      }
    }
    if (expansion === 0 || (expansion > MAX_PAIR_EXPANSION && expansion > MAX_PAIR_DENSITY * ((used - begin) / 3))) used = begin;
    runStart[k + 1] = used;
  }
  return { runs: runs.subarray(0, used), runStart };
}

/**
 * Each cell's matches, ascending, in one array: counted per cell, then filled
 * from the back with matches in descending order. On return counts[c + 1] is
 * where cell c's entries start (it was where they end).
 */
function cellEntries(matches: LexicalMatches, cells: CellRows): { counts: Int32Array; entries: Int32Array; total: number } {
  const runs = matchRuns(matches, cells);
  const size = cells.size;
  const counts = new Int32Array(size + 2);
  countEntries(matches, cells, runs, counts);
  runningSum(counts, size);
  const total = counts[size]!;
  const entries = new Int32Array(total);
  fillEntries(matches, cells, runs, counts, entries);
  return { counts, entries, total };
}

/** counts[c + 1] += counts[c] for c below `size`, in order. */
function runningSum(counts: Int32Array, size: number): void {
  for (let c = 0; c < size; c++) counts[c + 1]! += counts[c]!;
}

/** How many matches each cell c holds, into counts[c + 1]. (Each loop of the layout is a function of its own: V8 compiles it once.) */
function countEntries(matches: LexicalMatches, cells: CellRows, { runs, runStart }: MatchRuns, counts: Int32Array): void {
  const { target, targetTypes } = matches;
  const { lo, rowStart } = cells;
  const K = matches.size;
  for (let k = 0; k < K; k++) {
    const tj = targetTypes[target[k]!]!.segments;
    for (let r = runStart[k]!; r < runStart[k + 1]!; r += 3) {
      const base = rowStart[runs[r]!]! - lo[runs[r]!]! + 1;
      for (let q = runs[r + 1]!; q < runs[r + 2]!; q++) counts[base + tj[q]!]!++;
    }
  }
}

/** Each cell's matches into `entries`, filled from the back with matches in descending order (counts[c + 1], where cell c's entries end, moves to where they start). */
function fillEntries(
  matches: LexicalMatches,
  cells: CellRows,
  { runs, runStart }: MatchRuns,
  counts: Int32Array,
  entries: Int32Array,
): void {
  const { target, targetTypes } = matches;
  const { lo, rowStart } = cells;
  for (let k = matches.size - 1; k >= 0; k--) {
    const tj = targetTypes[target[k]!]!.segments;
    for (let r = runStart[k]!; r < runStart[k + 1]!; r += 3) {
      const base = rowStart[runs[r]!]! - lo[runs[r]!]! + 1;
      for (let q = runs[r + 1]!; q < runs[r + 2]!; q++) entries[--counts[base + tj[q]!]!] = k;
    }
  }
}

/** `lowerBound(list, x)` when it is known to be at least `from`: gallops from there. */
function lowerBoundFrom(list: Int32Array, x: number, from: number): number {
  if (from >= list.length || list[from]! >= x) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < list.length && list[hi]! < x) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  hi = min(hi, list.length);
  // list[lo] < x, and list[hi] >= x or hi is the end.
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sum over distinct target types of their best weight among entries [from, to). */
function distinctTargetSum(matches: LexicalMatches, entries: Int32Array, from: number, to: number): number {
  if (distinctScratch.length < to - from) distinctScratch = new Int32Array(2 * (to - from));
  const count = distinctTargets(matches, entries, from, to, distinctScratch);
  let sum = 0;
  for (let x = 0; x < count; x++) sum += matches.weight[distinctScratch[x]!]!;
  return sum;
}

/**
 * A target word matched by several source words counts once, at its best
 * (the first of equals, in order of first appearance): the matches
 * picked[from..to) reduced so into `out`; returns how many.
 */
function distinctTargets(matches: LexicalMatches, picked: Int32Array, from: number, to: number, out: Int32Array): number {
  const { target, weight } = matches;
  return bestPerType(
    target,
    weight,
    picked,
    from,
    to,
    out,
    0,
    to - from > SCAN_AT_MOST ? targetSlots : undefined,
    matches.targetTypes.length,
  );
}

function round(x: number): number {
  return nearest(x * 1000) / 1000;
}
