/**
 * What the seventy-third session mended from its strangers (300-) and the seventy-second's list: a numbered list
 * renumbered after a step left out, paired by its labels' numbers and not its words.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, alignFiles } from "../src/index.js";
import { segment } from "../src/segment/index.js";
import { flagTexts, pairFlagTexts } from "./helpers.js";

/** Each link as `source ids:target ids`, 1-based as a reader counts sentences. */
const shape = (b: ReturnType<typeof align>) =>
  b.links.map((l) => `${l.source.map((i) => i + 1).join(",")}:${l.target.map((j) => j + 1).join(",")}`).join(" ");

describe("a list renumbered after a step left out pairs by its words (strangers 299, 302)", () => {
  test("five steps, the second left out and the rest numbered on: each step with its own translation, the second missing", () => {
    const b = align(
      [
        "Стъпка 1. Изтеглете архива от сайта.",
        "Стъпка 2. Разархивирайте го в папка по избор.",
        "Стъпка 3. Стартирайте инсталатора като администратор.",
        "Стъпка 4. Рестартирайте компютъра.",
        "Стъпка 5. Въведете лицензния ключ.",
      ].join("\n"),
      [
        "Step 1. Download the archive from the website.",
        "Step 2. Run the installer as administrator.",
        "Step 3. Restart the computer.",
        "Step 4. Enter the licence key.",
      ].join("\n"),
    );
    expect(shape(b)).toBe("1:1 2: 3:2 4:3 5:4");
    expect(flagTexts(b)).toEqual(["error missing: this sentence is not translated"]);
  });

  test("an English original's step left out of the Bulgarian and the rest renumbered: the step left out is the one said", () => {
    const en = [
      "Testing your blood glucose",
      "",
      "Step 1. Wash your hands with warm, soapy water and dry them thoroughly.",
      "Step 2. Insert a new lancet into the lancing device and select the penetration depth.",
      "Step 3. Insert a test strip into the strip port with the contact bars facing up.",
      "Step 4. Press the lancing device firmly against the side of your fingertip and press the release button.",
      "Step 5. Touch the blood drop to the tip of the test strip.",
      "Step 6. Hold the strip in the blood drop until the meter beeps.",
      "Step 7. Read your result, which appears within five seconds.",
    ].join("\n");
    const bg = [
      "Измерване на кръвната захар",
      "",
      "Стъпка 1. Измийте ръцете си с топла вода и сапун и ги подсушете добре.",
      "Стъпка 2. Поставете нов ланцет в устройството за пробиване и изберете дълбочината на пробиване.",
      "Стъпка 3. Поставете тест лента в гнездото за лента с контактите нагоре.",
      "Стъпка 4. Докоснете капката кръв с върха на тест лентата.",
      "Стъпка 5. Задръжте лентата в капката кръв, докато уредът издаде звуков сигнал.",
      "Стъпка 6. Отчетете резултата, който се появява до пет секунди.",
    ].join("\n");
    const b = align(en, bg, { sourceLang: "en", targetLang: "bg" });
    expect(shape(b)).toBe("1:1 2:2 3:3 4:4 5: 6:5 7:6 8:7");
    const missing = b.links.filter((l) => l.flags.some((f) => f.type === "missing" && f.severity === "error"));
    expect(missing.map((l) => l.source)).toEqual([[4]]);
  });

  test("labels still tell identical steps apart where the translation kept its numbers", () => {
    // "Step 1." left out and not renumbered: the one step translated is the second, by its label.
    const b = align("Стъпка 1. Натиснете бутона OK.\nСтъпка 2. Натиснете бутона OK.", "Step 2. Press the OK button.");
    expect(shape(b)).toBe("1: 2:1");
    // A step left out with the numbering kept (1, 2, 4): the labels pair the rest.
    const kept = align(
      "Стъпка 1. Натиснете бутона OK.\nСтъпка 2. Натиснете бутона OK.\nСтъпка 3. Натиснете бутона OK.\nСтъпка 4. Натиснете бутона OK.",
      "Step 1. Press the OK button.\nStep 2. Press the OK button.\nStep 4. Press the OK button.",
    );
    expect(shape(kept)).toBe("1:1 2:2 3: 4:3");
  });
});

