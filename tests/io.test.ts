/**
 * Output files written in pieces (src/io/files.ts): a long output is encoded
 * a megabyte at a time instead of whole beside itself, and the file holds
 * exactly the bytes of the whole string.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { chunksOf, writeAtomic } from "../src/io/files.js";

describe("writing a long output in pieces", () => {
  test("the pieces' UTF-8 is the whole string's, surrogate pairs never cut (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (text, size) => {
        const pieces = [...chunksOf(text, size)];
        expect(pieces.join("")).toBe(text);
        expect(Buffer.concat(pieces.map((p) => Buffer.from(p, "utf8"))).equals(Buffer.from(text, "utf8"))).toBe(true);
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(Math.max(size, 2));
      }),
    );
  });

  test("a file written from a string longer than a piece holds its bytes exactly", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      // Cyrillic, an emoji (a surrogate pair) straddling the megabyte boundary, and ASCII.
      const text = `${"Договор ".repeat(131_071)}xxxxxxx🙂${"Article 5. ".repeat(100_000)}`;
      expect(text.codePointAt((1 << 20) - 1)).toBe(0x1f642);
      const path = join(dir, "out.json");
      await writeAtomic(path, text);
      expect(readFileSync(path).equals(Buffer.from(text, "utf8"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
