/** German, French and Russian data (src/lang/de.ts, fr.ts, ru.ts): segmentation, times, identification, and the review of pairs. */
import { languageMismatch } from "../src/lang/identify.js";
import { getLanguage, KNOWN_LANGUAGES } from "../src/lang/index.js";
import { align } from "../src/pipeline.js";
import { tokenize } from "../src/score/index.js";
import { segment } from "../src/segment/index.js";
import { srxRules } from "../src/segment/srx.js";
import { BG_RU, EN_DE, EN_FR, EN_RU, type Pair } from "./languages-pairs.js";

const sentences = (text: string, lang: string) => segment(text, lang).map((s) => s.text);

describe("segmentation", () => {
  test("German: a contract's and a manual's abbreviations and a date's ordinal day end no sentence", () => {
    const want = [
      "Der Vertrag Nr. 4711 tritt am 3. März 2026 in Kraft.",
      "Gemäß Art. 5 Abs. 2 ist z. B. die Kündigung bzw. der Rücktritt bis zum 15. Jan. 2026 möglich.",
      "Bitte wenden Sie sich an Dr. Weber, Tel. 030 1234567, oder an Prof. Schulz.",
      "Der Umsatz stieg um ca. 12 % auf 5,2 Mio. Euro, der Gewinn auf 1,1 Mrd. Euro.",
      "Die Lieferung erfolgt am Fr., 3. Juli um 14:30 Uhr, d. h. vor dem Wochenende.",
      "Maßgeblich ist der Auftrag Nr. 4711.",
      "Der Kunde zahlt innerhalb von 14 Tagen.",
    ];
    expect(sentences(want.join(" "), "de")).toEqual(want);
  });

  test("German: a number before a capital still ends a sentence where no month follows", () => {
    expect(sentences("Die Summe beträgt 4711. Der Rest folgt.", "de")).toEqual(["Die Summe beträgt 4711.", "Der Rest folgt."]);
    expect(sentences("Wir kamen am 3. Danach gingen wir.", "de")).toEqual(["Wir kamen am 3.", "Danach gingen wir."]);
  });

  test("French: art., al., chap. and tél., elided too (l’art., l'art.), end no sentence", () => {
    const want = [
      "Conformément à l’art. 5 al. 2 du contrat, le délai est de 30 jours.",
      "Voir l'art. 7 et le chap. 3 pour les détails.",
      "Pour toute question, appelez le tél. 01 23 45 67 89 ou écrivez à Mme Martin.",
      "La réunion aura lieu le 3 mars 2026 à 10 h 30.",
      "Le prix est de 100 euros, etc.",
      "Le client paie sous 14 jours.",
    ];
    expect(sentences(want.join(" "), "fr")).toEqual(want);
  });

  test("Russian: п., ст., тел., долл., руб., тыс. and the town's г. end no sentence; a year's г. may", () => {
    const want = [
      "Согласно п. 3 ст. 5 договора, оплата производится в течение 10 дней.",
      "Звоните по тел. +7 495 123 45 67 или пишите в г. Москва.",
      "Цена составляет 100 долл. США за единицу, т. е. 5 тыс. руб. за партию.",
      "Встреча состоится 3 марта 2026 г.",
      "Компания подтвердила участие.",
      "В 2024 г. «Газпром» увеличил выручку на 5 %.",
    ];
    expect(sentences(want.join(" "), "ru")).toEqual(want);
  });

  test("the new languages have their own SRX rule sets, with the German ordinal day's rule", () => {
    for (const code of ["de", "fr", "ru"]) expect(srxRules(code).length).toBeGreaterThan(srxRules(undefined).length);
    expect(srxRules("de").some((r) => !r.break && r.after.includes("März"))).toBe(true);
    expect(srxRules("fr").some((r) => r.before.includes("[Cc][Hh][Aa][Pp]"))).toBe(true);
    expect(srxRules("en").some((r) => r.comment?.includes("ordinal"))).toBe(false);
  });
});

