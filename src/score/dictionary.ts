/**
 * Word translations learned from a first alignment: counted over the stems of
 * its 1-1 links. The dictionary itself and its file formats are in
 * src/lang/dictionary.ts (TSV, .dic) and src/read/dictionary.ts (any format).
 */
import { Dictionary } from "../lang/dictionary.js";
import type { Token } from "./tokens.js";

/** Most 1-1 links learning counts co-occurrences over. */
const MAX_LEARNING_LINKS = 20_000;

export interface LearnOptions {
  /** Least number of links a pair must share (default 3). */
  readonly minCount?: number;
  /** Least Dice coefficient (default 0.5). */
  readonly minDice?: number;
}

/** One 1-1 link as learning sees it: the distinct stems (3 letters or more) of each side. */
export type StemBag = readonly [source: readonly string[], target: readonly string[]];

/** The stem bags of a draft's 1-1 links: what learning counts, in a form that can be pooled over documents and threads. */
export function linkBags(
  sourceTokens: readonly Token[][],
  targetTokens: readonly Token[][],
  links: ReadonlyArray<{ source: readonly number[]; target: readonly number[] }>,
): StemBag[] {
  // Segments of one text share their token list: its stems are found once.
  const memo = new Map<readonly Token[], readonly string[]>();
  const stems = (toks: readonly Token[]) => {
    let bag = memo.get(toks);
    if (!bag) {
      bag = [...new Set(toks.filter((t) => t.kind === "word" && t.stem.length >= 3).map((t) => t.stem))];
      memo.set(toks, bag);
    }
    return bag;
  };
  return links
    .filter((l) => l.source.length === 1 && l.target.length === 1)
    .map((l) => [stems(sourceTokens[l.source[0]!]!), stems(targetTokens[l.target[0]!]!)] as const);
}

/** A readable form (the lowercased word) of every stem in the tokens, for saving what was learned. */
export function stemSurfaces(tokenLists: ReadonlyArray<readonly Token[][]>, into = new Map<string, string>()): Map<string, string> {
  // A list met before (a repeated sentence) has nothing new.
  const seen = new Set<readonly Token[]>();
  for (const lists of tokenLists) {
    for (const toks of lists) {
      // Empty lists (blank segments) have nothing, and are not remembered one by one.
      if (toks.length === 0 || seen.has(toks)) continue;
      seen.add(toks);
      for (const t of toks) if (t.kind === "word" && !into.has(t.stem)) into.set(t.stem, t.key);
    }
  }
  return into;
}

/**
 * Word translations learned from links believed right: the Dice coefficient
 * of two stems over the 1-1 links, 2·c(s,t) / (c(s) + c(t)). Stems found in
 * most links (function words) are skipped.
 */
export function learnDictionary(
  sourceTokens: readonly Token[][],
  targetTokens: readonly Token[][],
  links: ReadonlyArray<{ source: readonly number[]; target: readonly number[] }>,
  options: LearnOptions = {},
): Dictionary {
  // Counts from an even sample of a long document's links: tens of thousands estimate Dice as well as all of them.
  const all = links.filter((l) => l.source.length === 1 && l.target.length === 1);
  const step = Math.max(1, all.length / MAX_LEARNING_LINKS);
  const ones = step === 1 ? all : Array.from({ length: Math.floor(all.length / step) }, (_, k) => all[Math.floor(k * step)]!);
  return learnFromBags(linkBags(sourceTokens, targetTokens, ones), stemSurfaces([sourceTokens, targetTokens]), options);
}

/**
 * Learning over stem bags, from one document or pooled over a whole batch
 * (`sverka batch --learn-across`), where a word too rare in one short
 * document to be learned is counted in all of them.
 */
export function learnFromBags(bagList: readonly StemBag[], surface: ReadonlyMap<string, string>, options: LearnOptions = {}): Dictionary {
  // Tuned on development data: stricter thresholds cost nothing on Bleualign dev and avoid noise in short documents.
  const minCount = options.minCount ?? 3;
  const minDice = options.minDice ?? 0.5;
  // Each loop below is a function of its own, closures none: V8 compiles one big function with several
  // long loops once per loop (on-stack replacement), and again after each deoptimization.
  const ids = new StemIds();
  const sourceLists: number[][] = [];
  const targetLists: number[][] = [];
  ids.listBags(bagList, sourceLists, targetLists);
  const width = ids.names.length;
  const cs = stemCounts(sourceLists, width);
  const ct = stemCounts(targetLists, width);
  const limits: Limits = { minCount, minDice, common: Math.max(5, bagList.length * 0.3), distinct: ids.distinct };
  const pairs = new PairCounts();
  const order = countPairs(sourceLists, targetLists, repeatsCounted(sourceLists, targetLists), cs, ct, limits, pairs);
  return entriesOf(groupBySource(pairs, order, width, minCount), ids.names, cs, ct, minDice, surface);
}

/**
 * Stems as numbers (a long document has millions of co-occurrences to count),
 * and each bag's stem lists as id lists. Equal stem lists (sentences that
 * differ only in their numbers) become one id list: made once, and counted
 * once. Bags of one sentence share their list (linkBags): looked up by the
 * list itself before its text.
 */
