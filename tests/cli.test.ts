/** The command line, run in this process through `run(argv, io)` as bin/sverka.js runs it; tests/e2e.test.ts spawns the binary itself. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpus, ROOT, read, sverka } from "./helpers.js";

const BG = corpus("osce-alliance-2024", "bg.txt");
const EN = corpus("osce-alliance-2024", "en.txt");
const tmp = () => mkdtempSync(join(tmpdir(), "sverka-cli-"));

describe("sverka align", () => {
  test("writes TMX to stdout by default", async () => {
    const r = await sverka(["align", BG, EN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
    expect(r.stdout.match(/<tu /g)).toHaveLength(11);
    expect(r.stderr).toBe(""); // the summary is for terminals
  });

  test("several outputs from one alignment, format from each extension", async () => {
    const dir = tmp();
    const r = await sverka([
      "align",
      BG,
      EN,
      "-o",
      join(dir, "a.tmx"),
      "-o",
      join(dir, "nested", "a.json"),
      "-o",
      join(dir, "a.tsv"),
      "--summary",
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "a.tmx"), "utf8")).toContain("<tmx");
    const json = JSON.parse(readFileSync(join(dir, "nested", "a.json"), "utf8"));
    expect(json.links).toHaveLength(11);
    expect(readFileSync(join(dir, "a.tsv"), "utf8").trimEnd().split("\n")).toHaveLength(11);
    expect(r.stderr).toContain("links       11: 1-1 11");
    expect(r.stderr).not.toMatch(/\u001b\[/); // NO_COLOR
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  test("--format to stdout; --segmented, languages and --explain", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "de.txt"), "Guten Tag.\nWie geht es?\n\nDie Alpen sind hoch.\n");
    writeFileSync(join(dir, "fr.txt"), "Bonjour.\nComment allez-vous ?\n\nLes Alpes sont hautes.\n");
    const r = await sverka([
      "align",
      join(dir, "de.txt"),
      join(dir, "fr.txt"),
      "-s",
      "de",
      "-t",
      "fr-FR",
      "--segmented",
      "-f",
      "json",
      "--explain",
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.target.lang).toBe("fr-FR");
    expect(doc.links.map((l: { kind: string }) => l.kind)).toEqual(["1-1", "1-1", "1-1"]);
    expect(doc.links[2].explain.matches[0]).toMatchObject({ source: "Alpen", target: "Alpes", kind: "cognate" });
    // The same to a .tmx file: the ending and -f disagree, so nothing is written (issue #17: it used to write JSON into out.tmx).
    const file = await sverka([
      "align",
      join(dir, "de.txt"),
      join(dir, "fr.txt"),
      "-s",
      "de",
      "-t",
      "fr-FR",
      "--segmented",
      "-f",
      "json",
      "-o",
      join(dir, "out.tmx"),
    ]);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/out\.tmx: the ending \.tmx says tmx, but --format says json/);
    expect(existsSync(join(dir, "out.tmx"))).toBe(false);
  });

  test("--min-score drops weak links from TMX and TSV", async () => {
    const args = ["align", corpus("handmade-bg-en", "bg.txt"), corpus("handmade-bg-en", "en.txt"), "-f", "tsv"];
    const all = (await sverka(args)).stdout.trimEnd().split("\n");
    const r = await sverka([...args, "--min-score", "0.95"]);
    expect(r.code).toBe(0);
    // Exactly the lines scoring 0.95 or more are kept, and the pair has some below it: the option has something to drop.
    const kept = all.filter((line) => Number(line.split("\t")[2]) >= 0.95);
    expect(kept.length).toBeLessThan(all.length);
    expect(r.stdout.trimEnd().split("\n")).toEqual(kept);
  });
});

describe("bad input: one line naming the problem, exit 2, nothing written", () => {
  const dir = tmp();
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "blank.txt"), " \n\n\t\n");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]));
  mkdirSync(join(dir, "folder"));
  const out = join(dir, "out.tmx");

  test.each([
    ["missing file", [join(dir, "nope.txt"), EN], /nope\.txt: no such file/],
    ["a directory", [join(dir, "folder"), EN], /folder: is a directory/],
    ["an empty file", [join(dir, "empty.txt"), EN], /empty\.txt: the document is empty/],
    ["a blank file", [EN, join(dir, "blank.txt")], /blank\.txt: the document is empty/],
    ["a binary file", [join(dir, "binary.txt"), EN], /binary\.txt: looks like a binary file/],
    ["an unknown encoding", [BG, EN, "--encoding", "klingon-8"], /unknown encoding "klingon-8"/],
    ["unknown language", [BG, EN, "-s", "xx"], /unknown language code "xx"/],
    ["unknown format", [BG, EN, "-f", "xml"], /Allowed choices are tmx, json, tsv/],
    ["bad min-score", [BG, EN, "--min-score", "2"], /from 0 to 1/],
    ["output is an input", [BG, EN, "-o", EN], /output file is also an input/],
  ])("%s", async (_name, args, message) => {
    const r = await sverka(["align", ...args, ...(args.includes("-o") ? [] : ["-o", out])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });

  test("unknown command and missing arguments", async () => {
    const unknown = await sverka(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);
    const missing = await sverka(["align", BG]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing required argument 'target'/);
  });
});

describe("dictionaries and eval on the command line", () => {
  test("--dict, --save-lexicon and eval round trip", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "terms.tsv"), "трафик на хора\thuman trafficking\n");
    const r = await sverka([
      "align",
      BG,
      EN,
      "--dict",
      join(dir, "terms.tsv"),
      "-f",
      "json",
      "-o",
      join(dir, "a.json"),
      "--save-lexicon",
      join(dir, "learned.tsv"),
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "learned.tsv"), "utf8")).toMatch(/^# sverka lexicon/);
    writeFileSync(join(dir, "gold.txt"), readFileSync(corpus("osce-alliance-2024", "gold.links"), "utf8"));
    const e = await sverka(["eval", join(dir, "gold.txt"), join(dir, "a.json")]);
    expect(e.code).toBe(0);
    expect(e.stdout).toMatch(/strict\s+1\.000\s+1\.000\s+1\.000/);
    const j = JSON.parse((await sverka(["eval", join(dir, "gold.txt"), join(dir, "a.json"), "-f", "json"])).stdout);
    expect(j).toMatchObject({ f1Strict: 1, f1Lax: 1, goldLinks: 11, testLinks: 11 });
  });

  test("a hunalign ladder scores like the same links", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "gold.txt"), "[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n");
    writeFileSync(join(dir, "ladder.txt"), "0\t0\t0.5\n1\t1\t0.4\n3\t2\t0.3\n4\t3\t0.1\n");
    const j = JSON.parse((await sverka(["eval", join(dir, "gold.txt"), join(dir, "ladder.txt"), "-f", "json"])).stdout);
    expect(j.f1Strict).toBe(1);
  });

  test("bad dictionaries and alignments are bad input", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.tsv"), "no tab\n");
    const tsv = await sverka(["align", BG, EN, "--dict", join(dir, "bad.tsv")]);
    expect(tsv.code).toBe(2);
    expect(tsv.stderr).toMatch(/bad\.tsv: line 1/);
    writeFileSync(join(dir, "terms.tbx"), "<martif><text><body></body></text></martif>");
    const tbx = await sverka(["align", BG, EN, "--dict", join(dir, "terms.tbx")]);
    expect(tbx.code).toBe(2);
    expect(tbx.stderr).toMatch(/terms\.tbx: no term entries found/);
    writeFileSync(join(dir, "broken.tbx"), "<martif><text>");
    const broken = await sverka(["align", BG, EN, "--dict", join(dir, "broken.tbx")]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.tbx: not well-formed TBX/);
    writeFileSync(join(dir, "x.txt"), "hello\n");
    const r = await sverka(["eval", join(dir, "x.txt"), join(dir, "x.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not an alignment/);
  });
});

describe("sverka split and the rest", () => {
  test("split prints one segment a line, blank lines between paragraphs", async () => {
    const r = await sverka(["split", BG, "--lang", "bg"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(corpus("osce-alliance-2024", "bg.sentences.txt"), "utf8"));
  });

  test("--help and --version exit 0", async () => {
    const help = await sverka(["align", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--segmented");
    const version = await sverka(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(`${JSON.parse(read(join(ROOT, "package.json"))).version}\n`);
  });
});
