import fc from "fast-check";
import { isSpace } from "../src/read/decode.js";
import { segment } from "../src/segment/index.js";
import { TERMINAL } from "../src/segment/sentences.js";
import { corpus, read } from "./helpers.js";
import { referenceLines } from "./reference/lines.js";

const texts = (text: string, lang: string) => segment(text, lang).map((s) => s.text);

describe("segment: Bulgarian rules", () => {
  test.each([
    [
      "На 15 април 2024 г. във Виена се проведе среща. Тя беше успешна.",
      ["На 15 април 2024 г. във Виена се проведе среща.", "Тя беше успешна."],
    ],
    ["Билетът струва 12 лв. Студентите плащат по-малко.", ["Билетът струва 12 лв.", "Студентите плащат по-малко."]],
    // "ред." a row or an agenda ends its sentence before a word that opens sentences; an editor's before a name does not
    // (a stranger's report; before a capitalised noun, "ред. Залата", it stays, as it did).
    [
      "Въпросът не беше на дневен ред. Затова никой не го обсъди. Гл. ред. Иван Иванов подписа броя. Отг. ред. П. Петров. Книгата е ред. Петрова. Сборникът е под ред. на проф. Иванов.",
      [
        "Въпросът не беше на дневен ред.",
        "Затова никой не го обсъди.",
        "Гл. ред. Иван Иванов подписа броя.",
        "Отг. ред. П. Петров.",
        "Книгата е ред. Петрова.",
        "Сборникът е под ред. на проф. Иванов.",
      ],
    ],
    // A letter after a word is an initial, but before a word that opens sentences it ends one, as "grade A. Most" does in English.
    ["Учениците получиха оценка A. Повечето учеха френски.", ["Учениците получиха оценка A.", "Повечето учеха френски."]],
    // And before a noun with its definite article, which no surname has (stranger 69: raw and pre-split disagreed); a surname
    // after an initial still keeps it.
    [
      "Не съдържат бисфенол А. Индикаторът светва. Директорът А. Иванов каза, че уредът е готов.",
      ["Не съдържат бисфенол А.", "Индикаторът светва.", "Директорът А. Иванов каза, че уредът е готов."],
    ],
    [
      "Той получи витамин С. Лечението помогна. Има хепатит В. Болестта е опасна. Цитира Й. В. Гьоте и Д. Алигиери.",
      ["Той получи витамин С.", "Лечението помогна.", "Има хепатит В.", "Болестта е опасна.", "Цитира Й. В. Гьоте и Д. Алигиери."],
    ],
    // "т." is a label word (an item: "т. 5", "т. А."), but in capitals before another initial it is one too (stranger 71).
    [
      "Според Т. Г. Влайков селото е бедно. Вижте т. А. Следва текст.",
      ["Според Т. Г. Влайков селото е бедно.", "Вижте т. А.", "Следва текст."],
    ],
    // Weekdays before a time, alone or in a range.
    [
      "Работно време: пон.–пт. 9–18 ч., съб. 10–14 ч. Затворено в нед. Заповядайте.",
      ["Работно време: пон.–пт. 9–18 ч., съб. 10–14 ч.", "Затворено в нед.", "Заповядайте."],
    ],
    [
      "Съгласно чл. 5, ал. 2 от закона, т.е. от новия текст, срокът е кратък.",
      ["Съгласно чл. 5, ал. 2 от закона, т.е. от новия текст, срокът е кратък."],
    ],
    [
      "Проф. Петров и доц. Иванова живеят в гр. София, на ул. Шипка и бул. Витоша.",
      ["Проф. Петров и доц. Иванова живеят в гр. София, на ул. Шипка и бул. Витоша."],
    ],
    ["Плодове, зеленчуци и др. Всичко е прясно.", ["Плодове, зеленчуци и др.", "Всичко е прясно."]],
    ["Има ябълки, круши и др. плодове.", ["Има ябълки, круши и др. плодове."]],
    ["— Закъсня! — извика той. — Знам.", ["— Закъсня! — извика той.", "— Знам."]],
    ["Той каза: „Това е. Така стана.“ Тогава си отиде.", ["Той каза: „Това е.", "Така стана.“", "Тогава си отиде."]],
    ["Дойде „Това е. Така“ и си отиде.", ["Дойде „Това е. Така“ и си отиде."]],
    ["Цената е 0,20 лв. на ден... Дали? Да!", ["Цената е 0,20 лв. на ден...", "Дали?", "Да!"]],
    // A capital letter after a number is a unit, not an initial: the step label goes with its own text.
    [
      "Изключете уреда с напрежение 220 V. Стъпка 2. Изчакайте 5 минути.",
      ["Изключете уреда с напрежение 220 V.", "Стъпка 2. Изчакайте 5 минути."],
    ],
    ["Предпазителят е 16 A. Не пипайте. Авторът е Й. Йовков.", ["Предпазителят е 16 A.", "Не пипайте.", "Авторът е Й. Йовков."]],
    // A leaflet's dose: "макс." before a figure is no end (it was: "Доза: макс." alone).
    ["Доза: макс. 4 таблетки, прибл. 2 г на ден. Не превишавайте.", ["Доза: макс. 4 таблетки, прибл. 2 г на ден.", "Не превишавайте."]],
    // Two initials ("С" is also the preposition opening many sentences): it was cut after "Г.", in every address on that street.
    [
      "Седалището е в гр. Варна, ул. „Г. С. Раковски“ № 27. Срещнахме Г. С. Раковски вчера. С него дойде и А. Б. Петров.",
      ["Седалището е в гр. Варна, ул. „Г. С. Раковски“ № 27.", "Срещнахме Г. С. Раковски вчера.", "С него дойде и А. Б. Петров."],
    ],
    // A paper's authors, surname first (stranger 34): "Маринов Е. | В.²" and "Кирова И. | А.," were cut at initials that are also words.
    [
      "Йорданова В. К., Петрова С. И., Маринов Е. В.² Кирова И. А., Петров Е. В. и Стоянов И. описаха метода.",
      ["Йорданова В. К., Петрова С. И., Маринов Е. В.² Кирова И. А., Петров Е. В. и Стоянов И. описаха метода."],
    ],
    // A letter after a label word is the label's, no initial: it ran into the next sentence unless that began with a known starter.
    [
      "Спецификацията е в Приложение А. То е неразделна част от договора. Вижте прил. Б. Сроковете са там.",
      ["Спецификацията е в Приложение А.", "То е неразделна част от договора.", "Вижте прил. Б.", "Сроковете са там."],
    ],
  ])("%s", (input, expected) => {
    expect(texts(input, "bg")).toEqual(expected);
  });
});

