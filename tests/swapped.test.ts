/** Numbers that trade places (src/review/checks/swapped.ts): every value on both sides, the words beside them crossed. */

import { segmentedText } from "../bench/data.js";
import { generatePair } from "../bench/generate.js";
import { align } from "../src/index.js";
import { CHECKS } from "../src/review/checks/index.js";
import { pairProblems } from "./helpers.js";

const problems = (bg: string, en: string) => pairProblems(bg, en);

describe("numbers swapped", () => {
  test("is one of the review's checks, after the units, who pays whom (whose parties' identifiers move with them) and a vote's sides", () => {
    const names = CHECKS.map((c) => c.name);
    expect(names.indexOf("who pays whom turned around")).toBe(names.indexOf("same amount in another currency or unit") + 1);
    expect(names.indexOf("a vote's counts swapped")).toBe(names.indexOf("who pays whom turned around") + 1);
    expect(names.indexOf("numbers swapped")).toBe(names.indexOf("a vote's counts swapped") + 1);
  });

  test("two amounts of one unit exchanged: an error quoting the words that cross, as they stand", () => {
    expect(problems("Наемът е 1 200 лв., а депозитът – 2 400 лв.", "The rent is BGN 2,400 and the deposit BGN 1,200.")).toEqual([
      "numbers: the numbers are swapped: the source's Наемът … 1 200 is rent … 2,400 in the translation, and депозитът … 2 400 is deposit … 1,200",
    ]);
    expect(
      problems(
        "Разстоянието от София до Пловдив е 160 км, а до Перник – 60 км.",
        "The distance from Sofia to Plovdiv is 60 km and to Pernik 160 km.",
      ),
    ).toEqual([
      "numbers: the numbers are swapped: the source's Пловдив … 160 is Plovdiv … 60 in the translation, and Перник … 60 is Pernik … 160",
    ]);
    // A unit's word away from its number is a word like any other: "годишната" (the annual one) is also a word of years.
    expect(
      problems("Месечната такса е 2,50 лв., а годишната – 25 лв.", "The monthly fee is BGN 25 and the annual fee is BGN 2.50."),
    ).toEqual([
      "numbers: the numbers are swapped: the source's Месечната … 2,50 is monthly … 25 in the translation, and годишната … 25 is annual … 2.50",
    ]);
    // A leaflet's doses: the words both numbers have ("таблетки", "tablets") tell nothing; the times of day cross.
    expect(
      problems("Приемайте 2 таблетки сутрин и 3 таблетки вечер.", "Take 3 tablets in the morning and 2 tablets in the evening."),
    ).toEqual([
      "numbers: the numbers are swapped: the source's 2 … сутрин is 3 … morning in the translation, and 3 … вечер is 2 … evening",
    ]);
    // The words after each number ("50 000 евро за медицински разходи") cross as well as those before it.
    expect(
      problems(
        "Лимитът е до 50 000 евро за медицински разходи и до 1 000 евро за багаж.",
        "The limit is up to EUR 1,000 for medical expenses and up to EUR 50,000 for baggage.",
      ),
    ).toEqual([
      "numbers: the numbers are swapped: the source's Лимитът … 50 000 is limit … 1,000 in the translation, and разходи … 1 000 is expenses … 50,000",
    ]);
  });

  test("this year's figure under last year's: the years beside two amounts tell them apart as words do (stranger 74)", () => {
    expect(
      problems(
        "Разходите за персонал са 2 871 хил. лв. през 2024 г. и 2 540 хил. лв. през 2023 г.",
        "Staff costs were BGN 2,540 thousand in 2024 and BGN 2,871 thousand in 2023.",
      ),
    ).toHaveLength(1);
    expect(
      problems(
        "Разходи за персонал: 2024 г. – 2 871 хил. лв.; 2023 г. – 2 540 хил. лв.",
        "Staff costs: 2024 – BGN 2,540 thousand; 2023 – BGN 2,871 thousand.",
      ),
    ).toEqual([
      "numbers: the numbers are swapped: the source's 2024 … 2 871 хил. is 2024 … 2,540 thousand in the translation, and 2023 … 2 540 хил. is 2023 … 2,871 thousand",
    ]);
    // Each amount with its own year, in another order: no flag.
    expect(
      problems(
        "Разходите за персонал са 2 871 хил. лв. през 2024 г. и 2 540 хил. лв. през 2023 г.",
        "Staff costs were BGN 2,540 thousand in 2023 and BGN 2,871 thousand in 2024.",
      ),
    ).toEqual([]);
  });

  test("a table's row whose figures stand in other columns in the translation is an error; a date's figures in a row are not (stranger 74)", () => {
    expect(problems("Разходи за персонал\t(2 871)\t(2 540)", "Staff costs\t(2,540)\t(2,871)")).toEqual([
      "numbers: the numbers are swapped: the row's figures stand in other columns in the translation (2 871, 2 540 in the source, 2,540, 2,871 in the translation)",
    ]);
    expect(problems("Разходи за персонал\t(2 871)\t(2 540)", "Staff costs\t(2,871)\t(2,540)")).toEqual([]);
    expect(problems("Срок за плащане\t12.03.2025\t5 000 лв.", "Payment due\t03/12/2025\tBGN 5,000")).not.toContainEqual(
      expect.stringMatching(/other columns/),
    );
    // Not a row: prose may put its figures in another order.
    expect(problems("Разходите бяха 2 871 и 2 540.", "The costs were 2,540 and 2,871.")).not.toContainEqual(
      expect.stringMatching(/other columns/),
    );
    // pdftotext -layout sets a table's columns apart by spaces (stranger 76: the row went into the memory at confidence 1).
    expect(problems("Печалба преди данъци          2 330        2 475", "Profit before tax           2,475        2,330")).toEqual([
      "numbers: the numbers are swapped: the row's figures stand in other columns in the translation (2 330, 2 475 in the source, 2,475, 2,330 in the translation)",
    ]);
    expect(problems("Печалба преди данъци          2 330        2 475", "Profit before tax           2,330        2,475")).toEqual([]);
    // A cell wrapped onto the next line: the row's figures read out of order, no swap told (stranger 77).
    expect(
      problems(
        "            Пшенично брашно тип 500, 1   пакет    1,42     1,70\nSKU 10102\n            кг",
        "SKU 10102   Wheat flour type 500, 1 kg pack    1.42     1.70",
      ),
    ).not.toContainEqual(expect.stringMatching(/other columns/));
  });

  test("in a whole lease, where the rent is in every other sentence; a minimum and a maximum exchanged are a swap, no limit reversed", () => {
    const lease = [
      "Наемателят заплаща наема до 5-о число на всеки месец.",
      "Наемът се плаща по банков път.",
      "При подписване на договора наемателят заплаща депозит в размер на 2 400 лв. и наема за първия месец в размер на 1 200 лв.",
      "Наемодателят връща депозита при прекратяване на договора.",
    ];
    const english = [
      "The Tenant pays the rent by the 5th day of each month.",
      "The rent is paid by bank transfer.",
      "Upon signing the agreement, the Tenant pays a deposit of BGN 1,200 and the first month's rent of BGN 2,400.",
      "The Landlord returns the deposit when the agreement ends.",
    ];
    const b = align(lease.join("\n\n"), english.join("\n\n"));
    expect(b.links.flatMap((l) => (l.flags ?? []).map((f) => `${f.type}: ${f.reason}`))).toEqual([
      "numbers: the numbers are swapped: the source's депозит … 2 400 is deposit … 1,200 in the translation, and наема … 1 200 is rent … 2,400",
    ]);
    expect(
      problems(
        "Превод: 0,15 % от сумата, минимум 5 лв., максимум 200 лв.",
        "Transfer: 0.15% of the amount, minimum BGN 200, maximum BGN 5.",
      ),
    ).toEqual([
      "numbers: the numbers are swapped: the source's минимум … 5 is minimum … 200 in the translation, and максимум … 200 is maximum … 5",
    ]);
  });

  test("a sentence turned around with its numbers' words, the same order, or words that do not cross: no flag", () => {
    expect(problems("Наемът е 1 200 лв., а депозитът – 2 400 лв.", "The deposit is BGN 2,400 and the rent BGN 1,200.")).toEqual([]);
    expect(problems("Наемът е 1 200 лв., а депозитът – 2 400 лв.", "The rent is BGN 1,200 and the deposit BGN 2,400.")).toEqual([]);
    expect(
      problems(
        "Лимитът е до 50 000 евро за медицински разходи и до 1 000 евро за багаж.",
        "The limit is up to EUR 1,000 for baggage and up to EUR 50,000 for medical expenses.",
      ),
    ).toEqual([]);
    // A second stranger's correct pairs: the sentence's head goes with the number it opens on in either language; units
    // say what a number counts, not which it is; amounts of two currencies keep their units.
    expect(
      problems("Работното време е 8 часа дневно, или 40 часа седмично.", "Working time is 40 hours a week, or 8 hours a day."),
    ).toEqual([]);
    expect(problems("Цената за възрастни е 20 лв., а за деца – 10 лв.", "The price is BGN 10 for children and BGN 20 for adults.")).toEqual(
      [],
    );
    expect(
      problems("За месец цените се вдигнаха с 3 %, а за година – с 12 %.", "Prices rose by 12% over the year and by 3% over the month."),
    ).toEqual([]);
    expect(problems("Продуктът струва 49,99 лв. (около 25,56 €).", "The product costs €25.56 (about BGN 49.99).")).toEqual([]);
    // Day and year change places between languages: a date's figures are the dates check's.
    expect(problems("Срокът изтича на 15 април 2026 г. в 12:00 ч.", "The term ends on April 15, 2026 at 12:00.")).toEqual([]);
    // Restructured: the population's words go with the first number on both sides.
    expect(
      problems(
        "Населението нарасна от 5 милиона през 2010 г. до 7 милиона през 2020 г.",
        "In 2020 the population was 7 million, up from 5 million in 2010.",
      ),
    ).toEqual([]);
  });
  // A stranger's clean 350,000-sentence transcript had 3,414 of these errors: "the source's ПЕТРОВ … 2026 is PETROV … 702".
  test("a speaker, a list's head or the item before, past a colon or a semicolon, names no number; a swap after it is still one", () => {
    const bg = [
      "Заседанието беше открито в десет часа.",
      "За 2026 г. са предвидени 702 нови работни места в Шумен.",
      "ИВАН ПЕТРОВ: За 2026 г. са предвидени 702 нови работни места в Шумен.",
      "Министър Петров: През 2024 г. общината е наела 35 души.",
      "ДЕСИСЛАВА АТАНАСОВА (Обединени патриоти): През 2025 г. общината ще наеме още 48 души.",
    ];
    const en = [
      "The sitting was opened at ten o'clock.",
      "702 new jobs are planned in Shumen for 2026.",
      "IVAN PETROV: 702 new jobs are planned in Shumen for 2026.",
      "Minister Petrov: The municipality hired 35 people in 2024.",
      "DESISLAVA ATANASOVA (United Patriots): The municipality will hire another 48 people in 2025.",
    ];
    // Twice over: the words the review learns from the pair are those that made the false swap.
    expect(problems([...bg, ...bg].join("\n"), [...en, ...en].join("\n"))).toEqual([]);
    expect(
      problems("ИВАН ПЕТРОВ: Наемът е 1 200 лв., а депозитът – 2 400 лв.", "IVAN PETROV: The rent is BGN 2,400 and the deposit BGN 1,200."),
    ).toEqual([
      "numbers: the numbers are swapped: the source's Наемът … 1 200 is rent … 2,400 in the translation, and депозитът … 2 400 is deposit … 1,200",
    ]);
    // Two sentences a segmenter left as one, the first ending on a semicolon, and the head of a list: their words are not the numbers'.
    expect(
      problems(
        "6. да представя декларациите пред НАП в законоустановените срокове; За 2029 г. са предвидени 2793 нови работни места в Пловдив.\nИзпълнителят се задължава: За 2026 г. са предвидени 1627 нови работни места в Пловдив.",
        "6. to file the returns with the NRA within the statutory deadlines; 2793 new jobs are planned in Plovdiv for 2029.\nThe Contractor undertakes: 1627 new jobs are planned in Plovdiv for 2026.",
      ),
    ).toEqual([]);
    // Two sentences joined in one translation sentence: the first's words are no number's.
    expect(
      problems(
        "Някой е бил тук преди нас. За 2024 г. са предвидени 535 нови работни места в Русе.",
        "Someone has been here before us. 535 new jobs are planned in Ruse for 2024.",
      ).filter((p) => p.startsWith("numbers")),
    ).toEqual([]);
    // Past the colon, the words of each amount still cross.
    expect(
      problems("Сумите са следните: наем 1 200 лв., депозит 2 400 лв.", "The amounts are as follows: rent BGN 2,400, deposit BGN 1,200."),
    ).toEqual([
      "numbers: the numbers are swapped: the source's наем … 1 200 is rent … 2,400 in the translation, and депозит … 2 400 is deposit … 1,200",
    ]);
  });

  // Stranger 32's manual: the words learned from the document for "работно" and "пробното", which stand together in
  // every sentence of its pressures, made the words seem to stay with their numbers as often as they crossed, and the
  // swap was missed. A word the lexicon knows answers only the lexicon's translations here.
  test("in a manual that says the same thing again and again, the words the lexicon knows tell the numbers apart", () => {
    const p = generatePair("mixed", { size: 200, seed: 5 });
    const [bg, en] = [segmentedText(p.source).split("\n"), segmentedText(p.target).split("\n")];
    const source: string[] = [];
    const target: string[] = [];
    bg.forEach((line, k) => {
      source.push(line);
      target.push(en[k] ?? "");
      if (k % 10 !== 5) return;
      const [low, high] = [2 + (k % 9), 8 + (k % 9) + (k % 5)];
      source.push(`Максималното работно налягане е ${low} bar, а пробното налягане е ${high} bar.`);
      target.push(`The maximum operating pressure is ${low} bar and the test pressure is ${high} bar.`);
    });
    source.push("Максималното работно налягане е 10 bar, а пробното налягане е 20 bar.");
    target.push("The maximum operating pressure is 20 bar and the test pressure is 10 bar.");
    const b = align(source.join("\n"), target.join("\n"), { segmented: true });
    const swapped = b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.reason.startsWith("the numbers are swapped")));
    expect(swapped).toEqual([expect.objectContaining({ severity: "error", evidence: { source: ["10", "20"], target: ["20", "10"] } })]);
  });

  // Before: a range written the other way round had no words beside its numbers to cross, and passed.
  // A range running down from its upper bound is an error (stranger 244: "a fine of BGN 2,000 to BGN 500"); one the
  // translation writes upward where the source ran down, a warning.
  test("a range written the other way round: an error quoting both, in words or with a dash", () => {
    const severities = (bg: string, en: string) =>
      align(`${bg}\n\nСтраната е в Европа.\n`, `${en}\n\nThe country is in Europe.\n`).links.flatMap((l) =>
        (l.flags ?? []).map((f) => `${f.severity} ${f.type}: ${f.reason}`),
      );
    expect(severities("Работна температура: от 2 до 52 °C", "Operating temperature: from 52 to 2 °C")).toEqual([
      'error numbers: the range is written the other way round: the source\'s "от 2 до 52" is "from 52 to 2" in the translation',
    ]);
    expect(severities("Работна температура: от 52 до 2 °C", "Operating temperature: from 2 to 52 °C")).toEqual([
      'warning numbers: the range is written the other way round: the source\'s "от 52 до 2" is "from 2 to 52" in the translation',
    ]);
    expect(
      problems(
        "Проверете дали манометърът показва налягане между 2,5 и 4,8 bar.",
        "Check that the pressure gauge reads between 4.8 and 2.5 bar.",
      ),
    ).toEqual([
      'numbers: the range is written the other way round: the source\'s "между 2,5 и 4,8" is "between 4.8 and 2.5" in the translation',
    ]);
    expect(problems("Работна температура: 2–52 °C.", "Operating temperature: 52–2 °C.")).toEqual([
      'numbers: the range is written the other way round: the source\'s "2–52" is "52–2" in the translation',
    ]);
    // A label both sides open with is no number of the sentence: the range holds the only other 8.
    expect(
      problems(
        "Стъпка 8. Проверете дали манометърът показва налягане между 2,2 и 8,0 bar.",
        "Step 8. Check that the pressure gauge reads between 8.0 and 2.2 bar.",
      ),
    ).toEqual([
      'numbers: the range is written the other way round: the source\'s "между 2,2 и 8,0" is "between 8.0 and 2.2" in the translation',
    ]);
    // English says a range with "to" alone (before: a leaflet's ages reversed passed).
    expect(problems("Деца на възраст от 6 до 11 години: 5 mg дневно.", "Children aged 11 to 6 years: 5 mg daily.")).toEqual([
      'numbers: the range is written the other way round: the source\'s "от 6 до 11" is "11 to 6" in the translation',
    ]);
    expect(problems("Деца на възраст от 6 до 11 години: 5 mg дневно.", "Children aged 6 to 11 years: 5 mg daily.")).toEqual([]);
    // The same order, or two values that make no range ("при 2 и при 52 °C" / "at 52 and at 2 °C"): no flag.
    expect(problems("Работна температура: от 2 до 52 °C", "Operating temperature: from 2 to 52 °C")).toEqual([]);
    expect(problems("Уредът е изпитан при 2 и при 52 °C.", "The appliance was tested at 52 and at 2 °C.")).toEqual([]);
  });
});
