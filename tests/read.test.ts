/** Reading real files: encodings, line ends, Markdown, HTML and DOCX, and files that are not documents. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { SverkaError } from "../src/errors.js";
import { align, alignFiles, readDocument, segment } from "../src/index.js";
import { corpus, OOXML_RELATIONSHIPS, read, sverka, wordPackage } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sverka-read-"));
// Without "•", which KOI8-R and ISO-8859-5 cannot encode.
const BG = read(corpus("osce-alliance-2024", "bg.txt")).replace(/•/g, "-");
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const BG_LEGACY = ["windows-1251", "koi8-r", "iso-8859-5"];

describe("encodings", () => {
  test.each([
    ["utf-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BG)]), "utf-8 (BOM)"],
    ["utf-16le with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(BG, "utf-16le")]), "utf-16le (BOM)"],
    ["utf-16be with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(BG, "utf-16be")]), "utf-16be (BOM)"],
    ["utf-16le without BOM", iconv.encode(BG, "utf-16le"), "utf-16le"],
    ["windows-1251", iconv.encode(BG, "windows-1251"), "windows-1251"],
    ["koi8-r", iconv.encode(BG, "koi8-r"), "koi8-r"],
    ["iso-8859-5", iconv.encode(BG, "iso-8859-5"), "iso-8859-5"],
  ])("%s is detected and decodes to the same text", async (name, bytes, encoding) => {
    const doc = await readDocument(file(`${name}.txt`, bytes), { preferredEncodings: BG_LEGACY });
    expect(doc.encoding).toBe(encoding);
    expect(doc.text).toBe(BG);
  });

  test("CRLF and CR line ends segment like LF", () => {
    const lf = segment(BG, "bg").map((s) => [s.text.replace(/\s+/gu, " "), s.paragraph]);
    expect(segment(BG.replace(/\n/g, "\r\n"), "bg").map((s) => [s.text.replace(/\s+/gu, " "), s.paragraph])).toEqual(lf);
    expect(segment(BG.replace(/\n/g, "\r"), "bg").map((s) => [s.text.replace(/\s+/gu, " "), s.paragraph])).toEqual(lf);
  });

  test("--encoding forces one; a wrong one is refused, not turned into mojibake", async () => {
    const path = file("forced.txt", iconv.encode(BG, "windows-1251"));
    expect((await readDocument(path, { encoding: "windows-1251" })).text).toBe(BG);
    await expect(readDocument(path, { encoding: "utf-8" })).rejects.toThrow(
      /read as utf-8, it gives \d+ unreadable characters; the --encoding given does not fit it/,
    );
    await expect(readDocument(path, { encoding: "klingon-8" })).rejects.toThrow(/unknown encoding "klingon-8"/);
  });
});

async function docx(paragraphs: string[]): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return wordPackage({
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join("")}</w:body></w:document>`,
  });
}

/** A DOCX of one paragraph with a Word footnote after it: the reference in the text, the note in word/footnotes.xml. */
async function docxWithFootnote(paragraph: string, note: string): Promise<Buffer> {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return wordPackage({
    "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${OOXML_RELATIONSHIPS}/footnotes" Target="footnotes.xml"/></Relationships>`,
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body><w:p><w:r><w:t xml:space="preserve">${paragraph}</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p></w:body></w:document>`,
    "word/footnotes.xml": `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${w}><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${note}</w:t></w:r></w:p></w:footnote></w:footnotes>`,
  });
}

