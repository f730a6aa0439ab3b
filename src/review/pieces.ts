/**
 * The review of a long bitext in pieces (src/align/cut.ts, `linkPieces`),
 * each on a worker thread where there are several. A piece is reviewed with
 * what it holds (its own learned words, usual evidence and common stems);
 * what needs the whole document runs once over the whole: consistency
 * (the same sentence translated two ways anywhere in it) and the flags of
 * the pair. The pieces are a function of the bitext, so a bitext reviewed
 * right after aligning and read back from its JSON gets the same flags.
 */

import { textsAndParagraphs } from "../segment/index.js";
import { drain, SLICE_LINKS, type Sliced } from "../slices.js";
import type { Bitext, DocumentFlag, Flag, LengthModel, Link, LinkKind, OutOfOrder, Segment, SegmentMarkup, Side } from "../types.js";
import { translatedDifferently, translatedTheSame } from "./checks/consistency.js";
import { CHECKS, type Check } from "./checks/index.js";
import { buildReviewContext, findRepeatsInSlices, type Repeats, type ReviewContext, type ReviewOptions, type SideInfo } from "./context.js";
import { type LinkMeasures, linkMeasures, pairFlags, pairOrder } from "./document.js";
import { withFlags } from "./flagged.js";
import { PROGRESS_EVERY, reviewLink } from "./index.js";
import { skippedChecks } from "./skipped.js";
import { hasParagraphs, joinText } from "./text.js";

/** The checks that read the whole document: run once over it, after the pieces. */
const WHOLE_CHECKS: readonly Check[] = [translatedDifferently, translatedTheSame];
/** The checks each piece runs, in the review's order. */
const PIECE_CHECKS: readonly Check[] = CHECKS.filter((c) => !WHOLE_CHECKS.includes(c));

/**
 * A piece as it crosses to a worker: its segments' texts and paragraphs (ids
 * as in the document, from `start`), its links as numbers, the bitext's
 * length model. Typed arrays and strings clone fast; objects per segment and
 * per link did not (a piece of 25,000 links is 50,000 segments).
 */
export interface ReviewPieceInput {
  readonly source: PieceSide;
  readonly target: PieceSide;
  /** Two numbers a link: how many source segments, how many target segments; their ids follow each other in `ids`, source first. */
  readonly counts: Int32Array;
  readonly ids: Int32Array;
  readonly scores: Float64Array;
  /** Each link's kind, where one is not what its segment counts say (a library user's bitext); else left out. */
  readonly kinds?: readonly LinkKind[];
  readonly model: LengthModel;
  /** The first piece also says which checks the languages leave out. */
  readonly first: boolean;
}

export interface PieceSide {
  readonly lang: string;
  readonly path?: string;
  /** The id of the piece's first segment in the document. */
  readonly start: number;
  /** Whether the document has more than one paragraph (the piece may lie in one of several). */
  readonly paragraphed: boolean;
  /** The piece's segments, consecutive: their texts and paragraphs. */
  readonly texts: readonly string[];
  readonly paragraphs: Int32Array;
  /** Each segment's inline codes, where the side has any (a memory or bilingual file). */
  readonly codes?: ReadonlyArray<readonly string[] | undefined>;
  /** Each segment's Markdown code spans and link targets, where the side has any. */
  readonly markup?: ReadonlyArray<SegmentMarkup | undefined>;
}

export interface ReviewPieceResult {
  /** The flags of each link of the piece. */
  readonly flags: Flag[][];
  /** Each link's lexical evidence and source characters: the pair is judged by these (`unrelatedFlags`). */
  readonly measures: LinkMeasures;
  readonly skipped: DocumentFlag[];
}

