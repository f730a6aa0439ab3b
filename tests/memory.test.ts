/** `sverka check memory.tmx` / `pairs.tsv`: QA of existing translation memories. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPairsTsv, readTmx } from "../src/read/tm.js";
import { grouped } from "../src/review/report.js";
import { sverka } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sverka-tm-"));
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="bg-BG" o-tmf="x"/>
<body>
<tu tuid="a1"><tuv xml:lang="bg-BG"><seg>Цената е <bpt i="1">&lt;b&gt;</bpt>12 лв.<ept i="1">&lt;/b&gt;</ept> на ден.</seg></tuv><tuv xml:lang="en-GB"><seg>The price is <bpt i="1">&lt;b&gt;</bpt>BGN 12<ept i="1">&lt;/b&gt;</ept> a day.</seg></tuv></tu>
<tu tuid="a2"><tuv xml:lang="bg-BG"><seg>Срещата е през 2024 г. в София.</seg></tuv><tuv xml:lang="en-GB"><seg>The meeting is in Sofia in 2023.</seg></tuv></tu>
<tu tuid="a3"><tuv xml:lang="bg-BG"><seg>Само източник.</seg></tuv></tu>
<tu tuid="a4"><tuv xml:lang="bg-BG"><seg>Проектът DISRUPT продължава.</seg></tuv><tuv xml:lang="en-GB"><seg>Проектът DISRUPT продължава.</seg></tuv></tu>
</body></tmx>`;

describe("reading memories", () => {
  test("TMX: source language from the header, inline codes left out, units without a target skipped", () => {
    const m = readTmx(TMX, "m.tmx");
    expect(m.sourceLang).toBe("bg-BG");
    expect(m.targetLang).toBe("en-GB");
    expect(m.units.map((u) => u.id)).toEqual(["a1", "a2", "a4"]);
    expect(m.units[0]).toMatchObject({ source: "Цената е 12 лв. на ден.", target: "The price is BGN 12 a day." });
  });

  test("TSV: two cells a line", () => {
    expect(readPairsTsv("а\tb\n\nв\tc\t0.9\n", "p.tsv", { source: "bg", target: "en" }).units).toHaveLength(2);
    expect(() => readPairsTsv("no tab\n", "p.tsv", { source: "bg", target: "en" })).toThrow(/p\.tsv: line 1/);
  });

  test("broken files are named", () => {
    expect(() => readTmx("<tmx><body>", "b.tmx")).toThrow(/b\.tmx: line 1: not well-formed TMX \(never closed: <tmx>, <body>\)/);
    expect(() => readTmx("<xliff/>", "x.tmx")).toThrow(/x\.tmx: line 1: not a TMX file \(the root element is <xliff>/);
  });
});

describe("sverka check on a memory", () => {
  test("flags the units that look wrong and exits 1", async () => {
    const path = join(dir, "memory.tmx");
    writeFileSync(path, TMX);
    const r = await sverka(["check", path, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const byUnit = (n: number) =>
      report.problems.filter((p: { source: number[] }) => p.source[0] === n).map((p: { type: string }) => p.type);
    expect(byUnit(0)).toEqual([]);
    expect(byUnit(1)).toContain("numbers");
    expect(byUnit(2)).toContain("untranslated");
  });

  test("a unit is named by its place, its tuid and its line, as a CAT tool and an editor find it (stranger 83)", async () => {
    const path = join(dir, "tuids.tmx");
    writeFileSync(
      path,
      `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="CAT" creationtoolversion="9" datatype="plaintext" segtype="sentence" adminlang="en-GB" srclang="bg-BG" o-tmf="cat"/><body>
<tu tuid="zg-001"><tuv xml:lang="bg-BG"><seg>Добър ден.</seg></tuv><tuv xml:lang="en-GB"><seg>Good afternoon.</seg></tuv></tu>
<tu tuid="zg-007">
<tuv xml:lang="bg-BG"><seg>Безплатна доставка при поръчка над 80 лв.</seg></tuv>
<tuv xml:lang="en-GB"><seg>Free delivery on orders over BGN 100.</seg></tuv>
</tu>
</body></tmx>
`,
    );
    const text = await sverka(["check", path]);
    expect(text.stdout).toContain("unit 2, tuid zg-007, line 4 (en-GB): Free delivery on orders over BGN 100.");
    const report = JSON.parse((await sverka(["check", path, "--format", "json"])).stdout);
    expect(report.problems[0].locations[0]).toMatchObject({ side: "target", line: 4, tuid: "zg-007" });
  });

  test("a small memory's unit pairing a clause with an unrelated line is doubted; free translations in it are not (stranger 83)", async () => {
    const path = join(dir, "small.tsv");
    writeFileSync(
      path,
      [
        "Доставка до 3 работни дни.\tDelivery within 3 working days.",
        "Гаранцията не покрива пукнатини от замръзване, ако саксията е оставена навън през зимата.\tThank you for your order!",
        // Free, but a translation: shares little the lexicon knows, of a translation's length.
        "Макар и да не съм кандидат, в действителност аз също участвам.\tI'm not running, but I'm really running.",
        "Цена: 34,90 лв.\tPrice: 34.90 BGN",
      ].join("\n"),
    );
    const report = JSON.parse((await sverka(["check", path, "--format", "json"])).stdout);
    const divergent = report.problems.filter((p: { type: string }) => p.type === "divergent");
    expect(divergent.map((p: { source: number[]; severity: string }) => [p.source[0], p.severity])).toEqual([[1, "warning"]]);
    expect(divergent[0].reason).toMatch(/shares no word, name or number with its source.*\(Гаранцията, .*far shorter/);
  });

  test("a TSV with an empty translation", async () => {
    const path = join(dir, "pairs.tsv");
    writeFileSync(path, "Добър ден.\tGood afternoon.\nБлагодаря.\t\n");
    const r = await sverka(["check", path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/missing\s+the translation is empty\s+unit 2/);
    // A memory's report counts units, as its first line does, not links.
    expect(r.stdout).toMatch(/\(2 units, bg → en\)/);
    expect(r.stdout).toMatch(/in 2 units \(1 flagged at warning or worse\)/);
  });

  test("one file that is not a memory is a usage error", async () => {
    const path = join(dir, "doc.txt");
    writeFileSync(path, "Текст.\n");
    const r = await sverka(["check", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/check needs SOURCE and TARGET documents, or one translation memory/);
  });
});

describe("counts in reports", () => {
  test("are grouped by thousands, as an English reader expects", () => {
    expect([0, 7, 999, 1000, 12345, 1234567, -20000].map(grouped)).toEqual(["0", "7", "999", "1,000", "12,345", "1,234,567", "-20,000"]);
    expect(grouped(0.5)).toBe("0.5");
  });
});
