import type { Stats } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { SverkaError } from "../errors.js";
import { getLanguage, isLanguageTag, malformedTag, primaryLanguage } from "../lang/index.js";
import { ISO_639_1, ISO_639_2, threeLetterCode } from "../lang/iso639-1.js";
import { unitFormatFor } from "../read/bilingual.js";
import { entriesOf } from "../read/entries.js";
import { DOCUMENT_EXTENSIONS } from "../read/index.js";

/** One document pair of a batch and where its output goes. */
export interface BatchPair {
  /** A short name for reports: the shared file stem, or the manifest's line. */
  readonly name: string;
  readonly source: string;
  readonly target: string;
  readonly output: string;
  /** The pair's own languages, where a manifest line gives them (an English original beside Bulgarian ones); else the batch's. */
  readonly sourceLang?: string;
  readonly targetLang?: string;
}

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
  /**
   * Files of the directory (or of a document's folder) that are no document
   * of either language (a PDF, notes, a manifest, a document named without
   * its language): in no pair, and said so rather than dropped silently.
   * Hidden files (.name) are not listed.
   */
  readonly others: string[];
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
  /** Called with each output a manifest line names (not the default ones): it may refuse one by throwing. */
  readonly checkOutput?: (output: string) => void;
}

/**
 * The pairs of a batch. A TSV manifest lists `source<TAB>target[<TAB>output[<TAB>source-lang<TAB>target-lang]]`
 * a line (paths relative to the manifest; an empty output is the default one). A directory is read in three
 * layouts, suffixes from the languages (every ending `align` reads:
 * DOCUMENT_EXTENSIONS):
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
  return info.isDirectory() ? readDirectory(path, options) : { pairs: await readTsvManifest(path, options), unpaired: [], others: [] };
}

/**
 * A document's file name taken apart: `NAME.LANG.EXT`, or `LANG.EXT` (a folder per document: no stem); an agency's
 * `NAME_LANG.EXT`, `NAME-LANG.EXT`, `NAME LANG.EXT`, `NAME (LANG).EXT`, a region after the language
 * (`NAME_bg-BG.EXT`, `NAME.en_GB.EXT`), a three-letter code (`NAME_BUL.EXT`) and a version after it
 * (`NAME_EN_final.EXT`, `NAME-EN.v2.EXT`) too.
 */
interface DocumentName {
  readonly file: string;
  readonly stem: string;
  readonly lang: string;
  readonly ext: string;
  /** What stands between the stem and the language: ".", "_", "-", " ", " (". */
  readonly sep: string;
  /** The language as the name writes it ("BG", "eng"), and what closes it (")", "]", or nothing). */
  readonly written: string;
  readonly close: string;
  /** A version after the language ("_final", ".v2", " (rev3)"), or "". */
  readonly version: string;
}

/** `file` as a document of language `sl` or `tl` with an ending `align` reads, if it is one. */
function documentName(file: string, sl: string, tl: string): DocumentName | undefined {
  const lower = file.toLowerCase();
  const ext = DOCUMENT_EXTENSIONS.find((e) => lower.endsWith(e));
  if (!ext) return undefined;
  const base = lower.slice(0, -ext.length);
  const plain = { ext, close: "", version: "" };
  for (const lang of [sl, tl]) {
    if (base === lang) return { file, stem: "", lang, sep: ".", written: file.slice(0, lang.length), ...plain };
    if (base.endsWith(`.${lang}`)) {
      const stem = file.slice(0, base.length - lang.length - 1);
      return { file, stem, lang, sep: ".", written: file.slice(stem.length + 1, base.length), ...plain };
    }
  }
  // PIL_Cardioprol_BG.txt, lease-bg.txt, report_bg-BG.txt, report.en_GB.txt, Договор (BG).docx, Offer_ENG_final.docx.
  const named = agencyName(file.slice(0, -ext.length));
  if (!named || (named.lang !== sl && named.lang !== tl)) return undefined;
  return { file, ext, ...named, lang: named.lang };
}

/**
 * The language a document's file name gives, of those `known` (`report.en.txt`, `en.txt`, `Offer_ENG_final.docx`), as
 * `batch` and `check FOLDER` read names to pair them; undefined where the name gives none or two could be read.
 */
