/** A change said the other way: the source says a figure grew, the translation that it shrank, or the other way round. */
import { pairProblems } from "./helpers.js";

const reversed = (bg: string, en: string) => pairProblems(bg, en).filter((p) => /grew|shrank/.test(p));

describe("direction", () => {
  test.each([
    [
      "Приходите нараснаха с 12,5% до 4,3 млн. лв.",
      "Revenue fell by 12.5% to BGN 4.3 million.",
      'negation: the source says it grew ("нараснаха с 12,5%"), the translation that it shrank ("fell by 12.5%"): meaning reversed?',
    ],
    [
      "Безработицата спадна до 4,2 % през март.",
      "Unemployment increased to 4.2% in March.",
      'negation: the source says it shrank ("спадна до 4,2"), the translation that it grew ("increased to 4.2%"): meaning reversed?',
    ],
    [
      "Цените на жилищата в София се повишиха с 8 % за година.",
      "House prices in Sofia dropped by 8% over the year.",
      'negation: the source says it grew ("повишиха с 8"), the translation that it shrank ("dropped by 8%"): meaning reversed?',
    ],
  ])("%s / %s: a warning quoting both", (bg, en, want) => {
    expect(reversed(bg, en)).toEqual([want]);
  });

  test.each([
    // The same way, in other words.
    ["Приходите нараснаха с 12,5% до 4,3 млн. лв.", "Revenue rose by 12.5% to BGN 4.3 million."],
    ["Рискът от инфаркт намалява с 30 %.", "The risk of heart attack is cut by 30%."],
    ["Натиснете бутона „–“, за да намалите температурата.", "Press the '–' button to lower the temperature."],
    // Both ways on one side: which went where is not read.
    ["Износът нарасна с 5 %, а вносът намаля с 3 %.", "Exports fell by 3% and imports rose by 5%."],
    ["Цените се повишиха през есента.", "Prices rose in the fall."],
    // No word of change on one side.
    ["Загубите се свиха с 20 %.", "Losses narrowed by 20%."],
    ["Натиснете бутона, за да увеличите звука.", "Press the button to turn the volume up."],
  ])("%s / %s: no flag", (bg, en) => {
    expect(reversed(bg, en)).toEqual([]);
  });

  test("a negation dropped is flagged once, as a negation", () => {
    const flags = pairProblems("Цените не се повишиха през март.", "Prices fell in March.");
    expect(flags.filter((p) => /grew|shrank/.test(p))).toEqual([]);
  });
});
