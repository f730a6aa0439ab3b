// Before `npm pack` (and `npm publish`): builds the package when dist/ is missing or older than what it is built from,
// so that a tarball packed from a clean clone holds the code. A fresh build is left alone: a pack run beside the tests
// (tests/library-docs.test.ts) must not remove dist/ under them.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The newest modification time of the files under `path` (a file's own), 0 where nothing is. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let out = 0;
  for (const entry of readdirSync(path)) out = Math.max(out, newest(join(path, entry)));
  return out;
}

const built = ["dist/src/index.js", "dist/cjs/index.cjs", "dist/cli/index.cjs", "dist/src/page/page.js"];
const oldest = Math.min(...built.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
const sources = Math.max(newest("src"), newest("data/lexicon"), newest("package.json"), newest("tsconfig.json"));
if (oldest === 0 || oldest < sources) {
  console.error(oldest === 0 ? "prepack: dist/ is missing: building" : "prepack: dist/ is older than src/: building");
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 1);
}
