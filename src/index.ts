/**
 * sverka as a library: read -> segment -> score -> align -> write.
 *
 *   import { align, formats } from "sverka";
 *   const bitext = align(bulgarianText, englishText, { sourceLang: "bg", targetLang: "en" });
 *   const tmx = formats.tmx.write(bitext);
 */
import { alignFeatures, alignPath, range, type AlignOptions, type Step } from "./align/index.js";
import { getLanguage, isLanguageTag } from "./lang/index.js";
import { readDocument } from "./read/index.js";
import { estimateLengthModel, learnDictionary, prepareFeatures, type Dictionary, type LearnOptions } from "./score/index.js";
import { pairDictionary } from "./lang/lexicon.js";
import { segment } from "./segment/index.js";
import { SverkaError } from "./errors.js";
import { review, type ReviewOptions } from "./review/index.js";
import type { Bitext, LengthModel, Segment } from "./types.js";



export type { Bitext, Link, LinkKind, Segment, Side, LinkExplanation, AnchorMatch, LengthModel, Flag, FlagType, Severity, LinkStatus } from "./types.js";
export { FLAG_TYPES, SEVERITIES } from "./types.js";
export { review, DEFAULT_REVIEW_OPTIONS, type ReviewOptions } from "./review/index.js";
export { SverkaError, ExitCode } from "./errors.js";
export { segment, type SegmentOptions } from "./segment/index.js";
export { readDocument, decodeBytes, htmlToText, markdownToText, INPUT_FORMATS, type InputDocument, type InputFormat, type ReadOptions } from "./read/index.js";
export { getLanguage, type LanguageProfile } from "./lang/index.js";
export { DEFAULT_COST_PARAMS, type CostParams, Dictionary, parseDictionary, formatDictionary, learnDictionary } from "./score/index.js";
export { linkShapes, type AlignOptions } from "./align/index.js";
export { formats, formatNames, type FormatName, type WriteOptions } from "./formats/index.js";
export * as evaluation from "./eval/index.js";

export interface BitextOptions extends AlignOptions {
  /** Use sverka's own lexicon for the language pair, where it has one (default true). */
  readonly lexicon?: boolean;
  /** More word translations: user dictionaries (see `parseDictionary`). */
  readonly dictionary?: Dictionary;
  /** Learn word translations from a first alignment and realign with them (default true; thresholds optional). */
  readonly learn?: boolean | LearnOptions;
  /** Called with the translations learned, e.g. to save them. */
  readonly onLearned?: (learned: Dictionary) => void;
  /** Flag links for review (default true); thresholds can be overridden. */
  readonly review?: boolean | ReviewOptions;
  /** Language tag of the source, e.g. "bg" or "bg-BG" (default "bg"). */
  readonly sourceLang?: string;
  /** Language tag of the target (default "en"). */
  readonly targetLang?: string;
  /** Inputs are already one segment a line (blank lines separate paragraphs). */
  readonly segmented?: boolean;
  /** Recorded in the bitext: where the texts came from. */
  readonly sourcePath?: string;
  readonly targetPath?: string;
}

/** Aligns two texts: segments both, aligns the segments, returns the bitext. */
export function align(sourceText: string, targetText: string, options: BitextOptions = {}): Bitext {
  const sourceLang = options.sourceLang ?? "bg";
  const targetLang = options.targetLang ?? "en";
  for (const tag of [sourceLang, targetLang]) {
    getLanguage(tag);
    if (!isLanguageTag(tag)) throw new SverkaError(`malformed language tag "${tag}"`);
  }
  const source = segment(sourceText, sourceLang, { segmented: options.segmented });
  const target = segment(targetText, targetLang, { segmented: options.segmented });
  return alignSegments(source, target, { ...options, sourceLang, targetLang });
}

/** Aligns segments that were cut elsewhere (ids must be 0..n-1 in order). */
export function alignSegments(source: readonly Segment[], target: readonly Segment[], options: BitextOptions = {}): Bitext {
  const sourceLang = options.sourceLang ?? "bg";
  const targetLang = options.targetLang ?? "en";
  const dictionary = pairDictionary(sourceLang, targetLang, options);
  let features = prepareFeatures(source, target, sourceLang, targetLang, { dictionary });
  let model: LengthModel | undefined;
  let near: Step[] | undefined;
  if (options.learn !== false) {
    // A draft path to learn word translations from, then the real alignment with them.
    const draft = alignPath(features, options);
    model = draft.model;
    near = draft.path;
    const draftLinks = draft.path.map(([i, a, j, b]) => ({ source: range(i, a), target: range(j, b) }));
    const learned = learnDictionary(features.sourceTokens, features.targetTokens, draftLinks, options.learn === true || options.learn === undefined ? {} : options.learn);
    options.onLearned?.(learned);
    if (learned.size > 0) {
      features.lexical.release();
      features = prepareFeatures(source, target, sourceLang, targetLang, { dictionary: dictionary ? dictionary.merge(learned) : learned, reuse: features });
    }
  }
  const aligned = alignFeatures(features, options, model, near);
  const links = aligned.links;
  model = aligned.model;
  const bitext: Bitext = {
    source: { lang: sourceLang, path: options.sourcePath, segments: source },
    target: { lang: targetLang, path: options.targetPath, segments: target },
    links,
    model,
  };
  if (options.review === false) return bitext;
  // The review lays out its own evidence: the aligner's may go before it does.
  features.lexical.release();
  return review(bitext, { ...(options.review === true || options.review === undefined ? {} : options.review), dictionary: options.dictionary, lexicon: options.lexicon, reuse: features });
}

/**
 * Flags the units of an existing translation memory, each as it stands (a
 * 1-1 link): QA for memories nobody checked. The length model and the usual
 * lexical evidence come from the memory itself.
 */
export function reviewUnits(source: readonly Segment[], target: readonly Segment[], options: BitextOptions = {}): Bitext {
  const sourceLang = options.sourceLang ?? "bg";
  const targetLang = options.targetLang ?? "en";
  const chars = (segs: readonly Segment[]) => segs.map((s) => s.text.replace(/\s+/gu, " ").length);
  const sc = chars(source);
  const tc = chars(target);
  const ratio = tc.reduce((a, b) => a + b, 0) / Math.max(1, sc.reduce((a, b) => a + b, 0)) || 1;
  const model = estimateLengthModel(sc.map((x, k) => [x, tc[k]!] as const), ratio);
  const links = source.map((_, k) => ({ source: [k], target: [k], kind: "1-1" as const, score: 1 }));
  const bitext: Bitext = {
    source: { lang: sourceLang, path: options.sourcePath, segments: source },
    target: { lang: targetLang, path: options.targetPath, segments: target },
    links,
    model,
  };
  return review(bitext, { ...(typeof options.review === "object" ? options.review : {}), dictionary: options.dictionary, lexicon: options.lexicon });
}

/** Reads two documents and aligns them. */
export async function alignFiles(sourcePath: string, targetPath: string, options: BitextOptions = {}): Promise<Bitext> {
  const [source, target] = await Promise.all([
    readDocument(sourcePath, { preferredEncodings: getLanguage(options.sourceLang ?? "bg").legacyEncodings }),
    readDocument(targetPath, { preferredEncodings: getLanguage(options.targetLang ?? "en").legacyEncodings }),
  ]);
  return align(source.text, target.text, { ...options, sourcePath, targetPath });
}
