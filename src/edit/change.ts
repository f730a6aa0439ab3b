/**
 * A change to a bitext, as every edit makes one: a window of links replaced,
 * and (for a re-segmentation) a window of one side's segments replaced, the
 * segments after it renumbered. Its inverse is the same change the other way
 * round, so an undo stack keeps the changes (small) rather than whole bitexts.
 */
import type { Bitext, Link, Segment } from "../types.js";

export type SideName = "source" | "target";

export interface SegmentWindow {
  readonly side: SideName;
  /** Index of the first segment replaced. */
  readonly at: number;
  readonly removed: readonly Segment[];
  /** With ids from `at` on; the ids after the window shift by `inserted.length - removed.length`. */
  readonly inserted: readonly Segment[];
}

export interface Change {
  /** Index of the first link replaced. */
  readonly at: number;
  /** The links as they were (ids before the change)... */
  readonly removed: readonly Link[];
  /** ...and as they are (ids after it). */
  readonly inserted: readonly Link[];
  readonly segments?: SegmentWindow;
}

/**
 * The bitext with `change` made, a new object (the input is left as it is;
 * what did not change is shared). `change` must have been made for this very
 * bitext (by `changeOf`, or `invertChange` of one made for the bitext it came from).
 */
export function applyChange(bitext: Bitext, change: Change): Bitext {
  const { at, removed, inserted, segments } = change;
  const after = bitext.links.slice(at + removed.length);
  let tail: readonly Link[] = after;
  let out = bitext;
  if (segments) {
    const side = bitext[segments.side];
    const delta = segments.inserted.length - segments.removed.length;
    const rest = side.segments.slice(segments.at + segments.removed.length);
    const shifted = delta === 0 ? rest : rest.map((g) => ({ ...g, id: g.id + delta }));
    out = { ...bitext, [segments.side]: { ...side, segments: [...side.segments.slice(0, segments.at), ...segments.inserted, ...shifted] } };
    if (delta !== 0) tail = after.map((l) => shiftLink(l, segments.side, delta));
  }
  return { ...out, links: [...bitext.links.slice(0, at), ...inserted, ...tail] };
}

/** The change that undoes `change`, made on the bitext `change` gave. */
export function invertChange(change: Change): Change {
  const { at, removed, inserted, segments } = change;
  return {
    at,
    removed: inserted,
    inserted: removed,
    ...(segments ? { segments: { ...segments, removed: segments.inserted, inserted: segments.removed } } : {}),
  };
}

/** Indices of the links `change` made, in the bitext it gives (their flags are to be made anew). */
export function touchedLinks(change: Change): number[] {
  return change.inserted.map((_, k) => change.at + k);
}

function shiftLink(link: Link, side: SideName, delta: number): Link {
  return { ...link, [side]: link[side].map((id) => id + delta) };
}
