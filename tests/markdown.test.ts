/** Markdown read through textlint's syntax tree: segments point into the .md file itself. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { alignFiles, readDocument, readMarkdown, segmentDocument } from "../src/index.js";
import { parts } from "../src/read/markdown.js";
import type { Segment } from "../src/types.js";
import { corpus, read, sverka } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sverka-md-"));
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** A small user manual, as a documentation team would keep it. */
const MANUAL_BG = `---
title: Ръководство
version: 2.1
---

# Инсталиране

Изтеглете инсталатора от [страницата за изтегляне](https://example.bg/download).
Натиснете **Запази**, за да запишете файла. Стартирайте го с \`setup.exe /quiet\`.

\`\`\`sh
setup.exe /quiet /log install.log
\`\`\`

## Изисквания

- Windows 10 или по-нова версия.
- Поне 2 GB свободно място на диска.

> Внимание: не изключвайте компютъра по време на инсталирането.

<div class="note">
Бележка в HTML, която не се превежда.
</div>

| Версия | Дата |
| --- | --- |
| 2.1 | 15 април 2024 г. |
`;

const MANUAL_EN = `---
title: Manual
version: 2.1
---

# Installation

Download the installer from the [download page](https://example.com/download).
Press **Save** to save the file. Run it with \`setup.exe /quiet\`.

\`\`\`sh
setup.exe /quiet /log install.log
\`\`\`

## Requirements

- Windows 10 or later.
- At least 2 GB of free disk space.

> Caution: do not turn the computer off while it installs.

<div class="note">
A note in HTML that is not translated.
</div>

| Version | Date |
| --- | --- |
| 2.1 | 15 April 2024 |
`;

