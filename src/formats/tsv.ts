import type * as csvStringify from "csv-stringify/sync";
import { lazy } from "../lazy.js";
import type { Bitext } from "../types.js";
import { keptLinks, roundScore, sideText, targetText } from "./text.js";
import type { WriteOptions } from "./types.js";

// Loaded when a TSV is written, not with every run.
const csv = lazy<typeof csvStringify>("csv-stringify/sync");

/**
 * Tab-separated: source text, target text, score; one link a line, in order,
 * 1-0 and 0-1 links included with an empty cell (rejected links, links below
 * `minScore` and units flagged at `dropFlagged` or worse left out). No header line, so the file
 * loads as it is into CAT tools and corpus scripts. Tabs and line breaks inside
 * text become spaces. A cell with a double quote in it is quoted as RFC 4180
 * says (in "…", its quotes doubled), so Excel, LibreOffice, Python's csv
 * module and csv-parse read the text back as it was; other cells are written
 * as they are. With `plainTsv`, no cell is quoted: corpus tools split on tabs.
 */
export function writeTsv(bitext: Bitext, options: WriteOptions = {}): string {
  const rows = keptLinks(bitext, options).map((l) => [
    sideText(bitext.source, l.source),
    targetText(bitext.target, l),
    roundScore(l.score),
  ]);
  return options.plainTsv ? plainTsvLines(rows) : tsvLines(rows);
}

/** Rows as TSV lines, every cell as it is (`WriteOptions.plainTsv`): a tab or a line break in a cell is a space. */
export function plainTsvLines(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => `${row.map((cell) => String(cell).replace(/[\t\r\n]+/g, " ")).join("\t")}\n`).join("");
}

/**
 * Rows as TSV lines, quoted only where a cell needs it (a double quote, a
 * tab or a line break in it), by csv-stringify.
 */
export function tsvLines(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return csv().stringify(rows as Array<Array<string | number>>, { delimiter: "\t", record_delimiter: "\n" });
}
