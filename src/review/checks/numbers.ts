/** Numbers on one side of a link only. */
import { isSignificantNumber, type Matchable } from "../../score/index.js";
import { isAre } from "../text.js";
import type { Check } from "./types.js";

interface Counted {
  readonly key: string;
  readonly n: number;
  readonly surface: string;
  readonly significant: boolean;
}

/**
 * Numbers on one side only, as multisets: "2024" and "2023" is a changed
 * number. Small whole numbers count only when both sides have one unmatched
 * ("2 милиарда" and "$9 billion"); alone they are usually written as words.
 */
export const numbers: Check = {
  name: "numbers",
  run: (ctx, _link, k) => {
    const lt = ctx.linkTokens(k);
    if (!lt.source.some((t) => t.kind === "number") && !lt.target.some((t) => t.kind === "number")) return undefined;
    const s = count(lt.source);
    const t = count(lt.target);
    let us = unmatched(s, t);
    let ut = unmatched(t, s);
    // The same digits written two ways pair off: "125 милиона" and "£125m", "1930 г." and "1930s", "5 часа" and "5 a.m.".
    const coresS = new Set(us.map((v) => core(v.key)));
    const coresT = new Set(ut.map((v) => core(v.key)));
    us = us.filter((v) => !coresT.has(core(v.key)));
    ut = ut.filter((v) => !coresS.has(core(v.key)));
    // A year of a decade and the decade: "след 1930 г." and "in the 1930s" (decades are kept as "30s").
    const decadesS = decadesOf(us);
    const decadesT = decadesOf(ut);
    const yearsS = new Set(us.filter((v) => yearIn(v.key, decadesT)).map((v) => v.key.slice(2)));
    const yearsT = new Set(ut.filter((v) => yearIn(v.key, decadesS)).map((v) => v.key.slice(2)));
    us = us.filter((v) => !yearIn(v.key, decadesT) && !(DECADE.test(v.key) && yearsT.has(v.key.slice(0, 2))));
    ut = ut.filter((v) => !yearIn(v.key, decadesS) && !(DECADE.test(v.key) && yearsS.has(v.key.slice(0, 2))));
    const small = us.length > 0 && ut.length > 0;
    const sourceOnly = us.filter((v) => v.significant || small).map((v) => v.surface);
    const targetOnly = ut.filter((v) => v.significant || small).map((v) => v.surface);
    if (sourceOnly.length === 0 && targetOnly.length === 0) return undefined;
    const changed = sourceOnly.length > 0 && targetOnly.length > 0;
    const reason = changed
      ? `numbers differ: ${sourceOnly.join(", ")} in the source, ${targetOnly.join(", ")} in the translation`
      : sourceOnly.length
        ? `${sourceOnly.join(", ")} ${isAre(sourceOnly)} not in the translation`
        : `${targetOnly.join(", ")} ${isAre(targetOnly)} in the translation only`;
    return { type: "numbers", severity: changed ? "error" : "warning", reason, evidence: { source: sourceOnly, target: targetOnly } };
  },
};

const DECADE = /^\d0s$/;

function count(tokens: readonly Matchable[]): Map<string, Counted> {
  const m = new Map<string, Counted>();
  for (const t of tokens)
    if (t.kind === "number")
      m.set(t.key, {
        key: t.key,
        n: (m.get(t.key)?.n ?? 0) + 1,
        surface: m.get(t.key)?.surface ?? t.surface,
        significant: isSignificantNumber(t),
      });
  return m;
}

/** Numbers of `a` that `b` has fewer of. */
function unmatched(a: Map<string, Counted>, b: Map<string, Counted>): Counted[] {
  return [...a.values()].filter((v) => (b.get(v.key)?.n ?? 0) < v.n);
}

/** The digits of a number without leading and trailing zeros. */
function core(key: string): string {
  return key.replace(/\D/g, "").replace(/^0+|0+$/g, "");
}

function decadesOf(list: readonly Counted[]): Set<string> {
  return new Set(list.filter((v) => DECADE.test(v.key)).map((v) => v.key.slice(0, 2)));
}

function yearIn(key: string, decades: ReadonlySet<string>): boolean {
  return /^\d{2}\d0$/.test(key) && decades.has(key.slice(2));
}
