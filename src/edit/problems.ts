/**
 * How many problems a bitext's flags make, as `sverka check` counts them: a
 * run of consecutive sentences with no counterpart (1-0 or 0-1 links, each
 * flagged missing or added) is one problem, a passage; every other flag is
 * one. Shared by the check's report (src/review/report.ts), the review
 * page's counts, which said "7 errors" where the report said 6, and batch's
 * table and report, which counted every sentence of a passage.
 */
import type { Bitext, Flag, Link, Severity } from "../types.js";

/** Whether `flag` is link k's sentence having no counterpart (a 1-0 link missing, a 0-1 link added): part of a passage. */
export function unmatchedFlag(link: Pick<Link, "source" | "target">, flag: { readonly type: string }): boolean {
  return (flag.type === "missing" && link.target.length === 0) || (flag.type === "added" && link.source.length === 0);
}

/** The problems of the links by severity: a passage counted once, at the severity of its first flag. */
export function problemCounts(links: readonly Pick<Link, "source" | "target" | "flags">[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { flag } of problems(links)) counts[flag.severity]++;
  return counts;
}

/** The problems of a pair by severity, as `sverka check` and `batch` count them: its links' (`problemCounts`) and its own (not a translation, out of order), one each. */
export function pairCounts(bitext: Pick<Bitext, "links" | "documentFlags">): Record<Severity, number> {
  const counts = problemCounts(bitext.links);
  for (const f of bitext.documentFlags ?? []) counts[f.severity]++;
  return counts;
}

/** The problems of the links in order, each with the link it is on: a passage once, by its first link's flag. */
export function problems(
  links: readonly Pick<Link, "source" | "target" | "flags">[],
): Array<{ readonly link: number; readonly flag: Flag }> {
  const out: Array<{ link: number; flag: Flag }> = [];
  // The last passage's type and the link it ends on: another flag on its link (a moved sentence checked with its
  // translation where it stands) does not end it, as the report's problems (src/review/report.ts) read it.
  let passage: Flag["type"] | undefined;
  let end = -1;
  links.forEach((link, k) => {
    for (const flag of link.flags ?? []) {
      const unmatched = unmatchedFlag(link, flag);
      if (!(unmatched && passage === flag.type && end === k - 1)) out.push({ link: k, flag });
      if (unmatched) [passage, end] = [flag.type, k];
    }
  });
  return out;
}
