/** What a reviewer of an ordinance, a leaflet, a press release and a parts list found (stranger 82). */
import { align } from "../src/index.js";
import { segment } from "../src/segment/index.js";

const flags = (bg: string, en: string) => align(`${bg}\n`, `${en}\n`).links.flatMap((l) => l.flags ?? []);

describe("a prohibition made a permission (stranger 82's ordinance)", () => {
  test("the translation permits what the source forbids: an error saying so", () => {
    expect(
      flags("Пушенето в парка е забранено.", "Smoking in the park is permitted.")
        .filter((f) => f.type === "negation")
        .map((f) => `${f.severity}: ${f.reason}`),
    ).toEqual(['error: the source says "забранено", and the translation permits it ("is permitted"): meaning reversed?']);
    expect(flags("Пушенето в парка е забранено.", "Smoking in the park is prohibited.").filter((f) => f.type === "negation")).toEqual([]);
    // Said positively with a condition the source says no to ("не може ... без"): not a reversal to call an error.
    expect(
      flags("Наемодателят не може да прекрати договора без предизвестие.", "The Landlord may terminate the contract subject to notice.")
        .filter((f) => f.severity === "error")
        .map((f) => f.type),
    ).toEqual([]);
    // A restriction the translation adds ("only"): a rewording to ask about, a warning at most.
    expect(
      flags("Пушенето е забранено извън обозначените места.", "Smoking is permitted only in the designated areas.").filter(
        (f) => f.severity === "error",
      ),
    ).toEqual([]);
  });
});

describe("a parts list (stranger 82)", () => {
  test("'Поз.' is an abbreviation no line ends on, and a label as 'Item' is", () => {
    expect(segment("Поз. 9 Гайка M16\nПоз. 10 Дистанционна втулка\n", "bg").map((s) => s.text)).toEqual([
      "Поз. 9 Гайка M16",
      "Поз. 10 Дистанционна втулка",
    ]);
    const numbers = (en: string) =>
      align("Поз. 10 Дистанционна втулка\nПоз. 11 Съединител\n", en)
        .links.flatMap((l) => l.flags ?? [])
        .filter((f) => f.type === "numbers")
        .map((f) => `${f.severity}: ${f.reason}`);
    expect(numbers("Item 10 Spacer sleeve\nItem 11 Coupling\n")).toEqual([]);
    expect(numbers("Item 12 Spacer sleeve\nItem 11 Coupling\n")).toEqual(["error: the translation says 12 where the source says 10"]);
  });
});

test("a limit on a number written as a word is read as on its figure (stranger 82's ordinance)", () => {
  const limits = (en: string) =>
    flags("Едно лице може да разхожда не повече от две кучета едновременно.", en)
      .filter((f) => f.type === "numbers")
      .map((f) => f.reason);
  expect(limits("One person may walk at least two dogs at a time.")).toEqual([
    'the limit is reversed: the translation says "at least two" where the source says "не повече от две"',
  ]);
  expect(limits("One person may walk no more than two dogs at a time.")).toEqual([]);
  expect(limits("One person may walk up to 2 dogs at a time.")).toEqual([]);
});

test("an ordinance's and a skin cream's words: a list item left out is found, a clean sentence is not cut short (stranger 82)", () => {
  const said = (bg: string, en: string) =>
    flags(bg, en)
      .filter((f) => f.severity !== "info")
      .map((f) => f.reason);
  expect(
    said("Велосипеди, тротинетки и скейтбордове не се допускат в парка.", "Bicycles and skateboards are not allowed in the park."),
  ).toEqual([
    'the source lists 3 items (Велосипеди, тротинетки, скейтбордове) and the translation 2, with nothing for "тротинетки": left out?',
  ]);
  expect(said("Не се допуска влизането на кучета в детските площадки.", "Dogs are not allowed on playgrounds.")).toEqual([]);
});

test("the same figures written alike and read as other numbers: the error says why (stranger 82's press release)", () => {
  const numbers = align("Production reached 1,250 thousand tonnes.\n", "Производството достигна 1,250 хил. тона.\n", {
    sourceLang: "en",
    targetLang: "bg",
  })
    .links.flatMap((l) => l.flags ?? [])
    .filter((f) => f.type === "numbers" && f.severity === "error")
    .map((f) => f.reason);
  expect(numbers).toEqual([
    "the translation says 1,250 хил. where the source says 1,250 thousand: 1,250 written alike is read as another number on each side (a comma or a point is a decimal mark in one language, a thousands separator in the other)",
  ]);
});

test("a clock time read otherwise is no notation: the error names the two times alone", () => {
  const numbers = align("Срещата започва в 9.30 ч.\n", "The meeting starts at 9.30 pm.\n")
    .links.flatMap((l) => l.flags ?? [])
    .filter((f) => f.type === "numbers")
    .map((f) => f.reason);
  expect(numbers).toEqual(["the translation says 9.30 pm where the source says 9.30 ч."]);
});

