/** The edit round trip: align to JSON, change it by hand, export it again. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import { readJson, readJsonFile, writeJson } from "../src/formats/json.js";
import { tmxFileChunks, writeTmx } from "../src/formats/tmx.js";
import { align } from "../src/index.js";
import { readInputBytes } from "../src/read/index.js";
import { checkReport, renderText } from "../src/review/report.js";
import { corpus, read, sverka } from "./helpers.js";

const BG = corpus("handmade-bg-en", "bg.txt");
const EN = corpus("handmade-bg-en", "en.txt");

async function alignedJson(): Promise<Record<string, any>> {
  const r = await sverka(["align", BG, EN, "-f", "json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe("sverka export", () => {
  test("JSON round-trips through the reader unchanged", () => {
    const bitext = align(read(BG), read(EN));
    expect(writeJson(readJson(writeJson(bitext)))).toBe(writeJson(bitext));
  });

  test("rejected links stay out of the TMX; verified ones and edits go in", async () => {
    const doc = await alignedJson();
    doc.links[1].status = "rejected";
    doc.links[0].status = "verified";
    // The reviewer splits the 2-1 link [2,3]:[2] into 2-1 -> 1-1 + 1-0.
    const at = doc.links.findIndex((l: { source: number[] }) => l.source.length === 2);
    doc.links.splice(at, 1, { source: [2], target: [2], score: 1 }, { source: [3], target: [], score: 1 });
    const dir = mkdtempSync(join(tmpdir(), "sverka-export-"));
    writeFileSync(join(dir, "edited.json"), JSON.stringify(doc));
    const r = await sverka(["export", join(dir, "edited.json"), "-o", join(dir, "memory.tmx")]);
    expect(r.stderr).toBe("sverka: left out 1 rejected unit\n");
    expect(r.code).toBe(0);
    const tmx = readFileSync(join(dir, "memory.tmx"), "utf8");
    const pairs = doc.links.filter((l: any) => l.source.length && l.target.length && l.status !== "rejected").length;
    expect(tmx.match(/<tu /g)).toHaveLength(pairs);
    expect(tmx).not.toContain(doc.target.segments[1].text);
    expect(tmx).toContain(`<prop type="x-sverka-link">1-1 s2 t2</prop>`);
  });

  test("several -o write every format, each as a single -o does; a bad one among them writes none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-export-"));
    const doc = await alignedJson();
    doc.links[1].status = "rejected";
    writeFileSync(join(dir, "edited.json"), JSON.stringify(doc));
    const out = (name: string) => join(dir, name);
    const r = await sverka([
      "export",
      out("edited.json"),
      "-o",
      out("a.tmx"),
      "-o",
      out("a.json"),
      "-o",
      out("a.tsv"),
      "-o",
      out("a.xlsx"),
    ]);
    expect(r.code).toBe(0);
    // The memory's summary once, for the TMX and the TSV.
    expect(r.stderr).toBe("sverka: left out 1 rejected unit\n");
    for (const ext of ["tmx", "json", "tsv"]) {
      expect((await sverka(["export", out("edited.json"), "-o", out(`single.${ext}`)])).code).toBe(0);
      const text = (f: string) => read(out(f)).replace(/creationdate="[^"]*"/g, "");
      expect(text(`a.${ext}`)).toBe(text(`single.${ext}`));
    }
    expect(existsSync(out("a.xlsx"))).toBe(true);
    const bad = await sverka(["export", out("edited.json"), "-o", out("b.tmx"), "-o", out("b.xls")]);
    expect(bad.code).toBe(2);
    expect(existsSync(out("b.tmx"))).toBe(false);
    const twice = await sverka(["export", out("edited.json"), "-o", out("c.tmx"), "-o", out("c.tmx")]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("given twice");
  });

  test.each([
    [
      "a missing segment",
      (d: any) => {
        d.links[0].source = [99];
      },
      /links\[0\]\.source: segment 99 does not exist/,
    ],
    [
      "a segment used twice",
      (d: any) => {
        d.links[1].source = [0];
      },
      /links\[1\]\.source: segment 0 is already in links\[0\]/,
    ],
    [
      "links out of order",
      (d: any) => {
        [d.links[0], d.links[1]] = [d.links[1], d.links[0]];
      },
      /links\[0\]\.source: links out of order/,
    ],
    [
      "a segment in no link",
      (d: any) => {
        d.links.pop();
      },
      /source: segment \d+ is in no link/,
    ],
    [
      "a wrong version",
      (d: any) => {
        d.version = 2;
      },
      /version: this sverka reads version 1, found 2/,
    ],
    [
      "a bad status",
      (d: any) => {
        d.links[0].status = "ok";
      },
      /links\[0\]\.status: expected "verified" or "rejected"/,
    ],
  ])("refuses %s: names the place, exit 2, nothing written", async (_name, edit, message) => {
    const doc = await alignedJson();
    edit(doc);
    const dir = mkdtempSync(join(tmpdir(), "sverka-export-"));
    writeFileSync(join(dir, "bad.json"), JSON.stringify(doc));
    const r = await sverka(["export", join(dir, "bad.json"), "-o", join(dir, "out.tmx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(dir, "out.tmx"))).toBe(false);
  });

  test("not JSON at all", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-export-"));
    writeFileSync(join(dir, "x.json"), "{ nope");
    const r = await sverka(["export", join(dir, "x.json"), "-o", join(dir, "out.tsv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.json: not valid JSON/);
  });
});

// A saved bitext of 400,000 links is 230 MB: its bar stood at "reading 0%" for 8 s while the file was read, decoded,
// parsed and checked, then at "writing 0%" for 2 s while the memory's units were gathered.
describe("a saved bitext's reading, told as it goes", () => {
  const bitext = align(read(BG), read(EN));
  const dir = mkdtempSync(join(tmpdir(), "sverka-readjson-"));
  /** A bitext of `n` numbered sentences a side, linked one to one, not reviewed. */
  const numbered = (n: number) =>
    align(
      Array.from({ length: n }, (_, k) => `Изречение ${k + 1}.`).join("\n"),
      Array.from({ length: n }, (_, k) => `Sentence ${k + 1}.`).join("\n"),
      { segmented: true, review: false, learn: false },
    );

  test("readJsonFile: the bitext, its shares rising to 1, in UTF-8 with or without a BOM, in UTF-16, and an empty file refused", async () => {
    const text = writeJson(bitext);
    const shares: number[] = [];
    const plain = join(dir, "plain.json");
    writeFileSync(plain, text);
    expect(await readJsonFile(plain, { onShare: (s) => shares.push(s) })).toEqual(readJson(text));
    expect(shares.every((s, k) => s >= 0 && s <= 1 && (k === 0 || s >= shares[k - 1]!))).toBe(true);
    expect(shares).toEqual(expect.arrayContaining([0.3, 0.5, 0.7, 1]));
    const bom = join(dir, "bom.json");
    writeFileSync(bom, `\ufeff${text}`);
    expect(await readJsonFile(bom)).toEqual(readJson(text));
    // Re-saved by an editor in UTF-16: read as any document is.
    const utf16 = join(dir, "utf16.json");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(await readJsonFile(utf16)).toEqual(readJson(text));
    const empty = join(dir, "empty.json");
    writeFileSync(empty, "\n");
    await expect(readJsonFile(empty)).rejects.toThrow("the document is empty");
  });

  test("readJson tells the share of segments and links checked; readInputBytes the share of a long file read", async () => {
    // Long enough for several reports of each: 3 x 8,192 links and more.
    const long = numbered(30_000);
    const shares: number[] = [];
    readJson(writeJson(long), "long.json", (s) => shares.push(s));
    expect(shares[0]).toBe(0);
    expect(shares.at(-1)).toBe(1);
    expect(shares.filter((s) => s > 0 && s < 1).length).toBeGreaterThanOrEqual(8);
    const file = join(dir, "long.bin");
    const bytes = Buffer.alloc(20 * 1024 * 1024 + 5, 7);
    bytes[bytes.length - 1] = 9;
    writeFileSync(file, bytes);
    const told: number[] = [];
    expect((await readInputBytes(file, undefined, (s) => told.push(s))).equals(bytes)).toBe(true);
    expect(told.length).toBe(3);
    expect(told.at(-1)).toBe(1);
  });

  test("a TMX's units gathered count for the first quarter of its writing", () => {
    const n = 40_000;
    const long = numbered(n);
    const told: number[] = [];
    const date = new Date(0);
    expect([...tmxFileChunks(long, { date, onProgress: (s) => told.push(s) })].join("")).toBe(writeTmx(long, { date }));
    const gathering = told.filter((s) => s < 0.25);
    expect(gathering.length).toBe(Math.floor(n / 16_384));
    expect(gathering.every((s) => s > 0)).toBe(true);
    expect(told.every((s, k) => k === 0 || s >= told[k - 1]!)).toBe(true);
    expect(told.at(-1)).toBe(1);
  });
});

