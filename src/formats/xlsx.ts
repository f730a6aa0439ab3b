/**
 * The review workbook (XLSX): one row per link for a reviewer who works in a
 * spreadsheet, and reading it back for `export`. The layout (sheets, columns)
 * is src/read/xlsx.ts's, where the reader is.
 */
import { PassThrough } from "node:stream";
import type * as ExcelJS from "exceljs";
import { SverkaError } from "../errors.js";
import { BITEXT_SHEET, CHUNK, COLUMNS, excelJs, REVIEW_SHEET, type ReviewRow, readReviewWorkbook } from "../read/xlsx.js";
import { type Bitext, type Flag, type Link, type LinkStatus, SEVERITY_RANK, type Severity } from "../types.js";
import { readJson, writeJson } from "./json.js";
import { roundScore, sideText, targetText } from "./text.js";
import type { WriteOptions } from "./types.js";

/** Fill colours (ARGB) by a link's worst flag, as spreadsheet tools colour conditional formats. */
const SEVERITY_FILL: Readonly<Record<Severity, string>> = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" };
const HEADER_FILL = "FFD9D9D9";
const STATUSES: readonly LinkStatus[] = ["verified", "rejected"];

/**
 * Characters a cell cannot hold: those XML 1.0 does not allow (control
 * characters, lone surrogates, U+FFFE/FFFF), and DEL, which XML allows but
 * exceljs leaves out of what it writes.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\u007E\u0080-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as a cell can hold it. */
function cell(text: string): string {
  return text.replace(FORBIDDEN, "");
}

/**
 * Text compared between the sheet and the bitext: what a cell can hold, all
 * white space folded, no-break spaces too. A spreadsheet that saved them as
 * plain spaces changed neither the source nor a target: the memory keeps the
 * text as aligned, no-break spaces and all.
 */
function comparable(text: string): string {
  return cell(text).replace(/\s+/gu, " ").trim();
}

