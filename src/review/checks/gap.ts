/** A 1-1 link beside a gap that could as well hold the gap's sentence: which of the two is missing? */
import { linkCost } from "../../score/index.js";
import { round } from "../text.js";
import { repeatedSentence } from "./repeat.js";
import { namesNotIn } from "./romanized.js";
import type { Check } from "./types.js";

/** The share of the usual lexical evidence for its length a link must have, where the other placement has none, to be told apart from it. */
const SHARED_SHARE = 0.5;

interface Placement {
  readonly type: "missing" | "added";
  readonly id: number;
  /** Cost of the link as it is, and with the gap's sentence in place of its own. */
  readonly here: number;
  readonly there: number;
}

/**
 * A 1-1 link right beside a gap (a run of 1-0 or 0-1 links) whose
 * translation (or source) would fit the gap's nearest sentence about as
 * well: the aligner had to pick which of two neighbours went untranslated
 * (or was added), and the evidence hardly tells. Moving the gap one step
 * keeps every other link, so the two placements differ by these two costs only.
 */
export const gapNextDoor: Check = {
  name: "the gap beside could be here",
  run: (ctx, link, k) => {
    if (!ctx.hasBaseline || link.kind !== "1-1") return undefined;
    const i = link.source[0]!;
    const j = link.target[0]!;
    const cost = (a: number, b: number) => linkCost(ctx.costs, a, 1, b, 1);
    // Costed only beside a gap: most links have none.
    let here: number | undefined;
    let best: Placement | undefined;
    // The link before, then the one after (no list made per link).
    for (let at = k - 1; at <= k + 1; at += 2) {
      // Read within the list only: a read past its ends deoptimizes the compiled check.
      const other = at >= 0 && at < ctx.links.length ? ctx.links[at]! : undefined;
      if (other === undefined || (other.kind !== "1-0" && other.kind !== "0-1")) continue;
      here ??= cost(i, j);
      const missing = other.kind === "1-0";
      const id = missing ? other.source[0]! : other.target[0]!;
      // An added sentence that repeats its neighbour is a sentence translated twice, and says so: no doubt which one is extra.
      if (!missing && repeatedSentence(ctx, at, id) !== undefined) continue;
      const there = missing ? cost(id, j) : cost(i, id);
      if (there - here > ctx.options.gapMargin || (best && there >= best.there)) continue;
      // The two written alike (a manual's warning twice in a row, one copy left out): either is the one missing, to the same effect.
      if (missing ? ctx.source.text([id]) === ctx.source.text([i]) : ctx.target.text([id]) === ctx.target.text([j])) continue;
      // A name of the language this link carries and the other placement would not (a signature's "(Галина Христова)"
      // beside "ЗА ИЗПЪЛНИТЕЛЯ:" / "FOR THE CONTRACTOR:"): the evidence does tell, though short sentences cost little either way.
      if (missing ? namesNotIn(ctx, id, j) && !namesNotIn(ctx, i, j) : namesNotIn(ctx, i, id) && !namesNotIn(ctx, i, j)) continue;
      // The link shares half the usual evidence for its length or more where the other placement shares none: the evidence
      // tells too ("- кашлица" is "- cough", not the "- tiredness" beside it, in a leaflet's list of one-word items).
      const usual = ctx.perChar * ctx.source.length(i);
      if (ctx.evidence(i, j) >= SHARED_SHARE * usual && (missing ? ctx.evidence(id, j) : ctx.evidence(i, id)) === 0) continue;
      best = { type: missing ? "missing" : "added", id, here, there };
    }
    if (!best) return undefined;
    const missing = best.type === "missing";
    const mine = missing ? `source sentence ${i + 1}` : `translation sentence ${j + 1}`;
    const theirs = missing ? `source sentence ${best.id + 1}` : `translation sentence ${best.id + 1}`;
    return {
      type: best.type,
      severity: "warning",
      reason: `${theirs} next to this one has ${missing ? "no translation" : "no source"}, and this ${missing ? "translation" : "source"} would fit it about as well as it fits ${mine}: ${missing ? `perhaps ${mine} is the one left untranslated, and this is the translation of ${theirs}` : `perhaps ${mine} is the one added, and this is the source of ${theirs}`}`,
      evidence: { [missing ? "sourceSegment" : "targetSegment"]: best.id, cost: round(best.here), costBeside: round(best.there) },
    };
  },
};
