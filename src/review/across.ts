/**
 * Consistency across the documents of a batch: the same source sentence
 * translated one way in one document and another way in the next (a memory
 * built from both holds two translations), and two different source
 * sentences given the same translation in different documents. Information,
 * as inside one document; where one translation is the usual one, only the
 * places that differ from it are flagged, and each flag names the other
 * documents' places.
 */
import { primaryLanguage } from "../lang/index.js";
import type { Bitext, ConsistencyEvidence, Flag, Link } from "../types.js";
import { leadersOf, questioned } from "./checks/consistency.js";
import { clip, sentenceKey } from "./text.js";

/** A sentence needs this many words to be compared: "1." or "Да." says nothing of consistency. */
const MIN_WORDS = 3;
/** How many other places a reason names and the evidence lists. */
const NAMED_PLACES = 5;
/** How much of the other translation a reason quotes. */
const QUOTED_CHARS = 60;

interface Place {
  readonly doc: number;
  readonly k: number;
  readonly key: string;
  readonly otherKey: string;
}

type Side = "source" | "target";

/** The bitexts with an information flag on each link whose sentence another document translates otherwise (or whose translation another document gives another sentence). */
export function consistencyAcross(bitexts: readonly Bitext[]): Bitext[] {
  if (bitexts.length < 2) return [...bitexts];
  const added = bitexts.map(() => new Map<number, Flag[]>());
  // Only documents of one language pair: a source translated into German and into Bulgarian is no inconsistency.
  const byPair = new Map<string, number[]>();
  bitexts.forEach((b, d) => {
    const pair = `${primaryLanguage(b.source.lang)}\n${primaryLanguage(b.target.lang)}`;
    const list = byPair.get(pair);
    if (list) list.push(d);
    else byPair.set(pair, [d]);
  });
  for (const index of byPair.values()) {
    if (index.length < 2) continue;
    const docs = index.map((d) => bitexts[d]!);
    const local = index.map((d) => added[d]!);
    for (const side of ["source", "target"] as const) {
      for (const group of groupsOf(docs, side)) flagGroup(docs, group, side, local);
    }
  }
  return bitexts.map((b, d) =>
    added[d]!.size === 0
      ? b
      : { ...b, links: b.links.map((l, k): Link => (added[d]!.has(k) ? { ...l, flags: [...(l.flags ?? []), ...added[d]!.get(k)!] } : l)) },
  );
}

function sideText(b: Bitext, l: Link, side: Side): string {
  if (side === "target" && l.correction !== undefined) return l.correction;
  const segments = b[side].segments;
  return l[side].map((id) => segments[id]!.corrected ?? segments[id]!.text).join(" ");
}

/** Links of several documents whose `side` says the same sentence (rejected and one-sided links aside). */
function groupsOf(bitexts: readonly Bitext[], side: Side): Place[][] {
  const other: Side = side === "source" ? "target" : "source";
  const groups = new Map<string, Place[]>();
  bitexts.forEach((b, doc) => {
    b.links.forEach((l, k) => {
      if (!l.source.length || !l.target.length || l.status === "rejected") return;
      const key = sentenceKey(sideText(b, l, side));
      if (key.split(" ").length < MIN_WORDS) return;
      const place = { doc, k, key, otherKey: sentenceKey(sideText(b, l, other)) };
      const list = groups.get(key);
      if (list) list.push(place);
      else groups.set(key, [place]);
    });
  });
  return [...groups.values()].filter((g) => g.length > 1 && g.some((p) => p.doc !== g[0]!.doc));
}

/** Flags the places of a group whose other side is outnumbered or tied, naming the places in other documents that differ. */
function flagGroup(bitexts: readonly Bitext[], group: readonly Place[], side: Side, added: Map<number, Flag[]>[]): void {
  const byOther = new Map<string, number>();
  for (const p of group) byOther.set(p.otherKey, (byOther.get(p.otherKey) ?? 0) + 1);
  if (byOther.size < 2) return;
  const lead = leadersOf(byOther);
  for (const p of group) {
    if (!questioned(lead, p.otherKey, byOther.get(p.otherKey)!)) continue;
    const elsewhere = group.filter((q) => q.doc !== p.doc && q.otherKey !== p.otherKey);
    if (elsewhere.length === 0) continue;
    const list = added[p.doc]!.get(p.k) ?? [];
    list.push(flagOf(bitexts, elsewhere, side, sideText(bitexts[p.doc]!, bitexts[p.doc]!.links[p.k]!, side)));
    added[p.doc]!.set(p.k, list);
  }
}

function flagOf(bitexts: readonly Bitext[], elsewhere: readonly Place[], side: Side, mine: string): Flag {
  const named = elsewhere.slice(0, NAMED_PLACES);
  const range = (ids: readonly number[]) => (ids.length === 1 ? `${ids[0]! + 1}` : `${ids[0]! + 1}-${ids[ids.length - 1]! + 1}`);
  const where = (q: Place) => {
    const b = bitexts[q.doc]!;
    const l = b.links[q.k]!;
    return `${b.target.path ?? `document ${q.doc + 1}`} (source ${range(l.source)}, target ${range(l.target)})`;
  };
  const places =
    named.map(where).join("; ") + (elsewhere.length > named.length ? ` and ${elsewhere.length - named.length} more places` : "");
  const first = bitexts[named[0]!.doc]!;
  const firstLink = first.links[named[0]!.k]!;
  const kind = side === "source" ? "translated-differently" : "translated-the-same";
  const quoted = clip(sideText(first, firstLink, side === "source" ? "target" : "source"), QUOTED_CHARS);
  const evidence: ConsistencyEvidence = {
    kind,
    links: [],
    total: elsewhere.length,
    source: [],
    target: [],
    documents: named.map((q) => {
      const b = bitexts[q.doc]!;
      const l = b.links[q.k]!;
      return {
        ...(b.source.path === undefined ? {} : { source: b.source.path }),
        ...(b.target.path === undefined ? {} : { target: b.target.path }),
        link: q.k,
        sourceSegments: [...l.source],
        targetSegments: [...l.target],
      };
    }),
  };
  // Sentences alike but for their numbers ("49,90 лв. с ДДС", "189,90 лв. с ДДС") are a template's: said so.
  const aside = sideText(first, firstLink, side) === mine ? "" : " (numbers aside)";
  return {
    type: "consistency",
    severity: "info",
    reason:
      side === "source"
        ? `the same${aside} source sentence is translated differently in ${places} ("${quoted}"): keep one translation?`
        : `this${aside} translation is also given in ${places} for another source sentence ("${quoted}"): is one of them a mistranslation?`,
    evidence,
  };
}
