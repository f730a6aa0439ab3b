/** The progress bars of one long `align` or `check`, and of a `batch`: on stderr, on a terminal only. */
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
  if (quiet || !barShown(io)) return { stop: () => {} };
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

/** A bar needs a terminal that moves its cursor: stderr a terminal, not a dumb one (an editor's shell buffer). */
function barShown(io: Io): boolean {
  return Boolean(io.stderr.isTTY) && process.env.TERM !== "dumb";
}

/** A stage and its percent as the bars say them: "reviewing 45%", "matching words". */
function stageText(stage: string, done: number, total: number): string {
  const label = LABELS[stage] ?? stage;
  return total > 0 ? `${label} ${Math.floor((100 * done) / total)}%` : label;
}

/** Running pairs named on the batch's bar; more are counted. */
const NAMED = 2;
/** A pair's name on the bar is cut to this many characters, so that its stage fits in 80 columns. */
const NAME_WIDTH = 20;

const shortName = (name: string) => (name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1)}…` : name);

export interface BatchProgress {
  /** A pass over the pairs begins ("learning" with --learn-across, then "aligning"): the count starts at `done` (pairs up to date) of `total`. */
  phase(name: string, total: number, done: number): void;
  /** `done` pairs of the pass are finished, `pair` among them. */
  finished(pair: number, done: number): void;
  /** A running pair's stage, as the batch tells it (thinned). */
  progress(pair: number, name: string, stage: string, done: number, total: number): void;
  /** Clears the bar; safe to call more than once. */
  stop(): void;
}

/**
 * The batch's bar: pairs done of the pass, the seconds so far, and the
 * stage and percent of each long pair running ("archive: reviewing 45%"),
 * so a pair that takes a minute is seen to move. Short pairs only finish
 * (they report nothing). Shown only when stderr is a terminal; the same
 * terminal settings as the single bar (cursor shown, lines cut to the width).
 */
export function batchBar(io: Io): BatchProgress | undefined {
  if (!barShown(io)) return undefined;
  const { SingleBar, Presets, Format } = cliProgress();
  const started = performance.now();
  let phase = "";
  let value = 0;
  const running = new Map<number, { stage: string; text: string }>();
  const runningText = () => {
    if (running.size === 0) return "";
    const shown = [...running.values()].slice(0, NAMED).map((r) => r.text);
    const more = running.size - shown.length;
    return ` | ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  };
  const bar = new SingleBar(
    {
      // A function, so that the seconds go on while a long pair sends nothing new.
      format: (options, params) =>
        `${phase} ${Format.BarFormat(params.progress, options)} ${params.value}/${params.total} pairs ${((performance.now() - started) / 1000).toFixed(0)} s${runningText()}`,
      stream: io.stderr as NodeJS.WritableStream,
      hideCursor: false,
      linewrap: true,
      clearOnComplete: true,
      // A narrow terminal shortens the bar before the long pair's stage and percent are cut off.
      barsize: Math.max(8, Math.min(20, ((io.stderr as { columns?: number }).columns || 80) - 60)),
    },
    Presets.shades_classic,
  );
  let shown = false;
  return {
    phase: (name, total, done) => {
      phase = name;
      value = done;
      running.clear();
      if (shown) {
        bar.setTotal(total);
        bar.update(done);
        bar.render();
      } else bar.start(total, done);
      shown = true;
    },
    // Pairs up to date finish before any pass begins: the pass starts from them.
    finished: (pair, done) => {
      running.delete(pair);
      value = done;
      if (shown) bar.update(done);
    },
    progress: (pair, name, stage, done, total) => {
      if (!shown) return;
      const fresh = running.get(pair)?.stage !== stage;
      running.set(pair, { stage, text: `${shortName(name)}: ${stageText(stage, done, total)}` });
      bar.update(value);
      if (fresh) bar.render(); // a new stage shows at once
    },
    stop: () => {
      if (shown) bar.stop();
      shown = false;
    },
  };
}
