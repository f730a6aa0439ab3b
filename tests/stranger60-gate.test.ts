/**
 * A QA lead deciding on `check` as a CI gate (stranger 60): correct leaflet,
 * manual, contract and news wording that must pass, and terms turned into
 * others of their class that must not.
 */
import { leafletFlags, leafletFlagsFromEnglish } from "./helpers.js";

const bgEn = leafletFlags;
const enBg = leafletFlagsFromEnglish;

describe("correct wording that passes the gate", () => {
  test.each([
    ["Да не се замразява.", "Protect from freezing."],
    ["Да не се замразява.", "Keep from freezing."],
    [
      "Безопасността и ефикасността при деца под 18 години не са установени.",
      "The safety and efficacy in children under 18 years remain to be established.",
    ],
    ["Да не се оставя в обсега и полезрението на деца.", "Keep out of the sight and reach of children."],
    ["Не забравяйте да приемате таблетката всеки ден по едно и също време.", "Remember to take the tablet at the same time every day."],
    ["Максималният размер на неустойката е три месечни наема.", "The penalty shall not exceed three months' rent."],
    [
      "Рискът от венозна тромбоза е по-висок при жени, които приемат противозачатъчни таблетки.",
      "The risk of venous thrombosis is higher in women taking oral contraceptives.",
    ],
    ["Мускулни болки са съобщавани при пациенти, приемащи таблетките.", "Muscle pain has been reported in patients on oral treatment."],
    [
      "Шофьорът на лека кола е в сериозно състояние след катастрофа край Пловдив.",
      "The driver of a car is in a serious condition after a crash near Plovdiv.",
    ],
    [
      "Община Долна Митрополия е сред първите десет по усвоени европейски средства.",
      "Dolna Mitropoliya municipality is in the top ten for absorbed EU funds.",
    ],
    ["Подобна гледка е рядка за този сезон.", "Such a sight is uncommon for the season."],
    [
      "Цената на тока ще бъде по-ниска от горната граница, определена от регулатора.",
      "The electricity price will be lower than the cap set by the regulator.",
    ],
    ["Ограничете максимално излагането на слънце по време на лечението.", "Keep sun exposure to a minimum during treatment."],
    ["Измерете кръвното си налягане, преди да приемете таблетката.", "Take the tablet after measuring your blood pressure."],
    ["Заводът беше открит преди 30 години и е кръстен на основателя си.", "The plant opened 30 years ago and is named after its founder."],
    ["Наемателят не може да прекрати договора преди 1 януари 2026 г.", "The Tenant may terminate the contract only after 1 January 2026."],
  ])("%s / %s", (bg, en) => {
    expect(bgEn(bg, en)).toEqual([]);
  });
});

describe("a term turned into another of its class, caught", () => {
  test("sides in every form, severity said 'serious' or 'heavy', a step that runs 'until'", () => {
    const caught = [
      ["Десният бутон стартира програмата.", "The left button starts the programme."],
      ["Бутонът за захранване се намира вляво от дисплея.", "The power button is on the right of the display."],
      ["Натиснете десния бутон, докато индикаторът светне.", "Press the left button until the indicator lights up."],
      ["При сериозна чернодробна недостатъчност дозата се намалява.", "In mild liver impairment the dose is reduced."],
      ["Пострадалите са с леки наранявания.", "The injured have heavy injuries."],
    ].map(([bg, en]) => bgEn(bg!, en!));
    // A side turned is an error since strangers 231 and 238 (an organ's, a machine's); a severity since stranger 266.
    expect(caught.map((flags) => flags.map((f) => f.replace(/: the source says .*$/u, "")))).toEqual([
      ["error terms"],
      ["error terms"],
      ["error terms"],
      ["error terms"],
      ["error terms"],
    ]);
    expect(caught[2]).toEqual([
      'error terms: the source says "десния" (right), the translation "left" (left): the opposite, meaning reversed?',
    ]);
  });

  test("English into Bulgarian: a frequency opening the sentence, and 'has not been established'", () => {
    expect(
      enBg("Very rare side effects include inflammation of the liver.", "Честите нежелани реакции включват възпаление на черния дроб."),
    ).toEqual(['warning terms: the source says "Very rare" (very rare), the translation "Честите" (common): another frequency?']);
    expect(
      enBg("The safety of this medicine in children has not been established.", "Безопасността на това лекарство при деца е установена."),
    ).toEqual(['error negation: the source says "has not been established", and the translation has no negation: meaning reversed?']);
  });
});

describe("a contract's and a manual's prohibitions reversed", () => {
  test.each([
    ["Наемателят няма право да пуши в имота.", "The Tenant may smoke in the property."],
    ["Наемодателят не е длъжен да осигурява паркомясто.", "The Landlord is obliged to provide a parking space."],
    ["Не изхвърляйте лекарствата в канализацията.", "Dispose of medicines via wastewater."],
    ["Не мийте моторния блок с вода.", "Wash the motor unit with water."],
  ])("%s / %s: an error, the verb it negates being known", (bg, en) => {
    expect(bgEn(bg, en).map((f) => f.slice(0, 14))).toEqual(["error negation"]);
  });
});

describe("a liability a contract bears, negated (the noun after a support verb is what it negates)", () => {
  test.each([
    ["Наемодателят не носи отговорност за вещите на наемателя.", "The Landlord is liable for the Tenant's belongings."],
    ["Наемодателят не носи отговорност за вещите на наемателя.", "The Landlord shall be responsible for the Tenant's belongings."],
    ["Изпълнителят не поема задължение за поддръжка.", "The Contractor undertakes an obligation of maintenance."],
  ])("%s / %s: an error", (bg, en) => {
    expect(bgEn(bg, en).map((f) => f.slice(0, 14))).toEqual(["error negation"]);
  });

  test("English into Bulgarian: 'shall not bear liability' / 'носи отговорност' is an error", () => {
    expect(
      enBg("The Landlord shall not bear liability for the belongings.", "Наемодателят носи отговорност за вещите.").map((f) =>
        f.slice(0, 14),
      ),
    ).toEqual(["error negation"]);
  });

  test.each([
    "The Landlord shall not be liable for the Tenant's belongings.",
    "The Landlord accepts no liability for the Tenant's belongings.",
    "The Landlord disclaims any liability for the Tenant's belongings.",
    "The Landlord is released from liability for the Tenant's belongings.",
    "The Landlord is exempt from liability for the Tenant's belongings.",
  ])("'не носи отговорност' / %s: nothing", (en) => {
    expect(bgEn("Наемодателят не носи отговорност за вещите на наемателя.", en)).toEqual([]);
  });

  test("said otherwise, 'lies with the Tenant alone': a warning at most", () => {
    expect(
      bgEn(
        "Наемодателят не носи отговорност за вещите на наемателя.",
        "Liability for the Tenant's belongings lies with the Tenant alone.",
      ).map((f) => f.slice(0, 16)),
    ).toEqual(["warning negation"]);
  });
});
