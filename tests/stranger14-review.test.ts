/**
 * False alarms two strangers met on correct translations (a software manual,
 * a contract, a news item, a leaflet), and the defects that must still be
 * found next to them.
 */

import { readFileSync } from "node:fs";
import { align, alignSegments } from "../src/pipeline.js";
import type { Flag } from "../src/types.js";
import { fixture, segs } from "./helpers.js";

/** The flags at warning or above of sentence pairs aligned one to one, as "type: reason". */
function problems(source: readonly string[], target: readonly string[], sourceLang = "bg", targetLang = "en"): string[] {
  const b = alignSegments(segs(source), segs(target), { learn: false, sourceLang, targetLang });
  return b.links.flatMap((l) => (l.flags ?? []).filter((f: Flag) => f.severity !== "info").map((f) => `${f.type}: ${f.reason}`));
}

describe("a unit symbol in each language's script is a unit, not a code", () => {
  test("мм² and mm² are the same unit: no error, and the unit stays in the memory", () => {
    expect(
      problems(
        ["Стъпка 8. Свържете захранващия кабел 3 x 4 мм² към клемите L, N и PE."],
        ["Step 8. Connect the 3 x 4 mm² power cable to terminals L, N and PE."],
      ),
    ).toEqual([]);
    expect(problems(["Площта е 25 см², обемът 2 м³."], ["The area is 25 cm², the volume 2 m³."])).toEqual([]);
  });

  test("another unit is still the units check's error: мм² and cm²", () => {
    expect(problems(["Свържете кабел 3 x 4 мм² към клемите."], ["Connect a 3 x 4 cm² cable to the terminals."])).toEqual([
      "units: the translation says 3 x 4 cm² where the source says 3 x 4 мм²: another unit",
    ]);
  });

  test("a changed code beside a unit is still an error", () => {
    const flags = problems(["Кабел NYM-J 3 x 2,5 мм², артикул KB-2210."], ["Cable NYM-J 3 x 2.5 mm², item KB-2211."]);
    expect(flags.filter((f) => f.startsWith("names"))).toEqual([
      "names: the translation has KB-2211 where the source has KB-2210: codes and e-mails are copied exactly",
    ]);
  });
});

describe("software text that copies names and versions is translated", () => {
  const en = [
    "Tasklane 4.3",
    "Tasklane 4.3 supports Windows 10 and Windows 11.",
    "Tasklane Cloud works with Google Drive and Microsoft OneDrive.",
    "The mobile apps now support Face ID and Touch ID.",
    "You can read more about the new version on our website.",
    "Synchronisation may take longer than usual for accounts with many boards.",
  ];
  const bg = [
    "Tasklane 4.3",
    "Tasklane 4.3 поддържа Windows 10 и Windows 11.",
    "Tasklane Cloud работи с Google Drive и Microsoft OneDrive.",
    "Мобилните приложения вече поддържат Face ID и Touch ID.",
    "Можете да научите повече за новата версия на нашия уебсайт.",
    "Синхронизирането може да отнеме повече време от обикновено при акаунти с много табла.",
  ];

  test("a heading of a product name and a version, and sentences whose Latin letters are names, are not untranslated", () => {
    expect(problems(en, bg, "en", "bg")).toEqual([]);
  });

  test("a sentence left in English is untranslated, names or not", () => {
    const left = bg.map((b, n) => (n === 2 ? en[2]! : b));
    expect(problems(en, left, "en", "bg")).toEqual(["untranslated: the translation is the source text, unchanged"]);
    // Short, with its first word capitalised as the first: still untranslated (the first word is no name).
    const bgToEn = problems(["Имаше битка.", "Тя продължи два часа."], ["Имаше битка.", "It lasted two hours."]);
    expect(bgToEn).toEqual(["untranslated: the translation is in Cyrillic script, like the source (Bulgarian), not English"]);
    const part = bg.map((b, n) => (n === 3 ? "The mobile apps now support Face ID." : b));
    expect(problems(en, part, "en", "bg").filter((p) => p.startsWith("untranslated"))).toEqual([
      "untranslated: the translation is in Latin script, like the source (English), not Bulgarian",
    ]);
  });
});

