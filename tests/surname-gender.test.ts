/**
 * A surname in the other gender's form: "Надежда Стоянова" as "Nadezhda Stoyanov" (stranger 74's birth certificate).
 * The names checks compare consonants, so the man's form passed for the woman's (src/review/checks/surnames.ts,
 * `surnameGender`; the endings are language data, src/lang/bg.ts `surnameGenders`).
 */
import { pairProblems } from "./helpers.js";

const genderFlags = (bg: string, en: string) => pairProblems(bg, en).filter((p) => p.includes("other gender's form"));

test("a woman's surname given in the man's form, or a man's in the woman's, is a names warning naming both", () => {
  expect(genderFlags("Длъжностно лице по гражданското състояние: Надежда Стоянова.", "Civil registrar: Nadezhda Stoyanov.")).toEqual([
    "names: the source's Стоянова (Stoyanova) is Stoyanov in the translation: the surname in the other gender's form, another person?",
  ]);
  expect(genderFlags("Баща: Георги Петров Димитров.", "Father: Georgi Petrov Dimitrova.")).toHaveLength(1);
  expect(genderFlags("Управител е Мария Петровска.", "The manager is Maria Petrovski.")).toHaveLength(1);
});

test("each in its own form, a sentence naming the husband and the wife, and a name spelt another way: no such flag", () => {
  expect(genderFlags("Длъжностно лице: Надежда Стоянова.", "Registrar: Nadezhda Stoyanova.")).toEqual([]);
  expect(
    genderFlags("Наематели са Иван Стоянов и съпругата му Мария Стоянова.", "The tenants are Ivan Stoyanov and his wife Maria Stoyanova."),
  ).toEqual([]);
  expect(genderFlags("Управител е Мария Стоянова.", "The manager is Maria Stoianova.")).toEqual([]);
});
