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
/**
 * The lines at a page's top and bottom where a header repeated on most pages may stand: a browser's time and title,
 * then the page's own header, and pdftotext may read a heading before them.
 */
const NEAR = 4;

/** How many of a page's first and last lines are near its edge: `NEAR`, but a third of a short page's at most (`ZONE` at least). */
function nearOf(lines: readonly unknown[]): number {
  return Math.max(ZONE, Math.min(NEAR, Math.floor(lines.length / 3)));
}
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
/** Of `PRINTED`, the forms no line of a text takes: a page's number alone may be a table's figure. */
const PRINTED_NEAR = PRINTED.filter((_, k) => k !== 1);

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
  // What each line reads as with its figures aside, counted once a page where it stands at the page's top or bottom;
  // read once a line, for its key is asked for in each pass.
  const keys = new Map<Line, string>();
  const keyOf = (line: Line) => {
    let key = keys.get(line);
    if (key === undefined) {
      key = text
        .slice(line.start, line.end)
        .trim()
        .replace(/\s+/gu, " ")
        .replace(/\p{N}+/gu, "#");
      keys.set(line, key);
    }
    return key;
  };
  const least = Math.max(2, Math.ceil(pages.filter((lines) => lines.length > 0).length * MIN_SHARE));
  // At the page's edge, any of these; nearer the text, those no line of it reads as: a counter, an address, a time.
  const printed = (line: Line, page: number, edge = true) => {
    const shown = text.slice(line.start, line.end).trim().replace(/\s+/gu, " ");
    return (edge ? PRINTED : PRINTED_NEAR).some((form) => {
      const m = form.exec(shown);
      return m !== null && (m.groups?.page === undefined || Number(m.groups.page) === page);
    });
  };
  const repeated = repeatedIn(pages, keyOf, least);
  // What is written over: 1 a space, 2 a line break, 3 a leader's dot.
  const over = new Uint8Array(text.length);
  pages.forEach((lines, p) => {
    const d = nearOf(lines);
    lines.forEach((line, k) => {
      const edge = k < ZONE || k >= lines.length - ZONE;
      const near = k < d || k >= lines.length - d;
      if ((edge && (repeated(line) || printed(line, p + 1))) || (near && printed(line, p + 1, false))) over.fill(1, line.start, line.end);
      // The layout's line elsewhere (pdftotext put a heading or a paragraph before it) goes too, and the text on
      // either side of it is joined as across a page break.
      else if (repeated(line)) {
        over.fill(1, line.start, line.end);
        joinOver(text, over, line.start, line.end);
      }
    });
  });
  for (const lines of pages) numbersAmidFurniture(text, over, lines);
  spaceLeaders(text, over, pages.flat());
  for (const at of breaks) joinOver(text, over, at, at + 1);
  joinSentencesAcrossGaps(text, over, pages);
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (over[i] === 0) continue;
    let end = i;
    while (end < text.length && over[end] !== 0) end++;
    parts.push(text.slice(from, i));
    for (let k = i; k < end; k++) parts.push(over[k] === 2 ? "\n" : over[k] === 3 ? "." : " ");
    from = end;
    i = end - 1;
  }
  parts.push(text.slice(from));
  return parts.join("");
}

/**
 * Whether a line is the layout's: at most `MAX_FURNITURE_CHARS`, repeated (figures aside) near the top or the bottom
 * (`NEAR` lines) of `least` pages or more, once near each edge, and elsewhere (amid a page, or again near an edge) at most
 * `MAX_AMID_SHARE` as often. A line of the text that repeats (a template's, a periodic list's, a contract's clause
 * heading) stands amid pages as well, or twice on one: the layout's does not.
 */
