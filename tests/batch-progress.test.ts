/**
 * `sverka batch` on a terminal: a long pair's own stage and percent on the bar (carried from its worker thread,
 * thinned), nothing when piped; and what `--merge-tmx` merged and dropped, said as `sverka merge` says it.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EVERY_MS, QUIET_MS, thinned } from "../src/batch/progress.js";
import { batchDir, sverka } from "./helpers.js";

/** A pair long enough to run for a good part of a second (`n` segments a side, one a line), beside the batch's two short ones. */
function withLongPair(n: number): string {
  const dir = batchDir({
    "long.bg.txt": Array.from({ length: n }, (_, k) => `Изречение номер ${k + 1} говори за ${(k * 7) % 97} неща.`).join("\n"),
    "long.en.txt": Array.from({ length: n }, (_, k) => `Sentence number ${k + 1} speaks of ${(k * 7) % 97} things.`).join("\n"),
  });
  return dir;
}

/** The bar's frames as the terminal shows them: cli-progress starts each at column 1. */
const frames = (stderr: string) => stderr.split("\u001b[1G").map((f) => f.replace(/\u001b\[0K.*$/s, ""));

describe("batch progress on a terminal", () => {
  // In this thread (one job) the pair runs as slowly as jest's module system makes it: a shorter one does.
  test.each([
    ["1", 1000],
    ["2", 2500],
  ])("with %s job(s), a long pair shows its own stage and percent while the count of pairs waits", async (jobs, n) => {
    // "Long" depends on the machine: a pair aligned within the quiet time first shows "reviewing" (its percent
    // only once the stage has run a while) or "writing". Such a pair is made four times longer (up to twice):
    // the check is never made weaker.
    let r: Awaited<ReturnType<typeof sverka>>;
    let shown: string[];
    for (let size = n; ; size *= 4) {
      const dir = withLongPair(size);
      r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--segmented", "--jobs", jobs], { tty: true });
      shown = frames(r.stderr);
      if (size >= 16 * n || shown.some((f) => /\| long: aligning\b/.test(f))) break;
    }
    expect(r.code).toBe(0);
    // The pair's stages as a single `align` names them, with a percent where the stage counts.
    expect(shown.some((f) => /^aligning [░█]+ \d\/3 pairs \d+ s \| long: (aligning|reviewing) \d+%$/.test(f))).toBe(true);
    expect(shown.some((f) => /\| long: reviewing/.test(f))).toBe(true);
    expect(shown.some((f) => /\| long: writing$/.test(f))).toBe(true);
    // The terminal's settings are left alone, and the bar is cleared before the table.
    expect(r.stderr).not.toMatch(/\u001b\[\?(25l|7l)/);
    expect(r.stdout).toMatch(/3 aligned \([^)]*\), 0 up to date, 0 failed/);
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  test("a dumb terminal (an editor's shell buffer, TERM=dumb) gets no bar: it cannot move the cursor back", async () => {
    const dir = batchDir();
    const env = { TERM: "dumb" };
    const batch = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--jobs", "1"], { tty: true, env });
    expect(batch.code).toBe(0);
    expect(batch.stderr).toBe("");
    const shown = await sverka(["align", join(dir, "docs", "bus.bg.txt"), join(dir, "docs", "bus.en.txt")], { tty: true, env });
    expect(shown.stderr).not.toMatch(/\u001b\[1G/);
    expect(shown.stderr).toMatch(/links/);
  });

  test("piped: no bar", async () => {
    const dir = withLongPair(2500);
    const r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--segmented", "--jobs", "2"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  test("the table on stdout is coloured by stdout's terminal, not stderr's: a table redirected to a file has no escapes", async () => {
    const dir = batchDir();
    const r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--jobs", "1"], {
      tty: true,
      env: { NO_COLOR: undefined },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^pair +segments/);
    expect(r.stdout).not.toMatch(/\u001b/);
  });
});

describe("thinned progress", () => {
  /** A clock the test moves by hand. */
  const clock = () => {
    let t = 1000;
    return { now: () => t, at: (ms: number) => (t = 1000 + ms) };
  };

  test("nothing in the quiet time; then a new stage at once, within a stage one report per interval", () => {
    const c = clock();
    const told: string[] = [];
    const report = thinned((stage, done, total) => told.push(`${stage} ${done}/${total}`), c.now);
    report("read", 0, 2);
    c.at(QUIET_MS - 1);
    report("segment", 1, 4);
    expect(told).toEqual([]);
    c.at(QUIET_MS);
    report("segment", 2, 4); // the first report after the quiet time always goes, though its stage began before
    c.at(QUIET_MS + EVERY_MS - 1);
    report("segment", 3, 4);
    report("score", 0, 1); // a new stage is told at once
    report("score", 1, 1);
    c.at(QUIET_MS + 2 * EVERY_MS);
    report("score", 1, 1);
    expect(told).toEqual(["segment 2/4", "score 0/1", "score 1/1"]);
  });
});

describe("batch --merge-tmx says what it merged", () => {
  test("units, written, duplicates dropped, as `sverka merge` words it; in the JSON report too", async () => {
    const dir = batchDir();
    // The same document twice under another name: every unit of the second is a duplicate.
    copyFileSync(join(dir, "docs", "osce.bg.txt"), join(dir, "docs", "osce2.bg.txt"));
    copyFileSync(join(dir, "docs", "osce.en.txt"), join(dir, "docs", "osce2.en.txt"));
    const report = join(dir, "report.json");
    const all = join(dir, "all.tmx");
    const r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--merge-tmx", all, "--report", report]);
    expect(r.code).toBe(0);
    const units = readFileSync(all, "utf8").match(/<tu /g)!.length;
    expect(r.stderr).toBe(
      `merged ${units + 11} units of 3 pairs into ${all}: ${units} written; 11 duplicates (the same source and target text as a unit before: the first kept)\n`,
    );
    expect(JSON.parse(readFileSync(report, "utf8")).merged).toEqual({
      file: all,
      units: units + 11,
      written: units,
      duplicates: 11,
      leftOut: 0,
      translatedOtherwise: 0,
    });
  });

  test("units left out for their flags are counted, and said as the table's memories line says them", async () => {
    const dir = batchDir();
    const en = join(dir, "docs", "osce.en.txt");
    writeFileSync(en, readFileSync(en, "utf8").replace(/2024/, "2023"));
    const all = join(dir, "all.tmx");
    const r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--merge-tmx", all, "--jobs", "1"]);
    const units = readFileSync(all, "utf8").match(/<tu /g)!.length;
    const memories = /memories: (left out [^\n]*?) \(--drop-flagged/.exec(r.stdout)![1];
    expect(r.stderr).toBe(`merged ${units + 1} units of 2 pairs into ${all}: ${units} written; ${memories}\n`);
  });
});
