/**
 * One cost formula: the search's pruned costs, the explanations and the
 * review's alignment costs all come from `linkCost`. Checked on random links
 * of a real document, with the evidence the search itself laid out.
 */
import fc from "fast-check";
import { alignPath, linkShapes, searchModel } from "../src/align/index.js";
import { pairDictionary } from "../src/lang/lexicon.js";
import { alignSegments } from "../src/pipeline.js";
import { type CostInputs, DEFAULT_COST_PARAMS, explainLink, linkCost, prepareFeatures } from "../src/score/index.js";
import { segment } from "../src/segment/index.js";
import { corpus, read } from "./helpers.js";

const source = segment(read(corpus("handmade-bg-en", "bg.txt")), "bg");
const target = segment(read(corpus("handmade-bg-en", "en.txt")), "en");
// The pipeline's first pass: the built-in lexicon, nothing learned yet.
const features = prepareFeatures(source, target, "bg", "en", { dictionary: pairDictionary("bg", "en", {}) });
const search = alignPath(features, {}, undefined, undefined, true);
// The search costs links with its model (the estimate, its variance floored), as the explanations do.
const inputs: CostInputs = { features, evidence: search.evidence, model: searchModel(search.model), params: search.params };
const shapes = linkShapes(4);

/** A link of a searched shape that fits in the document. */
const link = fc
  .constantFrom(...shapes)
  .chain(([a, b]) =>
    fc.tuple(fc.constant(a), fc.constant(b), fc.integer({ min: 0, max: features.n - a }), fc.integer({ min: 0, max: features.m - b })),
  );

describe("one cost formula", () => {
  test("an explanation's total is the link's cost, and its terms add up to it", () => {
    fc.assert(
      fc.property(link, ([a, b, i, j]) => {
        const e = explainLink(inputs, i, a, j, b);
        expect(e.total).toBe(linkCost(inputs, i, a, j, b));
        expect(e.total).toBeCloseTo(e.length + e.kind - e.lexical + e.numberMismatch + e.questionMismatch + e.paragraph + e.heading, 9);
      }),
      { numRuns: 300 },
    );
  });

  test("a limit prunes only links that cost more than it, and changes no other cost", () => {
    fc.assert(
      fc.property(link, fc.double({ min: -20, max: 40, noNaN: true }), ([a, b, i, j], limit) => {
        const exact = linkCost(inputs, i, a, j, b);
        const pruned = linkCost(inputs, i, a, j, b, limit);
        if (pruned === Infinity) expect(exact).toBeGreaterThan(limit);
        else expect(pruned).toBe(exact);
      }),
      { numRuns: 500 },
    );
  });

  test("the paragraph term is the penalties of the link's starts and crossings, each weight where it belongs (weights all unlike)", () => {
    const params = { ...DEFAULT_COST_PARAMS, paragraphStart: 1.25, paragraphCross: 2.5, paragraphCrossBoth: 4.75 };
    const weighted: CostInputs = { ...inputs, params };
    const sp = (i: number) => source[i]!.paragraph;
    const tp = (j: number) => target[j]!.paragraph;
    expect(features.paragraphWeight).toBeGreaterThan(0);
    fc.assert(
      fc.property(link, ([a, b, i, j]) => {
        if (a === 0 || b === 0) return;
        const starts = (i === 0 || sp(i) !== sp(i - 1)) !== (j === 0 || tp(j) !== tp(j - 1));
        const sourceCrosses = sp(i) !== sp(i + a - 1);
        const targetCrosses = tp(j) !== tp(j + b - 1);
        const cross = sourceCrosses && targetCrosses ? 4.75 : sourceCrosses || targetCrosses ? 2.5 : 0;
        const expected = features.paragraphWeight * ((starts ? 1.25 : 0) + cross);
        expect(explainLink(weighted, i, a, j, b).paragraph).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  test("--explain reports the terms the search added: the path's explained totals are its links' costs", () => {
    const bitext = alignSegments(source, target, { explain: true, learn: false, review: false });
    expect(bitext.links.length).toBe(search.path.length);
    bitext.links.forEach((l, k) => {
      const [i, a, j, b] = search.path[k]!;
      expect([l.source.length, l.target.length]).toEqual([a, b]);
      expect(l.explain!.total).toBe(linkCost(inputs, i, a, j, b));
    });
  });
});
