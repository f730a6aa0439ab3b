/**
 * What the seventy-eighth session mended from its strangers (354-360) and from the reproductions of earlier ones still
 * open: a short passage moved written into a memory, pair by pair, and a summary that says so.
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeTmx } from "../src/formats/tmx.js";
import { align, formats } from "../src/index.js";
import { problems } from "../src/review/report.js";
import { flagTexts, pairFlagTexts, sverka } from "./helpers.js";

/** A spa's price page whose English puts the opening hours' paragraph last. */
const SPA_BG = [
  "Спа център „Морска звезда“",
  "Спа центърът работи всеки ден от 9:00 до 21:00 ч. Басейнът е с морска вода и се затопля до 28 °C. Сауната и парната баня са включени в цената на входа.",
  "Входът за един ден струва 35 лв. за възрастни. Децата до 12 години плащат 20 лв. Хотелските гости ползват басейна безплатно.",
  "Масаж на цяло тяло от 60 минути струва 90 лв. Масажите се записват на рецепцията поне един ден предварително.",
].join("\n\n");
const SPA_EN = [
  "Sea Star Spa",
  "A one-day entry costs BGN 35 for adults. Children under 12 pay BGN 20. Hotel guests use the pool free of charge.",
  "A 60-minute full-body massage costs BGN 90. Massages are booked at reception at least one day in advance.",
  "The spa is open every day from 9:00 to 21:00. The pool has sea water and is heated to 28 °C. The sauna and the steam bath are included in the entry price.",
].join("\n\n");

/** A judgment's facts whose English puts the medical paragraph first, a negation lost inside it. */
const JUDGMENT_BG = [
  "От фактическа страна:",
  "От протокола за пътнотранспортно произшествие се установява, че ударът е настъпил на 14.03.2023 г. Скоростта на автомобила преди удара е била около 68 км/ч.",
  "Съдебно-медицинската експертиза установява, че възстановяването на ищцата е продължило около осем месеца. Вещото лице д-р Борислав Генов посочва, че не се очакват трайни последици за здравето ѝ.",
].join("\n\n");
const JUDGMENT_EN = [
  "On the facts:",
  "The forensic medical report establishes that the claimant's recovery lasted about eight months. The expert, Dr Borislav Genov, states that permanent consequences for her health are expected.",
  "The road accident report establishes that the collision occurred on 14.03.2023. The speed of the car before the impact was about 68 km/h.",
].join("\n\n");

describe("a short passage the translation put elsewhere (strangers 351, 353)", () => {
  test("each of its sentences is a unit of the memory with its translation in step, noted as moved", () => {
    const bitext = align(SPA_BG, SPA_EN);
    expect(flagTexts(bitext).filter((f) => f.includes("the passage moved?"))).toHaveLength(6);
    const tmx = writeTmx(bitext, { date: new Date(0) });
    expect(tmx.match(/<tu /gu)).toHaveLength(9);
    expect(tmx).toMatch(
      /<prop type="x-sverka-link">1-1 s1 t6<\/prop>\s*<prop type="x-sverka-flag">info order: source sentences 2-4 are translation sentences 7-9, a passage moved from its place: source sentence 2 is translation sentence 7, a unit of its own<\/prop>\s*<tuv xml:lang="bg"><seg>Спа центърът работи всеки ден от 9:00 до 21:00 ч.<\/seg><\/tuv>\s*<tuv xml:lang="en"><seg>The spa is open every day from 9:00 to 21:00.<\/seg><\/tuv>/u,
    );
    expect(tmx).toContain("<seg>The sauna and the steam bath are included in the entry price.</seg>");
  });

  test("the summary counts the moved pairs as written, not as left out of the memory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-moved-"));
    writeFileSync(join(dir, "spa.bg.txt"), SPA_BG);
    writeFileSync(join(dir, "spa.en.txt"), SPA_EN);
    const out = join(dir, "spa.tmx");
    const run = await sverka(["align", join(dir, "spa.bg.txt"), join(dir, "spa.en.txt"), "-o", out, "--summary"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "unmatched   6 segment(s) with no counterpart in place (1-0 / 0-1 links): 3 moved pairs among them written as units",
    );
    expect(readFileSync(out, "utf8").match(/<tu /gu)).toHaveLength(9);
  });

  test("a passage left out and another added that says something else make no unit, and the summary says they are not in TMX", async () => {
    const bg = SPA_BG.split("\n\n").slice(0, 3).join("\n\n");
    const en = [
      ...SPA_EN.split("\n\n").slice(0, 2),
      "Parking is free for guests. The car park has 40 spaces. It is guarded at night.",
    ].join("\n\n");
    const bitext = align(bg, en);
    expect(writeTmx(bitext, { date: new Date(0) }).match(/<tu /gu)).toHaveLength(4);
    const dir = mkdtempSync(join(tmpdir(), "sverka-moved-"));
    writeFileSync(join(dir, "a.bg.txt"), bg);
    writeFileSync(join(dir, "a.en.txt"), en);
    const run = await sverka(["align", join(dir, "a.bg.txt"), join(dir, "a.en.txt"), "-o", join(dir, "a.tmx"), "--summary"]);
    expect(run.stderr).toMatch(/unmatched {3}6 segment\(s\) with no counterpart in place \(1-0 \/ 0-1 links; not in TMX\)/u);
  });
});

