/** The tokenizer's scanner gives exactly the tokens of the regular expression it replaced (tests/reference/tokens.ts). */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { loadNtrex } from "../bench/data.js";
import { getLanguage } from "../src/lang/index.js";
import { tokenize } from "../src/score/index.js";
import { corpus, describeWithShared, SHARED } from "./helpers.js";
import { referenceTokenize } from "./reference/tokens.js";

const languages = ["bg", "en", "de", "fr", "ru"].map((code) => getLanguage(code));

/** Tokens as plain objects (the scanner's word tokens are shared, cached objects). */
const plain = (text: string, code: number, fn: typeof tokenize) => fn(text, languages[code]!).map((t) => ({ ...t }));

function expectSame(text: string): void {
  for (let k = 0; k < languages.length; k++) {
    const [got, want] = [plain(text, k, tokenize), plain(text, k, referenceTokenize)];
    // Compared as JSON first: toEqual on every line of NTREX is slow; it shows the difference when there is one.
    if (JSON.stringify(got) !== JSON.stringify(want)) expect([text, languages[k]!.code, got]).toEqual([text, languages[k]!.code, want]);
  }
}

/** What the pattern's parts turn on: digits of every kind, separators, clock and suffix words, addresses, marks, surrogates. */
const pieces = fc.constantFrom(
  ..."0123456789٣²½¾Ⅻ𝟙",
  ...["1/2", "3/4", "24/7", "1/16", "12/05"],
  ...[
    ".",
    ",",
    ":",
    " ",
    "\u00a0",
    "\u202f",
    "\t",
    "\n",
    "\n   ",
    "\r\n\t",
    "\u2028",
    "\u3000",
    "\ufeff",
    "-",
    "–",
    "'",
    "’",
    "/",
    "@",
    "_",
    "%",
    "+",
  ],
  ...["(", ")", "]", ";", "!", "?", "<", ">", '"', "„", "“", "”", "«", "»"],
  ..."hHtTpPsSſwWaAmMkKİßẞxXyzхХчасутрнибвдлмтюя",
  ...["часа", "ч.", "ч", "сутринта", "следобед", "вечер", "am", "a.m.", "p. m.", "PM", "hrs", "h"],
  // French and German hours ("10 h 30", "à 14 h", "14 Uhr"), Russian ordinals and magnitudes ("5-й", "тыс.")
  ...[" h ", "à ", "dès ", "Uhr", " Uhr", "utra", "утра", "-й", "-го", "тыс.", "Mio.", "millions", "er", "ème"],
  ...["млн.", "хиляди", "хил.", "милиарда", "million", "bn", "thousand", "th", "st", "-та", "-ти", "-те", "ият", "'s", "s"],
  ...["http://", "https://", "HTTPS://", "httpſ://", "www.", "WWW.", "Www.", "ab@cd.com", "x.bg", ".com", ".бг", "mail"],
  ...["\u0301", "\u0345", "\u20dd", "😀", "𝐀", "\ud800", "\udc00", "e\u0301"],
  // Tables of contents: leaders before a page's number, headings' titles after a section's number
  ...["....", "…", "⋯", "·", "‧", ". . ", "Safety", "Монтаж", "MB"],
  // Telephone numbers and times written with a point (the seventy-fourth session)
  ...["+359 ", "+44 20 7946 0958", "0888 123 456", "02 981 44 70", "123 45", "10.30", "18.30", " до ", "-", " ч."],
  // A race's time to the hundredth (the reference read "0:10.30" as a clock time and 30 until the seventy-fifth session)
  ...["5:12.45", "1:02:33,10", "0:10", ":"],
  // A size glued to its letters, its sign of times and decimal mark either way (the seventy-sixth session)
  ...["M8", "М10", "ABC", "×", "x20", "х1", ",25", ".5", "×20"],
);
const text = fc.array(pieces, { maxLength: 30 }).map((xs) => xs.join(""));
/** A few of them, dense: where a clock time, a number, an address and a word meet. */
const dense = fc
  .array(fc.constantFrom(..."15:.,@ -'sxх", "pm", "ч.", "a", "bg", "ab", "www.", "http://", "млн", "ти"), { maxLength: 16 })
  .map((xs) => xs.join(""));

