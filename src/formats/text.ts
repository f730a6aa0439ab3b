import type { Bitext, Link, Segment } from "../types.js";

/** A link's text on one side: its segments joined by a space, white space runs folded. */
export function sideText(segments: readonly Segment[], ids: readonly number[]): string {
  return ids.map((id) => segments[id]!.text).join(" ").replace(/\s+/gu, " ").trim();
}

/** Links kept for output: all of them, or those scoring at least `minScore`. */
export function keptLinks(bitext: Bitext, minScore = 0): readonly Link[] {
  return minScore > 0 ? bitext.links.filter((l) => l.score >= minScore) : bitext.links;
}

/** Scores are probabilities; four decimals are plenty for sorting and reading. */
export function roundScore(x: number): number {
  return Math.round(x * 10000) / 10000;
}
