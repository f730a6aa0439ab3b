/**
 * What the seventieth session's strangers (262-) showed: a review that read text in capitals otherwise than in lowercase.
 */

import { formats } from "../src/index.js";
import { segment } from "../src/segment/index.js";
import { flagTexts, leafletFlags, paragraphPairs } from "./helpers.js";

/** A machine manual's safety section, BG and EN, for a pair under test to stand beside. */
const MANUAL: ReadonlyArray<readonly [string, string]> = [
  ["Инструкция за безопасност", "Safety instructions"],
  ["Машината се обслужва само от обучен персонал.", "The machine must only be operated by trained personnel."],
  ["Преди почистване изключете главния прекъсвач.", "Switch off the main switch before cleaning."],
  ["Носете защитни очила и ръкавици.", "Wear safety goggles and gloves."],
  ["Пазете работното място чисто и подредено.", "Keep the workplace clean and tidy."],
  ["Не допускайте деца в близост до машината.", "Do not allow children near the machine."],
];

/** The flags above information of a BG sentence and its EN translation in the manual's safety section. */
const manualFlags = (bg: string, en: string) => flagTexts(paragraphPairs([...MANUAL.slice(0, 4), [bg, en], ...MANUAL.slice(4)]));

describe("a term turned, in capitals as in lowercase (264, 265)", () => {
  test("before meals made after meals is an error, whatever either side's letters", () => {
    const error = 'error terms: the source says "%s" (before meals), the translation "%t" (after meals): the opposite, meaning reversed?';
    const said = (s: string, t: string) => error.replace("%s", s).replace("%t", t);
    expect(leafletFlags("Приемайте таблетката преди хранене, с чаша вода.", "Take the tablet after meals, with a glass of water.")).toEqual(
      [said("преди хранене", "after meals")],
    );
    expect(leafletFlags("ПРИЕМАЙТЕ ТАБЛЕТКАТА ПРЕДИ ХРАНЕНЕ, С ЧАША ВОДА.", "TAKE THE TABLET AFTER MEALS, WITH A GLASS OF WATER.")).toEqual(
      [said("ПРЕДИ ХРАНЕНЕ", "AFTER MEALS")],
    );
    expect(leafletFlags("Приемайте таблетката преди хранене, с чаша вода.", "Take the tablet AFTER MEALS, with a glass of water.")).toEqual(
      [said("преди хранене", "AFTER MEALS")],
    );
    expect(
      leafletFlags("ПРИЕМАЙТЕ ТАБЛЕТКАТА ПРЕДИ ХРАНЕНЕ, С ЧАША ВОДА.", "TAKE THE TABLET BEFORE MEALS, WITH A GLASS OF WATER."),
    ).toEqual([]);
  });

  test("a statement's heading in capitals, profit made loss", () => {
    const pairs: ReadonlyArray<readonly [string, string]> = [
      ["Банката е регистрирана в Република България.", "The Bank is registered in the Republic of Bulgaria."],
      ["НЕТНА ПЕЧАЛБА ЗА ПЕРИОДА", "NET LOSS FOR THE PERIOD"],
      ["Отчетът е одобрен от Управителния съвет.", "The report was approved by the Management Board."],
    ];
    expect(flagTexts(paragraphPairs(pairs))).toEqual([
      'error terms: the source says "ПЕЧАЛБА" (profit), the translation "NET LOSS" (loss): the opposite, meaning reversed?',
    ]);
    expect(flagTexts(paragraphPairs(pairs.map(([bg, en], n) => [bg, n === 1 ? "NET PROFIT FOR THE PERIOD" : en])))).toEqual([]);
  });
});

