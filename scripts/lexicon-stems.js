// Run by `npm run build` after tsc: the built-in lexicons with their stem keys worked out,
// dist/src/lang/lexicon-stems/<a>-<b>.json, read at run time instead of stemming every entry
// of data/lexicon/<a>-<b>.tsv on each start (see src/lang/lexicon.ts). Written by the same code
// that would stem them at run time; tests/startup.test.ts checks the files against it.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(new URL(".", import.meta.url).pathname, "..");
const { LEXICON_DIR, LEXICON_STEMS_DIR, lexiconEntries } = await import(join(root, "dist", "src", "lang", "lexicon.js"));

mkdirSync(LEXICON_STEMS_DIR, { recursive: true });
const files = readdirSync(LEXICON_DIR).filter((f) => /^[a-z]{2}-[a-z]{2}\.tsv$/.test(f));
for (const file of files) {
  const entries = lexiconEntries(file);
  writeFileSync(join(LEXICON_STEMS_DIR, file.replace(/\.tsv$/, ".json")), `${JSON.stringify(entries)}\n`);
}
console.log(`lexicon-stems: ${files.length} lexicon(s) stemmed into ${relative(root, LEXICON_STEMS_DIR)}`);