describe("document formats", () => {
  const paragraphs = (text: string) =>
    text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
  const html = (text: string) =>
    `<!DOCTYPE html><html><head><style>p{}</style><script>alert(1)</script></head><body><nav>Menu · Home</nav>${paragraphs(text)
      .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</p>`)
      .join("\n")}</body></html>`;
  // As a Markdown author writes it: a heading, list items as "- ", other lines as paragraphs.
  const md = (text: string) =>
    `# ${paragraphs(text)[0]}\n\n` +
    paragraphs(text)
      .slice(1)
      .map((p) =>
        p
          .split("\n")
          .map((l) => l.replace(/^\s*•\s*/, "- "))
          .join(p.includes("•") ? "\n" : "\n\n"),
      )
      .join("\n\n") +
    "\n";
  const linksOf = async (kind: "txt" | "html" | "md" | "docx") => {
    const make = async (lang: "bg" | "en") => {
      const text = read(corpus("handmade-bg-en", `${lang}.txt`));
      if (kind === "txt") return file(`doc.${lang}.txt`, text);
      if (kind === "html") return file(`doc.${lang}.html`, html(text));
      if (kind === "md") return file(`doc.${lang}.md`, md(text));
      return file(`doc.${lang}.docx`, await docx(paragraphs(text).flatMap((p) => p.split("\n"))));
    };
    const [s, t] = [await readDocument(await make("bg")), await readDocument(await make("en"))];
    return align(s.text, t.text).links.map((l) => [l.source, l.target]);
  };

  test.each(["html", "md", "docx"] as const)("the same document as .txt and .%s aligns to the same links", async (kind) => {
    expect(await linksOf(kind)).toEqual(await linksOf("txt"));
  });

  test("HTML drops script, style and nav, decodes entities and keeps blocks apart", async () => {
    const doc = await readDocument(
      file(
        "page.html",
        `<html><head><script>var x = "<p>no</p>";</script></head><body><nav>Home</nav><h1>Title &amp; more</h1><p>First&nbsp;one.</p><ul><li>Item one</li><li>Item two</li></ul><table><tr><td>Cell</td></tr></table></body></html>`,
      ),
    );
    expect(doc.text).toBe("Title & more\n\nFirst\u00a0one.\n\nItem one\n\nItem two\n\nCell\n");
  });

  test("HTML drops a page's footer, what it hides and what its roles call furniture; an article's text stays", async () => {
    const doc = await readDocument(
      file(
        "news.html",
        `<body><div role="navigation"><a href="/">Home</a> | <a href="/economy">Economy</a></div><article><h1>GDP grew</h1><p>Growth was 2.1%.</p><p hidden>Draft note.</p><span aria-hidden="true">★</span><form role="search"><input> Search</form><aside><p>Fact box: inflation 3.1%.</p></aside></article><footer><p>© 2026 Agency. All rights reserved.</p><p>Subscribe to our bulletin.</p></footer></body>`,
      ),
    );
    expect(doc.text).toBe("GDP grew\n\nGrowth was 2.1%.\n\nFact box: inflation 3.1%.\n");
  });

  test("HTML's title and meta description open the text, and an image's alt text follows its block, as text to translate", async () => {
    const doc = await readDocument(
      file(
        "shop.html",
        `<html><head><title>Кафемашина Lumo 3 | Магазин</title><meta name="description" content="Автоматична кафемашина с мелачка."><meta name="keywords" content="кафе"></head>
<body><svg><title>икона</title></svg><h1>Кафемашина Lumo 3</h1><p>Натиснете <img src="btn.png" alt="бутона за включване"> и изчакайте. Готово.</p><p><img src="logo.png" alt="logo.png"><img src="x.png" alt=""><img src="ad.png" alt="реклама" hidden></p><map><area href="/a" alt="Зона за доставка"></map></body></html>`,
      ),
    );
    expect(doc.text).toBe(
      "Кафемашина Lumo 3 | Магазин\n\nАвтоматична кафемашина с мелачка.\n\nКафемашина Lumo 3\n\nНатиснете и изчакайте. Готово.\n\nбутона за включване\n\nЗона за доставка\n",
    );
  });

  test("HTML's controls are text a user reads: labels, buttons, choices and questions are paragraphs; a placeholder and a button's value follow their block (a stranger's shop)", async () => {
    const doc = await readDocument(
      file(
        "order.html",
        `<html><head><meta property="og:description" content="Поръчайте онлайн."></head><body><main>
<p>Изберете количество.</p><button type="button">Добави в количката</button>
<form><label for="n">Вашето име</label><input id="n" placeholder="напр. Иван Петров"><label for="c">Град</label>
<select id="c"><option>София</option><option>Пловдив</option></select><textarea>typed by a user</textarea>
<input type="submit" value="Изпрати поръчката"><input type="hidden" value="42"></form>
<details><summary>Доставка</summary><p>До 2 работни дни.</p></details><details><summary>Връщане</summary><p>До 14 дни.</p></details>
</main></body></html>`,
      ),
    );
    expect(doc.text).toBe(
      `${[
        "Поръчайте онлайн.",
        "Изберете количество.",
        "Добави в количката",
        "Вашето име",
        "напр. Иван Петров",
        "Град",
        "София",
        "Пловдив",
        "Изпрати поръчката",
        "Доставка",
        "До 2 работни дни.",
        "Връщане",
        "До 14 дни.",
      ].join("\n\n")}\n`,
    );
  });

  test("HTML: a text field's placeholder, an option group's label and a social description are read; a picker's numbers are not (a stranger's clinic)", async () => {
    const doc = await readDocument(
      file(
        "clinic.html",
        '<head><meta name="description" content="Клиника."><meta property="og:description" content="Най-добрата клиника."></head><p>Текст.</p><form><textarea placeholder="Вашето съобщение">typed</textarea><select><optgroup label="Година"><option>1987</option><option>1988</option></optgroup><option>Друго</option></select></form>',
      ),
    );
    expect(doc.text).toBe("Клиника.\n\nНай-добрата клиника.\n\nТекст.\n\nВашето съобщение\n\nГодина\n\nДруго\n");
  });

  test("a short page left mostly in Bulgarian still has its untranslated button and link flagged: a side's script is its language's (a stranger's clinic)", async () => {
    const page = (lang: string, title: string, h1: string, p: string) =>
      `<html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${h1}</h1><p>${p}</p><p>Ще се свържем с вас до един работен ден.</p><a href="/${lang}/">Към началото</a><button type="button">Затвори</button></main></body></html>`;
    const bg = file("thanks.bg.html", page("bg", "Благодарим ви | Усмивка", "Благодарим ви!", "Получихме запитването ви."));
    const en = file("thanks.en.html", page("en", "Thank you | Usmivka", "Thank you!", "We have received your enquiry."));
    const b = await alignFiles(bg, en);
    const untranslated = b.links.flatMap((l) =>
      (l.flags ?? []).filter((f) => f.type === "untranslated").map(() => b.target.segments[l.target[0]!]!.text),
    );
    expect(untranslated).toEqual(["Ще се свържем с вас до един работен ден.", "Към началото", "Затвори"]);
  });

  test("a page's furniture is no text: only <main> where it has one; else div menus, sidebars, footers, cookie banners, hidden boxes and language switchers left out (stranger 113)", async () => {
    const furniture =
      '<div id="menu"><ul><li><a href="#">Начало</a></li><li><a href="#">Услуги</a></li></ul></div><div class="sidebar"><h3>Полезни връзки</h3></div><div id="footer"><p>Изработка: Уеб Студио ООД</p></div><div class="cookie-banner"><p>Сайтът използва бисквитки.</p></div><div style="display: none"><p>Скрит текст.</p></div><div class="topbar">Версия за слабовиждащи | <a href="/en/">EN</a></div>';
    const body = "<h1>График</h1><p>Жълтите контейнери се обслужват в понеделник.</p>";
    // With <main>: only it (and the title).
    const main = await readDocument(
      file(
        "main.bg.html",
        `<html lang="bg"><head><title>График</title></head><body><header><a href="/en/">English</a></header>${furniture}<main>${body}</main>${furniture}</body></html>`,
      ),
    );
    expect(main.text).toBe("График\n\nГрафик\n\nЖълтите контейнери се обслужват в понеделник.\n");
    // An old template with no <main>: the furniture by its class, id, style or link.
    const old = await readDocument(
      file(
        "old.bg.html",
        `<html lang="bg"><body>${furniture}<div class="content">${body}<p><a href="/bg/">Към началото</a></p></div></body></html>`,
      ),
    );
    expect(old.text).toBe("График\n\nЖълтите контейнери се обслужват в понеделник.\n\nКъм началото\n");
  });

  test("a page's title that repeats its description is read once; a page with neither reads as before", async () => {
    const page = await readDocument(file("offer.html", `<title> Offer </title><meta name="Description" content="Offer"><p>Text.</p>`));
    expect(page.text).toBe("Offer\n\nText.\n");
    expect((await readDocument(file("plain.html", "<p>Text.</p>"))).text).toBe("Text.\n");
  });

  test("a footnote's mark is dropped from the sentence and from the note: pandoc's HTML, mammoth's from a Word footnote, a wiki's references", async () => {
    const pandoc = await readDocument(
      file(
        "pandoc.html",
        '<p>The price rose in April 2018.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>73</sup></a> See <a href="#sec2">section 2</a>.</p><section class="footnotes"><ol><li id="fn1"><p>Source: NSI, 2016.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>',
      ),
    );
    expect(pandoc.text).toBe("The price rose in April 2018. See section 2.\n\nSource: NSI, 2016.\n");
    const wiki = await readDocument(
      file(
        "wiki.html",
        '<p>Sofia is the capital.<sup class="reference"><a href="#cite_note-3">[3]</a></sup> It has 1.2 million people.<sup><a href="#cite_note-b">[b]</a></sup></p>',
      ),
    );
    expect(wiki.text).toBe("Sofia is the capital. It has 1.2 million people.\n");
    const word = await readDocument(file("notes.docx", await docxWithFootnote("Цената е 12 500 лв.", "Без ДДС.")));
    expect(word.text).toBe("Цената е 12 500 лв.\n\nБез ДДС.\n");
  });

  test("Markdown's image alt texts are paragraphs after their block, tied to their place in the file; a file name is none", async () => {
    const path = file(
      "alt.md",
      "# Помощ\n\nНатиснете ![Бутонът **за** включване](img/on.png) и изчакайте.\n\n![logo.png](logo.png)\n\nКрай.\n",
    );
    const doc = await readDocument(path);
    expect(doc.text).toBe("Помощ\n\nНатиснете  и изчакайте.\n\nБутонът за включване\n\nКрай.\n");
    const b = await alignFiles(path, path, { sourceLang: "bg", targetLang: "bg", force: true });
    const alt = b.source.segments.find((s) => s.text === "Бутонът за включване")!;
    expect(read(path).slice(alt.start, alt.start + 7)).toBe("Бутонът");
  });

  test("Markdown loses its markup", async () => {
    const doc = await readDocument(file("notes.md", "# Heading\n\nSome **bold** and `code` and a [link](https://x.bg).\n\n- one\n- two\n"));
    expect(doc.text).toBe("Heading\n\nSome bold and code and a link.\n\none\n\ntwo\n");
  });
});

