/**
 * What the sixty-third session's strangers (168-171) showed: an agency's contract collection, a corpus builder's
 * reports, an appliance maker's long manual and a ministry's regulation.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, segmentDocument } from "../src/index.js";
import { Dictionary, stemKey } from "../src/lang/dictionary.js";
import { getLanguage } from "../src/lang/index.js";
import { flagTexts, pairFlagTexts, sverka } from "./helpers.js";

const flags = pairFlagTexts;

/** A manual's troubleshooting sentences (English, Bulgarian): "water" in every few, as a washing machine's manual has it. */
const MANUAL: ReadonlyArray<readonly [string, string]> = [
  ["Open the water tap fully before you start a programme.", "Отворете докрай крана за водата, преди да пуснете програма."],
  ["Check that the water inlet hose is not bent.", "Проверете дали маркучът за подаване на вода не е прегънат."],
  ["Clean the filter of the water inlet hose once a year.", "Почиствайте филтъра на маркуча за подаване на вода веднъж годишно."],
  ["The drain hose must not be immersed in water.", "Маркучът за източване не трябва да бъде потопен във вода."],
  ["Do not open the door while there is water in the drum.", "Не отваряйте вратата, докато в барабана има вода."],
  ["Remove the remaining water from the pump before cleaning it.", "Отстранете останалата вода от помпата, преди да я почистите."],
  ["Hard water needs more detergent.", "Твърдата вода изисква повече перилен препарат."],
  ["Use only detergents suitable for washing machines.", "Използвайте само перилни препарати, подходящи за перални машини."],
  ["Check the pockets of the laundry before washing.", "Проверете джобовете на дрехите преди пране."],
  ["Do not overload the drum.", "Не претоварвайте барабана."],
  ["Leave the door open after washing so that the drum can dry.", "Оставете вратата отворена след прането, за да изсъхне барабанът."],
  ["Connect the appliance only to an earthed socket.", "Свързвайте уреда само към заземен контакт."],
  ["Remove the transport bolts before you switch the appliance on.", "Отстранете транспортните болтове, преди да включите уреда."],
  ["The appliance must stand level on a firm floor.", "Уредът трябва да стои хоризонтално на твърд под."],
  ["Do not place the appliance on a carpet.", "Не поставяйте уреда върху килим."],
  ["Contact the service centre if the fault persists.", "Свържете се със сервизния център, ако неизправността не изчезне."],
  ["Keep this manual for future reference.", "Запазете това ръководство за бъдещи справки."],
  ["Select the programme with the programme selector.", "Изберете програмата с превключвателя на програмите."],
  ["Press the start button to begin the programme.", "Натиснете бутона за старт, за да започне програмата."],
  ["The display shows the remaining time of the programme.", "Дисплеят показва оставащото време на програмата."],
  ["Close the door until it clicks.", "Затворете вратата, докато щракне."],
  ["Clean the detergent drawer once a month.", "Почиствайте чекмеджето за перилен препарат веднъж месечно."],
  ["Wipe the door seal with a dry cloth.", "Избършете уплътнението на вратата със суха кърпа."],
  ["Do not use solvents on the plastic parts.", "Не използвайте разтворители върху пластмасовите части."],
  ["The appliance does not fill with water.", "Уредът не се пълни с вода."],
];

describe("a washing machine's manual where water is in every few sentences (stranger 170)", () => {
  test("a translation ending on its source's last word reaches its end: 'fill with water' / 'пълни с вода' is no cut", () => {
    const bitext = align(MANUAL.map(([en]) => en).join("\n"), MANUAL.map(([, bg]) => bg).join("\n"), {
      sourceLang: "en",
      targetLang: "bg",
    });
    expect(flagTexts(bitext)).toEqual([]);
  });

  test("a translation cut before its source's end is still told", () => {
    const cut: ReadonlyArray<readonly [string, string]> = [
      ...MANUAL.slice(0, -1),
      ["Remove the remaining water from the pump before you clean the filter of the drain pump.", "Отстранете останалата вода от помпата."],
    ];
    const bitext = align(cut.map(([en]) => en).join("\n"), cut.map(([, bg]) => bg).join("\n"), { sourceLang: "en", targetLang: "bg" });
    expect(flagTexts(bitext).some((f) => f.startsWith("warning length:"))).toBe(true);
  });
});

