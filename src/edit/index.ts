/**
 * Editing an alignment: pure functions, bitext + edit -> bitext, shared by
 * the review page (bundled for the browser: no Node API here), the server of
 * `sverka review` and the library.
 *
 *   editProblem(bitext, edit): string | undefined   why the edit cannot be made (the page disables its control)
 *   changeOf(bitext, edit): Change                   what it changes (throws SverkaError where editProblem says why not)
 *   applyChange(bitext, change): Bitext              a new bitext; the input is never modified
 *   invertChange(change): Change                     undo = applyChange(edited, invertChange(change)), exactly
 *   touchedLinks(change): number[]                   links it made: their flags are gone until reviewed again
 *   applyEdit(bitext, edit): Bitext                  changeOf then applyChange
 *
 * An `Edit` is plain JSON (it can be stored, sent, replayed). Links and
 * segment ids are 0-based indices in the bitext the edit is made on.
 * Every edit keeps the invariants `export` checks: each segment in exactly
 * one link, links in order on both sides, ids 0, 1, 2, ... Offsets stay
 * offsets into the original input: a split segment's parts lie inside its
 * span, a joined one covers both. A link an edit makes or reshapes is the
 * reviewer's: score 1, no status, no flags and no `explain` (they described
 * the link as it was); a corrected segment's link keeps its score and status.
 */
import { SverkaError } from "../errors.js";
import type { Bitext, Link, LinkKind, LinkStatus, Segment } from "../types.js";
import { applyChange, type Change, type SideName } from "./change.js";

export { applyChange, type Change, invertChange, type SegmentWindow, type SideName, touchedLinks } from "./change.js";

export type Edit =
  /** Link k and link k+1 become one (1-1 + 1-1 -> 2-2; 1-0 + 0-1 -> 1-1). */
  | { readonly op: "join-links"; readonly link: number }
  /** Link k becomes two: the first takes its first `source` source and `target` target segments, the second the rest. */
  | { readonly op: "split-link"; readonly link: number; readonly source: number; readonly target: number }
  /** The first (to "previous") or last (to "next") segment of one side of link k goes to the neighbouring link. */
  | { readonly op: "move-boundary"; readonly link: number; readonly side: SideName; readonly to: "previous" | "next" }
  /** A segment at either end of its link's side leaves it, for a link of its own (1-0 or 0-1). */
  | { readonly op: "detach"; readonly side: SideName; readonly segment: number }
  /** An unmatched segment (its link has nothing on the other side) joins the previous or the next link. */
  | { readonly op: "attach"; readonly side: SideName; readonly segment: number; readonly to: "previous" | "next" }
  /** A segment becomes two, cut at a UTF-16 offset into its text (white space at the cut goes). */
  | { readonly op: "split-segment"; readonly side: SideName; readonly segment: number; readonly offset: number }
  /** A segment and the next one of its side (in the same link) become one. */
  | { readonly op: "join-segments"; readonly side: SideName; readonly segment: number }
  /** The segment's text as it should read (stored as `corrected`; the original text and offsets stay). The original text again removes the correction. */
  | { readonly op: "correct"; readonly side: SideName; readonly segment: number; readonly text: string }
  /**
   * The translation a reviewer types for link k, which memories take instead of its target segments' text: a sentence
   * the translation left out gets one (stranger 321). An empty text clears it.
   */
  | { readonly op: "translate"; readonly link: number; readonly text: string }
  /** A reviewer's decision on link k; null clears it. */
  | { readonly op: "status"; readonly link: number; readonly status: LinkStatus | null }
  /** Verifies every link scoring at least `score` that has no decision yet, and flags (it was reviewed) but no warning or error. */
  | { readonly op: "verify-above"; readonly score: number };

export type EditOp = Edit["op"];

/** Why `edit` cannot be made on `bitext`, in a sentence; undefined when it can. */
export function editProblem(bitext: Bitext, edit: Edit): string | undefined {
  const planned = plan(bitext, edit);
  return typeof planned === "string" ? planned : undefined;
}

/** What `edit` changes in `bitext`; a SverkaError saying why where it cannot be made. */
export function changeOf(bitext: Bitext, edit: Edit): Change {
  const planned = plan(bitext, edit);
  if (typeof planned === "string") throw new SverkaError(`cannot ${describeOp(edit)}: ${planned}`);
  return planned;
}

