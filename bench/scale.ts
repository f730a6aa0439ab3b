/**
 * npm run bench:scale: accuracy, time and peak memory of long documents,
 * end to end as the CLI runs them (files read, segmented, aligned, reviewed,
 * JSON written), on the generated pairs of bench/generate.ts: contracts from
 * one template (repetitive), paragraphs drawn at random from contracts,
 * manuals and news, and those paragraphs with a running reference in every
 * sentence (no sentence repeats), 3 %
 * of the sentences left out of the translation, raw
 * text and pre-split (`--segmented`). Each run is a process of its own, so
 * its peak RSS is its own.
 *
 *   node dist/bench/scale.js                 1k, 5k, 20k segments a side
 *   node dist/bench/scale.js --large         also 100k and 400k
 *   node dist/bench/scale.js --sizes 1000,100000 --kinds contracts --modes raw
 *   node dist/bench/scale.js --json FILE     also write the figures as JSON
 *   node dist/bench/scale.js --threads 1     a long pair's pieces in one thread (default: as the command chooses)
 *
 * "links right" is the share of the links sverka wrote that are exactly a
 * gold link (strict precision); strict F1 as everywhere in the bench.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { addCounts, emptyCounts, scoresFrom } from "../src/eval/index.js";
import { alignFiles, formats } from "../src/index.js";
import { writeAtomic } from "../src/io/files.js";
import { relaunchEnv } from "../src/io/malloc.js";
import type { Link } from "../src/types.js";
import { VERSION } from "../src/version.js";
import { threadsFor } from "../src/worker/long.js";
import { inGoldTerms, loadNtrex, rawText, segmentedText, sharedDir } from "./data.js";
import { type GeneratedKind, generatePair } from "./generate.js";

type Mode = "raw" | "segmented";

interface RunResult {
  readonly kind: GeneratedKind;
  readonly mode: Mode;
  readonly size: number;
  readonly segments: readonly [number, number];
  /** Distinct source texts: the generated pairs repeat their sentences more the longer they are, and much of the work is per distinct text. */
  readonly distinct: number;
  readonly seconds: number;
  /** CPU seconds of every thread (user and system): on a shared machine, what the run cost. */
  readonly cpuSeconds: number;
  readonly threads: number;
  readonly peakRssMb: number;
  readonly strictF1: number;
  readonly linksRight: number;
  readonly summary: string;
}

/** Writes a generated pair's two files and its gold (with the raw text's sentence spans) into `dir`: a process of its own. */
function make(kind: GeneratedKind, mode: Mode, size: number, dir: string): void {
  const shared = sharedDir();
  const pair = generatePair(kind, { size, seed: size, ntrex: shared ? loadNtrex(shared) : undefined });
  const text = (side: typeof pair.source) => (mode === "raw" ? rawText(side) : { text: segmentedText(side), spans: [] });
  const src = text(pair.source);
  const tgt = text(pair.target);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "bg.txt"), src.text);
  writeFileSync(join(dir, "en.txt"), tgt.text);
  writeFileSync(join(dir, "gold.json"), JSON.stringify({ gold: pair.gold, source: src.spans, target: tgt.spans }));
}

/**
 * Aligns the pair in `dir` as `sverka align A B -f json -o out.json` does (the JSON written a
 * megabyte at a time, in a process started as the command starts a long one), then scores it:
 * nothing of the generator is in this process, so its peak RSS is the command's.
 */
async function one(kind: GeneratedKind, mode: Mode, size: number, threads: number, dir: string): Promise<RunResult> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const b = await alignFiles(join(dir, "bg.txt"), join(dir, "en.txt"), {
    sourceLang: "bg",
    targetLang: "en",
    segmented: mode === "segmented",
    // 0: as the command chooses (one thread below about 65,000 segments a side, the cores from there).
    ...(threads > 0 ? { threads } : {}),
  });
  await writeAtomic(join(dir, "out.json"), formats.json.chunks!(b));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const { gold, source, target } = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as {
    gold: Link[];
    source: Array<[number, number]>;
    target: Array<[number, number]>;
  };
  const links = mode === "raw" ? inGoldTerms(b, source, target) : b.links;
  const s = scoresFrom(addCounts(emptyCounts(), gold, links));
  return {
    kind,
    mode,
    size,
    segments: [b.source.segments.length, b.target.segments.length],
    distinct: new Set(b.source.segments.map((x) => x.text)).size,
    seconds,
    cpuSeconds,
    threads: threads > 0 ? threads : threadsFor({}, { bytes: statSync(join(dir, "bg.txt")).size + statSync(join(dir, "en.txt")).size }),
    peakRssMb,
    strictF1: s.f1Strict,
    linksRight: s.precisionStrict,
    summary: "",
  };
}

