/** A negation on one side of a link only: "Не давайте..." translated "You can give...". */
import { FoldedPattern, type Found } from "../../lang/chars.js";
import type { Dictionary } from "../../lang/dictionary.js";
import type { LanguageProfile } from "../../lang/index.js";
import type { NegatedBound, NegationData } from "../../lang/types.js";
import { highestIdf, type Matchable } from "../../score/index.js";
import type { Flag, Link } from "../../types.js";
import { MIN_EXPECTED_EVIDENCE, type ReviewContext } from "../context.js";
import { uncoveredTail } from "../coverage.js";
import { clip, escapeRegExp, round, unique } from "../text.js";
import { mentionsClass } from "./classes.js";
import { negatedLimitsAnswered } from "./limits.js";
import { prefixedAdded, prefixedInTranslation, prefixedOpposite } from "./prefixed.js";
import type { Check } from "./types.js";

/**
 * The share of the usual lexical evidence a link must have for its negation
 * to be compared, the divergent check's: a link sharing less is another
 * sentence or a free rewording, and says so already.
 */
const CLOSE_SHARE = 0.15;
/** How much of the sentence around a negation a reason quotes. */
const QUOTED_CHARS = 40;

/**
 * A language's patterns, narrowed to Latin and Cyrillic where the text allows
 * (src/lang/chars.ts): a case-insensitive `\p{L}` costs tens of milliseconds to
 * compile, a start-up's worth on a short pair.
 */
interface Negations {
  readonly plain: FoldedPattern;
  /** Negations compared where the source says them (`NegationData.sourceOnly`). */
  readonly sourceOnly: FoldedPattern | undefined;
  /** A text opening on an imperative (`NegationData.imperative`), bullets and a step's number before it aside. */
  readonly imperative: RegExp | undefined;
  /** The plain negations a translation may not add: `prohibition`, else `plain`. */
  readonly prohibition: FoldedPattern;
  /** Words that permit (`NegationData.permission`), if the language has them. */
  readonly permission: FoldedPattern | undefined;
  /** A state said to have ended, and said to go on (`NegationData.ceased`). */
  readonly ended: FoldedPattern | undefined;
  readonly goesOn: FoldedPattern | undefined;
  readonly expletive: FoldedPattern | undefined;
  /** Uses whose particle says no to nothing at all (`NegationData.idle`). */
  readonly idle: FoldedPattern | undefined;
  readonly any: FoldedPattern;
  /** A whole word that is a particle (`particles`, anchored): asked only of a source's few negative words. */
  readonly particle: RegExp | undefined;
  /** A particle negating the word after it (`verbParticles`), as a whole word. */
  readonly verbParticle: RegExp | undefined;
  /** A word saying a thing is absent (`absenceParticles`), as a whole word. */
  readonly absence: RegExp | undefined;
  /** Its opposite (`presenceParticles`), anywhere in a text. */
  readonly presence: FoldedPattern | undefined;
  /** A condition's word of `any`, as a whole word (`NegationData.conditions`). */
  readonly condition: RegExp | undefined;
  /** Words saying no by their meaning, not their form (`NegationData.lexicalNegatives`). */
  readonly lexical: FoldedPattern | undefined;
  /** A verb saying no to the verb after it (`verbNegators`), as a whole word. */
  readonly verbNegator: RegExp | undefined;
  /** Words that forbid what stands before them (`NegationData.forbidding`). */
  readonly forbidding: FoldedPattern | undefined;
  /** Words saying no without a negation (`NegationData.restrictive`), if the language has them. */
  readonly restrictive: FoldedPattern | undefined;
  /** Modals and auxiliaries between a negation and its verb (`NegationData.auxiliaries`), as a whole word. */
  readonly auxiliary: RegExp | undefined;
  /** A perfect's auxiliary (`NegationData.perfectAuxiliaries`), as a whole word. */
  readonly perfect: RegExp | undefined;
  /** The words for "until" (`NegationData.until`). */
  readonly until: FoldedPattern | undefined;
  /** Verbs whose noun after them is what they say (`NegationData.supportVerbs`), as a whole word. */
  readonly support: RegExp | undefined;
  /** Clitics a second verb takes again only when said on its own (`NegationData.ownClitics`), as a whole word. */
  readonly ownClitic: RegExp | undefined;
  /** The language's bounds said with a negation or without (`NegationData.bounds`), compiled. */
  readonly bounds: ReadonlyArray<{ readonly kind: NegatedBound; readonly negated: FoldedPattern; readonly plain: FoldedPattern }>;
  /** The language's words joining a list's last item (`LanguageData.lists`), as a whole word. */
  readonly listJoiner: RegExp | undefined;
  /** `lists.alternatives` as one pattern: joining words a negation before them carries on ("or"). */
  readonly alternative: RegExp | undefined;
  readonly participleEndings: NegationData["participleEndings"];
  /** A finite verb's form (`NegationData.finiteVerb`), as a whole word. */
  readonly finiteVerb: RegExp | undefined;
  /** A relative pronoun (`NegationData.relatives`), as a whole word. */
  readonly relative: RegExp | undefined;
  /** A reduced relative clause's negation (`NegationData.reducedRelative`), global. */
  readonly reducedRelative: RegExp | undefined;
  /** A verb a relative pronoun after it opens what is said of (`NegationData.reportingVerbs`), as a whole word. */
  readonly reporting: RegExp | undefined;
  /** A negation of the infinitive after it alone (`NegationData.infinitival`), that infinitive with it. */
  readonly infinitival: FoldedPattern | undefined;
  /** A reference's label word and number after a comma (", item 1", ", ал. 1"): the reference goes on, no clause ended. */
  readonly referenceGoesOn: RegExp | undefined;
}

const compiled = new WeakMap<LanguageProfile, Negations | null>();

/** A language's negation patterns, compiled once (null: the language has no data, nothing is compared). */
function negationsOf(lang: LanguageProfile): Negations | null {
  let out = compiled.get(lang);
  if (out !== undefined) return out;
  const data = lang.negation;
  const word = (source: string) => new FoldedPattern(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "giu");
  out = data
    ? {
        plain: word(data.plain),
        sourceOnly: data.sourceOnly ? word(data.sourceOnly) : undefined,
        imperative: data.imperative ? new RegExp(`^[\\s\\d.)•*–-]*(?:${data.imperative})(?![\\p{L}])`, "iu") : undefined,
        prohibition: word(data.prohibition ?? data.plain),
        permission: data.permission ? word(data.permission) : undefined,
        ended: data.ceased ? word(data.ceased.ended) : undefined,
        goesOn: data.ceased ? word(data.ceased.goesOn) : undefined,
        expletive: data.expletive ? word(data.expletive) : undefined,
        idle: data.idle ? word(data.idle) : undefined,
        any: word(data.any),
        particle: data.particles ? new RegExp(`^(?:${data.particles})$`, "iu") : undefined,
        verbParticle: data.verbParticles ? new RegExp(`^(?:${data.verbParticles})$`, "iu") : undefined,
        absence: data.absenceParticles ? new RegExp(`^(?:${data.absenceParticles})$`, "iu") : undefined,
        presence: data.presenceParticles ? word(data.presenceParticles) : undefined,
        lexical: data.lexicalNegatives ? word(data.lexicalNegatives) : undefined,
        verbNegator: data.verbNegators ? new RegExp(`^(?:${data.verbNegators})$`, "iu") : undefined,
        condition: data.conditions ? new RegExp(`^(?:${data.conditions})$`, "iu") : undefined,
        forbidding: data.forbidding ? word(data.forbidding) : undefined,
        restrictive: data.restrictive ? word(data.restrictive) : undefined,
        auxiliary: data.auxiliaries ? new RegExp(`^(?:${data.auxiliaries})$`, "iu") : undefined,
        perfect: data.perfectAuxiliaries ? new RegExp(`^(?:${data.perfectAuxiliaries})$`, "iu") : undefined,
        support: data.supportVerbs ? new RegExp(`^(?:${data.supportVerbs})$`, "iu") : undefined,
        ownClitic: data.ownClitics ? new RegExp(`^(?:${data.ownClitics})$`, "iu") : undefined,
        until: data.until ? word(data.until) : undefined,
        bounds: Object.entries(data.bounds ?? {}).map(([kind, b]) => ({
          kind: kind as NegatedBound,
          negated: word(b!.negated),
          plain: word(b!.plain),
        })),
        listJoiner: lang.lists?.joiners.length ? new RegExp(`^(?:${lang.lists.joiners.join("|")})$`, "iu") : undefined,
        alternative: lang.lists?.alternatives?.length ? new RegExp(`^(?:${lang.lists.alternatives.join("|")})$`, "iu") : undefined,
        participleEndings: data.participleEndings,
        finiteVerb: data.finiteVerb ? new RegExp(`^(?:${data.finiteVerb})$`, "u") : undefined,
        relative: data.relatives ? new RegExp(`^(?:${data.relatives})$`, "iu") : undefined,
        reducedRelative: data.reducedRelative ? new RegExp(data.reducedRelative, "giu") : undefined,
        reporting: data.reportingVerbs ? new RegExp(`^(?:${data.reportingVerbs})$`, "iu") : undefined,
        infinitival: data.infinitival ? word(data.infinitival) : undefined,
        referenceGoesOn: lang.labelWords.size
          ? new RegExp(`^\\s*(?:${[...lang.labelWords].map(escapeRegExp).join("|")})\\.?\\s*\\d`, "iu")
          : undefined,
      }
    : null;
  compiled.set(lang, out);
  return out;
}

/**
 * An instruction's prohibition made a command: "Do not change the speed ..." / "Сменяйте скоростта ..." (the translation
 * saying no nowhere). Not said with a word of restriction ("Do not use it with wet hands" / "Използвайте го само със
 * сухи ръце").
 */
function madeCommand(ctx: ReviewContext, [source, sn]: readonly [string, Negations], [target, tn]: readonly [string, Negations]) {
  return opensOn(source, sn.prohibition) && tn.imperative?.test(target) === true && !restrictsBeyond(ctx, target, tn, source, sn);
}

/** Whether `pattern` matches at a text's first word, bullets and a step's number before it aside. */
function opensOn(text: string, pattern: FoldedPattern): boolean {
  const m = pattern.matchAll(text)[0];
  return m !== undefined && /^[\s\d.)•*–-]*$/u.test(text.slice(0, m.index));
}

/** The plain negations of a text that no expletive or idle use covers ("докато не" is "until", "never more so" says no to nothing), as written. */
function plainNegations(text: string, n: Negations, pattern: FoldedPattern = n.plain): string[] {
  const found = pattern.matchAll(text);
  // Most sentences negate nothing: the expletive uses are looked for only where there is a negation to cover.
  if (found.length === 0) return [];
  const covered: Array<[number, number]> = [];
  if (n.expletive) for (const m of n.expletive.matchAll(text)) covered.push([m.index, m.index + m[0].length]);
  // An idle use's whole span: "and never more so than at the Ryder Cup" (stranger 203's false error).
  if (n.idle) for (const m of n.idle.matchAll(text)) covered.push([m.index, m.index + m[0].length]);
  const out: string[] = [];
  for (const m of found) if (!covered.some(([a, b]) => m.index < b && m.index + m[0].length > a)) out.push(m[0]);
  return out;
}

/**
 * Whether a translation says no only by as many negative words as its source
 * has besides its plain negations: they translate those ("без надзор" /
 * "without supervision", "неправилна експлоатация" / "improper operation"),
 * not the plain negation ("Гаранцията не покрива повреди, причинени от
 * неправилна експлоатация" / "The warranty covers damage caused by improper
 * operation"). A plain negation or a particle of the translation's own always counts. `otherPlain`: how many plain
 * negations the source has besides the one compared.
 */
