/**
 * What the sixty-sixth session's strangers (199-204) showed: annual financial statements, a patent, a news agency's
 * sports and breaking news, notarial deeds, a QA engineer's CI gate and a CAT tool's files.
 */

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, alignFiles, formats } from "../src/index.js";
import { readMarkdown } from "../src/read/markdown.js";
import { segment } from "../src/segment/index.js";
import { flagTexts, paragraphPairs, sverka } from "./helpers.js";

describe("a score or a ratio written the other way round (201)", () => {
  const report = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        [
          "Левски победи Лудогорец на стадион „Георги Аспарухов“ в неделя вечерта.",
          "Levski beat Ludogorets at the Georgi Asparuhov stadium on Sunday evening.",
        ],
        [bg, en],
        ["Следващият мач на отбора е в събота срещу Черно море.", "The team's next match is on Saturday against Cherno More."],
      ]),
    );
  test("a score turned around is a warning naming both", () => {
    expect(report("Крайният резултат е 2:1 за домакините.", "The final score was 1:2 to the hosts.")).toEqual([
      'warning numbers: the score or ratio is written the other way round: the source\'s "2:1" is "1:2" in the translation',
    ]);
  });
  test("a colon in the source, a dash in the translation (English writes scores so)", () => {
    expect(report("Крайният резултат е 2:1 за домакините.", "The final score was 1-2 to the hosts.")).toEqual([
      'warning numbers: the score or ratio is written the other way round: the source\'s "2:1" is "1-2" in the translation',
    ]);
    expect(report("Крайният резултат е 2:1 за домакините.", "The final score was 2-1 to the hosts.")).toEqual([]);
  });
  test("among scores that repeat a number (a half-time score beside the final one)", () => {
    expect(report("Полувремето завърши 1:0, а мачът 2:1.", "The first half ended 0:1 and the match 2:1.")).toEqual([
      'warning numbers: the score or ratio is written the other way round: the source\'s "1:0" is "0:1" in the translation',
    ]);
  });
  test("a ratio turned around, English into Bulgarian", () => {
    const flags = flagTexts(
      paragraphPairs(
        [
          ["Men outnumber women in the survey.", "Мъжете в проучването са повече от жените."],
          ["The ratio is 3:1 in favour of men.", "Съотношението е 1:3 в полза на мъжете."],
        ],
        ["en", "bg"],
      ),
    );
    expect(flags).toEqual([
      'warning numbers: the score or ratio is written the other way round: the source\'s "3:1" is "1:3" in the translation',
    ]);
  });
  test("kept as written, a draw, a clock time and a scale are not flagged", () => {
    expect(report("Крайният резултат е 2:1, а полувремето 1:1.", "The final score was 2:1, and 1:1 at half time.")).toEqual([]);
    expect(report("Срещата започна в 18:30 ч. и завърши 2:2.", "The match started at 18:30 and ended 2:2.")).toEqual([]);
    expect(report("Картата е в мащаб 1:50 000.", "The map is at a scale of 1:50,000.")).toEqual([]);
  });
});

describe("left by an earlier stranger (195): a day before another's, its minus lost", () => {
  const schedule = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        ["Графикът на посещенията е даден в таблица 3.", "The visit schedule is given in Table 3."],
        [bg, en],
      ]),
    );
  test("Ден -28 / Day 28 is an error; Day -28 kept, and a dash between two figures, are not flagged", () => {
    expect(schedule("Скринингът се провежда от Ден -28 до Ден -1.", "Screening takes place from Day 28 to Day -1.")).toEqual([
      "error numbers: the source writes -28 below zero where the translation has 28 with no brackets, minus or word of a loss: sign lost?",
    ]);
    expect(schedule("Скринингът се провежда от Ден -28 до Ден -1.", "Screening takes place from Day -28 to Day -1.")).toEqual([]);
    expect(schedule("Прозорецът е от Ден 13 -15 на цикъла.", "The window is Days 13-15 of the cycle.")).toEqual([]);
  });
});

describe("left by an earlier stranger (195): before and after a trial's day or dose", () => {
  const protocol = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        ["Графикът на посещенията е даден в таблица 3.", "The visit schedule is given in Table 3."],
        [bg, en],
      ]),
    );
  test("turned around, a warning; kept, nothing", () => {
    expect(protocol("Кръвната проба се взема преди Ден 1.", "The blood sample is taken after Day 1.")).toEqual([
      'warning terms: the source says "преди Ден" (before), the translation "after Day" (after): the opposite, meaning reversed?',
    ]);
    expect(
      protocol("Пациентите се наблюдават 2 часа след първата доза.", "Patients are monitored for 2 hours before the first dose."),
    ).toEqual([
      'warning terms: the source says "след първата доза" (after), the translation "before the first dose" (before): the opposite, meaning reversed?',
    ]);
    expect(protocol("Кръвната проба се взема преди Ден 1.", "The blood sample is taken prior to Day 1.")).toEqual([]);
    expect(
      protocol("Пациентите се наблюдават 2 часа след първата доза.", "Patients are monitored for 2 hours following the first dose."),
    ).toEqual([]);
  });
});

