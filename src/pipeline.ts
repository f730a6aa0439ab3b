/**
 * The pipeline, written once: read -> segment -> score -> align -> review.
 * The library's functions, the CLI and batch all go through here.
 */
import {
  type Cut,
  type CutWindow,
  chooseCut,
  compactLinks,
  cutWindows,
  joinPieces,
  onceNumbers,
  orderedCuts,
  PIECE_SIZES,
  type PieceLinks,
  type PieceSizes,
  pieceCount,
  piecesOf,
} from "./align/cut.js";
import { type Anchor, anchorChain, consistentWith, corroborated } from "./align/guide.js";
import { type AlignOptions, alignFeatures, draftAlignment, joinedPriors, modelLengths, type Step } from "./align/index.js";
import { SverkaError } from "./errors.js";
import { roundScore, sideText } from "./formats/text.js";
import { collectBetweenSteps, collectorPace } from "./io/gc.js";
import { type Abbreviation, abbreviationsFor, readAbbreviations } from "./lang/abbreviations.js";
import { type LanguageMismatch, languageMismatch } from "./lang/identify.js";
import { getLanguage, isLanguageTag, malformedTag } from "./lang/index.js";
import { pairDictionary } from "./lang/lexicon.js";
import { twoColumnPages } from "./read/columns.js";
import { isSpace } from "./read/decode.js";
import { readDictionary } from "./read/dictionary.js";
import { decodeBytes, type InputDocument, type InputFormat, readDocument, STDIN } from "./read/index.js";
import { withoutPageFurniture } from "./read/pages.js";
import { codeBlocksFlag } from "./review/code-blocks.js";
import { withFlags } from "./review/flagged.js";
import { buildReviewContext, type ReviewOptions, review, reviewLink, reviewWhole } from "./review/index.js";
import {
  Dictionary,
  estimateLengthModel,
  type LearnOptions,
  learnDictionary,
  type PairFeatures,
  prepareFeatures,
  resolveCostParams,
  type Token,
  tokenize,
} from "./score/index.js";
import {
  joinParts,
  type SegmentedPart,
  type SegmentOptions,
  segment,
  segmentPart,
  textParts,
  textsAndParagraphs,
} from "./segment/index.js";
import type { AlignedBitext, Bitext, DocumentFlag, Flag, LengthModel, Link, Segment, Side } from "./types.js";
import { checkBitextOptions, checkFileOptions, describe } from "./validate.js";

export interface BitextOptions extends AlignOptions {
  /** Use sverka's own lexicon for the language pair, where it has one (default true). */
  readonly lexicon?: boolean;
  /** More word translations: user dictionaries (see `parseDictionary`). */
  readonly dictionary?: Dictionary;
  /** A termbase the review checks the translation against (the `terms` flag): the CLI gives its `--dict` files both here and as `dictionary`. */
  readonly terms?: Dictionary;
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
  /** More abbreviations, at which no sentence ends: strings for both sides, or entries of an `--abbreviations` file (`parseAbbreviations`). */
  readonly abbreviations?: ReadonlyArray<string | Abbreviation>;
  /**
   * Align even when a side does not look like its declared language, or the
   * two look swapped (default false: a SverkaError, exit 2, names the file
   * and the language its text looks like).
   */
  readonly force?: boolean;
  /** Recorded in the bitext: where the texts came from. */
  readonly sourcePath?: string;
  readonly targetPath?: string;
  /**
   * Told how the work goes, for a progress bar: `stage` is "read",
   * "segment", "score" (words matched across the pair), "align draft" and
   * "learn" (the first pass and what is learned from it, learning on),
   * "align" or "review", in that order. `done` of `total` counts files for
   * read and segment (parts of them for long running texts, segmented on
   * the threads), rows of the search for the align stages (ending with
   * `done` = `total`), links for a long pair's review; a long pair aligned
   * in pieces counts its source segments for "align", as its pieces' searches
   * go. The other stages say 0 of 0 (nothing counted) when they start.
   * Throttled: a few hundred calls in all, whatever the length.
   */
  readonly onProgress?: (stage: string, done: number, total: number) => void;
  /**
   * Worker threads for a long pair (default: the cores available, as
   * `os.availableParallelism()` says, for a pair of about 65,000 segments a
   * side or more, 15 MB of files; one below, where a second thread costs what
   * it saves; 1 runs it all in this thread). A pair of 20,000 segments a side
   * or more is aligned and reviewed in pieces cut where its alignment
   * certainly passes; the pieces depend on the pair alone, so the bitext is
   * the same whatever the number. The synchronous functions always run in
   * this thread.
   */
  readonly threads?: number;
}

/** How `alignFiles` reads its inputs, besides what `BitextOptions` says. */
export interface FileOptions extends BitextOptions {
  /** Read both files in this encoding instead of detecting it. */
  readonly encoding?: string;
  /** Read the source in this encoding (wins over `encoding`). */
  readonly sourceEncoding?: string;
  /** Read the target in this encoding (wins over `encoding`). */
  readonly targetEncoding?: string;
  /** Read both files as this format instead of judging by extension. */
  readonly inputFormat?: InputFormat;
  /** Refuse files larger than this many bytes. */
  readonly maxBytes?: number;
  /** Dictionary files to read and use, as the CLI's `--dict`: TSV, hunalign .dic or TBX, told by their endings (merged with `dictionary`). */
  readonly dictionaryFiles?: readonly string[];
  /** Abbreviation files to read and use, as the CLI's `--abbreviations` (added to `abbreviations`). */
  readonly abbreviationFiles?: readonly string[];
}

export type { AlignedBitext, ReviewedLink } from "./types.js";

/** A document's text, or its bytes (a Buffer, a Uint8Array) to decode as files are: UTF-8, UTF-16 or a legacy encoding of its language. */
export type TextInput = string | Uint8Array;

/**
 * Aligns two texts: segments both, aligns the segments, returns the bitext.
 * Bytes are decoded as `alignFiles` decodes files; an empty text is refused,
 * as the CLI refuses an empty document.
 */
export function align(source: TextInput, target: TextInput, options: BitextOptions = {}): AlignedBitext {
  checkBitextOptions(options, "align");
  const sourceDoc = decodedOf(source, "source", options.sourceLang ?? "bg", options.sourcePath);
  const targetDoc = decodedOf(target, "target", options.targetLang ?? "en", options.targetPath);
  return withEncodings(runFlow(documentsFlow(sourceDoc, targetDoc, options), options.onProgress), sourceDoc, targetDoc);
}