/** Links [start, end) of `bitext` as a piece to review: its segments and links, nothing else of the document. */
export function reviewPieceInput(bitext: Bitext, start: number, end: number): ReviewPieceInput {
  const count = end - start;
  const counts = new Int32Array(2 * count);
  const scores = new Float64Array(count);
  let kinds: LinkKind[] | undefined;
  const first = { source: Infinity, target: Infinity };
  const last = { source: -1, target: -1 };
  let size = 0;
  for (let k = 0; k < count; k++) {
    const l = bitext.links[start + k]!;
    counts[2 * k] = l.source.length;
    counts[2 * k + 1] = l.target.length;
    size += l.source.length + l.target.length;
    scores[k] = l.score;
    if (l.kind !== `${l.source.length}-${l.target.length}`) kinds ??= [];
    for (const side of ["source", "target"] as const)
      for (const id of l[side]) {
        first[side] = Math.min(first[side], id);
        last[side] = Math.max(last[side], id);
      }
  }
  const ids = new Int32Array(size);
  let at = 0;
  for (let k = 0; k < count; k++) {
    const l = bitext.links[start + k]!;
    for (const id of l.source) ids[at++] = id;
    for (const id of l.target) ids[at++] = id;
  }
  if (kinds) for (let k = 0; k < count; k++) kinds.push(bitext.links[start + k]!.kind);
  // Segments [from, end) of a side; none where every link of the piece leaves the side out.
  const span = (side: Side, from: number, end: number): PieceSide => {
    const segments = side.segments;
    const { texts, paragraphs } = textsAndParagraphs(segments, from, end);
    const any = (has: (g: Segment) => boolean) => {
      for (let k = from; k < end; k++) if (has(segments[k]!)) return true;
      return false;
    };
    const each = <T>(of: (g: Segment) => T) => Array.from({ length: end - from }, (_, k) => of(segments[from + k]!));
    return {
      lang: side.lang,
      ...(side.path ? { path: side.path } : {}),
      start: end > from ? segments[from]!.id : 0,
      paragraphed: hasParagraphs(side),
      texts,
      paragraphs,
      ...(any((g) => g.codes !== undefined) ? { codes: each((g) => g.codes) } : {}),
      ...(any((g) => g.markup !== undefined) ? { markup: each((g) => g.markup) } : {}),
    };
  };
  const range = (side: "source" | "target") => (last[side] < 0 ? [0, 0] : [first[side], last[side] + 1]) as [number, number];
  return {
    source: span(bitext.source, ...range("source")),
    target: span(bitext.target, ...range("target")),
    counts,
    ids,
    scores,
    ...(kinds ? { kinds } : {}),
    model: bitext.model,
    first: start === 0,
  };
}

/**
 * Reviews one piece. The segments before it are blank in the bitext the
 * checks read, so ids, and the sentence numbers reasons give, are the document's.
 */
export function reviewPiece(input: ReviewPieceInput, options: ReviewOptions = {}, progress?: (share: number) => void): ReviewPieceResult {
  const side = (s: PieceSide): Side => {
    const paragraph = s.texts.length ? s.paragraphs[0]! : 0;
    const segments = new Array<Segment>(s.start + s.texts.length);
    // One blank segment in every place before the piece (75,000 a side for the last piece of a 100k pair, 64 bytes
    // each): the review reads a segment's text, paragraph and codes, never its id (tests/pieces.test.ts holds it to that).
    segments.fill({ id: 0, text: "", start: 0, end: 0, paragraph }, 0, s.start);
    s.texts.forEach((text, k) => {
      const codes = s.codes?.[k];
      const markup = s.markup?.[k];
      segments[s.start + k] = {
        id: s.start + k,
        text,
        start: 0,
        end: text.length,
        paragraph: s.paragraphs[k]!,
        ...(codes !== undefined ? { codes } : {}),
        ...(markup !== undefined ? { markup } : {}),
      };
    });
    return { lang: s.lang, ...(s.path ? { path: s.path } : {}), segments };
  };
  let at = 0;
  // Read in place: a subarray per side of each link (50,000 views a piece) was a tenth of a second of garbage.
  const ids = (count: number) => {
    const out: number[] = [];
    for (let x = 0; x < count; x++) out.push(input.ids[at + x]!);
    at += count;
    return out;
  };
  const links = Array.from(input.scores, (score, k): Link => {
    const source = ids(input.counts[2 * k]!);
    const target = ids(input.counts[2 * k + 1]!);
    return { source, target, kind: input.kinds?.[k] ?? (`${source.length}-${target.length}` as LinkKind), score };
  });
  const bitext: Bitext = { source: side(input.source), target: side(input.target), links, model: input.model };
  const ctx = buildReviewContext(bitext, {
    ...options,
    paragraphed: { source: input.source.paragraphed, target: input.target.paragraphed },
  });
  // Setting the review up (words learned, evidence laid out) takes about as long as checking the links.
  return {
    flags: links.map((_, k) => {
      if (progress && k % PROGRESS_EVERY === 0) progress(0.5 + (0.5 * k) / links.length);
      return reviewLink(ctx, k, PIECE_CHECKS);
    }),
    measures: linkMeasures(ctx),
    skipped: input.first ? skippedChecks(ctx) : [],
  };
}

