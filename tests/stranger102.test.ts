/** What a reviewer of research papers (stranger 102) showed: translated abbreviations and codes spelt in the other script. */

import { align, segment } from "../src/index.js";
import { pairFlagTexts } from "./helpers.js";

const flags = pairFlagTexts;

describe("a code of one script and its translation in the other, with the same figures (stranger 102)", () => {
  test("an abbreviation translated is no code changed, nor a name left out", () => {
    expect(
      flags("Изследвахме 120 пациенти със захарен диабет тип 2 (ЗД2).", "We studied 120 patients with type 2 diabetes mellitus (T2DM)."),
    ).toEqual([]);
    expect(flags("Инхибиторите на ЦОГ-2 бяха спрени при 12 пациенти.", "COX-2 inhibitors were stopped in 12 patients.")).toEqual([]);
    expect(flags("Броят на СД4 клетките беше 350 на μL.", "The CD4 cell count was 350 per μL.")).toEqual([]);
  });

  test("a grant's number in the fund's own Bulgarian spelling, either way; its figures changed are still an error", () => {
    const en = "The project is funded under contract No. KP-06-N57/12.";
    expect(flags(en, "Проектът се финансира по договор № КП-06-Н57/12.", "en", "bg")).toEqual([]);
    expect(flags("Проектът се финансира по договор № КП-06-Н57/12.", en)).toEqual([]);
    expect(flags(en, "Проектът се финансира по договор № КП-06-Н75/12.", "en", "bg")).toEqual([
      "error names: the translation has КП-06-Н75/12 where the source has KP-06-N57/12: codes and e-mails are copied exactly",
    ]);
    expect(flags("Пациентите със ЗД2 получаваха метформин.", "Patients with T1DM received metformin.")).toEqual([
      "error names: the translation has T1DM where the source has ЗД2: codes and e-mails are copied exactly",
    ]);
  });

  // A warning since stranger 340 (a petrol grade, a brand: "А95", "А1", as Bulgarian texts type them); a code of both scripts is an error.
  test("a code typed with Cyrillic look-alikes in the translation is a warning", () => {
    expect(flags("Select mode T1 on the panel.", "Изберете режим Т1 на панела.", "en", "bg")).toEqual([
      "warning names: the translation types Т1 for T1 in Cyrillic letters that look like the source's Latin ones: it reads the same, but a search for the code will not find it",
    ]);
  });
});

test("a table's row of figures whose decimal marks the translation localized is translated, not the source unchanged (stranger 102)", () => {
  const en = "Serum 25(OH)D was measured at baseline.\n\n25(OH)D, nmol/L\t38.1 ± 10.9\t38.7 ± 11.6\t0.77\n";
  const bg = "Серумният 25(OH)D беше измерен в изходна точка.\n\n25(OH)D, nmol/L\t38,1 ± 10,9\t38,7 ± 11,6\t0,77\n";
  const types = (b: ReturnType<typeof align>) => b.links.flatMap((l) => l.flags.map((f) => f.type));
  expect(types(align(en, bg, { sourceLang: "en", targetLang: "bg" }))).toEqual([]);
  // Copied as it is, figures and all, it is still the source unchanged.
  const row = "Patients with adverse events, total\t9\t11\t20\n";
  const copied = align(`Adverse events were rare.\n\n${row}`, `Нежеланите събития бяха редки.\n\n${row}`, {
    sourceLang: "en",
    targetLang: "bg",
  });
  expect(types(copied)).toEqual(["untranslated"]);
});

test("a laboratory's units a thousand times apart are another unit (stranger 102)", () => {
  expect(flags("Нивото на IL-6 спадна от 12,4 на 10,1 pg/mL.", "IL-6 fell from 12.4 to 10.1 ng/mL.")).toEqual([
    "error units: the translation says 10.1 ng/mL where the source says 10,1 pg/mL: another unit",
  ]);
  expect(flags("The mean diameter is 5 μm.", "Средният диаметър е 5 nm.", "en", "bg")).toEqual([
    "error units: the translation says 5 nm where the source says 5 μm: another unit",
  ]);
  expect(flags("Креатининът беше 88 μmol/L.", "Creatinine was 88 mmol/L.")).toEqual([
    "error units: the translation says 88 mmol/L where the source says 88 μmol/L: another unit",
  ]);
  expect(flags("Нивото на IL-6 спадна от 12,4 на 10,1 pg/mL.", "IL-6 fell from 12.4 to 10.1 pg/mL.")).toEqual([]);
});

test("a sentence opening with a term written in lowercase is a sentence of its own, and one left out is missing (stranger 102)", () => {
  const en =
    "Serum 25(OH)D increased from 38.4 to 86.7 nmol/L. hs-CRP decreased by 1.3 mg/L. mRNA levels of VDR were 2.3-fold higher. p-values were adjusted for multiple comparisons. β-cells were isolated as described [7].";
  expect(segment(en, "en")).toHaveLength(5);
  const bg =
    "Серумният 25(OH)D се повиши от 38,4 до 86,7 nmol/L. Нивото на hs-CRP се понижи с 1,3 mg/L. mRNA нивата на VDR бяха 2,3 пъти по-високи. p-стойностите бяха коригирани за множествени сравнения. β-клетките бяха изолирани, както е описано [7].";
  expect(segment(bg, "bg")).toHaveLength(5);
  // An abbreviation before such a term still goes on, and so does a lowercase word.
  expect(segment("Use it e.g. mRNA first. We saw approx. pH changes. — Закъсня! — извика той.", "en")).toHaveLength(3);
  const dropped = en.replace(" p-values were adjusted for multiple comparisons.", "");
  const b = align(`${bg}\n`, `${dropped}\n`, { sourceLang: "bg", targetLang: "en" });
  expect(b.links.flatMap((l) => l.flags.filter((f) => f.severity === "error").map((f) => f.type))).toEqual(["missing"]);
});