test("a results sentence saying both ways is compared figure by figure (stranger 82's press release)", () => {
  const said = (en: string, bg: string) =>
    align(`${en}\n`, `${bg}\n`, { sourceLang: "en", targetLang: "bg" })
      .links.flatMap((l) => l.flags ?? [])
      .filter((f) => f.severity !== "info")
      .map((f) => f.reason);
  const en = "Warehousing revenue was up 18.2%, while revenue from customs brokerage was down 3.1%.";
  expect(
    said(en, "Приходите от складови услуги се увеличиха с 18,2%, а приходите от митническо посредничество се увеличиха с 3,1%."),
  ).toEqual(['the source says it shrank ("down 3.1%"), the translation that it grew ("увеличиха с 3,1%"): meaning reversed?']);
  expect(said(en, "Приходите от складови услуги се увеличиха с 18,2%, а приходите от митническо посредничество намаляха с 3,1%.")).toEqual(
    [],
  );
  // One way against both: the figure said otherwise is named.
  expect(
    said(
      "Net profit rose to EUR 14.8 million, up 9.6% from a year earlier.",
      "Нетната печалба нарасна до 14,8 млн. евро, с 9,6% по-малко спрямо година по-рано.",
    ),
  ).toEqual(['the source says it grew ("up 9.6% from"), the translation that it shrank ("по-малко спрямо година"): meaning reversed?']);
});

test("a procedure's warnings put after its steps: each side's three sentences told moved, warnings, not left out and added (stranger 82)", () => {
  const warnings: ReadonlyArray<readonly [string, string]> = [
    [
      "ВНИМАНИЕ: Изключете уреда от електрическата мрежа, преди да започнете.",
      "WARNING: Disconnect the appliance from the mains before you start.",
    ],
    ["Не отваряйте корпуса, докато системата е под налягане.", "Do not open the housing while the system is under pressure."],
    ["Носете защитни ръкавици и предпазни очила.", "Wear protective gloves and safety glasses."],
  ];
  const steps: ReadonlyArray<readonly [string, string]> = [
    ["Стъпка 1. Затворете входящия кран.", "Step 1. Close the inlet valve."],
    ["Стъпка 2. Развийте капака на филтъра.", "Step 2. Unscrew the filter cover."],
    ["Стъпка 3. Извадете стария филтър.", "Step 3. Remove the old filter."],
    ["Стъпка 4. Поставете новия филтър.", "Step 4. Insert the new filter."],
    ["Стъпка 5. Завийте капака на филтъра.", "Step 5. Screw the filter cover back on."],
    ["Стъпка 6. Отворете входящия кран.", "Step 6. Open the inlet valve."],
  ];
  const intro: ReadonlyArray<readonly [string, string]> = [
    ["Филтърът се сменя на всеки шест месеца.", "The filter is replaced every six months."],
    ["Новият филтър се поръчва от сервиза.", "The new filter is ordered from the service centre."],
  ];
  const paragraph = (list: ReadonlyArray<readonly [string, string]>, n: 0 | 1) => list.map((x) => x[n]).join(" ");
  const bg = [intro, warnings, steps].map((p) => paragraph(p, 0)).join("\n\n");
  const en = [intro, steps, warnings].map((p) => paragraph(p, 1)).join("\n\n");
  const said = align(`${bg}\n`, `${en}\n`)
    .links.flatMap((l) => l.flags ?? [])
    .filter((f) => f.type === "missing" || f.type === "added");
  expect(said.length).toBeGreaterThan(0);
  for (const f of said) {
    expect(f.severity).toBe("warning");
    expect(f.reason).toMatch(/the passage moved\?$/u);
  }
});

test("a skin cream's leaflet: a word said everywhere ('skin') still answers the items it is in, so the one left out is found (stranger 82)", () => {
  const en = [
    "Apply a thin layer of the cream to the affected skin twice a day.",
    "Wash your hands after applying the cream to the skin.",
    "Do not apply the cream to broken skin.",
    "Keep the cream away from the eyes and the skin around them.",
    "Rare side effects: redness of the skin, dryness of the skin, stretch marks and acne.",
    "If the skin becomes red, stop using the cream.",
  ];
  const bg = (list: string) => [
    "Нанасяйте тънък слой от крема върху засегнатата кожа два пъти дневно.",
    "Измийте ръцете си след нанасяне на крема върху кожата.",
    "Не нанасяйте крема върху наранена кожа.",
    "Пазете крема далеч от очите и кожата около тях.",
    list,
    "Ако кожата се зачерви, спрете употребата на крема.",
  ];
  const missing = (list: string) =>
    align(`${en.join(" ")}\n`, `${bg(list).join(" ")}\n`, { sourceLang: "en", targetLang: "bg" })
      .links.flatMap((l) => l.flags ?? [])
      .filter((f) => f.type === "missing")
      .map((f) => f.reason);
  // "redness" and "dryness" are no words of the lexicon: "skin" alone answers their items.
  expect(missing("Редки нежелани реакции: зачервяване на кожата, сухота на кожата и стрии.")).toEqual([
    'the source lists 4 items (redness of the skin, dryness of the skin, stretch marks, acne) and the translation 3, with nothing for "acne": left out?',
  ]);
  expect(missing("Редки нежелани реакции: зачервяване на кожата, сухота на кожата, стрии и акне.")).toEqual([]);
});
