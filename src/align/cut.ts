/**
 * A long pair in pieces. The pair is cut where its alignment certainly
 * passes: a boundary between sure 1-1 links, found by aligning a window
 * around each wanted cut, at a paragraph break on both sides where there is
 * one. The pieces align apart (on worker threads) and join exactly: every
 * segment in one piece, links concatenated with their ids offset.
 *
 * The cuts are a function of the pair alone, never of the threads that align
 * the pieces, so a pair gives the same bitext on any machine.
 */
import type { Link, LinkKind } from "../types.js";
import { type Anchor, denseEnough, firstFrom, onceRuns, onceWindows } from "./guide.js";

/**
 * Pairs with fewer segments a side than this align whole, as they always
 * have; longer ones in pieces of about `PIECE_SEGMENTS` source segments, at
 * least two. A piece costs a fixed share (the lexicon merged with what it
 * learns), so pieces are not made smaller than needed.
 */
export const LONG_SEGMENTS = 20_000;
export const PIECE_SEGMENTS = 25_000;

/** When a pair is long and how long its pieces are (tests make them small). */
export interface PieceSizes {
  /** Segments a side from which a pair is cut in pieces. */
  readonly long: number;
  /** Source segments a piece aims at. */
  readonly piece: number;
}

export const PIECE_SIZES: PieceSizes = { long: LONG_SEGMENTS, piece: PIECE_SEGMENTS };
/** Source segments either side of a wanted cut in the window aligned to find it. */
export const CUT_WINDOW = 200;
/** Target segments added to either side of the target window, for what either side leaves out before the cut. */
const CUT_DRIFT = 200;
/** Links either side of a cut that must be sure 1-1 links. */
const CUT_SURE_LINKS = 3;
/** The confidence a link next to a cut needs. */
const CUT_SURE_SCORE = 0.98;

/** A window of the pair aligned to find the cut nearest source segment `want`. */
export interface CutWindow {
  readonly want: number;
  /** Source segments [i0, i1) and target segments [j0, j1). */
  readonly i0: number;
  readonly i1: number;
  readonly j0: number;
  readonly j1: number;
}

/** A cut: the source and target segments a piece starts with. */
export type Cut = readonly [i: number, j: number];

/** How many pieces a pair of `n` source segments is aligned in (1: whole). */
export function pieceCount(n: number, m: number, sizes: PieceSizes = PIECE_SIZES): number {
  return Math.min(n, m) < sizes.long ? 1 : evenCount(n, sizes);
}

/**
 * How many pieces `count` items make: an even number, at least two, near one
 * per `sizes.piece`. Pieces run two at a time on two cores (four on four): an
 * odd last piece would run alone with a core idle (three pieces of a 100k
 * pair's review, when it was reviewed in pieces, took 5.8 s, then 4.8 s more for the third).
 */
function evenCount(count: number, sizes: PieceSizes): number {
  return Math.max(2, 2 * Math.round(count / (2 * sizes.piece)));
}

/**
 * The windows to find cuts in, one per boundary between pieces of equal
 * source length: the source `CUT_WINDOW` segments either side of the wanted
 * cut, the target around the segment as far into its text (in characters) as
 * the wanted cut is into the source's.
 */
export function cutWindows(
  sourceChars: ArrayLike<number>,
  targetChars: ArrayLike<number>,
  sizes: PieceSizes = PIECE_SIZES,
  guide: readonly Anchor[] = [],
): CutWindow[] {
  const n = sourceChars.length;
  const m = targetChars.length;
  const count = pieceCount(n, m, sizes);
  if (count < 2) return [];
  const prefix = (chars: ArrayLike<number>) => {
    const out = new Float64Array(chars.length + 1);
    for (let k = 0; k < chars.length; k++) out[k + 1] = out[k]! + chars[k]!;
    return out;
  };
  const ps = prefix(sourceChars);
  const pt = prefix(targetChars);
  const slope = m / n;
  const reach = Math.ceil(CUT_WINDOW * slope) + CUT_DRIFT;
  const windows: CutWindow[] = [];
  let j = 0;
  for (let b = 1; b < count; b++) {
    const want = Math.round((b * n) / count);
    const share = ps[want]! / Math.max(1, ps[n]!);
    while (j < m && pt[j]! < share * pt[m]!) j++;
    const centre = between(guide, want) ?? j;
    windows.push({
      want,
      i0: Math.max(0, want - CUT_WINDOW),
      i1: Math.min(n, want + CUT_WINDOW),
      j0: Math.max(0, centre - reach),
      j1: Math.min(m, centre + reach),
    });
  }
  return windows;
}

