/** One pair of a batch, start to finish: read, align, review, write. Runs in a worker thread. */

import { stat } from "node:fs/promises";
import { pairCounts } from "../edit/problems.js";
import { SverkaError } from "../errors.js";
import { type FormatName, formats } from "../formats/index.js";
import { type DropFlagged, keptLinks, type LeftOut, leftOutOf, sideText } from "../formats/text.js";
import { forcedNote, type TmxUnit, unitFlags } from "../formats/tmx.js";
import { writingDate } from "../io/clock.js";
import { writeAtomic } from "../io/files.js";
import type { Abbreviation } from "../lang/abbreviations.js";
import { alignFiles, draftSegments, segmentFiles } from "../pipeline.js";
import { Dictionary, linkBags, type StemBag, stemSurfaces } from "../score/index.js";
import type { PairFigures } from "./made.js";
import type { BatchPair } from "./manifest.js";
import type { StageProgress } from "./progress.js";

export interface JobOptions {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly format: FormatName;
  readonly segmented?: boolean;
  readonly maxLinkSize?: number;
  /** Leave units flagged at this severity or worse out of TMX and TSV outputs and of the units returned (default "error"). */
  readonly dropFlagged?: DropFlagged;
  /** Leave links scoring below this out of TMX and TSV outputs and of the units returned (--min-score). */
  readonly minScore?: number;
  /** TSV outputs' cells never quoted (--plain-tsv). */
  readonly plainTsv?: boolean;
  /** Align even a pair whose sides do not look like their languages (batch --force). */
  readonly forceLanguage?: boolean;
  /** TMX: <prop>s on every unit and the creationid (--prop, --creation-id). */
  readonly unitProps?: ReadonlyArray<readonly [string, string]>;
  readonly creationId?: string;
  /** TMX: the creationdate of the file and its units (--creation-date; else SOURCE_DATE_EPOCH, else now). */
  readonly creationDate?: Date;
  /** Return the memory units, for --merge-tmx. */
  readonly collectUnits?: boolean;
  /** Word translations pooled over the batch (--learn-across): [source, target, strength, source form, target form]. */
  readonly pooled?: ReadonlyArray<readonly [string, string, number, string, string]>;
  /**
   * Dictionaries and termbases (--dict: TSV, hunalign .dic, TBX) in the batch's languages, by path: read once per
   * thread, they weigh the alignment and are the termbase the review checks, as `align --dict` and `check --dict` do.
   * A pair in other languages (a manifest line's) goes without them.
   */
  readonly dictionaries?: readonly string[];
  /** More abbreviations, at which no sentence ends (--abbreviations: the files' entries), for every pair. */
  readonly abbreviations?: readonly Abbreviation[];
}

/** Flags of a pair by severity, and where the counts of a pair skipped as up to date came from. */
export interface FlagCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  /** For a pair skipped as up to date: "report" (the previous --report) or "output" (its bitext JSON). */
  readonly countsFrom: "report" | "output" | "record";
}

/** What a pair gives the pooled learning of --learn-across: the stem bags of its draft's 1-1 links. */
export type LearnResult =
  | { readonly status: "learned"; readonly name: string; readonly bags: StemBag[]; readonly surfaces: Array<[string, string]> }
  | { readonly status: "failed"; readonly name: string; readonly error: string };

export type JobResult =
  | {
      readonly status: "done";
      readonly name: string;
      readonly output: string;
      readonly source: number;
      readonly target: number;
      readonly links: number;
      readonly unmatched: number;
      readonly meanScore: number;
      readonly errors: number;
      readonly warnings: number;
      readonly info: number;
      readonly seconds: number;
      /** Problems of the pair as a whole, at warning or error ("the target does not look like a translation ..."). */
      readonly problems?: readonly string[];
      /** Units left out of the pair's memory (TMX or TSV output, or its units for --merge-tmx), and why. */
      readonly leftOut?: LeftOut;
      readonly units?: TmxUnit[];
    }
  /** Up to date: the output is newer than both inputs. Its flag counts, when the previous run's report or output gives them. */
  | ({
      readonly status: "skipped";
      readonly name: string;
      readonly output: string;
      /** The problems of the pair as a whole the previous run found (a pair forced through in the wrong languages), where it says them. */
      readonly problems?: readonly string[];
      /** Its segments, links and mean confidence in the run that wrote it, where that run recorded them. */
      readonly figures?: PairFigures;
    } & Partial<FlagCounts>)
  /** Interrupted (Ctrl-C) before the pair was aligned; running the batch again does it. */
  | { readonly status: "not-done"; readonly name: string; readonly output: string }
  | {
      readonly status: "failed";
      readonly name: string;
      readonly output: string;
      readonly error: string;
      /** An earlier run's output of the pair was there, and was removed: it no longer answers the pair's inputs. */
      readonly removed?: true;
    };