/** The bitext with `edit` made (a new object; `bitext` is left as it is). */
export function applyEdit(bitext: Bitext, edit: Edit): Bitext {
  return applyChange(bitext, changeOf(bitext, edit));
}

/** The effective text of a segment: as corrected by a reviewer, else as read. */
export function segmentText(segment: Segment): string {
  return segment.corrected ?? segment.text;
}

function describeOp(edit: { op?: unknown }): string {
  return typeof edit?.op === "string" ? edit.op.replace(/-/g, " ") : "edit";
}

type Plan = Change | string;

function plan(bitext: Bitext, edit: Edit): Plan {
  if (typeof edit !== "object" || edit === null) return "an edit is an object with an op";
  switch (edit.op) {
    case "join-links":
      return ifLink(bitext, edit.link) ?? joinLinks(bitext, edit.link);
    case "split-link":
      return ifLink(bitext, edit.link) ?? splitLink(bitext, edit.link, edit.source, edit.target);
    case "move-boundary":
      return ifLink(bitext, edit.link) ?? ifSide(edit.side) ?? ifDirection(edit.to) ?? moveBoundary(bitext, edit.link, edit.side, edit.to);
    case "detach":
      return ifSegment(bitext, edit.side, edit.segment) ?? detach(bitext, edit.side, edit.segment);
    case "attach":
      return ifSegment(bitext, edit.side, edit.segment) ?? ifDirection(edit.to) ?? attach(bitext, edit.side, edit.segment, edit.to);
    case "split-segment":
      return ifSegment(bitext, edit.side, edit.segment) ?? splitSegment(bitext, edit.side, edit.segment, edit.offset);
    case "join-segments":
      return ifSegment(bitext, edit.side, edit.segment) ?? joinSegments(bitext, edit.side, edit.segment);
    case "correct":
      return ifSegment(bitext, edit.side, edit.segment) ?? correct(bitext, edit.side, edit.segment, edit.text);
    case "translate":
      return ifLink(bitext, edit.link) ?? translate(bitext, edit.link, edit.text);
    case "status":
      return ifLink(bitext, edit.link) ?? setStatus(bitext, edit.link, edit.status);
    case "verify-above":
      return verifyAbove(bitext, edit.score);
    default:
      return `unknown edit ${JSON.stringify((edit as { op?: unknown }).op)}`;
  }
}

function ifLink(bitext: Bitext, k: unknown): string | undefined {
  if (!Number.isInteger(k)) return "expected a link number";
  const n = bitext.links.length;
  // Numbers in messages count from 1, as the page shows links and segments.
  if (k === -1) return "there is no link before the first";
  if (k === n) return "there is no link after the last";
  return (k as number) < 0 || (k as number) >= n ? `there is no link ${(k as number) + 1} (links 1-${n})` : undefined;
}

function ifSide(side: unknown): string | undefined {
  return side === "source" || side === "target" ? undefined : 'expected side "source" or "target"';
}

function ifDirection(to: unknown): string | undefined {
  return to === "previous" || to === "next" ? undefined : 'expected to "previous" or "next"';
}

function ifSegment(bitext: Bitext, side: unknown, id: unknown): string | undefined {
  const bad = ifSide(side);
  if (bad) return bad;
  if (!Number.isInteger(id)) return "expected a segment number";
  const n = bitext[side as SideName].segments.length;
  return (id as number) < 0 || (id as number) >= n ? `there is no ${side} segment ${(id as number) + 1} (segments 1-${n})` : undefined;
}

/** A link as a reviewer made it. */
function made(source: readonly number[], target: readonly number[]): Link {
  return { source, target, kind: `${source.length}-${target.length}` as LinkKind, score: 1 };
}

function other(side: SideName): SideName {
  return side === "source" ? "target" : "source";
}