/**
 * The target segment a chain of anchors puts across from source segment `i`:
 * on the straight line between the anchors either side of it (a monotonic
 * path runs between them). Undefined before the first or after the last.
 */
function between(chain: readonly Anchor[], i: number): number | undefined {
  const lo = firstFrom(chain, i);
  const after = chain[lo];
  const before = chain[lo - 1];
  if (after && after[0] === i) return after[1];
  if (!before || !after) return undefined;
  return Math.round(before[1] + ((i - before[0]) * (after[1] - before[1])) / (after[0] - before[0]));
}

/** Numbers of three digits or more written once in each whole text: anchors with no language in them. */
const DIGITS_ONCE = 3;

/**
 * Runs of digits, each: "1 200" and "1,200" are both 1 and 200, "12,5" and "12.5" both 12 and 5. The groups of two digits
 * or more are the runs long enough: a single digit (a step's number, a clause's 3) runs alike in too many places for a
 * run of a segment or two: "2. Press the button for 3 seconds" found its twin in "2. Replace the filter every 3 months"
 * 40,000 sentences off a translation cut short. The numbers of `DIGITS_ONCE` digits or more are the same groups, those
 * long enough: each text is searched once for all three.
 */
const DIGIT_RUNS = /\d+/gu;

/**
 * Anchors for placing the cut windows (chained, `anchorChain`): numbers
 * (amounts, identifiers, long dates) found exactly once in each text, and runs
 * of digit groups (`onceRuns`: a clause's number, term and rate, where each
 * repeats in every copy of a template) found once in each. Where the
 * translation leaves out a long passage, the target's share of characters no
 * longer says where a cut lands; these do, in every language. All of them,
 * unchained: where the translation follows another order, many lie off any one chain.
 */
export function onceNumbers(source: readonly string[], target: readonly string[]): Anchor[] {
  const sourceDigits = digitRuns(source);
  const targetDigits = digitRuns(target);
  const sourceGroups = sourceDigits.map(groupsOf);
  const targetGroups = targetDigits.map(groupsOf);
  const once = (groups: ReadonlyArray<readonly string[]>) => {
    const at = new Map<string, number>();
    groups.forEach((list, k) => {
      for (const d of list) if (d.length >= DIGITS_ONCE) at.set(d, at.has(d) ? -1 : k);
    });
    return at;
  };
  const s = once(sourceGroups);
  const t = once(targetGroups);
  const anchors: Anchor[] = [];
  for (const [d, i] of s) {
    const j = t.get(d);
    if (i >= 0 && j !== undefined && j >= 0) anchors.push([i, j, 1]);
  }
  const runs = onceRuns(
    (k) => sourceGroups[k]!,
    source.length,
    (k) => targetGroups[k]!,
    target.length,
  );
  // Every digit run, single digits too, four, eight and sixteen in a row (`onceWindows`): a contract's particulars
  // filled in again and again, one value a clause, have no run above found once, and a window placed by characters
  // alone fell inside the tenth its translation left out. Only as many as a template's values give (`denseEnough`).
  const windows = onceWindows(
    (k) => sourceDigits[k]!,
    source.length,
    (k) => targetDigits[k]!,
    target.length,
  );
  // One by one: spread into arguments, a 400,000-segment pair's runs overflowed the stack.
  for (const anchor of denseEnough(runs.length === 0 ? windows : runs.concat(windows), source.length, target.length)) anchors.push(anchor);
  return anchors;
}

const NO_GROUPS: readonly string[] = [];

/** Each text's runs of digits, in order ("25 000,00" is 25, 000 and 00 in either language's way of writing it; most texts have none: one shared empty list). */
function digitRuns(texts: readonly string[]): Array<readonly string[]> {
  return texts.map((text) => text.match(DIGIT_RUNS) ?? NO_GROUPS);
}

/** A text's digit groups: its runs of two digits or more (the list itself where every run is). */
function groupsOf(runs: readonly string[]): readonly string[] {
  return runs.every((d) => d.length >= 2) ? runs : runs.filter((d) => d.length >= 2);
}

/**
 * The cut in a window, from the window's own alignment (`links`, ids in the
 * window): a boundary with `CUT_SURE_LINKS` sure 1-1 links either side,
 * within half a window of the wanted cut; at a paragraph break on both sides
 * if one qualifies, else the nearest. Undefined where none does (the pieces
 * either side are then aligned as one).
 */
