/** The unit words after a number, read per first character (src/review/checks/units.ts), as the one pattern of all of them read them. */
import fc from "fast-check";
import { FOLDS_AS_LOWERCASE } from "../src/lang/chars.js";
import { getLanguage } from "../src/lang/index.js";
import { gluedUnit, unitWordAfter } from "../src/review/checks/units.js";
import { referenceGluedUnit, referenceWordAfter } from "./reference/units.js";

const languages = ["bg", "en", "de"].map((code) => getLanguage(code));

/** Unit words of every language in any case, cut short or run on, with the gaps, dots and endings the pattern turns on. */
const words = [...new Set(languages.flatMap((l) => Object.values(l.units).flat()))];
const piece = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).map((w) => w.toUpperCase()),
  fc.constantFrom(...words).chain((w) => fc.nat(w.length).map((n) => w.slice(0, n))),
  fc.constantFrom(" ", "  ", "\u00a0", "\u202f", "\t", "-", ".", "/", "5", "a", "я", "ſ", "\u212a", "К", "x", "αβ", "٣", "😀", "\u0301"),
);
const after = fc.array(piece, { maxLength: 5 }).map((xs) => xs.join("").slice(0, 30));

describe("unit words after a number", () => {
  // One capital ("МЕ") or micro sign ("µg per kg") among a language's words compiles all its patterns with the "i" flag: a
  // small pair's start took 14 ms more. Words are matched in any case, so they are written in lowercase.
  test("are written in lowercase letters that fold as lowercase, so no pattern needs the 'i' flag", () => {
    for (const lang of languages)
      for (const w of Object.values(lang.units).flat()) {
        expect([lang.code, w]).toEqual([lang.code, w.toLowerCase()]);
        expect([lang.code, w, FOLDS_AS_LOWERCASE.test(w)]).toEqual([lang.code, w, true]);
      }
  });

  test("are found as the pattern of all of them finds them, on random text", () => {
    fc.assert(
      fc.property(after, (text) => {
        for (const lang of languages) {
          const got = unitWordAfter(text, lang);
          const want = referenceWordAfter(lang).exec(text);
          expect([text, lang.code, got && [...got]]).toEqual([text, lang.code, want && [...want]]);
        }
      }),
      { numRuns: 4000 },
    );
  });

  test.each([
    " лв.",
    " лева",
    "  км/ч",
    "-km",
    " кв. м",
    " КВ.М",
    " щатски долара",
    " US dollars",
    " per cent",
    "\u00a0%",
    " мили в час",
    " ſtotinki",
    " Лв.",
    " KM/Ч",
    " km µ",
    " İnch",
    " Kм",
  ])("%s", (text) => {
    for (const lang of languages)
      expect([lang.code, [...(unitWordAfter(text, lang) ?? [])]]).toEqual([lang.code, [...(referenceWordAfter(lang).exec(text) ?? [])]]);
  });
});

describe("a unit glued to a number", () => {
  const key = fc.oneof(
    fc.constantFrom("5", "15", "3.5", "0.25", "100.0", "2.50", "1e3", "-4", "12"),
    fc.nat(120).map(String),
    fc.tuple(fc.nat(20), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
  );
  const bit = fc.oneof(
    key.map((k) => k.replace(/\.0+$/u, "")),
    key.map((k) => k.replace(".", ",")),
    fc.constantFrom(
      " ",
      "\u00a0",
      "\u2009",
      "\n",
      "°",
      "°C",
      " °",
      "  °",
      "\u00a0°",
      "\t°",
      "\u3000°",
      ".",
      ",",
      "-",
      "mg",
      "мг",
      "C",
      "µ",
      "\u212a",
      "٣",
      "αβ",
      "😀",
      "𝒜",
      "\u0301",
      "x",
      "1",
      "0",
    ),
  );
  test("is found as the pattern made per key found it, on random text", () => {
    fc.assert(
      fc.property(
        fc.array(bit, { maxLength: 8 }).map((xs) => xs.join("")),
        key,
        (text, k) => {
          expect([text, k, gluedUnit(text, k)]).toEqual([text, k, referenceGluedUnit(text, k)]);
        },
      ),
      { numRuns: 6000 },
    );
  });
});
