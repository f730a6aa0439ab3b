/**
 * What the seventy-fourth session mended from its strangers (314-) and the seventy-third's list: an amount bracketed
 * whole with its currency, "(EUR 2.3 million)", read below zero where it stands as a value.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyChange, applyEdit, changeOf, editProblem, invertChange } from "../src/edit/index.js";
import {
  align,
  alignFiles,
  checkExitCode,
  checkReport,
  checkToGithub,
  checkToJunit,
  checkToSarif,
  formats,
  problems,
  renderCheckJson,
  runExitCode,
  type SverkaError,
} from "../src/index.js";
import { getLanguage } from "../src/lang/index.js";
import { localized } from "../src/review/checks/codes.js";
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

describe("a trial's finding, a test's sides and a ratio's kind turned (stranger 315)", () => {
  test("non-inferior made inferior, superior made inferior, hazard made odds, one-sided made two-sided: errors", () => {
    const flags = pairFlagTexts(
      [
        "The primary objective is to demonstrate that intravenous iron is non-inferior to oral iron.",
        "Lorvenatide was non-inferior to semaglutide.",
        "Lorvenatide was superior to placebo.",
        "The time to first hospitalisation did not differ significantly (hazard ratio 0.84; 95% CI 0.61-1.16).",
        "The power calculation assumed a one-sided alpha of 0.025.",
      ].join("\n"),
      [
        "Първичната цел е да се докаже, че интравенозното желязо отстъпва на пероралното желязо.",
        "Лорвенатид е инфериорен спрямо семаглутид.",
        "Лорвенатид отстъпваше на плацебо.",
        "Времето до първата хоспитализация не се различаваше значимо (отношение на шансовете 0,84; 95% ДИ 0,61–1,16).",
        "Изчислението на мощността приема двустранна алфа 0,025.",
      ].join("\n"),
      "en",
      "bg",
    );
    expect(flags.map((f) => f.replace(/: another .*/u, ""))).toEqual([
      'error terms: the source says "non-inferior" (non-inferior), the translation "отстъпва на" (inferior)',
      'error terms: the source says "non-inferior" (non-inferior), the translation "инфериорен" (inferior)',
      'error terms: the source says "superior to" (superior), the translation "отстъпваше на" (inferior)',
      'error terms: the source says "hazard ratio" (hazard), the translation "отношение на шансовете" (odds)',
      'error terms: the source says "one-sided" (one-sided), the translation "двустранна" (two-sided)',
    ]);
  });

  test("the same findings translated are clean", () => {
    expect(
      pairFlagTexts(
        [
          "Intravenous iron was non-inferior to oral iron.",
          "Lorvenatide was superior to placebo.",
          "The hazard ratio was 0.84 (95% CI 0.61-1.16).",
          "We used a two-sided test.",
        ].join("\n"),
        [
          "Интравенозното желязо не отстъпва на пероралното желязо.",
          "Лорвенатид превъзхожда плацебо.",
          "Коефициентът на риск беше 0,84 (95% ДИ 0,61–1,16).",
          "Използвахме двустранен тест.",
        ].join("\n"),
        "en",
        "bg",
      ),
    ).toEqual([]);
  });
});

