/**
 * TMX files merged into one, each unit written back as it was read: its
 * inline markup, attributes, props, notes and locales untouched, byte for
 * byte. The first file is the memory merged into: its header is the merged
 * file's, so its units are written exactly as they were, and a client's
 * memory comes back with its own header. A later file's unit gets only what
 * keeps its meaning under that header (what its own header said otherwise:
 * srclang, a note, a prop) and what the user asked for (`--prop`,
 * `--creation-id`); nothing is invented. The one change: a tuid an earlier
 * file's unit has is made unique ("7-2").
 */
import type { TmxFile, TmxUnitRecord } from "../read/tm.js";
import { VERSION } from "../version.js";
import { escapeXml, tmxDate } from "./tmx.js";

/** What a merge may add to the units it writes. */
export interface MergeOptions {
  /** <prop>s added to every unit that has no prop of that type (its own or its file's header's): a memory's own value is kept. */
  readonly props?: ReadonlyArray<readonly [string, string]>;
  /** creationid of the merged file, and of each unit that has none. */
  readonly creationId?: string;
  /** The merged file's changedate (default: now). */
  readonly date?: Date;
  /** Whether a unit is kept (e.g. not flagged by a review): file index, unit index. */
  readonly keep?: (file: number, unit: number) => boolean;
  /**
   * Two units translating one source text otherwise (`Conflict`): "both" kept (the default: a memory may hold
   * alternatives, and each is said); "first", the one read first only (a client's memory merged into keeps its
   * translations); "memory", a translator's unit over one sverka aligned, both kept where neither or both were aligned.
   */
  readonly conflicts?: ConflictPolicy;
  /**
   * Whether a later memory's copy of a pair the first memory holds, written otherwise and changed after it, takes the
   * first memory's unit's place (an update of the client's own memory). By default the memory merged into keeps each of
   * its units as it went, whatever a later copy's date.
   */
  readonly newerWins?: boolean;
}

export type ConflictPolicy = "both" | "first" | "memory";

/**
 * Two units with the same source text (and markup), one translation each into a language, that differ: a client's
 * approved translation beside one aligned from an old job. A CAT tool offers both as exact matches, and may prefer the
 * newer (sverka's is dated the day it was aligned).
 */
export interface Conflict {
  /** The unit read later; left out where `kept` is false. */
  readonly unit: UnitPlace;
  /** The unit it conflicts with, which is written. */
  readonly other: UnitPlace;
  /** The language translated otherwise, as the unit writes it. */
  readonly lang: string;
  readonly kept: boolean;
}

/** A unit in messages: where it was read. */
export interface UnitPlace {
  readonly path: string;
  readonly line: number;
  readonly tuid?: string;
  /** Its latest changedate (of the <tu> or a <tuv>), else creationdate, as written. */
  readonly date?: string;
  /** Which of the two `date` is. */
  readonly dateKind?: "changedate" | "creationdate";
}

/** Two units with the same text and markup in every language but not written alike: one is kept. */
export interface Collision {
  readonly kept: UnitPlace;
  readonly dropped: UnitPlace;
  /**
   * "memory": the kept one is a memory's unit, the dropped one a unit sverka aligned (its x-sverka-score), whatever their
   * dates; "newer": the kept one's date (changedate, else creationdate) is later; "first": no date tells them apart, the
   * first read is kept; "policy": `--conflicts first`, the first read is kept whatever the dates; "merged into": the
   * kept one is the first memory's, which keeps its units (`MergeOptions.newerWins` not given).
   */
  readonly why: "memory" | "newer" | "first" | "policy" | "merged into";
}

/** A unit written with another tuid: an earlier memory's unit has its tuid. */
export interface RenamedTuid {
  readonly place: UnitPlace;
  /** The tuid written: the unit's own with "-2", "-3"... added. */
  readonly tuid: string;
}

export interface MergedTmx {
  /** The merged memory whole (made from `chunks` when asked). */
  readonly text: string;
  /** The merged memory in pieces of about a megabyte, for a file: a long memory's text is never whole in memory. */
  chunks(): Iterable<string>;
  /** Units read (after `keep`), written, and identical copies dropped. */
  readonly read: number;
  readonly written: number;
  readonly identical: number;
  /**
   * Duplicates dropped with nothing the kept unit lacks (every attribute,
   * prop and note of theirs is the kept one's): a memory merged again with
   * one it holds already. They are not collisions: nothing is lost.
   */
  readonly contained: number;
  /**
   * Duplicates that differ only in where sverka aligned them: units of one
   * sentence pair met more than once in its document (a repeated warning,
   * a template's clause), their tuid and their x-sverka-link and
   * x-sverka-score props apart. The first is kept; they are not collisions.
   */
  readonly repeated: number;
  /**
   * Units sverka aligned, of a later memory, whose every language's text a unit read before holds among more languages
   * (the client's unit of bg-BG, en-GB and de-DE beside an aligned bg/en pair; stranger 273): dropped, the holder kept.
   */
  readonly held: number;
  /** Units of later memories written in the first memory's regional locales (`regional`: those written so, by bare language), their bare language's. */
  readonly relocaled: number;
  readonly regional: ReadonlyMap<string, string>;
  readonly collisions: readonly Collision[];
  /** Units whose source another unit written translates otherwise, in the order read (`MergeOptions.conflicts`). */
  readonly conflicts: readonly Conflict[];
  /** Units written that carry an error sverka flagged when it aligned them (an `x-sverka-flag` prop "error ..."). */
  readonly flaggedErrors: number;
  /** Units of a later memory whose tuid an earlier memory's unit has, written with a tuid of their own. */
  readonly renamed: readonly RenamedTuid[];
}