/** The segments of a JSON bitext's side. */
async function jsonSegments(source: string, target: string): Promise<{ source: Segment[]; target: Segment[] }> {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  const r = await sverka(["align", source, target, "--format", "json", "-o", out]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const json = JSON.parse(readFileSync(out, "utf8"));
  return { source: json.source.segments, target: json.target.segments };
}

/** The file text with inline markup taken away and white space folded: what a segment's text should read as. */
const unmark = (s: string) =>
  s
    .replace(/\]\([^)]*\)/g, "")
    .replace(/[*_`[\]]/g, "")
    .replace(/\s+/g, " ")
    .trim();

describe("Markdown segments point into the .md file", () => {
  const bg = file("manual.bg.md", MANUAL_BG);
  const en = file("manual.en.md", MANUAL_EN);

  test("each segment's start and end frame its sentence in the file, markup included; text is the sentence without markup", async () => {
    const { source, target } = await jsonSegments(bg, en);
    for (const [segments, text] of [
      [source, MANUAL_BG],
      [target, MANUAL_EN],
    ] as const) {
      for (const s of segments) expect(unmark(text.slice(s.start, s.end))).toBe(s.text.replace(/\s+/g, " "));
    }
    const save = target.find((s) => s.text.startsWith("Press"))!;
    expect(save.text).toBe("Press Save to save the file.");
    expect(MANUAL_EN.slice(save.start, save.end)).toBe("Press **Save** to save the file.");
    const link = target.find((s) => s.text.startsWith("Download"))!;
    expect(link.text).toBe("Download the installer from the download page.");
    expect(MANUAL_EN.slice(link.start, link.end)).toBe("Download the installer from the [download page](https://example.com/download).");
    const code = source.find((s) => s.text.startsWith("Стартирайте"))!;
    expect(MANUAL_BG.slice(code.start, code.end)).toBe("Стартирайте го с `setup.exe /quiet`.");
  });

  test("a segment's line in the .md file follows from its start offset", async () => {
    const { target } = await jsonSegments(bg, en);
    const lineOf = (s: Segment) => MANUAL_EN.slice(0, s.start).split("\n").length;
    const at = (prefix: string) => lineOf(target.find((s) => s.text.startsWith(prefix))!);
    expect(at("Installation")).toBe(6);
    expect(at("Press")).toBe(9);
    expect(at("At least 2 GB")).toBe(18);
    expect(at("Caution")).toBe(20);
    expect(at("15 April 2024")).toBe(28);
  });

  test("a BOM, CRLF line ends, entities and escapes: offsets still point into the decoded file", async () => {
    const text =
      "# Prices\r\n\r\nTom &amp; Jerry pay 5 \\* 3 dollars. The *total* is &euro;15.\r\nPay by\r\nthe end of May.\r\n\r\n" +
      "Write to &lt;info@example.com&gt; today.\r\n";
    const path = file("prices.md", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const segments = segmentDocument(await readDocument(path), "en");
    expect(segments.map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([
      ["Prices", "Prices"],
      ["Tom & Jerry pay 5 * 3 dollars.", "Tom &amp; Jerry pay 5 \\* 3 dollars."],
      ["The total is €15.", "The *total* is &euro;15."],
      ["Pay by\r\nthe end of May.", "Pay by\r\nthe end of May."],
      // An e-mail address is a GFM autolink, whose neighbours the parser places a character short.
      ["Write to <info@example.com> today.", "Write to &lt;info@example.com&gt; today."],
    ]);
  });
});

describe("Markdown structure", () => {
  test("headings, paragraphs, list items, block quotes and table cells are paragraphs; code blocks, HTML blocks and front matter are left out", async () => {
    const doc = await readDocument(file("manual.md", MANUAL_EN));
    expect(doc.text).toBe(
      `${[
        "Installation",
        "Download the installer from the download page.\nPress Save to save the file. Run it with setup.exe /quiet.",
        "Requirements",
        "Windows 10 or later.",
        "At least 2 GB of free disk space.",
        "Caution: do not turn the computer off while it installs.",
        "Version",
        "Date",
        "2.1",
        "15 April 2024",
      ].join("\n\n")}\n`,
    );
  });

  test("no sentence ends inside inline code or a link", async () => {
    const path = file("notes.md", "Run `make test. Then` check it. See [the guide. Part two](https://x.org) for more. Done.\n");
    const r = await sverka(["split", path, "--lang", "en"]);
    expect(r.stdout).toBe("Run make test. Then check it.\nSee the guide. Part two for more.\nDone.\n");
  });

  test("a Markdown file with nothing but front matter and code is empty: exit 2, the file named, nothing written", async () => {
    const empty = file("code-only.md", "---\ntitle: x\n---\n\n```\nprint('hello. world')\n```\n");
    const out = join(dir, "never.tmx");
    const r = await sverka(["align", empty, file("other.en.md", "Hello.\n"), "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("code-only.md");
    expect(r.stderr).toContain("the document is empty");
    expect(existsSync(out)).toBe(false);
  });
});

describe("prose reads the same as .md and as .txt", () => {
  /** Wrapped prose with Bulgarian abbreviations (г., т.е., чл., ал.), which the sentence rules keep inside sentences. */
  const PROSE_BG =
    "Срещата се проведе на 15 април 2024 г. във Виена. Проф. Иванов, т.е. председателят,\n" +
    "откри заседанието в 10 ч. сутринта и припомни чл. 5, ал. 2 от Устава.\n\n" +
    "Делегатите приеха решението единодушно. Следващата среща е през май.\n";

  test.each([
    ["the corpus pair", read(corpus("handmade-bg-en", "bg.txt")), read(corpus("handmade-bg-en", "en.txt"))],
    ["the OSCE pair", read(corpus("osce-alliance-2024", "bg.txt")), read(corpus("osce-alliance-2024", "en.txt"))],
    [
      "wrapped prose with abbreviations",
      PROSE_BG,
      "The meeting was held on 15 April 2024 in Vienna. Prof. Ivanov, i.e. the chair,\n" +
        "opened the session at 10 a.m. and recalled Art. 5(2) of the Statute.\n\n" +
        "The delegates adopted the decision unanimously. The next meeting is in May.\n",
    ],
  ])("%s: the same segments, offsets and links", async (_name, bgText, enText) => {
    const asTxt = await alignFiles(file("p.bg.txt", bgText), file("p.en.txt", enText));
    const asMd = await alignFiles(file("p.bg.md", bgText), file("p.en.md", enText));
    expect(asMd.source.segments).toEqual(asTxt.source.segments);
    expect(asMd.target.segments).toEqual(asTxt.target.segments);
    expect(asMd.links.map((l) => [l.source, l.target])).toEqual(asTxt.links.map((l) => [l.source, l.target]));
  });

  test("Bulgarian abbreviations do not end sentences in Markdown either", async () => {
    const segments = segmentDocument(await readDocument(file("prose.bg.md", PROSE_BG)), "bg");
    expect(segments.map((s) => s.text.replace(/\s+/g, " "))).toEqual([
      "Срещата се проведе на 15 април 2024 г. във Виена.",
      "Проф. Иванов, т.е. председателят, откри заседанието в 10 ч. сутринта и припомни чл. 5, ал. 2 от Устава.",
      "Делегатите приеха решението единодушно.",
      "Следващата среща е през май.",
    ]);
  });
});

describe("placing sentences in the file (property)", () => {
  const word = fc.constantFrom("alpha", "beta", "Gamma", "delta", "5", "2024", "г.", "т.е.", "Дума", "дума");
  const inline = fc.oneof(
    { weight: 6, arbitrary: word },
    word.map((w) => `**${w}**`),
    word.map((w) => `*${w}*`),
    word.map((w) => `\`${w}.\``),
    word.map((w) => `[${w}. Next](https://example.org/${w})`),
    fc.constantFrom("&amp;", "\\*", "&euro;", "<b>x</b>", "<br>", "&lt;a@b.org&gt;", "https://x.org"),
  );
  const sentence = fc
    .array(inline, { minLength: 1, maxLength: 8 })
    .chain((ws) => fc.constantFrom(".", "!", "?", "").map((end) => `${ws.join(" ")}${end}`));
  const lines = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(" "));
  const block = fc.oneof(
    lines,
    lines.map((l) => `# ${l}`),
    lines.map((l) => `- ${l}\n- ${l}`),
    lines.map((l) => `> ${l}\n> ${l}`),
    lines.map((l) => `1. ${l}\n   ${l}`),
    lines.map((l) => `| ${l} | x |\n| --- | --- |\n| ${l} | y |`),
    fc.constant("```\ncode. Not text.\n```"),
    fc.constant("~~~~sh\n# a shell comment. Not text.\n\n# Nor this.\n~~~\n~~~~"),
    // Footnotes: a reference, its definition right after or anywhere else in the file (another part), labels in any case.
    fc.tuple(lines, fc.constantFrom("n1", "n2", "N1", "long note")).map(([l, n]) => `${l}[^${n}]\n\n[^${n}]: ${l}`),
    fc.tuple(lines, fc.constantFrom("n1", "n2", "N1", "long note")).map(([l, n]) => `${l} [^${n}] more.`),
    fc.tuple(lines, fc.constantFrom("n1", "n2", "n3", "LONG  note")).map(([l, n]) => `[^${n}]: ${l}\n\n    ${l}`),
  );
  const documents = fc.array(block, { minLength: 1, maxLength: 6 }).map((bs) => `${bs.join("\n\n")}\n`);

  test("a long file read in parts reads as it does whole", async () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 2, maxLength: 12 }), (bs) => {
        const md = `${bs.map((b, k) => (k % 3 === 1 ? `# Part ${k}\n\n${b}` : b)).join("\n\n")}\n`;
        const whole = readMarkdown(md, { partSize: Number.POSITIVE_INFINITY });
        const inParts = readMarkdown(md, { partSize: 1 });
        expect(inParts.text).toBe(whole.text);
        const place = (r: typeof whole) => segmentDocument({ text: r.text, sourceMap: r.map }, "en");
        expect(place(inParts)).toEqual(place(whole));
      }),
      { numRuns: 100 },
    );
    const manual = Array.from({ length: 40 }, (_, k) =>
      MANUAL_EN.replace(/^---[\s\S]*?---\n/, "").replace("# Installation", `# Installation ${k}`),
    ).join("\n");
    expect(readMarkdown(manual, { partSize: 1000 }).text).toBe(readMarkdown(manual, { partSize: Number.POSITIVE_INFINITY }).text);
    // Read part by part, the share read is told after each (a 100,000-sentence file takes 15 s: the bar moves).
    const shares: number[] = [];
    readMarkdown(manual, { partSize: 1000, onShare: (share) => shares.push(share) });
    expect(shares).toHaveLength(parts(manual, 1000).length);
    expect(shares.length).toBeGreaterThan(5);
    expect(shares.every((x, k) => x > (shares[k - 1] ?? 0))).toBe(true);
    expect(shares.at(-1)).toBe(1);
    // And through readDocument, as align reads a file: a long one (here 60 sections, about 190,000 characters) in two or more parts.
    const dir = mkdtempSync(join(tmpdir(), "sverka-md-share-"));
    const long = Array.from({ length: 60 }, (_, k) => `# Section ${k}\n\n${"Press the button and wait for the lamp. ".repeat(80)}\n`).join(
      "\n",
    );
    writeFileSync(join(dir, "long.md"), long);
    const told: number[] = [];
    await readDocument(join(dir, "long.md"), { onShare: (share) => told.push(share) });
    expect(told.filter((x) => x > 0 && x < 1).length).toBeGreaterThan(0);
    expect(told.at(-1)).toBe(1);
    // A footnote defined after its paragraph: the file is cut between footnotes, never between a reference and its definition.
    const noted = Array.from({ length: 30 }, (_, k) => `# Part ${k}\n\nText of part ${k}.[^f${k}]\n\n[^f${k}]: Note ${k}.\n`).join("\n");
    const cut = parts(noted, 1);
    expect(cut.length).toBe(30);
    for (const [start, end] of cut)
      expect(noted.slice(start, end)).toMatch(/^# Part (\d+)\n\nText of part \1\.\[\^f\1\]\n\n\[\^f\1\]: Note \1\.\n\n?$/);
    expect(readMarkdown(noted, { partSize: 100 }).text).toBe(readMarkdown(noted, { partSize: Number.POSITIVE_INFINITY }).text);
    // All notes at the end: no cut can keep a reference with its definition, and the file is one part.
    const atEnd = `${Array.from({ length: 30 }, (_, k) => `# Part ${k}\n\nText ${k}.[^f${k}]\n`).join("\n")}\n${Array.from({ length: 30 }, (_, k) => `[^f${k}]: Note ${k}.`).join("\n")}\n`;
    expect(parts(atEnd, 1)).toHaveLength(1);
    // Definitions serve the whole file, and an HTML comment may hold a blank line and a heading: such files are read whole.
    for (const md of [
      "# One\n\nSee [the guide][g].\n\n# Two\n\nMore.\n\n[g]: https://x.org\n",
      "# One\n\n<!-- a\n\n# comment -->\n\n# Two\n\nText.\n",
    ]) {
      expect(readMarkdown(md, { partSize: 1 }).text).toBe(readMarkdown(md, { partSize: Number.POSITIVE_INFINITY }).text);
    }
  });

  test("spans are in order and inside the file, and each holds its sentence's letters in order", () => {
    fc.assert(
      fc.property(documents, fc.constantFrom("bg", "en"), (md, lang) => {
        const { text, map } = readMarkdown(md);
        let before = 0;
        for (const s of segmentDocument({ text, sourceMap: map }, lang)) {
          expect(s.start).toBeGreaterThanOrEqual(before);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(md.length);
          before = s.end;
          const span = md.slice(s.start, s.end);
          let at = 0;
          for (const c of s.text.replace(/[^\p{L}\p{N}]/gu, "")) {
            at = span.indexOf(c, at) + 1;
            expect(at).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
