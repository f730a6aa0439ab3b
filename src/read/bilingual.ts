/** Files that hold a translation unit by unit, as `check FILE` reads them: memories (TMX, TSV) and bilingual files (XLIFF, PO). */
import { readPo } from "./po.js";
import { type MemoryUnits, parseTmx, readPairsTsv, readTmx, tmxDirections } from "./tm.js";
import { readXliff } from "./xliff.js";

export const UNIT_FORMATS = ["tmx", "tsv", "xliff", "po"] as const;
export type UnitFormat = (typeof UNIT_FORMATS)[number];

/** The unit format a file name says: .tmx, .tsv, .xlf/.xliff, .po. */
export function unitFormatFor(path: string): UnitFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(path.toLowerCase())?.[1];
  if (ext === "tmx" || ext === "tsv") return ext;
  if (ext === "xlf" || ext === "xliff") return "xliff";
  if (ext === "po") return "po";
  return undefined;
}

/**
 * The units of a memory or bilingual file. `langs` are the languages the user
 * gave (they win over the file's); TSV has none of its own, so it takes `fallback`.
 */
export function readUnits(
  format: UnitFormat,
  text: string,
  path: string,
  langs: { source?: string; target?: string },
  fallback: { source: string; target: string },
): MemoryUnits {
  switch (format) {
    case "tmx":
      return readTmx(text, path, langs);
    case "tsv":
      return readPairsTsv(
        text,
        path,
        { source: langs.source ?? fallback.source, target: langs.target ?? fallback.target },
        langs.source !== undefined || langs.target !== undefined,
      );
    case "xliff":
      return readXliff(text, path, langs);
    case "po":
      return readPo(text, path, langs);
  }
}

/**
 * The units of a memory or bilingual file by direction (`readUnits`): a TMX of
 * srclang "*all*" whose units say different source languages (pairs in both
 * directions merged) is one list per direction, each unit read in its own
 * (`tmxDirections`); any other file is one list.
 */
export function readUnitsByDirection(
  format: UnitFormat,
  text: string,
  path: string,
  langs: { source?: string; target?: string },
  fallback: { source: string; target: string },
  onProgress?: (done: number, total: number) => void,
): MemoryUnits[] {
  return format === "tmx" ? tmxDirections(parseTmx(text, path, onProgress), langs) : [readUnits(format, text, path, langs, fallback)];
}