/** Header attributes a unit inherits when it does not say them itself (TMX 1.4b), with their values where a header says none. */
const INHERITED: ReadonlyArray<readonly [string, string | undefined]> = [
  ["srclang", "*all*"],
  ["datatype", "unknown"],
  ["segtype", "sentence"],
  ["o-tmf", "unknown"],
  ["o-encoding", undefined],
];

/** The header prop sverka's own TMX names its source document with: it goes onto the units as x-document when the header is not kept. */
const SOURCE_DOCUMENT = "x-sverka-source-document";

/**
 * Merges TMX files: a unit with the same text and inline markup in every
 * language as one already read is a duplicate; of two such units written
 * differently (other props, notes, dates), the one with the later changedate
 * (else creationdate) is kept, in the place of the first, and the choice is
 * returned. The first file's header is the merged file's (its notes, props
 * and <ude>s as written, every other file's <ude>s besides); a later file's
 * header notes and props that the first's lacks move onto its units, and the
 * header attributes its units inherit (srclang, datatype...) onto those that
 * do not say them, where the first's header says otherwise.
 */
export function mergeTmx(files: readonly TmxFile[], options: MergeOptions = {}): MergedTmx {
  const header = mergedHeader(files);
  const byKey = new Map<string, number[]>();
  const chosen: Chosen[] = [];
  const collisions: Collision[] = [];
  const counts = { read: 0, identical: 0, contained: 0, repeated: 0, held: 0 };
  // Units of three languages or more, by each of their texts: where a later aligned pair may be held already.
  const multilingual = new Map<string, number[]>();
  const place = (x: Chosen) => unitPlace(files[x.file]!, x.unit);
  // XML comments of units not written here go before the next unit of their memory that is, or to the body's end.
  const tail: string[] = [];
  files.forEach((file, f) => {
    const pending: string[] = [];
    const carry = (unit: TmxUnitRecord) => {
      if (unit.comments) pending.push(...unit.comments);
    };
    file.units.forEach((unit, u) => {
      if (options.keep && !options.keep(f, u)) {
        carry(unit);
        return;
      }
      counts.read++;
      const key = unitKey(unit);
      const way = sourceOf(unit, file);
      const ways = byKey.get(key);
      const at = ways?.find((k) => sameWay(sourceOf(chosen[k]!.unit, files[chosen[k]!.file]!), way) && sameLocales(chosen[k]!.unit, unit));
      // The memory merged into keeps each of its own units, a pair it holds twice too: its two units may carry what people
      // decided of each (an approval and a note on one, a bot's import on the other: stranger 178). Its units sverka aligned
      // are one pair met twice in a document, and are judged as any others.
      if (at === undefined && f > 0 && bySverka(unit) && heldBy(unit, multilingual, chosen)) {
        counts.held++;
        carry(unit);
        return;
      }
      if (at === undefined || ownUnits(f, chosen[at]!, unit)) {
        if (ways) ways.push(chosen.length);
        else byKey.set(key, [chosen.length]);
        if (unit.variants.length > 2) indexTexts(multilingual, unit, chosen.length);
        chosen.push({ file: f, unit, comments: [...pending.splice(0), ...(unit.comments ?? [])] });
        return;
      }
      const old = chosen[at]!;
      // From here the unit is dropped or takes the old one's place, where the old one's comments stay.
      carry(unit);
      if (old.unit.xml === unit.xml) {
        counts.identical++;
        return;
      }
      const challenger = { file: f, unit, comments: old.comments };
      // A unit sverka aligned is dated the day it was aligned: it must not displace the same pair in a translator's
      // memory, which carries what people decided of it (its tuid, status, notes, who made and changed it).
      // Nor does one a reviewer verified on the review page: the same pair's unit in a memory sverka did not write carries
      // the client's approval, tuid and notes, which the verified unit lacks (stranger 225: dated the day it was exported,
      // it won on date and the client's approved unit was gone).
      const [alignedOld, alignedNew] = [aligned(old.unit), aligned(unit)];
      const [wroteOld, wroteNew] = [bySverka(old.unit), bySverka(unit)];
      if (alignedOld !== alignedNew || wroteOld !== wroteNew) {
        const oldGives = wroteOld !== wroteNew ? wroteOld : alignedOld;
        collisions.push({ kept: place(oldGives ? challenger : old), dropped: place(oldGives ? old : challenger), why: "memory" });
        if (oldGives) chosen[at] = challenger;
        return;
      }
      const settled = settleCopies(old, challenger, alignedOld, files, header, options);
      if (settled.counted) counts[settled.counted]++;
      if (settled.said)
        collisions.push({
          kept: place(settled.second ? challenger : old),
          dropped: place(settled.second ? old : challenger),
          why: settled.said,
        });
      if (settled.second) chosen[at] = challenger;
    });
    tail.push(...pending, ...(file.trailingComments ?? []));
  });
  const conflicts = resolveConflicts(files, chosen, options.conflicts ?? "both", tail);
  const tuids = uniqueTuids(files, chosen);
  const renamed = [...tuids].map(([k, tuid]) => ({ place: place(chosen[k]!), tuid }));
  const chunks = () => mergedChunks(files, chosen, tail, header, options, tuids);
  return {
    get text() {
      return [...chunks()].join("");
    },
    chunks,
    ...counts,
    written: chosen.length,
    ...relocaledUnits(files, chosen, header),
    collisions,
    conflicts,
    renamed,
    flaggedErrors: chosen.filter((c) => c.unit.props.some(([type, value]) => type === "x-sverka-flag" && value.startsWith("error"))).length,
  };
}

