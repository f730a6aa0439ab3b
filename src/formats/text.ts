import { foldSpaces, foldSpacesKeepingTabs } from "../read/space.js";
import { movedUnits } from "../review/moved.js";
import { joinBrokenWords } from "../segment/hyphens.js";
import { type Bitext, type DocumentFlag, type Flag, type FlagType, type Link, SEVERITY_RANK, type Severity, type Side } from "../types.js";
import type { WriteOptions } from "./types.js";

/** What `--drop-flagged` may say: leave out units with a flag of this severity or worse, or keep them all. */
export type DropFlagged = Severity | "none";

/** The default of `dropFlagged`: a memory does not receive what sverka itself calls an error. */
export const DEFAULT_DROP_FLAGGED: DropFlagged = "error";

/**
 * A link's text on one side: its segments (as corrected, where a reviewer did) joined by a space, a word a line's end
 * broke with a hyphen joined again (src/segment/hyphens.ts), runs of ordinary white space folded (no-break spaces kept:
 * src/read/space.ts); with `tabs`, a table row's tabs kept (a memory's unit, a workbook's cell: not a TSV's field).
 */
export function sideText(side: Pick<Side, "lang" | "segments">, ids: readonly number[], tabs = false): string {
  const segments = side.segments;
  const joined = joinBrokenWords(ids.map((id) => segments[id]!.corrected ?? segments[id]!.text).join(" "), segments, side.lang);
  return (tabs ? foldSpacesKeepingTabs(joined) : foldSpaces(joined)).trim();
}

/** A link's translation as a memory takes it: a reviewer's correction, else its target segments' text. */
export function targetText(side: Pick<Side, "lang" | "segments">, link: Link, tabs = false): string {
  if (link.correction === undefined) return sideText(side, link.target, tabs);
  return (tabs ? foldSpacesKeepingTabs(link.correction) : foldSpaces(link.correction)).trim();
}

/** Why a link stays out of a memory or a pair list, if it does. */
export type LeftOutReason =
  | { readonly why: "rejected" }
  | { readonly why: "flagged"; readonly flag: Flag }
  /** The pair as a whole is flagged (the target does not look like a translation of the source). */
  | { readonly why: "document"; readonly flag: DocumentFlag }
  | { readonly why: "score" };

/**
 * Why `link` is left out of TMX and TSV, or undefined when it is kept. A
 * reviewer's decision comes first: rejected links are out, verified ones are
 * kept whatever their flags. Then a link with text on both sides (a unit)
 * and a flag of `dropFlagged`'s severity or worse is out (1-0 and 0-1 links
 * are not units: their flag says what they are, and TMX leaves them out
 * anyway). Last, a score below `minScore`.
 */
export function leftOutReason(link: Link, options: WriteOptions = {}): LeftOutReason | undefined {
  if (link.status === "rejected") return { why: "rejected" };
  const drop = options.dropFlagged ?? DEFAULT_DROP_FLAGGED;
  if (link.status !== "verified" && drop !== "none" && isUnit(link)) {
    // A reviewer's translation of a sentence left out is judged as a unit: "not translated" is the document's, not its.
    const flags = link.target.length > 0 ? (link.flags ?? []) : (link.flags ?? []).filter((f) => f.type !== "missing");
    const flag = worstFlag(flags, drop);
    if (flag) return { why: "flagged", flag };
  }
  if (link.score < (options.minScore ?? 0)) return { why: "score" };
  return undefined;
}

/**
 * Whether a link is a memory's unit: text on both sides, a reviewer's translation of a sentence the translation left
 * out too (checked as a unit is: `reviewBitext`).
 */
export function isUnit(link: Link): boolean {
  return link.source.length > 0 && (link.target.length > 0 || link.correction !== undefined);
}

/** The first of the worst flags at `least` or above, if any. */
export function worstFlag(flags: readonly Flag[], least: Severity): Flag | undefined {
  let worst: Flag | undefined;
  for (const f of flags)
    if (SEVERITY_RANK[f.severity] >= SEVERITY_RANK[least] && (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst.severity]))
      worst = f;
  return worst;
}

/**
 * The pair's own flag of `dropFlagged`'s severity or worse, if it has one: a
 * pair that does not look like a translation, or whose translation follows
 * another order throughout, gives a memory junk, so none of its units goes
 * in unless a reviewer verified them (of a pair out of order in one stretch,
 * none of that stretch's: `leftOutIn`).
 */
