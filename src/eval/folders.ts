/**
 * A corpus scored at once: a folder of gold alignments against a folder of
 * alignments to score, paired by file name without its ending
 * (`gold/news-17.links` with `out/news-17.json`, as a batch names its
 * outputs after its pairs), and scored over all their links together.
 */
import { extname, join } from "node:path";
import { entriesOf } from "../read/entries.js";

/** A gold file and the test file of the same name. */
export interface AlignmentPair {
  readonly name: string;
  readonly gold: string;
  readonly test: string;
}

export interface AlignmentFolders {
  readonly pairs: AlignmentPair[];
  /** Gold files with no test file of their name, and test files with no gold: named, never scored. */
  readonly goldOnly: string[];
  readonly testOnly: string[];
}

/** A file's name without its last ending ("news-17" of "news-17.links"). */
function stem(file: string): string {
  const ext = extname(file);
  return ext ? file.slice(0, -ext.length) : file;
}

/**
 * Endings of the files `align` and `batch` write beside a pair's JSON that hold no links to score: a folder written with
 * `-o out/doc.json -o out/doc.html` pairs its gold with the JSON, not the page sorted first (stranger 367).
 */
const NOT_ALIGNMENTS = new Set([".html", ".htm", ".tmx", ".tsv", ".xlsx", ".xlf", ".xliff", ".po", ".sarif", ".xml", ".md"]);

/** The files of a folder (not hidden ones, nor folders, nor another format's output), by name without their ending. */
async function byStem(folder: string): Promise<Map<string, string>> {
  const entries = await entriesOf(folder);
  const out = new Map<string, string>();
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))
    if (e.isFile() && !e.name.startsWith(".") && !NOT_ALIGNMENTS.has(extname(e.name).toLowerCase()) && !out.has(stem(e.name)))
      out.set(stem(e.name), join(folder, e.name));
  return out;
}

/** The gold and test files of two folders, paired by name; in name order. */
export async function pairAlignmentFolders(goldFolder: string, testFolder: string): Promise<AlignmentFolders> {
  const gold = await byStem(goldFolder);
  const test = await byStem(testFolder);
  const pairs: AlignmentPair[] = [];
  const goldOnly: string[] = [];
  for (const [name, path] of gold) {
    const other = test.get(name);
    if (other === undefined) goldOnly.push(path);
    else pairs.push({ name, gold: path, test: other });
  }
  const testOnly = [...test].filter(([name]) => !gold.has(name)).map(([, path]) => path);
  return { pairs, goldOnly, testOnly };
}
