import { packWeaves } from "../src/align/weaves.js";
import { addCounts, emptyCounts, scoresFrom } from "../src/eval/index.js";
import { align } from "../src/index.js";
import { prepareFeatures } from "../src/score/index.js";

type Step = [number, number, number, number];

const seg = (texts: readonly string[]) => texts.map((text, id) => ({ id, text, start: 0, end: text.length, paragraph: id }));

const PAIRS = {
  A: ["Не потапяйте уреда във вода.", "Do not immerse the appliance in water."],
  B: ["Дръжката остава хладна при употреба.", "The handle stays cool during use."],
  C: ["Капакът се заключва автоматично.", "The lid locks automatically."],
  D: ["Купата може да се мие в съдомиялна машина.", "The bowl is dishwasher safe."],
} as const;

/** Source and target texts from letters (one sentence each), the target without the source's [from, to). */
function texts(letters: string, from: number, to: number) {
  const source = [...letters].map((l) => PAIRS[l as keyof typeof PAIRS][0]);
  const target = [...letters].filter((_, k) => k < from || k >= to).map((l) => PAIRS[l as keyof typeof PAIRS][1]);
  return prepareFeatures(seg(source), seg(target), "bg", "en");
}

/** One to one links for source [i, i + count) and target from j. */
const ones = (i: number, j: number, count: number): Step[] => Array.from({ length: count }, (_, x) => [i + x, 1, j + x, 1]);
const leftOut = (i: number, j: number, count: number): Step[] => Array.from({ length: count }, (_, x) => [i + x, 1, j, 0]);

