/** The progress bar of one long `align` or `check`: on stderr, on a terminal only. */
import type cliProgressModule from "cli-progress";
import { lazy } from "../lazy.js";
import type { Io } from "./index.js";

// Loaded only when a bar is shown (a terminal): piped and quiet runs do not pay for it.
const cliProgress = lazy<typeof cliProgressModule>("cli-progress");

/** How the pipeline's stages read on the bar. */
const LABELS: Record<string, string> = {
  read: "reading",
  segment: "segmenting",
  score: "matching words",
  "align draft": "aligning (draft)",
  learn: "learning word translations",
  align: "aligning",
  review: "reviewing",
  write: "writing",
};

export interface Progress {
  /** The pipeline's `onProgress` (undefined when no bar is shown, so the pipeline reports nothing). */
  readonly onProgress?: (stage: string, done: number, total: number) => void;
  /** Clears the bar; safe to call more than once, and when no bar was shown. */
  stop(): void;
}

/**
 * A bar that names the stage (reading, segmenting, matching words,
 * aligning, reviewing, writing), with the percent where the stage knows it
 * (files, the rows of the alignment search) and the seconds so far. Shown only when stderr is a terminal and not `quiet`:
 * piped output stays clean. Cleared when done, so the summary follows as usual.
 */
export function progressBar(io: Io, quiet: boolean | undefined): Progress {
  if (quiet || !io.stderr.isTTY) return { stop: () => {} };
  const { SingleBar, Presets } = cliProgress();
  const bar = new SingleBar(
    {
      format: "{stage} {bar} {percent} {elapsed} s",
      stream: io.stderr as NodeJS.WritableStream,
      // The terminal's settings stay as they are (cursor shown, lines wrapped; the bar is cut to the width
      // instead): Ctrl-C ends a long alignment at once, and nothing is left to restore.
      hideCursor: false,
      linewrap: true,
      clearOnComplete: true,
      barsize: 30,
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  let stage = "";
  let shownTotal = 0;
  let running = false;
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(0);
  // Percent only where the stage counts something (files, rows): "0 of 0" only says a stage began.
  const percent = (done: number, total: number) => (total > 0 ? `${Math.floor((100 * done) / total)}%` : "");
  return {
    onProgress: (next, done, total) => {
      const label = LABELS[next] ?? next;
      if (!running) {
        running = true;
        stage = label;
        shownTotal = Math.max(1, total);
        bar.start(shownTotal, done, { stage, percent: percent(done, total), elapsed: elapsed() });
        return;
      }
      if (Math.max(1, total) !== shownTotal) {
        shownTotal = Math.max(1, total);
        bar.setTotal(shownTotal);
      }
      bar.update(done, { stage: label, percent: percent(done, total), elapsed: elapsed() });
      if (label !== stage) {
        stage = label;
        bar.render(); // a new stage shows at once, however quick the last one was
      }
    },
    stop: () => {
      if (running) bar.stop();
      running = false;
    },
  };
}
