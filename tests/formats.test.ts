import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { escapeXml, tmxChunks, tmxDate, tmxDocument } from "../src/formats/tmx.js";
import { align, type Bitext, formatNames, formats } from "../src/index.js";
import { parseTmx } from "../src/read/tm.js";
import { corpus, fixture, ROOT, read, TMX_DTD, testNeeding, validateTmx, XMLLINT } from "./helpers.js";

const DATE = new Date("2026-01-02T03:04:05Z");
/** Only `npm run update-goldens` (UPDATE_SNAPSHOT=1) writes the expected files; a plain run never does. */
const UPDATE = process.env.UPDATE_SNAPSHOT === "1";

/** Golden cases: folders under tests/fixtures/formats with bg.txt and en.txt, or a corpus pair. */
const CASES: Record<string, () => Bitext> = {
  "osce-alliance-2024": () => alignCase(read(corpus("osce-alliance-2024", "bg.txt")), read(corpus("osce-alliance-2024", "en.txt"))),
  "handmade-bg-en": () => alignCase(read(corpus("handmade-bg-en", "bg.txt")), read(corpus("handmade-bg-en", "en.txt"))),
  escaping: () => alignCase(read(fixture("formats", "escaping", "bg.txt")), read(fixture("formats", "escaping", "en.txt"))),
};

function alignCase(bg: string, en: string): Bitext {
  return align(bg, en, { sourcePath: "bg.txt", targetPath: "en.txt" });
}

const EXT = { tmx: "tmx", json: "json", tsv: "tsv", html: "html" } as const;
/** The text formats have goldens; the XLSX workbook (zipped, dated) is tested by reading it (tests/xlsx.test.ts). */
const TEXT_FORMATS = formatNames.filter((f): f is keyof typeof EXT => f in EXT);

describe.each(Object.keys(CASES))("golden output: %s", (name) => {
  const bitext = CASES[name]!();
  test.each(TEXT_FORMATS)("%s", (format) => {
    const text = formats[format].write(bitext, { date: DATE });
    const file = fixture("formats", name, `expected.${EXT[format]}`);
    if (UPDATE) {
      mkdirSync(fixture("formats", name), { recursive: true });
      writeFileSync(file, text);
      return;
    }
    // A missing golden fails: writing it here would compare the output with itself.
    if (!existsSync(file))
      throw new Error(`${relative(ROOT, file)} is missing: run \`npm run update-goldens\` to write it, review it and commit it`);
    expect(text).toBe(readFileSync(file, "utf8"));
  });
});

test("every folder of goldens belongs to a case", () => {
  // A case renamed or removed would otherwise leave goldens that nothing compares.
  expect(readdirSync(fixture("formats")).sort()).toEqual(Object.keys(CASES).sort());
});