function repeatedIn(pages: readonly Line[][], keyOf: (line: Line) => string, least: number): (line: Line) => boolean {
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const d = nearOf(lines);
    const near = lines.length <= 2 * d ? lines : [...lines.slice(0, d), ...lines.slice(-d)];
    for (const key of new Set(near.map(keyOf))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const amid = new Map<string, number>();
  for (const lines of pages) {
    const d = nearOf(lines);
    // Once near each edge is the layout's (a header the footer repeats: once at the top, once at the bottom).
    const onPage = new Map<string, { top: number; bottom: number; inside: number }>();
    lines.forEach((line, k) => {
      const key = keyOf(line);
      if (!pagesWith.has(key)) return;
      const seen = onPage.get(key) ?? { top: 0, bottom: 0, inside: 0 };
      if (k < d) seen.top++;
      else if (k >= lines.length - d) seen.bottom++;
      else seen.inside++;
      onPage.set(key, seen);
    });
    for (const [key, seen] of onPage) {
      const elsewhere = seen.inside + Math.max(0, seen.top - 1) + Math.max(0, seen.bottom - 1);
      if (elsewhere > 0) amid.set(key, (amid.get(key) ?? 0) + elsewhere);
    }
  }
  return (line: Line) => {
    // Its length as read: pdftotext -layout pads a footer's address and its page's counter apart with spaces.
    const key = keyOf(line);
    if (key.length > MAX_FURNITURE_CHARS) return false;
    const n = pagesWith.get(key) ?? 0;
    return n >= least && (amid.get(key) ?? 0) <= n * MAX_AMID_SHARE;
  };
}

/** A line of a number alone. */
const NUMBER_LINE = /^\s*\d{1,4}\s*$/u;

/**
 * Lines of a number alone that stand between the layout's lines at a page's top or bottom, written over: a table of
 * contents' page numbers pdftotext read apart from their entries, after the page's footer ("file:///…", "18", "20",
 * "1/3"), are no numbers of the text.
 */
function numbersAmidFurniture(text: string, over: Uint8Array, lines: readonly Line[]): void {
  const gone = (line: Line | undefined) => line === undefined || over[line.start] !== 0;
  const bare = (line: Line) => NUMBER_LINE.test(text.slice(line.start, line.end));
  const d = nearOf(lines);
  for (let k = 0; k < lines.length; k++) {
    if (!bare(lines[k]!) || over[lines[k]!.start] !== 0) continue;
    let end = k;
    while (end + 1 < lines.length && bare(lines[end + 1]!) && over[lines[end + 1]!.start] === 0) end++;
    const near = k < d || end >= lines.length - d;
    const [before, after] = [lines[k - 1], lines[end + 1]];
    // Furniture on both sides, one of them at least a line of its own (not the page's edge alone).
    if (near && gone(before) && gone(after) && (before !== undefined || after !== undefined))
      for (let n = k; n <= end; n++) over.fill(1, lines[n]!.start, lines[n]!.end);
    k = end;
  }
}

/** A table of contents' entry with a dot leader, and its page number. */
const DOT_ENTRY = /(?:[.…·][ \t]?){3,}[ \t]*(\d{1,4})[ \t]*$/u;
/** An entry whose leader is spaces, as `pdftotext -layout` sets a tab leader: text, four spaces or more, the page number. */
const SPACE_ENTRY = /\p{L}\S*([ \t]{4,})(\d{1,3})[ \t]*$/du;
/** Lines after a dot leader's entry (or a space leader's taken) within which an entry of spaces continues the contents. */
const CONTENTS_REACH = 4;
/** Entries of spaces in a row, page numbers never falling, that are a table of contents however far from a dot leader. */
const SPACE_RUN = 3;

/**
 * A table of contents whose leaders are spaces (a tab leader with no dots, as `pdftotext -layout` sets it: "Приложение
 * А. Кодове на грешки          18"): its spaces written over with dots, so that the entry is a line of its own and its
 * page number no number of the text, as for a dot leader (src/segment, src/score/tokens.ts). An entry of spaces is
 * one within `CONTENTS_REACH` lines after a dot leader's entry or another taken, its page number no lower; or one of
 * `SPACE_RUN` in a row whose numbers never fall. A table's row of one small figure is neither, mostly.
 */
function spaceLeaders(text: string, over: Uint8Array, lines: readonly Line[]): void {
  const entries = lines.map((line) => {
    const shown = text.slice(line.start, line.end);
    const dot = DOT_ENTRY.exec(shown);
    if (dot) return { dot: true, page: Number(dot[1]) } as const;
    const space = SPACE_ENTRY.exec(shown);
    if (!space?.indices?.[1] || over[line.start] !== 0) return undefined;
    // The gap's spaces but its first and last: "грешки ........ 18".
    const [from, to] = space.indices[1];
    return { dot: false, page: Number(space[2]), from: line.start + from + 1, to: line.start + to - 1 } as const;
  });
  const taken = new Set<number>();
  let last: { at: number; page: number } | undefined;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    if (!e) continue;
    if (e.dot) {
      last = { at: k, page: e.page };
      continue;
    }
    let run = k;
    while (run + 1 < entries.length && entries[run + 1] && !entries[run + 1]!.dot && entries[run + 1]!.page >= entries[run]!.page) run++;
    const continues = last !== undefined && k - last.at <= CONTENTS_REACH && e.page >= last.page;
    if (continues || run - k + 1 >= SPACE_RUN) {
      for (let x = k; x <= run; x++) taken.add(x);
      last = { at: run, page: entries[run]!.page };
    }
    k = run;
  }
  for (const k of taken) {
    const e = entries[k];
    if (e && !e.dot && e.to > e.from) over.fill(3, e.from, e.to);
  }
}

/** A line that runs on: a lowercase letter, a comma or a hyphen at its end, no mark that ends a sentence. */
const RUNS_ON = /[\p{Ll},;\-‐]$/u;
/** A line at least this share of the text's width (its lines' 95th percentile) is a full line of a paragraph. */
const FULL_LINE = 0.75;

/**
 * Blank lines pdftotext put inside a paragraph (a justified page's lines spaced apart: "…се заплащат от" ⏎⏎
 * "НАЕМАТЕЛЯ. Чл. 6.") written over, so the sentence runs on: where the line before is a full line that runs on. A
 * paragraph ends with its sentence's mark, a heading on a short line; a line alone between blank lines (a letter's
 * subject) is a paragraph whatever its end.
 */
function joinSentencesAcrossGaps(text: string, over: Uint8Array, pages: readonly Line[][]): void {
  const shown = (line: Line) => text.slice(line.start, line.end).trim();
  const lengths = pages
    .flat()
    .map((line) => shown(line).length)
    .sort((a, b) => a - b);
  if (lengths.length < 10) return;
  const width = lengths[lengths.length - 1 - Math.floor(lengths.length / 20)]!;
  for (const lines of pages) {
    for (let k = 0; k + 1 < lines.length; k++) {
      const [line, next] = [lines[k]!, lines[k + 1]!];
      if (over[line.start] !== 0 || over[next.start] !== 0) continue;
      const gap = text.slice(line.end, next.start);
      if ((gap.match(/\n/gu)?.length ?? 0) < 2 || /\S/u.test(gap)) continue;
      const before = shown(line);
      // The paragraph's lines before it run on too: a line alone ("ОТНОСНО: Уведомление за...") is a paragraph of its own.
      const above = lines[k - 1];
      const inParagraph =
        above !== undefined && !/\n[^\S\n]*\n/u.test(text.slice(above.end, line.start)) && shown(above).length >= FULL_LINE * width;
      if (inParagraph && before.length >= FULL_LINE * width && RUNS_ON.test(before)) joinOver(text, over, line.end, line.end);
    }
  }
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
