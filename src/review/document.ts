/**
 * Checks of the pair as a whole. A target that is not a translation of the
 * source at all (a Bulgarian news item against an unrelated English manual)
 * still aligns, link after link, each weak: the document shares hardly any
 * words, numbers or names across the pair, and the aligner is unsure
 * everywhere. Both must agree before the pair is flagged.
 */
import type { DocumentFlag, Link } from "../types.js";
import type { ReviewContext } from "./context.js";

/**
 * Lexical evidence per source character (all links) below which a pair
 * shares too little. Measured on NTREX: translated BG/EN documents 0.037 at
 * least (5th percentile 0.057, median 0.086), a BG document against another
 * document's EN 0.037 at most (95th percentile 0.013, median 0.006); the
 * Bleualign DE/FR pairs 0.058 at least, an unrelated DE/FR pair 0.002.
 */
export const UNRELATED_EVIDENCE = 0.04;
/**
 * ...and mean link confidence below which: translated BG/EN 0.92 at least,
 * unrelated 0.88 at most (DE/FR translations go down to 0.86: the evidence
 * above is what tells them apart). Both together: no translated NTREX pair
 * flagged, 121 of 123 unrelated ones.
 */
export const UNRELATED_SCORE = 0.9;

/** Fewer source segments than this: too little text to judge a whole pair. */
export const UNRELATED_MIN_SEGMENTS = 5;

/** Lexical evidence of all links per source character: unrelated texts align in many-to-one links, so every link counts. */
export function documentEvidence(ctx: ReviewContext): number {
  return linksEvidence(ctx) / Math.max(1, sourceChars(ctx));
}

/** The lexical evidence of the context's links, summed. */
export function linksEvidence(ctx: ReviewContext): number {
  let evidence = 0;
  for (const l of ctx.links) {
    if (l.source.length === 0 || l.target.length === 0) continue;
    evidence += ctx.costs.evidence.group(l.source[0]!, l.source[0]! + l.source.length, l.target[0]!, l.target[0]! + l.target.length);
  }
  return evidence;
}

/** Characters of the source, white space folded. */
export function sourceChars(ctx: ReviewContext): number {
  return ctx.bitext.source.segments.reduce((a, _, i) => a + ctx.source.length(i), 0);
}

export function documentFlags(ctx: ReviewContext): DocumentFlag[] {
  return unrelatedFlags(ctx.bitext.source.segments.length, ctx.bitext.links, () => documentEvidence(ctx));
}

/** The pair flagged as no translation when its evidence per source character and its links' mean confidence are both low. */
export function unrelatedFlags(segments: number, links: readonly Link[], evidencePerChar: () => number): DocumentFlag[] {
  if (segments < UNRELATED_MIN_SEGMENTS || links.length === 0) return [];
  const meanScore = links.reduce((a, l) => a + l.score, 0) / links.length;
  if (meanScore >= UNRELATED_SCORE) return [];
  const perChar = evidencePerChar();
  if (perChar >= UNRELATED_EVIDENCE) return [];
  return [
    {
      type: "not-a-translation",
      severity: "error",
      reason:
        "the target does not look like a translation of the source: across the whole document the two have almost no words, numbers or names in common. Are these the right files?",
      evidence: { evidencePerChar: round(perChar), meanScore: round(meanScore) },
    },
  ];
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