describe("a manual's interval and severity turned (262)", () => {
  test("daily made weekly, monthly made yearly: an error, as the units check's once a day made once a week is", () => {
    expect(manualFlags("Проверявайте нивото на маслото ежедневно.", "Check the oil level weekly.")).toEqual([
      'error terms: the source says "ежедневно" (daily), the translation "weekly" (weekly): another interval?',
    ]);
    expect(manualFlags("ПРОВЕРЯВАЙТЕ НИВОТО НА МАСЛОТО ЕЖЕДНЕВНО.", "CHECK THE OIL LEVEL WEEKLY.")).toEqual([
      'error terms: the source says "ЕЖЕДНЕВНО" (daily), the translation "WEEKLY" (weekly): another interval?',
    ]);
    expect(manualFlags("Клапанът се проверява ежемесечно.", "The valve is checked every year.")).toEqual([
      'error terms: the source says "ежемесечно" (monthly), the translation "every year" (yearly): another interval?',
    ]);
    expect(manualFlags("Проверявайте нивото на маслото ежедневно.", "Check the oil level every day.")).toEqual([]);
    expect(manualFlags("Клапанът се проверява ежемесечно.", "The valve is checked monthly.")).toEqual([]);
  });

  test("severe injuries made minor ones: an error", () => {
    expect(
      manualFlags(
        "Неспазването на тези указания може да доведе до тежки наранявания.",
        "Failure to follow these instructions may result in minor injuries.",
      ),
    ).toEqual(['error terms: the source says "тежки" (severe), the translation "minor" (mild): the opposite, meaning reversed?']);
    expect(
      manualFlags(
        "Неспазването на тези указания може да доведе до тежки наранявания.",
        "Failure to follow these instructions may result in serious injuries.",
      ),
    ).toEqual([]);
  });

  test("a warning in capitals: its short words are no names, so a right translation is not taken for another sentence", () => {
    expect(manualFlags("НЕСПАЗВАНЕТО МОЖЕ ДА ДОВЕДЕ ДО ТЕЖКИ НАРАНЯВАНИЯ.", "NON-COMPLIANCE MAY RESULT IN SERIOUS INJURIES.")).toEqual([]);
  });

  test("a prohibition with never, its negation lost: an error (the manual's words in the lexicon)", () => {
    expect(
      manualFlags("Никога не смазвайте лагерите, докато машината работи.", "Lubricate the bearings while the machine is running."),
    ).toEqual(['error negation: the source says "не смазвайте лагерите", and the translation has no negation: meaning reversed?']);
  });
});

describe("figures in capitals and below zero (262)", () => {
  test("a length in centimetres written in capitals is centimetres", () => {
    expect(manualFlags("ХОДЪТ НА БУТАЛОТО Е 300 mm.", "THE RAM STROKE IS 30 CM.")).toEqual([]);
    expect(manualFlags("ХОДЪТ НА БУТАЛОТО Е 300 mm.", "THE RAM STROKE IS 40 CM.")).toEqual([
      "error numbers: the translation says 40 where the source says 300",
    ]);
  });

  test("a temperature below zero converted to Fahrenheit is the same temperature", () => {
    expect(manualFlags("Работна температура: от -20 °C до 50 °C.", "Operating temperature: -20 °C to 50 °C (-4 °F to 122 °F).")).toEqual(
      [],
    );
    expect(manualFlags("Температура: от -5 до 40 °C.", "Temperature: from -5 to 40 °C (23 to 104 °F).")).toEqual([]);
    // The conversion's minus lost is no conversion: a conversion in brackets that converts nothing (stranger 270).
    expect(manualFlags("Работна температура: -20 °C.", "Operating temperature: -20 °C (4 °F).")).toEqual([
      "error units: a conversion in brackets is wrong: 4 °F is not -20 °C converted (about -4 °F)",
    ]);
  });
});