test("segment: a letter's numbers in Bulgarian ('Рег. №', 'Изх. №', 'Вх. №') end no sentence", () => {
  expect(texts("Рег. № 1 от днес. Изх. № 12 от вчера. Вх. № 5 от утре.", "bg")).toEqual([
    "Рег. № 1 от днес.",
    "Изх. № 12 от вчера.",
    "Вх. № 5 от утре.",
  ]);
});

describe("segment: English rules", () => {
  test.each([
    ["Mr. Smith met Dr. Jones at 9 a.m. on Monday. They talked.", ["Mr. Smith met Dr. Jones at 9 a.m. on Monday.", "They talked."]],
    ["The meeting ended at 9 p.m. The next one is Friday.", ["The meeting ended at 9 p.m.", "The next one is Friday."]],
    // A range of weekdays before a time is one: "Mon.–Fri" was read as one word that no list knew, and cut.
    [
      "The office is open Mon.–Fri. 9 a.m. to 5 p.m. It is open Mon.-Fri. The shop at the co-op. Opens Jan.–Feb. 2026.",
      ["The office is open Mon.–Fri. 9 a.m. to 5 p.m.", "It is open Mon.-Fri.", "The shop at the co-op.", "Opens Jan.–Feb. 2026."],
    ],
    ["The U.S. economy grew 2.5% in 2024. Analysts were surprised.", ["The U.S. economy grew 2.5% in 2024.", "Analysts were surprised."]],
    // A paper's authors, surname first (stranger 34): "Petrova S. | I." was cut at an initial that is also a word.
    [
      "Yordanova V. K., Petrova S. I., Marinov E. V. Petrova S. I. and Marinov E. V. wrote it. Smith J. A. agreed.",
      ["Yordanova V. K., Petrova S. I., Marinov E. V. Petrova S. I. and Marinov E. V. wrote it.", "Smith J. A. agreed."],
    ],
    // A licence holder's address kept in Latin letters (stranger 33's leaflets): "ul." ended a sentence.
    [
      "Balkanfarm AD, ul. Rozova dolina 5, 1000 Sofia, Bulgaria. Polfarm Sp. z o.o., bul. Vitosha 12, Sofia.",
      ["Balkanfarm AD, ul. Rozova dolina 5, 1000 Sofia, Bulgaria.", "Polfarm Sp. z o.o., bul. Vitosha 12, Sofia."],
    ],
    [
      "Apple Inc. said so, e.g. in its report vs. the rumours. J. R. R. Tolkien agreed.",
      ["Apple Inc. said so, e.g. in its report vs. the rumours.", "J. R. R. Tolkien agreed."],
    ],
    ["See item No. 5 on p. 12. It is clear.", ["See item No. 5 on p. 12.", "It is clear."]],
    // A code after "No." is a number too, and "Reg." never ends a sentence; "B2B" is a word, no code.
    [
      "Reg. No. AB-2025-0147 of 03.03.2025 applies. File No. ОП-2025-0147 was opened. The answer was No. B2B sales grew.",
      ["Reg. No. AB-2025-0147 of 03.03.2025 applies.", "File No. ОП-2025-0147 was opened.", "The answer was No.", "B2B sales grew."],
    ],
    // Initials after a house number are a street's name, not a unit ("16 A."): "27 G." was cut from "S. Rakovski Street".
    [
      "Its office is at 27 G. S. Rakovski Street, Varna. They live at 4 J. K. Rowling Avenue. The fuse is 16 A. Close the lid.",
      ["Its office is at 27 G. S. Rakovski Street, Varna.", "They live at 4 J. K. Rowling Avenue.", "The fuse is 16 A.", "Close the lid."],
    ],
    [
      "The specification is given in Annex A. Payment is due within 30 days. See Section B. 2 copies are enclosed.",
      ["The specification is given in Annex A.", "Payment is due within 30 days.", "See Section B.", "2 copies are enclosed."],
    ],
    [
      "The landlord lives at 7 Gladstone Street, floor 3, apt. 12, bldg. 4, fl. 2, Plovdiv. The tenant agrees.",
      ["The landlord lives at 7 Gladstone Street, floor 3, apt. 12, bldg. 4, fl. 2, Plovdiv.", "The tenant agrees."],
    ],
    [
      "Connect it to 230 V. Make sure it is off. The fuse is rated 16 A. 2. Close the lid. Roe v. Wade stands.",
      ["Connect it to 230 V.", "Make sure it is off.", "The fuse is rated 16 A.", "2. Close the lid.", "Roe v. Wade stands."],
    ],
    ['"Are you ready?" CNN reported. The crowd cheered.', ['"Are you ready?" CNN reported.', "The crowd cheered."]],
    [
      "Download meteo-fw-2.4.1.bin from https://example.com/fw?v=2.4. Then restart.",
      ["Download meteo-fw-2.4.1.bin from https://example.com/fw?v=2.4.", "Then restart."],
    ],
    ["Write to press@example.org. We answer fast.", ["Write to press@example.org.", "We answer fast."]],
    // A telephone number in international form, a price without VAT, a dose limit, a reference: none ends a sentence.
    [
      "Contact: tel. +359 2 123 4567, fax +359 2 123 4568. Price: BGN 100 excl. VAT per unit. Dose: max. 4 tablets. Ref. No. 12/2025 applies.",
      [
        "Contact: tel. +359 2 123 4567, fax +359 2 123 4568.",
        "Price: BGN 100 excl. VAT per unit.",
        "Dose: max. 4 tablets.",
        "Ref. No. 12/2025 applies.",
      ],
    ],
    ["Prices are given excl. VAT. Delivery is free.", ["Prices are given excl. VAT.", "Delivery is free."]],
  ])("%s", (input, expected) => {
    expect(texts(input, "en")).toEqual(expected);
  });

  test("each language is split with its own rules", () => {
    // "г." ends a Bulgarian sentence before a capital; English has no such abbreviation.
    expect(texts("Това стана през 2024 г. Никой не знаеше.", "bg")).toHaveLength(2);
    expect(texts("Mr. Brown arrived.", "en")).toHaveLength(1);
    expect(texts("Mr. Brown arrived.", "de")).toHaveLength(2);
  });
});

