/**
 * What a shop's catalogue (stranger 117), an insurer's general terms (stranger 118) and a documentary's subtitles
 * (stranger 119) showed: specification values, prices, sizes, exclusions, added negations, first names, subtitles' lines.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align } from "../src/index.js";
import { segment } from "../src/segment/index.js";
import { pairFlagTexts, sverka } from "./helpers.js";

const flags = pairFlagTexts;
const pair = (source: string, target: string, sourceLang = "en", targetLang = "bg") => align(source, target, { sourceLang, targetLang });
const found = (b: ReturnType<typeof align>) => b.links.flatMap((l) => l.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`));

describe("a shop's catalogue (stranger 117)", () => {
  test("specification values copied as they stand are no text left untranslated; a heading left in English is", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-specs-"));
    writeFileSync(
      join(dir, "specs.en.md"),
      "| Feature | Details |\n| --- | --- |\n| Memory | 16 GB DDR4-3200 (2 x 8 GB) |\n| Storage | 512 GB NVMe SSD |\n| Graphics | Intel Iris Xe |\n| Wireless | Wi-Fi 6, Bluetooth 5.2 |\n| Operating system | Windows 11 Home |\n",
    );
    writeFileSync(
      join(dir, "specs.bg.md"),
      "| Характеристика | Данни |\n| --- | --- |\n| Памет | 16 GB DDR4-3200 (2 x 8 GB) |\n| Съхранение | 512 GB NVMe SSD |\n| Графика | Intel Iris Xe |\n| Безжична връзка | Wi-Fi 6, Bluetooth 5.2 |\n| Операционна система | Windows 11 Home |\n",
    );
    const r = await sverka(["check", join(dir, "specs.en.md"), join(dir, "specs.bg.md"), "-s", "en", "-t", "bg"]);
    expect(r.stdout).not.toMatch(/untranslated/u);
    expect(r.code).toBe(0);
    expect(found(pair("Operating System\n\nThe shoes are light.\n", "Operating System\n\nОбувките са леки.\n"))).toEqual([
      'warning untranslated: the heading is the source\'s, unchanged ("Operating System"): left untranslated?',
    ]);
  });

  test("a price and the old price beside it, converted to leva: one link; a wrong conversion is a numbers error", () => {
    const en = (p: string) => `Product code: KT-2000-GL\n\n${p}\n\nBoil water for up to six cups in about four minutes.\n`;
    const bg = (p: string) => `Код на продукта: KT-2000-GL\n\n${p}\n\nКипва вода за до шест чаши за около четири минути.\n`;
    const ok = pair(en("€49.99 €64.99"), bg("97,77 лв. 127,11 лв."));
    expect(ok.links.map((l) => `${l.source.length}-${l.target.length}`)).toEqual(["1-1", "1-1", "1-1"]);
    expect(found(ok)).toEqual([]);
    expect(found(pair(en("€49.99 €64.99"), bg("79,77 лв. 127,11 лв.")))).toEqual([
      "error numbers: the translation says 79,77 where the source says 49.99",
    ]);
  });

  test("a size opening its cell with a decimal is no clause; its figures in another order are a warning", () => {
    expect(flags("35.8 x 23.5 x 1.79 cm", "35,8 x 23,5 x 1,79 см", "en", "bg")).toEqual([]);
    expect(flags("120 x 60 x 62 cm", "120 x 62 x 60 см", "en", "bg")).toEqual([
      'warning numbers: the size\'s figures are in another order: the translation says "120 x 62 x 60" where the source says "120 x 60 x 62"',
    ]);
    expect(flags("Dimensions: 120 x 60 x 62 cm", "Размери: 120 x 60 x 62 см", "en", "bg")).toEqual([]);
  });

  test("a warranty's 'does not cover' said positively beside 'неправилна' or 'неоторизирани': an error", () => {
    for (const bg of [
      "Гаранцията покрива повреди, причинени от неправилна употреба.",
      "Гаранцията покрива повреди, причинени от неоторизирани лица.",
    ]) {
      const en = bg.includes("неправилна")
        ? "The warranty does not cover damage caused by misuse."
        : "The warranty does not cover damage caused by unauthorised persons.";
      expect(flags(en, bg, "en", "bg")).toEqual([expect.stringMatching(/^error negation: /u)]);
    }
    expect(
      flags(
        "The warranty does not cover damage caused by misuse.",
        "Гаранцията не покрива повреди, причинени от неправилна употреба.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("a care label's 'Do not tumble dry' beside another care line, its negation dropped: flagged", () => {
    const b = pair("Wash at 30 °C. Do not tumble dry.\n", "Перете на 30 °C. Сушете в сушилня.\n");
    expect(found(b)).toEqual(['error negation: the source says "Do not tumble", and the translation has no negation: meaning reversed?']);
  });

  test("a mangled code is a names error only, not a line in Latin script too", () => {
    expect(flags("SKU: SKU-48213-BK · €129.00", "Код: SKU-48231-BK · 129,00 €", "en", "bg")).toEqual([
      "error names: the translation has SKU-48231-BK where the source has SKU-48213-BK: codes and e-mails are copied exactly",
    ]);
  });

  test("a count of ports changed beside a version written alike: the count is named", () => {
    expect(flags("Ports: 2 x USB-A 3.2, 1 x HDMI 2.0", "Портове: 3 x USB-A 3.2, 1 x HDMI 2.0", "en", "bg")).toEqual([
      "error numbers: the translation says 3 where the source says 2",
    ]);
    expect(flags("Ports: 2 x USB-A 3.2, 1 x HDMI 2.0", "Портове: 2 x USB-A 3.2, 1 x HDMI 2.0", "en", "bg")).toEqual([]);
  });

  test("a size code left out of a list of sizes: a warning naming it", () => {
    expect(flags("The jacket comes in sizes XS, S, M, L and XL.", "Якето се предлага в размери XS, S, M и XL.", "en", "bg")).toEqual([
      'warning missing: the source lists 5 items (XS, S, M, L, XL) and the translation 4, with nothing for "L": left out?',
    ]);
  });
});

describe("an insurer's general terms (stranger 118)", () => {
  test("'не е отстранил' as 'failed to remedy' is a translation; 'не покрива' as 'covers' beside a kept 'do not comply' is an error", () => {
    expect(
      flags(
        "4. щети от изтичане на вода, причинени от неизправност, за която застрахованият е знаел и не е отстранил;",
        "4. escape of water damage caused by a defect of which the Insured was aware and which the Insured failed to remedy;",
      ),
    ).toEqual([]);
    expect(
      flags(
        "Чл. 9. Застрахователят не покрива щети в сгради, които не отговарят на нормите.",
        "Art. 9. The Insurer covers damage in buildings that do not comply with the regulations.",
      ),
    ).toEqual([
      'error negation: the source\'s "не покрива щети" says no to "покрива", and the translation says "covers" with no negation before it: meaning reversed?',
    ]);
  });

  test("a negation added to a contract's passive, to 'pays' and to 'included': errors, the lexicon knowing the verb", () => {
    expect(
      flags(
        "Застрахователят изплаща обезщетението в срок до 15 работни дни.",
        "The Insurer does not pay compensation within 15 working days.",
      ),
    ).toEqual(['error negation: the translation says "does not pay", and the source has no negation: meaning reversed?']);
    expect(
      flags(
        "При подзастраховане обезщетението се намалява пропорционално.",
        "In the event of underinsurance, compensation is not reduced proportionally.",
      ),
    ).toEqual([expect.stringMatching(/^error negation: the translation says "is not reduced/u)]);
    expect(flags("Туристическият данък е включен в цената.", "The tourist tax is not included in the price.")).toEqual([
      'error negation: the translation says "is not included in", and the source has no negation: meaning reversed?',
    ]);
    expect(flags("Туристическият данък е включен в цената.", "The tourist tax is included in the price.")).toEqual([]);
  });

  test("'не отговаря за' as 'is liable for' is an error, as 'не носи отговорност' is", () => {
    expect(
      flags(
        "Чл. 8. Застрахователят не отговаря за разходи, направени без предварително съгласие на асистиращата компания.",
        "Art. 8. The Insurer is liable for costs incurred without the prior consent of the assistance company.",
      ),
    ).toEqual([expect.stringMatching(/^error negation: the source says "не отговаря за"/u)]);
  });

  test("a list's point left out of the translation: the points around it stay lines of their own, the point is missing", () => {
    const en =
      "Art. 7. The Insurer does not cover costs arising from:\n1. illnesses diagnosed before the start date of the trip;\n2. treatment that is not urgent and can be postponed until return to the Republic of Bulgaria;\n4. participation in professional sports competitions or the practice of extreme sports;\n5. pregnancy after the 28th week of gestation, and childbirth.\n";
    expect(segment(en, "en").map((s) => s.text.slice(0, 2))).toEqual(["Ar", "1.", "2.", "4.", "5."]);
    const bg =
      "Чл. 7. Застрахователят не покрива разходи, възникнали в резултат на:\n1. заболявания, диагностицирани преди началната дата на пътуването;\n2. лечение, което не е спешно и може да бъде отложено до завръщането в Република България;\n3. употреба на алкохол, наркотични или упойващи вещества;\n4. участие в професионални спортни състезания или практикуване на екстремни спортове;\n5. бременност след 28-ата гестационна седмица и раждане.\n";
    expect(found(pair(bg, en, "bg", "en"))).toEqual(["error missing: this sentence is not translated"]);
  });

  test("'от първа необходимост' is no number: a changed hour is named alone", () => {
    expect(
      flags(
        "При закъснение на багажа с повече от 6 часа Застрахователят изплаща до 200 евро за вещи от първа необходимост.",
        "If baggage is delayed by more than 4 hours, the Insurer pays up to EUR 200 for essential items.",
      ),
    ).toEqual(["error numbers: the translation says 4 where the source says 6"]);
  });
});

describe("a documentary's subtitles and transcript (stranger 119)", () => {
  test("another first name before the surname carried: a warning naming it", () => {
    expect(flags("Никола Узунов откри моста.", "Georgi Uzunov opened the bridge.")).toEqual([
      "warning names: the name Никола Узунов (Nikola Uzunov) is not in the translation, which names Georgi instead: replaced by another name?",
    ]);
    expect(flags("Никола Узунов откри моста.", "Nikola Uzunov opened the bridge.")).toEqual([]);
    expect(flags("Никола Узунов откри моста.", "Uzunov opened the bridge.")).toEqual([]);
  });

  test("English 'Ruse' is not carried by 'Русия', whose stem it shares; the reason names Русе", () => {
    const b = pair("We live in Sofia. Then, in Ruse, we stop for a day.\n", "Живеем в София. После, в Русия, спираме за един ден.\n");
    expect(found(b)).toEqual(["warning names: the name Ruse (Русе) is not in the translation: left out?"]);
    expect(
      found(pair("We live in Sofia. Then, in Ruse, we stop for a day.\n", "Живеем в София. После, в Русе, спираме за един ден.\n")),
    ).toEqual([]);
  });

  test("'never' and 'не' of dialogue dropped: errors", () => {
    expect(flags("He never lost a ship.", "Загуби един кораб.", "en", "bg")).toEqual([
      'error negation: the source says "never lost a", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Не се оплаквам.", "I'm complaining.")).toEqual([
      'error negation: the source says "Не се оплаквам", and the translation has no negation: meaning reversed?',
    ]);
  });

  test("a subtitle's problem is told at its file's line and column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-srt-"));
    const srt = (lines: readonly string[]) =>
      lines.map((l, k) => `${k + 1}\n00:00:0${k + 1},000 --> 00:00:0${k + 1},900\n${l}\n`).join("\n");
    writeFileSync(
      join(dir, "bg.srt"),
      srt(["Имаше сто гайди на една поляна.", "<i>Всяка година на 20 юли</i>\n<i>селото се събира тук.</i>"]),
    );
    writeFileSync(
      join(dir, "en.srt"),
      srt(["There were a hundred bagpipes in a meadow.", "<i>Every year on 2 August,</i>\n<i>the village gathers here.</i>"]),
    );
    const r = await sverka(["check", join(dir, "bg.srt"), join(dir, "en.srt")]);
    expect(r.stdout).toMatch(/bg\.srt:7:\d+ sentence 2: Всяка година на 20 юли/u);
    expect(r.stdout).toMatch(/en\.srt:7:\d+ sentence 2: Every year on 2 August/u);
    expect(r.code).toBe(1);
  });
});
