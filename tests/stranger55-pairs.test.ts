/**
 * A translator from German and Russian into Bulgarian (stranger 55): a
 * Russian contract's headings in capitals, a heading left untranslated and
 * cut otherwise, a short German file taken for Bulgarian by default.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, getLanguage } from "../src/index.js";
import { languageMismatch } from "../src/lang/identify.js";
import type { Bitext } from "../src/types.js";
import { sverka } from "./helpers.js";

const RU = [
  "Статья 2. ЦЕНА И ПОРЯДОК РАСЧЁТОВ",
  "2.1. Покупатель оплачивает товар в течение 10 (десяти) рабочих дней.",
  "Статья 5. ОТВЕТСТВЕННОСТЬ СТОРОН",
  "5.1. Стороны несут ответственность в соответствии с законодательством.",
  "Статья 7. РАЗРЕШЕНИЕ СПОРОВ",
  "7.1. Все споры разрешаются путём переговоров.",
  "Статья 8. СРОК ДЕЙСТВИЯ",
  "8.1. Договор действует до 31 декабря 2025 г.",
];
const BG = [
  "Член 2. ЦЕНА И НАЧИН НА ПЛАЩАНЕ",
  "2.1. Купувачът заплаща стоката в срок от 10 (десет) работни дни.",
  "Член 5. ОТГОВОРНОСТ НА СТРАНИТЕ",
  "5.1. Страните носят отговорност съгласно законодателството.",
  "Статья 7. РАЗРЕШЕНИЕ СПОРОВ",
  "7.1. Всички спорове се решават чрез преговори.",
  "Член 8. СРОК НА ДЕЙСТВИЕ",
  "8.1. Договорът е в сила до 31 декември 2025 г.",
];

const flagsOf = (b: Bitext) => b.links.flatMap((l) => (l.flags ?? []).map((f) => `${f.severity} ${f.type}: ${f.reason}`));

describe("a Russian contract's headings", () => {
  const b = align(RU.join("\n\n"), BG.join("\n\n"), { sourceLang: "ru", targetLang: "bg" });

  test("a heading in capitals after its label ('Статья 2. ЦЕНА И ПОРЯДОК РАСЧЁТОВ') is words, not names; nor is its 'НА'", () => {
    expect(flagsOf(b).filter((f) => f.includes(" names: "))).toEqual([]);
  });

  test("a heading left in Russian, which the Bulgarian side cuts after its label, is an untranslated error whole", () => {
    const link = b.links.find((l) => l.target.some((j) => b.target.segments[j]!.text.startsWith("Статья 7.")))!;
    expect(link.target.length).toBe(2);
    expect(link.flags?.map((f) => `${f.severity} ${f.type}`)).toContain("error untranslated");
  });
});

describe("one name spelt two ways through a translation", () => {
  const names = (b: Bitext) =>
    b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.type === "names" && f.severity !== "info").map((f) => f.reason));

  test("'Müller' as 'Мюлер' and 'Мюллер', 'Schröder' as 'Шрьодер' and 'Шрейдер': a warning where the rarer stands", () => {
    const de = [
      "Herr Müller leitet das Werk in Plowdiw seit dem Jahr 2019.",
      "Die Müller GmbH gewährt eine Garantie von 24 Monaten ab dem Kaufdatum.",
      "Dr. Schröder hat das neue Werk am Montag eröffnet.",
      "Die Fachkräfte sind gut ausgebildet, erklärte Dr. Schröder.",
    ];
    const bg = [
      "Г-н Мюлер ръководи завода в Пловдив от 2019 г.",
      "Мюллер ГмбХ предоставя гаранция от 24 месеца от датата на покупката.",
      "Д-р Шрьодер откри новия завод в понеделник.",
      "Специалистите са добре подготвени, обясни д-р Шрейдер.",
    ];
    const b = align(de.join("\n\n"), bg.join("\n\n"), { sourceLang: "de", targetLang: "bg" });
    expect(names(b)).toEqual([
      '"Мюллер" here, "Мюлер" at target 1, for the source\'s "Müller": one name spelt two ways?',
      '"Шрейдер" here, "Шрьодер" at target 3, for the source\'s "Schröder": one name spelt two ways?',
    ]);
    // Spelt one way: nothing.
    const same = align(de.join("\n\n"), bg.map((x) => x.replace("Мюллер", "Мюлер").replace("Шрейдер", "Шрьодер")).join("\n\n"), {
      sourceLang: "de",
      targetLang: "bg",
    });
    expect(names(same)).toEqual([]);
  });

  test("two people, or a name and its feminine form, are no misspelling", () => {
    const en = [
      "Ivan Petrov signed the contract on behalf of the seller.",
      "Maria Petrova signed it on behalf of the buyer.",
      "Georgi Petkov witnessed the signing in Sofia.",
      "Ivan Petrov and Georgi Petkov met again in March.",
    ];
    const bg = [
      "Иван Петров подписа договора от името на продавача.",
      "Мария Петрова го подписа от името на купувача.",
      "Георги Петков присъства на подписването в София.",
      "Иван Петров и Георги Петков се срещнаха отново през март.",
    ];
    expect(names(align(en.join("\n\n"), bg.join("\n\n"), { sourceLang: "en", targetLang: "bg" }))).toEqual([]);
  });
});

describe("a merge beside a sentence the translation adds", () => {
  test("two sentences merged, each sharing a name or a number with the merge, beside an added one: the added one alone is flagged", () => {
    const de = [
      "Die Dividende soll auf 2,40 Euro je Aktie erhöht werden.",
      "Der Geschäftsbericht ist ab dem 20. März 2025 online verfügbar.",
      "Pressekontakt: Thomas Becker. Telefon: +49 89 1234 5600.",
      "E-Mail: presse@mueller-hausgeraete.de",
    ];
    const bg = [
      "Дивидентът трябва да бъде увеличен на 2,40 евро на акция.",
      "Годишният отчет е достъпен онлайн от 20 март 2025 г.",
      "Компанията е носител на наградата „Работодател на годината“ за 2024 г.",
      "Контакт за медиите: Томас Бекер, телефон: +49 89 1234 5600.",
      "Имейл: presse@mueller-hausgeraete.de",
    ];
    const b = align(de.join("\n\n"), bg.join("\n\n"), { sourceLang: "de", targetLang: "bg" });
    const problems = b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.severity !== "info").map((f) => `${f.severity} ${f.type}`));
    expect(problems).toEqual(["error added"]);
    expect(b.links.some((l) => l.source.length === 2 && l.target.length === 1)).toBe(true);
  });
});

describe("the cut-short check's words", () => {
  test("'под' is a floor too: a Bulgarian sentence may end on it", () => {
    expect(getLanguage("bg").danglingWords.has("под")).toBe(false);
    expect(getLanguage("bg").danglingWords.has("над")).toBe(true);
  });
});

describe("a short file in another script than its language's", () => {
  test("one German sentence taken as Bulgarian by default is refused, and the message says the language was not given", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-s55-"));
    writeFileSync(join(dir, "one.de.txt"), "Verwenden Sie kein Benzin.\n");
    writeFileSync(join(dir, "one.bg.txt"), "Не използвайте бензин.\n");
    const r = await sverka(["check", join(dir, "one.de.txt"), join(dir, "one.bg.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "one.de.txt: taken as bg by default, but the text looks like Latin-script text (its letters are Latin, not Cyrillic)",
    );
    const given = await sverka(["check", join(dir, "one.de.txt"), join(dir, "one.bg.txt"), "-s", "de", "-t", "bg"]);
    expect(given.code).toBe(0);
  });

  test("under 12 letters, or with one letter of the script, nothing is said", () => {
    expect(languageMismatch("Wi-Fi 6E", "bg")).toBeUndefined();
    expect(languageMismatch("Samsung Galaxy S24 и", "bg")).toBeUndefined();
    expect(languageMismatch("Samsung Galaxy S24 Ultra", "bg")?.why).toBe("its letters are Latin, not Cyrillic");
  });
});
