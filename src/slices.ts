/**
 * Work that yields between slices: the calling thread of a long pair does the whole document's checks while its
 * worker threads review the pieces, and between slices it reads their progress, so the bar moves and its clock
 * ticks (seconds at 400,000 links: the bar stood at "reviewing 0%" for 5 to 14 s while it did them in one go).
 */
export type Sliced<T> = Generator<void, T, void>;

/** Links a slice of the whole document's checks reads: a few milliseconds' work. */
export const SLICE_LINKS = 1024;

/** Runs sliced work to its end in one go (one thread: nothing else to read between slices). */
export function drain<T>(work: Sliced<T>): T {
  let step = work.next();
  while (!step.done) step = work.next();
  return step.value;
}

/** How long sliced work runs before it lets the event loop read messages and timers, in milliseconds. */
const RUN_FOR_MS = 30;

/** Runs sliced work to its end, letting the event loop run every RUN_FOR_MS milliseconds or so. */
export async function runInSlices<T>(work: Sliced<T>): Promise<T> {
  let since = performance.now();
  let step = work.next();
  while (!step.done) {
    if (performance.now() - since >= RUN_FOR_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      since = performance.now();
    }
    step = work.next();
  }
  return step.value;
}
