/**
 * A full collection between the steps of a long pair's flow, where the
 * process allows one: the command starts a long alignment with `--expose-gc`
 * (bin/sverka.js). The calling thread's garbage of the step before (the
 * pieces' results joined, the segments' copies sent) otherwise stays until
 * V8 collects on its own, while the task threads' heaps peak beside it: on
 * the 100,000-segment pair, 20 to 40 MB less at the peak for no CPU that
 * runs could show (docs/scale.md). A library caller's process exposes no
 * `gc`, and nothing happens.
 */
export function collectBetweenSteps(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** How much a heap may grow over what the last full collection left before `collectorPace` collects again. */
const GROWTH = 1.5;

/**
 * A full collection, where the process allows one, each time the heap has
 * grown by half over what the last one left: asked now and then through one
 * long step (a long pair's review). V8 lets the garbage of a step that keeps a
 * large live heap pile up beside it: the 100,000-segment pair of text that
 * never repeats peaked at 969 MB without, at 769-786 MB with one collection
 * of 0.3 s (a collection every 20,000 links gave as much for 2 s); a pair of
 * text that repeats grows little and is seldom collected (docs/scale.md).
 */
export function collectorPace(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return () => {};
  let left = process.memoryUsage().heapUsed;
  return () => {
    if (process.memoryUsage().heapUsed < left * GROWTH) return;
    gc();
    left = process.memoryUsage().heapUsed;
  };
}