describe("sverka check", () => {
  test("text report, exit 1 on an omission, plain when piped", async () => {
    const r = await sverka(["check", BG, EN]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("missing      this sentence is not translated (paragraph 6)");
    // Where it is: the file's line and column, then the sentence (both counted from 1).
    expect(r.stdout).toContain("handmade-bg-en/bg.txt:15:147 sentence 16: Това е с 15% повече от старата линия.");
    // And where its translation would go.
    expect(r.stdout).toContain("handmade-bg-en/en.txt:15:160 after sentence 14 (where it would go): The municipality expects");
    expect(r.stdout).toMatch(/1 error, 0 warnings, \d+ info in 15 links/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  test("the same flag on the same sentence pair is shown once in the text report, with where else; JSON keeps each", async () => {
    // Before: a manual's step translated the same way every time gave one block per repeat (586 on a stranger's 20k manual).
    const dir = mkdtempSync(join(tmpdir(), "sverka-repeats-"));
    const bg: string[] = [];
    const en: string[] = [];
    for (let k = 11; k <= 18; k++) {
      bg.push(`Проверете уреда номер ${k} внимателно преди употреба.`, "Натиснете бутона за захранване 5 пъти.");
      en.push(`Check appliance number ${k} carefully before use.`, "Press the power button 6 times.");
    }
    writeFileSync(join(dir, "bg.txt"), `${bg.join("\n")}\n`);
    writeFileSync(join(dir, "en.txt"), `${en.join("\n")}\n`);
    const text = await sverka(["check", join(dir, "bg.txt"), join(dir, "en.txt"), "--segmented"]);
    expect(text.code).toBe(1);
    expect(text.stdout.match(/the translation says 6 where the source says 5/g)).toHaveLength(1);
    expect(text.stdout).toContain(
      "and 7 more times on the same sentences: line 4, line 6, line 8, line 10, line 12 and 2 more of the translation",
    );
    expect(text.stdout).toContain("8 errors, 0 warnings, 0 info in 16 links (8 flagged at warning or worse)");
    const json = JSON.parse((await sverka(["check", join(dir, "bg.txt"), join(dir, "en.txt"), "--segmented", "--format", "json"])).stdout);
    expect(json.problems.filter((p: { type: string }) => p.type === "numbers")).toHaveLength(8);
  });

  test("a flag whose reason names its sentence is folded too: the same texts, other sentence numbers", () => {
    // Before: a contract's clause flagged in each of 450 copies ("translation sentence 16 runs on...") was listed 450 times.
    const segments = (texts: string[]) => texts.map((text, id) => ({ id, text, start: 0, end: text.length, paragraph: id }));
    const bg = ["Първо изречение.", "Второ изречение.", "Първо изречение.", "Второ изречение.", "Първо изречение.", "Второ изречение."];
    const en = ["First sentence Second sentence.", "First sentence Second sentence.", "First sentence Second sentence."];
    const flag = (j: number, i: number) => ({
      type: "length" as const,
      severity: "warning" as const,
      reason: `translation sentence ${j + 1} runs on from a sentence that stops short, source sentence ${i + 1}: cut short?`,
    });
    const bitext = {
      source: { lang: "bg", segments: segments(bg) },
      target: { lang: "en", segments: segments(en) },
      links: [0, 1, 2].map((k) => ({ source: [2 * k, 2 * k + 1], target: [k], kind: "2-1" as const, score: 0.9, flags: [flag(k, 2 * k)] })),
      model: { ratio: 1, variance: 4 },
    };
    const text = renderText(checkReport(bitext), new Chalk({ level: 0 }), { show: "warning" });
    expect(text.match(/runs on from a sentence/g)).toHaveLength(1);
    expect(text).toContain("translation sentence 1 runs on");
    expect(text).toContain("and 2 more times on the same sentences: sentence 2, sentence 3 of the translation");
  });

  test("the seed pair passes even when failing on warnings", async () => {
    const r = await sverka([
      "check",
      corpus("osce-alliance-2024", "bg.txt"),
      corpus("osce-alliance-2024", "en.txt"),
      "--fail-on",
      "warning",
    ]);
    expect(r.code).toBe(0);
  });

  test("JSON report", async () => {
    const r = await sverka(["check", BG, EN, "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ format: "sverka-check", version: 1, exitCode: 1, counts: { error: 1 } });
    expect(report.problems.find((p: any) => p.type === "missing").sourceText).toBe("Това е с 15% повече от старата линия.");
  });

  test("colour when piped is forced by FORCE_COLOR, and NO_COLOR wins over it", async () => {
    expect((await sverka(["check", BG, EN], { env: { FORCE_COLOR: "1", NO_COLOR: undefined } })).stdout).toMatch(/\u001b\[/);
    expect((await sverka(["check", BG, EN], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).stdout).not.toMatch(/\u001b\[/);
  });
});
