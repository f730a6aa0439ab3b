/** `sverka batch` and `sverka merge`, through `run(argv, io)` in this process (the worker threads still load the built files); the interrupted batch is in tests/e2e.test.ts. */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { readBatchInput, readManifest, runBatch, shard } from "../src/batch/index.js";
import { MADE_FILE } from "../src/batch/made.js";
import { batchDir, corpus, fixture, read, sverka, TMX_DTD, testNeeding, validateTmx, XMLLINT } from "./helpers.js";

/** The outputs a batch wrote to a folder, by name (not the record of what made them, `.sverka-batch`). */
const outputsIn = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f !== MADE_FILE)
    .sort();

describe("sverka batch", () => {
  test("a directory of pairs: outputs, report, merged memory; a failing pair does not stop the rest", async () => {
    const dir = batchDir({ "empty.bg.txt": "", "empty.en.txt": "Text." });
    const r = await sverka([
      "batch",
      join(dir, "docs"),
      "--out-dir",
      join(dir, "aligned"),
      "--report",
      join(dir, "report.json"),
      "--merge-tmx",
      join(dir, "all.tmx"),
      "--jobs",
      "2",
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2 aligned \([^)]*\), 0 up to date, 1 failed/);
    expect(r.stdout).toMatch(/failed: \S*docs\/empty\.bg\.txt: the document is empty/);
    expect(outputsIn(join(dir, "aligned"))).toEqual(["bus.tmx", "osce.tmx"]);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.pairs.map((p: { name: string; status: string }) => `${p.name}:${p.status}`)).toEqual([
      "bus:done",
      "empty:failed",
      "osce:done",
    ]);
    const merged = readFileSync(join(dir, "all.tmx"), "utf8");
    expect(merged.match(/<tu /g)).toHaveLength(25);
    expect(merged).toContain(`<prop type="x-document">osce</prop>`);
  });

  test("the merged memory keeps a unit's warning as the pair's own TMX does (stranger 82)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-batch-flags-"));
    mkdirSync(join(dir, "docs"));
    writeFileSync(
      join(dir, "docs", "care.bg.txt"),
      "Уредът се почиства с мека кърпа.\n\nНе поставяйте уреда близо до вода.\n\nПроверете кабела преди употреба.\n",
    );
    writeFileSync(
      join(dir, "docs", "care.en.txt"),
      // "Keep", not "Place": the very verb kept without its negation is an error, which leaves the memory.
      "Clean the appliance with a soft cloth.\n\nKeep the appliance near water.\n\nCheck the cable before use.\n",
    );
    const r = await sverka([
      "batch",
      join(dir, "docs"),
      "--out-dir",
      join(dir, "out"),
      "--merge-tmx",
      join(dir, "all.tmx"),
      "--jobs",
      "1",
      "-q",
    ]);
    expect(r.code).toBe(0);
    const flag =
      '<prop type="x-sverka-flag">warning negation: the source says &quot;Не поставяйте уреда&quot;, and the translation has no negation: meaning reversed?</prop>';
    expect(readFileSync(join(dir, "out", "care.tmx"), "utf8")).toContain(flag);
    expect(readFileSync(join(dir, "all.tmx"), "utf8")).toContain(flag);
  });

  test("a second run writes the same merged memory: no pair is skipped as up to date when its units are needed", async () => {
    const dir = batchDir();
    const args = ["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--merge-tmx", join(dir, "all.tmx"), "--jobs", "1"];
    await sverka(args);
    const first = readFileSync(join(dir, "all.tmx"), "utf8").match(/<tu /g)?.length;
    expect(first).toBeGreaterThan(10);
    const again = await sverka(args);
    expect(again.stdout).toMatch(/0 up to date/);
    expect(readFileSync(join(dir, "all.tmx"), "utf8").match(/<tu /g)?.length).toBe(first);
  });

  testNeeding([XMLLINT, TMX_DTD], "the merged memory validates against the TMX 1.4 DTD", async () => {
    const dir = batchDir();
    expect(
      (await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--merge-tmx", join(dir, "all.tmx"), "--jobs", "1"])).code,
    ).toBe(0);
    const r = validateTmx([join(dir, "all.tmx")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test.each([["1"], ["2"]])("--learn-across with %s job(s): a learning pass over every pair, then the alignment", async (jobs) => {
    const dir = batchDir({ "empty.bg.txt": "", "empty.en.txt": "Text." });
    const r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "-f", "json", "--learn-across", "--jobs", jobs]);
    expect(r.code).toBe(1);
    // Some: the learning pass once read no pair (each refused an option of the batch's) and pooled none, silently.
    expect(Number(/learned (\d+) word translations across 3 pairs/.exec(r.stderr)?.[1])).toBeGreaterThan(10);
    expect(r.stdout).toMatch(/2 aligned \([^)]*\), 0 up to date, 1 failed/);
    const osce = JSON.parse(readFileSync(join(dir, "out", "osce.json"), "utf8"));
    expect(osce.links.map((l: { kind: string }) => l.kind)).toEqual(Array(11).fill("1-1"));
  });

  test("resumable: up-to-date pairs are skipped unless --force", async () => {
    const dir = batchDir();
    // One job: this is about what is redone, not threads (tested above).
    const args = ["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "-f", "json", "--jobs", "1"];
    expect((await sverka(args)).code).toBe(0);
    expect((await sverka(args)).stdout).toMatch(/0 aligned, 2 up to date/);
    expect((await sverka([...args, "--force"])).stdout).toMatch(/2 aligned \([^)]*\), 0 up to date/);
  });

  test("a pair that is no translation at all says so in the table and in both reports, and gives no unit (a corpus builder's wrong file)", async () => {
    const dir = batchDir({
      "wrong.bg.txt": read(corpus("osce-alliance-2024", "bg.txt")),
      "wrong.en.txt": read(corpus("handmade-bg-en", "en.txt")),
    });
    const args = ["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "-f", "tsv", "--jobs", "1"];
    const r = await sverka([...args, "--report", join(dir, "report.tsv")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrong +.*done; see below$/m);
    expect(r.stdout).toMatch(/wrong: the target does not look like a translation of the source/);
    const rows = readFileSync(join(dir, "report.tsv"), "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    const wrong = rows.find((row) => row[0] === "wrong")!;
    expect(wrong[rows[0]!.indexOf("reason")]).toMatch(/^the target does not look like a translation of the source/);
    expect(rows.find((row) => row[0] === "osce")![rows[0]!.indexOf("reason")]).toBe("");
    expect(readFileSync(join(dir, "out", "wrong.tsv"), "utf8")).toBe("");
    // Quiet, it is still said: its output alone is an empty file.
    const quiet = await sverka([...args, "-q", "--redo"]);
    expect(quiet.stdout).toBe("");
    expect(quiet.stderr).toMatch(/^sverka: wrong: the target does not look like a translation of the source/m);
    // Up to date, a re-run says it as the run that wrote it did (recorded beside the output), in its report and quiet.
    const again = await sverka([...args, "-q", "--report", join(dir, "again.tsv")]);
    expect(again.stderr).toMatch(/^sverka: wrong: the target does not look like a translation of the source/m);
    const later = readFileSync(join(dir, "again.tsv"), "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    expect(later.find((row) => row[0] === "wrong")![later[0]!.indexOf("reason")]).toMatch(/^up to date; the target does not look like/);
  });

  test("--min-score leaves low-confidence links out of each pair's memory and of the merged one, and says so", async () => {
    const dir = batchDir();
    const args = (out: string) => ["batch", join(dir, "docs"), "--out-dir", join(dir, out), "--jobs", "1"];
    const r = await sverka([...args("out"), "--min-score", "0.9999", "--merge-tmx", join(dir, "all.tmx")]);
    expect(r.code).toBe(0);
    const left = Number(/memories: left out (?:\d+ units? flagged [^;]*; )?(\d+) units? below --min-score/.exec(r.stdout + r.stderr)?.[1]);
    expect(left).toBeGreaterThan(0);
    expect((await sverka(args("all"))).code).toBe(0);
    const units = (file: string) => readFileSync(file, "utf8").match(/<tu /g)?.length ?? 0;
    const both = (folder: string) => units(join(dir, folder, "osce.tmx")) + units(join(dir, folder, "bus.tmx"));
    expect(both("all") - both("out")).toBe(left);
    expect(units(join(dir, "all.tmx"))).toBe(both("out"));
  });

  test("a run with other options, or another input of the same time, redoes the pairs its outputs were not made for (a corpus builder's second run)", async () => {
    const dir = batchDir();
    const args = ["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "-f", "tsv", "--jobs", "1"];
    expect((await sverka(args)).code).toBe(0);
    expect(
      readFileSync(join(dir, "out", MADE_FILE), "utf8")
        .trim()
        .split("\n"),
    ).toHaveLength(2);
    expect((await sverka(args)).stdout).toMatch(/0 aligned, 2 up to date/);
    for (const other of [["--drop-flagged", "none"], ["--max-link", "1"], ["--segmented"]]) {
      expect((await sverka([...args, ...other])).stdout).toMatch(/2 aligned \([^)]*\), 0 up to date/);
      expect((await sverka([...args, ...other])).stdout).toMatch(/0 aligned, 2 up to date/);
    }
    expect((await sverka(args)).stdout).toMatch(/2 aligned \([^)]*\), 0 up to date/);
    // An input replaced by another of an older time (cp -p): its pair is redone, the other kept.
    const input = join(dir, "docs", "osce.en.txt");
    const { mtime } = statSync(input);
    writeFileSync(input, `${readFileSync(input, "utf8")}\nOne more sentence.\n`);
    utimesSync(input, mtime, mtime);
    expect((await sverka(args)).stdout).toMatch(/1 aligned \([^)]*\), 1 up to date/);
    // Outputs no run recorded (an older sverka's) are judged by their times, as before.
    rmSync(join(dir, "out", MADE_FILE));
    expect((await sverka(args)).stdout).toMatch(/0 aligned, 2 up to date/);
  });

  test("--redo redoes up-to-date pairs and still refuses a swapped one, which --force aligns; -q says only what failed", async () => {
    const dir = batchDir();
    writeFileSync(join(dir, "pairs.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\ndocs/bus.en.txt\tdocs/bus.bg.txt\n");
    const args = ["batch", join(dir, "pairs.tsv"), "--out-dir", join(dir, "out"), "--jobs", "1"];
    expect((await sverka(args)).stdout).toMatch(/1 aligned \([^)]*\), 0 up to date, 1 failed/);
    const redo = await sverka([...args, "--redo"]);
    expect(redo.stdout).toMatch(/1 aligned \([^)]*\), 0 up to date, 1 failed/);
    expect(redo.stdout).toMatch(/look swapped/);
    expect((await sverka([...args, "--force"])).stdout).toMatch(/2 aligned \([^)]*\), 0 up to date, 0 failed/);
    // Quiet: no table, no notes; the failure alone, a line on stderr, and the exit code as without -q.
    writeFileSync(join(dir, "swapped.tsv"), "docs/bus.en.txt\tdocs/bus.bg.txt\n");
    const quiet = await sverka(["batch", join(dir, "swapped.tsv"), "--out-dir", join(dir, "out2"), "--jobs", "1", "-q"]);
    expect(quiet.stdout).toBe("");
    expect(quiet.stderr).toMatch(/^sverka: bus\.en failed: the files look swapped: .*\n$/);
    expect(quiet.code).toBe(1);
  });

  test("a TSV manifest, its paths relative to it; a relative output read inside --out-dir, one still outside refused", async () => {
    const dir = batchDir();
    writeFileSync(join(dir, "pairs.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\tout/osce.tsv\n");
    expect((await sverka(["batch", join(dir, "pairs.tsv"), "--out-dir", join(dir, "out"), "-f", "tsv"])).code).toBe(0);
    expect(
      readFileSync(join(dir, "out", "osce.tsv"), "utf8")
        .trimEnd()
        .split("\n"),
    ).toHaveLength(11);
    // A relative output that would land beside the manifest, outside --out-dir, goes inside it, as its user meant.
    writeFileSync(join(dir, "named.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\tosce-named.tsv\n");
    expect((await sverka(["batch", join(dir, "named.tsv"), "--out-dir", join(dir, "out"), "-f", "tsv"])).code).toBe(0);
    expect(existsSync(join(dir, "out", "osce-named.tsv"))).toBe(true);
    expect(existsSync(join(dir, "osce-named.tsv"))).toBe(false);
    writeFileSync(join(dir, "escape.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\t../../escaped.tmx\n");
    const r = await sverka(["batch", join(dir, "escape.tsv"), "--out-dir", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/output \.\.\/\.\.\/escaped\.tmx is outside the output folder \S+\/out: refused/);
  });

  test("pairs whose files are named alike in other folders (deen/defect/src.txt, fren/defect/src.txt) get outputs named by their folders", async () => {
    const dir = batchDir();
    const copy = (folder: string) => {
      mkdirSync(join(dir, folder, "defect"), { recursive: true });
      writeFileSync(join(dir, folder, "defect", "src.txt"), readFileSync(join(dir, "docs", "osce.bg.txt")));
      writeFileSync(join(dir, folder, "defect", "tgt.txt"), readFileSync(join(dir, "docs", "osce.en.txt")));
      return `${folder}/defect/src.txt\t${folder}/defect/tgt.txt\n`;
    };
    writeFileSync(join(dir, "alike.tsv"), [copy("deen"), copy("fren"), "docs/osce.bg.txt\tdocs/osce.en.txt\n"].join(""));
    const pairs = await readManifest(join(dir, "alike.tsv"), {
      sourceLang: "bg",
      targetLang: "en",
      outDir: join(dir, "o"),
      extension: ".json",
    });
    expect(pairs.map((p) => p.name)).toEqual(["deen-defect-src", "fren-defect-src", "osce"]);
    expect(pairs.map((p) => p.output)).toEqual(["deen-defect-src", "fren-defect-src", "osce"].map((n) => join(dir, "o", `${n}.json`)));
    const r = await sverka(["batch", join(dir, "alike.tsv"), "--out-dir", join(dir, "o"), "-f", "json", "-q"]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "o", "fren-defect-src.json"))).toBe(true);
  });

  test("one source listed against two translations gets an output for each, named by the translation", async () => {
    // Before: "output file given twice" (both named after the source, in the same folder).
    const dir = batchDir();
    mkdirSync(join(dir, "review"), { recursive: true });
    writeFileSync(join(dir, "review", "osce-b.en.txt"), readFileSync(join(dir, "docs", "osce.en.txt")));
    writeFileSync(join(dir, "review", "de.txt"), readFileSync(join(dir, "docs", "osce.en.txt")));
    writeFileSync(
      join(dir, "twice.tsv"),
      [
        "docs/osce.bg.txt\tdocs/osce.en.txt",
        "docs/osce.bg.txt\treview/osce-b.en.txt",
        "docs/osce.bg.txt\treview/de.txt",
        "docs/osce.bg.txt\tdocs/osce.en.txt",
        "",
      ].join("\n"),
    );
    const pairs = await readManifest(join(dir, "twice.tsv"), {
      sourceLang: "bg",
      targetLang: "en",
      outDir: join(dir, "o"),
      extension: ".json",
    });
    // The same pair twice is numbered in the manifest's order.
    expect(pairs.map((p) => p.name)).toEqual(["osce-en", "osce-b", "osce-de", "osce-en-2"]);
    const r = await sverka(["batch", join(dir, "twice.tsv"), "--out-dir", join(dir, "o"), "-f", "json", "-q"]);
    expect(r.code).toBe(0);
    expect(["osce-en", "osce-b", "osce-de", "osce-en-2"].every((n) => existsSync(join(dir, "o", `${n}.json`)))).toBe(true);
  });

  test("manifest lines that all give the same languages: the merged memory's header says them, not *all* (stranger 94)", async () => {
    const dir = batchDir();
    writeFileSync(
      join(dir, "pairs.tsv"),
      "docs/osce.bg.txt\tdocs/osce.en.txt\t\tbg-BG\ten-GB\ndocs/bus.bg.txt\tdocs/bus.en.txt\t\tbg-BG\ten-GB\n",
    );
    const all = join(dir, "all.tmx");
    const r = await sverka(["batch", join(dir, "pairs.tsv"), "--out-dir", join(dir, "out"), "--merge-tmx", all, "-q"]);
    expect(r.code).toBe(0);
    const merged = readFileSync(all, "utf8");
    expect(merged).toMatch(/<header [^>]*srclang="bg-BG"/);
    expect(merged).not.toMatch(/<tu [^>]*srclang/);
    expect(new Set(merged.match(/xml:lang="[^"]*"/g))).toEqual(new Set(['xml:lang="bg-BG"', 'xml:lang="en-GB"']));
  });

  test("a manifest line may give its pair's languages (an English original beside Bulgarian ones): aligned, merged and checked in them", async () => {
    const dir = batchDir();
    // The bus notice the other way round: its English is the source, as a translation agency's English original would be.
    writeFileSync(
      join(dir, "pairs.tsv"),
      "docs/osce.bg.txt\tdocs/osce.en.txt\n# an English original\ndocs/bus.en.txt\tdocs/bus.bg.txt\t\ten\tbg\n",
    );
    const all = join(dir, "all.tmx");
    const r = await sverka(["batch", join(dir, "pairs.tsv"), "--out-dir", join(dir, "out"), "--merge-tmx", all, "--jobs", "1"]);
    expect(r.stderr).toMatch(/^merged /);
    expect(r.code).toBe(0);
    // The summary counts the pairs of each direction.
    expect(r.stdout).toMatch(/2 aligned \(1 bg → en, 1 en → bg\), 0 up to date/);
    expect(readFileSync(join(dir, "out", "bus.tmx"), "utf8")).toMatch(/srclang="en"[\s\S]*<tuv xml:lang="en">[\s\S]*<tuv xml:lang="bg">/);
    // The merged memory holds both directions: "*all*" in its header, each unit its own source language.
    const merged = readFileSync(all, "utf8");
    expect(merged).toMatch(/<header [^>]*srclang="\*all\*"/);
    expect(merged).toMatch(/<tu tuid="\d+" srclang="bg"[^>]*>[\s\S]*?<tuv xml:lang="bg">/);
    expect(merged).toMatch(/<tu tuid="\d+" srclang="en"[^>]*>[\s\S]*?<tuv xml:lang="en">[^\n]*\n\s*<tuv xml:lang="bg">/);
    // check reads the manifest the same way: the bus notice's sentence the English lacks is one its Bulgarian added.
    const checked = await sverka(["check", join(dir, "pairs.tsv")]);
    expect(checked.stderr).not.toMatch(/swapped/);
    expect(checked.stdout).toMatch(/bus\.en\.txt → \S+bus\.bg\.txt\n✗ error +added +this sentence is not in the source/);
    expect(checked.code).toBe(1);
    // The merged memory checked is read the same way: each unit in its own direction, a report for each.
    const memory = await sverka(["check", all, "-f", "json"]);
    const pairs = JSON.parse(memory.stdout).pairs as Array<{ source: { lang: string }; target: { lang: string }; problems: unknown[] }>;
    expect(pairs.map((p) => `${p.source.lang}-${p.target.lang}`)).toEqual(["bg-en", "en-bg"]);
    expect((await sverka(["check", all])).stdout).toMatch(/all\.tmx \(\d+ units, bg → en\)[\s\S]*all\.tmx \(\d+ units, en → bg\)/);
    expect((await sverka(["check", all, "-o", join(dir, "all.html")])).stderr).toMatch(/translated both ways \(bg → en, en → bg\)/);
    // Merged again, the memory keeps every unit, whichever way it was translated.
    const again = await sverka(["merge", all, "-o", join(dir, "again.tmx")]);
    const units = (text: string) => text.match(/<tu /g)?.length;
    expect(again.stderr).toMatch(/: (\d+) written$/m);
    expect(units(readFileSync(join(dir, "again.tmx"), "utf8"))).toBe(units(merged));
    // Without the languages, the line is refused as swapped, as before.
    writeFileSync(join(dir, "plain.tsv"), "docs/bus.en.txt\tdocs/bus.bg.txt\n");
    const refused = await sverka(["batch", join(dir, "plain.tsv"), "--out-dir", join(dir, "out2"), "--jobs", "1"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/look swapped/);
    // One language alone, or one sverka cannot read, is the manifest's error.
    writeFileSync(join(dir, "half.tsv"), "docs/bus.en.txt\tdocs/bus.bg.txt\t\ten\n");
    expect((await sverka(["batch", join(dir, "half.tsv"), "--out-dir", join(dir, "out3")])).stderr).toMatch(
      /line 1: give both languages after the output/,
    );
  });

  test("an agency's names pair too: NAME_BG.txt, NAME-bg.txt, NAME_bg-BG.txt, NAME.en_GB.txt (stranger 74)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-batch-"));
    const names: Array<[string, string]> = [
      ["PIL_Cardioprol_BG.txt", "PIL_Cardioprol_EN.txt"],
      ["lease-bg.txt", "lease-en.txt"],
      ["report_bg-BG.txt", "report_en-GB.txt"],
      ["manual.bg.txt", "manual.en_GB.txt"],
    ];
    for (const [bg, en] of names) {
      copyFileSync(corpus("handmade-bg-en", "bg.txt"), join(dir, bg));
      copyFileSync(corpus("handmade-bg-en", "en.txt"), join(dir, en));
    }
    // One with no translation is named with the counterpart it lacks, written as its own name is.
    copyFileSync(corpus("handmade-bg-en", "bg.txt"), join(dir, "offer_BG.txt"));
    const pairs = await readBatchInput(dir, { sourceLang: "bg", targetLang: "en", outDir: join(dir, "out"), extension: ".tmx" });
    expect(pairs.pairs.map((p) => [p.name, basename(p.source), basename(p.target)])).toEqual([
      ["pil_cardioprol", "PIL_Cardioprol_BG.txt", "PIL_Cardioprol_EN.txt"],
      ["lease", "lease-bg.txt", "lease-en.txt"],
      ["manual", "manual.bg.txt", "manual.en_GB.txt"],
      ["report", "report_bg-BG.txt", "report_en-GB.txt"],
    ]);
    expect(pairs.unpaired.map((u) => u.reason)).toEqual(["no offer_EN.txt"]);
  });

  test("an agency's names with a space or brackets, a three-letter code, a version after the language: the latest version pairs (stranger 75)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-batch-"));
    const files = [
      "Договор за наем BG.txt",
      "Договор за наем EN.txt",
      "Offer (BG).txt",
      "Offer (EN).txt",
      "Leaflet_BUL.txt",
      "Leaflet_ENG.txt",
      "Manual_BG.txt",
      "Manual_EN_v1.txt",
      "Manual_EN_v2.txt",
      "Manual_EN_final.txt",
      "Notice-bg.v2.txt",
      "Notice-en.v3.txt",
      "Tender [BUL].txt",
      "contract-DE.txt",
      "meeting-no.txt",
    ];
    for (const f of files) copyFileSync(corpus("handmade-bg-en", /bg|bul/i.test(f) ? "bg.txt" : "en.txt"), join(dir, f));
    const input = await readBatchInput(dir, { sourceLang: "bg", targetLang: "en", outDir: join(dir, "out"), extension: ".tmx" });
    expect(input.pairs.map((p) => [p.name, basename(p.source), basename(p.target)])).toEqual([
      ["leaflet", "Leaflet_BUL.txt", "Leaflet_ENG.txt"],
      ["manual", "Manual_BG.txt", "Manual_EN_final.txt"],
      ["notice", "Notice-bg.v2.txt", "Notice-en.v3.txt"],
      ["offer", "Offer (BG).txt", "Offer (EN).txt"],
      ["договор за наем", "Договор за наем BG.txt", "Договор за наем EN.txt"],
    ]);
    expect(input.unpaired.map((u) => [basename(u.file), u.reason])).toEqual([
      // A third language named as agencies name it, in capitals (stranger 76: "no language in its name"); a name's own
      // last word in lowercase is none.
      ["contract-DE.txt", "in de, not bg or en"],
      ["meeting-no.txt", "no language in its name (NAME.bg.EXT, NAME.en.EXT)"],
      ["Manual_EN_v2.txt", "an earlier version than Manual_EN_final.txt"],
      ["Manual_EN_v1.txt", "an earlier version than Manual_EN_final.txt"],
      ["Tender [BUL].txt", "no Tender [ENG].txt"],
    ]);
    expect(input.others).toEqual([]);
  });

  test("a folder per document (NAME/bg.txt, NAME/NAME.bg.txt) as well as NAME.bg.txt pairs; languages from -s and -t", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-batch-"));
    const put = (from: string, lang: string, ...to: string[]) => {
      mkdirSync(join(dir, "corpus", ...to.slice(0, -1)), { recursive: true });
      copyFileSync(corpus(from, `${lang}.txt`), join(dir, "corpus", ...to));
    };
    for (const lang of ["bg", "en"]) {
      put("osce-alliance-2024", lang, "osce-alliance-2024", `${lang}.txt`); // the repository's own corpus/ layout
      put("handmade-bg-en", lang, "bus", `bus.${lang}.txt`);
      put("handmade-bg-en", lang, `flat.${lang}.txt`);
    }
    const r = await sverka(["batch", join(dir, "corpus"), "--out-dir", join(dir, "aligned"), "--jobs", "1"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // A folder cannot say which side is the original (stranger 33 aligned English originals as Bulgarian ones unawares).
    expect(r.stdout).toMatch(/3 aligned \(bg → en, the default: -s and -t say which language is the original\), 0 up to date, 0 failed;/);
    expect(outputsIn(join(dir, "aligned"))).toEqual(["bus.tmx", "flat.tmx", "osce-alliance-2024.tmx"]);
    const given = await sverka([
      "batch",
      join(dir, "corpus"),
      "--out-dir",
      join(dir, "aligned"),
      "--jobs",
      "1",
      "-s",
      "bg",
      "-t",
      "en",
      "--force",
    ]);
    expect(given.stdout).toMatch(/3 aligned \(bg → en\), 0 up to date, 0 failed;/);
    // Other languages: the suffixes follow -s and -t, in every layout.
    mkdirSync(join(dir, "defr", "doc"), { recursive: true });
    writeFileSync(join(dir, "defr", "doc", "de.txt"), "Guten Tag.\n\nWie geht es?\n");
    writeFileSync(join(dir, "defr", "doc", "fr.txt"), "Bonjour.\n\nComment allez-vous ?\n");
    const pairs = await readManifest(join(dir, "defr"), {
      sourceLang: "de",
      targetLang: "fr-CH",
      outDir: join(dir, "o"),
      extension: ".json",
    });
    expect(pairs.map((p) => [p.name, p.output])).toEqual([["doc", join(dir, "o", "doc.json")]]);
  });

  test("a pair's errors are counted as check counts them: a passage left out is one", async () => {
    // The translation without its bullet list (three sentences in a row): before, the table and --report said one error per sentence.
    const en = readFileSync(corpus("osce-alliance-2024", "en.txt"), "utf8").replace(/\n\n {2}•[\s\S]*?\n\n/u, "\n\n");
    const dir = batchDir({ "gap.bg.txt": readFileSync(corpus("osce-alliance-2024", "bg.txt"), "utf8"), "gap.en.txt": en });
    const r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "-f", "json", "--report", join(dir, "report.json")]);
    expect(r.code).toBe(0);
    const gap = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).pairs.find((p: { name: string }) => p.name === "gap");
    const checked = await sverka(["check", join(dir, "docs", "gap.bg.txt"), join(dir, "docs", "gap.en.txt"), "-f", "json"]);
    const counts = JSON.parse(checked.stdout).counts;
    expect([gap.errors, gap.warnings, gap.info]).toEqual([counts.error, counts.warning, counts.info]);
    const links = JSON.parse(readFileSync(join(dir, "out", "gap.json"), "utf8")).links as Array<{ target: number[] }>;
    expect(links.filter((l) => l.target.length === 0).length).toBe(3);
    expect(gap.errors).toBe(1);
  });

  test("a file without its counterpart is listed as skipped, with the file it lacks, in the table and both reports", async () => {
    const dir = batchDir({ "lonely.bg.txt": "Само на български.", "orphan.en.txt": "English only." });
    mkdirSync(join(dir, "docs", "manual"));
    writeFileSync(join(dir, "docs", "manual", "bg.txt"), "Ръководство.");
    const args = ["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--jobs", "1"];
    const r = await sverka([...args, "--report", join(dir, "report.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^lonely +skipped: no lonely\.en\.txt$/m);
    expect(r.stdout).toMatch(/^orphan +skipped: no orphan\.bg\.txt$/m);
    expect(r.stdout).toMatch(/^manual +skipped: no manual\/en\.txt$/m);
    expect(r.stdout).toMatch(/2 aligned \([^)]*\), 0 up to date, 0 failed, 3 skipped \(not paired\);/);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(
      report.pairs.filter((p: { reason?: string }) => p.reason?.startsWith("no ")).map((p: any) => [p.name, p.status, p.reason, p.file]),
    ).toEqual([
      ["lonely", "skipped", "no lonely.en.txt", join(dir, "docs", "lonely.bg.txt")],
      ["orphan", "skipped", "no orphan.bg.txt", join(dir, "docs", "orphan.en.txt")],
      ["manual", "skipped", "no manual/en.txt", join(dir, "docs", "manual", "bg.txt")],
    ]);
    expect((await sverka([...args, "--report", join(dir, "report.tsv")])).code).toBe(0);
    const tsv = readFileSync(join(dir, "report.tsv"), "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    const col = (name: string) => tsv[0]!.indexOf(name);
    expect(tsv.slice(1).map((row) => [row[0], row[col("status")], row[col("reason")]])).toEqual([
      ["bus", "skipped", "up to date"],
      ["osce", "skipped", "up to date"],
      ["lonely", "skipped", "no lonely.en.txt"],
      ["orphan", "skipped", "no orphan.bg.txt"],
      ["manual", "skipped", "no manual/en.txt"],
    ]);
    expect(tsv.every((row) => row.length === tsv[0]!.length)).toBe(true);
  });

  test("every ending align reads pairs up (.odt, .rtf...); a source takes the target of its own ending first; other files are said on stderr", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-batch-"));
    const docs = join(dir, "docs");
    mkdirSync(join(docs, "letter"), { recursive: true });
    for (const lang of ["bg", "en"]) {
      copyFileSync(fixture("read", `contract.${lang}.odt`), join(docs, `supply.${lang}.odt`));
      copyFileSync(fixture("read", `contract.${lang}.rtf`), join(docs, `offer.${lang}.rtf`));
      copyFileSync(fixture("read", `contract.${lang}.html`), join(docs, "letter", `${lang}.xhtml`));
    }
    // A Markdown document translated into a text file: a source takes the target of its own ending first, else any other.
    copyFileSync(corpus("handmade-bg-en", "bg.txt"), join(docs, "bus.bg.md"));
    copyFileSync(corpus("handmade-bg-en", "en.txt"), join(docs, "bus.en.txt"));
    writeFileSync(join(docs, "manifest.tsv"), "a\tb\n");
    writeFileSync(join(docs, "scan.bg.pdf"), "%PDF-1.4");
    writeFileSync(join(docs, "letter", "notes.txt"), "for the translator");
    // A copy of a document of the pair, its language in its name though not last (a text's sentences one a line), is said, not skipped.
    writeFileSync(join(docs, "letter", "bg.sentences.txt"), "Първо изречение.\n");
    writeFileSync(join(docs, ".DS_Store"), "");
    const options = { sourceLang: "bg", targetLang: "en", outDir: join(dir, "out"), extension: ".tmx" };
    const input = await readBatchInput(docs, options);
    expect(input.pairs.map((p) => [p.name, basename(p.source), basename(p.target)])).toEqual([
      ["bus", "bus.bg.md", "bus.en.txt"],
      ["offer", "offer.bg.rtf", "offer.en.rtf"],
      ["supply", "supply.bg.odt", "supply.en.odt"],
      ["letter", "bg.xhtml", "en.xhtml"],
    ]);
    // A text document whose name says no language is a translation perhaps, left unchecked: skipped, named. Other files are said.
    expect(input.unpaired).toEqual([
      { name: "letter/notes.txt", file: join(docs, "letter", "notes.txt"), reason: "no language in its name (NAME.bg.EXT, NAME.en.EXT)" },
    ]);
    expect(input.others).toEqual([join(docs, "manifest.tsv"), join(docs, "scan.bg.pdf"), join(docs, "letter", "bg.sentences.txt")]);
    // Its own ending first: supply.en.txt beside supply.en.odt is left over, and said so.
    writeFileSync(join(docs, "supply.en.txt"), "Supply contract");
    const again = await readBatchInput(docs, options);
    expect(again.pairs.find((p) => p.name === "supply")!.target).toBe(join(docs, "supply.en.odt"));
    expect(again.unpaired).toContainEqual({ name: "supply", file: join(docs, "supply.en.txt"), reason: "no supply.bg.txt" });
    // Folders at any depth are read, a name's case aside: clients/acme/2025/Lease.EN.txt is lease.bg.txt's translation.
    mkdirSync(join(docs, "acme", "2025"), { recursive: true });
    copyFileSync(corpus("handmade-bg-en", "bg.txt"), join(docs, "acme", "2025", "lease.bg.txt"));
    copyFileSync(corpus("handmade-bg-en", "en.txt"), join(docs, "acme", "2025", "Lease.EN.txt"));
    copyFileSync(corpus("handmade-bg-en", "en.txt"), join(docs, "acme", "2025", "privacy.en.txt"));
    const deep = await readBatchInput(docs, options);
    expect(deep.pairs.find((p) => p.name === "acme/2025/lease")).toMatchObject({ target: join(docs, "acme", "2025", "Lease.EN.txt") });
    expect(deep.unpaired).toContainEqual({
      name: "acme/2025/privacy",
      file: join(docs, "acme", "2025", "privacy.en.txt"),
      reason: "no acme/2025/privacy.bg.txt",
    });
    // A folder of ODT pairs only is a batch, and the run says what it left out.
    const odt = join(dir, "odt");
    mkdirSync(odt);
    for (const lang of ["bg", "en"]) copyFileSync(fixture("read", `contract.${lang}.odt`), join(odt, `contract.${lang}.odt`));
    writeFileSync(join(odt, "contract.pdf"), "%PDF-1.4");
    const r = await sverka(["batch", odt, "--out-dir", join(dir, "out"), "--jobs", "1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 aligned \([^)]*\), 0 up to date, 0 failed;/);
    expect(r.stderr).toContain(
      `sverka: 1 file pairs with nothing, left out: ${join(odt, "contract.pdf")} (a pair is NAME.bg.EXT with NAME.en.EXT, EXT: txt, md, html, docx, odt or rtf)\n`,
    );
    expect(existsSync(join(dir, "out", "contract.tmx"))).toBe(true);
  });

  test("a directory with no pairs, or two pairs of one name: exit 2, saying what is expected", async () => {
    const dir = batchDir();
    mkdirSync(join(dir, "none"));
    writeFileSync(join(dir, "none", "a.bg.txt"), "Текст.");
    const none = await sverka(["batch", join(dir, "none")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /no document pairs in the directory: expected NAME\.bg\.EXT with NAME\.en\.EXT, a folder per document holding bg\.EXT and en\.EXT, or folders bg\/ and en\/ holding documents of the same names \(EXT: txt, md, html, docx, odt or rtf/,
    );
    expect(none.stderr).toMatch(/a\.bg\.txt \(no a\.en\.txt\)/);
    mkdirSync(join(dir, "docs", "osce"));
    copyFileSync(join(dir, "docs", "osce.bg.txt"), join(dir, "docs", "osce", "bg.txt"));
    copyFileSync(join(dir, "docs", "osce.en.txt"), join(dir, "docs", "osce", "en.txt"));
    const twice = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out")]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/two pairs are named osce .*rename one of them/);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  test("a manifest's own outputs, absolute or relative, are written where it says unless --out-dir is given; then the message shows the fix", async () => {
    const dir = batchDir();
    const abs = join(dir, "elsewhere", "osce.tmx");
    writeFileSync(
      join(dir, "manifest.tsv"),
      `docs/osce.bg.txt\tdocs/osce.en.txt\t${abs}\ndocs/bus.bg.txt\tdocs/bus.en.txt\tmine/bus.tmx\n`,
    );
    writeFileSync(join(dir, "folders.tsv"), `${corpus("osce-alliance-2024", "bg.txt")}\t${corpus("osce-alliance-2024", "en.txt")}\n`);
    const folders = await readManifest(join(dir, "folders.tsv"), {
      sourceLang: "bg",
      targetLang: "en",
      outDir: join(dir, "o"),
      extension: ".tmx",
    });
    expect(folders.map((p) => p.name)).toEqual(["osce-alliance-2024"]); // named by the folder, not "bg"
    const ok = await sverka(["batch", join(dir, "manifest.tsv"), "--jobs", "1"]);
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    expect(readFileSync(abs, "utf8")).toMatch(/<\/tmx>\n$/);
    expect(existsSync(join(dir, "mine", "bus.tmx"))).toBe(true);
    const refused = await sverka(["batch", join(dir, "manifest.tsv"), "--out-dir", join(dir, "out"), "--force"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `line 1: output ${abs} is outside the output folder ${join(dir, "out")}: refused. Give an output inside it (such as ${join(dir, "out", "osce.tmx")}), or drop --out-dir to write where the manifest says`,
    );
  });

  test("each output a manifest names is of the format its ending says: refused where -f says another, taken where -f is not given", async () => {
    // Stranger 70: -f json wrote JSON into manual-out.tmx, and TMX went into m.json and m.xls; the batch said "done".
    const dir = batchDir();
    writeFileSync(join(dir, "tmx.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\tout/manual-out.tmx\n");
    const mismatch = await sverka(["batch", join(dir, "tmx.tsv"), "-f", "json"]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain("manual-out.tmx: the ending .tmx says tmx, but --format says json: name the file");
    expect(existsSync(join(dir, "out"))).toBe(false);
    writeFileSync(join(dir, "xls.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\tout/m.xls\n");
    const foreign = await sverka(["batch", join(dir, "xls.tsv")]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain("sverka does not write Excel 97-2003 workbooks (.xls)");
    // Without -f, the named outputs' ending is the batch's format, the default outputs' too.
    writeFileSync(join(dir, "json.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\tout/m.json\ndocs/bus.bg.txt\tdocs/bus.en.txt\n");
    expect((await sverka(["batch", join(dir, "json.tsv"), "--out-dir", join(dir, "out"), "--jobs", "1", "-q"])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "out", "m.json"), "utf8")).format).toBe("sverka-bitext");
    expect(JSON.parse(readFileSync(join(dir, "out", "bus.json"), "utf8")).format).toBe("sverka-bitext");
    writeFileSync(join(dir, "mixed.tsv"), "docs/osce.bg.txt\tdocs/osce.en.txt\tout/a.json\ndocs/bus.bg.txt\tdocs/bus.en.txt\tout/b.tmx\n");
    const mixed = await sverka(["batch", join(dir, "mixed.tsv")]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain("the outputs it names are of 2 formats (a.json: json, b.tmx: tmx), and a batch writes one");
  });

  test("a project's folder: node_modules and hidden folders are not read, and a long list of other files is cut short", async () => {
    // Stranger 70: `batch .` where sverka was installed listed 1,445 files of node_modules on one line of 60 KB.
    const dir = batchDir();
    for (const folder of ["node_modules/pkg", ".git/objects"]) {
      mkdirSync(join(dir, "docs", folder), { recursive: true });
      copyFileSync(join(dir, "docs", "osce.bg.txt"), join(dir, "docs", folder, "stray.bg.txt"));
      writeFileSync(join(dir, "docs", folder, "readme.md"), "A package.\n");
    }
    for (let k = 0; k < 25; k++) writeFileSync(join(dir, "docs", `notes${k}.log`), "x\n");
    const r = await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--jobs", "1"]);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/node_modules|\.git|stray/);
    expect(r.stderr).toMatch(/25 files pair with nothing, left out: \S+notes0\.log, \S+notes1\.log, (\S+, ){7}\S+ and 15 more \(/);
  });

  test("interrupted in one thread: it stops after the pair in progress, and the pairs not reached are listed as not done, not as holes", async () => {
    const dir = batchDir();
    const pairs = await readManifest(join(dir, "docs"), {
      sourceLang: "bg",
      targetLang: "en",
      outDir: join(dir, "out"),
      extension: ".tmx",
    });
    // One job in this thread: Ctrl-C after the first pair (osce, the longer, goes first) stops the batch before the second.
    const result = await runBatch(pairs, {
      sourceLang: "bg",
      targetLang: "en",
      format: "tmx",
      jobs: 1,
      onResult: () => process.emit("SIGINT"),
    });
    expect(result.interrupted).toBe(true);
    expect(result.results.map((r) => `${r.name}:${r.status}`)).toEqual(["bus:not-done", "osce:done"]);
    expect(Object.keys(result.results)).toHaveLength(2);
    expect(outputsIn(join(dir, "out"))).toEqual(["osce.tmx"]);
  });

  test("the longest pairs start first, whatever their place (one started last would run alone at the end); results keep the manifest's order", async () => {
    const long = Array.from({ length: 60 }, (_, k) => `Изречение номер ${k + 1}.`).join("\n");
    const longEn = Array.from({ length: 60 }, (_, k) => `Sentence number ${k + 1}.`).join("\n");
    const dir = batchDir({ "zeta.bg.txt": long, "zeta.en.txt": longEn, "alpha.bg.txt": "Кратко.", "alpha.en.txt": "Short." });
    const pairs = await readManifest(join(dir, "docs"), {
      sourceLang: "bg",
      targetLang: "en",
      outDir: join(dir, "out"),
      extension: ".tmx",
    });
    for (const learnAcross of [false, true]) {
      const started: string[] = [];
      const result = await runBatch(pairs, {
        sourceLang: "bg",
        targetLang: "en",
        format: "tmx",
        jobs: 1,
        force: true,
        learnAcross,
        onResult: (r) => started.push(r.name),
      });
      expect(started).toEqual(["osce", "zeta", "bus", "alpha"]);
      expect(result.results.map((r) => r.name)).toEqual(["alpha", "bus", "osce", "zeta"]);
    }
  });

  test("a manifest named relatively gives its pairs' paths relative to here, as a folder does: a bitext's JSON does not say where the corpus was built", async () => {
    const dir = batchDir();
    writeFileSync(join(dir, "pairs.tsv"), `docs/osce.bg.txt\tdocs/osce.en.txt\n${join(dir, "docs", "bus.bg.txt")}\tdocs/bus.en.txt\n`);
    const here = relative(process.cwd(), dir);
    const pairs = await readManifest(join(here, "pairs.tsv"), {
      sourceLang: "bg",
      targetLang: "en",
      outDir: join(dir, "out"),
      extension: ".json",
    });
    expect(pairs.map((p) => [p.source, p.target])).toEqual([
      [join(here, "docs", "osce.bg.txt"), join(here, "docs", "osce.en.txt")],
      [join(dir, "docs", "bus.bg.txt"), join(here, "docs", "bus.en.txt")],
    ]);
  });

  test("the summary's directions count the pairs aligned, not one that failed", async () => {
    const dir = batchDir({ "x.de.txt": "", "x.en.txt": "Text." });
    writeFileSync(
      join(dir, "pairs.tsv"),
      "docs/osce.bg.txt\tdocs/osce.en.txt\ndocs/bus.bg.txt\tdocs/bus.en.txt\ndocs/x.de.txt\tdocs/x.en.txt\t\tde\ten\n",
    );
    const r = await sverka(["batch", join(dir, "pairs.tsv"), "--out-dir", join(dir, "out"), "--jobs", "1"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^2 aligned \(bg → en, the default[^)]*\), 0 up to date, 1 failed/m);
  });

  test("a folder per language (a website's bg/ and en/) pairs its documents by their paths within, at any depth (a stranger's site)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-site-"));
    const put = (path: string, text: string) => {
      mkdirSync(join(dir, "site", path, ".."), { recursive: true });
      writeFileSync(join(dir, "site", path), text);
    };
    put("bg/index.html", "<p>Добре дошли в нашия магазин.</p>");
    put("en/index.html", "<p>Welcome to our shop.</p>");
    put("bg/help/faq.md", "# Помощ\n\nНатиснете бутона.\n");
    put("en/help/faq.md", "# Help\n\nPress the button.\n");
    put("bg/only.html", "<p>Само на български.</p>");
    put("bg/img/logo.png", "not a document");
    const input = await readBatchInput(join(dir, "site"), {
      sourceLang: "bg",
      targetLang: "en",
      outDir: join(dir, "out"),
      extension: ".tmx",
    });
    expect(input.pairs.map((p) => [p.name, p.source, p.target, p.output])).toEqual([
      [
        "help/faq",
        join(dir, "site", "bg", "help", "faq.md"),
        join(dir, "site", "en", "help", "faq.md"),
        join(dir, "out", "help", "faq.tmx"),
      ],
      ["index", join(dir, "site", "bg", "index.html"), join(dir, "site", "en", "index.html"), join(dir, "out", "index.tmx")],
    ]);
    expect(input.unpaired).toEqual([{ name: "only", file: join(dir, "site", "bg", "only.html"), reason: "no en/only.html" }]);
    expect(input.others).toEqual([]);
    const r = await sverka(["batch", join(dir, "site"), "--out-dir", join(dir, "out"), "--jobs", "1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 aligned .*1 skipped \(not paired\)/m);
  });

  test("language folders named by locale (bg-BG/, en_US/); a third language's folder named as such; a site's own files said on stderr", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-locales-"));
    for (const [path, text] of [
      ["site/bg-BG/index.html", "<p>Добре дошли в клиниката.</p>"] as const,
      ["site/en_US/index.html", "<p>Welcome to the clinic.</p>"],
      ["site/de/index.html", "<p>Willkommen in der Klinik.</p>"],
      ["site/robots.txt", "User-agent: *\n"],
      ["site/index.html", '<meta http-equiv="refresh" content="0;url=bg-BG/">'],
    ]) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const input = await readBatchInput(join(dir, "site"), {
      sourceLang: "bg-BG",
      targetLang: "en-US",
      outDir: join(dir, "out"),
      extension: ".tmx",
    });
    expect(input.pairs.map((p) => p.name)).toEqual(["index"]);
    expect(input.unpaired.map((u) => [u.name, u.reason])).toEqual([["de/index.html", "in de, not bg or en"]]);
    expect(input.others).toEqual([join(dir, "site", "index.html"), join(dir, "site", "robots.txt")]);
  });

  test("a document whose counterpart is in a third language says which pair it makes and how to align it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-third-"));
    writeFileSync(join(dir, "manual.bg.txt"), "Не използвайте бензин.\n");
    writeFileSync(join(dir, "manual.de.txt"), "Verwenden Sie kein Benzin.\n");
    writeFileSync(join(dir, "guide.bg.txt"), "Натиснете бутона.\n");
    writeFileSync(join(dir, "guide.en.txt"), "Press the button.\n");
    const input = await readBatchInput(dir, { sourceLang: "bg", targetLang: "en", outDir: join(dir, "out"), extension: ".tmx" });
    expect(input.unpaired.map((u) => [u.name, u.reason])).toEqual([
      ["manual.de.txt", "in de, not bg or en"],
      ["manual", "no manual.en.txt; manual.de.txt is in de: a de–bg pair needs -s de -t bg, or a manifest line"],
    ]);
  });

  test("shards are deterministic and together cover the manifest once", () => {
    const items = Array.from({ length: 10 }, (_, k) => k);
    const parts = [shard(items, "1/3"), shard(items, "2/3"), shard(items, "3/3")];
    expect(parts.flat().sort((a, b) => a - b)).toEqual(items);
    expect(shard(items, "2/3")).toEqual(parts[1]);
    expect(() => shard(items, "4/3")).toThrow(/--shard takes i\/n/);
  });
});

describe("sverka merge", () => {
  test("memories merge, duplicates removed", async () => {
    const dir = batchDir();
    expect((await sverka(["batch", join(dir, "docs"), "--out-dir", join(dir, "out"), "--jobs", "1"])).code).toBe(0);
    const out = (name: string) => join(dir, "out", name);
    const r = await sverka(["merge", out("osce.tmx"), out("bus.tmx"), out("osce.tmx"), "-o", join(dir, "all.tmx")]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "all.tmx"), "utf8").match(/<tu /g)).toHaveLength(25);
    const wrong = await sverka(["merge", out("osce.tmx"), "-o", join(dir, "all.txt")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/merge writes TMX/);
  });
});