describe("segment: structure", () => {
  test("an ellipsis, then one opening the next words, is a sentence going on; lines as written are none of them wrapped", () => {
    const texts = (t: string, options = {}) => segment(t, "en", options).map((g) => g.text);
    expect(texts("Your mother called three times... ...while you were out. Then she left.")).toEqual([
      "Your mother called three times... ...while you were out.",
      "Then she left.",
    ]);
    expect(texts("Your mother called three times...\n...while you were out")).toEqual([
      "Your mother called three times...\n...while you were out",
    ]);
    expect(texts("He waited... Then he left.")).toEqual(["He waited...", "Then he left."]);
    // A long line makes prose look wrapped at a width: a line stopping with no mark goes on into the next. A subtitle's
    // lines end where their writer ended them.
    const cue = "Talk of European glory remains premature for the club, though\nCome back, come back to me\nand stay";
    expect(texts(cue)).toEqual(["Talk of European glory remains premature for the club, though\nCome back, come back to me\nand stay"]);
    expect(texts(cue, { linesAsWritten: true })).toEqual([
      "Talk of European glory remains premature for the club, though",
      "Come back, come back to me\nand stay",
    ]);
  });

  test("hard-wrapped text: a sentence's last number opening a line before the next one's label goes on; a table's row is a line of its own", () => {
    // Stranger 72's legal code, a PDF's copy wrapped at 72 characters: "…BGN 100 to" / "500. (2) Statements…" was cut
    // after "to", the amount taken into the next sentence (95 false number flags); a table's header joined its first row.
    const texts = (t: string) => segment(t, "en").map((g) => g.text);
    const wrapped =
      "Article 9. (1) The offender shall be punished by a fine of BGN 100 to\r\n500. (2) Statements establishing offences shall be drawn up by authorised officials.\r\n";
    expect(texts(wrapped)).toEqual([
      "Article 9. (1) The offender shall be punished by a fine of BGN 100 to\r\n500.",
      "(2) Statements establishing offences shall be drawn up by authorised officials.",
    ]);
    const table =
      "register of the permits issued. (2) The permit shall be issued for a\r\nperiod of up to 3 years.\r\nAnnex No. 1 to Article 6\r\nCode\tMinimum fine\tMaximum fine\tRepeated offence\r\nA1\t1,000\t5,000\t10,000\r\nA2\t1,000\t5,000\t10,000\r\n";
    expect(texts(table).slice(2)).toEqual([
      "Annex No. 1 to Article 6",
      "Code\tMinimum fine\tMaximum fine\tRepeated offence",
      "A1\t1,000\t5,000\t10,000",
      "A2\t1,000\t5,000\t10,000",
    ]);
  });

  test("a headline on its own line is its own segment", () => {
    expect(texts("Wildfires spread\nThe fire reached the town. It burned for days.", "en")).toEqual([
      "Wildfires spread",
      "The fire reached the town.",
      "It burned for days.",
    ]);
  });

  test("bullet and numbered items keep their own segments", () => {
    const s = segment("Steps:\n• open the box\n• plug it in\n1. Wait\n2) Done", "en");
    expect(s.map((x) => x.text)).toEqual(["Steps:", "• open the box", "• plug it in", "1. Wait", "2) Done"]);
  });

  test("hard-wrapped prose is joined", () => {
    const text =
      "This is a long sentence that was wrapped by an editor at a fixed\nwidth so it continues on the next line and ends here. Then another\none starts.";
    expect(texts(text, "en")).toHaveLength(2);
  });

  test("a title over a paragraph a line is its own segment: the next line's first word would have fitted on it (stranger 181)", () => {
    // The file's longest line (65 and 70 characters) made the block look wrapped, and the title ran on into the first sentence.
    const en = [
      "DR-18V Cordless Drill: Safety Instructions",
      "Read all instructions carefully before using the tool.",
      "Do not expose the battery to temperatures above 50 °C (122 °F).",
    ];
    expect(texts(en.join("\n"), "en")).toEqual(en);
    const bg = [
      "Акумулаторна бормашина DR-18V: Указания за безопасност",
      "Прочетете внимателно всички указания, преди да използвате инструмента и го пазете.",
      "Не излагайте акумулатора на температури над 50 °C.",
    ];
    expect(texts(bg.join("\n"), "bg")).toEqual(bg);
    // Wrapped at 64, a line ending where its next word would not have fitted goes on, however it opens.
    const wrapped =
      "The Supplier shall deliver the goods to the warehouse of the Buyer\nSofia Logistics Park within ten days of the order.";
    expect(texts(wrapped, "en")).toHaveLength(1);
  });

  test("a list of lines with one long item is no wrapped text: each line is its own (stranger 80's parts list)", () => {
    const en = [
      "Bolt M8x40, galvanised – 120 pcs",
      "Nut M8, galvanised – 500 pcs",
      "Self-tapping screw M10x100, hot-dip galvanised, with EPDM washer – 1000 pcs",
      "Washer M8, black – 250 pcs",
    ];
    expect(texts(en.join("\n"), "en")).toEqual(en);
    const bg = [
      "Болт M8x40, поцинкован – 120 бр.",
      "Гайка M8, поцинкована – 500 бр.",
      "Самонарезен винт M10x100, горещо поцинкован, с EPDM шайба – 1000 бр.",
      "Шайба M8, черна – 250 бр.",
    ];
    expect(texts(bg.join("\n"), "bg")).toEqual(bg);
    // Wrapped prose whose lines are short but for one still goes on where a line opens in lowercase.
    expect(
      texts("Short line.\nThe tenant pays the rent of BGN 1,200 a month to the landlord's bank\naccount by the fifth day.\nEnd.", "en"),
    ).toEqual(["Short line.", "The tenant pays the rent of BGN 1,200 a month to the landlord's bank\naccount by the fifth day.", "End."]);
  });

  test("a number whose thousands the line's end put on the next line is one number, in a sentence of its own (README's example)", () => {
    expect(texts("Цената е 2\n000 лв. на месец.", "bg")).toEqual(["Цената е 2\n000 лв. на месец."]);
    expect(texts("Revenue for the year amounted to BGN 21\r\n458 thousand, up 12 percent.", "en")).toHaveLength(1);
    // A column of figures is no sentence going on; nor is a number before a line that is all figures.
    expect(texts("Общо 12\n345 678", "bg")).toHaveLength(2);
  });

  test("prose wrapped narrower than 60 characters (a PDF's column, text wrapped at 50): its sentences are whole (stranger 74)", () => {
    const clauses = [
      "Договорът се сключва между наемодателя Мария Петрова и наемателя Иван Петров за срок от една година.",
      "Наемната цена е 1 200 лв. месечно и се плаща до пето число на месеца по банковата сметка на наемодателя.",
      "При забава наемателят дължи неустойка в размер на 0,1 % от дължимата сума за всеки ден забава.",
      "Депозитът от 2 400 лв. се връща в срок от 30 дни след прекратяване на договора, ако имотът е в добро състояние.",
      "Наемателят няма право да преотдава имота на трети лица без писменото съгласие на наемодателя.",
    ];
    for (const width of [42, 48, 55]) {
      const lines: string[] = [];
      let line = "";
      for (const word of clauses.join(" ").split(" ")) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      lines.push(line);
      expect([width, texts(lines.join("\n"), "bg").map((t) => t.replace(/\s+/g, " "))]).toEqual([width, clauses]);
    }
    // Short lines that do not go on in lowercase stay lines of their own: a signature block.
    expect(texts("За наемодателя:\nМария Петрова\nЗа наемателя:\nИван Петров", "bg")).toHaveLength(4);
  });

  test("a wrapped line ending on the number of the next item goes on with the next line: the number is that item's", () => {
    const text =
      "1. Сървърът работи непрекъснато и се наблюдава от системата всеки ден. 2.\nБазата данни се архивира автоматично всяка нощ в отделно хранилище.";
    expect(texts(text, "bg")).toEqual([
      "1. Сървърът работи непрекъснато и се наблюдава от системата всеки ден.",
      "2.\nБазата данни се архивира автоматично всяка нощ в отделно хранилище.",
    ]);
  });

  test("a wrapped line stopping mid-clause goes on through a number or a dash the line's end put first on the next", () => {
    const en = [
      "Overtime hours are paid at BGN 80 per hour. 3. Training one employee costs BGN",
      "150. 4. The prices do not include travel expenses outside Sofia and other costs.",
      "The parties are not liable for force majeure, including an epidemic of COVID-",
      "19. Either party may end the agreement with one month's written notice to the other.",
    ].join("\n");
    expect(texts(en, "en")).toEqual([
      "Overtime hours are paid at BGN 80 per hour.",
      "3. Training one employee costs BGN\n150.",
      "4. The prices do not include travel expenses outside Sofia and other costs.",
      "The parties are not liable for force majeure, including an epidemic of COVID-\n19.",
      "Either party may end the agreement with one month's written notice to the other.",
    ]);
    const bg = [
      "Некритичните грешки се отстраняват в срок до 2 работни дни, а останалите в срок",
      "– до 5 работни дни. Изпълнителят инсталира нови версии след съгласуване.",
    ].join("\n");
    expect(texts(bg, "bg")).toHaveLength(2);
  });

  test("paragraph indices follow blank lines", () => {
    const s = segment("One. Two.\n\nThree.\r\n\r\n\r\nFour.", "en");
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1, 2]);
  });

  test("offsets frame each segment exactly", () => {
    const text = "  Първо изречение.  Второ!\n\n  • Трето  \n";
    const got = segment(text, "bg");
    expect(got.map((s) => s.text)).toEqual(["Първо изречение.", "Второ!", "• Трето"]);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test("segmented mode: one segment a line, blank lines are paragraph breaks", () => {
    const s = segment("a b. c d.\n\n\nsecond\r\nthird\n", "en", { segmented: true });
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ["a b. c d.", 0],
      ["second", 1],
      ["third", 1],
    ]);
  });
});

