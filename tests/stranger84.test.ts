/** What a QA reviewer of a loan agreement, a manual, a sustainability report and a leaflet found (stranger 84), and a developer wiring the CLI into CI (stranger 85). */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, formats, SverkaError, type WriteOptions } from "../src/index.js";
import { segment } from "../src/segment/index.js";
import { sverka } from "./helpers.js";

/** Each flag of an EN→BG or BG→EN pair as "severity type: reason". */
const flagsOf = (source: string, target: string, sourceLang = "bg", targetLang = "en") =>
  align(`${source}\n`, `${target}\n`, { sourceLang, targetLang })
    .links.flatMap((l) => l.flags ?? [])
    .map((f) => `${f.severity} ${f.type}: ${f.reason}`);

describe("a sustainability report (stranger 84)", () => {
  test("a year before a percentage joined by 'and' is no amount of that unit: '2023 г.' is no other unit", () => {
    const en = "This is 8.5% less than in 2023 and 21% less than in our base year, 2019.";
    const bg = "Това е с 8,5% по-малко от 2023 г. и с 21% по-малко от базовата ни 2019 г.";
    expect(flagsOf(en, bg, "en", "bg").filter((f) => !f.startsWith("info"))).toEqual([]);
    // A range still shares its unit: "between 10 and 15%" against "между 10 и 50%".
    expect(flagsOf("The share rose to between 10 and 15% of sales.", "Делът нарасна до между 10 и 50% от продажбите.", "en", "bg")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error numbers: the translation says 50 where the source says 15/)]),
    );
  });
});

describe("a negated past (stranger 84's report)", () => {
  test("the source's 'did not' the translation lost is flagged; a translation's own 'didn't' is not compared", () => {
    expect(
      flagsOf("We did not purchase any carbon offsets in 2024.", "През 2024 г. закупихме въглеродни компенсации.", "en", "bg"),
    ).toEqual(['error negation: the source says "did not purchase", and the translation has no negation: meaning reversed?']);
    expect(
      flagsOf("We did not purchase any carbon offsets in 2024.", "През 2024 г. не закупихме въглеродни компенсации.", "en", "bg"),
    ).toEqual([]);
    // Added unasked, a story's past may render an antonym: not compared.
    expect(
      flagsOf(
        "Цунамито пристигна заедно с коли, дървета и къщи.",
        "The tsunami didn't come alone: it brought cars, trees and houses.",
      ).filter((f) => f.includes("negation")),
    ).toEqual([]);
  });
});

describe("French limits elided before 'au' (stranger 85)", () => {
  test("'d'au moins 8' is 'at least 8'; 'd’au plus 8' its reversal", () => {
    expect(
      flagsOf("Choose a password of at least 8 characters.", "Choisissez un mot de passe d'au moins 8 caractères.", "en", "fr"),
    ).toEqual([]);
    expect(
      flagsOf("Choose a password of at least 8 characters.", "Choisissez un mot de passe d’au plus 8 caractères.", "en", "fr"),
    ).toEqual(['error numbers: the limit is reversed: the translation says "d’au plus 8" where the source says "at least 8"']);
  });
});

describe("a first name or a father's name a letter off (stranger 84's loan agreement)", () => {
  test("'Marina' for 'Мариана', 'Petkova' for the father's name 'Петрова': warnings; 'Peter' for 'Петър' and the name as written pass", () => {
    expect(
      flagsOf("Дружеството се представлява от Мариана Георгиева Костова.", "The company is represented by Marina Georgieva Kostova."),
    ).toEqual([
      "warning names: the name Мариана Георгиева Костова is written with Marina where its romanisation is Mariana: misspelt, or another name?",
    ]);
    expect(flagsOf("Поръчител е Елена Петрова Драганова.", "The guarantor is Elena Petkova Draganova.")).toEqual([
      "warning names: the name Елена Петрова Драганова is written with Petkova where its romanisation is Petrova: misspelt, or another name?",
    ]);
    expect(flagsOf("Поръчител е Елена Петрова Драганова.", "The guarantor is Elena Petrova Draganova.")).toEqual([]);
    expect(flagsOf("Поръчител е Петър Иванов Драганов.", "The guarantor is Peter Ivanov Draganov.")).toEqual([]);
  });
});

