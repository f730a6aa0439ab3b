/**
 * `check` in CI: a folder of pairs with one exit code, SARIF, JUnit and GitHub
 * annotations pointing at the flagged text's line and column, each read by a
 * real consumer (the SARIF 2.1.0 schema through ajv, JUnit XML through
 * python3's junitparser); `batch --fail-on`; exit code 3; the messages a
 * translator reads; and docs/ci.md's jobs run as written.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import fc from "fast-check";
import { run } from "../src/cli/index.js";
import { LineIndex } from "../src/review/location.js";
import { fixture, JUNITPARSER, PYTHON, ROOT, sverka, testNeeding } from "./helpers.js";

const BG = fixture("check", "school.bg.txt");
const EN = fixture("check", "school.en.txt");

/** The 1-based line and column of `needle` in `text`. */
function lineColumn(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, at).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** A folder of two pairs, one with `en` as the school item's translation; the working folder is moved there while `fn` runs (CI paths are relative). */
async function inFolder<T>(en: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "sverka-ci-"));
  mkdirSync(join(dir, "docs", "school"), { recursive: true });
  mkdirSync(join(dir, "docs", "osce"), { recursive: true });
  copyFileSync(BG, join(dir, "docs", "school", "bg.txt"));
  writeFileSync(join(dir, "docs", "school", "en.txt"), en);
  cpSync(join(ROOT, "corpus", "osce-alliance-2024", "bg.txt"), join(dir, "docs", "osce", "bg.txt"));
  cpSync(join(ROOT, "corpus", "osce-alliance-2024", "en.txt"), join(dir, "docs", "osce", "en.txt"));
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await fn(dir);
  } finally {
    process.chdir(cwd);
  }
}

const CHANGED = readFileSync(EN, "utf8").replace("BGN 500", "BGN 5,000");

