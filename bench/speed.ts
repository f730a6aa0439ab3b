/**
 * npm run bench:speed: time and peak memory of aligning long documents, end
 * to end from one-segment-a-line text. Each size runs in its own process.
 * Documents are NTREX pairs with fresh noise (merges, drops, passages,
 * insertions) for every copy, concatenated until they reach the size.
 *
 *   node dist/bench/speed.js [sizes...]      default 2500 5000 10000 20000
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { align } from "../src/index.js";
import { VERSION } from "../src/version.js";
import { buildNoisyPairs, loadNtrex, segmentedText, sharedDir } from "./data.js";

function build(size: number, shared: string): { source: string; target: string } {
  const docs = loadNtrex(shared);
  const source: string[] = [];
  const target: string[] = [];
  let n = 0;
  for (let seed = 1; n < size; seed++) {
    for (const p of buildNoisyPairs(docs, { perPair: 8, seed })) {
      source.push(segmentedText(p.source));
      target.push(segmentedText(p.target));
      n += p.source.segments.length;
      if (n >= size) break;
    }
  }
  return { source: source.join("\n"), target: target.join("\n") };
}

const [mode, arg] = process.argv.slice(2);
const shared = sharedDir();
if (!shared) {
  console.log("skipped: ../shared/data not found (set SVERKA_SHARED to its path)");
} else if (mode === "--one") {
  const { source, target } = build(Number(arg), shared);
  const t0 = performance.now();
  const b = align(source, target, { segmented: true });
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ source: b.source.segments.length, target: b.target.segments.length, seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  console.log(`sverka ${VERSION} speed  node ${process.version}  segmented input, default options`);
  const times: number[] = [];
  for (const size of sizes.length ? sizes : [2500, 5000, 10000, 20000]) {
    const out = execFileSync(process.execPath, ["--max-old-space-size=8192", fileURLToPath(import.meta.url), "--one", String(size)], { encoding: "utf8" });
    const r = JSON.parse(out) as { source: number; target: number; seconds: number; peakRssMb: number };
    times.push(r.seconds);
    const ratio = times.length > 1 ? `  t/t(previous) ${(r.seconds / times[times.length - 2]!).toFixed(2)}` : "";
    console.log(`segments ${r.source}/${r.target}  ${r.seconds.toFixed(1)} s  ${(r.source / r.seconds).toFixed(0)} segments/s  peak RSS ${r.peakRssMb} MB${ratio}`);
  }
}
