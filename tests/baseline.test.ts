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
import { alignFiles, baselineFromReport, checkReport, documentOf, renderCheckJson } from "../src/index.js";
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
    // "Keep the appliances dry" stays accepted; the changed sentence is judged again, and said to have been accepted before.
    expect(negations.map((x: { targetText: string; baseline?: string }) => [x.targetText, x.baseline])).toEqual([
      ["Keep the appliances dry.", "accepted"],
      ["Dispose of it separately from household waste.", "changed"],
    ]);
    expect(report.counts.warning).toBe(1);
    expect(report.baseline).toMatchObject({ files: [base], entries, found: entries - 1, elsewhere: 0 });
    expect(report.baseline.notFound).toEqual([
      {
        document: documentOf(p.bg),
        type: "negation",
        sourceText: "Да не се изхвърля заедно с битовите отпадъци.",
        targetText: "Dispose of separately from household waste.",
      },
    ]);
    const text = await sverka(["check", p.bg, p.en, "--baseline", base]);
    expect(text.stdout).toContain("1 not found (fixed, or their sentences changed: a new baseline drops them)");
    expect(text.stdout).toContain(
      `  not found: negation in ${documentOf(p.bg)}: "Да не се изхвърля заедно с битовите отпадъци." / "Dispose of separately`,
    );
    expect(text.stdout).toContain("(accepted in the baseline before this translation sentence changed: judged again)");
    const sarif = json((await sverka(["check", p.bg, p.en, "--baseline", base, "-f", "sarif"])).stdout);
    expect(sarif.runs[0].results.map((r: { baselineState: string }) => r.baselineState).sort()).toEqual(["unchanged", "updated"]);
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
    // A verified link accepts whatever it is flagged with: an entry a link.
    expect(r.stdout).toContain(`baseline ${reviewed}: 2 of its 2 problems found again and accepted`);
    expect(r.stdout).toContain("2 problems accepted in the baseline, not counted");
    // Its flags as stored do not matter: a bitext saved with none (another sverka, another dictionary) accepts the same.
    writeFileSync(reviewed, formats.json.write({ ...verified, links: verified.links.map(({ flags, ...l }) => l) }));
    expect((await sverka(["check", p.bg, p.en, "--fail-on", "warning", "--baseline", reviewed])).code).toBe(0);
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

  test("two clients' leases in folders of the same name are two documents: one client's acceptance is not the other's", async () => {
    const root = mkdtempSync(join(tmpdir(), "sverka-baseline-clients-"));
    for (const client of ["acme", "beta"]) {
      mkdirSync(join(root, client, "lease"), { recursive: true });
      writeFileSync(join(root, client, "lease", "bg.txt"), BG);
      writeFileSync(join(root, client, "lease", "en.txt"), EN);
    }
    const base = join(root, "acme.json");
    await sverka(["check", join(root, "acme", "lease", "bg.txt"), join(root, "acme", "lease", "en.txt"), "-o", base, "-q"]);
    const beta = await sverka([
      "check",
      join(root, "beta", "lease", "bg.txt"),
      join(root, "beta", "lease", "en.txt"),
      "--fail-on",
      "warning",
      "--baseline",
      base,
    ]);
    expect(beta.code).toBe(1);
    expect(beta.stdout).toContain("of documents or flag types not checked in this run");
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
    // A SARIF report (written beside the baseline by the docs' gate) and a report of another version say so.
    const sarif = join(p.dir, "qa.sarif");
    await sverka(["check", p.bg, p.en, "-o", sarif, "-q"]);
    const notReport = await sverka(["check", p.bg, p.en, "--baseline", sarif]);
    expect(notReport.code).toBe(2);
    expect(notReport.stderr).toContain("a SARIF report (a baseline is a check report saved as JSON");
    writeFileSync(bad, JSON.stringify({ format: "sverka-check", version: 99, problems: [] }));
    expect((await sverka(["check", p.bg, p.en, "--baseline", bad])).stderr).toContain(
      "a check report of version 99; this sverka reads version 1",
    );
  });

  test("a report written over its own baseline is refused (the next run would accept today's problems)", async () => {
    const p = pair();
    const base = join(p.dir, "b.json");
    await sverka(["check", p.bg, p.en, "-o", base, "-q"]);
    const before = readFileSync(base, "utf8");
    const r = await sverka(["check", p.bg, p.en, "--baseline", base, "-o", base]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is the baseline and a report to write");
    expect(readFileSync(base, "utf8")).toBe(before);
  });

  test("an acceptance holds for its own document, as many times as it was reported: not for another contract, nor a clause pasted again", async () => {
    const root = mkdtempSync(join(tmpdir(), "sverka-baseline-docs-"));
    for (const name of ["lease-a", "lease-b"]) mkdirSync(join(root, name));
    writeFileSync(join(root, "lease-a", "bg.txt"), BG);
    writeFileSync(join(root, "lease-a", "en.txt"), EN);
    const base = join(root, "baseline.json");
    expect((await sverka(["check", root, "--fail-on", "warning", "-o", base, "-q"])).code).toBe(1);
    // A new contract from the same template, its translation with the same accepted wording: its problems are new.
    writeFileSync(join(root, "lease-b", "bg.txt"), BG);
    writeFileSync(join(root, "lease-b", "en.txt"), EN);
    const r = json((await sverka(["check", root, "--fail-on", "warning", "--baseline", base, "-f", "json"])).stdout);
    expect(r.exitCode).toBe(1);
    expect(r.pairs.map((x: { exitCode: number; accepted: number }) => [x.exitCode, x.accepted])).toEqual([
      [0, 2],
      [1, 0],
    ]);
    // The clause pasted again in the first contract: the copy is new.
    writeFileSync(join(root, "lease-a", "bg.txt"), `${BG}\nДа не се изхвърля заедно с битовите отпадъци.\n`);
    writeFileSync(join(root, "lease-a", "en.txt"), `${EN}\nDispose of separately from household waste.\n`);
    const again = json(
      (await sverka(["check", join(root, "lease-a", "bg.txt"), join(root, "lease-a", "en.txt"), "--baseline", base, "-f", "json"])).stdout,
    );
    expect(again.accepted).toBe(2);
    expect(again.counts.warning).toBe(1);
    // The copy is new, not an accepted problem whose translation changed.
    expect(
      again.problems.filter((x: { baseline?: string }) => x.baseline !== "accepted").map((x: { baseline?: string }) => x.baseline),
    ).toEqual([undefined]);
    // Checked alone, the other contract's entries are not "not found": they were not looked for.
    expect(again.baseline).toMatchObject({ found: 2, notFound: [], elsewhere: 0 });
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
    // Every report says what was not checked: a clean report must not pass for a full one.
    expect(report.ignored).toEqual(["negation", "divergent", "length"]);
    const text = await sverka(["check", p.bg, p.en, "--ignore", "negation"]);
    expect(text.stdout).toContain("note: not checked: negation (--ignore)");
    const sarif = json((await sverka(["check", p.bg, p.en, "--ignore", "negation", "-f", "sarif"])).stdout);
    expect(sarif.runs[0].invocations[0].ruleConfigurationOverrides).toEqual([
      {
        descriptor: { id: "negation", index: sarif.runs[0].tool.driver.rules.findIndex((x: { id: string }) => x.id === "negation") },
        configuration: { enabled: false },
      },
    ]);
    expect((await sverka(["check", p.bg, p.en, "--ignore", "negation", "-f", "junit"])).stdout).toContain(
      '<property name="ignored" value="negation"/>',
    );
    expect((await sverka(["check", p.bg, p.en, "--ignore", "negation", "-f", "github"])).stdout).toContain(
      "::notice title=sverka%3A not checked::negation (--ignore)",
    );
    // A baseline's entries of an ignored type are not "not found".
    const base = join(p.dir, "baseline.json");
    await sverka(["check", p.bg, p.en, "-o", base, "-q"]);
    const withBase = json((await sverka(["check", p.bg, p.en, "--ignore", "negation", "--baseline", base, "-f", "json"])).stdout);
    expect(withBase.baseline).toMatchObject({ notFound: [], elsewhere: 2 });
    const typo = await sverka(["check", p.bg, p.en, "--ignore", "negatoin"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("unknown flag type negatoin");
  });
});
