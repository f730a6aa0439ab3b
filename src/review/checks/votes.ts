/**
 * A vote's counts given to the other side: "За бюджета гласуваха 132 народни представители, против бяха 74" translated
 * "The budget was supported by 74 MPs, with 132 voting against" (stranger 330: three of four wordings passed). The words
 * that tell the counts apart stand before one number and after the other, where the numbers swapped check, which reads
 * each number's words on one side of it, does not look: here each clause's count takes the side its clause names.
 */
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag } from "../../types.js";
import { perLanguage } from "../memo.js";
import type { Check } from "./types.js";

type Side = "for" | "against" | "abstain";

/** How its flag begins: the numbers swapped check, after it, leaves such a link alone (one cause, one flag). */
export const VOTES_SWAPPED = "the vote's counts are swapped";

/** A language's vote words compiled (`LanguageData.votes`), and its clause openers; null for a language without them. */
const votesOf = perLanguage((lang): { readonly sides: ReadonlyArray<[Side, RegExp]>; readonly openers: RegExp } | null => {
  const votes = lang.votes;
  if (!votes) return null;
  const word = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "iu");
  const openers = (lang.clauseOpeners ?? []).join("|");
  return {
    sides: [
      ["for", word(votes.for)],
      ["against", word(votes.against)],
      ["abstain", word(votes.abstain)],
    ],
    openers: new RegExp(`[,;]|\\s(?:${openers || "(?!)"})\\s`, "iu"),
  };
});

/** A whole number as a vote counts it: no decimals, no part of a date or a code. */
const COUNT = /(?<![\p{L}\p{N}.,/-])\d{1,4}(?![\p{L}\p{N}]|[.,/-]\d)/gu;

/** Each count of a text whose clause names one side of a vote alone (its number to its side), where two sides are named. */
export function voteCounts(text: string, lang: LanguageProfile): Map<string, Side> {
  const out = new Map<string, Side>();
  const votes = votesOf(lang, "");
  if (!votes) return out;
  const seen = new Set<Side>();
  const twice = new Set<string>();
  for (const clause of text.split(votes.openers)) {
    const counts = clause.match(COUNT) ?? [];
    if (counts.length !== 1) continue;
    const named = votes.sides.filter(([, re]) => re.test(clause)).map(([side]) => side);
    if (named.length !== 1) continue;
    const [count, side] = [String(Number(counts[0]!)), named[0]!];
    if (out.has(count)) twice.add(count);
    out.set(count, side);
    seen.add(side);
  }
  for (const count of twice) out.delete(count);
  return seen.size >= 2 ? out : new Map();
}

/** Counts of a vote given to another side in the translation, two at least: an error naming each. */
export const votesSwapped: Check = {
  name: "a vote's counts swapped",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length === 0 || link.target.length === 0 || !ctx.source.lang.votes || !ctx.target.lang.votes) return undefined;
    const sourceText = ctx.source.text(link.source);
    // Most sentences hold no two numbers: read no further.
    if ((sourceText.match(/\d+/gu)?.length ?? 0) < 2) return undefined;
    const source = voteCounts(sourceText, ctx.source.lang);
    if (source.size < 2) return undefined;
    const target = voteCounts(ctx.target.text(link.target), ctx.target.lang);
    const moved = [...source].filter(([count, side]) => target.has(count) && target.get(count) !== side);
    if (moved.length < 2) return undefined;
    const said = (side: Side) => (side === "abstain" ? "abstaining" : side);
    return {
      type: "numbers",
      severity: "error",
      reason: `${VOTES_SWAPPED}: ${moved.map(([count, side]) => `${count} ${said(side)} in the source is ${count} ${said(target.get(count)!)} in the translation`).join(", ")}`,
      evidence: { source: moved.map(([count]) => count), target: moved.map(([count]) => count) },
    } satisfies Flag;
  },
};