describe("a negation lost on a word the lexicon translates is an error (strangers 314, 316, 317)", () => {
  test("'не е подходящ' made 'suitable', 'не се дължи' made 'due'", () => {
    expect(pairFlagTexts("Уредът не е подходящ за употреба на открито.", "The device is suitable for outdoor use.")).toEqual([
      'error negation: the source says "не е подходящ за", and the translation has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Басейнът не е подходящ за деца под 16 години.", "The pool is suitable for children under 16.")).toHaveLength(1);
    expect(pairFlagTexts("Не се дължи обезщетение за предсрочно погасяване.", "Compensation shall be due for early repayment.")[0]).toMatch(
      /^error negation/u,
    );
    expect(pairFlagTexts("Уредът не е подходящ за употреба на открито.", "The device is unsuitable for outdoor use.")).toEqual([]);
    expect(pairFlagTexts("Не се дължи обезщетение за предсрочно погасяване.", "No compensation is payable for early repayment.")).toEqual(
      [],
    );
  });
});

describe("what a product sheet and a loan agreement say otherwise (strangers 314, 316)", () => {
  test("'при липса на' is 'when there is no': no negation added", () => {
    expect(pairFlagTexts("1. Автоматично изключване при липса на вода.", "1. Switches off automatically when there is no water.")).toEqual(
      [],
    );
    expect(
      pairFlagTexts("Приложението работи и при липса на връзка с интернет.", "The app also works when there is no internet connection."),
    ).toEqual([]);
    expect(pairFlagTexts("Уредът работи при наличие на вода.", "The appliance works when there is no water.")[0]).toMatch(
      /^error negation/u,
    );
  });

  test("data by its decimal prefixes converts; a size changed is still an error", () => {
    expect(pairFlagTexts("Приложението заема 500 MB памет.", "The app takes up 0.5 GB of memory.")).toEqual([]);
    expect(pairFlagTexts("Файлът е 1,5 GB.", "The file is 1,500 MB.")).toEqual([]);
    expect(pairFlagTexts("Файлът е 150 МБ.", "The file is 1.5 GB.")).toEqual([
      "error numbers: the translation says 1.5 where the source says 150",
    ]);
  });

  test("a rate per year made per month with 'per cent' between", () => {
    expect(pairFlagTexts("Лихвата е 3,5 % годишно.", "The interest is 3.5 per cent per month.")).toEqual([
      "error units: the translation says 3.5 per cent per month where the source says 3,5 % годишно: another period",
    ]);
    expect(pairFlagTexts("Лихвата е 3,5 % годишно.", "The interest is 3.5 per cent per annum.")).toEqual([]);
  });
});

describe("a person renamed after a sentence's first word (stranger 319)", () => {
  const bg = [
    "Вчера Петър Новак ми се обади.",
    "Той каза, че ще дойде утре сутринта.",
    "Срещата ще бъде в офиса на фирмата.",
    "Не забравяй да донесеш документите.",
  ];
  const en = [
    "Yesterday Peter Novak called me.",
    "He said he would come tomorrow morning.",
    "The meeting will be at the company office.",
    "Do not forget to bring the documents.",
  ];
  const renamed = (lines: readonly string[], from: string, to: string) => lines.map((l, n) => (n === 0 ? l.replace(from, to) : l));

  test("Bulgarian into English: 'Петър Новак' / 'Peter Morgan'", () => {
    expect(pairFlagTexts(bg.join("\n"), renamed(en, "Novak", "Morgan").join("\n"))).toEqual([
      "warning names: the name Петър Новак (Petar Novak) is not in the translation, which names Morgan instead: replaced by another name?",
    ]);
    expect(pairFlagTexts(bg.join("\n"), en.join("\n"))).toEqual([]);
  });

  test("English into Bulgarian: 'Peter Novak' / 'Питър Морган'", () => {
    expect(pairFlagTexts(en.join("\n"), renamed(bg, "Петър Новак", "Питър Морган").join("\n"), "en", "bg")).toEqual([
      "warning names: the name Peter Novak is not in the translation, which names Морган instead: replaced by another name?",
    ]);
    expect(pairFlagTexts(en.join("\n"), renamed(bg, "Петър Новак", "Питър Новак").join("\n"), "en", "bg")).toEqual([]);
  });
});

describe("a sentence left in the source's language where both write one script (stranger 320)", () => {
  test("Russian left in a Bulgarian translation is told by the letters Bulgarian lacks", () => {
    const flags = pairFlagTexts(
      "Министерство обещает публиковать отчёт ежеквартально.\nПервый отчёт ожидается в октябре.\nЖители Подмосковья жалуются на электрички.",
      "Министерството обещава да публикува отчет всяко тримесечие.\nПервый отчёт ожидается в октябре месяце.\nЖителите на Подмосковието се оплакват от електричките.",
      "ru",
      "bg",
    );
    expect(flags.filter((f) => !f.startsWith("info"))).toEqual([
      "error untranslated: the translation writes letters Bulgarian does not use (ы, ё), as Russian does: left in Russian?",
    ]);
  });

  test("a Russian name in a Bulgarian sentence is no sentence left in Russian", () => {
    const flags = pairFlagTexts("Писатель Крылов родился в Москве.", "Писателят Крылов е роден в Москва.", "ru", "bg");
    expect(flags.filter((f) => !f.startsWith("info"))).toEqual([]);
  });
});

describe("a short line of dialogue left out of subtitles (stranger 319)", () => {
  const cues = (lines: readonly string[]) =>
    lines
      .map(
        (l, n) => `${n + 1}\n00:00:${String(2 * n + 1).padStart(2, "0")},000 --> 00:00:${String(2 * n + 2).padStart(2, "0")},000\n${l}\n`,
      )
      .join("\n");
  const en = [
    "We have to sell the house.",
    "What?",
    "The bank called again this morning.",
    "It wants the money by Friday.",
    "Look, I'm sorry, okay?",
    "I will find a way.",
  ];
  const bg = ["Трябва да продадем къщата.", "Банката пак се обади тази сутрин.", "Иска парите до петък.", "Ще намеря начин."];

  test("a warning in subtitle files, an error in plain text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-subs-"));
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const srt = await alignFiles(write("en.srt", cues(en)), write("bg.srt", cues(bg)), { sourceLang: "en", targetLang: "bg" });
    expect(flagTexts(srt)).toEqual([
      'warning missing: this line is not in the translated subtitles ("What?"): a short line of dialogue, which subtitles may leave out to condense the speech; left out on purpose?',
      'warning missing: this line is not in the translated subtitles ("Look, I\'m sorry, okay?"): a short line of dialogue, which subtitles may leave out to condense the speech; left out on purpose?',
    ]);
    const txt = await alignFiles(write("en.txt", en.join("\n")), write("bg.txt", bg.join("\n")), { sourceLang: "en", targetLang: "bg" });
    expect(flagTexts(txt).every((f) => f.startsWith("error missing"))).toBe(true);
    // A line with a figure or a name is what the scene says: an error in subtitles too.
    const named = await alignFiles(
      write("en2.srt", cues([...en.slice(0, 3), "Tom owes us 50 dollars.", en[3]!, en[5]!])),
      write("bg2.srt", cues(bg)),
      { sourceLang: "en", targetLang: "bg" },
    );
    expect(flagTexts(named).filter((f) => f.startsWith("error missing"))).toHaveLength(1);
    // Nor a short line that says no: a reply, what the scene says (regress74: "- Nobody said you did." passed).
    const no = await alignFiles(
      write("en3.srt", cues([en[0]!, "- Nobody said you did.", ...en.slice(2, 4), en[5]!])),
      write("bg3.srt", cues(bg)),
      { sourceLang: "en", targetLang: "bg" },
    );
    expect(flagTexts(no).filter((f) => f.startsWith("error missing"))).toHaveLength(1);
  });
});

