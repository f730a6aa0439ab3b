/** A sentence left untranslated (or added) that the aligner tucked into its neighbour's link rather than leave alone. */

import type { Link } from "../../types.js";
import { MIN_EXPECTED_EVIDENCE, type ReviewContext } from "../context.js";
import { finalMark, round } from "../text.js";
import type { Check } from "./types.js";

/** A merged sentence that shares nothing is flagged when the link without it lies within this many standard deviations of the usual length... */
const REST_DEVIATIONS = 2;
/** ...or within this many, when the rest also shares at least `REST_SHARE` of the usual evidence with it. */
const SHARING_REST_DEVIATIONS = 2.5;
const REST_SHARE = 0.6;

interface Orphan {
  readonly side: "source" | "target";
  readonly id: number;
  readonly evidence: number;
  readonly expected: number;
  readonly deviationsWithout: number;
  readonly mark?: "?" | "!";
}

export const orphanInMerge: Check = {
  name: "a sentence in a merge that shares nothing",
  run: (ctx, link) => {
    const orphan = ctx.hasBaseline ? findOrphan(ctx, link) : undefined;
    if (!orphan) return undefined;
    const source = orphan.side === "source";
    const others = `the other sentence${link[orphan.side].length > 2 ? "s" : ""}`;
    const verdict = source ? "left untranslated" : "not in the source";
    const partner = source ? "translation" : "source";
    const name = source ? `source sentence ${orphan.id + 1}` : `translation sentence ${orphan.id + 1}`;
    return {
      type: source ? "missing" : "added",
      severity: "warning",
      reason: orphan.mark
        ? `${name} ends with "${orphan.mark}", but the ${partner} matched with it has no "${orphan.mark}" and answers ${others} alone: ${verdict}?`
        : `${name} has almost no word, name or number in common with the ${partner} matched with it, which answers ${others} alone: ${verdict}?`,
      evidence: {
        [`${orphan.side}Segment`]: orphan.id,
        lexical: round(orphan.evidence),
        expected: round(orphan.expected),
        deviationsWithout: round(orphan.deviationsWithout),
        ...(orphan.mark ? { finalMark: orphan.mark } : {}),
      },
    };
  },
};

/**
 * A sentence merged into a one-to-many link that shares nothing with the
 * other side, when the rest of the link is of the usual length without it.
 */
function findOrphan(ctx: ReviewContext, link: Link): Orphan | undefined {
  const side =
    link.source.length > 1 && link.target.length === 1
      ? "source"
      : link.target.length > 1 && link.source.length === 1
        ? "target"
        : undefined;
  if (!side) return undefined;
  const fromSource = side === "source";
  const ids = link[side];
  const many = fromSource ? ctx.source : ctx.target;
  const one = fromSource ? link.target[0]! : link.source[0]!;
  const oneText = (fromSource ? ctx.target : ctx.source).text([one]);
  const evidenceWith = (id: number) => (fromSource ? ctx.evidence(id, one) : ctx.evidence(one, id));
  // Usual evidence goes by source characters.
  const usual = (chars: number) => ctx.perChar * (fromSource ? chars : chars / ctx.bitext.model.ratio);
  for (const id of ids) {
    const text = many.text([id]);
    const expected = usual(text.length);
    const evidence = evidenceWith(id);
    // A short sentence has too few words to share; a question or an exclamation still shows in its translation's punctuation.
    const short = expected < MIN_EXPECTED_EVIDENCE;
    const mark = short ? finalMark(text) : undefined;
    if (short ? evidence > 0 || mark === undefined || oneText.includes(mark) : evidence >= ctx.options.orphanRatio * expected) continue;
    const rest = ids.filter((x) => x !== id);
    const restLength = many.text(rest).length;
    const without = fromSource ? ctx.deviations(restLength, oneText.length) : ctx.deviations(oneText.length, restLength);
    // The rest accounts for the one sentence when it fits it in length, or nearly so while sharing what it should.
    const restEvidence = rest.reduce((sum, x) => sum + evidenceWith(x), 0);
    const restExpected = usual(restLength);
    const accounted =
      Math.abs(without) < REST_DEVIATIONS || (Math.abs(without) < SHARING_REST_DEVIATIONS && restEvidence >= REST_SHARE * restExpected);
    if (accounted) return { side, id, evidence, expected, deviationsWithout: without, ...(mark ? { mark } : {}) };
  }
  return undefined;
}
