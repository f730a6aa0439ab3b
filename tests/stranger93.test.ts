/** What a pharma reviewer's leaflet (stranger 93), a corpus builder's museum pages (stranger 96) and the session's own medical sentences showed. */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { segment } from "../src/index.js";
import { pairFlagTexts, sverka } from "./helpers.js";

const flags = pairFlagTexts;

describe("a leaflet's spans of time and temperatures", () => {
  test("a span of time written out on both sides keeps its unit: 'three days' / 'три седмици'", () => {
    expect(flags("Take one tablet for three days.", "Приемайте по една таблетка в продължение на три седмици.", "en", "bg")).toEqual([
      "error units: the translation says три седмици where the source says three days: another unit",
    ]);
    expect(flags("Take one tablet for three days.", "Приемайте по една таблетка в продължение на три дни.", "en", "bg")).toEqual([]);
  });

  test("beside digits, a span written out is read too: 'at 4 °C for two weeks' / 'два месеца'", () => {
    const source = "Keep the sample at 4 °C for two weeks.";
    expect(flags(source, "Пазете пробата при 4 °C в продължение на два месеца.", "en", "bg")).toEqual([
      "error units: the translation says два месеца where the source says two weeks: another unit",
    ]);
    expect(flags(source, "Пазете пробата при 4 °C в продължение на две седмици.", "en", "bg")).toEqual([]);
  });

  test("a count and a span written out are no one unit changed: 'twice in two days'", () => {
    expect(flags("He called twice in two days.", "Той се обади два пъти за два дни.", "en", "bg")).toEqual([]);
  });

  test("kelvin after a space is a unit; a figure glued to K is not", () => {
    expect(flags("Washing at 60 °C removes most stains.", "Пране при 60 K премахва повечето петна.", "en", "bg")).toEqual([
      "error units: the translation says 60 K where the source says 60 °C: another unit",
    ]);
    expect(flags("The detector works at 300 K.", "Детекторът работи при 300 К.", "en", "bg")).toEqual([]);
    expect(flags("The app has a 4K screen.", "Приложението има 4K екран.", "en", "bg")).toEqual([]);
  });
});