describe("segment: pre-split lines as the pattern read them", () => {
  const lines = (text: string) => segment(text, "en", { segmented: true }).map(({ start, end, paragraph }) => ({ start, end, paragraph }));

  test("white space is what \\s and trim() take, on every UTF-16 code", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/u.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  test("line breaks of every kind, blank lines of white space, text at the end without a break", () => {
    for (const text of [
      "",
      "\n\n",
      "a",
      "\r\r\na\r\n\r\nb\r\rc\n",
      " \u00a0x\u3000\n\ufeff\n\t y \u2028\n\n\nz",
      "a\u2028b\n\u2029\nc",
      "\n  \n first\nsecond\r\n\r\n\r\nthird",
    ])
      expect(lines(text)).toEqual(referenceLines(text));
  });

  test("random text: the same segments, offsets and paragraphs", () => {
    const unit = fc.constantFrom(
      "a",
      "б",
      "1",
      ".",
      " ",
      "\t",
      "\n",
      "\r",
      "\r\n",
      "\u00a0",
      "\u2028",
      "\u3000",
      "\ufeff",
      "\u200b",
      "😀",
      "\ud800",
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        expect(lines(text)).toEqual(referenceLines(text));
      }),
      { numRuns: 3000 },
    );
  });

  test("the corpus's sentence files", () => {
    for (const [name, lang] of [
      ["osce-alliance-2024", "bg"],
      ["osce-alliance-2024", "en"],
      ["handmade-bg-en", "bg"],
      ["handmade-bg-en", "en"],
    ] as const) {
      const text = read(corpus(name, `${lang}.sentences.txt`));
      expect(lines(text)).toEqual(referenceLines(text));
    }
  });
});

describe("segment: corpus gold", () => {
  test.each([
    ["osce-alliance-2024", "bg"],
    ["osce-alliance-2024", "en"],
    ["handmade-bg-en", "bg"],
    ["handmade-bg-en", "en"],
  ])("%s/%s matches its hand-checked sentences", (name, lang) => {
    const gold = segment(read(corpus(name, `${lang}.sentences.txt`)), lang, { segmented: true });
    const got = segment(read(corpus(name, `${lang}.txt`)), lang);
    expect(got.map((s) => s.text.replace(/\s+/gu, " "))).toEqual(gold.map((s) => s.text));
    expect(got.map((s) => s.paragraph)).toEqual(gold.map((s) => s.paragraph));
  });

  test("the seed pair has 11 sentences a side and keeps „2024 г. във Виена“ whole", () => {
    const bg = segment(read(corpus("osce-alliance-2024", "bg.txt")), "bg");
    expect(bg).toHaveLength(11);
    expect(bg[0]!.text).toContain("2024 г. във Виена");
    expect(segment(read(corpus("osce-alliance-2024", "en.txt")), "en")).toHaveLength(11);
  });
});