describe("e-mail and web addresses copied into a translation in another script", () => {
  const en = [
    "Contact: office@trakiaengineering.bg, telephone 0923 781 499.",
    "Forms are at https://www.trakiaengineering.bg/documents/forms-and-templates.",
    "The contractor shall perform the services by 30 June 2025.",
    "The client shall pay the price within 14 days of the invoice.",
    "Either party may terminate this agreement with one month's written notice.",
    "Disputes shall be settled by the competent court in Plovdiv.",
  ];
  const bg = [
    "За контакт: office@trakiaengineering.bg, телефон 0923 781 499.",
    "Формулярите са на https://www.trakiaengineering.bg/documents/forms-and-templates.",
    "Изпълнителят извършва услугите до 30 юни 2025 г.",
    "Възложителят заплаща цената в срок от 14 дни от фактурата.",
    "Всяка от страните може да прекрати договора с едномесечно писмено предизвестие.",
    "Споровете се решават от компетентния съд в Пловдив.",
  ];

  test("a Bulgarian sentence whose Latin letters are mostly an address is translated", () => {
    expect(problems(en, bg, "en", "bg")).toEqual([]);
    // A line that is only an address is copied rightly, a web address of many parts as an e-mail.
    const url = "https://www.trakiaengineering.bg/en/help/contact-us";
    expect(problems([...en, url], [...bg, url], "en", "bg")).toEqual([]);
  });

  // Stranger 33's leaflets: the licence holder's address, kept in Latin letters as Bulgarian leaflets keep it, was an
  // error in 75 of 181 clean leaflets (its first word was read as a word, not the company's name).
  test("a leaflet's licence holder and address kept in Latin letters, its country in Bulgarian, is translated", () => {
    const holder = (en0: string, bg0: string) => problems([...en, en0], [...bg, bg0], "en", "bg");
    expect(
      holder("Nordavia Pharma A/S, Havnegade 12, 2100 Copenhagen, Denmark", "Nordavia Pharma A/S, Havnegade 12, 2100 Copenhagen, Дания"),
    ).toEqual([]);
    // Its first word a word of the language: a sentence left in English.
    expect(
      holder("Manufacturer: Nordavia Pharma A/S, Havnegade 12, Denmark", "Manufacturer: Nordavia Pharma A/S, Havnegade 12, Дания"),
    ).toEqual(["untranslated: the translation is in Latin script, like the source (English), not Bulgarian"]);
  });

  test("the sentence left in English beside its address is still untranslated", () => {
    const left = bg.map((b, n) => (n === 0 ? "Contact us: office@trakiaengineering.bg, telephone 0923 781 499." : b));
    expect(problems(en, left, "en", "bg")).toEqual([
      "untranslated: the translation is in Latin script, like the source (English), not Bulgarian",
    ]);
  });
});