/** A bitext's sides with the encodings their bytes were read in (none for a text given as a string). */
export function withEncodings(bitext: AlignedBitext, source: GivenText, target: GivenText): AlignedBitext {
  if (source.encoding === undefined && target.encoding === undefined) return bitext;
  const side = (s: AlignedBitext["source"], d: GivenText) => (d.encoding === undefined ? s : { ...s, encoding: d.encoding });
  return { ...bitext, source: side(bitext.source, source), target: side(bitext.target, target) };
}

/** A text given to the library, and the encoding it was decoded from when given as bytes. */
export interface GivenText {
  readonly text: string;
  readonly encoding?: string;
}

/** A text given to the library as a string or as bytes, checked as a read file is. */
export function decodedOf(input: unknown, side: "source" | "target", lang: string, path?: string): GivenText {
  const name = path ?? `the ${side}`;
  let decoded: GivenText;
  if (typeof input === "string") decoded = { text: input };
  else if (input instanceof Uint8Array) decoded = decodeBytes(input, { path: name, language: getLanguage(lang) });
  else throw new SverkaError(`the ${side} must be a string or bytes (a Buffer or Uint8Array), not ${describe(input)}`);
  if (decoded.text.trim() === "") throw new SverkaError("the document is empty", { path: name });
  return decoded;
}

/** Two documents checked (their languages), segmented, aligned and reviewed, as a flow (see `alignFlow`). */
export function* documentsFlow(sourceDoc: Segmentable, targetDoc: Segmentable, options: BitextOptions): Flow<AlignedBitext> {
  const sourceLang = options.sourceLang ?? DEFAULT_LANGS.source;
  const targetLang = options.targetLang ?? DEFAULT_LANGS.target;
  for (const tag of [sourceLang, targetLang]) {
    getLanguage(tag);
    if (!isLanguageTag(tag)) throw new SverkaError(malformedTag(tag));
  }
  const problem = languageProblem(sourceDoc.text, targetDoc.text, sourceLang, targetLang, {
    ...options,
    defaulted: { source: options.sourceLang === undefined, target: options.targetLang === undefined },
  });
  if (problem && !options.force)
    throw new SverkaError(`${problem.message}; --force (the library's force: true) to go on`, problem.path ? { path: problem.path } : {});
  const [source, target] =
    !options.segmented && sourceDoc.text.length + targetDoc.text.length >= SEGMENT_APART_CHARS
      ? yield* segmentFlow(sourceDoc, targetDoc, sourceLang, targetLang, options)
      : segmentPair(sourceDoc, targetDoc, sourceLang, targetLang, options);
  const bitext = yield* alignFlow(source, target, { ...options, sourceLang, targetLang });
  const told = options.segmented ? bitext : withCodeBlocks(withColumns(bitext, sourceDoc, targetDoc), sourceDoc, targetDoc);
  return problem ? withForcedLanguages(told, problem) : told;
}

/**
 * A side whose pages are set in two columns side by side (a PDF read with `pdftotext -layout`: src/read/columns.ts)
 * says so as an error of the pair, one a side, naming the pages: their sentences are interleaved, and their links
 * are kept out of memories. sverka does not reorder the columns: every character stays where the file has it.
 */
function withColumns(bitext: AlignedBitext, sourceDoc: Segmentable, targetDoc: Segmentable): AlignedBitext {
  const flags: DocumentFlag[] = [];
  for (const [side, doc] of [
    ["source", sourceDoc],
    ["target", targetDoc],
  ] as const) {
    if (doc.format !== undefined && doc.format !== "txt") continue;
    const pages = twoColumnPages(doc.text);
    if (pages.length === 0) continue;
    const breaks: number[] = [];
    for (let i = doc.text.indexOf("\f"); i >= 0; i = doc.text.indexOf("\f", i + 1)) breaks.push(i);
    const on = new Set(pages);
    const segments: Array<[number, number]> = [];
    // Segments come in the text's order: the page a segment starts on is found walking on from the last one's.
    let page = 0;
    for (const g of bitext[side].segments) {
      while (page < breaks.length && breaks[page]! < g.start) page++;
      if (!on.has(page + 1)) continue;
      const last = segments.at(-1);
      if (last && last[1] === g.id - 1) last[1] = g.id;
      else segments.push([g.id, g.id]);
    }
    const total = breaks.length + (doc.text.slice((breaks.at(-1) ?? -1) + 1).trim() === "" ? 0 : 1);
    const named = pages.length === 1 ? `page ${pages[0]}` : `pages ${listedPages(pages)}`;
    flags.push({
      type: "columns",
      severity: "error",
      reason:
        `${bitext[side].path ? `${bitext[side].path}: ` : ""}${named} of ${total} ${pages.length === 1 ? "is" : "are"} set in two columns side by side, read across ` +
        "both a line at a time (pdftotext -layout does so): the columns' sentences are interleaved, and the links there are no translation units. " +
        "Convert each column apart (pdftotext -layout -x -y -W -H crops a page to one), or align the document the PDF was made from (DOCX, ODT, HTML)",
      evidence: { side, pages, segments },
    });
  }
  return flags.length ? { ...bitext, documentFlags: [...flags, ...(bitext.documentFlags ?? [])] } : bitext;
}

/** A Markdown pair's code blocks compared (src/review/code-blocks.ts): the flag of the pair where they differ. */
function withCodeBlocks(bitext: AlignedBitext, sourceDoc: Segmentable, targetDoc: Segmentable): AlignedBitext {
  if (sourceDoc.format !== "md" || targetDoc.format !== "md") return bitext;
  const [source, target] = [sourceDoc.sourceMap?.codeBlocks ?? [], targetDoc.sourceMap?.codeBlocks ?? []];
  if (source.length === 0 && target.length === 0) return bitext;
  const flag = codeBlocksFlag(source, target, { source: bitext.source.path, target: bitext.target.path });
  return flag ? { ...bitext, documentFlags: [...(bitext.documentFlags ?? []), flag] } : bitext;
}

/** "1-3, 5" for pages 1, 2, 3 and 5. */
function listedPages(pages: readonly number[]): string {
  const runs: string[] = [];
  for (let k = 0; k < pages.length; ) {
    let end = k;
    while (end + 1 < pages.length && pages[end + 1] === pages[end]! + 1) end++;
    runs.push(end === k ? `${pages[k]}` : `${pages[k]}-${pages[end]}`);
    k = end + 1;
  }
  return runs.join(", ");
}

/**
 * A pair aligned though its languages looked wrong (`force`) says so as a warning of the whole pair, in every output
 * and report: a batch re-run with --force, or a script, must not pass a reversed pair off as a good one.
 */
