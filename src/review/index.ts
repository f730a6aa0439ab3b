/**
 * The review stage: flags on every link for what a reviewer should look at.
 * Thresholds come from the document pair itself (its length model, its usual
 * lexical evidence) and can be overridden.
 */
import { getLanguage, type LanguageProfile } from "../lang/index.js";
import { anchorMatch, matchable, type Matchable } from "../score/lexical.js";
import { isSignificantNumber, tokenize, type Token } from "../score/tokens.js";
import { DEFAULT_COST_PARAMS, explainLink, learnDictionary, prepareFeatures, type Dictionary, type PairFeatures } from "../score/index.js";
import { pairDictionary } from "../lang/lexicon.js";
import type { Bitext, Flag, Link, Segment, Severity } from "../types.js";
import { dominantScript } from "./script.js";
import { uncoveredTail } from "./coverage.js";
import { Band } from "../align/band.js";

export interface ReviewOptions {
  /** A link's length is flagged when it lies this many standard deviations from the pair's length model. */
  readonly lengthDeviations?: number;
  /**
   * A 1-1 link is divergent when its lexical evidence is below this share of
   * the document's usual for links of its length.
   */
  readonly divergentRatio?: number;
  /** A sentence merged into a one-to-many link is flagged as untranslated (or added) when its evidence is below this share of the usual and the rest of the link fits without it. */
  readonly orphanRatio?: number;
  /** A divergent link is a warning when its confidence is also below this (the aligner was unsure too), else information. */
  readonly divergentScore?: number;
  /** A translation sentence (of a 1-1 link, or paired in order in an n-n link) this many standard deviations shorter than usual... */
  readonly cutDeviations?: number;
  /** ...whose lexical evidence is below this share of the usual is flagged as cut short. */
  readonly cutRatio?: number;
  /** ...or whose source ends with at least this share of its text (letters and digits) that nothing in the translation answers. */
  readonly cutTail?: number;
  /** A 1-1 translation this many standard deviations shorter than usual that stops on a word sentences do not end on ("the") is flagged as cut short. */
  readonly danglingDeviations?: number;
  /**
   * A 1-1 link beside an untranslated (or added) sentence is flagged too when
   * its translation would cost at most this many nats more linked to the
   * sentence in the gap: the evidence hardly tells which of the two is missing.
   */
  readonly gapMargin?: number;
  /** Word translations to count as evidence, besides the built-in lexicon. */
  readonly dictionary?: Dictionary;
  /** Use the built-in lexicon for the pair (default true). */
  readonly lexicon?: boolean;
  /** Features already computed for these very segments (by the aligner), to reuse their tokens. */
  readonly reuse?: PairFeatures;
}

export const DEFAULT_REVIEW_OPTIONS = { lengthDeviations: 5, divergentRatio: 0.15, orphanRatio: 0.25, divergentScore: 0.5, cutDeviations: 2.5, cutRatio: 0.5, cutTail: 0.25, danglingDeviations: 1, gapMargin: 2 } as const;

/** A sentence beside a cut one in an n-n link must lie within this many standard deviations of the usual length. */
const PARTNER_DEVIATIONS = 3;
/** A merged sentence that shares nothing is flagged when the link without it lies within this many standard deviations of the usual length. */
const REST_DEVIATIONS = 2;
/** ...or within this many, when the rest also shares at least `REST_SHARE` of the usual evidence with it. */
const SHARING_REST_DEVIATIONS = 2.5;
const REST_SHARE = 0.6;
/** A stem is common (answers any sentence) when more than this share of the source's sentences, and more than `COMMON_MIN`, hold it. */
const COMMON_SHARE = 0.05;
const COMMON_MIN = 3;

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

interface SideInfo {
  readonly lang: LanguageProfile;
  /** The tokens of segment i, ready for matching (built when asked: a long document has millions). */
  readonly tokens: (i: number) => Matchable[];
  readonly script: string;
  /** Whether a token is one a translation copies as it is (see `isStrongAnchor`), once per distinct token. */
  strong: (t: Matchable) => boolean;
  /** Words the text writes in lowercase somewhere (built when first asked). */
  lowercase: () => ReadonlySet<string>;
}

/** The tokens of a link, per segment, each side's looked up once for all the checks. */
interface LinkTokens {
  readonly sourceSegments: Matchable[][];
  readonly targetSegments: Matchable[][];
  readonly source: Matchable[];
  readonly target: Matchable[];
}

/** Tokens with their spelling skeletons, each distinct token transliterated once, per segment on demand. */
function matchables(tokens: PairFeatures["sourceTokens"], lang: LanguageProfile): (i: number) => Matchable[] {
  const seen = new Map<Token, Matchable>();
  return (i) => tokens[i]!.map((t) => {
    let m = seen.get(t);
    if (!m) seen.set(t, (m = matchable(t, lang)));
    return m;
  });
}

