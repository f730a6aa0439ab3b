/**
 * A chapter the translation put elsewhere (stranger 72): the aligner links in
 * order, so the chapter is a passage left out where the source has it and one
 * added where it went; `check` told both as errors, nothing linking them, and a
 * reviewer read that the translation lacks a chapter it has.
 */
import { align } from "../src/index.js";
import { problems } from "../src/review/report.js";

const NAMES = [
  ["Мария", "Maria"],
  ["Петър", "Petar"],
  ["Елена", "Elena"],
  ["Георги", "Georgi"],
  ["Николай", "Nikolay"],
  ["Весела", "Vesela"],
] as const;
const CITIES = [
  ["София", "Sofia"],
  ["Пловдив", "Plovdiv"],
  ["Варна", "Varna"],
  ["Бургас", "Burgas"],
  ["Русе", "Ruse"],
] as const;

/** Sentence k of a story and its translation: names, towns and figures that change from one to the next. */
function sentence(k: number): [string, string] {
  const [bn, en] = NAMES[k % NAMES.length]!;
  const [bc, ec] = CITIES[(k * 7) % CITIES.length]!;
  const n = 10 + ((k * 37) % 89);
  switch (k % 4) {
    case 0:
      return [
        `${bn} пристигна в ${bc} с влака в ${n} минути след седем.`,
        `${en} arrived in ${ec} on the train at ${n} minutes past seven.`,
      ];
    case 1:
      return [`В писмото си ${bn} пишеше, че в ${bc} живеят ${n} души.`, `In her letter ${en} wrote that ${n} people lived in ${ec}.`];
    case 2:
      return [`Къщата в ${bc} струваше ${n} хиляди лева, каза ${bn}.`, `The house in ${ec} cost ${n} thousand leva, ${en} said.`];
    default:
      return [`„Ще се върна в ${bc} след ${n} дни“, обеща ${bn}.`, `"I will come back to ${ec} in ${n} days," ${en} promised.`];
  }
}

/** A story of `chapters` chapters of 14 sentences, a paragraph each; the translation's chapters in the order given. */
function story(order: readonly number[], chapters = 10) {
  const chapter = (c: number) => Array.from({ length: 14 }, (_, k) => sentence(c * 14 + k));
  const bg = Array.from({ length: chapters }, (_, c) =>
    chapter(c)
      .map(([b]) => b)
      .join(" "),
  ).join("\n\n");
  const en = order
    .map((c) =>
      chapter(c)
        .map(([, e]) => e)
        .join(" "),
    )
    .join("\n\n");
  return { bg, en };
}

describe("a passage moved", () => {
  test("a chapter put five chapters later is told moved, both ways, as warnings naming where it went", () => {
    const { bg, en } = story([0, 1, 3, 4, 5, 6, 7, 2, 8, 9]);
    const found = problems(align(bg, en)).filter((p) => p.severity !== "info");
    expect(found.map((p) => [p.type, p.severity, p.reason])).toEqual([
      [
        "missing",
        "warning",
        "these 14 sentences are not translated here (paragraph 3), but translation sentences 99-112, unmatched too, say what they say: the passage moved?",
      ],
      [
        "added",
        "warning",
        "these 14 sentences are not in the source here (paragraph 8), but source sentences 29-42, unmatched too, say what they say: the passage moved?",
      ],
    ]);
  });

  test("a chapter left out and another story's chapter added are not: errors both", () => {
    // Chapter 2 left out; in chapter 8's place, a chapter of another story (sentences 200 on).
    const { bg } = story([], 10);
    const other = Array.from({ length: 14 }, (_, k) => sentence(200 + k)[1]).join(" ");
    const kept = story([0, 1, 3, 4, 5, 6, 7, 8, 9]).en.split("\n\n");
    const en = [...kept.slice(0, 7), other, ...kept.slice(7)].join("\n\n");
    const found = problems(align(bg, en)).filter((p) => p.severity !== "info");
    expect(found.map((p) => [p.type, p.severity])).toEqual([
      ["missing", "error"],
      ["added", "error"],
    ]);
  });
});
