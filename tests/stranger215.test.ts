/**
 * What the sixty-seventh session's strangers (215-219) showed: a pharmaceutical company's leaflets and SmPCs, a bank's
 * terms translated from English, a washing machine's manual, a court's judgment.
 */

import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, review } from "../src/index.js";
import { segment } from "../src/segment/index.js";
import { flagTexts, LEAFLET_PAIRS, leafletFlags, leafletFlagsFromEnglish, paragraphPairs, sverka } from "./helpers.js";

describe("a judgment's header: a number, then the town on the next line (219)", () => {
  test("'гр.' opening a line is the town, not grams ending a sentence", () => {
    const text = "Р Е Ш Е Н И Е\n№ 1234\nгр. София, 15.03.2024 г.\n\nВ ИМЕТО НА НАРОДА";
    expect(segment(text, "bg").map((s) => s.text)).toEqual(["Р Е Ш Е Н И Е", "№ 1234\nгр. София, 15.03.2024 г.", "В ИМЕТО НА НАРОДА"]);
    // Grams on the number's line still end a sentence.
    expect(segment("Добавете 200 гр. Разбъркайте добре.", "bg").map((s) => s.text)).toEqual(["Добавете 200 гр.", "Разбъркайте добре."]);
  });
  test("no unit is read across the line break", () => {
    const flags = flagTexts(
      paragraphPairs([
        ["Р Е Ш Е Н И Е\n№ 1234\nгр. София, 15.03.2024 г.", "J U D G M E N T\nNo. 1234\nSofia, 15 March 2024"],
        ["Ищецът Георги Николов е предявил иск срещу ответника.", "The claimant Georgi Nikolov brought an action against the defendant."],
      ]),
    );
    expect(flags).toEqual([]);
  });
});

describe("a prohibition lost (215, 216, 217)", () => {
  test("'докато' alone is 'while', no bound: the prohibition turned into an instruction is an error", () => {
    expect(leafletFlags("Не отваряйте вратичката, докато барабанът се върти.", "Open the door while the drum is rotating.")).toEqual([
      'error negation: the source says "Не отваряйте вратичката", and the translation has no negation: meaning reversed?',
    ]);
    // "докато ... не" is "until": a bound the negation may say, a warning as before.
    expect(leafletFlags("Не отваряйте вратичката, докато барабанът не спре.", "Open the door when the drum stops.")).toEqual([
      'warning negation: the source says "Не отваряйте вратичката", and the translation has no negation: meaning reversed?',
    ]);
    expect(leafletFlags("Не отваряйте вратичката, докато барабанът не спре.", "Do not open the door until the drum stops.")).toEqual([]);
  });
  test("two prohibitions joined, both lost, are an error", () => {
    expect(
      leafletFlags(
        "Не шофирайте и не работете с машини, докато приемате това лекарство.",
        "You may drive and use machines while taking this medicine.",
      ),
    ).toEqual(['error negation: the source says "Не шофирайте и", and the translation has no negation: meaning reversed?']);
  });
  test("verbs the lexicon now knows: понасям, прилагам, дайте", () => {
    expect(
      leafletFlags("Това лекарство не трябва да се прилага по време на бременност.", "This medicine should be used during pregnancy."),
    ).toEqual(['error negation: the source says "не трябва да се", and the translation has no negation: meaning reversed?']);
    expect(leafletFlagsFromEnglish("Do not give a double dose.", "Дайте двойна доза.")).toEqual([
      'error negation: the source says "Do not give", and the translation has no negation: meaning reversed?',
    ]);
    expect(
      leafletFlagsFromEnglish("Glucorin must not be administered intravenously.", "Глюкорин трябва да се прилага интравенозно."),
    ).toEqual(['error negation: the source says "must not be", and the translation has no negation: meaning reversed?']);
    const bank = flagTexts(
      paragraphPairs(
        [
          ["6.2. The Client shall notify the Bank without delay.", "6.2. Клиентът уведомява Банката незабавно."],
          [
            "6.3. The Client shall not bear any losses after notifying the Bank of the loss of the card.",
            "6.3. Клиентът понася загуби и след като е уведомил Банката за изгубването на картата.",
          ],
        ],
        ["en", "bg"],
      ),
    );
    expect(bank).toEqual(['error negation: the source says "shall not bear", and the translation has no negation: meaning reversed?']);
  });
  test("'not recommended' lost beside a reason that says no: an error on the opening clause", () => {
    expect(
      leafletFlags(
        "Цефурокс не се препоръчва при деца на възраст под 3 месеца, тъй като безопасността и ефективността при тях не са установени.",
        "Cefurox is recommended for children under 3 months of age, as its safety and efficacy in this age group have not been established.",
      ),
    ).toEqual([
      'error negation: the source says "не се препоръчва при", and the translation has no negation in its opening clause: meaning reversed?',
    ]);
  });
  test("the clauses in another order, as many negations a side: nothing", () => {
    expect(leafletFlags("Не приемайте лекарството, ако сте бременна.", "If you are pregnant, do not take the medicine.")).toEqual([]);
    expect(
      leafletFlags(
        "Лекарството не се препоръчва при деца, тъй като данните не са достатъчни.",
        "As data are not sufficient, the medicine is not recommended for children.",
      ),
    ).toEqual([]);
  });
});

