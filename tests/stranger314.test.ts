/**
 * What the seventy-fourth session mended from its strangers (314-) and the seventy-third's list: an amount bracketed
 * whole with its currency, "(EUR 2.3 million)", read below zero where it stands as a value.
 */

import {
  align,
  checkExitCode,
  checkReport,
  checkToGithub,
  checkToJunit,
  checkToSarif,
  problems,
  renderCheckJson,
  runExitCode,
  type SverkaError,
} from "../src/index.js";
import { getLanguage } from "../src/lang/index.js";
import { tokenize } from "../src/score/tokens.js";
import { flagTexts, pairFlagTexts } from "./helpers.js";

describe("an amount bracketed with its currency and magnitude is below zero where it stands as a value (stranger 311)", () => {
  test("after a copula: the sign lost in a translation that says a gain, or the bare amount, is an error", () => {
    expect(
      pairFlagTexts(
        "The fair value change of our allowance hedge was (EUR 2.3 million).",
        "Промяната в справедливата стойност на хеджа на квотите беше печалба от 2,3 млн. евро.",
        "en",
        "bg",
      ),
    ).toEqual([
      "error numbers: the source writes (EUR 2.3 million) below zero where the translation has 2,3 млн. with no brackets, minus or word of a loss: sign lost?",
    ]);
    expect(
      pairFlagTexts(
        "Промяната в справедливата стойност на хеджа беше (2,3 млн. лв.).",
        "The fair value change of the hedge was BGN 2.3 million.",
      ),
    ).toEqual([
      "error numbers: the source writes (2,3 млн. лв.) below zero where the translation has 2.3 million with no brackets, minus or word of a loss: sign lost?",
    ]);
  });

  test("alone in a table's cell too", () => {
    expect(
      pairFlagTexts("Резултат от хеджиране\t(2,3 млн. лв.)\t1,1 млн. лв.", "Hedging result\tBGN 2.3 million\tBGN 1.1 million"),
    ).toEqual([
      "error numbers: the source writes (2,3 млн. лв.) below zero where the translation has 2.3 million with no brackets, minus or word of a loss: sign lost?",
    ]);
  });

  test("kept on both sides, a conversion after another amount and an aside after a noun are no sign", () => {
    expect(pairFlagTexts("Промяната беше (2,3 млн. лв.).", "The change was (BGN 2.3 million).")).toEqual([]);
    expect(pairFlagTexts("Приходите са 12,5 млн. лв. (6,4 млн. евро).", "Revenue was BGN 12.5 million (EUR 6.4 million).")).toEqual([]);
    expect(
      pairFlagTexts("Получената субсидия (1,2 млн. лв.) е изплатена изцяло.", "The grant received (BGN 1.2 million) was paid in full."),
    ).toEqual([]);
    expect(pairFlagTexts("Получената субсидия е 1,2 млн. лв.", "The grant received (BGN 1.2 million) was paid in full.")).toEqual([]);
  });
});

