/**
 * What the seventy-sixth session mended from its strangers (337-) and the seventy-fifth's list: unnumbered printf
 * placeholders in another order, a court's citation abbreviations.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keptLinks } from "../src/formats/text.js";
import { align, alignFiles, segment } from "../src/index.js";
import { pairFlagTexts } from "./helpers.js";

describe("unnumbered printf placeholders in another order (the seventy-fifth session's list)", () => {
  test('"%d от %s" made "%s of %d" is an error: a program fills them in order', () => {
    expect(pairFlagTexts("Изтрити са %d от %s файла.", "Deleted %s of %d files.")).toEqual([
      "error tags: placeholders in another order: %d, %s in the source, %s, %d in the translation; a program fills them in order, so their values change places (number them, %1$s, to reorder)",
    ]);
  });

  test("numbered conversions reordered, the same order, and named placeholders reordered are no flag", () => {
    expect(pairFlagTexts("Изтрийте %1$s от %2$d.", "Delete %2$d from %1$s.")).toEqual([]);
    expect(pairFlagTexts("Изтрити са %d от %s файла.", "Deleted %d of %s files.")).toEqual([]);
    expect(pairFlagTexts("Файлът {name} е изтрит от {user}.", "{user} deleted the file {name}.")).toEqual([]);
  });
});

describe("a court's citation abbreviations end no sentence (the seventy-fifth session's list)", () => {
  test('"No. 12 Civ. 3456" and "the Comm. Div. of the court" are one sentence each', () => {
    const text = "See Smith v. Jones, No. 12 Civ. 3456 (S.D.N.Y. 2019). The claim was filed in the Comm. Div. of the court.";
    expect(segment(text, "en").map((s) => s.text)).toEqual([
      "See Smith v. Jones, No. 12 Civ. 3456 (S.D.N.Y. 2019).",
      "The claim was filed in the Comm. Div. of the court.",
    ]);
  });
});

describe("a weekday the translation adds to a date it is not on (stranger 330)", () => {
  test('"5 март 2026 г." / "Friday, 5 March 2026" (a Thursday) is a warning naming the right day', () => {
    expect(pairFlagTexts("Срещата е на 5 март 2026 г.", "The meeting is on Friday, 5 March 2026.")).toEqual([
      "warning dates: the translation adds Friday to 5 March 2026, which the source gives with no weekday; that date is a Thursday",
    ]);
    expect(pairFlagTexts("The hearing is on 5 March 2026.", "Заседанието е в петък, 5 март 2026 г.", "en", "bg")).toEqual([
      "warning dates: the translation adds петък to 5 март 2026 г., which the source gives with no weekday; that date is a четвъртък",
    ]);
  });

  test("the right weekday, a date with no year, and a date read two ways are no flag", () => {
    expect(pairFlagTexts("Срещата е на 6 март 2026 г.", "The meeting is on Friday, 6 March 2026.")).toEqual([]);
    expect(pairFlagTexts("Срещата е на 5 март.", "The meeting is on Friday, 5 March.")).toEqual([]);
    expect(pairFlagTexts("Срещата е на 05/03/2026.", "The meeting is on Friday, 05/03/2026.")).toEqual([]);
  });
});

describe("two amounts swapped where the sentences' opening words name the first (stranger 328)", () => {
  test('"Приходите … 5,2 …, а разходите … 3,1" / "Revenue … 3.1 … and expenses … 5.2" is an error', () => {
    expect(
      pairFlagTexts(
        "Приходите възлизат на 5,2 млн. лв., а разходите – на 3,1 млн. лв.",
        "Revenue amounted to BGN 3.1 million and expenses to BGN 5.2 million.",
      ),
    ).toEqual([
      "error numbers: the numbers are swapped: the source's Приходите … 5,2 млн. is Revenue … 3.1 million in the translation, and разходите … 3,1 млн. is expenses … 5.2 million",
    ]);
  });

  test("the same amounts in their places, and the sentence turned around, are no flag", () => {
    expect(
      pairFlagTexts(
        "Приходите възлизат на 5,2 млн. лв., а разходите – на 3,1 млн. лв.",
        "Revenue amounted to BGN 5.2 million and expenses to BGN 3.1 million.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "Приходите възлизат на 5,2 млн. лв., а разходите – на 3,1 млн. лв.",
        "Expenses amounted to BGN 3.1 million and revenue to BGN 5.2 million.",
      ),
    ).toEqual([]);
  });
});

describe("a size glued to its letters is one code however its sign of times is written (stranger 342)", () => {
  test('"M8x20" / "M8×20" and "M10x1.25" / "M10×1,25" are no flag', () => {
    expect(pairFlagTexts("Use M8x20 screws for the cover.", "За капака използвайте винтове M8×20.", "en", "bg")).toEqual([]);
    expect(
      pairFlagTexts("Use M10x1.25 screws for the motor plate.", "За плочата на двигателя използвайте винтове M10×1,25.", "en", "bg"),
    ).toEqual([]);
  });

  test("another size is still an error", () => {
    expect(pairFlagTexts("Use M8x20 screws for the cover.", "За капака използвайте винтове M8×25.", "en", "bg")).toEqual([
      "error names: the translation has M8×25 where the source has M8x20: codes and e-mails are copied exactly",
    ]);
  });
});

describe("a keyboard shortcut in inline code is compared by its keys, however spaced (stranger 339)", () => {
  const flagsOf = async (en: string, bg: string) => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-337-"));
    writeFileSync(join(dir, "a.en.md"), en);
    writeFileSync(join(dir, "a.bg.md"), bg);
    const b = await alignFiles(join(dir, "a.en.md"), join(dir, "a.bg.md"), { sourceLang: "en", targetLang: "bg" });
    return b.links.flatMap((l) => l.flags.filter((f) => f.severity !== "info").map((f) => `${f.severity} ${f.type}: ${f.reason}`));
  };

  test("`Ctrl + Shift + S` / `Ctrl+Shift+S` is no flag; another key is an error", async () => {
    expect(
      await flagsOf("You can also press `Ctrl + Shift + S` to confirm.\n", "Можете също да натиснете `Ctrl+Shift+S`, за да потвърдите.\n"),
    ).toEqual([]);
    expect(
      await flagsOf("You can also press `Ctrl + Shift + S` to confirm.\n", "Можете също да натиснете `Ctrl+Shift+D`, за да потвърдите.\n"),
    ).toEqual([
      "error names: the translation has `Ctrl+Shift+D` where the source has `Ctrl + Shift + S`: codes and e-mails are copied exactly",
    ]);
  });
});

describe("a code typed wholly in Cyrillic look-alikes is a warning, in both scripts an error (stranger 340)", () => {
  test('"A95" / "А95" is a warning; "5Q0615423B" / "5Q0615423В" is an error', () => {
    expect(pairFlagTexts("A litre of A95 petrol cost EUR 1.24.", "Литър бензин А95 е струвал 1,24 евро.", "en", "bg")).toEqual([
      "warning names: the translation types А95 for A95 in Cyrillic letters that look like the source's Latin ones: it reads the same, but a search for the code will not find it",
    ]);
    expect(pairFlagTexts("Order part 5Q0615423B today.", "Поръчайте част 5Q0615423В днес.", "en", "bg")).toEqual([
      "error names: the translation has 5Q0615423В where the source has 5Q0615423B (the translation's В is a Cyrillic letter): codes and e-mails are copied exactly",
    ]);
  });
});

describe("a prohibition the translation says is not one answers a source's word prefixed so (stranger 337)", () => {
  test('"дейност, незабранена със закон" / "activity not prohibited by law" is no flag; a permission made a prohibition is', () => {
    expect(
      pairFlagTexts(
        "Предмет на дейност: всяка друга дейност, незабранена със закон.",
        "Scope of activity: any other activity not prohibited by law.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Пушенето е разрешено.", "Smoking is prohibited.")).toEqual([
      'error negation: the translation says "prohibited", and the source permits it ("е разрешено"): meaning reversed?',
    ]);
  });
});

describe("items of a bulleted list in another order are information (stranger 338)", () => {
  const groups = (mark: (n: number) => string, en: boolean, swap: boolean) => {
    const items = en
      ? ["headache", "dizziness", "nausea", "diarrhoea", "tiredness", "dry mouth", "constipation", "muscle pain"]
      : ["главоболие", "замаяност", "гадене", "диария", "умора", "сухота в устата", "запек", "мускулна болка"];
    if (swap) [items[1], items[2]] = [items[2]!, items[1]!];
    const head = en
      ? ["Common (may affect up to 1 in 10 people):", "Uncommon (may affect up to 1 in 100 people):"]
      : ["Чести (може да засегнат до 1 на 10 души):", "Нечести (може да засегнат до 1 на 100 души):"];
    const list = (from: number, to: number) =>
      items
        .slice(from, to)
        .map((x, k) => `${mark(from + k)}${x}`)
        .join("\n");
    return `${head[0]}\n${list(0, 5)}\n\n${head[1]}\n${list(5, 8)}\n`;
  };
  const flagsOf = (mark: (n: number) => string) =>
    align(groups(mark, true, false), groups(mark, false, true), { sourceLang: "en", targetLang: "bg" }).links.flatMap((l) =>
      l.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`),
    );

  test("the memory pairs each item with its translation, not with its neighbour's", () => {
    const b = align(
      groups(() => "- ", true, false),
      groups(() => "- ", false, true),
      { sourceLang: "en", targetLang: "bg" },
    );
    const pairs = keptLinks(b).map(
      (l) => `${l.source.map((i) => b.source.segments[i]!.text)} = ${l.target.map((j) => b.target.segments[j]!.text)}`,
    );
    expect(pairs).toContain("- dizziness = - замаяност");
    expect(pairs).toContain("- nausea = - гадене");
    expect(pairs).not.toContain("- dizziness = - гадене");
    expect(pairs).toHaveLength(b.links.length);
  });

  test("two side effects of one frequency swapped: information naming the items, no error", () => {
    expect(flagsOf(() => "- ")).toEqual([
      "info divergent: source item 3 is translated by translation item 4, and translation item 3 translates source item 4: the bulleted list has them in another order (the memory pairs each with its translation)",
      "info divergent: source item 4 is translated by translation item 3, and translation item 4 translates source item 3: the bulleted list has them in another order (the memory pairs each with its translation)",
    ]);
  });
});

describe("once a quarter is every three months (stranger 338)", () => {
  test('"every 3 months" / "веднъж на тримесечие" and "every 6 months" / "веднъж на полугодие" are no flag', () => {
    expect(
      pairFlagTexts(
        "Your doctor will check your blood every 3 months.",
        "Вашият лекар ще проверява кръвта Ви веднъж на тримесечие.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Check it every 6 months.", "Проверявайте го веднъж на полугодие.", "en", "bg")).toEqual([]);
  });

  test("another period is one flag, and every 3 months said once a month is a number changed", () => {
    expect(pairFlagTexts("Check it once a month.", "Проверявайте го веднъж на тримесечие.", "en", "bg")).toEqual([
      "error units: the translation says веднъж на тримесечие where the source says once a month: another period",
    ]);
    expect(pairFlagTexts("Take 2 tablets every 3 months.", "Приемайте 2 таблетки веднъж месечно.", "en", "bg")).toEqual([
      "error numbers: the translation says веднъж where the source says 3",
    ]);
  });
});

describe("a clock's time in words against its hour in figures and words (stranger 345)", () => {
  test('"half past seven" / "в 7 и половина", "a quarter past two" / "в 2 и четвърт", "a quarter to eight" / "в 7:45" and "в 8 без четвърт" are no flag', () => {
    expect(pairFlagTexts("We meet at half past seven.", "Срещаме се в 7 и половина.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("Lunch is at a quarter past two.", "Обядът е в 2 и четвърт.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("The bus leaves at a quarter to eight.", "Автобусът тръгва в 7:45.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("The bus leaves at a quarter to eight.", "Автобусът тръгва в 8 без четвърт.", "en", "bg")).toEqual([]);
  });

  test("another hour is still an error", () => {
    expect(pairFlagTexts("The show starts at half past ten.", "Представлението започва в 11 и половина.", "en", "bg")).toEqual([
      "error numbers: the translation says 11 where the source says half past ten",
    ]);
  });
});

describe("a bound that leaves its number out against one that takes the next in (stranger 343)", () => {
  test('"under 12" / "до 11 години включително" and "over 65" / "от 66 години включително" are no flag', () => {
    expect(pairFlagTexts("Children under 12 stay free.", "Деца до 11 години включително са безплатно.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("Guests over 65 get a discount.", "Гости от 66 години включително получават отстъпка.", "en", "bg")).toEqual([]);
  });

  test("two away, or one away with no word that takes it in, is still an error", () => {
    expect(pairFlagTexts("Children under 12 stay free.", "Деца до 10 години включително са безплатно.", "en", "bg")).toEqual([
      "error numbers: the translation says 10 where the source says 12",
    ]);
    expect(pairFlagTexts("Children under 12 stay free.", "Деца до 11 години са безплатно.", "en", "bg")).toEqual([
      "error numbers: the translation says 11 where the source says 12",
    ]);
  });
});

describe("an instruction's prohibition made a command is an error whatever the lexicon knows (strangers 342, 338)", () => {
  test('"Do not change …" / "Сменяйте …" and "Do not take X if you have reduced …" / "Приемайте X, ако имате намалена …"', () => {
    expect(
      pairFlagTexts("Do not change the speed while the motor is running.", "Сменяйте скоростта, докато двигателят работи.", "en", "bg"),
    ).toEqual(['error negation: the source says "Do not change", and the translation has no negation: meaning reversed?']);
    expect(
      pairFlagTexts(
        "Do not take Renalix if you have reduced kidney function.",
        "Приемайте Реналикс, ако имате намалена бъбречна функция.",
        "en",
        "bg",
      ),
    ).toEqual(['error negation: the source says "Do not take", and the translation has no negation: meaning reversed?']);
  });

  test('"Do not smoke" / "Въздържайте се от пушене" (refrain from) is no flag', () => {
    expect(pairFlagTexts("Do not smoke in the room.", "Въздържайте се от пушене в стаята.", "en", "bg")).toEqual([]);
  });
});

describe("a manual's opposite actions and a civil-status record's terms (strangers 342, 337)", () => {
  test("an instruction's action turned into its opposite is a warning; a direction of turning or tightening an error", () => {
    expect(
      pairFlagTexts(
        "Open the drain valve and let the old oil run out.",
        "Затворете изпускателния вентил и оставете маслото да изтече.",
        "en",
        "bg",
      ),
    ).toEqual(['warning terms: the source says "Open" (open), the translation "Затворете" (closed): the opposite, meaning reversed?']);
    expect(pairFlagTexts("Lower the saw frame slowly.", "Повдигнете бавно рамката на триона.", "en", "bg")).toEqual([
      'warning terms: the source says "Lower the" (lower), the translation "Повдигнете" (raise): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Loosen the two nuts.", "Затегнете двете гайки.", "en", "bg")).toEqual([
      'error terms: the source says "Loosen" (loosen), the translation "Затегнете" (tighten): the opposite, meaning reversed?',
    ]);
  });

  test("sex and marital status changed are errors, a relative a warning", () => {
    expect(pairFlagTexts("Пол: женски.", "Sex: male.")).toEqual([
      'error terms: the source says "женски" (female), the translation "male" (male): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Семейно положение: неженен.", "Marital status: married.")).toEqual([
      'error terms: the source says "неженен" (single), the translation "married" (married): another marital status?',
    ]);
    expect(pairFlagTexts("Пол: женски. Семейно положение: неженен.", "Sex: female. Marital status: single.")).toEqual([]);
  });
});

describe("a command's options in a code block are compared (stranger 339)", () => {
  test("`--format xlsx` made `--format xls` is a changed block; an SQL comment after `-- ` is still a comment", async () => {
    const { comparedCode } = await import("../src/review/code-blocks.js");
    expect(comparedCode("ledgerly export --report cash-flow --format xlsx")).toBe("ledgerly export --report cash-flow --format xlsx");
    expect(comparedCode("SELECT 1; -- един ред\nmake; make install")).toBe("SELECT 1;\nmake; make install");
  });
});

describe("a temperature's minus lost beside a fall's word (stranger 341)", () => {
  test('"ще падне до -5 °C" / "will fall to 5 °C" is an error; "5 °C below zero" is no flag', () => {
    expect(pairFlagTexts("Температурата ще падне до -5 °C.", "The temperature will fall to 5 °C.")).toEqual([
      "error numbers: the source writes -5 below zero where the translation has 5 with no minus: sign lost?",
    ]);
    expect(pairFlagTexts("Температурата ще падне до -5 °C.", "The temperature will fall to 5 °C below zero.")).toEqual([]);
  });
});

describe("a code a figure longer is another code (stranger 341)", () => {
  test('"HER2" / "HER20" and "SS19" / "SS190" are errors; "DN 150" / "DN150" is no flag', () => {
    expect(pairFlagTexts("Протеинът HER2 стимулира растежа на рака.", "The HER20 protein drives the growth of cancer.")).toEqual([
      "error names: the translation has HER20 where the source has HER2: codes and e-mails are copied exactly",
    ]);
    expect(pairFlagTexts("Моделът е от колекцията SS19 на Jacquemus.", "The model is from the Jacquemus SS190 collection.")).toEqual([
      "error names: the translation has SS190 where the source has SS19: codes and e-mails are copied exactly",
    ]);
    expect(pairFlagTexts("Използвайте фланец DN 150.", "Use a DN150 flange.")).toEqual([]);
  });
});

describe("a hotel's and a film's correct phrases, a fare by age (strangers 343, 345, 344)", () => {
  test('"Parking is free" / "Паркингът е безплатен", "Don\'t worry" / "Спокойно" and "Thank God" / "Слава богу" are no flag', () => {
    expect(pairFlagTexts("Parking is free for hotel guests.", "Паркингът е безплатен за гостите на хотела.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("Don't worry, I'll be there at six.", "Спокойно, ще бъда там в шест.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("Thank God, she said, it is over.", "Слава богу, каза тя, свърши.", "en", "bg")).toEqual([]);
  });

  test('"pay half price" / "заплащат пълна цена" is the opposite', () => {
    expect(pairFlagTexts("Children aged 2 to 11 pay half price.", "Децата от 2 до 11 години заплащат пълна цена.", "en", "bg")).toEqual([
      'warning terms: the source says "half price" (half), the translation "пълна цена" (full): the opposite, meaning reversed?',
    ]);
  });

  test('"юрк." before a name ends no sentence', () => {
    expect(segment("Ищецът е представляван от юрк. Иван Петров. Съдът реши.", "bg").map((s) => s.text)).toEqual([
      "Ищецът е представляван от юрк. Иван Петров.",
      "Съдът реши.",
    ]);
  });
});

describe("a certified translation's bracketed descriptions and the seal they describe (stranger 337)", () => {
  test('"Печат" beside "[Round seal reading: ...]" and a translator\'s note are information', () => {
    const b = align(
      "Съставен акт за раждане № 0412 от 16.02.1990 г. в гр. София.\n\nДата на издаване: 20.09.2023 г.\n\nДлъжностно лице по гражданското състояние: /подпис/\n\nПечат\n",
      "Birth record No. 0412 of 16 February 1990 drawn up in Sofia.\n\nDate of issue: 20 September 2023\n\nCivil Status Registrar: /illegible signature/\n\n[Round seal reading: Republic of Bulgaria, Sofia Municipality, Lozenets District, Civil Status Department]\n\n[Translator's note: PIN (ЕГН) is the Bulgarian Unified Civil Number.]\n",
      { sourceLang: "bg", targetLang: "en" },
    );
    const flags = b.links.flatMap((l) => l.flags.map((f) => `${f.severity} ${f.type}`));
    expect(flags).toEqual(["info missing", "info added", "info added"]);
  });
});

describe("negations of a record, a judgment and a declaration (strangers 337, 344)", () => {
  test("a negation the translation adds to a perfect or a past is an error", () => {
    expect(pairFlagTexts("Лицето е осъждано.", "The person has not been convicted.")).toEqual([
      'error negation: the translation says "has not been convicted", and the source has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Таксата е платена.", "The fee was not paid.")).toEqual([
      'error negation: the translation says "was not paid", and the source has no negation: meaning reversed?',
    ]);
  });

  test("a source's 'не е завършена', 'Не възразявам', 'не е налице' dropped are flagged", () => {
    expect(pairFlagTexts("Работата не е завършена.", "The work has been completed.")).toEqual([
      'warning negation: the source says "не е завършена", and the translation has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Не възразявам детето да пътува.", "I object to the child travelling.")).toHaveLength(1);
    expect(pairFlagTexts("Не е налице непреодолима сила.", "There is force majeure.")).toHaveLength(1);
    expect(pairFlagTexts("Работата не е завършена.", "The work is incomplete.")).toEqual([]);
  });
});

describe("a firm whose name opens with a title's letters (stranger 344)", () => {
  test('"„Арх Монтаж“ ЕООД" / "Arh Montazh EOOD" is no title left out; "арх. Иван Петров" / "Ivan Petrov" is', () => {
    expect(pairFlagTexts("Ответникът е „Арх Монтаж“ ЕООД, ЕИК 123456789.", "The defendant is Arh Montazh EOOD, UIC 123456789.")).toEqual(
      [],
    );
    expect(pairFlagTexts("Проектът е на арх. Иван Петров.", "The project is by Ivan Petrov.")).toEqual([
      'warning names: the source gives "арх. Иван Петров" a title, and the translation has none: left out?',
    ]);
  });
});

describe("a price's conversion at the fixed rate with a figure mistyped (stranger 340)", () => {
  test('"23,50 евро (49,96 лв.)" for EUR 23.50 (BGN 45.96) is an error saying so; "(45,96 лв.)" is no flag', () => {
    expect(
      pairFlagTexts(
        "The average basket cost EUR 23.50 in November.",
        "Средната кошница е струвала 23,50 евро (49,96 лв.) през ноември.",
        "en",
        "bg",
      ),
    ).toEqual([
      "error numbers: 49,96 лв. beside 23,50 евро is not its conversion at the fixed rate of 1.95583 (BGN 45,96): a figure mistyped?",
    ]);
    expect(
      pairFlagTexts(
        "The average basket cost EUR 23.50 in November.",
        "Средната кошница е струвала 23,50 евро (45,96 лв.) през ноември.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });
});

describe("an interaction's medicines replaced by others (stranger 338)", () => {
  test("carbamazepine / окскарбазепин, rifampicin / рифабутин, phenytoin / фенобарбитал are errors; the same medicines are no flag", () => {
    expect(
      pairFlagTexts(
        "Tell your doctor if you are taking carbamazepine or rifampicin.",
        "Уведомете Вашия лекар, ако приемате окскарбазепин или рифабутин.",
        "en",
        "bg",
      ),
    ).toEqual([
      "error names: the translation names окскарбазепин, рифабутин where the source names carbamazepine, rifampicin: another medicine?",
    ]);
    expect(
      pairFlagTexts(
        "Tell your doctor if you are taking carbamazepine, rifampicin or phenytoin.",
        "Уведомете Вашия лекар, ако приемате карбамазепин, рифампицин или фенитоин.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });
});

describe("a dose's time of day, an amount before or after tax, a dozen (strangers 338, 339, 342)", () => {
  test("morning / вечер and bedtime / сутрин are warnings; before tax / след данъци an error", () => {
    expect(pairFlagTexts("Take one tablet in the morning.", "Приемайте по една таблетка вечер.", "en", "bg")).toEqual([
      'warning terms: the source says "in the morning" (morning), the translation "вечер" (evening): another time of day?',
    ]);
    expect(pairFlagTexts("Profit before tax rose to EUR 5 million.", "Печалбата след данъци нарасна до 5 млн. евро.", "en", "bg")).toEqual([
      'error terms: the source says "before tax" (before tax), the translation "след данъци" (after tax): the opposite, meaning reversed?',
    ]);
  });

  test('"a dozen" / "12" and the same time of day are no flag', () => {
    expect(pairFlagTexts("Order a dozen spare blades.", "Поръчайте 12 резервни ленти.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("Take one tablet in the morning.", "Приемайте по една таблетка сутрин.", "en", "bg")).toEqual([]);
  });
});

describe("a Roman figure a number's flag names already (stranger 337)", () => {
  test('"том II" / "Volume III" is one flag, the reference\'s', () => {
    expect(pairFlagTexts("Вписан в том II, рег. № 345.", "Entered in Volume III, Reg. No. 345.")).toEqual([
      'error numbers: the translation says "Volume III" where the source says "том II": another reference',
    ]);
  });
});

describe("a report's periods as it writes them (stranger 340)", () => {
  test('"FY25" / "2025 финансова година" and "H1 2025" / "първото шестмесечие на 2025 г." are no flag; the other half is an error', () => {
    expect(pairFlagTexts("FY25 revenue was EUR 1.2bn.", "Приходите за 2025 финансова година бяха 1,2 млрд. евро.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("H1 2025 revenue rose 6%.", "Приходите за първото шестмесечие на 2025 г. нараснаха с 6%.", "en", "bg")).toEqual(
      [],
    );
    expect(pairFlagTexts("H1 2025 revenue rose 6%.", "Приходите за второто шестмесечие на 2025 г. нараснаха с 6%.", "en", "bg")).toEqual([
      'error numbers: the translation says "второто шестмесечие" where the source says H1',
    ]);
  });
});
