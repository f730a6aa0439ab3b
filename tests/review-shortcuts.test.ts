/**
 * The review's shortcuts change nothing: a text with no digit, dot and digit
 * in a row has no version (the pattern is not run), and a repeated 1-1
 * sentence pair gets the same length flags checked once as checked on
 * every link, the phrases of a dictionary a source holds are found once
 * per text, dates are looked for only where one may start, and a word opens
 * a sentence only after a mark (read from the end). Each is
 * checked against the long way round.
 */
import fc from "fast-check";
import { align, Dictionary } from "../src/index.js";
import { getLanguage } from "../src/lang/index.js";
import { builtinLexicon } from "../src/lang/lexicon.js";
import { hasCode, hasDottedDigits, sameCode, versionsIn } from "../src/review/checks/codes.js";
import { readDates } from "../src/review/checks/dates.js";
import { matchedIn, nameMatch } from "../src/review/checks/names.js";
import { namesIn, phraseCovered } from "../src/review/checks/romanized.js";
import { buildReviewContext } from "../src/review/context.js";
import { CHECKS, review, reviewLink } from "../src/review/index.js";
import { bestPerType, TypeSlots } from "../src/score/evidence.js";
import type { Matchable } from "../src/score/index.js";
import type { Bitext, Link, Segment } from "../src/types.js";
import { fixture, read, segs } from "./helpers.js";
import { referenceReadDates } from "./reference/dates.js";
import { referenceNames } from "./reference/names.js";

/** The versions of a text as `versionsIn` read them before its pre-test: the pattern run on any text with a dot. */
const VERSION =
  /(?<![\p{L}\p{N}.,-])(?:\p{L}[\p{L}\p{N}]*-?\d+(?:\.\d+)+|\d+(?:\.\d+){2,})(?:-(?:[A-Za-z]{1,3}\d+|rc\d*|alpha\d*|beta\d*|lts)(?![\p{L}\p{N}]))?(?![\p{N}]|[.,-]\p{N})/gu;
function referenceVersions(text: string): string[] {
  if (!text.includes(".")) return [];
  return (
    [...text.matchAll(VERSION)]
      .map((m) => m[0])
      // A version's "v" aside: "v2.3.1" is "2.3.1"; "v2.3" the number "2.3" (no version).
      .flatMap((v) => (/^[vV]\d/u.test(v) ? (v.split(".").length < 3 ? [] : [v.slice(1)]) : [v]))
      .filter((v) => {
        const core = v.replace(/-(?:[A-Za-z]{1,3}\d+|rc\d*|alpha\d*|beta\d*|lts)$/u, "");
        return !/^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/u.test(core) && !/^\d{1,3}(?:\.\d{3})+$/u.test(core);
      })
  );
}

const piece = fc.constantFrom(
  "1",
  "2",
  "15",
  "2024",
  ".",
  ",",
  "-",
  " ",
  "v",
  "FW",
  "версия",
  "a",
  "٣",
  "😀",
  "1.2",
  "3.4.5",
  "10.000",
  "h1",
  "rc",
);
const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(""));

describe("versions", () => {
  test("a text without a digit, a dot and a digit in a row is not searched, and nothing is lost", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(hasDottedDigits(t)).toBe(/\d\.\d/.test(t));
        expect(versionsIn(t)).toEqual(referenceVersions(t));
      }),
      { numRuns: 5000 },
    );
  });

  test.each(["Firmware FW-2.3.1 is out.", "Version 2.3.1.", "On 15.03.2024 at 1.234.567.", "v2.3 and 1.2.", "Nothing here."])("%s", (t) => {
    expect(versionsIn(t)).toEqual(referenceVersions(t));
  });
});

function side(lang: string, texts: readonly string[]) {
  const segments: Segment[] = texts.map((t, id) => ({ id, text: t, start: 0, end: t.length, paragraph: 0 }));
  return { lang, segments };
}

describe("length checks on repeated sentence pairs", () => {
  test("give each link the flags a review of that link alone gives", () => {
    // The same short and long translations again and again: the length checks fire on some pairs, and each pair is met many times.
    const pairs: Array<readonly [string, string]> = [
      [
        "Договорът се сключва за срок от една година и влиза в сила от датата на подписването му.",
        "The contract is concluded for one year.",
      ],
      ["Страните се споразумяха за следното.", "The parties agreed as follows."],
      [
        "Наемодателят предава имота на наемателя в добро състояние, заедно с ключовете и инвентара.",
        "The landlord hands over the property.",
      ],
      ["Наемателят заплаща наема до пето число на всеки месец по банковата сметка на наемодателя.", "The tenant pays the"],
      ["Наемателят заплаща наема до пето число на всеки месец.", "The tenant pays rent by the fifth, the"],
      [
        "Всички спорове се решават по взаимно съгласие.",
        "All disputes are settled by mutual agreement between the parties, and where they cannot agree, by the competent court in Sofia under Bulgarian law.",
      ],
      ["Този договор е изготвен в два еднообразни екземпляра.", "This contract is made in two identical copies."],
    ];
    const order = Array.from({ length: 70 }, (_, k) => pairs[(k * 5) % pairs.length]!);
    const links: Link[] = order.map((_, k) => ({ source: [k], target: [k], kind: "1-1", score: 0.9 }));
    const bitext: Bitext = {
      source: side(
        "bg",
        order.map(([s]) => s),
      ),
      target: side(
        "en",
        order.map(([, t]) => t),
      ),
      links,
      model: { ratio: 0.9, variance: 2 },
    };
    const reviewed = review(bitext);
    // The long way round: every check run on every link, nothing kept across links.
    const ctx = buildReviewContext(bitext);
    const plain = CHECKS.map((c) => ({ ...c, textOnly: false }));
    const long = links.map((_, k) => reviewLink(ctx, k, plain));
    expect(reviewed.links.map((l) => l.flags)).toEqual(long);
    // Much longer, much shorter, cut short, and stopping on "the" (whose reason names its sentence: checked on every link).
    const reasons = long.flat().map((f) => f.reason);
    for (const said of ["much longer", "much shorter", "shorter than usual", "stops on"])
      expect(reasons.some((r) => r.includes(said))).toBe(true);
  });
});

