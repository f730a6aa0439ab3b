/**
 * Monotonic alignment by dynamic programming over the two segment sequences.
 * Viterbi finds the cheapest path of links; forward-backward over the same
 * lattice gives each chosen link its posterior probability, the confidence a
 * reviewer sorts by.
 */

import { ceil, exp, INFINITY, log1p, max, min, round } from "../math.js";
import type { CostInputs, CostParams, PairFeatures, Token } from "../score/index.js";
import {
  boundHolds,
  COST,
  carriedLinkCost,
  DEFAULT_VARIANCE,
  estimateLengthModel,
  explainLink,
  LexicalEvidence,
  LIMIT,
  linkCarry,
  PRIOR,
  resolveCostParams,
  shapePriors,
  surelyAbove,
} from "../score/index.js";
import type { BlockVectors } from "../score/matches.js";
import type { LengthModel, Link, LinkKind } from "../types.js";
import { type Band, fullBand } from "./band.js";
import { COARSE_DIMS, type Corridor, corridorOf } from "./coarse.js";
import { splitDiagonals } from "./diagonal.js";
import {
  type Anchor,
  anchorChain,
  consistentWith,
  corroborated,
  denseEnough,
  edgeRows,
  firstFrom,
  gapStretches,
  guideBand,
  onceRuns,
  onceWindows,
  pathBand,
  trackAnchors,
  widenBand,
  withoutDetours,
  withoutStrays,
  withRectangles,
} from "./guide.js";
import { replacedPassages } from "./replaced.js";
import { joinRunIns } from "./runin.js";
import { packWeaves } from "./weaves.js";

export interface AlignOptions {
  /** Most segments on one side of a link (default 4: 1-4, 4-1, 2-2 and below). */
  readonly maxLinkSize?: number;
  /** Also search 2-3, 3-2 and 3-3 links (default false). */
  readonly manyToMany?: boolean;
  /**
   * "full" searches every cell (exact; quadratic), "band" a band around a path
   * that anchors suggest (linear), "auto" (default) the first for small
   * documents and the second for long ones.
   */
  readonly search?: "auto" | "full" | "band";
  /** Override cost weights. */
  readonly params?: Partial<CostParams>;
  /** Attach the cost terms and matched anchors to every link. */
  readonly explain?: boolean;
  /**
   * Told how the search goes: stage "align", rows of the lattice searched so
   * far and in all its passes (a pass in a grown band adds its rows to the
   * total). About 200 calls a search, whatever its length.
   */
  readonly onProgress?: (stage: string, done: number, total: number) => void;
}

/** Above this many lattice cells, "auto" search keeps to a band (about 700 x 700 segments). */
const FULL_SEARCH_CELLS = 500_000;
/** Cells either side of the anchor path, before any widening. */
const BAND_BASE = 12;
/** Cells either side of an earlier path, before any widening: the final search stays this close to the draft. */
const PATH_BAND_BASE = 12;
/**
 * How many times its first size the band around the rough path may grow to.
 * Where a path runs against its band's edge the band grows there, doubling;
 * a document pair with nothing to follow (two unrelated texts, which the
 * review then calls no translation) ran against it everywhere and grew it to
 * the whole table: 20,000 segments a side, more than 400 s and 5 GB. A real
 * translation grows it once, by a few per cent, if at all (an omitted
 * chapter, a translation cut to half).
 */
const MAX_BAND_GROWTH = 2;
/** The most the rectangles of gaps (`gapStretches`) add to the band, as a share of its size. */
const GAP_SHARE = 0.5;
/**
 * A link costing this many nats more than the best way into its cell carries
 * under e^-20 of the probability mass through that cell: left out of the
 * search and the posteriors without changing either measurably.
 */
const PRUNE = 20;

/**
 * The link shapes searched, [source count, target count]: 1-0 and 0-1, every
 * shape with one side single up to `maxLinkSize` (1-4, 4-1), 2-2, and, with
 * `manyToMany`, 2-3, 3-2 and 3-3. Those last ones are off by default: measured
 * on development data they merge correct 1-1 links more often than they find
 * real 3-3 ones.
 */
export function linkShapes(maxLinkSize: number, manyToMany = false): Array<readonly [number, number]> {
  const shapes: Array<readonly [number, number]> = [
    [1, 1],
    [1, 0],
    [0, 1],
  ];
  for (let a = 1; a <= maxLinkSize; a++) {
    for (let b = 1; b <= maxLinkSize; b++) {
      if (a === 1 && b === 1) continue;
      const many = a > 1 && b > 1;
      if (many && !(a === 2 && b === 2) && !(manyToMany && a <= 3 && b <= 3)) continue;
      shapes.push([a, b]);
    }
  }
  return shapes;
}

export interface AlignResult {
  readonly links: Link[];
  readonly model: LengthModel;
}

/**
 * Aligns prepared features. Without `model`, a first pass with the pair's
 * overall length ratio finds links to estimate the length model from; with
 * one (from an earlier alignment of the same pair), that pass is skipped.
 * `near`, a path from that earlier alignment, lets a long document search a
 * narrow band around it instead of around the anchors.
 */
/**
 * Whether each step is a one-to-one link of texts (written alike, token for token) that another link of the path
 * pairs with confidence: a repeated sentence and its repeated translation.
 */
function linkedElsewhere(steps: readonly Step[], confidences: readonly number[], f: PairFeatures): boolean[] {
  const sure = new Map<Token[], Set<Token[]>>();
  steps.forEach(([i, a, j, b], k) => {
    if (a !== 1 || b !== 1 || confidences[k]! < SURE_ELSEWHERE) return;
    const targets = sure.get(f.sourceTokens[i]!) ?? new Set<Token[]>();
    targets.add(f.targetTokens[j]!);
    sure.set(f.sourceTokens[i]!, targets);
  });
  return steps.map(([i, a, j, b]) => a === 1 && b === 1 && (sure.get(f.sourceTokens[i]!)?.has(f.targetTokens[j]!) ?? false));
}

