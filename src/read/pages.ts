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
/**
 * How often, against the pages it heads or foots, the layout's line may stand amid a page: pdftotext puts a header
 * where its reading order takes it, after a page's first paragraph now and then. A line of the text that repeats (a
 * template's, a periodic list's) stands amid pages far more often.
 */
const MAX_AMID_SHARE = 1 / 4;
/**
 * Lines a browser or a printer puts at a page's top or bottom, told by their form on a single page too: a page counter
 * ("1/1", "Page 2 of 7", "Стр. 3") or a number alone that is the page's own, the page's address, the time it was
 * printed. A number's group `page` must be the page's place in the file: a table's last cell is a number too.
 */
const PAGE_WORD = String.raw`(?:page|p\.|стр\.|страница|seite|s\.|pag\.|página)`;
const PRINTED = [
  new RegExp(String.raw`^(?:${PAGE_WORD}\s*)?(?<page>\d{1,4})\s*(?:\/|of|от|из|von|de|di)\s*(?<pages>\d{1,4})$`, "iu"),
  new RegExp(String.raw`^(?:${PAGE_WORD}\s*)?[-–—]?\s*(?<page>\d{1,4})\s*[-–—]?$`, "iu"),
  /^(?:file|https?):\/\/\S+$/iu,
  // A date and a time: "12/4/26, 4:18 PM", "04.12.2026 г., 16:18 ч.", "2026-12-04 16:18".
  /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:\s*г\.)?,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|ч\.))?$/u,
];

interface Line {
  readonly start: number;
  readonly end: number;
}

/** The text with the pages' headers, footers and numbers written over with spaces, and its page breaks joined. */
export function withoutPageFurniture(text: string): string {
  const breaks: number[] = [];
  for (let i = text.indexOf("\f"); i >= 0; i = text.indexOf("\f", i + 1)) breaks.push(i);
  // pdftotext ends every page with a form feed: a text without one was not a PDF's.
  if (breaks.length === 0) return text;
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
  const least = Math.max(2, Math.ceil(pages.filter((lines) => lines.length > 0).length * MIN_SHARE));
  const repeated = (line: Line) => {
    if (line.end - line.start > MAX_FURNITURE_CHARS) return false;
    const key = keyOf(line);
    const n = pagesWith.get(key) ?? 0;
    return n >= least && (amid.get(key) ?? 0) <= n * MAX_AMID_SHARE;
  };
  const printed = (line: Line, page: number) => {
    const shown = text.slice(line.start, line.end).trim().replace(/\s+/gu, " ");
    return PRINTED.some((form) => {
      const m = form.exec(shown);
      return m !== null && (m.groups?.page === undefined || Number(m.groups.page) === page);
    });
  };
  // What is written over: 1 a space, 2 a line break.
  const over = new Uint8Array(text.length);
  zones.forEach((zone, p) => {
    for (const line of zone) if (repeated(line) || printed(line, p + 1)) over.fill(1, line.start, line.end);
  });
  // The layout's line amid a page goes too, and the text on either side of it is joined as across a page break.
  pages.forEach((lines, p) => {
    for (const line of lines) if (!zones[p]!.includes(line) && repeated(line)) joinOver(text, over, line.start, line.end);
  });
  for (const at of breaks) joinOver(text, over, at, at + 1);
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

/** Each page's lines that hold more than white space, in order (none for a blank page: pages keep their places). */
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
    pages.push(lines);
    from = to + 1;
  }
  return pages;
}

/**
 * What lies from `from` to `to` (a page break, a header amid a page) and the white space around it (what is written
 * over counting as white space) made one line break, before the next line of the text: a break between pages is no
 * paragraph's end, and the lines on either side are read as any two lines of the text (a sentence wrapped runs on).
 */
function joinOver(text: string, over: Uint8Array, from: number, to: number): void {
  const blank = (i: number) => over[i] !== 0 || /\s/u.test(text[i]!);
  let before = from - 1;
  while (before >= 0 && blank(before)) before--;
  let after = to;
  while (after < text.length && blank(after)) after++;
  if (before < 0 || after >= text.length) return;
  over.fill(1, before + 1, after);
  over[after - 1] = 2;
}
