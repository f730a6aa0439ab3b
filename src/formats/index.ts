import { SverkaError } from "../errors.js";
import type { Bitext } from "../types.js";
import { checkWriteOptions } from "../validate.js";
import { writeHtml } from "./html.js";
import { jsonChunks, writeJson } from "./json.js";
import { tmxFileChunks, writeTmx } from "./tmx.js";
import { writeTsv } from "./tsv.js";
import type { WriteOptions } from "./types.js";
import { writeXlsx } from "./xlsx.js";

export type { WriteOptions } from "./types.js";

export interface Format {
  /** File name endings that select this format. */
  readonly extensions: readonly string[];
  readonly description: string;
  /**
   * Text formats give their text; a binary one (XLSX) gives its bytes, as a
   * promise: its library builds the file asynchronously. Each entry of
   * `formats` keeps its own return type, so `formats.tmx.write` is a string.
   */
  write(bitext: Bitext, options?: WriteOptions): string | Promise<Uint8Array>;
  /** A binary file: never written to a terminal or a pipe. */
  readonly binary?: boolean;
  /** The text of `write` in pieces, where a format has them: a long bitext's file is written without the whole text in memory. */
  chunks?(bitext: Bitext, options?: WriteOptions): Iterable<string>;
}

export const formatNames = ["tmx", "json", "tsv", "html", "xlsx"] as const;
export type FormatName = (typeof formatNames)[number];

/**
 * A writer with its options checked at the door, as `align`'s are: a misspelt option or a value out of range is a
 * SverkaError naming it, never a memory written empty or mis-tagged.
 */
function checked<A extends unknown[], R>(name: string, write: (bitext: Bitext, options?: WriteOptions, ...rest: A) => R) {
  return (bitext: Bitext, options?: WriteOptions, ...rest: A): R => {
    checkWriteOptions(options, `formats.${name}`);
    return write(bitext, options, ...rest);
  };
}

/** Every output format; the CLI's --format choices come from here. */
export const formats = {
  tmx: {
    extensions: [".tmx"],
    description: "TMX 1.4 translation memory",
    write: checked("tmx.write", writeTmx),
    chunks: checked("tmx.chunks", tmxFileChunks),
  },
  json: {
    extensions: [".json"],
    description: "sverka bitext JSON (segments, offsets, links, scores)",
    write: checked("json.write", writeJson),
    chunks: checked("json.chunks", jsonChunks),
  },
  tsv: { extensions: [".tsv", ".tab", ".txt"], description: "tab-separated source, target, score", write: checked("tsv.write", writeTsv) },
  html: {
    extensions: [".html", ".htm"],
    description: "review page: both texts side by side, flags, filters, verify/reject",
    write: checked("html.write", writeHtml),
  },
  xlsx: {
    extensions: [".xlsx"],
    description: "review workbook: one row per link with confidence, flags, status and comment; export reads it back",
    write: checked("xlsx.write", writeXlsx),
    binary: true,
  },
} as const satisfies Record<FormatName, Format>;

/** The format a file name asks for by its ending, if any. */
export function formatForPath(path: string): FormatName | undefined {
  const lower = path.toLowerCase();
  return formatNames.find((name) => formats[name].extensions.some((ext) => lower.endsWith(ext)));
}

/** Endings of files other tools write that sverka does not: what they are, for the message. */
const FOREIGN: Readonly<Record<string, string>> = {
  ".xls": "Excel 97-2003 workbooks",
  ".ods": "spreadsheets",
  ".csv": "comma-separated files",
  ".docx": "Word documents",
  ".doc": "Word documents",
  ".odt": "OpenDocument text",
  ".rtf": "RTF documents",
  ".pdf": "PDF",
  ".xlf": "XLIFF",
  ".xliff": "XLIFF",
  ".sdlxliff": "XLIFF",
  ".mqxliff": "XLIFF",
  ".po": "gettext catalogues",
  ".pot": "gettext catalogues",
  ".tbx": "termbases",
  ".sdltm": "Trados memories",
  ".md": "Markdown",
  ".yaml": "YAML",
  ".yml": "YAML",
  // check writes SARIF (-o qa.sarif); a memory named so would be read as a report by the tools it is meant for.
  ".sarif": "SARIF reports here (`sverka check ... -o qa.sarif` writes one)",
};

/** Endings that name no one format (plain text): -f may write any of them there. */
const LOOSE = new Set([".txt"]);

/**
 * The format to write to `path`, when the user asked for `given` (or nothing):
 * the file's ending and the format must agree. An ending of one of `table`'s
 * formats is that format, and a different `given` is an error; an ending of a
 * kind of file sverka does not write (.xlsx, .csv, .docx...) is an error; any
 * other ending, or none, takes `given`, else `fallback` (without one: an
 * error asking for -f). Errors name the file, the format and the ending.
 */
export function chooseOutputFormat<F extends string>(
  path: string,
  given: F | undefined,
  table: Readonly<Record<F, readonly string[]>>,
  fallback?: F,
): F {
  const lower = path.toLowerCase();
  const dot = lower.lastIndexOf(".");
  const ext = dot > lower.lastIndexOf("/") && dot > 0 ? lower.slice(dot) : "";
  const names = Object.keys(table) as F[];
  // An ending two formats share (check's text and github annotations: .txt) is named once, for the first.
  const endings = names
    .filter((name, k) => names.findIndex((other) => table[other][0] === table[name][0]) === k)
    .map((name) => `${table[name][0]} (${name})`)
    .join(", ");
  const byEnding = names.find((name) => table[name].includes(ext));
  if (byEnding && given && byEnding !== given && !LOOSE.has(ext))
    throw new SverkaError(
      `the ending ${ext} says ${byEnding}, but --format says ${given}: name the file ${path.slice(0, path.length - ext.length)}${table[given][0]}, or leave out --format`,
      { path },
    );
  if (!byEnding && FOREIGN[ext])
    throw new SverkaError(
      `sverka does not write ${FOREIGN[ext]} (${ext}): give an output ending in ${endings}${ext === ".csv" ? (names.some((n) => table[n].includes(".tsv")) ? " (a table for a spreadsheet: .tsv, tab-separated, or .xlsx)" : " (a table for a spreadsheet: .xlsx)") : ""}`,
      { path },
    );
  const format = given ?? byEnding ?? fallback;
  if (!format) throw new SverkaError(`cannot tell the format from the file name: end it in ${endings}, or give --format`, { path });
  return format;
}

/** The output formats' endings, for `chooseOutputFormat`. */
export const formatEndings: Readonly<Record<FormatName, readonly string[]>> = {
  tmx: formats.tmx.extensions,
  json: formats.json.extensions,
  tsv: formats.tsv.extensions,
  html: formats.html.extensions,
  xlsx: formats.xlsx.extensions,
};

/** Whether a format's output is binary (XLSX), so not for standard output. */
export function isBinary(format: FormatName): boolean {
  return "binary" in formats[format];
}