/**
 * Whether two segments are written alike, token for token: a table's cells copied ("A", "A+", "IP54"), which share no
 * evidence where their one word is a function word of a language (English "a"): a row of them is no passage replaced.
 */
function copied(source: readonly Token[], target: readonly Token[]): boolean {
  return source.length > 0 && source.length === target.length && source.every((t, x) => t.surface === target[x]!.surface);
}

/** Whether each step is a one-to-one link of two segments written alike (`copied`). */
function copiedLinks(steps: readonly Step[], f: PairFeatures): boolean[] {
  return steps.map(([i, a, j, b]) => a === 1 && b === 1 && copied(f.sourceTokens[i]!, f.targetTokens[j]!));
}

/** A link this sure says its texts translate each other wherever else they stand. */
const SURE_ELSEWHERE = 0.9;

export function alignFeatures(f: PairFeatures, options: AlignOptions = {}, model?: LengthModel, near?: readonly Step[]): AlignResult {
  const rows = new RowProgress(options.onProgress, f.n + 1);
  const search = alignPath(f, options, model, near, true, rows);
  const posterior = posteriors(search.band, search.shapes, search.costs);
  // The evidence the search read, so that each link is explained by exactly the terms the search added.
  const inputs: CostInputs = { features: f, evidence: search.evidence, model: searchModel(search.model), params: search.params };
  const gaps = gatheredGaps(search.path, f);
  const gathered = packWeaves(gaps.steps, gaps.scoredAs, f);
  const confidences = gathered.scoredAs.map(([si, sa, sj, sb]) => posterior(si, sa, sj, sb));
  const replaced = replacedPassages(
    gathered.steps,
    confidences,
    gathered.steps.map(([i, a, j, b]) => (a > 0 && b > 0 ? search.evidence.group(i, i + a, j, j + b) : 0)),
    linkedElsewhere(gathered.steps, confidences, f),
    copiedLinks(gathered.steps, f),
    gathered.steps.map(([i, a]) => f.sourceCharSum[i + a]! - f.sourceCharSum[i]!),
  );
  const runIn = joinRunIns(
    replaced.steps,
    replaced.scores,
    (i0, i1, j0, j1) => search.evidence.group(i0, i1, j0, j1),
    f,
    max(1, options.maxLinkSize ?? 4),
  );
  const split = splitDiagonals(runIn.steps, runIn.scores, (i0, i1, j0, j1) => search.evidence.group(i0, i1, j0, j1), f);
  const links = split.steps.map(([i, a, j, b], k): Link => {
    const link: Link = {
      source: range(i, a),
      target: range(j, b),
      kind: `${a}-${b}` as LinkKind,
      score: split.scores[k]!,
    };
    return options.explain ? { ...link, explain: explainLink(inputs, i, a, j, b) } : link;
  });
  rows.finish();
  return { links, model: search.model };
}

/**
 * The path with each run of 1-1 links that stands between two runs of 1-0
 * links (or of 0-1 links) moved to the end of the run after it, beside the
 * link that follows, where the segments there are written exactly as its
 * own, in order, wherever they stand in their paragraphs (a passage left
 * out of a report from the middle of a paragraph leaves the translation's
 * next paragraph opening where the source's did not): one gap where
 * the search saw two. A sentence repeated word for word (a
 * template's clauses, a manual's warnings) costs the same linked anywhere,
 * and the search took the first copy inside a chapter left out of the
 * translation, so `check` told one omission as several passages. Links beside
 * no gap, or whose segments are written otherwise, are never moved.
 */
export function gatherGaps(path: readonly Step[], f: PairFeatures): Step[] {
  return gatheredGaps(path, f).steps;
}

/**
 * `gatherGaps`, with the step of the search's own path each step is scored
 * as: a step moved stands where the search never looked (outside its band,
 * perhaps), and takes the confidence of the step it replaces, whose segments
 * are written exactly as its own (a link moved, the link it was; a segment
 * it leaves out, the copy the search left out). Each other step is scored as itself.
 */
export function gatheredGaps(path: readonly Step[], f: PairFeatures): { steps: Step[]; scoredAs: Step[] } {
  const out: Array<[number, number, number, number]> = path.map(([i, a, j, b]) => [i, a, j, b]);
  const scoredAs: Step[] = path.slice();
  for (const side of [0, 1] as const) {
    const tokens = side === 0 ? f.sourceTokens : f.targetTokens;
    // A step leaving out one segment of this side (1-0 for the source, 0-1 for the target), and where a step stands on it.
    const gap = (s: readonly number[]) => (side === 0 ? s[1] === 1 && s[3] === 0 : s[1] === 0 && s[3] === 1);
    const one = (s: readonly number[]) => s[1] === 1 && s[3] === 1;
    const at = (s: readonly number[]) => (side === 0 ? s[0]! : s[2]!);
    const same = (x: number, y: number) => tokens[x]!.length > 0 && tokens[x] === tokens[y];
    for (let k = out.length - 2; k >= 1; k--) {
      if (!one(out[k]!) || !gap(out[k + 1]!)) continue;
      let first = k;
      while (first > 0 && one(out[first - 1]!)) first--;
      if (first === 0 || !gap(out[first - 1]!)) continue;
      const size = k - first + 1;
      let end = k + 1;
      while (end + 1 < out.length && gap(out[end + 1]!)) end++;
      // Onto the end of the run after, beside the link that follows it, where the segments there are written as the links'
      // own: a translation cut short ends in a run that no link follows, and its strays are left where they are.
      const to = end - size + 1;
      if (end + 1 >= out.length || to <= k) continue;
      let all = true;
      for (let x = 0; x < size && all; x++) all = same(at(out[to + x]!), at(out[first + x]!));
      if (!all) continue;
      // Rebuilt from the block's start: its own segments left out, the run up to `to`, the links there, the rest of the run.
      const [i0, , j0] = out[first]!;
      const left = Array.from({ length: size }, (_, x) => at(out[first + x]!));
      const run = out.slice(k + 1, end + 1).map(at);
      const rebuilt: Array<[number, number, number, number]> = [];
      const scores: Step[] = [];
      const was = scoredAs.slice(first, end + 1);
      const skip = (pos: number, other: number): [number, number, number, number] => (side === 0 ? [pos, 1, other, 0] : [other, 0, pos, 1]);
      const before = to - (k + 1);
      // The block's segments left out, scored as the copies the search left out; the links, as the block's own links.
      for (let x = 0; x < size; x++) {
        rebuilt.push(skip(left[x]!, side === 0 ? j0 : i0));
        scores.push(was[size + before + x]!);
      }
      for (let x = 0; x < before; x++) {
        rebuilt.push(skip(run[x]!, side === 0 ? j0 : i0));
        scores.push(was[size + x]!);
      }
      for (let x = 0; x < size; x++) {
        const pos = run[before + x]!;
        rebuilt.push(side === 0 ? [pos, 1, j0 + x, 1] : [i0 + x, 1, pos, 1]);
        scores.push(was[x]!);
      }
      for (let x = before + size; x < run.length; x++) {
        rebuilt.push(skip(run[x]!, side === 0 ? j0 + size : i0 + size));
        scores.push(was[size + x]!);
      }
      out.splice(first, end - first + 1, ...rebuilt);
      scoredAs.splice(first, end - first + 1, ...scores);
      k = first;
    }
  }
  return { steps: out, scoredAs };
}

