import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocument } from "../src/read/index.js";
import { looksLikeSubtitles, subtitlesToText } from "../src/read/subtitles.js";
import { sverka } from "./helpers.js";

/** Dialogue lines and their translations: short, repeated, as a film's are. */
const LINES: ReadonlyArray<readonly [string, string]> = [
  ["Къде беше цяла нощ?", "Where were you all night?"],
  ["Не знам.", "I don't know."],
  ["Отвори вратата.", "Open the door."],
  ["Нищо ми няма.", "I'm fine."],
  ["Аз съм.", "It's me."],
  ["Вземи го.", "Take it."],
  ["Какво искаш от мен?", "What do you want from me?"],
  ["Влакът тръгва в осем.", "The train leaves at eight."],
  ["Кажи ми истината.", "Tell me the truth."],
  ["Остави ме на мира.", "Leave me alone."],
];

const time = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")},000`;

/** A SubRip file of `cues` (each a list of lines), numbered from 1, two seconds each. */
function subRip(cues: ReadonlyArray<readonly string[]>): string {
  return cues.map((lines, k) => `${k + 1}\n${time(2 * k)} --> ${time(2 * k + 1)}\n${lines.join("\n")}\n`).join("\n");
}

describe("reading subtitles (src/read/subtitles.ts)", () => {
  test("SubRip: the cues' lines, without numbers, timecodes and tags", () => {
    const srt =
      "\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>Къде беше</i>\r\nцяла нощ?\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000 X1:10 X2:20\r\n{\\an8}Не знам.\r\n";
    expect(subtitlesToText(srt)).toBe("Къде беше\nцяла нощ?\nНе знам.\n");
  });

  test("WebVTT: the header, NOTE and STYLE blocks, cue names, settings, voices and entities", () => {
    const vtt = [
      "WEBVTT - a film",
      "",
      "NOTE made by hand",
      "",
      "STYLE",
      "::cue { color: yellow }",
      "",
      "intro",
      "00:01.000 --> 00:02.000 align:start",
      "<v Anna>Tom &amp; Jerry</v>",
      "",
      "01:02:03.500 --> 01:02:04.000",
      "<c.loud>Run!</c>",
      "",
    ].join("\n");
    expect(looksLikeSubtitles(vtt)).toBe(true);
    expect(subtitlesToText(vtt)).toBe("Tom & Jerry\nRun!\n");
  });

  test("cues with no blank line between them: a number before a timing line starts a cue, it is not said", () => {
    const srt = "1\n00:00:01,000 --> 00:00:02,000\nНе знам.\n2\n00:00:03,000 --> 00:00:04,000\nАз съм.\n";
    expect(subtitlesToText(srt)).toBe("Не знам.\nАз съм.\n");
  });

  test("what looks like subtitles: a first cue with or without its number; text that opens with a number does not", () => {
    expect(looksLikeSubtitles(subRip([["Не знам."]]))).toBe(true);
    expect(looksLikeSubtitles("\n\n00:00:01,000 --> 00:00:02,000\nНе знам.\n")).toBe(true);
    expect(looksLikeSubtitles("2024\nГодишен отчет\n")).toBe(false);
    expect(looksLikeSubtitles("1. Общи положения\n2. Предмет на договора\n")).toBe(false);
  });

  test("a .srt, a .vtt, and subtitles saved as .txt are read as subtitles; --input-format txt reads the file as it is", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-subs-"));
    const srt = subRip([["Не знам."], ["Аз съм."]]);
    for (const name of ["a.srt", "a.txt"]) writeFileSync(join(dir, name), srt);
    writeFileSync(join(dir, "a.vtt"), `WEBVTT\n\n${srt}`);
    for (const [name, format] of [
      ["a.srt", "srt"],
      ["a.txt", "srt"],
      ["a.vtt", "vtt"],
    ] as const) {
      const doc = await readDocument(join(dir, name));
      expect([doc.format, doc.text]).toEqual([format, "Не знам.\nАз съм.\n"]);
    }
    expect((await readDocument(join(dir, "a.txt"), { format: "txt" })).text).toBe(srt);
  });
});

describe("aligning subtitles whose translation joined two cues and numbered the rest anew", () => {
  test("every line is linked to its translation, not to the cue of the same number", async () => {
    // After stranger 68: read as text, each cue's number and timecode were segments found once in each file, and after
    // the joined cue every link followed the numbers, one cue off ("Не знам." with "Open the door."): 7 % of links right.
    const cues = Array.from({ length: 60 }, (_, k) => LINES[(k * 7) % LINES.length]!);
    const source = cues.map(([bg]) => [bg]);
    const target: string[][] = [];
    cues.forEach(([, en], k) => {
      // Cues 20 and 21, and 40 and 41, are one cue in the translation.
      if (k === 21 || k === 41) target[target.length - 1]!.push(en);
      else target.push([en]);
    });
    const dir = mkdtempSync(join(tmpdir(), "sverka-subs-"));
    writeFileSync(join(dir, "film.bg.srt"), subRip(source));
    writeFileSync(join(dir, "film.en.srt"), subRip(target));
    const out = join(dir, "film.json");
    const r = await sverka(["align", join(dir, "film.bg.srt"), join(dir, "film.en.srt"), "-f", "json", "-o", out, "-q"]);
    expect(r.code).toBe(0);
    const b = JSON.parse(readFileSync(out, "utf8")) as {
      source: { segments: Array<{ text: string }> };
      target: { segments: Array<{ text: string }> };
      links: Array<{ source: number[]; target: number[] }>;
    };
    expect(b.source.segments).toHaveLength(60);
    expect(b.target.segments).toHaveLength(60);
    const pairs = b.links.map((l) => [
      l.source.map((k) => b.source.segments[k]!.text).join(" "),
      l.target.map((k) => b.target.segments[k]!.text).join(" "),
    ]);
    expect(pairs).toEqual(cues.map(([bg, en]) => [bg, en]));
  }, 60_000);
});
