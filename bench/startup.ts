/**
 * Start-up and the event loop, for `npm run bench -- --sets startup,eventloop`:
 * - how long a small job takes from the command line: `sverka --version`, the
 *   seed pair end to end, and `import "sverka"`, each run 10 times in a fresh
 *   process: the least and the median wall time, and the median CPU time (user
 *   and system, of all the process's threads: steadier than wall time on a
 *   shared machine), beside an empty `node` as the machine's baseline;
 * - how long `align` (synchronous) and `alignAsync` (a worker thread) hold the
 *   event loop on a 5,000-segment pair built from NTREX (perf_hooks'
 *   monitorEventLoopDelay: the longest stretch the loop could not run, and the
 *   99th percentile; on a shared machine a busy CPU delays an idle loop too).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { align, alignAsync } from "../src/index.js";
import { loadNtrex, ROOT, rng } from "./data.js";

type Row = Record<string, string | number>;

// The child reports its own CPU time as it exits: Node gives no resource usage of a child process.
const CPU_REPORT = `data:text/javascript,${encodeURIComponent(
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is code for the child process, whose own template it is
  'process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write(`\\nsverka-cpu-us ${u.user + u.system}\\n`); });',
)}`;

interface Timing {
  readonly minMs: number;
  readonly medianMs: number;
  readonly cpuMs: number;
}

/** Wall times (least, median) and median CPU time in ms of `runs` fresh processes running `node args`; fails loudly if the command does. */
function timeRuns(args: readonly string[], runs: number): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--import", CPU_REPORT, ...args], { cwd: ROOT, encoding: "utf8" });
    wall.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed (exit ${r.status}): ${r.stderr}`);
    cpu.push(Number(/sverka-cpu-us (\d+)/.exec(r.stderr)?.[1]) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { minMs: Math.min(...wall), medianMs: median(wall), cpuMs: median(cpu) };
}

/** The command line's start-up in ms, and each median as a ratio to an empty node process's (the machine is shared and noisy). */
export function startupSet(runs = 10): Row[] {
  const dir = mkdtempSync(join(tmpdir(), "sverka-startup-"));
  try {
    const empty = join(dir, "empty.mjs");
    writeFileSync(empty, "");
    const importer = join(dir, "import.mjs");
    writeFileSync(importer, `await import(${JSON.stringify(join(ROOT, "dist", "src", "index.js"))});\n`);
    const seed = ["align", "corpus/osce-alliance-2024/bg.txt", "corpus/osce-alliance-2024/en.txt", "-o", join(dir, "x.tmx"), "-q"];
    const base = timeRuns([empty], runs);
    const cases: Array<[string, string[], number]> = [
      ["node (empty script)", [empty], 0],
      ['import "sverka"', [importer], 0],
      ["sverka --version", ["bin/sverka.js", "--version"], 150],
      ["seed pair end to end", ["bin/sverka.js", ...seed], 350],
    ];
    return cases.map(([what, args, target]) => {
      const t = what.startsWith("node ") ? base : timeRuns(args, runs);
      return {
        set: "startup",
        mode: what,
        ms: Math.round(t.medianMs),
        minMs: Math.round(t.minMs),
        cpuMs: Math.round(t.cpuMs),
        "x empty node": (t.medianMs / base.medianMs).toFixed(2),
        "cpu x empty node": (t.cpuMs / base.cpuMs).toFixed(2),
        ...(target ? { targetMs: target } : {}),
        runs,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** About `size` NTREX sentences a side, the documents in a different order on each pass, one segment a line, a blank line between documents. */
function longPair(shared: string, size: number): { bg: string; en: string; segments: number } {
  const docs = loadNtrex(shared);
  const bg: string[] = [];
  const en: string[] = [];
  let segments = 0;
  for (let pass = 0; segments < size; pass++) {
    const random = rng(1000 + pass);
    const order = docs.map((d) => [random(), d] as const).sort((a, b) => a[0] - b[0]);
    for (const [, doc] of order) {
      if (segments >= size) break;
      bg.push(doc.bg.join("\n"));
      en.push(doc.en.join("\n"));
      segments += doc.bg.length;
    }
  }
  return { bg: bg.join("\n\n"), en: en.join("\n\n"), segments };
}

/** The longest event-loop delay (ms) while `work` runs, with a timer ticking every 10 ms to give the loop something to do. */
async function heldLoop(work: () => Promise<unknown> | unknown): Promise<{ maxDelayMs: number; p99DelayMs: number; seconds: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  const tick = setInterval(() => {}, 10);
  histogram.enable();
  // The monitor's own timer must be running before the work starts, or a block that starts at once is never seen.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const t0 = performance.now();
  await work();
  const seconds = (performance.now() - t0) / 1000;
  // One more turn of the loop, so a block that ended the work is measured too.
  await new Promise((resolve) => setTimeout(resolve, 20));
  histogram.disable();
  clearInterval(tick);
  return { maxDelayMs: histogram.max / 1e6, p99DelayMs: histogram.percentile(99) / 1e6, seconds };
}

/** `align` against `alignAsync` on a 5,000-segment pair: the event loop's longest delay, and the time of each. */
export async function eventLoopSet(shared: string, size = 5000): Promise<Row[]> {
  const { bg, en, segments } = longPair(shared, size);
  const options = { segmented: true } as const;
  const rows: Row[] = [];
  let links = 0;
  const sync = await heldLoop(() => {
    links = align(bg, en, options).links.length;
  });
  rows.push({
    set: "eventloop",
    mode: "align (sync)",
    segments,
    links,
    maxDelayMs: Math.round(sync.maxDelayMs),
    p99DelayMs: Math.round(sync.p99DelayMs),
    seconds: sync.seconds.toFixed(2),
  });
  const worker = await heldLoop(async () => {
    links = (await alignAsync(bg, en, options)).links.length;
  });
  rows.push({
    set: "eventloop",
    mode: "alignAsync (worker)",
    segments,
    links,
    maxDelayMs: Math.round(worker.maxDelayMs),
    p99DelayMs: Math.round(worker.p99DelayMs),
    seconds: worker.seconds.toFixed(2),
  });
  return rows;
}
