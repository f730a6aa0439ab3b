/**
 * What the seventy-second session mended: what the seventy-first's strangers left (a list renumbered after an item left
 * out, negations whose verb the lexicon lacked or whose passive it could not read) and what its own strangers (289-) found.
 */

import { align } from "../src/index.js";
import { getLanguage } from "../src/lang/index.js";
import { stemmerFor } from "../src/lang/stem.js";
import { segment } from "../src/segment/index.js";
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
    // Read so by the negation check alone: the aligner's evidence stems "given" as Snowball does.
    expect(getLanguage("en").irregularForms?.given).toBe("give");
    expect(getLanguage("en").stem("given")).toBe(stemmerFor("en")("given"));
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

describe("a chemist's shares and a command's options (289, 294)", () => {
  test("a share by mass made one by volume or by amount is another unit; a bare per cent is any of them", () => {
    expect(pairFlagTexts("Покритието съдържа 2 тегл.% силициев диоксид.", "The coating contains 2 vol.% silica.")).toEqual([
      "error units: the translation says 2 vol.% where the source says 2 тегл.%: another unit",
    ]);
    expect(pairFlagTexts("Покритието съдържа 1,2 мол.% талк.", "The coating contains 1.2 wt.% talc.")).toEqual([
      "error units: the translation says 1.2 wt.% where the source says 1,2 мол.%: another unit",
    ]);
    expect(pairFlagTexts("Покритието съдържа 15 тегл.% талк.", "The coating contains 15% by weight of talc.")).toEqual([]);
    expect(pairFlagTexts("Покритието съдържа 15 тегл.% талк.", "The coating contains 15% talc.")).toEqual([]);
  });

  test("inline code that lost its option is a changed code; the same code, or a label translated, is not", () => {
    expect(
      pairFlagTexts(
        "To preview which snapshots would be deleted, run `backupctl prune --dry-run` first.",
        "За да видите кои моментни снимки ще бъдат изтрити, първо изпълнете `backupctl prune`.",
        "en",
        "bg",
      ),
    ).toEqual([
      "error names: the translation has `backupctl prune` where the source has `backupctl prune --dry-run`: codes and e-mails are copied exactly",
    ]);
    expect(pairFlagTexts("Click `Save` and run `npm ci`.", "Щракнете `Запази` и изпълнете `npm ci`.", "en", "bg")).toEqual([]);
  });
});

describe("a story's and a contract's readings (293, 297, 298)", () => {
  test("half past five in words is 5.30, 5:30 a.m. and five thirty; another time is still a changed number", () => {
    for (const en of ["The train left at five thirty.", "The train left at 5.30.", "The train left at 5:30 a.m."])
      expect(pairFlagTexts("Влакът тръгна в пет и половина.", en)).toEqual([]);
    expect(pairFlagTexts("Влакът тръгна в пет и половина.", "The train left at 6.30.")).toEqual([
      "error numbers: the translation says 6.30 where the source says пет и половина",
    ]);
  });

  test("a character renamed where the sentence opens on the name", () => {
    const bg = "Петър отвори вратата и излезе навън. Навън валеше, а Петър нямаше чадър.";
    expect(flagTexts(align(bg, "Pavel opened the door and went outside. It was raining, and Petar had no umbrella."))).toEqual([
      "warning names: the name Петър (Petar) is not in the translation, which names Pavel instead: replaced by another name?",
    ]);
    expect(flagTexts(align(bg, "Petar opened the door and went outside. It was raining, and Petar had no umbrella."))).toEqual([]);
  });

  test("'освен ако ... не надвишава' is unless it exceeds: no limit reversed; the bound turned still is", () => {
    const bg = "Продавачът не носи отговорност по претенция, освен ако размерът ѝ не надвишава 20 000 евро.";
    expect(pairFlagTexts(bg, "The Seller shall not be liable for any claim unless the amount of that claim exceeds EUR 20,000.")).toEqual(
      [],
    );
    expect(
      pairFlagTexts(bg, "The Seller shall not be liable for any claim unless the amount of that claim is less than EUR 20,000."),
    ).toEqual([
      'error numbers: the limit is reversed: the translation says "less than EUR 20,000" where the source says "не надвишава 20 000"',
    ]);
  });

  test("a dose taken twice ('2 x 500 mg') is 'по 500 mg два пъти'; three times is not", () => {
    expect(
      pairFlagTexts("The recommended dose is 2 x 500 mg daily.", "Препоръчителната доза е по 500 mg два пъти дневно.", "en", "bg"),
    ).toEqual([]);
    expect(
      pairFlagTexts("The recommended dose is 2 x 500 mg daily.", "Препоръчителната доза е по 500 mg три пъти дневно.", "en", "bg"),
    ).toEqual(["error numbers: the translation says три where the source says 2"]);
    expect(pairFlagTexts("The box measures 2 x 3 m.", "Кутията е 2 x 3 cm.", "en", "bg")).toEqual([
      "error units: the translation says 2 x 3 cm where the source says 2 x 3 m: another unit",
    ]);
  });

  test("a contrast said with 'rather than' keeps its no; a disagreement made agreement is an error", () => {
    expect(pairFlagTexts("Често не аз ги избирам, а те мен.", "Often they choose me rather than the other way round.")).toEqual([]);
    expect(pairFlagTexts("Не съм съгласна с решението на комисията.", "I agree with the committee's decision.")).toEqual([
      expect.stringMatching(/^error negation: /u),
    ]);
  });
});

