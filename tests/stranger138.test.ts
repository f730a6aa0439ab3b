/**
 * What the sixty-first session's strangers (138-143) showed: an insurer's, an HR department's, a customs broker's, a
 * museum's, a utility's and an EU project's documents.
 */

import { align } from "../src/index.js";
import { dictionaryFromPairs } from "../src/lang/dictionary.js";
import { getLanguage } from "../src/lang/index.js";
import { tokenize } from "../src/score/index.js";
import { flagTexts, pairFlagTexts } from "./helpers.js";

const flags = pairFlagTexts;

describe("a museum's dates (stranger 141)", () => {
  test("an era turned into the other is an error; before Christ left out a warning; an era kept nothing", () => {
    expect(flags("Монетата е сечена през II в. сл. Хр. в Тримонциум.", "The coin was struck in the 2nd century BC in Trimontium.")).toEqual(
      ["error dates: the translation says BC where the source says сл. Хр.: a date moved across the era"],
    );
    expect(
      flags("Филип II Македонски завладява селището през 342 г. пр. Хр.", "Philip II of Macedon conquered the settlement in 342."),
    ).toEqual(["warning dates: пр. Хр. (before Christ) is not in the translation: a date moved across the era?"]);
    expect(flags("Монетата е сечена през II в. сл. Хр. в Тримонциум.", "The coin was struck in the 2nd century AD in Trimontium.")).toEqual(
      [],
    );
  });

  test("a marker beside no figure is no era: 'CE marking'", () => {
    expect(flags("Продуктът носи CE маркировка от 2024 г.", "The product has carried the CE marking since 2024.")).toEqual([]);
  });

  test("a century in one Roman letter is a number: 'V в.' / '4th century' an error, '5th' nothing", () => {
    const bg = "Царството е основано в началото на V в. пр. Хр.";
    expect(flags(bg, "The kingdom was founded at the beginning of the 4th century BC.")).toEqual([
      "error numbers: the translation says 4th where the source says V",
    ]);
    expect(flags(bg, "The kingdom was founded at the beginning of the 5th century BC.")).toEqual([]);
  });

  test("'mid-4th century' answers 'IV в.', '1970s' answers '70-те години на XX в.', 'Dzhumaya' answers 'Джумаята'", () => {
    expect(flags("Шлемът е от средата на IV в. пр. Хр.", "The helmet dates from the mid-4th century BC.")).toEqual([]);
    expect(flags("Театърът е открит през 70-те години на XX в.", "The theatre was discovered in the 1970s.")).toEqual([]);
    expect(flags("След 400 метра ще стигнете до площад „Джумаята“.", "After 400 metres you will reach Dzhumaya Square.")).toEqual([]);
  });

  test("an inventory number and a place's name today are one segment each", () => {
    const b = align(
      "Римска монета от Тримонциум (дн. Пловдив).\nИнв. № 8744\n",
      "Roman coin from Trimontium (modern Plovdiv).\nInv. No. 8744\n",
      { sourceLang: "bg", targetLang: "en" },
    );
    expect(b.source.segments.map((s) => s.text)).toEqual(["Римска монета от Тримонциум (дн. Пловдив).", "Инв. № 8744"]);
    expect(b.target.segments.map((s) => s.text)).toEqual(["Roman coin from Trimontium (modern Plovdiv).", "Inv. No. 8744"]);
  });

  test("a label's material, a museum's hours: another material and the opposite are told", () => {
    expect(flags("Музеят е затворен на 1 януари.", "The museum is open on 1 January.")).toEqual([
      'warning terms: the source says "затворен" (closed), the translation "open" (open): the opposite, meaning reversed?',
    ]);
    expect(flags("Не се качвайте на крепостните стени.", "Feel free to climb the fortress walls.")).toEqual([
      'error negation: the source says "Не се качвайте на", and the translation has no negation: meaning reversed?',
    ]);
  });
});

