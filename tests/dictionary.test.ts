import { SverkaError } from "../src/errors.js";
import { align } from "../src/index.js";
import { Dictionary, formatDictionary, stemKey } from "../src/lang/dictionary.js";
import { getLanguage } from "../src/lang/index.js";
import { builtinLexicon } from "../src/lang/lexicon.js";
import { stemBulgarian } from "../src/lang/stem-bg.js";
import { parseDictionary } from "../src/read/dictionary.js";
import { learnDictionary, learnFromBags, type StemBag } from "../src/score/dictionary.js";
import { costInputs, DEFAULT_VARIANCE, explainLink, prepareFeatures, tokenize } from "../src/score/index.js";
import { segs } from "./helpers.js";

const bg = getLanguage("bg");
const en = getLanguage("en");

describe("stemmers", () => {
  test.each([
    [["правителството", "правителства", "правителство"]],
    [["конференцията", "конференция", "конференции"]],
    [["каза", "казал", "казаха"]],
    [["хора", "хората"]],
    // The past tenses' endings (stranger 101: "не искаше" shared nothing with "did not want").
    [["искам", "искаше", "искаха"]],
    [["говоря", "говореше", "говорехме"]],
    [["дойде", "дойдоха", "дойдохме"]],
    [["пусна", "пуснала", "пуснаха"]],
    [["стана", "станал", "станаха"]],
  ])("Bulgarian forms share a stem: %j", (forms) => {
    expect(new Set(forms.map(stemBulgarian)).size).toBe(1);
  });

  test("Snowball for English, German, French; lowercase for languages without one", () => {
    expect(en.stem("Governments")).toBe(en.stem("government"));
    expect(getLanguage("de").stem("Bergsteigern")).toBe(getLanguage("de").stem("Bergsteiger"));
    expect(getLanguage("fr").stem("montagnes")).toBe(getLanguage("fr").stem("montagne"));
    expect(getLanguage("ka").stem("ABC")).toBe("abc");
  });
});

