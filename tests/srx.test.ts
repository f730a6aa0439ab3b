/**
 * `sverka srx`: the SRX rules, run by the SRX 2.0 reference implementation
 * (Debian's libsegment-java), must cut documents where sverka's segmenter does.
 * The agreement is measured inside sverka's units (paragraphs and lines), as a
 * CAT tool hands SRX one paragraph at a time.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { abbreviationsFor, parseAbbreviations } from "../src/lang/abbreviations.js";
import { getLanguage } from "../src/lang/index.js";
import { splitUnits } from "../src/segment/blocks.js";
import { sentenceBoundaries, userAbbreviations } from "../src/segment/sentences.js";
import { writeSrx } from "../src/segment/srx.js";
import { corpus, describeNeeding, fixture, LIBSEGMENT, LIBSEGMENT_JAR, SHARED, SHARED_DATA, sverka } from "./helpers.js";
import { classPath, compileTool } from "./java.js";

const DOCUMENTS = {
  bg: [
    corpus("osce-alliance-2024", "bg.txt"),
    corpus("handmade-bg-en", "bg.txt"),
    fixture("srx", "contract.bg.txt"),
    fixture("srx", "manual.bg.txt"),
  ],
  en: [
    corpus("osce-alliance-2024", "en.txt"),
    corpus("handmade-bg-en", "en.txt"),
    fixture("srx", "contract.en.txt"),
    fixture("srx", "manual.en.txt"),
  ],
};

describe("OmegaT 3's segmentation.conf (sverka srx -f omegat)", () => {
  test("holds every rule of the SRX, in order, each pattern as XMLEncoder escapes it, and names the languages as the SRX maps them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-omegat-conf-"));
    const file = join(dir, "segmentation.conf");
    expect((await sverka(["srx", "-s", "bg", "-t", "en", "-o", file])).code).toBe(0);
    const conf = readFileSync(file, "utf8");
    const srx = writeSrx(["bg", "en"]);
    const unescaped = (t: string) =>
      t
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&");
    const srxRules = [
      ...srx.matchAll(/<rule break="(yes|no)">\s*<beforebreak>(.*?)<\/beforebreak>\s*<afterbreak>(.*?)<\/afterbreak>/gs),
    ].map((m) => [m[1] === "yes", unescaped(m[2]!), unescaped(m[3]!)]);
    const confRules = [
      ...conf.matchAll(
        /<object class="org.omegat.core.segmentation.Rule">\s*<void property="afterbreak">\s*<string>(.*?)<\/string>\s*<\/void>\s*<void property="beforebreak">\s*<string>(.*?)<\/string>\s*<\/void>\s*(<void property="breakRule">)?/gs,
      ),
    ].map((m) => [m[3] !== undefined, unescaped(m[2]!), unescaped(m[1]!)]);
    expect(confRules.length).toBeGreaterThan(50);
    expect(confRules).toEqual(srxRules);
    // `>` as it is, the four others as entities: what java.beans.XMLDecoder reads back.
    expect(conf).not.toContain("&gt;");
    expect([...conf.matchAll(/<void property="language">\s*<string>(.*?)<\/string>/g)].map((m) => m[1])).toEqual([
      "sverka-bg",
      "sverka-en",
      "sverka-generic",
    ]);
    // -f says so for any file name, and stdout takes it too.
    expect((await sverka(["srx", "-f", "omegat"])).stdout).toBe(conf);
  });
});

interface Agreement {
  readonly sverka: number;
  readonly srx: number;
  readonly both: number;
  /** Boundaries one side has and the other not: the text around them. */
  readonly differences: string[];
}

