/**
 * Problems accepted earlier (`check --baseline`): a gate that fails on what is
 * new, not on what a reviewer already judged and let stand. A baseline is a
 * check report saved as JSON (every problem it lists, except those on links a
 * reviewer rejected) or a reviewed bitext (every problem of the links a
 * reviewer verified).
 *
 * A problem is the one accepted when it is found in the same document, of the
 * same type, on sentences of the same texts: ids, lines and paragraphs move
 * when a document is edited elsewhere, and a sentence that changed is judged
 * again. The same problem is accepted as many times as the baseline holds it:
 * a clause accepted once and pasted again is new the second time, and so is
 * one in another document.
 */
import { SverkaError } from "../errors.js";
import type { Bitext } from "../types.js";
import { type Problem, problemTexts } from "./report.js";

/** One problem a baseline accepts. */
export interface BaselineEntry {
  /** Its document (`documentOf`): the source file's folder and name. */
  readonly document: string;
  /** Its flag type; "*" for a link a reviewer verified, whatever it is flagged with. */
  readonly type: string;
  readonly sourceText: string;
  readonly targetText: string;
}

/**
 * The document a problem is in, as a baseline knows it: the source file's
 * path as the check was given it, with forward slashes and no leading "./"
 * ("clients/acme/lease/bg.txt"); "" for texts with no file. Two clients'
 * leases in folders of the same name are two documents: a gate run from the
 * repository's root names each alike every time.
 */
export function documentOf(path: string | undefined): string {
  if (path === undefined) return "";
  return path
    .replace(/\\/gu, "/")
    .replace(/\/{2,}/gu, "/")
    .replace(/^(?:\.\/)+/u, "");
}

