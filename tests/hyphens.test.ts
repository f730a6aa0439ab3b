import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, formats } from "../src/index.js";
import { parseTmx } from "../src/read/tm.js";
import { joinBrokenWords } from "../src/segment/hyphens.js";
import type { Segment } from "../src/types.js";
import { sverka } from "./helpers.js";

/** The segments of a document, one a text: the vocabulary a broken word is judged by. */
const doc = (_lang: string, texts: string[]): Segment[] =>
  texts.map((text, id) => ({ id, text, start: 0, end: text.length, paragraph: id }));

describe("a word broken at a line's end with a hyphen", () => {
  test.each([
    // Broken at a syllable: the hyphen goes.
    ["bg", "извършва подд-\nръжка на системата", [], "извършва поддръжка на системата"],
    ["en", "are presen-\nted in a report", [], "are presented in a report"],
    // A prefix of the language that takes a hyphen keeps it: "по-долу", "well-known".
    ["bg", "описани по-\nдолу в документа", [], "описани по-долу в документа"],
    ["en", "a well-\nknown rule", [], "a well-known rule"],
    // The document writes the word with its hyphen elsewhere: it stays.
    ["en", "a decision-\nmaking body", ["Decision-making is slow."], "a decision-making body"],
    ["en", "an e-\nmail", ["email", "e-mail"], "an e-mail"],
    // Or whole, or a form of it (its stem): it goes, spaces around the line break and all.
    ["en", "described be-  \r\n   low", ["see below."], "described below"],
    // In capitals, joined where the document writes the word (any of its forms) elsewhere; else the hyphen stays.
    ["bg", "в офисите на ВЪЗЛ-\nОЖИТЕЛЯ.", ["ВЪЗЛОЖИТЕЛЯТ възлага."], "в офисите на ВЪЗЛОЖИТЕЛЯ."],
    ["en", "the EU-\nUSA deal", [], "the EU-USA deal"],
    // A soft hyphen is the line's own, always.
    ["bg", "трансла\u00ad\nция", [], "транслация"],
    // So where Chromium's PDF wrote the break as a soft hyphen and U+2010 (stranger 76): "безп\u00ad‐" / "латна", a
    // word with soft hyphens inside it, an e-mail address.
    ["bg", "дост\u00adавката е безп\u00ad\u2010\nлатна", [], "доставката е безплатна"],
    ["en", "at rekl\u00ad\u2010\namacii@dostavka.bg", [], "at reklamacii@dostavka.bg"],
    // A capitalised word or a number after the line break keeps the hyphen.
    ["en", "a Wi-\nFi network", [], "a Wi-Fi network"],
    ["en", "cases of COVID-\n19 fell", [], "cases of COVID-19 fell"],
    // Both halves words the document writes on their own: a compound, whose hyphen stays.
    ["en", "a decision-\nmaking body", ["The decision is final.", "Making it took a year."], "a decision-making body"],
    ["bg", "заместник-\nдиректор", ["Заместник на управителя.", "Директор на фирмата."], "заместник-директор"],
    // Syllables are no words: "ex", "so" are too short to count.
    ["en", "for ex-\nample", ["an example"], "for example"],
    ["en", "the so-\ncial fund", [], "the social fund"],
    // The hyphenated parts before and after the break count: the document writes "state-of-the-art".
    ["en", "a state-of-\nthe-art tool", ["state-of-the-art"], "a state-of-the-art tool"],
    // A soft hyphen inside a line goes too.
    ["en", "the docu\u00admentation", [], "the documentation"],
    // A number before the hyphen is no word broken.
    ["en", "pages 10-\n12", [], "pages 10-\n12"],
    // A hyphen with no line break after it is left as it is.
    ["en", "a state-of-the-art tool", [], "a state-of-the-art tool"],
  ])("%s: %j becomes %j", (lang, text, elsewhere, joined) => {
    expect(joinBrokenWords(text, doc(lang, [text, ...elsewhere]), lang)).toBe(joined);
  });
});

