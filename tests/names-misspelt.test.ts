/**
 * The copied-names check looks a long list of words up by their deletions instead of scanning it for every name
 * (src/review/checks/names.ts `misspelt`): the pairs it finds must be those the scan finds, in the same order.
 */
import fc from "fast-check";
import { getLanguage } from "../src/lang/index.js";
import { misspelt } from "../src/review/checks/names.js";
import { matchable, tokenize } from "../src/score/index.js";

const en = getLanguage("en");
const tokens = (words: readonly string[]) => tokenize(words.join(" "), en).map((t) => matchable(t, en));
// Every word counts as one a translation copies (a name in the other side's script): the case the index is for.
const strong = { strong: () => true };

// Names and their near misses: a letter changed, dropped, added, swapped; possessives, hyphens, accents.
const base = ["Alcomet", "Petrov", "Hristova", "Müller", "Zuckerberg", "Abcdefghijklmnopqrstuvwxyzab", "Ivanov", "Kalin"];
const edit = (w: string, r: number) => {
  const i = r % Math.max(1, w.length);
  switch (r % 5) {
    case 0:
      return w.slice(0, i) + w.slice(i + 1);
    case 1:
      return `${w.slice(0, i)}x${w.slice(i)}`;
    case 2:
      return `${w.slice(0, i)}q${w.slice(i + 1)}`;
    case 3:
      return `${w}'s`;
    default:
      return w.slice(0, i) + w.slice(i + 2);
  }
};
const word = fc.oneof(
  fc.constantFrom(...base),
  fc.tuple(fc.constantFrom(...base), fc.nat(50)).map(([w, r]) => edit(w, r)),
  fc.tuple(fc.constantFrom(...base), fc.nat(50), fc.nat(50)).map(([w, r, q]) => edit(edit(w, r), q)),
  fc.constantFrom("the", "report", "Mayer", "Meyer", "Müler", "Ivan-Petrov", "2024", "XIV", "a"),
);

describe("names spelt otherwise, looked up in a long list", () => {
  test("finds the pairs the scan finds", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 40 }), (a, b) => {
        const [mine, other] = [tokens(a), tokens(b)];
        const scanned = misspelt(mine, other, strong, Number.POSITIVE_INFINITY);
        const looked = misspelt(mine, other, strong, 0);
        expect(looked.map(([x, y]) => [x.surface, y.surface])).toEqual(scanned.map(([x, y]) => [x.surface, y.surface]));
      }),
      { numRuns: 2000 },
    );
  });
});
