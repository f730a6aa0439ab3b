/**
 * The page's commands as src/edit edits: what a key or a button means for
 * the selected link and the segment under the cursor.
 */
import type { Edit } from "../edit/index.js";
import type { Bitext, Link } from "../types.js";
import type { CommandId } from "./commands.js";
import type { Cursor, Cut, SideName } from "./rows.js";

export interface Selection {
  readonly bitext: Bitext;
  readonly link: number;
  readonly cursor: Cursor;
  readonly cut: Cut | undefined;
  /** The confidence of "verify all ≥". */
  readonly threshold: number;
}

export const other = (side: SideName): SideName => (side === "source" ? "target" : "source");

/** The segment under the cursor; on an empty side, none. */
export function cursorSegment(link: Link, cursor: Cursor): number | undefined {
  return link[cursor.side][cursor.pos];
}

/** An unmatched link's segment to attach: the cursor's, or (on the empty side) the other side's first or last. */
function attachable(link: Link, cursor: Cursor, to: "previous" | "next"): { side: SideName; segment: number } | undefined {
  const here = cursorSegment(link, cursor);
  if (here !== undefined) return { side: cursor.side, segment: here };
  const ids = link[other(cursor.side)];
  const segment = to === "previous" ? ids[0] : ids[ids.length - 1];
  return segment === undefined ? undefined : { side: other(cursor.side), segment };
}

/** The edit a command makes on the selection; undefined for commands that are not edits, or when there is nothing to act on. */
export function editFor(id: CommandId, s: Selection): Edit | undefined {
  const k = s.link;
  const link = s.bitext.links[k];
  if (id === "verify-above") return { op: "verify-above", score: s.threshold };
  if (!link) return undefined;
  const side = s.cursor.side;
  const seg = cursorSegment(link, s.cursor);
  switch (id) {
    case "join-links":
      return { op: "join-links", link: k };
    case "split-link": {
      const cut = s.cut?.link === k ? s.cut : defaultCut(s.bitext, k);
      return { op: "split-link", link: k, source: cut.source, target: cut.target };
    }
    case "take-previous":
      return { op: "move-boundary", link: k - 1, side, to: "next" };
    case "take-next":
      return { op: "move-boundary", link: k + 1, side, to: "previous" };
    case "give-previous":
      return { op: "move-boundary", link: k, side, to: "previous" };
    case "give-next":
      return { op: "move-boundary", link: k, side, to: "next" };
    case "attach-previous":
    case "attach-next": {
      const to = id === "attach-previous" ? "previous" : "next";
      const a = attachable(link, s.cursor, to);
      return a && { op: "attach", ...a, to };
    }
    case "verify":
      return { op: "status", link: k, status: "verified" };
    case "reject":
      return { op: "status", link: k, status: "rejected" };
    case "clear-status":
      return { op: "status", link: k, status: null };
    default:
      // On a sentence's empty translation, "correct" types the translation the translation left out (stranger 321).
      if (id === "correct" && seg === undefined && link.source.length > 0 && link.target.length === 0)
        return { op: "translate", link: k, text: link.correction ?? "" };
      return seg === undefined ? undefined : segmentEdit(id, s.bitext, side, seg);
  }
}

function segmentEdit(id: CommandId, bitext: Bitext, side: SideName, segment: number): Edit | undefined {
  const text = bitext[side].segments[segment]!.corrected ?? bitext[side].segments[segment]!.text;
  switch (id) {
    case "detach":
      return { op: "detach", side, segment };
    case "join-segments":
      return { op: "join-segments", side, segment };
    case "split-segment":
      // The offset is chosen in the dialog; the likely cut stands in to ask whether a cut is possible at all.
      return { op: "split-segment", side, segment, offset: likelyCut(text) };
    case "correct":
      return { op: "correct", side, segment, text };
    default:
      return undefined;
  }
}

/**
 * Words that a translation copies as they are: with a digit or an underscore (`sync_interval`, `3.0`, `2026`), or in
 * capitals or capitalised inside a sentence (names, acronyms); lowercase, each once.
 */
function copiedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}_][\p{L}\p{N}_.@-]*[\p{L}\p{N}_]|\p{N}/gu)) {
    const w = m[0];
    const inside = m.index > 0 && !/[.!?]\s*$/u.test(text.slice(0, m.index));
    if (/[\p{N}_]/u.test(w) || (w.length > 1 && (/^\p{Lu}+$/u.test(w) || (inside && /^\p{Lu}/u.test(w))))) out.add(w.toLowerCase());
  }
  return out;
}

/**
 * The cut that splits a link: where the two parts keep the most words copied on both sides together (a 2-1 link's
 * translation stays with the sentence whose names and figures it holds), then where both sides are about as far
 * through their text (1|1 for a 2-2).
 */
export function defaultCut(bitext: Bitext, k: number): Cut {
  const link = bitext.links[k]!;
  const words = (name: SideName) => link[name].map((id) => copiedWords(bitext[name].segments[id]!.text));
  const sourceWords = words("source");
  const targetWords = words("target");
  // Words copied on both sides, kept within one part by cutting the source after a and the target after b.
  const kept = (a: number, b: number) => {
    const shared = (s: readonly Set<string>[], t: readonly Set<string>[]) => {
      const there = new Set(t.flatMap((x) => [...x]));
      return new Set(s.flatMap((x) => [...x]).filter((w) => there.has(w))).size;
    };
    return shared(sourceWords.slice(0, a), targetWords.slice(0, b)) + shared(sourceWords.slice(a), targetWords.slice(b));
  };
  const cumulative = (name: SideName) => {
    const lengths = link[name].map((id) => bitext[name].segments[id]!.text.length + 1);
    const total = lengths.reduce((a, b) => a + b, 0) || 1;
    const out = [0];
    for (const n of lengths) out.push(out[out.length - 1]! + n / total);
    return out;
  };
  const fs = cumulative("source");
  const ft = cumulative("target");
  const ns = link.source.length;
  const nt = link.target.length;
  let best = { link: k, source: Math.min(1, ns), target: ns >= 1 ? 0 : 1 };
  let bestKept = -1;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let a = 0; a <= ns; a++)
    for (let b = 0; b <= nt; b++) {
      if (a + b === 0 || a + b === ns + nt) continue;
      const edge = (x: number, n: number) => (x === 0 || x === n ? 0.5 : 0);
      const cost = Math.abs(fs[a]! - ft[b]!) + edge(a, ns) + edge(b, nt);
      const held = kept(a, b);
      if (held > bestKept || (held === bestKept && cost < bestCost))
        [best, bestKept, bestCost] = [{ link: k, source: a, target: b }, held, cost];
    }
  return best;
}

/** Where a segment most likely holds two sentences: the sentence end nearest its middle, else the space nearest it. */
export function likelyCut(text: string): number {
  const middle = text.length / 2;
  let best = -1;
  const nearer = (i: number) => best < 0 || Math.abs(i - middle) < Math.abs(best - middle);
  for (const m of text.matchAll(/[.!?…;:][")»”’]*\s+(?=\S)/g)) {
    const i = m.index + m[0].length;
    if (i > 0 && i < text.length && nearer(i)) best = i;
  }
  if (best > 0) return best;
  for (const m of text.matchAll(/\s+(?=\S)/g)) if (m.index > 0 && nearer(m.index + m[0].length)) best = m.index + m[0].length;
  return best > 0 ? best : Math.max(1, Math.floor(middle));
}
