/**
 * Scoring an alignment against a gold one, with the definitions of Sennrich &
 * Volk (2010) that the Bleualign, hunalign and vecalign figures use:
 * a test link is a strict hit if the gold has the identical link, a lax hit if
 * it overlaps a gold link on both sides. Precision counts every test link
 * (1-0 and 0-1 included); recall counts gold links with text on both sides,
 * against test links with text on both sides.
 */
import { SverkaError } from "../errors.js";

export interface GoldLink {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

export interface AlignmentScores {
  readonly precisionStrict: number;
  readonly recallStrict: number;
  readonly f1Strict: number;
  readonly precisionLax: number;
  readonly recallLax: number;
  readonly f1Lax: number;
  /** Links with an empty side (1-0, 0-1): found exactly, of those predicted and of those in the gold. */
  readonly nullPrecision: number;
  readonly nullRecall: number;
  readonly nullF1: number;
}

/** Raw counts, so several documents can be pooled before dividing. */
export interface ScoreCounts {
  pStrict: [hit: number, all: number];
  pLax: [hit: number, all: number];
  rStrict: [hit: number, all: number];
  rLax: [hit: number, all: number];
  nulls: [hitSingles: number, predicted: number, gold: number];
}

export function emptyCounts(): ScoreCounts {
  return { pStrict: [0, 0], pLax: [0, 0], rStrict: [0, 0], rLax: [0, 0], nulls: [0, 0, 0] };
}

const key = (l: GoldLink) => `${l.source.join(",")}:${l.target.join(",")}`;

/** Precision-style counts of `test` links against `gold` links. */
function precisionCounts(gold: readonly GoldLink[], test: readonly GoldLink[]): [number, number, number, number] {
  const goldKeys = new Set(gold.map(key));
  const srcToGoldTgt = new Map<number, Set<number>>();
  for (const g of gold) {
    for (const s of g.source) {
      let set = srcToGoldTgt.get(s);
      if (!set) {
        set = new Set();
        srcToGoldTgt.set(s, set);
      }
      for (const t of g.target) set.add(t);
    }
  }
  let strict = 0,
    lax = 0,
    all = 0;
  const seen = new Set<string>();
  for (const l of test) {
    if (l.source.length === 0 && l.target.length === 0) continue;
    const k = key(l);
    if (seen.has(k)) continue;
    seen.add(k);
    all++;
    if (goldKeys.has(k)) {
      strict++;
      lax++;
      continue;
    }
    if (l.source.some((s) => l.target.some((t) => srcToGoldTgt.get(s)?.has(t)))) lax++;
  }
  return [strict, lax, all, all];
}

/**
 * n-0 and 0-n links as one link a segment: three sentences left out are three sentences left out, however a gold file
 * groups them (`[3, 4, 5]:[]`). sverka writes them one a link, and a grouped gold line would match none of them.
 */
function nullsApart(links: readonly GoldLink[]): readonly GoldLink[] {
  if (!links.some((l) => (l.source.length === 0) !== (l.target.length === 0) && l.source.length + l.target.length > 1)) return links;
  return links.flatMap((l): GoldLink[] =>
    l.target.length === 0 && l.source.length > 1
      ? l.source.map((s) => ({ source: [s], target: [] }))
      : l.source.length === 0 && l.target.length > 1
        ? l.target.map((t) => ({ source: [], target: [t] }))
        : [l],
  );
}

/** Adds one document's comparison to `counts`. */
export function addCounts(counts: ScoreCounts, goldAsGiven: readonly GoldLink[], testAsGiven: readonly GoldLink[]): ScoreCounts {
  const [gold, test] = [nullsApart(goldAsGiven), nullsApart(testAsGiven)];
  const [ps, pl, pa] = precisionCounts(gold, test);
  const both = (l: GoldLink) => l.source.length > 0 && l.target.length > 0;
  const [rs, rl, ra] = precisionCounts(test.filter(both), gold.filter(both));
  counts.pStrict[0] += ps;
  counts.pStrict[1] += pa;
  counts.pLax[0] += pl;
  counts.pLax[1] += pa;
  counts.rStrict[0] += rs;
  counts.rStrict[1] += ra;
  counts.rLax[0] += rl;
  counts.rLax[1] += ra;
  // 1-0 and 0-1 links, one segment at a time: a passage of 5 dropped sentences is 5 items.
  const singles = (links: readonly GoldLink[]) => {
    const out = new Set<string>();
    for (const l of links) {
      if (l.target.length === 0) for (const s of l.source) out.add(`s${s}`);
      if (l.source.length === 0) for (const t of l.target) out.add(`t${t}`);
    }
    return out;
  };
  const goldNull = singles(gold);
  const testNull = singles(test);
  counts.nulls[0] += [...testNull].filter((x) => goldNull.has(x)).length;
  counts.nulls[1] += testNull.size;
  counts.nulls[2] += goldNull.size;
  return counts;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoresFrom(c: ScoreCounts): AlignmentScores {
  const precisionStrict = ratio(...c.pStrict);
  const recallStrict = ratio(...c.rStrict);
  const precisionLax = ratio(...c.pLax);
  const recallLax = ratio(...c.rLax);
  // With no 1-0/0-1 links in the gold and none predicted, finding none is perfect.
  const noNulls = c.nulls[1] === 0 && c.nulls[2] === 0;
  const nullPrecision = noNulls ? 1 : ratio(c.nulls[0], c.nulls[1]);
  const nullRecall = noNulls ? 1 : ratio(c.nulls[0], c.nulls[2]);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: f1(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: f1(precisionLax, recallLax),
    nullPrecision,
    nullRecall,
    nullF1: noNulls ? 1 : f1(nullPrecision, nullRecall),
  };
}

/** How many segments the links cover on each side (the highest id + 1: links of an alignment cover every segment). */
export function segmentCounts(links: readonly GoldLink[]): { source: number; target: number } {
  let source = 0;
  let target = 0;
  for (const l of links) {
    for (const s of l.source) source = Math.max(source, s + 1);
    for (const t of l.target) target = Math.max(target, t + 1);
  }
  return { source, target };
}

/**
 * Refuses to compare alignments of different segmentations: their segment
 * ids name different sentences, so any precision or recall would be noise.
 * `goldPath` and `testPath` name the files (or, as `scoreAlignment` calls it,
 * nothing: the message then speaks of the gold and the test alone).
 */
export function checkSameSegments(gold: readonly GoldLink[], test: readonly GoldLink[], goldPath?: string, testPath?: string): void {
  const g = segmentCounts(gold);
  const t = segmentCounts(test);
  if (g.source === t.source && g.target === t.target) return;
  const fix =
    goldPath === undefined
      ? "Score the test on the gold's own segments (`alignSegments` of its sentences)"
      : "Align the gold's own segments (its sentence files, one segment a line) with `sverka align --segmented -f json` and score that";
  throw new SverkaError(
    `the two alignments are of different segmentations: the gold${goldPath === undefined ? "" : ` (${goldPath})`} covers ${g.source} source and ${g.target} target segments, ` +
      `the test ${t.source} and ${t.target}, so their links cannot be compared. ${fix}`,
    testPath === undefined ? {} : { path: testPath },
  );
}

/** Refuses a segment id that names no segment (negative, fractional, not a number). */
function checkIds(links: readonly GoldLink[], name: string): void {
  for (const [i, l] of links.entries())
    for (const id of [...l.source, ...l.target])
      if (!Number.isInteger(id) || id < 0)
        throw new SverkaError(`link ${i + 1} of ${name} has the segment id ${id}: ids are whole numbers from 0, the first segment's`);
}

/**
 * Scores one document. Like `sverka eval`, it refuses alignments of
 * different segmentations (their ids name different sentences) and ids that
 * name no segment, with a `SverkaError`.
 */
export function scoreAlignment(gold: readonly GoldLink[], test: readonly GoldLink[]): AlignmentScores {
  checkIds(gold, "the gold");
  checkIds(test, "the test");
  checkSameSegments(gold, test);
  return scoresFrom(addCounts(emptyCounts(), gold, test));
}

/** Reads links written one a line as `[0, 1]:[2]` (the vecalign and Bleualign gold format). */
export function parseLinkLines(text: string, path = "<links>"): GoldLink[] {
  const links: GoldLink[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    // A blank line, or a note opening with "#" (a hand-written gold's: "# table rows below").
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const m = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*(?:\S.*)?$/.exec(line);
    if (!m) throw new SverkaError(`line ${i + 1}: expected a link such as [0, 1]:[2], found "${line.slice(0, 60)}"`, { path });
    const ids = (s: string) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter((x) => x !== "")
        .map(Number);
    links.push({ source: ids(m[1]!), target: ids(m[2]!) });
  });
  return links;
}

/** Writes links in the `[0, 1]:[2]` format. */
export function formatLinkLines(links: readonly GoldLink[]): string {
  return links.map((l) => `[${l.source.join(", ")}]:[${l.target.join(", ")}]\n`).join("");
}

/** Boundary precision, recall and F1 of predicted segment ends against gold ones. */
export function boundaryScores(
  gold: Iterable<number>,
  test: Iterable<number>,
): { precision: number; recall: number; f1: number; gold: number; test: number; hits: number } {
  const g = new Set(gold);
  const t = new Set(test);
  const hits = [...t].filter((x) => g.has(x)).length;
  const precision = ratio(hits, t.size);
  const recall = ratio(hits, g.size);
  return { precision, recall, f1: f1(precision, recall), gold: g.size, test: t.size, hits };
}