describe("tokenize: the scanner and the reference pattern", () => {
  test("give the same tokens on random text of the characters the pattern turns on", () => {
    fc.assert(
      fc.property(text, (t) => expectSame(t)),
      { numRuns: 3000 },
    );
  });

  test("give the same tokens where clock times, numbers, addresses and words meet", () => {
    fc.assert(
      fc.property(dense, (t) => expectSame(t)),
      { numRuns: 3000 },
    );
  });

  test("give the same tokens around a lone surrogate (found by the random text above: a lone low surrogate after a figure made the x after it a dimension sign)", () => {
    for (const t of ["0\udc00х0", "0\udc00x0", "𝟙\udc00х0", "𝟙х0", "0\ud800х0", "\udc00х0", "1\udc00\udc00x2"]) expectSame(t);
    // An astral figure before the x still makes it one: "𝟙х0" is two numbers.
    expect(tokenize("𝟙х0", languages[0]!).map((t) => t.kind)).toEqual(["number", "number"]);
  });

  test("give the same tokens on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (t) => expectSame(t)),
      { numRuns: 1000 },
    );
  });

  test.each([
    "Плащане на 2,5 млн. лв. до 15:00 ч. на 3-ти март; в 7 сутринта, 5:30pm, 80-те, 1980s, 3 billion.",
    "See https://example.com/a_(b). Write to info@lif.bg, or www.lif.bg/x?y=1!",
    "Mail: a.b-c@x-y.example.org.; 12:00 noon; 7.55am; 12 a.m.; 24th; 1,500.50 and 2 000 and 15 16.",
    "x,5pm .7:30 a@.com b@c..de 12@3.45 http://. www.a https://a) —www.x.y",
    "e\u0301te co-op don't rock’n’roll -x- ’t 😀𝐀b 𝟙2",
    "3х4 м, 1920x1080, 0X1F, 4x, x4, 2х𝟙, A3x4, 3xx4, 3 x 4",
    "68.1 Монтаж .......... 679",
    "4.2 Scope . . . . . 12 ",
    "Wait... 5",
    "2.5 Million people voted.",
    "Приходи 3\n      482 хил. лв. и 2\r\n\t000 лв.",
  ])("on %s", (t) => expectSame(t));

  test("a number whose thousands pdftotext -layout set on the next line, indented, is one number (stranger 75)", () => {
    const numbers = (t: string, k: number) => tokenize(t, languages[k]!).flatMap((x) => (x.kind === "number" ? [x.key] : []));
    expect(numbers("Приходите са 3\n      482 хил. лв.", 0)).toEqual(["3482000"]);
    expect(numbers("Revenue was BGN 3,482\n   thousand", 1)).toEqual(["3482"]);
    // A step's number on the next line is its own.
    expect(numbers("Стъпка 2\n   3. Натиснете", 0)).toEqual(["2", "3"]);
  });

  test("a table of contents' line: its section's number is read alike in both languages, and its page's number not at all", () => {
    const numbers = (t: string, k: number) => tokenize(t, languages[k]!).flatMap((x) => (x.kind === "number" ? [x.key] : []));
    expect(numbers("68.1 Монтаж .......... 679", 0)).toEqual(["68", "1"]);
    expect(numbers("68.1 Installation .......... 726", 1)).toEqual(["68", "1"]);
    expect(numbers("Scope …… 3", 1)).toEqual([]);
    expect(numbers("Scope\u00a0·\u00a0·\u00a0·\u00a0· 3", 1)).toEqual([]);
    // Three dots are a pause, not a leader; a number in the text's middle is the text's; a sentence's decimal stays one.
    expect(numbers("Wait... 5", 1)).toEqual(["5"]);
    expect(numbers("Pages .... 5 to 9", 1)).toEqual(["5", "9"]);
    expect(numbers("2.5 Litres were used.", 1)).toEqual(["2.5"]);
    expect(numbers("2.5 MB free", 1)).toEqual(["2.5"]);
  });

  test("an x between figures is 'by': both figures are numbers ('3х4 м', '1920x1080'), and a word with an x in it stays one", () => {
    const numbers = (t: string, code: number) => tokenize(t, languages[code]!).map((x) => `${x.kind}:${x.key}`);
    expect(numbers("Стаята е 3х4 м.", 0)).toEqual(["word:стаята", "word:е", "number:3", "number:4", "word:м"]);
    expect(numbers("1920X1080 pixels, 4x4, box", 1)).toEqual([
      "number:1920",
      "number:1080",
      "word:pixels",
      "number:4",
      "number:4",
      "word:box",
    ]);
    expect(numbers("A3x4 4x", 1)).toEqual(["word:a3x4", "number:4", "word:x"]);
  });

  test("give the same tokens on every line of the corpus", () => {
    for (const dir of readdirSync(corpus()))
      for (const side of ["bg.txt", "en.txt"]) for (const line of readFileSync(corpus(dir, side), "utf8").split("\n")) expectSame(line);
  });
});

describeWithShared("tokenize on NTREX", () => {
  test("the scanner and the reference pattern give the same tokens on every sentence", () => {
    for (const doc of loadNtrex(SHARED!)) for (const line of [...doc.bg, ...doc.en]) expectSame(line);
  });
});

describe("tokenize: a fraction before a group of thousands", () => {
  test("'1/16 024/7' reads alike in the scanner and the reference (a property run's counterexample, session 60)", () => {
    expectSame("1/16 024/7");
    expectSame("≥ 1/10 000 и 1/2 таблетка");
  });
});
