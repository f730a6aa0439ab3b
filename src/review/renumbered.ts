/**
 * A list renumbered around an item left out or added. A translator who drops
 * criterion 3 of eight renumbers the rest, so items 4-8 of the source are 3-7
 * of the translation: one omission, flagged where it is, and not five changed
 * numbers (stranger 272). The numbers check reads a link's two texts alone;
 * whether a list's numbers run on is the neighbours', read here, after it.
 */
import type { LanguageProfile } from "../lang/index.js";
import { letterPlace, openingLetter } from "../lang/letters.js";
import type { Flag } from "../types.js";
import { openingLabel } from "./checks/numbers.js";
import type { ReviewContext } from "./context.js";

/** A list item's number and the mark closing it, opening a segment ("4) ", "4. "), or in brackets ("(4) "). */
const ITEM = /^\s*(\d{1,3})([.)])\s/u;
const BRACKETED = /^\s*\((\d{1,3})\)\s/u;

/** A sub-item inside a list's item: "4.1 ", "а) ", "(b) ". It neither ends the list nor counts in it. */
const SUB_ITEM = /^\s*(?:\d{1,3}\.\d{1,3}\.?|\p{Ll}\)|\(\p{Ll}\))\s/u;

/** How far back a list is followed: a list of criteria or steps, not a register's thousands of lines. */
const MAX_ITEMS = 200;

interface Item {
  readonly n: number;
  /** How the list writes its numbers: "." or ")" after it, "()" around it, or its label word ("стъпка", "step"). */
  readonly mark: string;
}

/** A segment's item, "sub" for a sub-item, or undefined for a segment that is no part of a list. */
function itemOf(text: string, lang: LanguageProfile): Item | "sub" | undefined {
  const m = ITEM.exec(text);
  if (m) return { n: Number(m[1]), mark: m[2]! };
  const b = BRACKETED.exec(text);
  if (b) return { n: Number(b[1]), mark: "()" };
  if (SUB_ITEM.test(text)) return "sub";
  // A label word and a whole number: "Стъпка 3.", "Step 3:" ("Чл. 4." too, a contract's articles renumbered).
  const label = openingLabel(text, lang);
  if (label === undefined || !/^\d{1,3}$/u.test(label)) return undefined;
  return { n: Number(label), mark: /^\s*(\p{L}+)/u.exec(text)?.[1]?.toLowerCase() ?? "" };
}

/** A side's item of segment `id`, as `itemOf` reads it. */
function itemAt(ctx: ReviewContext, side: "source" | "target", id: number): Item | "sub" | undefined {
  return itemOf(ctx[side].text([id]), ctx[side].lang);
}

/**
 * Link k's numbers flag made a note, where the only numbers it names are the two items' own and each side's list
 * counts down one by one, item by item, from link k to a link whose items have the same number or to each list's
 * item 1: the difference is the items one side has and the other does not, each flagged where it is. Else undefined.
 */
export function renumbered(ctx: ReviewContext, k: number, flag: Flag): Flag | undefined {
  if (ctx.units) return undefined;
  const link = ctx.links[k]!;
  if (link.source.length !== 1 || link.target.length !== 1) return undefined;
  const s = itemAt(ctx, "source", link.source[0]!);
  const t = itemAt(ctx, "target", link.target[0]!);
  const evidence = (flag.evidence ?? {}) as { source?: unknown; target?: unknown };
  if (s === "sub" && t === "sub")
    return (
      subRenumbered(ctx, k, evidence) ?? countedRenumbered(ctx, k, evidence, letterAt) ?? countedRenumbered(ctx, k, evidence, clauseAt)
    );
  if (s === undefined && t === undefined) return countedRenumbered(ctx, k, evidence, clauseAt);
  if (!s || !t || s === "sub" || t === "sub" || s.n === t.n) return undefined;
  if (!only(evidence.source, s.n) || !only(evidence.target, t.n)) return undefined;
  const unmatched = runsBack(ctx, k, s, t);
  if (unmatched === undefined) return undefined;
  return note(s.n, t.n, unmatched);
}

/** Whether a flag's evidence of a side names one number, `n`, and nothing else. */
function only(x: unknown, n: number | string): boolean {
  return Array.isArray(x) && x.length === 1 && String(x[0]) === String(n);
}

/** A sub-item's number, its item's and its own ("4.1 "). */
const SUB_NUMBER = /^\s*(\d{1,3})\.(\d{1,3})\.?\s/u;

