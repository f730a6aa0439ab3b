/**
 * Consistency inside one document: the same source sentence translated two
 * ways (a memory would hold both), and two different source sentences
 * translated the same way (one of them is likely mistranslated). Information:
 * either may be deliberate, and the reviewer decides which place is right.
 * Where one translation is the usual one, only the places that differ from it are flagged.
 */
import type { Flag, Link } from "../../types.js";
import { differingPlaces, type RepeatGroup, type ReviewContext } from "../context.js";
import { clip } from "../text.js";
import type { Check } from "./types.js";

/** How much of the other translation a reason quotes. */
const QUOTED_CHARS = 60;
/** How many other places a reason names (and the evidence lists): a warning repeated 5,000 times is named by its first few. */
const NAMED_PLACES = 5;

/** How a group's links split by the text of their other side: the largest class's text and size, and the next one's size. */
export interface Leaders {
  readonly top: string;
  readonly first: number;
  readonly second: number;
}

/** The two largest classes of (text, size) pairs. */
export function leadersOf(classes: Iterable<readonly [string, number]>): Leaders {
  let top = "";
  let first = 0;
  let second = 0;
  for (const [text, size] of classes) {
    if (size > first) {
      second = first;
      first = size;
      top = text;
    } else if (size > second) second = size;
  }
  return { top, first, second };
}

/**
 * Whether a link whose other side says `own`, in a class of `mine` links, is
 * outnumbered or tied: a sentence translated one way 3,000 times and another
 * way once is a question about the one, not the 3,000 (a single wrong link
 * must not put a flag on every repeat of its sentence).
 */
export function questioned(lead: Leaders, own: string, mine: number): boolean {
  return mine <= (own === lead.top ? lead.second : lead.first);
}

const leaders = new WeakMap<RepeatGroup, Leaders>();

/** The flag of link k whose `side` repeats elsewhere with another text on the other side, if it is questioned there. */
function repeatFlag(ctx: ReviewContext, k: number, side: "source" | "target"): Flag | undefined {
  const { bySource, byTarget, key } = ctx.repeats();
  const group = (side === "source" ? bySource : byTarget).get(k);
  if (!group) return undefined;
  const other = side === "source" ? "target" : "source";
  const own = key(k, other);
  let lead = leaders.get(group);
  if (!lead) {
    lead = leadersOf([...group.byOther].map(([text, list]) => [text, list.length] as const));
    leaders.set(group, lead);
  }
  if (!questioned(lead, own, group.byOther.get(own)?.length ?? 0)) return undefined;
  const { links: others, total } = differingPlaces(group, own, NAMED_PLACES);
  if (others.length === 0) return undefined;
  const first = ctx.links[others[0]!]!;
  const quoted = clip(ctx[other].text(first[other]), QUOTED_CHARS);
  // Sentences alike but for their numbers ("49,90 лв. с ДДС", "189,90 лв. с ДДС") are a template's: said so.
  const same = ctx[side].text(ctx.links[k]![side]) === ctx[side].text(first[side]) ? "the same" : "the same (numbers aside)";
  return {
    type: "consistency",
    severity: "info",
    reason:
      side === "source"
        ? `${same} source sentence is translated differently at ${places(ctx, others, total)} ("${quoted}"): keep one translation?`
        : `${same === "the same" ? "this" : "this (numbers aside)"} translation is also given at ${places(ctx, others, total)} for another source sentence ("${quoted}"): is one of them a mistranslation?`,
    evidence: evidenceOf(ctx.links, others, total, side === "source" ? "translated-differently" : "translated-the-same"),
  };
}

export const translatedDifferently: Check = {
  name: "the same sentence translated differently",
  run: (ctx, _link, k) => repeatFlag(ctx, k, "source"),
};

export const translatedTheSame: Check = {
  name: "different sentences translated the same way",
  run: (ctx, _link, k) => repeatFlag(ctx, k, "target"),
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