test("a Bulgarian town of the data, another in its place (stranger 84's report: 'Devnya' / 'Девин')", () => {
  expect(
    flagsOf("The solar park at our Devnya plant produced 14.2 GWh.", "Соларният парк в завода ни в Девин произведе 14,2 GWh.", "en", "bg"),
  ).toEqual(["warning names: the name Devnya (Девня) is not in the translation, which names Девин instead: replaced by another name?"]);
});

test("energy in gigawatt-hours, and the Cyrillic symbols (stranger 84's report: '14.2 GWh' / '14,2 MWh')", () => {
  expect(flagsOf("The park produced 14.2 GWh in seven months.", "Паркът произведе 14,2 MWh за седем месеца.", "en", "bg")).toEqual([
    "error units: the translation says 14,2 MWh where the source says 14.2 GWh: another unit",
  ]);
  expect(flagsOf("The park produced 14.2 GWh in seven months.", "Паркът произведе 14,2 ГВтч за седем месеца.", "en", "bg")).toEqual([]);
  expect(flagsOf("A heater of 5 kW.", "Нагревател от 5 МВт.", "en", "bg")).toEqual([
    "error units: the translation says 5 МВт where the source says 5 kW: another unit",
  ]);
});

test("a notice's floor reversed in advance (stranger 84's loan agreement): 'най-малко 14 дни предварително' / 'at most 14 days in advance'", () => {
  expect(
    flagsOf(
      "Той уведомява Кредитора писмено най-малко 14 дни предварително.",
      "He notifies the Lender in writing at most 14 days in advance.",
    ),
  ).toEqual(['error numbers: the limit is reversed: the translation says "at most 14" where the source says "най-малко 14"']);
  // A deadline before the event is a floor on the notice, either way round.
  expect(
    flagsOf("Той уведомява Кредитора не по-късно от 14 дни предварително.", "He notifies the Lender at least 14 days in advance."),
  ).toEqual([]);
  expect(
    flagsOf("Той уведомява Кредитора най-малко 14 дни предварително.", "He notifies the Lender no later than 14 days in advance."),
  ).toEqual([]);
});

test("split without -l: a text in another language than the default is refused, not cut by the wrong rules (stranger 85)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-split-"));
  const file = join(dir, "kettle.txt");
  writeFileSync(
    file,
    "The body is made of stainless steel and contains no bisphenol A. The appliance switches off automatically when the water boils.\n",
  );
  const refused = await sverka(["split", file]);
  expect([refused.code, refused.stdout]).toEqual([2, ""]);
  expect(refused.stderr).toMatch(/taken as bg by default, but the text looks like English .*: give its language with -l/);
  expect((await sverka(["split", file, "-l", "en"])).stdout.split("\n").filter(Boolean)).toHaveLength(2);
  // Given, the language is the user's: said, and followed.
  const given = await sverka(["split", file, "-l", "bg"]);
  expect([given.code, given.stderr]).toEqual([
    0,
    expect.stringMatching(/declared bg, but the text looks like English .*: split by Bulgarian rules, as -l says/),
  ]);
});

test("check -o: a memory's or a pair list's ending is refused, and each ending is named once (stranger 85)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-check-o-"));
  const [bg, en] = [join(dir, "bg.txt"), join(dir, "en.txt")];
  writeFileSync(bg, "Договорът влиза в сила на 1 март.\n");
  writeFileSync(en, "The contract enters into force on 1 March.\n");
  for (const [ending, kind] of [
    ["tmx", "memory"],
    ["tsv", "pair list"],
  ] as const) {
    const r = await sverka(["check", bg, en, "-o", join(dir, `qa.${ending}`)]);
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringContaining(`check writes reports (.txt, .json, .html, .xlsx, .sarif, .xml for JUnit), not a ${kind}`),
    ]);
  }
  // ".txt" is the text report's, though a TSV may end so too.
  expect((await sverka(["check", bg, en, "-o", join(dir, "qa.txt"), "-q"])).code).toBe(0);
  const csv = await sverka(["check", bg, en, "-o", join(dir, "qa.csv")]);
  expect(csv.stderr).toContain(
    "give an output ending in .txt (text), .json (json), .html (html), .sarif (sarif), .xml (junit), .xlsx (xlsx) (a table for a spreadsheet: .xlsx)",
  );
});

