/**
 * Sentences the translation moved from their place, paired with their translation all the same: read from the review's
 * own flags (a sentence or a short passage told moved on both sides, two sentences linked crosswise), for a memory to
 * take each as a unit and for the review to check each pair as one.
 */
import type { Bitext, Link } from "../types.js";

/** How many pairs of unmatched sentences (a 1-0 link and a 0-1 link) a memory writes as units all the same, moved from their place. */
export function movedPairCount(bitext: Bitext): number {
  let n = 0;
  for (const l of movedUnits(bitext).keys()) if (l.target.length === 0) n++;
  return n;
}

/** A flag's evidence, read for the fields `movedUnits` asks of it. */
type MovedEvidence =
  | { movedTo?: unknown; crossedSourceSegment?: unknown; crossedTargetSegment?: unknown; movedPassage?: unknown }
  | undefined;

/**
 * Sentences the translation moved a few sentences away, each paired with its translation: a unit of a memory each.
 * Two ways the review tells them. A sentence moved (two list items swapped, a news item's two sentences in the other
 * order) that the aligner, whose links run in order, leaves unmatched on both sides, the review saying each is the
 * other's ("moved?", `evidence.movedTo`; stranger 330: two correct sentences lost). Two sentences the aligner linked
 * crosswise, each 1-1 link an error naming the other ("reads as the translation of ...", `evidence.crossedSourceSegment`;
 * stranger 333: two sentences that differ only by a name). By the link that holds the source sentence; only where each
 * side names the other, and a reviewer decided neither.
 */
export function movedUnits(bitext: Bitext): Map<Link, Link> {
  const out = new Map<Link, Link>();
  const evidenceOf = (link: Link, type: "missing" | "added" | "divergent", field: "movedTo" | "crossedTargetSegment" | "movedPassage") =>
    (link.flags ?? []).find((f) => f.type === type && isPlace((f.evidence as MovedEvidence)?.[field]))?.evidence as
      | Record<string, number>
      | undefined;
  const unit = (a: Link, b: Link, i: number, j: number, passage?: readonly [number, number, number]): Link => ({
    source: [i],
    target: [j],
    kind: "1-1",
    score: Math.min(a.score, b.score),
    flags: [
      // What the review found inside the pair, checked as one (`withMovedPairsChecked`): a memory weighs it as a unit's.
      ...(a.flags ?? []).filter((f) => (f.evidence as { movedWith?: unknown } | undefined)?.movedWith === j),
      {
        type: "order",
        severity: "info",
        reason: passage
          ? `source sentences ${passage[0] + 1}-${passage[0] + passage[2]} are translation sentences ${passage[1] + 1}-${passage[1] + passage[2]}, a passage moved from its place: source sentence ${i + 1} is translation sentence ${j + 1}, a unit of its own`
          : `source sentence ${i + 1} is translation sentence ${j + 1}, moved from its place: a unit of its own`,
      },
    ],
  });
  const unmatchedTarget = new Map<number, Link>();
  const passageTarget = new Map<number, Link>();
  const bySource = new Map<number, Link>();
  for (const l of bitext.links) {
    if (l.status || l.correction !== undefined) continue;
    if (l.source.length === 0 && l.target.length === 1 && evidenceOf(l, "added", "movedTo")) unmatchedTarget.set(l.target[0]!, l);
    if (l.source.length === 0 && l.target.length === 1 && evidenceOf(l, "added", "movedPassage")) passageTarget.set(l.target[0]!, l);
    if (l.source.length === 1 && l.target.length === 1) bySource.set(l.source[0]!, l);
  }
  for (const l of bitext.links) {
    if (l.status || l.correction !== undefined || l.source.length !== 1) continue;
    const i = l.source[0]!;
    if (l.target.length === 0) {
      const j = evidenceOf(l, "missing", "movedTo")?.movedTo;
      const other = j === undefined ? undefined : unmatchedTarget.get(j);
      if (other && evidenceOf(other, "added", "movedTo")?.movedTo === i) out.set(l, unit(l, other, i, j!));
      else {
        const passage = movedPassagePair(bitext, l, i, passageTarget, evidenceOf);
        if (passage) out.set(l, unit(l, passage.other, i, passage.j, passage.span));
      }
    } else if (l.target.length === 1) {
      const crossed = evidenceOf(l, "divergent", "crossedTargetSegment");
      const other = crossed === undefined ? undefined : bySource.get(crossed.crossedSourceSegment!);
      const back = other && evidenceOf(other, "divergent", "crossedTargetSegment");
      if (other && back?.crossedSourceSegment === i && back.crossedTargetSegment === l.target[0])
        out.set(l, unit(l, other, i, crossed!.crossedTargetSegment!));
    }
  }
  return out;
}

/** A sentence's number, or a passage's first and last. */
const isPlace = (v: unknown): boolean => typeof v === "number" || Array.isArray(v);

/** Sentences a short passage moved may have: the review finds them in step, as many on each side, a sentence answering the one in step. */
const MAX_PASSAGE_UNITS = 9;

/**
 * The translation sentence of source sentence `i` (a 1-0 link, `l`) where the review tells its passage moved as a whole
 * ("these 3 sentences are not translated here ..., but translation sentences 7-9 ... say what they say"), as many
 * sentences on each side, and the translation's passage names this one back: the sentence in step (stranger 351: a
 * hotel page's parking paragraph put last, its three pairs lost from the memory). A longer passage may be joined and
 * split otherwise inside; it is left to a reviewer.
 */
function movedPassagePair(
  bitext: Bitext,
  l: Link,
  i: number,
  passageTarget: ReadonlyMap<number, Link>,
  evidenceOf: (link: Link, type: "missing" | "added", field: "movedPassage") => Record<string, unknown> | undefined,
): { other: Link; j: number; span: readonly [number, number, number] } | undefined {
  const mine = evidenceOf(l, "missing", "movedPassage");
  const span = mine?.movedPassage as readonly [number, number] | undefined;
  const count = mine?.passageLength as number | undefined;
  const start = mine?.passageStart as number | undefined;
  if (!span || count === undefined || start === undefined || count > MAX_PASSAGE_UNITS || span[1] - span[0] + 1 !== count) return undefined;
  const first = bitext.links[start]?.source[0];
  if (first === undefined || i < first || i >= first + count) return undefined;
  const j = span[0] + (i - first);
  const other = passageTarget.get(j);
  const back = other && (evidenceOf(other, "added", "movedPassage")?.movedPassage as readonly [number, number] | undefined);
  if (!other || !back || back[0] !== first || back[1] !== first + count - 1) return undefined;
  return { other, j, span: [first, span[0], count] };
}