function withForcedLanguages(bitext: AlignedBitext, problem: LanguageProblem): AlignedBitext {
  const flag: DocumentFlag = {
    type: "languages-forced",
    severity: "warning",
    reason: `${problem.path ? `${problem.path}: ` : ""}${problem.message}; aligned anyway (forced): check the languages and the direction`,
    evidence: { sourceLang: bitext.source.lang, targetLang: bitext.target.lang },
  };
  return { ...bitext, documentFlags: [flag, ...(bitext.documentFlags ?? [])] };
}

/** Characters of running text (both sides) from which the two are segmented in parts, on the threads of a long pair. */
const SEGMENT_APART_CHARS = 3_000_000;
/** Characters a part, about: a 100,000-segment pair makes some twenty parts, shared out as the threads come free. */
const SEGMENT_PART_CHARS = 800_000;

/** Both documents segmented here, one after the other. */
function segmentPair(sourceDoc: Segmentable, targetDoc: Segmentable, sourceLang: string, targetLang: string, options: BitextOptions) {
  options.onProgress?.("segment", 0, 2);
  const source = segmentDocument(sourceDoc, sourceLang, segmentOptions(options, sourceLang));
  options.onProgress?.("segment", 1, 2);
  const target = segmentDocument(targetDoc, targetLang, segmentOptions(options, targetLang));
  options.onProgress?.("segment", 2, 2);
  return [source, target] as const;
}

/**
 * Long running texts segmented in parts cut at empty lines (src/segment,
 * `textParts`): tasks for the threads, which are idle until the pair is
 * segmented. The segments are those of `segmentDocument`, whatever the parts.
 */
export function* segmentFlow(
  sourceDoc: Segmentable,
  targetDoc: Segmentable,
  sourceLang: string,
  targetLang: string,
  options: BitextOptions,
  partChars: number = SEGMENT_PART_CHARS,
): Generator<FlowStep, readonly [Segment[], Segment[]], readonly unknown[]> {
  const sides = [
    { doc: withoutPages(sourceDoc, options), lang: sourceLang },
    { doc: withoutPages(targetDoc, options), lang: targetLang },
  ].map((s) => ({ ...s, starts: textParts(s.doc.text, partChars) }));
  const tasks = sides.flatMap(({ doc, lang, starts }) =>
    starts.map(
      (from, k): PieceTask => ({
        kind: "segment",
        text: doc.text.slice(from, starts[k + 1] ?? doc.text.length),
        lang,
        options: asWritten(doc, segmentOptions(options, lang)),
      }),
    ),
  );
  options.onProgress?.("segment", 0, tasks.length);
  const parts = (yield { stage: "segment", tasks }) as readonly SegmentedPart[];
  const [source, target] = sides.map(({ doc, starts }, k) => {
    const segments = joinParts(doc.text, starts, parts.slice(k ? sides[0]!.starts.length : 0, k ? parts.length : starts.length));
    return doc.sourceMap ? doc.sourceMap.place(segments, doc.text) : segments;
  });
  return [source!, target!] as const;
}

/**
 * Refuses a pair whose sides are not in their declared languages: given the
 * wrong way round (English as the Bulgarian source), or one side in another
 * language. Only on clear evidence (see src/lang/identify.ts): a short text,
 * or a language whose script and words sverka does not know, passes.
 */
export function checkLanguages(
  sourceText: string,
  targetText: string,
  sourceLang: string,
  targetLang: string,
  paths: { readonly sourcePath?: string; readonly targetPath?: string } = {},
): void {
  const problem = languageProblem(sourceText, targetText, sourceLang, targetLang, paths);
  if (problem)
    throw new SverkaError(`${problem.message}; --force (the library's force: true) to go on`, problem.path ? { path: problem.path } : {});
}

/** The languages a pair is taken to be in when none is given (the CLI's -s and -t, the library's options). */
const DEFAULT_LANGS = { source: "bg", target: "en" } as const;

/** Why a pair's languages look wrong (`checkLanguages`), and the file it names, if they do. */
interface LanguageProblem {
  readonly message: string;
  readonly path?: string;
}

function languageProblem(
  sourceText: string,
  targetText: string,
  sourceLang: string,
  targetLang: string,
  paths: {
    readonly sourcePath?: string;
    readonly targetPath?: string;
    /** The sides whose language the caller left to the default. */
    readonly defaulted?: { readonly source: boolean; readonly target: boolean };
  },
): LanguageProblem | undefined {
  const source = languageMismatch(sourceText, sourceLang);
  const target = languageMismatch(targetText, targetLang);
  const sourceName = paths.sourcePath ?? "the source";
  const targetName = paths.targetPath ?? "the target";
  const code = (tag: string) => getLanguage(tag).code;
  // A user who gave no -s or -t declared nothing: the defaults' languages are "taken", as the command took them.
  const said = (tag: string, side: "source" | "target") => (paths.defaulted?.[side] ? `taken as ${tag} by default` : `declared ${tag}`);
  if (source && target && source.looksLike.code === code(targetLang) && target.looksLike.code === code(sourceLang))
    return {
      message: `the files look swapped: ${sourceName} (${said(sourceLang, "source")}) looks like ${source.looksLike.name} and ${targetName} (${said(targetLang, "target")}) like ${target.looksLike.name}: give them the other way round or swap -s/-t`,
    };
  const wrong = (m: LanguageMismatch, tag: string, path: string | undefined, side: "source" | "target"): LanguageProblem => ({
    // The files may be the right way round in another pair of languages (an English original into Bulgarian; strangers
    // 246, 250): the languages first, then the order.
    message: `${said(tag, side)}, but the text looks like ${m.looksLike.name} (${m.why}): give ${side === "source" ? "-s" : "-t"} ${m.looksLike.code ?? "with its language"} and the other file's with ${side === "source" ? "-t" : "-s"} (-s en -t bg for an English original and its Bulgarian translation), or swap the files if they are the wrong way round`,
    path: path ?? `the ${side}`,
  });
  // Both files in the translation's language (a page fetched twice): swapping them cannot help.
  if (source && !target && source.looksLike.code === code(targetLang))
    return {
      message: `${said(sourceLang, "source")}, but the text looks like ${source.looksLike.name} (${source.why}), the translation's language: both files are in ${source.looksLike.name}. Is the source a wrong file (the translation given twice)? Give the source, or -s/-t if the languages are others`,
      path: paths.sourcePath ?? "the source",
    };
  if (source) return wrong(source, sourceLang, paths.sourcePath, "source");
  // A translation in the source's language is most often the source itself, not translated (a copy delivered by mistake).
  if (target && target.looksLike.code === code(sourceLang))
    return {
      message: `${said(targetLang, "target")}, but the text looks like ${target.looksLike.name} (${target.why}), the source's language: is it the untranslated source, or a wrong file? Give the translation, or -s/-t if the languages are others`,
      path: paths.targetPath ?? "the target",
    };
  if (target) return wrong(target, targetLang, paths.targetPath, "target");
  return undefined;
}

