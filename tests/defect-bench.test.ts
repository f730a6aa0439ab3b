/** The defect bench's rule for false flags: only clean links the aligner got right count. */
import { alignedRight } from "../bench/defects.js";
import type { Link } from "../src/types.js";

const link = (source: number[], target: number[]): Link =>
  ({ source, target, kind: `${source.length}-${target.length}`, score: 1 }) as unknown as Link;

describe("defect bench: clean links aligned right", () => {
  // Source sentence 3 was cut in the damaged target, which then numbers the sentences after it one lower.
  const own = new Map([
    [1, 1],
    [2, 2],
    [4, 3],
    [5, 4],
  ]);

  test("a sentence with its own translation, or two such pairs merged, is aligned right", () => {
    expect(alignedRight(link([1], [1]), own)).toBe(true);
    expect(alignedRight(link([4, 5], [3, 4]), own)).toBe(true);
  });

  test("a sentence left alone while its translation is elsewhere, or given a neighbour's, is not", () => {
    expect(alignedRight(link([4], []), own)).toBe(false);
    expect(alignedRight(link([], [3]), own)).toBe(false);
    expect(alignedRight(link([2], [3]), own)).toBe(false);
    expect(alignedRight(link([2], [2, 3]), own)).toBe(false);
    expect(alignedRight(link([1, 2], [1]), own)).toBe(false);
  });
});
