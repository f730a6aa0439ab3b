/**
 * npm run bench:speed: time and peak memory of aligning long documents end to
 * end (files read, decoded, segmented, aligned, reviewed), and the accuracy
 * of the long alignment against the same text aligned in small pieces.
 * Documents are NTREX pairs with fresh noise (merges, drops, passages,
 * insertions) for every copy, as running text, concatenated until they reach
 * the size. Each size runs in its own process, so peak memory is its own.
 *
 *   node dist/bench/speed.js [sizes...]      default 10000 50000 100000 200000
 *   node dist/bench/speed.js --json FILE     also write the figures as JSON
 *   node dist/bench/speed.js --markdown      only the Markdown line (below)
 *
 * A last line times reading and segmenting Markdown: NTREX documents as a
 * large .md (headings, wrapped paragraphs, lists, links, bold, code blocks),
 * against the same text as .txt.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { addCounts, emptyCounts, scoresFrom } from "../src/eval/index.js";
import { align, alignFiles, type BitextOptions, markdownToText, readDocument, segmentDocument } from "../src/index.js";
import { VERSION } from "../src/version.js";
import { concatenatePairs, inGoldTerms, loadNtrex, type NtrexDoc, rawText, repeatedNoisyPairs, sharedDir } from "./data.js";

interface SizeResult {
  readonly segments: readonly [number, number];
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly strictF1: number;
  readonly piecesStrictF1: number;
  readonly pieces: number;
}

async function one(size: number, shared: string, withPieces = true): Promise<SizeResult> {
  const pairs = repeatedNoisyPairs(loadNtrex(shared), size);
  const long = concatenatePairs(pairs);
  const src = rawText(long.source);
  const tgt = rawText(long.target);
  const dir = mkdtempSync(join(tmpdir(), "sverka-speed-"));
  const options: BitextOptions = { sourceLang: "bg", targetLang: "en" };
  try {
    writeFileSync(join(dir, "bg.txt"), src.text);
    writeFileSync(join(dir, "en.txt"), tgt.text);
    const t0 = performance.now();
    const b = await alignFiles(join(dir, "bg.txt"), join(dir, "en.txt"), options);
    const seconds = (performance.now() - t0) / 1000;
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const counts = addCounts(emptyCounts(), long.gold, inGoldTerms(b, src.spans, tgt.spans));
    // The same text, pair by pair.
    const pieceCounts = emptyCounts();
    for (const p of withPieces ? pairs : []) {
      const ps = rawText(p.source);
      const pt = rawText(p.target);
      addCounts(pieceCounts, p.gold, inGoldTerms(align(ps.text, pt.text, options), ps.spans, pt.spans));
    }
    return {
      segments: [b.source.segments.length, b.target.segments.length],
      seconds,
      peakRssMb,
      strictF1: scoresFrom(counts).f1Strict,
      piecesStrictF1: scoresFrom(pieceCounts).f1Strict,
      pieces: pairs.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** NTREX documents as Markdown, `copies` times over: a heading each, wrapped paragraphs, lists, links, bold, a code block. */
function markdownOf(docs: readonly NtrexDoc[], copies: number): string {
  const wrap = (s: string) => s.replace(/(.{1,72})(?:\s+|$)/gu, "$1\n").trimEnd();
  const out: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const [d, doc] of docs.entries()) {
      out.push(`## ${doc.en[0]} (${c + 1}.${d + 1})`);
      const body = doc.en.slice(1);
      for (let k = 0; k < body.length; k += 4) {
        const sentences = body
          .slice(k, k + 4)
          .map((x, j) => (j === 1 ? x.replace(/^(\S+) (\S+)/u, "**$1** [$2](https://example.org/$2)") : x));
        // Every third paragraph a list of its sentences, the others wrapped prose.
        out.push(k % 12 === 8 ? sentences.map((x) => `- ${x}`).join("\n") : wrap(sentences.join(" ")));
      }
      out.push("```\nsverka align bg.md en.md -o out.tmx\n```");
    }
  }
  return `${out.join("\n\n")}\n`;
}

/** Reads and segments the same English text as .md and as .txt (its extracted text): time and segments a second, best of three. */
async function markdownSpeed(shared: string): Promise<void> {
  const md = markdownOf(loadNtrex(shared), 4);
  const dir = mkdtempSync(join(tmpdir(), "sverka-md-"));
  try {
    writeFileSync(join(dir, "doc.md"), md);
    writeFileSync(join(dir, "doc.txt"), markdownToText(md));
    const time = async (file: string) => {
      let best = Number.POSITIVE_INFINITY;
      let count = 0;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        count = segmentDocument(await readDocument(join(dir, file)), "en").length;
        best = Math.min(best, (performance.now() - t0) / 1000);
      }
      return { seconds: best, count };
    };
    const m = await time("doc.md");
    const t = await time("doc.txt");
    console.log(
      `markdown ${(md.length / 1e6).toFixed(1)} MB .md: ${m.count} segments in ${m.seconds.toFixed(2)} s (${(m.count / m.seconds).toFixed(0)} segments/s); ` +
        `the same text as .txt: ${t.count} segments in ${t.seconds.toFixed(2)} s (${(t.count / t.seconds).toFixed(0)} segments/s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const shared = sharedDir();
if (!shared) {
  console.log("skipped: ../shared/data not found (set SVERKA_SHARED to its path)");
} else if (args[0] === "--markdown") {
  await markdownSpeed(shared);
} else if (args[0] === "--one") {
  console.log(JSON.stringify(await one(Number(args[1]), shared, !args.includes("--no-pieces"))));
} else {
  const jsonAt = args.indexOf("--json");
  const jsonPath = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const sizes = args
    .filter((_, k) => jsonAt < 0 || (k !== jsonAt && k !== jsonAt + 1))
    .map(Number)
    .filter((x) => x > 0);
  console.log(`sverka ${VERSION} speed  node ${process.version}  running text from files, default options (review included)`);
  const results: Array<SizeResult & { size: number }> = [];
  for (const size of sizes.length ? sizes : [10000, 50000, 100000, 200000]) {
    const out = execFileSync(process.execPath, ["--max-old-space-size=8192", fileURLToPath(import.meta.url), "--one", String(size)], {
      encoding: "utf8",
    });
    const r = JSON.parse(out) as SizeResult;
    results.push({ ...r, size });
    const prev = results.length > 1 ? results[results.length - 2]! : undefined;
    const ratio = prev
      ? `  t/t(${prev.size / 1000}k) ${(r.seconds / prev.seconds).toFixed(2)} for ${(size / prev.size).toFixed(1)}x the text`
      : "";
    console.log(
      `segments ${r.segments[0]}/${r.segments[1]}  ${r.seconds.toFixed(1)} s  ${(r.segments[0] / r.seconds).toFixed(0)} segments/s  peak RSS ${r.peakRssMb} MB` +
        `  strict F1 ${r.strictF1.toFixed(3)} (in ${r.pieces} pieces ${r.piecesStrictF1.toFixed(3)}, difference ${(r.strictF1 - r.piecesStrictF1).toFixed(3)})${ratio}`,
    );
  }
  await markdownSpeed(shared);
  if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify({ version: VERSION, node: process.version, results }, null, 2)}\n`);
}