describe("left by an earlier stranger (194): a licence's exclusivity and a cap's negation", () => {
  const licence = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        ["Настоящото споразумение урежда ползването на софтуера.", "This agreement governs the use of the software."],
        [bg, en],
      ]),
    );
  const grant =
    "С настоящия договор Лицензодателят предоставя на Лицензиата неизключителна и непрехвърлима лицензия за ползване на софтуера.";
  test("another word's negative prefix in the sentence does not cover the one lost", () => {
    expect(
      licence(grant, "By this agreement the Licensor grants the Licensee an exclusive and non-transferable licence to use the software."),
    ).toEqual([
      'warning negation: the source says "неизключителна", and the translation "exclusive", its opposite, with no negation: meaning reversed?',
    ]);
    expect(
      licence(
        grant,
        "By this agreement the Licensor grants the Licensee a non-exclusive and non-transferable licence to use the software.",
      ),
    ).toEqual([]);
    expect(
      licence(
        grant,
        "By this agreement the Licensor grants the Licensee a licence to use the software which is not exclusive and not transferable.",
      ),
    ).toEqual([]);
  });
  test("a cap made no cap: not limited to", () => {
    expect(
      licence(
        "Отговорността на Лицензодателя е ограничена до платените такси.",
        "The Licensor's liability is not limited to the fees paid.",
      ),
    ).toEqual(['error negation: the translation says "is not limited to", and the source has no negation: meaning reversed?']);
    expect(
      licence("Отговорността на Лицензодателя е ограничена до платените такси.", "The Licensor's liability is limited to the fees paid."),
    ).toEqual([]);
  });
});

describe("a notarial deed's identifiers and amounts in words (202)", () => {
  const deed = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        [
          "Днес, 12.03.2026 г., пред мен, нотариус Мария Иванова, се явиха страните по договора.",
          "Today, 12.03.2026, before me, notary Maria Ivanova, the parties to the agreement appeared.",
        ],
        [bg, en],
      ]),
    );
  test("dotted identifiers are read alike in both languages: a sentence of two is linked, one left out is an error", () => {
    const b = paragraphPairs([
      ["Имотът граничи с 68134.4082.117 и 68134.4082.301.", "The property borders on 68134.4082.117 and 68134.4082.301."],
    ]);
    expect(b.links.map((l) => l.kind)).toEqual(["1-1"]);
    expect(flagTexts(b)).toEqual([]);
    expect(deed("Имотът граничи с 68134.4082.117 и 68134.4082.301.", "The property borders on 68134.4082.117.")).toEqual([
      "error numbers: 68134.4082.301 is not in the translation",
    ]);
    expect(
      deed(
        "Продавачът продава самостоятелен обект с идентификатор 68134.4082.118.1.15 по кадастралната карта на гр. София.",
        "The seller sells a self-contained unit under the cadastral map of Sofia.",
      ),
    ).toEqual(["error numbers: 68134.4082.118.1.15 is not in the translation"]);
  });
  test("a clause's dotted number left out is a warning; thousands with dots are one number", () => {
    expect(deed("Съгласно т. 3.2.1 наемът се плаща месечно.", "Under this clause the rent is paid monthly.")).toEqual([
      "warning numbers: 3.2.1 is not in the translation",
    ]);
    expect(deed("Цената е 1.234.567 лв.", "The price is BGN 1,234,567.")).toEqual([]);
  });
  test("fourteen thousand one hundred and sixty is 14 160", () => {
    expect(
      deed(
        "Купувачът заплаща 14 160 (четиринадесет хиляди сто и шестдесет) евро при подписването.",
        "The buyer pays EUR 14,160 (fourteen thousand one hundred and sixty euro) on signing.",
      ),
    ).toEqual([]);
    expect(
      deed(
        "Купувачът заплаща 14 160 (четиринадесет хиляди сто и шестдесет) евро при подписването.",
        "The buyer pays EUR 14,160 (fourteen thousand one hundred and fifty euro) on signing.",
      ),
    ).toEqual(["error numbers: the translation says fourteen thousand one hundred and fifty where the source says 14 160"]);
  });
});

describe("three years and a half (201)", () => {
  test("the half after its unit is read, as English says it before", () => {
    const flags = (bg: string, en: string) =>
      flagTexts(
        paragraphPairs([
          ["Нападателят подписа нов договор с клуба в понеделник.", "The striker signed a new contract with the club on Monday."],
          [bg, en],
        ]),
      );
    expect(flags("Договорът е за три години и половина.", "The contract runs for three and a half years.")).toEqual([]);
    expect(flags("Той се възстановява от два месеца и половина.", "He has been recovering for two and a half months.")).toEqual([]);
    expect(flags("Договорът е за три години и половина.", "The contract runs for four and a half years.")).toEqual([
      "error numbers: the translation says four and a half where the source says три години и половина",
    ]);
  });
});

describe("a stub translation: a topic's heading alone (203)", () => {
  const en =
    "New feature: selective sync\n\nYou can now choose which folders to synchronise. Open Settings and clear the folders you do not need. Selective sync is available in the Team and Business plans.\n";
  test("its sentences are not translated (an error), not a 4-1 link of a heading", () => {
    const b = align(en, "Нова функция: избирателна синхронизация\n", { sourceLang: "en", targetLang: "bg" });
    expect(b.links.map((l) => l.kind)).toEqual(["1-1", "1-0", "1-0", "1-0"]);
    expect(flagTexts(b)).toEqual(
      Array(3).fill("error missing: this sentence is not translated, nor are the sentences next to it (3 in a row, paragraph 2)"),
    );
  });
  test("the languages' ratio is taken only where the pair's own is far from it", () => {
    const whole = align(
      en,
      "Нова функция: избирателна синхронизация\n\nВече можете да изберете кои папки да се синхронизират. Отворете Настройки и махнете отметката от папките, които не ви трябват. Избирателната синхронизация е достъпна в плановете Team и Business.\n",
      { sourceLang: "en", targetLang: "bg" },
    );
    expect(whole.links.map((l) => l.kind)).toEqual(["1-1", "1-1", "1-1", "1-1"]);
    expect(flagTexts(whole)).toEqual([]);
  });
});