describe("figures in a table row, in brackets, opening a sentence (strangers 138, 143)", () => {
  test("a date's year before an amount, a tab turned into a space, is no group of thousands", () => {
    const bg = getLanguage("bg");
    expect(
      tokenize("Първа 01.04.2024 325,00 лв.", bg)
        .filter((t) => t.kind === "number")
        .map((t) => t.key),
    ).toEqual(["1", "4", "2024", "325"]);
    expect(
      tokenize("2 024 325 лв.", bg)
        .filter((t) => t.kind === "number")
        .map((t) => t.key),
    ).toEqual(["2024325"]);
    expect(flags("Първа 01.04.2024 325,00 лв.", "First 01.04.2024 BGN 325.00")).toEqual([]);
  });

  test("a share in brackets ending a sentence is an aside, no figure below zero", () => {
    expect(
      flags(
        "Постигната е стойност от 560 пътници, което е 58 % от целевата стойност.",
        "A value of 560 passengers has been reached (58%).",
      ),
    ).toEqual([]);
  });

  test("an amount in millions opening a sentence is no clause number", () => {
    expect(flags("Изразходвани са 1,7 млн. евро.", "1.7 million euro has been spent.")).toEqual([]);
    expect(flags("Изразходвани са 1,7 млн. евро.", "2.7 million euro has been spent.")).toEqual([
      "error numbers: the translation says 2.7 million where the source says 1,7 млн.",
    ]);
  });
});

describe("an employment contract's and a shipment's terms (strangers 139, 140, 142)", () => {
  test("a figure written out in brackets stands between the figure and its unit", () => {
    expect(flags("Срокът на предизвестието е 3 (три) месеца.", "The notice period is 3 (three) days.")).toEqual([
      "error units: the translation says 3 (three) days where the source says 3 (три) месеца: another unit",
    ]);
    expect(flags("Срокът на предизвестието е 3 (три) месеца.", "The notice period is 3 (three) months.")).toEqual([]);
    expect(flags("Работното време е 8 (осем) часа дневно.", "The working time is 8 (eight) hours a week.")).toEqual([
      "error units: the translation says 8 (eight) hours a week where the source says 8 (осем) часа дневно: another period",
    ]);
  });

  test("gross and net: a pay's turned is the opposite (an error since stranger 206), two weights' swapped an error", () => {
    expect(flags("Основното месечно възнаграждение е 4 800 лв. бруто.", "The basic monthly salary is BGN 4,800 net.")).toEqual([
      'error terms: the source says "бруто" (gross), the translation "net" (net): the opposite, meaning reversed?',
    ]);
    const bg = "Палети 1-10: нето тегло 630 кг, бруто тегло 550 кг.";
    expect(flags(bg, "Pallets 1-10: net weight 550 kg, gross weight 630 kg.")).toEqual([
      'error numbers: the amounts\' qualifiers are swapped: the translation says "gross … 630", "net … 550" where the source says "нето … 630", "бруто … 550"',
    ]);
    expect(flags(bg, "Pallets 1-10: net weight 630 kg, gross weight 550 kg.")).toEqual([]);
  });

  test("after arrival turned before, a live line said dead", () => {
    expect(flags("Стоките трябва да бъдат декларирани след пристигането.", "The goods must be declared before arrival.")).toEqual([
      'warning terms: the source says "след пристигането" (after), the translation "before arrival" (before): the opposite, meaning reversed?',
    ]);
    // An error since the negated phrase is read whole, "под напрежение" / "live" (the seventy-second session).
    expect(flags("Проводниците не са под напрежение.", "The wires are live.")).toEqual([
      'error negation: the source says "не са под напрежение", and the translation has no negation: meaning reversed?',
    ]);
  });

  test("'7 часа и половина' is 7.5 hours", () => {
    expect(flags("Ремонтът ще продължи 7 часа и половина.", "The repair will take 7.5 hours.")).toEqual([]);
    expect(flags("The repair will take 7 hours and a half.", "Ремонтът ще продължи 7,5 часа.", "en", "bg")).toEqual([]);
  });
});

describe("a negated verb's two objects (stranger 143)", () => {
  test("'не могат да прехвърлят права и задължения' / 'may not transfer rights and obligations' is a translation", () => {
    expect(
      flags(
        "(2) Партньорите не могат да прехвърлят права и задължения по настоящото споразумение на трети лица без писменото съгласие на Водещия партньор.",
        "(2) The partners may not transfer rights and obligations under this Agreement to third parties without the written consent of the Lead Partner.",
      ),
    ).toEqual([]);
  });
});

