/** The alignment editor's edits (src/edit): each operation, and invariants over random sequences of them (fast-check). */
import { deepStrictEqual } from "node:assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { applyChange, applyEdit, type Change, changeOf, type Edit, editProblem, invertChange, touchedLinks } from "../src/edit/index.js";
import { readJson, writeJson } from "../src/formats/json.js";
import { align, formats, reviewBitext } from "../src/index.js";
import { readTmx } from "../src/read/tm.js";
import type { Bitext, Link } from "../src/types.js";
import { corpus, read, TMX_DTD, testNeeding, validateTmx, XMLLINT } from "./helpers.js";

/** A small bitext by hand: source "A. B. C. D.", target "a. b. c.", links 0-0, 1-1, 2-2, 3-[]. */
function small(): { bitext: Bitext; source: string; target: string } {
  const source = "Едно. Две три.\n\nЧетири. Пет.";
  const target = "One. Two three.\n\nFour.";
  const seg = (text: string, whole: string, id: number, paragraph: number) => {
    const start = whole.indexOf(text);
    return { id, text, start, end: start + text.length, paragraph };
  };
  const link = (s: number[], t: number[], score = 0.9): Link => ({
    source: s,
    target: t,
    kind: `${s.length}-${t.length}`,
    score,
    flags: [],
  });
  const bitext: Bitext = {
    source: {
      lang: "bg",
      segments: [seg("Едно.", source, 0, 0), seg("Две три.", source, 1, 0), seg("Четири.", source, 2, 1), seg("Пет.", source, 3, 1)],
    },
    target: { lang: "en", segments: [seg("One.", target, 0, 0), seg("Two three.", target, 1, 0), seg("Four.", target, 2, 1)] },
    links: [link([0], [0]), link([1], [1]), link([2], [2]), link([3], [], 0.7)],
    model: { ratio: 1, variance: 6.8 },
  };
  return { bitext, source, target };
}

const shape = (b: Bitext) => b.links.map((l) => `${l.source.join(",")}|${l.target.join(",")}`).join(" ");

