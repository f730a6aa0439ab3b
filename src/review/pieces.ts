/**
 * The review of a long bitext in pieces (src/align/cut.ts, `linkPieces`),
 * each on a worker thread where there are several. A piece is reviewed with
 * what it holds (its own learned words, usual evidence and common stems);
 * what needs the whole document runs once over the whole: consistency
 * (the same sentence translated two ways anywhere in it) and the flags of
 * the pair. The pieces are a function of the bitext, so a bitext reviewed
 * right after aligning and read back from its JSON gets the same flags.
 */
import type { Bitext, DocumentFlag, Flag, LengthModel, Link, Segment, Side } from "../types.js";
import { translatedDifferently, translatedTheSame } from "./checks/consistency.js";
import { CHECKS, type Check } from "./checks/index.js";
import { buildReviewContext, findRepeats, type ReviewContext, type ReviewOptions, type SideInfo } from "./context.js";
import { linksEvidence, sourceChars, unrelatedFlags } from "./document.js";
import { reviewLink } from "./index.js";
import { skippedChecks } from "./skipped.js";
import { joinText } from "./text.js";

/** The checks that read the whole document: run once over it, after the pieces. */
const WHOLE_CHECKS: readonly Check[] = [translatedDifferently, translatedTheSame];
/** The checks each piece runs, in the review's order. */
const PIECE_CHECKS: readonly Check[] = CHECKS.filter((c) => !WHOLE_CHECKS.includes(c));

/** A piece as it crosses to a worker: its segments (the document's ids), its links, the bitext's length model. */
export interface ReviewPieceInput {
  readonly source: PieceSide;
  readonly target: PieceSide;
  readonly links: readonly Link[];
  readonly model: LengthModel;
  /** The first piece also says which checks the languages leave out. */
  readonly first: boolean;
}

export interface PieceSide {
  readonly lang: string;
  readonly path?: string;
  /** The piece's segments, consecutive, ids as in the document. */
  readonly segments: readonly Segment[];
}

export interface ReviewPieceResult {
  /** The flags of each link of the piece. */
  readonly flags: Flag[][];
  /** Lexical evidence of the piece's links, summed, and its source characters: the pair's evidence per character adds up from these. */
  readonly evidence: number;
  readonly chars: number;
  readonly skipped: DocumentFlag[];
}

/** Links [start, end) of `bitext` as a piece to review: its segments and links, nothing else of the document. */
export function reviewPieceInput(bitext: Bitext, start: number, end: number): ReviewPieceInput {
  const links = bitext.links.slice(start, end).map(({ flags: _flags, ...link }) => link);
  const span = (side: Side, ids: (l: Link) => readonly number[]): PieceSide => {
    let first = Infinity;
    let last = -1;
    for (const l of links)
      for (const id of ids(l)) {
        first = Math.min(first, id);
        last = Math.max(last, id);
      }
    return { lang: side.lang, ...(side.path ? { path: side.path } : {}), segments: last < 0 ? [] : side.segments.slice(first, last + 1) };
  };
  return {
    source: span(bitext.source, (l) => l.source),
    target: span(bitext.target, (l) => l.target),
    links,
    model: bitext.model,
    first: start === 0,
  };
}

/**
 * Reviews one piece. The segments before it are blank in the bitext the
 * checks read, so ids, and the sentence numbers reasons give, are the document's.
 */
export function reviewPiece(input: ReviewPieceInput, options: ReviewOptions = {}): ReviewPieceResult {
  const side = (s: PieceSide): Side => {
    const segments = s.segments;
    const start = segments[0]?.id ?? 0;
    const paragraph = segments[0]?.paragraph ?? 0;
    const blank = Array.from({ length: start }, (_, id): Segment => ({ id, text: "", start: 0, end: 0, paragraph }));
    return { lang: s.lang, ...(s.path ? { path: s.path } : {}), segments: [...blank, ...segments] };
  };
  const bitext: Bitext = { source: side(input.source), target: side(input.target), links: input.links, model: input.model };
  const ctx = buildReviewContext(bitext, options);
  return {
    flags: input.links.map((_, k) => reviewLink(ctx, k, PIECE_CHECKS)),
    evidence: linksEvidence(ctx),
    chars: sourceChars(ctx),
    skipped: input.first ? skippedChecks(ctx) : [],
  };
}

/**
 * The flags of the checks that read the whole document (consistency), by
 * link index (none where a link has none). They read the bitext alone, never
 * the pieces' flags, so they can be worked out while the pieces are reviewed elsewhere.
 */
export function wholeFlags(bitext: Bitext): Array<Flag[] | undefined> {
  const ctx = consistencyContext(bitext);
  const out: Array<Flag[] | undefined> = [];
  bitext.links.forEach((link, at) => {
    const list: Flag[] = [];
    for (const check of WHOLE_CHECKS) {
      const flag = check.run(ctx, link, at, list);
      if (flag) list.push(flag);
    }
    if (list.length) out[at] = list;
  });
  return out;
}

/** The bitext with the pieces' flags, the consistency flags of the whole document after them (`wholeFlags`), and the pair's flags. */
export function joinReview(
  bitext: Bitext,
  ranges: ReadonlyArray<readonly [number, number]>,
  pieces: readonly ReviewPieceResult[],
  consistency: ReadonlyArray<readonly Flag[] | undefined> = wholeFlags(bitext),
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
  const evidence = pieces.reduce((a, r) => a + r.evidence, 0);
  const chars = pieces.reduce((a, r) => a + r.chars, 0);
  const whole = [
    ...unrelatedFlags(bitext.source.segments.length, bitext.links, () => evidence / Math.max(1, chars)),
    ...pieces.flatMap((r) => r.skipped),
  ];
  return {
    ...bitext,
    links: bitext.links.map((link, k): Link => ({ ...link, flags: flags[k] ?? [] })),
    ...(whole.length ? { documentFlags: whole } : {}),
  };
}

/**
 * What the consistency checks read of the whole document: its links, their
 * texts and the repeats among them. Nothing else is built: tokens and
 * evidence stay with the pieces.
 */
function consistencyContext(bitext: Bitext): ReviewContext {
  const text = (side: Side) => ({ text: (ids: readonly number[]) => joinText(side.segments, ids) }) as SideInfo;
  const source = text(bitext.source);
  const target = text(bitext.target);
  let repeats: ReturnType<typeof findRepeats> | undefined;
  const partial: Pick<ReviewContext, "bitext" | "links" | "source" | "target" | "repeats"> = {
    bitext,
    links: bitext.links,
    source,
    target,
    repeats: () => {
      repeats ??= findRepeats(bitext);
      return repeats;
    },
  };
  // The consistency checks read only these (tests/pieces.test.ts runs them against a whole review).
  return partial as ReviewContext;
}
