// The CommonJS entry of the package, written after tsc: `require("sverka")` loads the one
// ES module build through Node's require(esm) (Node 20.19+, 22.12+), so a program that both
// imports and requires sverka holds one copy of every class (`instanceof SverkaError` holds).
// Its types are the ES module's declarations, copied as CommonJS declarations (.d.cts) so
// TypeScript reads them in a CommonJS project with the same names and shapes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const root = join(dirname(new URL(import.meta.url).pathname), "..");
const esm = join(root, "dist", "src");
const cjs = join(root, "dist", "cjs");

/** Every .d.ts under dir, as paths relative to it. */
function declarations(dir) {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".d.ts"));
}

mkdirSync(cjs, { recursive: true });
writeFileSync(
  join(cjs, "index.cjs"),
  '"use strict";\n// sverka is an ES module: CommonJS callers get the same module through require(esm).\nmodule.exports = require("../src/index.js");\n',
);
/**
 * Whether a package is an ES module only (chalk, htmlparser2): a CommonJS declaration's type-only import of it needs
 * `resolution-mode`, or TypeScript with `module: node16` in a CommonJS project stops on it (TS1541; stranger 183).
 */
function esmOnly(name) {
  const dir = name.startsWith("@") ? name.split("/").slice(0, 2).join("/") : name.split("/")[0];
  try {
    const pkg = JSON.parse(readFileSync(join(root, "node_modules", dir, "package.json"), "utf8"));
    return pkg.type === "module" && !JSON.stringify(pkg.exports ?? {}).includes('"require"');
  } catch {
    return false;
  }
}

for (const file of declarations(esm)) {
  const text = readFileSync(join(esm, file), "utf8")
    // Relative specifiers point at the .d.cts twins: "./x.js" -> "./x.cjs".
    .replace(/(from\s+|import\(\s*)(["'])(\.{1,2}\/[^"']+)\.js\2/g, "$1$2$3.cjs$2")
    .replace(/^(import type [^;]+ from\s+)(["'])([^."'][^"']*)\2;/gm, (line, head, q, name) =>
      esmOnly(name) ? `${head}${q}${name}${q} with { "resolution-mode": "import" };` : line,
    );
  const out = join(cjs, file.replace(/\.d\.ts$/, ".d.cts"));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
}
console.log(`cjs-door: ${relative(root, join(cjs, "index.cjs"))} and ${declarations(esm).length} declaration files`);
