/**
 * What the seventy-third session mended from its strangers (300-) and the seventy-second's list: a numbered list
 * renumbered after a step left out, paired by its labels' numbers and not its words.
 */

import { align } from "../src/index.js";
import { flagTexts } from "./helpers.js";

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