describe("TMX", () => {
  testNeeding([XMLLINT, TMX_DTD], "every golden TMX validates against the TMX 1.4 DTD", () => {
    const files = Object.keys(CASES).map((name) => fixture("formats", name, "expected.tmx"));
    const r = validateTmx(files);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  // The validation above can fail: an attribute the DTD does not declare is refused.
  testNeeding([XMLLINT, TMX_DTD], "the DTD validation refuses a TMX that breaks it", () => {
    const file = join(mkdtempSync(join(tmpdir(), "sverka-formats-")), "broken.tmx");
    writeFileSync(file, formats.tmx.write(CASES.escaping!(), { date: DATE }).replace(/<tu /, `<tu frobnicate="1" `));
    const r = validateTmx([file]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/frobnicate/);
  });

  test("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`<script>alert("x")</script> & 'q'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;");
    expect(escapeXml("a\u0000b\u0007c\uFFFEd\uD800e\tf")).toBe("abcde\tf");
    expect(escapeXml("emoji 😀 stays")).toBe("emoji 😀 stays");
  });

  test("1-0 and 0-1 links are left out, locales and min-score are honoured", () => {
    const bitext = CASES["handmade-bg-en"]!();
    const tmx = formats.tmx.write(bitext, { sourceLocale: "bg-BG", targetLocale: "en-GB", date: DATE, minScore: 0.99 });
    const units = tmx.match(/<tu /g)!.length;
    const pairs = bitext.links.filter((l) => l.source.length && l.target.length);
    const expected = pairs.filter((l) => l.score >= 0.99).length;
    // The case must hold what is to be left out, or the count below proves nothing: a 1-0 link, and links below 0.99.
    expect(pairs.length).toBeLessThan(bitext.links.length);
    expect(expected).toBeLessThan(pairs.length);
    expect(units).toBe(expected);
    expect(tmx).toContain(`<tuv xml:lang="bg-BG">`);
    expect(tmx).toContain(`srclang="bg-BG"`);
    expect(tmxDate(DATE)).toBe("20260102T030405Z");
  });

  test("the header names the documents without the folders above where the command ran (a memory goes to clients)", () => {
    const named = (sourcePath: string, targetPath: string) => {
      const tmx = formats.tmx.write(align("Първо изречение.", "First sentence.", { sourcePath, targetPath }), { date: DATE });
      return [...tmx.matchAll(/x-sverka-(?:source|target)-document">([^<]*)</g)].map((m) => m[1]);
    };
    expect(named("/home/maria/clients/acme/договор.bg.txt", "../../private/contract.en.txt")).toEqual([
      "договор.bg.txt",
      "contract.en.txt",
    ]);
    expect(named("clients/acme/bg.txt", "./clients/acme/en.txt")).toEqual(["clients/acme/bg.txt", "clients/acme/en.txt"]);
    expect(named("C:\\Users\\maria\\bg.txt", "docs\\en.txt")).toEqual(["bg.txt", "docs/en.txt"]);
    // An absolute path below the folder the command ran in (a batch manifest's pairs) is named from there: the pairs of a
    // batch merged later stay apart (a stranger's merge of per-pair memories, every unit "bg.txt").
    expect(named(join(process.cwd(), "hotel", "bg.txt"), join(process.cwd(), "hotel", "en.txt"))).toEqual(["hotel/bg.txt", "hotel/en.txt"]);
  });
});

describe("a memory in pieces (tmxChunks, batch --merge-tmx)", () => {
  test("pieces of whole lines that make the document: every unit once, each line whole", () => {
    const units = Array.from({ length: 9000 }, (_, k) => ({ source: `Изречение ${k}.`, target: `Sentence ${k}.`, score: 0.9 }));
    const header = { sourceLang: "bg", targetLang: "en", date: new Date(Date.UTC(2025, 0, 2)) };
    const pieces = [...tmxChunks(units, header)];
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(piece.endsWith("\n")).toBe(true);
    const text = pieces.join("");
    expect(text).toBe(tmxDocument(units, header));
    // No line cut or glued where one piece ends and the next begins.
    expect(text.split("\n").filter((line) => line !== "" && !/^ *<.*>$/.test(line))).toEqual([]);
    expect(parseTmx(text, "m.tmx").units.map((u) => u.variants[0]!.text)).toEqual(units.map((u) => u.source));
    // How far it is written is told piece by piece, rising to 1 (align's and export's bar, for a memory of 80,000 units).
    const shares: number[] = [];
    expect([...tmxChunks(units, header, (share) => shares.push(share))].join("")).toBe(text);
    expect(shares.length).toBe(pieces.length);
    expect(shares.every((x, k) => x > (shares[k - 1] ?? 0))).toBe(true);
    expect(shares.at(-1)).toBe(1);
  });

  test("the TMX format writes in pieces too, the same text as whole, and tells how far", () => {
    const n = 9000;
    const seg = (text: (k: number) => string) =>
      Array.from({ length: n }, (_, k) => ({ id: k, text: text(k), start: 0, end: 0, paragraph: k }));
    const bitext: Bitext = {
      source: { lang: "bg", segments: seg((k) => `Изречение ${k}.`) },
      target: { lang: "en", segments: seg((k) => `Sentence ${k}.`) },
      links: Array.from({ length: n }, (_, k) => ({ source: [k], target: [k], kind: "1-1" as const, score: 0.9 })),
      model: { ratio: 1, variance: 1 },
    };
    const date = new Date(Date.UTC(2025, 0, 2));
    const told: number[] = [];
    const pieces = [...formats.tmx.chunks(bitext, { date, onProgress: (share) => told.push(share) })];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join("")).toBe(formats.tmx.write(bitext, { date }));
    expect(told.filter((x) => x > 0 && x < 1).length).toBeGreaterThan(1);
    expect(told.at(-1)).toBe(1);
  });
});

describe("JSON", () => {
  test("parses, carries every segment with offsets, and links in order", () => {
    const bitext = CASES["handmade-bg-en"]!();
    const doc = JSON.parse(formats.json.write(bitext));
    expect(doc.format).toBe("sverka-bitext");
    expect(doc.version).toBe(1);
    const src = read(corpus("handmade-bg-en", "bg.txt"));
    expect(doc.source.segments).toHaveLength(bitext.source.segments.length);
    expect(doc.source.segments.length).toBeGreaterThan(10);
    for (const s of doc.source.segments) expect(src.slice(s.start, s.end)).toBe(s.text);
    expect(doc.links.flatMap((l: { source: number[] }) => l.source)).toEqual(doc.source.segments.map((s: { id: number }) => s.id));
  });
});

describe("TSV", () => {
  test("one link a line, three columns, no tabs or line breaks inside cells", () => {
    const bitext = align(
      "Ред\tс табулация, пренесен\nна нов ред.\n\nВтори абзац.",
      "A line\twith a tab, wrapped\nonto a new line.\n\nSecond paragraph.",
    );
    // The segments themselves hold a tab and a line break: the writer has something to fold.
    const texts = [...bitext.source.segments, ...bitext.target.segments].map((s) => s.text);
    expect(texts.some((t) => t.includes("\t"))).toBe(true);
    expect(texts.some((t) => t.includes("\n"))).toBe(true);
    const lines = formats.tsv.write(bitext).trimEnd().split("\n");
    expect(lines).toHaveLength(bitext.links.length);
    for (const line of lines) expect(line.split("\t")).toHaveLength(3);
    // Each cell is its side's text with white space runs folded to one space.
    const cell = (segments: Bitext["source"]["segments"], ids: readonly number[]) =>
      ids
        .map((id) => segments[id]!.text)
        .join(" ")
        .replace(/\s+/gu, " ");
    expect(lines.map((line) => line.split("\t").slice(0, 2))).toEqual(
      bitext.links.map((l) => [cell(bitext.source.segments, l.source), cell(bitext.target.segments, l.target)]),
    );
  });
});
