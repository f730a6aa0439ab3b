/**
 * The review page counts problems as `sverka check` does (src/edit/problems.ts): a passage of sentences left out
 * (or added) is one problem. Before, the page counted each flag: "7 errors" on a stranger's lease where check said 6.
 */
import fc from "fast-check";
import { problems as pageProblems, problemCounts } from "../src/edit/problems.js";
import { align } from "../src/index.js";
import { problems } from "../src/review/report.js";
import type { Bitext, Flag, Link, Severity } from "../src/types.js";
import { fixture, read } from "./helpers.js";

/** Problems of `check`'s report, by severity. */
function reportCounts(bitext: Bitext): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems(bitext)) if (p.links.length > 0) counts[p.severity]++;
  return counts;
}

describe("problem counts", () => {
  test("a lease with a passage of two sentences left out: the page's counts are the report's", () => {
    const b = align(read(fixture("qa", "lease.bg.txt")), read(fixture("qa", "lease.en-defects.txt")));
    const flagged = b.links.flatMap((l) => l.flags ?? []).filter((f) => f.severity === "error").length;
    const counts = problemCounts(b.links);
    expect(counts).toEqual(reportCounts(b));
    // The passage is one problem: fewer errors than flags.
    expect(counts.error).toBe(flagged - 1);
  });

  test("any links, any flags: the same counts as the report (property)", () => {
    const flag = fc.record({
      type: fc.constantFrom<Flag["type"]>("missing", "added", "numbers", "length"),
      severity: fc.constantFrom<Severity>("error", "warning", "info"),
    });
    const link = fc.record({ shape: fc.constantFrom("1-1", "1-0", "0-1"), flags: fc.array(flag, { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(link, { maxLength: 30 }), (drawn) => {
        let i = 0;
        let j = 0;
        const links: Link[] = drawn.map(({ shape, flags }) => {
          const source = shape === "0-1" ? [] : [i++];
          const target = shape === "1-0" ? [] : [j++];
          return { source, target, kind: shape as Link["kind"], score: 0.9, flags: flags.map((f) => ({ ...f, reason: "r" }) as Flag) };
        });
        const side = (lang: string, n: number) => ({
          lang,
          segments: Array.from({ length: n }, (_, id) => ({ id, text: "x", start: 0, end: 1, paragraph: 0 })),
        });
        const bitext: Bitext = { source: side("bg", i), target: side("en", j), links, model: { ratio: 1, variance: 1 } };
        expect(problemCounts(links)).toEqual(reportCounts(bitext));
        // The page's list: the report's problems, each on its first link.
        expect(pageProblems(links).map(({ link, flag }) => [link, flag.type, flag.severity])).toEqual(
          problems(bitext)
            .filter((p) => p.links.length > 0)
            .map((p) => [p.links[0], p.type, p.severity]),
        );
      }),
    );
  });
});

describe("a long passage", () => {
  test("a translation pasted twice: one passage of 150,000 added sentences, named by the sentences they repeat", () => {
    // Each sentence used to copy the passage's lists (quadratic: 20,000 took half a minute), and the range was
    // found by spreading every repeat into Math.min and Math.max (too many arguments for the stack).
    const n = 150_000;
    const segments = Array.from({ length: n }, (_, id) => ({ id, text: `Sentence ${id}.`, start: 0, end: 12, paragraph: 0 }));
    const links: Link[] = segments.map((_, k) => ({
      source: [],
      target: [k],
      kind: "0-1",
      score: 0.9,
      flags: [{ type: "added", severity: "error", reason: "not in the source", evidence: { repeats: n - 1 - k } } as Flag],
    }));
    const bitext: Bitext = {
      source: { lang: "bg", segments: [] },
      target: { lang: "en", segments },
      links,
      model: { ratio: 1, variance: 6.8 },
    };
    const [passage, ...rest] = problems(bitext);
    expect(rest).toEqual([]);
    expect(passage!.links).toHaveLength(n);
    expect(passage!.target).toEqual(segments.map((g) => g.id));
    expect(passage!.reason).toContain(`these ${n} sentences are translated twice: they say again what translation sentences 1-${n} say`);
    // The links' own lists are left as they were.
    expect(links[0]!.target).toEqual([0]);
  });
});
