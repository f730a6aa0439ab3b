import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, formats } from "../src/index.js";
import { parseTmx } from "../src/read/tm.js";
import { joinBrokenWords } from "../src/segment/hyphens.js";
import { segment } from "../src/segment/index.js";
import type { Segment } from "../src/types.js";
import { sverka } from "./helpers.js";

/** The segments of a text (one a line, as a pre-split text is read): the vocabulary a broken word is judged by. */
const doc = (lang: string, lines: string[]): Segment[] => segment(lines.join("\n"), lang, { segmented: true });

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
    // A capitalised word or a digit after the line break: a new word, a range; left as read.
    ["en", "Volume-\nChapter", [], "Volume-\nChapter"],
    ["en", "pages 10-\n12", [], "pages 10-\n12"],
    ["en", "COVID-\n19", [], "COVID-\n19"],
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
});
