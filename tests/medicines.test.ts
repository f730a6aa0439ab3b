/** A medicine's international name changed or spelt two ways (src/review/checks/medicines.ts; stranger 93). */

import { getLanguage } from "../src/index.js";
import { isMedicineKey, medicineKey } from "../src/lang/medicines.js";
import { pairFlagTexts } from "./helpers.js";

const key = (word: string, lang: string) => medicineKey(word, (w) => getLanguage(lang).transliterate(w));

/** INNs as English and Bulgarian write them. */
const NAMES: ReadonlyArray<readonly [string, string]> = [
  ["paracetamol", "парацетамол"],
  ["amoxicillin", "амоксицилин"],
  ["omeprazole", "омепразол"],
  ["levofloxacin", "левофлоксацин"],
  ["azithromycin", "азитромицин"],
  ["desloratadine", "дезлоратадин"],
  ["hydrochlorothiazide", "хидрохлоротиазид"],
  ["quetiapine", "кветиапин"],
  ["dexamethasone", "дексаметазон"],
  ["doxycycline", "доксициклин"],
  ["lorazepam", "лоразепам"],
  ["alprazolam", "алпразолам"],
  ["adalimumab", "адалимумаб"],
  ["cefuroxime", "цефуроксим"],
  ["amitriptyline", "амитриптилин"],
];

describe("a medicine's key", () => {
  test("an INN and its Bulgarian form have one key, a medicine's", () => {
    for (const [en, bg] of NAMES) {
      expect([en, key(en, "en")]).toEqual([en, key(bg, "bg")]);
      expect(isMedicineKey(key(en, "en"))).toBe(true);
    }
  });

  test("everyday words are no medicine's name", () => {
    const words = "april information concept accept capital hospital explain certain protein gelatin aspirin medicine morphine";
    for (const w of [...words.split(" "), "информация", "капитан", "лекарство", "таблетка", "Каин"])
      expect([w, isMedicineKey(key(w, /[а-я]/i.test(w) ? "bg" : "en"))]).toEqual([w, false]);
  });
});

describe("the check", () => {
  test("another medicine in the translation is an error; the same one in its own language's form is not", () => {
    const source = "При чести или продължителни гърчове трябва да се приложи интравенозно диазепам или лоразепам.";
    expect(pairFlagTexts(source, "If convulsions are frequent or prolonged, intravenous diazepam or alprazolam should be given.")).toEqual([
      "error names: the translation names alprazolam where the source names лоразепам: another medicine?",
    ]);
    expect(pairFlagTexts(source, "If convulsions are frequent or prolonged, intravenous diazepam or lorazepam should be given.")).toEqual(
      [],
    );
  });

  test("a medicine spelt two ways through a translation: the rarer spelling is questioned", () => {
    const en = [
      "Aleridex contains the active substance desloratadine, which is an antihistamine.",
      "Do not take Aleridex if you are allergic to desloratadine or to any of the other ingredients of this medicine.",
      "Each film-coated tablet contains 5 mg desloratadine.",
    ];
    const bg = [
      "Алеридекс съдържа активното вещество дезлоратадин, което е антихистамин.",
      "Не приемайте Алеридекс, ако сте алергични към деслоратидин или към някоя от останалите съставки на това лекарство.",
      "Всяка филмирана таблетка съдържа 5 mg дезлоратадин.",
    ];
    expect(pairFlagTexts(en.join("\n\n"), bg.join("\n\n"), "en", "bg")).toEqual([
      'warning names: "деслоратидин" here, "дезлоратадин" at target 1, target 3, for the source\'s "desloratadine": one medicine spelt two ways?',
    ]);
    expect(pairFlagTexts(en.join("\n\n"), bg.join("\n\n").replace("деслоратидин", "дезлоратадин"), "en", "bg")).toEqual([]);
  });
});
