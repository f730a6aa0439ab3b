/** Sentences with no counterpart: 1-0 and 0-1 links, and links with an empty side (units of an existing memory can have one). */
import { joinsHeading, linkCost } from "../../score/index.js";
import type { Flag, Link } from "../../types.js";
import { MIN_EXPECTED_EVIDENCE, type Passage, type ReviewContext } from "../context.js";
import { EVERY_WORD, uncoveredTail } from "../coverage.js";
import { clip, round } from "../text.js";
import { isHeading } from "./headings.js";
import { isNegationParticle } from "./negation.js";
import { isTranslatorNote, opensWith } from "./note.js";
import { numbersNoneIn } from "./orphan.js";
import { repeatedSentence, sameSentence } from "./repeat.js";
import { namesBackNotIn, namesNotIn } from "./romanized.js";
import type { Check } from "./types.js";
import { heldShare, targetStems, usualTranslation } from "./usual.js";

export const missingSentence: Check = {
  name: "source sentence not translated",
  final: true,
  run: (ctx, link, k) =>
    link.target.length === 0 ? (condensedLine(ctx, k) ?? unmatchedFlag("missing", ctx, k, facingBut(ctx, k))) : undefined,
};

export const addedSentence: Check = {
  name: "translation sentence not in the source",
  final: true,
  run: (ctx, link, k) => (link.source.length === 0 ? unmatchedFlag("added", ctx, k, facing(ctx.links, k)) : undefined),
};

export const emptyTranslation: Check = {
  name: "empty translation",
  final: true,
  run: (ctx, link) =>
    ctx.target.text(link.target).trim() === "" ? { type: "missing", severity: "error", reason: "the translation is empty" } : undefined,
};

export const emptySource: Check = {
  name: "empty source",
  final: true,
  run: (ctx, link) =>
    ctx.source.text(link.source).trim() === "" ? { type: "added", severity: "error", reason: "the source is empty" } : undefined,
};

/** How much of a certification a reason quotes. */
const QUOTED_NOTE = 60;

/**
 * The opening sentence of the translator's certification when link k is a 0-1 link of the run of them that ends the
 * document and opens with one (`LanguageData.translatorCertifications`: "I, the undersigned ... certify that this is a
 * true translation", then the translator's name and signature).
 */
function certificationAtEnd(ctx: ReviewContext, k: number): string | undefined {
  const openers = ctx.target.lang.translatorCertifications;
  if (!openers?.length) return undefined;
  // The source's last lines left out may stand among them (a judge's signature): no translation follows the run.
  const translatesNothing = (n: number) => ctx.links[n]!.source.length === 0 || ctx.links[n]!.target.length === 0;
  let first = k;
  while (first > 0 && translatesNothing(first - 1)) first--;
  for (let n = k + 1; n < ctx.links.length; n++) if (!translatesNothing(n)) return undefined;
  for (let n = first; n <= k; n++) {
    if (ctx.links[n]!.target.length === 0) continue;
    const text = ctx.target.text(ctx.links[n]!.target);
    if (opensWith(text, openers)) return text;
  }
  return undefined;
}

/** A text wholly in square brackets: a certified translation's description of what the source shows ("[Round seal ...]"). */
const BRACKETED = /^\s*\[[^\]]+\][.\s]*$/u;

/**
 * Why a 0-1 or 1-0 link of a certified translation is the translator's own, if it is: a translator's note or a bracketed
 * description the translation adds, or the source's seal or signature mark that a bracketed description beside it
 * describes ("Печат" / "[Round seal reading: ...]"; stranger 337). Information, not a sentence left out or added.
 */
function translatorsOwn(ctx: ReviewContext, type: "missing" | "added", k: number): string | undefined {
  const link = ctx.links[k]!;
  const bracketed = (n: number) => {
    const l = ctx.links[n];
    return l !== undefined && l.source.length === 0 && l.target.every((j) => BRACKETED.test(ctx.target.side.segments[j]!.text));
  };
  if (type === "added") {
    const text = ctx.target.text(link.target);
    if (
      !link.target.every(
        (j) => BRACKETED.test(ctx.target.side.segments[j]!.text) || isTranslatorNote(ctx.target.side.segments[j]!.text, ctx.target.lang),
      )
    )
      return undefined;
    return `the translator's own words ("${clip(text, QUOTED_NOTE)}"): a note or a description in brackets, not in the source`;
  }
  const marks = ctx.source.lang.sealMarks;
  const text = ctx.source
    .text(link.source)
    .trim()
    .replace(/[.:;]+$/u, "")
    .toLowerCase();
  if (!marks?.includes(text) || !(bracketed(k - 1) || bracketed(k + 1))) return undefined;
  return `a seal's or a signature's mark ("${ctx.source.text(link.source).trim()}"), which the translation describes in brackets beside it`;
}

