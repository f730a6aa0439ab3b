import { ceil, INFINITY, max, min, sqrt } from "../math.js";
import type { BlockVectors } from "../score/matches.js";
import type { Anchor, CoarseGuide } from "./guide.js";

/** Segments a side below which a pair gets no coarse path: the tracking's own windows reach across such a pair. */
export const COARSE_MIN = 2048;
/** Segments a source block holds at least, and the cells of the coarse lattice at most (blocks grow with the pair to stay under it). */
const BLOCK_MIN = 64;
const COARSE_CELLS = 1_000_000;
/** Dimensions a block's vector has: types are hashed into them. */
export const COARSE_DIMS = 256;
/**
 * Steps per block on the target side: a source block is compared with the
 * target's block-long windows starting every quarter of a block. On whole
 * blocks, a translation that starts 40 % of a block off the grid (a gap of
 * 4,030 sentences before it) scored lower than the same text in a copy that
 * happened to fall on the grid, and the path took the copy.
 */
const STEPS = 4;
/**
 * What leaving a block of one side unlinked costs, against 1 - similarity for
 * linking two: a block and its translation (a cosine of 0.3 and up) cost less
 * linked than left out on both sides, two unrelated ones (near 0) more.
 */
const BLOCK_GAP = 0.4;
/**
 * What starting a passage left out costs, on top: one long passage left out
 * is what a translation has, not many short ones with a few links between.
 * Without it the same steps of a manual's other chapters, linked inside a
 * chapter the translation left out, broke one gap into five.
 */
const GAP_OPEN = 1;
/**
 * What the path pays for each pin (a word or number found once in each text,
 * `corroborated`) it does not pass: a block left out, or linked to target
 * steps more than a step away from the pin's. Where the blocks are alike (a
 * manual's chapters of the same four steps in a cycle), the pins are what
 * says where the texts meet; where there are none, the blocks do.
 */
const PIN_MISSED = 4;
/** Blocks linked, as a share of the shorter side's, below which the coarse path says nothing: the texts are not one translation. */
const COARSE_LINKED = 0.5;
/**
 * The median cosine of the path's links below which it says nothing either:
 * a path through two unrelated texts still finds links, of 0.1 to 0.45 (the
 * best of many offsets), where a translation's blocks score 0.45 and up.
 */
const COARSE_SIMILAR = 0.4;

function median(values: number[]): number {
  const sorted = values.sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[sorted.length >> 1]!;
}

/** A source block and the target segments it is linked to: [block, first target segment, one past the last, their cosine]. */
export type BlockLink = readonly [block: number, j0: number, j1: number, similarity: number];

/** The source block size for a pair of n and m segments (a multiple of STEPS). */
export function blockSize(n: number, m: number): number {
  return STEPS * ceil(max(BLOCK_MIN, sqrt((n * m * STEPS) / COARSE_CELLS)) / STEPS);
}

/**
 * Blocks either side whose mean a block's vector is taken less: what the
 * blocks around have too (a manual's warning after each step, its chapters'
 * same steps, the words of any sentence) says nothing about where a block
 * belongs. Less the whole side's mean, a manual's blocks were all alike
 * beside the news around them, and a block's translation scored no higher
 * than any other chapter's.
 */
const LOCAL = 8;

/** Each block's vector less the mean of the blocks within LOCAL of it, at unit length. */
function centred(values: Float32Array, count: number, dims: number): Float32Array {
  const out = new Float32Array(count * dims);
  const sums = new Float64Array((count + 1) * dims);
  for (let b = 0; b < count; b++) for (let d = 0; d < dims; d++) sums[(b + 1) * dims + d] = sums[b * dims + d]! + values[b * dims + d]!;
  for (let b = 0; b < count; b++) {
    const lo = max(0, b - LOCAL);
    const hi = min(count, b + LOCAL + 1);
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      const v = values[b * dims + d]! - (sums[hi * dims + d]! - sums[lo * dims + d]!) / (hi - lo);
      out[b * dims + d] = v;
      norm += v * v;
    }
    const scale = norm > 0 ? 1 / sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) out[b * dims + d]! *= scale;
  }
  return out;
}

/** Target steps a source block is linked to, fewest and most: a translation from half as long to twice as long, counted in segments. */
const LINK_MIN = 2;
const LINK_MAX = 2 * STEPS;

/**
 * The cheapest monotonic path through the lattice of source blocks and
 * target steps (a quarter of a block each): a source block either linked to
 * the target's next LINK_MIN to LINK_MAX steps (cost 1 - cosine of its
 * vector and theirs, each less the mean around it; a side may split its
 * sentences more often than the other) or left out (BLOCK_GAP), and each
 * target step either linked or left out (a quarter of BLOCK_GAP). The links
 * it makes, in order. Every cell is searched, so a passage left out or added
 * anywhere, of any length, is seen where words found once in each text are
 * too few to hold the tracking (the same news in three sets of figures, a
 * manual's chapters each drawn from the same few steps). A block is a bag
 * of words: chapters that are the same sentences in another order look alike.
 */
