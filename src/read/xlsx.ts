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

/** A cell's value as text, whatever Excel or LibreOffice made of it (rich text, a formula's result, a number). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return value.result === undefined ? "" : cellText(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return "";
}

/**
 * Reads a review workbook: the bitext JSON of its hidden sheet and the review
 * sheet's rows after the header (empty rows at the end left out). A file that
 * is not an XLSX, or a workbook sverka did not write, is refused (exit 2).
 */
export async function readReviewWorkbook(bytes: Uint8Array, path: string): Promise<ReviewWorkbook> {
  const workbook = new (excelJs(path).Workbook)();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new SverkaError(`not an Excel workbook (.xlsx) sverka can read: ${(error as Error).message}`, { path, cause: error });
  }
  const hidden = workbook.getWorksheet(BITEXT_SHEET);
  const review = workbook.getWorksheet(REVIEW_SHEET);
  if (!hidden || !review)
    throw new SverkaError(
      `not a sverka review workbook: it needs the sheets "${REVIEW_SHEET}" and "${BITEXT_SHEET}" (hidden) that sverka writes with -f xlsx`,
      { path },
    );
  const chunks: string[] = [];
  hidden.eachRow({ includeEmpty: false }, (row) => {
    chunks.push(cellText(row.getCell(1).value));
  });
  const rows: ReviewRow[] = [];
  review.eachRow({ includeEmpty: true }, (row, number) => {
    if (number === 1) return;
    const cells = Object.fromEntries(COLUMNS.map((c, k) => [c.key, cellText(row.getCell(k + 1).value)])) as Record<ColumnKey, string>;
    rows.push({ row: number, cells });
  });
  while (rows.length && Object.values(rows[rows.length - 1]!.cells).every((v) => v.trim() === "")) rows.pop();
  return { bitextJson: chunks.join(""), rows };
}