describe("a passage left out that the search wove through is packed into one (src/align/weaves.ts)", () => {
  // Ten sentences kept, six left out, ten kept: the same four sentences over and over, in other orders.
  const letters = "ABCDABCDAB" + "CDABCD" + "ACBDABCDBA";
  const f = texts(letters, 10, 16);
  // The search's path: the first two sentences after the gap (A, C: target 10 and 11) linked inside it, A to a D, C to
  // a C and a D joined.
  const woven: Step[] = [
    ...ones(0, 0, 10),
    [10, 1, 10, 0],
    [11, 1, 10, 1],
    [12, 1, 11, 0],
    [13, 1, 11, 0],
    [14, 2, 11, 1],
    [16, 1, 12, 0],
    [17, 1, 12, 0],
    ...ones(18, 12, 8),
  ];

  test("the links go to the end of the gap, beside the link after it, where the same sentences are linked one to one elsewhere", () => {
    const { steps, scoredAs } = packWeaves(woven, woven, f);
    expect(steps).toEqual([...ones(0, 0, 10), ...leftOut(10, 10, 6), ...ones(16, 10, 10)]);
    // Each link made is scored as a link of the same two sentences in a long run; each sentence left out as a copy the search left out.
    expect(scoredAs[16]).toEqual([0, 1, 0, 1]);
    expect(scoredAs[17]).toEqual([2, 1, 2, 1]);
    for (let k = 10; k < 16; k++) expect(scoredAs[k]![3]).toBe(0);
  });

  test("links that belong at the gap's start go there, the rest to its end", () => {
    // Gap 12-17 of the same letters: the translation's sentences 10 and 11 (C, D) stand before it, 12 and 13 (B, D) after.
    const g = texts(letters, 12, 18);
    const path: Step[] = [
      ...ones(0, 0, 10),
      [10, 1, 10, 0],
      [11, 1, 10, 1],
      [12, 1, 11, 0],
      [13, 1, 11, 1],
      [14, 1, 12, 0],
      [15, 2, 12, 1],
      [17, 1, 13, 0],
      [18, 1, 13, 1],
      [19, 1, 14, 0],
      ...ones(20, 14, 6),
    ];
    expect(packWeaves(path, path, g).steps).toEqual([...ones(0, 0, 12), ...leftOut(12, 12, 6), ...ones(18, 12, 8)]);
  });

  test("a sentence the translation split or joined at the gap's edge is linked as it stands, not its parts to copies inside the gap", () => {
    const [a, b] = [PAIRS.A, PAIRS.B];
    const sentences = (letters: string, side: 0 | 1) => [...letters].map((l) => PAIRS[l as keyof typeof PAIRS][side]);
    // Split: source 10 is A and B as one sentence, translated as two; the six after it are left out.
    const joinedSource = [
      ...sentences("ABCDABCDAB", 0),
      `${a[0].slice(0, -1)}; ${b[0].toLowerCase()}`,
      ...sentences("CDABCD" + "ACBDABCDBA", 0),
    ];
    const split = prepareFeatures(seg(joinedSource), seg(sentences("ABCDABCDAB" + "AB" + "ACBDABCDBA", 1)), "bg", "en");
    // The search linked the two translations to copies of A and B inside the gap.
    const wovenSplit: Step[] = [...ones(0, 0, 10), ...leftOut(10, 10, 3), ...ones(13, 10, 2), ...leftOut(15, 12, 2), ...ones(17, 12, 10)];
    const packed = packWeaves(wovenSplit, wovenSplit, split);
    expect(packed.steps).toEqual([...ones(0, 0, 10), [10, 1, 10, 2], ...leftOut(11, 12, 6), ...ones(17, 12, 10)]);
    // Scored as itself: no run link pairs these texts.
    expect(packed.scoredAs[10]).toEqual([10, 1, 10, 2]);
    // Joined: the translation writes the source's 16 and 17 (A, B, after six left out) as one sentence.
    const joinedTarget = [...sentences("ABCDABCDAB", 1), `${a[1].slice(0, -1)}; ${b[1].toLowerCase()}`, ...sentences("CDABCDAB", 1)];
    const joined = prepareFeatures(seg(sentences("ABCDABCDAB" + "CDABCD" + "AB" + "CDABCDAB", 0)), seg(joinedTarget), "bg", "en");
    const wovenJoined: Step[] = [...ones(0, 0, 10), ...leftOut(10, 10, 2), [12, 2, 10, 1], ...leftOut(14, 11, 4), ...ones(18, 11, 8)];
    expect(packWeaves(wovenJoined, wovenJoined, joined).steps).toEqual([
      ...ones(0, 0, 10),
      ...leftOut(10, 10, 6),
      [16, 2, 10, 1],
      ...ones(18, 11, 8),
    ]);
  });

  test("nothing moves where the sentences at the gap's ends are not linked one to one elsewhere, or no link follows the gap", () => {
    // The same path over texts whose sentences after the gap are others: no long run says that they translate each other.
    const source = [...letters].map((l, k) => (k >= 16 ? `Друго изречение номер ${k}.` : PAIRS[l as keyof typeof PAIRS][0]));
    const target: string[] = [...letters.slice(0, 10)].map((l) => PAIRS[l as keyof typeof PAIRS][1]);
    for (let t = 10; t < 20; t++) target.push(`Another sentence number ${t}.`);
    expect(packWeaves(woven, woven, prepareFeatures(seg(source), seg(target), "bg", "en")).steps).toEqual(woven);
    // A translation that ends inside the gap: its last links are no weave's.
    const cut = woven.slice(0, 17);
    expect(packWeaves(cut, cut, f).steps).toEqual(cut);
  });

  test("two passages left out close together: the sentences kept between go where they stand, neither end taking them", () => {
    // Stranger 71: a manual that leaves out 5,000 sentences and, 111 later, 2,500 more. The search linked the 111 to copies
    // spread through the first passage: `check` told some hundred passages left out for two.
    const between = "ABCDABCDAB" + "BADB" + "CD" + "ABBAAB" + "ACBDABCDBA";
    const source = [...between].map((l) => PAIRS[l as keyof typeof PAIRS][0]);
    const target = [...between].filter((_, k) => k < 10 || k === 14 || k === 15 || k >= 22).map((l) => PAIRS[l as keyof typeof PAIRS][1]);
    const g = prepareFeatures(seg(source), seg(target), "bg", "en");
    const path: Step[] = [
      ...ones(0, 0, 10),
      ...leftOut(10, 10, 3),
      [13, 1, 10, 1],
      ...leftOut(14, 11, 2),
      [16, 1, 11, 1],
      ...leftOut(17, 12, 5),
      ...ones(22, 12, 10),
    ];
    const { steps, scoredAs } = packWeaves(path, path, g);
    expect(steps).toEqual([...ones(0, 0, 10), ...leftOut(10, 10, 4), ...ones(14, 10, 2), ...leftOut(16, 12, 6), ...ones(22, 12, 10)]);
    // C and D scored as their links in the long runs.
    expect(scoredAs.slice(14, 16)).toEqual([
      [2, 1, 2, 1],
      [3, 1, 3, 1],
    ]);
  });
});

/**
 * A manual of 700 sections, each the same twelve sentences in another order, as paragraphs; its translation leaves out
 * 2,040 sentences from the middle of a section (stranger 69's finding 1: 40 to 46 % of links right). Nothing is found once
 * in either text, and a block of 64 sentences holds the same words as any other.
 */
