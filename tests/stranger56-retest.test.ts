/**
 * A re-test of a bank report and of German and Russian jobs into Bulgarian
 * (stranger 56), and of long documents (stranger 57): what their own
 * documents still found.
 */
import { align, segment } from "../src/index.js";
import { flagTexts, paragraphPairs, REPORT_PAIRS } from "./helpers.js";

const flagsOf = flagTexts;

describe("a bank report's figures", () => {
  test("this year's amount and last year's, both rounded, are one warning, not an error", () => {
    const b = paragraphPairs([
      ...REPORT_PAIRS,
      ["Печалбата е 112 645 хил. лв. (2024 г.: 98 765 хил. лв.).", "Profit was BGN 112.6 million (2024: BGN 98.8 million)."],
    ]);
    expect(flagsOf(b)).toEqual([
      "warning numbers: the translation rounds 112 645 хил. to 112.6 million, 98 765 хил. to 98.8 million: check the precision the source gives",
    ]);
  });

  test("'п.п.' is percentage points: 50 basis points are the same, 0.5% another unit", () => {
    expect(flagsOf(paragraphPairs([...REPORT_PAIRS, ["Лихвата се понижи с 0,5 п.п.", "The interest rate fell by 50 bps."]]))).toEqual([]);
    expect(flagsOf(paragraphPairs([...REPORT_PAIRS, ["Лихвата се понижи с 0,5 п.п.", "The interest rate fell by 0.5%."]]))[0]).toMatch(
      /^error units: /,
    );
  });

  test("'3,125%' left in English is a decimal comma kept; 'used' says an amount's sign", () => {
    expect(
      flagsOf(paragraphPairs([...REPORT_PAIRS, ["Купонът по облигациите е 3,125% годишно.", "The bond coupon is 3,125% per annum."]])),
    ).toEqual(["warning numbers: the translation writes 3,125 with the source's decimal comma: English writes 3.125"]);
    const used = paragraphPairs([
      ...REPORT_PAIRS,
      [
        "Нетните парични потоци от инвестиционна дейност са (12 000) хил. лв.",
        "Net cash used in investing activities was BGN 12,000 thousand.",
      ],
    ]);
    expect(flagsOf(used)).toEqual([]);
  });
});

describe("negations a report drops, and one English keeps otherwise", () => {
  test("'non-performing loans' names loans: the source's 'не е продавала' dropped is flagged", () => {
    const b = paragraphPairs([
      ...REPORT_PAIRS,
      ["Банката не е продавала необслужвани кредити през годината.", "The Bank sold non-performing loans during the year."],
    ]);
    expect(flagsOf(b).filter((f) => f.includes("negation"))).toHaveLength(1);
    // A negative word said of the thing ("is non-refundable.") still says no.
    const refund = paragraphPairs([
      ...REPORT_PAIRS,
      ["Депозитът не се възстановява след подписване на договора.", "The deposit is non-refundable after the contract is signed."],
    ]);
    expect(flagsOf(refund).filter((f) => f.includes("negation"))).toEqual([]);
  });

  test("'няма експозиции' (has none) translated 'has exposures' is flagged; 'няма достъп до' is left to antonyms ('landlocked')", () => {
    const b = paragraphPairs([
      ...REPORT_PAIRS,
      ["Банката няма експозиции към Русия и Украйна.", "The Bank has exposures to Russia and Ukraine."],
    ]);
    expect(flagsOf(b).filter((f) => f.includes("negation"))).toHaveLength(1);
    const landlocked = paragraphPairs([
      ...REPORT_PAIRS,
      ["Страната, която няма достъп до океана, търгува през съседите си.", "The landlocked country trades through its neighbours."],
    ]);
    expect(flagsOf(landlocked).filter((f) => f.includes("negation"))).toEqual([]);
  });

  test("'have yet to announce' says 'не са обявили'", () => {
    const b = paragraphPairs([
      ...REPORT_PAIRS,
      ["Организаторите все още не са обявили датата на събитието.", "The organisers have yet to announce the date of the event."],
    ]);
    expect(flagsOf(b).filter((f) => f.includes("negation"))).toEqual([]);
  });
});

describe("segmentation", () => {
  const texts = (text: string, lang: string) => segment(text, lang).map((s) => s.text);

  test("an energy class's letter ends a sentence in Bulgarian and English too", () => {
    expect(texts("Клас на енергийна ефективност: клас D. Консумацията е 0,85 kWh.", "bg")).toEqual([
      "Клас на енергийна ефективност: клас D.",
      "Консумацията е 0,85 kWh.",
    ]);
    expect(texts("Energy efficiency class: Class D. Energy use is 0.85 kWh.", "en")).toEqual([
      "Energy efficiency class: Class D.",
      "Energy use is 0.85 kWh.",
    ]);
  });

  test("Russian: a clause's number after a year's 'г.' opens the next clause", () => {
    expect(texts("8.1. Договор действует до 31 декабря 2025 г. 8.2. Договор составлен в двух экземплярах.", "ru")).toEqual([
      "8.1. Договор действует до 31 декабря 2025 г.",
      "8.2. Договор составлен в двух экземплярах.",
    ]);
  });
});

describe("Russian into Bulgarian", () => {
  test("'не обязан' translated 'е длъжен' is flagged though the translation renders the source's own 'ненадлежащего' with a не- word", () => {
    const b = paragraphPairs(
      [
        ["Покупатель не обязан принимать товар ненадлежащего качества.", "Купувачът е длъжен да приеме стока с неподходящо качество."],
        ["Поставщик несёт расходы по доставке товара.", "Доставчикът поема разходите по доставката на стоката."],
      ],
      ["ru", "bg"],
    );
    expect(flagsOf(b).filter((f) => f.includes("negation"))).toHaveLength(1);
  });

  test("a two-word heading left in Russian, cut after its label on the Bulgarian side, is untranslated", () => {
    const b = paragraphPairs(
      [
        ["Статья 6. ФОРС-МАЖОР", "Статья 6. ФОРС-МАЖОР"],
        ["6.1. Стороны освобождаются от ответственности.", "6.1. Страните се освобождават от отговорност."],
      ],
      ["ru", "bg"],
    );
    expect(flagsOf(b)).toEqual(["error untranslated: the translation is the source text, unchanged"]);
  });

  test("a name spelt four times one way and once another: the one is questioned, not the four", () => {
    const ru = [
      "Пётр Иванов подписал договор.",
      "Пётр Иванов оплатил счёт.",
      "Пётр Иванов принял товар.",
      "Пётр Иванов проверил товар.",
      "Пётр Иванов получил экземпляр.",
    ];
    const bg = [
      "Петър Иванов подписа договора.",
      "Петър Иванов плати сметката.",
      "Петър Иванов прие стоката.",
      "Петър Иванов провери стоката.",
      "Петр Иванов получи екземпляр.",
    ];
    const b = align(ru.join("\n\n"), bg.join("\n\n"), { sourceLang: "ru", targetLang: "bg" });
    const spelt = b.links.flatMap((l, k) => (l.flags ?? []).filter((f) => f.reason.includes("spelt two ways")).map(() => k));
    expect(spelt).toEqual([4]);
  });
});
