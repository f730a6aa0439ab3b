/** Weekdays compared across a link (src/review/checks/weekdays.ts): "в петък" translated "on Thursday" is an error. */
import { align } from "../src/index.js";
import { pairProblems } from "./helpers.js";

const SECOND = ["Доставката е безплатна за поръчки над 100 лв.", "Delivery is free for orders over BGN 100."] as const;
const problems = (bg: string, en: string) => pairProblems(bg, en, SECOND);

describe("weekdays", () => {
  test("a weekday changed is an error naming both", () => {
    expect(
      problems(
        "За поръчки, направени след 16:00 ч. в петък, срокът започва да тече от понеделник.",
        "For orders placed after 4 p.m. on Thursday, the period starts on Monday.",
      ),
    ).toEqual(["dates: the translation says Thursday where the source says петък"]);
  });

  test("a range names every day in it: the day changed alone is named; a range made longer is an error; the same range is no flag", () => {
    // A stranger's fee schedule: Saturday made Sunday beside a range written with and without dots.
    expect(
      problems(
        "Клоновете работят пон.–пт. 9:00–17:00 ч., а клонът на бул. „Витоша“ № 22 работи и в събота 10:00–14:00 ч.",
        "The branches are open Mon–Fri 9:00 a.m.–5:00 p.m., and the branch at 22 Vitosha Boulevard is also open on Sundays 10:00 a.m.–2:00 p.m.",
      ),
    ).toEqual(["dates: the translation says Sundays where the source says събота"]);
    expect(problems("Клоновете работят пон.–пт. 9:00–17:00 ч.", "The branches are open Mon–Sat 9:00 a.m.–5:00 p.m.")).toEqual([
      "dates: the translation says Mon–Sat where the source says пон.–пт.",
    ]);
    expect(problems("Клоновете работят пон.–пт.", "The branches are open Mon.–Fri.")).toEqual([]);
    expect(problems("Клоновете работят пон.–пт. и в събота.", "The branches are open Mon–Sat.")).toEqual([]);
    expect(problems("Клоновете работят от понеделник до петък.", "The branches are open Mon–Fri.")).toEqual([]);
    // The same range, and a day after it the translation writes with no dot (a second stranger's hours).
    expect(problems("Работим пон.–пт., съб. 10–14 ч.", "We are open Mon–Fri, Sat 10–14.")).toEqual([]);
  });

  test("the same weekdays in any form, or one left out with its date, are no flag", () => {
    expect(problems("Офисът работи от понеделник до петък.", "The office is open Monday to Friday.")).toEqual([]);
    expect(problems("Магазинът е затворен в неделите и на празници.", "The shop is closed on Sundays and public holidays.")).toEqual([]);
    expect(problems("Срещата е в петъка след празниците.", "The meeting is on the Friday after the holidays.")).toEqual([]);
    expect(problems("Срещата е в сряда, 12 март 2025 г.", "The meeting is on 12 March 2025.")).toEqual([]);
    // "пет" is five and "четвърт" a quarter, no weekdays.
    expect(problems("Срокът е пет дни, четвърт от годината.", "The term is five days, a quarter of the year.")).toEqual([]);
  });

  test("an abbreviation counts as written, before its dot or comma ('Tue, 10 Nov'); 'sun' and 'sat' are words", () => {
    expect(problems("Срещата е в понеделник, 10 ноември.", "The meeting is on Tue, 10 November.")).toEqual([
      "dates: the translation says Tue where the source says понеделник",
    ]);
    expect(problems("Срещата е в понеделник, 10 ноември.", "The meeting is on Mon, 10 November.")).toEqual([]);
    expect(problems("В понеделник седнахме на слънце.", "On Monday we sat in the sun.")).toEqual([]);
  });

  test("from English into Bulgarian too", () => {
    const b = align(`The store opens on Saturday.\n\n${SECOND[1]}\n`, `Магазинът отваря в неделя.\n\n${SECOND[0]}\n`, {
      sourceLang: "en",
      targetLang: "bg",
    });
    expect(b.links.flatMap((l) => (l.flags ?? []).map((f) => f.reason))).toEqual([
      "the translation says неделя where the source says Saturday",
    ]);
  });
});