export function languageInName(path: string, known: readonly string[]): string | undefined {
  const file = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const found = new Set<string>();
  for (const lang of known) if (documentName(file, lang, lang)?.lang === lang) found.add(lang);
  return found.size === 1 ? [...found][0] : undefined;
}

/** A file name's base (its ending aside) read as an agency writes it (`AGENCY_NAME`), its language two letters. */
function agencyName(
  base: string,
): { stem: string; sep: string; written: string; lang: string | undefined; close: string; version: string } | undefined {
  const m = AGENCY_NAME.exec(base.toLowerCase());
  if (!m?.groups || m.groups.stem!.length === 0) return undefined;
  const g = m.groups;
  const at = g.stem!.length + g.sep!.length;
  return {
    stem: base.slice(0, g.stem!.length),
    sep: base.slice(g.stem!.length, at),
    written: base.slice(at, at + g.lang!.length),
    lang: g.lang!.length === 3 ? ISO_639_2.get(g.lang!) : g.lang,
    close: g.close!,
    version: base.slice(base.length - g.version!.length),
  };
}

/** Words of a version an agency writes after the language: the latest of several is the one to check. */
const VERSION_WORD = String.raw`final|v\d+(?:\.\d+)*|ver\d+|rev\d*|r\d+|draft\d*|clean|reviewed|proofread|checked|edited|approved|signed|corr(?:ected)?|\d{8}|\d{4}-\d{2}-\d{2}`;
/**
 * NAME, a separator, a language of two or three letters, perhaps a region ("_bg", "-en", " BG", " (EN)", "_bg-bg",
 * ".en_gb", "_bul"), and perhaps a version ("_final", ".v2", " (rev3)"), lowercased.
 */
const AGENCY_NAME = new RegExp(
  String.raw`^(?<stem>.*?)(?<sep>[._-]| ?[([]| )(?<lang>[a-z]{2,3})(?:[-_](?:[a-z]{2}|\d{3}))?(?<close>[)\]]?)(?<version>(?:[._ -]+\(?(?:${VERSION_WORD})\)?)*)$`,
  "u",
);

/** How late a version is, compared element by element: final or signed first, then the highest number or date. */
function versionRank(version: string): number[] {
  const v = version.toLowerCase();
  const done = /final|approved|signed|clean/u.test(v) ? 1 : 0;
  const numbers = (v.match(/\d+/gu) ?? []).map(Number);
  return [done, ...numbers];
}

function later(a: DocumentName, b: DocumentName): number {
  const [x, y] = [versionRank(a.version), versionRank(b.version)];
  for (let k = 0; k < Math.max(x.length, y.length); k++) if ((x[k] ?? -1) !== (y[k] ?? -1)) return (y[k] ?? -1) - (x[k] ?? -1);
  return 0;
}

/**
 * The pairs among `files` of `dir`: `NAME.sl.EXT` with `NAME.tl.EXT`, and in a
 * document's folder (`prefix`, its name) `sl.EXT` with `tl.EXT`. A source
 * takes the target of its own ending first, else the first by
 * DOCUMENT_EXTENSIONS (contract.bg.docx with contract.en.txt). A document
 * left over is unpaired; a file that is no document of either language is
 * one of `others`.
 */
