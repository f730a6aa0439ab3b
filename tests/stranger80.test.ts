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
