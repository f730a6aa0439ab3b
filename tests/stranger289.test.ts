/**
 * What the seventy-second session mended: what the seventy-first's strangers left (a list renumbered after an item left
 * out, negations whose verb the lexicon lacked or whose passive it could not read) and what its own strangers (289-) found.
 */

import { align } from "../src/index.js";
import { stemmerFor } from "../src/lang/stem.js";
import { flagTexts, pairFlagTexts } from "./helpers.js";

const CRITERIA_BG = [
  "Критерии за изключване",
  "",
  "1) Предшестващо лечение с инхибитор на VEGF през последните 6 месеца.",
  "2) Активна инфекция, изискваща системна антибиотична терапия.",
  "3) Симптоматични мозъчни метастази.",
  "4) Сърдечна недостатъчност клас III или IV по NYHA.",
  "5) QTc интервал > 470 ms.",
  "6) Бременност или кърмене.",
  "7) Известна свръхчувствителност към някое от помощните вещества.",
].join("\n");

const CRITERIA_EN = [
  "Exclusion criteria",
  "",
  "1) Prior treatment with a VEGF inhibitor within the last 6 months.",
  "2) Active infection requiring systemic antibiotic therapy.",
  "3) NYHA class III or IV heart failure.",
  "4) QTc interval > 470 ms.",
  "5) Pregnancy or breast-feeding.",
  "6) Known hypersensitivity to any of the excipients.",
].join("\n");

describe("a list renumbered after an item left out (272, 279)", () => {
  test("one omission, and the items after it a note each, not a changed number each", () => {
    const b = align(CRITERIA_BG, CRITERIA_EN);
    expect(flagTexts(b)).toEqual(["error missing: this sentence is not translated (paragraph 2)"]);
    const notes = b.links.flatMap((l) => l.flags.filter((f) => f.type === "numbers"));
    expect(notes).toHaveLength(4);
    expect(notes[0]).toMatchObject({
      severity: "info",
      reason:
        "the translation numbers this item 3, the source 4: the list is renumbered after an item the translation leaves out (source sentence 4)",
      evidence: { source: ["4"], target: ["3"], renumbered: true },
    });
  });

  test("an item the translation adds, the list renumbered after it", () => {
    const b = align(CRITERIA_EN, CRITERIA_BG, { sourceLang: "en", targetLang: "bg" });
    expect(flagTexts(b)).toEqual([expect.stringMatching(/^error added: /u)]);
    expect(b.links.flatMap((l) => l.flags.filter((f) => f.type === "numbers").map((f) => f.severity))).toEqual([
      "info",
      "info",
      "info",
      "info",
    ]);
  });

  test("a list whose numbers do not run on is still a changed number", () => {
    // Nothing left out, and the translation numbers its fourth item 5.
    const bg = CRITERIA_BG.replace("3) Симптоматични мозъчни метастази.\n", "")
      .replace("4) Сърдечна", "3) Сърдечна")
      .replace("5) QTc", "4) QTc")
      .replace("6) Бременност", "5) Бременност")
      .replace("7) Известна", "6) Известна");
    const b = align(bg, CRITERIA_EN.replace("4) QTc", "5) QTc"));
    expect(flagTexts(b)).toEqual(["error numbers: the translation says 5 where the source says 4"]);
  });

  test("a numbered item's other number changed is still an error", () => {
    const b = align(CRITERIA_BG, CRITERIA_EN.replace("4) QTc interval > 470 ms.", "4) QTc interval > 450 ms."));
    expect(flagTexts(b)).toContain("error numbers: the translation says 4, 450 where the source says 5, 470");
  });
});