describe("a QA gate's false errors and a limit missed (203)", () => {
  const docs = (en: string, bg: string) =>
    flagTexts(
      paragraphPairs(
        [
          ["Her son had seemed fine the week before.", "Синът ѝ изглеждал добре седмица по-рано."],
          [en, bg],
        ],
        ["en", "bg"],
      ),
    );
  test("'didn't say ..., she said' keeps its negation in another verb, 'каза' answering 'said'", () => {
    expect(
      docs(
        '"He didn\'t say that he was feeling down or depressed or anything," she said.',
        "„Той не сподели, че се чувства потиснат или депресиран, или нещо друго“, каза тя.",
      ),
    ).toEqual([]);
    expect(docs('"He didn\'t say that he was feeling down," she said.', "„Той каза, че се чувства потиснат“, каза тя.")).toEqual([
      'error negation: the source says "didn\'t say", and the translation has no negation: meaning reversed?',
    ]);
  });
  test("'never more so' says no to nothing; 'never believe' does", () => {
    expect(
      docs(
        "Players truly believe in it, and never more so than at competitions like the Ryder Cup.",
        "Играчите вярват безрезервно в това, още повече в надпревари като „Райдър Къп“.",
      ),
    ).toEqual([]);
    expect(docs("Players never believe in it at the Ryder Cup.", "Играчите вярват в това на „Райдър Къп“.")).toEqual([
      'error negation: the source says "never believe in", and the translation has no negation: meaning reversed?',
    ]);
  });
  test("a quotation in a third language kept as written is no untranslated sentence; English copied still is", () => {
    const flags = flagTexts(
      paragraphPairs(
        [
          [
            "The head teacher likes to quote a French proverb to her pupils.",
            "Директорката обича да цитира на учениците си една френска поговорка.",
          ],
          ["Il faut bien le faire.", "Il faut bien le faire."],
          ["Click Save to keep your changes and close the window.", "Click Save to keep your changes and close the window."],
        ],
        ["en", "bg"],
      ),
    );
    expect(flags).toEqual(["error untranslated: the translation is the source text, unchanged"]);
  });
  test("a limit reversed under a prohibition said after the subject ('The device must not be used ... above 80%')", () => {
    expect(
      docs(
        "The device must not be used outdoors or in rooms with humidity above 80%.",
        "Устройството не трябва да се използва на открито или в помещения с влажност под 80%.",
      ),
    ).toEqual(['error numbers: the limit is reversed: the translation says "под 80" where the source says "above 80"']);
    expect(
      docs(
        "The device must not be used outdoors or in rooms with humidity above 80%.",
        "Устройството не трябва да се използва на открито или в помещения с влажност над 80%.",
      ),
    ).toEqual([]);
  });
});

describe("an audit's opinion and a change's way (199)", () => {
  const report = (pair: readonly [string, string], langs: readonly [string, string]) =>
    flagTexts(
      paragraphPairs(
        langs[0] === "bg"
          ? [
              [
                "Ние проведохме нашия одит в съответствие с Международните одиторски стандарти.",
                "We conducted our audit in accordance with International Standards on Auditing.",
              ],
              pair,
            ]
          : [
              [
                "We conducted our audit in accordance with International Standards on Auditing.",
                "Ние проведохме нашия одит в съответствие с Международните одиторски стандарти.",
              ],
              pair,
            ],
        langs,
      ),
    );
  test("'did not identify' / 'установихме', both ways", () => {
    expect(
      report(
        [
          "We did not identify any material misstatements in the other information.",
          "Установихме съществени неправилни отчитания в другата информация.",
        ],
        ["en", "bg"],
      ),
    ).toEqual([
      'error negation: the source\'s "did not identify" says no to "identify", and the translation says "Установихме" with no negation before it: meaning reversed?',
    ]);
    expect(report(["Не установихме грешки в другата информация.", "We identified errors in the other information."], ["bg", "en"])).toEqual(
      ['error negation: the source says "Не установихме грешки", and the translation has no negation: meaning reversed?'],
    );
  });
  test("'по-ниски с 11,9 %' is a fall as '11,9 % по-ниски' is", () => {
    expect(
      report(
        ["Разходите за персонала са по-ниски с 11,9 % спрямо 2025 г.", "Staff costs increased by 11.9% compared to 2025."],
        ["bg", "en"],
      ),
    ).toEqual([
      'error negation: the source says it shrank ("по-ниски с 11,9"), the translation that it grew ("increased by 11.9%"): meaning reversed?',
    ]);
    expect(
      report(
        ["Разходите за персонала са по-ниски с 11,9 % спрямо 2025 г.", "Staff costs decreased by 11.9% compared to 2025."],
        ["bg", "en"],
      ),
    ).toEqual([]);
  });
});

describe("a quiet gate names what failed (203)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-gate-"));
  const docs = join(dir, "docs");
  mkdirSync(docs);
  writeFileSync(join(docs, "a.en.txt"), "The device must not be used outdoors or in rooms with humidity above 80%. Keep it dry.\n");
  writeFileSync(
    join(docs, "a.bg.txt"),
    "Устройството не трябва да се използва на открито или в помещения с влажност под 80%. Пазете го сухо.\n",
  );
  writeFileSync(join(docs, "b.en.txt"), "The device is safe to use indoors.\n");
  writeFileSync(join(docs, "b.bg.txt"), "Устройството е безопасно за употреба на закрито.\n");
  test("check -q -o: one line on stderr, the pair named; a passing gate says nothing", async () => {
    const one = await sverka([
      "check",
      join(docs, "a.en.txt"),
      join(docs, "a.bg.txt"),
      "-s",
      "en",
      "-t",
      "bg",
      "-q",
      "-o",
      join(dir, "a.json"),
    ]);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe(`✗ fails on error: 1 error, 0 warnings, 0 info in ${join(docs, "a.en.txt")} → ${join(docs, "a.bg.txt")}\n`);
    const folder = await sverka(["check", docs, "-s", "en", "-t", "bg", "-q", "-o", join(dir, "all.xml")]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe(`✗ fails on error: 1 pair with errors (${join(docs, "a.en.txt")} → ${join(docs, "a.bg.txt")})\n`);
    const pass = await sverka([
      "check",
      join(docs, "b.en.txt"),
      join(docs, "b.bg.txt"),
      "-s",
      "en",
      "-t",
      "bg",
      "-q",
      "-o",
      join(dir, "b.json"),
    ]);
    expect([pass.code, pass.stderr]).toEqual([0, ""]);
  });
  test("a folder's readable summary names the failing pairs too", async () => {
    const r = await sverka(["check", docs, "-s", "en", "-t", "bg"]);
    expect(r.stdout.trimEnd().split("\n").slice(-2)).toEqual([
      "✗ 2 pairs: 1 error, 0 warnings, 0 info; fails on error",
      `✗ fails on error: 1 pair with errors (${join(docs, "a.en.txt")} → ${join(docs, "a.bg.txt")})`,
    ]);
  });
});