export function documentLeftOut(bitext: Bitext, options: WriteOptions = {}): LeftOutReason | undefined {
  const drop = options.dropFlagged ?? DEFAULT_DROP_FLAGGED;
  if (drop === "none") return undefined;
  const flag = (bitext.documentFlags ?? []).find((f) => LEAVES_PAIR_OUT.has(f.type) && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[drop]);
  return flag ? { why: "document", flag } : undefined;
}

/** The pair's own flags that leave all its units out of a memory. */
const LEAVES_PAIR_OUT: ReadonlySet<DocumentFlag["type"]> = new Set(["not-a-translation", "out-of-order", "columns"]);

/** `leftOutReason` for a link of `bitext`, the pair's own flags (`documentLeftOut`) counted after a reviewer's decision. */
export function leftOutIn(bitext: Bitext, options: WriteOptions = {}): (link: Link) => LeftOutReason | undefined {
  const document = documentLeftOut(bitext, options);
  if (!document) return (link) => leftOutReason(link, options);
  // A pair out of order in one stretch only (`region`): the links there, not the rest. Pages in two columns: the links
  // with a segment on them.
  const flag = document.why === "document" ? document.flag : undefined;
  const region = flag?.type === "out-of-order" ? flag.evidence.region : undefined;
  const columns = (bitext.documentFlags ?? []).filter((f) => f.type === "columns");
  const inside = (ids: readonly number[], [first, last]: readonly [number, number]) => ids.some((x) => x >= first && x <= last);
  const concerned = (link: Link) =>
    flag?.type === "columns"
      ? columns.some((f) => f.evidence.segments.some((run) => inside(link[f.evidence.side], run)))
      : !region || inside(link.source, region.source) || inside(link.target, region.target);
  return (link) => (link.status === "rejected" || link.status === "verified" || !concerned(link) ? leftOutReason(link, options) : document);
}

/** Links kept for a memory or a pair list: see `leftOutReason` and `documentLeftOut`. */
export function keptLinks(bitext: Bitext, options: WriteOptions = {}): readonly Link[] {
  const reason = leftOutIn(bitext, options);
  const moved = movedUnits(bitext);
  if (moved.size === 0) return bitext.links.filter((l) => reason(l) === undefined);
  // Each unit of a sentence moved after the link that holds its source sentence, as the links run; a link that pairs two
  // sentences crosswise is left out whatever its flag's severity (a bulleted list's items are information; stranger 338).
  // A moved pair written as a unit stands for its two unmatched sentences: a pair list gives each sentence once (stranger 356).
  const paired = new Set<number>();
  for (const [l, unit] of moved) if (l.target.length === 0 && reason(unit) === undefined) paired.add(unit.target[0]!);
  const out: Link[] = [];
  for (const l of bitext.links) {
    const unit = moved.get(l);
    const kept = unit !== undefined && reason(unit) === undefined;
    const standsFor = (kept && l.target.length === 0) || (l.source.length === 0 && l.target.length === 1 && paired.has(l.target[0]!));
    if (reason(l) === undefined && !(moved.has(l) && l.target.length === 1) && !standsFor) out.push(l);
    if (kept) out.push(unit);
  }
  return out;
}

/** What was left out of a memory, and why: each unit counted once, under its first reason. */
export interface LeftOut {
  /** Left out for a flag, by severity, then by the flag's type. */
  readonly flagged: Partial<Record<Severity, Partial<Record<FlagType, number>>>>;
  readonly rejected: number;
  /** Below --min-score. */
  readonly belowScore: number;
  /** Units of pairs flagged as a whole, by the flag's type ("not-a-translation", "out-of-order", "columns"); each pair's units once. */
  readonly document?: Partial<Record<DocumentFlag["type"], number>>;
}

export function emptyLeftOut(): LeftOut {
  return { flagged: {}, rejected: 0, belowScore: 0 };
}

/** Adds a link's reason for being left out (if any) to `into`. */
export function countLeftOut(into: LeftOut, reason: LeftOutReason | undefined): LeftOut {
  if (!reason) return into;
  if (reason.why === "rejected") return { ...into, rejected: into.rejected + 1 };
  if (reason.why === "score") return { ...into, belowScore: into.belowScore + 1 };
  if (reason.why === "document") {
    const type = reason.flag.type;
    return { ...into, document: { ...into.document, [type]: (into.document?.[type] ?? 0) + 1 } };
  }
  const { severity, type } = reason.flag;
  const bySeverity = { ...(into.flagged[severity] ?? {}) };
  bySeverity[type] = (bySeverity[type] ?? 0) + 1;
  return { ...into, flagged: { ...into.flagged, [severity]: bySeverity } };
}

