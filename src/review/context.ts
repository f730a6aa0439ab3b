/**
 * What every check reads, computed once per bitext: each side's tokens and
 * script, the lexical evidence of the links (with word translations learned
 * from the bitext itself), the document's usual evidence per character, the
 * passages of unmatched sentences. The same whether the bitext was just
 * aligned or read back from a file, so a review can be repeated.
 */
import { narrowable } from "../lang/chars.js";
import { getLanguage, type LanguageProfile } from "../lang/index.js";
import { pairDictionary } from "../lang/lexicon.js";
import { knownNames, nativeNames } from "../lang/names.js";
import { dominantScript, type ScriptShare } from "../lang/script.js";
import {
  CellRows,
  type CostInputs,
  type CostParams,
  DEFAULT_COST_PARAMS,
  type Dictionary,
  glossLength,
  LexicalEvidence,
  learnDictionary,
  type Matchable,
  matchable,
  type PairFeatures,
  prepareFeatures,
  type Token,
  tokenize,
} from "../score/index.js";
import { joinBrokenWords } from "../segment/hyphens.js";
import type { Bitext, Link, Segment, Side } from "../types.js";
import { withoutNamedDates } from "./checks/dates.js";
import { perLanguage } from "./memo.js";
import { foldSpace, hasParagraphs, median, sentenceKey } from "./text.js";
import { NO_TOKENS, objectList } from "./tokens.js";

/** Thresholds of the checks; every one can be overridden. */
export interface ReviewThresholds {
  /** A link's length is flagged when it lies this many standard deviations from the pair's length model. */
  readonly lengthDeviations: number;
  /** A 1-1 link is divergent when its lexical evidence is below this share of the document's usual for links of its length. */
  readonly divergentRatio: number;
  /** A sentence merged into a one-to-many link is flagged as untranslated (or added) when its evidence is below this share of the usual and the rest of the link fits without it. */
  readonly orphanRatio: number;
  /** A divergent link is a warning when its confidence is also below this (the aligner was unsure too), else information. */
  readonly divergentScore: number;
  /** A translation sentence (of a 1-1 link, or paired in order in an n-n link) this many standard deviations shorter than usual... */
  readonly cutDeviations: number;
  /** ...whose lexical evidence is below this share of the usual is flagged as cut short. */
  readonly cutRatio: number;
  /** ...or whose source ends with at least this share of its text (letters and digits) that nothing in the translation answers. */
  readonly cutTail: number;
  /** A 1-1 translation this many standard deviations shorter than usual that stops on a word sentences do not end on ("the") is flagged as cut short. */
  readonly danglingDeviations: number;
  /**
   * A 1-1 link beside an untranslated (or added) sentence is flagged too when
   * its translation would cost at most this many nats more linked to the
   * sentence in the gap: the evidence hardly tells which of the two is missing.
   */
  readonly gapMargin: number;
  /**
   * A sentence left untranslated (or added) next to a 1-1 link is a warning, not an error, when joining it to that
   * link (2-1, 1-2) would cost at most this many nats more: the sentence may be translated together with its neighbour.
   */
  readonly joinMargin: number;
}

