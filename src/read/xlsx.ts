/**
 * The review workbook's layout, and reading one back. sverka writes it
 * (src/formats/xlsx.ts); a reviewer edits status, target and comment in Excel
 * or LibreOffice; `export` reads it here. The workbook ties back to its
 * bitext by a very hidden sheet that holds the whole bitext JSON, in chunks
 * (a cell holds at most 32,767 characters), and by the visible "#" column,
 * the link's number: rows are matched to links by position and checked by
 * that number and by the source text.
 */
import type * as ExcelJS from "exceljs";
import { SverkaError } from "../errors.js";
import { lazy } from "../lazy.js";
import { htmlparser2 } from "./markup.js";
import { jszip, ofType, parsePart, relationships, type Zip } from "./zip-xml.js";

// exceljs is large (hundreds of modules): loaded the first time a workbook is written or read, and an
// optional dependency, so `npm install --omit=optional` leaves it out (then a workbook is refused, naming it).
const exceljsModule = lazy<typeof ExcelJS>("exceljs");

/** exceljs, or a SverkaError saying it was left out of this installation. */
export function excelJs(path?: string): typeof ExcelJS {
  try {
    return exceljsModule();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND") throw error;
    throw new SverkaError("an XLSX workbook needs the exceljs package, left out of this installation (npm install exceljs)", {
      ...(path ? { path } : {}),
      cause: error,
    });
  }
}

/** The sheet a reviewer works in. */
export const REVIEW_SHEET = "Review";
/** The very hidden sheet holding the bitext JSON, one chunk a row in column A. */
export const BITEXT_SHEET = "sverka-bitext";
/** Characters of JSON per cell of the hidden sheet (Excel's limit is 32,767). */
export const CHUNK = 30_000;

/** The review sheet's columns, in order: header, width (characters), and whether the text wraps. */
export const COLUMNS = [
  { key: "link", header: "#", width: 7, wrap: false },
  { key: "source", header: "Source", width: 60, wrap: true },
  { key: "target", header: "Target", width: 60, wrap: true },
  { key: "confidence", header: "Confidence", width: 12, wrap: false },
  { key: "flags", header: "Flags", width: 45, wrap: true },
  { key: "status", header: "Status", width: 11, wrap: false },
  { key: "comment", header: "Comment", width: 40, wrap: true },
  // The sentences of each side as `check` numbers them ("30", "30-31"): where to find them in the documents. Not read back.
  { key: "sourceSentences", header: "Source sentence", width: 10, wrap: false },
  { key: "targetSentences", header: "Target sentence", width: 10, wrap: false },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]["key"];

