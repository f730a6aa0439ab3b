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

/**
 * The letters, numbers and marks of the scripts most texts here are written
 * in (Latin and Cyrillic), as character-class ranges: `\p{L}`, `\p{N}` and
 * `\p{M}` narrowed to them. A class of ten ranges compiles in a few
 * microseconds; `\p{L}` takes a millisecond or more, twice (tier-up).
 */
const NARROW: Readonly<Record<string, string>> = {
  L: String.raw`A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0400-\u0481\u048a-\u052f`,
  N: String.raw`0-9\u00b2\u00b3\u00b9\u00bc-\u00be`,
  M: String.raw`\u0300-\u0344\u0346-\u036f\u0483-\u0489`,
};

/**
 * A character outside the texts a narrowed pattern may run on: not in Latin
 * (up to IPA), the combining diacritics (but the ypogegrammeni, a letter to a
 * case-insensitive pattern), Cyrillic, general punctuation, currency signs,
 * arrows and mathematical, technical and box-drawing symbols, or emoji. In
 * those, a letter, number or mark is one of the NARROW ranges and any other
 * character is none of the three, whatever the flags (tests/chars.test.ts
 * checks every code point).
 */
const OUTSIDE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: ranges of code points, no letter with its combining mark
  /[^\0-\u02af\u0300-\u0344\u0346-\u036f\u0400-\u052f\u2000-\u2064\u2066-\u206f\u20a0-\u20bf\u2116\u2122\u2190-\u23ff\u2500-\u26ff\u{1f300}-\u{1f64f}\u{1f680}-\u{1f6ff}\u{1f900}-\u{1f9ff}]/u;

/**
 * Uppercase and lowercase letters (`\p{Lu}`, `\p{Ll}`) of a pattern without the
 * i flag, narrowed to the letters of Latin-1 and basic Cyrillic: the texts they
 * may run on are SIMPLE ones (Latin Extended, where upper and lower case
 * alternate letter by letter, would take hundreds of ranges).
 */
const NARROW_CASED: Readonly<Record<string, string>> = {
  Lu: String.raw`A-Z\u00c0-\u00d6\u00d8-\u00de\u0400-\u042f`,
  Ll: String.raw`a-z\u00b5\u00df-\u00f6\u00f8-\u00ff\u0430-\u045f`,
};

/** A character outside the texts a pattern with narrowed `\p{Lu}` and `\p{Ll}` may run on: as OUTSIDE, without Latin Extended and the rest of Cyrillic. */
const SIMPLE_OUTSIDE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: ranges of code points, no letter with its combining mark
  /[^\0-\u00ff\u0300-\u0344\u0346-\u036f\u0400-\u045f\u2000-\u2064\u2066-\u206f\u20a0-\u20bf\u2116\u2122\u2190-\u23ff\u2500-\u26ff\u{1f300}-\u{1f64f}\u{1f680}-\u{1f6ff}\u{1f900}-\u{1f9ff}]/u;

/**
 * OUTSIDE and SIMPLE_OUTSIDE without the emoji and without the u flag: a scan
 * by code unit, two to three times as fast. A text in which it finds nothing
 * (most texts: no surrogate, nothing outside) is inside; only a text with an
 * emoji or a character outside is scanned again by code point.
 */
const OUTSIDE_BMP =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: ranges of code units, no letter with its combining mark
  /[^\0-\u02af\u0300-\u0344\u0346-\u036f\u0400-\u052f\u2000-\u2064\u2066-\u206f\u20a0-\u20bf\u2116\u2122\u2190-\u23ff\u2500-\u26ff]/;
const SIMPLE_OUTSIDE_BMP =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: ranges of code units, no letter with its combining mark
  /[^\0-\u00ff\u0300-\u0344\u0346-\u036f\u0400-\u045f\u2000-\u2064\u2066-\u206f\u20a0-\u20bf\u2116\u2122\u2190-\u23ff\u2500-\u26ff]/;

/** Texts whose answer each test keeps. */
const RECENT = 8;

/**
 * The answers for the last few texts asked about, per test: patterns run one
 * after the other on a few texts at a time (a link's two sides, its segments,
 * a name in them), each pattern asking again; one remembered text left most
 * of them to scan again (3 % of the CPU time of a review of text that never repeats).
 */
