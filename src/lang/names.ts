/**
 * Names whose conventional form in another language is not their
 * transliteration (exonyms: "Виена" is "Vienna", "Гърция" is "Greece"; and
 * first names with an English form: "Петър", "Peter"): `data/names/<a>-<b>.tsv`
 * at the package root, in the `--dict` TSV format, each used for a-b and b-a
 * alike. A name's transliteration (`romanize`) is always accepted as well.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Dictionary, dictionaryFromPairs, readDictionaryPairs } from "./dictionary.js";
import { getLanguage, primaryLanguage } from "./index.js";

/** This module is dist/src/lang/names.js when it runs: the package root is three folders up (as for the lexicons). */
export const NAMES_DIR = fileURLToPath(new URL("../../../data/names/", import.meta.url));

const cache = new Map<string, Dictionary | undefined>();

/** The known names of a language pair, keyed by stems on both sides as a dictionary is; undefined when sverka has none. */
export function knownNames(sourceTag: string, targetTag: string): Dictionary | undefined {
  const s = primaryLanguage(sourceTag);
  const t = primaryLanguage(targetTag);
  const key = `${s}-${t}`;
  if (cache.has(key)) return cache.get(key);
  const forward = `${NAMES_DIR}${s}-${t}.tsv`;
  const backward = `${NAMES_DIR}${t}-${s}.tsv`;
  const path = existsSync(forward) ? forward : existsSync(backward) ? backward : undefined;
  let dict: Dictionary | undefined;
  if (path) {
    const pairs = readDictionaryPairs(readFileSync(path, "utf8"), "tsv", path);
    dict = dictionaryFromPairs(path === forward ? pairs : pairs.map(([a, b]) => [b, a] as const), getLanguage(s), getLanguage(t));
  }
  cache.set(key, dict);
  return dict;
}