describe("split as the --segmented format's maker (strangers 356, 359, 360)", () => {
  test("a table row's cells stay apart by a tab, so the segmented pair's column check still sees them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-split-tabs-"));
    const bg = join(dir, "emissions.bg.txt");
    const en = join(dir, "emissions.en.txt");
    writeFileSync(bg, "Показател\tЕдиница\t2024 г.\t2023 г.\nЕмисии на SO2\tt\t4 215\t4 980\nЕмисии на NOx\tt\t5 107\t5 334\n");
    writeFileSync(en, "Indicator\tUnit\t2024\t2023\nSO2 emissions\tt\t4,980\t4,215\nNOx emissions\tt\t5,107\t5,334\n");
    const splitBg = await sverka(["split", bg, "-o", join(dir, "bg.seg.txt")]);
    const splitEn = await sverka(["split", en, "-o", join(dir, "en.seg.txt")]);
    expect([splitBg.code, splitEn.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, "bg.seg.txt"), "utf8")).toContain("Емисии на SO2\tt\t4 215\t4 980\n");
    const checked = await sverka(["check", join(dir, "bg.seg.txt"), join(dir, "en.seg.txt"), "--segmented", "-s", "bg", "-t", "en"]);
    expect(checked.code).toBe(1);
    expect(checked.stderr + checked.stdout).toContain("the numbers are swapped: the row's figures stand in other columns");
  });

  test("a file named NAME.en.txt is split as English without -l; a name that gives no language, or -l, decides as before", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-split-name-"));
    const text = "The drum holds 8 kg of laundry. The door locks during the wash cycle.\n";
    writeFileSync(join(dir, "washer.en.txt"), text);
    writeFileSync(join(dir, "washer.bg.txt"), text);
    const named = await sverka(["split", join(dir, "washer.en.txt")]);
    expect([named.code, named.stdout]).toEqual([0, "The drum holds 8 kg of laundry.\nThe door locks during the wash cycle.\n"]);
    const wrongName = await sverka(["split", join(dir, "washer.bg.txt")]);
    expect(wrongName.code).toBe(2);
    expect(wrongName.stderr).toMatch(/taken as bg by its name, but the text looks like Latin-script text .*: give its language with -l/u);
    expect((await sverka(["split", join(dir, "washer.bg.txt"), "-l", "en"])).code).toBe(0);
  });
});