function validateSarif(text: string): void {
  const schema = JSON.parse(readFileSync(fixture("sarif", "sarif-2.1.0-rtm.5.json"), "utf8"));
  // The schema writes one pattern ("language") that is not valid with the u flag: ajv reads its patterns without it.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false, logger: false });
  const validate = ajv.compile(schema);
  const ok = validate(JSON.parse(text));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe("check a folder in CI", () => {
  test("a changed number fails the folder with SARIF, JUnit and GitHub annotations at its line and column", async () => {
    await inFolder(CHANGED, async () => {
      const where = lineColumn(CHANGED, "5,000");
      const r = await sverka(["check", "docs", "-o", "qa.sarif", "-o", "qa.xml", "-o", "qa.json"]);
      expect(r.code).toBe(1);
      // The readable report goes to stderr while the files take the machine formats.
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`docs/school/en.txt:${where.line}:${where.column} sentence 10`);
      expect(r.stderr).toContain("the translation says 5,000 where the source says 500");
      expect(r.stderr).toMatch(/2 pairs: 1 error/);

      const sarif = readFileSync("qa.sarif", "utf8");
      validateSarif(sarif);
      const results = JSON.parse(sarif).runs[0].results;
      expect(results).toEqual([
        expect.objectContaining({
          ruleId: "numbers",
          level: "error",
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: "docs/school/en.txt" },
                region: { startLine: where.line, startColumn: where.column, endLine: where.line, endColumn: where.column + 5 },
              },
            },
          ],
        }),
      ]);

      const json = JSON.parse(readFileSync("qa.json", "utf8"));
      expect(json).toMatchObject({ format: "sverka-check-batch", exitCode: 1, counts: { error: 1 } });
      expect(json.pairs.map((p: any) => p.source.path)).toEqual(["docs/osce/bg.txt", "docs/school/bg.txt"]);
      expect(json.pairs[1].problems[0].locations[0]).toMatchObject({ side: "target", sentence: 10, ...where, flagged: "5,000" });

      const gh = await sverka(["check", "docs", "-f", "github", "-q"]);
      expect(gh.code).toBe(1);
      expect(gh.stderr).toBe("");
      expect(gh.stdout).toBe(
        `::error file=docs/school/en.txt,line=${where.line},col=${where.column},endLine=${where.line},endColumn=${where.column + 5},title=sverka numbers::the translation says 5,000 where the source says 500 (source: docs/school/bg.txt:12:47)\n`,
      );
    });
  });

  testNeeding(
    [JUNITPARSER],
    "JUnit XML read by junitparser: a suite per pair, the changed number a failure at its file and line",
    async () => {
      await inFolder(CHANGED, async (dir) => {
        expect((await sverka(["check", "docs", "-o", "qa.xml", "-q"])).code).toBe(1);
        const script = [
          "import json, sys",
          "from junitparser import JUnitXml, Failure",
          "xml = JUnitXml.fromfile(sys.argv[1])",
          "out = []",
          "for suite in xml:",
          "    for case in suite:",
          "        out.append({'suite': suite.name, 'tests': suite.tests, 'failures': suite.failures, 'name': case.name,",
          "            'file': case._elem.get('file'), 'line': case._elem.get('line'),",
          "            'failed': [{'type': r.type, 'message': r.message} for r in case.result if isinstance(r, Failure)]})",
          "print(json.dumps(out))",
        ].join("\n");
        const r = spawnSync(PYTHON, ["-c", script, join(dir, "qa.xml")], { encoding: "utf8" });
        expect(r.stderr).toBe("");
        const cases = JSON.parse(r.stdout);
        const where = lineColumn(CHANGED, "5,000");
        expect(cases).toEqual([
          expect.objectContaining({ suite: "docs/osce/bg.txt → docs/osce/en.txt", failures: 0, failed: [] }),
          expect.objectContaining({
            suite: "docs/school/bg.txt → docs/school/en.txt",
            tests: 1,
            failures: 1,
            file: "docs/school/en.txt",
            line: String(where.line),
            failed: [{ type: "error", message: "numbers: the translation says 5,000 where the source says 500" }],
          }),
        ]);
      });
    },
  );

  test("a reviewed bitext checked again: a verified problem is listed, not counted, failing nothing; a rejected one counts", async () => {
    await inFolder(CHANGED, async () => {
      expect((await sverka(["align", "docs/school/bg.txt", "docs/school/en.txt", "-o", "school.json", "-q"])).code).toBe(0);
      const bitext = JSON.parse(readFileSync("school.json", "utf8"));
      const flagged = bitext.links.findIndex((l: { flags?: Array<{ severity: string }> }) => l.flags?.some((f) => f.severity === "error"));
      expect(flagged).toBeGreaterThanOrEqual(0);
      const decided = (status: string) => {
        bitext.links[flagged].status = status;
        writeFileSync(`${status}.json`, JSON.stringify(bitext));
        return `${status}.json`;
      };
      const verified = decided("verified");
      const r = await sverka(["check", verified, "-o", "qa.sarif", "-o", "qa.json", "-o", "qa.xml"]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/the translation says 5,000 where the source says 500 \(verified by the reviewer: not counted\)/);
      expect(r.stderr).toMatch(/✓ 0 errors, .*; 1 verified by the reviewer, not counted; fails on error/);
      const json = JSON.parse(readFileSync("qa.json", "utf8"));
      expect(json).toMatchObject({ exitCode: 0, verified: 1, counts: { error: 0 } });
      expect(json.problems).toContainEqual(expect.objectContaining({ type: "numbers", status: "verified" }));
      const sarif = readFileSync("qa.sarif", "utf8");
      validateSarif(sarif);
      expect(JSON.parse(sarif).runs[0].results).toContainEqual(
        expect.objectContaining({
          ruleId: "numbers",
          suppressions: [{ kind: "external", status: "accepted", justification: "verified by the reviewer" }],
        }),
      );
      expect(readFileSync("qa.xml", "utf8")).toMatch(/failures="0"/);
      expect((await sverka(["check", verified, "-f", "github", "-q"])).stdout).not.toContain("5,000");
      const rejected = await sverka(["check", decided("rejected")]);
      expect(rejected.code).toBe(1);
      expect(rejected.stdout).toMatch(/the translation says 5,000 where the source says 500 \(rejected by the reviewer\)/);
    });
  });

  test("the clean folder passes: exit 0, no SARIF results, no annotations", async () => {
    await inFolder(readFileSync(EN, "utf8"), async () => {
      const r = await sverka(["check", "docs", "-o", "qa.sarif", "-q"]);
      expect(r.code).toBe(0);
      const sarif = readFileSync("qa.sarif", "utf8");
      validateSarif(sarif);
      expect(JSON.parse(sarif).runs[0].results).toEqual([]);
      expect((await sverka(["check", "docs", "-f", "github", "-q"])).stdout).toBe("");
    });
  });

  test("a pair that cannot be read: the others are checked, exit 2, and every format says which", async () => {
    await inFolder("", async () => {
      const r = await sverka(["check", "docs", "-o", "qa.sarif", "-o", "qa.xml"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/not checked: .*docs\/school\/en\.txt: the document is empty/);
      validateSarif(readFileSync("qa.sarif", "utf8"));
      expect(readFileSync("qa.xml", "utf8")).toMatch(/<error type="not-checked" message="[^"]*the document is empty"/);
    });
  });

  test("a manifest is checked as a folder; a pair list (.tsv of sentences) is still a memory", async () => {
    await inFolder(CHANGED, async () => {
      writeFileSync("manifest.tsv", "# source\ttarget\ndocs/school/bg.txt\tdocs/school/en.txt\n");
      const r = await sverka(["check", "manifest.tsv", "-f", "json"]);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ format: "sverka-check-batch", pairs: [{ source: { path: "docs/school/bg.txt" } }] });
      writeFileSync("pairs.tsv", "Общината отпусна 100 лв.\tThe municipality allocated BGN 1,000.\n");
      const memory = await sverka(["check", "pairs.tsv", "-f", "json"]);
      expect(JSON.parse(memory.stdout)).toMatchObject({ format: "sverka-check", problems: [{ type: "numbers" }] });
    });
  });

  test("a document left unchecked (no translation, or a third language) is named in every report; --fail-on-unpaired fails on it", async () => {
    await inFolder(readFileSync(EN, "utf8"), async () => {
      mkdirSync(join("docs", "draft"));
      writeFileSync(join("docs", "draft", "bg.txt"), readFileSync(BG, "utf8"));
      writeFileSync(join("docs", "policy.de.txt"), "Wir erheben keine personenbezogenen Daten.\n");
      writeFileSync(join("docs", "offer_BG.txt"), "Оферта.\n");
      writeFileSync(join("docs", "scan.pdf"), "%PDF-1.4");
      // A review page of the folder's pair written into it is sverka's own, no document left unchecked.
      const pair = [join("docs", "school", "bg.txt"), join("docs", "school", "en.txt")];
      expect((await sverka(["check", ...pair, "-o", join("docs", "review.html"), "-q"])).code).toBe(0);
      const r = await sverka(["check", "docs", "-o", "qa.json", "-o", "qa.xml", "-o", "qa.sarif"]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain("docs/draft/bg.txt (no draft/en.txt)");
      expect(r.stderr).toContain("docs/policy.de.txt (in de, not bg or en)");
      // An agency's offer_BG.txt with no offer_EN.txt is skipped and named as well; a file that is no document is said as batch says it.
      expect(r.stderr).toContain("docs/offer_BG.txt (no offer_EN.txt)");
      expect(r.stderr).toMatch(/1 file pairs with nothing, left out: docs\/scan\.pdf/);
      expect(JSON.parse(readFileSync("qa.json", "utf8")).skipped).toEqual([
        { file: "docs/policy.de.txt", reason: "in de, not bg or en" },
        { file: "docs/offer_BG.txt", reason: "no offer_EN.txt" },
        { file: "docs/draft/bg.txt", reason: "no draft/en.txt" },
      ]);
      const junit = readFileSync("qa.xml", "utf8");
      expect(junit).toMatch(/<testsuite name="files not checked" tests="3" failures="0" errors="0" skipped="3">/);
      expect(junit).toContain('<skipped message="not checked: in de, not bg or en"/>');
      const sarif = readFileSync("qa.sarif", "utf8");
      validateSarif(sarif);
      expect(JSON.parse(sarif).runs[0].invocations[0]).toMatchObject({
        executionSuccessful: true,
        toolExecutionNotifications: [{}, {}, { level: "warning", message: { text: "docs/draft/bg.txt not checked: no draft/en.txt" } }],
      });
      expect((await sverka(["check", "docs", "-f", "github"])).stdout).toContain(
        "::warning file=docs/policy.de.txt,title=sverka%3A not checked::in de, not bg or en",
      );
      const gate = await sverka(["check", "docs", "--fail-on-unpaired", "-o", "gate.xml", "-q"]);
      expect(gate.code).toBe(1);
      expect(readFileSync("gate.xml", "utf8")).toMatch(/<failure type="not-checked" message="not checked: no draft\/en.txt">/);
      // A pair has nothing to leave unpaired: the option is refused there.
      expect((await sverka(["check", BG, EN, "--fail-on-unpaired"])).code).toBe(2);
    });
  });

  test("a manifest's folders: a document it does not list is named and fails --fail-on-unpaired; a folder read by the default direction says so", async () => {
    await inFolder(readFileSync(EN, "utf8"), async () => {
      writeFileSync(join("docs", "pairs.tsv"), "school/bg.txt\tschool/en.txt\n");
      writeFileSync(join("docs", "school", "privacy.en.txt"), "We do not collect personal data.\n");
      // sverka's own reports written beside the documents are no translation the manifest forgot (stranger 70).
      const pair = [join("docs", "school", "bg.txt"), join("docs", "school", "en.txt")];
      expect(
        (await sverka(["check", ...pair, "-o", join("docs", "school", "review.html"), "-o", join("docs", "school", "qa.txt")])).code,
      ).toBe(0);
      const gate = await sverka(["check", join("docs", "pairs.tsv"), "--fail-on-unpaired", "-f", "json"]);
      expect(JSON.parse(gate.stdout).skipped).toEqual([{ file: "docs/school/privacy.en.txt", reason: "not in the manifest pairs.tsv" }]);
      expect(gate.code).toBe(1);
      const folder = await sverka(["check", "docs"]);
      expect(folder.stderr).toContain("note: 2 pairs are read bg → en, the default: -s and -t say which language is the original");
      expect((await sverka(["check", "docs", "-s", "bg", "-t", "en"])).stderr).not.toContain("the default");
      // A manifest giving one pair its languages: the note says which pairs it gives none (stranger 89).
      writeFileSync(join("docs", "pairs.tsv"), "school/bg.txt\tschool/en.txt\nschool/privacy.en.txt\tschool/bg.txt\t\ten\tbg\n");
      expect((await sverka(["check", join("docs", "pairs.tsv")])).stderr).toContain(
        "note: 1 of the manifest's 2 pairs gives no languages and is read bg → en, the default: -s and -t say which language is their original",
      );
      // A language's name alone (bg.txt) names a document by its folder: at the top of the folder checked, it is skipped, saying why.
      const top = await sverka(["check", join("docs", "school"), "-f", "json"]);
      expect(top.code).toBe(2);
      expect(top.stderr).toContain("bg.txt names a document by its folder (NAME/bg.txt): at the top, name it NAME.bg.txt");
    });
  });

  test("the review page is one pair's: refused for a folder (exit 2)", async () => {
    await inFolder(CHANGED, async () => {
      const r = await sverka(["check", "docs", "-o", "review.html"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/one pair/);
    });
  });
});

