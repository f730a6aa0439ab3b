/**
 * An economic news item in Bulgarian and English (tests/fixtures/news, written
 * for the purpose after a stranger's news agency corpus): amounts in a news
 * agency's house style (`EUR 865.9m`), a quarter as `Q3` against its ordinal,
 * percentage points, a minister's words, and the defects an editor fears,
 * each planted in the translation in turn, in both directions.
 */
import { align } from "../src/index.js";
import { getLanguage } from "../src/lang/index.js";
import { moneyMagnitude, tokenize } from "../src/score/tokens.js";
import type { Bitext, Flag } from "../src/types.js";
import { fixture, read } from "./helpers.js";

const bg = read(fixture("news", "bg.txt"));
const en = read(fixture("news", "en.txt"));

/** Warnings and errors, as "severity type: reason". */
function problems(b: Bitext): string[] {
  return b.links.flatMap((l) =>
    (l.flags ?? []).filter((f: Flag) => f.severity !== "info").map((f) => `${f.severity} ${f.type}: ${f.reason}`),
  );
}

/** `text` with one edit, which must apply. */
function edited(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

const bgEn = (translation: string) => problems(align(bg, translation, { sourceLang: "bg", targetLang: "en" }));
const enBg = (translation: string) => problems(align(en, translation, { sourceLang: "en", targetLang: "bg" }));

describe("an economic news item", () => {
  test("the clean pair has no flag at all, either way round", () => {
    for (const b of [align(bg, en), align(en, bg, { sourceLang: "en", targetLang: "bg" })]) {
      expect(b.links.flatMap((l) => l.flags ?? [])).toEqual([]);
      expect(b.links.every((l) => l.kind === "1-1")).toBe(true);
    }
  });

  test.each([
    [
      "million for billion in a house style",
      "EUR 865.9m",
      "EUR 865.9bn",
      /^error numbers: the translation says 865\.9bn where the source says 865,9 млн\./,
    ],
    ["a euro sign's million", "EUR 865.9m", "€865.9m", null],
    ["a million before its currency's word", "EUR 865.9m", "865.9m euros", null],
    ["another quarter", "in Q3 2026", "in Q4 2026", /^error numbers: the translation says Q4 where the source says "третото тримесечие"/],
    [
      "per cent for percentage points",
      "by 0.4 percentage points",
      "by 0.4%",
      /^error units: the translation says 0\.4% where the source says 0,4 процентни пункта: another unit/,
    ],
    ["per cent for basis points", "by 25 basis points", "by 25%", /^error units: .*25 базисни пункта: another unit/],
    [
      "a negation added to the source's verb",
      "the government will raise",
      "the government will not raise",
      /^error negation: the translation says "will not raise"/,
    ],
    [
      "a bank's name misspelt under its possessive",
      "Alcomet's",
      "Alcommet's",
      /^error names: the translation has Alcommet's where the source has Alcomet/,
    ],
    [
      "the minister's surname misspelt, spelt right in another sentence",
      "Temenuzhka Petkova",
      "Temenuzhka Petkowa",
      /^warning names: the translation has Petkowa where the source has Петкова \(Petkova\): a surname spelt otherwise\?/,
    ],
  ])("Bulgarian into English, %s", (_what, from, to, expected) => {
    const found = bgEn(edited(en, from, to));
    if (expected === null) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(expected);
    }
  });

  test.each([
    [
      "billion for a house style's million",
      "865,9 млн. евро",
      "865,9 млрд. евро",
      /^error numbers: the translation says 865,9 млрд\. where the source says 865\.9m/,
    ],
    [
      "another quarter",
      "през третото тримесечие",
      "през четвъртото тримесечие",
      /^error numbers: the translation says "четвъртото тримесечие" where the source says Q3/,
    ],
    [
      "per cent for percentage points",
      "с 0,4 процентни пункта",
      "с 0,4%",
      /^error units: the translation says 0,4% where the source says 0\.4 percentage points: another unit/,
    ],
    [
      "a negation added to the source's verb",
      "правителството ще повиши",
      "правителството няма да повиши",
      /^error negation: the translation says "няма да повиши/,
    ],
    [
      "the minister's surname misspelt, spelt right in another sentence",
      "Петкова ще внесе",
      "Петвова ще внесе",
      /^warning names: the translation has Петвова \(Petvova\) where the source has Petkova: a surname spelt otherwise\?/,
    ],
  ])("English into Bulgarian, %s", (_what, from, to, expected) => {
    const found = enBg(edited(bg, from, to));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  test("a surname spelt otherwise throughout is the name's own spelling: a foreign name's, not a misspelling", () => {
    // "Petkowa" in both sentences: the document never writes "Petkova", so nothing says which spelling is the name's.
    expect(bgEn(en.replaceAll("Petkova", "Petkowa"))).toEqual([]);
  });

  test("an antonym rendered with a negation is not judged: what the translation negates is a word of its own", () => {
    // "will stay within" / "няма да излезе извън": the same bound said the other way.
    expect(enBg(edited(bg, "„Бюджетът ще остане в рамките на 3% дефицит“", "„Бюджетът няма да излезе извън 3% дефицит“"))).toEqual([]);
  });

  test("a magnitude letter is read only beside a currency: elsewhere 5m is five metres", () => {
    const lang = getLanguage("en");
    const keys = (text: string) => tokenize(text, lang).map((t) => `${t.kind}:${t.key}`);
    expect(keys("EUR 865.9m")).toEqual(["word:eur", "number:865900000"]);
    expect(keys("€50k and $3b")).toEqual(["number:50000", "word:and", "number:3000000000"]);
    expect(keys("865.9m euros")).toEqual(["number:865900000", "word:euros"]);
    expect(keys("a 100m sprint")).toEqual(["word:a", "number:100", "word:m", "word:sprint"]);
    expect(keys("EUR 5mg")).toEqual(["word:eur", "number:5", "word:mg"]);
    expect(moneyMagnitude("5m people", 0, 1, lang)).toBeUndefined();
    // A language without such letters reads none.
    expect(moneyMagnitude("€5m", 1, 2, getLanguage("bg"))).toBeUndefined();
  });
});
