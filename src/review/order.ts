/**
 * Whether the translation follows the source's order. The aligner links in
 * order (one monotone path); a translation put together in another order (its
 * halves swapped, its paragraphs reversed, a chapter pasted in the wrong
 * place) still aligns link after link, and where clauses repeat word for
 * word (a legal code, a contract template) those links pair sentences with
 * other sentences' translations at high confidence. Numbers written once in
 * each text (`onceNumbers`: amounts, identifiers, a clause's run of figures)
 * say where each passage went, with no language in them: in a translation in
 * order they lie on one monotone chain, and those off it are few and near it.
 */
import { type Anchor, anchorChain, firstFrom } from "../align/guide.js";
import type { OutOfOrder, OutOfOrderPassage } from "../types.js";
import { grouped } from "./report.js";

/**
 * Places off the chain, far from it, before the pair is flagged at all. In
 * every translation in order we have (NTREX's 123 documents and the whole
 * set as one, the bench's long pairs, 78 of the strangers' pairs of up to
 * 400,000 segments) at most 1 place lies far from the chain (up to 181 off
 * it, near: a code whose translator swapped articles and moved footnotes).
 */
export const ORDER_MIN_PLACES = 10;
/**
 * The share of places far off the chain from which the pair is flagged: a
 * warning (a passage moved: its sentences are reported missing where the
 * source has them and added where the translation put them).
 */
export const ORDER_WARNING_SHARE = 0.02;
/**
 * ...and an error: a quarter of the pair or more is out of order, too much
 * to trust its links (the pair is left out of memories, as one that is no
 * translation). A translation with its second half first: 0.43-0.50 on the
 * strangers' legal and financial pairs; its paragraphs reversed: 0.96-0.99.
 */
export const ORDER_ERROR_SHARE = 0.25;
/**
 * The share of the places far off the chain that must lie in passages (a few
 * places in a row that went as far ahead or back) for a warning. A passage
 * moved says where it went by several numbers in a row; places far off the
 * chain one by one are numbers met by chance (a stranger's 100k pairs built
 * from the same news sentences again and again: 17 and 93 such places, none
 * in a passage). An error (a quarter of the pair or more) needs none: the
 * pair is then judged against unrelated text (`pairFlags`).
 */
export const WARNING_IN_PASSAGES = 0.5;
/** How far from the chain (segments, or this share of the target, the larger) a place is far. */
const NEAR_SEGMENTS = 10;
const NEAR_SHARE = 0.01;
/** A moved passage is named when at least this many places say where it went; the largest few are named. */
const PASSAGE_MIN_PLACES = 2;
const MAX_PASSAGES = 5;

/**
 * The pair's "out-of-order" flag, if the numbers written once in each text
 * (`once`: `onceNumbers` of its n source and m target segments' texts) say
 * its translation follows another order.
 */
