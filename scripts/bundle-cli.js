// Run by `npm run build` after tsc: the `sverka` command's modules (dist/src/cli/index.js and what it
// imports) bundled by esbuild into dist/cli/, one file for what every run loads and one per command or
// reader loaded later (each `await import()` stays a file of its own). Node resolves, reads and compiles
// a hundred small modules one by one, about a third of a small job's start-up; one file costs half that.
// bin/sverka.js runs the bundle when it is there and dist/src/cli/index.js otherwise; the library
// (`import "sverka"`), the tests and the worker threads use dist/src as before. Packages stay outside.
import { readFile, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { build } from "esbuild";

const root = join(dirname(new URL(import.meta.url).pathname), "..");
const src = join(root, "dist", "src");
const outdir = join(root, "dist", "cli");

/**
 * A module that finds files beside itself (data/, the lexicons' stem keys, the worker threads' scripts,
 * the review page) through `import.meta.url` finds them from its place in dist/src, not the bundle's.
 */
const placeOfEachModule = {
  name: "import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!args.path.startsWith(src + sep) || !text.includes("import.meta.url")) return { contents: text, loader: "js" };
      const from = relative(outdir, args.path).split(sep).join("/");
      return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(from)}, import.meta.url).href`), loader: "js" };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(src, "cli", "index.js")],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // esbuild rewrites a pattern literal with \p{...} outside a class as new RegExp(...) for any target, which
  // would compile it again at every call inside a function: Node 20 has them, so they stay literals.
  supported: { "regexp-unicode-property-escapes": true },
  packages: "external",
  chunkNames: "[name]-[hash]",
  legalComments: "none",
  logLevel: "warning",
  plugins: [placeOfEachModule],
});
console.log(`bundle-cli: the command's modules bundled into ${relative(root, outdir)}`);
