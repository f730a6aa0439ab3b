import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadNtrex } from "../bench/data.js";
import { SverkaError } from "../src/errors.js";
import { align } from "../src/index.js";
import { languageMismatch } from "../src/lang/identify.js";
import { batchDir, corpus, describeWithShared, read, SHARED, sverka } from "./helpers.js";

const BG = [
  "Съветът на директорите одобри годишния финансов отчет на дружеството на заседание, проведено на 15 май 2024 г.",
  "Отчетът ще бъде публикуван на уебсайта на дружеството в срок от десет работни дни след одобрението.",
  "Акционерите, които имат въпроси относно данните, следва да се свържат с отдела за връзки с инвеститорите.",
  "Съгласно чл. 12 от договора възложителят заплаща цената в срок от 30 дни след приемането на работата.",
  "При забава изпълнителят дължи неустойка в размер на 0,5 % от стойността на договора за всеки ден забава.",
  "Преди да включите уреда, проверете дали напрежението в мрежата съответства на посоченото върху табелката.",
];
const EN = [
  "The Board of Directors approved the company's annual financial statements at a meeting held on 15 May 2024.",
  "The report will be published on the company's website within ten working days of its approval.",
  "Shareholders who have questions about the figures should contact the investor relations department.",
  "Under Article 12 of the contract, the contracting authority shall pay the price within 30 days of acceptance of the work.",
  "In the event of delay, the contractor shall owe a penalty of 0.5% of the contract value for each day of delay.",
  "Before switching the appliance on, check that the mains voltage matches the one given on the rating plate.",
];
// Neighbours of Bulgarian in Cyrillic: none of them may pass for Bulgarian, and none may make Bulgarian look like them.
const RU =
  "Совет директоров утвердил годовую финансовую отчётность общества на заседании 15 мая 2024 года. Отчёт будет опубликован на сайте общества в течение десяти рабочих дней. Акционеры, у которых есть вопросы, должны обратиться в отдел по связям с инвесторами.";
const MK =
  "Одборот на директори го одобри годишниот финансиски извештај на друштвото на седницата одржана на 15 мај 2024 година. Извештајот ќе биде објавен на веб-страницата на друштвото во рок од десет работни дена. Акционерите кои имаат прашања треба да се обратат до одделот за односи со инвеститорите.";
const SR =
  "Управни одбор је усвојио годишњи финансијски извештај друштва на седници одржаној 15. маја 2024. године. Извештај ће бити објављен на интернет страници друштва у року од десет радних дана. Акционари који имају питања треба да се обрате одељењу за односе са инвеститорима.";

function pairFiles(source: string, target: string): { dir: string; bg: string; en: string } {
  const dir = mkdtempSync(join(tmpdir(), "sverka-langid-"));
  const bg = join(dir, "bg.txt");
  const en = join(dir, "en.txt");
  writeFileSync(bg, source);
  writeFileSync(en, target);
  return { dir, bg, en };
}

