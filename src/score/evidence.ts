/**
 * Lexical evidence laid out over the segment pairs a stage reads: for each
 * pair (cell), the matches that fall in it, in flat arrays indexed like the
 * cells (no object per cell: a long document's band holds millions of them).
 * Built once from the matches and the cells, then only read; a stage that
 * needs other cells builds another and lets this one go.
 */
import type { AnchorMatch } from "../types.js";
import { type LexicalMatches, lowerBound, type TypeMatch } from "./matches.js";

/**
 * The segment pairs evidence is laid out for: for source segment i, target
 * segments lo[i]..hi[i], numbered row by row.
 */
export interface CellSet {
  readonly n: number;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly size: number;
  /** Index of cell (i, j), or -1 outside the set. */
  index(i: number, j: number): number;
}

/** Cells in rows: for each source position i (0..n), target positions lo[i]..hi[i], stored row by row. */
export class CellRows implements CellSet {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly rowStart: Float64Array;
  readonly size: number;

  constructor(
    readonly n: number,
    readonly m: number,
    lo: Int32Array,
    hi: Int32Array,
  ) {
    this.lo = lo;
    this.hi = hi;
    this.rowStart = new Float64Array(n + 2);
    let acc = 0;
    for (let i = 0; i <= n; i++) {
      this.rowStart[i] = acc;
      acc += Math.max(0, hi[i]! - lo[i]! + 1);
    }
    this.rowStart[n + 1] = acc;
    this.size = acc;
  }

  index(i: number, j: number): number {
    if (i < 0 || i > this.n || j < this.lo[i]! || j > this.hi[i]!) return -1;
    return this.rowStart[i]! + j - this.lo[i]!;
  }
}