/** The index of the link holding segment `id` of `side` (every segment is in one). */
function linkOf(bitext: Bitext, side: SideName, id: number): number {
  return bitext.links.findIndex((l) => l[side].length > 0 && l[side][0]! <= id && id <= l[side][l[side].length - 1]!);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

function joinLinks(bitext: Bitext, k: number): Plan {
  const a = bitext.links[k]!;
  const b = bitext.links[k + 1];
  if (!b) return "it is the last link: there is no next link to join it with";
  return { at: k, removed: [a, b], inserted: [keeping(bitext, [a, b], made([...a.source, ...b.source], [...a.target, ...b.target]))] };
}

/**
 * A link made of `parts` (in the document's order), with what reviewers wrote on them: their comments, and where one
 * had a translation typed for it (a workbook's empty Target cell filled in), each part's translation in turn (typed,
 * else its target's text). Before, a page's join or attach dropped both without a word (stranger 251).
 */
function keeping(bitext: Bitext, parts: readonly Link[], link: Link): Link {
  const comments = [...new Set(parts.flatMap((p) => (p.comment ? [p.comment] : [])))];
  const typed = parts.some((p) => p.correction !== undefined);
  const translation = (p: Link) => p.correction ?? p.target.map((id) => segmentText(bitext.target.segments[id]!)).join(" ");
  return {
    ...link,
    ...(comments.length ? { comment: comments.join("\n") } : {}),
    ...(typed
      ? {
          correction: parts
            .map(translation)
            .filter((t) => t !== "")
            .join(" "),
        }
      : {}),
  };
}

/** Why a link whose translation a reviewer typed cannot lose segments: which words of it go with which part, nothing says. */
function typedWhole(link: Link, k: number): string | undefined {
  return link.correction === undefined
    ? undefined
    : `link ${k + 1} has a translation typed for it ("${link.correction.length > 40 ? `…${link.correction.slice(-40)}` : link.correction}"), which cannot be parted with its segments: join what belongs with it instead, or clear the typed translation in the workbook first`;
}

function splitLink(bitext: Bitext, k: number, s: unknown, t: unknown): Plan {
  const link = bitext.links[k]!;
  if (!Number.isInteger(s) || !Number.isInteger(t)) return "expected whole numbers of source and target segments for the first part";
  const [ns, nt] = [link.source.length, link.target.length];
  const [a, b] = [s as number, t as number];
  if (a < 0 || a > ns || b < 0 || b > nt)
    return `link ${k + 1} has ${ns} source and ${nt} target segments: the first part cannot take ${a} and ${b}`;
  if (a + b === 0 || a + b === ns + nt) return "each part needs at least one segment";
  const typed = typedWhole(link, k);
  if (typed) return typed;
  // The comment stays with both parts: it may be about either.
  return {
    at: k,
    removed: [link],
    inserted: [
      keeping(bitext, [link], made(link.source.slice(0, a), link.target.slice(0, b))),
      keeping(bitext, [link], made(link.source.slice(a), link.target.slice(b))),
    ],
  };
}

function moveBoundary(bitext: Bitext, k: number, side: SideName, to: "previous" | "next"): Plan {
  const link = bitext.links[k]!;
  const ids = link[side];
  if (ids.length === 0) return `link ${k + 1} has no ${side} segment to give`;
  const n = to === "previous" ? k - 1 : k + 1;
  const neighbour = bitext.links[n];
  if (!neighbour) return `link ${k + 1} is the ${to === "previous" ? "first" : "last"}: there is no ${to} link`;
  const kept = to === "previous" ? ids.slice(1) : ids.slice(0, -1);
  const given = to === "previous" ? [...neighbour[side], ids[0]!] : [ids[ids.length - 1]!, ...neighbour[side]];
  const rest = side === "source" ? made(kept, link.target) : made(link.source, kept);
  const emptied = rest.source.length + rest.target.length === 0;
  // A link that keeps some of its segments keeps what was written on it; one that is left with none goes into the other.
  // A translation given to a link with one typed for it would stand beside it: which is the link's, nothing says.
  const typed = (emptied ? undefined : typedWhole(link, k)) ?? (side === "target" ? typedWhole(neighbour, n) : undefined);
  if (typed) return typed;
  const grownParts = emptied ? (to === "previous" ? [neighbour, link] : [link, neighbour]) : [neighbour];
  const grown = keeping(bitext, grownParts, side === "source" ? made(given, neighbour.target) : made(neighbour.source, given));
  const left = emptied ? [] : [keeping(bitext, [link], rest)];
  return to === "previous"
    ? { at: n, removed: [neighbour, link], inserted: [grown, ...left] }
    : { at: k, removed: [link, neighbour], inserted: [...left, grown] };
}

function attach(bitext: Bitext, side: SideName, id: number, to: "previous" | "next"): Plan {
  const k = linkOf(bitext, side, id);
  const link = bitext.links[k]!;
  if (link[other(side)].length > 0) return `${side} segment ${id + 1} is matched in link ${k + 1}: detach it first`;
  const ids = link[side];
  if (to === "previous" && ids[0] !== id)
    return `${side} segment ${id + 1} is not the first of its link: ${side} segment ${ids[0]! + 1} comes before it`;
  if (to === "next" && ids[ids.length - 1] !== id)
    return `${side} segment ${id + 1} is not the last of its link: ${side} segment ${ids[ids.length - 1]! + 1} comes after it`;
  return moveBoundary(bitext, k, side, to);
}

function detach(bitext: Bitext, side: SideName, id: number): Plan {
  const k = linkOf(bitext, side, id);
  const link = bitext.links[k]!;
  if (link[other(side)].length === 0) return `${side} segment ${id + 1} is already unmatched`;
  const ids = link[side];
  const first = ids[0] === id;
  if (!first && ids[ids.length - 1] !== id) return `${side} segment ${id + 1} is in the middle of link ${k + 1}: split the link first`;
  const typed = typedWhole(link, k);
  if (typed) return typed;
  const kept = ids.filter((x) => x !== id);
  const alone = side === "source" ? made([id], []) : made([], [id]);
  const rest = keeping(bitext, [link], side === "source" ? made(kept, link.target) : made(link.source, kept));
  // Alone on its side, the unmatched source sentence comes first (1-0 before 0-1); else it keeps its place.
  const before = kept.length === 0 ? side === "source" : first;
  return { at: k, removed: [link], inserted: before ? [alone, rest] : [rest, alone] };
}

/** A link's ids on `side` after one of its segments became two (`count` 1) or two became one (`count` -1). */
function resegmented(bitext: Bitext, link: Link, side: SideName, count: number): Link {
  const ids = link[side];
  const ns = range(ids[0]!, ids[ids.length - 1]! + 1 + count);
  // The same text cut otherwise: what a reviewer wrote on the link stays (stranger 259).
  return keeping(bitext, [link], side === "source" ? made(ns, link.target) : made(link.source, ns));
}

/** Where offset `i` of a segment's text falls in the input: one for one where the text is the input's slice, in proportion where markup was taken out. */
function inputOffset(segment: Segment, i: number): number {
  const span = segment.end - segment.start;
  if (span === segment.text.length) return segment.start + i;
  return segment.start + Math.round((i * span) / Math.max(1, segment.text.length));
}

function splitSegment(bitext: Bitext, side: SideName, id: number, offset: unknown): Plan {
  const seg = bitext[side].segments[id]!;
  if (seg.corrected !== undefined)
    return `${side} segment ${id + 1} has a corrected text: split it before correcting it, or restore its text first`;
  if (!Number.isInteger(offset) || (offset as number) <= 0 || (offset as number) >= seg.text.length)
    return `the cut must fall inside the text (offsets 1-${seg.text.length - 1})`;
  const head = seg.text.slice(0, offset as number).trimEnd();
  const tail = seg.text.slice(offset as number).trimStart();
  if (head === "" || tail === "") return "there is no text on one side of the cut";
  const k = linkOf(bitext, side, id);
  const link = bitext.links[k]!;
  const parts: Segment[] = [
    { id, text: head, start: seg.start, end: inputOffset(seg, head.length), paragraph: seg.paragraph },
    { id: id + 1, text: tail, start: inputOffset(seg, seg.text.length - tail.length), end: seg.end, paragraph: seg.paragraph },
  ];
  return {
    at: k,
    removed: [link],
    inserted: [resegmented(bitext, link, side, 1)],
    segments: { side, at: id, removed: [seg], inserted: parts },
  };
}

/**
 * What stands in a joined text for the input between its two segments. The input itself is not kept; where both
 * texts are the input's own slices, white space as long as that input (line breaks across a paragraph's end) keeps the
 * joined text one too, so that a later cut finds its offsets exactly (a single space had put them a letter or two off).
 * Where markup was taken out, a space, and offsets are mapped in proportion (`inputOffset`).
 */
function joinedGap(a: Segment, b: Segment): string {
  const between = b.start - a.end;
  if (between <= 0) return "";
  const plain = a.end - a.start === a.text.length && b.end - b.start === b.text.length;
  return plain ? (a.paragraph === b.paragraph ? " " : "\n").repeat(between) : " ";
}

function joinSegments(bitext: Bitext, side: SideName, id: number): Plan {
  const segments = bitext[side].segments;
  const a = segments[id]!;
  const b = segments[id + 1];
  if (!b) return `${side} segment ${id + 1} is the last: there is no next segment to join it with`;
  const k = linkOf(bitext, side, id);
  const link = bitext.links[k]!;
  if (link[side][link[side].length - 1] === id)
    return `${side} segments ${id + 1} and ${id + 2} are in different links: join the links first`;
  const gap = b.start > a.end ? " " : "";
  const corrected = a.corrected !== undefined || b.corrected !== undefined ? { corrected: segmentText(a) + gap + segmentText(b) } : {};
  const joined: Segment = {
    id,
    text: a.text + joinedGap(a, b) + b.text,
    start: a.start,
    end: Math.max(a.end, b.end),
    paragraph: a.paragraph,
    ...corrected,
  };
  return {
    at: k,
    removed: [link],
    inserted: [resegmented(bitext, link, side, -1)],
    segments: { side, at: id, removed: [a, b], inserted: [joined] },
  };
}

function correct(bitext: Bitext, side: SideName, id: number, text: unknown): Plan {
  if (typeof text !== "string") return "expected the corrected text";
  if (text.trim() === "") return "a segment cannot be empty: detach it, or join it with another";
  const seg = bitext[side].segments[id]!;
  const { corrected: _old, ...original } = seg;
  const fixed: Segment = text === seg.text ? original : { ...original, corrected: text };
  const k = linkOf(bitext, side, id);
  const { flags: _flags, explain: _explain, ...link } = bitext.links[k]!;
  return { at: k, removed: [bitext.links[k]!], inserted: [link], segments: { side, at: id, removed: [seg], inserted: [fixed] } };
}

function translate(bitext: Bitext, k: number, text: unknown): Plan {
  if (typeof text !== "string") return "expected the translation";
  const { correction: _old, flags: _flags, explain: _explain, ...link } = bitext.links[k]!;
  if (link.source.length === 0) return `link ${k + 1} has no source sentence to translate`;
  const typed = text.trim();
  if (typed === "" && _old === undefined) return `link ${k + 1} has no typed translation to clear`;
  return { at: k, removed: [bitext.links[k]!], inserted: [typed === "" ? link : { ...link, correction: typed }] };
}

function setStatus(bitext: Bitext, k: number, status: unknown): Plan {
  if (status !== null && status !== "verified" && status !== "rejected") return 'expected status "verified", "rejected" or null';
  const { status: _old, ...link } = bitext.links[k]!;
  return { at: k, removed: [bitext.links[k]!], inserted: [status === null ? link : { ...link, status: status as LinkStatus }] };
}

function verifyAbove(bitext: Bitext, score: unknown): Plan {
  if (typeof score !== "number" || !(score >= 0 && score <= 1)) return "expected a confidence from 0 to 1";
  // A link an edit made has no flags until it is reviewed again: it waits for them.
  const due = (l: Link) =>
    l.status === undefined && l.score >= score && l.flags !== undefined && !l.flags.some((f) => f.severity !== "info");
  const first = bitext.links.findIndex(due);
  if (first < 0)
    return `no link scoring ${score} or more is left to verify (links with a decision, a warning or error flag, or not reviewed since an edit are left alone)`;
  let last = first;
  for (let k = first; k < bitext.links.length; k++) if (due(bitext.links[k]!)) last = k;
  const removed = bitext.links.slice(first, last + 1);
  return { at: first, removed, inserted: removed.map((l) => (due(l) ? { ...l, status: "verified" as const } : l)) };
}
