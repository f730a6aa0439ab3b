/**
 * A firm's legal form made another kind: "Lieferant GmbH" translated "Доставчик АД", a limited company as a joint-stock
 * one (stranger 241). A form spelt the translation's way ("ООД" / "Ltd", "OOD") is the same kind.
 */
import { LEGAL_FORM_NAMES, legalFormsIn } from "../../lang/legal-forms.js";
import type { Flag } from "../../types.js";
import type { Check } from "./types.js";

export const legalFormChanged: Check = {
  name: "a firm's legal form changed",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const source = legalFormsIn(ctx.source.text(link.source), ctx.source.lang.code);
    if (source.length === 0) return undefined;
    const target = legalFormsIn(ctx.target.text(link.target), ctx.target.lang.code);
    // The same kinds each side: each of the source's said the translation's way, whatever their order.
    const theirs = new Set(target.map((t) => t.kind));
    const mine = new Set(source.map((s) => s.kind));
    const lost = source.find((s) => !theirs.has(s.kind));
    const other = lost && target.find((t) => !mine.has(t.kind));
    if (!lost || !other) return undefined;
    return {
      type: "names",
      severity: "warning",
      reason: `the source's ${lost.form} (${LEGAL_FORM_NAMES[lost.kind]}) is ${other.form} (${LEGAL_FORM_NAMES[other.kind]}) in the translation: another legal form?`,
      evidence: { source: [lost.form], target: [other.form] },
    } satisfies Flag;
  },
};
