/**
 * Whether a character is a letter, a number or a mark, as `\p{L}`, `\p{N}` and
 * `\p{M}` of a case-insensitive Unicode regular expression (flags `iu`) say.
 *
 * Why not those classes in the patterns themselves: V8 compiles every
 * occurrence of a property class into a range table of its own, then again into
 * machine code once the pattern runs twice, several milliseconds a class; a
 * pattern with thirty of them costs more to compile than a short run spends
 * matching. Here the common scripts are looked up in a table filled without any
 * pattern, and any other character is asked of three one-class patterns once,
 * then remembered, so the answer is always the regular expressions' own.
 */

/** Bits of `charBits`. */
export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;

/** Per BMP code unit: 0 not looked up yet, else KNOWN | bits. */
const KNOWN = 8;
const table = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function fill(from: number, to: number, bits: number): void {
  table.fill(KNOWN | bits, from, to + 1);
}

// Ranges whose classes have not changed since Unicode 7 (tests/chars.test.ts checks every code point against the patterns).
fill(0x00, 0x7f, 0);
fill(0x30, 0x39, NUMBER);
fill(0x41, 0x5a, LETTER);
fill(0x61, 0x7a, LETTER);
fill(0x80, 0xbf, 0);
for (const c of [0xaa, 0xb5, 0xba]) table[c] = KNOWN | LETTER;
for (const c of [0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe]) table[c] = KNOWN | NUMBER;
fill(0xc0, 0x2af, LETTER);
table[0xd7] = KNOWN;
table[0xf7] = KNOWN;
fill(0x300, 0x36f, MARK);
// The combining ypogegrammeni folds to iota: a letter to a case-insensitive pattern.
table[0x345] = KNOWN | LETTER | MARK;
fill(0x400, 0x52f, LETTER);
table[0x482] = KNOWN;
fill(0x483, 0x489, MARK);
fill(0x2000, 0x2064, 0);
fill(0x2066, 0x206f, 0);
fill(0x20a0, 0x20bf, 0);

let patterns: readonly [RegExp, RegExp, RegExp] | undefined;

function lookUp(cp: number): number {
  patterns ??= [/\p{L}/iu, /\p{N}/iu, /\p{M}/iu];
  const c = String.fromCodePoint(cp);
  return (patterns[0].test(c) ? LETTER : 0) | (patterns[1].test(c) ? NUMBER : 0) | (patterns[2].test(c) ? MARK : 0);
}

/** LETTER | NUMBER | MARK bits of a code point, as `/\p{L}/iu`, `/\p{N}/iu`, `/\p{M}/iu` match it. */
export function charBits(cp: number): number {
  if (cp < 0x10000) {
    const v = table[cp]!;
    if (v !== 0) return v & 7;
    const bits = lookUp(cp);
    table[cp] = KNOWN | bits;
    return bits;
  }
  let bits = astral.get(cp);
  if (bits === undefined) {
    bits = lookUp(cp);
    astral.set(cp, bits);
  }
  return bits;
}
