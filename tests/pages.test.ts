/**
 * Text a PDF gave (pdftotext: pages parted by form feeds, each with a running header and a footer with its number):
 * what the pages repeat is left out and a page break is no break of the text (src/read/pages.ts), so a clean pair
 * printed to PDF and read back is checked as the clean pair is.
 */
import fc from "fast-check";
import { align, alignSegments, segmentDocument } from "../src/index.js";
import { withoutPageFurniture } from "../src/read/pages.js";
import { fixture, sverka } from "./helpers.js";

/** Sentences of a report, Bulgarian and English. */
const SENTENCES = [
  [
    "Общото събрание на акционерите се проведе на 12 май 2025 г. в София.",
    "The general meeting of shareholders was held in Sofia on 12 May 2025.",
  ],
  ["Приходите от продажби нараснаха с 8 % спрямо предходната година.", "Revenue from sales grew by 8% on the previous year."],
  ["Разходите за персонала останаха на нивото от 2024 г.", "Staff costs stayed at their 2024 level."],
  ["Съветът на директорите предлага дивидент от 0,12 лв. на акция.", "The board of directors proposes a dividend of BGN 0.12 per share."],
  ["Дружеството няма просрочени задължения към доставчици.", "The company has no overdue liabilities to suppliers."],
  [
    "Одиторът изрази мнение без резерви за годишния финансов отчет.",
    "The auditor gave an unqualified opinion on the annual financial statements.",
  ],
] as const;

/** The report wrapped at `width` characters, `perPage` lines a page, each page with the layout's header and footer. */
function printed(side: 0 | 1, sentences: number, width: number, perPage: number): string {
  // In no set order: a text that repeats its lines with the period of the pages would repeat them at every page's top.
  const pick = (k: number) => SENTENCES[(k * 7 + ((k * k) % 5)) % SENTENCES.length]![side];
  const words = Array.from({ length: sentences }, (_, k) => `${k + 1}. ${pick(k)}`)
    .join(" ")
    .split(" ");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  const pages: string[] = [];
  for (let p = 0; p * perPage < lines.length; p++) {
    const header = side === 0 ? "Годишен доклад 2025\n\nАКМЕ АД" : "Annual report 2025\n\nACME AD";
    const footer = side === 0 ? `Страница ${p + 1} от ${Math.ceil(lines.length / perPage)}` : `Page ${p + 1}`;
    pages.push(`${header}\n\n${lines.slice(p * perPage, (p + 1) * perPage).join("\n")}\n\n${footer}\n`);
  }
  return pages.join("\f");
}

test("a report printed to PDF and read back: links and flags as for the same report in plain lines, sentences across page breaks whole", () => {
  const n = 60;
  // The English runs longer: its pages break elsewhere.
  const [bg, en] = [printed(0, n, 90, 9), printed(1, n, 80, 8)];
  expect(bg.split("\f").length).toBeGreaterThan(4);
  const b = alignSegments(segmentDocument({ text: bg }, "bg"), segmentDocument({ text: en }, "en"), { sourceLang: "bg", targetLang: "en" });
  // Every sentence is a segment of its own, numbered: none lost, none cut at a page's end, no header or footer among them.
  const numbers = (texts: readonly string[]) => texts.map((t) => Number(/^(\d+)\.\s/.exec(t)?.[1]));
  expect(numbers(b.source.segments.map((s) => s.text))).toEqual(Array.from({ length: n }, (_, k) => k + 1));
  expect(numbers(b.target.segments.map((s) => s.text))).toEqual(Array.from({ length: n }, (_, k) => k + 1));
  expect(b.links.every((l) => l.source.length === 1 && l.target.length === 1 && l.source[0] === l.target[0])).toBe(true);
  const flagged = b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.severity !== "info").map((f) => `${f.type}: ${f.reason}`));
  expect(flagged).toEqual([]);
  // Offsets are the file's: each segment starts and ends where it says (one that a page broke spans the page's footer
  // and the next one's header in the file).
  const fold = (t: string) => t.replace(/\s+/g, " ");
  for (const s of b.target.segments) {
    expect(fold(en.slice(s.start, s.start + 8))).toBe(fold(s.text.slice(0, 8)));
    expect(fold(en.slice(s.end - 8, s.end))).toBe(fold(s.text.slice(-8)));
  }
});

