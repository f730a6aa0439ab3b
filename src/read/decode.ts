import type chardetModule from "chardet";
import type iconvModule from "iconv-lite";
import { SverkaError } from "../errors.js";
import { lazy } from "../lazy.js";

// Needed for legacy encodings and UTF-16 only: UTF-8 text is decoded without them.
const iconv = lazy<typeof iconvModule>("iconv-lite");
const chardet = lazy<typeof chardetModule>("chardet");

export interface Decoded {
  readonly text: string;
  /** What the bytes were: "utf-8", "utf-8 (BOM)", "utf-16le", "windows-1251", ... */
  readonly encoding: string;
}

/** What decoding needs to know of the document's language (a `LanguageProfile` has it). */
export interface DecodeLanguage {
  /** For messages: "Bulgarian". */
  readonly name: string;
  /** Unicode scripts the language is written in; empty when not known. */
  readonly scripts: readonly string[];
  /** The language's letters, lowercase, if it has a fixed alphabet. */
  readonly alphabet?: string;
  /** Its legacy encodings, most common first. */
  readonly legacyEncodings: readonly string[];
}

export interface DecodeOptions {
  /** Decode in this encoding (iconv name) instead of detecting it; a decoding that gives mojibake is still refused. */
  readonly encoding?: string;
  /** Legacy encodings to prefer when guessing (the language's own come first anyway). */
  readonly preferred?: readonly string[];
  /** Named in messages. */
  readonly path?: string;
  /** The document's language: its script tells a right decoding from a wrong one. */
  readonly language?: DecodeLanguage;
  /** The option a user gives the encoding with, named in messages (default "--encoding"). */
  readonly encodingOption?: string;
}

/**
 * Bytes to text: a byte-order mark wins; then UTF-8 if the bytes are valid
 * UTF-8; then UTF-16 recognised by its zero bytes; then the best guess of
 * `chardet`, where the language's own legacy encodings (windows-1251 for
 * Bulgarian) win near-ties, and the first of them that gives clean text in
 * the language when the guess does not. `encoding` forces one. Whatever the
 * encoding, text that is not plausible in the language (unreadable
 * characters; mojibake such as UTF-8 read as KOI8-R, "п■п╬"; letters of
 * another script; scrambled letter case) is refused, naming the encodings
 * that do give clean text, never passed on.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const path = options.path ?? "<input>";
  const refuse = (encoding: string, problem: string, forced: boolean): never => {
    throw new SverkaError(`read as ${encoding}, ${problem}; ${advice(bytes, options, encoding, forced)}`, { path });
  };
  const judged = (text: string, encoding: string, forced = false): Decoded => {
    const problem = implausible(text, encoding, options.language, forced ? bytes : undefined);
    return problem ? refuse(encoding, problem, forced) : { text, encoding };
  };
  if (options.encoding) {
    const name = options.encoding.toLowerCase();
    if (!iconv().encodingExists(name))
      throw new SverkaError(`unknown encoding "${options.encoding}" (try utf-8, windows-1251, koi8-r, iso-8859-5, utf-16le)`, { path });
    return judged(iconv().decode(Buffer.from(bytes), name, { stripBOM: true }), name, true);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return judged(decodeUtf8(bytes.subarray(3), false)!, "utf-8 (BOM)");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return judged(iconv().decode(Buffer.from(bytes.subarray(2)), "utf-16le"), "utf-16le (BOM)");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return judged(iconv().decode(Buffer.from(bytes.subarray(2)), "utf-16be"), "utf-16be (BOM)");
  const utf16 = utf16Without(bytes);
  if (utf16) return judged(iconv().decode(Buffer.from(bytes), utf16), utf16);
  if (hasZeros(bytes)) throw new SverkaError("looks like a binary file (it contains NUL bytes), not a text document", { path });
  const asUtf8 = decodeUtf8(bytes, true);
  if (asUtf8 !== undefined) return judged(asUtf8, "utf-8");
  const damaged = damagedUtf8(bytes, options.language);
  if (damaged) throw new SverkaError(`${damaged}; ${nameIt(options)} if it is not UTF-8`, { path });
  const guess = guessEncoding(bytes, [...(options.language?.legacyEncodings ?? []), ...(options.preferred ?? [])]);
  if (!guess) throw new SverkaError(`is not UTF-8 and its encoding cannot be told: ${nameIt(options)}`, { path });
  const text = iconv().decode(Buffer.from(bytes), guess);
  if (!implausible(text, guess, options.language)) return { text, encoding: guess };
  // chardet's guess gives mojibake: the first of the language's own encodings that gives clean text wins.
  for (const name of options.language?.legacyEncodings ?? []) {
    const other = iconv().decode(Buffer.from(bytes), name);
    if (!implausible(other, name, options.language)) return { text: other, encoding: name };
  }
  return judged(text, guess);
}

/** Invalid sequences at most this share of a text's other characters beyond ASCII make it UTF-8 with a few bytes damaged. */
const DAMAGED_SHARE = 0.01;

