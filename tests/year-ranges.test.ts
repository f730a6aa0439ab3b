/**
 * Ranges of years written short ("1950-53", "2019/20") and scores written with
 * hyphens ("1-of-4"), as the numbers check reads them.
 */
import fc from "fast-check";
import { shortRangeEnds } from "../src/review/checks/years.js";
import { problems, summitNews } from "./helpers.js";

describe("ranges of years written short", () => {
  test("1950-53 is 1950–1953, 2019/20 is 2019–2020, 1999-00 is 1999–2000: no numbers flag", () => {
    expect(problems(summitNews("Той ръководи министерството от 1950 до 1953 г.", "He ran the ministry in 1950-53."))).toEqual([]);
    expect(problems(summitNews("Сезонът 2019/2020 беше прекъснат през март.", "The 2019/20 season was cut short in March."))).toEqual([]);
    expect(problems(summitNews("Кризата от 1999–2000 г. го разори.", "The crisis of 1999-00 ruined him."))).toEqual([]);
  });

  test("a short range that ends in another year is an error naming both", () => {
    const b = summitNews("Войната продължи от 1914 до 1918 г.", "The war lasted from 1914-19.");
    expect(problems(b)).toEqual([
      expect.objectContaining({ type: "numbers", severity: "error", evidence: { source: ["1918"], target: ["19"] } }),
    ]);
  });

  test("a score written with hyphens holds its number: 1-of-4 is 1 of 4", () => {
    expect(problems(summitNews("Той завърши мача с 1 от 4 удара.", "He went 1-of-4 at the plate."))).toEqual([]);
    expect(problems(summitNews("Той завърши мача с 1 от 5 удара.", "He went 1-of-4 at the plate."))).toEqual([
      expect.objectContaining({ type: "numbers", evidence: { source: ["5"], target: ["4"] } }),
    ]);
  });

  test("a year and the two digits after its dash or slash are the year that many years on (up to 30), never a date", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 2969 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom("-", "–", "/", " – "),
        (year, span, dash) => {
          const end = year + span;
          expect(shortRangeEnds(`in ${year}${dash}${String(end % 100).padStart(2, "0")},`)).toEqual([
            [String(end % 100).padStart(2, "0"), String(end)],
          ]);
        },
      ),
    );
    expect(shortRangeEnds("on 2024-03-15 and in 2024-03")).toEqual([]);
  });
});