describe("a bank's terms from English (216)", () => {
  test("an address in Bulgarian order after a clause's number is no swap", () => {
    const flags = flagTexts(
      paragraphPairs(
        [
          [
            "1.1. The General Terms govern the relationship between Danube Commercial Bank AD, UIC 201234567, registered office at 12 Vitosha Blvd, Sofia 1000 (the Bank), and its clients.",
            "1.1. Общите условия уреждат отношенията между „Дунавска търговска банка“ АД, ЕИК 201234567, със седалище и адрес на управление гр. София 1000, бул. „Витоша“ № 12 (Банката), и нейните клиенти.",
          ],
        ],
        ["en", "bg"],
      ),
    );
    expect(flags).toEqual([]);
  });
  test("'max.' before an amount ends no sentence; abbreviated floor and cap swapped are an error", () => {
    expect(segment("Outgoing transfer 0.15%, min. BGN 25, max. BGN 300", "en").map((s) => s.text)).toEqual([
      "Outgoing transfer 0.15%, min. BGN 25, max. BGN 300",
    ]);
    const flags = flagTexts(
      paragraphPairs(
        [
          [
            "Outgoing transfer in foreign currency: 0.15%, min. BGN 25, max. BGN 300",
            "Изходящ превод във валута: 0,15%, мин. 300 лв., макс. 25 лв.",
          ],
        ],
        ["en", "bg"],
      ),
    );
    expect(flags).toEqual([
      "error numbers: the numbers are swapped: the source's min … 25 is мин … 300 in the translation, and max … 300 is макс … 25",
    ]);
  });
  test("a surname a letter off, English into Bulgarian, is named as the one standing instead", () => {
    const flags = flagTexts(
      paragraphPairs(
        [
          [
            "1.4. The Bank is represented by Georgi Ivanov Petrov, Executive Director.",
            "1.4. Банката се представлява от Георги Иванов Петков, изпълнителен директор.",
          ],
        ],
        ["en", "bg"],
      ),
    );
    expect(flags).toEqual([
      "warning names: the name Georgi Ivanov Petrov is not in the translation, which names Петков instead: replaced by another name?",
    ]);
  });
});

