/** Inputs as a stranger gives them: an encoding per file, a wrong encoding, RTF and ODT documents, and -o endings that must agree with -f. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { SverkaError } from "../src/errors.js";
import { alignFiles, getLanguage, readDocument } from "../src/index.js";
import { WRITING_CODES } from "../src/lang/scripts.js";
import { rtfToText } from "../src/read/rtf.js";
import { fixture, sverka } from "./helpers.js";

const tmp = () => mkdtempSync(join(tmpdir(), "sverka-inputs-"));
const write = (dir: string, name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

// A short contract, as translators get them: Bulgarian, and English with typographic quotes and dashes (non-ASCII UTF-8).
const BG = `Договор за доставка

Днес, 12 март 2024 г., в гр. София, се сключи настоящият договор между „Алфа“ ООД и „Бета“ АД.

Доставчикът се задължава да достави стоките в срок от 30 дни. Купувачът заплаща цената при получаване.

Договорът влиза в сила от датата на подписването му.
`;
const EN = `Supply contract

Today, 12 March 2024, in Sofia, this contract was concluded between “Alfa” Ltd and “Beta” AD.

The supplier undertakes to deliver the goods within 30 days – the buyer pays the price on receipt.

The contract enters into force on the date of its signature.
`;

describe("encodings per file, and wrong ones refused", () => {
  test("--encoding koi8-r on a UTF-8 pair: exit 2, the file named, utf-8 named as the fit, nothing written", async () => {
    const dir = tmp();
    const [bg, en] = [write(dir, "bg.txt", BG), write(dir, "en.txt", EN)];
    const out = join(dir, "out.tmx");
    const r = await sverka(["align", bg, en, "--encoding", "koi8-r", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(bg);
    expect(r.stderr).toMatch(
      /read as koi8-r, it gives mojibake \("п[^"]*"\): the file is UTF-8; it reads as clean Bulgarian text in utf-8/,
    );
    expect(r.stderr).toContain("--source-encoding utf-8");
    expect(r.stdout).toBe("");
    expect(readdirSync(dir).sort()).toEqual(["bg.txt", "en.txt"]);
  });

  test("--source-encoding and --target-encoding: a windows-1251 source beside a UTF-8 target", async () => {
    const dir = tmp();
    const bg = write(dir, "bg.txt", iconv.encode(BG, "windows-1251"));
    const en = write(dir, "en.txt", EN);
    const both = await sverka(["align", bg, en, "--encoding", "windows-1251", "-f", "json"]);
    // One --encoding for both cannot be right here: the UTF-8 target is refused, by name.
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(en);
    expect(both.stderr).toContain("--target-encoding utf-8");
    const r = await sverka(["align", bg, en, "--source-encoding", "windows-1251", "--target-encoding", "utf-8", "-f", "json", "--summary"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("[bg, windows-1251]");
    expect(r.stderr).toContain("[en, utf-8]");
    // A document that is no plain text is named by its format too, as a DOCX is (stranger 70: "[bg, docx]" but "[bg, utf-8]" for HTML).
    const page = write(
      dir,
      "en.html",
      `<!DOCTYPE html><html><body>${EN.split("\n\n")
        .map((p) => `<p>${p}</p>`)
        .join("")}</body></html>`,
    );
    const html = await sverka(["align", bg, page, "--source-encoding", "windows-1251", "-f", "json", "--summary"]);
    expect(html.stderr).toContain("[en, html, utf-8]");
    expect(JSON.parse(r.stdout).source.segments[0].text).toBe("Договор за доставка");
    // --source-encoding wins over --encoding for its side.
    const mixed = await sverka(["align", bg, en, "--encoding", "utf-8", "--source-encoding", "windows-1251", "-f", "json"]);
    expect(mixed.code).toBe(0);
    // check takes them too.
    const check = await sverka(["check", bg, en, "--source-encoding", "koi8-r"]);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(
      /read as koi8-r, it gives words with scrambled letter case .*windows-1251; give --source-encoding windows-1251/,
    );
  });

  test("the library: FileOptions.sourceEncoding and targetEncoding", async () => {
    const dir = tmp();
    const bg = write(dir, "bg.txt", iconv.encode(BG, "koi8-r"));
    const en = write(dir, "en.txt", iconv.encode(EN.replace(/[“”]/g, '"').replace("–", "-"), "utf-16le"));
    const bitext = await alignFiles(bg, en, { sourceEncoding: "koi8-r", targetEncoding: "utf-16le" });
    expect([bitext.source.encoding, bitext.target.encoding]).toEqual(["koi8-r", "utf-16le"]);
    expect(bitext.links.length).toBeGreaterThanOrEqual(4);
    await expect(alignFiles(bg, en, { sourceEncoding: "windows-1251", targetEncoding: "utf-16le" })).rejects.toThrow(
      /bg\.txt: read as windows-1251, .*it reads as clean Bulgarian text in koi8-r/,
    );
  });

  test.each([
    ["windows-1252", /text that is mostly not in Cyrillic script, as Bulgarian is/],
    ["koi8-r", /words with scrambled letter case/],
    ["iso-8859-5", /letters that Bulgarian does not use/],
    ["utf-8", /unreadable characters/],
  ])("windows-1251 Bulgarian forced as %s is refused, naming windows-1251", async (wrong, reason) => {
    const path = write(tmp(), "bg.txt", iconv.encode(BG, "windows-1251"));
    const err = await readDocument(path, { encoding: wrong, lang: "bg" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SverkaError);
    expect((err as Error).message).toMatch(reason);
    expect((err as Error).message).toMatch(/it reads as clean Bulgarian text in windows-1251; give --encoding windows-1251$/);
  });

  test("a UTF-8 file that holds mojibake (UTF-8 once read as windows-1252 or windows-1251 and saved again) is refused", async () => {
    const dir = tmp();
    const french = "Le délai court à compter de la date de la commande. Réception prévue en été, après vérification.";
    const doubled = write(dir, "fr.txt", iconv.decode(Buffer.from(french), "windows-1252"));
    await expect(readDocument(doubled, { lang: "fr" })).rejects.toThrow(
      /holds mojibake \("Ã©lai[^"]*": UTF-8 text once read as windows-1252/,
    );
    const cyrillic = write(dir, "bg.txt", iconv.decode(Buffer.from(BG), "windows-1251"));
    await expect(readDocument(cyrillic, { lang: "bg" })).rejects.toThrow(/UTF-8 text once read as windows-1251/);
    // Real text with the same characters here and there is read as it is.
    expect((await readDocument(write(dir, "ok.txt", french), { lang: "fr" })).text).toBe(french);
    expect((await readDocument(write(dir, "ok-bg.txt", BG), { lang: "bg" })).text).toBe(BG);
  });

  test("detection: when chardet's guess gives the wrong script, the language's own encoding is taken", async () => {
    // Short windows-1251 text that chardet takes for ISO-8859-1 ("Öåíàòà å 12 500 ëâ."), windows-1251 not even among its candidates.
    const text = "Цената е 12 500 лв.";
    const path = write(tmp(), "short.txt", iconv.encode(text, "windows-1251"));
    const doc = await readDocument(path, { lang: "bg", preferredEncodings: ["windows-1251", "koi8-r", "iso-8859-5"] });
    expect(doc.text).toBe(text);
    expect(doc.encoding).toBe("windows-1251");
  });

  test("split takes --encoding, and refuses one that does not fit", async () => {
    const dir = tmp();
    const path = write(dir, "bg.txt", BG);
    const r = await sverka(["split", path, "--encoding", "koi8-r", "-o", join(dir, "segments.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bg\.txt: read as koi8-r, .*give --encoding utf-8/);
    expect(existsSync(join(dir, "segments.txt"))).toBe(false);
  });

  test("every language's scripts are Unicode script names (a misspelt one would throw)", () => {
    for (const code of ["bg", "en", ...WRITING_CODES]) {
      for (const script of getLanguage(code).scripts) expect(() => new RegExp(`\\p{Script=${script}}`, "u")).not.toThrow();
      for (const name of getLanguage(code).legacyEncodings) expect([code, iconv.encodingExists(name)]).toEqual([code, true]);
    }
    expect(getLanguage("ru").scripts).toEqual(["Cyrillic"]);
    expect(getLanguage("el").legacyEncodings).toContain("windows-1253");
  });
});

describe("RTF and ODT", () => {
  test("RTF read a few bytes at a time gives the text read whole: a word, a \\'hh byte, a \\uN character or \\bin data across the cut", async () => {
    const piece = fc.constantFrom(
      "Договор ",
      "\\par ",
      "\\par\n",
      "{\\b удебелен} ",
      "\\'e4\\'ee\\'e3",
      "\\u1044?\\u1072?",
      "{\\*\\generator Writer;}",
      "\\cell\\row ",
      "{\\footnote бележка}",
      "{\\pict\\bin3 abc}",
      "\\tab\\~",
      "12 500 лв.",
      "\\line ",
      "\r\n",
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), async (pieces, feed) => {
        const rtf = Buffer.from(`{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0\\fcharset204 Arial;}}\\f0 ${pieces.join("")}}`, "latin1");
        const whole = await rtfToText(rtf, "x.rtf", rtf.length);
        expect(await rtfToText(rtf, "x.rtf", feed)).toBe(whole);
      }),
      { numRuns: 300 },
    );
  });

  const EXPECTED_BG = [
    "Договор за доставка",
    "Днес, 12 март 2024 г., в гр. София, се сключи настоящият договор между „Алфа“ ООД и „Бета“ АД.",
    "1. Предмет",
    "Доставчикът се задължава да достави стоките в срок от 30 дни. Купувачът заплаща цената при получаване.",
    "Цената е 12 500 лв. без ДДС.",
    "Плащането се извършва по банков път.",
    "Стока",
    "Количество",
    "Офис столове",
    "40 броя",
    "Договорът влиза в сила от датата на подписването му.",
    "Срокът тече от датата на поръчката.",
  ];

  // Both made by LibreOffice from contract.bg.html (heading, paragraphs, a list, a table, a footnote).
  test.each(["odt", "rtf"])(
    "LibreOffice's .%s: headings, paragraphs, list items and table cells are paragraphs; the footnote follows",
    async (ext) => {
      const doc = await readDocument(fixture("read", `contract.bg.${ext}`));
      expect(doc.format).toBe(ext);
      expect(doc.encoding).toBe(ext);
      expect(doc.text).toBe(`${EXPECTED_BG.join("\n\n")}\n`);
    },
  );

  test("a pair in RTF and ODT aligns like the same pair in HTML, and no markup reaches the memory", async () => {
    const links = async (bg: string, en: string) =>
      (await alignFiles(fixture("read", bg), fixture("read", en))).links.map((l) => [l.source, l.target]);
    const html = await links("contract.bg.html", "contract.en.html");
    expect(await links("contract.bg.odt", "contract.en.rtf")).toEqual(await links("contract.bg.rtf", "contract.en.odt"));
    // The HTML has no footnote section LibreOffice wrote into the others; the body's links are the same.
    expect((await links("contract.bg.odt", "contract.en.rtf")).slice(0, html.length - 1)).toEqual(html.slice(0, html.length - 1));
    const r = await sverka(["align", fixture("read", "contract.bg.rtf"), fixture("read", "contract.en.rtf")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("<seg>Supply contract</seg>");
    expect(r.stdout).not.toMatch(/rtf1|fonttbl|Liberation|\\\\/);
  });

  test("RTF as Word writes it: \\ansicpg1251 bytes, \\fcharset fonts, \\u with \\uc fallbacks, tables, fields and skipped destinations", async () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset204 Times New Roman CYR;}}{\colortbl;\red0\green0\blue0;}{\info{\title Secret title}{\author Someone}}{\*\generator Msftedit 5.41;}
\pard\f1\'c4\'ee\'e3\'ee\'e2\'ee\'f0\par
\pard\f0 Caf\'e9 and {\uc2\u1041\'3f\'3f\u1098??}-text {\field{\*\fldinst HYPERLINK "http://x.bg"}{\fldrslt link}}.\line Next line\tab end.\par
{\pict\wmetafile8 0102ABCDEF}\trowd\cellx1000\cellx2000\pard\intbl First cell\cell Second cell\cell\row
{\header Page header}\pard Last\~one\emdash done.\par}`;
    const path = write(tmp(), "word.rtf", Buffer.from(rtf, "latin1"));
    const doc = await readDocument(path);
    expect(doc.text).toBe("Договор\n\nCafé and Бъ-text link.\nNext line end.\n\nFirst cell\n\nSecond cell\n\nLast\u00a0one—done.\n");
  });

  test("an RTF control word named as a property of every object (\\constructor, \\toString) is skipped as any unknown one", async () => {
    const rtf = String.raw`{\rtf1\ansi\deff0 \pard Before \constructor\toString\valueOf after.\par}`;
    const doc = await readDocument(write(tmp(), "odd.rtf", Buffer.from(rtf, "latin1")));
    expect(doc.text).toBe("Before after.\n");
  });

  test("an RTF named .doc (Word saves them so) is read as RTF; --input-format rtf and odt are choices", async () => {
    const dir = tmp();
    const doc = write(dir, "letter.doc", String.raw`{\rtf1\ansi Dear colleagues,\par the meeting is moved.\par}`);
    expect((await readDocument(doc)).text).toBe("Dear colleagues,\n\nthe meeting is moved.\n");
    const odt = write(dir, "contract.bin", readFileSync(fixture("read", "contract.en.odt")));
    const r = await sverka(["split", odt, "--input-format", "odt", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Supply contract");
  });

  test("an ODT LibreOffice saved from an HTML page (mimetype text-web, an office:text body) is read as the text document it is", async () => {
    const odt = await JSZip.loadAsync(readFileSync(fixture("read", "contract.en.odt")));
    // As LibreOffice writes it for a page opened in Writer/Web: only the mimetype and the manifest's media type differ.
    odt.file("mimetype", "application/vnd.oasis.opendocument.text-web");
    const manifest = await odt.file("META-INF/manifest.xml")!.async("string");
    odt.file("META-INF/manifest.xml", manifest.replace('opendocument.text"', 'opendocument.text-web"'));
    const path = write(tmp(), "page.en.odt", await odt.generateAsync({ type: "nodebuffer" }));
    expect((await readDocument(path)).text).toBe((await readDocument(fixture("read", "contract.en.odt"))).text);
    // A spreadsheet is still refused, saying what it holds and what to do.
    const sheet = await zip({
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "content.xml": "<office:document-content><office:body><office:spreadsheet/></office:body></office:document-content>",
    });
    await expect(readDocument(write(tmp(), "sheet.odt", sheet))).rejects.toThrow(
      /\(application\/vnd\.oasis\.opendocument\.spreadsheet, its content office:spreadsheet\), not a text document: open it in LibreOffice and save it as ODF Text Document/,
    );
  });

  test("an ODT's table of contents and page fields: the page numbers are left out, the entries and the rest read", async () => {
    const ns =
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
    const entry = (title: string, page: string) => `<text:p><text:a xlink:href="#x">${title}<text:tab/>${page}</text:a></text:p>`;
    const odt = await zip({
      mimetype: "application/vnd.oasis.opendocument.text",
      "content.xml":
        `<office:document-content ${ns}><office:body><office:text>` +
        '<text:table-of-content text:name="Contents"><text:table-of-content-source><text:index-title-template>Съдържание</text:index-title-template></text:table-of-content-source>' +
        `<text:index-body><text:index-title><text:p>Съдържание</text:p></text:index-title>${entry("1.1 Монтаж", "5")}${entry("1.2 Почистване", "xii")}</text:index-body></text:table-of-content>` +
        "<text:h>1.1 Монтаж</text:h>" +
        '<text:p>Вж. стр. <text:bookmark-ref text:reference-format="page" text:ref-name="a">12</text:bookmark-ref> и <text:bookmark-ref text:reference-format="text" text:ref-name="b">чл. 4</text:bookmark-ref>.</text:p>' +
        "<text:p>Страница <text:page-number>3</text:page-number> от <text:page-count>20</text:page-count>; таблица\t7</text:p>" +
        "</office:text></office:body></office:document-content>",
    });
    expect((await readDocument(write(tmp(), "toc.odt", odt))).text).toBe(
      "Съдържание\n\n1.1 Монтаж\n\n1.2 Почистване\n\n1.1 Монтаж\n\nВж. стр. и чл. 4.\n\nСтраница от ; таблица 7\n",
    );
  });

  test.each([
    ["text named .odt", "fake.odt", async () => Buffer.from("just text"), /is not an ODT file/],
    [
      "a spreadsheet named .odt",
      "sheet.odt",
      () => zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }),
      /OpenDocument file of another kind \(application\/vnd\.oasis\.opendocument\.spreadsheet\)/,
    ],
    ["a zip without content.xml", "empty.odt", () => zip({ "readme.txt": "x" }), /has no content\.xml/],
    ["a broken zip named .odt", "broken.odt", async () => Buffer.from("PK\u0003\u0004 broken"), /cannot be read as ODT/],
    ["text named .rtf", "fake.rtf", async () => Buffer.from("Not RTF at all."), /is not an RTF file/],
  ])("%s: one clear error, exit 2", async (_name, fileName, bytes, message) => {
    const dir = tmp();
    const path = write(dir, fileName, await bytes());
    const r = await sverka(["align", path, fixture("read", "contract.en.odt"), "-o", join(dir, "out.tmx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, "out.tmx"))).toBe(false);
  });
});

async function zip(files: Record<string, string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: "nodebuffer" });
}

describe("-o endings and --format agree", () => {
  const pair = () => {
    const dir = tmp();
    return { dir, bg: write(dir, "bg.txt", BG), en: write(dir, "en.txt", EN) };
  };

  test("-o x.xls: sverka does not write old Excel workbooks (it writes .xlsx); exit 2, nothing written", async () => {
    const { dir, bg, en } = pair();
    const r = await sverka(["align", bg, en, "-o", join(dir, "x.xls")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /x\.xls: sverka does not write Excel 97-2003 workbooks \(\.xls\): give an output ending in \.tmx \(tmx\), \.json \(json\), \.tsv \(tsv\), \.html \(html\), \.xlsx \(xlsx\)/,
    );
    expect(readdirSync(dir).sort()).toEqual(["bg.txt", "en.txt"]);
  });

  test("align -o qa.sarif: a report's ending is check's, refused rather than a memory written under it; check writes it", async () => {
    const { dir, bg, en } = pair();
    const r = await sverka(["align", bg, en, "-o", join(dir, "qa.sarif")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /qa\.sarif: sverka does not write SARIF reports here \(`sverka check \.\.\. -o qa\.sarif` writes one\) \(\.sarif\)/,
    );
    expect(readdirSync(dir).sort()).toEqual(["bg.txt", "en.txt"]);
    expect((await sverka(["check", bg, en, "-o", join(dir, "qa.sarif")])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "qa.sarif"), "utf8")).version).toBe("2.1.0");
  });

  test("-f json -o x.tmx: the ending and the format disagree; exit 2 naming both, nothing written (not even the other outputs)", async () => {
    const { dir, bg, en } = pair();
    const r = await sverka(["align", bg, en, "-f", "json", "-o", join(dir, "ok.json"), "-o", join(dir, "x.tmx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${join(dir, "x.tmx")}: the ending .tmx says tmx, but --format says json: name the file ${join(dir, "x.json")}, or leave out --format`,
    );
    expect(readdirSync(dir).sort()).toEqual(["bg.txt", "en.txt"]);
  });

  test("an ending that names no format takes -f (else TMX); .txt takes any -f", async () => {
    const { dir, bg, en } = pair();
    expect((await sverka(["align", bg, en, "-f", "json", "-o", join(dir, "x.out"), "-o", join(dir, "x.txt")])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "x.out"), "utf8")).links.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(dir, "x.txt"), "utf8")).links.length).toBeGreaterThan(0);
    expect((await sverka(["align", bg, en, "-o", join(dir, "memory")])).code).toBe(0);
    expect(readFileSync(join(dir, "memory"), "utf8")).toContain("<tmx");
  });

  test("export and check follow the same rule; check -o qa.json writes JSON", async () => {
    const { dir, bg, en } = pair();
    const json = join(dir, "bitext.json");
    expect((await sverka(["align", bg, en, "-o", json])).code).toBe(0);
    const exported = await sverka(["export", json, "-f", "tsv", "-o", join(dir, "m.tmx")]);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toMatch(/the ending \.tmx says tmx, but --format says tsv/);
    expect((await sverka(["export", json, "-o", join(dir, "m.csv")])).stderr).toMatch(/does not write comma-separated files/);
    const qa = join(dir, "qa.json");
    expect([0, 1]).toContain((await sverka(["check", bg, en, "-o", qa])).code);
    expect(JSON.parse(readFileSync(qa, "utf8"))).toHaveProperty("problems");
    const wrong = await sverka(["check", bg, en, "-f", "html", "-o", join(dir, "qa2.json")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/the ending \.json says json, but --format says html/);
    expect(existsSync(join(dir, "qa2.json"))).toBe(false);
  });
});