/**
 * What is wrong with bytes that are UTF-8 but for a few (a byte lost in a copy, a word pasted from a file of another
 * encoding), read clean otherwise; undefined where they are not: a text in a legacy code page has no valid UTF-8
 * beyond ASCII ("café" in windows-1252 is one byte wrong, and no other). Stranger 247: one such byte was reported as
 * the file "read as big5", and a script's author looked for a code page; in a short file it was read as "�" unsaid.
 */
function damagedUtf8(bytes: Uint8Array, language: DecodeLanguage | undefined): string | undefined {
  const text = decodeUtf8(bytes, false)!;
  let count = 0;
  let first = -1;
  for (let k = text.indexOf("\ufffd"); k >= 0; k = text.indexOf("\ufffd", k + 1)) {
    if (first < 0) first = k;
    count++;
  }
  let beyondAscii = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f) beyondAscii++;
  if (count === 0 || count > DAMAGED_SHARE * (beyondAscii - count) || implausible(text.replaceAll("\ufffd", ""), "utf-8", language))
    return undefined;
  const before = text.slice(0, first);
  const line = before.split("\n").length;
  const column = first - before.lastIndexOf("\n");
  const byte = Buffer.byteLength(before, "utf8");
  const more = count > 1 ? ` (${count - 1} more after it)` : "";
  return `is UTF-8 but for bytes that are not, the first at line ${line}, column ${column} (byte ${byte})${more}: fix them`;
}

/** What to do about a decoding that failed: the encodings that give clean text, or how to name one. */
function advice(bytes: Uint8Array, options: DecodeOptions, failed: string, forced: boolean): string {
  const clean = candidates(bytes, options).filter((name) => name !== failed && decodesCleanly(bytes, name, options.language));
  const option = options.encodingOption ?? "--encoding";
  const where = options.language ? `clean ${options.language.name} text` : "clean text";
  if (clean.length > 0) {
    const fix = forced ? `give ${option} ${clean[0]}` : `name it with ${option} ${clean[0]}`;
    return `it reads as ${where} in ${clean.join(", ")}; ${fix}`;
  }
  return forced
    ? `the ${option} given does not fit it, and no common encoding gives ${where}: ${nameIt(options)}`
    : `no common encoding gives ${where}: ${nameIt(options)}, or check that it is ${article(options.language?.name ?? "text")} document`;
}

function nameIt(options: DecodeOptions): string {
  return `name its encoding with ${options.encodingOption ?? "--encoding"} (e.g. windows-1251, koi8-r, iso-8859-5, windows-1252)`;
}

/** Encodings worth trying on these bytes, most likely first. */
function candidates(bytes: Uint8Array, options: DecodeOptions): string[] {
  // Without the language's script to judge by, any 8-bit decoding looks clean: only those the caller prefers are named.
  const legacy = options.language?.scripts.length ? options.language.legacyEncodings : [];
  const unicode = hasZeros(bytes) ? ["utf-16le", "utf-16be"] : ["utf-8"];
  return [...new Set([...unicode, ...legacy, ...(options.preferred ?? [])])];
}

function decodesCleanly(bytes: Uint8Array, name: string, language: DecodeLanguage | undefined): boolean {
  if (!iconv().encodingExists(name)) return false;
  const text = name === "utf-8" ? decodeUtf8(stripUtf8Bom(bytes), true) : iconv().decode(Buffer.from(bytes), name, { stripBOM: true });
  return text !== undefined && !implausible(text, name, language);
}

function stripUtf8Bom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** The bytes as UTF-8 (a BOM left out); with `fatal`, undefined where they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

function zeroBytes(bytes: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  const n = Math.min(bytes.length, 64 * 1024);
  for (let k = 0; k < n; k++) if (bytes[k] === 0) k % 2 === 0 ? even++ : odd++;
  return { even, odd };
}

function hasZeros(bytes: Uint8Array): boolean {
  const z = zeroBytes(bytes);
  return z.even + z.odd > 0;
}

/** UTF-16 without a BOM: the high byte of every space, digit and ASCII letter is zero, on one side only. */
function utf16Without(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const zeros = zeroBytes(bytes);
  const half = Math.min(bytes.length, 64 * 1024) / 2;
  if (zeros.odd > 0.08 * half && zeros.even < 0.01 * half) return "utf-16le";
  if (zeros.even > 0.08 * half && zeros.odd < 0.01 * half) return "utf-16be";
  return undefined;
}

