/**
 * Problems accepted earlier (`check --baseline`): a gate that fails on what is
 * new, not on what a reviewer already judged and let stand. A baseline is a
 * check report saved as JSON (every problem it lists, except those on links a
 * reviewer rejected) or a reviewed bitext (the problems of the links a
 * reviewer verified). A problem is the one accepted when its type and the
 * texts of its sentences are the same: ids, lines and paragraphs move when the
 * documents are edited elsewhere, and a sentence that changed is judged again.
 */
import { SverkaError } from "../errors.js";
import type { Bitext } from "../types.js";
import { keyOf, problemKey, problems } from "./report.js";

/** What a baseline accepts, and where it was read. */
export interface Baseline {
  /** The file(s) it was read from, for the reports. */
  readonly files: readonly string[];
  /** The accepted problems' keys (`problemKey`). */
  readonly keys: ReadonlySet<string>;
}

/** Whether parsed JSON is a check report (`sverka-check` or `sverka-check-batch`), not a bitext. */
export function isCheckReport(data: unknown): boolean {
  const format = (data as { format?: unknown } | null)?.format;
  return format === "sverka-check" || format === "sverka-check-batch";
}

/**
 * The problems a saved check report accepts: all it lists but those on links
 * a reviewer rejected (a rejected link's problem stands). Throws a SverkaError
 * naming `file` for a report it cannot read.
 */
export function baselineFromReport(data: unknown, file: string): Baseline {
  const bad = (why: string) => new SverkaError(`not a baseline sverka can read: ${why}`, { path: file });
  if (!isCheckReport(data)) throw bad('expected a check report ("format": "sverka-check" or "sverka-check-batch")');
  const report = data as { format: string; problems?: unknown; pairs?: unknown };
  const lists =
    report.format === "sverka-check"
      ? [report.problems]
      : Array.isArray(report.pairs)
        ? report.pairs.map((p: unknown) => (p as { problems?: unknown } | null)?.problems ?? [])
        : undefined;
  if (!lists) throw bad('a batch report without "pairs"');
  const keys = new Set<string>();
  for (const [n, list] of lists.entries()) {
    if (!Array.isArray(list)) throw bad(`${report.format === "sverka-check" ? "" : `pairs[${n}].`}problems is not a list`);
    for (const [k, item] of list.entries()) {
      const p = item as { type?: unknown; sourceText?: unknown; targetText?: unknown; status?: unknown } | null;
      if (typeof p?.type !== "string" || typeof p.sourceText !== "string" || typeof p.targetText !== "string")
        throw bad(`problem ${k + 1} has no type, sourceText and targetText (as check -f json writes them)`);
      if (p.status !== "rejected") keys.add(problemKey(p.type, p.sourceText, p.targetText));
    }
  }
  return { files: [file], keys };
}

/** The problems a reviewed bitext accepts: those of the links a reviewer verified (on the review page, in the workbook). */
export function baselineFromBitext(bitext: Bitext, file: string): Baseline {
  const keys = new Set<string>();
  for (const p of problems(bitext)) if (p.status === "verified") keys.add(keyOf(p, bitext));
  return { files: [file], keys };
}

/** Several baselines as one. */
export function joinBaselines(list: readonly Baseline[]): Baseline {
  return { files: list.flatMap((b) => b.files), keys: new Set(list.flatMap((b) => [...b.keys])) };
}
