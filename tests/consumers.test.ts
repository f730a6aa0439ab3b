/** Real consumers read what sverka writes: translate-toolkit reads the TMX, a CSV parser the TSV. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { align, type Bitext, formats } from "../src/index.js";
import { corpus, describeNeeding, PYTHON, ROOT, read, TRANSLATE_TOOLKIT } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sverka-consumers-"));
const cases: Record<string, () => Bitext> = {
  "osce-alliance-2024": () => align(read(corpus("osce-alliance-2024", "bg.txt")), read(corpus("osce-alliance-2024", "en.txt"))),
  "handmade-bg-en": () => align(read(corpus("handmade-bg-en", "bg.txt")), read(corpus("handmade-bg-en", "en.txt"))),
  hostile: () =>
    align(
      'Текст с <b>тагове</b> & \u0007 знаци "тук".\n\nВтори ред с ]]> и <![CDATA[ x ]]>.',
      'Text with <b>tags</b> & \u0007 characters "here".\n\nSecond line with ]]> and <![CDATA[ x ]]>.',
    ),
};

/** A link's text on one side, as written here rather than by the code under test: its segments joined by a space, white space runs folded. */
const side = (segments: Bitext["source"]["segments"], ids: readonly number[]) =>
  ids
    .map((id) => segments[id]!.text)
    .join(" ")
    .replace(/\s+/gu, " ")
    .trim();

/** What a memory should hold: both sides' text of every link with text on both sides, XML-forbidden characters dropped. */
const expectedUnits = (b: Bitext) =>
  b.links
    .filter((l) => l.source.length && l.target.length)
    .map((l) =>
      [side(b.source.segments, l.source), side(b.target.segments, l.target)].map((t) =>
        t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ""),
      ),
    );

describeNeeding([TRANSLATE_TOOLKIT], "translate-toolkit reads the TMX", () => {
  test.each(Object.keys(cases))("%s: every unit's text intact", (name) => {
    const bitext = cases[name]!();
    const file = join(dir, `${name}.tmx`);
    writeFileSync(file, formats.tmx.write(bitext));
    const r = spawnSync(PYTHON, [join(ROOT, "tests", "tools", "read-tmx.py"), file], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(expectedUnits(bitext));
  });
});

describe("a CSV parser reads the TSV", () => {
  test.each(Object.keys(cases))("%s: three cells a line, texts intact", (name) => {
    const bitext = cases[name]!();
    const rows = parse(formats.tsv.write(bitext), { delimiter: "\t", quote: false, relax_column_count: false }) as string[][];
    expect(rows).toHaveLength(bitext.links.length);
    rows.forEach((row, k) => {
      const l = bitext.links[k]!;
      expect(row).toEqual([
        side(bitext.source.segments, l.source),
        side(bitext.target.segments, l.target),
        String(Math.round(l.score * 10000) / 10000),
      ]);
    });
  });
});
