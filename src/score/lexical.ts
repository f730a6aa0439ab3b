import type { LanguageProfile } from "../lang/index.js";
import type { AnchorMatch } from "../types.js";
import { cognateSimilarity, skeleton } from "./cognates.js";
import type { Dictionary } from "./dictionary.js";
import type { Token } from "./tokens.js";

interface TokenType {
  readonly key: string;
  readonly kind: Token["kind"];
  readonly surface: string;
  readonly skeleton: string;
  readonly stem: string;
  /** A multi-word dictionary entry found in the text: matched through the dictionary only. */
  readonly phrase: boolean;
  /** Segments holding the type, ascending. */
  readonly segments: number[];
}

interface Match {
  readonly source: number;
  readonly target: number;
  readonly weight: number;
  readonly kind: AnchorMatch["kind"];
}

/** Types shared by very many segments on both sides say little and cost much to expand. */
const MAX_PAIR_EXPANSION = 4000;
const MIN_IDF = 0.1;
const GUIDE_MAX_OCCURRENCES = 12;

/**
 * Lexical evidence that needs no dictionary, between every source and target
 * segment: shared numbers, identical tokens (names, acronyms, URLs) and
 * cognates. Each matched word pair weighs its similarity times an IDF factor,
 * so a "1" or a name repeated in every sentence pulls little, a rare one much.
 */
export class LexicalTable {
  private readonly sourceTypes: TokenType[];
  private readonly targetTypes: TokenType[];
  /** For source segment i: target segment j -> matches between them (best per source type). */
  private cells: Array<Map<number, Match[]>> = [];
  private pairCache: Array<Map<number, number>> = [];
  /** Matched type pairs: [source type, target type, weight, kind]. */
  private readonly matches: Array<[number, number, number, AnchorMatch["kind"]]> = [];
  private readonly n: number;
  private filledFor: unknown = null;

  constructor(sourceTokens: readonly Token[][], targetTokens: readonly Token[][], source: LanguageProfile, target: LanguageProfile, dictionary?: Dictionary) {
    this.sourceTypes = collectTypes(sourceTokens, source, dictionary?.sourcePhrases);
    this.targetTypes = collectTypes(targetTokens, target, dictionary?.targetPhrases);
    this.n = sourceTokens.length;
    const total = sourceTokens.length + targetTokens.length;
    for (const [s, t, sim, kind] of matchTypes(this.sourceTypes, this.targetTypes, dictionary)) {
      const st = this.sourceTypes[s]!;
      const tt = this.targetTypes[t]!;
      if (st.segments.length * tt.segments.length > MAX_PAIR_EXPANSION) continue;
      // A floor keeps anchors visible (and slightly useful) where IDF says nothing: one-sentence documents.
      this.matches.push([s, t, sim * Math.max(MIN_IDF, Math.log(total / (st.segments.length + tt.segments.length))), kind]);
    }
  }

  /**
   * Segment pairs that share a word, name or number found equally often on
   * each side (and at most `GUIDE_MAX_OCCURRENCES` times): its k-th occurrence
   * in the source with its k-th in the target. [source, target, weight],
   * weights summed per pair. They guide the search on long documents; the
   * few that pair the wrong occurrences fall off the monotonic chain.
   */
  guideAnchors(): Array<readonly [number, number, number]> {
    const sum = new Map<number, [number, number, number]>();
    for (const [s, t, weight] of this.matches) {
      const si = this.sourceTypes[s]!.segments;
      const tj = this.targetTypes[t]!.segments;
      if (si.length !== tj.length || si.length > GUIDE_MAX_OCCURRENCES) continue;
      for (let k = 0; k < si.length; k++) {
        const key = si[k]! * 1_000_003 + tj[k]!;
        const prev = sum.get(key);
        if (prev) prev[2] += weight;
        else sum.set(key, [si[k]!, tj[k]!, weight]);
      }
    }
    return [...sum.values()];
  }