export function coarsePath(source: BlockVectors, target: BlockVectors, pins: readonly Anchor[] = []): BlockLink[] {
  const N = source.count;
  const M = target.count;
  const s = centred(source.values, N, source.dims);
  const windows = new TargetWindows(target);
  const pinned = pinsByBlock(pins, source.size, N, target.size, M);
  const W = M + 1;
  // The cheapest way to each cell ending in a link, a source block left out, a target step left out (L, S, T), and for
  // each the state it came from; a link's also how many steps it took (state + 3 * steps).
  const from = [new Int8Array((N + 1) * W), new Int8Array((N + 1) * W), new Int8Array((N + 1) * W)] as const;
  let prev = [new Float64Array(W), new Float64Array(W), new Float64Array(W)] as const;
  let row = [new Float64Array(W), new Float64Array(W), new Float64Array(W)] as const;
  const never = +INFINITY;
  const before = new Int32Array(M + 1);
  prev[1][0] = never;
  prev[2][0] = never;
  for (let y = 1; y <= M; y++) {
    prev[0][y] = never;
    prev[1][y] = never;
    prev[2][y] = GAP_OPEN + (y * BLOCK_GAP) / STEPS;
    from[2][y] = y === 1 ? 0 : 2;
  }
  for (let x = 1; x <= N; x++) {
    const [L0, S0, T0] = prev;
    const [L, S, T] = row;
    L[0] = never;
    T[0] = never;
    S[0] = GAP_OPEN + x * BLOCK_GAP;
    from[1][x * W] = x === 1 ? 0 : 1;
    windows.against(s, (x - 1) * source.dims);
    const pinsFrom = pinned.start[x - 1]!;
    const pinsTo = pinned.start[x]!;
    // The block's pins before each target step: those a link misses are then two reads, however many the block has.
    before.fill(0);
    for (let q = pinsFrom; q < pinsTo; q++) before[pinned.step[q]! + 1]!++;
    for (let y = 1; y <= M; y++) before[y]! += before[y - 1]!;
    for (let y = 1; y <= M; y++) {
      const c = x * W + y;
      // A source block left out: a gap opened here, or one going on.
      let best = S0[y]!;
      let how = 1;
      if (L0[y]! + GAP_OPEN < best) {
        best = L0[y]! + GAP_OPEN;
        how = 0;
      }
      if (T0[y]! + GAP_OPEN < best) {
        best = T0[y]! + GAP_OPEN;
        how = 2;
      }
      S[y] = best + BLOCK_GAP + PIN_MISSED * (pinsTo - pinsFrom);
      from[1][c] = how;
      // A target step left out.
      best = T[y - 1]!;
      how = 2;
      if (L[y - 1]! + GAP_OPEN < best) {
        best = L[y - 1]! + GAP_OPEN;
        how = 0;
      }
      if (S[y - 1]! + GAP_OPEN < best) {
        best = S[y - 1]! + GAP_OPEN;
        how = 1;
      }
      T[y] = best + BLOCK_GAP / STEPS + PIN_MISSED * pinned.perStep[y - 1]!;
      from[2][c] = how;
      // The block linked to the k steps before y.
      best = never;
      how = 0;
      for (let k = LINK_MIN; k <= LINK_MAX && k <= y; k++) {
        const w = y - k;
        // Per block of text on the two sides: a link of more steps leaves fewer to leave out, so it costs as much more.
        let cost = (1 - windows.cosine(w, y)) * (0.5 + k / (2 * STEPS));
        // A pin of the block whose target lies more than a step outside the link's.
        if (pinsTo > pinsFrom) cost += PIN_MISSED * (before[max(0, w - 1)]! + pinsTo - pinsFrom - before[min(M, y + 1)]!);
        if (L0[w]! + cost < best) {
          best = L0[w]! + cost;
          how = 3 * k;
        }
        if (S0[w]! + cost < best) {
          best = S0[w]! + cost;
          how = 3 * k + 1;
        }
        if (T0[w]! + cost < best) {
          best = T0[w]! + cost;
          how = 3 * k + 2;
        }
      }
      L[y] = best;
      from[0][c] = how;
    }
    row = prev;
    prev = [L, S, T];
  }
  const last = prev[0][M]! <= min(prev[1][M]!, prev[2][M]!) ? 0 : prev[1][M]! <= prev[2][M]! ? 1 : 2;
  return traced(from, N, M, last, (x, w, y) => [x, w * target.size, y * target.size, windows.cosineOf(s, x * source.dims, w, y)]);
}

