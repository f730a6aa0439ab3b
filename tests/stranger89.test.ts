/** What a financial QA reviewer (stranger 89) and a software localisation engineer (stranger 90) found. */
import { align, parseDictionary, segment } from "../src/index.js";
import { readPo } from "../src/read/po.js";
import { pairFlagTexts } from "./helpers.js";

const flags = pairFlagTexts;

describe("figures (stranger 89)", () => {
  test("a period of numeric dates against dates with month names: the day after the dash is no end of a year range", () => {
    expect(
      flags(
        "Настоящият доклад обхваща периода 01.01.2025 – 31.12.2025 г. и е изготвен съгласно закона.",
        "This report covers the period 1 January 2025 – 31 December 2025 and has been prepared under the law.",
      ),
    ).toEqual([]);
    expect(
      flags(
        "Works are scheduled for the period 1 April 2026 – 30 November 2027.",
        "Работите са планирани за периода 01.04.2026 – 30.11.2027 г.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    // A year changed in such a period is still the dates check's error, and a range of years written short still one.
    expect(
      flags(
        "Works are scheduled for the period 1 April 2026 – 30 November 2027.",
        "Работите са планирани за периода 01.04.2026 – 30.11.2028 г.",
        "en",
        "bg",
      ),
    ).toEqual(["error dates: the translation says 30.11.2028 г. where the source says 30 November 2027"]);
    expect(flags("Продажбите нараснаха силно през 1950-53 г.", "Sales grew strongly in 1950-54.")).toHaveLength(1);
  });

  test("hundredths of a currency are its amount: '0,15 лв.' / '15 stotinki', 'EUR 0.50' / '50 евроцента'", () => {
    expect(flags("Таксата е 0,15 лв. за операция.", "The fee is 15 stotinki per transaction.")).toEqual([]);
    expect(flags("Таксата е 15 ст. за операция.", "The fee is BGN 0.15 per transaction.")).toEqual([]);
    expect(flags("The fee is EUR 0.50 per transaction.", "Таксата е 50 евроцента на операция.", "en", "bg")).toEqual([]);
    expect(flags("Таксата е 0,15 лв. за операция.", "The fee is 25 stotinki per transaction.")).toEqual([
      "error numbers: the translation says 25 where the source says 0,15",
    ]);
  });

  test("a magnitude another figure of the sentence carries does not excuse one left out (A05)", () => {
    expect(
      flags(
        "Разходите за персонал нарастват до 38 760 хил. лв. (2024 г.: 33 415 хил. лв.) в резултат на индексацията.",
        "Staff costs rose to BGN 38,760 (2024: BGN 33,415 thousand) as a result of the indexation.",
      ),
    ).toEqual(["error numbers: the translation says 38,760 where the source says 38 760 хил."]);
    // Said once for a list or a range, or for no figure in particular, it is every figure's.
    expect(flags("Приходите са 21 458 хил. лв. и 19 300 хил. лв.", "Revenue was BGN 21,458 and 19,300 thousand.")).toEqual([]);
    expect(flags("Приходите са 12-15 млн. лв.", "Revenue was BGN 12-15 million.")).toEqual([]);
    expect(flags("Приходите в хил. лв. са 21 458 и 19 300.", "Revenue in BGN thousand was 21,458 and 19,300.")).toEqual([]);
    expect(flags("Приходите са 21 458 хил. лв.", "Revenue (BGN '000) was 21,458.")).toEqual([]);
  });

  test("two rows whose figures trade places are an error naming both, not two sentences 'in the opposite order' (A08, T09)", () => {
    const rows = (source: string, target: string) => {
      const bitext = align(source, target);
      return bitext.links.flatMap((l) => l.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`));
    };
    expect(
      rows(
        "Лихвените проценти по срочни депозити са, както следва:\n\n1 месец – 0,10% годишно\n3 месеца – 0,25% годишно\n6 месеца – 0,60% годишно\n12 месеца – 1,20% годишно\n",
        "Interest rates on fixed-term deposits are as follows:\n\n1 month – 0.10% per annum\n3 months – 0.60% per annum\n6 months – 0.25% per annum\n12 months – 1.20% per annum\n",
      ),
    ).toEqual([
      'error numbers: figures swapped between sentences: 0,25 of source sentence 3 ("3 месеца – 0,25% годишно") is in translation sentence 4 ("6 months – 0.25% per annum"), and 0,60 of source sentence 4 ("6 месеца – 0,60% годишно") in translation sentence 3 ("3 months – 0.60% per annum"): each sentence\'s figures are the other\'s',
    ]);
    const table = rows(
      "Приходи по сегменти в хил. лв.:\n\nХидравлични компоненти | 98 640 | 86 210\nЗемеделска техника | 54 215 | 49 870\nРезервни части и услуги | 33 565 | 29 774\nОбщо | 186 420 | 165 854\n",
      "Revenue by segment in BGN thousand:\n\nHydraulic components | 98,640 | 86,210\nAgricultural machinery | 33,565 | 29,774\nSpare parts and services | 54,215 | 49,870\nTotal | 186,420 | 165,854\n",
    );
    expect(table).toHaveLength(1);
    expect(table[0]).toMatch(/^error numbers: figures swapped between sentences: 54 215 of source sentence 3 \("Земеделска техника"\)/);
    // Two rows put in the other order, each with its figures: no figure moved from its words.
    expect(
      rows(
        "Сроковете са:\n\n3 месеца – 0,25% годишно\n6 месеца – 0,60% годишно\n",
        "The terms are:\n\n6 months – 0.60% per annum\n3 months – 0.25% per annum\n",
      ).filter((f) => f.includes("figures swapped")),
    ).toEqual([]);
    // Rows in their order with their figures: nothing.
    expect(
      rows(
        "Сроковете са:\n\n3 месеца – 0,25% годишно\n6 месеца – 0,60% годишно\n",
        "The terms are:\n\n3 months – 0.25% per annum\n6 months – 0.60% per annum\n",
      ),
    ).toEqual([]);
  });

  test("a lost minus is an error, as a lost zero is; a sign added is a warning (A11)", () => {
    expect(
      flags("Нетният финансов резултат за тримесечието е (412) хил. лв.", "The net financial result for the quarter was BGN 412 thousand."),
    ).toEqual([
      "error numbers: the source writes (412) below zero where the translation has 412 thousand with no brackets, minus or word of a loss: sign lost?",
    ]);
    expect(
      flags("Нетният финансов резултат за тримесечието е 412 хил. лв.", "The net financial result for the quarter was BGN (412) thousand."),
    ).toEqual(["warning numbers: the translation writes (412) below zero where the source has 412 хил.: sign added?"]);
  });

  test("a change said the other way by a noun, in a sentence that says both ways (A21)", () => {
    expect(
      flags(
        "Повишение на лихвените проценти с 1 процентен пункт би намалило печалбата преди данъци с около 180 хил. лв.",
        "A decrease in interest rates of 1 percentage point would reduce profit before tax by approximately BGN 180 thousand.",
      ),
    ).toEqual([
      'warning negation: the source says it grew ("Повишение на лихвените"), the translation that it shrank ("decrease in interest"): meaning reversed?',
    ]);
    // The same changes said in another order are as many of each way.
    expect(flags("Разходите нараснаха с 5%, а приходите спаднаха с 3%.", "Revenue fell by 3% while costs rose by 5%.")).toEqual([]);
  });

  // An error since stranger 246: a report's result turned is never a rewording.
  test("profit made a loss, a loss a gain (A27, X1)", () => {
    expect(
      flags(
        "Другите доходи включват загуба от продажба на дълготрайни активи в размер на (1 275) хил. лв.",
        "Other income includes a gain on the disposal of non-current assets of BGN (1,275) thousand.",
      ),
    ).toEqual(['error terms: the source says "загуба" (loss), the translation "gain on" (profit): the opposite, meaning reversed?']);
    expect(
      flags(
        "Нетната печалба е 3 200 хил. лв., а загубата от обезценка е 410 хил. лв.",
        "Net loss was BGN 3,200 thousand and the impairment loss was BGN 410 thousand.",
      ),
    ).toEqual(['error terms: the source says "печалба" (profit), the translation "Net loss" (loss): the opposite, meaning reversed?']);
    expect(
      flags(
        "Нетната печалба е 3 200 хил. лв., а загубата от обезценка е 410 хил. лв.",
        "Net profit was BGN 3,200 thousand and the impairment loss was BGN 410 thousand.",
      ),
    ).toEqual([]);
  });
});

describe("a software company's help pages and strings (stranger 90)", () => {
  test("a negation by prefix answers 'cannot be': 'сървърът е недостъпен' (a clean PO failed the gate)", () => {
    expect(flags("Error NV-1042: the server cannot be reached.", "Грешка NV-1042: сървърът е недостъпен.", "en", "bg")).toEqual([]);
    expect(flags("The file is not valid.", "Файлът е невалиден.", "en", "bg")).toEqual([]);
    expect(flags("Error NV-1042: the server cannot be reached.", "Грешка NV-1042: сървърът е достъпен.", "en", "bg")).toEqual([
      'warning negation: the source says "cannot be", and the translation has no negation: meaning reversed?',
    ]);
  });

  test("'освен ако не' is 'unless': its 'не' answers no prohibition", () => {
    expect(
      flags("Do not use this shortcut unless you are sure.", "Използвайте този пряк път, освен ако не сте сигурни.", "en", "bg"),
    ).toEqual([
      'warning negation: the source says "Do not use", and the translation\'s only negative words ("освен ако") answer the source\'s others: meaning reversed?',
    ]);
    expect(
      flags("Do not use this shortcut unless you are sure.", "Не използвайте този пряк път, освен ако не сте сигурни.", "en", "bg"),
    ).toEqual([]);
  });

  test("'Do not share' / 'Споделяйте' is the very verb negated, an error as 'Do not delete' / 'Изтрийте' is", () => {
    expect(flags("Do not share your password.", "Споделяйте паролата си.", "en", "bg")).toEqual([
      'error negation: the source says "Do not share", and the translation has no negation: meaning reversed?',
    ]);
  });

  test("a version whose source ends in .0: 'Notevo 5.0' / 'Notevo 5.2'", () => {
    expect(
      flags(
        "Custom shortcuts are available from Notevo 5.0 onwards.",
        "Персонализираните комбинации са налични от Notevo 5.2 нататък.",
        "en",
        "bg",
      ),
    ).toEqual(["error numbers: the translation says 5.2 where the source says 5.0"]);
    expect(
      flags(
        "Custom shortcuts are available from Notevo 5.0 onwards.",
        "Персонализираните комбинации са налични от Notevo 5.0 нататък.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(flags("Open at 9.30 daily.", "Отворено в 9.30 ч. всеки ден.", "en", "bg")).toEqual([]);
  });

  test("'ред.' ends its sentence unless a name follows (an editor)", () => {
    const bg = (text: string) => segment(text, "bg").map((s) => s.text);
    expect(bg("Въведете заглавие на първия ред. Всичко под заглавието е текстът на бележката.")).toHaveLength(2);
    expect(bg("Гл. ред. Иван Иванов е автор на предговора.")).toHaveLength(1);
    expect(bg("Сборник, ред. Г. Георгиев, 2020 г.")).toHaveLength(1);
  });

  test("a Windows variable is one code: '%APPDATA%' / '%LOCALAPPDATA%', not '%A'", () => {
    const tags = flags(
      "On Windows, the log file is %APPDATA%\\Notevo\\logs\\notevo.log.",
      "Под Windows файлът с журнала е %LOCALAPPDATA%\\Notevo\\logs\\notevo.log.",
      "en",
      "bg",
    ).filter((f) => f.includes(" tags: "));
    expect(tags).toEqual([
      "error tags: inline codes differ: the translation lacks %APPDATA%; it has %LOCALAPPDATA%, which the source has not",
    ]);
  });

  test("a termbase's label is kept by its verb's form: 'Share' / 'Споделяне' and 'Не споделяйте'", () => {
    const terms = (source: string, target: string) =>
      align(`${source}\n`, `${target}\n`, {
        sourceLang: "en",
        targetLang: "bg",
        terms: parseDictionary("Share\tСподеляне\nSettings\tНастройки\n", "tsv", "en", "bg"),
      }).links.flatMap((l) => l.flags.filter((f) => f.type === "terms").map((f) => f.reason));
    expect(terms("Do not share notebooks that contain passwords.", "Не споделяйте бележници, които съдържат пароли.")).toEqual([]);
    expect(terms("Open Settings and choose a theme.", "Отворете Опции и изберете тема.")).toEqual([
      'your termbase translates "Settings" as "Настройки", and the translation does not use it',
    ]);
  });

  test("PO units in the file's order, each with its msgid's line (gettext-parser groups them by context)", () => {
    const po = [
      'msgid ""',
      'msgstr ""',
      '"Language: bg\\n"',
      "",
      'msgctxt "menu"',
      'msgid "Open"',
      'msgstr "Отвори"',
      "",
      "#: src/app.js:14",
      'msgid "Delete {count} notes?"',
      'msgstr "Да се изтрият ли бележките?"',
      "",
      'msgid ""',
      '"Saved "',
      '"%d notes."',
      'msgstr "Запазени %d бележки."',
      "",
    ].join("\n");
    const units = readPo(po, "bg.po").units;
    expect(units.map((u) => [u.line, u.source])).toEqual([
      [6, "Open"],
      [10, "Delete {count} notes?"],
      [13, "Saved %d notes."],
    ]);
  });
});