/** Up to `count` segments spread evenly over the document: enough to tell its script. */
function sample(segments: readonly Segment[], count: number): readonly Segment[] {
  if (segments.length <= count) return segments;
  return Array.from({ length: count }, (_, k) => segments[Math.floor((k * segments.length) / count)]!);
}

/**
 * The segment pairs the review reads evidence for: those inside the links, and
 * one step beyond on each side (a gap's sentence against its neighbours' translations).
 */
function linkCells(bitext: Bitext): Band {
  const n = bitext.source.segments.length;
  const m = bitext.target.segments.length;
  const lo = new Int32Array(n + 1).fill(1);
  const hi = new Int32Array(n + 1);
  // Targets before each link: a source sentence with none of its own sits between the last of them and the next.
  let before = 0;
  for (const l of bitext.links) {
    const first = l.target.length ? l.target[0]! : before;
    const last = l.target.length ? l.target[l.target.length - 1]! : before - 1;
    for (const i of l.source) {
      lo[i] = Math.max(0, first - 1);
      hi[i] = Math.min(m - 1, last + 1);
    }
    before = last + 1;
  }
  return new Band(n, m, lo, hi);
}

/** Returns the bitext with `flags` on every link (an empty list where there is nothing to say). */
export function review(bitext: Bitext, options: ReviewOptions = {}): Bitext {
  const o = { ...DEFAULT_REVIEW_OPTIONS, ...options };
  // The lexical evidence of each link (numbers, names, cognates, dictionary words), computed the same way
  // whether the bitext was just aligned or read back from a file.
  const given = pairDictionary(bitext.source.lang, bitext.target.lang, options);
  const tokensOf = (side: Bitext["source"]) => side.segments.map((g) => tokenize(g.text, getLanguage(side.lang)));
  const tokens = options.reuse ?? { sourceTokens: tokensOf(bitext.source), targetTokens: tokensOf(bitext.target) };
  // Word translations of this very bitext, learned from its 1-1 links: the document's own vocabulary
  // shows which sentences share nothing. Learned from the links as they stand, so a bitext read back
  // is reviewed exactly as it was when aligned.
  const learned = learnDictionary(tokens.sourceTokens, tokens.targetTokens, bitext.links);
  const dictionary = learned.size === 0 ? given : given ? given.merge(learned) : learned;
  const features = prepareFeatures(bitext.source.segments, bitext.target.segments, bitext.source.lang, bitext.target.lang, { dictionary, reuse: tokens });
  features.lexical.fill(linkCells(bitext));
  const evidenceOf = (k: number) => {
    const l = bitext.links[k]!;
    return l.source.length && l.target.length ? features.lexical.group(l.source[0]!, l.source[0]! + l.source.length, l.target[0]!, l.target[0]! + l.target.length) : 0;
  };
  const side = (s: Bitext["source"], tokens: PairFeatures["sourceTokens"]): SideInfo => {
    const lang = getLanguage(s.lang);
    return {
      lang,
      tokens: matchables(tokens, lang),
      script: dominantScript(sample(s.segments, 500).map((g) => g.text).join(" ")).script,
      strong: () => false,
      lowercase: once(() => new Set(tokens.flatMap((list) => list.filter((t) => t.kind === "word" && t.surface === t.key).map((t) => t.key)))),
    };
  };
  const src = side(bitext.source, features.sourceTokens);
  const tgt = side(bitext.target, features.targetTokens);
  src.strong = memo((t) => isStrongAnchor(t, src.script, tgt.script));
  tgt.strong = memo((t) => isStrongAnchor(t, tgt.script, src.script));
  // Usual evidence per character of source, over the 1-1 links: longer sentences share more words.
  const chars = (l: Link) => joinText(bitext.source.segments, l.source).length;
  const ones = bitext.links.flatMap((l, k) => (l.kind === "1-1" ? [k] : []));
  const perChar = median(ones.map((k) => evidenceOf(k) / Math.max(1, chars(bitext.links[k]!))));
  const passages = unmatchedRuns(bitext.links);

  // Stems found in many sentences ("the", "said"): they answer any sentence, so they cannot show where a translation stops.
  let frequency: Map<string, number> | undefined;
  const common = (t: Matchable) => {
    if (!frequency) {
      frequency = new Map();
      for (const list of features.sourceTokens) for (const stem of new Set(list.map((x) => x.stem))) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
    }
    return (frequency.get(t.stem) ?? 0) > Math.max(COMMON_MIN, COMMON_SHARE * features.sourceTokens.length);
  };
  const segmentLength = (side: Bitext["source"], id: number) => joinText(side.segments, [id]).length;

  /**
   * A translation sentence shorter than usual whose source sentence it does
   * not account for: little shared evidence, or nothing answering the end of
   * the source. Sentences are paired in order inside 1-1 and n-n links, where
   * a merge can hide a cut: the others must be of usual length (a sentence
   * boundary placed differently makes one short and the next long).
   */
  const cutShort = (link: Link, lt: LinkTokens): Flag | undefined => {
    if (link.source.length !== link.target.length) return undefined;
    const zs = link.source.map((i, n) => deviations(segmentLength(bitext.source, i), segmentLength(bitext.target, link.target[n]!), bitext));
    for (let n = 0; n < zs.length; n++) {
      if (zs[n]! > -o.cutDeviations || zs.some((z, m) => m !== n && Math.abs(z) >= PARTNER_DEVIATIONS)) continue;
      const i = link.source[n]!;
      const j = link.target[n]!;
      // Titles are translated freely and tersely ("Bernard Vann: WW1 Victoria Cross cleric celebrated"): only sentences are judged.
      if (!endsSentence(bitext.source.segments[i]!.text) && !endsSentence(bitext.target.segments[j]!.text)) continue;
      const text = joinText(bitext.source.segments, [i]);
      const wanted = perChar * text.length;
      if (wanted < 2) continue;
      const evidence = features.lexical.pair(i, j);
      const tail = uncoveredTail(text, src.tokens(i), lt.target, dictionary, common);
      const unanswered = tail.matched > 0 && tail.share >= o.cutTail;
      if (evidence >= o.cutRatio * wanted && !unanswered) continue;
      const subject = link.source.length > 1 ? `translation sentence ${j + 1}` : "the translation";
      const why = unanswered
        ? `nothing in it answers the end of its source ("${clip(tail.text, 80)}")`
        : `it shares less than usual with its source (lexical evidence ${evidence.toFixed(1)} of about ${wanted.toFixed(1)})`;
      return {
        type: "length",
        severity: "warning",
        reason: `${subject} is shorter than usual (${(-zs[n]!).toFixed(1)} standard deviations) and ${why}: cut short?`,
        evidence: {
          sourceChars: text.length, targetChars: segmentLength(bitext.target, j), deviations: round(zs[n]!), lexical: round(evidence), expected: round(wanted),
          ...(unanswered ? { unansweredEnd: tail.text, unansweredShare: round(tail.share) } : {}),
          ...(link.source.length > 1 ? { sourceSegment: i, targetSegment: j } : {}),
        },
      };
    }
    return undefined;
  };

  /**
   * The sentence pair of a 1-1 or n-n link whose lexical evidence is far below
   * the document's usual, while the link's other pairs share what they should.
   * Returns [source, target, evidence, expected].
   */
  const divergentPair = (link: Link, expected: number): [number, number, number, number] | undefined => {
    if (link.source.length !== link.target.length) return undefined;
    if (link.source.length === 1) {
      const evidence = features.lexical.pair(link.source[0]!, link.target[0]!);
      return expected >= 2 && evidence < o.divergentRatio * expected ? [link.source[0]!, link.target[0]!, evidence, expected] : undefined;
    }
    const pairs = link.source.map((i, n) => {
      const wanted = perChar * segmentLength(bitext.source, i);
      const evidence = features.lexical.pair(i, link.target[n]!);
      return { i, j: link.target[n]!, wanted, evidence, low: wanted >= 2 && evidence < o.divergentRatio * wanted };
    });
    const odd = pairs.filter((p) => p.low);
    return odd.length === 1 ? [odd[0]!.i, odd[0]!.j, odd[0]!.evidence, odd[0]!.wanted] : undefined;
  };

  /**
   * A sentence merged into a one-to-many link that shares nothing with the
   * other side, when the rest of the link is of the usual length without it:
   * a sentence left untranslated (or added) that the aligner tucked into its
   * neighbour's link rather than leave alone.
   */
  const orphanInMerge = (link: Link): { side: "source" | "target"; id: number; evidence: number; expected: number; deviationsWithout: number; mark?: string } | undefined => {
    const side = link.source.length > 1 && link.target.length === 1 ? "source" : link.target.length > 1 && link.source.length === 1 ? "target" : undefined;
    if (!side) return undefined;
    const fromSource = side === "source";
    const ids = link[side];
    const segments = (fromSource ? bitext.source : bitext.target).segments;
    const one = fromSource ? link.target[0]! : link.source[0]!;
    const oneText = joinText((fromSource ? bitext.target : bitext.source).segments, [one]);
    const evidenceWith = (id: number) => (fromSource ? features.lexical.pair(id, one) : features.lexical.pair(one, id));
    // Usual evidence goes by source characters.
    const usual = (chars: number) => perChar * (fromSource ? chars : chars / bitext.model.ratio);
    for (const id of ids) {
      const text = joinText(segments, [id]);
      const expected = usual(text.length);
      const evidence = evidenceWith(id);
      // A short sentence has too few words to share; a question or an exclamation still shows in its translation's punctuation.
      const mark = expected < 2 ? finalMark(text) : undefined;
      if (expected < 2 ? evidence > 0 || mark === undefined || oneText.includes(mark) : evidence >= o.orphanRatio * expected) continue;
      const rest = ids.filter((x) => x !== id);
      const restLength = joinText(segments, rest).length;
      const without = fromSource ? deviations(restLength, oneText.length, bitext) : deviations(oneText.length, restLength, bitext);
      // The rest accounts for the one sentence when it fits it in length, or nearly so while sharing what it should.
      const restEvidence = rest.reduce((sum, x) => sum + evidenceWith(x), 0);
      const restExpected = usual(restLength);
      const accounted = Math.abs(without) < REST_DEVIATIONS || (Math.abs(without) < SHARING_REST_DEVIATIONS && restEvidence >= REST_SHARE * restExpected);
      if (accounted) return { side, id, evidence, expected, deviationsWithout: without, ...(mark ? { mark } : {}) };
    }
    return undefined;
  };

  /**
   * A 1-1 link right beside a gap (a run of 1-0 or 0-1 links) whose
   * translation (or source) would fit the gap's nearest sentence about as
   * well: the aligner had to pick which of two neighbours went untranslated
   * (or was added), and the evidence hardly tells. Moving the gap one step
   * keeps every other link, so the two placements differ by these two costs only.
   */
  const gapNextDoor = (k: number): { type: "missing" | "added"; id: number; here: number; there: number } | undefined => {
    const link = bitext.links[k]!;
    if (link.kind !== "1-1") return undefined;
    const i = link.source[0]!;
    const j = link.target[0]!;
    const cost = (a: number, b: number) => explainLink(features, bitext.model, DEFAULT_COST_PARAMS, a, 1, b, 1).total;
    const here = cost(i, j);
    let best: { type: "missing" | "added"; id: number; here: number; there: number } | undefined;
    for (const other of [bitext.links[k - 1], bitext.links[k + 1]]) {
      if (other === undefined || (other.kind !== "1-0" && other.kind !== "0-1")) continue;
      const missing = other.kind === "1-0";
      const id = missing ? other.source[0]! : other.target[0]!;
      const there = missing ? cost(id, j) : cost(i, id);
      if (there - here <= o.gapMargin && (!best || there < best.there)) best = { type: missing ? "missing" : "added", id, here, there };
    }
    return best;
  };

  const links = bitext.links.map((link, k): Link => {
    const flags: Flag[] = [];
    const sourceText = joinText(bitext.source.segments, link.source);
    const targetText = joinText(bitext.target.segments, link.target);
    if (link.target.length === 0) flags.push(unmatchedFlag("missing", link, bitext, passages.get(k), facing(bitext.links, k)));
    else if (link.source.length === 0) flags.push(unmatchedFlag("added", link, bitext, passages.get(k), facing(bitext.links, k)));
    // Units of an existing memory can have an empty side.
    else if (targetText.trim() === "") flags.push({ type: "missing", severity: "error", reason: "the translation is empty" });
    else if (sourceText.trim() === "") flags.push({ type: "added", severity: "error", reason: "the source is empty" });
    else {
      const sourceSegments = link.source.map((i) => src.tokens(i));
      const targetSegments = link.target.map((j) => tgt.tokens(j));
      const lt: LinkTokens = { sourceSegments, targetSegments, source: sourceSegments.flat(), target: targetSegments.flat() };
      numbersFlag(lt, flags);
      namesFlags(lt, src, tgt, flags);
      lengthFlag(link, bitext, o, flags);
      // Each target sentence on its own: one left untranslated must not hide in a merge.
      const parts = link.target.length > 1 ? link.target.map((j) => joinText(bitext.target.segments, [j])) : [targetText];
      for (const part of parts) if (untranslatedFlag(sourceText, part, src, tgt, flags)) break;
      const expected = perChar * chars(link);
      const z = deviations(sourceText.length, targetText.length, bitext);
      if (ones.length >= 5 && !flags.some((f) => f.type === "length")) {
        const cut = cutShort(link, lt);
        if (cut) flags.push(cut);
      }
      // A translation sentence that stops on "the" or "на" was cut, whatever its length says alone.
      if (!flags.some((f) => f.type === "length")) {
        const cut = link.target.find((j) => {
          const word = finalWord(joinText(bitext.target.segments, [j]));
          return word !== undefined && tgt.lang.danglingWords.has(word) && (link.target.length > 1 || z <= -o.danglingDeviations);
        });
        if (cut !== undefined) {
          const word = finalWord(joinText(bitext.target.segments, [cut]))!;
          flags.push({
            type: "length",
            severity: "warning",
            reason: `translation sentence ${cut + 1} stops on "${word}", a word sentences do not end on${link.target.length > 1 ? "" : `, and is shorter than usual (${(-z).toFixed(1)} standard deviations)`}: cut short?`,
            evidence: { lastWord: word, deviations: round(z) },
          });
        }
      }
      if (ones.length >= 5) {
        const odd = divergentPair(link, expected);
        if (odd) {
          const [i, j, evidence, wanted] = odd;
          // Names that find no counterpart, and none that do: the mark of a different sentence, however sure the aligner was.
          const names = strangerNames(link.source.length > 1 ? { ...lt, sourceSegments: [src.tokens(i)], targetSegments: [tgt.tokens(j)] } : lt, src, tgt);
          // One name alone is often a pronoun in the other language ("продължи Тръмп", "he said").
          const strangers = names.matched === 0 && names.unmatched.length >= 2;
          flags.push({
            type: "divergent",
            severity: link.score < o.divergentScore || strangers ? "warning" : "info",
            reason: `${link.source.length > 1 ? `translation sentence ${j + 1} shares little with source sentence ${i + 1}` : "the translation shares little with its source"} (lexical evidence ${evidence.toFixed(1)} where this document's sentences of this length have about ${wanted.toFixed(1)})` +
              (strangers ? ` and no name on one side has a counterpart on the other (${names.unmatched.slice(0, 4).join(", ")})` : "") +
              ": a different sentence, a mistranslation or a cut?",
            evidence: { lexical: round(evidence), expected: round(wanted), confidence: round(link.score), ...(link.source.length > 1 ? { sourceSegment: i, targetSegment: j } : {}), ...(strangers ? { unmatchedNames: names.unmatched } : {}) },
          });
        }
      }
      const orphan = ones.length >= 5 ? orphanInMerge(link) : undefined;
      if (orphan) {
        const source = orphan.side === "source";
        flags.push({
          type: source ? "missing" : "added",
          severity: "warning",
          reason: orphan.mark
            ? `${orphan.side} sentence ${orphan.id + 1} ends with "${orphan.mark}" and shares nothing with the ${source ? "translation" : "source"} it is linked with, which has no "${orphan.mark}" and fits the other sentence${link[orphan.side].length > 2 ? "s" : ""} without it: ${source ? "not translated" : "not in the source"}?`
            : `${orphan.side} sentence ${orphan.id + 1} shares next to nothing with the ${source ? "translation" : "source"} it is linked with (lexical evidence ${orphan.evidence.toFixed(1)} of about ${orphan.expected.toFixed(1)}), which fits the other sentence${link[orphan.side].length > 2 ? "s" : ""} without it: ${source ? "not translated" : "not in the source"}?`,
          evidence: { [`${orphan.side}Segment`]: orphan.id, lexical: round(orphan.evidence), expected: round(orphan.expected), deviationsWithout: round(orphan.deviationsWithout), ...(orphan.mark ? { finalMark: orphan.mark } : {}) },
        });
      }
      const gap = ones.length >= 5 ? gapNextDoor(k) : undefined;
      if (gap) {
        const missing = gap.type === "missing";
        const mine = missing ? `source sentence ${link.source[0]! + 1}` : `translation sentence ${link.target[0]! + 1}`;
        const theirs = missing ? `source sentence ${gap.id + 1}` : `translation sentence ${gap.id + 1}`;
        flags.push({
          type: gap.type,
          severity: "warning",
          reason: `${theirs} beside this link has ${missing ? "no translation" : "no source"}, and this link's ${missing ? "translation" : "source"} fits it about as well as it fits ${mine} (alignment cost ${gap.there.toFixed(1)} against ${gap.here.toFixed(1)}; lower fits better): ${missing ? `${mine} may be the one left untranslated, and this translation that of ${theirs}` : `${mine} may be the one added, and this source that of ${theirs}`}`,
          evidence: { [missing ? "sourceSegment" : "targetSegment"]: gap.id, cost: round(gap.here), costBeside: round(gap.there) },
        });
      }
      const stray = outOfStep(bitext.links, k);
      if (stray) {
        flags.push({
          type: "divergent",
          severity: "warning",
          reason: stray === "source"
            ? `this link takes in ${link.target.length} translation sentences while the next source sentence has none: is the translation of this sentence cut short, or the sentences out of step?`
            : `this link takes in ${link.source.length} source sentences while a translation sentence beside it has no source: was one of them translated as something else?`,
        });
      }
      if (link.source.length > 1 || link.target.length > 1) {
        const merged = link.source.length > 1;
        flags.push({
          type: merged ? "merged" : "split",
          severity: "info",
          reason: merged
            ? `${link.source.length} source sentences translated as ${link.target.length === 1 ? "one" : link.target.length}`
            : `one source sentence translated as ${link.target.length}`,
        });
      }
    }
    return { ...link, flags };
  });
  return { ...bitext, links };
}