/** One size of one kind and mode: the pair made in one process, aligned in another, the files removed after. */
function measure(kind: GeneratedKind, mode: Mode, size: number, threads: number): RunResult {
  const dir = mkdtempSync(join(tmpdir(), "sverka-scale-"));
  const self = fileURLToPath(import.meta.url);
  try {
    execFileSync(process.execPath, [self, "--make", kind, mode, String(size), dir]);
    // The command runs a long alignment in a process with fixed malloc thresholds (src/io/malloc.ts) and its
    // collector exposed (src/io/gc.ts): so does this.
    const env = relaunchEnv([join(dir, "bg.txt"), join(dir, "en.txt")], process.env) ?? process.env;
    const out = execFileSync(process.execPath, ["--expose-gc", self, "--one", kind, mode, String(size), String(threads), dir], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
      env,
    });
    return JSON.parse(out) as RunResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv[1] === fileURLToPath(import.meta.url) ? process.argv.slice(2) : undefined;
const list = (name: string) => {
  const at = args!.indexOf(name);
  return at >= 0 ? args![at + 1]!.split(",") : undefined;
};

const USAGE = `node dist/bench/scale.js [options]   (npm run bench:scale -- [options])
Long generated pairs aligned end to end, each in a process of its own: links right, strict F1, time, CPU, peak RSS.
  --sizes 1000,5000      segments a side (default 1000,5000,20000; with --large also 100000,400000)
  --kinds mixed,distinct contracts, repeated, mixed, distinct, clauses, particulars, models (default all seven)
  --modes raw,segmented  running text, pre-split, or both (default both)
  --threads N            worker threads for a long pair (default: as the command chooses, one below about 65,000 segments a side)
  --json FILE            also write the figures as JSON
The default run takes several minutes; --large adds much more (the 400k pairs take about a minute each).`;
const KINDS: readonly GeneratedKind[] = ["contracts", "repeated", "mixed", "distinct", "clauses", "particulars", "models"];
const OPTIONS = new Set(["--sizes", "--kinds", "--modes", "--threads", "--json", "--large"]);

if (!args) {
  // Imported, not run: nothing to do.
} else if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
} else if (args[0] === "--make") {
  make(args[1] as GeneratedKind, args[2] as Mode, Number(args[3]), args[4]!);
} else if (args[0] === "--one") {
  console.log(JSON.stringify(await one(args[1] as GeneratedKind, args[2] as Mode, Number(args[3]), Number(args[4]), args[5]!)));
} else {
  const unknown = args.filter(
    (a, k) => a.startsWith("-") && !OPTIONS.has(a) && !(k > 0 && OPTIONS.has(args[k - 1]!) && args[k - 1] !== "--large"),
  );
  const badKinds = (list("--kinds") ?? []).filter((k) => !KINDS.includes(k as GeneratedKind));
  const whole = (v: string) => /^[1-9]\d*$/.test(v);
  const badNumbers = [...(list("--sizes") ?? []), ...(list("--threads") ?? [])].filter((v) => !whole(v));
  const badModes = (list("--modes") ?? []).filter((m) => m !== "raw" && m !== "segmented");
  const problem = unknown.length
    ? `unknown option ${unknown.join(", ")}`
    : badKinds.length
      ? `unknown kind ${badKinds.join(", ")} (kinds: ${KINDS.join(", ")})`
      : badModes.length
        ? `unknown mode ${badModes.join(", ")} (modes: raw, segmented)`
        : badNumbers.length
          ? `--sizes and --threads take whole numbers of 1 or more, not ${badNumbers.join(", ")}`
          : undefined;
  if (problem) {
    console.error(`${problem}\n\n${USAGE}`);
    process.exit(2);
  }
  const threads = Number(list("--threads")?.[0] ?? 0);
  const sizes = (list("--sizes") ?? ["1000", "5000", "20000", ...(args.includes("--large") ? ["100000", "400000"] : [])]).map(Number);
  const kinds = (list("--kinds") ?? KINDS) as GeneratedKind[];
  const modes = (list("--modes") ?? ["raw", "segmented"]) as Mode[];
  const jsonAt = args.indexOf("--json");
  console.log(
    `sverka ${VERSION} scale  node ${process.version}  end to end (read, segment, align, review, JSON written), default options, ${threads > 0 ? `${threads} thread(s)` : "threads as the command chooses them"} of ${availableParallelism()} cores; ${sharedDir() ? "NTREX news in the mix" : "no ../shared: own templates only"}`,
  );
  const results: RunResult[] = [];
  for (const kind of kinds)
    for (const mode of modes)
      for (const size of sizes) {
        const r = measure(kind, mode, size, threads);
        results.push(r);
        const perSeg = (1e6 * r.seconds) / r.segments[0];
        console.log(
          `${kind.padEnd(9)} ${mode.padEnd(9)} segments ${r.segments[0]}/${r.segments[1]} (${r.distinct} distinct)  strict F1 ${r.strictF1.toFixed(3)}  links right ${(100 * r.linksRight).toFixed(1)}%  ` +
            `${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s, ${r.threads === 1 ? "1 thread" : `${r.threads} threads`})  ${perSeg.toFixed(0)} µs/segment  peak RSS ${r.peakRssMb} MB${r.summary ? `  (${r.summary.trim()})` : ""}`,
        );
      }
  for (const kind of kinds)
    for (const mode of modes) {
      const mine = results.filter((r) => r.kind === kind && r.mode === mode);
      const per = mine.map((r) => r.seconds / r.segments[0]);
      const cpu = mine.map((r) => r.cpuSeconds / r.segments[0]);
      const ratio = (xs: number[]) => (Math.max(...xs) / Math.min(...xs)).toFixed(2);
      // Which sizes: at small ones the slowest is the smallest pair, whose fixed start (loading, V8 warming up) is most of it.
      const size = (xs: number[], pick: (...v: number[]) => number) => short(mine[xs.indexOf(pick(...xs))]!.size);
      if (per.length > 1)
        console.log(
          `${kind} ${mode}: slowest / fastest time per segment ${ratio(per)} (${size(per, Math.max)} over ${size(per, Math.min)}; CPU time per segment ${ratio(cpu)})`,
        );
      // What each step up in size added, per segment added: the fixed start counts once, so a time that grows
      // faster than the document (the issue's hang: 16,000 sentences 6.5 s, 17,000 59 s) shows as a ratio above 1.
      const sorted = [...mine].sort((a, b) => a.size - b.size);
      const added = sorted.slice(1).map((r, n) => ({
        from: sorted[n]!,
        to: r,
        perSegment: (r.seconds - sorted[n]!.seconds) / (r.segments[0] - sorted[n]!.segments[0]),
      }));
      if (added.length > 1 && added.every((a) => a.perSegment > 0))
        console.log(
          `${kind} ${mode}: time per segment added, size to size: ${added.map((a) => `${short(a.from.size)}→${short(a.to.size)} ${(1e6 * a.perSegment).toFixed(0)} µs`).join(", ")}; largest / smallest ${stepRatio(added)}`,
        );
    }
  if (jsonAt >= 0) writeFileSync(args[jsonAt + 1]!, `${JSON.stringify({ version: VERSION, node: process.version, results }, null, 2)}\n`);
}

/** The largest time per segment a step up in size added over the smallest, and which steps they are. */
function stepRatio(added: ReadonlyArray<{ from: RunResult; to: RunResult; perSegment: number }>): string {
  const step = (pick: (...v: number[]) => number) => {
    const a = added.find((x) => x.perSegment === pick(...added.map((y) => y.perSegment)))!;
    return { a, name: `${short(a.from.size)}→${short(a.to.size)}` };
  };
  const [most, least] = [step(Math.max), step(Math.min)];
  return `${(most.a.perSegment / least.a.perSegment).toFixed(2)} (${most.name} over ${least.name})`;
}

/** 1000 as "1k", 400000 as "400k". */
function short(size: number): string {
  return size % 1000 === 0 ? `${size / 1000}k` : String(size);
}
