/**
 * `check --baseline` and `--ignore`: a CI gate that fails on what is new. A
 * lease whose translation has one warning a reviewer let stand (prohibitions
 * said as instructions: "Keep the appliances dry", "Dispose of separately"), checked again after a
 * number of the translation changed; the baseline as a saved report, a
 * reviewed bitext and a review workbook; SARIF's suppressions; flag types left
 * out.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import { formats } from "../src/formats/index.js";
import { alignFiles, baselineFromReport, checkReport, renderCheckJson } from "../src/index.js";
import { fixture, sverka } from "./helpers.js";

const BG = `ДОГОВОР ЗА НАЕМ

Наемателят плаща месечен наем от 1 200 лв. до 5-о число на всеки месец. Депозитът е в размер на 2 400 лв.

Договорът се сключва за срок от 12 месеца. Не се допуска пушене в имота.

Уредите в имота са собственост на наемодателя. Не мокрете уредите. Да не се изхвърля заедно с битовите отпадъци.
`;
const EN = `LEASE AGREEMENT

The Tenant shall pay a monthly rent of BGN 1,200 by the 5th day of each month. The deposit is BGN 2,400.

The agreement is concluded for a term of 12 months. Smoking on the premises is prohibited.

The appliances on the premises are the property of the Landlord. Keep the appliances dry. Dispose of separately from household waste.
`;

/** A folder with the pair; `en` the translation. */
function pair(en = EN): { dir: string; bg: string; en: string } {
  const dir = mkdtempSync(join(tmpdir(), "sverka-baseline-"));
  writeFileSync(join(dir, "bg.txt"), BG);
  writeFileSync(join(dir, "en.txt"), en);
  return { dir, bg: join(dir, "bg.txt"), en: join(dir, "en.txt") };
}

const json = (text: string) => JSON.parse(text) as Record<string, any>;