describe("a regulation's limit values (stranger 171)", () => {
  test("micrograms per litre for milligrams per litre is another unit, a thousand times less", () => {
    expect(flags("Съдържанието на арсен не може да надвишава 0,50 mg/l.", "The arsenic content may not exceed 0.50 µg/l.")).toEqual([
      "error units: the translation says 0.50 µg/l where the source says 0,50 mg/l: another unit",
    ]);
    expect(flags("Средногодишната норма е 40 µg/m3.", "The annual limit value is 40 mg/m³.")).toEqual([
      "error units: the translation says 40 mg/m³ where the source says 40 µg/m3: another unit",
    ]);
    expect(flags("Съдържанието на арсен не може да надвишава 0,50 мкг/л.", "The arsenic content may not exceed 0.50 μg/L.")).toEqual([]);
  });
});

describe("a corpus builder's reports (stranger 169)", () => {
  test("'безвъзмездна финансова помощ' is 'grants': the standard rendering is no cut", () => {
    const pairs: ReadonlyArray<readonly [string, string]> = [
      [
        "Програмата подкрепя малките и средните предприятия в региона.",
        "The programme supports small and medium-sized enterprises in the region.",
      ],
      ["Общият бюджет на програмата е 12 милиона лева.", "The total budget of the programme is BGN 12 million."],
      ["Средствата ще бъдат предоставени като безвъзмездна финансова помощ.", "The funds will be provided as grants."],
      ["Кандидатите подават проектни предложения до 30 юни.", "Applicants submit project proposals by 30 June."],
    ];
    expect(flags(pairs.map(([bg]) => bg).join("\n"), pairs.map(([, en]) => en).join("\n"))).toEqual([]);
  });
});

describe("negations an agency's and a corpus builder's documents drop (strangers 168 and 169)", () => {
  test("a prohibition kept only in its 'without' ('unlicensed') is a permission given: an error", () => {
    expect(flags("ИЗПЪЛНИТЕЛЯТ няма право да инсталира софтуер без лиценз.", "The CONTRACTOR may install unlicensed software.")).toEqual([
      'error negation: the source says "няма право да инсталира", and the translation\'s only negative words ("unlicensed") answer the source\'s others: meaning reversed?',
    ]);
    expect(
      flags("ИЗПЪЛНИТЕЛЯТ няма право да инсталира софтуер без лиценз.", "The CONTRACTOR may not install unlicensed software."),
    ).toEqual([]);
    expect(
      flags("ИЗПЪЛНИТЕЛЯТ няма право да инсталира софтуер без лиценз.", "The CONTRACTOR may install software only with a licence."),
    ).toEqual([]);
  });

  test("a report's 'не се предвижда', 'не са постъпили' and 'не разполага' reversed", () => {
    expect(flags("Не се предвижда увеличение на данъчните ставки през 2024 г.", "An increase in tax rates is planned for 2024.")).toEqual([
      'error negation: the source says "Не се предвижда увеличение", and the translation has no negation: meaning reversed?',
    ]);
    expect(
      flags("Не са постъпили възражения в законоустановения срок.", "Objections were received within the statutory time limit."),
    ).toEqual(['error negation: the source says "Не са постъпили възражения", and the translation has no negation: meaning reversed?']);
    expect(
      flags(
        "Агенцията не разполага с достатъчно персонал за извършване на проверки на място.",
        "The agency has enough staff to carry out on-the-spot checks.",
      ),
    ).toEqual(['warning negation: the source says "не разполага с", and the translation has no negation: meaning reversed?']);
    expect(flags("Агенцията не разполага с достатъчно персонал.", "The agency does not have enough staff.")).toEqual([]);
  });
});