describe("batch --fail-on", () => {
  test("fails on a changed number, and a re-run that skips the pair as up to date still fails, with the counts of the report", async () => {
    await inFolder(CHANGED, async () => {
      const args = ["batch", "docs", "--out-dir", "out", "-f", "tmx", "--jobs", "1", "--report", "report.json"];
      const first = await sverka(args);
      expect(first.code).toBe(0);
      const aligned = JSON.parse(readFileSync("report.json", "utf8")).pairs.find((p: any) => p.name === "school");
      expect((await sverka([...args, "--fail-on", "error"])).code).toBe(1);
      const again = await sverka([...args, "--fail-on", "error"]);
      expect(again.code).toBe(1);
      // The row says what the run that wrote the output said: segments, links, confidence and counts (stranger 71: they were empty).
      const row = (out: string) =>
        out
          .split("\n")
          .find((l) => l.startsWith("school "))!
          .split(/\s{2,}/u)
          .slice(0, 5);
      expect(row(again.stdout)).toEqual(row(first.stdout));
      expect(again.stdout).toMatch(/school .*1\/0 .*up to date \(counts of the last run\)/);
      // The run that wrote the output recorded the counts beside it (out/.sverka-batch).
      const report = JSON.parse(readFileSync("report.json", "utf8"));
      expect(report.pairs.find((p: any) => p.name === "school")).toMatchObject({
        status: "skipped",
        errors: 1,
        countsFrom: "record",
        source: aligned.source,
        target: aligned.target,
        links: aligned.links,
        meanScore: aligned.meanScore,
      });
      // Without that record (outputs of an older sverka), the previous report gives them.
      rmSync(join("out", ".sverka-batch"));
      expect((await sverka([...args, "--fail-on", "error"])).code).toBe(1);
      expect(JSON.parse(readFileSync("report.json", "utf8")).pairs.find((p: any) => p.name === "school")).toMatchObject({
        status: "skipped",
        errors: 1,
        countsFrom: "report",
      });
      // Without a report, a JSON output gives the counts.
      const json = ["batch", "docs", "--out-dir", "outj", "-f", "json", "--jobs", "1"];
      expect((await sverka(json)).code).toBe(0);
      rmSync(join("outj", ".sverka-batch"));
      const skipped = await sverka([...json, "--fail-on", "error"]);
      expect(skipped.stdout).toMatch(/up to date \(counts of the last run\)/);
      expect(skipped.code).toBe(1);
      // Neither: the pairs up to date are aligned again, so the gate fails as the first run did (it passed them uncounted once).
      const tmx = ["batch", "docs", "--out-dir", "outt", "--jobs", "1"];
      expect((await sverka([...tmx, "-q"])).code).toBe(0);
      rmSync(join("outt", ".sverka-batch"));
      // Quiet, the gate still says why it fails: a CI log must not read as a success (stranger 99).
      const quiet = await sverka([...tmx, "-q", "--fail-on", "error"]);
      expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([1, "", "✗ fails on error: 1 pair with errors (school)\n"]);
      rmSync(join("outt", ".sverka-batch"));
      const told = await sverka([...tmx, "--fail-on", "error"]);
      expect(told.code).toBe(1);
      expect(told.stderr).toMatch(/note: 2 pairs are up to date with no counts from a previous run .*aligned again for --fail-on/);
      expect(told.stdout).toMatch(/school .*1\/0 .*done/);
      expect(told.stderr).toMatch(/✗ fails on error: 1 pair with errors \(school\)\n$/);
    });
  });

  test("a clean batch passes --fail-on warning", async () => {
    await inFolder(readFileSync(EN, "utf8"), async () => {
      const r = await sverka(["batch", "docs", "--out-dir", "out", "--jobs", "1", "--fail-on", "warning"]);
      expect(r.code).toBe(0);
    });
  });
});

