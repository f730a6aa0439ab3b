/** When units were made: `--creation-date` (a past job's day) and SOURCE_DATE_EPOCH (the same inputs, the same file). */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCreationDate } from "../src/cli/options.js";
import { writingDate } from "../src/io/clock.js";
import { batchDir, corpus, sverka } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sverka-date-"));
const [bg, en] = [corpus("handmade-bg-en", "bg.txt"), corpus("handmade-bg-en", "en.txt")];
const dates = (tmx: string) => new Set(tmx.match(/creationdate="[^"]*"/g));

test("--creation-date dates the file and every unit of align, export and batch", async () => {
  const out = join(dir, "a.tmx");
  expect((await sverka(["align", bg, en, "-o", out, "-o", join(dir, "a.json"), "-q", "--creation-date", "2024-05-01"])).code).toBe(0);
  expect(dates(readFileSync(out, "utf8"))).toEqual(new Set(['creationdate="20240501T000000Z"']));
  const exported = join(dir, "e.tmx");
  expect((await sverka(["export", join(dir, "a.json"), "-o", exported, "--creation-date", "20230102T030405Z"])).code).toBe(0);
  expect(dates(readFileSync(exported, "utf8"))).toEqual(new Set(['creationdate="20230102T030405Z"']));
  const b = batchDir();
  const r = await sverka([
    "batch",
    join(b, "docs"),
    "--out-dir",
    join(b, "out"),
    "-f",
    "tmx",
    "--merge-tmx",
    join(b, "all.tmx"),
    "-q",
    "--creation-date",
    "2022-12-31T23:00:00Z",
  ]);
  expect(r.code).toBe(0);
  for (const file of [join(b, "out", "osce.tmx"), join(b, "all.tmx")])
    expect(dates(readFileSync(file, "utf8"))).toEqual(new Set(['creationdate="20221231T230000Z"']));
  const bad = await sverka(["align", bg, en, "-o", join(dir, "bad.tmx"), "--creation-date", "2024-13-01"]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/expected a date, YYYY-MM-DD/);
});

test("SOURCE_DATE_EPOCH: two runs write the same file, byte for byte", async () => {
  const env = { SOURCE_DATE_EPOCH: "1700000000" };
  const [x, y] = [join(dir, "x.tmx"), join(dir, "y.tmx")];
  expect((await sverka(["align", bg, en, "-o", x, "-q"], { env })).code).toBe(0);
  expect((await sverka(["align", bg, en, "-o", y, "-q"], { env })).code).toBe(0);
  expect(readFileSync(x, "utf8")).toBe(readFileSync(y, "utf8"));
  expect(dates(readFileSync(x, "utf8"))).toEqual(new Set(['creationdate="20231114T221320Z"']));
  expect(writingDate({ SOURCE_DATE_EPOCH: "oops" }).getTime()).toBeGreaterThan(Date.UTC(2025, 0, 1));
  expect(parseCreationDate("2024-05-01T14:30:00+02:00").toISOString()).toBe("2024-05-01T12:30:00.000Z");
});