/**
 * Nothing to do (unless forced): the output is there and was made from these inputs with these options (`made`,
 * what the output's folder recorded, equals `now`: src/batch/made.ts); where nothing was recorded for it, it is
 * newer than both inputs.
 */
export async function upToDate(pair: BatchPair, made?: string, now?: string): Promise<boolean> {
  try {
    const [o, s, t] = await Promise.all([stat(pair.output), stat(pair.source), stat(pair.target)]);
    if (made !== undefined) return made === now;
    return o.mtimeMs > s.mtimeMs && o.mtimeMs > t.mtimeMs;
  } catch {
    return false;
  }
}

/** Phase one of --learn-across: a draft alignment of the pair, and the stem bags of its 1-1 links. */
export async function runLearnJob(pair: BatchPair, options: JobOptions, onProgress?: StageProgress): Promise<LearnResult> {
  // A pair in other languages (or the other direction) has no translations of the batch's pair to give.
  if (!batchLanguages(pair, options)) return { status: "learned", name: pair.name, bags: [], surfaces: [] };
  try {
    // The reading options alone: segmentFiles refuses any other (the batch's format, its pooled words).
    const { source, target } = await segmentFiles(pair.source, pair.target, {
      sourceLang: options.sourceLang,
      targetLang: options.targetLang,
      segmented: options.segmented,
      ...(options.abbreviations?.length ? { abbreviations: options.abbreviations } : {}),
      force: options.forceLanguage,
      ...(onProgress ? { onProgress } : {}),
    });
    const { features, draft } = draftSegments(source, target, {
      sourceLang: options.sourceLang,
      targetLang: options.targetLang,
      maxLinkSize: options.maxLinkSize,
      onProgress,
    });
    const links = draft.links;
    return {
      status: "learned",
      name: pair.name,
      bags: linkBags(features.sourceTokens, features.targetTokens, links),
      surfaces: [...stemSurfaces([features.sourceTokens, features.targetTokens])],
    };
  } catch (error) {
    return {
      status: "failed",
      name: pair.name,
      error: error instanceof SverkaError ? error.message : `internal error: ${(error as Error).message}`,
    };
  }
}

/** Whether a pair is in the batch's languages (a manifest line may give a pair its own). */
function batchLanguages(pair: BatchPair, options: JobOptions): boolean {
  return (pair.sourceLang ?? options.sourceLang) === options.sourceLang && (pair.targetLang ?? options.targetLang) === options.targetLang;
}

/** The pooled translations, rebuilt once per thread. */
let pooledCache: { from: JobOptions["pooled"]; dictionary: Dictionary } | undefined;

function pooledDictionary(options: JobOptions): Dictionary | undefined {
  if (!options.pooled?.length) return undefined;
  if (pooledCache?.from !== options.pooled) {
    const dictionary = new Dictionary();
    for (const [s, t, w, sf, tf] of options.pooled) dictionary.add(s, t, w, { source: sf, target: tf });
    pooledCache = { from: options.pooled, dictionary };
  }
  return pooledCache.dictionary;
}

/** The given dictionaries (`dictionaries`), read once in each thread while their files stay as they are. */
let givenCache: { key: string; dictionary: Promise<Dictionary | undefined> } | undefined;

async function givenDictionary(options: JobOptions): Promise<Dictionary | undefined> {
  const paths = options.dictionaries ?? [];
  if (paths.length === 0) return undefined;
  // Each job brings its options anew (a thread's message): the files themselves say whether they are the ones read.
  const stamps = await Promise.all(
    paths.map((p) =>
      stat(p).then(
        (s) => [p, s.size, s.mtimeMs],
        () => [p],
      ),
    ),
  );
  const key = JSON.stringify([options.sourceLang, options.targetLang, stamps]);
  if (givenCache?.key !== key)
    givenCache = {
      key,
      dictionary: import("../read/dictionary.js").then((d) => d.readDictionaries(paths, options.sourceLang, options.targetLang)),
    };
  return givenCache.dictionary;
}