describe("a leaflet's doses, periods, medicines and lists (215)", () => {
  test("a dose below one, its zero dropped or added, is a number changed: an error", () => {
    expect(leafletFlags("Дозата е 0,5 mg/kg телесно тегло.", "The dose is 5 mg/kg body weight.")).toEqual([
      "error numbers: the translation says 5 where the source says 0,5",
    ]);
    expect(leafletFlags("Дозата е 0,25 mg.", "The dose is 25 mg.")).toEqual([
      "error numbers: the translation says 25 where the source says 0,25",
    ]);
    expect(leafletFlags("Дозата е 5 mg.", "The dose is 0.5 mg.")).toEqual([
      "error numbers: the translation says 0.5 where the source says 5",
    ]);
    // A code spaced otherwise is still the same code.
    expect(leafletFlags("Използвайте игла 30G с дължина 8 mm.", "Use a 30 G needle 8 mm long.")).toEqual([]);
  });
  test("once a week made once a day, the dose written in figures", () => {
    expect(leafletFlags("Приемайте по 1 таблетка веднъж седмично.", "Take 1 tablet once daily.")).toEqual([
      "error units: the translation says once daily where the source says веднъж седмично: another period",
    ]);
    expect(leafletFlags("Приемайте по 1 таблетка веднъж седмично.", "Take 1 tablet once a week.")).toEqual([]);
  });
  test("a brand made of its substance's name is no second spelling of it", () => {
    const flags = flagTexts(
      paragraphPairs([
        ["Цефурокс 250 mg/5 ml прах за перорална суспензия", "Cefurox 250 mg/5 ml powder for oral suspension"],
        ["Цефурокс съдържа активното вещество цефуроксим.", "Cefurox contains the active substance cefuroxime."],
        ["Не давайте Цефурокс на деца под 3 месеца.", "Do not give Cefurox to children under 3 months."],
      ]),
    );
    expect(flags).toEqual([]);
  });
  test("the substance replaced beside its brand is another medicine", () => {
    expect(leafletFlags("Цефурокс съдържа активното вещество цефуроксим.", "Cefurox contains the active substance cefaclor.")).toEqual([
      "error names: the translation names cefaclor where the source names цефуроксим: another medicine?",
    ]);
  });
  test("insulin's units as 'единици'", () => {
    const flags = flagTexts(
      paragraphPairs(
        [
          [
            "Glucorin 100 IU/ml solution for injection in pre-filled pen",
            "Глюкорин 100 единици/ml инжекционен разтвор в предварително напълнена писалка",
          ],
          [
            "Each ml of solution contains 100 IU of insulin glargine (equivalent to 3.64 mg).",
            "Всеки ml от разтвора съдържа 100 единици инсулин гларжин (еквивалентни на 3,64 mg).",
          ],
          [
            "Each pen contains 3 ml of solution for injection, equivalent to 300 IU.",
            "Всяка писалка съдържа 3 ml инжекционен разтвор, еквивалентни на 300 единици.",
          ],
        ],
        ["en", "bg"],
      ),
    );
    expect(flags).toEqual([]);
  });
  test("an item dropped from a list of commas after a colon or a bullet", () => {
    expect(leafletFlags("Чести: диария, гадене, повръщане, главоболие.", "Common: diarrhoea, nausea, headache.")).toEqual([
      'warning missing: the source lists 4 items (диария, гадене, повръщане, главоболие) and the translation 3, with nothing for "повръщане": left out?',
    ]);
    expect(leafletFlags("Чести: диария, гадене, повръщане, главоболие.", "Common: diarrhoea, nausea, vomiting, headache.")).toEqual([]);
    const bullets = flagTexts(
      paragraphPairs([
        ...LEAFLET_PAIRS,
        ["Чести нежелани реакции:", "Common side effects:"],
        ["- диария, гадене, коремна болка;", "- diarrhoea, stomach pain;"],
      ]),
    );
    expect(bullets).toEqual([
      'warning missing: the source lists 3 items (диария, гадене, коремна болка) and the translation 2, with nothing for "гадене": left out?',
    ]);
  });
});

describe("who pays whom in a judgment (219)", () => {
  const judgment = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        ["Съдът намира иска за основателен.", "The court finds the claim well-founded."],
        [bg, en],
      ]),
    );
  test("the payer and the payee turned around, by their roles or their names, are an error", () => {
    expect(
      judgment(
        "На основание чл. 78, ал. 3 ГПК ищецът следва да заплати на ответника разноски по делото в размер на 410 лв.",
        "Pursuant to Article 78(3) CPC, the Defendant should pay the Claimant costs of the proceedings in the amount of BGN 410.",
      ),
    ).toEqual([
      "error names: who pays whom is turned around: in the source ищецът pays ответника, in the translation Defendant pays Claimant",
    ]);
    expect(
      judgment(
        "ОСЪЖДА „Бетон Строй Инвест“ ЕООД да заплати на Георги Димитров Николов разноски по делото в размер на 2 870 лв.",
        "ORDERS Georgi Dimitrov Nikolov to pay to Beton Stroy Invest EOOD costs of the proceedings in the amount of BGN 2,870.",
      ),
    ).toEqual(["error names: who pays whom is turned around: in the source Бетон pays Георги, in the translation Georgi pays Beton"]);
  });
  test("past the parties' identifiers between commas, the numbers that moved with them no second flag", () => {
    expect(
      judgment(
        "ОСЪЖДА Иван Петров Иванов, ЕГН 7503124567, да заплати на Мария Георгиева Петрова, ЕГН 8211056732, сумата от 1 200 лв.",
        "ORDERS Maria Georgieva Petrova, PIN 8211056732, to pay Ivan Petrov Ivanov, PIN 7503124567, the sum of BGN 1,200.",
      ),
    ).toEqual(["error names: who pays whom is turned around: in the source Иван pays Мария, in the translation Maria pays Ivan"]);
  });
  test("kept as the source says it, or said otherwise, nothing", () => {
    expect(
      judgment(
        "ОСЪЖДА „Бетон Строй Инвест“ ЕООД да заплати на Георги Димитров Николов разноски по делото в размер на 2 870 лв.",
        "ORDERS Beton Stroy Invest EOOD to pay to Georgi Dimitrov Nikolov costs of the proceedings in the amount of BGN 2,870.",
      ),
    ).toEqual([]);
    expect(
      judgment(
        "На основание чл. 78, ал. 3 ГПК ищецът следва да заплати на ответника разноски по делото в размер на 410 лв.",
        "Pursuant to Article 78(3) CPC, the Claimant shall pay to the Defendant costs of the proceedings in the amount of BGN 410.",
      ),
    ).toEqual([]);
  });
});