describe("a unit's symbols are no words left in the source's script (stranger 315)", () => {
  test("an eligibility criterion with its units in Latin letters is translated", () => {
    expect(pairFlagTexts("4) eGFR below 30 mL/min/1.73 m².", "4) eGFR под 30 ml/min/1,73 m².", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("5) Body weight above 120 kg.", "5) Телесно тегло над 120 kg.", "en", "bg")).toEqual([]);
  });

  test("words left in English beside a unit still are", () => {
    expect(
      pairFlagTexts(
        "Take the tablets with a full glass of water.\nDo not exceed 20 mg per day.",
        "Приемайте таблетките с пълна чаша вода.\nDo not take more than 20 mg per day.",
        "en",
        "bg",
      ),
    ).toEqual(["error untranslated: the translation is in Latin script, like the source (English), not Bulgarian"]);
  });
});

describe("a time written with a point where decimals take a comma (stranger 317)", () => {
  const hours = (time: string) => [
    "Работно време\n\nРесторантът сервира закуска всяка сутрин.\n" +
      `Барът до басейна работи ${time}\n` +
      "Лоби барът сервира коктейли всяка вечер.",
    "Opening hours\n\nThe restaurant serves breakfast every morning.\nThe pool bar is open from 10:30 am to 6:30 pm.\nThe lobby bar serves cocktails every evening.",
  ];

  test("opening hours from 10.30 to 18.30 are the English 10:30 am to 6:30 pm, each sentence with its own", () => {
    for (const time of ["от 10.30 до 18.30 ч.", "от 10:30 до 18:30 ч.", "10.30-18.30 ч."]) {
      const [bg, en] = hours(time);
      const b = align(en!, bg!, { sourceLang: "en", targetLang: "bg" });
      expect([time, b.links.map((l) => `${l.source}:${l.target}`).join(" ")]).toEqual([time, "0:0 1:1 2:2 3:3"]);
      expect([time, flagTexts(b)]).toEqual([time, []]);
    }
  });

  test("an hour changed is still said", () => {
    const [bg, en] = hours("от 10.30 до 20.30 ч.");
    expect(flagTexts(align(en!, bg!, { sourceLang: "en", targetLang: "bg" }))).toEqual([
      "error numbers: the translation says 20.30 ч. where the source says 6:30 pm",
    ]);
  });

  test("an amount with a point is no time, nor a time without the hour's mark", () => {
    const keys = (text: string) =>
      tokenize(text, getLanguage("bg"))
        .filter((t) => t.kind === "number")
        .map((t) => t.key);
    expect(keys("в 18.30 ч. започва")).toEqual(["18:30"]);
    expect(keys("от 9.30 до 18 ч.")).toEqual(["09:30", "18"]);
    expect(keys("индексът е 10.30 пункта")).not.toContain("10:30");
    expect(
      tokenize("from 10.30 to 18.30 h", getLanguage("en"))
        .filter((t) => t.kind === "number")
        .map((t) => t.key),
    ).not.toContain("10:30");
  });
});

describe("a page whose short list items the lexicon lacks is a translation (stranger 317)", () => {
  test("a room's amenities paired by place are no sign of unrelated text", () => {
    const en = [
      "# Standard Double Room",
      "",
      "The room is 22 m² and has a balcony.",
      "",
      "## Amenities",
      "",
      ...["Air conditioning", "Flat-screen TV", "Minibar", "Electric kettle", "Safe", "Hairdryer", "Slippers"].map((i) => `- ${i}`),
      "",
      "Price per night: EUR 85.",
    ].join("\n");
    const bg = [
      "# Стандартна двойна стая",
      "",
      "Стаята е с площ 22 кв. м и има балкон.",
      "",
      "## Удобства",
      "",
      ...["Климатик", "Телевизор с плосък екран", "Минибар", "Електрическа кана", "Сейф", "Сешоар", "Чехли"].map((i) => `- ${i}`),
      "",
      "Цена за нощувка: 85 EUR.",
    ].join("\n");
    const b = align(en, bg, { sourceLang: "en", targetLang: "bg" });
    expect(b.documentFlags ?? []).toEqual([]);
    expect(b.links.map((l) => `${l.source}:${l.target}`).join(" ")).toBe("0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10");
  });
});

describe("a loan's lender named its creditor (stranger 314)", () => {
  const bg = [
    "Чл. 1. Кредиторът предоставя на Кредитополучателя кредит в размер на 25 000 лв.",
    "Чл. 2. Кредиторът има право да прекрати договора.",
    "Чл. 3. Кредитополучателят учредява в полза на Кредитора особен залог върху вземанията по сметката си.",
    "Чл. 4. Разходите по учредяване на обезпечението са за сметка на кредитора.",
  ];
  const right = [
    "Art. 1. The Lender grants the Borrower a loan in the amount of BGN 25,000.",
    "Art. 2. The Lender has the right to terminate the Agreement.",
    "Art. 3. The Borrower shall establish in favour of the Lender a special pledge over the receivables on its account.",
    "Art. 4. The costs of establishing the collateral shall be borne by the creditor.",
  ];
  const swapped = [
    right[0]!,
    "Art. 2. The Borrower has the right to terminate the Agreement.",
    "Art. 3. The Lender shall establish in favour of the Borrower a special pledge over the receivables on its account.",
    "Art. 4. The costs of establishing the collateral shall be borne by the borrower.",
  ];

  test("swapped with the borrower, alone or with both parties named, as 'Кредитодател' is", () => {
    const expected = [
      "error names: the parties are swapped: the translation says Borrower where the source says Кредиторът",
      "error names: the parties are swapped: in the source Кредитополучателят acts, in the translation Lender",
      "error names: the parties are swapped: the translation says borrower where the source says кредитора",
    ];
    expect(pairFlagTexts(bg.join("\n"), swapped.join("\n"))).toEqual(expected);
    // The '-ът' article a '-тел' noun is often written with names the party too.
    const lender = bg.map((s) => s.replace(/Кредитор(ът|а)/gu, "Кредитодател$1").replace("кредитора", "кредитодателя"));
    expect(pairFlagTexts(lender.join("\n"), swapped.join("\n"))).toHaveLength(3);
  });

  test("the lender or the creditor for 'Кредиторът' is no swap", () => {
    expect(pairFlagTexts(bg.join("\n"), right.join("\n"))).toEqual([]);
  });
});

describe("a gate's severity checked at the library's door (stranger 316)", () => {
  const b = align("Цената е 100 лв.\nДоставката е безплатна.", "The price is BGN 1,000.\nDelivery is free.");

  test("a severity misspelt is an error of exit code 2, not a gate that passes", () => {
    for (const failOn of ["warn", "ERROR", 5]) {
      expect(() => checkReport(b, { failOn } as never)).toThrow(/checkReport: option failOn must be one of "info", "warning", "error"/u);
      expect(() => checkExitCode(problems(b), failOn as never)).toThrow(/checkExitCode: failOn must be one of/u);
    }
    expect(() => checkReport(b, { failon: "warning" } as never)).toThrow(/unknown option failon/u);
    try {
      checkReport(b, { failOn: "warn" } as never);
    } catch (e) {
      expect((e as SverkaError).exitCode).toBe(2);
    }
    expect(checkReport(b, { failOn: "error" }).exitCode).toBe(1);
  });

  test("a run whose failOn is not its reports' is refused by every writer", () => {
    const run = { reports: [checkReport(b)], failures: [], failOn: "warning" as const, many: false };
    for (const write of [checkToJunit, checkToSarif, checkToGithub, renderCheckJson, runExitCode])
      expect(() => write(run)).toThrow(/the run's failOn is "warning", and a report in it was made with "error"/u);
    const agreed = { ...run, reports: [checkReport(b, { failOn: "warning" })] };
    expect(runExitCode(agreed)).toBe(1);
    expect(checkToJunit(agreed)).toMatch(/failures="1"/u);
  });
});
