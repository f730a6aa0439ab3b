/** Lengths far from the pair's length model; translations cut short. */
import { isUnitSymbol, type LanguageProfile } from "../../lang/index.js";
import type { Matchable } from "../../score/index.js";
import type { Flag, Link } from "../../types.js";
import { MIN_EXPECTED_EVIDENCE, type ReviewContext, type SideInfo } from "../context.js";
import { EVERY_WORD, lastWordAnswered, uncoveredTail } from "../coverage.js";
import { clip, endsSentence, finalWord, finalWords, inCapitals, round } from "../text.js";
import { tokenSpans } from "../tokens.js";
import { pairedTargets } from "./repeat.js";
import type { Check } from "./types.js";

/** The other sentences of an n-n link are of usual length when within this many standard deviations. */
const USUAL_DEVIATIONS = 2;
/** A sentence beside a cut one in an n-n link must lie within this many standard deviations of the usual length. */
const PARTNER_DEVIATIONS = 3;
/** A source sentence of fewer tokens is judged cut only by an end nothing answers, not by its evidence. */
const MIN_CUT_WORDS = 5;
/** How much of an unanswered source end a reason quotes. */
const QUOTED_CHARS = 80;
/**
 * A translation less short than `cutDeviations` says may still leave a part
 * out where this much of its source's end, or more, is answered nowhere in
 * it, and it is at least this many deviations short: a clause left out ("...,
 * като до 5 от тях може да прехвърли за следващата година" of a 124-character
 * sentence is -1.8 deviations, well within a length model's spread). Tuned on
 * the development rounds (`partLeftOut`).
 */
const CLAUSE_TAIL = 0.5;
const CLAUSE_DEVIATIONS = 1.75;

/**
 * The link's length against the pair's model. Where both sides have several
 * sentences (2-2), the sentences are also compared in order: one pair normal
 * and the other far off is a cut or padded translation that a merge hid.
 */
export const lengthOff: Check = {
  name: "length",
  // A 1-1 link's lengths are its texts' (its reason names no sentence number): a repeated pair is judged once.
  textOnly: true,
  run: (ctx, link, k) => {
    const { source, target, options } = ctx;
    let ls = source.measure(source.text(link.source));
    let lt = target.measure(target.text(link.target));
    let z = ctx.deviations(ls, lt);
    let subject = "the translation";
    if (Math.abs(z) < options.lengthDeviations && link.source.length === link.target.length && link.source.length > 1) {
      // Paired as the sentences pair: two translated in the opposite order, crosswise (the merged check reports the order).
      const paired = pairedTargets(ctx, link);
      const zs = link.source.map((i, n) => ctx.deviations(source.length(i), target.length(paired[n]!)));
      const worst = zs.reduce((a, x, n) => (Math.abs(x) > Math.abs(zs[a]!) ? n : a), 0);
      const others = zs.filter((_, n) => n !== worst);
      if (Math.abs(zs[worst]!) >= options.lengthDeviations && others.every((x) => Math.abs(x) < USUAL_DEVIATIONS)) {
        z = zs[worst]!;
        subject = `translation sentence ${paired[worst]! + 1}`;
        // The lengths the reason quotes are that sentence's and its source sentence's, not the whole link's.
        ls = source.length(link.source[worst]!);
        lt = target.length(paired[worst]!);
      }
    }
    if (Math.abs(z) < options.lengthDeviations) return undefined;
    const expected = Math.round(ctx.bitext.model.ratio * ls);
    // Much shorter, a 1-1 link whose source's end nothing answers: that end quoted, as the cut check quotes it (stranger
    // 84: "a figure that has not yet been verified externally" dropped, told by its length alone).
    const tail = z < 0 && link.kind === "1-1" ? unansweredEnd(ctx, k) : undefined;
    return {
      type: "length",
      severity: "warning",
      reason:
        `${subject} is ${z < 0 ? "much shorter" : "much longer"} than this document's translations usually are (${lt} characters where about ${expected} were expected)` +
        (tail ? `, and nothing in it answers the end of its source ("${clip(tail.text, QUOTED_CHARS)}"): a part left out?` : ""),
      evidence: {
        sourceChars: ls,
        targetChars: lt,
        expectedChars: expected,
        deviations: round(z),
        ...(tail ? { unansweredEnd: tail.text, unansweredShare: round(tail.share) } : {}),
      },
    };
  },
};

