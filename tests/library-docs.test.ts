/**
 * The package as a stranger gets it: `npm pack`, the tarball installed into an
 * empty project, and every `ts` example of docs/library.md compiled by tsc
 * (strict, noUncheckedIndexedAccess) and run, as an ES module and as CommonJS.
 * arethetypeswrong checks the tarball's types for both. The install is offline
 * (the dependencies are in npm's cache after `npm ci`), else from the registry;
 * where neither works, the tests skip, and fail under CI.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { corpus, IN_CI, ROOT } from "./helpers.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = (cmd: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" } });
const output = (r: SpawnSyncReturns<string>) => `exit ${r.status}\n${r.stdout}\n${r.stderr}`;

/** The `ts` blocks of a Markdown text. */
function tsExamples(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/** An example as CommonJS: its imports stay at the top (tsc makes them require calls), the rest runs in an async function. */
function asCommonJs(code: string): string {
  const lines = code.split("\n");
  const imports = lines.filter((l) => l.startsWith("import "));
  const body = lines.filter((l) => !l.startsWith("import "));
  return `${imports.join("\n")}\n(async () => {\n${body.join("\n")}\n})().catch((error: unknown) => {\n  console.error(error);\n  process.exitCode = 1;\n});\n`;
}

/** A minimal Word document of one paragraph. */
function docx(text: string): Promise<Buffer> {
  const zip = new JSZip();
  const rels = "http://schemas.openxmlformats.org/package/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${rels}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

const examples = tsExamples(readFileSync(join(ROOT, "docs", "library.md"), "utf8"));

/**
 * Installs the tarball into a project: from npm's cache (`npm ci` put the
 * dependencies there), else from the registry (a fresh CI machine's cache
 * holds the packages but not always their metadata).
 */
function installTarball(tarball: string, project: string, extra: readonly string[] = []): SpawnSyncReturns<string> {
  const offline = run(npm, ["install", "--offline", "--no-package-lock", ...extra, tarball], project);
  return offline.status === 0 ? offline : run(npm, ["install", "--prefer-offline", "--no-package-lock", ...extra, tarball], project);
}

/** Packs the checkout and installs the tarball into a fresh project; undefined (with why) where npm cannot. */
function installPacked(): { dir: string; tarball: string } | { problem: string } {
  const dir = mkdtempSync(join(tmpdir(), "sverka-packed-"));
  const pack = run(npm, ["pack", "--pack-destination", dir, "--silent"], ROOT);
  if (pack.status !== 0) return { problem: `npm pack failed: ${output(pack)}` };
  const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz"))!);
  const project = join(dir, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  const install = installTarball(tarball, project);
  if (install.status !== 0)
    return { problem: `npm install of the tarball failed, from npm's cache and from the registry: ${output(install)}` };
  copyFileSync(corpus("osce-alliance-2024", "bg.txt"), join(project, "bg.txt"));
  copyFileSync(corpus("osce-alliance-2024", "en.txt"), join(project, "en.txt"));
  return { dir: project, tarball };
}

describe("the packed package", () => {
  let installed: ReturnType<typeof installPacked>;
  beforeAll(() => {
    installed = installPacked();
  }, 240_000);
  afterAll(() => {
    if ("dir" in installed) rmSync(join(installed.dir, ".."), { recursive: true, force: true });
  });

  /** The project the tarball went into, or a skip (a failure under CI) saying why there is none. */
  const project = (): string | undefined => {
    if ("dir" in installed) return installed.dir;
    if (IN_CI) throw new Error(installed.problem);
    console.warn(`skipped: ${installed.problem}`);
    return undefined;
  };

  test("docs/library.md has examples to run", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(asCommonJs('import { a } from "sverka";\nawait a();\n')).toMatch(
      /^import \{ a \} from "sverka";\n\(async \(\) => \{\nawait a\(\);/,
    );
  });

  test("holds the build, the lexicon and the docs; no tests, no sources, no source maps, no install scripts", () => {
    const dir = project();
    if (!dir) return;
    const pkg = join(dir, "node_modules", "sverka");
    const files = readdirSync(pkg, { recursive: true, encoding: "utf8" }).map((f) => f.replaceAll("\\", "/"));
    expect(files).toEqual(
      expect.arrayContaining([
        "bin/sverka.js",
        "dist/src/index.js",
        "dist/cjs/index.cjs",
        "dist/cjs/index.d.cts",
        // The command's bundle (scripts/bundle-cli.js): without it bin/sverka.js still runs, from dist/src, slower.
        "dist/cli/index.cjs",
        "data/lexicon/bg-en.tsv",
        "docs/library.md",
      ]),
    );
    expect(files.filter((f) => f.endsWith(".map") || f.startsWith("src/") || f.startsWith("tests/") || f.startsWith("dist/tests"))).toEqual(
      [],
    );
    const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
    for (const script of ["preinstall", "install", "postinstall", "prepare"]) expect(manifest.scripts?.[script]).toBeUndefined();
  });

  test("import and require give the same module; the CLI runs from the install", () => {
    const dir = project();
    if (!dir) return;
    const probe = `const c = require("sverka"); import("sverka").then((m) => { console.log(m.align === c.align, new c.SverkaError("x") instanceof m.SverkaError); });`;
    const r = run(process.execPath, ["-e", probe], dir);
    expect(output(r)).toContain("true true");
    const cli = run(
      process.execPath,
      [join(dir, "node_modules", "sverka", "bin", "sverka.js"), "align", "bg.txt", "en.txt", "-o", "out.tmx", "-q"],
      dir,
    );
    expect(output(r)).not.toMatch(/ExperimentalWarning/);
    expect(cli.status).toBe(0);
    expect(readFileSync(join(dir, "out.tmx"), "utf8")).toContain("<tu");
  });

  test.each(examples.map((code, k) => [k + 1, code] as const))(
    "example %i of docs/library.md compiles (strict) and runs as an ES module and as CommonJS",
    (k, code) => {
      const dir = project();
      if (!dir) return;
      const name = `example${k}`;
      writeFileSync(join(dir, `${name}.mts`), code);
      writeFileSync(join(dir, `${name}.cts`), asCommonJs(code));
      const options = {
        strict: true,
        noUncheckedIndexedAccess: true,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        types: ["node"],
        typeRoots: [join(ROOT, "node_modules", "@types")],
        skipLibCheck: false,
      };
      writeFileSync(
        join(dir, `tsconfig.${name}.json`),
        JSON.stringify({ compilerOptions: options, files: [`${name}.mts`, `${name}.cts`] }),
      );
      const tsc = run(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", `tsconfig.${name}.json`], dir);
      expect(output(tsc)).toBe(`exit 0\n${tsc.stdout}\n${tsc.stderr}`);
      expect(tsc.status).toBe(0);
      for (const file of [`${name}.mjs`, `${name}.cjs`]) {
        const r = run(process.execPath, [file], dir);
        expect(output(r)).toBe(`exit 0\n${r.stdout}\n${r.stderr}`);
        expect(r.stdout.trim()).not.toBe("");
      }
    },
    120_000,
  );

  test("a CommonJS project with module Node16 and its libraries checked compiles against the types (stranger 183)", () => {
    const dir = project();
    if (!dir) return;
    // The CommonJS declarations import the types of ES-module-only packages (chalk, htmlparser2) with their resolution mode.
    writeFileSync(
      join(dir, "node16.cts"),
      'import { align, type Bitext } from "sverka";\nconst b: Bitext = align("Едно.", "One.");\nconsole.log(b.links.length);\n',
    );
    const options = {
      strict: true,
      target: "ES2022",
      module: "Node16",
      moduleResolution: "Node16",
      types: ["node"],
      typeRoots: [join(ROOT, "node_modules", "@types")],
      skipLibCheck: false,
    };
    writeFileSync(join(dir, "tsconfig.node16.json"), JSON.stringify({ compilerOptions: options, files: ["node16.cts"] }));
    const tsc = run(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.node16.json"], dir);
    expect(output(tsc)).toBe(`exit 0\n${tsc.stdout}\n${tsc.stderr}`);
    expect(output(run(process.execPath, ["node16.cjs"], dir))).toBe("exit 0\n1\n\n");
  });

  test("installed without optional dependencies (npm install --omit=optional): an XLSX workbook is refused naming its package, the rest works, DOCX too", async () => {
    if (!("tarball" in installed)) {
      project();
      return;
    }
    const dir = join(installed.dir, "..", "without-optional");
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "lean-consumer", version: "1.0.0", private: true }));
    const install = installTarball(installed.tarball, dir, ["--omit=optional"]);
    expect(install.status).toBe(0);
    expect(readdirSync(join(dir, "node_modules"))).not.toContain("exceljs");
    writeFileSync(join(dir, "doc.docx"), await docx("The contract is signed. It takes effect today."));
    const bin = join(dir, "node_modules", "sverka", "bin", "sverka.js");
    // DOCX is read with the packages every installation has (jszip, htmlparser2).
    expect(output(run(process.execPath, [bin, "split", "doc.docx", "--lang", "en"], dir))).toBe(
      "exit 0\nThe contract is signed.\nIt takes effect today.\n\n",
    );
    writeFileSync(join(dir, "doc.txt"), "The contract is signed. It takes effect today.\n");
    writeFileSync(join(dir, "bg.txt"), "Договорът е подписан. Той влиза в сила днес.\n");
    const workbook = run(process.execPath, [bin, "align", "bg.txt", "doc.txt", "-o", "review.xlsx"], dir);
    expect(workbook.status).toBe(2);
    expect(workbook.stderr).toContain("an XLSX workbook needs the exceljs package, left out of this installation (npm install exceljs)");
    expect(readdirSync(dir)).not.toContain("review.xlsx");
    expect(run(process.execPath, [bin, "split", "doc.txt", "--lang", "en"], dir).stdout).toBe(
      "The contract is signed.\nIt takes effect today.\n",
    );
  }, 240_000);

  test("arethetypeswrong finds no problem in the tarball", () => {
    if (!("tarball" in installed)) {
      project();
      return;
    }
    const r = run(
      process.execPath,
      [join(ROOT, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js"), installed.tarball, "--format", "json"],
      ROOT,
    );
    const report = JSON.parse(r.stdout);
    expect(report.analysis?.problems ?? report.problems ?? []).toEqual([]);
    expect(r.status).toBe(0);
  }, 120_000);
});