class RecentTexts {
  private readonly texts = new Array<string | undefined>(RECENT).fill(undefined);
  private readonly answers = new Array<boolean>(RECENT).fill(false);
  private next = 0;

  constructor(
    private readonly outside: RegExp,
    private readonly outsideBmp: RegExp,
  ) {}

  /** Whether no character of `text` is one `outside` finds. */
  inside(text: string): boolean {
    const texts = this.texts;
    for (let k = 0; k < texts.length; k++) if (texts[k] === text) return this.answers[k]!;
    const is = !this.outsideBmp.test(text) || !this.outside.test(text);
    texts[this.next] = text;
    this.answers[this.next] = is;
    this.next = (this.next + 1) % texts.length;
    return is;
  }
}

const plainTexts = new RecentTexts(OUTSIDE, OUTSIDE_BMP);
const simpleTexts = new RecentTexts(SIMPLE_OUTSIDE, SIMPLE_OUTSIDE_BMP);

/** Whether every letter, number and mark of `text` is in the NARROW ranges and no other character is in them (see OUTSIDE). */
export function isPlainText(text: string): boolean {
  return plainTexts.inside(text);
}

/** Whether `text` is plain and its letters are of Latin-1 and basic Cyrillic, where NARROW_CASED holds (see SIMPLE_OUTSIDE). */
export function isSimpleText(text: string): boolean {
  return simpleTexts.inside(text);
}

/**
 * A pattern's source with `\p{L}`, `\p{N}` and `\p{M}` (and `\P{...}` outside a
 * class) narrowed to the NARROW ranges; with `cased`, `\p{Lu}` and `\p{Ll}` too,
 * to the NARROW_CASED ones.
 */
export function narrowSource(source: string, cased = false): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const m = /^[pP]\{(L[ul]?|N|M)\}/.exec(source.slice(i + 1, i + 7));
      const ranges = m && (m[1]!.length === 1 ? NARROW[m[1]!] : cased ? NARROW_CASED[m[1]!] : undefined);
      if (m && ranges && (source[i + 1] === "p" || !inClass)) {
        out += inClass ? ranges : `[${source[i + 1] === "P" ? "^" : ""}${ranges}]`;
        i += m[0].length;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * A regular expression compiled in two forms, each when first needed: with
 * `\p{L}`, `\p{N}` and `\p{M}` (and, without the i flag, `\p{Lu}` and `\p{Ll}`)
 * narrowed to Latin and Cyrillic for texts that hold no other letters, numbers
 * or marks (the same matches there, for a fraction of the compile time), and as
 * written for any other text.
 */
export class NarrowablePattern {
  private narrowed: RegExp | undefined;
  private full: RegExp | undefined;
  /** Whether it has `\p{Lu}` or `\p{Ll}` to narrow: then it narrows on simple texts only. */
  private readonly cased: boolean;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    this.cased = !flags.includes("i") && /\\[pP]\{L[ul]\}/.test(source);
  }

  /** The form to run on `text` (the same object each time for the same form: a global or sticky pattern's lastIndex is its own). */
  for(text: string): RegExp {
    if (this.cased ? isSimpleText(text) : isPlainText(text)) {
      this.narrowed ??= new RegExp(narrowSource(this.source, this.cased), this.flags);
      return this.narrowed;
    }
    this.full ??= new RegExp(this.source, this.flags);
    return this.full;
  }

  test(text: string): boolean {
    return this.for(text).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.for(text).exec(text);
  }
}

/**
 * A `NarrowablePattern` of a pattern's source (written as String.raw`...`)
 * and flags, or of a regular expression. Not a literal where start-up counts:
 * V8 parses a literal's every property class, building its ranges, when the
 * literal is first evaluated (about a quarter of a millisecond each, at
 * module load for a pattern declared at the top), though it is never run.
 */
export function narrowable(source: string | RegExp, flags = ""): NarrowablePattern {
  return typeof source === "string" ? new NarrowablePattern(source, flags) : new NarrowablePattern(source.source, source.flags);
}

/**
 * Characters whose lowercase is their simple case folding (what a pattern with the `i` and `u` flags compares),
 * as one character: ASCII, Latin-1 but for the micro sign (folded to Greek mu), Latin Extended-A and B but for
 * the long s (folded to s), Cyrillic, general punctuation. A text of these alone, lowercased, matches a pattern of
 * lowercase words without the flag exactly as it matches the flag's pattern; any other text is matched with the flag.
 * ("İ" is one whose lowercase is two characters: the lowercase text is longer, and is matched with the flag too.)
 */
