/** What a legal reviser's contracts (stranger 97) and a vendor manager's EN→DE/FR manuals (stranger 98) showed. */

import { align, parseDictionary } from "../src/index.js";
import { pairFlagTexts } from "./helpers.js";

const flags = pairFlagTexts;

describe("contracts (stranger 97)", () => {
  test("an address's house number and postcode in each language's order are no numbers swapped", () => {
    expect(
      flags(
        "Trakia Logistics EOOD, UIC 175309428, with its registered office at 25 Tsar Boris III Blvd, 1612 Sofia, Bulgaria.",
        "„Тракия Логистикс“ ЕООД, ЕИК 175309428, със седалище гр. София 1612, бул. „Цар Борис III“ № 25, България.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    // Amounts that trade places are still found.
    expect(flags("Наемът е 1 200 лв., а депозитът – 2 400 лв.", "The rent is BGN 2,400 and the deposit BGN 1,200.")).toHaveLength(1);
  });

  test("a place of the language carried by its adjective: 'Sofia City Court' / 'Софийския градски съд'", () => {
    const source = "Any dispute shall be referred to the Sofia City Court.";
    expect(flags(source, "Всеки спор се отнася до Софийския градски съд.", "en", "bg")).toEqual([]);
    expect(flags(source, "Всеки спор се отнася до Пловдивския окръжен съд.", "en", "bg")).toHaveLength(1);
  });

  test("a surname changed: the translation's near spelling is named, and 'ch' is no silent letter", () => {
    expect(
      flags(
        "Пряк ръководител на СЛУЖИТЕЛЯ е г-н Иван Петров, ръководител на отдел „Разработка“.",
        "The EMPLOYEE's line manager is Mr Ivan Petkov, head of the Development Department.",
      ),
    ).toEqual([
      "warning names: the name Иван Петров (Ivan Petrov) is not in the translation, which names Petkov instead: replaced by another name?",
    ]);
    expect(
      flags("Договорът се подписва от Николай Стоянов, управител.", "The contract is signed by Nikolay Stoyanchev, managing director."),
    ).toEqual([
      "warning names: the name Николай Стоянов (Nikolay Stoyanov) is not in the translation, which names Stoyanchev instead: replaced by another name?",
    ]);
    expect(
      flags("Договорът се подписва от Николай Стоянов, управител.", "The contract is signed by Nikolay Stoyanov, managing director."),
    ).toEqual([]);
    expect(flags("Христо Стоянов подписа договора.", "Hristo Stoyanov signed the contract.")).toEqual([]);
  });
});

describe("EN→DE/FR manuals (stranger 98)", () => {
  test("kelvin after a no-break space, as French writes it", () => {
    expect(flags("The superheat must be 5 K.", "La surchauffe doit être de 5\u00a0K.", "en", "fr")).toEqual([]);
    expect(
      flags(
        "The discharge temperature must not exceed 110 °C.",
        "La température de refoulement ne doit pas dépasser 110\u00a0K.",
        "en",
        "fr",
      ),
    ).toEqual(["error units: the translation says 110\u00a0K where the source says 110 °C: another unit"]);
  });

  test("a prohibition's 'until' clause: its bound is no bound the prohibition turns", () => {
    const source = "Do not start the compressor until the crankcase heater has been switched on for at least 12 hours.";
    expect(
      flags(source, "Starten Sie den Verdichter erst, wenn die Kurbelwannenheizung mindestens 12 Stunden eingeschaltet war.", "en", "de"),
    ).toEqual([]);
    // A bound the prohibition says itself is still turned by it.
    expect(
      flags("Do not take more than 4 tablets in 24 hours.", "Приемайте не по-малко от 4 таблетки за 24 часа.", "en", "bg"),
    ).toHaveLength(1);
  });

  test("a temperature below zero lost its minus; a typesetter's en dash is a minus", () => {
    const source = "The unit operates at ambient temperatures from -20 °C to +40 °C.";
    expect(flags(source, "Das Gerät arbeitet bei Umgebungstemperaturen zwischen 20 °C und +40 °C.", "en", "de")).toEqual([
      "error numbers: the source writes -20 below zero where the translation has 20 with no minus: sign lost?",
    ]);
    expect(flags(source, "Das Gerät arbeitet bei Umgebungstemperaturen zwischen –20 °C und +40 °C.", "en", "de")).toEqual([]);
  });

  test("a surname after a title within one script is copied exactly: 'Ms Laurent' / 'Mme Laurens', 'Frau Dupont'", () => {
    const source = "For spare parts, contact Ms Laurent at the service centre.";
    expect(flags(source, "Pour les pièces de rechange, contactez Mme Laurent au centre de service.", "en", "fr")).toEqual([]);
    expect(flags(source, "Pour les pièces de rechange, contactez Mme Laurens au centre de service.", "en", "fr")).toEqual([
      "warning names: the translation names Laurens where the source names Laurent: another person?",
    ]);
    expect(flags(source, "Für Ersatzteile wenden Sie sich an Frau Dupont im Servicezentrum.", "en", "de")).toEqual([
      "warning names: the translation names Dupont where the source names Laurent: another person?",
    ]);
    expect(flags("Contact Mr Moreau in Lyon for details.", "Kontaktieren Sie Herrn Moreno in Lyon.", "en", "de")).toEqual([
      "warning names: the translation names Moreno where the source names Moreau: another person?",
    ]);
  });
});

test("an NDA's Disclosing and Receiving Party are parties that may be swapped (stranger 97)", () => {
  const source = "1.2. The Receiving Party shall use the Confidential Information solely for the Purpose.";
  expect(flags(source, "1.2. Разкриващата страна използва Поверителната информация единствено за Целта.", "en", "bg")).toEqual([
    "error names: the parties are swapped: the translation says Разкриващата where the source says Receiving",
  ]);
  expect(flags(source, "1.2. Получаващата страна използва Поверителната информация единствено за Целта.", "en", "bg")).toEqual([]);
});

test("a negation added beside a word of the source's ('без' / 'without'), and a span's possessive ('one week's notice') (stranger 97)", () => {
  expect(
    flags(
      "По време на срока за изпитване договорът може да бъде прекратен без предизвестие.",
      "During the probationary period the contract may not be terminated without notice.",
    ),
  ).toEqual(['error negation: the translation says "may not be", and the source permits it ("може"): meaning reversed?']);
  expect(
    flags(
      "По време на срока за изпитване договорът може да бъде прекратен без предизвестие.",
      "During the probationary period the contract may be terminated without notice.",
    ),
  ).toEqual([]);
  const source = "Всяка от страните може да прекрати договора с писмено предизвестие от един месец.";
  expect(flags(source, "Either party may terminate the contract by giving one week's written notice.")).toEqual([
    "error units: the translation says one week's where the source says един месец: another unit",
  ]);
  expect(flags(source, "Either party may terminate the contract by giving one month's written notice.")).toEqual([]);
});

test("a termbase term inside a German compound is used: 'pressure' / 'Druck' in 'Betriebsdruck' (stranger 98)", () => {
  const terms = (source: string, target: string) =>
    align(`${source}\n`, `${target}\n`, {
      sourceLang: "en",
      targetLang: "de",
      terms: parseDictionary("pressure\tDruck\n", "tsv", "en", "de"),
    }).links.flatMap((l) => l.flags.filter((f) => f.type === "terms").map((f) => f.reason));
  expect(
    terms("The maximum operating pressure on the water side is 3 bar.", "Der maximale Betriebsdruck auf der Wasserseite beträgt 3 bar."),
  ).toEqual([]);
  expect(
    terms("The maximum operating pressure on the water side is 3 bar.", "Die maximale Betriebsspannung auf der Wasserseite beträgt 3 bar."),
  ).toEqual(['your termbase translates "pressure" as "Druck", and the translation does not use it']);
});
