import { getLanguage } from "../lang/index.js";
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
    let paragraph = 0;
    let blank = false;
    const re = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
    for (let m = re.exec(text); m && m[0] !== ""; m = re.exec(text)) {
      const line = m[0].replace(/[\r\n]+$/, "");
      if (line.trim() === "") {
        blank = segments.length > 0;
        continue;
      }
      if (blank) paragraph++;
      blank = false;
      push(m.index, m.index + line.length, paragraph);
    }
    return segments;
  }
  const user = userAbbreviations(options.abbreviations ?? []);
  for (const unit of splitUnits(text, profile)) {
    const body = text.slice(unit.start, unit.end);
    let from = 0;
    for (const cut of sentenceBoundaries(body, profile, user)) {
      push(unit.start + from, unit.start + cut, unit.paragraph);
      from = cut;
    }
    push(unit.start + from, unit.end, unit.paragraph);
  }
  return segments;
}
