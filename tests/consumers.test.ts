/** Real consumers read what sverka writes: translate-toolkit reads the TMX; csv-parse, Python's csv module and sverka itself the TSV. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { align, type Bitext, formats } from "../src/index.js";
import { readPairsTsv } from "../src/read/tm.js";
import { corpus, describeNeeding, PYTHON, ROOT, read, sverka, TRANSLATE_TOOLKIT, testNeeding, tool } from "./helpers.js";

const PYTHON3 = tool("python3", "python3", () => existsSync(PYTHON));

const dir = mkdtempSync(join(tmpdir(), "sverka-consumers-"));
const cases: Record<string, () => Bitext> = {
  "osce-alliance-2024": () => align(read(corpus("osce-alliance-2024", "bg.txt")), read(corpus("osce-alliance-2024", "en.txt"))),
  "handmade-bg-en": () => align(read(corpus("handmade-bg-en", "bg.txt")), read(corpus("handmade-bg-en", "en.txt"))),
  hostile: () =>
    align(
      'Текст с <b>тагове</b> & \u0007 знаци "тук".\n\nВтори ред с ]]> и <![CDATA[ x ]]>.',
      'Text with <b>tags</b> & \u0007 characters "here".\n\nSecond line with ]]> and <![CDATA[ x ]]>.',
    ),
  // A CAT tool's exact match needs the no-break spaces as the document has them.
  "no-break spaces": () =>
    align(
      "Цената е 1\u00a0200\u00a0000 лв. по договор №\u00a012.\n\nОтстъпка 5\u202f% за 1\u2007000 броя.",
      "The price is BGN 1\u00a0200\u00a0000 under contract No.\u00a012.\n\nA 5\u202f% discount for 1\u2007000 pieces.",
    ),
};

/**
 * A link's text on one side, as written here rather than by the code under test: its segments (their text as the
 * JSON has it) joined by a space, runs of ordinary white space folded; no-break spaces are text.
 */
const side = (segments: Bitext["source"]["segments"], ids: readonly number[]) =>
  ids
    .map((id) => segments[id]!.text)
    .join(" ")
    .replace(/[^\S\u00a0\u202f\u2007]+/gu, " ")
    .trim();

/** What a memory should hold: both sides' text of every link with text on both sides, XML-forbidden characters dropped. */
const expectedUnits = (b: Bitext) =>
  b.links
    .filter((l) => l.source.length && l.target.length)
    .map((l) =>
      [side(b.source.segments, l.source), side(b.target.segments, l.target)].map((t) =>
        t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ""),
      ),
    );