test("a report Chromium printed to PDF and pdftotext read back (tests/fixtures/pdf): checked clean, its memory without the browser's headers and footers", async () => {
  const [bg, en] = [fixture("pdf", "bg.txt"), fixture("pdf", "en.txt")];
  const check = await sverka(["check", bg, en]);
  expect(check.stdout + check.stderr).toContain("0 errors, 0 warnings, 0 info in 30 links");
  expect(check.code).toBe(0);
  const tsv = await sverka(["align", bg, en, "-f", "tsv"]);
  const rows = tsv.stdout.trimEnd().split("\n");
  expect(rows).toHaveLength(30);
  expect(rows[1]).toMatch(
    /^През 2025 г\. дружеството реализира нетни приходи от продажби в размер на 48,6 млн\. лв\.\tIn 2025 the company/,
  );
  expect(tsv.stdout).not.toMatch(/file:|Annual report 2025|Годишен доклад 2025|PM|\d\/\d/);
});

test("a running header pdftotext put amid one page, after the page's first lines: left out there too, the sentence it stood in whole", () => {
  const n = 60;
  const misplace = (text: string, header: string) => {
    const pages = text.split("\f");
    // Page 3's header after its fourth line of text, inside a wrapped sentence.
    const lines = pages[2]!.replace(`${header}\n\n`, "").split("\n");
    lines.splice(4, 0, header);
    pages[2] = lines.join("\n");
    return pages.join("\f");
  };
  const bg = misplace(printed(0, n, 90, 9), "Годишен доклад 2025");
  const en = misplace(printed(1, n, 80, 8), "Annual report 2025");
  expect(en.split("\f")[2]!.split("\n")[4]).toBe("Annual report 2025");
  const b = alignSegments(segmentDocument({ text: bg }, "bg"), segmentDocument({ text: en }, "en"), { sourceLang: "bg", targetLang: "en" });
  for (const side of [b.source, b.target]) {
    expect(side.segments.map((s) => s.text).filter((t) => /Годишен доклад|Annual report|АКМЕ|ACME/.test(t))).toEqual([]);
    expect(side.segments).toHaveLength(n);
  }
  expect(b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.severity !== "info").map((f) => f.reason))).toEqual([]);
});

test("a page's number, address and printing time as a browser prints them are left out of a text of one page too; a table's last number is not", () => {
  const page = (last: string) =>
    `12/4/26, 4:18 PM\n\nNotice\n\nThe meeting is held on 18 May.\nStaff\t612\n${last}\nfile:///home/ana/notice.en.html\n\n1/1\n\n\f`;
  const out = withoutPageFurniture(page("Total\t612"));
  expect(out).not.toMatch(/PM|file:|1\/1/);
  expect(out).toContain("Notice");
  expect(out).toContain("Total\t612");
  // The counter of another page, a number that is not the page's: the text's.
  expect(withoutPageFurniture("The meeting is held on 18 May.\nTotal\n612\n\f")).toContain("612");
  expect(withoutPageFurniture("Scores\nAna\n2/3\n\f")).toContain("2/3");
  for (const stamp of ["04.12.2026 г., 16:18 ч.", "2026-12-04 16:18", "4.12.26, 16:18"]) {
    expect(withoutPageFurniture(`${stamp}\nText.\n\f`).trim()).toBe("Text.");
  }
  // A text without a form feed was not a PDF's.
  expect(withoutPageFurniture("12/4/26, 4:18 PM\nText.\n1/1\n")).toBe("12/4/26, 4:18 PM\nText.\n1/1\n");
});

