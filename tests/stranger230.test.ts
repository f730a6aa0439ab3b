/**
 * What the sixty-eighth session's strangers (230-) showed, and what earlier strangers' notes left open.
 */

import { align, evaluation, formats, SverkaError } from "../src/index.js";
import { glossLength } from "../src/score/index.js";
import { flagTexts } from "./helpers.js";

describe("the library's evaluation refuses what `sverka eval` refuses (229)", () => {
  const gold = evaluation.parseLinkLines("[0]:[0]\n[1]:[1]\n");
  test("alignments of different segmentations are not scored", () => {
    const test3 = evaluation.parseLinkLines("[0]:[0]\n[1]:[1]\n[2]:[2]\n");
    expect(() => evaluation.scoreAlignment(gold, test3)).toThrow(SverkaError);
    expect(() => evaluation.scoreAlignment(gold, test3)).toThrow(
      "the two alignments are of different segmentations: the gold covers 2 source and 2 target segments, the test 3 and 3",
    );
    // The command's check still names its files.
    expect(() => evaluation.checkSameSegments(gold, test3, "gold.links", "out.json")).toThrow(
      /^out\.json: .*the gold \(gold\.links\) covers/,
    );
  });
  test("a segment id that names no segment is refused", () => {
    for (const id of [-1, 0.5, Number.NaN])
      expect(() =>
        evaluation.scoreAlignment(gold, [
          { source: [0], target: [0] },
          { source: [1], target: [id] },
        ]),
      ).toThrow(`link 2 of the test has the segment id ${id}`);
  });
  test("readAlignment reads sverka's JSON, link lines and a hunalign ladder", () => {
    const bitext = align("Първо изречение тук. Второ изречение там.", "The first sentence here. The second sentence there.");
    expect(evaluation.readAlignment(formats.json.write(bitext), "out.json")).toEqual(gold);
    expect(evaluation.detectAlignmentFormat("[0]:[0]")).toBe("links");
    expect(evaluation.readAlignment("0\t0\t0.5\n1\t1\t0.5\n2\t2\t0\n")).toEqual(gold);
    expect(evaluation.readAlignment("[0]:[0]\n[1]:[1]\n")).toEqual(gold);
    expect(() => evaluation.readAlignment("Hello", "x.txt")).toThrow(/^x\.txt: not an alignment/);
  });
});

describe("English UI labels kept in brackets in a Bulgarian text (226)", () => {
  const en = [
    "Configuration",
    "Kestrel Sync stores its settings in `~/.config/kestrel/config.yaml`. You can edit the file by hand or change the settings in the app.",
    "Changing settings in the app",
    "Open Settings > Sync and select Pause on metered connections. The change takes effect immediately.",
    "Notification messages",
    "You can change the text of the notifications that the app shows. Each message may contain placeholders, which the app replaces with real values.",
  ];
  const bg = [
    "Конфигуриране",
    "Kestrel Sync съхранява настройките си в `~/.config/kestrel/config.yaml`. Можете да редактирате файла ръчно или да промените настройките в приложението.",
    "Промяна на настройките в приложението",
    "Отворете Настройки (Settings) > Синхронизация (Sync) и изберете Пауза при връзки с отчитане на трафика (Pause on metered connections). Промяната влиза в сила веднага.",
    "Текстове на известията",
    "Можете да промените текста на известията, които приложението показва. Всяко съобщение може да съдържа контейнери, които приложението заменя с действителни стойности.",
  ];
  test("the glosses count for nothing in a sentence's length: two 1-1 links, no sentence added, no length warning", () => {
    const b = align(en.join("\n\n"), bg.join("\n\n"), { sourceLang: "en", targetLang: "bg" });
    const glossed = b.links.find((l) => b.target.segments[l.target[0]!]!.text.includes("(Settings)"))!;
    expect(glossed.source.map((i) => b.source.segments[i]!.text)).toEqual([
      "Open Settings > Sync and select Pause on metered connections.",
    ]);
    expect(flagTexts(b)).toEqual([]);
  });
  test("a gloss is a bracket of the other script's words: not an acronym, not a unit", () => {
    const latin = new Set(["Latin"]);
    expect(glossLength("Отворете Настройки (Settings) > Синхронизация (Sync).", latin)).toBe(" (Settings)".length + " (Sync)".length);
    expect(glossLength("Регламентът (GDPR) се прилага.", latin)).toBe(0);
    expect(glossLength("Приемайте по 1 таблетка (50 mg).", latin)).toBe(0);
    expect(glossLength("Натиснете бутона (напр. Save).", latin)).toBe(0);
  });
});