/**
 * Of two copies of one pair written otherwise, neither sverka's where the other is not: whether the second (`challenger`)
 * takes the first's place, and whether that is said (a collision's reason) or only counted.
 */
function settleCopies(
  old: Chosen,
  challenger: Chosen,
  alignedOld: boolean,
  files: readonly TmxFile[],
  header: MergedHeader,
  options: MergeOptions,
): { readonly second: boolean; readonly said?: Collision["why"]; readonly counted?: "repeated" | "contained" } {
  const facts = (x: Chosen) => unitFacts(x.unit, files[x.file]!, header, options);
  // Two units sverka aligned that differ only in where and when they were aligned (a pair met in two documents of a
  // batch, aligned seconds apart): the first is kept, whatever their dates, and nothing is said.
  // One of them saying more besides (a prop given with --prop: x-domain=legal) is kept: a document aligned again without
  // it loses nothing of the first alignment's (stranger 159).
  const more = alignedOld ? saysMoreButWhere(facts(old), facts(challenger)) : undefined;
  if (more !== undefined) return { second: more === "second", counted: "repeated" };
  // The memory merged into keeps its units as they went, whatever a later copy's date (strangers 304, 307: a vendor's
  // copies, confirmed in a later job, had replaced a client's approved units, their status, notes and tuids with them).
  if (old.file === 0 && !options.newerWins)
    return contains(facts(old), facts(challenger)) ? { second: false, counted: "contained" } : { second: false, said: "merged into" };
  const [mine, theirs] = [digits(unitDate(challenger.unit)?.date), digits(unitDate(old.unit)?.date)];
  if (mine === theirs) {
    // No date tells them apart: when one says all the other does, it is kept and nothing is lost (a memory merged again).
    const [a, b] = [facts(old), facts(challenger)];
    if (contains(a, b) || contains(b, a)) return { second: !contains(a, b), counted: "contained" };
  }
  // Under --conflicts first the unit read first is kept whatever the dates: the memory merged into keeps its own.
  const first = options.conflicts === "first";
  const newer = !first && mine > theirs;
  return { second: newer, said: first ? "policy" : mine === theirs ? "first" : "newer" };
}

/** The merged memory's text a piece at a time: its header, the units chosen with the comments before each, and the comments left at the body's end. */
function* mergedChunks(
  files: readonly TmxFile[],
  chosen: readonly Chosen[],
  tail: readonly string[],
  header: MergedHeader,
  options: MergeOptions,
  tuids: ReadonlyMap<number, string>,
): Generator<string> {
  let parts = [headerXml(header, options)];
  let length = 0;
  for (const [k, { file, unit, comments }] of chosen.entries()) {
    const xml = unitXml(unit, files[file]!, header, options, tuids.get(k));
    for (const comment of comments) parts.push(`    ${comment}`);
    parts.push(`    ${xml}`);
    length += xml.length;
    if (length >= CHUNK_CHARS) {
      // Each piece ends with a line break: the next begins a line.
      yield `${parts.join("\n")}\n`;
      parts = [];
      length = 0;
    }
  }
  parts.push(...tail.map((comment) => `    ${comment}`), "  </body>", "</tmx>", "");
  yield parts.join("\n");
}

/**
 * The conflicts among the units chosen, each later unit against the first written with its source text and a translation
 * into the same language; `chosen` is left with the units the policy keeps. A unit whose source is "*all*" says no
 * direction, and is judged by none.
 */
