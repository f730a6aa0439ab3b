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
  // Indexed loops, no tuples taken apart: a long document's bags and pairs number in the millions.
  const sourceLists: number[][] = new Array(bagList.length);
  const targetLists: number[][] = new Array(bagList.length);
  for (let k = 0; k < bagList.length; k++) {
    const bag = bagList[k]!;
    sourceLists[k] = idsOf(bag[0]);
    targetLists[k] = idsOf(bag[1]);
  }
  const width = names.length;
  const cs = new Int32Array(width);
  const ct = new Int32Array(width);
  for (let k = 0; k < bagList.length; k++) {
    const s = sourceLists[k]!;
    const t = targetLists[k]!;
    for (let x = 0; x < s.length; x++) cs[s[x]!]!++;
    for (let y = 0; y < t.length; y++) ct[t[y]!]!++;
  }
  const common = Math.max(5, bagList.length * 0.3);
  const usable = (counts: Int32Array, x: number) => counts[x]! >= minCount && counts[x]! <= common;
  // Co-occurrences: millions of updates on a long document, counted in a table of id pairs.
  // A link repeated (the same two id lists) is counted once, times its repeats, where it first appears: same counts, same order.
  // A pair whose Dice could not reach minDice even if the two always met is not counted; the source keeps its place in the order.
  const pairs = new PairCounts();
  const order: number[] = [];
  const placed = new Uint8Array(width);
  const repeats = repeatsCounted(sourceLists, targetLists);
  let ts = new Int32Array(64);
  for (let r = 0; r < repeats.first.length; r++) {
    const k = repeats.first[r]!;
    const times = repeats.times[r]!;
    const s = sourceLists[k]!;
    const t = targetLists[k]!;
    if (ts.length < t.length) ts = new Int32Array(2 * t.length);
    let kept = 0;
    for (let q = 0; q < t.length; q++) if (usable(ct, t[q]!)) ts[kept++] = t[q]!;
    if (kept === 0) continue;
    for (let q = 0; q < s.length; q++) {
      const x = s[q]!;
      if (!usable(cs, x)) continue;
      if (!placed[x]) {
        placed[x] = 1;
        order.push(x);
      }
      const c = cs[x]!;
      for (let z = 0; z < kept; z++) {
        const y = ts[z]!;
        if (!distinct || (2 * Math.min(c, ct[y]!)) / (c + ct[y]!) >= minDice) pairs.add(x, y, times);
      }
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
    const count = pairs.countOf(p);
    if (count >= minCount) groups[group[pairs.sourceOf(p)]!]![1].push([pairs.targetOf(p), count]);
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
