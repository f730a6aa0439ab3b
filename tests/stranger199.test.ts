/**
 * What the sixty-sixth session's strangers (199-204) showed: annual financial statements, a patent, a news agency's
 * sports and breaking news, notarial deeds, a QA engineer's CI gate and a CAT tool's files.
 */

import { flagTexts, paragraphPairs } from "./helpers.js";

describe("a score or a ratio written the other way round (201)", () => {
  const report = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        [
          "Левски победи Лудогорец на стадион „Георги Аспарухов“ в неделя вечерта.",
          "Levski beat Ludogorets at the Georgi Asparuhov stadium on Sunday evening.",
        ],
        [bg, en],
        ["Следващият мач на отбора е в събота срещу Черно море.", "The team's next match is on Saturday against Cherno More."],
      ]),
    );
  test("a score turned around is a warning naming both", () => {
    expect(report("Крайният резултат е 2:1 за домакините.", "The final score was 1:2 to the hosts.")).toEqual([
      'warning numbers: the score or ratio is written the other way round: the source\'s "2:1" is "1:2" in the translation',
    ]);
  });
  test("among scores that repeat a number (a half-time score beside the final one)", () => {
    expect(report("Полувремето завърши 1:0, а мачът 2:1.", "The first half ended 0:1 and the match 2:1.")).toEqual([
      'warning numbers: the score or ratio is written the other way round: the source\'s "1:0" is "0:1" in the translation',
    ]);
  });
  test("a ratio turned around, English into Bulgarian", () => {
    const flags = flagTexts(
      paragraphPairs(
        [
          ["Men outnumber women in the survey.", "Мъжете в проучването са повече от жените."],
          ["The ratio is 3:1 in favour of men.", "Съотношението е 1:3 в полза на мъжете."],
        ],
        ["en", "bg"],
      ),
    );
    expect(flags).toEqual([
      'warning numbers: the score or ratio is written the other way round: the source\'s "3:1" is "1:3" in the translation',
    ]);
  });
  test("kept as written, a draw, a clock time and a scale are not flagged", () => {
    expect(report("Крайният резултат е 2:1, а полувремето 1:1.", "The final score was 2:1, and 1:1 at half time.")).toEqual([]);
    expect(report("Срещата започна в 18:30 ч. и завърши 2:2.", "The match started at 18:30 and ended 2:2.")).toEqual([]);
    expect(report("Картата е в мащаб 1:50 000.", "The map is at a scale of 1:50,000.")).toEqual([]);
  });
});

describe("left by an earlier stranger (195): a day before another's, its minus lost", () => {
  const schedule = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        ["Графикът на посещенията е даден в таблица 3.", "The visit schedule is given in Table 3."],
        [bg, en],
      ]),
    );
  test("Ден -28 / Day 28 is an error; Day -28 kept, and a dash between two figures, are not flagged", () => {
    expect(schedule("Скринингът се провежда от Ден -28 до Ден -1.", "Screening takes place from Day 28 to Day -1.")).toEqual([
      "error numbers: the source writes -28 below zero where the translation has 28 with no brackets, minus or word of a loss: sign lost?",
    ]);
    expect(schedule("Скринингът се провежда от Ден -28 до Ден -1.", "Screening takes place from Day -28 to Day -1.")).toEqual([]);
    expect(schedule("Прозорецът е от Ден 13 -15 на цикъла.", "The window is Days 13-15 of the cycle.")).toEqual([]);
  });
});