describe("each edit", () => {
  test("join links: 1-1 + 1-1 is 2-2, 1-0 + 0-1 is 1-1; split gives them back", () => {
    const { bitext } = small();
    const joined = applyEdit(bitext, { op: "join-links", link: 0 });
    expect(shape(joined)).toBe("0,1|0,1 2|2 3|");
    expect(joined.links[0]).toEqual({ source: [0, 1], target: [0, 1], kind: "2-2", score: 1 });
    expect(shape(applyEdit(joined, { op: "split-link", link: 0, source: 1, target: 1 }))).toBe(shape(bitext));
    const gap = applyEdit(bitext, { op: "detach", side: "target", segment: 2 });
    expect(shape(gap)).toBe("0|0 1|1 2| |2 3|");
    expect(shape(applyEdit(gap, { op: "join-links", link: 2 }))).toBe("0|0 1|1 2|2 3|");
    expect(editProblem(bitext, { op: "join-links", link: 3 })).toMatch(/last link/);
    expect(editProblem(bitext, { op: "split-link", link: 0, source: 0, target: 0 })).toMatch(/at least one segment/);
    expect(editProblem(bitext, { op: "split-link", link: 0, source: 2, target: 0 })).toMatch(/cannot take 2/);
  });

  test("move a boundary: the last source sentence of a link goes to the next link, and back", () => {
    const { bitext } = small();
    const two = applyEdit(bitext, { op: "join-links", link: 0 });
    const moved = applyEdit(two, { op: "move-boundary", link: 0, side: "source", to: "next" });
    expect(shape(moved)).toBe("0|0,1 1,2|2 3|");
    expect(shape(applyEdit(moved, { op: "move-boundary", link: 1, side: "source", to: "previous" }))).toBe(shape(two));
    // A link left with nothing goes.
    expect(shape(applyEdit(bitext, { op: "move-boundary", link: 3, side: "source", to: "previous" }))).toBe("0|0 1|1 2,3|2");
    expect(editProblem(bitext, { op: "move-boundary", link: 0, side: "source", to: "previous" })).toMatch(/first/);
  });

  test("detach and attach", () => {
    const { bitext } = small();
    expect(shape(applyEdit(bitext, { op: "detach", side: "source", segment: 1 }))).toBe("0|0 1| |1 2|2 3|");
    expect(editProblem(bitext, { op: "detach", side: "source", segment: 3 })).toMatch(/already unmatched/);
    const three = applyEdit(applyEdit(bitext, { op: "join-links", link: 0 }), { op: "join-links", link: 0 });
    expect(editProblem(three, { op: "detach", side: "source", segment: 1 })).toMatch(/middle/);
    expect(shape(applyEdit(three, { op: "detach", side: "source", segment: 0 }))).toBe("0| 1,2|0,1,2 3|");
    expect(shape(applyEdit(three, { op: "detach", side: "target", segment: 2 }))).toBe("0,1,2|0,1 |2 3|");
    expect(shape(applyEdit(bitext, { op: "attach", side: "source", segment: 3, to: "previous" }))).toBe("0|0 1|1 2,3|2");
    expect(editProblem(bitext, { op: "attach", side: "source", segment: 3, to: "next" })).toMatch(/no next link/);
    expect(editProblem(bitext, { op: "attach", side: "source", segment: 2, to: "previous" })).toMatch(/detach it first/);
  });

  test("split a segment: ids renumbered, offsets inside the original span, the link holds both parts", () => {
    const { bitext, source } = small();
    const cut = applyEdit(bitext, { op: "split-segment", side: "source", segment: 1, offset: 4 });
    expect(cut.source.segments.map((g) => g.text)).toEqual(["Едно.", "Две", "три.", "Четири.", "Пет."]);
    expect(cut.source.segments.map((g) => g.id)).toEqual([0, 1, 2, 3, 4]);
    for (const g of cut.source.segments) expect(source.slice(g.start, g.end)).toBe(g.text);
    expect(shape(cut)).toBe("0|0 1,2|1 3|2 4|");
    expect(cut.links[1]!.kind).toBe("2-1");
    expect(touchedLinks(changeOf(bitext, { op: "split-segment", side: "source", segment: 1, offset: 4 }))).toEqual([1]);
    // Joined again: the same segments as before.
    const back = applyEdit(cut, { op: "join-segments", side: "source", segment: 1 });
    expect(back.source).toEqual(bitext.source);
    expect(editProblem(bitext, { op: "split-segment", side: "source", segment: 1, offset: 0 })).toMatch(/inside the text/);
    expect(editProblem(bitext, { op: "split-segment", side: "source", segment: 1, offset: 3 })).toBeUndefined();
    expect(editProblem(bitext, { op: "join-segments", side: "source", segment: 1 })).toMatch(/different links/);
  });

  test("a joined segment covers both spans, across a paragraph break keeps the first's paragraph", () => {
    const { bitext } = small();
    const one = applyEdit(bitext, { op: "join-links", link: 1 });
    const joined = applyEdit(one, { op: "join-segments", side: "source", segment: 1 });
    // The blank line between stays in the joined text: it is the input from the first's start to the second's end.
    expect(joined.source.segments[1]).toEqual({ id: 1, text: "Две три.\n\nЧетири.", start: 6, end: 23, paragraph: 0 });
    expect(joined.source.segments[2]).toEqual({ ...bitext.source.segments[3], id: 2 });
    expect(shape(joined)).toBe("0|0 1|1,2 2|");
  });

  test("a segment joined across a paragraph break and cut again elsewhere finds both halves in the input exactly", () => {
    const { bitext, source } = small();
    const one = applyEdit(bitext, { op: "join-links", link: 1 });
    const joined = applyEdit(one, { op: "join-segments", side: "source", segment: 1 });
    // Cut inside the first sentence ("Две | три.\n\nЧетири.") and inside the second ("Две три.\n\nЧе | тири.").
    for (const offset of [4, 13]) {
      const cut = applyEdit(joined, { op: "split-segment", side: "source", segment: 1, offset });
      for (const g of cut.source.segments.slice(1, 3)) expect(source.slice(g.start, g.end)).toBe(g.text);
    }
  });

  test("correct a segment: the text read stays, the corrected one goes to TMX and TSV; its original again removes the correction", () => {
    const { bitext } = small();
    const fixed = applyEdit(bitext, { op: "correct", side: "target", segment: 1, text: "Two, three." });
    expect(fixed.target.segments[1]).toEqual({ ...bitext.target.segments[1], corrected: "Two, three." });
    expect(fixed.links[1]!.score).toBe(0.9);
    const tmx = formats.tmx.write(fixed, { date: new Date(0) });
    expect(tmx).toContain("<seg>Two, three.</seg>");
    expect(tmx).not.toContain("<seg>Two three.</seg>");
    expect(formats.tsv.write(fixed)).toContain("Две три.\tTwo, three.\t");
    const json = writeJson(fixed);
    expect(readJson(json).target.segments[1]).toEqual(fixed.target.segments[1]);
    expect(applyEdit(fixed, { op: "correct", side: "target", segment: 1, text: "Two three." }).target).toEqual(bitext.target);
    expect(editProblem(bitext, { op: "correct", side: "target", segment: 1, text: "  " })).toMatch(/cannot be empty/);
    expect(editProblem(fixed, { op: "split-segment", side: "target", segment: 1, offset: 3 })).toMatch(/corrected/);
  });

  testNeeding([XMLLINT, TMX_DTD], "a corrected text with markup characters: the TMX is valid against the TMX 1.4 DTD (xmllint)", () => {
    const { bitext } = small();
    const fixed = applyEdit(bitext, { op: "correct", side: "target", segment: 0, text: 'One <b> & "two" \u0007' });
    const dir = mkdtempSync(join(tmpdir(), "sverka-edit-"));
    const file = join(dir, "fixed.tmx");
    writeFileSync(file, formats.tmx.write(fixed));
    expect(read(file)).toContain("<seg>One &lt;b&gt; &amp; &quot;two&quot; </seg>");
    expect(validateTmx([file])).toEqual({ status: 0, stderr: "" });
  });

  test("verify, reject, clear; verify every link at or above a confidence", () => {
    const { bitext } = small();
    const v = applyEdit(bitext, { op: "status", link: 2, status: "rejected" });
    expect(v.links[2]!.status).toBe("rejected");
    expect(applyEdit(v, { op: "status", link: 2, status: null }).links[2]).toEqual(bitext.links[2]);
    const flagged = {
      ...v,
      links: v.links.map((l, k) => (k === 1 ? { ...l, flags: [{ type: "numbers", severity: "error", reason: "x" }] } : l)),
    } as Bitext;
    const all = applyEdit(flagged, { op: "verify-above", score: 0.8 });
    expect(all.links.map((l) => l.status)).toEqual(["verified", undefined, "rejected", undefined]);
    expect(editProblem(all, { op: "verify-above", score: 0.8 })).toMatch(/no link/);
    // A link just made by an edit has no flags yet: it waits for its review.
    const joined = applyEdit(bitext, { op: "join-links", link: 0 });
    expect(applyEdit(joined, { op: "verify-above", score: 0.5 }).links.map((l) => l.status)).toEqual([undefined, "verified", "verified"]);
    expect(editProblem(all, { op: "verify-above", score: 2 })).toMatch(/0 to 1/);
  });

  test("an edit that breaks a rule is refused, with the reason, and nothing changes", () => {
    const { bitext } = small();
    expect(() => applyEdit(bitext, { op: "join-links", link: 9 })).toThrow("cannot join links: there is no link 10 (links 1-4)");
    expect(editProblem(bitext, { op: "nothing" } as unknown as Edit)).toMatch(/unknown edit/);
    expect(editProblem(bitext, { op: "detach", side: "left", segment: 0 } as unknown as Edit)).toMatch(/side/);
  });
});

