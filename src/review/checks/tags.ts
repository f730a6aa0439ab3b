/** Inline codes a translation lost or gained: a tag or placeholder of a bilingual file on one side only. */
import type { Flag, Segment, TagsEvidence } from "../../types.js";
import type { Check } from "./types.js";

/** What each side has that the other has not, counted: two `<ph x="1"/>` against one is one missing. */
export function codeDifference(source: readonly string[], target: readonly string[]): TagsEvidence {
  const left = [...target];
  const missing: string[] = [];
  for (const code of source) {
    const k = left.indexOf(code);
    if (k < 0) missing.push(code);
    else left.splice(k, 1);
  }
  return { missing, added: left };
}

/** Only segments read from a file that has codes (TMX, XLIFF, PO) carry them; documents are not judged. */
export const tags: Check = {
  name: "inline codes",
  run: (ctx, link) => {
    const codes = (segments: readonly Segment[], ids: readonly number[]) => {
      const all = ids.map((id) => segments[id]?.codes);
      return all.length > 0 && all.every((c) => c !== undefined) ? all.flat() : undefined;
    };
    const source = codes(ctx.source.side.segments, link.source);
    const target = codes(ctx.target.side.segments, link.target);
    if (!source || !target) return undefined;
    const evidence = codeDifference(source, target);
    if (evidence.missing.length === 0 && evidence.added.length === 0) return undefined;
    return { type: "tags", severity: "error", reason: describe(evidence), evidence } satisfies Flag;
  },
};

function describe(e: TagsEvidence): string {
  const list = (codes: readonly string[]) => codes.map((c) => (/^[%{<]/.test(c) ? c : `<${c}>`)).join(", ");
  const parts = [
    ...(e.missing.length ? [`the translation lacks ${list(e.missing)}`] : []),
    ...(e.added.length ? [`it has ${list(e.added)}, which the source has not`] : []),
  ];
  return `inline codes differ: ${parts.join("; ")}`;
}