export function orderFlags(once: readonly Anchor[], n: number, m: number, linked: (i: number) => boolean = () => false): OutOfOrder[] {
  const places = distinctPlaces(once);
  if (places.length < ORDER_MIN_PLACES) return [];
  const chain = anchorChain(places, m);
  const near = Math.max(NEAR_SEGMENTS, Math.round(NEAR_SHARE * m));
  const slope = n > 0 ? m / n : 1;
  const far = places.filter(([i, j]) => Math.abs(j - chainAt(chain, i, slope)) > near);
  const share = far.length / places.length;
  if (far.length < ORDER_MIN_PLACES || share < ORDER_WARNING_SHARE) return [];
  const groups = movedPassages(far, near);
  const passages = groups.slice(0, MAX_PASSAGES).sort((x, y) => x.source[0] - y.source[0]);
  let inPassages = 0;
  for (const g of groups) inPassages += g.places;
  const error = share >= ORDER_ERROR_SHARE;
  if (!error && inPassages < WARNING_IN_PASSAGES * far.length) return [];
  const region = error ? disorderedRegion(places, far, n, m) : undefined;
  const where = passages.length
    ? ` (${passages.map((p) => `source ${sentences(p.source)} at target ${span(p.target)}${p.reversed ? ", in reverse order" : ""}`).join("; ")}${groups.length > MAX_PASSAGES ? "; ..." : ""})`
    : "";
  const counted = `${grouped(far.length)} of the ${grouped(places.length)} places where a number written once in each text meets its counterpart lie far from the order the others follow${where}`;
  return [
    {
      type: "out-of-order",
      severity: error ? "error" : "warning",
      reason: region
        ? `part of the translation does not follow the source's order: source sentences ${span(region.source)} against translation sentences ${span(region.target)} (a list sorted in each language's own order, or a passage put together otherwise); ${counted}. Its links there pair sentences with other sentences' translations and are left out of memories; the rest of the translation follows the source's order`
        : error
          ? `the translation does not follow the source's order: ${counted}. Its links pair sentences with other sentences' translations: check how the translation was put together, and align its parts in order`
          : `part of the translation is in another place than in the source: ${counted}. ${movedSaid(passages, linked)}`,
      evidence: {
        places: places.length,
        outOfOrder: far.length,
        share: Math.round(share * 10000) / 10000,
        inPassages,
        passages: passages.map(({ source, target, reversed }) => (reversed ? { source, target, reversed } : { source, target })),
        ...(region ? { region } : {}),
      },
    },
  ];
}

/**
 * The most of either text the stretch out of order may take for the flag to be that stretch's alone (a parts list
 * sorted in each language's order inside a manual): beyond it, the pair as a whole does not follow the source.
 */
const REGION_MAX_SHARE = 0.5;

/**
 * The stretch of the pair out of order: its source and target segments, between the nearest place before every far
 * one on both sides and the nearest after every far one on both (exclusive), or the text's edge; places near the
 * order by chance inside it are inside. Undefined where fewer than `ORDER_MIN_PLACES` places lie outside it, or it
 * takes more than `REGION_MAX_SHARE` of either text.
 */
function disorderedRegion(places: readonly Anchor[], far: readonly Anchor[], n: number, m: number): OutOfOrderPassage | undefined {
  // The far places' spans on each side; then the nearest place before them on both sides, and after them on both.
  let [first, last, low, high] = [n, -1, m, -1];
  for (const [i, j] of far) {
    first = Math.min(first, i);
    last = Math.max(last, i);
    low = Math.min(low, j);
    high = Math.max(high, j);
  }
  let before: Anchor | undefined;
  let after: Anchor | undefined;
  for (const p of places) {
    if (p[0] < first && p[1] < low && (!before || p[0] > before[0])) before = p;
    if (p[0] > last && p[1] > high && (!after || p[0] < after[0])) after = p;
  }
  let outside = 0;
  for (const [i, j] of places) if ((before && i <= before[0] && j <= before[1]) || (after && i >= after[0] && j >= after[1])) outside++;
  const source: [number, number] = [before ? before[0] + 1 : 0, after ? after[0] - 1 : n - 1];
  const target: [number, number] = [before ? before[1] + 1 : 0, after ? after[1] - 1 : m - 1];
  if (outside < ORDER_MIN_PLACES || source[1] < source[0] || target[1] < target[0]) return undefined;
  if (source[1] - source[0] + 1 > REGION_MAX_SHARE * n || target[1] - target[0] + 1 > REGION_MAX_SHARE * m) return undefined;
  return { source, target };
}

/**
 * What the links say of the passages moved. The aligner links in order: a passage moved is most often left without
 * translation where the source has it, and its translation added where it went. Where the text repeats itself (a
 * report's yearly copies in another order), its sentences are linked to the translations of the copy in their place
 * instead, near enough word for word (stranger 66): the message says which, by the passages' source sentences linked.
 */
function movedSaid(passages: readonly OutOfOrderPassage[], linked: (i: number) => boolean): string {
  let sentences = 0;
  let withText = 0;
  for (const p of passages)
    for (let i = p.source[0]; i <= p.source[1]; i++) {
      sentences++;
      if (linked(i)) withText++;
    }
  return withText * 2 > sentences
    ? "The aligner links in order, so most of its sentences are linked to the translations of other sentences, those the translation has in their place: check those links"
    : "Its sentences are reported missing where the source has them and added where the translation has them";
}