describe("a link to the page in the translation's language on a domain of its country (stranger 317)", () => {
  test("'blackseapearl.bg/en/location' is 'blackseapearl.bg/bg/location'; another domain is a link changed", () => {
    expect(localized("https://www.blackseapearl.bg/en/location", "https://www.blackseapearl.bg/bg/location", "en", "bg")).toBe(true);
    expect(localized("https://termosmart.bg/bg/faq", "https://termosmart.bg/en/faq", "bg", "en")).toBe(true);
    expect(localized("https://www.blackseapearl.bg/en/location", "https://www.blackseapearl.com/bg/location", "en", "bg")).toBe(false);
    expect(localized("https://example.com/en/a", "https://example.com/de/a", "en", "bg")).toBe(false);
  });
});

describe("a telephone number grouped otherwise is one number (stranger 317)", () => {
  const en = "Contacts\n\nOur reception is open 24 hours a day.\nCall us on +359 550 22 345.\nWe look forward to hearing from you.";
  const bg = (phone: string) => `Контакти\n\nРецепцията ни работи денонощно.\nОбадете ни се на ${phone}.\nОчакваме вашето обаждане.`;

  test("its digits are compared, not its groups; a digit changed is an error", () => {
    expect(flagTexts(align(en, bg("+359 55 022 345"), { sourceLang: "en", targetLang: "bg" }))).toEqual([]);
    expect(flagTexts(align(en, bg("+359 55 022 354"), { sourceLang: "en", targetLang: "bg" }))).toEqual([
      "error numbers: the translation has the telephone number +359 55 022 354 where the source has +359 550 22 345",
    ]);
    const keys = (text: string) =>
      tokenize(text, getLanguage("en"))
        .filter((t) => t.kind === "number")
        .map((t) => t.key);
    // Its national digits: the country code left out, as the trunk 0 of "020 7946 0958" is.
    expect(keys("Call +44 20 7946 0958 now")).toEqual(["2079460958"]);
    expect(keys("Call 020 7946 0958 now")).toEqual(["2079460958"]);
    expect(keys("2+3 is 5, and +12.5 °C")).toEqual(["2", "3", "5", "12.5"]);
  });
});

