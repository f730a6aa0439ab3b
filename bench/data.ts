/**
 * Evaluation sets built from ../shared (never copied into the project).
 * Everything here is deterministic: the same seed gives the same documents.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { GoldLink } from "../src/eval/index.js";
import type { Bitext } from "../src/types.js";

/** The checkout's root, from dist/bench/ or bench/. */
export const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
})();

/** ../shared beside the checkout, or $SVERKA_SHARED; undefined when absent. */
export function sharedDir(): string | undefined {
  const dir = process.env.SVERKA_SHARED ?? resolve(ROOT, "..", "shared");
  return existsSync(join(dir, "data")) ? dir : undefined;
}

/** A deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface NtrexDoc {
  readonly id: string;
  readonly bg: readonly string[];
  readonly en: readonly string[];
}

export function loadNtrex(shared: string): NtrexDoc[] {
  const read = (f: string) =>
    readFileSync(join(shared, "data", "ntrex", f), "utf8")
      .replace(/\n$/, "")
      .split("\n");
  const en = read("newstest2019.en");
  const bg = read("newstest2019.bg");
  const ids = read("document_ids.tsv").map((l) => l.split("\t")[0]!);
  const docs: NtrexDoc[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (i === 0 || ids[i] !== ids[i - 1]) docs.push({ id: ids[i]!, bg: [], en: [] });
    const d = docs[docs.length - 1]!;
    (d.bg as string[]).push(bg[i]!.trim());
    (d.en as string[]).push(en[i]!.trim());
  }
  return docs;
}

/** One side of a built document: its segments (gold sentences) and paragraph numbers. */
export interface BuiltSide {
  readonly segments: string[];
  readonly paragraphs: number[];
}

/** A document pair with its gold alignment, in segments and as raw text. */
export interface BuiltPair {
  readonly name: string;
  readonly source: BuiltSide;
  readonly target: BuiltSide;
  readonly gold: GoldLink[];
}

export interface NoiseOptions {
  /** Probability that a sentence is merged with the next one on one side. */
  readonly merge: number;
  /** Probability that a sentence is dropped on one side. */
  readonly drop: number;
  /** Dropped passages of 4-10 sentences, per side. */
  readonly passages: number;
  /** Foreign sentences (from other documents) inserted, per side. */
  readonly inserts: number;
}

export const NOISY: NoiseOptions = { merge: 0.08, drop: 0.03, passages: 1, inserts: 2 };

/**
 * Builds noisy bg->en document pairs from groups of consecutive NTREX documents:
 * headlines are paragraphs of their own, bodies are grouped into paragraphs of
 * 1-4 sentences (the same grouping on both sides, as translations keep it).
 */
export function buildNoisyPairs(docs: readonly NtrexDoc[], options: { perPair: number; seed: number; noise?: NoiseOptions }): BuiltPair[] {
  const noise = options.noise ?? NOISY;
  const pairs: BuiltPair[] = [];
  for (let g = 0; g * options.perPair < docs.length; g++) {
    const group = docs.slice(g * options.perPair, (g + 1) * options.perPair);
    const others = docs.filter((d) => !group.includes(d));
    pairs.push(buildPair(`ntrex-${g}`, group, others, rng(options.seed * 1000 + g), noise));
  }
  return pairs;
}

