/** `sverka check` on bilingual files (XLIFF 1.2, XLIFF 2.x, PO): unit by unit, inline tags and placeholders compared. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { messageCodes } from "../src/read/codes.js";
import { readPo } from "../src/read/po.js";
import { readXliff } from "../src/read/xliff.js";
import { codeDifference } from "../src/review/checks/tags.js";
import { fixture, onPath, read, sverka, testNeeding, tool } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sverka-bilingual-"));
const PO2XLIFF = tool("po2xliff (translate-toolkit)", "translate-toolkit", () => onPath("po2xliff"));

interface Problem {
  type: string;
  source: number[];
  evidence?: { missing: string[]; added: string[] };
}

/** check FILE --format json: exit code and the tags problems as [unit (1-based), missing, added]. */
async function tagProblems(path: string, ...args: string[]) {
  const r = await sverka(["check", path, "--format", "json", ...args]);
  const report = r.stdout ? JSON.parse(r.stdout) : { problems: [] };
  const tags = (report.problems as Problem[])
    .filter((p) => p.type === "tags")
    .map((p) => [p.source[0]! + 1, p.evidence!.missing, p.evidence!.added]);
  return { code: r.code, tags, report, stderr: r.stderr };
}

describe("XLIFF", () => {
  test("1.2: groups, seg-source segments, translate=no left out; a tag missing or added in the target is an error", async () => {
    const m = readXliff(read(fixture("xliff", "manual-1.2.xlf")), "manual-1.2.xlf");
    expect([m.sourceLang, m.targetLang]).toEqual(["en-GB", "bg-BG"]);
    expect(m.units.map((u) => u.id)).toEqual(["s1", "s2", "s3", "s4/1", "s6"]);
    expect(m.units[1]).toMatchObject({ source: "Press On for 3 seconds.", target: "Задръжте Вкл. за 3 секунди." });
    const r = await tagProblems(fixture("xliff", "manual-1.2.xlf"));
    expect(r.code).toBe(1);
    expect(r.tags).toEqual([
      [1, ['g id="1"'], []],
      [3, [], ['ph id="5"']],
    ]);
  });

  test("2.0: each <segment> a unit, <cp> read as its character, a lost <ph/> flagged", async () => {
    const m = readXliff(read(fixture("xliff", "manual-2.0.xlf")), "manual-2.0.xlf");
    expect(m.units.map((u) => u.id)).toEqual(["u1/1", "u1/2", "u2", "u3"]);
    expect(m.units[3]!.source).toBe("Empty the kettle after use!");
    const r = await tagProblems(fixture("xliff", "manual-2.0.xlf"));
    expect(r.code).toBe(1);
    expect(r.tags).toEqual([[2, ['ph id="2"'], []]]);
  });

  test("translate-toolkit's po2xliff output names no target language: refused with the line, read with -t", async () => {
    const refused = await sverka(["check", fixture("xliff", "po2xliff.xlf")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/po2xliff\.xlf: line 3: the XLIFF names no target-language: give it with --target-lang/);
    const r = await tagProblems(fixture("xliff", "po2xliff.xlf"), "-t", "bg");
    expect(r.code).toBe(0);
    expect(r.report.problems).toEqual([]);
  });
});

describe("codes written as text", () => {
  test.each([
    ["Press <b>Save</b>.", ["<b>", "</b>"]],
    ["Line<br/>break and <br />", ["<br/>", "<br />"]],
    ['See <a href="https://example.org">the site</a>.', ['<a href="https://example.org">', "</a>"]],
    ['<input type="checkbox" disabled>', ['<input type="checkbox" disabled>']],
    ["%s of %1$d, %(name)s and {0}; 50% done, 100%% sure", ["%s", "%1$d", "%(name)s", "{0}"]],
    // Words in angle brackets are text, in any script: a memory escapes them (&lt;excluding VAT&gt;), no tag.
    ["The price is BGN 1,200 <excluding VAT>.", []],
    ["Цената е 1 200 лв. <без ДДС>.", []],
    ["if a < b and c > d", []],
  ])("%j holds %j", (text, codes) => {
    expect(messageCodes(text)).toEqual(codes);
  });

  test("a memory's escaped words in angle brackets are no tags on either side", async () => {
    const path = join(dir, "escaped.tmx");
    const tu = (bg: string, en: string) => `<tu><tuv xml:lang="bg"><seg>${bg}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`;
    writeFileSync(
      path,
      `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="bg" o-tmf="t"/><body>` +
        tu("Цената е 1 200 лв. &lt;без ДДС&gt;.", "The price is BGN 1,200 &lt;excluding VAT&gt;.") +
        tu("Натиснете &lt;b&gt;Запази&lt;/b&gt;.", "Click Save.") +
        "</body></tmx>\n",
    );
    const r = await tagProblems(path);
    expect(r.tags).toEqual([[2, ["<b>", "</b>"], []]]);
  });
});

describe("placeholders and tags in a document pair and a TSV of pairs (stranger 74)", () => {
  const BG = [
    "Изтрий {count} файла?",
    "Качени са %d от %d файла.",
    "Натиснете <b>Ctrl+Z</b>, за да отмените.",
    "Файлът е запазен.",
    "Изпратено е 100% от данните.",
  ];
  const EN = ["Delete files?", "Uploaded %d of %s files.", "Press Ctrl+Z to undo.", "The file was saved.", "100% of the data was sent."];

  test("a string list as two documents: a placeholder or tag lost, changed or added is an error, and the unit stays out of the memory", async () => {
    const [bg, en] = [join(dir, "strings.bg.txt"), join(dir, "strings.en.txt")];
    writeFileSync(bg, `${BG.join("\n")}\n`);
    writeFileSync(en, `${EN.join("\n")}\n`);
    const r = await tagProblems(bg, en, "--segmented");
    expect(r.code).toBe(1);
    expect(r.tags).toEqual([
      [1, ["{count}"], []],
      [2, ["%d"], ["%s"]],
      [3, ["<b>", "</b>"], []],
    ]);
    const tmx = await sverka(["align", bg, en, "--segmented", "-f", "tmx"]);
    expect(tmx.stdout).not.toMatch(/Delete files|Uploaded|Press Ctrl/);
    expect(tmx.stdout).toContain("The file was saved.");
  });

  test("a TSV of pairs is compared as a PO file is", async () => {
    const tsv = join(dir, "strings.tsv");
    writeFileSync(tsv, `${BG.map((b, k) => `${b}\t${EN[k]}`).join("\n")}\n`);
    const r = await tagProblems(tsv, "-s", "bg", "-t", "en");
    expect(r.tags).toEqual([
      [1, ["{count}"], []],
      [2, ["%d"], ["%s"]],
      [3, ["<b>", "</b>"], []],
    ]);
  });
});

describe("PO", () => {
  test("placeholders and tags compared; plurals, the header and a literal percent sign read rightly", async () => {
    const m = readPo(read(fixture("po", "defects.bg.po")), "defects.bg.po");
    expect([m.sourceLang, m.targetLang]).toEqual(["en", "bg"]);
    expect(m.units).toHaveLength(7);
    const r = await tagProblems(fixture("po", "defects.bg.po"));
    expect(r.code).toBe(1);
    expect(r.tags).toEqual([
      [1, ["%s"], []],
      [2, ["<b>", "</b>"], []],
      [3, ["{version}"], ["{версия}"]],
    ]);
  });

  test("a clean catalogue passes", async () => {
    const r = await tagProblems(fixture("po", "invoicer.bg.po"));
    expect(r.code).toBe(0);
    expect(r.report.problems).toEqual([]);
  });

  testNeeding([PO2XLIFF], "a PO and translate-toolkit's XLIFF of it get the same flags", async () => {
    const xlf = join(dir, "defects.xlf");
    expect(spawnSync("po2xliff", [fixture("po", "defects.bg.po"), xlf]).status).toBe(0);
    const po = await tagProblems(fixture("po", "defects.bg.po"));
    const xliff = await tagProblems(xlf, "-t", "bg");
    expect(xliff.tags).toEqual(po.tags);
  });
});

test("TMX units are compared too", async () => {
  const path = join(dir, "tags.tmx");
  writeFileSync(
    path,
    `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Version <ph x="1">{0}</ph> of the app is available now.</seg></tuv><tuv xml:lang="bg"><seg>Налична е нова версия на приложението.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to keep it.</seg></tuv><tuv xml:lang="bg"><seg>Натиснете <bpt i="1">&lt;b&gt;</bpt>Запис<ept i="1">&lt;/b&gt;</ept>, за да го запазите.</seg></tuv></tu>
</body></tmx>`,
  );
  const r = await tagProblems(path);
  expect(r.tags).toEqual([[1, ['ph x="1"'], []]]);
});

test("codes are counted: one of two alike missing is one missing", () => {
  expect(codeDifference(["%s", "%s", "<b>"], ["<b>", "%s"])).toEqual({ missing: ["%s"], added: [] });
  expect(codeDifference([], ["{0}"])).toEqual({ missing: [], added: ["{0}"] });
});

describe("bad bilingual files are refused with the file and line (exit 2), nothing written", () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      "broken.xlf",
      `<xliff version="1.2">\n<file source-language="en" target-language="bg">\n<body><trans-unit id="1"><source>A</target></trans-unit></body></file></xliff>`,
      /broken\.xlf: line 3: not well-formed XLIFF/,
    ],
    [
      "nolang.xlf",
      `<xliff version="2.0" srcLang="en">\n<file id="f"><unit id="u"><segment><source>A</source></segment></unit></file></xliff>`,
      /nolang\.xlf: line 1: the XLIFF names no trgLang/,
    ],
    ["broken.po", `msgid ""\nmsgstr "Language: bg\\n"\n\nmsgid "A"\nmsgstr B\n`, /broken\.po: line 5: not a well-formed PO file/],
    ["nolang.po", `msgid "A"\nmsgstr "Б"\n`, /nolang\.po: line 1: the PO header names no Language/],
  ];
  test.each(cases)("%s", async (name, text, message) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const out = join(dir, `${name}.json`);
    const r = await sverka(["check", path, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

test('a TMX with srclang="*all*": the first unit\'s srclang is the source; a <hi> the translation dropped is flagged', async () => {
  const r = await tagProblems(fixture("tmx", "spec-1.4b.tmx"), "-t", "bg");
  expect(r.report.source.lang).toBe("en-GB");
  expect(r.tags).toEqual([[1, ['hi type="emphasis"'], []]]);
  expect(r.code).toBe(1);
});

describe("TMX", () => {
  test("a memory whose units write regional variants and plain codes (merged from several) is labelled by the languages they share", async () => {
    const { readTmx } = await import("../src/read/tm.js");
    const tu = (bg: string, en: string, s: string, t: string) =>
      `<tu><tuv xml:lang="${bg}"><seg>${s}</seg></tuv><tuv xml:lang="${en}"><seg>${t}</seg></tuv></tu>`;
    const tmx = (units: string) =>
      `<?xml version="1.0"?><tmx version="1.4"><header srclang="bg-BG" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>${units}</body></tmx>`;
    const mixed = readTmx(tmx(tu("bg-BG", "en-GB", "Здравей.", "Hello.") + tu("bg", "en", "Довиждане.", "Goodbye.")), "m.tmx");
    expect([mixed.sourceLang, mixed.targetLang]).toEqual(["bg", "en"]);
    const one = readTmx(tmx(tu("bg-BG", "en-GB", "Здравей.", "Hello.") + tu("bg-BG", "en-GB", "Довиждане.", "Goodbye.")), "o.tmx");
    expect([one.sourceLang, one.targetLang]).toEqual(["bg-BG", "en-GB"]);
  });
});

test('a TMX of srclang="*all*" whose units go both ways (batch --merge-tmx of pairs in both directions): each unit is checked in its own direction', async () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-ways-"));
  const tu = (srclang: string, first: [string, string], second: [string, string]) =>
    `<tu srclang="${srclang}"><tuv xml:lang="${first[0]}"><seg>${first[1]}</seg></tuv><tuv xml:lang="${second[0]}"><seg>${second[1]}</seg></tuv></tu>\n`;
  const path = join(dir, "all.tmx");
  writeFileSync(
    path,
    `<?xml version="1.0"?><tmx version="1.4"><header srclang="*all*" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
${tu("bg", ["bg", "Наемателят заплаща наема до 5-о число на месеца."], ["en", "The Tenant shall pay the rent by the 5th day of the month."])}${tu("bg", ["bg", "Договорът влиза в сила от датата на подписването му."], ["en", "The contract enters into force on the date of its signature."])}${tu("en", ["en", "The Contractor shall not subcontract the works without the Client's consent."], ["bg", "Изпълнителят може да възлага работите на подизпълнители със съгласието на Възложителя."])}${tu("en", ["en", "Invoices are payable within 30 days."], ["bg", "Фактурите се заплащат в срок от 30 дни."])}
</body></tmx>`,
  );
  const r = await sverka(["check", path, "-f", "json"]);
  const report = JSON.parse(r.stdout) as {
    format: string;
    pairs: Array<{ source: { lang: string }; target: { lang: string }; links: number; problems: Array<{ type: string; reason: string }> }>;
  };
  expect(report.format).toBe("sverka-check-batch");
  expect(report.pairs.map((p) => [p.source.lang, p.target.lang, p.links])).toEqual([
    ["bg", "en", 2],
    ["en", "bg", 2],
  ]);
  // The English original's negation the Bulgarian lost, said the way round it happened.
  expect(report.pairs[1]!.problems).toContainEqual(
    expect.objectContaining({ type: "negation", reason: expect.stringMatching(/the source says "shall not subcontract"/) }),
  );
  // A unit is named by its place in the file, not in its direction (the English original's first unit is the file's third), and by its line.
  expect((await sverka(["check", path])).stdout).toMatch(/negation .*shall not subcontract.*\n\s+unit 3, line 4 \(en\): The Contractor/);
  // Read one way on request, as before: every unit's Bulgarian is its source.
  const oneWay = JSON.parse((await sverka(["check", path, "-s", "bg", "-t", "en", "-f", "json"])).stdout) as {
    format: string;
    links: number;
  };
  expect([oneWay.format, oneWay.links]).toEqual(["sverka-check", 4]);
  // Merged under a client's header that names one language (merge keeps each unit's srclang): each unit its own way still (stranger 83).
  writeFileSync(path, readFileSync(path, "utf8").replace('srclang="*all*"', 'srclang="bg"'));
  const merged = JSON.parse((await sverka(["check", path, "-f", "json"])).stdout) as typeof report;
  expect(merged.pairs.map((p) => [p.source.lang, p.target.lang, p.links])).toEqual([
    ["bg", "en", 2],
    ["en", "bg", 2],
  ]);
});

describe("a TSV of pairs with a header line", () => {
  const pair = "Договорът влиза в сила от 1 март.\tThe contract enters into force on 1 March.\n";
  test("the columns' words or languages are no pair; languages named give the direction, unless -s and -t say it (stranger 74)", async () => {
    const words = join(dir, "words.tsv");
    writeFileSync(words, `Source\tTarget\n${pair}`);
    expect((await sverka(["check", words, "-s", "bg", "-t", "en"])).stdout).toContain("in 1 unit");
    const cat = join(dir, "cat.tsv");
    writeFileSync(cat, `bg-BG\ten-US\n${pair}`);
    const r = await sverka(["check", cat]);
    expect(r.stdout).toContain("cat.tsv (1 unit, bg-BG → en-US)");
    // English first: read so without -s and -t; with them the other way round, an error saying so.
    const reversed = join(dir, "reversed.tsv");
    writeFileSync(reversed, "en_US\tbg_BG\nThe contract enters into force on 1 March.\tДоговорът влиза в сила от 1 март.\n");
    expect((await sverka(["check", reversed])).stdout).toContain("(1 unit, en-US → bg-BG)");
    const wrong = await sverka(["check", reversed, "-s", "bg", "-t", "en"]);
    expect([wrong.code, wrong.stderr.trim()]).toEqual([
      2,
      `sverka: ${reversed}: line 1: the columns are en-US then bg-BG, the other way round from -s bg -t en: swap -s and -t`,
    ]);
    // A header alone is no memory.
    const empty = join(dir, "empty.tsv");
    writeFileSync(empty, "source\ttarget\n");
    expect((await sverka(["check", empty, "-s", "bg", "-t", "en"])).code).toBe(2);
    // A first pair that only looks like codes (one language twice) is a pair.
    const codes = join(dir, "codes.tsv");
    writeFileSync(codes, `EN\ten\n${pair}`);
    expect((await sverka(["check", codes, "-s", "bg", "-t", "en"])).stdout).toContain("in 2 units");
  });
});