/** `facing`, but for the translator's certification at the translation's end: no sentence's translation (stranger 115). */
function facingBut(ctx: ReviewContext, k: number): Beside | undefined {
  const beside = facing(ctx.links, k);
  if (beside?.side !== "target") return beside;
  const at = ctx.links[k - 1]?.target[0] === beside.id ? k - 1 : k + 1;
  return certificationAtEnd(ctx, at) === undefined ? beside : undefined;
}

/** A short line of dialogue left out of subtitles ("What?", "You know what?"): subtitles condense speech (stranger 319). */
function condensedLine(ctx: ReviewContext, k: number): Flag | undefined {
  const passage = ctx.passages.get(k);
  const segment = ctx.bitext.source.segments[ctx.links[k]!.source[0]!]!;
  const line = segment.text.trim();
  if ((passage?.count ?? 1) !== 1 || !subtitled(ctx) || !condensable(line) || saysNo(line, ctx.source.lang)) return undefined;
  return {
    type: "missing",
    severity: "warning",
    reason: `this line is not in the translated subtitles ("${clip(line, QUOTED_NOTE)}"): a short line of dialogue, which subtitles may leave out to condense the speech; left out on purpose?`,
    evidence: { paragraph: segment.paragraph + 1, passageLength: 1, passageStart: passage?.first ?? null },
  };
}

/** Whether a line says no ("Nobody said you did.", "Не съм аз."): what a scene says, not a filler to condense away (regress74). */
function saysNo(line: string, lang: ReviewContext["source"]["lang"]): boolean {
  return (line.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []).some((w) => isNegationParticle(w, lang));
}

/** Words a line of dialogue has at most for subtitles to leave it out to condense the speech ("Look, I'm sorry, okay?"). */
const CONDENSED_WORDS = 4;

/** Whether both sides were read from subtitle files (SubRip, WebVTT). */
function subtitled(ctx: ReviewContext): boolean {
  const sub = (path: string | undefined) => path !== undefined && /\.(?:srt|vtt)$/iu.test(path);
  return sub(ctx.bitext.source.path) && sub(ctx.bitext.target.path);
}

