import { basename, isAbsolute, relative } from "node:path";
import { escapeXml } from "../escape.js";
import type { Bitext, Link } from "../types.js";
import { VERSION } from "../version.js";
import { keptLinks, roundScore, sideText, targetText } from "./text.js";
import type { WriteOptions } from "./types.js";

export { escapeXml };

/** TMX 1.4 date: YYYYMMDDThhmmssZ. */
export function tmxDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** One translation unit as TMX writes it. */
export interface TmxUnit {
  readonly source: string;
  readonly target: string;
  /** Each side as TMX inline markup, written instead of the text escaped where given (a memory's placeholders kept). */
  readonly sourceInline?: string;
  readonly targetInline?: string;
  readonly score: number;
  /** Kind and segment ids, e.g. "2-1 s4,5 t4". */
  readonly link?: string;
  /** The document the unit came from (merged memories). */
  readonly document?: string;
  /** A reviewer's comment (TMX <note>). */
  readonly note?: string;
  /** What the review flagged on the unit at warning or worse, as "severity type: reason" (a `x-sverka-flag` property each). */
  readonly flags?: readonly string[];
  /** A reviewer verified the link (`x-sverka-status` "verified"): a colleague given the memory sees which units a person checked. */
  readonly verified?: boolean;
  /**
   * A reviewer corrected the translation (`x-sverka-status` "corrected"): a merge takes it as a translator's unit, over the
   * same source sverka aligned with the text uncorrected (stranger 196: the typo came back through a merge).
   */
  readonly corrected?: boolean;
  /** The unit's own languages, where a memory holds several pairs (a batch's English original beside Bulgarian ones). */
  readonly sourceLang?: string;
  readonly targetLang?: string;
}

export interface TmxHeader {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly date: Date;
  /** Header properties, e.g. [["x-sverka-source-document", "bg.txt"]]. */
  readonly props?: ReadonlyArray<readonly [string, string]>;
  /** Header notes: what a user of the memory must know of all of it (a pair aligned in languages it did not look like). */
  readonly notes?: readonly string[];
  /** Properties of every unit, after sverka's own (`--prop x-client=ACME`). */
  readonly unitProps?: ReadonlyArray<readonly [string, string]>;
  /** creationid of the file and of every unit (`--creation-id`). */
  readonly creationId?: string;
}

/**
 * A TMX 1.4 translation memory, valid against the TMX 1.4 DTD: one <tu> per
 * link with text on both sides (a memory needs both; 1-0 and 0-1 links are
 * left out, and so are links a reviewer rejected and units flagged at
 * `dropFlagged` or worse: see `leftOutReason`), the link's confidence as a
 * property.
 */
export function writeTmx(bitext: Bitext, options: WriteOptions = {}): string {
  return [...tmxFileChunks(bitext, options)].join("");
}

/** `writeTmx`'s text in pieces of some thousand lines, telling `options.onProgress` the share of units written. */
export function* tmxFileChunks(bitext: Bitext, options: WriteOptions = {}): Generator<string, void, undefined> {
  const units: TmxUnit[] = [];
  // The units are gathered before the first is written (a second or two at 400,000 links): a quarter of the share told.
  const told = options.onProgress;
  const links = keptLinks(bitext, options);
  let seen = 0;
  for (const link of links) {
    if (told && ++seen % GATHER_TOLD_EVERY === 0) told((0.25 * seen) / links.length);
    // A reviewer may translate a sentence the translation left out (a correction on a 1-0 link).
    if (link.source.length === 0 || (link.target.length === 0 && link.correction === undefined)) continue;
    const source = sideText(bitext.source, link.source, true);
    const target = targetText(bitext.target, link, true);
    const note = link.comment ? { note: link.comment } : {};
    const sourceInline = inlineOf(bitext.source.segments, link.source);
    const targetInline = link.correction === undefined ? inlineOf(bitext.target.segments, link.target) : undefined;
    const flags = unitFlags(link);
    units.push({
      source,
      target,
      score: link.score,
      link: `${link.kind} s${link.source.join(",")} t${link.target.join(",")}`,
      ...note,
      ...(sourceInline !== undefined ? { sourceInline } : {}),
      ...(targetInline !== undefined ? { targetInline } : {}),
      ...(flags.length ? { flags } : {}),
      ...(link.status === "verified" ? { verified: true } : {}),
      ...(corrected(bitext, link) ? { corrected: true } : {}),
    });
  }
  const props: Array<[string, string]> = [];
  if (bitext.source.path) props.push(["x-sverka-source-document", documentName(bitext.source.path)]);
  if (bitext.target.path) props.push(["x-sverka-target-document", documentName(bitext.target.path)]);
  const sourceLang = options.sourceLocale ?? bitext.source.lang;
  const targetLang = options.targetLocale ?? bitext.target.lang;
  // A memory goes to others without its run's summary: a pair forced through in languages it did not look like says so in it.
  // The note names no file (a memory sent to a client carries no "/home/maria/...").
  const forced = (bitext.documentFlags ?? []).some((f) => f.type === "languages-forced");
  yield* tmxChunks(
    units,
    {
      sourceLang,
      targetLang,
      date: options.date ?? new Date(),
      props,
      ...(forced ? { notes: [forcedNote(sourceLang, targetLang)] } : {}),
      unitProps: options.unitProps,
      creationId: options.creationId,
    },
    told && ((share) => told(0.25 + 0.75 * share)),
  );
}