class StemIds {
  readonly names: string[] = [];
  /** Bags list each stem once (linkBags); if one did not, a pair could meet more often than its stems occur, and no pair is skipped in `countPairs`. */
  distinct = true;
  private readonly ids = new Map<string, number>();
  private readonly idLists = new Map<string, number[]>();
  private readonly byList = new Map<readonly string[], number[]>();

  /** Indexed loops, no tuples taken apart: a long document's bags number in the hundreds of thousands. */
  listBags(bagList: readonly StemBag[], sourceLists: number[][], targetLists: number[][]): void {
    for (let k = 0; k < bagList.length; k++) {
      const bag = bagList[k]!;
      sourceLists.push(this.idsOf(bag[0]));
      targetLists.push(this.idsOf(bag[1]));
    }
  }

  private idsOf(stems: readonly string[]): number[] {
    let list = this.byList.get(stems);
    if (list) return list;
    const key = stems.join("\n");
    list = this.idLists.get(key);
    if (!list) {
      list = [];
      for (let q = 0; q < stems.length; q++) list.push(this.idOf(stems[q]!));
      if (this.distinct && new Set(list).size < list.length) this.distinct = false;
      this.idLists.set(key, list);
    }
    this.byList.set(stems, list);
    return list;
  }

  private idOf(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(stem, id);
      this.names.push(stem);
    }
    return id;
  }
}

/** In how many lists each id occurs. */
function stemCounts(lists: readonly number[][], width: number): Int32Array {
  const counts = new Int32Array(width);
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k]!;
    for (let x = 0; x < list.length; x++) counts[list[x]!]!++;
  }
  return counts;
}

/** What makes a stem usable and a pair worth counting. */
interface Limits {
  readonly minCount: number;
  readonly minDice: number;
  /** Stems found in more links than this (function words) are skipped. */
  readonly common: number;
  readonly distinct: boolean;
}

/**
 * Co-occurrences: millions of updates on a long document, counted in a table
 * of id pairs. A link repeated (the same two id lists) is counted once, times
 * its repeats, where it first appears: same counts, same order. A pair whose
 * Dice could not reach minDice even if the two always met is not counted; the
 * source keeps its place in the order, which is returned.
 */
function countPairs(
  sourceLists: readonly number[][],
  targetLists: readonly number[][],
  repeats: { first: Int32Array; times: Int32Array },
  cs: Int32Array,
  ct: Int32Array,
  limits: Limits,
  pairs: PairCounts,
): number[] {
  const order: number[] = [];
  const placed = new Uint8Array(cs.length);
  let ts = new Int32Array(64);
  for (let r = 0; r < repeats.first.length; r++) {
    const k = repeats.first[r]!;
    const t = targetLists[k]!;
    // A link of hundreds of words a side is a table's row or a paragraph that never split, not a sentence: every word meets every
    // other in it, which says nothing of which translates which, and counting it costs the product of its sides.
    if (sourceLists[k]!.length * t.length > MAX_LINK_PAIRS) continue;
    if (ts.length < t.length) ts = new Int32Array(2 * t.length);
    let kept = 0;
    for (let q = 0; q < t.length; q++) if (usable(ct, t[q]!, limits)) ts[kept++] = t[q]!;
    if (kept > 0) countLink(sourceLists[k]!, ts, kept, repeats.times[r]!, cs, ct, limits, pairs, placed, order);
  }
  return order;
}

/** Stem pairs a link may hold to be learned from (200 words a side; the longest NTREX sentences hold about a hundred). */
const MAX_LINK_PAIRS = 40_000;

/** Counts one link's pairs: its usable source stems (placed in `order` when first met) with its `kept` usable target stems `ts`. */
function countLink(
  s: readonly number[],
  ts: Int32Array,
  kept: number,
  times: number,
  cs: Int32Array,
  ct: Int32Array,
  limits: Limits,
  pairs: PairCounts,
  placed: Uint8Array,
  order: number[],
): void {
  for (let q = 0; q < s.length; q++) {
    const x = s[q]!;
    if (!usable(cs, x, limits)) continue;
    if (!placed[x]) {
      placed[x] = 1;
      order.push(x);
    }
    const c = cs[x]!;
    for (let z = 0; z < kept; z++) {
      const y = ts[z]!;
      if (!limits.distinct || (2 * Math.min(c, ct[y]!)) / (c + ct[y]!) >= limits.minDice) pairs.add(x, y, times);
    }
  }
}

function usable(counts: Int32Array, x: number, limits: Limits): boolean {
  return counts[x]! >= limits.minCount && counts[x]! <= limits.common;
}