describe("a manual's durations (217)", () => {
  test("hours and minutes as a clock's or in their units are one span", () => {
    expect(leafletFlags("Програмата „Еко 40-60“ трае 3:45 ч.", "The Eco 40-60 programme takes 3 h 45 min.")).toEqual([]);
    expect(leafletFlags("Програмата „Памук“ трае 3 ч и 15 мин.", "The Cotton programme takes 3:15 h.")).toEqual([]);
    expect(leafletFlags("Програмата „Памук“ трае 3 ч и 15 мин.", "The Cotton programme takes 3:50 h.")).toEqual([
      "error numbers: the translation says 3:50 h where the source says 3, 15",
    ]);
  });
});

describe("a hotel's site (222) and a construction tender (223)", () => {
  const site = (pairs: ReadonlyArray<readonly [string, string]>) =>
    flagTexts(paragraphPairs([["Хотелът се намира в центъра на града.", "The hotel is in the city centre."], ...pairs]));
  test("a season's days and months in figures, no year, against the translation's named ones", () => {
    expect(
      site([
        ["Летен сезон (01.06 – 30.09): 140 лв. на нощ.", "Summer season (1 Jul – 30 Sep): BGN 140 per night."],
        ["Зимен сезон (15.12 – 31.03): 180 лв. на нощ.", "Winter season (15 Dec – 31 Mar): BGN 180 per night."],
      ]),
    ).toEqual(["error dates: the translation says 1 Jul where the source says 01.06"]);
    expect(site([["Вижте т. 4.5 от договора, подписан на 15 май.", "See clause 4.5 of the contract signed on 15 May."]])).toEqual([]);
  });
  test("free of charge left out is a warning; said, or a price instead, is none of its", () => {
    expect(site([["Паркирането е безплатно за гостите на хотела.", "Parking is available for hotel guests."]])).toEqual([
      'warning terms: the source says "безплатно" (free of charge), and the translation says nothing of what it costs: left out?',
    ]);
    expect(site([["Паркирането е безплатно за гостите на хотела.", "Parking is free for hotel guests."]])).toEqual([]);
    expect(site([["Обадете се на безплатната ни линия 0800 11 22.", "Call our toll-free line 0800 11 22."]])).toEqual([]);
  });
  test("a span of time in one hyphenated word is its number", () => {
    expect(
      site([
        ["Централният площад е на 5 минути пеша от хотела.", "The central square is a five-minute walk from the hotel."],
        ["Трансферът от летището отнема 2 часа.", "The airport transfer is a two-hour drive."],
      ]),
    ).toEqual([]);
  });
  test("a surname a letter off or two letters swapped is misspelt", () => {
    expect(site([["Управител на хотела е Стефан Илиев.", "The hotel manager is Stefan Ilev."]])).toEqual([
      "warning names: the name Стефан Илиев is written with Ilev where its romanisation is Iliev: misspelt, or another name?",
    ]);
    expect(site([["Отговорен проектант е инж. Петър Стоянов.", "The designer in charge is Eng. Petar Stonayov."]])).toEqual([
      "warning names: the name Петър Стоянов is written with Stonayov where its romanisation is Stoyanov: misspelt, or another name?",
    ]);
    expect(site([["Отговорен проектант е инж. Петър Стоянов.", "The designer in charge is Eng. Petar Stoyanov."]])).toEqual([]);
  });
  test("a bill of quantities' unit column: kilograms as tonnes is a conversion", () => {
    const flags = flagTexts(
      paragraphPairs([
        ["Количествената сметка е дадена по-долу.", "The bill of quantities is given below."],
        [
          "№\tВид работа\tМярка\tКоличество\n5\tАрмировка B500B\tkg\t184 600",
          "No.\tItem\tUnit\tQuantity\n5\tReinforcement B500B\tt\t184.6",
        ],
      ]),
    );
    expect(flags).toEqual([]);
  });
});

describe("a regulation from English (221)", () => {
  const regulation = (en: string, bg: string) =>
    flagTexts(
      paragraphPairs(
        [
          ["The Commission shall publish the list within 30 days.", "Комисията публикува списъка в срок от 30 дни."],
          [en, bg],
        ],
        ["en", "bg"],
      ),
    );
  test("a word's negative prefix says the source's negation", () => {
    expect(
      regulation(
        "(2) Position of the European Parliament of 10 February 2026 (not yet published in the Official Journal).",
        "(2) Позиция на Европейския парламент от 10 февруари 2026 г. (все още непубликувана в Официален вестник).",
      ),
    ).toEqual([]);
    expect(
      regulation(
        "Points (b) and (c) of paragraph 1 shall not be applicable to microenterprises.",
        "Букви б) и в) от параграф 1 са неприложими по отношение на микропредприятията.",
      ),
    ).toEqual([]);
  });
  test("a third party is no number", () => {
    expect(
      regulation(
        "2. Devices classified as critical in accordance with Annex IV shall be subject to third-party assessment by a notified body.",
        "2. Устройствата, класифицирани като критични съгласно приложение IV, подлежат на оценяване от трета страна, извършвано от нотифициран орган.",
      ),
    ).toEqual([]);
  });
});

