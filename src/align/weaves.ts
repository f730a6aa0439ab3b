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
 * Where no split fits (a passage kept between two left out close together),
 * the other side's segments go where the fewest passages are left out.
 * Each link made is scored as that run's link, each segment left out as a
 * copy of one the search left out. Where nothing fits, the weave stays.
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
      const weave = steps.slice(start, end);
      const packed = packed1(weave, scores.slice(start, end), view) ?? placed(weave, scores.slice(start, end), view);
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
  /** The known link of this side's segment x with the other side's y, if any (two separators, "* * *", are known to each other). */
  pair(x: number, y: number): Step | undefined;
  /** Whether this side's x is written as the texts known to translate the other side's y and y + 1, one after the other. */
  joinsOther(x: number, y: number): boolean;
  /** Whether the other side's y is written as the texts known to translate this side's x and x + 1, one after the other. */
  joinedBy(x: number, y: number): boolean;
  /** A step of this side's x with the other side's y: a link, or x left out at y. */
  step(x: number, y: number, link: boolean): Step;
  /** A link of this side's `a` segments from x with the other side's `b` from y. */
  link(x: number, a: number, y: number, b: number): Step;
  tokens: readonly Tokens[];
}

function sideView(side: 0 | 1, f: PairFeatures, known: KnownPairs): SideView {
  // The texts known to translate a text, from either side; and each text as its words' keys, for joining.
  let backward: Map<Tokens, Tokens[]> | undefined;
  const knownFor = (target: Tokens) => {
    if (!backward) {
      backward = new Map();
      for (const [source, targets] of known)
        for (const t of targets.keys()) {
          const sources = backward.get(t);
          if (sources) sources.push(source);
          else backward.set(t, [source]);
        }
    }
    return backward.get(target);
  };
  const partners = (tokens: Tokens, ofSource: boolean): Iterable<Tokens> => (ofSource ? known.get(tokens)?.keys() : knownFor(tokens)) ?? [];
  const keys = new Map<Tokens, string>();
  const keyOf = (tokens: Tokens) => {
    let key = keys.get(tokens);
    if (key === undefined) {
      key = tokens.map((t) => t.key).join(" ");
      keys.set(tokens, key);
    }
    return key;
  };
  // Whether `whole` is written as a text known for `first` then one known for `second` (texts of the side `ofSource` says).
  const joins = (whole: Tokens | undefined, first: Tokens | undefined, second: Tokens | undefined, ofSource: boolean): boolean => {
    if (!whole || !first || !second || whole.length === 0) return false;
    const target = keyOf(whole);
    for (const a of partners(first, ofSource)) {
      const head = keyOf(a);
      if (!target.startsWith(head) || target[head.length] !== " ") continue;
      for (const b of partners(second, ofSource))
        if (target.length === head.length + 1 + keyOf(b).length && target.endsWith(keyOf(b))) return true;
    }
    return false;
  };
  const [own, others] = side === 0 ? [f.sourceTokens, f.targetTokens] : [f.targetTokens, f.sourceTokens];
  return {
    side,
    gap: (s) => (side === 0 ? s[1] === 1 && s[3] === 0 : s[1] === 0 && s[3] === 1),
    at: (s) => (side === 0 ? s[0] : s[2]),
    count: (s) => (side === 0 ? s[1] : s[3]),
    other: (s) => (side === 0 ? s[2] : s[0]),
    otherCount: (s) => (side === 0 ? s[3] : s[1]),
    pair: (x, y) => {
      const [i, j] = side === 0 ? [x, y] : [y, x];
      const [source, target] = [f.sourceTokens[i], f.targetTokens[j]];
      if (!source || !target) return undefined;
      // Two segments with no word or number ("* * *", "---") are a separator and its own: scored as themselves.
      if (source.length === 0 && target.length === 0) return [i, 1, j, 1];
      return known.get(source)?.get(target);
    },
    joinsOther: (x, y) => joins(own[x], others[y], others[y + 1], side === 1),
    joinedBy: (x, y) => joins(others[y], own[x], own[x + 1], side === 0),
    step: (x, y, link) => (side === 0 ? [x, 1, y, link ? 1 : 0] : [y, link ? 1 : 0, x, 1]),
    link: (x, a, y, b) => (side === 0 ? [x, a, y, b] : [y, b, x, a]),
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
 * rest in order up to its end, the segments between left out. A segment
 * the translation split or joined at either end (one sentence written as
 * two known ones, or two as one) is linked as it stands, one to two or two
 * to one: otherwise its parts go to copies inside the passage.
 */
function packed1(steps: readonly Step[], scoredAs: readonly Step[], view: SideView): { steps: Step[]; scoredAs: Step[] } | undefined {
  const first = view.at(steps[0]!);
  const last = view.at(steps[steps.length - 1]!) + view.count(steps[steps.length - 1]!);
  const from = view.other(steps[0]!);
  let to = from;
  for (const s of steps) to += view.otherCount(s);
  const count = to - from;
  if (count > last - first) return undefined;
  const lefts = edgeLinks(view, first, from, count, last - first, 1);
  const rights = edgeLinks(view, last, to, count, last - first, -1);
  // Splits that fit: the other side's segments all taken, this side's not overlapping. Any costs the same: the middle one.
  const rightTaking = (taken: number) => rights.stages.findIndex((r) => r.taken === count - taken);
  const fits = lefts.stages
    .map((l, k) => [k, rightTaking(l.taken)] as const)
    .filter(([k, r]) => r >= 0 && lefts.stages[k]!.used + rights.stages[r]!.used <= last - first);
  if (fits.length === 0) return undefined;
  const [l, r] = fits[(fits.length - 1) >> 1]!;
  const [left, right] = [lefts.stages[l]!, rights.stages[r]!];
  const leftOut = leftOutScores(steps, scoredAs, view);
  const out: Step[] = lefts.steps.slice(0, l);
  const scores: Step[] = lefts.scoredAs.slice(0, l);
  for (let x = first + left.used; x < last - right.used; x++) {
    out.push(view.step(x, from + left.taken, false));
    scores.push(leftOut(x));
  }
  out.push(...rights.steps.slice(0, r).reverse());
  scores.push(...rights.scoredAs.slice(0, r).reverse());
  return { steps: out, scoredAs: scores };
}

/**
 * The links that can be made in order from one end of a weave, this side's `x`
 * and the other side's `y`: forward from them (`dir` 1) or back from them (-1),
 * one more at each stage, a known pair, else a segment written as two known
 * ones on either side. Stage k (its segments used on this side, taken on the
 * other) ends after the first k steps; stage 0 takes none. A link of a known
 * pair is scored as that pair's run link; one joining, as itself.
 */
function edgeLinks(view: SideView, x: number, y: number, count: number, room: number, dir: 1 | -1) {
  const stages = [{ used: 0, taken: 0 }];
  const steps: Step[] = [];
  const scoredAs: Step[] = [];
  let used = 0;
  let taken = 0;
  // The first of the next k segments from this end, on a side started at `start` with `done` of them behind.
  const at = (k: number, start: number, done: number) => (dir === 1 ? start + done : start - done - k);
  for (;;) {
    let a = 1;
    let b = 1;
    const known = used + 1 <= room && taken + 1 <= count ? view.pair(at(1, x, used), at(1, y, taken)) : undefined;
    if (!known) {
      if (used + 1 <= room && taken + 2 <= count && view.joinsOther(at(1, x, used), at(2, y, taken))) b = 2;
      else if (used + 2 <= room && taken + 1 <= count && view.joinedBy(at(2, x, used), at(1, y, taken))) a = 2;
      else break;
    }
    const step = view.link(at(a, x, used), a, at(b, y, taken), b);
    steps.push(step);
    scoredAs.push(known ?? step);
    used += a;
    taken += b;
    stages.push({ used, taken });
  }
  return { stages, steps, scoredAs };
}

/** What a segment left out in a packed weave is scored as: a copy the search left out (or, where none is, the first one it left out). */
function leftOutScores(steps: readonly Step[], scoredAs: readonly Step[], view: SideView): (x: number) => Step {
  const byText = new Map<Tokens, Step[]>();
  for (const [k, s] of steps.entries()) {
    if (!view.gap(s)) continue;
    const text = view.tokens[view.at(s)]!;
    byText.set(text, [...(byText.get(text) ?? []), scoredAs[k]!]);
  }
  const any = scoredAs[steps.findIndex((s) => view.gap(s))]!;
  return (x) => byText.get(view.tokens[x]!)?.pop() ?? any;
}

/** The largest weave (its segments times the other side's) searched for a placement; a larger one stays woven. */
const MAX_PLACED_CELLS = 1 << 22;

/**
 * A weave's steps with the other side's segments in order where each pair
 * is known and the fewest passages are left out, or undefined where no such
 * placement is, or it leaves out no fewer passages than the weave. Two
 * passages left out close together, with a few sentences kept between, are
 * such a weave: neither end takes those sentences.
 */
function placed(steps: readonly Step[], scoredAs: readonly Step[], view: SideView): { steps: Step[]; scoredAs: Step[] } | undefined {
  const first = view.at(steps[0]!);
  const n = view.at(steps[steps.length - 1]!) + view.count(steps[steps.length - 1]!) - first;
  const from = view.other(steps[0]!);
  let m = 0;
  let passages = 0;
  for (const [k, s] of steps.entries()) {
    m += view.otherCount(s);
    if (view.gap(s) && (k === 0 || !view.gap(steps[k - 1]!))) passages++;
  }
  if (m === 0 || m > n || (n + 1) * (m + 1) > MAX_PLACED_CELLS) return undefined;
  // Passages left out so far, ending on a link (linked) or a segment left out (gap), over this side's x and the other's y.
  const width = m + 1;
  let linked = new Int32Array(width).fill(UNREACHED);
  let gap = new Int32Array(width).fill(UNREACHED);
  let nextLinked = new Int32Array(width);
  let nextGap = new Int32Array(width);
  linked[0] = 0;
  // Per cell: 1 where the link came from a gap, 2 where the gap opened after a link.
  const came = new Uint8Array((n + 1) * width);
  for (let x = 1; x <= n; x++) {
    nextLinked.fill(UNREACHED);
    nextGap.fill(UNREACHED);
    const row = x * width;
    for (let y = 0; y <= m && y <= x; y++) {
      const opened = linked[y]! + 1;
      const kept = gap[y]!;
      let c = 0;
      if (opened <= kept) {
        nextGap[y] = opened;
        c = 2;
      } else nextGap[y] = kept;
      if (y > 0 && view.pair(first + x - 1, from + y - 1)) {
        nextLinked[y] = min(linked[y - 1]!, gap[y - 1]!);
        if (gap[y - 1]! < linked[y - 1]!) c |= 1;
      }
      came[row + y] = c;
    }
    [linked, nextLinked] = [nextLinked, linked];
    [gap, nextGap] = [nextGap, gap];
  }
  const best = min(linked[m]!, gap[m]!);
  if (best >= passages) return undefined;
  const leftOut = leftOutScores(steps, scoredAs, view);
  const out: Step[] = [];
  const scores: Step[] = [];
  let onLink = linked[m]! <= gap[m]!;
  for (let x = n, y = m; x > 0; x--) {
    const c = came[x * width + y]!;
    if (onLink) {
      out.push(view.step(first + x - 1, from + y - 1, true));
      scores.push(view.pair(first + x - 1, from + y - 1)!);
      y--;
      onLink = (c & 1) === 0;
    } else {
      out.push(view.step(first + x - 1, from + y, false));
      scores.push(leftOut(first + x - 1));
      onLink = (c & 2) !== 0;
    }
  }
  return { steps: out.reverse(), scoredAs: scores.reverse() };
}

const UNREACHED = 0x3fffffff;
