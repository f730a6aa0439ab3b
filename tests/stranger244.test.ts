/**
 * What the sixty-ninth session's strangers (244-) showed.
 */

import { align } from "../src/index.js";
import { flagTexts, paragraphPairs } from "./helpers.js";

/** The flags above information of English sentences and their Bulgarian translations, one paragraph a pair. */
const fromEnglish = (pairs: ReadonlyArray<readonly [string, string]>) => flagTexts(paragraphPairs(pairs, ["en", "bg"]));

describe("a name misspelt in Cyrillic in an English source's translation (246, 245)", () => {
  const news: ReadonlyArray<readonly [string, string]> = [
    ["Sopharma AD reported higher revenue for the quarter.", "Софарма АД отчете по-високи приходи за тримесечието."],
    [
      "Chief executive Ognian Donev said the company would keep investing.",
      "Изпълнителният директор Огнян Донев заяви, че компанията ще продължи да инвестира.",
    ],
    [
      "Sopharma's board approved a share buyback programme.",
      "Съветът на директорите на Софарма одобри програма за обратно изкупуване на акции.",
    ],
  ];
  test("written as they romanise, nothing is flagged", () => {
    expect(fromEnglish(news)).toEqual([]);
  });
  test("a Bulgarian surname a vowel off, or its vowels moved, is a warning naming its reading", () => {
    const misspelt = news.map(([en, bg]) => [en, bg.replace("Донев", "Дунев")] as const);
    expect(fromEnglish(misspelt)).toEqual([
      "warning names: the name Ognian Donev is written with Дунев, which reads Dunev: misspelt, or another name?",
    ]);
    const moved = fromEnglish([
      [
        "Supervising Engineer: Eng. Georgi Stoyanov, tel. +359 32 624 118.",
        "Строителен надзор: инж. Георги Станоев, тел. +359 32 624 118.",
      ],
    ]);
    expect(moved).toEqual([
      "warning names: the name Georgi Stoyanov is written with Станоев, which reads Stanoev: misspelt, or another name?",
    ]);
    // The old romanisation of "ъ" and a Latin "j" are the name's own: "Vulchev" is Вълчев, "Georgijevska" Георгиевска.
    expect(
      fromEnglish([
        ["Minister Ivan Vulchev met Olivera Georgijevska in Sofia.", "Министър Иван Вълчев се срещна с Оливера Георгиевска в София."],
      ]),
    ).toEqual([]);
  });
  test("a foreign firm's name spelt two ways through the translation, its possessive the same name", () => {
    const twice = news.map(([en, bg], n) => [en, n === 2 ? bg.replace("Софарма", "Софрама") : bg] as const);
    expect(fromEnglish(twice)).toEqual([
      'warning names: "Софрама" here, "Софарма" at target 1, for the source\'s "Sopharma": one name spelt two ways?',
    ]);
  });
});

describe("a range's bounds swapped (244)", () => {
  const fines = (en: string) =>
    flagTexts(paragraphPairs([["За нарушение на чл. 7, ал. 1 на физическите лица се налага глоба от 500 до 2000 лв.", en]]));
  test("with the currency beside each bound, in every way English writes a range, an error", () => {
    for (const en of [
      "Natural persons who violate Article 7(1) shall be liable to a fine of BGN 2,000 to BGN 500.",
      "Natural persons who violate Article 7(1) shall be liable to a fine ranging from BGN 2,000 to BGN 500.",
      "Natural persons who violate Article 7(1) shall be liable to a fine of between BGN 2,000 and BGN 500.",
    ])
      expect(fines(en)).toEqual([
        expect.stringMatching(
          /^error numbers: the range is written the other way round: the source's "от 500 до 2000" is ".*2,000 .*500" in the translation$/,
        ),
      ]);
    expect(fines("Natural persons who violate Article 7(1) shall be liable to a fine of BGN 500 to BGN 2,000.")).toEqual([]);
  });
});

describe("a bill of quantities whose translation orders its columns otherwise (245)", () => {
  const source = [
    "No.\tDescription\tUnit\tQuantity\tUnit price, BGN\tAmount, BGN",
    "1.1\tExcavation for foundations with excavator\tm³\t1,250.50\t12.40\t15,506.20",
    "1.2\tManual excavation near existing utilities\tm³\t38.00\t46.00\t1,748.00",
    "1.3\tRemoval of surplus soil to landfill up to 18 km\tm³\t820.00\t14.50\t11,890.00",
    "1.4\tBackfilling in layers with compaction\tm³\t410.50\t9.80\t4,022.90",
  ];
  const target = [
    "№\tНаименование\tМярка\tЕд. цена, лв.\tКоличество\tСтойност, лв.",
    "1.1\tИзкоп за фундаменти с багер\tм3\t12,40\t1 250,50\t15 506,20",
    "1.2\tРъчен изкоп в близост до съществуващи проводи\tм3\t46,00\t38,00\t1 748,00",
    "1.3\tИзвозване на излишната земна маса до депо на разстояние до 18 km\tм3\t14,50\t820,00\t11 890,00",
    "1.4\tОбратен насип на пластове с уплътняване\tм3\t9,80\t410,50\t4 022,90",
  ];
  const check = (rows: readonly string[]) => flagTexts(align(source.join("\n"), rows.join("\n"), { sourceLang: "en", targetLang: "bg" }));
  test("rows that all move their figures alike are the table's layout, a unit in Cyrillic with a plain digit its unit", () => {
    expect(check(target)).toEqual([]);
  });
  test("a row that moves its figures otherwise than the table's others is still swapped; a unit changed, wherever its column", () => {
    const swapped = target.map((row, n) =>
      n === 2 ? "1.2\tРъчен изкоп в близост до съществуващи проводи\tм3\t38,00\t46,00\t1 748,00" : row,
    );
    expect(check(swapped)).toEqual([
      "error numbers: the numbers are swapped: the row's figures stand in the source's columns where the table's other rows have them in another order (38,00, 46,00, 1 748,00)",
    ]);
    // The unit's column after the quantity's: "Ед. цена, Количество, Мярка".
    const moved = (row: string) => [0, 1, 3, 4, 2, 5].map((n) => row.split("\t")[n]).join("\t");
    const changed = target.map((row, n) => moved(n === 4 ? row.replace("м3", "м2") : row));
    expect(check(changed)).toEqual([
      "error units: the translation's unit column says м2 where the source says m³, the quantities the same: another unit",
    ]);
  });
});
