/**
 * The length model's estimate as it was written before it summed and sorted
 * without intermediate arrays (src/score/length.ts `estimateLengthModel`;
 * issue 14): tests/score.test.ts checks that both give the same model to the
 * last bit.
 */
export function referenceLengthModel(
  pairs: ReadonlyArray<readonly [number, number]>,
  fallbackRatio: number,
  constants: { minLinks: number; defaultVariance: number; minVariance: number; maxVariance: number; chi2Median: number },
): { ratio: number; variance: number } {
  const usable = pairs.filter(([s, t]) => s > 0 && t > 0);
  if (usable.length < constants.minLinks) return { ratio: fallbackRatio, variance: constants.defaultVariance * Math.max(1, fallbackRatio) };
  const ratio = usable.reduce((a, [, t]) => a + t, 0) / usable.reduce((a, [s]) => a + s, 0);
  const residuals = usable.map(([s, t]) => (t - ratio * s) ** 2 / ((s + t / ratio) / 2)).sort((a, b) => a - b);
  const median = residuals[Math.floor(residuals.length / 2)]!;
  return { ratio, variance: Math.min(constants.maxVariance, Math.max(constants.minVariance, median / constants.chi2Median)) };
}
