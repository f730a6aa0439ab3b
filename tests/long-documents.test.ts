import fc from "fast-check";
import { concatenatePairs, inGoldTerms, loadNtrex, rawText, repeatedNoisyPairs, segmentedText } from "../bench/data.js";
import { generatePair, leaveOut } from "../bench/generate.js";
import { addCounts, emptyCounts, scoresFrom } from "../src/eval/index.js";
import { align } from "../src/index.js";
import { describeWithShared, SHARED } from "./helpers.js";

/** A contract's opening: the two parties in paragraphs of their own, translated freely (the first longer in Bulgarian, the second in English). */
const PARTIES_BG = [
  "ДОГОВОР ЗА ДОСТАВКА",
  "",
  "Днес, 3 май 2024 г., в София между страните се сключи настоящият договор.",
  "",
  "„Балкан Логистик“ ООД, ЕИК 201234567, със седалище и адрес на управление в гр. София, ул. „Витоша“ № 15, представлявано от управителя Иван Петров, наричано по-долу Възложител.",
  "",
  "„Витоша Софт“ ЕАД, наричано по-долу Изпълнител.",
  "",
  "Възложителят възлага, а Изпълнителят приема да достави стоките, описани в приложение 1.",
].join("\n");
const PARTIES_EN = [
  "SUPPLY AGREEMENT",
  "",
  "This agreement was concluded in Sofia on 3 May 2024 between the parties.",
  "",
  "Balkan Logistik Ltd, UIC 201234567, with its seat in Sofia, 15 Vitosha St, represented by its manager Ivan Petrov, the Client.",
  "",
  "Vitosha Soft plc, registered in Bulgaria, hereinafter referred to as the Contractor.",
  "",
  "The Client assigns and the Contractor accepts to deliver the goods described in Annex 1.",
].join("\n");

/** Aligns a generated pair from running text and pre-split; each must have 99 % of its links right (a gold link exactly). */
function expectRightFromBoth(p: ReturnType<typeof generatePair>): void {
  const src = rawText(p.source);
  const tgt = rawText(p.target);
  const raw = scoresFrom(addCounts(emptyCounts(), p.gold, inGoldTerms(align(src.text, tgt.text), src.spans, tgt.spans)));
  const pre = align(segmentedText(p.source), segmentedText(p.target), { segmented: true });
  const split = scoresFrom(addCounts(emptyCounts(), p.gold, pre.links));
  expect(raw.precisionStrict).toBeGreaterThanOrEqual(0.99);
  expect(split.precisionStrict).toBeGreaterThanOrEqual(0.99);
}

describe("paragraph breaks weigh", () => {
  test("two parties in adjacent paragraphs are not merged into one 2-2 spanning the break", () => {
    const b = align(PARTIES_BG, PARTIES_EN, { segmented: true });
    const para = (side: typeof b.source, ids: readonly number[]) => new Set(ids.map((k) => side.segments[k]!.paragraph)).size;
    // Before: links 2,3-2,3 (one unit of the memory holding both parties).
    for (const l of b.links) expect(para(b.source, l.source) > 1 && para(b.target, l.target) > 1).toBe(false);
    expect(b.links.find((l) => l.source[0] === 2)?.target).toEqual([2]);
  });
});

describe("template text", () => {
  test("two freely translated sentences among template text stay two 1-1 links, not one 2-2", () => {
    // Template text gives a length variance near its lower bound; the free translation after it must not pay for that.
    const p = generatePair("repeated", { size: 120, seed: 5, drop: 0 });
    const at = p.source.segments.length;
    const para = Math.max(...p.source.paragraphs) + 1;
    p.source.segments.push(
      "Кметът заяви пред журналисти, че не очаква особени трудности при изпълнението на проекта.",
      "Ще видим какво ще стане, добави той.",
    );
    p.target.segments.push(
      "The mayor told reporters he expected no particular trouble with this.",
      "We shall see what happens, he added, smiling at them.",
    );
    p.source.paragraphs.push(para, para);
    p.target.paragraphs.push(para, para);
    const b = align(segmentedText(p.source), segmentedText(p.target), { segmented: true });
    // Before: one 2-2 link, 144,145-144,145.
    expect(b.links.filter((l) => l.source.some((i) => i >= at)).map((l) => [l.source, l.target])).toEqual([
      [[at], [at]],
      [[at + 1], [at + 1]],
    ]);
  });
});