/** Aligns, reviews and writes one pair; `onProgress` is told its stages (the pipeline's, unthinned). */
export async function runJob(pair: BatchPair, options: JobOptions, onProgress?: StageProgress): Promise<JobResult> {
  const started = performance.now();
  try {
    // `alignFiles` tells each step of the flow as it begins, and then as each of its tasks is done.
    const inLanguages = batchLanguages(pair, options);
    const given = inLanguages ? await givenDictionary(options) : undefined;
    const pooled = inLanguages ? pooledDictionary(options) : undefined;
    const bitext = await alignFiles(pair.source, pair.target, {
      sourceLang: pair.sourceLang ?? options.sourceLang,
      targetLang: pair.targetLang ?? options.targetLang,
      segmented: options.segmented,
      ...(options.abbreviations?.length ? { abbreviations: options.abbreviations } : {}),
      maxLinkSize: options.maxLinkSize,
      dictionary: given && pooled ? pooled.merge(given) : (given ?? pooled),
      ...(given ? { terms: given } : {}),
      force: options.forceLanguage,
      ...(onProgress ? { onProgress } : {}),
    });
    const write = {
      dropFlagged: options.dropFlagged,
      minScore: options.minScore,
      plainTsv: options.plainTsv,
      unitProps: options.unitProps,
      creationId: options.creationId,
      date: options.creationDate ?? writingDate(),
    };
    onProgress?.("write", 0, 0); // as align's bar says it
    await writeAtomic(pair.output, await formats[options.format].write(bitext, write));
    // Problems as check counts them (a passage left out is one), with the pair's own (not a translation).
    const counts = pairCounts(bitext);
    const problems = (bitext.documentFlags ?? []).filter((f) => f.severity !== "info").map((f) => f.reason);
    const both = bitext.links.filter((l) => l.source.length && l.target.length);
    // A pair forced through in languages it did not look like says so on each unit of the batch's merged memory, as its own TMX does.
    const forced = (bitext.documentFlags ?? []).some((f) => f.type === "languages-forced");
    return {
      status: "done",
      name: pair.name,
      output: pair.output,
      source: bitext.source.segments.length,
      target: bitext.target.segments.length,
      links: bitext.links.length,
      unmatched: bitext.links.length - both.length,
      meanScore: bitext.links.reduce((a, l) => a + l.score, 0) / Math.max(1, bitext.links.length),
      errors: counts.error,
      warnings: counts.warning,
      info: counts.info,
      seconds: (performance.now() - started) / 1000,
      ...(problems.length ? { problems } : {}),
      ...(options.collectUnits || options.format === "tmx" || options.format === "tsv" ? { leftOut: leftOutOf(bitext, write) } : {}),
      ...(options.collectUnits
        ? {
            // The units the pair's own memory has: a sentence or a short passage moved paired too (stranger 361).
            units: keptLinks(bitext, write)
              .filter((l) => l.source.length > 0 && l.target.length > 0)
              .map((l) => ({
                source: sideText(bitext.source, l.source, true),
                target: sideText(bitext.target, l.target, true),
                score: l.score,
                document: pair.name,
                // What the review said of a unit kept with a warning, as the pair's own TMX says it (stranger 82: the merged memory had none).
                ...(unitFlags(l).length ? { flags: unitFlags(l) } : {}),
                ...(forced ? { note: forcedNote(bitext.source.lang, bitext.target.lang) } : {}),
                // A pair in its own languages says them on each unit; the merged memory's header says "*all*".
                ...(batchLanguages(pair, options) ? {} : { sourceLang: bitext.source.lang, targetLang: bitext.target.lang }),
              })),
          }
        : {}),
    };
  } catch (error) {
    const message = error instanceof SverkaError ? error.message : `internal error: ${(error as Error).message}`;
    return { status: "failed", name: pair.name, output: pair.output, error: message };
  }
}
