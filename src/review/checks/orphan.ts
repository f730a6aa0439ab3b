/** A sentence left untranslated (or added) that the aligner tucked into its neighbour's link rather than leave alone. */

import { narrowable } from "../../lang/chars.js";
import type { Link } from "../../types.js";
import { MIN_EXPECTED_EVIDENCE, type ReviewContext, type SideInfo } from "../context.js";
import { contentChars, roomBeside, uncoveredTail } from "../coverage.js";
import { clip, finalMark, round } from "../text.js";
import type { Check } from "./types.js";
import { heldShare, targetStems, usualTranslationOfSentence } from "./usual.js";
import { spelledOf } from "./written.js";

/** A merged sentence that shares nothing is flagged when the link without it lies within this many standard deviations of the usual length... */
const REST_DEVIATIONS = 2;
/** ...or within this many, when the rest also shares at least `REST_SHARE` of the usual evidence with it. */
const SHARING_REST_DEVIATIONS = 2.5;
const REST_SHARE = 0.6;
/**
 * A merged sentence that adds at most this share of its usual evidence to
 * what the rest of the link already shares with the translation (the names
 * and topic words of one story are in both) is flagged when the rest lies
 * within `REST_DEVIATIONS`.
 */
const ADDED_SHARE = 0.1;
/**
 * A sentence at the start (or end) of a merge sharing at most this share of
 * its usual evidence is flagged when the rest's own words leave less than
 * `ROOM_SHARE` of its translation's expected length free at that end of the
 * translation, and the rest lies within `ROOMLESS_DEVIATIONS`.
 */
const ROOMLESS_RATIO = 0.4;
const ROOM_SHARE = 0.35;
const ROOMLESS_DEVIATIONS = 3.5;
/** Paragraphs are trusted to tell a merge across them when the two sides' paragraph counts are at least this close (see `PairFeatures.paragraphWeight`). */
const PARAGRAPH_TRUST = 0.5;
/** A label in capitals alone, longer than an acronym, with its mark ("ВНИМАНИЕ!", "ACHTUNG!"). */
const LABEL = narrowable(String.raw`^\s*\p{Lu}{5,}\s*[!:]\s*$`, "u");
/** A sentence opening with a label in capitals and its mark ("WARNING: Do not..."). */
const LABEL_OPENS = narrowable(String.raw`^\s*\p{Lu}{4,}\s*[!:]`, "u");
/** How much of a sentence a reason quotes. */
const QUOTED_CHARS = 80;

/** What shows the sentence is not translated: it shares nothing, lacks the "?" or "!" it ends with, adds nothing to its neighbour's evidence (nor any of its numbers), leaves no room, or lies in another paragraph. */
type Why = "nothing" | "mark" | "neighbour" | "numbers" | "room" | "paragraph" | "usual" | "speech";

interface Orphan {
  readonly side: "source" | "target";
  readonly id: number;
  readonly why: Why;
  readonly evidence: number;
  readonly expected: number;
  readonly deviationsWithout: number;
  readonly mark?: "?" | "!";
  /** Evidence the sentence adds to the rest's ("neighbour"). */
  readonly added?: number;
  /** Free share of the translation at the sentence's end of the link, of its translation's expected length ("room"). */
  readonly room?: number;
  /** The translation the document gives the sentence elsewhere, and at how many places ("usual"). */
  readonly usual?: { readonly text: string; readonly places: number };
}

