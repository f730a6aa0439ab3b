/**
 * Tokens and token lists the review makes itself, made as the tokenizer and
 * `matchable` make theirs. V8 gives an object a shape by its fields and their
 * order, and a list one by the kind of its elements: code optimized for the
 * shapes it met deoptimizes (and is compiled again) at the first other one,
 * once per worker thread. So every token a check reads has one shape, and
 * every list of them holds objects from the start.
 */
import type { Matchable } from "../score/index.js";

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
