/**
 * The review computes each segment's facts once (tokens, folded text, script,
 * dates, word values) and shares them between checks and links. A link's
 * flags must not depend on what was reviewed before it: reviewed alone, in a
 * context of its own, or in any order, or again after an edit, it gets the
 * same flags. A cache that goes stale (keyed by the wrong thing, or kept
 * across reviews) fails here.
 */
import fc from "fast-check";
import { applyChange, changeOf, type Edit, editProblem, touchedLinks } from "../src/edit/index.js";
import { readJson, writeJson } from "../src/formats/json.js";
import { align, reviewBitext, reviewTouched } from "../src/index.js";
import { buildReviewContext, reviewLink } from "../src/review/index.js";
import { endsSentence, finalWord, foldSpace, sentenceKey } from "../src/review/text.js";
import type { Bitext } from "../src/types.js";
import { fixture, read } from "./helpers.js";

const doc = (name: string, side: "bg" | "en") => read(fixture("qa", `${name}.${side}.txt`));

/** Each document damaged where the cached checks look: an amount, a date, a code, a number written out, a sentence left in Bulgarian. */
const DAMAGE: Record<string, ReadonlyArray<readonly [string, string]>> = {
  contract: [
    ["12 March 2024", "12 May 2024"],
    ["SRV-4410", "SRV-4411"],
    ["within five working days", "within seven working days"],
  ],
  manual: [
    ["BR-200", "BR-300"],
    ["for ten seconds", "for 30 seconds"],
  ],
  news: [
    ["1,200 passengers", "2,100 passengers"],
    ["BGN 4.50", "EUR 4.50"],
  ],
};

function damaged(name: string): Bitext {
  let en = doc(name, "en");
  for (const [from, to] of DAMAGE[name]!) {
    expect(en).toContain(from);
    en = en.replace(from, to);
  }
  // Read back: the review below starts from the bitext as a file holds it, as `check` does.
  return readJson(writeJson(align(doc(name, "bg"), en)));
}

/**
 * A document that repeats itself, as contracts from one template do: the
 * contract, the manual, the contract again, each copy of the translation
 * damaged in its own way, the last one short of a sentence: a sentence pair
 * met twice is checked once by the checks that read its texts only, and the
 * others see where it stands.
 */
function repeated(): Bitext {
  const en = (edits: ReadonlyArray<readonly [string, string]>) =>
    edits.reduce((t, [from, to]) => t.replace(from, to), doc("contract", "en"));
  const source = [doc("contract", "bg"), doc("manual", "bg"), doc("contract", "bg")].join("\n");
  // The third copy also lacks a sentence: the links beside the gap are judged by their place as well as their text.
  const third = en(DAMAGE.contract!.slice(1)).replace(/Art\. 4\. Payment[^\n]*\n/u, "");
  const target = [en(DAMAGE.contract!.slice(0, 1)), doc("manual", "en"), third].join("\n");
  return readJson(writeJson(align(source, target)));
}

const bitexts: Record<string, Bitext> = {
  ...Object.fromEntries(Object.keys(DAMAGE).map((name) => [name, damaged(name)])),
  repeated: repeated(),
};
const flagsOf = (b: Bitext) => b.links.map((l) => l.flags ?? []);

/** The bitext as the review reads it: no flags, each segment's text as corrected. */
function asReviewed(b: Bitext): Bitext {
  const side = (s: Bitext["source"]) => ({
    ...s,
    segments: s.segments.map(({ corrected, ...g }) => (corrected === undefined ? g : { ...g, text: corrected })),
  });
  return { ...b, source: side(b.source), target: side(b.target), links: b.links.map(({ flags: _f, ...l }) => l) };
}

