// Run by `npm run build` after tsc: the built-in lexicons with their stem keys worked out,
// dist/src/lang/lexicon-stems/<a>-<b>.json, read at run time instead of stemming every entry
// of data/lexicon/<a>-<b>.tsv on each start (see src/lang/lexicon.ts), and names-<a>-<b>.json for
// data/names/<a>-<b>.tsv (src/lang/names.ts). Written by the same code
// that would stem them at run time; tests/startup.test.ts checks the files against it.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(new URL(".", import.meta.url).pathname, "..");
const { LEXICON_DIR, LEXICON_STEMS_DIR, lexiconEntries } = await import(join(root, "dist", "src", "lang", "lexicon.js"));
const { NAMES_DIR } = await import(join(root, "dist", "src", "lang", "names.js"));

mkdirSync(LEXICON_STEMS_DIR, { recursive: true });
const pairFiles = (dir) => readdirSync(dir).filter((f) => /^[a-z]{2}-[a-z]{2}\.tsv$/.test(f));
const files = pairFiles(LEXICON_DIR);
for (const file of files) {
  const entries = lexiconEntries(file);
  writeFileSync(join(LEXICON_STEMS_DIR, file.replace(/\.tsv$/, ".json")), `${JSON.stringify(entries)}\n`);
}
// The names of data/names/<a>-<b>.tsv (src/lang/names.ts), stemmed by the same code: names-<a>-<b>.json.
const names = pairFiles(NAMES_DIR);
for (const file of names) {
  const entries = lexiconEntries(file, NAMES_DIR);
  writeFileSync(join(LEXICON_STEMS_DIR, `names-${file.replace(/\.tsv$/, ".json")}`), `${JSON.stringify(entries)}\n`);
}
console.log(
  `lexicon-stems: ${files.length} lexicon(s) and ${names.length} names file(s) stemmed into ${relative(root, LEXICON_STEMS_DIR)}`,
);
