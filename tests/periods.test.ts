/** An amount per another period (src/review/checks/periods.ts): "3 % годишно" translated "3% per month" is an error. */
import { pairProblems } from "./helpers.js";

const problems = (bg: string, en: string) => pairProblems(bg, en);

describe("another period", () => {
  test("a rate, a fee or a dose per another period: an error quoting both as written", () => {
    // A stranger's fee schedule.
    expect(problems("Лихвата е 3 % годишно.", "The interest is 3% per month.")).toEqual([
      "units: the translation says 3% per month where the source says 3 % годишно: another period",
    ]);
    expect(problems("Таксата е 25 лв. на месец.", "The fee is BGN 25 a year.")).toEqual([
      "units: the translation says BGN 25 a year where the source says 25 лв. на месец: another period",
    ]);
    expect(problems("Приемайте по 2 таблетки 3 пъти дневно.", "Take 2 tablets 3 times a week.")).toEqual([
      "units: the translation says 3 times a week where the source says 3 пъти дневно: another period",
    ]);
    // Written out: a number word, "twice", "once".
    expect(problems("Приемайте по 1 таблетка два пъти дневно.", "Take 1 tablet twice a week.")).toEqual([
      "units: the translation says twice a week where the source says два пъти дневно: another period",
    ]);
    expect(problems("Прегледът се прави веднъж годишно.", "The check is done once a month.")).toEqual([
      "units: the translation says once a month where the source says веднъж годишно: another period",
    ]);
  });

  test("the same period in other words, a period on one side only, or a number that changed: no flag here", () => {
    expect(problems("Лихвата е 3 % годишно.", "The interest is 3% per annum.")).toEqual([]);
    expect(problems("Таксата е 25 лв. месечно.", "The fee is BGN 25 per month.")).toEqual([]);
    expect(problems("Продажбите растат с 5 % годишно.", "Sales grow 5% a year.")).toEqual([]);
    expect(problems("Годишната лихва е 3 %.", "The interest is 3% per annum.")).toEqual([]);
    // How often it is charged is no period of the rate: only a unit's words stand between a number and its period.
    expect(problems("Лихвата от 3 % се начислява ежемесечно на годишна база.", "Interest of 3% a year is charged monthly.")).toEqual([]);
    expect(problems("Тренирам два пъти седмично.", "I train twice a week.")).toEqual([]);
    // Another number is the numbers check's to say.
    expect(problems("Лихвата е 3 % годишно.", "The interest is 4% per month.")).toEqual([
      "numbers: the translation says 4 where the source says 3",
    ]);
  });
});
