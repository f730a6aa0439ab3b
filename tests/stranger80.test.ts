/**
 * What a corpus builder aligning long, repetitive documents found (stranger 80): a sentence replaced in text that
 * repeats itself, which the document's own translations of it elsewhere give away.
 */
import { align } from "../src/index.js";
import type { Bitext } from "../src/types.js";

const STEPS: ReadonlyArray<readonly [string, string]> = [
  ["Изключете уреда от контакта и го оставете да изстине.", "Unplug the appliance and let it cool down."],
  ["Почистете повърхността с мека кърпа, без да използвате разтворители.", "Clean the surface with a soft cloth, without using solvents."],
  ["Смажете подвижните части с няколко капки масло.", "Lubricate the moving parts with a few drops of oil."],
  ["Монтирайте обратно защитния капак.", "Refit the protective cover."],
];
const PARTS: ReadonlyArray<readonly [string, string]> = [
  ["Почистване на филтъра", "Cleaning the filter"],
  ["Смяна на ножа", "Replacing the blade"],
  ["Регулиране на задвижващия ремък", "Adjusting the drive belt"],
  ["Проверка на кабела", "Checking the cable"],
  ["Смяна на четките", "Replacing the brushes"],
  ["Почистване на вентилатора", "Cleaning the fan"],
];

/** Six procedures, a heading and the same four steps each; `change` rewrites procedure p's step s's translation. */
function manual(change?: { p: number; s: number; text: string }): Bitext {
  const side = (n: 0 | 1) =>
    PARTS.map(
      (part, p) =>
        `${part[n]}\n\n${STEPS.map((step, s) => (n === 1 && change?.p === p && change.s === s ? change.text : step[n])).join(" ")}`,
    ).join("\n\n");
  return align(side(0), side(1));
}

const errors = (b: Bitext) => b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.severity === "error"));

test("a step of a repeated procedure replaced by a translator's note is an error quoting the document's own translation (stranger 80)", () => {
  const b = manual({ p: 3, s: 1, text: "(Text added by the translator at the client's request.)" });
  const said = errors(b);
  expect(said).toEqual([
    expect.objectContaining({
      type: "divergent",
      reason:
        'this source sentence is translated "Clean the surface with a soft cloth, without using solvents." at 5 other places, and this translation shares next to nothing with it or with its source: replaced by another text?',
    }),
  ]);
});

test("the same manual clean, or with the step worded otherwise but translated: no error", () => {
  expect(errors(manual())).toEqual([]);
  expect(errors(manual({ p: 3, s: 1, text: "Wipe the surface with a soft cloth; do not use solvents." }))).toEqual([]);
});

const LUBRICATE_BEARINGS = [
  "Смажете лагерите с грес от препоръчания тип.",
  "Lubricate the bearings with grease of the recommended type.",
] as const;
const LUBRICATE_PARTS = [
  "Смажете подвижните части с грес от препоръчания тип.",
  "Lubricate the moving parts with grease of the recommended type.",
] as const;

/** Forty procedures of five steps each, the fourth step's translation left out of procedure `left` (1-based), if given. */
function procedures(left?: number, lubricate: readonly [string, string] = LUBRICATE_BEARINGS): Bitext {
  const steps: ReadonlyArray<readonly [string, string]> = [
    ["Развийте 4 винта и свалете предпазния капак.", "Undo 4 screws and remove the safety cover."],
    ["Огледайте детайла за пукнатини и следи от корозия.", "Inspect the part for cracks and signs of corrosion."],
    lubricate,
    ["Монтирайте обратно предпазния капак.", "Refit the safety cover."],
    ["Отбележете извършената операция в сервизния дневник.", "Note the operation in the service log."],
  ];
  const parts = PARTS.slice(0, 3);
  const side = (n: 0 | 1) =>
    Array.from({ length: 40 }, (_, p) => {
      const heading = n === 0 ? `Процедура ${p + 1}. ${parts[p % 3]![0]}` : `Procedure ${p + 1}. ${parts[p % 3]![1]}`;
      const body = steps.filter((_, s) => !(n === 1 && left === p + 1 && s === 3)).map((step) => step[n]);
      return `${heading}\n\n${body.join(" ")}`;
    }).join("\n\n");
  return align(side(0), side(1));
}

test("a repeated step left out and taken into the step before's link: an error, the document's own translation of it quoted (stranger 80)", () => {
  const b = procedures(20);
  // The search joins it to the step before (the two cost about as much as the one): a 2-1 link, once a warning at most.
  expect(b.links.filter((l) => l.kind === "2-1").map((l) => l.source)).toEqual([[137, 138]]);
  expect(errors(b)).toEqual([
    expect.objectContaining({
      type: "missing",
      reason:
        'the translation seems to leave out source sentence 139 ("Монтирайте обратно предпазния капак."): the document translates it "Refit the safety cover." at 39 other places, and the translation matched with it does not say that, only what the document gives the other sentence elsewhere',
    }),
  ]);
  expect(errors(procedures())).toEqual([]);
});

test("a repeated step left out where the search leaves it alone, its join to the step before costing about as much: an error all the same (stranger 80)", () => {
  const b = procedures(20, LUBRICATE_PARTS);
  expect(errors(b)).toEqual([
    expect.objectContaining({
      type: "missing",
      reason:
        'this sentence is not translated (paragraph 40): the document translates it "Refit the safety cover." at 39 other places, and translation sentence 138 next to it does not say that',
    }),
  ]);
});
