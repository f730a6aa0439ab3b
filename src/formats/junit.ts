/**
 * The check report as JUnit XML, which GitLab, Jenkins and most CI systems
 * show as test results: a testsuite per pair, a testcase per problem (a
 * failure when it reaches --fail-on, its type the severity), one passing
 * testcase for a pair with nothing to list, an error for a pair that could
 * not be checked.
 */
import {
  type CheckReport,
  type CheckRun,
  counted,
  describeLocation,
  gapContext,
  type LocatedProblem,
  pairsInOrder,
  type SkippedFile,
} from "../review/report.js";
import { SEVERITY_RANK } from "../types.js";
import { checkRunFailOn } from "../validate.js";
import { type CiOptions, listed, listedFrom, primary, slashed } from "./ci.js";
import { escapeXml } from "./tmx.js";

export function writeJunit(run: CheckRun, options: CiOptions = {}): string {
  checkRunFailOn(run, "checkToJunit");
  const least = listedFrom(run, options);
  const suites = pairsInOrder(run).map((p) => {
    if ("report" in p) return suite(p.report, listed(p.report.problems, least), run.ignored ?? []);
    const f = p.failure;
    return [
      `  <testsuite name="${attr(`${f.source} → ${f.target}`)}" tests="1" failures="0" errors="1" skipped="0">`,
      `    <testcase classname="sverka.check" name="${attr(`${f.source} → ${f.target}`)}" file="${attr(slashed(f.source))}">`,
      `      <error type="not-checked" message="${attr(f.message)}">${escapeXml(f.message)}</error>`,
      "    </testcase>",
      "  </testsuite>",
    ].join("\n");
  });
  const skipped = run.skipped ?? [];
  // Files of the folder left unchecked: skipped test cases, or failures where the run fails on them (--fail-on-unpaired).
  if (skipped.length) suites.push(skippedSuite(skipped, run.failOnSkipped === true));
  const tests = run.reports.reduce((a, r) => a + Math.max(1, listed(r.problems, least).length), 0) + run.failures.length + skipped.length;
  const failures =
    run.reports.reduce((a, r) => a + r.problems.filter((p) => fails(p, r)).length, 0) + (run.failOnSkipped ? skipped.length : 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sverka check" tests="${tests}" failures="${failures}" errors="${run.failures.length}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}

function skippedSuite(files: readonly SkippedFile[], failing: boolean): string {
  const cases = files.map((f) => {
    const message = `not checked: ${f.reason}`;
    const verdict = failing
      ? `<failure type="not-checked" message="${attr(message)}">${escapeXml(`${f.file}: ${message}`)}</failure>`
      : `<skipped message="${attr(message)}"/>`;
    return [
      `    <testcase classname="sverka.check" name="${attr(`${f.file}: not checked`)}" file="${attr(slashed(f.file))}">`,
      `      ${verdict}`,
      "    </testcase>",
    ].join("\n");
  });
  const counts = failing ? `failures="${files.length}" errors="0" skipped="0"` : `failures="0" errors="0" skipped="${files.length}"`;
  return [`  <testsuite name="files not checked" tests="${files.length}" ${counts}>`, ...cases, "  </testsuite>"].join("\n");
}

function fails(p: LocatedProblem, r: CheckReport): boolean {
  return counted(p) && SEVERITY_RANK[p.severity] >= SEVERITY_RANK[r.failOn];
}

function suite(r: CheckReport, problems: readonly LocatedProblem[], ignored: readonly string[]): string {
  const { bitext } = r;
  const name = `${bitext.source.path ?? "source"} → ${bitext.target.path ?? "target"}`;
  const memory = bitext.source.path !== undefined && bitext.source.path === bitext.target.path;
  const cases = problems.map((p) => {
    const loc = primary(p);
    const where = p.locations.map((l) => describeLocation(l, bitext[l.side].lang, memory));
    const text = [
      p.reason,
      ...p.locations.map((l, k) => {
        // A gap shows the sentence it follows or precedes, as the text report does (stranger 85: nothing after the colon).
        if (l.gap) return `${where[k]}: ${gapContext(bitext[l.side], l)}`;
        const ids = p[l.side].filter((id) => id + 1 >= l.sentence && id + 1 <= l.lastSentence);
        return `${where[k]}: ${ids.map((id) => bitext[l.side].segments[id]!.text).join(" ")}`;
      }),
    ].join("\n");
    const head = `    <testcase classname="sverka.${attr(p.type)}" name="${attr(`${where[0] ?? "whole document"}: ${p.reason}`)}"${
      loc?.path !== undefined ? ` file="${attr(slashed(loc.path))}"${loc.line !== undefined ? ` line="${loc.line}"` : ""}` : ""
    }>`;
    const body = fails(p, r)
      ? `      <failure type="${p.severity}" message="${attr(`${p.type}: ${p.reason}`)}">${escapeXml(text)}</failure>`
      : `      <system-out>${escapeXml(`${p.severity} (below --fail-on ${r.failOn}): ${text}`)}</system-out>`;
    return [head, body, "    </testcase>"].join("\n");
  });
  if (cases.length === 0)
    cases.push(
      `    <testcase classname="sverka.check" name="${attr(`no problems at ${r.failOn} or above`)}" file="${attr(slashed(bitext.target.path ?? ""))}"/>`,
    );
  const failures = problems.filter((p) => fails(p, r)).length;
  return [
    `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
    `    <properties><property name="fail-on" value="${r.failOn}"/><property name="errors" value="${r.counts.error}"/><property name="warnings" value="${r.counts.warning}"/><property name="info" value="${r.counts.info}"/>${r.accepted !== undefined ? `<property name="accepted" value="${r.accepted}"/>` : ""}${ignored.length ? `<property name="ignored" value="${attr(ignored.join(","))}"/>` : ""}</properties>`,
    ...cases,
    "  </testsuite>",
  ].join("\n");
}

/** An attribute value: escaped, line breaks kept as character references (a parser would fold them to spaces). */
function attr(text: string): string {
  return escapeXml(text).replace(/\n/gu, "&#10;").replace(/\r/gu, "&#13;").replace(/\t/gu, "&#9;");
}