describe("segment: numbered labels stay with their text", () => {
  // The convention (README, "How it works"): a label that opens a segment stays with the
  // text after it on its line; a line that opens with a label starts a new unit; a label
  // alone on its line is a segment of its own.
  test.each([
    ["bg", "I. ПРЕДМЕТ НА ДОГОВОРА", ["I. ПРЕДМЕТ НА ДОГОВОРА"]],
    ["bg", "II. ЦЕНА И НАЧИН НА ПЛАЩАНЕ", ["II. ЦЕНА И НАЧИН НА ПЛАЩАНЕ"]],
    ["bg", "IV. СРОК", ["IV. СРОК"]],
    // A label word and a number sign: "Приложение № 1.", "Annex No. 1." stay with the title after them.
    ["bg", "ПРИЛОЖЕНИЕ № 1. ТЕХНИЧЕСКИ ИЗИСКВАНИЯ", ["ПРИЛОЖЕНИЕ № 1. ТЕХНИЧЕСКИ ИЗИСКВАНИЯ"]],
    ["en", "ANNEX No. 1. TECHNICAL REQUIREMENTS", ["ANNEX No. 1. TECHNICAL REQUIREMENTS"]],
    ["en", "The fee is set in Annex No. 4. It is due monthly.", ["The fee is set in Annex No. 4.", "It is due monthly."]],
    ["bg", "XIV. Заключителни разпоредби", ["XIV. Заключителни разпоредби"]],
    ["bg", "XX. ДРУГИ", ["XX. ДРУГИ"]],
    [
      "bg",
      "Чл. 1. (1) Възложителят възлага работата. (2) Срокът е 30 дни.",
      ["Чл. 1. (1) Възложителят възлага работата.", "(2) Срокът е 30 дни."],
    ],
    ["bg", "Чл. 12а. Нов текст.", ["Чл. 12а. Нов текст."]],
    // A clause added between two, lettered after its sub-number (stranger 74's tender).
    ["bg", "25.8а. Оборудването се доставя до 30 дни.", ["25.8а. Оборудването се доставя до 30 дни."]],
    ["en", "25.8a. The equipment is delivered within 30 days.", ["25.8a. The equipment is delivered within 30 days."]],
    ["bg", "Чл. 4. (изм. – ДВ, бр. 12 от 2020 г.) Неустойката е 10%.", ["Чл. 4. (изм. – ДВ, бр. 12 от 2020 г.) Неустойката е 10%."]],
    ["bg", "§ 1. Този закон влиза в сила от 1 януари.", ["§ 1. Този закон влиза в сила от 1 януари."]],
    ["bg", "Глава III. Права и задължения", ["Глава III. Права и задължения"]],
    ["bg", "Стъпка 2. Включете уреда.", ["Стъпка 2. Включете уреда."]],
    ["bg", "т. 3. Доставка на стоките.", ["т. 3. Доставка на стоките."]],
    ["bg", "1. Общи положения", ["1. Общи положения"]],
    ["bg", "1.2. Обхват на договора", ["1.2. Обхват на договора"]],
    ["bg", "1.2.3. Изключения", ["1.2.3. Изключения"]],
    ["bg", "а. Първа възможност", ["а. Първа възможност"]],
    ["bg", "а) първа възможност; б) втора.", ["а) първа възможност; б) втора."]],
    ["bg", "(1) Текстът е ясен.", ["(1) Текстът е ясен."]],
    ["en", "Art. 5. The parties agree.", ["Art. 5. The parties agree."]],
    ["en", "Article 2. Scope. This Agreement applies to all orders.", ["Article 2. Scope.", "This Agreement applies to all orders."]],
    ["en", "Section 3. Term", ["Section 3. Term"]],
    ["en", "Step 1. Open the box. Remove the packing.", ["Step 1. Open the box.", "Remove the packing."]],
    ["en", "V. The Scope of Work", ["V. The Scope of Work"]],
    ["en", "1. Introduction", ["1. Introduction"]],
  ])("%s: %s", (lang, input, expected) => {
    expect(texts(input, lang)).toEqual(expected);
  });

  test("a contract's headings and articles, line by line", () => {
    const text = [
      "I. ПРЕДМЕТ НА ДОГОВОРА",
      "Чл. 1. (1) Възложителят възлага, а изпълнителят приема да извърши услугата.",
      "(2) Срокът е 30 дни.",
      "II. ЦЕНА И НАЧИН НА ПЛАЩАНЕ",
      "Чл. 2. Цената е 1000 лв. без ДДС.",
    ].join("\n");
    expect(texts(text, "bg")).toEqual(text.split("\n"));
  });

  test("in running text, a label after a sentence opens the next segment with its text", () => {
    expect(texts("Срокът е 30 дни. Чл. 5. Страните се уведомяват писмено. 2. Изпълнителят отговаря.", "bg")).toEqual([
      "Срокът е 30 дни.",
      "Чл. 5. Страните се уведомяват писмено.",
      "2. Изпълнителят отговаря.",
    ]);
    expect(texts("The term is 30 days. Art. 5. Notices are written. II. PRICE", "en")).toEqual([
      "The term is 30 days.",
      "Art. 5. Notices are written.",
      "II. PRICE",
    ]);
  });

  test("a table of contents' entry keeps its page number: a dot leader before a number ending the line ends no sentence", () => {
    // Before: "........" ended a sentence, and every page number was a segment (and a TMX unit) of its own.
    const toc = "Съдържание\n\n12.1 Технически данни ........ 301\n12.2 Смяна на решетката ........ 305\n";
    expect(texts(toc, "bg")).toEqual(["Съдържание", "12.1 Технически данни ........ 301", "12.2 Смяна на решетката ........ 305"]);
    expect(texts("Wait... 5 minutes passed.", "en")).toEqual(["Wait...", "5 minutes passed."]);
  });

  test("an abbreviation in another script than the text's is read by that script's language: a Bulgarian address in an English translation (stranger 74)", () => {
    expect(texts("The office is at бул. Витоша 15, гр. София. Call us on weekdays. See чл. 5, ал. 2 of the Act.", "en")).toEqual([
      "The office is at бул. Витоша 15, гр. София.",
      "Call us on weekdays.",
      "See чл. 5, ал. 2 of the Act.",
    ]);
    // The text's own abbreviations as before, and a Latin one in a Bulgarian text by English's.
    expect(texts("Договорът е с Acme Inc. Той е подписан в 10 a.m. на 3 май.", "bg")).toEqual([
      "Договорът е с Acme Inc.",
      "Той е подписан в 10 a.m. на 3 май.",
    ]);
  });

  test("a heading in capitals wrapped onto a second line is one heading, wherever each language's line broke (stranger 76)", () => {
    const text = "           ЕЛЕКТРИЧЕСКИ БОЙЛЕР ТЕРМО 80 – РЪКОВОДСТВО\n                    ЗА ЕКСПЛОАТАЦИЯ\n\n 1. Мерки за безопасност\n";
    expect(texts(text, "bg").map((t) => t.replace(/\s+/gu, " "))).toEqual([
      "ЕЛЕКТРИЧЕСКИ БОЙЛЕР ТЕРМО 80 – РЪКОВОДСТВО ЗА ЕКСПЛОАТАЦИЯ",
      "1. Мерки за безопасност",
    ]);
    // Two headings of a line each, a field's label: each its own.
    expect(texts("НАЕМОДАТЕЛ:\nНАЕМАТЕЛ:\n", "bg")).toEqual(["НАЕМОДАТЕЛ:", "НАЕМАТЕЛ:"]);
    expect(texts("ДОГОВОР\nЗА НАЕМ\n", "bg")).toEqual(["ДОГОВОР", "ЗА НАЕМ"]);
  });

  test("a -layout table whose rows end on bracketed figures: a row a segment (stranger 77: five rows were one)", () => {
    const rows = [
      "The main financial indicators are presented in the table below (in BGN thousand) for the first half of each year.",
      "",
      " Indicator                                               H1 2025                  H1 2024",
      "  Sales revenue                                           48,612                   45,263",
      "  Cost of materials                                      (26,145)                (24,870)",
      "  Staff costs                                             (8,731)                  (7,986)",
      "  Operating profit                                          5,284                       4,917",
    ];
    expect(
      texts(rows.join("\n"), "en")
        .slice(1)
        .map((t) => t.replace(/\s+/gu, " ")),
    ).toEqual([
      "Indicator H1 2025 H1 2024",
      "Sales revenue 48,612 45,263",
      "Cost of materials (26,145) (24,870)",
      "Staff costs (8,731) (7,986)",
      "Operating profit 5,284 4,917",
    ]);
  });

  test("a dot leader spaced out or of ellipses ends no sentence either: each dot was a sentence, the page one more (stranger 75)", () => {
    const toc = "Съдържание\n\n1. Мерки за безопасност . . . . . . . . 3\n2. Монтаж . . . . 5\n3. Свързване ……… 8\n4. Пускане . .. . 11\n";
    expect(texts(toc, "bg")).toEqual([
      "Съдържание",
      "1. Мерки за безопасност . . . . . . . . 3",
      "2. Монтаж . . . . 5",
      "3. Свързване ……… 8",
      "4. Пускане . .. . 11",
    ]);
    // A sentence ending before a number that opens the next words still ends.
    expect(texts("Това е всичко. 12 души дойдоха. Чакахме... 5 минути.", "bg")).toEqual([
      "Това е всичко.",
      "12 души дойдоха.",
      "Чакахме...",
      "5 минути.",
    ]);
  });

  test("a table of contents' entries are lines of their own, even where its longest line makes the text look hard-wrapped", () => {
    // Before: the Bulgarian contents (one entry of 60 characters or more) were read as wrapped prose, each page number
    // joined to the next entry, while the English ones (shorter lines) were split line by line.
    const text = [
      "Глава 4. Поддръжка на уреда",
      "4.1 Проверка на уплътненията на вратата на хладилната камера ........ 41",
      "4.2 Смяна на филтъра ........ 44",
      "4.3 Почистване на кондензатора …… 47",
    ].join("\n");
    const units = texts(text, "bg").join(" | ");
    for (const page of ["41", "44", "47"]) expect(units).toMatch(new RegExp(`${page}( \\||$)`, "u"));
    expect(units).not.toMatch(/41 4\.2|44 4\.3|уреда 4\.1/u);
  });

  test("a line opening with a label starts a new unit, even in hard-wrapped text", () => {
    const text = [
      "Настоящият договор се сключва между страните за срок от една година и влиза в",
      "сила от датата на подписването му от двете страни по него без възражения",
      "II. ЦЕНА И НАЧИН НА ПЛАЩАНЕ ПО НАСТОЯЩИЯ ДОГОВОР МЕЖДУ СТРАНИТЕ",
      "Чл. 2. Цената се заплаща по банков път в срок от десет дни от фактурата",
      "1.2. Обхват на договора и на задълженията на двете страни по него тук",
    ].join("\n");
    expect(texts(text, "bg")).toEqual([
      "Настоящият договор се сключва между страните за срок от една година и влиза в\nсила от датата на подписването му от двете страни по него без възражения",
      "II. ЦЕНА И НАЧИН НА ПЛАЩАНЕ ПО НАСТОЯЩИЯ ДОГОВОР МЕЖДУ СТРАНИТЕ",
      "Чл. 2. Цената се заплаща по банков път в срок от десет дни от фактурата",
      "1.2. Обхват на договора и на задълженията на двете страни по него тук",
    ]);
    // A lowercase reference wrapped to the next line continues the sentence.
    expect(texts("Срокът за плащане е определен в съответствие с разпоредбите на закона и по\nчл. 5. от договора.", "bg")).toHaveLength(1);
  });

  test("a wrapped line that stops on an article, a preposition or an abbreviation always followed by more goes on with the next", () => {
    // Before: "Client: ..." opened a line of its own as a form's field (a false "added" error against an unwrapped source),
    // and "в гр." / "Пловдив." were two segments.
    const en =
      "The Contract was signed on 3 March 2025 in two identical copies, one for each party. For the\nClient: Radoslava Nikolova, Managing Director.";
    expect(texts(en, "en")).toEqual([
      "The Contract was signed on 3 March 2025 in two identical copies, one for each party.",
      "For the\nClient: Radoslava Nikolova, Managing Director.",
    ]);
    const bg = "Общото събрание на акционерите ще се проведе на 9 март 2026 г. в гр.\nПловдив. Дружеството не е получавало субсидии.";
    expect(texts(bg, "bg")).toEqual([
      "Общото събрание на акционерите ще се проведе на 9 март 2026 г. в гр.\nПловдив.",
      "Дружеството не е получавало субсидии.",
    ]);
    // Grams after a number may end a sentence; a short line is its writer's line as before, whatever it ends on ("За").
    expect(texts("Към сместа добавете захар, масло и брашно в количество от около 200 гр.\nРазбъркайте добре.", "bg")).toHaveLength(2);
    expect(
      texts("Адрес за кореспонденция на дружеството в гр. София, ул. „Шипка“ № 12, ет. 3\nТел.: 02 123 45 67\nЗа\nКонтакти", "bg"),
    ).toHaveLength(4);
  });

  test("a label alone on its line is its own segment", () => {
    expect(texts("Article 1\nDefinitions\nIn this Agreement, words have their usual meaning.", "en")).toEqual([
      "Article 1",
      "Definitions",
      "In this Agreement, words have their usual meaning.",
    ]);
    expect(texts("Чл. 1.\n(1) Текстът е ясен.", "bg")).toEqual(["Чл. 1.", "(1) Текстът е ясен."]);
  });

  test("a list, a register or a code past 999 keeps its labels with their text", () => {
    const en = "999. The fee shall be paid.\n1000. The fee shall be paid.\nArt. 10000. The fee shall be paid.\nArticle 123456. It applies.";
    expect(texts(en, "en")).toEqual([
      "999. The fee shall be paid.",
      "1000. The fee shall be paid.",
      "Art. 10000. The fee shall be paid.",
      "Article 123456. It applies.",
    ]);
    expect(texts("Чл. 10000. (1) Таксата е 100 лв.\n10000. Таксата се плаща.", "bg")).toEqual([
      "Чл. 10000. (1) Таксата е 100 лв.",
      "10000. Таксата се плаща.",
    ]);
    // A year ending a sentence in running text is the sentence's, however many digits it has.
    expect(texts("The plan ran until 2024. The fee shall be paid.", "en")).toEqual(["The plan ran until 2024.", "The fee shall be paid."]);
    expect(texts("Планът беше до 12345. Таксата се плаща.", "bg")).toEqual(["Планът беше до 12345.", "Таксата се плаща."]);
  });

  test("an editor's note before a provision stays with it, alone or after a label", () => {
    expect(
      texts(
        [
          "(2) (Изм. - ДВ, бр. 41 от 1998 г.) Таксата се плаща в срок.",
          "(Изм. - ДВ, бр. 41 от 1998 г., доп., бр. 5 от 2001 г.) Таксата се плаща в срок.",
          "т. 3. (нова - ДВ, бр. 5 от 2001 г.) Срокът е един месец.",
          "Таксата се плаща в срок. (Отм. - ДВ, бр. 12 от 2020 г.) Следващото изречение.",
        ].join("\n\n"),
        "bg",
      ),
    ).toEqual([
      "(2) (Изм. - ДВ, бр. 41 от 1998 г.) Таксата се плаща в срок.",
      "(Изм. - ДВ, бр. 41 от 1998 г., доп., бр. 5 от 2001 г.) Таксата се плаща в срок.",
      "т. 3. (нова - ДВ, бр. 5 от 2001 г.) Срокът е един месец.",
      "Таксата се плаща в срок.",
      "(Отм. - ДВ, бр. 12 от 2020 г.) Следващото изречение.",
    ]);
    // Any other sentence in brackets is a sentence: only the language's note words open a note.
    expect(texts("(The meeting ended at 5 p.m.) Then we left.", "en")).toEqual(["(The meeting ended at 5 p.m.)", "Then we left."]);
    expect(texts("(Срещата приключи през 2024 г.) После си тръгнахме.", "bg")).toEqual([
      "(Срещата приключи през 2024 г.)",
      "После си тръгнахме.",
    ]);
  });

  test("a running text of 150,000 lines and no blank one: every line its segment", () => {
    // The block's longest line was found by spreading every line's length into Math.max: too many arguments for the stack.
    const text = Array.from({ length: 150_000 }, (_, k) => `Line ${k} ends here.`).join("\n");
    const got = segment(text, "en");
    expect(got).toHaveLength(150_000);
    expect(got[149_999]!.text).toBe("Line 149999 ends here.");
  });

  test("a number that is not a label still ends a sentence", () => {
    expect(texts("Той дойде в 5. Тя дойде в 6.", "bg")).toEqual(["Той дойде в 5.", "Тя дойде в 6."]);
    expect(texts("The score was 3. Then it rained.", "en")).toEqual(["The score was 3.", "Then it rained."]);
    // A year wrapped to the start of a line is no label.
    const wrapped =
      "The report on the state of the roads was published by the ministry in\n2024. The next one is due in the spring of the year after.";
    expect(texts(wrapped, "en")).toEqual([
      "The report on the state of the roads was published by the ministry in\n2024.",
      "The next one is due in the spring of the year after.",
    ]);
  });
});

