import type { Bitext, Link, Segment, Side } from "../types.js";
import { VERSION } from "../version.js";
import { keptLinks, roundScore } from "./text.js";
import type { WriteOptions } from "./types.js";

export const JSON_FORMAT = "sverka-bitext";
export const JSON_VERSION = 1;

/**
 * The bitext as JSON, the project's exchange format (docs/json-format.md):
 * both documents' segments with their offsets, and the links in order.
 * `--min-score` is not applied here: the JSON keeps every segment in a link.
 */
export function writeJson(bitext: Bitext, _options: WriteOptions = {}): string {
  const side = (s: Side) => ({
    lang: s.lang,
    ...(s.path !== undefined ? { path: s.path } : {}),
    segments: s.segments.map((g: Segment) => ({ id: g.id, text: g.text, start: g.start, end: g.end, paragraph: g.paragraph })),
  });
  const link = (l: Link) => ({
    source: l.source,
    target: l.target,
    kind: l.kind,
    score: roundScore(l.score),
    ...(l.explain ? { explain: roundExplain(l.explain) } : {}),
  });
  const doc = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    tool: { name: "sverka", version: VERSION },
    source: side(bitext.source),
    target: side(bitext.target),
    model: { ratio: round(bitext.model.ratio), variance: round(bitext.model.variance) },
    links: keptLinks(bitext).map(link),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function roundExplain(e: NonNullable<Link["explain"]>) {
  return {
    total: round(e.total), length: round(e.length), kind: round(e.kind), lexical: round(e.lexical),
    numberMismatch: round(e.numberMismatch), paragraph: round(e.paragraph), matches: e.matches,
  };
}