/** Whether a reviewer corrected the link's translation: the link's own correction, or a segment's text on either side. */
function corrected(bitext: Bitext, link: Link): boolean {
  return (
    link.correction !== undefined ||
    link.target.some((j) => bitext.target.segments[j]?.corrected !== undefined) ||
    link.source.some((i) => bitext.source.segments[i]?.corrected !== undefined)
  );
}

/**
 * The flags a unit carries into the memory: those at warning or worse, unless a reviewer verified the link. A memory
 * outlives the run's report, and a unit kept with "meaning reversed?" on it must not read as a clean one in a CAT tool.
 */
export function unitFlags(link: Link): string[] {
  if (link.status === "verified" || !link.flags) return [];
  // A translation a reviewer typed for a sentence left out is no sentence missing now (stranger 111).
  const typed = link.target.length === 0 && link.correction !== undefined;
  // A sentence moved from its place says so at information (`order`): its unit is the only one out of the document's order.
  return link.flags
    .filter((f) => (f.severity !== "info" || f.type === "order") && !(typed && f.type === "missing"))
    .map((f) => `${f.severity} ${f.type}: ${f.reason}`);
}

/** Links gathered into units between two reports of `tmxFileChunks`'s progress. */
const GATHER_TOLD_EVERY = 16_384;

/** The note of a memory, or of its units in a merged one, aligned with --force though its texts did not look like its languages. */
export function forcedNote(sourceLang: string, targetLang: string): string {
  return `aligned with --force: the texts did not look like ${sourceLang} and ${targetLang}, the languages this memory names (or looked swapped); check the languages and the direction before using it`;
}

/**
 * A document's name as a memory carries it to others: its path below the
 * folder the command ran in ("clients/acme/bg.txt", telling a batch's
 * documents apart: a manifest's pairs are given as absolute paths), else the
 * file name alone. A memory sent to a client does not carry "/home/maria/..."
 * or "../../private/...".
 */
export function documentName(path: string, cwd: string = process.cwd()): string {
  const below = isAbsolute(path) ? relative(cwd, path) : path;
  const parts = below.split(/[\\/]/);
  if (isAbsolute(below) || /^[A-Za-z]:/.test(below) || parts.includes("..")) return basename(path.replace(/\\/g, "/"));
  return parts.filter((p) => p !== "" && p !== ".").join("/");
}

/** A link side's inline markup: its one segment's, as a memory or bilingual file gave it, unless a reviewer corrected it. */
function inlineOf(segments: Bitext["source"]["segments"], ids: readonly number[]): string | undefined {
  if (ids.length !== 1) return undefined;
  const segment = segments[ids[0]!]!;
  return segment.corrected === undefined ? segment.inline : undefined;
}

/** The TMX text for units; units whose text is empty once escaped are left out. */
export function tmxDocument(units: readonly TmxUnit[], header: TmxHeader): string {
  return [...tmxChunks(units, header)].join("");
}

/** Lines gathered before `tmxChunks` gives them out. */
const CHUNK_LINES = 20_000;