/** Each (source, target) place once: a number and a run starting in the same two segments say one thing. */
function distinctPlaces(anchors: readonly Anchor[]): Anchor[] {
  const seen = new Set<number>();
  const out: Anchor[] = [];
  for (const [i, j] of anchors) {
    // Both ids below 2^26 in any text sverka reads: one number per place.
    const key = i * 67_108_864 + j;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([i, j, 1]);
  }
  return out;
}

/** The target segment the chain puts source segment i at: between its anchors in proportion, beyond its ends at the pair's slope. */
function chainAt(chain: readonly Anchor[], i: number, slope: number): number {
  if (chain.length === 0) return i * slope;
  const k = firstFrom(chain, i);
  const after = chain[k];
  const before = chain[k - 1];
  if (after && after[0] === i) return after[1];
  if (!before) return after![1] - (after![0] - i) * slope;
  if (!after) return before[1] + (i - before[0]) * slope;
  return before[1] + ((i - before[0]) * (after[1] - before[1])) / (after[0] - before[0]);
}

/**
 * The places far off the chain grouped into passages: in source order, a
 * place joins the one before when it is not far on in the source and lies as
 * far ahead or back (within a sentence or two merged or split on the way,
 * `drift`), or, in a passage whose translation runs backward (sentences
 * reversed), as far before the one before's target as it is after its
 * source. Those of `PASSAGE_MIN_PLACES` or more, the largest first (of
 * equals, the first in the source), with their places counted.
 */
function movedPassages(far: readonly Anchor[], near: number): Array<OutOfOrderPassage & { readonly places: number }> {
  const sorted = [...far].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // way: 1 the passage runs forward, -1 backward, 0 not known yet (one place, or places of one source segment).
  const groups: Array<{ places: Anchor[]; way: number }> = [];
  for (const place of sorted) {
    const group = groups.at(-1);
    const last = group?.places.at(-1);
    const gap = last ? place[0] - last[0] : 0;
    const ahead = last !== undefined && Math.abs(place[1] - place[0] - (last[1] - last[0])) <= drift(gap);
    const back = last !== undefined && Math.abs(place[1] + place[0] - (last[1] + last[0])) <= drift(gap);
    if (group && gap <= 4 * near && ((group.way >= 0 && ahead) || (group.way <= 0 && back))) {
      if (group.way === 0 && gap > 0) group.way = ahead ? 1 : -1;
      group.places.push(place);
    } else groups.push({ places: [place], way: 0 });
  }
  return groups
    .filter((g) => g.places.length >= PASSAGE_MIN_PLACES)
    .sort((x, y) => y.places.length - x.places.length || x.places[0]![0] - y.places[0]![0])
    .map(({ places: g, way }) => {
      let j0 = g[0]![1];
      let j1 = j0;
      for (const [, j] of g) {
        if (j < j0) j0 = j;
        if (j > j1) j1 = j;
      }
      const passage = { source: [g[0]![0], g.at(-1)![0]] as const, target: [j0, j1] as const, places: g.length };
      return way < 0 ? { ...passage, reversed: true as const } : passage;
    });
}

/**
 * How much further ahead or back a place may lie than the one before it
 * in a passage, `gap` source segments on: paragraphs reversed lie 2 x their
 * length further each (6 segments for paragraphs of 3), never one passage.
 */
function drift(gap: number): number {
  return Math.max(2, Math.floor(gap / 10));
}

/** "sentence 5 is" or "sentences 5-9 are", counted from 1 as a reader counts them. */
function sentences(ids: readonly [number, number]): string {
  return ids[0] === ids[1] ? `sentence ${span(ids)} is` : `sentences ${span(ids)} are`;
}

/** Segments first to last, counted from 1 as a reader counts them. */
function span([from, to]: readonly [number, number]): string {
  return from === to ? grouped(from + 1) : `${grouped(from + 1)}-${grouped(to + 1)}`;
}