describe("the same quantity written another way is no changed figure (199, 200, 201, 204)", () => {
  const pair = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        ["Нападателят подписа нов договор с клуба в понеделник.", "The striker signed a new contract with the club on Monday."],
        [bg, en],
      ]),
    );
  test("'петдесет хил. лв.' is BGN 50 thousand", () => {
    expect(pair("Уставният капитал е петдесет хил. лв.", "The share capital is BGN 50 thousand.")).toEqual([]);
    expect(pair("Уставният капитал е петдесет хил. лв.", "The share capital is BGN 60 thousand.")).toEqual([
      "error numbers: the translation says 60 thousand where the source says петдесет хил",
    ]);
  });
  test("a height in feet and inches is its metres; another height is flagged", () => {
    expect(pair("Ръстът му е 1,91 м.", "He is 6 ft 3 in tall.")).toEqual([]);
    expect(pair("Ръстът му е 1,91 м.", "He is 6 feet 3 inches tall.")).toEqual([]);
    expect(pair("Ръстът му е 1,91 м.", "He is 6 ft 7 in tall.")).toEqual(["warning numbers: 7 is in the translation only"]);
  });
  test("a millilitre is a cubic centimetre, 0,2 bar is 20 kPa", () => {
    expect(pair("Разтворете 1,5 мл в 100 мл вода.", "Dissolve 1.5 cm³ in 100 ml of water.")).toEqual([]);
    expect(pair("Налягането е 0,2 бара.", "The pressure is 20 kPa.")).toEqual([]);
    expect(pair("Налягането е 0,2 бара.", "The pressure is 30 kPa.")).toEqual([
      "error numbers: the translation says 30 where the source says 0,2",
    ]);
  });
  test("a figure restating its words, the translation saying the words alone", () => {
    expect(pair("Срокът за плащане е десет (10) дни.", "The payment period is ten days.")).toEqual([]);
    expect(pair("Срокът за плащане е десет (10) дни.", "The payment period is eleven days.")).toEqual([
      "error numbers: the translation says eleven where the source says 10",
    ]);
  });
  test("a formula's subscripts typed as plain figures", () => {
    const formula = (bg: string) => flagTexts(paragraphPairs([["Dissolve C₂H₅OH in water at room temperature.", bg]], ["en", "bg"]));
    expect(formula("Разтворете C2H5OH във вода при стайна температура.")).toEqual([]);
    expect(formula("Разтворете CH3OH във вода при стайна температура.")).toEqual([
      "error names: the translation has CH3OH where the source has C₂H₅OH: codes and e-mails are copied exactly",
    ]);
  });
});

describe("an XLIFF file exported as a memory (204)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-xlf-"));
  const xlf = join(dir, "delivery.xlf");
  writeFileSync(
    xlf,
    `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="contract.docx" source-language="bg-BG" target-language="en-GB" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>Договор за преводачески услуги № 14/2025</source><target state="final">Translation Services Agreement No. 14/2025</target></trans-unit>
      <trans-unit id="2"><source>Цената е 24,00 лв. на страница.</source><target state="translated">The price is BGN 42.00 per page.</target></trans-unit>
      <trans-unit id="3"><source>Срокът за изпълнение е пет работни дни.</source><target state="final">The deadline is five working days.</target></trans-unit>
    </body>
  </file>
</xliff>
`,
  );
  test("export FILE.xlf -o memory.tmx: the units, its languages, the one flagged as an error left out and said so", async () => {
    const tmx = join(dir, "memory.tmx");
    const r = await sverka(["export", xlf, "-o", tmx]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/left out 1 unit flagged as errors/u);
    const written = readFileSync(tmx, "utf8");
    expect(written.match(/<tu /gu)).toHaveLength(2);
    expect(written).toContain('<tuv xml:lang="en-GB"><seg>The deadline is five working days.</seg></tuv>');
    expect(written).not.toContain("42.00");
    const kept = await sverka(["export", xlf, "-o", join(dir, "all.tmx"), "--drop-flagged", "none"]);
    expect(kept.code).toBe(0);
    expect(readFileSync(join(dir, "all.tmx"), "utf8").match(/<tu /gu)).toHaveLength(3);
  });
});