function pairFiles(
  dir: string,
  files: readonly string[],
  sl: string,
  tl: string,
  prefix: string,
  into: BatchInput,
  options: Outputs,
): void {
  const shown = (file: string) => (prefix ? `${prefix}/${file}` : file);
  // NAME/NAME.bg.txt is the document NAME, as NAME/bg.txt is; the folder is the last of the prefix.
  const folder = prefix.slice(prefix.lastIndexOf("/") + 1);
  const named = (stem: string) => (stem === "" || stem === folder ? prefix : prefix === "" ? stem : `${prefix}/${stem}`);
  const rank = (d: DocumentName) => DOCUMENT_EXTENSIONS.indexOf(d.ext as (typeof DOCUMENT_EXTENSIONS)[number]);
  const byStem = new Map<string, DocumentName[]>();
  for (const file of [...files].sort()) {
    const doc = documentName(file, sl, tl);
    // LANG.EXT names a document by its folder: at the top, there is none.
    // Names pair whatever their case: Lease.EN.txt is lease.bg.txt's translation.
    const key = doc?.stem.toLowerCase() ?? "";
    if (doc && (doc.stem !== "" || prefix !== "")) byStem.set(key, [...(byStem.get(key) ?? []), doc]);
    else if (file.startsWith(".")) continue;
    else if (doc)
      into.unpaired.push({
        name: file,
        file: join(dir, file),
        reason: `${file} names a document by its folder (NAME/${file}): at the top, name it NAME.${doc.lang}${doc.ext}`,
      });
    else {
      // A document named in a third language (policy.de.txt in a bg-en folder) is a translation left unchecked, not a stray
      // file; so is a document whose name says no language (notes.txt): a gate must not pass it unread.
      const other = otherLanguage(file, prefix);
      // A bilingual file (gettext .po, XLIFF) holds a translation of its own, which a folder's pairs do not read: named, so
      // that a gate does not pass it unread (stranger 192: a folder's labels.po left out, exit 0 with --fail-on-unpaired).
      const bilingual = unitFormatFor(file);
      if (bilingual === "po" || bilingual === "xliff")
        into.unpaired.push({
          name: shown(file),
          file: join(dir, file),
          reason: `a bilingual file (${bilingual === "po" ? "gettext PO" : "XLIFF"}), which a folder's pairs do not read: check it on its own (sverka check ${join(dir, file)})`,
        });
      else if (other) into.unpaired.push({ name: shown(file), file: join(dir, file), reason: `in ${other.lang}, not ${sl} or ${tl}` });
      else if (isDocumentFile(file) && !namesLanguage(file, sl, tl))
        into.unpaired.push({
          name: shown(file),
          file: join(dir, file),
          reason: `no language in its name (NAME.${sl}.EXT, NAME.${tl}.EXT)`,
        });
      else into.others.push(join(dir, file));
    }
  }
  // Of versions of one document (Offer_EN_v1.docx, Offer_EN_v2.docx, Offer_EN_final.docx) the latest is checked, the
  // others said to be earlier.
  const latest = (stem: string, docs: DocumentName[]): DocumentName[] => {
    if (docs.length < 2 || docs.every((d) => d.version === "")) return docs;
    const sorted = [...docs].sort(later);
    const kept = sorted.filter((d) => later(d, sorted[0]!) === 0);
    for (const d of sorted.slice(kept.length))
      into.unpaired.push({ name: named(stem), file: join(dir, d.file), reason: `an earlier version than ${shown(sorted[0]!.file)}` });
    return kept;
  };
  for (const [stem, docs] of byStem) {
    const ordered = [...docs].sort((a, b) => rank(a) - rank(b));
    const targets = latest(
      stem,
      ordered.filter((d) => d.lang === tl),
    );
    for (const source of latest(
      stem,
      ordered.filter((d) => d.lang === sl),
    )) {
      const k = Math.max(
        targets.findIndex((t) => t.ext === source.ext),
        targets.length > 0 ? 0 : -1,
      );
      if (k < 0) {
        const third = thirdLanguage(files, stem, prefix, [primaryLanguage(sl), primaryLanguage(tl)]);
        // "manual.bg.txt" beside "manual.de.txt": a pair in other languages than -s and -t, which only they can say.
        const hint = third
          ? `; ${shown(third.file)} is in ${third.lang}: a ${third.lang}–${sl} pair needs -s ${third.lang} -t ${sl}, or a manifest line`
          : "";
        into.unpaired.push({ name: named(stem), file: join(dir, source.file), reason: `no ${shown(counterpart(source, tl))}${hint}` });
        continue;
      }
      const [target] = targets.splice(k, 1);
      const name = named(stem);
      into.pairs.push({
        name,
        source: join(dir, source.file),
        target: join(dir, target!.file),
        output: join(options.outDir, `${name}${options.extension}`),
      });
    }
    for (const target of targets)
      into.unpaired.push({ name: named(stem), file: join(dir, target.file), reason: `no ${shown(counterpart(target, sl))}` });
  }
}

