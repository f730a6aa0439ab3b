/**
 * Pages set in two columns side by side, as `pdftotext -layout` gives them: each line of the text holds a line of the
 * left column, a gutter of spaces, and a line of the right one. Read as text, the two columns' sentences are
 * interleaved line by line (a leaflet, a brochure, a manual set in two columns): the links and the checks of such a
 * page mean little, and sverka cannot put the columns back in order without moving the text from where the file has
 * it. They are told, page by page, so that a reviewer converts the file otherwise.
 */

/** A page with fewer lines of text than this is not judged: a title page, a page's last lines. */
const MIN_LINES = 10;
/** The gutter stands in the middle of the page's width: between these shares of its longest line. */
const GUTTER_FROM = 0.3;
const GUTTER_TO = 0.7;
/** At least this share of the page's lines have a space at the gutter (a title across both columns may not)... */
const BLANK_SHARE = 0.9;
/** ...and this share have text on both sides of it. */
const BOTH_SHARE = 0.35;
/**
 * A column of running text fills its width: the text left of the gutter, on the lines with text on both sides,
 * reaches this share of the gutter's place, as a median. A table's cells are short, and end far from the next.
 */
const FILLED_SHARE = 0.6;

/**
 * Running text is mostly words in lowercase ("за", "потребителя", "the"): at least this share of a column's words.
 * A table's cells are labels, codes and figures ("Модел 100", "12 345").
 */
const PROSE_SHARE = 0.5;

/** Words counted on one side of a gutter, and those in lowercase. */
class Words {
  private all = 0;
  private lower = 0;
  count(text: string): void {
    for (const w of text.split(/\s+/u)) {
      if (w === "") continue;
      this.all++;
      if (/^\p{Ll}/u.test(w)) this.lower++;
    }
  }
  prose(): boolean {
    return this.all > 0 && this.lower >= PROSE_SHARE * this.all;
  }
}

/** The pages (1-based) of a text with form feeds between its pages that are set in two columns side by side. */
export function twoColumnPages(text: string): number[] {
  if (!text.includes("\f")) return [];
  const out: number[] = [];
  text.split("\f").forEach((page, p) => {
    if (twoColumns(page)) out.push(p + 1);
  });
  return out;
}

function twoColumns(page: string): boolean {
  const lines = page.split(/\r?\n/u).filter((line) => line.trim() !== "");
  if (lines.length < MIN_LINES) return false;
  const width = Math.max(...lines.map((line) => line.length));
  const isSpace = (line: string, x: number) => x >= line.length || line[x] === " " || line[x] === "\t";
  for (let x = Math.floor(GUTTER_FROM * width); x <= Math.ceil(GUTTER_TO * width); x++) {
    let blank = 0;
    const filled: number[] = [];
    const words = { left: new Words(), right: new Words() };
    for (const line of lines) {
      if (!isSpace(line, x)) continue;
      blank++;
      const left = line.slice(0, x).trimEnd();
      const right = line.slice(x + 1);
      if (left.trim() === "" || right.trim() === "") continue;
      filled.push(left.length);
      words.left.count(left);
      words.right.count(right);
    }
    if (blank < BLANK_SHARE * lines.length || filled.length < BOTH_SHARE * lines.length) continue;
    filled.sort((a, b) => a - b);
    if (filled[filled.length >> 1]! >= FILLED_SHARE * x && words.left.prose() && words.right.prose()) return true;
  }
  return false;
}