describe("a number's letter: a patent's reference sign, a block's and an entrance's (200, 202)", () => {
  const patent = (bg: string) =>
    flagTexts(
      paragraphPairs(
        [
          ["The device comprises a housing and a valve.", "Устройството съдържа корпус и клапан."],
          ["The valve (14a) is mounted on the housing (12).", bg],
        ],
        ["en", "bg"],
      ),
    );
  test("(14a) as (14b) is an error, as (14) a warning, kept nothing", () => {
    expect(patent("Клапанът (14b) е монтиран на корпуса (12).")).toEqual([
      'error numbers: the translation says "(14b)" where the source says "(14a)": another letter',
    ]);
    expect(patent("Клапанът (14) е монтиран на корпуса (12).")).toEqual([
      'warning numbers: the translation says "(14)" where the source says "(14a)": its letter left out?',
    ]);
    expect(patent("Клапанът (14a) е монтиран на корпуса (12).")).toEqual([]);
  });
  test("an address's letters: transliterated or by their place in the alphabet, not another", () => {
    const deed = (bg: string, en: string) =>
      flagTexts(
        paragraphPairs([
          ["Продавачът продава на купувача следния недвижим имот.", "The seller sells the buyer the following real estate."],
          [bg, en],
        ]),
      );
    expect(deed("Апартаментът е в бл. 521А, вх. А, ет. 4.", "The flat is in block 521A, entrance B, floor 4.")).toEqual([
      'error numbers: the translation says "entrance B" where the source says "вх. А": another letter',
    ]);
    expect(deed("Апартаментът е в бл. 521А, вх. Б, ет. 4.", "The flat is in block 521B, entrance B, floor 4.")).toEqual([
      'error numbers: the translation says "block 521B" where the source says "бл. 521А": another letter',
    ]);
    expect(deed("Апартаментът е в бл. 521А, вх. В, ет. 4.", "The flat is in block 521A, entrance V, floor 4.")).toEqual([]);
    expect(deed("Апартаментът е в бл. 521А, вх. Б, ет. 4.", "The flat is in block 521A, entrance B, floor 4.")).toEqual([]);
  });
});

describe("a table row's cells in a memory (199)", () => {
  test("TMX and the workbook keep a row's tabs; the TSV, whose fields tabs separate, folds them", () => {
    const b = align(
      "Отчет за финансовото състояние\n\nОтсрочени данъчни активи\t12\t415\t388\nТекущи активи\t14\t1 200\t1 100\n",
      "Statement of financial position\n\nDeferred tax assets\t12\t415\t388\nCurrent assets\t14\t1,200\t1,100\n",
    );
    expect(formats.tmx.write(b)).toContain("<seg>Deferred tax assets\t12\t415\t388</seg>");
    expect(formats.tsv.write(b)).toContain("Отсрочени данъчни активи 12 415 388\tDeferred tax assets 12 415 388\t");
  });
});

describe("second wave: procurement, HR, subtitles, documentation (205, 206, 208, 209)", () => {
  const notice = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        ["Възложител е Община Габрово.", "The contracting authority is the Municipality of Gabrovo."],
        [bg, en],
      ]),
    );
  test("'без ДДС' said as 'excl. VAT', 'plus VAT', 'net of VAT'; 'including VAT' still an error", () => {
    const bg = "Прогнозната стойност е 320 000 лв. без ДДС.";
    for (const en of ["excl. VAT", "plus VAT", "net of VAT", "+ VAT"])
      expect(notice(bg, `The estimated value is BGN 320,000 ${en}.`)).toEqual([]);
    expect(notice(bg, "The estimated value is BGN 320,000 including VAT.")).toEqual([
      'error terms: the source says "без ДДС" (without), the translation "including VAT" (with): the opposite, meaning reversed?',
    ]);
  });
  test("a telephone number's digits hide no other figure of the sentence", () => {
    expect(
      notice(
        "Обособена позиция № 3 се възлага от отдел „Обществени поръчки“, тел. 062 619 251.",
        "Lot 2 is awarded by the Public Procurement Department, tel. 062 619 251.",
      ),
    ).toEqual(["error numbers: the translation says 2 where the source says 3"]);
  });
  test("a lunch break is no noon; 'half past eleven' is 'единайсет и половина'", () => {
    expect(notice("Обедната почивка е от 12:30 до 13:00 ч.", "The lunch break is from 12:00 to 13:00.")).toEqual([
      "error numbers: the translation says 12:00 where the source says 12:30",
    ]);
    const subtitle = (bg: string) =>
      flagTexts(
        paragraphPairs(
          [
            ["Where are you going?", "Къде отиваш?"],
            ["We will meet at half past eleven tonight.", bg],
          ],
          ["en", "bg"],
        ),
      );
    expect(subtitle("Ще се видим в единайсет и половина довечера.")).toEqual([]);
    expect(subtitle("Ще се видим в десет и половина довечера.")).toEqual([
      "error numbers: the translation says десет и половина where the source says half past eleven",
    ]);
  });
  test("a brand left out where the translation keeps such names in Latin letters (en → bg)", () => {
    const flags = (bg: string) =>
      flagTexts(
        paragraphPairs(
          [
            ["Where are you going?", "Къде отиваш?"],
            ["The app runs on Windows and was tested by Microsoft engineers.", bg],
          ],
          ["en", "bg"],
        ),
      );
    expect(flags("Приложението работи под Windows и е тествано от инженери.")).toEqual([
      "warning names: the name Microsoft is not in the translation: left out?",
    ]);
    expect(flags("Приложението работи под Windows и е тествано от инженери на Microsoft.")).toEqual([]);
  });
  test("inline code quoted in a Bulgarian sentence is no untranslated English", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-md-"));
    writeFileSync(join(dir, "faq.en.md"), "# Troubleshooting\n\nThe log says `permission denied: /var/lib/relay`. How do I fix it?\n");
    writeFileSync(
      join(dir, "faq.bg.md"),
      "# Отстраняване на проблеми\n\nВ журнала пише `permission denied: /var/lib/relay`. Как да го поправя?\n",
    );
    const b = await alignFiles(join(dir, "faq.en.md"), join(dir, "faq.bg.md"), { sourceLang: "en", targetLang: "bg" });
    expect(flagTexts(b)).toEqual([]);
  });
  test("a patent's citation is one sentence", () => {
    expect(segment("A similar valve is known from U.S. Pat. No. 5,123,456 to Smith. It is heavy.", "en").map((s) => s.text)).toEqual([
      "A similar valve is known from U.S. Pat. No. 5,123,456 to Smith.",
      "It is heavy.",
    ]);
    expect(segment("Клапанът е описан в патент на САЩ № 5123456 (кол. 3, ред 12). Той е тежък.", "bg").map((s) => s.text)).toEqual([
      "Клапанът е описан в патент на САЩ № 5123456 (кол. 3, ред 12).",
      "Той е тежък.",
    ]);
  });
});