/** An edit for the bitext as it is now, from random numbers: most are possible, some are not. */
const editSeed = fc.record({
  op: fc.constantFrom<Edit["op"]>(
    "join-links",
    "split-link",
    "move-boundary",
    "detach",
    "attach",
    "split-segment",
    "join-segments",
    "correct",
    "translate",
    "status",
    "verify-above",
  ),
  a: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  b: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  c: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  source: fc.boolean(),
  previous: fc.boolean(),
  text: fc.string({ minLength: 1, maxLength: 12 }),
});
type Seed = typeof editSeed extends fc.Arbitrary<infer T> ? T : never;

function editFrom(b: Bitext, s: Seed): Edit {
  const side = s.source ? "source" : "target";
  const link = Math.floor(s.a * (b.links.length + 1)) - (s.c < 0.05 ? 1 : 0);
  const segment = Math.floor(s.a * (b[side].segments.length + 1));
  const to = s.previous ? "previous" : "next";
  const l = b.links[Math.min(link, b.links.length - 1)];
  switch (s.op) {
    case "join-links":
      return { op: s.op, link };
    case "split-link":
      return {
        op: s.op,
        link,
        source: Math.floor(s.b * ((l?.source.length ?? 0) + 1)),
        target: Math.floor(s.c * ((l?.target.length ?? 0) + 1)),
      };
    case "move-boundary":
      return { op: s.op, link, side, to };
    case "detach":
    case "join-segments":
      return { op: s.op, side, segment };
    case "attach":
      return { op: s.op, side, segment, to };
    case "split-segment":
      return { op: s.op, side, segment, offset: Math.floor(s.b * ((b[side].segments[segment]?.text.length ?? 0) + 1)) };
    case "correct":
      return { op: s.op, side, segment, text: s.c < 0.3 ? (b[side].segments[segment]?.text ?? s.text) : s.text };
    case "translate":
      return { op: s.op, link, text: s.b < 0.2 ? "" : s.text };
    case "status":
      return { op: s.op, link, status: s.b < 0.4 ? "verified" : s.b < 0.8 ? "rejected" : null };
    case "verify-above":
      return { op: s.op, score: s.b };
  }
}

const fold = (t: string) => t.replace(/\s+/gu, " ").trim();