describe("what a memory and a pair list give of a hard-wrapped text", () => {
  const bg = "Договорът се прилага за всички поръчки, описани по-\nдолу в настоящия документ.\n\nСтраните спазват условията по-долу.";
  const en = "The contract applies to all orders described be-\nlow in this document.\n\nThe parties comply with the terms below.";
  const bitext = align(bg, en);

  test("the TMX joins the broken words, and keeps the segments' offsets as read", () => {
    const units = parseTmx(formats.tmx.write(bitext), "memory.tmx").units;
    expect(units[0]!.variants.map((v) => v.text)).toEqual([
      "Договорът се прилага за всички поръчки, описани по-долу в настоящия документ.",
      "The contract applies to all orders described below in this document.",
    ]);
    const first = bitext.source.segments[0]!;
    expect(bg.slice(first.start, first.end)).toBe(first.text);
  });

  test("so does the TSV", () => {
    expect(formats.tsv.write(bitext).split("\n")[0]!.split("\t").slice(0, 2)).toEqual([
      "Договорът се прилага за всички поръчки, описани по-долу в настоящия документ.",
      "The contract applies to all orders described below in this document.",
    ]);
  });
});

describe("what check quotes of a hard-wrapped text", () => {
  test("a sentence left out is quoted with its broken words whole, as the memory writes them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-hyphens-"));
    writeFileSync(
      join(dir, "bg.txt"),
      "Поддръжката включва отстраняване на грешки и инсталиране на обновления.\nТя не включва разраб-\nотването на нови модули. Срокът е една година.\n",
    );
    writeFileSync(join(dir, "en.txt"), "Support includes fixing errors and installing updates.\nThe term is one year.\n");
    const r = await sverka(["check", join(dir, "bg.txt"), join(dir, "en.txt")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Тя не включва разработването на нови модули.");
    expect(r.stdout).not.toContain("разраб- отването");
  });

  test("a limit broken at a line's end is read whole: its reversal in the translation is an error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-hyphens-"));
    writeFileSync(
      join(dir, "bg.txt"),
      "При съмнение за пробив в сигурността Изпълнителят уведомява Възложителя в рамките на най-\nмалко 2 часа. Срокът на договора е една година.\n",
    );
    writeFileSync(
      join(dir, "en.txt"),
      "In case of a suspected security breach the Contractor notifies the Client within 2 hours at the most. The term of the agreement is one year.\n",
    );
    const r = await sverka(["check", join(dir, "bg.txt"), join(dir, "en.txt")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the limit is reversed: the translation says "within 2" where the source says "най-малко 2"');
  });
});

test("a clean text Chromium hyphenated in a narrow column, as pdftotext gives it: its e-mail whole, no flag (stranger 76)", () => {
  const bg =
    "Рекламации се приемат на телефон 0800 11 222 или на адрес rekl\u00ad\u2010\namacii@dostavka.bg. Отговорник за рекламациите е г-жа Деси\u00ad\u2010\nслава Ангелова.\n";
  const en =
    "Complaints are accepted on 0800 11 222 or at reklamacii@dostavka.bg. The person responsible for complaints is Ms Desislava Angelova.\n";
  const b = align(bg, en, { sourceLang: "bg", targetLang: "en" });
  expect(b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.severity !== "info").map((f) => f.reason))).toEqual([]);
  expect(formats.tsv.write(b)).toContain("г-жа Десислава Ангелова.");
});

test("a telephone number whose last group went to the next line stays in its sentence", () => {
  const bg = "Рекламации се приемат на телефон 0800 11\n222 или на адрес reklamacii@dostavka.bg. Срокът е 14 дни.\n";
  const en = "Complaints are accepted on 0800 11 222 or at reklamacii@dostavka.bg. The period is 14 days.\n";
  const b = align(bg, en, { sourceLang: "bg", targetLang: "en" });
  expect(b.source.segments.map((s) => s.text.replace(/\s+/g, " "))).toEqual([
    "Рекламации се приемат на телефон 0800 11 222 или на адрес reklamacii@dostavka.bg.",
    "Срокът е 14 дни.",
  ]);
});
