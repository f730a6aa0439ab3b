/**
 * Names whose conventional form in another language is not their
 * transliteration (exonyms: "Виена" is "Vienna", "Гърция" is "Greece"; and
 * first names with an English form: "Петър", "Peter"): `data/names/<a>-<b>.tsv`
 * at the package root, in the `--dict` TSV format, each used for a-b and b-a
 * alike. A name's transliteration (`romanize`) is always accepted as well.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Dictionary, dictionaryFromPairs, readDictionaryPairs, stemKey } from "./dictionary.js";
import { getLanguage, primaryLanguage } from "./index.js";

/** This module is dist/src/lang/names.js when it runs: the package root is three folders up (as for the lexicons). */
export const NAMES_DIR = fileURLToPath(new URL("../../../data/names/", import.meta.url));

const cache = new Map<string, Dictionary | undefined>();
const nativeCache = new Map<string, ReadonlySet<string>>();

/** The known names of a language pair, keyed by stems on both sides as a dictionary is; undefined when sverka has none. */
export function knownNames(sourceTag: string, targetTag: string): Dictionary | undefined {
  load(sourceTag, targetTag);
  return cache.get(pairKey(sourceTag, targetTag));
}

/**
 * The names of the pair's file marked "native" (a Bulgarian town, a Bulgarian
 * first name), as stem keys of the source language: a translation must carry
 * them, where a country may be written as its adjective, its capital or "it".
 */
export function nativeNames(sourceTag: string, targetTag: string): ReadonlySet<string> {
  load(sourceTag, targetTag);
  return nativeCache.get(pairKey(sourceTag, targetTag)) ?? new Set();
}

function pairKey(sourceTag: string, targetTag: string): string {
  return `${primaryLanguage(sourceTag)}-${primaryLanguage(targetTag)}`;
}

function load(sourceTag: string, targetTag: string): void {
  const s = primaryLanguage(sourceTag);
  const t = primaryLanguage(targetTag);
  const key = `${s}-${t}`;
  if (cache.has(key)) return;
  const forward = `${NAMES_DIR}${s}-${t}.tsv`;
  const backward = `${NAMES_DIR}${t}-${s}.tsv`;
  const path = existsSync(forward) ? forward : existsSync(backward) ? backward : undefined;
  let dict: Dictionary | undefined;
  const native = new Set<string>();
  if (path) {
    const text = readFileSync(path, "utf8");
    const pairs = readDictionaryPairs(text, "tsv", path);
    const oriented = path === forward ? pairs : pairs.map(([a, b]) => [b, a] as const);
    dict = dictionaryFromPairs(oriented, getLanguage(s), getLanguage(t));
    for (const line of text.split(/\r?\n/)) {
      const cells = line.split("\t");
      if (cells[2]?.trim() !== "native") continue;
      native.add(stemKey(path === forward ? cells[0]! : cells[1]!, getLanguage(s)));
    }
  }
  cache.set(key, dict);
  nativeCache.set(key, native);
}
