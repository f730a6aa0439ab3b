/** Mojibake found in UTF-8 text (src/read/decode.ts `utf8Misread`) as running every signature's pattern over the text found it. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { UPPER_HALVES, utf8Misread } from "../src/read/decode.js";
import { corpus } from "./helpers.js";
import { referenceUtf8Misread } from "./reference/decode.js";

/** Text as UTF-8 bytes read in a legacy encoding: the mojibake the test is after. */
function misread(text: string, as: string): string {
  const half = [...UPPER_HALVES[as]!];
  return [...new TextEncoder().encode(text)].map((b) => (b < 0x80 ? String.fromCharCode(b) : half[b - 0x80]!)).join("");
}

const clean = fc.constantFrom(
  "Съветът на директорите одобри отчета „за 2024 г.“ – без забележки.",
  "The Board approved the report — “as drafted” — on 15 May.",
  "élan, naïve café; Ørsted & Łódź",
  "№ 5, § 12, 40 °C, ± 2 %",
  "ЂЃѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџ",
  "─│┌┐└┘├┤┬┴┼▀▄█■∙√≈",
  " ",
  "abc",
);
const encodings = Object.keys(UPPER_HALVES);
const piece = fc.oneof(
  clean,
  fc.tuple(clean, fc.constantFrom(...encodings)).map(([t, as]) => misread(t, as)),
  fc.string({ unit: "binary", maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(" "));

describe("mojibake in UTF-8 text", () => {
  test("is found as the patterns of all signatures found it, on random text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect([t, utf8Misread(t)]).toEqual([t, referenceUtf8Misread(t)]);
      }),
      { numRuns: 3000 },
    );
  });

  test("on the corpus, and on the corpus misread in each encoding, whole and in part", () => {
    for (const side of ["bg.txt", "en.txt"]) {
      const t = readFileSync(corpus("osce-alliance-2024", side), "utf8");
      expect(utf8Misread(t)).toEqual(referenceUtf8Misread(t));
      for (const as of encodings) {
        const bad = misread(t.slice(0, 3000), as);
        expect(utf8Misread(bad)).toEqual(referenceUtf8Misread(bad));
        expect(utf8Misread(bad)).toBeDefined();
        // Mojibake in a part of the text only: near the threshold of half the non-ASCII characters.
        for (const cut of [500, 1500, 2500, 2900]) {
          const mixed = `${misread(t.slice(0, cut), as)}${t.slice(cut, 3000)}`;
          expect([as, cut, utf8Misread(mixed)]).toEqual([as, cut, referenceUtf8Misread(mixed)]);
        }
      }
    }
  });
});
