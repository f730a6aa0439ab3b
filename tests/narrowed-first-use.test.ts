/**
 * Patterns compiled narrowed where the text allows (src/lang/chars.ts), so
 * that a small job does not compile `\p{L}` and `\p{N}` case-insensitively on
 * first use: the magnitude words (src/score/tokens.ts `magnitudeOf`) and the
 * clock times written with a dot or a comma (src/review/checks/figures.ts),
 * against the patterns as written, on real and random text.
 */
import fc from "fast-check";
import { NarrowablePattern } from "../src/lang/chars.js";
import { getLanguage } from "../src/lang/index.js";
import { magnitudeOf } from "../src/score/index.js";

const languages = ["bg", "en", "de"].map((code) => getLanguage(code));

/** The clock pattern of figures.ts as written. */
const clockSource = (lang: (typeof languages)[number]) => {
  const { am, pm, h } = lang.timeMarkers;
  return String.raw`(?<![\p{N}.,:])(\d{1,2})[.,](\d{2})(?![\p{N}]|[.,:]\p{N})\s?(?:(${am}|a\.?m\.?(?![\p{L}]))|(${pm}|p\.?m\.?(?![\p{L}]))|(${h}))`;
};

const piece = fc.oneof(
  fc.constantFrom(
    "хиляди",
    "ХИЛЯДИ",
    "хил.",
    "млн",
    "млн.",
    "милиарда",
    "трлн.",
    "million",
    "Billion",
    "bn",
    "thousand",
    "Tausend",
    "Mio.",
  ),
  fc.constantFrom(
    "19.30",
    "9,30",
    "7.05",
    "12.00",
    "1.2.3",
    "١٩.٣٠",
    "19.3٠",
    "²3.45",
    " ",
    " ч.",
    " часа",
    " a.m.",
    " pm",
    " Uhr",
    "сутринта",
  ),
  fc.constantFrom("ά", "ʼ", "\u0301", "ǅ", "Ⅻ", "٣", "ſ", "\u212a", "日", "-", "."),
  fc.string({ unit: "grapheme", maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(""));

describe("narrowed on first use", () => {
  test("magnitude words are read as the whole-word patterns read them", () => {
    fc.assert(
      fc.property(text, (word) => {
        for (const lang of languages) {
          const wide = lang.magnitudes.find(([p]) => new RegExp(`^(?:${p})$`, "iu").test(word))?.[1] ?? 1;
          expect([lang.code, word, magnitudeOf(word, lang)]).toEqual([lang.code, word, wide]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test("clock times with a dot or a comma are found as the pattern as written finds them", () => {
    const real = [
      "Срещата е в 19.30 ч. в залата.",
      "Open 9,30 a.m. to 5.45 pm daily.",
      "Um 7.05 Uhr.",
      "Версия 1.2.3 от 12.00 часа",
      "٣ в 19.30 ч.",
    ];
    fc.assert(
      fc.property(fc.oneof(text, fc.constantFrom(...real)), (t) => {
        for (const lang of languages) {
          const source = clockSource(lang);
          const all = (re: RegExp) => [...t.matchAll(re)].map((m) => [m.index, ...m]);
          expect([lang.code, t, all(new NarrowablePattern(source, "giu").for(t))]).toEqual([lang.code, t, all(new RegExp(source, "giu"))]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test("the negation check's patterns find what the patterns as written find", () => {
    const real = [
      "Не давайте това лекарство на деца, ако не се съберат 20 души.",
      "Доставката не е включена в цената; пушенето е забранено.",
      "Do not take more than 8 tablets. Never leave it; it is not included, isn't it?",
      "Nobody knows why they don't and won't.",
    ];
    fc.assert(
      fc.property(fc.oneof(text, fc.constantFrom(...real)), (t) => {
        for (const lang of languages) {
          const n = lang.negation;
          if (!n) continue;
          for (const p of [n.plain, n.any, n.prohibition ?? n.plain, n.expletive ?? "(?!)"]) {
            const source = `(?<![\\p{L}\\p{N}])(?:${p})(?![\\p{L}\\p{N}])`;
            const all = (re: RegExp) => [...t.matchAll(re)].map((m) => [m.index, m[0]]);
            expect([lang.code, t, all(new NarrowablePattern(source, "giu").for(t))]).toEqual([
              lang.code,
              t,
              all(new RegExp(source, "giu")),
            ]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