describe("each side is in its declared language", () => {
  const { bg, en } = pairFiles(BG.join("\n\n"), EN.join("\n\n"));

  test("files given the wrong way round are refused with exit 2, naming both", async () => {
    const r = await sverka(["align", en, bg, "-o", join(tmpdir(), "sverka-langid-swapped.tmx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the files look swapped");
    expect(r.stderr).toContain(`${en} (taken as bg by default) looks like English`);
    expect(r.stderr).toContain(`${bg} (taken as en by default) like Bulgarian`);
    expect(r.stderr).toContain("--force");
  });

  test("check refuses them too, before any report", async () => {
    const r = await sverka(["check", en, bg]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("the files look swapped");
  });

  // The source delivered as its translation: a copy of it under the translation's name.
  const copy = join(dirname(bg), "copy-of-bg.txt");
  copyFileSync(bg, copy);

  test("a side in another language than declared is refused, naming the file and the language", async () => {
    const r = await sverka(["align", bg, copy, "-f", "json", "-o", "-"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${copy}: taken as en by default, but the text looks like Bulgarian`);
    // The source's own language on the translation's side: most likely the source delivered untranslated, not a swap.
    expect(r.stderr).toMatch(/the source's language: is it the untranslated source, or a wrong file\?/);
    expect(r.stderr).not.toMatch(/swap the files/);
    const de = await sverka(["check", bg, en, "-t", "de"]);
    expect(de.code).toBe(2);
    expect(de.stderr).toContain(`${en}: declared de, but the text looks like English`);
  });

  test("a language given as -s or -t is declared, even where it is the default's (stranger 65)", async () => {
    const r = await sverka(["align", bg, copy, "-t", "en", "-f", "json", "-o", "-"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${copy}: declared en, but the text looks like Bulgarian`);
    const swapped = await sverka(["check", en, bg, "-s", "bg"]);
    expect(swapped.stderr).toContain(`${en} (declared bg) looks like English and ${bg} (taken as en by default) like Bulgarian`);
    // The library alike: a language passed is declared, one left out is taken.
    expect(() => align(BG.join("\n\n"), BG.join("\n\n"), { targetLang: "en" })).toThrow(/^the target: declared en, but/);
    expect(() => align(BG.join("\n\n"), BG.join("\n\n"))).toThrow(/^the target: taken as en by default, but/);
  });

  test("--force goes on (align and check), and so does the library's force", async () => {
    const r = await sverka(["align", en, bg, "-f", "tsv", "-o", "-", "--force"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toContain("The Board of Directors");
    expect((await sverka(["check", en, bg, "--force"])).code).not.toBe(2);
    expect(() => align(EN.join("\n\n"), BG.join("\n\n"))).toThrow(SverkaError);
    const forced = align(EN.join("\n\n"), BG.join("\n\n"), { force: true });
    expect(forced.links.length).toBeGreaterThan(0);
    // The pair carries the refusal it overrode, as a warning of the whole document, in every output.
    expect(forced.documentFlags?.[0]).toMatchObject({
      type: "languages-forced",
      severity: "warning",
      reason: expect.stringMatching(/^the files look swapped: .*aligned anyway \(forced\)/),
      evidence: { sourceLang: "bg", targetLang: "en" },
    });
    expect(r.stderr).toMatch(/warning: the files look swapped/);
    const checked = await sverka(["check", en, bg, "--force"]);
    expect(checked.stdout).toMatch(/! warning languages-forced the files look swapped/);
  });

  test("batch fails a swapped pair, naming it, and --force aligns it", async () => {
    const { dir } = pairFiles("", "");
    const manifest = join(dir, "pairs.tsv");
    const output = join(dir, "out.tmx");
    writeFileSync(manifest, `${en}\t${bg}\t${output}\n`);
    const r = await sverka(["batch", manifest]);
    expect(`${r.stdout}${r.stderr}`).toContain("failed: the files look swapped");
    expect(existsSync(output)).toBe(false);
    const forced = await sverka(["batch", manifest, "--force"]);
    expect(existsSync(output)).toBe(true);
    // Aligned, but never passed off as a good pair: the table says why below it.
    expect(forced.stdout).toMatch(
      // The folder's copy-of-bg.txt, which the manifest does not list, is named as skipped between.
      /done; see below\n.*skipped: not in the manifest pairs\.tsv\n.*the files look swapped: .*aligned anyway \(forced\): check the languages and the direction/,
    );
    // The memory goes to others without the table: it says so itself, in its header, naming no file.
    const memory = readFileSync(output, "utf8");
    expect(memory).toMatch(
      /<header [^>]*>\n\s*<note>aligned with --force: the texts did not look like bg and en, the languages this memory names \(or looked swapped\); check the languages and the direction before using it<\/note>/,
    );
    expect(memory).not.toContain(dir);
    // The batch's merged memory carries it on each of the pair's units, its header being every pair's.
    const all = join(dir, "all.tmx");
    await sverka(["batch", manifest, "--force", "--merge-tmx", all]);
    const merged = readFileSync(all, "utf8");
    expect(merged.match(/<tu /g)?.length).toBeGreaterThan(0);
    expect(merged.match(/<note>aligned with --force/g)?.length).toBe(merged.match(/<tu /g)?.length);
    // A re-run that finds the pair up to date keeps saying it was forced, from the report (or a JSON output) of the run that did.
    const report = join(dir, "report.json");
    await sverka(["batch", manifest, "--force", "--report", report]);
    const rerun = await sverka(["batch", manifest, "--report", report]);
    expect(rerun.stdout).toMatch(
      /up to date \(counts of the last run\); see below\n.*skipped: not in the manifest pairs\.tsv\n.*the files look swapped: .*aligned anyway \(forced\)/,
    );
    expect(JSON.parse(readFileSync(report, "utf8")).pairs[0].problems).toEqual([expect.stringMatching(/aligned anyway \(forced\)/)]);
    // A pair in its languages has no such note.
    writeFileSync(manifest, `${bg}\t${en}\t${output}\n`);
    await sverka(["batch", manifest, "--redo"]);
    expect(readFileSync(output, "utf8")).not.toContain("<note>");
  });

  test("the right way round passes, and so do short texts and texts quoting the other language", () => {
    expect(() => align(BG.join("\n\n"), EN.join("\n\n"))).not.toThrow();
    expect(() => align(BG.slice(0, 3).join(" "), EN.slice(0, 3).join(" "))).not.toThrow();
    // Too short to tell: not refused, whatever the declared language.
    expect(languageMismatch("Да.", "en")).toBeUndefined();
    expect(
      languageMismatch("Нел Сковъл е автор на „Just the Funny Parts: And a Few Hard Truths About Sneaking Into the Club“.", "bg"),
    ).toBeUndefined();
  });

  test("Russian, Macedonian and Serbian are not Bulgarian, and Bulgarian is none of them", () => {
    for (const text of [RU, MK, SR]) {
      const m = languageMismatch(text, "bg");
      expect(m?.looksLike.code).not.toBe("bg");
      expect(m?.why).toMatch(/letters Bulgarian does not use/);
    }
    for (const tag of ["ru", "mk", "sr"]) expect(languageMismatch(text3(), tag)?.looksLike.name).toBe("Bulgarian");
    expect(languageMismatch(RU, "ru")).toBeUndefined();
    expect(languageMismatch(MK, "mk")).toBeUndefined();
    expect(languageMismatch(SR, "sr")).toBeUndefined();
  });

  test("three sentences of Russian news (two ы, one э, one ё) are not Bulgarian", () => {
    const ru =
      "Община Габрово отремонтирует мост через реку Янтра за 640 000 левов. Мэр Таня Христова объяснила, что ремонт обойдётся в 640 000 левов без НДС. Работы начнутся 15 апреля и должны закончиться до 30 сентября 2025 года.";
    expect(languageMismatch(ru, "bg")?.why).toMatch(/letters Bulgarian does not use/);
  });

  test("a short Russian warning full of words Bulgarian shares ('от', 'до', 'при') is Russian by its 'э'", () => {
    const ru = "ВНИМАНИЕ! Эксплуатируйте устройство только при температуре от 0 до 35 °C. Аккумулятор заряжается за 3 часа.";
    expect(languageMismatch(ru, "ru")).toBeUndefined();
  });

  test("a language sverka knows no script or words of is not checked", () => {
    // Greenlandic and Italian: neither their script nor their words are known; Italian words are not French, German or English ones.
    const it =
      "Il consiglio di amministrazione ha approvato il bilancio della società nella riunione del 15 maggio 2024. La relazione sarà pubblicata sul sito entro dieci giorni lavorativi.";
    expect(languageMismatch(it, "kl")).toBeUndefined();
    expect(languageMismatch(it, "it")).toBeUndefined();
    expect(languageMismatch(EN.join(" "), "kl")?.looksLike.name).toBe("English");
    // German words are known now: German declared Greenlandic is refused, as English is.
    const de =
      "Der Vorstand hat den Jahresabschluss der Gesellschaft in seiner Sitzung vom 15. Mai 2024 genehmigt. Der Bericht wird innerhalb von zehn Arbeitstagen auf der Website veröffentlicht.";
    expect(languageMismatch(de, "de")).toBeUndefined();
    expect(languageMismatch(de, "kl")?.looksLike.name).toBe("German");
  });
});

function text3(): string {
  return BG.slice(0, 3).join(" ");
}

describeWithShared("language identification on NTREX", () => {
  // The body runs to collect the tests even where the suite is skipped: no ../shared, no documents.
  const docs = SHARED ? loadNtrex(SHARED) : [];

  test("no Bulgarian or English document, run of 3 sentences or sentence is refused as its own language", () => {
    for (const d of docs) {
      for (const lang of ["bg", "en"] as const) {
        const sides = d[lang];
        expect(languageMismatch(sides.join(" "), lang)).toBeUndefined();
        for (let k = 0; k < sides.length; k++) {
          // The Bulgarian side quotes one sentence in French untranslated ("Il faut bien le faire."): alone, it is no Bulgarian.
          if (lang === "bg" && !/\p{Script=Cyrillic}/u.test(sides[k]!)) {
            expect(languageMismatch(sides[k]!, lang)?.why).toBe("its letters are Latin, not Cyrillic");
            continue;
          }
          expect(languageMismatch(sides[k]!, lang)).toBeUndefined();
          if (k % 3 === 0) expect(languageMismatch(sides.slice(k, k + 3).join(" "), lang)).toBeUndefined();
        }
      }
    }
  });

  test("Bulgarian sentences are not taken for Russian, Macedonian or Serbian", () => {
    const sentences = docs.flatMap((d) => d.bg).filter((s) => s.length > 60);
    for (const tag of ["ru", "mk", "sr", "uk"]) {
      const named = sentences.filter((s) => languageMismatch(s, tag)?.looksLike.code === "bg").length;
      // Said to be Bulgarian when declared as a neighbour: the other way round never; here most of the time.
      expect(named / sentences.length).toBeGreaterThan(0.6);
    }
  });

  test("every NTREX document given the wrong way round is found swapped", () => {
    for (const d of docs) {
      expect(() => align(d.en.join("\n\n"), d.bg.join("\n\n"), { review: false })).toThrow(/the files look swapped/);
    }
  });

  test("a pair that is not a translation is an error in check (exit 1, in text and JSON) and an error in align's summary", async () => {
    const { bg, en } = pairFiles(docs[3]!.bg.join("\n\n"), docs[40]!.en.join("\n\n"));
    const text = await sverka(["check", bg, en]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/error +not-a-translation the target does not look like a translation of the source/);
    expect(text.stdout).toContain("whole document");
    const json = JSON.parse((await sverka(["check", bg, en, "--format", "json"])).stdout);
    expect(json.exitCode).toBe(1);
    expect(json.problems[0]).toMatchObject({ type: "not-a-translation", severity: "error", links: [], source: [], target: [] });
    expect(json.problems[0].evidence.evidencePerChar).toBeLessThan(0.04);
    const aligned = await sverka(["align", bg, en, "-o", join(tmpdir(), "sverka-langid-unrelated.tmx"), "--summary"]);
    expect(aligned.code).toBe(0);
    // Under its own severity, an error (stranger 376: the summary printed every problem of the pair as a warning).
    expect(aligned.stderr).toMatch(/error +the target does not look like a translation/);
    // Nothing of such a pair goes into the memory unless asked, and a script (no terminal, no --summary) is told too.
    const tmx = join(tmpdir(), "sverka-langid-unrelated-quiet.tmx");
    const quiet = await sverka(["align", bg, en, "-o", tmx]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toMatch(/^sverka: warning: the target does not look like a translation of the source/);
    expect(quiet.stderr).toMatch(/\nsverka: left out \d+ units whose pair does not look like a translation/);
    expect(readFileSync(tmx, "utf8")).not.toContain("<tu ");
    const kept = await sverka(["align", bg, en, "-o", tmx, "--drop-flagged", "none"]);
    expect(kept.stderr).not.toContain("left out");
    expect(readFileSync(tmx, "utf8")).toContain("<tu ");
  });

  test("batch names a pair that is not a translation under its table, counts it, and keeps it out of --merge-tmx", async () => {
    const dir = batchDir({ "news.bg.txt": docs[3]!.bg.join("\n\n"), "news.en.txt": docs[40]!.en.join("\n\n") });
    const out = join(dir, "out");
    const args = ["batch", join(dir, "docs"), "--out-dir", out, "--merge-tmx", join(out, "all.tmx"), "--report", join(out, "r.json")];
    const r = await sverka(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/news: the target does not look like a translation of the source/);
    expect(r.stdout).toMatch(/memories: left out \d+ units whose pair does not look like a translation/);
    const report = JSON.parse(readFileSync(join(out, "r.json"), "utf8"));
    const news = report.pairs.find((p: { name: string }) => p.name === "news");
    expect(news.problems[0]).toMatch(/does not look like a translation/);
    expect(news.errors).toBeGreaterThan(0);
    expect(report.pairs.find((p: { name: string }) => p.name === "osce").problems).toBeUndefined();
    const all = readFileSync(join(out, "all.tmx"), "utf8");
    expect(all).toContain("OSCE");
    expect(all).not.toContain(docs[40]!.en[1]!.slice(0, 30));
  });

  test("translated NTREX documents and unrelated ones are told apart", () => {
    let found = 0;
    let tried = 0;
    for (let i = 0; i < docs.length; i += 4) {
      const clean = align(docs[i]!.bg.join("\n\n"), docs[i]!.en.join("\n\n"));
      expect(clean.documentFlags).toBeUndefined();
      const unrelated = align(docs[i]!.bg.join("\n\n"), docs[(i + 7) % docs.length]!.en.join("\n\n"));
      tried++;
      if (unrelated.documentFlags?.[0]?.type === "not-a-translation") found++;
    }
    expect(found / tried).toBeGreaterThan(0.9);
  });
});

describe("the corpus samples raise nothing", () => {
  test.each(["osce-alliance-2024", "handmade-bg-en"])("%s", async (name) => {
    const b = align(read(corpus(name, "bg.txt")), read(corpus(name, "en.txt")));
    expect(b.documentFlags).toBeUndefined();
    const r = await sverka(["check", corpus(name, "bg.txt"), corpus(name, "en.txt"), "--format", "json"]);
    expect(r.code).not.toBe(2);
    expect(JSON.parse(r.stdout).problems.some((p: { type: string }) => p.type === "not-a-translation")).toBe(false);
  });
});