describe("a headline left out, merged with the story's first sentence (220)", () => {
  // A news item whose headline the translation left out, one sentence a line (its paragraphs say nothing), aligned as a
  // long story's lede and its headline can be (their words alike): the two joined in one link.
  const story = (headline: string, lede: string) => [
    headline,
    `Кметът на Велико Търново съобщи в понеделник, че строителството на ${lede} над река Янтра ще започне през март и ще приключи до края на годината, ако времето позволи.`,
    "Проектът струва 12 милиона лева и се финансира от европейски програми.",
    "Старият мост ще бъде затворен за движение от 1 март.",
    "Шофьорите ще използват обходен маршрут през квартал Картала.",
    "Общинският съвет одобри проекта с 35 гласа „за“ и 4 „против“.",
    "Жителите на квартала поискаха нова спирка на автобус номер 10.",
  ];
  const translation = [
    "The mayor of Veliko Tarnovo said on Monday that construction of the new bridge over the Yantra river would begin in March and be finished by the end of the year, weather permitting.",
    "The project costs 12 million leva and is funded by European programmes.",
    "The old bridge will be closed to traffic from 1 March.",
    "Drivers will use a detour through the Kartala district.",
    "The municipal council approved the project with 35 votes in favour and 4 against.",
    "Residents of the district asked for a new stop for bus number 10.",
  ].join("\n");
  const headlineJoined = (source: readonly string[]) => {
    const aligned = align(source.join("\n\n"), translation);
    const links = [
      { source: [0, 1], target: [0], kind: "2-1" as const, score: 0.79 },
      ...[2, 3, 4, 5, 6].map((i) => ({ source: [i], target: [i - 1], kind: "1-1" as const, score: 1 })),
    ];
    return flagTexts(review({ ...aligned, links }));
  };
  test("the translation no longer than the first sentence alone: a warning", () => {
    expect(headlineJoined(story("Новият мост над Янтра във Велико Търново ще бъде готов до края на годината", "новия мост"))).toEqual([
      "warning length: the translation is much shorter than this document's translations usually are (181 characters where about 261 were expected)",
      'warning missing: the translation seems to leave out source sentence 1 ("Новият мост над Янтра във Велико Търново ще бъде готов до края на годината"): the words it shares with the translation matched with it are those the other sentence shares too, and the translation is no longer than the other sentence alone needs',
    ]);
  });
  test("a headline in a paragraph of its own, no final mark, where the translation has none: a warning", () => {
    expect(headlineJoined(story("Новият мост над Янтра ще бъде готов до края на годината", "моста"))).toEqual([
      'warning missing: the translation seems to leave out source sentence 1 ("Новият мост над Янтра ще бъде готов до края на годината"): it lies in another paragraph than the other sentence it is matched with, and the translation is no longer than the other sentence alone needs',
    ]);
  });
});

describe("a folder of symbolic links to documents (220)", () => {
  test("batch and check pair the links as they would the documents", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-links-"));
    mkdirSync(join(dir, "kept"));
    mkdirSync(join(dir, "linked"));
    writeFileSync(join(dir, "kept", "report.bg.txt"), "Докладът е приет от съвета.\n\nСрокът е 30 дни.\n");
    writeFileSync(join(dir, "kept", "report.en.txt"), "The report was adopted by the council.\n\nThe deadline is 30 days.\n");
    for (const lang of ["bg", "en"]) symlinkSync(join(dir, "kept", `report.${lang}.txt`), join(dir, "linked", `report.${lang}.txt`));
    const batch = await sverka(["batch", join(dir, "linked"), "--out-dir", join(dir, "out"), "-q"]);
    expect(batch.code).toBe(0);
    expect(readFileSync(join(dir, "out", "report.tmx"), "utf8")).toContain("The deadline is 30 days.");
    const check = await sverka(["check", join(dir, "linked")]);
    expect(check.code).toBe(0);
    expect(check.stderr).toContain("1 pair");
  });
});

