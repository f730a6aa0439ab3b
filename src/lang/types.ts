/**
 * What sverka knows about one language. The segmenter and the scorer read
 * only this interface; adding a language means adding a profile, never an
 * `if (lang === ...)` in the pipeline.
 */
export interface LanguageProfile {
  /** ISO 639-1 primary subtag, lowercase. */
  readonly code: string;
  /** English name, for messages. */
  readonly name: string;
  /**
   * Abbreviations (lowercase, without the final dot) after which a sentence
   * never ends: titles, "ул.", "e.g.".
   */
  readonly nonFinalAbbreviations: ReadonlySet<string>;
  /**
   * Abbreviations that do not end a sentence before a number ("No. 5",
   * "стр. 12") but may otherwise.
   */
  readonly numberPrefixAbbreviations: ReadonlySet<string>;
  /**
   * Abbreviations that can end a sentence ("2024 г.", "Inc.", "a.m."): they end
   * one only when a capitalised word or the end of the paragraph follows.
   */
  readonly finalAbbreviations: ReadonlySet<string>;
  /**
   * Abbreviations that usually qualify the name after them ("U.S. President",
   * "9 a.m. Eastern time"): they end a sentence only before a sentence starter.
   */
  readonly qualifierAbbreviations: ReadonlySet<string>;
  /** Words that often open a sentence ("The", "However", "Това"), for the ambiguous cases above. */
  readonly sentenceStarters: ReadonlySet<string>;
  /** Verbs of saying: `"...ready?" CNN reported.` is one sentence. */
  readonly speechVerbs: ReadonlySet<string>;
  /** Words a sentence hardly ever ends on (articles, conjunctions, prepositions): a translation that does was likely cut. */
  readonly danglingWords: ReadonlySet<string>;
  /** Words written with a capital anywhere in a sentence that are not names ("I", "I'm"), lowercase. */
  readonly capitalisedWords: ReadonlySet<string>;
  /** The decimal separator of numbers written in this language. */
  readonly decimalSeparator: "." | ",";
  /** Suffixes of ordinal numbers after the digits ("24-та", "24th"), as a regex source. */
  readonly ordinalSuffix: string;
  /**
   * Words after a clock time, as regex sources: before noon, after noon, on a
   * 24-hour clock. The 24-hour marker makes a time only with minutes ("15:00 ч.").
   */
  readonly timeMarkers: { readonly am: string; readonly pm: string; readonly h: string };
  /** Words that multiply the number before them ("2 млн.", "25 thousand"), as regex source -> factor. */
  readonly magnitudes: ReadonlyArray<readonly [pattern: string, factor: number]>;
  /** Suffix that makes a round number a decade ("80-те", "1980s"), as a regex source. */
  readonly decadeSuffix: string;
  /** Legacy 8-bit encodings the language's files come in, most common first (iconv names). */
  readonly legacyEncodings: readonly string[];
  /** Maps a word to Latin script for cognate matching (identity for Latin-script languages). */
  transliterate(word: string): string;
  /** Reduces a word to a stem shared by its inflected forms (lowercase). */
  stem(word: string): string;
}

/** A language's data as written in its module. */
export interface LanguageData {
  readonly code: string;
  readonly name: string;
  readonly nonFinalAbbreviations: readonly string[];
  readonly numberPrefixAbbreviations: readonly string[];
  readonly finalAbbreviations: readonly string[];
  readonly qualifierAbbreviations: readonly string[];
  /** Lowercase. */
  readonly sentenceStarters: readonly string[];
  /** Lowercase. */
  readonly speechVerbs: readonly string[];
  /** Lowercase. */
  readonly danglingWords: readonly string[];
  /** Lowercase. */
  readonly capitalisedWords: readonly string[];
  readonly decimalSeparator: "." | ",";
  readonly ordinalSuffix: string;
  readonly timeMarkers: { readonly am: string; readonly pm: string; readonly h: string };
  readonly magnitudes: ReadonlyArray<readonly [pattern: string, factor: number]>;
  readonly decadeSuffix: string;
  readonly legacyEncodings: readonly string[];
  /** Letter-by-letter transliteration table to Latin script, if the script is not Latin. */
  readonly transliteration?: Readonly<Record<string, string>>;
}
