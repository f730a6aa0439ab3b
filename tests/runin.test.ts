/**
 * A list the translation runs into one sentence, longer than a link holds (src/align/runin.ts): the items after the
 * link's fourth join it, where the translation answers each; an item the translation leaves out stays unmatched.
 */
import { align } from "../src/index.js";

const HEADING = ["Чести нежелани реакции (може да засегнат до 1 на 10 души):", "Common side effects (may affect up to 1 in 10 people):"];
const ITEMS = [
  ["умора", "tiredness"],
  ["замайване", "dizziness"],
  ["главоболие", "headache"],
  ["гадене", "nausea"],
  ["запек", "constipation"],
];
const AFTER = ["Ако получите някоя от тези реакции, говорете с Вашия лекар.", "If you get any of these side effects, talk to your doctor."];

/** The leaflet's Bulgarian list, one item a line, and the English run-in sentence of `items`. */
function leaflet(items: readonly number[]) {
  const bg = [HEADING[0], ...ITEMS.map(([w], k) => `- ${w}${k === ITEMS.length - 1 ? "." : ";"}`)].join("\n");
  const words = items.map((k) => ITEMS[k]![1]);
  const en = `${HEADING[1]} ${words.slice(0, -1).join(", ")} and ${words.at(-1)}.`;
  return align(`${bg}\n\n${AFTER[0]}\n`, `${en}\n\n${AFTER[1]}\n`);
}

test("a heading and five items run into one sentence: one link of six segments, nothing said to be left out", () => {
  const b = leaflet([0, 1, 2, 3, 4]);
  expect(b.links.map((l) => [l.source, l.target])).toEqual([
    [[0, 1, 2, 3, 4, 5], [0]],
    [[6], [1]],
  ]);
  expect(b.links.flatMap((l) => l.flags ?? []).filter((f) => f.severity !== "info")).toEqual([]);
});

test("an item the run-in sentence leaves out is still told not translated", () => {
  const b = leaflet([0, 1, 2, 4]);
  const missing = b.links.filter((l) => l.flags?.some((f) => f.type === "missing" && f.severity === "error"));
  expect(missing.flatMap((l) => l.source)).toContain(4);
});

test("with --max-link 6 the search links it itself, as before", () => {
  const bg = [HEADING[0], ...ITEMS.map(([w]) => `- ${w};`)].join("\n");
  const en = `${HEADING[1]} tiredness, dizziness, headache, nausea and constipation.`;
  const b = align(bg, en, { maxLinkSize: 6 });
  expect(b.links.map((l) => l.kind)).toEqual(["6-1"]);
});

test("a search told to make small links (--max-link 2) gets none larger", () => {
  const bg = [HEADING[0], ...ITEMS.map(([w]) => `- ${w};`)].join("\n");
  const en = `${HEADING[1]} tiredness, dizziness, headache, nausea and constipation.`;
  const b = align(bg, en, { maxLinkSize: 2 });
  expect(Math.max(...b.links.map((l) => Math.max(l.source.length, l.target.length)))).toBeLessThanOrEqual(2);
});