function resolveConflicts(files: readonly TmxFile[], chosen: Chosen[], policy: ConflictPolicy, tail: string[]): Conflict[] {
  const out: Conflict[] = [];
  // The units met with each source text and a language of translation, in order.
  const firstOf = new Map<string, number[]>();
  const left = new Set<number>();
  chosen.forEach((c, k) => {
    const source = sourceOf(c.unit, files[c.file]!);
    if (source === "*all*") return;
    const original = c.unit.variants.find((v) => primaryTag(v.lang) === source);
    if (!original) return;
    for (const v of c.unit.variants) {
      const lang = primaryTag(v.lang);
      if (lang === source) continue;
      const key = `${source}\u0001${original.key}\u0002${lang}`;
      const met = firstOf.get(key) ?? [];
      // Two regions' translations in one unit (en-GB and en-US) are no conflict of the unit with itself (stranger 273).
      if (met.includes(k)) continue;
      // Nor of two units: an en-GB and an en-US translation of one source are two locales' (stranger 307); a bare language is any region's.
      const translation = (x: number) => chosen[x]!.unit.variants.find((w) => primaryTag(w.lang) === lang && sameRegion(w.lang, v.lang));
      const at = met.find((x) => !left.has(x) && translation(x) !== undefined);
      if (at === undefined) {
        firstOf.set(key, [...met, k]);
        continue;
      }
      const other = chosen[at]!;
      // An empty translation is none: no conflict with one that says something (stranger 312: "<seg/>" had left a vendor's out).
      if (translation(at)!.key === v.key || translation(at)!.key === "" || v.key === "") continue;
      // Under "memory", an aligned unit read first gives way to a translator's read later.
      const yields = policy === "memory" && aligned(other.unit) && !aligned(c.unit);
      // Two translations in the memory merged into are both its own, whatever the policy.
      const drop =
        !ownUnits(c.file, other, c.unit) && (policy === "first" || (policy === "memory" && aligned(c.unit) && !aligned(other.unit)));
      const [gone, stays] = yields ? [at, k] : [k, at];
      out.push({
        unit: unitPlace(files[chosen[gone]!.file]!, chosen[gone]!.unit),
        other: unitPlace(files[chosen[stays]!.file]!, chosen[stays]!.unit),
        lang: v.lang,
        kept: !(drop || yields),
      });
      if (yields) {
        left.add(at);
        firstOf.set(key, [...met, k]);
      } else if (drop) {
        left.add(k);
        break;
      }
    }
  });
  if (left.size > 0) {
    // A unit left out gives its comments to the next one kept.
    const carried: string[] = [];
    const kept = chosen.flatMap((c, k) => {
      if (left.has(k)) {
        carried.push(...c.comments);
        return [];
      }
      return [carried.length ? { ...c, comments: [...carried.splice(0), ...c.comments] } : c];
    });
    tail.unshift(...carried);
    chosen.length = 0;
    chosen.push(...kept);
  }
  return out;
}

/** How many later memories' units are written in the first one's regions, and the regions they were written in (only those). */
function relocaledUnits(
  files: readonly TmxFile[],
  chosen: readonly Chosen[],
  header: MergedHeader,
): { relocaled: number; regional: Map<string, string> } {
  let relocaled = 0;
  const regional = new Map<string, string>();
  for (const c of chosen) {
    if (files[c.file] === header.first) continue;
    let moved = false;
    for (const v of c.unit.variants) {
      const to = inRegion(v.lang, header);
      if (to === v.lang) continue;
      moved = true;
      regional.set(v.lang.toLowerCase(), to);
    }
    if (moved) relocaled++;
  }
  return { relocaled, regional };
}

/** Characters of units gathered before a piece of the merged memory is given out. */
const CHUNK_CHARS = 1 << 20;

/** A unit chosen for the merged memory, and the file it was read from. */
interface Chosen {
  readonly file: number;
  readonly unit: TmxUnitRecord;
  /** The XML comments written before it: those of the first unit in its place, and of its memory's units not written just before. */
  readonly comments: readonly string[];
}

/**
 * New tuids (by place in `chosen`) for the units whose tuid a unit of an
 * earlier memory has: the first memory's tuids stay, a later one's gets
 * "-2" (or "-3"...), a tuid no memory uses. Units of one memory that share a
 * tuid are left as their memory wrote them.
 */
function uniqueTuids(files: readonly TmxFile[], chosen: readonly Chosen[]): Map<number, string> {
  const taken = new Set(files.flatMap((f) => f.units.flatMap((u) => (u.attrs.tuid === undefined ? [] : [u.attrs.tuid]))));
  const owner = new Map<string, number>();
  const renamed = new Map<number, string>();
  const order = [...chosen.keys()].sort((a, b) => chosen[a]!.file - chosen[b]!.file || a - b);
  for (const k of order) {
    const { file, unit } = chosen[k]!;
    const tuid = unit.attrs.tuid;
    if (tuid === undefined) continue;
    const first = owner.get(tuid);
    if (first === undefined) owner.set(tuid, file);
    if (first === undefined || first === file) continue;
    let n = 2;
    while (taken.has(`${tuid}-${n}`)) n++;
    taken.add(`${tuid}-${n}`);
    renamed.set(k, `${tuid}-${n}`);
  }
  return renamed;
}