/** `phraseCovered` as it was: every phrase of every dictionary looked for in the source on every call. */
function referencePhrases(
  dicts: ReadonlyArray<Dictionary | undefined>,
  source: readonly Matchable[],
  target: readonly Matchable[],
): Set<string> {
  const out = new Set<string>();
  const stems = source.filter((t) => t.kind === "word").map((t) => t.stem);
  const targetStems = new Set(target.filter((t) => t.kind === "word").map((t) => t.stem));
  for (const dict of dicts) {
    if (!dict?.sourcePhrases.size) continue;
    for (let i = 0; i < stems.length; i++)
      for (let n = 2; n <= 3 && i + n <= stems.length; n++) {
        const key = stems.slice(i, i + n).join(" ");
        if (!dict.sourcePhrases.has(key)) continue;
        const found = [...(dict.lookup(key)?.keys() ?? [])].some((t) => t.split(" ").every((s) => targetStems.has(s)));
        if (found) for (const s of stems.slice(i, i + n)) out.add(s);
      }
  }
  return out;
}

describe("phrases a source holds", () => {
  test("are found once per text, as on every call, and again when the dictionary gains phrases", () => {
    let covered = 0;
    for (const name of ["contract", "news", "bridge"]) {
      const bitext = align(read(fixture("qa", `${name}.bg.txt`)), read(fixture("qa", `${name}.en.txt`)));
      // A termbase whose phrases are the document's own: two stems of a sentence for two of its translation.
      const terms = new Dictionary();
      const ctx = buildReviewContext(bitext, { terms });
      const words = (ms: readonly Matchable[]) => ms.filter((t) => t.kind === "word").map((t) => t.stem);
      const dicts = () => [ctx.knownNames, builtinLexicon("bg", "en"), terms];
      for (let round = 0; round < 3; round++) {
        bitext.links.forEach((_, k) => {
          const lt = ctx.linkTokens(k);
          const got = phraseCovered(ctx, lt.source, lt.target);
          expect([name, k, [...got].sort()]).toEqual([name, k, [...referencePhrases(dicts(), lt.source, lt.target)].sort()]);
          covered += got.size;
        });
        // Between rounds the termbase gains a phrase of every third link.
        bitext.links.forEach((_, k) => {
          const s = words(ctx.linkTokens(k).source);
          const t = words(ctx.linkTokens(k).target);
          if (k % 3 === round && s.length >= 2 && t.length >= 2) terms.add(`${s[0]} ${s[1]}`, `${t[0]} ${t[1]}`);
        });
      }
    }
    expect(covered).toBeGreaterThan(0);
  });
});