/**
 * The language of a document named NAME.LANG.EXT (in a document's folder, LANG.EXT) with LANG an ISO 639-1
 * code, with or without a region (policy.de.txt, pt-BR.md); undefined for any other file.
 */
/** A document of `stem` in a third language among a folder's files ("manual.de.txt" for "manual"), if any. */
function thirdLanguage(
  files: readonly string[],
  stem: string,
  prefix: string,
  pair: readonly string[],
): { file: string; lang: string } | undefined {
  for (const file of files) {
    if (!file.toLowerCase().startsWith(`${stem}.`)) continue;
    const other = otherLanguage(file, prefix);
    if (other && !pair.includes(other.lang.slice(0, 2).toLowerCase())) return { file, lang: other.lang };
  }
  return undefined;
}

function otherLanguage(file: string, prefix: string): { lang: string } | undefined {
  const lower = file.toLowerCase();
  const ext = DOCUMENT_EXTENSIONS.find((e) => lower.endsWith(e));
  if (!ext) return undefined;
  const base = file.slice(0, -ext.length);
  const dot = base.lastIndexOf(".");
  const tag = base.slice(dot + 1);
  if ((dot >= 0 || prefix !== "") && isLanguageTag(tag) && ISO_639_1.has(tag.slice(0, 2).toLowerCase())) return { lang: tag };
  // An agency's name: contract-DE.txt, Offer (FR).docx, Leaflet_DEU.txt. In capitals only, for a name's own last
  // word may be a language's two letters ("meeting-no.txt" is no Norwegian).
  const named = agencyName(base);
  if (!named || named.written !== named.written.toUpperCase()) return undefined;
  return named.lang !== undefined && ISO_639_1.has(named.lang) ? { lang: named.lang } : undefined;
}

/**
 * Whether a name holds one of the pair's languages as a part of its own, though not last (`bg.sentences.txt`, a
 * document's sentences one a line beside it; `offer.bg.old.txt`): a copy of a document of the pair, no translation of
 * its own left unchecked.
 */
function namesLanguage(file: string, sl: string, tl: string): boolean {
  const parts = file.toLowerCase().split(".").slice(0, -1);
  return parts.includes(sl) || parts.includes(tl);
}

/** Whether a file is a document by its ending (.txt, .md, .docx...): text a translation may be. */
export function isDocumentFile(file: string): boolean {
  const lower = file.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((e) => lower.endsWith(e));
}

/** The file a document lacks: its name with the other language. */
function counterpart(doc: DocumentName, lang: string): string {
  if (doc.stem === "") return `${lang}${doc.ext}`;
  // Written as the document writes its own: offer_BG.txt lacks offer_EN.txt, Offer (BUL).docx lacks Offer (ENG).docx.
  const code = doc.written.length === 3 ? (threeLetterCode(lang) ?? lang) : lang;
  const written = doc.written === doc.written.toUpperCase() ? code.toUpperCase() : code;
  return `${doc.stem}${doc.sep}${written}${doc.close}${doc.ext}`;
}

/** Where a directory's outputs go. */
interface Outputs {
  readonly outDir: string;
  readonly extension: string;
}

async function readDirectory(path: string, options: ManifestOptions): Promise<BatchInput> {
  const sl = primaryLanguage(options.sourceLang);
  const tl = primaryLanguage(options.targetLang);
  const outputs = { outDir: resolve(options.outDir), extension: options.extension };
  const into: BatchInput = { pairs: [], unpaired: [], others: [] };
  await walkFolder(path, "", 0, { sl, tl, outputs }, into);
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
    const why = [
      into.unpaired.length ? `; without a counterpart: ${someOf(into.unpaired.map((u) => `${u.file} (${u.reason})`))}` : "",
      into.others.length ? `; no document of either language: ${someOf(into.others)}` : "",
    ].join("");
    throw new SverkaError(
      `no document pairs in the directory: expected NAME.${sl}.EXT with NAME.${tl}.EXT, a folder per document holding ${sl}.EXT and ${tl}.EXT, or folders ${sl}/ and ${tl}/ holding documents of the same names (EXT: ${EXTENSIONS_SAID}; the codes come from -s and -t; a manifest lists pairs named otherwise)${why}`,
      { path },
    );
  }
  return into;
}