describe("negations whose verb the lexicon now reads", () => {
  test("an instruction's verb, said plainly, is an error whichever verb (279, 294)", () => {
    for (const [en, bg] of [
      ["Do not cover the lamb while it rests.", "Покрийте агнешкото, докато почива."],
      ["Do not wash raw chicken before cooking.", "Измийте суровото пиле преди готвене."],
      ["Do not run these commands as root.", "Изпълнявайте тези команди като root."],
    ])
      expect(pairFlagTexts(en!, bg!, "en", "bg")).toEqual([expect.stringMatching(/^error negation: /u)]);
  });

  test("an exclusion criterion made an inclusion is an error (284)", () => {
    expect(
      pairFlagTexts(
        "Пациенти с положителен тест за хепатит B или C не се включват в проучването.",
        "Patients with a positive test for hepatitis B or C are enrolled in the study.",
      ),
    ).toEqual([expect.stringMatching(/^error negation: the source says "не се включват/u)]);
    expect(pairFlagTexts("Пробите не се замразяват.", "The samples are frozen.")).toEqual([expect.stringMatching(/^error negation: /u)]);
    expect(pairFlagTexts("Уредът не се монтира на открито.", "The unit is installed outdoors.")).toEqual([
      expect.stringMatching(/^error negation: /u),
    ]);
  });

  test("a passive's irregular participle meets the lexicon's verb (272)", () => {
    expect(stemmerFor("en", { given: "give" })("given")).toBe("give");
    expect(pairFlagTexts("Лекарството няма да бъде прилагано при деца.", "The medicine will be given to children.")).toEqual([
      expect.stringMatching(/^error negation: /u),
    ]);
    // Kept, it is clean.
    expect(pairFlagTexts("Лекарството няма да бъде прилагано при деца.", "The medicine will not be given to children.")).toEqual([]);
  });

  test("an infinitive's own negation does not cover the verb after it (280)", () => {
    expect(
      pairFlagTexts(
        "Решението Ви да не участвате няма да повлияе на медицинските грижи, които получавате.",
        "Your decision not to take part will affect the medical care you receive.",
      ),
    ).toEqual([expect.stringMatching(/^error negation: the source's "няма да повлияе на" says no to "повлияе"/u)]);
    expect(
      pairFlagTexts(
        "Решението Ви да не участвате няма да повлияе на медицинските грижи, които получавате.",
        "Your decision not to take part will not affect the medical care you receive.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "Решихме да не купуваме къщата, защото цената беше висока.",
        "We decided not to buy the house because the price was high.",
      ),
    ).toEqual([]);
  });

  test("a result not recorded, said recorded (292)", () => {
    expect(
      pairFlagTexts(
        "Неданъчните приходи не отчитат ръст спрямо миналата година.",
        "Non-tax revenue recorded growth compared with last year.",
      ),
    ).toEqual([expect.stringMatching(/^error negation: /u)]);
  });
});

describe("a financial release's periods and rounding (292)", () => {
  test("a rounded amount beside a period said as Q2, H1 or nine months is a rounding, not a changed number", () => {
    expect(
      pairFlagTexts("Печалбата за второто тримесечие на 2025 г. е 96 412 хил. лв.", "Profit for Q2 2025 was BGN 96.4 million."),
    ).toEqual(["warning numbers: the translation rounds 96 412 хил. to 96.4 million: check the precision the source gives"]);
    expect(
      pairFlagTexts(
        "Печалбата за деветмесечието на 2025 г. е около 96 412 хил. лв.",
        "Profit for the first nine months of 2025 was about BGN 96.4 million.",
      ),
    ).toEqual([]);
  });

  test("a quarter changed beside a rounded amount names the quarter alone", () => {
    expect(
      pairFlagTexts(
        "БВП за второто тримесечие на 2025 г. възлиза на 52 318 млн. лв.",
        "GDP in the third quarter of 2025 amounted to BGN 52.3 billion.",
      ),
    ).toContain("error numbers: the translation says third where the source says второто");
  });

  test("a basis of comparison changed is an error; kept, clean", () => {
    expect(pairFlagTexts("БВП нараства с 3,1% на годишна база.", "GDP grew by 3.1% quarter on quarter.")).toEqual([
      'error terms: the source says "на годишна база" (year on year), the translation "quarter on quarter" (quarter on quarter): another basis of comparison?',
    ]);
    expect(pairFlagTexts("БВП нараства с 3,1% на годишна база.", "GDP grew by 3.1% year on year.")).toEqual([]);
    expect(pairFlagTexts("Годишният темп на инфлацията е 3,6% през август 2025 г.", "Annual inflation was 3.6% in August 2025.")).toEqual(
      [],
    );
  });

  test("a sentence left in Bulgarian is told untranslated, not its decimal commas", () => {
    const same = "Хармонизираният индекс на потребителските цени отчита годишна инфлация от 4,1%.";
    const b = align(`Инфлацията е 3,6%.\n\n${same}\n`, `Inflation is 3.6%.\n\n${same}\n`, { force: true });
    expect(flagTexts(b)).toEqual(["error untranslated: the translation is the source text, unchanged"]);
  });
});
