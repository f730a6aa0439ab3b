/**
 * What the seventy-ninth session mended from its strangers (365-371) and from earlier reproductions still open: a
 * sentence moved far, numbers a release note or a price list writes its own way, a cancellation that is no negation,
 * and sentences cut at an abbreviation that ends none.
 */

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeTmx } from "../src/formats/tmx.js";
import { align, getLanguage, segment } from "../src/index.js";
import { flagTexts, pairFlagTexts, sverka } from "./helpers.js";

/** A blood pressure monitor's safety section whose Bulgarian puts its second caution after the display messages. */
const MONITOR_EN = [
  "Safety",
  "CAUTION: Do not inflate the cuff on an arm with an intravenous line.\nCAUTION: Keep the monitor away from strong electromagnetic fields such as mobile phones.\nIgnoring these cautions may lead to wrong readings.",
  "Messages on the display",
  [
    "Err 1: The cuff is not connected. Connect the air tube.",
    "Err 2: The arm moved during the reading. Sit still and measure again.",
    "Err 3: The cuff is too loose. Wrap it more tightly.",
    "Err 4: The pressure rose above 300 mmHg. Measure again.",
    "Err 5: The batteries are low. Replace all four batteries.",
    "Err 6: The memory is full. Delete old readings.",
  ].join("\n"),
].join("\n\n");
const MONITOR_BG = [
  "Безопасност",
  "ВНИМАНИЕ: Не надувайте маншета на ръка с интравенозна система.\nПренебрегването на тези предупреждения може да доведе до неверни показания.",
  "Съобщения на дисплея",
  [
    "Err 1: Маншетът не е свързан. Свържете въздушния маркуч.",
    "Err 2: Ръката е помръднала по време на измерването. Седнете неподвижно и измерете отново.",
    "Err 3: Маншетът е твърде хлабав. Увийте го по-плътно.",
    "Err 4: Налягането е надхвърлило 300 mmHg. Измерете отново.",
    "Err 5: Батериите са изтощени. Сменете и четирите батерии.",
    "Err 6: Паметта е пълна. Изтрийте старите показания.",
  ].join("\n"),
  "ВНИМАНИЕ: Дръжте апарата далеч от силни електромагнитни полета, например мобилни телефони.",
].join("\n\n");

describe("a sentence moved far from its place (stranger 355)", () => {
  test("fifteen links away, both sides say where the other is, and the memory takes the pair", () => {
    const bitext = align(MONITOR_EN, MONITOR_BG, { sourceLang: "en", targetLang: "bg" });
    const flags = flagTexts(bitext);
    expect(flags).toContain(
      "warning missing: this sentence is not translated here (paragraph 2), but translation sentence 17, 15 links further on and unmatched too, shares its words and numbers: moved?",
    );
    expect(flags.filter((f) => f.startsWith("error"))).toEqual([]);
    expect(writeTmx(bitext, { date: new Date(0) })).toContain(
      "<seg>ВНИМАНИЕ: Дръжте апарата далеч от силни електромагнитни полета, например мобилни телефони.</seg>",
    );
  });

  test("a sentence left out and another added far from it that shares few words stay errors", () => {
    const bg = MONITOR_BG.replace(
      "ВНИМАНИЕ: Дръжте апарата далеч от силни електромагнитни полета, например мобилни телефони.",
      "Гаранцията на апарата е две години от датата на покупката.",
    );
    const flags = flagTexts(align(MONITOR_EN, bg, { sourceLang: "en", targetLang: "bg" }));
    expect(flags.filter((f) => f.startsWith("error missing") || f.startsWith("error added"))).toHaveLength(2);
  });
});

