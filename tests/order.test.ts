/**
 * A translation put together in another order than its source (halves
 * swapped, a passage moved, paragraphs reversed): the numbers written once in
 * each text say so, and the pair says so as a whole ("out-of-order").
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Anchor } from "../src/align/guide.js";
import { align, formats, readJson } from "../src/index.js";
import { alignFlow, runFlow } from "../src/pipeline.js";
import { pairFlags } from "../src/review/document.js";
import { ORDER_ERROR_SHARE, orderFlags } from "../src/review/order.js";
import { segment } from "../src/segment/index.js";
import type { Bitext, OutOfOrder } from "../src/types.js";
import { segs, sverka } from "./helpers.js";

/** A register of contracts, a paragraph each: number, date, amount and term, in Bulgarian and in English. */
function register(count: number): { bg: string[]; en: string[] } {
  const bg: string[] = [];
  const en: string[] = [];
  for (let k = 0; k < count; k++) {
    const day = 1 + ((k * 7) % 28);
    const month = 1 + ((k * 5) % 12);
    const year = 2001 + (k % 23);
    const amount = 1500 + k * 37;
    const term = 12 + (k % 48);
    bg.push(`Договор № ${4100 + k} е сключен на ${day}.${month}.${year} г. Сумата по него е ${amount} лв. Срокът му е ${term} месеца.`);
    en.push(`Contract No. ${4100 + k} was signed on ${day}.${month}.${year}. Its amount is BGN ${amount}. Its term is ${term} months.`);
  }
  return { bg, en };
}

const PARAGRAPHS = 120;
const { bg, en } = register(PARAGRAPHS);
const text = (paragraphs: readonly string[]) => paragraphs.join("\n\n");
const outOfOrder = (b: Bitext) => (b.documentFlags ?? []).filter((f): f is OutOfOrder => f.type === "out-of-order");

