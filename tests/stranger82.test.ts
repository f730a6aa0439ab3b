/** What a reviewer of an ordinance, a leaflet, a press release and a parts list found (stranger 82). */
import { align } from "../src/index.js";
import { segment } from "../src/segment/index.js";

const flags = (bg: string, en: string) => align(`${bg}\n`, `${en}\n`).links.flatMap((l) => l.flags ?? []);

describe("a prohibition made a permission (stranger 82's ordinance)", () => {
  test("the translation permits what the source forbids: an error saying so", () => {
    expect(
      flags("Пушенето в парка е забранено.", "Smoking in the park is permitted.")
        .filter((f) => f.type === "negation")
        .map((f) => `${f.severity}: ${f.reason}`),
    ).toEqual(['error: the source says "забранено", and the translation permits it ("is permitted"): meaning reversed?']);
    expect(flags("Пушенето в парка е забранено.", "Smoking in the park is prohibited.").filter((f) => f.type === "negation")).toEqual([]);
    // Said positively with a condition the source says no to ("не може ... без"): not a reversal to call an error.
    expect(
      flags("Наемодателят не може да прекрати договора без предизвестие.", "The Landlord may terminate the contract subject to notice.")
        .filter((f) => f.severity === "error")
        .map((f) => f.type),
    ).toEqual([]);
    // A restriction the translation adds ("only"): a rewording to ask about, a warning at most.
    expect(
      flags("Пушенето е забранено извън обозначените места.", "Smoking is permitted only in the designated areas.").filter(
        (f) => f.severity === "error",
      ),
    ).toEqual([]);
  });
});

describe("a parts list (stranger 82)", () => {
  test("'Поз.' is an abbreviation no line ends on, and a label as 'Item' is", () => {
    expect(segment("Поз. 9 Гайка M16\nПоз. 10 Дистанционна втулка\n", "bg").map((s) => s.text)).toEqual([
      "Поз. 9 Гайка M16",
      "Поз. 10 Дистанционна втулка",
    ]);
    const numbers = (en: string) =>
      align("Поз. 10 Дистанционна втулка\nПоз. 11 Съединител\n", en)
        .links.flatMap((l) => l.flags ?? [])
        .filter((f) => f.type === "numbers")
        .map((f) => `${f.severity}: ${f.reason}`);
    expect(numbers("Item 10 Spacer sleeve\nItem 11 Coupling\n")).toEqual([]);
    expect(numbers("Item 12 Spacer sleeve\nItem 11 Coupling\n")).toEqual(["error: the translation says 12 where the source says 10"]);
  });
});