describe("a manual's procedures with a step left out, joined or relabelled (stranger 308)", () => {
  const BG = [
    "Изключете машината от главния прекъсвач.",
    "Изчакайте шпиндела да спре напълно.",
    "Отворете предпазния капак.",
    "Развийте двата фиксиращи винта на патронника.",
    "Извадете инструмента от патронника.",
    "Почистете конуса на патронника с чиста кърпа.",
    "Поставете новия инструмент до упор.",
    "Затегнете фиксиращите винтове с момент 12 Nm.",
    "Затворете предпазния капак.",
    "Включете машината и направете пробен ход без натоварване.",
  ];
  const EN = [
    "Switch off the machine at the main switch.",
    "Wait until the spindle has come to a complete stop.",
    "Open the safety guard.",
    "Undo the two chuck locking screws.",
    "Remove the tool from the chuck.",
    "Clean the chuck taper with a clean cloth.",
    "Insert the new tool as far as it will go.",
    "Tighten the locking screws to 12 Nm.",
    "Close the safety guard.",
    "Switch on the machine and make a test run without load.",
  ];
  /** The procedure with its steps marked by `mark` (the step's number from 1), step `left` (0-based) left out of the English. */
  const procedure = (mark: (n: number, bg: boolean) => string, left: number) =>
    align(
      ["Смяна на инструмента", ...BG.map((t, k) => `${mark(k + 1, true)}${t}`)].join("\n"),
      ["Changing the tool", ...EN.filter((_, k) => k !== left).map((t, k) => `${mark(k + 1, false)}${t}`)].join("\n"),
    );
  test("ten steps, the third left out and the rest renumbered, labelled 'Стъпка N.' (10 among them) or 'N.': the third is missing", () => {
    for (const mark of [(n: number, bg: boolean) => `${bg ? "Стъпка" : "Step"} ${n}. `, (n: number) => `${n}. `]) {
      const b = procedure(mark, 2);
      expect(shape(b)).toBe("1:1 2:2 3:3 4: 5:4 6:5 7:6 8:7 9:8 10:9 11:10");
      expect(flagTexts(b)).toEqual(["error missing: this sentence is not translated"]);
    }
  });

  test("the first step left out of a list of bullets or numbers is missing, not run into the second", () => {
    for (const mark of [() => "- ", (n: number) => `${n}. `]) {
      const b = procedure(mark, 0);
      expect(shape(b).startsWith("1:1 2: 3:2 4:3")).toBe(true);
      expect(flagTexts(b)).toEqual(["error missing: this sentence is not translated"]);
    }
  });

  test("a lettered list relabelled after an item left out: the item is missing, the letters after it are notes", () => {
    const b = align(
      "Преди всяка смяна проверете:\nа) изправността на аварийния стоп бутон;\nб) нивото на охлаждащата течност;\nв) налягането на сгъстения въздух;\nг) затягането на детайла в менгемето.",
      "Before each shift, check:\na) that the emergency stop button works;\nb) the compressed air pressure;\nc) that the workpiece is clamped in the vice.",
    );
    expect(shape(b)).toBe("1:1 2:2 3: 4:3 5:4");
    expect(flagTexts(b)).toEqual(["error missing: this sentence is not translated"]);
    expect(b.links[3]!.flags.map((f) => `${f.severity} ${f.reason}`)).toEqual([
      "info the translation numbers this item b), the source в): the list is renumbered after an item the translation leaves out (source sentence 3)",
    ]);
  });

  test("two steps translated in the other order, each with its own number, are an order warning, no clause renumbered (stranger 308)", () => {
    const bg = BG.map((t, k) => `${k + 1}. ${t}`);
    const en = EN.map((t, k) => `${k + 1}. ${t}`);
    [en[5], en[6]] = [en[6]!, en[5]!];
    const b = align(["Смяна на инструмента", ...bg].join("\n"), ["Changing the tool", ...en].join("\n"));
    expect(flagTexts(b)).toEqual([
      "warning order: these two sentences are translated in the opposite order: source sentence 7 is translation sentence 8, and 8 is 7",
    ]);
  });

  test("a step the translation splits in two, the rest renumbered, is a split, not a step added (regress73: 308/00)", () => {
    const b = align(
      [
        "Смяна на механичното уплътнение",
        "Стъпка 1. Демонтирайте двигателя от корпуса на помпата.",
        "Стъпка 2. Развийте гайката на работното колело, като придържате вала с ключ 13 mm, и свалете работното колело.",
        "Стъпка 3. Извадете старото уплътнение и почистете гнездото.",
        "Стъпка 4. Затегнете гайката на работното колело с момент 25 Nm.",
      ].join("\n"),
      [
        "Replacing the mechanical seal",
        "Step 1. Remove the motor from the pump casing.",
        "Step 2. Hold the shaft with a 13 mm spanner and undo the impeller nut.",
        "Step 3. Pull off the impeller.",
        "Step 4. Remove the old seal and clean the seat.",
        "Step 5. Tighten the impeller nut to 25 Nm.",
      ].join("\n"),
    );
    expect(shape(b)).toBe("1:1 2:2 3:3,4 4:5 5:6");
    expect(flagTexts(b)).toEqual([]);
  });

  test("the last step left out, the numbers kept: the last is missing, the labels telling where the words do not (stranger 310)", () => {
    const en = [
      "Step 1. Check that the compressed air pressure is at least 6 bar.",
      "Step 2. Turn the main switch to ON.",
      "Step 3. Release the emergency stop button.",
      "Step 4. Press POWER ON on the control panel and wait for the control to boot.",
      "Step 5. Reference all axes by pressing ZERO RETURN.",
      "Step 6. Warm up the spindle with program O9000 for 10 minutes.",
      "Step 7. Check the coolant concentration, which should be 6 to 8%.",
      "Step 8. Check the way lube level.",
      "Step 9. Load the tools listed in the set-up sheet.",
      "Step 10. Measure the tool lengths with the tool setter.",
    ];
    const bg = [
      "Стъпка 1. Проверете дали налягането на сгъстения въздух е най-малко 6 bar.",
      "Стъпка 2. Завъртете главния прекъсвач в положение ON.",
      "Стъпка 3. Освободете бутона за аварийно спиране.",
      "Стъпка 4. Натиснете POWER ON на пулта за управление и изчакайте управлението да се зареди.",
      "Стъпка 5. Реферирайте всички оси с бутона ZERO RETURN.",
      "Стъпка 6. Загрейте шпиндела с програма O9000 в продължение на 10 минути.",
      "Стъпка 7. Проверете концентрацията на охлаждащата течност, която трябва да е от 6 до 8 %.",
      "Стъпка 8. Проверете нивото на маслото за смазване на водачите.",
      "Стъпка 9. Заредете инструментите, посочени в картата за настройка.",
    ];
    const b = align(en.join("\n"), bg.join("\n"), { sourceLang: "en", targetLang: "bg" });
    expect(shape(b)).toBe("1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:");
    expect(flagTexts(b)).toEqual(["error missing: this sentence is not translated"]);
  });

  test("a checklist of like items, the ninth left out and the rest renumbered: the ninth is missing (stranger 310)", () => {
    const bg = [
      "Проверете нивото на моторното масло.",
      "Проверете нивото на охладителната течност.",
      "Проверете нивото на хидравличното масло.",
      "Проверете налягането в гумите.",
      "Огледайте вилиците за пукнатини.",
      "Проверете веригите на мачтата.",
      "Проверете за течове под машината.",
      "Проверете действието на спирачките.",
      "Проверете ръчната спирачка.",
      "Проверете звуковия сигнал.",
      "Проверете светлините и сигналната лампа.",
      "Проверете колана на седалката.",
    ];
    const en = [
      "Check the engine oil level.",
      "Check the coolant level.",
      "Check the hydraulic oil level.",
      "Check the tyre pressure.",
      "Inspect the forks for cracks.",
      "Check the mast chains.",
      "Check for leaks under the machine.",
      "Check that the brakes work.",
      "Check the horn.",
      "Check the lights and the beacon.",
      "Check the seat belt.",
    ];
    const b = align(bg.map((t, k) => `${k + 1}. ${t}`).join("\n"), en.map((t, k) => `${k + 1}. ${t}`).join("\n"));
    expect(shape(b)).toBe("1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9: 10:9 11:10 12:11");
  });

  test("two steps joined into one, the rest renumbered: the notes say the items were joined, not left out", () => {
    const b = align(
      ["Смяна на инструмента", ...BG.slice(0, 7).map((t, k) => `${k + 1}) ${t}`)].join("\n"),
      [
        "Changing the tool",
        ...[...EN.slice(0, 3), "Undo the two chuck locking screws and remove the tool from the chuck.", ...EN.slice(5, 7)].map(
          (t, k) => `${k + 1}) ${t}`,
        ),
      ].join("\n"),
    );
    const notes = b.links.flatMap((l) => l.flags.filter((f) => f.type === "numbers").map((f) => f.reason));
    expect(notes[0]).toBe(
      "the translation numbers this item 5, the source 6: the list is renumbered after items the translation joins into one",
    );
    expect(flagTexts(b)).toEqual([]);
  });
});