describe("a negation lost is an error where the translation keeps the very word (strangers 354, 356, 357, 360)", () => {
  test('"няма учредени", "не подлежат на връщане", "не доказа": the lexicon knows the word, and a support verb\'s noun after "на"', () => {
    expect(
      pairFlagTexts(
        "Продавачите декларират, че върху имота няма учредени вещни права в полза на трети лица.",
        "The Sellers declare that real rights have been established over the property in favour of third parties.",
      ),
    ).toEqual(['error negation: the source says "няма учредени вещни", and the translation has no negation: meaning reversed?']);
    expect(
      pairFlagTexts(
        "Стоки, изработени по индивидуална поръчка на клиента, не подлежат на връщане.",
        "Goods made to the customer's individual order may be returned.",
      ),
    ).toEqual(['error negation: the source says "не подлежат на", and the translation has no negation: meaning reversed?']);
    expect(pairFlagTexts("Ответникът не доказа плащане на възнаграждението.", "The defendant proved payment of the remuneration.")).toEqual(
      ['error negation: the source says "не доказа плащане", and the translation has no negation: meaning reversed?'],
    );
  });

  test("a bound's clause standing first is read past its comma: the verb after it is the one the negation reverses", () => {
    expect(
      pairFlagTexts(
        "При анулиране по-малко от 14 дни преди пристигане депозитът не се възстановява.",
        "For cancellations less than 14 days before arrival, the deposit is refunded.",
      ),
    ).toEqual(['error negation: the source says "не се възстановява", and the translation has no negation: meaning reversed?']);
  });

  test("their faithful translations are no flag", () => {
    expect(
      pairFlagTexts(
        "Продавачите декларират, че върху имота няма учредени вещни права в полза на трети лица.",
        "The Sellers declare that no real rights have been established over the property in favour of third parties.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "Стоки, изработени по индивидуална поръчка на клиента, не подлежат на връщане.",
        "Goods made to the customer's individual order cannot be returned.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "При анулиране по-малко от 14 дни преди пристигане депозитът не се възстановява.",
        "For cancellations less than 14 days before arrival, the deposit is not refunded.",
      ),
    ).toEqual([]);
  });
});

describe("amounts (strangers 354, 356)", () => {
  test('a deposit "в двоен размер" made three times is another multiple; twice is its translation', () => {
    expect(pairFlagTexts("Продавачът връща капарото в двоен размер.", "The Seller shall return three times the deposit.")).toEqual([
      'warning terms: the source says "в двоен размер" (double), the translation "three times the" (triple): another multiple?',
    ]);
    expect(pairFlagTexts("Продавачът връща капарото в двоен размер.", "The Seller shall return twice the deposit.")).toEqual([]);
  });

  test('a price\'s "-22 %" is "22% off", "Discount: 20%"; the same figure with no word of a discount still loses its sign', () => {
    expect(pairFlagTexts("Цена: 349,00 лв. вместо 449,00 лв. (-22 %)", "Price: BGN 349.00 instead of BGN 449.00 (22% off)")).toEqual([]);
    expect(pairFlagTexts("Отстъпка: -20 % за всички прахосмукачки.", "Discount: 20% on all vacuum cleaners.")).toEqual([]);
    expect(pairFlagTexts("Цена: 349,00 лв. (-22 %)", "Price: BGN 349.00 (22% offer)")).toEqual([
      "error numbers: the source writes -22 below zero where the translation has 22 with no brackets, minus or word of a loss: sign lost?",
    ]);
  });

  test('two amounts set against each other by "вместо" / "instead of" that trade places are an error', () => {
    expect(pairFlagTexts("Цена: 1 299,00 лв. вместо 1 599,00 лв.", "Price: BGN 1,599.00 instead of BGN 1,299.00")).toEqual([
      'error numbers: the amounts are swapped: the translation says "1,599.00 instead of 1,299.00" where the source says "1 299,00 вместо 1 599,00"',
    ]);
    expect(pairFlagTexts("Цена: 1 299,00 лв. вместо 1 599,00 лв.", "Price: BGN 1,299.00 instead of BGN 1,599.00")).toEqual([]);
  });
});

describe("a passage moved is checked with its translation where it stands (strangers 357, 360)", () => {
  const [bg, en] = [JUDGMENT_BG, JUDGMENT_EN];

  test("a negation lost inside it is an error naming the translation sentence, and its unit stays out of the memory", async () => {
    const bitext = align(bg, en);
    expect(flagTexts(bitext)).toContain(
      'error negation: with translation sentence 3, where it moved: the source says "не се очакват трайни", and the translation has no negation: meaning reversed?',
    );
    const tmx = writeTmx(bitext, { date: new Date(0) });
    expect(tmx).toContain(
      "<seg>The forensic medical report establishes that the claimant&apos;s recovery lasted about eight months.</seg>",
    );
    expect(tmx).not.toContain("permanent consequences for her health are expected");
    const dir = mkdtempSync(join(tmpdir(), "sverka-moved-check-"));
    writeFileSync(join(dir, "judgment.bg.txt"), bg);
    writeFileSync(join(dir, "judgment.en.txt"), en);
    const run = await sverka(["check", join(dir, "judgment.bg.txt"), join(dir, "judgment.en.txt")]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/judgment\.en\.txt:3:\d+ sentence 3: The expert, Dr Borislav Genov/u);
  });

  test("faithful, it has only the moved passage's warnings", () => {
    const bitext = align(bg, en.replace("are expected", "are not expected"));
    expect(flagTexts(bitext).filter((f) => !f.includes("the passage moved?"))).toEqual([]);
  });
});