describe("a numbered item merged into the one before is told once (stranger 318)", () => {
  test("the merge's warning, not its number's besides", () => {
    const flags = pairFlagTexts(
      [
        "27. Срокът за доставка е 60 календарни дни.",
        "28. Предложен срок, по-кратък от 10 календарни дни, не се приема.",
        "29. При равна комплексна оценка за изпълнител се определя участникът с по-ниска предложена цена.",
        "30. Максималният брой точки, който може да получи участник, е 100.",
        "31. Гаранцията за изпълнение е в размер на 5 % от стойността на договора.",
      ].join("\n"),
      [
        "27. The delivery time is 60 calendar days.",
        "28. A proposed delivery time shorter than 10 calendar days shall not be accepted.",
        "29. Where overall scores are equal, the tenderer offering the lower price shall be selected, and the maximum number of points a tenderer can receive is 100.",
        "31. The performance guarantee shall amount to 5 per cent of the contract value.",
      ].join("\n"),
    );
    expect(flags.filter((f) => !f.startsWith("info"))).toEqual([
      'warning merged: source sentence 4 is a numbered step of its own ("30."), translated inside translation sentence 3, which does not number it: steps merged, the translation\'s numbering skips 30?',
    ]);
  });
});

describe("a study's results turned (stranger 315)", () => {
  test("'none of which was serious' made 'които са били сериозни' is a negation lost", () => {
    expect(
      pairFlagTexts(
        "Adverse events occurred in 12 patients, none of which was serious.",
        "Нежелани събития са настъпили при 12 пациенти, които са били сериозни.",
        "en",
        "bg",
      ),
    ).toEqual([
      'error negation: the source\'s "none of which was serious" says no to "serious", and the translation says "сериозни" with no negation before it: meaning reversed?',
    ]);
    expect(
      pairFlagTexts(
        "Adverse events occurred in 12 patients, none of which was serious.",
        "Нежелани събития са настъпили при 12 пациенти, като нито едно от тях не е било сериозно.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("two rates compared in the other order: a warning", () => {
    const en = "Nausea was more common with lorvenatide than with placebo (6.1% vs. 1.9%).";
    expect(pairFlagTexts(en, "Гаденето е било по-често при лорвенатид, отколкото при плацебо (1,9% срещу 6,1%).", "en", "bg")).toEqual([
      "warning numbers: the numbers are swapped? the source compares 6.1% vs. 1.9%, the translation 1,9% срещу 6,1%: the figures in the other order, each given to the other group?",
    ]);
    expect(pairFlagTexts(en, "Гаденето е било по-често при лорвенатид, отколкото при плацебо (6,1% срещу 1,9%).", "en", "bg")).toEqual([]);
  });
});

describe("a law cited as another (stranger 305)", () => {
  test("'ЗЗД' / 'Civil Procedure Code' and 'ГПК' / 'Obligations and Contracts Act' are errors; the same laws are clean", () => {
    const bg = "Предявен е иск с правно основание чл. 232, ал. 2 от ЗЗД.\n\nПроизводството е по реда на чл. 258 и сл. от ГПК.";
    expect(
      pairFlagTexts(
        bg,
        "The claim brought is based on Article 232(2) of the Civil Procedure Code.\n\nThe proceedings are under Article 258 et seq. of the Obligations and Contracts Act.",
      ),
    ).toEqual([
      'error terms: the source says "ЗЗД" (OCA), the translation "Civil Procedure Code" (CPC): another law?',
      'error terms: the source says "ГПК" (CPC), the translation "Obligations and Contracts Act" (OCA): another law?',
    ]);
    expect(
      pairFlagTexts(
        bg,
        "The claim brought is based on Article 232(2) of the Obligations and Contracts Act.\n\nThe proceedings are under Article 258 et seq. of the Civil Procedure Code.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "Съгласно Закона за обществените поръчки жалбата се подава пред КЗК.",
        "Under the Public Procurement Act, the appeal is lodged with the CPC.",
      ),
    ).toEqual([]);
  });
});

describe("a character renamed (stranger 323)", () => {
  test("'Радослав' / 'Stanislav' alone, with a surname, and after a sentence's first word", () => {
    const flags = pairFlagTexts(
      [
        "Радослав седна на пейката пред хана.",
        "Елена запали лампата.",
        "Вечерта Радослав Петков седна на пейката пред хана.",
        "Вечерта Радослав седна до Елена.",
      ].join("\n\n"),
      [
        "Stanislav sat down on the bench outside the inn.",
        "Elena lit the lamp.",
        "In the evening Stanislav Petkov sat down on the bench outside the inn.",
        "In the evening Stanislav sat down next to Elena.",
      ].join("\n\n"),
    );
    expect(flags).toEqual([
      "warning names: the name Радослав (Radoslav) is not in the translation, which names Stanislav instead: replaced by another name?",
      "warning names: the name Радослав Петков (Radoslav Petkov) is not in the translation, which names Stanislav instead: replaced by another name?",
      "warning names: the name Радослав (Radoslav) is not in the translation, which names Stanislav instead: replaced by another name?",
    ]);
  });

  test("the same character is not flagged", () => {
    expect(
      pairFlagTexts(
        "Радослав седна на пейката пред хана.\n\nЕлена запали лампата.\n\nВечерта Радослав седна до Елена.",
        "Radoslav sat down on the bench outside the inn.\n\nElena lit the lamp.\n\nIn the evening Radoslav sat down next to Elena.",
      ),
    ).toEqual([]);
  });
});

describe("a translation typed for a sentence the translation left out (stranger 321)", () => {
  test("the edit sets the link's translation, the memory takes it, undo clears it", () => {
    const b = align(
      "Първото изречение е тук.\nВторото изречение липсва в превода.\nТретото изречение е тук.",
      "The first sentence is here.\nThe third sentence is here.",
    );
    const k = b.links.findIndex((l) => l.target.length === 0);
    expect(k).toBe(1);
    const change = changeOf(b, { op: "translate", link: k, text: " The second sentence is missing from the translation. " });
    const typed = applyChange(b, change);
    expect(typed.links[k]!.correction).toBe("The second sentence is missing from the translation.");
    expect(formats.tmx.write(typed)).toContain("<seg>The second sentence is missing from the translation.</seg>");
    expect(applyChange(typed, invertChange(change))).toEqual(b);
    expect(editProblem(b, { op: "translate", link: k, text: "" })).toMatch(/no typed translation to clear/u);
    expect(applyEdit(typed, { op: "translate", link: k, text: "" }).links[k]!.correction).toBeUndefined();
    const added = align("Първото изречение е тук.", "The first sentence is here.\nAn added sentence.");
    expect(editProblem(added, { op: "translate", link: added.links.findIndex((l) => l.source.length === 0), text: "x" })).toMatch(
      /no source sentence/u,
    );
  });
});

describe("a command line is code, the same in any language (stranger 322)", () => {
  test("copied on its own line or inside a translated sentence: not untranslated", () => {
    expect(
      pairFlagTexts(
        "Open a terminal and run the following command:\nsudo apt install ./datasync-pro_4.2.1_amd64.deb\nOn Linux, run sudo apt remove datasync-pro.",
        "Отворете терминал и изпълнете следната команда:\nsudo apt install ./datasync-pro_4.2.1_amd64.deb\nВ Linux изпълнете sudo apt remove datasync-pro.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("a sentence left in English beside a command still is", () => {
    expect(
      pairFlagTexts(
        "Open a terminal and run the following command:\nOn Linux, run sudo apt remove datasync-pro.",
        "Отворете терминал и изпълнете следната команда:\nOn Linux, you should run sudo apt remove datasync-pro.",
        "en",
        "bg",
      ),
    ).toEqual(["error untranslated: the translation is in Latin script, like the source (English), not Bulgarian"]);
  });
});

describe("a step left out of a short procedure is the one said (stranger 322)", () => {
  test("'3. Accept the license agreement' left out, the steps after renumbered", () => {
    const b = align(
      [
        "To install DataSync Pro on Windows:",
        "1. Download the installer DataSyncPro-4.2.1-x64.msi from the portal.",
        "2. Double-click the file.",
        "3. Accept the license agreement and click Next.",
        "4. Select the installation folder.",
        "5. Click Install and wait until the installation is complete.",
      ].join("\n"),
      [
        "За да инсталирате DataSync Pro в Windows:",
        "1. Изтеглете инсталационния файл DataSyncPro-4.2.1-x64.msi от портала.",
        "2. Щракнете двукратно върху файла.",
        "3. Изберете папката за инсталиране.",
        "4. Щракнете върху Инсталирай и изчакайте инсталирането да завърши.",
      ].join("\n"),
      { sourceLang: "en", targetLang: "bg" },
    );
    expect(b.links.map((l) => `${l.source.map((i) => i + 1)}:${l.target.map((j) => j + 1)}`).join(" ")).toBe("1:1 2:2 3:3 4: 5:4 6:5");
  });
});

describe("a list renumbered after a step left out, another step split in two (stranger 322)", () => {
  test("the step left out is the one error; the numbers after it are no errors", () => {
    const flags = pairFlagTexts(
      [
        "To install DataSync Pro on Windows:",
        "1. Download the installer DataSyncPro-4.2.1-x64.msi from the portal.",
        "2. Double-click the file and click Yes when Windows asks for permission.",
        "3. Accept the license agreement and click Next.",
        "4. Select the installation folder.",
        "5. Click Install and wait until the installation is complete.",
        "6. Restart the computer if the installer prompts you to do so.",
      ].join("\n"),
      [
        "За да инсталирате DataSync Pro в Windows:",
        "1. Изтеглете инсталационния файл DataSyncPro-4.2.1-x64.msi от портала.",
        "2. Щракнете двукратно върху файла. Когато Windows поиска разрешение, щракнете върху Да.",
        "3. Изберете папката за инсталиране.",
        "4. Щракнете върху Инсталирай и изчакайте инсталирането да завърши.",
        "5. Рестартирайте компютъра, ако инсталаторът ви подкани да го направите.",
      ].join("\n"),
      "en",
      "bg",
    );
    expect(flags.filter((f) => f.startsWith("error"))).toEqual(["error missing: this sentence is not translated"]);
  });
});

describe("a schedule set with spaces keeps its header apart from its first row (stranger 314)", () => {
  test("rows of figures two spaces apart are lines of their own; sentences spaced twice are not cells", () => {
    const bg = [
      "ПОГАСИТЕЛЕН ПЛАН",
      "",
      "№  Падеж        Главница, лв.  Лихва, лв.  Остатък, лв.",
      "1  15.04.2025   383,12         72,92       24 616,88",
      "2  15.05.2025   384,24         71,80       24 232,64",
    ].join("\n");
    const en = [
      "REPAYMENT SCHEDULE",
      "",
      "No.  Due date     Principal, BGN  Interest, BGN  Balance, BGN",
      "1    15.04.2025   383.12          72.92          24,616.88",
      "2    15.05.2025   384.24          71.80          24,232.64",
    ].join("\n");
    const b = align(bg, en);
    const texts = (side: typeof b.source) => side.segments.map((s) => s.text.replace(/\s+/gu, " "));
    // Each row a segment of its own, the header apart from row 1 (before, "Падеж ... Остатък, лв. 1 15.04.2025 ...").
    expect(texts(b.source).slice(-2)).toEqual(["1 15.04.2025 383,12 72,92 24 616,88", "2 15.05.2025 384,24 71,80 24 232,64"]);
    expect(texts(b.target).slice(-2)).toEqual(["1 15.04.2025 383.12 72.92 24,616.88", "2 15.05.2025 384.24 71.80 24,232.64"]);
    expect(b.links.slice(-2).map((l) => l.kind)).toEqual(["1-1", "1-1"]);
    const prose = align(
      "Първото изречение е тук.  Второто следва\nна следващия ред.  И трето.",
      "The first sentence is here.  The second one follows\nit on the next line.  And a third.",
    );
    expect(texts(prose.target)).toEqual(["The first sentence is here.", "The second one follows it on the next line.", "And a third."]);
  });
});

describe("a menu's lines, each with its price after a dash, are lines of their own (stranger 324)", () => {
  test("dishes are not run into one sentence", () => {
    const b = align(
      "САЛАТИ\nШопска салата – домати, краставици, печени чушки, лук и сирене, 350 г – 9,80 лв.\nСалата „Снежанка“ – цедено кисело мляко, краставици, чесън и орехи, 300 г – 7,50 лв.\nЗелена салата с рукола и пармезан, 250 г – 11,20 лв.",
      "SALADS\nShopska salad – tomatoes, cucumbers, roasted peppers, onion and white cheese, 350 g – BGN 9.80\nSnezhanka salad – strained yoghurt, cucumbers, garlic and walnuts, 300 g – BGN 7.50\nGreen salad with rocket and parmesan, 250 g – BGN 11.20",
    );
    expect([b.source.segments.length, b.target.segments.length]).toEqual([4, 4]);
    expect(b.links.map((l) => l.kind)).toEqual(["1-1", "1-1", "1-1", "1-1"]);
  });
});

describe("a range's minus lost (stranger 324)", () => {
  test("'от −25 до +25 °C' / 'from 25 to +25 °C' is an error; the minus kept is clean", () => {
    const bg = "Хладилен транспорт при контролирана температура от −25 до +25 °C.";
    expect(pairFlagTexts(bg, "Refrigerated transport at a controlled temperature from 25 to +25 °C.")).toEqual([
      "error numbers: the source writes −25 below zero where the translation has 25 with no minus: sign lost?",
    ]);
    expect(pairFlagTexts(bg, "Refrigerated transport at a controlled temperature from -25 to +25 °C.")).toEqual([]);
    expect(pairFlagTexts("Да се съхранява при температура −18 °C.", "Store at 18 °C.")).toEqual([
      "error numbers: the source writes −18 below zero where the translation has 18 with no minus: sign lost?",
    ]);
  });
});

describe("a margin in per cent written in basis points (stranger 314)", () => {
  test("'2,25 % годишно' / '225 basis points per annum' is the same margin; '252' is not", () => {
    expect(pairFlagTexts("Надбавката е 2,25 % годишно над EURIBOR.", "The margin is 225 basis points per annum over EURIBOR.")).toEqual([]);
    expect(pairFlagTexts("Надбавката е 2,25 % годишно над EURIBOR.", "The margin is 252 basis points per annum over EURIBOR.")).toEqual([
      "error numbers: the translation says 252 where the source says 2,25",
    ]);
  });
});

describe("a woman's name is not a man's with its article (stranger 323)", () => {
  test("'баба Тодора' / 'Granny Todora's' carries the name", () => {
    expect(
      pairFlagTexts(
        "Къщата на баба Тодора беше в края на селото.\nТя живееше сама.\nВсяка сутрин ходеше на пазара.",
        "Granny Todora's house was at the end of the village.\nShe lived alone.\nEvery morning she went to the market.",
      ),
    ).toEqual([]);
  });
});