describeNeeding([LIBSEGMENT], "SRX rules in libsegment (the SRX 2.0 reference implementation)", () => {
  let cp = "";
  beforeAll(() => {
    const jars = classPath([
      LIBSEGMENT_JAR,
      "commons-logging.jar",
      "jaxb-api.jar",
      "jaxb-runtime.jar",
      "jaxb-core.jar",
      "istack-commons-runtime.jar",
    ]);
    cp = `${jars}:${compileTool("SrxSplit", jars)}`;
  });

  /** Boundaries libsegment finds in each text with the rules in `srx` for `lang`. */
  function srxBoundaries(srx: string, lang: string, texts: readonly string[]): number[][] {
    const file = join(mkdtempSync(join(tmpdir(), "sverka-srx-")), "rules.srx");
    writeFileSync(file, srx);
    const r = spawnSync("java", ["-cp", cp, "SrxSplit", file, lang], { input: texts.join("\u0000"), encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(r.stderr);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(texts.length);
    return lines.map((line) => {
      let at = 0;
      return line
        .split(",")
        .map(Number)
        .slice(0, -1)
        .map((n) => (at += n));
    });
  }

  /** sverka's and libsegment's boundaries in the units of the documents. */
  function agreement(lang: "bg" | "en", texts: readonly string[], abbreviations: readonly string[] = []): Agreement {
    const profile = getLanguage(lang);
    const units = texts.flatMap((t) => splitUnits(t, profile).map((u) => t.slice(u.start, u.end)));
    const srx = srxBoundaries(writeSrx(["bg", "en"], { abbreviations: { [lang]: abbreviations } }), lang, units);
    let both = 0;
    let ours = 0;
    let theirs = 0;
    const differences: string[] = [];
    const around = (u: string, p: number) => `${u.slice(Math.max(0, p - 30), p)} | ${u.slice(p, p + 20)}`;
    units.forEach((unit, k) => {
      const a = new Set(sentenceBoundaries(unit, profile, userAbbreviations(abbreviations)));
      const b = new Set(srx[k]);
      for (const p of a) if (b.has(p)) both++;
      for (const p of a) if (!b.has(p)) differences.push(`sverka only: ${around(unit, p)}`);
      for (const p of b) if (!a.has(p)) differences.push(`SRX only: ${around(unit, p)}`);
      ours += a.size;
      theirs += b.size;
    });
    return { sverka: ours, srx: theirs, both, differences };
  }

  const report = (name: string, a: Agreement) =>
    process.stderr.write(
      `sverka tests: SRX agreement, ${name}: libsegment finds ${a.both} of sverka's ${a.sverka} boundaries (${(a.both / a.sverka).toFixed(4)}); ${a.both} of its ${a.srx} are sverka's (${(a.both / a.srx).toFixed(4)})\n`,
    );

  test("Bulgarian: the corpus, a contract and a manual are cut where sverka cuts them", () => {
    const a = agreement(
      "bg",
      DOCUMENTS.bg.map((f) => readFileSync(f, "utf8")),
    );
    report("bg documents", a);
    expect(a.sverka).toBeGreaterThan(30);
    expect(a.differences).toEqual([]);
  });

  test("English: the same", () => {
    const a = agreement(
      "en",
      DOCUMENTS.en.map((f) => readFileSync(f, "utf8")),
    );
    report("en documents", a);
    expect(a.sverka).toBeGreaterThan(30);
    expect(a.differences).toEqual([]);
  });

  test("an abbreviation in brackets before a figure is no end for either; a sentence in brackets is", () => {
    const bg = ["Приходи (млн. лв.) 31,7 за годината. Цената (в лв.) 12 души платиха. Тя подписа (виж прил.) Договорът е в сила."];
    const en = ["Revenue (approx.) 31.7 for the year. Profit (est.) 4.2 in all. It was signed (see the annex.) 12 people came."];
    const a = agreement("bg", bg);
    const b = agreement("en", en);
    expect([a.differences, b.differences]).toEqual([[], []]);
    expect([a.sverka, b.sverka]).toEqual([3, 3]);
  });

  test("labels past 999 and an editor's note before a provision keep their text for both; a year or a sentence in brackets still ends one", () => {
    const bg = [
      "1000. Таксата се плаща.\nЧл. 10000. (1) Таксата е 100 лв.",
      "(2) (Изм. - ДВ, бр. 41 от 1998 г.) Таксата се плаща в срок.",
      "(Изм. - ДВ, бр. 41 от 1998 г., доп., бр. 5 от 2001 г.) Таксата се плаща в срок.",
      "Чл. 12. (1) (Изм. - ДВ, бр. 75 от 2016 г.) Контролът се осъществява от агенцията.",
      "Таксата се плаща в срок. (Отм. - ДВ, бр. 12 от 2020 г.) Следващото изречение.",
      "Планът беше до 12345. Таксата се плаща. (Срещата приключи през 2024 г.) После си тръгнахме.",
    ];
    const en = [
      "1000. The fee shall be paid.\nArt. 10000. The fee shall be paid.",
      "The plan ran until 2024. The fee shall be paid. (The meeting ended at 5 p.m.) Then we left.",
    ];
    const a = agreement("bg", bg);
    const b = agreement("en", en);
    expect([a.differences, b.differences]).toEqual([[], []]);
    expect([a.sverka, b.sverka]).toEqual([4, 3]);
  });

  test("tel. before +359, excl. and Ref. before a capital, max. and макс. before a figure: no end for either", () => {
    const en = [
      "Contact: tel. +359 2 123 4567, fax +359 2 123 4568. Price: BGN 100 excl. VAT per unit. Dose: max. 4 tablets a day. Ref. No. 12/2025 applies. Call J. +44 20 7946 0000.",
    ];
    const bg = ["Доза: макс. 4 таблетки на ден. Тел. за връзка: 02 123 4567. Така е."];
    const a = agreement("en", en);
    const b = agreement("bg", bg);
    expect([a.differences, b.differences]).toEqual([[], []]);
    expect([a.sverka, b.sverka]).toEqual([5, 2]);
  });

  test("an ellipsis then one opening the next words goes on for both; an ellipsis before a capital ends a sentence", () => {
    const en = ["Your mother called three times... ...while you were out. He waited... Then he left. It was late.... ...and cold."];
    const a = agreement("en", en);
    expect(a.differences).toEqual([]);
    expect(a.sverka).toBe(4);
  });

  test("a code after No. and a letter's numbers (Reg., Рег., Изх.) end no sentence for either; No. before a word does", () => {
    const en = ["Reg. No. AB-2025-0147 of 03.03.2025 applies. File No. (ОП-2025-0147) was opened. The answer was No. B2B sales grew."];
    const bg = ["Рег. № 1 от днес. Изх. № ОП-12 от вчера. Така е."];
    const a = agreement("en", en);
    const b = agreement("bg", bg);
    expect([a.differences, b.differences]).toEqual([[], []]);
    expect([a.sverka, b.sverka]).toEqual([3, 2]);
  });

  test("a date opening its sentence ends no sentence for either, whatever capital follows; a sentence ending on a year does", () => {
    const bg = [
      "На 2 април 2025 г. „Термосистеми“ откри своя офис. Още през 2024 г. Министерството отпусна средствата. Проектът започна през 2023 г. Той ще свърши догодина.",
      "До края на 2025 г. Общината ще плати. Това стана през 2024 г. Никой не знаеше.",
    ];
    const b = agreement("bg", bg);
    expect(b.differences).toEqual([]);
    // Ends: after "офис.", "средствата.", "2023 г.", and in the second paragraph after "плати." and "2024 г.".
    expect(b.sverka).toBe(5);
  });

  test("an initial before another initial ends no sentence for either: after a house number, or where the second is also a preposition", () => {
    const bg = ["Седалището е в гр. Варна, ул. „Г. С. Раковски“ № 27. Срещнахме Г. С. Раковски вчера. С него дойде и А. Б. Петров."];
    const en = ["Its office is at 27 G. S. Rakovski Street, Varna. They live at 4 J. K. Rowling Avenue. The fuse is 16 A. Close the lid."];
    const a = agreement("bg", bg);
    const b = agreement("en", en);
    expect([a.differences, b.differences]).toEqual([[], []]);
    expect([a.sverka, b.sverka]).toEqual([2, 3]);
  });

  test("a capital letter before a noun with its definite article ends a sentence for both; before a surname it does not", () => {
    const a = agreement("bg", ["Не съдържат бисфенол А. Индикаторът светва. Директорът А. Иванов каза, че П. Петров е прав."]);
    expect(a.differences).toEqual([]);
    expect(a.sverka).toBe(2);
    // Two initials, the first also a label word in lowercase (т. = item): a name, for both; "т. А." an item's letter.
    const b = agreement("bg", ["Според Т. Г. Влайков селото е бедно. Вижте т. А. Следва текст."]);
    expect(b.differences).toEqual([]);
    expect(b.sverka).toBe(2);
  });

  test("a letter after a label word ends a sentence for both before a capital or a number: Приложение А., Annex B.", () => {
    const bg = ["Спецификацията е в Приложение А. То е неразделна част от договора. Вижте прил. Б. Сроковете са там."];
    const en = ["The specification is given in Annex A. Payment is due within 30 days. See Section B. 2 copies are enclosed."];
    const a = agreement("bg", bg);
    const b = agreement("en", en);
    expect([a.differences, b.differences]).toEqual([[], []]);
    expect([a.sverka, b.sverka]).toEqual([3, 3]);
  });

  test("a clause's number (or a paragraph's in brackets) after Ltd., Inc. or г. starts a segment for both; a figure, a unit's or a figure's label does not", () => {
    // Before, "...Rodopa Trade Ltd. 3.2. The monthly rent..." kept "3.2." on the sentence before it: "3.2 is in the translation only".
    const en = [
      "The lessee is Rodopa Trade Ltd. 3.2. The monthly rent is BGN 1,200. Signed by ACME Inc. 4. Payment is due monthly. See Fig. 3.2. for details. It was sold to Acme Co. 12 units were shipped.",
      "The meeting opens at 10 a.m. 2.3. The parties sign. It closes at 5 p.m. 3 days later it reopens.",
    ];
    const bg = [
      "Срокът изтича на 1 март 2024 г. 4. Срокът за плащане е 30 дни. Вижте фиг. 3.2. за подробности.",
      "Първата вноска е до 30.04.2024 г. (4) Всяка следваща е до края на тримесечието.",
      // Before Christ in two words: no end at its first dot, an end before a capital after it.
      "Датира се към IV век пр. Хр. Находката е уникална. Разрушена е през 6 в. сл. Хр. от славяните.",
      // A newspaper in quotes after "в.", an initial "Сл." (stranger 100).
      "Публикувано е във в. „Култура“ вчера. Интервю даде акад. Сл. Стоянов. Построена е през XIX в. Тя е паметник.",
    ];
    const a = agreement("en", en);
    const b = agreement("bg", bg);
    expect([a.differences, b.differences]).toEqual([[], []]);
    expect([a.sverka, b.sverka]).toEqual([7, 8]);
  });

  test("a sentence after a.m. or p.m. starts a segment for both; a time zone, a weekday or a month after it does not", () => {
    // Before: "Open at 9 a.m. Той не може да влезе." was one sentence, and the review never saw the Bulgarian one alone;
    // "closes at 6 p.m. Employees must leave" was one too (a stranger's HR policy: a 2-2 unit in the memory).
    const en = [
      "Open at 9 a.m. Той не може да влезе. The office opens at 9 a.m. Eastern time. It closes at 5 p.m. Sharp.",
      "The shop closes at 6 p.m. Employees must leave by then. Call at 5 p.m. Monday or at 10 a.m. ET. We met at 3 p.m. The talks went well.",
      "Open from 9 a.m. to 5 p.m. Sofia time. Calls after 5 p.m. Bulgarian time are charged.",
      // A weekday or a month after a word is the next sentence's (stranger 96's opening hours).
      "Open until 8 p.m. On Saturday it opens at 9 a.m. In August it is closed.",
    ];
    const b = agreement("en", en);
    expect(b.differences).toEqual([]);
    expect(b.sverka).toBe(10);
  });

  test("a range of weekdays before a time ends no sentence for either: Mon.–Fri. 9 a.m., пон.–пт. 9 ч.", () => {
    const bg = ["Работно време: пон.–пт. 9–18 ч., съб. 10–14 ч. Затворено в нед. Заповядайте."];
    const en = [
      "Open Mon.–Fri. 9 a.m. to 5 p.m. It is open Mon.-Fri. The shop at the co-op. Opens Jan.–Feb. 2026. Done at 5 a.m.–6 p.m. Then we left.",
    ];
    const a = agreement("bg", bg);
    const b = agreement("en", en);
    expect([a.differences, b.differences]).toEqual([[], []]);
    // Boundaries: three segments and six.
    expect([a.sverka, b.sverka]).toEqual([2, 5]);
  });

  test("a table of contents' entry (dot leader, page number) is one segment for both; an ellipsis before a sentence is an end", () => {
    const bg = ["12.2 Смяна на решетката ........ 305", "Изчакайте... 5 минути минаха. Това е всичко ... 12"];
    const en = ["12.2 Replacing the grille ........ 305", "Wait... 5 minutes passed. That is all ... 12"];
    const a = agreement("bg", bg);
    const b = agreement("en", en);
    expect([a.differences, b.differences]).toEqual([[], []]);
    expect([a.sverka, b.sverka]).toEqual([2, 2]);
  });

  test("an abbreviation in the other script (a Bulgarian address in English, an English firm in Bulgarian) is read by its script's language, for both", () => {
    const en = [
      "The office is at бул. Витоша 15, гр. София. Call us on weekdays. See чл. 5, ал. 2 of the Act. It was signed on 3 май 2024 г. The rest follows.",
    ];
    const bg = ["Договорът е с Acme Inc. Той е подписан в 10 a.m. на 3 май. Вж. напр. Smith et al. 2020. Срокът е 30 дни."];
    const a = agreement("en", en);
    const b = agreement("bg", bg);
    expect([a.differences, b.differences]).toEqual([[], []]);
    expect([a.sverka, b.sverka]).toEqual([4, 3]);
  });

  test("a table's row of short cells between tabs is one segment for both, its abbreviations ending nothing; a note's reference in brackets closes its sentence (stranger 106)", () => {
    const bg = [
      "Показател\tIII трим. 2025 г.\tIII трим. 2024 г.\tИзменение\nПриходи\t23 418\t21 347\t9,7 %",
      "Данните са в хил. лв. Те са одитирани.",
      "Паричните средства са 14 208 хил. лв. (Бележка 15). Имотите са в Бележка 12.",
    ];
    const en = [
      "Item\tQ3 2025\tapprox. 5 p.m.\tChange",
      "Figures are in BGN thousand. They are audited.",
      "Cash was EUR 5 m. (Note 15). It is held in banks.",
      // A clause's number opening the next line is no number after "app." (stranger 112); "App. 3" on one line is.
      "12. No fee is payable where the account is opened through the mobile app.\n13. Fees are debited automatically. See App. 3 for them.",
    ];
    const a = agreement("bg", bg);
    const b = agreement("en", en);
    expect([a.differences, b.differences]).toEqual([[], []]);
    // "12." and "13." are numbered siblings: the line break between them is a unit's end, no sentence boundary inside one.
    expect([a.sverka, b.sverka]).toEqual([2, 3]);
  });

  test("a dot leader spaced out or of ellipses: one segment an entry for both", () => {
    const bg = ["1. Мерки за безопасност . . . . . . . . 3\n2. Монтаж . . . . 5\n3. Свързване ……… 8\n4. Пускане . .. . 11"];
    const en = ["1. Safety . . . . . . . . 3\n2. Installing . . . . 5\n3. Connecting ……… 8\n4. Starting . .. . 11"];
    const a = agreement("bg", bg);
    const b = agreement("en", en);
    // Each entry a unit of its own, with no end inside it for either (the rules before broke after every dot).
    expect([a.differences, b.differences]).toEqual([[], []]);
    expect([a.sverka, b.sverka]).toEqual([0, 0]);
  });

  test("--abbreviations reach the SRX: 3 февр. 2025 г. is one sentence for both, two without the file", () => {
    const text = readFileSync(fixture("srx", "contract.bg.txt"), "utf8");
    const list = abbreviationsFor(parseAbbreviations("bg\tфевр.\nян.\n"), "bg");
    const without = agreement("bg", [text]);
    const withFile = agreement("bg", [text], list);
    expect(without.differences).toEqual([]);
    expect(withFile.differences).toEqual([]);
    expect(withFile.sverka).toBe(without.sverka - 1);
  });

  test("an abbreviation of several words reaches the SRX whole: no end at the dots inside it, for either", () => {
    const text = "The fee is e. g. 100 EUR. It applies i. a. R. to all. The term is short.";
    const withFile = agreement("en", [text], ["e. g.", "i. a. R."]);
    expect(withFile.differences).toEqual([]);
    expect(withFile.sverka).toBe(2);
  });

  test("the command writes the rules libsegment reads, with the user's abbreviations for their language only", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-srx-cli-"));
    writeFileSync(join(dir, "abbr.txt"), "bg\tфевр.\nen\tabt.\n");
    const out = join(dir, "sverka.srx");
    const r = await sverka(["srx", "-s", "bg", "-t", "en", "--abbreviations", join(dir, "abbr.txt"), "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const srx = readFileSync(out, "utf8");
    const [cut] = srxBoundaries(srx, "bg-BG", ["Днес, 3 февр. 2025 г., в гр. София. Второ."]);
    expect(cut).toEqual(["Днес, 3 февр. 2025 г., в гр. София.".length]);
    // "abt." is the user's for English only: a Bulgarian text still ends a sentence there.
    expect(srxBoundaries(srx, "bg", ["Около abt. Второ."])[0]).toHaveLength(1);
    expect(srxBoundaries(srx, "en", ["About abt. Two more."])[0]).toEqual([]);
    // A language without rules of its own gets the generic ones.
    expect(srxBoundaries(srx, "de", ["Er kam. Sie ging."])[0]).toEqual([7]);
  });

  (SHARED ? test : test.skip)(`NTREX news documents (../shared; ${SHARED_DATA.what})`, () => {
    for (const lang of ["bg", "en"] as const) {
      const ids = readFileSync(join(SHARED!, "data", "ntrex", "document_ids.tsv"), "utf8").split("\n");
      const lines = readFileSync(join(SHARED!, "data", "ntrex", `newstest2019.${lang}`), "utf8").split("\n");
      const docs = new Map<string, string[]>();
      ids.forEach((id, k) => {
        if (id) docs.set(id, [...(docs.get(id) ?? []), lines[k]!.trim()]);
      });
      // Each news document as one paragraph of running text, as the bench's raw mode reads it.
      const a = agreement(lang, [[...docs.values()].map((d) => d.join(" ")).join("\n\n")]);
      report(`NTREX ${lang}`, a);
      expect(a.both / a.sverka).toBeGreaterThan(0.999);
      expect(a.both / a.srx).toBeGreaterThan(0.999);
    }
  });
});

test("the rules are well-formed SRX: every rule has both patterns, and the map ends with the generic rules", () => {
  const srx = writeSrx(["bg-BG", "en", "bg"]);
  expect(srx.match(/<languagerule /g)).toHaveLength(3);
  expect(srx).toContain(`<languagemap languagepattern=".*" languagerulename="sverka-generic"/>`);
  expect(srx.match(/<rule /g)!.length).toBe(srx.match(/<beforebreak>/g)!.length);
  expect(srx).not.toMatch(/<!--(?:(?!-->)[\s\S])*--(?!>)/u);
});
