/**
 * A size's figures in another order: "120 x 60 x 62 cm" translated "120 x 62 x 60 см". Every figure is on both sides,
 * so the numbers check sees nothing; but width, depth and height are told by their places (stranger 117's catalogue).
 */
import { tokenize } from "../../score/index.js";
import type { Flag } from "../../types.js";
import type { Check } from "./types.js";

/** Two or three figures joined by a multiplication sign (the letter x, Cyrillic х, or ×), as written. */
const SIZE = /(?<![\p{L}\p{N}.,])\d[\d.,]*(?:[ \u00a0]?[xх×][ \u00a0]?\d[\d.,]*){1,2}(?![\p{N}])/gu;
const SIGN = /[ \u00a0]?[xх×][ \u00a0]?/u;

/** The sizes of a text: each as written, and its figures' values in order. */
function sizesIn(text: string, lang: Parameters<typeof tokenize>[1]): Array<{ said: string; values: string[] }> {
  if (!/\d[ \u00a0]?[xх×][ \u00a0]?\d/u.test(text)) return [];
  return [...text.matchAll(SIZE)].map((m) => ({
    said: m[0],
    values: m[0].split(SIGN).map((figure) => tokenize(figure, lang)[0]?.key ?? figure),
  }));
}

export const sizeOrder: Check = {
  name: "a size's figures in another order",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const source = sizesIn(ctx.source.text(link.source), ctx.source.lang);
    if (source.length === 0) return undefined;
    const target = sizesIn(ctx.target.text(link.target), ctx.target.lang);
    const sorted = (values: readonly string[]) => [...values].sort().join(" ");
    for (const s of source) {
      // The same figures as a size of the translation, and no size of the translation in the source's order.
      if (target.some((t) => t.values.join(" ") === s.values.join(" "))) continue;
      const other = target.find((t) => sorted(t.values) === sorted(s.values));
      if (!other) continue;
      return {
        type: "numbers",
        severity: "warning",
        reason: `the size's figures are in another order: the translation says "${other.said}" where the source says "${s.said}"`,
        evidence: { source: [s.said], target: [other.said] },
      } satisfies Flag;
    }
    return undefined;
  },
};
