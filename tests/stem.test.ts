/** Stemmers: English by porter2 must give Snowball's stems, word for word. */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import fc from "fast-check";
import { snowballStemmer, stemmerFor } from "../src/lang/stem.js";
import { ROOT } from "./helpers.js";

const require = createRequire(import.meta.url);
const snowball = require("snowball-stemmers") as { newStemmer(a: string): { stem(w: string): string } };
const reference = snowball.newStemmer("english");

/** Every word of the project's English texts: the corpus, the lexicon, the golden fixtures. */
function englishWords(): string[] {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().match(/[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}]/gu) ?? []) words.add(w);
  };
  for (const dir of readdirSync(join(ROOT, "corpus"))) add(readFileSync(join(ROOT, "corpus", dir, "en.txt"), "utf8"));
  add(readFileSync(join(ROOT, "data", "lexicon", "bg-en.tsv"), "utf8"));
  add(readFileSync(join(ROOT, "README.md"), "utf8"));
  return [...words];
}

// Pieces that exercise Porter2's rules: its suffixes, exceptions, special prefixes, apostrophes, y.
const PIECES = [
  ..."aeiouyYsbcdfglmnprtwx'’-1é",
  ..."ational tional enci anci izer bli alli entli eli ousli ization ation ator alism iveness fulness ousness aliti iviti biliti logi ogi li".split(
    " ",
  ),
  ..."icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion sion tion".split(
    " ",
  ),
  ..."eed eedly ed edly ing ingly at bl iz sses ied ies us ss ly 's 's' bb dd ff gg mm nn pp rr tt ll".split(" "),
  ..."gener commun arsen past univers later emerg skis skies dying lying tying idly gently ugly early only singly sky news howe".split(" "),
  ..."atlas cosmos bias andes inning outing canning herring earring proceed exceed succeed".split(" "),
];

describe("English stems", () => {
  test("porter2 gives snowball-stemmers' stem for every English word of the project", () => {
    const english = snowballStemmer("english");
    const words = englishWords();
    expect(words.length).toBeGreaterThan(2000);
    const differ = words.filter((w) => english(w) !== reference.stem(w));
    expect(differ).toEqual([]);
  });

  test("and for words built from Porter2's suffixes and exceptions", () => {
    const english = snowballStemmer("english");
    const word = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((xs) => xs.join("").toLowerCase());
    fc.assert(
      fc.property(word, (w) => english(w) === reference.stem(w)),
      { numRuns: 5000 },
    );
  });

  test("the language's stemmer lowercases first; other Snowball languages keep snowball-stemmers", () => {
    expect(stemmerFor("en")("Governments")).toBe("govern");
    expect(stemmerFor("de")("Häuser")).toBe(snowball.newStemmer("german").stem("häuser"));
  });
});
