/**
 * A medicine's package leaflet, English original and Bulgarian translation
 * (tests/fixtures/leaflet, written for the purpose after a stranger's corpus
 * of 300 leaflets): its lists of one-word side effects, its licence holder's
 * address kept in Latin letters, and the defects a pharmaceutical reviewer
 * fears, each planted in the translation in turn.
 */
import { align } from "../src/index.js";
import type { Bitext, Flag } from "../src/types.js";
import { fixture, read } from "./helpers.js";

const en = read(fixture("leaflet", "en.txt"));
const bg = read(fixture("leaflet", "bg.txt"));
const aligned = (translation: string): Bitext => align(en, translation, { sourceLang: "en", targetLang: "bg" });

/** Warnings and errors, as "severity type: source | translation". */
function problems(b: Bitext): string[] {
  const text = (side: "source" | "target", ids: readonly number[]) => ids.map((i) => b[side].segments[i]!.text).join(" ");
  return b.links.flatMap((l) =>
    (l.flags ?? [])
      .filter((f: Flag) => f.severity !== "info")
      .map((f) => `${f.severity} ${f.type}: ${text("source", l.source)} | ${text("target", l.target)}`),
  );
}

/** The translation with one edit, which must apply. */
function edited(from: string, to: string): string {
  expect(bg).toContain(from);
  return bg.replace(from, to);
}

describe("a package leaflet, English into Bulgarian", () => {
  test("the clean translation: no flag at all, and each one-word side effect is its own link, with confidence", () => {
    const b = aligned(bg);
    expect(b.links.flatMap((l) => l.flags ?? [])).toEqual([]);
    // Before the lexicon knew a leaflet's words, "- cough" / "- кашлица" was linked at 0.63 on length alone; in a
    // stranger's whole leaflet the list came out crosswise ("- cough" / "- запек").
    const items = b.links.filter((l) => /^- \p{Ll}+$/u.test(b.source.segments[l.source[0] ?? 0]!.text));
    expect(items.length).toBe(14);
    for (const l of items) {
      expect(l.kind).toBe("1-1");
      expect(l.score).toBeGreaterThan(0.9);
    }
  });

  test("the licence holder's address and its telephone are a link each", () => {
    const b = aligned(bg);
    const texts = (side: "source" | "target") => b.links.map((l) => l[side].map((i) => b[side].segments[i]!.text).join(" | "));
    expect(texts("source")).toContain("Tel: +34 91 555 01 23");
    expect(texts("target")).toContain("Тел.: +34 91 555 01 23");
    expect(texts("target")).toContain("Keldor Pharma S.L., Calle de Alcalá 48, 28014 Madrid, Испания");
  });

  test("a side effect left out is one error, on it: its neighbours, which the lexicon answers, are not doubted", () => {
    expect(problems(aligned(edited("- кашлица\n", "")))).toEqual(["error missing: - cough | "]);
  });

  test.each([
    ["a microgram for a milligram", "таблетка от 25 mg веднъж", "таблетка от 25 микрограма веднъж", "error units"],
    ["a misspelt product name", "Не приемайте Velantrix:", "Не приемайте Velantirx:", "error names"],
    ["another product's name", "Velantrix се предлага", "Corvantil се предлага", "warning names"],
    ["the telephone's digits", "Тел.: +34 91 555 01 23", "Тел.: +34 91 555 01 32", "error numbers"],
    ["a storage temperature", "под 25 °C", "под 30 °C", "error numbers"],
    // Before: a sentence this short was never judged ("Do not freeze." has too few words for its evidence to say), though
    // it shares "freeze" with its translation.
    ["a short prohibition made a permission", "Да не се замразява.", "Да се замразява.", "error negation"],
  ])("%s is flagged on its link alone", (_what, from, to, expected) => {
    const found = problems(aligned(edited(from, to)));
    expect(found).toHaveLength(1);
    expect(found[0]!.startsWith(`${expected}:`)).toBe(true);
  });
});
