/**
 * What made each output of a batch: a file `.sverka-batch` in each folder a
 * batch writes to, one line per output written (JSON: its file name and a
 * digest of the options, sverka's version, its pair's languages and its
 * inputs' sizes and times). An output is up to date when the digest of this
 * run matches the last line for it: a run with other options (`--max-link 1`,
 * `--drop-flagged none`), another version or an input replaced by an older
 * file redoes it, as make would, where comparing times alone kept it. An
 * output with no line (written before sverka kept these files, or by hand) is
 * judged by times, as before.
 */
import { createHash } from "node:crypto";
import { appendFileSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { VERSION } from "../version.js";
import type { JobOptions } from "./job.js";
import type { BatchPair } from "./manifest.js";

/** The file in each output folder. */
export const MADE_FILE = ".sverka-batch";

/** A log is rewritten with its last line per output when it holds this many more lines than outputs. */
const SLACK = 200;

/** The options that change what a pair's output holds (not how it is run: jobs, progress). */
export function optionsDigest(options: JobOptions & { readonly learnAcross?: boolean }): string {
  return JSON.stringify([
    VERSION,
    options.format,
    options.segmented ?? false,
    options.maxLinkSize ?? null,
    options.dropFlagged ?? null,
    options.minScore ?? null,
    options.plainTsv ?? false,
    options.unitProps ?? [],
    options.creationId ?? null,
    // Not forceLanguage: a pair forced through once gives what it gives; a later run without --force keeps it.
    options.learnAcross ?? false,
    // Only where given: a record written without it stays up to date.
    ...(options.creationDate ? [options.creationDate.toISOString()] : []),
    // The dictionaries as they are now: one given, or changed, makes the pairs' flags others (regress75: a pair up to date
    // kept the count of a run without the termbase).
    ...(options.dictionaries?.length ? [options.dictionaries.map(fileStamp)] : []),
    // The abbreviations given cut the sentences otherwise.
    ...(options.abbreviations?.length ? [options.abbreviations.map((a) => [a.text, a.lang ?? null])] : []),
  ]);
}

/** A file's path, size and time of change, or its path alone where it cannot be read. */
function fileStamp(path: string): unknown[] {
  try {
    const s = statSync(path);
    return [resolve(path), s.size, s.mtimeMs];
  } catch {
    return [resolve(path)];
  }
}

/** The digest of one pair's output: the run's options, the pair's languages, and its inputs as they are now (undefined: an input cannot be read). */
export async function pairDigest(pair: BatchPair, options: string, sourceLang: string, targetLang: string): Promise<string | undefined> {
  try {
    const [s, t] = await Promise.all([stat(pair.source), stat(pair.target)]);
    const what = [options, pair.sourceLang ?? sourceLang, pair.targetLang ?? targetLang, s.size, s.mtimeMs, t.size, t.mtimeMs];
    return createHash("sha256").update(JSON.stringify(what)).digest("hex").slice(0, 32);
  } catch {
    return undefined;
  }
}

/** What the run that wrote an output recorded: the digest it was made for, and the pair's flag counts and problems. */
export interface Made {
  readonly made: string;
  readonly errors?: number;
  readonly warnings?: number;
  readonly info?: number;
  /** The pair's own problems (not a translation, forced through in other languages), as the report says them. */
  readonly problems?: readonly string[];
  /** The pair's segments, links and mean confidence, for the table of a re-run that skips it. */
  readonly figures?: PairFigures;
}

/** What the table says of an aligned pair beside its flags. */
export interface PairFigures {
  readonly source: number;
  readonly target: number;
  readonly links: number;
  readonly unmatched: number;
  readonly meanScore: number;
}

/** The logs of the folders a batch writes to, read once. */
export class MadeLog {
  /** Per folder, the last record per output file name. */
  private readonly folders = new Map<string, Map<string, Made>>();

  /** What the last run that wrote `output` recorded (undefined: none did). */
  made(output: string): Made | undefined {
    return this.folder(dirname(output)).get(basename(output));
  }

  /** Records that `output` was written for `made.made`, with the pair's counts, in its folder's log. */
  record(output: string, made: Made): void {
    const folder = dirname(output);
    const name = basename(output);
    this.folder(folder).set(name, made);
    try {
      appendFileSync(join(folder, MADE_FILE), `${JSON.stringify({ output: name, ...made })}\n`);
    } catch {
      // A log that cannot be written costs a redo next time, never this run.
    }
  }

  private folder(folder: string): Map<string, Made> {
    let entries = this.folders.get(folder);
    if (!entries) {
      entries = new Map();
      this.folders.set(folder, entries);
      const file = join(folder, MADE_FILE);
      let lines: string[] = [];
      try {
        lines = readFileSync(file, "utf8").split("\n");
      } catch {
        return entries;
      }
      for (const line of lines) {
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          if (typeof entry.output === "string" && typeof entry.made === "string") entries.set(entry.output, madeOf(entry));
        } catch {
          // A line cut short by a run that was killed: skipped.
        }
      }
      if (lines.length > entries.size + SLACK) {
        const compact = [...entries].map(([output, made]) => `${JSON.stringify({ output, ...made })}\n`).join("");
        try {
          writeFileSync(file, compact);
        } catch {
          // Left long: read as well.
        }
      }
    }
    return entries;
  }
}

/** A record read back: its digest, and its counts and problems where they are whole (a line of another version may lack them). */
function madeOf(entry: Record<string, unknown>): Made {
  const count = (x: unknown) => typeof x === "number" && Number.isInteger(x) && x >= 0;
  const counted = count(entry.errors) && count(entry.warnings) && count(entry.info);
  const problems = Array.isArray(entry.problems) ? entry.problems.filter((p): p is string => typeof p === "string") : [];
  const f = entry.figures as Record<string, unknown> | undefined;
  const figures =
    typeof f === "object" && f !== null && [f.source, f.target, f.links, f.unmatched].every(count) && typeof f.meanScore === "number"
      ? {
          source: f.source as number,
          target: f.target as number,
          links: f.links as number,
          unmatched: f.unmatched as number,
          meanScore: f.meanScore,
        }
      : undefined;
  return {
    made: entry.made as string,
    ...(counted ? { errors: entry.errors as number, warnings: entry.warnings as number, info: entry.info as number } : {}),
    ...(problems.length ? { problems } : {}),
    ...(figures ? { figures } : {}),
  };
}
