/** Sentence pairs that share far less than the document's usual: a different sentence, a mistranslation or a cut. */
import { builtinLexicon } from "../../lang/lexicon.js";
import type { Dictionary, Matchable } from "../../score/index.js";
import type { Link } from "../../types.js";
import { MIN_EXPECTED_EVIDENCE, type ReviewContext } from "../context.js";
import { round, roundScore } from "../text.js";
import { strangerNames } from "./names.js";
import { pairedTargets } from "./repeat.js";
import type { Check } from "./types.js";

/** Names that find no counterpart (at least this many, and none that do) mark a different sentence; one alone is often a pronoun in the other language ("продължи Тръмп", "he said"). */
const MIN_STRANGER_NAMES = 2;
/** How many of the unmatched names a reason lists. */
const LISTED_NAMES = 4;

export const divergent: Check = {
  name: "shares little with its source",
  run: (ctx, link, k, earlier) => {
    // A translator's note in the link says why already (`translatorNote`).
    if (!ctx.hasBaseline || earlier.some((f) => f.type === "divergent")) return undefined;
    const odd = divergentPair(ctx, link);
    if (!odd) return undefined;
    const { i, j, evidence, wanted } = odd;
    const lt = ctx.linkTokens(k);
    const lexicon = builtinLexicon(ctx.source.lang.code, ctx.target.lang.code);
    // Names that find no counterpart, and none that do: the mark of a different sentence, however sure the aligner was.
    const names = strangerNames(
      link.source.length > 1 ? { ...lt, sourceSegments: [ctx.source.tokens(i)], targetSegments: [ctx.target.tokens(j)] } : lt,
      ctx.source,
      ctx.target,
      // Not the translations learned from the bitext: a replaced sentence's words find some there. A known name's form counts
      // by any of its words ("САЩ" by "United" or "States").
      (a) => translationsOf(ctx, [lexicon, ctx.terms], a),
      // A word the built-in lexicon has, on either side ("Reference", "Card" of a manual's title).
      (t, side) => {
        const other = side === ctx.source ? ctx.target : ctx.source;
        return t.kind === "word" && builtinLexicon(side.lang.code, other.lang.code)?.lookup(t.stem) !== undefined;
      },
    );
    const strangers = names.matched === 0 && names.unmatched.length >= MIN_STRANGER_NAMES;
    const several = link.source.length > 1;
    return {
      type: "divergent",
      severity: roundScore(link.score) < ctx.options.divergentScore || strangers ? "warning" : "info",
      reason:
        `${several ? `translation sentence ${j + 1} has` : "the translation has"} far fewer words, names and numbers in common with ${several ? `source sentence ${i + 1}` : "its source"} than this document's translations usually have` +
        (strangers ? `, and no name matches across (${names.unmatched.slice(0, LISTED_NAMES).join(", ")})` : "") +
        `: is it the translation of another sentence, a mistranslation or cut short?`,
      evidence: {
        lexical: round(evidence),
        expected: round(wanted),
        confidence: round(roundScore(link.score)),
        ...(several ? { sourceSegment: i, targetSegment: j } : {}),
        ...(strangers ? { unmatchedNames: names.unmatched } : {}),
      },
    };
  },
};

/**
 * The target stems source word `a` translates into: those `dictionaries` give it, and each word of its known forms
 * (data/names: "САЩ" is "United States", "US", "USA") and each form whole.
 */
function translationsOf(ctx: ReviewContext, dictionaries: ReadonlyArray<Dictionary | undefined>, a: Matchable): string[] {
  if (a.kind !== "word") return [];
  const out: string[] = [];
  for (const d of dictionaries) {
    const stems = d?.lookup(a.stem);
    if (stems) for (const stem of stems.keys()) out.push(stem);
  }
  const forms = ctx.knownNames?.lookup(a.stem);
  if (forms)
    for (const form of forms.keys()) {
      out.push(form);
      if (form.includes(" ")) out.push(...form.split(" "));
    }
  return out;
}

/**
 * The sentence pair of a 1-1 or n-n link whose lexical evidence is far below
 * the document's usual, while the link's other pairs share what they should
 * (sentences paired in order, or crosswise: `pairedTargets`).
 */
function divergentPair(ctx: ReviewContext, link: Link): { i: number; j: number; evidence: number; wanted: number } | undefined {
  if (link.source.length !== link.target.length) return undefined;
  const low = (evidence: number, wanted: number) => wanted >= MIN_EXPECTED_EVIDENCE && evidence < ctx.options.divergentRatio * wanted;
  if (link.source.length === 1) {
    // A 1-1 link (nearly every link) is its one pair: nothing to pair in order or crosswise, no lists made.
    const i = link.source[0]!;
    const j = link.target[0]!;
    const wanted = ctx.perChar * ctx.source.length(i);
    const evidence = ctx.evidence(i, j);
    return low(evidence, wanted) ? { i, j, wanted, evidence } : undefined;
  }
  // Two sentences translated in the opposite order pair crosswise.
  const targets = pairedTargets(ctx, link);
  const pairs = link.source.map((i, n) => {
    const j = targets[n]!;
    const wanted = ctx.perChar * ctx.source.length(i);
    const evidence = ctx.evidence(i, j);
    return { i, j, wanted, evidence };
  });
  const odd = pairs.filter((p) => low(p.evidence, p.wanted));
  return odd.length === 1 ? odd[0] : undefined;
}
