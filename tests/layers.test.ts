/**
 * The folders of src/ import only from folders before them in the pipeline
 * (the order and the rules are in biome.jsonc, enforced by Biome's linter).
 * These tests make sure the rules cover every folder and really bite.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT } from "./helpers.js";

const biome = join(ROOT, "node_modules", ".bin", "biome");
const config = readFileSync(join(ROOT, "biome.jsonc"), "utf8");

/** Lints `code` as the file at `path` of a scratch tree holding only the project's Biome configuration. */
function lintAs(path: string, code: string) {
  const dir = mkdtempSync(join(tmpdir(), "sverka-layers-"));
  try {
    copyFileSync(join(ROOT, "biome.jsonc"), join(dir, "biome.jsonc"));
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), code);
    // The scratch tree is no git checkout: Biome is told not to look for one.
    const r = spawnSync(
      biome,
      ["lint", "--vcs-enabled=false", "--only=style/noRestrictedImports", "--only=suspicious/noImportCycles", path],
      { cwd: dir, encoding: "utf8" },
    );
    return { code: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the pipeline's folder order", () => {
  test("every folder of src/ has its rule", () => {
    const folders = readdirSync(join(ROOT, "src"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) expect(config).toMatch(new RegExp(`"includes":\\s*\\[\\s*"src/${folder}/\\*\\*"\\s*\\]`));
  });

  test("an import from a later folder is refused, naming the rule", () => {
    const r = lintAs("src/lang/probe.ts", 'import { review } from "../review/index.js";\nexport const x = review;\n');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain("imports only from folders before it");
    const deep = lintAs("src/review/checks/probe.ts", 'import type { Command } from "../../cli/index.js";\nexport type X = Command;\n');
    expect(deep.code).not.toBe(0);
    const root = lintAs("src/score/probe.ts", 'import { align } from "../pipeline.js";\nexport const x = align;\n');
    expect(root.code).not.toBe(0);
  });

  test("src/edit, bundled into the review page, imports no Node API and no stage", () => {
    const r = lintAs("src/edit/probe.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain("run in the browser too");
    const ok = lintAs("src/edit/probe.ts", 'import type { Bitext } from "../types.js";\nexport type X = Bitext;\n');
    expect(ok.code).toBe(0);
  });

  test("an import from an earlier folder is fine", () => {
    const r = lintAs(
      "src/review/probe.ts",
      'import { getLanguage } from "../lang/index.js";\nimport { tokenize } from "../score/index.js";\nexport const x = [getLanguage, tokenize];\n',
    );
    expect(r.output).not.toContain("imports only from folders before it");
    expect(r.code).toBe(0);
  });

  test("src/ keeps the order and has no import cycles", () => {
    const r = spawnSync(
      biome,
      ["lint", "--only=style/noRestrictedImports", "--only=suspicious/noImportCycles", "--max-diagnostics=50", "src"],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/noRestrictedImports|noImportCycles/);
    expect(r.status).toBe(0);
  });
});