export interface PathResult {
  /** The links as [first source, source count, first target, target count]. */
  readonly path: Step[];
  readonly model: LengthModel;
  readonly params: CostParams;
  readonly shapes: ReadonlyArray<readonly [number, number]>;
  readonly band: Band;
  /** The lexical evidence laid out over `band`, as the search read it. */
  readonly evidence: LexicalEvidence;
  /** Cost of the link of shape s ending at band cell c, at [c * shapes.length + s] (Infinity where it would leave the band). */
  readonly costs: KeptCosts;
}

/** The cheapest path without confidences (with `keepCosts`, the link costs of the band searched for them). */
export function alignPath(
  f: PairFeatures,
  options: AlignOptions = {},
  model?: LengthModel,
  near?: readonly Step[],
  keepCosts = false,
  rows = new RowProgress(options.onProgress, f.n + 1),
): PathResult {
  const params = resolveCostParams(options.params);
  const shapes = linkShapes(max(1, options.maxLinkSize ?? 4), options.manyToMany);
  const search = options.search ?? "auto";
  if (search === "full" || (search === "auto" && (f.n + 1) * (f.m + 1) <= FULL_SEARCH_CELLS)) {
    rows.expect(model ? 1 : 2);
    const band = fullBand(f.n, f.m);
    const evidence = LexicalEvidence.layOut(f.matches, band);
    if (!model) {
      const first = firstModel(f, anchorChain(f.matches.localAnchors(0, f.n, 0, f.m, 1), f.m));
      model = estimateModel(
        f,
        viterbi({ features: f, evidence, model: first, params }, shapes, band, false, undefined, rows.pass()).path,
        first.ratio,
      );
    }
    const found = viterbi({ features: f, evidence, model: searchModel(model), params }, shapes, band, keepCosts, undefined, rows.pass());
    return pathResult(found, model, params, shapes, band, evidence);
  }
  // Linear: first a rough path in a band around anchors tracked along the document; then the
  // real search in a narrow band around that path, grown where its best path runs against an edge.
  // Passes foreseen: the rough one where there is no earlier path, and the band search with one growth (most documents need one).
  const rough = !near || !model;
  rows.expect((rough ? 1 : 0) + (rough && !keepCosts ? 0 : 2));
  if (!near || !model) {
    if (!keepCosts) return roughPath(f, model, params, shapes, rows);
    // Only the path and the model go on: the rough band's evidence is let go before the real search lays out its own.
    ({ near, model } = roughStart(f, model, params, shapes, rows));
  }
  return bandSearch(f, model, params, shapes, near, keepCosts, rows);
}

/** A search's result, its fields in one order wherever it is made (one shape for the code reading it). */
function pathResult(
  found: { path: Step[]; costs: KeptCosts },
  model: LengthModel,
  params: CostParams,
  shapes: ReadonlyArray<readonly [number, number]>,
  band: Band,
  evidence: LexicalEvidence,
): PathResult {
  return { path: found.path, model, params, shapes, band, evidence, costs: found.costs };
}

/**
 * Rows searched over the passes of one alignment, told to `onProgress` as
 * stage "align" about 200 times a search; a pass not foreseen (a grown band)
 * adds its rows to the total.
 */
class RowProgress {
  private started = 0;
  private next = 0;
  private passes = 1;

  constructor(
    private readonly report: AlignOptions["onProgress"],
    private readonly rows: number,
  ) {}

  /** The passes the search foresees. */
  expect(passes: number): void {
    this.passes = passes;
  }

  /** The search is done (the confidences too): all its rows. */
  finish(): void {
    const total = max(this.passes, this.started) * this.rows;
    this.report?.("align", total, total);
  }

  /** The row callback of the next pass (nothing when nobody listens). */
  pass(): ((row: number) => void) | undefined {
    const report = this.report;
    if (!report) return undefined;
    if (this.started >= this.passes) this.passes++;
    const base = this.started++ * this.rows;
    const step = max(1, ceil(this.rows / 200));
    return (row) => {
      const done = base + row;
      if (done < this.next) return;
      this.next = done + step;
      report("align", done, this.passes * this.rows);
    };
  }
}

function roughStart(
  f: PairFeatures,
  given: LengthModel | undefined,
  params: CostParams,
  shapes: ReadonlyArray<readonly [number, number]>,
  rows: RowProgress,
): { near: Step[]; model: LengthModel } {
  const rough = roughPath(f, given, params, shapes, rows);
  return { near: rough.path, model: rough.model };
}

/** A first alignment of the pair, to learn word translations from: its links and length model (nothing of its evidence is kept). */
export function draftAlignment(
  f: PairFeatures,
  options: AlignOptions = {},
): { path: Step[]; model: LengthModel; links: Array<{ source: number[]; target: number[] }> } {
  const rows = new RowProgress(options.onProgress, f.n + 1);
  const { path, model } = alignPath(f, options, undefined, undefined, false, rows);
  rows.finish();
  return { path, model, links: path.map(([i, a, j, b]) => ({ source: range(i, a), target: range(j, b) })) };
}