/** What `segmentDocument` needs of a document: its text, and for Markdown where the text is in the file. */
export type Segmentable = Pick<InputDocument, "text" | "sourceMap"> & { readonly format?: InputFormat };

/**
 * Cuts a document as read into segments. For Markdown the sentences are cut
 * in its text and placed in the file: offsets point into the .md file (markup
 * at a sentence's edges included), and inline code and links stay whole.
 */
export function segmentDocument(given: Segmentable, lang: string, options: SegmentOptions = {}): Segment[] {
  const doc = withoutPages(given, options);
  const segments = segment(doc.text, lang, asWritten(doc, options));
  return doc.sourceMap ? doc.sourceMap.place(segments, doc.text) : segments;
}

/** Reads two documents and aligns them; the bitext records how each was read. */
export async function alignFiles(sourcePath: string, targetPath: string, options: FileOptions = {}): Promise<AlignedBitext> {
  checkFileOptions(options, "alignFiles");
  const read = await readFiles(sourcePath, targetPath, options);
  return read.finish(runFlow(read.flow, options.onProgress));
}

/**
 * Reads two documents as `alignFiles` does: the flow that aligns them, and
 * what finishes its bitext (the encodings the files were read in).
 */
export async function readFiles(
  sourcePath: string,
  targetPath: string,
  options: FileOptions,
): Promise<{ flow: Flow<AlignedBitext>; finish: (bitext: AlignedBitext) => AlignedBitext }> {
  const withFiles = await readOptionFiles(options);
  const { source, target } = await readPair(sourcePath, targetPath, withFiles);
  // A default stays a default (a summary says so) unless a page's own tag gave it a region.
  const regioned = (given: string | undefined, fallback: string, doc: InputDocument) => {
    const lang = withRegion(given ?? fallback, doc);
    return given !== undefined || lang !== fallback ? lang : undefined;
  };
  const [sourceLang, targetLang] = [
    regioned(withFiles.sourceLang, DEFAULT_LANGS.source, source),
    regioned(withFiles.targetLang, DEFAULT_LANGS.target, target),
  ];
  const told = { ...(sourceLang ? { sourceLang } : {}), ...(targetLang ? { targetLang } : {}) };
  return {
    flow: documentsFlow(source, target, { ...withFiles, ...told, sourcePath, targetPath }),
    finish: (bitext) => withEncodings(bitext, source, target),
  };
}

/**
 * A language given without a region, given its region by the page's own tag where it names the same language
 * (`<html lang="en-US">` and `-s en`: a US page's 04/01/2026 is April 1, not read both ways; stranger 335).
 */
function withRegion(lang: string, doc: InputDocument): string {
  const declared = doc.declaredLang;
  if (!declared || lang.includes("-") || !declared.includes("-")) return lang;
  return declared.split("-")[0]!.toLowerCase() === lang.toLowerCase() && isLanguageTag(declared) ? declared : lang;
}

/** Reads and segments two documents as `alignFiles` does, for callers that align them their own way (a batch's draft pass). */
export async function segmentFiles(
  sourcePath: string,
  targetPath: string,
  fileOptions: FileOptions = {},
): Promise<{ source: Segment[]; target: Segment[] }> {
  checkFileOptions(fileOptions, "segmentFiles");
  const options = await readOptionFiles(fileOptions);
  const { source, target } = await readPair(sourcePath, targetPath, options);
  return {
    source: segmentDocument(source, options.sourceLang ?? "bg", segmentOptions(options, options.sourceLang ?? "bg")),
    target: segmentDocument(target, options.targetLang ?? "en", segmentOptions(options, options.targetLang ?? "en")),
  };
}

/** The options with the dictionaries and abbreviations of `dictionaryFiles` and `abbreviationFiles` read in. */
async function readOptionFiles(options: FileOptions): Promise<FileOptions> {
  const { dictionaryFiles = [], abbreviationFiles = [], ...rest } = options;
  if (dictionaryFiles.length === 0 && abbreviationFiles.length === 0) return rest;
  let dictionary = options.dictionary;
  for (const path of dictionaryFiles) {
    const dict = await readDictionary(path, options.sourceLang ?? "bg", options.targetLang ?? "en");
    dictionary = dictionary ? dictionary.merge(dict) : dict;
  }
  const abbreviations = [...(options.abbreviations ?? [])];
  for (const path of abbreviationFiles) abbreviations.push(...(await readAbbreviations(path)));
  return { ...rest, ...(dictionary ? { dictionary } : {}), abbreviations };
}

/**
 * Plain running text without what its pages repeat (a PDF's text: src/read/pages.ts), every character in its place;
 * a text pre-split one segment a line, or of another format, as it is.
 */
function withoutPages<T extends Segmentable>(doc: T, options: { readonly segmented?: boolean }): T {
  if (options.segmented || (doc.format !== undefined && doc.format !== "txt")) return doc;
  const text = withoutPageFurniture(doc.text);
  return text === doc.text ? doc : { ...doc, text };
}

/** How one side is segmented: pre-split or not, with the user's abbreviations for its language. */
/** Subtitles' lines end where their writer ended them (a cue's full stop is often dropped): `linesAsWritten`. */
function asWritten(doc: Segmentable, options: SegmentOptions): SegmentOptions {
  return doc.format === "srt" || doc.format === "vtt" ? { ...options, linesAsWritten: true } : options;
}

function segmentOptions(options: BitextOptions, lang: string): SegmentOptions {
  return { segmented: options.segmented, abbreviations: abbreviationsFor(options.abbreviations ?? [], lang) };
}

function readPair(sourcePath: string, targetPath: string, options: FileOptions) {
  if (sourcePath === STDIN && targetPath === STDIN)
    throw new SverkaError("both documents are given as standard input (-): one of them must be a file");
  // Files read, counted; a long Markdown file, which takes seconds to parse, counts in shares of it as its parts are read.
  const shares = [0, 0];
  const tell = () => options.onProgress?.("read", shares[0]! + shares[1]!, 2);
  tell();
  const read = (path: string, lang: string, encoding: string | undefined, side: "source" | "target") => {
    const k = side === "source" ? 0 : 1;
    const told = (share: number) => {
      shares[k] = share;
      tell();
    };
    return readDocument(path, {
      encoding: encoding ?? options.encoding,
      format: options.inputFormat,
      maxBytes: options.maxBytes,
      lang,
      encodingOption: `--${side}-encoding`,
      ...(options.onProgress ? { onShare: told } : {}),
    }).then((doc) => {
      told(1);
      return doc;
    });
  };
  // Both are read at once; when both fail, the source's error is the one reported, whichever came first.
  return Promise.allSettled([
    read(sourcePath, options.sourceLang ?? "bg", options.sourceEncoding, "source"),
    read(targetPath, options.targetLang ?? "en", options.targetEncoding, "target"),
  ]).then(([source, target]) => {
    if (source.status === "rejected") throw source.reason;
    if (target.status === "rejected") throw target.reason;
    return { source: source.value, target: target.value };
  });
}

