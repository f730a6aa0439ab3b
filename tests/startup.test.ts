/**
 * Start-up: what the build works out ahead (the lexicon's stem keys) equals
 * what the code would work out at run time, and a run loads only the
 * packages its inputs and outputs need (measured in a child process).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { Dictionary, dictionaryFromPairs, readDictionaryPairs } from "../src/lang/dictionary.js";
import { getLanguage } from "../src/lang/index.js";
import { builtinLexicon, LEXICON_DIR, lexiconEntries, precomputedEntries } from "../src/lang/lexicon.js";
import { knownNames, NAMES_DIR } from "../src/lang/names.js";
import { UPPER_HALVES } from "../src/read/decode.js";
import { corpus, fixture, ROOT, sverka } from "./helpers.js";

const lexicons = readdirSync(LEXICON_DIR).filter((f) => f.endsWith(".tsv"));

describe("the lexicons' stem keys, worked out by the build", () => {
  test.each(lexicons)("%s: the build's file holds what stemming the TSV gives now", (file) => {
    const built = precomputedEntries(file);
    // npm run build writes it (scripts/lexicon-stems.js); a stale or missing one fails here.
    expect(built).toBeDefined();
    expect(built).toEqual(lexiconEntries(file));
  });

  test.each(lexicons)("%s: the lexicon read from it is the one the TSV parser builds, both ways", (file) => {
    const [a, b] = file.replace(/\.tsv$/, "").split("-") as [string, string];
    const pairs = readDictionaryPairs(readFileSync(join(LEXICON_DIR, file), "utf8"), "tsv", file);
    const forward = dictionaryFromPairs(pairs, getLanguage(a), getLanguage(b));
    const backward = dictionaryFromPairs(
      pairs.map(([s, t]) => [t, s] as const),
      getLanguage(b),
      getLanguage(a),
    );
    const saved = (d: NonNullable<ReturnType<typeof builtinLexicon>>) =>
      [...d.entries()].map(([s, t, w]) => [s, t, w, d.surfaceOf("s", s), d.surfaceOf("t", t)]);
    expect(saved(builtinLexicon(a, b)!)).toEqual(saved(forward));
    expect(saved(builtinLexicon(b, a)!)).toEqual(saved(backward));
    expect([...builtinLexicon(a, b)!.sourcePhrases]).toEqual([...forward.sourcePhrases]);
    expect([...builtinLexicon(b, a)!.targetPhrases]).toEqual([...backward.targetPhrases]);
  });
});

describe("the names files' stem keys, worked out by the build", () => {
  const names = readdirSync(NAMES_DIR).filter((f) => /^[a-z]{2}-[a-z]{2}\.tsv$/.test(f));

  test("there is a names file to check", () => expect(names.length).toBeGreaterThan(0));

  test.each(names)("%s: the build's file holds what stemming the TSV gives now", (file) => {
    const built = precomputedEntries(file, "names-");
    expect(built).toBeDefined();
    expect(built).toEqual(lexiconEntries(file, NAMES_DIR));
  });

  test.each(names)("%s: the known names read from it are the ones the TSV parser builds, both ways", (file) => {
    const [a, b] = file.replace(/\.tsv$/, "").split("-") as [string, string];
    const pairs = readDictionaryPairs(readFileSync(join(NAMES_DIR, file), "utf8"), "tsv", file);
    const forward = dictionaryFromPairs(pairs, getLanguage(a), getLanguage(b));
    const backward = dictionaryFromPairs(
      pairs.map(([s, t]) => [t, s] as const),
      getLanguage(b),
      getLanguage(a),
    );
    const saved = (d: NonNullable<ReturnType<typeof knownNames>>) =>
      [...d.entries()].map(([s, t, w]) => [s, t, w, d.surfaceOf("s", s), d.surfaceOf("t", t)]);
    expect(saved(knownNames(a, b)!)).toEqual(saved(forward));
    expect(saved(knownNames(b, a)!)).toEqual(saved(backward));
    expect([...knownNames(a, b)!.sourcePhrases]).toEqual([...forward.sourcePhrases]);
    expect([...knownNames(b, a)!.targetPhrases]).toEqual([...backward.targetPhrases]);
  });
});

test.each(Object.keys(UPPER_HALVES))("the characters of bytes 0x80-0xFF written out for %s are iconv-lite's", (encoding) => {
  const iconv = createRequire(import.meta.url)("iconv-lite") as typeof import("iconv-lite");
  const bytes = Buffer.from(Array.from({ length: 128 }, (_, k) => 0x80 + k));
  expect(UPPER_HALVES[encoding]).toBe(iconv.decode(bytes, encoding));
});

describe("merging dictionaries (the lexicon with what each alignment learns)", () => {
  /** The merge as it was written first: every entry of both added in turn. */
  function addedInTurn(a: Dictionary, b: Dictionary): Dictionary {
    const out = new Dictionary();
    for (const d of [a, b])
      for (const [s, t, w] of d.entries()) out.add(s, t, w, { source: d.surfaceOf("s", s), target: d.surfaceOf("t", t) });
    return out;
  }
  const observed = (d: Dictionary, keys: readonly string[]) => ({
    entries: [...d.entries()],
    // Sets of keys, in no order that means anything (they are looked up and sorted).
    sourcePhrases: [...d.sourcePhrases].sort(),
    targetPhrases: [...d.targetPhrases].sort(),
    surfaces: keys.map((k) => [d.surfaceOf("s", k), d.surfaceOf("t", k)]),
  });
  const KEYS = ["a", "b", "c", "a b", "b c", "c a b"];
  const entry = fc.tuple(
    fc.constantFrom(...KEYS),
    fc.constantFrom(...KEYS),
    fc.double({ min: 0.01, max: 1, noNaN: true }),
    fc.option(fc.nat(3)),
  );
  const dictionary = fc.array(entry, { maxLength: 25 }).map((adds) => {
    const d = new Dictionary();
    for (const [s, t, w, form] of adds) d.add(s, t, w, form === null ? undefined : { source: `${s}${form}`, target: `${t}${form}` });
    return d;
  });

  test("a merged dictionary and the two it came from change apart: adding to one leaves the others as they were", () => {
    fc.assert(
      fc.property(dictionary, dictionary, fc.array(entry, { maxLength: 10 }), fc.nat(2), (a, b, adds, which) => {
        const merged = a.merge(b);
        const before = [a, b, merged].map((d) => observed(d, KEYS));
        const changed = [a, b, merged][which]!;
        for (const [s, t, w] of adds) changed.add(s, t, w);
        const expected = [a, b, merged].map((d, k) => (k === which ? observed(d, KEYS) : before[k]));
        expect([a, b, merged].map((d) => observed(d, KEYS))).toEqual(expected);
        // And the one changed holds what adding to a copy of it would hold.
        const copy = addedInTurn(new Dictionary(), [a, b, addedInTurn(a, b)][which]!);
        for (const [s, t, w] of adds) copy.add(s, t, w);
        expect(observed(changed, KEYS).entries).toEqual(observed(copy, KEYS).entries);
      }),
      { numRuns: 500 },
    );
  });

  // Every entry added with its readable forms (the lexicon, what is learned), or not always.
  const complete = fc.array(fc.tuple(entry, fc.nat(3)), { maxLength: 25 }).map((adds) => {
    const d = new Dictionary();
    for (const [[s, t, w], form] of adds) d.add(s, t, w, { source: `${s}${form}`, target: `${t}${form}` });
    return d;
  });
  const any = fc.oneof(dictionary, complete);

  test("copying one map by map gives the dictionary that adding every entry in turn gives", () => {
    fc.assert(
      fc.property(any, any, any, (a, b, c) => {
        expect(observed(a.merge(b), KEYS)).toEqual(observed(addedInTurn(a, b), KEYS));
        expect(observed(a.merge(b).merge(c), KEYS)).toEqual(observed(addedInTurn(addedInTurn(a, b), c), KEYS));
      }),
      { numRuns: 500 },
    );
  });
});

