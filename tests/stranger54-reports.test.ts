/**
 * A bank's annual report and its translation (stranger 54): an amount's sign
 * in brackets lost, a decimal comma kept in English, a change reversed beside
 * "non-performing", and how a report's dates and notes open their sentences.
 */
import { segment } from "../src/index.js";
import type { Bitext, Flag } from "../src/types.js";
import { paragraphPairs, REPORT_PAIRS } from "./helpers.js";

const reasons = (b: Bitext, type: Flag["type"]) =>
  b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.type === type && f.severity !== "info").map((f) => f.reason));

describe("an amount's sign in brackets", () => {
  test("lost in the translation: an error naming the amount as each side writes it (a lost minus is a figure changed: stranger 89)", () => {
    const b = paragraphPairs([
      ...REPORT_PAIRS,
      ["Текущ данък (41 830) (260 885)", "Current tax 41,830 (260,885)"],
      [
        "Промяната в справедливата стойност на имотите е (2,5) млн. лв.",
        "The change in the fair value of the property was BGN 2.5 million.",
      ],
      ["Промяната в стойността на инструментите е -3,2 млн. лв.", "The change in the value of the instruments was BGN 3.2 million."],
    ]);
    const said = reasons(b, "numbers");
    expect(said).toHaveLength(3);
    expect(said[0]).toBe(
      "the source writes (41 830) below zero where the translation has 41,830 with no brackets, minus or word of a loss: sign lost?",
    );
    expect(said[1]).toContain("(2,5) below zero");
    expect(said[2]).toContain("-3,2");
    expect(b.links.flatMap((l) => l.flags ?? []).every((f) => f.type !== "numbers" || f.severity === "error")).toBe(true);
  });

  test("kept, said in words, a paragraph's number or a year in brackets: nothing", () => {
    const b = paragraphPairs([
      ...REPORT_PAIRS,
      ["Текущ данък (41 830) (260 885)", "Current tax (41,830) (260,885)"],
      ["Резултатът е загуба в размер на (43 039) хил. лв.", "The result was a loss of BGN 43,039 thousand."],
      ["Разходът за обезценка е (1 250) хил. лв.", "The impairment expense was BGN -1,250 thousand."],
      ["(4) Всяка вноска се плаща до 10-о число.", "4. Each instalment is paid by the 10th."],
      ["Методиката е описана в годишния отчет (2024).", "The method is described in the annual report 2024."],
    ]);
    expect(reasons(b, "numbers")).toEqual([]);
  });

  test("lost in a table's row whose name says loss: the name covers both signs, the cell's figure says which (stranger 75)", () => {
    const b = paragraphPairs([
      ...REPORT_PAIRS,
      ["Нетна печалба (загуба)\t(1 234)\t2 345", "Net profit (loss)\t1,234\t2,345"],
      ["Финансов резултат\t(загуба) 5 678\t3 456", "Financial result\t(loss) 5,678\t3,456"],
    ]);
    expect(reasons(b, "numbers")).toEqual([
      "the source writes (1 234) below zero where the translation has 1,234 with no brackets, minus or word of a loss: sign lost?",
    ]);
    // Its own cell saying it: no sign lost.
    const kept = paragraphPairs([...REPORT_PAIRS, ["Нетна печалба (загуба)\t(1 234)\t2 345", "Net profit (loss)\tloss of 1,234\t2,345"]]);
    expect(reasons(kept, "numbers")).toEqual([]);
  });

  test("added by the translation: a warning too", () => {
    const b = paragraphPairs([...REPORT_PAIRS, ["Нетната печалба е 12 345 хил. лв.", "Net profit was BGN (12,345) thousand."]]);
    expect(reasons(b, "numbers")).toEqual(["the translation writes (12,345) below zero where the source has 12 345 хил.: sign added?"]);
  });
});

describe("a rate's change and an amount rounded", () => {
  test("0,35 percentage points are 35 basis points: no flag", () => {
    const b = paragraphPairs([
      ...REPORT_PAIRS,
      ["Лихвеният марж се повиши с 0,35 процентни пункта до 3,1 %.", "The interest margin rose by 35 basis points to 3.1%."],
    ]);
    expect(reasons(b, "numbers")).toEqual([]);
  });

  test("'12 345 хил. лв.' as 'BGN 12.3 million' is rounded (a warning); '12.4 million' and a zero less are errors", () => {
    const flagsOf = (en: string) =>
      paragraphPairs([...REPORT_PAIRS, ["Приходите от такси достигнаха 12 345 хил. лв. през отчетния период.", en]]).links.flatMap((l) =>
        (l.flags ?? []).filter((f) => f.type === "numbers").map((f) => `${f.severity}: ${f.reason}`),
      );
    expect(flagsOf("Fee income reached BGN 12.3 million in the reporting period.")).toEqual([
      "warning: the translation rounds 12 345 хил. to 12.3 million: check the precision the source gives",
    ]);
    expect(flagsOf("Fee income reached BGN 12.4 million in the reporting period.")[0]).toMatch(/^error: /);
    expect(flagsOf("Fee income reached BGN 1,234 thousand in the reporting period.")[0]).toMatch(/^error: /);
  });
});