describe("a regulation's structure and names (221)", () => {
  const en = (paragraphs: readonly string[]) => paragraphs.join("\n\n");
  test("a numbered paragraph run into the one before, its number dropped: a warning", () => {
    const source = en([
      "Article 6",
      "1. The manufacturer shall notify ENISA of any actively exploited vulnerability within 24 hours of becoming aware of it.",
      "2. The manufacturer shall submit a detailed report within 30 days of the notification referred to in paragraph 1.",
      "3. The report shall include a description of the vulnerability, its severity and the corrective measures taken.",
      "4. ENISA shall forward the notifications to the competent authorities of the Member States concerned without delay.",
    ]);
    const target = (run: boolean) =>
      en([
        "Член 6",
        "1. Производителят уведомява ENISA за всяка активно експлоатирана уязвимост в срок от 24 часа, след като е узнал за нея.",
        ...(run
          ? [
              "2. Производителят представя подробен доклад в срок от 30 дни от уведомлението, посочено в параграф 1. Докладът съдържа описание на уязвимостта, нейната тежест и предприетите коригиращи мерки.",
            ]
          : [
              "2. Производителят представя подробен доклад в срок от 30 дни от уведомлението, посочено в параграф 1.",
              "3. Докладът съдържа описание на уязвимостта, нейната тежест и предприетите коригиращи мерки.",
            ]),
        "4. ENISA препраща незабавно уведомленията на компетентните органи на засегнатите държави членки.",
      ]);
    const flags = (run: boolean) => flagTexts(align(source, target(run), { sourceLang: "en", targetLang: "bg" }));
    expect(flags(true)).toEqual([
      'warning merged: source sentence 4 opens a numbered paragraph of its own ("3."), and its translation runs on in the paragraph before, without the number: paragraphs merged, the translation\'s numbering skips 3?',
    ]);
    expect(flags(false)).toEqual([]);
  });
  test("an acronym copied with two letters swapped is misspelt", () => {
    const flags = flagTexts(
      paragraphPairs(
        [
          [
            "4. ENISA shall forward the notifications to the competent authorities of the Member States concerned without delay.",
            "4. ENSIA препраща незабавно уведомленията на компетентните органи на засегнатите държави членки.",
          ],
        ],
        ["en", "bg"],
      ),
    );
    expect(flags).toEqual([
      "error names: the translation has ENSIA where the source has ENISA: a name kept in Latin letters is copied exactly",
    ]);
  });
  test("a footnote's mark dropped takes the space before it when punctuation follows", async () => {
    const html =
      '<html><body><p>Having regard to the opinion of the European Economic and Social Committee <a id="ntc1" href="#ntr1">(<span class="oj-super">1</span>)</a>,</p></body></html>';
    const dir = mkdtempSync(join(tmpdir(), "sverka-note-"));
    writeFileSync(join(dir, "en.html"), html);
    const read = await sverka(["split", join(dir, "en.html"), "-l", "en"]);
    expect(read.stdout.trim()).toBe("Having regard to the opinion of the European Economic and Social Committee,");
  });
});

describe("a construction specification's classes (223)", () => {
  test("a concrete class changed is one code changed, named whole", () => {
    const flags = flagTexts(
      paragraphPairs([
        [
          "3.1.2. За колоните на стълбовете се използва бетон C30/37, XC4, XF2.",
          "3.1.2. Concrete C25/30, XC4, XF2 shall be used for the pier columns.",
        ],
        ["3.1.4. Подложният бетон е клас C12/15.", "3.1.4. The blinding concrete is grade C12/15."],
      ]),
    );
    expect(flags).toEqual(["error names: the translation has C25/30 where the source has C30/37: codes and e-mails are copied exactly"]);
  });
});

