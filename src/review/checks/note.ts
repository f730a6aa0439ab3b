/**
 * A translator's note linked as the translation of a source sentence: "Ръководството очаква ръст..." with "Translator's
 * note: the amounts are given in Bulgarian leva". The sentence beside the note went untranslated, and the pair would go
 * into a memory as a unit.
 */
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag, Link } from "../../types.js";
import type { ReviewContext } from "../context.js";
import { clip, round, roundScore } from "../text.js";
import type { Check } from "./types.js";

/** How much of the note a reason quotes. */
const QUOTED_CHARS = 60;
/** Marks a note may open with before its words: "(Translator's note: ...)", "[Бел. прев. ...]", "* TN: ...". */
const OPENING_MARKS = /^[\s([{*—–-]+/u;

/** Whether a text opens as the language's translator's notes do (`LanguageData.translatorNotes`). */
export function isTranslatorNote(text: string, lang: LanguageProfile): boolean {
  return opensWith(text, lang.translatorNotes);
}

/** Whether a text opens, past opening marks, with one of `openers` (lowercase): a note's or a certification's words. */
export function opensWith(text: string, openers: readonly string[] | undefined): boolean {
  if (!openers?.length) return false;
  const head = text.replace(OPENING_MARKS, "").slice(0, 40).toLowerCase();
  return openers.some((o) => head.startsWith(o));
}

/**
 * A link (1-1, or as many sentences a side) one of whose translation
 * sentences is a translator's note, its source sentence none: a warning that
 * the source sentence may be left untranslated. A link with more translation
 * sentences than source ones, one a note the source has not (a 1-2 of a
 * sentence and the note after it): a warning that the unit would put the note
 * into a memory. Per-language openers; a language without them is not judged.
 */
export const translatorNote: Check = {
  name: "a translator's note linked as a translation",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length === 0 || link.target.length < link.source.length || !ctx.target.lang.translatorNotes) return undefined;
    const n = link.target.findIndex((j) => isTranslatorNote(ctx.target.side.segments[j]!.text, ctx.target.lang));
    if (n < 0) return undefined;
    if (link.target.length > link.source.length) return addedNote(ctx, link, link.target[n]!);
    const i = link.source[n]!;
    const j = link.target[n]!;
    // The source's own note, translated: a pair as it should be.
    if (isTranslatorNote(ctx.source.side.segments[i]!.text, ctx.source.lang)) return undefined;
    const several = link.source.length > 1;
    return {
      type: "divergent",
      severity: "warning",
      reason: `${several ? `translation sentence ${j + 1}` : "the translation"} is a translator's note ("${clip(ctx.target.text([j]), QUOTED_CHARS)}"), not a translation of source sentence ${i + 1}: is that sentence left untranslated?`,
      evidence: {
        lexical: round(pairsEvidence(ctx, link)),
        expected: round(ctx.perChar * ctx.source.length(i)),
        confidence: round(roundScore(link.score)),
        ...(several ? { sourceSegment: i, targetSegment: j } : {}),
      },
    } satisfies Flag;
  },
};

/** A translator's note, target sentence j, joined to the translation of a source that has none (a 1-2 link). */
function addedNote(ctx: ReviewContext, link: Link, j: number): Flag | undefined {
  if (link.source.some((i) => isTranslatorNote(ctx.source.side.segments[i]!.text, ctx.source.lang))) return undefined;
  return {
    type: "divergent",
    severity: "warning",
    reason: `translation sentence ${j + 1} is a translator's note ("${clip(ctx.target.text([j]), QUOTED_CHARS)}"), which the source does not have: as one unit with the translation, it would go into a memory`,
    evidence: {
      lexical: round(pairsEvidence(ctx, link)),
      expected: round(ctx.perChar * ctx.source.text(link.source).length),
      confidence: round(roundScore(link.score)),
      targetSegment: j,
    },
  };
}

/** The lexical evidence of every source sentence of a link with every translation sentence of it, summed. */
function pairsEvidence(ctx: ReviewContext, link: Link): number {
  let evidence = 0;
  for (const s of link.source) for (const t of link.target) evidence += ctx.evidence(s, t);
  return evidence;
}