/** Aligns segments that were cut elsewhere (ids must be 0..n-1 in order). */
export function alignSegments(source: readonly Segment[], target: readonly Segment[], options: BitextOptions = {}): AlignedBitext {
  checkBitextOptions(options, "alignSegments");
  return runFlow(alignFlow(source, target, options), options.onProgress);
}

/** The links of a pair and their length model: the built-in lexicon's features, a draft, words learned from it, the alignment. */
function alignLinks(source: readonly Segment[], target: readonly Segment[], options: BitextOptions) {
  const sourceLang = options.sourceLang ?? "bg";
  const targetLang = options.targetLang ?? "en";
  let { features, dictionary } = firstFeatures(source, target, options);
  let model: LengthModel | undefined;
  let near: Step[] | undefined;
  let search: BitextOptions = options;
  if (options.learn !== false) {
    // A draft path to learn word translations from, then the real alignment with them.
    const draft = draftOf(features, options);
    model = draft.model;
    near = draft.path;
    const params = resolveCostParams(options.params);
    const joined = joinedPriors(draft.path, params);
    if (joined !== params) search = { ...options, params: joined };
    options.onProgress?.("learn", 0, 0);
    const learned = learnDictionary(
      features.sourceTokens,
      features.targetTokens,
      draft.links,
      options.learn === true || options.learn === undefined ? {} : options.learn,
    );
    options.onLearned?.(learned);
    if (learned.size > 0) {
      dictionary = dictionary ? dictionary.merge(learned) : learned;
      features = prepareFeatures(source, target, sourceLang, targetLang, { dictionary, reuse: features });
    }
  }
  return { ...alignFeatures(features, search, model, near), features };
}

/**
 * A step of a long pair's alignment or review: tasks that can run apart (on
 * worker threads, or one after the other here), given back their results in order.
 */
export interface FlowStep {
  /** The stage the tasks belong to, for progress. */
  readonly stage: string;
  readonly tasks: readonly PieceTask[];
  /** No task follows: threads running the flow may stop before what is left (joining the pieces, the review) runs in the caller's. */
  readonly last?: boolean;
  /** Work for the caller's thread while the tasks run on others (run after them where there are none), before the flow goes on. */
  readonly meanwhile?: () => void;
  /**
   * What each task counts for on the progress bar (a piece's source segments), where the
   * tasks tell how far they are: `done` of `total` are then those, moving as the tasks go, not tasks finished.
   */
  readonly weights?: readonly number[];
}

/** An alignment as steps of tasks: `runFlow` runs it in this thread, src/worker/long.ts on worker threads. */
export type Flow<T> = Generator<FlowStep, T, readonly unknown[]>;

/** One task of a flow. Plain data only: it crosses to a worker thread as a structured clone. */
export type PieceTask =
  | {
      readonly kind: "cut";
      readonly window: CutWindow;
      readonly source: SegmentTexts;
      readonly target: SegmentTexts;
      readonly options: BitextOptions;
    }
  | {
      readonly kind: "align";
      readonly source: SegmentTexts;
      readonly target: SegmentTexts;
      readonly options: BitextOptions;
      /** Whether the words learned come back with the links. */
      readonly learned?: boolean;
    }
  | { readonly kind: "segment"; readonly text: string; readonly lang: string; readonly options: SegmentOptions }
  | { readonly kind: "warm"; readonly options: BitextOptions };

/** Segments as a worker needs them to align: their texts and paragraphs. */
export interface SegmentTexts {
  readonly texts: readonly string[];
  readonly paragraphs: Int32Array;
}

/** A piece aligned: its links in compact form, the length model it found, the words it learned (a Dictionary, or its clone). */
export interface AlignedPiece {
  readonly links: PieceLinks;
  readonly model: LengthModel;
  readonly learned?: Dictionary;
}

/**
 * Runs a flow's tasks one after the other in this thread. Each step's stage
 * is told as its tasks begin (0 of their number), then as each is done: a
 * long pair's first piece would otherwise run for seconds under the stage
 * before it ("matching words 100%" while it aligns).
 */
export function runFlow<T>(flow: Flow<T>, onProgress?: BitextOptions["onProgress"]): T {
  let step = flow.next([]);
  while (!step.done) {
    const { stage, tasks, weights } = step.value;
    collectBetweenSteps();
    const told = stepProgress(stage, tasks.length, weights, onProgress);
    const results = tasks.map((task, k) => {
      const result = runTask(task, told.within(k));
      told.done(k);
      return result;
    });
    step.value.meanwhile?.();
    step = flow.next(results);
  }
  return step.value;
}

/**
 * The progress of one step's tasks, told to `onProgress`: tasks done of all
 * of them, or, with `weights`, the weights of the tasks done and the share
 * each running task says it has done (a long pair's piece aligns for
 * seconds: the bar moves while it does). Told as the tasks begin (0 of all).
 */
export function stepProgress(
  stage: string,
  count: number,
  weights: readonly number[] | undefined,
  onProgress: BitextOptions["onProgress"],
): { within: (k: number) => ((share: number) => void) | undefined; done: (k: number) => void } {
  if (!onProgress) return { within: () => undefined, done: () => {} };
  const total = weights ? weights.reduce((a, w) => a + w, 0) : count;
  const shares = new Float64Array(count);
  let finished = 0;
  let told = -1;
  const tell = () => {
    const done = weights ? Math.floor(shares.reduce((a, x, k) => a + x * weights[k]!, 0)) : finished;
    if (done === told) return;
    told = done;
    onProgress(stage, done, total);
  };
  tell();
  return {
    within: (k) =>
      weights
        ? (share) => {
            shares[k] = Math.min(1, Math.max(shares[k]!, share));
            tell();
          }
        : undefined,
    done: (k) => {
      shares[k] = 1;
      finished++;
      tell();
    },
  };
}

/**
 * Runs one task of a flow (in whatever thread holds it). A piece to align or
 * review tells `progress` the share of it done, from 0 to 1, now and then.
 */
