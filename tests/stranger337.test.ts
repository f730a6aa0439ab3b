/**
 * What the seventy-sixth session mended from its strangers (337-) and the seventy-fifth's list: unnumbered printf
 * placeholders in another order, a court's citation abbreviations.
 */

import { segment } from "../src/index.js";
import { pairFlagTexts } from "./helpers.js";

describe("unnumbered printf placeholders in another order (the seventy-fifth session's list)", () => {
  test('"%d от %s" made "%s of %d" is an error: a program fills them in order', () => {
    expect(pairFlagTexts("Изтрити са %d от %s файла.", "Deleted %s of %d files.")).toEqual([
      "error tags: placeholders in another order: %d, %s in the source, %s, %d in the translation; a program fills them in order, so their values change places (number them, %1$s, to reorder)",
    ]);
  });

  test("numbered conversions reordered, the same order, and named placeholders reordered are no flag", () => {
    expect(pairFlagTexts("Изтрийте %1$s от %2$d.", "Delete %2$d from %1$s.")).toEqual([]);
    expect(pairFlagTexts("Изтрити са %d от %s файла.", "Deleted %d of %s files.")).toEqual([]);
    expect(pairFlagTexts("Файлът {name} е изтрит от {user}.", "{user} deleted the file {name}.")).toEqual([]);
  });
});

describe("a court's citation abbreviations end no sentence (the seventy-fifth session's list)", () => {
  test('"No. 12 Civ. 3456" and "the Comm. Div. of the court" are one sentence each', () => {
    const text = "See Smith v. Jones, No. 12 Civ. 3456 (S.D.N.Y. 2019). The claim was filed in the Comm. Div. of the court.";
    expect(segment(text, "en").map((s) => s.text)).toEqual([
      "See Smith v. Jones, No. 12 Civ. 3456 (S.D.N.Y. 2019).",
      "The claim was filed in the Comm. Div. of the court.",
    ]);
  });
});
