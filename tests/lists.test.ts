/**
 * An item left out of a list inside a sentence (a leaflet's side effects, a
 * contract's documents): the lists as read, what is flagged, and what is not
 * (a translation that lists every item in its own order or wording, clauses
 * joined by "и", a news sentence whose commas fall elsewhere).
 */
import { getLanguage } from "../src/lang/index.js";
import { listsIn } from "../src/review/checks/lists.js";
import { leafletFlags, leafletFlagsFromEnglish } from "./helpers.js";

const bg = getLanguage("bg");
const en = getLanguage("en");
const listFlags = (flags: string[]) => flags.filter((f) => f.startsWith("warning missing: the source lists"));

describe("lists as read", () => {
  test.each([
    ["Чести нежелани реакции са гадене, повръщане, диария и главоболие.", bg, [["гадене", "повръщане", "диария", "главоболие"]]],
    [
      "Необходими документи: лична карта, диплома, медицинско свидетелство и снимка.",
      bg,
      [["лична карта", "диплома", "медицинско свидетелство", "снимка"]],
    ],
    // An Oxford comma; the first part's opening words and the last item's run to the clause's end are kept.
    [
      "Representatives of Bulgaria, Romania, Greece, and Turkey took part.",
      en,
      [["Representatives of Bulgaria", "Romania", "Greece", "Turkey took part"]],
    ],
    ["Store away from heat, moisture, or direct sunlight.", en, [["Store away from heat", "moisture", "direct sunlight"]]],
    // A preposition's two nouns are one item where no other item opens with one (stranger 71: a contract's party read as
    // four items against the translation's three); where the next item has its own, they are two.
    [
      "1. „Витоша Имоти“ ЕООД, ЕИК 204512378, със седалище и адрес на управление гр. София, ул. „Цар Шишман“ № 12.",
      bg,
      [["„Витоша Имоти“ ЕООД", "ЕИК 204512378", "със седалище и адрес на управление гр"]],
    ],
    ["Документи: паспорт, лична карта, от общината и от съда.", bg, [["паспорт", "лична карта", "от общината", "от съда"]]],
    // The last item ends where its clause's verb begins, however long the clause runs on (stranger 76's contract).
    [
      "Чл. 5. Разходите за електроенергия, вода и отопление не са включени в наемната цена и се заплащат от НАЕМАТЕЛЯ.",
      bg,
      [["Разходите за електроенергия", "вода", "отопление"]],
    ],
    // A phrase introducing the list: the items begin after it, what stands before names what is listed (stranger 79).
    [
      "Наемателят извършва дребни ремонти, свързани с обикновеното ползване, като смяна на крушки, уплътнения и батерии за смесители.",
      bg,
      [["смяна на крушки", "уплътнения", "батерии за смесители"]],
    ],
    [
      "Гаранцията не покрива повреди, причинени от неправилна употреба, падане или котлен камък.",
      bg,
      [["неправилна употреба", "падане", "котлен камък"]],
    ],
    ["The warranty does not cover damage caused by misuse, dropping or limescale.", en, [["misuse", "dropping", "limescale"]]],
    // A participle opening the one item after the noun it names: its object begins the list (NTREX's "проблеми, засягащи ...").
    [
      "Лекарството може да предизвика нежелани реакции, засягащи кожата, стомаха и черния дроб.",
      bg,
      [["кожата", "стомаха", "черния дроб"]],
    ],
    // Items that all open with one are the list, and a noun ending so is no participle ("вещи").
    ["Взех вещи, дрехи и обувки.", bg, [["Взех вещи", "дрехи", "обувки"]]],
    // Clauses, not items.
    ["Той каза, че ще дойде, ще помогне и ще остане до вечерта.", bg, []],
    ["Беше изтощителна работа, но постигнах пълно възстановяване, научих се отново да ходя и днес правя тренировки за подвижност!", bg, []],
  ] as const)("%s", (text, lang, lists) => {
    expect(listsIn(text, lang)).toEqual(lists);
  });

  test("a translation's pair is counted as a list of two", () => {
    expect(listsIn("Possible side effects are nausea and headache.", en, true)).toEqual([["nausea", "headache"]]);
    expect(listsIn("Possible side effects are nausea and headache.", en)).toEqual([]);
  });
});