  /**
   * Lays out the evidence for the segment pairs the search will look at
   * (all of them by default). Pairs outside `accept` read as sharing nothing.
   */
  fill(accept?: { has(i: number, j: number): boolean }): void {
    if (this.filledFor === (accept ?? "all")) return;
    this.filledFor = accept ?? "all";
    this.cells = Array.from({ length: this.n }, () => new Map());
    this.pairCache = Array.from({ length: this.n }, () => new Map());
    for (const [s, t, weight, kind] of this.matches) {
      const st = this.sourceTypes[s]!;
      const tt = this.targetTypes[t]!;
      for (const i of st.segments) {
        const row = this.cells[i]!;
        for (const j of tt.segments) {
          if (accept && !accept.has(i, j)) continue;
          let list = row.get(j);
          if (!list) row.set(j, (list = []));
          const at = list.findIndex((m) => m.source === s);
          if (at < 0) list.push({ source: s, target: t, weight, kind });
          else if (list[at]!.weight < weight) list[at] = { source: s, target: t, weight, kind };
        }
      }
    }
    for (let i = 0; i < this.n; i++) {
      for (const [j, list] of this.cells[i]!) this.pairCache[i]!.set(j, dedupeTargets(list).reduce((a, m) => a + m.weight, 0));
    }
  }

  /** Evidence between source segment i and target segment j. */
  pair(i: number, j: number): number {
    if (this.filledFor === null) this.fill();
    return this.pairCache[i]!.get(j) ?? 0;
  }

  /** Evidence for a link of source [i0, i1) and target [j0, j1): each word counted once. */
  group(i0: number, i1: number, j0: number, j1: number): number {
    if (i1 - i0 === 1 && j1 - j0 === 1) return this.pair(i0, j0);
    if (this.filledFor === null) this.fill();
    // Most candidate links share nothing: say so without building anything.
    let any = false;
    for (let i = i0; i < i1 && !any; i++) {
      const row = this.pairCache[i]!;
      if (row.size === 0) continue;
      for (let j = j0; j < j1; j++) if (row.has(j)) { any = true; break; }
    }
    if (!any) return 0;
    let sum = 0;
    for (const m of this.groupMatches(i0, i1, j0, j1)) sum += m.weight;
    return sum;
  }

  /** The anchors behind `group`, readable. */
  anchors(i0: number, i1: number, j0: number, j1: number): AnchorMatch[] {
    return this.groupMatches(i0, i1, j0, j1).map((m) => ({
      kind: m.kind,
      source: this.sourceTypes[m.source]!.surface,
      target: this.targetTypes[m.target]!.surface,
      weight: round(m.weight),
    }));
  }

  private groupMatches(i0: number, i1: number, j0: number, j1: number): Match[] {
    if (this.filledFor === null) this.fill();
    const best = new Map<number, Match>();
    for (let i = i0; i < i1; i++) {
      const row = this.cells[i]!;
      for (let j = j0; j < j1; j++) {
        for (const m of row.get(j) ?? []) {
          const prev = best.get(m.source);
          if (!prev || prev.weight < m.weight) best.set(m.source, m);
        }
      }
    }
    return dedupeTargets([...best.values()]);
  }
}

/** A target word matched by several source words counts once, at its best. */
function dedupeTargets(list: readonly Match[]): Match[] {
  if (list.length < 2) return [...list];
  const best = new Map<number, Match>();
  for (const m of list) {
    const prev = best.get(m.target);
    if (!prev || prev.weight < m.weight) best.set(m.target, m);
  }
  return [...best.values()];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function collectTypes(tokens: readonly Token[][], lang: LanguageProfile, phrases?: ReadonlySet<string>): TokenType[] {
  const byKey = new Map<string, TokenType>();
  const add = (id: string, seg: number, make: () => TokenType) => {
    let type = byKey.get(id);
    if (!type) byKey.set(id, (type = make()));
    if (type.segments[type.segments.length - 1] !== seg) type.segments.push(seg);
  };
  tokens.forEach((list, seg) => {
    for (const tok of list) {
      add(`${tok.kind}:${tok.key}`, seg, () => ({
        key: tok.key, kind: tok.kind, surface: tok.surface, stem: tok.stem, phrase: false, segments: [],
        skeleton: tok.kind === "word" ? skeleton(lang.transliterate(tok.key)) : tok.key,
      }));
    }
    if (!phrases?.size) return;
    // Dictionary phrases ("human trafficking", "трафик на хора") present in the segment.
    const words = list.filter((t) => t.kind === "word");
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= words.length; i++) {
        const span = words.slice(i, i + n);
        const stem = span.map((t) => t.stem).join(" ");
        if (!phrases.has(stem)) continue;
        const surface = span.map((t) => t.surface).join(" ");
        add(`phrase:${stem}`, seg, () => ({ key: stem, kind: "word", surface, stem, skeleton: "", phrase: true, segments: [] }));
      }
    }
  });
  return [...byKey.values()];
}

