/**
 * Clock times, versions, links and names as a stranger's documents wrote them
 * (issue 15's second round): "в 19.30 ч." is "at 7.30 pm", "FW-2.3.1" is a
 * code, "Русе" is Ruse and not Russia, "Враца Калин Каменов" is a town and a
 * person.
 */
import { align } from "../src/index.js";
import { knownNameTargets } from "../src/lang/names.js";
import type { Bitext, Flag } from "../src/types.js";

/** A short news item: the sentence under test, then one that every translation has. */
function pair(bg: string, en: string): Bitext {
  return align(
    `${bg}\n\nОбщината ще осигури собствено участие от 6 % от стойността на проекта.\n`,
    `${en}\n\nThe municipality will provide its own contribution of 6% of the project value.\n`,
  );
}

/** Warnings and errors (what a reviewer sees by default). */
function problems(b: Bitext): Flag[] {
  return b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.severity !== "info"));
}

describe("clock times", () => {
  const bg = (time: string) => `Пресконференцията ще започне в ${time} в сградата на общината.`;
  const en = (time: string) => `The press conference will begin at ${time} in the municipal building.`;

  test.each([
    ["9.30 ч.", "9.30 a.m."],
    ["9.30 ч.", "9:30 a.m."],
    ["19.30 ч.", "7.30 pm"],
    ["19.30 ч.", "7:30 p.m."],
    ["19.30 ч.", "19:30"],
    ["19,30 ч.", "19:30"],
    ["19,30 часа", "7.30 pm"],
    ["19:30 ч.", "7.30 pm"],
  ])("%s and %s are one time of day: nothing flagged", (source, target) => {
    expect(problems(pair(bg(source), en(target)))).toEqual([]);
  });

  test.each([
    ["19.30 ч.", "8.30 pm"],
    ["9.30 ч.", "9.30 pm"],
    ["19,30 ч.", "18:30"],
  ])("%s and %s are two times: an error naming both once", (source, target) => {
    const flags = problems(pair(bg(source), en(target)));
    expect(flags).toEqual([expect.objectContaining({ type: "numbers", severity: "error" })]);
    expect(flags[0]!.reason).toBe(`the translation says ${target} where the source says ${source}`);
  });

  test("a time one side names in words (midnight, noon) is the other's figures; another hour is still flagged", () => {
    // Stranger 70: "от 5:00 до 24:00 часа" / "from 5 a.m. to midnight" was warned as 24:00 missing.
    const shop = (time: string, words: string) =>
      pair(`Магазинът работи всеки ден от 5:00 до ${time} часа.`, `The shop is open every day from 5 a.m. to ${words}.`);
    expect(problems(shop("24:00", "midnight"))).toEqual([]);
    expect(problems(shop("12:00", "noon"))).toEqual([]);
    expect(problems(pair("Срещата е по обед, в 12:00 ч.", "The meeting is at 12:00 noon."))).toEqual([]);
    expect(problems(pair("Магазинът работи до полунощ.", "The shop is open until 00:00."))).toEqual([]);
    expect(problems(shop("23:00", "midnight"))).toEqual([expect.objectContaining({ type: "numbers" })]);
    expect(problems(shop("24:00", "noon"))).toEqual([expect.objectContaining({ type: "numbers" })]);
  });

  test("a duration in hours with a decimal comma is still a number (2,5 часа, 2.5 hours)", () => {
    const b = pair("Ремонтът на моста ще продължи 2,5 часа през нощта.", "The repair of the bridge will take 2.5 hours during the night.");
    expect(problems(b)).toEqual([]);
  });
});

describe("a table's row after a label word", () => {
  test("Item<TAB>2023<TAB>2024 is a row of years, no item's label: nothing flagged, and a year changed is an error", () => {
    // Stranger 72: 659 false "2023 is not in the translation" in a yearly report, the English row read as item 2023.
    const row = (bg: string, en: string) => pair(`Показател\t${bg}`, `Item\t${en}`);
    expect(problems(row("2023\t2024", "2023\t2024"))).toEqual([]);
    expect(problems(pair("Таблица\t2022\t2023", "Table\t2022\t2023"))).toEqual([]);
    expect(problems(row("2023\t2024", "2023\t2025"))).toEqual([expect.objectContaining({ type: "numbers", severity: "error" })]);
    // A label is still one: "Article 12" opening a clause only one side numbers.
    expect(
      problems(
        pair(
          "Всяка страна може да го прекрати с тримесечно предизвестие.",
          "Article 12 Either party may terminate it with three months' notice.",
        ),
      ),
    ).toEqual([]);
  });
});

