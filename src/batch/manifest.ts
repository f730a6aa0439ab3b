import type { Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { SverkaError } from "../errors.js";
import { primaryLanguage } from "../lang/index.js";

/** One document pair of a batch and where its output goes. */
export interface BatchPair {
  /** A short name for reports: the shared file stem, or the manifest's line. */
  readonly name: string;
  readonly source: string;
  readonly target: string;
  readonly output: string;
}

const INPUT_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".docx"];

/** A file of a directory batch with no counterpart in the other language: listed as skipped, with why. */
export interface Unpaired {
  readonly name: string;
  /** The file that was found. */
  readonly file: string;
  /** What is missing, as the user would name it: `no osce.en.txt`, `no osce/en.txt`. */
  readonly reason: string;
}

/** What a batch is made of: the pairs to align, and (for a directory) the files left without a counterpart. */
export interface BatchInput {
  readonly pairs: BatchPair[];
  readonly unpaired: Unpaired[];
}

export interface ManifestOptions {
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Where outputs go by default (`OUTDIR/NAME.FORMAT`). */
  readonly outDir: string;
  readonly extension: string;
  /**
   * Whether the user chose `outDir` (`--out-dir`): then an output the manifest
   * places outside it is refused. Without it, the manifest's own outputs are
   * written where it says. Default true.
   */
  readonly confine?: boolean;
}

/**
 * The pairs of a batch. A TSV manifest lists `source<TAB>target[<TAB>output]`
 * a line (paths relative to the manifest). A directory is read in three
 * layouts, suffixes from the languages (.md, .html and .docx too):
 * `NAME.bg.txt` + `NAME.en.txt`; a folder per document, `NAME/bg.txt` +
 * `NAME/en.txt`; and `NAME/NAME.bg.txt` + `NAME/NAME.en.txt`. Outputs
 * default to `OUTDIR/NAME.FORMAT`.
 */
export async function readManifest(path: string, options: ManifestOptions): Promise<BatchPair[]> {
  return (await readBatchInput(path, options)).pairs;
}

/** {@link readManifest}, with the files of a directory that have no counterpart. */
export async function readBatchInput(path: string, options: ManifestOptions): Promise<BatchInput> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw new SverkaError("no such manifest or directory", { path, cause: error });
  }
  return info.isDirectory() ? readDirectory(path, options) : { pairs: await readTsvManifest(path, options), unpaired: [] };
}

/** The `NAME.sl.EXT` / `NAME.tl.EXT` pairs among `files` of `dir`; `prefix` is the folder's name in the batch, if any. */
function pairFiles(
  dir: string,
  files: ReadonlySet<string>,
  sl: string,
  tl: string,
  prefix: string,
  into: BatchInput,
  outDir: string,
  extension: string,
): void {
  const suffix = (file: string, lang: string) => INPUT_EXTENSIONS.find((e) => file.toLowerCase().endsWith(`.${lang}${e}`));
  const shown = (file: string) => (prefix ? `${prefix}/${file}` : file);
  const named = (stem: string) => (prefix === "" ? stem : stem === prefix ? prefix : `${prefix}/${stem}`);
  for (const file of [...files].sort()) {
    const sx = suffix(file, sl);
    const tx = sx ? undefined : suffix(file, tl);
    if (!sx && !tx) continue;
    const [own, other, ext] = sx ? [sl, tl, sx] : [tl, sl, tx!];
    const stem = file.slice(0, -`.${own}${ext}`.length);
    const partner = INPUT_EXTENSIONS.map((e) => `${stem}.${other}${e}`).find((f) => files.has(f));
    const name = named(stem);
    if (!partner) into.unpaired.push({ name, file: join(dir, file), reason: `no ${shown(`${stem}.${other}${ext}`)}` });
    else if (sx)
      into.pairs.push({ name, source: join(dir, file), target: join(dir, partner), output: join(outDir, `${name}${extension}`) });
  }
}