/** "?" or "!" when a sentence ends with one (before closing quotes or brackets). */
function finalMark(text: string): "?" | "!" | undefined {
  const m = /([?!])[\s"'»“”’)\]]*$/u.exec(text);
  return m ? (m[1] as "?" | "!") : undefined;
}

function joinText(segments: readonly Segment[], ids: readonly number[]): string {
  return ids.map((id) => segments[id]!.text).join(" ").replace(/\s+/gu, " ");
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Passage { first: number; count: number }

/** Runs of consecutive 1-0 (or 0-1) links: one passage each, keyed by every link in it. */
function unmatchedRuns(links: readonly Link[]): Map<number, Passage> {
  const out = new Map<number, Passage>();
  let k = 0;
  while (k < links.length) {
    const kind = links[k]!.kind;
    if (kind !== "1-0" && kind !== "0-1") { k++; continue; }
    let end = k;
    while (end + 1 < links.length && links[end + 1]!.kind === kind) end++;
    for (let x = k; x <= end; x++) out.set(x, { first: k, count: end - k + 1 });
    k = end + 1;
  }
  return out;
}

/**
 * A 1-0 link right beside a 0-1 link (either order): the two sentences share
 * a place but not a meaning. Returns the other link's segment, if so.
 */
function facing(links: readonly Link[], k: number): { side: "source" | "target"; id: number } | undefined {
  const link = links[k]!;
  const opposite = link.target.length === 0 ? "0-1" : "1-0";
  for (const other of [links[k - 1], links[k + 1]]) {
    if (other?.kind !== opposite) continue;
    return other.source.length ? { side: "source", id: other.source[0]! } : { side: "target", id: other.target[0]! };
  }
  return undefined;
}

/**
 * A one-to-many link beside a gap on the side it has one sentence of (1-2
 * beside 1-0, 2-1 beside 0-1): the aligner made up for a sentence that fits
 * nowhere, as a cut or replaced translation makes it do. Which side is short.
 */
function outOfStep(links: readonly Link[], k: number): "source" | "target" | undefined {
  const link = links[k]!;
  const gap = (other: Link | undefined, side: "source" | "target") => other !== undefined && other[side].length === 1 && other[side === "source" ? "target" : "source"].length === 0;
  if (link.source.length === 1 && link.target.length > 1 && (gap(links[k - 1], "source") || gap(links[k + 1], "source"))) return "source";
  if (link.target.length === 1 && link.source.length > 1 && (gap(links[k - 1], "target") || gap(links[k + 1], "target"))) return "target";
  return undefined;
}

function unmatchedFlag(type: "missing" | "added", link: Link, bitext: Bitext, passage: Passage | undefined, beside: ReturnType<typeof facing>): Flag {
  const side = type === "missing" ? bitext.source : bitext.target;
  const id = (type === "missing" ? link.source : link.target)[0]!;
  const paragraph = side.segments[id]!.paragraph + 1;
  const count = passage?.count ?? 1;
  const what = type === "missing" ? "not translated" : "not in the source";
  let reason = count > 1
    ? `paragraph ${paragraph}: part of a passage of ${count} sentences ${what}`
    : `paragraph ${paragraph}: sentence ${what}`;
  if (beside) {
    reason += `; ${beside.side} sentence ${beside.id + 1} beside it has no counterpart either: a replaced, truncated or wrong translation?`;
  }
  return {
    type, severity: "error", reason,
    evidence: { paragraph, passageLength: count, passageStart: passage?.first ?? null, ...(beside ? { beside } : {}) },
  };
}


/**
 * Numbers on one side only, as multisets: "2024" and "2023" is a changed
 * number. Small whole numbers count only when both sides have one unmatched
 * ("2 милиарда" and "$9 billion"); alone they are usually written as words.
 */
function numbersFlag(lt: LinkTokens, flags: Flag[]): void {
  if (!lt.source.some((t) => t.kind === "number") && !lt.target.some((t) => t.kind === "number")) return;
  const count = (toks: Matchable[]) => {
    const m = new Map<string, { n: number; surface: string; significant: boolean }>();
    for (const t of toks) if (t.kind === "number") m.set(t.key, { n: (m.get(t.key)?.n ?? 0) + 1, surface: m.get(t.key)?.surface ?? t.surface, significant: isSignificantNumber(t) });
    return m;
  };
  const s = count(lt.source);
  const t = count(lt.target);
  const unmatched = (a: typeof s, b: typeof s) => [...a].filter(([k, v]) => (b.get(k)?.n ?? 0) < v.n).map(([k, v]) => ({ ...v, key: k }));
  // The same digits written two ways pair off: "125 милиона" and "£125m", "1930 г." and "1930s", "5 часа" and "5 a.m.".
  const core = (key: string) => key.replace(/\D/g, "").replace(/^0+|0+$/g, "");
  const pairable = (list: Array<{ key: string }>) => new Set(list.map((v) => core(v.key)));
  let us = unmatched(s, t);
  let ut = unmatched(t, s);
  const coresS = pairable(us);
  const coresT = pairable(ut);
  us = us.filter((v) => !coresT.has(core(v.key)));
  ut = ut.filter((v) => !coresS.has(core(v.key)));
  // A year of a decade and the decade: "след 1930 г." and "in the 1930s" (decades are kept as "30s").
  const decadeOf = (list: Array<{ key: string }>) => new Set(list.filter((v) => /^\d0s$/.test(v.key)).map((v) => v.key.slice(0, 2)));
  const yearIn = (key: string, decades: Set<string>) => /^\d{2}\d0$/.test(key) && decades.has(key.slice(2));
  const decadesS = decadeOf(us);
  const decadesT = decadeOf(ut);
  const yearsS = new Set(us.filter((v) => yearIn(v.key, decadesT)).map((v) => v.key.slice(2)));
  const yearsT = new Set(ut.filter((v) => yearIn(v.key, decadesS)).map((v) => v.key.slice(2)));
  us = us.filter((v) => !yearIn(v.key, decadesT) && !(/^\d0s$/.test(v.key) && yearsT.has(v.key.slice(0, 2))));
  ut = ut.filter((v) => !yearIn(v.key, decadesS) && !(/^\d0s$/.test(v.key) && yearsS.has(v.key.slice(0, 2))));
  const small = us.length > 0 && ut.length > 0;
  const sourceOnly = us.filter((v) => v.significant || small).map((v) => v.surface);
  const targetOnly = ut.filter((v) => v.significant || small).map((v) => v.surface);
  if (sourceOnly.length === 0 && targetOnly.length === 0) return;
  const changed = sourceOnly.length > 0 && targetOnly.length > 0;
  const reason = changed
    ? `numbers differ: ${sourceOnly.join(", ")} in the source, ${targetOnly.join(", ")} in the translation`
    : sourceOnly.length
      ? `${sourceOnly.join(", ")} ${sourceOnly.length > 1 ? "are" : "is"} not in the translation`
      : `${targetOnly.join(", ")} ${targetOnly.length > 1 ? "are" : "is"} in the translation only`;
  flags.push({ type: "numbers", severity: changed ? "error" : "warning", reason, evidence: { source: sourceOnly, target: targetOnly } });
}

/** `f`'s value, computed on first call. */
function once<T>(f: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) { value = f(); done = true; }
    return value as T;
  };
}

