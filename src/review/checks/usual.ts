/**
 * The translation a document gives a sentence it repeats: what a repeated
 * sentence's translation should be, as the document itself says it. A step
 * of a manual translated one way at forty places and left out at the forty-first,
 * or another text put in its place there, shows against it.
 */
import type { RepeatGroup, ReviewContext } from "../context.js";

/** A source sentence translated one way at this many places at least has a translation the document vouches for. */
export const USUAL_PLACES = 2;

/** Per review, each repeated source sentence's group of links, by its normalised text (made when first asked). */
const groupsByText = new WeakMap<ReviewContext, ReadonlyMap<string, RepeatGroup>>();

function groupsOf(ctx: ReviewContext): ReadonlyMap<string, RepeatGroup> {
  let out = groupsByText.get(ctx);
  if (!out) {
    const { bySource, key } = ctx.repeats();
    const made = new Map<string, RepeatGroup>();
    // One text a group: its first link's (a long document has far fewer groups than links).
    const seen = new Set<RepeatGroup>();
    for (const [k, group] of bySource) {
      if (seen.has(group)) continue;
      seen.add(group);
      made.set(key(k, "source"), group);
    }
    out = made;
    groupsByText.set(ctx, out);
  }
  return out;
}

/**
 * The links that give link k's source sentence the translation the document gives it most, at USUAL_PLACES or more
 * places other than this link's own translation, and more often than that one; none where the sentence is not
 * repeated so (a sentence of fewer than three words never is).
 */
export function usualTranslation(ctx: ReviewContext, k: number): readonly number[] | undefined {
  const { bySource, key } = ctx.repeats();
  const link = ctx.links[k]!;
  if (link.source.length === 0) return undefined;
  const group = bySource.get(k) ?? groupsOf(ctx).get(key(k, "source"));
  if (!group) return undefined;
  const own = link.target.length > 0 ? key(k, "target") : undefined;
  let top: readonly number[] | undefined;
  for (const [text, list] of group.byOther) if (text !== own && list.length > (top?.length ?? 0)) top = list;
  if (!top || top.length < USUAL_PLACES) return undefined;
  if (own !== undefined && top.length <= (group.byOther.get(own)?.length ?? 0)) return undefined;
  return top;
}

/**
 * The links that give source sentence `id`'s text the translation the document gives it most, one way at
 * USUAL_PLACES or more places (a sentence merged into a link with its neighbour: its own translation elsewhere).
 */
export function usualTranslationOfSentence(ctx: ReviewContext, id: number): readonly number[] | undefined {
  const { keyOf } = ctx.repeats();
  const group = groupsOf(ctx).get(keyOf(ctx.source.text([id]), "source"));
  if (!group) return undefined;
  let top: readonly number[] | undefined;
  for (const list of group.byOther.values()) if (list.length > (top?.length ?? 0)) top = list;
  return top && top.length >= USUAL_PLACES ? top : undefined;
}

/** The share of the words (stems) of `usual` that `stems` has. */
export function heldShare(stems: ReadonlySet<string>, usual: ReadonlySet<string>): number {
  if (usual.size === 0) return 1;
  let held = 0;
  for (const stem of usual) if (stems.has(stem)) held++;
  return held / usual.size;
}

/** The word stems of target sentences `ids` (numbers aside). */
export function targetStems(ctx: ReviewContext, ids: readonly number[]): Set<string> {
  return new Set(ids.flatMap((id) => ctx.target.tokens(id).flatMap((t) => (t.kind === "word" ? [t.stem] : []))));
}
