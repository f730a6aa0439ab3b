/** One pair of a batch, start to finish: read, align, review, write. Runs in a worker thread. */
import { stat } from "node:fs/promises";
import { alignSegments } from "../index.js";
import { getLanguage } from "../lang/index.js";
import { readDocument } from "../read/index.js";
import { segment } from "../segment/index.js";
import { formats, type FormatName } from "../formats/index.js";
import { sideText } from "../formats/text.js";
import type { TmxUnit } from "../formats/tmx.js";
import { writeAtomic } from "../cli/output.js";
import { SverkaError } from "../errors.js";
import type { BatchPair } from "./manifest.js";

export interface JobOptions {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly format: FormatName;
  readonly segmented?: boolean;
  readonly maxLinkSize?: number;
  /** Return the memory units, for --merge-tmx. */
  readonly collectUnits?: boolean;
}

export type JobResult =
  | { readonly status: "done"; readonly name: string; readonly output: string; readonly source: number; readonly target: number; readonly links: number; readonly unmatched: number; readonly meanScore: number; readonly errors: number; readonly warnings: number; readonly seconds: number; readonly units?: TmxUnit[] }
  | { readonly status: "skipped"; readonly name: string; readonly output: string }
  | { readonly status: "failed"; readonly name: string; readonly output: string; readonly error: string };

/** Output newer than both inputs: nothing to do (unless forced). */
export async function upToDate(pair: BatchPair): Promise<boolean> {
  try {
    const [o, s, t] = await Promise.all([stat(pair.output), stat(pair.source), stat(pair.target)]);
    return o.mtimeMs > s.mtimeMs && o.mtimeMs > t.mtimeMs;
  } catch {
    return false;
  }
}

export async function runJob(pair: BatchPair, options: JobOptions): Promise<JobResult> {
  const started = performance.now();
  try {
    const read = (path: string, lang: string) => readDocument(path, { preferredEncodings: getLanguage(lang).legacyEncodings });
    const [source, target] = await Promise.all([read(pair.source, options.sourceLang), read(pair.target, options.targetLang)]);
    const bitext = alignSegments(
      segment(source.text, options.sourceLang, { segmented: options.segmented }),
      segment(target.text, options.targetLang, { segmented: options.segmented }),
      { sourceLang: options.sourceLang, targetLang: options.targetLang, sourcePath: pair.source, targetPath: pair.target, maxLinkSize: options.maxLinkSize },
    );
    await writeAtomic(pair.output, formats[options.format].write(bitext));
    const flags = bitext.links.flatMap((l) => l.flags ?? []);
    const both = bitext.links.filter((l) => l.source.length && l.target.length);
    return {
      status: "done",
      name: pair.name,
      output: pair.output,
      source: bitext.source.segments.length,
      target: bitext.target.segments.length,
      links: bitext.links.length,
      unmatched: bitext.links.length - both.length,
      meanScore: bitext.links.reduce((a, l) => a + l.score, 0) / Math.max(1, bitext.links.length),
      errors: flags.filter((f) => f.severity === "error").length,
      warnings: flags.filter((f) => f.severity === "warning").length,
      seconds: (performance.now() - started) / 1000,
      ...(options.collectUnits
        ? { units: both.filter((l) => l.status !== "rejected").map((l) => ({ source: sideText(bitext.source.segments, l.source), target: sideText(bitext.target.segments, l.target), score: l.score, document: pair.name })) }
        : {}),
    };
  } catch (error) {
    const message = error instanceof SverkaError ? error.message : `internal error: ${(error as Error).message}`;
    return { status: "failed", name: pair.name, output: pair.output, error: message };
  }
}