describe("numbers written the trade's way (strangers 366, 370)", () => {
  test("an ordinal after an article is no fraction: a third adult is the third", () => {
    expect(
      pairFlagTexts(
        "Трети възрастен на допълнително легло ползва отстъпка от 10%.",
        "A third adult on an extra bed receives a 10% discount.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Цената падна с една трета.", "The price fell by a third.")).toEqual([]);
    expect(pairFlagTexts("Цената падна с една трета миналата година.", "The price fell by a half last year.")).toContain(
      'error numbers: the translation says "half" where the source says "една трета"',
    );
  });

  test("a count's k is thousands: 10k files are 10 000 files, 12k users are not 1200", () => {
    expect(
      pairFlagTexts(
        "The first sync of 10k files is now 2.5x faster.",
        "Първата синхронизация на 10 000 файла вече е 2,5 пъти по-бърза.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("We now have 12k users.", "Вече имаме 1200 потребители.", "en", "bg")).toContain(
      "error numbers: the translation says 1200 where the source says 12k",
    );
  });
});

describe("negations of an insurance policy (stranger 365)", () => {
  test("a cancellation ('отказ от пътуване') is no negation: an exclusion made a cover is an error either way", () => {
    expect(
      pairFlagTexts(
        "Застраховката покрива отказ от резервация поради хронични заболявания.",
        "The insurance does not cover cancellation of a booking due to chronic illness.",
      ).filter((f) => f.startsWith("error negation")),
    ).toHaveLength(1);
    expect(
      pairFlagTexts(
        "Застраховката не покрива отказ от резервация поради хронични заболявания.",
        "The insurance covers cancellation of a booking due to chronic illness.",
      ).filter((f) => f.startsWith("error negation")),
    ).toHaveLength(1);
    // A refusal's verb still says no: "отказва да изплати" is "does not pay".
    expect(pairFlagTexts("Застрахователят отказва да изплати обезщетението.", "The insurer refuses to pay the indemnity.")).toEqual([]);
  });

  test("a permission made a prohibition is an error though both sides say 'without'", () => {
    expect(
      pairFlagTexts(
        "Застрахованият може да поеме задължение към трето лице без писменото ни съгласие.",
        "The Insured shall not accept any obligation towards a third party without our written consent.",
      ).filter((f) => f.startsWith("error negation")),
    ).toHaveLength(1);
  });
});

describe("sentences an abbreviation does not end (strangers 365, 367, 368, 369, 370)", () => {
  const texts = (text: string, lang: string) => segment(text, lang).map((s) => s.text);

  test("a Bulgarian title in Latin letters before a name, and a code after No.", () => {
    expect(texts("The design is supervised by Arch. Mila Dimova. The works start in May.", "en")).toEqual([
      "The design is supervised by Arch. Mila Dimova.",
      "The works start in May.",
    ]);
    expect(texts("Office: 3 Akad. Ivan Evstratiev Geshov Blvd., Sofia.", "en")).toHaveLength(1);
    expect(texts("They met under the arch. The rain stopped.", "en")).toHaveLength(2);
    expect(texts("It was funded under grant No. KP 06/15 of the fund. The authors thank it.", "en")).toHaveLength(2);
  });

  test("a timetable's unit before a dash, a unit of dotted letters after a number, a section's letter and number", () => {
    expect(texts("09:30 ч. – Посещение на Рилския манастир.\n13:00 ч. – Обяд.", "bg")).toEqual([
      "09:30 ч. – Посещение на Рилския манастир.",
      "13:00 ч. – Обяд.",
    ]);
    expect(texts("Апартаментът е 74 кв.м. Цената е 98 000 евро.", "bg")).toEqual(["Апартаментът е 74 кв.м.", "Цената е 98 000 евро."]);
    expect(texts("Раздел Б. Отговорност\n\nБ.1. Застрахователят покрива щетите до 5 000 лв.", "bg")).toEqual([
      "Раздел Б. Отговорност",
      "Б.1. Застрахователят покрива щетите до 5 000 лв.",
    ]);
  });
});

describe("a Bulgarian noun's own н (a lexicon's plural matched)", () => {
  test("закон, закона, закони and телефон, телефони have one stem each; adjectives in -ен keep theirs", () => {
    const stem = getLanguage("bg").stem;
    expect(new Set(["закон", "закона", "закони", "законите"].map(stem))).toEqual(new Set(["закон"]));
    expect(new Set(["телефон", "телефона", "телефони"].map(stem))).toEqual(new Set(["телефон"]));
    expect(new Set(["мобилен", "мобилна", "мобилни"].map(stem))).toEqual(new Set(["мобил"]));
  });
});

describe("eval of a folder that align wrote several formats into (stranger 367)", () => {
  test("the gold is scored against the JSON, not the page beside it; nothing scored is not 'every pair 1.000'", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-eval-formats-"));
    writeFileSync(join(dir, "bg.txt"), "Първо изречение тук.\n\nВторо изречение там.\n");
    writeFileSync(join(dir, "en.txt"), "First sentence here.\n\nSecond sentence there.\n");
    mkdirSync(join(dir, "gold"));
    writeFileSync(join(dir, "gold", "doc.links"), "[0]:[0]\n[1]:[1]\n");
    const out = join(dir, "test");
    expect(
      (await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "-o", join(out, "doc.json"), "-o", join(out, "doc.html"), "-q"]))
        .code,
    ).toBe(0);
    const scored = await sverka(["eval", join(dir, "gold"), out]);
    expect(scored.code).toBe(0);
    expect(scored.stdout).toContain("1 pairs scored together (2 gold links, 2 test links)");
    mkdirSync(join(dir, "empty"));
    writeFileSync(join(dir, "empty", "doc.html"), "<html></html>");
    const none = await sverka(["eval", join(dir, "gold"), join(dir, "empty")]);
    expect(none.stdout + none.stderr).not.toContain("every pair scored strict F1 1.000");
  });
});