export const orphanInMerge: Check = {
  name: "a sentence in a merge that shares nothing",
  run: (ctx, link) => {
    const orphan = ctx.hasBaseline ? findOrphan(ctx, link) : undefined;
    if (!orphan || labelled(ctx, link, orphan)) return undefined;
    const source = orphan.side === "source";
    const [i, j] = source ? [orphan.id, link.target[0]!] : [link.source[0]!, orphan.id];
    return {
      type: source ? "missing" : "added",
      // Its numbers nowhere in the other side's sentence as well: what it says is lost, not merely worded apart.
      // So too where the document translates it elsewhere, and the other side does not say that.
      severity: orphan.why === "usual" || numbersNoneIn(ctx, source, i, j) ? "error" : "warning",
      reason: reasonFor(ctx, link, orphan),
      evidence: {
        [`${orphan.side}Segment`]: orphan.id,
        lexical: round(orphan.evidence),
        expected: round(orphan.expected),
        deviationsWithout: round(orphan.deviationsWithout),
        ...(orphan.mark ? { finalMark: orphan.mark } : {}),
        ...(orphan.added !== undefined ? { addedLexical: round(orphan.added) } : {}),
        ...(orphan.room !== undefined ? { room: round(orphan.room) } : {}),
        ...(orphan.why === "paragraph" ? { otherParagraph: true } : {}),
      },
    };
  },
};

/** A label in capitals alone, the other side opening with its own label: "ВНИМАНИЕ!" / "WARNING: Do not..." (stranger 185). */
function labelled(ctx: ReviewContext, link: Link, orphan: Orphan): boolean {
  const [many, other] = orphan.side === "source" ? [ctx.source, ctx.target] : [ctx.target, ctx.source];
  const text = many.text([orphan.id]);
  const oneText = other.text(link[orphan.side === "source" ? "target" : "source"]);
  return LABEL.for(text).test(text) && LABEL_OPENS.for(oneText).test(oneText);
}

function reasonFor(ctx: ReviewContext, link: Link, orphan: Orphan): string {
  const source = orphan.side === "source";
  const others = `the other sentence${link[orphan.side].length > 2 ? "s" : ""}`;
  const verdict = source ? "left untranslated" : "not in the source";
  const partner = source ? "translation" : "source";
  const name = source ? `source sentence ${orphan.id + 1}` : `translation sentence ${orphan.id + 1}`;
  if (orphan.why === "mark")
    return `${name} ends with "${orphan.mark}", but the ${partner} matched with it has no "${orphan.mark}" and answers ${others} alone: ${verdict}?`;
  if (orphan.why === "nothing")
    return `${name} has almost no word, name or number in common with the ${partner} matched with it, which answers ${others} alone: ${verdict}?`;
  const quoted = `"${clip((source ? ctx.source : ctx.target).text([orphan.id]), QUOTED_CHARS)}"`;
  const head = source ? `the translation seems to leave out ${name} (${quoted})` : `${name} (${quoted}) seems not to be in the source`;
  const why =
    orphan.why === "usual"
      ? `the document translates it "${clip(orphan.usual!.text, QUOTED_CHARS)}" at ${orphan.usual!.places} other places, and the ${partner} matched with it does not say that, only what the document gives ${others} elsewhere`
      : orphan.why === "neighbour"
        ? `the words it shares with the ${partner} matched with it are those ${others} share${link[orphan.side].length > 2 ? "" : "s"} too, and the ${partner} is no longer than ${others} alone need${link[orphan.side].length > 2 ? "" : "s"}`
        : orphan.why === "numbers"
          ? `none of its numbers is in the ${partner} matched with it, and the words it shares with it are those ${others} share${link[orphan.side].length > 2 ? "" : "s"} too`
          : orphan.why === "speech"
            ? `a line of dialogue matched with a ${partner} sentence that says nothing in speech (no dash, no quotation mark), which answers ${others} alone`
            : orphan.why === "room"
              ? `the words of ${others} run through the ${partner} matched with it from ${orphan.id === link[orphan.side][0] ? "its start" : "end to end"}, leaving no room for this one, which shares little with it`
              : `it lies in another paragraph than ${others} it is matched with, and the ${partner} is no longer than ${others} alone need${link[orphan.side].length > 2 ? "" : "s"}`;
  return `${head}: ${why}`;
}

