// Run last by `npm run build`: V8's code cache for the command's bundle (bin/load-bundle.cjs says why). The bundle is
// loaded as the command loads it, aligns the bundled sample to every format and checks it, in this process, and what
// V8 compiled for that is saved beside it (dist/cli/index.cjs.cache). Last, because the review page it writes is built
// after the bundle (build:page).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

const root = join(dirname(new URL(import.meta.url).pathname), "..");
const { loadBundle, cacheFileOf } = createRequire(import.meta.url)("../bin/load-bundle.cjs");
const bundle = join(root, "dist", "cli", "index.cjs");
const { exports: cli, script } = loadBundle(bundle);
const scratch = await mkdtemp(join(tmpdir(), "sverka-code-cache-"));
let said = "";
const io = { stdout: { write: () => true }, stderr: { write: (text) => (said += text) } };
const [bg, en] = ["bg.txt", "en.txt"].map((f) => join(root, "corpus", "osce-alliance-2024", f));
try {
  const outputs = ["tmx", "json", "tsv", "html"].flatMap((ext) => ["-o", join(scratch, `sample.${ext}`)]);
  const aligned = await cli.run(["align", bg, en, ...outputs, "--summary"], io);
  // `check` exits 1 when it finds problems; 2 or more is a failure.
  const checked = await cli.run(["check", bg, en], io);
  if (aligned !== 0 || checked > 1)
    throw new Error(`code-cache: the bundled sample failed through the bundle (align ${aligned}, check ${checked}):\n${said}`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
await writeFile(cacheFileOf(bundle), script.createCachedData());
console.log(`code-cache: what the bundled sample compiled saved to ${relative(root, cacheFileOf(bundle))}`);