describe("versions are codes", () => {
  const bg = (v: string) => `Изтеглете фърмуер ${v} от сайта на производителя и го инсталирайте.`;
  const en = (v: string) => `Download firmware ${v} from the manufacturer's website and install it.`;

  test.each([
    ["FW-2.3.1", "FW-2.3.2"],
    ["2.3.1", "2.4.1"],
    ["FW-2.3.1", "FW-3.3.1"],
  ])("%s changed to %s is one error, from the codes check, naming both", (source, target) => {
    const flags = problems(pair(bg(source), en(target)));
    expect(flags).toEqual([
      expect.objectContaining({ type: "names", severity: "error", evidence: { source: [source], target: [target] } }),
    ]);
    expect(flags[0]!.reason).toBe(`the translation has ${target} where the source has ${source}: codes and e-mails are copied exactly`);
  });

  test("the same version on both sides, beside a numeric date and a decimal, raises nothing", () => {
    const b = pair(
      "Версия 2.3.1 на фърмуера, издадена на 15.03.2024 г., намалява консумацията с 2,5 %.",
      "Firmware version 2.3.1, released on 15 March 2024, cuts consumption by 2.5%.",
    );
    expect(problems(b)).toEqual([]);
  });
});

describe("links", () => {
  test("a changed web address is a warning of its own wording: check the address, not 'copied exactly'", () => {
    const b = pair("Вижте https://dunavsoft.bg/manual за подробности.", "See https://dunavsoft.bg/manuals for details.");
    const flags = problems(b);
    expect(flags).toEqual([expect.objectContaining({ type: "names", severity: "warning" })]);
    expect(flags[0]!.reason).toBe(
      "the link is changed: the translation has https://dunavsoft.bg/manuals where the source has https://dunavsoft.bg/manual; check the address",
    );
  });
});

describe("known names match their own entry", () => {
  test("Русе is Ruse and Банско Bansko: the stem they share with Русия (Russia) and БАН (BAS) does not count", () => {
    expect([...(knownNameTargets("bg", "en", "Русе")?.keys() ?? [])]).toEqual(["ruse"]);
    expect([...(knownNameTargets("bg", "en", "Банско")?.keys() ?? [])]).toEqual(["bansko"]);
    expect([...(knownNameTargets("bg", "en", "БАН")?.keys() ?? [])].sort()).toEqual(["bas", "bulgarian academi of scienc"]);
    expect([...(knownNameTargets("bg", "en", "Русия")?.keys() ?? [])]).toContain("russia");
  });

  test("'the mayor of Russia' for 'Кметът на Русе' is a warning naming Ruse and Russia", () => {
    const flags = problems(pair("Кметът на Русе откри новия мост в петък.", "The mayor of Russia opened the new bridge on Friday."));
    expect(flags).toEqual([
      expect.objectContaining({ type: "names", severity: "warning", evidence: expect.objectContaining({ expected: ["Ruse"] }) }),
    ]);
    expect(flags[0]!.reason).toBe("the name Русе (Ruse) is not in the translation, which names Russia instead: replaced by another name?");
  });

  test("'the mayor of BAS' for 'Кметът на Банско' is a warning; Ruse and Bansko themselves raise nothing", () => {
    const flags = problems(pair("Кметът на Банско откри новия мост в петък.", "The mayor of BAS opened the new bridge on Friday."));
    expect(flags).toEqual([
      expect.objectContaining({ type: "names", evidence: expect.objectContaining({ source: ["Банско"], expected: ["Bansko"] }) }),
    ]);
    expect(problems(pair("Кметът на Банско откри новия мост в петък.", "The mayor of Bansko opened the new bridge on Friday."))).toEqual(
      [],
    );
    expect(problems(pair("Кметът на Русе откри новия мост в петък.", "The mayor of Ruse opened the new bridge on Friday."))).toEqual([]);
  });

  test("a weekday is no name that replaced another: 'names Varna instead', not 'Varna, Friday'", () => {
    const flags = problems(pair("Кметът на Русе откри новия мост в петък.", "The mayor of Varna opened the new bridge on Friday."));
    expect(flags).toHaveLength(1);
    expect(flags[0]!.reason).toBe("the name Русе (Ruse) is not in the translation, which names Varna instead: replaced by another name?");
  });
});