function onlyItsOwnNegatives(
  source: string,
  target: string,
  sn: Negations,
  tn: Negations,
  otherPlain = 0,
  compared: FoldedPattern = sn.plain,
): boolean {
  if (tn.plain.test(target)) return false;
  const words = negativeWords(target, tn);
  // A particle ("not" in "did not say") is a negation of the translation's own, answering no negative word of the source's.
  if (words.length === 0 || words.some((w) => tn.particle?.test(w))) return false;
  const theirs = words.length;
  // Its own: not in a plain negation, and no particle ("никога да не използва" / "never use": "никога" is the negation's).
  // The negation compared is none of them: "banned from" / "лишено от правото", a prohibition and a word of its own (stranger 270).
  const plain = [...sn.plain.matchAll(source), ...(compared === sn.plain ? [] : compared.matchAll(source))].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  // A condition's negation ("когато ИЗПЪЛНИТЕЛЯТ не е направил", "ако не") is never compared as a plain one, said either
  // way; a negative word of the translation may answer it ("has failed to").
  const conditional = particleInside(sn, sn.expletive, source);
  const idle = particleInside(sn, sn.idle, source);
  const found = sn.any.matchAll(source);
  const conditions = found.filter((m) => conditional(m) && !idle(m)).length;
  // A verb negated by a word of its own ("не е отстранил" / "failed to remedy"): as many as the source's plain negations
  // and conditions' translate them all (stranger 118).
  // Not one translating a negating verb of the source's own: "няма право да отказва" / "shall have the right to refuse"
  // dropped the "няма" (stranger 131).
  const negators = words.filter((w) => tn.verbNegator?.test(w)).length - found.filter((m) => sn.verbNegator?.test(m[0])).length;
  if (negators > 0 && negators >= 1 + otherPlain + conditions) return false;
  const mine =
    found.filter((m) => !plain.some(([c, d]) => m.index < d && m.index + m[0].length > c) && !sn.particle?.test(m[0])).length + conditions;
  // The source's other plain negations count as its own too: "не носи отговорност ..., когато ... не е направил" / "shall
  // be liable ... where ... has failed to": "failed" answers the second, and the first went (stranger 111).
  return theirs <= mine + otherPlain;
}

/** A text's ways of saying no (`any`), as written, but a particle inside an expletive use ("освен ако не сте сигурни": "unless you are sure"), which says no to nothing. */
function negativeWords(text: string, n: Negations): string[] {
  const inside = particleInside(n, n.expletive, text);
  return n.any
    .matchAll(text)
    .filter((m) => !inside(m))
    .map((m) => m[0]);
}

/** Whether a way of saying no (a match of `any`) is a particle inside a use of `uses` in the text ("докато ... не"). */
function particleInside(n: Negations, uses: FoldedPattern | undefined, text: string): (m: Found) => boolean {
  const spans = uses ? uses.matchAll(text).map((m) => [m.index, m.index + m[0].length] as const) : [];
  if (spans.length === 0) return () => false;
  return (m) => n.particle?.test(m[0]) === true && spans.some(([c, d]) => m.index >= c && m.index + m[0].length <= d);
}

/** Words after a plain negation within which a bound's word makes it that bound ("shall not pass to the Buyer until"). */
const BOUND_REACH = 8;

/**
 * Whether the negation `said` of `text` says a bound the other side says
 * without one (`NegationData.bounds`): "shall not pass ... until the price is
 * paid" / "преминава след изплащането", "няма да започне работа, преди да
 * получи аванса" / "will only start work once ...", "не може да надвишава
 * инфлацията" / "is limited to the inflation rate". A bound's word within
 * BOUND_REACH words after the negation, in its sentence, and the other
 * side's word for the same bound anywhere in it.
 */
function boundSaidOtherwise(text: string, said: string, n: Negations, other: string, on: Negations): boolean {
  if (n.bounds.length === 0 || on.bounds.length === 0) return false;
  const at = text.indexOf(said);
  if (at < 0) return false;
  const words = text
    .slice(at + said.length)
    .split(/[.!?;]/u, 1)[0]!
    .trim()
    .split(/\s+/u)
    .slice(0, BOUND_REACH)
    .join(" ");
  return n.bounds.some((b) => {
    const theirs = on.bounds.find((o) => o.kind === b.kind);
    return theirs !== undefined && b.negated.test(words) && theirs.plain.test(other);
  });
}

/**
 * Whether a translation says no by a restricting word ("only", "outside") that translates none of its source's: "Use only
 * indoors" for "Не използвайте навън" says the prohibition so; "may transfer ... outside the EEA" for "не може да предава ...
 * извън ЕИП" translates the source's own "извън" and permits what it forbade (stranger 111). By the built-in lexicon or a
 * dictionary given; without one, any restricting word counts.
 */
function restrictsBeyond(ctx: ReviewContext, target: string, tn: Negations, source: string, sn: Negations): boolean {
  if (!tn.restrictive) return false;
  const theirs = tn.restrictive.matchAll(target);
  if (theirs.length === 0) return false;
  const translated = new Set(
    (sn.restrictive ? sn.restrictive.matchAll(source) : []).flatMap((m) => [
      ...(ctx.given?.lookup(ctx.source.lang.stem(m[0].toLowerCase()))?.keys() ?? []),
    ]),
  );
  return theirs.some((m) => !translated.has(ctx.target.lang.stem(m[0].toLowerCase())));
}

/** Whether a text says no in any way. */
function anyNegation(text: string, n: Negations): boolean {
  return n.any.test(text);
}

/**
 * The negation the translation adds: a prohibition or a permission where the source says no nowhere, or only by words the
 * translation says besides its negation ("може да бъде прекратен без предизвестие" / "may not be terminated without
 * notice": "без" is "without"; stranger 97); else any plain one of a word the source says plainly (`negatesSourceWord`).
 */
function addedNegation(
  ctx: ReviewContext,
  k: number,
  [source, sn, sourcePlain]: readonly [string, Negations, readonly string[]],
  [target, tn, targetPlain]: readonly [string, Negations, readonly string[]],
  targetAll: readonly string[],
): string | undefined {
  const saysNo = negationBeyondConditions(source, sn);
  // A restriction both sides say, the translation forbidding what it leaves out: "Hand wash only." / "Не перете в перална
  // машина, а само на ръка." (stranger 212's care label).
  if (!saysNo && restrictedBoth(source, sn, target, tn)) return undefined;
  if (targetPlain.length > 0 && (!saysNo || (sourcePlain.length === 0 && onlyItsOwnNegatives(target, source, tn, sn, 0, tn.prohibition))))
    return targetPlain[0];
  return targetAll.length > 0 && !saysNo ? targetAll.find((said) => negatesSourceWord(ctx, k, target, said)) : undefined;
}

/**
 * Whether both sides restrict ("only", "само": `NegationData.restrictive`), the translation's restriction in a clause of
 * its own after its negation ("Не перете ..., а само на ръка"): the negation forbids what the restriction leaves out. Not
 * one the negation governs ("Не използвайте само доставеното зарядно").
 */
function restrictedBoth(source: string, sn: Negations, target: string, tn: Negations): boolean {
  if (sn.restrictive === undefined || tn.restrictive === undefined || !sn.restrictive.test(source)) return false;
  const no = tn.any.matchAll(target)[0];
  if (no === undefined) return false;
  return tn.restrictive.matchAll(target).some((m) => m.index > no.index && /[,;:–—]/u.test(target.slice(no.index, m.index)));
}

/** Whether a text says no in any way but a condition's word (`NegationData.conditions`: "unless"). */
function negationBeyondConditions(text: string, n: Negations): boolean {
  if (!n.condition) return n.any.test(text);
  return n.any.matchAll(text).some((m) => !n.condition!.test(m[0]));
}

/**
 * Whether the clause of `text` that position `at` is in says no before it, by a particle of its language ("не", "not",
 * "never"): "Наемателят не може да прекрати договора преди 1 януари" negates its "преди", "Press the left button until"
 * nothing ("until" is a way of saying no elsewhere, no particle). False where the language has no particles.
 */
/** Whether the word `word` is one of the language's negation particles ("not", "не"). */
export function isNegationParticle(word: string, lang: LanguageProfile): boolean {
  return negationsOf(lang)?.particle?.test(word) === true;
}

