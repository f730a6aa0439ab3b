import fc from "fast-check";
import { getLanguage } from "../src/lang/index.js";
import {
  cognateSimilarity,
  costInputs,
  DEFAULT_COST_PARAMS,
  DEFAULT_VARIANCE,
  explainLink,
  isHeading,
  MAX_COGNATE_LENGTH,
  normaliseNumber,
  prepareFeatures,
  skeleton,
  tokenize,
} from "../src/score/index.js";
import { estimateLengthModel, lengthCost } from "../src/score/length.js";
import { segs } from "./helpers.js";
import { referenceLengthModel } from "./reference/length.js";

const bg = getLanguage("bg");
const en = getLanguage("en");

describe("isHeading", () => {
  test.each([
    ["Член 7", true],
    ["3. ОТГОВОРНОСТ", true],
    ["For the Client: Ivan Petrov", true],
    ["( voie « Jugend » )", true],
    ["Title ” ", true],
    ["Article 12", true],
    ["12", false],
    ["The parties agree.", false],
    ["Definitions:", false],
    ["one, two,", false],
    ["", false],
    ["  ))", false],
    ["𝐀𝐁", true],
  ])("%j is a heading: %s", (text, heading) => {
    expect(isHeading(text)).toBe(heading);
  });

  // The definition it reads from the end, as a regular expression.
  const OPEN_END = /[\p{L}\p{N}](?:\s*[)\]"'”“’»])*\s*$/u;
  test("agrees with its definition on any text", () => {
    const chars = fc.constantFrom(..."aЯ1 .,:)]\"'”“’»\u00a0\n𝐀\ud835\udc00".split(""));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (list) => {
        const text = list.join("");
        expect(isHeading(text)).toBe(OPEN_END.test(text) && /\p{L}/u.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("numbers", () => {
  test.each([
    ["0,20", bg, ["0.2"]],
    ["0.20", en, ["0.2"]],
    ["2 000", bg, ["2000"]],
    ["2,000", en, ["2000"]],
    ["1 500,50", bg, ["1500.5"]],
    ["1,500.50", en, ["1500.5"]],
    ["1,5", en, ["1", "5"]],
    ["15 2024", bg, ["15", "2024"]],
  ] as const)("%s", (raw, lang, expected) => {
    expect(normaliseNumber(raw, lang)).toEqual(expected);
  });

  test("ordinals keep their value: 24-та = 24th", () => {
    const keys = (t: string, l: typeof bg) =>
      tokenize(t, l)
        .filter((x) => x.kind === "number")
        .map((x) => x.key);
    expect(keys("24-та конференция", bg)).toEqual(["24"]);
    expect(keys("the 24th conference", en)).toEqual(["24"]);
  });

  test("am and pm after a time read the same in any language: 5:30pm = 5.30pm = 17:30", () => {
    const keys = (t: string, l: typeof bg) =>
      tokenize(t, l)
        .filter((x) => x.kind === "number")
        .map((x) => x.key);
    expect(keys("Бирата е в 5:30pm в събота.", bg)).toEqual(["17:30"]);
    expect(keys("A pint is at 5.30pm on a Saturday.", en)).toEqual(["17:30"]);
    expect(keys("Срещата е в 7 сутринта.", bg)).toEqual(["07:00"]);
  });

  test("addresses are single tokens", () => {
    const t = tokenize("Пишете на info@lif.bg или вижте https://lif.bg/disrupt.", bg);
    expect(t.filter((x) => x.kind === "address").map((x) => x.surface)).toEqual(["info@lif.bg", "https://lif.bg/disrupt"]);
  });
});

describe("cognates", () => {
  const sim = (a: string, b: string) => cognateSimilarity(skeleton(bg.transliterate(a.toLowerCase())), skeleton(b.toLowerCase()));
  test.each([
    ["Виена", "Vienna"],
    ["Шипка", "Shipka"],
    ["конференция", "conference"],
    ["организация", "organization"],
    ["превенция", "prevention"],
    ["Уест", "West"],
    ["Уилямс", "Williams"],
    // A Greek chi, "ch" in English, "х" in Bulgarian; "au" before t, g, s, "ав".
    ["синхронизират", "synchronised"],
    ["технология", "technology"],
    ["механизъм", "mechanism"],
    ["автоматичен", "automatic"],
    ["август", "August"],
  ])("%s ~ %s", (a, b) => {
    expect(sim(a, b)).toBeGreaterThanOrEqual(0.72);
  });
  test.each([
    ["като", "kate"],
    ["хора", "hour"],
    ["беше", "best"],
    ["аудио", "August"],
  ])("%s is not %s", (a, b) => {
    expect(sim(a, b)).toBe(0);
  });
});

describe("length model", () => {
  const model = { ratio: 1, variance: 6.8 };
  test("cost grows as lengths diverge and is symmetric", () => {
    expect(lengthCost(100, 100, model)).toBeLessThan(lengthCost(100, 130, model));
    expect(lengthCost(100, 130, model)).toBeLessThan(lengthCost(100, 200, model));
    expect(lengthCost(100, 50, model)).toBeCloseTo(lengthCost(50, 100, model), 9);
    expect(Number.isFinite(lengthCost(1, 5000, model))).toBe(true);
  });

  test("estimated as the filtering, reducing and sorting version did, to the last bit", () => {
    const constants = { minLinks: 5, defaultVariance: DEFAULT_VARIANCE, minVariance: 1, maxVariance: 60, chi2Median: 0.455 };
    const length = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 }), fc.double({ min: 0, max: 1e4, noNaN: true }));
    // Near a ratio, as a translation's lengths are, so the variance is not always at its bounds.
    const near = fc.tuple(
      fc.integer({ min: 1, max: 300 }),
      fc.double({ min: 0.5, max: 2, noNaN: true }),
      fc.integer({ min: -30, max: 30 }),
    );
    const pairs = fc.oneof(
      fc.array(fc.tuple(length, length), { maxLength: 60 }),
      fc.array(
        near.map(([s, r, d]) => [s, Math.max(0, Math.round(s * r) + d)] as const),
        { maxLength: 300 },
      ),
    );
    fc.assert(
      fc.property(pairs, fc.double({ min: 0.1, max: 5, noNaN: true }), (list, fallback) => {
        expect(estimateLengthModel(list, fallback)).toEqual(referenceLengthModel(list, fallback, constants));
      }),
      { numRuns: 2000 },
    );
  });

  test("estimated from the pair: ratio and a robust variance", () => {
    const pairs = Array.from({ length: 50 }, (_, k) => [100 + k, 2 * (100 + k) + (k % 2 ? 8 : -8)] as const);
    expect(estimateLengthModel(pairs, 1).ratio).toBeCloseTo(2, 6);
    // By hand: total lengths 300 / 150 give ratio 2. Residuals (t - 2s)^2 / ((s + t/2) / 2) are 100/12.5, 100/17.5,
    // 100/32.5, 100/37.5 and 0; their median is 100/32.5, and a chi-square of one degree of freedom has median 0.455.
    const small = [
      [10, 30],
      [20, 30],
      [30, 70],
      [40, 70],
      [50, 100],
    ] as const;
    expect(estimateLengthModel(small, 1)).toEqual({ ratio: 2, variance: expect.closeTo(100 / 32.5 / 0.455, 9) });
    // Pairs with an empty side do not count; under five usable pairs the fallback ratio and Gale & Church's variance scaled by it.
    expect(
      estimateLengthModel(
        [
          [10, 20],
          [0, 5],
          [7, 0],
        ],
        1.5,
      ),
    ).toEqual({ ratio: 1.5, variance: 6.8 * 1.5 });
    // Clamped to [1, 60]: identical ratios give no spread at all.
    expect(
      estimateLengthModel(
        Array.from({ length: 9 }, (_, k) => [10 * (k + 1), 20 * (k + 1)] as const),
        1,
      ).variance,
    ).toBe(1);
  });
});

describe("lexical evidence", () => {
  test("rare shared anchors weigh more than ones repeated everywhere", () => {
    const source = segs(["Член 1 от DISRUPT.", "Член 1 гласи.", "Член 1 казва.", "Член 1 пише."]);
    const target = segs(["Article 1 of DISRUPT.", "Article 1 reads.", "Article 1 says.", "Article 1 writes."]);
    const f = prepareFeatures(source, target, "bg", "en");
    const e = explainLink(costInputs(f, { ratio: 1, variance: DEFAULT_VARIANCE }), 0, 1, 0, 1);
    const disrupt = e.matches.find((m) => m.source === "DISRUPT")!;
    const one = e.matches.find((m) => m.source === "1");
    expect(disrupt.kind).toBe("identical");
    expect(one === undefined || one.weight < disrupt.weight).toBe(true);
  });

  test("a heading joined to a sentence that shares nothing with it pays the heading term; one whose words are there does not", () => {
    const heading = (source: string[], target: string[], a: number, b: number) => {
      const f = prepareFeatures(segs(source), segs(target), "bg", "en");
      return explainLink(costInputs(f, { ratio: 1, variance: DEFAULT_VARIANCE }), 0, a, 0, b).heading;
    };
    const sentence = "Изпълнителят уведомява писмено възложителя за всяка промяна.";
    const translated = "The Contractor shall notify the Client in writing of any change.";
    // Left out of the translation: "Член 7" has nothing in the one sentence across (the source's 2-1, the target's 1-2).
    expect(heading(["Член 7", sentence], [translated], 2, 1)).toBe(DEFAULT_COST_PARAMS.headingJoin);
    expect(heading([sentence], [translated, "Article 7"], 1, 2)).toBe(DEFAULT_COST_PARAMS.headingJoin);
    // Its words only those the sentence shares too: "СПОРОВЕ" is the "disputes" that "споровете" already matched.
    expect(
      heading(["4. СПОРОВЕ", "Страните решават споровете чрез преговори."], ["The parties shall settle disputes by negotiation."], 2, 1),
    ).toBe(DEFAULT_COST_PARAMS.headingJoin);
    // The line break lost in translation: the heading's number and word are in the sentence.
    expect(heading(["Член 17", sentence], [`Article 17 ${translated}`], 2, 1)).toBe(0);
    // Two headings to one: the one across is a heading too.
    expect(heading(["Член 7", "Уведомления"], ["Article 7 Notices"], 2, 1)).toBe(0);
    // A sentence with its closing mark is no heading.
    expect(heading(["Това е всичко.", sentence], [translated], 2, 1)).toBe(0);
  });

  test("a section's number opening a heading is its parts in every language; a number wrapped across lines is one", () => {
    const numbers = (t: string, lang: typeof bg) =>
      tokenize(t, lang)
        .filter((x) => x.kind === "number")
        .map((x) => x.key);
    // Before: "12.1" was a decimal in English and two numbers in Bulgarian, so every such heading was a number changed.
    expect(numbers("12.1. Safety", en)).toEqual(["12", "1"]);
    expect(numbers("12.1. Безопасност", bg)).toEqual(["12", "1"]);
    expect(numbers("4.2.3 Scope of the services", en)).toEqual(["4", "2", "3"]);
    // A decimal ending a sentence, opening one without a heading's dot, or a version alone stays as it was.
    expect(numbers("The rate rose by 12.1.", en)).toEqual(["12.1"]);
    expect(numbers("12.5 kg of flour were added.", en)).toEqual(["12.5"]);
    // Three groups or more with dots between are no decimal: a version's or an identifier's parts, alike in every language
    // (stranger 202: "68134.4082.117" was "68134.4082" and "117" in English, "68134" and "4082117" in Bulgarian).
    expect(numbers("2.3.1", en)).toEqual(["2", "3", "1"]);
    expect(numbers("2.3.1", bg)).toEqual(["2", "3", "1"]);
    expect(numbers("68134.4082.117", en)).toEqual(["68134", "4082", "117"]);
    expect(numbers("68134.4082.117", bg)).toEqual(["68134", "4082", "117"]);
    expect(numbers("1.234.567", en)).toEqual(["1234567"]);
    // Hard-wrapped text: the line break fell between a number's groups ("823\n558 лв."). Before: 823 and 558.
    expect(numbers("Проектът ще струва около 823\n558 лв. и ще бъде финансиран.", bg)).toEqual(["823558"]);
    // The same in a file with Windows line breaks (stranger 72's legal code: 17 false errors, "2, 000" against "2,000").
    expect(numbers("Глобата е от 500 до 2\r\n000 лв.", bg)).toEqual(["500", "2000"]);
  });

  test("a question on one side only is a mismatch; a question on each side, whatever closes it, is none", () => {
    const f = prepareFeatures(
      segs(["Детето ви?", "Помислете си.“", "„Кой ще плати?“ – попита той."]),
      segs(['Think about it."', 'Who will pay?" he asked.', "Who will pay?"]),
      "bg",
      "en",
    );
    const c = costInputs(f, { ratio: 1, variance: DEFAULT_VARIANCE });
    expect(explainLink(c, 0, 1, 0, 1).questionMismatch).toBe(DEFAULT_COST_PARAMS.questionPenalty);
    expect(explainLink(c, 1, 1, 0, 1).questionMismatch).toBe(0);
    // A quoted question and its speaker are no question: the sentence ends in a full stop.
    expect(explainLink(c, 2, 1, 1, 1).questionMismatch).toBe(0);
    expect(explainLink(c, 2, 1, 2, 1).questionMismatch).toBe(DEFAULT_COST_PARAMS.questionPenalty);
    // Counted over the sentences of a link: a question on each side, whichever sentence asks it.
    expect(explainLink(c, 0, 1, 1, 2).questionMismatch).toBe(0);
    expect(explainLink(c, 0, 2, 2, 1).questionMismatch).toBe(0);
    expect(explainLink(c, 0, 1, 0, 3).questionMismatch).toBe(0);
  });

  test("a number on one side only is a mismatch", () => {
    const f = prepareFeatures(segs(["През 2024 г. дойдоха 150 души."]), segs(["In 2023, 150 people came."]), "bg", "en");
    const e = explainLink(costInputs(f, { ratio: 1, variance: DEFAULT_VARIANCE }), 0, 1, 0, 1);
    expect(e.numberMismatch).toBe(2 * DEFAULT_COST_PARAMS.numberPenalty);
    expect(e.matches.map((m) => m.source)).toContain("150");
  });
});

describe("tokens too long to be words", () => {
  // A base64 blob or a run of letters with no space: two such tokens' edit distance grows with the product of their lengths.
  const long = (n: number) => Array.from({ length: n }, (_, k) => "abcdefghij"[(k * 7) % 10]).join("");
  test("are cognates only when equal, beyond MAX_COGNATE_LENGTH characters", () => {
    const a = long(MAX_COGNATE_LENGTH + 10);
    expect(cognateSimilarity(a, a)).toBe(1);
    expect(cognateSimilarity(a, `${a.slice(0, -1)}z`)).toBe(0);
  });

  test("a long web address is still compared", () => {
    const a = `https://example.com/bg/${long(300)}`;
    expect(cognateSimilarity(a, a.replace("/bg/", "/en/"))).toBeGreaterThan(0.9);
  });
});
