/**
 * What the sixty-eighth session's strangers (230-) showed, and what earlier strangers' notes left open.
 */

import { align, evaluation, formats, SverkaError } from "../src/index.js";

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
