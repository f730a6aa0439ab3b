/**
 * DOCX as sverka reads it (src/read/docx.ts), held to what mammoth's HTML gave
 * through htmlToText, the way DOCX was read before: random documents made of
 * what Word writes (tables, text boxes, tracked changes, fields, content
 * controls, footnotes and endnotes, comments, other namespace prefixes),
 * mammoth's own Word-made test documents, and the differences on purpose.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { SverkaError } from "../src/errors.js";
import { readDocument } from "../src/index.js";
import { docxToText } from "../src/read/docx.js";
import { htmlparser2, htmlToText } from "../src/read/markup.js";
import { OOXML_RELATIONSHIPS, wordPackage } from "./helpers.js";

const require = createRequire(import.meta.url);
const mammoth = require("mammoth") as { convertToHtml(input: { buffer: Buffer }): Promise<{ value: string }> };

const MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** What a document is made of, as Word writes it. */
type Inline =
  | { kind: "run"; parts: RunPart[] }
  | { kind: "link"; external: boolean; runs: RunPart[][] }
  | { kind: "ins" | "del" | "moveFrom" | "moveTo" | "smartTag"; runs: RunPart[][] }
  | { kind: "field"; instruction: string; result: RunPart[][] }
  | { kind: "note"; type: "footnote" | "endnote"; body: Block[] }
  | { kind: "comment" | "bookmark" | "proofErr" }
  | { kind: "textbox"; body: Block[] };
type RunPart = { t: string } | "tab" | "br" | "page" | "nbHyphen" | "softHyphen" | "rendered" | { sym: string };
type Block =
  | { kind: "p"; heading: boolean; deletedMark: boolean; inlines: Inline[] }
  | { kind: "table"; rows: Block[][][] }
  | { kind: "sdt"; body: Block[] };

const WORDS = [
  "Договорът",
  "влиза",
  "в",
  "сила",
  "The",
  "contract",
  "takes",
  "effect",
  "on",
  "1",
  "March",
  "2024,",
  "чл.",
  "5",
  "(1)",
  "—",
  "€12 500",
  "R&D",
  "<b>",
  "цена:",
  "A.",
  "e.g.",
];

const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 })
  .chain((words) =>
    fc.tuple(fc.constant(words), fc.constantFrom(" ", "  ", "\u00a0", "\t", ""), fc.constantFrom("", " ", "  "), fc.constantFrom("", " ")),
  )
  .map(([words, gap, before, after]) => ({ t: before + words.join(gap === "" ? " " : gap) + after }));

const runPart: fc.Arbitrary<RunPart> = fc.oneof(
  { weight: 8, arbitrary: text },
  // No page break: sverka starts a new line there, where mammoth glued the text on either side (tested below).
  fc.constantFrom<RunPart>("tab", "br", "nbHyphen", "softHyphen", "rendered"),
  fc.constantFrom<RunPart>({ sym: "F0B7" }, { sym: "F061" }, { sym: "F0E0" }),
);
const run = fc.array(runPart, { minLength: 1, maxLength: 3 });

