/**
 * A running pair's progress, carried from the thread that aligns it to the
 * batch's progress bar: thinned where it is made, so that a batch of many
 * short pairs sends (almost) nothing, and a long pair a few reports a second.
 */

/** The pipeline's `onProgress`: a stage, and `done` of `total` where the stage counts something (0 of 0 where it does not). */
export type StageProgress = (stage: string, done: number, total: number) => void;

/** A pair says nothing in its first QUIET_MS: a short pair shows as done, a long one by its stage. */
export const QUIET_MS = 250;
/** Within a stage, at most one report per EVERY_MS (a new stage is told at once). */
export const EVERY_MS = 100;

/**
 * `report`, called only after the pair has run QUIET_MS: then with each new
 * stage at once, and within a stage at most once per EVERY_MS. The first
 * call after the quiet time is always passed on, so the stage the pair is in
 * shows even when it began during that time.
 */
export function thinned(report: StageProgress, now: () => number = () => performance.now()): StageProgress {
  const started = now();
  let stage: string | undefined;
  let last = Number.NEGATIVE_INFINITY;
  return (next, done, total) => {
    const at = now();
    if (at - started < QUIET_MS) return;
    if (next === stage && at - last < EVERY_MS) return;
    stage = next;
    last = at;
    report(next, done, total);
  };
}