/** Folders never read: hidden ones (.git) and installed packages (node_modules: a project's folder holds thousands of their files). */
function skipped(folder: string): boolean {
  return folder.startsWith(".") || folder === "node_modules";
}

/** Folders below the one given that are read at most: a client's, a year's, a project's... (a link loop is never followed). */
const MAX_DEPTH = 12;

/**
 * The pairs of a folder and of the folders in it, at any depth (`clients/acme/2025/offer.bg.txt` is the pair
 * `acme/2025/offer`): a translation two folders down is checked, not passed over. A folder with no document of either
 * language (an output folder, images) is not a document's: its other files are not listed.
 */
async function walkFolder(
  dir: string,
  prefix: string,
  depth: number,
  how: { sl: string; tl: string; outputs: Outputs },
  into: BatchInput,
): Promise<void> {
  const entries = (await entriesOf(dir)).sort(byName);
  const here: BatchInput = { pairs: [], unpaired: [], others: [] };
  pairFiles(
    dir,
    entries.filter((e) => e.isFile()).map((e) => e.name),
    how.sl,
    how.tl,
    prefix,
    here,
    how.outputs,
  );
  // sverka's own reports beside the documents (`check docs -o docs/review.html`) are no documents left unchecked.
  const own = await Promise.all(here.unpaired.map((u) => /^no language in its name/u.test(u.reason) && writtenBySverka(u.file)));
  for (let k = own.length - 1; k >= 0; k--) if (own[k]) here.unpaired.splice(k, 1);
  const folders = entries.filter((e) => e.isDirectory() && !skipped(e.name));
  // A folder per language (site/bg/about.html with site/en/about.html; bg-BG/, en_US/ too): its documents pair by their paths within.
  const language = (e: { name: string }) => e.name.toLowerCase().split(/[-_]/u, 1)[0];
  const source = folders.find((e) => language(e) === how.sl);
  const target = folders.find((e) => language(e) === how.tl);
  into.pairs.push(...here.pairs);
  // Beside a folder per language, a file named in neither (a site's robots.txt, its redirecting index.html) is the site's, said on stderr.
  if (source && target && here.pairs.length === 0) {
    into.others.push(...here.unpaired.filter((u) => /^no language in its name/u.test(u.reason)).map((u) => u.file));
    into.unpaired.push(...here.unpaired.filter((u) => !/^no language in its name/u.test(u.reason)));
  } else into.unpaired.push(...here.unpaired);
  if (depth === 0 || here.pairs.length + here.unpaired.length > 0) into.others.push(...here.others);
  if (depth >= MAX_DEPTH) return;
  if (source && target) await pairLanguageFolders(join(dir, source.name), join(dir, target.name), prefix, depth, how, into);
  for (const folder of folders.filter((e) => e !== source && e !== target)) {
    // Beside the two, another language's folder (de/) holds translations left unchecked: each named as one.
    const other = source && target && isLanguageTag(folder.name) && ISO_639_1.has(language(folder)!) ? folder.name : undefined;
    if (other) {
      for (const file of await documentsIn(join(dir, folder.name), "", depth + 1))
        into.unpaired.push({
          name: `${prefix ? `${prefix}/` : ""}${folder.name}/${file}`,
          file: join(dir, folder.name, file),
          reason: `in ${other}, not ${how.sl} or ${how.tl}`,
        });
      continue;
    }
    await walkFolder(join(dir, folder.name), prefix ? `${prefix}/${folder.name}` : folder.name, depth + 1, how, into);
  }
  // One language's folder without the other's is read as any folder is.
  for (const folder of source && target ? [] : [source, target].filter((e) => e !== undefined))
    await walkFolder(join(dir, folder.name), prefix ? `${prefix}/${folder.name}` : folder.name, depth + 1, how, into);
}

/**
 * The documents of two folders, one per language (a website's `bg/` and `en/`), paired by their paths within them
 * (`bg/help/faq.html` with `en/help/faq.html`; a name with its language, `faq.bg.html`, with `faq.en.html`), each pair
 * named by that path (`help/faq`). A document in one folder only is unpaired; other files (images, styles) are
 * the site's, not documents, and are not listed.
 */
