/**
 * The score stage's flat structures (shared token lists, running sums,
 * number ids, typed match arrays, the co-occurrence table) against
 * straightforward references written here: the same features, term by term,
 * on random short texts.
 */
import fc from "fast-check";
import { getLanguage } from "../src/lang/index.js";
import { pairDictionary } from "../src/lang/lexicon.js";
import {
  allCells,
  CellRows,
  collapsedLength,
  costInputs,
  DEFAULT_COST_PARAMS,
  explainLink,
  isSignificantNumber,
  LexicalEvidence,
  learnFromBags,
  type PairFeatures,
  prepareFeatures,
  tokenize,
  tokenizeSegments,
} from "../src/score/index.js";
import { lengthCost } from "../src/score/length.js";
import type { LengthModel, Segment } from "../src/types.js";
import { segs } from "./helpers.js";
import { referenceLearn } from "./reference/learn.js";

const bg = getLanguage("bg");
const en = getLanguage("en");

const BG = [
  "Договорът",
  "договора",
  "страните",
  "София",
  "Иван",
  "Петров",
  "цената",
  "лева",
  "член",
  "срок",
  "конференция",
  "организацията",
  "и",
  "на",
];
const EN = [
  "The",
  "contract",
  "parties",
  "Sofia",
  "Ivan",
  "Petrov",
  "price",
  "leva",
  "article",
  "term",
  "conference",
  "organisation",
  "and",
  "of",
];
const BG_NUMBERS = ["12", "2 000", "3,5", "15:30", "24-та", "2,5 млн.", "7", "1999", "18 ч.", "9"];
const EN_NUMBERS = ["12", "2,000", "3.5", "3:30 pm", "24th", "2.5 million", "seven", "1999", "6 pm", "9 am"];

/** A short document: 1-7 segments of 1-8 words and numbers, in paragraphs. */
function documentOf(words: readonly string[], numbers: readonly string[]) {
  const segment = fc
    .tuple(
      fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.constantFrom(...numbers) }), {
        minLength: 1,
        maxLength: 8,
      }),
      fc.constantFrom(".", ".", ".", "?", "?“", '?" ', "!", "? »"),
    )
    .map(([ws, end]) => `${ws.join(" ")}${end}`);
  return fc.array(fc.tuple(segment, fc.boolean()), { minLength: 1, maxLength: 7 }).map((list) => {
    let paragraph = 0;
    const breaks = list.map(([, brk], k) => (k > 0 && brk ? ++paragraph : paragraph));
    return segs(
      list.map(([text]) => text),
      breaks,
    );
  });
}

const pair = fc.tuple(documentOf(BG, BG_NUMBERS), documentOf(EN, EN_NUMBERS), fc.boolean());

/** Characters with every kind of white space \s knows, and others. */
const spaced = fc
  .array(
    fc.constantFrom(
      "a",
      "б",
      " ",
      "\t",
      "\n",
      "\r",
      "\v",
      "\f",
      "\u00a0",
      "\u1680",
      "\u2003",
      "\u2028",
      "\u202f",
      "\u3000",
      "\ufeff",
      "\u200b",
      "x",
    ),
    {
      maxLength: 30,
    },
  )
  .map((cs) => cs.join(""));

