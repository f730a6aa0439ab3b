/** Invariants over random input (fast-check). */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { escapeHtml } from "../src/formats/html.js";
import { jsonChunks } from "../src/formats/json.js";
import { align, type BitextOptions, formats } from "../src/index.js";
import { segment } from "../src/segment/index.js";
import { TMX_DTD, testNeeding, validateTmx, XMLLINT } from "./helpers.js";

/** Text made of pieces that stress segmentation, plus arbitrary Unicode. */
const piece = fc.oneof(
  fc.constantFrom(
    "Изречение.",
    "г.",
    "лв.",
    "т.е.",
    "Mr.",
    "U.S.",
    "a.m.",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "•",
    "— ",
    "„",
    "“",
    '"',
    "«",
    "»",
    "...",
    "…",
    "!",
    "?",
    "1.",
    "0,20",
    "2024",
    "https://x.bg/a.b",
    "a@b.bg",
    "Виена",
    "Vienna",
    "\u200b",
    "\u202e",
    "e\u0301",
    "😀",
    "\t",
  ),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(""));
const lang = fc.constantFrom("bg", "en", "de");

/** `align`, or, where a side has no text (refused as the CLI refuses an empty document), that refusal checked and undefined. */
/** Random text is not in the declared languages: the language check (tested in langid.test.ts) is passed with `force`. */
function alignOrRefused(a: string, b: string, options?: BitextOptions) {
  const forced = { ...options, force: true };
  if (a.trim() === "" || b.trim() === "") {
    expect(() => align(a, b, forced)).toThrow(/the document is empty/);
    return undefined;
  }
  return align(a, b, forced);
}

describe("segmentation invariants", () => {
  test("every non-space character is in exactly one segment, in order, and offsets frame the text", () => {
    fc.assert(
      fc.property(text, lang, fc.boolean(), (t, l, segmented) => {
        const segs = segment(t, l, { segmented });
        let last = 0;
        const covered = new Uint8Array(t.length);
        for (const s of segs) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(t.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
          covered.fill(1, s.start, s.end);
          last = s.end;
        }
        for (let i = 0; i < t.length; i++) if (!/\s/u.test(t[i]!)) expect(covered[i]).toBe(1);
        expect(segs.map((s) => s.id)).toEqual(segs.map((_, k) => k));
      }),
      { numRuns: 400 },
    );
  });
});

describe("alignment invariants", () => {
  test("links cover each segment once, are monotonic, and scores are probabilities", () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 4 }), (a, b, maxLinkSize) => {
        const bitext = alignOrRefused(a, b, { sourceLang: "bg", targetLang: "en", maxLinkSize });
        if (!bitext) return;
        expect(bitext.links.flatMap((l) => l.source)).toEqual(bitext.source.segments.map((s) => s.id));
        expect(bitext.links.flatMap((l) => l.target)).toEqual(bitext.target.segments.map((s) => s.id));
        for (const l of bitext.links) {
          expect(l.source.length + l.target.length).toBeGreaterThan(0);
          expect(Math.max(l.source.length, l.target.length)).toBeLessThanOrEqual(maxLinkSize);
          expect(l.score).toBeGreaterThanOrEqual(0);
          expect(l.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("output invariants", () => {
  test("JSON parses back to the same segments; TSV has three cells a line", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const bitext = alignOrRefused(a, b);
        if (!bitext) return;
        const doc = JSON.parse(formats.json.write(bitext));
        expect(doc.source.segments.map((s: { text: string }) => s.text)).toEqual(bitext.source.segments.map((s) => s.text));
        const tsv = formats.tsv.write(bitext);
        for (const line of tsv.split("\n").slice(0, -1)) expect(line.split("\t")).toHaveLength(3);
      }),
      { numRuns: 200 },
    );
  });

  // The CLI writes a JSON file from jsonChunks (a long pair's text is never whole in memory); `writeJson` is the
  // library's string. Paths that hold the frame's own keys ("segments": [], "links": []) must not be taken for them.
  test("JSON written in pieces is writeJson's text to the byte, whatever the texts, paths, flags and edits", () => {
    const path = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('a/"segments": []/b.txt', '"links": [].txt', "[]", "x\n[]\n"),
      fc.string({ unit: "binary", maxLength: 12 }).map((s) => `p${s}`),
    );
    fc.assert(
      fc.property(text, text, path, path, fc.boolean(), (a, b, pa, pb, explain) => {
        const bitext = alignOrRefused(a, b, { explain, sourcePath: pa, targetPath: pb });
        if (!bitext) return;
        const first = bitext.links[0];
        const edited =
          first === undefined
            ? bitext
            : {
                ...bitext,
                links: [{ ...first, status: "verified" as const, comment: 'ok\n"[]"', correction: "x\ny" }, ...bitext.links.slice(1)],
              };
        for (const b2 of [bitext, edited, { ...bitext, links: [] }]) expect([...jsonChunks(b2)].join("")).toBe(formats.json.write(b2));
      }),
      { numRuns: 200 },
    );
  });

  test("the review page carries every segment as data and holds no script but its own", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const bitext = alignOrRefused(a, b);
        if (!bitext) return;
        const html = formats.html.write(bitext);
        expect(html.match(/<script/gi)).toHaveLength(2);
        // The page draws its rows from this JSON (textContent, never markup): the texts must come back whole, and end no script.
        const data = html.match(/<script type="application\/json" id="bitext-data">([\s\S]*?)<\/script>/)![1]!;
        const doc = JSON.parse(data);
        expect(doc.source.segments.map((s: { text: string }) => s.text)).toEqual(bitext.source.segments.map((s) => s.text));
        expect(doc.target.segments.map((s: { text: string }) => s.text)).toEqual(bitext.target.segments.map((s) => s.text));
        expect(html).toContain(`<title>sverka review: ${escapeHtml("source → target")}</title>`);
      }),
      { numRuns: 150 },
    );
  });

  testNeeding([XMLLINT, TMX_DTD], "TMX from random text validates against the DTD", () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-prop-"));
    try {
      const files: string[] = [];
      // Texts with something to align (a blank side is refused, tested above): every run writes a memory to validate.
      const written = text.filter((t) => t.trim() !== "");
      fc.assert(
        fc.property(written, written, (a, b) => {
          const file = join(dir, `${files.length}.tmx`);
          writeFileSync(file, formats.tmx.write(alignOrRefused(a, b)!));
          files.push(file);
        }),
        { numRuns: 150 },
      );
      expect(files.length).toBe(150);
      const r = validateTmx(files);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