test("a notice of one page Chromium printed to PDF (tests/fixtures/pdf): its memory without the printing time, the file's address and '1/1'", async () => {
  const tsv = await sverka(["align", fixture("pdf", "notice.bg.txt"), fixture("pdf", "notice.en.txt"), "-f", "tsv"]);
  const rows = tsv.stdout.trimEnd().split("\n");
  // The browser's title (the notice's heading) twice, four sentences, the table's two rows.
  expect(rows).toHaveLength(8);
  expect(tsv.stdout).not.toMatch(/file:|PM|1\/1/);
  expect(rows.at(-1)).toMatch(/^Акции на дружеството 36 500\tOwn shares 36,500\t/);
});

test("a browser's time and title, then the page's own header, a heading read before it on some pages; -layout's footer padded to the page's width: all left out (stranger 76)", () => {
  // Each page's twelve lines of a contract, its clauses numbered on.
  const body = (k: number) =>
    Array.from({ length: 12 }, (_, n) => `Art. ${k * 12 + n}. The party shall pay the sum of BGN ${(k + 1) * 100 + n} by the date`);
  const page = (k: number) => {
    const header = ["12/4/26, 5:29 PM", "Document collection", "HOME DELIVERY EOOD · ref. No. 2025/118"];
    // pdftotext reads a heading at the page's top before the browser's title and the page's header on pages 4 and 5.
    const top = k >= 4 ? [header[0]!, k === 4 ? "6. Final provisions" : "4. Maintenance", header[1]!, header[2]!] : header;
    const footer = `file:///home/ana/docs/collection.en.html${" ".repeat(90)}${k}/5`;
    return `${top.join("\n\n")}\n\n${body(k).join("\n")}\n${footer}\n\n`;
  };
  const text = [1, 2, 3, 4, 5].map(page).join("\f");
  const out = withoutPageFurniture(text);
  expect(out).not.toMatch(/PM|Document collection|HOME DELIVERY|file:|\d\/5/);
  expect(out).toMatch(/^\s*6\. Final provisions\s*$/mu);
  expect(out).toMatch(/^\s*4\. Maintenance\s*$/mu);
  expect(out.match(/^Art\. \d+\./gmu)).toHaveLength(60);
});

test("a blank line pdftotext put inside a paragraph, after a full line that runs on, is no paragraph's end; after a sentence's end or a heading it is", () => {
  const lines = [
    "Art. 4. The rent is due on the first working day of each month and is paid to the bank account.",
    "Art. 5. The costs of electricity, water and heating are not included in the rent and are paid by",
    "",
    "the TENANT. Art. 6. In case of late payment, the TENANT shall owe a penalty of 0.5% of the sum due.",
    "",
    "Art. 7. The agreement is concluded for a term of three years from the date of its signing here.",
    "Art. 8. The TENANT may not sublet the premises or any part of them without written consent of",
    "the LANDLORD. Art. 9. Disputes are settled by the competent court in Sofia under Bulgarian law.",
    "",
    "Final provisions",
    "",
    "Art. 10. The agreement is signed in two copies, one for each party, each with the same force.",
  ];
  const text = `${[...lines, ...lines].join("\n")}\n\f`;
  const paragraphs = withoutPageFurniture(text)
    .split(/\n\s*\n/u)
    .map((p) => p.trim().slice(0, 12))
    .filter(Boolean);
  expect(paragraphs.slice(0, 4)).toEqual(["Art. 4. The ", "Art. 7. The ", "Final provis", "Art. 10. The"]);
  // A line alone between blank lines, a letter's subject, is a paragraph whatever its end.
  const letter = `${["Sofia, 4 December 2025", "", "Subject: notice of the termination of the supply agreement no. 2025-118 of", "", "Dear Mr Hansen,", "", ...lines].join("\n")}\n\f`;
  expect(withoutPageFurniture(letter)).toContain("agreement no. 2025-118 of\n\nDear Mr Hansen,");
});

