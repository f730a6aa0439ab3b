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

/** Per review: the 1-1 links of a heading to a heading, by the translation's text, then by the source's (letters alone). */
const byTranslation = new WeakMap<ReviewContext, Map<string, Map<string, number[]>>>();

function headingsOf(ctx: ReviewContext): Map<string, Map<string, number[]>> {
  let out = byTranslation.get(ctx);
  if (out) return out;
  const groups = new Map<string, Map<string, number[]>>();
  ctx.links.forEach((l, k) => {
    if (l.source.length !== 1 || l.target.length !== 1) return;
    const [i, j] = [l.source[0]!, l.target[0]!];
    if (!isHeading(ctx.bitext.source, ctx.source.paragraphed, i) || !isHeading(ctx.bitext.target, ctx.target.paragraphed, j)) return;
    const key = sentenceKey(ctx.bitext.target.segments[j]!.text);
    if (key === "") return;
    const bySource = groups.get(key) ?? new Map<string, number[]>();
    groups.set(key, bySource);
    const sourceKey = sentenceKey(ctx.bitext.source.segments[i]!.text);
    const list = bySource.get(sourceKey);
    if (list) list.push(k);
    else bySource.set(sourceKey, [k]);
  });
  // Only translations given to two source headings or more are asked about.
  out = new Map([...groups].filter(([, bySource]) => bySource.size > 1));
  byTranslation.set(ctx, out);
  return out;
}

/** How many other places a flag names in its evidence: a template's heading repeated 5,000 times is named by its first few. */
const NAMED_PLACES = 5;

export const headingCopied: Check = {
  name: "a heading translated as another heading",
  run: (ctx, link, k) => {
    if (link.source.length !== 1 || link.target.length !== 1) return undefined;
    const [i, j] = [link.source[0]!, link.target[0]!];
    const headings = headingsOf(ctx);
    if (headings.size === 0) return undefined;
    const bySource = headings.get(sentenceKey(ctx.bitext.target.segments[j]!.text));
    const ownKey = sentenceKey(ctx.bitext.source.segments[i]!.text);
    if (!bySource?.get(ownKey)?.includes(k)) return undefined;
    const words = (id: number) => ctx.source.tokens(id).filter((t) => t.kind === "word");
    // Their words of content: "на" of "Премахване на котления камък" and "Отстраняване на неизправности" says nothing.
    const stems = (id: number) => new Set(words(id).flatMap((t) => (ctx.common(t) ? [] : [t.stem])));
    if (words(i).length < MIN_WORDS) return undefined;
    const mine = stems(i);
    // Another heading of the source, two words or more, sharing no word with this one, translated the same: each other
    // source heading once (a template's heading repeats).
    const others: number[] = [];
    let total = 0;
    for (const [sourceKey, list] of bySource) {
      if (sourceKey === ownKey) continue;
      const other = ctx.links[list[0]!]!.source[0]!;
      if (words(other).length < MIN_WORDS || [...stems(other)].some((s) => mine.has(s))) continue;
      total += list.length;
      for (const q of list) if (others.length < NAMED_PLACES) others.push(q);
    }
    if (others.length === 0) return undefined;
    const first = ctx.links[others[0]!]!.source[0]!;
    return {
      type: "consistency",
      severity: "warning",
      reason: `this heading's translation is also that of source heading ${first + 1} ("${clip(ctx.bitext.source.segments[first]!.text.trim(), QUOTED_CHARS)}"), another heading: one of them copied from the other?`,
      evidence: {
        kind: "translated-the-same",
        links: others,
        total,
        source: others.map((q) => ctx.links[q]!.source[0]!),
        target: others.map((q) => ctx.links[q]!.target[0]!),
      },
    } satisfies Flag;
  },
};
