/**
 * What the review reads of a text or a word is kept per language across
 * reviews (src/review/memo.ts): one thread reviews several pieces of a long
 * document, and they share sentences and names. What a document adds must not
 * be kept with it: a word the document writes in lowercase somewhere is no
 * name in it, whatever another document said of the same sentence. Each kept
 * answer is held to the one worked out the long way (tests/reference/).
 */
import fc from "fast-check";
import { align } from "../src/index.js";
import { getLanguage } from "../src/lang/index.js";
import { namesIn } from "../src/review/checks/romanized.js";
import { amountsOf } from "../src/review/checks/units.js";
import { buildReviewContext } from "../src/review/context.js";
import { KeptPerObject, MAX_KEPT, perString } from "../src/review/memo.js";
import type { Matchable } from "../src/score/index.js";
import { tokenize } from "../src/score/index.js";
import type { Bitext } from "../src/types.js";
import { fixture, read, segs } from "./helpers.js";
import { referenceNames } from "./reference/names.js";

const pair = (name: string) => align(read(fixture("qa", `${name}.bg.txt`)), read(fixture("qa", `${name}.en.txt`)));

/** Every segment's names on both sides, as `namesIn` gives them and as the reference finds them. */
function expectNamesAsReference(bitext: Bitext): number {
  const ctx = buildReviewContext(bitext);
  let found = 0;
  bitext.source.segments.forEach((g, i) => {
    const names = namesIn(ctx.source, i, ctx.knownNames);
    expect([g.text, names]).toEqual([g.text, referenceNames(ctx.source, g.text, ctx.knownNames)]);
    found += names.length;
  });
  bitext.target.segments.forEach((g, j) => {
    expect([g.text, namesIn(ctx.target, j)]).toEqual([g.text, referenceNames(ctx.target, g.text)]);
  });
  return found;
}

/** A one-to-one bitext of these sentences. */
function bitextOf(bg: readonly string[], en: readonly string[]): Bitext {
  return {
    source: { lang: "bg", segments: segs(bg) },
    target: { lang: "en", segments: segs(en) },
    links: bg.map((_, k) => ({ source: [k], target: [k], kind: "1-1" as const, score: 0.9 })),
    model: { ratio: 1, variance: 2 },
  };
}

