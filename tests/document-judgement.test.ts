/**
 * The pair judged as a whole ("the target does not look like a translation"):
 * a checklist that says one sentence again and again, and a translation cut
 * short, are translations; their units go into the memory.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, formats, readJson } from "../src/index.js";
import { alignFlow, runFlow } from "../src/pipeline.js";
import { judgedLinks, unrelatedFlags } from "../src/review/document.js";
import { UNRELATED_EVIDENCE_ALONE } from "../src/review/unrelated.js";
import { segment } from "../src/segment/index.js";
import type { Bitext } from "../src/types.js";
import { segs, sverka } from "./helpers.js";

/** A maintenance checklist: one step said at every station, and a reading to record at every `every`-th. */
function checklist(stations: number, every: number, dropped: ReadonlySet<number>): { bg: string; en: string } {
  const bg: string[] = [];
  const en: string[] = [];
  for (let k = 1; k <= stations; k++) {
    bg.push("Проверете клапана.");
    if (!dropped.has(k)) en.push("Check the valve.");
    if (k % every === 0) {
      const bar = ((k * 37) % 900) / 10 + 10;
      bg.push(`Запишете налягането ${String(bar).replace(".", ",")} бара на станция ${k}.`);
      en.push(`Record the pressure of ${bar} bar at station ${k}.`);
    }
    if (k % 25 === 0) {
      bg.push("");
      en.push("");
    }
  }
  return { bg: bg.join("\n"), en: en.join("\n") };
}

const NEWS_BG = [
  "Общинският съвет на Пловдив одобри бюджет от 412 млн. лв. за 2025 г.",
  "Кметът Костадин Димитров заяви, че половината от средствата ще отидат за ремонт на училища и детски градини.",
  "Опозицията гласува против и поиска повече пари за градския транспорт.",
  "Предвидени са 38 млн. лв. за нови автобуси, които ще се движат по 12 линии.",
  "Ремонтът на Колодрума трябва да приключи до края на септември.",
  "Гражданите ще могат да следят разходите на специален сайт на общината.",
  "Данъците за жилищата остават непроменени.",
  "Таксата за смет обаче се увеличава с 8 % за фирмите.",
  "Синдикатите поискаха заплатите в общинските предприятия да нараснат с 10 %.",
  "Общината отговори, че ще преразгледа въпроса през юни.",
  "Следващото заседание на съвета е насрочено за 14 март.",
  "На него ще бъде обсъдена и новата схема за паркиране в центъра.",
];
const NEWS_EN = [
  "Plovdiv City Council approved a budget of BGN 412 million for 2025.",
  "Mayor Kostadin Dimitrov said half of the money would go to repairing schools and kindergartens.",
  "The opposition voted against and asked for more money for public transport.",
];

