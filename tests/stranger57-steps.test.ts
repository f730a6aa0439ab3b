/**
 * A manual's numbered steps whose words repeat (stranger 57): the number after
 * the label tells one step from the next, so a step the translation left out
 * is the one missing, not the one after it.
 */
import { align } from "../src/index.js";
import type { Bitext } from "../src/types.js";

const BG = `Глава 1. Поддръжка

ВНИМАНИЕ: Преди почистване изключете уреда от електрическата мрежа. Не потапяйте уреда във вода или друга течност.

Стъпка 1. Поставете капака обратно и го заключете. Стъпка 2. Поставете капака обратно и го заключете. Стъпка 3. Поставете капака обратно и го заключете.

Стъпка 1. Натиснете бутона OK за 10 секунди. Стъпка 2. Натиснете бутона MENU за 5 секунди.
`;

const EN = `Chapter 1. Maintenance

WARNING: Disconnect the appliance from the mains before cleaning. Do not immerse the appliance in water or any other liquid.

Step 2. Put the cover back and lock it. Step 3. Put the cover back and lock it.

Step 1. Press the OK button for 10 seconds. Step 2. Press the MENU button for 5 seconds.
`;

const pairs = (b: Bitext): Array<[string, string]> =>
  b.links.map((l) => [
    l.source.map((i) => b.source.segments[i]!.text.slice(0, 9)).join("+"),
    l.target.map((j) => b.target.segments[j]!.text.slice(0, 6)).join("+"),
  ]);

describe("numbered steps that repeat their words", () => {
  test("the step left out is step 1, and step 2 is linked to Step 2", () => {
    const b = align(BG, EN, { sourceLang: "bg", targetLang: "en" });
    expect(pairs(b).slice(3, 6)).toEqual([
      ["Стъпка 1.", ""],
      ["Стъпка 2.", "Step 2"],
      ["Стъпка 3.", "Step 3"],
    ]);
    expect(b.links.flatMap((l) => l.flags ?? []).filter((f) => f.type === "numbers")).toEqual([]);
  });

  test("the same with the steps one a line, as a pre-split file gives them", () => {
    const lines = (t: string) => t.split(/(?<=\.) (?=Стъпка|Step|Не |Do )|\n+/u).filter((s) => s.trim());
    const b = align(lines(BG).join("\n"), lines(EN).join("\n"), { sourceLang: "bg", targetLang: "en", segmented: true });
    expect(
      pairs(b)
        .filter(([s]) => s.startsWith("Стъпка"))
        .slice(0, 3),
    ).toEqual([
      ["Стъпка 1.", ""],
      ["Стъпка 2.", "Step 2"],
      ["Стъпка 3.", "Step 3"],
    ]);
  });
});
