/**
 * What the sixty-ninth session's strangers (244-) showed.
 */

import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import iconv from "iconv-lite";
import { align, applyEdit } from "../src/index.js";
import { segment } from "../src/segment/index.js";
import { flagTexts, paragraphPairs, sverka } from "./helpers.js";

/** The flags above information of English sentences and their Bulgarian translations, one paragraph a pair. */
const fromEnglish = (pairs: ReadonlyArray<readonly [string, string]>) => flagTexts(paragraphPairs(pairs, ["en", "bg"]));

describe("a name misspelt in Cyrillic in an English source's translation (246, 245)", () => {
  const news: ReadonlyArray<readonly [string, string]> = [
    ["Sopharma AD reported higher revenue for the quarter.", "Софарма АД отчете по-високи приходи за тримесечието."],
    [
      "Chief executive Ognian Donev said the company would keep investing.",
      "Изпълнителният директор Огнян Донев заяви, че компанията ще продължи да инвестира.",
    ],
    [
      "Sopharma's board approved a share buyback programme.",
      "Съветът на директорите на Софарма одобри програма за обратно изкупуване на акции.",
    ],
  ];
  test("written as they romanise, nothing is flagged", () => {
    expect(fromEnglish(news)).toEqual([]);
  });
  test("a Bulgarian surname a vowel off, or its vowels moved, is a warning naming its reading", () => {
    const misspelt = news.map(([en, bg]) => [en, bg.replace("Донев", "Дунев")] as const);
    expect(fromEnglish(misspelt)).toEqual([
      "warning names: the name Ognian Donev is written with Дунев, which reads Dunev: misspelt, or another name?",
    ]);
    const moved = fromEnglish([
      [
        "Supervising Engineer: Eng. Georgi Stoyanov, tel. +359 32 624 118.",
        "Строителен надзор: инж. Георги Станоев, тел. +359 32 624 118.",
      ],
    ]);
    expect(moved).toEqual([
      "warning names: the name Georgi Stoyanov is written with Станоев, which reads Stanoev: misspelt, or another name?",
    ]);
    // The old romanisation of "ъ" and a Latin "j" are the name's own: "Vulchev" is Вълчев, "Georgijevska" Георгиевска.
    expect(
      fromEnglish([
        ["Minister Ivan Vulchev met Olivera Georgijevska in Sofia.", "Министър Иван Вълчев се срещна с Оливера Георгиевска в София."],
      ]),
    ).toEqual([]);
  });
  test("a foreign firm's name spelt two ways through the translation, its possessive the same name", () => {
    const twice = news.map(([en, bg], n) => [en, n === 2 ? bg.replace("Софарма", "Софрама") : bg] as const);
    expect(fromEnglish(twice)).toEqual([
      'warning names: "Софрама" here, "Софарма" at target 1, for the source\'s "Sopharma": one name spelt two ways?',
    ]);
  });
});

describe("a range's bounds swapped (244)", () => {
  const fines = (en: string) =>
    flagTexts(paragraphPairs([["За нарушение на чл. 7, ал. 1 на физическите лица се налага глоба от 500 до 2000 лв.", en]]));
  test("with the currency beside each bound, in every way English writes a range, an error", () => {
    for (const en of [
      "Natural persons who violate Article 7(1) shall be liable to a fine of BGN 2,000 to BGN 500.",
      "Natural persons who violate Article 7(1) shall be liable to a fine ranging from BGN 2,000 to BGN 500.",
      "Natural persons who violate Article 7(1) shall be liable to a fine of between BGN 2,000 and BGN 500.",
    ])
      expect(fines(en)).toEqual([
        expect.stringMatching(
          /^error numbers: the range is written the other way round: the source's "от 500 до 2000" is ".*2,000 .*500" in the translation$/,
        ),
      ]);
    expect(fines("Natural persons who violate Article 7(1) shall be liable to a fine of BGN 500 to BGN 2,000.")).toEqual([]);
  });
});

