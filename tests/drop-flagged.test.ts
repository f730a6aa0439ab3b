/**
 * Issue #15: what sverka flags does not go into the memory (`--drop-flagged`),
 * the summaries say what was left out, and `check BITEXT.json` reviews a saved
 * bitext again.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, formats } from "../src/index.js";
import { batchDir, corpus, sverka, TMX_DTD, testNeeding, validateTmx, XMLLINT } from "./helpers.js";

/** A pair whose translation changed a number (2 500 / 3,500) and left a sentence in Bulgarian. */
const BG = `Нова автобусна линия

Общината очаква около 2 500 пътници на ден през 2025 г. Билетът ще струва 1,60 лв. на пътуване.

Линията ще бъде открита през март от кмета на града. Кметът благодари на всички граждани за търпението.
`;
const EN = `New bus line

The municipality expects about 3,500 passengers a day in 2025. A ticket will cost BGN 1.60 per trip.

Линията ще бъде открита през март от кмета на града. The mayor thanked all citizens for their patience.
`;
const NUMBER = "3,500 passengers";
const UNTRANSLATED = "<seg>Линията ще бъде открита през март от кмета на града.</seg></tuv>\n    </tu>";
const LEFT_OUT = "left out 2 units flagged as errors (numbers 1, untranslated 1)";

function pairDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "sverka-drop-"));
  writeFileSync(join(dir, "bg.txt"), BG);
  writeFileSync(join(dir, "en.txt"), EN);
  return dir;
}

const units = (tmx: string) => tmx.match(/<tu /g)?.length ?? 0;
const read = (path: string) => readFileSync(path, "utf8");

describe("align: flagged units stay out of TMX and TSV", () => {
  testNeeding([XMLLINT, TMX_DTD], "TMX: left out by default, kept with --drop-flagged none; both valid", async () => {
    const dir = pairDir();
    const r = await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "-o", join(dir, "a.tmx"), "--summary"]);
    expect(r.code).toBe(0);
    const tmx = read(join(dir, "a.tmx"));
    expect(units(tmx)).toBe(3);
    expect(tmx).not.toContain(NUMBER);
    expect(tmx).not.toContain("Линията ще бъде открита");
    expect(tmx).toContain("BGN 1.60 per trip");
    expect(r.stderr).toContain(LEFT_OUT);

    const all = await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "-o", join(dir, "all.tmx"), "--drop-flagged", "none"]);
    expect(all.code).toBe(0);
    const kept = read(join(dir, "all.tmx"));
    expect(units(kept)).toBe(5);
    expect(kept).toContain(NUMBER);
    expect(kept).toContain(UNTRANSLATED);

    const v = validateTmx([join(dir, "a.tmx"), join(dir, "all.tmx")]);
    expect(v.stderr).toBe("");
    expect(v.status).toBe(0);
  });

  test("TSV likewise; JSON and HTML keep every link", async () => {
    const dir = pairDir();
    const out = (name: string) => join(dir, name);
    const r = await sverka(["align", out("bg.txt"), out("en.txt"), "-o", out("a.tsv"), "-o", out("a.json"), "-o", out("a.html")]);
    expect(r.code).toBe(0);
    const tsv = read(out("a.tsv"));
    expect(tsv.trim().split("\n")).toHaveLength(3);
    expect(tsv).not.toContain(NUMBER);
    expect(tsv).not.toContain("Линията ще бъде открита през март от кмета на града.\tЛинията");
    expect(JSON.parse(read(out("a.json"))).links).toHaveLength(5);
    expect(read(out("a.html"))).toContain("3,500 passengers");

    await sverka(["align", out("bg.txt"), out("en.txt"), "-o", out("all.tsv"), "--drop-flagged", "none"]);
    expect(read(out("all.tsv")).trim().split("\n")).toHaveLength(5);
  });

  test("a bad --drop-flagged is refused; info reaches info flags; 1-0 links are no units and stay in TSV", async () => {
    const dir = pairDir();
    const bad = await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "--drop-flagged", "errors"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--drop-flagged/);
    // 1-0 links are not units: TSV keeps them with an empty cell, as before, their "missing" error notwithstanding.
    const pair = [corpus("handmade-bg-en", "bg.txt"), corpus("handmade-bg-en", "en.txt")];
    const r = await sverka(["align", ...pair, "-f", "tsv"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Това е с 15% повече от старата линия.\t\t");
    expect(r.stdout.trim().split("\n")).toHaveLength(15);
    // This pair's units carry info flags only (a merge, a divergent link): --drop-flagged info leaves them out.
    const info = await sverka(["align", ...pair, "-f", "tsv", "--drop-flagged", "info", "--summary"]);
    expect(info.code).toBe(0);
    expect(info.stdout.trim().split("\n")).toHaveLength(13);
    expect(info.stderr).toContain("left out 2 units flagged as info (divergent 1, merged 1)");
  });

  test("library: the dropFlagged write option, default error; a verified link is kept", () => {
    const bitext = align(BG, EN);
    expect(units(formats.tmx.write(bitext))).toBe(3);
    expect(units(formats.tmx.write(bitext, { dropFlagged: "error" }))).toBe(3);
    expect(units(formats.tmx.write(bitext, { dropFlagged: "none" }))).toBe(5);
    expect(formats.tsv.write(bitext, { dropFlagged: "none" }).trim().split("\n")).toHaveLength(5);
    const verified = { ...bitext, links: bitext.links.map((l, k) => (k === 1 ? { ...l, status: "verified" as const } : l)) };
    expect(formats.tmx.write(verified)).toContain(NUMBER);
    expect(units(formats.tmx.write(verified))).toBe(4);
  });
});

