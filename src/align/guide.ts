import { abs, ceil, floor, imul, max, min, round } from "../math.js";
import { type Band, bandOf } from "./band.js";

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
    for (let x = j; x > 0; x -= x & -x)
      if (best[x]! > value) {
        value = best[x]!;
        at = from[x]!;
      }
    return [value, at];
  };
  const update = (j: number, value: number, at: number) => {
    for (let x = j; x <= size; x += x & -x)
      if (best[x]! < value) {
        best[x] = value;
        from[x] = at;
      }
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
 * Skew (target gap minus source gap, either way) between two anchors next in
 * a chain beyond which the step is a jump, not the drift of merged and split
 * sentences: JUMP_SKEW cells, and JUMP_PER_ROW more per row apart.
 */
const JUMP_SKEW = 4;
const JUMP_PER_ROW = 0.1;

/** Whether the chain steps from anchor a to anchor b as if a passage were left out between them. */
function jumps(a: Anchor, b: Anchor): boolean {
  const di = b[0] - a[0];
  const dj = b[1] - a[1];
  return abs(dj - di) > JUMP_SKEW + JUMP_PER_ROW * max(di, dj);
}

/**
 * The chain without a stray at either end: a word that happens to be found
 * once on each side, not a place the path goes through. An appendix the
 * translation adds at its end has nothing after it to contradict a chance
 * match inside it (“приемем” of the last sentence, "accepted" of an appendix
 * sentence), and the band between the anchor before and the stray then kept
 * the path from the last sentence's own translation. So the last anchor is a
 * stray where it jumps from an anchor that the one before confirms (and the
 * first alike, for a preface); the corners are no anchors. Inside the chain
 * anchors on both sides contradict a stray, and taking such anchors out there
 * left two unrelated texts a band twice as large: they stay.
 */
export function withoutStrays(chain: readonly Anchor[]): Anchor[] {
  const last = chain.length - 1;
  return chain.filter((a, q) => {
    if (q === last && q >= 2) return !(jumps(chain[q - 1]!, a) && !jumps(chain[q - 2]!, chain[q - 1]!));
    if (q === 0 && last >= 2) return !(jumps(a, chain[1]!) && !jumps(chain[1]!, chain[2]!));
    return true;
  });
}

/** How far the path may drift from the straight line between two anchors, per row from the nearer one: sentences dropped on one side and added on the other. */
const DRIFT_PER_ROW = 0.25;
/**
 * The most cells either side of the straight line between two anchors the
 * band takes, however far apart they are and however much their gaps differ:
 * a text with no anchors (the same checklist line 20,000 times, 2 % of its
 * translations dropped) gave every row an eighth of the other side, a
 * quadratic search (20,000 lines: 30 s and 1.5 GB). The real search after
 * this one grows its own band wherever its path runs against an edge, so a
 * path that strays further is still followed.
 */
const MAX_WIDTH = 128;
/**
 * Cells more either side of a point of no weight: the coarse path's points
 * stand for a block's middle, and a passage left out inside the block (a
 * chapter of 25 sentences) moves its sentences off them by up to half a block.
 */
const LOOSE = 48;

/**
 * A band around the path the anchors suggest: straight between anchors,
 * `base` cells either side, wider where anchors are far apart or where the
 * two sides' gaps differ (an omission between two anchors moves the path off
 * the straight line by up to that difference).
 */
export function guideBand(n: number, m: number, chain: readonly Anchor[], base: number): Band {
  const points: Array<[number, number, number]> = [[0, 0, base]];
  for (let q = 0; q < chain.length; q++) {
    const i = chain[q]![0];
    const j = chain[q]![1];
    const last = points[points.length - 1]!;
    // A point of no weight (the coarse path's, `trackAnchors`) says where a block's translation lies, not a sentence's.
    if (i > last[0] && j > last[1] && i < n && j < m) points.push([i, j, chain[q]![2] > 0 ? base : base + LOOSE]);
  }
  points.push([n, m, base]);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let seg = 0;
  // Read by index, not taken apart: a tuple taken apart runs an iterator, for every row.
  for (let i = 0; i <= n; i++) {
    while (seg < points.length - 2 && i > points[seg + 1]![0]) seg++;
    const i0 = points[seg]![0];
    const j0 = points[seg]![1];
    const i1 = points[seg + 1]![0];
    const j1 = points[seg + 1]![1];
    const near = max(points[seg]![2], points[seg + 1]![2]);
    const span = max(1, i1 - i0);
    const centre = j0 + ((i - i0) * (j1 - j0)) / span;
    const skew = abs(j1 - j0 - (i1 - i0));
    const width = min(near + skew + DRIFT_PER_ROW * min(i - i0, i1 - i), MAX_WIDTH + near - base);
    // A path through both points stays between their targets: a translation cut short (thousands of source
    // rows after the last anchor, a few target segments) would otherwise give every row the whole table.
    lo[i] = max(0, j0 - points[seg]![2], floor(centre - width));
    hi[i] = min(m, j1 + points[seg + 1]![2], ceil(centre + width));
  }
  return connected(n, m, lo, hi);
}

/** A band `width` cells either side of a path found earlier (pairs of [first source, count, first target, count]). */
export function pathBand(n: number, m: number, path: ReadonlyArray<readonly [number, number, number, number]>, width: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  const visit = (i: number, j: number) => {
    if (j - width < lo[i]!) lo[i] = max(0, j - width);
    if (j + width > hi[i]!) hi[i] = min(m, j + width);
  };
  visit(0, 0);
  for (let q = 0; q < path.length; q++) {
    const step = path[q]!;
    const i = step[0];
    const a = step[1];
    const j = step[2];
    const b = step[3];
    // Rows a many-to-one link spans get the straight line between its corners.
    for (let x = 1; x <= a; x++) visit(i + x, round(j + (b * x) / a));
    if (a === 0) visit(i, j + b);
  }
  return connected(n, m, lo, hi);
}

/** Makes consecutive rows overlap enough for any link shape to connect them, and pins the corners. */
function connected(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) {
    if (lo[i]! > hi[i - 1]! + 1) lo[i] = min(hi[i - 1]! + 1, m);
    if (hi[i]! < lo[i]!) hi[i] = lo[i]!;
  }
  for (let i = n - 1; i >= 0; i--) if (hi[i]! < lo[i + 1]! - 1) hi[i] = lo[i + 1]! - 1;
  return bandOf(n, m, lo, hi);
}

