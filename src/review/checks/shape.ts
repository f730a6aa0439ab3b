/** What the shape of a link says: out of step with a gap beside it, or a merge or split worth knowing of. */
import type { Link } from "../../types.js";
import type { Check } from "./types.js";

/**
 * A one-to-many link beside a gap on the side it has one sentence of (1-2
 * beside 1-0, 2-1 beside 0-1): the aligner made up for a sentence that fits
 * nowhere, as a cut or replaced translation makes it do.
 */
export const outOfStep: Check = {
  name: "out of step with a gap beside",
  run: (ctx, link, k) => {
    const short = shortSide(ctx.links, k);
    if (!short) return undefined;
    return {
      type: "divergent",
      severity: "warning",
      reason:
        short === "source"
          ? `this link takes in ${link.target.length} translation sentences while the next source sentence has none: is the translation of this sentence cut short, or the sentences out of step?`
          : `this link takes in ${link.source.length} source sentences while a translation sentence beside it has no source: was one of them translated as something else?`,
    };
  },
};

/** Which side of link k is short, if it is one-to-many beside a gap on its single side. */
function shortSide(links: readonly Link[], k: number): "source" | "target" | undefined {
  const link = links[k]!;
  const gap = (other: Link | undefined, side: "source" | "target") =>
    other !== undefined && other[side].length === 1 && other[side === "source" ? "target" : "source"].length === 0;
  if (link.source.length === 1 && link.target.length > 1 && (gap(links[k - 1], "source") || gap(links[k + 1], "source"))) return "source";
  if (link.target.length === 1 && link.source.length > 1 && (gap(links[k - 1], "target") || gap(links[k + 1], "target"))) return "target";
  return undefined;
}

/** Sentences merged or split in translation: information, for a reviewer who wants to see them. */
export const mergedOrSplit: Check = {
  name: "merged or split",
  run: (_ctx, link) => {
    if (link.source.length <= 1 && link.target.length <= 1) return undefined;
    if (link.source.length > 1) {
      return {
        type: "merged",
        severity: "info",
        reason: `${link.source.length} source sentences translated as ${link.target.length === 1 ? "one" : link.target.length}`,
      };
    }
    return { type: "split", severity: "info", reason: `one source sentence translated as ${link.target.length}` };
  },
};
