/**
 * The JSON Schemas of schema/ (draft 2020-12) describe what sverka
 * writes: every bitext and check report made here validates with ajv, strict,
 * and the schemas refuse what sverka would not write (a flag type it does not
 * know, a link without its kind). Their lists of flag types are the library's.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import { DOCUMENT_FLAG_TYPES, FLAG_TYPES } from "../src/index.js";
import { corpus, ROOT, sverka } from "./helpers.js";

// The CommonJS module's class is its default export under Node's ESM loader.
const Ajv2020 = Ajv2020Module.default;
const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, "schema", `${name}.json`), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const bitextValid = ajv.compile(schema("bitext"));
const checkValid = ajv.compile(schema("check"));
const batchReportValid = ajv.compile(schema("batch-report"));

function expectValid(validate: typeof bitextValid, data: unknown): void {
  const ok = validate(data);
  expect(ok ? [] : validate.errors).toEqual([]);
}

const tmp = () => mkdtempSync(join(tmpdir(), "sverka-schema-"));

describe("bitext.schema.json", () => {
  test("the corpus pairs as align writes them, with --explain, and a reviewed bitext, validate", async () => {
    const dir = tmp();
    for (const pair of ["handmade-bg-en", "osce-alliance-2024"]) {
      const out = join(dir, `${pair}.json`);
      await sverka(["align", corpus(pair, "bg.txt"), corpus(pair, "en.txt"), "-f", "json", "-o", out, "--explain", "-q"]);
      const bitext = JSON.parse(readFileSync(out, "utf8"));
      expectValid(bitextValid, bitext);
      // What a reviewer adds: a status, a correction, a comment, a corrected segment.
      bitext.links[0].status = "verified";
      bitext.links[1].comment = "checked against the client's glossary";
      bitext.links[1].correction = "A corrected translation.";
      bitext.target.segments[0].corrected = "The first sentence, corrected.";
      expectValid(bitextValid, bitext);
    }
  });

  test("a pair with problems of the whole (not a translation) validates", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "bg.txt"), "Днес е слънчево в София.\n\nУтре ще вали.\n");
    writeFileSync(join(dir, "en.txt"), "The committee approved the budget for 2025.\n\nShares fell by 3%.\n");
    await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "-f", "json", "-o", join(dir, "b.json"), "-q"]);
    expectValid(bitextValid, JSON.parse(readFileSync(join(dir, "b.json"), "utf8")));
  });

  test("what sverka would not write is refused", () => {
    const base = {
      format: "sverka-bitext",
      version: 1,
      source: { lang: "bg", segments: [] },
      target: { lang: "en", segments: [] },
      links: [],
    };
    expect(bitextValid(base)).toBe(true);
    expect(bitextValid({ ...base, version: 2 })).toBe(false);
    expect(bitextValid({ ...base, links: [{ source: [0], target: [0], score: 1 }] })).toBe(false);
    expect(
      bitextValid({
        ...base,
        links: [{ source: [0], target: [0], kind: "1-1", score: 1, flags: [{ type: "numbrs", severity: "error", reason: "x" }] }],
      }),
    ).toBe(false);
  });

  test("its flag types are the library's", () => {
    expect(schema("bitext").$defs.flag.properties.type.enum).toEqual([...FLAG_TYPES]);
    expect(schema("bitext").$defs.documentFlag.properties.type.enum).toEqual([...DOCUMENT_FLAG_TYPES]);
  });

  test("a Markdown pair with code spans and a changed code block, aligned with the memory's options, validates, and its check report (stranger 376)", async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "en.md"),
      "# Hardening\n\nSet `PermitRootLogin` to `no` in [the config](https://example.com/sshd).\n\n```sh\nufw default deny incoming\n```\n\nRestart the service.\n",
    );
    writeFileSync(
      join(dir, "bg.md"),
      "# Подсилване\n\nЗадайте `PermitRootLogin` на `no` в [конфигурацията](https://example.com/sshd).\n\n```sh\nufw default allow incoming\n```\n\nРестартирайте услугата.\n",
    );
    const out = join(dir, "b.json");
    const args = [join(dir, "en.md"), join(dir, "bg.md"), "-s", "en", "-t", "bg"];
    await sverka(["align", ...args, "-o", out, "--prop", "x-client=Fintech", "--creation-id", "ISO", "-q"]);
    const bitext = JSON.parse(readFileSync(out, "utf8"));
    expect(bitext.documentFlags.map((f: { type: string }) => f.type)).toEqual(["code-blocks"]);
    expect(bitext.source.segments.some((g: { markup?: unknown }) => g.markup !== undefined)).toBe(true);
    expect(bitext.memory).toBeDefined();
    expectValid(bitextValid, bitext);
    expectValid(checkValid, JSON.parse((await sverka(["check", ...args, "-f", "json"])).stdout));
  });
});

describe("batch-report.json", () => {
  test("a batch's report (a pair done, one failed, a file with no counterpart, a merged memory) and the run's again (up to date) validate, its totals the pairs'", async () => {
    const dir = tmp();
    const docs = join(dir, "docs");
    mkdirSync(docs);
    for (const [name, pair] of [
      ["news", "osce-alliance-2024"],
      ["notes", "handmade-bg-en"],
    ])
      for (const lang of ["bg", "en"]) writeFileSync(join(docs, `${name}.${lang}.txt`), readFileSync(corpus(pair!, `${lang}.txt`)));
    writeFileSync(join(docs, "empty.bg.txt"), "");
    writeFileSync(join(docs, "empty.en.txt"), "Nothing here was translated.\n");
    writeFileSync(join(docs, "offer.bg.txt"), "Офертата е валидна 30 дни.\n");
    const report = join(dir, "report.json");
    const args = ["batch", docs, "--out-dir", join(dir, "out"), "-f", "json", "--report", report, "-q"];
    await sverka([...args, "--merge-tmx", join(dir, "all.tmx")]);
    const first = JSON.parse(readFileSync(report, "utf8"));
    expectValid(batchReportValid, first);
    expect(first.merged.written).toBeGreaterThan(0);
    const byName = new Map(first.pairs.map((p: { name: string }) => [p.name, p]));
    expect(byName.get("news")).toMatchObject({
      status: "done",
      sourceFile: join(docs, "news.bg.txt"),
      targetFile: join(docs, "news.en.txt"),
      sourceLang: "bg",
      targetLang: "en",
    });
    expect(byName.get("empty")).toMatchObject({ status: "failed" });
    expect(first.totals).toMatchObject({ pairs: 3, done: 2, upToDate: 0, failed: 1, unpaired: 1, counted: 2 });
    const done = first.pairs.filter((p: { status: string }) => p.status === "done");
    const sum = (key: string) => done.reduce((n: number, p: Record<string, number>) => n + p[key]!, 0);
    for (const [total, key] of [
      ["errors", "errors"],
      ["warnings", "warnings"],
      ["info", "info"],
      ["sourceSegments", "source"],
      ["targetSegments", "target"],
      ["links", "links"],
    ])
      expect([total, first.totals[total!]]).toEqual([total, sum(key!)]);
    expect(first.totals.errors).toBeGreaterThan(0);
    // Again (no memory to merge, which needs every pair's units): the two pairs done are up to date, with the counts of the run that wrote them.
    await sverka(args);
    const second = JSON.parse(readFileSync(report, "utf8"));
    expectValid(batchReportValid, second);
    expect(second.totals).toMatchObject({ upToDate: 2, failed: 1, counted: 2, errors: first.totals.errors, links: first.totals.links });
  });

  test("a pair without its documents' paths is refused", () => {
    const pair = { status: "failed", name: "x", output: "x.json", error: "the document is empty" };
    const totals = Object.fromEntries(schema("batch-report").$defs.totals.required.map((k: string) => [k, 0]));
    const report = { format: "sverka-batch-report", version: 1, seconds: 0, totals, pairs: [pair] };
    expect(batchReportValid(report)).toBe(false);
    const files = { sourceFile: "/a/x.bg.txt", targetFile: "/a/x.en.txt", sourceLang: "bg", targetLang: "en" };
    expect(batchReportValid({ ...report, pairs: [{ ...pair, ...files }] })).toBe(true);
  });
});

describe("check.schema.json", () => {
  test("one pair's report, a folder's with a pair that could not be read and a file left unchecked, with a baseline and --ignore, validate", async () => {
    const dir = tmp();
    const bg = corpus("handmade-bg-en", "bg.txt");
    const en = corpus("handmade-bg-en", "en.txt");
    const single = JSON.parse((await sverka(["check", bg, en, "-f", "json", "--show", "info"])).stdout);
    expectValid(checkValid, single);
    const base = join(dir, "baseline.json");
    writeFileSync(base, JSON.stringify(single));
    expectValid(checkValid, JSON.parse((await sverka(["check", bg, en, "-f", "json", "--baseline", base, "--ignore", "length"])).stdout));
    // A folder: a good pair, an empty translation, a document without its counterpart.
    const folder = join(dir, "docs");
    for (const name of ["good", "empty"]) mkdirSync(join(folder, name), { recursive: true });
    writeFileSync(join(folder, "good", "bg.txt"), readFileSync(bg, "utf8"));
    writeFileSync(join(folder, "good", "en.txt"), readFileSync(en, "utf8"));
    writeFileSync(join(folder, "empty", "bg.txt"), "Текст.\n");
    writeFileSync(join(folder, "empty", "en.txt"), "");
    writeFileSync(join(folder, "policy.bg.txt"), "Политика.\n");
    const batch = JSON.parse((await sverka(["check", folder, "-f", "json", "--baseline", base])).stdout);
    expect(batch.format).toBe("sverka-check-batch");
    expect(batch.pairs.some((p: { error?: string }) => p.error !== undefined)).toBe(true);
    expect(batch.skipped.length).toBeGreaterThan(0);
    expectValid(checkValid, batch);
  });

  test("a memory checked unit by unit validates", async () => {
    const tmx = join(tmp(), "memory.tmx");
    await sverka([
      "align",
      corpus("handmade-bg-en", "bg.txt"),
      corpus("handmade-bg-en", "en.txt"),
      "-o",
      tmx,
      "--drop-flagged",
      "none",
      "-q",
    ]);
    const r = await sverka(["check", tmx, "-f", "json"]);
    expect(r.code).not.toBe(2);
    expectValid(checkValid, JSON.parse(r.stdout));
  });

  test("its flag types are the library's, and the whole pair's", () => {
    const types = schema("check").$defs.problem.properties.type.enum;
    expect(types.slice(0, FLAG_TYPES.length)).toEqual([...FLAG_TYPES]);
    expect(types.slice(FLAG_TYPES.length)).toEqual([...DOCUMENT_FLAG_TYPES]);
  });
});

describe("the package", () => {
  test("exports the schemas as sverka/schema/bitext.json, check.json and batch-report.json", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    // The files where the subpaths are, for resolvers that read no "exports" (TypeScript's node10).
    expect(pkg.exports["./schema/bitext.json"]).toBe("./schema/bitext.json");
    expect(pkg.exports["./schema/check.json"]).toBe("./schema/check.json");
    expect(pkg.exports["./schema/batch-report.json"]).toBe("./schema/batch-report.json");
    expect(pkg.files).toContain("schema/");
  });
});
