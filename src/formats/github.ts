/**
 * The check report as GitHub Actions workflow commands: one
 * `::error file=…,line=…,col=…::message` line a problem (`::warning`,
 * `::notice` for the others), which GitHub shows on the file's line in the
 * pull request. A problem without a line in the file (an HTML or DOCX
 * input) is shown on the file.
 */
import type { CheckRun, LocatedProblem } from "../review/report.js";
import type { Severity } from "../types.js";
import { checkRunFailOn } from "../validate.js";
import { type CiOptions, listed, listedFrom, primary, shortPlace, slashed } from "./ci.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

export function writeGithub(run: CheckRun, options: CiOptions = {}): string {
  checkRunFailOn(run, "checkToGithub");
  const least = listedFrom(run, options);
  const lines = run.reports.flatMap((r) => listed(r.problems, least).map((p) => annotation(p)));
  for (const f of run.failures)
    lines.push(`::error file=${property(slashed(f.source))},title=${property("sverka: not checked")}::${data(f.message)}`);
  for (const f of run.skipped ?? [])
    lines.push(
      `::${run.failOnSkipped ? "error" : "warning"} file=${property(slashed(f.file))},title=${property("sverka: not checked")}::${data(f.reason)}`,
    );
  // Checks switched off are said where the job's summary shows them: a clean run must not pass for a full one.
  if (run.ignored?.length) lines.push(`::notice title=${property("sverka: not checked")}::${data(`${run.ignored.join(", ")} (--ignore)`)}`);
  return lines.length ? `${lines.join("\n")}\n` : "";
}

function annotation(p: LocatedProblem): string {
  const loc = primary(p);
  const others = p.locations.filter((l) => l !== loc && l.path !== undefined);
  const props = [
    ...(loc?.path !== undefined ? [`file=${property(slashed(loc.path))}`] : []),
    ...(loc?.line !== undefined
      ? [
          `line=${loc.line}`,
          // A memory's unit has a line and no column.
          ...(loc.column !== undefined ? [`col=${loc.column}`] : []),
          ...(loc.endLine !== undefined ? [`endLine=${loc.endLine}`, `endColumn=${loc.endColumn}`] : []),
        ]
      : []),
    `title=${property(`sverka ${p.type}`)}`,
  ];
  const message =
    p.reason +
    (others.length ? ` (${others.map((l) => `${l.side === "source" ? "source" : "translation"}: ${shortPlace(l)}`).join("; ")})` : "");
  return `::${COMMAND[p.severity]} ${props.join(",")}::${data(message)}`;
}

/** A command's message, escaped as the runner unescapes it. */
function data(text: string): string {
  return text.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");
}

/** A command property's value: also `:` and `,`, which end it. */
function property(text: string): string {
  return data(text).replace(/:/gu, "%3A").replace(/,/gu, "%2C");
}
