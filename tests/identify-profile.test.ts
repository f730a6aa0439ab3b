/** What language identification counts of a text (src/lang/identify.ts `profileText`), against the letter-by-letter count it replaced. */
import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { profileText, type TextProfile } from "../src/lang/identify.js";
import { letterScript, scriptCounts } from "../src/lang/script.js";
import { corpus } from "./helpers.js";
import { referenceProfileText } from "./reference/identify.js";

/** The profile with its maps as entry lists: their order counts (ties of counts are broken by it). */
const plain = (p: TextProfile) => ({ ...p, scripts: [...p.scripts], letterCounts: [...p.letterCounts], wordCounts: [...p.wordCounts] });

const piece = fc.oneof(
  fc.constantFrom("Съветът", "одобри", "The", "Board", "ŞİR", "ǅemal", "ß", "Ωμέγα", "мај", "ыэ", "日本語", "عربي", "ﬁne", "İstanbul"),
  fc.constantFrom("𝐀𝐁", "𐐀𐐨", "😀", "\ud800", "\udc00", "e\u0301", " ", "\n", "5", "-", "’", ".", "\u00a0"),
  fc.string({ unit: "grapheme", maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(""));

describe("profileText", () => {
  test("counts what the letter-by-letter count counted, in the same order, on random text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(plain(profileText(t))).toEqual(plain(referenceProfileText(t)));
      }),
      { numRuns: 3000 },
    );
  });

  test("on the corpus, and on a text long enough to be sampled in pieces", () => {
    const texts = ["bg.txt", "en.txt"].map((side) => corpus("osce-alliance-2024", side)).filter((p) => existsSync(p));
    expect(texts.length).toBe(2);
    for (const path of texts) {
      const t = readFileSync(path, "utf8");
      expect(plain(profileText(t))).toEqual(plain(referenceProfileText(t)));
      const long = `${t}\n😀 ΑΒΓ 𝐀𝐁\n`.repeat(Math.ceil(450_000 / t.length));
      expect(long.length).toBeGreaterThan(400_000);
      expect(plain(profileText(long))).toEqual(plain(referenceProfileText(long)));
    }
  });
});

describe("scriptCounts", () => {
  /** As it was written: each character's script looked up as a string, counted in a map. */
  function referenceScriptCounts(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const ch of text) {
      const name = letterScript(ch);
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return counts;
  }

  test("counts each script's letters as the character-by-character count did, in the same order", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect([t, [...scriptCounts(t)]]).toEqual([t, [...referenceScriptCounts(t)]]);
      }),
      { numRuns: 3000 },
    );
    const t = readFileSync(corpus("osce-alliance-2024", "bg.txt"), "utf8");
    expect([...scriptCounts(t)]).toEqual([...referenceScriptCounts(t)]);
  });
});