/**
 * A sub-item numbered after its renumbered item ("4.1" / "3.1" under "4)" / "3)"): the note of that item, its own
 * number the same. Else undefined.
 */
function subRenumbered(ctx: ReviewContext, k: number, evidence: { source?: unknown; target?: unknown }): Flag | undefined {
  const link = ctx.links[k]!;
  const ss = SUB_NUMBER.exec(ctx.source.text(link.source));
  const ts = SUB_NUMBER.exec(ctx.target.text(link.target));
  if (!ss || !ts || ss[2] !== ts[2] || ss[1] === ts[1]) return undefined;
  if (!only(evidence.source, `${ss[1]}.${ss[2]}`) || !only(evidence.target, `${ts[1]}.${ts[2]}`)) return undefined;
  for (let j = k - 1; j >= 0 && k - j <= MAX_ITEMS; j--) {
    const l = ctx.links[j]!;
    if (l.source.length !== 1 || l.target.length !== 1) return undefined;
    const s = itemAt(ctx, "source", l.source[0]!);
    const t = itemAt(ctx, "target", l.target[0]!);
    if (s === "sub" && t === "sub") continue;
    if (!s || !t || s === "sub" || t === "sub" || s.n !== Number(ss[1]) || t.n !== Number(ts[1])) return undefined;
    const unmatched = runsBack(ctx, j, s, t);
    return unmatched === undefined ? undefined : note(`${ss[1]}.${ss[2]}`, `${ts[1]}.${ts[2]}`, unmatched, s.n - t.n);
  }
  return undefined;
}

/** A label of a list that counts one by one: as written, its place from 1, and the list it belongs to (a clause's parent). */
interface Counted {
  readonly written: string;
  readonly n: number;
  readonly list: string;
}

/** A clause's number of two levels or more opening a text ("4.2.3. "), its parent's ("4.2") and its own (3). */
const CLAUSE = /^\s*((?:\d{1,3}\.)+)(\d{1,3})\.?\s/u;

function clauseAt(ctx: ReviewContext, side: "source" | "target", id: number): Counted | undefined {
  const m = CLAUSE.exec(ctx[side].text([id]));
  return m && m[1]!.length > 0 ? { list: m[1]!, n: Number(m[2]), written: `${m[1]}${m[2]}` } : undefined;
}

/** A segment's list letter and its place from 1 ("в)" 3, "(c)" 3), or undefined for no letter. */
function letterAt(ctx: ReviewContext, side: "source" | "target", id: number): Counted | undefined {
  const opening = openingLetter(ctx[side].text([id]));
  if (!opening) return undefined;
  const place = letterPlace(opening.letter, ctx[side].lang);
  return place < 0 ? undefined : { written: opening.written, n: place + 1, list: "" };
}

/**
 * A clause of a section renumbered around a clause left out or added ("4.2.2." left out, "4.2.3." made "4.2.2."; stranger
 * 310), or a lettered list relabelled so ("б)" left out, "в)" made "b)"; strangers 295, 299, 308): the note of link k's
 * label, where each side's labels of one list count down one by one, link by link, to the list's first or to a link
 * whose labels agree, the items one side has alone each flagged where they are. Else undefined.
 */
function countedRenumbered(
  ctx: ReviewContext,
  k: number,
  evidence: { source?: unknown; target?: unknown },
  at: (ctx: ReviewContext, side: "source" | "target", id: number) => Counted | undefined,
): Flag | undefined {
  const link = ctx.links[k]!;
  const s = at(ctx, "source", link.source[0]!);
  const t = at(ctx, "target", link.target[0]!);
  if (!s || !t || s.list !== t.list || s.n === t.n || !only(evidence.source, s.written) || !only(evidence.target, t.written))
    return undefined;
  let [nextSource, nextTarget] = [s.n - 1, t.n - 1];
  const unmatched: string[] = [];
  for (let j = k - 1; j >= 0 && k - j <= MAX_ITEMS && (nextSource > 0 || nextTarget > 0); j--) {
    const l = ctx.links[j]!;
    const [ls, lt] = [l.source.map((id) => at(ctx, "source", id)), l.target.map((id) => at(ctx, "target", id))];
    if ([...ls, ...lt].some((x) => x === undefined || x.list !== s.list)) return undefined;
    for (const x of ls.reverse()) if (x!.n !== nextSource--) return undefined;
    for (const x of lt.reverse()) if (x!.n !== nextTarget--) return undefined;
    if (ls.length !== lt.length && (l.source.length === 0 || l.target.length === 0))
      unmatched.unshift(ls.length > lt.length ? sentencesNamed("source", l.source) : sentencesNamed("translation", l.target));
    if (ls.length === 1 && lt.length === 1 && ls[0]!.n === lt[0]!.n) break;
  }
  if (nextSource !== nextTarget && (nextSource > 0 || nextTarget > 0)) return undefined;
  return note(s.written, t.written, unmatched, s.n - t.n);
}