describe("a manual's label in capitals before its sentence is no name", () => {
  // A stranger's short manual: the warning line got "no name matches across (ВНИМАНИЕ, Преди, WARNING, Unplug)" at warning.
  const bg = [
    "Глава 1. Първо включване",
    "Този раздел описва как да използвате модела AC-468.",
    "ВНИМАНИЕ: Преди почистване изключете уреда от контакта.",
    "Стъпка 1. Натиснете бутона WPS за 10 секунди, докато индикаторът светне в жълто.",
    "Стъпка 2. Заредете уреда с не повече от 7 кг пране.",
    "Стъпка 3. Натиснете бутона WPS за 5 секунди, докато индикаторът светне в зелено.",
    "Гаранционният срок на климатика е 36 месеца от датата на покупката.",
    "Средната цена на нощувка в Шумен е 104 лв., с 18% повече от миналата година.",
    "Най-много посетители са дошли от Румъния, Германия и Гърция.",
  ];
  const en = [
    "Chapter 1. First use",
    "This section describes how to use the AC-468 model.",
    "WARNING: Unplug the appliance before cleaning.",
    "Step 1. Press the WPS button for 10 seconds until the indicator lights up yellow.",
    "Step 2. Load the appliance with no more than 7 kg of laundry.",
    "Step 3. Press the WPS button for 5 seconds until the indicator lights up green.",
    "The warranty period of the air conditioner is 36 months from the date of purchase.",
    "The average price of an overnight stay in Shumen is BGN 104, 18% more than last year.",
    "Most visitors came from Romania, Germany and Greece.",
  ];

  test("ВНИМАНИЕ: / WARNING: and the words opening their sentences are not names that match nothing", () => {
    expect(problems(bg, en)).toEqual([]);
    // The stranger's own document, as it was checked: its warning line alone was flagged, at warning.
    const read = (lang: string) => readFileSync(fixture("check", `manual-warning.${lang}.txt`), "utf8");
    const b = align(read("bg"), read("en"), { sourceLang: "bg", targetLang: "en" });
    const warnings = b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.severity !== "info").map((f) => f.type));
    expect(warnings).toEqual([]);
  });

  test("a sentence of other names under the label is still another sentence", () => {
    const other = en.map((e, n) => (n === 2 ? "WARNING: Petya Ilieva met Nikolay Dimitrov in Blagoevgrad." : e));
    expect(problems(bg, other).filter((p) => p.startsWith("divergent"))).toHaveLength(1);
  });
});

describe("headings left in the source's script", () => {
  // A translation into Latin letters spells Bulgarian names its own way: a word left in Cyrillic was left untranslated, a heading of one word too.
  const bg = ["IV. СПОРОВЕ", "Споровете се решават от компетентния съд в София.", "V. ПЛОВДИВ", "Общината ще ремонтира 12 училища."];
  const en = [
    "IV. DISPUTES",
    "Disputes are settled by the competent court in Sofia.",
    "V. PLOVDIV",
    "The municipality will repair 12 schools.",
  ];

  test("a numbered heading of one word left in Cyrillic in the English translation is untranslated", () => {
    expect(problems(bg, en)).toEqual([]);
    const left = en.map((e, n) => (n === 0 || n === 2 ? bg[n]! : e));
    expect(problems(bg, left)).toEqual([
      "untranslated: the translation is in Cyrillic script, like the source (Bulgarian), not English",
      "untranslated: the translation is in Cyrillic script, like the source (Bulgarian), not English",
    ]);
  });

  test("a heading in capitals copied unchanged into the Bulgarian translation is still untranslated", () => {
    expect(
      problems(
        ["IV. DISPUTES AND GOVERNING LAW", "Disputes go to the court in Sofia."],
        ["IV. DISPUTES AND GOVERNING LAW", "Споровете се решават от съда в София."],
        "en",
        "bg",
      ),
    ).toEqual(["untranslated: the translation is the source text, unchanged"]);
  });

  test("a short heading in capitals left in English is untranslated when the source writes its word in lowercase; abbreviations and names are not", () => {
    const en = ["IV. DISPUTES", "Any dispute shall be settled by the court in Sofia.", "V. NATO", "The alliance meets in June."];
    const bg = ["IV. СПОРОВЕ", "Всеки спор се решава от съда в София.", "V. NATO", "Алиансът заседава през юни."];
    expect(problems(en, bg, "en", "bg")).toEqual([]);
    // "DISPUTES" is "dispute" in lowercase below it: a word. "NATO" is written in capitals only: a name, kept as it is.
    const left = bg.map((b, n) => (n === 0 ? en[0]! : b));
    expect(problems(en, left, "en", "bg")).toEqual([
      "untranslated: the translation is in Latin script, like the source (English), not Bulgarian",
    ]);
    // Without a lowercase use anywhere, a heading in capitals may be a name ("IV. SOLARIS", a product): left alone.
    const named = ["IV. SOLARIS", ...bg.slice(1)];
    expect(problems(["IV. SOLARIS", ...en.slice(1)], named, "en", "bg")).toEqual([]);
  });
});