/**
 * A path in a band around anchors tracked along the document, and the length
 * model it gives. No growing here: this path only centres the real search
 * (which grows its own band) and feeds learning.
 */
function roughPath(
  f: PairFeatures,
  given: LengthModel | undefined,
  params: CostParams,
  shapes: ReadonlyArray<readonly [number, number]>,
  rows?: RowProgress,
): PathResult {
  // Words found once in each whole document pin the path: a window's anchors that contradict them are
  // dropped, so tracking cannot follow a template's wording into the wrong copy across a long omission.
  const once = corroborated(anchorChain([...f.matches.localAnchors(0, f.n, 0, f.m, 1), ...numberRunAnchors(f)], f.m), f.n, f.m);
  const model = given ? searchModel(given) : firstModel(f, once);
  // Where few words are found once, the coarse path over blocks of segments (through the pins) says which stretches the anchors may come from.
  // Made once: the search without a detour's pins asks for the same blocks (the pair's sizes are the same).
  let blocks: { source: BlockVectors; target: BlockVectors } | undefined;
  const vectors = (sourceSize: number, targetSize: number) => (blocks ??= f.matches.blockVectors(sourceSize, targetSize, COARSE_DIMS));
  let best = pinnedSearch(f, once, model, params, shapes, corridorOf(f.n, f.m, once, vectors), rows);
  // Pins the chain jumps out to and back from may be a repeated text's chance: the search with them and without keeps the cheaper path.
  const direct = withoutDetours(once, f.n, f.m);
  if (direct) {
    const other = pinnedSearch(f, direct, model, params, shapes, corridorOf(f.n, f.m, direct, vectors), rows);
    if (other.found.cost < best.found.cost) best = other;
  }
  const { found, band, evidence } = best;
  return pathResult(found, given ?? estimateModel(f, found.path, model.ratio), params, shapes, band, evidence);
}

/** The rough search in a band around anchors tracked along the document, held to `once`, the pins. */
function pinnedSearch(
  f: PairFeatures,
  once: readonly Anchor[],
  model: LengthModel,
  params: CostParams,
  shapes: ReadonlyArray<readonly [number, number]>,
  corridor: Corridor | undefined,
  rows?: RowProgress,
): { found: ReturnType<typeof viterbi>; band: Band; evidence: LexicalEvidence } {
  const pinsHold = consistentWith(once);
  const holds = corridor ? (i: number, j: number) => pinsHold(i, j) && corridor.allows(i, j) : pinsHold;
  // A window holds the pins in it too: where a window's own words are all repeated (a template's copies), they carry the tracking on.
  const pinned = (i0: number, i1: number, j0: number, j1: number) => {
    const out: Anchor[] = [];
    for (let q = firstFrom(once, i0); q < once.length && once[q]![0] < i1; q++)
      if (once[q]![1] >= j0 && once[q]![1] < j1) out.push(once[q]!);
    return out;
  };
  const chain = withoutStrays(
    trackAnchors(
      f.n,
      f.m,
      (i0, i1, j0, j1) => [...f.matches.localAnchors(i0, i1, j0, j1).filter(([i, j]) => holds(i, j)), ...pinned(i0, i1, j0, j1)],
      once,
      corridor,
    ),
  );
  const band = guideBand(f.n, f.m, chain, BAND_BASE);
  const evidence = LexicalEvidence.layOut(f.matches, band);
  const found = viterbi({ features: f, evidence, model, params }, shapes, band, false, undefined, rows?.pass());
  return { found, band, evidence };
}

/**
 * Pairs of segments where the same run of numbers starts on both sides, and
 * nowhere else on either (`onceRuns`: a segment's significant numbers and the
 * next one's; `onceWindows`: every number, small ones too, several segments
 * on). A document built from one template (copies of a contract, clauses
 * numbered anew in each, the same wording clause after clause) has no word
 * found once, and a window's rare words then lead the tracking into another
 * copy of the text after a long omission (clause 149 of an earlier copy for
 * clause 149 of the next); its amounts, dates and terms in sequence still
 * tell one place from every other.
 */
export function numberRunAnchors(f: PairFeatures): Anchor[] {
  const items = (lists: PairFeatures["sourceNumbers"]) => (k: number) => lists.ids.subarray(lists.start[k], lists.start[k + 1]);
  const runs = onceRuns(items(f.sourceNumbers), f.n, items(f.targetNumbers), f.m);
  const windows = onceWindows(numbersWritten(f.sourceTokens), f.n, numbersWritten(f.targetTokens), f.m);
  return denseEnough(runs.length === 0 ? windows : windows.length === 0 ? runs : runs.concat(windows), f.n, f.m);
}

/** Each segment's numbers as written, small ones too ("5 август 2016" is 5 and 2016): once per token list (segments of one text share theirs). */
function numbersWritten(tokens: readonly Token[][]): (k: number) => readonly string[] {
  const lists = new Map<readonly Token[], readonly string[]>();
  return (k) => {
    const list = tokens[k]!;
    let numbers = lists.get(list);
    if (!numbers) {
      const out: string[] = [];
      for (const t of list) if (t.kind === "number") out.push(t.key);
      numbers = out;
      lists.set(list, numbers);
    }
    return numbers;
  };
}

/**
 * The search in a narrow band around a path, grown where its best path runs
 * against an edge. Each band's evidence is laid out once, and let go before the next one's.
 */