/** A one-to-many link as the search for an orphan reads it, from the side with several sentences. */
interface Merge {
  readonly side: "source" | "target";
  readonly fromSource: boolean;
  readonly ids: readonly number[];
  readonly many: SideInfo;
  /** The single sentence on the other side, and its text. */
  readonly one: number;
  readonly oneText: string;
}

/**
 * A sentence merged into a one-to-many link that shares nothing with the
 * other side, when the rest of the link is of the usual length without it;
 * failing that, one the rest of the link accounts for in other ways (see `hidden`).
 */
function findOrphan(ctx: ReviewContext, link: Link): Orphan | undefined {
  const side =
    link.source.length > 1 && link.target.length === 1
      ? "source"
      : link.target.length > 1 && link.source.length === 1
        ? "target"
        : undefined;
  if (!side) return undefined;
  const fromSource = side === "source";
  const one = fromSource ? link.target[0]! : link.source[0]!;
  const merge: Merge = {
    side,
    fromSource,
    ids: link[side],
    many: fromSource ? ctx.source : ctx.target,
    one,
    oneText: (fromSource ? ctx.target : ctx.source).text([one]),
  };
  // The document's own translation of a sentence elsewhere says most: asked first.
  if (merge.fromSource)
    for (const id of merge.ids) {
      const found = usualLeftOut(ctx, merge, id);
      if (found) return found;
    }
  for (const id of merge.ids) {
    const found = sharesNothing(ctx, merge, id);
    if (found) return found;
  }
  for (const id of merge.ids) {
    const found = hidden(ctx, merge, id);
    if (found) return found;
  }
  return speechAlone(ctx, merge);
}