export interface ReviewOptions extends Partial<ReviewThresholds> {
  /** Word translations to count as evidence, besides the built-in lexicon. */
  readonly dictionary?: Dictionary;
  /** Use the built-in lexicon for the pair (default true). */
  readonly lexicon?: boolean;
  /** Tokens already computed for these very segments (by the aligner), to reuse. */
  readonly reuse?: Pick<PairFeatures, "sourceTokens" | "targetTokens">;
  /** The bitext is a memory's units, each pair on its own (`reviewUnits`), not two documents aligned. */
  readonly units?: boolean;
  /** Whether each document has paragraphs (more than one), where the bitext is a piece of a longer one; else read from the bitext. */
  readonly paragraphed?: { readonly source: boolean; readonly target: boolean };
  /** The cost weights the bitext was aligned with (default: sverka's), for checks that compare alignment costs. */
  readonly costParams?: CostParams;
  /** A termbase to check the translation against (the user's `--dict` files and TBX): a source term present needs one of its target terms. */
  readonly terms?: Dictionary;
  /** Called now and then with the links reviewed so far and their number (a progress bar: a long review takes seconds). */
  readonly onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_REVIEW_OPTIONS: ReviewThresholds = {
  lengthDeviations: 5,
  divergentRatio: 0.15,
  orphanRatio: 0.25,
  divergentScore: 0.5,
  cutDeviations: 2.5,
  cutRatio: 0.5,
  cutTail: 0.25,
  danglingDeviations: 1,
  gapMargin: 2,
  joinMargin: 1,
};

/**
 * The document's usual evidence is the median over its 1-1 links: with fewer
 * than this many, it says nothing, and the checks that compare a link with
 * the usual stay silent.
 */
const MIN_BASELINE_LINKS = 5;
/**
 * The same for a memory's units (a TMX, PO, XLIFF or TSV file:
 * `ReviewOptions.units`): unrelated sentences, whose usual is steadier over
 * more of them. In a five-unit catalogue, two sentences the lexicon does not know
 * ("Invoice %s was sent", "The total is %d BGN") fell below the other
 * three's median.
 */
const MIN_BASELINE_UNITS = 10;
/**
 * A sentence expected to share less lexical evidence than this with its
 * translation has too few words to share: that it shares nothing says nothing.
 */
export const MIN_EXPECTED_EVIDENCE = 2;
/** A stem is common (answers any sentence) when more than this share of the source's sentences, and more than `COMMON_MIN`, hold it. */
const COMMON_SHARE = 0.05;
const COMMON_MIN = 3;
/**
 * A common word is a template's own (`ownCommon`) in this many source sentences or more: a register's closing
 * clause stands in hundreds, a short text's topic words ("трафика на хора") in a handful.
 */
const OWN_COMMON_MIN = 50;
/** Segments read to tell a side's script: spread over the document, enough for any length. */
const SCRIPT_SAMPLE = 500;

/** One side of the bitext as the checks see it. */
export interface SideInfo {
  readonly side: Side;
  /** Whether the document has more than one paragraph: where it has one (lines run on, no blank line between), "paragraph 1" says nothing. */
  readonly paragraphed: boolean;
  readonly lang: LanguageProfile;
  /** The tokens of segment i, ready for matching (built when first asked: a long document has millions; the same array after). */
  readonly tokens: (i: number) => readonly Matchable[];
  /** The side's dominant script. */
  readonly script: string;
  /** The dominant script of segment id's text (read once). */
  readonly scriptOf: (id: number) => ScriptShare;
  /** Whether a token is one a translation copies as it is (see `isStrongAnchor`), once per distinct token. */
  readonly strong: (t: Matchable) => boolean;
  /** Words the text writes in lowercase somewhere (built when first asked). */
  readonly lowercase: () => ReadonlySet<string>;
  /** Words the text writes capitalised after a segment's first word somewhere, lowercase (built when first asked). */
  readonly capitalised: () => ReadonlySet<string>;
  /** Characters of segment id, white space folded, as `measure` counts them. */
  readonly length: (id: number) => number;
  /** A text's characters as lengths are compared: its glosses in the other side's script aside (see `glossLength`). */
  readonly measure: (text: string) => number;
  /** The text of segments `ids`, white space folded. */
  readonly text: (ids: readonly number[]) => string;
}

/** The tokens of a link, per segment and all together. */
export interface LinkTokens {
  readonly sourceSegments: readonly (readonly Matchable[])[];
  readonly targetSegments: readonly (readonly Matchable[])[];
  /** All the link's tokens of a side: the segment's own list when it has one segment. */
  readonly source: readonly Matchable[];
  readonly target: readonly Matchable[];
}

/** A run of consecutive 1-0 (or 0-1) links: its first link and how many. */
export interface Passage {
  readonly first: number;
  readonly count: number;
}

export interface ReviewContext {
  readonly bitext: Bitext;
  readonly links: readonly Link[];
  readonly options: ReviewThresholds;
  /** Features, lexical evidence laid out over the links' cells, the bitext's length model and the cost weights. */
  readonly costs: CostInputs;
  /** Word translations counted as evidence: given, built in, and learned from the bitext. */
  readonly dictionary: Dictionary | undefined;
  /** The given and built-in ones alone: what a word means whatever stands beside it in this document. */
  readonly given: Dictionary | undefined;
  readonly source: SideInfo;
  readonly target: SideInfo;
  /** Usual lexical evidence per source character, over the 1-1 links: longer sentences share more words. */
  readonly perChar: number;
  /** Whether there are enough 1-1 links for `perChar` to be the document's usual (`MIN_BASELINE_LINKS`). */
  readonly hasBaseline: boolean;
  /** The bitext is a memory's units, each paired by its place (`ReviewOptions.units`), not links the aligner chose. */
  readonly units: boolean;
  /** The passage each 1-0 or 0-1 link belongs to, by link index. */
  readonly passages: ReadonlyMap<number, Passage>;
  /** Whether a token's stem is found in many source sentences ("the", "said"): it answers any sentence, so it cannot show where a translation stops. */
  readonly common: (t: Matchable) => boolean;
  /** Whether a common token is a word of the document's own (a template's "уведомява", "страни"), not a function word of its language ("като", "the"); none where the language lists no function words. */
  readonly ownCommon: (t: Matchable) => boolean;
  /** Standard deviations between a target length and the one the pair's length model expects for a source length. */
  readonly deviations: (sourceChars: number, targetChars: number) => number;
  /** Lexical evidence between source segment i and target segment j. */
  readonly evidence: (i: number, j: number) => number;
  /** The tokens of link k, looked up once for all the checks. */
  readonly linkTokens: (k: number) => LinkTokens;
  /** The user's termbase, if any (`ReviewOptions.terms`). */
  readonly terms: Dictionary | undefined;
  /** Names whose form in the target language is not their transliteration ("Виена", "Vienna"), if sverka knows some for the pair. */
  readonly knownNames: Dictionary | undefined;
  /** The known names that are the source language's own (a Bulgarian town), in lowercase as written: a translation must carry them. */
  readonly nativeNames: ReadonlySet<string>;
  /** For each link, the other links whose source (or translation) is the same sentence (built when first asked). */
  readonly repeats: () => Repeats;
}

/** Token lists per language and text: the same list for a text in every review of a thread (bounded, src/review/memo.ts). */
const tokenLists = perLanguage((lang, text): Token[] => tokenize(text, lang));

/** Links grouped by the text of their source, and by the text of their translation (normalised: case, spacing and punctuation aside). */
export interface Repeats {
  readonly bySource: ReadonlyMap<number, RepeatGroup>;
  readonly byTarget: ReadonlyMap<number, RepeatGroup>;
  /** The normalised text of link k's side. */
  readonly key: (k: number, side: "source" | "target") => string;
  /** A text normalised as `key` normalises a link's. */
  readonly keyOf: (text: string, side: "source" | "target") => string;
}

/**
 * Links whose one side is the same sentence, sorted by the text of their
 * other side. A warning repeated 5,000 times in a manual is one group: the
 * places that differ from a link are found without comparing every pair.
 */
export interface RepeatGroup {
  /** The group's links, by the normalised text of their other side (in document order within each). */
  readonly byOther: ReadonlyMap<string, readonly number[]>;
  /** How many links the group has. */
  readonly size: number;
}

/** Up to `limit` links of the group whose other side differs from `own`, in the order met, and how many there are in all. */
export function differingPlaces(group: RepeatGroup, own: string, limit: number): { readonly links: number[]; readonly total: number } {
  const links: number[] = [];
  for (const [text, list] of group.byOther) {
    if (text === own) continue;
    for (const k of list) {
      if (links.length >= limit) break;
      links.push(k);
    }
    if (links.length >= limit) break;
  }
  return { links: links.sort((a, b) => a - b), total: group.size - (group.byOther.get(own)?.length ?? 0) };
}

/**
 * A side's token lists, those of a segment with a word a hard-wrapped line broke with a hyphen made again from its
 * text with the word whole, as the memory writes it: "най-\nмалко" is the limit "най-малко", and its reversal in the
 * translation an error (the aligner's tokens, reused, read it as two words).
 */
function mendedTokens(side: Side, lists: readonly Token[][]): Token[][] {
  const lang = getLanguage(side.lang);
  let out: Token[][] | undefined;
  side.segments.forEach((g, i) => {
    const text = joinBrokenWords(g.text, side.segments, side.lang);
    if (text === g.text) return;
    out ??= lists.slice();
    out[i] = tokenLists(lang, text);
  });
  return out ?? (lists as Token[][]);
}

export function buildReviewContext(bitext: Bitext, options: ReviewOptions = {}): ReviewContext {
  const thresholds: ReviewThresholds = { ...DEFAULT_REVIEW_OPTIONS, ...definedOnly(options) };
  const given = pairDictionary(bitext.source.lang, bitext.target.lang, options);
  // Segments of one text share one token list: a long document repeats many sentences, and the layout below reads each list once.
  // A thread reviewing several pieces of one document tokenizes a text met in an earlier one no more (`tokenLists`).
  const tokensOf = (side: Side) => {
    const lang = getLanguage(side.lang);
    const out: Token[][] = [];
    for (const g of side.segments) out.push(tokenLists(lang, g.text));
    return out;
  };
  const read = options.reuse ?? { sourceTokens: tokensOf(bitext.source), targetTokens: tokensOf(bitext.target) };
  const tokens = {
    sourceTokens: mendedTokens(bitext.source, read.sourceTokens),
    targetTokens: mendedTokens(bitext.target, read.targetTokens),
  };
  // Word translations of this very bitext, learned from its 1-1 links: the document's own vocabulary
  // shows which sentences share nothing. Learned from the links as they stand, so a bitext read back
  // is reviewed exactly as it was when aligned.
  const learned = learnDictionary(tokens.sourceTokens, tokens.targetTokens, bitext.links);
  const dictionary = learned.size === 0 ? given : given ? given.merge(learned) : learned;
  const features = prepareFeatures(bitext.source.segments, bitext.target.segments, bitext.source.lang, bitext.target.lang, {
    dictionary,
    reuse: tokens,
  });
  const costs: CostInputs = {
    features,
    evidence: LexicalEvidence.layOut(features.matches, linkCells(bitext)),
    model: bitext.model,
    params: options.costParams ?? DEFAULT_COST_PARAMS,
  };
  const [sourceScript, targetScript] = sideScripts(bitext);
  const source = sideInfo(bitext.source, features.sourceTokens, sourceScript, targetScript, options.paragraphed?.source);
  const target = sideInfo(bitext.target, features.targetTokens, targetScript, sourceScript, options.paragraphed?.target);
  const linkEvidence = (l: Link) =>
    l.source.length && l.target.length
      ? costs.evidence.group(l.source[0]!, l.source[0]! + l.source.length, l.target[0]!, l.target[0]! + l.target.length)
      : 0;
  const ones = bitext.links.filter((l) => l.kind === "1-1");
  const perChar = median(ones.map((l) => linkEvidence(l) / Math.max(1, source.text(l.source).length)));

  let frequency: Map<string, number> | undefined;
  const sentencesWith = (t: Matchable) => {
    frequency ??= stemFrequency(features.sourceTokens);
    return frequency.get(t.stem) ?? 0;
  };
  const common = (t: Matchable) => sentencesWith(t) > Math.max(COMMON_MIN, COMMON_SHARE * features.sourceTokens.length);
  const functionWords = new Set(getLanguage(bitext.source.lang).frequentWords ?? []);
  const ownCommon = (t: Matchable) =>
    functionWords.size > 0 && !functionWords.has(t.surface.toLowerCase()) && common(t) && sentencesWith(t) >= OWN_COMMON_MIN;
  const { ratio, variance } = bitext.model;
  const deviations = (ls: number, lt: number) => {
    const mean = (ls + lt / ratio) / 2;
    return mean <= 0 ? 0 : (lt - ratio * ls) / Math.sqrt(variance * mean);
  };
  let cached: { k: number; tokens: LinkTokens } | undefined;
  const linkTokens = (k: number) => {
    if (cached?.k !== k) {
      const link = bitext.links[k]!;
      const sourceSegments = segmentTokens(source, link.source);
      const targetSegments = segmentTokens(target, link.target);
      cached = { k, tokens: { sourceSegments, targetSegments, source: allOf(sourceSegments), target: allOf(targetSegments) } };
    }
    return cached.tokens;
  };
  return {
    bitext,
    links: bitext.links,
    options: thresholds,
    costs,
    dictionary,
    given,
    source,
    target,
    perChar,
    hasBaseline: ones.length >= (options.units ? MIN_BASELINE_UNITS : MIN_BASELINE_LINKS),
    units: options.units === true,
    passages: unmatchedRuns(bitext.links),
    common,
    ownCommon,
    deviations,
    linkTokens,
    evidence: (i, j) => costs.evidence.pair(i, j),
    terms: options.terms,
    knownNames: knownNames(bitext.source.lang, bitext.target.lang),
    nativeNames: nativeNames(bitext.source.lang, bitext.target.lang),
    repeats: once(() => findRepeats(bitext)),
  };
}

/** A sentence needs this many words to be compared with its repeats: "1." or "Да." says nothing of consistency. */
const REPEAT_MIN_WORDS = 3;

/** Links with text on both sides grouped by the normalised text of each side; links alone in their group are left out. */
export function findRepeats(bitext: Bitext): Repeats {
  const keys = { source: new Array<string | undefined>(bitext.links.length), target: new Array<string | undefined>(bitext.links.length) };
  // Numbers aside: "Step 1. Switch off the power." and "Step 5. Switch off the power." are one sentence repeated (numbers are the numbers check's).
  // Dates too, where they name their month ("до 09.10.2024 г." / "by 9 October 2024": the dates check's).
  // Each distinct text normalised once a side: repeated sentences are the point here.
  const langs = { source: getLanguage(bitext.source.lang), target: getLanguage(bitext.target.lang) };
  const normals = { source: new Map<string, string>(), target: new Map<string, string>() };
  const normal = (text: string, side: "source" | "target") => {
    let v = normals[side].get(text);
    if (v === undefined) {
      v = sentenceKey(withoutNamedDates(text, langs[side]));
      normals[side].set(text, v);
    }
    return v;
  };
  const key = (k: number, side: "source" | "target") => {
    let v = keys[side][k];
    if (v === undefined) {
      const link = bitext.links[k]!;
      // The text as written: the key keeps letters alone, so folding white space first would change nothing.
      v = normal(rawText(bitext[side], link[side]), side);
      keys[side][k] = v;
    }
    return v;
  };
  function group(side: "source" | "target"): Map<number, RepeatGroup> {
    const other = side === "source" ? "target" : "source";
    const groups = new Map<string, number[]>();
    const links = bitext.links;
    for (let k = 0; k < links.length; k++) {
      const l = links[k]!;
      if (!l.source.length || !l.target.length) continue;
      const text = key(k, side);
      if (wordCount(text) < REPEAT_MIN_WORDS) continue;
      const list = groups.get(text);
      if (list) list.push(k);
      else groups.set(text, [k]);
    }
    const out = new Map<number, RepeatGroup>();
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      const byOther = new Map<string, number[]>();
      for (const k of list) {
        const text = key(k, other);
        const same = byOther.get(text);
        if (same) same.push(k);
        else byOther.set(text, [k]);
      }
      const g: RepeatGroup = { byOther, size: list.length };
      for (const k of list) out.set(k, g);
    }
    return out;
  }
  const bySource = group("source");
  const byTarget = group("target");
  // Only a grouped link's other side is asked for again (the consistency check): on a long text that never repeats,
  // every link's two keys and each text's were held to the review's end for nothing (31 MB at 100,000 segments a side).
  for (let k = 0; k < bitext.links.length; k++) {
    if (!byTarget.has(k)) keys.source[k] = undefined;
    if (!bySource.has(k)) keys.target[k] = undefined;
  }
  normals.source.clear();
  normals.target.clear();
  return { bySource, byTarget, key, keyOf: (text, side) => sentenceKey(withoutNamedDates(text, langs[side])) };
}