function bandSearch(
  f: PairFeatures,
  model: LengthModel,
  params: CostParams,
  shapes: ReadonlyArray<readonly [number, number]>,
  near: readonly Step[],
  keepCosts: boolean,
  rows: RowProgress,
): PathResult {
  const margin = max(...shapes.map(([a, b]) => max(a, b))) + 1;
  const scratch = new Scratch();
  let band = pathBand(f.n, f.m, near, PATH_BAND_BASE);
  const most = min((f.n + 1) * (f.m + 1), MAX_BAND_GROWTH * band.size);
  // A stretch of one side left out is searched whole, a path around anchors may have woven through it (`gapStretches`): out of
  // the growth the band is allowed, at most half its size (two texts that are no translation have such stretches everywhere).
  band = withRectangles(band, gapStretches(f.n, f.m, near), band.size * GAP_SHARE);
  let evidence: LexicalEvidence | undefined;
  for (let extra = PATH_BAND_BASE; ; extra *= 2) {
    evidence = undefined;
    evidence = LexicalEvidence.layOut(f.matches, band);
    const found = viterbi({ features: f, evidence, model: searchModel(model), params }, shapes, band, keepCosts, scratch, rows.pass());
    const touched = edgeRows(band, found.path, margin);
    if (touched.length === 0 || band.size >= most) return pathResult(found, model, params, shapes, band, evidence);
    band = widenBand(band, found.path, touched, extra);
  }
}

/**
 * The least length variance the search costs links with. A document made
 * from one template (contracts, manuals) gives an estimate near the lower
 * bound of 1, and the few freely translated sentences among it then cost so
 * much as 1-1 links that two of them merge into a 2-2 of average length.
 * The bitext keeps the estimate itself, which the review judges lengths by.
 */
const MIN_SEARCH_VARIANCE = 2;

/**
 * The model the search costs links with: the estimate, its variance at least
 * MIN_SEARCH_VARIANCE. Always a new object made here, of the one shape the
 * other models have: a model of another shape (a copy by spreading, or one
 * read from elsewhere) made V8 throw away the compiled cost code and compile
 * it again, less specialised, for the final search.
 */
export function searchModel(model: LengthModel): LengthModel {
  // Not Math.max: a variance that is not a number gets the least, as it always has.
  if (model.variance >= MIN_SEARCH_VARIANCE) return lengthModel(model.ratio, model.variance);
  return lengthModel(model.ratio, MIN_SEARCH_VARIANCE);
}

/** A length model, its fields in the order every model of the search has them. */
function lengthModel(ratio: number, variance: number): LengthModel {
  return { ratio, variance };
}

/**
 * The length model before any links are known: the document's overall
 * length ratio and the textbook variance. But where the sentence pairs that
 * share words found once in each document (`anchors`, a monotone chain) say
 * a ratio far from the overall one, most of one side has no counterpart (a
 * translation cut short, a chapter left out of a short document): the
 * overall ratio would cost every link as if each sentence had been
 * translated four times shorter, and the search would merge them in fours.
 * The anchors' ratio is taken then.
 */
export function firstModel(f: PairFeatures, anchors: ReadonlyArray<readonly [number, number, ...number[]]> = []): LengthModel {
  const ratio = anchoredRatio(f, anchors) ?? languagesRatio(f) ?? f.charRatio;
  return { ratio, variance: DEFAULT_VARIANCE * max(1, ratio) };
}

/** Distinct sentence pairs of anchors needed before their ratio counts. */
const MIN_RATIO_ANCHORS = 2;
/** How far (as a factor either way) the anchors' ratio must be from the overall one to be taken instead. */
const RATIO_APART = 1.4;

/** The length ratio of the sentence pairs the anchors link, where it is RATIO_APART or more from the overall ratio; else undefined. */
function anchoredRatio(f: PairFeatures, anchors: ReadonlyArray<readonly [number, number, ...number[]]>): number | undefined {
  let pairs = 0;
  let source = 0;
  let target = 0;
  let last: readonly [number, number, ...number[]] | undefined;
  for (const a of anchors) {
    // A chain is monotone: a pair said twice is said in a row.
    if (last && last[0] === a[0] && last[1] === a[1]) continue;
    last = a;
    pairs++;
    source += f.sourceChars[a[0]]!;
    target += f.targetChars[a[1]]!;
  }
  if (pairs < MIN_RATIO_ANCHORS || source === 0 || target === 0) return undefined;
  const ratio = target / source;
  return ratio > f.charRatio * RATIO_APART || ratio * RATIO_APART < f.charRatio ? ratio : undefined;
}

/** How far (as a factor either way) the overall ratio must be from the languages' for theirs to be taken instead. */
const RATIO_UNLIKE = 2;

/**
 * The languages' expected ratio (`PairFeatures.expectedRatio`), where the overall one is RATIO_UNLIKE or more from it
 * and no anchors said another: a short translation that left most of its source out. Its overall ratio made leaving
 * out look usual: a Markdown topic's heading and three sentences, translated as its heading alone, was one 4-1 link
 * of a ratio of 0.21 with nothing flagged above information (stranger 203's stub). Else undefined.
 */
function languagesRatio(f: PairFeatures): number | undefined {
  const e = f.expectedRatio;
  return e > 0 && (f.charRatio > e * RATIO_UNLIKE || f.charRatio * RATIO_UNLIKE < e) ? e : undefined;
}

/** The length model re-estimated from a path's links (`modelLengths`; too few: the first model's ratio). */
function estimateModel(f: PairFeatures, path: readonly Step[], fallbackRatio = f.charRatio): LengthModel {
  return estimateLengthModel(modelLengths(path, f.sourceChars, f.targetChars), fallbackRatio);
}

/**
 * The lengths a length model is estimated from: those of the 1-1 links,
 * where most links with text on both sides are 1-1; else those of the 1-1,
 * 2-1 and 1-2 links, each side's segments summed, as the search costs them.
 * A translation that joins its source's sentences two by two has few 1-1
 * links, and those mostly wrong (a sentence left alone, the next one linked
 * to both's translation, twice its length): a model of them made such links
 * look usual (a stranger's pair: ratio 1.28 and variance 19 for text of 0.92,
 * 5 % of its joins a sentence "not translated"). Wider links are left out: a
 * first pass over a translation cut short spreads the source over what there
 * is in 3-1 and 4-1 links, and their ratio is the cut's, not the language's.
 * Every link for every pair was tried: Bleualign's held-out F1 0.857 to
 * 0.851, NTREX's dev 1-0 and 0-1 F1 0.971 to 0.961.
 */