describe("names kept per text across reviews", () => {
  test("are the reference's in documents reviewed one after the other (their sentences met again)", () => {
    const docs = ["contract", "manual", "news", "bridge", "heater"].map(pair);
    // Twice over: the second round finds every text kept.
    for (let round = 0; round < 2; round++) {
      const found = docs.map(expectNamesAsReference);
      expect(found.reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
    }
  });

  test("a sentence's names depend on the words its document writes in lowercase, whichever document came first", () => {
    const sentence = "Днес договорът с Банката за кредита беше подписан от Петър Христов в офиса.";
    const named = bitextOf(
      [sentence, "Срокът е една година."],
      ["The Bank contract was signed by Petar Hristov.", "The term is one year."],
    );
    const lower = bitextOf(
      [sentence, "Срокът на банката е една година."],
      ["The Bank contract was signed by Petar Hristov.", "The bank's term is one year."],
    );
    const words = (b: Bitext) => {
      const ctx = buildReviewContext(b);
      return namesIn(ctx.source, 0, ctx.knownNames).map((n) => n.words.join(" "));
    };
    for (const b of [named, lower, named, lower]) expectNamesAsReference(b);
    expect(words(named)).toEqual(["Банката", "Петър Христов"]);
    expect(words(lower)).toEqual(["Петър Христов"]);
    expect(words(named)).toEqual(["Банката", "Петър Христов"]);
  });

  test("a sentence read with the known names (a source) and without (a translation) is read each way", () => {
    const sentence = "Петър отиде до магазина за хляб, мляко и сирене.";
    const en = "Peter went to the shop for bread, milk and cheese.";
    const source = bitextOf([sentence, "Той се върна."], [en, "He came back."]);
    const target: Bitext = {
      source: { lang: "en", segments: segs([en, "He came back."]) },
      target: { lang: "bg", segments: segs([sentence, "Той се върна."]) },
      links: source.links,
      model: source.model,
    };
    const first = (b: Bitext, side: "source" | "target") => {
      const ctx = buildReviewContext(b);
      return side === "source" ? namesIn(ctx.source, 0, ctx.knownNames) : namesIn(ctx.target, 0);
    };
    for (const b of [source, target, source, target]) expectNamesAsReference(b);
    // The known names make the sentence's first word a name; read without them it is not.
    expect(first(source, "source")).toEqual([{ words: ["Петър"] }]);
    expect(first(target, "target")).toEqual([]);
  });

  test("random sentences of names, abbreviations and lowercase words, in documents that differ in what they write in lowercase", () => {
    const word = fc.constantFrom(
      "Петър",
      "Христов",
      "Банката",
      "банката",
      "г-н",
      "Г-н",
      "Св.",
      "гр.",
      "Враца",
      "София",
      "Русия",
      "и",
      "с",
      ".",
      ",",
      " ",
      "  ",
      '"',
      "Страните",
      "ал.",
    );
    const sentence = fc.array(word, { minLength: 1, maxLength: 10 }).map((xs) => xs.join(" "));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.array(sentence, { minLength: 1, maxLength: 4 }), (a, b) => {
        const en = (xs: readonly string[]) => xs.map(() => "A sentence.");
        for (const texts of [a, [...a, ...b], b, a]) expectNamesAsReference(bitextOf(texts, en(texts)));
      }),
      { numRuns: 150 },
    );
  });
});

describe("amounts kept per language and text", () => {
  test("the same text read in two languages gets each language's own amounts, in any order", () => {
    const text = "Разстоянието е 100 метра.";
    const read = (code: string) => {
      const lang = getLanguage(code);
      return amountsOf(segs([text]), [0], [tokenize(text, lang) as unknown as Matchable[]], lang).map((a) => a.unit);
    };
    expect(read("bg")).toEqual(["m"]);
    expect(read("en")).toEqual([]);
    expect(read("bg")).toEqual(["m"]);
    expect(read("en")).toEqual([]);
  });
});

// The tables are bounded: a long text that never repeats must not fill them for nothing.
describe("a table kept per object", () => {
  test("answers what it was given, up to its bound, and starts afresh past it", () => {
    const table = new KeptPerObject<object, number>();
    const keys = Array.from({ length: MAX_KEPT + 10 }, () => ({}));
    for (let n = 0; n < MAX_KEPT; n++) table.set(keys[n]!, n);
    expect(table.get(keys[0]!)).toBe(0);
    expect(table.get(keys[MAX_KEPT - 1]!)).toBe(MAX_KEPT - 1);
    expect(table.get(keys[MAX_KEPT]!)).toBeUndefined();
    // One more: the table starts afresh with it, and what came before is asked of the maker again.
    table.set(keys[MAX_KEPT]!, MAX_KEPT);
    expect(table.get(keys[MAX_KEPT]!)).toBe(MAX_KEPT);
    expect(table.get(keys[0]!)).toBeUndefined();
    expect(table.get(keys[MAX_KEPT - 1]!)).toBeUndefined();
  });
});

describe("a table kept per string", () => {
  test("computes each string once while it is kept, and again once the table started afresh", () => {
    let calls = 0;
    const length = perString((s) => {
      calls++;
      return s.length;
    });
    expect(length("абв")).toBe(3);
    expect(length("абв")).toBe(3);
    expect(calls).toBe(1);
    for (let n = 0; n < MAX_KEPT; n++) length(`text ${n}`);
    expect(calls).toBe(MAX_KEPT + 1);
    expect(length("абв")).toBe(3);
    expect(calls).toBe(MAX_KEPT + 2);
  });
});
