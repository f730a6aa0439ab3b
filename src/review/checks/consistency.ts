/**
 * Consistency inside one document: the same source sentence translated two
 * ways (a memory would hold both), and two different source sentences
 * translated the same way (one of them is likely mistranslated). Information:
 * either may be deliberate, and the reviewer decides which place is right.
 */
import type { Link } from "../../types.js";
import type { ReviewContext } from "../context.js";
import { clip } from "../text.js";
import type { Check } from "./types.js";

/** How much of the other translation a reason quotes. */
const QUOTED_CHARS = 60;

export const translatedDifferently: Check = {
  name: "the same sentence translated differently",
  run: (ctx, _link, k) => {
    const { bySource, key } = ctx.repeats();
    const others = (bySource.get(k) ?? []).filter((x) => x !== k && key(x, "target") !== key(k, "target"));
    if (others.length === 0) return undefined;
    const first = ctx.links[others[0]!]!;
    return {
      type: "consistency",
      severity: "info",
      reason:
        `the same source sentence is translated differently at ${places(ctx, others)}` +
        ` ("${clip(ctx.target.text(first.target), QUOTED_CHARS)}"): keep one translation?`,
      evidence: evidenceOf(ctx.links, others, "translated-differently"),
    };
  },
};

export const translatedTheSame: Check = {
  name: "different sentences translated the same way",
  run: (ctx, _link, k) => {
    const { byTarget, key } = ctx.repeats();
    const others = (byTarget.get(k) ?? []).filter((x) => x !== k && key(x, "source") !== key(k, "source"));
    if (others.length === 0) return undefined;
    const first = ctx.links[others[0]!]!;
    return {
      type: "consistency",
      severity: "info",
      reason:
        `this translation is also given at ${places(ctx, others)} for another source sentence` +
        ` ("${clip(ctx.source.text(first.source), QUOTED_CHARS)}"): is one of them a mistranslation?`,
      evidence: evidenceOf(ctx.links, others, "translated-the-same"),
    };
  },
};

/** "source 12, target 11" (1-based, as the report counts), for each other link. */
function places(ctx: ReviewContext, ks: readonly number[]): string {
  const range = (ids: readonly number[]) => (ids.length === 1 ? `${ids[0]! + 1}` : `${ids[0]! + 1}-${ids[ids.length - 1]! + 1}`);
  return ks.map((x) => `source ${range(ctx.links[x]!.source)}, target ${range(ctx.links[x]!.target)}`).join("; ");
}

function evidenceOf(links: readonly Link[], ks: readonly number[], kind: "translated-differently" | "translated-the-same") {
  return { kind, links: [...ks], source: ks.flatMap((x) => links[x]!.source), target: ks.flatMap((x) => links[x]!.target) };
}