describe("a town and a person after it are two names", () => {
  const bg = "Кметът на Враца Калин Каменов откри новия мост над реката.";

  test("the town replaced: a warning naming Vratsa and Pleven, the person carried", () => {
    const flags = problems(pair(bg, "The mayor of Pleven, Kalin Kamenov, opened the new bridge over the river."));
    expect(flags).toEqual([
      expect.objectContaining({ type: "names", evidence: expect.objectContaining({ source: ["Враца"], target: ["Pleven"] }) }),
    ]);
    expect(problems(pair(bg, "The mayor of Vratsa, Kalin Kamenov, opened the new bridge over the river."))).toEqual([]);
  });

  test("the person left out: the warning names the person alone", () => {
    const flags = problems(pair(bg, "The mayor of Vratsa opened the new bridge over the river."));
    expect(flags).toEqual([expect.objectContaining({ type: "names", evidence: expect.objectContaining({ source: ["Калин Каменов"] }) })]);
  });

  test("two towns and two people: the town swapped is found beside the people (Русе for Varna)", () => {
    const flags = problems(
      pair(
        "Кметовете на Пловдив и Русе Костадин Димитров и Пенчо Милков подписаха споразумение.",
        "The mayors of Plovdiv and Varna, Kostadin Dimitrov and Pencho Milkov, signed an agreement.",
      ),
    );
    expect(flags).toEqual([
      expect.objectContaining({ type: "names", evidence: expect.objectContaining({ source: ["Русе"], target: ["Varna"] }) }),
    ]);
  });

  test("a town named after a person (Гоце Делчев) and a person's full name are not cut", () => {
    expect(
      problems(
        pair("Кметът на Гоце Делчев откри новия мост над реката.", "The mayor of Gotse Delchev opened the new bridge over the river."),
      ),
    ).toEqual([]);
    expect(
      problems(
        pair("Договорът беше подписан от Петър Иванов Христов вчера.", "The contract was signed by Petar Ivanov Hristov yesterday."),
      ),
    ).toEqual([]);
  });
});

describe("a conversion the translation adds", () => {
  test("22 градуса and '22 degrees Celsius (72°F)': the Fahrenheit figure is no added number", () => {
    const b = pair(
      "Температурата в залата ще бъде около 22 градуса.",
      "The temperature in the hall will be about 22 degrees Celsius (72°F).",
    );
    expect(problems(b)).toEqual([]);
  });

  test("100 лв. and 'BGN 100 (EUR 51)': the lev's fixed rate to the euro; EUR 61 is an added number, EUR 100 another currency", () => {
    const bg = "Билетът за концерта струва 100 лв. и се купува онлайн.";
    const en = (price: string) => `The ticket for the concert costs ${price} and is bought online.`;
    expect(problems(pair(bg, en("BGN 100 (EUR 51)")))).toEqual([]);
    expect(problems(pair(bg, en("EUR 51")))).toEqual([]);
    expect(problems(pair(bg, en("BGN 100 (EUR 61)")))).toEqual([
      expect.objectContaining({ type: "numbers", evidence: { source: [], target: ["61"] } }),
    ]);
    expect(problems(pair(bg, en("EUR 100")))).toEqual([expect.objectContaining({ type: "units", severity: "error" })]);
  });

  test("but 25 градуса and '22 degrees Celsius (72°F)' is still a changed number", () => {
    const b = pair(
      "Температурата в залата ще бъде около 25 градуса.",
      "The temperature in the hall will be about 22 degrees Celsius (72°F).",
    );
    expect(problems(b)).toEqual([expect.objectContaining({ type: "numbers", severity: "error" })]);
  });
});

describe("a table row's figures, separated by spaces only", () => {
  test("the figure that changed is named, not the row it stands in", () => {
    // A stranger's report: "the translation says 46,050.0 7,564.5 where the source says 4 605,0 7 564,5" for one figure off.
    const b = align(
      "Приходи от продажби 4 605,0 7 564,5\nРазходи за персонал 5 956,2 4 942,7 20,5\n",
      "Revenue from sales 46,050.0 7,564.5\nStaff costs 59,562.0 4,942.7 20.5\n",
      { segmented: true },
    );
    expect(problems(b).map((f) => [f.type, f.reason, f.evidence])).toEqual([
      ["numbers", "the translation says 46,050.0 where the source says 4 605,0", { source: ["4 605,0"], target: ["46,050.0"] }],
      ["numbers", "the translation says 59,562.0 where the source says 5 956,2", { source: ["5 956,2"], target: ["59,562.0"] }],
    ]);
  });
});