export function runTask(task: PieceTask, progress?: (share: number) => void): Cut | undefined | AlignedPiece | SegmentedPart {
  if (task.kind === "cut") return cutIn(task);
  if (task.kind === "segment") return segmentPart(task.text, task.lang, task.options);
  if (task.kind === "warm") {
    // A thread started early loads its pair's lexicon while the caller reads and segments the files.
    pairDictionary(task.options.sourceLang ?? "bg", task.options.targetLang ?? "en", task.options);
    return undefined;
  }
  if (task.kind === "align") {
    let learned: Dictionary | undefined;
    const onLearned = (d: Dictionary) => {
      learned = d;
    };
    const { links, model } = alignLinks(segmentsOf(task.source), segmentsOf(task.target), {
      ...task.options,
      ...(task.learned ? { onLearned } : {}),
      ...(progress ? { onProgress: searchShare(task.options.learn !== false, progress) } : {}),
    });
    return { links: compactLinks(links), model, ...(learned ? { learned } : {}) };
  }
  throw new SverkaError(`unknown task ${JSON.stringify((task as { kind?: unknown }).kind)}`);
}

/**
 * A piece's alignment as one share from 0 to 1, from the stages and rows its
 * searches tell, in about the time each takes on a long pair: matching
 * words a fifth, the draft search a third where words are learned, learning
 * a little, the final search the rest.
 */
function searchShare(learning: boolean, progress: (share: number) => void): NonNullable<BitextOptions["onProgress"]> {
  const searched = learning ? 0.6 : 0.2;
  return (stage, done, total) => {
    const part = total > 0 ? done / total : 0;
    if (stage === "align draft") progress(0.2 + 0.35 * part);
    else if (stage === "learn") progress(0.55);
    else if (stage === "align") progress(searched + (1 - searched) * part);
  };
}

/** The cut in a window: the window aligned alone (built-in lexicon and given dictionaries, nothing learned), a sure boundary chosen. */
function cutIn(task: Extract<PieceTask, { kind: "cut" }>): Cut | undefined {
  const { window, options } = task;
  const source = segmentsOf(task.source);
  const target = segmentsOf(task.target);
  const { features } = firstFeatures(source, target, options);
  // The band search: a window is too big for the exact one to be quick, and the cut needs only sure links.
  const search = { maxLinkSize: options.maxLinkSize, manyToMany: options.manyToMany, params: options.params, search: "band" as const };
  const { links } = alignFeatures(features, search);
  const para = (texts: SegmentTexts, start: number) => (k: number) => texts.paragraphs[k - start] ?? -1;
  return chooseCut(window, links, para(task.source, window.i0), para(task.target, window.j0));
}

/** Segments rebuilt from texts: ids from 0, offsets into the texts joined by newlines (the aligner reads neither). */
function segmentsOf(texts: SegmentTexts): Segment[] {
  return texts.texts.map((text, id) => ({ id, text, start: 0, end: text.length, paragraph: texts.paragraphs[id]! }));
}

/** The typed arrays of a task, moved to the thread rather than copied: each is the task's own. */
export function taskTransfers(task: PieceTask): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const add = (a: ArrayBufferView | undefined) => {
    if (a && !out.includes(a.buffer as ArrayBuffer)) out.push(a.buffer as ArrayBuffer);
  };
  if (task.kind === "cut" || task.kind === "align") {
    add(task.source.paragraphs);
    add(task.target.paragraphs);
  }
  return out;
}

/** Two white-space characters in a row: where `foldedLength` differs from the length. */
const DOUBLE_SPACE = /\s\s/u;

/**
 * Characters of a text with each run of white space counted as one, as
 * `text.replace(/\s+/gu, " ").length` counts them, without making the copy.
 */
export function foldedLength(text: string): number {
  // Most segments have no two white-space characters in a row: nothing to fold, and the regular expression's scan is native.
  if (!DOUBLE_SPACE.test(text)) return text.length;
  let n = text.length;
  let space = false;
  for (let k = 0; k < text.length; k++) {
    const here = isSpace(text.charCodeAt(k));
    if (here && space) n--;
    space = here;
  }
  return n;
}

/** The options a task carries: no callbacks (they stay with the caller), no thread count. */
function taskOptions<T extends BitextOptions | ReviewOptions>(options: T): T {
  const { onProgress: _p, onLearned: _l, threads: _t, ...rest } = options as BitextOptions;
  return rest as T;
}

/**
 * How a pair is aligned and reviewed: whole, as always, when it is short;
 * in pieces when it is long (src/align/cut.ts).
 */
export function* alignFlow(
  source: readonly Segment[],
  target: readonly Segment[],
  options: BitextOptions,
  sizes: PieceSizes = PIECE_SIZES,
): Flow<AlignedBitext> {
  const sourceLang = options.sourceLang ?? "bg";
  const targetLang = options.targetLang ?? "en";
  const sides = (links: readonly Link[], model: LengthModel): Bitext => ({
    source: { lang: sourceLang, path: options.sourcePath, segments: source },
    target: { lang: targetLang, path: options.targetPath, segments: target },
    links,
    model,
  });
  // The numbers written once in each text: chained, they guide the cuts; all of them, the review judges the pair's order by.
  // Handed to the review once (`takeOnce`), and let go of there: on text that never repeats they are hundreds of thousands.
  let once =
    pieceCount(source.length, target.length, sizes) > 1
      ? onceNumbers(
          source.map((s) => s.text),
          target.map((s) => s.text),
        )
      : undefined;
  let guide: Anchor[] | undefined = once ? corroborated(anchorChain(once, target.length), source.length, target.length) : [];
  const windows = cutWindows(
    source.map((s) => s.text.length),
    target.map((s) => s.text.length),
    sizes,
    guide,
  );
  const cuts = windows.length
    ? ((yield {
        stage: "score",
        tasks: windows.map((window) => ({
          kind: "cut",
          window,
          source: textsAndParagraphs(source, window.i0, window.i1),
          target: textsAndParagraphs(target, window.j0, window.j1),
          options: taskOptions(options),
        })),
      }) as ReadonlyArray<Cut | undefined>)
    : [];
  // A window inside a long omission finds sure-looking links in another copy of a template: a cut the numbers contradict is no cut.
  let holds: ((i: number, j: number) => boolean) | undefined = consistentWith(guide);
  const sure = cuts.map((cut) => (cut && holds!(cut[0], cut[1]) ? cut : undefined));
  // Neither is needed past here (the flow keeps its variables while the review runs).
  guide = undefined;
  holds = undefined;
  const pieces = piecesOf(orderedCuts(sure, source.length, target.length), source.length, target.length);
  if (pieces.length < 2) {
    const aligned = alignLinks(source, target, options);
    const bitext = sides(aligned.links, aligned.model);
    if (options.review === false) return withoutFlags(bitext);
    // The review lays out its own evidence (with what it learns from the links); it reuses the tokens and the cost weights.
    options.onProgress?.("review", 0, 0);
    const onProgress = options.onProgress;
    return review(bitext, {
      ...reviewOptions(options),
      reuse: aligned.features,
      costParams: resolveCostParams(options.params),
      ...(onProgress ? { onProgress: (done: number, total: number) => onProgress("review", done, total) } : {}),
    }) as AlignedBitext;
  }
  let chars: SideChars | undefined;
  let aligned: readonly AlignedPiece[] | undefined = (yield {
    stage: "align",
    // The review that follows reads the whole bitext in this thread (`reviewLong`): no task comes after these.
    last: true,
    // The segments' lengths for the joined length model, counted here while the threads align: not after, with both idle.
    meanwhile: () => {
      chars = sideChars(source, target);
    },
    weights: pieces.map((p) => p.i1 - p.i0),
    tasks: pieces.map((p) => ({
      kind: "align",
      source: textsAndParagraphs(source, p.i0, p.i1),
      target: textsAndParagraphs(target, p.j0, p.j1),
      options: taskOptions(options),
      // The words a piece learned come back only for a caller who asks for them (to save them): they are large.
      learned: options.onLearned !== undefined,
    })),
  }) as readonly AlignedPiece[];
  // Confidences and the length model as the JSON keeps them: a saved bitext checked again is reviewed as this one is.
  const links = joinPieces(
    pieces,
    aligned.map((a) => ({ ...a.links, scores: a.links.scores.map(roundScore) })),
  );
  if (options.onLearned) options.onLearned(mergeLearned(aligned.map((a) => a.learned)));
  // The pieces' results are not needed past here: the flow keeps its variables while the review runs.
  aligned = undefined;
  const model = joinedModel(chars ?? sideChars(source, target), links);
  const bitext = sides(links, { ratio: roundModel(model.ratio), variance: roundModel(model.variance) });
  if (options.review === false) return withoutFlags(bitext);
  return reviewLong(bitext, { ...reviewOptions(options), costParams: resolveCostParams(options.params) }, options.onProgress, () => {
    const taken = once;
    once = undefined;
    return taken;
  }) as AlignedBitext;
}