/** What a unit says once merged: its attributes and its props and notes (as written), with what it gets from its header. */
interface UnitFacts {
  readonly attrs: Readonly<Record<string, string>>;
  readonly elements: ReadonlySet<string>;
  /** Each <tuv>'s attributes, by locale (lower case) and meaning. */
  readonly variants: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

function unitFacts(unit: TmxUnitRecord, file: TmxFile, header: MergedHeader, options: MergeOptions): UnitFacts {
  const added = additions(unit, file, header, options);
  const own = unit.xml.slice(unit.attrsEnd, unit.variantsStart).match(/<(note|prop)\b[^>]*>[\s\S]*?<\/\1>/g) ?? [];
  return {
    attrs: { ...unit.attrs, ...Object.fromEntries(added.attrs) },
    elements: new Set([...own, ...added.elements]),
    variants: new Map(unit.variants.map((v) => [`${v.lang.toLowerCase()}\u0001${v.key}`, v.attrs])),
  };
}

/**
 * Whether `a` says all `b` says: each of b's attributes with the same value
 * (a tuid may be one a merge made unique: "7-2" for "7"), each of its props
 * and notes, each attribute of its <tuv>s.
 */
function contains(a: UnitFacts, b: UnitFacts): boolean {
  const sameTuid = (x: string | undefined, y: string) =>
    x === y || ((x ?? "").startsWith(`${y}-`) && /^\d+$/.test((x ?? "").slice(y.length + 1)));
  for (const [name, value] of Object.entries(b.attrs))
    if (name === "tuid" ? !sameTuid(a.attrs.tuid, value) : a.attrs[name] !== value) return false;
  for (const e of b.elements) if (!a.elements.has(e)) return false;
  for (const [key, attrs] of b.variants) {
    const mine = a.variants.get(key);
    if (!mine || Object.entries(attrs).some(([name, value]) => mine[name] !== value)) return false;
  }
  return true;
}

/**
 * Of two units of sverka's own memories, where and when they were aligned aside (their tuids, which sverka numbers, and
 * the props of their place, score and flags in the document), the one that says all the other says: "first" where both
 * say the same, undefined where each says something the other does not. Units not written by sverka (no x-sverka-link
 * or x-sverka-score) are not judged so: another tool's tuid may be an id.
 */
function saysMoreButWhere(a: UnitFacts, b: UnitFacts): "first" | "second" | undefined {
  // A flag is of the link where the pair was met too: a repeated sentence is "translated differently" in one place only.
  // The documents it was met in, and the moment it was aligned, are where too: the pairs of one batch merged are aligned
  // seconds apart (stranger 80: 28,000 such units were each a "kept ... over ...: the later date" on stderr).
  const where = (e: string) => /^<prop\b[^>]*\btype="x-(?:sverka-(?:link|score|flag|source-document|target-document)|document)"/.test(e);
  // sverka's own units: a pair's TMX places each (x-sverka-link), a batch's merged memory scores it (x-sverka-score) and
  // names its document (stranger 88: two batch memories of one corpus merged as 462 units "written differently").
  const placed = (x: UnitFacts) => [...x.elements].some((e) => /^<prop\b[^>]*\btype="x-sverka-(?:link|score)"/.test(e));
  if (!placed(a) || !placed(b)) return undefined;
  // Nor the regions of its languages: one pair aligned once with -s bg-BG -t en-GB and once with the defaults is the
  // same pair (stranger 86: 29 units "written differently", each a line on stderr), as the units' key reads it; its
  // direction, by language, the duplicates share already (`sameWay`), whatever srclang a later memory's unit was given.
  const rest = (x: UnitFacts): UnitFacts => ({
    attrs: Object.fromEntries(Object.entries(x.attrs).filter(([name]) => name !== "tuid" && name !== "creationdate" && name !== "srclang")),
    elements: new Set([...x.elements].filter((e) => !where(e))),
    variants: new Map(
      [...x.variants].map(([key, attrs]) => {
        const at = key.indexOf("\u0001");
        const { "xml:lang": _lang, lang: _old, ...others } = attrs;
        return [`${primaryTag(key.slice(0, at))}${key.slice(at)}`, others];
      }),
    ),
  });
  const [ra, rb] = [rest(a), rest(b)];
  // The first where both say the same.
  return contains(ra, rb) ? "first" : contains(rb, ra) ? "second" : undefined;
}

/** Whether a unit of file `file` and a unit chosen before it are both the first memory's own, neither aligned by sverka. */
function ownUnits(file: number, before: Chosen, unit: TmxUnitRecord): boolean {
  return file === 0 && before.file === 0 && !aligned(unit) && !aligned(before.unit);
}

/**
 * Whether sverka aligned the unit: a sentence pair found in two documents, not one a translator kept. Every unit sverka
 * aligns has its confidence (x-sverka-score); a pair's own TMX gives its place too (x-sverka-link), `batch --merge-tmx` not.
 * One a reviewer verified or corrected (x-sverka-status) is a translator's: the same source aligned again, its typo
 * uncorrected, does not stand beside it (stranger 196).
 */
function aligned(unit: TmxUnitRecord): boolean {
  const props = unit.xml.slice(unit.attrsEnd, unit.variantsStart);
  return /<prop\b[^>]*\btype="x-sverka-(?:score|link)"/.test(props) && !/<prop\b[^>]*\btype="x-sverka-status"/.test(props);
}

/** Whether sverka wrote the unit (its confidence or its place in a document), a reviewer's verdict on it or not. */
function bySverka(unit: TmxUnitRecord): boolean {
  return /<prop\b[^>]*\btype="x-sverka-(?:score|link)"/.test(unit.xml.slice(unit.attrsEnd, unit.variantsStart));
}

/** A variant's language and text, its region aside. */
const variantKey = (v: TmxUnitRecord["variants"][number]) => `${primaryTag(v.lang)}\u0001${v.key}`;

/** Each text of a unit of three languages or more, with the unit's place among those chosen. */
function indexTexts(multilingual: Map<string, number[]>, unit: TmxUnitRecord, at: number): void {
  for (const v of unit.variants) {
    const list = multilingual.get(variantKey(v));
    if (list) list.push(at);
    else multilingual.set(variantKey(v), [at]);
  }
}

/**
 * Whether a unit of three languages or more read before (`multilingual`, by each text) holds every text of `unit` in
 * its locales (as `sameLocales` reads them): an aligned pair the client's multilingual unit says already.
 */
function heldBy(unit: TmxUnitRecord, multilingual: ReadonlyMap<string, readonly number[]>, chosen: readonly Chosen[]): boolean {
  const first = unit.variants[0];
  if (first === undefined) return false;
  const bare = (lang: string) => !/[-_]/.test(lang);
  const inside = (holder: TmxUnitRecord) =>
    holder.variants.length > unit.variants.length &&
    unit.variants.every((v) =>
      holder.variants.some(
        (w) => variantKey(w) === variantKey(v) && (w.lang.toLowerCase() === v.lang.toLowerCase() || bare(w.lang) || bare(v.lang)),
      ),
    );
  return (multilingual.get(variantKey(first)) ?? []).some((k) => inside(chosen[k]!.unit));
}

/** Same text and markup in the same locales (locale case aside), whatever the order of the <tuv>s. */
function unitKey(unit: TmxUnitRecord): string {
  return sortedVariants(unit)
    .map((v) => `${primaryTag(v.lang)}\u0001${v.key}`)
    .join("\u0002");
}

/** Whether two locales of one language may be one: the same region, or a language alone on either side. */
function sameRegion(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase().replace("_", "-"), b.toLowerCase().replace("_", "-")];
  return x === y || !x.includes("-") || !y.includes("-");
}

