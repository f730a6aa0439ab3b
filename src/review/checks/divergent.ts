/** Sentence pairs that share far less than the document's usual: a different sentence, a mistranslation or a cut. */
import { builtinLexicon } from "../../lang/lexicon.js";
import { CellRows, type Dictionary, isBulletItem, LexicalEvidence, type Matchable } from "../../score/index.js";
import type { Flag, Link } from "../../types.js";
import { MIN_EXPECTED_EVIDENCE, type ReviewContext } from "../context.js";
import { clip, round, roundScore } from "../text.js";
import { strangerNames } from "./names.js";
import { pairedTargets } from "./repeat.js";
import type { Check } from "./types.js";
import { targetStems, usualTranslation } from "./usual.js";

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
/** Or the two texts crosswise share this many times what the two links share. */
const CROSS_SUM_GAIN = 1.3;

export const divergent: Check = {
  name: "shares little with its source",
  run: (ctx, link, k, earlier) => {
    // A translator's note in the link says why already (`translatorNote`).
    if (earlier.some((f) => f.type === "divergent")) return undefined;
    if (!ctx.hasBaseline) return ctx.units ? nothingShared(ctx, link) : undefined;
    const crossed = crossedWith(ctx, k);
    if (crossed) {
      const { i, j, other, i2, j2 } = crossed;
      // Items of a bulleted list in another order (a leaflet's side effects of one frequency, stranger 338): a list of
      // bullets says no order, and the memory pairs each item with its translation. Numbered steps keep theirs.
      const bullets =
        [i, i2].every((s) => isBulletItem(ctx.source.side.segments[s]!.text)) &&
        [j, j2].every((t) => isBulletItem(ctx.target.side.segments[t]!.text));
      return {
        type: "divergent",
        severity: bullets ? "info" : "error",
        reason: bullets
          ? `source item ${i + 1} is translated by translation item ${j2 + 1}, and translation item ${j + 1} translates source item ${i2 + 1}: the bulleted list has them in another order (the memory pairs each with its translation)`
          : `source sentence ${i + 1} reads as the translation of translation sentence ${j2 + 1}, and translation sentence ${j + 1} as that of source sentence ${i2 + 1}: ` +
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
    // The document itself says what this sentence's translation is: another text in its place was put there instead.
    const usual = several ? undefined : usualElsewhere(ctx, k);
    if (usual)
      return {
        type: "divergent",
        severity: "error",
        reason: `this source sentence is translated "${clip(usual.text, QUOTED_CHARS)}" at ${usual.places} other places, and this translation shares next to nothing with it or with its source: replaced by another text?`,
        evidence: { lexical: round(evidence), expected: round(wanted), confidence: round(roundScore(link.score)), usualLink: usual.link },
      };
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

/** How many times longer or shorter than usual a unit sharing nothing is to be doubted without the memory's usual. */
const UNPAIRED_LENGTHS = 2;

/** Words of the source the built-in lexicon must know (and one of the translation's at least) for a unit sharing nothing to be doubted without the memory's usual. */
const KNOWN_WORDS = 3;

/**
 * The source words of sentence pair (i, j) the built-in lexicon (or the glossary) knows, where it knows `KNOWN_WORDS` or
 * more distinct ones and a word of the translation: their sharing nothing then says more than a memory too small for a usual can.
 */
function knownWords(ctx: ReviewContext, i: number, j: number): string[] | undefined {
  const known = (side: ReviewContext["source"], other: ReviewContext["target"], id: number) => {
    const lexicon = builtinLexicon(side.lang.code, other.lang.code);
    const terms = side === ctx.source ? ctx.terms : undefined;
    const words = new Map<string, string>();
    for (const t of side.tokens(id))
      if (t.kind === "word" && !words.has(t.stem) && (lexicon?.lookup(t.stem) !== undefined || terms?.lookup(t.stem) !== undefined))
        words.set(t.stem, t.surface);
    return [...words.values()];
  };
  const source = known(ctx.source, ctx.target, i);
  return source.length >= KNOWN_WORDS && known(ctx.target, ctx.source, j).length > 0 ? source : undefined;
}

/**
 * A memory's 1-1 unit sharing no word, name or number with its source where the lexicon knows words enough of both
 * (`knownWords`), of a length no translation of it has (`UNPAIRED_LENGTHS`): in a memory of a few units, too few for its usual (stranger 83's seven-unit client memory paired a
 * warranty clause with "Thank you for your order!").
 */
function nothingShared(ctx: ReviewContext, link: Link): Flag | undefined {
  if (link.kind !== "1-1") return undefined;
  const i = link.source[0]!;
  const j = link.target[0]!;
  if (ctx.evidence(i, j) !== 0) return undefined;
  // Of a length a translation has too: a free one shares nothing the lexicon knows as often as one unit in a hundred.
  const ratio = ctx.target.length(j) / Math.max(1, ctx.source.length(i) * ctx.bitext.model.ratio);
  if (ratio >= 1 / UNPAIRED_LENGTHS && ratio <= UNPAIRED_LENGTHS) return undefined;
  const words = knownWords(ctx, i, j);
  if (!words) return undefined;
  return {
    type: "divergent",
    severity: "warning",
    reason: `the translation shares no word, name or number with its source, though the built-in lexicon knows ${words.length} of the source's words (${words.slice(0, LISTED_NAMES).join(", ")}), and is ${ratio < 1 ? "far shorter" : "far longer"} than a translation of it would be: is it the translation of another sentence?`,
    evidence: { lexical: 0, knownWords: words.length, confidence: round(roundScore(link.score)) },
  };
}

/** A translation sharing less than this of its words with the document's usual one (Dice over stems, numbers aside) is another text. */
const USUAL_SHARE = 0.25;
/** How much of the usual translation a reason quotes. */
const QUOTED_CHARS = 60;

/**
 * The translation the document gives link k's source sentence elsewhere (`usualTranslation`), where this link's
 * translation shares next to nothing with it: a translator's note or another sentence put in its place (stranger
 * 80's manual: "(Text added by the translator at the client's request.)" for "Clean the surface with a soft cloth",
 * linked with 0.99 between its sure neighbours).
 */
function usualElsewhere(ctx: ReviewContext, k: number): { text: string; places: number; link: number } | undefined {
  const usual = usualTranslation(ctx, k);
  if (!usual) return undefined;
  const mine = targetStems(ctx, ctx.links[k]!.target);
  const theirs = targetStems(ctx, ctx.links[usual[0]!]!.target);
  let shared = 0;
  for (const stem of mine) if (theirs.has(stem)) shared++;
  if (mine.size + theirs.size === 0 || (2 * shared) / (mine.size + theirs.size) >= USUAL_SHARE) return undefined;
  return { text: ctx.target.text(ctx.links[usual[0]!]!.target), places: usual.length, link: usual[0]! };
}

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

/** Link k's sentence pair if it is a 1-1 link: its source and target sentence, and the evidence its source's length wants. */
function oneToOne(ctx: ReviewContext, k: number): { i: number; j: number; wanted: number } | undefined {
  const link = ctx.links[k];
  if (link?.kind !== "1-1") return undefined;
  const i = link.source[0]!;
  return { i, j: link.target[0]!, wanted: ctx.perChar * ctx.source.length(i) };
}

/** What the search for links that traded texts works out once per review (`crossing`). */
interface Crossing {
  /** 1 for each 1-1 link sharing less than `CROSS_BELOW` of its usual. */
  readonly doubtful: Uint8Array;
  /**
   * Lexical evidence of the source sentences of the 1-1 links around each doubtful one with the targets of the links
   * around them (`CROSS_WINDOW`), laid out for those rows alone: most links share what they should.
   */
  readonly near: LexicalEvidence;
  /** The texts of the document's 1-1 links: target texts by source text, with how many links pair them; made when first asked. */
  texts?: Map<string, PairedWith>;
}

/**
 * The target texts one source text is linked one to one with: the text itself where one link pairs them (a long text
 * that never repeats: a map per sentence was 22 MB at 100,000 segments a side), else each text with its count.
 */
type PairedWith = string | Map<string, number>;

const crossings = new WeakMap<ReviewContext, Crossing>();

function crossing(ctx: ReviewContext): Crossing {
  let out = crossings.get(ctx);
  if (out) return out;
  const doubtful = new Uint8Array(ctx.links.length);
  for (let k = 0; k < ctx.links.length; k++) {
    const one = oneToOne(ctx, k);
    if (one && one.wanted >= MIN_EXPECTED_EVIDENCE && ctx.evidence(one.i, one.j) < CROSS_BELOW * one.wanted) doubtful[k] = 1;
  }
  const { matches } = ctx.costs.features;
  const lo = new Int32Array(matches.n + 1).fill(1);
  const hi = new Int32Array(matches.n + 1);
  for (let k = 0; k < ctx.links.length; k++) {
    if (!doubtful[k]) continue;
    // Its row and those of the 1-1 links around it, each over the targets of the links around it.
    for (const q of around(ctx, k)) {
      const link = ctx.links[q]!;
      if (link.kind !== "1-1") continue;
      let first = link.target[0]!;
      let last = first;
      for (const r of around(ctx, q))
        for (const t of ctx.links[r]!.target) {
          if (t < first) first = t;
          if (t > last) last = t;
        }
      lo[link.source[0]!] = first;
      hi[link.source[0]!] = last;
    }
  }
  out = { doubtful, near: LexicalEvidence.layOut(matches, new CellRows(matches.n, matches.m, lo, hi)) };
  crossings.set(ctx, out);
  return out;
}

/** Whether a link within `CROSS_WINDOW` of link k is doubtful (asked of every 1-1 link: no list made). */
function doubtfulNear(ctx: ReviewContext, doubtful: Uint8Array, k: number): boolean {
  const last = Math.min(ctx.links.length - 1, k + CROSS_WINDOW);
  for (let q = Math.max(0, k - CROSS_WINDOW); q <= last; q++) if (doubtful[q]) return true;
  return false;
}

/** The links within `CROSS_WINDOW` of link k, k among them. */
function* around(ctx: ReviewContext, k: number): Generator<number> {
  for (let q = Math.max(0, k - CROSS_WINDOW); q <= Math.min(ctx.links.length - 1, k + CROSS_WINDOW); q++) yield q;
}

/**
 * The link near link k with which it has traded texts: both 1-1, one of them sharing little, and each source sentence reads
 * as the translation of the other's target, far better than of its own. Two FAQ items of the same length put in
 * the other order are linked crosswise with full confidence (their questions share "from the mobile app").
 */
function crossedWith(ctx: ReviewContext, k: number): { i: number; j: number; other: number; i2: number; j2: number } | undefined {
  const one = oneToOne(ctx, k);
  if (!one) return undefined;
  const { doubtful, near } = crossing(ctx);
  // One of the two shares little of its usual: most links share what they should, and are looked at no further.
  if (!doubtful[k] && !doubtfulNear(ctx, doubtful, k)) return undefined;
  const own = ctx.evidence(one.i, one.j);
  let best: { i: number; j: number; other: number; i2: number; j2: number } | undefined;
  let bestEvidence = 0;
  for (const q of around(ctx, k)) {
    const two = q === k || (!doubtful[k] && !doubtful[q]) ? undefined : oneToOne(ctx, q);
    if (!two) continue;
    const there = near.pair(one.i, two.j);
    const back = near.pair(two.i, one.j);
    // A pair reads as a translation by its words, or where the document links its two texts one to one elsewhere and never the pair linked
    // here; either way it shares more than the pair linked (a sentence left untranslated shares everything with its copy).
    const fits = (e: number, linked: number, wanted: number, i: number, j: number, linkedJ: number) =>
      e > linked &&
      ((e >= CROSS_GAIN * linked && e >= CROSS_FIT * wanted) || (pairedElsewhere(ctx, i, j) && !pairedElsewhere(ctx, i, linkedJ, 2)));
    const own2 = ctx.evidence(two.i, two.j);
    // Or the two read far better crosswise taken together, each as a translation and one of them far better: a label
    // opening the first sentence of each side ("Чл. 19." / "Art. 19.") stays with its place, and holds that link's pair up.
    const together =
      there + back >= CROSS_SUM_GAIN * (own + own2) &&
      there >= CROSS_FIT * one.wanted &&
      back >= CROSS_FIT * two.wanted &&
      (there >= CROSS_GAIN * own || back >= CROSS_GAIN * own2);
    if (!together && (!fits(there, own, one.wanted, one.i, two.j, one.j) || !fits(back, own2, two.wanted, two.i, one.j, two.j))) continue;
    if (there + back > bestEvidence) {
      bestEvidence = there + back;
      best = { i: one.i, j: one.j, other: q, i2: two.i, j2: two.j };
    }
  }
  return best;
}

/** Whether `times` 1-1 links or more pair source sentence i's text with target sentence j's (written exactly so). */
function pairedElsewhere(ctx: ReviewContext, i: number, j: number, times = 1): boolean {
  const state = crossing(ctx);
  if (!state.texts) {
    const texts = new Map<string, PairedWith>();
    for (const l of ctx.links) {
      if (l.kind !== "1-1") continue;
      const s = ctx.bitext.source.segments[l.source[0]!]!.text;
      const t = ctx.bitext.target.segments[l.target[0]!]!.text;
      const met = texts.get(s);
      if (met === undefined) texts.set(s, t);
      else if (typeof met === "string") texts.set(s, new Map([[met, met === t ? 2 : 1], ...(met === t ? [] : [[t, 1] as const])]));
      else met.set(t, (met.get(t) ?? 0) + 1);
    }
    state.texts = texts;
  }
  const met = state.texts.get(ctx.bitext.source.segments[i]!.text);
  const target = ctx.bitext.target.segments[j]!.text;
  const count = met === undefined ? 0 : typeof met === "string" ? (met === target ? 1 : 0) : (met.get(target) ?? 0);
  return count >= times;
}
