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

/** Where a text says one thing replaces another, in the language's words (`LanguageData.replacing`): the word's span. */
function replacing(text: string, lang: LanguageProfile): readonly [number, number] | undefined {
  let pattern = patterns.get(lang);
  if (pattern === undefined) {
    pattern = lang.replacing ? narrowable(`(?<![\\p{L}])(?:${lang.replacing})(?![\\p{L}])`, "iu") : null;
    patterns.set(lang, pattern);
  }
  const m = pattern?.for(text).exec(text);
  return m ? [m.index, m.index + m[0].length] : undefined;
}

/** The last number before a replacing word and the first after it ("30" and "14" of "„30 дни“ се заменят с „14 дни“"). */
function oldAndNew(text: string, tokens: readonly Matchable[], lang: LanguageProfile): [Matchable, Matchable] | undefined {
  const word = replacing(text, lang);
  if (!word) return undefined;
  let old: Matchable | undefined;
  const spans = tokenSpans(text, tokens);
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    if (t.kind !== "number" || !spans[n]!.found) continue;
    if (spans[n]!.start < word[0]) old = t;
    else if (spans[n]!.start >= word[1]) return old && [old, t];
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
    const mine = oldAndNew(source, lt.source, ctx.source.lang);
    if (!mine || mine[0].key === mine[1].key) return undefined;
    const theirs = oldAndNew(ctx.target.text(link.target), lt.target, ctx.target.lang);
    if (!theirs || theirs[0].key !== mine[1].key || theirs[1].key !== mine[0].key) return undefined;
    return {
      type: "numbers",
      severity: "error",
      reason: `${SWAPPED}: the source replaces ${mine[0].surface} with ${mine[1].surface}, the translation ${theirs[0].surface} with ${theirs[1].surface}: the old and the new swapped?`,
      evidence: { source: mine.map((t) => t.surface), target: theirs.map((t) => t.surface) },
    } satisfies Flag;
  },
};
