import { getLanguage, type LanguageProfile } from "../lang/index.js";
import { isSpace } from "../read/decode.js";
import type { Segment } from "../types.js";
import { splitUnits } from "./blocks.js";
import { sentenceBoundaries, userAbbreviations } from "./sentences.js";

export interface SegmentOptions {
  /** The text is already one segment a line; blank lines separate paragraphs. */
  readonly segmented?: boolean;
  /**
   * More abbreviations of the text's language, as written ("прил.", "Ив", "et seq."):
   * a sentence never ends at one. See `parseAbbreviations` for the file format.
   */
  readonly abbreviations?: readonly string[];
  /**
   * Every line ends where its writer ended it, as a subtitle cue's lines do: no line is read as prose wrapped at a
   * width, so a line that stops without a full stop ends its sentence unless the next opens in lowercase (or goes on
   * after an ellipsis). Subtitles often drop the full stop at a cue's end.
   */
  readonly linesAsWritten?: boolean;
}

/**
 * Cuts a document into segments. Every character of `text` lies in exactly one
 * segment or in the white space between segments; segments keep their offsets.
 */
export function segment(text: string, lang: string, options: SegmentOptions = {}): Segment[] {
  const profile = getLanguage(lang);
  const segments: Segment[] = [];
  const push = (start: number, end: number, paragraph: number) => {
    // Trim to the first and last non-space character so offsets frame the text exactly.
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) segments.push({ id: segments.length, text: text.slice(start, end), start, end, paragraph });
  };
  if (options.segmented) {
    linesOf(text, (start, end, paragraph) => {
      segments.push({ id: segments.length, text: text.slice(start, end), start, end, paragraph });
    });
    return segments;
  }
  sentencesOf(text, profile, options, push);
  return segments;
}

/**
 * The lines of a pre-split text ("\n", "\r\n" or "\r" ends one), white space
 * trimmed at both ends, given to `push` with their paragraph: a run of blank
 * lines after a line starts the next. Read code by code, not by a pattern and
 * a copy of each line: the two sides of a 100,000-line pair in 120-180 ms,
 * not 300-420, while the task threads wait.
 */
function linesOf(text: string, push: (start: number, end: number, paragraph: number) => void): void {
  let paragraph = 0;
  let blank = false;
  let any = false;
  const n = text.length;
  let at = 0;
  while (at < n) {
    let end = at;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    let start = at;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) blank = any;
    else {
      if (blank) paragraph++;
      blank = false;
      any = true;
      push(start, end, paragraph);
    }
    at = next;
  }
}

/**
 * Cuts running text into sentences, each given to `push` as offsets and its
 * paragraph (untrimmed); returns how many paragraphs the text holds.
 */
function sentencesOf(
  text: string,
  profile: LanguageProfile,
  options: SegmentOptions,
  push: (start: number, end: number, paragraph: number) => void,
): number {
  const user = userAbbreviations(options.abbreviations ?? []);
  const units = splitUnits(text, profile, options.linesAsWritten);
  for (const unit of units) {
    const body = text.slice(unit.start, unit.end);
    let from = 0;
    for (const cut of sentenceBoundaries(body, profile, user)) {
      push(unit.start + from, unit.start + cut, unit.paragraph);
      from = cut;
    }
    push(unit.start + from, unit.end, unit.paragraph);
  }
  // Every paragraph (a block of lines that are not blank) makes at least one unit.
  return units.length ? units[units.length - 1]!.paragraph + 1 : 0;
}

/**
 * Segments [from, to) as their texts and paragraphs, what a task thread is
 * sent of them: strings and a typed array clone fast, objects do not. One
 * loop, no copy of the segment list (200,000 segments at each step of a long pair).
 */
export function textsAndParagraphs(segments: readonly Segment[], from: number, to: number): { texts: string[]; paragraphs: Int32Array } {
  const texts: string[] = [];
  const paragraphs = new Int32Array(Math.max(0, to - from));
  for (let k = from; k < to; k++) {
    const g = segments[k]!;
    texts.push(g.text);
    paragraphs[k - from] = g.paragraph;
  }
  return { texts, paragraphs };
}

/** The segments of a part of a running text (`textParts`) as numbers, to cross between threads. */
export interface SegmentedPart {
  /** Offsets into the part where each segment starts and ends, and its paragraph, counted from the part's first. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly paragraphs: Int32Array;
  /** How many paragraphs the part holds: the next part's are counted after them. */
  readonly paragraphCount: number;
}

/**
 * Where a running text can be cut so that its parts, segmented apart
 * (`segmentPart`) and joined, give what `segment` gives the whole: just
 * after an empty line, where a paragraph has ended and a line starts. About
 * `size` characters a part (a text without empty lines stays whole).
 * Offsets where the parts start, the first 0.
 */
export function textParts(text: string, size: number): number[] {
  const starts = [0];
  let from = size;
  while (text.length - starts[starts.length - 1]! > 1.5 * size) {
    const at = blankLineEnd(text, from);
    if (at < 0 || at >= text.length) break;
    starts.push(at);
    from = at + size;
  }
  return starts;
}

/** The first offset from `from` on that ends an empty line ("\n\n", "\r\n\r\n", "\r\r\n"...) with a "\n": -1 if none. */
function blankLineEnd(text: string, from: number): number {
  for (let i = text.indexOf("\n", from); i >= 0; i = text.indexOf("\n", i + 1)) {
    // The line break ending here ("\r\n" or "\n") and the one before it, with nothing between: an empty line.
    const brk = text.charCodeAt(i - 1) === 13 ? i - 1 : i;
    const before = text.charCodeAt(brk - 1);
    if (brk > 0 && (before === 10 || before === 13)) return i + 1;
  }
  return -1;
}

/** `segment` of a part of a running text (`textParts`), as numbers. */
export function segmentPart(text: string, lang: string, options: SegmentOptions = {}): SegmentedPart {
  const starts: number[] = [];
  const ends: number[] = [];
  const paragraphs: number[] = [];
  const paragraphCount = sentencesOf(text, getLanguage(lang), options, (start, end, paragraph) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) {
      starts.push(start);
      ends.push(end);
      paragraphs.push(paragraph);
    }
  });
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), paragraphs: Int32Array.from(paragraphs), paragraphCount };
}

/** The segments of a text from those of its parts (`textParts`, `segmentPart`), as `segment` gives them for the whole. */
export function joinParts(text: string, partStarts: readonly number[], parts: readonly SegmentedPart[]): Segment[] {
  const segments: Segment[] = [];
  let paragraph = 0;
  parts.forEach((part, k) => {
    const offset = partStarts[k]!;
    for (let x = 0; x < part.starts.length; x++) {
      const start = offset + part.starts[x]!;
      const end = offset + part.ends[x]!;
      segments.push({ id: segments.length, text: text.slice(start, end), start, end, paragraph: paragraph + part.paragraphs[x]! });
    }
    paragraph += part.paragraphCount;
  });
  return segments;
}
