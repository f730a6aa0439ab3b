/**
 * The XLSX review workbook: written by sverka, read by a real spreadsheet
 * reader (openpyxl), edited there as a reviewer would, and read back by
 * `export`; a sheet whose rows no longer match its bitext is refused.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { writeJson } from "../src/formats/json.js";
import { sideText } from "../src/formats/text.js";
import { readXlsx, writeXlsx } from "../src/formats/xlsx.js";
import { align, type Bitext } from "../src/index.js";
import { BITEXT_SHEET, COLUMNS, excelJs, REVIEW_SHEET, readReviewWorkbook } from "../src/read/xlsx.js";
import { corpus, OPENPYXL, PYTHON, ROOT, read, sverka, TMX_DTD, testNeeding, validateTmx, XMLLINT } from "./helpers.js";

const BG = corpus("handmade-bg-en", "bg.txt");
const EN = corpus("handmade-bg-en", "en.txt");
const TOOL = join(ROOT, "tests", "tools", "xlsx.py");

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "sverka-xlsx-"));
}

function describeBook(path: string): any {
  const r = spawnSync(PYTHON, [TOOL, "describe", path], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

/** Edits the workbook with openpyxl, as a reviewer's spreadsheet would save it. */
function editBook(path: string, out: string, ops: unknown[]): void {
  const r = spawnSync(PYTHON, [TOOL, "edit", path, out, JSON.stringify(ops)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
}

/** A review workbook of the hand-made pair, and its bitext as JSON. */
async function reviewBook(dir: string, command: "align" | "check" = "align"): Promise<{ book: string; bitext: any }> {
  const book = join(dir, "review.xlsx");
  const json = join(dir, "bitext.json");
  const r = await sverka([command, BG, EN, "-o", book, ...(command === "align" ? ["-o", json] : []), "-q"]);
  expect(r.stderr).toBe("");
  if (command === "check") await sverka(["align", BG, EN, "-o", json, "-q"]);
  return { book, bitext: JSON.parse(read(json)) };
}

type CellValue = import("exceljs").CellValue;

/** A cell's value as text as exceljs's whole workbook gave it, as sverka read workbooks before (rich text, a formula's result, a number, a date): what src/read/xlsx.ts must still read. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return value.result === undefined ? "" : cellText(value.result as CellValue);
  if ("text" in value) return String(value.text);
  return "";
}

const linkText = (doc: any, side: "source" | "target", link: any) =>
  link[side]
    .map((id: number) => doc[side].segments[id].text)
    .join(" ")
    .replace(/\s+/gu, " ")
    .trim();

describe("writing the review workbook", () => {
  testNeeding(
    [OPENPYXL],
    "openpyxl reads one row per link, the header frozen, widths, wrap, severity fills and a status drop-down",
    async () => {
      const { book, bitext } = await reviewBook(scratch());
      const d = describeBook(book);
      expect(d.sheets).toEqual([
        ["Review", "visible"],
        ["sverka-bitext", "veryHidden"],
      ]);
      expect(d.freeze).toBe("A2");
      expect(d.headerBold).toBe(true);
      expect(d.rows[0]).toEqual([
        "#",
        "Source",
        "Target",
        "Confidence",
        "Flags",
        "Status",
        "Comment",
        "Source sentence",
        "Target sentence",
      ]);
      expect(d.rows).toHaveLength(bitext.links.length + 1);
      expect(d.filter).toBe(`A1:I${bitext.links.length + 1}`);
      expect(d.widths.B).toBe(60);
      expect(d.wrap).toMatchObject({ A: false, B: true, C: true, E: true, G: true });
      expect(d.validations).toEqual([[`F2:F${bitext.links.length + 1}`, '"verified,rejected"']]);
      bitext.links.forEach((link: any, k: number) => {
        const row = d.rows[k + 1];
        expect(row[0]).toBe(k + 1);
        expect(row[1] ?? "").toBe(linkText(bitext, "source", link));
        expect(row[2] ?? "").toBe(linkText(bitext, "target", link));
        // The sentences as `check` numbers them, from 1: a 2-1 link's "5-6", nothing where a side has none.
        const numbered = (ids: number[]) =>
          ids.length === 0 ? null : ids.length === 1 ? String(ids[0]! + 1) : `${ids[0]! + 1}-${ids.at(-1)! + 1}`;
        expect(row.slice(7, 9)).toEqual([numbered(link.source), numbered(link.target)]);
        expect(row[3]).toBeCloseTo(link.score, 3);
        const severities = link.flags.map((f: any) => f.severity);
        const fill = severities.includes("error")
          ? "FFFFC7CE"
          : severities.includes("warning")
            ? "FFFFEB9C"
            : severities.includes("info")
              ? "FFDDEBF7"
              : null;
        expect(d.fills[k]).toBe(fill);
        if (link.flags.length) expect(row[4]).toContain(`${link.flags[0].severity} ${link.flags[0].type}: `);
      });
      // The pair has an untranslated sentence: its row is red.
      expect(d.fills).toContain("FFFFC7CE");
    },
  );

  testNeeding([OPENPYXL], "check -o review.xlsx writes the same sheet, and exits as check does", async () => {
    const dir = scratch();
    const book = join(dir, "qa.xlsx");
    const r = await sverka(["check", BG, EN, "-o", book, "-q"]);
    expect(r.code).toBe(1); // the pair has an untranslated sentence
    expect(describeBook(book).rows[0][0]).toBe("#");
  });

  test("a binary workbook is not written to standard output", async () => {
    for (const args of [
      ["align", BG, EN, "-f", "xlsx"],
      ["align", BG, EN, "-f", "xlsx", "-o", "-"],
      ["check", BG, EN, "-f", "xlsx"],
    ]) {
      const r = await sverka(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("xlsx is a binary file");
      expect(r.stdout).toBe("");
    }
  });

  test("a long document: 5,000 links written and read back (README gives the time for 100,000)", async () => {
    const n = 5_000;
    const source = Array.from({ length: n }, (_, k) => `Изречение номер ${k} с малко текст.`).join("\n");
    const target = Array.from({ length: n }, (_, k) => `Sentence number ${k} with a little text.`).join("\n");
    const segments = (text: string) => {
      let at = 0;
      return text.split("\n").map((t, id) => {
        const s = { id, text: t, start: at, end: at + t.length, paragraph: id };
        at += t.length + 1;
        return s;
      });
    };
    const bitext: Bitext = {
      source: { lang: "bg", segments: segments(source) },
      target: { lang: "en", segments: segments(target) },
      links: Array.from({ length: n }, (_, k) => ({ source: [k], target: [k], kind: "1-1" as const, score: 0.9, flags: [] })),
      model: { ratio: 1, variance: 1 },
    };
    // How far it is written is told as the rows are added, then the bitext's sheet and the zip (align's and export's bar).
    const written: number[] = [];
    const bytes = await writeXlsx(bitext, { onProgress: (share) => written.push(share) });
    expect(written.filter((x) => x > 0 && x < 0.6).length).toBeGreaterThan(2);
    expect(written.every((x, k) => k === 0 || x >= written[k - 1]!)).toBe(true);
    expect(written.at(-1)).toBe(1);
    // How far it is read is told as it is read (export's bar), rising to 1.
    const shares: number[] = [];
    expect((await readXlsx(bytes, "long.xlsx", (share) => shares.push(share))).links).toHaveLength(n);
    expect(shares.filter((x) => x > 0.05 && x < 0.8).length).toBeGreaterThan(2);
    expect(shares.every((x, k) => k === 0 || x >= shares[k - 1]!)).toBe(true);
    expect(shares.at(-1)).toBe(1);
  });
});

describe("export from a reviewed workbook", () => {
  testNeeding([OPENPYXL], "status, corrected target and comment edited in openpyxl reach the TMX", async () => {
    const dir = scratch();
    const { book, bitext } = await reviewBook(dir);
    const edited = join(dir, "reviewed.xlsx");
    const oneToOne = bitext.links.map((l: any, k: number) => (l.source.length && l.target.length ? k : -1)).filter((k: number) => k >= 0);
    const [rejected, corrected, commented] = oneToOne as number[];
    editBook(book, edited, [
      ["set", `F${rejected! + 2}`, "rejected"],
      ["set", `C${corrected! + 2}`, "The new line 12 runs from 1 March 2025 (corrected)."],
      ["set", `G${commented! + 2}`, 'Client term: "route", not "line" & <b>'],
    ]);
    const tmxPath = join(dir, "memory.tmx");
    const r = await sverka(["export", edited, "-o", tmxPath]);
    expect(r.stderr).toBe("sverka: left out 1 rejected unit\n");
    expect(r.code).toBe(0);
    const tmx = readFileSync(tmxPath, "utf8");
    expect(tmx).not.toContain(`<seg>${linkText(bitext, "source", bitext.links[rejected!])}</seg>`);
    expect(tmx).toContain("<seg>The new line 12 runs from 1 March 2025 (corrected).</seg>");
    expect(tmx).not.toContain(linkText(bitext, "target", bitext.links[corrected!]));
    expect(tmx).toContain("<note>Client term: &quot;route&quot;, not &quot;line&quot; &amp; &lt;b&gt;</note>");
    if (XMLLINT.present() && TMX_DTD.present()) expect(validateTmx([tmxPath])).toEqual({ status: 0, stderr: "" });
    // The JSON keeps every decision, for the next round of review.
    const again = join(dir, "again.json");
    expect((await sverka(["export", edited, "-o", again])).code).toBe(0);
    const saved = JSON.parse(read(again));
    const links = saved.links;
    expect(links[rejected!].status).toBe("rejected");
    // A link with one target sentence: the correction is that sentence's, as the review page records it, so check judges it.
    expect(links[corrected!].target).toHaveLength(1);
    expect(saved.target.segments[links[corrected!].target[0]].corrected).toBe("The new line 12 runs from 1 March 2025 (corrected).");
    expect(links[corrected!].correction).toBeUndefined();
    expect(links[commented!].comment).toBe('Client term: "route", not "line" & <b>');
  });

  testNeeding(
    [OPENPYXL],
    "a cleared Target is refused, naming the row; a translation typed for a sentence left out carries no 'missing' flag into the TMX (stranger 111)",
    async () => {
      const dir = scratch();
      const bg = join(dir, "inv.bg.txt");
      const en = join(dir, "inv.en.txt");
      writeFileSync(
        bg,
        "Цената е 1 200 лв. месечно. ИЗПЪЛНИТЕЛЯТ издава фактура до 5-о число на същия месец. Плащането е по банков път.\n",
      );
      writeFileSync(en, "The price is BGN 1,200 per month. Payment is made by bank transfer.\n");
      const book = join(dir, "review.xlsx");
      const json = join(dir, "bitext.json");
      await sverka(["align", bg, en, "-o", book, "-o", json, "-q"]);
      const links = JSON.parse(read(json)).links as any[];
      const left = links.findIndex((l) => l.target.length === 0);
      expect(left).toBe(1);
      const typed = join(dir, "typed.xlsx");
      editBook(book, typed, [["set", `C${left + 2}`, "The CONTRACTOR shall issue an invoice by the 5th day of that month."]]);
      const tmxPath = join(dir, "memory.tmx");
      expect((await sverka(["export", typed, "-o", tmxPath])).code).toBe(0);
      const tmx = readFileSync(tmxPath, "utf8");
      expect(tmx).toContain("<seg>The CONTRACTOR shall issue an invoice by the 5th day of that month.</seg>");
      expect(tmx).not.toContain("missing");
      const cleared = join(dir, "cleared.xlsx");
      editBook(book, cleared, [
        ["set", "C2", null],
        ["set", "F2", "verified"],
      ]);
      const r = await sverka(["export", cleared, "-o", join(dir, "cleared.tmx")]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /sheet Review, row 2: the Target cell is empty where link 1 has a translation: to leave the unit out of the memory, set Status to rejected; else type the translation back/,
      );
    },
  );

  testNeeding(
    [OPENPYXL],
    "a target corrected without a status is judged on its corrected text: in the TMX, no stale flag in the JSON",
    async () => {
      const dir = scratch();
      const bg = join(dir, "lease.bg.txt");
      const en = join(dir, "lease.en.txt");
      writeFileSync(
        bg,
        "Договор за наем\n\nНаемът е 850 лв. на месец и се плаща до 5-о число. Договорът влиза в сила на 1 юни 2025 г. Депозитът е 1 700 лв.\n",
      );
      writeFileSync(
        en,
        "Lease agreement\n\nThe rent is BGN 850 per month, paid by the 5th. The agreement enters into force on 1 July 2025. The deposit is BGN 1,900.\n",
      );
      const book = join(dir, "review.xlsx");
      const json = join(dir, "bitext.json");
      await sverka(["align", bg, en, "-o", book, "-o", json, "-q"]);
      const links = JSON.parse(read(json)).links as any[];
      const flagged = (type: string) => links.findIndex((l) => (l.flags ?? []).some((f: any) => f.type === type && f.severity === "error"));
      const [date, deposit] = [flagged("dates"), flagged("numbers")];
      expect(date).toBeGreaterThanOrEqual(0);
      expect(deposit).toBeGreaterThan(date);
      const edited = join(dir, "reviewed.xlsx");
      editBook(book, edited, [["set", `C${date + 2}`, "The agreement enters into force on 1 June 2025."]]);
      const r = await sverka(["export", edited, "-o", join(dir, "memory.tmx"), "-o", join(dir, "reviewed.json")]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("sverka: left out 1 unit flagged as errors (numbers 1) (--drop-flagged none keeps flagged units)\n");
      expect(read(join(dir, "memory.tmx"))).toContain("<seg>The agreement enters into force on 1 June 2025.</seg>");
      const saved = JSON.parse(read(join(dir, "reviewed.json")));
      expect(saved.links[date].flags.filter((f: any) => f.severity === "error")).toEqual([]);
      expect(saved.links[deposit].flags.map((f: any) => f.type)).toContain("numbers");
      // check of the exported JSON says the same: the deposit, nothing on the corrected date.
      const check = await sverka(["check", join(dir, "reviewed.json"), "--format", "json"]);
      const problems = JSON.parse(check.stdout).problems as any[];
      expect(problems.filter((p) => p.severity === "error").map((p) => p.type)).toEqual(["numbers"]);
    },
  );

  testNeeding([OPENPYXL], "an untouched workbook exports the TMX its bitext does", async () => {
    const dir = scratch();
    const { book } = await reviewBook(dir);
    await sverka(["export", join(dir, "bitext.json"), "-o", join(dir, "a.tmx")]);
    const copy = join(dir, "saved.xlsx");
    editBook(book, copy, []); // saved by openpyxl, nothing changed
    expect((await sverka(["export", copy, "-o", join(dir, "b.tmx")])).code).toBe(0);
    const units = (f: string) => read(join(dir, f)).replace(/creationdate="[^"]*"/g, "");
    expect(units("b.tmx")).toBe(units("a.tmx"));
  });

  // The workbook is read part by part (src/read/xlsx.ts), not as exceljs's document: what each cell reads as must not change.
  testNeeding(
    [OPENPYXL],
    "every cell reads as exceljs's whole workbook gave it: numbers, booleans, formulas, dates, escapes, any script, empty rows",
    async () => {
      const dir = scratch();
      const { book } = await reviewBook(dir);
      const edited = join(dir, "cells.xlsx");
      editBook(book, edited, [
        ["set", "G2", 42],
        ["set", "G3", true],
        ["set", "G4", "=1+1"],
        ["set", "G5", 'кирилица, ünïcödé, 中文 & <tags> "quoted"'],
        ["set", "G6", 0.125],
        ["set", "G7", "  spaces kept  \n and a second line"],
        ["set", "G20", "a comment far below the last link"],
        // Excel writes a carriage return in a shared string as _x000D_ (an inline string, as openpyxl writes, keeps it as
        // written); a date typed into a cell is a number in a date's format.
        ["set", "G8", "line one_x000D_ and two"],
        ["date", "G9", "2025-03-14"],
      ]);
      const bytes = readFileSync(edited);
      const ours = await readReviewWorkbook(bytes, edited);
      const ExcelJS = excelJs();
      const whole = new ExcelJS.Workbook();
      await whole.xlsx.load(bytes as unknown as Parameters<typeof whole.xlsx.load>[0]);
      const sheet = whole.getWorksheet(REVIEW_SHEET)!;
      const theirs: Array<{ row: number; cells: Record<string, string> }> = [];
      sheet.eachRow({ includeEmpty: true }, (row, number) => {
        if (number > 1)
          theirs.push({ row: number, cells: Object.fromEntries(COLUMNS.map((c, k) => [c.key, cellText(row.getCell(k + 1).value)])) });
      });
      expect(ours.rows).toEqual(theirs);
      expect(ours.rows.map((r) => r.cells.comment).slice(0, 8)).toEqual([
        "42",
        "true",
        "",
        'кирилица, ünïcödé, 中文 & <tags> "quoted"',
        "0.125",
        "  spaces kept  \n and a second line",
        "line one_x000D_ and two",
        "2025-03-14T00:00:00.000Z",
      ]);
      const chunks: string[] = [];
      whole.getWorksheet(BITEXT_SHEET)!.eachRow({ includeEmpty: false }, (row) => chunks.push(cellText(row.getCell(1).value)));
      expect(ours.bitextJson).toBe(chunks.join(""));
    },
  );

  test("shared strings as Excel writes them (runs, escapes, phonetic runs) and dates in a date's format read as exceljs read them", async () => {
    const dir = scratch();
    const book = join(dir, "review.xlsx");
    expect((await sverka(["align", BG, EN, "-o", book, "-q"])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(book));
    const edit = async (name: string, change: (xml: string) => string) => zip.file(name, change(await zip.file(name)!.async("string")));
    // Comment of row 2: a shared string of two runs with Excel's escape for a carriage return, and a phonetic run (not text).
    await edit("xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<c r="G2"([^>]*) t="str"><v><\/v><\/c>/, '<c r="G2"$1 t="s"><v>0</v></c>')
        // Comment of row 3: 45730 in a style showing numbers as dates (built-in format 14), in the 1904 date system.
        .replace(/<c r="G3"[^>]* t="str"><v><\/v><\/c>/, '<c r="G3" s="8"><v>45730</v></c>'),
    );
    await edit("xl/styles.xml", (xml) =>
      xml.replace(
        /<cellXfs count="(\d+)">(.*?)<\/cellXfs>/s,
        '<cellXfs count="9">$2<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
      ),
    );
    await edit("xl/workbook.xml", (xml) => xml.replace("<workbookPr ", '<workbookPr date1904="1" '));
    zip.file(
      "xl/sharedStrings.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><r><t>Unplug_x000D_</t></r><r><t xml:space="preserve">\n it_x005F_x000D_</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si></sst>',
    );
    await edit("xl/_rels/workbook.xml.rels", (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      ),
    );
    await edit("[Content_Types].xml", (xml) =>
      xml.replace(
        "</Types>",
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
      ),
    );
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    const ours = await readReviewWorkbook(bytes, "edited.xlsx");
    const whole = new (excelJs().Workbook)();
    await whole.xlsx.load(bytes as unknown as Parameters<typeof whole.xlsx.load>[0]);
    const sheet = whole.getWorksheet(REVIEW_SHEET)!;
    expect([2, 3].map((r) => cellText(sheet.getRow(r).getCell(7).value))).toEqual(["Unplug\r\n it_x000D_", "2029-03-15T00:00:00.000Z"]);
    expect(ours.rows.slice(0, 2).map((r) => r.cells.comment)).toEqual(["Unplug\r\n it_x000D_", "2029-03-15T00:00:00.000Z"]);
  });

  const refusals: Array<[string, unknown[], RegExp]> = [
    ["a row inserted", [["insert", 4]], /row 4: # is "" where link 3 was written/],
    ["a row deleted", [["delete", 4]], /row 4: # is "4" where link 3 was written/],
    ["two rows swapped", [["swap", 5, 6]], /row 5: # is "5" where link 4 was written/],
    [
      "a source text changed",
      [["set", "B3", "Друго изречение."]],
      /row 3: the source text of link 2 is not the one written: .*correct the target only/,
    ],
    ["the last row deleted", [["delete", 999]], /./],
    ["an unknown status", [["set", "F2", "ok"]], /row 2: status "ok": expected verified or rejected/],
    // A note typed in a column sverka writes and does not read back would be lost as well.
    [
      "a note typed in the Flags cell",
      [["set", "E3", "fixed by Petya"]],
      /row 3: the Flags cell is not the one written, .*write notes in Comment/,
    ],
    ["a sentence number changed", [["set", "I3", "should be BGN 850"]], /row 3: the Target sentence cell is not the one written/],
    // A reviewer's own column of corrections would be passed over: refused, naming it (a stranger's QA habit).
    [
      "a column of corrections added beside the sheet's",
      [
        ["set", "J1", "Corrected translation"],
        ["set", "J4", "The fixed text."],
      ],
      /row 4: column J \("Corrected translation"\) is not one sverka wrote, and its text would be lost: .*Type a correction over the Target cell/,
    ],
  ];
  for (const [what, ops, message] of refusals) {
    testNeeding([OPENPYXL], `refused, naming the row: ${what}`, async () => {
      const dir = scratch();
      const { book, bitext } = await reviewBook(dir);
      const last = bitext.links.length + 1;
      const edited = join(dir, "edited.xlsx");
      editBook(
        book,
        edited,
        ops.map((op: any) => (op[1] === 999 ? [op[0], last] : op)),
      );
      const out = join(dir, "memory.tmx");
      const r = await sverka(["export", edited, "-o", out]);
      if (what === "the last row deleted")
        expect(r.stderr).toContain(`row ${last}: the sheet ends here, but the bitext has ${bitext.links.length} links`);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("sheet Review");
      expect(r.code).toBe(2);
      expect(existsSync(out)).toBe(false);
    });
  }

  test("a file that is not a workbook, or a workbook sverka did not write, is refused", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "fake.xlsx"), "not a zip");
    let r = await sverka(["export", join(dir, "fake.xlsx"), "-o", join(dir, "m.tmx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not an Excel workbook");
    const bitext = align(read(BG), read(EN));
    const other = await writeXlsx(bitext);
    // Renaming the hidden sheet's content away: a workbook with a Review sheet but no bitext.
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(other);
    const wb = (await zip.file("xl/workbook.xml")!.async("string")).replace(/name="sverka-bitext"/, 'name="Other"');
    zip.file("xl/workbook.xml", wb);
    writeFileSync(join(dir, "other.xlsx"), await zip.generateAsync({ type: "uint8array" }));
    r = await sverka(["export", join(dir, "other.xlsx"), "-o", join(dir, "m.tmx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not a sverka review workbook");
  });
});

describe("the workbook keeps its bitext", () => {
  // Any text a document may hold (control characters, astral characters, U+FFFE) survives the hidden sheet and the cells.
  const text = fc.string({ unit: "binary", minLength: 1, maxLength: 40 });
  test("write then read gives the same bitext JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), async (pairs) => {
        const seg = (texts: string[]) => {
          let at = 0;
          return texts.map((t, id) => {
            const s = { id, text: t, start: at, end: at + t.length, paragraph: 0 };
            at += t.length + 1;
            return s;
          });
        };
        const bitext: Bitext = {
          source: { lang: "bg", segments: seg(pairs.map((p) => p[0])) },
          target: { lang: "en", segments: seg(pairs.map((p) => p[1])) },
          links: pairs.map((_, k) => ({ source: [k], target: [k], kind: "1-1" as const, score: 0.5, flags: [] })),
          model: { ratio: 1, variance: 1 },
        };
        const back = await readXlsx(await writeXlsx(bitext), "random.xlsx");
        expect(writeJson(back)).toBe(writeJson(bitext));
        expect(back.links.every((l) => l.correction === undefined)).toBe(true);
        expect(sideText(back.source, back.links[0]!.source)).toBe(sideText(bitext.source, bitext.links[0]!.source));
      }),
      { numRuns: 40 },
    );
  });

  test("DEL (U+007F), which exceljs leaves out of what it writes, comes back in the bitext, and its cells still match it", async () => {
    // Found by the test above: a target "\x7f\0" came back as "\0".
    const texts = ["Цена\x7f 10 лв.", "Price\x7f BGN 10.", "\x7f\0"];
    const bitext: Bitext = {
      source: { lang: "bg", segments: [{ id: 0, text: texts[0]!, start: 0, end: texts[0]!.length, paragraph: 0 }] },
      target: {
        lang: "en",
        segments: [
          { id: 0, text: texts[1]!, start: 0, end: texts[1]!.length, paragraph: 0 },
          { id: 1, text: texts[2]!, start: texts[1]!.length + 1, end: texts[1]!.length + 3, paragraph: 0 },
        ],
      },
      links: [{ source: [0], target: [0, 1], kind: "1-2", score: 0.5, flags: [] }],
      model: { ratio: 1, variance: 1 },
    };
    const back = await readXlsx(await writeXlsx(bitext), "del.xlsx");
    expect(writeJson(back)).toBe(writeJson(bitext));
    expect(back.links[0]!.correction).toBeUndefined();
  });

  test("a JSON longer than one cell holds is split over the hidden sheet's rows and joined again", async () => {
    const long = "Дълъг текст с 😀 емоджи. ".repeat(3000);
    const bitext: Bitext = {
      source: { lang: "bg", segments: [{ id: 0, text: long, start: 0, end: long.length, paragraph: 0 }] },
      target: { lang: "en", segments: [{ id: 0, text: "Short.", start: 0, end: 6, paragraph: 0 }] },
      links: [{ source: [0], target: [0], kind: "1-1", score: 1, flags: [] }],
      model: { ratio: 1, variance: 1 },
    };
    expect(writeJson(await readXlsx(await writeXlsx(bitext), "long.xlsx"))).toBe(writeJson(bitext));
  });
});