describe("files that are not documents", () => {
  test.each([
    ["a DOCX that is not a zip", "fake.docx", Buffer.from("just text"), /is not a DOCX file/],
    ["a broken zip named .docx", "broken.docx", Buffer.from("PK\u0003\u0004 broken"), /cannot be read as DOCX/],
    ["a PDF renamed .txt", "paper.txt", Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), /is a PDF/],
    ["an old Word .doc", "old.doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), /old binary Word document/],
    ["random binary", "noise.txt", Buffer.from(Array.from({ length: 4000 }, (_, k) => (k * 7919) % 256)), /binary|unreadable/],
  ])("%s: one clear error", async (_name, fileName, bytes, message) => {
    const err = await readDocument(file(fileName, bytes)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SverkaError);
    expect(String((err as Error).message)).toMatch(message);
  });

  test("a one-megabyte line without punctuation, and whitespace-only paragraphs, align without trouble", () => {
    const b = align(`${"дума ".repeat(200_000)}\n\n \t \n\nКрай.`, `${"word ".repeat(200_000)}\n\n\u00a0\n\nEnd.`);
    expect(b.links.map((l) => l.kind)).toEqual(["1-1", "1-1"]);
  });

  test("--max-size refuses large inputs with exit 2", async () => {
    const path = file("big.txt", "Изречение. ".repeat(2000));
    const r = await sverka(["align", path, corpus("osce-alliance-2024", "en.txt"), "--max-size", "1000"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/over the limit of 1000 bytes \(--max-size\)/);
  });

  test("the summary reports how each file was read", async () => {
    const path = file("legacy.bg.txt", iconv.encode(BG, "windows-1251"));
    const r = await sverka(["align", path, corpus("osce-alliance-2024", "en.txt"), "--summary", "-o", join(dir, "legacy.tmx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("[bg, windows-1251]");
  });
});