function worstSeverity(flags: readonly Flag[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of flags) if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

/** The flags of a link, one a line: "error numbers: numbers differ ...". */
function flagsText(flags: readonly Flag[]): string {
  return flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`).join("\n");
}

/**
 * The review workbook: a sheet "Review" with one row per link (#, source,
 * target, confidence, flags, status, comment), the header frozen and
 * filterable, text columns wrapped, each row's flags cell filled by its worst
 * severity, a drop-down for the status; and a very hidden sheet holding the
 * bitext JSON, so `export` can rebuild the memory from the edited sheet.
 * Every link is a row (rejected and flagged ones too: the reviewer decides).
 * Written by exceljs's streaming writer, row by row, so a long document does
 * not hold a workbook model in memory.
 */
export async function writeXlsx(bitext: Bitext, options: WriteOptions = {}): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  const workbook = new (excelJs().stream.xlsx.WorkbookWriter)({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "sverka";
  // Dated as the TMX is (--creation-date, SOURCE_DATE_EPOCH): the same inputs give the same workbook (stranger 268).
  if (options.date) {
    workbook.created = options.date;
    workbook.modified = options.date;
  }
  const sheet = workbook.addWorksheet(REVIEW_SHEET, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    c.alignment = { vertical: "top" };
  });
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, bitext.links.length + 1), column: COLUMNS.length } };
  // How far it is written, for the bar: the rows about 60 % of the time, the bitext's sheet 20 %, the zip the rest.
  const told = options.onProgress;
  bitext.links.forEach((link, k) => {
    addLinkRow(sheet, bitext, link, k);
    if (told && k % 1000 === 999) told((0.6 * (k + 1)) / bitext.links.length);
  });
  // One drop-down for the whole status column (a validation per cell would be one XML element per row).
  const status = String.fromCharCode(64 + COLUMNS.findIndex((c) => c.key === "status") + 1);
  (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    `${status}2:${status}${Math.max(2, bitext.links.length + 1)}`,
    {
      type: "list",
      allowBlank: true,
      formulae: [`"${STATUSES.join(",")}"`],
      showErrorMessage: true,
      errorTitle: "Status",
      error: `Leave empty, or choose ${STATUSES.join(" or ")}`,
    },
  );
  sheet.commit();
  wholePairSheet(workbook, bitext);
  const hidden = workbook.addWorksheet(BITEXT_SHEET, { state: "veryHidden" });
  // JSON.stringify escapes control characters and lone surrogates; U+FFFE and U+FFFF are escaped here, as XML forbids them,
  // and DEL, which exceljs leaves out.
  const json = writeJson(bitext).replace(/[\u007F\uFFFE\uFFFF]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  for (let at = 0; at < json.length; ) {
    // A chunk never ends between the halves of a surrogate pair.
    let end = Math.min(json.length, at + CHUNK);
    if (end < json.length && /[\uD800-\uDBFF]/u.test(json[end - 1]!)) end--;
    hidden.addRow([json.slice(at, end)]).commit();
    at = end;
  }
  hidden.commit();
  told?.(0.8);
  await workbook.commit();
  told?.(1);
  const bytes = Buffer.concat(chunks);
  if (options.date) zipDated(bytes, options.date);
  return bytes;
}

/** The sheet of the pair's own problems, where it has some: read by no one but the reviewer. */
export const WHOLE_PAIR_SHEET = "Whole pair";

/**
 * The pair's own problems (a Markdown code block changed, no translation at all), a row each: they are on no link, so
 * the review sheet has no row for them (stranger 376: a firewall's default flipped in a code block was nowhere in the
 * workbook). After the review sheet, which stays the one a workbook opens on.
 */
function wholePairSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, bitext: Bitext): void {
  const flags = bitext.documentFlags ?? [];
  if (flags.length === 0) return;
  const sheet = workbook.addWorksheet(WHOLE_PAIR_SHEET);
  sheet.columns = [
    { key: "severity", width: 10 },
    { key: "type", width: 18 },
    { key: "reason", width: 100 },
  ];
  const header = sheet.addRow(["Severity", "Type", "Problem of the whole pair"]);
  header.font = { bold: true };
  header.commit();
  for (const f of flags) {
    const row = sheet.addRow([f.severity, f.type, cell(f.reason)]);
    row.getCell(3).alignment = { wrapText: true, vertical: "top" };
    row.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[f.severity] } };
    row.commit();
  }
  sheet.commit();
}

/**
 * Every entry of a ZIP archive dated `date` (its MS-DOS time and date, in the central directory and in each local
 * header): the zip writer dates them now, so a workbook written from the same inputs differed in those bytes alone.
 * The entries' checksums cover their data, not their dates.
 */
function zipDated(zip: Buffer, date: Date): void {
  const end = zip.lastIndexOf(END_OF_CENTRAL_DIRECTORY);
  if (end < 0) return;
  const [time, day] = dosTime(date);
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0 && zip.readUInt32LE(at) === 0x02014b50; n--) {
    zip.writeUInt16LE(time, at + 12);
    zip.writeUInt16LE(day, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) === 0x04034b50) {
      zip.writeUInt16LE(time, local + 10);
      zip.writeUInt16LE(day, local + 12);
    }
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
}

/** The signature of a ZIP archive's end of central directory record. */
const END_OF_CENTRAL_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** A date as MS-DOS writes it in a ZIP entry: [time, date], in UTC, from 1980. */
function dosTime(date: Date): [number, number] {
  const d = date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
  return [
    (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  ];
}

/** A link's sentences on one side as `check` numbers them, from 1: "30", "30-31", nothing for none. */
function sentences(ids: readonly number[]): string {
  if (ids.length === 0) return "";
  const first = ids[0]! + 1;
  const last = ids[ids.length - 1]! + 1;
  return first === last ? String(first) : `${first}-${last}`;
}

function addLinkRow(sheet: ExcelJS.Worksheet, bitext: Bitext, link: Link, k: number): void {
  const flags = link.flags ?? [];
  const row = sheet.addRow([
    k + 1,
    cell(sideText(bitext.source, link.source, true)),
    cell(targetText(bitext.target, link, true)),
    roundScore(link.score),
    cell(flagsText(flags)),
    link.status ?? "",
    cell(link.comment ?? ""),
    sentences(link.source),
    sentences(link.target),
  ]);
  COLUMNS.forEach((c, i) => {
    row.getCell(i + 1).alignment = { vertical: "top", wrapText: c.wrap };
  });
  row.getCell(4).numFmt = "0.00";
  const worst = worstSeverity(flags);
  if (worst) row.getCell(5).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[worst] } };
  row.commit();
}

/**
 * A reviewed workbook back as its bitext, with the reviewer's decisions: each
 * row's status (rejected links stay out of memories), its target text where
 * the reviewer changed it (the link's `correction`) and its comment. A sheet
 * whose rows no longer match the bitext (rows inserted, deleted or reordered,
 * a source text changed) is refused naming the first row that does not (exit 2).
 * `onShare` hears how much of the workbook is read, from 0 to 1.
 */
export async function readXlsx(bytes: Uint8Array, path: string, onShare?: (share: number) => void): Promise<Bitext> {
  // The workbook's parts take about 85 % of the time, the bitext's JSON from its hidden sheet the rest.
  const workbook = await readReviewWorkbook(bytes, path, onShare && ((share) => onShare(0.85 * share)));
  const bitext = readJson(workbook.bitextJson, `${path} (sheet ${BITEXT_SHEET})`);
  const fail = (row: number, what: string): never => {
    throw new SverkaError(`sheet ${REVIEW_SHEET}, row ${row}: ${what}`, { path });
  };
  const links = bitext.links.map((link, k) => {
    const row = workbook.rows[k];
    if (!row)
      return fail(
        k + 2,
        `the sheet ends here, but the bitext has ${bitext.links.length} links (rows ${workbook.rows.length + 2}-${bitext.links.length + 1} were deleted?)`,
      );
    return reviewed(bitext, link, k, row, fail);
  });
  if (workbook.rows.length > links.length)
    fail(workbook.rows[links.length]!.row, `a row the bitext does not have: it has ${links.length} links, on rows 2-${links.length + 1}`);
  onShare?.(1);
  return onSegments({ ...bitext, links });
}

/**
 * A corrected target of a link with one target segment becomes that segment's
 * `corrected` text, as the review page records a correction: the review
 * (`check`, `sverka review`) then judges the corrected text. Only a link with
 * no target segment, or several, keeps its correction on the link.
 */
function onSegments(bitext: Bitext): Bitext {
  const corrected = new Map<number, string>();
  const links = bitext.links.map((link) => {
    if (link.correction === undefined || link.target.length !== 1) return link;
    corrected.set(link.target[0]!, link.correction);
    const { correction: _c, ...rest } = link;
    return rest;
  });
  if (corrected.size === 0) return bitext;
  const segments = bitext.target.segments.map((g) => (corrected.has(g.id) ? { ...g, corrected: corrected.get(g.id)! } : g));
  return { ...bitext, target: { ...bitext.target, segments }, links };
}

/** A link with the reviewer's decisions of its row, once the row is checked to be that link's. */
function reviewed(bitext: Bitext, link: Link, k: number, row: ReviewRow, fail: (row: number, what: string) => never): Link {
  const { cells } = row;
  const restore = "rows were inserted, deleted or reordered: sort by the # column, or export the bitext again";
  if (cells.link.trim() !== String(k + 1))
    fail(row.row, `# is ${JSON.stringify(cells.link.trim())} where link ${k + 1} was written; ${restore}`);
  const source = comparable(sideText(bitext.source, link.source, true));
  if (comparable(cells.source) !== source)
    fail(
      row.row,
      `the source text of link ${k + 1} is not the one written: a memory keeps its source as aligned, so correct the target only (or, if rows were moved, sort by the # column; else export the bitext again)`,
    );
  // The columns sverka writes and does not read back: a note typed there would be lost ("fixed by Petya" in Flags).
  const written: Array<[string, string, string]> = [
    ["Flags", cells.flags, flagsText(link.flags ?? [])],
    ["Source sentence", cells.sourceSentences, sentences(link.source)],
    ["Target sentence", cells.targetSentences, sentences(link.target)],
  ];
  for (const [column, now, was] of written)
    if (comparable(now) !== "" && comparable(now) !== comparable(was))
      fail(
        row.row,
        `the ${column} cell is not the one written, and sverka does not read it back, so its text would be lost: write notes in Comment, a correction over Target, and set Status to verified to accept a flagged link`,
      );
  const status = cells.status.trim().toLowerCase();
  if (status !== "" && !STATUSES.includes(status as LinkStatus))
    fail(row.row, `status ${JSON.stringify(cells.status)}: expected ${STATUSES.join(" or ")}, or nothing`);
  const { status: _s, comment: _c, ...rest } = link;
  const target = cells.target.trim();
  const translation = targetText(bitext.target, link, true);
  // A translation deleted (a cell cleared by mistake, or meant as "wrong") would leave the memory without a word of it:
  // said, as the other edits sverka cannot read are (stranger 111: a verified row emptied went nowhere, uncounted).
  // (Not a translation of characters a cell cannot hold, written as an empty cell: "\u0000".)
  if (target === "" && comparable(translation) !== "")
    fail(
      row.row,
      `the Target cell is empty where link ${k + 1} has a translation: to leave the unit out of the memory, set Status to rejected; else type the translation back`,
    );
  const changed = comparable(target) !== comparable(translation);
  const comment = cells.comment.trim();
  return {
    ...rest,
    ...(status ? { status: status as LinkStatus } : {}),
    ...(changed ? { correction: target } : {}),
    ...(comment ? { comment } : {}),
  };
}
