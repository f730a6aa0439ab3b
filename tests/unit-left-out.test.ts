/**
 * A measuring unit left out of an amount (stranger 62): "500 mg" translated
 * "500", "под 25 °C" / "below 25". Money, shares and spans of time are not
 * measures here, and a unit said in words the data do not know, or once for a
 * range, is no unit left out.
 */
import { leafletFlags } from "./helpers.js";

const unitFlags = (bg: string, en: string) => leafletFlags(bg, en).filter((f) => f.includes("unit left out"));

describe("a measuring unit left out", () => {
  test.each([
    ["Всяка таблетка съдържа 500 mg левофлоксацин.", "Each tablet contains 500 of levofloxacin.", "500 mg"],
    ["Да се съхранява при температура под 25 °C.", "Store below 25.", "25 °C"],
    ["Вместимост на купата: 3,5 л.", "Bowl capacity: 3.5.", "3,5 л"],
    ["Номинална мощност: 800 W.", "Rated power: 800.", "800 W"],
    ["Всяка таблетка съдържа 500 mg парацетамол.", "Each tablet contains 500 paracetamol.", "500 mg"],
  ])("%s / %s: a warning", (bg, en, written) => {
    expect(unitFlags(bg, en)).toEqual([
      expect.stringMatching(new RegExp(`^warning units: the translation has [0-9.]+ with no unit where the source says ${written}`)),
    ]);
  });
});

describe("no unit left out", () => {
  test.each([
    ["Съхранявайте под 25 °C.", "Store below 25°C."],
    ["Съхранявайте под 25 °C.", "Store below 25 degrees Celsius."],
    ["Една таблетка съдържа 500 mg парацетамол.", "Each tablet contains 500 milligrams of paracetamol."],
    ["Вместимостта е 3,5 л.", "The capacity is 3.5 litres."],
    ["Съхранявайте между 2 и 8 °C.", "Store between 2 and 8 °C."],
    ["Дозата е 10 mg/kg телесно тегло.", "The dose is 10 mg per kg body weight."],
    ["Площта е 85 кв. м.", "The area is 85 square metres."],
    // The unit in words for one amount of a range, a degree sign, a glued letter (stranger 63).
    ["Термостатът поддържа температура от 5 до 35 °C.", "The thermostat keeps the temperature between 5 and 35 degrees C."],
    ["Загрейте фурната до 200 °C.", "Preheat the oven to 200° C."],
    ["Печете при 180 °C.", "Bake at 180C."],
    // Not measures: money, a span of time, a count of tablets.
    ["Цената е 100 лв.", "The price is 100."],
    ["Деца под 12 години не трябва да приемат лекарството.", "Children under 12 must not take the medicine."],
    ["Приемайте по 2 таблетки дневно.", "Take 2 daily."],
  ])("%s / %s", (bg, en) => {
    expect(unitFlags(bg, en)).toEqual([]);
  });
});

describe("a span of time in two units, converted as one (stranger 63)", () => {
  test.each([
    ["Общото време за приготвяне е около 1 час и 30 минути.", "The total preparation time is about an hour and a half."],
    ["Общото време за приготвяне е около 1 час и 30 минути.", "The total preparation time is about 90 minutes."],
  ])("%s / %s: nothing", (bg, en) => {
    expect(leafletFlags(bg, en)).toEqual([]);
  });

  test.each([
    ["Общото време за приготвяне е около 1 час и 30 минути.", "The total preparation time is about two hours."],
    ["Общото време за приготвяне е около 1 час и 30 минути.", "The total preparation time is about 1 hour and 40 minutes."],
  ])("%s / %s: a numbers error", (bg, en) => {
    expect(leafletFlags(bg, en).map((f) => f.slice(0, 13))).toEqual(["error numbers"]);
  });
});