/** The links of the path that ends at (N, M) in state `last`, read back through `from` (`coarsePath`'s), each made by `link`. */
function traced(
  from: readonly [Int8Array, Int8Array, Int8Array],
  N: number,
  M: number,
  last: number,
  link: (block: number, w: number, y: number) => BlockLink,
): BlockLink[] {
  const W = M + 1;
  const links: BlockLink[] = [];
  let x = N;
  let y = M;
  let state = last;
  while (x > 0 || y > 0) {
    const how = from[state as 0 | 1 | 2][x * W + y]!;
    if (state === 1) x--;
    else if (state === 2) y--;
    else {
      const k = (how / 3) | 0;
      links.push(link(x - 1, y - k, y));
      x--;
      y -= k;
    }
    state = how % 3;
  }
  return links.reverse();
}

/**
 * The target's windows of steps, each less the mean of the steps around it,
 * read as differences of sums from the start: a source block's cosine with
 * every window of a row is then four reads of its products with the sums
 * (`against`, once a row).
 */
class TargetWindows {
  readonly #dims: number;
  readonly #count: number;
  /** The steps' vectors summed from the start. */
  readonly #sums: Float64Array;
  /** One over the length of each window less its local mean: k steps from w at [(k - 1) * count + w]. */
  readonly #scale: Float64Array;
  /** A source block's products with the sums. */
  readonly #toSums: Float64Array;

  constructor(target: BlockVectors) {
    const { count: M, dims } = target;
    this.#dims = dims;
    this.#count = M;
    const sums = new Float64Array((M + 1) * dims);
    for (let y = 0; y < M; y++)
      for (let d = 0; d < dims; d++) sums[(y + 1) * dims + d] = sums[y * dims + d]! + target.values[y * dims + d]!;
    this.#sums = sums;
    this.#scale = new Float64Array(LINK_MAX * M);
    const v = new Float64Array(dims);
    for (let k = 1; k <= LINK_MAX; k++)
      for (let w = 0; w + k <= M; w++) {
        this.#window(w, w + k, v);
        let norm = 0;
        for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!;
        this.#scale[(k - 1) * M + w] = norm > 0 ? 1 / sqrt(norm) : 0;
      }
    this.#toSums = new Float64Array(M + 1);
  }

