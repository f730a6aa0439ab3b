/**
 * The review's tokens, lists and kept answers made for V8 (src/review/tokens.ts,
 * src/review/forms.ts) change nothing the checks read: a number token the
 * review makes has the tokenizer's fields in the tokenizer's order (one shape
 * for every token a check reads), the ranges read without a copy are the
 * ranges read with one, the name forms kept per text answer as the forms
 * asked each time, and the stems counted without sets count as before. Each
 * is held to the long way round.
 */
import fc from "fast-check";
import { getLanguage } from "../src/lang/index.js";
import { nameForms } from "../src/lang/names.js";
import { readFigures } from "../src/review/checks/figures.js";
import { writtenOut } from "../src/review/checks/written.js";
import { readRanges, shortRangeEnds } from "../src/review/checks/years.js";
import { stemFrequency } from "../src/review/context.js";
import { formsOf } from "../src/review/forms.js";
import { NO_TOKENS, numberToken, objectList } from "../src/review/tokens.js";
import { type Matchable, matchable, type Token, tokenize } from "../src/score/index.js";

const bg = getLanguage("bg");
const en = getLanguage("en");
const matchables = (text: string, lang = bg): Matchable[] => tokenize(text, lang).map((t) => matchable(t, lang));

describe("number tokens the review makes", () => {
  test("have a tokenizer's matchable's fields in its order, each of its type", () => {
    const made = matchables("Цената е 25 лв. от 2024 г.").find((t) => t.kind === "number")!;
    const own = numberToken("19.30 ч.", "19:30", "19:30", false, "19:30");
    expect(Object.keys(own)).toEqual(Object.keys(made));
    for (const key of Object.keys(made) as Array<keyof Matchable>) expect([key, typeof own[key]]).toEqual([key, typeof made[key]]);
  });

  test("are what the checks made before: a clock time read whole, a number written out, a range's full year", () => {
    expect(
      readFigures(matchables("Срещата е в 19.30 ч. в залата."), "Срещата е в 19.30 ч. в залата.", bg).filter((t) => t.kind === "number"),
    ).toEqual([{ surface: "19.30 ч.", kind: "number", key: "19:30", stem: "19:30", scaled: false, skeleton: "19:30" }]);
    expect(writtenOut(matchables("двадесет и пет души"), bg)).toEqual([
      { surface: "двадесет и пет", kind: "number", key: "25", stem: "written-out:", scaled: false, skeleton: "" },
    ]);
    const text = "Войната от 1950-53 г. и резултат 1-of-4.";
    const read = readRanges(matchables(text), text).filter((t) => t.kind === "number");
    expect(read.map((t) => [t.surface, t.key])).toEqual([
      ["1950", "1950"],
      ["53", "1953"],
      ["1", "1"],
      ["4", "4"],
    ]);
  });

  test("empty lists are empty", () => {
    expect(NO_TOKENS).toEqual([]);
    const list = objectList<Token>();
    expect(list).toEqual([]);
    list.push(tokenize("Да", bg)[0]!);
    expect(list).toHaveLength(1);
  });
});

/** `readRanges` as it was: every token mapped, a new list each time. */
function referenceRanges(tokens: readonly Matchable[], text: string): Matchable[] {
  const ends = shortRangeEnds(text);
  return tokens.map((t) => {
    const hidden = t.kind === "word" ? /^\p{L}+-(\d+)(?:-\p{L}+)*$/u.exec(t.surface) : null;
    if (hidden) return { ...t, kind: "number", key: String(Number(hidden[1])), surface: hidden[1]! };
    const at = t.kind === "number" ? ends.findIndex(([short]) => Number(t.key) === Number(short) && t.surface === short) : -1;
    if (at < 0) return t;
    const full = ends[at]![1];
    ends.splice(at, 1);
    return { ...t, key: full };
  });
}

const piece = fc.constantFrom(
  "1950",
  "-",
  "–",
  "/",
  "53",
  "2019",
  "20",
  " ",
  "1-of-4",
  "2-for-3",
  "думи",
  "words",
  "1999-00",
  ".",
  ",",
  "2024-03",
);
const rangeText = fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(""));

describe("ranges read without a copy", () => {
  test("are the ranges read with one, and the tokens themselves where nothing is read otherwise", () => {
    fc.assert(
      fc.property(rangeText, (text) => {
        const tokens = matchables(text, en);
        const read = readRanges(tokens, text);
        expect(read).toEqual(referenceRanges(tokens, text));
        if (read.every((t, n) => t === tokens[n])) expect(read).toBe(tokens);
      }),
      { numRuns: 3000 },
    );
  });
});

const words = [
  "Русия",
  "руската",
  "Китай",
  "Пекин",
  "Russia",
  "Russian-backed",
  "China",
  "Beijing",
  "Turkey",
  "turkey",
  "US",
  "us",
  "Ню",
  "Йорк",
  "New",
  "York",
  "Twitter",
  "tweeted",
  "туитна",
  "the",
  "и",
  "country",
  "страната",
];
const formsText = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((xs) => xs.join(" "));

describe("name forms kept per text", () => {
  test("answer as the forms asked each time, in either language, asked again or after other texts", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("bg", "en", "de"), formsText), { minLength: 1, maxLength: 20 }), (asked) => {
        for (const [code, text] of [...asked, ...asked]) {
          const kept = formsOf(code);
          const forms = nameForms(code);
          expect(kept === undefined).toBe(forms === undefined);
          if (!kept || !forms) continue;
          expect([code, text, [...kept.idsIn(text)]]).toEqual([code, text, [...forms.idsIn(text)]]);
          expect([code, text, [...kept.mentions(text)]]).toEqual([code, text, [...forms.mentions(text)]]);
          const first = text.split(" ")[0]!;
          expect([code, first, kept.proper(first)]).toEqual([code, first, forms.proper(first)]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** How many token lists hold each stem, counted the plain way. */
function referenceFrequency(lists: readonly Token[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const list of lists) for (const stem of new Set(list.map((t) => t.stem))) out.set(stem, (out.get(stem) ?? 0) + 1);
  return out;
}

describe("stems counted per sentence", () => {
  test("count each sentence holding a stem once, shared token lists too", () => {
    const sentence = fc.array(fc.constantFrom("закон", "закона", "законът", "срок", "срока", "1", "2", "the", "law", "laws"), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, fc.nat(3)), { maxLength: 12 }), (made) => {
        const lists = made.map(([xs]) => tokenize(xs.join(" "), bg));
        // A repeated sentence's segments share one list, as the review's do.
        const shared = made.map(([, back], n) => lists[Math.max(0, n - back)]!);
        expect([...stemFrequency(shared)].sort()).toEqual([...referenceFrequency(shared)].sort());
      }),
      { numRuns: 1000 },
    );
  });
});
