import type { LanguageData } from "./types.js";

/** English. */
export const en: LanguageData = {
  code: "en",
  name: "English",
  nonFinalAbbreviations: [
    // titles that precede a name
    "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "rev", "hon", "gen", "col", "lt", "maj", "capt", "cmdr", "sgt",
    "adm", "gov", "govs", "sen", "sens", "rep", "reps", "pres", "supt", "insp", "det", "atty", "gens", "fr", "sr", "mt", "ft", "pt",
    // in-sentence markers
    "e.g", "i.e", "vs", "v", "cf", "viz", "approx", "ca", "incl", "esp", "resp", "dept", "univ", "assn", "est",
  ],
  unitOrNonFinalAbbreviations: [],
  // A final abbreviation ("sec", seconds or section) never ends a sentence before a number either: no entry here.
  numberPrefixAbbreviations: [
    // months before a day: "on Nov. 6", but "votes are cast on Nov. What time..."
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // reference labels: "No. 5", "p. 12"
    "no", "nos", "nr", "art", "arts", "fig", "figs", "vol", "vols", "p", "pp", "ch", "para", "tel", "ext", "op", "ed", "eq", "ref",
  ],
  finalAbbreviations: [
    "inc", "ltd", "co", "corp", "llc", "plc", "bros", "etc", "jr", "et al", "al", "ave", "blvd", "rd",
    "b.c", "a.d", "ph.d", "m.d", "b.a", "m.a", "km", "kg", "lb", "lbs", "oz", "yr", "yrs", "min", "hr", "hrs", "sec",
  ],
  // "St." is Saint before a name and Street at the end of a sentence.
  qualifierAbbreviations: ["u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "a.m", "p.m", "us", "uk", "st"],
  sentenceStarters: [
    "a", "after", "also", "an", "and", "as", "at", "but", "by", "during", "for", "from", "he", "her", "his", "however",
    "i", "if", "in", "it", "its", "meanwhile", "more", "most", "no", "not", "on", "one", "our", "she", "so", "some",
    "that", "the", "their", "then", "there", "these", "they", "this", "those", "to", "two", "we", "what", "when",
    "where", "while", "who", "why", "with", "yet", "you",
  ],
  speechVerbs: [
    "said", "says", "added", "adds", "asked", "asks", "told", "tells", "wrote", "writes", "reported", "reports",
    "explained", "continued", "noted", "replied", "insisted", "argued", "claimed", "stated", "tweeted", "warned",
  ],
  // Prepositions that can close a question or a relative clause ("where from?") are left out.
  danglingWords: [
    "the", "a", "an", "of", "than", "and", "or", "but", "nor", "which", "whose", "its", "their", "our", "my", "your",
    "into", "onto", "towards", "toward", "on", "at", "with", "during", "between", "including",
  ],
  // The pronoun "I" and its contractions: capitalised mid-sentence, never a name.
  capitalisedWords: ["i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"],
  decimalSeparator: ".",
  ordinalSuffix: "(?:st|nd|rd|th)(?![\\p{L}])",
  magnitudes: [["thousand", 1e3], ["million|mn", 1e6], ["billion|bn", 1e9], ["trillion|tn", 1e12]],
  decadeSuffix: "'?s",
  legacyEncodings: ["windows-1252", "iso-8859-1"],
  timeMarkers: { am: "a\\.?\\s?m\\.?(?![\\p{L}])", pm: "p\\.?\\s?m\\.?(?![\\p{L}])", h: "(?:hrs|h)(?![\\p{L}])" },
};
