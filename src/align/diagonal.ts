/**
 * A 2-2 link whose two sentences a side pair one for one, in order: two 1-1 links. The search weighs a 2-2 link by all
 * the words its four sentences share, the crosswise ones too, and by the lengths of its sides together: where a
 * translation's two sentences are each longer than the usual ratio says, their lengths average out in one link, and a
 * word or two matched crosswise (a "one" in the first source sentence, an "една" in the second translation sentence)
 * outweighed the prior of the 2-2 link (stranger 189: 108 such links in a clean pre-split pair of 20,000 sentences a side).
 * A 2-2 link of sentences divided at other places shares a clause crosswise; one whose crosswise words are few beside
 * those of its diagonal is split.
 */
import type { PairFeatures } from "../score/index.js";
import type { Step } from "./index.js";

/** Lexical evidence of the group source [i0, i1) and target [j0, j1) (`LexicalEvidence.group`). */
type GroupEvidence = (i0: number, i1: number, j0: number, j1: number) => number;

/**
 * At most this share of the diagonal's evidence shared crosswise, a 2-2 link is two 1-1 links, where each pair of the
 * diagonal shares at least `MIN_EVIDENCE` nats (two anchors' worth or so: a pair with no dictionary shares little at all,
 * and Bleualign's German-French 2-2 links, their words matched by spelling only, are no such pairs). Chosen on the
 * development sets (docs/accuracy-history.md, the sixty-fifth session).
 */
const CROSS_SHARE = 0.1;
/** Nats each pair of the diagonal shares at least, for the 2-2 link to be split (see `CROSS_SHARE`). */
const MIN_EVIDENCE = 8;

/** The steps with such 2-2 links split, and each step's score (both halves keep the link's). */
export function splitDiagonals(
  steps: readonly Step[],
  scores: readonly number[],
  group: GroupEvidence,
  f: PairFeatures,
): { steps: Step[]; scores: number[] } {
  const out: Step[] = [];
  const outScores: number[] = [];
  steps.forEach((step, k) => {
    const [i, a, j, b] = step;
    if (a === 2 && b === 2 && f.sourceParagraph[i] === f.sourceParagraph[i + 1] && f.targetParagraph[j] === f.targetParagraph[j + 1]) {
      const first = group(i, i + 1, j, j + 1);
      const second = group(i + 1, i + 2, j + 1, j + 2);
      const across = group(i, i + 1, j + 1, j + 2) + group(i + 1, i + 2, j, j + 1);
      if (first >= MIN_EVIDENCE && second >= MIN_EVIDENCE && across <= CROSS_SHARE * (first + second)) {
        out.push([i, 1, j, 1], [i + 1, 1, j + 1, 1]);
        outScores.push(scores[k]!, scores[k]!);
        return;
      }
    }
    out.push(step);
    outScores.push(scores[k]!);
  });
  return { steps: out, scores: outScores };
}