describe("a medical device's levels, a report's emissions and notes (strangers 355, 359)", () => {
  test("hypoglycaemia made hyperglycaemia, either way, is an error; the same level is none", () => {
    expect(
      pairFlagTexts(
        "If you have symptoms of hypoglycaemia, eat something sweet.",
        "Ако имате симптоми на хипергликемия, изяжте нещо сладко.",
        "en",
        "bg",
      ),
    ).toEqual([
      'error terms: the source says "hypoglycaemia" (low), the translation "хипергликемия" (high): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Хипертонията се лекува с диета.", "Hypotension is treated with diet.")).toEqual([
      'error terms: the source says "Хипертонията" (high), the translation "Hypotension" (low): the opposite, meaning reversed?',
    ]);
    expect(
      pairFlagTexts(
        "If you have symptoms of hypoglycemia, eat something sweet.",
        "Ако имате симптоми на хипогликемия, изяжте нещо сладко.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("an opposite put for the second of two mentions of one level is an error; one mention dropped is none (stranger 361)", () => {
    const en = "If you take it with medicines that can cause hypoglycaemia, there is a risk of hypoglycaemia.";
    expect(
      pairFlagTexts(
        en,
        "Ако го приемате с лекарства, които могат да предизвикат хипогликемия, съществува риск от хипергликемия.",
        "en",
        "bg",
      ),
    ).toEqual([
      'error terms: the source says "hypoglycaemia" (low), the translation "хипергликемия" (high): the opposite, meaning reversed?',
    ]);
    expect(
      pairFlagTexts(en, "Ако го приемате с лекарства, които могат да предизвикат хипогликемия, съществува такъв риск.", "en", "bg"),
    ).toEqual([]);
  });

  test("a reading said high made low is the opposite; the same level is none", () => {
    expect(
      pairFlagTexts(
        "Dehydration can cause falsely high results.",
        "Обезводняването може да доведе до фалшиво ниски резултати.",
        "en",
        "bg",
      ),
    ).toEqual(['warning terms: the source says "high" (high), the translation "ниски" (low): the opposite, meaning reversed?']);
    expect(
      pairFlagTexts(
        "Dehydration can cause falsely high results.",
        "Обезводняването може да доведе до фалшиво високи резултати.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test('"CO2-екв." is "CO2e" or "CO2-eq"; another gas is still a code changed', () => {
    expect(pairFlagTexts("Емисиите са 1 250 кт CO2-екв.", "Emissions were 1,250 kt CO2e.")).toEqual([]);
    expect(pairFlagTexts("Емисиите са 1 250 кт CO₂-екв.", "Emissions were 1,250 kt CO₂-eq.")).toEqual([]);
    expect(pairFlagTexts("Емисиите са 1 250 кт CO2-екв.", "Emissions were 1,250 kt CH4e.")).toEqual([
      "error names: the translation has CH4e where the source has CO2-екв: codes and e-mails are copied exactly",
    ]);
  });

  test("a footnote's mark glued to a word or after a full stop is neither the word's nor a number's", () => {
    expect(pairFlagTexts("Нетна печалба²\t412\t388", "Net profit²\t412\t388")).toEqual([]);
    expect(pairFlagTexts("LTIFR спадна до 0,8 през 2023 г.³", "LTIFR fell to 0.8 in 2023.³")).toEqual([]);
    expect(pairFlagTexts("Площта е 85 м².", "The area is 85 m³.")).not.toEqual([]);
  });

  test('a heading\'s "Обзор" is the word its translation says, not the town Obzor; the town replaced is still told', () => {
    expect(pairFlagTexts("Обзор на дейността", "Operational overview")).toEqual([]);
    expect(pairFlagTexts("Почивахме в Обзор през юли.", "We stayed in Varna in July.")).toEqual([
      "warning names: the name Обзор (Obzor) is not in the translation, which names Varna instead: replaced by another name?",
    ]);
  });
});

describe("a help centre's Markdown (stranger 358)", () => {
  test("an address in inline code changed is an error; a page under the translation's language code is no flag", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-md-code-"));
    writeFileSync(
      join(dir, "sso.en.md"),
      "# Connect your identity provider\n\nIf your domain is not verified yet, see [Verify your company domain](https://help.tasklane.io/domains).\n\nIn the **Single sign-on URL** field, paste `https://auth.tasklane.io/saml/acs`.\n",
    );
    writeFileSync(
      join(dir, "sso.bg.md"),
      "# Свързване на доставчика на идентичност\n\nАко домейнът ви все още не е потвърден, вижте [Потвърждаване на фирмения домейн](https://help.tasklane.io/bg/domains).\n\nВ полето **Single sign-on URL** поставете `https://auth.tasklane.io/saml/sso`.\n",
    );
    const run = await sverka(["check", join(dir, "sso.en.md"), join(dir, "sso.bg.md"), "-s", "en", "-t", "bg"]);
    expect(run.code).toBe(1);
    const said = (run.stdout + run.stderr).split("\n").filter((l) => /^[✗!]/u.test(l));
    expect(said).toEqual([
      "✗ error   names        the translation has https://auth.tasklane.io/saml/sso where the source has https://auth.tasklane.io/saml/acs: codes and e-mails are copied exactly",
      "✗ 1 error, 0 warnings, 0 info in 3 links (1 flagged at warning or worse); fails on error",
    ]);
  });

  test("two sentences joined into one at the document's end are one link, no negation added and none missing", () => {
    const bitext = align(
      "An export contains all projects and tasks.\n\nPrivate projects are included only if you are a member of them. Deleted items are not included.\n",
      "Експортът съдържа всички проекти и задачи.\n\nЧастните проекти се включват само ако сте член в тях, а изтритите елементи не се включват.\n",
      { sourceLang: "en", targetLang: "bg" },
    );
    expect(flagTexts(bitext).filter((f) => !f.startsWith("info"))).toEqual([]);
    expect(bitext.links.map((l) => l.kind)).toEqual(["1-1", "2-1"]);
  });

  test('"included in the rate" is "включен в цената"', () => {
    expect(pairFlagTexts("Закуската е включена в цената.", "Breakfast is included in the rate.")).toEqual([]);
    expect(pairFlagTexts("Паркингът е включен в цената на нощувката.", "Parking is included in the room rate.")).toEqual([]);
  });
});

describe("a hand-written gold's notes (stranger 359)", () => {
  test('lines opening with "#" are notes wherever they stand, in link lines and in a ladder', async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-gold-notes-"));
    writeFileSync(join(dir, "gold.links"), "# checked by hand, 7 December\n[0]:[0]\n\n# table rows below\n[1]:[1]\n[2]:[2]\n");
    writeFileSync(join(dir, "test.links"), "[0]:[0]\n[1]:[1]\n[2]:[2]\n");
    writeFileSync(join(dir, "gold.ladder"), "# rungs\n0\t0\n1\t1\n# last\n2\t2\n3\t3\n");
    const links = await sverka(["eval", join(dir, "gold.links"), join(dir, "test.links"), "-f", "json"]);
    expect(links.code).toBe(0);
    expect(JSON.parse(links.stdout).f1Strict).toBe(1);
    const ladder = await sverka(["eval", join(dir, "gold.ladder"), join(dir, "test.links"), "-f", "json"]);
    expect(ladder.code).toBe(0);
    expect(JSON.parse(ladder.stdout).f1Strict).toBe(1);
  });
});

describe("strangers 361-363: a batch's memory, a court's and a tender's negations", () => {
  test("the batch's merged memory has the moved passage's units, as the pair's own memory has, with their order note", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-batch-moved-"));
    writeFileSync(join(dir, "spa.bg.txt"), SPA_BG);
    writeFileSync(join(dir, "spa.en.txt"), SPA_EN);
    const merged = join(dir, "all.tmx");
    const run = await sverka(["batch", dir, "--out-dir", join(dir, "out"), "--merge-tmx", merged, "-q"]);
    expect(run.code).toBe(0);
    const memory = readFileSync(merged, "utf8");
    expect(memory.match(/<tu /gu)).toHaveLength(9);
    expect(memory).toContain("<seg>The spa is open every day from 9:00 to 21:00.</seg>");
    expect(memory).toContain("info order: source sentences 2-4 are translation sentences 7-9, a passage moved from its place");
  });

  test('"не е окончателна", "не е влязъл в сила" and "Няма да подам оставка" lost are errors', () => {
    expect(pairFlagTexts("Присъдата не е окончателна.", "The sentence is final.")).toEqual([
      'error negation: the source says "не е окончателна", and the translation has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Законът не е влязъл в сила.", "The law has entered into force.")).toEqual([
      'error negation: the source says "не е влязъл в", and the translation has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Няма да подам оставка, заяви премиерът.", "I will resign, the prime minister said.")).toEqual([
      'error negation: the source says "Няма да подам оставка", and the translation has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Присъдата не е окончателна.", "The sentence is not final.")).toEqual([]);
    expect(pairFlagTexts("Законът не е влязъл в сила.", "The law has not yet entered into force.")).toEqual([]);
  });

  test('a second verb taking its own clitic again is said plainly: "не се оценява и се предлага" / "shall not be evaluated and shall be proposed"', () => {
    expect(
      pairFlagTexts(
        "Участник, чието техническо предложение не съответства на изискванията на възложителя, не се оценява и се предлага за отстраняване.",
        "A tenderer whose technical proposal does not meet the requirements of the contracting authority shall not be evaluated and shall be proposed for exclusion.",
      ),
    ).toEqual([]);
  });
});

describe("the re-test's findings: a moved pair left out, a passage told once, a pair list without doubles", () => {
  const [bg, en] = [JUDGMENT_BG, JUDGMENT_EN];

  test("the summary counts the moved pair a flag kept out apart, and the memory line names its flag", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-moved-summary-"));
    writeFileSync(join(dir, "j.bg.txt"), bg);
    writeFileSync(join(dir, "j.en.txt"), en);
    const run = await sverka(["align", join(dir, "j.bg.txt"), join(dir, "j.en.txt"), "-o", join(dir, "j.tmx"), "--summary"]);
    expect(run.stderr).toContain("2 moved pairs among them, 1 written as a unit (the other flagged)");
    expect(run.stderr).toContain("left out 1 unit flagged as errors (negation 1)");
  });

  test("a moved passage with an error inside is one problem on each side, and its error one more", () => {
    const told = problems(align(bg, en)).map((p) => `${p.severity} ${p.type} ${p.links.length}`);
    expect(told).toEqual(["warning added 2", "warning missing 2", "error negation 1"]);
  });

  test("a pair list gives each moved sentence once, in its pair", async () => {
    const tsv = formats.tsv.write(align(SPA_BG, SPA_EN), {}) as string;
    const rows = tsv.trimEnd().split("\n");
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r.startsWith("\t") || r.split("\t")[1] === "")).toEqual([]);
  });

  test('"do not finish" made "завършете", and "required" made "не е задължително", are errors (stranger 364)', () => {
    expect(
      pairFlagTexts(
        "If the difference is not zero, do not finish the reconciliation.",
        "Ако разликата не е нула, завършете равняването.",
        "en",
        "bg",
      ),
    ).toEqual([
      'error negation: the source\'s "do not finish" says no to "finish", and the translation says "завършете" with no negation before it: meaning reversed?',
    ]);
    expect(pairFlagTexts("This field is required.", "Това поле не е задължително.", "en", "bg")).toEqual([
      'error negation: the translation says "не е задължително", and the source has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("This field is required.", "Това поле е задължително.", "en", "bg")).toEqual([]);
  });
});

describe("a tender's and a wire's readings (strangers 362, 363)", () => {
  test('"правото да не сключи" lost, and "is not public" added, are errors; their faithful translations none', () => {
    expect(
      pairFlagTexts(
        "Възложителят си запазва правото да не сключи договор при липса на осигурено финансиране.",
        "The contracting authority reserves the right to conclude a contract in the absence of secured funding.",
      ),
    ).toEqual([
      'error negation: the source says "правото да не сключи договор", and the translation\'s only negative words ("absence of") answer the source\'s others: meaning reversed?',
    ]);
    expect(
      pairFlagTexts(
        "Възложителят си запазва правото да не сключи договор при липса на осигурено финансиране.",
        "The contracting authority reserves the right not to conclude a contract in the absence of secured funding.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Отварянето на офертите е публично.", "The opening of tenders is not public.")).toEqual([
      'error negation: the translation says "is not public", and the source has no negation: meaning reversed?',
    ]);
    expect(pairFlagTexts("Отварянето на офертите е публично.", "The opening of tenders is public.")).toEqual([]);
  });

  test('a poll\'s gain in percentage points said in per cent is another unit, whatever its verb ("печели", "губи")', () => {
    expect(
      pairFlagTexts(
        "ГЕРБ печели 2,1 процентни пункта спрямо предходното проучване.",
        "GERB gains 2.1 per cent compared with the previous survey.",
      ),
    ).toEqual(["error units: the translation says 2.1 per cent where the source says 2,1 процентни пункта: another unit"]);
    expect(pairFlagTexts("БСП губи 1,4 процентни пункта.", "BSP loses 1.4 percentage points.")).toEqual([]);
  });

  test("an appliance's energy class changed is an error, a Cyrillic look-alike letter read as its Latin one (stranger 356)", () => {
    expect(pairFlagTexts("Пералня TESLA, енергиен клас A+++.", "TESLA washing machine, energy class A++.")).toEqual([
      "error numbers: the energy class is changed: the translation says A++ where the source says A+++",
    ]);
    expect(pairFlagTexts("Хладилникът е с енергиен клас А++.", "The fridge has energy class A+.")).toEqual([
      "error numbers: the energy class is changed: the translation says A+ where the source says A++",
    ]);
    expect(
      pairFlagTexts("Хладилникът е с енергиен клас А++ и обем 300 л.", "The fridge has energy class A++ and a capacity of 300 L."),
    ).toEqual([]);
  });

  test("rainfall's litres per square metre are millimetres; a tank's litres are not", () => {
    expect(
      pairFlagTexts(
        "За по-малко от шест часа в града са паднали 120 литра на квадратен метър.",
        "In less than six hours, 120 millimetres of rain fell on the city.",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("В резервоара има 120 литра вода.", "The tank holds 120 millimetres of water.")).toEqual([
      "error units: the translation says 120 millimetres where the source says 120 литра: another unit",
    ]);
  });

  test('"четирипроцентната бариера" is the 4 per cent threshold; 5 for it is a number changed', () => {
    expect(
      pairFlagTexts("Партията не успя да премине четирипроцентната бариера.", "The party failed to clear the 4 per cent threshold."),
    ).toEqual([]);
    expect(
      pairFlagTexts("Партията не успя да премине четирипроцентната бариера.", "The party failed to clear the 5 per cent threshold."),
    ).toEqual(["error numbers: the translation says 5 where the source says четирипроцентната"]);
  });
});

describe("an ICU message's argument and selectors (stranger 364)", () => {
  test("read as codes: translated, they are an error; a select's branches are words, translated freely", async () => {
    const { messageCodes } = await import("../src/read/codes.js");
    expect(messageCodes("{count, plural, =0 {No payments} one {# payment} other {# payments}}")).toEqual([
      "{count,plural",
      "=0{",
      "one{",
      "other{",
    ]);
    expect(messageCodes("{gender, select, male {He} female {She} other {They}} replied.")).toEqual([
      "{gender,select",
      "male{",
      "female{",
      "other{",
    ]);
    const dir = mkdtempSync(join(tmpdir(), "sverka-icu-"));
    writeFileSync(
      join(dir, "pairs.tsv"),
      "en\tbg\n{count, plural, one {# payment} other {# payments}}\t{брой, plural, един {# плащане} други {# плащания}}\n{gender, select, male {He replied} female {She replied} other {They replied}}\t{gender, select, male {Той отговори} female {Тя отговори} other {Те отговориха}}\n",
    );
    const run = await sverka(["check", join(dir, "pairs.tsv")]);
    expect(run.code).toBe(1);
    expect((run.stdout + run.stderr).split("\n").filter((l) => /^[✗!]/u.test(l))).toEqual([
      "✗ error   tags         inline codes differ: the translation lacks {count, plural, …}, one {…}, other {…}; it has {брой, plural, …}, един {…}, други {…}, which the source has not",
      "✗ 1 error, 0 warnings, 0 info in 2 units (1 flagged at warning or worse); fails on error",
    ]);
  });
});