/** A locale's language, its region and the rest aside: "bg" of "bg-BG". */
const primaryTag = (lang: string) => lang.toLowerCase().split(/[-_]/)[0]!;

function sortedVariants(unit: TmxUnitRecord): TmxUnitRecord["variants"] {
  const key = (v: TmxUnitRecord["variants"][number]) => `${primaryTag(v.lang)}\u0001${v.key}`;
  return [...unit.variants].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Whether two units of one key are in the same locales: each text's written alike (case aside), or one of them the
 * language alone ("bg" is "bg-BG" too: a memory aligned with `-s bg` beside a client's `bg-BG` holds the same pair).
 * "en-GB" and "en-US" are not: a memory for each region keeps its own.
 */
function sameLocales(a: TmxUnitRecord, b: TmxUnitRecord): boolean {
  const [x, y] = [sortedVariants(a), sortedVariants(b)];
  const bare = (lang: string) => !/[-_]/.test(lang);
  return x.every((v, k) => {
    const w = y[k]!;
    return v.lang.toLowerCase() === w.lang.toLowerCase() || bare(v.lang) || bare(w.lang);
  });
}

/** A unit's source language (its own srclang, else its header's), by its primary tag: bg and bg-BG are one; "*all*" where any may be. */
function sourceOf(unit: TmxUnitRecord, file: TmxFile): string {
  return primaryTag(unit.attrs.srclang ?? file.header.srclang ?? "*all*");
}

/**
 * Whether two units of one key translate the same way: a unit whose source is
 * the English of another's Bulgarian (a memory of pairs in both directions)
 * is another unit; one of srclang "*all*" says no direction, and is a
 * duplicate of either.
 */
function sameWay(a: string, b: string): boolean {
  return a === b || a === "*all*" || b === "*all*";
}

/**
 * When a unit last changed, as written: the latest changedate of the <tu> and
 * its <tuv>s, else the latest creationdate.
 */
function unitDate(unit: TmxUnitRecord): { date: string; kind: "changedate" | "creationdate" } | undefined {
  const latest = (name: "changedate" | "creationdate") => {
    const date = [unit.attrs[name], ...unit.variants.map((v) => v.attrs[name])]
      .filter((d): d is string => d !== undefined)
      .reduce<string | undefined>((a, b) => (a === undefined || digits(b) > digits(a) ? b : a), undefined);
    return date === undefined ? undefined : { date, kind: name };
  };
  return latest("changedate") ?? latest("creationdate");
}

/** A TMX date's digits ("20240131T120000Z" → "20240131120000"), to compare dates however they were written. */
const digits = (date: string | undefined) => (date ?? "").replace(/\D/g, "");

function unitPlace(file: TmxFile, unit: TmxUnitRecord): UnitPlace {
  const date = unitDate(unit);
  return {
    path: file.path,
    line: unit.line,
    ...(unit.attrs.tuid ? { tuid: unit.attrs.tuid } : {}),
    ...(date ? { date: date.date, dateKind: date.kind } : {}),
  };
}

interface MergedHeader {
  /** The memory merged into: the first file, whose header this is. */
  readonly first: TmxFile | undefined;
  /** The attributes its units inherit, as the merged header says them (a TMX default where it says none). */
  readonly attrs: Readonly<Record<string, string | undefined>>;
  /** The merged header's notes, props and <ude>s, as written. */
  readonly elements: readonly string[];
  /**
   * The one regional locale the first memory writes each language in ("bg" → "bg-BG", "en" → "en-GB"), where it writes
   * one only: a later memory's units in the bare language are written so, and the merged memory has one locale a
   * language (a CAT tool that matches locales whole would skip or misfile the others; stranger 83).
   */
  readonly regional: ReadonlyMap<string, string>;
}

/** The header prop types the merged header does not keep: sverka's own names one document, and its units note it (as x-document). */
const kept = (e: TmxFile["headerElements"][number]) => !(e.name === "prop" && e.attrs.type === SOURCE_DOCUMENT);

function mergedHeader(files: readonly TmxFile[]): MergedHeader {
  const first = files[0];
  const attrs: Record<string, string | undefined> = {};
  for (const [name, fallback] of INHERITED) attrs[name] = first?.header[name] ?? fallback;
  const own = (first?.headerElements ?? []).filter(kept);
  const elements = own.map((e) => e.xml);
  // A <ude> defines characters units may use: every file's is kept (once per name).
  const udeNames = new Set(own.filter((e) => e.name === "ude").map((e) => e.attrs.name));
  for (const f of files.slice(1))
    for (const e of f.headerElements)
      if (e.name === "ude" && !udeNames.has(e.attrs.name)) {
        udeNames.add(e.attrs.name);
        elements.push(e.xml);
      }
  return { first, attrs, elements, regional: regionalLocales(first) };
}

/** The first memory's regional locale of each language it writes in one region only (its units' and header's srclang). */
function regionalLocales(first: TmxFile | undefined): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  const note = (lang: string | undefined) => {
    if (!lang || !/[-_]/.test(lang) || lang === "*all*") return;
    const primary = primaryTag(lang);
    const set = seen.get(primary) ?? new Set<string>();
    set.add(lang);
    seen.set(primary, set);
  };
  // Its units' locales, bare ones too: a language its units write bare somewhere is left as it is.
  const bare = new Set<string>();
  for (const unit of first?.units ?? [])
    for (const v of unit.variants) {
      if (/[-_]/.test(v.lang)) note(v.lang);
      else bare.add(v.lang.toLowerCase());
    }
  const out = new Map<string, string>();
  for (const [primary, langs] of seen) {
    // "en-GB" and "en-gb" are one; "en-GB" and "en-US" two regions.
    const written = new Set([...langs].map((l) => l.toLowerCase()));
    if (written.size === 1 && !bare.has(primary)) out.set(primary, [...langs][0]!);
  }
  return out;
}

/** A locale written in the first memory's region where it is the bare language of one ("bg" → "bg-BG"). */
function inRegion(lang: string, header: MergedHeader): string {
  return /[-_]/.test(lang) ? lang : (header.regional.get(lang.toLowerCase()) ?? lang);
}

/** The header attributes the TMX 1.4 DTD requires besides the tool's, and what to write where the first header lacks one. */
const REQUIRED: ReadonlyArray<readonly [string, string]> = [
  ["segtype", "sentence"],
  ["o-tmf", "unknown"],
  ["adminlang", "en-US"],
  ["srclang", "*all*"],
  ["datatype", "unknown"],
];

/** Header attributes sverka writes itself: it wrote the merged file, and changed the memory today. */
const WRITTEN_BY_MERGE = new Set(["creationtool", "creationtoolversion", "changedate", "changeid"]);

/**
 * The first file's header as the merged file's: its attributes as written (creationid too, unless `--creation-id`
 * says who made this one), sverka as the tool, today as the changedate (and the creationdate where it has none); the
 * changeid is `--creation-id`'s, who changed the memory today, else none (the first header's named who changed it last).
 */
function headerXml(header: MergedHeader, options: MergeOptions): string {
  const attr = (name: string, value: string | undefined) => (value === undefined ? "" : ` ${name}="${escapeXml(value)}"`);
  const written = header.first?.header ?? {};
  const today = tmxDate(options.date ?? new Date());
  const own = Object.entries(written)
    .filter(([name]) => !WRITTEN_BY_MERGE.has(name))
    .map(([name, value]) => attr(name, value))
    .join("");
  // The attributes the DTD requires, where the first header lacks them: their TMX defaults (what its units inherited).
  const required = REQUIRED.filter(([name]) => written[name] === undefined)
    .map(([name, value]) => attr(name, header.attrs[name] ?? value))
    .join("");
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    // The first memory's declaration of the TMX DTD, as it was (some tools recognise a memory by it).
    ...(header.first?.doctype ? [header.first.doctype] : []),
    `<tmx version="1.4">`,
    `  <header creationtool="sverka" creationtoolversion="${escapeXml(VERSION)}"${own}${required}` +
      // No creationdate where the first header has none: the day the memory was made is not known, and today is not it (stranger 307).
      `${written.creationid === undefined ? attr("creationid", options.creationId) : ""}${attr("changedate", today)}${attr("changeid", options.creationId)}>`,
    ...header.elements.map((e) => `    ${e}`),
    `  </header>`,
    `  <body>`,
  ];
  return lines.join("\n");
}

