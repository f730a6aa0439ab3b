/**
 * What a sworn translator's certificates (stranger 115), a regulatory translator's leaflet and SmPC (stranger 116) and a
 * review of a contract (stranger 111) showed: negations of certificates and clauses, frequencies, signs of ranges.
 */

import { align } from "../src/index.js";
import { segment } from "../src/segment/index.js";
import { pairFlagTexts } from "./helpers.js";

const flags = pairFlagTexts;
const errors = (source: string, target: string, sourceLang = "bg", targetLang = "en") =>
  flags(source, target, sourceLang, targetLang).filter((f) => f.startsWith("error"));

describe("a certificate's and a contract's negations dropped (strangers 111, 115)", () => {
  test("a perfect's participle, masculine or after 'бил', said without its negation: an error", () => {
    for (const [bg, en] of [
      ["Лицето НЕ Е ОСЪЖДАН.", "The person HAS BEEN CONVICTED."],
      ["Лицето не е било осъждано.", "The person has been convicted."],
      ["Кандидатът никога не е бил осъждан.", "The applicant has been convicted."],
      ["По сметката не е допускан овърдрафт.", "An overdraft has been allowed on the account."],
      ["Не са налагани административни наказания.", "Administrative penalties have been imposed."],
      ["Тя не е омъжена.", "She is married."],
    ] as const) {
      expect(errors(bg, en)).toEqual([
        expect.stringMatching(/^error negation: the source says ".+", and the translation has no negation/u),
      ]);
    }
    // Kept, nothing.
    expect(flags("Лицето НЕ Е ОСЪЖДАН.", "The person HAS NOT BEEN CONVICTED.")).toEqual([]);
    expect(flags("Кандидатът никога не е бил осъждан.", "The applicant has never been convicted.")).toEqual([]);
  });

  test("English to Bulgarian: 'has not been convicted', 'is not married' said positively: an error", () => {
    expect(errors("The person has not been convicted.", "Лицето е осъждано.", "en", "bg")).toEqual([
      'error negation: the source says "has not been convicted", and the translation has no negation: meaning reversed?',
    ]);
    expect(errors("She is not married.", "Тя е омъжена.", "en", "bg")).toHaveLength(1);
    expect(flags("She is not married.", "Тя не е омъжена.", "en", "bg")).toEqual([]);
  });

  test("the same sentence pair twice in a short certificate keeps its error at both places", () => {
    const b = align(
      "Лицето не е осъждано.\n\nСметката е активна.\n\nЛицето не е осъждано.\n",
      "The person has been convicted.\n\nThe account is active.\n\nThe person has been convicted.\n",
      {
        sourceLang: "bg",
        targetLang: "en",
      },
    );
    expect(b.links.map((l) => l.flags.filter((f) => f.type === "negation").length)).toEqual([1, 0, 1]);
  });

  test("a contract's 'не е предмет', 'не се предават' and 'не може да предава ... извън': reversed", () => {
    expect(
      flags(
        "Чл. 2. Разработването на нови модули не е предмет на този договор.",
        "Art. 2. The development of new modules is within the scope of this Agreement.",
      ),
    ).toEqual(['warning negation: the source says "не е предмет на", and the translation has no negation: meaning reversed?']);
    expect(flags("Данните не се предават извън Европейския съюз.", "The data are transferred outside the European Union.")).toEqual([
      'error negation: the source says "не се предават извън", and the translation has no negation: meaning reversed?',
    ]);
    // The translation's "outside" is the source's own "извън", no restriction of its own: the permission is an error.
    expect(
      flags(
        "(3) ИЗПЪЛНИТЕЛЯТ не може да предава лични данни извън Европейското икономическо пространство.",
        "(3) The CONTRACTOR may transfer personal data outside the European Economic Area.",
      ),
    ).toEqual(['error negation: the source says "не може да предава", and the translation permits it ("may"): meaning reversed?']);
    // A restriction of the translation's own ("only") still says the prohibition another way.
    expect(errors("Пушенето е забранено извън обозначените места.", "Smoking is permitted only in the designated areas.")).toEqual([]);
  });

  test("a liability reversed where a condition's own negation is answered by 'failed': an error", () => {
    const bg = "(3) ВЪЗЛОЖИТЕЛЯТ не носи отговорност за загубени данни, когато ИЗПЪЛНИТЕЛЯТ не е направил резервно копие.";
    expect(errors(bg, "(3) The CLIENT shall be liable for lost data where the CONTRACTOR has failed to make a backup copy.")).toEqual([
      'error negation: the source says "не носи отговорност", and the translation\'s only negative words ("failed") answer the source\'s others: meaning reversed?',
    ]);
    expect(flags(bg, "(3) The CLIENT shall not be liable for lost data where the CONTRACTOR has failed to make a backup copy.")).toEqual(
      [],
    );
  });
});

