/**
 * Names whose conventional form in another language is not their
 * transliteration (exonyms: "Виена" is "Vienna", "Гърция" is "Greece"; and
 * first names with an English form: "Петър", "Peter"): `data/names/<a>-<b>.tsv`
 * at the package root, in the `--dict` TSV format, each used for a-b and b-a
 * alike. A name's transliteration (`romanize`) is always accepted as well.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { narrowable } from "./chars.js";
import type { Dictionary } from "./dictionary.js";
import { getLanguage, primaryLanguage } from "./index.js";
import { entriesDictionary, type LexiconEntry, lexiconEntries, precomputedEntries } from "./lexicon.js";

/** This module is dist/src/lang/names.js when it runs: the package root is three folders up (as for the lexicons). */
export const NAMES_DIR = fileURLToPath(new URL("../../../data/names/", import.meta.url));

const cache = new Map<string, Dictionary | undefined>();
const nativeCache = new Map<string, ReadonlySet<string>>();
const personCache = new Map<string, ReadonlySet<string>>();

/** One entry of a pair's file by its source: as written in lowercase (an acronym as written), and its target's key. */
interface Entry {
  readonly surface: string;
  readonly acronym: boolean;
  readonly target: string;
  /** The target as the data write it ("Русе"): its stem may be another name's too ("Русия"). */
  readonly written: string;
}
const entryCache = new Map<string, ReadonlyMap<string, readonly Entry[]>>();

/** The known names of a language pair, keyed by stems on both sides as a dictionary is; undefined when sverka has none. */
export function knownNames(sourceTag: string, targetTag: string): Dictionary | undefined {
  load(sourceTag, targetTag);
  return cache.get(pairKey(sourceTag, targetTag));
}

/**
 * The names of the pair's file marked "native" (a Bulgarian town, a Bulgarian
 * first name), in the source language, as written in lowercase: a translation
 * must carry them, where a country may be written as its adjective, its
 * capital or "it". Not stems: "Русия" shares its stem with the town "Русе".
 */
export function nativeNames(sourceTag: string, targetTag: string): ReadonlySet<string> {
  load(sourceTag, targetTag);
  return nativeCache.get(pairKey(sourceTag, targetTag)) ?? new Set();
}

/** The first names of the pair's file (marked "person"), in the source language, lowercase: a person's name, not a place's. */
export function personNames(sourceTag: string, targetTag: string): ReadonlySet<string> {
  load(sourceTag, targetTag);
  return personCache.get(pairKey(sourceTag, targetTag)) ?? new Set();
}

/**
 * The targets (stem keys, as the dictionary's) of the known names a word of
 * the source is: its own entries first ("Русе": Ruse), with an ending taken
 * off ("Искъра": Искър); else those of another form of a listed name that
 * starts with it ("Дунава": Дунав). Never another name that only shares the
 * stem: "Русе" is not "Русия" (Russia), "Банско" not the acronym "БАН" (BAS).
 */
export function knownNameTargets(sourceTag: string, targetTag: string, word: string): ReadonlyMap<string, number> | undefined {
  const found = entriesOf(sourceTag, targetTag, word);
  return found.length ? new Map(found.map((e) => [e.target, 1])) : undefined;
}

/** The forms a known name's entries give it in the target language, as the data write them ("Ruse": "Русе"). */
export function knownNameForms(sourceTag: string, targetTag: string, word: string): string[] {
  return entriesOf(sourceTag, targetTag, word).map((e) => e.written);
}

function entriesOf(sourceTag: string, targetTag: string, word: string): readonly Entry[] {
  load(sourceTag, targetTag);
  const lang = getLanguage(sourceTag);
  const entries = entryCache.get(pairKey(sourceTag, targetTag))?.get(lang.stem(word.toLowerCase()));
  if (!entries) return [];
  const lower = word.toLowerCase();
  const bases = new Set((nameForms(sourceTag)?.bases(lower) ?? [lower]).map((b) => b.toLowerCase()));
  const found = entries.filter((e) => (e.acronym ? e.surface === word : bases.has(e.surface)));
  return found.length > 0 ? found : entries.filter((e) => !e.acronym && lower.startsWith(e.surface));
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
  const person = new Set<string>();
  if (path) {
    const text = readFileSync(path, "utf8");
    const file = path.slice(NAMES_DIR.length);
    // The stem keys the build worked out (as for the lexicons), or the file's pairs stemmed now in a checkout built by tsc alone.
    const entries = precomputedEntries(file, "names-") ?? lexiconEntries(file, NAMES_DIR);
    dict = entriesDictionary(entries, path === forward);
    entryCache.set(key, entriesByStem(entries, path === forward));
    for (const line of text.split(/\r?\n/)) {
      const cells = line.split("\t");
      const mark = cells[2]?.trim();
      if (mark === "native" || mark === "person")
        (mark === "native" ? native : person).add((path === forward ? cells[0]! : cells[1]!).trim().toLowerCase());
    }
  }
  cache.set(key, dict);
  nativeCache.set(key, native);
  personCache.set(key, person);
}

