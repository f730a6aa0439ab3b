/**
 * What a stranger reviewing English originals translated into Bulgarian found (stranger 81): a licence's
 * prohibition made a permission, and the checks that need the words of software licences and leaflets.
 */
import { align } from "../src/index.js";
import type { Flag } from "../src/types.js";

const EULA_EN =
  "You must not rent, lease or sublicense the Software. You must not remove or alter any copyright notice. You may not use the Software to provide services to third parties without a separate written agreement.";
const eulaBg = (second: string) =>
  `Нямате право да отдавате Софтуера под наем, на лизинг или да го преотстъпвате. ${second} Не можете да използвате Софтуера, за да предоставяте услуги на трети лица, без отделно писмено споразумение.`;

const flagsOf = (en: string, bg: string): Flag[] =>
  align(`${en}\n`, `${bg}\n`, { sourceLang: "en", targetLang: "bg" }).links.flatMap((l) => l.flags ?? []);

describe("a licence's prohibition turned into a permission (stranger 81)", () => {
  test("'you may remove', 'you have the right to remove' for 'you must not remove': an error", () => {
    for (const [permission, said] of [
      ["Можете да премахвате или променяте бележки за авторско право.", "Можете"],
      ["Имате право да премахвате или променяте бележки за авторско право.", "Имате право"],
    ]) {
      const negations = flagsOf(EULA_EN, eulaBg(permission!)).filter((f) => f.type === "negation");
      expect(negations).toEqual([
        expect.objectContaining({
          severity: "error",
          reason: `the source says "must not remove", and the translation permits it ("${said}"): meaning reversed?`,
        }),
      ]);
    }
  });

  test("the prohibition translated as one: no flag", () => {
    const flags = flagsOf(EULA_EN, eulaBg("Нямате право да премахвате или променяте бележки за авторско право."));
    expect(flags.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("quarters of the year (stranger 81's press release)", () => {
  const numbers = (en: string, bg: string) =>
    flagsOf(en, bg)
      .filter((f) => f.type === "numbers")
      .map((f) => `${f.severity}: ${f.reason}`);
  test("two quarters in a sentence, one changed: an error naming it", () => {
    expect(
      numbers(
        "Revenue for Q3 2025 reached EUR 12.5 million, up 4.3% from EUR 11.98 million in Q3 2024.",
        "Приходите за третото тримесечие на 2025 г. достигнаха 12,5 млн. евро, с 4,3% повече от 11,98 млн. евро за второто тримесечие на 2024 г.",
      ),
    ).toEqual(['error: the translation says "второто тримесечие" where the source says Q3']);
    expect(
      numbers(
        "Revenue for Q3 2025 reached EUR 12.5 million, up 4.3% from EUR 11.98 million in Q3 2024.",
        "Приходите за третото тримесечие на 2025 г. достигнаха 12,5 млн. евро, с 4,3% повече от 11,98 млн. евро за третото тримесечие на 2024 г.",
      ),
    ).toEqual([]);
  });

  test("a quarter given in Roman figures, another one: an error, not a name left out", () => {
    const flags = flagsOf(
      "Revenue for Q3 2025 reached EUR 12.5 million.",
      "Приходите за II тримесечие на 2025 г. достигнаха 12,5 млн. евро.",
    );
    expect(flags.filter((f) => f.severity !== "info").map((f) => `${f.severity}: ${f.reason}`)).toEqual([
      'error: the translation says "II тримесечие" where the source says Q3',
    ]);
  });
});

describe("English notation kept in a language with a decimal comma (stranger 81)", () => {
  const numbers = (en: string, other: string, targetLang = "bg") =>
    align(`${en}\n`, `${other}\n`, { sourceLang: "en", targetLang })
      .links.flatMap((l) => l.flags ?? [])
      .filter((f) => f.type === "numbers")
      .map((f) => `${f.severity}: ${f.reason}`);
  test("a decimal point before a per cent sign or a magnitude word: Bulgarian writes a comma", () => {
    expect(numbers("Net sales rose by 4.3% to EUR 12.5 million.", "Нетните продажби нараснаха с 4.3% до 12.5 млн. евро.")).toEqual([
      "warning: the translation writes 4.3 with the source's decimal point: Bulgarian writes 4,3",
    ]);
    expect(numbers("Net sales rose by 4.3% to EUR 12.5 million.", "Нетните продажби нараснаха с 4,3% до 12,5 млн. евро.")).toEqual([]);
    // A version is a version in any language.
    expect(numbers("Version 5.1 of the app is available.", "Версия 5.1 на приложението е достъпна.")).toEqual([]);
  });

  test("a thousands comma copied into German reads as a decimal one", () => {
    expect(numbers("Power: 1,450 W.", "Leistung: 1,450 W.", "de")).toEqual([
      "warning: the translation writes 1,450 as the source does, but in German a comma is the decimal mark (a reader there takes 1,450 for 1.45): write 1450",
    ]);
    expect(numbers("Power: 1,450 W.", "Leistung: 1.450 W.", "de")).toEqual([]);
  });
});

describe("a list item left out (stranger 81)", () => {
  const missing = (en: string, bg: string) =>
    flagsOf(en, bg)
      .filter((f) => f.type === "missing")
      .map((f) => f.reason);
  test("after 'such as' / 'като': what stands before names what is listed, on both sides", () => {
    expect(
      missing(
        "It is used to treat mild to moderate pain, such as headache, toothache and period pain.",
        "Използва се за лечение на лека до умерена болка, като главоболие и менструална болка.",
      ),
    ).toEqual([
      'the source lists 3 items (headache, toothache, period pain) and the translation 2, with nothing for "toothache": left out?',
    ]);
    expect(
      missing(
        "It is used to treat mild to moderate pain, such as headache, toothache and period pain.",
        "Използва се за лечение на лека до умерена болка, като главоболие, зъбобол и менструална болка.",
      ),
    ).toEqual([]);
  });

  test("acronyms the translation copies: one not copied is left out", () => {
    expect(missing("Reports can now be exported to PDF, CSV and XLSX.", "Отчетите вече могат да се експортират в PDF и XLSX.")).toEqual([
      'the source lists 3 items (PDF, CSV, XLSX) and the translation 2, with nothing for "CSV": left out?',
    ]);
    expect(
      missing("Reports can now be exported to PDF, CSV and XLSX.", "Отчетите вече могат да се експортират в PDF, CSV и XLSX."),
    ).toEqual([]);
  });
});

describe("names on clean translations (stranger 81's false warnings)", () => {
  test("a place naming a local time, translated as its country's time: no name left out", () => {
    const flags = flagsOf(
      "A conference call will be held on the same day at 15:00 Sofia time.",
      "Конферентен разговор ще се проведе в същия ден от 15:00 ч. българско време.",
    );
    expect(flags.filter((f) => f.type === "names")).toEqual([]);
    // Not named as a time, it is still a name left out.
    expect(
      flagsOf(
        "A conference call will be held on the same day at 15:00 in Sofia.",
        "Конферентен разговор ще се проведе в същия ден от 15:00 ч.",
      )
        .filter((f) => f.type === "names")
        .map((f) => f.severity),
    ).toEqual(["warning"]);
  });

  test("a title in title case names no person: German capitalises its nouns too", () => {
    const names = (en: string, de: string) =>
      align(`${en}\n`, `${de}\n`, { sourceLang: "en", targetLang: "de" })
        .links.flatMap((l) => l.flags ?? [])
        .filter((f) => f.type === "names" && f.severity !== "info");
    expect(names("Brevo CM-300 Espresso Machine – Quick Start Guide", "Brevo CM-300 Espressomaschine – Kurzanleitung")).toEqual([]);
    // A sentence still names its people.
    expect(
      names(
        "If you have any questions, please contact Dr Klaus Hoffmann.",
        "Bei Fragen wenden Sie sich bitte an Dr. Matthias Schäfer.",
      ).map((f) => f.reason),
    ).toEqual(["the translation names Matthias Schäfer where the source names Klaus Hoffmann: another person?"]);
  });
});

test("a press release's comparison said the other way: 'up 4.3% from' / 'с 4,3% по-малко от' is a warning (stranger 81)", () => {
  const said = (bg: string) =>
    flagsOf("Revenue reached EUR 12.5 million, up 4.3% from EUR 11.98 million.", bg)
      .filter((f) => f.severity !== "info")
      .map((f) => f.reason);
  expect(said("Приходите достигнаха 12,5 млн. евро, с 4,3% по-малко от 11,98 млн. евро.")).toEqual([
    'the source says it grew ("up 4.3% from"), the translation that it shrank ("по-малко от 11,98"): meaning reversed?',
  ]);
  expect(said("Приходите достигнаха 12,5 млн. евро, с 4,3% повече от 11,98 млн. евро.")).toEqual([]);
  // A bound is no comparison: "не по-малко от" after no figure says nothing of a change.
  expect(
    flagsOf("Revenue must reach at least EUR 12 million.", "Приходите трябва да достигнат не по-малко от 12 млн. евро.").filter(
      (f) => f.severity !== "info",
    ),
  ).toEqual([]);
});
