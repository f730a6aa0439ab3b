/** Accuracy figures on the evaluation sets; used by `npm run bench` and by tuning. */

import {
  type AlignmentScores,
  addCounts,
  boundaryScores,
  emptyCounts,
  type GoldLink,
  parseLinkLines,
  scoresFrom,
} from "../src/eval/index.js";
import { align, type BitextOptions } from "../src/index.js";
import { segment } from "../src/segment/index.js";
import type { Bitext } from "../src/types.js";
import { type BuiltPair, buildNoisyPairs, type NtrexDoc, rawText, segmentedText } from "./data.js";

export interface SetResult {
  readonly scores: AlignmentScores;
  readonly seconds: number;
  readonly links: number;
  /** Boundary F1 of segmentation (raw mode only), source and target. */
  readonly boundaries?: { source: number; target: number };
}

const asGold = (b: Bitext): GoldLink[] => b.links.map((l) => ({ source: l.source, target: l.target }));

/** Aligns each pair in --segmented mode and scores against its gold. */
export function scoreSegmented(pairs: readonly BuiltPair[], options: BitextOptions): SetResult {
  const counts = emptyCounts();
  let links = 0;
  const t0 = performance.now();
  for (const p of pairs) {
    const b = align(segmentedText(p.source), segmentedText(p.target), { ...options, segmented: true });
    addCounts(counts, p.gold, asGold(b));
    links += b.links.length;
  }
  return { scores: scoresFrom(counts), seconds: (performance.now() - t0) / 1000, links };
}

/**
 * Aligns each pair from running text (segmentation included) and scores it:
 * predicted segments are mapped to the gold sentences they overlap, so a
 * segmentation error costs the links it spoils.
 */
export function scoreRaw(pairs: readonly BuiltPair[], options: BitextOptions): SetResult {
  const counts = emptyCounts();
  let links = 0;
  const gb: number[][] = [[], []];
  const tb: number[][] = [[], []];
  let offset = 0;
  const t0 = performance.now();
  for (const p of pairs) {
    const src = rawText(p.source);
    const tgt = rawText(p.target);
    const b = align(src.text, tgt.text, options);
    links += b.links.length;
    const mapSide = (segs: Bitext["source"]["segments"], spans: Array<[number, number]>) =>
      segs.map((s) => spans.flatMap(([a, e], k) => (a < s.end && s.start < e ? [k] : [])));
    const ms = mapSide(b.source.segments, src.spans);
    const mt = mapSide(b.target.segments, tgt.spans);
    const test = b.links.map((l) => ({
      source: [...new Set(l.source.flatMap((i) => ms[i]!))].sort((x, y) => x - y),
      target: [...new Set(l.target.flatMap((j) => mt[j]!))].sort((x, y) => x - y),
    }));
    addCounts(counts, p.gold, test);
    gb[0]!.push(...src.spans.map(([, e]) => e + offset));
    tb[0]!.push(...b.source.segments.map((s) => s.end + offset));
    gb[1]!.push(...tgt.spans.map(([, e]) => e + offset));
    tb[1]!.push(...b.target.segments.map((s) => s.end + offset));
    offset += Math.max(src.text.length, tgt.text.length) + 1;
  }
  return {
    scores: scoresFrom(counts),
    seconds: (performance.now() - t0) / 1000,
    links,
    boundaries: { source: boundaryScores(gb[0]!, tb[0]!).f1, target: boundaryScores(gb[1]!, tb[1]!).f1 },
  };
}

/**
 * Segmentation alone on clean NTREX paragraphs (every sentence kept): boundary
 * precision, recall and F1 of one side against the NTREX lines.
 */
export function ntrexSegmentation(docs: readonly NtrexDoc[], side: "source" | "target"): ReturnType<typeof boundaryScores> {
  const clean = buildNoisyPairs(docs, { perPair: 8, seed: 1, noise: { merge: 0, drop: 0, passages: 0, inserts: 0 } });
  const lang = side === "source" ? "bg" : "en";
  const gold: number[] = [];
  const got: number[] = [];
  let offset = 0;
  for (const p of clean) {
    const { text, spans } = rawText(p[side]);
    gold.push(...spans.map(([, e]) => e + offset));
    got.push(...segment(text, lang).map((s) => s.end + offset));
    offset += text.length;
  }
  return boundaryScores(gold, got);
}

/** The Bleualign de-fr documents, --segmented, scored together as the papers do. */
export function scoreBleualign(
  docs: ReadonlyArray<{ de: string; fr: string; gold: string; name: string }>,
  options: BitextOptions,
): SetResult {
  const counts = emptyCounts();
  let links = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const b = align(d.de, d.fr, { ...options, sourceLang: "de", targetLang: "fr", segmented: true });
    addCounts(counts, parseLinkLines(d.gold, d.name), asGold(b));
    links += b.links.length;
  }
  return { scores: scoresFrom(counts), seconds: (performance.now() - t0) / 1000, links };
}
