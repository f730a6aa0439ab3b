/**
 * Checks of the pair as a whole. A target that is not a translation of the
 * source at all (a Bulgarian news item against an unrelated English manual)
 * still aligns, link after link, each weak: the document shares hardly any
 * words, numbers or names across the pair, and the aligner is unsure
 * everywhere. Both must agree before the pair is flagged, unless it shares
 * hardly anything at all. A translation put together in another order than
 * its source is judged by the numbers written once in each text (./order.ts).
 */

import { onceNumbers } from "../align/cut.js";
import type { Anchor } from "../align/guide.js";
import type { Bitext, DocumentFlag, OutOfOrder } from "../types.js";
import type { ReviewContext } from "./context.js";
import { orderFlags } from "./order.js";
import { roundScore } from "./text.js";
import {
  UNRELATED_EVIDENCE,
  UNRELATED_EVIDENCE_ALONE,
  UNRELATED_EVIDENCE_ALONE_NO_DICTIONARY,
  UNRELATED_EVIDENCE_NO_DICTIONARY,
  UNRELATED_EVIDENCE_SHORT,
  UNRELATED_LOW_MIN_LINKS,
  UNRELATED_LOW_SCORE,
  UNRELATED_LOW_SHARE,
  UNRELATED_MIN_SEGMENTS,
  UNRELATED_MIN_SEGMENTS_NO_DICTIONARY,
  UNRELATED_SCORE,
  UNRELATED_SURE_SEGMENTS,
} from "./unrelated.js";

/** Each link's lexical evidence and source characters (white space folded), as the pair is judged by them. */
export interface LinkMeasures {
  readonly evidence: Float64Array;
  readonly chars: Int32Array;
  /** Whether the evidence is spelling alone: no dictionary, one script (`UNRELATED_MIN_SEGMENTS_NO_DICTIONARY`). */
  readonly spellingOnly?: boolean;
  /** Whether a dictionary (the built-in lexicon, or one given) weighed the evidence. */
  readonly dictionary?: boolean;
}

/** The lexical evidence and source characters of each of the context's links. */
export function linkMeasures(ctx: ReviewContext): LinkMeasures {
  const evidence = new Float64Array(ctx.links.length);
  const chars = new Int32Array(ctx.links.length);
  ctx.links.forEach((l, k) => {
    let n = 0;
    for (const i of l.source) n += ctx.source.length(i);
    chars[k] = n;
    if (l.source.length === 0 || l.target.length === 0) return;
    evidence[k] = ctx.costs.evidence.group(l.source[0]!, l.source[0]! + l.source.length, l.target[0]!, l.target[0]! + l.target.length);
  });
  return {
    evidence,
    chars,
    spellingOnly: ctx.given === undefined && ctx.source.script === ctx.target.script,
    dictionary: ctx.given !== undefined,
  };
}

/** The pair's flags; `once`: the numbers written once in each text, where the caller found them already (a long pair's cuts). */
export function documentFlags(ctx: ReviewContext, once?: readonly Anchor[]): DocumentFlag[] {
  return pairFlags(ctx.bitext, linkMeasures(ctx), pairOrder(ctx.bitext, once));
}

/**
 * The flags of the pair as a whole: no translation at all, or a translation
 * out of order (`order`, when worked out already). A translation in reverse
 * order aligns as badly as unrelated text, but its numbers say otherwise:
 * most of the places out of order went elsewhere in passages. Unrelated texts
 * share a few numbers by chance, scattered: for them the first says what they are.
 */
export function pairFlags(bitext: Bitext, measures: LinkMeasures, order: readonly OutOfOrder[] = pairOrder(bitext)): DocumentFlag[] {
  const unrelated = unrelatedFlags(bitext, measures);
  if (unrelated.length === 0) return [...order];
  return order.some((f) => f.evidence.inPassages >= PASSAGES_OVER_UNRELATED * f.evidence.outOfOrder) ? [...order] : unrelated;
}