describe("a paper's negated findings (207)", () => {
  test("'не е значима', 'не се различават', 'не достига' made positive are errors (lexicon: значима, различават, достига)", () => {
    const b = align(
      "Разликата в HbA1c не е значима (p = 0,34).\nГрупите не се различават по възраст.\nРазликата не достига статистическа значимост.\n",
      "The difference in HbA1c was significant (p = 0.34).\nThe groups differed in age.\nThe difference reached statistical significance.\n",
      { segmented: true },
    );
    expect(flagTexts(b)).toEqual([
      'error negation: the source says "не е значима", and the translation has no negation: meaning reversed?',
      'error negation: the source says "не се различават по", and the translation has no negation: meaning reversed?',
      'error negation: the source says "не достига статистическа", and the translation has no negation: meaning reversed?',
    ]);
    const kept = align(
      "Разликата в HbA1c не е значима (p = 0,34).\nГрупите не се различават по възраст.\nРазликата не достига статистическа значимост.\n",
      "The difference in HbA1c was not significant (p = 0.34).\nThe groups did not differ in age.\nThe difference did not reach statistical significance.\n",
      { segmented: true },
    );
    expect(flagTexts(kept)).toEqual([]);
  });
});

describe("a memory sverka wrote, exported again (210)", () => {
  test("each unit keeps its confidence, which --min-score reads", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-score-"));
    const b = align(
      "Договорът влиза в сила днес.\nЦената е 100 лв.\nСрокът е пет дни.\n",
      "The contract enters into force today.\nThe price is BGN 100.\nThe term is five days.\n",
      { segmented: true },
    );
    const scores = b.links.map((l) => Math.round(l.score * 10_000) / 10_000);
    writeFileSync(join(dir, "m.tmx"), formats.tmx.write(b));
    const r = await sverka(["export", join(dir, "m.tmx"), "-o", join(dir, "m.tsv"), "-q"]);
    expect(r.code).toBe(0);
    const written = readFileSync(join(dir, "m.tsv"), "utf8")
      .trimEnd()
      .split("\n")
      .map((line) => Number(line.split("\t")[2]));
    expect(written).toEqual(scores);
    expect(written.some((s) => s < 1)).toBe(true);
  });
});

describe("a salary gross or net, counts of men and women (206, 207)", () => {
  const pair = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        ["В проучването участваха 124 пациенти.", "The study included 124 patients."],
        [bg, en],
      ]),
    );
  test("gross made net is an error, as a price with VAT made without is", () => {
    expect(
      pair(
        "Служителят получава основно месечно възнаграждение в размер на 3 200 лв. бруто.",
        "The employee receives a basic monthly salary of BGN 3,200 net.",
      ),
    ).toEqual(['error terms: the source says "бруто" (gross), the translation "net" (net): the opposite, meaning reversed?']);
  });
  test("68 men and 56 women made 56 men and 68 women (lexicon: men, women)", () => {
    expect(pair("В групата бяха включени 68 мъже и 56 жени.", "The group included 56 men and 68 women.")).toEqual([
      "error numbers: the numbers are swapped: the source's включени … 68 is included … 56 in the translation, and мъже … 56 is men … 68",
    ]);
    expect(pair("В групата бяха включени 68 мъже и 56 жени.", "The group included 68 men and 56 women.")).toEqual([]);
  });
});

describe("a permission restricted, said as a prohibition beyond it (206)", () => {
  const rules = (bg: string) =>
    flagTexts(
      paragraphPairs(
        [
          ["The employee shall observe the internal rules.", "Служителят спазва вътрешните правила."],
          ["The Employee may accept gifts from the Employer's counterparties only up to a value of BGN 100.", bg],
        ],
        ["en", "bg"],
      ),
    );
  test("'may accept only up to a value of BGN 100' / 'не може да приема ... над 100 лв.' is the same rule; 'под 100' is not", () => {
    expect(rules("Служителят не може да приема подаръци от контрагенти на работодателя на стойност над 100 лв.")).toEqual([]);
    expect(rules("Служителят не може да приема подаръци от контрагенти на работодателя на стойност под 100 лв.")).toEqual([
      'error negation: the translation says "не може да приема", and the source has no negation: meaning reversed?',
    ]);
  });
});

describe("a contract's parties joined by a line of its own (204, 206)", () => {
  test("'and' / 'и' alone, as the source has it, is no translation cut short", () => {
    const parties = align(
      "EMPLOYMENT CONTRACT No. 47/2026\n\nNordvent Bulgaria EOOD, UIC 205318742, hereinafter referred to as the EMPLOYER,\n\nand\n\nStefan Ivanov Kolev, residing in Plovdiv, hereinafter referred to as the EMPLOYEE,\n\nhave concluded this employment contract.\n",
      "ТРУДОВ ДОГОВОР № 47/2026\n\n„Нордвент България“ ЕООД, ЕИК 205318742, наричано по-долу РАБОТОДАТЕЛ,\n\nи\n\nСтефан Иванов Колев, с постоянен адрес гр. Пловдив, наричан по-долу СЛУЖИТЕЛ,\n\nсключиха настоящия трудов договор.\n",
      { sourceLang: "en", targetLang: "bg" },
    );
    expect(flagTexts(parties).filter((f) => f.includes("cut short"))).toEqual([]);
  });
});