describe("the source's decimal separator kept", () => {
  test("'11,3 %' translated '11,3%': a warning; '11.3%' nothing; a thousands group is the numbers check's", () => {
    const pair = (en: string) =>
      paragraphPairs([...REPORT_PAIRS, ["Нетният доход от лихви нарасна с 11,3 % спрямо предходната година.", en]]);
    expect(reasons(pair("Net interest income increased by 11,3% compared with the previous year."), "numbers")).toEqual([
      "the translation writes 11,3 with the source's decimal comma: English writes 11.3",
    ]);
    expect(reasons(pair("Net interest income increased by 11.3% compared with the previous year."), "numbers")).toEqual([]);
    // A list of figures, not a decimal: "1,2 and 3" where the source writes no "1,2".
    const list = paragraphPairs([...REPORT_PAIRS, ["Виж бележки 1, 2 и 3.", "See notes 1,2 and 3."]]);
    expect(reasons(list, "numbers")).toEqual([]);
  });
});

describe("a change reversed beside a compound's negative prefix", () => {
  test("'non-performing loans increased' for 'необслужваните кредити намаля' is flagged as 'bad loans increased' is", () => {
    const b = paragraphPairs([
      ...REPORT_PAIRS,
      [
        "Делът на необслужваните кредити намаля до 7,3 % от брутния кредитен портфейл.",
        "The share of non-performing loans increased to 7.3% of the gross loan portfolio.",
      ],
      [
        "Нетекущите активи на Банката намаляха с 5 % спрямо предходната година.",
        "The Bank's non-current assets increased by 5% compared with the previous year.",
      ],
    ]);
    expect(reasons(b, "negation")).toHaveLength(2);
    // A negation that turns the change still keeps it from being flagged: "did not fall" is no "grew".
    const turned = paragraphPairs([
      ...REPORT_PAIRS,
      ["Делът на кредитите не намаля през годината.", "The share of loans did not increase during the year."],
    ]);
    expect(reasons(turned, "negation")).toEqual([]);
  });
});

describe("a report's negations dropped", () => {
  test("'не е страна по', 'не е изплащала', 'не е получавала' translated without a negation are flagged", () => {
    const b = paragraphPairs([
      ...REPORT_PAIRS,
      [
        "Банката не е страна по съдебни дела, които биха могли да окажат съществено влияние върху финансовото ѝ състояние.",
        "The Bank is a party to legal proceedings that could have a material effect on its financial position.",
      ],
      [
        "Банката не е изплащала дивиденти през 2023 г. поради изискванията на БНБ.",
        "The Bank paid dividends in 2023 due to the requirements of the BNB.",
      ],
      ["Групата не е получавала държавна помощ през отчетния период.", "The Group received state aid during the reporting period."],
    ]);
    expect(reasons(b, "negation")).toHaveLength(3);
    const kept = paragraphPairs([
      ...REPORT_PAIRS,
      ["Банката не е страна по съдебни дела през годината.", "The Bank is not a party to any legal proceedings during the year."],
      ["Групата не е получавала държавна помощ през отчетния период.", "The Group has not received state aid during the reporting period."],
    ]);
    expect(reasons(kept, "negation")).toEqual([]);
  });
});

describe("how a report's sentences open", () => {
  const texts = (text: string, lang: string) => segment(text, lang).map((s) => s.text);

  test("a quarter or a date in figures opening a Bulgarian sentence is no sentence of its own", () => {
    expect(
      texts(
        "През първото тримесечие на 2025 г. Банката откри 12 нови клона. През 2024 г. Групата реализира печалба. Към 31.12.2025 г. Съветът на директорите се състои от петима членове. Договорът е подписан през 2025 г. Банката го изпълни.",
        "bg",
      ),
    ).toEqual([
      "През първото тримесечие на 2025 г. Банката откри 12 нови клона.",
      "През 2024 г. Групата реализира печалба.",
      "Към 31.12.2025 г. Съветът на директорите се състои от петима членове.",
      "Договорът е подписан през 2025 г.",
      "Банката го изпълни.",
    ]);
  });

  test("a note's heading stays with its title, as an article's does", () => {
    expect(texts("Бележка 12. Административни разходи\n\nЧл. 12. Срокове", "bg")).toEqual([
      "Бележка 12. Административни разходи",
      "Чл. 12. Срокове",
    ]);
    expect(texts("Note 12. Administrative expenses\n\nSee note 12. The Group has no other debt.", "en")).toEqual([
      "Note 12. Administrative expenses",
      "See note 12.",
      "The Group has no other debt.",
    ]);
  });

  test("a table flattened to lines is a row a segment, though one long row makes the text look hard-wrapped", () => {
    const bg = [
      "Разходи за персонала 357 031 485 040",
      "Разходи за амортизация 846 090 879 251",
      "Вноски във Фонда за гарантиране на влоговете 264 347 625 227",
      "Общо 441 271 360 745",
    ];
    expect(texts(bg.join("\n"), "bg")).toEqual(bg);
    // Hard-wrapped prose still runs on across its lines, a figure at a line's end or not.
    const prose = [
      "Наемателят заплаща месечен наем в размер на 1 200 лева, дължим до десето число на всеки",
      "месец, по банковата сметка на наемодателя, посочена в чл. 3 от настоящия договор за наем 2024",
      "година.",
    ];
    expect(texts(prose.join("\n"), "bg")).toHaveLength(1);
  });

  test("German: a sentence ends on a grade's capital letter ('Klasse D.'), not on 'z. B.' or 'd. h.'", () => {
    expect(
      texts(
        "Das Gerät hat die Energieeffizienzklasse D. Auf das Modell gibt es Garantie. Man kann z. B. Wolle waschen, d. h. Pullover.",
        "de",
      ),
    ).toEqual([
      "Das Gerät hat die Energieeffizienzklasse D.",
      "Auf das Modell gibt es Garantie.",
      "Man kann z. B. Wolle waschen, d. h. Pullover.",
    ]);
  });
});