/** Every pair of an n x m table. */
export function allCells(n: number, m: number): CellSet {
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
 * A type pair found in very many segment pairs of the cells laid out says
 * little and costs much to expand: above this many pairs, it is left out when
 * it is also dense (more than `MAX_PAIR_DENSITY` target hits per source
 * occurrence). Density, not the count alone, decides on long documents, where
 * a word in one sentence of ten meets many pairs and still helps locally.
 */
const MAX_PAIR_EXPANSION = 4000;
const MAX_PAIR_DENSITY = 8;

export class LexicalEvidence {
  /** Evidence of each single pair (cell), for 1-1 links. */
  readonly #pairEvidence: Float64Array;
  /** Cell c's matches are entries cellStart[c] .. cellStart[c + 1] - 1: the best one per source type. */
  readonly #cellStart: Int32Array;
  readonly #entryMatch: Int32Array;

  private constructor(
    readonly matches: LexicalMatches,
    readonly cells: CellSet,
    pairEvidence: Float64Array,
    cellStart: Int32Array,
    entryMatch: Int32Array,
  ) {
    this.#pairEvidence = pairEvidence;
    this.#cellStart = cellStart;
    this.#entryMatch = entryMatch;
  }

  /** Lays out the matches over `cells` (every pair by default). Pairs outside `cells` read as sharing nothing. */
  static layOut(matches: LexicalMatches, cells: CellSet = allCells(matches.n, matches.m)): LexicalEvidence {
    const list = matches.list;
    // Which occurrences of each match fall inside the cells: per source occurrence, a run of target occurrences.
    const counts = new Int32Array(cells.size + 1);
    const runs: number[][] = [];
    for (let k = 0; k < list.length; k++) {
      const [s, t] = list[k]!;
      const si = matches.sourceTypes[s]!.segments;
      const tj = matches.targetTypes[t]!.segments;
      const run: number[] = [];
      let expansion = 0;
      for (const i of si) {
        if (i > cells.n) break;
        const from = lowerBound(tj, cells.lo[i]!);
        const to = lowerBound(tj, cells.hi[i]! + 1);
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
      for (let r = 0; r < run.length; r += 3) for (let q = run[r + 1]!; q < run[r + 2]!; q++) counts[cells.index(run[r]!, tj[q]!) + 1]!++;
    }
    for (let c = 0; c < cells.size; c++) counts[c + 1]! += counts[c]!;
    const start = counts;
    const fillAt = new Int32Array(start.subarray(0, cells.size));
    const entries = new Int32Array(start[cells.size]!);
    for (let k = 0; k < list.length; k++) {
      const run = runs[k]!;
      const tj = matches.targetTypes[list[k]![1]]!.segments;
      for (let r = 0; r < run.length; r += 3)
        for (let q = run[r + 1]!; q < run[r + 2]!; q++) entries[fillAt[cells.index(run[r]!, tj[q]!)]!++] = k;
    }
    // Keep the best match per source type in each cell (the first of equals), compacting in place.
    const pairEvidence = new Float64Array(cells.size);
    let out = 0;
    for (let c = 0; c < cells.size; c++) {
      const from = start[c]!;
      const to = start[c + 1]!;
      start[c] = out;
      const first = out;
      for (let e = from; e < to; e++) {
        const k = entries[e]!;
        const [s, , w] = list[k]!;
        let at = -1;
        for (let x = first; x < out; x++)
          if (list[entries[x]!]![0] === s) {
            at = x;
            break;
          }
        if (at < 0) entries[out++] = k;
        else if (list[entries[at]!]![2] < w) entries[at] = k;
      }
      if (out > first) pairEvidence[c] = sumDistinctTargets(list, entries, first, out);
    }
    start[cells.size] = out;
    return new LexicalEvidence(matches, cells, pairEvidence, start, entries.subarray(0, out));
  }

  /** Evidence between source segment i and target segment j. */
  pair(i: number, j: number): number {
    const c = this.cells.index(i, j);
    return c < 0 ? 0 : this.#pairEvidence[c]!;
  }

  /** Evidence for a link of source [i0, i1) and target [j0, j1): each word counted once. */
  group(i0: number, i1: number, j0: number, j1: number): number {
    if (i1 - i0 === 1 && j1 - j0 === 1) return this.pair(i0, j0);
    const cells = this.cells;
    // Most candidate links share nothing: say so without building anything.
    let any = false;
    for (let i = i0; i < i1 && !any; i++) {
      for (let j = j0; j < j1; j++) {
        const c = cells.index(i, j);
        if (c >= 0 && this.#cellStart[c + 1]! > this.#cellStart[c]!) {
          any = true;
          break;
        }
      }
    }
    if (!any) return 0;
    let sum = 0;
    for (const k of this.groupMatches(i0, i1, j0, j1)) sum += this.matches.list[k]![2];
    return sum;
  }

  /** At least `group`: the sum of the link's single-pair evidence (each word pair counts in its own cell at most once). */
  bound(i0: number, i1: number, j0: number, j1: number): number {
    const cells = this.cells;
    let sum = 0;
    for (let i = i0; i < i1; i++) {
      for (let j = j0; j < j1; j++) {
        const c = cells.index(i, j);
        if (c >= 0) sum += this.#pairEvidence[c]!;
      }
    }
    return sum;
  }

  /** The anchors behind `group`, readable. */
  anchors(i0: number, i1: number, j0: number, j1: number): AnchorMatch[] {
    const { list, sourceTypes, targetTypes } = this.matches;
    return this.groupMatches(i0, i1, j0, j1).map((k) => {
      const [s, t, weight, kind] = list[k]!;
      return { kind, source: sourceTypes[s]!.surface, target: targetTypes[t]!.surface, weight: round(weight) };
    });
  }

  /** Matches (indices) of the link: the best per source type over its cells, then per target type. */
  private groupMatches(i0: number, i1: number, j0: number, j1: number): number[] {
    const cells = this.cells;
    const list = this.matches.list;
    const best: number[] = [];
    for (let i = i0; i < i1; i++) {
      for (let j = j0; j < j1; j++) {
        const c = cells.index(i, j);
        if (c < 0) continue;
        for (let e = this.#cellStart[c]!; e < this.#cellStart[c + 1]!; e++) {
          const k = this.#entryMatch[e]!;
          const [s, , w] = list[k]!;
          let at = -1;
          for (let x = 0; x < best.length; x++)
            if (list[best[x]!]![0] === s) {
              at = x;
              break;
            }
          if (at < 0) best.push(k);
          else if (list[best[at]!]![2] < w) best[at] = k;
        }
      }
    }
    return dedupeTargets(best, list);
  }
}

/** Sum over distinct target types of their best weight among entries [from, to). */
function sumDistinctTargets(list: readonly TypeMatch[], entries: Int32Array, from: number, to: number): number {
  if (to - from === 1) return list[entries[from]!]![2];
  let sum = 0;
  for (const k of dedupeTargets(Array.from(entries.subarray(from, to)), list)) sum += list[k]![2];
  return sum;
}

/** A target word matched by several source words counts once, at its best (the first of equals, in order of first appearance). */
function dedupeTargets(picked: readonly number[], list: readonly TypeMatch[]): number[] {
  if (picked.length < 2) return [...picked];
  const best: number[] = [];
  for (const k of picked) {
    const t = list[k]![1];
    let at = -1;
    for (let x = 0; x < best.length; x++)
      if (list[best[x]!]![1] === t) {
        at = x;
        break;
      }
    if (at < 0) best.push(k);
    else if (list[best[at]!]![2] < list[k]![2]) best[at] = k;
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
