/**
 * What the sixty-second session's strangers (152-160) showed: a notary's, a bank's, a tour operator's, a software
 * company's, a court's, a car importer's, an estate agency's, a ministry's and a medical researcher's documents.
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, formats, mergeTmx } from "../src/index.js";
import { parseTmx } from "../src/read/tm.js";
import { segment } from "../src/segment/index.js";
import { pairFlagTexts, sverka } from "./helpers.js";

const flags = pairFlagTexts;

/** `sverka` run on files written to a folder of their own (names to texts), "{dir}/" in an argument standing for it. */
async function inFolder(files: Readonly<Record<string, string>>, args: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), "sverka-s152-"));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return await sverka(args.map((a) => a.replace("{dir}/", `${dir}/`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a notary's declarations and powers of attorney (stranger 152)", () => {
  test("a first person's negation reversed is an error: 'Нямам задължения', 'Не съм регистриран', 'Не съм в брак'", () => {
    expect(flags("Нямам непогасени публични задължения към държавата.", "I have outstanding public obligations to the State.")).toEqual([
      'error negation: the source says "Нямам непогасени публични", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Не съм регистриран по Закона за ДДС.", "I am registered under the VAT Act.")).toEqual([
      'error negation: the source says "Не съм регистриран", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Не съм в брак.", "I am married.")).toEqual([
      'error negation: the source says "Не съм в", and the translation has no negation: meaning reversed?',
    ]);
    expect(flags("Не съм регистриран по Закона за ДДС.", "I am not registered under the VAT Act.")).toEqual([]);
    expect(flags("Нямам непогасени задължения към държавата.", "I have no outstanding obligations to the State.")).toEqual([]);
  });

  test("a right of substitution refused, then granted, is an error", () => {
    expect(
      flags(
        "Настоящото пълномощно се издава без право на преупълномощаване.",
        "This power of attorney is issued with the right of substitution.",
      ),
    ).toEqual(['error negation: the source says "без право на преупълномощаване", and the translation has no negation: meaning reversed?']);
    expect(flags("Пълномощникът няма право на преупълномощаване.", "The attorney-in-fact has the right of substitution.")).toEqual([
      'error negation: the source says "няма право на преупълномощаване", and the translation has no negation: meaning reversed?',
    ]);
    expect(
      flags(
        "Настоящото пълномощно се издава без право на преупълномощаване.",
        "This power of attorney is issued without the right of substitution.",
      ),
    ).toEqual([]);
  });

  test("a permission the translation forbids is an error, as a prohibition it permits is", () => {
    expect(
      flags("Пълномощникът може да учредява ипотека върху имота.", "The attorney-in-fact may not create a mortgage over the property."),
    ).toEqual(['error negation: the translation says "may not create", and the source permits it ("може"): meaning reversed?']);
    expect(
      flags("Пълномощникът има право да получи продажната цена.", "The attorney-in-fact shall not be entitled to receive the sale price."),
    ).toEqual(['error negation: the translation says "shall not be", and the source permits it ("има право"): meaning reversed?']);
    expect(
      flags("Пълномощникът може да учредява ипотека върху имота.", "The attorney-in-fact may create a mortgage over the property."),
    ).toEqual([]);
  });

  test("an identifier's number left out is an error: a deed without the ID card's number is void", () => {
    expect(
      flags(
        "Продавачът, ЕГН 7503124567, притежаващ лична карта № 645123987, продава имота.",
        "The Seller, Personal Identification Number 7503124567, holder of identity card, sells the property.",
      ),
    ).toEqual(["error numbers: 645123987 is not in the translation"]);
  });

  test("a story's 'никога не съм се чувствал' is no declaration's negation", () => {
    expect(
      flags(
        "Винаги съм искал да бъда мениджър и никога не съм се чувствал по-удобно в кожата си.",
        "I always wanted to manage, and it feels the most comfortable I have been in my own skin.",
      ),
    ).toEqual([]);
  });

  test("a fraction restated in brackets is no amount below zero: 'one half (1/2)'", () => {
    expect(
      flags(
        "Продавачите продават по 1/2 (една втора) идеална част за всеки от купувачите.",
        "The Sellers sell one half (1/2) undivided share to each of the Buyers.",
      ),
    ).toEqual([]);
  });
});

describe("a bank's letters and a tour operator's terms (strangers 153, 154)", () => {
  test("'min.' before an amount ends no sentence: a fee's floor", () => {
    expect(
      segment("Amendment fee 0.5% of the outstanding balance, min. BGN 50.00. Wait 10 min. BGN payments follow.", "en").map((s) => s.text),
    ).toEqual(["Amendment fee 0.5% of the outstanding balance, min. BGN 50.00.", "Wait 10 min.", "BGN payments follow."]);
  });

  test("a place's adjective is carried by the place's name: 'Рилския манастир' / 'the Rila Monastery'", () => {
    expect(flags("Отпътуване за Рилския манастир.", "Departure for the Rila Monastery.")).toEqual([]);
    expect(flags("Посещение в Пловдивския университет.", "A visit to Plovdiv University.")).toEqual([]);
    expect(flags("Разходка по Черноморското крайбрежие.", "A walk along the Black Sea coast.")).toEqual([]);
    expect(flags("Отпътуване за Рилския манастир.", "Departure for the Bachkovo Monastery.")).toEqual([
      "warning names: the name Рилския (Rilskia) is not in the translation, which names Bachkovo Monastery instead: replaced by another name?",
    ]);
  });

  test("a figure no day can be before a date is another's number: the date is still read", () => {
    expect(flags("Платете по сметка 78 до 30 септември 2025 г.", "Pay to account 78 by 30 August 2025.")).toEqual([
      "error dates: the translation says 30 August 2025 where the source says 30 септември 2025 г.",
    ]);
    expect(flags("Платете по сметка 78 до 30 септември 2025 г.", "Pay to account 78 by 30 September 2025.")).toEqual([]);
  });

  test("a figure after a number's sign is no first day of a range: 'вноска № 12 до 15 април'", () => {
    expect(flags("Моля, платете вноска № 12 до 15 април 2025 г.", "Please pay instalment No. 12 by 15 April 2025.")).toEqual([]);
  });

  test("a fee's negation dropped is an error, a negative word in a later clause notwithstanding", () => {
    expect(flags("Кредитодателят не начислява такса за управление на кредита.", "The Lender charges a loan management fee.")).toEqual([
      'error negation: the source says "не начислява такса", and the translation has no negation: meaning reversed?',
    ]);
    expect(
      flags(
        "Не се дължи неустойка, ако отказът е поради извънредни обстоятелства.",
        "A cancellation fee is payable if the cancellation is due to extraordinary circumstances.",
      ),
    ).toEqual(['error negation: the source says "Не се дължи неустойка", and the translation has no negation: meaning reversed?']);
  });
});

describe("a software company's guides (stranger 155)", () => {
  test("'as long as you do not close' is 'докато не затворите': no negation dropped", () => {
    expect(
      flags(
        "The change can be undone as long as you do not close the project.",
        "Промяната може да се отмени, докато не затворите проекта.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  test("a version's 'v' is no part of it: 'v2.14.0' is '2.14.0', 'v2.15' is 'версия 2.15'", () => {
    expect(flags("Fieldbook v2.14.0 runs on x64 processors.", "Fieldbook 2.14.0 работи с процесори x64.", "en", "bg")).toEqual([]);
    expect(flags("Upgrade to v2.15 before June.", "Надградете до версия 2.15 преди юни.", "en", "bg")).toEqual([]);
    expect(flags("Upgrade to v2.15 before June.", "Надградете до версия 2.16 преди юни.", "en", "bg")).toEqual([
      "error numbers: the translation says 2.16 where the source says 2.15",
    ]);
    expect(flags("Fieldbook v2.14.0 runs on x64 processors.", "Fieldbook 2.14.1 работи с процесори x64.", "en", "bg")).toEqual([
      "error names: the translation has 2.14.1 where the source has v2.14.0: codes and e-mails are copied exactly",
    ]);
  });

  test("a Markdown table's cells of inline code alone are code, and a system's name before its version a name: not untranslated", async () => {
    // A system's name before its version is a name too: "Windows 11, macOS 14, Ubuntu 24.04" copied is right.
    const table = (meaning: [string, string]) =>
      `| Option | ${meaning[0]} |\n| --- | --- |\n| \`--project <path>\` | ${meaning[1]} |\n| \`--version\` | Print the version. |\n| Systems | Windows 11, macOS 14, Ubuntu 24.04 |\n`;
    const bg = table(["Значение", "Отваря проекта в дадения път."])
      .replace("| Option |", "| Опция |")
      .replace("Print the version.", "Извежда версията.")
      .replace("| Systems |", "| Системи |");
    const result = await inFolder({ "en.md": table(["Meaning", "Open the project at the given path."]), "bg.md": bg }, [
      "check",
      "{dir}/en.md",
      "{dir}/bg.md",
      "-s",
      "en",
      "-t",
      "bg",
    ]);
    expect(result.stdout).not.toContain("untranslated");
    expect(result.code).toBe(0);
  });
});

describe("a court's judgments (stranger 156)", () => {
  test("a negation the translation adds to 'subject to appeal' or 'well-founded' is an error", () => {
    expect(
      flags(
        "Решението подлежи на обжалване пред Софийския градски съд.",
        "The judgment is not subject to appeal before the Sofia City Court.",
      ),
    ).toEqual(['error negation: the translation says "is not subject to appeal", and the source has no negation: meaning reversed?']);
    expect(flags("Съдът намира, че искът е основателен.", "The court finds that the claim is not well-founded.")).toEqual([
      'error negation: the translation says "is not well-founded", and the source has no negation: meaning reversed?',
    ]);
  });

  test("a court's outcome or an appeal's turned into its opposite is an error", () => {
    expect(
      flags("ОТХВЪРЛЯ иска по чл. 86 ЗЗД като неоснователен.", "GRANTS the claim under Article 86 of the Obligations and Contracts Act."),
    ).toEqual(['error terms: the source says "ОТХВЪРЛЯ" (dismissed), the translation "GRANTS" (granted): the opposite, meaning reversed?']);
  });

  test("a case's abbreviation before its number's sign ends no sentence: 'гр. д. № 12345/2023 г.'", () => {
    expect(segment("Съдът разгледа гр. д. № 12345/2023 г. по описа на СРС. Делото е образувано.", "bg").map((s) => s.text)).toEqual([
      "Съдът разгледа гр. д. № 12345/2023 г. по описа на СРС.",
      "Делото е образувано.",
    ]);
    expect(segment("Съдът разгледа т. д. № 551/2022 г. по описа на СГС.", "bg")).toHaveLength(1);
  });
});

describe("a ministry's memories (stranger 159)", () => {
  test("a document aligned again without its prop loses nothing of the first alignment's in a merge, either order", () => {
    const aligned = align("Алинея 3 се отменя.\nЧлен 42 се отменя.\n", "Paragraph 3 is repealed.\nArticle 42 is repealed.\n", {
      segmented: true,
    });
    const tagged = formats.tmx.write(aligned, { date: new Date(Date.UTC(2024, 11, 1)), unitProps: [["x-domain", "legal"]] });
    const later = formats.tmx.write(aligned, { date: new Date(Date.UTC(2024, 11, 10)) });
    for (const memories of [
      [tagged, later],
      [later, tagged],
    ]) {
      const merged = mergeTmx(memories.map((text, n) => parseTmx(text, `m${n}.tmx`)));
      expect(merged.written).toBe(2);
      expect(merged.collisions).toEqual([]);
      expect(merged.text.match(/<prop type="x-domain">legal<\/prop>/g)).toHaveLength(2);
    }
  });
});

describe("a clinical study (stranger 160)", () => {
  test("'без'/'without' a condition the translation names with no negation anywhere: a warning", () => {
    expect(
      flags("Ефектът е изследван при пациенти без захарен диабет.", "The effect was studied in patients with diabetes mellitus."),
    ).toEqual(['warning negation: the source says "без захарен диабет", and the translation has no negation: meaning reversed?']);
    expect(
      flags("Ефектът е изследван при пациенти без захарен диабет.", "The effect was studied in patients without diabetes mellitus."),
    ).toEqual([]);
    expect(
      flags("We enrolled adults without chronic kidney disease.", "Включихме възрастни с хронично бъбречно заболяване.", "en", "bg"),
    ).toEqual([
      'warning negation: the source says "without chronic kidney disease", and the translation has no negation: meaning reversed?',
    ]);
    expect(
      flags("We enrolled adults without chronic kidney disease.", "Включихме възрастни без хронично бъбречно заболяване.", "en", "bg"),
    ).toEqual([]);
  });

  test("'or younger' bounds from above, 'не бяха по-чести' says no", () => {
    expect(flags("Критерии за включване: възраст 18 или повече години.", "Inclusion criteria: age 18 years or younger.")).toEqual([
      'error numbers: the limit is reversed: the translation says "18 years or younger" where the source says "18 или повече"',
    ]);
    expect(
      flags(
        "Нежеланите събития не бяха по-чести при пациентите в активната група.",
        "Adverse events were more frequent in patients in the active group.",
      ),
    ).toEqual(['warning negation: the source says "не бяха по-чести при", and the translation has no negation: meaning reversed?']);
  });

  test("'No' of 'protocol No. 4' is no name standing for a city", () => {
    expect(
      flags(
        "Проучването е одобрено от Етичната комисия на Медицински университет – Пловдив (протокол № 4/15.02.2021 г.).",
        "The study was approved by the Ethics Committee of the Medical University of Sofia (protocol No. 4/15.02.2021).",
      ),
    ).toEqual([
      "warning names: the name Пловдив (Plovdiv) is not in the translation, which names Sofia instead: replaced by another name?",
    ]);
  });
});

describe("a car importer's manuals (stranger 157)", () => {
  test("a warning light's colour changed is a warning; 'мили/ч' is miles an hour", () => {
    expect(
      flags("The oil pressure warning light turns red.", "Предупредителната лампа за налягането на маслото светва в зелено.", "en", "bg"),
    ).toEqual(['warning terms: the source says "red" (red), the translation "зелено" (green): another colour?']);
    expect(
      flags("The oil pressure warning light turns red.", "Предупредителната лампа за налягането на маслото светва в червено.", "en", "bg"),
    ).toEqual([]);
    expect(
      flags("Do not exceed 80 km/h with snow chains fitted.", "Не превишавайте 80 мили/ч с поставени вериги за сняг.", "en", "bg"),
    ).toEqual(["error units: the translation says 80 мили/ч where the source says 80 km/h: another unit"]);
  });

  test("'Never release air' translated 'Изпускайте въздух' is reversed: an error", () => {
    expect(flags("Never release air from hot tyres.", "Изпускайте въздух от горещите гуми.", "en", "bg")).toEqual([
      'error negation: the source says "Never release", and the translation has no negation: meaning reversed?',
    ]);
  });

  test("a part number's letter and figures after 'part no.' end no sentence", () => {
    expect(segment("Caliper guide bolts, part no. N 910 680 02 (always replace). Brake pads next.", "en").map((s) => s.text)).toEqual([
      "Caliper guide bolts, part no. N 910 680 02 (always replace).",
      "Brake pads next.",
    ]);
  });
});

describe("an estate agency's listings (stranger 158)", () => {
  test("a floor of so many is two numbers: 'Етаж 3/6' / '3rd floor of 6'", () => {
    expect(flags("Етаж 3/6, южно изложение.", "3rd floor of 6, south-facing.")).toEqual([]);
  });

  test("a floor one apart is a way of counting (information), two apart an error", () => {
    expect(flags("На втория етаж има три спални.", "On the first floor there are three bedrooms.")).toEqual([
      "info numbers: the translation says the first floor where the source says втория: one apart, as one way of counting starts from the ground floor and the other (British English) above it; check the one the translation follows",
    ]);
    expect(flags("На втория етаж има три спални.", "On the fourth floor there are three bedrooms.")).toEqual([
      "error numbers: the translation says fourth where the source says втория",
    ]);
  });

  test("an aspect and a flat's furniture turned are warnings", () => {
    expect(flags("Апартаментът е с южно изложение.", "The flat is north-facing.")).toEqual([
      'warning terms: the source says "южно" (south), the translation "north-facing" (north): another compass point?',
    ]);
    expect(flags("Апартаментът е с южно изложение.", "The flat is south-facing.")).toEqual([]);
    expect(flags("Апартаментът се предлага напълно обзаведен.", "The flat is offered unfurnished.")).toEqual([
      'warning terms: the source says "обзаведен" (furnished), the translation "unfurnished" (unfurnished): the opposite, meaning reversed?',
    ]);
  });

  test("'sq. ft.' with its dots is square feet, and ends a sentence before a capital", () => {
    expect(flags("Дворът е 1 200 кв. м.", "The yard is 1,200 sq. ft.")).toEqual([
      "error units: the translation says 1,200 sq. ft where the source says 1 200 кв. м: another unit",
    ]);
    expect(segment("The yard is 1,200 sq. ft. There is a garage.", "en")).toHaveLength(2);
  });
});

describe("a ministry's amending law (stranger 159)", () => {
  test("an amendment's old and new values swapped is an error; in order, nothing", () => {
    expect(
      flags(
        "§ 1. В чл. 5, ал. 2 думите „30 дни“ се заменят с „14 дни“.",
        '§ 1. In Article 5(2), the words "14 days" shall be replaced by "30 days".',
      ),
    ).toEqual([
      "error numbers: the numbers are swapped: the source replaces 30 with 14, the translation 14 with 30: the old and the new swapped?",
    ]);
    expect(
      flags(
        "§ 1. В чл. 5, ал. 2 думите „30 дни“ се заменят с „14 дни“.",
        '§ 1. In Article 5(2), the words "30 days" shall be replaced by "14 days".',
      ),
    ).toEqual([]);
    expect(flags("2. Досегашната ал. 6 става ал. 4.", "2. The former paragraph 4 shall become paragraph 6.")).toEqual([
      "error numbers: the numbers are swapped: the source replaces 6 with 4, the translation 4 with 6: the old and the new swapped?",
    ]);
    expect(flags("2. Досегашната ал. 6 става ал. 4.", "2. The former paragraph 6 shall become paragraph 4.")).toEqual([]);
  });
});

describe("a bank's tariff (stranger 153)", () => {
  test("a price where the source says free of charge is an error; free for free nothing", () => {
    expect(flags("Закриване на сметка: безплатно.", "Closing an account: BGN 10.00.")).toEqual([
      "error numbers: the source says it is free of charge, the translation charges BGN 10.00",
    ]);
    expect(flags("Закриване на сметка: безплатно.", "Closing an account: free of charge.")).toEqual([]);
  });
});

describe("a vendor's string files (stranger 162)", () => {
  test("a termbase is read in the direction a PO file declares, -s and -t not given", async () => {
    const po =
      'msgid ""\nmsgstr ""\n"Language: bg\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Each workspace can hold up to 50 projects."\nmsgstr "Всяка работна област може да съдържа до 50 проекта."\n';
    const result = await inFolder({ "app.po": po, "terms.tsv": "workspace\tработно пространство\n" }, [
      "check",
      "{dir}/app.po",
      "--dict",
      "{dir}/terms.tsv",
    ]);
    expect(result.stdout).toContain('your termbase translates "workspace" as "работно пространство", and the translation does not use it');
  });
});

describe("a subtitler's cues (stranger 161)", () => {
  test("a cue's line wrapped after a comma, before a figure or inside a bracket goes on its line", async () => {
    const { subtitlesToText } = await import("../src/read/subtitles.js");
    const srt = (lines: string) => `1\n00:00:01,000 --> 00:00:03,500\n${lines}\n\n2\n00:00:04,000 --> 00:00:05,000\n- Идваш ли?\n- Да.\n`;
    expect(subtitlesToText(srt("Most of them live in Rila,\nPirin, and the Rhodopes."))).toBe(
      "Most of them live in Rila, Pirin, and the Rhodopes.\n- Идваш ли?\n- Да.\n",
    );
    expect(subtitlesToText(srt("Together, they weigh\n6.1 kilograms."))).toBe("Together, they weigh 6.1 kilograms.\n- Идваш ли?\n- Да.\n");
    expect(subtitlesToText(srt("[PLOVDIV REGIONAL\nARCHAEOLOGICAL MUSEUM]"))).toBe(
      "[PLOVDIV REGIONAL ARCHAEOLOGICAL MUSEUM]\n- Идваш ли?\n- Да.\n",
    );
    // A line that may end its sentence with no full stop, and the next one's capital: apart, as subtitles write them.
    expect(subtitlesToText(srt("Take it\nOpen the door"))).toBe("Take it\nOpen the door\n- Идваш ли?\n- Да.\n");
  });
});

describe("a subtitler's documentaries and a federation's bulletin (strangers 161, 163)", () => {
  test("an era in capitals after a year's 'Г.' ends no sentence; 'калории' are calories", () => {
    expect(segment("[ВАРНЕНСКИ НЕКРОПОЛ 4600-4200 Г. ПР.Н.Е.] Това е най-старото злато.", "bg").map((s) => s.text)).toEqual([
      "[ВАРНЕНСКИ НЕКРОПОЛ 4600-4200 Г. ПР.Н.Е.]",
      "Това е най-старото злато.",
    ]);
    expect(
      flags("Преди зимата мечката се нуждае от до 20 000 калории на ден.", "A bear needs up to 20,000 calories a day before the winter."),
    ).toEqual([]);
  });

  test("a section's number takes no unit, nor a number a line's capital after it: '4.5.1 A protest', '2025' / 'Day 1'", () => {
    expect(
      flags(
        "4.5.1 A protest must be filed within 30 minutes after the finish time is posted.",
        "4.5.1 Протестът се подава в срок до 30 минути след публикуване на времето.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(
      flags(
        "Национално първенство – Бургас, 17–20 юли 2025\nДен 1, 17 юли 2025 г. – Финали",
        "National Junior Swimming Championships – Burgas, 17–20 July 2025\nDay 1, 17 July 2025 – Finals",
      ),
    ).toEqual(["info merged: source sentences 1 and 2 are translated as one sentence"]);
  });
});

describe("an election desk's reports (stranger 164)", () => {
  test("a dateline goes on past its date's or time's abbreviation", () => {
    expect(segment("София, 28 октомври 2024 г. (БТА) – Комисията обяви активността. Гласували са 2 570 629 души.", "bg")).toHaveLength(2);
    expect(segment("Sofia, 28 October 2024, 2:15 a.m. (BTA) – The coalition gets 26.39% of the vote.", "en")).toHaveLength(1);
  });

  test("'не са регистрирани' says no", () => {
    expect(
      flags(
        "Комисията заяви, че не са регистрирани сериозни нарушения.",
        "The commission said that serious violations had been registered.",
      ),
    ).toEqual(['warning negation: the source says "не са регистрирани сериозни", and the translation has no negation: meaning reversed?']);
  });
});

describe("a vendor's XLIFF (stranger 162)", () => {
  test("a unit of an XLIFF is named by the line its trans-unit starts on", async () => {
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en-US" target-language="bg-BG" datatype="plaintext" original="app">
    <body>
      <trans-unit id="hidden" translate="no"><source>Acme</source></trans-unit>
      <trans-unit id="upload.large">
        <source>Files larger than 10 MB are uploaded in the background.</source>
        <target>Файлове, по-големи от 100 MB, се качват във фонов режим.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;
    const result = await inFolder({ "strings.xlf": xliff }, ["check", "{dir}/strings.xlf"]);
    expect(result.stdout).toContain("unit 1, line 6 (en-US): Files larger than 10 MB");
  });
});

describe("a federation's results (stranger 163)", () => {
  test("a race's time to the hundredth is one number", () => {
    expect(flags("1 Виктория Стоянова 2012 ПК „Левски“ София 5:12.45", "1 Viktoria Stoyanova 2012 Levski SC Sofia 5:12.54")).toEqual([
      "error numbers: the translation says 5:12.54 where the source says 5:12.45",
    ]);
    expect(flags("1 Виктория Стоянова 2012 ПК „Левски“ София 5:12.45", "1 Viktoria Stoyanova 2012 Levski SC Sofia 5:12.45")).toEqual([]);
  });
});

describe("a patent's description (stranger 166)", () => {
  test("a patent's number between its office and its kind is copied as written; an amount's commas are not", () => {
    expect(
      flags("A similar exchanger is disclosed in US 10,451,322 B2.", "Подобен топлообменник е описан в US 10,451,322 B2.", "en", "bg"),
    ).toEqual([]);
    expect(flags("The plant produced 6,237,679 tonnes.", "Заводът произведе 6,237,679 тона.", "en", "bg")).toEqual([
      "warning numbers: the translation writes 6,237,679 as the source does, but in Bulgarian a comma is the decimal mark (a reader there takes 6,237,679 for 6.237679): write 6237679",
    ]);
  });
});

describe("an online shop's pages (stranger 165)", () => {
  test("a size chart whose cells pair figure for figure is a translation, its labels' words aside", async () => {
    const rows = [38, 40, 42].flatMap((size, k) => [size, 86 + 4 * k, 68 + 4 * k, 94 + 4 * k]);
    const cells = [0, 1, 2]
      .map(
        (r) =>
          `<tr>${rows
            .slice(4 * r, 4 * r + 4)
            .map((n) => `<td>${n}</td>`)
            .join("")}</tr>`,
      )
      .join("");
    // Labels and lines whose words the built-in lexicon lacks.
    const page = (labels: readonly string[], lines: readonly string[]) =>
      `<html><body><main><h1>${labels[0]}</h1><table><tr>${labels
        .slice(1)
        .map((l) => `<th>${l}</th>`)
        .join("")}</tr>${cells}</table>${lines.map((p) => `<p>${p}</p>`).join("")}</main></body></html>`;
    const bg = page(
      ["Мерки", "Ръст", "Ръкав (см)", "Рамо (см)", "Бедро (см)"],
      ["Подплатата е от вискоза.", "Яката е от рипс.", "Маншетите са плетени.", "Цип от месинг."],
    );
    const en = page(
      ["Fit guide", "Height", "Sleeve (cm)", "Shoulder (cm)", "Thigh (cm)"],
      ["The lining is viscose.", "The collar is ribbed.", "The cuffs are knitted.", "Brass zip."],
    );
    const result = await inFolder({ "bg.html": bg, "en.html": en }, ["check", "{dir}/bg.html", "{dir}/en.html"]);
    expect(result.stdout).not.toContain("not-a-translation");
    expect(result.code).toBe(0);
  });
});

describe("a patent's claims (stranger 166)", () => {
  test("'does not contain' translated 'съдържа' is reversed: an error", () => {
    expect(flags("The coating does not contain chromium.", "Покритието съдържа хром.", "en", "bg")).toEqual([
      'error negation: the source says "does not contain", and the translation has no negation: meaning reversed?',
    ]);
  });
});

describe("an airline's letters (stranger 167)", () => {
  test("'us' is a pronoun ending a sentence, no abbreviation", () => {
    expect(segment("If you have questions, please contact us. Ms Petrova will reply within 5 days.", "en")).toHaveLength(2);
    expect(segment("The U.S. Army left.", "en")).toHaveLength(1);
  });
});

describe("an airline's letters: a brand in the signature (stranger 167)", () => {
  test("a brand's one word with a capital inside, copied, is no heading left untranslated", async () => {
    // The brand in the letter's sentences too: the document's own pairs learn it as itself.
    const bg =
      "Уважаеми г-н Петров,\n\nБлагодарим Ви, че летяхте с FlyBalkan.\n\nFlyBalkan ще възстанови цената на билета в срок от 7 дни.\n\nFlyBalkan\n";
    const en = "Dear Mr Petrov,\n\nThank you for flying with FlyBalkan.\n\nFlyBalkan will refund the ticket within 7 days.\n\nFlyBalkan\n";
    const result = await inFolder({ "en.txt": en, "bg.txt": bg }, ["check", "{dir}/en.txt", "{dir}/bg.txt", "-s", "en", "-t", "bg"]);
    expect(result.stdout).not.toContain('unchanged ("FlyBalkan")');
  });
});

describe("a vendor's PO file: fuzzy messages (stranger 162)", () => {
  test("a message marked fuzzy is a warning; --ignore untranslated leaves it unsaid", async () => {
    const po =
      'msgid ""\nmsgstr ""\n"Language: bg\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n#, fuzzy\nmsgid "Delete the selected invoice?"\nmsgstr "Изтриване на избраните фактури?"\n\nmsgid "Save the invoice?"\nmsgstr "Да се запази ли фактурата?"\n';
    const result = await inFolder({ "app.po": po }, ["check", "{dir}/app.po"]);
    expect(result.stdout).toContain(
      "! warning untranslated the message is marked fuzzy: a draft nobody confirmed, which msgfmt leaves out as untranslated",
    );
    expect(result.stdout).toContain("0 errors, 1 warning");
    const ignored = await inFolder({ "app.po": po }, ["check", "{dir}/app.po", "--ignore", "untranslated"]);
    expect(ignored.stdout).not.toContain("fuzzy");
  });
});

describe("an online shop's prices (stranger 165)", () => {
  test("a price's VAT turned around is an error, the verb's forms read too", () => {
    expect(flags("Всички цени са с включен ДДС.", "All prices exclude VAT.")).toEqual([
      'error terms: the source says "с включен ДДС" (with), the translation "exclude VAT" (without): the opposite, meaning reversed?',
    ]);
    expect(flags("Всички цени са с включен ДДС.", "All prices include VAT.")).toEqual([]);
  });
});
