/** Sentences with no counterpart: 1-0 and 0-1 links, and links with an empty side (units of an existing memory can have one). */
import type { Flag, Link } from "../../types.js";
import type { ReviewContext } from "../context.js";
import { repeatedSentence } from "./repeat.js";
import type { Check } from "./types.js";

export const missingSentence: Check = {
  name: "source sentence not translated",
  final: true,
  run: (ctx, link, k) => (link.target.length === 0 ? unmatchedFlag("missing", ctx, k, facing(ctx.links, k)) : undefined),
};

export const addedSentence: Check = {
  name: "translation sentence not in the source",
  final: true,
  run: (ctx, link, k) => (link.source.length === 0 ? unmatchedFlag("added", ctx, k, facing(ctx.links, k)) : undefined),
};

export const emptyTranslation: Check = {
  name: "empty translation",
  final: true,
  run: (ctx, link) =>
    ctx.target.text(link.target).trim() === "" ? { type: "missing", severity: "error", reason: "the translation is empty" } : undefined,
};

export const emptySource: Check = {
  name: "empty source",
  final: true,
  run: (ctx, link) =>
    ctx.source.text(link.source).trim() === "" ? { type: "added", severity: "error", reason: "the source is empty" } : undefined,
};

/** The other side's sentence right beside a 1-0 or 0-1 link. */
type Beside = { side: "source" | "target"; id: number };

/**
 * A 1-0 link right beside a 0-1 link (either order): the two sentences share
 * a place but not a meaning. Returns the other link's segment, if so.
 */
function facing(links: readonly Link[], k: number): Beside | undefined {
  const link = links[k]!;
  const opposite = link.target.length === 0 ? "0-1" : "1-0";
  for (const other of [links[k - 1], links[k + 1]]) {
    if (other?.kind !== opposite) continue;
    return other.source.length ? { side: "source", id: other.source[0]! } : { side: "target", id: other.target[0]! };
  }
  return undefined;
}

function unmatchedFlag(type: "missing" | "added", ctx: ReviewContext, k: number, beside: Beside | undefined): Flag {
  const link = ctx.links[k]!;
  const passage = ctx.passages.get(k);
  const side = type === "missing" ? ctx.bitext.source : ctx.bitext.target;
  const id = (type === "missing" ? link.source : link.target)[0]!;
  const paragraph = side.segments[id]!.paragraph + 1;
  const count = passage?.count ?? 1;
  // A translation sentence that says again what its neighbour says: one source sentence translated twice.
  const repeats = type === "added" ? repeatedSentence(ctx, k, id) : undefined;
  const what = type === "missing" ? "is not translated" : "is not in the source";
  let reason =
    repeats !== undefined
      ? `this sentence is translated twice: translation sentences ${Math.min(id, repeats) + 1} and ${Math.max(id, repeats) + 1} say the same (paragraph ${paragraph})`
      : count > 1
        ? `this sentence ${what}, nor are the sentences next to it (${count} in a row, paragraph ${paragraph})`
        : `this sentence ${what} (paragraph ${paragraph})`;
  if (beside && repeats === undefined) {
    reason +=
      beside.side === "target"
        ? `; translation sentence ${beside.id + 1} next to it matches no source sentence: is it a wrong or cut translation of this one?`
        : `; source sentence ${beside.id + 1} next to it has no translation: is this a wrong or cut translation of it?`;
  }
  return {
    type,
    severity: "error",
    reason,
    evidence: {
      paragraph,
      passageLength: count,
      passageStart: passage?.first ?? null,
      ...(beside ? { beside } : {}),
      ...(repeats !== undefined ? { repeats } : {}),
    },
  };
}
