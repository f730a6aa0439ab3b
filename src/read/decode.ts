import chardet from "chardet";
import iconv from "iconv-lite";
import { SverkaError } from "../errors.js";

export interface Decoded {
  readonly text: string;
  /** What the bytes were: "utf-8", "utf-8 (BOM)", "utf-16le", "windows-1251", ... */
  readonly encoding: string;
}

/**
 * Bytes to text: a byte-order mark wins; then UTF-8 if the bytes are valid
 * UTF-8; then UTF-16 recognised by its zero bytes; then the best guess of
 * `chardet`, where the language's own legacy encodings (windows-1251 for
 * Bulgarian) win near-ties. `encoding` forces one. Text that decodes to many
 * replacement or control characters is refused with a hint, never passed on
 * as mojibake.
 */
export function decodeBytes(bytes: Uint8Array, options: { encoding?: string; preferred?: readonly string[]; path?: string } = {}): Decoded {
  const path = options.path ?? "<input>";
  if (options.encoding) {
    const name = options.encoding.toLowerCase();
    if (!iconv.encodingExists(name))
      throw new SverkaError(`unknown encoding "${options.encoding}" (try utf-8, windows-1251, koi8-r, iso-8859-5, utf-16le)`, { path });
    return checked(iconv.decode(Buffer.from(bytes), name, { stripBOM: true }), name, path, true);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checked(utf8(bytes.subarray(3), path)!, "utf-8 (BOM)", path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return checked(iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), "utf-16le (BOM)", path);
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return checked(iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), "utf-16be (BOM)", path);
  const zeros = zeroBytes(bytes);
  if (zeros.even + zeros.odd > 0) {
    // UTF-16 without a BOM: the high byte of every space, digit and ASCII letter is zero, on one side only.
    const half = Math.min(bytes.length, 64 * 1024) / 2;
    if (zeros.odd > 0.08 * half && zeros.even < 0.01 * half) return checked(iconv.decode(Buffer.from(bytes), "utf-16le"), "utf-16le", path);
    if (zeros.even > 0.08 * half && zeros.odd < 0.01 * half) return checked(iconv.decode(Buffer.from(bytes), "utf-16be"), "utf-16be", path);
    throw new SverkaError("looks like a binary file (it contains NUL bytes), not a text document", { path });
  }
  const asUtf8 = utf8(bytes, path);
  if (asUtf8 !== undefined) return checked(asUtf8, "utf-8", path);
  const guess = guessEncoding(bytes, options.preferred ?? []);
  if (!guess) throw new SverkaError("is not UTF-8 and its encoding cannot be told: name it with --encoding (e.g. windows-1251)", { path });
  return checked(iconv.decode(Buffer.from(bytes), guess), guess, path);
}

function utf8(bytes: Uint8Array, _path: string): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
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

function guessEncoding(bytes: Uint8Array, preferred: readonly string[]): string | undefined {
  const candidates = chardet.analyse(bytes).filter((m) => iconv.encodingExists(m.name));
  if (candidates.length === 0) return undefined;
  const top = candidates[0]!.confidence;
  // The language's own legacy encodings win when they are close to the best guess.
  for (const name of preferred) {
    const c = candidates.find((m) => m.name.toLowerCase() === name);
    if (c && c.confidence >= top - 5) return c.name.toLowerCase();
  }
  return candidates[0]!.name.toLowerCase();
}

function checked(text: string, encoding: string, path: string, forced = false): Decoded {
  // Code units, not characters: a long document is counted without a string per character.
  let bad = 0;
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x80 && c <= 0x9f)) bad++;
    else if (!isSpace(c)) letters++;
  }
  if (bad > Math.max(2, 0.02 * (bad + letters))) {
    const hint = forced ? "the --encoding given does not fit it" : "if it is text, name its encoding with --encoding (e.g. windows-1251)";
    throw new SverkaError(`decodes as ${encoding} to ${bad} unreadable characters: ${hint}`, { path });
  }
  return { text, encoding };
}

/** The code units `\s` matches. */
function isSpace(c: number): boolean {
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
