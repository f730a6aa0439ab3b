/**
 * Consistency inside one document: the same source sentence translated two
 * ways (a memory would hold both), and two different source sentences
 * translated the same way (one of them is likely mistranslated). Information:
 * either may be deliberate, and the reviewer decides which place is right.
 * Where one translation is the usual one, only the places that differ from it are flagged.
 */
import type { Link } from "../../types.js";
import { differingPlaces, type RepeatGroup, type ReviewContext } from "../context.js";
import { clip } from "../text.js";
import type { Check } from "./types.js";

/** How much of the other translation a reason quotes. */
const QUOTED_CHARS = 60;
/** How many other places a reason names (and the evidence lists): a warning repeated 5,000 times is named by its first few. */
const NAMED_PLACES = 5;

/** The two largest classes of a group (by the text of the other side): how many links each holds, the largest's text. */
const leaders = new WeakMap<RepeatGroup, { readonly top: string; readonly first: number; readonly second: number }>();

/**
 * Whether link k's class is outnumbered or tied: a sentence translated one way
 * 3,000 times and another way once is a question about the one, not the 3,000
 * (a single wrong link must not put a flag on every repeat of its sentence).
 */
function questioned(group: RepeatGroup, own: string): boolean {
  let lead = leaders.get(group);
  if (!lead) {
    let top = "";
    let first = 0;
    let second = 0;
    for (const [text, list] of group.byOther) {
      if (list.length > first) {
        second = first;
        first = list.length;
        top = text;
      } else if (list.length > second) second = list.length;
    }
    lead = { top, first, second };
    leaders.set(group, lead);
  }
  const mine = group.byOther.get(own)?.length ?? 0;
  return mine <= (own === lead.top ? lead.second : lead.first);
}

export const translatedDifferently: Check = {
  name: "the same sentence translated differently",
  run: (ctx, _link, k) => {
    const { bySource, key } = ctx.repeats();
    const group = bySource.get(k);
    if (!group || !questioned(group, key(k, "target"))) return undefined;
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
    if (!group || !questioned(group, key(k, "source"))) return undefined;
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
