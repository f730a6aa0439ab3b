/**
 * Learning word translations (Dice over stem bags) with plain maps, as it was
 * first written: the reference src/score/dictionary.ts's faster learning must
 * agree with (tests/score-flat.test.ts, tests/search-exact.test.ts).
 */
import { Dictionary } from "../../src/lang/dictionary.js";
import type { StemBag } from "../../src/score/dictionary.js";

/** Dice over the bags with plain maps, as learning was first written. */
export function referenceLearn(bags: readonly StemBag[], minCount: number, minDice: number): Dictionary {
  const cs = new Map<string, number>();
  const ct = new Map<string, number>();
  for (const [s, t] of bags) {
    for (const x of s) cs.set(x, (cs.get(x) ?? 0) + 1);
    for (const y of t) ct.set(y, (ct.get(y) ?? 0) + 1);
  }
  const common = Math.max(5, bags.length * 0.3);
  const usable = (counts: Map<string, number>, x: string) => counts.get(x)! >= minCount && counts.get(x)! <= common;
  const pairs = new Map<string, Map<string, number>>();
  for (const [s, t] of bags) {
    const ts = t.filter((y) => usable(ct, y));
    for (const x of s) {
      if (!usable(cs, x) || ts.length === 0) continue;
      let m = pairs.get(x);
      if (!m) {
        m = new Map();
        pairs.set(x, m);
      }
      for (const y of ts) m.set(y, (m.get(y) ?? 0) + 1);
    }
  }
  const out = new Dictionary();
  for (const [x, m] of pairs) {
    const best = [...m]
      .filter(([, c]) => c >= minCount)
      .map(([y, c]) => [y, (2 * c) / (cs.get(x)! + ct.get(y)!)] as const)
      .filter(([, d]) => d >= minDice)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3);
    for (const [y, d] of best) out.add(x, y, d);
  }
  return out;
}