export function modelLengths(
  path: ReadonlyArray<readonly [number, number, number, number]>,
  sourceChars: ArrayLike<number>,
  targetChars: ArrayLike<number>,
): Array<readonly [number, number]> {
  const ones: Array<readonly [number, number]> = [];
  let linked = 0;
  for (const [i, a, j, b] of path) {
    if (a === 0 || b === 0) continue;
    linked++;
    if (a === 1 && b === 1) ones.push([sourceChars[i]!, targetChars[j]!]);
  }
  if (2 * ones.length >= linked) return ones;
  const out: Array<readonly [number, number]> = [];
  for (const [i, a, j, b] of path) {
    if (a === 0 || b === 0 || a + b > 3) continue;
    let s = 0;
    let t = 0;
    for (let x = i; x < i + a; x++) s += sourceChars[x]!;
    for (let y = j; y < j + b; y++) t += targetChars[y]!;
    out.push([s, t]);
  }
  return out;
}

/**
 * A draft whose links join (2-1) or split (1-2) at least this share of the
 * time shows a translator's habit, not the occasional merge the usual priors
 * expect: the drafts of NTREX's and Bleualign's documents reach 0.10 and 0.15.
 */
const HABIT_SHARE = 0.2;

/**
 * The cost weights for the final search of a pair whose draft joins or
 * splits sentences by habit (`HABIT_SHARE`): the 2-1 and 1-2 priors raised to
 * their shares of the draft's links with text on both sides. With the usual
 * priors a 2-1 link costs as much as a 1-1 and a 1-0 beside it, so where a
 * translation joins every two sentences and the second is short
 * ("Положението е изключително зле."), the lengths alone decided and the
 * short one was left "not translated" (a stranger's 20k pair: 111 false
 * errors). Any other pair keeps the given weights, the same object. Raising
 * them for every pair was tried: Bleualign's dev F1 0.866 to 0.841.
 */
export function joinedPriors(path: ReadonlyArray<readonly [number, number, number, number]>, params: CostParams): CostParams {
  let linked = 0;
  let joined = 0;
  let split = 0;
  for (const [, a, , b] of path) {
    if (a === 0 || b === 0) continue;
    linked++;
    if (a === 2 && b === 1) joined++;
    else if (a === 1 && b === 2) split++;
  }
  if (joined < HABIT_SHARE * linked && split < HABIT_SHARE * linked) return params;
  const share = (count: number, given: number | undefined) => max(given ?? params.otherKind, count / linked);
  return { ...params, priors: { ...params.priors, "2-1": share(joined, params.priors["2-1"]), "1-2": share(split, params.priors["1-2"]) } };
}

/**
 * Buffers the searches of one alignment share: on a long document they run
 * to hundreds of megabytes, and a search run again in a grown band should
 * not hold two sets while the collector catches up. Grown with some slack.
 */
class Scratch {
  private u16 = new Uint16Array(0);
  private f64 = new Float64Array(0);
  private i8 = new Int8Array(0);

  costs(size: number): KeptCosts {
    if (this.u16.length < size) {
      this.u16 = new Uint16Array(0);
      this.u16 = new Uint16Array(ceil(size * 1.1));
    }
    return new KeptCosts(this.u16.subarray(0, size));
  }

  cost(size: number): Float64Array {
    if (this.f64.length < size) {
      this.f64 = new Float64Array(0);
      this.f64 = new Float64Array(ceil(size * 1.1));
    }
    return this.f64.subarray(0, size);
  }

  back(size: number): Int8Array {
    if (this.i8.length < size) {
      this.i8 = new Int8Array(0);
      this.i8 = new Int8Array(ceil(size * 1.1));
    }
    return this.i8.subarray(0, size);
  }
}

/**
 * Link costs kept for forward-backward, in 16 bits: steps of 1/256 nat from
 * -128 to +128 (beyond, they saturate). A posterior moves by well under 1 %;
 * the memory is a quarter of doubles', which counts on a long document.
 */
class KeptCosts {
  static readonly UNREACHABLE = 0xffff;

  /** The quantised costs (read in place by forward-backward's loops). */
  constructor(readonly q: Uint16Array) {}

  /** Every link unreachable (as `set` to Infinity). */
  unreachable(): this {
    this.q.fill(KeptCosts.UNREACHABLE);
    return this;
  }

  set(k: number, cost: number): void {
    this.q[k] = cost === INFINITY ? KeptCosts.UNREACHABLE : round((min(127.99, max(-128, cost)) + 128) * 256);
  }

  get(k: number): number {
    const q = this.q[k]!;
    return q === KeptCosts.UNREACHABLE ? INFINITY : q / 256 - 128;
  }
}

export type Step = readonly [i: number, a: number, j: number, b: number];

/** Consecutive ids: range(3, 2) is [3, 4]. */
export function range(start: number, count: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(start + k);
  return out;
}

/**
 * What a search that keeps no costs prunes by, above the best way into a
 * cell found so far: only a link that beats it matters there, and this
 * margin covers rounding (and the length term's fit, which dips 3e-8 below
 * zero) many times over, so a link pruned by it could never have won.
 */
const PATH_MARGIN = 1e-6;

/**
 * Viterbi over the band. With `keep`, the cost of every link considered is
 * kept for forward-backward (in 16 bits: posteriors need no more). `onRow`
 * hears of each row begun (it throttles itself).
 */
