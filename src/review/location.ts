/**
 * Where a flagged sentence lies in its input file: line and column, counted
 * from 1 as editors and CI systems count them. Segment offsets point into the
 * decoded file for .txt, .md, .srt and .vtt inputs, so lines and columns are those of the
 * file; for .html, .docx, .odt and .rtf they point into the text extracted
 * from the file, whose lines are not the file's, and no line is given.
 */
import { readFile, stat } from "node:fs/promises";
import { decodeBytes } from "../read/decode.js";
import { formatForInput, type InputFormat, streamedBytes } from "../read/index.js";

/** A line (1-based) and column (1-based, in UTF-16 code units: a tab or a Cyrillic letter is one column). */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Line starts of a text, for turning offsets into lines and columns. CRLF, LF and a lone CR each end a line. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) this.starts.push(k + 1);
    }
  }

  /** The line and column of UTF-16 offset `offset` (clamped to the text). */
  at(offset: number): LineColumn {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length;
    // The last line starting at or before `at`.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return { line: lo, column: at - this.starts[lo - 1]! + 1 };
  }
}

/** Input formats whose segment offsets point into the file itself, so lines and columns are the file's. */
export const LINE_FORMATS: ReadonlySet<InputFormat> = new Set(["txt", "md", "srt", "vtt"]);

/**
 * The decoded text of an input file that segment offsets point into, or
 * undefined when they do not point into the file (HTML, DOCX, ODT, RTF) or it
 * cannot be read now. `encoding` is the one the file was read with (a
 * bitext's `Side.encoding`).
 */
export async function readLineIndex(
  path: string,
  options: { encoding?: string; format?: InputFormat } = {},
): Promise<LineIndex | undefined> {
  const format = options.format ?? formatForInput(path);
  if (!LINE_FORMATS.has(format)) return undefined;
  try {
    // Standard input or a pipe: what was read (it cannot be read again). Anything else but a file is not read.
    const bytes = streamedBytes(path) ?? ((await stat(path)).isFile() ? await readFile(path) : undefined);
    if (bytes === undefined || bytes.subarray(0, 5).toString("latin1") === "{\\rtf") return undefined;
    return new LineIndex(decodeBytes(bytes, { encoding: options.encoding, path }).text);
  } catch {
    return undefined;
  }
}
