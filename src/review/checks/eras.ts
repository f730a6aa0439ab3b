/**
 * A date's era changed: "II в. сл. Хр." / "2nd century BC", "342 г. пр. Хр." / "342 AD" (stranger 141: a Roman coin
 * dated before Christ passed). The era moves a date by centuries, and no figure differs: the numbers check cannot see it.
 */
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag } from "../../types.js";
import { escapeRegExp } from "../text.js";
import type { Check } from "./types.js";

type Era = "bc" | "ad";

/** A language's era markers: one pattern, group 1 before Christ, group 2 after; and its century words. */
interface Eras {
  readonly pattern: RegExp;
  readonly century: RegExp | undefined;
}

const tables = new WeakMap<LanguageProfile, Eras | null>();

function erasOf(lang: LanguageProfile): Eras | null {
  let table = tables.get(lang);
  if (table !== undefined) return table;
  const data = lang.dates?.eras;
  if (!data) table = null;
  else {
    // The longest first ("пр. н. е." before any shorter form); a space as written or none ("пр.Хр.").
    const forms = (list: readonly string[]) =>
      [...list]
        .sort((a, b) => b.length - a.length)
        .map((f) => escapeRegExp(f).replace(/ /gu, "\\s*"))
        .join("|");
    const words = lang.dates?.centuryWords;
    table = {
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:(${forms(data.bc)})|(${forms(data.ad)}))(?![\\p{L}\\p{N}])`, "gu"),
      century: words ? new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, "iu") : undefined,
    };
  }
  tables.set(lang, table);
  return table;
}

/** How far before an era marker its figure or century word may stand ("342 г. пр. Хр.", "4th century BC"). */
const BEFORE_CHARS = 24;

/**
 * The eras a text dates by, each with its marker as first written. A marker counts beside a date only: a figure or a
 * century's word shortly before it, or a figure right after ("AD 79"); "CE marking" is none.
 */
function erasIn(text: string, eras: Eras): Map<Era, string> {
  const out = new Map<Era, string>();
  for (const m of text.matchAll(eras.pattern)) {
    const before = text.slice(Math.max(0, m.index - BEFORE_CHARS), m.index);
    const dated =
      /\p{N}|(?<![\p{L}])[IVXLC]+(?![\p{L}])/u.test(before) ||
      eras.century?.test(before) === true ||
      /^\s*\p{N}/u.test(text.slice(m.index + m[0].length));
    if (!dated) continue;
    const era: Era = m[1] !== undefined ? "bc" : "ad";
    if (!out.has(era)) out.set(era, m[0]);
  }
  return out;
}

/**
 * An era one side dates by and the other turns into the other (an error: "the translation says AD where the source
 * says пр. Хр."), or a date before Christ on one side only (a warning: the reader of the other takes it for one after).
 * A side naming both eras ("от II в. пр. Хр. до I в. сл. Хр.") is left alone.
 */
export const eraChanged: Check = {
  name: "a date's era changed",
  textOnly: true,
  run: (ctx, link, _k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0 || earlier.some((f) => f.type === "dates")) return undefined;
    const [sourceEras, targetEras] = [erasOf(ctx.source.lang), erasOf(ctx.target.lang)];
    if (!sourceEras || !targetEras) return undefined;
    const source = erasIn(ctx.source.text(link.source), sourceEras);
    const target = erasIn(ctx.target.text(link.target), targetEras);
    if (source.size === 0 && target.size === 0) return undefined;
    if (source.size === 1 && target.size === 1) {
      const [era, said] = [...source][0]!;
      const [other, theirs] = [...target][0]!;
      if (era === other) return undefined;
      return {
        type: "dates",
        severity: "error",
        reason: `the translation says ${theirs} where the source says ${said}: a date moved across the era`,
        evidence: { source: [said], target: [theirs] },
      } satisfies Flag;
    }
    // Before Christ on one side, no era on the other: a date the other side's reader places after Christ.
    const [bcSource, bcTarget] = [source.get("bc"), target.get("bc")];
    if (bcSource !== undefined && target.size === 0)
      return oneSided(`${bcSource} (before Christ) is not in the translation: a date moved across the era?`, [bcSource], []);
    if (bcTarget !== undefined && source.size === 0)
      return oneSided(`${bcTarget} (before Christ) is in the translation only: a date moved across the era?`, [], [bcTarget]);
    return undefined;
  },
};

function oneSided(reason: string, source: string[], target: string[]): Flag {
  return { type: "dates", severity: "warning", reason, evidence: { source, target } };
}
