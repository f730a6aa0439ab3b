/**
 * What the sixty-fifth session's strangers (187-193) showed, and what earlier ones (181, 183) had left: an insurer's
 * conditions, university transcripts, long and repetitive documents, web pages, German and Russian pairs, a tourism
 * guide and a construction specification.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitDiagonals } from "../src/align/diagonal.js";
import { writeTmx } from "../src/formats/tmx.js";
import { mergeTmx } from "../src/formats/tmx-merge.js";
import { align } from "../src/index.js";
import { htmlparser2, htmlToText } from "../src/read/markup.js";
import { parseTmx } from "../src/read/tm.js";
import { translatedTwice } from "../src/review/checks/unmatched.js";
import { buildReviewContext } from "../src/review/index.js";
import type { PairFeatures } from "../src/score/index.js";
import { segment } from "../src/segment/index.js";
import { batchDir, flagTexts, pairFlagTexts, paragraphPairs, sverka } from "./helpers.js";

const flags = pairFlagTexts;

describe("left by earlier strangers (181, 183)", () => {
  const bg = [
    "Ръководство за инсталиране на термостат ТермоДом Т200",
    "Преди да започнете, изключете захранването от главния прекъсвач. Не докосвайте проводниците, докато захранването е включено. Инсталирането отнема около 30 минути.",
    "Термостатът работи при напрежение от 220 до 240 V и честота 50 Hz. Максималният ток на товара е 16 A. Уредът се монтира на височина 1,5 м от пода.",
    "Свалете стария термостат и маркирайте проводниците. Свържете кафявия проводник към клема L, а синия към клема N. Жълто-зеленият проводник се свързва към заземяването.",
    "Изтеглете приложението ТермоДом от Google Play или App Store. Влезте с профила си и натиснете бутона „Добави устройство“. Приложението ще потърси термостата в мрежата Wi-Fi в рамките на 60 секунди.",
    "Ако връзката не бъде установена, рестартирайте рутера и опитайте отново. Термостатът поддържа само мрежи с честота 2,4 GHz. Мрежите с честота 5 GHz не се поддържат.",
    "Устройството има гаранция от 12 месеца от датата на покупката. Тя не покрива повреди, причинени от неправилен монтаж. За гаранционно обслужване се обърнете към сервизния център на „Енергомакс“ ООД в Пловдив.",
  ];
  const en = [
    "ThermoDom T200 Thermostat Installation Guide",
    "Before you start, switch off the power at the main circuit breaker. Do not touch the wires while the power is on. Installation takes about 30 minutes.",
    "The thermostat operates at a voltage of 220 to 240 V and a frequency of 50 Hz. The maximum load current is 16 A. The unit is mounted at a height of 1.5 m above the floor.",
    "Remove the old thermostat and mark the wires. Connect the brown wire to terminal L and the blue wire to terminal N. The yellow-green wire is connected to the earth.",
    "Download the ThermoDom app from Google Play or the App Store. Sign in with your account and press the “Add device” button. The app will search for the thermostat on your Wi-Fi network for up to 60 seconds.",
    "If the connection is not established, restart the router and try again. The thermostat supports 2.4 GHz networks only. 5 GHz networks are not supported.",
    "The device has a 12-month warranty from the date of purchase. It does not cover damage caused by incorrect installation. Damage caused by water is also covered. For warranty service, contact the Energomax Ltd service centre in Plovdiv.",
  ];

  test("an added sentence that shares words with its neighbour is not told 'translated twice ... say the same' (stranger 183)", () => {
    const added = (translation: readonly string[]) =>
      align(bg.join("\n\n"), translation.join("\n\n"), { sourceLang: "bg", targetLang: "en" }).links.flatMap((l) =>
        (l.flags ?? []).filter((f) => f.type === "added").map((f) => `${f.severity} ${f.reason}`),
      );
    expect(added(en)).toEqual(["error this sentence is not in the source (paragraph 7)"]);
    // Where the aligner's baseline reads an added sentence as translating its neighbour's source sentence too (as in stranger
    // 183's translation, with its other defects), the words of the two say whether they say the same: as sure, or as a question.
    const bitext = align(bg.join("\n\n"), en.join("\n\n"), { sourceLang: "bg", targetLang: "en" });
    const ctx = buildReviewContext(bitext, {});
    const [own, other] = [17, 18];
    expect(bitext.target.segments[own]!.text).toBe("It does not cover damage caused by incorrect installation.");
    expect(translatedTwice(ctx, other, own, " (paragraph 7)")).toBe(
      "this sentence is not in the source (paragraph 7); it says again much of what translation sentence 18 says: the same source sentence translated twice?",
    );
    // Said again in the same words, it is said as sure.
    const twice = en.map((p, n) =>
      n === 6 ? p.replace("Damage caused by water is also covered.", "It does not cover damage caused by incorrect installation.") : p,
    );
    expect(added(twice)).toEqual(["error this sentence is translated twice: translation sentences 18 and 19 say the same (paragraph 7)"]);
  });
});

describe("an insurer's conditions and letters (stranger 187)", () => {
  test("'No.' before a policy's number is no negation: the source's 'не' lost is found", () => {
    expect(flags("Застрахователят не покрива щети по полица № 118.", "The Insurer covers damage under policy No. 118.")).toEqual([
      'error negation: the source says "не покрива щети", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Застрахователят не покрива щети по полица № 118.", "The Insurer does not cover damage under policy No. 118.")).toEqual(
      [],
    );
  });

  test("an insured person's three names, each of them changed, in a sentence, a field's line or a salutation", () => {
    const sentence = "Застрахован е Иван Петров Георгиев от Пловдив.";
    expect(flags(sentence, "The insured is Ivan Petrov Georgiev from Plovdiv.")).toEqual([]);
    expect(flags(sentence, "The insured is Stefan Petrov Georgiev from Plovdiv.")).toEqual([
      "warning names: the name Иван Петров Георгиев (Ivan Petrov Georgiev) is not in the translation, which names Stefan instead: replaced by another name?",
    ]);
    expect(flags(sentence, "The insured is Ivan Dimitrov Georgiev from Plovdiv.")).toEqual([
      "warning names: the name Иван Петров Георгиев (Ivan Petrov Georgiev) is not in the translation, which names Dimitrov instead: replaced by another name?",
    ]);
    const field = "Застрахован: Иван Петров Георгиев, ЕГН 7503124567";
    expect(flags(field, "Insured: Ivan Petrov Georgiev, Personal ID No. 7503124567")).toEqual([]);
    expect(flags(field, "Insured: Ivan Petkov Georgiev, Personal ID No. 7503124567")).toEqual([
      "warning names: the name Иван Петров Георгиев is written with Petkov where its romanisation is Petrov: misspelt, or another name?",
    ]);
    expect(flags("Уважаеми г-н Петров,", "Dear Mr Petrov,")).toEqual([]);
    expect(flags("Уважаеми г-н Петров,", "Dear Mr Ivanov,")).toEqual([
      "warning names: the name Петров (Petrov) is not in the translation, which names Ivanov instead: replaced by another name?",
    ]);
  });

  test("a cover 'без самоучастие' made 'with an excess'", () => {
    expect(flags("Рискът „Земетресение“ се покрива без самоучастие.", 'The "Earthquake" risk is covered with an excess.')).toEqual([
      'error negation: the source says "без самоучастие", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Рискът „Земетресение“ се покрива без самоучастие.", 'The "Earthquake" risk is covered without an excess.')).toEqual([]);
  });

  test("a date's bound reversed ('не по-рано от' / 'not later than') is an error", () => {
    const source = "Застраховката влиза в сила от деня след плащането, но не по-рано от началната дата, посочена в полицата.";
    expect(
      flags(source, "The insurance enters into force on the day after payment, but not earlier than the start date stated in the policy."),
    ).toEqual([]);
    expect(
      flags(source, "The insurance enters into force on the day after payment, but not later than the start date stated in the policy."),
    ).toEqual(['error terms: the source says "по-рано" (early), the translation "later" (late): the opposite, meaning reversed?']);
  });

  test("a policy's number changed is a number, not a telephone's; a letter's polite 'Ви' after a date goes on", () => {
    expect(flags("ЗАСТРАХОВАТЕЛНА ПОЛИЦА № 0812-2026-004517", "INSURANCE POLICY No. 0812-2026-004571")).toEqual([
      "error numbers: the translation has the number 0812-2026-004571 where the source has 0812-2026-004517",
    ]);
    expect(flags("За справки: тел. 0888 123 456.", "For information: tel. 0888 123 465.")).toEqual([
      "error numbers: the translation has the telephone number 0888 123 465 where the source has 0888 123 456",
    ]);
    const letter = segment(
      "Във връзка с Вашата претенция от 14.03.2027 г. Ви уведомяваме, че тя е приета. Вие можете да се свържете с нас.",
      "bg",
    );
    expect(letter.map((x) => x.text)).toEqual([
      "Във връзка с Вашата претенция от 14.03.2027 г. Ви уведомяваме, че тя е приета.",
      "Вие можете да се свържете с нас.",
    ]);
  });

  // An error since the lexicon has "получа" / "receive" (session 71): the very word negated is translated.
  test("'have not received' is a negation", () => {
    expect(flags("I have not received any compensation from the hotel.", "Получих обезщетение от хотела.", "en", "bg")).toEqual([
      'error negation: the source says "have not received any", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("I have not received any compensation from the hotel.", "Не съм получил обезщетение от хотела.", "en", "bg")).toEqual([]);
  });

  test("'чл. 12, ал. 3' is 'Clause 12.3'; another clause is still a number changed", () => {
    expect(flags("Документите се представят по чл. 12, ал. 3.", "The documents shall be submitted under Clause 12.3.")).toEqual([]);
    expect(flags("Documents are submitted under Art. 12, para. 3.", "Документите се представят по т. 12.3.", "en", "bg")).toEqual([]);
    expect(flags("Документите се представят по чл. 12, ал. 3.", "The documents shall be submitted under Clause 12.4.")).toEqual([
      "error numbers: the translation says 12.4 where the source says 12",
    ]);
  });
});

describe("university documents (stranger 188)", () => {
  test("a grade's figure in brackets after its word is no amount below zero", () => {
    expect(flags("4.3. Общ успех от обучението: Отличен 5,62.", "4.3. Overall classification (GPA): Excellent (5.62).")).toEqual([]);
    expect(
      flags("4.3. Overall classification (GPA): Excellent (5.62).", "4.3. Общ успех от обучението: Отличен 5,62.", "en", "bg"),
    ).toEqual([]);
    // An account's bracketed figure still is.
    expect(flags("Нетният резултат за годината е (41 830) лв.", "The net result for the year is BGN 41,830.")).toEqual([
      "error numbers: the source writes (41 830) below zero where the translation has 41,830 with no brackets, minus or word of a loss: sign lost?",
    ]);
  });
});

describe("university documents: names in a form's fields (stranger 188)", () => {
  test("a surname alone in its field, replaced by another of the same ending, is found", () => {
    const form = (surname: string) =>
      flagTexts(
        paragraphPairs([
          ["1.1. Фамилно име: Петрова", `1.1. Family name: ${surname}`],
          ["1.2. Собствено и бащино име: Мария Иванова", "1.2. Given name and patronymic: Maria Ivanova"],
          ["1.3. Дата на раждане: 14.03.2000 г.", "1.3. Date of birth: 14 March 2000"],
        ]),
      );
    expect(form("Petrova")).toEqual([]);
    expect(form("Ivanova")).toEqual([
      "warning names: the name Петрова (Petrova) is not in the translation, which names Ivanova instead: replaced by another name?",
    ]);
    expect(flags("Фамилията ѝ е Петрова.", "Her family name is Ivanova.")).toEqual([
      "warning names: the name Петрова (Petrova) is not in the translation, which names Ivanova instead: replaced by another name?",
    ]);
  });
});

describe("web pages (stranger 190)", () => {
  beforeAll(() => htmlparser2.preload());

  test("inside the main content a class naming cookies is a part of it, read and checked", () => {
    const page = (months: string) =>
      `<html><body><nav class="menu">Home</nav><main><h1>Privacy notice</h1><section id="cookies"><h2>Cookies</h2><table><tr><td>_ga</td><td>${months}</td></tr></table></section></main><div class="cookie-banner">We use cookies.</div></body></html>`;
    expect(htmlToText(page("13 months"))).toBe("Privacy notice\n\nCookies\n\n_ga\n\n13 months\n");
  });

  test("a placeholder's name is no word of the translation: 'Общо: {{ total_price }}.' is Bulgarian", () => {
    const pairs = [
      ["Thank you for your order.", "Благодарим Ви за поръчката."],
      ["Total: {{ total_price }}.", "Общо: {{ total_price }}."],
      [
        "Delivery to: {{ shipping_address.city }}, {{ shipping_address.country }}",
        "Доставка до: {{ shipping_address.city }}, {{ shipping_address.country }}",
      ],
    ] as const;
    expect(flagTexts(paragraphPairs(pairs, ["en", "bg"]))).toEqual([]);
    const copied = pairs.map(([en, bg], n) => [en, n === 2 ? en : bg] as const);
    expect(flagTexts(paragraphPairs(copied, ["en", "bg"]))).toEqual([
      "error untranslated: the translation is in Latin script, like the source (English), not Bulgarian",
    ]);
  });
});

describe("a tourism guide (stranger 192)", () => {
  test("a height changed beside its conversion is a number changed, not a figure in the translation only", () => {
    expect(
      flags("Връх Мусала (2925 м) е най-високият на Балканите.", "Musala Peak (2,952 m / 9,596 ft) is the highest in the Balkans."),
    ).toEqual(["error numbers: the translation says 2,952 where the source says 2925"]);
    expect(
      flags("Връх Мусала (2925 м) е най-високият на Балканите.", "Musala Peak (2,925 m / 9,596 ft) is the highest in the Balkans."),
    ).toEqual([]);
    expect(flags("Пътеката е 12 км.", "The trail is 21 km (7.5 miles).")).toEqual([
      "error numbers: the translation says 21 where the source says 12",
    ]);
  });

  test("a small price or distance in figures left out is found", () => {
    expect(flags("Вход: 10 лв. за възрастни, 5 лв. за ученици.", "Admission: BGN 10 for adults, reduced for students.")).toEqual([
      "warning numbers: 5 is not in the translation",
    ]);
    expect(flags("Пътеката до хижата е дълга 8 км.", "The trail to the hut is long.")).toEqual([
      "warning numbers: 8 is not in the translation",
    ]);
    // Said in words, or one kilo, it is no number left out.
    expect(flags("Пътеката до хижата е дълга 8 км.", "The trail to the hut is eight kilometres long.")).toEqual([]);
    expect(flags("Цената е 10 лв. за 1 кг.", "The price is BGN 10 per kilo.")).toEqual([]);
  });
});

describe("German and Russian pairs (stranger 191)", () => {
  test("an IBAN changed is told once, as a code; its groups are no numbers or telephone", () => {
    const source = "Bitte überweisen Sie den Betrag auf das Konto DE89 3704 0044 0532 0130 00.";
    expect(flags(source, "Моля, преведете сумата по сметка DE89 3704 0044 0532 0130 00.", "de", "bg")).toEqual([]);
    expect(flags(source, "Моля, преведете сумата по сметка DE89 3704 0044 0523 0130 00.", "de", "bg")).toEqual([
      "error names: the translation has DE89 3704 0044 0523 0130 00 where the source has DE89 3704 0044 0532 0130 00: codes and e-mails are copied exactly",
    ]);
  });
});

describe("a word's negative prefix (stranger 191)", () => {
  test("'недействително' translated 'valid' is the meaning reversed; 'invalid' or 'not valid' is the translation", () => {
    const source = "Прекратяването по електронна поща е недействително.";
    expect(flags(source, "Termination by e-mail is valid.")).toEqual([
      'warning negation: the source says "недействително", and the translation "valid", its opposite, with no negation: meaning reversed?',
    ]);
    expect(flags(source, "Termination by e-mail is invalid.")).toEqual([]);
    expect(flags(source, "Termination by e-mail is not valid.")).toEqual([]);
    expect(flags("Termination by e-mail is invalid.", "Прекратяването по електронна поща е действително.", "en", "bg")).toEqual([
      'warning negation: the source says "invalid", and the translation "действително", its opposite, with no negation: meaning reversed?',
    ]);
    // A word of the prefix's letters that is no opposite: "неделя" is Sunday.
    expect(flags("Неделя е почивен ден.", "Sunday is a day off.")).toEqual([]);
  });
});

describe("a folder's gate (stranger 192)", () => {
  test("a bilingual file in a checked folder is named as not checked, and fails the run with --fail-on-unpaired", async () => {
    const po = 'msgid ""\nmsgstr ""\n"Language: bg\\n"\n\nmsgid "Opening hours"\nmsgstr "Работно време"\n';
    const dir = batchDir({ "labels.po": po });
    const gate = await sverka(["check", join(dir, "docs"), "--fail-on-unpaired"]);
    expect(gate.code).toBe(1);
    expect(gate.stdout).toContain(
      `labels.po (a bilingual file (gettext PO), which a folder's pairs do not read: check it on its own (sverka check ${join(dir, "docs", "labels.po")}))`,
    );
    // Without the option it is named all the same, failing nothing.
    expect((await sverka(["check", join(dir, "docs")])).stdout).toContain("! not checked: 1 file of the folder pairs with nothing");
  });
});

describe("a tourism guide's saints (stranger 192)", () => {
  test("a saint's English form carries the name; another saint does not", () => {
    expect(flags("Фрагмент от стенопис със св. Димитър", "Fragment of a mural with St Demetrius")).toEqual([]);
    expect(flags("Иконата на св. Илия е от XVII в.", "The icon of St Elijah dates from the 17th century.")).toEqual([]);
    expect(flags("Фрагмент от стенопис със св. Димитър", "Fragment of a mural with St George")).toEqual([
      "warning names: the name Димитър (Dimitar) is not in the translation, which names St George instead: replaced by another name?",
    ]);
  });
});

describe("a construction specification (stranger 193)", () => {
  test("a bill of quantities' unit column changed, the quantities the same", () => {
    const row = (unit: string, other: string) =>
      flagTexts(
        paragraphPairs([
          ["2.3\tАрматура B500B, вкл. доставка и монтаж\tкг\t62 350", `2.3\tReinforcement B500B, incl. supply and fixing\t${unit}\t62,350`],
          ["2.4\tБетон C25/30 за колони\tм³\t74,80", `2.4\tConcrete C25/30 to columns\t${other}\t74.80`],
        ]),
      );
    expect(row("kg", "m³")).toEqual([]);
    expect(row("t", "m²")).toEqual([
      "error units: the translation's unit column says t where the source says кг, the quantities the same: another unit",
      "error units: the translation's unit column says m² where the source says м³, the quantities the same: another unit",
    ]);
  });

  test("a bar's diameter written with Ø, ⌀ or 'dia.' is one number; another diameter is a number changed", () => {
    const bg = "Снаждането на прътите Ø16 се извършва с припокриване 800 мм.";
    expect(flags(bg, "The ⌀16 bars shall be lapped 800 mm.")).toEqual([]);
    expect(flags(bg, "The 16 mm dia. bars shall be lapped 800 mm.")).toEqual([]);
    expect(flags(bg, "The Ø16 bars shall be lapped 800 mm.")).toEqual([]);
    expect(flags(bg, "The ⌀20 bars shall be lapped 800 mm.")).toEqual(["error numbers: the translation says 20 where the source says 16"]);
  });
});

describe("long and repetitive documents (stranger 189)", () => {
  test("a 2-2 link whose sentences pair one for one, a word or two crosswise, is two 1-1 links; one of sentences divided elsewhere stays", () => {
    // Evidence by cell: the diagonal shares 20 and 11 nats, crosswise a word of 2.4 (stranger 189's pair); and a clause.
    const cells = (cross: number) => (i0: number, i1: number, j0: number, j1: number) => {
      const cell = (i: number, j: number) => (i === j ? [20, 11][i]! : i === 1 && j === 0 ? cross : 0);
      let sum = 0;
      for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) sum += cell(i, j);
      return sum;
    };
    const f = { sourceParagraph: Int32Array.of(0, 0), targetParagraph: Int32Array.of(0, 0) } as unknown as PairFeatures;
    expect(splitDiagonals([[0, 2, 0, 2]], [0.53], cells(2.4), f)).toEqual({
      steps: [
        [0, 1, 0, 1],
        [1, 1, 1, 1],
      ],
      scores: [0.53, 0.53],
    });
    expect(splitDiagonals([[0, 2, 0, 2]], [0.9], cells(9), f)).toEqual({ steps: [[0, 2, 0, 2]], scores: [0.9] });
    // Across a paragraph break, the search's own paragraph costs judged it.
    const broken = { sourceParagraph: Int32Array.of(0, 1), targetParagraph: Int32Array.of(0, 0) } as unknown as PairFeatures;
    expect(splitDiagonals([[0, 2, 0, 2]], [0.53], cells(2.4), broken).steps).toEqual([[0, 2, 0, 2]]);
  });

  test("a sentence reporting what a speaker said, after a quote, is a sentence of its own", () => {
    const en = segment('He said: "I am coming tomorrow." Farage said that he would come. "We need a deal," Mr Clark said.', "en");
    expect(en.map((x) => x.text)).toEqual([
      'He said: "I am coming tomorrow."',
      "Farage said that he would come.",
      '"We need a deal," Mr Clark said.',
    ]);
    const bg = segment("Той каза: „Идвам утре.“ Фараж заяви, че ще дойде. „Идвам утре.“ Фараж заяви пред репортерите.", "bg");
    expect(bg.map((x) => x.text)).toEqual([
      "Той каза: „Идвам утре.“",
      "Фараж заяви, че ще дойде.",
      "„Идвам утре.“ Фараж заяви пред репортерите.",
    ]);
  });

  test("square feet after square metres are the same area", () => {
    expect(
      flags("Апартаментът е с полезна площ 92 кв. м.", "The apartment has a usable floor area of 92 square metres (approx. 990 sq ft)."),
    ).toEqual([]);
    expect(
      flags("Апартаментът е с полезна площ 92 кв. м.", "The apartment has a usable floor area of 92 square metres (approx. 1,990 sq ft)."),
    ).toEqual(["error units: a conversion in brackets is wrong: 1,990 sq ft is not 92 square metres converted (about 990 sq ft)"]);
  });
});

describe("negations of licences, trials and councils (strangers 194, 195, 197)", () => {
  test("an age bound reversed ('older than 65' / 'по-млади от 65')", () => {
    expect(
      flagTexts(
        paragraphPairs(
          [
            ["Participants older than 65 years are excluded.", "Участниците, по-млади от 65 години, се изключват."],
            ["Participants younger than 18 years are excluded.", "Участниците, по-възрастни от 18 години, се изключват."],
            ["Participants older than 75 years are excluded.", "Участниците, по-възрастни от 75 години, се изключват."],
          ],
          ["en", "bg"],
        ),
      ),
    ).toEqual([
      'error numbers: the limit is reversed: the translation says "по-млади от 65" where the source says "older than 65"',
      'error numbers: the limit is reversed: the translation says "по-възрастни от 18" where the source says "younger than 18"',
    ]);
  });

  test("a limit on an amount converted to another unit, reversed ('at least 9.0 g/dL' / 'най-много 90 g/l')", () => {
    expect(flags("Haemoglobin at least 9.0 g/dL.", "Хемоглобин най-малко 90 g/l.", "en", "bg")).toEqual([]);
    expect(flags("Haemoglobin at least 9.0 g/dL.", "Хемоглобин най-много 90 g/l.", "en", "bg")).toEqual([
      'error numbers: the limit is reversed: the translation says "най-много 90" where the source says "at least 9.0"',
    ]);
  });

  test("'with no history of' says no; 'без анамнеза' translates it", () => {
    const source = "Patients with no history of hepatitis B infection are eligible.";
    expect(flags(source, "Пациентите с анамнеза за инфекция с хепатит B са допустими.", "en", "bg")).toEqual([
      'error negation: the source says "with no history of hepatitis B", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags(source, "Пациентите без анамнеза за инфекция с хепатит B са допустими.", "en", "bg")).toEqual([]);
  });

  test("a disclaimer's 'does not warrant ... uninterrupted' made a warranty", () => {
    expect(
      flags(
        "The Vendor does not warrant that the Service will be error-free or uninterrupted.",
        "Доставчикът гарантира, че Услугата ще бъде без грешки и без прекъсване.",
        "en",
        "bg",
      ),
    ).toEqual([
      'error negation: the source says "does not warrant", and the translation\'s only negative words ("без") answer the source\'s others: meaning reversed?',
    ]);
  });

  test("a negation added to a licence's warranty, refund and confidentiality", () => {
    const flagged = flagTexts(
      paragraphPairs(
        [
          [
            "The Vendor warrants that the Service will perform as described.",
            "Доставчикът не гарантира, че Услугата ще функционира както е описано.",
          ],
          ["Fees are refunded within 14 days.", "Таксите не се възстановяват в срок от 14 дни."],
          ["The Recipient shall keep the Confidential Information secret.", "Получателят не пази Поверителната информация в тайна."],
        ],
        ["en", "bg"],
      ),
    );
    expect(flagged).toEqual([
      'error negation: the translation says "не гарантира", and the source has no negation: meaning reversed?',
      'error negation: the translation says "не се възстановяват в", and the source has no negation: meaning reversed?',
      'error negation: the translation says "не пази Поверителната", and the source has no negation: meaning reversed?',
    ]);
  });

  test("a cap with no figure turned into a floor", () => {
    const source = "The Vendor's total liability shall not exceed the Fees paid by the Customer in the 12 months preceding the claim.";
    expect(
      flags(
        source,
        "Общата отговорност на Доставчика не може да бъде по-малка от Възнагражденията, платени от Клиента през 12-те месеца преди претенцията.",
        "en",
        "bg",
      ),
    ).toEqual(["warning negation: the source sets a ceiling (at most), and the translation a floor (at least): the limit turned around?"]);
    expect(
      flags(
        source,
        "Общата отговорност на Доставчика не може да надвишава Възнагражденията, платени от Клиента през 12-те месеца преди претенцията.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("a negation added to a clause whose source says 'unless' is judged", () => {
    const source = "The Vendor shall delete the Customer Data within 30 days, unless retention is required by law.";
    expect(
      flags(
        source,
        "Доставчикът не изтрива Данните на Клиента в срок от 30 дни, освен ако съхраняването не се изисква по закон.",
        "en",
        "bg",
      ),
    ).toEqual(['error negation: the translation says "не изтрива Данните", and the source has no negation: meaning reversed?']);
    expect(
      flags(source, "Доставчикът изтрива Данните на Клиента в срок от 30 дни, освен ако съхраняването не се изисква по закон.", "en", "bg"),
    ).toEqual([]);
  });

  test("a council's refusal ('не дава съгласие', 'не прие') made its consent", () => {
    expect(
      flags("Общинският съвет не дава съгласие за продажба на имота.", "The Municipal Council consents to the sale of the property."),
    ).toEqual(['warning negation: the source says "не дава съгласие", and the translation has no negation: meaning reversed?']);
    expect(flags("Общинският съвет не прие предложението.", "The Municipal Council adopted the proposal.")).toEqual([
      'warning negation: the source says "не прие предложението", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Общинският съвет не прие предложението.", "The Municipal Council did not adopt the proposal.")).toEqual([]);
  });

  test("half in words is 50 per cent", () => {
    expect(flags("Половината от сумата се възстановява.", "50% of the amount is refunded.")).toEqual([]);
    expect(flags("50 % от сумата се възстановява.", "Half of the amount is refunded.")).toEqual([]);
    // Another share than the half: an error naming both (stranger 277; a warning on the 60 before).
    expect(flags("Половината от сумата се възстановява.", "60% of the amount is refunded.")).toEqual([
      'error numbers: the translation says "60%" where the source says "половината"',
    ]);
  });

  test("a vote's counts swapped; a plot's decares in square metres", () => {
    expect(flags("Гласували 41: за – 35, против – 7, въздържали се – 4.", "Voted 41: for – 35, against – 4, abstained – 7.")).toEqual([
      "error numbers: the vote's counts are swapped: 7 against in the source is 7 abstaining in the translation, 4 abstaining in the source is 4 against in the translation",
    ]);
    expect(flags("Имотът е с площ 2,5 дка.", "The property has an area of 2,500 sq m.")).toEqual([]);
    expect(flags("Имотът е с площ 2,5 дка.", "The property has an area of 0.25 ha.")).toEqual([]);
  });
});

describe("a freelance translator's memories (stranger 196)", () => {
  test("a unit whose typo a reviewer corrected is a translator's: merge --conflicts memory keeps it over the pair aligned again", () => {
    const bitext = align(
      "Не потапяйте каната във вода.\n\nНе включвайте празната кана.",
      "Do not immerce the kettle in water.\n\nDo not switch on the kettle when it is empty.",
      {
        sourceLang: "bg",
        targetLang: "en",
      },
    );
    const aligned = writeTmx(bitext, { date: new Date("2024-05-15T00:00:00Z") });
    const segments = bitext.target.segments.map((s, j) => (j === 0 ? { ...s, corrected: "Do not immerse the kettle in water." } : s));
    const reviewed = writeTmx({ ...bitext, target: { ...bitext.target, segments } }, { date: new Date("2024-05-15T00:00:00Z") });
    expect(reviewed).toContain('<prop type="x-sverka-status">corrected</prop>');
    for (const order of [
      [reviewed, aligned],
      [aligned, reviewed],
    ]) {
      const merged = mergeTmx(
        order.map((text, n) => parseTmx(text, `m${n}.tmx`)),
        { conflicts: "memory" },
      );
      expect(merged.text).toContain("Do not immerse");
      expect(merged.text).not.toContain("immerce");
    }
  });
});

describe("merge into a device or a pipe (stranger 196)", () => {
  test("an output with no ending is written as TMX, as align writes one; another format's ending is refused", async () => {
    const dir = batchDir();
    const [bg, en] = [join(dir, "docs", "bus.bg.txt"), join(dir, "docs", "bus.en.txt")];
    expect((await sverka(["align", bg, en, "-o", join(dir, "bus.tmx")])).code).toBe(0);
    expect((await sverka(["merge", join(dir, "bus.tmx"), "-o", join(dir, "master"), "-q"])).code).toBe(0);
    expect(readFileSync(join(dir, "master"), "utf8")).toMatch(/^<\?xml[^\n]*\n<tmx version="1.4">/u);
    const wrong = await sverka(["merge", join(dir, "bus.tmx"), "-o", join(dir, "master.json")]);
    expect(wrong.code).toBe(2);
  });
});

describe("a memory's options given for a file that is no memory (stranger 196)", () => {
  test("align -o job.html --prop says the page keeps none of them; a JSON keeps them for export (stranger 365)", async () => {
    const dir = batchDir();
    const [bg, en] = [join(dir, "docs", "bus.bg.txt"), join(dir, "docs", "bus.en.txt")];
    const html = await sverka(["align", bg, en, "-o", join(dir, "job.html"), "--prop", "x-client=ACME", "--creation-date", "2024-05-15"]);
    expect(html.stderr).toContain(
      "note: --prop, --creation-date are for a memory (TMX), and the HTML written keeps none of them: give them to export when you write the memory (sverka export FILE -o NAME.tmx)",
    );
    const json = await sverka(["align", bg, en, "-o", join(dir, "job.json"), "--prop", "x-client=ACME", "--creation-date", "2024-05-15"]);
    expect(json.stderr).not.toContain("note: --prop");
    const tmx = await sverka(["align", bg, en, "-o", join(dir, "job.tmx"), "--prop", "x-client=ACME"]);
    expect(tmx.stderr).not.toContain("note: --prop");
  });
});

describe("a clinical trial's and a kettle's words (strangers 195, 196)", () => {
  test("a word prefixed to a code is translated; the code itself is copied", () => {
    expect(flags("Patients who received any anti-PD-1 antibody.", "Пациенти, получавали анти-PD-1 антитяло.", "en", "bg")).toEqual([]);
    expect(flags("Patients who received any anti-PD-1 antibody.", "Пациенти, получавали анти-PD-2 антитяло.", "en", "bg")).toEqual([
      "error names: the translation has анти-PD-2 where the source has anti-PD-1: codes and e-mails are copied exactly",
    ]);
    expect(flags("Поръчайте част SRV-4410.", "Order part ABC-4410.")).toEqual([
      "error names: the translation has ABC-4410 where the source has SRV-4410: codes and e-mails are copied exactly",
    ]);
  });

  test("'Много честите' is very common, with its article; inches beside centimetres are the same length", () => {
    expect(flags("Very common side effects include fatigue.", "Много честите нежелани реакции включват умора.", "en", "bg")).toEqual([]);
    expect(flags("Very common side effects include fatigue.", "Честите нежелани реакции включват умора.", "en", "bg")).toEqual([
      'warning terms: the source says "Very common" (very common), the translation "Честите" (common): another frequency?',
    ]);
    expect(flags("Дължина на кабела: 75 см.", "Cord length: 75 cm (about 30 inches).")).toEqual([]);
  });
});

describe("a specification's and a shop's abbreviations (strangers 190, 193)", () => {
  test("'т. 3.2.1. по-горе', 'Dwg. No. 12', 'dia. 16 mm' and 'Shop Ltd. (UIC ...), Sofia' are no sentence ends", () => {
    const texts = (text: string, lang: string) => segment(text, lang).map((x) => x.text);
    expect(texts("Армировката се полага съгласно т. 3.2.1. по-горе. Кофражът се демонтира след 28 дни.", "bg")).toEqual([
      "Армировката се полага съгласно т. 3.2.1. по-горе.",
      "Кофражът се демонтира след 28 дни.",
    ]);
    expect(texts("Spacing as shown on Dwg. No. 12 and Fig. 3. The bars are dia. 16 mm and shall be lapped.", "en")).toEqual([
      "Spacing as shown on Dwg. No. 12 and Fig. 3.",
      "The bars are dia. 16 mm and shall be lapped.",
    ]);
    expect(texts("The seller is Shop Ltd. (UIC 123456789), Sofia. Returns are free.", "en")).toEqual([
      "The seller is Shop Ltd. (UIC 123456789), Sofia.",
      "Returns are free.",
    ]);
    // A term opening in lowercase still opens a sentence ("p-values").
    expect(texts("Viability was 90%. p-values were computed.", "en")).toEqual(["Viability was 90%.", "p-values were computed."]);
  });
});