/** The entries of single words, by the stem of their source ("рус": Русе and Русия). */
function entriesByStem(entries: readonly LexiconEntry[], forward: boolean): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const [sk, tk, source, target] of entries) {
    const [key, targetKey, written, other] = forward ? [sk, tk, source, target] : [tk, sk, target, source];
    if (key.includes(" ")) continue;
    const acronym = written.length >= 2 && written === written.toUpperCase() && written !== written.toLowerCase();
    out.set(key, [
      ...(out.get(key) ?? []),
      { surface: acronym ? written : written.toLowerCase(), acronym, target: targetKey, written: other },
    ]);
  }
  return out;
}

/**
 * The forms of names in one language (`data/names/<language>.tsv`): a country's
 * name, adjective, people and capital ("Russia", "Russian", "Russians",
 * "Moscow"; "Русия", "руски", "руснаци"), a city's adjective, a platform's verb
 * ("tweeted"). Each line has an id ("country:russia") shared by every
 * language's file: a form in one language answers any form of the same id in
 * another, which is how "Russian-backed" carries "Русия" and "туитна" carries "Twitter".
 */
export interface NameForms {
  /** The ids of the names whose forms the words (read from text, in order) hold. */
  readonly idsIn: (text: string) => ReadonlySet<string>;
  /** The ids of the names the text names by their own name ("Гърция"), not an adjective, a people or a capital. */
  readonly namedIn: (text: string) => ReadonlySet<string>;
  /** How many times the text names each of them, in any form ("турци ... Турция": country:turkey twice). */
  readonly mentions: (text: string) => ReadonlyMap<string, number>;
  /** Whether a word is a proper name of the forms, capitalised as listed ("Russia", "Москва"; not "руски" at a sentence's start). */
  readonly proper: (word: string) => boolean;
  /** A word and what it is with one of the language's endings taken off ("руската": "руска"; "Russia's": "Russia"). */
  readonly bases: (word: string) => string[];
  /** The words of the text that stand for a name of this kind said before ("the country" for a country), as written. */
  readonly standIns: (text: string, kind: string) => string[];
}

/** One form: its words as written in the data, the id it is a form of. */
interface Form {
  readonly id: string;
  readonly words: readonly string[];
  /** The line's first form: the name itself ("Гърция"), not its adjective, people or capital. */
  readonly own?: boolean;
}

const formsCache = new Map<string, NameForms | undefined>();

/** The forms of names of a language; undefined when sverka has none for it. */
export function nameForms(tag: string): NameForms | undefined {
  const code = primaryLanguage(tag);
  if (!formsCache.has(code)) {
    const path = `${NAMES_DIR}${code}.tsv`;
    formsCache.set(code, existsSync(path) ? readNameForms(readFileSync(path, "utf8")) : undefined);
  }
  return formsCache.get(code);
}

// Narrowed to Latin and Cyrillic where the text allows (./chars.ts): a property class costs a millisecond or two to compile.
const WORDS = narrowable(String.raw`[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]*)?`, "gu");
const CAPITAL = narrowable(String.raw`^\p{Lu}`, "u");

/** Words as the forms are matched: letters and digits, an apostrophe's ending kept ("Russia's"); a hyphen, a dot (U.S.) splits. */
function wordsOf(text: string): string[] {
  return text.match(WORDS.for(text)) ?? [];
}