describe("generated long documents (bench/generate.ts)", () => {
  test("gold covers every sentence once, in order, and leaves about 3 % out of the translation", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("contracts", "repeated", "mixed", "distinct" as const),
        fc.integer({ min: 1, max: 1000 }),
        (kind, seed) => {
          const p = generatePair(kind, { size: 300, seed });
          expect(p.gold.flatMap((l) => l.source)).toEqual(p.source.segments.map((_, k) => k));
          expect(p.gold.flatMap((l) => l.target)).toEqual(p.target.segments.map((_, k) => k));
          const dropped = p.gold.filter((l) => l.target.length === 0).length;
          expect(dropped / p.source.segments.length).toBeLessThan(0.1);
        },
      ),
      { numRuns: 20 },
    );
  });

  test("the distinct kind repeats no sentence, each side's references in gold order, the sentences split as before", () => {
    const p = generatePair("distinct", { size: 400, seed: 9 });
    expect(new Set(p.source.segments).size).toBe(p.source.segments.length);
    expect(new Set(p.target.segments).size).toBe(p.target.segments.length);
    const ref = (text: string) => Number(/\((?:№|No\.) (\d+)\)[.!?…:;]*["'”“’»)\]]*$/u.exec(text)?.[1]);
    for (const l of p.gold) if (l.target.length) expect(ref(p.target.segments[l.target[0]!]!)).toBe(ref(p.source.segments[l.source[0]!]!));
    expectRightFromBoth(p);
  });

  test("a repetitive document (one template, only the numbers change) aligns the same from raw text and pre-split", () => {
    const p = generatePair("repeated", { size: 800, seed: 3 });
    expectRightFromBoth(p);
  });
});

describe("an appendix the translation adds at its end", () => {
  test("the last source sentence stays with its translation, not with a chance match inside the appendix", () => {
    // A stranger's 100k pair: „… за да приемем …“ and "… was accepted …" in the appendix, each word found once in its
    // document, made an anchor that pulled the last link 40 sentences into the appendix, its real translation "added".
    const p = generatePair("repeated", { size: 800, seed: 3, drop: 0 });
    const para = Math.max(...p.source.paragraphs) + 1;
    p.source.segments.push("Страните решават споровете по този договор чрез преговори, за да приемем общо решение.");
    p.target.segments.push("The parties shall settle disputes under this agreement by negotiation, so that we reach a joint decision.");
    p.source.paragraphs.push(para);
    p.target.paragraphs.push(para);
    const last = p.target.segments.length - 1;
    const annex = generatePair("contracts", { size: 60, seed: 9, drop: 0 }).target.segments.slice(0, 60);
    annex.splice(30, 0, "The committee accepted the glossary at its first meeting.");
    ["Annex A. Glossary of the terms used in this agreement", ...annex].forEach((text, k) => {
      p.target.segments.push(text);
      p.target.paragraphs.push(para + 1 + Math.floor(k / 5));
    });
    const b = align(segmentedText(p.source), segmentedText(p.target), { segmented: true });
    // Before: [828] with [865, 866] at 0.83, and target 828 added.
    expect(b.links.filter((l) => l.source.length > 0).at(-1)).toMatchObject({ source: [p.source.segments.length - 1], target: [last] });
    expect(b.links.filter((l) => l.target.some((j) => j > last)).every((l) => l.kind === "0-1")).toBe(true);
  }, 60_000);
});

describe("a long omission in a contract collection", () => {
  test("300 consecutive sentences missing from the translation: 99 % of links right, the search's band grown at most once", () => {
    // Before: anchors tracked window by window followed the template's wording into the wrong copies after the gap,
    // and the search widened its band pass after pass (8 passes here; 10 and 3.6 GB with 250 missing of 20,000).
    const p = leaveOut(generatePair("contracts", { size: 3000, seed: 3000 }), 1500, 1800);
    // The gold still covers every sentence once, in order: 300 fewer targets, as many sources.
    expect(p.gold.flatMap((l) => l.target)).toEqual(p.target.segments.map((_, k) => k));
    expect(p.gold.flatMap((l) => l.source)).toEqual(p.source.segments.map((_, k) => k));
    expect(p.target.segments.length).toBe(generatePair("contracts", { size: 3000, seed: 3000 }).target.segments.length - 300);
    let rows = 0;
    const b = align(segmentedText(p.source), segmentedText(p.target), {
      segmented: true,
      onProgress: (stage, _done, total) => {
        if (stage === "align") rows = Math.max(rows, total);
      },
    });
    expect(scoresFrom(addCounts(emptyCounts(), p.gold, b.links)).precisionStrict).toBeGreaterThanOrEqual(0.99);
    expect(rows / (p.source.segments.length + 1)).toBeLessThanOrEqual(3);
  }, 60_000);
});

