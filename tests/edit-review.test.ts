/** Flags follow the edits: the links an edit touched, reviewed again, carry the flags `check` gives the edited bitext. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { applyChange, changeOf, type Edit, editProblem, touchedLinks } from "../src/edit/index.js";
import { readJson, writeJson } from "../src/formats/json.js";
import { align, reviewBitext, reviewTouched } from "../src/index.js";
import { problems } from "../src/review/report.js";
import type { Bitext } from "../src/types.js";
import { corpus, read, sverka } from "./helpers.js";

/** A service contract and its translation, one amount mistyped in the translation. */
const CONTRACT_BG = `Договор за услуги

Чл. 1. Изпълнителят се задължава да почиства офиса на Възложителя всеки работен ден.
Чл. 2. Възложителят заплаща месечно възнаграждение в размер на 1 250 лв. без ДДС.
Чл. 3. Плащането се извършва до 10-о число на следващия месец по банков път.
Чл. 4. Договорът влиза в сила на 1 март 2025 г. и е със срок от една година.

Чл. 5. Всяка от страните може да прекрати договора с едномесечно писмено предизвестие.
Чл. 6. Спорове се решават от компетентния съд в град София.
`;
const CONTRACT_EN = `Service Agreement

Art. 1. The Contractor shall clean the Client's office every working day.
Art. 2. The Client shall pay a monthly fee of BGN 1,520 excluding VAT.
Art. 3. Payment shall be made by bank transfer by the 10th day of the following month.
Art. 4. The Agreement enters into force on 1 March 2025 and is concluded for one year.

Art. 5. Either party may terminate the Agreement with one month's written notice.
Art. 6. Disputes shall be settled by the competent court in the city of Sofia.
`;

/** The bitext with the flags `reviewTouched` gives for what `edit` touched put in place. */
function editAndReview(b: Bitext, edit: Edit): { edited: Bitext; region: Map<number, unknown> } {
  const change = changeOf(b, edit);
  const edited = applyChange(b, change);
  const region = reviewTouched(edited, touchedLinks(change));
  return { edited: { ...edited, links: edited.links.map((l, k) => (region.has(k) ? { ...l, flags: region.get(k)! } : l)) }, region };
}