/** `f` once per distinct token. */
function memo(f: (t: Matchable) => boolean): (t: Matchable) => boolean {
  const known = new Map<Matchable, boolean>();
  return (t) => {
    let v = known.get(t);
    if (v === undefined) known.set(t, (v = f(t)));
    return v;
  };
}

/**
 * Anchors a translation copies as they are: addresses, codes with digits,
 * acronyms and names already written in the other side's script ("DISRUPT"
 * in Bulgarian text for an English translation). Acronyms in the text's own
 * script are translated (САЩ is "U.S."), so they are not expected.
 */
function isStrongAnchor(t: Matchable, script: string, otherScript: string): boolean {
  if (t.kind === "address") return true;
  if (t.kind !== "word" || t.surface.length < 2) return false;
  if (/\p{N}/u.test(t.surface)) return true;
  const written = dominantScript(t.surface).script;
  if (written !== otherScript) return false;
  if (/^\p{Lu}{2,}$/u.test(t.surface)) return true;
  // A foreign phrase quoted in the text ("le", "of the") is translated with it; names and longer words are kept.
  return written !== script && (/^\p{Lu}/u.test(t.surface) || t.surface.length >= 4);
}

/**
 * The same anchor, or the same name with a clitic attached by an apostrophe
 * or a hyphen on one side: "ITV" and "ITV's", "ONU" and "l'ONU", "PNG" and
 * "PNG-registered".
 */