/** The first anchor of a chain at source segment `i` or after it (the chain's length if none). */
export function firstFrom(chain: readonly Anchor[], i: number): number {
  let lo = 0;
  let hi = chain.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chain[mid]![0] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentences two pins' offsets may differ by and still agree (`corroborated`), besides a tenth of the sentences between them. */
const PINS_AGREE = 32;

/**
 * The anchors of a chain that a neighbour in it agrees with: their offsets from the
 * document's diagonal (or from a line of one sentence for one) differ by at
 * most `PINS_AGREE` sentences and a tenth of the sentences between them. A
 * word or a number found once in each text is a sentence and its translation
 * as a rule; alone on its offset it may be chance,
 * and as a pin it holds the whole path to it: in a corpus repeated five times with
 * two words of each sentence swapped, one run of numbers written once in each
 * text paired source 8,987 with target 4,993, two copies apart, and 3,785
 * sentences a side were left unmatched (stranger 65). Pins after a long omission
 * agree with each other, and stay.
 */
export function corroborated(chain: readonly Anchor[], n: number, m: number): Anchor[] {
  const slope = m / max(1, n);
  // Offsets along the document's slope, or one sentence for one: where the translation leaves out a fifth in one
  // passage, pins on either side of it run one for one, and along the slope (0.8) two pins 400 sentences apart
  // differed by 80, more than they may: every pin was dropped (stranger 67).
  const agreeAlong = (a: Anchor, b: Anchor, s: number) => abs(a[1] - b[1] - (a[0] - b[0]) * s) <= PINS_AGREE + abs(a[0] - b[0]) / 10;
  const agree = (a: Anchor, b: Anchor | undefined) => b !== undefined && (agreeAlong(a, b, slope) || agreeAlong(a, b, 1));
  return chain.filter((a, k) => agree(a, chain[k - 1]) || agree(a, chain[k + 1]));
}

/** Sentences a chain must jump off the diagonal by, and back, for its pins in between to be doubted (`withoutDetours`). */
const DETOUR_MIN = 64;
/**
 * Pins on a detour from which it is the path, not chance: a translation that leaves out 8,000 sentences and later
 * adds 8,000 translator's notes, pins every 500 sentences between, was searched without its 28 pins too, and the
 * path that linked the untranslated sentences to the notes cost less (stranger 67). The repeated text's chance
 * pins were two.
 */
const DETOUR_TRUSTED = 4;

/**
 * The chain without the pins of its detours on fewer than `DETOUR_TRUSTED`
 * pins, or undefined where it has none.
 * A detour is a run of pins the chain jumps out to and back from, corners
 * counted: its target gaps outgrow its source gaps by DETOUR_MIN sentences or
 * more in one jump and fall behind them in a later one (or the reverse). A
 * translation that adds a long passage and later leaves one out has one, its
 * pins true (and many of them); so does a text that repeats
 * itself, where the words a change made unique in each text can be two
 * copies of one sentence a copy apart. Two such pins agree with each other
 * (`corroborated`): a corpus repeated five times with two words of each
 * sentence swapped had two, both one copy off, and the path through them
 * left 3,993 sentences a side unmatched. Which is right is for the search to
 * say: the caller searches both ways and keeps the cheaper path.
 */
export function withoutDetours(chain: readonly Anchor[], n: number, m: number): Anchor[] | undefined {
  const points: Anchor[] = [[0, 0, 0], ...chain, [n, m, 0]];
  const dropped = new Uint8Array(chain.length);
  let open = -1;
  let openSign = 0;
  let any = false;
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    // Skew against one sentence for one, as `jumps` reads it: a long omission is one fall, never a rise after it.
    const skew = b[1] - a[1] - (b[0] - a[0]);
    if (abs(skew) < DETOUR_MIN || !jumps(a, b)) continue;
    const sign = skew > 0 ? 1 : -1;
    if (open >= 0 && sign !== openSign) {
      // Points open + 1 .. k are the chain's anchors open .. k - 1: a few may be chance, more are the path.
      if (k - open < DETOUR_TRUSTED) {
        for (let q = open; q < k; q++) dropped[q] = 1;
        any = true;
      }
      open = -1;
    } else {
      open = k;
      openSign = sign;
    }
  }
  return any ? chain.filter((_, q) => dropped[q] === 0) : undefined;
}

