/**
 * Monotonic alignment by dynamic programming over the two segment sequences.
 * Viterbi finds the cheapest path of links; forward-backward over the same
 * lattice gives each chosen link its posterior probability, the confidence a
 * reviewer sorts by.
 */
import { DEFAULT_COST_PARAMS, estimateLengthModel, explainLink, linkCost, DEFAULT_VARIANCE } from "../score/index.js";
import type { CostParams, PairFeatures } from "../score/index.js";
import type { LengthModel, Link, LinkKind } from "../types.js";
import { Band } from "./band.js";
import { anchorChain, guideBand, touchesEdge } from "./guide.js";

export interface AlignOptions {
  /** Most segments on one side of a link (default 4: 1-4, 4-1, 2-2 and below). */
  readonly maxLinkSize?: number;
  /** Also search 2-3, 3-2 and 3-3 links (default false). */
  readonly manyToMany?: boolean;
  /**
   * "full" searches every cell (exact; quadratic), "band" a band around a path
   * that anchors suggest (linear), "auto" (default) the first for small
   * documents and the second for long ones.
   */
  readonly search?: "auto" | "full" | "band";
  /** Override cost weights. */
  readonly params?: Partial<CostParams>;
  /** Attach the cost terms and matched anchors to every link. */
  readonly explain?: boolean;
}

/** Above this many lattice cells, "auto" search keeps to a band (about 700 x 700 segments). */
const FULL_SEARCH_CELLS = 500_000;
/** Cells either side of the anchor path, before any widening. */
const BAND_BASE = 24;

/**
 * The link shapes searched, [source count, target count]: 1-0 and 0-1, every
 * shape with one side single up to `maxLinkSize` (1-4, 4-1), 2-2, and, with
 * `manyToMany`, 2-3, 3-2 and 3-3. Those last ones are off by default: measured
 * on development data they merge correct 1-1 links more often than they find
 * real 3-3 ones.
 */
export function linkShapes(maxLinkSize: number, manyToMany = false): Array<readonly [number, number]> {
  const shapes: Array<readonly [number, number]> = [[1, 1], [1, 0], [0, 1]];
  for (let a = 1; a <= maxLinkSize; a++) {
    for (let b = 1; b <= maxLinkSize; b++) {
      if (a === 1 && b === 1) continue;
      const many = a > 1 && b > 1;
      if (many && !(a === 2 && b === 2) && !(manyToMany && a <= 3 && b <= 3)) continue;
      shapes.push([a, b]);
    }
  }
  return shapes;
}

export interface AlignResult {
  readonly links: Link[];
  readonly model: LengthModel;
}

/**
 * Aligns prepared features. Without `model`, a first pass with the pair's
 * overall length ratio finds links to estimate the length model from; with
 * one (from an earlier alignment of the same pair), that pass is skipped.
 */
export function alignFeatures(f: PairFeatures, options: AlignOptions = {}, model?: LengthModel): AlignResult {
  const search = alignPath(f, options, model);
  const posterior = posteriors(f, search.model, search.params, search.shapes, search.band);
  const links = search.path.map(([i, a, j, b]): Link => {
    const link: Link = {
      source: range(i, a),
      target: range(j, b),
      kind: `${a}-${b}` as LinkKind,
      score: posterior(i, a, j, b),
    };
    return options.explain ? { ...link, explain: explainLink(f, search.model, search.params, i, a, j, b) } : link;
  });
  return { links, model: search.model };
}

export interface PathResult {
  /** The links as [first source, source count, first target, target count]. */
  readonly path: Step[];
  readonly model: LengthModel;
  readonly params: CostParams;
  readonly shapes: ReadonlyArray<readonly [number, number]>;
  readonly band: Band;
}

/** The cheapest path only, without confidences: for a draft alignment that is learned from. */
export function alignPath(f: PairFeatures, options: AlignOptions = {}, model?: LengthModel): PathResult {
  const params: CostParams = { ...DEFAULT_COST_PARAMS, ...options.params };
  const shapes = linkShapes(Math.max(1, options.maxLinkSize ?? 4), options.manyToMany);
  const search = options.search ?? "auto";
  if (search === "full" || (search === "auto" && (f.n + 1) * (f.m + 1) <= FULL_SEARCH_CELLS)) {
    const band = Band.full(f.n, f.m);
    f.lexical.fill();
    const found = searchIn(f, band, params, shapes, model);
    return { ...found, params, shapes, band };
  }
  // Linear: a band around the anchor path, widened until the best path keeps clear of its edges.
  const chain = anchorChain(f.lexical.guideAnchors(), f.m);
  const margin = Math.max(...shapes.map(([a, b]) => Math.max(a, b))) + 1;
  for (let base = BAND_BASE; ; base *= 2) {
    const band = guideBand(f.n, f.m, chain, base);
    f.lexical.fill(band);
    const found = searchIn(f, band, params, shapes, model);
    if (!touchesEdge(band, found.path, margin) || base >= Math.max(f.n, f.m)) return { ...found, params, shapes, band };
  }
}

