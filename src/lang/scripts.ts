/**
 * How languages without rules of their own are written: their scripts
 * (Unicode Script property values) and the legacy encodings their files come
 * in, most common first (iconv names). Used to guess an encoding and to
 * refuse a decoding that gives text in the wrong script.
 */

interface Writing {
  readonly scripts: readonly string[];
  readonly legacyEncodings: readonly string[];
}

const CYRILLIC = ["windows-1251", "koi8-r", "iso-8859-5"];
const WESTERN = ["windows-1252", "iso-8859-15", "iso-8859-1"];
const CENTRAL = ["windows-1250", "iso-8859-2"];
const BALTIC = ["windows-1257", "iso-8859-13"];
const TURKISH = ["windows-1254", "iso-8859-9"];

/** By ISO 639-1 code. */
const WRITING: Readonly<Record<string, Writing>> = {
  ...all(["ru", "be", "mk", "kk", "ky", "tg", "mn", "ba", "cv", "ce", "os", "tt", "av", "kv"], ["Cyrillic"], CYRILLIC),
  uk: { scripts: ["Cyrillic"], legacyEncodings: ["windows-1251", "koi8-u", "iso-8859-5"] },
  sr: { scripts: ["Cyrillic", "Latin"], legacyEncodings: ["windows-1251", "windows-1250", "iso-8859-5"] },
  ...all(
    [
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
      "is",
      "ca",
      "gl",
      "eu",
      "ga",
      "cy",
      "af",
      "id",
      "ms",
      "sw",
      "tl",
      "oc",
      "br",
      "lb",
      "fo",
      "fy",
      "gd",
      "co",
      "la",
      "eo",
    ],
    ["Latin"],
    WESTERN,
  ),
  ...all(["cs", "sk", "pl", "hr", "bs", "sl", "hu", "ro", "sq"], ["Latin"], CENTRAL),
  ...all(["et", "lv", "lt"], ["Latin"], BALTIC),
  ...all(["tr", "az"], ["Latin"], TURKISH),
  mt: { scripts: ["Latin"], legacyEncodings: ["iso-8859-3"] },
  vi: { scripts: ["Latin"], legacyEncodings: ["windows-1258"] },
  el: { scripts: ["Greek"], legacyEncodings: ["windows-1253", "iso-8859-7"] },
  he: { scripts: ["Hebrew"], legacyEncodings: ["windows-1255", "iso-8859-8"] },
  yi: { scripts: ["Hebrew"], legacyEncodings: ["windows-1255"] },
  ...all(["ar", "fa", "ur", "ps"], ["Arabic"], ["windows-1256", "iso-8859-6"]),
  hy: { scripts: ["Armenian"], legacyEncodings: [] },
  ka: { scripts: ["Georgian"], legacyEncodings: [] },
  ...all(["hi", "mr", "ne", "sa"], ["Devanagari"], []),
  ...all(["bn", "as"], ["Bengali"], []),
  ta: { scripts: ["Tamil"], legacyEncodings: [] },
  te: { scripts: ["Telugu"], legacyEncodings: [] },
  kn: { scripts: ["Kannada"], legacyEncodings: [] },
  ml: { scripts: ["Malayalam"], legacyEncodings: [] },
  gu: { scripts: ["Gujarati"], legacyEncodings: [] },
  pa: { scripts: ["Gurmukhi"], legacyEncodings: [] },
  si: { scripts: ["Sinhala"], legacyEncodings: [] },
  th: { scripts: ["Thai"], legacyEncodings: ["windows-874", "tis-620"] },
  lo: { scripts: ["Lao"], legacyEncodings: [] },
  km: { scripts: ["Khmer"], legacyEncodings: [] },
  my: { scripts: ["Myanmar"], legacyEncodings: [] },
  ...all(["am", "ti"], ["Ethiopic"], []),
  bo: { scripts: ["Tibetan"], legacyEncodings: [] },
  zh: { scripts: ["Han"], legacyEncodings: ["gb18030", "big5"] },
  ja: { scripts: ["Han", "Hiragana", "Katakana"], legacyEncodings: ["shift_jis", "euc-jp"] },
  ko: { scripts: ["Hangul", "Han"], legacyEncodings: ["euc-kr"] },
};

function all(codes: readonly string[], scripts: readonly string[], legacyEncodings: readonly string[]): Record<string, Writing> {
  return Object.fromEntries(codes.map((code) => [code, { scripts, legacyEncodings }]));
}

/** The scripts and legacy encodings of a language without rules of its own; nothing for one not listed. */
export function writingOf(code: string): Writing {
  return WRITING[code] ?? { scripts: [], legacyEncodings: [] };
}

/** Every language listed, for tests. */
export const WRITING_CODES: readonly string[] = Object.keys(WRITING);
