/** What the shape of a link says: out of step with a gap beside it, or a merge or split worth knowing of. */
import { openingLabelNumber } from "../../segment/labels.js";
import type { Link } from "../../types.js";
import type { ReviewContext } from "../context.js";
import { round, roundScore } from "../text.js";
import { crosswise, sameSentence, unpairedCrosswise } from "./repeat.js";
import { ROWS_SWAPPED } from "./swapped.js";
import type { Check } from "./types.js";

/**
 * A one-to-many link beside a gap on the side it has one sentence of (1-2
 * beside 1-0, 2-1 beside 0-1): the aligner made up for a sentence that fits
 * nowhere, as a cut or replaced translation makes it do.
 */
export const outOfStep: Check = {
  name: "out of step with a gap beside",
  run: (ctx, link, k) => {
    const short = shortSide(ctx.links, k);
    if (!short) return undefined;
    const gap = [ctx.links[k - 1], ctx.links[k + 1]].find((l) => l !== undefined && l[short].length === 1 && l.kind.includes("0"));
    const id = gap?.[short][0];
    if (id !== undefined && mergeHolds(ctx, link, short, id)) return undefined;
    const n = (x: number | undefined) => (x === undefined ? "" : ` ${x + 1}`);
    return {
      type: "divergent",
      severity: "warning",
      reason:
        short === "source"
          ? `this sentence is matched with ${link.target.length} translation sentences while source sentence${n(id)} next to it has no translation: is one of them that sentence's translation, reworded, or is this translation cut short?`
          : `these ${link.source.length} source sentences are matched with one translation sentence while translation sentence${n(id)} next to it matches no source: was one of them translated as something else?`,
    };
  },
};

/**
 * Whether a merge beside a gap is a merge indeed: every sentence of its long side shares evidence (a word, a name, a
 * figure) with its one sentence, and the gap's sentence shares none with any of them ("Pressekontakt: Thomas Becker."
 * and "Telefon: +49 89 1234 5600." in "Контакт за медиите: Томас Бекер, телефон: +49 ...", beside a sentence added).
 */
function mergeHolds(ctx: ReviewContext, link: Link, short: "source" | "target", gap: number): boolean {
  const one = link[short][0]!;
  const many = short === "source" ? link.target : link.source;
  const evidence = (a: number, b: number) => (short === "source" ? ctx.evidence(a, b) : ctx.evidence(b, a));
  // Half the usual evidence for the sentence's length, as the gap check asks (a source sentence's characters; a translation
  // sentence's share of its source's).
  const usual = (x: number) => ctx.perChar * (short === "source" ? ctx.source.length(one) / many.length : ctx.source.length(x));
  // The gap's sentence may share a common word ("click" of "click Yes" and "click Next", stranger 322): a sentence of the
  // merge is its own one's when it shares several times more with it than with the gap's.
  return many.every(
    (x) => evidence(one, x) >= MERGED_SHARE * usual(x) && evidence(one, x) > 0 && evidence(gap, x) * GAP_SHARE_TIMES < evidence(one, x),
  );
}

/** How many times more a sentence of a merge beside a gap shares with its own one than with the gap's. */
const GAP_SHARE_TIMES = 4;

/** The share of the usual evidence for its length each sentence of a merge must share with the other side's one. */
const MERGED_SHARE = 0.5;

/** Which side of link k is short, if it is one-to-many beside a gap on its single side. */
function shortSide(links: readonly Link[], k: number): "source" | "target" | undefined {
  const link = links[k]!;
  const gap = (other: Link | undefined, side: "source" | "target") =>
    other !== undefined && other[side].length === 1 && other[side === "source" ? "target" : "source"].length === 0;
  if (link.source.length === 1 && link.target.length > 1 && (gap(links[k - 1], "source") || gap(links[k + 1], "source"))) return "source";
  if (link.target.length === 1 && link.source.length > 1 && (gap(links[k - 1], "target") || gap(links[k + 1], "target"))) return "target";
  return undefined;
}