/**
 * Whether an anchor (i, j) can lie on one monotonic path with every anchor of
 * `fixed` (a chain: source and target both increasing).
 */
export function consistentWith(fixed: readonly Anchor[]): (i: number, j: number) => boolean {
  return (i, j) => {
    const lo = firstFrom(fixed, i);
    const next = fixed[lo];
    if (next && next[0] === i) return next[1] === j;
    const before = fixed[lo - 1];
    return (!before || before[1] < j) && (!next || j < next[1]);
  };
}

/** What the tracking asks of a coarse path over blocks (`Corridor`, src/align/coarse.ts). */
export interface CoarseGuide {
  /** The first target segment source segment i may be linked to. */
  from(i: number): number;
  /** Points of no weight along the path ahead of i0 and j0, up to `until` (or the first beyond it). */
  ahead(i0: number, j0: number, until: number): Anchor[];
}

/** Source segments per tracking window, and the most a window grows to where it finds no anchors. */
const TRACK_WINDOW = 256;
const TRACK_WINDOW_MAX = 8192;

/**
 * Anchors along a long document, window by window: each window starts at the
 * last anchor kept, finds anchors rare within it (`local`), chains them, and
 * keeps those in its first half. Rarity within a window finds anchors where
 * whole-document rarity finds none (a book that repeats its phrases, a corpus
 * of similar documents), and the start of each window follows the path
 * however far omissions have moved it off the diagonal. Where even the
 * widest window finds nothing, `pins` (anchors found once in each whole
 * text, a chain) say where the texts meet again.
 */
