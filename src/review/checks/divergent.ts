/** Sentence pairs that share far less than the document's usual: a different sentence, a mistranslation or a cut. */
import { builtinLexicon } from "../../lang/lexicon.js";
import { CellRows, type Dictionary, LexicalEvidence, type Matchable } from "../../score/index.js";
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

/** Links either side of a 1-1 link whose texts are tried against its own (two FAQ items of three sentences traded places). */
const CROSS_WINDOW = 6;
/** A 1-1 link sharing less than this share of its usual evidence is tried against its neighbours. */
const CROSS_BELOW = 0.75;
/** Each text must share this many times what it shares where it is linked with its neighbour's other text... */
const CROSS_GAIN = 1.5;
/** ...and this share of its usual evidence at least: it reads as that text's translation. */
const CROSS_FIT = 0.6;

export const divergent: Check = {
  name: "shares little with its source",
  run: (ctx, link, k, earlier) => {
    // A translator's note in the link says why already (`translatorNote`).
    if (!ctx.hasBaseline || earlier.some((f) => f.type === "divergent")) return undefined;
    const crossed = crossedWith(ctx, k);
    if (crossed) {
      const { i, j, other, i2, j2 } = crossed;
      return {
        type: "divergent",
        severity: "error",
        reason:
          `source sentence ${i + 1} reads as the translation of translation sentence ${j2 + 1}, and translation sentence ${j + 1} as that of source sentence ${i2 + 1}: ` +
          `the translation has them in another order, and each is linked here to a sentence it does not translate`,
        evidence: {
          lexical: round(ctx.evidence(i, j)),
          expected: round(ctx.perChar * ctx.source.length(i)),
          confidence: round(roundScore(link.score)),
          crossedLink: other,
          crossedSourceSegment: i2,
          crossedTargetSegment: j2,
        },
      };
    }
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

/** Whether link k is a 1-1 link sharing little of its usual (`CROSS_BELOW`): its source sentence, its target and what it wants. */
function doubtfulOne(ctx: ReviewContext, k: number): { i: number; j: number; wanted: number } | undefined {
  const link = ctx.links[k];
  if (link?.kind !== "1-1") return undefined;
  const i = link.source[0]!;
  const j = link.target[0]!;
  const wanted = ctx.perChar * ctx.source.length(i);
  return wanted >= MIN_EXPECTED_EVIDENCE && ctx.evidence(i, j) < CROSS_BELOW * wanted ? { i, j, wanted } : undefined;
}

/** Whether a link within `CROSS_WINDOW` of link k is a doubtful 1-1 link. */
function aroundDoubtful(ctx: ReviewContext, k: number): boolean {
  for (let q = Math.max(0, k - CROSS_WINDOW); q <= Math.min(ctx.links.length - 1, k + CROSS_WINDOW); q++)
    if (q !== k && doubtfulOne(ctx, q)) return true;
  return false;
}

/**
 * Lexical evidence of the source sentences of the 1-1 links around each doubtful one with the targets of the links
 * around them (`CROSS_WINDOW`), laid out once per review for those rows alone: most links share what they should.
 */
const nearbyEvidence = new WeakMap<ReviewContext, LexicalEvidence>();

function nearby(ctx: ReviewContext): LexicalEvidence {
  let out = nearbyEvidence.get(ctx);
  if (out) return out;
  const { matches } = ctx.costs.features;
  const lo = new Int32Array(matches.n + 1).fill(1);
  const hi = new Int32Array(matches.n + 1);
  for (let k = 0; k < ctx.links.length; k++) {
    if (!doubtfulOne(ctx, k)) continue;
    // Its row and those of the 1-1 links around it, each over the targets of the links around it.
    for (let q = Math.max(0, k - CROSS_WINDOW); q <= Math.min(ctx.links.length - 1, k + CROSS_WINDOW); q++) {
      const link = ctx.links[q]!;
      if (link.kind !== "1-1") continue;
      const i = link.source[0]!;
      let first = link.target[0]!;
      let last = first;
      for (let r = Math.max(0, q - CROSS_WINDOW); r <= Math.min(ctx.links.length - 1, q + CROSS_WINDOW); r++)
        for (const t of ctx.links[r]!.target) {
          if (t < first) first = t;
          if (t > last) last = t;
        }
      lo[i] = first;
      hi[i] = last;
    }
  }
  out = LexicalEvidence.layOut(matches, new CellRows(matches.n, matches.m, lo, hi));
  nearbyEvidence.set(ctx, out);
  return out;
}

/**
 * The link near link k with which it has traded texts: both 1-1, one of them sharing little, and each source sentence reads
 * as the translation of the other's target, far better than of its own. Two FAQ items of the same length put in
 * the other order are linked crosswise with full confidence (their questions share "from the mobile app").
 */
function crossedWith(ctx: ReviewContext, k: number): { i: number; j: number; other: number; i2: number; j2: number } | undefined {
  const link = ctx.links[k]!;
  if (link.kind !== "1-1") return undefined;
  const one = { i: link.source[0]!, j: link.target[0]!, wanted: ctx.perChar * ctx.source.length(link.source[0]!) };
  // One of the two shares little of its usual: most links share what they should, and are looked at no further.
  const doubtful = doubtfulOne(ctx, k) !== undefined;
  if (!doubtful && !aroundDoubtful(ctx, k)) return undefined;
  const near = nearby(ctx);
  const own = ctx.evidence(one.i, one.j);
  let best: { i: number; j: number; other: number; i2: number; j2: number } | undefined;
  let bestEvidence = 0;
  for (let q = Math.max(0, k - CROSS_WINDOW); q <= Math.min(ctx.links.length - 1, k + CROSS_WINDOW); q++) {
    const other = ctx.links[q]!;
    if (q === k || other.kind !== "1-1" || (!doubtful && !doubtfulOne(ctx, q))) continue;
    const two = { i: other.source[0]!, j: other.target[0]!, wanted: ctx.perChar * ctx.source.length(other.source[0]!) };
    const there = near.pair(one.i, two.j);
    const back = near.pair(two.i, one.j);
    // A pair reads as a translation by its words, or where the document links its two texts one to one elsewhere and never the pair linked
    // here; either way it shares more than the pair linked (a sentence left untranslated shares everything with its copy).
    const fits = (e: number, linked: number, wanted: number, i: number, j: number, linkedJ: number) =>
      e > linked &&
      ((e >= CROSS_GAIN * linked && e >= CROSS_FIT * wanted) || (pairedElsewhere(ctx, i, j) && !pairedElsewhere(ctx, i, linkedJ, 2)));
    if (!fits(there, own, one.wanted, one.i, two.j, one.j) || !fits(back, ctx.evidence(two.i, two.j), two.wanted, two.i, one.j, two.j))
      continue;
    if (there + back > bestEvidence) {
      bestEvidence = there + back;
      best = { i: one.i, j: one.j, other: q, i2: two.i, j2: two.j };
    }
  }
  return best;
}

/** The texts of the document's 1-1 links: target texts by source text, with how many links pair them. */
const pairedTexts = new WeakMap<ReviewContext, Map<string, Map<string, number>>>();

/** Whether `times` 1-1 links or more pair source sentence i's text with target sentence j's (written exactly so). */
function pairedElsewhere(ctx: ReviewContext, i: number, j: number, times = 1): boolean {
  let texts = pairedTexts.get(ctx);
  if (!texts) {
    texts = new Map();
    for (const l of ctx.links) {
      if (l.kind !== "1-1") continue;
      const s = ctx.bitext.source.segments[l.source[0]!]!.text;
      const t = ctx.bitext.target.segments[l.target[0]!]!.text;
      const byTarget = texts.get(s) ?? new Map<string, number>();
      byTarget.set(t, (byTarget.get(t) ?? 0) + 1);
      texts.set(s, byTarget);
    }
    pairedTexts.set(ctx, texts);
  }
  return (texts.get(ctx.bitext.source.segments[i]!.text)?.get(ctx.bitext.target.segments[j]!.text) ?? 0) >= times;
}