describe("a contract's particulars filled in again and again (one value a clause), a passage left out", () => {
  test("the gap stays where the translation left it: 99 % of links right from raw text and pre-split", () => {
    // Seven one-sentence articles, each value one of a few: no sentence but a date's is found once, no run of a clause
    // or two tells one copy from the next. Before, the path followed the wrong copy from the gap on: 72.8 % of links right
    // at 2,000 sentences (the gap put 330 sentences late), 42 % at 20,000 (the rest of the document 1-0 and 0-1 links).
    const p = generatePair("particulars", { size: 2000, seed: 2000 });
    expect(p.gold.filter((l) => l.target.length === 0).length).toBeGreaterThan(150);
    expectRightFromBoth(p);
  }, 60_000);
});

describeWithShared("news among template text (NTREX news from ../shared)", () => {
  test("freely translated news sentences side by side stay 1-1 links: 99 % of links right from raw text and pre-split", () => {
    // Two short sentences translated freely fit their lengths better together than apart; the 2-2 prior
    // (0.002 before, 0.0005 now, tuned on the dev sets) merged 9 such pairs of this 1k pair into 2-2 links.
    const p = generatePair("mixed", { size: 1000, seed: 1000, ntrex: loadNtrex(SHARED!) });
    expectRightFromBoth(p);
  }, 60_000);
});

describeWithShared("a translation that joins its source's sentences two by two (NTREX news from ../shared)", () => {
  test("the length model comes from its 2-1 links: few of them split into a sentence left alone and a wrong 1-1", () => {
    // A stranger's pairs: 5 % of such merges became a 1-0 and a 1-1, each 1-0 a "not translated" error (1,614 at 100k).
    const docs = loadNtrex(SHARED!);
    const bg = docs.flatMap((d) => d.bg).slice(0, 600);
    const en = docs.flatMap((d) => d.en).slice(0, 600);
    const joined = Array.from(
      { length: 300 },
      (_, k) => `${en[2 * k]!.replace(/[.!?]$/u, "")}; ${en[2 * k + 1]!.replace(/^./u, (c) => c.toLowerCase())}`,
    );
    const para = (texts: string[], per: number) => ({ segments: texts, paragraphs: texts.map((_, k) => Math.floor(k / per)) });
    const b = align(segmentedText(para(bg, 8)), segmentedText(para(joined, 4)), { segmented: true });
    const right = b.links.filter((l) => l.target.length === 1 && l.source.join() === `${2 * l.target[0]!},${2 * l.target[0]! + 1}`).length;
    // The model's ratio was 1.41 and its variance 18.7 for text of about 1: 263 of 300 right, 37 sentences left alone.
    // With the model from the 2-1 links: 283 and 9, each a short second sentence ("Положението е изключително зле."),
    // which the usual priors (a 2-1 link as dear as a 1-1 and a 1-0) left to the lengths. Priors from the draft: 300 and 0.
    expect(right).toBeGreaterThanOrEqual(295);
    const alone = b.links.filter((l) => l.kind === "1-0");
    expect(alone.length).toBeLessThanOrEqual(2);
    expect(alone.filter((l) => l.flags?.some((f) => f.severity === "error")).length).toBeLessThanOrEqual(2);
    expect(b.model.ratio).toBeLessThan(1.2);
  }, 60_000);
});

