/**
 * A table row's figures in another order: "24<TAB>11<TAB>7<TAB>6" translated "24<TAB>11<TAB>6<TAB>7" (a league table's
 * draws and losses traded). Every figure is on both sides, so the numbers check sees nothing; but a column is told by its
 * place (stranger 352).
 */
import { tokenize } from "../../score/index.js";
import type { Flag } from "../../types.js";
import type { Check } from "./types.js";

/** A cell that is one figure alone ("24", "1 250", "3,5"). */
const FIGURE_CELL = /^\s*[-+−]?\d[\d.,\u00a0\u202f ]*\s*$/u;
/** Cells a row needs to be a table's. */
const MIN_CELLS = 3;

/** The figures of a row's cells by their place, as keys ("" where the cell is no figure alone). */
function cellFigures(text: string, lang: Parameters<typeof tokenize>[1]): string[] {
  return text.split("\t").map((cell) => (FIGURE_CELL.test(cell) ? (tokenize(cell.trim(), lang)[0]?.key ?? "") : ""));
}

export const rowOrder: Check = {
  name: "a table row's figures in another order",
  textOnly: true,
  run: (ctx, link, _k, earlier) => {
    if (link.source.length !== 1 || link.target.length !== 1 || earlier.some((f) => f.type === "numbers")) return undefined;
    const sourceText = ctx.source.side.segments[link.source[0]!]!.text;
    const targetText = ctx.target.side.segments[link.target[0]!]!.text;
    if (!sourceText.includes("\t") || !targetText.includes("\t")) return undefined;
    const source = cellFigures(sourceText, ctx.source.lang);
    const target = cellFigures(targetText, ctx.target.lang);
    if (source.length < MIN_CELLS || source.length !== target.length) return undefined;
    // The places where both cells are figures and differ; the same figures there on each side, in another order.
    const places = source.flatMap((s, n) => (s !== "" && target[n] !== "" && s !== target[n] ? [n] : []));
    if (places.length < 2) return undefined;
    const sorted = (row: readonly string[]) =>
      places
        .map((n) => row[n]!)
        .sort()
        .join(" ");
    if (sorted(source) !== sorted(target)) return undefined;
    const cells = (text: string) => {
      const row = text.split("\t");
      return places.map((n) => row[n]!.trim()).join(", ");
    };
    return {
      type: "numbers",
      severity: "warning",
      reason: `the row's figures are in another order: columns ${places.map((n) => n + 1).join(", ")} say ${cells(targetText)} in the translation, ${cells(sourceText)} in the source`,
      evidence: { source: [cells(sourceText)], target: [cells(targetText)] },
    } satisfies Flag;
  },
};