describe("an item left out", () => {
  test.each([
    [
      "Чести нежелани реакции са гадене, повръщане, диария и главоболие.",
      "Common side effects are nausea, diarrhoea and headache.",
      "повръщане",
    ],
    [
      "Необходими документи: лична карта, диплома, медицинско свидетелство и снимка.",
      "Required documents: identity card, diploma and photograph.",
      "медицинско свидетелство",
    ],
    [
      "Възможни нежелани реакции са обрив, сърбеж, подуване на лицето и затруднено дишане.",
      "Possible side effects are rash, swelling of the face and difficulty breathing.",
      "сърбеж",
    ],
  ])("%s / %s: a warning naming it", (source, target, item) => {
    const flags = listFlags(leafletFlags(source, target));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toContain(`with nothing for "${item}": left out?`);
  });

  test.each([
    // Words whose stems are short ("гад", "диар"): the lexicon's entry is theirs by its written form.
    [
      "Чести нежелани реакции са гадене, повръщане, диария и главоболие.",
      "Common side effects are vomiting, diarrhoea and headache.",
      "гадене",
    ],
    [
      "Чести нежелани реакции са гадене, повръщане, диария и главоболие.",
      "Common side effects are nausea, vomiting and headache.",
      "диария",
    ],
    // A clause opening the list ("ако имате"), an adjective whose vowel drops ("чернодробен", "чернодробни").
    [
      "Говорете с Вашия лекар, ако имате бъбречни, чернодробни или сърдечни проблеми.",
      "Talk to your doctor if you have kidney or heart problems.",
      "чернодробни",
    ],
    // Words after the translation's list ("may occur").
    ["Възможни са гадене, повръщане, главоболие и обрив.", "Nausea, vomiting and rash may occur.", "главоболие"],
    // A clause after the lists, its own "and" joining clauses, not items (stranger 76's contract).
    [
      "Разходите за електроенергия, вода и отопление не са включени в наемната цена и се заплащат от наемателя.",
      "The costs of electricity and heating are not included in the rent and are paid by the tenant.",
      "вода",
    ],
  ])("%s / %s: names %s", (source, target, item) => {
    const flags = listFlags(leafletFlags(source, target));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toContain(`with nothing for "${item}": left out?`);
  });

  test("two items the translation has nothing for, one reworded in words the lexicon does not know: both named", () => {
    const flags = listFlags(
      leafletFlags("Чести са главоболие, повръщане, световъртеж и безсъние.", "Common are headache, dizziness and difficulty sleeping."),
    );
    expect(flags).toEqual([expect.stringContaining('with nothing for "повръщане" or "безсъние": left out?')]);
  });

  test("an Oxford comma's 'and' joins no item of its own: one item fewer is still one fewer", () => {
    const flags = listFlags(
      leafletFlags("Чести са главоболие, гадене, диария и безсъние.", "Common are headache, nausea, and difficulty sleeping."),
    );
    expect(flags).toEqual([expect.stringContaining('with nothing for "диария"')]);
  });

  test("a list regrouped in pairs, or an item said in other words the lexicon knows, is no item left out", () => {
    const source = "Нечести нежелани реакции са главоболие, световъртеж, обрив и сърбеж.";
    expect(listFlags(leafletFlags(source, "Uncommon side effects are headache and dizziness, rash and itching."))).toEqual([]);
    expect(listFlags(leafletFlags(source, "Uncommon side effects are headache, dizziness and itchy rash."))).toEqual([]);
  });

  test("English into Bulgarian", () => {
    expect(
      listFlags(
        leafletFlagsFromEnglish(
          "Common side effects are nausea, vomiting, diarrhoea and headache.",
          "Чести нежелани реакции са гадене, диария и главоболие.",
        ),
      ),
    ).toEqual([
      'warning missing: the source lists 4 items (nausea, vomiting, diarrhoea, headache) and the translation 3, with nothing for "vomiting": left out?',
    ]);
  });
});

describe("no flag", () => {
  test.each([
    [
      "Чести нежелани реакции са гадене, повръщане, диария и главоболие.",
      "Common side effects are headache, nausea, vomiting and diarrhoea.",
    ],
    ["Съхранявайте далеч от топлина, влага и пряка слънчева светлина.", "Store away from heat, moisture and direct sunlight."],
    [
      "Разходите за електроенергия, вода и отопление не са включени в наемната цена и се заплащат от наемателя.",
      "The costs of electricity, water and heating are not included in the rent and are paid by the tenant.",
    ],
    ["Той каза, че ще дойде, ще помогне и ще остане до вечерта.", "He said he would come and help, staying until the evening."],
    ["Пийте много течности, почивайте и избягвайте алкохол.", "Drink plenty of fluids and rest; avoid alcohol."],
    ["Продуктът съдържа захар, сол, брашно и мая.", "Ingredients: sugar, salt, flour, yeast."],
    // An item a lexicon entry of a short stem would claim ("стомана" and "стомах" are "стом"): not named, not flagged.
    [
      "Тръмп обложи с данъци ключови елементи от износа на Китай, включително слънчеви панели, стомана и алуминий.",
      "Trump taxed key Chinese exports including solar panels, steel and aluminium.",
    ],
    // A list introduced after the noun it names, translated whole (stranger 79: the noun and its clause were read as items).
    [
      "Наемателят извършва дребни ремонти, свързани с обикновеното ползване, като смяна на крушки, уплътнения и батерии за смесители.",
      "The Tenant carries out minor repairs arising from ordinary use, such as replacing light bulbs, seals and tap cartridges.",
    ],
    [
      "Гаранцията не покрива повреди, причинени от неправилна употреба, падане или котлен камък.",
      "The warranty does not cover damage caused by misuse, dropping or limescale.",
    ],
    [
      "Лекарството може да предизвика нежелани реакции, засягащи кожата, стомаха и черния дроб.",
      "The medicine may cause side effects affecting the skin, the stomach and the liver.",
    ],
    // A party's particulars: its seat and address are the translation's "registered office" (stranger 71).
    [
      "„Витоша Имоти“ ЕООД, ЕИК 204512378, със седалище и адрес на управление гр. София, ул. „Цар Шишман“ № 12.",
      "Vitosha Imoti EOOD, UIC 204512378, with its registered office at 12 Tsar Shishman St., Sofia.",
    ],
  ])("%s / %s", (source, target) => {
    expect(listFlags(leafletFlags(source, target))).toEqual([]);
  });
});
