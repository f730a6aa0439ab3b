/**
 * What the seventy-eighth session mended from its strangers (354-360) and from the reproductions of earlier ones still
 * open: a short passage moved written into a memory, pair by pair, and a summary that says so.
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeTmx } from "../src/formats/tmx.js";
import { align } from "../src/index.js";
import { flagTexts, sverka } from "./helpers.js";

/** A spa's price page whose English puts the opening hours' paragraph last. */
const SPA_BG = [
  "Спа център „Морска звезда“",
  "Спа центърът работи всеки ден от 9:00 до 21:00 ч. Басейнът е с морска вода и се затопля до 28 °C. Сауната и парната баня са включени в цената на входа.",
  "Входът за един ден струва 35 лв. за възрастни. Децата до 12 години плащат 20 лв. Хотелските гости ползват басейна безплатно.",
  "Масаж на цяло тяло от 60 минути струва 90 лв. Масажите се записват на рецепцията поне един ден предварително.",
].join("\n\n");
const SPA_EN = [
  "Sea Star Spa",
  "A one-day entry costs BGN 35 for adults. Children under 12 pay BGN 20. Hotel guests use the pool free of charge.",
  "A 60-minute full-body massage costs BGN 90. Massages are booked at reception at least one day in advance.",
  "The spa is open every day from 9:00 to 21:00. The pool has sea water and is heated to 28 °C. The sauna and the steam bath are included in the entry price.",
].join("\n\n");

describe("a short passage the translation put elsewhere (strangers 351, 353)", () => {
  test("each of its sentences is a unit of the memory with its translation in step, noted as moved", () => {
    const bitext = align(SPA_BG, SPA_EN);
    expect(flagTexts(bitext).filter((f) => f.includes("the passage moved?"))).toHaveLength(6);
    const tmx = writeTmx(bitext, { date: new Date(0) });
    expect(tmx.match(/<tu /gu)).toHaveLength(9);
    expect(tmx).toMatch(
      /<prop type="x-sverka-link">1-1 s1 t6<\/prop>\s*<tuv xml:lang="bg"><seg>Спа центърът работи всеки ден от 9:00 до 21:00 ч.<\/seg><\/tuv>\s*<tuv xml:lang="en"><seg>The spa is open every day from 9:00 to 21:00.<\/seg><\/tuv>/u,
    );
    expect(tmx).toContain("<seg>The sauna and the steam bath are included in the entry price.</seg>");
  });

  test("the summary counts the moved pairs as written, not as left out of the memory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-moved-"));
    writeFileSync(join(dir, "spa.bg.txt"), SPA_BG);
    writeFileSync(join(dir, "spa.en.txt"), SPA_EN);
    const out = join(dir, "spa.tmx");
    const run = await sverka(["align", join(dir, "spa.bg.txt"), join(dir, "spa.en.txt"), "-o", out, "--summary"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "unmatched   6 segment(s) with no counterpart in place (1-0 / 0-1 links): 3 moved pairs among them written as units",
    );
    expect(readFileSync(out, "utf8").match(/<tu /gu)).toHaveLength(9);
  });

  test("a passage left out and another added that says something else make no unit, and the summary says they are not in TMX", async () => {
    const bg = SPA_BG.split("\n\n").slice(0, 3).join("\n\n");
    const en = [
      ...SPA_EN.split("\n\n").slice(0, 2),
      "Parking is free for guests. The car park has 40 spaces. It is guarded at night.",
    ].join("\n\n");
    const bitext = align(bg, en);
    expect(writeTmx(bitext, { date: new Date(0) }).match(/<tu /gu)).toHaveLength(4);
    const dir = mkdtempSync(join(tmpdir(), "sverka-moved-"));
    writeFileSync(join(dir, "a.bg.txt"), bg);
    writeFileSync(join(dir, "a.en.txt"), en);
    const run = await sverka(["align", join(dir, "a.bg.txt"), join(dir, "a.en.txt"), "-o", join(dir, "a.tmx"), "--summary"]);
    expect(run.stderr).toMatch(/unmatched {3}6 segment\(s\) with no counterpart in place \(1-0 \/ 0-1 links; not in TMX\)/u);
  });
});

describe("split as the --segmented format's maker (strangers 356, 359, 360)", () => {
  test("a table row's cells stay apart by a tab, so the segmented pair's column check still sees them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-split-tabs-"));
    const bg = join(dir, "emissions.bg.txt");
    const en = join(dir, "emissions.en.txt");
    writeFileSync(bg, "Показател\tЕдиница\t2024 г.\t2023 г.\nЕмисии на SO2\tt\t4 215\t4 980\nЕмисии на NOx\tt\t5 107\t5 334\n");
    writeFileSync(en, "Indicator\tUnit\t2024\t2023\nSO2 emissions\tt\t4,980\t4,215\nNOx emissions\tt\t5,107\t5,334\n");
    const splitBg = await sverka(["split", bg, "-o", join(dir, "bg.seg.txt")]);
    const splitEn = await sverka(["split", en, "-o", join(dir, "en.seg.txt")]);
    expect([splitBg.code, splitEn.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, "bg.seg.txt"), "utf8")).toContain("Емисии на SO2\tt\t4 215\t4 980\n");
    const checked = await sverka(["check", join(dir, "bg.seg.txt"), join(dir, "en.seg.txt"), "--segmented", "-s", "bg", "-t", "en"]);
    expect(checked.code).toBe(1);
    expect(checked.stderr + checked.stdout).toContain("the numbers are swapped: the row's figures stand in other columns");
  });

  test("a file named NAME.en.txt is split as English without -l; a name that gives no language, or -l, decides as before", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-split-name-"));
    const text = "The drum holds 8 kg of laundry. The door locks during the wash cycle.\n";
    writeFileSync(join(dir, "washer.en.txt"), text);
    writeFileSync(join(dir, "washer.bg.txt"), text);
    const named = await sverka(["split", join(dir, "washer.en.txt")]);
    expect([named.code, named.stdout]).toEqual([0, "The drum holds 8 kg of laundry.\nThe door locks during the wash cycle.\n"]);
    const wrongName = await sverka(["split", join(dir, "washer.bg.txt")]);
    expect(wrongName.code).toBe(2);
    expect(wrongName.stderr).toMatch(/taken as bg by its name, but the text looks like Latin-script text .*: give its language with -l/u);
    expect((await sverka(["split", join(dir, "washer.bg.txt"), "-l", "en"])).code).toBe(0);
  });
});