describe("times and numbers", () => {
  const keys = (text: string, lang: string) =>
    tokenize(text, getLanguage(lang))
      .filter((t) => t.kind === "number")
      .map((t) => t.key);

  test("French times: 10 h 30, 10h30, à 14 h; 48 h alone is a span", () => {
    expect(keys("à 10 h 30, à 10h30, à 14 h, pendant 48 h", "fr")).toEqual(["10:30", "10:30", "14:00", "48"]);
    expect(keys("de 9 h à 17 h", "fr")).toEqual(["09:00", "17:00"]);
  });

  test("German times: 14:30 Uhr, 14 Uhr", () => {
    expect(keys("um 14:30 Uhr und um 14 Uhr", "de")).toEqual(["14:30", "14:00"]);
  });

  test("magnitude words: Mio., Millionen, млн, тыс., millions", () => {
    expect(keys("5 Mio. Euro und 2 Milliarden", "de")).toEqual(["5000000", "2000000000"]);
    expect(keys("3 млн рублей и 5 тыс. руб.", "ru")).toEqual(["3000000", "5000"]);
    expect(keys("3 millions d’euros", "fr")).toEqual(["3000000"]);
  });
});

describe("language identification", () => {
  const german =
    "Der Lieferant ist verpflichtet, die Ware innerhalb von vierzehn Tagen nach der Bestellung zu liefern. Wenn die Lieferung nicht rechtzeitig erfolgt, kann der Kunde vom Vertrag zurücktreten und hat Anspruch auf Schadenersatz.";
  const french =
    "Le fournisseur est tenu de livrer la marchandise dans un délai de quatorze jours après la commande. Si la livraison n’est pas effectuée à temps, le client peut résilier le contrat et il a droit à des dommages et intérêts.";
  const russian =
    "Поставщик обязан поставить товар в течение четырнадцати дней после заказа. Если поставка не была выполнена вовремя, покупатель может расторгнуть договор, и он также имеет право на возмещение убытков, которые были причинены.";
  const bulgarian =
    "Доставчикът е длъжен да достави стоката в срок от четиринадесет дни след поръчката. Ако доставката не е извършена навреме, купувачът може да развали договора и има право на обезщетение за вредите, които са причинени.";

  test("each text is accepted in its own language", () => {
    for (const [text, lang] of [
      [german, "de"],
      [french, "fr"],
      [russian, "ru"],
      [bulgarian, "bg"],
    ] as const)
      expect([lang, languageMismatch(text, lang)]).toEqual([lang, undefined]);
  });

  test("a text declared in another language is refused, naming the one it looks like", () => {
    expect(languageMismatch(german, "fr")?.looksLike.code).toBe("de");
    expect(languageMismatch(french, "de")?.looksLike.code).toBe("fr");
    expect(languageMismatch(german, "en")?.looksLike.code).toBe("de");
    expect(languageMismatch(russian, "bg")?.looksLike.code).toBe("ru");
    expect(languageMismatch(bulgarian, "ru")?.looksLike.code).toBe("bg");
  });

  test("a short text is not judged", () => {
    expect(languageMismatch("Der Vertrag gilt.", "fr")).toBeUndefined();
  });

  test("every known language has frequent words", () => {
    for (const data of Object.values(KNOWN_LANGUAGES))
      expect([data.code, (data.frequentWords ?? []).length > 20]).toEqual([data.code, true]);
  });
});

/** The pair's flags above information, as [link's first source sentence, type, severity]. */
function flagsOf(p: Pair, target: readonly string[] = p.sentences.map(([, t]) => t)): Array<[number, string, string]> {
  const b = align(p.sentences.map(([s]) => s).join(" "), target.join(" "), { sourceLang: p.source, targetLang: p.target });
  return b.links.flatMap((l) =>
    (l.flags ?? []).filter((f) => f.severity !== "info").map((f): [number, string, string] => [l.source[0] ?? -1, f.type, f.severity]),
  );
}