const ENDS = /[.!?…]["'»“”’)\]]*$/u;

interface Sent {
  bg: string;
  en: string;
  para: number;
}

function buildPair(
  name: string,
  group: readonly NtrexDoc[],
  others: readonly NtrexDoc[],
  rand: () => number,
  noise: NoiseOptions,
): BuiltPair {
  const sents: Sent[] = [];
  let para = 0;
  for (const d of group) {
    for (let i = 0; i < d.en.length; i++) {
      // A line with no final punctuation is a heading: it stands alone, as in a real layout.
      const afterHeading = i > 0 && (!ENDS.test(d.en[i - 1]!) || !ENDS.test(d.bg[i - 1]!));
      if (i <= 1 || afterHeading || rand() < 0.35) para++;
      sents.push({ bg: d.bg[i]!, en: d.en[i]!, para });
    }
  }
  // Each original sentence i becomes: kept on both sides, or dropped on one.
  const n = sents.length;
  const dropSrc = new Set<number>();
  const dropTgt = new Set<number>();
  for (let p = 0; p < noise.passages; p++) {
    for (const drop of [dropSrc, dropTgt]) {
      const len = 4 + Math.floor(rand() * 7);
      const at = Math.floor(rand() * Math.max(1, n - len));
      for (let k = at; k < at + len && k < n; k++) drop.add(k);
    }
  }
  for (let i = 0; i < n; i++) {
    if (rand() < noise.drop) (rand() < 0.5 ? dropSrc : dropTgt).add(i);
  }
  for (let i = 0; i < n; i++) if (dropSrc.has(i) && dropTgt.has(i)) dropTgt.delete(i);

  const source: BuiltSide = { segments: [], paragraphs: [] };
  const target: BuiltSide = { segments: [], paragraphs: [] };
  const gold: GoldLink[] = [];
  const insertAt = (side: "source" | "target") => {
    const doc = others[Math.floor(rand() * others.length)]!;
    const k = 1 + Math.floor(rand() * (doc.en.length - 1));
    const s = side === "source" ? source : target;
    s.segments.push(side === "source" ? doc.bg[k]! : doc.en[k]!);
    s.paragraphs.push(s.paragraphs.length ? s.paragraphs[s.paragraphs.length - 1]! : 0);
    gold.push(side === "source" ? { source: [s.segments.length - 1], target: [] } : { source: [], target: [s.segments.length - 1] });
  };
  const insertPoints = new Map<number, Array<"source" | "target">>();
  for (let p = 0; p < noise.inserts; p++) {
    for (const side of ["source", "target"] as const) {
      const at = 2 + Math.floor(rand() * Math.max(1, n - 2));
      insertPoints.set(at, [...(insertPoints.get(at) ?? []), side]);
    }
  }
  for (let i = 0; i < n; i++) {
    for (const side of insertPoints.get(i) ?? []) insertAt(side);
    const s = sents[i]!;
    const inSrc = !dropSrc.has(i);
    const inTgt = !dropTgt.has(i);
    const next = sents[i + 1];
    const canMerge =
      inSrc && inTgt && next && next.para === s.para && !dropSrc.has(i + 1) && !dropTgt.has(i + 1) && !insertPoints.has(i + 1);
    if (canMerge && rand() < noise.merge) {
      // One side joins two sentences into one, as translators do.
      const mergeSource = rand() < 0.5;
      const srcTexts = mergeSource ? [joinSentences(s.bg, next.bg)] : [s.bg, next.bg];
      const tgtTexts = mergeSource ? [s.en, next.en] : [joinSentences(s.en, next.en)];
      const link: GoldLink = { source: [], target: [] };
      for (const t of srcTexts) {
        source.segments.push(t);
        source.paragraphs.push(s.para);
        (link.source as number[]).push(source.segments.length - 1);
      }
      for (const t of tgtTexts) {
        target.segments.push(t);
        target.paragraphs.push(s.para);
        (link.target as number[]).push(target.segments.length - 1);
      }
      gold.push(link);
      i++;
      continue;
    }
    const link: GoldLink = { source: [], target: [] };
    if (inSrc) {
      source.segments.push(s.bg);
      source.paragraphs.push(s.para);
      (link.source as number[]).push(source.segments.length - 1);
    }
    if (inTgt) {
      target.segments.push(s.en);
      target.paragraphs.push(s.para);
      (link.target as number[]).push(target.segments.length - 1);
    }
    gold.push(link);
  }
  return { name, source, target, gold };
}

/** "A went home." + "B stayed." -> "A went home; b stayed." (one sentence, as a merge reads). */
function joinSentences(a: string, b: string): string {
  const head = a.replace(/[.!?…]+$/u, "");
  const tailFirst = b.charAt(0);
  const keepCase = /^\p{Lu}{2,}|^\p{Lu}\p{Ll}*\p{Lu}/u.test(b) || /^[„"«]/u.test(b);
  return `${head}; ${keepCase ? b : tailFirst.toLowerCase() + b.slice(1)}`;
}

/** NTREX's pairs in groups of eight, again and again, noise drawn anew for every copy, until the source side reaches `size` sentences. */
export function repeatedNoisyPairs(docs: readonly NtrexDoc[], size: number): BuiltPair[] {
  const pairs: BuiltPair[] = [];
  let n = 0;
  for (let seed = 1; n < size; seed++) {
    for (const p of buildNoisyPairs(docs, { perPair: 8, seed })) {
      pairs.push(p);
      n += p.source.segments.length;
      if (n >= size) break;
    }
  }
  return pairs;
}

/** The pairs as one document: paragraphs and gold links renumbered. */
export function concatenatePairs(pairs: readonly BuiltPair[]): BuiltPair {
  const side = (pick: (p: BuiltPair) => BuiltSide): BuiltSide => {
    const segments: string[] = [];
    const paragraphs: number[] = [];
    let base = 0;
    for (const p of pairs) {
      const s = pick(p);
      segments.push(...s.segments);
      paragraphs.push(...s.paragraphs.map((x) => x + base));
      base += Math.max(0, ...s.paragraphs) + 1;
    }
    return { segments, paragraphs };
  };
  const gold: GoldLink[] = [];
  let si = 0;
  let ti = 0;
  for (const p of pairs) {
    for (const l of p.gold) gold.push({ source: l.source.map((x) => x + si), target: l.target.map((x) => x + ti) });
    si += p.source.segments.length;
    ti += p.target.segments.length;
  }
  return { name: "long", source: side((p) => p.source), target: side((p) => p.target), gold };
}

/** A side as the one-segment-a-line text of `--segmented` mode (blank line between paragraphs). */
export function segmentedText(side: BuiltSide): string {
  return `${side.segments.map((s, i) => (i > 0 && side.paragraphs[i] !== side.paragraphs[i - 1] ? "\n" : "") + s).join("\n")}\n`;
}

/**
 * A side as running text: sentences of a paragraph joined by a space, paragraphs
 * by a blank line. Returns the text and each gold segment's [start, end).
 */
export function rawText(side: BuiltSide): { text: string; spans: Array<[number, number]> } {
  let text = "";
  const spans: Array<[number, number]> = [];
  side.segments.forEach((s, i) => {
    if (i > 0) text += side.paragraphs[i] !== side.paragraphs[i - 1] ? "\n\n" : " ";
    spans.push([text.length, text.length + s.length]);
    text += s;
  });
  return { text: `${text}\n`, spans };
}

/** Bleualign test or dev documents: de and fr lines and the gold links. */
export function loadBleualign(shared: string, names: readonly string[]): Array<{ name: string; de: string; fr: string; gold: string }> {
  const dir = join(shared, "data", "bleualign");
  return names.map((name) => ({
    name,
    de: readFileSync(join(dir, `${name}.de`), "utf8"),
    fr: readFileSync(join(dir, `${name}.fr`), "utf8"),
    gold: readFileSync(join(dir, `${name}.defr`), "utf8"),
  }));
}

/** The bitext's links in gold sentence numbers: each segment stands for the gold sentences it overlaps (one sweep, both in text order). */
export function inGoldTerms(
  b: Bitext,
  sourceSpans: ReadonlyArray<[number, number]>,
  targetSpans: ReadonlyArray<[number, number]>,
): GoldLink[] {
  const mapSide = (segs: Bitext["source"]["segments"], spans: ReadonlyArray<[number, number]>) => {
    let k = 0;
    return segs.map((s) => {
      while (k < spans.length && spans[k]![1] <= s.start) k++;
      const hits: number[] = [];
      for (let q = k; q < spans.length && spans[q]![0] < s.end; q++) hits.push(q);
      return hits;
    });
  };
  const ms = mapSide(b.source.segments, sourceSpans);
  const mt = mapSide(b.target.segments, targetSpans);
  return b.links.map((l) => ({
    source: [...new Set(l.source.flatMap((i) => ms[i]!))],
    target: [...new Set(l.target.flatMap((j) => mt[j]!))],
  }));
}
