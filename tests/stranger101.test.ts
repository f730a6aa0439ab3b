/** What a literary translator's story, essay and tale (stranger 101) showed. */

import { align } from "../src/index.js";
import { pairFlagTexts } from "./helpers.js";

const flags = pairFlagTexts;

describe("a negation the lexicon sees (stranger 101)", () => {
  test("'не' before a past tense whose verb the translation says unnegated is a reversal", () => {
    expect(flags("Иван не отговори.", "Ivan answered.")).toEqual([
      'error negation: the source says "не отговори", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Ivan never answered.", "Иван отговори.", "en", "bg")).toEqual([
      'error negation: the source says "never answered", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Иван не отговори.", "Ivan did not answer.")).toEqual([]);
  });

  test("a particle before a word the translation does not say, or a pronoun, is no negation of it", () => {
    expect(flags("Той ни каза истината.", "He told us the truth.")).toEqual([]);
    expect(flags("Той не само отговори, но и попита.", "He answered, and asked too.")).toEqual([]);
  });
});

test("six short sentences translated word for word are a translation (stranger 101)", () => {
  const bg = [
    "Тя не искаше никой да узнае.",
    "Иван не отговори.",
    "Тя не дойде на погребението.",
    "Лисицата не я пуснала.",
    "Кладенецът беше зазидан.",
    "Тя не искаше да говори с него.",
  ];
  const en = [
    "She did not want anyone to find out.",
    "Ivan did not answer.",
    "She did not come to the funeral.",
    "The fox did not let her through.",
    "The well had been bricked up.",
    "She did not want to talk to him.",
  ];
  const b = align(`${bg.join("\n\n")}\n`, `${en.join("\n\n")}\n`, { sourceLang: "bg", targetLang: "en" });
  expect(b.documentFlags ?? []).toEqual([]);
  expect(b.links.flatMap((l) => l.flags.filter((f) => f.severity !== "info"))).toEqual([]);
});

test("a year written short after an apostrophe is that year in full (stranger 101)", () => {
  expect(flags("Това се случи през зимата на '44.", "It happened in the winter of 1944.")).toEqual([]);
  expect(flags("Това се случи през зимата на 1944 г.", "It happened in the winter of ’44.")).toEqual([]);
  expect(flags("Това се случи през зимата на '44.", "It happened in the winter of 1945.")).toEqual([
    "error numbers: the translation says 1945 where the source says 44",
  ]);
});
