/** User dictionaries (`--dict`) in any of the formats sverka reads. */

import { SverkaError } from "../errors.js";
import { type Dictionary, dictionaryFromPairs, readDictionaryPairs } from "../lang/dictionary.js";
import { getLanguage, type LanguageProfile } from "../lang/index.js";
import { readDocument } from "./index.js";
import { readTbx } from "./tbx.js";

export const DICTIONARY_FORMATS = ["tsv", "dic", "tbx"] as const;
export type DictionaryFormat = (typeof DICTIONARY_FORMATS)[number];

/** The dictionary format a file name says: .dic (hunalign), .tbx (termbase), else TSV. */
export function dictionaryFormatFor(path: string): DictionaryFormat {
  const lower = path.toLowerCase();
  return lower.endsWith(".dic") ? "dic" : lower.endsWith(".tbx") ? "tbx" : "tsv";
}

/**
 * Reads a user dictionary: TSV (`source<TAB>target`, one pair a line),
 * hunalign's .dic (`target @ source`), or a TBX termbase. In TSV and .dic,
 * lines starting with # are comments.
 */
export function parseDictionary(
  text: string,
  format: DictionaryFormat,
  sourceLang: LanguageProfile | string,
  targetLang: LanguageProfile | string,
  path = "<dictionary>",
): Dictionary {
  if (typeof text !== "string") throw new SverkaError(`parseDictionary: the text must be a string, not ${typeof text}`, { path });
  if (!(DICTIONARY_FORMATS as readonly unknown[]).includes(format))
    throw new SverkaError(
      `parseDictionary: format must be one of ${DICTIONARY_FORMATS.map((f) => `"${f}"`).join(", ")}, not ${JSON.stringify(format)}`,
      {
        path,
      },
    );
  const source = profile(sourceLang, "source");
  const target = profile(targetLang, "target");
  const pairs = format === "tbx" ? readTbx(text, source.code, target.code, path) : readDictionaryPairs(text, format, path);
  return dictionaryFromPairs(pairs, source, target);
}

/** A language given as a tag ("bg") or as a profile (`getLanguage("bg")`). */
function profile(lang: LanguageProfile | string, side: string): LanguageProfile {
  if (typeof lang === "string") return getLanguage(lang);
  if (typeof lang === "object" && lang !== null && typeof lang.stem === "function" && typeof lang.code === "string") return lang;
  throw new SverkaError(
    `parseDictionary: the ${side} language must be a tag such as "bg" or a profile from getLanguage, not ${typeof lang}`,
  );
}

/** Reads a dictionary file as the CLI's `--dict` does: decoded as any text input, its format told by its ending. */
export async function readDictionary(path: string, sourceLang: string, targetLang: string): Promise<Dictionary> {
  const { text } = await readDocument(path);
  return parseDictionary(text, dictionaryFormatFor(path), getLanguage(sourceLang), getLanguage(targetLang), path);
}

/** Dictionaries and termbases read from files and merged, each in the format its name says (`dictionaryFormatFor`). */
export async function readDictionaries(paths: readonly string[], sourceLang: string, targetLang: string): Promise<Dictionary | undefined> {
  let out: Dictionary | undefined;
  for (const path of paths) {
    const text = (await readDocument(path)).text;
    const dict = parseDictionary(text, dictionaryFormatFor(path), getLanguage(sourceLang), getLanguage(targetLang), path);
    out = out ? out.merge(dict) : dict;
  }
  return out;
}