test("a table of contents' page numbers pdftotext read apart from their entries, between the page's footer lines, are left out; a table's last figures are not (stranger 76)", () => {
  const entries = Array.from({ length: 12 }, (_, k) => `${k + 1}. Chapter ${k + 1} ........ ${k * 2 + 3}`);
  const page = (tail: string[]) =>
    [
      "12/4/26, 5:27 PM",
      "",
      "Manual",
      "",
      "Contents",
      ...entries,
      "Annexes",
      "Annex A. Error codes",
      "Annex B. Specifications",
      "",
      "file:///home/ana/toc.en.html",
      "",
      ...tail,
      "",
      "1/1",
      "",
      "\f",
    ].join("\n");
  const out = withoutPageFurniture(page(["18", "20"]));
  expect(out).not.toMatch(/^\s*(?:18|20)\s*$/mu);
  expect(out).toContain("Annex B. Specifications");
  // Figures of the text's own before the footer stay.
  const table = ["12/4/26, 5:27 PM", "", "Staff", ...entries, "Total", "612", "", "file:///home/ana/t.html", "", "1/1", "", "\f"].join(
    "\n",
  );
  expect(withoutPageFurniture(table)).toMatch(/^612$/mu);
});

test("a running header the footer repeats word for word is the layout's at both edges (stranger 77)", () => {
  const running = "„Витекс Индъстрийс“ АД • Междинен доклад за дейността • 1-во полугодие 2025 г.";
  const body = (k: number) => Array.from({ length: 12 }, (_, n) => `Редът ${k * 12 + n} на доклада продължава тук с текста си`);
  const text = [1, 2, 3].map((k) => `${running}\n\n${body(k).join("\n")}\n\n${running}\n`).join("\f");
  const out = withoutPageFurniture(text);
  expect(out).not.toContain("Витекс");
  expect(out.match(/Редът \d+/gu)).toHaveLength(36);
});

test("what pages repeat is written over with spaces, every other character kept in its place; a text of one page is left as it is", () => {
  const text = printed(1, 30, 70, 6);
  const out = withoutPageFurniture(text);
  expect(out).toHaveLength(text.length);
  expect(out).not.toMatch(/Annual report|ACME|Page \d|\f/);
  for (let i = 0; i < text.length; i++) if (out[i] !== text[i]) expect([text[i], out[i]]).toEqual([text[i], out[i]!.match(/\s/)![0]]);
  expect(withoutPageFurniture(out)).toBe(out);
  const onePage = "Annual report\n\nThe meeting was held.\nIt ended at 5.\n\f";
  expect(withoutPageFurniture(onePage)).toBe(onePage);
});

test("a line the pages do not repeat stays, at a page's top or bottom too; so does a line repeated at the pages' middle", () => {
  const page = (k: number, first: string) =>
    `${first}\nThe text of page ${k} goes on here.\nIt has a middle line.\nAnd it ends here.\nPage ${k}\n`;
  const text = [1, 2, 3, 4].map((k) => page(k, k === 2 ? "Chapter 2 opens here." : `Running head`)).join("\f");
  const out = withoutPageFurniture(text);
  expect(out).toContain("Chapter 2 opens here.");
  expect(out).toContain("It has a middle line.");
  expect(out).not.toMatch(/Running head|Page \d/);
});

test("a line of the text at every page's top that stands amid pages too (a contract's clause heading) is the text's, not the layout's", () => {
  const page = (k: number) =>
    `Член ${k}. Предмет\nИзпълнителят доставя стоките в срок.\nЧлен ${k + 10}. Предмет\nВъзложителят плаща в срок.\nСтр. ${k}\n`;
  const out = withoutPageFurniture([1, 2, 3, 4].map(page).join("\f"));
  expect(out).toContain("Член 1. Предмет");
  expect(out).toContain("Член 14. Предмет");
  expect(out).not.toMatch(/Стр\. \d/);
});