function nameMatch(a: Matchable, b: Matchable): boolean {
  if (anchorMatch(a, b)) return true;
  if (a.kind !== "word" || b.kind !== "word") return false;
  const within = (name: string, word: string) => word.length > name.length && /['’-]/u.test(word) && word.split(/['’-]/u).includes(name);
  return within(a.key, b.key) || within(b.key, a.key);
}

function namesFlags(lt: LinkTokens, src: SideInfo, tgt: SideInfo, flags: Flag[]): void {
  const { source: s, target: t } = lt;
  const missing = unique(s.filter((a) => src.strong(a) && !t.some((b) => nameMatch(a, b))).map((a) => a.surface));
  const added = unique(t.filter((b) => tgt.strong(b) && !s.some((a) => nameMatch(a, b))).map((b) => b.surface));
  if (missing.length) {
    flags.push({ type: "names", severity: "warning", reason: `${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not in the translation`, evidence: { source: missing } });
  }
  if (added.length) {
    flags.push({ type: "names", severity: "info", reason: `${added.join(", ")} ${added.length > 1 ? "appear" : "appears"} in the translation only`, evidence: { target: added } });
  }
}

/**
 * Names on each side of a link (capitalised words after a segment's first
 * word, acronyms) and whether each has a counterpart on the other side:
 * identical, or a cognate once transliterated ("Симпсън" and "Simpson").
 */
