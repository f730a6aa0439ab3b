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

/** Two SubRip files aligned by the command, as JSON: the bitext read back. */
async function alignFilm(bg: string, en: string) {
  const dir = mkdtempSync(join(tmpdir(), "sverka-subs-"));
  writeFileSync(join(dir, "film.bg.srt"), bg);
  writeFileSync(join(dir, "film.en.srt"), en);
  const out = join(dir, "film.json");
  const r = await sverka(["align", join(dir, "film.bg.srt"), join(dir, "film.en.srt"), "-f", "json", "-o", out, "-q"]);
  expect(r.code).toBe(0);
  return JSON.parse(readFileSync(out, "utf8")) as {
    source: { segments: Array<{ text: string }> };
    target: { segments: Array<{ text: string }> };
    links: Array<{ source: number[]; target: number[] }>;
  };
}

describe("reading subtitles (src/read/subtitles.ts)", () => {
  test("SubRip: the cues' lines, without numbers, timecodes and tags", () => {
    const srt =
      "\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>Къде беше</i>\r\nцяла нощ?\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000 X1:10 X2:20\r\n{\\an8}Не знам.\r\n";
    // A cue's line that opens in a small letter goes on the line before (stranger 161).
    expect(subtitlesToText(srt)).toBe("Къде беше цяла нощ?\nНе знам.\n");
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
    const b = await alignFilm(subRip(source), subRip(target));
    expect(b.source.segments).toHaveLength(60);
    expect(b.target.segments).toHaveLength(60);
    const pairs = b.links.map((l) => [
      l.source.map((k) => b.source.segments[k]!.text).join(" "),
      l.target.map((k) => b.target.segments[k]!.text).join(" "),
    ]);
    expect(pairs).toEqual(cues.map(([bg, en]) => [bg, en]));
  }, 60_000);
});

describe("subtitles whose cues end with no full stop", () => {
  // Stranger 69: many subtitles drop the full stop at a cue's end. Read as prose, a long line made the text look wrapped
  // at a width, and cues ran into each other: 81 % of links right, a cue of one language joined to the next ("…remains
  // premature, though ♪ Come back ♪"), and lines with no closing mark read as headings, a 1-2 link made two.
  const LONG: ReadonlyArray<readonly [string, string]> = [
    [
      "Общината обяви, че ремонтът на централния площад ще продължи до края на октомври.",
      "The municipality said the repair of the central square would last until the end of October.",
    ],
    ["Шофьорите трябва да използват обходния път през индустриалната зона.", "Drivers have to use the detour through the industrial zone."],
    ["Разговорите за европейска слава обаче все още са преждевременни.", "Talk of European glory remains premature, though."],
  ];
  const pairs = Array.from({ length: 90 }, (_, k) => (k % 4 === 3 ? LONG[k % 3]! : LINES[(k * 7) % LINES.length]!));
  /** Cues of one or two pairs (every fifth cue two lines), the English with no full stop at a line's end. */
  function cues(side: 0 | 1): string[][] {
    const out: string[][] = [];
    pairs.forEach((pair, k) => {
      const line = side === 1 ? pair[1].replace(/\.$/u, "") : pair[0];
      if (k % 5 === 1) out[out.length - 1]!.push(line);
      else out.push([line]);
    });
    return out;
  }

  test("each line of a cue is a sentence where the next opens with a capital; a sentence over two cues stays one", async () => {
    const bg = [["Майка ти се обади три пъти, докато те нямаше."], ["Изключи телефона, ще ни чуят."], ["Не знам."]];
    const en = [
      ["Your mother called three times..."],
      ["...while you were out"],
      ["Turn off the phone"],
      ["They'll hear us"],
      ["I don't know"],
    ];
    const b = await alignFilm(subRip([...cues(0), ...bg]), subRip([...cues(1), ...en]));
    const linked = b.links.map((l) => [
      l.source.map((k) => b.source.segments[k]!.text).join(" "),
      l.target.map((k) => b.target.segments[k]!.text).join(" "),
    ]);
    expect(linked).toEqual([
      ...pairs.map(([bg, en]) => [bg, en.replace(/\.$/u, "")]),
      ["Майка ти се обади три пъти, докато те нямаше.", "Your mother called three times...\n...while you were out"],
      // A line with no closing mark is no heading here: run into the sentence before as a cue's second half is.
      ["Изключи телефона, ще ни чуят.", "Turn off the phone They'll hear us"],
      ["Не знам.", "I don't know"],
    ]);
  }, 60_000);
});
