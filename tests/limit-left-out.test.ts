/**
 * A bound left out (stranger 62): "най-малко 2 часа" translated "2 hours".
 * Only a phrase that says a bound and nothing else counts ("най-малко",
 * "поне", "не повече от"; not "до", as often "to"), and only where the
 * translation bounds nothing, in no words of its own ("a minimum of", "the
 * maximum dose", "10+", "or longer").
 */
import { leafletFlags } from "./helpers.js";

const limitFlags = (bg: string, en: string) => leafletFlags(bg, en).filter((f) => f.includes("limit left out"));

describe("a bound left out", () => {
  test.each([
    ["Приемайте таблетките най-малко 2 часа преди прием на антиациди.", "Take the tablets 2 hours before taking antacids.", "най-малко 2"],
    ["Оставете уреда да изстине поне 10 минути.", "Let the appliance cool down for 10 minutes.", "поне 10"],
    ["Приемайте не повече от 8 таблетки за 24 часа.", "Take 8 tablets in 24 hours.", "не повече от 8"],
  ])("%s / %s: a warning", (bg, en, said) => {
    expect(limitFlags(bg, en)).toEqual([
      `warning numbers: the translation has ${said.split(" ").at(-1)} with no limit where the source says "${said}": limit left out?`,
    ]);
  });

  test.each([
    // Said after the number, past its unit's words (stranger 63).
    ["Нивото на шума е 82 dB най-много.", "The noise level is 82 dB.", "82 dB най-много"],
    ["Гаранцията е 24 месеца или повече.", "The warranty is 24 months.", "24 месеца или повече"],
  ])("%s / %s: a warning", (bg, en, said) => {
    expect(limitFlags(bg, en)).toEqual([
      `warning numbers: the translation has ${said.split(" ")[0]} with no limit where the source says "${said}": limit left out?`,
    ]);
  });
});

describe("no bound left out", () => {
  test.each([
    ["Интервалът между дозите трябва да е най-малко 4 часа.", "Leave at least 4 hours between doses."],
    ["Разбъркайте поне 10 минути.", "Stir for a minimum of 10 minutes."],
    ["Приемайте не повече от 8 таблетки за 24 часа.", "The maximum dose is 8 tablets in 24 hours."],
    ["Разбъркайте поне 10 минути.", "Stir for 10 minutes or longer."],
    ["Разбъркайте поне 10 минути.", "Stir for 10+ minutes."],
    ["Гаранцията е 24 месеца или повече.", "The warranty is 24 months or longer."],
    ["Нивото на шума е 82 dB най-много.", "The noise level is 82 dB at most."],
    // A comparison in other words, an explicit phrase elsewhere in the sentence (stranger 63).
    ["Млякото трябва да е с температура не повече от 40 °C.", "The milk should be no warmer than 40 °C."],
    ["Всеки монитор трябва да тежи не повече от 4,5 кг.", "Each monitor shall be 4.5 kg or lighter."],
    [
      "Възложителят дължи законната лихва, но общо не повече от 5 000 лв.",
      "The Client shall pay statutory interest, up to a total of BGN 5,000.",
    ],
    // "до" is as often "to"; a deadline is the dates' ("by the 5th").
    ["Изпълнителят осигурява обучение на до 10 служители.", "The Contractor shall provide training for 10 employees."],
    ["Наемът се плаща най-късно до 5-о число на месеца.", "The rent is paid by the 5th day of the month."],
  ])("%s / %s", (bg, en) => {
    expect(limitFlags(bg, en)).toEqual([]);
  });
});

describe("a deadline before an event is a floor on the notice", () => {
  test("'не по-късно от 3 работни дни предварително' / 'at least 3 working days in advance' is no limit reversed", () => {
    expect(
      leafletFlags(
        "Доставчикът уведомява Възложителя за датата на доставката не по-късно от 3 работни дни предварително.",
        "The Supplier shall notify the Client of the delivery date at least 3 working days in advance.",
      ).filter((f) => f.includes("limit")),
    ).toEqual([]);
  });
});
