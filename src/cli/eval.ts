/** `sverka eval`: an alignment against a gold one, or a folder of them against a folder of gold alignments. */
import { stat } from "node:fs/promises";
import { ExitCode, SverkaError } from "../errors.js";
import { pairAlignmentFolders } from "../eval/folders.js";
import { addCounts, checkSameSegments, emptyCounts, type GoldLink, type ScoreCounts, scoresFrom } from "../eval/index.js";
import { detectAlignmentFormat, readAlignment } from "../eval/read.js";
import { readJson } from "../formats/json.js";
import { readDocument } from "../read/index.js";
import type { Io } from "./index.js";

export interface EvalFlags {
  format: "text" | "json";
}

/** An alignment's links, and its segments' texts where it holds them (sverka JSON). */
interface ReadAlignment {
  readonly links: GoldLink[];
  readonly texts?: { readonly source: readonly string[]; readonly target: readonly string[] };
}

async function readLinks(path: string): Promise<ReadAlignment> {
  const text = (await readDocument(path)).text;
  if (detectAlignmentFormat(text) !== "json") return { links: readAlignment(text, path) };
  const b = readJson(text, path);
  return {
    links: b.links.map((l) => ({ source: l.source, target: l.target })),
    texts: { source: b.source.segments.map((g) => g.text), target: b.target.segments.map((g) => g.text) },
  };
}

/**
 * As `checkSameSegments`, and where both alignments hold their segments' texts, the same sentences: counts that agree by
 * chance name other sentences where one was segmented otherwise (stranger 303: raw text and sentence files, 24 and 22
 * segments each, scored 0.51 with no word).
 */
function checkSameSentences(gold: ReadAlignment, test: ReadAlignment, goldPath: string, testPath: string): void {
  checkSameSegments(gold.links, test.links, goldPath, testPath);
  if (!gold.texts || !test.texts) return;
  const fold = (t: string) => t.replace(/\s+/gu, " ").trim();
  for (const side of ["source", "target"] as const) {
    const [g, t] = [gold.texts[side], test.texts[side]];
    const at = g.findIndex((x, i) => fold(x) !== fold(t[i] ?? ""));
    if (at < 0) continue;
    const quote = (x: string) => `"${fold(x).length > 60 ? `${fold(x).slice(0, 59)}…` : fold(x)}"`;
    throw new SverkaError(
      `the two alignments are of different segmentations: ${side} segment ${at + 1} is ${quote(g[at]!)} in the gold (${goldPath}) and ${quote(t[at] ?? "")} in the test, ` +
        "so their links cannot be compared. Align the gold's own segments (its sentence files, one segment a line) with `sverka align --segmented -f json` and score that",
      { path: testPath },
    );
  }
}

/** Scores `testPath` against `goldPath`: two files, or two folders whose files pair by name. Returns the exit code. */
export async function evalCommand(goldPath: string, testPath: string, flags: EvalFlags, io: Io): Promise<number> {
  const kinds = await Promise.all(
    [goldPath, testPath].map((p) =>
      stat(p).then(
        (s) => s.isDirectory(),
        () => undefined,
      ),
    ),
  );
  // A path that is not there is named so, not called a file beside a folder (stranger 341: an --out-dir never written).
  const gone = [goldPath, testPath].find((_, n) => kinds[n] === undefined);
  if (gone !== undefined) throw new SverkaError(`${gone}: no such file or folder`);
  const folders = kinds as boolean[];
  if (folders[0] !== folders[1])
    throw new SverkaError(
      `${folders[0] ? goldPath : testPath} is a folder and ${folders[0] ? testPath : goldPath} a file: give two alignment files, or two folders whose files pair by name`,
    );
  if (folders[0]) return evalFolders(goldPath, testPath, flags, io);
  const [goldRead, testRead] = [await readLinks(goldPath), await readLinks(testPath)];
  checkSameSentences(goldRead, testRead, goldPath, testPath);
  const [gold, test] = [goldRead.links, testRead.links];
  const counts = addCounts(emptyCounts(), gold, test);
  if (flags.format === "json")
    io.stdout.write(
      `${JSON.stringify({ gold: goldPath, test: testPath, goldLinks: gold.length, testLinks: test.length, ...scoresFrom(counts) }, null, 2)}\n`,
    );
  else io.stdout.write(scoreTable(`gold ${goldPath} (${gold.length} links), test ${testPath} (${test.length} links)`, counts));
  return ExitCode.ok;
}