/** The share of the usual evidence for its length each sentence pair of an n-n link shares, to pair one for one. */
const ONE_FOR_ONE_SHARE = 0.5;

/**
 * Whether an n-n link's sentences pair one for one in order, each pair sharing `ONE_FOR_ONE_SHARE` of its usual and
 * its length a translation's: a link the review page joined, or cut on one side only, that says nothing merged
 * (stranger 86: five rows cut into five, still "divided at other places").
 */
function oneForOne(ctx: ReviewContext, link: Link): boolean {
  if (!ctx.hasBaseline || link.source.length !== link.target.length) return false;
  return link.source.every((i, n) => {
    const j = link.target[n]!;
    return (
      ctx.evidence(i, j) >= ONE_FOR_ONE_SHARE * ctx.perChar * ctx.source.length(i) &&
      Math.abs(ctx.deviations(ctx.source.length(i), ctx.target.length(j))) < WHOLE_DEVIATIONS
    );
  });
}

/** A translation sentence of a 1-2 link is a whole translation of its source when its length lies within this many standard deviations of the usual. */
const WHOLE_DEVIATIONS = 2;

/**
 * Sentences merged or split in translation: information, for a reviewer who
 * wants to see them. Two defects hide in such links and are named as such,
 * each a warning: two sentences translated in the opposite order (a 2-2 link
 * whose sentences pair crosswise; steps of a procedure must keep their order)
 * and a sentence translated twice (a 1-2 link whose two translation sentences
 * say the same).
 */
export const mergedOrSplit: Check = {
  name: "merged or split",
  run: (ctx, link, _k, earlier) => {
    if (link.source.length <= 1 && link.target.length <= 1) return undefined;
    // Two sentences whose figures traded places are not two sentences divided elsewhere, nor in the opposite order: one cause, one flag.
    if (earlier.some((f) => f.reason.startsWith(ROWS_SWAPPED))) return undefined;
    const range = (ids: readonly number[]) =>
      ids.length === 2 ? `${ids[0]! + 1} and ${ids[1]! + 1}` : `${ids[0]! + 1}-${ids.at(-1)! + 1}`;
    const crossed = crosswise(ctx, link.source, link.target);
    const unpaired = crossed ? unpairedCrosswise(ctx, link.source, link.target) : undefined;
    if (unpaired) {
      const [i, j] = unpaired;
      const [i2, j2] = [link.source.find((x) => x !== i)!, link.target.find((x) => x !== j)!];
      return {
        type: "divergent",
        severity: "warning",
        reason: `source sentence ${i2 + 1} is translation sentence ${j2 + 1}, and source sentence ${i + 1} and translation sentence ${j + 1} have nothing in common: source sentence ${i + 1} left out and translation sentence ${j + 1} added?`,
        evidence: {
          lexical: round(ctx.evidence(i, j)),
          expected: round(ctx.perChar * ctx.source.length(i)),
          confidence: round(roundScore(link.score)),
          sourceSegment: i,
          targetSegment: j,
        },
      };
    }
    if (crossed)
      return {
        // A type of its own: a reviewer who sets merges aside (--ignore merged) still sees steps that changed places.
        type: "order",
        severity: "warning",
        reason: `these two sentences are translated in the opposite order: source sentence ${link.source[0]! + 1} is translation sentence ${link.target[1]! + 1}, and ${link.source[1]! + 1} is ${link.target[0]! + 1}`,
        evidence: { reversed: true },
      };
    if (link.source.length > 1) {
      const step = link.target.length === 1 ? stepMerged(ctx, link.source, link.target[0]!) : undefined;
      if (step)
        return {
          type: "merged",
          severity: "warning",
          reason: `source sentence ${step.sentence + 1} is a numbered step of its own ("${step.label}"), translated inside translation sentence ${link.target[0]! + 1}, which does not number it: steps merged, the translation's numbering skips ${step.number}?`,
          evidence: { sourceSegment: step.sentence, label: step.number },
        };
      return {
        type: "merged",
        severity: "info",
        reason:
          link.target.length === 1
            ? `source sentences ${range(link.source)} are translated as one sentence`
            : oneForOne(ctx, link)
              ? `source sentences ${range(link.source)} and translation sentences ${range(link.target)} pair one for one, in order: the link can be split into ${link.source.length} links`
              : `source sentences ${range(link.source)} are translated as ${link.target.length} sentences divided at other places`,
      };
    }
    // Each of the two is a whole translation of the source sentence, not half of it, and they say the same.
    const whole = (j: number) => Math.abs(ctx.deviations(ctx.source.length(link.source[0]!), ctx.target.length(j))) < WHOLE_DEVIATIONS;
    const twice = link.target.findIndex(
      (j, n) => n > 0 && whole(j) && whole(link.target[n - 1]!) && sameSentence(ctx.target, link.target[n - 1]!, j),
    );
    if (twice > 0) {
      const [a, b] = [link.target[twice - 1]!, link.target[twice]!];
      return {
        type: "added",
        severity: "warning",
        reason: `this sentence is translated twice: translation sentences ${a + 1} and ${b + 1} say the same`,
        evidence: { targetSegment: b, repeats: a },
      };
    }
    return { type: "split", severity: "info", reason: `this sentence is translated as ${link.target.length} sentences` };
  },
};