describe("a pharma reviewer's leaflet and SmPC (stranger 93)", () => {
  test("'Не се налага' (no adjustment is needed) is a negation: dropped, it is flagged", () => {
    const source = "Не се налага специално коригиране на дозата при пациенти в старческа възраст.";
    expect(flags(source, "Special dose adjustment is required in elderly patients.")).toEqual([
      'warning negation: the source says "Не се налага специално", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags(source, "No special dose adjustment is required in elderly patients.")).toEqual([]);
  });

  test("'Do not exceed' made 'Можете да превишите' is a prohibition made a permission: an error, as the other way round", () => {
    expect(flags("Do not exceed the recommended dose.", "Можете да превишите препоръчителната доза.", "en", "bg")).toEqual([
      'error negation: the source says "Do not exceed", and the translation permits it ("Можете"): meaning reversed?',
    ]);
    expect(flags("Do not exceed the recommended dose.", "Не превишавайте препоръчителната доза.", "en", "bg")).toEqual([]);
  });

  test("a phrase set before a list is no item of it: 'In children under 2 years of age, diarrhoea, fever and insomnia'", () => {
    const source = "In children under 2 years of age, diarrhoea, fever and insomnia are common.";
    expect(flags(source, "При деца под 2-годишна възраст чести са диария, повишена температура и безсъние.", "en", "bg")).toEqual([]);
    expect(flags(source, "При деца под 2-годишна възраст чести са повишена температура и безсъние.", "en", "bg")).toEqual([
      'warning missing: the source lists 3 items (diarrhoea, fever, insomnia) and the translation 2, with nothing for "diarrhoea": left out?',
    ]);
  });

  test("small numbers changed beside larger ones are named with them: 'на всеки 8 часа' / 'every 4 hours'", () => {
    const source = "Възрастни над 40 kg: дозата е 400 mg на всеки 8 часа.";
    expect(flags(source, "Adults over 40 kg: the dose is 100 mg every 4 hours.")).toEqual([
      "error numbers: the translation says 100, 4 where the source says 400, 8",
    ]);
    expect(flags(source, "Adults over 40 kg: the dose is 400 mg every 8 hours.")).toEqual([]);
  });
});

describe("a leaflet's title block (stranger 93)", () => {
  test("its lines are units of their own, the medicine's name in lowercase last too", () => {
    const title =
      "Package leaflet: Information for the patient\n\nAleridex 5 mg film-coated tablets\nAleridex 0.5 mg/ml oral solution\ndesloratadine\n";
    expect(segment(title, "en").map((s) => s.text)).toEqual([
      "Package leaflet: Information for the patient",
      "Aleridex 5 mg film-coated tablets",
      "Aleridex 0.5 mg/ml oral solution",
      "desloratadine",
    ]);
    // A short line that stops on a word no sentence ends on goes on into a lowercase last line.
    expect(segment("The tablets contain the\ndesloratadine\n", "en").map((s) => s.text)).toHaveLength(1);
  });
});

describe("a corpus builder's museum and library pages (stranger 96)", () => {
  test("'пр. Хр.' and 'сл. Хр.' (before and after Christ) end no sentence at their first dot", () => {
    expect(segment("Учените го датират към края на IV век пр. Хр. Находката е уникална.", "bg").map((s) => s.text)).toEqual([
      "Учените го датират към края на IV век пр. Хр.",
      "Находката е уникална.",
    ]);
    expect(segment("Разрушена е през 6 в. сл. Хр. от славяните.", "bg")).toHaveLength(1);
    // "Хр." alone is still an initial: "Хр. Ботев".
    expect(segment("Поетът Хр. Ботев е роден през 1848 г.", "bg")).toHaveLength(1);
  });

  test("both files in the translation's language: the message says so, and forced through, every copied sentence is untranslated", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-same-"));
    const text =
      "The Ministry of Culture announces a competition to fund independent theatres. Each theatre may apply with one project.\n\nProjects must be completed by 31 December 2026. The results will be published online.\n";
    writeFileSync(join(dir, "doc.bg.txt"), text);
    writeFileSync(join(dir, "doc.en.txt"), text);
    const refused = await sverka(["align", join(dir, "doc.bg.txt"), join(dir, "doc.en.txt"), "-o", join(dir, "out.json")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("the translation's language: both files are in English. Is the source a wrong file");
    expect(refused.stderr).not.toContain("swap the files");
    const forced = await sverka(["align", join(dir, "doc.bg.txt"), join(dir, "doc.en.txt"), "-o", join(dir, "out.json"), "--force", "-q"]);
    expect(forced.code).toBe(0);
    const links = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).links as Array<{ flags: Array<{ type: string }> }>;
    expect(links.every((l) => l.flags.some((f) => f.type === "untranslated"))).toBe(true);
  });

  test("a newspaper after 'в.', an initial 'Сл.', academic ranks: no ends inside (stranger 100)", () => {
    expect(
      segment("Статията е публикувана във в. „Култура“ миналата седмица. Интервю даде акад. Сл. Стоянов.", "bg").map((s) => s.text),
    ).toEqual(["Статията е публикувана във в. „Култура“ миналата седмица.", "Интервю даде акад. Сл. Стоянов."]);
    // "в." of a century still ends a sentence before a capital.
    expect(segment("Църквата е построена през XIX в. Тя е паметник на културата.", "bg")).toHaveLength(2);
    expect(
      segment("The lecture is given by Assoc. Prof. Lee and Acad. Ivanov. Asst. Prof. Brown chairs it.", "en").map((s) => s.text),
    ).toEqual(["The lecture is given by Assoc. Prof. Lee and Acad. Ivanov.", "Asst. Prof. Brown chairs it."]);
  });

  test("a subtitle's line that stops on a word no sentence ends on goes on into the next cue line (stranger 100)", () => {
    const cue = "Чакам посланика на\nБългария в хотела.\n\nТой живее в\nСофия от години.\n";
    expect(segment(cue, "bg", { linesAsWritten: true }).map((s) => s.text)).toEqual([
      "Чакам посланика на\nБългария в хотела.",
      "Той живее в\nСофия от години.",
    ]);
    // Lines as written otherwise: a line ending a sentence, or with no word left dangling, ends its unit.
    expect(segment("Добре дошли\nВ хотела има стаи.\n", "bg", { linesAsWritten: true })).toHaveLength(2);
  });

  test("'p.m.' before a sentence opening with a preposition ends the sentence; before a weekday it does not", () => {
    const text = "The library is open from 8 a.m. to 8 p.m. On Saturday it is open from 9 a.m. to 2 p.m. In August it is closed.";
    expect(segment(text, "en").map((s) => s.text)).toEqual([
      "The library is open from 8 a.m. to 8 p.m.",
      "On Saturday it is open from 9 a.m. to 2 p.m.",
      "In August it is closed.",
    ]);
    expect(segment("Call us until 5 p.m. Monday to Friday.", "en")).toHaveLength(1);
    expect(segment("The office opens at 9 a.m. Sofia time every day.", "en")).toHaveLength(1);
  });
});