/** Pass 1 (when no length model is given) and the final Viterbi pass, in one band. */
function searchIn(f: PairFeatures, band: Band, params: CostParams, shapes: ReadonlyArray<readonly [number, number]>, model?: LengthModel): { path: Step[]; model: LengthModel } {

  if (!model) {
    // Pass 1: the document's overall length ratio and the textbook variance.
    const first: LengthModel = { ratio: f.charRatio, variance: DEFAULT_VARIANCE * Math.max(1, f.charRatio) };
    const draft = viterbi(f, first, params, shapes, band);
    // The length model re-estimated from the draft's 1-1 links.
    const ones = draft.filter(([, a, , b]) => a === 1 && b === 1).map(([i, , j]) => [f.sourceChars[i]!, f.targetChars[j]!] as const);
    model = estimateLengthModel(ones, f.charRatio);
  }
  return { path: viterbi(f, model, params, shapes, band), model };
}

export type Step = readonly [i: number, a: number, j: number, b: number];

/** Consecutive ids: range(3, 2) is [3, 4]. */
export function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

function viterbi(f: PairFeatures, model: LengthModel, p: CostParams, shapes: ReadonlyArray<readonly [number, number]>, band: Band): Step[] {
  const cost = new Float64Array(band.size).fill(Infinity);
  const back = new Int8Array(band.size).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= f.n; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      const here = band.index(i, j);
      let best = cost[here]!;
      let bestShape = back[here]!;
      for (let s = 0; s < shapes.length; s++) {
        const [a, b] = shapes[s]!;
        const prev = band.index(i - a, j - b);
        if (prev < 0) continue;
        const base = cost[prev]!;
        if (base === Infinity) continue;
        const c = base + linkCost(f, model, p, i - a, a, j - b, b);
        if (c < best) {
          best = c;
          bestShape = s;
        }
      }
      cost[here] = best;
      back[here] = bestShape;
    }
  }
  const steps: Step[] = [];
  let i = f.n;
  let j = f.m;
  while (i > 0 || j > 0) {
    const s = back[band.index(i, j)]!;
    if (s < 0) throw new Error(`alignment lattice has no path through (${i}, ${j})`);
    const [a, b] = shapes[s]!;
    i -= a;
    j -= b;
    steps.push([i, a, j, b]);
  }
  return steps.reverse();
}

/** Posterior probability of any link, from forward and backward sums over all paths. */
function posteriors(f: PairFeatures, model: LengthModel, p: CostParams, shapes: ReadonlyArray<readonly [number, number]>, band: Band): (i: number, a: number, j: number, b: number) => number {
  const fwd = new Float64Array(band.size).fill(-Infinity);
  const bwd = new Float64Array(band.size).fill(-Infinity);
  fwd[0] = 0;
  for (let i = 0; i <= f.n; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      const here = band.index(i, j);
      let acc = fwd[here]!;
      for (const [a, b] of shapes) {
        const prev = band.index(i - a, j - b);
        if (prev < 0 || fwd[prev] === -Infinity) continue;
        acc = logAdd(acc, fwd[prev]! - linkCost(f, model, p, i - a, a, j - b, b));
      }
      fwd[here] = acc;
    }
  }
  bwd[band.index(f.n, f.m)] = 0;
  for (let i = f.n; i >= 0; i--) {
    for (let j = band.hi[i]!; j >= band.lo[i]!; j--) {
      const here = band.index(i, j);
      let acc = bwd[here]!;
      for (const [a, b] of shapes) {
        const next = band.index(i + a, j + b);
        if (next < 0 || bwd[next] === -Infinity) continue;
        acc = logAdd(acc, bwd[next]! - linkCost(f, model, p, i, a, j, b));
      }
      bwd[here] = acc;
    }
  }
  const total = fwd[band.index(f.n, f.m)]!;
  return (i, a, j, b) => {
    const from = band.index(i, j);
    const to = band.index(i + a, j + b);
    const logP = fwd[from]! - linkCost(f, model, p, i, a, j, b) + bwd[to]! - total;
    return Math.min(1, Math.max(0, Math.exp(logP)));
  };
}

function logAdd(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}