/** A line of dialogue opening with its dash ("— Не.", "– No."), as novels set speech. */
const SPEECH_LINE = /^\s*[—–―]\s*\S/u;
/** A dash or a quotation mark: the other side's sentence says something in speech. */
const SPEECH_MARK = /[—–―"“”„«»]/u;

/**
 * A line of dialogue merged with a sentence of narration, where the one sentence on the other side says nothing in
 * speech (no dash, no quotation mark): the reply left out, or added ("Дъждът не спря цели три дни. — Не." / "The rain did
 * not stop for three whole days."; stranger 333: a novel saved a paragraph a line, where no paragraph tells them apart).
 */
function speechAlone(ctx: ReviewContext, merge: Merge): Orphan | undefined {
  if (merge.ids.length !== 2 || SPEECH_MARK.test(merge.oneText)) return undefined;
  const [a, b] = merge.ids as readonly [number, number];
  const [ta, tb] = [merge.many.text([a]), merge.many.text([b])];
  const speech = SPEECH_LINE.test(tb) && !SPEECH_MARK.test(ta) ? b : SPEECH_LINE.test(ta) && !SPEECH_MARK.test(tb) ? a : undefined;
  if (speech === undefined) return undefined;
  const [i, j] = merge.fromSource ? [speech, merge.one] : [merge.one, speech];
  return { side: merge.side, id: speech, why: "speech", evidence: ctx.evidence(i, j), expected: 0, deviationsWithout: 0 };
}

/**
 * Whether a translation sentence that shares nothing at all sits beside others that translate the whole source
 * sentence, sharing what they should and answering its end: added, however concise the rest is ("Средствата ще бъдат
 * предоставени като безвъзмездна финансова помощ." / "The funds will be provided as grants. This was confirmed by an
 * independent auditor."; stranger 169: told split, a unit in the memory). A source sentence split in two, its second half's
 * words unknown, leaves its end unanswered by the first.
 */
function restTranslatesAll(ctx: ReviewContext, merge: Merge, id: number, evidence: number, restShares: boolean): boolean {
  if (merge.fromSource || evidence > 0 || !restShares) return false;
  const rest = merge.ids.filter((x) => x !== id).flatMap((x) => ctx.target.tokens(x));
  const tail = uncoveredTail(merge.oneText, ctx.source.tokens(merge.one), rest, ctx.dictionary, ctx.common, ctx.ownCommon);
  return tail.matched > 0 && tail.share === 0;
}

/** What the rest of a merge shares of its usual evidence, at least, to translate the whole sentence (`restTranslatesAll`). */
const FULL_REST_SHARE = 0.8;

/** A translation holds a sentence's usual translation (`usualTranslationOfSentence`) with this share of its words. */
const USUAL_HELD = 0.5;

/**
 * Source sentence `id` of a merge, which the document translates one way elsewhere (`usualTranslationOfSentence`),
 * where the translation does not hold that translation but holds the usual one of another sentence of the merge: a
 * repeated step left out and its neighbour's link taking it in (stranger 80's manual: "Монтирайте обратно защитния
 * капак." merged with the step before it, whose usual translation alone stood there).
 */
function usualLeftOut(ctx: ReviewContext, merge: Merge, id: number): Orphan | undefined {
  // A label in capitals alone ("ВНИМАНИЕ!") before each warning: its sentence's translation says it ("WARNING: ..."; stranger 185).
  const text = merge.many.text([id]);
  if (LABEL.for(text).test(text)) return undefined;
  const usualOf = (x: number) => {
    const links = usualTranslationOfSentence(ctx, x);
    return links ? { link: links[0]!, places: links.length, stems: targetStems(ctx, ctx.links[links[0]!]!.target) } : undefined;
  };
  const own = usualOf(id);
  if (!own) return undefined;
  const stems = targetStems(ctx, [merge.one]);
  if (heldShare(stems, own.stems) >= USUAL_HELD) return undefined;
  const rest = merge.ids.filter((x) => x !== id);
  if (
    !rest.some((x) => {
      const theirs = usualOf(x);
      return theirs !== undefined && heldShare(stems, theirs.stems) >= USUAL_HELD;
    })
  )
    return undefined;
  return {
    side: "source",
    id,
    why: "usual",
    evidence: evidenceWith(ctx, merge, id),
    expected: usual(ctx, merge, merge.many.text([id]).length),
    deviationsWithout: lengthWithout(ctx, merge, id),
    usual: { text: ctx.target.text(ctx.links[own.link]!.target), places: own.places },
  };
}

function evidenceWith(ctx: ReviewContext, merge: Merge, id: number): number {
  return merge.fromSource ? ctx.evidence(id, merge.one) : ctx.evidence(merge.one, id);
}

/** Usual evidence goes by source characters. */
function usual(ctx: ReviewContext, merge: Merge, chars: number): number {
  return ctx.perChar * (merge.fromSource ? chars : chars / ctx.bitext.model.ratio);
}

/** Standard deviations of the link's length without sentence `id`. */
function lengthWithout(ctx: ReviewContext, merge: Merge, id: number): number {
  const restLength = merge.many.measure(merge.many.text(merge.ids.filter((x) => x !== id)));
  const oneLength = (merge.fromSource ? ctx.target : ctx.source).measure(merge.oneText);
  return merge.fromSource ? ctx.deviations(restLength, oneLength) : ctx.deviations(oneLength, restLength);
}

/** Sentence `id` shares (almost) nothing with the other side, and the rest of the link accounts for it. */
function sharesNothing(ctx: ReviewContext, merge: Merge, id: number): Orphan | undefined {
  const text = merge.many.text([id]);
  const expected = usual(ctx, merge, text.length);
  const evidence = evidenceWith(ctx, merge, id);
  // A short sentence has too few words to share; a question or an exclamation still shows in its translation's punctuation.
  const short = expected < MIN_EXPECTED_EVIDENCE;
  // A label in capitals cut off as a sentence of its own ("ВНИМАНИЕ!", "WARNUNG!"): a translation writes it "WARNING:" as often.
  const mark = short && !LABEL.for(text).test(text) ? finalMark(text) : undefined;
  if (short ? evidence > 0 || mark === undefined || merge.oneText.includes(mark) : evidence >= ctx.options.orphanRatio * expected)
    return undefined;
  const rest = merge.ids.filter((x) => x !== id);
  const without = lengthWithout(ctx, merge, id);
  // The rest accounts for the one sentence when it fits it in length, or nearly so while sharing what it should.
  const restEvidence = rest.reduce((sum, x) => sum + evidenceWith(ctx, merge, x), 0);
  const restExpected = usual(ctx, merge, merge.many.text(rest).length);
  const accounted =
    Math.abs(without) < REST_DEVIATIONS ||
    (Math.abs(without) < SHARING_REST_DEVIATIONS && restEvidence >= REST_SHARE * restExpected) ||
    restTranslatesAll(ctx, merge, id, evidence, restEvidence >= FULL_REST_SHARE * restExpected);
  if (!accounted) return undefined;
  return {
    side: merge.side,
    id,
    why: mark ? "mark" : "nothing",
    evidence,
    expected,
    deviationsWithout: without,
    ...(mark ? { mark } : {}),
  };
}

/**
 * Sentence `id` shares some words with the other side, but only those the
 * rest of the link shares too, or the rest's own words leave no room for its
 * translation, or it lies in another paragraph: a sentence left out whose
 * neighbour's translation speaks of the same things (names, the topic of the
 * story), or a title left out and merged with the first sentence.
 */
function hidden(ctx: ReviewContext, merge: Merge, id: number): Orphan | undefined {
  const text = merge.many.text([id]);
  const expected = usual(ctx, merge, text.length);
  if (expected < MIN_EXPECTED_EVIDENCE) return undefined;
  const evidence = evidenceWith(ctx, merge, id);
  const without = lengthWithout(ctx, merge, id);
  const base = { side: merge.side, id, evidence, expected, deviationsWithout: without };
  const first = id === merge.ids[0];
  const last = id === merge.ids.at(-1);
  if (Math.abs(without) < REST_DEVIATIONS) {
    const added = first || last ? addedEvidence(ctx, merge, first) : undefined;
    if (added !== undefined && added <= ADDED_SHARE * expected) return { ...base, why: "neighbour", added };
    // Not where what it adds says it is there: "Close the water tap." merged into a step that says "затворете крана за
    // водата" (stranger 170: told left out, beside the merge's own flag).
    if (otherParagraph(ctx, merge, id) && !((first || last) && (added ?? 0) > PARAGRAPH_ADDED_SHARE * expected))
      return { ...base, why: "paragraph" };
  }
  // Numbers are carried as they are: a sentence none of whose numbers the other side has, adding nothing else either, was left out, whatever the length says.
  const [i, j] = merge.fromSource ? [id, merge.one] : [merge.one, id];
  if ((first || last) && numbersNoneIn(ctx, merge.fromSource, i, j)) {
    // What it shares may all be the rest's (`added`, nothing): words learned across many documents make it share as much
    // as a sentence is wanted to (stranger 336: `batch --learn-across` hid "И двете църкви са били построени ... 1870 г."
    // merged into its neighbour, where a batch without them found it).
    const added = addedEvidence(ctx, merge, first);
    if (added <= ADDED_SHARE * expected && (evidence < ctx.options.orphanRatio * expected || added <= 0))
      return { ...base, why: "numbers", added };
  }
  // Where its translation would be is read on the translation's words, source to target.
  if (!merge.fromSource || !(first || last) || evidence > ROOMLESS_RATIO * expected || Math.abs(without) >= ROOMLESS_DEVIATIONS)
    return undefined;
  const rest = merge.ids.filter((x) => x !== id).flatMap((x) => ctx.source.tokens(x));
  const free = roomBeside(merge.oneText, ctx.target.tokens(merge.one), rest, ctx.source.tokens(id), ctx.dictionary, ctx.common, first);
  const room = free / Math.max(1, ctx.bitext.model.ratio * contentChars(text));
  return room < ROOM_SHARE ? { ...base, why: "room", room } : undefined;
}

/** What a sentence of another paragraph adds, as a share of its usual evidence, above which it is there, not left out. */
const PARAGRAPH_ADDED_SHARE = 0.5;

/** What the first (or last) sentence of the merge adds to the evidence the rest of the link shares with the other side. */
function addedEvidence(ctx: ReviewContext, merge: Merge, first: boolean): number {
  const a = merge.ids[0]!;
  const b = merge.ids.at(-1)! + 1;
  const [r0, r1] = first ? [a + 1, b] : [a, b - 1];
  const ev = ctx.costs.evidence;
  const o = merge.one;
  return merge.fromSource ? ev.group(a, b, o, o + 1) - ev.group(r0, r1, o, o + 1) : ev.group(o, o + 1, a, b) - ev.group(o, o + 1, r0, r1);
}

/**
 * Whether one sentence has significant numbers and the other none of them: source sentence `i` when `fromSource`,
 * else translation sentence `j`.
 */
export function numbersNoneIn(ctx: ReviewContext, fromSource: boolean, i: number, j: number): boolean {
  const f = ctx.costs.features;
  // Number ids, equal on both sides for equal numbers (NumberLists: segment i's are ids[start[i]] .. ids[start[i + 1] - 1]).
  const list = (lists: typeof f.sourceNumbers, k: number) => lists.ids.subarray(lists.start[k]!, lists.start[k + 1]!);
  const [mine, other] = fromSource
    ? [list(f.sourceNumbers, i), list(f.targetNumbers, j)]
    : [list(f.targetNumbers, j), list(f.sourceNumbers, i)];
  return mine.length > 0 && mine.every((x) => !other.includes(x)) && !writtenOutIn(ctx, fromSource, i, j);
}

/**
 * Whether the other sentence writes out in words a number of the one `fromSource` says ("12 младежи и 3 ръководители" /
 * "twelve young people and three group leaders"; stranger 346: a merge's sentence left out, an error).
 */
function writtenOutIn(ctx: ReviewContext, fromSource: boolean, i: number, j: number): boolean {
  const [mine, other, a, b] = fromSource ? [ctx.source, ctx.target, i, j] : [ctx.target, ctx.source, j, i];
  if (!other.lang.numberWords) return false;
  const values = new Set(mine.tokens(a).flatMap((t) => (t.kind === "number" && /^\d+$/u.test(t.key) ? [t.key] : [])));
  return values.size > 0 && spelledOf(other, [b], other.tokens(b)).some((t) => values.has(t.key));
}

/** Whether sentence `id` lies in another paragraph than every other sentence of the merge, where paragraphs can be trusted. */
function otherParagraph(ctx: ReviewContext, merge: Merge, id: number): boolean {
  const f = ctx.costs.features;
  if (f.paragraphWeight < PARAGRAPH_TRUST) return titleAlone(merge, id);
  const paragraph = merge.fromSource ? f.sourceParagraph : f.targetParagraph;
  return merge.ids.every((x) => x === id || paragraph[x] !== paragraph[id]);
}

/**
 * Whether sentence `id` is a title in a paragraph of its own, with no sentence's final mark, the rest of the merge in
 * others: where the other side's paragraphs say nothing (one sentence a line, no blank lines), its own still tell a
 * headline left out and merged with the story's first sentence (stranger 220).
 */
function titleAlone(merge: Merge, id: number): boolean {
  const segments = merge.many.side.segments;
  const paragraph = segments[id]!.paragraph;
  if (merge.ids.some((x) => x !== id && segments[x]!.paragraph === paragraph)) return false;
  if (segments[id - 1]?.paragraph === paragraph || segments[id + 1]?.paragraph === paragraph) return false;
  return !FINAL_MARK.test(segments[id]!.text);
}

/** A sentence's final mark, before closing quotes or brackets. */
const FINAL_MARK = /[.!?…:;]["'»“”’)\]]*\s*$/u;
