/**
 * The score stage's output, frozen: tokens, matched word pairs, evidence per
 * cell, link-cost terms, learned translations and local anchors of four
 * documents, as digests of what sverka 0.1.0 (18bf38f) computed before the
 * stage was made faster. A speed-up must keep every digest; a change meant to
 * alter scores rewrites the file (SCORE_GOLDEN_WRITE=1) and says why.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { segmentedText } from "../bench/data.js";
import { generatePair } from "../bench/generate.js";
import { pairDictionary } from "../src/lang/lexicon.js";
import {
  CellRows,
  costInputs,
  DEFAULT_COST_PARAMS,
  explainLink,
  LexicalEvidence,
  learnDictionary,
  linkCost,
  type PairFeatures,
  prepareFeatures,
} from "../src/score/index.js";
import { segment } from "../src/segment/index.js";
import type { Segment } from "../src/types.js";
import { corpus, fixture, read } from "./helpers.js";

const GOLDEN = fixture("score", "golden.json");

function documents(): Array<[name: string, source: Segment[], target: Segment[]]> {
  const generated = (kind: "mixed" | "repeated", size: number): [string, Segment[], Segment[]] => {
    const pair = generatePair(kind, { size, seed: 7 });
    return [
      `${kind}-${size}`,
      segment(segmentedText(pair.source), "bg", { segmented: true }),
      segment(segmentedText(pair.target), "en", { segmented: true }),
    ];
  };
  return [
    ...["handmade-bg-en", "osce-alliance-2024"].map((name): [string, Segment[], Segment[]] => [
      name,
      segment(read(corpus(name, "bg.txt")), "bg"),
      segment(read(corpus(name, "en.txt")), "en"),
    ]),
    generated("mixed", 300),
    generated("repeated", 200),
  ];
}

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

/** The links a document's search would read: a diagonal band, a few cells wide. */
function diagonal(f: PairFeatures, width: number): CellRows {
  const lo = new Int32Array(f.n + 1);
  const hi = new Int32Array(f.n + 1);
  for (let i = 0; i <= f.n; i++) {
    const c = Math.round((i * f.m) / Math.max(1, f.n));
    lo[i] = Math.max(0, c - width);
    hi[i] = Math.min(f.m, c + width);
  }
  return new CellRows(f.n, f.m, lo, hi);
}

const SHAPES = [
  [1, 1],
  [1, 2],
  [2, 1],
  [2, 2],
  [1, 3],
  [3, 1],
  [2, 3],
  [3, 2],
  [1, 4],
  [4, 1],
  [1, 0],
  [0, 1],
] as const;

/** Digests of every part of the stage's output for one document. */
function scoreDigests(source: Segment[], target: Segment[]): Record<string, string> {
  const first = prepareFeatures(source, target, "bg", "en", { dictionary: pairDictionary("bg", "en", {}) });
  const links = source.slice(0, Math.min(source.length, target.length)).map((_, k) => ({ source: [k], target: [k] }));
  const learned = learnDictionary(first.sourceTokens, first.targetTokens, links, { minCount: 2, minDice: 0.3 });
  const merged = pairDictionary("bg", "en", {})!.merge(learned);
  const f = prepareFeatures(source, target, "bg", "en", { dictionary: merged, reuse: first });
  const band = diagonal(f, 6);
  const inputs = { ...costInputs(f, { ratio: f.charRatio, variance: 6.8 }), evidence: LexicalEvidence.layOut(f.matches, band) };
  const whole = costInputs(f, { ratio: f.charRatio, variance: 6.8 }, DEFAULT_COST_PARAMS);
  const costs: number[] = [];
  const terms: unknown[] = [];
  const pairs: number[] = [];
  for (let i = 0; i < f.n; i++) {
    for (let j = Math.max(0, band.lo[i]!); j <= Math.min(f.m - 1, band.hi[i]!); j++) {
      pairs.push(whole.evidence.pair(i, j), inputs.evidence.pair(i, j));
      for (const [a, b] of SHAPES) {
        if (i + a > f.n || j + b > f.m) continue;
        costs.push(linkCost(inputs, i, a, j, b), linkCost(inputs, i, a, j, b, 3), linkCost(whole, i, a, j, b));
        if ((i + j) % 5 === 0) terms.push(explainLink(inputs, i, a, j, b), explainLink(whole, i, a, j, b));
      }
    }
  }
  const tokens = (lists: PairFeatures["sourceTokens"]) =>
    lists.map((l) => l.map((t) => [t.surface, t.kind, t.key, t.stem, t.scaled ?? false]));
  const local: unknown[] = [];
  for (let i = 0; i < f.n; i += 7) local.push(f.matches.localAnchors(i, Math.min(f.n, i + 30), Math.max(0, i - 10), Math.min(f.m, i + 30)));
  return {
    tokens: digest([tokens(f.sourceTokens), tokens(f.targetTokens)]),
    learned: digest([...learned.entries()].map(([s, t, w]) => [s, t, w, learned.surfaceOf("s", s), learned.surfaceOf("t", t)])),
    features: digest([f.n, f.m, [...f.sourceChars], [...f.targetChars], f.paragraphWeight, f.charRatio]),
    matches: digest(
      f.matches.list.map(([s, t, w, kind]) => [f.matches.sourceTypes[s]!.surface, f.matches.targetTypes[t]!.surface, w, kind]),
    ),
    pairs: digest(pairs),
    costs: digest(costs),
    terms: digest(terms),
    local: digest(local),
  };
}

describe("the score stage gives what it gave (frozen digests)", () => {
  const docs = documents();
  const golden: Record<string, Record<string, string>> = existsSync(GOLDEN) ? JSON.parse(readFileSync(GOLDEN, "utf8")) : {};
  const computed: Record<string, Record<string, string>> = {};
  afterAll(() => {
    if (process.env.SCORE_GOLDEN_WRITE === "1") writeFileSync(GOLDEN, `${JSON.stringify(computed, null, 2)}\n`);
  });
  test.each(docs.map(([name, s, t]) => [name, s, t] as const))("%s", (name, source, target) => {
    computed[name] = scoreDigests(source, target);
    if (process.env.SCORE_GOLDEN_WRITE !== "1") expect(computed[name]).toEqual(golden[name]);
  });
});