async function pairLanguageFolders(
  sourceDir: string,
  targetDir: string,
  prefix: string,
  depth: number,
  how: { sl: string; tl: string; outputs: Outputs },
  into: BatchInput,
): Promise<void> {
  const key = (path: string, lang: string) => {
    const lower = path.toLowerCase();
    const ext = DOCUMENT_EXTENSIONS.find((e) => lower.endsWith(e))!;
    const stem = lower.slice(0, -ext.length);
    return stem.endsWith(`.${lang}`) ? stem.slice(0, -lang.length - 1) : stem;
  };
  const sources = await documentsIn(sourceDir, "", depth + 1);
  const targets = new Map((await documentsIn(targetDir, "", depth + 1)).map((t) => [key(t, how.tl), t]));
  const named = (stem: string) => (prefix ? `${prefix}/${stem}` : stem);
  const shown = (folder: string, file: string) => `${prefix ? `${prefix}/` : ""}${basename(folder)}/${file}`;
  for (const file of sources) {
    const stem = key(file, how.sl);
    const target = targets.get(stem);
    if (target === undefined) {
      into.unpaired.push({ name: named(stem), file: join(sourceDir, file), reason: `no ${shown(targetDir, file)}` });
      continue;
    }
    targets.delete(stem);
    into.pairs.push({
      name: named(stem),
      source: join(sourceDir, file),
      target: join(targetDir, target),
      output: join(how.outputs.outDir, `${named(stem)}${how.outputs.extension}`),
    });
  }
  for (const [stem, file] of targets)
    into.unpaired.push({ name: named(stem), file: join(targetDir, file), reason: `no ${shown(sourceDir, file)}` });
}

/** The documents of a folder and the folders in it (by their ending: .txt, .md, .html...), as paths within it, in name order. */
async function documentsIn(dir: string, within: string, depth: number): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await entriesOf(dir)).sort(byName)) {
    if (e.name.startsWith(".") || (e.isDirectory() && skipped(e.name))) continue;
    const path = within ? `${within}/${e.name}` : e.name;
    if (e.isFile() && isDocumentFile(e.name)) out.push(path);
    else if (e.isDirectory() && depth < MAX_DEPTH) out.push(...(await documentsIn(join(dir, e.name), path, depth + 1)));
  }
  return out;
}

/** A path of the manifest's (relative to its folder `base`) as from here: relative if `base` is, absolute if it is. */
function inManifest(base: string, file: string): string {
  return isAbsolute(file) ? file : join(base, file);
}

/** The documents (by their ending: .txt, .md, .docx...) in the folders of a manifest's pairs that no line of it lists. */
export async function unlistedDocuments(pairs: readonly BatchPair[], manifest: string): Promise<Unpaired[]> {
  const listed = new Set([resolve(manifest), ...pairs.flatMap((p) => [resolve(p.source), resolve(p.target)])]);
  const folders = [...new Set(pairs.flatMap((p) => [dirname(resolve(p.source)), dirname(resolve(p.target))]))].sort();
  const out: Unpaired[] = [];
  for (const folder of folders) {
    const entries = await entriesOf(folder).catch(() => []);
    for (const e of entries.sort(byName)) {
      const file = join(folder, e.name);
      if (!e.isFile() || e.name.startsWith(".") || listed.has(file) || !isDocumentFile(e.name)) continue;
      if (await writtenBySverka(file)) continue;
      out.push({ name: e.name, file, reason: `not in the manifest ${basename(manifest)}` });
    }
  }
  return out;
}

/**
 * Whether a file is one of sverka's own reports, by how it starts: a review page (its generator named in its head) or a
 * readable `check` report. Written beside the documents (`check -o review.html`), it is no translation a manifest forgot.
 */
async function writtenBySverka(file: string): Promise<boolean> {
  const handle = await open(file, "r").catch(() => undefined);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.toString("utf8", 0, bytesRead);
    return text.startsWith("sverka check ") || /<meta name="generator" content="sverka[ "]/.test(text);
  } finally {
    await handle.close();
  }
}

