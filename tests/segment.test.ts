import { segment } from "../src/segment/index.js";
import { corpus, read } from "./helpers.js";

const texts = (text: string, lang: string) => segment(text, lang).map((s) => s.text);

describe("segment: Bulgarian rules", () => {
  test.each([
    [
      "На 15 април 2024 г. във Виена се проведе среща. Тя беше успешна.",
      ["На 15 април 2024 г. във Виена се проведе среща.", "Тя беше успешна."],
    ],
    ["Билетът струва 12 лв. Студентите плащат по-малко.", ["Билетът струва 12 лв.", "Студентите плащат по-малко."]],
    [
      "Съгласно чл. 5, ал. 2 от закона, т.е. от новия текст, срокът е кратък.",
      ["Съгласно чл. 5, ал. 2 от закона, т.е. от новия текст, срокът е кратък."],
    ],
    [
      "Проф. Петров и доц. Иванова живеят в гр. София, на ул. Шипка и бул. Витоша.",
      ["Проф. Петров и доц. Иванова живеят в гр. София, на ул. Шипка и бул. Витоша."],
    ],
    ["Плодове, зеленчуци и др. Всичко е прясно.", ["Плодове, зеленчуци и др.", "Всичко е прясно."]],
    ["Има ябълки, круши и др. плодове.", ["Има ябълки, круши и др. плодове."]],
    ["— Закъсня! — извика той. — Знам.", ["— Закъсня! — извика той.", "— Знам."]],
    ["Той каза: „Това е. Така стана.“ Тогава си отиде.", ["Той каза: „Това е.", "Така стана.“", "Тогава си отиде."]],
    ["Дойде „Това е. Така“ и си отиде.", ["Дойде „Това е. Така“ и си отиде."]],
    ["Цената е 0,20 лв. на ден... Дали? Да!", ["Цената е 0,20 лв. на ден...", "Дали?", "Да!"]],
  ])("%s", (input, expected) => {
    expect(texts(input, "bg")).toEqual(expected);
  });
});

describe("segment: English rules", () => {
  test.each([
    ["Mr. Smith met Dr. Jones at 9 a.m. on Monday. They talked.", ["Mr. Smith met Dr. Jones at 9 a.m. on Monday.", "They talked."]],
    ["The meeting ended at 9 p.m. The next one is Friday.", ["The meeting ended at 9 p.m.", "The next one is Friday."]],
    ["The U.S. economy grew 2.5% in 2024. Analysts were surprised.", ["The U.S. economy grew 2.5% in 2024.", "Analysts were surprised."]],
    [
      "Apple Inc. said so, e.g. in its report vs. the rumours. J. R. R. Tolkien agreed.",
      ["Apple Inc. said so, e.g. in its report vs. the rumours.", "J. R. R. Tolkien agreed."],
    ],
    ["See item No. 5 on p. 12. It is clear.", ["See item No. 5 on p. 12.", "It is clear."]],
    ['"Are you ready?" CNN reported. The crowd cheered.', ['"Are you ready?" CNN reported.', "The crowd cheered."]],
    [
      "Download meteo-fw-2.4.1.bin from https://example.com/fw?v=2.4. Then restart.",
      ["Download meteo-fw-2.4.1.bin from https://example.com/fw?v=2.4.", "Then restart."],
    ],
    ["Write to press@example.org. We answer fast.", ["Write to press@example.org.", "We answer fast."]],
  ])("%s", (input, expected) => {
    expect(texts(input, "en")).toEqual(expected);
  });

  test("each language is split with its own rules", () => {
    // "г." ends a Bulgarian sentence before a capital; English has no such abbreviation.
    expect(texts("Това стана през 2024 г. Никой не знаеше.", "bg")).toHaveLength(2);
    expect(texts("Mr. Brown arrived.", "en")).toHaveLength(1);
    expect(texts("Mr. Brown arrived.", "de")).toHaveLength(2);
  });
});

describe("segment: structure", () => {
  test("a headline on its own line is its own segment", () => {
    expect(texts("Wildfires spread\nThe fire reached the town. It burned for days.", "en")).toEqual([
      "Wildfires spread",
      "The fire reached the town.",
      "It burned for days.",
    ]);
  });

  test("bullet and numbered items keep their own segments", () => {
    const s = segment("Steps:\n• open the box\n• plug it in\n1. Wait\n2) Done", "en");
    expect(s.map((x) => x.text)).toEqual(["Steps:", "• open the box", "• plug it in", "1. Wait", "2) Done"]);
  });

  test("hard-wrapped prose is joined", () => {
    const text =
      "This is a long sentence that was wrapped by an editor at a fixed\nwidth so it continues on the next line and ends here. Then another\none starts.";
    expect(texts(text, "en")).toHaveLength(2);
  });

  test("paragraph indices follow blank lines", () => {
    const s = segment("One. Two.\n\nThree.\r\n\r\n\r\nFour.", "en");
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1, 2]);
  });

  test("offsets frame each segment exactly", () => {
    const text = "  Първо изречение.  Второ!\n\n  • Трето  \n";
    const got = segment(text, "bg");
    expect(got.map((s) => s.text)).toEqual(["Първо изречение.", "Второ!", "• Трето"]);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test("segmented mode: one segment a line, blank lines are paragraph breaks", () => {
    const s = segment("a b. c d.\n\n\nsecond\r\nthird\n", "en", { segmented: true });
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ["a b. c d.", 0],
      ["second", 1],
      ["third", 1],
    ]);
  });
});

describe("segment: corpus gold", () => {
  test.each([
    ["osce-alliance-2024", "bg"],
    ["osce-alliance-2024", "en"],
    ["handmade-bg-en", "bg"],
    ["handmade-bg-en", "en"],
  ])("%s/%s matches its hand-checked sentences", (name, lang) => {
    const gold = segment(read(corpus(name, `${lang}.sentences.txt`)), lang, { segmented: true });
    const got = segment(read(corpus(name, `${lang}.txt`)), lang);
    expect(got.map((s) => s.text.replace(/\s+/gu, " "))).toEqual(gold.map((s) => s.text));
    expect(got.map((s) => s.paragraph)).toEqual(gold.map((s) => s.paragraph));
  });

  test("the seed pair has 11 sentences a side and keeps „2024 г. във Виена“ whole", () => {
    const bg = segment(read(corpus("osce-alliance-2024", "bg.txt")), "bg");
    expect(bg).toHaveLength(11);
    expect(bg[0]!.text).toContain("2024 г. във Виена");
    expect(segment(read(corpus("osce-alliance-2024", "en.txt")), "en")).toHaveLength(11);
  });
});
