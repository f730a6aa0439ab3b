/**
 * What the seventy-sixth session mended from its strangers (337-) and the seventy-fifth's list: unnumbered printf
 * placeholders in another order.
 */

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
