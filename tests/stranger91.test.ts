/** What an agency trying other language pairs (stranger 91) and a reviser of EU-style legislation (stranger 92) found. */

import { describeLeftOut } from "../src/formats/text.js";
import { align, parseDictionary, segment } from "../src/index.js";
import { pairFlagTexts } from "./helpers.js";

const flags = pairFlagTexts;

const texts = (text: string, lang: string) => segment(text, lang).map((s) => s.text);

describe("other language pairs (stranger 91)", () => {
  test("'min⁻¹' and 'U/min' are revolutions a minute, as 'rpm' is", () => {
    expect(flags("Motor power: 5.5 kW at 1,450 rpm.", "Motorleistung: 5,5 kW bei 1.450 min⁻¹.", "en", "de")).toEqual([]);
    expect(flags("Motor power: 5.5 kW at 1,450 rpm.", "Motorleistung: 5,5 kW bei 1.450 U/min.", "en", "de")).toEqual([]);
    expect(flags("Motor power: 5.5 kW at 1,450 rpm.", "Motorleistung: 5,5 kW bei 1.540 min⁻¹.", "en", "de")).toEqual([
      "error numbers: the translation says 1.540 where the source says 1,450",
    ]);
  });

  test("a German negation at the end of its clause, a part in brackets before it", () => {
    const source = "Do not remove the protective guard (spare part No. 4711-203) during operation.";
    expect(flags(source, "Entfernen Sie die Schutzhaube (Ersatzteil Nr. 4711-203) während des Betriebs nicht.", "en", "de")).toEqual([]);
    expect(flags(source, "Entfernen Sie die Schutzhaube (Ersatzteil Nr. 4711-203) während des Betriebs.", "en", "de")).toEqual([
      'warning negation: the source says "Do not remove", and the translation has no negation: meaning reversed?',
    ]);
  });

  test("German and French ways of saying no the Bleualign development pair showed: 'verbotene', 'nicht unerheblich', 'n'est guère'", () => {
    expect(
      flags("Diese verbotene Zone würde das Hochgebirge umfassen.", "Cette zone interdite inclurait les hautes montagnes.", "de", "fr"),
    ).toEqual([]);
    expect(
      flags(
        "Das verringerte das Gewicht des Gepäcks nicht unerheblich.",
        "Cela réduisit sensiblement le poids des bagages.",
        "de",
        "fr",
      ).filter((f) => f.includes("negation")),
    ).toEqual([]);
    expect(
      flags("Der Südostgrat ist nicht sehr vielversprechend.", "L' arête SE n' est guère encourageante.", "de", "fr").filter((f) =>
        f.includes("negation"),
      ),
    ).toEqual([]);
  });

  test("weekdays abbreviated are no person: 'Mon.–Fri.' / 'Mo.–Fr.'", () => {
    expect(
      flags(
        "Our service department is open Mon.–Fri. 7:00 a.m. to 4:30 p.m.",
        "Unser Kundendienst ist Mo.–Fr. 7:00 bis 16:30 Uhr erreichbar.",
        "en",
        "de",
      ),
    ).toEqual([]);
  });

  test("German ordinals after an article, 'Co.' and 'Jh.', French 'MM.' end no sentence", () => {
    expect(
      texts(
        "Der 2. Schritt ist besonders wichtig. Das Gerät wurde im 19. Jh. erfunden. Die Firma Müller & Co. KG liefert ab sofort.",
        "de",
      ),
    ).toEqual([
      "Der 2. Schritt ist besonders wichtig.",
      "Das Gerät wurde im 19. Jh. erfunden.",
      "Die Firma Müller & Co. KG liefert ab sofort.",
    ]);
    // A number ending a sentence after a verb still ends it.
    expect(texts("Wir waren 2. Danach kam niemand.", "de")).toHaveLength(2);
    expect(texts("MM. Durand et Petit étaient absents. Ils reviendront.", "fr")).toHaveLength(2);
  });

  test("within one script, a surname copied in the other gender's form: 'Анна Соколова' / 'Анна Соколов'", () => {
    expect(
      flags(
        "Генеральный директор компании Анна Соколова сообщила о планах.",
        "Генералният директор на компанията Анна Соколов съобщи за плановете.",
        "ru",
        "bg",
      ).filter((f) => f.includes("other gender")),
    ).toEqual([
      "warning names: the source's Соколова is Соколов in the translation: the surname in the other gender's form, another person?",
    ]);
    expect(
      flags(
        "Генеральный директор компании Анна Соколова сообщила о планах.",
        "Генералният директор на компанията Анна Соколова съобщи за плановете.",
        "ru",
        "bg",
      ),
    ).toEqual([]);
  });

  test("what a memory left out names each flag type before its count: 'units 1', not '1 units'", () => {
    expect(describeLeftOut({ flagged: { error: { units: 1, numbers: 2 } }, rejected: 0, belowScore: 0 })).toBe(
      "left out 3 units flagged as errors (numbers 2, units 1)",
    );
  });
});

