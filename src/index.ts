/**
 * sverka as a library: read -> segment -> score -> align -> write.
 *
 *   import { align, formats } from "sverka";
 *   const bitext = align(bulgarianText, englishText, { sourceLang: "bg", targetLang: "en" });
 *   const tmx = formats.tmx.write(bitext);
 */

export { type AlignOptions, linkShapes } from "./align/index.js";
export { ExitCode, SverkaError } from "./errors.js";
export * as evaluation from "./eval/index.js";
export { type FormatName, formatNames, formats, type WriteOptions } from "./formats/index.js";
export { type DropFlagged, describeLeftOut, type LeftOut, leftOutOf } from "./formats/text.js";
export { readXlsx, writeXlsx } from "./formats/xlsx.js";
export { type Abbreviation, abbreviationsFor, parseAbbreviations, readAbbreviations } from "./lang/abbreviations.js";
export { getLanguage, type LanguageProfile } from "./lang/index.js";
export {
  align,
  alignFiles,
  alignSegments,
  type BitextOptions,
  type FileOptions,
  reviewUnits,
  type Segmentable,
  segmentDocument,
  segmentFiles,
} from "./pipeline.js";
export {
  decodeBytes,
  htmlToText,
  INPUT_FORMATS,
  type InputDocument,
  type InputFormat,
  type MarkdownText,
  markdownToText,
  type ReadOptions,
  readDocument,
  readMarkdown,
  SourceMap,
} from "./read/index.js";
export { DEFAULT_REVIEW_OPTIONS, type ReviewOptions, review } from "./review/index.js";
export { type CostParams, DEFAULT_COST_PARAMS, Dictionary, formatDictionary, learnDictionary, parseDictionary } from "./score/index.js";
export { type SegmentOptions, segment } from "./segment/index.js";
export { SRX_LIMITS, type SrxOptions, writeSrx } from "./segment/srx.js";
export type {
  AnchorMatch,
  Bitext,
  Flag,
  FlagType,
  LengthModel,
  Link,
  LinkExplanation,
  LinkKind,
  LinkStatus,
  Segment,
  Severity,
  Side,
} from "./types.js";
export { FLAG_TYPES, SEVERITIES } from "./types.js";
