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
      // Empty lists (blank segments: a review piece reads those before it as blank) have nothing, and are not remembered one by one.
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
  // Stems as numbers: a long document has millions of co-occurrences to count.
  const ids = new Map<string, number>();
  const names: string[] = [];
  const idOf = (stem: string) => {
    let id = ids.get(stem);
    if (id === undefined) {
      id = names.length;
      ids.set(stem, id);
      names.push(stem);
    }
    return id;
  };
  // Equal stem lists (sentences that differ only in their numbers) become one id list: made once, and counted once below.
  // Bags of one sentence share their list (linkBags): looked up by the list itself before its text.
  const idLists = new Map<string, number[]>();
  const byList = new Map<readonly string[], number[]>();
  // Bags list each stem once (linkBags); if one did not, a pair could meet more often than its stems occur, and no pair is skipped below.
  let distinct = true;
  const idsOf = (stems: readonly string[]) => {
    let list = byList.get(stems);
    if (list) return list;
    const key = stems.join("\n");
    list = idLists.get(key);
    if (!list) {
      list = stems.map(idOf);
      if (distinct && new Set(list).size < list.length) distinct = false;
      idLists.set(key, list);
    }
    byList.set(stems, list);
    return list;
  };
  const bags = bagList.map(([s, t]) => [idsOf(s), idsOf(t)] as const);
  const width = names.length;
  const cs = new Int32Array(width);
  const ct = new Int32Array(width);
  for (const [s, t] of bags) {
    for (const x of s) cs[x]!++;
    for (const y of t) ct[y]!++;
  }
  const common = Math.max(5, bags.length * 0.3);
  const usable = (counts: Int32Array, x: number) => counts[x]! >= minCount && counts[x]! <= common;
  // Co-occurrences: millions of updates on a long document, counted in a table of id pairs.
  // A link repeated (the same two id lists) is counted once, times its repeats, where it first appears: same counts, same order.
  // A pair whose Dice could not reach minDice even if the two always met is not counted; the source keeps its place in the order.
  const pairs = new PairCounts();
  const order: number[] = [];
  const placed = new Uint8Array(width);
  for (const [s, t, times] of repeatsCounted(bags)) {
    const ts = t.filter((y) => usable(ct, y));
    if (ts.length === 0) continue;
    for (const x of s) {
      if (!usable(cs, x)) continue;
      if (!placed[x]) {
        placed[x] = 1;
        order.push(x);
      }
      const c = cs[x]!;
      for (const y of ts) if (!distinct || (2 * Math.min(c, ct[y]!)) / (c + ct[y]!) >= minDice) pairs.add(x, y, times);
    }
  }
  const dict = new Dictionary();
  // By source stem, in order of first co-occurrence (as the entries are added); pairs seen too rarely are left out early.
  for (const [xi, m] of groupBySource(pairs, order, width, minCount)) {
    const best = m
      .map(([y, c]) => [names[y]!, (2 * c) / (cs[xi]! + ct[y]!)] as const)
      .filter(([, d]) => d >= minDice)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3);
    const x = names[xi]!;
    for (const [y, d] of best) dict.add(x, y, d, { source: surface.get(x) ?? x, target: surface.get(y) ?? y });
  }
  return dict;
}

/** Distinct bags (by the identity of their two lists) in order of first appearance, with how often each appears. */
function repeatsCounted(
  bags: ReadonlyArray<readonly [readonly number[], readonly number[]]>,
): Array<[readonly number[], readonly number[], number]> {
  const byLists = new Map<readonly number[], Map<readonly number[], [readonly number[], readonly number[], number]>>();
  const out: Array<[readonly number[], readonly number[], number]> = [];
  for (const [s, t] of bags) {
    let inner = byLists.get(s);
    if (!inner) {
      inner = new Map();
      byLists.set(s, inner);
    }
    const seen = inner.get(t);
    if (seen) seen[2]++;
    else {
      const entry: [readonly number[], readonly number[], number] = [s, t, 1];
      inner.set(t, entry);
      out.push(entry);
    }
  }
  return out;
}

/** The pairs counted at least `minCount` times, grouped by source id in `order` (of each source's first co-occurrence), each group in order of addition. */
function groupBySource(
  pairs: PairCounts,
  order: readonly number[],
  width: number,
  minCount: number,
): Array<[number, Array<[number, number]>]> {
  const group = new Int32Array(width).fill(-1);
  const groups: Array<[number, Array<[number, number]>]> = order.map((x, g) => {
    group[x] = g;
    return [x, []];
  });
  for (let p = 0; p < pairs.size; p++) {
    const [x, y, count] = pairs.pair(p);
    if (count >= minCount) groups[group[x]!]![1].push([y, count]);
  }
  return groups;
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

  /** The p-th pair added: [x, y, count]. */
  pair(p: number): [x: number, y: number, count: number] {
    const at = this.order[p]! * 3;
    return [this.table[at]! - 1, this.table[at + 1]!, this.table[at + 2]!];
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
