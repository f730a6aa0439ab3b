/**
 * What an agency's QA lead (stranger 120), a machinery manual's translator (stranger 121), an HR translator (stranger 122)
 * and the leaflet's translator (stranger 116) showed on this session's build: prohibitions made nouns, second verbs, a
 * reference's numbers traded, a rotation, a catalogue number, a leaflet's morning and evening.
 */

import { segment } from "../src/segment/index.js";
import { pairFlagTexts } from "./helpers.js";

const flags = pairFlagTexts;

describe("prohibitions (strangers 120, 122)", () => {
  test("'Do not smoke' as 'Smoking is prohibited' is a translation, either way and of two verbs", () => {
    expect(flags("Не пушете в офиса.", "Smoking is prohibited in the office.")).toEqual([]);
    expect(flags("Не снимайте по време на представлението.", "Filming during the performance is not permitted.")).toEqual([]);
    expect(
      flags("Не пушете и не палете огън на територията на паркинга.", "Smoking and open fires are prohibited on the premises."),
    ).toEqual([]);
    expect(flags("Do not park in front of the entrance.", "Паркирането пред входа е забранено.", "en", "bg")).toEqual([]);
  });

  test("the second of two verbs a negation says no to, said positively after 'and': an error naming it", () => {
    const bg = "Служителят не трябва да инсталира или да копира софтуер без разрешение на ИТ отдела.";
    expect(
      flags(bg, "The Employee shall not install any software, and may copy software without the approval of the IT department."),
    ).toEqual([
      'error negation: the source\'s "не трябва да инсталира" says no to each verb it joins, and the translation says "copy" with no negation before it: meaning reversed?',
    ]);
    const two =
      "Застрахованият не трябва да поема задължения към трети лица и не трябва да признава вина без писменото съгласие на Застрахователя.";
    expect(
      flags(
        two,
        "The Insured shall not assume any obligations towards third parties, and shall admit liability without the Insurer's written consent.",
      ),
    ).toEqual([
      'error negation: the source\'s "не трябва да признава" says no to "признава", and the translation says "admit" with no negation before it: meaning reversed?',
    ]);
    expect(
      flags(
        two,
        "The Insured shall not assume any obligations towards third parties and shall not admit liability without the Insurer's written consent.",
      ),
    ).toEqual([]);
  });

  test("'няма право да' made 'may', and 'се задължава да не разгласява' made 'undertakes to disclose': errors", () => {
    expect(
      flags(
        "6.1. Служителят няма право да привлича клиенти или служители на работодателя.",
        "6.1. The employee may solicit the employer's clients or employees.",
      ),
    ).toEqual(['error negation: the source says "няма право да привлича", and the translation permits it ("may"): meaning reversed?']);
    expect(
      flags(
        "5.1. Служителят се задължава да не разгласява на трети лица поверителна информация.",
        "5.1. The employee undertakes to disclose confidential information to third parties.",
      ),
    ).toEqual([expect.stringMatching(/^error negation: the source says "не разгласява/u)]);
  });
});

describe("references, rotations and catalogue numbers (strangers 121, 122)", () => {
  test("a reference's paragraph and point traded: an error; the same reference written compactly: none", () => {
    const bg = "Договорът се прекратява на основание чл. 328, ал. 1, т. 2 от Кодекса на труда.";
    const swapped =
      "error numbers: the reference's numbers are swapped: the translation says paragraph 2, point 1 where the source says paragraph 1, point 2: another reference";
    expect(flags(bg, "The contract is terminated under Art. 328, para. 2, item 1 of the Labour Code.")).toEqual([swapped]);
    expect(flags(bg, "The contract is terminated under Article 328(2)(1) of the Labour Code.")).toEqual([swapped]);
    expect(flags(bg, "The contract is terminated under Article 328(1)(2) of the Labour Code.")).toEqual([]);
    expect(flags(bg, "The contract is terminated under Art. 328, para. 1, item 2 of the Labour Code.")).toEqual([]);
  });

  // An error since the seventy-sixth session (stranger 342: a direction of turning is as a side).
  test("anticlockwise made clockwise: the opposite", () => {
    expect(
      flags(
        "Open the chuck by turning it anticlockwise.",
        "Отворете патронника, като го завъртите по посока на часовниковата стрелка.",
        "en",
        "bg",
      ),
    ).toEqual([
      'error terms: the source says "anticlockwise" (anticlockwise), the translation "по посока на часовниковата стрелка" (clockwise): the opposite, meaning reversed?',
    ]);
    expect(
      flags(
        "Open the chuck by turning it anticlockwise.",
        "Отворете патронника, като го завъртите обратно на часовниковата стрелка.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("'кат. №' before a catalogue number ends no sentence", () => {
    expect(
      segment("Резервен комплект четки: кат. № 2 604 312 905. Резервна гайка: кат. № 1 603 340 040.", "bg").map((s) => s.text),
    ).toEqual(["Резервен комплект четки: кат. № 2 604 312 905.", "Резервна гайка: кат. № 1 603 340 040."]);
  });
});

describe("a leaflet's dosing (stranger 116)", () => {
  test("'twice daily' as 'сутрин и вечер' is twice; three times as it is an error", () => {
    expect(flags("Adults: one tablet twice daily.", "Възрастни: по 1 таблетка сутрин и вечер.", "en", "bg")).toEqual([]);
    expect(flags("Adults: one tablet three times daily.", "Възрастни: по 1 таблетка сутрин и вечер.", "en", "bg")).toEqual([
      expect.stringMatching(/^error numbers: /u),
    ]);
  });

  test("a range's unit changed is named once, the range whole", () => {
    expect(
      flags(
        "Adults: the usual dose is 500 mg twice daily for 7 to 14 days.",
        "Възрастни: обичайната доза е 500 mg два пъти дневно в продължение на 7 до 14 седмици.",
        "en",
        "bg",
      ),
    ).toEqual(["error units: the translation says 7 до 14 седмици where the source says 7 to 14 days: another unit"]);
  });
});