describe("segments of text in capitals, and of dates opening a sentence (262, 264, 265)", () => {
  const texts = (text: string, lang: string) => segment(text, lang).map((s) => s.text);

  test("a heading in capitals over its sentence in capitals is two segments; a heading wrapped onto a second line is one", () => {
    expect(texts("БРЕМЕННОСТ И КЪРМЕНЕ\nНЕ ПРИЕМАЙТЕ ТОВА ЛЕКАРСТВО, АКО СТЕ БРЕМЕННА.\n", "bg")).toEqual([
      "БРЕМЕННОСТ И КЪРМЕНЕ",
      "НЕ ПРИЕМАЙТЕ ТОВА ЛЕКАРСТВО, АКО СТЕ БРЕМЕННА.",
    ]);
    expect(texts("DRIVING AND USING MACHINES\nTHIS MEDICINE MAY CAUSE DIZZINESS.\n", "en")).toEqual([
      "DRIVING AND USING MACHINES",
      "THIS MEDICINE MAY CAUSE DIZZINESS.",
    ]);
    expect(texts("ЕЛЕКТРИЧЕСКИ БОЙЛЕР ТЕРМО 80 – РЪКОВОДСТВО\nЗА ЕКСПЛОАТАЦИЯ\n", "bg")).toEqual([
      "ЕЛЕКТРИЧЕСКИ БОЙЛЕР ТЕРМО 80 – РЪКОВОДСТВО\nЗА ЕКСПЛОАТАЦИЯ",
    ]);
  });

  test("a date opening a sentence with no preposition, or a month alone before its year, ends no sentence at its г.", () => {
    expect(texts("В октябре 2025 г. Компания разместила облигации. 31 марта 2026 г. Компания подписала соглашение.", "ru")).toEqual([
      "В октябре 2025 г. Компания разместила облигации.",
      "31 марта 2026 г. Компания подписала соглашение.",
    ]);
    expect(texts("През октомври 2025 г. Банката пусна облигации. 31 март 2026 г. Банката подписа споразумение.", "bg")).toEqual([
      "През октомври 2025 г. Банката пусна облигации.",
      "31 март 2026 г. Банката подписа споразумение.",
    ]);
    // A date closing a sentence still ends it.
    expect(texts("Договорът е подписан на 31 март 2026 г. Банката плати.", "bg")).toEqual([
      "Договорът е подписан на 31 март 2026 г.",
      "Банката плати.",
    ]);
  });
});

describe("a contract's deadline before or after its defined date, turned (263)", () => {
  const contract = (before: string, after: string) =>
    flagTexts(
      paragraphPairs(
        [
          ["3.1. The Price is set out in Annex 1.", "3.1. Цената е посочена в Приложение 1."],
          [
            "3.2. The Buyer shall pay an advance of 30% of the Price within ten (10) Business Days after the Effective Date.",
            `3.2. Купувачът заплаща аванс в размер на 30% от Цената в срок от десет (10) Работни дни ${after} Датата на влизане в сила.`,
          ],
          [
            "3.3. The Buyer shall pay the balance before the Delivery Date.",
            `3.3. Купувачът заплаща остатъка ${before} Датата на доставка.`,
          ],
          ["3.4. All payments shall be made by bank transfer.", "3.4. Всички плащания се извършват по банков път."],
        ],
        ["en", "bg"],
      ),
    );

  test("the defined date's before made after, and the other way round: a warning each", () => {
    expect(contract("след", "преди")).toEqual([
      'warning terms: the source says "after the Effective Date" (after), the translation "преди Датата" (before): the opposite, meaning reversed?',
      'warning terms: the source says "before the Delivery" (before), the translation "след Датата" (after): the opposite, meaning reversed?',
    ]);
    expect(contract("преди", "след")).toEqual([]);
  });
});

describe("a flow's unit, a signature line's surname, a numbered heading left in English (263, 265, 267)", () => {
  const fromEnglish = (pairs: ReadonlyArray<readonly [string, string]>) => flagTexts(paragraphPairs(pairs, ["en", "bg"]));
  const washer = (en: string, bg: string) =>
    fromEnglish([
      ["Read all instructions before using this pressure washer.", "Прочетете всички указания, преди да използвате тази водоструйка."],
      [en, bg],
      ["Keep these instructions for future reference.", "Запазете тези указания за бъдещи справки."],
    ]);

  test("litres a minute made litres an hour is another unit; converted, it is the same flow", () => {
    expect(washer("The pump delivers 6.5 l/min at 150 bar.", "Помпата подава 6,5 l/h при 150 bar.")).toEqual([
      "error units: the translation says 6,5 l/h where the source says 6.5 l/min: another unit",
    ]);
    expect(washer("The pump delivers 6.5 l/min at 150 bar.", "Помпата подава 6,5 л/мин при 150 bar.")).toEqual([]);
    expect(washer("The pump delivers 6.5 l/min at 150 bar.", "Помпата подава 390 л/ч при 150 bar.")).toEqual([]);
    expect(washer("The pump delivers 6.5 litres per minute.", "Помпата подава 6,5 литра в минута.")).toEqual([]);
  });

  test("a surname after initials or a known first name on a label's line is compared", () => {
    const report = (bg: string, en: string) =>
      flagTexts(
        paragraphPairs([
          ["Банката е регистрирана в Република България.", "The Bank is registered in the Republic of Bulgaria."],
          [bg, en],
        ]),
      );
    expect(report("Главен счетоводител: П. Николов", "Chief Accountant: P. Smirnov")).toEqual([
      "warning names: the name Николов (Nikolov) is not in the translation, which names Smirnov instead: replaced by another name?",
    ]);
    expect(report("Главен счетоводител: П. Николов", "Chief Accountant: P. Nikolov")).toEqual([]);
    expect(
      fromEnglish([
        ["The Supplier is registered in Bulgaria.", "Доставчикът е регистриран в България."],
        ["Managing Director: Georgi Petrov", "Управител: Георги Петков"],
      ]),
    ).toEqual(["warning names: the name Georgi Petrov is not in the translation, which names Петков instead: replaced by another name?"]);
  });

  test("a heading's words left in English after its number are a warning, as without it", () => {
    const manual = (heading: string) =>
      fromEnglish([
        [heading, heading],
        [
          "The manufacturer provides a warranty of 24 months from the date of purchase.",
          "Производителят предоставя гаранция от 24 месеца от датата на покупката.",
        ],
      ]);
    expect(manual("2. Warranty")).toEqual([
      'warning untranslated: the heading is the source\'s, unchanged ("2. Warranty"): left untranslated?',
    ]);
    expect(manual("1. Safety Information")).toEqual([
      'warning untranslated: the heading is the source\'s, unchanged ("1. Safety Information"): left untranslated?',
    ]);
    expect(manual("Maintenance Schedule")).toEqual([
      'warning untranslated: the heading is the source\'s, unchanged ("Maintenance Schedule"): left untranslated?',
    ]);
  });
});