function strangerNames(lt: LinkTokens, src: SideInfo, tgt: SideInfo): { matched: number; unmatched: string[] } {
  const capitalised = (t: Matchable) => t.kind === "word" && /^\p{Lu}/u.test(t.surface);
  const names = (segments: Matchable[][], side: SideInfo) =>
    segments.flatMap((tokens) => {
      const words = tokens.filter((t) => t.kind === "word");
      // A headline in title case ("It Is Very Bad") capitalises every word: there, a word the document also writes in lowercase is no name.
      const titleCase = words.length >= 3 && words.filter(capitalised).length >= 0.6 * words.length;
      return tokens.filter((t, n) =>
        capitalised(t) && t.surface.length >= 2 && (/^\p{Lu}{2,}$/u.test(t.surface) || (n > 0 && !(titleCase && side.lowercase().has(t.key)))) && !side.lang.capitalisedWords.has(t.key));
    });
  const { source: s, target: t } = lt;
  let matched = 0;
  const unmatched: string[] = [];
  // Short names ("Паз", "Paz") are too short to be cognates but spell the same once transliterated.
  const same = (a: Matchable, b: Matchable) => nameMatch(a, b) || (a.kind === "word" && a.skeleton.length >= 2 && a.skeleton === b.skeleton);
  for (const a of names(lt.sourceSegments, src)) if (t.some((b) => same(a, b))) matched++; else unmatched.push(a.surface);
  for (const b of names(lt.targetSegments, tgt)) if (s.some((a) => same(a, b))) matched++; else unmatched.push(b.surface);
  return { matched, unmatched: unique(unmatched) };
}