describe("a bill of quantities whose translation orders its columns otherwise (245)", () => {
  const source = [
    "No.\tDescription\tUnit\tQuantity\tUnit price, BGN\tAmount, BGN",
    "1.1\tExcavation for foundations with excavator\tm³\t1,250.50\t12.40\t15,506.20",
    "1.2\tManual excavation near existing utilities\tm³\t38.00\t46.00\t1,748.00",
    "1.3\tRemoval of surplus soil to landfill up to 18 km\tm³\t820.00\t14.50\t11,890.00",
    "1.4\tBackfilling in layers with compaction\tm³\t410.50\t9.80\t4,022.90",
  ];
  const target = [
    "№\tНаименование\tМярка\tЕд. цена, лв.\tКоличество\tСтойност, лв.",
    "1.1\tИзкоп за фундаменти с багер\tм3\t12,40\t1 250,50\t15 506,20",
    "1.2\tРъчен изкоп в близост до съществуващи проводи\tм3\t46,00\t38,00\t1 748,00",
    "1.3\tИзвозване на излишната земна маса до депо на разстояние до 18 km\tм3\t14,50\t820,00\t11 890,00",
    "1.4\tОбратен насип на пластове с уплътняване\tм3\t9,80\t410,50\t4 022,90",
  ];
  const check = (rows: readonly string[]) => flagTexts(align(source.join("\n"), rows.join("\n"), { sourceLang: "en", targetLang: "bg" }));
  test("rows that all move their figures alike are the table's layout, a unit in Cyrillic with a plain digit its unit", () => {
    expect(check(target)).toEqual([]);
  });
  test("a row that moves its figures otherwise than the table's others is still swapped; a unit changed, wherever its column", () => {
    const swapped = target.map((row, n) =>
      n === 2 ? "1.2\tРъчен изкоп в близост до съществуващи проводи\tм3\t38,00\t46,00\t1 748,00" : row,
    );
    expect(check(swapped)).toEqual([
      "error numbers: the numbers are swapped: the row's figures stand in the source's columns where the table's other rows have them in another order (38,00, 46,00, 1 748,00)",
    ]);
    // The unit's column after the quantity's: "Ед. цена, Количество, Мярка".
    const moved = (row: string) => [0, 1, 3, 4, 2, 5].map((n) => row.split("\t")[n]).join("\t");
    const changed = target.map((row, n) => moved(n === 4 ? row.replace("м3", "м2") : row));
    expect(check(changed)).toEqual([
      "error units: the translation's unit column says м2 where the source says m³, the quantities the same: another unit",
    ]);
  });
});