describe("a workbook written twice with one date is the same bytes (268)", () => {
  test("its entries dated as its properties are, not when written", async () => {
    const b = paragraphPairs(MANUAL);
    const date = new Date("2024-05-01T08:00:00Z");
    const first = await formats.xlsx.write(b, { date });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await formats.xlsx.write(b, { date });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});

describe("names in a line in capitals (262, 264, 265, 266)", () => {
  const report = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        ["Договорът е сключен в два еднообразни екземпляра.", "The contract is made in two identical copies."],
        [bg, en],
      ]),
    );

  test("a signatory replaced, a surname misspelt or put after initials: as in lowercase", () => {
    expect(report("ИЗПЪЛНИТЕЛ: ИВАН ДИМИТРОВ, ГР. ПЛОВДИВ.", "CONTRACTOR: GEORGI PETROV, VARNA.")).toEqual([
      "warning names: the names Иван Димитров (Ivan Dimitrov), Пловдив (Plovdiv) are not in the translation, which names Varna instead: replaced by another name?",
    ]);
    expect(report("СЕРВИЗ: ИНЖ. ПЕТЪР ХРИСТОВ, ГР. ПЛОВДИВ.", "SERVICE: ENG. PETAR HRISTEV, PLOVDIV.")).toEqual([
      "warning names: the name Петър Христов is written with Hristev where its romanisation is Hristov: misspelt, or another name?",
    ]);
    expect(report("ГЛАВЕН СЧЕТОВОДИТЕЛ: П. НИКОЛОВ", "CHIEF ACCOUNTANT: P. SMIRNOV")).toEqual([
      "warning names: the name Николов (Nikolov) is not in the translation, which names Smirnov instead: replaced by another name?",
    ]);
  });

  test("carried in capitals, nothing is flagged; nor are a warning's words taken for names", () => {
    expect(report("ИЗПЪЛНИТЕЛ: ИВАН ДИМИТРОВ, ГР. ПЛОВДИВ.", "CONTRACTOR: IVAN DIMITROV, PLOVDIV.")).toEqual([]);
    expect(report("СЕРВИЗ: ИНЖ. ПЕТЪР ХРИСТОВ, ГР. ПЛОВДИВ.", "SERVICE: ENG. PETAR HRISTOV, PLOVDIV.")).toEqual([]);
    expect(report("НЕ ИЗПОЛЗВАЙТЕ МАШИНАТА БЕЗ ПРЕДПАЗИТЕЛ.", "DO NOT USE THE MACHINE WITHOUT THE GUARD.")).toEqual([]);
  });
});