describe("export", () => {
  test("a JSON exported to TMX and TSV leaves flagged units out by default; rejected links stay out", async () => {
    const dir = pairDir();
    const json = join(dir, "a.json");
    await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "-o", json]);
    const bitext = JSON.parse(read(json));
    bitext.links[0].status = "rejected";
    writeFileSync(json, JSON.stringify(bitext));
    const exported = await sverka(["export", json, "-o", join(dir, "x.tmx")]);
    expect(exported.code).toBe(0);
    // Export says what it left out, as align's summary does.
    expect(exported.stderr).toContain("left out 2 units flagged as errors (numbers 1, untranslated 1) and 1 rejected");
    const tmx = read(join(dir, "x.tmx"));
    expect(units(tmx)).toBe(2);
    expect(tmx).not.toContain(NUMBER);
    expect((await sverka(["export", json, "-o", join(dir, "all.tmx"), "--drop-flagged", "none"])).code).toBe(0);
    expect(units(read(join(dir, "all.tmx")))).toBe(4);
    expect((await sverka(["export", json, "-o", join(dir, "x.tsv")])).code).toBe(0);
    expect(read(join(dir, "x.tsv")).trim().split("\n")).toHaveLength(2);
  });
});

describe("batch", () => {
  test("--merge-tmx and each pair's memory leave flagged units out; the table says so", async () => {
    const dir = batchDir({ "bus2.bg.txt": BG, "bus2.en.txt": EN });
    const r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--merge-tmx", join(dir, "all.tmx"), "--jobs", "1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`memories: ${LEFT_OUT}`);
    const merged = read(join(dir, "all.tmx"));
    expect(merged).not.toContain(NUMBER);
    expect(merged).not.toContain(UNTRANSLATED);
    expect(read(join(dir, "out", "bus2.tmx"))).not.toContain(NUMBER);

    const none = await sverka([
      "batch",
      join(dir, "docs"),
      "--out-dir",
      join(dir, "out2"),
      "--merge-tmx",
      join(dir, "all2.tmx"),
      "--jobs",
      "1",
      "--drop-flagged",
      "none",
    ]);
    expect(none.code).toBe(0);
    expect(none.stdout).not.toContain("left out");
    expect(read(join(dir, "all2.tmx"))).toContain(NUMBER);
    expect(units(read(join(dir, "all2.tmx")))).toBe(units(merged) + 2);
  });
});

