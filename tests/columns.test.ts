/**
 * Pages set in two columns side by side, as `pdftotext -layout` reads them (src/read/columns.ts): each line holds a
 * line of each column. The pair gets an error `columns` naming the pages, and the links there stay out of a memory.
 */
import { keptLinks } from "../src/formats/text.js";
import { align } from "../src/index.js";
import { twoColumnPages } from "../src/read/columns.js";

const BG = [
  "Уредът е предназначен само за домашна употреба.",
  "Не потапяйте уреда във вода или друга течност.",
  "Пазете уреда далеч от деца и домашни любимци.",
  "Не използвайте уреда, ако кабелът е повреден.",
  "Преди почистване изключете уреда от контакта.",
  "Почиствайте филтъра веднъж седмично с топла вода.",
  "Сменяйте филтъра на всеки шест месеца.",
  "Използвайте само оригинални резервни части.",
  "При повреда се обърнете към оторизиран сервиз.",
  "Гаранционният срок е две години от датата на покупката.",
  "Гаранцията не покрива повреди от неправилна употреба.",
  "Изхвърлете стария уред на определените за това места.",
];
const EN = [
  "The appliance is intended for household use only.",
  "Do not immerse the appliance in water or any other liquid.",
  "Keep the appliance away from children and pets.",
  "Do not use the appliance if the cord is damaged.",
  "Unplug the appliance before cleaning it.",
  "Clean the filter once a week with warm water.",
  "Replace the filter every six months.",
  "Use only original spare parts.",
  "In case of a fault, contact an authorised service centre.",
  "The warranty period is two years from the date of purchase.",
  "The warranty does not cover damage caused by misuse.",
  "Dispose of the old appliance at a designated collection point.",
];

/** Sentences wrapped at `width` characters, a paragraph of lines. */
function wrapped(sentences: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of sentences.join(" ").split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A page as `pdftotext -layout` sets two columns: each line a line of the left one, a gutter, a line of the right one. */
function twoColumnPage(left: readonly string[], right: readonly string[]): string {
  const [a, b] = [wrapped(left, 34), wrapped(right, 34)];
  return Array.from({ length: Math.max(a.length, b.length) }, (_, k) => `${(a[k] ?? "").padEnd(38)}${b[k] ?? ""}`.trimEnd()).join("\n");
}

const onePage = (sentences: readonly string[]) => wrapped(sentences, 80).join("\n");

describe("pages in two columns, as read", () => {
  test("two columns of running text on each page: both pages; the same text in one column: none", () => {
    const text = `${twoColumnPage(BG.slice(0, 6), BG.slice(6))}\n\f${twoColumnPage(BG.slice(6), BG.slice(0, 6))}\n\f`;
    expect(twoColumnPages(text)).toEqual([1, 2]);
    expect(twoColumnPages(`${onePage(BG)}\n\f${onePage(BG)}\n\f`)).toEqual([]);
    // Without form feeds, no page: the text is no PDF's.
    expect(twoColumnPages(twoColumnPage(BG.slice(0, 6), BG.slice(6)))).toEqual([]);
  });

  test("a table's columns of short cells are no text in two columns", () => {
    const rows = Array.from({ length: 14 }, (_, k) => `Уред ${k + 1}      Модел ${100 + k}      Гаранция      ${k + 1} г.`);
    expect(twoColumnPages(`${rows.join("\n")}\n\f`)).toEqual([]);
  });
});

describe("a pair whose translation is set in two columns on its second page", () => {
  const bg = `${onePage(BG)}\n\f${onePage(BG)}\n\f`;
  const en = `${onePage(EN)}\n\f${twoColumnPage(EN.slice(0, 6), EN.slice(6))}\n\f`;

  test("an error of the pair names the page, and the links with a sentence there stay out of the memory", () => {
    const b = align(bg, en);
    const flags = (b.documentFlags ?? []).filter((f) => f.type === "columns");
    expect(flags.map((f) => [f.severity, f.evidence.side, f.evidence.pages])).toEqual([["error", "target", [2]]]);
    expect(flags[0]!.reason).toMatch(/^page 2 of 2 is set in two columns side by side, read across both a line at a time/);
    const [first, last] = flags[0]!.evidence.segments[0]!;
    expect(b.target.segments[first]!.start).toBeGreaterThan(en.indexOf("\f"));
    expect(last).toBe(b.target.segments.length - 1);
    // The first page's links go into a memory; none with a sentence on the second page does.
    const kept = keptLinks(b);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((l) => l.target.every((j) => j < first))).toBe(true);
  });

  test("the same pair with both sides in one column: no such flag", () => {
    expect((align(bg, `${onePage(EN)}\n\f${onePage(EN)}\n\f`).documentFlags ?? []).filter((f) => f.type === "columns")).toEqual([]);
  });
});