test("a hard-wrapped text with a line a PDF justified to twice the width: its sentences are still whole", async () => {
  const { segmentDocument: segmentText } = await import("../src/index.js");
  // Names and terms in capitals: a line break before one is a sentence's end unless the line is as long as the text's.
  const sentence = (k: number) => `Clause ${k} binds Acme Trading Ltd and Beta Logistics Ltd from the Effective Date in Annex A.`;
  const words = Array.from({ length: 40 }, (_, k) => sentence(k + 1))
    .join(" ")
    .split(" ");
  const lines: string[] = [];
  for (let k = 0; k < words.length; k += 11) lines.push(words.slice(k, k + 11).join(" "));
  // One line's words spread by the justification, as pdftotext gives it.
  lines[20] = lines[20]!.split(" ").join("          ");
  const segments = segmentText({ text: lines.join("\n") }, "en");
  expect(segments.map((s) => s.text.replace(/\s+/g, " "))).toEqual(Array.from({ length: 40 }, (_, k) => sentence(k + 1)));
});

test("a table of contents whose leaders are spaces (pdftotext -layout's tab leader): dots in their place, its page numbers none of the text's (stranger 76)", () => {
  const toc = (entries: ReadonlyArray<readonly [string, number]>) => entries.map(([t, p]) => `        ${t.padEnd(60)}${p}`).join("\n");
  const bg = `Съдържание\n        1. Въведение ................................ 3\n        2. Монтаж .................................. 5\n\n        Приложения\n${toc(
    [
      ["Приложение А. Кодове на грешки", 18],
      ["Приложение Б. Технически характеристики", 20],
    ],
  )}\n\fТекстът започва тук.\n\f`;
  const en = bg
    .replace("Съдържание", "Contents")
    .replace("1. Въведение", "1. Introduction")
    .replace("2. Монтаж", "2. Mounting")
    .replace("Приложения", "Annexes")
    .replace("Приложение А. Кодове на грешки    ", "Annex A. Error codes              ")
    .replace("Приложение Б. Технически характеристики", "Annex B. Technical specifications      ")
    .replace(/18$/mu, "19")
    .replace(/20$/mu, "21")
    .replace("Текстът започва тук.", "The text begins here.");
  const out = withoutPageFurniture(bg);
  expect(out).toHaveLength(bg.length);
  expect(out).toMatch(/Кодове на грешки \.{20,} 18\s*$/mu);
  expect(out).toMatch(/Технически характеристики \.{10,} 20\s*$/mu);
  // Another translation's pages (19, 21 for 18, 20): no number of the text, so no error.
  const b = align(bg, en);
  expect(b.links.flatMap((l) => l.flags ?? []).filter((f) => f.type === "numbers")).toEqual([]);
  // A table's rows, one small figure each after a wide gap, are left as they are: no entry of contents before them,
  // and their figures rise and fall.
  const table = `Показател                     2025\n\n        Служители                          12\n        Клиенти                            9\n        Обекти                             15\n\f`;
  expect(withoutPageFurniture(table)).toBe(table);
});

test("property: the output has the input's length, and differs from it only by white space where it differs, or a leader's dots for spaces", () => {
  const line = fc.constantFrom(
    "Annex A. Error codes          18",
    "1. Introduction ........ 3",
    "Header 2025",
    "Page 3",
    "Страница 4 от 9",
    "A sentence of the text.",
    "and it goes on",
    "",
    "   ",
    "12/4/26, 4:08 PM",
  );
  const page = fc.array(line, { maxLength: 6 }).map((ls) => ls.join("\n"));
  fc.assert(
    fc.property(fc.array(page, { maxLength: 6 }), (pages) => {
      const text = pages.join("\f");
      const out = withoutPageFurniture(text);
      expect(out).toHaveLength(text.length);
      for (let i = 0; i < text.length; i++) if (out[i] !== text[i]) expect(out[i] === "." ? text[i] : out[i]).toMatch(/\s/);
    }),
    { numRuns: 500 },
  );
});
