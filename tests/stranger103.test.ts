/** What a tender's clauses, price lines and signature block (stranger 103), a certificate's form lines (stranger 104) and an offer's facts (strangers 102, 105) showed. */

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
    "warning names: the name Таня Христова (Tanya Hristova) is not in the translation, which names Petrova instead: replaced by another name?",
  ]);
  // A father's name between (stranger 104's birth certificate).
  expect(flags("Баща: Георги Петков Щерев", "Father: Georgi Petrov Shterev")).toEqual([
    "warning names: the name Георги Петков Щерев is written with Petrov where its romanisation is Petkov: misspelt, or another name?",
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

describe("an offer's facts turned around (strangers 102, 103, 105)", () => {
  test("a fee, a requirement and a comparison said the other way are warnings; VAT an error (stranger 165)", () => {
    expect(flags("Цената е 12 500 лв. без ДДС.", "The price is BGN 12,500 including VAT.")).toEqual([
      'error terms: the source says "без ДДС" (without), the translation "including VAT" (with): the opposite, meaning reversed?',
    ]);
    expect(flags("Закуската е безплатна за деца до 12 години.", "Breakfast is paid for children under 12.")).toEqual([
      'warning terms: the source says "безплатна" (free), the translation "paid" (paid): the opposite, meaning reversed?',
    ]);
    expect(flags("Представянето на гаранция е задължително.", "Submitting a guarantee is optional.")).toEqual([
      'warning terms: the source says "задължително" (mandatory), the translation "optional" (optional): the opposite, meaning reversed?',
    ]);
    expect(
      flags("Нивото беше значително по-високо в групата с витамин D3.", "The level was significantly lower in the vitamin D3 group."),
    ).toEqual(['warning terms: the source says "по-високо" (higher), the translation "lower" (lower): the opposite, meaning reversed?']);
  });

  test("the same said alike is nothing", () => {
    expect(flags("Цената е 12 500 лв. без ДДС.", "The price is BGN 12,500 excluding VAT.")).toEqual([]);
    expect(flags("Закуската е безплатна за деца до 12 години.", "Breakfast is free for children under 12.")).toEqual([]);
    expect(
      flags("Нивото беше значително по-високо в групата с витамин D3.", "The level was significantly higher in the vitamin D3 group."),
    ).toEqual([]);
  });
});

test("a range of days written with dots is the days of one month (stranger 105)", () => {
  expect(flags("Цени за периода 15.12 – 23.12.2025 г.", "Prices for 15–23 Dec 2025.")).toEqual([]);
  expect(flags("Prices for 15–23 Dec 2025.", "Цени за периода 15.12 – 23.12.2025 г.", "en", "bg")).toEqual([]);
  expect(flags("Цени за периода 15.12 – 23.12.2025 г.", "Prices for 16–23 Dec 2025.")).toEqual([
    "error dates: the translation says 16–23 Dec 2025 where the source says 15.12 – 23.12.2025 г.",
  ]);
});

test("a resort whose second word is lowercase is one name: another resort, or none, is flagged (stranger 105)", () => {
  const bg = "Хотелът се намира в Слънчев бряг, на 300 м от плажа.";
  expect(flags(bg, "The hotel is in Golden Sands, 300 m from the beach.")).toEqual([
    "warning names: the name Слънчев бряг (Slanchev bryag) is not in the translation, which names Golden Sands instead: replaced by another name?",
  ]);
  expect(flags("Вилата е на 6 км от Слънчев бряг.", "The villa is 6 km from the resort.")).toEqual([
    "warning names: the name Слънчев бряг (Slanchev bryag) is not in the translation: left out?",
  ]);
  // Its English name, its romanisation, at a sentence's start, and another such resort: carried.
  expect(flags(bg, "The hotel is in Sunny Beach, 300 m from the beach.")).toEqual([]);
  expect(flags(bg, "The hotel is in Slanchev Bryag, 300 m from the beach.")).toEqual([]);
  expect(flags("Слънчев бряг е най-големият курорт.", "Sunny Beach is the largest resort.")).toEqual([]);
  expect(flags("Апартаментът е в Златни пясъци.", "The apartment is in Golden Sands.")).toEqual([]);
  // The adjective in lowercase elsewhere in a sentence is no name.
  expect(flags("Денят беше слънчев и тих.", "The day was sunny and quiet.")).toEqual([]);
});
