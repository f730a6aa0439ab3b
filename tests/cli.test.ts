/** The command line, run in this process through `run(argv, io)` as bin/sverka.js runs it; tests/e2e.test.ts spawns the binary itself. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { byteSize } from "../src/cli/options.js";
import { applyEdit } from "../src/edit/index.js";
import { readJson, writeJson } from "../src/formats/json.js";
import { writeAtomic } from "../src/io/files.js";
import { batchDir, corpus, ROOT, read, sverka } from "./helpers.js";

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
    // The review's flags counted, as check would list them.
    expect(r.stderr).toMatch(
      /\n {2}flags {7}(?:none|[\d,]+ errors?, [\d,]+ warnings?, [\d,]+ info on [\d,]+ links? \(sverka check lists them\))\n/,
    );
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
    const r = await sverka([...args, "--min-score", "0.99"]);
    expect(r.code).toBe(0);
    // Exactly the lines scoring 0.99 or more are kept, and the pair has some below it: the option has something to drop.
    const kept = all.filter((line) => Number(line.split("\t")[2]) >= 0.99);
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

  test("an option of another command is named as one, with the commands that take it", async () => {
    // A script moved from align to check keeps --min-score: before, only "unknown option".
    const r = await sverka(["check", BG, EN, "--min-score", "0.5"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--min-score'/);
    expect(r.stderr).toMatch(
      /--min-score is an option of sverka align, sverka export and sverka batch, not of sverka check \(sverka check --help lists its own\)/,
    );
    const other = await sverka(["align", BG, EN, "--fail-on=warning"]);
    expect(other.stderr).toMatch(/--fail-on is an option of sverka check and sverka batch, not of sverka align/);
    // An option no command has gets commander's message alone.
    expect((await sverka(["check", BG, EN, "--frobnicate"])).stderr).not.toMatch(/is an option of/);
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
    // The seed pair has no sentence without a counterpart, in the gold or aligned: said so, not scored 1.000.
    expect(e.stdout).toMatch(/^1-0 \/ 0-1 +none in either alignment$/m);
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

describe("the command line as a stranger uses it", () => {
  test("sverka with no command: the help on stderr, exit 2 (a usage error)", async () => {
    const r = await sverka([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Usage: sverka \[options\] \[command\]/);
    expect(r.stderr).toContain("align [options] <source> <target>");
    // Asked for, help is no error.
    expect((await sverka(["--help"])).code).toBe(0);
    expect((await sverka(["help"])).code).toBe(0);
  });

  test("help texts call the inputs what they are, not UTF-8 text", async () => {
    for (const command of ["align", "check", "split", "export", "batch", "merge", "eval"]) {
      const help = await sverka([command, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).not.toMatch(/UTF-8 text/);
    }
    const align = (await sverka(["align", "--help"])).stdout.replace(/\s+/g, " ");
    expect(align).toContain(
      "the original document: plain text, Markdown, HTML, DOCX, ODT, RTF or SRT/VTT subtitles, in any common encoding (detected)",
    );
    expect(align).toContain("-o, --output <file> write here (- for stdout)");
    expect(align).toMatch(/--max-size <size> .*k, M, G \(KiB, MiB, GiB\)/);
    expect((await sverka(["split", "--help"])).stdout.replace(/\s+/g, " ")).toContain(
      "the document: plain text, Markdown, HTML, DOCX, ODT, RTF or SRT/VTT subtitles",
    );
  });
});

describe("-o - is standard output", () => {
  const cwdDash = join(process.cwd(), "-");

  test("align: -o - writes to stdout (TMX unless --format), beside files; no file named -", async () => {
    const dir = tmp();
    const r = await sverka(["align", BG, EN, "-o", join(dir, "a.json"), "-o", "-"]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/<tu /g)).toHaveLength(11);
    expect(JSON.parse(read(join(dir, "a.json"))).links).toHaveLength(11);
    const tsv = await sverka(["align", BG, EN, "-o", "-", "-f", "tsv"]);
    expect(tsv.stdout.trimEnd().split("\n")).toHaveLength(11);
    expect(existsSync(cwdDash)).toBe(false);
  });

  test("check, split and export: -o - writes to stdout", async () => {
    const check = await sverka(["check", corpus("handmade-bg-en", "bg.txt"), corpus("handmade-bg-en", "en.txt"), "-o", "-"]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/✗ error\s+missing/);
    const split = await sverka(["split", BG, "-o", "-"]);
    expect(split.stdout).toBe(read(corpus("osce-alliance-2024", "bg.sentences.txt")));
    const dir = tmp();
    await sverka(["align", BG, EN, "-o", join(dir, "a.json")]);
    const exported = await sverka(["export", join(dir, "a.json"), "-o", "-", "-f", "tsv"]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.trimEnd().split("\n")).toHaveLength(11);
    const noFormat = await sverka(["export", join(dir, "a.json"), "-o", "-"]);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toMatch(/-o - writes to stdout: say which format with --format/);
    expect(existsSync(cwdDash)).toBe(false);
  });

  test("export judges a target the review page corrected and saved with no flags, as check does (stranger 78)", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "fee.bg.txt"), "Чл. 4. Месечното възнаграждение е 1 500 лв. без ДДС. То се плаща до 10-о число на месеца.\n");
    writeFileSync(
      join(dir, "fee.en.txt"),
      "Art. 4. The monthly fee is BGN 15,000 excluding VAT. It is payable by the 10th day of the month.\n",
    );
    await sverka(["align", join(dir, "fee.bg.txt"), join(dir, "fee.en.txt"), "-o", join(dir, "fee.json")]);
    // The page opened as a file records the correction on the segment and cannot judge it: the link is saved without flags.
    const saved = JSON.parse(read(join(dir, "fee.json")));
    saved.target.segments[0].corrected = "Art. 4. The monthly fee is BGN 1,050 excluding VAT.";
    delete saved.links[0].flags;
    writeFileSync(join(dir, "reviewed.json"), JSON.stringify(saved));
    const r = await sverka(["export", join(dir, "reviewed.json"), "-o", join(dir, "memory.tmx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/left out 1 unit flagged as errors \(numbers 1\)/);
    expect(read(join(dir, "memory.tmx"))).not.toContain("1,050");
    // Corrected right, it goes in.
    saved.target.segments[0].corrected = "Art. 4. The monthly fee is BGN 1,500 excluding VAT.";
    writeFileSync(join(dir, "reviewed.json"), JSON.stringify(saved));
    expect((await sverka(["export", join(dir, "reviewed.json"), "-o", join(dir, "memory.tmx")])).code).toBe(0);
    expect(read(join(dir, "memory.tmx"))).toContain("BGN 1,500 excluding VAT.");
  });

  test("export judges a link the review page made and saved unjudged (a join), as check does: an error in it stays out (stranger 79)", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "k.bg.txt"), "Напълнете каната с вода. Водата завира за около 10 минути. Изключете каната след употреба.\n");
    writeFileSync(
      join(dir, "k.en.txt"),
      "Fill the kettle with water. The water boils in about 100 minutes. Switch the kettle off after use.\n",
    );
    await sverka(["align", join(dir, "k.bg.txt"), join(dir, "k.en.txt"), "-o", join(dir, "k.json")]);
    const bitext = readJson(read(join(dir, "k.json")));
    expect(bitext.links[1]!.flags!.map((f) => `${f.severity} ${f.type}`)).toContain("error numbers");
    // The page's "m" on the first link: one 2-2 link, its flags gone until something judges it.
    writeFileSync(join(dir, "joined.json"), writeJson(applyEdit(bitext, { op: "join-links", link: 0 })));
    const r = await sverka(["export", join(dir, "joined.json"), "-o", join(dir, "joined.tmx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/left out 1 unit flagged as errors \(numbers 1\)/);
    expect(read(join(dir, "joined.tmx"))).not.toContain("100 minutes");
    // A bitext nobody reviewed (no flags on any link) is written as it is.
    const unreviewed = { ...bitext, links: bitext.links.map(({ flags: _f, ...l }) => l) };
    writeFileSync(join(dir, "plain.json"), writeJson(unreviewed));
    expect((await sverka(["export", join(dir, "plain.json"), "-o", join(dir, "plain.tmx")])).code).toBe(0);
    expect(read(join(dir, "plain.tmx"))).toContain("100 minutes");
  });

  test("at most one output to stdout; options that cannot write there say so", async () => {
    const twice = await sverka(["align", BG, EN, "-o", "-", "-o", "-"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/"-" \(standard output\) given 2 times: at most one output can go to stdout/);
    expect(twice.stdout).toBe("");
    const lexicon = await sverka(["align", BG, EN, "--save-lexicon", "-", "-o", join(tmp(), "a.tmx")]);
    expect(lexicon.code).toBe(2);
    expect(lexicon.stderr).toMatch(/--save-lexicon cannot go to standard output \("-"\): give a file name/);
    expect(existsSync(cwdDash)).toBe(false);
  });
});

describe("--max-size takes sizes with units", () => {
  test.each([
    ["1048576", 1048576],
    ["512k", 512 * 1024],
    ["10M", 10 * 1024 ** 2],
    ["1.5G", 1.5 * 1024 ** 3],
    ["10MiB", 10 * 1024 ** 2],
    ["64 KB", 64 * 1024],
    ["2g", 2 * 1024 ** 3],
  ])("%s is %d bytes", (text, bytes) => {
    expect(byteSize(text)).toBe(bytes);
  });

  test.each(["10X", "0", "-5", "1.5.2", "", "k", "10 M B", "0.0001"])("%j is refused", (text) => {
    expect(() => byteSize(text)).toThrow(/expected a size such as 1048576 \(bytes\), 512k, 10M or 1.5G/);
  });

  test("on the command line: a unit is accepted and applied; a bad value names the option, exit 2", async () => {
    const dir = tmp();
    const ok = await sverka(["align", BG, EN, "--max-size", "10M", "-o", join(dir, "a.tmx")]);
    expect(ok.code).toBe(0);
    const small = await sverka(["align", BG, EN, "--max-size", "1k", "-o", join(dir, "b.tmx")]);
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/bg\.txt: .*over the limit of 1024 bytes/);
    const bad = await sverka(["align", BG, EN, "--max-size", "10X", "-o", join(dir, "c.tmx")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/option '--max-size <size>' argument '10X' is invalid/);
    expect(readdirSync(dir)).toEqual(["a.tmx"]);
  });
});

describe("an output that cannot be a file: a clear message before any work, exit 2, nothing written", () => {
  test.each([
    ["a name ending in /", (dir: string) => `${join(dir, "out")}/`, /out\/: is a directory: give a file name inside it/],
    ["an existing directory", (dir: string) => join(dir, "folder"), /folder: is a directory: give a file name inside it/],
    [
      "a path under a file",
      (dir: string) => join(dir, "file.txt", "a.json"),
      /a\.json: cannot write it: \S+file\.txt is a file, not a directory/,
    ],
    [
      "a path deeper under a file",
      (dir: string) => join(dir, "file.txt", "x", "a.json"),
      /cannot write it: \S+file\.txt is a file, not a directory/,
    ],
  ])("%s", async (_name, output, message) => {
    const dir = tmp();
    mkdirSync(join(dir, "folder"));
    writeFileSync(join(dir, "file.txt"), "not a folder\n");
    for (const command of [
      ["align", BG, EN, "-o", output(dir)],
      ["check", BG, EN, "-o", output(dir)],
      ["split", BG, "-o", output(dir)],
    ]) {
      const r = await sverka(command);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/ENOTDIR|EISDIR/);
      expect(r.stdout).toBe("");
    }
    expect(readdirSync(dir).sort()).toEqual(["file.txt", "folder"]);
    expect(readdirSync(join(dir, "folder"))).toEqual([]);
  });

  test("a write that fails anyway says why in words", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "file.txt"), "x\n");
    await expect(writeAtomic(join(dir, "file.txt", "a.tmx"), "text")).rejects.toThrow(
      /a\.tmx: cannot write output: a part of the path is a file, not a directory \((EEXIST|ENOTDIR)\)/,
    );
  });
});

describe("a memory written by a script", () => {
  test("align piped (no summary) says what it left out of the memory, as export does; --quiet says nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-left-"));
    const en = join(dir, "en.txt");
    writeFileSync(en, readFileSync(EN, "utf8").replace("2024", "2023"));
    const memory = join(dir, "memory.tmx");
    const r = await sverka(["align", BG, en, "-o", memory]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^sverka: left out 1 unit flagged as errors \((dates|numbers) 1\) \(--drop-flagged none keeps flagged units\)\n$/,
    );
    expect((await sverka(["align", BG, en, "-o", memory, "--quiet"])).stderr).toBe("");
    // Nothing left out, nothing said.
    expect((await sverka(["align", BG, EN, "-o", memory])).stderr).toBe("");
  });
});

describe("progress on a terminal", () => {
  test("align: a bar on stderr naming the stages, cleared before the summary; stdout untouched", async () => {
    const r = await sverka(["align", BG, EN, "-f", "tsv"], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(11);
    expect(r.stdout).not.toMatch(/\u001b/);
    for (const stage of ["reading", "segmenting", "matching words", "aligning (draft)", "aligning", "reviewing"])
      expect(r.stderr).toContain(`${stage} `);
    expect(r.stderr).toMatch(/\u001b\[1Galigning [░█]+ \d+% \d+ s/);
    // The terminal's settings are left alone (no hidden cursor, no wrapping turned off), so Ctrl-C leaves nothing to restore.
    expect(r.stderr).not.toMatch(/\u001b\[\?(25l|7l)/);
    // The bar is cleared (cursor back to column 1, line erased) before the summary.
    expect(r.stderr).toMatch(/\u001b\[1G\u001b\[2Ksverka /);
    expect(r.stderr).toContain("links       11: 1-1 11");
  });

  test("check: the same bar; --quiet and a pipe show none", async () => {
    const check = await sverka(["check", BG, EN], { tty: true });
    expect(check.code).toBe(0);
    expect(check.stderr).toContain("reviewing ");
    expect(check.stdout).toMatch(/0 errors/);
    for (const args of [
      ["align", BG, EN, "--quiet"],
      ["check", BG, EN, "--quiet"],
    ]) {
      const quiet = await sverka(args, { tty: true });
      expect(quiet.code).toBe(0);
      expect(quiet.stderr).toBe("");
    }
    for (const args of [
      ["align", BG, EN],
      ["check", BG, EN],
    ])
      expect((await sverka(args)).stderr).toBe("");
  });

  test("check of a memory, merge and export: a bar while the file is read, reviewed and written; --quiet and a pipe show none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-bar-"));
    const memory = join(dir, "m.tmx");
    expect((await sverka(["align", BG, EN, "-o", memory, "-q"])).code).toBe(0);
    const check = await sverka(["check", memory], { tty: true });
    expect(check.code).toBe(0);
    for (const stage of ["reading", "reviewing"]) expect(check.stderr).toContain(`${stage} `);
    // Cleared before the report, which goes to stdout.
    expect(check.stderr).toMatch(/\u001b\[1G\u001b\[2K$/);
    expect(check.stdout).toMatch(/^sverka check /);
    const merged = join(dir, "all.tmx");
    const merge = await sverka(["merge", memory, memory, "-o", merged, "--drop-flagged", "error"], { tty: true });
    expect(merge.code).toBe(0);
    for (const stage of ["reading", "reviewing", "writing"]) expect(merge.stderr).toContain(`${stage} `);
    expect(merge.stderr).toMatch(/\u001b\[1G\u001b\[2Kmerged 22 units of 2 memories/);
    const piped = await sverka(["merge", memory, memory, "-o", merged]);
    expect(piped.stderr).toMatch(/^merged 22 units of 2 memories/);
    expect((await sverka(["merge", memory, memory, "-o", merged, "-q"], { tty: true })).stderr).toBe("");
    expect((await sverka(["check", memory, "--quiet"], { tty: true })).stderr).toBe("");
    // export: reading, then each file written; -q says nothing, not even what a memory left out.
    const bitext = join(dir, "b.json");
    const changed = join(dir, "en.txt");
    writeFileSync(changed, read(EN).replace("15 and 16 April", "15 and 17 April"));
    expect((await sverka(["align", BG, changed, "-o", bitext, "-q"])).code).toBe(0);
    const exported = await sverka(["export", bitext, "-o", join(dir, "x.tmx"), "-o", join(dir, "x.json")], { tty: true });
    expect(exported.code).toBe(0);
    for (const stage of ["reading", "writing"]) expect(exported.stderr).toContain(`${stage} `);
    expect(exported.stderr).toMatch(/\u001b\[1G\u001b\[2Ksverka: left out 1 unit flagged as errors/);
    expect((await sverka(["export", bitext, "-o", join(dir, "x.tmx")])).stderr).toMatch(/^sverka: left out 1 unit/);
    expect((await sverka(["export", bitext, "-o", join(dir, "x.tmx"), "-q"], { tty: true })).stderr).toBe("");
    expect(read(join(dir, "x.json"))).toBe(read(bitext));
  });

  test("batch: the bar goes to the CLI's stderr", async () => {
    const dir = batchDir();
    const r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--jobs", "1"], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/aligning [░█]+ \d\/2 pairs/);
  });
});

describe("check of a saved bitext from another folder", () => {
  test("the documents' relative paths are found beside the bitext, so the report keeps its line numbers", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "job"));
    writeFileSync(join(dir, "job", "bg.txt"), read(BG));
    writeFileSync(join(dir, "job", "en.txt"), read(EN).replace(/2024/, "2023"));
    const home = process.cwd();
    try {
      process.chdir(join(dir, "job"));
      expect((await sverka(["align", "bg.txt", "en.txt", "-o", "out.json"])).code).toBe(0);
      process.chdir(dir);
      const r = await sverka(["check", join("job", "out.json"), "--format", "json"]);
      const problem = JSON.parse(r.stdout).problems[0];
      const target = problem.locations.find((l: { side: string }) => l.side === "target");
      expect(target).toMatchObject({ path: join("job", "en.txt"), line: expect.any(Number) });
      // The readable report names the file checked, and the documents it pairs.
      const text = await sverka(["check", join("job", "out.json")]);
      expect(text.stdout.split("\n")[0]).toBe(
        `sverka check ${join("job", "out.json")} (${join("job", "bg.txt")} → ${join("job", "en.txt")})`,
      );
    } finally {
      process.chdir(home);
    }
  });

  test("and beside a folder above it: a bitext written into an output folder, checked from inside that folder", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "job", "out"), { recursive: true });
    writeFileSync(join(dir, "job", "bg.txt"), read(BG));
    writeFileSync(join(dir, "job", "en.txt"), read(EN).replace(/2024/, "2023"));
    const home = process.cwd();
    try {
      process.chdir(join(dir, "job"));
      expect((await sverka(["align", "bg.txt", "en.txt", "-o", join("out", "x.json")])).code).toBe(0);
      process.chdir(join(dir, "job", "out"));
      const r = await sverka(["check", "x.json", "--format", "json"]);
      const target = JSON.parse(r.stdout).problems[0].locations.find((l: { side: string }) => l.side === "target");
      expect(target).toMatchObject({ path: join("..", "en.txt"), line: expect.any(Number) });
    } finally {
      process.chdir(home);
    }
  });
});
