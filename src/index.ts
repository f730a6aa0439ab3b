/**
 * sverka as a library: read -> segment -> score -> align -> write.
 *
 *   import { align, formats } from "sverka";
 *   const bitext = align(bulgarianText, englishText, { sourceLang: "bg", targetLang: "en" });
 *   const tmx = formats.tmx.write(bitext);
 */
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

export { align, alignFiles, alignSegments, reviewUnits, segmentFiles, type BitextOptions, type FileOptions } from "./pipeline.js";
