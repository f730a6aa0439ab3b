/**
 * What the sixty-fourth session's strangers (176-179) showed: a pharmaceutical translator's SmPC and leaflet, an annual
 * report's notes, a software company's help pages and memories, and a news agency's desk.
 */

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { batchDir, flagTexts, pairFlagTexts, paragraphPairs, sverka } from "./helpers.js";

const flags = pairFlagTexts;

describe("a medicine's texts (stranger 176)", () => {
  test("a strength converted between milligrams and micrograms is the same amount; a changed one is not", () => {
    expect(
      flags("Each tablet contains 0.5 mg colecalciferol.", "Всяка таблетка съдържа 500 микрограма колекалциферол.", "en", "bg"),
    ).toEqual([]);
    expect(flags("Each vial contains 250 micrograms of digoxin.", "Всеки флакон съдържа 0,25 mg дигоксин.", "en", "bg")).toEqual([]);
    expect(flags("The solution contains 1 mg/ml.", "Разтворът съдържа 1000 µg/ml.", "en", "bg")).toEqual([]);
    expect(flags("Each vial contains 250 micrograms of digoxin.", "Всеки флакон съдържа 250 mg дигоксин.", "en", "bg")).toEqual([
      "error units: the translation says 250 mg where the source says 250 micrograms: another unit",
    ]);
    expect(
      flags("Each tablet contains 0.5 mg colecalciferol.", "Всяка таблетка съдържа 50 микрограма колекалциферол.", "en", "bg"),
    ).toEqual(["error numbers: the translation says 50 where the source says 0.5"]);
  });

  test("the sodium statement: a verb said plainly too, the negation said otherwise ('sodium-free'), is no reversal", () => {
    const source =
      "Това лекарство съдържа по-малко от 1 mmol натрий (23 mg) на таблетка, т.е. може да се каже, че практически не съдържа натрий.";
    expect(
      flags(source, 'This medicine contains less than 1 mmol sodium (23 mg) per tablet, that is to say essentially "sodium-free".'),
    ).toEqual([]);
    // With no negation in the translation, or the verb said twice, it still is.
    expect(flags("Продуктът съдържа захар, но не съдържа глутен.", "The product contains sugar and gluten.")).toEqual([
      'error negation: the source says "не съдържа глутен", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Продуктът съдържа захар, но не съдържа глутен.", "The product contains sugar but no gluten.")).toEqual([]);
  });

  test("'out of the sight and reach of children' says no; 'Not for use in' is a prohibition", () => {
    expect(
      flags(
        "Keep this medicine out of the sight and reach of children.",
        "Да се съхранява на място, където децата не могат да го видят и достигнат.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(flags("Not for use in children under 2 years of age.", "Да се използва при деца под 2 години.", "en", "bg")).toEqual([
      'warning negation: the source says "Not for use in", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Not for use in children under 2 years of age.", "Да не се използва при деца под 2 години.", "en", "bg")).toEqual([]);
  });

  test("a prohibition lost before the same bound is one flag, the negation's; a phrase that says no itself is a limit reversed", () => {
    expect(
      flags(
        "Do not give this medicine to children under 12 years of age.",
        "Давайте това лекарство на деца на възраст под 12 години.",
        "en",
        "bg",
      ),
    ).toEqual(['error negation: the source says "Do not give", and the translation has no negation: meaning reversed?']);
    expect(flags("Do not take more than 4 tablets a day.", "Приемайте не по-малко от 4 таблетки дневно.", "en", "bg")).toEqual([
      'error numbers: the limit is reversed: the translation says "не по-малко от 4" where the source says "Do not take more than 4"',
    ]);
  });

  test("a list's lead-in ending on a colon is not cut short", () => {
    expect(flags("Amlodipine is contraindicated in patients with:", "Амлодипин е противопоказан при пациенти със:", "en", "bg")).toEqual(
      [],
    );
  });
});

describe("an annual report (stranger 177)", () => {
  test("'половин процентен пункт' is 0.5 of the unit", () => {
    expect(
      flags(
        "Лихвените проценти по кредитите на Групата се понижиха с половин процентен пункт през първото тримесечие на 2026 г.",
        "Interest rates on the Group's loans decreased by 0.5 percentage points in Q1 2026.",
      ),
    ).toEqual([]);
    expect(flags("Лихвите се понижиха с половин процентен пункт.", "Rates fell by 1.5 percentage points.")).toEqual([
      "error numbers: the translation says 1.5 where the source says половин",
    ]);
    expect(flags("Rates fell by half a percentage point.", "Лихвите се понижиха с 0,5 процентни пункта.", "en", "bg")).toEqual([]);
  });

  test("a currency code before the next figure, or before '000, is no unit of the figure before it", () => {
    expect(
      flags(
        "Приходите за 2025 г. са 27 150 хил. лв., а за 2024 г. – 22 332 хил. лв.",
        "Revenue for 2025 was BGN 27,150 thousand and for 2024 BGN 22,332 thousand.",
      ),
    ).toEqual([]);
    expect(
      flags("Показател 2025 г. 2024 г. хил. лв. хил. лв.", "Item 2025 2024 BGN'000 BGN'000").filter((f) => f.startsWith("error")),
    ).toEqual([]);
    expect(flags("Цената е 100 лв.", "The price is 100 USD.")).toEqual([
      "error units: the translation says 100 USD where the source says 100 лв: another currency",
    ]);
  });
});

describe("an annual report's signs, negations and standards (stranger 177)", () => {
  test("a label's '/(loss)' is its sign convention: a sign added or lost on that row is flagged", () => {
    expect(flags("Нетна печалба/(загуба)   13 282   23 065", "Net profit/(loss)   (13,282)   23,065")).toEqual([
      "warning numbers: the translation writes (13,282) below zero where the source has 13 282: sign added?",
    ]);
    expect(flags("Нетна печалба/(загуба)   (13 282)   23 065", "Net profit/(loss)   (13,282)   23,065")).toEqual([]);
    expect(flags("Загубата за годината е (1 234) хил. лв.", "The loss for the year was BGN 1,234 thousand.")).toEqual([]);
  });

  test("'не е признат' lost is a negation dropped", () => {
    expect(
      flags(
        "Не е признат актив по отсрочен данък за данъчни загуби в размер на 2 239 хил. лв.",
        "A deferred tax asset has been recognised for tax losses of BGN 2,239 thousand.",
      ),
    ).toEqual(['error negation: the source says "Не е признат актив", and the translation has no negation: meaning reversed?']);
    expect(flags("Не са признати провизии.", "No provisions were recognised.")).toEqual([]);
  });

  test("a figure and its comparative '(2024: …)' trading places", () => {
    const source = "Приходите за 2025 г. възлизат на 27 150 хил. лв. (2024 г.: 22 332 хил. лв.).";
    expect(flags(source, "Revenue for 2025 amounted to BGN 22,332 thousand (2024: BGN 27,150 thousand).")).toEqual([
      "error numbers: the numbers are swapped: the source gives 22 332 хил. for 2024 and 27 150 хил. beside it, the translation 27,150 thousand for 2024 and 22,332 thousand beside it",
    ]);
    expect(flags(source, "Revenue for 2025 amounted to BGN 27,150 thousand (2024: BGN 22,332 thousand).")).toEqual([]);
  });

  test("a standard of another family with the same number", () => {
    expect(
      flags("Дружеството прилага МСФО 16 „Лизинг“ от 1 януари 2019 г.", "The company has applied IAS 16 Leases since 1 January 2019."),
    ).toEqual(["error numbers: the translation names IAS 16 where the source names МСФО 16 (IFRS 16): another standard"]);
    expect(flags("Съгласно МСС 16 и МСФО 16 имотите се оценяват.", "Under IAS 16 and IFRS 16 the properties are measured.")).toEqual([]);
  });
});

describe("help pages (stranger 178) and a news desk (stranger 179)", () => {
  test("a parameter's name in backticks made a word of the translation's script is a code translated; a label is not", () => {
    expect(
      flags("Set the `format` parameter to `csv` or `pdf`.", "Задайте за параметъра `формат` стойност `csv` или `pdf`.", "en", "bg"),
    ).toEqual(["error names: the translation has `формат` where the source has `format`: codes and e-mails are copied exactly"]);
    expect(
      flags("Click `Save` to keep your `format` settings.", "Щракнете върху `Запази`, за да запазите настройките за `format`.", "en", "bg"),
    ).toEqual([]);
  });

  test("'will never' and 'and no file will' say no mid-sentence", () => {
    expect(
      flags("Nimbus Desk support will never ask you for them.", "Поддръжката на Nimbus Desk може да ви ги поиска.", "en", "bg"),
    ).toEqual(['warning negation: the source says "will never ask", and the translation has no negation: meaning reversed?']);
    expect(
      flags(
        "The export will be cancelled and no file will be created.",
        "Експортирането ще бъде отменено и ще бъде създаден файл.",
        "en",
        "bg",
      ),
    ).toEqual(['error negation: the source says "no file will", and the translation has no negation: meaning reversed?']);
    expect(
      flags(
        "The export will be cancelled and no file will be created.",
        "Експортирането ще бъде отменено и няма да бъде създаден файл.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("a news passive's negation lost; 'closed' translating the negated word keeps the word, not the negation", () => {
    expect(flags("Заподозреният не беше арестуван.", "The suspect was arrested.")).toEqual([
      'error negation: the source says "не беше арестуван", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Законопроектът не беше приет от парламента.", "The bill was not adopted by parliament.")).toEqual([]);
    expect(flags("Детските градини няма да бъдат затворени.", "Kindergartens will be closed.")).toEqual([
      'error negation: the source\'s "няма да бъдат затворени" says no to "затворени", and the translation says "closed" with no negation before it: meaning reversed?',
    ]);
    // "closed" still answers "не работи", and "недостъпен" "cannot be reached" by its prefix.
    expect(flags("Магазинът ни на бул. „Витоша“ не работи в неделя.", "Our store on Vitosha Blvd is closed on Sundays.")).toEqual([]);
    expect(flags("Error NV-1042: the server cannot be reached.", "Грешка NV-1042: сървърът е недостъпен.", "en", "bg")).toEqual([]);
    expect(flags("Границата с Гърция не е затворена.", "The border with Greece remains open.")).toEqual([]);
  });
});

describe("a court's judgment (stranger 180) and an agency's batch (stranger 181)", () => {
  test("ОСЪЖДА grants what it orders paid: DISMISSES for it, ORDERS for ОТХВЪРЛЯ, are reversals", () => {
    const orders = "ОСЪЖДА „Билд Инвест“ ЕООД да заплати на Иван Петров сумата от 12 500 лв.";
    expect(flags(orders, "DISMISSES the claim of Ivan Petrov against Build Invest EOOD for BGN 12,500.")).toEqual([
      'error terms: the source says "ОСЪЖДА" (granted), the translation "DISMISSES" (dismissed): the opposite, meaning reversed?',
    ]);
    expect(flags(orders, "ORDERS Build Invest EOOD to pay Ivan Petrov the sum of BGN 12,500.")).toEqual([]);
    expect(
      flags(
        "ОТХВЪРЛЯ иска на Иван Петров срещу „Билд Инвест“ ЕООД за сумата от 12 500 лв.",
        "ORDERS Build Invest EOOD to pay Ivan Petrov the sum of BGN 12,500.",
      ),
    ).toEqual(['error terms: the source says "ОТХВЪРЛЯ" (dismissed), the translation "ORDERS" (granted): the opposite, meaning reversed?']);
  });

  test("a year in words after thousands is one number: 'две хиляди двадесет и четвърта' is 2024", () => {
    expect(
      flags("Съдът заседава на седемнадесети октомври две хиляди двадесет и четвърта година.", "The court sat on 17 October 2024.").filter(
        (f) => f.startsWith("error"),
      ),
    ).toEqual([]);
    expect(flags("Цената е две хиляди и петстотин лева.", "The price is BGN 2,500.")).toEqual([]);
    expect(flags("Цената е две хиляди двеста и петдесет лева.", "The price is BGN 2,350.")).toEqual([
      "error numbers: the translation says 2,350 where the source says две хиляди двеста и петдесет",
    ]);
    expect(flags("twenty-one thousand five hundred", "21 500", "en", "bg")).toEqual([]);
  });

  test("batch --merge-tmx refuses to write over a memory sverka did not align, and writes over its own", async () => {
    const dir = batchDir();
    const client = join(dir, "client.tmx");
    const memory = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="Trados Studio" creationtoolversion="17" segtype="sentence" o-tmf="SDL TM" adminlang="en" srclang="bg" datatype="plaintext"/><body>
<tu tuid="acme-1"><tuv xml:lang="bg"><seg>Договор</seg></tuv><tuv xml:lang="en"><seg>Contract</seg></tuv></tu></body></tmx>`;
    writeFileSync(client, memory);
    const r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--merge-tmx", client, "-q"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the file is a memory sverka did not align (written by Trados Studio), and the batch would replace it");
    expect(readFileSync(client, "utf8")).toBe(memory);
    // An empty file holds nothing to lose.
    writeFileSync(client, "");
    expect((await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--merge-tmx", client, "-q"])).code).toBe(0);
    const own = join(dir, "all.tmx");
    for (let run = 0; run < 2; run++)
      expect((await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--merge-tmx", own, "-q"])).code).toBe(0);
  });

  test("an age reached is a floor; a firm's name transliterated by its owner's spelling is carried (stranger 181)", () => {
    expect(
      flags(
        "You must be at least 18 years old to create an account.",
        "Трябва да сте навършили 18 години, за да създадете профил.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(
      flags("We will cover your travel expenses and two nights' accommodation.", "Ще поемем пътните Ви разходи и две нощувки.", "en", "bg"),
    ).toEqual([]);
    expect(flags("Договорът е с „Гама Трейд“ АД.", "The contract is with Gamma Trade AD.")).toEqual([]);
    expect(flags("Договорът е с „Гама Трейд“ АД.", "The contract is with Gamma Tools AD.")).toEqual([
      "warning names: the name Гама Трейд (Gama Treyd) is not in the translation, which names Gamma Tools instead: replaced by another name?",
    ]);
  });

  test("a project report's results not achieved, not carried out (stranger 182)", () => {
    for (const [source, target] of [
      ["Плащането не е извършено.", "The payment was made."],
      ["Дейностите не са изпълнени.", "The activities were implemented."],
      ["Целевата стойност не е достигната.", "The target value was reached."],
    ])
      expect(flags(source!, target!).some((f) => f.includes("negation"))).toBe(true);
  });

  test("a court of another level (stranger 180)", () => {
    expect(flags("Делото е разгледано от Софийския градски съд.", "The case was heard by the Sofia District Court.")).toEqual([
      'warning terms: the source says "градски съд" (city), the translation "District Court" (district): another court?',
    ]);
    expect(flags("Делото е разгледано от Софийския градски съд.", "The case was heard by the Sofia City Court.")).toEqual([]);
    expect(
      flags("Жалбата се подава до Административен съд – София-град.", "The appeal is lodged with the Administrative Court of Sofia City."),
    ).toEqual([]);
  });

  test("a safety instruction's prohibition lost in a short manual (stranger 183)", () => {
    // "докато" alone is "while", no bound the negation may say: reversed, an error (stranger 217).
    expect(flags("Не докосвайте проводниците, докато захранването е включено.", "Touch the wires while the power is on.")).toEqual([
      'error negation: the source says "Не докосвайте проводниците", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Мрежите с честота 5 GHz не се поддържат.", "5 GHz networks are also supported.")).toEqual([
      'error negation: the source says "не се поддържат", and the translation has no negation: meaning reversed?',
    ]);
  });

  test("a unit given per a period after a slash; 'хиляда' alone is a thousand (strangers 182, 177)", () => {
    expect(flags("Потреблението е 450 000 kWh/год.", "Consumption is 450,000 MWh/year.")).toEqual([
      "error units: the translation says 450,000 MWh where the source says 450 000 kWh: another unit",
    ]);
    expect(flags("Потреблението е 450 000 kWh/год.", "Consumption is 450,000 kWh/year.")).toEqual([]);
    expect(flags("Скоростта е 50 km/h.", "The speed is 50 km/h.")).toEqual([]);
    expect(flags("Наемът е 1 200 лв. (хиляда и двеста лева).", "The rent is BGN 1,200 (one thousand two hundred leva).")).toEqual([]);
    expect(flags("Платени са хиляда и сто лева.", "BGN 1,100 was paid.")).toEqual([]);
  });

  test("a way of saying no that ends on the word: 'out of time' (stranger 184)", () => {
    expect(flags("Нямаме време.", "We're out of time.")).toEqual([]);
    expect(flags("Нямаме време.", "We have time.")).toEqual([
      'error negation: the source says "Нямаме време", and the translation has no negation: meaning reversed?',
    ]);
  });

  test("a warning's label cut off as its own sentence: the negation after it compared, the label no sentence left out (stranger 185)", () => {
    const manual = (dropped: boolean) =>
      flagTexts(
        paragraphPairs([
          ["Изключете машината от контакта преди почистване.", "Unplug the machine before cleaning."],
          [
            "ВНИМАНИЕ! Не докосвайте проводниците, докато захранването е включено.",
            `WARNING: ${dropped ? "Touch" : "Do not touch"} the wires while the power is on.`,
          ],
          ["Почистете филтъра веднъж седмично.", "Clean the filter once a week."],
          ["ВНИМАНИЕ! Никога не носете ръкавици при работа с машината.", "WARNING: Never wear gloves when working with the machine."],
          ["Проверявайте нивото на маслото всеки ден.", "Check the oil level every day."],
          ["ВНИМАНИЕ! Не използвайте машината във влажна среда.", "WARNING: Do not use the machine in a damp environment."],
          ["Смажете лагерите след 50 работни часа.", "Lubricate the bearings after 50 operating hours."],
        ]),
      );
    expect(manual(false)).toEqual([]);
    expect(manual(true).filter((f) => f.includes("negation"))).toHaveLength(1);
  });
});
