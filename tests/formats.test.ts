import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { align, formats, formatNames, type Bitext } from "../src/index.js";
import { escapeXml, tmxDate } from "../src/formats/tmx.js";
import { corpus, fixture, hasCommand, read, SHARED } from "./helpers.js";

const DATE = new Date("2026-01-02T03:04:05Z");
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

describe.each(Object.keys(CASES))("golden output: %s", (name) => {
  const bitext = CASES[name]!();
  test.each(formatNames)("%s", (format) => {
    const text = formats[format].write(bitext, { date: DATE });
    const file = fixture("formats", name, `expected.${EXT[format]}`);
    if (UPDATE || !existsSync(file)) {
      mkdirSync(fixture("formats", name), { recursive: true });
      writeFileSync(file, text);
    }
    expect(text).toBe(readFileSync(file, "utf8"));
  });
});

describe("TMX", () => {
  const xmllint = hasCommand("xmllint");
  const dtd = SHARED ? join(SHARED, "spec", "tmx14.dtd") : undefined;
  const validate = xmllint && dtd ? test : test.skip;
  if (!xmllint) {
    test("xmllint is installed where CI runs", () => {
      if (process.env.CI) throw new Error("xmllint is missing: .ci/run must install libxml2-utils");
      console.warn("skipping DTD validation: xmllint not found (apt-get install libxml2-utils)");
    });
  }

  validate("every golden TMX validates against the TMX 1.4 DTD", () => {
    const files = Object.keys(CASES).map((name) => fixture("formats", name, "expected.tmx"));
    const r = spawnSync("xmllint", ["--noout", "--dtdvalid", dtd!, ...files], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`<script>alert("x")</script> & 'q'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;");
    expect(escapeXml("a\u0000b\u0007c\uFFFEd\uD800e\tf")).toBe("abcde\tf");
    expect(escapeXml("emoji 😀 stays")).toBe("emoji 😀 stays");
  });

  test("1-0 and 0-1 links are left out, locales and min-score are honoured", () => {
    const bitext = CASES["handmade-bg-en"]!();
    const tmx = formats.tmx.write(bitext, { sourceLocale: "bg-BG", targetLocale: "en-GB", date: DATE, minScore: 0.9 });
    const units = tmx.match(/<tu /g)!.length;
    const expected = bitext.links.filter((l) => l.source.length && l.target.length && l.score >= 0.9).length;
    expect(units).toBe(expected);
    expect(tmx).toContain(`<tuv xml:lang="bg-BG">`);
    expect(tmx).toContain(`srclang="bg-BG"`);
    expect(tmxDate(DATE)).toBe("20260102T030405Z");
  });
});

describe("JSON", () => {
  test("parses, carries every segment with offsets, and links in order", () => {
    const bitext = CASES["handmade-bg-en"]!();
    const doc = JSON.parse(formats.json.write(bitext));
    expect(doc.format).toBe("sverka-bitext");
    expect(doc.version).toBe(1);
    const src = read(corpus("handmade-bg-en", "bg.txt"));
    for (const s of doc.source.segments) expect(src.slice(s.start, s.end)).toBe(s.text);
    expect(doc.links.flatMap((l: { source: number[] }) => l.source)).toEqual(doc.source.segments.map((s: { id: number }) => s.id));
  });
});

describe("TSV", () => {
  test("one link a line, three columns, no tabs or line breaks inside cells", () => {
    const bitext = align("Ред\tс табулация.\nИ нов ред.", "A line\twith a tab. And a new line.", { segmented: false });
    const lines = formats.tsv.write(bitext).trimEnd().split("\n");
    expect(lines).toHaveLength(bitext.links.length);
    for (const line of lines) expect(line.split("\t")).toHaveLength(3);
  });
});
