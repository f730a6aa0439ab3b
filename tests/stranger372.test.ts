/**
 * What the eightieth session mended from its strangers (372-378) and from earlier reproductions still open.
 */

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, reviewUnits, segment } from "../src/index.js";
import { flagTexts, pairFlagTexts, sverka } from "./helpers.js";

/** The flags of a memory's units, each a BG sentence and its EN translation, as "severity type: reason" by unit. */
function unitFlags(pairs: ReadonlyArray<readonly [string, string]>, sourceLang = "bg", targetLang = "en"): string[][] {
  const seg = (text: string, id: number) => ({ id, text, start: 0, end: text.length, paragraph: id });
  const b = reviewUnits(
    pairs.map(([s], n) => seg(s, n)),
    pairs.map(([, t], n) => seg(t, n)),
    { sourceLang, targetLang },
  );
  return b.links.map((l) => l.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`));
}

describe("a Markdown pair's code block changed is placed on its fence's line (stranger 366)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-372-"));
  writeFileSync(
    join(dir, "en.md"),
    "# Configuration\n\nThe following command prints the effective configuration:\n\n```sh\nkestrel-admin config show --effective\n```\n\nRun it after every change.\n",
  );
  writeFileSync(
    join(dir, "bg.md"),
    "# Конфигурация\n\nСледната команда извежда действащата конфигурация:\n\n```sh\nkestrel-admin config show\n```\n\nИзпълнявайте я след всяка промяна.\n",
  );

  test("the JSON's locations, the text report and the GitHub annotation name the block's line", async () => {
    const args = ["check", join(dir, "en.md"), join(dir, "bg.md"), "-s", "en", "-t", "bg", "-q"];
    const json = await sverka([...args, "-f", "json"]);
    expect(json.code).toBe(1);
    const problem = JSON.parse(json.stdout).problems.find((p: { type: string }) => p.type === "code-blocks");
    expect(problem.locations.map((l: Record<string, unknown>) => [l.side, l.line, l.sentence, l.gap, l.codeBlock])).toEqual([
      ["target", 5, 2, "after", true],
      ["source", 5, 2, "after", true],
    ]);
    const text = await sverka(args);
    expect(text.stdout).toContain("bg.md:5:1 the code block after sentence 2: Следната команда извежда действащата конфигурация: ▸");
    expect(text.stdout).not.toContain("the whole document");
    const github = await sverka([...args, "-f", "github"]);
    expect(github.stdout).toMatch(/^::error file=.*bg\.md,line=5,col=1,/mu);
  });
});

describe("a food label's lists and statements (stranger 375)", () => {
  test("an allergen left out of a label's list is told however many units say the same words", () => {
    const units: Array<[string, string]> = [
      ["Съдържа ЯЙЦА, МЛЯКО и ГЛУТЕН.", "Contains EGGS and GLUTEN."],
      ["Съдържа МЛЯКО, ЯЙЦА и ГЛУТЕН.", "Contains MILK and GLUTEN."],
      ["Съдържа: МЛЯКО, ЯЙЦА.", "Contains: MILK."],
    ];
    const flags = unitFlags(units);
    expect(flags[0]).toEqual([
      'warning missing: the source lists 3 items (Съдържа ЯЙЦА, МЛЯКО, ГЛУТЕН) and the translation 2, with nothing for "МЛЯКО": left out?',
    ]);
    expect(flags[1]).toHaveLength(1);
  });

  test("an ingredient list in lowercase, and one that is nothing but its items, tell the egg left out", () => {
    expect(
      unitFlags([["Съставки: пшенично брашно, мляко, захар, яйца, мая.", "Ingredients: wheat flour, milk, sugar, yeast."]])[0],
    ).toEqual([
      'warning missing: the source lists 5 items (пшенично брашно, мляко, захар, яйца, мая) and the translation 4, with nothing for "яйца": left out?',
    ]);
    expect(
      unitFlags([["Пшенично брашно, МЛЯКО, захар, ЯЙЦА, стафиди, мая, сол.", "Wheat flour, MILK, sugar, raisins, yeast, salt."]])[0],
    ).toHaveLength(1);
    // All of them there: nothing.
    expect(
      unitFlags([["Пшенично брашно, МЛЯКО, захар, ЯЙЦА, стафиди, мая, сол.", "Wheat flour, MILK, sugar, EGGS, raisins, yeast, salt."]])[0],
    ).toEqual([]);
  });

  test("may contain made contains, both ways, is a warning; said alike, nothing", () => {
    expect(unitFlags([["Може да съдържа следи от СУСАМ и СОЯ.", "Contains traces of SESAME and SOYA."]])[0]).toEqual([
      'warning terms: the source says "Може да съдържа" (possible), the translation "Contains" (certain): another certainty (may contain or contains)?',
    ]);
    expect(unitFlags([["May contain traces of SESAME and SOYA.", "Съдържа следи от СУСАМ и СОЯ."]], "en", "bg")[0]).toHaveLength(1);
    expect(unitFlags([["Съдържа: МЛЯКО. Може да съдържа следи от ЯДКИ.", "Contains: MILK. May contain traces of NUTS."]])[0]).toEqual([]);
  });
});

describe("numbers a contract or a study says in words (strangers 368, 369)", () => {
  test("a deposit returned double, translated as the deposit, is a warning; twice the deposit is the same", () => {
    const bg = "Ако окончателният договор не бъде сключен в срок по вина на ПРОДАВАЧА, той връща на КУПУВАЧА капарото в двоен размер.";
    expect(
      pairFlagTexts(
        bg,
        "If the final agreement is not concluded on time through the fault of the SELLER, the SELLER shall return the deposit to the BUYER.",
      ),
    ).toEqual(['warning terms: the source says "в двоен размер" (double), the translation says no multiple of it: left out?']);
    expect(
      pairFlagTexts(
        bg,
        "If the final agreement is not concluded on time through the fault of the SELLER, the SELLER shall return twice the deposit to the BUYER.",
      ),
    ).toEqual([]);
  });

  test("two-and-a-half times is 2,5, and not 3,5", () => {
    expect(pairFlagTexts("Рискът беше 2,5 пъти по-висок при пушачите.", "Smokers had a two-and-a-half times higher risk.")).toEqual([]);
    expect(pairFlagTexts("Рискът беше 3,5 пъти по-висок при пушачите.", "Smokers had a two-and-a-half times higher risk.")).toEqual([
      "error numbers: the translation says two-and-a-half where the source says 3,5",
    ]);
  });
});

describe("the pair's own problems on the review page, in the workbook and in the summary (stranger 376)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-372-"));
  writeFileSync(join(dir, "en.md"), "# Firewall\n\nEnable the firewall:\n\n```sh\nsudo ufw enable\n```\n\nCheck its status afterwards.\n");
  writeFileSync(
    join(dir, "bg.md"),
    "# Защитна стена\n\nВключете защитната стена:\n\n```sh\nsudo ufw --force enable\n```\n\nПроверете състоянието ѝ след това.\n",
  );
  const args = [join(dir, "en.md"), join(dir, "bg.md"), "-s", "en", "-t", "bg"];

  test("a workbook has a sheet of them after the review sheet", async () => {
    const out = join(dir, "review.xlsx");
    await sverka(["align", ...args, "-o", out, "-q"]);
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Review", "Whole pair", "sverka-bitext"]);
    const row = book.getWorksheet("Whole pair")!.getRow(2);
    expect([row.getCell(1).value, row.getCell(2).value]).toEqual(["error", "code-blocks"]);
    expect(String(row.getCell(3).value)).toContain('"sudo ufw enable" is "sudo ufw --force enable"');
  });

  test("the summary says an error is one", async () => {
    const r = await sverka(["align", ...args, "-o", join(dir, "b.json"), "--summary"]);
    expect(r.stderr).toMatch(/^ {2}error {7}code blocks, which a translation copies/mu);
  });
});

describe("a catalogue's abbreviations (stranger 374)", () => {
  test("a dimension's abbreviation before its figure ends no sentence", () => {
    const texts = (text: string, lang: string) => segment(text, lang).map((g) => g.text);
    expect(texts("Сребърна фиала\nВ. 3,8 см; диам. 14,2 см.\nМеч тип махайра\nДълж. 62 см.", "bg")).toEqual([
      "Сребърна фиала",
      "В. 3,8 см; диам. 14,2 см.",
      "Меч тип махайра",
      "Дълж. 62 см.",
    ]);
    expect(texts("Silver phiale\nH. 3.8 cm; diam. 14.2 cm.\nCoin\nDiam. 2.6 cm.", "en")).toEqual([
      "Silver phiale",
      "H. 3.8 cm; diam. 14.2 cm.",
      "Coin",
      "Diam. 2.6 cm.",
    ]);
  });

  test("batch takes --abbreviations for every pair, and refuses a file it cannot read before any", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-372-"));
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.bg.txt"), "Предмет 1\nРазм. 5 см. Тежък.\n");
    writeFileSync(join(dir, "in", "a.en.txt"), "Item 1\nSz. 5 cm. Heavy.\n");
    writeFileSync(join(dir, "abbr.txt"), "разм.\nsz.\n");
    const r = await sverka([
      "batch",
      join(dir, "in"),
      "--out-dir",
      join(dir, "out"),
      "-f",
      "json",
      "-q",
      "--abbreviations",
      join(dir, "abbr.txt"),
    ]);
    expect(r.code).toBe(0);
    const b = JSON.parse(readFileSync(join(dir, "out", "a.json"), "utf8"));
    expect(b.source.segments.map((g: { text: string }) => g.text)).toEqual(["Предмет 1", "Разм. 5 см.", "Тежък."]);
    expect(b.target.segments.map((g: { text: string }) => g.text)).toEqual(["Item 1", "Sz. 5 cm.", "Heavy."]);
    const bad = await sverka(["batch", join(dir, "in"), "--out-dir", join(dir, "out2"), "-q", "--abbreviations", join(dir, "none.txt")]);
    expect(bad.code).toBe(2);
  });
});

describe("a bank's, a builder's and a manual's words (strangers 372, 373, 377, 378)", () => {
  test("a fee's negation lost beside a relative clause's own is an error; kept, nothing", () => {
    const bg = "Банката не събира такси за услуги, които не са предоставени.";
    expect(pairFlagTexts(bg, "The Bank charges fees for services that have not been provided.")).toEqual([
      'error negation: the source says "не събира такси", and the translation has no negation in its opening clause: meaning reversed?',
    ]);
    expect(pairFlagTexts(bg, "The Bank does not charge fees for services that have not been provided.")).toEqual([]);
    expect(pairFlagTexts("Банката не събира такса за управление на кредита.", "The Bank charges a loan management fee.")).toEqual([
      'error negation: the source says "не събира такса", and the translation has no negation: meaning reversed?',
    ]);
  });

  test("a zero floor said in words is a number", () => {
    expect(
      pairFlagTexts(
        "Когато стойността на EURIBOR е отрицателна, тя се приема за нула.",
        "Where the value of EURIBOR is negative, it shall be deemed to be 1.",
      ),
    ).toEqual(["error numbers: the translation says 1 where the source says нула"]);
    expect(
      pairFlagTexts(
        "Когато стойността на EURIBOR е отрицателна, тя се приема за нула.",
        "Where the value of EURIBOR is negative, it shall be deemed to be zero.",
      ),
    ).toEqual([]);
  });

  test("the Employer for the Contractor is the parties swapped", () => {
    expect(
      pairFlagTexts("Разходите за изпитванията са за сметка на Изпълнителя.", "The cost of testing shall be borne by the Employer."),
    ).toEqual(["error names: the parties are swapped: the translation says Employer where the source says Изпълнителя"]);
    expect(
      pairFlagTexts("Разходите за изпитванията са за сметка на Възложителя.", "The cost of testing shall be borne by the Employer."),
    ).toEqual([]);
  });

  test("a clause's number is not the temperature whose sign turned", () => {
    expect(
      pairFlagTexts(
        "5.1. Бетонирането се извършва при температура на въздуха не по-ниска от +5 °C.",
        "5.1. Concreting shall be carried out at air temperatures not lower than -5 °C.",
      ),
    ).toEqual(["error numbers: the translation writes -5 below zero where the source has +5: the sign turned"]);
  });

  test("three decimals kept with the comma read as thousands in English", () => {
    expect(pairFlagTexts("Общо количество арматура: 48,750 т.", "Total quantity of reinforcement: 48,750 t.")).toEqual([
      "warning numbers: the translation writes 48,750 with the source's decimal comma: English writes 48.750 (48,750 reads as 48750 there)",
    ]);
    expect(pairFlagTexts("Общо количество арматура: 48,750 т.", "Total quantity of reinforcement: 48.750 t.")).toEqual([]);
  });

  test("a participle negated after its noun is a negation: both kept, nothing", () => {
    expect(
      pairFlagTexts(
        "Не се заплащат загуби от рязане и застъпвания, които не са предвидени в проекта.",
        "Cutting losses and laps not provided for in the design shall not be paid.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "Не се заплащат загуби от рязане и застъпвания, които не са предвидени в проекта.",
        "Cutting losses and laps not provided for in the design shall be paid.",
      ),
    ).toHaveLength(1);
  });

  test("a procedure's before made after is a warning", () => {
    expect(
      pairFlagTexts(
        "Stop the engine and wait at least 10 minutes before you drain the oil.",
        "Спрете двигателя и изчакайте поне 10 минути, след като източите маслото.",
        "en",
        "bg",
      ),
    ).toEqual([
      'warning terms: the source says "before you" (before), the translation "след като" (after): the opposite, meaning reversed?',
    ]);
    expect(
      pairFlagTexts(
        "Stop the engine and wait at least 10 minutes before you drain the oil.",
        "Спрете двигателя и изчакайте поне 10 минути, преди да източите маслото.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("unless made a plain if is another condition; if ... not is unless said otherwise", () => {
    expect(
      pairFlagTexts(
        "Дивидентът ще бъде изплатен изцяло, освен ако Общото събрание реши друго.",
        "The dividend will be paid in full if the General Meeting decides otherwise.",
      ),
    ).toEqual([
      'warning terms: the source says "освен ако" (unless), the translation "if" (if): another condition (if, unless, even if, only if)?',
    ]);
    expect(
      pairFlagTexts(
        "Договорът се удължава, освен ако страните се споразумеят друго.",
        "The agreement is extended if the parties do not agree otherwise.",
      ),
    ).toEqual([]);
  });

  test("a degree after the name is the title; a loan's rate turned is an error", () => {
    expect(pairFlagTexts("Докладът е изготвен от инж. Стефан Иванов.", "The report was prepared by Stefan Ivanov, MEng.")).toEqual([]);
    expect(pairFlagTexts("Кредитът е с плаващ лихвен процент.", "The loan bears a fixed interest rate.")[0]).toMatch(/^error terms: /u);
  });

  test("a prohibition made a command by a verb done again is an error; a catalogue's state negated too", () => {
    expect(pairFlagTexts("Не замразявайте повторно след размразяване.", "Refreeze after defrosting.")).toEqual([
      'error negation: the source says "Не замразявайте повторно", and the translation has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Фиалата не е реставрирана.", "The phiale has been restored.")).toEqual([
      'error negation: the source says "не е реставрирана", and the translation has no negation: meaning reversed?',
    ]);
  });
});

describe("a museum's rulers and a manual's warning (strangers 373, 374)", () => {
  const museum = (ruler: string, translated: string) =>
    flagTexts(
      align(
        `Музеят показва монети от римската епоха. Монетата е сечена по времето на император ${ruler}. Тя е намерена през 1965 г. край село Хрищени. Днес се пази в основната експозиция. Входът за посетители е свободен в сряда.\n`,
        `The museum shows coins from the Roman era. The coin was struck under Emperor ${translated}. It was found in 1965 near the village of Hrishteni. Today it is kept in the main exhibition. Admission for visitors is free on Wednesdays.\n`,
      ),
    ).filter((f) => f.includes(" names: "));

  test("an emperor named for another is a names warning; his English name, nothing", () => {
    expect(museum("Траян", "Hadrian")).toEqual([
      "warning names: the name Траян (Trayan) is not in the translation, which names Emperor Hadrian instead: replaced by another name?",
    ]);
    expect(museum("Комод", "Marcus Aurelius")).toHaveLength(1);
    expect(museum("Траян", "Trajan")).toEqual([]);
  });

  test("a safety step left out of a warning's list of actions, a subordinate clause after it, is told", () => {
    expect(
      pairFlagTexts(
        "Stop the engine, engage the park lock and remove the key before you service the tractor.",
        "Спрете двигателя и извадете ключа, преди да обслужвате трактора.",
        "en",
        "bg",
      ),
    ).toEqual([
      'warning missing: the source lists 3 items (Stop the engine, engage the park lock, remove the key before) and the translation 2, with nothing for "engage the park lock": left out?',
    ]);
  });
});

describe("a hardening guide's codes (stranger 376)", () => {
  test("a version's hotfix left out is the version changed, told once", () => {
    expect(pairFlagTexts("Upgrade PAN-OS to 10.2.9-h1 or later.", "Обновете PAN-OS до 10.2.9 или по-нова.", "en", "bg")).toEqual([
      "error names: the translation has 10.2.9 where the source has 10.2.9-h1: codes and e-mails are copied exactly",
    ]);
    expect(pairFlagTexts("Upgrade PAN-OS to 10.2.9-h1 or later.", "Обновете PAN-OS до 10.2.9-h1 или по-нова.", "en", "bg")).toEqual([]);
  });

  test("a file mode changed in inline code is one error, not a number's and a code's", () => {
    expect(pairFlagTexts("Set the permissions of the file to `0640`.", "Задайте правата на файла на `0644`.", "en", "bg")).toEqual([
      "error names: the translation has `0644` where the source has `0640`: codes and e-mails are copied exactly",
    ]);
  });
});

describe("two string files in one check (stranger 380)", () => {
  test("each is checked on its own; a string file beside a document is refused", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-372-"));
    writeFileSync(
      join(dir, "a.po"),
      'msgid ""\nmsgstr ""\n"Language: bg\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "You won %d gold."\nmsgstr "Спечелихте %d злато."\n',
    );
    writeFileSync(join(dir, "b.tsv"), "en\tbg\nSave the game.\tЗапазете играта.\nYou have 500 gold.\tИмате 50 злато.\n");
    writeFileSync(join(dir, "doc.txt"), "Some text.\n");
    const both = await sverka(["check", join(dir, "a.po"), join(dir, "b.tsv"), "-s", "en", "-t", "bg", "-f", "json"]);
    expect(both.code).toBe(1);
    const run = JSON.parse(both.stdout);
    expect(run.pairs.map((p: { problems: Array<{ type: string }> }) => p.problems.map((x) => x.type))).toEqual([[], ["numbers"]]);
    const mixed = await sverka(["check", join(dir, "a.po"), join(dir, "doc.txt"), "-s", "en", "-t", "bg"]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain("is a translation memory, bilingual file or saved bitext, checked on its own");
  });
});

describe("a consent form's, a subtitle's and a sponsor's address (strangers 379, 382)", () => {
  test("free to withdraw is at liberty, no price; free to download is one", () => {
    expect(
      pairFlagTexts(
        "I understand that my participation is voluntary and that I am free to withdraw at any time.",
        "Разбирам, че участието ми е доброволно и че мога да се оттегля по всяко време.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("The app is free to download.", "Приложението може да се изтегли.", "en", "bg")).toHaveLength(1);
    expect(pairFlagTexts("Admission is free.", "Входът е свободен.", "en", "bg")).toEqual([]);
  });

  test("a postcode's inward part is no trillion", () => {
    expect(
      pairFlagTexts(
        "Sponsor: Albryx Ltd., 12 Harbour Street, Cambridge CB2 1TN, United Kingdom.\nThe study will take place in Sofia and Plovdiv.",
        "Спонсор: Albryx Ltd., 12 Harbour Street, Cambridge CB2 1TN, Обединено кралство.\nПроучването ще се проведе в София и Пловдив.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("degrees alone are Celsius in Bulgarian: a Fahrenheit figure converted passes, minus said in words too", () => {
    expect(pairFlagTexts("It reached 95 degrees Fahrenheit.", "Температурата достигна 35 градуса.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("It was 14 degrees Fahrenheit.", "Беше минус 10 градуса.", "en", "bg")).toEqual([]);
    expect(pairFlagTexts("Температурите ще достигнат 35 градуса.", "Temperatures will reach 35 degrees.")).toEqual([]);
    expect(pairFlagTexts("Температурите ще достигнат 35 градуса.", "Temperatures will reach 35 °F.")).toHaveLength(1);
  });
});

describe("a tender's weights, a tax guide's exceptions and a trial's last dose (strangers 379, 381, 383)", () => {
  test("weights swapped between labelled indicators are an error; kept, nothing", () => {
    const bg = "Тежестта на показателите е: П1 = 60 %, П2 = 40 %.";
    expect(pairFlagTexts(bg, "The weights of the indicators are: P1 = 40%, P2 = 60%.")).toEqual([
      "error numbers: the numbers are swapped: the source's П1 … 60 is P1 … 40 in the translation, and П2 … 40 is P2 … 60",
    ]);
    expect(pairFlagTexts(bg, "The weights of the indicators are: P1 = 60%, P2 = 40%.")).toEqual([]);
  });

  test("not taxed made subject to VAT is a negation lost", () => {
    expect(pairFlagTexts("Доставката не се облага с ДДС.", "The supply is subject to VAT.")).toEqual([
      'error negation: the source says "не се облага с", and the translation has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Доставката се облага с ДДС.", "The supply is subject to VAT.")).toEqual([]);
  });

  test("an exception the translation leaves out is a warning; kept, nothing", () => {
    const bg = "Лицето се регистрира по ЗДДС, освен ако е прекратило дейността си.";
    expect(pairFlagTexts(bg, "The person shall register for VAT.")).toContain(
      'warning terms: the source says "освен ако" (unless), and the translation says no condition (if, unless, even if, only if): left out?',
    );
    expect(pairFlagTexts(bg, "The person shall register for VAT unless it has ceased its activity.")).toEqual([]);
  });

  test("after the last dose made before it is a warning", () => {
    expect(
      pairFlagTexts(
        "Women must use contraception for 30 days after the last dose.",
        "Жените трябва да използват контрацепция в продължение на 30 дни преди последната доза.",
        "en",
        "bg",
      ),
    ).toEqual([
      'warning terms: the source says "after the last dose" (after), the translation "преди последната доза" (before): the opposite, meaning reversed?',
    ]);
  });
});

describe("a subtitle's never and a signatory's first name (strangers 374, 381, 382)", () => {
  test("a perfect said never, dropped, is a negation lost; kept, nothing", () => {
    expect(pairFlagTexts("Никога не съм ходила в София.", "I have been to Sofia.")).toEqual([
      'warning negation: the source says "Никога не съм ходила в", and the translation has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Той никога не е бил в София.", "He has never been to Sofia.")).toEqual([]);
    expect(pairFlagTexts("The city was never captured.", "Градът беше превзет.", "en", "bg")).toHaveLength(1);
  });

  test("a known first name made another before the same surname is another person", () => {
    const bg =
      "Договорът се подписва от управителя на изпълнителя. Управителят е Стефан Колев. Той носи отговорност за изпълнението. Договорът влиза в сила от днес. Всички плащания са в лева.\n";
    const en = (first: string) =>
      `The contract is signed by the contractor's manager. The manager is ${first} Kolev. He is responsible for the performance. The contract enters into force today. All payments are in leva.\n`;
    expect(flagTexts(align(bg, en("Stoyan")))).toEqual([
      "warning names: the name Стефан Колев (Stefan Kolev) is not in the translation, which names Stoyan instead: replaced by another name?",
    ]);
    expect(flagTexts(align(bg, en("Stefan")))).toEqual([]);
    expect(flagTexts(align(bg, en("Stephen")))).toEqual([]);
  });
});

