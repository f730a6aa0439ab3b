/**
 * The flag counts of pairs a batch skipped as up to date, from the run that
 * wrote them, so that `batch --fail-on` gates a re-run as it gated the first:
 * recorded beside the output by the run that wrote it (`.sverka-batch`), else
 * read back from the previous `--report` (JSON or TSV, read before it is
 * written again), else from the pair's own output when it is a bitext JSON.
 */
import { readFile } from "node:fs/promises";
import type { JobResult } from "../batch/index.js";
import { pairCounts } from "../edit/problems.js";
import { readJson } from "../formats/json.js";
import { SEVERITY_RANK, type Severity } from "../types.js";

type Counts = { errors: number; warnings: number; info: number; problems?: string[] };

export async function countsOfSkipped(results: readonly JobResult[], reportPath: string | undefined): Promise<JobResult[]> {
  if (!results.some((r) => r.status === "skipped")) return [...results];
  const previous = reportPath ? await previousReport(reportPath) : new Map<string, Counts>();
  const out: JobResult[] = [];
  for (const r of results) {
    // Counts the output folder's record gave (src/batch/made.ts) stand; others are looked for.
    if (r.status !== "skipped" || r.errors !== undefined) {
      out.push(r);
      continue;
    }
    const fromReport = previous.get(r.name);
    const fromOutput = fromReport ? undefined : await countsOfOutput(r.output);
    if (fromReport) out.push({ ...r, ...fromReport, countsFrom: "report" });
    else if (fromOutput) out.push({ ...r, ...fromOutput, countsFrom: "output" });
    else out.push(r);
  }
  return out;
}

/** Whether a pair (done, or up to date with counts) has a flag at `failOn` or worse. */
export function failsOn(r: JobResult, failOn: Severity): boolean {
  if (r.status !== "done" && !(r.status === "skipped" && r.errors !== undefined)) return false;
  const rank = SEVERITY_RANK[failOn];
  return (r.errors ?? 0) > 0 || (rank <= 1 && (r.warnings ?? 0) > 0) || (rank === 0 && (r.info ?? 0) > 0);
}

/** The counts of each pair a previous --report gave (done, or skipped with counts), by name; nothing when there is none or it cannot be read. */
async function previousReport(path: string): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined) return out;
  const n = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : Number(x));
  if (path.toLowerCase().endsWith(".tsv")) {
    const [head, ...rows] = text.split("\n").filter((l) => l !== "");
    const cols = head?.split("\t") ?? [];
    const at = (name: string) => cols.indexOf(name);
    for (const row of rows) {
      const cells = row.split("\t");
      const errors = n(cells[at("errors")]);
      const warnings = n(cells[at("warnings")]);
      if (cells[at("errors")] === "" || !Number.isFinite(errors) || !Number.isFinite(warnings)) continue;
      out.set(cells[at("name")]!, { errors, warnings, info: Number.isFinite(n(cells[at("info")])) ? n(cells[at("info")]) : 0 });
    }
    return out;
  }
  try {
    const data = JSON.parse(text) as { pairs?: Array<Record<string, unknown>> };
    for (const p of data.pairs ?? [])
      if (typeof p.name === "string" && typeof p.errors === "number" && typeof p.warnings === "number") {
        // The pair's own problems (forced through in the wrong languages, not a translation) come along: a re-run must not forget them.
        const problems = Array.isArray(p.problems) ? p.problems.filter((x): x is string => typeof x === "string") : [];
        out.set(p.name, {
          errors: p.errors,
          warnings: p.warnings,
          info: typeof p.info === "number" ? p.info : 0,
          ...(problems.length ? { problems } : {}),
        });
      }
  } catch {
    // A report that is not JSON gives no counts.
  }
  return out;
}

/** The counts of a bitext JSON output's stored flags. */
async function countsOfOutput(path: string): Promise<Counts | undefined> {
  if (!path.toLowerCase().endsWith(".json")) return undefined;
  try {
    const bitext = readJson(await readFile(path, "utf8"), path);
    // Counted as the run that wrote it counted: the pair's own problems with its links'.
    const counts = pairCounts(bitext);
    const problems = (bitext.documentFlags ?? []).filter((f) => f.severity !== "info").map((f) => f.reason);
    return { errors: counts.error, warnings: counts.warning, info: counts.info, ...(problems.length ? { problems } : {}) };
  } catch {
    return undefined;
  }
}