describe("headings of one or two words copied into a translation in another script", () => {
  const en = ["What's New", "Tasklane 4.3 adds offline mode for the mobile app.", "Known Issues", "Sync may fail on slow networks."];
  const bg = [
    "Какво ново",
    "Tasklane 4.3 добавя офлайн режим за мобилното приложение.",
    "Известни проблеми",
    "Синхронизацията може да се провали при бавни мрежи.",
  ];

  test("are a warning when the dictionary knows every word; a name of words it does not know is kept rightly", () => {
    expect(problems(en, bg, "en", "bg")).toEqual([]);
    const left = bg.map((b, n) => (n === 0 || n === 2 ? en[n]! : b));
    expect(problems(en, left, "en", "bg")).toEqual([
      `untranslated: the heading is the source's, unchanged ("What's New"): left untranslated?`,
      `untranslated: the heading is the source's, unchanged ("Known Issues"): left untranslated?`,
    ]);
    const named = ["Tasklane Cloud", ...en.slice(1)];
    expect(problems(named, ["Tasklane Cloud", ...bg.slice(1)], "en", "bg")).toEqual([]);
  });
});

describe("smaller false warnings", () => {
  test("денонощния телефон is the 24-hour line", () => {
    expect(
      problems(
        ["Сигналите се подават на денонощния телефон +359 2 981 44 70 или на адрес service@termosystemi.bg."],
        ["Calls can be made to the 24-hour line +359 2 981 44 70 or to service@termosystemi.bg."],
      ),
    ).toEqual([]);
  });

  test("a lowercase Latin word in Bulgarian text (e-mail) is no name; a Latin name is", () => {
    const bg = [
      "От 12 до 14 май в учебния център в София ще се проведе обучение за монтаж на термопомпи.",
      "Участниците ще работят с новия модел AquaTerm HP-9.",
      "Таксата за участие е 380 лв. на човек, като служителите на фирмата участват безплатно.",
      "Записването става до 30 април на e-mail academy@termosystemi.bg.",
    ];
    const en = [
      "A training course on installing heat pumps will be held at the training centre in Sofia from 12 to 14 May.",
      "Participants will work with the new AquaTerm HP-9 model.",
      "The fee is BGN 380 per person; company employees take part free of charge.",
      "Registration is open until 30 April at academy@termosystemi.bg.",
    ];
    expect(problems(bg, en)).toEqual([]);
    expect(problems(["Записването става в Termosystemi Academy до 30 април."], ["Registration is open until 30 April."])).toEqual([
      "names: Termosystemi, Academy are not in the translation",
    ]);
  });

  test("a date whose day the translation leaves out is information from the dates check, not a number missing", () => {
    const b = alignSegments(
      segs(["Дата на последно преразглеждане на листовката: 14 март 2025 г."]),
      segs(["This leaflet was last revised in March 2025."]),
      { learn: false },
    );
    expect(b.links.flatMap((l) => (l.flags ?? []).map((f) => `${f.severity} ${f.type}: ${f.reason}`))).toEqual([
      "info dates: the translation leaves out the day (14): March 2025 where the source says 14 март 2025 г.",
    ]);
    // Another month or year is still an error; a day changed too.
    expect(problems(["Последна редакция: 14 март 2025 г."], ["Last revised in April 2025."])).toEqual([
      "dates: the translation says April 2025 where the source says 14 март 2025 г.",
    ]);
    expect(problems(["Срокът изтича на 14 март 2025 г."], ["The deadline is 15 March 2025."])).toEqual([
      "dates: the translation says 15 March 2025 where the source says 14 март 2025 г.",
    ]);
  });
});