describe("lines and columns", () => {
  test("LF, CRLF and a lone CR each end a line; columns count UTF-16 code units from 1", () => {
    const index = new LineIndex("one\r\ntwo\rthree\nЧетири 5");
    expect(index.at(0)).toEqual({ line: 1, column: 1 });
    expect(index.at(5)).toEqual({ line: 2, column: 1 });
    expect(index.at(9)).toEqual({ line: 3, column: 1 });
    expect(index.at(15 + 7)).toEqual({ line: 4, column: 8 });
  });

  test("a number the source writes twice is located at the copy nearest the translation's changed one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-loc-"));
    const bg = "Опаковката съдържа адаптер 12 V / 1,5 A, мрежов кабел с дължина 1,5 м и това ръководство.\n";
    const en = "The package contains a 12 V / 1.5 A adapter, a 15 m network cable and this manual.\n";
    writeFileSync(join(dir, "bg.txt"), bg);
    writeFileSync(join(dir, "en.txt"), en);
    const r = await sverka(["check", join(dir, "bg.txt"), join(dir, "en.txt")]);
    expect(r.stdout).toContain(`bg.txt:1:${bg.indexOf("1,5 м") + 1} sentence 1`);
    expect(r.stdout).toContain(`en.txt:1:${en.indexOf("15 m") + 1} sentence 1`);
  });

  test("the line and column of any offset are those a split on line breaks gives", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "б", "\n", "\r\n", "\r", " ", "😀"), { maxLength: 60 }), fc.nat(), (parts, n) => {
        const text = parts.join("");
        const at = text.length === 0 ? 0 : n % (text.length + 1);
        // Never inside a CRLF or a surrogate pair: offsets of segments never are.
        fc.pre(!(text[at - 1] === "\r" && text[at] === "\n") && !/[\uD800-\uDBFF]/u.test(text[at - 1] ?? ""));
        const lines = text.slice(0, at).split(/\r\n|\n|\r/u);
        expect(new LineIndex(text).at(at)).toEqual({ line: lines.length, column: lines.at(-1)!.length + 1 });
      }),
    );
  });
});