describe("negations a listing, a study and a handbook lose (strangers 368, 369, 370; regress79)", () => {
  const errors = (source: string, target: string, sl = "bg", tl = "en") =>
    pairFlagTexts(source, target, sl, tl).filter((f) => f.startsWith("error negation"));

  test("'не е' before a participle the lexicon knows, and 'не желаят', are errors when the translation says the word plainly", () => {
    expect(errors("Банята не е ремонтирана от 2010 г.", "The bathroom has been renovated since 2010.")).toHaveLength(1);
    expect(errors("Къщата не е присъединена към канализацията.", "The house is connected to the sewerage system.")).toHaveLength(1);
    expect(errors("Парцелът не е в регулация.", "The plot is within the regulation plan.")).toHaveLength(1);
    expect(
      errors("Гостите, които не желаят вечеря, получават отстъпка.", "Guests who wish to have dinner receive a discount."),
    ).toHaveLength(1);
  });

  test("a finding reversed: a difference not found, or a significance denied, either way", () => {
    expect(errors("Не беше установена разлика между двете групи.", "A difference was found between the two groups.")).toHaveLength(1);
    expect(
      errors("Ефектът беше статистически значим (p = 0,01).", "The effect was not statistically significant (p = 0.01)."),
    ).toHaveLength(1);
    expect(errors("The effect was not significant (p = 0.41).", "Ефектът беше значим (p = 0,41).", "en", "bg")).toHaveLength(1);
  });

  test("a prohibition after a condition's own negation is still read", () => {
    expect(
      errors("If the balance is not zero, do not close the month.", "Ако салдото не е нула, приключете месеца.", "en", "bg"),
    ).toHaveLength(1);
  });
});

describe("two figures that trade places between their conditions (stranger 371)", () => {
  test("the words after each figure stay where they were: a notice period's two figures traded", () => {
    expect(
      pairFlagTexts(
        "Предизвестието е 15 дни по време на изпитването и 45 дни след изтичането му.",
        "The notice is 45 days during the probation and 15 days after its expiry.",
      ).filter((f) => f.includes("the numbers are swapped")),
    ).toHaveLength(1);
    // The clauses turned around with their figures: nothing swapped.
    expect(
      pairFlagTexts(
        "Нощният труд се заплаща с добавка от 25 % за работа в работни дни и 40 % за работа в почивни дни.",
        "Night work is paid with a supplement of 40% for work on days off and 25% for work on working days.",
      ),
    ).toEqual([]);
  });
});