/** What matching needs to know of a token or a type. */
export interface Matchable {
  readonly kind: Token["kind"];
  readonly key: string;
  readonly surface: string;
  /** Spelling skeleton of the transliterated key (words only). */
  readonly skeleton: string;
  readonly stem: string;
}

export function matchable(token: Token, lang: LanguageProfile): Matchable {
  return { ...token, skeleton: token.kind === "word" ? skeleton(lang.transliterate(token.key)) : token.key };
}

/**
 * Whether two tokens are the same anchor, and how alike: equal numbers or
 * addresses; identical words (names, acronyms, loan words); cognates.
 */
export function anchorMatch(s: Matchable, t: Matchable): [similarity: number, kind: AnchorMatch["kind"]] | undefined {
  if (s.kind !== t.kind) return undefined;
  if (s.kind !== "word") return s.key === t.key ? [1, s.kind === "number" ? "number" : "identical"] : undefined;
  if (s.key === t.key && (s.key.length >= 3 || /[\p{Lu}\p{N}]/u.test(s.surface))) return [1, "identical"];
  if (s.skeleton.length < 4) return undefined;
  if (Math.abs(t.skeleton.length - s.skeleton.length) > 0.5 * Math.max(t.skeleton.length, s.skeleton.length)) return undefined;
  const sim = cognateSimilarity(s.skeleton, t.skeleton);
  return sim > 0 ? [sim, "cognate"] : undefined;
}

/**
 * Pairs of matching types: [source type, target type, similarity, kind].
 * Exact keys are looked up; cognates are only compared within a bucket of
 * skeletons sharing their first two letters.
 */
function* matchTypes(source: TokenType[], target: TokenType[], dictionary?: Dictionary): Generator<[number, number, number, AnchorMatch["kind"]]> {
  const exact = new Map<string, number>();
  const buckets = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  target.forEach((t, k) => {
    if (t.kind === "word") byStem.set(t.stem, [...(byStem.get(t.stem) ?? []), k]);
    if (t.phrase) return;
    exact.set(`${t.kind}:${t.key}`, k);
    if (t.kind === "word" && t.skeleton.length >= 2) {
      const b = t.skeleton.slice(0, 2);
      buckets.set(b, [...(buckets.get(b) ?? []), k]);
    }
  });
  for (let s = 0; s < source.length; s++) {
    const st = source[s]!;
    // Translations from the dictionary, by stem.
    const translations = st.kind === "word" ? dictionary?.lookup(st.stem) : undefined;
    if (translations) {
      for (const [stem, weight] of translations) for (const k of byStem.get(stem) ?? []) yield [s, k, weight, "lexicon"];
    }
    if (st.phrase) continue;
    const same = exact.get(`${st.kind}:${st.key}`);
    const exactMatch = same === undefined ? undefined : anchorMatch(st, target[same]!);
    if (exactMatch?.[1] === "identical" || exactMatch?.[1] === "number" || st.kind !== "word") {
      if (exactMatch) yield [s, same!, ...exactMatch];
      continue;
    }
    // Every inflected form that passes counts; each cell keeps the best one per source word.
    for (const k of buckets.get(st.skeleton.slice(0, 2)) ?? []) {
      const m = anchorMatch(st, target[k]!);
      if (m) yield [s, k, ...m];
    }
  }
}
