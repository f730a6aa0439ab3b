/** The date reader (narrowed patterns, month names sharing prefixes) reads what the reader before it read (tests/reference/dates.ts). */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { loadNtrex } from "../bench/data.js";
import { getLanguage } from "../src/lang/index.js";
import { prefixTree, readDates, withoutNamedDates } from "../src/review/checks/dates.js";
import { corpus, describeWithShared, SHARED } from "./helpers.js";
import { referenceReadDates } from "./reference/dates.js";

const languages = ["bg", "en", "de"].map((code) => getLanguage(code));

function expectSame(text: string): void {
  for (const lang of languages) {
    const [got, want] = [readDates(text, lang), referenceReadDates(text, lang)];
    if (JSON.stringify(got) !== JSON.stringify(want)) expect([text, lang.code, got]).toEqual([text, lang.code, want]);
    // The consistency check's text with its named dates blanked: read first for a month name alone.
    let blanked = "";
    let from = 0;
    for (const m of want) {
      const at = m.named ? text.indexOf(m.surface, from) : -1;
      if (at < 0) continue;
      blanked += `${text.slice(from, at)} `;
      from = at + m.surface.length;
    }
    blanked += text.slice(from);
    if (withoutNamedDates(text, lang) !== blanked)
      expect([text, lang.code, withoutNamedDates(text, lang)]).toEqual([text, lang.code, blanked]);
  }
}

const months = languages.flatMap((l) => [...(l.dates?.months.flat() ?? []), ...(l.dates?.monthAbbreviations.flat() ?? [])]);
const piece = fc.oneof(
  fc.constantFrom(...months),
  fc.constantFrom(...months).map((m) => m.toUpperCase()),
  fc.constantFrom(...months).map((m) => m.toLowerCase()),
  fc.constantFrom(..."0123456789", "15", "2024", "1999", "48213", "№ ", "٣", "²"),
  fc.constantFrom(" ", "  ", ".", ". ", ",", ", ", "-", "–", "/", ":", "\u00a0", "\n"),
  fc.constantFrom("и", "или", "до", "and", "to", "of", "г.", "год.", "година", "годината", "-ти", "-та", "th", "st"),
  fc.constantFrom("IV", "iv", "XII", "x", "Mrs ", "Theresa ", "In ", "на ", "a", "я", "ſ", "αβ", "\u0301", "😀"),
);
const text = fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(""));

describe("readDates and the reader before it", () => {
  test("read the same dates on random text of month names, numbers and separators", () => {
    fc.assert(
      fc.property(text, (t) => expectSame(t)),
      { numRuns: 3000 },
    );
  });

  test.each([
    "от 15 април 2024 г. до 3-ти май; 15.03.2024 г., 2024-03-15, 03/15/2024, 15.IV.2024",
    "On April 15, 2024; the 15th of April; 15–17 April 2024; Theresa May said; in May 2024; Jan. 5",
    "15 и 16 септемврийските; 1, 2 и 3 ян. 2020; АПРИЛ 2024; ſeptember 5",
    "15. 03. 2024 г., 3. IV. 2024, 15 / 03 / 2024",
    "Април 2024 г.",
    "May 5, 2024, ref. № 48213, 1279 W",
  ])("on %s", (t) => expectSame(t));

  test("read the same dates on every line of the corpus", () => {
    for (const dir of readdirSync(corpus()))
      for (const side of ["bg.txt", "en.txt"]) for (const line of readFileSync(corpus(dir, side), "utf8").split("\n")) expectSame(line);
  });

  test("prefixTree shares prefixes and keeps every word", () => {
    expect(prefixTree(["март", "май", "мар"])).toBe("ма(?:р(?:т)?|й)");
    const words = ["ян", "яну", "януари", "юни", "юли"];
    const re = new RegExp(`^(?:${prefixTree(words)})$`, "u");
    for (const w of words) expect(re.test(w)).toBe(true);
    for (const w of ["я", "януар", "юн", "юлия"]) expect(re.test(w)).toBe(false);
  });
});

describeWithShared("readDates on NTREX", () => {
  test("the same dates as the reader before it, on every sentence", () => {
    for (const doc of loadNtrex(SHARED!)) for (const line of [...doc.bg, ...doc.en]) expectSame(line);
  });
});
