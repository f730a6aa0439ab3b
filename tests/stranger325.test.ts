/**
 * What the seventy-fifth session mended from its strangers (325-) and the seventy-fourth's list: a prohibition in a
 * document of one-line paragraphs, a hyphenated ordinal, a merge beside a gap sharing a common word, a rate's level
 * in percentage points said in per cent, compound units, "half a per cent", "shall have the right of", "преди" before a
 * date, the scale of a statement's amounts, part of a sentence left untranslated, a version's dot dropped, a
 * termbase's term kept as written.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keptLinks } from "../src/formats/text.js";
import { writeTmx } from "../src/formats/tmx.js";
import { align, alignFiles, parseDictionary, segment } from "../src/index.js";
import { getLanguage } from "../src/lang/index.js";
import { scalesIn } from "../src/review/checks/scales.js";
import { codeBlocksFlag } from "../src/review/code-blocks.js";
import { matchable } from "../src/score/matches.js";
import { tokenize } from "../src/score/tokens.js";
import { fixture, flagTexts, pairFlagTexts, sverka } from "./helpers.js";

describe("a paragraph of one sentence answered by one at the same place is compared whatever words it shares (stranger 318)", () => {
  test("a tender's three one-line conditions: each prohibition made a permission is an error", () => {
    const b = align(
      "Не се допуска представяне на варианти в офертите.\n\nНе се допуска участието на подизпълнители.\n",
      "Variants are allowed in tenders.\n\nSubcontractors may participate.\n",
      { sourceLang: "bg", targetLang: "en" },
    );
    expect(flagTexts(b)).toEqual([
      'error negation: the source says "Не се допуска представяне", and the translation permits it ("are allowed"): meaning reversed?',
      'error negation: the source says "Не се допуска участието", and the translation permits it ("may"): meaning reversed?',
    ]);
  });

  test("not in a paragraph of two sentences, where the layout does not place the link", () => {
    const b = align(
      "Не се допуска представяне на варианти в офертите. Не се допуска участието на подизпълнители.\n",
      "Variants are allowed in tenders. Subcontractors may participate.\n",
      { sourceLang: "bg", targetLang: "en" },
    );
    expect(flagTexts(b)).toEqual([
      'error negation: the source says "Не се допуска представяне", and the translation permits it ("are allowed"): meaning reversed?',
    ]);
  });
});

describe("an ordinal made one word with its noun is read as the ordinal (stranger 318)", () => {
  test('"fourth-category" for "трета категория" is a number changed', () => {
    expect(
      pairFlagTexts(
        "Участникът трябва да е вписан в регистъра за строежи от първа група, трета категория.",
        "The tenderer must be entered in the register for first-group, fourth-category construction works.",
      ),
    ).toEqual(["error numbers: the translation says fourth-category where the source says трета"]);
  });

  test("the same ordinal, or a hyphenated ordinal the source does not number, is no flag", () => {
    expect(
      pairFlagTexts(
        "Участникът трябва да е вписан в регистъра за строежи от първа група, трета категория.",
        "The tenderer must be entered in the register for first-group, third-category construction works.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Използвайте софтуер от външни доставчици.", "Use third-party software.")).toEqual([]);
  });
});

describe("a merge beside a gap holds where its sentences share far more with their own source than with the gap's (stranger 322)", () => {
  test("a step split in two beside a step left out: the omission alone, no 'out of step' warning", () => {
    const en = [
      "Installing on Windows",
      "",
      "To install DataSync Pro on Windows:",
      "",
      "1. Download the installer DataSyncPro-4.2.1-x64.msi from the portal.",
      "2. Double-click the file and click Yes when Windows asks for permission.",
      "3. Accept the license agreement and click Next.",
      "4. Select the installation folder.",
      "5. Click Install and wait until the installation is complete.",
      "6. Restart the computer if the installer prompts you to do so.",
    ];
    const bg = [
      "Инсталиране в Windows",
      "",
      "За да инсталирате DataSync Pro в Windows:",
      "",
      "1. Изтеглете инсталационния файл DataSyncPro-4.2.1-x64.msi от портала.",
      "2. Щракнете двукратно върху файла. Когато Windows поиска разрешение, щракнете върху Да.",
      "3. Изберете папката за инсталиране.",
      "4. Щракнете върху Инсталирай и изчакайте инсталирането да завърши.",
      "5. Рестартирайте компютъра, ако инсталаторът ви подкани да го направите.",
    ];
    const b = align(`${en.join("\n")}\n`, `${bg.join("\n")}\n`, { sourceLang: "en", targetLang: "bg" });
    const texts = flagTexts(b);
    expect(texts.filter((t) => t.startsWith("warning divergent"))).toEqual([]);
    expect(texts).toEqual(["error missing: this sentence is not translated (paragraph 3)"]);
  });
});

describe("a rate's level in percentage points said in per cent (stranger 314)", () => {
  test("a margin's level is the same rate; a change misstated in per cent is still an error", () => {
    expect(
      pairFlagTexts(
        "След първата година надбавката е 2,75 процентни пункта годишно.",
        "After the first year, the margin is 2.75% per annum.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Безработицата намаля с 1,6 процентни пункта.", "Unemployment fell by 1.6%.")).toEqual([
      "error units: the translation says 1.6% where the source says 1,6 процентни пункта: another unit",
    ]);
  });
});

describe("areas and volumes written as compound adjectives (stranger 325)", () => {
  test('"a 15,000-square-metre site" for "1,5 хектара" converts', () => {
    expect(
      pairFlagTexts(
        "Новият логистичен център заема терен от 1,5 хектара край гр. Пловдив.",
        "The new logistics centre occupies a 15,000-square-metre site near Plovdiv.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Складът е с площ 2 400 кв. м.", "The warehouse has a 25,800-square-foot floor area.")).toEqual([]);
  });

  test("a wrong conversion is still a number changed", () => {
    expect(pairFlagTexts("Складът е с площ 2 400 кв. м.", "The warehouse has a 52,800-square-foot floor area.")).not.toEqual([]);
  });
});

describe('"half a per cent" is 0.5 %, no fraction (stranger 325)', () => {
  test("the same rate passes; another rate is a number changed", () => {
    expect(pairFlagTexts("Неустойката е в размер на 0,5% на ден.", "The penalty is half a per cent per day.")).toEqual([]);
    expect(pairFlagTexts("Неустойката е в размер на 5% на ден.", "The penalty is half a per cent per day.")).toEqual([
      "error numbers: the translation says half where the source says 5",
    ]);
  });

  test("a half of a whole against another fraction is still the fractions check's", () => {
    expect(pairFlagTexts("Една трета от акциите са продадени.", "Half of the shares were sold.")).toEqual([
      'error numbers: the translation says "half" where the source says "една трета"',
    ]);
  });
});

describe('"shall have the right of" permits, as "shall have the right to" does (stranger 325)', () => {
  test("a permission translated so is no other modality; an obligation translated so is", () => {
    expect(
      pairFlagTexts(
        "НАЕМОДАТЕЛЯТ има право на достъп до имота след предварително уведомление.",
        "The LESSOR shall have the right of access to the property subject to prior notice.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts("НАЕМОДАТЕЛЯТ е длъжен да осигури достъп до имота.", "The LESSOR shall have the right of access to the property."),
    ).toEqual([
      'warning terms: the source says "длъжен" (obligation), the translation "shall have the right" (permission): another modality (what the text obliges or permits)?',
    ]);
  });
});

describe('"преди" before a date is a deadline (stranger 325)', () => {
  test('"after" that date reverses it; "before" and "by" keep it; "преди 30 години" is "ago"', () => {
    expect(pairFlagTexts("Плащането се извършва преди 30 юни 2025 г.", "Payment shall be made after 30 June 2025.")).toEqual([
      'error numbers: the limit is reversed: the translation says "after 30" where the source says "преди 30"',
    ]);
    expect(pairFlagTexts("Плащането се извършва преди 30 юни 2025 г.", "Payment shall be made before 30 June 2025.")).toEqual([]);
    expect(pairFlagTexts("Плащането се извършва преди 30 юни 2025 г.", "Payment shall be made by 30 June 2025.")).toEqual([]);
    expect(pairFlagTexts("Това стана преди 30 години.", "This happened 30 years ago.")).toEqual([]);
  });
});

describe("the scale a statement gives its amounts in (stranger 326)", () => {
  const bg = getLanguage("bg");
  const en = getLanguage("en");
  const scales = (text: string, lang: typeof bg) =>
    scalesIn(
      text,
      tokenize(text, lang).map((t) => matchable(t, lang)),
      lang,
    )
      .filter((s) => !s.amount)
      .map((s) => [s.factor, s.said]);

  test("a scale is a magnitude before a currency, with no number before it; thousands written '000 too", () => {
    expect(scales("Всички суми са в хиляди български лева (хил. лв.).", bg)).toEqual([
      [1000, "хиляди"],
      [1000, "хил."],
    ]);
    expect(scales("(в млн. евро)", bg)).toEqual([[1e6, "млн."]]);
    expect(scales("Amounts are in thousands of BGN.", en)).toEqual([[1000, "thousands"]]);
    expect(scales("Amounts in BGN'000", en)).toEqual([[1000, "'000"]]);
    expect(scales("Приходите са 84 356 хил. лв.", bg)).toEqual([]);
    expect(scales("Revenue in BGN thousand was 21,458.", en)).toEqual([[1000, "thousand"]]);
    expect(scales("Дарението е два и половина милиона лева, а не половин милион лева.", bg)).toEqual([]);
    expect(scales("Неустойката е хиляда лева, а глобата две хиляди лева.", bg)).toEqual([]);
    expect(scales("The fine is a thousand euros.", en)).toEqual([]);
    expect(scales("Хиляди хора протестираха.", bg)).toEqual([]);
  });

  test("left out, the translation's figures read a thousand times smaller: an error", () => {
    expect(
      pairFlagTexts(
        "Всички суми са представени в хиляди български лева (хил. лв.), освен ако не е посочено друго.",
        "All amounts are presented in Bulgarian leva (BGN) unless otherwise stated.",
      ),
    ).toEqual([
      'error units: the source gives its amounts in "хиляди", "хил." and the translation does not say so: every figure reads a thousand times smaller',
    ]);
    expect(pairFlagTexts("Сумите са в хиляди лева.", "Amounts are in millions of BGN.")).toEqual([
      'error units: the translation gives its amounts in "millions", where the source says "хиляди": another scale',
    ]);
  });

  test("kept in words or as '000, or said by the other side's amounts: no flag, and no name in the translation only", () => {
    expect(pairFlagTexts("Приходите са 21 458 хил. лв.", "Revenue (BGN '000) was 21,458.")).toEqual([]);
    expect(pairFlagTexts("Сумите са в хиляди лева.", "Amounts are in thousands of BGN.")).toEqual([]);
    const b = align("Сумите са в хиляди лева.\n", "Amounts are in BGN'000.\n", { sourceLang: "bg", targetLang: "en" });
    expect(b.links.flatMap((l) => l.flags)).toEqual([]);
  });
});

describe("part of a sentence left in the source's language (stranger 329)", () => {
  const source = "This version does not support Windows 7. Some antivirus programs may block the first start of the agent.";
  test("a clause of the source's words copied in order is an error", () => {
    expect(
      pairFlagTexts(
        source,
        "Тази версия не поддържа Windows 7. Някои антивирусни програми may block the first start of the agent.",
        "en",
        "bg",
      ),
    ).toEqual([
      'error untranslated: the translation keeps 8 words of the source as they are ("may block the first start of the agent"): part of the sentence left in English?',
    ]);
  });

  test("names, a product's name, a quoted title and a translated sentence are no such part", () => {
    expect(
      pairFlagTexts(
        "Open Microsoft Office Home and Business and read “The Art of Computer Programming” by Donald Knuth.",
        "Отворете Microsoft Office Home and Business и прочетете „The Art of Computer Programming“ от Donald Knuth.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        source,
        "Тази версия не поддържа Windows 7. Някои антивирусни програми може да блокират първото стартиране на агента.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });
});

describe("a version with a dot dropped is a version changed (stranger 329)", () => {
  test('"v2.31" for "v2.3.1" is an error as "v2.3.4" is', () => {
    const texts = pairFlagTexts(
      "This page applies to Fluxboard v2.3.1 and later.",
      "Тази страница се отнася за Fluxboard v2.31 и по-нови версии.",
      "en",
      "bg",
    );
    expect(texts).toContain("error names: the translation has v2.31 where the source has v2.3.1: codes and e-mails are copied exactly");
  });

  test('"v2.15" is the number "версия 2.15" has', () => {
    expect(pairFlagTexts("Install v2.15 first.", "Първо инсталирайте версия 2.15.", "en", "bg")).toEqual([]);
  });
});

describe("a termbase's term kept in the source's script is not translated, whatever word shares its stem (stranger 329)", () => {
  const termbase = parseDictionary("Save\tЗапази\n", "tsv", "en", "bg");
  const glossary = { dictionary: termbase, terms: termbase };
  const flags = (en: string, bg: string) =>
    align(`${en}\n`, `${bg}\n`, { sourceLang: "en", targetLang: "bg", ...glossary }).links.flatMap((l) =>
      l.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`),
    );

  test('"Save" kept beside "запазите": a warning; "Запази" written as the termbase has it: none', () => {
    expect(flags("Click Save to save your profile.", "Щракнете върху Save, за да запазите профила си.")).toEqual([
      'warning terms: your termbase translates "Save" as "Запази", and the translation does not use it',
    ]);
    expect(flags("Click Save to save your profile.", "Щракнете върху Запази, за да запазите профила си.")).toEqual([]);
  });
});

describe("a negation after an opening phrase is the opening clause's (stranger 331)", () => {
  test('"However, the court did not ..." and "According to the appellant, ... did not ..." keep it', () => {
    expect(
      pairFlagTexts(
        "Съдът обаче не е обсъдил изрично възражението по чл. 92, ал. 2 от ЗЗД за намаляване на неустойката поради прекомерност.",
        "However, the court did not expressly consider the objection under Art. 92(2) of the OCA for reduction of the penalty as excessive.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "Според жалбоподателя въззивният съд не е обсъдил възражението му за прекомерност на неустойката, направено своевременно с отговора на исковата молба.",
        "According to the appellant, the appellate court did not consider its objection that the penalty was excessive, raised in due time in the statement of defence.",
      ),
    ).toEqual([]);
  });
});

describe("an item's letter in brackets is its letter after the number (stranger 331)", () => {
  test('"item 2(b)" is "т. 2б"; "item 2(c)" is another reference', () => {
    expect(pairFlagTexts("Приложима е т. 2б от тълкувателното решение.", "Item 2(b) of the interpretative decision applies.")).toEqual([]);
    expect(pairFlagTexts("Приложима е т. 2б от тълкувателното решение.", "Item 2(c) of the interpretative decision applies.")).toEqual([
      'error numbers: the translation says "Item 2(c)" where the source says "т. 2б": another reference',
    ]);
  });
});

describe("parties swapped in a sentence naming both, and a procurement contract's parties (strangers 328, 331)", () => {
  test("the sentence's first word is its subject, whatever clause names the other party after it", () => {
    expect(
      pairFlagTexts("Ответникът твърди, че ищецът е получил сумата.", "The plaintiff argues that the defendant received the sum."),
    ).toEqual(["error names: the parties are swapped: in the source Ответникът acts, in the translation plaintiff"]);
    expect(
      pairFlagTexts("Ответникът твърди, че ищецът е получил сумата.", "The defendant argues that the plaintiff received the sum."),
    ).toEqual([]);
  });

  test('"Възложител" is the "Contracting Authority"', () => {
    expect(
      pairFlagTexts(
        "Изпълнителят заплаща на Възложителя неустойка в размер на 0,2 % на ден.",
        "The Contracting Authority shall pay the Contractor a penalty of 0.2% per day.",
      ),
    ).toEqual(["error names: the parties are swapped: in the source Изпълнителят acts, in the translation Authority"]);
    expect(
      pairFlagTexts(
        "Изпълнителят заплаща на Възложителя неустойка в размер на 0,2 % на ден.",
        "The Contractor shall pay the Contracting Authority a penalty of 0.2% per day.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Изпълнителят уведомява компетентния орган.", "The Contractor shall notify the competent authority.")).toEqual([]);
  });
});

describe("contract clauses whose negation went (strangers 327, 328)", () => {
  test("each is an error", () => {
    const reversed = [
      ["Стоката не се застрахова от Продавача.", "The goods shall be insured by the Seller."],
      ["Плащането не е дължимо преди приемането.", "Payment is due before acceptance."],
      ["Фактурата не се издава в електронен вид.", "The invoice is issued electronically."],
      [
        "Страните не носят отговорност за неизпълнение, причинено от непреодолима сила.",
        "The parties shall be liable for non-performance caused by force majeure.",
      ],
      [
        "Изпълнителят няма право да превъзлага дейности на подизпълнители, които не са посочени в офертата.",
        "The Contractor may subcontract activities to subcontractors not named in the tender.",
      ],
    ];
    for (const [bg, en] of reversed) expect(pairFlagTexts(bg!, en!).map((f) => f.slice(0, 14))).toEqual(["error negation"]);
  });

  test("kept, none", () => {
    expect(
      pairFlagTexts(
        "Страните не носят отговорност за неизпълнение, причинено от непреодолима сила.",
        "The parties shall not be liable for non-performance caused by force majeure.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Сумата е дължима.", "The amount is due.")).toEqual([]);
    expect(pairFlagTexts("Ищецът не е представил доказателства.", "The plaintiff has not adduced any evidence.")).toEqual([]);
  });
});

describe("numbers swapped between their indicators (stranger 328)", () => {
  test("an award's weights trading places is an error", () => {
    expect(pairFlagTexts("Цената има тежест 60 %, а качеството – 40 %.", "The price has a weight of 40% and the quality 60%.")).toEqual([
      "error numbers: the numbers are swapped: the source's тежест … 60 is weight … 40 in the translation, and качеството … 40 is quality … 60",
    ]);
    expect(pairFlagTexts("Цената има тежест 60 %, а качеството – 40 %.", "The price has a weight of 60% and the quality 40%.")).toEqual([]);
  });
});

describe("segmentation of a contract's signatures and an official document's title (strangers 327, 328)", () => {
  const sentences = (text: string, lang: string) => segment(text, lang).map((s) => s.text);
  test("an initial after a slash opens no sentence", () => {
    expect(sentences("ПРОДАВАЧ:    КУПУВАЧ:\n/П. Стоянов/    /М. Иванова/\n", "bg")).toEqual([
      "ПРОДАВАЧ:    КУПУВАЧ:",
      "/П. Стоянов/    /М. Иванова/",
    ]);
  });

  test("a title in capitals goes on after its date's abbreviation", () => {
    expect(sentences("ДОГОВОР № 112/01.04.2025 г. ЗА ИЗПЪЛНЕНИЕ НА СТРОИТЕЛСТВО\n", "bg")).toEqual([
      "ДОГОВОР № 112/01.04.2025 г. ЗА ИЗПЪЛНЕНИЕ НА СТРОИТЕЛСТВО",
    ]);
    expect(sentences("Заповед № РД-154 от 10.02.2025 г. НА КМЕТА НА ОБЩИНА ГАБРОВО\n", "bg")).toEqual([
      "Заповед № РД-154 от 10.02.2025 г. НА КМЕТА НА ОБЩИНА ГАБРОВО",
    ]);
    expect(sentences("Срокът изтече на 10.02.2025 г. Договорът е прекратен.\n", "bg")).toHaveLength(2);
  });
});

describe("a quarter written Q1 answers the first quarter (stranger 327)", () => {
  test("no 'cut short?' on a correct sentence with the quarter as Q1", () => {
    expect(
      pairFlagTexts(
        "Котелната централа в Добрич беше въведена в експлоатация през първото тримесечие на 2024 г.",
        "The Dobrich boiler plant was commissioned in Q1 2024.",
      ),
    ).toEqual([]);
  });
});

describe("a Markdown pair's code blocks, compared whole (stranger 329)", () => {
  const guide = (code: string, tail = "```\n") =>
    `# Install\n\nRun the build first.\n\n\`\`\`bash\n${code}\n${tail}\nThen open the page.\n`;
  const bgGuide = (code: string, tail = "```\n") =>
    `# Инсталиране\n\nПърво стартирайте компилацията.\n\n\`\`\`bash\n${code}\n${tail}\nСлед това отворете страницата.\n`;
  const check = async (en: string, bg: string) => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-code-"));
    writeFileSync(join(dir, "a.en.md"), en);
    writeFileSync(join(dir, "a.bg.md"), bg);
    return (await alignFiles(join(dir, "a.en.md"), join(dir, "a.bg.md"), { sourceLang: "en", targetLang: "bg" })).documentFlags ?? [];
  };

  test("the same code, comments translated: no flag", async () => {
    expect(await check(guide("# build the site\nnpm run build"), bgGuide("# компилирайте сайта\nnpm run build"))).toEqual([]);
  });

  test("code translated into the other script is an error naming both lines", async () => {
    expect(await check(guide("npm run build"), bgGuide("npm стартирай компилиране"))).toEqual([
      expect.objectContaining({
        type: "code-blocks",
        severity: "error",
        reason: expect.stringMatching(/a\.en\.md:5 is changed at .*a\.bg\.md:5 \("npm run build" is "npm стартирай компилиране"\)/u),
      }),
    ]);
  });

  test("a fence never closed is an error; a block left out an error, one added a warning", async () => {
    const unclosed = await check(guide("npm run build"), bgGuide("npm run build", ""));
    expect(unclosed.map((f) => [f.type, f.severity, f.reason.replace(/\S*a\.bg\.md/u, "a.bg.md")])).toEqual([
      [
        "code-blocks",
        "error",
        "code blocks: the code block opened at a.bg.md:5 is never closed: the rest of the translation reads as code",
      ],
    ]);
    expect(codeBlocksFlag([{ code: "make", line: 3 }], [], {})?.severity).toBe("error");
    expect(codeBlocksFlag([], [{ code: "make", line: 3 }], {})).toMatchObject({
      severity: "warning",
      evidence: { changes: [{ change: "added", target: 3 }] },
    });
  });

  test("blocks pair in order around those kept the same", () => {
    const flag = codeBlocksFlag(
      [
        { code: "a", line: 1 },
        { code: "b", line: 5 },
        { code: "c", line: 9 },
      ],
      [
        { code: "a", line: 1 },
        { code: "c", line: 7 },
      ],
    );
    expect(flag?.evidence.changes).toEqual([{ change: "left out", source: 5 }]);
  });
});

describe("a statement's sign lost in a row set in columns of spaces, and a negation of a verb the lexicon now knows (stranger 326)", () => {
  test("'(1 082)     (946)' / '(1,082)     946' is a sign lost, as between tabs", () => {
    expect(
      pairFlagTexts(
        "Коректив за очаквани кредитни загуби     (1 082)     (946)",
        "Loss allowance for expected credit losses     (1,082)     946",
      ),
    ).toEqual([
      "error numbers: the source writes (946) below zero where the translation has 946 with no brackets, minus or word of a loss: sign lost?",
    ]);
    expect(
      pairFlagTexts(
        "Коректив за очаквани кредитни загуби     (1 082)     (946)",
        "Loss allowance for expected credit losses     (1,082)     (946)",
      ),
    ).toEqual([]);
  });

  test('"не са емитирани нови акции" / "New shares were issued" is reversed', () => {
    expect(pairFlagTexts("През 2024 г. не са емитирани нови акции.", "New shares were issued in 2024.")).toEqual([
      'error negation: the source says "не са емитирани нови", and the translation has no negation: meaning reversed?',
    ]);
  });
});

describe("batch takes --dict, and says which command gives the problems' reasons (strangers 329, 330)", () => {
  const pair = () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-batch-dict-"));
    writeFileSync(join(dir, "ui.en.txt"), "You can follow the progress on the Dashboard.\n\nClick Save to keep your changes.\n");
    writeFileSync(join(dir, "ui.bg.txt"), "Можете да следите напредъка в Табло.\n\nЩракнете върху Save, за да запазите промените.\n");
    writeFileSync(join(dir, "glossary.tsv"), "Dashboard\tТабло\nSave\tЗапази\n");
    return dir;
  };

  test("the termbase is every pair's: its term kept in English is a warning, and --fail-on warning fails", async () => {
    const dir = pair();
    const run = await sverka([
      "batch",
      dir,
      "-s",
      "en",
      "-t",
      "bg",
      "--out-dir",
      join(dir, "out"),
      "--jobs",
      "1",
      "--fail-on",
      "warning",
      "--dict",
      join(dir, "glossary.tsv"),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ui +2\/2 +2 +[\d.]+ +0\/1 /mu);
    expect(run.stdout).toContain(
      `problems, with their reasons and places: sverka check ${dir} -s en -t bg --dict ${join(dir, "glossary.tsv")}`,
    );
    const check = await sverka([
      "check",
      join(dir, "ui.en.txt"),
      join(dir, "ui.bg.txt"),
      "-s",
      "en",
      "-t",
      "bg",
      "--dict",
      join(dir, "glossary.tsv"),
    ]);
    expect(check.stdout).toContain('warning terms        your termbase translates "Save" as "Запази"');
  });

  test("a dictionary that cannot be read fails the batch before any pair", async () => {
    const dir = pair();
    const run = await sverka(["batch", dir, "-s", "en", "-t", "bg", "--out-dir", join(dir, "out"), "--dict", join(dir, "none.tsv")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("none.tsv: no such file");
  });
});

describe("two sentences a news item translates in the other order make a unit of the memory each (stranger 330)", () => {
  test("the moved sentence pairs with its translation in the TMX and the TSV, noted as moved; the flags stay", async () => {
    const bitext = await alignFiles(fixture("moved", "bg.txt"), fixture("moved", "en.txt"));
    expect(flagTexts(bitext).filter((f) => f.includes("moved?"))).toHaveLength(2);
    const tmx = writeTmx(bitext, { date: new Date(0) });
    expect(tmx).toMatch(
      /<prop type="x-sverka-link">1-1 s7 t6<\/prop>\s*<prop type="x-sverka-flag">info order: source sentence 8 is translation sentence 7, moved from its place: a unit of its own<\/prop>\s*<tuv xml:lang="bg"><seg>Залата ще бъде затворена от 5 януари до 28 февруари.<\/seg><\/tuv>\s*<tuv xml:lang="en"><seg>Hall 1 will be closed from January 5 to February 28.<\/seg><\/tuv>/u,
    );
    expect(tmx.match(/<tu /gu)).toHaveLength(10);
    expect(keptLinks(bitext).filter((l) => l.source.length && l.target.length)).toHaveLength(10);
  });

  test("a sentence left out and another added, sharing nothing, make no unit", () => {
    const b = align(
      "Първото изречение е тук.\n\nВторото изречение говори за бюджета от 5 млн. лв.\n\nТретото изречение е последно.\n",
      "The first sentence is here.\n\nThe third sentence is the last one.\n\nA sentence about the weather was added.\n",
    );
    expect(keptLinks(b).filter((l) => l.source.length && l.target.length)).toHaveLength(2);
  });
});

describe("smaller matters of strangers 326-331", () => {
  test("a period's year written once in the translation for two dates in words", () => {
    expect(
      pairFlagTexts(
        "Финансовият отчет обхваща периода от 1 януари 2024 г. до 31 декември 2024 г.",
        "The financial statements cover the period from 1 January to 31 December 2024.",
      ),
    ).toEqual([]);
  });

  test("a surname in the other gender's form is one flag, not two", () => {
    const b = align(
      "Договорът се подписа от Таня Христова – кмет на общината.\n\nТаня Христова е кмет от 2019 г.\n",
      "The contract was signed by Tanya Hristov, Mayor of the Municipality.\n\nTanya Hristova has been mayor since 2019.\n",
    );
    expect(flagTexts(b)).toEqual([
      "warning names: the source's Христова (Hristova) is Hristov in the translation: the surname in the other gender's form, another person?",
    ]);
  });

  test('a statute\'s "предл." and "б." read as its references', () => {
    expect(segment("Искът е с правно основание чл. 26, ал. 1, предл. 3 от ЗЗД и е допустим.", "bg")).toHaveLength(1);
    expect(pairFlagTexts("Приложим е чл. 8, ал. 1, т. 3, б. „в“ от закона.", "Article 8(1)(3)(d) of the Act applies.")).toEqual([
      'error numbers: the translation says "8(1)(3)(d)" where the source says "б. „в“": another reference',
    ]);
    expect(pairFlagTexts("Приложим е чл. 8, ал. 1, т. 3, б. „в“ от закона.", "Article 8(1)(3)(c) of the Act applies.")).toEqual([]);
  });

  test("batch aligns again a pair up to date when its dictionaries change", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-batch-stale-"));
    writeFileSync(join(dir, "ui.en.txt"), "Click Save to keep your changes.\n");
    writeFileSync(join(dir, "ui.bg.txt"), "Щракнете върху Save, за да запазите промените.\n");
    writeFileSync(join(dir, "glossary.tsv"), "Save\tЗапази\n");
    const args = ["batch", dir, "-s", "en", "-t", "bg", "--out-dir", join(dir, "out"), "--jobs", "1", "-q", "--fail-on", "warning"];
    expect((await sverka(args)).code).toBe(0);
    expect((await sverka([...args, "--dict", join(dir, "glossary.tsv")])).code).toBe(1);
    writeFileSync(join(dir, "glossary.tsv"), "Dashboard\tТабло\n");
    expect((await sverka([...args, "--dict", join(dir, "glossary.tsv")])).code).toBe(0);
  });
});

describe("a chapter's Roman figure spelt in tens and units (stranger 333)", () => {
  test('"Chapter Twenty-one" is "Глава XXI"; "Twenty-two" is not', () => {
    expect(pairFlagTexts("Глава XXI", "Chapter Twenty-one")).toEqual([]);
    expect(pairFlagTexts("Глава XXI", "Chapter Twenty-two")).toEqual(["warning names: XXI is not in the translation"]);
  });
});

describe("a web shop's and a project report's negations and signs (strangers 332, 335)", () => {
  test("a negation the lexicon now knows the verb of is an error where it went", () => {
    const reversed = [
      ["Общественият контрол не е проведен в срок.", "The public control was carried out on time."],
      ["Не са констатирани нередности.", "Irregularities were found."],
      ["Планът не предвижда нови дейности.", "The plan intends new activities."],
    ];
    for (const [bg, en] of reversed) expect(pairFlagTexts(bg!, en!).map((f) => f.slice(0, 14))).toEqual(["error negation"]);
    expect(pairFlagTexts("Не са констатирани нередности.", "No irregularities were found.")).toEqual([]);
  });

  test('"are not eligible" is a prohibition, which "могат" turns into a permission', () => {
    expect(
      pairFlagTexts(
        "Existing customers are not eligible for this discount.",
        "Съществуващите клиенти също могат да се възползват от тази отстъпка.",
        "en",
        "bg",
      ),
    ).toEqual(['error negation: the source says "are not eligible for", and the translation permits it ("могат"): meaning reversed?']);
  });

  test("a minus before a currency's sign is the amount's: '−€8.93' is '−8,93 €'", () => {
    expect(pairFlagTexts("Discount: −€8.93", "Отстъпка: −8,93 €", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("Balance: −€8.93", "Салдо: 8,93 €", "en", "bg").map((f) => f.slice(0, 13))).toEqual(["error numbers"]);
    // A discount's word says the amount is taken off, as "a loss of" says a loss (stranger 356: "-22 %" / "22% off").
    expect(pairFlagTexts("Discount: −€8.93", "Отстъпка: 8,93 €", "en", "bg")).toEqual([]);
  });

  test('"Lightweight" in a product\'s title is a word the translation translates, no name', () => {
    expect(
      pairFlagTexts(
        "Trail Runner 3 – Lightweight running shoes | PeakStore",
        "Trail Runner 3 – Леки обувки за бягане | PeakStore",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });
});

describe("a line of dialogue merged with narration the translation says nothing in speech of (stranger 333)", () => {
  const novel = (bg: readonly string[], en: readonly string[]) =>
    align(`${bg.join("\n")}\n`, `${en.join("\n")}\n`, { sourceLang: "bg", targetLang: "en" });
  const bg = [
    "— Защо?",
    "— Мисля, че ще вали — каза Рада, като погледна небето.",
    "Камбаната на черквата удари пладне и пазарът постепенно опустя. Тодор взе кесията от масата и излезе, без да каже нито дума. Дъждът не спря цели три дни и реката излезе от коритото си.",
    "— Не.",
    "— Не плачи, Марине, всичко ще се оправи.",
  ];
  const en = [
    "— Why?",
    "— I think it's going to rain, — said Rada, looking at the sky.",
    "The church bell struck noon, and the market gradually emptied. Todor took the purse from the table and left without a word. The rain did not stop for three whole days, and the river burst its banks.",
    "— Don't cry, Marin, everything will be all right.",
  ];

  test("the reply left out is a warning naming it, in a novel saved a paragraph a line", () => {
    expect(flagTexts(novel(bg, en)).filter((f) => f.startsWith("warning missing"))).toEqual([
      'warning missing: the translation seems to leave out source sentence 6 ("— Не."): a line of dialogue matched with a translation sentence that says nothing in speech (no dash, no quotation mark), which answers the other sentence alone',
    ]);
  });

  test("translated, no flag", () => {
    expect(flagTexts(novel(bg, [...en.slice(0, 3), "— No.", en[3]!]))).toEqual([]);
  });
});

describe("a vote's counts given to the other side (stranger 330)", () => {
  const bg = "За бюджета гласуваха 132 народни представители, против бяха 74, а 12 се въздържаха.";
  const error =
    "error numbers: the vote's counts are swapped: 132 for in the source is 132 against in the translation, 74 against in the source is 74 for in the translation";

  test("each clause's count takes the side its clause names, however the sentence says it", () => {
    expect(pairFlagTexts(bg, "The budget was supported by 74 MPs, with 132 voting against and 12 abstaining.")).toEqual([error]);
    expect(
      pairFlagTexts(
        "За гласуваха 132 депутати, против – 74, въздържали се – 12.",
        "There were 74 votes in favour, 132 against and 12 abstentions.",
      ),
    ).toEqual([error]);
    expect(
      pairFlagTexts(
        "Решението беше подкрепено от 132 депутати, а 74 гласуваха против.",
        "The decision was supported by 74 MPs, while 132 voted against.",
      ),
    ).toEqual([error]);
    expect(
      pairFlagTexts(
        "Предложението беше прието със 132 гласа „за“, 74 „против“ и 12 „въздържал се“.",
        "The proposal was adopted with 74 votes in favour, 132 against and 12 abstentions.",
      ),
    ).toEqual([error]);
  });

  test("the same counts on the same sides, or no vote, no flag", () => {
    expect(pairFlagTexts(bg, "The budget was supported by 132 MPs, with 74 voting against and 12 abstaining.")).toEqual([]);
    expect(pairFlagTexts("Пътят е 132 км, а тунелът е 74 м.", "The road is 132 km and the tunnel is 74 m.")).toEqual([]);
  });
});

describe("a statement's income made an expense (stranger 326)", () => {
  test('"данъчен приход" / "tax expense" is an error; income and expenses both said, or costs for разходи, no flag', () => {
    expect(pairFlagTexts("Данъчният приход за годината е 1 234 хил. лв.", "The tax expense for the year is BGN 1,234 thousand.")).toEqual([
      'error terms: the source says "приход" (income), the translation "expense" (expense): another line of a statement (income or expense)?',
    ]);
    expect(pairFlagTexts("Приходите и разходите за годината са балансирани.", "Income and expenses for the year are balanced.")).toEqual(
      [],
    );
    expect(pairFlagTexts("Разходите за персонал нараснаха.", "Staff costs increased.")).toEqual([]);
  });
});

describe("a deadline on a day of the month, its ordinal after an article (stranger 325)", () => {
  test('"не по-късно от 5-о число" / "no earlier than the 5th day" is reversed; "no later than the 5th" and "by the 5th" keep it', () => {
    const bg = "Наемът се заплаща не по-късно от 5-о число на текущия месец.";
    expect(pairFlagTexts(bg, "The rent shall be paid no earlier than the 5th day of the current month.")).toEqual([
      'error numbers: the limit is reversed: the translation says "no earlier than the 5th" where the source says "не по-късно от 5"',
    ]);
    expect(pairFlagTexts(bg, "The rent shall be paid no later than the 5th day of the current month.")).toEqual([]);
    expect(pairFlagTexts("Наемът се заплаща до 5-о число на месеца.", "The rent is payable by the 5th day of the month.")).toEqual([]);
  });
});

describe("an HTML page's own language tag gives a language without a region its region (stranger 335)", () => {
  test("a US page's 04/01/2026 is April 1: '4 януари' is a date changed; the memory names en-US", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-html-lang-"));
    writeFileSync(
      join(dir, "page.en.html"),
      '<!doctype html><html lang="en-US"><body><p>Welcome to our shop.</p><p>New prices take effect on 04/01/2026 for all new subscriptions.</p></body></html>',
    );
    writeFileSync(
      join(dir, "page.bg.html"),
      '<!doctype html><html lang="bg"><body><p>Добре дошли в нашия магазин.</p><p>Новите цени влизат в сила от 4 януари 2026 г. за всички нови абонаменти.</p></body></html>',
    );
    const b = await alignFiles(join(dir, "page.en.html"), join(dir, "page.bg.html"), { sourceLang: "en", targetLang: "bg" });
    expect(b.source.lang).toBe("en-US");
    expect(flagTexts(b)).toEqual(["error dates: the translation says 4 януари 2026 г. where the source says 04/01/2026"]);
    const given = await alignFiles(join(dir, "page.en.html"), join(dir, "page.bg.html"), { sourceLang: "en-GB", targetLang: "bg" });
    expect(given.source.lang).toBe("en-GB");
    expect(flagTexts(given)).toEqual([]);
  });
});

describe("a dialogue's question, a dash and its speaker stay one sentence (stranger 333)", () => {
  test("'— Who's there? — Rada called out of the darkness.' is one, as the Bulgarian is", () => {
    expect(segment("— Who's there? — Rada called out of the darkness.\n", "en").map((s) => s.text)).toEqual([
      "— Who's there? — Rada called out of the darkness.",
    ]);
    expect(segment("— Who's there? — Rada opened the door.\n", "en")).toHaveLength(2);
  });
});

describe("a clause goes on past an abbreviation's full stop (stranger 326)", () => {
  test('"не разпределя дивидент за 2023 г. поради загуба" / "... because of a profit" is reversed, as without the year', () => {
    expect(
      pairFlagTexts(
        "Дружеството не разпределя дивидент за 2023 г. поради загуба.",
        "The Company does not distribute a dividend for 2023 because of a profit.",
      ),
    ).toEqual(['error terms: the source says "загуба" (loss), the translation "profit" (profit): the opposite, meaning reversed?']);
  });
});

describe("two sentences linked crosswise make a unit each of the memory, their own translation (stranger 333)", () => {
  test("sentences that differ only by a name, translated in the other order: the links are errors, the units right", () => {
    const bg = [
      "Глава I",
      "",
      "Вечерта в кръчмата се събраха мъжете от горната махала. Гина познаваше всяка пътека в планината, всеки камък и всеки извор. Рада познаваше всяка пътека в планината, всеки камък и всеки извор. Старецът разказваше за войната, а очите му блестяха от сълзи.",
      "",
      "Вятърът виеше в комина, а старата къща скърцаше като кораб в буря. Майка му плетеше до огъня и от време на време въздишаше тежко. Кучето излая два пъти и пак се сви под навеса.",
    ];
    const en = [
      "Chapter I",
      "",
      "In the evening the men from the upper quarter gathered at the tavern. Rada knew every path in the mountains, every stone and every spring. Gina knew every path in the mountains, every stone and every spring. The old man talked about the war, and his eyes glistened with tears.",
      "",
      "His mother was knitting by the fire and sighed heavily from time to time. The wind howled in the chimney, and the old house creaked like a ship in a storm. The dog barked twice and curled up again under the shed.",
    ];
    const b = align(`${bg.join("\n")}\n`, `${en.join("\n")}\n`);
    expect(flagTexts(b).filter((f) => f.startsWith("error divergent"))).toHaveLength(2);
    const first = (side: "source" | "target", ids: readonly number[]) => b[side].segments[ids[0]!]!.text.split(" ")[0];
    const units = keptLinks(b)
      .filter((l) => l.source.length === 1 && l.target.length === 1)
      .map((l) => `${first("source", l.source)} ${first("target", l.target)}`);
    expect(units.slice(0, 6)).toEqual(["Глава Chapter", "Вечерта In", "Гина Gina", "Рада Rada", "Старецът The", "Кучето The"]);
  });
});