describe("the second wave: programmes, persons, places and doses (strangers 139-147)", () => {
  test("an EU fund, a programme authority and an Incoterms rule turned into another", () => {
    expect(flags("Проектът се финансира от ЕФРР.", "The project is funded by the ESF+.")).toEqual([
      'warning terms: the source says "ЕФРР" (ERDF), the translation "ESF+" (ESF): another EU fund?',
    ]);
    expect(flags("Управляващият орган одобри искането.", "The Certifying Authority approved the request.")).toEqual([
      'warning terms: the source says "Управляващият орган" (managing authority), the translation "Certifying Authority" (certifying authority): another programme authority?',
    ]);
    expect(flags("Условия на доставка: CFR Варна, Incoterms 2020.", "Terms of delivery: CIF Varna, Incoterms 2020.")).toContain(
      'warning terms: the source says "CFR" (CFR), the translation "CIF" (CIF): another Incoterms rule?',
    );
  });

  test("a foreign person replaced by another, a village replaced; the village transliterated is carried", () => {
    expect(
      flags("Договорът се подписва от Джон Милър като управител.", "The contract is signed by Peter Walker as managing director."),
    ).toEqual([
      "warning names: the name Джон Милър (Dzhon Milar) is not in the translation, which names Peter Walker instead: replaced by another name?",
    ]);
    const bg = "Без ток ще бъде с. Брестовец – цялото село.";
    expect(flags(bg, "The village of Brestnik will be without power – the entire village.")).toEqual([
      "warning names: the name Брестовец (Brestovets) is not in the translation, which names Brestnik instead: replaced by another name?",
    ]);
    expect(flags(bg, "The village of Brestovets will be without power – the entire village.")).toEqual([]);
  });

  test("a date in figures is no telephone number; '(0)' is a trunk zero; a standard's part is no date", () => {
    expect(flags("Считано от 01.07.2025 г. възнаграждението е 5 300 лева.", "As of 07/01/2025, the salary is BGN 5,800.")).toEqual([
      "error numbers: the translation says 5,800 where the source says 5 300",
    ]);
    expect(flags("Телефон: +359 750 3 21 21.", "Phone: +359 (0)750 3 21 21.")).toEqual([]);
    expect(flags("Конструкцията е проектирана съгласно EN 1992-1-1.", "The structure is designed in accordance with EN 1993-1-1.")).toEqual(
      ["error numbers: the translation says 1993 where the source says 1992"],
    );
  });

  test("a range's year written once is no year left out", () => {
    expect(
      flags("Документи се приемат от 01.03.2025 г. до 15.07.2025 г.", "Applications are accepted from 1 March to 15 July 2025."),
    ).toEqual([]);
  });

  test("a weekday of several dropped where no date carries it", () => {
    expect(flags("Събота и неделя: затворено.", "Sunday: closed.")).toEqual([
      "warning dates: the translation leaves out Събота: a day dropped?",
    ]);
    expect(flags("Събота и неделя: затворено.", "Saturday and Sunday: closed.")).toEqual([]);
  });

  test("'нито една ... не трябва да бъде по-ниска от 33' is 'no value shall be lower than 33'", () => {
    expect(
      flags(
        "Средната якост не трябва да бъде по-малка от 38 MPa, а нито една единична стойност не трябва да бъде по-ниска от 33 MPa.",
        "The mean strength shall not be less than 38 MPa, and no individual value shall be lower than 33 MPa.",
      ),
    ).toEqual([]);
  });

  test("a prohibition made a permission beside its 'without' is an error; 'не ... без' as 'only with' a translation", () => {
    expect(
      flags(
        "Не се допуска използването на заварени снадки без писмено съгласие на Проектанта.",
        "Welded splices may be used without the written consent of the Designer.",
      ),
    ).toEqual(['error negation: the source says "Не се допуска използването", and the translation permits it ("may"): meaning reversed?']);
    expect(
      flags(
        "Студентът не може да променя избраните дисциплини без писменото съгласие на координатора.",
        "The student may change the selected courses only with the written consent of the coordinator.",
      ),
    ).toEqual([]);
  });

  test("a dose per area: l/ha is ten times l/dka", () => {
    expect(flags("Лозя: срещу мана се прилага 150 мл/дка.", "Grapevines: against downy mildew apply 1.5 l/ha.")).toEqual([]);
    expect(flags("Лозя: срещу мана се прилага 1,5 л/дка.", "Grapevines: against downy mildew apply 1.5 l/ha.")).toEqual([
      "error units: the translation says 1.5 l/ha where the source says 1,5 л/дка: another unit",
    ]);
  });
});

