/**
 * Two defects that look like others to the aligner: a sentence translated
 * twice (it sees a sentence "not in the source", or a split) and two
 * sentences translated in the opposite order (it sees a 2-2 merge).
 */
import { linkCost } from "../../score/index.js";
import type { Link } from "../../types.js";
import { MIN_EXPECTED_EVIDENCE, type ReviewContext, type SideInfo } from "../context.js";

/** Two translation sentences this alike (shared stems over all, Dice) say the same thing twice... */
const SAME_SHARE = 0.7;
/** ...when they have at least this many words each: short ones ("Yes.", a title) repeat rightly. */
const MIN_WORDS = 3;
/** An added sentence translates a neighbour's source sentence when it shares this much of what that link's own translation shares with it... */
const TWICE_EVIDENCE = 0.75;
/** ...and is of a length that source sentence's translation would have. */
const TWICE_DEVIATIONS = 2;
/** Sentences pair crosswise when crossing them finds this many times the evidence of pairing them in order (and their lengths fit)... */
const CROSS_FACTOR = 2;
/** ...or this many times, whatever the lengths say (a short document's length variance is too small to judge by)... */
const SURE_CROSS_FACTOR = 4;
/** ...or more than this many times, where pairing them crosswise costs the aligner this many nats less than in order. */
const COST_CROSS_FACTOR = 1.2;
const CROSS_COST_MARGIN = 5;

/** Whether translation sentences a and b say the same thing: mostly the same words. */
export function sameSentence(side: SideInfo, a: number, b: number): boolean {
  const stems = (id: number) => new Set(side.tokens(id).map((t) => t.stem));
  const x = stems(a);
  const y = stems(b);
  if (x.size < MIN_WORDS || y.size < MIN_WORDS) return false;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return (2 * shared) / (x.size + y.size) >= SAME_SHARE;
}

/**
 * The translation sentence that added sentence `j` (of 0-1 link k) repeats,
 * if it repeats one: a sentence of a neighbouring link that says the same,
 * or that translates the neighbouring 1-1 link's source sentence about as
 * well as `j` does, `j` being of that sentence's length.
 */
export function repeatedSentence(ctx: ReviewContext, k: number, j: number): number | undefined {
  for (const other of [ctx.links[k - 1], ctx.links[k + 1]]) {
    if (!other) continue;
    for (const j2 of other.target) if (sameSentence(ctx.target, j, j2)) return j2;
    if (other.kind !== "1-1" || !ctx.hasBaseline) continue;
    const i = other.source[0]!;
    const own = ctx.evidence(i, other.target[0]!);
    const mine = ctx.evidence(i, j);
    const usual = ctx.perChar * ctx.source.length(i);
    if (
      own >= usual * 0.5 &&
      mine >= TWICE_EVIDENCE * own &&
      Math.abs(ctx.deviations(ctx.source.length(i), ctx.target.length(j))) < TWICE_DEVIATIONS
    )
      return other.target[0]!;
  }
  return undefined;
}

/**
 * Whether the two source sentences of a 2-2 link pair crosswise with its two
 * translation sentences: by far the most evidence crosswise, or more
 * crosswise and each of a length its crosswise partner's translation may have.
 */
export function crosswise(ctx: ReviewContext, source: readonly number[], target: readonly number[]): boolean {
  const factor = crossFactor(ctx, source, target);
  if (factor <= COST_CROSS_FACTOR) return false;
  if (factor > SURE_CROSS_FACTOR) return true;
  const [i0, i1] = source as [number, number];
  const [j0, j1] = target as [number, number];
  const fits = (i: number, j: number) => Math.abs(ctx.deviations(ctx.source.length(i), ctx.target.length(j))) < TWICE_DEVIATIONS;
  if (factor > CROSS_FACTOR && fits(i0, j1) && fits(i1, j0)) return true;
  // A little more evidence crosswise, and the aligner's own costs (length and words) far lower so: a label opening the
  // first sentence on each side ("Чл. 3." / "Art. 3.") stays in its place and holds the pair in order up.
  const cost = (i: number, j: number) => linkCost(ctx.costs, i, 1, j, 1);
  return cost(i0, j0) + cost(i1, j1) - (cost(i0, j1) + cost(i1, j0)) >= CROSS_COST_MARGIN;
}

/** A crosswise pair with less evidence than this share of what its source sentence's translations usually show shares nothing. */
const CROSS_NONE = 0.25;

/**
 * Of a 2-2 link whose sentences pair crosswise, the crosswise pair that shares
 * (next to) nothing, if one does: the link's other two sentences translate each
 * other, and these two nothing (a sentence left out beside one added: no swap).
 */
export function unpairedCrosswise(ctx: ReviewContext, source: readonly number[], target: readonly number[]): [number, number] | undefined {
  const [i0, i1] = source as [number, number];
  const [j0, j1] = target as [number, number];
  const none = (i: number, j: number) => ctx.evidence(i, j) < CROSS_NONE * ctx.perChar * ctx.source.length(i);
  if (none(i0, j1) && !none(i1, j0)) return [i0, j1];
  if (none(i1, j0) && !none(i0, j1)) return [i1, j0];
  return undefined;
}

/** A link's translation sentences in the order they pair with its source sentences: crosswise when `crosswise` says so. */
export function pairedTargets(ctx: ReviewContext, link: Link): readonly number[] {
  return crosswise(ctx, link.source, link.target) ? [...link.target].reverse() : link.target;
}

/** How many times the evidence of pairing a 2-2 link's sentences in order crossing them finds (0 when too little to tell). */
function crossFactor(ctx: ReviewContext, source: readonly number[], target: readonly number[]): number {
  if (source.length !== 2 || target.length !== 2 || !ctx.hasBaseline) return 0;
  const [i0, i1] = source as [number, number];
  const [j0, j1] = target as [number, number];
  const straight = ctx.evidence(i0, j0) + ctx.evidence(i1, j1);
  const crossed = ctx.evidence(i0, j1) + ctx.evidence(i1, j0);
  if (crossed < MIN_EXPECTED_EVIDENCE) return 0;
  return straight > 0 ? crossed / straight : Number.POSITIVE_INFINITY;
}