describe("check --baseline", () => {
  test("a saved report accepts what it lists: the gate passes until something new is found, and then lists only that", async () => {
    const p = pair();
    const base = join(p.dir, "baseline.json");
    // The warning as the gate sees it first.
    const first = await sverka(["check", p.bg, p.en, "--fail-on", "warning", "-o", base, "-q"]);
    expect(first.code).toBe(1);
    const saved = json(readFileSync(base, "utf8"));
    expect(saved.problems.map((x: { type: string }) => x.type)).toContain("negation");
    // The same documents against it: nothing new, exit 0, the accepted problem not listed, said in the last lines.
    const again = await sverka(["check", p.bg, p.en, "--fail-on", "warning", "--baseline", base]);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain("Dispose of");
    expect(again.stdout).toMatch(/✓ 0 errors, 0 warnings.*accepted in the baseline, not counted/);
    expect(again.stdout).toContain(`baseline ${base}: ${saved.problems.length} of its ${saved.problems.length} problem`);
    // A number changed since: the new error fails the gate and is the one problem listed.
    writeFileSync(p.en, EN.replace("BGN 1,200", "BGN 1,100"));
    const changed = await sverka(["check", p.bg, p.en, "--fail-on", "warning", "--baseline", base]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain("the translation says 1,100 where the source says 1 200");
    expect(changed.stdout).not.toContain("Dispose of");
    expect(changed.stdout).toMatch(/✗ 1 error, 0 warnings/);
  });

  test("a problem whose sentence changed is judged again, and the baseline says which of its problems it no longer finds", async () => {
    const p = pair();
    const base = join(p.dir, "baseline.json");
    await sverka(["check", p.bg, p.en, "-o", base, "-q"]);
    const entries = json(readFileSync(base, "utf8")).problems.length;
    writeFileSync(p.en, EN.replace("Dispose of separately from", "Dispose of it separately from"));
    const r = await sverka(["check", p.bg, p.en, "--fail-on", "warning", "--baseline", base, "-f", "json"]);
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    const negations = report.problems.filter((x: { type: string }) => x.type === "negation");
    // "Keep the appliances dry" stays accepted; the changed sentence is new.
    expect(negations.map((x: { targetText: string; baseline?: boolean }) => [x.targetText, x.baseline])).toEqual([
      ["Keep the appliances dry.", true],
      ["Dispose of it separately from household waste.", undefined],
    ]);
    expect(report.counts.warning).toBe(1);
    expect(report.baseline).toEqual({ files: [base], entries, found: entries - 1 });
    const text = await sverka(["check", p.bg, p.en, "--baseline", base]);
    expect(text.stdout).toContain("1 not found (fixed, or their sentences changed: a new baseline drops them)");
  });

  test("JSON lists the accepted problems, marked; SARIF lists them suppressed and says which results are new", async () => {
    const p = pair();
    const base = join(p.dir, "baseline.json");
    await sverka(["check", p.bg, p.en, "-o", base, "-q"]);
    writeFileSync(p.en, EN.replace("BGN 2,400", "BGN 4,200"));
    const r = json((await sverka(["check", p.bg, p.en, "--baseline", base, "-f", "json", "--show", "info"])).stdout);
    const marked = r.problems.filter((x: { baseline?: boolean }) => x.baseline);
    expect(marked.map((x: { type: string }) => x.type)).toContain("negation");
    expect(r.accepted).toBe(marked.length);
    expect(r.counts.error).toBe(1);
    expect(r.exitCode).toBe(1);
    const sarifText = (await sverka(["check", p.bg, p.en, "--baseline", base, "-f", "sarif"])).stdout;
    // Valid SARIF 2.1.0 (the OASIS schema), suppressions and baselineState included.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false, logger: false });
    const validate = ajv.compile(JSON.parse(readFileSync(fixture("sarif", "sarif-2.1.0-rtm.5.json"), "utf8")));
    expect(validate(JSON.parse(sarifText)) ? [] : validate.errors).toEqual([]);
    const sarif = json(sarifText);
    const results = sarif.runs[0].results as Array<Record<string, any>>;
    const numbers = results.find((x) => x.ruleId === "numbers")!;
    const negation = results.find((x) => x.ruleId === "negation")!;
    expect(numbers.baselineState).toBe("new");
    expect(numbers.suppressions).toBeUndefined();
    expect(negation.baselineState).toBe("unchanged");
    expect(negation.suppressions).toEqual([{ kind: "external", status: "accepted", justification: `accepted in the baseline ${base}` }]);
    // GitHub annotations and JUnit leave it out: the pull request shows what is new.
    const github = (await sverka(["check", p.bg, p.en, "--baseline", base, "-f", "github"])).stdout;
    expect(github).toContain("::error");
    expect(github).not.toContain("negation");
    const junit = (await sverka(["check", p.bg, p.en, "--baseline", base, "-f", "junit"])).stdout;
    expect(junit).toContain("4,200");
    expect(junit).not.toContain("Dispose of");
  });

  test("a reviewed bitext accepts the problems of the links its reviewer verified, and no other", async () => {
    const p = pair();
    const b = await alignFiles(p.bg, p.en, { sourceLang: "bg", targetLang: "en" });
    const verified = {
      ...b,
      links: b.links.map((l) => (l.flags?.some((f) => f.type === "negation") ? { ...l, status: "verified" as const } : l)),
    };
    const reviewed = join(p.dir, "reviewed.json");
    writeFileSync(reviewed, formats.json.write(verified));
    const r = await sverka(["check", p.bg, p.en, "--fail-on", "warning", "--baseline", reviewed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`baseline ${reviewed}: 2 of its 2 problems found again and accepted`);
    // Not verified: the same bitext accepts nothing.
    writeFileSync(reviewed, formats.json.write(b));
    const none = await sverka(["check", p.bg, p.en, "--fail-on", "warning", "--baseline", reviewed]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("accepts no problem");
    // The review workbook, as sverka wrote it with the reviewer's status.
    const workbook = join(p.dir, "review.xlsx");
    writeFileSync(workbook, await formats.xlsx.write(verified));
    const fromSheet = await sverka(["check", p.bg, p.en, "--fail-on", "warning", "--baseline", workbook]);
    expect(fromSheet.code).toBe(0);
  });

  test("a folder's report is the baseline of the folder: the pairs' problems accepted, a new one in any pair fails", async () => {
    const p = pair();
    const dir = join(p.dir, "docs");
    mkdirSync(join(dir, "lease"), { recursive: true });
    renameSync(p.bg, join(dir, "lease", "bg.txt"));
    renameSync(p.en, join(dir, "lease", "en.txt"));
    const base = join(p.dir, "folder.json");
    expect((await sverka(["check", dir, "--fail-on", "warning", "-o", base, "-q"])).code).toBe(1);
    expect(json(readFileSync(base, "utf8")).format).toBe("sverka-check-batch");
    expect((await sverka(["check", dir, "--fail-on", "warning", "--baseline", base, "-q"])).code).toBe(0);
    writeFileSync(join(dir, "lease", "en.txt"), EN.replace("12 months", "24 months"));
    const r = json((await sverka(["check", dir, "--fail-on", "warning", "--baseline", base, "-f", "json"])).stdout);
    expect(r.exitCode).toBe(1);
    expect(r.counts.error).toBe(1);
    expect(r.baseline.found).toBe(r.baseline.entries);
  });

  test("a baseline that cannot be read stops the run with exit 2 and says why", async () => {
    const p = pair();
    const notJson = await sverka(["check", p.bg, p.en, "--baseline", p.bg]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain("not a baseline sverka can read");
    const missing = await sverka(["check", p.bg, p.en, "--baseline", join(p.dir, "none.json")]);
    expect(missing.code).toBe(2);
    const bad = join(p.dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ format: "sverka-check", version: 1, problems: [{ type: "numbers" }] }));
    const noTexts = await sverka(["check", p.bg, p.en, "--baseline", bad]);
    expect(noTexts.code).toBe(2);
    expect(noTexts.stderr).toContain("problem 1 has no type, sourceText and targetText");
  });

  test("the library: a report's data as a baseline for the next report", async () => {
    const p = pair();
    const b = await alignFiles(p.bg, p.en, { sourceLang: "bg", targetLang: "en" });
    const before = checkReport(b, { failOn: "warning" });
    expect(before.exitCode).toBe(1);
    const baseline = baselineFromReport(
      JSON.parse(renderCheckJson({ reports: [before], failures: [], failOn: "warning", many: false })),
      "qa.json",
    );
    const after = checkReport(b, { failOn: "warning", baseline });
    expect(after.exitCode).toBe(0);
    expect(after.accepted).toBe(before.problems.length);
    expect(after.counts).toEqual({ info: 0, warning: 0, error: 0 });
  });
});

describe("check --ignore", () => {
  test("flag types left out are reported nowhere; a misspelt type is refused", async () => {
    const p = pair();
    const all = json((await sverka(["check", p.bg, p.en, "-f", "json"])).stdout);
    expect(all.problems.some((x: { type: string }) => x.type === "negation")).toBe(true);
    const r = await sverka([
      "check",
      p.bg,
      p.en,
      "--ignore",
      "negation",
      "--ignore",
      "divergent,length",
      "--fail-on",
      "warning",
      "-f",
      "json",
    ]);
    const report = json(r.stdout);
    expect(report.problems.filter((x: { type: string }) => ["negation", "divergent", "length"].includes(x.type))).toEqual([]);
    expect(r.code).toBe(report.problems.some((x: { severity: string }) => x.severity !== "info") ? 1 : 0);
    const page = await sverka(["check", p.bg, p.en, "--ignore", "negation", "-f", "html"]);
    expect(page.stdout).not.toContain("the translation has no negation");
    const typo = await sverka(["check", p.bg, p.en, "--ignore", "negatoin"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("unknown flag type negatoin");
  });
});