// Loader hooks in the child report every module from node_modules it imports; require.cache
// at exit adds the CommonJS ones that a lazy require() loaded, and the command's bundle.
const HOOKS = `export async function load(url, context, next) {
  const m = /\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(url);
  if (m) process.stderr.write("sverka-loaded " + m[1] + "\\n");
  const own = /\\/(dist\\/(?:src|cli)\\/.*)$/.exec(url);
  if (own) process.stderr.write("sverka-module " + own[1] + "\\n");
  return next(url, context);
}`;
const REGISTER = `import { register, createRequire } from "node:module";
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});
const cache = createRequire(${JSON.stringify(join(ROOT, "package.json"))}).cache;
process.on("exit", () => {
  for (const path of Object.keys(cache)) {
    const m = /[\\\\/]node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)[\\\\/]/.exec(path);
    if (m) process.stderr.write("sverka-loaded " + m[1].replace("\\\\", "/") + "\\n");
    // The command's bundle is CommonJS, required by bin/sverka.js: the hooks above do not see it.
    const own = /[\\\\/](dist[\\\\/](?:src|cli)[\\\\/].*)$/.exec(path);
    if (own) process.stderr.write("sverka-module " + own[1].replaceAll("\\\\", "/") + "\\n");
  }
  // And Node's own modules, as node:crypto.
  for (const entry of process.moduleLoadList) if (entry.startsWith("NativeModule ")) process.stderr.write("sverka-loaded node:" + entry.slice(13) + "\\n");
});`;