describe("a listing's tax, a list's names and a tour's venues (strangers 367, 368, 370)", () => {
  test("'+ ДДС' is before the tax; 'VAT included' is a term though it opens in capitals", () => {
    expect(pairFlagTexts("Наемът е 650 евро + ДДС на месец.", "The rent is EUR 650 per month, VAT included.")).toEqual([
      'error terms: the source says "+ ДДС" (without), the translation "VAT included" (with): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Наемът е 650 евро + ДДС на месец.", "The rent is EUR 650 plus VAT per month.")).toEqual([]);
  });

  test("a list item ending with a semicolon is read for its names as a sentence is, a woman's name spelt as hers", () => {
    expect(pairFlagTexts("3. Декларация от Деница Стоянова;", "3. Declaration by Vesela Hristova;")).toEqual([
      expect.stringMatching(/^warning names: the name Деница Стоянова \(Denitsa Stoyanova\) is not in the translation/u),
    ]);
    expect(pairFlagTexts("3. Декларация от Деница Стоянова;", "3. Declaration by Denitsa Stoyanova;")).toEqual([]);
  });

  test("a hotel's or a tavern's name in quotes is carried, transliterated or translated word by word", () => {
    expect(pairFlagTexts("Нощувка в хотел „Янтра“ в Габрово.", "Overnight stay at the Rodopi Hotel in Gabrovo.")).toEqual([
      expect.stringMatching(/^warning names: the name Янтра \(Yantra\) is not in the translation/u),
    ]);
    expect(pairFlagTexts("Нощувка в хотел „Янтра“ в Габрово.", "Overnight stay at the Yantra Hotel in Gabrovo.")).toEqual([]);
    expect(pairFlagTexts("Обяд в ресторант „Златна рибка“.", "Lunch at the Golden Fish restaurant.")).toEqual([]);
  });
});

describe("a Markdown pair's bitext checked again (stranger 366)", () => {
  test("the JSON keeps each sentence's code spans and link targets, and check of it finds a changed flag", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-md-json-"));
    writeFileSync(
      join(dir, "en.md"),
      "# Sync\n\nRun `kestrel sync --max-retries 5` to retry. See [the guide](https://example.com/guide).\n",
    );
    writeFileSync(
      join(dir, "bg.md"),
      "# Синхронизация\n\nИзпълнете `kestrel sync --max-retry 5`, за да опитате отново. Вижте [ръководството](https://example.com/guide).\n",
    );
    const json = join(dir, "out.json");
    await sverka(["align", join(dir, "en.md"), join(dir, "bg.md"), "-s", "en", "-t", "bg", "-o", json, "-q"]);
    const again = await sverka(["check", json]);
    expect(again.code).toBe(1);
    expect(again.stdout + again.stderr).toContain(
      "the translation has `kestrel sync --max-retry 5` where the source has `kestrel sync --max-retries 5`",
    );
  });
});

describe("a release note's conditions and options (stranger 366)", () => {
  test("a version's bound turned is an error; kept, nothing", () => {
    expect(pairFlagTexts("Requires Node.js 18 or later.", "Изисква Node.js 18 или по-стара версия.", "en", "bg")).toEqual([
      'error terms: the source says "or later" (later), the translation "или по-стара" (earlier): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Requires Node.js 18 or later.", "Изисква Node.js 18 или по-нова версия.", "en", "bg")).toEqual([]);
  });

  test("a long option in plain text is a code: changed, an error; kept, nothing", () => {
    expect(
      pairFlagTexts(
        "Run the import with --skip-existing to keep old rows.",
        "Пуснете импорта с --skip-exist, за да запазите старите редове.",
        "en",
        "bg",
      ),
    ).toEqual(["error names: the translation has --skip-exist where the source has --skip-existing: codes and e-mails are copied exactly"]);
    expect(
      pairFlagTexts(
        "Run the import with --skip-existing to keep old rows.",
        "Пуснете импорта с --skip-existing, за да запазите старите редове.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });
});

describe("a study's opposites (stranger 369)", () => {
  test("stronger for weaker, weak for strong, women for men", () => {
    expect(pairFlagTexts("Връзката е по-силна при младите участници.", "The association is weaker in the younger participants.")).toEqual([
      'warning terms: the source says "по-силна" (higher), the translation "weaker" (lower): the opposite, meaning reversed?',
    ]);
    expect(
      pairFlagTexts("Установена е слаба връзка между двата показателя.", "A strong association was found between the two indicators."),
    ).toEqual(['warning terms: the source says "слаба" (weak), the translation "strong" (strong): the opposite, meaning reversed?']);
    expect(pairFlagTexts("Анкетирани са 230 жени от три области.", "A total of 230 men from three regions were surveyed.")).toEqual([
      'error terms: the source says "жени" (female), the translation "men" (male): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Анкетирани са 230 жени и 190 мъже.", "A total of 230 women and 190 men were surveyed.")).toEqual([]);
  });
});

describe("limits and spreads (strangers 367, 369, 370)", () => {
  test("a minimum of a figure made a maximum is an error; a mean's ± said as its SD is no tolerance lost", () => {
    expect(pairFlagTexts("Минимален брой туристи в група: 15 души.", "Maximum number of tourists per group: 15.")).toEqual([
      'error terms: the source says "Минимален" (minimum), the translation "Maximum" (maximum): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Средната възраст беше 34,1 ± 6,2 години.", "The mean age was 34.1 years (SD = 6.2).")).toEqual([]);
  });

  test("an indicator table's header row names no one", () => {
    expect(
      pairFlagTexts("Индикатор\tМерна единица\tЦелева стойност\tПостигната стойност", "Indicator\tUnit\tTarget value\tAchieved value"),
    ).toEqual([]);
  });
});

describe("a command's options in a code block (stranger 366)", () => {
  test("an option left out of a block's command is an error; so is another change of its code (stranger 376)", async () => {
    const { codeBlocksFlag } = await import("../src/review/code-blocks.js");
    const block = (code: string) => ({ line: 5, code });
    expect(codeBlocksFlag([block("kestrel-admin logs --since 24h\n")], [block("kestrel-admin logs\n")])?.severity).toBe("error");
    expect(codeBlocksFlag([block("kestrel-admin logs --since 24h\n")], [block("kestrel-admin logs --since 12h\n")])?.severity).toBe(
      "error",
    );
  });
});

describe("a memory's options through a review (strangers 365, 367)", () => {
  test("--prop, --creation-id and --creation-date given to align are kept in the JSON and written by export", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-memory-options-"));
    writeFileSync(join(dir, "bg.txt"), "Застраховката покрива багажа.\n\nОбезщетението е до 1 000 евро.\n");
    writeFileSync(join(dir, "en.txt"), "The insurance covers the baggage.\n\nThe indemnity is up to EUR 1,000.\n");
    const json = join(dir, "job.json");
    const args = ["--prop", "x-client=Balkan", "--creation-id", "ana", "--creation-date", "2024-03-01"];
    expect((await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "-o", json, "-q", ...args])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).memory).toEqual({
      props: [["x-client", "Balkan"]],
      creationId: "ana",
      creationDate: "2024-03-01T00:00:00.000Z",
    });
    const tmx = join(dir, "job.tmx");
    expect((await sverka(["export", json, "-o", tmx, "-q"])).code).toBe(0);
    const written = readFileSync(tmx, "utf8");
    expect(written.match(/<prop type="x-client">Balkan<\/prop>/gu)).toHaveLength(2);
    expect(written).toContain('creationid="ana"');
    expect(written).toContain('creationdate="20240301T000000Z"');
    expect((await sverka(["export", json, "-o", tmx, "-q", "--prop", "x-client=Other"])).code).toBe(0);
    expect(readFileSync(tmx, "utf8")).not.toContain("Balkan");
  });
});

describe("a verb of ceasing says no (the 100k pair)", () => {
  test("'да преустановят предоставянето' is 'to no longer grant'", () => {
    expect(
      pairFlagTexts(
        "Министърът нареди на службите да преустановят издаването на разрешения.",
        "The minister ordered the services to no longer issue permits.",
      ),
    ).toEqual([]);
  });
});

describe("segmentation and titles of a listing and a paper (strangers 368, 369)", () => {
  test("a code of capitals, a hyphen and a figure after No. does not end the sentence; Akad. is a title", () => {
    expect(segment("Funded under project No. NID-4 of the university. The authors thank it.", "en").map((s) => s.text)).toHaveLength(2);
    expect(pairFlagTexts("Офис: гр. Варна, ул. „Акад. Андрей Сахаров“ № 2.", "Office: 2 Akad. Andrey Saharov St., Varna.")).toEqual([]);
  });
});

describe("a release note's version said in words (stranger 366)", () => {
  test("'v5' / 'версия 5' is the same version; 'версия 6' is not", () => {
    expect(pairFlagTexts("The release of v5 is planned for May.", "Издаването на версия 5 е планирано за май.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("The release of v5 is planned for May.", "Издаването на версия 6 е планирано за май.", "en", "bg")).toContain(
      "warning names: v5 is not in the translation",
    );
  });
});