/**
 * The share of the places out of order that must lie in passages for the
 * pair to be judged out of order rather than unrelated: 0.48 for the
 * strangers' legal code with its paragraphs reversed (short paragraphs, few
 * numbers each), 0.02-0.12 for their unrelated pairs of 5,000 to 100,000 segments.
 */
export const PASSAGES_OVER_UNRELATED = 0.25;

/** `orderFlags` of the pair's segments (`once`: their `onceNumbers`, when worked out already). */
export function pairOrder(bitext: Bitext, once?: readonly Anchor[]): OutOfOrder[] {
  const { source, target } = bitext;
  const texts = (side: Bitext["source"]) => side.segments.map((s) => s.text);
  const linked = new Uint8Array(source.segments.length);
  for (const l of bitext.links) if (l.target.length > 0) for (const i of l.source) linked[i] = 1;
  return orderFlags(
    once ?? onceNumbers(texts(source), texts(target)),
    source.segments.length,
    target.segments.length,
    (i) => linked[i] === 1,
  );
}

/**
 * The links a pair is judged by: text on both sides, and a source sentence
 * written once in the document. A source left untranslated in part (a
 * translation cut short, a chapter left out) is the omission checks'
 * business: its 1-0 links say nothing of whether the rest is a translation.
 * A sentence said again and again ("Check the valve." through a checklist)
 * pairs with its translation at every copy, but which copy goes with which
 * is a guess, so its links' confidences are low in any translation. Fewer
 * than `UNRELATED_MIN_SEGMENTS` such links, and every link with text on both
 * sides judges the pair.
 */
export function judgedLinks(bitext: Bitext): number[] {
  const said = new Map<string, number>();
  for (const s of bitext.source.segments) said.set(s.text, (said.get(s.text) ?? 0) + 1);
  const out: number[] = [];
  const both: number[] = [];
  bitext.links.forEach((l, k) => {
    if (l.source.length === 0 || l.target.length === 0) return;
    both.push(k);
    if (l.source.some((i) => said.get(bitext.source.segments[i]!.text) === 1)) out.push(k);
  });
  // A document said over and over (pasted several times into one file) has no sentence said once: all its links judge
  // it. Its copies' links are guesses, but a translation shares its words with them, and unrelated text does not.
  return out.length >= UNRELATED_MIN_SEGMENTS ? out : both;
}

/** Characters a source sentence has at least to be running text, not a list's item or a label, for `UNRELATED_LOW_SHARE`. */
const RUNNING_TEXT_CHARS = 30;

/** One in this many judged links writing the same figures on both sides makes a pair a translation, its words aside. */
const FIGURES_SHARE = 3;

/** How many of the links write figures, and the same figures in the same order, on both sides. */
function sameFigures(bitext: Bitext, links: readonly number[]): number {
  const figures = (side: Bitext["source"], ids: readonly number[]) =>
    ids.flatMap((i) => side.segments[i]!.text.match(/\d+/gu) ?? []).join(" ");
  let n = 0;
  for (const k of links) {
    const l = bitext.links[k]!;
    const mine = figures(bitext.source, l.source);
    if (mine !== "" && mine === figures(bitext.target, l.target)) n++;
  }
  return n;
}