/** The packages a `sverka` command loads, run in a fresh process; with `own`, sverka's modules (dist/...) instead. */
function packagesLoaded(args: readonly string[], own = false): Set<string> {
  const r = spawnSync(
    process.execPath,
    ["--import", `data:text/javascript,${encodeURIComponent(REGISTER)}`, join(ROOT, "bin", "sverka.js"), ...args],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`sverka ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return new Set([...r.stderr.matchAll(own ? /^sverka-module (\S+)$/gm : /^sverka-loaded (\S+)$/gm)].map((m) => m[1]!));
}

describe("the command runs from its bundle (dist/cli, scripts/bundle-cli.js)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sverka-bundle-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the seed pair loads the bundle and none of dist/src's hundred modules, and writes what the library writes", async () => {
    const [bg, en] = [corpus("osce-alliance-2024", "bg.txt"), corpus("osce-alliance-2024", "en.txt")];
    const outputs = ["seed.json", "seed.html", "seed.tsv"].map((f) => join(dir, f));
    const modules = packagesLoaded(["align", bg, en, ...outputs.flatMap((o) => ["-o", o])], true);
    expect([...modules].filter((m) => m.startsWith("dist/cli/"))).toContain("dist/cli/index.cjs");
    expect([...modules].filter((m) => m.startsWith("dist/src/"))).toEqual([]);
    // The same files from the modules of dist/src, in this process: data, the lexicon's stems, the review page were found from the bundle.
    const own = outputs.map((o) => o.replace("seed.", "own."));
    expect((await sverka(["align", bg, en, ...own.flatMap((o) => ["-o", o])])).code).toBe(0);
    for (const [k, o] of outputs.entries()) expect(readFileSync(o, "utf8")).toBe(readFileSync(own[k]!, "utf8"));
  });

  test("V8 takes the code cache the build wrote for it, and not one older than the bundle", () => {
    const loader = join(ROOT, "bin", "load-bundle.cjs");
    const cachedIn = (bundle: string) => {
      const script = `const r = require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(bundle)}); console.log(r.cached, typeof r.exports.run);`;
      const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      return r.stdout.trim();
    };
    const bundle = join(ROOT, "dist", "cli", "index.cjs");
    expect(cachedIn(bundle)).toBe("true function");
    // A bundle edited after the build: its cache is not offered (V8 would check no more than the source's length).
    const copy = join(dir, "index.cjs");
    copyFileSync(bundle, copy);
    copyFileSync(`${bundle}.cache`, `${copy}.cache`);
    expect(cachedIn(copy)).toBe("true function");
    const later = new Date(statSync(`${copy}.cache`).mtimeMs + 1000);
    utimesSync(copy, later, later);
    expect(cachedIn(copy)).toBe("false function");
  });

  test("its version is the package's", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "sverka.js"), "--help"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const v = spawnSync(process.execPath, [join(ROOT, "bin", "sverka.js"), "align", "--version"], { encoding: "utf8" });
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });
});

describe("a run loads the packages it needs, not the others", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sverka-startup-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const READERS = ["mammoth", "jszip", "exceljs", "htmlparser2", "fast-xml-parser", "gettext-parser", "@textlint/markdown-to-ast"];

  test("UTF-8 text files to TMX: no decoder of legacy encodings, no document, workbook, XML or PO reader, no Snowball stemmer for Bulgarian-English, no progress bar when piped", () => {
    const loaded = packagesLoaded([
      "align",
      corpus("osce-alliance-2024", "bg.txt"),
      corpus("osce-alliance-2024", "en.txt"),
      "-o",
      join(dir, "seed.tmx"),
    ]);
    // What the run does need is seen (so the hooks work): English stems. The command line's packages are in the bundle.
    expect(loaded).toContain("porter2");
    expect(loaded).not.toContain("commander");
    // Nor Node's modules for what a small pair does not do: commander's child processes, perf_hooks. (Worker
    // threads cannot be told here: the hooks that watch the loading run on one.)
    for (const name of ["node:child_process", "node:perf_hooks"]) expect(loaded).not.toContain(name);
    for (const name of [...READERS, "rtf-stream-parser", "iconv-lite", "chardet", "snowball-stemmers", "cli-progress", "csv-stringify"])
      expect(loaded).not.toContain(name);
    // Nothing is written in colour or not: no chalk (its terminal probing) until a summary, a report or an error is.
    expect(loaded).not.toContain("chalk");
    // Nor node:crypto, twenty modules of Node's own, until a review page (HTML) is written.
    expect(loaded).toContain("node:fs/promises");
    expect(loaded).not.toContain("node:crypto");
    const summary = packagesLoaded([
      "align",
      corpus("osce-alliance-2024", "bg.txt"),
      corpus("osce-alliance-2024", "en.txt"),
      "-o",
      join(dir, "seed2.tmx"),
      "--summary",
    ]);
    expect(summary).toContain("chalk");
  });

  test("a small pair loads no module of worker threads (a long pair's), watched without hooks", () => {
    // Loader hooks run on a thread of their own: Node's list of the modules it loaded, read at exit, tells it.
    const watch = join(dir, "watch.cjs");
    writeFileSync(
      watch,
      `process.on("exit", () => require("node:fs").writeSync(2, process.moduleLoadList.filter((m) => m.startsWith("NativeModule ")).join("\\n")));`,
    );
    const args = ["align", corpus("osce-alliance-2024", "bg.txt"), corpus("osce-alliance-2024", "en.txt"), "-o", join(dir, "seed3.tmx")];
    const r = spawnSync(process.execPath, ["--require", watch, join(ROOT, "bin", "sverka.js"), ...args], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const loaded = r.stderr.split("\n");
    expect(loaded).toContain("NativeModule fs/promises");
    expect(loaded).not.toContain("NativeModule worker_threads");
  });

  test("each reader and writer comes in with the input or output that needs it", () => {
    const html = packagesLoaded([
      "align",
      fixture("read", "contract.bg.html"),
      fixture("read", "contract.en.html"),
      "-o",
      join(dir, "contract.xlsx"),
    ]);
    expect(html).toContain("htmlparser2");
    expect(html).toContain("exceljs");
    const page = packagesLoaded([
      "align",
      corpus("osce-alliance-2024", "bg.txt"),
      corpus("osce-alliance-2024", "en.txt"),
      "-o",
      join(dir, "seed.html"),
    ]);
    expect(page).toContain("node:crypto");
    expect(html).not.toContain("mammoth");
    const iconv = createRequire(import.meta.url)("iconv-lite") as typeof import("iconv-lite");
    writeFileSync(join(dir, "bg-1251.txt"), iconv.encode(readFileSync(corpus("osce-alliance-2024", "bg.txt"), "utf8"), "windows-1251"));
    const legacy = packagesLoaded([
      "align",
      join(dir, "bg-1251.txt"),
      corpus("osce-alliance-2024", "en.txt"),
      "-o",
      join(dir, "legacy.tmx"),
    ]);
    expect(legacy).toContain("iconv-lite");
    writeFileSync(join(dir, "de.txt"), "Der Vertrag tritt am 1. Januar 2025 in Kraft. Die Parteien haben ihn unterzeichnet.\n");
    writeFileSync(join(dir, "fr.txt"), "Le contrat entre en vigueur le 1er janvier 2025. Les parties l'ont signé.\n");
    const germanFrench = packagesLoaded([
      "align",
      join(dir, "de.txt"),
      join(dir, "fr.txt"),
      "-s",
      "de",
      "-t",
      "fr",
      "--force",
      "-o",
      join(dir, "defr.tsv"),
    ]);
    expect(germanFrench).toContain("snowball-stemmers");
    expect(germanFrench).toContain("csv-stringify");
    expect(germanFrench).not.toContain("porter2");
    expect(germanFrench).not.toContain("htmlparser2");
  });
});