describe("a pipeline's inputs and outputs (247)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-247-"));
  const bg =
    "Версия 3.4.2 на платформата е налична от днес за всички клиенти.\n\nИмпортирането на файлове, по-големи от 2 GB, не се поддържа в тази версия.\n\nСпрете услугата преди обновяването и я пуснете отново след него.\n";
  const en =
    "Version 3.4.2 of the platform is available from today for all customers.\n\nImporting files larger than 2 GB is not supported in this version.\n\nStop the service before the upgrade and start it again after it.\n";
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  test("a version a figure longer is a changed code, and a negation lost after a bound in a noun's phrase an error", () => {
    const flags = flagTexts(align(bg, en.replace("3.4.2", "3.4.12").replace("is not supported", "is supported")));
    expect(flags).toContain("error names: the translation has 3.4.12 where the source has 3.4.2: codes and e-mails are copied exactly");
    expect(flags).toContain('error negation: the source says "не се поддържа в", and the translation has no negation: meaning reversed?');
    // A date the other text has as a date stays one: "3.4.12" is 3 April 2012 beside no version.
    expect(flagTexts(align("Договорът е подписан на 3.4.12 г. в София.", "The contract was signed on 3.4.12 in Sofia."))).toEqual([]);
  });
  test("windows-1251 text forced as KOI8-R is refused, and the encodings that read it clean named without KOI8-R", async () => {
    const source = file("cp1251.bg.txt", iconv.encode(bg, "windows-1251"));
    const target = file("ok.en.txt", en);
    const r = await sverka(["align", source, target, "--source-encoding", "koi8-r", "-o", join(dir, "out.tmx"), "-q"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("read as koi8-r, it gives words with scrambled letter case");
    expect(r.stderr).toContain("it reads as clean Bulgarian text in windows-1251; give --source-encoding windows-1251");
    const other = await sverka(["check", source, target, "--source-encoding", "windows-1252"]);
    expect(other.stderr).not.toContain("koi8-r;");
    // Text written in KOI8-R itself still reads.
    const koi = file("koi.bg.txt", iconv.encode(bg, "koi8-r"));
    expect((await sverka(["check", koi, target, "--source-encoding", "koi8-r"])).code).toBe(0);
  });
  test("UTF-8 with one damaged byte is refused naming where the byte is", async () => {
    const bytes = Buffer.from(bg, "utf8");
    const at = Buffer.byteLength(bg.slice(0, bg.indexOf("Спрете")), "utf8");
    const damaged = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
    const r = await sverka(["check", file("damaged.bg.txt", damaged), file("en.txt", en)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`is UTF-8 but for bytes that are not, the first at line 5, column 1 (byte ${at}): fix them`);
    expect(r.stderr).not.toContain("big5");
  });
  test("an output under a folder that cannot be made fails at once (Node's recursive mkdir never returns under /proc)", async () => {
    if (!existsSync("/proc/self")) return; // Linux only
    const r = await sverka(["check", file("v.bg.txt", bg), file("v.en.txt", en), "-o", "/proc/nope/qa.json", "-q"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot write output: a folder of the path does not exist and cannot be made there");
    const made = await sverka(["check", file("w.bg.txt", bg), file("w.en.txt", en), "-o", join(dir, "new", "deep", "qa.json"), "-q"]);
    expect(made.code).toBe(0);
    expect(existsSync(join(dir, "new", "deep", "qa.json"))).toBe(true);
  });
  test("a manifest's pairs are reported in its order, a pair that could not be read in its place", async () => {
    for (const name of ["a", "b", "c"]) {
      file(`${name}.bg.txt`, bg);
      if (name !== "b") file(`${name}.en.txt`, en);
    }
    const manifest = file(
      "manifest.tsv",
      ["a", "b", "c"].map((n) => `${join(dir, `${n}.bg.txt`)}\t${join(dir, `${n}.en.txt`)}`).join("\n"),
    );
    const json = JSON.parse((await sverka(["check", manifest, "-f", "json", "-q"])).stdout);
    expect(json.pairs.map((p: { source: { path: string } }) => basename(p.source.path))).toEqual(["a.bg.txt", "b.bg.txt", "c.bg.txt"]);
    const junit = (await sverka(["check", manifest, "-f", "junit", "-q"])).stdout;
    expect([...junit.matchAll(/<testsuite name="([^"]*?)\.bg\.txt/g)].map((m) => basename(m[1]!))).toEqual(["a", "b", "c"]);
  });
});

describe("a market report's signs and figures (246)", () => {
  const en = (pairs: ReadonlyArray<readonly [string, string]>) => fromEnglish(pairs);
  test("a minus lost from a row's change, after another figure or inside the brackets the source writes it in", () => {
    expect(en([["BGTR30 892.40 -0.2%", "BGTR30 892,40 0,2%"]])).toEqual([
      "error numbers: the source writes -0.2 below zero where the translation has 0,2 with no brackets, minus or word of a loss: sign lost?",
    ]);
    expect(en([["BGTR30: 892.40 (-0.2%)", "BGTR30: 892,40 (0,2%)"]])).toEqual([
      "error numbers: the source writes -0.2 below zero where the translation has (0,2%) with no minus inside its brackets: sign lost?",
    ]);
    expect(en([["BGTR30: 892.40 (-0.2%)", "BGTR30: 892,40 (-0,2%)"]])).toEqual([]);
  });
  test("a figure rounded after a word saying it is approximate is not flagged; rounded unsaid, a warning; a report's loss made a profit, an error", () => {
    expect(en([["Revenue reached EUR 612.47 million.", "Приходите достигнаха около 612,5 млн. евро."]])).toEqual([]);
    expect(en([["Revenue reached EUR 612.47 million.", "Приходите достигнаха 612,5 млн. евро."]])).toEqual([
      "warning numbers: the translation rounds 612.47 million to 612,5 млн.: check the precision the source gives",
    ]);
    expect(en([["The company reported a net loss of BGN 12.3 million.", "Дружеството отчете нетна печалба от 12,3 млн. лв."]])).toEqual([
      'error terms: the source says "net loss" (loss), the translation "печалба" (profit): the opposite, meaning reversed?',
    ]);
  });
});

describe("an act's drafting (244)", () => {
  test("a prohibition made a permission in the opening clause, a later clause keeping its own negation: an error", () => {
    expect(
      flagTexts(
        paragraphPairs([
          [
            "Не се допуска предоставянето на дейността на подизпълнители, които не са вписани в регистъра.",
            "The activity may be subcontracted to subcontractors that are not entered in the register.",
          ],
        ]),
      ),
    ).toEqual([
      'error negation: the source says "Не се допуска предоставянето", and the translation permits it ("may"): meaning reversed?',
    ]);
  });
  test("a State Gazette reference in brackets after a year's abbreviation ends no sentence", () => {
    const text = "§ 5. В чл. 12, ал. 2 от Наредба № 2 от 2014 г. (ДВ, бр. 66 от 2014 г.) думите „30 дни“ се заменят с „14 дни“.";
    expect(segment(text, "bg").map((s) => s.text)).toEqual([text]);
  });
  test("each letter of a list after a reference's word is compared", () => {
    expect(
      flagTexts(
        paragraphPairs([["§ 5. В чл. 10, ал. 1 букви „а“ и „б“ се отменят.", "§ 5. In Article 10(1), points (a) and (c) are repealed."]]),
      ),
    ).toEqual(['error numbers: the translation says "(c)" where the source says "„б“": another reference']);
    expect(
      flagTexts(
        paragraphPairs([["§ 5. В чл. 10, ал. 1 букви „а“ и „б“ се отменят.", "§ 5. In Article 10(1), points (a) and (b) are repealed."]]),
      ),
    ).toEqual([]);
  });
});

describe("a specification's tolerances and sizes (245)", () => {
  test("a plus-minus written out is a tolerance, and a compound of a number and a metre its number and unit", () => {
    expect(fromEnglish([["The permissible deviation is ±5 mm.", "Допустимото отклонение е плюс/минус 5 mm."]])).toEqual([]);
    expect(fromEnglish([["Check the flatness with a 2 m straightedge.", "Проверете равнинността с двуметров мастар."]])).toEqual([]);
    expect(fromEnglish([["Check the flatness with a 3 m straightedge.", "Проверете равнинността с двуметров мастар."]])).toEqual([
      "error numbers: the translation says двуметров where the source says 3",
    ]);
  });
});

describe("names spelt two ways and persons renamed (248, 250)", () => {
  test("one name spelt two ways in Cyrillic for an English name with an h the Cyrillic does not write", () => {
    expect(
      fromEnglish([
        ["Sarah Johnson inspected the warehouse in May.", "Сара Джонсън провери склада през май."],
        ["The report by Sarah Johnson was accepted by the board.", "Докладът на Сара Джонсън беше приет от съвета."],
        ["Sarah Johnson will return in November.", "Сара Джонсон ще се върне през ноември."],
      ]),
    ).toEqual(['warning names: "Джонсон" here, "Джонсън" at target 1, target 2, for the source\'s "Johnson": one name spelt two ways?']);
  });
  test("a titled person's surname is copied exactly within one script, the first name between or not", () => {
    const pair = (source: string, target: string, langs: readonly [string, string]) => flagTexts(paragraphPairs([[source, target]], langs));
    expect(pair("Frau Sabine Hoffmann leitet die Abteilung.", "Ms Sabine Hofmann heads the department.", ["de", "en"])).toEqual([
      "warning names: the translation names Sabine Hofmann where the source names Sabine Hoffmann: another person?",
    ]);
    expect(
      pair(
        "Pour toute question, veuillez communiquer avec Mme Geneviève Tremblay, directrice régionale.",
        "If you have any questions, please contact Ms. Geneviève Tremblais, Regional Director.",
        ["fr", "en"],
      ),
    ).toEqual(["warning names: the translation names Geneviève Tremblais where the source names Geneviève Tremblay: another person?"]);
    expect(pair("Frau Sabine Müller leitet die Abteilung.", "Ms Sabine Muller heads the department.", ["de", "en"])).toEqual([]);
  });
});

describe("a Canadian government translator's French (250)", () => {
  const fr = (source: string, target: string) => flagTexts(paragraphPairs([[source, target]], ["fr", "en"]));
  test("du lundi au vendredi is a range of days, pouvant atteindre a ceiling", () => {
    const hours = "Les comptoirs de service seront ouverts du lundi au vendredi, de 8 h 30 à 16 h 30.";
    expect(fr(hours, "Service counters will be open Monday to Friday, from 8:30 a.m. to 4:30 p.m.")).toEqual([]);
    expect(fr(hours.replace("vendredi", "jeudi"), "Service counters will be open Monday to Friday, from 8:30 a.m. to 4:30 p.m.")).toEqual([
      "error dates: the translation says Monday to Friday where the source says du lundi au jeudi",
    ]);
    expect(
      flagTexts(
        paragraphPairs(
          [["The position requires travel of up to 10% of the time.", "Le poste exige des déplacements pouvant atteindre 10 % du temps."]],
          ["en", "fr"],
        ),
      ),
    ).toEqual([]);
  });
  test("a statute's chapter ends no sentence, and a subject that says no is a negation", () => {
    const citation = "Règlement pris en vertu de la Loi sur l'immigration, L.C. 2001, ch. 27. Le paragraphe 12(3) est remplacé.";
    expect(segment(citation, "fr").map((s) => s.text)).toHaveLength(2);
    expect(segment("Regulations made under the Immigration Act, S.C. 2001, c. 27. Subsection 12(3) is replaced.", "en")).toHaveLength(2);
    expect(
      fr("Aucune demande ne sera acceptée après le 30 avril 2025.", "All applications will be accepted after April 30, 2025."),
    ).toEqual(['warning negation: the source says "Aucune demande ne sera", and the translation has no negation: meaning reversed?']);
  });
  test("a file in another language than the default names -s and -t first", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-250-"));
    writeFileSync(join(dir, "en.txt"), "The board met on Monday.\n");
    writeFileSync(join(dir, "bg.txt"), "Съветът заседава в понеделник.\n");
    const r = await sverka(["check", join(dir, "en.txt"), join(dir, "bg.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("give -s with its language and the other file's with -t (-s en -t bg for an English original");
  });
});

describe("what a workbook's reviewer wrote, through the page's edits (251)", () => {
  const base = align(
    "Първото изречение е тук.\n\nВтората мисъл е там.\n\nТретото изречение липсва в превода.\n",
    "The first sentence is here.\n\nThe second thought is there.\n",
  );
  const missing = base.links.findIndex((l) => l.target.length === 0);
  // As `export` reads a workbook whose empty Target cell a reviewer filled in, with a comment on the link before.
  const reviewed = {
    ...base,
    links: base.links.map((l, k) =>
      k === missing
        ? { ...l, correction: "The third sentence is missing from the translation." }
        : k === missing - 1
          ? { ...l, comment: "checked with the client" }
          : l,
    ),
  };
  test("attaching a link whose translation was typed joins that translation to its neighbour's, and keeps the comment", () => {
    const attached = applyEdit(reviewed, { op: "attach", side: "source", segment: reviewed.links[missing]!.source[0]!, to: "previous" });
    const link = attached.links[missing - 1]!;
    expect(link.kind).toBe("2-1");
    expect(link.correction).toBe("The second thought is there. The third sentence is missing from the translation.");
    expect(link.comment).toBe("checked with the client");
    expect(attached.links).toHaveLength(reviewed.links.length - 1);
  });
  test("joining keeps the comments; a split that would part a typed translation is refused, naming it", () => {
    const joined = applyEdit(reviewed, { op: "join-links", link: missing - 1 });
    expect(joined.links[missing - 1]!.comment).toBe("checked with the client");
    expect(joined.links[missing - 1]!.correction).toBe("The second thought is there. The third sentence is missing from the translation.");
    expect(() => applyEdit(joined, { op: "split-link", link: missing - 1, source: 1, target: 1 })).toThrow(
      /link 2 has a translation typed for it \("…entence is missing from the translation\."\), which cannot be parted/,
    );
    // Nor may a segment be detached from it (stranger 259).
    expect(() => applyEdit(joined, { op: "detach", side: "target", segment: joined.links[missing - 1]!.target[0]! })).toThrow(
      /has a translation typed for it/,
    );
    const split = applyEdit(reviewed, { op: "split-link", link: 0, source: 1, target: 0 });
    expect(split.links).toHaveLength(reviewed.links.length + 1);
  });
});

describe("an infusion pump's instructions (254)", () => {
  test("a flow rate's unit written out is the same unit; a pressure's unit changed is another", () => {
    expect(
      flagTexts(
        paragraphPairs([["Скоростта на потока е от 0,1 до 999,9 мл/ч.", "The flow rate is from 0.1 to 999.9 millilitres per hour."]]),
      ),
    ).toEqual([]);
    expect(fromEnglish([["Set a rate of 0.1 to 200 mL/h.", "Задайте скорост от 0,1 до 200 милилитра на час."]])).toEqual([]);
    expect(
      flagTexts(paragraphPairs([["Налягането при оклузия се ограничава до 120 kPa.", "The occlusion pressure is limited to 120 mmHg."]])),
    ).toEqual(["error units: the translation says 120 mmHg where the source says 120 kPa: another unit"]);
  });
});

describe("tables, reports and names, tried again (252, 253, 255, 248)", () => {
  const rows = (source: readonly string[], target: readonly string[], langs: readonly [string, string] = ["en", "bg"]) =>
    flagTexts(align(source.join("\n"), target.join("\n"), { sourceLang: langs[0], targetLang: langs[1] }));
  test("a header's years agree with rows whose change column moved; of three rows, the odd one is flagged", () => {
    const source = [
      "Indicator\tH1 2025\tH1 2024\tChange",
      "Revenue\t38,600\t34,460\t12.0%",
      "Operating profit\t6,150\t5,020\t22.5%",
      "Net profit\t4,200\t3,310\t26.9%",
    ];
    const target = [
      "Показател\tПромяна\tП1 2025\tП1 2024",
      "Приходи\t12,0%\t38 600\t34 460",
      "Оперативна печалба\t22,5%\t6 150\t5 020",
      "Нетна печалба\t26,9%\t4 200\t3 310",
    ];
    expect(rows(source, target)).toEqual([]);
    const odd = target.map((row, n) => (n === 2 ? "Оперативна печалба\t6 150\t22,5%\t5 020" : row));
    expect(rows(source, odd)).toEqual([
      "error numbers: the numbers are swapped: the row's figures stand in other columns in the translation (6,150, 5,020, 22.5 in the source, 6 150, 22,5, 5 020 in the translation)",
    ]);
  });
  test("a label's number the other side names in its own words is compared, and a comma before a magnitude word is a decimal", () => {
    expect(
      fromEnglish([["Stage 3 loans amounted to BGN 214,560 thousand.", "Кредитите във Фаза 3 възлизат на около 215 млн. лв."]]),
    ).toEqual([]);
    expect(
      fromEnglish([
        ["Cash decreased by BGN 121,815 thousand during the year.", "Паричните средства намаляват със 121,815 млн. лв. през годината."],
      ]),
    ).toEqual([]);
  });
  test("an Irish surname is a name's word, and a foreign surname replaced after the same first name is a warning", () => {
    expect(
      fromEnglish([
        ["The Employee reports to John O'Brien, Regional Director.", "Служителят се отчита пред Джон О'Брайън, регионален директор."],
      ]),
    ).toEqual([]);
    expect(
      fromEnglish([
        [
          "The contract was signed by Thomas Bernard on behalf of the buyer.",
          "Договорът беше подписан от Томас Леблан от името на купувача.",
        ],
      ]),
    ).toEqual(["warning names: the name Thomas Bernard is not in the translation, which names Леблан instead: replaced by another name?"]);
    expect(
      fromEnglish([
        [
          "The contract was signed by Thomas Bernard on behalf of the buyer.",
          "Договорът беше подписан от Томас Бернар от името на купувача.",
        ],
      ]),
    ).toEqual([]);
  });
});

describe("a second negation of a sentence said plainly after 'and' (248, 254)", () => {
  const pair = (bg: string, en: string) => flagTexts(paragraphPairs([[bg, en]]));
  const source = "Не потапяйте помпата във вода и не я стерилизирайте в автоклав.";
  test("a warning where the translation's one negation stands before its 'and'; none where it says no again or joins by 'or'", () => {
    expect(pair(source, "Do not immerse the pump in water and sterilise it in an autoclave.")).toEqual([
      'warning negation: the source says no again to "стерилизирайте" ("не я стерилизирайте в"), and the translation\'s "sterilise" after its joining word has no negation of its own: said plainly, or left to the negation before it?',
    ]);
    expect(pair(source, "Do not immerse the pump in water and do not sterilise it in an autoclave.")).toEqual([]);
    expect(pair(source, "Do not immerse the pump in water or sterilise it in an autoclave.")).toEqual([]);
  });
});

describe("a negated modal and a bracketed share (248, 253)", () => {
  test("'shall not ... unless' is 'може ... само с'; 'shall' as 'може' is still another modality", () => {
    expect(
      fromEnglish([
        [
          "The tenant shall not keep pets unless the landlord agrees in writing.",
          "Наемателят може да отглежда домашни любимци само с писменото съгласие на наемодателя.",
        ],
      ]),
    ).toEqual([]);
    expect(fromEnglish([["The tenant shall keep the premises clean.", "Наемателят може да поддържа помещенията чисти."]])).toEqual([
      'warning terms: the source says "shall" (obligation), the translation "може" (permission): another modality (what the text obliges or permits)?',
    ]);
  });
  test("a share in brackets as an aside may be below zero: its minus in the translation is no sign added", () => {
    expect(fromEnglish([["The return on the portfolio was (0.8%) in 2025.", "Доходността на портфейла през 2025 г. е -0,8 %."]])).toEqual(
      [],
    );
  });
});

describe("a leaflet translated into Bulgarian (258)", () => {
  test("'Липсват данни' says no; 'не трябва да шофират и да работят' carries its 'не'; a second 'do not' dropped before 'и' is told", () => {
    expect(fromEnglish([["No data are available.", "Липсват данни."]])).toEqual([]);
    expect(
      fromEnglish([["Patients must not drive or operate machinery.", "Пациентите не трябва да шофират и да работят с машини."]]),
    ).toEqual([]);
    expect(
      fromEnglish([
        [
          "Do not use Tolvarin during pregnancy and do not give it to children under 12 years.",
          "Не използвайте Tolvarin по време на бременност и го давайте на деца под 12 години.",
        ],
      ]),
    ).toEqual([
      'warning negation: the source says no again to "give" ("do not give"), and the translation\'s "давайте" after its joining word has no negation of its own: said plainly, or left to the negation before it?',
    ]);
    expect(fromEnglish([["Infuse at 25 mL/h.", "Инфузирайте с 25 ml/час."]])).toEqual([]);
  });
});

describe("a consultant's clean pairs (256)", () => {
  test("a figure rounded to one figure after 'около' is said approximate; a clause's heading is one segment", () => {
    expect(fromEnglish([["Revenue reached BGN 2.03 million.", "Приходите достигнаха около 2 млн. лв."]])).toEqual([]);
    expect(fromEnglish([["Revenue reached BGN 2.03 million.", "Приходите достигнаха 2 млн. лв."]])).toEqual([
      "error numbers: the translation says 2 млн. where the source says 2.03 million",
    ]);
    expect(segment("Клауза 7. Гаранция", "bg")).toHaveLength(1);
  });
});

describe("a manual's ratings by their prefixes (260, 256)", () => {
  test("2200 W is 2,2 kW, 3000 mAh 3 Ah, 2400 MHz 2,4 GHz, 150 micrometres 0,15 mm; 2,4 kW for 2200 W is another figure", () => {
    expect(
      fromEnglish([["Power: 2200 W. Battery: 3000 mAh. Wi-Fi: 2400 MHz.", "Мощност: 2,2 kW. Батерия: 3 Ah. Wi-Fi: 2,4 GHz."]]),
    ).toEqual([]);
    expect(fromEnglish([["The coating is 150 micrometres thick.", "Покритието е с дебелина 0,15 mm."]])).toEqual([]);
    expect(fromEnglish([["Power: 2200 W.", "Мощност: 2,4 kW."]])).toEqual([
      "error numbers: the translation says 2,4 where the source says 2200",
    ]);
  });
  test("the 'that' of what is said ends no opening clause; an English W written 'У' begins as U does", () => {
    expect(
      flagTexts(
        paragraphPairs([
          [
            "Бърнърс-Лий каза, че той и екипът му не разговарят с Facebook и Google за промяна.",
            "Berners-Lee said that he and his team are not talking to Facebook and Google about a change.",
          ],
        ]),
      ),
    ).toEqual([]);
    expect(
      flagTexts(
        paragraphPairs([
          ["Разследването на Боб Удуърд не съответства на фактите.", "Bob Woodward's investigation does not match the facts."],
        ]),
      ),
    ).toEqual([]);
  });
});