describe("per-segment facts cached in the review", () => {
  test.each([...Object.keys(DAMAGE), "repeated"])(
    "%s: every link reviewed in a context of its own gets the flags of the whole review",
    (name) => {
      const b = bitexts[name]!;
      const whole = flagsOf(reviewBitext(b));
      // The damage is seen: the test compares flags, not empty lists.
      expect(whole.flat().filter((f) => f.severity !== "info").length).toBeGreaterThanOrEqual(
        (DAMAGE[name] ?? DAMAGE.contract!).length - 1,
      );
      const plain = asReviewed(b);
      const alone = plain.links.map((_, k) => reviewLink(buildReviewContext(plain), k));
      expect(alone).toEqual(whole);
    },
  );

  test("links reviewed in any order, some twice, get the flags of the whole review", () => {
    for (const b of Object.values(bitexts)) {
      const plain = asReviewed(b);
      const whole = flagsOf(reviewBitext(b));
      fc.assert(
        fc.property(fc.array(fc.nat(plain.links.length - 1), { minLength: 1, maxLength: 3 * plain.links.length }), (order) => {
          const ctx = buildReviewContext(plain);
          for (const k of order) expect(reviewLink(ctx, k)).toEqual(whole[k]);
        }),
        { numRuns: 40 },
      );
    }
  });

  test("after edits that change the numbers, dates and codes a text holds, the links touched get a full review's flags", () => {
    const seed = fc.record({
      doc: fc.constantFrom(...Object.keys(bitexts)),
      op: fc.constantFrom<"correct" | "join-links" | "split-link" | "detach" | "move-boundary">(
        "correct",
        "join-links",
        "split-link",
        "detach",
        "move-boundary",
      ),
      at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      source: fc.boolean(),
      // What a correction writes into the text: what the cached checks read.
      text: fc.constantFrom("on 3 April 2025", "SRV-4410", "25 servers", "twenty-five", "BGN 4.50", "Враца", "the"),
    });
    fc.assert(
      fc.property(fc.array(seed, { minLength: 1, maxLength: 3 }), (seeds) => {
        let b = bitexts[seeds[0]!.doc]!;
        for (const s of seeds) {
          const side = s.source ? "source" : "target";
          const link = Math.floor(s.at * b.links.length);
          const segment = Math.floor(s.at * b[side].segments.length);
          const l = b.links[link]!;
          const text = b[side].segments[segment]!.text;
          const edit: Edit = {
            correct: { op: "correct", side, segment, text: `${text.replace(/\d+/u, "7")} ${s.text}` } as const,
            "join-links": { op: "join-links", link } as const,
            "split-link": { op: "split-link", link, source: Math.min(1, l.source.length), target: Math.min(1, l.target.length) } as const,
            detach: { op: "detach", side, segment } as const,
            "move-boundary": { op: "move-boundary", link, side, to: "next" } as const,
          }[s.op];
          if (editProblem(b, edit)) continue;
          const change = changeOf(b, edit);
          const edited = applyChange(b, change);
          const region = reviewTouched(edited, touchedLinks(change));
          const full = flagsOf(reviewBitext(edited));
          for (const [k, flags] of region) expect(flags).toEqual(full[k]);
          // Link by link, the bitext before the edit, then after: nothing read for the one may answer for the other.
          const before = buildReviewContext(asReviewed(b));
          const after = buildReviewContext(asReviewed(edited));
          edited.links.forEach((_, k) => {
            if (k < b.links.length) reviewLink(before, k);
            expect(reviewLink(after, k)).toEqual(full[k]);
          });
          b = { ...edited, links: edited.links.map((x, k) => ({ ...x, flags: full[k]! })) };
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("facts shared between segments of one text", () => {
  test("segments of one text share one token list: a repeated sentence is tokenized and read once", () => {
    const b = bitexts.repeated!;
    const ctx = buildReviewContext(asReviewed(b));
    const segments = b.source.segments;
    const first = new Map<string, number>();
    let repeats = 0;
    segments.forEach((g, i) => {
      const seen = first.get(g.text);
      if (seen === undefined) first.set(g.text, i);
      else {
        repeats++;
        expect(ctx.source.tokens(i)).toBe(ctx.source.tokens(seen));
      }
    });
    // The document does repeat itself (the contract twice).
    expect(repeats).toBeGreaterThan(5);
  });

  test("a sentence's repeat key is the same with its white space folded or not (repeats are keyed on the text as written)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "Б", "ß", "İ", "1", ".", " ", "  ", "\t", "\n", "\u00a0", "-"), { maxLength: 40 }),
        (parts) => {
          const text = parts.join("");
          expect(sentenceKey(foldSpace(text))).toBe(sentenceKey(text));
        },
      ),
    );
  });
});

describe("the last word of a text, read from its end", () => {
  test("is the one the pattern finds trying every position", () => {
    const everywhere = (text: string) => /([\p{L}][\p{L}'’-]*)[\s"'”’»)\]]*[.!?…:;,]*["'”’»)\]]*\s*$/u.exec(text)?.[1]?.toLowerCase();
    // Letters, the marks around and after words, digits and symbols, a letter and an emoji outside the BMP.
    const char = fc.constantFrom(..."aбZ'’-. ,!?…:;\")]»”\u00a0\t1(😀𝐀é".split(/(?:)/u));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(finalWord(text)).toBe(everywhere(text));
      }),
      { numRuns: 5000 },
    );
    expect(finalWord("Press the button for the")).toBe("the");
    expect(finalWord("Натиснете бутона на.”")).toBe("на");
    expect(finalWord("Call 112")).toBeUndefined();
  });
});

describe("a sentence's end, in either quoting convention", () => {
  test("„…!“ and “…?” end sentences; a title without a full stop does not, quoted or not", () => {
    for (const text of ["„Ухапа ме!“", "Той попита: „Кога?“", "She asked: “When?”", "He said: 'No.'", "Край."])
      expect(endsSentence(text)).toBe(true);
    for (const text of ["Заглавие“", "„Заглавие“", "A title", "Годишен отчет 2024"]) expect(endsSentence(text)).toBe(false);
  });
});
