/** The review as a table of checks: the order and the final checks, one context for all, the aligner's weights. */
import { alignSegments } from "../src/pipeline.js";
import { buildReviewContext, CHECKS, type Check, review, reviewLink } from "../src/review/index.js";
import { linkCost, resolveCostParams } from "../src/score/index.js";
import { segment } from "../src/segment/index.js";
import type { Bitext } from "../src/types.js";
import { corpus, read } from "./helpers.js";

const seedBg = segment(read(corpus("osce-alliance-2024", "bg.sentences.txt")), "bg", { segmented: true });
const seedEn = segment(read(corpus("osce-alliance-2024", "en.sentences.txt")), "en", { segmented: true });
const aligned = alignSegments(seedBg, seedEn, { review: false });

/** The seed pair with translation 5 dropped, and the aligner's mistake: source 5 given the translation of source 6, source 6 left alone. */
function gapBitext(): Bitext {
  const texts = seedEn.map((s) => s.text).filter((_, k) => k !== 5);
  const n = seedBg.length;
  const links = Array.from({ length: n }, (_, k) => {
    const target = k < 6 ? [k] : k === 6 ? [] : [k - 1];
    return {
      source: [k],
      target,
      kind: (target.length ? "1-1" : "1-0") as Bitext["links"][number]["kind"],
      score: k === 5 || k === 6 ? 0.6 : 0.99,
    };
  });
  return {
    source: aligned.source,
    target: { lang: "en", segments: texts.map((text, id) => ({ id, text, start: 0, end: text.length, paragraph: 0 })) },
    links,
    model: aligned.model,
  };
}

describe("the table of checks", () => {
  test("every check has a name of its own", () => {
    const names = CHECKS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test("a final check ends the link's review: a sentence with no counterpart gets that flag alone", () => {
    const b = gapBitext();
    const ctx = buildReviewContext(b);
    expect(reviewLink(ctx, 6).map((f) => [f.type, f.severity])).toEqual([["missing", "error"]]);
    // Without the final checks, the same link would be judged by the rest too (here: nothing more to say).
    expect(CHECKS.filter((c) => c.final).map((c) => c.name)).toEqual([
      "source sentence not translated",
      "translation sentence not in the source",
      "empty translation",
      "empty source",
    ]);
  });

  test("a link's flags come in the order of the checks, up to the first final one that flags it", () => {
    const ctx = buildReviewContext(gapBitext());
    const say = (reason: string, final = false): Check => ({
      name: reason,
      final,
      run: () => ({ type: "merged", severity: "info", reason }),
    });
    const silent: Check = { name: "silent", final: true, run: () => undefined };
    expect(reviewLink(ctx, 0, [say("a"), silent, say("b", true), say("c")]).map((f) => f.reason)).toEqual(["a", "b"]);
    expect(reviewLink(ctx, 0, [say("c"), say("a")]).map((f) => f.reason)).toEqual(["c", "a"]);
    // Each check sees what the ones before it raised.
    const seen: number[] = [];
    const counting: Check = {
      name: "counting",
      run: (_c, _l, _k, earlier) => {
        seen.push(earlier.length);
        return undefined;
      },
    };
    reviewLink(ctx, 0, [say("a"), counting, say("b"), counting]);
    expect(seen).toEqual([1, 2]);
  });

  test("the gap check compares alignment costs with the weights the bitext was aligned with", () => {
    const b = gapBitext();
    const heavy = resolveCostParams({ lexicalWeight: 2.5 });
    const gapCost = (bt: Bitext) => {
      const f = bt.links[5]!.flags!.find((x) => x.type === "missing");
      return f?.evidence && "cost" in f.evidence ? f.evidence.cost : undefined;
    };
    const plain = gapCost(review(b));
    const weighted = gapCost(review(b, { costParams: heavy }));
    expect(plain).toBeDefined();
    expect(weighted).toBeDefined();
    expect(weighted).not.toBe(plain);
    const ctx = buildReviewContext(b, { costParams: heavy });
    expect(weighted).toBeCloseTo(linkCost(ctx.costs, 5, 1, 5, 1), 3);
  });

  test("alignSegments hands its cost weights to the review", () => {
    const params = { lexicalWeight: 2.5 };
    const b = alignSegments(seedBg, seedEn, { params, learn: false, review: false });
    const direct = review(b, { costParams: resolveCostParams(params) });
    const piped = alignSegments(seedBg, seedEn, { params, learn: false });
    expect(piped.links.map((l) => l.flags)).toEqual(direct.links.map((l) => l.flags));
  });
});
