import { joinBrokenWords } from "../src/formats/hyphens.js";
import { align, formats } from "../src/index.js";
import { parseTmx } from "../src/read/tm.js";
import { segment } from "../src/segment/index.js";
import type { Segment } from "../src/types.js";

/** The segments of a text (one a line, as a pre-split text is read): the vocabulary a broken word is judged by. */
const doc = (...lines: string[]): Segment[] => segment(lines.join("\n"), "en", { segmented: true });

describe("a word broken at a line's end with a hyphen", () => {
  test.each([
    // A compound's hyphen stays, the line break goes: "по-долу", "well-known".
    ["описани по-\nдолу в документа", [], "описани по-долу в документа"],
    ["a well-\nknown rule", [], "a well-known rule"],
    // Written whole elsewhere in the document, and never with the hyphen: a hyphen the line's end put there.
    ["orders described be-\nlow in", ["see below."], "orders described below in"],
    ["described be-  \r\n   low", ["below"], "described below"],
    // Written both ways in the document: the hyphen may be the word's own, and stays.
    ["an e-\nmail", ["email", "e-mail"], "an e-mail"],
    // A soft hyphen is the line's own, always.
    ["трансла\u00ad\nция", [], "транслация"],
    // A capital or a digit after the line break: a list, a range, a new clause, no broken word.
    ["Volume -\nChapter", ["volumechapter"], "Volume -\nChapter"],
    ["pages 10-\n12", [], "pages 10-\n12"],
    ["COVID-\n19", [], "COVID-\n19"],
    // A hyphen with no line break after it is left as it is.
    ["a state-of-the-art tool", [], "a state-of-the-art tool"],
  ])("%j becomes %j", (text, elsewhere, joined) => {
    const segments = doc(text, ...elsewhere);
    expect(joinBrokenWords(text, segments)).toBe(joined);
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