const propXml = (type: string, value: string) => `<prop type="${escapeXml(type)}">${escapeXml(value)}</prop>`;

/**
 * What a unit gets under the merged header, and what the user asked for: a later file's header notes and props that
 * the merged header lacks (a header prop of a type the unit has is not: the unit's own x-domain=legal says more than
 * its memory's x-domain=technical), the header attributes it inherited where the merged header says otherwise, and
 * for every unit `--prop`, `--creation-id` and sverka's document prop as x-document. The first file's units inherit
 * their own header still, and get nothing else from it; nor `--prop` and `--creation-id`, unless sverka wrote them: the
 * memory merged into comes back as it went, and a job's tag is the units the job adds (stranger 304: every unit of a
 * client's memory had been tagged with the job's project and credited to its translator).
 */
function additions(
  unit: TmxUnitRecord,
  file: TmxFile,
  header: MergedHeader,
  options: MergeOptions,
): { elements: string[]; attrs: Array<readonly [string, string]> } {
  const has = (type: string) => unit.props.some(([t]) => t === type);
  const first = file === header.first;
  const elements: string[] = [];
  for (const e of file.headerElements) {
    if (e.name !== "prop" && e.name !== "note") continue;
    // sverka's own TMX names its document in the header; a merged unit notes it as x-document, as batch --merge-tmx does.
    if (e.name === "prop" && e.attrs.type === SOURCE_DOCUMENT) {
      if (!has("x-document")) elements.push(propXml("x-document", e.text));
    } else if (first || header.elements.includes(e.xml)) continue;
    else if (e.name === "prop" && e.attrs.type !== undefined && has(e.attrs.type)) continue;
    else if (!unit.xml.includes(e.xml)) elements.push(e.xml);
  }
  // What a memory says wins: a unit with a prop of that type (its own, or its file's header's) keeps its value, and gets no second one.
  const headerHas = (type: string) => file.headerElements.some((e) => e.name === "prop" && e.attrs.type === type);
  const tagged = !first || bySverka(unit);
  if (tagged) for (const [type, value] of options.props ?? []) if (!has(type) && !headerHas(type)) elements.push(propXml(type, value));
  const attrs: Array<readonly [string, string]> = [];
  if (!first)
    for (const [name, fallback] of INHERITED) {
      const own = file.header[name] ?? fallback;
      if (unit.attrs[name] === undefined && own !== undefined && own !== header.attrs[name]) attrs.push([name, own]);
    }
  if (tagged && options.creationId !== undefined && unit.attrs.creationid === undefined) attrs.push(["creationid", options.creationId]);
  return { elements, attrs };
}

