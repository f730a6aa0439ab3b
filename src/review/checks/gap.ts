/** A 1-1 link beside a gap that could as well hold the gap's sentence: which of the two is missing? */
import { linkCost } from "../../score/index.js";
import type { Link } from "../../types.js";
import { FAR_GAP, type ReviewContext } from "../context.js";
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
  /** Placed at the far end of a gap this many links long, not next to the link. */
  readonly far?: number;
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
    if (link.kind !== "1-1") return undefined;
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
      // The gap's sentence next to this link, and the one at its other end: moving the link to either keeps every
      // other link, the gap shifted. The far end is judged on a long gap only (stranger 108: a last sentence linked
      // by "director" into an unrelated story appended, its own translation at the story's start left "added").
      const far = farEnd(ctx.links, at, at - k);
      for (const end of far - at === 0 ? [at] : [at, far]) {
        const placed = place(ctx, k, end, end !== at, here, best);
        if (placed) best = placed;
      }
    }
    if (!best) return undefined;
    const missing = best.type === "missing";
    const mine = missing ? `source sentence ${i + 1}` : `translation sentence ${j + 1}`;
    const theirs = missing ? `source sentence ${best.id + 1}` : `translation sentence ${best.id + 1}`;
    const where = best.far
      ? `, at the other end of the ${best.far} sentences with no ${missing ? "translation" : "source"} beside this one,`
      : " next to this one";
    return {
      type: best.type,
      severity: "warning",
      reason: `${theirs}${where} has ${missing ? "no translation" : "no source"}, and this ${missing ? "translation" : "source"} would fit it about as well as it fits ${mine}: ${missing ? `perhaps ${mine} is the one left untranslated, and this is the translation of ${theirs}` : `perhaps ${mine} is the one added, and this is the source of ${theirs}`}`,
      evidence: { [missing ? "sourceSegment" : "targetSegment"]: best.id, cost: round(best.here), costBeside: round(best.there) },
    };
  },
};

/** The index of the last link of the added sentences that start at `at` and run away from its link (`step` -1 or 1), where they are many; else `at`. */
function farEnd(links: readonly Link[], at: number, step: number): number {
  const kind = links[at]!.kind;
  // Sentences added only: a passage left out whose neighbour's translation is weak is the usual omission (the development
  // rounds' dropped passages: two false flags), where an unrelated text appended to a translation took a sentence in.
  if (kind !== "0-1") return at;
  let end = at;
  while (end + step >= 0 && end + step < links.length && links[end + step]!.kind === kind) end += step;
  return Math.abs(end - at) + 1 >= FAR_GAP ? end : at;
}

/** Link k placed at the gap's sentence of link `at` instead: a placement when the evidence hardly tells the two apart. */
function place(ctx: ReviewContext, k: number, at: number, far: boolean, here: number, best: Placement | undefined): Placement | undefined {
  const link = ctx.links[k]!;
  const other = ctx.links[at]!;
  const i = link.source[0]!;
  const j = link.target[0]!;
  const cost = (a: number, b: number) => linkCost(ctx.costs, a, 1, b, 1);
  // A short document has no usual evidence to judge by: only a long gap's far end is judged there. A link that shares
  // half the usual evidence for its length or more is where it belongs, whatever a passage left out beside it says.
  if (!ctx.hasBaseline && !far) return undefined;
  if (far && ctx.hasBaseline && ctx.evidence(i, j) >= SHARED_SHARE * ctx.perChar * ctx.source.length(i)) return undefined;
  const missing = other.kind === "1-0";
  const id = missing ? other.source[0]! : other.target[0]!;
  // An added sentence that repeats its neighbour is a sentence translated twice, and says so: no doubt which one is extra.
  if (!missing && repeatedSentence(ctx, at, id) !== undefined) return undefined;
  const there = missing ? cost(id, j) : cost(i, id);
  if (there - here > ctx.options.gapMargin || (best && there >= best.there)) return undefined;
  // The two written alike (a manual's warning twice in a row, one copy left out): either is the one missing, to the same effect.
  if (missing ? ctx.source.text([id]) === ctx.source.text([i]) : ctx.target.text([id]) === ctx.target.text([j])) return undefined;
  // A name of the language this link carries and the other placement would not (a signature's "(Галина Христова)"
  // beside "ЗА ИЗПЪЛНИТЕЛЯ:" / "FOR THE CONTRACTOR:"): the evidence does tell, though short sentences cost little either way.
  if (missing ? namesNotIn(ctx, id, j) && !namesNotIn(ctx, i, j) : namesNotIn(ctx, i, id) && !namesNotIn(ctx, i, j)) return undefined;
  // The link shares half the usual evidence for its length or more where the other placement shares none: the evidence
  // tells too ("- кашлица" is "- cough", not the "- tiredness" beside it, in a leaflet's list of one-word items).
  const usual = ctx.perChar * ctx.source.length(i);
  if (ctx.hasBaseline && ctx.evidence(i, j) >= SHARED_SHARE * usual && (missing ? ctx.evidence(id, j) : ctx.evidence(i, id)) === 0)
    return undefined;
  return { type: missing ? "missing" : "added", id, here, there, ...(far ? { far: Math.abs(at - k) } : {}) };
}