describe("what the second round of strangers found (295-299)", () => {
  test("a rounded amount beside a per cent is a rounding, not a stack overflow", () => {
    expect(pairFlagTexts("Приходите са 652,3 млн. лв., с 8% повече.", "Revenue was BGN 652 million, up 8%.")).toEqual([
      "warning numbers: the translation rounds 652,3 млн. to 652 million: check the precision the source gives",
    ]);
  });

  test("steps after a label word, items in brackets and sub-items renumbered after a gap are notes", () => {
    const bgSteps = [
      "Изтеглете инсталационния архив от сайта на производителя.",
      "Проверете контролната сума на архива.",
      "Разархивирайте файловете в папка по избор.",
      "Затворете всички отворени програми.",
      "Стартирайте инсталатора с права на администратор.",
      "Рестартирайте компютъра.",
    ];
    const enSteps = [
      "Download the installation archive from the manufacturer's website.",
      "Verify the checksum of the archive.",
      "Close all open programs.",
      "Run the installer with administrator rights.",
      "Restart the computer.",
    ];
    const b = align(
      ["Инсталиране", "", ...bgSteps.map((t, k) => `Стъпка ${k + 1}. ${t}`)].join("\n"),
      ["Installation", "", ...enSteps.map((t, k) => `Step ${k + 1}. ${t}`)].join("\n"),
    );
    expect(flagTexts(b)).toEqual(["error missing: this sentence is not translated (paragraph 2)"]);
    expect(b.links.flatMap((l) => l.flags.filter((f) => f.type === "numbers").map((f) => f.severity))).toEqual(["info", "info", "info"]);
    const sub = align(
      "Изисквания\n\n1) Лиценз за дейността.\n2) Опит от три години.\n3) Екип:\n3.1 ръководител;\n3.2 двама експерти.\n4) Банкова гаранция.",
      "Requirements\n\n1) A licence for the activity.\n2) A team:\n2.1 a manager;\n2.2 two experts.\n3) A bank guarantee.",
    );
    expect(flagTexts(sub)).toEqual(["error missing: this sentence is not translated (paragraph 2)"]);
    expect(sub.links.flatMap((l) => l.flags.filter((f) => f.type === "numbers").map((f) => f.severity))).toEqual([
      "info",
      "info",
      "info",
      "info",
    ]);
  });

  test("a reference of a reading list, and a tool's name heading a README, are no untranslated text", () => {
    const en = "Reading list\n\nBishop, C. M. Pattern Recognition and Machine Learning.\n\nThe course has twelve lectures.\n";
    const bg = "Литература\n\nBishop, C. M. Pattern Recognition and Machine Learning.\n\nКурсът има дванадесет лекции.\n";
    expect(flagTexts(align(en, bg, { sourceLang: "en", targetLang: "bg" }))).toEqual([]);
  });

  test("a year beside a change is no change's size", () => {
    expect(
      pairFlagTexts(
        "През юни 2025 г. индексът намалява с 1,2 % спрямо май и нараства с 0,8 % спрямо юни 2024 г.",
        "In June 2025, the index fell by 1.2% on May but rose by 0.8% on June 2024.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("През юни 2025 г. индексът намалява с 1,2 %.", "In June 2025, the index rose by 1.2%.")).toEqual([
      expect.stringMatching(/^error negation: the source says it shrank/u),
    ]);
  });

  test("a frequency in a table's last cell or said with a perfect is compared", () => {
    expect(
      pairFlagTexts("Nervous system disorders\tDizziness\tCommon", "Нарушения на нервната система\tЗамаяност\tМного чести", "en", "bg"),
    ).toEqual(['warning terms: the source says "Common" (common), the translation "Много чести" (very common): another frequency?']);
    expect(
      pairFlagTexts("Nervous system disorders\tDizziness\tCommon", "Нарушения на нервната система\tЗамаяност\tЧести", "en", "bg"),
    ).toEqual([]);
    expect(pairFlagTexts("Hepatitis was rare.", "Хепатитът е бил чест.", "en", "bg")).toEqual([
      expect.stringMatching(/^warning terms: the source says "rare" \(rare\), the translation "чест" \(common\)/u),
    ]);
  });

  test("'with sudo' made 'без sudo' keeps the no; a warranty's 'not in breach' dropped is an error", () => {
    expect(pairFlagTexts("Do not install the tool with sudo.", "Инсталирайте инструмента без sudo.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("Do not install the tool with sudo.", "Инсталирайте инструмента със sudo.", "en", "bg")).toEqual([
      expect.stringMatching(/^error negation: /u),
    ]);
    expect(
      pairFlagTexts(
        "The Company is not in breach of the Value Added Tax Act.",
        "Дружеството е в нарушение на Закона за данък върху добавената стойност.",
        "en",
        "bg",
      ),
    ).toEqual([expect.stringMatching(/^error negation: the source says "is not in breach of"/u)]);
  });

  test("an option dropped from inline code from a Cyrillic source; a share's sign after a space ends no sentence", () => {
    expect(
      pairFlagTexts(
        "За да видите кои моментни снимки ще бъдат изтрити, първо изпълнете `backupctl prune --dry-run`.",
        "To preview which snapshots would be deleted, run `backupctl prune` first.",
      ),
    ).toEqual([
      "error names: the translation has `backupctl prune` where the source has `backupctl prune --dry-run`: codes and e-mails are copied exactly",
    ]);
    expect(segment("Покритието съдържа 15 тегл. % талк. Второто изречение е тук.", "bg").map((s) => s.text)).toEqual([
      "Покритието съдържа 15 тегл. % талк.",
      "Второто изречение е тук.",
    ]);
  });

  test("a year and a half without 'една', six millennia, and free of charge said for 'не се заплаща' (296)", () => {
    expect(pairFlagTexts("Срокът на обучението е година и половина.", "The training lasts 18 months.")).toEqual([]);
    expect(pairFlagTexts("Срокът на обучението е година и половина.", "The training lasts 24 months.")).toEqual([
      "error numbers: the translation says 24 where the source says година и половина",
    ]);
    expect(pairFlagTexts("Крепостта е построена преди 6000 години.", "The fortress was built six millennia ago.")).toEqual([]);
    expect(pairFlagTexts("Крепостта е построена преди 6000 години.", "The fortress was built five millennia ago.")).toEqual([
      "error numbers: the translation says five where the source says 6000",
    ]);
    expect(pairFlagTexts("Входът за музея не се заплаща.", "Admission to the museum is free.")).toEqual([]);
  });

  test("a contraindication below a figure made a recommendation is an error (298)", () => {
    const en = "The medicine should not be used in patients with creatinine clearance below 30 ml/min.";
    expect(pairFlagTexts(en, "Лекарството трябва да се използва при пациенти с креатининов клирънс под 30 ml/min.", "en", "bg")).toEqual([
      expect.stringMatching(/^error negation: /u),
    ]);
    expect(pairFlagTexts(en, "Лекарството не трябва да се използва при пациенти с креатининов клирънс под 30 ml/min.", "en", "bg")).toEqual(
      [],
    );
  });

  test("a phrasal verb's negation dropped is an error: 'is not carried out' / 'се извършва' (289)", () => {
    expect(
      pairFlagTexts(
        "9. The method according to claim 8, wherein the curing is not carried out in an inert atmosphere.",
        "9. Метод съгласно претенция 8, при който втвърдяването се извършва в инертна атмосфера.",
        "en",
        "bg",
      ),
    ).toEqual([expect.stringMatching(/^error negation: /u)]);
  });

  test("millions rounded to two figures are a rounding; a price's figure changed is not (299)", () => {
    expect(pairFlagTexts("Приходите са 652,3 млн. лв.", "Revenue was BGN 650 million.")).toEqual([
      "warning numbers: the translation rounds 652,3 млн. to 650 million: check the precision the source gives",
    ]);
    expect(pairFlagTexts("Приходите са 652,3 млн. лв.", "Revenue was BGN 660 million.")).toEqual([
      "error numbers: the translation says 660 million where the source says 652,3 млн.",
    ]);
    expect(pairFlagTexts("Цената е 1 250 лв.", "The price is BGN 1,200.")).toEqual([
      "error numbers: the translation says 1,200 where the source says 1 250",
    ]);
  });
});