/** The dictionary: by source stem, in order of first co-occurrence (as the entries are added), its three best targets by Dice. */
function entriesOf(
  groups: Groups,
  names: readonly string[],
  cs: Int32Array,
  ct: Int32Array,
  minDice: number,
  surface: ReadonlyMap<string, string>,
): Dictionary {
  const dict = new Dictionary();
  for (let g = 0; g < groups.sources.length; g++) {
    const xi = groups.sources[g]!;
    const targets = groups.targets[g]!;
    const counts = groups.counts[g]!;
    const best: Array<readonly [string, number]> = [];
    for (let q = 0; q < targets.length; q++) {
      const y = targets[q]!;
      const d = (2 * counts[q]!) / (cs[xi]! + ct[y]!);
      if (d >= minDice) best.push([names[y]!, d]);
    }
    // Stable: equal Dice keep their order of addition.
    best.sort((a, b) => b[1] - a[1]);
    const x = names[xi]!;
    for (let q = 0; q < best.length && q < 3; q++) {
      const [y, d] = best[q]!;
      dict.add(x, y, d, { source: surface.get(x) ?? x, target: surface.get(y) ?? y });
    }
  }
  return dict;
}

/** Distinct bags (by the identity of their two lists) in order of first appearance: the index of each one's first bag, and how often it appears. */
function repeatsCounted(sourceLists: readonly number[][], targetLists: readonly number[][]): { first: Int32Array; times: Int32Array } {
  const byLists = new Map<readonly number[], Map<readonly number[], number>>();
  const first = new Int32Array(sourceLists.length);
  const times = new Int32Array(sourceLists.length);
  let count = 0;
  for (let k = 0; k < sourceLists.length; k++) {
    const s = sourceLists[k]!;
    const t = targetLists[k]!;
    let inner = byLists.get(s);
    if (!inner) {
      inner = new Map();
      byLists.set(s, inner);
    }
    const seen = inner.get(t);
    if (seen !== undefined) times[seen]!++;
    else {
      inner.set(t, count);
      first[count] = k;
      times[count++] = 1;
    }
  }
  return { first: first.subarray(0, count), times: times.subarray(0, count) };
}

/**
 * The pairs counted at least `minCount` times, grouped by source id in `order`
 * (of each source's first co-occurrence), each group in order of addition:
 * group g is source order[g], with targets[g] counted counts[g] times.
 */
function groupBySource(pairs: PairCounts, order: readonly number[], width: number, minCount: number): Groups {
  const group = new Int32Array(width).fill(-1);
  const targets: number[][] = [];
  const counts: number[][] = [];
  for (let g = 0; g < order.length; g++) {
    group[order[g]!] = g;
    targets.push([]);
    counts.push([]);
  }
  for (let p = 0; p < pairs.size; p++) {
    const count = pairs.countOf(p);
    if (count < minCount) continue;
    const g = group[pairs.sourceOf(p)]!;
    targets[g]!.push(pairs.targetOf(p));
    counts[g]!.push(count);
  }
  return { sources: order, targets, counts };
}

/** Pairs grouped by source: flat lists side by side (no tuple per pair: a long document has hundreds of thousands). */
interface Groups {
  readonly sources: readonly number[];
  readonly targets: readonly number[][];
  readonly counts: readonly number[][];
}

/**
 * Counts of (x, y) id pairs in order of first addition: an open-addressing
 * table whose slots hold [x + 1, y, count] side by side (one cache line a
 * probe: millions of additions on a long document), and the slots in order.
 */
class PairCounts {
  size = 0;
  private table = new Int32Array(4096 * 3);
  private order = new Int32Array(1024);

  add(x: number, y: number, times: number): void {
    const table = this.table;
    const mask = table.length / 3 - 1;
    let h = slotOf(x, y, mask);
    for (;;) {
      const at = h * 3;
      if (table[at] === 0) break;
      if (table[at] === x + 1 && table[at + 1] === y) {
        table[at + 2]! += times;
        return;
      }
      h = (h + 1) & mask;
    }
    table[h * 3] = x + 1;
    table[h * 3 + 1] = y;
    table[h * 3 + 2] = times;
    if (this.size === this.order.length) {
      const grown = new Int32Array(this.order.length * 2);
      grown.set(this.order);
      this.order = grown;
    }
    this.order[this.size++] = h;
    if (this.size * 2 > mask + 1) this.rehash();
  }

  /** The p-th pair added: its x, y and count (three reads, no tuple: there are millions). */
  sourceOf(p: number): number {
    return this.table[this.order[p]! * 3]! - 1;
  }

  targetOf(p: number): number {
    return this.table[this.order[p]! * 3 + 1]!;
  }

  countOf(p: number): number {
    return this.table[this.order[p]! * 3 + 2]!;
  }

  private rehash(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = table.length / 3 - 1;
    for (let p = 0; p < this.size; p++) {
      const from = this.order[p]! * 3;
      let h = slotOf(old[from]! - 1, old[from + 1]!, mask);
      while (table[h * 3] !== 0) h = (h + 1) & mask;
      table[h * 3] = old[from]!;
      table[h * 3 + 1] = old[from + 1]!;
      table[h * 3 + 2] = old[from + 2]!;
      this.order[p] = h;
    }
    this.table = table;
  }
}

/** A well-mixed slot for a pair (the ids are small consecutive numbers: their low bits alone cluster). */
function slotOf(x: number, y: number, mask: number): number {
  let h = Math.imul(x, 0x9e3779b1) + y;
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & mask;
}