/**
 * The flags of the checks that read the whole document (consistency), by
 * link index (none where a link has none). They read the bitext alone, never
 * the pieces' flags, so they can be worked out while the pieces are reviewed elsewhere.
 */
export function wholeFlags(bitext: Bitext): Array<Flag[] | undefined> {
  return drain(wholeFlagsInSlices(bitext));
}

/** `wholeFlags` in slices (src/slices.ts): the calling thread of a long pair reads its threads' progress between them. */
export function* wholeFlagsInSlices(bitext: Bitext): Sliced<Array<Flag[] | undefined>> {
  const ctx = consistencyContext(bitext, yield* findRepeatsInSlices(bitext));
  const out: Array<Flag[] | undefined> = [];
  const links = bitext.links;
  for (let at = 0; at < links.length; at++) {
    if (at % SLICE_LINKS === SLICE_LINKS - 1) yield;
    const list: Flag[] = [];
    for (const check of WHOLE_CHECKS) {
      const flag = check.run(ctx, links[at]!, at, list);
      if (flag) list.push(flag);
    }
    if (list.length) out[at] = list;
  }
  return out;
}

/** The bitext with the pieces' flags, the consistency flags of the whole document after them (`wholeFlags`), and the pair's flags. */
export function joinReview(
  bitext: Bitext,
  ranges: ReadonlyArray<readonly [number, number]>,
  pieces: readonly ReviewPieceResult[],
  consistency: ReadonlyArray<readonly Flag[] | undefined> = wholeFlags(bitext),
  order: readonly OutOfOrder[] = pairOrder(bitext),
): Bitext {
  const flags: Flag[][] = [];
  ranges.forEach(([start], p) => {
    pieces[p]!.flags.forEach((list, k) => {
      const at = start + k;
      const more = consistency[at];
      if (more) list.push(...more);
      flags[at] = list;
    });
  });
  const measures: LinkMeasures = {
    evidence: new Float64Array(bitext.links.length),
    chars: new Int32Array(bitext.links.length),
    spellingOnly: pieces.some((p) => p.measures.spellingOnly === true),
  };
  ranges.forEach(([start], p) => {
    measures.evidence.set(pieces[p]!.measures.evidence, start);
    measures.chars.set(pieces[p]!.measures.chars, start);
  });
  const whole = [...pairFlags(bitext, measures, order), ...pieces.flatMap((r) => r.skipped)];
  return {
    ...bitext,
    links: bitext.links.map((link, k): Link => withFlags(link, flags[k] ?? [])),
    ...(whole.length ? { documentFlags: whole } : {}),
  };
}

/**
 * What the consistency checks read of the whole document: its links, their
 * texts and the repeats among them. Nothing else is built: tokens and
 * evidence stay with the pieces.
 */
function consistencyContext(bitext: Bitext, repeats: Repeats): ReviewContext {
  const text = (side: Side) => ({ text: (ids: readonly number[]) => joinText(side.segments, ids) }) as SideInfo;
  const source = text(bitext.source);
  const target = text(bitext.target);
  const partial: Pick<ReviewContext, "bitext" | "links" | "source" | "target" | "repeats"> = {
    bitext,
    links: bitext.links,
    source,
    target,
    repeats: () => repeats,
  };
  // The consistency checks read only these (tests/pieces.test.ts runs them against a whole review).
  return partial as ReviewContext;
}