export function chooseCut(
  window: CutWindow,
  links: ReadonlyArray<Pick<Link, "source" | "target" | "kind" | "score">>,
  sourceParagraph: (i: number) => number,
  targetParagraph: (j: number) => number,
): Cut | undefined {
  let best: { cut: Cut; rank: number } | undefined;
  const sure = (l: (typeof links)[number]) => l.kind === "1-1" && l.score >= CUT_SURE_SCORE;
  let run = 0;
  // run: sure links in a row ending at k - 1.
  for (let k = 0; k < links.length; k++) {
    if (run >= CUT_SURE_LINKS && k + CUT_SURE_LINKS <= links.length && links.slice(k, k + CUT_SURE_LINKS).every(sure)) {
      const i = window.i0 + links[k]!.source[0]!;
      const j = window.j0 + links[k]!.target[0]!;
      const off = Math.abs(i - window.want);
      if (off <= CUT_WINDOW / 2) {
        const paragraphs = sourceParagraph(i) !== sourceParagraph(i - 1) && targetParagraph(j) !== targetParagraph(j - 1);
        const rank = off + (paragraphs ? 0 : CUT_WINDOW);
        if (!best || rank < best.rank) best = { cut: [i, j], rank };
      }
    }
    run = sure(links[k]!) ? run + 1 : 0;
  }
  return best?.cut;
}

/** Cuts in order, each past the one before on both sides and inside the pair (others are dropped). */
export function orderedCuts(cuts: ReadonlyArray<Cut | undefined>, n: number, m: number): Cut[] {
  const out: Cut[] = [];
  let last: Cut = [0, 0];
  for (const cut of cuts) {
    if (!cut || cut[0] <= last[0] || cut[1] <= last[1] || cut[0] >= n || cut[1] >= m) continue;
    out.push(cut);
    last = cut;
  }
  return out;
}

/** A piece of the pair: source segments [i0, i1), target segments [j0, j1). */
export interface Piece {
  readonly i0: number;
  readonly i1: number;
  readonly j0: number;
  readonly j1: number;
}

/** The pieces the cuts make, covering the pair. */
export function piecesOf(cuts: readonly Cut[], n: number, m: number): Piece[] {
  const bounds: Cut[] = [[0, 0], ...cuts, [n, m]];
  return bounds.slice(1).map(([i1, j1], k) => ({ i0: bounds[k]![0], i1, j0: bounds[k]![1], j1 }));
}

/** A piece's alignment as it crosses from a worker: steps [first source, count, first target, count] in the piece's ids, and confidences. */
export interface PieceLinks {
  readonly steps: Int32Array;
  readonly scores: Float64Array;
  /** The links' explanations, when asked for. */
  readonly explain?: ReadonlyArray<Link["explain"]>;
}

/** The links of a piece's alignment, in compact form. */
export function compactLinks(links: readonly Link[]): PieceLinks {
  const steps = new Int32Array(links.length * 4);
  const scores = new Float64Array(links.length);
  links.forEach((l, k) => {
    steps.set([l.source[0] ?? 0, l.source.length, l.target[0] ?? 0, l.target.length], k * 4);
    scores[k] = l.score;
  });
  // An empty side has no first id: its position is where the other links leave it.
  let i = 0;
  let j = 0;
  for (let k = 0; k < links.length; k++) {
    if (steps[k * 4 + 1] === 0) steps[k * 4] = i;
    if (steps[k * 4 + 3] === 0) steps[k * 4 + 2] = j;
    i = steps[k * 4]! + steps[k * 4 + 1]!;
    j = steps[k * 4 + 2]! + steps[k * 4 + 3]!;
  }
  const explain = links.some((l) => l.explain) ? links.map((l) => l.explain) : undefined;
  return { steps, scores, ...(explain ? { explain } : {}) };
}

/** The pieces' links joined into the pair's: ids offset by where each piece starts, in order. */
export function joinPieces(pieces: readonly Piece[], aligned: readonly PieceLinks[]): Link[] {
  const out: Link[] = [];
  pieces.forEach((piece, p) => {
    const { steps, scores, explain } = aligned[p]!;
    for (let k = 0; k < scores.length; k++) {
      const a = steps[k * 4 + 1]!;
      const b = steps[k * 4 + 3]!;
      const link: Link = {
        source: ids(piece.i0 + steps[k * 4]!, a),
        target: ids(piece.j0 + steps[k * 4 + 2]!, b),
        kind: `${a}-${b}` as LinkKind,
        score: scores[k]!,
      };
      const why = explain?.[k];
      out.push(why ? { ...link, explain: why } : link);
    }
  });
  return out;
}

/**
 * Ids start, start + 1, ... (count of them) in an array of that many: an
 * array grown by push holds room for 17, and a long pair's links are kept
 * whole until they are written (25 MB more at 100,000 links).
 */
export function ids(start: number, count: number): number[] {
  if (count === 1) return [start];
  if (count === 2) return [start, start + 1];
  return Array.from({ length: count }, (_, k) => start + k);
}
