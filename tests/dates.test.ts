/** Dates compared by day, month and year, whichever way each side writes them. */
import { getLanguage, KNOWN_LANGUAGES } from "../src/lang/index.js";
import { alignSegments } from "../src/pipeline.js";
import { readDates } from "../src/review/checks/dates.js";
import { segs } from "./helpers.js";

/** The dates and numbers flags of a one-sentence pair. */
function flags(source: string, target: string, sourceLang = "bg", targetLang = "en") {
  const b = alignSegments(segs([source]), segs([target]), { learn: false, sourceLang, targetLang });
  return b.links.flatMap((l) => l.flags ?? []).filter((f) => f.type === "dates" || f.type === "numbers");
}

describe("dates: day, month and year", () => {
  test.each([
    // Contracts
    ["Договорът влиза в сила на 15 април 2024 г.", "The contract enters into force on 15 May 2024."],
    ["Срокът за плащане изтича на 15.03.2024 г.", "The payment deadline expires on 15 April 2024."],
    ["Наемателят плаща наема до 1 април всяка година.", "The tenant pays the rent by 1 March each year."],
    ["Общото събрание ще се проведе на 30 юни.", "The general meeting will be held on 30 July."],
    ["Офертите се подават до 17:00 ч. на 12 септ. 2025 г.", "Tenders must be submitted by 17:00 on 12 Oct. 2025."],
    ["Гаранцията е валидна до 31.12.2026 г.", "The guarantee is valid until 12/31/2025."],
    // News
    ["Изборите бяха насрочени за 9 юни 2024 г.", "The elections were scheduled for July 9, 2024."],
    ["През април цените на горивата се покачиха с 5 %.", "Fuel prices rose by 5% in August."],
    ["Изложението ще се проведе от 15-17 април 2024 г. в Пловдив.", "The fair will take place in Plovdiv on April 15–18, 2024."],
    ["Решението е обнародвано в брой от 15.III.2024 г.", "The decision was promulgated in the issue of 15 May 2024."],
    ["Три месеца след юнската среща в Сингапур преговорите продължават.", "Three months after the July summit in Singapore, talks go on."],
  ])("%s / %s: a changed date is an error", (bg, en) => {
    const f = flags(bg, en);
    expect(f.map((x) => [x.type, x.severity])).toEqual([["dates", "error"]]);
  });

  test.each([
    ["Договорът влиза в сила на 15 април 2024 г.", "The contract enters into force on 15 April 2024."],
    ["Срокът за плащане изтича на 15.03.2024 г.", "The payment deadline expires on 15 March 2024."],
    ["Срокът за плащане изтича на 15.03.2024 г.", "The payment deadline expires on March 15, 2024."],
    ["Срокът за плащане изтича на 15.03.2024 г.", "The payment deadline expires on 03/15/2024."],
    ["Срокът за плащане изтича на 05.03.2024 г.", "The payment deadline expires on 03/05/2024."],
    ["Срокът за плащане изтича на 05.03.2024 г.", "The payment deadline expires on 2024-03-05."],
    ["Наемателят плаща наема до 1 април всяка година.", "The tenant pays the rent by 1 April each year."],
    ["Офертите се подават до 17:00 ч. на 12 септ. 2025 г.", "Tenders must be submitted by 17:00 on 12 Sept. 2025."],
    ["Изборите бяха насрочени за 9 юни 2024 г.", "The elections were scheduled for the 9th of June 2024."],
    ["През април цените на горивата се покачиха с 5 %.", "Fuel prices rose by 5% in April."],
    ["Изложението ще се проведе от 15-17 април 2024 г. в Пловдив.", "The fair will take place in Plovdiv on April 15–17, 2024."],
    ["Решението е обнародвано в брой от 15.III.2024 г.", "The decision was promulgated in the issue of 15 March 2024."],
    [
      "Изпитите са на 15 и 16 юни, а резултатите излизат от 1 до 3 юли.",
      "The exams are on June 15 and 16, and the results come out July 1–3.",
    ],
    ["Три месеца след юнската среща в Сингапур преговорите продължават.", "Three months after the June summit in Singapore, talks go on."],
    // "May" the name and "may" the verb are no months.
    [
      "Депутатът Питър Бон заяви през март, че Тереза Мей трябва да подаде оставка.",
      "MP Peter Bone said in March that Theresa May should resign.",
    ],
    ["Тереза Мей говори пред парламента на 3 юни.", "Theresa May spoke to Parliament on 3 June."],
    ["Страните могат да прекратят договора през март.", "The parties may terminate the contract in March."],
  ])("%s / %s: the same date raises nothing", (bg, en) => {
    expect(readDates(bg, getLanguage("bg")).length).toBeGreaterThan(0);
    expect(readDates(en, getLanguage("en")).length).toBeGreaterThan(0);
    expect(flags(bg, en)).toEqual([]);
  });

  test("a month's name that is a person's name is no date", () => {
    const en = getLanguage("en");
    expect(readDates("one of Theresa May's own MPs", en)).toEqual([]);
    expect(readDates("Mrs May said", en)).toEqual([]);
    expect(readDates("Theresa May said", en)).toEqual([]);
    expect(readDates("In May, prices rose", en)[0]?.readings).toEqual([{ month: 5 }]);
    // The translator read "the march in Birmingham" as the month: no month on the English side to pair it with.
    expect(
      flags(
        "Питър Бон заяви през март в Бирмингам, че Тереза Мей греши.",
        "Peter Bone told the march in Birmingham that Theresa May was wrong.",
      ),
    ).toEqual([]);
  });

  test("the reason names both dates as written", () => {
    expect(flags("Наемателят плаща наема до 1 април.", "The tenant pays the rent by 1 March.")[0]?.reason).toBe(
      "the translation says 1 March where the source says 1 април",
    );
    expect(flags("Срокът изтича на 15.03.2024 г.", "The deadline expires on 15 April 2024.")[0]).toMatchObject({
      reason: "the translation says 15 April 2024 where the source says 15.03.2024 г.",
      evidence: { source: ["15.03.2024 г."], target: ["15 April 2024"] },
    });
  });

  test("English into Bulgarian: a changed month is an error, the same date nothing", () => {
    const changed = flags("The lease ends on 30 June 2025.", "Договорът за наем изтича на 30 юли 2025 г.", "en", "bg");
    expect(changed.map((f) => [f.type, f.severity, f.reason])).toEqual([
      ["dates", "error", "the translation says 30 юли 2025 г. where the source says 30 June 2025"],
    ]);
    expect(flags("The lease ends on 30 June 2025.", "Договорът за наем изтича на 30.06.2025 г.", "en", "bg")).toEqual([]);
  });

  test("a changed year or day is reported once, as a date, not as numbers too", () => {
    const year = flags("Срокът изтича на 15 април 2024 г.", "The deadline expires on 15 April 2025.");
    expect(year.map((f) => f.type)).toEqual(["dates"]);
    const day = flags("Срокът изтича на 15.03.2024 г.", "The deadline expires on 16 March 2024.");
    expect(day.map((f) => f.type)).toEqual(["dates"]);
    // A number beside a date is still the numbers check's, and the date's figures no longer muddle its reason.
    const beside = flags("На 15.03.2024 г. участваха 12 души.", "On 15 March 2024, 13 people took part.");
    expect(beside.map((f) => [f.type, f.reason])).toEqual([["numbers", "the translation says 13 where the source says 12"]]);
  });

  test("a date with no counterpart, or a year left out, is left to the numbers check", () => {
    expect(flags("Срокът изтича на 15 април 2024 г.", "The deadline expires on 15 April.").map((f) => [f.type, f.severity])).toEqual([
      ["numbers", "warning"],
    ]);
    expect(flags("Срокът изтича на 15 април 2024 г.", "The deadline expires soon.").map((f) => f.type)).toEqual(["numbers"]);
  });

  test("a language without month names gets its numeric dates compared only", () => {
    expect(flags("Die Frist endet am 15.03.2024.", "Le délai expire le 15/04/2024.", "de", "fr").map((f) => f.type)).toEqual(["dates"]);
    expect(flags("Die Frist endet am 15.03.2024.", "Le délai expire le 15/03/2024.", "de", "fr")).toEqual([]);
    // Month names of a language sverka has no data for are not read, so nothing stands against the English date.
    expect(flags("Die Frist endet am 15. März 2024.", "The deadline expires on 15 March 2024.", "de", "en")).toEqual([]);
  });

  test("readings: slashes both ways only when the day and the month are both 12 or less", () => {
    const en = getLanguage("en");
    expect(readDates("on 05/03/2024", en)[0]?.readings).toEqual([
      { days: [3], month: 5, year: 2024 },
      { days: [5], month: 3, year: 2024 },
    ]);
    expect(readDates("on 03/15/2024", en)[0]?.readings).toEqual([{ days: [15], month: 3, year: 2024 }]);
    expect(readDates("version 2.1.3, section 3.2, build 2024.1.15", en)).toEqual([]);
    expect(readDates("Jan Novak arrived", en)).toEqual([]);
    expect(readDates("from Jan 2024", en)[0]?.readings).toEqual([{ month: 1, year: 2024 }]);
  });

  test("every language with dates names twelve months", () => {
    for (const data of Object.values(KNOWN_LANGUAGES)) {
      if (!data.dates) continue;
      expect(data.dates.months).toHaveLength(12);
      expect(data.dates.monthAbbreviations).toHaveLength(12);
    }
  });
});