describe("an agency's contract collection (stranger 168)", () => {
  const PAY = "Плащането се извършва по сметка IBAN BG30 UBBS 2247 3136 1498 63 в ОББ АД.";
  test("an IBAN is a code compared whole: two groups traded or its bank code mistyped is an error", () => {
    expect(flags(PAY, "Payment shall be made to account IBAN BG30 UBBS 3136 2247 1498 63 at UBB AD.")).toEqual([
      "error names: the translation has BG30 UBBS 3136 2247 1498 63 where the source has BG30 UBBS 2247 3136 1498 63: codes and e-mails are copied exactly",
    ]);
    expect(flags(PAY, "Payment shall be made to account IBAN BG30 UBSS 2247 3136 1498 63 at UBB AD.")[0]).toBe(
      "error names: the translation has BG30 UBSS 2247 3136 1498 63 where the source has BG30 UBBS 2247 3136 1498 63: codes and e-mails are copied exactly",
    );
    expect(flags(PAY, "Payment shall be made to account IBAN BG30 UBBS 2247 3136 1498 63 at UBB AD.")).toEqual([]);
    // Written without its spaces, the same account: no code changed.
    expect(
      flags(PAY, "Payment shall be made to account IBAN BG30UBBS22473136149863 at UBB AD.").filter((f) => f.startsWith("error")),
    ).toEqual([]);
  });

  const PARTIES = "Настоящото споразумение се сключва между „Софттех Солюшънс“ ООД, със седалище в София, и „Бета Консулт“ ЕООД.";
  test("a firm's name with one of its words replaced is another firm", () => {
    expect(
      flags(
        PARTIES,
        "This agreement is concluded between Softtech Systems OOD, with its registered office in Sofia, and Beta Consult EOOD.",
      ),
    ).toEqual([
      "warning names: the name Софттех Солюшънс (Softteh Solyushans) is not in the translation, which names Softtech Systems instead: replaced by another name?",
    ]);
    expect(
      flags(
        PARTIES,
        "This agreement is concluded between Softtech Solutions OOD, with its registered office in Sofia, and Beta Consult EOOD.",
      ),
    ).toEqual([]);
    expect(flags("Договорът е сключен с „Аква Терм“ ООД.", "The contract is concluded with Aqua Term OOD.")).toEqual([]);
    expect(flags("Договорът е сключен с „Зелена Енергия“ ООД.", "The contract is concluded with Green Energy OOD.")).toEqual([]);
  });
});

