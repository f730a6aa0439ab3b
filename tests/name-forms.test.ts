/**
 * A name's other forms (data/names/<language>.tsv): a country's adjective,
 * people and capital, a platform's verb count as the name carried over, both
 * ways; a country the translation calls "the country" instead is left out.
 */
import { nameForms, readNameForms } from "../src/lang/names.js";
import { problems, summitNews } from "./helpers.js";

describe("a name carried by another of its forms", () => {
  test("a country by its adjective, in a hyphenated compound too (Русия, Russian-backed)", () => {
    const b = summitNews(
      "Бунтовниците, подкрепяни от Русия, са превзели летището в неделя.",
      "Russian-backed rebels seized the airport on Sunday, officials said.",
    );
    expect(problems(b)).toEqual([]);
  });

  test("a country by its capital and its people, and back, where the translation says 'the country' too (Китай, Beijing; Russia, руснаците)", () => {
    const bgEn = summitNews(
      "Китай отговори, че страната няма да участва в преговорите.",
      "Beijing replied that the country would not take part in the talks.",
    );
    expect(problems(bgEn)).toEqual([]);
    const enBg = summitNews(
      "Руснаците заявиха, че страната ще напусне преговорите.",
      "Russia's delegates said the country would leave the talks.",
      {
        sourceLang: "en",
        targetLang: "bg",
      },
    );
    expect(problems(enBg)).toEqual([]);
  });

  test("a platform by its verb, both ways (писа в Twitter, tweeted; said on Twitter, туитна)", () => {
    expect(
      problems(
        summitNews("Министърът писа в Twitter, че е доволен от резултата.", "The minister tweeted that he was pleased with the outcome."),
      ),
    ).toEqual([]);
    const enBg = { sourceLang: "en", targetLang: "bg" };
    expect(
      problems(
        summitNews(
          "Министърът туитна, че е доволен от резултата.",
          "The minister said on Twitter that he was pleased with the outcome.",
          enBg,
        ),
      ),
    ).toEqual([]);
  });

  test("a country's name is not another one's: Китай replaced by Russia at a sentence's start is a warning naming both", () => {
    const b = summitNews("Китай отговори, че няма да участва в преговорите.", "Russia replied that it would not take part in the talks.");
    expect(problems(b)).toEqual([
      expect.objectContaining({
        type: "names",
        severity: "warning",
        evidence: expect.objectContaining({ source: ["Китай"], target: ["Russia"] }),
      }),
    ]);
  });
});

describe("a country left out", () => {
  test("called 'the country' in the translation: a warning saying so", () => {
    const b = summitNews(
      "Китай представи плана си за изкуствения интелект миналата година.",
      "The country presented its plan for artificial intelligence last year.",
    );
    const [f] = problems(b);
    expect(f).toMatchObject({
      type: "names",
      severity: "warning",
      evidence: { source: ["Китай"], expected: ["China"], target: ["The country"] },
    });
    expect(f!.reason).toBe('the name Китай (China) is not in the translation, which says "The country" instead: left out?');
  });

  test("and the other way: Russia as 'страната'", () => {
    const b = summitNews(
      "Страната обяви нови санкции срещу компаниите в петък.",
      "Russia announced new sanctions against the companies on Friday.",
      {
        sourceLang: "en",
        targetLang: "bg",
      },
    );
    expect(problems(b)).toEqual([expect.objectContaining({ type: "names", evidence: expect.objectContaining({ source: ["Russia"] }) })]);
  });

  test("two countries with no form at all in the translation: a warning; one, which a translation may call 'it', is not judged", () => {
    const bg = "Ако не ни приемат, можем да се обърнем към други партньори като Русия и Китай.";
    const two = summitNews(bg, "If they do not accept us, we can turn to other partners.");
    expect(problems(two)).toEqual([
      expect.objectContaining({ type: "names", evidence: expect.objectContaining({ source: ["Русия", "Китай"] }) }),
    ]);
    const one = summitNews(
      "Според анализаторите Китай ще продължи да расте и догодина.",
      "According to analysts, it will keep growing next year too.",
    );
    expect(problems(one)).toEqual([]);
  });

  test("not when the country is still there as its adjective, or the source says 'the country' too", () => {
    const adjective = summitNews(
      "Китай представи плана си миналата година: страната иска да води.",
      "The Chinese plan came out last year: the country wants to lead.",
    );
    expect(problems(adjective)).toEqual([]);
    const both = summitNews(
      "Китай представи плана си миналата година: страната иска да води.",
      "China presented its plan last year: the country wants to lead.",
    );
    expect(problems(both)).toEqual([]);
  });
});

describe("the forms of a language's names", () => {
  const en = nameForms("en")!;
  const bg = nameForms("bg")!;

  test("a form with an ending of the language, part of a hyphenated word, or of several words", () => {
    expect([...en.idsIn("Russia's pro-Chinese Londoners met New Yorkers")].sort()).toEqual([
      "city:london",
      "city:new-york",
      "country:china",
      "country:russia",
    ]);
    expect([...bg.idsIn("руската и китайските делегации в Ню Йорк")].sort()).toEqual(["city:new-york", "country:china", "country:russia"]);
  });

  test("an acronym only in capitals, a capitalised form only capitalised, a lowercase phrase only in lowercase", () => {
    expect([...en.idsIn("let us talk turkey")]).toEqual([]);
    expect([...en.idsIn("the US and Turkey")].sort()).toEqual(["country:turkey", "country:united-states"]);
    expect(en.standIns("The State Department said the state would pay", "country")).toEqual(["the state"]);
  });

  test("a file of any language: forms, endings, stand-ins", () => {
    const de = readNameForms("# forms\nland:x\tXland\txländisch\n@endings\ts\ten\n@country\tdas Land\n");
    expect([...de.idsIn("Xlands Regierung, die xländischen Truppen")]).toEqual(["land:x"]);
    expect(de.standIns("Das Land hat gewählt", "country")).toEqual(["Das Land"]);
    expect(de.proper("Xland")).toBe(true);
    expect(de.proper("Xländisch")).toBe(false);
  });
});