describeNeeding([TRANSLATE_TOOLKIT], "translate-toolkit reads the TMX", () => {
  test.each(Object.keys(cases))("%s: every unit's text intact", (name) => {
    const bitext = cases[name]!();
    const file = join(dir, `${name}.tmx`);
    writeFileSync(file, formats.tmx.write(bitext));
    const r = spawnSync(PYTHON, [join(ROOT, "tests", "tools", "read-tmx.py"), file], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(expectedUnits(bitext));
  });
});

/** What the TSV should hold: each link's two texts and its score, as written here rather than by the code under test. */
const expectedRows = (b: Bitext) =>
  b.links.map((l) => [side(b.source.segments, l.source), side(b.target.segments, l.target), String(Math.round(l.score * 10000) / 10000)]);

/** Cells that start with a quote or hold one: what a CSV reader loses without RFC 4180 quoting. */
const quotes: Record<string, () => Bitext> = {
  quotes: () =>
    align(
      '"Цитат" в началото.\n\nИ "кавички" по средата.\n\n""" три кавички.',
      '"A quote" at the start.\n\nAnd "quotes" inside.\n\n""" three quotes.',
      {
        segmented: true,
      },
    ),
};

describe("CSV readers read the TSV back, quotes and all (RFC 4180 quoting)", () => {
  const all = { ...cases, ...quotes };

  test("the quoting case has cells that start with a quote", () => {
    expect(expectedRows(quotes.quotes!()).map((r) => r[0]![0])).toEqual(['"', "И", '"']);
  });

  test.each(Object.keys(all))("csv-parse, %s: three cells a line, texts intact", (name) => {
    const bitext = all[name]!();
    const rows = parse(formats.tsv.write(bitext), { delimiter: "\t", relax_column_count: false }) as string[][];
    expect(rows).toEqual(expectedRows(bitext));
  });

  testNeeding([PYTHON3], "Python's csv module, every case: texts intact", () => {
    for (const [name, make] of Object.entries(all)) {
      const bitext = make();
      const file = join(dir, `${name}.tsv`);
      writeFileSync(file, formats.tsv.write(bitext));
      const script =
        "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), delimiter='\\t'))))";
      const r = spawnSync(PYTHON, ["-c", script, file], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout)).toEqual(expectedRows(bitext));
    }
  });

  test.each(Object.keys(all))("plainTsv (--plain-tsv), %s: each line split on tabs gives the texts as they are, no quote added", (name) => {
    const bitext = all[name]!();
    const lines = formats.tsv.write(bitext, { plainTsv: true }).split("\n").slice(0, -1);
    expect(lines.map((line) => line.split("\t"))).toEqual(expectedRows(bitext));
  });

  test("--plain-tsv on align writes the cells as they are", async () => {
    const [bg, en, out] = ["quote.bg.txt", "quote.en.txt", "plain.tsv"].map((f) => join(dir, f));
    writeFileSync(bg!, '"Цитат" в началото на изречението.\n');
    writeFileSync(en!, '"A quote" at the start of the sentence.\n');
    const r = await sverka(["align", bg!, en!, "--segmented", "--plain-tsv", "-o", out!]);
    expect(r.code).toBe(0);
    expect(read(out!)).toMatch(/^"Цитат" в началото на изречението\.\t"A quote" at the start of the sentence\.\t[\d.]+\n$/);
  });

  test.each(Object.keys(all))("sverka's own pair-list reader (check pairs.tsv), %s: texts intact", (name) => {
    const bitext = all[name]!();
    const both = bitext.links.filter((l) => l.source.length && l.target.length);
    const memory = readPairsTsv(formats.tsv.write({ ...bitext, links: both }), "pairs.tsv", { source: "bg", target: "en" });
    expect(memory.units.map((u) => [u.source, u.target])).toEqual(expectedRows({ ...bitext, links: both }).map((r) => r.slice(0, 2)));
  });

  test("a pair list from another tool: quotes inside plain cells are text, and a file not quoted by the RFC is read line by line", () => {
    const plain = readPairsTsv('Текст с "кавички" тук\tText with "quotes" here\n', "a.tsv", { source: "bg", target: "en" });
    expect(plain.units[0]).toMatchObject({ source: 'Текст с "кавички" тук', target: 'Text with "quotes" here' });
    const unclosed = readPairsTsv('"Начало без край\t"Start without end\nВтори\tSecond\n', "b.tsv", { source: "bg", target: "en" });
    expect(unclosed.units.map((u) => u.target)).toEqual(['"Start without end', "Second"]);
    // Sentences of a quotation over three lines: the first opens with a quote, the last closes with one; three units, not one.
    const quoted = readPairsTsv(
      '„Бяхме тръгнали към война.\t"We were going to war.\nЩяха да загинат хора.\tPeople would have died.\nСега сме приятели“.\tNow we are friends."\n',
      "c.tsv",
      { source: "bg", target: "en" },
    );
    expect(quoted.units.map((u) => u.target)).toEqual(['"We were going to war.', "People would have died.", 'Now we are friends."']);
    // A cell quoted as the RFC says, over two lines, is one cell still.
    const multiline = readPairsTsv('Първи ред\t"First line\nsecond line"\nВтори\tSecond\n', "d.tsv", { source: "bg", target: "en" });
    expect(multiline.units.map((u) => u.target)).toEqual(["First line\nsecond line", "Second"]);
  });
});