describe("a report's units and a court's words (strangers 301, 302, 305)", () => {
  test("tonnes and joules by their prefixes, of CO2 equivalent too, convert; the same figure with another prefix is an error", () => {
    const clean: Array<[string, string]> = [
      ["Общите емисии са 1 687,9 ktCO2e.", "Total emissions were 1.69 MtCO2e."],
      ["Общото потребление на енергия е 10 422 182 GJ.", "Total energy consumption was 10.4 PJ."],
      ["Интензитетът е 587 кг CO2e на тон продукт.", "Intensity was 0.587 tCO2e per tonne of product."],
      ["Емисиите от обхват 1 са 1 234,6 хил. т CO2e.", "Scope 1 emissions were 1,234.6 ktCO2e."],
      ["Потреблението на пара е 2,4 TJ.", "Steam consumption was 2,400 GJ."],
      ["Емисиите на метан са 1 240 tCO2e.", "Methane emissions were 1,240 t CO2-eq."],
      // A watt-hour is 3,600 joules.
      ["Потреблението е 1 MWh.", "Consumption was 3.6 GJ."],
    ];
    for (const [bg, en] of clean) expect(pairFlagTexts(bg, en).filter((f) => !f.startsWith("info"))).toEqual([]);
    expect(pairFlagTexts("Емисиите са 405,1 ktCO2e.", "Emissions were 405.1 tCO2e.")).toEqual([
      "error units: the translation says 405.1 tCO2e where the source says 405,1 ktCO2e: another unit",
    ]);
    expect(pairFlagTexts("Потреблението на природен газ е 1 087 950 GJ.", "Natural gas consumption was 1,087,950 TJ.")).toEqual([
      "error units: the translation says 1,087,950 TJ where the source says 1 087 950 GJ: another unit",
    ]);
  });

  test("a fall said in words keeps a figure's minus: 'down 4.6%', 'fell 6.0%'; a loss turned to a profit is still an error", () => {
    expect(pairFlagTexts("Изменението спрямо 2023 г. е -4,6%.", "The change compared with 2023 is down 4.6%.")).toEqual([]);
    expect(pairFlagTexts("Изменението на обхват 2 е -6,0%.", "Scope 2 emissions fell 6.0%.")).toEqual([]);
    expect(pairFlagTexts("Изменението на обхват 2 е -6,0%.", "Scope 2 emissions grew 6.0%.")).toEqual([
      "error numbers: the source writes -6,0 below zero where the translation has 6.0 with no brackets, minus or word of a loss: sign lost?",
    ]);
  });

  test("tonnes and percentage points after a figure may end a sentence; a clause's point before its number does not", () => {
    const texts = (t: string) => segment(t, "bg").map((s) => s.text);
    expect(texts("Генерираните отпадъци са 18 450 т. Опасните отпадъци са 312 т.")).toEqual([
      "Генерираните отпадъци са 18 450 т.",
      "Опасните отпадъци са 312 т.",
    ]);
    expect(texts("Делът нарасна с 1,4 п.п. Текучеството намаля с 1,3 п.п.")).toEqual([
      "Делът нарасна с 1,4 п.п.",
      "Текучеството намаля с 1,3 п.п.",
    ]);
    expect(texts("Съгласно чл. 5, ал. 2, т. 3 от договора страните се задължават. Според ал. 2 т. 1 Купувачът плаща.")).toEqual([
      "Съгласно чл. 5, ал. 2, т. 3 от договора страните се задължават.",
      "Според ал. 2 т. 1 Купувачът плаща.",
    ]);
  });

  test("a maker's name and postal address copied into the translation is right; a sentence copied is not", () => {
    const address = "Infusa Medical Systems Ltd., 14 Harbour Road, Cork T12 X2Y4, Ireland.";
    const sentence = "Store the device at room temperature, away from 3 sources of heat, Ltd.";
    const b = align(
      `Manufacturer\n\n${address}\n${sentence}\nFor technical support, contact your local distributor.\n`,
      `Производител\n\n${address}\n${sentence}\nЗа техническа поддръжка се обърнете към местния дистрибутор.\n`,
      { sourceLang: "en", targetLang: "bg" },
    );
    expect(flagTexts(b)).toEqual(["error untranslated: the translation is the source text, unchanged"]);
    expect(b.links.find((l) => l.flags.length > 0)?.source).toEqual([2]);
  });

  test("a day of the month in words from eleven to nineteen is its figure; another day is a date changed", () => {
    const bg = "Съдът, в публично заседание на тринадесети ноември две хиляди двадесет и четвърта година, разгледа гр. д. № 5521/2024 г.";
    expect(pairFlagTexts(bg, "At a public hearing on 13 November 2024, the court heard civil case No. 5521/2024.")).toEqual([]);
    expect(pairFlagTexts(bg, "At a public hearing on 30 November 2024, the court heard civil case No. 5521/2024.")).toEqual([
      "error dates: the translation says 30 November 2024 where the source says тринадесети ноември",
    ]);
  });

  test("'не отговаря за' is 'is not responsible for', whatever 'the respondent' before it says", () => {
    expect(
      pairFlagTexts(
        "Ответникът Община Варна оспорва иска и твърди, че не отговаря за поддръжката на дърветата в двора.",
        "The respondent, the Municipality of Varna, contests the claim and alleges that it is not responsible for the maintenance of the trees in the yard.",
      ),
    ).toEqual([]);
  });

  test("an instruction's prohibition dropped in a Bulgarian translation is an error whatever its verb's form (stranger 306)", () => {
    expect(
      pairFlagTexts("Do not remove the last editor of a notebook.", "Премахнете последния редактор на бележника.", "en", "bg"),
    ).toEqual(['error negation: the source says "Do not remove", and the translation has no negation: meaning reversed?']);
    expect(pairFlagTexts("We will never ask for your password by email.", "Винаги ще ви искаме паролата по имейл.", "en", "bg")).toEqual([
      'error negation: the source says "will never ask", and the translation has no negation: meaning reversed?',
    ]);
  });

  test("'Do not reuse' said as single use and 'Do not expose to' as 'Пазете от' are no negation lost (stranger 302)", () => {
    expect(
      pairFlagTexts(
        "WARNING: Do not reuse test strips or lancets.",
        "ПРЕДУПРЕЖДЕНИЕ: Тест лентите и ланцетите са само за еднократна употреба.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "CAUTION: Do not expose the pump to direct sunlight.",
        "ВНИМАНИЕ: Пазете помпата от пряка слънчева светлина.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "CAUTION: Do not expose the pump to direct sunlight.",
        "ВНИМАНИЕ: Излагайте помпата на пряка слънчева светлина.",
        "en",
        "bg",
      ),
    ).toEqual(['warning negation: the source says "Do not expose", and the translation has no negation: meaning reversed?']);
  });

  test("a help centre's Markdown: ⌘ is Cmd, a link to the page in the translation's locale, a product's name as a column (stranger 306)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-306-"));
    let n = 0;
    const md = async (en: string, bg: string) => {
      const [e, b] = [join(dir, `${++n}.en.md`), join(dir, `${n}.bg.md`)];
      writeFileSync(e, en);
      writeFileSync(b, bg);
      return flagTexts(await alignFiles(e, b, { sourceLang: "en", targetLang: "bg" }));
    };
    expect(await md("On a Mac, press **Cmd+S** to save.\n", "На Mac натиснете **⌘+S**, за да запазите.\n")).toEqual([]);
    expect(await md("On a Mac, press **Cmd+S** to save.\n", "На Mac натиснете **Ctrl+S**, за да запазите.\n")).toEqual([
      "error names: the translation has Ctrl+S where the source has Cmd+S: codes and e-mails are copied exactly",
    ]);
    expect(
      await md(
        "See the [keyboard guide](https://help.notebird.com/en-us/keyboard) for details.\n",
        "Вижте [ръководството за клавиатурата](https://help.notebird.com/bg-bg/keyboard) за подробности.\n",
      ),
    ).toEqual([]);
    expect(
      await md(
        "| Action | Windows | macOS |\n| --- | --- | --- |\n| Undo | Ctrl+Z | Cmd+Z |\n",
        "| Действие | Windows | macOS |\n| --- | --- | --- |\n| Отмяна | Ctrl+Z | Cmd+Z |\n",
      ),
    ).toEqual([]);
  });

  test("a match's result turned around is an error, said with the winner first or the loser first (stranger 309)", () => {
    expect(pairFlagTexts("Левски победи Славия с 4:1 в мач от 13-ия кръг.", "Slavia beat Levski 4-1 in a Round 13 match.")).toEqual([
      'error names: the source\'s winner is Левски ("Левски победи Славия"), the translation\'s Slavia ("Slavia beat Levski"): the result turned around?',
    ]);
    expect(pairFlagTexts("Лудогорец победи Берое с 2:1.", "Ludogorets beat Beroe 2-1.")).toEqual([]);
    expect(pairFlagTexts("Лудогорец победи Берое с 2:1.", "Beroe lost to Ludogorets 2-1.")).toEqual([]);
    expect(pairFlagTexts("Лудогорец победи Берое с 2:1.", "Ludogorets lost to Beroe 2-1.")).toEqual([
      'error names: the source\'s winner is Лудогорец ("Лудогорец победи Берое"), the translation\'s Beroe ("Ludogorets lost to Beroe"): the result turned around?',
    ]);
  });

  test("an office before a name is no part of it: the name replaced is told as the person's (stranger 309)", () => {
    expect(
      pairFlagTexts("Министърът Иван Петков заяви, че планът ще бъде подкрепен.", "Minister Ivan Dimov said the plan would be supported."),
    ).toEqual([
      "warning names: the name Иван Петков (Ivan Petkov) is not in the translation, which names Dimov instead: replaced by another name?",
    ]);
    expect(
      pairFlagTexts("Министърът Иван Петков заяви, че планът ще бъде подкрепен.", "Minister Ivan Petkov said the plan would be supported."),
    ).toEqual([]);
  });

  test("an appeal's parties swapped are an error; a first instance's defendant as 'the respondent' is not (stranger 305)", () => {
    expect(
      pairFlagTexts("Въззиваемият Николай Петров Маринов оспорва жалбата.", "The appellant, Nikolay Petrov Marinov, contests the appeal."),
    ).toEqual(["error names: the parties are swapped: the translation says appellant where the source says Въззиваемият"]);
    expect(
      pairFlagTexts("Въззиваемият Николай Петров Маринов оспорва жалбата.", "The respondent, Nikolay Petrov Marinov, contests the appeal."),
    ).toEqual([]);
    expect(
      pairFlagTexts("Ответникът Община Варна оспорва иска.", "The respondent, the Municipality of Varna, contests the claim."),
    ).toEqual([]);
  });

  test("an insurance limit per event made the aggregate, and a judgment upheld made reversed, are errors (strangers 300, 305)", () => {
    expect(
      pairFlagTexts("Лимитът на отговорност за едно събитие е 100 000 лв.", "The limit of liability in the aggregate is BGN 100,000."),
    ).toEqual([
      'error terms: the source says "за едно събитие" (per event), the translation "in the aggregate" (aggregate): another limit?',
    ]);
    expect(
      pairFlagTexts("Лимитът на отговорност за едно събитие е 100 000 лв.", "The limit of liability per event is BGN 100,000."),
    ).toEqual([]);
    expect(pairFlagTexts("ПОТВЪРЖДАВА решение № 1234 от 15.03.2024 г.", "REVERSES Judgment No. 1234 of 15 March 2024.")).toEqual([
      'error terms: the source says "ПОТВЪРЖДАВА" (upheld), the translation "REVERSES" (set aside): the opposite, meaning reversed?',
    ]);
  });

  test("an exclusion turned into cover, and cover into an exclusion, are errors; a device switched off is no exclusion (stranger 300)", () => {
    expect(pairFlagTexts("Изключени от покритието са щети от наводнение.", "Flood damage is covered.")).toEqual([
      'error terms: the source says "Изключени от покритието" (excluded), the translation "covered" (covered): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Застраховката покрива щети от градушка.", "The insurance excludes hail damage.")).toEqual([
      'error terms: the source says "покрива" (covered), the translation "excludes" (excluded): the opposite, meaning reversed?',
    ]);
    expect(pairFlagTexts("Изключени от покритието са щети от наводнение.", "Flood damage is not covered.")).toEqual([]);
    expect(pairFlagTexts("Помпата е изключена.", "The pump is switched off.")).toEqual([]);
  });

  test("the first half of a year is a period, no fraction; thousands and millions of tonnes and megatonnes end a sentence (stranger 311)", () => {
    expect(
      pairFlagTexts(
        "SO2 emissions rose slightly, by 2.4%, due to petcoke delivered in the first half.",
        "Емисиите на SO2 се увеличиха леко, с 2,4%, поради петролния кокс, доставен през първото полугодие.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(pairFlagTexts("Продажбите нараснаха с 3,5% през първото полугодие.", "Sales rose by 3.5% in the first half.")).toEqual([]);
    const texts = (t: string, lang: string) => segment(t, lang).map((x) => x.text);
    expect(texts("Отпадъците са 12,5 хил. т. Рециклирани са 80%. Разходите са 5 млн. лв. за година.", "bg")).toEqual([
      "Отпадъците са 12,5 хил. т.",
      "Рециклирани са 80%.",
      "Разходите са 5 млн. лв. за година.",
    ]);
    expect(texts("Freight was 14.6 Mt. Turnover fell. We climbed Mt. Everest.", "en")).toEqual([
      "Freight was 14.6 Mt.",
      "Turnover fell.",
      "We climbed Mt. Everest.",
    ]);
  });

  test("a heading the translation runs into the next sentence is joined with it, not called missing (stranger 303)", () => {
    const b = align(
      "Кени Уест изнесе реч в подкрепа на Тръмп по време на шоуто.\nНе мина добре\nКени Уест беше освиркан в студиото по време на Saturday Night Live, след като похвали президента на САЩ Доналд Тръмп.",
      "Kanye West gave a pro-Trump speech during the show.\nIt Didn't Go Well Kanye West was booed in the studio during Saturday Night Live after he praised U.S. President Donald Trump.",
    );
    expect(shape(b)).toBe("1:1 2,3:2");
    expect(flagTexts(b)).toEqual([]);
  });

  test("a placeholder in angle brackets translated is no tag changed; a tag lost still is (stranger 307)", () => {
    expect(pairFlagTexts("Здравейте, <Име>! Профилът ви е готов.", "Hello, <Name>! Your profile is ready.")).toEqual([]);
    expect(pairFlagTexts("Натиснете <b>Запази</b> сега.", "Press Save now.")).toEqual([
      "error tags: inline codes differ: the translation lacks <b>, </b>",
    ]);
  });

  test("a thousands comma kept where the unit's prefix changed is a decimal comma converted, no advice to drop it (stranger 311)", () => {
    expect(pairFlagTexts("Waste sent to landfill was 1,284 kt.", "Отпадъците, депонирани на сметища, бяха 1,284 Mt.", "en", "bg")).toEqual(
      [],
    );
    expect(pairFlagTexts("Waste sent to landfill was 1,284 kt.", "Отпадъците, депонирани на сметища, бяха 1,284 kt.", "en", "bg")).toEqual([
      "warning numbers: the translation writes 1,284 as the source does, but in Bulgarian a comma is the decimal mark (a reader there takes 1,284 for 1.284): write 1284",
    ]);
  });

  test("a section's clauses renumbered after one left out are notes, neither numbers nor codes changed (stranger 310)", () => {
    const b = align(
      "4. ТЕХНИЧЕСКО ОБСЛУЖВАНЕ\n\n4.1. Ежедневно обслужване\n\n4.1.1. Проверете нивото на маслото в редуктора.\n4.1.2. Почистете лентата на транспортьора от остатъци.\n4.1.3. Проверете опъна на лентата.\n\n4.2. Седмично обслужване\n\n4.2.1. Смажете лагерите на барабаните с грес Li-EP2.\n4.2.2. Проверете износването на скреперите.\n4.2.3. Затегнете болтовете на рамата.\n4.2.4. Проверете състоянието на аварийното въже по цялата дължина на транспортьора.\n4.2.5. Изпробвайте аварийните изключватели.\n\n4.3. Месечно обслужване\n\n4.3.1. Сменете маслото в редуктора след първите 500 часа работа.\n4.3.2. Проверете центровката на лентата.\n4.3.3. Измерете температурата на лагерите, която не трябва да надвишава 70 °C.\n\n4.4. Годишно обслужване\n\n4.4.1. Извършете пълна ревизия на редуктора в оторизиран сервиз.\n4.4.2. Подменете износените ролки.\n",
      "4. MAINTENANCE\n\n4.1. Daily maintenance\n\n4.1.1. Check the oil level in the gearbox.\n4.1.2. Clean any residue off the conveyor belt.\n4.1.3. Check the belt tension.\n\n4.2. Weekly maintenance\n\n4.2.1. Lubricate the drum bearings with Li-EP2 grease.\n4.2.2. Tighten the frame bolts.\n4.2.3. Check the condition of the emergency pull cord along the entire length of the conveyor.\n4.2.4. Test the emergency stop switches.\n\n4.3. Monthly maintenance\n\n4.3.1. Change the gearbox oil after the first 500 hours of operation.\n4.3.2. Check the belt tracking.\n4.3.3. Measure the bearing temperature, which must not exceed 70 °C.\n\n4.4. Annual maintenance\n\n4.4.1. Have the gearbox fully overhauled at an authorised service centre.\n4.4.2. Replace worn rollers.\n",
    );
    expect(flagTexts(b)).toEqual(["error missing: this sentence is not translated (paragraph 5)"]);
    expect(b.links.flatMap((l) => l.flags.filter((f) => f.severity === "info").map((f) => f.reason))).toEqual(
      [2, 3, 4].map(
        (n) =>
          `the translation numbers this item 4.2.${n}, the source 4.2.${n + 1}: the list is renumbered after an item the translation leaves out (source sentence 8)`,
      ),
    );
  });

  test("clauses of two levels renumbered, and a list whose item says 'двете страни' / 'both parties', are notes after the clause left out (stranger 313)", () => {
    const renumbered = (b: ReturnType<typeof align>) =>
      b.links.flatMap((l) => l.flags.filter((f) => f.severity === "info" && f.type === "numbers").map((f) => f.reason.split(":")[0]));
    const a = align(
      "3. ПРАВА И ЗАДЪЛЖЕНИЯ НА ИЗПЪЛНИТЕЛЯ\n3.1. ИЗПЪЛНИТЕЛЯТ се задължава да реагира на всяко заявление за повреда в срок до 4 часа в работно време.\n3.2. Работното време на ИЗПЪЛНИТЕЛЯ е от понеделник до петък, от 9:00 до 18:00 ч.\n3.3. ИЗПЪЛНИТЕЛЯТ е длъжен да води дневник на извършените дейности и да го предоставя на ВЪЗЛОЖИТЕЛЯ до 5-о число на следващия месец.\n3.4. ИЗПЪЛНИТЕЛЯТ отговаря за вреди, причинени от негови служители при изпълнение на договора.\n3.5. ИЗПЪЛНИТЕЛЯТ има право да получи уговореното възнаграждение в сроковете по раздел 4.\n3.6. ИЗПЪЛНИТЕЛЯТ спазва вътрешните правила на ВЪЗЛОЖИТЕЛЯ за достъп до сградата.\n",
      "3. RIGHTS AND OBLIGATIONS OF THE CONTRACTOR\n3.1. The CONTRACTOR undertakes to respond to every fault report within 4 hours during working hours.\n3.2. The CONTRACTOR's working hours are Monday to Friday, from 9 a.m. to 6 p.m.\n3.3. The CONTRACTOR shall be liable for any damage caused by its employees in the performance of the Contract.\n3.4. The CONTRACTOR is entitled to receive the agreed remuneration within the time limits set out in Section 4.\n3.5. The CONTRACTOR shall observe the CLIENT's internal rules on access to the building.\n",
    );
    expect(flagTexts(a)).toEqual(["error missing: this sentence is not translated"]);
    expect(renumbered(a)).toEqual([3, 4, 5].map((n) => `the translation numbers this item 3.${n}, the source 3.${n + 1}`));
    const b = align(
      "ПРОЦЕДУРА\n1. Служителят на ВЪЗЛОЖИТЕЛЯ подава заявление по телефона или по електронна поща.\n2. Заявлението съдържа описание на повредата и име на лице за контакт.\n3. ИЗПЪЛНИТЕЛЯТ потвърждава получаването на заявлението в рамките на 30 минути.\n4. Техник на ИЗПЪЛНИТЕЛЯ извършва диагностика на място или чрез отдалечен достъп.\n5. След отстраняване на повредата се подписва приемо-предавателен протокол от двете страни.\n6. Протоколите се съхраняват най-малко 5 години.\n",
      "PROCEDURE\n1. The CLIENT's employee submits a report by telephone or by e-mail.\n2. The report contains a description of the fault and the name of a contact person.\n3. A technician of the CONTRACTOR carries out diagnostics on site or by remote access.\n4. After the fault has been repaired, a handover protocol is signed by both parties.\n5. The protocols shall be kept for at least 5 years.\n",
    );
    expect(flagTexts(b)).toEqual(["error missing: this sentence is not translated"]);
    expect(renumbered(b)).toEqual([3, 4, 5].map((n) => `the translation numbers this item ${n}, the source ${n + 1}`));
    expect(pairFlagTexts("Трите страни подписаха договора.", "Both parties signed the contract.")).toEqual([
      "error numbers: the translation says Both where the source says Трите",
    ]);
  });

  test("a prohibition to disclose said as keeping confidential, a fee not to change said as remaining fixed, are no negation lost (stranger 313)", () => {
    expect(
      pairFlagTexts(
        "6.1. Страните се задължават да не разгласяват информация, станала им известна при изпълнението на договора.",
        "6.1. The Parties undertake to keep confidential any information that has come to their knowledge in the performance of the Contract.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts(
        "8.5. Възнаграждението не подлежи на промяна през първите 12 месеца от срока на договора.",
        "8.5. The fee shall remain fixed during the first 12 months of the term of the Contract.",
      ),
    ).toEqual([]);
    expect(
      pairFlagTexts("Страните се задължават да не разгласяват информацията.", "The Parties undertake to disclose the information."),
    ).toEqual(['error negation: the source says "не разгласяват информацията", and the translation has no negation: meaning reversed?']);
  });
});