describe("a paper's abbreviations (207)", () => {
  test("'SPSS v.', 'вер.', 'съотв.', 'Suppl.' end no sentence; 'resp.' before a capital does", () => {
    const bg = (t: string) => segment(t, "bg").map((s) => s.text);
    const en = (t: string) => segment(t, "en").map((s) => s.text);
    expect(bg("Анализът е извършен със SPSS v. 26.0 (IBM Corp.). Резултатите са в Табл. 2.")).toEqual([
      "Анализът е извършен със SPSS v. 26.0 (IBM Corp.).",
      "Резултатите са в Табл. 2.",
    ]);
    expect(bg("Анализът е извършен със SPSS вер. 26.0. Стойностите са съотв. 1,2 и 3,4.")).toEqual([
      "Анализът е извършен със SPSS вер. 26.0.",
      "Стойностите са съотв. 1,2 и 3,4.",
    ]);
    expect(en("See Table 2 and Suppl. Table S1. Values were 1.2 and 3.4, resp. The p value was 0.01.")).toEqual([
      "See Table 2 and Suppl. Table S1.",
      "Values were 1.2 and 3.4, resp.",
      "The p value was 0.01.",
    ]);
  });
});

describe("an MkDocs admonition (209)", () => {
  test("its title is text, its marker is not, and its indented body is read after a blank line or without one", () => {
    const text = readMarkdown(
      '# Backups\n\nA daily backup is kept.\n\n!!! warning "Data loss"\n\n    Deleting a relay also deletes its messages.\n    This cannot be undone.\n\n??? note\n    Backups are kept for 14 days.\n\nThe end.\n',
    ).text;
    expect(text).toBe(
      "Backups\n\nA daily backup is kept.\n\nData loss\n\nDeleting a relay also deletes its messages.\nThis cannot be undone.\n\nBackups are kept for 14 days.\n\nThe end.\n",
    );
  });
  test("a body left in English is an untranslated sentence, where it stands in the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-adm-"));
    writeFileSync(
      join(dir, "b.en.md"),
      '# Backups\n\n!!! warning "Data loss"\n\n    Deleting a relay also deletes all its messages for good.\n',
    );
    writeFileSync(
      join(dir, "b.bg.md"),
      '# Резервни копия\n\n!!! warning "Загуба на данни"\n\n    Deleting a relay also deletes all its messages for good.\n',
    );
    const r = await sverka(["check", join(dir, "b.en.md"), join(dir, "b.bg.md"), "-s", "en", "-t", "bg"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✗ error   untranslated the translation is the source text, unchanged");
    expect(r.stdout).toContain("b.bg.md:5:5 sentence 3: Deleting a relay");
  });
});

describe("third wave (211): a figure changed beside its words kept, an ordinal's '-вата', a memory's table cells", () => {
  const lease = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        ["Наемът е договорен между страните.", "The rent has been agreed between the parties."],
        [bg, en],
      ]),
    );
  test("'4 080' for '4 800' with the words of 4 800 kept is an error", () => {
    expect(
      lease(
        "Месечният наем е 4 800 лв. (четири хиляди и осемстотин лева).",
        "The monthly rent is BGN 4,080 (four thousand eight hundred leva).",
      ),
    ).toEqual(["error numbers: the translation says 4,080 where the source says 4 800"]);
    expect(
      lease(
        "Месечният наем е 4 800 лв. (четири хиляди и осемстотин лева).",
        "The monthly rent is BGN 4,800 (four thousand eight hundred leva).",
      ),
    ).toEqual([]);
  });
  test("'в 41-вата минута' is the 41st minute, no watts", () => {
    expect(lease("Голът падна в 41-вата минута.", "The goal came in the 41st minute.")).toEqual([]);
  });
  test("a TMX's table row is read back with its cells", async () => {
    const b = align("Отчет\n\nПарични средства\t9 618\t1 042\n", "Statement\n\nCash\t9,618\t1,042\n");
    const dir = mkdtempSync(join(tmpdir(), "sverka-tabs-"));
    writeFileSync(join(dir, "m.tmx"), formats.tmx.write(b));
    const r = await sverka(["check", join(dir, "m.tmx"), "-f", "json", "-o", join(dir, "r.json"), "-q"]);
    expect(r.code).toBe(0);
    const checked = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as { problems: unknown[] };
    expect(checked.problems).toEqual([]);
  });
});

describe("a statistics bulletin (213)", () => {
  test("'0,3 пр.п.' is percentage points, as '0,3 п.п.' is", () => {
    expect(
      flagTexts(
        paragraphPairs([
          ["Безработицата е 4,1 %.", "Unemployment stood at 4.1%."],
          ["Ръстът е с 0,3 пр.п. по-висок от очакваното.", "Growth was 0.3% higher than expected."],
        ]),
      ),
    ).toEqual(["error units: the translation says 0.3% where the source says 0,3 пр.п.: another unit"]);
  });
  test("a month and its year opening a sentence end no sentence before an acronym", () => {
    expect(
      segment("През март 2026 г. НСИ отчете ръст от 2,1 %. Цените се вдигнаха през март 2026 г. НСИ ще публикува данните.", "bg").map(
        (s) => s.text,
      ),
    ).toEqual(["През март 2026 г. НСИ отчете ръст от 2,1 %.", "Цените се вдигнаха през март 2026 г.", "НСИ ще публикува данните."]);
  });
});

