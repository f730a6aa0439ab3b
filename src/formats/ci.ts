/** What the CI report formats (SARIF, JUnit, GitHub annotations) share: which problems they list, and file paths as CI systems want them. */
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { type CheckRun, counted, type LocatedProblem, type Location } from "../review/report.js";
import { SEVERITY_RANK, type Severity } from "../types.js";

/** Options of the CI formats. */
export interface CiOptions {
  /** List problems of this severity or worse (default: warning, or --fail-on when that is lower). */
  readonly show?: Severity;
}

/** The least severity listed: `show`, but never above the run's --fail-on (what fails a run is always listed). */
export function listedFrom(run: CheckRun, options: CiOptions): Severity {
  const show = options.show ?? "warning";
  return SEVERITY_RANK[run.failOn] < SEVERITY_RANK[show] ? run.failOn : show;
}

/**
 * The problems listed at `least` or worse; with `verified`, also those a reviewer verified or a baseline accepted
 * (SARIF lists them as suppressed).
 */
export function listed(problems: readonly LocatedProblem[], least: Severity, options: { verified?: boolean } = {}): LocatedProblem[] {
  return problems.filter((p) => SEVERITY_RANK[p.severity] >= SEVERITY_RANK[least] && (options.verified || counted(p)));
}

/** A path as a URI reference: relative paths stay relative (to the working folder, which a CI job's checkout is), with forward slashes. */
export function pathUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split(/[\\/]/u).map(encodeURIComponent).join("/");
}

/** A path with forward slashes, as GitHub and GitLab name files of the repository. */
export function slashed(path: string): string {
  return path.replace(/\\/gu, "/").replace(/^\.\//u, "");
}

/** The problem's first place with a file. */
export function primary(p: LocatedProblem): Location | undefined {
  return p.locations.find((l) => l.path !== undefined);
}

/** `bg.txt:15:28` or `bg.txt, sentence 15`: a place for a message. */
export function shortPlace(loc: Location): string {
  if (loc.line !== undefined) return `${loc.path}:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ""}`;
  return `${loc.path ?? loc.side}, sentence ${loc.sentence}`;
}