/** A short line with no figure and no name after its first word: a filler ("What?", "You know what?"), not what a scene says. */
function condensable(line: string): boolean {
  const words = line.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return (
    words.length > 0 &&
    words.length <= CONDENSED_WORDS &&
    !/\p{N}/u.test(line) &&
    words.slice(1).every((w) => w === "I" || /^I['’]/u.test(w) || w.charAt(0) === w.charAt(0).toLowerCase())
  );
}

/** The other side's sentence right beside a 1-0 or 0-1 link. */
type Beside = { side: "source" | "target"; id: number };

/**
 * A 1-0 link right beside a 0-1 link (either order): the two sentences share
 * a place but not a meaning. Returns the other link's segment, if so.
 */
function facing(links: readonly Link[], k: number): Beside | undefined {
  const link = links[k]!;
  const opposite = link.target.length === 0 ? "0-1" : "1-0";
  for (const other of [links[k - 1], links[k + 1]]) {
    if (other?.kind !== opposite) continue;
    return other.source.length ? { side: "source", id: other.source[0]! } : { side: "target", id: other.target[0]! };
  }
  return undefined;
}

/**
 * What an added sentence that repeats translation sentence `b` says: sure where the two share most of their words; where
 * it only translates much of the same source sentence, it may say something else of the same things ("It does not cover
 * damage caused by incorrect installation." / "Damage caused by water is also covered."; stranger 183): a question.
 */
export function translatedTwice(ctx: ReviewContext, a: number, b: number, inParagraph: string): string {
  return sameSentence(ctx.target, a, b)
    ? `this sentence is translated twice: translation sentences ${Math.min(a, b) + 1} and ${Math.max(a, b) + 1} say the same${inParagraph}`
    : `this sentence is not in the source${inParagraph}; it says again much of what translation sentence ${b + 1} says: the same source sentence translated twice?`;
}

/**
 * Information for a 1-0 or 0-1 link that is no sentence left out or added: a joining word alone on its line, the
 * translator's certification, note or bracketed description (`translatorsOwn`).
 */
function toldOwn(type: "missing" | "added", ctx: ReviewContext, k: number): Flag | undefined {
  const link = ctx.links[k]!;
  const passage = ctx.passages.get(k);
  const side = type === "missing" ? ctx.bitext.source : ctx.bitext.target;
  const id = (type === "missing" ? link.source : link.target)[0]!;
  // A joining word alone on its line ("and" between a contract's parties, which the other side ends a party's
  // paragraph with): no sentence left out or added.
  const word = (type === "missing" ? link.source : link.target).length === 1 ? side.segments[id]!.text.trim().replace(/[.,;:]+$/u, "") : "";
  if (word !== "" && (type === "missing" ? ctx.source : ctx.target).lang.danglingWords.has(word.toLowerCase()))
    return {
      type,
      severity: "info",
      reason: `"${word}" alone is no sentence: a joining word, which the ${type === "missing" ? "translation" : "source"} may write at the end of the sentence before`,
      evidence: { paragraph: side.segments[id]!.paragraph + 1, passageLength: 1, passageStart: passage?.first ?? null },
    };
  // A certified translation's closing statement, and what follows it to the end: the translator's words; or a note of theirs.
  const certification = type === "added" ? certificationAtEnd(ctx, k) : undefined;
  const own =
    certification !== undefined
      ? `the translator's certification ("${clip(certification, QUOTED_NOTE)}"): the translator's own words at the translation's end, not in the source`
      : translatorsOwn(ctx, type, k);
  if (own !== undefined)
    return {
      type,
      severity: "info",
      reason: own,
      evidence: { paragraph: side.segments[id]!.paragraph + 1, passageLength: passage?.count ?? 1, passageStart: passage?.first ?? null },
    };
  return undefined;
}

function unmatchedFlag(type: "missing" | "added", ctx: ReviewContext, k: number, beside: Beside | undefined): Flag {
  const link = ctx.links[k]!;
  const passage = ctx.passages.get(k);
  const side = type === "missing" ? ctx.bitext.source : ctx.bitext.target;
  const id = (type === "missing" ? link.source : link.target)[0]!;
  const told = toldOwn(type, ctx, k);
  if (told) return told;
  const paragraph = side.segments[id]!.paragraph + 1;
  // Where a document runs on without a blank line, it is one paragraph: naming it says nothing.
  const named = (type === "missing" ? ctx.source : ctx.target).paragraphed;
  const inParagraph = named ? ` (paragraph ${paragraph})` : "";
  const count = passage?.count ?? 1;
  // A translation sentence that says again what its neighbour says: one source sentence translated twice.
  const repeats = type === "added" ? repeatedSentence(ctx, k, id) : undefined;
  const what = type === "missing" ? "is not translated" : "is not in the source";
  let reason =
    repeats !== undefined
      ? translatedTwice(ctx, id, repeats, inParagraph)
      : count > 1
        ? `this sentence ${what}, nor are the sentences next to it (${count} in a row${named ? `, paragraph ${paragraph}` : ""})`
        : `this sentence ${what}${inParagraph}`;
  // A passage whose counterpart stands unmatched elsewhere, as many sentences saying the same: a chapter moved.
  const movedPassage =
    repeats !== undefined || !passage
      ? undefined
      : count >= MIN_MOVED_PASSAGE
        ? passageMoved(ctx, passage, type)
        : count >= 2
          ? shortPassageMoved(ctx, passage, type)
          : undefined;
  if (movedPassage) {
    const other = type === "missing" ? "translation" : "source";
    reason = `this sentence ${type === "missing" ? "is not translated here" : "is not in the source here"}, nor are the sentences next to it (${count} in a row${named ? `, paragraph ${paragraph}` : ""}), but ${other} sentences ${movedPassage[0] + 1}-${movedPassage[1] + 1}, unmatched too, say what they say: the passage moved?`;
  }
  // The sentence's counterpart a few links away, left unmatched there too: moved, not left out (list items swapped).
  const moved = count === 1 && !beside && repeats === undefined ? movedTo(ctx, k, type) : undefined;
  if (moved) {
    const other = type === "missing" ? "translation" : "source";
    const where = moved.links === 1 ? "1 link" : `${moved.links} links`;
    reason = `this sentence ${type === "missing" ? "is not translated here" : "is not in the source here"}${inParagraph}, but ${other} sentence ${moved.id + 1}, ${where} ${moved.after ? "further on" : "back"} and unmatched too, shares its words and numbers: moved?`;
  }
  // A sentence the aligner may have left alone because the next one's translation is cut or left out: the neighbour took its translation.
  const claimed = type === "missing" && count === 1 && !beside && !moved ? claimedBeside(ctx, k, id) : undefined;
  if (claimed)
    reason = `this sentence seems not to be translated${inParagraph}, but translation sentence ${claimed.target + 1}, which the alignment gives to source sentence ${claimed.owner + 1}, fits it at least as well: perhaps it is this sentence's translation, and the translation of source sentence ${claimed.owner + 1} is cut short or left out`;
  // A short sentence the aligner left alone where joining it to its neighbour's translation costs about as much: subtitles
  // join two lines ("Спокойно." + "Всичко ще се оправи." / "Relax, it'll all work out.") with nothing in a lexicon to show it.
  let joined = count === 1 && !beside && !moved && !claimed && repeats === undefined ? joinedBeside(ctx, k, type, id) : undefined;
  // Unless the document translates the sentence on its own elsewhere, and its neighbour's translation does not say that:
  // a step of a manual translated one way forty times, left out at the forty-first (stranger 80).
  const usual = joined && type === "missing" ? usualNotIn(ctx, k, joined.in) : undefined;
  if (usual) {
    reason = `this sentence is not translated${inParagraph}: the document translates it "${clip(usual.text, QUOTED_CHARS)}" at ${usual.places} other places, and translation sentence ${joined!.in + 1} next to it does not say that`;
    joined = undefined;
  }
  if (joined)
    reason =
      type === "missing"
        ? `this sentence is not translated${inParagraph}, or it is translated together with source sentence ${joined.with + 1} next to it, in translation sentence ${joined.in + 1}: the alignment costs about the same either way`
        : `this sentence is not in the source${inParagraph}, or it translates source sentence ${joined.in + 1} together with translation sentence ${joined.with + 1} next to it: the alignment costs about the same either way`;
  // Two headings facing each other, each a paragraph of its own: a heading translated freely ("Премахване на котления
  // камък" / "Descaling") shares no word and is far shorter, and the aligner leaves both alone.
  const headings = beside !== undefined && repeats === undefined && count === 1 && facingHeadings(ctx, type, id, beside);
  if (beside && repeats === undefined) {
    reason += headings
      ? `; ${beside.side === "target" ? "translation" : "source"} sentence ${beside.id + 1} next to it, a heading of its own too, ${beside.side === "target" ? "matches no source sentence" : "has no translation"}: this heading translated freely, or another heading?`
      : beside.side === "target"
        ? `; translation sentence ${beside.id + 1} next to it matches no source sentence: is it a wrong or cut translation of this one?`
        : `; source sentence ${beside.id + 1} next to it has no translation: is this a wrong or cut translation of it?`;
  }
  return {
    type,
    // Either way a sentence's translation is missing or cut here: an error still, told both ways. A sentence moved is there;
    // a heading facing a heading is likely translated freely.
    severity: moved || joined || movedPassage || headings ? "warning" : "error",
    reason,
    evidence: {
      paragraph,
      passageLength: count,
      passageStart: passage?.first ?? null,
      ...(beside ? { beside } : {}),
      ...(claimed ? { claimedBy: claimed } : {}),
      ...(moved ? { movedTo: moved.id } : {}),
      ...(movedPassage ? { movedPassage } : {}),
      ...(joined ? { joinedWith: joined.with, joinedIn: joined.in, costApart: round(joined.apart), costJoined: round(joined.joined) } : {}),
      ...(repeats !== undefined ? { repeats } : {}),
    },
  };
}

/**
 * Whether the unmatched sentence `id` (on the side `type` says) and the one facing it are both headings: short, with
 * no closing mark, each the whole of its paragraph in a text of paragraphs.
 */
function facingHeadings(ctx: ReviewContext, type: "missing" | "added", id: number, beside: Beside): boolean {
  const [mine, other] = type === "missing" ? (["source", "target"] as const) : (["target", "source"] as const);
  return isHeading(ctx.bitext[mine], ctx[mine].paragraphed, id) && isHeading(ctx.bitext[other], ctx[other].paragraphed, beside.id);
}

/**
 * The neighbour 1-1 link that the unmatched sentence of link k (`id`, on the side `type` says) could join as a 2-1 (or
 * 1-2) link costing at most `joinMargin` nats more than the two links apart: which side of the margin the aligner
 * came down on, the evidence hardly tells. The nearer in cost when both neighbours could.
 */
function joinedBeside(
  ctx: ReviewContext,
  k: number,
  type: "missing" | "added",
  id: number,
): { with: number; in: number; apart: number; joined: number } | undefined {
  if (!ctx.hasBaseline) return undefined;
  const missing = type === "missing";
  let best: { with: number; in: number; apart: number; joined: number } | undefined;
  for (let at = k - 1; at <= k + 1; at += 2) {
    const other = at >= 0 && at < ctx.links.length ? ctx.links[at]! : undefined;
    if (other?.kind !== "1-1") continue;
    const i = other.source[0]!;
    const j = other.target[0]!;
    // Next to it on its own side: the two make one run of sentences.
    if ((missing ? i : j) !== id + (at > k ? 1 : -1)) continue;
    // A name the sentence has and the neighbour's counterpart lacks ("А Петров?", "Where's Desislava?"): no join hides it.
    if (missing ? namesNotIn(ctx, id, j) : namesBackNotIn(ctx, i, id)) continue;
    // So does a number of its that the neighbour's counterpart lacks ("Загинаха повече от 1100 души.").
    if (missing ? numbersNoneIn(ctx, true, id, j) : numbersNoneIn(ctx, false, i, id)) continue;
    const own = linkCost(ctx.costs, i, 1, j, 1);
    // The neighbour's counterpart fits the sentence about as well as its own (`gapNextDoor`): a translation is missing either way.
    if ((missing ? linkCost(ctx.costs, id, 1, j, 1) : linkCost(ctx.costs, i, 1, id, 1)) - own <= ctx.options.gapMargin) continue;
    const alone = missing ? linkCost(ctx.costs, id, 1, j, 0) : linkCost(ctx.costs, i, 0, id, 1);
    const apart = alone + own;
    // A heading joined to a sentence that shares nothing of it is no translation of the two: a heading left out (or added).
    if (missing ? joinsHeading(ctx.costs, Math.min(i, id), 2, j, 1) : joinsHeading(ctx.costs, i, 1, Math.min(j, id), 2)) continue;
    const joined = missing ? linkCost(ctx.costs, Math.min(i, id), 2, j, 1) : linkCost(ctx.costs, i, 1, Math.min(j, id), 2);
    if (joined - apart > ctx.options.joinMargin || (best && joined - apart >= best.joined - best.apart)) continue;
    best = { with: missing ? i : j, in: missing ? j : i, apart, joined };
  }
  return best;
}

/** A translation sentence holds the usual translation of a sentence when it has this share of its words at least. */
const USUAL_HELD = 0.5;
/** How much of the usual translation a reason quotes. */
const QUOTED_CHARS = 60;

/** Link k's source sentence's usual translation in the document (`usualTranslation`), where translation sentence j does not hold it. */
function usualNotIn(ctx: ReviewContext, k: number, j: number): { text: string; places: number } | undefined {
  const usual = usualTranslation(ctx, k);
  if (!usual) return undefined;
  const theirs = targetStems(ctx, ctx.links[usual[0]!]!.target);
  if (theirs.size === 0) return undefined;
  return heldShare(targetStems(ctx, [j]), theirs) >= USUAL_HELD
    ? undefined
    : { text: ctx.target.text(ctx.links[usual[0]!]!.target), places: usual.length };
}

/** The evidence a sentence must share with a translation sentence, as a share of what its length leads to expect, to be taken for its translation. */
const CLAIM_SHARE = 0.25;

/**
 * The translation sentence next to source sentence `id` (left without one, by
 * link k) inside a one-to-many link beside it (1-2, 1-3), when that sentence
 * shares at least as much with `id` as with the source sentence it is linked
 * to, and at least a quarter of what `id`'s length leads to expect: the cut or
 * dropped translation of the link's own source made the aligner give it there.
 */
function claimedBeside(ctx: ReviewContext, k: number, id: number): { target: number; owner: number } | undefined {
  for (const [other, first] of [
    [ctx.links[k + 1], true],
    [ctx.links[k - 1], false],
  ] as const) {
    if (other?.source.length !== 1 || other.target.length < 2) continue;
    const target = first ? other.target[0]! : other.target.at(-1)!;
    const owner = other.source[0]!;
    const shared = ctx.evidence(id, target);
    const wanted = ctx.perChar * ctx.source.text([id]).length;
    if (wanted >= MIN_EXPECTED_EVIDENCE && shared >= CLAIM_SHARE * wanted && shared >= ctx.evidence(owner, target))
      return { target, owner };
  }
  return undefined;
}

/** How many links away a moved sentence's counterpart may be found. */
const MOVE_WINDOW = 3;
/** Words, numbers and names two sentences must share to be taken for one another, besides what chance shares. */
const MOVE_MATCHES = 2;
/**
 * Further away, up to this many links, a counterpart that shares more: a requirement moved five places down a
 * tender's list ("2.3. ... SSD ... 512 GB") was a sentence left out and another added, both errors.
 */
const MOVE_WINDOW_FAR = 10;
const MOVE_MATCHES_FAR = 4;
/**
 * Further still, as far as a short passage is looked for, a counterpart that shares more again: an IFU's warning pasted
 * after the error codes, 10 to 40 links from its section, was a sentence left out and another added (stranger 355).
 */
const MOVE_MATCHES_FARTHEST = 6;

/**
 * The counterpart of the sentence link k leaves unmatched (`type` says which
 * side), when one is left unmatched within `MOVE_WINDOW` links and answers at
 * least `MOVE_MATCHES` of its words, numbers or names (within `MOVE_WINDOW_FAR`,
 * `MOVE_MATCHES_FAR`; within `SHORT_MOVE_REACH`, `MOVE_MATCHES_FARTHEST`), and no other there answers as many: two list items swapped leave each unmatched where the
 * other is.
 */
function movedTo(ctx: ReviewContext, k: number, type: "missing" | "added"): { id: number; links: number; after: boolean } | undefined {
  const link = ctx.links[k]!;
  let best: { id: number; links: number; after: boolean; matched: number } | undefined;
  let tied = false;
  for (let d = -SHORT_MOVE_REACH; d <= SHORT_MOVE_REACH; d++) {
    const other = ctx.links[k + d];
    if (d === 0 || !other) continue;
    const least = Math.abs(d) <= MOVE_WINDOW ? MOVE_MATCHES : Math.abs(d) <= MOVE_WINDOW_FAR ? MOVE_MATCHES_FAR : MOVE_MATCHES_FARTHEST;
    const mine =
      type === "missing" ? other.source.length === 0 && other.target.length === 1 : other.target.length === 0 && other.source.length === 1;
    if (!mine) continue;
    const [i, j] = type === "missing" ? [link.source[0]!, other.target[0]!] : [other.source[0]!, link.target[0]!];
    const matched = uncoveredTail(ctx.source.text([i]), ctx.source.tokens(i), ctx.target.tokens(j), ctx.dictionary, EVERY_WORD).matched;
    if (matched < least || (best && matched < best.matched)) continue;
    tied = best?.matched === matched;
    best = { id: type === "missing" ? j : i, links: Math.abs(d), after: d > 0, matched };
  }
  return best && !tied ? best : undefined;
}

/** Sentences a passage has, at least, to be looked for elsewhere as a whole: fewer are too few to tell a passage moved from one that says what the document says everywhere. */
const MIN_MOVED_PASSAGE = 10;
/** How far from the pair's length model (standard deviations) each sentence of a moved passage may be from the one in step. */
const IN_STEP_DEVIATIONS = 2;
/** A shorter passage is looked for this many links either way: a paragraph moved past its neighbour (a warning put after the steps). */
const SHORT_MOVE_REACH = 40;

/**
 * A passage of 2 to MIN_MOVED_PASSAGE - 1 sentences with no counterpart whose counterpart stands unmatched near it: a
 * passage of as many sentences on the other side, within SHORT_MOVE_REACH links, each sentence of which answers the one
 * in step (stranger 82's manual: a procedure's warnings put after its steps, told as 3 sentences left out and 3 added,
 * 11 sentences apart). Its first and last sentence on the other side.
 */
function shortPassageMoved(ctx: ReviewContext, p: Passage, type: "missing" | "added"): readonly [number, number] | undefined {
  const missing = type === "missing";
  // A passage's sentences, on the side that has them.
  const sentencesOf = (q: Passage, side: "source" | "target") => {
    const out: number[] = [];
    for (let x = q.first; x < q.first + q.count; x++) out.push(...ctx.links[x]![side]);
    return out;
  };
  const mine = sentencesOf(p, missing ? "source" : "target");
  const seen = new Set<number>();
  for (let k = Math.max(0, p.first - SHORT_MOVE_REACH); k < Math.min(ctx.links.length, p.first + p.count + SHORT_MOVE_REACH); k++) {
    const q = ctx.passages.get(k);
    if (!q || seen.has(q.first) || q.count !== p.count || ctx.links[q.first]!.kind !== (missing ? "0-1" : "1-0")) continue;
    seen.add(q.first);
    const theirs = sentencesOf(q, missing ? "target" : "source");
    if (theirs.length !== mine.length) continue;
    // Read on the sentences' words (the evidence laid out for the search reaches only its band): every sentence answers
    // the one in step by a word, number or name at least, MOVE_MATCHES a sentence on average.
    const matched = mine.map((id, n) => {
      const [i, j] = missing ? [id, theirs[n]!] : [theirs[n]!, id];
      return uncoveredTail(ctx.source.text([i]), ctx.source.tokens(i), ctx.target.tokens(j), ctx.dictionary, EVERY_WORD).matched;
    });
    const total = matched.reduce((a, m) => a + m, 0);
    if (matched.every((m) => m > 0) && total >= MOVE_MATCHES * matched.length) return [theirs[0]!, theirs.at(-1)!];
    // Or plain steps a lexicon answers little of ("Clamp the workpiece firmly in the vice." / "Затегнете здраво детайла в
    // менгемето."): three sentences or more, each as long as the one in step, all but one answering it, a word a sentence
    // on average (stranger 342: a manual's section moved, two errors).
    const inStep = mine.every((id, n) => {
      const [i, j] = missing ? [id, theirs[n]!] : [theirs[n]!, id];
      return Math.abs(ctx.deviations(ctx.source.length(i), ctx.target.length(j))) <= IN_STEP_DEVIATIONS;
    });
    if (matched.length >= 3 && inStep && matched.filter((m) => m === 0).length <= 1 && total >= matched.length)
      return [theirs[0]!, theirs.at(-1)!];
  }
  return undefined;
}
/** Places along a passage where its sentences are compared with the other's. */
const MOVED_SAMPLES = 10;
/** The share of them whose sentences answer each other (`MOVE_MATCHES` words, numbers or names) for the passage to be the other's. */
const MOVED_SHARE = 0.6;
/** ...and how many times the words they answer out of step (the other passage read half its length on). */
const MOVED_OVER_CHANCE = 2;

/**
 * At `MOVED_SAMPLES` places along `mine`, how many of its sentences answer the one at the same place along `theirs`
 * (`shift` sentences on, around the end), a sentence or so either way (a translation joins and splits a few), with
 * `MOVE_MATCHES` words, numbers or names or more; and how many words those places answer in all.
 */
function answered(
  mine: readonly number[],
  theirs: readonly number[],
  shift: number,
  words: (i: number, j: number) => number,
  missing: boolean,
): { places: number; words: number } {
  let places = 0;
  let total = 0;
  for (let s = 0; s < MOVED_SAMPLES; s++) {
    const a = mine[Math.round((s * (mine.length - 1)) / (MOVED_SAMPLES - 1))]!;
    const at = Math.round((s * (theirs.length - 1)) / (MOVED_SAMPLES - 1)) + shift;
    let most = 0;
    for (let d = -1; d <= 1; d++) {
      const b = theirs[(at + d + theirs.length) % theirs.length]!;
      most = Math.max(most, missing ? words(a, b) : words(b, a));
    }
    if (most >= MOVE_MATCHES) places++;
    total += most;
  }
  return { places, words: total };
}

/**
 * Per review context: its passages of `MIN_MOVED_PASSAGE` sentences or more (the candidates), each one's sentences
 * once read, and each one's counterpart once found.
 */
const movedPassages = new WeakMap<
  ReviewContext,
  {
    readonly candidates: readonly Passage[];
    readonly sentences: Map<number, number[]>;
    readonly found: Map<number, readonly [number, number] | null>;
    compared: number;
  }
>();
/** Passages compared, at most, in one review: a translation in hundreds of pieces is the order check's, not this one's. */
const MAX_COMPARED = 20_000;

/**
 * The other side's sentences (first and last) of the passage with no counterpart that says what passage `p` says,
 * anywhere in the document: about as long (half to twice as many sentences), its sentences answering this one's at
 * `MOVED_SHARE` of `MOVED_SAMPLES` places along both in step. A chapter the translation put elsewhere aligns as one
 * passage left out where the source has it and one added where it went (stranger 72: 103 sentences each way, told as
 * two errors, nothing linking them).
 */
function passageMoved(ctx: ReviewContext, p: Passage, type: "missing" | "added"): readonly [number, number] | undefined {
  let memo = movedPassages.get(ctx);
  if (!memo) {
    const firsts = new Map<number, Passage>();
    for (const q of ctx.passages.values()) if (q.count >= MIN_MOVED_PASSAGE) firsts.set(q.first, q);
    memo = { candidates: [...firsts.values()], sentences: new Map(), found: new Map(), compared: 0 };
    movedPassages.set(ctx, memo);
  }
  const known = memo.found.get(p.first);
  if (known !== undefined) return known ?? undefined;
  const missing = type === "missing";
  const sentences = memo.sentences;
  // A passage's sentences on its own side (a 1-0 passage's source, a 0-1 passage's target), read once.
  const ids = (q: Passage) => {
    let out = sentences.get(q.first);
    if (!out) {
      out = [];
      const side = ctx.links[q.first]!.kind === "1-0" ? "source" : "target";
      for (let x = q.first; x < q.first + q.count; x++) out.push(...ctx.links[x]![side]);
      sentences.set(q.first, out);
    }
    return out;
  };
  const words = (i: number, j: number) =>
    uncoveredTail(ctx.source.text([i]), ctx.source.tokens(i), ctx.target.tokens(j), ctx.dictionary, EVERY_WORD).matched;
  const mine = ids(p);
  let best: { ids: number[]; matched: number } | undefined;
  for (const other of memo.candidates) {
    if (ctx.links[other.first]!.kind !== (missing ? "0-1" : "1-0")) continue;
    if (other.count * 2 < p.count || other.count > p.count * 2) continue;
    if (++memo.compared > MAX_COMPARED) break;
    const theirs = ids(other);
    // Sentences answering in step, against the same out of step (half the passage on): in a text that says the same
    // things over and over (a manual's steps, a report's names and figures), any two passages answer each other by
    // their common words, in step or not; a passage moved answers its own far better in step.
    const inStep = answered(mine, theirs, 0, words, missing);
    if (inStep.places < MOVED_SHARE * MOVED_SAMPLES) continue;
    const outOfStep = answered(mine, theirs, theirs.length >> 1, words, missing);
    if (inStep.words >= MOVED_OVER_CHANCE * outOfStep.words && (!best || inStep.words > best.matched))
      best = { ids: theirs, matched: inStep.words };
  }
  const result = best ? ([best.ids[0]!, best.ids[best.ids.length - 1]!] as const) : null;
  memo.found.set(p.first, result);
  return result ?? undefined;
}