describe("exit codes", () => {
  test("an unexpected exception is exit 3, with how to report it", async () => {
    let stderr = "";
    const io = {
      stdout: {
        write: () => {
          throw new TypeError("boom");
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
    };
    const code = await run(["check", BG, EN], io);
    expect(code).toBe(3);
    expect(stderr).toMatch(/internal error: boom/);
    expect(stderr).toMatch(/--verbose and report it/);
  });
});

/** A point in a file: line and column, the end the same. */
const at = (line: number, column: number) => ({ line, column, endLine: line, endColumn: column });

describe("messages a translator reads", () => {
  const lines = readFileSync(EN, "utf8").split("\n");
  const write = (name: string, text: string) => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-msg-"));
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  test("two sentences swapped: translated in the opposite order, at their lines", async () => {
    const swapped = [...lines];
    [swapped[4], swapped[5]] = [swapped[5]!, swapped[4]!];
    const r = await sverka(["check", BG, write("en.txt", swapped.join("\n")), "-f", "json"]);
    const p = JSON.parse(r.stdout).problems.find((x: any) => x.evidence?.reversed);
    expect(p.reason).toBe(
      "these two sentences are translated in the opposite order: source sentence 4 is translation sentence 5, and 5 is 4",
    );
    expect(p.locations).toEqual([
      expect.objectContaining({ side: "target", sentence: 4, lastSentence: 5, line: 5, column: 1 }),
      expect.objectContaining({ side: "source", sentence: 4, lastSentence: 5, line: 5, column: 1 }),
    ]);
  });

  test("a sentence not translated: where its translation would go, line and column, in the JSON and the text", async () => {
    // "The roof will be replaced entirely..." (line 6) left out: its translation belongs after line 5's sentence.
    const dropped = [...lines.slice(0, 5), ...lines.slice(6)];
    const en = write("en.txt", dropped.join("\n"));
    const r = await sverka(["check", BG, en, "-f", "json"]);
    const p = JSON.parse(r.stdout).problems.find((x: any) => x.type === "missing");
    expect(p.locations).toEqual([
      expect.objectContaining({ side: "source", sentence: 5, line: 6, column: 1 }),
      { side: "target", path: en, sentence: 4, lastSentence: 4, paragraph: 2, gap: "after", ...at(5, lines[4]!.length + 1) },
    ]);
    const text = await sverka(["check", BG, en]);
    expect(text.stdout).toContain(`${en}:5:${lines[4]!.length + 1} after sentence 4 (where it would go): ${lines[4]} ▸`);
  });

  test.each([
    ["word for word", (l: string) => l],
    ["in other words", () => "The whole roof will be replaced, since it has been leaking for years."],
  ])("a sentence translated twice (%s) says so", async (_name, again) => {
    const twice = [...lines.slice(0, 6), again(lines[5]!), ...lines.slice(6)];
    const r = await sverka(["check", BG, write("en.txt", twice.join("\n")), "--show", "info"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/this sentence is translated twice: translation sentences 5 and 6 say the same/);
    expect(r.stdout).not.toMatch(/sentences? (is|are) not in the source/);
  });

  test("what fails the run is listed in the text report, whatever --show says (a stranger's --fail-on info)", async () => {
    const bg = write("leaflet.bg.txt", "Листовката е преразгледана на 14 март 2024 г.\n\nСъхранявайте лекарството на сухо място.\n");
    const en = write("leaflet.en.txt", "The leaflet was last revised in March 2024.\n\nStore the medicine in a dry place.\n");
    const failing = await sverka(["check", bg, en, "--fail-on", "info"]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain("the translation leaves out the day (14)");
    expect(failing.stdout).toContain("1 info in 2 links (1 flagged); fails on info");
    const passing = await sverka(["check", bg, en]);
    expect(passing.code).toBe(0);
    expect(passing.stdout).not.toContain("leaves out the day");
    expect(passing.stdout).toContain("(0 flagged at warning or worse); 1 below warning not shown (--show info); fails on error");
  });

  test("no jargon: lexical evidence, standard deviations and alignment costs stay in the JSON evidence", async () => {
    const replaced = [...lines];
    replaced[5] = "The weather in the mountains will be sunny tomorrow, with light winds from the west.";
    replaced[1] = "The renovation will.";
    const r = await sverka(["check", BG, write("en.txt", replaced.join("\n")), "--show", "info"]);
    expect(r.stdout).not.toMatch(/lexical evidence|standard deviations|alignment cost|nats/);
  });

  test("a Markdown input's line is the .md file's", async () => {
    const md = `---\ntitle: School\n---\n\n# Renovation\n\n${readFileSync(EN, "utf8").replace("BGN 500", "**BGN 5,000**")}`;
    const bgMd = `---\ntitle: Училище\n---\n\n# Ремонт\n\n${readFileSync(BG, "utf8")}`;
    const r = await sverka(["check", write("bg.md", bgMd), write("en.md", md), "-f", "json"]);
    const p = JSON.parse(r.stdout).problems.find((x: any) => x.type === "numbers");
    expect(p.locations[0]).toMatchObject({ side: "target", ...lineColumn(md, "5,000") });
  });
});

describe("docs/ci.md", () => {
  /** The sverka lines of the YAML blocks: `run:` steps and `script:` items; those of the baseline's workflow apart. */
  const all = readFileSync(join(ROOT, "docs", "ci.md"), "utf8")
    .split("\n")
    .map((l) => /^\s*(?:- )?(?:run: )?(npx sverka .*)$/.exec(l)?.[1])
    .filter((l): l is string => l !== undefined);
  const commands = all.filter((l) => !l.includes("baseline"));
  const baseline = all.filter((l) => l.includes("baseline"));
  const argvOf = (line: string) => line.replace(/^npx sverka /, "").split(/\s+/);

  test("has a GitHub Actions and a GitLab CI job", () => {
    const doc = readFileSync(join(ROOT, "docs", "ci.md"), "utf8");
    expect(doc).toMatch(/github\/codeql-action\/upload-sarif/);
    expect(doc).toMatch(/junit: /);
    expect(commands.length).toBeGreaterThanOrEqual(2);
  });

  test("its commands run as written on a copy of corpus/, and a changed number fails them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-ci-doc-"));
    // The clean pair of corpus/ (handmade-bg-en has defects put in on purpose).
    cpSync(join(ROOT, "corpus", "osce-alliance-2024"), join(dir, "corpus", "osce-alliance-2024"), { recursive: true });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const line of commands) {
        const argv = line.replace(/^npx sverka /, "").split(/\s+/);
        const r = await sverka(argv);
        expect({ line, code: r.code, stderr: r.stderr.includes("internal error") }).toEqual({ line, code: 0, stderr: false });
      }
      const en = join("corpus", "osce-alliance-2024", "en.txt");
      writeFileSync(en, readFileSync(en, "utf8").replace("the 24th", "the 34th"));
      for (const line of commands)
        expect({ line, code: (await sverka(line.replace(/^npx sverka /, "").split(/\s+/))).code }).toEqual({ line, code: 1 });
      expect(existsSync("sverka.sarif")).toBe(true);
      validateSarif(readFileSync("sverka.sarif", "utf8"));
      expect(JSON.parse(readFileSync("sverka.sarif", "utf8")).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
        "corpus/osce-alliance-2024/en.txt",
      );
    } finally {
      process.chdir(cwd);
    }
  });

  test("its baseline workflow runs as written: a problem saved in the baseline passes the gate, a new one fails it", async () => {
    expect(baseline.map((l) => argvOf(l).find((a) => a.endsWith(".json") || a.endsWith(".sarif")))).toEqual([
      "qa-baseline.json",
      "qa-baseline.json",
    ]);
    const dir = mkdtempSync(join(tmpdir(), "sverka-ci-baseline-"));
    cpSync(join(ROOT, "corpus", "osce-alliance-2024"), join(dir, "corpus", "osce-alliance-2024"), { recursive: true });
    const en = join("corpus", "osce-alliance-2024", "en.txt");
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      // A problem the reviewer let stand, saved; then the gate.
      writeFileSync(en, readFileSync(en, "utf8").replace("the 24th", "the 34th"));
      expect((await sverka(argvOf(baseline[0]!))).code).toBe(1);
      expect((await sverka(argvOf(baseline[1]!))).code).toBe(0);
      // A new problem: the gate fails, and SARIF tells the new result from the accepted one.
      writeFileSync(en, readFileSync(en, "utf8").replace("The 24th Alliance Conference", "The 25th Alliance Conference"));
      expect((await sverka(argvOf(baseline[1]!))).code).toBe(1);
      const sarif = readFileSync("qa.sarif", "utf8");
      validateSarif(sarif);
      const results = JSON.parse(sarif).runs[0].results as Array<{ baselineState: string; message: { text: string } }>;
      expect(results.map((r) => [r.baselineState, /34th/.test(r.message.text)])).toEqual(
        expect.arrayContaining([
          ["unchanged", true],
          ["new", false],
        ]),
      );
    } finally {
      process.chdir(cwd);
    }
  });
});
