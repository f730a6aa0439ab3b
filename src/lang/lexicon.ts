import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Dictionary, readDictionaryPairs, stemKey } from "./dictionary.js";
import { getLanguage, primaryLanguage } from "./index.js";

/**
 * The lexicons sverka ships: `data/lexicon/<a>-<b>.tsv` at the package root,
 * in the `--dict` TSV format, each used for a-b and b-a alike. This module is
 * dist/src/lang/lexicon.js when it runs (from the checkout, the tests, or an
 * installed package, whose "files" include data/), three folders below the root.
 */
export const LEXICON_DIR = fileURLToPath(new URL("../../../data/lexicon/", import.meta.url));

/**
 * The lexicons with their stem keys worked out at build time
 * (scripts/lexicon-stems.js writes `<a>-<b>.json` here, beside this module,
 * and `names-<a>-<b>.json` for the names of data/names/): stemming two
 * thousand entries was a third of a small job's start-up. A
 * checkout built by tsc alone lacks them and stems the TSV as before.
 */
export const LEXICON_STEMS_DIR = fileURLToPath(new URL("./lexicon-stems/", import.meta.url));

/** An entry of a lexicon: its stem keys and surface forms, the source language of the file name first. */
export type LexiconEntry = readonly [sourceKey: string, targetKey: string, source: string, target: string];

const cache = new Map<string, Dictionary | undefined>();
let shipped: ReadonlySet<string> | undefined;

/** The lexicon files there, listed once; a package without them is broken, not a package without lexicons. */
function lexiconFiles(): ReadonlySet<string> {
  if (!shipped) {
    try {
      shipped = new Set(readdirSync(LEXICON_DIR));
    } catch (error) {
      throw new Error(`sverka's built-in lexicons are missing (${LEXICON_DIR}): the installation is incomplete`, { cause: error });
    }
  }
  return shipped;
}

/** The built-in lexicon for the pair (unless turned off) merged with the user's dictionaries. */
export function pairDictionary(
  sourceLang: string,
  targetLang: string,
  options: { lexicon?: boolean; dictionary?: Dictionary },
): Dictionary | undefined {
  const builtin = options.lexicon === false ? undefined : builtinLexicon(sourceLang, targetLang);
  if (!options.dictionary) return builtin;
  return builtin ? builtin.merge(options.dictionary) : options.dictionary;
}

/**
 * sverka's own lexicon for a language pair, in either direction, if it has
 * one: read from its file the first time the pair is asked for, by the parser
 * of user dictionaries.
 */
export function builtinLexicon(sourceTag: string, targetTag: string): Dictionary | undefined {
  const s = primaryLanguage(sourceTag);
  const t = primaryLanguage(targetTag);
  const key = `${s}-${t}`;
  if (cache.has(key)) return cache.get(key);
  const forward = `${s}-${t}.tsv`;
  const backward = `${t}-${s}.tsv`;
  const file = lexiconFiles().has(forward) ? forward : lexiconFiles().has(backward) ? backward : undefined;
  const dict = file ? entriesDictionary(precomputedEntries(file) ?? lexiconEntries(file), file === forward) : undefined;
  cache.set(key, dict);
  return dict;
}

/**
 * A dictionary of a pair file's entries, read from its first language to its
 * second (`forward`) or the other way: what `dictionaryFromPairs` gives for the
 * file's pairs (in that orientation), without stemming anything.
 */
export function entriesDictionary(entries: readonly LexiconEntry[], forward: boolean): Dictionary {
  const dict = new Dictionary();
  for (const [sk, tk, source, target] of entries) {
    if (forward) dict.add(sk, tk, 1, { source, target });
    else dict.add(tk, sk, 1, { source: target, target: source });
  }
  return dict;
}

/**
 * The entries of a lexicon file (`bg-en.tsv`), stemmed as `--dict` entries
 * are (stemKey in each side's language), in file order; a pair with no word
 * on a side is left out. The build writes these; tests compare the two.
 */
export function lexiconEntries(file: string, dir = LEXICON_DIR): LexiconEntry[] {
  const [a, b] = file.replace(/\.tsv$/, "").split("-") as [string, string];
  const [source, target] = [getLanguage(a), getLanguage(b)];
  const path = dir + file;
  const entries: LexiconEntry[] = [];
  for (const [s, t] of readDictionaryPairs(readFileSync(path, "utf8"), "tsv", path)) {
    const sk = stemKey(s, source);
    const tk = stemKey(t, target);
    if (sk && tk) entries.push([sk, tk, s.trim(), t.trim()]);
  }
  return entries;
}

/** The build's entries of a lexicon file (with `prefix` "names-", of a names file: src/lang/names.ts), when the build wrote them. */
export function precomputedEntries(file: string, prefix = ""): LexiconEntry[] | undefined {
  let text: string;
  try {
    text = readFileSync(`${LEXICON_STEMS_DIR}${prefix}${file.replace(/\.tsv$/, ".json")}`, "utf8");
  } catch {
    return undefined;
  }
  return JSON.parse(text) as LexiconEntry[];
}