describe("flat features", () => {
  test("lengths count white space runs as one character, as the regex did", () => {
    fc.assert(
      fc.property(spaced, (text) => {
        expect(collapsedLength(text)).toBe(text.replace(/\s+/gu, " ").length);
      }),
      { numRuns: 500 },
    );
  });

  test("segments of one text share one token list, equal to tokenising it alone", () => {
    const source = segs(["Член 5. Цена: 2 000 лева.", "Член 6.", "Член 5. Цена: 2 000 лева.", "Член 6."]);
    const lists = tokenizeSegments(source, bg);
    expect(lists[0]).toBe(lists[2]);
    expect(lists[1]).toBe(lists[3]);
    expect(lists[0]).not.toBe(lists[1]);
    for (const [k, list] of lists.entries()) expect(list).toEqual(tokenize(source[k]!.text, bg));
  });

  test("every pair of a table is a cell, numbered row by row", () => {
    const cells = allCells(3, 4);
    expect(cells.size).toBe(20);
    expect(cells.index(2, 3)).toBe(13);
    expect(cells.index(3, 4)).toBe(19);
    expect([cells.index(4, 0), cells.index(0, 5), cells.index(-1, 0)]).toEqual([-1, -1, -1]);
    const rows = new CellRows(2, 5, Int32Array.from([0, 2, 1]), Int32Array.from([1, 3, 0]));
    expect(rows.size).toBe(4);
    expect([rows.index(0, 1), rows.index(1, 2), rows.index(1, 3), rows.index(2, 1), rows.index(1, 1)]).toEqual([1, 2, 3, -1, -1]);
  });

  test("link costs, term by term, are what straightforward sums give (random short texts, whole table and a band)", () => {
    const lexicon = pairDictionary("bg", "en", {});
    fc.assert(
      fc.property(pair, ([source, target, useLexicon]) => {
        const f = prepareFeatures(source, target, "bg", "en", useLexicon ? { dictionary: lexicon } : {});
        const model: LengthModel = { ratio: 1.1, variance: 6.8 };
        const lo = Int32Array.from({ length: f.n + 1 }, (_, i) => Math.max(0, i - 1));
        const hi = Int32Array.from({ length: f.n + 1 }, (_, i) => Math.min(f.m, i + 2));
        const band = new CellRows(f.n, f.m, lo, hi);
        for (const cells of [allCells(f.n, f.m), band]) {
          const inputs = { ...costInputs(f, model), evidence: LexicalEvidence.layOut(f.matches, cells) };
          for (let i = 0; i < f.n; i++)
            for (let j = 0; j < f.m; j++)
              for (let a = 1; a <= 3 && i + a <= f.n; a++)
                for (let b = 1; b <= 3 && j + b <= f.m; b++) {
                  const e = explainLink(inputs, i, a, j, b);
                  expect(e.length).toBe(referenceLength(source, target, f, model, i, a, j, b));
                  expect(e.numberMismatch).toBe(DEFAULT_COST_PARAMS.numberPenalty * referenceNumbers(source, target, i, a, j, b));
                  expect(e.questionMismatch).toBe(DEFAULT_COST_PARAMS.questionPenalty * referenceQuestions(source, target, i, a, j, b));
                  expect(e.lexical).toBe(referenceLexical(f, cells, i, i + a, j, j + b));
                  expect(inputs.evidence.bound(i, i + a, j, j + b)).toBeGreaterThanOrEqual(e.lexical - 1e-12);
                }
        }
      }),
      { numRuns: 40 },
    );
  });

  test("learned translations are what plain maps count (random bags)", () => {
    const stems = ["дог", "стр", "цен", "лев", "чле", "сро"];
    const targets = ["con", "par", "pri", "lev", "art", "ter"];
    const bag = fc.tuple(
      fc.uniqueArray(fc.constantFrom(...stems), { maxLength: 5 }),
      fc.uniqueArray(fc.constantFrom(...targets), { maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(bag, { maxLength: 40 }), fc.integer({ min: 1, max: 3 }), (bags, minCount) => {
        const learned = learnFromBags(bags, new Map(), { minCount, minDice: 0.3 });
        expect([...learned.entries()]).toEqual([...referenceLearn(bags, minCount, 0.3).entries()]);
      }),
      { numRuns: 300 },
    );
  });
});

/** The length term: per paragraph when both sides span as many, else of the totals. */
function referenceLength(
  source: Segment[],
  target: Segment[],
  f: PairFeatures,
  model: LengthModel,
  i: number,
  a: number,
  j: number,
  b: number,
) {
  const len = (s: Segment) => s.text.replace(/\s+/gu, " ").length;
  const paragraphs = (side: Segment[]) => [...new Set(side.map((s) => s.paragraph))];
  const ss = source.slice(i, i + a);
  const ts = target.slice(j, j + b);
  const sp = paragraphs(ss);
  const tp = paragraphs(ts);
  if (a > 1 && b > 1 && f.paragraphWeight > 0 && sp.length > 1 && sp.length === tp.length) {
    let cost = 0;
    sp.forEach((p, k) => {
      const sum = (side: Segment[], q: number) => side.filter((s) => s.paragraph === q).reduce((x, s) => x + len(s), 0);
      cost += lengthCost(sum(ss, p), sum(ts, tp[k]!), model);
    });
    return cost;
  }
  return lengthCost(
    ss.reduce((x, s) => x + len(s), 0),
    ts.reduce((x, s) => x + len(s), 0),
    model,
  );
}

/** Distinct significant numbers (and labels' numbers) found on one side of the link only; a clock time on the hour is its hour ("18:00" is 18, "09:00" too small to count). */
/** Questions (sentences ending in a question mark, closing quotes and spaces after it) more on one side of the link than on the other. */
function referenceQuestions(source: Segment[], target: Segment[], i: number, a: number, j: number, b: number): number {
  const asked = (side: Segment[], from: number, count: number) =>
    side.slice(from, from + count).filter((s) => /[?？؟][\s"'“”’»)\]]*$/u.test(s.text)).length;
  return Math.abs(asked(source, i, a) - asked(target, j, b));
}

function referenceNumbers(source: Segment[], target: Segment[], i: number, a: number, j: number, b: number): number {
  const compared = (t: ReturnType<typeof tokenize>[number]): string[] => {
    const onTheHour = t.kind === "number" ? /^(\d\d):00$/.exec(t.key) : null;
    if (onTheHour) return Number(onTheHour[1]) >= 10 ? [String(Number(onTheHour[1]))] : [];
    return isSignificantNumber(t) ? [t.key] : [];
  };
  // A one-digit number after a label word opening a segment ("член 9.") counts as a label's, compared with labels' only.
  const label = (tokens: ReturnType<typeof tokenize>, lang: typeof bg): string[] =>
    tokens.length >= 2 &&
    tokens[0]!.kind === "word" &&
    tokens[1]!.kind === "number" &&
    lang.labelWords.has(tokens[0]!.key) &&
    /^\d$/u.test(tokens[1]!.key)
      ? [`§${tokens[1]!.key}`]
      : [];
  const numbers = (side: Segment[], lang: typeof bg) =>
    new Set(
      side.flatMap((s) => {
        const tokens = tokenize(s.text, lang);
        return [...label(tokens, lang), ...tokens.flatMap(compared)];
      }),
    );
  const s = numbers(source.slice(i, i + a), bg);
  const t = numbers(target.slice(j, j + b), en);
  return [...s].filter((x) => !t.has(x)).length + [...t].filter((x) => !s.has(x)).length;
}

/**
 * The lexical term from the match list itself: each cell keeps the best
 * match per source word (the first of equals, in list order); a link keeps
 * the best per source word over its cells, then per target word, and sums.
 */
function referenceLexical(f: PairFeatures, cells: CellRows, i0: number, i1: number, j0: number, j1: number): number {
  const { list, sourceTypes, targetTypes } = f.matches;
  const bestBy = (picked: number[], side: 0 | 1) => {
    const best: number[] = [];
    for (const k of picked) {
      const at = best.findIndex((x) => list[x]![side] === list[k]![side]);
      if (at < 0) best.push(k);
      else if (list[best[at]!]![2] < list[k]![2]) best[at] = k;
    }
    return best;
  };
  const cell = (i: number, j: number) =>
    cells.index(i, j) < 0
      ? []
      : bestBy(
          list.flatMap(([s, t], k) => (sourceTypes[s]!.segments.includes(i) && targetTypes[t]!.segments.includes(j) ? [k] : [])),
          0,
        );
  const sum = (ks: number[]) => ks.reduce((x, k) => x + list[k]![2], 0);
  if (i1 - i0 === 1 && j1 - j0 === 1) {
    const one = cell(i0, j0);
    return one.length === 1 ? list[one[0]!]![2] : sum(bestBy(one, 1));
  }
  const picked: number[] = [];
  for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) picked.push(...cell(i, j));
  return picked.length === 0 ? 0 : sum(bestBy(bestBy(picked, 0), 1));
}
