import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Dictionary, dictionaryFromPairs, readDictionaryPairs } from "./dictionary.js";
import { getLanguage, primaryLanguage } from "./index.js";

/**
 * The lexicons sverka ships: `data/lexicon/<a>-<b>.tsv` at the package root,
 * in the `--dict` TSV format, each used for a-b and b-a alike. This module is
 * dist/src/lang/lexicon.js when it runs (from the checkout, the tests, or an
 * installed package, whose "files" include data/), three folders below the root.
 */
export const LEXICON_DIR = fileURLToPath(new URL("../../../data/lexicon/", import.meta.url));

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
  let dict: Dictionary | undefined;
  if (file) {
    const path = LEXICON_DIR + file;
    const pairs = readDictionaryPairs(readFileSync(path, "utf8"), "tsv", path);
    dict = dictionaryFromPairs(file === forward ? pairs : pairs.map(([a, b]) => [b, a] as const), getLanguage(s), getLanguage(t));
  }
  cache.set(key, dict);
  return dict;
}