describe("a municipality's decisions and a tender's specifications (strangers 174 and 175)", () => {
  test("a price in euros converted at another rate is an error naming that rate; a slip of a figure a warning", () => {
    expect(flags("Стойността на проекта е 350 000 лв.", "The value of the project is BGN 350,000 (EUR 175,000).")).toEqual([
      "error numbers: EUR 175,000 beside BGN 350,000 is not its conversion at the fixed rate of 1.95583 (EUR 178,952.16): converted at 2.0000?",
    ]);
    expect(flags("Цената е 2 450 лв.", "The price is BGN 2,450 (EUR 1,252.65).")).toEqual([
      "warning numbers: EUR 1,252.65 beside BGN 2,450 is not its conversion at the fixed rate of 1.95583 (EUR 1,252.67)",
    ]);
  });

  test("'Prohibits' opening a decision turns its bound as 'Забранява' does", () => {
    const bg = "Забранява спирането и паркирането на товарни автомобили с обща маса над 3,5 т по ул. „Марно поле“.";
    expect(flags(bg, "Prohibits the stopping and parking of lorries with a gross weight of over 3.5 t on Marno Pole Street.")).toEqual([]);
    expect(flags(bg, "Prohibits the stopping and parking of lorries with a gross weight of under 3.5 t on Marno Pole Street.")).toEqual([
      'error numbers: the limit is reversed: the translation says "under 3.5" where the source says "над 3,5"',
    ]);
  });

  test("a specification's 'не се демонтира', 'не се полага' dropped is told", () => {
    expect(flags("Бетонът не се полага при дъжд.", "The concrete is placed in rain.")).toEqual([
      'warning negation: the source says "не се полага при", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Бетонът не се полага при дъжд.", "Concrete shall not be placed in rain.")).toEqual([]);
  });

  test("a code spaced otherwise is the same code: 'S355 J2' / 'S355J2', 'DN 150' / 'DN150', an IBAN without its spaces", () => {
    expect(flags("Стоманата е S355 J2 съгласно БДС EN 10025-2.", "The steel is S355J2 according to EN 10025-2.")).toEqual([]);
    expect(flags("Тръбата е DN 150, PN 10.", "The pipe is DN150, PN10.")).toEqual([]);
    expect(flags("Тръбата е DN 150, PN 10.", "The pipe is DN 200, PN 10.")).toEqual([
      "error numbers: the translation says 200 where the source says 150",
    ]);
    expect(
      flags(
        "Плащането се извършва по сметка IBAN BG30 UBBS 2247 3136 1498 63 в ОББ АД.",
        "Payment shall be made to account IBAN BG30UBBS22473136149863 at UBB AD.",
      ),
    ).toEqual([]);
  });
});

describe("a budget table as pdftotext -layout gives it (stranger 174)", () => {
  const table = (rows: ReadonlyArray<readonly string[]>) =>
    rows.map((r) => r.map((c, x) => (x === 0 ? c.padEnd(32) : c.padStart(22))).join("")).join("\n");
  test("its header is one segment, however many 'хил. лв.' its cells have, and each row another", () => {
    const bg = table([
      ["Функция", "План (хил. лв.)", "Отчет (хил. лв.)", "Изпълнение (%)"],
      ["Общи държавни служби", "1 240", "1 105", "89,1"],
      ["Образование", "6 850", "6 312", "92,1"],
    ]);
    expect(segmentDocument({ text: bg }, "bg").map((s) => s.text.replace(/\s+/gu, " ").trim())).toEqual([
      "Функция План (хил. лв.) Отчет (хил. лв.) Изпълнение (%)",
      "Общи държавни служби 1 240 1 105 89,1",
      "Образование 6 850 6 312 92,1",
    ]);
  });
});

describe("an insurer's limits of liability (stranger 172)", () => {
  test("a limit per event, per year or for the whole term is another limit said per another basis", () => {
    expect(flags("Лимитът на отговорност е 5 000 лева за едно събитие.", "The limit of liability is BGN 5,000 per year.")).toEqual([
      "error units: the translation says BGN 5,000 per year where the source says 5 000 лева за едно събитие: another period",
    ]);
    expect(flags("Лимитът на отговорност е 2 000 лева годишно.", "The limit of liability is BGN 2,000 per event.")).toEqual([
      "error units: the translation says BGN 2,000 per event where the source says 2 000 лева годишно: another period",
    ]);
    expect(flags("Лимитът на отговорност е 5 000 лева за едно събитие.", "The limit of liability is BGN 5,000 per occurrence.")).toEqual(
      [],
    );
    expect(
      flags(
        "Лимитът на отговорност е 10 000 лева за целия срок на застраховката.",
        "The limit of liability is BGN 10,000 in the aggregate.",
      ),
    ).toEqual([]);
  });
});

describe("a lease's clauses, one a line (stranger 168)", () => {
  test("a clause ending on 'sq ft.' ends there: the next clause's number is the next segment's", () => {
    const en = [
      "1.1. The landlord provides the tenant with office No. 4 on the third floor with an area of 915 sq ft.",
      "1.2. The office is provided together with two parking spaces in the underground garage of the building.",
      "1.3. The property shall be used solely as an office.",
    ];
    expect(segmentDocument({ text: en.join("\n") }, "en").map((s) => s.text)).toEqual(en);
  });
});

describe("merging an aligned memory into a client's (stranger 168)", () => {
  const tmx = (units: ReadonlyArray<readonly [string, string, string?]>) =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="bg" datatype="plaintext"/><body>',
      ...units.map(
        ([bg, en, flag], k) =>
          `<tu tuid="${k + 1}">${flag ? `<prop type="x-sverka-flag">${flag}</prop>` : ""}<tuv xml:lang="bg"><seg>${bg}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`,
      ),
      "</body></tmx>",
    ].join("\n");
  test("--drop-flagged warning leaves out a unit sverka flagged as a warning when it aligned it, which its text alone does not show", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-s168-"));
    try {
      writeFileSync(
        join(dir, "aligned.tmx"),
        tmx([
          ["Договорът влиза в сила от датата на подписването му.", "The contract enters into force on the date of its signature."],
          [
            "9.2. Наемателят плаща наема до 5-о число. 9.3. Депозитът се връща в срок от 14 дни.",
            "9.2. The tenant pays the rent by the 5th and the deposit is returned within 14 days.",
            "warning merged: source sentence 3 is a numbered step of its own (&quot;9.3.&quot;), translated inside translation sentence 2",
          ],
        ]),
      );
      const r = await sverka(["merge", join(dir, "aligned.tmx"), "-o", join(dir, "out.tmx"), "--drop-flagged", "warning"]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain("left out 1 unit flagged as warnings (merged 1)");
      expect(readFileSync(join(dir, "out.tmx"), "utf8")).not.toContain("9.3");
      const kept = await sverka(["merge", join(dir, "aligned.tmx"), "-o", join(dir, "all.tmx"), "--drop-flagged", "error"]);
      expect(kept.code).toBe(0);
      expect(readFileSync(join(dir, "all.tmx"), "utf8")).toContain("9.3");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("two steps of a manual translated as one (stranger 170)", () => {
  test("the second step is merged, not left out, where the translation says it", () => {
    const en = [
      ...MANUAL.slice(0, 20).map(([e]) => e),
      "Switch off the appliance and pull out the mains plug.",
      "Close the water tap.",
      ...MANUAL.slice(20, 24).map(([e]) => e),
    ];
    const bg = [
      ...MANUAL.slice(0, 20).map(([, b]) => b),
      "Изключете уреда, извадете щепсела от контакта и затворете крана за водата.",
      ...MANUAL.slice(20, 24).map(([, b]) => b),
    ];
    const bitext = align(en.join("\n\n"), bg.join("\n\n"), { sourceLang: "en", targetLang: "bg" });
    const merged = bitext.links.find((l) => l.source.length === 2)!;
    expect(merged.flags.map((f) => `${f.severity} ${f.type}`)).toEqual(["info merged"]);
  });
});

describe("a public contract's rates written in figures and in words (stranger 175)", () => {
  const BG = "Неустойката е 0,1 % за всеки просрочен ден, но общо не повече от 10 % (десет на сто) от цената.";
  test("a cap left out is told, its words in brackets making its figure no small number", () => {
    expect(flags(BG, "The penalty is 0.1% for each day of delay.")).toEqual(["warning numbers: 10 is not in the translation"]);
    expect(flags(BG, "The penalty is 0.1% for each day of delay, but in total no more than 10% (ten per cent) of the price.")).toEqual([]);
    expect(flags(BG, "The penalty is 0.1% for each day of delay, but in total no more than 15% (fifteen per cent) of the price.")).toEqual([
      "error numbers: the translation says 15 where the source says 10",
    ]);
  });
});

describe("a specification's tolerances (stranger 175)", () => {
  test("'± 5 mm' made '5 mm' is a tolerance lost; '±5', 'plus or minus 5' and '+/- 5' keep it", () => {
    const bg = "Допустимото отклонение на котите е ± 5 mm.";
    expect(flags(bg, "The permissible deviation of levels is 5 mm.")).toEqual([
      'warning numbers: the translation has 5 with no plus-minus sign where the source says "± 5": a tolerance lost?',
    ]);
    for (const en of ["±5 mm", "plus or minus 5 mm", "+/- 5 mm"])
      expect(flags(bg, `The permissible deviation of levels is ${en}.`)).toEqual([]);
  });
});

describe("a university's termbase of titles (stranger 173)", () => {
  test("a term written with abbreviations' dots ('доц. д-р' = 'Assoc. Prof.') is looked for as the words it is", () => {
    const terms = new Dictionary();
    terms.add(stemKey("доц. д-р", getLanguage("bg")), stemKey("Assoc. Prof.", getLanguage("en")), 1, {
      source: "доц. д-р",
      target: "Assoc. Prof.",
    });
    const check = (en: string) =>
      align("Преподавател: доц. д-р Мария Петрова.\n", `${en}\n`, { sourceLang: "bg", targetLang: "en", terms }).links.flatMap((l) =>
        l.flags.map((f) => `${f.severity} ${f.type}`),
      );
    expect(check("Lecturer: Maria Petrova.")).toEqual(["warning terms"]);
    expect(check("Lecturer: Assoc. Prof. Maria Petrova.")).toEqual([]);
  });
});

describe("a diploma supplement's people (stranger 173)", () => {
  test("an academic title left out is told; said another way, it is there", () => {
    expect(flags("Научен ръководител: доц. д-р Елена Димитрова.", "Supervisor: Elena Dimitrova.")).toEqual([
      'warning names: the source gives "доц. д-р Елена Димитрова" a title, and the translation has none: left out?',
    ]);
    expect(flags("Научен ръководител: доц. д-р Елена Димитрова.", "Supervisor: Assoc. Prof. Elena Dimitrova, PhD.")).toEqual([]);
    expect(flags("Проф. Иван Петров коментира новината.", "Ivan Petrov, a professor at Sofia University, commented on the news.")).toEqual(
      [],
    );
  });
});

describe("a sentence added beside a concise translation (stranger 169)", () => {
  test("it shares nothing, the other sentence translates the source to its end: not in the source", () => {
    const pairs: ReadonlyArray<readonly [string, string]> = [
      [
        "Програмата подкрепя малките и средните предприятия в региона.",
        "The programme supports small and medium-sized enterprises in the region.",
      ],
      ["Общият бюджет на програмата е 12 милиона лева.", "The total budget of the programme is BGN 12 million."],
      ["Кандидатите подават проектни предложения до 30 юни.", "Applicants submit project proposals by 30 June."],
      ["Оценката на предложенията ще продължи два месеца.", "The evaluation of the proposals will take two months."],
      ["Резултатите ще бъдат публикувани на сайта на министерството.", "The results will be published on the ministry's website."],
      ["Одобрените проекти трябва да бъдат завършени до края на 2026 г.", "Approved projects must be completed by the end of 2026."],
      ["Всеки кандидат може да подаде само едно предложение.", "Each applicant may submit only one proposal."],
      ["Министерството ще организира информационни дни в шест града.", "The ministry will organise information days in six cities."],
      [
        "Средствата ще бъдат предоставени като безвъзмездна финансова помощ.",
        "The funds will be provided as grants. This was confirmed by an independent auditor.",
      ],
      ["Допълнителна информация е достъпна на телефон 02 940 12 34.", "Further information is available on 02 940 12 34."],
      [
        "Програмата се финансира от Европейския фонд за регионално развитие.",
        "The programme is funded by the European Regional Development Fund.",
      ],
    ];
    const bitext = align(pairs.map(([bg]) => bg).join("\n"), pairs.map(([, en]) => en).join("\n"));
    expect(flagTexts(bitext)).toEqual([
      "warning added: translation sentence 10 has almost no word, name or number in common with the source matched with it, which answers the other sentence alone: not in the source?",
    ]);
  });
});

describe("a regulation's cross-references (stranger 171)", () => {
  const BG = "Заявлението се подава по реда на чл. 12, ал. 3, т. 2, буква „б“.";
  test("a letter in quotes is a reference's letter, compared with 'point 2(c)', '12(3)(2)(c)' and 'letter (c)'", () => {
    expect(flags(BG, "The application shall be submitted under Article 12(3), point 2(c).")).toEqual([
      'error numbers: the translation says "2(c)" where the source says "буква „б“": another reference',
    ]);
    expect(flags(BG, "The application shall be submitted under Article 12(3)(2)(c).")).toEqual([
      'error numbers: the translation says "12(3)(2)(c)" where the source says "буква „б“": another reference',
    ]);
    expect(flags(BG, "The application shall be submitted under Article 12(3), point 2, letter (c).")).toEqual([
      'error numbers: the translation says "letter (c)" where the source says "буква „б“": another reference',
    ]);
    expect(flags(BG, "The application shall be submitted under Article 12(3)(2)(b).")).toEqual([]);
  });
});

describe("an insurer's deductible changed (stranger 172)", () => {
  test("an end unanswered for its changed number is the number's error alone, no 'cut short?' beside it", () => {
    const pairs: ReadonlyArray<readonly [string, string]> = [
      ["Застраховката покрива щети на застрахования автомобил.", "The insurance covers damage caused to the insured motor vehicle."],
      [
        "Застрахователят изплаща обезщетение в срок от 15 работни дни.",
        "The insurer shall pay the compensation due within 15 working days.",
      ],
      ["Застрахованият уведомява застрахователя в срок от 7 дни.", "The insured person shall notify the insurer within 7 days."],
      ["Застрахователната сума е посочена в полицата.", "The sum insured for the vehicle is stated in the policy."],
      ["Застраховката се сключва за срок от една година.", "The insurance contract is concluded for a period of one calendar year."],
      ["Премията се плаща еднократно или на четири вноски.", "The premium is paid in one instalment or in four instalments."],
      [
        "Застрахованият предоставя документите, поискани от застрахователя.",
        "The insured provides the documents requested by the insurer.",
      ],
      ["Щетите се установяват с оглед на автомобила.", "Damage is established by an inspection of the vehicle."],
      [
        "За всяко застрахователно събитие се прилага самоучастие (франшиза) в размер на 200 лева.",
        "For each insured event, a deductible of BGN 2,000 shall apply.",
      ],
      ["Спорове се решават от компетентния български съд.", "Disputes are settled by the competent Bulgarian court."],
      ["Общите условия са неразделна част от полицата.", "The general conditions are an integral part of the policy."],
    ];
    const bitext = align(pairs.map(([bg]) => bg).join("\n"), pairs.map(([, en]) => en).join("\n"));
    expect(flagTexts(bitext)).toEqual(["error numbers: the translation says 2,000 where the source says 200"]);
  });
});
