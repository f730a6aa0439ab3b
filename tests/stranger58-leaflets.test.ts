/**
 * A pharma QA reviewer's leaflets and SmPC (stranger 58): a prohibition
 * turned into an instruction is an error whatever verb it has, an SmPC's
 * findings and a leaflet's "Да не се ..." say no, the frequency sentence and
 * a month written with its year in figures are read as written, and a unit
 * kept with a warning says so in the memory.
 */
import { writeTmx } from "../src/formats/tmx.js";
import type { Bitext } from "../src/types.js";
import { LEAFLET_PAIRS, leafletFlags, leafletFlagsFromEnglish, paragraphPairs } from "./helpers.js";

const bgEn = leafletFlags;
const enBg = leafletFlagsFromEnglish;

describe("a prohibition reversed", () => {
  test("'Не приемайте' rendered 'Take' is an error, as 'Не използвайте' rendered 'Use' was", () => {
    expect(
      bgEn("Не приемайте това лекарство, ако имате тежко бъбречно увреждане.", "Take this medicine if you have severe kidney impairment."),
    ).toEqual(['error negation: the source says "Не приемайте това", and the translation has no negation: meaning reversed?']);
  });

  test("'Do not take a double dose' rendered 'Вземете двойна доза' is an error", () => {
    expect(
      enBg("Do not take a double dose to make up for a forgotten dose.", "Вземете двойна доза, за да компенсирате пропуснатата доза.")[0],
    ).toMatch(/^error negation: the source says "Do not take/);
  });

  test("'Да не се замразява.' rendered 'Freeze.' is an error; 'Do not freeze.' is right", () => {
    expect(bgEn("Да не се замразява.", "Freeze.")).toEqual([
      'error negation: the source says "Да не се замразява", and the translation has no negation: meaning reversed?',
    ]);
    expect(bgEn("Да не се замразява.", "Do not freeze.")).toEqual([]);
  });

  test("a purpose's 'за да не се' is no prohibition", () => {
    expect(
      bgEn(
        "Съхранявайте в оригиналната опаковка, за да не се навлажни.",
        "Store in the original package in order to protect from moisture.",
      ),
    ).toEqual([]);
  });

  test("an SmPC's 'не са установени' rendered 'have been established' is an error", () => {
    expect(
      bgEn(
        "Безопасността и ефикасността при деца под 18-годишна възраст не са установени.",
        "The safety and efficacy in children under 18 years of age have been established.",
      ),
    ).toEqual(['error negation: the source says "не са установени", and the translation has no negation: meaning reversed?']);
    expect(
      bgEn(
        "Безопасността и ефикасността при деца под 18-годишна възраст не са установени.",
        "The safety and efficacy in children under 18 years of age have not been established.",
      ),
    ).toEqual([]);
  });
});

describe("a term turned into another of its class", () => {
  test("severity (an error), the lowest dose, a frequency and a route (warnings): naming both terms", () => {
    expect(
      bgEn(
        "Лекарството е противопоказано при пациенти с тежка бронхиална астма.",
        "The medicine is contraindicated in patients with mild bronchial asthma.",
      ),
    ).toEqual(['error terms: the source says "тежка" (severe), the translation "mild" (mild): the opposite, meaning reversed?']);
    expect(
      bgEn(
        "Използвайте най-ниската ефективна доза за възможно най-кратко време.",
        "Use the highest effective dose for the shortest possible time.",
      ),
    ).toEqual([
      'warning terms: the source says "най-ниската" (lowest), the translation "highest" (highest): the opposite, meaning reversed?',
    ]);
    expect(
      bgEn(
        "Много редки (може да засегнат до 1 на 10 000 души): сериозни кожни реакции.",
        "Common (may affect up to 1 in 10,000 people): serious skin reactions.",
      ),
    ).toEqual(['warning terms: the source says "Много редки" (very rare), the translation "Common" (common): another frequency?']);
    expect(enBg("Inject subcutaneously into the abdomen.", "Инжектирайте интравенозно в областта на корема.")).toEqual([
      'warning terms: the source says "subcutaneously" (subcutaneous), the translation "интравенозно" (intravenous): another route of administration?',
    ]);
  });

  test("a dose every other day given daily; during the day is no interval", () => {
    expect(bgEn("Приемайте 1 таблетка през ден в продължение на 14 дни.", "Take 1 tablet every day for 14 days.")).toEqual([
      'error terms: the source says "през ден" (every other day), the translation "every day" (daily): another interval?',
    ]);
    expect(bgEn("Приемайте 1 таблетка през ден в продължение на 14 дни.", "Take 1 tablet every other day for 14 days.")).toEqual([]);
    expect(bgEn("Пийте много течности през деня.", "Drink plenty of fluids every day.")).toEqual([]);
  });

  test("the same terms, both named, a sequence and rewordings: nothing", () => {
    expect(
      bgEn(
        "Много редки (може да засегнат до 1 на 10 000 души): сериозни кожни реакции.",
        "Very rare (may affect up to 1 in 10,000 people): serious skin reactions.",
      ),
    ).toEqual([]);
    expect(bgEn("Приемайте таблетките преди и след хранене.", "Take the tablets before and after meals.")).toEqual([]);
    // "X, след което Y" is "X before Y" as often as "X, then Y".
    expect(bgEn("Измийте ръцете си, след което отстранете капачката.", "Wash your hands before removing the cap.")).toEqual([]);
    expect(bgEn("Лекарството може да причини тежки алергични реакции.", "The medicine may cause serious allergic reactions.")).toEqual([]);
  });
});

describe("figures read as a leaflet writes them", () => {
  test("the SmPC frequency sentence, '≥ 1/10 000' and '≥ 1/10,000', is the same", () => {
    expect(
      bgEn(
        "Нежеланите реакции са изброени по честота: много чести (≥ 1/10), чести (≥ 1/100 до < 1/10), нечести (≥ 1/1000 до < 1/100), редки (≥ 1/10 000 до < 1/1000).",
        "Adverse reactions are listed by frequency: very common (≥ 1/10), common (≥ 1/100 to < 1/10), uncommon (≥ 1/1,000 to < 1/100), rare (≥ 1/10,000 to < 1/1,000).",
      ),
    ).toEqual([]);
    // Half a tablet is still a fraction.
    expect(bgEn("Приемайте по 1/2 таблетка сутрин.", "Take 1/4 tablet in the morning.")[0]).toMatch(/^error numbers: /);
  });

  test("'11/2023' is November 2023; October is another month", () => {
    expect(enBg("This leaflet was last revised in 11/2023.", "Дата на последно преразглеждане на листовката: ноември 2023 г.")).toEqual([]);
    expect(enBg("This leaflet was last revised in 11/2023.", "Дата на последно преразглеждане на листовката: октомври 2023 г.")).toEqual([
      "error dates: the translation says октомври 2023 г. where the source says 11/2023",
    ]);
  });

  test("'едно денонощие' is 24 hours; 'две денонощия' is not", () => {
    expect(
      enBg(
        "If symptoms persist for more than 24 hours, consult a doctor.",
        "Ако симптомите продължат повече от едно денонощие, се консултирайте с лекар.",
      ),
    ).toEqual([]);
    expect(
      enBg(
        "If symptoms persist for more than 24 hours, consult a doctor.",
        "Ако симптомите продължат повече от две денонощия, се консултирайте с лекар.",
      ),
    ).not.toEqual([]);
  });
});

describe("a memory's unit kept with a warning", () => {
  const pair: readonly [string, string] = ["Бременни жени не трябва да докосват таблетките.", "Pregnant women should handle the tablets."];

  test("carries the flag as an x-sverka-flag property", () => {
    const b = paragraphPairs([...LEAFLET_PAIRS, pair]);
    const tmx = writeTmx(b, { date: new Date(0) });
    expect(tmx.match(/<prop type="x-sverka-flag">[^<]*<\/prop>/gu)).toEqual([
      '<prop type="x-sverka-flag">warning negation: the source says &quot;не трябва да докосват&quot;, and the translation has no negation: meaning reversed?</prop>',
    ]);
  });

  test("not once a reviewer verified the link", () => {
    const b = paragraphPairs([...LEAFLET_PAIRS, pair]);
    const verified: Bitext = { ...b, links: b.links.map((l) => ({ ...l, status: "verified" as const })) };
    expect(writeTmx(verified, { date: new Date(0) })).not.toContain("x-sverka-flag");
  });
});