describe("segment: legal and academic abbreviations", () => {
  test.each([
    ["Романът „Под игото“ от Ив. Вазов е издаден през 1894 г.", 1],
    ["Стихотворенията на Хр. Ботев и Ал. Константинов, Ст. Стамболов, Вл. Димитров.", 1],
    ["Доц. Г. Иванов и проф. В. Петров пишат.", 1],
    ["Виж прил. 2 към договора.", 1],
    ["Съгласно т. 3, ал. 2 от чл. 5, вж. стр. 45 в изд. 2 на сб. Българска реч, кн. 3.", 1],
    ["Проф. Петров, доц. Иванова и др. автори.", 1],
    ["Т.нар. преход е завършен, напр. в гр. Русе, с. Бели Искър, обл. Пловдив.", 1],
    ["Живее на ул. Шипка, бул. Витоша и пл. Славейков.", 1],
    ["Мостът над р. Дунав, ез. Сребърна и вр. Мусала.", 1],
    ["Чл. 4 (изм. – ДВ, бр. 12 от 2020 г., доп. – ДВ, бр. 5 от 2021 г.) гласи това.", 1],
    ["Цит. съч., пос. съч. Тези бележки са важни.", 1],
    ["Плодове, зеленчуци и др. Всичко е прясно.", 2],
    ["Дойде при Ив. Той беше сам.", 2],
    // A date opening its sentence is no sentence, whatever capital follows ("In 2024 nobody knew").
    ["През 2024 г. Никой не знаеше.", 1],
    ["На 2 април 2025 г. „Термосистеми“ откри своя офис. До края на 2025 г. Министерството ще плати.", 2],
    ["Това стана през 2024 г. Никой не знаеше.", 2],
    // A unit in brackets before a figure, as in a report's table: one row, not two sentences.
    ["Приходи (млн. лв.) 31,7", 1],
    ["Цената (в лв.) 12 души платиха.", 1],
    ["Тя подписа (виж прил.) Договорът е в сила.", 2],
    ["Случи се през 2024 г. (вж. т. 3.) 12 души дойдоха.", 2],
    // A paragraph's number in brackets before a capital opens the next paragraph, after "г." as after any end.
    ["Първата вноска е дължима до 30.04.2024 г. (4) Всяка следваща вноска е дължима до края на тримесечието.", 2],
    ["Договорът е от 2024 г. (изм.) и важи.", 1],
  ])("bg: %s", (input, n) => {
    expect(texts(input, "bg")).toHaveLength(n);
  });

  test.each([
    ["Under Art. 5, Sec. 3 and para. 2, see No. 4 and Fig. 7.", 1],
    ["Smith et al. showed it, cf. Jones, op. cit. 12 and loc. cit. 4.", 1],
    ["Prof. Lee and Dr. Brown of Acme Inc. were present.", 1],
    ["Under s. 12 of the Act and Sched. 2, see Ex. 4 and Tab. 1.", 1],
    ["See Art. 79 et seq. of the Act.", 1],
    ["The novel by Iv. Vazov, and poems by Hr. Botev, were read by Eng. Petrov.", 1],
    ["Read Wm. Shakespeare and Chas. Dickens.", 1],
    ["It was reviewed by Smith et al. The results held.", 2],
    ["The shares of Acme Inc. Rose sharply.", 2],
    ["Revenue (approx.) 31.7 and profit (est.) 4.2", 1],
    // A clause's number after a company's abbreviation opens the next clause; a figure or a decimal does not.
    ["The lessee is Rodopa Trade Ltd. 3.2. The monthly rent is BGN 1,200.", 2],
    ["Signed by ACME Inc. 4. Payment is due monthly.", 2],
    ["Signed by ACME Inc. (2) The lessee pays monthly.", 2],
    ["It was sold to Acme Co. 12 units were shipped.", 1],
    ["Shares of Acme Inc. 3.2 per cent higher.", 1],
    ["The meeting opens at 10 a.m. 2.3. The parties sign the minutes.", 2],
    ["It closes at 5 p.m. 3 days later it reopens.", 1],
  ])("en: %s", (input, n) => {
    expect(texts(input, "en")).toHaveLength(n);
  });
});