/** Link k's source's end that its translation answers nothing of (`CLAUSE_TAIL` of its letters at least), if any. */
function unansweredEnd(ctx: ReviewContext, k: number): { text: string; share: number } | undefined {
  const i = ctx.links[k]!.source[0]!;
  const tail = uncoveredTail(
    ctx.source.text([i]),
    ctx.source.tokens(i),
    ctx.linkTokens(k).target,
    ctx.dictionary,
    ctx.common,
    ctx.ownCommon,
  );
  return tail.matched > 0 && tail.share >= CLAUSE_TAIL ? tail : undefined;
}

/**
 * A translation sentence shorter than usual whose source sentence it does
 * not account for: little shared evidence, or nothing answering the end of
 * the source. Sentences are paired in order inside 1-1 and n-n links, where
 * a merge can hide a cut: the others must be of usual length (a sentence
 * boundary placed differently makes one short and the next long).
 */
export const cutShort: Check = {
  name: "cut short (shorter, and not accounting for its source)",
  // On a 1-1 link: its texts, their evidence and the length flag of `lengthOff` (text-only too); no sentence number in the reason.
  textOnly: true,
  run: (ctx, link, k, earlier) => (hasLengthFlag(earlier) ? undefined : shortened(ctx, link, k, false, earlier)),
};

/**
 * A translation sentence somewhat shorter than usual (`CLAUSE_DEVIATIONS`)
 * whose source's end is answered nowhere in it (`CLAUSE_TAIL`): a part left
 * out, or one the lexicon does not know the translation's words for (in news,
 * as often the latter: at these thresholds, as a warning, it flagged 0.5 % of
 * the development rounds' clean links for 1.7 % more of the cuts planted
 * there). Information, after the other length checks, on a link none of them
 * flagged.
 */
export const partLeftOut: Check = {
  name: "a part left out (somewhat shorter, its source's end unanswered)",
  textOnly: true,
  run: (ctx, link, k, earlier) => (hasLengthFlag(earlier) ? undefined : shortened(ctx, link, k, true, earlier)),
};