describe("a leaflet's prohibitions, frequencies and ranges (stranger 116)", () => {
  test("a prohibition of two verbs kept for the second only: an error naming the first's translation", () => {
    expect(flags("Do not refrigerate or freeze.", "Да се съхранява в хладилник и да не се замразява.", "en", "bg")).toEqual([
      'error negation: the source\'s "Do not refrigerate" says no to each verb it joins, and the translation says "хладилник" with no negation before it: meaning reversed?',
    ]);
    expect(flags("Do not drive or use machines.", "Можете да шофирате, но не работете с машини.", "en", "bg")).toEqual([
      'error negation: the source\'s "Do not drive" says no to each verb it joins, and the translation says "шофирате" with no negation before it: meaning reversed?',
    ]);
    expect(flags("Do not drive or use machines.", "Не шофирайте и не работете с машини.", "en", "bg")).toEqual([]);
    expect(flags("Do not refrigerate or freeze.", "Да не се съхранява в хладилник и да не се замразява.", "en", "bg")).toEqual([]);
  });

  test("a frequency said of a side effect, or of its noun, turned into another: a warning; a story's 'uncommon', none", () => {
    expect(flags("Nausea and diarrhoea are common.", "Гаденето и диарията са редки.", "en", "bg")).toEqual([
      'warning terms: the source says "common" (common), the translation "редки" (rare): another frequency?',
    ]);
    expect(flags("Headache is a common side effect.", "Главоболието е рядка нежелана реакция.", "en", "bg")).toEqual([
      'warning terms: the source says "common" (common), the translation "рядка" (rare): another frequency?',
    ]);
    expect(
      flags("Tendinitis is rare; tendon rupture is very rare.", "Тендинитът е чест, а руптурата на сухожилие е много рядка.", "en", "bg"),
    ).toEqual(['warning terms: the source says "rare" (rare), the translation "чест" (common): another frequency?']);
    expect(flags("Nausea and diarrhoea are common.", "Гаденето и диарията са чести.", "en", "bg")).toEqual([]);
    // A neighbour on the scale said of a thing is a story's synonym.
    expect(flags("Подобна гледка е рядка.", "Such a sight is uncommon.")).toEqual([]);
  });

  test("a sign reversed in a table of frequency ranges: an error naming the whole fraction", () => {
    const en = "Frequencies: very common (≥1/10), common (≥1/100 to <1/10), uncommon (≥1/1,000 to <1/100).";
    expect(flags(en, "Честоти: много чести (≥1/10), чести (≥1/100 до >1/10), нечести (≥1/1 000 до <1/100).", "en", "bg")).toEqual([
      'error numbers: the limit is reversed: the translation says "> 1/10" where the source says "< 1/10"',
    ]);
    expect(flags(en, "Честоти: много чести (≥1/10), чести (≤1/100 до <1/10), нечести (≥1/1 000 до <1/100).", "en", "bg")).toEqual([
      'error numbers: the limit is reversed: the translation says "≤ 1/100" where the source says "≥ 1/100"',
    ]);
    expect(flags(en, "Честоти: много чести (≥1/10), чести (≥1/100 до <1/10), нечести (≥1/1 000 до <1/100).", "en", "bg")).toEqual([]);
  });

  test("'more than the recommended dose' as 'less than': a warning; before a figure it is the limits check's", () => {
    expect(flags("Do not take more than the recommended dose.", "Не приемайте по-малко от препоръчителната доза.", "en", "bg")).toEqual([
      'warning terms: the source says "more than" (higher), the translation "по-малко" (lower): the opposite, meaning reversed?',
    ]);
    expect(flags("Do not take more than the recommended dose.", "Не приемайте повече от препоръчителната доза.", "en", "bg")).toEqual([]);
    expect(flags("Do not take more than 4 tablets a day.", "Не приемайте по-малко от 4 таблетки дневно.", "en", "bg")).toEqual([
      expect.stringMatching(/^error numbers: the limit is reversed/u),
    ]);
  });
});