export function trackAnchors(
  n: number,
  m: number,
  local: (i0: number, i1: number, j0: number, j1: number) => readonly Anchor[],
  pins: readonly Anchor[] = [],
  coarse?: CoarseGuide,
): Anchor[] {
  const slope = m / max(1, n);
  const kept: Anchor[] = [];
  let i0 = 0;
  let j0 = 0;
  let size = TRACK_WINDOW;
  while (i0 < n && j0 < m) {
    // Where the coarse path says the window's first block is translated no earlier, the window starts there (a
    // translation that opens with 8,000 sentences of its own: the window from 0 counted the same news in them and
    // found nothing rare for 2,200 sentences).
    if (coarse) j0 = max(j0, coarse.from(i0));
    const i1 = min(n, i0 + size);
    // Room for the translation of the window and for what either side leaves out.
    const j1 = min(m, ceil(j0 + (i1 - i0) * slope * 1.25 + 32));
    const shifted = local(i0, i1, j0, j1).map(([i, j, w]) => [i, j - j0, w] as const);
    const chain = anchorChain(shifted, j1 - j0);
    const end = i1 >= n ? n : i0 + size / 2;
    const mine = chain.filter(([i]) => i < end).map(([i, j, w]) => [i, j + j0, w] as const);
    if (mine.length > 0) {
      // Only pins in a wide window (a text that repeats itself, a few codes in it): the coarse path's links before the
      // first steer the band there. Without them, the band ran straight from the pin before a passage left out to the
      // one after it, off both texts' line (a manual with five codes and 1,000 sentences left out, 58 % right: stranger 71).
      const [fi, fj] = mine[0]!;
      if (coarse && fi - i0 > TRACK_WINDOW) for (const a of coarse.ahead(i0, j0, fi)) if (a[0] < fi && a[1] < fj) kept.push(a);
      for (const a of mine) kept.push(a);
      const [li, lj] = mine[mine.length - 1]!;
      i0 = li + 1;
      j0 = lj + 1;
      size = TRACK_WINDOW;
    } else if (i1 >= n) {
      // Nothing to the end: the coarse path's links there, if any, still steer the band.
      for (const a of coarse?.ahead(i0, j0, n) ?? []) kept.push(a);
      break;
    } else if (size < TRACK_WINDOW_MAX) {
      size *= 2;
    } else {
      // Nothing to hold on to: a passage one side left out, longer than half the widest window, or text that repeats
      // itself. The next pin ahead holds the path; without one, go on along the average slope. Along the slope, a
      // manual whose translation left out 10,000 of its 100,000 sentences (400 chapters of the same steps) was tracked
      // into the wrong chapters for 13,000 sentences: the pin where the texts met again was behind it (stranger 66).
      let q = firstFrom(pins, i0);
      while (q < pins.length && pins[q]![1] < j0) q++;
      const pin = pins[q];
      // The coarse path's links ahead (`Corridor.ahead`), where they come before the pin: points that steer the band.
      const near = coarse?.ahead(i0, j0, i0 + size / 2) ?? [];
      if (near.length > 0 && (!pin || near[0]![0] <= pin[0])) {
        for (const a of near) kept.push(a);
        i0 = near[near.length - 1]![0] + 1;
        j0 = near[near.length - 1]![1] + 1;
      } else if (pin) {
        kept.push(pin);
        i0 = pin[0] + 1;
        j0 = pin[1] + 1;
      } else {
        i0 += size / 2;
        j0 = min(m, round(j0 + (size / 2) * slope));
      }
      size = TRACK_WINDOW;
    }
  }
  return kept;
}

/**
 * `band` grown where a path ran against its edges: the rows within `extra`
 * of each row in `touched` also get `extra` cells either side of the path.
 * Elsewhere the band stays as it was, so a second search costs no more than
 * the first.
 */
