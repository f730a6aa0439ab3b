import { SverkaError } from "../errors.js";
import { bg } from "./bg.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { fr } from "./fr.js";
import { genericData } from "./generic.js";
import { ISO_639_1 } from "./iso639-1.js";
import { ru } from "./ru.js";
import { stemmerFor } from "./stem.js";
import { type LanguageData, type LanguageProfile, WORD_LISTS, type WordList } from "./types.js";

export type { LanguageData, LanguageProfile } from "./types.js";
export { CURRENCY_CODES, isUnitSymbol, sameUnit, UNIT_FAMILIES, UNIT_SYMBOLS } from "./units.js";

/** Languages with their own rules, by code; every other ISO 639-1 code gets the generic profile. */
export const KNOWN_LANGUAGES: Readonly<Record<string, LanguageData>> = { bg, en, de, fr, ru };

/** Cyrillic letters used by the generic profile so any Cyrillic text can match cognates. */
const CYRILLIC = bg.transliteration!;

const cache = new Map<string, LanguageProfile>();

/**
 * The primary subtag of a BCP 47 tag ("bg-BG" -> "bg"), checked against ISO 639-1.
 * Throws a SverkaError for anything else.
 */
export function primaryLanguage(tag: string): string {
  const known = primaryOf.get(tag);
  if (known !== undefined) return known;
  if (typeof tag !== "string") throw new SverkaError(`a language must be given as a tag such as "bg" or "en-GB", not ${typeof tag}`);
  const code = tag.trim().split(/[-_]/)[0]!.toLowerCase();
  if (!/^[a-z]{2}$/.test(code) || !ISO_639_1.has(code)) {
    throw new SverkaError(`unknown language code "${tag}": use an ISO 639-1 code such as bg, en, de, fr (optionally with a region, bg-BG)`);
  }
  if (primaryOf.size < 10_000) primaryOf.set(tag, code);
  return code;
}

/** Tags already checked: the review asks for the pair's languages once per word it looks up. */
const primaryOf = new Map<string, string>();

/** Whether a tag is well-formed enough for xml:lang (letters, digits and hyphens). */
export function isLanguageTag(tag: string): boolean {
  return /^[A-Za-z]{2}(-[A-Za-z0-9]{1,8})*$/.test(tag);
}

/** Why a tag is not one `isLanguageTag` takes, with the tag it may have meant ("en_GB", as gettext writes it: "en-GB"). */
export function malformedTag(tag: string): string {
  const hyphenated = tag.trim().replace(/_/gu, "-");
  const meant = hyphenated !== tag && isLanguageTag(hyphenated) ? `: write it "${hyphenated}" (a hyphen, not an underscore)` : "";
  return `malformed language tag "${tag}"${meant}`;
}

export function getLanguage(tag: string): LanguageProfile {
  const code = primaryLanguage(tag);
  const data = KNOWN_LANGUAGES[code] ?? genericData(code);
  // A region with dates of its own ("en-GB": 08/03/2026 is 8 March) has a profile of its own; any other tag the language's.
  const region = regionOf(tag);
  const orders = region === undefined ? undefined : data.dates?.regionalSlashOrders?.[region];
  const key = orders ? `${code}-${region}` : code;
  let profile = cache.get(key);
  if (!profile) {
    profile = buildProfile(orders && data.dates ? { ...data, dates: { ...data.dates, slashOrders: orders } } : data);
    cache.set(key, profile);
  }
  return profile;
}

/**
 * The language whose abbreviations are read for a word of a script the text is not written in: a Bulgarian address
 * ("бул. Витоша 15, гр. София") or a citation of an act ("чл. 5, ал. 2") left in an English translation, "e.g." or
 * "Inc." in a Bulgarian one.
 */
const SCRIPT_LANGUAGES: Readonly<Record<string, string>> = { Cyrillic: "bg", Latin: "en" };

/** The profile whose abbreviations a word of `script` is read by in a text of another script, if any. */
export function scriptLanguage(script: string): LanguageProfile | undefined {
  const code = SCRIPT_LANGUAGES[script];
  return code === undefined ? undefined : getLanguage(code);
}

/** The profiles whose abbreviations a text of `lang` borrows, one for each script it is not written in. */
export function borrowedLanguages(lang: LanguageProfile): LanguageProfile[] {
  if (lang.scripts.length === 0) return [];
  return Object.keys(SCRIPT_LANGUAGES)
    .filter((script) => !lang.scripts.includes(script))
    .flatMap((script) => scriptLanguage(script) ?? []);
}

/** The region subtag of a tag, in uppercase ("en-gb" -> "GB"; "sr-Latn-RS" -> "RS"), if it has one. */
function regionOf(tag: string): string | undefined {
  if (typeof tag !== "string" || !tag.includes("-")) return undefined;
  return tag
    .split("-")
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$|^\d{3}$/.test(part))
    ?.toUpperCase();
}

/** The profile of a language sverka has no rules for, whichever: the language-independent rules only (for SRX's catch-all rules). */
export function genericProfile(): LanguageProfile {
  return buildProfile(genericData("und"));
}

function buildProfile(data: LanguageData): LanguageProfile {
  const { transliteration, romanizationEndings, ...fields } = data;
  const table = { ...CYRILLIC, ...transliteration };
  const sets = {} as Record<WordList, ReadonlySet<string>>;
  for (const list of WORD_LISTS) sets[list] = new Set(data[list]);
  // "5 p.m. Monday", "10 a.m. March 5": a weekday or a month goes on with a time too.
  const calendar = [...(data.dates?.weekdays ?? []), ...(data.dates?.months ?? []).flat()].map((w) => w.toLowerCase());
  if (data.clockAbbreviations.length) sets.clockContinuations = new Set([...data.clockContinuations, ...calendar]);
  return {
    ...fields,
    ...sets,
    transliterate: (word) => transliterateWith(table, word),
    romanize: (word) => romanizeWith(table, romanizationEndings ?? {}, word),
    stem: stemmerFor(data.code),
  };
}

function transliterateWith(table: Readonly<Record<string, string>>, word: string): string {
  let out = "";
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const mapped = table[lower];
    out += mapped === undefined ? ch : lower === ch ? mapped : capitalise(mapped);
  }
  return out;
}

/** Transliterates a word, its final letters by the ending rules when they match ("София" -> "Sofia", not "Sofiya"). */
function romanizeWith(table: Readonly<Record<string, string>>, endings: Readonly<Record<string, string>>, word: string): string {
  const lower = word.toLowerCase();
  for (const [ending, latin] of Object.entries(endings)) {
    if (!lower.endsWith(ending) || lower.length === ending.length) continue;
    const head = transliterateWith(table, word.slice(0, -ending.length));
    const tail = word.slice(-ending.length);
    return head + (tail === tail.toLowerCase() ? latin : latin.toUpperCase());
  }
  return transliterateWith(table, word);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
