import { Band } from "./band.js";

/** A pair of segments that very likely belong together: [source, target, weight]. */
export type Anchor = readonly [i: number, j: number, weight: number];

/**
 * The monotonic chain of anchors with the most weight (weighted longest
 * increasing subsequence, O(k log k) with a Fenwick tree over targets).
 * Anchors off the chain contradict the others and are dropped.
 */
export function anchorChain(anchors: readonly Anchor[], m: number): Anchor[] {
  const sorted = [...anchors].sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const size = m + 2;
  const best = new Float64Array(size + 1);
  const from = new Int32Array(size + 1).fill(-1);
  const score = new Float64Array(sorted.length);
  const prev = new Int32Array(sorted.length).fill(-1);
  const query = (j: number): [number, number] => {
    let value = 0;
    let at = -1;
    for (let x = j; x > 0; x -= x & -x) if (best[x]! > value) { value = best[x]!; at = from[x]!; }
    return [value, at];
  };
  const update = (j: number, value: number, at: number) => {
    for (let x = j; x <= size; x += x & -x) if (best[x]! < value) { best[x] = value; from[x] = at; }
  };
  // Process equal source positions together so a row cannot chain to itself.
  let k = 0;
  while (k < sorted.length) {
    let end = k;
    while (end < sorted.length && sorted[end]![0] === sorted[k]![0]) end++;
    for (let q = k; q < end; q++) {
      const [value, at] = query(sorted[q]![1]); // targets strictly smaller (1-based index j means target j-1 and below)
      score[q] = value + sorted[q]![2];
      prev[q] = at;
    }
    for (let q = k; q < end; q++) update(sorted[q]![1] + 1, score[q]!, q);
    k = end;
  }
  let top = -1;
  for (let q = 0; q < sorted.length; q++) if (top < 0 || score[q]! > score[top]!) top = q;
  const chain: Anchor[] = [];
  for (let q = top; q >= 0; q = prev[q]!) chain.push(sorted[q]!);
  return chain.reverse();
}

/**
 * A band around the path the anchors suggest: straight between anchors,
 * `base` cells either side, wider where anchors are far apart or where the
 * two sides' gaps differ (an omission between two anchors moves the path off
 * the straight line by up to that difference).
 */
export function guideBand(n: number, m: number, chain: readonly Anchor[], base: number): Band {
  const points: Array<[number, number]> = [[0, 0]];
  for (const [i, j] of chain) {
    const last = points[points.length - 1]!;
    if (i > last[0] && j > last[1] && i < n && j < m) points.push([i, j]);
  }
  points.push([n, m]);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let seg = 0;
  for (let i = 0; i <= n; i++) {
    while (seg < points.length - 2 && i > points[seg + 1]![0]) seg++;
    const [i0, j0] = points[seg]!;
    const [i1, j1] = points[seg + 1]!;
    const span = Math.max(1, i1 - i0);
    const centre = j0 + ((i - i0) * (j1 - j0)) / span;
    const skew = Math.abs((j1 - j0) - (i1 - i0));
    const width = base + skew + 0.25 * Math.min(i - i0, i1 - i);
    lo[i] = Math.max(0, Math.floor(centre - width));
    hi[i] = Math.min(m, Math.ceil(centre + width));
  }
  lo[0] = 0;
  hi[n] = m;
  // Rows must overlap enough for any link shape to connect them.
  for (let i = 1; i <= n; i++) {
    if (lo[i]! > hi[i - 1]! + 1) lo[i] = hi[i - 1]! + 1 > m ? m : hi[i - 1]! + 1;
    if (hi[i]! < lo[i]!) hi[i] = lo[i]!;
  }
  for (let i = n - 1; i >= 0; i--) if (hi[i]! < lo[i + 1]! - 1) hi[i] = lo[i + 1]! - 1;
  return new Band(n, m, lo, hi);
}

/** Whether a path runs within `margin` cells of a band edge that is not the table's own edge. */
export function touchesEdge(band: Band, path: ReadonlyArray<readonly [number, number, number, number]>, margin: number): boolean {
  for (const [i, a, j, b] of path) {
    for (const [x, y] of [[i, j], [i + a, j + b]] as const) {
      if (band.lo[x]! > 0 && y - band.lo[x]! < margin) return true;
      if (band.hi[x]! < band.m && band.hi[x]! - y < margin) return true;
    }
  }
  return false;
}