describe("a game's strings (stranger 380)", () => {
  test("a unit left in English in a Bulgarian string is a warning; translated, nothing", () => {
    expect(unitFlags([["Energy refills every 5 minutes.", "Енергията се възстановява на всеки 5 minutes."]], "en", "bg")[0]).toEqual([
      'warning units: the translation leaves "5 minutes" as the source writes it, in English: unit left untranslated?',
    ]);
    expect(unitFlags([["The offer ends in 48 hours.", "Офертата изтича след 48 часа."]], "en", "bg")[0]).toEqual([]);
    expect(unitFlags([["Дистанцията е 5 km.", "The distance is 5 km."]])[0]).toEqual([]);
  });
});

describe("an obligation's absence and a sign's place (strangers 377, 382)", () => {
  test("must made need not is another modality", () => {
    expect(pairFlagTexts("Visits must be booked in advance.", "Не е нужно посещенията да се заявяват предварително.", "en", "bg")).toEqual([
      'warning terms: the source says "must" (obligation), the translation "Не е нужно" (no obligation): another modality (what the text obliges or permits)?',
    ]);
    expect(pairFlagTexts("Visits must be booked in advance.", "Посещенията трябва да се заявяват предварително.", "en", "bg")).toEqual([]);
  });

  test("a sign turned is placed at its figure, not at the clause's number", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-372-"));
    writeFileSync(join(dir, "bg.txt"), "5.1. Бетонирането се извършва при температура на въздуха не по-ниска от +5 °C.\n");
    writeFileSync(join(dir, "en.txt"), "5.1. Concreting shall be carried out at air temperatures not lower than -5 °C.\n");
    const r = await sverka(["check", join(dir, "bg.txt"), join(dir, "en.txt"), "-f", "json"]);
    const p = JSON.parse(r.stdout).problems[0];
    expect(p.locations.map((l: { side: string; column: number }) => [l.side, l.column])).toEqual([
      ["target", 73],
      ["source", 73],
    ]);
  });
});

describe("a news item's clause is no list item (the 100,000-segment pair)", () => {
  test("'и след това' after a named thing is no item left out", () => {
    expect(
      pairFlagTexts(
        "Методът включва извличане на имунни клетки от пациента и изменянето им в лаборатория, така че да могат да „виждат“ протеин, общ за много видове рак, наречен HER2, и след това се инжектират отново в пациента.",
        'The method involves extracting immune cells from a patient, altering them in the laboratory so they can "see" a protein common to many cancers called HER2, and then reinjecting the cells.',
      ),
    ).toEqual([]);
  });
});

describe("a multiple said otherwise is no multiple left out (stranger 348)", () => {
  test("'двукратно' / '3-fold' is the numbers check's one error", () => {
    expect(pairFlagTexts("Ефектът е двукратно по-силен.", "The effect was 3-fold stronger.")).toEqual([
      "error numbers: the translation says 3 where the source says двукратно",
    ]);
  });
});