/** Forms and stand-ins read from a language's file (lines `id<TAB>form<TAB>...`; `@endings`, `@<kind>` for stand-ins). */
export function readNameForms(text: string): NameForms {
  const byFirst = new Map<string, Form[]>();
  const standIns = new Map<string, Form[]>();
  let endings: string[] = [];
  const add = (map: Map<string, Form[]>, form: Form) => {
    const key = form.words[0]!.toLowerCase();
    map.set(key, [...(map.get(key) ?? []), form]);
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [id, ...cells] = line.split("\t").map((c) => c.trim());
    const forms = cells.filter((c) => c !== "").map((c, k) => ({ id: id!, words: wordsOf(c), ...(k === 0 ? { own: true } : {}) }));
    if (id === "@endings") endings = cells.filter((c) => c !== "").sort((a, b) => b.length - a.length);
    else for (const form of forms) if (form.words.length > 0) add(id!.startsWith("@") ? standIns : byFirst, form);
  }
  // A word and the words it may be with an ending taken off ("руската": "руска"; "Russia's": "Russia").
  const bases = (word: string) => [
    word,
    ...endings.filter((e) => word.length > e.length + 2 && word.toLowerCase().endsWith(e)).map((e) => word.slice(0, -e.length)),
  ];
  const same = (word: string, form: string, k: number, last: boolean) =>
    (last ? bases(word) : [word]).some((w) => {
      if (w.toLowerCase() !== form.toLowerCase()) return false;
      // An acronym matches only in capitals ("US", not "us"); a capitalised form only a capitalised word ("Turkey", not "turkey");
      // a lowercase form's later words only in lowercase ("the state", not "the State Department").
      if (form.length >= 2 && form === form.toUpperCase() && form !== form.toLowerCase()) return w === form;
      if (CAPITAL.test(form)) return CAPITAL.test(w);
      return k === 0 || w === w.toLowerCase();
    });
  // The forms starting with `base` (a word in lowercase, or one of its bases) at word n.
  const visitFrom = (
    map: Map<string, Form[]>,
    base: string,
    words: readonly string[],
    n: number,
    visit: (form: Form, at: number) => void,
  ) => {
    const forms = map.get(base);
    if (forms)
      for (const form of forms)
        if (form.words.every((f, k) => n + k < words.length && same(words[n + k]!, f, k, k === form.words.length - 1))) visit(form, n);
  };
  // Each word's bases (`bases`) in lowercase, each once, in order: the word, then the word without each ending it has. Looked up
  // without a list made per word: this reads every word of every sentence.
  const matches = (map: Map<string, Form[]>, words: readonly string[], visit: (form: Form, at: number) => void) => {
    for (let n = 0; n < words.length; n++) {
      const word = words[n]!;
      const lower = word.toLowerCase();
      visitFrom(map, lower, words, n, visit);
      let seen: string[] | undefined;
      for (const e of endings) {
        if (word.length <= e.length + 2 || !lower.endsWith(e)) continue;
        const base = word.slice(0, -e.length).toLowerCase();
        if (base === lower || seen?.includes(base)) continue;
        seen ??= [];
        seen.push(base);
        visitFrom(map, base, words, n, visit);
      }
    }
  };
  // The mentions of the last texts asked about: a link's translation is read once for each of its source's names (and each name is a text too).
  const recent = new Map<string, ReadonlyMap<string, number>>();
  const mentions = (text: string) => {
    const known = recent.get(text);
    if (known) return known;
    const counts = new Map<string, number>();
    matches(byFirst, wordsOf(text), (form) => counts.set(form.id, (counts.get(form.id) ?? 0) + 1));
    if (recent.size >= 256) recent.clear();
    recent.set(text, counts);
    return counts;
  };
  return {
    bases,
    mentions,
    proper: (word) =>
      bases(word).some((b) => (byFirst.get(b.toLowerCase()) ?? []).some((f) => f.words.length === 1 && CAPITAL.test(f.words[0]!))),
    idsIn: (text) => new Set(mentions(text).keys()),
    namedIn: (text) => {
      const out = new Set<string>();
      matches(byFirst, wordsOf(text), (form) => {
        if (form.own) out.add(form.id);
      });
      return out;
    },
    standIns: (text, kind) => {
      const words = wordsOf(text);
      const out: string[] = [];
      matches(standIns, words, (form, at) => {
        if (form.id === `@${kind}`) out.push(words.slice(at, at + form.words.length).join(" "));
      });
      return out;
    },
  };
}

/** The kind of a name's id ("country" of "country:russia"). */
export function kindOf(id: string): string {
  return id.slice(0, id.indexOf(":"));
}