/** The flag of `cutShort`, or with `clause` of `partLeftOut`. */
function shortened(ctx: ReviewContext, link: Link, k: number, clause: boolean, earlier: readonly Flag[] = []): Flag | undefined {
  if (!ctx.hasBaseline || link.source.length !== link.target.length) return undefined;
  const { source, target, options } = ctx;
  const [deviations, tailShare] = clause
    ? [Math.min(options.cutDeviations, CLAUSE_DEVIATIONS), Math.max(options.cutTail, CLAUSE_TAIL)]
    : [options.cutDeviations, options.cutTail];
  // Two sentences translated in the opposite order pair crosswise: each is judged against its own translation.
  const pairedTo = pairedTargets(ctx, link);
  const zs = link.source.map((i, n) => ctx.deviations(source.length(i), target.length(pairedTo[n]!)));
  for (let n = 0; n < zs.length; n++) {
    if (zs[n]! > -deviations || zs.some((z, m) => m !== n && Math.abs(z) >= PARTNER_DEVIATIONS)) continue;
    const i = link.source[n]!;
    const j = pairedTo[n]!;
    // Titles are translated freely and tersely ("Bernard Vann: WW1 Victoria Cross cleric celebrated"): only sentences are judged.
    // A heading in capitals is one whatever its last dot ("...ЗА 2024 Г.", an abbreviation's).
    const sourceText = source.side.segments[i]!.text;
    const targetText = target.side.segments[j]!.text;
    if ((!endsSentence(sourceText) && !endsSentence(targetText)) || inCapitals(sourceText) || inCapitals(targetText)) continue;
    const text = source.text([i]);
    const wanted = ctx.perChar * text.length;
    if (wanted < MIN_EXPECTED_EVIDENCE) continue;
    const evidence = ctx.evidence(i, j);
    const tail = uncoveredTail(text, source.tokens(i), ctx.linkTokens(k).target, ctx.dictionary, ctx.common, ctx.ownCommon);
    // Its last word answering its source's reaches the end too, a word common in the document or not, past a few words
    // only: "... платен отпуск годишно, като до 5 от тях може да прехвърли за следващата календарна година." / "... paid
    // leave per year." ends on a year, said of another thing.
    const endAnswered =
      wordsIn(tail.text) <= END_WORDS && lastWordAnswered(source.tokens(i), target.tokens(j), ctx.dictionary, source.lang, target.lang);
    // An end unanswered because a number in it was changed is the numbers check's flag, told already: "самоучастие ...
    // в размер на 200 лева." / "a deductible of BGN 2,000" (stranger 172: a false "cut short?" beside the number's error).
    const unanswered = tail.matched > 0 && tail.share >= tailShare && !endAnswered && !numberToldIn(earlier, tail.text);
    // Little evidence says a cut only of a sentence with words enough to share: a list item of three ("Комплект крепежни
    // елементи." / "Fixing kit.") is named tersely, its words often beyond the lexicon. A part left out is told by its end alone.
    // A translation that answers its source's last word reaches its end: cut nowhere, however little it shares on the way
    // ("Интервалът между два приема трябва да бъде най-малко 4 часа." / "Leave at least 4 hours between doses.").
    const reachesEnd = (tail.matched > 0 && tail.share === 0) || endAnswered;
    if ((clause || evidence >= options.cutRatio * wanted || source.tokens(i).length < MIN_CUT_WORDS || reachesEnd) && !unanswered) continue;
    const subject = link.source.length > 1 ? `translation sentence ${j + 1}` : "the translation";
    const why = unanswered
      ? `nothing in it answers the end of its source ("${clip(tail.text, QUOTED_CHARS)}")`
      : "it has fewer words, names and numbers in common with its source than usual";
    const expected = Math.round(ctx.bitext.model.ratio * text.length);
    return {
      type: "length",
      // With no dictionary for the pair (no built-in lexicon, none given), what a sentence shares is the document's own words:
      // a concise translation ("zzgl. der gesetzlichen Mehrwertsteuer" / "excluding VAT") cannot be told from a cut one.
      severity: clause || ctx.given === undefined ? "info" : "warning",
      reason: `${subject} is ${clause ? "somewhat " : ""}shorter than usual (${target.length(j)} characters where about ${expected} were expected) and ${why}: ${clause ? "a part left out" : "cut short"}?`,
      evidence: {
        sourceChars: text.length,
        targetChars: target.length(j),
        deviations: round(zs[n]!),
        lexical: round(evidence),
        expected: round(wanted),
        ...(unanswered ? { unansweredEnd: tail.text, unansweredShare: round(tail.share) } : {}),
        ...(link.source.length > 1 ? { sourceSegment: i, targetSegment: j } : {}),
      },
    };
  }
  return undefined;
}

/** A translation sentence that stops on "the" or "на" was cut, whatever its length says alone (a 1-1 link must also be somewhat short). */
export const danglingEnd: Check = {
  name: "stops on a word sentences do not end on",
  run: (ctx, link, k, earlier) => {
    if (hasLengthFlag(earlier)) return undefined;
    const { target } = ctx;
    const z = ctx.deviations(ctx.source.measure(ctx.source.text(link.source)), target.measure(target.text(link.target)));
    // One translation sentence of usual length is never flagged: its last word need not be read (most links).
    if (link.target.length === 1 && z > -ctx.options.danglingDeviations) return undefined;
    // The source stops so too: a contract's parties joined by a line of its own ("and" / "и"; strangers 204, 206).
    const sourceStops = ctx.source.lang.danglingWords.has(finalWord(ctx.source.text(link.source)) ?? "");
    const cut = link.target.find((j) => {
      const word = finalWord(target.text([j]));
      return (
        word !== undefined &&
        !sourceStops &&
        target.lang.danglingWords.has(word) &&
        !target.lang.endingPhrases.has(finalWords(target.text([j])) ?? "") &&
        (link.target.length > 1 || z <= -ctx.options.danglingDeviations) &&
        !unitAtEnd(target.tokens(j), target.lang) &&
        !CODE_END.test(target.text([j])) &&
        !LETTER_END.test(target.text([j])) &&
        // A list's lead-in: its items follow ("противопоказан при пациенти със:"; stranger 176).
        !target.text([j]).trimEnd().endsWith(":")
      );
    });
    if (cut === undefined) return unfinished(ctx, link, k, z);
    const word = finalWord(target.text([cut]))!;
    return {
      type: "length",
      severity: "warning",
      reason: `translation sentence ${cut + 1} stops on "${word}", a word sentences do not end on${link.target.length > 1 ? "" : ", and is shorter than usual"}: cut short?`,
      evidence: { lastWord: word, deviations: round(z) },
    };
  },
};