/** Folder entries in the order of their names' code units, whatever the locale. */
function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Files of a folder that are no document of the pair, as `batch` and `check` say them: "2 files pair with nothing, left out: a, b". */
export function pairsWithNothing(files: readonly string[]): string {
  return `${files.length === 1 ? "1 file pairs" : `${files.length} files pair`} with nothing, left out: ${someOf(files)}`;
}

/** Names a message lists at most: a folder of thousands (a project's build output) would be a line of 100 KB. */
const LISTED = 10;

/** The first LISTED of `items`, and how many more. */
function someOf(items: readonly string[]): string {
  const more = items.length - LISTED;
  return more > 0 ? `${items.slice(0, LISTED).join(", ")} and ${more.toLocaleString("en-US")} more` : items.join(", ");
}

/** The endings a folder's documents may have, as messages say them. */
export const EXTENSIONS_SAID = "txt, md, html, docx, odt or rtf";

/**
 * Where a manifest's output goes: beside the manifest, as the line says; but a relative one that lands outside an
 * `--out-dir` given (`outside`) goes inside it, as its user meant ("manual.tmx" with `--out-dir out` is out/manual.tmx).
 */
function outputOf(output: string, base: string, outDir: string, outside: boolean): string {
  return outside && !isAbsolute(output) ? resolve(outDir, output) : resolve(base, output);
}

async function readTsvManifest(path: string, options: ManifestOptions): Promise<BatchPair[]> {
  const outDir = resolve(options.outDir);
  const inside = (p: string) => {
    const rel = relative(outDir, resolve(p));
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  };
  const pairs: BatchPair[] = [];
  // The pairs named after their files, not given an output.
  const named: number[] = [];
  const base = dirname(path);
  const text = await readFile(path, "utf8");
  text.split(/\r?\n/).forEach((line, k) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const [source, target, output, sourceLang, targetLang] = line.split("\t").map((x) => x.trim());
    if (!source || !target)
      throw new SverkaError(`line ${k + 1}: expected source<TAB>target[<TAB>output[<TAB>source-lang<TAB>target-lang]]`, { path });
    const languages = pairLanguages(sourceLang, targetLang, k, path);
    const sl = primaryLanguage(languages?.sourceLang ?? options.sourceLang);
    const stem = basename(source).replace(/\.[^.]+$/, "");
    // corpus/NAME/bg.txt is named by its folder; NAME.bg.txt by its stem.
    const name = stem === sl ? basename(dirname(resolve(base, source))) : stem.replace(new RegExp(`\\.${sl}$`), "");
    const out = output
      ? outputOf(output, base, outDir, options.confine !== false && !inside(resolve(base, output)))
      : join(outDir, `${name}${options.extension}`);
    if (options.confine !== false && !inside(out))
      throw new SverkaError(
        `line ${k + 1}: output ${output} is ${out === outDir ? "the output folder itself" : "outside the output folder"} ${options.outDir}: refused. ` +
          `Give an output inside it (such as ${join(outDir, basename(out))}), or drop --out-dir to write where the manifest says`,
        { path },
      );
    pairs.push({
      name: output ? basename(output).replace(/\.[^.]+$/, "") : name,
      // As a folder batch names its files: relative to here when the manifest was named so (a bitext's JSON keeps its paths).
      source: inManifest(base, source),
      target: inManifest(base, target),
      output: out,
      ...languages,
    });
    if (output) options.checkOutput?.(out);
    else named.push(pairs.length - 1);
  });
  if (pairs.length === 0) throw new SverkaError("the manifest lists no pairs", { path });
  return withDistinctNames(pairs, named, outDir, options.extension);
}

/**
 * The pairs with the names of those named after their files (`named`, their
 * indexes) made distinct where two are alike: "deen/defect/src.txt" and
 * "fren/defect/src.txt" are both "src", and would write one output. Each such
 * name takes its folders before it, nearest first, until it differs from the
 * others ("deen-defect-src", "fren-defect-src"); one source listed against
 * two translations takes the translation's name ("src-de", "src-fr"), and
 * names still alike are numbered in manifest order ("src", "src-2"). Its
 * output follows the name.
 */