const { block } = fc.letrec<{ block: Block; inline: Inline; paragraph: Block }>((tie) => ({
  paragraph: fc.record({
    kind: fc.constant("p" as const),
    heading: fc.boolean(),
    deletedMark: fc.nat(9).map((n) => n < 2),
    inlines: fc.array(tie("inline") as fc.Arbitrary<Inline>, { maxLength: 5 }),
  }),
  inline: fc.oneof(
    { maxDepth: 2, depthIdentifier: "docx" },
    { weight: 10, arbitrary: run.map((parts) => ({ kind: "run" as const, parts })) },
    fc.record({ kind: fc.constant("link" as const), external: fc.boolean(), runs: fc.array(run, { minLength: 1, maxLength: 2 }) }),
    fc.record({
      kind: fc.constantFrom("ins" as const, "del" as const, "moveFrom" as const, "moveTo" as const, "smartTag" as const),
      runs: fc.array(run, { minLength: 1, maxLength: 2 }),
    }),
    fc.record({
      kind: fc.constant("field" as const),
      // A page's number (PAGE, PAGEREF) is left out where mammoth kept it: tested on its own below.
      instruction: fc.constantFrom(
        " SEQ Figure \\* ARABIC ",
        " REF _Ref123 \\h ",
        ' HYPERLINK "https://example.bg/terms" ',
        ' DATE \\@ "d.M.yyyy" ',
      ),
      result: fc.array(run, { minLength: 1, maxLength: 2 }),
    }),
    fc.record({
      kind: fc.constant("note" as const),
      type: fc.constantFrom("footnote" as const, "endnote" as const),
      body: fc.array(tie("paragraph") as fc.Arbitrary<Block>, { minLength: 1, maxLength: 2 }),
    }),
    fc.record({ kind: fc.constantFrom("comment" as const, "bookmark" as const, "proofErr" as const) }),
    fc.record({
      kind: fc.constant("textbox" as const),
      body: fc.array(tie("paragraph") as fc.Arbitrary<Block>, { minLength: 1, maxLength: 2 }),
    }),
  ),
  block: fc.oneof(
    { maxDepth: 2, depthIdentifier: "docx" },
    { weight: 6, arbitrary: tie("paragraph") as fc.Arbitrary<Block> },
    fc.record({
      kind: fc.constant("table" as const),
      rows: fc.array(
        fc.array(fc.array(tie("paragraph") as fc.Arbitrary<Block>, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
    }),
    fc.record({ kind: fc.constant("sdt" as const), body: fc.array(tie("block") as fc.Arbitrary<Block>, { minLength: 1, maxLength: 2 }) }),
  ),
}));

interface Style {
  /** The prefix of WordprocessingML's elements: "w", another, or "" for the default namespace. */
  prefix: string;
  strict: boolean;
}

/**
 * Each story (the text, each note) ends with a paragraph whose mark stays: mammoth lost the text of a paragraph
 * whose deleted mark had no paragraph after it to run on into, which sverka keeps (tested below).
 */
const closing: Block = { kind: "p", heading: false, deletedMark: false, inlines: [{ kind: "run", parts: [{ t: "Край." }] }] };

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A DOCX package of `body`, its notes in footnotes.xml and endnotes.xml, as Word lays one out. */
async function writeDocx(body: Block[], style: Style): Promise<Buffer> {
  const e = (name: string) => (style.prefix === "" ? name : `${style.prefix}:${name}`);
  // Attributes are always prefixed: the default namespace does not apply to them.
  const a = (name: string) => `${style.prefix === "" ? "w" : style.prefix}:${name}`;
  const ns = style.strict ? STRICT : MAIN;
  const declarations =
    `${style.prefix === "" ? `xmlns="${ns}" xmlns:w="${ns}"` : `xmlns:${style.prefix}="${ns}"`} xmlns:r="${style.strict ? STRICT_RELS : OOXML_RELATIONSHIPS}" ` +
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" ' +
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="wps"';
  const notes = { footnote: [] as string[], endnote: [] as string[] };
  let id = 0;
  const runXml = (parts: RunPart[], deleted = false): string =>
    `<${e("r")}><${e("rPr")}><${e("b")}/></${e("rPr")}>${parts
      .map((part) => {
        if (part === "tab") return `<${e("tab")}/>`;
        if (part === "br") return `<${e("br")}/>`;
        if (part === "page") return `<${e("br")} ${a("type")}="page"/>`;
        if (part === "nbHyphen") return `<${e("noBreakHyphen")}/>`;
        if (part === "softHyphen") return `<${e("softHyphen")}/>`;
        if (part === "rendered") return `<${e("lastRenderedPageBreak")}/>`;
        if ("sym" in part) return `<${e("sym")} ${a("font")}="Symbol" ${a("char")}="${part.sym}"/>`;
        const tag = deleted ? "delText" : "t";
        return `<${e(tag)} xml:space="preserve">${xmlText(part.t)}</${e(tag)}>`;
      })
      .join("")}</${e("r")}>`;
  const inlineXml = (inline: Inline): string => {
    switch (inline.kind) {
      case "run":
        return runXml(inline.parts);
      case "link":
        return inline.external
          ? `<${e("hyperlink")} r:id="rIdLink">${inline.runs.map((r) => runXml(r)).join("")}</${e("hyperlink")}>`
          : // Words before the runs: a link within the document whose text is a note's mark ("1") is a difference on purpose, tested below.
            `<${e("hyperlink")} ${a("anchor")}="_Toc1">${runXml([{ t: "към " }])}${inline.runs.map((r) => runXml(r)).join("")}</${e("hyperlink")}>`;
      case "ins":
      case "moveTo":
      case "smartTag":
        return `<${e(inline.kind)} ${a("id")}="${++id}" ${a("author")}="A">${inline.runs.map((r) => runXml(r)).join("")}</${e(inline.kind)}>`;
      case "del":
      case "moveFrom":
        return `<${e(inline.kind)} ${a("id")}="${++id}" ${a("author")}="A">${inline.runs.map((r) => runXml(r, true)).join("")}</${e(inline.kind)}>`;
      case "field":
        return (
          `<${e("r")}><${e("fldChar")} ${a("fldCharType")}="begin"/></${e("r")}>` +
          `<${e("r")}><${e("instrText")} xml:space="preserve">${xmlText(inline.instruction)}</${e("instrText")}></${e("r")}>` +
          `<${e("r")}><${e("fldChar")} ${a("fldCharType")}="separate"/></${e("r")}>` +
          inline.result.map((r) => runXml(r)).join("") +
          `<${e("r")}><${e("fldChar")} ${a("fldCharType")}="end"/></${e("r")}>`
        );
      case "note": {
        const list = notes[inline.type];
        const noteId = list.length + 1;
        list.push(
          `<${e(inline.type)} ${a("id")}="${noteId}">${blocksXml([...inline.body, closing], `<${e("r")}><${e(`${inline.type}Ref`)}/></${e("r")}>`)}</${e(inline.type)}>`,
        );
        return `<${e("r")}><${e("rPr")}><${e("rStyle")} ${a("val")}="FootnoteReference"/></${e("rPr")}><${e(`${inline.type}Reference`)} ${a("id")}="${noteId}"/></${e("r")}>`;
      }
      case "comment":
        return `<${e("commentRangeStart")} ${a("id")}="0"/>${runXml([{ t: "коментирано" }])}<${e("commentRangeEnd")} ${a("id")}="0"/><${e("r")}><${e("commentReference")} ${a("id")}="0"/></${e("r")}>`;
      case "bookmark":
        return `<${e("bookmarkStart")} ${a("id")}="${++id}" ${a("name")}="_Ref123"/><${e("bookmarkEnd")} ${a("id")}="${id}"/>`;
      case "proofErr":
        return `<${e("proofErr")} ${a("type")}="spellStart"/>`;
      case "textbox": {
        // A deleted paragraph mark inside a text box is not written: mammoth read such a paragraph's content again with the next paragraph it came to, wherever that was.
        const content = `<${e("txbxContent")}>${blocksXml(inline.body, "", true)}</${e("txbxContent")}>`;
        return (
          `<${e("r")}><mc:AlternateContent><mc:Choice Requires="wps"><${e("drawing")}><wp:anchor><wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></wp:anchor></${e("drawing")}></mc:Choice>` +
          `<mc:Fallback><${e("pict")}><v:shape><v:textbox>${content}</v:textbox></v:shape></${e("pict")}></mc:Fallback></mc:AlternateContent></${e("r")}>`
        );
      }
    }
  };
  const blocksXml = (blocks: Block[], noteMark = "", inBox = false): string =>
    blocks
      .map((b, k) => {
        if (b.kind === "table")
          return `<${e("tbl")}><${e("tblPr")}/><${e("tblGrid")}/>${b.rows
            .map(
              (row) =>
                `<${e("tr")}>${row.map((cell) => `<${e("tc")}><${e("tcPr")}/>${blocksXml(cell, "", inBox)}</${e("tc")}>`).join("")}</${e("tr")}>`,
            )
            .join("")}</${e("tbl")}>`;
        if (b.kind === "sdt")
          return `<${e("sdt")}><${e("sdtPr")}><${e("alias")} ${a("val")}="Страна"/></${e("sdtPr")}><${e("sdtContent")}>${blocksXml(b.body, "", inBox)}</${e("sdtContent")}></${e("sdt")}>`;
        const pPr =
          `<${e("pPr")}>${b.heading ? `<${e("pStyle")} ${a("val")}="Heading1"/>` : ""}` +
          `${b.deletedMark && !inBox ? `<${e("rPr")}><${e("del")} ${a("id")}="${++id}" ${a("author")}="A"/></${e("rPr")}>` : ""}</${e("pPr")}>`;
        return `<${e("p")}>${pPr}${k === 0 ? noteMark : ""}${b.inlines.map(inlineXml).join("")}</${e("p")}>`;
      })
      .join("");
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${e("document")} ${declarations}><${e("body")}>${blocksXml([...body, closing])}<${e("sectPr")}/></${e("body")}></${e("document")}>`;
  const separators = (kind: string) =>
    `<${e(kind)} ${a("type")}="separator" ${a("id")}="-1"><${e("p")}><${e("r")}><${e("separator")}/></${e("r")}></${e("p")}></${e(kind)}>` +
    `<${e(kind)} ${a("type")}="continuationSeparator" ${a("id")}="0"><${e("p")}><${e("r")}><${e("continuationSeparator")}/></${e("r")}></${e("p")}></${e(kind)}>`;
  const rels = style.strict ? STRICT_RELS : OOXML_RELATIONSHIPS;
  const parts: Record<string, string> = {
    "word/_rels/document.xml.rels":
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdLink" Type="${rels}/hyperlink" Target="https://example.bg/" TargetMode="External"/>` +
      `<Relationship Id="rId2" Type="${rels}/footnotes" Target="footnotes.xml"/><Relationship Id="rId3" Type="${rels}/endnotes" Target="/word/endnotes.xml"/></Relationships>`,
    "word/document.xml": document,
  };
  for (const kind of ["footnote", "endnote"] as const)
    parts[`word/${kind}s.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><${e(`${kind}s`)} ${declarations}>${separators(kind)}${notes[kind].join("")}</${e(`${kind}s`)}>`;
  return wordPackage(parts, rels);
}

async function asMammothRead(bytes: Buffer): Promise<string> {
  return htmlToText((await mammoth.convertToHtml({ buffer: bytes })).value);
}

beforeAll(() => htmlparser2.preload());

describe("DOCX read as mammoth read it", () => {
  test("random documents of what Word writes, with any prefix, transitional and strict", async () => {
    const styles = fc.record({ prefix: fc.constantFrom("w", "ns0", ""), strict: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 6 }), styles, async (body, style) => {
        const bytes = await writeDocx(body, style);
        expect(await docxToText(bytes, "random.docx")).toBe(await asMammothRead(bytes));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  test("a table of contents' page numbers, and any page's number Word works out, are left out; other fields' results are read", async () => {
    const p = (...inlines: Inline[]): Block => ({ kind: "p", heading: false, deletedMark: false, inlines });
    const r = (t: string): Inline => ({ kind: "run", parts: [{ t }] });
    const page = (instruction: string, n: string): Inline => ({ kind: "field", instruction, result: [[{ t: n }]] });
    const bytes = await writeDocx(
      [
        p(r("1.1 Монтаж"), { kind: "run", parts: ["tab"] }, page(" PAGEREF _Toc1 \\h ", "5")),
        p(r("1.2 Почистване"), { kind: "run", parts: ["tab"] }, page(" pageref _Toc2 ", "17")),
        p(r("Вж. стр. "), page(" PAGEREF _Ref7 \\h ", "12"), r(" и чл. "), page(" REF _Ref8 \\h ", "4"), r(".")),
        p(r("Страница "), page(" PAGE ", "3"), r(" от "), page(" NUMPAGES ", "20")),
      ],
      { prefix: "w", strict: false },
    );
    expect(await docxToText(bytes, "toc.docx")).toBe("1.1 Монтаж\n\n1.2 Почистване\n\nВж. стр. и чл. 4.\n\nСтраница от\n\nКрай.\n");
    // A simple field (w:fldSimple) is read as a complex one is.
    const simple = await wordPackage(
      {
        "word/document.xml":
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
          '<w:p><w:r><w:t>1.1 Installation</w:t></w:r><w:r><w:tab/></w:r><w:fldSimple w:instr=" PAGEREF _Toc1 \\h "><w:r><w:t>6</w:t></w:r></w:fldSimple></w:p>' +
          '<w:p><w:fldSimple w:instr=" REF _Ref1 \\h "><w:r><w:t>Article 4</w:t></w:r></w:fldSimple></w:p></w:body></w:document>',
      },
      OOXML_RELATIONSHIPS,
    );
    expect(await docxToText(simple, "simple.docx")).toBe("1.1 Installation\n\nArticle 4\n");
  });

  test("a table of contents whose pages are plain text after the entry's tab (no PAGEREF): the pages left out, a tab's number elsewhere kept (stranger 75)", async () => {
    const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const tab = "<w:r><w:tab/></w:r>";
    const mark = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const bytes = await wordPackage(
      {
        "word/document.xml":
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
          `<w:p>${mark("begin")}<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\u </w:instrText></w:r>${mark("separate")}${run("Предговор")}${tab}${run("iv")}</w:p>` +
          `<w:p>${run("1.")}${tab}${run("Мерки за безопасност")}${tab}${run("3")}</w:p>` +
          `<w:p>${run("2.")}${tab}${run("Монтаж")}${tab}${run("12")}${mark("end")}</w:p>` +
          `<w:p>${run("Общо")}${tab}${run("612")}</w:p>` +
          "</w:body></w:document>",
      },
      OOXML_RELATIONSHIPS,
    );
    expect(await docxToText(bytes, "contents.docx")).toBe("Предговор\n\n1. Мерки за безопасност\n\n2. Монтаж\n\nОбщо 612\n");
  });

  test("a document of each feature reads as it should, not only as mammoth did", async () => {
    const p = (...inlines: Inline[]): Block => ({ kind: "p", heading: false, deletedMark: false, inlines });
    const r = (t: string): Inline => ({ kind: "run", parts: [{ t }] });
    const bytes = await writeDocx(
      [
        p(r("Страните се споразумяха"), { kind: "del", runs: [[{ t: " устно" }]] }, { kind: "ins", runs: [[{ t: " писмено" }]] }, r(".")),
        p(r("Виж"), { kind: "field", instruction: " REF _Ref1 \\h ", result: [[{ t: " чл. 5" }]] }, r(" по-долу."), {
          kind: "note",
          type: "footnote",
          body: [p(r(" Бележка под линия."))],
        }),
        { kind: "table", rows: [[[p(r("Цена"))], [p(r("12 500 лв."))]]] },
        p(r("Текст"), { kind: "textbox", body: [p(r("В рамка."))] }, r(" и след нея.")),
        { kind: "p", heading: false, deletedMark: true, inlines: [r("Слети ")] },
        p(r("абзаци."), { kind: "note", type: "endnote", body: [p(r("Крайна бележка."))] }),
      ],
      { prefix: "w", strict: false },
    );
    const expected = [
      "Страните се споразумяха писмено.",
      "Виж чл. 5 по-долу.",
      "Цена",
      "12 500 лв.",
      "Текст и след нея.",
      "В рамка.",
      "Слети абзаци.",
      "Край.",
      "Бележка под линия.",
      "Край.",
      "Крайна бележка.",
      "Край.",
    ];
    expect(await docxToText(bytes, "features.docx")).toBe(`${expected.join("\n\n")}\n`);
    expect(await asMammothRead(bytes)).toBe(`${expected.join("\n\n")}\n`);
  });

  test("mammoth's own test documents, made in Word", async () => {
    const dir = join(dirname(require.resolve("mammoth/package.json")), "test", "test-data");
    const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".docx")) : [];
    if (files.length === 0) {
      console.log("mammoth's test documents are not installed: skipped");
      return;
    }
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const bytes = readFileSync(join(dir, name));
      expect([name, await docxToText(bytes, name)]).toEqual([name, await asMammothRead(bytes)]);
    }
  });
});

describe("where it differs from mammoth on purpose", () => {
  const w = `xmlns:w="${MAIN}"`;
  const withBody = (body: string) =>
    wordPackage({ "word/document.xml": `<?xml version="1.0"?><w:document ${w}><w:body>${body}</w:body></w:document>` });

  test("a simple field's result is text of the sentence (mammoth left it out)", async () => {
    const bytes = await withBody(
      '<w:p><w:r><w:t xml:space="preserve">Съгласно </w:t></w:r><w:fldSimple w:instr=" REF _Ref7 \\h "><w:r><w:t>чл. 7</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> от договора.</w:t></w:r></w:p>',
    );
    expect(await docxToText(bytes, "field.docx")).toBe("Съгласно чл. 7 от договора.\n");
    expect(await asMammothRead(bytes)).toBe("Съгласно от договора.\n");
  });

  test("a cross reference within the document keeps its number (mammoth's link to an anchor was dropped as a note's mark)", async () => {
    const bytes = await withBody(
      '<w:p><w:r><w:t xml:space="preserve">See article </w:t></w:r><w:hyperlink w:anchor="_Ref9"><w:r><w:t>9</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>',
    );
    expect(await docxToText(bytes, "xref.docx")).toBe("See article 9.\n");
  });

  test("a paragraph whose mark was deleted at the end of the text keeps its text (mammoth lost it)", async () => {
    const bytes = await withBody(
      '<w:p><w:r><w:t>First.</w:t></w:r></w:p><w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t>Last.</w:t></w:r></w:p>',
    );
    expect(await docxToText(bytes, "deleted-mark.docx")).toBe("First.\n\nLast.\n");
    expect(await asMammothRead(bytes)).toBe("First.\n");
  });

  test("a page break inside a paragraph starts a new line, as a line break does (mammoth glued the sentences on either side)", async () => {
    const bytes = await withBody(
      '<w:p><w:r><w:t>The term ends on 1 May.</w:t><w:br w:type="page"/><w:t>Payment is due in 30 days.</w:t><w:cr/><w:t>Interest accrues.</w:t></w:r></w:p>',
    );
    expect(await docxToText(bytes, "page.docx")).toBe("The term ends on 1 May.\nPayment is due in 30 days.\nInterest accrues.\n");
    expect(await asMammothRead(bytes)).toBe("The term ends on 1 May.Payment is due in 30 days.Interest accrues.\n");
  });

  test("a field inside another's code shows nothing (a mail merge's IF); hidden text is left out; right-to-left runs are read", async () => {
    const field = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const code = (text: string) => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const bytes = await withBody(
      // { IF { MERGEFIELD Пол } = "м" "господин" "госпожа" } with its result "господин".
      `<w:p>${run("Уважаеми ")}${field("begin")}${code(" IF ")}${field("begin")}${code(" MERGEFIELD Пол ")}${field("separate")}${run("м")}${field("end")}` +
        `${code(' = "м" "господин" "госпожа" ')}${field("separate")}${run("господин")}${field("end")}${run(" Петров,")}</w:p>` +
        `<w:p>${run("Срокът е 30 дни.")}<w:r><w:rPr><w:vanish/></w:rPr><w:t>Бележка за преводача: да се провери.</w:t></w:r>` +
        `<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t xml:space="preserve"> Видим текст.</w:t></w:r></w:p>` +
        `<w:p><w:dir w:val="rtl">${run("שלום")}</w:dir>${run(" means peace.")}</w:p>`,
    );
    expect(await docxToText(bytes, "fields.docx")).toBe(
      "Уважаеми господин Петров,\n\nСрокът е 30 дни. Видим текст.\n\nשלום means peace.\n",
    );
  });

  test("a text box written only as DrawingML (no VML fallback: WPS Office, converters) is read; one with both is read once", async () => {
    const box = (text: string) =>
      `<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const zip = await JSZip.loadAsync(
      await withBody(
        `<w:p><w:r><w:t>Почистване.</w:t></w:r><w:r>${box("Внимание: изключете уреда.")}</w:r></w:p>` +
          '<w:p><mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>Ново.</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>Ново.</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>',
      ),
    );
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(
      "<w:document ",
      '<w:document xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ',
    );
    zip.file("word/document.xml", xml);
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    expect(await docxToText(bytes, "box.docx")).toBe("Почистване.\n\nВнимание: изключете уреда.\n\nНово.\n");
    expect(await asMammothRead(bytes)).toBe("Почистване.\n\nНово.\n");
  });

  test("a document whose text is an embedded HTML chunk (w:altChunk) is refused with what to do, never read without it", async () => {
    const bytes = await wordPackage({
      "word/document.xml": `<?xml version="1.0"?><w:document ${w} xmlns:r="${OOXML_RELATIONSHIPS}"><w:body><w:p><w:r><w:t>Договор</w:t></w:r></w:p><w:altChunk r:id="htmlChunk"/></w:body></w:document>`,
      "word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="htmlChunk" Type="${OOXML_RELATIONSHIPS}/aFChunk" Target="afchunk.mht"/></Relationships>`,
      "word/afchunk.mht": "MIME-Version: 1.0\nContent-Type: text/html\n\n<html><body><p>Текстът на договора.</p></body></html>",
    });
    await expect(docxToText(bytes, "chunk.docx")).rejects.toThrow(
      /a part of its text is an embedded chunk of HTML .* open it in Word and save it again/,
    );
  });

  test("an OpenDocument file named .docx is told to be one", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.text");
    zip.file("content.xml", "<office:document-content/>");
    await expect(docxToText(await zip.generateAsync({ type: "nodebuffer" }), "renamed.docx")).rejects.toThrow(
      /is an OpenDocument file \(application\/vnd\.oasis\.opendocument\.text\) named \.docx: rename it \.odt/,
    );
  });

  test("a note referenced twice is read once", async () => {
    const zip = await JSZip.loadAsync(
      await withBody(
        '<w:p><w:r><w:t>One.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>Two.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
      ),
    );
    zip.file(
      "word/footnotes.xml",
      `<?xml version="1.0"?><w:footnotes ${w}><w:footnote w:id="1"><w:p><w:r><w:t>The note.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    );
    expect(await docxToText(await zip.generateAsync({ type: "nodebuffer" }), "twice.docx")).toBe("One.Two.\n\nThe note.\n");
  });
});

describe("packages that are not Word documents", () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-docx-"));
  test.each([
    [
      "a workbook renamed .docx",
      "xl/workbook.xml",
      "<workbook/>",
      /is not a Word document \(its main part xl\/workbook.xml is <workbook>\)/,
    ],
    ["a package without its main part", "word/other.xml", "<x/>", /cannot be read as DOCX \(it has no xl\/workbook.xml\)/],
  ])("%s: one clear error", async (_name, part, xml, message) => {
    const zip = new JSZip();
    zip.file(
      "_rels/.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OOXML_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    zip.file(part, xml);
    const path = join(dir, "book.docx");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    const error = await readDocument(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SverkaError);
    expect((error as Error).message).toMatch(message);
  });
});

describe("damaged and protected files", () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-docx-damaged-"));
  const refusal = async (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const error = await readDocument(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SverkaError);
    expect((error as SverkaError).exitCode).toBe(2);
    return (error as Error).message;
  };
  // An OLE compound file's header, and the directory entry of the stream an encrypted Office document keeps its keys in.
  const ole = (streams: string[]) =>
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      ...streams.map((n) => Buffer.from(n, "utf16le")),
    ]);

  test("a password-protected Word document, whatever its name, is named as one; an old .doc renamed .docx too", async () => {
    expect(await refusal("contract.docx", ole(["EncryptionInfo", "EncryptedPackage"]))).toMatch(
      /is a password-protected \(encrypted\) Office document: open it, remove the password/,
    );
    expect(await refusal("old.docx", ole(["WordDocument", "1Table"]))).toMatch(/is an old binary Office document \(Word's \.doc\)/);
  });

  test("a DOCX or ODT whose text stops before its end is refused, not read in part", async () => {
    const whole = await writeDocx(
      [{ kind: "p", heading: false, deletedMark: false, inlines: [{ kind: "run", parts: [{ t: "Договорът влиза в сила." }] }] }],
      {
        prefix: "w",
        strict: false,
      },
    );
    const zip = await JSZip.loadAsync(whole);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(await docxToText(whole, "whole.docx")).toBe("Договорът влиза в сила.\n\nКрай.\n");
    zip.file("word/document.xml", xml.slice(0, xml.indexOf("Край")));
    expect(await refusal("cut.docx", await zip.generateAsync({ type: "nodebuffer" }))).toMatch(
      /cannot be read as DOCX: its word\/document\.xml stops before its end \(a damaged file\)/,
    );
    const odt = new JSZip();
    odt.file("mimetype", "application/vnd.oasis.opendocument.text");
    odt.file(
      "content.xml",
      '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>Договорът влиза в сила.</text:p><text:p>Страните',
    );
    expect(await refusal("cut.odt", await odt.generateAsync({ type: "nodebuffer" }))).toMatch(
      /cannot be read as ODT: its content\.xml stops before its end/,
    );
  });
});
