/**
 * What the sixty-ninth session's strangers (244-) showed.
 */

import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import iconv from "iconv-lite";
import { align } from "../src/index.js";
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