export function withDistinctNames(pairs: BatchPair[], named: readonly number[], outDir: string, extension: string): BatchPair[] {
  const folders = new Map(named.map((k) => [k, dirname(pairs[k]!.source).split(/[\\/]/u).filter(Boolean)]));
  const names = new Map(named.map((k) => [k, pairs[k]!.name]));
  // One source against two translations: the translation's file tells them apart ("src-de", "src-fr").
  for (const ks of alikeNames(named, names))
    for (const k of ks) {
      if (!ks.some((x) => x !== k && pairs[x]!.source === pairs[k]!.source)) continue;
      names.set(k, `${names.get(k)}-${translationName(pairs[k]!)}`);
    }
  for (let depth = 1; ; depth++) {
    // Folders tell apart only sources in different folders.
    const alike = alikeNames(named, names)
      .filter((ks) => ks.some((k) => dirname(pairs[k]!.source) !== dirname(pairs[ks[0]!]!.source)))
      .flat();
    if (alike.length === 0) break;
    let longer = false;
    for (const k of alike) {
      const path = folders.get(k)!;
      if (depth > path.length) continue;
      // "defect/src" for a pair named "src" in a folder "defect"; a folder already in the name (corpus/NAME/bg.txt) is skipped.
      const folder = path[path.length - depth]!;
      if (names.get(k) === folder) continue;
      names.set(k, `${folder}-${names.get(k)}`);
      longer = true;
    }
    if (!longer) break;
  }
  // Failing those, their order in the manifest ("src", "src-2").
  for (const ks of alikeNames(named, names)) for (let x = 1; x < ks.length; x++) names.set(ks[x]!, `${names.get(ks[x]!)}-${x + 1}`);
  return pairs.map((p, k) => {
    const name = names.get(k);
    return name === undefined || name === p.name ? p : { ...p, name, output: join(outDir, `${name}${extension}`) };
  });
}

/**
 * What tells a translation apart: its file's stem ("de" of de.txt, "osce-b" of osce-b.en.txt), or the language of one
 * named as its source is (osce.en.txt), less the pair's own name before it ("rev2" of contract01.rev2.en.txt).
 */
function translationName(pair: BatchPair): string {
  const stem = basename(pair.target).replace(/\.[^.]+$/u, "");
  const dot = stem.lastIndexOf(".");
  const sourceStem = basename(pair.source).replace(/\.[^.]+$/u, "");
  const name = dot <= 0 ? stem : sourceStem.startsWith(`${stem.slice(0, dot)}.`) ? stem.slice(dot + 1) : stem.slice(0, dot);
  const own = /^(.+?)[.\-_](.+)$/u.exec(name);
  return own && own[1] === pair.name ? own[2]! : name;
}

/** The pairs of `named` whose names are alike, in groups of two or more, in manifest order. */
function alikeNames(named: readonly number[], names: ReadonlyMap<number, string>): number[][] {
  const byName = new Map<string, number[]>();
  for (const k of named) {
    const name = names.get(k)!;
    const ks = byName.get(name);
    if (ks) ks.push(k);
    else byName.set(name, [k]);
  }
  return [...byName.values()].filter((ks) => ks.length > 1);
}

/** A manifest line's languages: both or neither, each a tag sverka reads ("en", "bg-BG"). */
function pairLanguages(sourceLang: string | undefined, targetLang: string | undefined, k: number, path: string) {
  if (!sourceLang && !targetLang) return undefined;
  if (!sourceLang || !targetLang)
    throw new SverkaError(`line ${k + 1}: give both languages after the output (source<TAB>target<TAB>output<TAB>en<TAB>bg), or neither`, {
      path,
    });
  for (const tag of [sourceLang, targetLang]) {
    try {
      getLanguage(tag);
    } catch (error) {
      throw new SverkaError(`line ${k + 1}: ${(error as Error).message}`, { path });
    }
    if (!isLanguageTag(tag)) throw new SverkaError(`line ${k + 1}: ${malformedTag(tag)}`, { path });
  }
  return { sourceLang, targetLang };
}

/** The i-th of n deterministic parts (1-based), by position in the manifest. */
export function shard<T>(pairs: readonly T[], spec: string): T[] {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const i = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || i < 1 || i > n) throw new SverkaError(`--shard takes i/n with 1 <= i <= n, found "${spec}"`);
  return pairs.filter((_, k) => k % n === i - 1);
}
