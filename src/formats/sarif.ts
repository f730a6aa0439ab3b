/**
 * The check report as SARIF 2.1.0 (OASIS), which GitHub code scanning and
 * many CI dashboards read: one run, a rule per flag type, a result per
 * problem with the flagged text's place in the input file (line and column,
 * in UTF-16 code units, for .txt and .md inputs).
 */
import type { CheckRun, LocatedProblem, Location } from "../review/report.js";
import { FLAG_TYPES, type Severity } from "../types.js";
import { checkRunFailOn } from "../validate.js";
import { VERSION } from "../version.js";
import { type CiOptions, listed, listedFrom, pathUri, shortPlace } from "./ci.js";

/** What each rule (flag type) looks for, for the tool's rule list. */
const RULES: Readonly<Record<string, string>> = {
  missing: "A source sentence left untranslated",
  added: "A translation sentence with no source (or a sentence translated twice)",
  numbers: "A number that differs between the source and the translation",
  dates: "A day, month or year that differs",
  units: "The same amount with another currency or unit",
  names: "A name, code or address missing from the translation",
  length: "A translation much shorter or longer than usual, or cut short",
  untranslated: "A translation left in the source language",
  divergent: "A translation that shares little with its source",
  merged: "Source sentences translated as one, or a numbered step merged into another",
  split: "A source sentence translated as several",
  order: "Two sentences translated in the opposite order",
  negation: "A negation on one side only: the meaning reversed",
  "not-a-translation": "The target does not look like a translation of the source",
  "out-of-order": "The translation does not follow the source's order (numbers written once in each text meet elsewhere)",
  "languages-forced": "The pair was aligned though its languages looked wrong (--force)",
  "checks-skipped": "Checks sverka has no language data or dictionary for, not run on this pair (a note on the review, failing nothing)",
  columns: "Pages set in two columns side by side, read across both: their sentences interleaved",
  "code-blocks": "A Markdown code block left out, added, changed in its code or never closed in the translation",
};

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

export function writeSarif(run: CheckRun, options: CiOptions = {}): string {
  checkRunFailOn(run, "checkToSarif");
  const ruleIds = [...FLAG_TYPES, "not-a-translation", ...Object.keys(RULES)].filter((id, k, all) => all.indexOf(id) === k);
  const least = listedFrom(run, options);
  const accepted = run.baseline ? `accepted in the baseline ${run.baseline.files.join(", ")}` : undefined;
  const results = run.reports.flatMap((r) =>
    listed(r.problems, least, { verified: true }).map((p) => result(p, ruleIds, accepted, r.bitext.target.path)),
  );
  const notifications = [
    ...run.failures.map((f) => ({
      level: "error",
      message: { text: `${f.source} → ${f.target} not checked: ${f.message}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(f.source) } } }],
    })),
    // Files of the folder left unchecked: said where a code-scanning view shows the run's health, an error where they fail it.
    ...(run.skipped ?? []).map((f) => ({
      level: run.failOnSkipped ? "error" : "warning",
      message: { text: `${f.file} not checked: ${f.reason}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(f.file) } } }],
    })),
  ];
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "sverka",
            version: VERSION,
            semanticVersion: VERSION,
            rules: ruleIds.map((id) => ({
              id,
              name: id,
              shortDescription: { text: RULES[id] ?? id },
              help: { text: `${RULES[id] ?? id}. See sverka's README, "The flags".` },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: run.failures.length === 0 && !(run.failOnSkipped && (run.skipped?.length ?? 0) > 0),
            // Flag types left out (--ignore): rules switched off for this run, as SARIF says it.
            ...(run.ignored?.length
              ? {
                  ruleConfigurationOverrides: run.ignored.map((id) => ({
                    descriptor: { id, index: ruleIds.indexOf(id) },
                    configuration: { enabled: false },
                  })),
                }
              : {}),
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** `document`: the translation's path, where a problem of the whole pair (no sentence of its own) is placed. */
function result(p: LocatedProblem, ruleIds: readonly string[], accepted: string | undefined, document: string | undefined) {
  const [first, ...rest] = p.locations.filter((l) => l.path !== undefined);
  const other = rest.map((l, k) => ({
    id: k + 1,
    ...physical(l),
    message: { text: `the ${l.side === "source" ? "source" : "translation"}: ${shortPlace(l)}` },
  }));
  return {
    ruleId: p.type,
    ruleIndex: ruleIds.indexOf(p.type),
    level: LEVEL[p.severity],
    message: {
      text:
        p.reason +
        (rest.length ? ` (${rest.map((l) => `${l.side === "source" ? "source" : "translation"}: ${shortPlace(l)}`).join("; ")})` : ""),
    },
    ...(first
      ? { locations: [physical(first)] }
      : document !== undefined
        ? { locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(document) } } }] }
        : {}),
    ...(other.length ? { relatedLocations: other } : {}),
    // A problem a reviewer verified, or a baseline accepted, is suppressed, as code scanning dismisses an alert: shown
    // as such, failing nothing. With a baseline, each result also says whether it is new (SARIF's baselineState).
    ...(p.status === "verified"
      ? { suppressions: [{ kind: "external", status: "accepted", justification: "verified by the reviewer" }] }
      : p.baseline === "accepted"
        ? { suppressions: [{ kind: "external", status: "accepted", justification: accepted ?? "accepted in the baseline" }] }
        : {}),
    // "updated": accepted on this source sentence before its translation changed.
    ...(accepted !== undefined
      ? { baselineState: p.baseline === "accepted" ? "unchanged" : p.baseline === "changed" ? "updated" : "new" }
      : {}),
  };
}

function physical(loc: Location) {
  return {
    physicalLocation: {
      artifactLocation: { uri: pathUri(loc.path!) },
      ...(loc.line !== undefined
        ? {
            region: {
              startLine: loc.line,
              startColumn: loc.column,
              ...(loc.endLine !== undefined ? { endLine: loc.endLine, endColumn: loc.endColumn } : {}),
            },
          }
        : {}),
    },
  };
}
