/**
 * Consistency inside one document: the same source sentence translated two
 * ways (a memory would hold both), and two different source sentences
 * translated the same way (one of them is likely mistranslated). Information:
 * either may be deliberate, and the reviewer decides which place is right.
 */
import type { Link } from "../../types.js";
import { differingPlaces, type ReviewContext } from "../context.js";
import { clip } from "../text.js";
import type { Check } from "./types.js";

/** How much of the other translation a reason quotes. */
const QUOTED_CHARS = 60;
/** How many other places a reason names (and the evidence lists): a warning repeated 5,000 times is named by its first few. */
const NAMED_PLACES = 5;

export const translatedDifferently: Check = {
  name: "the same sentence translated differently",
  run: (ctx, _link, k) => {
    const { bySource, key } = ctx.repeats();
    const group = bySource.get(k);
    if (!group) return undefined;
    const { links: others, total } = differingPlaces(group, key(k, "target"), NAMED_PLACES);
    if (others.length === 0) return undefined;
    const first = ctx.links[others[0]!]!;
    return {
      type: "consistency",
      severity: "info",
      reason:
        `the same source sentence is translated differently at ${places(ctx, others, total)}` +
        ` ("${clip(ctx.target.text(first.target), QUOTED_CHARS)}"): keep one translation?`,
      evidence: evidenceOf(ctx.links, others, total, "translated-differently"),
    };
  },
};

export const translatedTheSame: Check = {
  name: "different sentences translated the same way",
  run: (ctx, _link, k) => {
    const { byTarget, key } = ctx.repeats();
    const group = byTarget.get(k);
    if (!group) return undefined;
    const { links: others, total } = differingPlaces(group, key(k, "source"), NAMED_PLACES);
    if (others.length === 0) return undefined;
    const first = ctx.links[others[0]!]!;
    return {
      type: "consistency",
      severity: "info",
      reason:
        `this translation is also given at ${places(ctx, others, total)} for another source sentence` +
        ` ("${clip(ctx.source.text(first.source), QUOTED_CHARS)}"): is one of them a mistranslation?`,
      evidence: evidenceOf(ctx.links, others, total, "translated-the-same"),
    };
  },
};

/** "source 12, target 11" (1-based, as the report counts), for each other link named, and how many more there are. */
function places(ctx: ReviewContext, ks: readonly number[], total: number): string {
  const range = (ids: readonly number[]) => (ids.length === 1 ? `${ids[0]! + 1}` : `${ids[0]! + 1}-${ids[ids.length - 1]! + 1}`);
  const named = ks.map((x) => `source ${range(ctx.links[x]!.source)}, target ${range(ctx.links[x]!.target)}`).join("; ");
  return total > ks.length ? `${named} and ${total - ks.length} more places` : named;
}

function evidenceOf(links: readonly Link[], ks: readonly number[], total: number, kind: "translated-differently" | "translated-the-same") {
  return { kind, links: [...ks], total, source: ks.flatMap((x) => links[x]!.source), target: ks.flatMap((x) => links[x]!.target) };
}
