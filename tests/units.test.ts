/** Currencies and units: the same amount in another currency or unit is an error; the same unit written another way is not. */

import { align } from "../src/index.js";
import { getLanguage } from "../src/lang/index.js";
import { alignSegments } from "../src/pipeline.js";
import { amountsOf } from "../src/review/checks/units.js";
import { tokenize } from "../src/score/index.js";
import { segs } from "./helpers.js";

/** The flags of a one-sentence pair of the given type. */
function flagsOf(bg: string, en: string, type = "units") {
  const b = alignSegments(segs([bg]), segs([en]), { learn: false });
  return b.links.flatMap((l) => l.flags ?? []).filter((f) => f.type === type);
}

/** The amounts of one sentence with their unit codes: "100:BGN". */
function amounts(text: string, lang: string): string[] {
  const profile = getLanguage(lang);
  const tokens = tokenize(text, profile).map((t) => ({ ...t, skeleton: "" }));
  return amountsOf(segs([text]), [0], [tokens], profile).map((a) => `${a.key}:${a.unit}`);
}

describe("currencies and units", () => {
  test.each([
    // contract fees
    [
      "Таксата за участие е 100 лв. на човек.",
      "The participation fee is EUR 100 per person.",
      "The participation fee is BGN 100 per person.",
    ],
    [
      "Наемателят заплаща депозит в размер на 1 500 евро.",
      "The tenant pays a deposit of BGN 1,500.",
      "The tenant pays a deposit of €1,500.",
    ],
    [
      "Неустойката е 0,5 % от стойността на договора за всеки ден забава.",
      "The penalty is 0.5 per mille of the contract value for each day of delay.",
      "The penalty is 0.5 per cent of the contract value for each day of delay.",
    ],
    [
      "Плащането се извършва в срок от 30 дни от получаване на фактурата.",
      "Payment is due within 30 months of receipt of the invoice.",
      "Payment is due within 30 days of receipt of the invoice.",
    ],
    // news amounts
    [
      "Гаранцията му е определена на 350 000 долара, съобщават от Advocate.",
      "His bond has been set at £350,000, the Advocate reports.",
      "His bond has been set at $350,000, the Advocate reports.",
    ],
    ["Сделката е на стойност 125 милиона паунда.", "The deal is worth $125m.", "The deal is worth £125m."],
    [
      "Пожарът е обхванал над 40 кв. км гора.",
      "The fire has spread over more than 40 square miles of forest.",
      "The fire has spread over more than 40 square kilometres of forest.",
    ],
    [
      "Бегачът измина 42 км за малко над два часа.",
      "The runner covered 42 miles in just over two hours.",
      "The runner covered 42 km in just over two hours.",
    ],
    // manual units
    ["Резервоарът побира 10 л вода.", "The tank holds 10 gallons of water.", "The tank holds 10 l of water."],
    ["Уредът тежи 2 кг без батерията.", "The device weighs 2 lb without the battery.", "The device weighs 2 kg without the battery."],
    ["Оставете лепилото да съхне 15 минути.", "Let the glue dry for 15 hours.", "Let the glue dry for 15 min."],
    ["Той спечели финалите на 200 и 400 метра.", "He won the 200 yards and 400 metres finals.", "He won the 200 and 400 metres finals."],
    [
      "Данните показват, че 72% от учениците са получили A по китайски и 72% от изучавалите немски.",
      "The data showed that 72 per mille of students got an A in Mandarin and 72 per cent of those studying German.",
      "The data showed that 72 per cent of students got an A in Mandarin and 72 per cent of those studying German.",
    ],
    ["Монтирайте панела на 50 см от пода.", "Mount the panel 50 mm above the floor.", "Mount the panel 50 cm above the floor."],
    // a lease's area (before: square feet and acres were no unit, and nothing was compared)
    [
      "Апартаментът е с обща застроена площ 78 кв. м и тераса.",
      "The apartment has a total built-up area of 78 sq ft and a terrace.",
      "The apartment has a total built-up area of 78 sq m and a terrace.",
    ],
    ["Имотът е 12 квадратни метра.", "The plot is 12 square feet.", "The plot is 12 square metres."],
    ["Нивата е 3 хектара.", "The field is 3 acres.", "The field is 3 hectares."],
    // a manual's specifications (before: torque, pressure, current and their Cyrillic symbols were no unit)
    ["Затегнете болтовете с 25 Н·м.", "Tighten the bolts to 25 m.", "Tighten the bolts to 25 N·m."],
    ["Максималното налягане е 4 бара.", "The maximum pressure is 4 psi.", "The maximum pressure is 4 bar."],
    ["Използвайте предпазител 16 А.", "Use a 16 V fuse.", "Use a 16 A fuse."],
    ["Захранване: 230 В.", "Power supply: 230 A.", "Power supply: 230 V."],
    ["Нивото на шума е под 70 дБ.", "The noise level is below 70 lx.", "The noise level is below 70 dB."],
    // a leaflet's strengths (before: micrograms, international units and millimoles were no unit)
    ["Всяка таблетка съдържа 250 микрограма.", "Each tablet contains 250 mg.", "Each tablet contains 250 µg."],
    ["Дайте 5 µg два пъти дневно.", "Give 5 mg twice a day.", "Give 5 mcg twice a day."],
    ["Дозата е 400 МЕ витамин D.", "The dose is 400 mg of vitamin D.", "The dose is 400 IU of vitamin D."],
    ["Всяка капсула съдържа 1,5 ммол натрий.", "Each capsule contains 1.5 mg of sodium.", "Each capsule contains 1.5 mmol sodium."],
    // a dose per body weight, a concentration: no mass (before: "mg/kg" was no unit, and "10 mg" passed)
    ["Обичайната доза е 10 mg/kg телесно тегло.", "The usual dose is 10 mg body weight.", "The usual dose is 10 mg per kg of body weight."],
    [
      "Разтворът съдържа 5 mg/ml активно вещество.",
      "The solution contains 5 mg of the active substance.",
      "The solution contains 5 mg/mL of the active substance.",
    ],
  ])("%s / %s is an error; / %s is not", (bg, wrong, right) => {
    const flags = flagsOf(bg, wrong);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: "units", severity: "error" });
    expect(flagsOf(bg, right)).toEqual([]);
  });

  test("the reason names both amounts as written, and whether the currency or the unit changed", () => {
    const [money] = flagsOf("Таксата за участие е 100 лв. на човек.", "The participation fee is EUR 100 per person.");
    expect(money?.reason).toBe("the translation says EUR 100 where the source says 100 лв.: another currency");
    expect(money?.evidence).toEqual({ source: ["100 лв."], target: ["EUR 100"] });
    const [length] = flagsOf("Разстоянието до хижата е 5 км.", "The distance to the hut is 5 miles.");
    expect(length?.reason).toBe("the translation says 5 miles where the source says 5 км: another unit");
  });

  test("percentage points are no per cent: a margin of 40 points is not 40 % of the vote", () => {
    // Once left uncompared, as NTREX's translation of this sentence writes "40%"; an economic news desk's commonest slip.
    expect(flagsOf("Той спечели щата с повече от 40%.", "He won the state by more than 40 percentage points.")).toEqual([
      expect.objectContaining({ type: "units", severity: "error", reason: expect.stringMatching(/40 percentage points .*another unit/) }),
    ]);
    expect(flagsOf("Той спечели щата с повече от 40 процентни пункта.", "He won the state by more than 40 percentage points.")).toEqual([]);
    expect(flagsOf("Лихвата е повишена с 25 базисни пункта.", "The rate was raised by 25 bps.")).toEqual([]);
    expect(flagsOf("Лихвата е повишена с 25 базисни пункта.", "The rate was raised by 25%.")).toHaveLength(1);
  });

  test("percentage points in German, French and Russian, and a French currency after its magnitude ('26,3 millions d'euros')", () => {
    const unitsOf = (source: string, sl: string, target: string, tl: string) =>
      align(source, target, { sourceLang: sl, targetLang: tl }).links.flatMap((l) => (l.flags ?? []).filter((f) => f.type === "units"));
    expect(unitsOf("Die Marge stieg um 3,5 Prozentpunkte.", "de", "The margin rose by 3.5%.", "en")).toHaveLength(1);
    expect(unitsOf("Die Marge stieg um 3,5 Prozentpunkte.", "de", "The margin rose by 3.5 percentage points.", "en")).toEqual([]);
    expect(unitsOf("La marge a progressé de 3,5 points de pourcentage.", "fr", "The margin rose by 3.5%.", "en")).toHaveLength(1);
    expect(unitsOf("Маржа выросла на 3,5 процентного пункта.", "ru", "The margin rose by 3.5%.", "en")).toHaveLength(1);
    expect(unitsOf("Маржа выросла на 3,5 процентного пункта.", "ru", "The margin rose by 3.5 percentage points.", "en")).toEqual([]);
    const fr = "Les effets de change ont réduit le chiffre d'affaires d'environ 26,3 millions d'euros.";
    expect(unitsOf(fr, "fr", "Exchange rate effects reduced revenue by about USD 26.3 million.", "en")).toEqual([
      expect.objectContaining({ severity: "error", reason: expect.stringMatching(/26,3 millions d'euros: another currency/) }),
    ]);
    expect(unitsOf(fr, "fr", "Exchange rate effects reduced revenue by about EUR 26.3 million.", "en")).toEqual([]);
    expect(
      unitsOf("Der Umsatz sank um 26,3 Mio. EUR.", "de", "Le chiffre d'affaires a baissé de 26,3 millions de dollars.", "fr"),
    ).toHaveLength(1);
  });

  test("a conversion the translation adds, a unit dropped or added, a dollar of no country: no flag", () => {
    // The source's amount and currency are there; 51 EUR is extra (the numbers check may mention it).
    expect(flagsOf("Таксата е 100 лв.", "The fee is BGN 100 (EUR 51).")).toEqual([]);
    expect(flagsOf("Таксата е 100 лв.", "The fee is EUR 100 (BGN 100 with VAT).")).toEqual([]);
    // One side only has a unit: translators drop "лв." and add "BGN" as they see fit.
    expect(flagsOf("Таксата е 100 на човек.", "The fee is EUR 100 per person.")).toEqual([]);
    // "долара" may be any dollar; "лири" pounds sterling.
    expect(flagsOf("Крадци задигат 26 750 долара.", "Thieves take A$26,750.")).toEqual([]);
    expect(flagsOf("Билетът струва 5 лири.", "The ticket costs £5.")).toEqual([]);
    // A compound unit is read whole: "м/ч" is miles per hour, no metre.
    expect(flagsOf("Цунамито е пътувало със скорост от 800 км/ч (497 м/ч).", "The tsunami travelled at 800 kph (497 mph).")).toEqual([]);
    // A year and a clock time are not amounts.
    expect(flagsOf("Срещата е в 17 часа на 5 май 2024 г.", "The meeting is at 5 p.m. on 5 May 2024.")).toEqual([]);
  });

  test("'г.' after a number is grams, a year or years, as the other side's unit says (a stranger's manual)", () => {
    const reasons = (bg: string, en: string, type?: string) => flagsOf(bg, en, type).map((f) => f.reason);
    expect(reasons("Мелачката тежи 1,2 г.", "The grinder weighs 1.2 kg.")).toEqual([
      "the translation says 1.2 kg where the source says 1,2 г: another unit",
    ]);
    expect(reasons("Пакетът тежи 250 г.", "The pack weighs 250 kg.")).toHaveLength(1);
    expect(reasons("Гаранцията е 2 г.", "The warranty is 2 months.")).toHaveLength(1);
    for (const [bg, en] of [
      ["Пакетът тежи 250 г.", "The pack weighs 250 g."] as const,
      ["Гаранцията е 2 г. от датата на покупката.", "The warranty is 2 years from the date of purchase."],
      ["Договорът е сключен през 2024 г. в София.", "The contract was signed in 2024 in Sofia."],
      ["Цената за 100 г. е 2,50 лв.", "The price per 100 g is BGN 2.50."],
    ])
      expect(reasons(bg, en)).toEqual([]);
    // Converted: 1.2 kg is 1200 g, though 1200 might be a year.
    expect(reasons("Мелачката тежи 1200 г.", "The grinder weighs 1.2 kg.", "numbers")).toEqual([]);
    expect(reasons("Мелачката тежи 1200 г.", "The grinder weighs 1.5 kg.", "numbers")).toHaveLength(1);
  });

  test("a changed number is the numbers check's, not this one's", () => {
    expect(flagsOf("Таксата е 100 лв.", "The fee is EUR 1,000.")).toEqual([]);
    expect(flagsOf("Таксата е 100 лв.", "The fee is EUR 1,000.", "numbers")).toHaveLength(1);
  });

  test("a number written out has its unit too: '3 месеца' / 'three weeks' is another unit (a stranger's HR policy)", () => {
    expect(flagsOf("Срокът на предизвестие е 3 месеца.", "The notice period is three weeks.").map((f) => f.reason)).toEqual([
      "the translation says three weeks where the source says 3 месеца: another unit",
    ]);
    expect(flagsOf("Срокът на предизвестие е три месеца.", "The notice period is 3 weeks.")).toHaveLength(1);
    expect(flagsOf("Срокът на предизвестие е три месеца.", "The notice period is 3 months.")).toEqual([]);
    // Written out on both sides, a span of time in a sentence and its translation is one (a stranger's leaflet: "three
    // days" / "три седмици"); in a merge the words may be another sentence's (NTREX: "два пъти" / "two days" beside "twice").
    expect(flagsOf("Срокът на предизвестие е три месеца.", "The notice period is three weeks.").map((f) => f.reason)).toEqual([
      "the translation says three weeks where the source says три месеца: another unit",
    ]);
    const merged = alignSegments(
      segs(["Срокът на предизвестие е три месеца.", "Изпитателният срок е кратък."]),
      segs(["The notice period is three weeks, and the probation period is short."]),
      { learn: false },
    );
    expect(merged.links.map((l) => [l.source.length, l.target.length])).toEqual([[2, 1]]);
    expect(merged.links.flatMap((l) => l.flags ?? []).filter((f) => f.type === "units")).toEqual([]);
    // Five working days make a week; a working day is no calendar day.
    expect(flagsOf("Отпускът е 10 работни дни.", "The leave is two weeks.", "numbers")).toEqual([]);
    expect(flagsOf("Срокът е 7 работни дни.", "The period is 7 days.").map((f) => f.reason)).toEqual([
      "the translation says 7 days where the source says 7 работни дни: another unit",
    ]);
    expect(flagsOf("Пътуването трае два дни.", "The trip takes two days.")).toEqual([]);
    // Calendar days are days, against working days either way (a stranger's fee schedule).
    expect(flagsOf("Срокът е 15 работни дни.", "The term is 15 calendar days.").map((f) => f.reason)).toEqual([
      "the translation says 15 calendar days where the source says 15 работни дни: another unit",
    ]);
    expect(flagsOf("Срокът е 15 календарни дни.", "The term is 15 working days.").map((f) => f.reason)).toEqual([
      "the translation says 15 working days where the source says 15 календарни дни: another unit",
    ]);
    expect(flagsOf("Срокът е 15 календарни дни.", "The term is 15 days.")).toEqual([]);
  });

  test("numbers whose units changed places are swapped: a leaflet's dose (a stranger's probe), two prices", () => {
    expect(
      flagsOf("Възрастни: по 2 таблетки 3 пъти дневно с вода.", "Adults: 3 tablets 2 times a day with water.").map((f) => f.reason),
    ).toEqual(["the numbers are swapped: the translation says 3 tablets, 2 times where the source says 2 таблетки, 3 пъти"]);
    expect(flagsOf("Възрастни: по 2 таблетки 3 пъти дневно с вода.", "Adults: 2 tablets 3 times a day with water.")).toEqual([]);
    expect(flagsOf("Таксата е 100 лв., а депозитът 200 евро.", "The fee is EUR 100 and the deposit BGN 200.").map((f) => f.reason)).toEqual(
      ["the numbers are swapped: the translation says BGN 200, EUR 100 where the source says 100 лв., 200 евро"],
    );
  });

  test("units are read before and after the number, in each language's words and the shared symbols", () => {
    expect(amounts("Цената е 12,50 лв., а доставката 5 евро и 3 % ДДС.", "bg")).toEqual(["12.5:BGN", "5:EUR", "3:percent"]);
    expect(amounts("It costs BGN 12.50, €5 for delivery and 3 per cent VAT.", "en")).toEqual(["12.5:BGN", "5:EUR", "3:percent"]);
    expect(amounts("Отсечката е 5 км, скоростта 60 км/ч, а товарът 2 т.", "bg")).toEqual(["5:km", "60:kmh", "2:t"]);
    expect(amounts("A 5-km stretch, 60 mph, 2 tonnes and 500 m² of floor.", "en")).toEqual(["5:km", "60:mph", "2:t", "500:m2"]);
    expect(amounts("Приходите ще нараснат със 120 милиона британски паунда, а прасето тежи 550 фунта.", "bg")).toEqual([
      "120000000:GBP",
      "550:pound",
    ]);
    // Two numbers joined share the unit: after the second, or a currency before the first.
    expect(amounts("Той спечели на 200 и 400 метра, а вълната беше 10-метрова.", "bg")).toEqual(["200:m", "400:m", "10:m"]);
    expect(amounts("Tickets cost $5-10 and the walk is 3 to 4 km.", "en")).toEqual(["5:dollar", "10:dollar", "3:km", "4:km"]);
    // A manual's units, Latin and Cyrillic symbols the same unit.
    expect(amounts("Двигател 230 В, 16 А, 1400 об/мин, затягане 25 Н·м, налягане 2,5 kPa.", "bg")).toEqual([
      "230:V",
      "16:A",
      "1400:rpm",
      "25:Nm",
      "2.5:kPa",
    ]);
    expect(amounts("Motor 230 V, 16 A, 1400 rpm, torque 25 Nm, pressure 2.5 kPa.", "en")).toEqual([
      "230:V",
      "16:A",
      "1400:rpm",
      "25:Nm",
      "2.5:kPa",
    ]);
    // "5G" is no gram, "т.е." no tonne; "2024 г." a year or grams, as the other side's unit will say.
    expect(amounts("Мрежата 5G покрива 3 т.е. всички града от 2024 г.", "bg")).toEqual(["2024:gramOrYear"]);
  });

  test("a changed currency in a document is flagged on its own link", () => {
    const bg = [
      "Договор за наем на офис.",
      "Наемателят заплаща месечен наем в размер на 1 200 лв.",
      "Наемът се плаща до 5-о число на всеки месец.",
      "При забава се дължи неустойка от 0,1 % на ден.",
      "Депозитът е 2 400 лв. и се връща при прекратяване на договора.",
    ].join("\n");
    const en = [
      "Office lease agreement.",
      "The tenant pays a monthly rent of BGN 1,200.",
      "Rent is paid by the 5th of each month.",
      "A penalty of 0.1% per day is due for late payment.",
      "The deposit is EUR 2,400 and is returned when the agreement ends.",
    ].join("\n");
    const b = align(bg, en, { sourceLang: "bg", targetLang: "en", segmented: true });
    const flagged = b.links.filter((l) => (l.flags ?? []).some((f) => f.type === "units"));
    expect(flagged.map((l) => l.source)).toEqual([[4]]);
  });
});
