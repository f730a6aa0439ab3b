/**
 * One passage left out where the search wove through it. In a text whose
 * every sentence is said hundreds of times (a manual's sections of the same
 * steps in another order, a catalogue's descriptions), no word is rare
 * enough to weigh, and across a long passage left out the search links the
 * other side's sentences a few at a time to whatever lies there, often two
 * sentences to one: hundreds of passages told where the translation left
 * out one, and pairs that are no translation. The document's own long runs
 * of links say which sentence translates which.
 */
import { min } from "../math.js";
import type { PairFeatures } from "../score/index.js";
import type { Step } from "./index.js";

/** Links in a row that still count as strays inside a weave; a longer run is text the translation kept, and its pairs are known. */
const STRAY_RUN = 8;

type Tokens = PairFeatures["sourceTokens"][number];

/** Pairs of texts linked one to one in the path's long runs, each with the step it was (to be scored as). */
type KnownPairs = Map<Tokens, Map<Tokens, Step>>;

/**
 * The path with each weave packed: a stretch that opens and closes with
 * segments of one side left out, short runs of links between, whose other
 * side's segments all go one to one to its two ends (the first ones beside
 * the link before it, the rest beside the link after it), where each such
 * pair of texts is linked one to one in a long run elsewhere in the path.
 * Each link made is scored as that run's link, each segment left out as a
 * copy of one the search left out. Where no split fits, the weave stays.
 */
export function packWeaves(path: readonly Step[], scoredAs: readonly Step[], f: PairFeatures): { steps: Step[]; scoredAs: Step[] } {
  const known = knownPairs(path, scoredAs, f);
  let steps: Step[] = path.slice();
  let scores: Step[] = scoredAs.slice();
  if (known.size === 0) return { steps, scoredAs: scores };
  for (const side of [0, 1] as const) {
    const view = sideView(side, f, known);
    // Built anew in one pass: each weave's steps replaced where it packs, the rest copied.
    const outSteps: Step[] = [];
    const outScores: Step[] = [];
    let copied = 0;
    for (let k = 1; k < steps.length; k++) {
      if (!view.gap(steps[k]!) || view.gap(steps[k - 1]!)) continue;
      let end = weaveEnd(steps, k, view);
      if (end < 0) continue;
      // A link joining sentences either side is the weave's too (the search joined a look-alike at its edge).
      let start = k;
      while (start > copied && k - start < EDGE && isLink(steps[start - 1]!) && !isOne(steps[start - 1]!)) start--;
      for (const stop = end + EDGE; end < min(stop, steps.length - 1) && isLink(steps[end]!) && !isOne(steps[end]!); ) end++;
      const packed = packed1(steps.slice(start, end), scores.slice(start, end), view);
      if (packed) {
        for (; copied < start; copied++) {
          outSteps.push(steps[copied]!);
          outScores.push(scores[copied]!);
        }
        outSteps.push(...packed.steps);
        outScores.push(...packed.scoredAs);
        copied = end;
      }
      k = end;
    }
    for (; copied < steps.length; copied++) {
      outSteps.push(steps[copied]!);
      outScores.push(scores[copied]!);
    }
    steps = outSteps;
    scores = outScores;
  }
  return { steps, scoredAs: scores };
}

const isLink = (s: Step) => s[1] > 0 && s[3] > 0;
const isOne = (s: Step) => s[1] === 1 && s[3] === 1;

/** Links joining sentences either side of a weave taken into it, at most. */
const EDGE = 2;

function knownPairs(path: readonly Step[], scoredAs: readonly Step[], f: PairFeatures): KnownPairs {
  const known: KnownPairs = new Map();
  for (let k = 0; k < path.length; ) {
    let run = k;
    while (run < path.length && isLink(path[run]!)) run++;
    if (run - k > STRAY_RUN)
      for (let x = k; x < run; x++) {
        const [i, a, j, b] = path[x]!;
        if (a !== 1 || b !== 1 || f.sourceTokens[i]!.length === 0 || f.targetTokens[j]!.length === 0) continue;
        const byTarget = known.get(f.sourceTokens[i]!) ?? new Map<Tokens, Step>();
        if (!byTarget.has(f.targetTokens[j]!)) byTarget.set(f.targetTokens[j]!, scoredAs[x]!);
        known.set(f.sourceTokens[i]!, byTarget);
      }
    k = run > k ? run : k + 1;
  }
  return known;
}

