/**
 * `jsonChunks` writes a long bitext's segments and links directly, item by
 * item, where `writeJson` has JSON.stringify lay out the whole: the two must
 * agree to the byte on anything a library user can hand over, including
 * fields of odd types that only JSON.stringify knows how to write (a NaN
 * score, an offset left undefined, a flag with undefined evidence).
 */

import { Chalk } from "chalk";
import fc from "fast-check";
import { checkJsonChunks } from "../src/formats/check-json.js";
import { jsonChunks, writeJson } from "../src/formats/json.js";
import { type CheckRun, checkReport, renderJson, renderText, runTextChunks } from "../src/review/report.js";
import type { Bitext, Flag, Link, Segment } from "../src/types.js";

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom("", "Изречение.", 'a "quote"\\', "line\nbreak\t", "\ud800 lone", "😀", "\u2028\u2029", "\u0000\u001f"),
);
const number = fc.oneof(
  fc.nat({ max: 100_000 }),
  fc.constantFrom(-0, 0.5, 1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, -3),
  fc.constant(undefined as unknown as number),
);
const segment = (id: number) =>
  fc.record({ text, corrected: fc.option(text, { nil: undefined }), start: number, end: number, paragraph: number }).map(
    (g): Segment => ({
      id,
      text: g.text,
      ...(g.corrected !== undefined ? { corrected: g.corrected } : {}),
      start: g.start,
      end: g.end,
      paragraph: g.paragraph,
    }),
  );
const flag: fc.Arbitrary<Flag> = fc.record({
  type: fc.constantFrom("numbers", "names", "missing"),
  severity: fc.constantFrom("info", "warning", "error"),
  reason: text,
  evidence: fc.option(fc.dictionary(fc.constantFrom("source", "target", "x"), fc.oneof(fc.array(text, { maxLength: 2 }), number)), {
    nil: undefined,
  }),
}) as fc.Arbitrary<Flag>;
const ids = fc.array(fc.oneof(fc.nat({ max: 50 }), fc.constantFrom(Number.NaN, 1.5)), { maxLength: 3 });
const link: fc.Arbitrary<Link> = fc
  .record(
    {
      source: ids,
      target: ids,
      kind: fc.constantFrom("1-1", "1-0", "2-1", undefined),
      score: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(Number.NaN, 1, 0)),
      status: fc.constantFrom(undefined, "verified", "rejected", ""),
      correction: fc.option(text, { nil: undefined }),
      // A library user's own value where a string belongs: JSON.stringify lays it out.
      comment: fc.option(fc.oneof(text, fc.constant({ note: "x" } as unknown as string)), { nil: undefined }),
      flags: fc.option(fc.array(flag, { maxLength: 2 }), { nil: undefined }),
      explain: fc.option(
        fc.record({
          total: number,
          length: number,
          kind: number,
          lexical: number,
          numberMismatch: number,
          questionMismatch: number,
          paragraph: number,
          heading: number,
          matches: fc.array(fc.record({ source: text, target: text, kind: fc.constantFrom("number", "cognate") }), { maxLength: 2 }),
        }),
        { nil: undefined },
      ),
    },
    // Some fields left out, others present and undefined.
    { requiredKeys: ["source", "target"] },
  )
  .map((l) => l as unknown as Link);
/** Random links with only the segment ids the sides have, as a check report's places need. */
const within = (links: readonly Link[], source: readonly Segment[], target: readonly Segment[]): Link[] =>
  links.map((l) => ({
    ...l,
    source: l.source.filter((i) => Number.isInteger(i) && i < source.length),
    target: l.target.filter((j) => Number.isInteger(j) && j < target.length),
  }));

const side = fc.nat({ max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, id) => segment(id))));