describe("the pair judged as a whole", () => {
  test("a checklist that says one step at every station, a few of them left out, is a translation: judged by the sentences it says once", () => {
    const { bg, en } = checklist(1000, 100, new Set([17, 101, 102, 230, 288, 517, 901]));
    const b = align(bg, en);
    expect(b.documentFlags ?? []).toEqual([]);
    // The repeated step is no ground to judge the pair by; the readings, said once each, are.
    const judged = judgedLinks(b);
    expect(judged.length).toBe(10);
    expect(judged.every((k) => b.source.segments[b.links[k]!.source[0]!]!.text.startsWith("Запишете"))).toBe(true);
  });

  test("in pieces, the pair is judged as it is whole", () => {
    const { bg, en } = checklist(1500, 100, new Set([40, 41, 700, 1111]));
    const source = segment(bg, "bg");
    const target = segment(en, "en");
    const pieces = runFlow(alignFlow(source, target, {}, { long: 1000, piece: 500 }));
    const whole = runFlow(alignFlow(source, target, {}));
    expect(pieces.documentFlags ?? []).toEqual([]);
    expect(pieces.documentFlags).toEqual(whole.documentFlags);
  });

  test("a translation cut short after three sentences aligns them one to one and is no wrong file", () => {
    const b = align(NEWS_BG.join(" "), NEWS_EN.join(" "));
    expect(b.documentFlags ?? []).toEqual([]);
    const ones = b.links.filter((l) => l.kind === "1-1").map((l) => [l.source[0], l.target[0]]);
    expect(ones).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    // What the translation leaves out is reported as left out, link by link.
    expect(b.links.filter((l) => l.kind === "1-0")).toHaveLength(9);
  });

  test("a news item against an unrelated translation is still a wrong file", () => {
    const b = align(NEWS_BG.join(" "), UNRELATED.join(" "));
    expect(b.documentFlags?.map((f) => f.type)).toEqual(["not-a-translation"]);
  });

  test("a short translation in a pair with no dictionary and one script is no wrong file, but a warning (a corpus builder's news item, English to German)", () => {
    const en = [
      "Library extends opening hours",
      "From next month, the central library will stay open until 10 p.m. on weekdays. The change follows a survey in which 62 percent of students asked for longer hours. Weekend hours remain unchanged.",
      "The library will also add 40 new study desks on the second floor. The extra staff costs are covered by the university budget. A spokesperson said the trial will last six months.",
    ].join("\n\n");
    const de = [
      "Bibliothek verlängert Öffnungszeiten",
      "Ab nächstem Monat bleibt die Zentralbibliothek an Wochentagen bis 22 Uhr geöffnet. Die Änderung folgt einer Umfrage, in der 62 Prozent der Studierenden längere Öffnungszeiten forderten; die Öffnungszeiten am Wochenende bleiben unverändert.",
      "Die Bibliothek wird außerdem 40 neue Arbeitsplätze im zweiten Stock einrichten. Ein Sprecher sagte, der Versuch werde sechs Monate dauern.",
    ].join("\n\n");
    const b = align(en, de, { sourceLang: "en", targetLang: "de" });
    // A warning that says why it may be wrong, and the units kept: spelling alone cannot tell a short translation from another text.
    const judged = b.documentFlags?.find((f) => f.type === "not-a-translation");
    expect(judged?.severity).toBe("warning");
    expect(judged?.reason).toMatch(/with no dictionary for en-de and fewer than 30 sentences a short translation often does too/);
    expect(formats.tmx.write(b).split("<tu ").length - 1).toBeGreaterThan(0);
    expect(formats.tmx.write(b, { dropFlagged: "warning" }).split("<tu ").length - 1).toBe(0);
  });

  test("with no dictionary and one script, a pair of 30 sentences or more is still judged: German against unrelated French is a wrong file", () => {
    // Sentences of words drawn in turn, of lengths that vary otherwise on each side.
    const text = (words: readonly string[], size: (i: number) => number) =>
      Array.from({ length: 40 }, (_, i) => {
        const sentence = Array.from({ length: size(i) }, (_, w) => words[(i * 3 + w * 5) % words.length]).join(" ");
        return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
      }).join(" ");
    const de = [
      "Kommission",
      "prüft",
      "Bericht",
      "über",
      "Wasser",
      "Energie",
      "Verkehr",
      "Bildung",
      "erneut",
      "gründlich",
      "Ausschuss",
      "Haushalt",
    ];
    const fr = ["il", "a", "beaucoup", "plu", "hier", "selon", "les", "prévisions", "du", "matin", "vent", "nuages", "froid", "soleil"];
    const b = align(
      text(de, (i) => 4 + ((i * 7) % 11)),
      text(fr, (i) => 4 + ((i * 5 + 3) % 13)),
      { sourceLang: "de", targetLang: "fr" },
    );
    expect(b.documentFlags?.map((f) => f.type)).toContain("not-a-translation");
  });

  test("a document pasted four times into its file has no sentence said once: all its links judge it", () => {
    const NEWS_EN_WHOLE = [
      ...NEWS_EN,
      "Funds of BGN 38 million are planned for new buses that will run on 12 lines.",
      "The renovation of the Kolodruma must be finished by the end of September.",
      "Citizens will be able to follow the spending on a special website of the municipality.",
      "Taxes on homes remain unchanged.",
      "The waste fee, however, rises by 8% for companies.",
      "The trade unions asked for wages in municipal enterprises to rise by 10%.",
      "The municipality replied that it would review the matter in June.",
      "The next meeting of the council is scheduled for 14 March.",
      "It will also discuss the new parking scheme in the centre.",
    ];
    const four = (lines: readonly string[]) => Array.from({ length: 4 }, () => lines.join(" ")).join("\n\n");
    // The manual's steps in another order in each copy, as a file put together from other documents has them.
    const manual = [...UNRELATED, ...UNRELATED.slice(0, 4)];
    const rotated = Array.from({ length: 4 }, (_, c) => [...manual.slice(3 * c), ...manual.slice(0, 3 * c)].join(" ")).join("\n\n");
    const unrelated = align(four(NEWS_BG), rotated);
    expect(judgedLinks(unrelated).length).toBeGreaterThan(10);
    expect(unrelated.documentFlags?.map((f) => f.type)).toEqual(["not-a-translation"]);
    expect(formats.tmx.write(unrelated)).not.toContain("<tu ");
    const translated = align(four(NEWS_BG), four(NEWS_EN_WHOLE));
    expect(translated.documentFlags ?? []).toEqual([]);
    expect(formats.tmx.write(translated)).toContain("<tu ");
  });

  test("links sure of themselves with hardly a word in common: no translation, however sure the links", () => {
    const texts = Array.from({ length: 20 }, (_, k) => `Изречение ${k}.`);
    const bitext: Bitext = {
      source: { lang: "bg", segments: segs(texts) },
      target: { lang: "en", segments: segs(texts) },
      links: texts.map((_, k) => ({ source: [k], target: [k], kind: "1-1" as const, score: 0.99 })),
      model: { ratio: 1, variance: 6 },
    };
    const chars = new Int32Array(20).fill(100);
    const judged = (perChar: number) =>
      unrelatedFlags(bitext, { evidence: new Float64Array(20).fill(perChar * 100), chars }).map((f) => f.type);
    expect(judged(UNRELATED_EVIDENCE_ALONE / 2)).toEqual(["not-a-translation"]);
    expect(judged(UNRELATED_EVIDENCE_ALONE * 2)).toEqual([]);
  });

  test("the JSON keeps the pair's problem, and a memory exported from it later leaves the units out as align does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-judged-"));
    writeFileSync(join(dir, "bg.txt"), NEWS_BG.join(" "));
    writeFileSync(join(dir, "en.txt"), UNRELATED.join(" "));
    const aligned = await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "-o", join(dir, "pair.json")]);
    expect(aligned.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, "pair.json"), "utf8"));
    expect(json.documentFlags).toEqual([expect.objectContaining({ type: "not-a-translation", severity: "error" })]);
    const exported = await sverka(["export", join(dir, "pair.json"), "-o", join(dir, "pair.tmx")]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/left out \d+ units whose pair does not look like a translation/);
    expect(readFileSync(join(dir, "pair.tmx"), "utf8")).not.toContain("<tu ");
    // A person who knows better keeps them.
    await sverka(["export", join(dir, "pair.json"), "-o", join(dir, "kept.tmx"), "--drop-flagged", "none"]);
    expect(readFileSync(join(dir, "kept.tmx"), "utf8")).toContain("<tu ");
  });
});