describe("flags after an edit", () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-edit-review-"));

  test("a corrected amount: the numbers flag goes, as check of the saved file says", async () => {
    const aligned = readJson(writeJson(align(CONTRACT_BG, CONTRACT_EN)));
    const k = aligned.links.findIndex((l) => l.flags?.some((f) => f.type === "numbers"));
    expect(k).toBeGreaterThan(0);
    const j = aligned.links[k]!.target[0]!;
    const text = aligned.target.segments[j]!.text.replace("1,520", "1,250");
    const { edited, region } = editAndReview(aligned, { op: "correct", side: "target", segment: j, text });
    expect(region.get(k)).toEqual([]);
    const path = join(dir, "contract.json");
    writeFileSync(path, writeJson(reviewBitext(edited)));
    const check = await sverka(["check", path, "--format", "json"]);
    const report = JSON.parse(check.stdout);
    expect(report.problems.filter((p: { links: number[] }) => p.links.includes(k))).toEqual([]);
    expect(problems(edited)).toEqual(report.problems.map(({ sourceText: _s, targetText: _t, ...p }: Record<string, unknown>) => p));
    // Before the correction, check saw it.
    writeFileSync(path, writeJson(aligned));
    const before = JSON.parse((await sverka(["check", path, "--format", "json"])).stdout);
    expect(before.problems.some((p: { type: string; links: number[] }) => p.type === "numbers" && p.links.includes(k))).toBe(true);
  });

  test("a correction that makes a new error: check quotes the corrected sentence, in text and JSON", async () => {
    const aligned = readJson(writeJson(align(CONTRACT_BG, CONTRACT_EN)));
    const k = aligned.links.findIndex((l) => l.target.some((j) => aligned.target.segments[j]!.text.startsWith("Art. 3.")));
    const j = aligned.links[k]!.target[0]!;
    const text = aligned.target.segments[j]!.text.replace("10th", "15th");
    const { edited } = editAndReview(aligned, { op: "correct", side: "target", segment: j, text });
    const path = join(dir, "corrected.json");
    writeFileSync(path, writeJson(reviewBitext(edited)));
    const report = JSON.parse((await sverka(["check", path, "--format", "json"])).stdout);
    const problem = report.problems.find((p: { links: number[] }) => p.links.includes(k));
    expect(problem.targetText).toBe(text);
    expect((await sverka(["check", path])).stdout).toContain(text);
  });

  test("two links joined by mistake: the merged flag, then split back, the flags check gives", async () => {
    const aligned = readJson(writeJson(align(CONTRACT_BG, CONTRACT_EN)));
    const joined = editAndReview(aligned, { op: "join-links", link: 2 });
    expect(joined.edited.links[2]!.flags!.map((f) => f.type)).toContain("merged");
    const path = join(dir, "joined.json");
    writeFileSync(path, writeJson(joined.edited));
    const report = JSON.parse((await sverka(["check", path, "--format", "json"])).stdout);
    const onLink = report.problems.filter((p: { links: number[] }) => p.links.includes(2)).map((p: { type: string }) => p.type);
    expect(onLink).toEqual(joined.edited.links[2]!.flags!.map((f) => f.type));
    const split = editAndReview(joined.edited, { op: "split-link", link: 2, source: 1, target: 1 });
    expect(split.edited.links.map((l) => l.flags)).toEqual(reviewBitext(split.edited).links.map((l) => l.flags));
  });

  test("a sentence detached beside an unmatched one: both are one passage now, the first link's flag says so too", () => {
    const aligned = readJson(writeJson(align(CONTRACT_BG, CONTRACT_EN)));
    const k = aligned.links.findIndex((l) => l.source.includes(2));
    // Source sentence 2 left untranslated, its translation given to sentence 3's link (a 1-2), then sentence 3 detached too.
    let b = editAndReview(aligned, { op: "detach", side: "target", segment: 2 }).edited;
    b = editAndReview(b, { op: "move-boundary", link: k + 1, side: "target", to: "next" }).edited;
    expect(b.links[k]!.flags![0]!.evidence).toMatchObject({ passageLength: 1, passageStart: k });
    const second = editAndReview(b, { op: "detach", side: "source", segment: 3 }).edited;
    const passage = second.links.filter((l) => l.kind === "1-0");
    expect(passage).toHaveLength(2);
    for (const l of passage) expect(l.flags![0]!.evidence).toMatchObject({ passageLength: 2, passageStart: k });
    expect(second.links.map((l) => l.flags)).toEqual(reviewBitext(second).links.map((l) => l.flags));
    // A third, two links away from the passage's first: its evidence changes all the same.
    b = editAndReview(second, { op: "move-boundary", link: k + 2, side: "target", to: "next" }).edited;
    b = editAndReview(b, { op: "move-boundary", link: k + 2, side: "target", to: "next" }).edited;
    const third = editAndReview(b, { op: "detach", side: "source", segment: 4 }).edited;
    expect(third.links[k]!.flags![0]!.evidence).toMatchObject({ passageLength: 3, passageStart: k });
    expect(third.links.map((l) => l.flags)).toEqual(reviewBitext(third).links.map((l) => l.flags));
  });

  test("any edit: the links reviewed again carry exactly the flags a whole review of the edited bitext gives them", () => {
    const source = read(corpus("handmade-bg-en", "bg.txt"));
    const target = read(corpus("handmade-bg-en", "en.txt"));
    const aligned = readJson(writeJson(align(source, target)));
    const seed = fc.record({
      op: fc.constantFrom<Edit["op"]>(
        "join-links",
        "split-link",
        "move-boundary",
        "detach",
        "attach",
        "split-segment",
        "join-segments",
        "correct",
      ),
      a: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      b: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      source: fc.boolean(),
      previous: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(seed, { minLength: 1, maxLength: 3 }), (seeds) => {
        let b = aligned;
        for (const s of seeds) {
          const side = s.source ? "source" : "target";
          const link = Math.floor(s.a * b.links.length);
          const segment = Math.floor(s.a * b[side].segments.length);
          const l = b.links[link]!;
          const g = b[side].segments[segment]!;
          const to = s.previous ? "previous" : "next";
          const edit: Edit = {
            "join-links": { op: "join-links", link } as const,
            "split-link": {
              op: "split-link",
              link,
              source: Math.ceil(s.b * l.source.length),
              target: Math.floor(s.b * l.target.length),
            } as const,
            "move-boundary": { op: "move-boundary", link, side, to } as const,
            detach: { op: "detach", side, segment } as const,
            attach: { op: "attach", side, segment, to } as const,
            "split-segment": { op: "split-segment", side, segment, offset: Math.max(1, Math.floor(s.b * g.text.length)) } as const,
            "join-segments": { op: "join-segments", side, segment } as const,
            correct: { op: "correct", side, segment, text: g.text.replace(/\d/g, "7") } as const,
          }[s.op as "join-links"];
          if (editProblem(b, edit)) continue;
          const { edited, region } = editAndReview(b, edit);
          const whole = reviewBitext(edited);
          for (const [k, flags] of region) expect(flags).toEqual(whole.links[k]!.flags);
          b = edited;
        }
      }),
      { numRuns: 30 },
    );
  });
});
