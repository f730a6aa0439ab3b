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
