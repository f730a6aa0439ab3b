/**
 * Word and phrase translations, keyed by stems on both sides: a built-in
 * lexicon, user dictionaries, or translations learned from a first alignment.
 * Also the plain-text dictionary formats (TSV and hunalign's .dic), read and
 * written here so the built-in lexicon and `--dict` files go through the same
 * parser. TBX is read in src/read/; learning from links is in src/score/.
 */
import { SverkaError } from "../errors.js";
import { narrowable } from "./chars.js";
import type { LanguageProfile } from "./types.js";

export class Dictionary {
  private readonly map: Map<string, Map<string, number>>;
  /** Multi-word keys on each side, so tokenised text can be scanned for them. */
  readonly sourcePhrases: Set<string>;
  readonly targetPhrases: Set<string>;
  /** Readable forms of the keys, for saving what was learned: the first given for a key. */
  private readonly sourceSurfaces: Map<string, string>;
  private readonly targetSurfaces: Map<string, string>;
  /** Whether an entry was added without its readable forms: then some keys have none. */
  private bare: boolean;
  /**
   * The targets maps this dictionary made and holds alone. One it holds with a copy (`new Dictionary(d)`, `merge`) is
   * copied by the first of the two to add to it: copying is then a copy of the maps of keys, not of every entry.
   */
  private owned = new Set<Map<string, number>>();

  /** An empty dictionary, or a copy of `copy`: the same entries, phrases and readable forms, and changed apart from it. */
  constructor(copy?: Dictionary) {
    this.map = new Map(copy?.map);
    this.sourcePhrases = new Set(copy?.sourcePhrases);
    this.targetPhrases = new Set(copy?.targetPhrases);
    this.sourceSurfaces = new Map(copy?.sourceSurfaces);
    this.targetSurfaces = new Map(copy?.targetSurfaces);
    this.bare = copy?.bare ?? false;
    // The two share every targets map now.
    if (copy) copy.owned = new Set();
  }

  get size(): number {
    let n = 0;
    for (const m of this.map.values()) n += m.size;
    return n;
  }

  /** Adds source stem(s) -> target stem(s) with a strength in (0, 1]; the stronger entry wins. */
  add(source: string, target: string, weight = 1, surfaces?: { source: string; target: string }): void {
    let m = this.map.get(source);
    if (!m) {
      m = new Map();
      this.owned.add(m);
      this.map.set(source, m);
    }
    if ((m.get(target) ?? 0) < weight) {
      if (!this.owned.has(m)) {
        m = new Map(m);
        this.owned.add(m);
        this.map.set(source, m);
      }
      m.set(target, weight);
    }
    if (source.includes(" ")) this.sourcePhrases.add(source);
    if (target.includes(" ")) this.targetPhrases.add(target);
    if (surfaces) {
      if (!this.sourceSurfaces.has(source)) this.sourceSurfaces.set(source, surfaces.source);
      if (!this.targetSurfaces.has(target)) this.targetSurfaces.set(target, surfaces.target);
    } else this.bare = true;
  }

  lookup(source: string): ReadonlyMap<string, number> | undefined {
    return this.map.get(source);
  }

  /**
   * A new dictionary with the entries of both: this one's, then the other's
   * (the stronger weight wins; a key keeps the first surface form given).
   * Every alignment merges the lexicon with what it learned, so this one is
   * taken over map by map, not entry by entry: the same dictionary as adding
   * its entries in order, in a fraction of the time. The two share a source
   * key's targets until either adds to them, which copies them first.
   */
  merge(other: Dictionary): Dictionary {
    // Every key of this one gets its readable form in the merged one, itself where it has none: a copy when all have one.
    let out: Dictionary;
    if (!this.bare) out = new Dictionary(this);
    else {
      out = new Dictionary();
      this.owned = new Set();
      for (const [s, m] of this.map) {
        out.map.set(s, m);
        if (s.includes(" ")) out.sourcePhrases.add(s);
        out.sourceSurfaces.set(s, this.surfaceOf("s", s));
        for (const t of m.keys()) {
          if (t.includes(" ")) out.targetPhrases.add(t);
          if (!out.targetSurfaces.has(t)) out.targetSurfaces.set(t, this.surfaceOf("t", t));
        }
      }
    }
    for (const [s, t, w] of other.entries()) out.add(s, t, w, { source: other.surfaceOf("s", s), target: other.surfaceOf("t", t) });
    return out;
  }

  *entries(): Generator<[source: string, target: string, weight: number]> {
    for (const [s, m] of this.map) for (const [t, w] of m) yield [s, t, w];
  }

  surfaceOf(side: "s" | "t", key: string): string {
    return (side === "s" ? this.sourceSurfaces : this.targetSurfaces).get(key) ?? key;
  }
}

// Narrowed to Latin and Cyrillic where the text allows (./chars.ts): a property class costs a millisecond or two to compile.
const KEY_WORD = narrowable(String.raw`[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*`, "gu");

/** The stem key of a word or phrase in a language: stems joined by single spaces. */
export function stemKey(text: string, lang: LanguageProfile): string {
  const lower = text.toLowerCase();
  return (lower.match(KEY_WORD.for(lower)) ?? []).map((w) => lang.stem(w)).join(" ");
}

/** The plain-text dictionary formats: TSV (`source<TAB>target`) and hunalign's .dic (`target @ source`). */
export type TextDictionaryFormat = "tsv" | "dic";

/**
 * The pairs of a plain-text dictionary, in file order: TSV (`source<TAB>target`,
 * one pair a line, further cells ignored) or hunalign's .dic (`target @ source`).
 * Blank lines and lines starting with # are skipped; any other line that is
 * not a pair is a SverkaError naming the line.
 */
export function readDictionaryPairs(
  text: string,
  format: TextDictionaryFormat,
  path = "<dictionary>",
): Array<[source: string, target: string]> {
  const pairs: Array<[string, string]> = [];
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
      throw new SverkaError(
        `line ${i + 1}: expected ${format === "dic" ? "target @ source" : "source<TAB>target"}, found "${trimmed.slice(0, 60)}"`,
        { path },
      );
    }
    pairs.push([s, t]);
  });
  return pairs;
}

/** A dictionary of word or phrase pairs, each side keyed by its stems in its language; pairs with no word on a side are left out. */
export function dictionaryFromPairs(
  pairs: Iterable<readonly [source: string, target: string]>,
  source: LanguageProfile,
  target: LanguageProfile,
): Dictionary {
  const dict = new Dictionary();
  for (const [s, t] of pairs) {
    const sk = stemKey(s, source);
    const tk = stemKey(t, target);
    if (sk && tk) dict.add(sk, tk, 1, { source: s.trim(), target: t.trim() });
  }
  return dict;
}

/** A dictionary as TSV, the `--dict` format: readable forms, strongest first per source entry. */
export function formatDictionary(dict: Dictionary): string {
  const rows = [...dict.entries()].sort((a, b) => a[0].localeCompare(b[0]) || b[2] - a[2]);
  return (
    "# sverka lexicon: source<TAB>target<TAB>strength\n" +
    rows.map(([s, t, w]) => `${dict.surfaceOf("s", s)}\t${dict.surfaceOf("t", t)}\t${w.toFixed(3)}\n`).join("")
  );
}