export function widenBand(
  band: Band,
  path: ReadonlyArray<readonly [number, number, number, number]>,
  touched: readonly number[],
  extra: number,
): Band {
  const { n, m } = band;
  const around = pathBand(n, m, path, extra);
  const lo = band.lo.slice();
  const hi = band.hi.slice();
  let done = -1;
  for (const x of touched) {
    for (let i = max(done + 1, x - extra); i <= min(n, x + extra); i++) {
      lo[i] = min(lo[i]!, around.lo[i]!);
      hi[i] = max(hi[i]!, around.hi[i]!);
      done = i;
    }
  }
  return connected(n, m, lo, hi);
}

/** Rows where a path runs within `margin` cells of a band edge that is not the table's own edge. */
export function edgeRows(band: Band, path: ReadonlyArray<readonly [number, number, number, number]>, margin: number): number[] {
  const rows: number[] = [];
  const near = (x: number, y: number) =>
    (band.lo[x]! > 0 && y - band.lo[x]! < margin) || (band.hi[x]! < band.m && band.hi[x]! - y < margin);
  for (let q = 0; q < path.length; q++) {
    const step = path[q]!;
    const i = step[0];
    const j = step[2];
    // The link's two corners, start first.
    if (near(i, j) && rows[rows.length - 1] !== i) rows.push(i);
    const x = i + step[1];
    if (near(x, j + step[3]) && rows[rows.length - 1] !== x) rows.push(x);
  }
  return rows;
}

/** Segments a side left out in one stretch of a path from which the search looks at the whole stretch again (`gapStretches`). */
const GAP_MIN = 100;
/** Segments a side in the links between two runs left out, at most, for the runs to be one gap (a weaving path links a few between). */
const GAP_JOIN = 16;
/** The other side's segments among a gap, at most, as a share of the segments left out: a gap is lopsided. */
const GAP_OTHER = 0.25;
/** Cells either side of the other side's segments in a gap's rectangle: room for the translation to lie before or after the gap. */
const GAP_MARGIN = 16;

/** A rectangle of the lattice: source rows i0..i1, target positions j0..j1 (inclusive). */
export type Rectangle = readonly [i0: number, i1: number, j0: number, j1: number];

/**
 * Where a path leaves out a long stretch of one side: runs of 1-0 links (or
 * 0-1), close enough to be one gap, with few segments of the other side
 * linked among them. A path found in a band around anchors can weave through
 * a chapter left out of the translation, linking the sentences after the gap
 * to look-alikes inside it (a template's next copy, "Чл. 157" for "Article
 * 5"), and a band around that path never holds the right one: the rows of the
 * stretch times the other side's few segments (and a margin) are a rectangle
 * small enough to search whole. Each rectangle is [first row, last row, first
 * target, last target].
 */
export function gapStretches(n: number, m: number, path: ReadonlyArray<readonly [number, number, number, number]>): Rectangle[] {
  const out: Rectangle[] = [];
  // One side's runs at a time: `at` the position a step starts at on the side left out, `len` how many it leaves out there.
  for (const side of [0, 1] as const) {
    let start = -1;
    let end = -1;
    let left = 0;
    let otherStart = 0;
    let otherEnd = 0;
    const close = () => {
      const span = end - start;
      // Lopsided: the other side's segments among the gap few against those left out.
      if (start >= 0 && left >= GAP_MIN && otherEnd - otherStart <= GAP_OTHER * span) {
        out.push(
          side === 0
            ? [start, end, max(0, otherStart - GAP_MARGIN), min(m, otherEnd + GAP_MARGIN)]
            : [max(0, otherStart - GAP_MARGIN), min(n, otherEnd + GAP_MARGIN), start, end],
        );
      }
      start = -1;
      left = 0;
    };
    for (let q = 0; q < path.length; q++) {
      const step = path[q]!;
      const [at, len, other, otherLen] = side === 0 ? [step[0], step[1], step[2], step[3]] : [step[2], step[3], step[0], step[1]];
      if (len === 0 || otherLen !== 0) continue;
      // A run of this side alone: joined to the stretch when the links between hold few segments of either side (two
      // unrelated texts alternate runs of 1-0 and 0-1 links: no gap there).
      const runEnd = at + len;
      if (start >= 0 && at - end <= GAP_JOIN && other - otherEnd <= GAP_JOIN) {
        end = runEnd;
        left += len;
        otherEnd = other;
        continue;
      }
      close();
      start = at;
      end = runEnd;
      left = len;
      otherStart = other;
      otherEnd = other;
    }
    close();
  }
  return out;
}

