/**
 * A research paper's conventions, Bulgarian into English (after a stranger's
 * 150 papers and a thesis): quarters in Roman figures, "и сътр." before a
 * citation, citations in square brackets, comparison signs of statistics, and
 * a result's negation. Each pair is written for the test.
 */
import { align, segment } from "../src/index.js";
import type { Bitext } from "../src/types.js";

/** Warnings and errors as "severity type: reason", the pair aligned as sentences of one paragraph each. */
function problems(bg: readonly string[], en: readonly string[]): string[] {
  const b: Bitext = align(`${bg.join("\n\n")}\n`, `${en.join("\n\n")}\n`, { sourceLang: "bg", targetLang: "en" });
  return b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.severity !== "info").map((f) => `${f.severity} ${f.type}: ${f.reason}`));
}

/** Sentences around the one tested, so that the pair has a document's usual evidence. */
const CONTEXT_BG = [
  "Проучването обхваща 124 пациенти от три болници в София.",
  "Данните са събрани между януари 2021 г. и декември 2023 г.",
  "Всички участници подписаха информирано съгласие.",
  "Статистическият анализ е извършен с програмата R.",
  "Резултатите са представени като средни стойности.",
];
const CONTEXT_EN = [
  "The study covers 124 patients from three hospitals in Sofia.",
  "The data were collected between January 2021 and December 2023.",
  "All participants signed informed consent.",
  "The statistical analysis was performed with the R software.",
  "The results are presented as mean values.",
];
const inContext = (bg: string, en: string) => problems([...CONTEXT_BG, bg], [...CONTEXT_EN, en]);

describe("a research paper, Bulgarian into English", () => {
  // Before: "III is not in the translation" on every correct quarter (384 warnings in 150 papers), and the same words
  // for a quarter changed.
  test("a quarter in Roman figures is the English Q of it; another quarter is an error naming both", () => {
    const bg = "Преките чуждестранни инвестиции достигнаха 1 549,0 млн. евро през III тримесечие на 2023 г.";
    expect(inContext(bg, "Foreign direct investment reached EUR 1,549.0 million in Q3 2023.")).toEqual([]);
    expect(inContext(bg, "Foreign direct investment reached EUR 1,549.0 million in Q4 2023.")).toEqual([
      "error numbers: the translation says Q4 where the source says III",
    ]);
  });

  test("'и сътр.' before a citation ends no sentence; at a sentence's end, before a capital, it does", () => {
    const texts = (text: string) => segment(text, "bg").map((s) => s.text);
    expect(texts("Подобни резултати са докладвани от Иванов и сътр. [12] в проспективно проучване.")).toHaveLength(1);
    expect(texts("Подобни резултати са докладвани от Иванов и сътр. Те са потвърдени по-късно.")).toEqual([
      "Подобни резултати са докладвани от Иванов и сътр.",
      "Те са потвърдени по-късно.",
    ]);
  });

  // Before: a single figure is often written out ("3" / "three") and counted only beside another number changed.
  test("a citation left out is a warning, a single figure too", () => {
    expect(inContext("Тези данни са в съгласие с предишни проучвания [3].", "These data agree with earlier studies.")).toEqual([
      "warning numbers: 3 is not in the translation",
    ]);
    expect(inContext("Подобни резултати са докладвани и в Полша [4–6].", "Similar results have been reported in Poland.")).toEqual([
      "warning numbers: 4, 6 are not in the translation",
    ]);
    expect(inContext("Тези данни са в съгласие с предишни проучвания [3].", "These data agree with earlier studies [3].")).toEqual([]);
  });

  test("a comparison sign turned around is an error; an exact value made a bound a warning", () => {
    expect(
      inContext(
        "Разликата беше значима при пациентите с диабет (p < 0,05).",
        "The difference was significant in patients with diabetes (p > 0.05).",
      ),
    ).toEqual(['error numbers: the limit is reversed: the translation says "> 0.05" where the source says "< 0,05"']);
    expect(inContext("Корелацията беше слаба (p ≤ 0,05).", "The correlation was weak (p ≥ 0.05).")).toEqual([
      'error numbers: the limit is reversed: the translation says "≥ 0.05" where the source says "≤ 0,05"',
    ]);
    expect(inContext("Рискът беше по-нисък (ОШ = 0,62; p = 0,021).", "The risk was lower (OR = 0.62; p < 0.021).")).toEqual([
      'warning numbers: the comparison is changed: the translation says "< 0.021" where the source says "= 0,021"',
    ]);
    expect(inContext("Разликата беше значима (p < 0,05).", "The difference was significant (p < 0.05).")).toEqual([]);
  });

  // Before: "56.3" opening an English cell was read as a clause number ("5.6. Scope") and left out: every correct cell
  // was "56,3 is not in the translation", and a changed one said the same.
  test("a table's cells of mean ± SD: correct ones pass, a changed one is an error naming both", () => {
    const bg = ["Възраст, години", "56,3 ± 6,4", "ИТМ, kg/m²", "28,4 ± 3,9", "Глюкоза, mg/dl", "101,2 ± 12,8"];
    const en = ["Age, years", "56.3 ± 6.4", "BMI, kg/m²", "28.4 ± 3.9", "Glucose, mg/dl", "101.2 ± 12.8"];
    expect(problems(bg, en)).toEqual([]);
    expect(
      problems(
        bg,
        en.map((x) => x.replace("101.2", "110.2")),
      ),
    ).toEqual(["error numbers: the translation says 110.2 where the source says 101,2"]);
  });

  // Before: the numbers paired off (2 and 2), and the panel's letter was read by nothing.
  test("a figure's panel changed is an error; the same panel in the other alphabet passes", () => {
    expect(inContext("Разпределението е представено на Фиг. 2А.", "The distribution is shown in Fig. 2B.")).toEqual([
      'error numbers: the translation says "Fig. 2B" where the source says "Фиг. 2А": another panel',
    ]);
    expect(
      inContext("Разпределението е представено на Фиг. 2Б и в табл. 3В.", "The distribution is shown in Fig. 2B and Table 3C."),
    ).toEqual([]);
  });

  test("a result's negation dropped is an error, the word it negates translated; kept, none", () => {
    expect(
      inContext(
        "Разликата между двете групи не беше статистически значима (p = 0,12).",
        "The difference between the two groups was statistically significant (p = 0.12).",
      ),
    ).toEqual(['error negation: the source says "не беше статистически значима", and the translation has no negation: meaning reversed?']);
    expect(
      inContext(
        "Не се установи връзка между възрастта и изхода от лечението.",
        "An association was found between age and treatment outcome.",
      ),
    ).toHaveLength(1);
    expect(
      inContext(
        "Разликата между двете групи не беше статистически значима (p = 0,12).",
        "The difference between the two groups was not statistically significant (p = 0.12).",
      ),
    ).toEqual([]);
  });
});