/** How many units `left` counts. */
export function leftOutCount(left: LeftOut): number {
  let n = left.rejected + left.belowScore;
  for (const types of Object.values(left.flagged)) for (const k of Object.values(types)) n += k;
  for (const k of Object.values(left.document ?? {})) n += k;
  return n;
}

/** Sums two counts of what was left out. */
export function addLeftOut(a: LeftOut, b: LeftOut): LeftOut {
  const flagged: LeftOut["flagged"] = { ...a.flagged };
  for (const [severity, types] of Object.entries(b.flagged) as Array<[Severity, Partial<Record<FlagType, number>>]>) {
    const sum = { ...(flagged[severity] ?? {}) };
    for (const [type, n] of Object.entries(types) as Array<[FlagType, number]>) sum[type] = (sum[type] ?? 0) + n;
    flagged[severity] = sum;
  }
  const document = { ...a.document };
  for (const [type, n] of Object.entries(b.document ?? {}) as Array<[DocumentFlag["type"], number]>)
    document[type] = (document[type] ?? 0) + n;
  return {
    flagged,
    rejected: a.rejected + b.rejected,
    belowScore: a.belowScore + b.belowScore,
    ...(Object.keys(document).length ? { document } : {}),
  };
}

/** What a memory (TMX, or the pairs of a TSV) leaves out of `bitext`: its units with text on both sides only. */
export function leftOutOf(bitext: Bitext, options: WriteOptions = {}): LeftOut {
  let out = emptyLeftOut();
  const reason = leftOutIn(bitext, options);
  for (const link of bitext.links) if (isUnit(link)) out = countLeftOut(out, reason(link));
  // A moved sentence's unit, paired where its translation stands, left out for what its check found (stranger 357).
  for (const [link, unit] of movedUnits(bitext)) if (link.target.length === 0) out = countLeftOut(out, reason(unit));
  return out;
}

/** How many moved pairs of unmatched sentences (`movedUnits`) a memory written with `options` takes as units. */
export function movedPairsKept(bitext: Bitext, options: WriteOptions = {}): number {
  const reason = leftOutIn(bitext, options);
  let n = 0;
  for (const [link, unit] of movedUnits(bitext)) if (link.target.length === 0 && reason(unit) === undefined) n++;
  return n;
}

const SEVERITY_WORDS: Record<Severity, string> = { error: "errors", warning: "warnings", info: "info" };

/**
 * One line about what was left out, or undefined when nothing was: "left out
 * 3 units flagged as errors (numbers 2, untranslated 1) and 1 rejected".
 */
export function describeLeftOut(left: LeftOut): string | undefined {
  const parts: string[] = [];
  // "units" is said once, with the first count.
  const units = (n: number) => (parts.length > 0 ? "" : n === 1 ? " unit" : " units");
  for (const severity of ["error", "warning", "info"] as const) {
    const types = Object.entries(left.flagged[severity] ?? {}) as Array<[FlagType, number]>;
    const n = types.reduce((a, [, k]) => a + k, 0);
    if (n === 0) continue;
    const detail = types
      // Flag types are ASCII words: compared by code unit, not localeCompare (its first call loads ICU's collation, 12 ms).
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      // The flag type first, its count after: "1 units" read as a count of units (stranger 91).
      .map(([type, k]) => `${type} ${k}`)
      .join(", ");
    parts.push(`${n}${units(n)} flagged as ${SEVERITY_WORDS[severity]} (${detail})`);
  }
  if (left.rejected)
    parts.push(parts.length ? `${left.rejected} rejected` : `${left.rejected} rejected ${left.rejected === 1 ? "unit" : "units"}`);
  if (left.belowScore) parts.push(`${left.belowScore}${units(left.belowScore)} below --min-score`);
  const notTranslation = left.document?.["not-a-translation"] ?? 0;
  if (notTranslation) parts.push(`${notTranslation}${units(notTranslation)} whose pair does not look like a translation (check the files)`);
  const outOfOrder = left.document?.["out-of-order"] ?? 0;
  if (outOfOrder) parts.push(`${outOfOrder}${units(outOfOrder)} whose translation does not follow the source's order (check the files)`);
  const columns = left.document?.columns ?? 0;
  if (columns) parts.push(`${columns}${units(columns)} on pages set in two columns, read across both (convert each column apart)`);
  if (parts.length === 0) return undefined;
  return `left out ${parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`}`;
}

export { roundScore } from "../review/text.js";