describe("dictionaries", () => {
  test("TSV and hunalign .dic read the same entries, by stem", () => {
    const tsv = parseDictionary("# comment\nправителство\tgovernment\nтрафик на хора\thuman trafficking\n", "tsv", bg, en);
    const dic = parseDictionary("government @ правителство\nhuman trafficking @ трафик на хора\n", "dic", bg, en);
    expect([...tsv.entries()]).toEqual([...dic.entries()]);
    expect(tsv.lookup(stemKey("правителствата", bg))?.has(stemKey("governments", en))).toBe(true);
    expect(tsv.sourcePhrases.has(stemKey("трафик на хората", bg))).toBe(true);
  });

  test("TBX 2 and TBX 3 termbases give every source term with every target term", () => {
    const tbx2 = `<?xml version="1.0"?><martif type="TBX" xml:lang="en"><text><body>
      <termEntry id="c1"><langSet xml:lang="bg-BG"><tig><term>трафик на хора</term></tig></langSet>
      <langSet xml:lang="en-GB"><tig><term>human trafficking</term></tig><ntig><termGrp><term>THB</term></termGrp></ntig></langSet></termEntry>
      <termEntry id="c2"><langSet xml:lang="de"><tig><term>Menschenhandel</term></tig></langSet></termEntry>
    </body></text></martif>`;
    const d2 = parseDictionary(tbx2, "tbx", bg, en);
    expect([...d2.entries()].map(([s, t]) => `${d2.surfaceOf("s", s)}=${d2.surfaceOf("t", t)}`)).toEqual([
      "трафик на хора=human trafficking",
      "трафик на хора=THB",
    ]);
    const tbx3 = `<tbx type="TBX-Basic" style="dca" xml:lang="en"><text><body><conceptEntry id="1">
      <langSec xml:lang="bg"><termSec><term>правителство</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>government</term></termSec><termSec><term>cabinet</term></termSec></langSec>
      </conceptEntry></body></text></tbx>`;
    expect(parseDictionary(tbx3, "tbx", bg, en).size).toBe(2);
  });

  test("a malformed line names its number", () => {
    expect(() => parseDictionary("a\tb\nno tab here\n", "tsv", bg, en, "d.tsv")).toThrow(/d\.tsv: line 2/);
    expect(() => parseDictionary("x\n", "dic", bg, en)).toThrow(SverkaError);
  });

  test("phrases match as phrases and show in explanations", () => {
    const dict = parseDictionary("трафик на хора\thuman trafficking\n", "tsv", bg, en);
    const f = prepareFeatures(
      segs(["Борбата с трафика на хора продължава."]),
      segs(["The fight against human trafficking goes on."]),
      "bg",
      "en",
      { dictionary: dict },
    );
    const e = explainLink(costInputs(f, { ratio: 1, variance: DEFAULT_VARIANCE }), 0, 1, 0, 1);
    expect(e.matches).toContainEqual(expect.objectContaining({ kind: "lexicon", source: "трафика на хора", target: "human trafficking" }));
  });

  test("the built-in bg-en lexicon works in both directions", () => {
    expect(builtinLexicon("bg", "en")!.lookup(stemKey("правителство", bg))?.has(stemKey("government", en))).toBe(true);
    expect(builtinLexicon("en-GB", "bg-BG")!.lookup(stemKey("government", en))?.has(stemKey("правителство", bg))).toBe(true);
    expect(builtinLexicon("de", "fr")).toBeUndefined();
  });

  test.each([
    ["Натиснете", "Click"],
    ["Натиснете", "Press"],
    ["Запази", "Save"],
    ["изтрийте", "delete"],
    ["Изберете", "Select"],
    ["въведете", "enter"],
    ["инсталирайте", "install"],
  ])("a manual's command: %s is %s, in the imperative a manual writes", (b, e) => {
    expect(builtinLexicon("bg", "en")!.lookup(stemKey(b.toLowerCase(), bg))?.has(stemKey(e.toLowerCase(), en))).toBe(true);
  });

  test("translations are learned from links and written in the --dict format", () => {
    const pairs = Array.from({ length: 12 }, (_, k) =>
      k % 3 === 0
        ? ([`Планината ${k} е висока.`, `The mountain ${k} is high.`] as const)
        : ([`Реката ${k} тече бързо.`, `River ${k} runs fast.`] as const),
    );
    const src = pairs.map(([b]) => tokenize(b, bg));
    const tgt = pairs.map(([, e]) => tokenize(e, en));
    const links = pairs.map((_, k) => ({ source: [k], target: [k] }));
    const learned = learnDictionary(src, tgt, links, { minCount: 3, minDice: 0.5 });
    expect(learned.lookup(bg.stem("планината"))?.get(en.stem("mountain"))).toBe(1);
    const text = formatDictionary(learned);
    expect(text).toMatch(/^планината\tmountain\t1\.000$/m);
    const again = parseDictionary(text, "tsv", bg, en);
    expect(again.lookup(bg.stem("планина"))?.has(en.stem("mountains"))).toBe(true);
  });

  test("dictionaries merge; the stronger entry wins", () => {
    const a = new Dictionary();
    a.add("x", "y", 0.4);
    const b = new Dictionary();
    b.add("x", "y", 0.9);
    b.add("x", "z", 0.5);
    const m = a.merge(b);
    expect(m.lookup("x")?.get("y")).toBe(0.9);
    expect(m.size).toBe(2);
  });

  test("a user dictionary changes a link's evidence", () => {
    const text = ["Жабата скочи.", "The frog jumped."] as const;
    const plain = align(text[0], text[1], { lexicon: false, learn: false, explain: true });
    const dict = parseDictionary("жаба\tfrog\nскоча\tjump\n", "tsv", bg, en);
    const withDict = align(text[0], text[1], { lexicon: false, learn: false, explain: true, dictionary: dict });
    expect(withDict.links[0]!.explain!.lexical).toBeGreaterThan(plain.links[0]!.explain!.lexical);
  });
});

describe("learning pooled over documents (--learn-across)", () => {
  // Two short documents, each with the pair twice: too rare to learn from either alone (3 links needed).
  const doc = (k: number): StemBag[] => [
    [
      ["зорвик", `дума${k}a`],
      ["blick", `word${k}a`],
    ],
    [
      ["зорвик", `дума${k}b`],
      ["blick", `word${k}b`],
    ],
    [[`друга${k}`], [`other${k}`]],
    [[`трета${k}`], [`third${k}`]],
  ];
  const forms = new Map([
    ["зорвик", "зорвик"],
    ["blick", "blick"],
  ]);

  test("a word pair too rare in each document is learned from their bags pooled", () => {
    expect(learnFromBags(doc(1), forms).lookup("зорвик")).toBeUndefined();
    expect(learnFromBags(doc(2), forms).lookup("зорвик")).toBeUndefined();
    const pooled = learnFromBags([...doc(1), ...doc(2)], forms);
    expect(pooled.lookup("зорвик")?.get("blick")).toBe(1);
    expect(pooled.surfaceOf("t", "blick")).toBe("blick");
  });
});