describe("a translation out of order", () => {
  test("in order, the pair has no flag of its own", () => {
    expect(align(text(bg), text(en)).documentFlags ?? []).toEqual([]);
  });

  test("a passage moved to the end: a warning naming where it went, and the memory keeps the units", () => {
    const moved = Math.round(PARAGRAPHS / 10);
    const b = align(text(bg), text([...en.slice(moved), ...en.slice(0, moved)]));
    const [flag, ...more] = outOfOrder(b);
    expect(more).toEqual([]);
    expect(flag).toMatchObject({ severity: "warning" });
    expect(flag!.evidence.share).toBeLessThan(ORDER_ERROR_SHARE);
    // The first twelve paragraphs (36 sentences) went to the end of the translation's 360.
    const [passage] = flag!.evidence.passages;
    expect(passage!.source[0]).toBeLessThan(3);
    expect(passage!.source[1]).toBeGreaterThan(30);
    expect(passage!.source[1]).toBeLessThan(36);
    expect(passage!.target[0]).toBeGreaterThan(320);
    expect(flag!.reason).toMatch(
      /^part of the translation is in another place than in the source: \d+ of the \d+ places .* \(source sentences 1-\d+ are at target 3\d\d-3\d\d\)/,
    );
    expect(formats.tmx.write(b)).toContain("<tu ");
  });

  test("halves swapped: an error, and none of its units goes into a memory", () => {
    const b = align(text(bg), text([...en.slice(PARAGRAPHS / 2), ...en.slice(0, PARAGRAPHS / 2)]));
    const [flag] = outOfOrder(b);
    expect(flag).toMatchObject({ severity: "error" });
    expect(flag!.evidence.share).toBeGreaterThanOrEqual(ORDER_ERROR_SHARE);
    expect(flag!.reason).toMatch(/^the translation does not follow the source's order/);
    expect(formats.tmx.write(b)).not.toContain("<tu ");
    expect(formats.tmx.write(b, { dropFlagged: "none" })).toContain("<tu ");
  });

  test("one stretch in another order (a list sorted in each language's order): an error of that stretch, the rest kept for a memory", () => {
    // Paragraphs 41-95 of 120 in another order in the translation (the first of them in its place); the rest in order.
    const shuffled = Array.from({ length: 55 }, (_, k) => en[40 + ((k * 17) % 55)]!);
    const b = align(text(bg), text([...en.slice(0, 40), ...shuffled, ...en.slice(95)]));
    const [flag] = outOfOrder(b);
    expect(flag).toMatchObject({ severity: "error" });
    expect(flag!.evidence.share).toBeGreaterThanOrEqual(ORDER_ERROR_SHARE);
    // Three sentences a paragraph: the stretch is sentences 121-285 of each side, give or take the places in order at its edges.
    const region = flag!.evidence.region!;
    for (const side of [region.source, region.target]) {
      expect(side[0]).toBeGreaterThan(110);
      expect(side[0]).toBeLessThanOrEqual(125);
      expect(side[1]).toBeGreaterThanOrEqual(284);
      expect(side[1]).toBeLessThan(295);
    }
    expect(flag!.reason).toMatch(
      /^part of the translation does not follow the source's order: source sentences \d+-\d+ against translation sentences \d+-\d+/,
    );
    const tmx = formats.tmx.write(b);
    // Before and after the stretch, the units are there; inside it, none.
    expect(tmx).toContain("Contract No. 4100 ");
    expect(tmx).toContain("Contract No. 4219 ");
    for (let k = 42; k < 95; k++) expect(tmx).not.toContain(`Contract No. ${4100 + k} `);
  });

  test("in pieces, the pair is judged as it is whole", () => {
    const reversed = [...en].reverse();
    const source = segment(text(bg), "bg");
    const target = segment(text(reversed), "en");
    const sizes = { long: 100, piece: 90 };
    const pieces = runFlow(alignFlow(source, target, {}, sizes));
    const whole = runFlow(alignFlow(source, target, {}));
    expect(outOfOrder(whole)).toHaveLength(1);
    expect(outOfOrder(whole)[0]).toMatchObject({ severity: "error" });
    expect(pieces.documentFlags).toEqual(whole.documentFlags);
  });

  test("places near the order the others follow, or too few far from it, are no flag", () => {
    const diagonal: Anchor[] = Array.from({ length: 200 }, (_, k) => [k, k, 1] as const);
    // A sentence pair swapped here and there within its paragraph.
    const near = diagonal.map(([i, j]) => [i, i % 20 === 3 ? j + 4 : j, 1] as const);
    expect(orderFlags(near, 200, 200)).toEqual([]);
    const nine = diagonal.map(([i, j]) => [i, i >= 100 && i < 109 ? j + 80 : j, 1] as const);
    expect(orderFlags(nine, 200, 200)).toEqual([]);
    const ten = diagonal.map(([i, j]) => [i, i >= 100 && i < 110 ? j + 80 : j, 1] as const);
    expect(orderFlags(ten, 200, 200)).toMatchObject([{ type: "out-of-order", severity: "warning" }]);
    // What the links did with the passage: left it unmatched (the usual), or, where the text repeats itself, linked its
    // sentences to the translations in their place (stranger 66's copies in another order). The message says which.
    expect(orderFlags(ten, 200, 200)[0]!.reason).toMatch(/Its sentences are reported missing where the source has them/);
    expect(orderFlags(ten, 200, 200, (i) => i >= 100 && i < 110)[0]!.reason).toMatch(
      /most of its sentences are linked to the translations of other sentences, those the translation has in their place: check those links$/,
    );
    // A number and a run meeting in the same two segments are one place.
    expect(orderFlags([...nine, [100, 180, 1], [101, 181, 1]], 200, 200)).toEqual([]);
    // Ten places far off the order one by one, each somewhere else (numbers met by chance), are no passage moved: no warning.
    const scattered = diagonal.map(([i, j]) => [i, i % 15 === 7 ? (j + 40 + 13 * i) % 200 : j, 1] as const);
    expect(scattered.filter(([i, j]) => Math.abs(i - j) > 10).length).toBeGreaterThanOrEqual(10);
    expect(orderFlags(scattered, 200, 200)).toEqual([]);
  });

  test("texts that are no translation share a few numbers by chance: they are flagged as what they are", () => {
    const texts = Array.from({ length: 40 }, (_, k) => `Ред ${k}.`);
    const bitext: Bitext = {
      source: { lang: "bg", segments: segs(texts) },
      target: { lang: "en", segments: segs(texts.map((_, k) => `Line ${k}.`)) },
      links: texts.map((_, k) => ({ source: [k], target: [k], kind: "1-1" as const, score: 0.3 })),
      model: { ratio: 1, variance: 6 },
    };
    const measures = { evidence: new Float64Array(40), chars: new Int32Array(40).fill(6) };
    // Scattered: no two places that went as far ahead or back together.
    const order = orderFlags(
      Array.from({ length: 30 }, (_, k) => [k, (k * 17) % 40, 1] as const),
      40,
      40,
    );
    expect(order).toHaveLength(1);
    expect(order[0]!.evidence.inPassages).toBeLessThan(order[0]!.evidence.outOfOrder / 2);
    expect(pairFlags(bitext, measures, order).map((f) => f.type)).toEqual(["not-a-translation"]);
    // A translation the aligner is sure of, its words shared: the numbers out of order say what is wrong with it.
    const shared = { evidence: new Float64Array(40).fill(0.5), chars: measures.chars };
    expect(pairFlags({ ...bitext, links: bitext.links.map((l) => ({ ...l, score: 0.99 })) }, shared, order).map((f) => f.type)).toEqual([
      "out-of-order",
    ]);
  });

  test("sentences reversed one by one, a number every fifth: passages in reverse order, out of order and not 'no translation'", () => {
    // Stranger 65's reversed news: the numbers' places far apart, each further back in the target as the source runs on.
    // Grouped only where they went as far ahead or back, none lay in a passage, and the pair was called no translation.
    const n = 200;
    const places: Anchor[] = Array.from({ length: n / 5 }, (_, k) => [5 * k, n - 1 - 5 * k, 1] as const);
    const [flag] = orderFlags(places, n, n);
    expect(flag).toMatchObject({ severity: "error" });
    expect(flag!.evidence.inPassages).toBeGreaterThanOrEqual(flag!.evidence.outOfOrder - 2);
    expect(flag!.evidence.passages[0]).toMatchObject({ reversed: true });
    expect(flag!.reason).toMatch(/\(source sentences \d+-1\d\d are at target \d+-1\d\d, in reverse order\)/);
    // The links such a pair aligns are as weak as unrelated text's: its numbers say what is wrong with it.
    const texts = Array.from({ length: n }, (_, k) => `Ред ${k}.`);
    const bitext: Bitext = {
      source: { lang: "bg", segments: segs(texts) },
      target: { lang: "en", segments: segs(texts.map((_, k) => `Line ${k}.`)) },
      links: texts.map((_, k) => ({ source: [k], target: [k], kind: "1-1" as const, score: 0.3 })),
      model: { ratio: 1, variance: 6 },
    };
    const weak = { evidence: new Float64Array(n), chars: new Int32Array(n).fill(6) };
    expect(pairFlags(bitext, weak, [flag!]).map((f) => f.type)).toEqual(["out-of-order"]);
    // A passage moved as it was, forward, is not called reversed.
    const moved = Array.from({ length: n }, (_, i) => [i, i < 40 ? i + 150 : i < 190 ? i - 40 : i, 1] as const);
    const [warning] = orderFlags(moved, n, n);
    expect(warning!.evidence.passages.some((p) => p.reversed)).toBe(false);
  });

  test("check fails on it, align says so, and the JSON keeps it for a memory exported later", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-order-"));
    writeFileSync(join(dir, "bg.txt"), text(bg));
    writeFileSync(join(dir, "en.txt"), text([...en.slice(PARAGRAPHS / 2), ...en.slice(0, PARAGRAPHS / 2)]));
    const checked = await sverka(["check", join(dir, "bg.txt"), join(dir, "en.txt")]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/error +out-of-order the translation does not follow the source's order/);
    const aligned = await sverka([
      "align",
      join(dir, "bg.txt"),
      join(dir, "en.txt"),
      "-o",
      join(dir, "pair.json"),
      "-o",
      join(dir, "pair.tmx"),
    ]);
    expect(aligned.code).toBe(0);
    expect(aligned.stderr).toMatch(/warning: the translation does not follow the source's order/);
    expect(aligned.stderr).toMatch(/left out \d+ units whose translation does not follow the source's order \(check the files\)/);
    expect(readFileSync(join(dir, "pair.tmx"), "utf8")).not.toContain("<tu ");
    const saved = readJson(readFileSync(join(dir, "pair.json"), "utf8"));
    expect(outOfOrder(saved)).toMatchObject([{ severity: "error" }]);
    const exported = await sverka(["export", join(dir, "pair.json"), "-o", join(dir, "again.tmx")]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/whose translation does not follow the source's order/);
  });
});
