import type { Bitext, Link, Segment } from "../types.js";

/** A link's text on one side: its segments joined by a space, white space runs folded. */
export function sideText(segments: readonly Segment[], ids: readonly number[]): string {
  return ids
    .map((id) => segments[id]!.text)
    .join(" ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Links kept for a memory or a pair list: not rejected by a reviewer, and scoring at least `minScore`. */
export function keptLinks(bitext: Bitext, minScore = 0): readonly Link[] {
  return bitext.links.filter((l) => l.status !== "rejected" && l.score >= minScore);
}

/** Scores are probabilities; four decimals are plenty for sorting and reading. */
export function roundScore(x: number): number {
  return Math.round(x * 10000) / 10000;
}
