import { SverkaError } from "../src/errors.js";
import { getLanguage, isLanguageTag, primaryLanguage } from "../src/lang/index.js";

describe("languages", () => {
  test("ISO 639-1 codes with or without a region", () => {
    expect(primaryLanguage("bg-BG")).toBe("bg");
    expect(primaryLanguage("EN_gb")).toBe("en");
    expect(getLanguage("de").code).toBe("de");
    expect(isLanguageTag("en-GB")).toBe(true);
    expect(isLanguageTag("en GB")).toBe(false);
  });

  test.each(["xx", "bul", "", "b1"])("rejects %p", (tag) => {
    expect(() => getLanguage(tag)).toThrow(SverkaError);
  });

  test("Bulgarian transliterates by the official system", () => {
    const bg = getLanguage("bg");
    expect(bg.transliterate("Шипка")).toBe("Shipka");
    expect(bg.transliterate("Виена")).toBe("Viena");
    expect(bg.transliterate("Щастие")).toBe("Shtastie");
  });

  test("unknown languages get the generic profile but keep Cyrillic transliteration", () => {
    const uk = getLanguage("uk");
    expect(uk.nonFinalAbbreviations.size).toBe(0);
    expect(uk.transliterate("Москва")).toBe("Moskva");
    expect(uk.decimalSeparator).toBe(",");
  });

  test("Russian has its own transliteration (BGN/PCGN), Bulgarian's letters aside", () => {
    const ru = getLanguage("ru");
    expect(["Жуков", "Щукин", "Юрий", "Ярослав", "Мышкин", "Соловьёв", "Объект"].map((w) => ru.transliterate(w))).toEqual([
      "Zhukov",
      "Shchukin",
      "Yuriy",
      "Yaroslav",
      "Myshkin",
      "Solovyov",
      "Obekt",
    ]);
    expect(ru.romanize("Достоевский")).toBe("Dostoevsky");
    expect(getLanguage("bg").transliterate("Щукин")).toBe("Shtukin");
  });
});

describe("dangling words", () => {
  test("articles, conjunctions and prepositions in the language data; nothing for languages without rules", () => {
    expect(getLanguage("en").danglingWords.has("the")).toBe(true);
    expect(getLanguage("bg").danglingWords.has("на")).toBe(true);
    expect(getLanguage("en").danglingWords.has("from")).toBe(false);
    expect(getLanguage("de").danglingWords.has("und")).toBe(true);
    expect(getLanguage("it").danglingWords.size).toBe(0);
  });
});
