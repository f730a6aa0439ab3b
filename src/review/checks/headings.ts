/**
 * Headings: a line of its own, short, with no closing mark. A heading translated as another heading of the document
 * ("Отстраняване на неизправности" given "Specifications", the translation of "Технически данни" further on: a heading
 * copied in a CAT tool) reads well alone; only the document shows it.
 */
import type { Flag, Side } from "../../types.js";
import type { ReviewContext } from "../context.js";
import { clip, sentenceKey } from "../text.js";
import type { Check } from "./types.js";

/** The longest heading, in characters. */
const HEADING_CHARS = 80;
/** A sentence's closing mark, closing quotes or brackets after it: a heading has none. */
const CLOSED = /[.!?…;:]["'»“”’)\]]*\s*$/u;
/** Words a source heading has at least to be compared: one-word headings ("Внимание", "Предупреждение": "Warning") are said alike rightly. */
const MIN_WORDS = 2;
/** How much of the other heading a reason quotes. */
const QUOTED_CHARS = 60;

/** Whether segment k of a side is a heading: short, no closing mark, the whole of its paragraph in a text of paragraphs. */
export function isHeading(side: Side, paragraphed: boolean, k: number): boolean {
  const segment = side.segments[k];
  if (!paragraphed || !segment) return false;
  const text = segment.text.trim();
  return (
    text.length > 0 &&
    text.length <= HEADING_CHARS &&
    !CLOSED.test(text) &&
    side.segments[k - 1]?.paragraph !== segment.paragraph &&
    side.segments[k + 1]?.paragraph !== segment.paragraph
  );
}

/** Per review: the 1-1 links of a heading to a heading, by the translation's text (its letters alone). */
const byTranslation = new WeakMap<ReviewContext, Map<string, number[]>>();

function headingsOf(ctx: ReviewContext): Map<string, number[]> {
  let out = byTranslation.get(ctx);
  if (out) return out;
  out = new Map();
  ctx.links.forEach((l, k) => {
    if (l.source.length !== 1 || l.target.length !== 1) return;
    const [i, j] = [l.source[0]!, l.target[0]!];
    if (!isHeading(ctx.bitext.source, ctx.source.paragraphed, i) || !isHeading(ctx.bitext.target, ctx.target.paragraphed, j)) return;
    const key = sentenceKey(ctx.bitext.target.segments[j]!.text);
    if (key === "") return;
    const list = out!.get(key);
    if (list) list.push(k);
    else out!.set(key, [k]);
  });
  byTranslation.set(ctx, out);
  return out;
}

export const headingCopied: Check = {
  name: "a heading translated as another heading",
  run: (ctx, link, k) => {
    if (link.source.length !== 1 || link.target.length !== 1) return undefined;
    const [i, j] = [link.source[0]!, link.target[0]!];
    const same = headingsOf(ctx).get(sentenceKey(ctx.bitext.target.segments[j]!.text));
    if (!same || same.length < 2 || !same.includes(k)) return undefined;
    // Their words of content: "на" of "Премахване на котления камък" and "Отстраняване на неизправности" says nothing.
    const stems = (id: number) => new Set(ctx.source.tokens(id).flatMap((t) => (t.kind === "word" && !ctx.common(t) ? [t.stem] : [])));
    if (ctx.source.tokens(i).filter((t) => t.kind === "word").length < MIN_WORDS) return undefined;
    const mine = stems(i);
    const ownKey = sentenceKey(ctx.bitext.source.segments[i]!.text);
    // Another heading of the source, two words or more, sharing no word with this one, translated the same.
    const others = same.filter((q) => {
      if (q === k) return false;
      const other = ctx.links[q]!.source[0]!;
      if (sentenceKey(ctx.bitext.source.segments[other]!.text) === ownKey) return false;
      const theirs = stems(other);
      return ctx.source.tokens(other).filter((t) => t.kind === "word").length >= MIN_WORDS && ![...theirs].some((s) => mine.has(s));
    });
    if (others.length === 0) return undefined;
    const first = ctx.links[others[0]!]!.source[0]!;
    return {
      type: "consistency",
      severity: "warning",
      reason: `this heading's translation is also that of source heading ${first + 1} ("${clip(ctx.bitext.source.segments[first]!.text.trim(), QUOTED_CHARS)}"), another heading: one of them copied from the other?`,
      evidence: {
        kind: "translated-the-same",
        links: others,
        total: others.length,
        source: others.map((q) => ctx.links[q]!.source[0]!),
        target: others.map((q) => ctx.links[q]!.target[0]!),
      },
    } satisfies Flag;
  },
};