test("one file given as both documents is refused, by align and check alike (stranger 85: check read it as a memory)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-same-"));
  const one = join(dir, "one.txt");
  writeFileSync(one, "Здравей.\n");
  for (const command of ["align", "check"]) {
    const r = await sverka([command, one, join(dir, ".", "one.txt"), "-o", join(dir, "out.json")]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("is given as both the source and the translation")]);
  }
});

test("the writers check their options as align does (stranger 85: minScore 5 wrote an empty memory)", () => {
  const bitext = align("Договорът влиза в сила.\n", "The contract enters into force.\n");
  const refused = (options: Record<string, unknown>) => {
    try {
      formats.tmx.write(bitext, options as WriteOptions);
    } catch (e) {
      return e instanceof SverkaError ? [e.exitCode, e.message] : ["not a SverkaError", String(e)];
    }
    return undefined;
  };
  expect(refused({ minScore: 5 })).toEqual([2, "formats.tmx.write: option minScore must be a number from 0 to 1, not 5"]);
  expect(refused({ dropFlagged: "bogus" })?.[1]).toMatch(/option dropFlagged must be one of "error", "warning", "info", "none"/);
  expect(refused({ minScor: 0.5 })?.[1]).toMatch(/unknown option minScor; its options are sourceLocale, targetLocale, minScore/);
  expect(refused({ unitProps: [["bad type", "v"]] })?.[1]).toMatch(/option unitProps must be an array of \[type, value\] pairs/);
  expect(refused({ sourceLocale: "not a locale!!" })?.[1]).toMatch(/option sourceLocale must be a language tag/);
  expect(refused({ creationId: "two\nlines" })?.[1]).toMatch(/option creationId must be a name or id, on one line/);
  expect(refused({ minScore: 0.5, sourceLocale: "bg-BG", dropFlagged: "none", date: new Date(0) })).toBeUndefined();
  expect(() => formats.tsv.write(bitext, { plainTsv: "yes" } as unknown as WriteOptions)).toThrow(/option plainTsv must be true or false/);
});

test("JUnit: a missing sentence's place shows the sentence it would follow, as the text report does (stranger 85)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-junit-gap-"));
  const [bg, en] = [join(dir, "bg.txt"), join(dir, "en.txt")];
  writeFileSync(bg, "Въведете имейла си. Ще получите писмо с връзка. Връзката е валидна 30 минути. След това изберете нова парола.\n");
  writeFileSync(en, "Enter your e-mail. You will receive an e-mail with a link. Then choose a new password.\n");
  const r = await sverka(["check", bg, en, "-f", "junit"]);
  expect(r.stdout).toMatch(/en\.txt:1:\d+ after sentence 2 \(where it would go\): You will receive an e-mail with a link\. ▸<\/failure>/);
});

test("a fraction said in words, said otherwise (stranger 84's report: 'one third' / 'две трети')", () => {
  expect(
    flagsOf(
      "Almost one third of our electricity comes from renewable sources.",
      "Почти две трети от електроенергията ни идва от възобновяеми източници.",
      "en",
      "bg",
    ),
  ).toEqual(['error numbers: the translation says "две трети" where the source says "one third"']);
  expect(
    flagsOf(
      "Almost one third of our electricity comes from renewable sources.",
      "Почти една трета от електроенергията ни идва от възобновяеми източници.",
      "en",
      "bg",
    ),
  ).toEqual([]);
  expect(flagsOf("Половината отпадъци се рециклират.", "A quarter of the waste is recycled.")).toEqual([
    'error numbers: the translation says "a quarter" where the source says "половината"',
  ]);
  // An ordinal is no fraction: "трети страни", "the third quarter".
  expect(flagsOf("Третите страни получават половината от приходите.", "Third parties receive half of the revenue.")).toEqual([]);
});

