/**
 * Tokens and token lists the review makes itself, made as the tokenizer and
 * `matchable` make theirs. V8 gives an object a shape by its fields and their
 * order, and a list one by the kind of its elements: code optimized for the
 * shapes it met deoptimizes (and is compiled again) at the first other one,
 * once per worker thread. So every token a check reads has one shape, and
 * every list of them holds objects from the start.
 */
import type { Matchable } from "../score/index.js";
import { KeptPerObject } from "./memo.js";

/**
 * A number token of the review's own reading (a clock time read whole, a
 * number written out in words, the full year of a range): the tokenizer's
 * fields in its order, then the skeleton, as `matchable` adds it.
 */
export function numberToken(surface: string, key: string, stem: string, scaled: boolean, skeleton: string): Matchable {
  return { surface, kind: "number", key, stem, scaled, skeleton };
}

/**
 * An empty list whose elements are objects: a literal `[]` starts as a list of
 * small integers, another shape than the token lists it stands beside.
 */
export function objectList<T extends object>(): T[] {
  const list: Array<T | null> = [null];
  list.pop();
  return list as T[];
}

/** No tokens: one empty list of objects, shared (nobody may change it). */
export const NO_TOKENS: readonly Matchable[] = objectList<Matchable>();

/**
 * Tokens from which a list counts as long: its checks look tokens up in an
 * index (`tokenIndex`) and keep what they read of it, where a sentence's few
 * tokens are scanned (an index kept for each sentence of a long document
 * costs more than it saves).
 */
export const LONG_LIST = 64;

/**
 * A long list's tokens as a check looks them up instead of scanning: each
 * token's kind and key, and the kind and parts of keys joined by one of
 * `marks` (an apostrophe: "srv-4410" of "srv-4410's"; or a hyphen too:
 * "itv" of "itv-registered"). Kept per list and marks (`tokenKey` makes the keys).
 */
export interface TokenIndex {
  readonly keys: ReadonlySet<string>;
  readonly parts: ReadonlySet<string>;
}

const indexes = new KeptPerObject<readonly Matchable[], Map<RegExp, TokenIndex>>();

export function tokenIndex(tokens: readonly Matchable[], marks: RegExp): TokenIndex {
  let byMarks = indexes.get(tokens);
  if (!byMarks) {
    byMarks = new Map();
    indexes.set(tokens, byMarks);
  }
  let index = byMarks.get(marks);
  if (!index) {
    const keys = new Set<string>();
    const parts = new Set<string>();
    for (const t of tokens) {
      keys.add(tokenKey(t.kind, t.key));
      if (marks.test(t.key)) for (const part of t.key.split(marks)) parts.add(tokenKey(t.kind, part));
    }
    index = { keys, parts };
    byMarks.set(marks, index);
  }
  return index;
}

/** A token's kind and key as one string, for `tokenIndex`. */
export function tokenKey(kind: string, key: string): string {
  return `${kind}\u0000${key}`;
}

/** Where a token stands in the text it was read from. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  /** False for a token the text does not write as the token does: then empty, where the token before it ended. */
  readonly found: boolean;
}

/**
 * Where each of the first `count` tokens stands in `text`, each looked for
 * from the end of the one before (tokens keep the text's order; a token's
 * surface is written as in the text, but for one folded otherwise).
 */
export function tokenSpans(text: string, tokens: readonly Matchable[], count = tokens.length): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cursor = 0;
  for (let n = 0; n < count; n++) {
    const surface = tokens[n]!.surface;
    const at = text.indexOf(surface, cursor);
    if (at < 0) out.push({ start: cursor, end: cursor, found: false });
    else {
      cursor = at + surface.length;
      out.push({ start: at, end: cursor, found: true });
    }
  }
  return partsOfRuns(text, tokens, out);
}

/**
 * A run of figures the tokenizer read as several numbers ("892,40 0,2": 892.4 and 0.2) gives each the whole run as its
 * surface; each stands where its own figures do, the run's pieces between its spaces, where as many (stranger 246: the
 * minus of "-0.2%" in "892.40 -0.2%" was read against a run whose second number had no place).
 */
function partsOfRuns(text: string, tokens: readonly Matchable[], spans: TokenSpan[]): TokenSpan[] {
  for (let n = 1; n < spans.length; n++) {
    if (spans[n]!.found || !spans[n - 1]!.found || tokens[n]!.kind !== "number" || tokens[n]!.surface !== tokens[n - 1]!.surface) continue;
    let last = n;
    while (last + 1 < spans.length && !spans[last + 1]!.found && tokens[last + 1]!.surface === tokens[n]!.surface) last++;
    const run = spans[n - 1]!;
    const pieces = [...text.slice(run.start, run.end).matchAll(/\S+/gu)];
    if (pieces.length !== last - n + 2) continue;
    for (let k = n - 1; k <= last; k++) {
      const piece = pieces[k - n + 1]!;
      const start = run.start + piece.index!;
      spans[k] = { start, end: start + piece[0].length, found: true };
    }
    n = last;
  }
  return spans;
}