describeWithShared("the same news items again and again, each copy with noise of its own (NTREX news from ../shared)", () => {
  test("runs of numbers found once only because noise broke the other copies do not pin the path: 95 % or more right", () => {
    // npm run bench:speed's document: NTREX's pairs in groups of 8, noise drawn anew for every copy, 10,000 sentences a
    // side, running text. Since the twenty-third session, runs and windows of numbers found once on each side pinned the
    // path; here 38 of 43 such runs paired one copy with another (strict F1 0.20; 0.46 at 50,000 through the cut windows).
    const long = concatenatePairs(repeatedNoisyPairs(loadNtrex(SHARED!), 10000));
    const src = rawText(long.source);
    const tgt = rawText(long.target);
    const b = align(src.text, tgt.text);
    expect(scoresFrom(addCounts(emptyCounts(), long.gold, inGoldTerms(b, src.spans, tgt.spans))).f1Strict).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});

describeWithShared("NTREX repeated five times, two words of each line swapped from the second copy on (../shared)", () => {
  test.each([
    [3, 1],
    [7, 3],
  ])(
    "no line left out, pre-split: the words a swap made unique in each text do not pull the path a copy off (swap k, %i k + %i)",
    (mul, add) => {
      // After stranger 65's corpus (its swaps were random). Its few words found once in each text are chance; in the second
      // two of them are copies of one sentence a copy apart, they agree with each other, and the rough path through them left
      // 3,993 lines a side unmatched. Searched without them too, the cheaper path is the diagonal.
      const docs = loadNtrex(SHARED!);
      const [bg, en] = [docs.flatMap((d) => d.bg), docs.flatMap((d) => d.en)];
      const swapped = (text: string, k: number) => {
        const words = text.split(" ");
        if (k < bg.length || words.length <= 3) return text;
        const [a, b] = [k % words.length, (k * mul + add) % words.length];
        [words[a], words[b]] = [words[b]!, words[a]!];
        return words.join(" ");
      };
      const cycle = (texts: string[]) => Array.from({ length: 10_000 }, (_, k) => swapped(texts[k % texts.length]!, k)).join("\n");
      const b = align(cycle(bg), cycle(en), { segmented: true, review: false });
      expect(b.links.filter((l) => l.source.length === 0 || l.target.length === 0)).toEqual([]);
      expect(b.links.every((l) => l.source[0] === l.target[0])).toBe(true);
    },
    120_000,
  );
});

describe("a manual whose translation leaves out 5,000 sentences in a row, every chapter the same steps", () => {
  test("the chapters after the gap are linked to their own translations, not to those of the chapters left out", () => {
    // After stranger 66's manual: a chapter per device model, its title's code found once in each text, then the same
    // twelve steps and the same warning after each. A gap longer than half the widest tracking window (4,096 segments)
    // sent the tracking along the slope, into the wrong chapters; 80 % of 100,000 links were right. Now the next code
    // found once in each text holds it.
    const steps = [
      ["Изключете уреда от контакта.", "Unplug the appliance."],
      ["Свалете предния капак.", "Remove the front cover."],
      ["Почистете филтъра с мека четка.", "Clean the filter with a soft brush."],
      ["Завийте четирите винта.", "Tighten the four screws."],
    ] as const;
    const warning = [
      "ВНИМАНИЕ! Преди всяка стъпка се уверете, че уредът е изключен от мрежата.",
      "WARNING! Before each step make sure the appliance is disconnected from the mains.",
    ] as const;
    const bg: string[] = [];
    const en: string[] = [];
    const gold: Array<{ source: number[]; target: number[] }> = [];
    for (let chapter = 0; chapter < 600; chapter++) {
      const model = `KX-${100 + chapter * 3}`;
      const units: Array<readonly [string, string]> = [[`Поддръжка на модел ${model}`, `Maintenance of model ${model}`]];
      for (let k = 0; k < 12; k++) {
        const [b, e] = steps[(chapter * 7 + k * 5) % steps.length]!;
        units.push([`Стъпка ${k + 1}. ${b}`, `Step ${k + 1}. ${e}`], warning);
      }
      const left = chapter >= 200 && chapter < 400;
      for (const [b, e] of units) {
        gold.push({ source: [bg.length], target: left ? [] : [en.length] });
        bg.push(b);
        if (!left) en.push(e);
      }
    }
    const b = align(bg.join("\n"), en.join("\n"), { segmented: true, review: false });
    expect(bg.length - en.length).toBe(5_000);
    expect(scoresFrom(addCounts(emptyCounts(), gold, b.links)).f1Strict).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});

describe("a heading left out where a contract's lines run on without blank lines", () => {
  test("each is a sentence not translated (an error), never joined to the sentence after it", () => {
    // Each copy of the contract one block of lines (a PDF's text, a register), a third of its headings
    // ("2. ЦЕНА И НАЧИН НА ПЛАЩАНЕ") left out of the translation. Before, half of them were joined to the next
    // sentence as 2-1 links (a memory unit with a heading its translation lacks), a warning at most.
    const p = generatePair("contracts", { size: 600, seed: 11, drop: 0 });
    const copies = (side: { segments: string[] }, keep: (k: number) => boolean) =>
      `${side.segments.flatMap((t, k) => (keep(k) ? [k > 0 && /^(ДОГОВОР|SERVICE AGREEMENT)/u.test(t) ? `\n${t}` : t] : [])).join("\n")}\n`;
    let headings = 0;
    const left = new Set(p.target.segments.flatMap((t, k) => (/^\d\. [A-Z ]+$/u.test(t) && headings++ % 3 === 0 ? [k] : [])));
    let j = 0;
    const gold = p.source.segments.map((_, k) => ({ source: [k], target: left.has(k) ? [] : [j++] }));
    const b = align(
      copies(p.source, () => true),
      copies(p.target, (k) => !left.has(k)),
      { segmented: true },
    );
    expect(left.size).toBe(40);
    expect(b.links.filter((l) => l.kind === "2-1")).toEqual([]);
    expect(scoresFrom(addCounts(emptyCounts(), gold, b.links)).precisionStrict).toBe(1);
    const errors = b.links.filter((l) => l.target.length === 0 && l.flags?.some((f) => f.type === "missing" && f.severity === "error"));
    expect(errors.map((l) => l.source[0])).toEqual([...left]);
  }, 60_000);
  test("a heading left out beside a sentence whose translation is long is an error, not 'translated together with' it", () => {
    // The length model alone made the heading and the clause before it about as likely one link as two: a warning, and
    // --fail-on error passed the translation. A heading joined to a sentence that shares nothing of it is no link.
    const bg = [
      "ДОГОВОР ЗА УСЛУГИ № 332",
      "Днес, 11 април 2025 г., в гр. Стара Загора между страните се сключи настоящият договор.",
      "1. ПРЕДМЕТ НА ДОГОВОРА",
      "Възложителят възлага, а Изпълнителят приема да извърши услугите, описани в Приложение № 1 към настоящия договор.",
      "Обхватът на услугите може да бъде променян само с писмено допълнително споразумение.",
      "2. СРОК НА ДОГОВОРА",
      "Договорът влиза в сила на 7 юни 2025 г. и е със срок 24 месеца.",
      "3. ЦЕНА И НАЧИН НА ПЛАЩАНЕ",
      "Общата цена на услугите е 4 800 лв. без ДДС.",
      "Плащанията се извършват по банков път по сметката на Изпълнителя. Фактурата се издава до 19-о число на месеца, следващ месеца на извършване на услугите.",
      "4. ПРАВА И ЗАДЪЛЖЕНИЯ НА СТРАНИТЕ",
      "Изпълнителят е длъжен да извършва услугите качествено и в уговорените срокове.",
      "Възложителят има право да проверява изпълнението по всяко време, без да пречи на работата на Изпълнителя.",
      "5. ОТГОВОРНОСТ",
      "При забава на плащането Възложителят дължи неустойка в размер на 0,2 % от дължимата сума за всеки ден забава.",
    ];
    const en = [
      "SERVICES CONTRACT No. 332",
      "This Contract was concluded today, 11 April 2025, in Stara Zagora between the parties.",
      "1. SUBJECT MATTER",
      "The Client assigns and the Contractor accepts to perform the services described in Annex No. 1 to this Contract.",
      "The scope of the services may be changed only by a written supplementary agreement.",
      "2. TERM OF THE CONTRACT",
      "The Contract enters into force on 7 June 2025 and is concluded for a term of 24 months.",
      "3. PRICE AND PAYMENT",
      "The total price of the services is BGN 4,800 excluding VAT.",
      "Payments shall be made by bank transfer to the Contractor's account. The invoice shall be issued by the 19th day of the month following the month in which the services were performed.",
      "The Contractor shall perform the services properly and within the agreed time limits.",
      "The Client may check the performance at any time without hindering the Contractor's work.",
      "5. LIABILITY",
      "In the event of late payment, the Client shall pay a penalty of 0.2% of the amount due for each day of delay.",
    ];
    const b = align(bg.join("\n"), en.join("\n"));
    const flags = b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.severity !== "info").map((f) => [l.source, f.severity, f.type]));
    expect(flags).toEqual([[[11], "error", "missing"]]);
  });
});