describe("merge", () => {
  testNeeding([XMLLINT, TMX_DTD], "--drop-flagged reviews the memories' units; without it, merge keeps them all", async () => {
    const dir = pairDir();
    await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "-o", join(dir, "a.tmx"), "--drop-flagged", "none"]);
    await sverka(["align", corpus("osce-alliance-2024", "bg.txt"), corpus("osce-alliance-2024", "en.txt"), "-o", join(dir, "o.tmx")]);
    const plain = await sverka(["merge", join(dir, "a.tmx"), join(dir, "o.tmx"), "-o", join(dir, "plain.tmx")]);
    expect(plain.code).toBe(0);
    expect(units(read(join(dir, "plain.tmx")))).toBe(16);
    // Both memories number their units from 1: the second's tuids are made unique.
    expect(plain.stderr).toMatch(
      /merged 16 units of 2 memories into \S*plain\.tmx: 16 written; 5 tuids already used by an earlier memory made unique \(\S*o\.tmx:\d+ 1 → 1-2, .*, and 2 more\); 2 units written carry an error sverka flagged when aligning \(x-sverka-flag; --drop-flagged error leaves such units out\)\n$/,
    );

    const r = await sverka(["merge", join(dir, "a.tmx"), join(dir, "o.tmx"), "-o", join(dir, "m.tmx"), "--drop-flagged", "error"]);
    expect(r.code).toBe(0);
    const merged = read(join(dir, "m.tmx"));
    expect(merged).not.toContain(NUMBER);
    expect(merged).not.toContain(UNTRANSLATED);
    expect(r.stderr).toContain(LEFT_OUT);
    // The units read are all the memories hold, those left out included.
    expect(r.stderr).toMatch(
      /merged 16 units of 2 memories into \S*m\.tmx: 14 written; 3 tuids already used by an earlier memory made unique \([^)]*\); left out 2 units/,
    );
    // Each unit left out is named, with the flag that left it out: a client's approved unit may be among them.
    const named = r.stderr.split("\n").filter((line) => line.startsWith("  left out "));
    expect(named).toHaveLength(2);
    for (const line of named) expect(line).toMatch(/^ {2}left out \S*a\.tmx:\d+ \(tuid \d+\): error (numbers|untranslated): /);
    const v = validateTmx([join(dir, "m.tmx")]);
    expect(v.stderr).toBe("");
    expect(v.status).toBe(0);
  });
});

describe("check BITEXT.json", () => {
  test("reviews a saved bitext again: the same report and exit codes as check SOURCE TARGET", async () => {
    const dir = pairDir();
    const json = join(dir, "a.json");
    await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "-o", json]);
    const pair = await sverka(["check", join(dir, "bg.txt"), join(dir, "en.txt")]);
    const saved = await sverka(["check", json]);
    expect(pair.code).toBe(1);
    expect(saved.code).toBe(1);
    // The same report, its header naming the saved file beside the documents.
    const [savedHead, ...savedRest] = saved.stdout.split("\n");
    const [pairHead, ...pairRest] = pair.stdout.split("\n");
    expect(savedRest).toEqual(pairRest);
    expect(savedHead).toBe(pairHead!.replace(/^sverka check (.*) → (.*)$/, `sverka check ${json} ($1 → $2)`));

    // The flags are made anew, not read: a bitext whose flags were removed still has its problems.
    const bitext = JSON.parse(read(json));
    for (const link of bitext.links) delete link.flags;
    writeFileSync(json, JSON.stringify(bitext));
    const again = await sverka(["check", json, "--format", "json"]);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/"untranslated"/);

    const clean = join(dir, "osce.json");
    await sverka(["align", corpus("osce-alliance-2024", "bg.txt"), corpus("osce-alliance-2024", "en.txt"), "-o", clean]);
    expect((await sverka(["check", clean])).code).toBe(0);

    writeFileSync(join(dir, "bad.json"), "{}");
    const bad = await sverka(["check", join(dir, "bad.json")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json/);
  });
});
