/**
 * A passage the translation replaced with other text (stranger 72): the
 * source's sentences were paired with the notes that stand in their place,
 * units of unrelated texts in the memory, and `check` told one replacement as
 * several passages.
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Step } from "../src/align/index.js";
import { replacedPassages } from "../src/align/replaced.js";
import { align, alignFiles } from "../src/index.js";

const unknown = (path: readonly Step[]) => path.map(() => false);
const lengths = (path: readonly Step[]) => path.map(() => 40);
const ones = (i: number, j: number, count: number): Step[] => Array.from({ length: count }, (_, x) => [i + x, 1, j + x, 1] as const);

describe("replacedPassages (src/align/replaced.ts)", () => {
  // 30 links relied on that share words, then a run, then 10 more.
  const sure = (count: number) => Array.from({ length: count }, () => 0.99);
  const shared = (count: number) => Array.from({ length: count }, () => 8);

  test("a run of three links in doubt, with a sentence left out among them, is one passage left out and one added", () => {
    const path: Step[] = [...ones(0, 0, 30), [30, 1, 30, 1], [31, 1, 31, 0], [32, 2, 31, 1], [34, 1, 32, 1], ...ones(35, 33, 10)];
    const scores = [...sure(30), 0.3, 0.6, 0.4, 0.2, ...sure(10)];
    const evidence = [...shared(30), 0, 0, 1.5, 0, ...shared(10)];
    const { steps, scores: out } = replacedPassages(path, scores, evidence, unknown(path), unknown(path), lengths(path));
    expect(steps).toEqual([
      ...ones(0, 0, 30),
      [30, 1, 30, 0],
      [31, 1, 30, 0],
      [32, 1, 30, 0],
      [33, 1, 30, 0],
      [34, 1, 30, 0],
      [35, 0, 30, 1],
      [35, 0, 31, 1],
      [35, 0, 32, 1],
      ...ones(35, 33, 10),
    ]);
    // A segment taken from a link is as sure of being left out as the link was in doubt; one left out keeps its confidence.
    expect(out.slice(30, 38).map((x) => Math.round(x * 100) / 100)).toEqual([0.7, 0.6, 0.6, 0.6, 0.8, 0.7, 0.6, 0.8]);
  });

  test("a link sharing nothing is in doubt however sure the search was, where the document's links share words, beside a sentence left out", () => {
    const path: Step[] = [...ones(0, 0, 20), [20, 1, 20, 1], [21, 1, 21, 0], [22, 1, 21, 1], [23, 1, 22, 1], ...ones(24, 23, 17)];
    const scores = sure(41);
    const evidence = [...shared(20), 0, 0, 0, 0, ...shared(17)];
    expect(replacedPassages(path, scores, evidence, unknown(path), unknown(path), lengths(path)).steps.slice(20, 27)).toEqual([
      [20, 1, 20, 0],
      [21, 1, 20, 0],
      [22, 1, 20, 0],
      [23, 1, 20, 0],
      [24, 0, 20, 1],
      [24, 0, 21, 1],
      [24, 0, 22, 1],
    ]);
  });

  test("sentences paired one to one, each link sure, stay paired though they share nothing: words no dictionary has (stranger 78)", () => {
    const path: Step[] = [...ones(0, 0, 40)];
    const evidence = [...shared(20), 0, 0, 0, ...shared(17)];
    expect(replacedPassages(path, sure(40), evidence, unknown(path), unknown(path), lengths(path)).steps).toEqual(path);
    // One of them less sure: the run is in doubt as a whole.
    const doubted = [...sure(21), 0.6, ...sure(18)];
    expect(replacedPassages(path, doubted, evidence, unknown(path), unknown(path), lengths(path)).steps).not.toEqual(path);
  });

  test("nothing moves: two links in doubt, or a document whose words do not tell translations apart", () => {
    const path: Step[] = [...ones(0, 0, 40)];
    const two = [...sure(20), 0.2, 0.3, ...sure(18)];
    expect(replacedPassages(path, two, shared(40), unknown(path), unknown(path), lengths(path)).steps).toEqual(path);
    // A pair with no dictionary (cognates and numbers only): a link in five shares nothing, and doubt is not replacement.
    const sparse = Array.from({ length: 40 }, (_, k) => (k % 5 === 0 ? 0 : 3));
    const low = [...sure(20), 0.2, 0.3, 0.1, 0.2, ...sure(16)];
    expect(replacedPassages(path, low, sparse, unknown(path), unknown(path), lengths(path)).steps).toEqual(path);
    // Links the search doubts that share the usual words: a copy of the text elsewhere takes half their confidence.
    const doubted = [...sure(20), 0.2, 0.3, 0.1, ...sure(17)];
    expect(replacedPassages(path, doubted, shared(40), unknown(path), unknown(path), lengths(path)).steps).toEqual(path);
    // Sharing little, they are in doubt; unless their texts are linked with confidence elsewhere (a repeated step: which
    // copy is in doubt, not whether).
    const little = [...shared(20), 2, 2, 2, ...shared(17)];
    expect(replacedPassages(path, doubted, little, unknown(path), unknown(path), lengths(path)).steps).not.toEqual(path);
    const known = path.map(() => true);
    expect(replacedPassages(path, doubted, little, known, unknown(path), lengths(path)).steps).toEqual(path);
  });

  test("links of texts written alike share nothing and stay: a table's row of cells copied (stranger 170)", () => {
    const path: Step[] = ones(0, 0, 55);
    const scores = [...sure(30), ...Array.from({ length: 15 }, () => 0.4), ...sure(10)];
    const evidence = [...shared(30), ...Array.from({ length: 15 }, () => 0), ...shared(10)];
    expect(replacedPassages(path, scores, evidence, unknown(path), unknown(path), lengths(path)).steps).not.toEqual(path);
    const copied = path.map((_, k) => k >= 30 && k < 45);
    expect(replacedPassages(path, scores, evidence, unknown(path), copied, lengths(path)).steps).toEqual(path);
  });
});

describe("a spec table whose last row reads A in every column on both sides (stranger 170)", () => {
  const models = Array.from({ length: 15 }, (_, x) => `WM-${7012 + x}X`);
  const row = (label: string, cells: readonly string[]) => `| ${label} | ${cells.join(" | ")} |`;
  const table = (head: string, rows: ReadonlyArray<readonly [string, readonly string[]]>) =>
    [row(head, models), `|${"---|".repeat(16)}`, ...rows.map(([label, cells]) => row(label, cells))].join("\n");
  const same = (cell: string) => models.map(() => cell);
  // Enough sentences around the table that share their words for the document to measure what its links share.
  const SAFETY: ReadonlyArray<readonly [string, string]> = [
    ["This appliance is intended for household use only.", "Този уред е предназначен само за домашна употреба."],
    ["Read these instructions carefully before using the appliance.", "Прочетете внимателно тези инструкции, преди да използвате уреда."],
    ["Connect the appliance only to an earthed socket.", "Свързвайте уреда само към заземен контакт."],
    ["Do not use an extension cable or a multiple socket.", "Не използвайте удължител или разклонител."],
    ["Keep children and pets away from the appliance.", "Пазете децата и домашните любимци далеч от уреда."],
    ["Do not open the door while there is water in the drum.", "Не отваряйте вратата, докато в барабана има вода."],
    ["Do not touch the plug with wet hands.", "Не докосвайте щепсела с мокри ръце."],
    ["The door glass can become hot during washing.", "Стъклото на вратата може да се нагорещи по време на пране."],
    ["Do not use solvents on the plastic parts.", "Не използвайте разтворители върху пластмасовите части."],
    ["The appliance is heavy and must be lifted by two people.", "Уредът е тежък и трябва да се повдига от двама души."],
    ["Disconnect the appliance from the mains before cleaning.", "Изключете уреда от мрежата преди почистване."],
    [
      "If the mains cable is damaged, it must be replaced by the manufacturer.",
      "Ако захранващият кабел е повреден, той трябва да бъде сменен от производителя.",
    ],
    ["Do not install the appliance outdoors.", "Не монтирайте уреда на открито."],
    ["Always use the new hose set supplied with the appliance.", "Винаги използвайте новия комплект маркучи, доставен с уреда."],
    ["Clean the filter once a month.", "Почиствайте филтъра веднъж месечно."],
    ["Leave the door open after washing so that the drum can dry.", "Оставете вратата отворена след прането, за да изсъхне барабанът."],
    ["Use only detergents suitable for washing machines.", "Използвайте само перилни препарати, подходящи за перални машини."],
    ["Check the pockets of the laundry before washing.", "Проверете джобовете на дрехите преди пране."],
    ["Do not overload the drum.", "Не претоварвайте барабана."],
    ["Close the water tap when the appliance is not in use.", "Затваряйте крана за водата, когато уредът не се използва."],
    ["Remove the transport bolts before you switch the appliance on.", "Отстранете транспортните болтове, преди да включите уреда."],
    ["The appliance must stand level on a firm floor.", "Уредът трябва да стои хоризонтално на твърд под."],
    ["Do not place the appliance on a carpet.", "Не поставяйте уреда върху килим."],
    ["Contact the service centre if the appliance does not work.", "Свържете се със сервизния център, ако уредът не работи."],
    ["Keep this manual for future reference.", "Запазете това ръководство за бъдещи справки."],
  ];
  const en = [
    "# Safety instructions",
    SAFETY.map(([e]) => `- ${e}`).join("\n"),
    "# Technical specifications",
    "The table gives the data of every model covered by this manual.",
    table("Model", [
      ["Rated voltage", same("220-240 V")],
      ["Frequency", same("50 Hz")],
      ["Maximum power", models.map((_, x) => `${2000 + (x % 3) * 100} W`)],
      ["Net weight", models.map((_, x) => `${68 + (x % 5)} kg`)],
      ["Water pressure", same("0.05-0.8 MPa")],
      ["Energy class", same("A")],
    ]),
    "# Installation",
    "Remove the transport bolts before you switch the appliance on.",
  ].join("\n\n");
  const bg = [
    "# Инструкции за безопасност",
    SAFETY.map(([, b]) => `- ${b}`).join("\n"),
    "# Технически данни",
    "Таблицата дава данните на всеки модел, за който се отнася това ръководство.",
    table("Модел", [
      ["Номинално напрежение", same("220-240 V")],
      ["Честота", same("50 Hz")],
      ["Максимална мощност", models.map((_, x) => `${2000 + (x % 3) * 100} W`)],
      ["Нето тегло", models.map((_, x) => `${68 + (x % 5)} кг`)],
      ["Налягане на водата", same("0,05-0,8 MPa")],
      ["Енергиен клас", same("A")],
    ]),
    "# Монтаж",
    "Отстранете транспортните болтове, преди да включите уреда.",
  ].join("\n\n");

  test("the A cells are linked one to one, and nothing is told left out or added", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-cells-"));
    writeFileSync(join(dir, "spec.en.md"), en);
    writeFileSync(join(dir, "spec.bg.md"), bg);
    const bitext = await alignFiles(join(dir, "spec.en.md"), join(dir, "spec.bg.md"), { sourceLang: "en", targetLang: "bg" }).finally(() =>
      rmSync(dir, { recursive: true, force: true }),
    );
    const cells = bitext.links.filter((l) => l.source.some((i) => bitext.source.segments[i]!.text === "A"));
    expect(cells).toHaveLength(15);
    for (const link of cells) {
      expect(link.kind).toBe("1-1");
      expect(bitext.target.segments[link.target[0]!]!.text).toBe("A");
    }
    expect(bitext.links.flatMap((l) => l.flags).filter((f) => f.type === "missing" || f.type === "added")).toEqual([]);
  });
});

describe("a manual whose translation put translator's notes where a passage was", () => {
  const STEPS: ReadonlyArray<readonly [string, string]> = [
    ["Изключете уреда от контакта преди почистване.", "Unplug the appliance before cleaning it."],
    ["Свалете предния капак, като развиете четирите винта.", "Remove the front cover by undoing the four screws."],
    ["Проверете дали уплътнението не е напукано.", "Check that the seal is not cracked."],
    ["Почистете филтъра с мека четка под течаща вода.", "Clean the filter with a soft brush under running water."],
    ["Поставете филтъра обратно и затегнете капака.", "Put the filter back and tighten the cover."],
    ["Включете уреда и изчакайте индикаторът да светне.", "Switch the appliance on and wait for the indicator to light up."],
    ["Ако индикаторът мига в червено, обадете се на сервиза.", "If the indicator flashes red, call the service centre."],
    ["Не използвайте абразивни препарати.", "Do not use abrasive cleaners."],
    ["Пазете уреда далеч от деца.", "Keep the appliance away from children."],
    ["Сменяйте филтъра веднъж годишно.", "Replace the filter once a year."],
    ["Водата в резервоара трябва да се сменя всеки ден.", "The water in the tank must be changed every day."],
    ["Изхвърлете стария филтър разделно.", "Dispose of the old filter separately."],
  ];
  const NOTES = [
    "Translator's note: the original refers to national standards that do not apply in the United Kingdom.",
    "Editor's remark: customers in Ireland should contact their local distributor.",
    "Note for the English edition: spare parts may be sold under different names.",
    "Translator's note: the wiring colours shown are those used in continental Europe.",
    "Editor's remark: this section was shortened for the English edition.",
    "Translator's note: prices in the original are given in Bulgarian leva.",
    "Editor's remark: the warranty terms differ outside the European Union.",
    "Note for the English edition: the helpline is open on weekdays only.",
  ];

  test("the passage is one left out and the notes one added; no note is linked to an instruction", () => {
    const bg: string[] = [];
    const en: string[] = [];
    const leftOut = new Set<string>();
    for (let section = 0; section < 10; section++) {
      const paragraph: string[] = [];
      const translated: string[] = [];
      STEPS.forEach(([b, e], k) => {
        const text = `Стъпка ${section * 12 + k + 1}. ${b}`;
        paragraph.push(text);
        if (section === 5) leftOut.add(text);
        else translated.push(`Step ${section * 12 + k + 1}. ${e}`);
      });
      bg.push(paragraph.join(" "));
      en.push((section === 5 ? NOTES : translated).join(" "));
    }
    const b = align(bg.join("\n\n"), en.join("\n\n"));
    const notes = new Set(NOTES);
    const paired = b.links.filter((l) => l.source.length > 0 && l.target.length > 0);
    expect(paired.filter((l) => l.target.some((j) => notes.has(b.target.segments[j]!.text)))).toEqual([]);
    expect(paired.filter((l) => l.source.some((i) => leftOut.has(b.source.segments[i]!.text)))).toEqual([]);
    expect(paired).toHaveLength(108);
    // The review tells one passage left out and one added: one run of links with each (the translator's note among the
    // added is information since the seventy-sixth session: the translator's own words).
    const runs = (type: string) =>
      b.links.filter((l, k) => {
        const has = (x: (typeof b.links)[number] | undefined) =>
          (x?.flags ?? []).some((f) => f.type === type && (f.severity === "error" || (type === "added" && f.severity === "info")));
        return has(l) && !has(b.links[k - 1]);
      }).length;
    expect([runs("missing"), runs("added")]).toEqual([1, 1]);
  });
});

describe("a kettle's manual whose three sentences in a row use words no dictionary has (stranger 78)", () => {
  const PAIRS: ReadonlyArray<readonly [string, string]> = [
    ["Уредът е предназначен само за домашна употреба.", "The appliance is intended for household use only."],
    ["Не потапяйте уреда във вода.", "Do not immerse the appliance in water."],
    ["Пазете уреда далеч от деца.", "Keep the appliance away from children."],
    ["Не използвайте уреда, ако кабелът е повреден.", "Do not use the appliance if the cord is damaged."],
    ["Стъпка 1. Махнете опаковката.", "Step 1. Remove the packaging."],
    ["Стъпка 2. Поставете уреда на равна повърхност.", "Step 2. Place the appliance on a level surface."],
    ["Стъпка 3. Включете уреда в контакта.", "Step 3. Plug the appliance into the socket."],
    ["Стъпка 4. Изчакайте индикаторът да светне.", "Step 4. Wait for the indicator to light up."],
    ["Котлен камък", "Limescale"],
    ["Разтворете лъжичка лимонена киселина.", "Dissolve a spoonful of citric acid."],
    ["Изплакнете обилно, докато миризмата изчезне.", "Rinse thoroughly until the smell has gone."],
    ["Не използвайте абразивни препарати.", "Do not use abrasive cleaners."],
    ["Сменяйте филтъра веднъж годишно.", "Replace the filter once a year."],
    ["Гаранционният срок е 24 месеца.", "The warranty period is 24 months."],
    ["Гаранцията не покрива повреди от неправилна употреба.", "The warranty does not cover damage caused by misuse."],
    ["Изхвърлете стария уред разделно.", "Dispose of the old appliance separately."],
    ["При повреда се обърнете към сервиза.", "In case of a fault, contact the service centre."],
    ["Не отваряйте корпуса на уреда.", "Do not open the housing of the appliance."],
    ["Ремонтът се извършва само от сервиза.", "Repairs are carried out only by the service centre."],
    ["Производителят не носи отговорност за щети от неправилна употреба.", "The manufacturer is not liable for damage caused by misuse."],
    ["Пазете гаранционната карта.", "Keep the warranty card."],
    ["Уредът отговаря на изискванията на Европейския съюз.", "The appliance meets the requirements of the European Union."],
    ["Мощност: 2200 W.", "Power: 2200 W."],
    ["Напрежение: 230 V.", "Voltage: 230 V."],
    ["Честота: 50 Hz.", "Frequency: 50 Hz."],
    ["Тегло: 1,2 кг.", "Weight: 1.2 kg."],
    ["Не оставяйте уреда включен без надзор.", "Do not leave the appliance switched on unattended."],
    ["Използвайте само оригинални резервни части.", "Use only original spare parts."],
    ["Не поставяйте уреда близо до източници на топлина.", "Do not place the appliance near sources of heat."],
    ["Изключвайте уреда от контакта след употреба.", "Unplug the appliance after use."],
    ["Прочетете инструкциите преди първата употреба.", "Read the instructions before first use."],
    ["Запазете инструкциите за бъдеща справка.", "Keep the instructions for future reference."],
  ];
  const paragraphs = [PAIRS.slice(0, 4), PAIRS.slice(4, 8), PAIRS.slice(8, 9), PAIRS.slice(9, 13), PAIRS.slice(13, 20), PAIRS.slice(20)];

  test("they stay linked one to one, questioned by the review as information, not told as a passage left out and one added", () => {
    const b = align(
      paragraphs.map((p) => p.map(([bg]) => bg).join(" ")).join("\n\n"),
      paragraphs.map((p) => p.map(([, en]) => en).join(" ")).join("\n\n"),
    );
    expect(b.links.map((l) => `${l.source}:${l.target}`)).toEqual(PAIRS.map((_, k) => `${k}:${k}`));
    expect(b.links.flatMap((l) => l.flags.filter((f) => f.severity !== "info"))).toEqual([]);
  });

  const withHeading = (bg: string, en: string) =>
    align(
      paragraphs.map((p, k) => (k === 2 ? bg : p.map(([b]) => b).join(" "))).join("\n\n"),
      paragraphs.map((p, k) => (k === 2 ? en : p.map(([, e]) => e).join(" "))).join("\n\n"),
    );
  const unmatched = (b: ReturnType<typeof align>) =>
    b.links.flatMap((l) => l.flags.filter((f) => f.type === "missing" || f.type === "added").map((f) => `${f.severity} ${f.type}`));

  test("a heading translated freely, far shorter and sharing no word, left alone facing its translation: a warning each, not two errors", () => {
    const b = withHeading("Премахване на котления камък", "Descaling");
    const flags = b.links.flatMap((l) => l.flags.filter((f) => /a heading of its own too/.test(f.reason)));
    expect(flags.map((f) => `${f.severity} ${f.type}`).sort()).toEqual(["warning added", "warning missing"]);
    expect(flags[0]!.reason).toMatch(/this heading translated freely, or another heading\?$/);
    expect(unmatched(b).filter((f) => f.startsWith("error"))).toEqual([]);
  });

  test("a heading facing a sentence that is no heading (it ends on a full stop) is left out and added, errors as before", () => {
    const b = withHeading("Премахване на котления камък", "Keep the receipt of purchase in a safe place for the guarantee.");
    expect(
      unmatched(b)
        .filter((f) => f.startsWith("error"))
        .sort(),
    ).toEqual(["error added", "error missing"]);
  });
});