function guessEncoding(bytes: Uint8Array, preferred: readonly string[]): string | undefined {
  const candidates = chardet()
    .analyse(bytes)
    .filter((m) => iconv().encodingExists(m.name));
  if (candidates.length === 0) return undefined;
  const top = candidates[0]!.confidence;
  // The language's own legacy encodings win when they are close to the best guess.
  for (const name of preferred) {
    const c = candidates.find((m) => m.name.toLowerCase() === name);
    if (c && c.confidence >= top - 5) return c.name.toLowerCase();
  }
  return candidates[0]!.name.toLowerCase();
}

/** Enough of a long document to judge its decoding by: a wrong one shows everywhere. */
const SAMPLE = 200_000;

/**
 * Why a decoding is not plausible text, or undefined if it is. `forcedBytes`
 * are the bytes when the encoding was given rather than found: then bytes
 * that are valid UTF-8 read in a legacy encoding are refused outright.
 */
export function implausible(text: string, encoding: string, language?: DecodeLanguage, forcedBytes?: Uint8Array): string | undefined {
  // Two or fewer pass whatever the length: most texts have none, and a native scan finds that out (a tenth of what counting takes).
  const bad = fewUnreadable(text) ? { count: 0, total: 0 } : unreadable(text);
  if (bad.count > Math.max(2, 0.02 * bad.total)) return `it gives ${bad.count} unreadable characters`;
  const legacy = !/^utf/.test(encoding);
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (legacy && forcedBytes && isMultibyteUtf8(forcedBytes)) return `it gives mojibake ("${excerpt(sample)}"): the file is UTF-8`;
  const misread = utf8Misread(sample);
  if (misread)
    return legacy
      ? `it gives mojibake ("${misread.sample}", UTF-8 read as ${misread.as})`
      : `it holds mojibake ("${misread.sample}": UTF-8 text once read as ${misread.as} and saved again)`;
  if (legacy && language) return wrongLetters(sample, language);
  return undefined;
}

/** The code units `unreadable` counts. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const UNREADABLE = /[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f\u0080-\u009f]/g;

/** At most two characters that `unreadable` counts. */
function fewUnreadable(text: string): boolean {
  UNREADABLE.lastIndex = 0;
  let found = 0;
  while (found <= 2 && UNREADABLE.exec(text)) found++;
  return found <= 2;
}

/** Replacement characters and control characters other than tab and line ends, of all characters but spaces. */
function unreadable(text: string): { count: number; total: number } {
  // Code units, not characters: a long document is counted without a string per character.
  let count = 0;
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x80 && c <= 0x9f)) count++;
    else if (!isSpace(c)) letters++;
  }
  return { count, total: count + letters };
}

/** Bytes that are valid UTF-8 with at least a few multi-byte characters: no legacy text looks like that by chance. */
function isMultibyteUtf8(bytes: Uint8Array): boolean {
  if (decodeUtf8(stripUtf8Bom(bytes), true) === undefined) return false;
  let multi = 0;
  for (let k = 0; k < bytes.length && multi < 3; k++) if (bytes[k]! >= 0xc2 && bytes[k]! <= 0xf4) multi++;
  return multi >= 3;
}

