/**
 * A list the translation runs into one sentence: "Чести нежелани реакции: / - умора; / - замайване; / - главоболие;
 * / - гадене; / - запек." as "Common side effects: tiredness, dizziness, headache, nausea and constipation." Six
 * segments against one are more than a link holds (`maxLinkSize`): the search linked the heading and the first items
 * and left the last ones unmatched, and `check` said they were not translated, though the translation says them.
 *
 * Segments left unmatched right after a link that already takes as many as a link may on their side, in its
 * paragraph, each of which adds words the link's other side answers and its own segments do not, join it.
 */
import type { PairFeatures } from "../score/index.js";
import type { Step } from "./index.js";

/** Lexical evidence of the group source [i0, i1) and target [j0, j1) (`LexicalEvidence.group`). */
type GroupEvidence = (i0: number, i1: number, j0: number, j1: number) => number;

/** Evidence a segment must add to the link to join it: a word the link's other side answers, not a rounding. */
const MIN_GAIN = 1e-6;

/** The least `maxLinkSize` (the default) at which links grow so: a smaller one is a user's wish for small links. */
const MIN_LINK_SIZE = 4;

/** The steps with such runs joined to their links, and each step's score (a joined link keeps its own). */
export function joinRunIns(
  steps: readonly Step[],
  scores: readonly number[],
  group: GroupEvidence,
  f: PairFeatures,
  maxLinkSize: number,
): { steps: Step[]; scores: number[] } {
  // A search told to make small links only (`--max-link 1` for 1-1 links) gets none larger.
  if (maxLinkSize < MIN_LINK_SIZE) return { steps: [...steps], scores: [...scores] };
  const out: Step[] = [];
  const outScores: number[] = [];
  for (let k = 0; k < steps.length; k++) {
    let [i, a, j, b] = steps[k]!;
    let next = k + 1;
    if (a > 0 && b > 0 && (a >= maxLinkSize || b >= maxLinkSize)) {
      let evidence = group(i, i + a, j, j + b);
      for (; next < steps.length; next++) {
        const [ni, na, nj, nb] = steps[next]!;
        // A source segment left unmatched, the link full on the source side: it may be one more of the link's items.
        const sourceItem = na === 1 && nb === 0 && a >= maxLinkSize && f.sourceParagraph[ni] === f.sourceParagraph[ni - 1];
        const targetItem = na === 0 && nb === 1 && b >= maxLinkSize && f.targetParagraph[nj] === f.targetParagraph[nj - 1];
        if (!sourceItem && !targetItem) break;
        const joined = sourceItem ? group(i, i + a + 1, j, j + b) : group(i, i + a, j, j + b + 1);
        if (joined - evidence <= MIN_GAIN) break;
        evidence = joined;
        if (sourceItem) a++;
        else b++;
      }
    }
    out.push([i, a, j, b]);
    outScores.push(scores[k]!);
    k = next - 1;
  }
  return { steps: out, scores: outScores };
}
