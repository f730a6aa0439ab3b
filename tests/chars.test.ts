/** Letters, numbers and marks without property classes (src/lang/chars.ts), checked on every code point against the classes. */
import fc from "fast-check";
import {
  charBits,
  FoldedPattern,
  isPlainText,
  isSimpleText,
  LETTER,
  MARK,
  NUMBER,
  narrowable,
  narrowSource,
  WordsPattern,
} from "../src/lang/chars.js";
import { stemKey } from "../src/lang/dictionary.js";
import { getLanguage } from "../src/lang/index.js";
import { letterScript } from "../src/lang/script.js";
import { isCyrillicWord } from "../src/lang/stem-bg.js";
import { formSource } from "../src/review/checks/classes.js";
import { nameWords } from "../src/review/checks/romanized.js";
import { contentChars } from "../src/review/coverage.js";
import { corpus, read } from "./helpers.js";
import { referenceLetterScript, referenceStemKey, WIDE_PATTERNS } from "./reference/patterns.js";

const codePoints = function* () {
  for (let cp = 0; cp <= 0x10ffff; cp++) yield [cp, String.fromCodePoint(cp)] as const;
};

describe("charBits", () => {
  test("is \\p{L}, \\p{N} and \\p{M} of a case-insensitive Unicode pattern, on every code point", () => {
    const [l, n, m] = [/\p{L}/iu, /\p{N}/iu, /\p{M}/iu];
    const wrong: string[] = [];
    for (const [cp, c] of codePoints()) {
      const expected = (l.test(c) ? LETTER : 0) | (n.test(c) ? NUMBER : 0) | (m.test(c) ? MARK : 0);
      if (charBits(cp) !== expected) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe("narrowed patterns", () => {
  test("on every character of a plain text, the narrowed classes match as \\p{L}, \\p{N}, \\p{M} do, case-insensitive or not", () => {
    const pairs: Array<[RegExp, RegExp]> = [];
    for (const flags of ["u", "iu"])
      for (const source of [
        String.raw`\p{L}`,
        String.raw`\p{N}`,
        String.raw`\p{M}`,
        String.raw`[^\p{L}]`,
        String.raw`\P{N}`,
        String.raw`[x\p{M}]`,
      ])
        pairs.push([new RegExp(`^${source}$`, flags), new RegExp(`^${narrowSource(source)}$`, flags)]);
    const wrong: string[] = [];
    let plain = 0;
    for (const [cp, c] of codePoints()) {
      if (!isPlainText(c)) continue;
      plain++;
      for (const [full, narrowed] of pairs) if (full.test(c) !== narrowed.test(c)) wrong.push(`${cp.toString(16)} ${full}`);
    }
    expect(wrong).toEqual([]);
    // Latin, Cyrillic, punctuation and the common symbols are plain; Greek, CJK, the letterlike symbols are not.
    expect(plain).toBeGreaterThan(3000);
    expect(isPlainText("Договор № 5 от 15.03.2024 г. „Ñandú“ — 100 € · ½ · e\u0301 😀")).toBe(true);
    for (const other of ["αβγ", "中文", "\u212a", "\u0345", "٣", "\ud800", "ᲀ"]) expect(isPlainText(`abc ${other}`)).toBe(false);
  });

  test("on every character of a simple text, the narrowed cased classes match as \\p{Lu} and \\p{Ll} do", () => {
    const pairs: Array<[RegExp, RegExp]> = [];
    for (const source of [
      String.raw`\p{Lu}`,
      String.raw`\p{Ll}`,
      String.raw`[^\p{Lu}]`,
      String.raw`\P{Ll}`,
      String.raw`\p{L}`,
      String.raw`\p{N}`,
      String.raw`\p{M}`,
    ])
      pairs.push([new RegExp(`^${source}$`, "u"), new RegExp(`^${narrowSource(source, true)}$`, "u")]);
    const wrong: string[] = [];
    let simple = 0;
    for (const [cp, c] of codePoints()) {
      if (!isSimpleText(c)) continue;
      simple++;
      expect(isPlainText(c)).toBe(true);
      for (const [full, narrowed] of pairs) if (full.test(c) !== narrowed.test(c)) wrong.push(`${cp.toString(16)} ${full}`);
    }
    expect(wrong).toEqual([]);
    expect(simple).toBeGreaterThan(2500);
    expect(isSimpleText("Договор № 5 „Ñandú“ — 100 €")).toBe(true);
    for (const other of ["č", "ł", "ѣ", "αβγ"]) expect(isSimpleText(`abc ${other}`)).toBe(false);
  });

  test("a text is plain (or simple) exactly when the pattern by code point finds nothing outside: the scan by code unit first changes no answer", () => {
    // The sets as written by code point, emoji included: what isPlainText and isSimpleText answered before the code-unit scan.
    const outside =
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: ranges of code points
      /[^\0-\u02af\u0300-\u0344\u0346-\u036f\u0400-\u052f\u2000-\u2064\u2066-\u206f\u20a0-\u20bf\u2116\u2122\u2190-\u23ff\u2500-\u26ff\u{1f300}-\u{1f64f}\u{1f680}-\u{1f6ff}\u{1f900}-\u{1f9ff}]/u;
    const simpleOutside =
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: ranges of code points
      /[^\0-\u00ff\u0300-\u0344\u0346-\u036f\u0400-\u045f\u2000-\u2064\u2066-\u206f\u20a0-\u20bf\u2116\u2122\u2190-\u23ff\u2500-\u26ff\u{1f300}-\u{1f64f}\u{1f680}-\u{1f6ff}\u{1f900}-\u{1f9ff}]/u;
    // Emoji inside and outside the ranges, lone and paired surrogates, letters of other scripts, Latin Extended.
    const unit = fc.constantFrom(
      ..."aZ дЯ1.,—€№→╬☃",
      "😀",
      "🚀",
      "🦀",
      "𝐀",
      "🀄",
      "\ud83d",
      "\ude00",
      "č",
      "ѣ",
      "α",
      "中",
      "\u2065",
      "\u0345",
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const text = units.join("");
        expect(isPlainText(text)).toBe(!outside.test(text));
        expect(isSimpleText(text)).toBe(!simpleOutside.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  test("narrowSource rewrites \\p{L}, \\p{N}, \\p{M} only", () => {
    expect(narrowSource(String.raw`\p{L}+`)).toBe(
      String.raw`[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0400-\u0481\u048a-\u052f]+`,
    );
    expect(narrowSource(String.raw`[\p{N}.,]`)).toBe(String.raw`[0-9\u00b2\u00b3\u00b9\u00bc-\u00be.,]`);
    expect(narrowSource(String.raw`\P{M}`)).toBe(String.raw`[^\u0300-\u0344\u0346-\u036f\u0483-\u0489]`);
    expect(narrowSource(String.raw`^\p{Lu}\p{Ll}+`, true)).toBe(
      String.raw`^[A-Z\u00c0-\u00d6\u00d8-\u00de\u0400-\u042f][a-z\u00b5\u00df-\u00f6\u00f8-\u00ff\u0430-\u045f]+`,
    );
    // An escaped backslash before "p{L}", other properties, and \P inside a class stay as written.
    for (const kept of [String.raw`\\p{L}`, String.raw`\p{Lu}\p{Ll}\p{Script=Cyrillic}`, String.raw`[\P{L}x]`, String.raw`\[\p{L`])
      expect(narrowSource(kept)).toBe(kept);
  });

  test("a narrowable pattern finds what the pattern finds, on plain text and on any other", () => {
    const sources = [
      /(?<![\p{L}\p{N}])([\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*)(?![\p{L}])/giu,
      /\p{N}+(?:[.,]\p{N}+)*\s?\p{L}{0,3}/gu,
      /[^\p{L}\s]+|\P{L}\p{M}/gu,
      /(^|[\p{L}\p{N},;]\s+)(\p{Lu}[\p{L}'’-]*)|\p{Ll}+\P{Lu}/gu,
    ];
    const text = fc.string({ unit: fc.constantFrom(..."aZß ſkK\u212aдЯѝčĆ1٣²½.,;'’- \u0301\u0345αΩ中😀", "\ud800"), maxLength: 24 });
    fc.assert(
      fc.property(text, (t) => {
        for (const re of sources) {
          const pattern = narrowable(re);
          expect([t, [...t.matchAll(pattern.for(t))].map((m) => [m.index, ...m])]).toEqual([
            t,
            [...t.matchAll(re)].map((m) => [m.index, ...m]),
          ]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the patterns narrowed for start-up (tests/reference/patterns.ts keeps them as written)", () => {
  const alphabet = [..."aZß ſkK\u212aдЯѝčĆ1٣²½.,;'’-–/ \u0301\u0345αΩ中😀ªµº«»€№", "\ud800", "1950", "-53", "of-4", "SRV-4410"];
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 24 }),
    fc.constantFrom(
      ...read(corpus("osce-alliance-2024", "bg.txt")).split("\n"),
      ...read(corpus("osce-alliance-2024", "en.txt")).split("\n"),
    ),
  );

  test.each(WIDE_PATTERNS.map(([where, re]) => [where, re] as const))("%s finds what it found as written", (_, re) => {
    const pattern = narrowable(re);
    fc.assert(
      fc.property(text, (t) => {
        if (re.global) {
          expect([t, [...t.matchAll(pattern.for(t))].map((m) => [m.index, ...m])]).toEqual([
            t,
            [...t.matchAll(re)].map((m) => [m.index, ...m]),
          ]);
          expect(t.replace(pattern.for(t), "_")).toBe(t.replace(re, "_"));
        } else {
          expect([t, pattern.exec(t)?.slice()]).toEqual([t, re.exec(t)?.slice()]);
          expect(pattern.test(t)).toBe(re.test(t));
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("stemKey gives the keys it gave, in Bulgarian and English", () => {
    const [bg, en] = [getLanguage("bg"), getLanguage("en")];
    fc.assert(
      fc.property(text, (t) => {
        expect(stemKey(t, bg)).toBe(referenceStemKey(t, bg));
        expect(stemKey(t, en)).toBe(referenceStemKey(t, en));
      }),
      { numRuns: 500 },
    );
  });

  test("isCyrillicWord is \\p{Script=Cyrillic} on every code point, and on words of them", () => {
    const cyrillic = /^\p{Script=Cyrillic}+$/u;
    const wrong: string[] = [];
    for (const [cp, c] of codePoints()) if (isCyrillicWord(c) !== cyrillic.test(c)) wrong.push(cp.toString(16));
    expect(wrong).toEqual([]);
    const word = fc.string({
      unit: fc.constantFrom(..."абвгдежзийклмнопрстуфхцчшщъьюяѝЁЇ", "\u0485", "\u0486", "a", "1", "\u0301", "\u{1e030}"),
      minLength: 0,
      maxLength: 8,
    });
    fc.assert(
      fc.property(word, (w) => expect([w, isCyrillicWord(w)]).toEqual([w, cyrillic.test(w)])),
      { numRuns: 2000 },
    );
  });

  test("letterScript names the script the patterns name, on every code point", () => {
    const wrong: string[] = [];
    for (const [cp, c] of codePoints()) if (letterScript(c) !== referenceLetterScript(c)) wrong.push(cp.toString(16));
    expect(wrong).toEqual([]);
  });
});

describe("case-insensitive patterns run on the lowercased text (FoldedPattern)", () => {
  // The languages' negations and classes of terms, as the review's checks compile them.
  const sources = ["bg", "en", "de", "fr", "ru"].flatMap((code) => {
    const lang = getLanguage(code);
    const word = (source: string) => String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`;
    const negation = lang.negation
      ? [lang.negation.plain, lang.negation.any, lang.negation.prohibition ?? lang.negation.plain].map(word)
      : [];
    const forms = Object.values(lang.contrasts ?? {}).flatMap((members) => Object.values(members).flat());
    const terms = forms.length ? [String.raw`(?<![\p{L}\p{N}-])(?:${forms.map(formSource).join("|")})(?![\p{L}\p{N}-])`] : [];
    return [...negation, ...terms].map((source, n) => [`${code} ${n}`, source, forms] as const);
  });

  test.each(sources)("%s finds what the pattern with the i flag finds, where it finds it", (_, source, forms) => {
    const [folded, written] = [new FoldedPattern(source, "giu"), new RegExp(source, "giu")];
    // Words of the data in any case, beside characters whose lowercase is not their folding (İ, ſ, the Kelvin sign, µ).
    const word = fc.oneof(
      fc.constantFrom(...(forms.length ? forms : ["не", "not"]), "не", "not", "never", "никога", "без", "free of"),
      fc.constantFrom(..."aZß ſkK\u212aдЯѝİıµΩ1,.-'’ ", "NOT", "НЕ", "Не", "Never"),
    );
    const cased = word.chain((w) =>
      fc
        .array(fc.boolean(), { minLength: w.length, maxLength: w.length })
        .map((up) => [...w].map((c, i) => (up[i] ? c.toUpperCase() : c)).join("")),
    );
    const text = fc.oneof(
      fc.array(cased, { maxLength: 8 }).map((ws) => ws.join(" ")),
      fc.constantFrom(
        ...read(corpus("osce-alliance-2024", "bg.txt")).split("\n"),
        ...read(corpus("osce-alliance-2024", "en.txt")).split("\n"),
      ),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect([t, folded.matchAll(t).map((m) => [m.index, m[0]])]).toEqual([t, [...t.matchAll(written)].map((m) => [m.index, m[0]])]);
        expect([t, folded.test(t)]).toEqual([t, new RegExp(source, "iu").test(t)]);
      }),
      { numRuns: 300 },
    );
  });

  test("a sticky pattern's match at a place has the groups the flag's pattern has there, as the text writes them", () => {
    const source = String.raw`(?<![\p{N}.,])(\d{1,2})\.\s?(\d{1,2}|[ivx]{1,4})\.|(?<![\p{L}])(ма(?:рт|й)|april|may)(?![\p{L}])(?:\s(\d{4}))?`;
    const [folded, written] = [new FoldedPattern(source, "yiu"), new RegExp(source, "yiu")];
    const text = fc
      .array(fc.constantFrom("15.", "III.", "iv.", "Март", "МАЙ", "April", "MAY", "2024", " ", "İ", "ſ", "µ", "x"), { maxLength: 10 })
      .map((ws) => ws.join(""));
    fc.assert(
      fc.property(text, (t) => {
        for (let at = 0; at < t.length; at++) {
          written.lastIndex = at;
          const m = written.exec(t);
          expect([t, at, folded.execAt(t, at)?.slice()]).toEqual([t, at, m?.slice()]);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("a pattern with a capital or a cased class keeps the flag on every text", () => {
    for (const source of [String.raw`\p{Lu}\p{L}+`, "VAT", "[A-Z]{3}"])
      for (const t of ["vat and VAT", "Abc abc", "ДДС и VAT"])
        expect([source, t, new FoldedPattern(source, "giu").matchAll(t).map((m) => m[0])]).toEqual([
          source,
          t,
          t.match(new RegExp(source, "giu")) ?? [],
        ]);
  });
});

describe("many words as one pattern, tried where a word opens as one of them does (WordsPattern)", () => {
  // The classes of terms as the contrasts check compiles them: the longest form first.
  const withTerms = ["bg", "en", "de", "fr", "ru"].filter((code) => getLanguage(code).contrasts);
  test("the languages with classes of terms are read", () => expect(withTerms).toEqual(["bg", "en"]));

  test.each(withTerms)("%s: the matches of the alternation with the i flag, at its places", (code) => {
    const lang = getLanguage(code);
    const forms = Object.values(lang.contrasts ?? {})
      .flatMap((members) => Object.values(members).flat())
      .sort((a, b) => b.length - a.length);
    const sources = forms.map(formSource);
    const words = new WordsPattern(forms.map((f, n) => ({ source: sources[n]!, opening: /^[^* ]*/u.exec(f)![0] })));
    const written = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${sources.join("|")})(?![\p{L}\p{N}-])`, "giu");
    // Forms, their words apart and run together, in any case, beside a hyphen, a digit, an astral letter and characters
    // whose lowercase is not their folding.
    const word = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom(...forms.flatMap((f) => f.replace(/\*/gu, "").split(" "))),
      fc.constantFrom(..."aZß ſkK\u212aдЯѝİıµΩ1,.-'’\t", "\u{1d518}", "NOT", "Не", "по-", "-"),
    );
    const cased = word.chain((w) =>
      fc
        .array(fc.boolean(), { minLength: w.length, maxLength: w.length })
        .map((up) => [...w].map((c, i) => (up[i] ? c.toUpperCase() : c)).join("")),
    );
    const text = fc.tuple(fc.array(cased, { maxLength: 8 }), fc.constantFrom(" ", "", "-", "\n")).map(([ws, glue]) => ws.join(glue));
    fc.assert(
      fc.property(text, (t) => {
        expect([t, words.matchAll(t).map((m) => [m.index, m[0]])]).toEqual([t, [...t.matchAll(written)].map((m) => [m.index, m[0]])]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("scans that stand in for a pattern (read from the character table)", () => {
  // Any code point, lone surrogates, and the characters the scans treat apart (apostrophes, hyphen, U+0345).
  const text = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
        fc.constantFrom("'", "’", "-", " ", "\u0345", "\u0301", "\ud800", "\udc00", "1", "ж", "A"),
        fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)),
      ),
      { maxLength: 40 },
    )
    .map((cs) => cs.join(""));

  test("a name check's words are the matches of [\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*, with their places", () => {
    const pattern = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
    fc.assert(
      fc.property(text, (s) => {
        const expected = [...s.matchAll(pattern)].map((m) => [m[0], m.index]);
        expect(nameWords(s).map((w) => [w[0], w.index])).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  test("a text's letters and digits are counted as /[\\p{L}\\p{N}]/gu finds them", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(contentChars(s)).toBe(s.match(/[\p{L}\p{N}]/gu)?.length ?? 0);
      }),
      { numRuns: 3000 },
    );
    expect(contentChars("a\u0345b ΐ 𝟙")).toBe(4);
  });
});