describe("JSON written item by item", () => {
  test("is writeJson's text to the byte, whatever the fields hold", () => {
    fc.assert(
      fc.property(side, side, fc.array(link, { maxLength: 5 }), fc.option(text, { nil: undefined }), (source, target, links, path) => {
        const bitext: Bitext = {
          source: { lang: "bg", ...(path !== undefined ? { path } : {}), segments: source },
          target: { lang: "en", segments: target },
          links,
          model: { ratio: 1.1, variance: 2 },
        };
        expect([...jsonChunks(bitext)].join("")).toBe(writeJson(bitext));
      }),
      { numRuns: 500 },
    );
  });

  test("a long list comes in chunks that join to the whole", () => {
    const segments = Array.from(
      { length: 3000 },
      (_, id): Segment => ({ id, text: `Sentence ${id}.`, start: id * 14, end: id * 14 + 13, paragraph: id >> 4 }),
    );
    const links = segments.map((_, k): Link => ({ source: [k], target: [k], kind: "1-1", score: 0.98765, flags: [] }));
    const bitext: Bitext = { source: { lang: "bg", segments }, target: { lang: "en", segments }, links, model: { ratio: 1, variance: 2 } };
    const chunks = [...jsonChunks(bitext)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join("")).toBe(writeJson(bitext));
    // A progress bar hears how far the text is: shares rising to 1 as the chunks come (the text the same).
    const shares: number[] = [];
    const told: string[] = [];
    for (const chunk of jsonChunks(bitext, { onProgress: (share) => shares.push(share) })) {
      told.push(chunk);
      if (told.length === 3) expect(shares.length).toBeGreaterThan(0);
    }
    expect(told.join("")).toBe(writeJson(bitext));
    expect(shares.length).toBeGreaterThan(5);
    expect(shares.every((x, k) => x > 0 && x <= 1 && (k === 0 || x >= shares[k - 1]!))).toBe(true);
    expect(shares.filter((x) => x < 1).length).toBeGreaterThan(3);
    expect(shares[shares.length - 1]).toBe(1);
  });

  test("check's JSON report in pieces is renderCheckJson's text to the byte, one pair or a folder's", () => {
    const failure = fc.record({ source: text, target: text, message: text, exitCode: fc.constantFrom(1, 2) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(side, side, fc.array(link, { maxLength: 5 }), fc.option(text, { nil: undefined })), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.array(failure, { maxLength: 2 }),
        fc.boolean(),
        (pairs, failures, many) => {
          const reports = pairs.map(([source, target, links, path]) => {
            const bitext: Bitext = {
              source: { lang: "bg", ...(path !== undefined ? { path } : {}), segments: source },
              target: { lang: "en", segments: target },
              links: within(links, source, target),
              model: { ratio: 1.1, variance: 2 },
              ...(path === ""
                ? {
                    documentFlags: [
                      { type: "languages-forced", severity: "warning", reason: "x", evidence: { sourceLang: "bg", targetLang: "en" } },
                    ],
                  }
                : {}),
            };
            return checkReport(bitext, { failOn: "warning" });
          });
          const run: CheckRun = { reports, failures, failOn: "warning", many };
          expect([...checkJsonChunks(run)].join("")).toBe(renderJson(run));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("check's readable report in pieces: each pair's report, the pairs not checked and the last line, as one text made them", () => {
    const failure = fc.record({ source: text, target: text, message: text, exitCode: fc.constantFrom(1, 2) });
    const plain = new Chalk({ level: 0 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(side, side, fc.array(link, { maxLength: 5 })), { maxLength: 3 }),
        fc.array(failure, { maxLength: 2 }),
        fc.boolean(),
        (pairs, failures, many) => {
          const reports = pairs.map(([source, target, links]) =>
            checkReport(
              {
                source: { lang: "bg", segments: source },
                target: { lang: "en", segments: target },
                links: within(links, source, target),
                model: { ratio: 1.1, variance: 2 },
              },
              { failOn: "warning" },
            ),
          );
          const run: CheckRun = { reports, failures, failOn: "warning", many };
          // As the whole text was made before it came in pieces: the parts, a blank line between them for many pairs.
          const parts = reports.map((r) => renderText(r, plain, { show: "warning" }));
          for (const f of failures) parts.push(`sverka check ${f.source} → ${f.target}\n✗ not checked: ${f.message}\n`);
          const chunks = [...runTextChunks(run, plain, { show: "warning" })].join("");
          if (!many) expect(chunks).toBe(parts.join(""));
          else {
            expect(chunks.startsWith(parts.join("\n") + (parts.length > 0 ? "\n" : ""))).toBe(true);
            expect(chunks.split("\n").filter((line) => / pairs?(, \d+ not checked)?: /.test(line))).toHaveLength(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a check with many problems comes in chunks", () => {
    const segments = Array.from(
      { length: 3000 },
      (_, id): Segment => ({ id, text: `Изречение ${id}.`, start: id * 14, end: id * 14 + 13, paragraph: id }),
    );
    const targets = segments.slice(0, 1500);
    // Every other sentence left out, each its own problem between two sentences translated.
    const links = segments.map(
      (_, k): Link =>
        k % 2 === 0
          ? { source: [k], target: [k / 2], kind: "1-1", score: 0.9, flags: [] }
          : { source: [k], target: [], kind: "1-0", score: 0.9, flags: [{ type: "missing", severity: "error", reason: "not translated" }] },
    );
    const bitext: Bitext = {
      source: { lang: "bg", segments },
      target: { lang: "en", segments: targets },
      links,
      model: { ratio: 1, variance: 2 },
    };
    const run: CheckRun = { reports: [checkReport(bitext)], failures: [], failOn: "error", many: false };
    const chunks = [...checkJsonChunks(run)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(JSON.parse(chunks.join("")).problems).toHaveLength(1500);
    expect(chunks.join("")).toBe(renderJson(run));
    // The readable report too, in whole lines.
    const lines = [...runTextChunks(run, new Chalk({ level: 0 }), { show: "warning" })];
    expect(lines.length).toBeGreaterThan(1);
    for (const chunk of lines) expect(chunk.endsWith("\n")).toBe(true);
    expect(lines.join("").match(/not translated/g)).toHaveLength(1500);
  });
});
