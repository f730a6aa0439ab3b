/**
 * A link too long to be a sentence pair (a text with no sentence ends is one segment): the checks that compare a
 * sentence's text with its translation's are not run on it, some of them pair by pair (a pair of 270,000 words each
 * ran for hours), and its warning says so. Below the limit every check runs as before.
 */
import { align } from "../src/index.js";
import { MAX_CHECKED_TOKENS } from "../src/review/index.js";
import type { Flag } from "../src/types.js";

const BG = ["договорът", "се", "сключва", "между", "страните", "за", "срок", "от", "месеца", "като", "наемът", "е", "лева"];
const EN = [
  "the",
  "contract",
  "is",
  "concluded",
  "between",
  "the",
  "parties",
  "for",
  "a",
  "term",
  "of",
  "months",
  "and",
  "rent",
  "is",
  "leva",
];

/** A text of `n` words and numbers with no sentence end: words of the list, a number every seventh. */
function run(words: readonly string[], n: number, numberAt: (i: number) => number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(i % 7 === 6 ? String(numberAt(i)) : words[i % words.length]!);
  return out.join(" ");
}

function flagsOf(source: string, target: string): Flag[] {
  const bitext = align(source, target, { sourceLang: "bg", targetLang: "en" });
  expect(bitext.links.map((l) => l.kind)).toEqual(["1-1"]);
  return [...(bitext.links[0]!.flags ?? [])];
}

describe("a link too long to check as a sentence", () => {
  test("is a warning that says so, and its changed number is not looked for", () => {
    const n = MAX_CHECKED_TOKENS + 500;
    const source = run(BG, n, (i) => 1000 + i);
    // One number changed: a sentence of this text would be flagged for it.
    const target = run(EN, n, (i) => (i === 13 ? 7777 : 1000 + i));
    const flags = flagsOf(source, target);
    expect(flags.map((f) => [f.type, f.severity])).toEqual([["length", "warning"]]);
    expect(flags[0]!.reason).toMatch(/^too long to check as a sentence: 10,500 words and numbers in the source/);
    expect(flags[0]!.reason).toContain("--segmented");
  });

  test("below the limit, the same text is checked as any sentence", () => {
    const n = Math.floor(MAX_CHECKED_TOKENS / 2);
    const flags = flagsOf(
      run(BG, n, (i) => 1000 + i),
      run(EN, n, (i) => (i === 13 ? 7777 : 1000 + i)),
    );
    expect(flags.some((f) => f.type === "numbers")).toBe(true);
    expect(flags.some((f) => f.reason.startsWith("too long to check"))).toBe(false);
  });
});
