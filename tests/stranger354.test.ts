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