describe("EU-style legislation and an ordinance (stranger 92)", () => {
  test("a paragraph's number before a date is no day of it: 'по ал. 1 до 31 март' / 'under para. 1 by 31 March'", () => {
    expect(
      flags(
        "Кметът представя отчет за приходите по ал. 1 до 31 март на следващата година.",
        "The Mayor shall submit a report on the revenue under para. 1 by 31 March of the following year.",
        "bg",
        "en",
      ),
    ).toEqual([]);
    expect(flags("Изложбата е от 1 до 31 март.", "The exhibition runs from 2 to 31 March.", "bg", "en")).toEqual([
      "error dates: the translation says 2 to 31 March where the source says 1 до 31 март",
    ]);
  });

  test("a rate beside a section's label in Roman figures: 'III.1.5) ... 3 %' / 'III.1.5) ... 5 %'", () => {
    expect(
      flags(
        "III.1.5) A performance guarantee of 3 % of the contract value excluding VAT shall be provided before the contract is concluded.",
        "III.1.5) Гаранция за изпълнение в размер на 5 % от стойността на договора без ДДС се представя преди сключването на договора.",
        "en",
        "bg",
      ),
    ).toEqual(["error numbers: the translation says 5 where the source says 3"]);
    // A number the other side writes only in Roman figures is still that number.
    expect(flags("Глава XII описва 12 правила.", "Chapter 12 describes 12 rules.", "bg", "en")).toEqual([]);
  });

  test("a reference's letter or Roman figure changed: 'point (b)' / 'буква в)', 'Annex II' / 'приложение III', 'Part A' / 'Част Б'", () => {
    expect(
      flags(
        "5. The obligations laid down in paragraph 3, point (b), shall not apply to the automatic correction of arithmetical errors.",
        "5. Задълженията, установени в параграф 3, буква в), не се прилагат за автоматичното коригиране на аритметични грешки.",
        "en",
        "bg",
      ),
    ).toEqual(['error numbers: the translation says "буква в)" where the source says "point (b)": another reference']);
    expect(
      flags(
        "(d) comply with the security requirements set out in Annex II, Part A.",
        "г) отговаря на изискванията за сигурност, посочени в приложение III, част А.",
        "en",
        "bg",
      ).filter((f) => !f.startsWith("info")),
    ).toEqual(['error numbers: the translation says "приложение III" where the source says "Annex II": another reference']);
    expect(flags("Part A — Security requirements", "Част Б — Изисквания за сигурност", "en", "bg")).toEqual([
      'error numbers: the translation says "Част Б" where the source says "Part A": another reference',
    ]);
    expect(
      flags("The obligations in point (b) of Annex II apply.", "Задълженията по буква б) от приложение II се прилагат.", "en", "bg"),
    ).toEqual([]);
  });

  test("a deadline before an event reversed by a floor on the date: 'no later than 10 days before' / 'не по-рано от 10 дни преди'", () => {
    const source = "Requests for clarification shall be submitted no later than 10 days before the time limit for the receipt of tenders.";
    expect(
      flags(
        source,
        "Исканията за разяснения се подават не по-рано от 10 дни преди изтичането на срока за получаване на оферти.",
        "en",
        "bg",
      ),
    ).toEqual(['error numbers: the limit is reversed: the translation says "не по-рано от 10" where the source says "no later than 10"']);
    // A floor on the span is the same notice.
    expect(
      flags(
        source,
        "Исканията за разяснения се подават не по-малко от 10 дни преди изтичането на срока за получаване на оферти.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("a tender notice's line left out is told where it is, the lexicon knowing procurement's words", () => {
    const bitext = align(
      "II.1.6) This contract is divided into lots: yes.\nTenders may be submitted for all lots.\nMaximum number of lots that may be awarded to one tenderer: 2.\n\nII.2) Description\nLot No: 1\n",
      "II.1.6) Поръчката е разделена на обособени позиции: да.\nОферти могат да бъдат подавани за всички обособени позиции.\n\nII.2) Описание\nОбособена позиция №: 1\n",
      { sourceLang: "en", targetLang: "bg" },
    );
    const missing = bitext.links.filter((l) => l.target.length === 0).map((l) => bitext.source.segments[l.source[0]!]!.text);
    expect(missing).toEqual(["Maximum number of lots that may be awarded to one tenderer: 2."]);
  });

  test("what a provision obliges made what it permits, and the other way round", () => {
    expect(
      flags(
        "The contracting authority shall reject the tender where it is abnormally low.",
        "Възлагащият орган може да отхвърли офертата, когато тя е необичайно ниска.",
        "en",
        "bg",
      ),
    ).toEqual([
      'warning terms: the source says "shall" (obligation), the translation "може" (permission): another modality (what the text obliges or permits)?',
    ]);
    expect(
      flags(
        "Кметът може да разреши удължено работно време по писмено заявление на собственика.",
        "The Mayor shall authorise extended opening hours upon a written application by the owner.",
        "bg",
        "en",
      ),
    ).toEqual([
      'warning terms: the source says "може" (permission), the translation "shall" (obligation): another modality (what the text obliges or permits)?',
    ]);
    // "shall be entitled to" permits; a provision's "shall" rendered by the present says neither.
    expect(
      flags("The supplier shall be entitled to terminate the contract.", "Доставчикът има право да прекрати договора.", "en", "bg"),
    ).toEqual([]);
    expect(flags("The Commission shall adopt the rules.", "Комисията приема правилата.", "en", "bg")).toEqual([]);
  });

  test("an ordinance's numbered items ending in ';' and a notice's form fields are lines of their own", () => {
    expect(
      texts(
        "Чл. 8. Собствениците на домашни кучета са длъжни:\n1. да регистрират кучетата си в общината в 14-дневен срок от придобиването им;\n2. да почистват след кучетата си на обществени места;\n3. да не допускат кучетата си на детските площадки.\n",
        "bg",
      ),
    ).toHaveLength(4);
    expect(
      texts(
        "Official name: Municipality of Plovdiv\nNational registration number: 000471504\nPostal address: 1 Stefan Stambolov Square, 4000 Plovdiv, Bulgaria\nContact person: Elena Petrova Draganova\nE-mail: op@plovdiv.bg\n",
        "en",
      ),
    ).toHaveLength(5);
    // A hard-wrapped run-in list still goes on from a line's ';' to the next line's number.
    expect(
      texts(
        "The service covers the maintenance of the heating installation, the replacement of worn parts and the annual inspection of the boiler;\n2. updating the records kept by the owner, within seven days of each visit.\n",
        "en",
      ),
    ).toHaveLength(1);
  });

  test("an ordinance's item 'да не допускат' is a prohibition: 'to allow' for it is an error", () => {
    expect(
      flags("4. да не допускат кучетата си на детските площадки.", "4. to allow their dogs on children's playgrounds.", "bg", "en"),
    ).toEqual(['error negation: the source says "да не допускат кучетата", and the translation has no negation: meaning reversed?']);
  });

  test("a termbase's term inflected in the translation ('възлагащите органи'), and a word of its stem that is another word ('operating')", () => {
    const terms = (source: string, target: string, tsv: string, targetLang: string) =>
      align(`${source}\n`, `${target}\n`, {
        sourceLang: "en",
        targetLang,
        terms: parseDictionary(tsv, "tsv", "en", targetLang),
      }).links.flatMap((l) => l.flags.filter((f) => f.type === "terms").map((f) => f.reason));
    expect(
      terms(
        "This Regulation lays down rules on the award of public contracts by contracting authorities.",
        "С настоящия регламент се установяват правила за възлагане на обществени поръчки от възлагащите органи.",
        "contracting authority\tвъзлагащ орган\n",
        "bg",
      ),
    ).toEqual([]);
    expect(
      terms("Wear gloves when operating the press.", "Tragen Sie beim Betrieb der Presse Handschuhe.", "operator\tBediener\n", "de"),
    ).toEqual([]);
    expect(terms("The operator must wear gloves.", "Der Benutzer muss Handschuhe tragen.", "operator\tBediener\n", "de")).toEqual([
      'your termbase translates "operator" as "Bediener", and the translation does not use it',
    ]);
  });
});
