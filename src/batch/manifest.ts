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

/**
 * The pairs of a batch. A TSV manifest lists `source<TAB>target[<TAB>output]`
 * a line (paths relative to the manifest); a directory pairs `NAME.bg.txt`
 * with `NAME.en.txt` (suffixes from the languages; .md, .html and .docx too).
 * Outputs default to `OUTDIR/NAME.FORMAT`, and an output that would land
 * outside OUTDIR is refused.
 */
export async function readManifest(
  path: string,
  options: { sourceLang: string; targetLang: string; outDir: string; extension: string },
): Promise<BatchPair[]> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw new SverkaError("no such manifest or directory", { path, cause: error });
  }
  const outDir = resolve(options.outDir);
  const inside = (p: string) => {
    const rel = relative(outDir, resolve(p));
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  };
  const pairs: BatchPair[] = [];
  if (info.isDirectory()) {
    const sl = primaryLanguage(options.sourceLang);
    const tl = primaryLanguage(options.targetLang);
    const files = new Set(await readdir(path));
    for (const file of [...files].sort()) {
      const ext = INPUT_EXTENSIONS.find((e) => file.toLowerCase().endsWith(`.${sl}${e}`));
      if (!ext) continue;
      const name = file.slice(0, -`.${sl}${ext}`.length);
      const partner = INPUT_EXTENSIONS.map((e) => `${name}.${tl}${e}`).find((f) => files.has(f));
      if (!partner) continue;
      pairs.push({ name, source: join(path, file), target: join(path, partner), output: join(outDir, `${name}${options.extension}`) });
    }
    if (pairs.length === 0) throw new SverkaError(`no NAME.${sl}.txt / NAME.${tl}.txt pairs in the directory`, { path });
    return pairs;
  }
  const base = dirname(path);
  const text = await readFile(path, "utf8");
  text.split(/\r?\n/).forEach((line, k) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const [source, target, output] = line.split("\t").map((x) => x.trim());
    if (!source || !target) throw new SverkaError(`line ${k + 1}: expected source<TAB>target[<TAB>output]`, { path });
    const name = basename(source)
      .replace(/\.[^.]+$/, "")
      .replace(new RegExp(`\\.${primaryLanguage(options.sourceLang)}$`), "");
    const out = output ? resolve(base, output) : join(outDir, `${name}${options.extension}`);
    if (!inside(out))
      throw new SverkaError(`line ${k + 1}: output ${output} is outside the output folder ${options.outDir}: refused`, { path });
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