interface SideView {
  readonly side: 0 | 1;
  /** A step leaving out one segment of this side. */
  gap(s: Step): boolean;
  /** Where a step starts on this side, and on the other; how many of this side's segments it takes. */
  at(s: Step): number;
  count(s: Step): number;
  other(s: Step): number;
  /** How many of the other side's segments a step takes. */
  otherCount(s: Step): number;
  /** The known link of this side's segment x with the other side's y, if any. */
  pair(x: number, y: number): Step | undefined;
  /** A step of this side's x with the other side's y: a link, or x left out at y. */
  step(x: number, y: number, link: boolean): Step;
  tokens: readonly Tokens[];
}

function sideView(side: 0 | 1, f: PairFeatures, known: KnownPairs): SideView {
  return {
    side,
    gap: (s) => (side === 0 ? s[1] === 1 && s[3] === 0 : s[1] === 0 && s[3] === 1),
    at: (s) => (side === 0 ? s[0] : s[2]),
    count: (s) => (side === 0 ? s[1] : s[3]),
    other: (s) => (side === 0 ? s[2] : s[0]),
    otherCount: (s) => (side === 0 ? s[3] : s[1]),
    pair: (x, y) =>
      side === 0 ? known.get(f.sourceTokens[x]!)?.get(f.targetTokens[y]!) : known.get(f.sourceTokens[y]!)?.get(f.targetTokens[x]!),
    step: (x, y, link) => (side === 0 ? [x, 1, y, link ? 1 : 0] : [y, link ? 1 : 0, x, 1]),
    tokens: side === 0 ? f.sourceTokens : f.targetTokens,
  };
}

/**
 * One past the last step of the weave opening at `start` (a gap after a
 * link): gaps and short runs of links, closed by a gap that a link follows;
 * -1 where there is none (a single gap, segments of the other side left
 * out, or a translation that ends in the gap).
 */
function weaveEnd(steps: readonly Step[], start: number, view: SideView): number {
  let k = start;
  let strays = 0;
  let lastGap = -1;
  while (k < steps.length) {
    if (view.gap(steps[k]!)) {
      lastGap = k++;
      continue;
    }
    if (!isLink(steps[k]!)) break;
    let run = k;
    while (run < steps.length && isLink(steps[run]!)) run++;
    // A long run of links, or the path's end after it: the weave closed at the gap before.
    if (run - k > STRAY_RUN || run >= steps.length || !view.gap(steps[run]!)) break;
    strays += run - k;
    k = run;
  }
  const closed = k < steps.length && isLink(steps[k]!);
  return strays > 0 && closed && lastGap + 1 === k ? k : -1;
}

/**
 * A weave's steps packed, or undefined where no split fits: the first of
 * the other side's segments linked in order from the weave's start, the
 * rest in order up to its end, the segments between left out.
 */
function packed1(steps: readonly Step[], scoredAs: readonly Step[], view: SideView): { steps: Step[]; scoredAs: Step[] } | undefined {
  const first = view.at(steps[0]!);
  const last = view.at(steps[steps.length - 1]!) + view.count(steps[steps.length - 1]!);
  const from = view.other(steps[0]!);
  let to = from;
  for (const s of steps) to += view.otherCount(s);
  const count = to - from;
  if (count > last - first) return undefined;
  let left = 0;
  while (left < count && view.pair(first + left, from + left)) left++;
  let right = 0;
  while (right < count && view.pair(last - 1 - right, to - 1 - right)) right++;
  // Splits that fit: `split` of them at the start, the rest at the end. Any costs the same: the middle one.
  const lowest = count - right;
  if (lowest > left) return undefined;
  const split = (lowest + left) >> 1;
  // Each segment left out is scored as a copy the search left out (or, where none is, as the first one it left out).
  const leftOut = new Map<Tokens, Step[]>();
  for (const [k, s] of steps.entries()) {
    if (!view.gap(s)) continue;
    const text = view.tokens[view.at(s)]!;
    leftOut.set(text, [...(leftOut.get(text) ?? []), scoredAs[k]!]);
  }
  const anyLeftOut = scoredAs[steps.findIndex((s) => view.gap(s))]!;
  const out: Step[] = [];
  const scores: Step[] = [];
  for (let x = 0; x < split; x++) {
    out.push(view.step(first + x, from + x, true));
    scores.push(view.pair(first + x, from + x)!);
  }
  const rest = last - (count - split);
  for (let x = first + split; x < rest; x++) {
    out.push(view.step(x, from + split, false));
    scores.push(leftOut.get(view.tokens[x]!)?.pop() ?? anyLeftOut);
  }
  for (let x = 0; x < count - split; x++) {
    out.push(view.step(rest + x, from + split + x, true));
    scores.push(view.pair(rest + x, from + split + x)!);
  }
  return { steps: out, scoredAs: scores };
}
