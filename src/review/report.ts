/** The `check` report: problems in document order, as text or JSON, and the exit code they imply. */
import type { ChalkInstance } from "chalk";
import { ExitCode } from "../errors.js";
import type { Bitext, DocumentFlag, Flag, FlagType, Severity } from "../types.js";
import { SEVERITY_RANK } from "../types.js";

/** One thing to look at: a flag on a link, a whole passage of unmatched sentences, or the pair as a whole (no links). */
export interface Problem {
  readonly type: FlagType | DocumentFlag["type"];
  readonly severity: Severity;
  readonly reason: string;
  /** Indices into `bitext.links`. */
  readonly links: readonly number[];
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly evidence?: Flag["evidence"] | DocumentFlag["evidence"];
}

export function problems(bitext: Bitext): Problem[] {
  // The pair's own problems first: they say what to make of all the rest.
  const out: Problem[] = (bitext.documentFlags ?? []).map((f) => ({ ...f, links: [], source: [], target: [] }));
  const whole = out.length;
  bitext.links.forEach((link, k) => {
    for (const flag of link.flags ?? []) {
      const prev = out.length > whole ? out[out.length - 1] : undefined;
      const unmatched = flag.type === "missing" || flag.type === "added";
      if (unmatched && prev && prev.type === flag.type && prev.links[prev.links.length - 1] === k - 1) {
        // Consecutive unmatched sentences are one passage.
        out[out.length - 1] = {
          ...prev,
          links: [...prev.links, k],
          source: [...prev.source, ...link.source],
          target: [...prev.target, ...link.target],
        };
        continue;
      }
      out.push({
        type: flag.type,
        severity: flag.severity,
        reason: flag.reason,
        links: [k],
        source: link.source,
        target: link.target,
        ...(flag.evidence ? { evidence: flag.evidence } : {}),
      });
    }
  });
  return out.map((p) => (p.links.length > 1 ? { ...p, reason: passageReason(p, bitext) } : p));
}

function passageReason(p: Problem, bitext: Bitext): string {
  const side = p.type === "missing" ? bitext.source : bitext.target;
  const ids = p.type === "missing" ? p.source : p.target;
  const paragraphs = [...new Set(ids.map((id) => side.segments[id]!.paragraph + 1))];
  const where = paragraphs.length === 1 ? `paragraph ${paragraphs[0]}` : `paragraphs ${paragraphs[0]}-${paragraphs[paragraphs.length - 1]}`;
  return `${where}, ${ids.length} sentences, ${p.type === "missing" ? "not translated" : "not in the source"}`;
}

export function countBySeverity(list: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { info: 0, warning: 0, error: 0 };
  for (const p of list) counts[p.severity]++;
  return counts;
}

/** 1 when any problem reaches `failOn`, else 0. */
export function checkExitCode(list: readonly Problem[], failOn: Severity): number {
  return list.some((p) => SEVERITY_RANK[p.severity] >= SEVERITY_RANK[failOn]) ? ExitCode.problems : ExitCode.ok;
}

const SYMBOL: Record<Severity, string> = { error: "✗", warning: "!", info: "i" };

/** A readable report: one block per problem at or above `show`, then a summary line. */
export function renderText(
  bitext: Bitext,
  list: readonly Problem[],
  c: ChalkInstance,
  options: { show: Severity; failOn: Severity },
): string {
  const colour = (s: Severity) => (s === "error" ? c.red : s === "warning" ? c.yellow : c.blue);
  const excerpt = (ids: readonly number[], segs: Bitext["source"]["segments"]) => {
    const text = ids
      .map((id) => segs[id]!.text)
      .join(" ")
      .replace(/\s+/gu, " ");
    return text.length > 160 ? `${text.slice(0, 157)}...` : text;
  };
  // Both sides from one file: the units of a translation memory.
  const memory = bitext.source.path !== undefined && bitext.source.path === bitext.target.path;
  const where = (p: Problem) => {
    const r = (ids: readonly number[]) =>
      ids.length === 0 ? "-" : ids.length === 1 ? `${ids[0]! + 1}` : `${ids[0]! + 1}-${ids[ids.length - 1]! + 1}`;
    if (p.links.length === 0) return c.dim("whole document");
    return c.dim(memory ? `unit ${r(p.source)}` : `source ${r(p.source)}, target ${r(p.target)}`);
  };
  const lines = [
    memory
      ? `${c.bold("sverka check")} ${bitext.source.path} ${c.dim(`(${bitext.links.length} units, ${bitext.source.lang} → ${bitext.target.lang})`)}`
      : `${c.bold("sverka check")} ${bitext.source.path ?? "(source)"} ${c.dim("→")} ${bitext.target.path ?? "(target)"}`,
  ];
  const shown = list.filter((p) => SEVERITY_RANK[p.severity] >= SEVERITY_RANK[options.show]);
  for (const p of shown) {
    lines.push(
      `${colour(p.severity)(`${SYMBOL[p.severity]} ${p.severity.padEnd(7)}`)} ${c.bold(p.type.padEnd(12))} ${p.reason}  ${where(p)}`,
    );
    if (p.source.length) lines.push(`    ${c.dim(`${bitext.source.lang}:`)} ${excerpt(p.source, bitext.source.segments)}`);
    if (p.target.length) lines.push(`    ${c.dim(`${bitext.target.lang}:`)} ${excerpt(p.target, bitext.target.segments)}`);
  }
  const n = countBySeverity(list);
  const flaggedLinks = bitext.links.filter((l) => (l.flags ?? []).some((f) => f.severity !== "info")).length;
  const failing = checkExitCode(list, options.failOn) !== 0;
  const hidden = list.length - shown.length;
  lines.push(
    `${failing ? c.red("✗") : c.green("✓")} ${plural(n.error, "error")}, ${plural(n.warning, "warning")}, ${n.info} info in ${bitext.links.length} links ` +
      `(${flaggedLinks} flagged)${hidden ? c.dim(`; ${hidden} below ${options.show} not shown (--show info)`) : ""}; fails on ${options.failOn}`,
  );
  return `${lines.join("\n")}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The report as data. */
export function renderJson(bitext: Bitext, list: readonly Problem[], failOn: Severity): string {
  return `${JSON.stringify(
    {
      format: "sverka-check",
      version: 1,
      source: { lang: bitext.source.lang, path: bitext.source.path, segments: bitext.source.segments.length },
      target: { lang: bitext.target.lang, path: bitext.target.path, segments: bitext.target.segments.length },
      links: bitext.links.length,
      counts: countBySeverity(list),
      failOn,
      exitCode: checkExitCode(list, failOn),
      problems: list.map((p) => ({
        ...p,
        sourceText: p.source.map((id) => bitext.source.segments[id]!.text).join(" "),
        targetText: p.target.map((id) => bitext.target.segments[id]!.text).join(" "),
      })),
    },
    null,
    2,
  )}\n`;
}