test("a condition of a leaflet's list left out (stranger 84: 'бъбречни проблеми, астма или дехидратация' / 'kidney problems or asthma')", () => {
  expect(
    flagsOf(
      "Говорете с лекар, преди да дадете Пиретол, ако детето има бъбречни проблеми, астма или дехидратация.",
      "Talk to a doctor before giving Piretol if your child has kidney problems or asthma.",
    ),
  ).toEqual([
    'warning missing: the source lists 3 items (проблеми, астма, дехидратация) and the translation 2, with nothing for "дехидратация": left out?',
  ]);
});

test("a negation in a part of the source the translation left out is said so, not 'meaning reversed?' (stranger 84's loan agreement)", () => {
  expect(
    flagsOf(
      "(2) При предсрочно погасяване Кредиторът има право на обезщетение, което не може да надвишава 1 % от предсрочно погасената сума.",
      "(2) In the event of early repayment, the Lender is entitled to compensation.",
    ).filter((f) => f.includes("negation")),
  ).toEqual([
    'warning negation: the source says "не може да надвишава" in a part the translation has nothing of ("което не може да надвишава 1 % от…"): left out, and the limit or prohibition with it?',
  ]);
});

test("a file path is copied exactly, compared whole as a code (stranger 84's manual: 'Data where the source has Backups')", () => {
  expect(
    flagsOf(
      "Backups are kept in the folder C:\\Users\\Public\\Ledgerly\\Backup for 30 days.",
      "Резервните копия се пазят в папката C:\\Users\\Public\\Ledgerly\\Data в продължение на 30 дни.",
      "en",
      "bg",
    ),
  ).toEqual([
    "error names: the translation has C:\\Users\\Public\\Ledgerly\\Data where the source has C:\\Users\\Public\\Ledgerly\\Backup: codes and e-mails are copied exactly",
  ]);
  expect(
    flagsOf(
      "Logs are written to /var/log/ledgerly/app.log every hour.",
      "Дневниците се записват в /var/log/ledgerly/app.log на всеки час.",
      "en",
      "bg",
    ),
  ).toEqual([]);
  // A score and a date written with slashes are no path.
  expect(flagsOf("The rate is 5/10 and the date is 12/05/2024.", "Оценката е 5/10, а датата е 12/05/2024.", "en", "bg")).toEqual([]);
});

test("two bullet items, the first long and ending with a semicolon, are two segments (stranger 84's leaflet)", () => {
  const items = [
    "- if your child is allergic to paracetamol or to any of the other ingredients of this medicine;",
    "- if your child is under 3 years of age.",
  ];
  expect(segment(`Do not give Piretol:\n${items.join("\n")}\n`, "en").map((s) => s.text)).toEqual(["Do not give Piretol:", ...items]);
});

test("a translation much shorter than usual quotes the end of its source that nothing answers (stranger 84's report)", () => {
  const en = [
    "The plant in Devnya produced 1.2 million tonnes of cement in 2024.",
    "Its kiln was stopped for maintenance in March.",
    "The company employs 640 people at the plant.",
    "Our Scope 3 emissions were estimated at 96,000 tonnes, a figure that has not yet been verified by an external auditor and will be published with the annual report next spring.",
    "Water use fell by 12% compared with 2023.",
    "The plant's solar park started operating in May.",
  ];
  const bg = [
    "Заводът в Девня произведе 1,2 милиона тона цимент през 2024 г.",
    "Пещта му беше спряна за поддръжка през март.",
    "Дружеството има 640 служители в завода.",
    "Емисиите ни от обхват 3 се оценяват на 96 000 тона.",
    "Използването на вода намаля с 12% спрямо 2023 г.",
    "Соларният парк на завода заработи през май.",
  ];
  // The length check's threshold lowered to what six sentences' spread gives (a report of forty had it at the default).
  const length = align(`${en.join("\n")}\n`, `${bg.join("\n")}\n`, { sourceLang: "en", targetLang: "bg", review: { lengthDeviations: 1 } })
    .links.flatMap((l) => l.flags)
    .filter((f) => f.type === "length")
    .map((f) => f.reason);
  expect(length).toEqual([
    expect.stringMatching(/much shorter .*, and nothing in it answers the end of its source \(".*verified by an external/),
  ]);
});
