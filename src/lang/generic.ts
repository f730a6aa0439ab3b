import { writingOf } from "./scripts.js";
import type { LanguageData } from "./types.js";

/**
 * Any language sverka has no rules for: the language-independent rules (initials, lowercase continuations, quotes).
 * Russian, Ukrainian, Serbian and Macedonian letters transliterate with the
 * Bulgarian table's extra letters, so Cyrillic cognates still match.
 */
export function genericData(code: string): LanguageData {
  return {
    code,
    name: code,
    nonFinalAbbreviations: [],
    unitOrNonFinalAbbreviations: [],
    numberPrefixAbbreviations: [],
    finalAbbreviations: [],
    qualifierAbbreviations: [],
    clockAbbreviations: [],
    clockContinuations: [],
    nameInitials: [],
    labelWords: [],
    noteWords: [],
    sentenceStarters: [],
    speechVerbs: [],
    danglingWords: [],
    capitalisedWords: [],
    decimalSeparator: DECIMAL_COMMA.has(code) ? "," : ".",
    ordinalSuffix: "(?!)",
    timeMarkers: { am: "(?!)", pm: "(?!)", h: "h(?![\\p{L}])" },
    magnitudes: [],
    decadeSuffix: "(?!)",
    units: {},
    unitJoiners: [],
    ...writingOf(code),
  };
}

/** Languages whose numbers use a decimal comma (most of continental Europe). */
const DECIMAL_COMMA = new Set([
  "bg",
  "ru",
  "uk",
  "be",
  "sr",
  "mk",
  "hr",
  "bs",
  "sl",
  "cs",
  "sk",
  "pl",
  "de",
  "fr",
  "es",
  "it",
  "pt",
  "nl",
  "da",
  "sv",
  "nb",
  "nn",
  "no",
  "fi",
  "et",
  "lv",
  "lt",
  "ro",
  "el",
  "tr",
  "hu",
  "is",
  "ca",
  "gl",
  "eu",
  "sq",
  "az",
  "kk",
]);