function viterbi(
  inputs: CostInputs,
  shapes: ReadonlyArray<readonly [number, number]>,
  band: Band,
  keep = false,
  scratch = new Scratch(),
  onRow?: (row: number) => void,
): { path: Step[]; costs: KeptCosts; cost: number } {
  const f = inputs.features;
  const S = shapes.length;
  // Every link unreachable until costed: most never are (out of the band, or pruned).
  const costs = scratch.costs(keep ? band.size * S : 0).unreachable();
  const cost = scratch.cost(band.size).fill(INFINITY);
  const back = scratch.back(band.size).fill(-1);
  const priors = shapePriors(inputs.params, shapes);
  const order = searchOrder(shapes, keep);
  // Links that cannot come within PRUNE nats of the best way here change neither the path nor any posterior;
  // without posteriors to compute, only a link that beats the best way here changes anything.
  const margin = keep || !boundHolds(inputs.params) ? PRUNE : PATH_MARGIN;
  const run: ViterbiRun = {
    inputs,
    band,
    costs,
    cost,
    back,
    // The shapes in the order costed, each with what it reads.
    shape: order,
    shapeA: Int32Array.from(order, (s) => shapes[s]![0]),
    shapeB: Int32Array.from(order, (s) => shapes[s]![1]),
    prior: Float64Array.from(order, (s) => priors[s]!),
    from: new Int32Array(order.length),
    to: new Int32Array(order.length),
    offset: new Int32Array(order.length),
    margin,
    keep,
    S,
    sourceTilt: f.n > 0 ? SKIP_TILT / f.n : 0,
    targetTilt: f.m > 0 ? SKIP_TILT / f.m : 0,
    n: f.n,
    m: f.m,
  };
  cost[0] = 0;
  for (let i = 0; i <= f.n; i++) {
    onRow?.(i);
    rowReach(run, i);
    viterbiRow(run, i);
  }
  // The cost of the best path: what the rough search's two ways are compared by.
  return { path: tracePath(band, shapes, back), costs, cost: cost[band.index(f.n, f.m)]! };
}

/** What each row of one search reads and writes. */
interface ViterbiRun {
  readonly inputs: CostInputs;
  readonly band: Band;
  readonly costs: KeptCosts;
  readonly cost: Float64Array;
  readonly back: Int8Array;
  /** The shapes in the order costed (`searchOrder`): shape[t] is the t-th, shapeA[t] x shapeB[t] its size, prior[t] its prior. */
  readonly shape: Int32Array;
  readonly shapeA: Int32Array;
  readonly shapeB: Int32Array;
  readonly prior: Float64Array;
  /**
   * For the row being searched, where the t-th shape's link can end: at
   * target positions from[t]..to[t] (empty where its first row is above the
   * lattice), coming from band cell j + offset[t]. Worked out once a row:
   * the band's bounds of the rows above do not change along it.
   */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly offset: Int32Array;
  readonly margin: number;
  readonly keep: boolean;
  /** How many shapes (the stride of `costs`). */
  readonly S: number;
  /** SKIP_TILT over the source's and the target's length: what a 1-0 (0-1) link costs more for each segment before the end. */
  readonly sourceTilt: number;
  readonly targetTilt: number;
  readonly n: number;
  readonly m: number;
}

/**
 * A sentence left without counterpart costs this much more at the start of a
 * document than at its end, evenly in between. Where the same sentence is
 * said many times (a template, a checklist), the copies a translation kept
 * cost the same to within rounding wherever the path takes them, and the
 * rounding chose: a translation of a document's first tenth had its last
 * eight sentences linked to copies thousands of sentences on, splitting the
 * omission in five. The tilt, far below any evidence (a thousandth of a
 * nat), keeps a path together and its omissions at the end, where a
 * translation cut short has them. Posteriors do not see it.
 */
export const SKIP_TILT = 1e-3;

/** Where each shape's link can end in row i, and the band cell it comes from (`ViterbiRun.from`, `to`, `offset`). */
function rowReach(run: ViterbiRun, i: number): void {
  const { lo, hi, rowStart } = run.band;
  const { shapeA, shapeB, from, to, offset } = run;
  for (let t = 0; t < shapeA.length; t++) {
    const pi = i - shapeA[t]!;
    const b = shapeB[t]!;
    if (pi < 0) {
      from[t] = 1;
      to[t] = 0;
      offset[t] = 0;
    } else {
      // The link from (pi, j - b): inside the band where lo[pi] <= j - b <= hi[pi].
      from[t] = lo[pi]! + b;
      to[t] = hi[pi]! + b;
      offset[t] = rowStart[pi]! - lo[pi]! - b;
    }
  }
}

/**
 * Row i of the search: every cell's best way in. A function of its own, so
 * that V8 compiles it once as a whole (a loop nest inside `viterbi` was
 * compiled on the stack, at each pass's first long row and again after each
 * deoptimization).
 */
function viterbiRow(run: ViterbiRun, i: number): void {
  // A number to the compiler, as INFINITY itself is not: the costs below are then never boxed (src/math.ts).
  const inf = +INFINITY;
  const { inputs, costs, cost, back, shape, shapeA, shapeB, prior, from, to, offset, margin, keep, S, sourceTilt, targetTilt, n, m } = run;
  const { lo, hi, rowStart } = run.band;
  const T = shape.length;
  const rowLo = lo[i]!;
  const rowHi = hi[i]!;
  const rowBase = rowStart[i]! - rowLo;
  for (let j = rowLo; j <= rowHi; j++) {
    const here = rowBase + j;
    let best = cost[here]!;
    let bestShape = back[here]!;
    for (let t = 0; t < T; t++) {
      const s = shape[t]!;
      let c = inf;
      if (j >= from[t]! && j <= to[t]!) {
        const base = cost[j + offset[t]!]!;
        if (base !== inf) {
          const a = shapeA[t]!;
          const b = shapeB[t]!;
          let link = prior[t]!;
          if (a !== 0 && b !== 0) {
            linkCarry[PRIOR] = link;
            linkCarry[LIMIT] = best - base + margin;
            // Most links end at the bound, asked first in a call small enough to be inlined.
            if (surelyAbove(inputs, i - a, a, j - b, b)) link = inf;
            else {
              carriedLinkCost(inputs, i - a, a, j - b, b, undefined, true);
              link = linkCarry[COST]!;
            }
          }
          if (keep && link !== inf) costs.set(here * S + s, link);
          c = base + link;
          if (a === 0) c += targetTilt * (m - j);
          else if (b === 0) c += sourceTilt * (n - i);
        }
      }
      // The first shape of equals wins, in whatever order they were costed.
      if (c < best || (c === best && s < bestShape)) {
        best = c;
        bestShape = s;
      }
    }
    cost[here] = best;
    back[here] = bestShape;
  }
}

