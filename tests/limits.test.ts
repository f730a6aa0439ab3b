/** Limits compared across a link (src/review/checks/limits.ts): "не повече от 10 дни" translated "more than 10 days" is an error. */
import { align } from "../src/index.js";
import { CHECKS } from "../src/review/checks/index.js";
import { CONTRACT_SECOND, pairProblems } from "./helpers.js";

const problems = (bg: string, en: string) => pairProblems(bg, en);

describe("limits", () => {
  test("a ceiling made a floor, a floor made a ceiling, a deadline made a start: errors naming both as written", () => {
    expect(
      problems(
        "Наемателят може да ползва не повече от 10 дни платен отпуск по време на изпитателния срок.",
        "The Tenant may use more than 10 days of paid leave during the probation period.",
      ),
    ).toEqual(['numbers: the limit is reversed: the translation says "more than 10" where the source says "не повече от 10"']);
    expect(problems("Гаранционният срок е най-малко 24 месеца.", "The warranty period is at most 24 months.")).toEqual([
      'numbers: the limit is reversed: the translation says "at most 24" where the source says "най-малко 24"',
    ]);
    expect(
      problems("Офертите се подават до 15 май 2025 г. в деловодството.", "Bids are submitted after 15 May 2025 at the registry."),
    ).toEqual(['numbers: the limit is reversed: the translation says "after 15" where the source says "до 15"']);
    expect(problems("Таксата се възстановява при поръчки над 1 000 лв.", "The fee is refunded for orders below BGN 1,000.")).toEqual([
      'numbers: the limit is reversed: the translation says "below BGN 1,000" where the source says "над 1 000"',
    ]);
  });

  test("a deadline a span before an event is a floor on that span: the same notice; a ceiling on the span is not (stranger 79)", () => {
    const notice = "Ако никоя от страните не възрази писмено до 30 дни преди изтичане на срока, договорът се продължава.";
    expect(
      problems(notice, "If neither party objects in writing at least 30 days before the term expires, the agreement is extended."),
    ).toEqual([]);
    expect(
      problems(
        "Наемателят уведомява наемодателя не по-малко от 60 дни преди освобождаването на имота.",
        "The Tenant notifies the Landlord no later than 60 days before vacating the property.",
      ),
    ).toEqual([]);
    // "up to 60 days before" bounds the span: the notice may come later, the other way round.
    expect(
      problems(
        "Наемателят уведомява наемодателя не по-малко от 60 дни преди освобождаването на имота.",
        "The Tenant notifies the Landlord up to 60 days before vacating the property.",
      ),
    ).toEqual(['numbers: the limit is reversed: the translation says "up to 60" where the source says "не по-малко от 60"']);
    // After the event, no notice: "до 30 дни след" is a ceiling still.
    expect(
      problems("Рекламации се приемат до 30 дни след доставката.", "Complaints are accepted at least 30 days after delivery."),
    ).toEqual(['numbers: the limit is reversed: the translation says "at least 30" where the source says "до 30"']);
  });

  test("the same bound in other words, a bound made strict or loose, or a bound one side leaves out: no flag", () => {
    expect(problems("Срокът е не повече от 10 дни.", "The period is up to 10 days.")).toEqual([]);
    expect(problems("Срокът е до 10 дни.", "The period is less than 10 days.")).toEqual([]);
    expect(problems("Участниците бяха над 200 души.", "There were more than 200 participants.")).toEqual([]);
    expect(problems("Стойността не може да надвишава 5 000 евро.", "The value must not exceed EUR 5,000.")).toEqual([]);
    expect(problems("Плащането се извършва в срок до 30 дни.", "Payment is made within 30 days.")).toEqual([]);
    expect(problems("Срокът е 10 дни.", "The period is more than 10 days.")).toEqual([]);
    // A range: "до" bounds the range, and "between" says it another way.
    expect(problems("Температурата е от 10 до 20 градуса.", "The temperature is between 10 and 20 degrees.")).toEqual([]);
    // "близо до" is "about": no limit to reverse.
    expect(problems("Посетителите бяха близо до 10 000.", "Visitors numbered over 10,000.")).toEqual([]);
    // "min" before a number is a unit's, not a minimum.
    expect(problems("Времето беше 10 мин. и 20 сек.", "The time was 10 min 20 s.")).toEqual([]);
  });

  test("a negation shortly before a bound turns it around: not read", () => {
    // A leaflet's "not until" is "after".
    expect(
      problems("Увреждането на черния дроб може да се прояви едва след 2 до 3 дни.", "Liver damage may not show until 2 to 3 days later."),
    ).toEqual([]);
    expect(problems("Стойността не трябва да надвишава 5 000 евро.", "The value must not exceed EUR 5,000.")).toEqual([]);
  });

  test("a prohibition opening the sentence turns around a bound anywhere in its clause (a stranger's blender manual)", () => {
    const enBg = (en: string, bg: string) =>
      align(`${en}\n`, `${bg}\n`, { sourceLang: "en", targetLang: "bg" })
        .links.flatMap((l) => l.flags ?? [])
        .filter((f) => f.severity === "error")
        .map((f) => f.reason);
    expect(
      enBg("Do not leave food in the jug for longer than 24 hours.", "Изхвърляйте храната, останала в каната, в рамките на 24 часа."),
    ).toEqual([]);
    // After a clause's label, and said by a prohibition's verb (a legal translator's lease): "up to" answers them.
    expect(
      problems("Чл. 50. Не се допуска забава на плащането с повече от 10 дни.", "Article 50. Payment may be delayed by up to 10 days."),
    ).toEqual([]);
    expect(
      problems("Забранява се преотдаването на имота за срок над 30 дни.", "The property may be sublet for periods of up to 30 days."),
    ).toEqual([]);
    // Past a clause opening, it does not reach: "if" starts a clause of its own.
    expect(
      enBg("Do not refill the tank if it holds more than 2 litres.", "Не доливайте резервоара, ако в него има най-много 2 литра."),
    ).toHaveLength(1);
  });

  test("a bound a prohibition opening the sentence turns, against a bound with no negation: compared turned (stranger 81's leaflet)", () => {
    const enBg = (en: string, bg: string) =>
      align(`${en}\n`, `${bg}\n`, { sourceLang: "en", targetLang: "bg" })
        .links.flatMap((l) => l.flags ?? [])
        .filter((f) => f.type === "numbers")
        .map((f) => `${f.severity}: ${f.reason}`);
    const dose = "Do not take more than 4 tablets in 24 hours.";
    // "Take no fewer than 4", "take at least 4": the maximum dose made a minimum. Quoted with the prohibition that turns it.
    expect(enBg(dose, "Приемайте не по-малко от 4 таблетки за 24 часа.")).toEqual([
      'error: the limit is reversed: the translation says "не по-малко от 4" where the source says "Do not take more than 4"',
    ]);
    expect(enBg(dose, "Приемайте най-малко 4 таблетки за 24 часа.")).toEqual([
      'error: the limit is reversed: the translation says "най-малко 4" where the source says "Do not take more than 4"',
    ]);
    // The same maximum, said with or without a negation: no flag.
    expect(enBg(dose, "Приемайте не повече от 4 таблетки за 24 часа.")).toEqual([]);
    expect(enBg(dose, "Приемайте най-много 4 таблетки за 24 часа.")).toEqual([]);
    expect(enBg(dose, "Не приемайте повече от 4 таблетки за 24 часа.")).toEqual([]);
    expect(problems("Не съхранявайте при температура над 25 °C.", "Store below 25 °C.")).toEqual([]);
    // The same bound on both sides, the prohibition lost: one flag, the negation's, not also a limit reversed (stranger 176).
    expect(problems("Не съхранявайте при температура над 25 °C.", "Store above 25 °C.")).toEqual([
      'negation: the source says "Не съхранявайте при", and the translation has no negation: meaning reversed?',
    ]);
    // The other side's negation after its bound ("is not allowed") turns it too: not compared.
    expect(problems("Чл. 5. Не се допуска забава повече от 10 дни.", "Art. 5. A delay of more than 10 days is not allowed.")).toEqual([]);
  });

  test("a comparative negated as contracts state a floor or a ceiling is one phrase: its bound is read and compared (a stranger's lease)", () => {
    expect(problems("Депозитът не може да бъде по-малък от 1 000 лв.", "The deposit may not exceed BGN 1,000.")).toEqual([
      'numbers: the limit is reversed: the translation says "not exceed BGN 1,000" where the source says "не може да бъде по-малък от 1 000"',
    ]);
    expect(problems("Депозитът не може да надвишава 1 000 лв.", "The deposit may not be less than BGN 1,000.")).toEqual([
      'numbers: the limit is reversed: the translation says "may not be less than BGN 1,000" where the source says "не може да надвишава 1 000"',
    ]);
    expect(problems("Версията се предава не по-късно от 15 юли 2025 г.", "The version is delivered not before 15 July 2025.")).toEqual([
      'numbers: the limit is reversed: the translation says "not before 15" where the source says "не по-късно от 15"',
    ]);
    // "by" is a deadline before a date only: "by 15 July", "by 2030"; "increase by 10%" bounds nothing.
    expect(problems("Версията се предава не по-рано от 15 юли 2025 г.", "The version is delivered by 15 July 2025.")).toEqual([
      'numbers: the limit is reversed: the translation says "by 15" where the source says "не по-рано от 15"',
    ]);
    expect(problems("Емисиите ще бъдат намалени след 2030 г.", "Emissions will be reduced by 2030.")).toEqual([
      'numbers: the limit is reversed: the translation says "by 2030" where the source says "след 2030"',
    ]);
    expect(problems("Версията се предава до 15 юли 2025 г.", "The version is delivered by 15 July 2025.")).toEqual([]);
    expect(problems("Цените се увеличават с над 10 % от догодина.", "Prices increase by 10% from next year.")).toEqual([]);
    // The same bounds kept: nothing, and no negation dropped either.
    expect(problems("Депозитът не може да бъде по-малък от 1 000 лв.", "The deposit shall be at least BGN 1,000.")).toEqual([]);
    expect(problems("Неустойката не може да надвишава 10 % от цената.", "The penalty is limited to 10% of the price.")).toEqual([]);
  });

  test("a bound said after its number, a unit's words between, is read too", () => {
    expect(problems("Срокът е 30 дни или повече.", "The period is 30 days or less.")).toEqual([
      'numbers: the limit is reversed: the translation says "30 days or less" where the source says "30 дни или повече"',
    ]);
    expect(problems("Срокът е 30 дни най-много.", "The period is 30 calendar days at least.")).toEqual([
      'numbers: the limit is reversed: the translation says "30 calendar days at least" where the source says "30 дни най-много"',
    ]);
    expect(problems("Продуктът се съхранява при 25 °C или по-ниска температура.", "Store the product at 25 °C or above.")).toEqual([
      'numbers: the limit is reversed: the translation says "25 °C or above" where the source says "25 °C или по-ниска"',
    ]);
    // The same bound before and after its number: nothing.
    expect(problems("Срокът е не повече от 30 дни.", "The period is 30 days at most.")).toEqual([]);
    expect(problems("Деца на 12 и повече години.", "Children aged 12 or older.")).toEqual([]);
    // A phrase before a number bounds that one ("at least two copies"), not the number before the phrase.
    expect(problems("В срок от 30 дни се изпращат най-малко две копия.", "Within 30 days at least two copies are sent.")).toEqual([]);
    expect(problems("Цената е 50 лв. плюс ДДС.", "The price is BGN 50 plus VAT.")).toEqual([]);
  });

  test("a negation before the bound on both sides: the bounds are compared as written (a stranger's leaflet)", () => {
    expect(problems("Не се препоръчва употребата при деца под 12 години.", "Use is not recommended in children over 12 years.")).toEqual([
      'numbers: the limit is reversed: the translation says "over 12" where the source says "под 12"',
    ]);
    expect(problems("Не се препоръчва употребата при деца под 12 години.", "Use is not recommended in children under 12 years.")).toEqual(
      [],
    );
    // The negation on one side only, the bound turned with it: a correct rewording, no error.
    expect(problems("Не се препоръчва употребата при деца под 12 години.", "Recommended for children over 12 years.")).toEqual([]);
  });

  test("a negation does not reach a bound past a clause opening between ('if', 'ако'): a stranger's fee schedule", () => {
    const bg = "Месечната такса не се начислява, ако през месеца по сметката постъпи работна заплата в размер най-малко 800 лв.";
    expect(
      problems(bg, "The monthly fee is not charged if a salary of at most BGN 800 is credited to the account during the month."),
    ).toEqual(['numbers: the limit is reversed: the translation says "at most BGN 800" where the source says "най-малко 800"']);
    expect(
      problems(bg, "The monthly fee is not charged if a salary of at least BGN 800 is credited to the account during the month."),
    ).toEqual([]);
  });

  test("a value bounded both ways in one sentence is no one limit", () => {
    expect(
      problems(
        "Заплатата е от 800 до 1 200 лв., а бонусът е над 1 200 лв.",
        "The salary is from 800 to 1,200 leva, and the bonus is under 1,200 leva.",
      ),
    ).toEqual([]);
  });

  test("from English into Bulgarian too", () => {
    const b = align(
      `Children under 12 travel free.\n\n${CONTRACT_SECOND[1]}\n`,
      `Децата над 12 години пътуват безплатно.\n\n${CONTRACT_SECOND[0]}\n`,
      {
        sourceLang: "en",
        targetLang: "bg",
      },
    );
    expect(b.links.flatMap((l) => (l.flags ?? []).map((f) => f.reason))).toEqual([
      'the limit is reversed: the translation says "над 12" where the source says "under 12"',
    ]);
  });

  test("the check is listed among the review's checks", () => {
    expect(CHECKS.map((c) => c.name)).toContain("a limit reversed");
  });
});