function shuffledSections(
  seed: number,
  paragraphs = true,
  codes: readonly number[] = [],
  gaps: ReadonlyArray<readonly [number, number]> = [[3008, 5048]],
) {
  const pool = [
    ["Корпусът е изработен от неръждаема стомана.", "The housing is made of stainless steel."],
    ["Уредът се почиства лесно с влажна кърпа.", "The appliance is easy to clean with a damp cloth."],
    ["Капакът се заключва автоматично по време на работа.", "The lid locks automatically during operation."],
    ["Дръжката остава хладна при употреба.", "The handle stays cool during use."],
    ["Захранващият кабел се прибира в основата.", "The power cord is stored in the base."],
    ["Подходящ е за ежедневна употреба в домакинството.", "It is suitable for everyday household use."],
    ["Не потапяйте уреда във вода.", "Do not immerse the appliance in water."],
    ["Съдът може да се мие в съдомиялна машина.", "The bowl is dishwasher safe."],
    ["Предпазителят изключва уреда при прегряване.", "The safety cut-out switches the appliance off if it overheats."],
    ["Индикаторът светва, когато уредът е готов.", "The indicator lights up when the appliance is ready."],
    ["Гумените крачета предотвратяват плъзгането.", "The rubber feet prevent slipping."],
    ["Ножовете са изработени от закалена стомана.", "The blades are made of hardened steel."],
  ] as const;
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const bg: string[] = [];
  const en: string[] = [];
  const gold: Array<{ source: number[]; target: number[] }> = [];
  let translated = 0;
  for (let section = 0; section < 700; section++) {
    const order = pool.map((_, k) => k);
    for (let k = order.length - 1; k > 0; k--) {
      const r = Math.floor(next() * (k + 1));
      [order[k], order[r]] = [order[r]!, order[k]!];
    }
    if (paragraphs) {
      bg.push("");
      en.push("");
    }
    const lines: Array<readonly [string, string]> = order.map((k) => pool[k]!);
    // A catalogue number found once in each text (a pin), after some sections.
    if (codes.includes(section)) lines.push([`Каталожен номер: XK-${10_000 + section}.`, `Catalogue number: XK-${10_000 + section}.`]);
    for (const [b, e] of lines) {
      const kept = gaps.every(([from, to]) => gold.length < from || gold.length >= to);
      gold.push({ source: [gold.length], target: kept ? [translated++] : [] });
      bg.push(b);
      if (kept) en.push(e);
    }
  }
  const text = (lines: string[]) =>
    lines
      .join("\n")
      .replace(/^\n+/, "")
      .replace(/\n{3,}/g, "\n\n");
  return { bg: text(bg), en: text(en), gold };
}

/** Runs of source sentences left untranslated. */
function passagesLeftOut(links: ReadonlyArray<{ target: readonly number[] }>): number {
  return links.filter((l, k) => l.target.length === 0 && (k === 0 || links[k - 1]!.target.length > 0)).length;
}

describe("sections that are the same sentences in another order, with a long passage left out", () => {
  test.each([
    [1, true],
    [2, true],
    [1, false],
  ])(
    "seed %i, sections as paragraphs %s: every link right, and the passage left out is one",
    (seed, paragraphs) => {
      // Before: strict F1 0.46 to 0.75 over three seeds, hundreds of runs of sentences left out. Blocks that see which
      // sentence follows which (`ORDER_TOP`) place the gap (without them 0.49 to 0.75); packing the weave makes it one
      // (without it 0.96, some 180 runs). As bare lines, the sentences' words had to count in the rough search's band
      // too (`MAX_PAIR_DENSITY`: 0.84 at 8).
      const { bg, en, gold } = shuffledSections(seed, paragraphs);
      const b = align(bg, en, { segmented: true, review: false });
      expect(scoresFrom(addCounts(emptyCounts(), gold, b.links)).f1Strict).toBeGreaterThanOrEqual(0.99);
      expect(passagesLeftOut(b.links)).toBe(1);
    },
    120_000,
  );

  test("with a few catalogue numbers found once in each text, none in the passage left out: the same", () => {
    // Stranger 71: a window found only the numbers after the passage, and the band ran straight from the one before it to
    // them, off both texts' line (58 % of links right, 1,330 pairs that are no translation in the TMX); the coarse path's
    // links between them now steer it.
    const { bg, en, gold } = shuffledSections(1, true, [70, 500, 560, 640]);
    const b = align(bg, en, { segmented: true, review: false });
    expect(scoresFrom(addCounts(emptyCounts(), gold, b.links)).f1Strict).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  test("two passages left out with 111 sentences kept between: every link right, two passages", () => {
    // Stranger 71's manual with passages close together: 99.26 % of links right, the 111 sentences kept linked to copies
    // in the passage before, `check` telling 105 passages for three. Without placing the weave here: F1 0.91, 298 passages.
    const { bg, en, gold } = shuffledSections(
      1,
      true,
      [],
      [
        [2000, 5000],
        [5111, 7000],
      ],
    );
    const b = align(bg, en, { segmented: true, review: false });
    expect(scoresFrom(addCounts(emptyCounts(), gold, b.links)).f1Strict).toBeGreaterThanOrEqual(0.99);
    expect(passagesLeftOut(b.links)).toBe(2);
  }, 120_000);
});
