/** A surname named alone after a person's title ("г-н Димитров", "Ms Ivanova") is a person's, judged as a full name is. */

import { align } from "../src/index.js";

const BG = [
  "Договорът е подписан на 12 март 2025 г. в София.",
  "Вчера г-н Димитров каза, че ще дойде утре.",
  "Г-жа Петрова ще представи доклада в понеделник.",
  "Според д-р Стоянов лечението трябва да продължи.",
];

function flags(source: readonly string[], target: readonly string[], sourceLang = "bg", targetLang = "en"): string[] {
  return align(source.join("\n\n"), target.join("\n\n"), { sourceLang, targetLang }).links.flatMap((l) =>
    (l.flags ?? []).map((f) => `${f.severity} ${f.type}: ${f.reason}`),
  );
}

describe("a surname after a person's title", () => {
  test("another surname in the translation is flagged", () => {
    const en = [
      "The contract was signed on 12 March 2025 in Sofia.",
      "Yesterday Mr Kolev said he would come tomorrow.",
      "Ms Georgieva will present the report on Monday.",
      "According to Dr Stoyanov, the treatment should continue.",
    ];
    expect(flags(BG, en)).toEqual([
      "warning names: the name Димитров (Dimitrov) is not in the translation, which names Kolev instead: replaced by another name?",
      "warning names: the name Петрова (Petrova) is not in the translation, which names Georgieva instead: replaced by another name?",
    ]);
  });

  test("the same people are not flagged", () => {
    const en = [
      "The contract was signed on 12 March 2025 in Sofia.",
      "Yesterday Mr Dimitrov said he would come tomorrow.",
      "Ms Petrova will present the report on Monday.",
      "According to Dr Stoyanov, the treatment should continue.",
    ];
    expect(flags(BG, en)).toEqual([]);
  });

  test("English to Bulgarian: 'Mr Kolev' / 'г-н Петров'", () => {
    const en = ["The meeting starts at 10:00.", "Mr Kolev will open it.", "The minutes are kept by Ms Ivanova."];
    const bg = ["Срещата започва в 10:00 ч.", "Г-н Петров ще я открие.", "Протоколът се води от г-жа Иванова."];
    expect(flags(en, bg, "en", "bg")).toEqual([
      "warning names: the name Kolev is not in the translation, which names Петров instead: replaced by another name?",
    ]);
  });

  test("a foreign surname after a title is not judged by the language's spelling (no surname ending)", () => {
    const bg = ["Срещата започва в 10 ч.", "Г-н Тръмп ще я открие."];
    const en = ["The meeting starts at 10 a.m.", "Mr Trump will open it."];
    expect(flags(bg, en)).toEqual([]);
  });
});
