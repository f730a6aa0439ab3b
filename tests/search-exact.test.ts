/**
 * The search's shortcuts change nothing: a search that keeps no costs
 * prunes by a hair above the best way into a cell (not 20 nats), cognates
 * are screened by their letters before the edit distance, learning skips
 * pairs whose Dice cannot reach the threshold, and `logAdd` skips what
 * cannot change a sum. Each is checked against the long way round on
 * random input.
 */
import fc from "fast-check";
import { alignPath, linkShapes, logAdd, SKIP_TILT, type Step } from "../src/align/index.js";
import { getLanguage } from "../src/lang/index.js";
import { pairDictionary } from "../src/lang/lexicon.js";
import { letterMask, mayBeCognates } from "../src/score/cognates.js";
import {
  cognateSimilarity,
  costInputs,
  DEFAULT_COST_PARAMS,
  learnFromBags,
  linkCost,
  prepareFeatures,
  shapedLinkCost,
  shapePriors,
  skeleton,
  tokenize,
} from "../src/score/index.js";
import { lengthCost, lengthCostFloor } from "../src/score/length.js";
import { segment } from "../src/segment/index.js";
import type { LengthModel, Segment } from "../src/types.js";
import { corpus, read } from "./helpers.js";
import { referenceLearn } from "./reference/learn.js";

const sentences = (name: string, lang: string) => segment(read(corpus(name, `${lang}.sentences.txt`)), lang, { segmented: true });
const BG = [...sentences("osce-alliance-2024", "bg"), ...sentences("handmade-bg-en", "bg")].map((s) => s.text);
const EN = [...sentences("osce-alliance-2024", "en"), ...sentences("handmade-bg-en", "en")].map((s) => s.text);

/** A translation pair with damage: sentences of the corpora in random order, some left out on either side, some joined, some paragraphs. */
const damagedPair = fc
  .array(
    fc.tuple(fc.nat(Math.min(BG.length, EN.length) - 1), fc.constantFrom("both", "both", "both", "source", "target", "join"), fc.boolean()),
    {
      minLength: 2,
      maxLength: 24,
    },
  )
  .map((plan) => {
    const source: string[] = [];
    const target: string[] = [];
    const sp: number[] = [];
    const tp: number[] = [];
    let paragraph = 0;
    for (const [k, what, brk] of plan) {
      if (brk) paragraph++;
      if (what !== "target") {
        source.push(BG[k]!);
        sp.push(paragraph);
      }
      if (what === "join" && target.length > 0) target[target.length - 1] += ` ${EN[k]!}`;
      else if (what !== "source") {
        target.push(EN[k]!);
        tp.push(paragraph);
      }
    }
    const segs = (texts: string[], ps: number[]): Segment[] =>
      texts.map((text, id) => ({ id, text, start: 0, end: text.length, paragraph: ps[id]! }));
    return [segs(source, sp), segs(target, tp)] as const;
  })
  .filter(([s, t]) => s.length > 0 && t.length > 0);