/**
 * The order a search costs the shapes in. Without costs to keep, a link
 * needs costing only where it could beat the best way into its cell found
 * so far: the links that skip a segment cost their prior alone, and costed
 * first they give the 1-1 link (costed whole where it comes first) a limit.
 * The cheapest and the first shape of equals are the same in any order.
 * Keeping costs, every link within PRUNE of the best so far is kept, so the
 * order stays as given.
 */
function searchOrder(shapes: ReadonlyArray<readonly [number, number]>, keep: boolean): Int32Array {
  const order = shapes.map((_, s) => s);
  if (keep) return Int32Array.from(order);
  const skips = order.filter((s) => shapes[s]![0] === 0 || shapes[s]![1] === 0);
  return Int32Array.from([...skips, ...order.filter((s) => !skips.includes(s))]);
}

/** The path Viterbi's back pointers give, from the last cell to the first. */
function tracePath(band: Band, shapes: ReadonlyArray<readonly [number, number]>, back: Int8Array): Step[] {
  const steps: Step[] = [];
  let i = band.n;
  let j = band.m;
  while (i > 0 || j > 0) {
    const s = back[band.index(i, j)]!;
    if (s < 0) throw new Error(`alignment lattice has no path through (${i}, ${j})`);
    const [a, b] = shapes[s]!;
    i -= a;
    j -= b;
    steps.push([i, a, j, b]);
  }
  return steps.reverse();
}

/**
 * Posterior probability of any link, from forward and backward sums over all
 * paths in the band (links Viterbi found unreachable from the start carry
 * Infinity and drop out).
 */
function posteriors(
  band: Band,
  shapes: ReadonlyArray<readonly [number, number]>,
  costs: KeptCosts,
): (i: number, a: number, j: number, b: number) => number {
  const fwd = forward(band, shapes, costs);
  const bwd = backward(band, shapes, costs);
  const S = shapes.length;
  const total = fwd[band.size - 1]!;
  return (i, a, j, b) => {
    const s = shapes.findIndex(([x, y]) => x === a && y === b);
    const from = band.index(i, j);
    const to = band.index(i + a, j + b);
    // A link outside the band was never weighed: no path the search saw takes it (and no NaN reaches the bitext).
    if (from < 0 || to < 0 || s < 0) return 0;
    const logP = fwd[from]! - costs.get(to * S + s) + bwd[to]! - total;
    return min(1, max(0, exp(logP)));
  };
}

/** Log of the summed probability of every path from the start to each cell. */
function forward(band: Band, shapes: ReadonlyArray<readonly [number, number]>, costs: KeptCosts): Float64Array {
  const S = shapes.length;
  const offset = new Int32Array(S);
  const q = costs.q;
  const { lo, hi, rowStart, n } = band;
  const fwd = new Float64Array(band.size).fill(-INFINITY);
  fwd[0] = 0;
  for (let i = 0; i <= n; i++) {
    linkOffsets(band, shapes, i, offset);
    const rowBase = rowStart[i]! - lo[i]!;
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = rowBase + j;
      let acc = fwd[here]!;
      for (let s = 0; s < S; s++) {
        // KeptCosts.get, read in place.
        const k = q[here * S + s]!;
        if (k === KeptCosts.UNREACHABLE) continue;
        const prev = fwd[j + offset[s]!]!;
        if (prev === -INFINITY) continue;
        acc = logAdd(acc, prev - (k / 256 - 128));
      }
      fwd[here] = acc;
    }
  }
  return fwd;
}

/**
 * For row i, where the link of each shape ending at (i, j) starts: band cell
 * j + offset[s] (0 where that row is above the lattice: no link of the shape
 * ends in row i, nor is any kept).
 */
function linkOffsets(band: Band, shapes: ReadonlyArray<readonly [number, number]>, i: number, offset: Int32Array): void {
  const { lo, rowStart } = band;
  for (let s = 0; s < offset.length; s++) {
    const pi = i - shapes[s]![0];
    offset[s] = pi < 0 ? 0 : rowStart[pi]! - lo[pi]! - shapes[s]![1];
  }
}

/** Log of the summed probability of every path from each cell to the end. */
function backward(band: Band, shapes: ReadonlyArray<readonly [number, number]>, costs: KeptCosts): Float64Array {
  const S = shapes.length;
  const offset = new Int32Array(S);
  const q = costs.q;
  const { lo, hi, rowStart, n } = band;
  const bwd = new Float64Array(band.size).fill(-INFINITY);
  bwd[band.size - 1] = 0;
  for (let i = n; i >= 0; i--) {
    linkOffsets(band, shapes, i, offset);
    const rowBase = rowStart[i]! - lo[i]!;
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const here = rowBase + j;
      const from = bwd[here]!;
      if (from === -INFINITY) continue;
      // Push backward mass to every cell a link ends here from.
      for (let s = 0; s < S; s++) {
        const k = q[here * S + s]!;
        if (k === KeptCosts.UNREACHABLE) continue;
        const prev = j + offset[s]!;
        bwd[prev] = logAdd(bwd[prev]!, from - (k / 256 - 128));
      }
    }
  }
  return bwd;
}

/**
 * log(e^x + e^y). Where one term is under e^-38 of the other and the larger
 * is at least 1 in size, the sum is the larger exactly (what is added is
 * below half its last bit): the exponential is not worked out.
 */
export function logAdd(x: number, y: number): number {
  if (x === -INFINITY) return y;
  if (y === -INFINITY) return x;
  if (x > y) return y - x < -NEGLIGIBLE && (x >= 1 || x <= -1) ? x : x + log1p(exp(y - x));
  return x - y < -NEGLIGIBLE && (y >= 1 || y <= -1) ? y : y + log1p(exp(x - y));
}

/** Nats below which a term of `logAdd` vanishes in the sum: e^-38 is under half the last bit of any number of size 1 or more. */
const NEGLIGIBLE = 38;