/** Three decimals, as src/formats/json.ts writes a length model. */
function roundModel(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function withoutFlags(bitext: Bitext): AlignedBitext {
  return { ...bitext, links: bitext.links.map((link) => withFlags(link, [])) };
}

/** The words the pieces learned, in one dictionary (a piece's clone made a Dictionary again). */
function mergeLearned(learned: ReadonlyArray<Dictionary | undefined>): Dictionary {
  let out = new Dictionary();
  for (const d of learned) if (d) out = out.merge(Object.setPrototypeOf(d, Dictionary.prototype) as Dictionary);
  return out;
}

/** Each segment's length in characters, white space folded (`foldedLength`), source and target. */
interface SideChars {
  readonly sc: Int32Array;
  readonly tc: Int32Array;
}

function sideChars(source: readonly Segment[], target: readonly Segment[]): SideChars {
  // Each segment's length once (200,000 of them at 100k a side).
  const chars = (segments: readonly Segment[]) => Int32Array.from(segments, (g) => foldedLength(g.text));
  return { sc: chars(source), tc: chars(target) };
}

/** One length model for a pair aligned in pieces: estimated from its links as each piece's is (`modelLengths`). */
function joinedModel({ sc, tc }: SideChars, links: readonly Link[]): LengthModel {
  const sum = (lengths: Int32Array) => lengths.reduce((a, x) => a + x, 0);
  const s = sum(sc);
  const t = sum(tc);
  const steps = links.map((l) => [l.source[0] ?? 0, l.source.length, l.target[0] ?? 0, l.target.length] as const);
  return estimateLengthModel(modelLengths(steps, sc, tc), s > 0 && t > 0 ? t / s : 1);
}

/** How many links a long review goes between two looks at its heap (`collectorPace`). */
const PACE_EVERY = 5_000;

/**
 * A long pair's review: whole, in this thread, as a short pair's is. Reviewed
 * in pieces on the task threads, each piece learned its own words and laid
 * out its own evidence, and a sentence pair repeated across pieces was checked
 * in each: 45 % more CPU at 100,000 segments a side for no gain in time on two
 * cores (docs/scale.md, "The fortieth session"). Whole, the flags are those of
 * the bitext read back and reviewed again, however it was aligned.
 */
function reviewLong(
  bitext: Bitext,
  options: ReviewOptions,
  onProgress: BitextOptions["onProgress"],
  takeOnce?: () => readonly Anchor[] | undefined,
): AlignedBitext {
  // Told from 0 of the links (by the review) to all of them.
  // A full collection where the heap has grown (`collectorPace`): the review's garbage otherwise piles up beside its context.
  const pace = collectorPace();
  const told = {
    onProgress: (done: number, total: number) => {
      if (done > 0 && done % PACE_EVERY === 0) pace();
      onProgress?.("review", done, total);
    },
  };
  // Said before the review's context is built (a few seconds of a 100,000-segment pair): the bar moves on to "reviewing" then, not
  // after it, with "aligning" full meanwhile.
  onProgress?.("review", 0, bitext.links.length);
  const reviewed = reviewWhole(bitext, { ...options, ...told }, takeOnce);
  onProgress?.("review", bitext.links.length, bitext.links.length);
  return reviewed;
}

/**
 * The first pass over a pair, as `alignSegments` makes it: the features with
 * the built-in lexicon and the given dictionaries, and a draft alignment to
 * learn word translations from (batch --learn-across pools them over pairs).
 */
export function draftSegments(source: readonly Segment[], target: readonly Segment[], options: BitextOptions = {}) {
  const { features } = firstFeatures(source, target, options);
  return { features, draft: draftOf(features, options) };
}

function firstFeatures(source: readonly Segment[], target: readonly Segment[], options: BitextOptions) {
  const sourceLang = options.sourceLang ?? "bg";
  const targetLang = options.targetLang ?? "en";
  options.onProgress?.("score", 0, 0);
  const dictionary = pairDictionary(sourceLang, targetLang, options);
  return { features: prepareFeatures(source, target, sourceLang, targetLang, { dictionary }), dictionary };
}

function draftOf(features: PairFeatures, options: BitextOptions) {
  const onProgress = options.onProgress;
  return draftAlignment(features, {
    ...options,
    onProgress: onProgress && ((_stage, done, total) => onProgress("align draft", done, total)),
  });
}

/**
 * Flags the units of an existing translation memory, each as it stands (a
 * 1-1 link): QA for memories nobody checked. The length model and the usual
 * lexical evidence come from the memory itself.
 */
export function reviewUnits(source: readonly Segment[], target: readonly Segment[], options: BitextOptions = {}): AlignedBitext {
  const sourceLang = options.sourceLang ?? "bg";
  const targetLang = options.targetLang ?? "en";
  const chars = (segs: readonly Segment[]) => segs.map((s) => s.text.replace(/\s+/gu, " ").length);
  const sc = chars(source);
  const tc = chars(target);
  const ratio =
    tc.reduce((a, b) => a + b, 0) /
      Math.max(
        1,
        sc.reduce((a, b) => a + b, 0),
      ) || 1;
  const model = estimateLengthModel(
    sc.map((x, k) => [x, tc[k]!] as const),
    ratio,
  );
  const links = source.map((_, k) => ({ source: [k], target: [k], kind: "1-1" as const, score: 1 }));
  const bitext: Bitext = {
    source: { lang: sourceLang, path: options.sourcePath, segments: source },
    target: { lang: targetLang, path: options.targetPath, segments: target },
    links,
    model,
  };
  return review(bitext, { ...reviewOptions(options), units: true });
}

/**
 * Reviews a bitext again as it stands (one read back from JSON, perhaps after
 * a reviewer edited it): its flags are dropped and made anew, as `align` would.
 */
export function reviewBitext(bitext: Bitext, options: BitextOptions = {}): AlignedBitext {
  const links = bitext.links.map(({ flags: _flags, ...link }) => link);
  const reviewed = reviewLong(asCorrected({ ...bitext, links }), reviewOptions(options), options.onProgress);
  const typed = typedCorrectionFlags(reviewed, reviewed.links.keys(), options);
  const reviewedLinks = typed.size
    ? reviewed.links.map((l, k) => (typed.has(k) ? { ...l, flags: [...l.flags, ...typed.get(k)!] } : l))
    : reviewed.links;
  return { ...reviewed, links: reviewedLinks, source: bitext.source, target: bitext.target };
}

/**
 * The flags of the links `ks` that hold a reviewer's own translation typed for a link with no translation sentence or
 * several (a workbook's empty Target cell filled in), by link index: that pair checked as a memory's unit is, its
 * numbers, names and negations against its source (stranger 236: "at least 24 hours" typed for "най-малко 48 часа"
 * went into the memory unchecked). They come beside the link's own: the translated document still lacks the sentence.
 */
function typedCorrectionFlags(bitext: Bitext, ks: Iterable<number>, options: BitextOptions): Map<number, Flag[]> {
  const typed = [...ks].filter((k) => bitext.links[k]!.correction !== undefined && bitext.links[k]!.source.length > 0);
  const out = new Map<number, Flag[]>();
  if (typed.length === 0) return out;
  const segment = (text: string, id: number): Segment => ({ id, text, start: 0, end: text.length, paragraph: id });
  const units = reviewUnits(
    typed.map((k, id) => segment(sideText(bitext.source, bitext.links[k]!.source), id)),
    typed.map((k, id) => segment(bitext.links[k]!.correction!, id)),
    { ...options, sourceLang: bitext.source.lang, targetLang: bitext.target.lang },
  );
  for (const [id, k] of typed.entries()) out.set(k, [...units.links[id]!.flags]);
  return out;
}

/**
 * The flags of the links an edit touched (`touchedLinks`), and of the links
 * whose flags read them (the link before and after, the whole run of
 * unmatched sentences beside them), by link index: exactly what
 * `reviewBitext` gives those links, since the review is laid out on the
 * edited bitext. Other links keep the flags they have until the bitext is
 * reviewed whole (`sverka review` does so on saving): an edit can shift the
 * sentence numbers their evidence names, and, rarely, the document's usual
 * evidence the review compares them with.
 */
export function reviewTouched(
  bitext: Bitext,
  touched: readonly number[],
  options: BitextOptions = {},
  cache: TokenCache = new Map(),
): Map<number, Flag[]> {
  const links = bitext.links.map(({ flags: _flags, ...link }) => link);
  const view = asCorrected({ ...bitext, links });
  const tokens = (side: Side) => {
    const lang = getLanguage(side.lang);
    return side.segments.map((g) => {
      const key = `${side.lang}\u0000${g.text}`;
      let list = cache.get(key);
      if (!list) {
        list = tokenize(g.text, lang);
        cache.set(key, list);
      }
      return list;
    });
  };
  const reuse = { sourceTokens: tokens(view.source), targetTokens: tokens(view.target) };
  const ctx = buildReviewContext(view, { ...reviewOptions(options), reuse });
  const out = new Map<number, Flag[]>();
  for (const k of neighbourhood(links, touched)) out.set(k, reviewLink(ctx, k));
  for (const [k, flags] of typedCorrectionFlags(bitext, out.keys(), options)) out.set(k, [...out.get(k)!, ...flags]);
  return out;
}

/**
 * Tokens of segment texts already read, by language and text: a server
 * reviewing edit after edit of one bitext tokenizes only what an edit changed.
 */
export type TokenCache = Map<string, Token[]>;

/** The links `touched` and those whose review reads them, in order. */
function neighbourhood(links: readonly Link[], touched: readonly number[]): number[] {
  const unmatched = (k: number) => links[k]?.kind === "1-0" || links[k]?.kind === "0-1";
  const out = new Set<number>();
  for (const k of touched) {
    for (let j = k - 1; j <= k + 1; j++) {
      if (j < 0 || j >= links.length) continue;
      out.add(j);
      if (!unmatched(j)) continue;
      // The passage's length and first link are in the evidence of each of its links.
      for (let x = j - 1; unmatched(x) && links[x]!.kind === links[j]!.kind; x--) out.add(x);
      for (let x = j + 1; unmatched(x) && links[x]!.kind === links[j]!.kind; x++) out.add(x);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** The bitext as the review reads it: each segment's text as a reviewer corrected it, where they did. */
function asCorrected(bitext: Bitext): Bitext {
  const side = (s: Side): Side =>
    s.segments.some((g) => g.corrected !== undefined)
      ? { ...s, segments: s.segments.map(({ corrected, ...g }) => (corrected === undefined ? g : { ...g, text: corrected })) }
      : s;
  return { ...bitext, source: side(bitext.source), target: side(bitext.target) };
}

/** The review's options from the pipeline's: its thresholds, and the same dictionaries as the aligner. */
function reviewOptions(options: BitextOptions): ReviewOptions {
  return {
    ...(typeof options.review === "object" ? options.review : {}),
    dictionary: options.dictionary,
    lexicon: options.lexicon,
    terms: options.terms,
  };
}
