/** What a software localization engineer's user guide, UI strings and release notes (stranger 107) showed. */

import { flagTexts, paragraphPairs } from "./helpers.js";

describe("a shortcuts table copied rightly is no text left untranslated (stranger 107)", () => {
  const guide: ReadonlyArray<readonly [string, string]> = [
    ["Keyboard shortcuts", "Клавишни комбинации"],
    ["Windows and Linux", "Windows и Linux"],
    ["Open the command palette", "Отваряне на командната палитра"],
    ["Ctrl+Shift+P", "Ctrl+Shift+P"],
    ["Cmd+Shift+P", "Cmd+Shift+P"],
    ["Create a task", "Създаване на задача"],
    ["Ctrl+N", "Ctrl+N"],
  ];

  test("a shortcut of three keys and two systems' names joined by 'и'", () => {
    expect(flagTexts(paragraphPairs(guide, ["en", "bg"]))).toEqual([]);
  });

  test("a sentence left in English around a shortcut, and a heading of three words, are still untranslated", () => {
    const left = [...guide, ["Press Ctrl+Shift+P to open the palette.", "Press Ctrl+Shift+P to open the palette."] as const];
    expect(flagTexts(paragraphPairs(left, ["en", "bg"]))).toEqual(["error untranslated: the translation is the source text, unchanged"]);
    const heading = [...guide, ["Windows and Linux", "Windows and Linux"] as const];
    expect(flagTexts(paragraphPairs(heading, ["en", "bg"]))).toEqual(["error untranslated: the translation is the source text, unchanged"]);
  });
});
