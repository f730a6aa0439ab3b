/**
 * An amendment's old and new values swapped: "думите „30 дни“ се заменят с „14 дни“" translated "the words "14 days"
 * shall be replaced by "30 days"", "Досегашната ал. 6 става ал. 4" / "The former paragraph 4 shall become paragraph 6"
 * (stranger 159). Every number is on both sides, in another order; both languages say the old before the new, so the
 * order is what the sentence says.
 */

import { narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import type { Matchable } from "../../score/index.js";
import type { Flag } from "../../types.js";
import { tokenSpans } from "../tokens.js";
import { SWAPPED } from "./swapped.js";
import type { Check } from "./types.js";

const patterns = new WeakMap<LanguageProfile, ReturnType<typeof narrowable> | null>();

/** Where a text says one thing replaces another, in the language's words (`LanguageData.replacing`). */
function replacing(text: string, lang: LanguageProfile): RegExpExecArray | null {
  let pattern = patterns.get(lang);
  if (pattern === undefined) {
    pattern = lang.replacing ? narrowable(`(?<![\\p{L}])(?:${lang.replacing})(?![\\p{L}])`, "iu") : null;
    patterns.set(lang, pattern);
  }
  return pattern?.for(text).exec(text) ?? null;
}

/**
 * The last number before the words `said` found in `text` and the first after them, each within `reach` characters of
 * them ("30" and "14" of "„30 дни“ се заменят с „14 дни“"; "1 299" and "1 599" of "1 299 лв. вместо 1 599 лв."), with
 * the words as written.
 */
export function numbersAround(
  text: string,
  tokens: readonly Matchable[],
  said: RegExpExecArray | null,
  reach = Number.POSITIVE_INFINITY,
): readonly [Matchable, Matchable, string] | undefined {
  if (!said) return undefined;
  const [from, to] = [said.index, said.index + said[0].length];
  let before: Matchable | undefined;
  let beforeEnd = 0;
  const spans = tokenSpans(text, tokens);
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    if (t.kind !== "number" || !spans[n]!.found) continue;
    const { start, end } = spans[n]!;
    if (start < from) [before, beforeEnd] = [t, end];
    else if (start >= to) return before && from - beforeEnd <= reach && start - to <= reach ? [before, t, said[0]] : undefined;
  }
  return undefined;
}

export const replacedSwapped: Check = {
  name: "an amendment's old and new values swapped",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length !== 1 || link.target.length !== 1) return undefined;
    if (earlier.some((f) => f.type === "numbers")) return undefined;
    const source = ctx.source.text(link.source);
    if (!/\d/u.test(source)) return undefined;
    const lt = ctx.linkTokens(k);
    const mine = numbersAround(source, lt.source, replacing(source, ctx.source.lang));
    if (!mine || mine[0].key === mine[1].key) return undefined;
    const target = ctx.target.text(link.target);
    const theirs = numbersAround(target, lt.target, replacing(target, ctx.target.lang));
    if (!theirs || theirs[0].key !== mine[1].key || theirs[1].key !== mine[0].key) return undefined;
    return {
      type: "numbers",
      severity: "error",
      reason: `${SWAPPED}: the source replaces ${mine[0].surface} with ${mine[1].surface}, the translation ${theirs[0].surface} with ${theirs[1].surface}: the old and the new swapped?`,
      evidence: { source: [mine[0].surface, mine[1].surface], target: [theirs[0].surface, theirs[1].surface] },
    } satisfies Flag;
  },
};