/** The pair flagged as no translation when its judged links' evidence per source character and their mean confidence are both low, or the evidence very low. */
export function unrelatedFlags(bitext: Bitext, measures: LinkMeasures): DocumentFlag[] {
  if (bitext.source.segments.length < UNRELATED_MIN_SEGMENTS) return [];
  // Spelling alone and a short pair: what would be an error is a warning, its units kept unless --drop-flagged warning.
  const spelling = measures.spellingOnly === true;
  const short = spelling && bitext.source.segments.length < UNRELATED_MIN_SEGMENTS_NO_DICTIONARY;
  const judged = judgedLinks(bitext);
  if (judged.length === 0) return [];
  let scores = 0;
  let evidence = 0;
  let chars = 0;
  let unsure = 0;
  for (const k of judged) {
    const score = roundScore(bitext.links[k]!.score);
    scores += score;
    evidence += measures.evidence[k]!;
    chars += measures.chars[k]!;
    // Paired by place alone: unsure of itself, or sure and sharing nothing (unrelated paragraphs of as many sentences pair one to one).
    // Running text only: a list's short items ("Safe", "Hairdryer") pair by place in any translation whose words the
    // dictionary lacks (stranger 317: a room's page of amenities, 37 % of it such items, "not a translation").
    if (
      measures.chars[k]! >= RUNNING_TEXT_CHARS &&
      (score < UNRELATED_LOW_SCORE || measures.evidence[k]! < UNRELATED_EVIDENCE_ALONE * measures.chars[k]!)
    )
      unsure += measures.chars[k]!;
  }
  const meanScore = scores / judged.length;
  const perChar = evidence / Math.max(1, chars);
  const [together, alone] =
    spelling && !short
      ? [UNRELATED_EVIDENCE_NO_DICTIONARY, UNRELATED_EVIDENCE_ALONE_NO_DICTIONARY]
      : [UNRELATED_EVIDENCE, UNRELATED_EVIDENCE_ALONE];
  // The pair as a whole shares enough; with a dictionary, its running text may still be paired by place alone.
  const shared = perChar >= together || (meanScore >= UNRELATED_SCORE && perChar >= alone);
  // Links enough: three of a five-unit catalogue, or of six short sentences of a story, are no site's running text.
  // Not where a third of its links or more write the same figures on both sides: a size chart's cells pair figure for
  // figure, whatever words of its labels the dictionary lacks (stranger 165: "not a translation", none of it in the memory).
  const mostlyUnsure =
    measures.dictionary === true &&
    judged.length >= UNRELATED_LOW_MIN_LINKS &&
    unsure >= UNRELATED_LOW_SHARE * chars &&
    sameFigures(bitext, judged) * FIGURES_SHARE < judged.length;
  if (shared && !mostlyUnsure) return [];
  const evidenceOf = { evidencePerChar: round(perChar), meanScore: round(meanScore) };
  // With a dictionary, a short pair sharing next to nothing is another text (stranger 350); without one, a short
  // translation in another script shares little more than its names and figures.
  const unlike = measures.dictionary === true && !shared && perChar < UNRELATED_EVIDENCE_SHORT;
  if (!short && bitext.source.segments.length < UNRELATED_SURE_SEGMENTS && !unlike)
    return [
      {
        type: "not-a-translation",
        severity: "warning",
        reason: `the target shares almost no words, numbers or names with the source across the whole document, which with fewer than ${UNRELATED_SURE_SEGMENTS} sentences a translation whose words the dictionary lacks does too (a recipe's, a trade's): is it a translation of the source? (${measures.dictionary ? "--dict adds the trade's words to the dictionary" : "--dict gives a dictionary"})`,
        evidence: evidenceOf,
      },
    ];
  if (short)
    return [
      {
        type: "not-a-translation",
        severity: "warning",
        reason: `the target shares almost no words, numbers or names with the source across the whole document, which with no dictionary for ${bitext.source.lang}-${bitext.target.lang} and fewer than ${UNRELATED_MIN_SEGMENTS_NO_DICTIONARY} sentences a short translation often does too: is it a translation of the source? (--dict gives a dictionary)`,
        evidence: evidenceOf,
      },
    ];
  // Passed as a whole, its short lines alike: its running text is what is unrelated.
  return [
    {
      type: "not-a-translation",
      severity: "error",
      reason: shared
        ? `the target does not look like a translation of the source: ${Math.round((100 * unsure) / Math.max(1, chars))} % of the source's paired text shares almost nothing with the sentences it pairs with, and what does match is short lines (a site's menu, a cookie notice, headings?). Are these the right files?`
        : "the target does not look like a translation of the source: across the whole document, the sentences paired in order share almost no words, numbers or names. Are these the right files, and is the translation in the source's order?",
      evidence: evidenceOf,
    },
  ];
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
