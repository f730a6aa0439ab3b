import type { Segment, SegmentMarkup } from "../types.js";

/** A code block of a Markdown file, as the file writes it. */
export interface CodeBlock {
  /** Its code, fences and indentation aside. */
  readonly code: string;
  /** The file's line (from 1) where it opens. */
  readonly line: number;
  /** A fenced block with no closing fence: the rest of the file is read as its code. */
  readonly unclosed?: true;
}

/**
 * Where the text a reader extracted from a marked-up file (Markdown) lies in
 * that file. The text is built in pieces, each piece of it tied to a span of
 * the file; markup that opens or closes an inline element (`**`, `[`, `](url)`,
 * backticks, inline HTML tags) is remembered at the text offset where it
 * stands, so a sentence's span in the file can take in the markup touching
 * its edges. Spans the text keeps whole (inline code, a link) are remembered
 * too: no sentence boundary is put inside them.
 */
export class SourceMap {
  /** A Markdown file's code blocks, in file order: left out of the text, compared whole (src/review/code-blocks.ts). */
  readonly codeBlocks: CodeBlock[] = [];
  /** Pieces, in text order: text [textStart, +textLength) came from file [sourceStart, +sourceLength). */
  private readonly textStart: number[] = [];
  private readonly textLength: number[] = [];
  private readonly sourceStart: number[] = [];
  private readonly sourceLength: number[] = [];
  /** Text offset -> where the outermost element opening there starts in the file. */
  private readonly opens = new Map<number, number>();
  /** Text offset -> where the outermost element closing there ends in the file. */
  private readonly closes = new Map<number, number>();
  /** Text spans kept whole, disjoint and in order: [start, end) pairs. */
  private readonly whole: number[] = [];
  /** Inline code spans and link targets, in text order, at the text offset where their element starts. */
  private readonly markup: Array<{ readonly at: number; readonly kind: keyof SegmentMarkup; readonly value: string }> = [];

  /** Ties text [text, +textLength) to file [source, +sourceLength); equal lengths tie character to character. */
  piece(text: number, textLength: number, source: number, sourceLength: number): void {
    const k = this.textStart.length - 1;
    const verbatim = textLength === sourceLength;
    if (
      verbatim &&
      k >= 0 &&
      this.textLength[k] === this.sourceLength[k] &&
      this.textStart[k]! + this.textLength[k]! === text &&
      this.sourceStart[k]! + this.sourceLength[k]! === source
    ) {
      this.textLength[k]! += textLength;
      this.sourceLength[k]! += sourceLength;
      return;
    }
    this.textStart.push(text);
    this.textLength.push(textLength);
    this.sourceStart.push(source);
    this.sourceLength.push(sourceLength);
  }

  /** Markup starting at file offset `source` opens an element whose text starts at text offset `text`. */
  open(text: number, source: number): void {
    if (!this.opens.has(text)) this.opens.set(text, source);
  }

  /** Markup ending at file offset `source` closes an element whose text ends at text offset `text`. */
  close(text: number, source: number): void {
    this.closes.set(text, Math.max(source, this.closes.get(text) ?? source));
  }

  /** Text [start, end) is one thing (inline code, a link): no sentence ends inside it. Nested calls must come outermost last. */
  keepWhole(start: number, end: number): void {
    while (this.whole.length > 0 && this.whole[this.whole.length - 2]! >= start) this.whole.length -= 2;
    if (end > start) this.whole.push(start, end);
  }

  /** An inline code span's content or a link's target, whose element's text starts at text offset `at` (in text order). */
  addMarkup(at: number, kind: keyof SegmentMarkup, value: string): void {
    this.markup.push({ at, kind, value });
  }

  /** The file span of text [start, end): its first character to its last, widened over markup opening or closing at the edges. */
  span(start: number, end: number): { start: number; end: number } {
    return {
      start: this.opens.get(start) ?? this.sourceOf(start, "start"),
      end: this.closes.get(end) ?? this.sourceOf(end - 1, "end"),
    };
  }

  /**
   * Segments of the text, as the segmenter cut it, made segments of the file:
   * two segments of a paragraph whose boundary falls inside a span kept whole
   * become one, and offsets point into the file (`text` stays the text's).
   * A segment with inline code or links carries them (`markup`).
   */
  place(segments: readonly Segment[], text: string): Segment[] {
    const joined: { start: number; end: number; paragraph: number }[] = [];
    for (const s of segments) {
      const last = joined[joined.length - 1];
      if (last && last.paragraph === s.paragraph && this.cutsWhole(last.end, s.start)) last.end = s.end;
      else joined.push({ start: s.start, end: s.end, paragraph: s.paragraph });
    }
    let next = 0;
    return joined.map((s, id) => {
      const code: string[] = [];
      const links: string[] = [];
      while (next < this.markup.length && this.markup[next]!.at < s.start) next++;
      for (; next < this.markup.length && this.markup[next]!.at < s.end; next++) {
        const m = this.markup[next]!;
        (m.kind === "code" ? code : links).push(m.value);
      }
      const markup = code.length || links.length ? { markup: { code, links } } : {};
      return { id, text: text.slice(s.start, s.end), ...this.span(s.start, s.end), paragraph: s.paragraph, ...markup };
    });
  }

  /** Whether a boundary between text offsets `end` (of one segment) and `next` (the next one's start) lies inside a span kept whole. */
  private cutsWhole(end: number, next: number): boolean {
    const w = this.whole;
    let lo = 0;
    let hi = w.length / 2;
    // The last span starting before `end`.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (w[2 * mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && w[2 * (lo - 1) + 1]! > next;
  }

  /** File offset where the character at text offset `at` starts ("start") or ends ("end"). */
  private sourceOf(at: number, edge: "start" | "end"): number {
    const n = this.textStart.length;
    if (n === 0) return 0;
    let lo = 0;
    let hi = n;
    // The last piece starting at or before `at`.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.textStart[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    if (k < 0) return this.sourceStart[0]!;
    const pieceEnd = this.textStart[k]! + this.textLength[k]!;
    const sourceEnd = this.sourceStart[k]! + this.sourceLength[k]!;
    if (at >= pieceEnd) {
      // A character the reader made up (a line break for <br>): the nearest file offset on its side.
      return edge === "end" || k + 1 >= n ? sourceEnd : this.sourceStart[k + 1]!;
    }
    if (this.textLength[k] !== this.sourceLength[k]) return edge === "start" ? this.sourceStart[k]! : sourceEnd;
    return this.sourceStart[k]! + (at - this.textStart[k]!) + (edge === "end" ? 1 : 0);
  }
}