/** Texts as compared: Unicode's composed form, whitespace as one space. */
function norm(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

function keyOf(document: string, type: string, sourceText: string, targetText: string): string {
  return [document, type, norm(sourceText), norm(targetText)].join("\u0001");
}

/** What a run made of a baseline (`Baseline.use`). */
export interface BaselineUse {
  readonly files: readonly string[];
  /** Problems the baseline accepts. */
  readonly entries: number;
  /** Of those, the ones found again in this run, and accepted. */
  readonly found: number;
  /** Those of documents this run checked that it did not find (fixed, or their sentences changed), in the baseline's order. */
  readonly notFound: readonly BaselineEntry[];
  /** Those of documents this run did not check, or of flag types it was told to ignore: not looked for. */
  readonly elsewhere: number;
}

/**
 * A baseline's accepted problems, and what a run has taken of them: one
 * object serves one run (every pair of a folder), each problem accepted once.
 */
export class Baseline {
  readonly files: readonly string[];
  readonly entries: readonly BaselineEntry[];
  /** How many times each key is still to be accepted. */
  private readonly left = new Map<string, number>();
  /** Keys of the source sentences with a problem of a type accepted (document, type, source text): a translation changed since. */
  private readonly sources = new Set<string>();
  /** Every key the baseline holds: a problem of one, taken as often as it was, is new, not changed. */
  private readonly held = new Set<string>();

  constructor(files: readonly string[], entries: readonly BaselineEntry[]) {
    this.files = files;
    this.entries = entries;
    for (const e of entries) {
      const key = keyOf(e.document, e.type, e.sourceText, e.targetText);
      this.left.set(key, (this.left.get(key) ?? 0) + 1);
      this.held.add(key);
      this.sources.add(keyOf(e.document, e.type, e.sourceText, ""));
    }
  }

  /** Several baselines as one (a fresh one: nothing taken yet). */
  static join(list: readonly Baseline[]): Baseline {
    return new Baseline(
      list.flatMap((b) => b.files),
      list.flatMap((b) => b.entries),
    );
  }

  /**
   * Whether the baseline accepts problem `p` of `bitext`, taking it when it does: "accepted"; "changed" where it
   * accepted a problem of this type on this source sentence, and the translation has changed since; else undefined.
   */
  take(p: Problem, bitext: Bitext): "accepted" | "changed" | undefined {
    const { sourceText, targetText } = problemTexts(p, bitext);
    const document = documentOf(bitext.source.path);
    for (const type of [p.type, "*"]) {
      const key = keyOf(document, type, sourceText, targetText);
      const n = this.left.get(key) ?? 0;
      if (n > 0) {
        this.left.set(key, n - 1);
        return "accepted";
      }
    }
    // The same sentences again, once more than accepted (a clause pasted twice): new, not changed.
    if (this.held.has(keyOf(document, p.type, sourceText, targetText))) return undefined;
    return p.source.length > 0 && this.sources.has(keyOf(document, p.type, sourceText, "")) ? "changed" : undefined;
  }

  /** What the run made of it, given the documents it checked and the flag types it ignored. */
  use(checked: readonly Bitext[], ignored: ReadonlySet<string> = new Set()): BaselineUse {
    const documents = new Set(checked.map((b) => documentOf(b.source.path)));
    const left = new Map(this.left);
    const notFound: BaselineEntry[] = [];
    let elsewhere = 0;
    for (const e of this.entries) {
      const key = keyOf(e.document, e.type, e.sourceText, e.targetText);
      const n = left.get(key) ?? 0;
      if (n === 0) continue;
      left.set(key, n - 1);
      if (!documents.has(e.document) || ignored.has(e.type)) elsewhere++;
      else notFound.push(e);
    }
    return {
      files: this.files,
      entries: this.entries.length,
      found: this.entries.length - notFound.length - elsewhere,
      notFound,
      elsewhere,
    };
  }
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
  const report = data as { format: string; version?: unknown; problems?: unknown; pairs?: unknown; source?: { path?: unknown } };
  if (report.version !== 1) throw bad(`a check report of version ${JSON.stringify(report.version)}; this sverka reads version 1`);
  type Pair = { problems?: unknown; source?: { path?: unknown } };
  const pairs: Pair[] | undefined =
    report.format === "sverka-check" ? [report] : Array.isArray(report.pairs) ? (report.pairs as Pair[]) : undefined;
  if (!pairs) throw bad('a batch report without "pairs"');
  const entries: BaselineEntry[] = [];
  for (const [n, pair] of pairs.entries()) {
    // A pair that could not be checked has an error and no problems.
    if (pair?.problems === undefined && report.format === "sverka-check-batch") continue;
    const where = report.format === "sverka-check" ? "" : `pairs[${n}].`;
    if (!Array.isArray(pair?.problems)) throw bad(`${where}problems is not a list`);
    const path = pair.source?.path;
    const document = documentOf(typeof path === "string" ? path : undefined);
    for (const [k, item] of pair.problems.entries()) {
      const p = item as { type?: unknown; sourceText?: unknown; targetText?: unknown; status?: unknown } | null;
      if (typeof p?.type !== "string" || typeof p.sourceText !== "string" || typeof p.targetText !== "string")
        throw bad(`${where}problem ${k + 1} has no type, sourceText and targetText (as check -f json writes them)`);
      if (p.status !== "rejected") entries.push({ document, type: p.type, sourceText: p.sourceText, targetText: p.targetText });
    }
  }
  return new Baseline([file], entries);
}

/**
 * What a reviewed bitext accepts: every problem of the links a reviewer
 * verified (on the review page, in the workbook), whatever it is flagged
 * with now, and nothing else. The link's texts are what was verified: a
 * reviewer's correction over the translation.
 */
export function baselineFromBitext(bitext: Bitext, file: string): Baseline {
  const document = documentOf(bitext.source.path);
  const entries = bitext.links.filter((l) => l.status === "verified").map((l) => ({ document, type: "*", ...problemTexts(l, bitext) }));
  return new Baseline([file], entries);
}