/**
 * A source sentence after the first of a merge that opens with a numbered label ("Step 6.", "6.", "Чл. 6.") whose
 * number the one translation sentence does not write: a manual's two steps made one, its numbering jumping from 5 to 7.
 */
function stepMerged(
  ctx: ReviewContext,
  source: readonly number[],
  target: number,
): { sentence: number; number: string; label: string } | undefined {
  const translation = ctx.target.text([target]);
  for (const i of source.slice(1)) {
    const text = ctx.source.text([i]);
    const number = openingLabelNumber(text, ctx.source.lang);
    if (number === undefined) continue;
    // The number anywhere in the translation as a number of its own ("Стъпки 5 и 6.") says the step is there.
    if (new RegExp(`(?<![\\p{N}.])${number.replace(/\./g, "\\.")}(?![\\p{N}])`, "u").test(translation)) continue;
    const label = text.slice(0, text.indexOf(number) + number.length + 1).trim();
    return { sentence: i, number, label };
  }
  return undefined;
}

/**
 * A numbered paragraph run into the one before it in the translation: "3. The report shall include ..." translated
 * as the second sentence of the translation's paragraph 2, without its number, the translation's numbering going 1, 2,
 * 4 (stranger 221). The sentence is there, so nothing else is flagged; the structure a memory or a reader follows is
 * not. Where both sides are set in paragraphs, a source sentence that opens its paragraph with a numbered label, and
 * a translation that neither numbers it nor starts a paragraph with it.
 */
export const paragraphRunIn: Check = {
  name: "a numbered paragraph run into the one before",
  run: (ctx, link) => {
    if (link.source.length !== 1 || link.target.length !== 1 || !ctx.source.paragraphed || !ctx.target.paragraphed) return undefined;
    const [i, j] = [link.source[0]!, link.target[0]!];
    const [source, target] = [ctx.source.side.segments, ctx.target.side.segments];
    if (i === 0 || j === 0 || source[i - 1]!.paragraph === source[i]!.paragraph || target[j - 1]!.paragraph !== target[j]!.paragraph)
      return undefined;
    const text = source[i]!.text;
    const number = openingLabelNumber(text, ctx.source.lang);
    if (number === undefined || openingLabelNumber(target[j]!.text, ctx.target.lang) !== undefined) return undefined;
    const label = text.slice(0, text.indexOf(number) + number.length + 1).trim();
    return {
      type: "merged",
      severity: "warning",
      reason: `source sentence ${i + 1} opens a numbered paragraph of its own ("${label}"), and its translation runs on in the paragraph before, without the number: paragraphs merged, the translation's numbering skips ${number}?`,
      evidence: { sourceSegment: i, label: number },
    };
  },
};