export const FOLDS_AS_LOWERCASE = /^[\0-\u00b4\u00b6-\u017e\u0180-\u024f\u0400-\u052f\u2000-\u206f]*$/;

/** Texts lately lowercased for `FoldedPattern`s, and their lowercase: the review asks many patterns of one text in turn. */
const LOWERCASED = 8;
const lowercasedTexts: string[] = [];
const lowercasedForms: Array<string | undefined> = [];
let nextLowercased = 0;

/** A text's lowercase where it folds as the `i` flag would (FOLDS_AS_LOWERCASE, every character in its place); else undefined. */
function lowercased(text: string): string | undefined {
  for (let k = 0; k < lowercasedTexts.length; k++) if (lowercasedTexts[k] === text) return lowercasedForms[k];
  const lower = FOLDS_AS_LOWERCASE.test(text) ? text.toLowerCase() : undefined;
  const form = lower !== undefined && lower.length === text.length ? lower : undefined;
  lowercasedTexts[nextLowercased] = text;
  lowercasedForms[nextLowercased] = form;
  nextLowercased = (nextLowercased + 1) % LOWERCASED;
  return form;
}

/** A match of a `FoldedPattern`: its words as the text writes them, and where they start. */
export interface Found {
  readonly 0: string;
  readonly index: number;
}

/**
 * A case-insensitive pattern (`i` and `u` flags) of lowercase words, run where lowercasing a text folds it as the flag
 * would (FOLDS_AS_LOWERCASE) on the lowercased text without the flag, narrowed as a `NarrowablePattern` is; any other
 * text gets the pattern as written. Compiled with the flag, every Cyrillic letter of an alternation of hundreds of
 * words is a class of its cases: a class of terms took 180 ms to run once, a third of a small pair's run. Only the
 * whole match is given, at its place in the text as written (lowercasing keeps every character in its place).
 */
export class FoldedPattern {
  private readonly lower: NarrowablePattern | undefined;
  private readonly anyCase: NarrowablePattern;

  /**
   * `source` with no capital letter outside its escapes and no cased class (`\p{Lu}`), else the flag stays on every
   * text; `flags` with `i`. A sticky pattern's groups are given too (`execAt`), by their places in the lowercased text.
   */
  constructor(source: string, flags: string) {
    this.anyCase = new NarrowablePattern(source, flags);
    const literal = source.replace(/\\[pP]\{[^}]*\}|\\./gu, "");
    const foldable = flags.includes("i") && literal === literal.toLowerCase() && !/\\[pP]\{L[ul]\}/u.test(source);
    this.lower = foldable ? new NarrowablePattern(source, `${flags.replace("i", "")}${flags.includes("y") ? "d" : ""}`) : undefined;
  }

  /** Whether it runs on a text lowercased where the text folds so (its source has no capital and no cased class). */
  get folds(): boolean {
    return this.lower !== undefined;
  }

  /** The text to run the pattern on, and the form to run there. */
  private formFor(text: string): readonly [RegExp, string] {
    const folded = this.lower && lowercased(text);
    return folded === undefined ? [this.anyCase.for(text), text] : [this.lower!.for(folded), folded];
  }

  /** The match of a sticky pattern starting at `at`, its words and groups as the text writes them. */
  execAt(text: string, at: number): RegExpExecArray | null {
    const [pattern, folded] = this.formFor(text);
    pattern.lastIndex = at;
    const m = pattern.exec(folded);
    if (!m || folded === text) return m;
    const original = m.indices!.map((span) => (span ? text.slice(span[0], span[1]) : undefined));
    return Object.assign(original, { index: m.index, input: text, groups: undefined }) as unknown as RegExpExecArray;
  }

  /** Whether it matches anywhere in the text (a global pattern's state left at the start for the next use). */
  test(text: string): boolean {
    const [pattern, folded] = this.formFor(text);
    pattern.lastIndex = 0;
    const found = pattern.test(folded);
    pattern.lastIndex = 0;
    return found;
  }

  /** Every match of a global pattern from the text's start: its words as the text writes them, and where they start. */
  matchAll(text: string): Found[] {
    const [pattern, folded] = this.formFor(text);
    return [...folded.matchAll(pattern)].map((m) => ({ 0: text.slice(m.index, m.index + m[0].length), index: m.index }));
  }
}

