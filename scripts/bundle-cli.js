// Run by `npm run build` after tsc: the `sverka` command's modules (dist/src/cli/index.js and what it
// imports) bundled by esbuild into one CommonJS file, dist/cli/index.cjs. Node resolves, reads and compiles
// a hundred small modules one by one, about a third of a small job's start-up; one file costs half that.
// CommonJS, not an ES module: Node 20 loads one large ES module (split into chunks or not) some 30 ms slower,
// reading it as bytes, decoding them and linking the chunks; require() compiles the text as it is read.
// bin/sverka.js runs the bundle when it is there and dist/src/cli/index.js otherwise; the library
// (`import "sverka"`), the tests and the worker threads use dist/src as before. The packages every `align`
// loads are bundled too (BUNDLED); the others stay outside, loaded from node_modules when used.
import { readdir, readFile, rm } from "node:fs/promises";
import { isBuiltin } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { build } from "esbuild";

const root = join(dirname(new URL(import.meta.url).pathname), "..");
const src = join(root, "dist", "src");
const outdir = join(root, "dist", "cli");

/**
 * src/lazy.ts loads an ES-module-only package by import() for test runners with their own module loader. The bundle runs
 * in Node's, where require() loads any package, and it is compiled as a script with a code cache (bin/load-bundle.cjs),
 * where an import() needs a flag or an experimental constant: it has none.
 */
const LAZY_IMPORT = "loaded ??= (await import(id));";

/**
 * sverka's own modules as the bundle needs them. A module that finds files beside itself (data/, the lexicons' stem
 * keys, the worker threads' scripts, the review page) through `import.meta.url` finds them from its place in
 * dist/src, not the bundle's; and src/lazy.ts requires what it would import (LAZY_IMPORT).
 */
const ownModules = {
  name: "own-modules",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      let text = await readFile(args.path, "utf8");
      if (!args.path.startsWith(src + sep)) return { contents: text, loader: "js" };
      if (args.path === join(src, "lazy.js")) {
        if (!text.includes(LAZY_IMPORT)) throw new Error(`bundle-cli: ${args.path} no longer reads ${LAZY_IMPORT}`);
        text = text.replace(LAZY_IMPORT, "loaded ??= load(id);");
      }
      const from = relative(outdir, args.path).split(sep).join("/");
      return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(from)}, __bundleUrl).href`), loader: "js" };
    });
  },
};

/**
 * fast-levenshtein makes an Intl.Collator when loaded, for its `useCollator` option: ICU's collation data, 9 ms of every
 * run. sverka never asks for it, so the bundle's copy makes none (a `useCollator` in dist/src fails the build).
 */
const COLLATOR = 'Intl.Collator("generic", { sensitivity: "base" })';
const noCollator = {
  name: "no-collator",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]fast-levenshtein[\\/]levenshtein\.js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes(COLLATOR)) throw new Error(`bundle-cli: ${args.path} no longer makes ${COLLATOR}`);
      return { contents: text.replace(COLLATOR, "null"), loader: "js" };
    });
  },
};

/**
 * Packages every `align` imports, bundled with the command: Node resolves a package's files, reads them, scans
 * a CommonJS one for its exports and wraps it. (porter2 and the other packages loaded when needed stay outside.)
 */
const BUNDLED = new Set(["commander", "fast-levenshtein", "fastest-levenshtein"]);

const otherPackagesOutside = {
  name: "other-packages-outside",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (isBuiltin(args.path)) return undefined;
      const [scope, name] = args.path.split("/");
      return BUNDLED.has(scope.startsWith("@") ? `${scope}/${name}` : scope) ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * commander requires node:child_process when loaded, for executable subcommands, which sverka has none of:
 * with it come the network modules, 9 ms of every run. Inside the bundle commander gets it when it calls it.
 */
const childProcessWhenUsed = {
  name: "child-process-when-used",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "when-used" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "when-used" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });',
      loader: "js",
    }));
  },
};

/** Whether any of sverka's modules under `dir` mentions `word`. */
async function mentioned(dir, word) {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (
      entry.isFile() &&
      entry.name.endsWith(".js") &&
      (await readFile(join(entry.parentPath ?? entry.path, entry.name), "utf8")).includes(word)
    )
      return true;
  return false;
}
if (await mentioned(src, "useCollator"))
  throw new Error("bundle-cli: sverka asks fast-levenshtein for useCollator, which the bundle's copy has not (noCollator)");

await rm(outdir, { recursive: true, force: true });
await build({
  // malloc.cjs apart: bin/sverka.js asks it whether to run a long alignment again before it loads the rest.
  // Each entry is a whole: the commands loaded later (`await import("./check.js")`) are inside index.cjs, their
  // modules evaluated when first imported, as before; V8 compiles a function's body only when it first runs.
  entryPoints: { index: join(src, "cli", "index.js"), malloc: join(src, "io", "malloc.js") },
  outdir,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // esbuild rewrites a pattern literal with \p{...} outside a class as new RegExp(...) for any target, which
  // would compile it again at every call inside a function: Node 20 has them, so they stay literals.
  supported: { "regexp-unicode-property-escapes": true },
  // The modules' own import.meta.url, rewritten above from the bundle's place (__filename in CommonJS).
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: "none",
  logLevel: "warning",
  plugins: [noCollator, ownModules, otherPackagesOutside, childProcessWhenUsed],
});
console.log(`bundle-cli: the command's modules bundled into ${relative(root, outdir)}`);
if (/\bimport\(/.test(await readFile(join(outdir, "index.cjs"), "utf8")))
  throw new Error("bundle-cli: the bundle calls import(), which its loader (bin/load-bundle.cjs) cannot serve");
