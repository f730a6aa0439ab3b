/**
 * Word and phrase translations, keyed by stems on both sides: a built-in
 * lexicon, user dictionaries, or translations learned from a first alignment.
 */
import { SverkaError } from "../errors.js";
import type { LanguageProfile } from "../lang/index.js";
import type { Token } from "./tokens.js";
import { readTbx } from "../read/tbx.js";

export class Dictionary {
  private readonly map = new Map<string, Map<string, number>>();
  /** Multi-word keys on each side, so tokenised text can be scanned for them. */
  readonly sourcePhrases = new Set<string>();
  readonly targetPhrases = new Set<string>();
  /** Readable forms of the keys, for saving what was learned. */
  private readonly surfaces = new Map<string, string>();

  get size(): number {
    let n = 0;
    for (const m of this.map.values()) n += m.size;
    return n;
  }

  /** Adds source stem(s) -> target stem(s) with a strength in (0, 1]; the stronger entry wins. */
  add(source: string, target: string, weight = 1, surfaces?: { source: string; target: string }): void {
    let m = this.map.get(source);
    if (!m) this.map.set(source, (m = new Map()));
    if ((m.get(target) ?? 0) < weight) m.set(target, weight);
    if (source.includes(" ")) this.sourcePhrases.add(source);
    if (target.includes(" ")) this.targetPhrases.add(target);
    if (surfaces) {
      if (!this.surfaces.has(`s:${source}`)) this.surfaces.set(`s:${source}`, surfaces.source);
      if (!this.surfaces.has(`t:${target}`)) this.surfaces.set(`t:${target}`, surfaces.target);
    }
  }

  lookup(source: string): ReadonlyMap<string, number> | undefined {
    return this.map.get(source);
  }

  /** A new dictionary with the entries of both. */
  merge(other: Dictionary): Dictionary {
    const out = new Dictionary();
    for (const d of [this, other]) {
      for (const [s, t, w] of d.entries()) out.add(s, t, w, { source: d.surfaceOf("s", s), target: d.surfaceOf("t", t) });
    }
    return out;
  }

  *entries(): Generator<[source: string, target: string, weight: number]> {
    for (const [s, m] of this.map) for (const [t, w] of m) yield [s, t, w];
  }

  surfaceOf(side: "s" | "t", key: string): string {
    return this.surfaces.get(`${side}:${key}`) ?? key;
  }
}

/** The stem key of a word or phrase in a language: stems joined by single spaces. */
export function stemKey(text: string, lang: LanguageProfile): string {
  return (text.toLowerCase().match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? []).map((w) => lang.stem(w)).join(" ");
}

export type DictionaryFormat = "tsv" | "dic" | "tbx";

/** The dictionary format a file name says: .dic (hunalign), .tbx (termbase), else TSV. */
export function dictionaryFormatFor(path: string): DictionaryFormat {
  const lower = path.toLowerCase();
  return lower.endsWith(".dic") ? "dic" : lower.endsWith(".tbx") ? "tbx" : "tsv";
}

/**
 * Reads a user dictionary: TSV (`source<TAB>target`, one pair a line),
 * hunalign's .dic (`target @ source`), or a TBX termbase. In TSV and .dic,
 * lines starting with # are comments.
 */
export function parseDictionary(text: string, format: DictionaryFormat, source: LanguageProfile, target: LanguageProfile, path = "<dictionary>"): Dictionary {
  const dict = new Dictionary();
  if (format === "tbx") {
    for (const [s, t] of readTbx(text, source.code, target.code, path)) {
      const sk = stemKey(s, source);
      const tk = stemKey(t, target);
      if (sk && tk) dict.add(sk, tk, 1, { source: s, target: t });
    }
    return dict;
  }
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    let s: string | undefined;
    let t: string | undefined;
    if (format === "dic") {
      const at = trimmed.split(/\s+@\s+/);
      if (at.length === 2) [t, s] = at;
    } else {
      const cells = line.split("\t");
      if (cells.length >= 2) [s, t] = cells;
    }
    if (!s?.trim() || !t?.trim()) {
      throw new SverkaError(`line ${i + 1}: expected ${format === "dic" ? "target @ source" : "source<TAB>target"}, found "${trimmed.slice(0, 60)}"`, { path });
    }
    const sk = stemKey(s, source);
    const tk = stemKey(t, target);
    if (sk && tk) dict.add(sk, tk, 1, { source: s.trim(), target: t.trim() });
  });
  return dict;
}

/** A dictionary as TSV, the `--dict` format: readable forms, strongest first per source entry. */
export function formatDictionary(dict: Dictionary): string {
  const rows = [...dict.entries()].sort((a, b) => a[0].localeCompare(b[0]) || b[2] - a[2]);
  return "# sverka lexicon: source<TAB>target<TAB>strength\n" +
    rows.map(([s, t, w]) => `${dict.surfaceOf("s", s)}\t${dict.surfaceOf("t", t)}\t${w.toFixed(3)}\n`).join("");
}

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
  return links.filter((l) => l.source.length === 1 && l.target.length === 1).map((l) => [stems(sourceTokens[l.source[0]!]!), stems(targetTokens[l.target[0]!]!)] as const);
}

/** A readable form (the lowercased word) of every stem in the tokens, for saving what was learned. */
export function stemSurfaces(tokenLists: ReadonlyArray<readonly Token[][]>, into = new Map<string, string>()): Map<string, string> {
  for (const lists of tokenLists) for (const toks of lists) for (const t of toks) if (t.kind === "word" && !into.has(t.stem)) into.set(t.stem, t.key);
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
    if (id === undefined) { ids.set(stem, (id = names.length)); names.push(stem); }
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