describe("a client's approved unit beside the same pair verified on the review page (225)", () => {
  test("merge keeps the client's unit, whatever the dates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-verified-"));
    const unit = (attrs: string, props: string) =>
      `<tu ${attrs}>${props}<tuv xml:lang="bg-BG"><seg>Раздел I. Общи положения</seg></tuv><tuv xml:lang="en-GB"><seg>Section I. General Provisions</seg></tuv></tu>`;
    const tmx = (body: string) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="bg-BG" datatype="plaintext"/><body>\n${body}\n</body></tmx>\n`;
    writeFileSync(
      join(dir, "client.tmx"),
      tmx(
        unit(
          'tuid="bz-0001" creationdate="20230110T090000Z" changedate="20230301T101500Z"',
          '<prop type="x-status">approved</prop><note>As in the 2023 wording.</note>',
        ),
      ),
    );
    writeFileSync(
      join(dir, "pair.tmx"),
      tmx(
        unit(
          'tuid="1" creationdate="20261206T115056Z"',
          '<prop type="x-sverka-score">0.99</prop><prop type="x-sverka-link">1-1 0:0</prop><prop type="x-sverka-status">verified</prop>',
        ),
      ),
    );
    const merged = await sverka(["merge", join(dir, "client.tmx"), join(dir, "pair.tmx"), "-o", join(dir, "out.tmx")]);
    expect(merged.code).toBe(0);
    const out = readFileSync(join(dir, "out.tmx"), "utf8");
    expect(out).toContain('tuid="bz-0001"');
    expect(out).toContain("As in the 2023 wording.");
    expect(out).not.toContain("x-sverka-status");
    expect(merged.stderr).toContain("a memory's unit, not one sverka wrote, whatever their dates");
  });
});

describe("negations a judgment's, a policy's and a manual's wording say (224, 225, 226)", () => {
  test("payment denied in the past tense, its negation lost: an error", () => {
    expect(leafletFlags("Ответникът не заплати сумата в срок.", "The Respondent paid the sum on time.")).toEqual([
      'error negation: the source says "не заплати сумата", and the translation has no negation: meaning reversed?',
    ]);
  });
  test("'until' is no negative word; the verb of its clause is no verb the negation said no to", () => {
    expect(
      leafletFlags(
        "Не спирайте приема на Лизотенз, без да говорите с Вашия лекар.",
        "Keep taking Lisotens until your doctor tells you to stop.",
      ),
    ).toEqual(['warning negation: the source says "Не спирайте приема", and the translation has no negation: meaning reversed?']);
  });
  test("only if, said as not unless; excluded, said as not covered", () => {
    const policy = (bg: string, en: string) =>
      flagTexts(
        paragraphPairs([
          ["Застраховката покрива медицински разходи в чужбина.", "The insurance covers medical expenses abroad."],
          [bg, en],
        ]),
      );
    expect(
      policy(
        "Застрахователят възстановява разходите само ако са предварително одобрени.",
        "The Insurer will not reimburse costs unless they have been approved in advance.",
      ),
    ).toEqual([]);
    expect(policy("Рисковете от природни бедствия са изключени.", "Natural disaster risks are not covered.")).toEqual([]);
  });
  test("'run' the installer: the lexicon knows стартирам", () => {
    const flags = flagTexts(
      paragraphPairs(
        [
          ["Install the application from the official website.", "Инсталирайте приложението от официалния уебсайт."],
          ["Do not run the installer as root on Linux.", "Стартирайте инсталатора като root в Linux."],
        ],
        ["en", "bg"],
      ),
    );
    expect(flags).toEqual(['error negation: the source says "Do not run", and the translation has no negation: meaning reversed?']);
  });
  test("GitHub's and Docusaurus' admonition markers are markup, no sentences", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-admonition-"));
    writeFileSync(
      join(dir, "page.en.md"),
      "# Install\n\n> [!WARNING]\n> Do not run the installer as root on Linux.\n\n## Cache\n\n:::warning\nDo not delete the cache folder while sync is running.\n:::\n",
    );
    const split = await sverka(["split", join(dir, "page.en.md"), "-l", "en"]);
    expect(split.stdout.trim().split(/\n+/u)).toEqual([
      "Install",
      "Do not run the installer as root on Linux.",
      "Cache",
      "Do not delete the cache folder while sync is running.",
    ]);
  });
});

describe("a museum's guide, an SLA from English, a corpus builder's news (227, 228, 229)", () => {
  test("'не се провежда' lost: the lexicon knows провеждам", () => {
    expect(leafletFlags("Спектакълът не се провежда при дъжд или силен вятър.", "The show is held in rain or strong wind.")).toEqual([
      'error negation: the source says "не се провежда при", and the translation has no negation: meaning reversed?',
    ]);
  });
  test("a conversion the translation adds beside a number said in words", () => {
    expect(
      leafletFlags(
        "Велико Търново е разположен по двата бряга на река Янтра, на около 230 км североизточно от София.",
        "Veliko Tarnovo lies on both banks of the Yantra River, some 230 km (143 miles) north-east of Sofia.",
      ),
    ).toEqual([]);
  });
  test("half a million in words; feet before a sentence's end", () => {
    expect(leafletFlags("Дарението е половин милион лева.", "The donation is 500,000 leva.")).toEqual([]);
    expect(segment("The pipe is 2 ft. Insulation is required. He lives in Ft. Worth now.", "en").map((s) => s.text)).toEqual([
      "The pipe is 2 ft.",
      "Insulation is required.",
      "He lives in Ft. Worth now.",
    ]);
  });
  test("a figure in brackets after its words takes the unit after the bracket", () => {
    const sla = (bg: string) =>
      flagTexts(
        paragraphPairs(
          [
            ["The Provider shall notify the Customer in writing.", "Доставчикът уведомява Клиента писмено."],
            ["The notice period is three (3) days.", bg],
          ],
          ["en", "bg"],
        ),
      );
    expect(sla("Срокът на предизвестие е три (3) месеца.")).toEqual([
      "error units: the translation says (3) месеца where the source says (3) days: another unit",
    ]);
    expect(sla("Срокът на предизвестие е три (3) дни.")).toEqual([]);
  });
  test("a negative prefix's opposite judged by the lexicon, not by what the document taught", () => {
    const flags = flagTexts(
      paragraphPairs(
        [
          ["SERVICE LEVEL AGREEMENT", "СПОРАЗУМЕНИЕ ЗА НИВО НА ОБСЛУЖВАНЕ"],
          [
            '1.4. "Downtime" means any period during which the Services are unavailable to the Customer, excluding Scheduled Maintenance.',
            "1.4. „Прекъсване“ означава всеки период, през който Услугите не са достъпни за Клиента, с изключение на Планираната поддръжка.",
          ],
          ["2.1. The Provider shall ensure the availability of the Services.", "2.1. Доставчикът осигурява достъпност на Услугите."],
        ],
        ["en", "bg"],
      ),
    );
    expect(flags).toEqual([]);
  });
});

describe("a museum's centuries and eras (227)", () => {
  test("a century in Roman figures, its ordinal in words", () => {
    expect(leafletFlags("Крепостта е построена през XIV век.", "The fortress was built in the fourteenth century.")).toEqual([]);
    expect(leafletFlags("Цар Иван Асен II е погребан в църквата.", "Tsar Ivan Asen the Second is buried in the church.")).toEqual([]);
  });
  test("a year and its era opening a sentence is no sentence", () => {
    expect(
      segment("През 341 г. пр.Хр. Филип II Македонски завладява Тракия. През 102 г. сл.Хр. Траян основава града.", "bg").map((s) => s.text),
    ).toEqual(["През 341 г. пр.Хр. Филип II Македонски завладява Тракия.", "През 102 г. сл.Хр. Траян основава града."]);
  });
});

describe("a service agreement's parties (228)", () => {
  const sla = (en: string, bg: string) =>
    flagTexts(
      paragraphPairs(
        [
          ["SERVICE LEVEL AGREEMENT", "СПОРАЗУМЕНИЕ ЗА НИВО НА ОБСЛУЖВАНЕ"],
          [en, bg],
        ],
        ["en", "bg"],
      ),
    );
  test("both parties named, the one who acts changed: an error", () => {
    expect(
      sla(
        "3.2. The Provider shall inform the Customer of any intended change of sub-processors.",
        "3.2. Клиентът информира Доставчика за всяка планирана промяна на подизпълнителите.",
      ),
    ).toEqual(["error names: the parties are swapped: in the source Provider acts, in the translation Клиентът"]);
  });
  test("the same party acting, a passive's agent, a possessive or a preposition's object before the subject: nothing", () => {
    expect(
      sla("3.2. The Provider shall inform the Customer of any change.", "3.2. Доставчикът информира Клиента за всяка промяна."),
    ).toEqual([]);
    expect(
      sla("3.2. The Customer shall be informed by the Provider of any change.", "3.2. Доставчикът информира Клиента за всяка промяна."),
    ).toEqual([]);
    expect(
      sla(
        "Upon the Customer's request, the Provider shall provide a monthly report.",
        "По искане на Клиента Доставчикът предоставя месечен отчет.",
      ),
    ).toEqual([]);
  });
  test("one party named as its counterpart, the customer and the provider", () => {
    expect(
      sla(
        "6.3. The Customer may terminate the Agreement with immediate effect.",
        "6.3. Доставчикът може да прекрати Договора с незабавно действие.",
      ),
    ).toEqual(["error names: the parties are swapped: the translation says Доставчикът where the source says Customer"]);
  });
});

describe("a changed figure is never a conversion added beside another (the development rounds)", () => {
  test("a figure changed beside an amount in its other unit is still named", () => {
    expect(
      leafletFlags(
        "Разстоянието е 230 км (143 мили), а пътят отнема 3 часа.",
        "The distance is 230 km (143 miles), and the trip takes 4 hours.",
      ),
    ).toEqual(["error numbers: the translation says 4 where the source says 3"]);
  });
});

describe("a share in brackets after a place's name is an aside, no figure below zero (229)", () => {
  test("in running text, not flagged; in a table's change column, still a sign added", () => {
    expect(
      leafletFlags(
        "Най-ниско е то в София – 1,9 %, а най-високо във Видин – 14,8 %.",
        "It was lowest in Sofia (1.9%) and highest in Vidin (14.8%).",
      ),
    ).toEqual([]);
    expect(flagTexts(paragraphPairs([["Показател\tИзменение\nБезработица\t1,9 %", "Indicator\tChange\nUnemployment\t(1.9%)"]]))).toEqual([
      "warning numbers: the translation writes (1.9%) below zero where the source has 1,9: sign added?",
    ]);
  });
});
