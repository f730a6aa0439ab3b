/**
 * What the sixty-eighth session's strangers (230-) showed, and what earlier strangers' notes left open.
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, evaluation, formats, readJson, reviewBitext, SverkaError } from "../src/index.js";
import { getLanguage } from "../src/lang/index.js";
import { glossLength } from "../src/score/index.js";
import { tokenize } from "../src/score/tokens.js";
import { segment } from "../src/segment/index.js";
import { flagTexts, leafletFlags, paragraphPairs, REPORT_PAIRS, sverka, TMX_DTD, testNeeding, validateTmx, XMLLINT } from "./helpers.js";

describe("the library's evaluation refuses what `sverka eval` refuses (229)", () => {
  const gold = evaluation.parseLinkLines("[0]:[0]\n[1]:[1]\n");
  test("alignments of different segmentations are not scored", () => {
    const test3 = evaluation.parseLinkLines("[0]:[0]\n[1]:[1]\n[2]:[2]\n");
    expect(() => evaluation.scoreAlignment(gold, test3)).toThrow(SverkaError);
    expect(() => evaluation.scoreAlignment(gold, test3)).toThrow(
      "the two alignments are of different segmentations: the gold covers 2 source and 2 target segments, the test 3 and 3",
    );
    // The command's check still names its files.
    expect(() => evaluation.checkSameSegments(gold, test3, "gold.links", "out.json")).toThrow(
      /^out\.json: .*the gold \(gold\.links\) covers/,
    );
  });
  test("a segment id that names no segment is refused", () => {
    for (const id of [-1, 0.5, Number.NaN])
      expect(() =>
        evaluation.scoreAlignment(gold, [
          { source: [0], target: [0] },
          { source: [1], target: [id] },
        ]),
      ).toThrow(`link 2 of the test has the segment id ${id}`);
  });
  test("readAlignment reads sverka's JSON, link lines and a hunalign ladder", () => {
    const bitext = align("Първо изречение тук. Второ изречение там.", "The first sentence here. The second sentence there.");
    expect(evaluation.readAlignment(formats.json.write(bitext), "out.json")).toEqual(gold);
    expect(evaluation.detectAlignmentFormat("[0]:[0]")).toBe("links");
    expect(evaluation.readAlignment("0\t0\t0.5\n1\t1\t0.5\n2\t2\t0\n")).toEqual(gold);
    expect(evaluation.readAlignment("[0]:[0]\n[1]:[1]\n")).toEqual(gold);
    expect(() => evaluation.readAlignment("Hello", "x.txt")).toThrow(/^x\.txt: not an alignment/);
  });
});

describe("English UI labels kept in brackets in a Bulgarian text (226)", () => {
  const en = [
    "Configuration",
    "Kestrel Sync stores its settings in `~/.config/kestrel/config.yaml`. You can edit the file by hand or change the settings in the app.",
    "Changing settings in the app",
    "Open Settings > Sync and select Pause on metered connections. The change takes effect immediately.",
    "Notification messages",
    "You can change the text of the notifications that the app shows. Each message may contain placeholders, which the app replaces with real values.",
  ];
  const bg = [
    "Конфигуриране",
    "Kestrel Sync съхранява настройките си в `~/.config/kestrel/config.yaml`. Можете да редактирате файла ръчно или да промените настройките в приложението.",
    "Промяна на настройките в приложението",
    "Отворете Настройки (Settings) > Синхронизация (Sync) и изберете Пауза при връзки с отчитане на трафика (Pause on metered connections). Промяната влиза в сила веднага.",
    "Текстове на известията",
    "Можете да промените текста на известията, които приложението показва. Всяко съобщение може да съдържа контейнери, които приложението заменя с действителни стойности.",
  ];
  test("the glosses count for nothing in a sentence's length: two 1-1 links, no sentence added, no length warning", () => {
    const b = align(en.join("\n\n"), bg.join("\n\n"), { sourceLang: "en", targetLang: "bg" });
    const glossed = b.links.find((l) => b.target.segments[l.target[0]!]!.text.includes("(Settings)"))!;
    expect(glossed.source.map((i) => b.source.segments[i]!.text)).toEqual([
      "Open Settings > Sync and select Pause on metered connections.",
    ]);
    expect(flagTexts(b)).toEqual([]);
  });
  test("a gloss is a bracket of the other script's words: not an acronym, not a unit", () => {
    const latin = new Set(["Latin"]);
    expect(glossLength("Отворете Настройки (Settings) > Синхронизация (Sync).", latin)).toBe(" (Settings)".length + " (Sync)".length);
    expect(glossLength("Регламентът (GDPR) се прилага.", latin)).toBe(0);
    expect(glossLength("Приемайте по 1 таблетка (50 mg).", latin)).toBe(0);
    expect(glossLength("Натиснете бутона (напр. Save).", latin)).toBe(0);
  });
});

describe("a memory exported from an XLIFF or a TMX keeps its inline codes (232)", () => {
  const XLIFF_1 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="ui.po" source-language="en-US" target-language="bg-BG" datatype="plaintext">
    <body>
      <trans-unit id="assign">
        <source><ph id="1">%1$s</ph> assigned <ph id="2">%2$s</ph> to you.</source>
        <target state="translated"><ph id="2">%2$s</ph> ви е възложена от <ph id="1">%1$s</ph>.</target>
      </trans-unit>
      <trans-unit id="save">
        <source>Click <g id="1" ctype="bold">Save</g> to continue.<x id="2"/></source>
        <target state="translated">Натиснете <g id="1" ctype="bold">Запазване</g>, за да продължите.<x id="2"/></target>
      </trans-unit>
      <trans-unit id="welcome">
        <source>Welcome back, <ph id="1">{{name}}</ph>! You have <ph id="2">%d</ph> new messages.</source>
        <target state="translated">Добре дошли отново, <ph id="1">{{name}}</ph>! Имате нови съобщения.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;
  const XLIFF_2 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="bg">
  <file id="f1">
    <unit id="u1">
      <segment>
        <source>Press <pc id="1">Save</pc> now<ph id="2" equiv="%s"/>.</source>
        <target>Натиснете <pc id="1">Запазване</pc> сега<ph id="2" equiv="%s"/>.</target>
      </segment>
    </unit>
  </file>
</xliff>
`;
  const segs = (tmx: string) => [...tmx.matchAll(/<seg>(.*?)<\/seg>/g)].map((m) => m[1]);
  const exported = async (name: string, text: string, ...args: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-inline-"));
    writeFileSync(join(dir, name), text);
    const out = join(dir, "memory.tmx");
    const r = await sverka(["export", join(dir, name), "-o", out, "-q", ...args]);
    return { r, out, tmx: readFileSync(out, "utf8") };
  };

  test("XLIFF 1.2: <ph> placeholders kept with their native code, <g> as <bpt>/<ept>, <x/> as <ph>", async () => {
    const { r, tmx } = await exported("app.xlf", XLIFF_1);
    expect(r.code).toBe(0);
    expect(segs(tmx)).toEqual([
      '<ph x="1">%1$s</ph> assigned <ph x="2">%2$s</ph> to you.',
      '<ph x="2">%2$s</ph> ви е възложена от <ph x="1">%1$s</ph>.',
      'Click <bpt i="1">&lt;g id=&quot;1&quot; ctype=&quot;bold&quot;&gt;</bpt>Save<ept i="1">&lt;/g&gt;</ept> to continue.<ph x="2">&lt;x id=&quot;2&quot;/&gt;</ph>',
      'Натиснете <bpt i="1">&lt;g id=&quot;1&quot; ctype=&quot;bold&quot;&gt;</bpt>Запазване<ept i="1">&lt;/g&gt;</ept>, за да продължите.<ph x="2">&lt;x id=&quot;2&quot;/&gt;</ph>',
    ]);
  });
  testNeeding([XMLLINT, TMX_DTD], "the memories validate against the TMX 1.4 DTD", async () => {
    const one = await exported("app.xlf", XLIFF_1);
    const two = await exported("app2.xlf", XLIFF_2);
    expect(segs(two.tmx)).toEqual([
      'Press <bpt i="1">&lt;pc id=&quot;1&quot;&gt;</bpt>Save<ept i="1">&lt;/pc&gt;</ept> now<ph x="2">&lt;ph id=&quot;2&quot; equiv=&quot;%s&quot;/&gt;</ph>.',
      'Натиснете <bpt i="1">&lt;pc id=&quot;1&quot;&gt;</bpt>Запазване<ept i="1">&lt;/pc&gt;</ept> сега<ph x="2">&lt;ph id=&quot;2&quot; equiv=&quot;%s&quot;/&gt;</ph>.',
    ]);
    expect(validateTmx([one.out, two.out])).toEqual({ status: 0, stderr: "" });
  });
  test("the check names the placeholders a <ph> holds, and the one the translation lacks", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-inline-"));
    writeFileSync(join(dir, "app.xlf"), XLIFF_1);
    const r = await sverka(["check", join(dir, "app.xlf"), "--show", "info"]);
    expect(r.stdout).toContain('error   tags         inline codes differ: the translation lacks <ph id="2">\n');
    expect(r.stdout).toContain("Welcome back, {{name}}! You have %d new messages.");
    // The reordered placeholders of the first unit are no divergence: its text has them.
    expect(r.stdout).not.toContain("unit 1");
  });
  test("TMX exported again keeps its <ph> and <bpt>/<ept>", async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/>
<body>
<tu tuid="1"><tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to continue.</seg></tuv><tuv xml:lang="bg-BG"><seg>Натиснете <bpt i="1">&lt;b&gt;</bpt>Запазване<ept i="1">&lt;/b&gt;</ept>, за да продължите.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="en-US"><seg>Save &amp; close.</seg></tuv><tuv xml:lang="bg-BG"><seg>Запазване и затваряне.</seg></tuv></tu>
</body></tmx>
`;
    const { tmx: out } = await exported("client.tmx", tmx);
    expect(segs(out)).toEqual([
      'Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to continue.',
      'Натиснете <bpt i="1">&lt;b&gt;</bpt>Запазване<ept i="1">&lt;/b&gt;</ept>, за да продължите.',
      "Save &amp; close.",
      "Запазване и затваряне.",
    ]);
  });
});

describe("a medical record's findings and results (231)", () => {
  const pairs = (list: ReadonlyArray<readonly [string, string]>) =>
    flagTexts(align(list.map((p) => p[0]).join("\n\n"), list.map((p) => p[1]).join("\n\n")));
  const CLEAN: ReadonlyArray<readonly [string, string]> = [
    ["Не се установява оток на подбедриците.", "No oedema of the lower legs is found."],
    ["Липсват данни за стомашно-чревно кървене.", "There is no evidence of gastrointestinal bleeding."],
    ["Без данни за метастази.", "No evidence of metastases."],
    ["Пациентът отрича алергии.", "The patient denies allergies."],
    ["Няма анамнеза за тромбоемболия.", "There is no history of thromboembolism."],
    ["Пациентката не е бременна и не кърми.", "The patient is not pregnant and is not breastfeeding."],
    ["Не е ваксиниран срещу хепатит B.", "He has not been vaccinated against hepatitis B."],
    ["Тестът за COVID-19 е отрицателен.", "The COVID-19 test is negative."],
    ["Левкоцити 9,6 x10^9/l (референтни стойности 3,5–10,5 x10^9/l).", "Leukocytes 9.6 ×10⁹/L (reference range 3.5–10.5 ×10⁹/L)."],
    ["На рентгенографията се вижда засенчване в основата на левия бял дроб.", "The X-ray shows an opacity at the base of the left lung."],
  ];
  test("the findings translated as they are: nothing flagged", () => {
    expect(pairs(CLEAN)).toEqual([]);
  });
  test("a finding's negation lost, a result turned, a power of ten changed: each flagged", () => {
    const reversed: Record<number, string> = {
      0: "Oedema of the lower legs is found.",
      1: "There is evidence of gastrointestinal bleeding.",
      2: "Evidence of metastases.",
      3: "The patient reports allergies.",
      4: "There is a history of thromboembolism.",
      5: "The patient is pregnant and not breastfeeding.",
      6: "He has been vaccinated against hepatitis B.",
      7: "The COVID-19 test is positive.",
      8: "Leukocytes 9.6 ×10¹²/L (reference range 3.5–10.5 ×10⁹/L).",
      9: "The X-ray shows an opacity at the base of the right lung.",
    };
    for (const [k, en] of Object.entries(reversed)) {
      const list = CLEAN.map((p, n) => (n === Number(k) ? ([p[0], en] as const) : p));
      expect([k, pairs(list).length]).toEqual([k, 1]);
    }
    const list = CLEAN.map((p, n) => (n === 8 ? ([p[0], reversed[8]!] as const) : p));
    expect(pairs(list)).toEqual(["error numbers: the translation says ×10¹² where the source says x10^9"]);
  });
  test("a power of ten is one number however written", () => {
    const keys = (text: string, lang: string) =>
      tokenize(text, getLanguage(lang))
        .filter((t) => t.kind === "number")
        .map((t) => t.key);
    expect(keys("9,6 x10^9/l, 245 х10^9/л, 5 × 10^9/l, 10^12", "bg")).toEqual(["9.6", "1e9", "245", "1e9", "5", "1e9", "1e12"]);
    expect(keys("9.6 ×10⁹/L, 2·10⁻³ mol", "en")).toEqual(["9.6", "1e9", "2", "1e-3"]);
    // A dimension and a word are none.
    expect(keys("1 x 10 m, Box10^3", "en")).toEqual(["1", "10", "3"]);
  });
});

describe("a conditional's negation lost in speech (233)", () => {
  test("'нямаше да', 'не бих' said positively is flagged; said with a negation it is not", () => {
    expect(leafletFlags("Без него нямаше да се справя.", "I would have managed without him.")).toHaveLength(1);
    expect(leafletFlags("Не бих се справила сама.", "I would have managed alone.")).toHaveLength(1);
    expect(leafletFlags("Без него нямаше да се справя.", "I would not have managed without him.")).toEqual([]);
    expect(leafletFlags("Не бих се справила сама.", "I couldn't have done it alone.")).toEqual([]);
  });
});

describe("a link inside a tag pointed at the page in the translation's language (232)", () => {
  const po = (target: string) => `msgid ""
msgstr ""
"Language: bg\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Read the <a href=\\"https://brightdesk.io/en/help\\">help page</a> for details."
msgstr "${target}"
`;
  const check = async (target: string) => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-href-"));
    writeFileSync(join(dir, "links.bg.po"), po(target));
    return sverka(["check", join(dir, "links.bg.po")]);
  };
  test("no tags error for /en/ made /bg/; another address still is one", async () => {
    const localized = await check('Подробности ще намерите на <a href=\\"https://brightdesk.io/bg/help\\">страницата за помощ</a>.');
    expect([localized.code, localized.stdout]).toEqual([0, expect.stringContaining("0 errors, 0 warnings")]);
    const changed = await check('Подробности ще намерите на <a href=\\"https://brightdesk.io/bg/support\\">страницата за помощ</a>.');
    expect([changed.code, changed.stdout]).toEqual([1, expect.stringContaining("error   tags")]);
  });
});

describe("an error message's meaning reversed (232)", () => {
  const flags = (en: string, bg: string) =>
    flagTexts(paragraphPairs([...REPORT_PAIRS.map(([b, e]) => [e, b] as const), [en, bg]], ["en", "bg"]));
  test("'do not have permission' made 'имате право' is an error, as 'cannot' made 'можете' is", () => {
    expect(flags("You do not have permission to edit this board.", "Имате право да редактирате това табло.")).toEqual([
      'error negation: the source says "do not have", and the translation permits it ("Имате право"): meaning reversed?',
    ]);
    expect(flags("You do not have permission to edit this board.", "Нямате право да редактирате това табло.")).toEqual([]);
  });
  test("'no longer' made 'все още' (still) is an error", () => {
    expect(flags("This link is no longer valid.", "Тази връзка все още е валидна.")).toEqual([
      'error negation: the source says "no longer valid", and the translation says it goes on ("все още"): meaning reversed?',
    ]);
    expect(flags("This link is no longer valid.", "Тази връзка вече не е валидна.")).toEqual([]);
  });
});

describe("a financial statement's small figures, costs and comparatives (230)", () => {
  const report = (bg: string, en: string) => flagTexts(paragraphPairs([...REPORT_PAIRS, [bg, en]]));
  test("a two-figure amount in brackets is below zero as money or in a table's cell, a paragraph's number is not", () => {
    expect(report("Отрицателните курсови разлики са (73) хил. лв.", "Foreign exchange differences were BGN 73 thousand.")).toEqual([
      "error numbers: the source writes (73) below zero where the translation has 73 thousand with no brackets, minus or word of a loss: sign lost?",
    ]);
    expect(report("Отписани вземания\t(73)\t(45)", "Receivables written off\t73\t(45)")).toEqual([
      "error numbers: the source writes (73) below zero where the translation has 73 with no brackets, minus or word of a loss: sign lost?",
    ]);
    expect(report("(4) Наемателят заплаща наем от 1 200 лв.", "4. The Tenant pays a rent of BGN 1,200.")).toEqual([]);
  });
  test("net finance costs say a net finance loss", () => {
    expect(
      report(
        "Нетният финансов резултат за 2025 г. е загуба в размер на (612) хил. лв. (2024 г.: (488) хил. лв.).",
        "Net finance costs for 2025 amounted to BGN 612 thousand (2024: BGN 488 thousand).",
      ),
    ).toEqual([]);
  });
  test("'(2024 г.: 226)' is '(prior year: 226)'", () => {
    expect(
      report(
        "Средносписъчният брой на персонала е 238 души (2024 г.: 226 души).",
        "The average number of employees was 238 (prior year: 226).",
      ),
    ).toEqual([]);
  });
  test("a surname's vowel for a vowel is misspelt; 'ъ' has several romanisations", () => {
    expect(report("Одитор е Мария Стоянова.", "The auditor is Maria Stoyaneva.")).toEqual([
      "warning names: the name Мария Стоянова is written with Stoyaneva where its romanisation is Stoyanova: misspelt, or another name?",
    ]);
    expect(report("Одитор е Мария Стоянова.", "The auditor is Maria Stoianova.")).toEqual([]);
    expect(report("Одитор е Иван Вълчев.", "The auditor is Ivan Vulchev.")).toEqual([]);
  });
});

describe("a reviewer's own translation and decisions reach the memory as made (236)", () => {
  const bitext = () => {
    const b = align(
      "Трансферът е безплатен. Заявява се най-малко 48 часа предварително. Паркингът е охраняем.",
      "The transfer is free. The car park is guarded.",
    );
    const k = b.links.findIndex((l) => l.target.length === 0);
    return { b, k };
  };
  test("a translation typed for a sentence left untranslated is checked as a unit too, and a wrong one stays out of the memory", () => {
    const { b, k } = bitext();
    expect(k).toBe(1);
    const typed = (text: string) => reviewBitext({ ...b, links: b.links.map((l, n) => (n === k ? { ...l, correction: text } : l)) });
    const wrong = typed("It must be booked at least 24 hours in advance.");
    // The document still lacks the sentence; the typed translation is judged besides.
    expect(wrong.links[k]!.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`)).toEqual([
      "error missing: this sentence is not translated",
      "error numbers: the translation says 24 where the source says 48",
    ]);
    expect(formats.tmx.write(wrong)).not.toContain("24 hours");
    const right = typed("It must be booked at least 48 hours in advance.");
    expect(right.links[k]!.flags.map((f) => f.type)).toEqual(["missing"]);
    expect(formats.tmx.write(right)).toContain("<seg>It must be booked at least 48 hours in advance.</seg>");
  });
  test("a link corrected and verified is both in the memory, so that a merge's gate keeps it", () => {
    const { b } = bitext();
    const links = b.links.map((l, n) =>
      n === 0 ? { ...l, status: "verified" as const, correction: "The transfer is free of charge." } : l,
    );
    const tmx = formats.tmx.write({ ...b, links });
    expect(tmx).toContain('<prop type="x-sverka-status">corrected</prop>\n      <prop type="x-sverka-status">verified</prop>');
  });
});

describe("a paper's results (237)", () => {
  const one = (bg: string, en: string) => flagTexts(paragraphPairs([...REPORT_PAIRS, [bg, en]]));
  test("a change's size after its word goes with that word, not the next change's", () => {
    expect(
      one(
        "Резултатите показват, че повишение на МРЗ с 10% води до намаление на заетостта сред младежите (15–24 г.) с 1,4% (p < 0,01).",
        "The results show that a 10% increase in the MW reduces youth employment (ages 15–24) by 1.4% (p < 0.01).",
      ),
    ).toEqual([]);
    expect(one("Смъртността намаля с 12% при увеличение на дозата.", "Mortality decreased by 12% as the dose increased.")).toEqual([]);
    expect(one("Смъртността намаля с 12% при увеличение на дозата.", "Mortality increased by 12% as the dose increased.")).toEqual([
      'error negation: the source says it shrank ("намаля с 12%"), the translation that it grew ("increased by 12%"): meaning reversed?',
    ]);
  });
  test("a correlation's minus lost, though the sentence says 'negative'", () => {
    const bg = "Установена е отрицателна корелация между възрастта и показателя (r = −0,62; p < 0,001).";
    expect(one(bg, "A negative correlation was found between age and the score (r = 0.62; p < 0.001).")).toEqual([
      "error numbers: the source writes −0,62 below zero where the translation has 0.62 with no brackets, minus or word of a loss: sign lost?",
    ]);
    expect(one(bg, "A negative correlation was found between age and the score (r = −0.62; p < 0.001).")).toEqual([]);
  });
});

describe("an EU project's towns and partners, English into Bulgarian (235)", () => {
  const fromEnglish = (en: string, bg: string) =>
    flagTexts(paragraphPairs([...REPORT_PAIRS.map(([b, e]) => [e, b] as const), [en, bg]], ["en", "bg"]));
  test("a town's adjective carries the town: 'University of Ruse' is 'Русенския университет'", () => {
    expect(fromEnglish("The task is led by the University of Ruse.", "Задачата се ръководи от Русенския университет.")).toEqual([]);
  });
  test("a town of a neighbour's border region replaced is a warning, its Bulgarian name none", () => {
    expect(fromEnglish("The office is in Giurgiu.", "Офисът е във Варна.")).toEqual([
      "warning names: the name Giurgiu is not in the translation, which names Варна instead: replaced by another name?",
    ]);
    expect(fromEnglish("The office is in Giurgiu.", "Офисът е в Гюргево.")).toEqual([]);
    expect(fromEnglish("The meeting was held in Bucharest.", "Срещата се проведе в Букурещ.")).toEqual([]);
  });
  test("a number word with its article ('дванадесетте') is its number", () => {
    expect(
      fromEnglish(
        "The target includes the solutions taken up by the 12 partner organisations.",
        "Целевата стойност включва решенията, възприети от дванадесетте партньорски организации.",
      ),
    ).toEqual([]);
  });
});

describe("manuals, deeds and policies (234, 238, 239, 240)", () => {
  const bgEn = (bg: string, en: string) => flagTexts(paragraphPairs([...REPORT_PAIRS, [bg, en]]));
  const enBg = (en: string, bg: string) =>
    flagTexts(paragraphPairs([...REPORT_PAIRS.map(([b, e]) => [e, b] as const), [en, bg]], ["en", "bg"]));
  const notary = "Днес, 14.03.2025 г., пред мен, нотариус Мария Петрова, се явиха страните.";
  test("a deed's day as an ordinal word before 'day of' is read, and compared", () => {
    expect(bgEn(notary, "On this fourteenth day of March 2025, the parties appeared before me, notary Maria Petrova.")).toEqual([]);
    expect(bgEn(notary, "On this 14th day of March 2025, the parties appeared before me, notary Maria Petrova.")).toEqual([]);
    expect(bgEn(notary, "On this fifteenth day of March 2025, the parties appeared before me, notary Maria Petrova.")).toEqual([
      "error dates: the translation says fifteenth day of March 2025 where the source says 14.03.2025 г.",
    ]);
  });
  test("an edition's number before its date is no day", () => {
    expect(bgEn("Издание 3, 12.03.2024 г.", "Edition 3, 12 March 2024")).toEqual([]);
  });
  test("a machine's prohibition reversed is an error; so is a file said saved, an organ's side turned", () => {
    expect(
      bgEn(
        "Не разглобявайте компресора, докато системата е под налягане.",
        "Disassemble the compressor while the system is under pressure.",
      ),
    ).toEqual(['error negation: the source says "Не разглобявайте компресора", and the translation has no negation: meaning reversed?']);
    expect(bgEn("Файлът не е записан.", "The file was saved.")).toHaveLength(1);
    expect(bgEn("Лезия в левия бял дроб.", "Lesion in the right lung.")).toEqual([
      'error terms: the source says "левия" (left), the translation "right" (right): the opposite, meaning reversed?',
    ]);
  });
  test("a policy's age bound and its period in words; an exclusion with its bound kept reversed is an error", () => {
    expect(
      enBg("Cover applies to persons under 70 years of age.", "Покритието се прилага за лица, които не са навършили 70 години."),
    ).toEqual([]);
    expect(
      bgEn("Покритието се прилага за лица, които не са навършили 70 години.", "Cover applies to persons over 70 years of age."),
    ).toEqual(['error numbers: the limit is reversed: the translation says "over 70" where the source says "не са навършили 70"']);
    expect(enBg("You must inspect the property at least once every 7 days.", "Трябва да проверявате имота поне веднъж седмично.")).toEqual(
      [],
    );
    expect(enBg("We will not pay for climbing above 4,000 metres.", "Ние ще платим за изкачване над 4000 метра.")).toEqual([
      'error negation: the source says "will not pay", and the translation has no negation: meaning reversed?',
    ]);
  });
});

describe("a manual's dimensions converted (240)", () => {
  const bgEn = (bg: string, en: string) => flagTexts(paragraphPairs([...REPORT_PAIRS, [bg, en]]));
  test("millimetres by three with their inches in brackets: no figure 'in the translation only'; a wrong one is", () => {
    const bg = "Габаритни размери: 1450 × 850 × 1300 mm.";
    expect(bgEn(bg, "Overall dimensions: 1450 × 850 × 1300 mm (57.1 × 33.5 × 51.2 in).")).toEqual([]);
    expect(bgEn(bg, "Overall dimensions: 1450 × 850 × 1300 mm (57.1 × 38.5 × 51.2 in).")).toEqual([
      "warning numbers: 38.5 is in the translation only",
    ]);
  });
});

describe("a contract's two parties, numbered, a long identifier on each line (238)", () => {
  test("the second party's number opens its line, however wide the lines", () => {
    const bg =
      "1. Иван Петров, ЕГН 7203154421, като ПРОДАВАЧ, от една страна, и\n2. Мария Колева, ЕГН 8811226610, като КУПУВАЧ, от друга страна.";
    expect(segment(bg, "bg").map((s) => s.text)).toEqual([
      "1. Иван Петров, ЕГН 7203154421, като ПРОДАВАЧ, от една страна, и",
      "2. Мария Колева, ЕГН 8811226610, като КУПУВАЧ, от друга страна.",
    ]);
    const en =
      "1. Ivan Petrov, PIN 7203154421, as SELLER, on the one hand, and\n2. Maria Koleva, PIN 8811226610, as BUYER, on the other hand.";
    expect(segment(en, "en")).toHaveLength(2);
  });
});

describe("German and Russian into Bulgarian (241)", () => {
  const pair = (source: string, target: string, sourceLang: string) => flagTexts(align(source, target, { sourceLang, targetLang: "bg" }));
  test("a penalty's cap 'höchstens jedoch' reversed; a firm's legal form made another kind", () => {
    expect(
      pair(
        "Die Vertragsstrafe beträgt 0,5 % pro Woche, höchstens jedoch 5 % des Auftragswertes.",
        "Неустойката е 0,5 % на седмица, но най-малко 5 % от стойността на поръчката.",
        "de",
      ),
    ).toEqual(['error numbers: the limit is reversed: the translation says "най-малко 5" where the source says "höchstens jedoch 5"']);
    expect(pair("Der Vertrag wird mit der Lieferant GmbH geschlossen.", "Договорът се сключва с Доставчик АД.", "de")).toEqual([
      "warning names: the source's GmbH (a limited liability company) is АД (a joint-stock company) in the translation: another legal form?",
    ]);
    expect(pair("Der Vertrag wird mit der Lieferant GmbH geschlossen.", "Договорът се сключва с Доставчик ООД.", "de")).toEqual([]);
    expect(pair("Договор с ООО «Восток».", "Договор с „Восток“ ООД.", "ru")).toEqual([]);
  });
});

describe("an XLIFF's drafts (243)", () => {
  test("a target in a state no one confirmed is a warning, as a PO's fuzzy message is", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-state-"));
    writeFileSync(
      join(dir, "d.xlf"),
      `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="ui.po" source-language="en-US" target-language="bg-BG" datatype="plaintext">
    <body>
      <trans-unit id="a"><source>Save the file.</source><target state="translated">Запазете файла.</target></trans-unit>
      <trans-unit id="b"><source>Close the window.</source><target state="needs-review-translation">Затворете прозореца.</target></trans-unit>
    </body>
  </file>
</xliff>
`,
    );
    const r = await sverka(["check", join(dir, "d.xlf")]);
    expect(r.stdout).toContain('warning untranslated the XLIFF marks the translation "needs-review-translation": a draft nobody confirmed');
    expect(r.stdout).toContain("0 errors, 1 warning");
  });
});

describe("an XLIFF's inline codes through a bitext JSON and back (243)", () => {
  test("the JSON keeps each unit's codes and markup: the TMX exported from it has them, and a hand-broken markup is refused", () => {
    const unit = (text: string, inline: string, codes: string[]) => ({
      id: 0,
      text,
      start: 0,
      end: text.length,
      paragraph: 0,
      codes,
      inline,
    });
    const bitext = {
      source: {
        lang: "en",
        segments: [
          unit("Click Save now.", 'Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now.', ['bpt i="1"', 'ept i="1"']),
        ],
      },
      target: {
        lang: "bg",
        segments: [
          unit("Натиснете Запазване сега.", 'Натиснете <bpt i="1">&lt;b&gt;</bpt>Запазване<ept i="1">&lt;/b&gt;</ept> сега.', [
            'bpt i="1"',
            'ept i="1"',
          ]),
        ],
      },
      links: [{ source: [0], target: [0], kind: "1-1" as const, score: 1 }],
      model: { ratio: 1, variance: 1 },
    };
    const read = readJson(formats.json.write(bitext));
    expect(read.source.segments[0]).toMatchObject({ codes: ['bpt i="1"', 'ept i="1"'] });
    expect(formats.tmx.write(read)).toContain('<seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now.</seg>');
    const broken = formats.json.write(bitext).replace('<ept i=\\"1\\">&lt;/b&gt;</ept> now.', "<script>x</script> now.");
    expect(() => readJson(broken, "app.json")).toThrow(/source\.segments\[0\]\.inline: expected TMX 1\.4 inline markup/);
  });
});

describe("a deed's ideal part in figures against words (242)", () => {
  const bgEn = (bg: string, en: string) => flagTexts(paragraphPairs([...REPORT_PAIRS, [bg, en]]));
  test("'1/2 идеална част' is 'a one-half share', not 'a one-quarter share'", () => {
    const bg = "Продавачът притежава 1/2 идеална част от имота.";
    expect(bgEn(bg, "The Seller owns a one-half undivided share of the property.")).toEqual([]);
    expect(bgEn(bg, "The Seller owns a one-quarter undivided share of the property.")).toEqual([
      'error numbers: the translation says "one quarter" where the source says "1/2"',
    ]);
  });
});

describe("a deed's declaration of no dispute (242)", () => {
  test("'не е предмет на съдебен спор' made 'is the subject of a court dispute' is an error", () => {
    expect(
      flagTexts(
        paragraphPairs([...REPORT_PAIRS, ["Имотът не е предмет на съдебен спор.", "The property is the subject of a court dispute."]]),
      ),
    ).toEqual(['error negation: the source says "не е предмет на", and the translation has no negation: meaning reversed?']);
  });
});

describe("a hotel's amenities and a policy's multiples (236, 239)", () => {
  const bgEn = (bg: string, en: string) => flagTexts(paragraphPairs([...REPORT_PAIRS, [bg, en]]));
  test("'не е охраняем' said positively is an error; said with a prefix, none", () => {
    expect(bgEn("Паркингът не е охраняем.", "The car park is guarded.")).toEqual([
      'error negation: the source says "не е охраняем", and the translation has no negation: meaning reversed?',
    ]);
    expect(bgEn("Паркингът не е охраняем.", "The car park is unguarded.")).toEqual([]);
    expect(bgEn("Басейнът не е отопляем.", "The pool is unheated.")).toEqual([]);
  });
  test("an excess doubled made tripled is another multiple", () => {
    const flags = flagTexts(
      paragraphPairs(
        [
          ...REPORT_PAIRS.map(([b, e]) => [e, b] as const),
          [
            "If the claim is made within the first month, the excess is doubled.",
            "Ако претенцията е предявена през първия месец, самоучастието се утроява.",
          ],
        ],
        ["en", "bg"],
      ),
    );
    expect(flags).toEqual(['warning terms: the source says "doubled" (double), the translation "утроява" (triple): another multiple?']);
  });
});