async function readDirectory(path: string, options: ManifestOptions): Promise<BatchInput> {
  const sl = primaryLanguage(options.sourceLang);
  const tl = primaryLanguage(options.targetLang);
  const outDir = resolve(options.outDir);
  const into: BatchInput = { pairs: [], unpaired: [] };
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  pairFiles(path, new Set(entries.filter((e) => e.isFile()).map((e) => e.name)), sl, tl, "", into, outDir, options.extension);
  for (const folder of entries.filter((e) => e.isDirectory())) {
    const dir = join(path, folder.name);
    const files = new Set((await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name));
    // NAME/bg.txt + NAME/en.txt: the folder names the document.
    const own = (lang: string) => INPUT_EXTENSIONS.map((e) => `${lang}${e}`).find((f) => files.has(f));
    const [source, target] = [own(sl), own(tl)];
    if (source && target)
      into.pairs.push({
        name: folder.name,
        source: join(dir, source),
        target: join(dir, target),
        output: join(outDir, `${folder.name}${options.extension}`),
      });
    else if (source || target) {
      const found = (source ?? target)!;
      const missing = `${source ? tl : sl}${found.slice(found.indexOf("."))}`;
      into.unpaired.push({ name: folder.name, file: join(dir, found), reason: `no ${folder.name}/${missing}` });
    }
    // NAME/NAME.bg.txt + NAME/NAME.en.txt (or any NAME.bg.txt pairs inside the folder).
    pairFiles(dir, files, sl, tl, folder.name, into, outDir, options.extension);
  }
  const byName = new Map<string, BatchPair>();
  for (const p of into.pairs) {
    const twin = byName.get(p.name);
    if (twin)
      throw new SverkaError(
        `two pairs are named ${p.name} (${twin.source} and ${p.source}), so both would write ${twin.output}: rename one of them`,
        { path },
      );
    byName.set(p.name, p);
  }
  if (into.pairs.length === 0) {
    const why = into.unpaired.length ? `; without a counterpart: ${into.unpaired.map((u) => `${u.file} (${u.reason})`).join(", ")}` : "";
    throw new SverkaError(
      `no document pairs in the directory: expected NAME.${sl}.txt with NAME.${tl}.txt, or a folder per document holding ${sl}.txt and ${tl}.txt (the suffixes come from -s and -t)${why}`,
      { path },
    );
  }
  return into;
}

async function readTsvManifest(path: string, options: ManifestOptions): Promise<BatchPair[]> {
  const outDir = resolve(options.outDir);
  const inside = (p: string) => {
    const rel = relative(outDir, resolve(p));
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  };
  const pairs: BatchPair[] = [];
  const base = dirname(path);
  const text = await readFile(path, "utf8");
  text.split(/\r?\n/).forEach((line, k) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const [source, target, output] = line.split("\t").map((x) => x.trim());
    if (!source || !target) throw new SverkaError(`line ${k + 1}: expected source<TAB>target[<TAB>output]`, { path });
    const sl = primaryLanguage(options.sourceLang);
    const stem = basename(source).replace(/\.[^.]+$/, "");
    // corpus/NAME/bg.txt is named by its folder; NAME.bg.txt by its stem.
    const name = stem === sl ? basename(dirname(resolve(base, source))) : stem.replace(new RegExp(`\\.${sl}$`), "");
    const out = output ? resolve(base, output) : join(outDir, `${name}${options.extension}`);
    if (options.confine !== false && !inside(out))
      throw new SverkaError(
        `line ${k + 1}: output ${output} is ${out === outDir ? "the output folder itself" : "outside the output folder"} ${options.outDir}: refused. ` +
          `Give an output inside it (such as ${join(outDir, basename(out))}), or drop --out-dir to write where the manifest says`,
        { path },
      );
    pairs.push({
      name: output ? basename(output).replace(/\.[^.]+$/, "") : name,
      source: resolve(base, source),
      target: resolve(base, target),
      output: out,
    });
  });
  if (pairs.length === 0) throw new SverkaError("the manifest lists no pairs", { path });
  return pairs;
}

/** The i-th of n deterministic parts (1-based), by position in the manifest. */
export function shard<T>(pairs: readonly T[], spec: string): T[] {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const i = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || i < 1 || i > n) throw new SverkaError(`--shard takes i/n with 1 <= i <= n, found "${spec}"`);
  return pairs.filter((_, k) => k % n === i - 1);
}