/** `tmxDocument`'s text in pieces of some thousand lines: a batch's merged memory is never whole in memory. */
export function* tmxChunks(units: readonly TmxUnit[], header: TmxHeader, onProgress?: (share: number) => void): Generator<string> {
  const date = tmxDate(header.date);
  const creationId = header.creationId === undefined ? "" : ` creationid="${escapeXml(header.creationId)}"`;
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tmx version="1.4">`,
    `  <header creationtool="sverka" creationtoolversion="${escapeXml(VERSION)}" datatype="plaintext" segtype="sentence" ` +
      `adminlang="en-US" srclang="${escapeXml(header.sourceLang)}" o-tmf="sverka-bitext" creationdate="${date}"${creationId}>`,
  ];
  for (const note of header.notes ?? []) out.push(`    <note>${escapeXml(note)}</note>`);
  for (const [type, value] of header.props ?? []) out.push(`    <prop type="${escapeXml(type)}">${escapeXml(value)}</prop>`);
  out.push(`  </header>`, `  <body>`);
  let n = 0;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    const src = u.sourceInline ?? escapeXml(u.source);
    const tgt = u.targetInline ?? escapeXml(u.target);
    if (src.trim() === "" || tgt.trim() === "") continue;
    n++;
    const sourceLang = u.sourceLang ?? header.sourceLang;
    // A unit in another direction than the header's names its source language (the header's is then "*all*").
    const own = sourceLang !== header.sourceLang ? ` srclang="${escapeXml(sourceLang)}"` : "";
    out.push(`    <tu tuid="${n}"${own} creationdate="${date}"${creationId}>`);
    if (u.note) out.push(`      <note>${escapeXml(u.note)}</note>`);
    out.push(`      <prop type="x-sverka-score">${roundScore(u.score)}</prop>`);
    if (u.link) out.push(`      <prop type="x-sverka-link">${escapeXml(u.link)}</prop>`);
    if (u.document) out.push(`      <prop type="x-document">${escapeXml(u.document)}</prop>`);
    // Corrected and verified both: a merge's gate keeps a unit a reviewer verified, whatever else they did (stranger 236).
    if (u.corrected) out.push(`      <prop type="x-sverka-status">corrected</prop>`);
    if (u.verified) out.push(`      <prop type="x-sverka-status">verified</prop>`);
    for (const flag of u.flags ?? []) out.push(`      <prop type="x-sverka-flag">${escapeXml(flag)}</prop>`);
    for (const [type, value] of header.unitProps ?? []) out.push(`      <prop type="${escapeXml(type)}">${escapeXml(value)}</prop>`);
    out.push(
      `      <tuv xml:lang="${escapeXml(sourceLang)}"><seg>${src}</seg></tuv>`,
      `      <tuv xml:lang="${escapeXml(u.targetLang ?? header.targetLang)}"><seg>${tgt}</seg></tuv>`,
      `    </tu>`,
    );
    if (out.length >= CHUNK_LINES) {
      // Each piece ends with a line break: the next begins a line.
      yield `${out.join("\n")}\n`;
      out.length = 0;
      onProgress?.((k + 1) / units.length);
    }
  }
  out.push(`  </body>`, `</tmx>`, ``);
  yield out.join("\n");
  onProgress?.(1);
}

/** Units of several memories as one: the first occurrence of each source-target pair (in its languages) is kept, with the flags of every occurrence. */
export function mergeUnits(groups: Iterable<readonly TmxUnit[]>): TmxUnit[] {
  const seen = new Map<string, number>();
  const out: TmxUnit[] = [];
  for (const units of groups) {
    for (const u of units) {
      const key = `${u.source}\u0000${u.target}\u0000${u.sourceLang ?? ""}\u0000${u.targetLang ?? ""}`;
      const at = seen.get(key);
      if (at === undefined) {
        seen.set(key, out.length);
        out.push(u);
        continue;
      }
      // The first is kept, with what the review said of the pair wherever it was met: a flag must not be lost to a clean copy.
      const kept = out[at]!;
      const more = (u.flags ?? []).filter((f) => !kept.flags?.includes(f));
      if (more.length > 0) out[at] = { ...kept, flags: [...(kept.flags ?? []), ...more] };
    }
  }
  return out;
}