describe("a certificate's lines, numbers and names (stranger 115)", () => {
  test("a seal described in square brackets is a line of its own: left out, it is missing", () => {
    const bg =
      "Длъжностно лице по гражданското състояние: /подпис/ Снежана Петрова Ангелова\n[Кръгъл печат: Столична община, район „Младост“]\n\nАПОСТИЛ\n";
    expect(segment(bg, "bg").map((s) => s.text)).toEqual([
      "Длъжностно лице по гражданското състояние: /подпис/ Снежана Петрова Ангелова",
      "[Кръгъл печат: Столична община, район „Младост“]",
      "АПОСТИЛ",
    ]);
    const en = "Civil registration officer: /signature/ Snezhana Petrova Angelova\n\nAPOSTILLE\n";
    const b = align(bg, en, { sourceLang: "bg", targetLang: "en" });
    expect(b.links.flatMap((l) => l.flags.map((f) => `${f.severity} ${f.type}`))).toEqual(["error missing"]);
  });

  test("the translator's certification stays the translator's words where the source's last line is left out", () => {
    const bg = "Свидетелството е валидно 6 месеца.\n\nИздал: /подпис/ Милена Колева\n\nСъдия: /подпис/ Петър Тодоров\n";
    const en =
      "The certificate is valid for 6 months.\n\nIssued by: /signature/ Milena Koleva\n\nI, the undersigned Desislava Marinova, hereby certify that this is a true and accurate translation from Bulgarian into English of the attached document.\n";
    const b = align(bg, en, { sourceLang: "bg", targetLang: "en" });
    const found = b.links.flatMap((l) => l.flags.map((f) => `${f.severity} ${f.type}`));
    expect(found).toEqual(["info added", "error missing"]);
    expect(b.links.flatMap((l) => l.flags).find((f) => f.type === "missing")!.reason).toBe("this sentence is not translated (paragraph 3)");
  });

  test("a register's number and its date after a slash: read as the date; a wrong day is a dates error", () => {
    expect(flags("Рег. № 58214/18.03.2025 г.", "Reg. No. 58214/18 March 2025")).toEqual([]);
    expect(flags("Рег. № 58214/18.03.2025 г.", "Reg. No. 58214/13 March 2025")).toEqual([
      "error dates: the translation says 13 March 2025 where the source says 18.03.2025 г.",
    ]);
  });

  test("a letterhead's firm copied as it stands is no text left untranslated", () => {
    const b = align("ING Bank N.V.\n\nThe account is active.\n", "ING Bank N.V.\n\nСметката е активна.\n", {
      sourceLang: "en",
      targetLang: "bg",
    });
    expect(b.links.flatMap((l) => l.flags).filter((f) => f.type === "untranslated")).toEqual([]);
  });

  test("a personal number changed is named a number, not a telephone's", () => {
    expect(
      flags(
        "Цветелина Йорданова, ЕГН 0051036542, родена на 03.11.2000 г.",
        "Tsvetelina Yordanova, EGN 0051036543, born on 3 November 2000.",
      ),
    ).toEqual(["error numbers: the translation says 0051036543 where the source says 0051036542"]);
  });

  test("'(десет хиляди)' as 'one thousand': an error", () => {
    expect(flags("Суми до десет хиляди евро.", "Amounts of up to one thousand euros.")).toEqual([
      "error numbers: the translation says one thousand where the source says десет хиляди",
    ]);
    expect(flags("Суми до хиляда евро.", "Amounts of up to one thousand euros.")).toEqual([]);
  });

  test("an article's letter dropped or changed: another reference", () => {
    expect(
      flags(
        "Няма данни за наказания по чл. 78а от Наказателния кодекс.",
        "There is no record of penalties under Article 78 of the Criminal Code.",
      ),
    ).toEqual(['error numbers: the translation says "Article 78" where the source says "чл. 78а": another reference']);
    expect(flags("Същото важи и за чл. 55а от кодекса.", "The same applies to Article 55b of the Code.")).toEqual([
      'error numbers: the translation says "Article 55b" where the source says "чл. 55а": another reference',
    ]);
    expect(flags("Същото важи и за чл. 55а от кодекса.", "The same applies to Article 55a of the Code.")).toEqual([]);
  });

  test("a country left out of a power of attorney, no other name instead: a warning", () => {
    expect(flags("Да ме представлява пред всички банки в Гърция.", "To represent me before all banks.")).toEqual([
      "warning names: the name Гърция (Greece) is not in the translation: left out?",
    ]);
    expect(
      flags(
        "Да ме представлява пред всички банки в Кралство Нидерландия и в Република България.",
        "To represent me before all banks in the Kingdom of the Netherlands.",
      ),
    ).toEqual(["warning names: the name Република България (Bulgaria) is not in the translation: left out?"]);
  });
});
