/** A day of the week one side names and the other names differently: "в петък" translated "on Thursday". */
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag } from "../../types.js";
import type { Check } from "./types.js";

/** Each weekday's forms, lowercase, to its number (Monday 0), per language; null for a language without them. */
const tables = new WeakMap<LanguageProfile, ReadonlyMap<string, number> | null>();

function weekdaysOf(lang: LanguageProfile): ReadonlyMap<string, number> | null {
  let table = tables.get(lang);
  if (table !== undefined) return table;
  const data = lang.dates;
  if (!data?.weekdays) table = null;
  else {
    const map = new Map<string, number>();
    for (const [n, w] of data.weekdays.entries()) map.set(w.toLowerCase(), n);
    for (const [n, forms] of (data.weekdayForms ?? []).entries()) for (const w of forms) map.set(w.toLowerCase(), n);
    table = map;
  }
  tables.set(lang, table);
  return table;
}

const WORD = /\p{L}+/gu;

/** The weekdays a text names, by number, with the first form written of each. Capitalised where the language capitalises them ("may" is no month; "sunday" in lowercase is rare enough to read). */
function named(text: string, lang: LanguageProfile): Map<number, string> {
  const out = new Map<number, string>();
  const table = weekdaysOf(lang);
  if (!table) return out;
  for (const m of text.matchAll(WORD)) {
    const n = table.get(m[0].toLowerCase());
    if (n !== undefined && !out.has(n)) out.set(n, m[0]);
  }
  return out;
}

/**
 * Weekdays both sides name that differ: an error naming both ("the
 * translation says Thursday where the source says петък"). A weekday one
 * side leaves out ("в петък, 12 май", "on 12 May") is the date's to carry:
 * not flagged.
 */
export const weekdays: Check = {
  name: "a weekday changed",
  textOnly: true,
  run: (ctx, link, _k, earlier) => {
    // A date changed on the link is said already; its weekday goes with it.
    if (link.source.length === 0 || link.target.length === 0 || earlier.some((f) => f.type === "dates")) return undefined;
    if (!weekdaysOf(ctx.source.lang) || !weekdaysOf(ctx.target.lang)) return undefined;
    const source = named(ctx.source.text(link.source), ctx.source.lang);
    if (source.size === 0) return undefined;
    const target = named(ctx.target.text(link.target), ctx.target.lang);
    if (target.size === 0) return undefined;
    const sourceOnly = [...source].filter(([n]) => !target.has(n)).map(([, w]) => w);
    const targetOnly = [...target].filter(([n]) => !source.has(n)).map(([, w]) => w);
    if (sourceOnly.length === 0 || targetOnly.length === 0) return undefined;
    return {
      type: "dates",
      severity: "error",
      reason: `the translation says ${targetOnly.join(", ")} where the source says ${sourceOnly.join(", ")}`,
      evidence: { source: sourceOnly, target: targetOnly },
    } satisfies Flag;
  },
};
