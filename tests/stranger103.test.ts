/** What a tender's clauses, price lines and signature block (stranger 103) showed. */

import { pairFlagTexts } from "./helpers.js";

const flags = pairFlagTexts;

describe("an amount restated in figures after its words (stranger 103)", () => {
  test("'eight hundred and fifty (850)' is no number below zero, in either direction", () => {
    const bg = "Изпълнителят доставя 850 броя осветителни тела.";
    const en = "The Contractor shall supply eight hundred and fifty (850) luminaires.";
    expect(flags(bg, en)).toEqual([]);
    expect(flags("Офертата е валидна сто и двадесет (120) дни.", "The tender is valid for 120 days.")).toEqual([]);
    // Words and figures that differ are still a number changed; a bracketed amount with no words is still below zero.
    expect(flags(en, "Изпълнителят доставя осемстотин и петдесет (580) осветителни тела.", "en", "bg")).toEqual([
      "error numbers: the translation says 580 where the source says 850",
    ]);
    expect(flags("Нетният резултат за годината е (850) хил. лв.", "The net result for the year is BGN 850 thousand.")).toHaveLength(1);
  });
});

test("a signature line's name after its label is a person's, though no full stop ends the line (stranger 103)", () => {
  expect(flags("Кмет: Таня Христова", "Mayor: Tanya Petrova")).toEqual([
    "warning names: the name Таня Христова (Tanya Hristova) is not in the translation: left out?",
  ]);
  expect(flags("Кмет: Таня Христова", "Mayor: Tanya Hristova")).toEqual([]);
});

test("a date with dots is a day, a month and a year in English too: one changed is a date changed, the same one no number (stranger 103)", () => {
  expect(flags("Кмет: Таня Христова\n\nДата: 20.02.2026 г.", "Mayor: Tanya Hristova\n\nDate: 20.02.2026")).toEqual([]);
  expect(flags("Кмет: Таня Христова\n\nДата: 20.02.2026 г.", "Mayor: Tanya Hristova\n\nDate: 20.02.2025")).toEqual([
    "error dates: the translation says 20.02.2025 where the source says 20.02.2026 г.",
  ]);
});

test("a company's number and a code's figures are no telephone numbers (stranger 103)", () => {
  expect(
    flags("Възложител е Община Габрово, ЕИК 000215254.", "The contracting authority is the Municipality of Gabrovo, UIC 000215245."),
  ).toEqual(["error numbers: the translation says 000215245 where the source says 000215254"]);
  expect(flags("Договор № BG16FFPR003-2.001-0045-C01.", "Agreement No BG16FFPR003-2.001-0054-C01.")).toEqual([
    "error numbers: the translation says 0054 where the source says 0045",
  ]);
  expect(flags("Тел.: 02/981-44-70", "Tel.: 02/981-44-07")).toEqual([
    "error numbers: the translation has the telephone number 02/981-44-07 where the source has 02/981-44-70",
  ]);
});