describe("the pair's problems in the JSON", () => {
  test("are read back as written, and a broken one is named", () => {
    const b = align(NEWS_BG.join(" "), UNRELATED.join(" "));
    const text = formats.json.write(b);
    expect(readJson(text).documentFlags).toEqual(b.documentFlags);
    const doc = JSON.parse(text);
    doc.documentFlags[0].severity = "fatal";
    expect(() => readJson(JSON.stringify(doc), "pair.json")).toThrow(/documentFlags\[0\]\.severity: expected error, warning or info/);
    doc.documentFlags = "none";
    expect(() => readJson(JSON.stringify(doc), "pair.json")).toThrow(/documentFlags: expected an array/);
  });
});

const UNRELATED = [
  "Press the power button for three seconds to switch the router on.",
  "The status light turns green when the connection is ready.",
  "If the light stays red, check the cable to the wall socket.",
  "Do not cover the vents while the device is running.",
  "Clean the housing with a dry cloth only.",
  "Keep the device away from water and direct sunlight.",
  "Reset the settings with a paper clip in the hole on the back.",
  "The guarantee does not cover damage caused by misuse.",
];

describe("a translation cut short of a document that repeats itself", () => {
  // The same safety paragraph before every procedure of a manual; the translation stops after the twelfth.
  const BG = [
    "Стъпка 1: изключете уреда от контакта.",
    "Стъпка 2: изчакайте 30 минути нагревателят да изстине.",
    "Стъпка 3: не използвайте препарати с pH над 9.",
    "Стъпка 4: избършете корпуса със суха кърпа.",
  ];
  const EN = [
    "Step 1: unplug the appliance.",
    "Step 2: wait 30 minutes for the heater to cool down.",
    "Step 3: do not use cleaners with a pH above 9.",
    "Step 4: wipe the housing with a dry cloth.",
  ];
  const copies = 40;
  const kept = 12;
  const source = Array.from({ length: copies }, () => BG.join(" ")).join("\n\n");
  const target = Array.from({ length: kept }, () => EN.join(" ")).join("\n\n");

  test("keeps its translation together at the start and its omission in one passage at the end", () => {
    const b = align(source, target);
    const linked = b.links.filter((l) => l.target.length > 0);
    expect(linked.every((l) => l.kind === "1-1" && l.source[0] === l.target[0])).toBe(true);
    const skipped = b.links.filter((l) => l.target.length === 0).map((l) => l.source[0]!);
    expect(skipped).toEqual(Array.from({ length: (copies - kept) * BG.length }, (_, k) => kept * BG.length + k));
  });
});
