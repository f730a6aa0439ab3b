/** Java drivers of the tests (tests/tools/*.java), compiled once per test file into a scratch folder. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers.js";

/** Jars from Debian's /usr/share/java that exist, with `extra`, as a class path. */
export function classPath(jars: readonly string[], extra: readonly string[] = []): string {
  return [...jars.map((j) => (j.startsWith("/") ? j : join("/usr/share/java", j))).filter((j) => existsSync(j)), ...extra].join(":");
}

/** Compiles tests/tools/NAME.java against `cp`; returns the folder of its classes. */
export function compileTool(name: string, cp: string): string {
  const out = mkdtempSync(join(tmpdir(), `sverka-java-${name}-`));
  const r = spawnSync("javac", ["-cp", cp, "-d", out, join(ROOT, "tests", "tools", `${name}.java`)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`javac ${name}.java failed: ${r.stderr}`);
  return out;
}