describe("a signatory in capitals from English, units in capitals, a conveyor's speed (269, 270)", () => {
  const fromEnglish = (en: string, bg: string) =>
    flagTexts(
      paragraphPairs(
        [
          ["The Supplier is registered in Bulgaria.", "Доставчикът е регистриран в България."],
          [en, bg],
        ],
        ["en", "bg"],
      ),
    );

  test("a first name and its surnames in capitals, the surname replaced", () => {
    expect(fromEnglish("NAME: GEORGI PETROV NIKOLOV", "ИМЕ: ГЕОРГИ ПЕТРОВ СТОЯНОВ")).toEqual([
      "warning names: the name Georgi Petrov Nikolov is not in the translation: left out?",
    ]);
    expect(fromEnglish("NAME: GEORGI PETROV NIKOLOV", "ИМЕ: ГЕОРГИ ПЕТРОВ НИКОЛОВ")).toEqual([]);
    expect(fromEnglish("GEORGI WILL SIGN THE CONTRACT TODAY.", "ГЕОРГИ ЩЕ ПОДПИШЕ ДОГОВОРА ДНЕС.")).toEqual([]);
  });

  test("litres a minute in capitals, converted or changed", () => {
    expect(fromEnglish("FLOW: 6 L/MIN.", "ДЕБИТ: 360 L/H.")).toEqual([]);
    expect(fromEnglish("FLOW: 6 L/MIN.", "ДЕБИТ: 6 L/H.")).toEqual([
      "error units: the translation says 6 L/H where the source says 6 L/MIN: another unit",
    ]);
  });

  test("metres a minute are sixty metres an hour", () => {
    expect(manualFlags("Скоростта на лентата е 8 m/min.", "The belt speed is 480 m/h.")).toEqual([]);
    expect(manualFlags("Скоростта на лентата е 8 m/min.", "The belt speed is 8 m/h.")).toEqual([
      "error units: the translation says 8 m/h where the source says 8 m/min: another unit",
    ]);
  });
});

describe("a span as an adjective with its figure, and free of what is no price (270)", () => {
  test("в 14-дневен срок is within two weeks, or 14 days; 10 days is another", () => {
    expect(
      flagTexts(paragraphPairs([...MANUAL.slice(0, 2), ["Купувачът плаща в 14-дневен срок.", "The Buyer pays within two weeks."]])),
    ).toEqual([]);
    expect(
      flagTexts(paragraphPairs([...MANUAL.slice(0, 2), ["Купувачът плаща в 14-дневен срок.", "The Buyer pays within 10 days."]])),
    ).toEqual(["error numbers: the translation says 10 where the source says 14"]);
  });

  test("free of any third-party rights is no price; free of charge left out still is", () => {
    const fromEnglish = (en: string, bg: string) =>
      flagTexts(
        paragraphPairs(
          [
            ["The Supplier is registered in Bulgaria.", "Доставчикът е регистриран в България."],
            [en, bg],
          ],
          ["en", "bg"],
        ),
      );
    expect(
      fromEnglish(
        "The Seller warrants that the Goods are free of any third-party rights.",
        "Продавачът гарантира, че Стоките са свободни от права на трети лица.",
      ),
    ).toEqual([]);
    expect(fromEnglish("Parking is free of charge for hotel guests.", "Паркирането е достъпно за гостите на хотела.")).toEqual([
      'warning terms: the source says "free of charge" (free of charge), and the translation says nothing of what it costs: left out?',
    ]);
  });
});

describe("a permission restricted is no other modality (266)", () => {
  test("may only be operated by is must be operated only by; may be operated by is another modality", () => {
    expect(
      manualFlags("Машината трябва да се обслужва само от обучен персонал.", "The machine may only be operated by trained personnel."),
    ).toEqual([]);
    expect(manualFlags("Машината трябва да се обслужва от обучен персонал.", "The machine may be operated by trained personnel.")).toEqual([
      'warning terms: the source says "трябва" (obligation), the translation "may" (permission): another modality (what the text obliges or permits)?',
    ]);
  });
});

describe("half of a unit that is no unit of time (270)", () => {
  test("half a metre is 50 cm, not 40 cm", () => {
    expect(
      manualFlags("Дръжте минимално разстояние от 50 cm от стената.", "Keep a minimum distance of half a metre from the wall."),
    ).toEqual([]);
    expect(
      manualFlags("Дръжте минимално разстояние от 40 cm от стената.", "Keep a minimum distance of half a metre from the wall."),
    ).toEqual(["error numbers: the translation says half a metre where the source says 40"]);
  });
});