/**
 * `band` with the rectangles added, as long as they add at most `budget` cells
 * (the largest left out first otherwise): bounds kept non-decreasing, so
 * every monotonic step between them stays in the band.
 */
export function withRectangles(band: Band, rectangles: readonly Rectangle[], budget: number): Band {
  const { n, m } = band;
  const lo = band.lo.slice();
  const hi = band.hi.slice();
  let added = 0;
  const bySize = [...rectangles].sort((a, b) => (a[1] - a[0] + 1) * (a[3] - a[2] + 1) - (b[1] - b[0] + 1) * (b[3] - b[2] + 1));
  let any = false;
  for (const [i0, i1, j0, j1] of bySize) {
    let cells = 0;
    for (let i = i0; i <= i1; i++) cells += max(0, lo[i]! - j0) + max(0, j1 - hi[i]!);
    if (added + cells > budget) continue;
    added += cells;
    any = true;
    for (let i = i0; i <= i1; i++) {
      lo[i] = min(lo[i]!, j0);
      hi[i] = max(hi[i]!, j1);
    }
  }
  if (!any) return band;
  for (let i = n - 1; i >= 0; i--) if (lo[i]! > lo[i + 1]!) lo[i] = lo[i + 1]!;
  for (let i = 1; i <= n; i++) if (hi[i]! < hi[i - 1]!) hi[i] = hi[i - 1]!;
  return connected(n, m, lo, hi);
}

/**
 * `anchors` (of runs and windows of numbers found once on each side) where there are enough of them to be a
 * template's values, else none. A document made from a template has one or more a segment (75 to 300 in a hundred
 * in the bench's kinds: each copy's own dates and amounts). Copies of the same news items, each with noise of its
 * own, had one in two hundred, and nearly all paired one copy with another (38 of 43 in 10,000 segments: the
 * stretches their noise left whole where it broke the other copies; strict F1 0.20 where it had been 0.98).
 */
export function denseEnough(anchors: Anchor[], n: number, m: number): Anchor[] {
  return anchors.length >= NUMBER_ANCHORS_PER_SEGMENT * min(n, m) ? anchors : [];
}

/** The fewest number anchors a segment for any of them to be trusted (a first pass over the news had 20 in a hundred). */
const NUMBER_ANCHORS_PER_SEGMENT = 0.05;

/** Numbers a run (`onceRuns`) needs at least, over a segment and the next one, to tell one place from another. */
export const RUN_ITEMS = 3;

/** A segment's numbers as `onceRuns` reads them: a list or a typed array of them. */
type Numbers = { readonly length: number; join(separator: string): string };

/**
 * Anchors where the same run of numbers starts on both sides and nowhere else
 * on either: the numbers of a segment (`sourceItems(i)`, at least one) and of
 * the next, RUN_ITEMS of them or more, in order. Copies of a template repeat
 * each number (a clause's number, a term, a rate); their runs still tell one
 * place from every other.
 */
export function onceRuns(sourceItems: (i: number) => Numbers, n: number, targetItems: (j: number) => Numbers, m: number): Anchor[] {
  const runs = (items: (k: number) => Numbers, count: number) => {
    const at = new Map<string, number>();
    let next: Numbers = count > 0 ? items(0) : [];
    for (let k = 0; k + 1 < count; k++) {
      const own = next;
      next = items(k + 1);
      if (own.length === 0 || own.length + next.length < RUN_ITEMS) continue;
      // Each segment's numbers closed by a separator: [12 40][70] is no [12][40 70].
      const key = `${own.join(",")}|${next.join(",")}`;
      at.set(key, at.has(key) ? -1 : k);
    }
    return at;
  };
  const source = runs(sourceItems, n);
  const target = runs(targetItems, m);
  const out: Anchor[] = [];
  for (const [key, i] of source) {
    const j = target.get(key);
    if (i >= 0 && j !== undefined && j >= 0) out.push([i, j, 1]);
  }
  return out;
}