/** What `export` checks (the JSON read back), and offsets that still find each segment in its input. */
function expectValid(b: Bitext, inputs: { source: string; target: string }): void {
  const back = readJson(writeJson(b));
  expect(back.links.map((l) => [l.source, l.target, l.kind])).toEqual(b.links.map((l) => [l.source, l.target, l.kind]));
  for (const side of ["source", "target"] as const) {
    expect(back[side].segments).toEqual(b[side].segments);
    let last = 0;
    let paragraph = 0;
    for (const g of b[side].segments) {
      expect(g.start).toBeGreaterThanOrEqual(last);
      expect(g.end).toBeGreaterThanOrEqual(g.start);
      expect(g.paragraph).toBeGreaterThanOrEqual(paragraph);
      // The text as read is the input's, white space aside (a join puts a space for the line break between).
      expect(fold(g.text)).toBe(fold(inputs[side].slice(g.start, g.end)));
      last = g.end;
      paragraph = g.paragraph;
    }
  }
}

describe("edit invariants (fast-check)", () => {
  const source = read(corpus("handmade-bg-en", "bg.txt"));
  const target = read(corpus("handmade-bg-en", "en.txt"));
  const aligned = readJson(writeJson(align(source, target)));

  test("any sequence of edits leaves a bitext export accepts; undoing them all gives the original back exactly", () => {
    const frozen = JSON.parse(JSON.stringify(aligned));
    fc.assert(
      fc.property(fc.array(editSeed, { maxLength: 25 }), (seeds) => {
        let b = aligned;
        const done: Change[] = [];
        for (const seed of seeds) {
          const edit = editFrom(b, seed);
          const problem = editProblem(b, edit);
          if (problem) {
            expect(() => changeOf(b, edit)).toThrow(problem);
            continue;
          }
          const change = changeOf(b, edit);
          const next = applyChange(b, change);
          expectValid(next, { source, target });
          // The links it names are the ones that differ, and only those lost their flags.
          for (const k of touchedLinks(change)) expect(next.links[k]).toBeDefined();
          expect(next.links.length).toBe(b.links.length + change.inserted.length - change.removed.length);
          done.push(change);
          b = next;
        }
        for (const change of done.reverse()) b = applyChange(b, invertChange(change));
        deepStrictEqual(b, aligned);
        // Nothing was changed in place.
        deepStrictEqual(aligned, frozen);
      }),
      { numRuns: 300 },
    );
  });

  test("edits are plain JSON: replayed from their JSON they give the same bitext", () => {
    fc.assert(
      fc.property(fc.array(editSeed, { maxLength: 15 }), (seeds) => {
        let b = aligned;
        const log: Edit[] = [];
        for (const seed of seeds) {
          const edit = editFrom(b, seed);
          if (editProblem(b, edit)) continue;
          log.push(edit);
          b = applyEdit(b, edit);
        }
        const replayed = (JSON.parse(JSON.stringify(log)) as Edit[]).reduce(applyEdit, aligned);
        deepStrictEqual(replayed, b);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the issue's scenario: three links broken by hand, repaired", () => {
  test("a 1-1 made 2-2, a sentence moved to the wrong link, a sentence split in the wrong place: three edits give the gold's TMX back", () => {
    const source = read(corpus("handmade-bg-en", "bg.txt"));
    const target = read(corpus("handmade-bg-en", "en.txt"));
    const gold = align(source, target);
    expect(gold.links.map((l) => `[${l.source.join(", ")}]:[${l.target.join(", ")}]`).join("\n")).toBe(
      read(corpus("handmade-bg-en", "gold.links")).trim(),
    );
    const wrongCut = gold.source.segments[5]!.text.indexOf("„Това");
    expect(wrongCut).toBeGreaterThan(0);
    const broken = readJson(
      writeJson(
        [
          { op: "split-segment", side: "source", segment: 5, offset: wrongCut },
          { op: "join-links", link: 7 },
          { op: "move-boundary", link: 10, side: "target", to: "previous" },
        ].reduce<Bitext>((b, e) => applyEdit(b, e as Edit), gold),
      ),
    );
    // The units' texts and places: a link an edit made scores 1, the aligner's its own confidence (read back since stranger 210).
    const units = (b: Bitext) =>
      readTmx(formats.tmx.write(reviewBitext(b), { date: new Date(0), dropFlagged: "none" }), "x.tmx").units.map(
        ({ score: _s, ...u }) => u,
      );
    expect(units(broken)).not.toEqual(units(gold));
    const repaired = (
      [
        { op: "join-segments", side: "source", segment: 5 },
        { op: "split-link", link: 7, source: 1, target: 1 },
        { op: "move-boundary", link: 10, side: "target", to: "next" },
      ] as Edit[]
    ).reduce(applyEdit, broken);
    expect(shape(repaired)).toBe(shape(gold));
    expect(units(repaired)).toEqual(units(gold));
    expect(repaired.source.segments).toEqual(gold.source.segments);
  });
});
