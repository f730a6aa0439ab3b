/**
 * A building's house rules, their prohibitions reversed in translation (stranger 76: of 15 reversed in a workshop's
 * rules, 7 passed unflagged: "не се изнасят" / "are taken out", "не е предназначен" / "is intended", "have no right" /
 * "имат право", "would not interrupt" / "ще прекъснат"). The negated verbs of rules and the words of a building's
 * premises are known now; a clean translation stays clean.
 */
import { align } from "../src/index.js";
import type { Bitext } from "../src/types.js";

const RULES: ReadonlyArray<readonly [bg: string, en: string, reversed: string]> = [
  ["ПРАВИЛА ЗА ПОЛЗВАНЕ НА СГРАДАТА", "RULES FOR THE USE OF THE BUILDING", "RULES FOR THE USE OF THE BUILDING"],
  [
    "Ключовете от склада не се изнасят извън сградата.",
    "The keys to the storeroom are not taken out of the building.",
    "The keys to the storeroom are taken out of the building.",
  ],
  [
    "Товарният асансьор не е предназначен за превоз на хора.",
    "The goods lift is not intended for carrying people.",
    "The goods lift is intended for carrying people.",
  ],
  [
    "Наемателите получават пропуск от охраната.",
    "Tenants receive a pass from the security desk.",
    "Tenants receive a pass from the security desk.",
  ],
  [
    "Личните данни на посетителите не се предоставят на трети лица.",
    "Visitors' personal data are not disclosed to third parties.",
    "Visitors' personal data are disclosed to third parties.",
  ],
  [
    "Външните фирми нямат право да ремонтират асансьора.",
    "Outside firms have no right to repair the lift.",
    "Outside firms have the right to repair the lift.",
  ],
  [
    "Аварийният изход се намира в края на коридора.",
    "The emergency exit is at the end of the corridor.",
    "The emergency exit is at the end of the corridor.",
  ],
  [
    "Храненето в работните помещения не се допуска.",
    "Eating in the work premises is not permitted.",
    "Eating in the work premises is permitted.",
  ],
];

const flagged = (b: Bitext) => b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.type === "negation").map(() => l.source[0]!));

test("each prohibition of the house rules reversed in the English is a negation flag; the clean translation has none", () => {
  const bg = RULES.map((r) => r[0]).join("\n");
  expect(flagged(align(bg, RULES.map((r) => r[1]).join("\n"), { sourceLang: "bg", targetLang: "en" }))).toEqual([]);
  const b = align(bg, RULES.map((r) => r[2]).join("\n"), { sourceLang: "bg", targetLang: "en" });
  expect(flagged(b)).toEqual([1, 2, 4, 5, 7]);
});

test("the same with English the original: each reversed in the Bulgarian is flagged", () => {
  const en = RULES.map((r) => r[1]).join("\n");
  const reversedBg = [
    RULES[0]![0],
    "Ключовете от склада се изнасят извън сградата.",
    "Товарният асансьор е предназначен за превоз на хора.",
    RULES[3]![0],
    "Личните данни на посетителите се предоставят на трети лица.",
    "Външните фирми имат право да ремонтират асансьора.",
    RULES[6]![0],
    "Храненето в работните помещения се допуска.",
  ].join("\n");
  expect(flagged(align(en, RULES.map((r) => r[0]).join("\n"), { sourceLang: "en", targetLang: "bg" }))).toEqual([]);
  expect(flagged(align(en, reversedBg, { sourceLang: "en", targetLang: "bg" }))).toEqual([1, 2, 4, 5, 7]);
});

test("reported speech: 'would not interrupt' said as 'ще прекъснат' is flagged", () => {
  const b = align(
    "He added that the works would not interrupt the port's operations. The port handles 9 million tonnes a year.",
    "Той добави, че работите ще прекъснат дейността на пристанището. Пристанището обработва 9 милиона тона годишно.",
    { sourceLang: "en", targetLang: "bg" },
  );
  expect(flagged(b)).toEqual([0]);
});

test("'until' that translates the source's 'до' says no to nothing: a negation dropped beside it is flagged (stranger 77)", () => {
  const pair = (en: string) =>
    align(
      "Ръководството не очаква съществени промени в цените на суровините до края на годината.\n\nДружеството има два завода.",
      `${en}\n\nThe company has two plants.`,
      { sourceLang: "bg", targetLang: "en" },
    );
  expect(flagged(pair("Management expects significant changes in raw material prices until the end of the year."))).toEqual([0]);
  expect(flagged(pair("Management does not expect significant changes in raw material prices until the end of the year."))).toEqual([]);
});

test("a negation dropped beside a bound the translation keeps ('преди' / 'before') is reversed, an error (stranger 77: a warning)", () => {
  const b = align(
    "2.5. Не се допуска промяна на цените преди изтичане на срока по т. 2.2.\n\n2.6. Цените са в лева.",
    "2.5. A change to the prices is permitted before the expiry of the period under item 2.2.\n\n2.6. The prices are in leva.",
    { sourceLang: "bg", targetLang: "en" },
  );
  expect(b.links[0]!.flags?.filter((f) => f.type === "negation").map((f) => f.severity)).toEqual(["error"]);
  // The bound said otherwise ("only after"): the negation may be what it says, a warning.
  const after = align(
    "2.5. Не се допуска промяна на цените преди изтичане на срока по т. 2.2.\n\n2.6. Цените са в лева.",
    "2.5. A change to the prices is permitted only after the expiry of the period under item 2.2.\n\n2.6. The prices are in leva.",
    { sourceLang: "bg", targetLang: "en" },
  );
  expect(after.links[0]!.flags?.filter((f) => f.type === "negation").map((f) => f.severity) ?? []).not.toContain("error");
});