describe("a change's plus turned into a minus (213)", () => {
  test("'+12,7 %' / '-12.7%' is an error naming both signs; '12,7 %' / '-12.7%' stays a question", () => {
    const pair = (bg: string) =>
      flagTexts(
        paragraphPairs([
          ["Безработицата е 4,1 %.", "Unemployment stood at 4.1%."],
          [bg, "Exports changed by -12.7% year on year."],
        ]),
      );
    expect(pair("Износът се е променил с +12,7 % на годишна база.")).toEqual([
      "error numbers: the translation writes -12.7 below zero where the source has +12,7: the sign turned",
    ]);
    expect(pair("Износът се е променил с 12,7 % на годишна база.")).toEqual([
      "warning numbers: the translation writes -12.7 below zero where the source has 12,7: sign added?",
    ]);
  });
});

describe("institutions and ministries of a press release (213)", () => {
  const release = (bg: string, en: string) =>
    flagTexts(
      paragraphPairs([
        ["Безработицата е 4,1 %.", "Unemployment stood at 4.1%."],
        [bg, en],
      ]),
    );
  test("another ministry, another central bank, the Commission made the ECB: warnings; the same named otherwise: nothing", () => {
    expect(release("Министерството на финансите публикува данните.", "The Ministry of Economy published the data.")).toEqual([
      'warning terms: the source says "Министерството на финансите" (finance), the translation "Ministry of Economy" (economy): another ministry?',
    ]);
    expect(release("ЕЦБ повиши лихвите.", "The BNB raised interest rates.")).toEqual([
      'warning terms: the source says "ЕЦБ" (ECB), the translation "BNB" (BNB): another institution?',
    ]);
    expect(release("Европейската комисия одобри плана.", "The European Central Bank approved the plan.")).toEqual([
      'warning terms: the source says "комисия" (commission), the translation "European Central Bank" (ECB): another institution?',
    ]);
    expect(release("Според министъра на финансите ръстът ще е 3 %.", "According to the Finance Minister, growth will be 3%.")).toEqual([]);
    expect(release("ЕЦБ повиши лихвите.", "The European Central Bank raised interest rates.")).toEqual([]);
  });
});

describe("a catalogue's sizes and volumes (212)", () => {
  const row = (en: string, bg: string) =>
    flagTexts(
      paragraphPairs(
        [
          ["Hiking backpack with padded straps.", "Туристическа раница с подплатени презрамки."],
          [en, bg],
        ],
        ["en", "bg"],
      ),
    );
  test("size XL is no Roman 40; 'Volume 25 litres' is a quantity, no label", () => {
    expect(
      row("Merino wool sweater, size XL, €91.99 (BGN 179.92).", "Пуловер от мериносова вълна, размер XL, 91,99 € (179,92 лв.)."),
    ).toEqual([]);
    expect(row("Volume 25 litres, weight 1.2 kg.", "Обем 25 литра, тегло 1,2 кг.")).toEqual([]);
    expect(row("Volume 25 litres, weight 1.2 kg.", "Обем 30 литра, тегло 1,2 кг.")).toEqual([
      "error numbers: the translation says 30 where the source says 25",
    ]);
  });
});

describe("a care label's restriction (212)", () => {
  test("'Hand wash only.' / 'Не перете в перална машина, а само на ръка.' is the same rule; a negation governing 'само' is not", () => {
    const label = (en: string, bg: string) =>
      flagTexts(
        paragraphPairs(
          [
            ["Merino wool sweater.", "Пуловер от мериносова вълна."],
            [en, bg],
          ],
          ["en", "bg"],
        ),
      );
    expect(label("Hand wash only.", "Не перете в перална машина, а само на ръка.")).toEqual([]);
    expect(label("Use only the supplied charger.", "Не използвайте само доставеното зарядно.")).toEqual([
      'error negation: the translation says "Не използвайте само", and the source has no negation: meaning reversed?',
    ]);
  });
});

describe("a Windows path under Program Files (203)", () => {
  test("a folder dropped from 'C:\\Program Files\\...' is a changed code", () => {
    const doc = (bg: string) =>
      flagTexts(
        paragraphPairs(
          [
            ["Install the app first.", "Първо инсталирайте приложението."],
            ["The files are kept in C:\\Program Files\\Filemint\\Sync on your computer.", bg],
          ],
          ["en", "bg"],
        ),
      );
    expect(doc("Файловете се пазят в C:\\Program Files\\Filemint на компютъра ви.")).toEqual([
      "error names: the translation has C:\\Program Files\\Filemint where the source has C:\\Program Files\\Filemint\\Sync: codes and e-mails are copied exactly",
    ]);
    expect(doc("Файловете се пазят в C:\\Program Files\\Filemint\\Sync на компютъра ви.")).toEqual([]);
  });
});

describe("a catalogue's colours (212)", () => {
  test("navy made black, white made grey: another colour; the Black Sea is no colour changed", () => {
    const row = (en: string, bg: string) =>
      flagTexts(
        paragraphPairs(
          [
            ["Merino wool sweater with a round neck.", "Пуловер от мериносова вълна с обло деколте."],
            [en, bg],
          ],
          ["en", "bg"],
        ),
      );
    expect(row("Colour: navy blue.", "Цвят: черен.")).toEqual([
      'warning terms: the source says "navy blue" (blue), the translation "черен" (black): another colour?',
    ]);
    expect(row("Colour: white.", "Цвят: сив.")).toEqual([
      'warning terms: the source says "white" (white), the translation "сив" (grey): another colour?',
    ]);
    expect(row("Colour: navy blue.", "Цвят: тъмносин.")).toEqual([]);
    expect(row("The ship sailed across the Black Sea.", "Корабът прекоси Черно море.")).toEqual([]);
  });
});
