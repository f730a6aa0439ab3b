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
import { FLAG_TYPES } from "../src/index.js";
import { corpus, ROOT, sverka } from "./helpers.js";

// The CommonJS module's class is its default export under Node's ESM loader.
const Ajv2020 = Ajv2020Module.default;
const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, "schema", `${name}.json`), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const bitextValid = ajv.compile(schema("bitext"));
const checkValid = ajv.compile(schema("check"));

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
    expect(types.slice(FLAG_TYPES.length)).toEqual(["not-a-translation", "out-of-order", "checks-skipped", "languages-forced", "columns"]);
  });
});

describe("the package", () => {
  test("exports the schemas as sverka/schema/bitext.json and sverka/schema/check.json", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    // The files where the subpaths are, for resolvers that read no "exports" (TypeScript's node10).
    expect(pkg.exports["./schema/bitext.json"]).toBe("./schema/bitext.json");
    expect(pkg.exports["./schema/check.json"]).toBe("./schema/check.json");
    expect(pkg.files).toContain("schema/");
  });
});
