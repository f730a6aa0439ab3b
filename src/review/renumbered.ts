/**
 * A list renumbered around an item left out or added. A translator who drops
 * criterion 3 of eight renumbers the rest, so items 4-8 of the source are 3-7
 * of the translation: one omission, flagged where it is, and not five changed
 * numbers (stranger 272). The numbers check reads a link's two texts alone;
 * whether a list's numbers run on is the neighbours', read here, after it.
 */
import type { Flag } from "../types.js";
import type { ReviewContext } from "./context.js";

/** A list item's number and the mark closing it, opening a segment ("4) ", "4. "). */
const ITEM = /^\s*(\d{1,3})([.)])\s/u;

/** How far back a list is followed: a list of criteria or steps, not a register's thousands of lines. */
const MAX_ITEMS = 200;

interface Item {
  readonly n: number;
  readonly mark: string;
}

function itemOf(text: string): Item | undefined {
  const m = ITEM.exec(text);
  return m ? { n: Number(m[1]), mark: m[2]! } : undefined;
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
  const s = itemOf(ctx.source.text(link.source));
  const t = itemOf(ctx.target.text(link.target));
  if (!s || !t || s.n === t.n) return undefined;
  const evidence = (flag.evidence ?? {}) as { source?: unknown; target?: unknown };
  const only = (x: unknown, n: number) => Array.isArray(x) && x.length === 1 && Number(x[0]) === n;
  if (!only(evidence.source, s.n) || !only(evidence.target, t.n)) return undefined;
  const unmatched = runsBack(ctx, k, s, t);
  if (unmatched === undefined) return undefined;
  const many = Math.abs(s.n - t.n) > 1 ? "items" : "an item";
  const what = s.n > t.n ? `${many} the translation leaves out` : `${many} the translation adds`;
  const where = unmatched.length > 0 ? ` (${unmatched.join(", ")})` : "";
  return {
    type: "numbers",
    severity: "info",
    reason: `the translation numbers this item ${t.n}, the source ${s.n}: the list is renumbered after ${what}${where}`,
    evidence: { source: [String(s.n)], target: [String(t.n)], renumbered: true },
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
    const sourceItems = l.source.map((id) => itemOf(ctx.source.text([id])));
    const targetItems = l.target.map((id) => itemOf(ctx.target.text([id])));
    // A segment between items that is none (a heading, a list's lead-in) ends the list.
    if (sourceItems.some((x) => x === undefined) || targetItems.some((x) => x === undefined)) break;
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
    if (sourceItems.length !== targetItems.length) {
      const [side, ids] = sourceItems.length > targetItems.length ? ["source", l.source] : ["translation", l.target];
      const numbers = ids.length > 1 ? `sentences ${ids[0]! + 1}-${ids.at(-1)! + 1}` : `sentence ${ids[0]! + 1}`;
      unmatched.unshift(`${side} ${numbers}`);
    }
    if (l.source.length === 1 && l.target.length === 1 && sourceItems[0]!.n === targetItems[0]!.n) return unmatched;
  }
  return nextSource === 0 && nextTarget === 0 ? unmatched : undefined;
}