  /** Window [w, y) less its local mean, into `out`. */
  #window(w: number, y: number, out: Float64Array): void {
    const dims = this.#dims;
    const [a, b] = this.#around(w, y);
    for (let d = 0; d < dims; d++)
      out[d] =
        this.#sums[y * dims + d]! -
        this.#sums[w * dims + d]! -
        ((y - w) * (this.#sums[b * dims + d]! - this.#sums[a * dims + d]!)) / (b - a);
  }

  /** The steps whose mean a window [w, y) is taken less: LOCAL blocks either side. */
  #around(w: number, y: number): readonly [number, number] {
    return [max(0, w - LOCAL * STEPS), min(this.#count, y + LOCAL * STEPS)];
  }

  /** Takes the products of the block at `at` in `blocks` (centred, unit length) with the sums. */
  against(blocks: Float32Array, at: number): void {
    const dims = this.#dims;
    for (let y = 0; y <= this.#count; y++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += blocks[at + d]! * this.#sums[y * dims + d]!;
      this.#toSums[y] = dot;
    }
  }

  /** The cosine of the block last taken (`against`) with window [w, y). */
  cosine(w: number, y: number): number {
    // Not `#around`: a tuple for each of the lattice's million cells and seven link sizes.
    const a = max(0, w - LOCAL * STEPS);
    const b = min(this.#count, y + LOCAL * STEPS);
    const t = this.#toSums;
    return (t[y]! - t[w]! - ((y - w) * (t[b]! - t[a]!)) / (b - a)) * this.#scale[(y - w - 1) * this.#count + w]!;
  }

  /** The cosine of the block at `at` in `blocks` with window [w, y), worked out alone. */
  cosineOf(blocks: Float32Array, at: number, w: number, y: number): number {
    const v = new Float64Array(this.#dims);
    this.#window(w, y, v);
    let dot = 0;
    for (let d = 0; d < this.#dims; d++) dot += blocks[at + d]! * v[d]!;
    return dot * this.#scale[(y - w - 1) * this.#count + w]!;
  }
}

/** Pins by source block (those of block x at start[x] .. start[x + 1] - 1), each as its target step; and how many pins each target step holds. */
function pinsByBlock(
  pins: readonly Anchor[],
  size: number,
  N: number,
  stepSize: number,
  M: number,
): { start: Int32Array; step: Int32Array; perStep: Int32Array } {
  const start = new Int32Array(N + 1);
  const step = new Int32Array(pins.length);
  const perStep = new Int32Array(M + 1);
  const block = (i: number) => min(N - 1, (i / size) | 0);
  for (const [i] of pins) start[block(i) + 1]!++;
  for (let x = 0; x < N; x++) start[x + 1]! += start[x]!;
  const at = start.slice(0, N);
  for (const [i, j] of pins) {
    const y = min(M - 1, (j / stepSize) | 0);
    step[at[block(i)]!++] = y;
    perStep[y]!++;
  }
  return { start, step, perStep };
}

/**
 * Where the coarse path lets anchors lie: for each source block, the target
 * segments linked to it or to a block beside it, and a block either side. A
 * block the path leaves out, with its neighbours, admits none: an anchor
 * there would link a passage the translation has not got (the next copy of a
 * repeated text, in other figures).
 */
export class Corridor implements CoarseGuide {
  /** Per source block, the first target segment admitted and one past the last (lo >= hi: none). */
  readonly lo: Int32Array;
  readonly hi: Int32Array;

  constructor(
    readonly size: number,
    readonly n: number,
    readonly m: number,
    /** The coarse path's links, in order. */
    readonly links: readonly BlockLink[],
  ) {
    const blocks = ceil(n / size);
    this.lo = new Int32Array(blocks).fill(m);
    this.hi = new Int32Array(blocks);
    for (const [bx, j0, j1] of links)
      for (let b = max(0, bx - 1); b <= min(blocks - 1, bx + 1); b++) {
        this.lo[b] = min(this.lo[b]!, max(0, j0 - size));
        this.hi[b] = max(this.hi[b]!, min(m, j1 + size));
      }
  }

  /** The first target segment the corridor admits for source segment i (0 in a block it admits none for: a passage left out). */
  from(i: number): number {
    const b = (i / this.size) | 0;
    return this.lo[b]! < this.hi[b]! ? this.lo[b]! : 0;
  }

  /** Whether an anchor at source i, target j lies in the corridor. */
  allows(i: number, j: number): boolean {
    const b = (i / this.size) | 0;
    return j >= this.lo[b]! && j < this.hi[b]!;
  }

  /**
   * Points to hold the tracking by where the widest window from source i0
   * and target j0 has found nothing: the middle of each link that starts
   * before `until` and lies wholly ahead of both, or else the first such link
   * beyond it. A point is a block's middle, not an anchor's sentence: it
   * weighs nothing, and only steers the search's band.
   */
  ahead(i0: number, j0: number, until: number): Anchor[] {
    const out: Anchor[] = [];
    for (const [bx, j, end] of this.links) {
      const i = bx * this.size;
      if (i <= i0 || j < j0) continue;
      if (i >= until && out.length > 0) break;
      out.push([min(this.n - 1, i + (this.size >> 1)), min(this.m - 1, (j + end) >> 1), 0]);
      if (i >= until) break;
    }
    return out;
  }
}

/**
 * Segments of each side between two pins (or a pin and an end) from which
 * the pins alone are too few to hold the tracking, and the coarse path is
 * worth its cost (half a second a 25,000-sentence piece). Pins every few
 * sentences (a contract's names and amounts, running text's numbers) leave
 * it nothing to add, and neither do pins either side of a passage one side
 * left out: they say where it is.
 */
const PINS_APART = 256;

/** Whether some stretch of PINS_APART segments or more on both sides holds no pin. */
function sparse(pins: readonly Anchor[], n: number, m: number): boolean {
  let i = 0;
  let j = 0;
  for (const [pi, pj] of pins) {
    if (pi - i >= PINS_APART && pj - j >= PINS_APART) return true;
    i = max(i, pi);
    j = max(j, pj);
  }
  return n - i >= PINS_APART && m - j >= PINS_APART;
}

/** The corridor for a pair, or none where the pair is short or the coarse path links too little to trust. */
export function corridorOf(
  n: number,
  m: number,
  pins: readonly Anchor[],
  vectors: (sourceSize: number, targetSize: number) => { source: BlockVectors; target: BlockVectors },
): Corridor | undefined {
  if (n < COARSE_MIN || m < COARSE_MIN || !sparse(pins, n, m)) return undefined;
  const size = blockSize(n, m);
  const { source, target } = vectors(size, size / STEPS);
  const links = coarsePath(source, target, pins);
  if (links.length < COARSE_LINKED * min(source.count, target.count / STEPS)) return undefined;
  if (median(links.map((l) => l[3])) < COARSE_SIMILAR) return undefined;
  return new Corridor(size, n, m, links);
}
