/**
 * Plain text a PDF gave (`pdftotext`, a printer's text, an RFC): pages parted by form feeds, each with what the
 * layout adds to it, a running header, a footer, a page's number ("12/4/26, 4:08 PM", "World news", "1/7",
 * "Страница 5"). The translation's pages are not the original's: read as text, each of these lines was a sentence
 * with no translation or a number changed (a news item printed from a browser: 14 errors and 10 warnings on a
 * pair without a defect), and a sentence the page broke was cut in two.
 *
 * What most pages repeat at their top or bottom (its figures aside), and nowhere else, is left out, and a page
 * break is no break of the text: the last line of a page and the first of the next are two lines like any others
 * (a sentence wrapped there runs on). Every character keeps its place (what is left out is written over with
 * spaces), so offsets, lines and columns are the file's.
 */

/** The lines at a page's top and bottom where a header or a footer stands. */
const ZONE = 2;
/** A header or a footer is short. */
const MAX_FURNITURE_CHARS = 120;
/** The share of pages that must repeat a line for it to be the layout's (a header of odd pages only: about half). */
const MIN_SHARE = 0.4;

interface Line {
  readonly start: number;
  readonly end: number;
}

/** The text with the pages' headers, footers and numbers written over with spaces, and its page breaks joined. */
export function withoutPageFurniture(text: string): string {
  const breaks: number[] = [];
  for (let i = text.indexOf("\f"); i >= 0; i = text.indexOf("\f", i + 1)) breaks.push(i);
  if (breaks.length < 2) return text;
  const pages = pageLines(text, breaks);
  // What each line reads as with its figures aside, counted once a page where it stands at the page's top or bottom.
  const keyOf = (line: Line) =>
    text
      .slice(line.start, line.end)
      .trim()
      .replace(/\s+/gu, " ")
      .replace(/\p{N}+/gu, "#");
  const zones = pages.map((lines) => [...new Set([...lines.slice(0, ZONE), ...lines.slice(-ZONE)])]);
  const pagesWith = new Map<string, number>();
  for (const zone of zones) {
    for (const key of new Set(zone.map(keyOf))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  // A line of the text that repeats (a template's, a periodic list's) stands amid pages as well: the layout's does not.
  const amid = new Map<string, number>();
  pages.forEach((lines, p) => {
    for (const line of lines) {
      if (zones[p]!.includes(line)) continue;
      const key = keyOf(line);
      if (pagesWith.has(key)) amid.set(key, (amid.get(key) ?? 0) + 1);
    }
  });
  const least = Math.max(2, Math.ceil(pages.length * MIN_SHARE));
  const isFurniture = (line: Line) => {
    if (line.end - line.start > MAX_FURNITURE_CHARS) return false;
    const key = keyOf(line);
    const n = pagesWith.get(key) ?? 0;
    return n >= least && (amid.get(key) ?? 0) <= n / 10;
  };
  // What is written over: 1 a space, 2 a line break.
  const over = new Uint8Array(text.length);
  for (const zone of zones) for (const line of zone) if (isFurniture(line)) over.fill(1, line.start, line.end);
  for (const at of breaks) joinAt(text, over, at);
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (over[i] === 0) continue;
    let end = i;
    while (end < text.length && over[end] !== 0) end++;
    parts.push(text.slice(from, i));
    for (let k = i; k < end; k++) parts.push(over[k] === 2 ? "\n" : " ");
    from = end;
    i = end - 1;
  }
  parts.push(text.slice(from));
  return parts.join("");
}

/** Each page's lines that hold more than white space, in order. */
function pageLines(text: string, breaks: readonly number[]): Line[][] {
  const pages: Line[][] = [];
  let from = 0;
  for (const to of [...breaks, text.length]) {
    const lines: Line[] = [];
    let start = from;
    for (let i = from; i <= to; i++) {
      if (i < to && text[i] !== "\n") continue;
      if (/\S/u.test(text.slice(start, i))) lines.push({ start, end: i });
      start = i + 1;
    }
    if (lines.length > 0) pages.push(lines);
    from = to + 1;
  }
  return pages;
}

/**
 * The white space around the page break at `at` (what is written over counting as white space) made one line break,
 * before the next page's first line: a break between pages is no paragraph's end, and the lines on either side are
 * read as any two lines of the text (a sentence wrapped runs on).
 */
function joinAt(text: string, over: Uint8Array, at: number): void {
  const blank = (i: number) => over[i] !== 0 || /\s/u.test(text[i]!);
  let before = at - 1;
  while (before >= 0 && blank(before)) before--;
  let after = at + 1;
  while (after < text.length && blank(after)) after++;
  if (before < 0 || after >= text.length) return;
  over.fill(1, before + 1, after);
  over[after - 1] = 2;
}
