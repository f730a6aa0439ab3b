/**
 * What the seventy-seventh session mended from its strangers (342-353): scores and ratios written two ways, a plural or
 * passive exclusion, a perfective negated, a negation inside a quoted name, a forbidding word made a permission, a
 * negative prefix, approved/rejected, compound dose units, "-fold" in words, a limit's "at least" before "до", a merge
 * whose numbers the translation writes in words, a short pair of two different texts, a passage moved, and the library's
 * progress callbacks.
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, alignAsync } from "../src/index.js";
import { flagTexts, pairFlagTexts, paragraphPairs, sverka } from "./helpers.js";

describe("a score or a ratio written with a colon on one side (stranger 352, 346)", () => {
  test('"87:79" / "87-79", "80:20" / "80/20" and "85 към 15" / "85:15" are no flag', () => {
    expect(
      pairFlagTexts(
        "Балкан победи Рилски спортист с 87:79 в първия мач от финала.",
        "Balkan beat Rilski Sportist 87-79 in the first game of the final.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Лудогорец е първи с голова разлика 52:14.", "Ludogorets are top with a goal difference of 52-14.")).toEqual([]);
    expect(
      pairFlagTexts("Съотношението между помощта и собствения принос е 80:20.", "The ratio of grant funding to own contribution is 80/20."),
    ).toEqual([]);
    expect(pairFlagTexts("Съфинансирането е в съотношение 85 към 15.", "The co-financing ratio is 85:15.")).toEqual([]);
  });

  test("a score changed is still an error", () => {
    expect(pairFlagTexts("Балкан победи Рилски спортист с 87:79.", "Balkan beat Rilski Sportist 87-77.")).toEqual([
      "error numbers: the translation says 87, 77 where the source says 87:79",
    ]);
  });
});

describe("an exclusion turned into a cover (stranger 349)", () => {
  test('the plural "не са покрити" and the passive "не се покриват" beside "без"/"without" are errors', () => {
    expect(pairFlagTexts("Щетите от наводнение не са покрити.", "Flood damage is covered.")).toEqual([
      'error negation: the source says "не са покрити", and the translation has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Кражби без следи от взлом не се покриват.", "Thefts without signs of forced entry are covered.")).toEqual([
      'error negation: the source says "не се покриват", and the translation\'s only negative words ("without") answer the source\'s others: meaning reversed?',
    ]);
  });

  test("the exclusion kept is no flag", () => {
    expect(pairFlagTexts("Щетите от наводнение не са покрити.", "Flood damage is not covered.")).toEqual([]);
    expect(pairFlagTexts("Кражби без следи от взлом не се покриват.", "Thefts without signs of forced entry are not covered.")).toEqual([]);
  });

  test('"забранено" made "allowed" is said so, not as a negation of the next noun', () => {
    expect(
      pairFlagTexts(
        "Пушенето в лечебните заведения е забранено и щети, възникнали от нарушаване на забраната, не се покриват.",
        "Smoking in medical facilities is allowed and damage resulting from a breach of the ban is not covered.",
      ),
    ).toEqual(['error negation: the source says "забранено", and the translation permits it ("is allowed"): meaning reversed?']);
  });

  test('"няма право да приема … над 1 500" made "has the right … more than 1,500" is a negation, no reversed limit', () => {
    expect(
      pairFlagTexts(
        "Застрахованият няма право да приема лечение на стойност над 1 500 евро без одобрение.",
        "The Insured has the right to accept treatment worth more than EUR 1,500 without approval.",
      ),
    ).toEqual([
      'error negation: the source says "няма право да приема", and the translation\'s only negative words ("without") answer the source\'s others: meaning reversed?',
    ]);
  });
});

describe("a negation hidden by a word or a name (stranger 346, 347)", () => {
  test('a negative prefix: "недопустими" / "eligible" and "допустими" / "ineligible"', () => {
    expect(pairFlagTexts("Разходите за ДДС са недопустими.", "VAT costs are eligible.")).toEqual([
      'warning negation: the source says "недопустими", and the translation "eligible", its opposite, with no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Разходите за ДДС са допустими.", "VAT costs are ineligible.")).toEqual([
      'warning negation: the source says "допустими", and the translation "ineligible", its opposite by a negative prefix: meaning reversed?',
    ]);
    expect(pairFlagTexts("Разходите за ДДС са недопустими.", "VAT costs are ineligible.")).toEqual([]);
  });

  test('"Не" inside a quoted name negates nothing: „Не безпокойте“ answers no "no longer"', () => {
    expect(
      pairFlagTexts(
        "Notifications are no longer sent while Do Not Disturb is on.",
        "Известията се изпращат, докато е включен режимът „Не безпокойте“.",
        "en",
        "bg",
      ),
    ).toEqual(['warning negation: the source says "no longer sent", and the translation has no negation: meaning reversed?']);
    expect(
      pairFlagTexts(
        "Notifications are not sent while Do Not Disturb is on.",
        "Известията не се изпращат, докато е включен режимът „Не безпокойте“.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test('"одобрено" / "rejected" and "отхвърлено" / "approved" are opposite terms', () => {
    expect(pairFlagTexts("Искането е одобрено от управителния съвет.", "The request was rejected by the management board.")).toEqual([
      'error terms: the source says "одобрено" (granted), the translation "rejected" (dismissed): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Предложението е отхвърлено от комисията.", "The proposal was approved by the committee.")).toEqual([
      'error terms: the source says "отхвърлено" (dismissed), the translation "approved" (granted): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Искането е одобрено от управителния съвет.", "The request was approved by the management board.")).toEqual([]);
  });
});

describe("measures (stranger 348, 352)", () => {
  test("a dose per kilogram or per gram changed is another unit", () => {
    expect(pairFlagTexts("Дозата е 20 mg/kg.", "The dose was 20 g/kg.")).toEqual([
      "error units: the translation says 20 g/kg where the source says 20 mg/kg: another unit",
    ]);
    expect(pairFlagTexts("Пациентите получават 20 mg/kg телесно тегло.", "Patients received 20 mg/g body weight.")).toEqual([
      "error units: the translation says 20 mg/g where the source says 20 mg/kg: another unit",
    ]);
    expect(pairFlagTexts("Дозата на калия е 5 мг/кг дневно.", "The potassium dose was 5 mg/kg daily.")).toEqual([]);
  });

  test('"-кратно" and "-fold" in words are their number', () => {
    expect(
      pairFlagTexts("Продажбите са нараснали тройно, а печалбата – десетократно.", "Sales have tripled and profit has risen tenfold."),
    ).toEqual([]);
    expect(pairFlagTexts("Печалбата е нараснала десетократно.", "Profit has risen 10-fold.")).toEqual([]);
    expect(pairFlagTexts("Печалбата е нараснала десетократно.", "Profit has risen fivefold.")).toEqual([
      expect.stringMatching(/^error numbers: /),
    ]);
  });

  test('"half a million" beside a share is an amount, no fraction set against the share (stranger 348)', () => {
    expect(
      pairFlagTexts(
        "Според последните данни в България болните са около 500 000, т.е. приблизително 7% от възрастното население.",
        "According to the latest data, there are about half a million patients in Bulgaria, i.e. approximately 7% of the adult population.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "Болните са около 500 000, т.е. 7% от населението.",
        "There are about half a million patients, i.e. 8% of the population.",
      ),
    ).toEqual(["error numbers: the translation says 8 where the source says 7"]);
  });

  test('"поне до 12-о място" / "to at least 12th place" is the same limit', () => {
    expect(
      pairFlagTexts(
        "С победата Димитров ще се изкачи поне до 12-о място в ранглистата.",
        "With the win Dimitrov will climb to at least 12th place in the rankings.",
      ),
    ).toEqual([]);
  });
});

describe("a merge whose numbers the translation writes in words, among paragraphs (stranger 346)", () => {
  test("two sentences made one with 12 and 3 as twelve and three is a merge, no missing sentence", () => {
    const b = paragraphPairs([
      [
        "В крайна сметка интересът надхвърли очакванията ни и се наложи да удължим срока за кандидатстване.",
        "Ultimately, the response exceeded our expectations and we had to extend the application deadline.",
      ],
      [
        "Обменното посещение в Осло се състоя от 10 до 14 юни 2024 г. В него взеха участие 12 младежи и 3 ръководители. Участниците посетиха два центъра за рециклиране и едно предприятие за соларни панели.",
        "The exchange visit to Oslo took place on 10–14 June 2024 with the participation of twelve young people and three group leaders. The participants visited two recycling centres and a solar panel factory.",
      ],
      [
        "Дейност 4, свързана с изграждането на демонстрационен модул, е изоставане. Доставчикът не е спазил срока за доставка на оборудването, поради което монтажът ще започне по-късно от планираното.",
        "Activity 4, the construction of a demonstration module, is behind schedule. The supplier did not meet the deadline for delivery of the equipment, so installation will start later than planned.",
      ],
    ]);
    expect(flagTexts(b)).toEqual([]);
    expect(b.links.flatMap((l) => l.flags ?? []).map((f) => f.type)).toEqual(["merged"]);
  });
});

describe("a short pair of two different texts (stranger 350)", () => {
  const write = (bg: readonly string[], en: readonly string[]) => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-350-"));
    writeFileSync(join(dir, "bg.txt"), `${bg.join("\n\n")}\n`);
    writeFileSync(join(dir, "en.txt"), `${en.join("\n\n")}\n`);
    return dir;
  };

  test("a press release of eight sentences against another release's English is an error and gives no units", async () => {
    const dir = write(
      [
        "Народното събрание прие на първо четене промените в Закона за енергетиката.",
        "За законопроекта гласуваха 132 народни представители, против бяха 74, а 12 се въздържаха. Промените бяха внесени от Министерския съвет на 3 октомври.",
        "Министърът на енергетиката Жечо Станков благодари на депутатите за подкрепата. „Този закон ще осигури по-голяма прозрачност на пазара на електроенергия“, каза той.",
        "Законопроектът предвижда създаването на независим регистър на търговците на електроенергия. Сроковете за предложения между първо и второ четене са седем дни.",
        "Комисията по енергетика ще разгледа текстовете на второ четене следващата седмица.",
      ],
      [
        "The Ministry of Health launched a national influenza vaccination campaign.",
        "Vaccines will be free of charge for people over 65 and for the chronically ill. General practitioners have received 500,000 doses.",
        "Regional health inspectorates will monitor the availability of vaccines in each region. In case of shortage, general practitioners must submit a request to the inspectorate.",
        'Minister of Health Silvi Kirilov urged citizens to get vaccinated in time. "The vaccine is the surest protection against a severe course of the disease," he said.',
        "The campaign will continue until the end of February. Information about vaccination points is published on the Ministry's website.",
      ],
    );
    const out = join(dir, "out.tmx");
    const r = await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "-o", out]);
    expect(r.stderr).toContain("does not look like a translation of the source");
    expect(readFileSync(out, "utf8")).not.toContain("<tu>");
    const check = await sverka(["check", join(dir, "bg.txt"), join(dir, "en.txt")]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("✗ error   not-a-translation");
  });

  test("a short recipe and its translation stay clean", () => {
    const b = paragraphPairs([
      ["Нарежете лука на ситно и го запържете в тигана до златисто.", "Finely chop the onion and fry it in the pan until golden."],
      ["Добавете доматите и подправките.", "Add the tomatoes and the spices."],
      ["Оставете соса да ври няколко минути.", "Let the sauce simmer for a few minutes."],
      ["Посолете на вкус.", "Season with salt to taste."],
      ["Сервирайте с прясно нарязан магданоз.", "Serve with freshly chopped parsley."],
      ["Ястието е подходящо за вегетарианци.", "The dish is suitable for vegetarians."],
    ]);
    expect((b.documentFlags ?? []).map((f) => f.type)).toEqual([]);
  });
});

describe("a section delivered in another place (stranger 342)", () => {
  test("sections 2 and 3 swapped are told moved, as warnings naming each other", () => {
    const part = (n: string, lines: readonly string[]) => [n, ...lines];
    const bg = [
      ...part("1. Безопасност", [
        "Прочетете ръководството преди употреба.",
        "Носете през цялото време защитни очила.",
        "Дръжте децата далеч от машината.",
      ]),
      ...part("3. Работа", [
        "Изберете скоростта на лентата, преди да пуснете двигателя.",
        "Затегнете здраво детайла в менгемето.",
        "Спуснете бавно рамката на триона.",
      ]),
      ...part("2. Монтаж", ["Поставете триона на равен под.", "Закрепете основата с четири болта M10.", "Затегнете болтовете с 49 N·m."]),
      ...part("4. Поддръжка", [
        "Сменяйте маслото в скоростната кутия на всеки 500 часа.",
        "Почиствайте тавата за стружки всеки ден.",
        "Проверявайте водачите на лентата всяка седмица.",
      ]),
    ];
    const en = [
      ...part("1. Safety", ["Read the manual before use.", "Wear safety goggles at all times.", "Keep children away from the machine."]),
      ...part("2. Installation", ["Place the saw on a level floor.", "Fix the base with four M10 bolts.", "Tighten the bolts to 49 N·m."]),
      ...part("3. Operation", [
        "Select the blade speed before starting the motor.",
        "Clamp the workpiece firmly in the vice.",
        "Lower the saw frame slowly.",
      ]),
      ...part("4. Maintenance", [
        "Change the gearbox oil every 500 hours.",
        "Clean the chip tray daily.",
        "Check the blade guides every week.",
      ]),
    ];
    const flags = flagTexts(align(`${bg.join("\n\n")}\n`, `${en.join("\n\n")}\n`, { sourceLang: "bg", targetLang: "en" }));
    // Each of the eight sentences a warning naming where the other half is: none an error, none left out as unanswered.
    expect(flags).toHaveLength(8);
    expect(flags[0]).toBe(
      "warning missing: this sentence is not translated here, nor are the sentences next to it (4 in a row, paragraph 5), but translation sentences 9-12, unmatched too, say what they say: the passage moved?",
    );
    expect(flags[4]).toBe(
      "warning added: this sentence is not in the source here, nor are the sentences next to it (4 in a row, paragraph 9), but source sentences 5-8, unmatched too, say what they say: the passage moved?",
    );
    expect(flags.every((f) => f.startsWith("warning ") && f.endsWith("the passage moved?"))).toBe(true);
  });
});

describe("the library's progress (stranger 353)", () => {
  const bg = Array.from({ length: 30 }, (_, k) => `Точка ${k + 1}: проверете уреда преди употреба.`).join("\n");
  const en = Array.from({ length: 30 }, (_, k) => `Item ${k + 1}: check the appliance before use.`).join("\n");

  test("the review stage counts up to its total", async () => {
    const seen: Array<[string, number, number]> = [];
    await alignAsync(bg, en, { sourceLang: "bg", targetLang: "en", onProgress: (stage, done, total) => seen.push([stage, done, total]) });
    const review = seen.filter(([stage]) => stage === "review");
    expect(review.length).toBeGreaterThan(0);
    const last = review[review.length - 1]!;
    expect(last[1]).toBe(last[2]);
    expect(last[2]).toBeGreaterThan(0);
  });

  test("a callback that throws rejects the promise and leaves the process running", async () => {
    const failing = alignAsync(bg, en, {
      sourceLang: "bg",
      targetLang: "en",
      onProgress: () => {
        throw new Error("progress sink closed");
      },
    });
    await expect(failing).rejects.toThrow("progress sink closed");
    // The next job runs as usual.
    const b = await alignAsync(bg, en, { sourceLang: "bg", targetLang: "en" });
    expect(b.links.length).toBe(30);
  });
});

describe("a currency named without an amount (stranger 353)", () => {
  test('"в лева" / "in euro" and "в евро" / "in US dollars" are another currency', () => {
    expect(pairFlagTexts("Плащането се извършва в лева по банкова сметка.", "Payment shall be made in euro to a bank account.")).toEqual([
      'error terms: the source says "лева" (BGN), the translation "euro" (EUR): another currency?',
    ]);
    expect(pairFlagTexts("Всички суми по договора са в евро.", "All amounts under the agreement are in US dollars.")).toEqual([
      'error terms: the source says "евро" (EUR), the translation "US dollars" (USD): another currency?',
    ]);
  });

  test("the same currency, a code for its name, and a currency beside its amount (the units check's) are no terms flag", () => {
    expect(pairFlagTexts("Всички суми по договора са в евро.", "All amounts under the agreement are in EUR.")).toEqual([]);
    expect(pairFlagTexts("Еврото поскъпна спрямо долара.", "The euro rose against the dollar.")).toEqual([]);
    expect(pairFlagTexts("Цената е 5 000 лева.", "The price is EUR 5,000.")).toEqual([
      "error units: the translation says EUR 5,000 where the source says 5 000 лева: another currency",
    ]);
  });
});

describe("a race time and a state ended (stranger 352, 347)", () => {
  test('"2:08:34 часа" is two hours, eight minutes and 34 seconds: "часа" is the time\'s, not its seconds\'', () => {
    expect(pairFlagTexts("Кипчоге финишира за 2:08:34 часа.", "Kipchoge finished in 2 hours, 8 minutes and 34 seconds.")).toEqual([]);
  });

  test('"no longer sent" made "се изпращат" is an error, as "not sent" is; "longer than" is still a bound', () => {
    expect(pairFlagTexts("Notifications are no longer sent at night.", "Известията се изпращат през нощта.", "en", "bg")).toEqual([
      'error negation: the source says "no longer sent", and the translation has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Notifications are no longer sent at night.", "Известията вече не се изпращат през нощта.", "en", "bg")).toEqual(
      [],
    );
    expect(pairFlagTexts("Do not use the cream for longer than 7 days.", "Използвайте крема повече от 7 дни.", "en", "bg")).toEqual([
      'error negation: the source says "Do not use", and the translation has no negation: meaning reversed?',
    ]);
  });

  test('the negation moved onto the bound is the same limit: "Do not use … longer than 7 days" / "Използвайте … не по-дълго от 7 дни"', () => {
    expect(pairFlagTexts("Do not use the cream for longer than 7 days.", "Използвайте крема не по-дълго от 7 дни.", "en", "bg")).toEqual(
      [],
    );
    expect(pairFlagTexts("Не използвайте крема повече от 7 дни.", "Use the cream for no more than 7 days.")).toEqual([]);
  });
});

describe("an exclusion's exception and a condition turned (stranger 349)", () => {
  test('"с изключение на" / "including" and "изключва" / "includes" are errors; "освен ако" / "even if", "provided that" warnings', () => {
    expect(
      pairFlagTexts(
        "Застраховката е валидна за всички държави с изключение на България.",
        "The insurance is valid for all countries including Bulgaria.",
      ),
    ).toEqual([
      'error terms: the source says "с изключение на" (except), the translation "including" (including): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Застрахователят изключва щети от мухъл.", "The Insurer includes mould damage.")).toEqual([
      'error terms: the source says "изключва" (excluded), the translation "includes" (covered): the opposite, meaning reversed?',
    ]);
    expect(
      pairFlagTexts("Щетите се покриват, освен ако са причинени умишлено.", "Damage is covered provided that it was caused intentionally."),
    ).toEqual([
      'warning terms: the source says "освен ако" (unless), the translation "provided that" (only if): another condition (if, unless, even if, only if)?',
    ]);
  });

  test('"except", "unless", "only if" and "excludes" are no flag; "освен това" is no exception', () => {
    expect(
      pairFlagTexts(
        "Застраховката е валидна за всички държави с изключение на България.",
        "The insurance is valid for all countries except Bulgaria.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts("Щетите се покриват, освен ако са причинени умишлено.", "Damage is covered unless it was caused intentionally."),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "Щети от наводнение се покриват само при платена допълнителна премия.",
        "Flood damage is covered only if an additional premium has been paid.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Застрахователят изключва щети от мухъл.", "The Insurer excludes mould damage.")).toEqual([]);
    expect(pairFlagTexts("Освен това пакетът включва закуска.", "The package also includes breakfast.")).toEqual([]);
  });
});

test("a sentence the translation adds after the one that translates its paragraph's last is the added one (stranger 353)", () => {
  const b = paragraphPairs([
    [
      "Веднъж месечно отваряйте предпазния клапан за около половин минута, за да отстраните натрупания варовик. Ако не използвате бойлера повече от две седмици, изключете захранването. При опасност от замръзване източете водата от уреда.",
      "Once a month, open the safety valve for about 30 seconds to remove accumulated limescale. If you do not use the water heater for more than two weeks, switch off the power supply. If there is a risk of frost, drain the water from the appliance. Never leave the appliance without water during frost.",
    ],
    [
      "Гаранционният срок на уреда е 5 години, а на водосъдържателя – 7 години. Гаранцията не покрива повреди, причинени от неправилен монтаж. За сервизно обслужване се обадете на 0800 12 345 или пишете на service@termo.bg.",
      "The warranty period is 5 years for the appliance and 7 years for the tank. The warranty does not cover damage caused by incorrect installation. For service, call 0800 12 345 or write to service@termo.bg.",
    ],
  ]);
  // Before: "If there is a risk of frost, drain the water" was the added one, and the source's sentence linked to "Never
  // leave the appliance without water during frost." (the lexicon had no "източа" / "drain" nor "опасност" / "risk").
  expect(b.links.slice(2, 4).map((l) => [l.source, l.target])).toEqual([
    [[2], [2]],
    [[], [3]],
  ]);
  expect(flagTexts(b)).toEqual(["error added: this sentence is not in the source (paragraph 1)"]);
});

describe("a table row's figures in another order (stranger 352)", () => {
  test("draws and losses traded in a league table's row are a warning naming the columns", () => {
    expect(pairFlagTexts("5. Локомотив (Пловдив)\t24\t11\t7\t6\t30:25\t40", "5. Lokomotiv Plovdiv\t24\t11\t6\t7\t30-25\t40")).toEqual([
      "warning numbers: the row's figures are in another order: columns 4, 5 say 6, 7 in the translation, 7, 6 in the source",
    ]);
  });

  test("the same row, a row whose figures changed (the numbers check's), and a sentence are no such flag", () => {
    expect(pairFlagTexts("5. Локомотив (Пловдив)\t24\t11\t7\t6\t30:25\t40", "5. Lokomotiv Plovdiv\t24\t11\t7\t6\t30-25\t40")).toEqual([]);
    expect(pairFlagTexts("5. Локомотив (Пловдив)\t24\t11\t7\t6\t30:25\t40", "5. Lokomotiv Plovdiv\t24\t11\t8\t6\t30-25\t40")).toEqual([
      "error numbers: the translation says 8 where the source says 7",
    ]);
    expect(pairFlagTexts("Локомотив има 7 равенства и 6 загуби.", "Lokomotiv have 6 losses and 7 draws.")).toEqual([]);
  });
});

test('a main clause\'s negation lost beside a condition\'s kept: "няма да бъдат признати" / "will be recognised" (stranger 346)', () => {
  expect(
    pairFlagTexts(
      "Ако отчетът не бъде представен в срок, разходите на партньора няма да бъдат признати.",
      "If the report is not submitted on time, the partner's costs will be recognised.",
    ),
  ).toEqual([
    'error negation: the source\'s "няма да бъдат признати" says no to "признати", and the translation says "recognised" with no negation before it: meaning reversed?',
  ]);
  expect(
    pairFlagTexts(
      "Ако отчетът не бъде представен в срок, разходите на партньора няма да бъдат признати.",
      "If the report is not submitted on time, the partner's costs will not be recognised.",
    ),
  ).toEqual([]);
});