/** The text of segments `ids` as written, joined with spaces. */
function rawText(side: Side, ids: readonly number[]): string {
  return ids.length === 1 ? side.segments[ids[0]!]!.text : ids.map((id) => side.segments[id]!.text).join(" ");
}

/** Words of a normalised text (words of letters, one space between). */
function wordCount(normal: string): number {
  if (normal === "") return 0;
  let n = 1;
  for (let at = normal.indexOf(" "); at >= 0; at = normal.indexOf(" ", at + 1)) n++;
  return n;
}

/** Options left undefined do not override the defaults. */
function definedOnly(options: ReviewOptions): Partial<ReviewThresholds> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(DEFAULT_REVIEW_OPTIONS) as Array<keyof ReviewThresholds>) {
    const value = options[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Each side's script: the dominant script of its text; but where the translation's text is mostly in the source's
 * script though its language is written in another (a page left mostly untranslated, which hid its untranslated
 * strings), each side's language's. A pair forced through in other languages (its texts in two scripts) keeps its texts'.
 */
function sideScripts(bitext: Bitext): [string, string] {
  const texts = [sideScript(bitext.source.segments), sideScript(bitext.target.segments)] as const;
  const own = [getLanguage(bitext.source.lang).scripts, getLanguage(bitext.target.lang).scripts];
  const single = own.every((scripts) => scripts.length === 1) && own[0]![0] !== own[1]![0];
  return single && texts[0] === texts[1] ? [own[0]![0]!, own[1]![0]!] : [texts[0], texts[1]];
}

/** The side's dominant script, from up to `SCRIPT_SAMPLE` segments spread evenly over the document. */
export function sideScript(segments: readonly Segment[]): string {
  const picked =
    segments.length <= SCRIPT_SAMPLE
      ? segments
      : Array.from({ length: SCRIPT_SAMPLE }, (_, k) => segments[Math.floor((k * segments.length) / SCRIPT_SAMPLE)]!);
  return dominantScript(picked.map((g) => g.text).join(" ")).script;
}

function sideInfo(
  side: Side,
  tokens: readonly Token[][],
  script: string,
  otherScript: string,
  paragraphed = hasParagraphs(side),
): SideInfo {
  const lang = getLanguage(side.lang);
  // Every check reads a link's text, some a segment's several times: each is folded once.
  const texts: (string | undefined)[] = new Array(side.segments.length);
  // A word a hard-wrapped line broke with a hyphen is read whole, as the memory writes it ("най-\nмалко" is "най-малко").
  const folded = (id: number) => (texts[id] ??= foldSpace(joinBrokenWords(side.segments[id]!.text, side.segments, side.lang)));
  const joined = new WeakMap<readonly number[], string>();
  const scripts: (ScriptShare | undefined)[] = new Array(side.segments.length);
  const glosses = script !== "" && otherScript !== "" && script !== otherScript ? new Set([otherScript]) : undefined;
  const measure = (text: string) => text.length - (glosses === undefined ? 0 : glossLength(text, glosses));
  const lengths = new Int32Array(side.segments.length).fill(-1);
  return {
    side,
    paragraphed,
    lang,
    tokens: matchables(tokens, lang),
    script,
    scriptOf: (id) => (scripts[id] ??= dominantScript(folded(id))),
    strong: strongAnchors(script, otherScript),
    lowercase: once(() => lowercaseWords(tokens)),
    capitalised: once(() => capitalisedWords(tokens)),
    length: (id) => {
      if (lengths[id]! < 0) lengths[id] = measure(folded(id));
      return lengths[id]!;
    },
    measure,
    text: (ids) => {
      if (ids.length === 1) return folded(ids[0]!);
      let text = joined.get(ids);
      if (text === undefined) {
        text = foldSpace(joinBrokenWords(ids.map((id) => side.segments[id]!.text).join(" "), side.segments, side.lang));
        joined.set(ids, text);
      }
      return text;
    },
  };
}

/** A run of added sentences this long or longer is judged at its far end too (checks/gap.ts). */
export const FAR_GAP = 5;

/**
 * The segment pairs the review reads evidence for: those inside the links,
 * and one step beyond on each side (a gap's sentence against its neighbours' translations).
 */
function linkCells(bitext: Bitext): CellRows {
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
  // A long run of added sentences beside a 1-1 link: the link's source against the run's far end too, where the link
  // could as well stand (checks/gap.ts). The run's source sentences of a run left out reach their neighbour's translation already.
  const links = bitext.links;
  for (let k = 0; k < links.length; k++) {
    if (links[k]!.kind !== "0-1") continue;
    let end = k;
    while (end + 1 < links.length && links[end + 1]!.kind === "0-1") end++;
    if (end - k + 1 >= FAR_GAP) {
      const [first, last] = [links[k]!.target[0]!, links[end]!.target[0]!];
      const after = links[end + 1];
      const previous = links[k - 1];
      if (after?.kind === "1-1") lo[after.source[0]!] = Math.min(lo[after.source[0]!]!, first);
      if (previous?.kind === "1-1") hi[previous.source[0]!] = Math.max(hi[previous.source[0]!]!, last);
    }
    k = end;
  }
  return new CellRows(n, m, lo, hi);
}

/**
 * Tokens with their spelling skeletons, per segment on demand, each distinct
 * token transliterated once. A list is built once per distinct token list
 * (one text) and shared by every segment, check and link that reads it (the
 * same array each time), so nobody may change it.
 */
function matchables(tokens: readonly Token[][], lang: LanguageProfile): (i: number) => readonly Matchable[] {
  const made = madeFor(lang);
  // Segments that share a token list (one text) share its matchables too, in every review that reads the list.
  const lists = made.lists;
  return (i) => {
    const own = tokens[i]!;
    let list = lists.get(own);
    if (!list) {
      // Made in a loop, not by `map`: a list `map` makes changes its elements' kind once `map` is optimized (`objectList`).
      const out = objectList<Matchable>();
      for (const t of own) out.push(made.get(t) ?? made.make(t));
      lists.set(own, out);
      list = out;
    }
    return list;
  };
}

/**
 * Each token's matchable, per language, kept for as long as the token is:
 * the tokenizer gives every occurrence of a word one object, so the pieces
 * of a long review (one thread reviews several) make a word's once. A word's
 * skeleton depends on its key alone: each distinct word is transliterated once.
 */
interface Made {
  readonly get: (t: Token) => Matchable | undefined;
  readonly make: (t: Token) => Matchable;
  /** The matchables of each token list read, for as long as the list is kept. */
  readonly lists: WeakMap<readonly Token[], readonly Matchable[]>;
}
const madeByLang = new WeakMap<LanguageProfile, Made>();
/** Skeletons kept per language at most (cleared when full: the words of every document read go through it). */
const MAX_SKELETONS = 200_000;

function madeFor(lang: LanguageProfile): Made {
  let m = madeByLang.get(lang);
  if (m) return m;
  const byToken = new WeakMap<Token, Matchable>();
  const skeletons = new Map<string, string>();
  const make = (t: Token): Matchable => {
    let out: Matchable;
    if (t.kind !== "word") out = matchable(t, lang);
    else {
      const skeleton = skeletons.get(t.key);
      if (skeleton !== undefined)
        // Written out, as `matchable` makes it: spread with a field added, each would get a hidden class of its own.
        out = { surface: t.surface, kind: t.kind, key: t.key, stem: t.stem, scaled: t.scaled, skeleton };
      else {
        out = matchable(t, lang);
        if (skeletons.size >= MAX_SKELETONS) skeletons.clear();
        skeletons.set(t.key, out.skeleton);
      }
    }
    // Words only: the tokenizer makes each word once, and each number or address anew, which no other list holds.
    if (t.kind === "word") byToken.set(t, out);
    return out;
  };
  m = { get: (t) => byToken.get(t), make, lists: new WeakMap() };
  madeByLang.set(lang, m);
  return m;
}

/** The token lists of segments `ids`, one list of lists whatever its length (`objectList`). */
function segmentTokens(side: SideInfo, ids: readonly number[]): Array<readonly Matchable[]> {
  const out = objectList<readonly Matchable[]>();
  for (const id of ids) out.push(side.tokens(id));
  return out;
}

/** The tokens of a link's side: one segment's own list (not a copy), or the lists of several joined (a list of objects however many: `objectList`). */
function allOf(lists: readonly (readonly Matchable[])[]): readonly Matchable[] {
  if (lists.length === 1) return lists[0]!;
  if (lists.length === 0) return NO_TOKENS;
  const out = objectList<Matchable>();
  for (const list of lists) for (const t of list) out.push(t);
  return out;
}

/** The words written in lowercase anywhere on a side; each distinct token list (one text) read once. */
function lowercaseWords(tokens: readonly Token[][]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<readonly Token[]>();
  for (const list of tokens) {
    if (seen.has(list)) continue;
    seen.add(list);
    for (const t of list) if (t.kind === "word" && t.surface === t.key) out.add(t.key);
  }
  return out;
}

/** The words written capitalised after a segment's first word anywhere on a side, lowercase; each distinct token list read once. */
function capitalisedWords(tokens: readonly Token[][]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<readonly Token[]>();
  for (const list of tokens) {
    if (seen.has(list)) continue;
    seen.add(list);
    let first = true;
    for (const t of list) {
      if (t.kind !== "word") continue;
      if (!first && t.surface !== t.key && CAPITALISED.test(t.surface)) out.add(t.key);
      first = false;
    }
  }
  return out;
}

/** How many segments hold each stem; the distinct stems of each distinct token list found once. */
export function stemFrequency(tokens: readonly Token[][]): Map<string, number> {
  const frequency = new Map<string, number>();
  const stemsOf = new Map<readonly Token[], string[]>();
  for (const list of tokens) {
    let stems = stemsOf.get(list);
    if (!stems) {
      // A sentence's few stems, each once: looked for in the list so far (no set and no copies per list).
      stems = [];
      for (const t of list) if (!stems.includes(t.stem)) stems.push(t.stem);
      stemsOf.set(list, stems);
    }
    for (const stem of stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
  return frequency;
}

/** Runs of consecutive 1-0 (or 0-1) links: one passage each, keyed by every link in it. */
function unmatchedRuns(links: readonly Link[]): Map<number, Passage> {
  const out = new Map<number, Passage>();
  let k = 0;
  while (k < links.length) {
    const kind = links[k]!.kind;
    if (kind !== "1-0" && kind !== "0-1") {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < links.length && links[end + 1]!.kind === kind) end++;
    for (let x = k; x <= end; x++) out.set(x, { first: k, count: end - k + 1 });
    k = end + 1;
  }
  return out;
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
  // A code holds a number ("HX-2040", "COVID-19"); a measure written as one word ("by-20-metre") is words around one, and so is
  // a lowercase word joined to a number ("6-foot-6", "a par-3", "1-of-4 players", "under-21"): no code a translation copies.
  if (NUMERAL.test(t.surface)) return !MEASURE.test(t.surface) && !WORD_THEN_NUMBER.test(t.surface);
  const written = dominantScript(t.surface).script;
  if (written !== otherScript) return false;
  if (ACRONYM.test(t.surface)) return true;
  // A foreign phrase quoted in the text ("le", "of the") is translated with it; names and longer words are kept.
  return written !== script && (CAPITALISED.test(t.surface) || t.surface.length >= 4);
}

// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond or two to compile.
const NUMERAL = narrowable(String.raw`\p{N}`, "u");
const MEASURE = narrowable(String.raw`^\p{Ll}+-\p{N}+(?:-\p{Ll}+)+$`, "u");
const WORD_THEN_NUMBER = narrowable(String.raw`^\p{Ll}+-\p{N}+$`, "u");
const ACRONYM = narrowable(String.raw`^\p{Lu}{2,}$`, "u");
const CAPITALISED = narrowable(String.raw`^\p{Lu}`, "u");

/** `f`'s value, computed on first call. */
function once<T>(f: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value as T;
  };
}

/** `isStrongAnchor` per pair of scripts, per token: the pieces of a long review (one thread reviews several) share their tokens' matchables, and so what is known of them. */
const strongByScripts = new Map<string, (t: Matchable) => boolean>();

/** `isStrongAnchor` with these scripts, once per distinct token for as long as the token is kept. */
function strongAnchors(script: string, otherScript: string): (t: Matchable) => boolean {
  const key = `${script}\n${otherScript}`;
  let strong = strongByScripts.get(key);
  if (!strong) {
    const known = new WeakMap<Matchable, boolean>();
    strong = (t) => {
      // A number or an address says at once; only words are kept (the tokenizer makes each word once, and each number anew: a table of numbers would fill the map).
      if (t.kind !== "word") return t.kind === "address";
      let v = known.get(t);
      if (v === undefined) {
        v = isStrongAnchor(t, script, otherScript);
        known.set(t, v);
      }
      return v;
    };
    strongByScripts.set(key, strong);
  }
  return strong;
}
