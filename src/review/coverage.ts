/**
 * How much of a source sentence its translation accounts for, in order: a
 * translation cut short covers the start of its source and nothing after.
 */

import type { Dictionary } from "../lang/dictionary.js";
import { anchorMatch, type Matchable } from "../score/index.js";

export interface UncoveredTail {
  /** Source words with a counterpart in the translation. */
  readonly matched: number;
  /** Share of the source's letters and digits after its last word with a counterpart (0 to 1). */
  readonly share: number;
  /** The source text after that word, trimmed: what the translation seems to leave out. */
  readonly text: string;
}

const CONTENT = /[\p{L}\p{N}]/gu;

function contentLength(text: string): number {
  return text.match(CONTENT)?.length ?? 0;
}

/**
 * The end of `text` that no word of `target` answers. A source word counts as
 * answered when the translation holds a dictionary translation of it, the same
 * number or name, or a cognate. Words `common` says are everywhere (articles,
 * "said") are skipped: they match by chance and say nothing of where a
 * translation stops.
 */
export function uncoveredTail(
  text: string,
  source: readonly Matchable[],
  target: readonly Matchable[],
  dictionary: Dictionary | undefined,
  common: (t: Matchable) => boolean,
): UncoveredTail {
  const stems = new Set(target.map((t) => t.stem));
  let matched = 0;
  let end = 0;
  let at = 0;
  for (const s of source) {
    const found = text.indexOf(s.surface, at);
    const tokenEnd = found < 0 ? at : found + s.surface.length;
    at = tokenEnd;
    if (common(s)) continue;
    const translations = s.kind === "word" ? dictionary?.lookup(s.stem) : undefined;
    let answered = false;
    if (translations)
      for (const stem of translations.keys())
        if (stems.has(stem)) {
          answered = true;
          break;
        }
    if (!answered) answered = target.some((t) => anchorMatch(s, t) !== undefined);
    if (answered) {
      matched++;
      end = tokenEnd;
    }
  }
  const total = contentLength(text);
  const rest = text.slice(end);
  return { matched, share: total === 0 ? 0 : contentLength(rest) / total, text: rest.replace(/^[\s,;:–—-]+/u, "").trim() };
}
