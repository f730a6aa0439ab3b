import type * as csvParseModule from "csv-parse/sync";
import type * as fastXmlParser from "fast-xml-parser";
import { SverkaError } from "../errors.js";
import { lazy } from "../lazy.js";
import type { Segment } from "../types.js";

const xmlParser = lazy<typeof fastXmlParser>("fast-xml-parser");
const csvParse = lazy<typeof csvParseModule>("csv-parse/sync");

/** Translation units read from an existing memory: one source and one target text each. */
export interface MemoryUnits {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly units: ReadonlyArray<{ source: string; target: string; id: string }>;
}

/** Inline codes whose content is formatting, not text. */
const CODES = new Set(["bpt", "ept", "ph", "it", "ut"]);

/**
 * The units of a TMX file: for each <tu>, the <tuv> in the source language
 * (the header's srclang unless one is given) and the first in the target
 * language (the first other language unless one is given).
 */
export function readTmx(text: string, path: string, langs: { source?: string; target?: string } = {}): MemoryUnits {
  let doc: XmlNode;
  try {
    doc = new (xmlParser().XMLParser)({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      preserveOrder: false,
      trimValues: false,
      isArray: (name) => name === "tu" || name === "tuv" || name === "prop",
      stopNodes: [],
    }).parse(text, true);
  } catch (error) {
    throw new SverkaError(`not well-formed TMX (${(error as Error).message.split("\n")[0]})`, { path, cause: error });
  }
  const tmx = doc?.tmx;
  if (!tmx) throw new SverkaError("not a TMX file (no <tmx> element)", { path });
  const primary = (tag: unknown) =>
    String(tag ?? "")
      .split(/[-_]/)[0]!
      .toLowerCase();
  const headerLang = tmx.header?.["@srclang"];
  const sourceLang = langs.source ?? (headerLang && headerLang !== "*all*" ? headerLang : undefined);
  const tus: XmlNode[] = tmx.body?.tu ?? [];
  if (!sourceLang) throw new SverkaError("the TMX header names no source language: give it with --source-lang", { path });
  let targetLang = langs.target;
  const units = tus.flatMap((tu, k) => {
    const tuvs: XmlNode[] = tu.tuv ?? [];
    const lang = (tuv: XmlNode) => tuv["@xml:lang"] ?? tuv["@lang"];
    const src = tuvs.find((v) => primary(lang(v)) === primary(sourceLang));
    const tgt = tuvs.find((v) => (targetLang ? primary(lang(v)) === primary(targetLang) : primary(lang(v)) !== primary(sourceLang)));
    if (!src || !tgt) return [];
    targetLang ??= lang(tgt);
    return [{ source: segText(src.seg), target: segText(tgt.seg), id: String(tu["@tuid"] ?? k + 1) }];
  });
  if (units.length === 0) throw new SverkaError(`no translation units with both ${sourceLang} and a target language`, { path });
  return { sourceLang, targetLang: targetLang!, units };
}

/** The text of a <seg>, inline formatting codes left out. */
function segText(seg: unknown): string {
  if (seg === undefined || seg === null) return "";
  if (typeof seg === "string" || typeof seg === "number") return String(seg);
  if (Array.isArray(seg)) return seg.map(segText).join("");
  return Object.entries(seg as Record<string, unknown>)
    .filter(([k]) => !k.startsWith("@") && !CODES.has(k))
    .map(([, v]) => (Array.isArray(v) ? v.map(segText).join(" ") : segText(v)))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Pairs of a TSV file: source<TAB>target[<TAB>anything], one a line. Cells
 * quoted as RFC 4180 says (as sverka, Excel and Python's csv module write a
 * cell with a quote in it) are read unquoted, by csv-parse; a quote inside
 * an unquoted cell is text, and a file whose quotes do not follow the RFC
 * is read as plain tab-separated lines.
 */
export function readPairsTsv(text: string, path: string, langs: { source: string; target: string }): MemoryUnits {
  const units: Array<{ source: string; target: string; id: string }> = [];
  for (const { cells, line } of tsvRecords(text)) {
    if (cells.every((c) => c.trim() === "")) continue;
    if (cells.length < 2) throw new SverkaError(`line ${line}: expected source<TAB>target`, { path });
    units.push({ source: cells[0]!.trim(), target: cells[1]!.trim(), id: `line ${line}` });
  }
  if (units.length === 0) throw new SverkaError("the file has no pairs", { path });
  return { sourceLang: langs.source, targetLang: langs.target, units };
}

/**
 * A TSV file's records with the line each ends on: RFC 4180 quoting read
 * where the file follows it (every record with text has two cells or more),
 * else plain lines.
 */
function tsvRecords(text: string): Array<{ cells: string[]; line: number }> {
  const plain = () => text.split(/\r\n|\n|\r/).map((l, k) => ({ cells: l.split("\t"), line: k + 1 }));
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = csvParse().parse(text, {
      delimiter: "\t",
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      relax_quotes: true,
      info: true,
    }) as unknown as typeof rows;
  } catch {
    return plain();
  }
  if (rows.some((r) => r.record.length < 2 && r.record.some((c) => c.trim() !== ""))) return plain();
  return rows.map((r) => ({ cells: r.record, line: r.info.lines }));
}

/** Units as the two sides of a bitext: unit k is segment k on each side and paragraph k. */
export function unitSegments(units: MemoryUnits["units"]): { source: Segment[]; target: Segment[] } {
  const side = (pick: (u: MemoryUnits["units"][number]) => string) => {
    let offset = 0;
    return units.map((u, id) => {
      const text = pick(u);
      const s = { id, text, start: offset, end: offset + text.length, paragraph: id };
      offset += text.length + 1;
      return s;
    });
  };
  return { source: side((u) => u.source), target: side((u) => u.target) };
}

/** fast-xml-parser returns untyped trees: each field is checked where it is read. */
// biome-ignore lint/suspicious/noExplicitAny: a parsed XML element, any shape until checked
type XmlNode = Record<string, any>;