/** The column number (1-based) of a key. */
export function columnOf(key: ColumnKey): number {
  return COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** One row of the review sheet as the reviewer left it: every cell as text. */
export interface ReviewRow {
  /** The row's number in the sheet (1-based, the header is row 1), for messages. */
  readonly row: number;
  readonly cells: Readonly<Record<ColumnKey, string>>;
}

/** What a review workbook holds: the bitext it was written from, and the rows as edited. */
export interface ReviewWorkbook {
  readonly bitextJson: string;
  readonly rows: readonly ReviewRow[];
}

/**
 * Reads a review workbook: the bitext JSON of its hidden sheet and the review
 * sheet's rows after the header (empty rows at the end left out). A file that
 * is not an XLSX, or a workbook sverka did not write, is refused (exit 2).
 *
 * The parts are parsed a piece at a time (src/read/zip-xml.ts), cell by cell:
 * exceljs's whole workbook (every cell an object with its style) took 1.2 GB
 * for 100,000 links, and its streaming reader cuts a letter of two bytes in
 * two where a piece of the file ends (exceljs 4.4).
 */
export async function readReviewWorkbook(bytes: Uint8Array, path: string, onShare?: (share: number) => void): Promise<ReviewWorkbook> {
  await htmlparser2.preload();
  let zip: Zip;
  try {
    zip = await jszip().loadAsync(bytes);
  } catch (error) {
    throw new SverkaError(`not an Excel workbook (.xlsx) sverka can read: ${(error as Error).message.replace(/^Bug : /, "")}`, {
      path,
      cause: error,
    });
  }
  const book = ofType(await relationships(zip, ""), "officeDocument")[0] ?? "xl/workbook.xml";
  const sheets = new Map<string, string>();
  const parts = await relationships(zip, book);
  let date1904 = false;
  const found = await parsePart(zip, book, {
    onopentag(name, attributes) {
      if (local(name) === "workbookPr") date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
      if (local(name) !== "sheet") return;
      // The relationship's id is r:id, whatever the prefix.
      const id = Object.entries(attributes).find(([a]) => local(a) === "id" && a.includes(":"))?.[1];
      const part = parts.find((r) => r.id === id)?.path;
      if (attributes.name !== undefined && part) sheets.set(attributes.name, part);
    },
  });
  const hidden = sheets.get(BITEXT_SHEET);
  const review = sheets.get(REVIEW_SHEET);
  if (!found || !hidden || !review)
    throw new SverkaError(
      found
        ? `not a sverka review workbook: it needs the sheets "${REVIEW_SHEET}" and "${BITEXT_SHEET}" (hidden) that sverka writes with -f xlsx`
        : "not an Excel workbook (.xlsx) sverka can read: it has no workbook part",
      { path },
    );
  // A 100,000-link workbook takes seconds to read: the shared strings (Excel writes them; sverka writes none), the hidden sheet and the review sheet an equal share each.
  const stringsPart = ofType(parts, "sharedStrings")[0];
  const steps = stringsPart ? 3 : 2;
  const step = (k: number) => onShare && ((share: number) => onShare((k - 3 + steps + share) / steps));
  const shared = await sharedStrings(zip, stringsPart, step(0));
  const cellsRead = { shared, dates: await dateStyles(zip, ofType(parts, "styles")[0]), date1904 };
  const chunks: string[] = [];
  await readSheet(
    zip,
    hidden,
    cellsRead,
    (_row, cells) => {
      if (cells.some((c) => c !== "")) chunks.push(cells[0] ?? "");
    },
    step(1),
  );
  const rows: ReviewRow[] = [];
  let headers: readonly string[] = [];
  // A cell with text right of the columns sverka wrote: a reviewer's own "Corrected translation" column, which export would pass over.
  let beyond: { column: number; row: number } | undefined;
  // Every row from the second on, those with nothing in them too: rows match links by place, as the sheet shows them.
  await readSheet(
    zip,
    review,
    cellsRead,
    (row, cells) => {
      if (row === 1) {
        headers = cells;
        return;
      }
      const extra = cells.findIndex((c, k) => k >= COLUMNS.length && c !== undefined && c.trim() !== "");
      if (extra >= 0 && beyond === undefined) beyond = { column: extra + 1, row };
      for (let r = rows.length + 2; r < row; r++) rows.push({ row: r, cells: cellsOf([]) });
      rows.push({ row, cells: cellsOf(cells) });
    },
    step(2),
  );
  if (beyond) {
    const header = headers[beyond.column - 1]?.trim();
    throw new SverkaError(
      `sheet ${REVIEW_SHEET}, row ${beyond.row}: column ${columnName(beyond.column)}${header ? ` ("${header}")` : ""} is not one sverka wrote, and its text would be lost: sverka reads ${COLUMNS.map((c) => c.header).join(", ")}. Type a correction over the Target cell and a note in Comment, then delete the column`,
      { path },
    );
  }
  while (rows.length && Object.values(rows[rows.length - 1]!.cells).every((v) => v.trim() === "")) rows.pop();
  return { bitextJson: chunks.join(""), rows };
}

/** A name without its namespace prefix. */
function local(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** The review sheet's cells of a row by column key. */
function cellsOf(cells: readonly string[]): Record<ColumnKey, string> {
  return Object.fromEntries(COLUMNS.map((c, k) => [c.key, cells[k] ?? ""])) as Record<ColumnKey, string>;
}

/** The workbook's shared strings: each one's text, its runs joined (phonetic runs left out). */
async function sharedStrings(zip: Zip, part: string | undefined, onShare?: (share: number) => void): Promise<string[]> {
  const out: string[] = [];
  if (!part) return out;
  let text: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  await parsePart(
    zip,
    part,
    {
      onopentag(name) {
        const n = local(name);
        if (n === "si") text = [];
        else if (n === "rPh") phonetic++;
        else if (n === "t" && phonetic === 0) inText = true;
      },
      ontext(data) {
        if (inText) text?.push(data);
      },
      onclosetag(name) {
        const n = local(name);
        if (n === "t") inText = false;
        else if (n === "rPh") phonetic--;
        else if (n === "si") {
          out.push(unescapeText(text?.join("") ?? ""));
          text = undefined;
        }
      },
    },
    onShare,
  );
  return out;
}

/**
 * A sheet's rows in order, each as its cells' text by column (from 0): a
 * shared or inline string, a formula's result, a number as written, TRUE or
 * FALSE as true or false, an error as nothing (as exceljs's whole workbook read each).
 */
async function readSheet(
  zip: Zip,
  part: string,
  book: WorkbookCells,
  onRow: (row: number, cells: string[]) => void,
  onShare?: (share: number) => void,
): Promise<void> {
  let row = 0;
  let cells: string[] = [];
  let column = 0;
  let type = "";
  let style = 0;
  let value: string[] | undefined;
  let inline: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  const found = await parsePart(
    zip,
    part,
    {
      onopentag(name, attributes) {
        switch (local(name)) {
          case "row":
            row = attributes.r ? Number(attributes.r) : row + 1;
            cells = [];
            column = 0;
            break;
          case "c":
            column = attributes.r ? columnIndex(attributes.r) : column + 1;
            type = attributes.t ?? "n";
            style = attributes.s ? Number(attributes.s) : 0;
            value = undefined;
            inline = undefined;
            break;
          case "v":
            value = [];
            break;
          case "is":
            inline = [];
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            inText = inline !== undefined && phonetic === 0;
            break;
        }
      },
      ontext(data) {
        if (inText) inline?.push(data);
        else value?.push(data);
      },
      onclosetag(name) {
        switch (local(name)) {
          case "t":
            inText = false;
            break;
          case "rPh":
            phonetic--;
            break;
          case "c":
            cells[column - 1] = cellValue(type, value?.join(""), inline?.join(""), book, style);
            value = undefined;
            inline = undefined;
            break;
          case "row":
            for (let k = 0; k < cells.length; k++) cells[k] ??= "";
            onRow(row, cells);
            break;
        }
      },
    },
    onShare,
  );
  if (!found) throw new SverkaError(`not a sverka review workbook: its sheet part ${part} is missing`);
}

/** What every sheet's cells read through: the shared strings, which styles show a number as a date, and the date system. */
interface WorkbookCells {
  readonly shared: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * A cell's text from its type and what the file holds, as exceljs's whole
 * workbook gave it: a number in a date's format is the date, in
 * ISO form, as exceljs read it (a reviewer's comment typed as a date).
 */
function cellValue(type: string, value: string | undefined, inline: string | undefined, book: WorkbookCells, style: number): string {
  switch (type) {
    case "s":
      return book.shared[Number(value)] ?? "";
    case "inlineStr":
      // Escapes are read in shared strings only, as exceljs read them (Excel writes no inline strings).
      return inline ?? value ?? "";
    case "str":
      return value ?? "";
    case "b":
      return value === undefined ? "" : String(value === "1" || value === "true");
    case "e":
      return "";
    case "d":
      return value === undefined ? "" : new Date(value).toISOString();
    default: {
      if (value === undefined || value.trim() === "") return "";
      const x = Number.parseFloat(value);
      if (!book.dates[style]) return String(x);
      return new Date(Math.round((x - 25569 + (book.date1904 ? 1462 : 0)) * 86_400_000)).toISOString();
    }
  }
}

/** Characters Excel writes escaped in a string (`_x000D_` for a carriage return), as exceljs reads them back. */
function unescapeText(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

/** Built-in number formats that show a date or a time (exceljs's table: 14-22 and 45-47). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Per cell style (`s`), whether its number format shows a date or a time: a built-in one, or one whose code has y, m, d, h, s (as exceljs judges it). */
async function dateStyles(zip: Zip, part: string | undefined): Promise<boolean[]> {
  const out: boolean[] = [];
  if (!part) return out;
  const codes = new Map<number, string>();
  let inCellXfs = false;
  await parsePart(zip, part, {
    onopentag(name, attributes) {
      const n = local(name);
      if (n === "numFmt" && attributes.numFmtId !== undefined) codes.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      else if (n === "cellXfs") inCellXfs = true;
      else if (n === "xf" && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        const code = codes.get(id);
        out.push(code !== undefined ? /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "")) : DATE_FORMATS.has(id));
      }
    },
    onclosetag(name) {
      if (local(name) === "cellXfs") inCellXfs = false;
    },
  });
  return out;
}

/** A column's letters as a spreadsheet shows them: 8 is "H", 28 "AB". */
function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The column (from 1) of a cell reference: "C12" is 3. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}
