/**
 * What the checks read of a text or a word is worked out once per language
 * and kept: a long document repeats its sentences and names, and the pieces
 * of its review (one thread reviews several) share them. Only what depends on
 * the text and the language alone is kept here, never what a document adds.
 */
import type { LanguageProfile } from "../lang/index.js";

/**
 * Texts or words kept per language and table at most: a table is cleared when
 * full (every document reviewed goes through it). A repetitive document's
 * repeats come back into a table soon after; a long text that never repeats
 * fills every table for nothing: at 100,000 entries the 100,000-segment pair
 * of bench/generate.ts's "distinct" kind peaked 165 MB higher (docs/scale.md).
 */
export const MAX_KEPT = 20_000;

/** `f` of a language and a string, computed once per language and string (the same value after, shared: nobody may change it). */
export function perLanguage<T>(f: (lang: LanguageProfile, key: string) => T): (lang: LanguageProfile, key: string) => T {
  // As `keptPerLanguage`, without a function made per question (a long document asks hundreds of thousands).
  const tables = new WeakMap<LanguageProfile, Map<string, T>>();
  return (lang, key) => {
    const table = tableFor(tables, lang);
    const value = table.get(key);
    return value !== undefined || table.has(key) ? (value as T) : remember(table, key, f(lang, key));
  };
}

/**
 * A table of values per language and string, each made by `make` when first
 * asked (a value that needs more than the string to make, where that more
 * follows from it: a text's tokens).
 */
export function keptPerLanguage<T>(): (lang: LanguageProfile, key: string, make: () => T) => T {
  const tables = new WeakMap<LanguageProfile, Map<string, T>>();
  return (lang, key, make) => {
    const table = tableFor(tables, lang);
    const value = table.get(key);
    return value !== undefined || table.has(key) ? (value as T) : remember(table, key, make());
  };
}

/** A language's table. */
function tableFor<T>(tables: WeakMap<LanguageProfile, Map<string, T>>, lang: LanguageProfile): Map<string, T> {
  let table = tables.get(lang);
  if (!table) {
    table = new Map();
    tables.set(lang, table);
  }
  return table;
}

/** Keeps `value` for `key` (the table cleared first when full) and returns it. */
function remember<T>(table: Map<string, T>, key: string, value: T): T {
  if (table.size >= MAX_KEPT) table.clear();
  table.set(key, value);
  return value;
}

/** `f` of a string, computed once per string (bounded as above). */
export function perString<T>(f: (key: string) => T): (key: string) => T {
  const table = new Map<string, T>();
  return (key) => {
    const value = table.get(key);
    return value !== undefined || table.has(key) ? (value as T) : remember(table, key, f(key));
  };
}

/**
 * A WeakMap that starts afresh after `MAX_KEPT` entries. What it keeps per
 * token list lives as long as the list, and the review context holds every
 * segment's list to the end: on a long text that never repeats, such tables
 * grew with the document, and the live heap of a 100,000-segment pair's review
 * with its links to the last (docs/scale.md). The lists of one link are asked
 * of again and again while its checks run, and are kept.
 */
export class KeptPerObject<K extends object, V> {
  private table = new WeakMap<K, V>();
  private size = 0;

  get(key: K): V | undefined {
    return this.table.get(key);
  }

  set(key: K, value: V): void {
    if (++this.size > MAX_KEPT) {
      this.table = new WeakMap();
      this.size = 1;
    }
    this.table.set(key, value);
  }
}