describe("the third wave: terms, labels, tables and devices (strangers 144-151)", () => {
  test("an adjective's full article stems as its short one and as its base form", () => {
    const bg = getLanguage("bg");
    for (const [a, b] of [
      ["подложният", "подложен"],
      ["подложния", "подложен"],
      ["туристическият", "туристически"],
      ["туристическия", "туристически"],
      ["националният", "национален"],
    ])
      expect(bg.stem(a!)).toBe(bg.stem(b!));
  });

  test("a termbase's adjective found in its definite form, its fleeting vowel gone", () => {
    const terms = dictionaryFromPairs([["подложен бетон", "blinding concrete"]], getLanguage("bg"), getLanguage("en"));
    const b = align("Повърхността на подложния бетон се почиства.\n", "The surface of the lean concrete is cleaned.\n", {
      sourceLang: "bg",
      targetLang: "en",
      dictionary: terms,
      terms,
    });
    expect(flagTexts(b)).toEqual([
      'warning terms: your termbase translates "подложния бетон" as "blinding concrete", and the translation does not use it',
    ]);
  });

  test("exclusive and non-exclusive, a silver medal and a Gold one", () => {
    expect(
      flags(
        "Правото на дистрибуция е изключително за срока на договора.",
        "The distribution right is non-exclusive for the term of the Agreement.",
      ),
    ).toEqual([
      // Told by its negative prefix since stranger 346 ("допустими" / "ineligible"), the terms check's flag after it held back.
      'warning negation: the source says "изключително", and the translation "non-exclusive", its opposite by a negative prefix: meaning reversed?',
    ]);
    expect(flags("Рубин 2020 — сребърен медал и 89 точки.", "Rubin 2020 — Gold Medal and 89 points.")).toEqual([
      'warning terms: the source says "сребърен" (silver), the translation "Gold" (gold): another material?',
    ]);
  });

  test("75 cl is 750 мл; a table's cells keep their symbols", () => {
    expect(flags("Съдържание: 750 мл.", "Net content: 75 cl.")).toEqual([]);
    expect(
      flags(
        "M1\tRequirements specification\t30 April 2025\tEUR 18,500.00",
        "M1\tСпецификация на изискванията\t30 април 2025 г.\t18 500,00 EUR",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("'larger than' is a bound; 'No serious injuries have been reported' says no", () => {
    expect(
      flags("Air bubbles larger than 50 µl trigger an alarm.", "Въздушни мехурчета, по-малки от 50 µl, задействат аларма.", "en", "bg"),
    ).toEqual(['error numbers: the limit is reversed: the translation says "по-малки от 50" where the source says "larger than 50"']);
    expect(flags("No serious injuries have been reported to date.", "До момента са съобщени сериозни наранявания.", "en", "bg")).toEqual([
      'error negation: the source says "No serious injuries", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("No matter what happens, we will win.", "Каквото и да стане, ще победим.", "en", "bg")).toEqual([]);
  });
});

describe("the fourth wave: a municipality's, a device's and an SLA's sentences (strangers 148, 149, 151)", () => {
  test("a prohibition's predicate after a list the noun opens", () => {
    expect(
      flags(
        "Чл. 12. (1) Забранява се паркирането на моторни превозни средства в зелените площи, тротоарите и детските площадки.",
        "Art. 12. (1) Parking motor vehicles on green areas, pavements and playgrounds is prohibited.",
      ),
    ).toEqual([]);
  });

  test("'ml/ч' is millilitres an hour; '06:00 ч. CET' goes on", () => {
    expect(flags("Дебит: 0,1–1200 ml/ч.", "Flow rate: 0.1–1200 mL/h.")).toEqual([]);
    const b = align(
      "Поддръжката е в неделя от 02:00 до 06:00 ч. CET. Клиентът се уведомява.\n",
      "Maintenance is on Sunday from 02:00 to 06:00 CET. The client is notified.\n",
      {
        sourceLang: "bg",
        targetLang: "en",
      },
    );
    expect(b.source.segments.map((s) => s.text)).toEqual(["Поддръжката е в неделя от 02:00 до 06:00 ч. CET.", "Клиентът се уведомява."]);
  });

  test("a foreign name heard loosely is no person replaced: 'Томи Флитууд' / 'Tommy Fleetwood' beside 'Tiger Woods'", () => {
    expect(
      flags(
        "Вдъхновяващият дует Томи Флитууд и Франческо Молинари започна с две победи срещу неубедителния Тайгър Уудс.",
        "Inspired duo Tommy Fleetwood and Francesco Molinari led the charge with two victories over a struggling Tiger Woods.",
      ),
    ).toEqual([]);
  });
});
