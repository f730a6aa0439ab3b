/** What a QA lead gating deliveries (stranger 87) and a corpus builder merging batch memories (stranger 88) found. */
import { align, formats, mergeTmx } from "../src/index.js";
import { parseTmx } from "../src/read/tm.js";

test("two batch memories of one corpus merge as the same pairs aligned again, the first kept, silently (stranger 88)", () => {
  const aligned = align(
    "Договорът влиза в сила на 1 март.\nЦената е 100 лв.\n",
    "The contract enters into force on 1 March.\nThe price is BGN 100.\n",
    {
      segmented: true,
    },
  );
  // As `batch --merge-tmx` writes its units: a score and the document, no place in it.
  const batchMemory = (day: number) =>
    formats.tmx
      .write(aligned, { date: new Date(Date.UTC(2026, 0, day)) })
      .replace(/\s*<prop type="x-sverka-link">[^<]*<\/prop>/g, "")
      .replace(/(<prop type="x-sverka-score">[^<]*<\/prop>)/g, '$1\n      <prop type="x-document">contract</prop>');
  const first = batchMemory(1);
  expect(first).not.toContain("x-sverka-link");
  const merged = mergeTmx([parseTmx(first, "m1.tmx"), parseTmx(batchMemory(2), "m2.tmx")]);
  expect(merged.collisions).toEqual([]);
  expect(merged.text.match(/<tu /g)).toHaveLength(2);
  expect(merged.text).toContain('creationdate="20260101T000000Z"');
});