/** The start of the first run of non-ASCII text, to show what the mojibake looks like (exported for tests/reference/decode.ts). */
export function excerpt(text: string): string {
  const at = text.search(/[^\p{ASCII}]/u);
  return text
    .slice(Math.max(0, at), Math.max(0, at) + 12)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * What UTF-8 looks like read in a legacy 8-bit encoding: the lead byte of a
 * two-byte character (0xC2-0xF4) and a continuation byte (0x80-0xBF) as two
 * characters of that encoding ("Ã©" in windows-1252, "Р‘" in windows-1251,
 * "п■" in KOI8-R).
 */
let signatures: ReadonlyArray<{ as: string; pair: RegExp }> | undefined;

/** The signatures, built the first time they are asked for (iconv-lite is not loaded with sverka; exported for tests/reference/decode.ts). */
export function mojibakeSignatures(): ReadonlyArray<{ as: string; pair: RegExp }> {
  signatures ??= buildSignatures();
  return signatures;
}

/** Per code unit, a bit for each signature (in the order of UPPER_HALVES) whose continuation class (bytes 0x80-0xBF) it is in. */
let continuations: Uint8Array | undefined;

function continuationBits(): Uint8Array {
  if (!continuations) {
    continuations = new Uint8Array(0x10000);
    Object.keys(UPPER_HALVES).forEach((as, bit) => {
      for (const c of [...UPPER_HALVES[as]!].slice(0, 0x40))
        if (c !== "\ufffd" && c !== " " && c !== "\u00a0") continuations![c.charCodeAt(0)]! |= 1 << bit;
    });
  }
  return continuations;
}

/**
 * The characters of bytes 0x80-0xFF in each of those encodings, as
 * iconv-lite decodes them (U+FFFD: no character). Written out here so that
 * checking a UTF-8 file, the common case, does not load iconv-lite (a tenth
 * of a small job's start-up); tests/startup.test.ts compares them with it.
 */
export const UPPER_HALVES: Readonly<Record<string, string>> = {
  "windows-1252":
    "€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ",
  "windows-1251":
    "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\ufffd™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя",
  "koi8-r":
    "─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u00a0⌡°²·÷═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ",
  "windows-1250":
    "€\ufffd‚\ufffd„…†‡\ufffd‰Š‹ŚŤŽŹ\ufffd‘’“”•–—\ufffd™š›śťžź\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙",
};

const buildSignatures = () =>
  Object.keys(UPPER_HALVES).map((as) => {
    // Characters of `as` for bytes from..to; never a space, a no-break space or an undefined byte.
    const chars = (from: number, to: number) =>
      `[${[...new Set([...UPPER_HALVES[as]!].slice(from - 0x80, to - 0x80 + 1))]
        .filter((c) => c !== "\ufffd" && c !== " " && c !== "\u00a0")
        .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
        .join("")}]`;
    const next = chars(0x80, 0xbf);
    // A two-byte character (lead 0xC2-0xDF), or a three-byte one (lead 0xE0-0xEF: "â€™" for a curly apostrophe).
    return { as, pair: new RegExp(`${chars(0xc2, 0xdf)}${next}|${chars(0xe0, 0xef)}${next}${next}`, "g") };
  });

/** The legacy encoding UTF-8 text looks read in, when most of its non-ASCII characters pair up as such mojibake. */
export function utf8Misread(text: string): { as: string; sample: string } | undefined {
  let nonAscii = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f && !isSpace(text.charCodeAt(k))) nonAscii++;
  if (nonAscii < 6) return undefined;
  // A match is a lead and one or two continuations, so it is at most twice as long as its continuations: where the
  // text's continuation characters cannot make up half its non-ASCII ones, the signature is not looked for (Cyrillic text).
  const bits = continuationBits();
  const counts = Object.keys(UPPER_HALVES).map(() => 0);
  for (let k = 0; k < text.length; k++) {
    const b = bits[text.charCodeAt(k)]!;
    if (b !== 0) for (let i = 0; i < counts.length; i++) counts[i]! += (b >> i) & 1;
  }
  for (const [i, { as, pair }] of mojibakeSignatures().entries()) {
    if (counts[i]! < 3 || 2 * counts[i]! < 0.5 * nonAscii) continue;
    const found = text.match(pair) ?? [];
    const chars = found.reduce((sum, m) => sum + m.length, 0);
    if (found.length >= 3 && chars >= 0.5 * nonAscii) return { as, sample: excerpt(text.slice(text.search(pair))) };
  }
  return undefined;
}

/** Letters a language does not use, for a legacy decoding: another script, letters outside its alphabet, scrambled case. */
function wrongLetters(text: string, language: DecodeLanguage): string | undefined {
  if (language.scripts.length === 0) return undefined;
  const script = new RegExp(`^[${language.scripts.map((s) => `\\p{Script=${s}}`).join("")}]$`, "u");
  const alphabet = language.alphabet ? new Set(language.alphabet) : undefined;
  let letters = 0;
  let inScript = 0;
  let foreign = 0;
  const strange = new Set<string>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (!script.test(ch)) continue;
    inScript++;
    if (alphabet && !alphabet.has(ch.toLowerCase())) {
      foreign++;
      if (strange.size < 6) strange.add(ch);
    }
  }
  if (letters < 8) return undefined;
  if (inScript < 0.5 * letters)
    return `it gives text that is mostly not in ${language.scripts.join(" or ")} script, as ${language.name} is`;
  if (alphabet && foreign > 0.1 * inScript)
    return `it gives letters that ${language.name} does not use (${[...strange].join(" ")}), a sign of the wrong code page`;
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  const scrambled = words.filter((w) => /\p{Ll}\p{Lu}/u.test(w)).length;
  // A code page whose capitals are the other's small letters (windows-1251 read as KOI8-R: "аЕКЕФЙХ ЙЗЛ БЕПЯХЪ"):
  // every word in capitals, the capitalised ones scrambled (stranger 247).
  const capitals = words.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase()).length;
  const turned = scrambled >= 3 && scrambled > 0.03 * words.length && capitals + scrambled > 0.6 * words.length;
  if (words.length >= 10 && (scrambled > 0.2 * words.length || turned))
    return `it gives words with scrambled letter case ("${words.find((w) => /\p{Ll}\p{Lu}/u.test(w))}"), a sign of the wrong code page`;
  return undefined;
}

/** The code units `\s` matches. */
export function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A word with its indefinite article, "an English", "a Bulgarian", "a text": by its first letter, as English says them. */
function article(word: string): string {
  return `${/^[AEIOUaeiou]/u.test(word) ? "an" : "a"} ${word}`;
}