describe("search shortcuts", () => {
  test("a search that keeps no costs finds the path one that keeps them finds (random damaged pairs, every cell)", () => {
    const lexicon = pairDictionary("bg", "en", {});
    fc.assert(
      fc.property(
        damagedPair,
        fc.double({ min: 0.6, max: 2, noNaN: true }),
        fc.double({ min: 1, max: 12, noNaN: true }),
        ([s, t], ratio, variance) => {
          const f = prepareFeatures(s, t, "bg", "en", { dictionary: lexicon });
          const model = { ratio, variance };
          const tight = alignPath(f, { search: "full" }, model, undefined, false).path;
          const wide = alignPath(f, { search: "full" }, model, undefined, true).path;
          expect(tight).toEqual(wide);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("a link's cost with its prior given is linkCost's, and a limit only ever turns a cost above it into Infinity", () => {
    const lexicon = pairDictionary("bg", "en", {});
    const shapes = linkShapes(4);
    const priors = shapePriors(DEFAULT_COST_PARAMS, shapes);
    fc.assert(
      fc.property(damagedPair, fc.double({ min: -5, max: 30, noNaN: true }), ([s, t], limit) => {
        const f = prepareFeatures(s, t, "bg", "en", { dictionary: lexicon });
        const inputs = costInputs(f, { ratio: 0.55, variance: 3 });
        for (const [q, [a, b]] of shapes.entries())
          for (let i = 0; i + a <= f.n; i++)
            for (let j = 0; j + b <= f.m; j++) {
              const exact = linkCost(inputs, i, a, j, b);
              expect(shapedLinkCost(inputs, priors[q]!, i, a, j, b)).toBe(exact);
              const limited = shapedLinkCost(inputs, priors[q]!, i, a, j, b, limit);
              if (limited === Infinity) expect(exact).toBeGreaterThan(limit - 1e-7);
              else expect(limited).toBe(exact);
            }
      }),
      { numRuns: 30 },
    );
  });

  test("the search finds the path a plain Viterbi over every link's whole cost finds (random damaged pairs, every cell)", () => {
    const lexicon = pairDictionary("bg", "en", {});
    fc.assert(
      fc.property(
        damagedPair,
        fc.double({ min: 0.6, max: 2, noNaN: true }),
        fc.double({ min: 2, max: 12, noNaN: true }),
        ([s, t], ratio, variance) => {
          const f = prepareFeatures(s, t, "bg", "en", { dictionary: lexicon });
          const model = { ratio, variance };
          const plain = plainViterbi(f, model);
          expect(alignPath(f, { search: "full" }, model, undefined, false).path).toEqual(plain);
          expect(alignPath(f, { search: "full" }, model, undefined, true).path).toEqual(plain);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("a link's length term is never below its floor, which settles links without a logarithm", () => {
    const model = fc.record({ ratio: fc.double({ min: 0.2, max: 5, noNaN: true }), variance: fc.double({ min: 1, max: 60, noNaN: true }) });
    const chars = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 5000 }));
    fc.assert(
      fc.property(chars, chars, model, (sc, tc, m) => {
        expect(lengthCostFloor(sc, tc, m)).toBeLessThanOrEqual(lengthCost(sc, tc, m));
      }),
      { numRuns: 50_000 },
    );
    // Tight where it matters: far from the expected length the floor is most of the cost.
    const m = { ratio: 0.55, variance: 3 };
    expect(lengthCostFloor(100, 100, m)).toBeGreaterThan(0.6 * lengthCost(100, 100, m));
  });

  test("cognates are never screened out by their letters", () => {
    const bg = getLanguage("bg");
    const words = [...BG.join(" ").matchAll(/\p{L}+/gu)].map((m) => skeleton(bg.transliterate(m[0].toLowerCase())));
    const en = [...EN.join(" ").matchAll(/\p{L}+/gu)].map((m) => skeleton(m[0].toLowerCase()));
    const skeletons = [...new Set([...words, ...en])];
    // Words of the corpora and made-up ones over a few letters, so that near misses are common.
    const made = fc.string({ unit: fc.constantFrom("a", "b", "k", "o", "r", "s", "t", "ш", "1", "-"), minLength: 3, maxLength: 12 });
    const word = fc.oneof(fc.constantFrom(...skeletons), made);
    fc.assert(
      fc.property(word, word, (a, b) => {
        if (cognateSimilarity(a, b) > 0) expect(mayBeCognates(a, b, letterMask(a), letterMask(b))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    let screened = 0;
    for (const a of skeletons)
      for (const b of skeletons) {
        const may = mayBeCognates(a, b, letterMask(a), letterMask(b));
        if (cognateSimilarity(a, b) > 0) expect(may).toBe(true);
        else if (!may) screened++;
      }
    // It does screen: most pairs of unrelated words never reach the edit distance.
    expect(screened).toBeGreaterThan(skeletons.length ** 2 / 2);
  });

  test("learned translations are what plain maps count, with stems of very different frequencies (random bags)", () => {
    // Frequent and rare stems on both sides: many pairs cannot reach the Dice threshold and are skipped.
    const stems = ["a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3", "d1"];
    const targets = ["x1", "x2", "x3", "y1", "y2", "y3", "z1", "z2", "z3", "w1"];
    const skewed = (list: string[]) =>
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...list.slice(0, 3)) }, { weight: 1, arbitrary: fc.constantFrom(...list.slice(3)) });
    const bag = fc.tuple(fc.uniqueArray(skewed(stems), { maxLength: 6 }), fc.uniqueArray(skewed(targets), { maxLength: 6 }));
    fc.assert(
      fc.property(
        fc.array(bag, { maxLength: 120 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(0.3, 0.5, 0.7),
        (bags, minCount, minDice) => {
          const learned = learnFromBags(bags, new Map(), { minCount, minDice });
          expect([...learned.entries()]).toEqual([...referenceLearn(bags, minCount, minDice).entries()]);
        },
      ),
      { numRuns: 400 },
    );
  });

  test("learning counts a repeated link (the same lists, or equal copies of them) as often as it appears (random bags, many repeated)", () => {
    const stems = ["a1", "a2", "a3", "b1", "b2"];
    const targets = ["x1", "x2", "x3", "y1", "y2"];
    const bag = fc.tuple(
      fc.uniqueArray(fc.constantFrom(...stems), { maxLength: 4 }),
      fc.uniqueArray(fc.constantFrom(...targets), { maxLength: 4 }),
    );
    const withRepeats = fc
      .tuple(fc.array(bag, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 80 }))
      .map(([bags, picks]) => {
        const out: Array<readonly [readonly string[], readonly string[]]> = [...bags];
        for (const [p, same] of picks) {
          const b = bags[p % bags.length]!;
          out.push(same ? b : [[...b[0]], [...b[1]]]);
        }
        return out;
      });
    fc.assert(
      fc.property(withRepeats, fc.integer({ min: 1, max: 4 }), fc.constantFrom(0.3, 0.5), (bags, minCount, minDice) => {
        const learned = learnFromBags(bags, new Map(), { minCount, minDice });
        expect([...learned.entries()]).toEqual([...referenceLearn(bags, minCount, minDice).entries()]);
      }),
      { numRuns: 300 },
    );
  });

  test("token lists given one per segment are shared by text, and give the features tokenising afresh gives", () => {
    const bg = getLanguage("bg");
    const en = getLanguage("en");
    fc.assert(
      fc.property(damagedPair, fc.nat(5), ([s, t], blanks) => {
        // A review piece's segments: blank ones before it, then its own (repeated, as templates repeat).
        const pad = (side: readonly Segment[]) =>
          [...Array.from({ length: blanks }, () => ""), ...side.map((x) => x.text), ...side.map((x) => x.text)].map(
            (text, id): Segment => ({ id, text, start: 0, end: text.length, paragraph: 0 }),
          );
        const source = pad(s);
        const target = pad(t);
        const reuse = {
          sourceTokens: source.map((x) => tokenize(x.text, bg)),
          targetTokens: target.map((x) => tokenize(x.text, en)),
        };
        const given = prepareFeatures(source, target, "bg", "en", { reuse });
        const fresh = prepareFeatures(source, target, "bg", "en");
        expect(given.sourceTokens[blanks + s.length]).toBe(given.sourceTokens[blanks]);
        expect(given.targetTokens[blanks + t.length]).toBe(given.targetTokens[blanks]);
        if (blanks > 1) expect(given.sourceTokens[blanks - 1]).toBe(given.sourceTokens[0]);
        expect(given.sourceTokens).toEqual(reuse.sourceTokens);
        expect(given.matches.list).toEqual(fresh.matches.list);
        expect(given.matches.sourceTypes).toEqual(fresh.matches.sourceTypes);
        expect([given.sourceNumbers, given.targetNumbers]).toEqual([fresh.sourceNumbers, fresh.targetNumbers]);
      }),
      { numRuns: 40 },
    );
  });

  test("logAdd skips only what the sum cannot show", () => {
    const full = (x: number, y: number) => (x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y)));
    const value = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.double({ min: -3, max: 3, noNaN: true }),
      fc.constantFrom(-1, 1, -2, 2, -0.5, 0, -1e-300),
    );
    fc.assert(
      fc.property(value, fc.double({ min: -60, max: 60, noNaN: true }), (x, d) => {
        expect(logAdd(x, x + d)).toBe(full(x, x + d));
        expect(logAdd(x + d, x)).toBe(full(x + d, x));
      }),
      { numRuns: 3000 },
    );
    expect(logAdd(-Infinity, -3)).toBe(-3);
    expect(logAdd(-3, -Infinity)).toBe(-3);
  });
});

/**
 * The long way round: Viterbi over every cell and shape, each link's whole
 * cost (`linkCost` with no limit), the first of equals kept.
 */
function plainViterbi(f: ReturnType<typeof prepareFeatures>, model: LengthModel): Step[] {
  const inputs = costInputs(f, { ratio: model.ratio, variance: Math.max(2, model.variance) });
  const shapes = linkShapes(4);
  const width = f.m + 1;
  const cost = new Float64Array((f.n + 1) * width).fill(Infinity);
  const back = new Int8Array((f.n + 1) * width).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= f.n; i++)
    for (let j = 0; j <= f.m; j++)
      for (const [q, [a, b]] of shapes.entries()) {
        if (i < a || j < b) continue;
        // A link that skips a segment costs a little more the earlier it is (`SKIP_TILT`): part of what the search minimises.
        const tilt = a === 0 ? (SKIP_TILT / f.m) * (f.m - j) : b === 0 ? (SKIP_TILT / f.n) * (f.n - i) : 0;
        const c = cost[(i - a) * width + j - b]! + linkCost(inputs, i - a, a, j - b, b) + tilt;
        if (c < cost[i * width + j]!) {
          cost[i * width + j] = c;
          back[i * width + j] = q;
        }
      }
  const path: Step[] = [];
  for (let i = f.n, j = f.m; i > 0 || j > 0; ) {
    const [a, b] = shapes[back[i * width + j]!]!;
    i -= a;
    j -= b;
    path.push([i, a, j, b]);
  }
  return path.reverse();
}
