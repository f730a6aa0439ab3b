/** What a literary translator's story, essay and tale (stranger 101) showed. */

import { align, segment } from "../src/index.js";
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
    // Past a pronoun's clitic; a perfective verb's participle ("пуснала") stems as its verb ("пусна") does.
    expect(flags("Лисицата не я пуснала.", "The fox let her through.")).toEqual([
      'error negation: the source says "не я пуснала", and the translation has no negation: meaning reversed?',
    ]);
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

describe("a character renamed (stranger 101)", () => {
  test("a known first name the translation spells as another name, or replaces with one, is named", () => {
    const bg = "В събота Мария тръгна за Пловдив.\nБаща ѝ остана вкъщи.";
    expect(flags(bg, "On Saturday Martha left for Plovdiv.\nHer father stayed at home.")).toEqual([
      "warning names: the name Мария (Maria) is not in the translation, which names Martha instead: replaced by another name?",
    ]);
    expect(flags(bg, "On Saturday, Elena left for Plovdiv.\nHer father stayed at home.")).toEqual([
      "warning names: the name Мария (Maria) is not in the translation, which names Elena instead: replaced by another name?",
    ]);
    // Its English form, or its spelling, is the name carried.
    expect(flags(bg, "On Saturday Mary left for Plovdiv.\nHer father stayed at home.")).toEqual([]);
    expect(flags(bg, "On Saturday Mariya left for Plovdiv.\nHer father stayed at home.")).toEqual([]);
  });
});

test("a story's function word opening a quotation is no name; a phrase's preposition may end a sentence (stranger 101)", () => {
  const bg = [
    "Иван отвори плика.",
    "На гърба, с избеляло синьо мастило, някой беше написал: „Да се отвори от внука ми, когато мен вече ме няма.“",
  ];
  const en = [
    "Ivan opened the envelope.",
    "On the back, in faded blue ink, someone had written: “To be opened by my grandson once I am gone.”",
  ];
  const reasons = (b: ReturnType<typeof align>) => b.links.flatMap((l) => l.flags.map((f) => f.reason));
  const quoted = align(`${bg.join("\n\n")}\n`, `${en.join("\n\n")}\n`, { sourceLang: "bg", targetLang: "en" });
  expect(reasons(quoted).filter((r) => r.includes("no name matches"))).toEqual([]);
  const joined = align(
    "Иван отвори плика.\n\nСега вече няма от кого да се срамувам, защото всички си отидоха.\n",
    "Ivan opened the envelope.\n\nNow there is no one left to be ashamed in front of. Everyone is gone.\n",
    { sourceLang: "bg", targetLang: "en" },
  );
  expect(reasons(joined).filter((r) => r.includes("a word sentences do not end on"))).toEqual([]);
});

test("a quotation, then who said it and how, is one sentence (stranger 101)", () => {
  const en = "“What's that?” Elena asked as soon as he came into the kitchen. “Who's Vera?” Stoyan whispered. “Run!” Ivan shouted.";
  expect(segment(en, "en").map((s) => s.text)).toEqual([
    "“What's that?” Elena asked as soon as he came into the kitchen.",
    "“Who's Vera?” Stoyan whispered.",
    "“Run!” Ivan shouted.",
  ]);
});
