/** The documentation of the JSON layouts names every flag type the code can raise. */
import { join } from "node:path";
import { FLAG_TYPES } from "../src/types.js";
import { ROOT, read } from "./helpers.js";

test("docs/check-format.md lists every flag type and the document-level problems", () => {
  const doc = read(join(ROOT, "docs", "check-format.md"));
  const row = doc.split("\n").find((l) => l.startsWith("| `type` |"))!;
  for (const type of [...FLAG_TYPES, "not-a-translation", "out-of-order", "checks-skipped", "languages-forced", "columns"])
    expect(row).toContain(`\`${type}\``);
});

test("docs/json-format.md describes the evidence of every flag type", () => {
  const doc = read(join(ROOT, "docs", "json-format.md"));
  for (const type of FLAG_TYPES) expect(doc).toMatch(new RegExp(`^\\| [^|]*\`${type}\``, "m"));
});
