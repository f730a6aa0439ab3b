/**
 * sverka as a library: read -> segment -> score -> align -> write.
 *
 *   import { align, formats } from "sverka";
 *   const bitext = align(bulgarianText, englishText, { sourceLang: "bg", targetLang: "en" });
 *   const tmx = formats.tmx.write(bitext);
 */

export { type AlignOptions, linkShapes } from "./align/index.js";
export {
  applyChange,
  applyEdit,
  type Change,
  changeOf,
  type Edit,
  editProblem,
  invertChange,
  type SideName,
  segmentText,
  touchedLinks,
} from "./edit/index.js";
export { ExitCode, SverkaError } from "./errors.js";
export * as evaluation from "./eval/api.js";
export { writeGithub as checkToGithub } from "./formats/github.js";
export { type FormatName, formatNames, formats, type WriteOptions } from "./formats/index.js";
export { readJson } from "./formats/json.js";
export { writeJunit as checkToJunit } from "./formats/junit.js";
export { writeSarif as checkToSarif } from "./formats/sarif.js";
export { type DropFlagged, describeLeftOut, type LeftOut, leftOutOf } from "./formats/text.js";
export { type Collision, type MergedTmx, type MergeOptions, mergeTmx, type RenamedTuid } from "./formats/tmx-merge.js";
export { readXlsx, writeXlsx } from "./formats/xlsx.js";
export { type Abbreviation, abbreviationsFor, parseAbbreviations, readAbbreviations } from "./lang/abbreviations.js";
export { getLanguage, type LanguageProfile } from "./lang/index.js";
export {
  type AlignedBitext,
  align,
  alignSegments,
  type BitextOptions,
  type FileOptions,
  type ReviewedLink,
  reviewBitext,
  reviewTouched,
  reviewUnits,
  type Segmentable,
  segmentDocument,
  segmentFiles,
  type TextInput,
} from "./pipeline.js";
export { readUnits, readUnitsByDirection, type UnitFormat, unitFormatFor } from "./read/bilingual.js";
export { DICTIONARY_FORMATS, type DictionaryFormat, dictionaryFormatFor, readDictionary } from "./read/dictionary.js";
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
export {
  type MemoryUnit,
  type MemoryUnits,
  parseTmx,
  readPairsTsv,
  readTmx,
  type TmxFile,
  type TmxUnitRecord,
  unitSegments,
} from "./read/tm.js";
export { consistencyAcross } from "./review/across.js";
export {
  Baseline,
  type BaselineEntry,
  type BaselineUse,
  baselineFromBitext,
  baselineFromReport,
  documentOf,
  isCheckReport,
} from "./review/baseline.js";
export { withoutFlagTypes } from "./review/flagged.js";
export { DEFAULT_REVIEW_OPTIONS, type ReviewOptions, review } from "./review/index.js";
export {
  type CheckReport,
  type CheckRun,
  checkExitCode,
  checkReport,
  countBySeverity,
  counted,
  type InputLines,
  LineIndex,
  type LocatedProblem,
  type Location,
  type PairFailure,
  type Problem,
  problems,
  problemTexts,
  readInputLines,
  renderJson as renderCheckJson,
  runCounts,
  runExitCode,
} from "./review/report.js";
export { type CostParams, DEFAULT_COST_PARAMS, Dictionary, formatDictionary, learnDictionary, parseDictionary } from "./score/index.js";
export { type SegmentOptions, segment } from "./segment/index.js";
export { SRX_LIMITS, type SrxOptions, writeSrx } from "./segment/srx.js";
export type {
  AnchorMatch,
  Bitext,
  DocumentFlag,
  Flag,
  FlagType,
  LengthModel,
  Link,
  LinkExplanation,
  LinkKind,
  LinkStatus,
  MemoryOptions,
  Segment,
  Severity,
  Side,
} from "./types.js";
export { DOCUMENT_FLAG_TYPES, FLAG_TYPES, SEVERITIES } from "./types.js";
export { SEARCH_MODES } from "./validate.js";
export { type AsyncOptions, alignAsync, alignFilesAsync } from "./worker/index.js";
// alignFiles runs a long pair's pieces on worker threads (option `threads`); the bitext is the one a single thread gives.
export { alignFilesThreaded as alignFiles } from "./worker/long.js";
