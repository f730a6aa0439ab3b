import type { Bitext } from "../types.js";
import { keptLinks, roundScore, sideText } from "./text.js";
import type { WriteOptions } from "./types.js";

/**
 * Tab-separated: source text, target text, score; one link a line, in order,
 * 1-0 and 0-1 links included with an empty cell. No header line, so the file
 * loads as it is into CAT tools and corpus scripts. Tabs and line breaks inside
 * text become spaces.
 */
export function writeTsv(bitext: Bitext, options: WriteOptions = {}): string {
  return keptLinks(bitext, options.minScore)
    .map((l) => `${sideText(bitext.source.segments, l.source)}\t${sideText(bitext.target.segments, l.target)}\t${roundScore(l.score)}\n`)
    .join("");
}