/** How many pairs the text report lists by name, worst first. */
const WORST_LISTED = 10;

/**
 * Every pair of the two folders scored, and all their links together (each link counted once, as one long
 * document's would be). A pair that cannot be scored (unreadable, or not the same segments) is named and
 * leaves the rest scored; the exit code is then 2, as for one pair.
 */
async function evalFolders(goldFolder: string, testFolder: string, flags: EvalFlags, io: Io): Promise<number> {
  const { pairs, goldOnly, testOnly } = await pairAlignmentFolders(goldFolder, testFolder);
  if (pairs.length === 0)
    throw new SverkaError(
      `no file of ${testFolder} has the name of a file of ${goldFolder} (gold/NAME.links is scored against test/NAME.json)`,
    );
  const total = emptyCounts();
  const scored: Array<{ name: string; gold: string; test: string; goldLinks: number; testLinks: number; counts: ScoreCounts }> = [];
  const failed: Array<{ name: string; error: string }> = [];
  for (const pair of pairs) {
    try {
      const [goldRead, testRead] = [await readLinks(pair.gold), await readLinks(pair.test)];
      checkSameSentences(goldRead, testRead, pair.gold, pair.test);
      const [gold, test] = [goldRead.links, testRead.links];
      const counts = addCounts(emptyCounts(), gold, test);
      addCounts(total, gold, test);
      scored.push({ ...pair, goldLinks: gold.length, testLinks: test.length, counts });
    } catch (error) {
      if (!(error instanceof SverkaError)) throw error;
      failed.push({ name: pair.name, error: error.message });
    }
  }
  const code = failed.length > 0 ? ExitCode.badInput : ExitCode.ok;
  if (flags.format === "json") {
    const report = {
      gold: goldFolder,
      test: testFolder,
      ...scoresFrom(total),
      pairs: scored.map(({ counts, ...p }) => ({ ...p, ...scoresFrom(counts) })),
      failed,
      goldOnly,
      testOnly,
    };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return code;
  }
  const links = (key: "goldLinks" | "testLinks") => scored.reduce((n, p) => n + p[key], 0);
  const worst = scored
    .map((p) => ({ name: p.name, f1: scoresFrom(p.counts).f1Strict }))
    .filter((p) => p.f1 < 1)
    .sort((a, b) => a.f1 - b.f1 || (a.name < b.name ? -1 : 1))
    .slice(0, WORST_LISTED);
  const lines = [
    scoreTable(
      `gold ${goldFolder}, test ${testFolder}: ${scored.length} pairs scored together (${links("goldLinks")} gold links, ${links("testLinks")} test links)`,
      total,
    ).trimEnd(),
    worst.length > 0
      ? `lowest strict F1: ${worst.map((p) => `${p.name} ${p.f1.toFixed(3)}`).join(", ")}`
      : scored.length > 0
        ? "every pair scored strict F1 1.000"
        : "no pair scored",
    ...failed.map((f) => `not scored: ${f.error}`),
    ...goldOnly.map((path) => `not scored: ${path} has no test file of its name in ${testFolder}`),
    ...testOnly.map((path) => `not scored: ${path} has no gold file of its name in ${goldFolder}`),
    "",
  ];
  io.stdout.write(lines.join("\n"));
  return code;
}

/** The scores as a table under a heading line. */
function scoreTable(heading: string, counts: ScoreCounts): string {
  const s = scoresFrom(counts);
  const f = (x: number) => x.toFixed(3);
  return [
    heading,
    `             precision  recall  F1`,
    `strict       ${f(s.precisionStrict)}      ${f(s.recallStrict)}   ${f(s.f1Strict)}`,
    `lax          ${f(s.precisionLax)}      ${f(s.recallLax)}   ${f(s.f1Lax)}`,
    // Scored 1.000 (none found of none): said as it is.
    counts.nulls[1] + counts.nulls[2] === 0
      ? "1-0 / 0-1    none in either alignment"
      : `1-0 / 0-1    ${f(s.nullPrecision)}      ${f(s.nullRecall)}   ${f(s.nullF1)}`,
    "",
  ].join("\n");
}
