/**
 * `sverka batch --learn-across` measured: the same small documents aligned
 * as a batch, each learning from itself only, then with word translations
 * pooled over the batch. Runs the batch library as the CLI does (files in,
 * JSON out, worker threads).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readManifest, runBatch } from "../src/batch/index.js";
import { type AlignmentScores, addCounts, emptyCounts, type GoldLink, scoresFrom } from "../src/eval/index.js";
import { readJson } from "../src/formats/json.js";

export interface AcrossDoc {
  readonly name: string;
  /** One segment a line, blank lines between paragraphs. */
  readonly source: string;
  readonly target: string;
  readonly gold: readonly GoldLink[];
}

export interface AcrossResult {
  readonly alone: AlignmentScores;
  readonly pooled: AlignmentScores;
  readonly translations: number;
  readonly secondsAlone: number;
  readonly secondsPooled: number;
}

export async function runAcross(docs: readonly AcrossDoc[], sourceLang: string, targetLang: string): Promise<AcrossResult> {
  const dir = mkdtempSync(join(tmpdir(), "sverka-across-"));
  try {
    for (const d of docs) {
      writeFileSync(join(dir, `${d.name}.${sourceLang}.txt`), d.source);
      writeFileSync(join(dir, `${d.name}.${targetLang}.txt`), d.target);
    }
    const gold = new Map(docs.map((d) => [d.name, d.gold]));
    const run = async (learnAcross: boolean) => {
      const outDir = join(dir, learnAcross ? "pooled" : "alone");
      const pairs = await readManifest(dir, { sourceLang, targetLang, outDir, extension: ".json" });
      const result = await runBatch(pairs, { sourceLang, targetLang, format: "json", segmented: true, jobs: 2, force: true, learnAcross });
      const counts = emptyCounts();
      for (const p of pairs) addCounts(counts, gold.get(p.name)!, readJson(readFileSync(p.output, "utf8"), p.output).links);
      return { scores: scoresFrom(counts), seconds: result.seconds, pooled: result.pooled ?? 0 };
    };
    const alone = await run(false);
    const pooled = await run(true);
    return {
      alone: alone.scores,
      pooled: pooled.scores,
      translations: pooled.pooled,
      secondsAlone: alone.seconds,
      secondsPooled: pooled.seconds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