/** The defects planted in each pair's translation: the sentence, the text replaced and its replacement, the flag wanted. */
const DEFECTS: ReadonlyArray<readonly [Pair, ReadonlyArray<readonly [string, number, string, string, string]>]> = [
  [
    EN_DE,
    [
      ["number", 1, "250", "205", "numbers"],
      ["month", 0, "März", "Mai", "dates"],
      ["currency", 2, "Euro", "Dollar", "units"],
      ["negation", 3, " nicht", "", "negation"],
    ],
  ],
  [
    EN_FR,
    [
      ["number", 1, "250", "205", "numbers"],
      ["month", 0, "mars", "mai", "dates"],
      ["currency", 2, "euros", "dollars", "units"],
      ["negation", 3, "N’utilisez pas", "Utilisez", "negation"],
    ],
  ],
  [
    EN_RU,
    [
      ["number", 1, "250", "205", "numbers"],
      ["month", 0, "марта", "мая", "dates"],
      ["currency", 2, "евро", "долларов", "units"],
      ["negation", 3, "Не используйте", "Используйте", "negation"],
    ],
  ],
  [
    BG_RU,
    [
      ["number", 1, "250", "205", "numbers"],
      ["month", 0, "марта", "мая", "dates"],
      ["currency", 2, "лв.", "руб.", "units"],
      ["negation", 3, "Не используйте", "Используйте", "negation"],
    ],
  ],
];

describe.each(DEFECTS)("the review of a pair", (p, defects) => {
  const name = `${p.source}→${p.target}`;

  test(`${name}: the clean pair has no warning and no error`, () => {
    expect(flagsOf(p)).toEqual([]);
  });

  test.each(defects)(`${name}: a %s changed is flagged on its link`, (_, k, from, to, type) => {
    const target = p.sentences.map(([, t]) => t);
    expect(target[k]).toContain(from);
    target[k] = target[k]!.replace(from, to);
    expect(
      flagsOf(p, target)
        .filter(([at]) => at === k)
        .map(([, t]) => t),
    ).toContain(type);
  });

  test(`${name}: a sentence dropped is flagged`, () => {
    const target = p.sentences.map(([, t]) => t).filter((_, k) => k !== 6);
    expect(flagsOf(p, target)).toContainEqual([6, "missing", "error"]);
  });
});

describe("German nouns are no names", () => {
  test("a clean link's capitalised nouns and the pronoun Sie find no name to match", () => {
    const flags = flagsOf(EN_DE);
    expect(flags.filter(([, type]) => type === "divergent" || type === "names")).toEqual([]);
  });

  test("a name the other side's text writes capitalised is still one: a sentence replaced by another with names is flagged", () => {
    const target = EN_DE.sentences.map(([, t]) => t);
    target[6] = "Herr Müller aus Berlin prüft jede Woche die Anlage in Hamburg.";
    expect(flagsOf(EN_DE, target)).toContainEqual([6, "divergent", "warning"]);
  });
});

describe("Russian comparatives of frequency", () => {
  test("“не реже раза в год” is “at least once a year”: no negation missing; “не чаще” likewise", () => {
    const p: Pair = {
      source: "ru",
      target: "bg",
      sentences: [
        [
          "Заменяйте фильтр каждые 500 часов работы или не реже одного раза в год.",
          "Сменяйте филтъра на всеки 500 работни часа или поне веднъж годишно.",
        ],
        ["Смазывайте подшипник не чаще одного раза в месяц.", "Смазвайте лагера най-много веднъж месечно."],
        ["Не используйте растворители для очистки корпуса.", "Не използвайте разтворители за почистване на корпуса."],
      ],
    };
    expect(flagsOf(p).filter(([, type]) => type === "negation")).toEqual([]);
    // A negation left out still is one: an instruction's prohibition made a command, an error (the seventy-sixth session).
    const target = p.sentences.map(([, t]) => t);
    target[2] = "Използвайте разтворители за почистване на корпуса.";
    expect(flagsOf(p, target)).toContainEqual([2, "negation", "error"]);
  });
});