describe("segment: the user's abbreviations", () => {
  const withAbbreviations = (text: string, lang: string, abbreviations: string[]) =>
    segment(text, lang, { abbreviations }).map((s) => s.text);

  test("an abbreviation of the list never ends a sentence, written with or without its dot, in any case", () => {
    const text = "Подписано въз основа на упр. Иванов от Мин. Финанси.";
    expect(texts(text, "bg")).toHaveLength(3);
    expect(withAbbreviations(text, "bg", ["упр.", "мин"])).toEqual([text]);
    expect(withAbbreviations(text, "bg", ["УПР", "Мин."])).toEqual([text]);
  });

  test("one of several words, and one the built-in lists read otherwise", () => {
    expect(withAbbreviations("Виж т. сл. Текстът е нов.", "bg", ["т. сл."])).toEqual(["Виж т. сл. Текстът е нов."]);
    expect(texts("Виж т. сл. Текстът е нов.", "bg")).toHaveLength(2);
    // "г." may end a sentence before a capital; listed, it never does.
    expect(withAbbreviations("Роден е в 1900 г. Ловеч.", "bg", ["г."])).toEqual(["Роден е в 1900 г. Ловеч."]);
  });

  test("the dots inside one of several words end no sentence either ('o.' of 'o. a.'), and only with the rest after them", () => {
    // Dutch, which sverka has no abbreviations of: "o. a." (among others), "m. a. w." (in other words).
    const text = "Het geldt o. a. Voor leden. Dat is m. a. w. Duur voor ons.";
    expect(texts(text, "nl").length).toBeGreaterThan(2);
    expect(withAbbreviations(text, "nl", ["o. a.", "m. a. w."])).toEqual(["Het geldt o. a. Voor leden.", "Dat is m. a. w. Duur voor ons."]);
    // "o." without its "a." is no abbreviation of the list: a sentence may end there.
    expect(withAbbreviations("Het huis heet Villa o. Daar is het stil.", "nl", ["o. a."])).toHaveLength(2);
    // A word ending in the first part is not it: "zo." is no "o.".
    expect(withAbbreviations("Het was zo. A. de Vries kwam.", "nl", ["o. a."])).toHaveLength(2);
  });

  test("only a whole word matches, after an opening bracket too", () => {
    expect(withAbbreviations("Това е глагол. Ол. Друг.", "bg", ["гол"])).toHaveLength(3);
    expect(withAbbreviations("Виж (упр. Иванов).", "bg", ["упр"])).toEqual(["Виж (упр. Иванов)."]);
  });
});

describe("runs of sentence marks", () => {
  // The pattern before a match had to start where a run of marks does (src/segment/sentences.ts TERMINAL).
  const before = /[.!?…。]+["'»“”’)\]]*(?=\s)/gu;
  const ends = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m.index! + m[0].length);
  const piece = fc.constantFrom(".", "!", "?", "…", "。", '"', "»", "”", ")", "]", " ", "\n", "а", "b", "1", "...", "?!", ".)");
  test("end where they ended when a match could start inside a run", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (xs) => {
        const text = xs.join("");
        expect(ends(TERMINAL, text)).toEqual(ends(before, text));
      }),
      { numRuns: 3000 },
    );
  });
});