/** Whether an earlier numbers flag of the link names a source number that `text` holds (a number changed there). */
function numberToldIn(earlier: readonly Flag[], text: string): boolean {
  return earlier.some(
    (f) =>
      f.type === "numbers" &&
      f.severity === "error" &&
      Array.isArray(f.evidence?.source) &&
      (f.evidence.source as unknown[]).some((n) => typeof n === "string" && n.length > 0 && text.includes(n)),
  );
}

/** Words of a source's unanswered end, at most, that its last word answered in the translation accounts for ("with water."). */
const END_WORDS = 3;

/** Words of a text (runs of letters or figures). */
function wordsIn(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** A translation this many standard deviations shorter than usual, stopping mid-sentence, is flagged as cut short. */
const UNFINISHED_DEVIATIONS = 1;

/**
 * A 1-1 translation that stops on a lowercase word with no mark after it, where its source ends a sentence, and is
 * shorter than usual: the rest of the sentence was lost ("...any repairs not caused" for "...ремонтите, които не се
 * дължат на виновно поведение на наемателя."). A heading, in capitals or with no mark on either side, is never judged.
 */
function unfinished(ctx: ReviewContext, link: Link, k: number, z: number): Flag | undefined {
  if (link.source.length !== 1 || link.target.length !== 1 || z > -UNFINISHED_DEVIATIONS || !ctx.hasBaseline) return undefined;
  const i = link.source[0]!;
  const sourceText = ctx.source.side.segments[i]!.text;
  const targetText = ctx.target.side.segments[link.target[0]!]!.text.trimEnd();
  if (!endsSentence(sourceText) || inCapitals(sourceText) || !LOWERCASE_END.test(targetText)) return undefined;
  // And the source's end answered nowhere in it: what the sentence lost is its end.
  const text = ctx.source.text([i]);
  const tail = uncoveredTail(text, ctx.source.tokens(i), ctx.linkTokens(k).target, ctx.dictionary, ctx.common, ctx.ownCommon);
  if (tail.matched === 0 || tail.share < CLAUSE_TAIL) return undefined;
  const word = finalWord(targetText)!;
  return {
    type: "length",
    severity: "warning",
    reason: `the translation stops on "${word}" with no full stop, where its source ends its sentence, is shorter than usual, and nothing in it answers the source's end ("${clip(tail.text, QUOTED_CHARS)}"): cut short?`,
    evidence: { lastWord: word, deviations: round(z), unansweredEnd: tail.text, unansweredShare: round(tail.share) },
  };
}

/** A text that stops on a lowercase word, no mark after it. */
const LOWERCASE_END = /\p{Ll}$/u;

/** A sentence that ends on a capital letter alone ("Annex A.", "energy class A."): a label's or a grade's, not the article. */
const LETTER_END = /(?:^|[^\p{L}\p{M}'’-])\p{Lu}["'”’»)\]]*[.!?…:;,]*["'”’»)\]]*\s*$/u;

/** A sentence that ends on a code whose last part is a letter ("... with kit ZF-6021-A."): no word. */
const CODE_END = /\d[-/]?\p{L}{1,3}["'”’»)\]]*[.!?…:;,]*["'”’»)\]]*\s*$/u;

/** A sentence that ends on a number's unit ("Fuse 16 A."): the ampere, not the article. */
function unitAtEnd(tokens: readonly Matchable[], lang: LanguageProfile): boolean {
  const last = tokens[tokens.length - 1];
  return last?.kind === "word" && tokens[tokens.length - 2]?.kind === "number" && isUnitSymbol(last.surface, lang.units);
}

/**
 * A translation sentence cut short and run into the next one: its full stop
 * went with its end, so the two became one sentence and one link with two
 * source sentences ("...without water, the overheat Let the appliance cool
 * down..."). Where a word is followed, with no punctuation between, by a
 * capitalised word that the translation writes in lowercase elsewhere (a
 * sentence's first word, not a name), the part before it is judged against
 * the source sentence it should translate: nothing in the sentence answering
 * that sentence's end, while the part after the break answers the next one, is a cut.
 */
export const runOn: Check = {
  name: "a sentence cut short and run into the next",
  run: (ctx, link, _k, earlier) => {
    if (hasLengthFlag(earlier) || link.target.length !== 1 || link.source.length < 2) return undefined;
    const { source, target, options } = ctx;
    const j = link.target[0]!;
    const text = target.side.segments[j]!.text;
    for (const seam of seams(text, target)) {
      const [head, tail] = splitTokens(text, target.tokens(j), seam.at);
      for (let n = 1; n < link.source.length; n++) {
        const cut = link.source[n - 1]!;
        const next = link.source[n]!;
        const cutText = source.text([cut]);
        // Every word counts, the document's common ones too: a manual's "kettle" and "water" are what shows the part before the break is this sentence's.
        const before = uncoveredTail(cutText, source.tokens(cut), head, ctx.dictionary, EVERY_WORD);
        if (before.matched === 0 || before.share < options.cutTail) continue;
        // Its end answered nowhere in the sentence (not moved after the break), and the part after the break translating the next one.
        const whole = uncoveredTail(cutText, source.tokens(cut), target.tokens(j), ctx.dictionary, EVERY_WORD);
        if (whole.share < options.cutTail) continue;
        // The next sentence's translation begins at the break: its words are after it, none before (the document's common words aside).
        if (uncoveredTail(source.text([next]), source.tokens(next), tail, ctx.dictionary, EVERY_WORD).matched === 0) continue;
        if (uncoveredTail(source.text([next]), source.tokens(next), head, ctx.dictionary, ctx.common).matched > 0) continue;
        return {
          type: "length",
          severity: "warning",
          reason: `translation sentence ${j + 1} runs on from a sentence that stops short ("${seam.words}", with no full stop between), and nothing before the break answers the end of source sentence ${cut + 1} ("${clip(before.text, QUOTED_CHARS)}"): cut short?`,
          evidence: {
            sourceSegment: cut,
            targetSegment: j,
            seam: seam.words,
            unansweredEnd: before.text,
            unansweredShare: round(before.share),
          },
        };
      }
    }
    return undefined;
  },
};

/**
 * A word in lowercase and, with only spaces between, a capitalised word
 * followed by a word in lowercase or by punctuation: "overheat Let the".
 * Names run in capitals ("the General Assembly", "Southern California"), and a
 * word glued to a digit or an apostrophe ("125th Street", "Children's
 * Hospital") is no sentence's last.
 */
const SEAM = /(?<![\p{L}\p{N}'’])(\p{Ll}{2,})( +)(\p{Lu}\p{Ll}+)(?=[\s,;:.!?]+(?:\p{Ll}|$)|[,;:.!?]*$)/gu;
/** A sentence end or a semicolon inside a text (not its last mark). */
const INNER_END = /[.!?;…]["'”’»)\]]*\s+\S/u;

/**
 * Where a sentence seems to begin inside a text: the capitalised word is one
 * the side writes in lowercase elsewhere (no name), and what follows it is
 * one sentence, to the end.
 */
function seams(text: string, side: SideInfo): Array<{ at: number; words: string }> {
  const out: Array<{ at: number; words: string }> = [];
  for (const m of text.matchAll(SEAM)) {
    const [, word, space, next] = m;
    const at = m.index + word!.length + space!.length;
    // No sentence ends on "the" or "of": "the Services", a contract's defined term, though "services" is lowercase elsewhere.
    if (side.lang.danglingWords.has(word!)) continue;
    if (!side.lowercase().has(next!.toLowerCase()) || INNER_END.test(text.slice(at))) continue;
    out.push({ at, words: `${word} ${next}` });
  }
  return out;
}

/** A segment's tokens before and after character `at` of its text. */
function splitTokens(text: string, tokens: readonly Matchable[], at: number): [Matchable[], Matchable[]] {
  const head: Matchable[] = [];
  const tail: Matchable[] = [];
  tokenSpans(text, tokens).forEach((span, n) => {
    (span.start < at ? head : tail).push(tokens[n]!);
  });
  return [head, tail];
}

function hasLengthFlag(flags: readonly Flag[]): boolean {
  return flags.some((f) => f.type === "length");
}