describe("dates looked for only where one may start", () => {
  const languages = ["bg", "en", "de"].map((code) => getLanguage(code));
  // Whole dates of every form, glued to what may stand before and after them: letters, digits, marks, pairs of UTF-16 units.
  const date = fc.constantFrom(
    "15.03.2024",
    "2024-03-15",
    "03/15/2024",
    "15 април 2024 г.",
    "April 15, 2024",
    "15-17 April",
    "15.IV.2024",
    "Mai 2024",
    "3-ти май",
    "четиринадесети май",
    "двадесет и първи март 2024 г.",
    "the fourteenth of May",
  );
  const glue = fc.constantFrom(
    "",
    " ",
    "a",
    "я",
    "Ж",
    "ß",
    "é",
    "1",
    "12",
    "٣",
    "²",
    "😀",
    "\u0301",
    "-",
    ".",
    ",",
    "/",
    ":",
    "(",
    "x2024",
  );
  const text = fc.array(fc.tuple(glue, date, glue), { maxLength: 4 }).map((xs) => xs.map(([a, d, b]) => a + d + b).join(""));
  test("are read as a global pattern tried at every position reads them", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const lang of languages) expect([t, lang.code, readDates(t, lang)]).toEqual([t, lang.code, referenceReadDates(t, lang)]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a word after a sentence's end", () => {
  test("opens a sentence as the pattern tried at every position says", () => {
    // Names after marks, quotes, brackets and dashes on either side of them.
    const piece = fc.constantFrom(
      "Петър",
      "Христов",
      "Враца",
      "банката",
      "гр.",
      "Св.",
      "и",
      ".",
      "!",
      "?",
      "…",
      ":",
      ";",
      "•",
      ",",
      " ",
      '"',
      "'",
      "“",
      "„",
      "«",
      "»",
      "‚",
      "(",
      ")",
      "[",
      "]",
      "–",
      "—",
      "-",
      "”",
      "’",
      "😀",
    );
    const sentence = fc.array(piece, { minLength: 1, maxLength: 12 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (texts) => {
        const bitext: Bitext = {
          source: { lang: "bg", segments: segs(texts) },
          target: { lang: "en", segments: segs(texts.map(() => "Text.")) },
          links: texts.map((_, k) => ({ source: [k], target: [k], kind: "1-1" as const, score: 0.9 })),
          model: { ratio: 1, variance: 2 },
        };
        const ctx = buildReviewContext(bitext);
        texts.forEach((t, i) => {
          expect([t, namesIn(ctx.source, i, ctx.knownNames)]).toEqual([t, referenceNames(ctx.source, t, ctx.knownNames)]);
        });
      }),
      { numRuns: 500 },
    );
  });
});

/** Tokens as the review matches them: words (names, codes, words with a clitic), numbers and addresses, with their skeletons. */
function tokenOf(kind: "word" | "number" | "address", surface: string): Matchable {
  const key = surface.toLowerCase();
  return { surface, kind, key, stem: key, scaled: false, skeleton: kind === "word" ? key.replace(/[^a-zа-я0-9]/gu, "") : key };
}
const codeToken = fc
  .tuple(
    fc.constantFrom("word" as const, "number" as const, "address" as const),
    fc.constantFrom(
      "SRV-4410",
      "SRV-4411",
      "srv-4410",
      "ITV",
      "itv",
      "Simpson",
      "Simpsons",
      "Симпсън",
      "AB",
      "ab",
      "HX-2040",
      "12",
      "2024",
      "a@b.bg",
    ),
    fc.constantFrom("", "'s", "’s", "-registered", "l'"),
  )
  .map(([kind, name, clitic]) => tokenOf(kind, clitic === "l'" ? `${clitic}${name}` : `${name}${clitic}`));

describe("codes and names looked up, not scanned for", () => {
  test("a code is found on the other side exactly when some token there is the same code", () => {
    fc.assert(
      fc.property(codeToken, fc.array(codeToken, { maxLength: 30 }), (t, other) => {
        expect(hasCode(other, t)).toBe(other.some((o) => sameCode(t, o)));
      }),
      { numRuns: 5000 },
    );
  });

  test("a name is matched on the other side exactly when some token there names it, either way round", () => {
    fc.assert(
      fc.property(codeToken, fc.array(codeToken, { maxLength: 30 }), fc.boolean(), (a, other, fromSource) => {
        expect(matchedIn(a, other, fromSource)).toBe(other.some((b) => (fromSource ? nameMatch(a, b) : nameMatch(b, a))));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("the best match per word, remembered instead of scanned for", () => {
  test("gives the matches a scan gives, in the same order, on lists long and short", () => {
    const slots = new TypeSlots();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0.5, 1, 1.5, 2)), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 0, max: 5 }),
        (list, start) => {
          const typeOf = Int32Array.from(list, ([type]) => type);
          const weight = Float64Array.from(list, ([, w]) => w);
          const entries = Int32Array.from(list, (_, k) => k);
          const from = Math.min(start, list.length);
          const scanned = new Int32Array(list.length);
          const kept = new Int32Array(list.length);
          const a = bestPerType(typeOf, weight, entries, from, list.length, scanned, 0, undefined, 41);
          const b = bestPerType(typeOf, weight, entries, from, list.length, kept, 0, slots, 41);
          expect([...kept.subarray(0, b)]).toEqual([...scanned.subarray(0, a)]);
          // In place, as a cell's entries are reduced.
          const inPlace = entries.slice();
          const c = bestPerType(typeOf, weight, inPlace, from, list.length, inPlace, from, slots, 41);
          expect([...inPlace.subarray(from, c)]).toEqual([...scanned.subarray(0, a)]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("a line of thousands of codes copied as they are is one link with nothing to report", () => {
    const line = Array.from(
      { length: 6000 },
      (_, k) => `${String.fromCharCode(65 + (k % 26), 65 + ((k * 7) % 26))}-${10000 + ((k * 7919) % 89999)}`,
    ).join(" ");
    const b = align(`Списък на кодовете.\n\n${line}\n\nКрай на списъка.`, `List of codes.\n\n${line}\n\nEnd of the list.`, {
      segmented: true,
      // Codes are no language: the source is Bulgarian by its title and last line only.
      force: true,
    });
    expect(b.links.map((l) => l.kind)).toEqual(["1-1", "1-1", "1-1"]);
    expect(b.links.flatMap((l) => l.flags ?? []).filter((f) => f.severity !== "info")).toEqual([]);
  });
});