/** One of a `WordsPattern`'s alternatives: its source (lowercase words) and the lowercase characters every match of it opens with. */
export interface Alternative {
  readonly source: string;
  readonly opening: string;
}

/**
 * What `new FoldedPattern("(?<![\p{L}\p{N}-])(?:a|b|...)(?![\p{L}\p{N}-])", "giu")` finds, the same matches (at the
 * leftmost place, the first alternative that matches there), tried only where a word opens as some alternative does, and
 * there with only those. V8 tries each alternative of an alternation at every place of a text: the contrasts' 695
 * Bulgarian terms as one pattern took 2.4 s of a 100,000-segment pair's review.
 */
export class WordsPattern {
  /** The alternatives as one pattern: texts that do not fold as lowercase, and sources with capitals. */
  private readonly whole: FoldedPattern;
  /** Each alternative's index by its opening's first two characters, or its first one where that is all it fixes. */
  private readonly byOpening = new Map<string, number[]>();
  /** Alternatives that may open with anything. */
  private readonly anyOpening: number[] = [];
  /** Per code unit, 1 where an alternative may open with it (undefined: at any). */
  private readonly opens: Uint8Array | undefined;
  /** The pattern tried at a place, by the place's first two characters (null: none may open there). */
  private readonly sticky = new Map<string, NarrowablePattern | null>();

  constructor(private readonly alternatives: readonly Alternative[]) {
    const sources = alternatives.map((a) => a.source);
    this.whole = new FoldedPattern(`(?<![\\p{L}\\p{N}-])(?:${sources.join("|")})(?![\\p{L}\\p{N}-])`, "giu");
    const opens = new Uint8Array(0x10000);
    alternatives.forEach((a, k) => {
      if (a.opening === "") this.anyOpening.push(k);
      else {
        const key = a.opening.slice(0, 2);
        this.byOpening.set(key, [...(this.byOpening.get(key) ?? []), k]);
        opens[key.charCodeAt(0)] = 1;
      }
    });
    this.opens = this.anyOpening.length ? undefined : opens;
  }

  /** Every match from the text's start: its words as the text writes them, and where they start. */
  matchAll(text: string): Found[] {
    const lower = this.whole.folds ? lowercased(text) : undefined;
    if (lower === undefined) return this.whole.matchAll(text);
    const out: Found[] = [];
    const opens = this.opens;
    for (let at = 0; at < lower.length; at++) {
      if (opens && opens[lower.charCodeAt(at)] === 0) continue;
      if (at > 0 && insideWord(lower, at)) continue;
      const pattern = this.stickyAt(lower, at);
      if (!pattern) continue;
      const re = pattern.for(lower);
      re.lastIndex = at;
      const m = re.exec(lower);
      if (!m) continue;
      out.push({ 0: text.slice(at, at + m[0].length), index: at });
      at += m[0].length - 1;
    }
    return out;
  }

  /** The alternatives that may match at `at`, in their order, as one sticky pattern. */
  private stickyAt(lower: string, at: number): NarrowablePattern | null {
    const two = lower.slice(at, at + 2);
    let pattern = this.sticky.get(two);
    if (pattern !== undefined) return pattern;
    const ks = [...(this.byOpening.get(two) ?? []), ...(two.length === 2 ? (this.byOpening.get(two[0]!) ?? []) : []), ...this.anyOpening];
    ks.sort((a, b) => a - b);
    pattern = ks.length
      ? new NarrowablePattern(`(?:${ks.map((k) => this.alternatives[k]!.source).join("|")})(?![\\p{L}\\p{N}-])`, "yu")
      : null;
    this.sticky.set(two, pattern);
    return pattern;
  }
}

/** Whether the character before `at` is a letter, a number or a hyphen: `(?<![\p{L}\p{N}-])` fails there. */
function insideWord(text: string, at: number): boolean {
  const unit = text.charCodeAt(at - 1);
  if (unit === 0x2d) return true;
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  const cp = unit >= 0xdc00 && unit <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.codePointAt(at - 2)! : unit;
  return (charBits(cp) & (LETTER | NUMBER)) !== 0;
}