/** A side's sentences as a message names them: "source sentence 4", "translation sentences 3-5". */
function sentencesNamed(side: string, ids: readonly number[]): string {
  return `${side} ${ids.length > 1 ? `sentences ${ids[0]! + 1}-${ids.at(-1)! + 1}` : `sentence ${ids[0]! + 1}`}`;
}

/** The note of an item numbered `t` where the source numbers it `s`, the list renumbered by `shift` after `unmatched`. */
function note(s: number | string, t: number | string, unmatched: readonly string[], shift = Number(s) - Number(t)): Flag {
  const many = Math.abs(shift) > 1 ? "items" : "an item";
  // No item on one side alone: the count changed in a link of items joined or split (stranger 308: "4)" and "5)" made one).
  const what =
    unmatched.length === 0
      ? shift > 0
        ? "items the translation joins into one"
        : "an item the translation splits in two"
      : shift > 0
        ? `${many} the translation leaves out`
        : `${many} the translation adds`;
  const where = unmatched.length > 0 ? ` (${unmatched.join(", ")})` : "";
  return {
    type: "numbers",
    severity: "info",
    reason: `the translation numbers this item ${t}, the source ${s}: the list is renumbered after ${what}${where}`,
    evidence: { source: [String(s)], target: [String(t)], renumbered: true },
  };
}

/**
 * Follows the list back from link k: the segments one side lists as items the other does not pair item for item
 * ("source sentence 4"), or undefined where a side's numbers do not count down one by one to a link of equal numbers or
 * to item 1.
 */
function runsBack(ctx: ReviewContext, k: number, s: Item, t: Item): string[] | undefined {
  let nextSource = s.n - 1;
  let nextTarget = t.n - 1;
  const unmatched: string[] = [];
  for (let j = k - 1; j >= 0 && k - j <= MAX_ITEMS; j--) {
    if (nextSource === 0 && nextTarget === 0) return unmatched;
    const l = ctx.links[j]!;
    const read = (side: "source" | "target") => l[side].map((id) => itemAt(ctx, side, id));
    const [sourceRead, targetRead] = [read("source"), read("target")];
    // A segment between items that is none (a heading, a list's lead-in) ends the list; a sub-item is passed over, and so
    // is a sentence an item's link holds after it (a step split in two: "2. Щракнете ... . Когато Windows поиска ...";
    // stranger 322).
    const ends = (list: ReadonlyArray<Item | "sub" | undefined>) => list.some((x) => x === undefined) && !list.some((x) => x !== undefined);
    if (ends(sourceRead) || ends(targetRead)) break;
    const items = (list: ReadonlyArray<Item | "sub" | undefined>) => list.filter((x): x is Item => x !== "sub" && x !== undefined);
    const [sourceItems, targetItems] = [items(sourceRead), items(targetRead)];
    if (sourceItems.length === 0 && targetItems.length === 0) continue;
    for (let i = sourceItems.length - 1; i >= 0; i--) {
      const x = sourceItems[i]!;
      if (x.mark !== s.mark || x.n !== nextSource) return undefined;
      nextSource--;
    }
    for (let i = targetItems.length - 1; i >= 0; i--) {
      const x = targetItems[i]!;
      if (x.mark !== t.mark || x.n !== nextTarget) return undefined;
      nextTarget--;
    }
    if (sourceItems.length !== targetItems.length && (l.source.length === 0 || l.target.length === 0))
      unmatched.unshift(
        sourceItems.length > targetItems.length ? sentencesNamed("source", l.source) : sentencesNamed("translation", l.target),
      );
    if (sourceItems.length === 1 && targetItems.length === 1 && sourceItems[0]!.n === targetItems[0]!.n) return unmatched;
  }
  return nextSource === 0 && nextTarget === 0 ? unmatched : undefined;
}
