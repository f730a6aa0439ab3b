/** User dictionaries (`--dict`) in any of the formats sverka reads. */
import { type Dictionary, dictionaryFromPairs, readDictionaryPairs } from "../lang/dictionary.js";
import type { LanguageProfile } from "../lang/index.js";
import { readTbx } from "./tbx.js";

export type DictionaryFormat = "tsv" | "dic" | "tbx";

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
  source: LanguageProfile,
  target: LanguageProfile,
  path = "<dictionary>",
): Dictionary {
  const pairs = format === "tbx" ? readTbx(text, source.code, target.code, path) : readDictionaryPairs(text, format, path);
  return dictionaryFromPairs(pairs, source, target);
}
