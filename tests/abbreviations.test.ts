/** User abbreviation lists: the file format, and --abbreviations on align, check and split, and in the library. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { abbreviationsFor, align, parseAbbreviations, readAbbreviations, SverkaError } from "../src/index.js";
import { sverka } from "./helpers.js";

const BG = "Подписано въз основа на упр. Иванов от Мин. Финанси.";
const EN = "Signed under power of att. Ivanov of the Min. Finance.";

function files(entries: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "sverka-abbr-"));
  for (const [name, content] of Object.entries(entries)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("abbreviation files", () => {
  test("one a line, with or without the dot, # comments, LANG<TAB> for one language only", () => {
    const list = parseAbbreviations("\uFEFF# our client\nупр.   # управител\n\n  et seq.\r\nbg\tмин.\nen-GB\tatt\n", "a.txt");
    expect(list).toEqual([
      { text: "упр.", line: 2 },
      { text: "et seq.", line: 4 },
      { text: "мин.", lang: "bg", line: 5 },
      { text: "att", lang: "en", line: 6 },
    ]);
    expect(abbreviationsFor(list, "bg-BG")).toEqual(["упр.", "et seq.", "мин."]);
    expect(abbreviationsFor(list, "en")).toEqual(["упр.", "et seq.", "att"]);
    expect(abbreviationsFor(list, "de")).toEqual(["упр.", "et seq."]);
  });

  test.each([
    ["ok.\nxx\tbad\n", /^a\.txt: line 2: "xx" is not a language code/],
    ["ok.\nbg\ten\tбел.\n", /^a\.txt: line 2: more than one tab/],
    ["ok.\n\nThis is a whole sentence here.\n", /^a\.txt: line 3: "This is a whole sentence here\." is not an abbreviation/],
    ["прил.?\n", /^a\.txt: line 1: "прил\.\?" is not an abbreviation/],
    ["12.\n", /^a\.txt: line 1: "12\." is not an abbreviation/],
    ["..\n", /^a\.txt: line 1: "\.\." is not an abbreviation/],
    ["bg\t\n", /^a\.txt: line 1: "" is not an abbreviation/],
  ])("%j is refused, naming the file and the line", (text, message) => {
    expect(() => parseAbbreviations(text, "a.txt")).toThrow(SverkaError);
    expect(() => parseAbbreviations(text, "a.txt")).toThrow(message);
  });

  test("bytes that are not UTF-8 are refused with their line", () => {
    const bytes = Buffer.concat([Buffer.from("прил.\nстр.\n"), Buffer.from([0xef, 0xf0, 0xe8, 0xeb, 0x2e, 0x0a])]);
    expect(() => parseAbbreviations(bytes, "cp1251.txt")).toThrow(
      /^cp1251\.txt: line 3: not UTF-8 text: save the abbreviation list as UTF-8$/,
    );
  });

  test("a missing file is named", async () => {
    await expect(readAbbreviations("/nonexistent/abbr.txt")).rejects.toThrow("/nonexistent/abbr.txt: no such file");
  });
});

describe("--abbreviations", () => {
  const dir = files({
    "bg.txt": `${BG}\n`,
    "en.txt": `${EN}\n`,
    "abbr.txt": "# both sides\nупр.\nbg\tмин.\nen\tatt.\nen\tMin\n",
    "bad.txt": "упр.\nxx\tбел.\n",
  });
  const at = (name: string) => join(dir, name);

  test("split: the listed abbreviations no longer end a sentence", async () => {
    const before = await sverka(["split", at("bg.txt"), "--lang", "bg"]);
    expect(before.stdout.trimEnd().split("\n")).toEqual(["Подписано въз основа на упр.", "Иванов от Мин.", "Финанси."]);
    const r = await sverka(["split", at("bg.txt"), "--lang", "bg", "--abbreviations", at("abbr.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${BG}\n`);
  });

  test("split: entries for another language are left out", async () => {
    const r = await sverka(["split", at("en.txt"), "--lang", "en", "--abbreviations", at("abbr.txt")]);
    expect(r.stdout).toBe(`${EN}\n`);
    const other = await sverka(["split", at("en.txt"), "--lang", "de", "--abbreviations", at("abbr.txt")]);
    expect(other.stdout.trimEnd().split("\n").length).toBeGreaterThan(1);
  });

  test("align reads each side's entries from one file", async () => {
    const out = join(dir, "out.tsv");
    const r = await sverka(["align", at("bg.txt"), at("en.txt"), "-o", out, "--abbreviations", at("abbr.txt")]);
    expect(r.code).toBe(0);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(lines.map((l) => l.split("\t").slice(0, 2))).toEqual([[BG, EN]]);
    const without = await sverka(["align", at("bg.txt"), at("en.txt"), "-f", "tsv"]);
    expect(without.stdout.trimEnd().split("\n").length).toBeGreaterThan(1);
  });

  test("check segments with them too", async () => {
    const r = await sverka(["check", at("bg.txt"), at("en.txt"), "-f", "json", "--abbreviations", at("abbr.txt")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ source: { segments: 1 }, target: { segments: 1 }, links: 1 });
    const without = await sverka(["check", at("bg.txt"), at("en.txt"), "-f", "json"]);
    expect(JSON.parse(without.stdout)).toMatchObject({ source: { segments: 3 }, target: { segments: 3 } });
  });

  test.each([["align"], ["check"], ["split"]])("%s: a bad file exits 2 naming file and line, and writes nothing", async (command) => {
    const out = join(dir, `${command}-bad.out`);
    const args =
      command === "split"
        ? ["split", at("bg.txt"), "-o", out]
        : command === "check"
          ? ["check", at("bg.txt"), at("en.txt"), "-o", out]
          : ["align", at("bg.txt"), at("en.txt"), "-o", `${out}.tmx`];
    const r = await sverka([...args, "--abbreviations", at("bad.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at("bad.txt")}: line 2: "xx" is not a language code`);
    expect(existsSync(out) || existsSync(`${out}.tmx`)).toBe(false);
  });

  test("a missing file exits 2", async () => {
    const r = await sverka(["split", at("bg.txt"), "--abbreviations", at("missing.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at("missing.txt")}: no such file`);
  });
});

describe("abbreviations in the library", () => {
  test("align takes them as strings for both sides or as a file's entries", () => {
    const plain = align(BG, EN);
    expect(plain.source.segments.length).toBeGreaterThan(1);
    const entries = parseAbbreviations("упр.\nbg\tмин.\nen\tatt.\nen\tMin\n");
    const bitext = align(BG, EN, { abbreviations: entries });
    expect(bitext.source.segments.map((s) => s.text)).toEqual([BG]);
    expect(bitext.target.segments.map((s) => s.text)).toEqual([EN]);
    expect(align(BG, EN, { abbreviations: ["упр", "мин"] }).source.segments).toHaveLength(1);
  });
});
