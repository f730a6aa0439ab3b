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
  const stems = (toks: readonly Token[]) => [...new Set(toks.filter((t) => t.kind === "word" && t.stem.length >= 3).map((t) => t.stem))];
  return links
    .filter((l) => l.source.length === 1 && l.target.length === 1)
    .map((l) => [stems(sourceTokens[l.source[0]!]!), stems(targetTokens[l.target[0]!]!)] as const);
}

/** A readable form (the lowercased word) of every stem in the tokens, for saving what was learned. */
export function stemSurfaces(tokenLists: ReadonlyArray<readonly Token[][]>, into = new Map<string, string>()): Map<string, string> {
  for (const lists of tokenLists)
    for (const toks of lists) for (const t of toks) if (t.kind === "word" && !into.has(t.stem)) into.set(t.stem, t.key);
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
  const bags = bagList.map(([s, t]) => [s.map(idOf), t.map(idOf)] as const);
  const cs = new Map<number, number>();
  const ct = new Map<number, number>();
  for (const [s, t] of bags) {
    for (const x of s) cs.set(x, (cs.get(x) ?? 0) + 1);
    for (const y of t) ct.set(y, (ct.get(y) ?? 0) + 1);
  }
  const common = Math.max(5, bags.length * 0.3);
  const usable = (counts: Map<number, number>, x: number) => counts.get(x)! >= minCount && counts.get(x)! <= common;
  // Co-occurrences keyed x * width + y in one flat map: millions of updates on a long document.
  const width = names.length;
  const pairCounts = new Map<number, number>();
  for (const [s, t] of bags) {
    const ts = t.filter((y) => usable(ct, y));
    if (ts.length === 0) continue;
    for (const x of s) {
      if (!usable(cs, x)) continue;
      for (const y of ts) pairCounts.set(x * width + y, (pairCounts.get(x * width + y) ?? 0) + 1);
    }
  }
  // Grouped by source stem, in order of first co-occurrence (as the entries are added).
  const pair = new Map<number, Array<[number, number]>>();
  for (const [key, c] of pairCounts) {
    const x = Math.floor(key / width);
    const list = pair.get(x);
    if (list) list.push([key - x * width, c]);
    else pair.set(x, [[key - x * width, c]]);
  }
  const dict = new Dictionary();
  for (const [xi, m] of pair) {
    const best = m
      .filter(([, c]) => c >= minCount)
      .map(([y, c]) => [names[y]!, (2 * c) / (cs.get(xi)! + ct.get(y)!)] as const)
      .filter(([, d]) => d >= minDice)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3);
    const x = names[xi]!;
    for (const [y, d] of best) dict.add(x, y, d, { source: surface.get(x) ?? x, target: surface.get(y) ?? y });
  }
  return dict;
}