/** Numbers a window (`onceWindows`) takes, in turn: a longer window tells apart the copies a shorter one does not. */
export const WINDOW_ITEMS: readonly number[] = [4, 8, 16];

/**
 * Anchors where the same numbers, WINDOW_ITEMS of them in order from a
 * segment's first number on (in whatever segments they stand), occur once in
 * each text, for each window size. A contract filled in again and again, one
 * number a clause (a term, an amount, a date's day and year, a clause's
 * number), repeats every run of a segment or two (`onceRuns`), and its
 * copies differ only in what a run of clauses says together: with a passage
 * of 180 sentences left out of a 2,000-sentence contract and no other anchor,
 * the path followed the wrong copy and put the gap 330 sentences late. Small
 * numbers count here: a window of many is no twin by chance, and a day of
 * the month is what tells one copy from the next. The windows cross segment
 * boundaries, so a sentence split or joined in translation does not break one.
 */
export function onceWindows(
  sourceItems: (i: number) => readonly string[],
  n: number,
  targetItems: (j: number) => readonly string[],
  m: number,
): Anchor[] {
  const ids = new Map<string, number>();
  const source = flatNumbers(sourceItems, n, ids);
  const target = flatNumbers(targetItems, m, ids);
  const out: Anchor[] = [];
  for (const size of WINDOW_ITEMS) {
    const s = onceKeys(source, size);
    if (s.size === 0) continue;
    const t = onceKeys(target, size);
    for (const [key, i] of s) {
      const j = t.get(key);
      if (i >= 0 && j !== undefined && j >= 0 && sameWindow(source, i, target, j, size)) out.push([i, j, 1]);
    }
  }
  return out;
}

/** A side's numbers in one list, as ids shared by both sides, and where each segment's first stands in it (-1: it has none). */
interface FlatNumbers {
  readonly numbers: Int32Array;
  readonly first: Int32Array;
}

function flatNumbers(items: (k: number) => readonly string[], count: number, ids: Map<string, number>): FlatNumbers {
  const numbers: number[] = [];
  const first = new Int32Array(count).fill(-1);
  for (let k = 0; k < count; k++) {
    const list = items(k);
    if (list.length === 0) continue;
    first[k] = numbers.length;
    for (let x = 0; x < list.length; x++) {
      const item = list[x]!;
      let id = ids.get(item);
      if (id === undefined) {
        id = ids.size;
        ids.set(item, id);
      }
      numbers.push(id);
    }
  }
  return { numbers: Int32Array.from(numbers), first };
}

/**
 * Each window of `size` numbers from a segment's first, by a 53-bit hash of its ids, and the segment it starts in
 * (-1: more than one). Hashes, not strings joined per window: a 100,000-segment pair built 300 MB of keys. Two windows
 * of one side sharing a hash by chance lose an anchor at worst; across the sides `sameWindow` compares the numbers.
 */
function onceKeys({ numbers, first }: FlatNumbers, size: number): Map<number, number> {
  const at = new Map<number, number>();
  for (let k = 0; k < first.length; k++) {
    const from = first[k]!;
    if (from < 0 || from + size > numbers.length) continue;
    let high = 0x811c9dc5;
    let low = 0x9747b28c;
    for (let x = from; x < from + size; x++) {
      high = imul(high ^ numbers[x]!, 0x01000193);
      low = imul(low + numbers[x]! + 1, 0x5bd1e995) ^ (low >>> 13);
    }
    const key = (high >>> 0) * 0x200000 + (low & 0x1fffff);
    at.set(key, at.has(key) ? -1 : k);
  }
  return at;
}

/** Whether the windows of `size` numbers from segments i and j hold the same numbers. */
function sameWindow(source: FlatNumbers, i: number, target: FlatNumbers, j: number, size: number): boolean {
  const a = source.first[i]!;
  const b = target.first[j]!;
  for (let x = 0; x < size; x++) if (source.numbers[a + x] !== target.numbers[b + x]) return false;
  return true;
}
