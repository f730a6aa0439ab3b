import { abs, floor, log, max, min, SQRT2, sqrt } from "../math.js";
import type { LengthModel } from "../types.js";

/** Gale & Church's variance of target length per source character, before the pair gives its own. */
export const DEFAULT_VARIANCE = 6.8;
/** A length cost saturates here (e^-40): beyond, lengths say only "wrong", and one absurd link must not outweigh the rest of a path. */
const MAX_COST = 40;
/** Fewer 1-1 links than this give no variance worth estimating: the textbook one is kept. */
const MIN_MODEL_LINKS = 5;
/** Median of a chi-square with one degree of freedom: turns the median squared residual into a variance. */
const CHI2_MEDIAN = 0.455;
/** Bounds on the estimated variance: a pair of near-identical lengths (tables, lists) or of chaotic ones must not make lengths decide everything or nothing. */
const MIN_VARIANCE = 1;
const MAX_VARIANCE = 60;

/**
 * -log P(lengths match) under Gale & Church's model: the target length of a
 * link is normal around ratio x source length, with variance growing with
 * length. The mean of both lengths (in source units) scales the variance, so
 * the cost is symmetric in which side is longer.
 */
export function lengthCost(sourceChars: number, targetChars: number, model: LengthModel): number {
  const mean = (sourceChars + targetChars / model.ratio) / 2;
  if (mean <= 0) return 0;
  const delta = abs(targetChars - model.ratio * sourceChars) / sqrt(model.variance * mean);
  return min(MAX_COST, -logErfc(delta / SQRT2));
}

/**
 * At most `lengthCost` of the same lengths, without its logarithm and square
 * root: erfc(x) <= e^(-x²) for x >= 0, so -ln erfc(x) >= x², and the fit of
 * `logErfc` is within 1.2e-7 of the true value (the slack below covers that
 * and rounding many times over). Most links a search rejects on their
 * lengths are rejected on this.
 */
export function lengthCostFloor(sourceChars: number, targetChars: number, model: LengthModel): number {
  const mean = (sourceChars + targetChars / model.ratio) / 2;
  if (mean <= 0) return 0;
  const d = targetChars - model.ratio * sourceChars;
  return min(MAX_COST, (d * d) / (2 * model.variance * mean)) - FLOOR_SLACK;
}

/** What `lengthCostFloor` leaves below x² for the fit's error and rounding. */
const FLOOR_SLACK = 1e-6;

/** ln(erfc(x)) for x >= 0, without underflow (Chebyshev fit, relative error < 1.2e-7). */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return log(t) + poly;
}

/**
 * The pair's own length model from links believed right: the ratio of total
 * lengths, and the variance from the median squared residual (robust to the
 * few wrong links a first pass makes).
 */
export function estimateLengthModel(pairs: ReadonlyArray<readonly [number, number]>, fallbackRatio: number): LengthModel {
  // Summed in order, as before, so the ratio is the same to the last bit; no arrays made on the way (100,000 links when a long pair's pieces are joined).
  let count = 0;
  let sourceChars = 0;
  let targetChars = 0;
  for (const [s, t] of pairs)
    if (s > 0 && t > 0) {
      count++;
      sourceChars += s;
      targetChars += t;
    }
  if (count < MIN_MODEL_LINKS) return { ratio: fallbackRatio, variance: DEFAULT_VARIANCE * max(1, fallbackRatio) };
  const ratio = targetChars / sourceChars;
  const residuals = new Float64Array(count);
  let k = 0;
  for (const [s, t] of pairs) if (s > 0 && t > 0) residuals[k++] = (t - ratio * s) ** 2 / ((s + t / ratio) / 2);
  // A typed array sorts numbers natively, without a comparator call per comparison.
  residuals.sort();
  const median = residuals[floor(residuals.length / 2)]!;
  const variance = min(MAX_VARIANCE, max(MIN_VARIANCE, median / CHI2_MEDIAN));
  return { ratio, variance };
}