/** Whether a segment ends as a sentence does (a full stop, a question or exclamation mark, maybe in quotes), not as a title. */
function endsSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*\s*$/u.test(text);
}

/** The last word of a text, lowercased, if only punctuation and quotes follow it. */
function finalWord(text: string): string | undefined {
  return /([\p{L}][\p{L}'’-]*)[\s"'”’»)\]]*[.!?…:;,]*["'”’»)\]]*\s*$/u.exec(text)?.[1]?.toLowerCase();
}

/** At most `max` characters of a text, cut at a word with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Standard deviations between a target length and the one the pair's length model expects. */
function deviations(ls: number, lt: number, bitext: Bitext): number {
  const { ratio, variance } = bitext.model;
  const mean = (ls + lt / ratio) / 2;
  return mean <= 0 ? 0 : (lt - ratio * ls) / Math.sqrt(variance * mean);
}

/**
 * The link's length against the pair's model. Where both sides have several
 * sentences (2-2), the sentences are also compared in order: one pair normal
 * and the other far off is a cut or padded translation that a merge hid.
 */
function lengthFlag(link: Link, bitext: Bitext, o: { lengthDeviations: number }, flags: Flag[]): void {
  const len = (segs: readonly Segment[], ids: readonly number[]) => joinText(segs, ids).length;
  const ls = len(bitext.source.segments, link.source);
  const lt = len(bitext.target.segments, link.target);
  let z = deviations(ls, lt, bitext);
  let subject = "the translation";
  if (Math.abs(z) < o.lengthDeviations && link.source.length === link.target.length && link.source.length > 1) {
    const zs = link.source.map((i, n) => deviations(len(bitext.source.segments, [i]), len(bitext.target.segments, [link.target[n]!]), bitext));
    const worst = zs.reduce((a, x, n) => (Math.abs(x) > Math.abs(zs[a]!) ? n : a), 0);
    const others = zs.filter((_, n) => n !== worst);
    if (Math.abs(zs[worst]!) >= o.lengthDeviations && others.every((x) => Math.abs(x) < 2)) {
      z = zs[worst]!;
      subject = `translation sentence ${link.target[worst]! + 1}`;
    }
  }
  if (Math.abs(z) < o.lengthDeviations) return;
  const expected = Math.round(bitext.model.ratio * ls);
  flags.push({
    type: "length",
    severity: "warning",
    reason: `${subject} is ${z < 0 ? "much shorter" : "much longer"} than this document's translations usually are (${lt} characters where about ${expected} were expected)`,
    evidence: { sourceChars: ls, targetChars: lt, expectedChars: expected, deviations: round(z) },
  });
}

function untranslatedFlag(sourceText: string, targetText: string, src: SideInfo, tgt: SideInfo, flags: Flag[]): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const t = dominantScript(targetText);
  const inSourceScript = src.script !== tgt.script && t.letters >= 8 && t.script === src.script && t.share > 0.6;
  // Most sentences differ in their first letter: no need to normalise them to compare.
  const first = (x: string) => /[\p{L}\p{N}]/u.exec(x)?.[0]?.toLowerCase();
  // A quotation in a third language ("Il faut bien le faire." in a Bulgarian text) stays as it is in the translation.
  const foreign = src.script !== tgt.script && dominantScript(sourceText).script !== src.script;
  const copied = !foreign && first(sourceText) === first(targetText) && norm(sourceText) === norm(targetText) && norm(sourceText).split(" ").length >= 3;
  if (!inSourceScript && !copied) return false;
  flags.push({
    type: "untranslated",
    severity: "error",
    reason: copied ? "the translation is the source text, unchanged" : `the translation is in ${t.script} script, like the source (${src.lang.name}), not ${tgt.lang.name}`,
    evidence: { script: t.script },
  });
  return true;
}
