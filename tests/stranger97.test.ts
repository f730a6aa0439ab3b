/** What a legal reviser's contracts (stranger 97) and a vendor manager's EN→DE/FR manuals (stranger 98) showed. */

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