/** A unit as it was written, with `additions`, and the tuid `tuid` in place of its own when one is given. */
function unitXml(unit: TmxUnitRecord, file: TmxFile, header: MergedHeader, options: MergeOptions, tuid?: string): string {
  const { elements: added, attrs: inherited } = additions(unit, file, header, options);
  // A source language the first memory writes in a region is written so; where that is the merged header's, not at all.
  const attrs = inherited.flatMap(([name, value]): Array<readonly [string, string]> => {
    if (name !== "srclang" || file === header.first) return [[name, value]];
    const regional = inRegion(value, header);
    return regional === header.attrs.srclang ? [] : [[name, regional]];
  });
  let xml = unit.xml;
  if (added.length > 0) {
    const sep = unit.variantsIndent ? `\n${unit.variantsIndent}` : "";
    const inserted = added.map((x) => x + sep).join("");
    xml = xml.slice(0, unit.variantsStart) + inserted + xml.slice(unit.variantsStart);
  }
  if (attrs.length > 0) {
    const inserted = attrs.map(([n, v]) => ` ${n}="${escapeXml(v)}"`).join("");
    xml = xml.slice(0, unit.attrsEnd) + inserted + xml.slice(unit.attrsEnd);
  }
  if (file !== header.first && header.regional.size > 0) {
    const relocale = (m: string, before: string, q: string, lang: string) => {
      const regional = inRegion(lang, header);
      return regional === lang ? m : `${before}${q}${escapeXml(regional)}${q}`;
    };
    const end = xml.indexOf(">") + 1;
    xml =
      xml.slice(0, end).replace(/(\ssrclang\s*=\s*)(["'])([^"']*)\2/, relocale) +
      xml.slice(end).replace(/(<tuv\b[^>]*?\sxml:lang\s*=\s*)(["'])([^"']*)\2/g, relocale);
  }
  if (tuid !== undefined) {
    // Only the start tag's own tuid attribute: its value is replaced, the rest stays as written.
    const start = xml
      .slice(0, unit.attrsEnd)
      .replace(/(\stuid\s*=\s*)(?:"[^"]*"|'[^']*')/, (_m, before: string) => `${before}"${escapeXml(tuid)}"`);
    xml = start + xml.slice(unit.attrsEnd);
  }
  return xml;
}