/** Whether a word says no: a negation particle of its language, or a verb with English's "n't". */
function saysNo(word: string, particle: RegExp): boolean {
  return particle.test(word) || /n['’]t$/iu.test(word);
}

/** Whether a word says no in its language (`saysNo` with the language's particles). */
export function isNegationWord(word: string, lang: LanguageProfile): boolean {
  const particle = negationsOf(lang)?.particle;
  return particle !== undefined && saysNo(word, particle);
}

/** Whether a word is one of the language's restrictive words (`NegationData.restrictive`: "only", "само"). */
export function isRestrictive(word: string, lang: LanguageProfile): boolean {
  return negationsOf(lang)?.restrictive?.test(word) === true;
}

export function negatedBefore(text: string, at: number, lang: LanguageProfile): boolean {
  const particle = negationsOf(lang)?.particle;
  if (!particle) return false;
  return clauseBefore(text, at)
    .split(/[^\p{L}'’-]+/u)
    .some((w) => w !== "" && saysNo(w, particle));
}

/** Words between a relative clause's negation and a verb after it that make the verb the main clause's. */
const RELATIVE_GAP = 3;

/**
 * A clause's text without a relative clause's negation far before its end: "A participant who has not provided a
 * performance guarantee is" is "A participant" to the verb after it (`NegationData.relatives`).
 */
function mainClause(clause: string, n: Negations): string {
  if (!n.relative) return clause;
  const words = [...clause.matchAll(/[\p{L}'’-]+/gu)];
  let r = -1;
  let q = -1;
  words.forEach((w, i) => {
    // "finds that", "holds that": what is said, no relative clause.
    if (n.relative!.test(w[0])) {
      if (!(i > 0 && n.reporting?.test(words[i - 1]![0]))) r = i;
    } else if (n.any.test(w[0])) q = i;
  });
  return r >= 0 && q > r && words.length - 1 - q >= RELATIVE_GAP ? clause.slice(0, words[r]!.index) : clause;
}

/**
 * A clause without the negations that say no to an infinitive inside it alone ("not to take part"), each with its
 * infinitive: one with words of the clause before and after it ("Your decision not to take part will"). Not one opening
 * the clause, a prohibition ("Да не се съхранява в хладилник"), nor one ending it, the verb's own ("... и да не се").
 */
function withoutInfinitival(clause: string, n: Negations): string {
  if (!n.infinitival) return clause;
  const found = n.infinitival
    .matchAll(clause)
    .filter((m) => /\p{L}/u.test(clause.slice(0, m.index)) && /\p{L}/u.test(clause.slice(m.index + m[0].length)));
  if (found.length === 0) return clause;
  let out = "";
  let from = 0;
  for (const m of found) {
    out += clause.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return out + clause.slice(from);
}

/** The text of the clause position `at` is in, before it: back to a comma, a semicolon, a colon or a sentence's mark. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  // A full stop ends a clause where a sentence would begin after it, not an abbreviation's inside one ("за 2023 г. поради
  // загуба": stranger 326, the clause cut after "г." lost its "не").
  let stop = before.lastIndexOf(".");
  while (stop >= 0 && /^\s*\p{Ll}/u.test(before.slice(stop + 1))) stop = before.lastIndexOf(".", stop - 1);
  return before.slice(Math.max(stop, ...[",", ";", ":", "!", "?"].map((c) => before.lastIndexOf(c))) + 1);
}

/** A negative word joined by a hyphen and another word after it: a thing's name ("non-performing loans", "non-current assets"). */
const NAMING_COMPOUND = /^\p{L}+-\p{L}+$/u;
const WORD_AFTER = /^\s+\p{L}/u;

/**
 * Whether a translation says no otherwise than by naming things with a negative compound before a noun: "sold
 * non-performing loans" for "не е продавала необслужвани кредити" says no nowhere ("is non-refundable." still does).
 */
function negationBeyondNames(text: string, n: Negations, untilAnswered = false, namedAnswered = false): boolean {
  if (!n.any.test(text)) return false;
  // A negation in a name the source writes with one too: "Do Not Disturb" / „Не безпокойте“ says no to nothing in the sentence.
  const named = namedAnswered ? namedSpans(text) : [];
  // Said of the thing after an auxiliary ("is non-refundable in case of cancellation"), it says no.
  const said = (at: number) => n.auxiliary?.test(/(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? "") === true;
  // "until" that translates the source's own ("до края на годината" / "until the end of the year") says no to nothing.
  const until = (m: Found) => untilAnswered && n.until?.test(m[0]);
  // A particle of an idle use says no to nothing: "Затворете прозореца, докато качването не приключи" (close it until
  // the upload ends) has no negation of "Do not close this window until..." (stranger 107).
  const idle = particleInside(n, n.idle, text);
  return n.any
    .matchAll(text)
    .some(
      (m) =>
        !until(m) &&
        !idle(m) &&
        !named.some(([a, b]) => m.index >= a && m.index < b) &&
        !(NAMING_COMPOUND.test(m[0]) && WORD_AFTER.test(text.slice(m.index + m[0].length)) && !said(m.index)),
    );
}

/**
 * A short quotation („Не безпокойте“, "Do Not Disturb") or a run of capitalised words past a sentence's first (Do Not
 * Disturb, No Smoking): the name of a mode, a button or a sign.
 */
const NAMED = /[„“"«][^„“"«»”.!?,;:]{1,30}[“”"»]|(?<=\p{L}[,;:]?\s+)\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}/gu;
/** Words a quotation has at most to be a name: a slogan quoted („Не забравяме, не прощаваме“) says what it says. */
const NAMED_WORDS = 3;

/** Where `text` names things (`NAMED`). */
function namedSpans(text: string): Array<readonly [number, number]> {
  return [...text.matchAll(NAMED)]
    .filter((m) => m[0].trim().split(/\s+/u).length <= NAMED_WORDS)
    .map((m) => [m.index, m.index + m[0].length] as const);
}

/** Whether a negation of `text` stands in a name (`NAMED`): "while Do Not Disturb is on" (stranger 347). */
function negationNamed(text: string, n: Negations): boolean {
  const named = namedSpans(text);
  return named.length > 0 && n.any.matchAll(text).some((m) => named.some(([a, b]) => m.index >= a && m.index < b));
}

/** One side of a link as `saidOtherwise` reads it: its text, its negations, its plain ones, its segments' tokens, its language. */
type NegatedSide = readonly [string, Negations, readonly string[], readonly (readonly Matchable[])[], LanguageProfile];

/**
 * Whether the negation `said` of one side says what the other side says without one. A limit: "не може да надвишава 10
 * %" / "capped at 10%", "shall not pass ... until paid" / "преминава след изплащането" (a limit turned around is still
 * flagged, here or by the limits check). Two noes said as an "only": "не може да променя ... без съгласието" / "may change
 * ... only with the consent" (stranger 147; `none`: the other side says no nowhere).
 */
function saidOtherwise(
  ctx: ReviewContext,
  [text, n, plain, segments, lang]: NegatedSide,
  [other, on, , otherSegments, otherLang]: NegatedSide,
  said: string,
  none: boolean,
): boolean {
  return (
    boundSaidOtherwise(text, said, n, other, on) ||
    (none && n.any.matchAll(text).length === 2 && restrictsBeyond(ctx, other, on, text, n)) ||
    (plain.length === 1 && negatedLimitsAnswered(segments, lang, otherSegments, otherLang))
  );
}

/** A sentence asking: its last mark, before closing quotes or brackets, a question mark. */
const QUESTION = /\?["'»“”’)\]]*\s*$/u;

/**
 * Whether a link has text on both sides and as many sentences on each, a label cut off as its own sentence not counted:
 * "ВНИМАНИЕ! Не докосвайте..." / "WARNING: Do not touch..." (stranger 185).
 */
function sameSentences(ctx: ReviewContext, link: Link): boolean {
  if (link.source.length === 0 || link.target.length === 0) return false;
  if (link.source.length === link.target.length) return true;
  const sentences = (side: ReviewContext["source"], ids: readonly number[]) =>
    ids.filter((id) => !LABEL_ALONE.test(side.text([id]))).length;
  return sentences(ctx.source, link.source) === sentences(ctx.target, link.target);
}

/** A sentence that is a label alone, a word or two ending on "!" or ":" ("ВНИМАНИЕ!", "Note:"). */
const LABEL_ALONE = /^\s*\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+)?\s*[!:]\s*$/u;

export const negation: Check = {
  name: "a negation on one side only",
  // Its texts, their evidence and the untranslated flag (text-only too) alone.
  textOnly: true,
  run: negationFlag,
};

function negationFlag(ctx: ReviewContext, link: Link, k: number, earlier: readonly Flag[]): Flag | undefined {
  // A translation left in the source's language has no negation of the target's to find.
  if (earlier.some((f) => f.type === "untranslated")) return undefined;
  // As many sentences a side: one negation of a merge can cover two sentences ("Не приемайте X, ако... Не приемайте, ако..." / "Do not take X if ..., or if ...").
  if (!sameSentences(ctx, link)) return undefined;
  const sn = negationsOf(ctx.source.lang);
  const tn = negationsOf(ctx.target.lang);
  if (!sn || !tn) return undefined;
  const source = ctx.source.text(link.source);
  const target = ctx.target.text(link.target);
  // A plain negation on one side, and no way of saying no on the other. Counting them is no better measure: double negatives
  // ("никой не", "nobody") and a translator's antonyms ("не може да", "unable"; "не бъде прекратено", "won't be") make the counts differ.
  // A question negates for its answer's sake ("Why wouldn't I...?"): a rhetorical one is turned either way.
  if (QUESTION.test(source) || QUESTION.test(target)) return undefined;
  let sourcePlain = sn.sourceOnly
    ? [...plainNegations(source, sn), ...plainNegations(source, sn, sn.sourceOnly)]
    : plainNegations(source, sn);
  // A tense `plain` does not list ("не отговори"), where the lexicon says its verb is in a translation saying no nowhere.
  if (sourcePlain.length === 0 && sn.verbParticle && sn.any.test(source) && !anyNegation(target, tn)) {
    const said = negatedTranslatedWord(ctx, k, source, sn);
    if (said !== undefined) sourcePlain = [said];
  }
  // Added unasked, only a prohibition or a permission counts: a story's "they don't" may render an antonym of the source's.
  const targetPlain = plainNegations(target, tn, tn.prohibition);
  // Any plain negation the translation adds to a verb the source says plainly: "will raise" / "няма да повишава",
  // "ще повиши" / "will not raise". (An antonym rendered with a negation, "will stay" / "will not change", negates a word of its own.)
  const targetAll = sourcePlain.length === 0 && targetPlain.length === 0 ? plainNegations(target, tn) : [];
  if (sourcePlain.length === 0 && targetPlain.length === 0 && targetAll.length === 0) return undefined;
  const none = !negationBeyondNames(target, tn, sn.until?.test(source), negationNamed(source, sn));
  // The translation's negations may all be in a clause after the opening one, or answer the source's own negative words.
  // The translation says no fewer times than the source: a clause's negation lost, not moved to another clause.
  let fewer = sourcePlain.length > comparedNegations(target, tn);
  const openingAt = (relative: boolean, more = fewer) =>
    sourcePlain.length > 0 && !none && openingDropped([source, sn], [target, tn], sourcePlain[0]!, more, relative);
  let opening = openingAt(false);
  const own = sourcePlain.length > 0 && !none && !opening && onlyItsOwnNegatives(source, target, sn, tn, sourcePlain.length - 1);
  let dropped = none || opening || own ? sourcePlain[0] : undefined;
  let added = dropped === undefined ? addedNegation(ctx, k, [source, sn, sourcePlain], [target, tn, targetPlain], targetAll) : undefined;
  if (dropped === undefined && added === undefined) {
    const freed = sourcePlain.length > 0 && !none ? freedFlag(ctx, link, k, source, sourcePlain, sn, target, tn) : undefined;
    // Where nothing more precise is said, the translation's opening clause ends at an English relative pronoun too.
    fewer ||= relativeAnswered(source, sn, target, tn);
    if (freed || !openingAt(true, fewer)) return freed;
    [opening, dropped] = [true, sourcePlain[0]];
  }
  const lt = ctx.linkTokens(k);
  const sourceSide: NegatedSide = [source, sn, sourcePlain, lt.sourceSegments, ctx.source.lang];
  const targetSide: NegatedSide = [target, tn, targetPlain, lt.targetSegments, ctx.target.lang];
  if (dropped !== undefined && (saidOtherwise(ctx, sourceSide, targetSide, dropped, none) || freeSaid(ctx, dropped, target)))
    dropped = undefined;
  // "not yet published" / "все още непубликувана": the translation says no by the prefix of a word the source negates,
  // one of the few after its negation ("няма право да инсталира софтуер без лиценз" / "may install unlicensed software":
  // the prefix answers "без").
  if (dropped !== undefined && prefixedInTranslation(ctx, k, negatedWords(source, dropped, sn, ctx.source.lang))) dropped = undefined;
  if (added !== undefined && saidOtherwise(ctx, targetSide, sourceSide, added, false)) added = undefined;
  // "недействително" / "not valid": the source says no by a word's prefix.
  if (added !== undefined && prefixedOpposite(ctx, k) !== undefined) added = undefined;
  // "възстановява разходите само ако" / "will not reimburse costs unless": only if is not unless (stranger 225).
  if (added && sn.restrictive?.test(source) && conditionIn(target, tn)) added = undefined;
  if (dropped === undefined && added === undefined) return undefined;
  const closeness = followsClosely(ctx, link, source);
  if (closeness === undefined) return undefined;
  // The very word the source negates translated, and no negation at all: reversed, not reworded with an antonym
  // ("Do not open the cover" / "Отваряйте капака"; "do not include" / "включват"). A memory should not take it.
  // Not where a bound may be what the negation says ("cannot cancel after it is shipped" / "може да бъде отменена до").
  // A bound the translation says as the source does ("преди" / "before") is kept: only the negation went.
  const bounded = boundChanged(source, sn, target, tn, dropped);
  // So too where the translation's only negative words answer the source's others: "не може да променя цената без
  // съгласието" / "may change the price without the consent" kept "без" and dropped the "не" before it.
  // Where the opening clause lost it and the translation says no fewer times, the same (stranger 215).
  const reversed =
    dropped !== undefined &&
    (none || own || (opening && fewer)) &&
    !bounded &&
    !restrictsBeyond(ctx, target, tn, source, sn) &&
    keepsNegatedWord(ctx, k, source, dropped, sn, own);
  // A prohibition made a permission: the translation permits, in so many words, what the source forbids ("Забранява се
  // паленето на огън" / "Lighting fires ... is permitted"; "Пушенето е забранено" / "Smoking is permitted").
  // Not where the source says no otherwise too ("не може да прекрати договора без предизвестие" / "may terminate the
  // contract subject to notice" says it positively), nor where a bound may be what its negation says.
  const permittedWhole =
    dropped !== undefined &&
    (none || own) &&
    !bounded &&
    // Its other negative words kept as they are: "Не се допуска X без съгласие" / "X may be used without consent" (stranger 145).
    (sn.any.matchAll(source).length <= 1 || (own && !reversed)) &&
    tn.permission !== undefined &&
    sn.prohibition.test(source) &&
    tn.permission.test(target) &&
    !restrictsBeyond(ctx, target, tn, source, sn);
  const commanded = dropped !== undefined && none && !bounded && madeCommand(ctx, [source, sn], [target, tn]);
  const permitted = permittedWhole || (dropped !== undefined && opening && fewer && !bounded && permitsFirst(source, sn, target, tn));
  const forbidden = added !== undefined && forbidsPermitted(source, sn, target, tn);
  // "no longer valid" / "все още е валидна": the state goes on where the source ended it.
  const goesOn =
    dropped !== undefined && sn.ended !== undefined && tn.goesOn !== undefined && sn.ended.test(source) && tn.goesOn.test(target);
  const sure = reversed || commanded || permitted || forbidden || goesOn;
  // The negation in a part of the source the translation answers nothing of, its end: that part left out, not the
  // meaning turned (stranger 84: "... обезщетение, което не може да надвишава 1 % ..." / "... entitled to compensation.").
  const leftOut =
    dropped !== undefined && !reversed && !permitted && link.source.length === 1 ? unansweredTail(ctx, k, source, dropped) : undefined;
  return {
    type: "negation",
    // An added negation of the very word the source says, by the built-in lexicon or a dictionary given: "е включен" /
    // "is not included", as "не е включен" / "is included" is (stranger 123).
    severity: sure || (added !== undefined && negatesSourceWord(ctx, k, target, added, ctx.given)) ? "error" : "warning",
    reason: negationReason([source, sn, dropped], [target, tn, added], {
      leftOut,
      permitted,
      goesOn,
      own: own && !opening,
      opening,
      forbidden,
    }),
    evidence: {
      ...(dropped !== undefined ? { source: dropped } : { target: added! }),
      lexical: round(closeness.evidence),
      expected: round(closeness.wanted),
    },
  } satisfies Flag;
}

/**
 * Whether the source bounds what its negation says where the translation does not bound it alike ("cannot cancel after it
 * is shipped" / "може да бъде отменена до"): a bound the translation says as the source does is kept, only the negation
 * went. A bound before the negation is none it says ("файлове, по-големи от 2 GB, не се поддържа" / "files larger than
 * 2 GB are supported": a changed meaning all the same; stranger 247).
 */
function boundChanged(source: string, sn: Negations, target: string, tn: Negations, dropped: string | undefined): boolean {
  const sameBound = (kind: string, form: "negated" | "plain") => tn.bounds.some((o) => o.kind === kind && o[form].test(target));
  const from = dropped === undefined ? 0 : Math.max(0, source.indexOf(dropped));
  const saysAfter = (pattern: FoldedPattern) => pattern.matchAll(source).some((m) => m.index + m[0].length > from);
  return sn.bounds.some(
    (b) => (saysAfter(b.negated) && !sameBound(b.kind, "negated")) || (saysAfter(b.plain) && !sameBound(b.kind, "plain")),
  );
}

/**
 * A prohibition made a permission in the opening clauses, a later clause keeping its own negation: "Не се допуска X на
 * подизпълнители, които не са вписани" / "X may be subcontracted to subcontractors that are not entered" (stranger 244).
 */
function permitsFirst(source: string, sn: Negations, target: string, tn: Negations): boolean {
  return (
    tn.permission !== undefined && sn.prohibition.test(openingClause(source, sn)) && tn.permission.test(openingClause(target, tn, true))
  );
}

/** Why the negation check flags a link: a part left out, a permission, a state going on, or a negation lost or added. */
function negationReason(
  [source, sn, dropped]: readonly [string, Negations, string | undefined],
  [target, tn, added]: readonly [string, Negations, string | undefined],
  how: {
    readonly leftOut: string | undefined;
    readonly permitted: boolean;
    readonly goesOn: boolean;
    readonly own: boolean;
    readonly opening: boolean;
    readonly forbidden: boolean;
  },
): string {
  const { leftOut, permitted, goesOn, own, opening, forbidden } = how;
  return leftOut !== undefined
    ? `the source says "${clip(around(source, dropped!), QUOTED_CHARS)}" in a part the translation has nothing of ("${clip(leftOut, QUOTED_CHARS)}"): left out, and the limit or prohibition with it?`
    : dropped !== undefined && permitted
      ? `the source says "${clip(around(source, dropped), QUOTED_CHARS)}", and the translation permits it ("${tn.permission!.matchAll(target)[0]![0]}"): meaning reversed?`
      : dropped !== undefined && goesOn
        ? `the source says "${clip(around(source, dropped), QUOTED_CHARS)}", and the translation says it goes on ("${tn.goesOn!.matchAll(target)[0]![0]}"): meaning reversed?`
        : dropped !== undefined
          ? own
            ? `the source says "${clip(around(source, dropped), QUOTED_CHARS)}", and the translation's only negative words (${unique(negativeWords(target, tn).map((w) => `"${w}"`)).join(", ")}) answer the source's others: meaning reversed?`
            : `the source says "${clip(around(source, dropped), QUOTED_CHARS)}", and the translation has no negation${opening ? " in its opening clause" : ""}: meaning reversed?`
          : forbidden
            ? `the translation says "${clip(around(target, added!), QUOTED_CHARS)}", and the source permits it ("${sn.permission!.matchAll(source)[0]![0]}"): meaning reversed?`
            : `the translation says "${clip(around(target, added!), QUOTED_CHARS)}", and the source has no negation: meaning reversed?`;
}

/**
 * A permission the source gives in so many words, and no negation, that the translation forbids ("може да учредява
 * ипотека" / "may not create a mortgage", "има право да получи" / "shall not be entitled to receive"; stranger 152).
 */
function forbidsPermitted(source: string, sn: Negations, target: string, tn: Negations): boolean {
  return (
    sn.permission !== undefined &&
    tn.prohibition !== undefined &&
    sn.permission.test(source) &&
    tn.prohibition.test(target) &&
    // No negation in the source, or fewer negative words than the translation's: "може да признае ... без съгласие" /
    // "shall not admit ... without consent" keeps its "без" (stranger 365: a warning where the same without it is an error).
    (!anyNegation(source, sn) || sn.any.matchAll(source).length < tn.any.matchAll(target).length) &&
    // A permission restricted ("may accept gifts only up to BGN 100") is a prohibition beyond it ("не може да приема
    // подаръци ... над 100 лв."; stranger 206).
    !sn.restrictive?.test(source)
  );
}

/** The flag of a negation whose verb the translation keeps without it, its negations elsewhere (`freedWord`), if any. */
function freedFlag(
  ctx: ReviewContext,
  link: Link,
  k: number,
  source: string,
  plain: readonly string[],
  sn: Negations,
  target: string,
  tn: Negations,
): Flag | undefined {
  // Each negation where it stands: a sentence may say "не трябва да" twice, of two verbs.
  let from = 0;
  for (const said of withTranslatedVerb(ctx, k, source, sn, plain)) {
    const at = source.indexOf(said, from);
    from = at < 0 ? from : at + 1;
    const freed = freedWord(ctx, source, said, sn, target, tn, Math.max(0, at), repeatedAfterJoiner(source, Math.max(0, at), sn));
    if (freed === undefined || boundNegated(source, Math.max(0, at), sn, target, tn)) continue;
    const closeness = followsClosely(ctx, link, source);
    if (closeness === undefined) return undefined;
    // A word that forbids what stands before it ("Пушенето ... е забранено и щети ..." / "Smoking ... is allowed and
    // damage ..."): its prohibition made a permission, not the word after it freed (stranger 349).
    const permission = sn.forbidding?.test(said) ? tn.permission?.matchAll(target)[0]?.[0] : undefined;
    if (permission !== undefined)
      return {
        type: "negation",
        severity: "error",
        reason: `the source says "${sn.forbidding!.matchAll(said)[0]?.[0] ?? said}", and the translation permits it ("${permission}"): meaning reversed?`,
        evidence: { source: said, lexical: round(closeness.evidence), expected: round(closeness.wanted) },
      };
    const what = freed.joined ? "each verb it joins" : `"${freed.negated}"`;
    const quoted = clip(around(source.slice(Math.max(0, at)), said), QUOTED_CHARS);
    return {
      type: "negation",
      severity: freed.coordinated ? "warning" : "error",
      reason: freed.coordinated
        ? `the source says no again to "${freed.negated}" ("${quoted}"), and the translation's "${freed.word}" after its joining word has no negation of its own: said plainly, or left to the negation before it?`
        : `the source's "${quoted}" says no to ${what}, and the translation says "${freed.word}" with no negation before it: meaning reversed?`,
      evidence: { source: said, lexical: round(closeness.evidence), expected: round(closeness.wanted) },
    };
  }
  return undefined;
}

/**
 * Whether the source bounds what it says no to after its negation ("Do not use for longer than 7 days") and the translation
 * says the bound as a bound ("Използвайте не по-дълго от 7 дни"): the negation moved onto the bound, the same limit.
 */
function boundNegated(source: string, at: number, sn: Negations, target: string, tn: Negations): boolean {
  return sn.bounds.some(
    (b) => b.negated.matchAll(source).some((m) => m.index > at) && tn.bounds.some((o) => o.kind === b.kind && o.plain.test(target)),
  );
}

/**
 * "не се заплаща" / "is free": the source's negation itself a term of free of charge, the translation saying free too
 * (stranger 296). Not a negation beside such a term: "не е включена в цената" / "is included in the price" is reversed.
 */
function freeSaid(ctx: ReviewContext, dropped: string, target: string): boolean {
  return mentionsClass(dropped, ctx.source.lang, "cost", "free") && mentionsClass(target, ctx.target.lang, "cost", "free");
}

/** Whether a clause's words after a verb say "without" ("без"), where the source says no such word: the no moved onto its object. */
function withoutInstead(after: string, tn: Negations, source: string, sn: Negations): boolean {
  if (!tn.absence) return false;
  const says = (text: string, n: Negations) => text.split(/[^\p{L}]+/u).some((w) => n.absence?.test(w) === true);
  return says(after, tn) && !says(source, sn);
}

/** Words after a negated word within which a figure is a limit the negation may turn ("take more than 4"). */
const LIMIT_REACH = 4;

/** Whether the negation at `at` follows another of its sentence, a joining word between ("... и не я стерилизирайте"). */
function repeatedAfterJoiner(source: string, at: number, sn: Negations): boolean {
  if (!sn.listJoiner || at === 0) return false;
  const before = source
    .slice(0, at)
    .split(/[.!?;]/u)
    .at(-1)!;
  if (!anyNegation(before, sn)) return false;
  const words = before.split(/[^\p{L}'’-]+/u).filter((w) => w !== "");
  return words.length > 0 && sn.listJoiner.test(words.at(-1)!);
}

/** Whether a clause's words after its last joining word ("and", "и") hold no negation, a negation standing before that word. */
function afterJoinerPlain(clause: string, tn: Negations): boolean {
  const words = [...clause.matchAll(/[\p{L}'’-]+/gu)];
  let last = -1;
  words.forEach((w, n) => {
    if (tn.listJoiner!.test(w[0])) last = n;
  });
  // "or" carries the negation before it on: "Do not immerse the pump or sterilise it".
  if (last < 0 || tn.alternative?.test(words[last]![0])) return false;
  const cut = words[last]!.index;
  return anyNegation(clause.slice(0, cut), tn) && !anyNegation(clause.slice(cut), tn);
}

/** Share of its source's letters the unanswered end must have to be a part left out, not a word or two. */
const TAIL_SHARE = 0.25;

/** Words the unanswered end must have besides the negated phrase: a clause, not the verb the lexicon does not know. */
const TAIL_MORE_WORDS = 3;
/**
 * The end of link k's source that its translation answers nothing of, where it holds the negation `dropped` and more,
 * and the translation is of the length of the rest ("Оферти ... няма да бъдат разглеждани." / "Tenders ... will be considered."
 * answers its source's end with a verb the lexicon lacks: the meaning turned, nothing left out).
 */
function unansweredTail(ctx: ReviewContext, k: number, source: string, dropped: string): string | undefined {
  const lt = ctx.linkTokens(k);
  const tail = uncoveredTail(source, lt.source, lt.target, ctx.dictionary, ctx.common);
  if (tail.matched === 0 || tail.share < TAIL_SHARE || !tail.text.includes(dropped)) return undefined;
  // The translation's length is the answered part's rather than the whole source's (by the document's ratio of lengths;
  // in a document of a few sentences, whose ratio is the pair's own, character for character).
  const ratio = ctx.hasBaseline ? Math.max(ctx.bitext.model.ratio, 1e-9) : 1;
  const target = ctx.target.text(ctx.links[k]!.target).length / ratio;
  if (Math.abs(target - (source.length - tail.text.length)) >= Math.abs(target - source.length)) return undefined;
  const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "").length;
  return words(tail.text) >= words(dropped) + TAIL_MORE_WORDS ? tail.text : undefined;
}

/** The stems of a list's words. */
function stemsOf(tokens: readonly Matchable[], lang?: LanguageProfile): Set<string> {
  const out = new Set(tokens.flatMap((t) => (t.kind === "word" ? [t.stem] : [])));
  // An irregular participle's verb too: "will be given" holds "give" (`LanguageData.irregularForms`).
  if (lang?.irregularForms) for (const t of tokens) if (t.kind === "word") out.add(baseStem(lang, t.surface));
  // A verb done again is the verb: "Refreeze after defrosting" holds "freeze" (stranger 375: "Не замразявайте повторно"
  // made a command was a warning where "Freeze the product" was an error). `LanguageData.againPrefixes`.
  for (const prefix of lang?.againPrefixes ?? [])
    for (const t of tokens)
      if (t.kind === "word" && t.key.length >= prefix.length + AGAIN_REST && t.key.startsWith(prefix))
        out.add(lang!.stem(t.key.slice(prefix.length)));
  return out;
}

/** Letters a word has at least after its prefix of doing again, to be read as a verb of its own ("re" + "freeze"). */
const AGAIN_REST = 4;

/** A word's stem, an irregular form's as its base form's ("given": "give"; `LanguageData.irregularForms`), lowercase. */
function baseStem(lang: LanguageProfile, word: string): string {
  const lower = word.toLowerCase();
  const base = lang.irregularForms && Object.hasOwn(lang.irregularForms, lower) ? lang.irregularForms[lower]! : lower;
  return lang.stem(base);
}

/** Whether a dictionary translates the stem `key` into words all among `stems` (a phrase's every word). */
function translatedIn(dictionary: Dictionary, key: string, stems: ReadonlySet<string>): boolean {
  return [...(dictionary.lookup(key)?.keys() ?? [])].some((t) => t.split(" ").every((w) => stems.has(w)));
}

/** A text's words, with their places. */
const WORDS = /[\p{L}\p{N}'’-]+/gu;

/** A perfect's auxiliary a negation may have before its participle ("бил", "била", "been"), besides the clitics: one at most. */
const PERFECT_AUXILIARY = /^(?:бил|била|било|били|been)$/iu;
const AUXILIARIES = 1;

/**
 * The keys to look a negated word up by: its stem, and where it ends as a participle the stemmer leaves whole
 * (`NegationData.participleEndings`), the stem of the form put instead ("осъждан": "осъждано", the verb's stem).
 */
function lookupKeys(word: string, endings: NegationData["participleEndings"], lang: LanguageProfile): string[] {
  const lower = word.toLowerCase();
  const keys = [...new Set([lang.stem(lower), baseStem(lang, lower)])];
  for (const [ending, as] of endings ?? []) if (lower.endsWith(ending)) keys.push(lang.stem(lower.slice(0, -ending.length) + as));
  return keys;
}

/** Short words (pronouns' clitics: "я", "го", "ми") a negation may have before its verb, and how many. */
const CLITIC_LETTERS = 2;
const CLITICS = 2;

/**
 * A side's plain negations and a negated verb of a tense `plain` does not list whose translation the lexicon finds
 * ("Комисията не допуска до оценка оферти, които не отговарят" / "The committee admits ... tenders that do not meet":
 * only the second was plain; stranger 129).
 */
function withTranslatedVerb(ctx: ReviewContext, k: number, source: string, sn: Negations, plain: readonly string[]): readonly string[] {
  const more = sn.verbParticle ? negatedTranslatedWord(ctx, k, source, sn, plain) : undefined;
  return more === undefined ? plain : [...plain, more];
}

/**
 * A particle of `verbParticles` and the word right after it ("не отговори", "never answered"), where that word's
 * translation by the built-in lexicon or a dictionary given (not one learned from the document) is among the link's
 * translation's words: the word negated, said unnegated. Its first such pair, as written, or undefined; none of `skip`, the
 * negations read already.
 */
function negatedTranslatedWord(
  ctx: ReviewContext,
  k: number,
  source: string,
  sn: Negations,
  skip: readonly string[] = [],
): string | undefined {
  const dictionary = ctx.given;
  if (!dictionary || !sn.verbParticle) return undefined;
  const words = [...source.matchAll(WORDS)];
  let targetStems: Set<string> | undefined;
  // An absence turned is said with the opposite word ("без захарен диабет" / "with diabetes"), not otherwise ("без ДДС" /
  // "including VAT" is the VAT's class, `contrasts`; "plus VAT" says the same).
  let present: boolean | undefined;
  const presentInTarget = () => {
    const tn = negationsOf(ctx.target.lang);
    present ??= tn?.presence?.test(ctx.target.text(ctx.bitext.links[k]!.target));
    return present;
  };
  let idle: ReadonlyArray<readonly [number, number]> | undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    const particle = words[i]!;
    const absent = sn.absence?.test(particle[0]) === true;
    if (absent ? !presentInTarget() : !sn.verbParticle.test(particle[0])) continue;
    // Nor a particle of an idle use: "and never more so than at the Ryder Cup" says no to "more" nowhere (stranger 203).
    idle ??= sn.idle ? sn.idle.matchAll(source).map((m) => [m.index, m.index + m[0].length] as const) : [];
    if (idle.some(([a, b]) => particle.index >= a && particle.index < b)) continue;
    // Past a clitic or two ("не я пуснала", "не ми го каза") and a perfect's auxiliaries ("не е бил осъждан").
    let n = i + 1;
    while (
      n < words.length - 1 &&
      n - i <= CLITICS + AUXILIARIES &&
      (words[n]![0].length <= CLITIC_LETTERS || (PERFECT_AUXILIARY.test(words[n]![0]) && sn.auxiliary?.test(words[n]![0])))
    )
      n++;
    // What is absent is a noun, perhaps after its adjective ("без захарен диабет"): the word after, or the one after that.
    for (const word of absent ? words.slice(i + 1, i + 1 + ABSENCE_REACH) : [words[n]!]) {
      const w = word[0];
      if (w.length < 3 || sn.any.test(w) || sn.auxiliary?.test(w)) continue;
      // Right after it: "не, отговори" negates nothing.
      if (!/^[\p{L}\s]+$/u.test(source.slice(particle.index + particle[0].length, word.index))) break;
      targetStems ??= stemsOf(ctx.linkTokens(k).target, ctx.target.lang);
      const stems = targetStems;
      const said = source.slice(particle.index, word.index + w.length);
      if (skip.some((p) => p.startsWith(said) || said.startsWith(p))) continue;
      if (lookupKeys(w, sn.participleEndings, ctx.source.lang).some((key) => translatedIn(dictionary, key, stems))) return said;
    }
  }
  return undefined;
}

/** Words after "без" or "without" that may be what is absent: a noun, or an adjective and its noun. */
const ABSENCE_REACH = 2;

/** Words after a negation's first word that may be what it negates ("няма да повишава", "will not be raised"). */
const NEGATED_REACH = 2;

/**
 * Whether a word of the negation `said` in the translation, or one of the few after it, translates a word of the
 * source (by `dictionary`: the one given or learned from the document, unless only the given one is asked for): the
 * translation negates what the source says.
 */
function negatesSourceWord(ctx: ReviewContext, k: number, target: string, said: string, dictionary = ctx.dictionary): boolean {
  if (!dictionary) return false;
  const at = target.indexOf(said);
  // The negation's first word dropped before short words are: "не е безплатно" negates "безплатно", which came first after
  // the filter and was dropped as the negation's own.
  const words = target
    .slice(at)
    .split(/[.!?;,]/u, 1)[0]!
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w !== "")
    .slice(1)
    .filter((w) => w.length >= 3 && negationsOf(ctx.target.lang)?.perfect?.test(w) !== true)
    .slice(0, NEGATED_REACH);
  const stems = new Set(words.map((w) => baseStem(ctx.target.lang, w)));
  return ctx
    .linkTokens(k)
    .source.some((a) => a.kind === "word" && [...(dictionary.lookup(a.stem)?.keys() ?? [])].some((stem) => stems.has(stem)));
}

/**
 * Whether the word the source's negation `said` negates has a translation among the translation's words, by the
 * built-in lexicon or the dictionaries given: the first word of three letters or more in the negation or after it
 * that is no negative word, no modal or auxiliary and no function word ("не трябва да допуска": "допуска"; "does
 * not include": "include"). That word only: a later one, a noun, is as often kept by a translation that says the
 * same another way ("не уважава иска" / "dismisses the claim"). A source with another negative word after its
 * negation says something positive by two ("не може да прекрати без предизвестие" / "may terminate subject to
 * notice"): never, unless `second`: the translation keeps that other negative word, and drops only the first.
 */
function keepsNegatedWord(ctx: ReviewContext, k: number, source: string, said: string, sn: Negations, second = false): boolean {
  // Not the translations learned from the document: a long sentence's words learn a neighbour's now and then.
  const dictionary = ctx.given;
  if (!dictionary) return false;
  const lang = ctx.source.lang;
  const found = negatedWordOf(source, said, sn, lang);
  if (!found) return false;
  const { words, own, at: at0, content } = found;
  // Another negative word after the negation's own words, in its clause, makes two ("Не се дължи неустойка, ако отказът
  // е ...": the cancellation is a clause on; stranger 154).
  const clause = source
    .slice(Math.max(0, source.indexOf(said)))
    .split(/[.!?;,:]/u, 1)[0]!
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w !== "").length;
  // A negation joined to it is another verb's, said no to as well: "Не шофирайте и не работете с машини" (stranger 215).
  const joined = (n: number) => n > 0 && sn.listJoiner?.test(words[n - 1]!) === true && sn.particle?.test(words[n]!) === true;
  // Not a word of a negative prefix the translation answers with one ("неизпълнение" / "non-performance"; stranger 327).
  const answered = prefixAnswered(ctx, k);
  // Read with the word after it: a noun that says no only where no "от" follows ("отказ от пътуване" is a cancellation).
  const negative = (w: string, n: number) => sn.any.test(w) && (n + 1 >= words.length || sn.any.test(`${w} ${words[n + 1]} `));
  if (!second && words.slice(own, Math.max(own, clause)).some((w, n) => negative(w, own + n) && !joined(own + n) && !answered(w)))
    return false;
  // A support verb's noun is negated with it ("не носи отговорност": "отговорност", and the phrase "носи отговорност"),
  // the next word when it is no function word.
  const stem = (w: string) => lang.stem(w.toLowerCase());
  const next = words[at0 + 1];
  // Past a preposition too ("не подлежат на връщане"), where the word after it is the noun.
  const noun = next !== undefined && !content(next) && next.length <= 3 ? words[at0 + 2] : next;
  const negated = lookupKeys(words[at0]!, sn.participleEndings, lang);
  if (sn.support?.test(words[at0]!) && noun !== undefined && content(noun)) negated.push(stem(noun), `${stem(words[at0]!)} ${stem(noun)}`);
  // A phrasal verb is the dictionary's phrase: "is not carried out" / "се извършва" (stranger 289).
  else if (next !== undefined) negated.push(`${stem(words[at0]!)} ${stem(next)}`);
  // Not the verb of a bound's clause: "Не спирайте приема, без да говорите с лекар" / "Keep taking it until your doctor
  // tells you to stop" says "stop" of the doctor (stranger 224).
  const targetStems = stemsOf(
    beforeBound(ctx.target.text(ctx.links[k]!.target), ctx.linkTokens(k).target, negationsOf(ctx.target.lang)),
    ctx.target.lang,
  );
  return negated.some((key) => translatedIn(dictionary, key, targetStems));
}

/**
 * Whether a source word of a negative prefix (`NegationData.negativePrefixes`) has a word of one in link k's
 * translation: one of three letters or more ("non-performance", "disagreement"), which no other word begins with by chance.
 */
function prefixAnswered(ctx: ReviewContext, k: number): (word: string) => boolean {
  const mine = ctx.source.lang.negation?.negativePrefixes ?? [];
  const theirs = (ctx.target.lang.negation?.negativePrefixes ?? []).filter((p) => p.replace(/-$/u, "").length >= 3);
  let answers: boolean | undefined;
  return (word) => {
    const lower = word.toLowerCase();
    if (!mine.some((p) => lower.startsWith(p) && lower.length >= p.length + 4)) return false;
    answers ??= ctx
      .linkTokens(k)
      .target.some((t) => t.kind === "word" && theirs.some((p) => t.key.startsWith(p) && t.key.length >= p.length + 4));
    return answers;
  };
}

/**
 * The tokens of a text but its first "until" clause (a bound's negated form, kind before) up to the clause's end: all
 * after it where it runs to the sentence's end ("Keep taking it until your doctor tells you to stop"), those after its
 * comma where it stands first ("For cancellations 14 days before arrival, the deposit is refunded"; stranger 360: the
 * verb after it went unread, a reversed refund a warning). All where it has none.
 */
function beforeBound(text: string, tokens: readonly Matchable[], n: Negations | null): readonly Matchable[] {
  const bound = n?.bounds.find((b) => b.kind === "before");
  const at = bound ? bound.negated.matchAll(text)[0]?.index : undefined;
  if (at === undefined) return tokens;
  const comma = text.slice(at).search(/[,;]/u);
  const end = comma < 0 ? text.length : at + comma;
  let cursor = 0;
  const out: Matchable[] = [];
  for (const t of tokens) {
    const found = text.indexOf(t.surface, cursor);
    if (found < 0) break;
    if (found < at || found >= end) out.push(t);
    cursor = found + t.surface.length;
  }
  return out;
}

/**
 * The words of the clause that the negation `said` opens in `text`, how many of them are the negation's own, and where
 * the word it negates is: the first of three letters or more that is no negative word, no modal or auxiliary and no
 * function word. Undefined where the text has no such word.
 */
function negatedWordOf(text: string, said: string, n: Negations, lang: LanguageProfile, from = 0) {
  const at = text.indexOf(said, from);
  if (at < 0) return undefined;
  const words = text
    .slice(at)
    .split(/[.!?;]/u, 1)[0]!
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w !== "");
  const own = said.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== "").length;
  const content = (w: string) => w.length >= 3 && !n.any.test(w) && !n.auxiliary?.test(w) && !lang.danglingWords.has(w.toLowerCase());
  const negated = words.findIndex(content);
  return negated < 0 ? undefined : { words, own, at: negated, content };
}

/** Whether a text says a condition word of its language ("unless"). */
function conditionIn(text: string, n: Negations): boolean {
  return n.condition !== undefined && text.split(/[^\p{L}'’-]+/u).some((w) => n.condition!.test(w));
}

/**
 * The stems of the words after the negation `said` in `text` that it may say no to ("not yet published", "shall not be
 * applicable"): a few (`NEGATED_REACH`), up to another negative word ("софтуер без лиценз": "без" says its own).
 */
function negatedWords(text: string, said: string, n: Negations, lang: LanguageProfile): string[] {
  const found = negatedWordOf(text, said, n, lang);
  if (!found) return [];
  // From the first content word, inside the negation's phrase too: "не е охраняем" negates its own last word (stranger 236).
  const after = found.words.slice(Math.min(found.at, found.own), found.own + NEGATED_REACH + 1);
  const stop = after.findIndex((w) => n.any.test(w));
  return (stop < 0 ? after : after.slice(0, stop)).map((w) => lang.stem(w.toLowerCase()));
}

/** Words after the negated word within which a list's joining word makes two verbs negated together ("Do not refrigerate or freeze"). */
const COORDINATED_REACH = 3;

/**
 * The word of the translation that translates the word a negation of the source says no to (by the built-in lexicon or a
 * dictionary given), where no negation stands before it in its clause: the translation keeps the verb and drops its
 * negation, its own negations being elsewhere. Two verbs joined ("Do not refrigerate or freeze" / "Да се съхранява в
 * хладилник и да не се замразява", "Do not drive or use machines" / "Можете да шофирате, но не работете с машини"; stranger
 * 116); an exclusion's verb beside a relative clause's negation ("не покрива щети ... в сгради, които не отговарят" / "covers
 * damage ... in buildings that do not comply"; stranger 118). Undefined where the translation negates it too.
 */
function freedWord(
  ctx: ReviewContext,
  source: string,
  said: string,
  sn: Negations,
  target: string,
  tn: Negations,
  from = 0,
  repeated = false,
): { readonly word: string; readonly negated: string; readonly joined: boolean; readonly coordinated?: boolean } | undefined {
  const dictionary = ctx.given;
  if (!dictionary) return undefined;
  const found = negatedWordOf(source, said, sn, ctx.source.lang, from);
  if (!found) return undefined;
  const { words, at } = found;
  // A figure right after the negated word may be a limit it turns ("Do not take more than 4" / "Приемайте не по-малко от
  // 4"): the limits check's. Not one further on, an age's ("и не давайте Tolvarin на деца под 12 години"; stranger 258).
  // Verbs joined to it keep the whole clause's rule ("Забранява спирането и паркирането ... над 3,5 т").
  const joinedAt = sn.listJoiner ? words.slice(at + 1, at + 1 + COORDINATED_REACH).findIndex((w) => sn.listJoiner!.test(w)) : -1;
  const joined = joinedAt >= 0;
  if ((joined ? words : words.slice(at, at + LIMIT_REACH)).some((w) => /\d/u.test(w))) return undefined;
  const translationsOf = (w: string) =>
    new Set(
      lookupKeys(w, sn.participleEndings, ctx.source.lang).flatMap((key) =>
        [...(dictionary.lookup(key)?.keys() ?? [])].filter((t) => !t.includes(" ")),
      ),
    );
  const translations = translationsOf(words[at]!);
  let freed: string | undefined;
  let freedCount = 0;
  let negated = false;
  let coordinated = false;
  // Whether the translation's first word says no (read once, not per word of it).
  const opensWithNo = tn.particle?.test(/^[\s"'„“(]*(\p{L}+)/u.exec(target)?.[1] ?? "") === true;
  for (const m of target.matchAll(WORDS)) {
    if (!translations.has(baseStem(ctx.target.lang, m[0]))) continue;
    // A negative word itself says no ("cannot be reached" / "недостъпен"); any way of saying no before it in its clause
    // too ("Нямате право да отдавате ... под наем" negates "наем"). One so negated is the negation's: another use of the
    // word is another clause's ("If you take more ..., do not take a double dose").
    // An infinitive's own negation before it says nothing of it: "Your decision not to take part will affect" (stranger 280).
    const clause = withoutInfinitival(mainClause(clauseBefore(target, m.index), tn), tn);
    // A prohibition made a noun and its predicate: "Smoking is prohibited", "Smoking and open fires are prohibited".
    const after = target.slice(m.index + m[0].length).split(/[,;:.!?]/u, 1)[0]!;
    // Its object said no to right after it: "Не съобщава за сърцебиене" / "She reports no palpitations" (stranger 128); or
    // its subject, a list, by the sentence's first word: "No noisy activities, loud music or repair work are allowed".
    const next = after.trimStart().split(/\s/u, 1)[0]!;
    const opensNo = opensWithNo && !/[.;:!?]/u.test(target.slice(0, m.index));
    // The source says no to this verb again, after its joining word ("Не потапяйте ... и не я стерилизирайте"), and the
    // translation's only negation stands before its own joining word ("Do not immerse ... and sterilise it"): the
    // second verb said plainly, or both under one "not" (strangers 248, 254): a warning.
    if (repeated && tn.listJoiner && afterJoinerPlain(clause, tn)) {
      freed ??= m[0];
      freedCount++;
      coordinated = true;
      continue;
    }
    if (
      (tn.any.test(m[0]) && !tn.lexical?.test(m[0])) ||
      anyNegation(clause, tn) ||
      // A way of saying no that ends on the word: "Нямаме време" / "We're out of time" (stranger 184).
      (!tn.any.test(m[0]) && anyNegation(`${clause}${m[0]}`, tn)) ||
      // Its predicate after a list the word opens: "Parking ... on green areas, pavements and playgrounds is prohibited" (stranger 149).
      tn.forbidding?.test(target.slice(m.index + m[0].length).split(/[;:.!?]/u, 1)[0]!) ||
      (next !== "" && tn.any.test(next)) ||
      opensNo ||
      // The no said of what it is done with: "Do not install the tool with sudo" / "Инсталирайте инструмента без sudo"
      // (stranger 295), where the source's clause says no "without" of its own.
      withoutInstead(after, tn, source, sn)
    )
      negated = true;
    else {
      freed ??= m[0];
      freedCount++;
    }
  }
  if (negated && !joined) return undefined;
  // The source says the verb without a negation too, as often as the translation does, and the translation says no
  // otherwise: "съдържа по-малко от 1 mmol натрий ..., т.е. практически не съдържа натрий" / "contains less than 1 mmol
  // sodium ..., that is to say essentially sodium-free" (stranger 176).
  // Said in another word the translation's answers too: "He didn't say that ...," she said." / "„Той не сподели ...“, каза
  // тя." ("said" is "каза" as "say" is; stranger 203).
  const freedStem = freed === undefined ? undefined : baseStem(ctx.target.lang, freed);
  const translatesFreed = (w: string) => freedStem !== undefined && translationsOf(w).has(freedStem);
  if (
    freed !== undefined &&
    anyNegation(target, tn) &&
    freedCount <= unnegatedUses(source, words[at]!, sn, ctx.source.lang, translatesFreed)
  )
    return undefined;
  if (freed !== undefined && !negated) return { word: freed, negated: words[at]!, joined, ...(coordinated ? { coordinated } : {}) };
  // The second verb joined, its translation after the translation's "and" with no negation of its own: "do not drive or use
  // machines" / "не шофирайте и работете с машини" (stranger 120).
  // Right after the verb: "не се разпространяват ядрени оръжия и технологии", "не могат да прехвърлят права и задължения"
  // join two nouns, its objects, no verbs (stranger 143).
  // Not where the second verb takes again the clitic the negated one took after the negation: "не се оценява и се
  // предлага" says no to the first alone (stranger 362; "не се оценява и не се предлага" would say it twice).
  const ownClitic =
    joined && joinedAt === 0 && sn.ownClitic?.test(words[at + 2] ?? "") === true && words.slice(1, at).includes(words[at + 2]!);
  const found2 =
    joined && joinedAt === 0 && !ownClitic
      ? words.slice(at + 2 + joinedAt).find((w) => w.length >= 3 && !sn.any.test(w) && !sn.auxiliary?.test(w))
      : undefined;
  // A finite verb after "and" where the negated one is none is another clause's: "cannot write the file and stops".
  const second = found2 !== undefined && sn.finiteVerb?.test(found2) && !sn.finiteVerb.test(words[at]!) ? undefined : found2;
  const unnegated = second === undefined ? undefined : secondUnnegated(ctx, target, tn, translationsOf(second));
  return unnegated === undefined ? undefined : { word: unnegated, negated: second!, joined };
}

/** How many times a text says a word (by its stem, or one `also` takes for it) with no negation before it in its clause. */
function unnegatedUses(text: string, word: string, n: Negations, lang: LanguageProfile, also?: (word: string) => boolean): number {
  const stem = lang.stem(word.toLowerCase());
  let count = 0;
  for (const m of text.matchAll(WORDS))
    if (
      (lang.stem(m[0].toLowerCase()) === stem || also?.(m[0]) === true) &&
      !n.any.test(m[0]) &&
      !anyNegation(mainClause(clauseBefore(text, m.index), n), n)
    )
      count++;
  return count;
}

/** Words before a second verb within which its own negation stands ("и не работете"). */
const SECOND_REACH = 3;

/**
 * The word of the translation translating a second verb, right after the translation's word for "and" (its language's first
 * list joiner: "и", "and") with no negation among the few words before it, where every use of it is so.
 */
function secondUnnegated(ctx: ReviewContext, target: string, tn: Negations, translations: ReadonlySet<string>): string | undefined {
  const and = ctx.target.lang.lists?.joiners[0];
  if (and === undefined || translations.size === 0) return undefined;
  const all = [...target.matchAll(WORDS)];
  let freed: string | undefined;
  for (let n = 0; n < all.length; n++) {
    const w = all[n]![0];
    if (!translations.has(baseStem(ctx.target.lang, w))) continue;
    const before = all.slice(Math.max(0, n - SECOND_REACH), n).map((m) => m[0]);
    if (tn.any.test(w) || before.some((b) => tn.any.test(b))) return undefined;
    const joinedAt = before.findIndex((b) => b.toLowerCase() === and);
    if (joinedAt < 0) continue;
    // The joining word followed by the particle the negation's verb took ("не трябва да шофират и да работят": the
    // second "да" under the same "не трябва"; stranger 258): the negation carried on, as an English "or" carries it.
    const particle = before[joinedAt + 1];
    if (particle !== undefined && particle !== w && particle.length <= 3 && carriedParticle(target, tn, particle)) return undefined;
    freed ??= w;
  }
  return freed;
}

/** Whether a negation of the text has `particle` among the two words after it ("не трябва да", "не да"). */
function carriedParticle(text: string, tn: Negations, particle: string): boolean {
  const lower = particle.toLowerCase();
  return tn.any.matchAll(text).some((m) =>
    text
      .slice(m.index + m[0].length)
      .split(/[^\p{L}]+/u)
      .filter((x) => x !== "")
      .slice(0, 2)
      .some((x) => x.toLowerCase() === lower),
  );
}

/**
 * The first clause of each side, up to a comma, a semicolon or a word giving
 * a reason ("because", "тъй като"); the translation's up to an English
 * relative pronoun too, which needs no comma ("subcontractors that are not
 * entered"; stranger 244; a source's "no longer that broad" is no clause's
 * end to cut its negation off by): a sentence that opens with a
 * prohibition, translated with none in its opening clause, dropped it though
 * a reason after says no ("Не давайте..., тъй като няма данни" / "You can
 * give..., because there are no data").
 */
const CLAUSE_END = /[,;:(]|\s(?:because|since|as|тъй като|защото|понеже|поради)\s/giu;
/** Auxiliaries and modals, after which "not" negates the verb, opening no clause of its own. */
const ENGLISH_AUXILIARIES =
  "is|are|was|were|be|been|being|am|has|have|had|do|does|did|shall|will|would|should|may|might|must|can|could|need|needs|ought|to";
/**
 * As `CLAUSE_END`, and an English relative pronoun, which needs no comma ("subcontractors that are not entered"): "that"
 * only before its verb, not the "that" of what is said ("said that he and his team are not talking"; held-out news). A
 * participle negated after its noun opens one too ("subcontractors not named in the tender"; stranger 328).
 */
const CLAUSE_END_RELATIVE = new RegExp(
  String.raw`${CLAUSE_END.source}|(?<=\p{L})\s(?:which|who|whom|whose)\s(?=\p{L})|(?<=\p{L})(?<!(?:^|\s)(?:${ENGLISH_AUXILIARIES}))\s(?=not\s+\p{L}+ed\s)|(?<=\p{L})\sthat\s(?=(?:are|is|was|were|have|has|had|will|would|can|could|may|might|must|shall|should|do|does|did|not)\s)`,
  "giu",
);

/** Words an item of a list has at most, before the word joining the last one ("medicines and cosmetics"). */
const LIST_ITEM_WORDS = 4;

/**
 * A text's first clause: up to a clause's end, where a comma between a list's items ends none ("Food products,
 * medicines and cosmetics with damaged packaging are not accepted": the subject listed before the verb). A comma
 * ends no clause where the words after it, a few at most, reach the next comma or the word joining the list.
 */
function openingClause(text: string, n: Negations, relative = false): string {
  // A part in brackets is inserted, no clause ended: "Entfernen Sie die Schutzhaube (Ersatzteil Nr. 4711-203) während des
  // Betriebs nicht." says no in its one clause (stranger 91). Blanked, so that what is cut is the text as written.
  const read = text.includes("(") ? text.replace(/\([^()]*\)/gu, (part) => " ".repeat(part.length)) : text;
  for (const m of read.matchAll(relative ? CLAUSE_END_RELATIVE : CLAUSE_END)) {
    if (m[0] === "," && n.listJoiner && listGoesOn(text.slice(m.index + 1), n.listJoiner)) continue;
    // "по чл. 54, ал. 1, т. 1", "under Article 54(1), item 1": a reference's parts (stranger 129).
    if (m[0] === "," && n.referenceGoesOn?.test(text.slice(m.index + 1))) continue;
    // An opening phrase of a few words ("However,", "According to the appellant,"): no clause of its own (stranger 331).
    if (m[0] === "," && introductory(read.slice(0, m.index), n)) continue;
    return text.slice(0, m.index);
  }
  return text;
}

/** Words an opening phrase before a comma has at most ("According to the appellant", "В този случай"), if it says no nothing. */
const INTRODUCTORY_WORDS = 4;

function introductory(before: string, n: Negations): boolean {
  if (/[,;:]/u.test(before)) return false;
  const words = before.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== "");
  return words.length > 0 && words.length <= INTRODUCTORY_WORDS && !n.any.test(before);
}

function listGoesOn(after: string, joiner: RegExp): boolean {
  const next = after.split(/[;:(.!?]/u, 1)[0]!;
  const comma = next.indexOf(",");
  const words = (comma < 0 ? next : next.slice(0, comma)).split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== "");
  const joinedAt = words.findIndex((w) => joiner.test(w));
  // "medicines and cosmetics ...": an item, then the joining word; "cosmetics, ...": a short item before the next comma.
  if (joinedAt > 0) return joinedAt <= LIST_ITEM_WORDS;
  return joinedAt < 0 && comma >= 0 && words.length > 0 && words.length <= LIST_ITEM_WORDS;
}

function openingDropped(
  [source, sn]: readonly [string, Negations],
  [target, tn]: readonly [string, Negations],
  negation: string,
  fewer: boolean,
  relative: boolean,
): boolean {
  const first = openingClause(source, sn);
  // The source says no in its opening clause ("Не давайте това лекарство на деца, тъй като няма данни"; "X не се препоръчва
  // при деца ..., тъй като ... не са установени", stranger 215), the translation fewer times, and none in its opening clause.
  const at = first.indexOf(negation);
  // As many negations a side: the translation put its clauses in another order ("Не приемайте X, ако сте бременна" / "If
  // you are pregnant, do not take X").
  return first.length < source.length && at >= 0 && fewer && !anyNegation(openingClause(target, tn, relative), tn);
}

/**
 * How many times a translation says no, as compared with its source: its plain negations and its reduced relative
 * clauses' ("losses not provided for ... shall not be paid" says no twice).
 */
function comparedNegations(target: string, tn: Negations): number {
  return plainNegations(target, tn).length + (tn.reducedRelative ? (target.match(tn.reducedRelative)?.length ?? 0) : 0);
}

/** How many of a text's words are its language's negation particles ("не", "not", "never"; "n't" with its verb). */
function particleCount(text: string, n: Negations): number {
  const particle = n.particle;
  if (!particle) return 0;
  return text.split(/[^\p{L}'’-]+/u).filter((w) => w !== "" && saysNo(w, particle)).length;
}

/**
 * Whether the translation's one negation, in a relative clause, answers the source's relative clause and not its main
 * clause: "не събира такси за услуги, които не са предоставени" / "charges fees for services that have not been
 * provided" says no fewer times by its particles, a participle's negation being no plain one (stranger 372). Only where
 * each side says no in a relative clause of its own (held-out rounds, counts alone: any particle counted, 14 false flags).
 */
function relativeAnswered(source: string, sn: Negations, target: string, tn: Negations): boolean {
  const theirs = particleCount(target, tn);
  return theirs === 1 && particleCount(source, sn) > theirs && relativeNegated(source, sn) && relativeNegated(target, tn);
}

/** Words after a relative pronoun its clause's negation stands within ("които не са", "that have not been"). */
const RELATIVE_REACH = 3;

/** Whether a text says no in a relative clause: a negation particle within `RELATIVE_REACH` words after a relative pronoun. */
function relativeNegated(text: string, n: Negations): boolean {
  const { relative, particle } = n;
  if (!relative || !particle) return false;
  const words = text.split(/[^\p{L}'’-]+/u).filter((w) => w !== "");
  return words.some((w, k) => relative.test(w) && words.slice(k + 1, k + 1 + RELATIVE_REACH).some((x) => saysNo(x, particle)));
}

/** The negation and the word after it, as the text writes them ("Не давайте това"). */
function around(text: string, negation: string): string {
  const at = text.indexOf(negation);
  const rest = text.slice(at + negation.length).match(/^\s+[\p{L}\p{N}'’-]+/u)?.[0] ?? "";
  return `${negation}${rest}`.trim();
}

/**
 * Lexical evidence per source character a document too short for a usual of
 * its own (`hasBaseline`) is taken to have: about the lowest of the usuals
 * measured (0.07 on the seed news item, 0.13 to 0.22 on contracts, manuals
 * and price lists). A leaflet of two sentences is judged too.
 */
const SHORT_DOCUMENT_PER_CHAR = 0.07;

/** The share of a word met once in each side's weight that counts as that word shared (the evidence is rounded). */
const RARE_WORD_SHARE = 0.95;

/** The weight a word met once in each side of the seed news item (11 sentences a side) has, where SHORT_DOCUMENT_PER_CHAR was measured. */
const SEED_IDF = highestIdf(22);

/** Per review, how many source segments have each text said more than once. */
const sourceRepeats = new WeakMap<ReviewContext, ReadonlyMap<string, number>>();

/** How many times the source says a one-sentence link's source sentence, as written (1 for a link of more sentences). */
function timesSaid(ctx: ReviewContext, link: Link): number {
  if (link.source.length !== 1) return 1;
  let counts = sourceRepeats.get(ctx);
  if (!counts) {
    const all = new Map<string, number>();
    for (const s of ctx.bitext.source.segments) all.set(s.text, (all.get(s.text) ?? 0) + 1);
    counts = new Map([...all].filter(([, n]) => n > 1));
    sourceRepeats.set(ctx, counts);
  }
  return counts.get(ctx.bitext.source.segments[link.source[0]!]!.text) ?? 1;
}

/** Each side's count of segments by paragraph, once per bitext. */
const paragraphSizes = new WeakMap<ReviewContext, readonly [readonly number[], readonly number[]]>();

/**
 * Whether a link of one segment a side is a paragraph of one segment on each, both the same paragraph of documents with
 * as many paragraphs: placed by the layout alone, whatever words it shares.
 */
function paragraphPair(ctx: ReviewContext, link: Link): boolean {
  if (link.source.length !== 1 || link.target.length !== 1) return false;
  const s = ctx.bitext.source.segments[link.source[0]!]!.paragraph;
  if (s !== ctx.bitext.target.segments[link.target[0]!]!.paragraph) return false;
  let sizes = paragraphSizes.get(ctx);
  if (!sizes) {
    const count = (segments: readonly { readonly paragraph: number }[]) => {
      const out: number[] = [];
      for (const g of segments) out[g.paragraph] = (out[g.paragraph] ?? 0) + 1;
      return out;
    };
    sizes = [count(ctx.bitext.source.segments), count(ctx.bitext.target.segments)];
    paragraphSizes.set(ctx, sizes);
  }
  return sizes[0].length === sizes[1].length && sizes[0][s] === 1 && sizes[1][s] === 1;
}

/** The link's lexical evidence and what its length leads to expect, when it shares at least `CLOSE_SHARE` of that. */
export function followsClosely(ctx: ReviewContext, link: Link, source: string): { evidence: number; wanted: number } | undefined {
  let evidence = 0;
  for (const i of link.source) for (const j of link.target) evidence += ctx.evidence(i, j);
  // A pair of one sentence each is given as a pair (a label, a UI string: "Pets are not allowed."): no other sentence can be
  // the translation, however short it is and whatever words the two share.
  if (ctx.links.length === 1 && ctx.bitext.source.segments.length === 1 && ctx.bitext.target.segments.length === 1)
    return { evidence, wanted: 0 };
  // So is a paragraph of one sentence answered by one at the same place, in documents of as many paragraphs: a tender's
  // three one-line conditions (stranger 318: "Не се допуска участието на подизпълнители." / "Subcontractors may
  // participate." shared no word the lexicon knew, and passed).
  if (paragraphPair(ctx, link)) return { evidence, wanted: 0 };
  const usual = ctx.hasBaseline ? ctx.perChar : SHORT_DOCUMENT_PER_CHAR;
  const wanted = usual * source.length;
  // Too short a sentence for its evidence to say whether it follows the source: a length, in the seed's terms at most (a
  // leaflet's excerpt of six sentences has a usual of 0.03, and its 46 characters of "Не приемайте повече от 4 g" were too few).
  // That it shares a word or more says it follows, though: a leaflet's "Do not freeze." / "Да се замразява." shares "freeze".
  // A word weighs by how rare it is among the document's sentences: in a document of one or two sentences a side, a word
  // shared weighs a tenth or a third of what it does in the seed's, and a pair judged alone got no flag a document gave it.
  const short = ctx.hasBaseline
    ? 1
    : Math.min(1, highestIdf(ctx.bitext.source.segments.length + ctx.bitext.target.segments.length) / SEED_IDF);
  // A short sentence follows by one word of the document's rarest shared, however short the document: "Да не се
  // замразява." / "Freeze." in a leaflet's excerpt of six sentences a side, where such a word weighs less than 2.
  if (Math.max(usual, SHORT_DOCUMENT_PER_CHAR) * source.length < MIN_EXPECTED_EVIDENCE) {
    // A sentence said r times has its rarest word r times a side at least: "Лицето не е осъждано." twice in a short
    // certificate weighs as such a word can (stranger 115: the negation dropped in both passed).
    const segments = ctx.bitext.source.segments.length + ctx.bitext.target.segments.length;
    const wanted = Math.min(MIN_EXPECTED_EVIDENCE, RARE_WORD_SHARE * highestIdf(segments / timesSaid(ctx, link)));
    return evidence >= wanted ? { evidence, wanted } : undefined;
  }
  return evidence >= CLOSE_SHARE * wanted * short ? { evidence, wanted: wanted * short } : undefined;
}

/**
 * A source word of a negative prefix (`NegationData.negativePrefixes`: "недействително", "invalid") whose translation
 * says the word without it ("valid", "действително"), with no negation anywhere: the meaning reversed (stranger 191:
 * "Прекратяването по електронна поща е недействително." / "Termination by e-mail is valid."). A warning.
 */
export const prefixNegationLost: Check = {
  name: "a word's negative prefix lost",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0 || earlier.some((f) => f.type === "negation")) return undefined;
    const opposite = prefixedOpposite(ctx, k);
    if (!opposite) return prefixAdded(ctx, link, k);
    const tn = negationsOf(ctx.target.lang);
    const target = ctx.target.text(link.target);
    if (tn === null || saidNegated(tn, target, opposite.said)) return undefined;
    return {
      type: "negation",
      severity: "warning",
      reason: `the source says "${opposite.word}", and the translation "${opposite.said}", its opposite, with no negation: meaning reversed?`,
      evidence: { source: opposite.word, target: opposite.said, lexical: 0, expected: 0 },
    } satisfies Flag;
  },
};

/** A negative prefix the translation adds to a word the source says plainly (`prefixedAdded`): "допустими" / "ineligible". */
function prefixAdded(ctx: ReviewContext, link: Link, k: number): Flag | undefined {
  const added = prefixedAdded(ctx, k);
  if (!added) return undefined;
  const sn = negationsOf(ctx.source.lang);
  if (sn === null || saidNegated(sn, ctx.source.text(link.source), added.word)) return undefined;
  return {
    type: "negation",
    severity: "warning",
    reason: `the source says "${added.word}", and the translation "${added.said}", its opposite by a negative prefix: meaning reversed?`,
    evidence: { source: added.word, target: added.said, lexical: 0, expected: 0 },
  };
}

/** Characters before a word within which a negation says no of it ("not valid", "is not, in any case, valid"). */
const SAID_NO_REACH = 40;

/**
 * Whether the translation says no of the word `said` otherwise: a negation in the few words before it, or the word
 * not found as such. Another word's prefix elsewhere in the sentence ("exclusive and non-transferable" for
 * "неизключителен и непрехвърлим") says nothing of it (stranger 194's licence).
 */
function saidNegated(tn: Negations, target: string, said: string): boolean {
  const at = target.search(new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(said)}(?![\\p{L}\\p{N}])`, "u"));
  if (at < 0) return tn.any.test(target);
  return tn.any.test(target.slice(Math.max(0, at - SAID_NO_REACH), at + said.length));
}

/**
 * The way a text bounds a thing with no figure beside the bound, by a negated bound's word: a ceiling ("shall not exceed
 * the Fees"), a floor ("не може да бъде по-малка от"), or both or neither (undefined). A bound's word counts with a
 * particle before it in its clause; a plain one ("максимално", "to a minimum") is as often an adverb's, and the terms check's.
 */
function boundWay(text: string, n: Negations, lang: LanguageProfile): "ceiling" | "floor" | undefined {
  const found = new Set<"ceiling" | "floor">();
  for (const b of n.bounds) {
    if (b.kind !== "above" && b.kind !== "below") continue;
    const same = b.kind === "above" ? "ceiling" : "floor";
    for (const m of b.negated.matchAll(text)) {
      if (beside(text, m.index, m[0].length)) return undefined;
      if (negatedBefore(text, m.index, lang)) found.add(same);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether a figure stands within a few words of the bound at `at`, after it or before it: a limit on a number, the limits check's. */
function beside(text: string, at: number, length: number): boolean {
  return (
    FIGURE_AFTER.test(text.slice(at + length, at + length + FIGURE_REACH)) ||
    FIGURE_BEFORE.test(text.slice(Math.max(0, at - FIGURE_REACH), at))
  );
}
const FIGURE_AFTER = /^\s*(?:\p{L}+\s+){0,3}[-–+(]?\d/u;
const FIGURE_BEFORE = /\d[\d.,]*\s*(?:[°%]\s*\p{L}?\s*)?(?:\p{L}+\.?\s+){0,3}(?:или\s+|or\s+)?$/u;
const FIGURE_REACH = 40;

/**
 * A ceiling with no figure made a floor, or a floor a ceiling: "shall not exceed the Fees paid" / "не може да бъде
 * по-малка от Възнагражденията" (stranger 194: a cap on liability turned into a floor). Each side bounding one way only,
 * the other way from the other side. A warning, as such a limit turned around with no negation is (README, negation).
 */
export const boundsReversed: Check = {
  name: "a limit with no figure turned around",
  textOnly: true,
  run: (ctx, link, _k, earlier) => {
    // One cause, one flag: a negation dropped, a term turned ("more than" / "по-малко"), a limit on a figure reversed.
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    if (earlier.some((f) => f.type === "negation" || f.type === "terms" || (f.type === "numbers" && f.reason.includes("limit"))))
      return undefined;
    const sn = negationsOf(ctx.source.lang);
    const tn = negationsOf(ctx.target.lang);
    if (!sn?.bounds.length || !tn?.bounds.length) return undefined;
    const source = ctx.source.text(link.source);
    const mine = boundWay(source, sn, ctx.source.lang);
    if (mine === undefined) return undefined;
    const target = ctx.target.text(link.target);
    const theirs = boundWay(target, tn, ctx.target.lang);
    if (theirs === undefined || theirs === mine) return undefined;
    return {
      type: "negation",
      severity: "warning",
      reason: `the source sets ${mine === "ceiling" ? "a ceiling (at most)" : "a floor (at least)"}, and the translation ${theirs === "ceiling" ? "a ceiling (at most)" : "a floor (at least)"}: the limit turned around?`,
      evidence: { lexical: 0, expected: 0 },
    } satisfies Flag;
  },
};
