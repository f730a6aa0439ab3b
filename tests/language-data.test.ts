/** The language data itself: word lists that do not contradict each other, and the built-in lexicon as shipped. */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDictionaryPairs } from "../src/lang/dictionary.js";
import { genericData } from "../src/lang/generic.js";
import { getLanguage, KNOWN_LANGUAGES } from "../src/lang/index.js";
import { builtinLexicon, LEXICON_DIR } from "../src/lang/lexicon.js";
import { ABBREVIATION_LISTS, type LanguageData, WORD_LISTS } from "../src/lang/types.js";
import { segment } from "../src/segment/index.js";
import { ROOT } from "./helpers.js";

/** Every language module: those with rules of their own, and the generic one. */
const MODULES: Array<[string, LanguageData]> = [...Object.entries(KNOWN_LANGUAGES), ["generic", genericData("de")]];

describe.each(MODULES)("language data: %s", (_, data) => {
  test("the abbreviation lists are pairwise disjoint", () => {
    for (const [i, a] of ABBREVIATION_LISTS.entries()) {
      for (const b of ABBREVIATION_LISTS.slice(i + 1)) {
        expect([a, b, data[a].filter((x) => data[b].includes(x))]).toEqual([a, b, []]);
      }
    }
  });

  test("word lists hold each entry once, lowercase, trimmed, without the final dot", () => {
    for (const list of WORD_LISTS) {
      const words = data[list] ?? [];
      expect([list, words.filter((x, k) => words.indexOf(x) !== k)]).toEqual([list, []]);
      expect([list, words.filter((x) => x !== x.toLowerCase() || x !== x.trim() || x === "" || x.endsWith("."))]).toEqual([list, []]);
    }
  });

  test("only final and never-final abbreviations have two words (the others are looked up by the last word)", () => {
    for (const list of ABBREVIATION_LISTS.filter((l) => l !== "finalAbbreviations" && l !== "nonFinalAbbreviations")) {
      expect([list, data[list].filter((x) => /\s/u.test(x))]).toEqual([list, []]);
    }
    // A never-final one of two words is looked up only when its last word has one or two letters ("z. B.", "т. е.").
    const long = data.nonFinalAbbreviations.filter((x) => /\s/u.test(x) && [...x.slice(x.lastIndexOf(" ") + 1)].length > 2);
    expect(long).toEqual([]);
  });
});

describe("abbreviations in use", () => {
  const texts = (text: string, lang: string) => segment(text, lang).map((s) => s.text);

  test("гр. after a number is grams and may end a sentence, like кг.; elsewhere it is a town", () => {
    expect(texts("Купих 200 гр. Сиренето беше прясно.", "bg")).toEqual(["Купих 200 гр.", "Сиренето беше прясно."]);
    expect(texts("Купих 200 кг. Сиренето беше прясно.", "bg")).toEqual(["Купих 200 кг.", "Сиренето беше прясно."]);
    expect(texts("Купих 200 гр. сирене и хляб.", "bg")).toEqual(["Купих 200 гр. сирене и хляб."]);
    expect(texts("Нов маршрут в гр. Пловдив. Тръгва утре.", "bg")).toEqual(["Нов маршрут в гр. Пловдив.", "Тръгва утре."]);
    expect(texts("Живея в гр. София от 2010 г. насам.", "bg")).toEqual(["Живея в гр. София от 2010 г. насам."]);
  });

  test("every language's profile has every word list as a set", () => {
    for (const code of [...Object.keys(KNOWN_LANGUAGES), "de"]) {
      for (const list of WORD_LISTS) expect(getLanguage(code)[list]).toBeInstanceOf(Set);
    }
  });
});

describe("built-in lexicons", () => {
  const files = readdirSync(LEXICON_DIR);

  test("one file a language pair, named by ISO 639-1 codes, read for both directions", () => {
    expect(files).toContain("bg-en.tsv");
    for (const file of files) {
      const m = /^([a-z]{2})-([a-z]{2})\.tsv$/.exec(file);
      expect(m).not.toBeNull();
      expect(builtinLexicon(m![1]!, m![2]!)!.size).toBeGreaterThan(0);
      expect(builtinLexicon(m![2]!, m![1]!)!.size).toBe(builtinLexicon(m![1]!, m![2]!)!.size);
    }
  });

  test.each(files)("%s is a valid --dict TSV file, each pair once", (file) => {
    const pairs = readDictionaryPairs(readFileSync(join(LEXICON_DIR, file), "utf8"), "tsv", file);
    expect(pairs.length).toBeGreaterThan(100);
    expect(pairs.every((p) => p.length === 2 && p.every((x) => x === x.trim()))).toBe(true);
    const lines = pairs.map((p) => p.join("\t"));
    expect(lines.filter((x, k) => lines.indexOf(x) !== k)).toEqual([]);
  });

  test("the package ships them", () => {
    const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    const shipped = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(shipped).toContain("dist/src/lang/lexicon.js");
    for (const file of files) expect(shipped).toContain(`data/lexicon/${file}`);
  });
});
