/**
 * A term turned into another of its class: "тежка астма" / "mild asthma",
 * "подкожно" / "intravenously", "Много редки" / "Common", "преди хранене" /
 * "after meals", "левия бутон" / "the right button". From per-language
 * lists of terms that exclude each other (`LanguageData.contrasts`), the
 * classes and their members named alike in every language. Judged only where
 * the link follows its source closely, as the negation check judges; a
 * `terms` warning, as a termbase's term rendered otherwise is.
 */
import { FoldedPattern, WordsPattern } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag } from "../../types.js";
import { perLanguage } from "../memo.js";
import { clip, inCapitals } from "../text.js";
import { formSource } from "./classes.js";
import { followsClosely, isNegationParticle, isNegationWord, isRestrictive, negatedBefore } from "./negation.js";
import { TERMBASE } from "./terms.js";
import type { Check } from "./types.js";

/** Classes of two members, each the other's opposite: a member turned into the other reverses what is said. */
const OPPOSITES = new Set([
  "version",
  "strength",
  "tax",
  "fare",
  "lifting",
  "adjustment",
  "sex",
  "severity",
  "extreme",
  "bound",
  "meal",
  "mealtime",
  "use",
  "side",
  "rotation",
  "result",
  "cost",
  "vat",
  "requirement",
  "comparison",
  "timing",
  "sequence",
  "interest",
  "sign",
  "setting",
  "outcome",
  "appeal",
  "oftenness",
  "position",
  "tightening",
  "temperature",
  "locking",
  "seat",
  "indication",
  "weight",
  "opening",
  "hours",
  "duration",
  "leave",
  "tariff",
  "parity",
  "price",
  "exclusivity",
  "furnishing",
  "cover",
  "exception",
  "glycaemia",
  "tension",
  "kalaemia",
  "natraemia",
  "calcaemia",
  "thyroidism",
  "thermia",
  "level",
]);

/**
 * Opposites that a rewording never turns: a court's outcome, an appeal's ("ОТХВЪРЛЯ" / "GRANTS"; stranger 156), a price
 * with or without VAT ("с включен ДДС" / "exclude VAT": a fifth of it; stranger 165), a salary or a weight gross or net
 * ("брутно възнаграждение" / "net salary"; stranger 206), a side of the body or a machine ("левия бял дроб" / "the right
 * lung"), a test's result ("отрицателни" / "positive"; strangers 231, 238) and a report's ("net loss" / "нетна печалба";
 * stranger 246), a dose's or a task's interval and its time by a meal ("ежедневно" / "weekly", "преди хранене" / "after
 * meals": the units check's "веднъж дневно" / "once a week" is an error too; strangers 262, 264), and a severity
 * ("тежки наранявания" / "minor injuries", "тежка астма" / "mild asthma"; stranger 266), and a statistic's basis of
 * comparison ("на годишна база" / "quarter on quarter"; stranger 292): an error.
 */
const DECISIVE = new Set([
  "version",
  "tax",
  "outcome",
  "appeal",
  "vat",
  "weight",
  "side",
  "sign",
  "result",
  // A statement's income made an expense, as a profit made a loss (stranger 326: "данъчен приход" / "tax expense").
  "flow",
  "interval",
  "mealtime",
  "severity",
  "basis",
  "limit",
  "cover",
  // A trial's finding, a test's sides and a ratio's kind are its result (stranger 315: "non-inferior" / "отстъпва на").
  "trial",
  "sidedness",
  "ratio",
  "law",
  // A machine's direction of turning and of tightening, as a side is (stranger 342), and a civil-status record's sex and
  // marital status (stranger 337).
  "rotation",
  "tightening",
  "sex",
  "marital status",
  // A contract's currency of payment, as another currency of an amount is the units check's error (stranger 353), and
  // an exclusion's exception made an inclusion ("с изключение на България" / "including Bulgaria"; stranger 349).
  "currency",
  "exception",
  // A loan's rate fixed made floating is a disclosed fact, not a wording (stranger 378: a note of an annual report).
  "interest",
  // A level below normal made one above it: the treatment is the opposite (stranger 355).
  "glycaemia",
  "tension",
  "kalaemia",
  "natraemia",
  "calcaemia",
  "thyroidism",
  "thermia",
]);

/** Classes whose terms are capitalised as names are ("the Commission", "Съвета"): read though capitalised inside a sentence. */
const CAPITALISED = new Set([
  "law",
  "institution",
  "court",
  "compass",
  "fund",
  "authority",
  "incoterm",
  "material",
  "ministry",
  "currency",
]);

/**
 * Classes whose terms are a label before what they qualify ("Много редки (могат да засегнат...)", "Common:") or open the
 * sentence ("Very rare side effects include..."): a leaflet's frequencies, not a story's "рядка гледка" / "uncommon sight".
 */
const LABELS = new Set(["frequency"]);

/** Classes whose terms are words of one verb's phrase: told only at about the same place of each sentence (`MODAL_PLACE`). */
const PLACED = new Set(["modality"]);
/** How far apart, as a share of each sentence's length, the two sides' modals may stand. */
const MODAL_PLACE = 0.3;

/** Where in a text a term stands, as a share of its length (0 at the start). */
function placeOf(text: string, term: string): number {
  return text.length === 0 ? 0 : Math.max(0, text.indexOf(term)) / text.length;
}

/** What a class is, for a reason: "another frequency?". */
const CLASS_NAMES: Readonly<Record<string, string>> = {
  frequency: "frequency",
  route: "route of administration",
  interval: "interval",
  oftenness: "frequency (how often)",
  modality: "modality (what the text obliges or permits)",
  institution: "institution",
  court: "court",
  compass: "compass point",
  material: "material",
  fund: "EU fund",
  authority: "programme authority",
  incoterm: "Incoterms rule",
  multiple: "multiple",
  traces: "certainty (may contain or contains)",
  basis: "basis of comparison",
  trial: "trial finding (non-inferior, superior or inferior)",
  sidedness: "test (one- or two-sided)",
  ratio: "ratio (hazard, odds or risk)",
  law: "law",
  flow: "line of a statement (income or expense)",
  currency: "currency",
  exception: "exception (except or including)",
  condition: "condition (if, unless, even if, only if)",
};

/** A form of a class's member: its test, class and member. */
interface Form {
  readonly test: FoldedPattern;
  readonly kind: string;
  readonly member: string;
}

/** A language's terms: one pattern finding any member's words, and the member of each lowercase form. */
interface Terms {
  readonly pattern: WordsPattern;
  /** Class and member of a form as written in the data (its "*" kept), tried in order. */
  readonly forms: readonly Form[];
  /** The form each text the pattern found is, as `formFound` first told it: a long text finds the same words again and again. */
  readonly found: Map<string, Form | null>;
  /** Each member's forms as a reader would look for them (a final "*" dropped), by class and member. */
  readonly written: ReadonlyMap<string, readonly string[]>;
  /**
   * Every form's longest word ("гладно" of "на гладно"; a word's beginning where it ends in "*"), by its first three
   * letters: a text with no word beginning so names none (most texts), a function word ("на", "с") being no sign.
   */
  readonly starts: ReadonlyMap<string, readonly string[]>;
  /** A copula of `termWords` ending a text, and one of its nouns opening one. */
  readonly copula: FoldedPattern | undefined;
  readonly noun: FoldedPattern | undefined;
}

const tables = new WeakMap<LanguageProfile, Terms | null>();

function termsOf(lang: LanguageProfile): Terms | null {
  let table = tables.get(lang);
  if (table !== undefined) return table;
  const data = lang.contrasts;
  if (!data) table = null;
  else {
    const all: Array<{ form: string; kind: string; member: string }> = [];
    for (const [kind, members] of Object.entries(data))
      for (const [member, forms] of Object.entries(members)) for (const form of forms) all.push({ form, kind, member });
    // The longest first: "много редки" is very rare, not "редки" after a word.
    all.sort((a, b) => b.form.length - a.form.length);
    const written = new Map<string, string[]>();
    for (const f of all) {
      const key = `${f.kind}\u0001${f.member}`;
      written.set(key, [...(written.get(key) ?? []), f.form.replace(/\*$/u, "")]);
    }
    const sources = all.map((f) => formSource(f.form));
    table = {
      written,
      starts: groupedByStart(all.map((f) => longestWord(f.form))),
      // A form opens with its first word up to its "*" ("по-ран*" with "по-ран").
      pattern: new WordsPattern(all.map((f, n) => ({ source: sources[n]!, opening: /^[^* ]*/u.exec(f.form)![0] }))),
      forms: all.map((f, n) => ({ test: new FoldedPattern(`^${sources[n]}$`, "iu"), kind: f.kind, member: f.member })),
      found: new Map(),
      copula: lang.termWords?.copulas.length
        ? new FoldedPattern(`(?<![\\p{L}\\p{N}])(?:${lang.termWords.copulas.map(formSource).join("|")})\\s+$`, "iu")
        : undefined,
      noun: lang.termWords?.nouns.length
        ? new FoldedPattern(`^\\s+(?:${lang.termWords.nouns.map(formSource).join("|")})(?![\\p{L}\\p{N}])`, "iu")
        : undefined,
    };
  }
  tables.set(lang, table);
  return table;
}

/**
 * The members a text names, by class: each member with the first words that named it. A term capitalised inside the
 * text is a name ("Долна Митрополия", "Lower Saxony"); a label's term is one before its rate or list ("Чести:") or opening the text.
 */
function namedIn(text: string, terms: Terms, counts?: Map<string, number>, loose?: Set<string>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const m of terms.pattern.matchAll(text)) {
    const found = formFound(terms, m[0]);
    if (!found) continue;
    const first = m[0].charAt(0);
    // Not in capitals throughout ("AFTER MEALS", "НЕТНА ПЕЧАЛБА ЗА ПЕРИОДА") nor in a heading's title case: emphasis, no
    // name (strangers 264, 265: a leaflet's and a statement's reversals in capitals were passed as names).
    // An acronym opening the form is capitalised by nature: "VAT included" is no name (stranger 368).
    const named = first !== first.toLowerCase() && !inCapitals(m[0]) && !titleCased(text) && !/^\p{Lu}{2,}(?!\p{L})/u.test(m[0]);
    if (named && !CAPITALISED.has(found.kind) && /\p{L}/u.test(text.slice(0, m.index))) {
      const before = text.slice(0, m.index).trimEnd();
      // A sentence's first word after a label too: "Чл. 4. (1) Максималният", "Чл. 8. ал. 1 Максималният" (stranger 114);
      // a table's cell's, after its tab ("Замаяност<TAB>Много чести"; stranger 298).
      if (!/[.!?:;(]$|\(\d{1,3}\)$|\d$/u.test(before) && !cellStart(text, m.index)) continue;
    }
    const label = LABELS.has(found.kind) ? labelled(text, m.index, m.index + m[0].length, terms) : "label";
    if (label === undefined) continue;
    let members = out.get(found.kind);
    if (!members) {
      members = new Map();
      out.set(found.kind, members);
    }
    const key = `${found.kind}\u0001${found.member}`;
    if (!members.has(found.member)) {
      members.set(found.member, m[0]);
      if (label === "said") loose?.add(key);
    } else if (label === "label") loose?.delete(key);
    counts?.set(key, (counts.get(key) ?? 0) + 1);
  }
  return out;
}

/** Whether position `at` of a text opens a table's cell: a tab, and spaces at most, before it. */
function cellStart(text: string, at: number): boolean {
  return /\t[ \u00a0]*$/u.test(text.slice(0, at));
}

/** A text in a heading's title case: two words or more of four letters or more, each capitalised ("Net Loss for the Period"). */
function titleCased(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 2 && words.every((w) => w[0] !== w[0]!.toLowerCase());
}

/**
 * Whether a label class's term at `start`-`end` of a text is a label: before its rate or list ("Чести:", "Common (≥1/100"),
 * opening the text or qualifying its noun ("a common side effect", "рядка нежелана реакция"); "said" where a copula says it
 * of a thing, the clause ending there ("Nausea and diarrhoea are common.", "Тендинитът е чест, а ..."; stranger 116), as a
 * story may say it too ("Such a sight is uncommon."). Undefined where it is none of these.
 */
function labelled(text: string, start: number, end: number, terms: Terms): "label" | "said" | undefined {
  const after = text.slice(end);
  // A table's cell too, a tab before it: an SmPC's "Nervous system disorders<TAB>Dizziness<TAB>Common" (stranger 298).
  if (/^\s*[(:]/u.test(after) || !/\p{L}/u.test(text.slice(0, start)) || cellStart(text, start) || terms.noun?.test(after)) return "label";
  if (terms.copula?.test(text.slice(Math.max(0, start - COPULA_CHARS), start)) && /^\s*(?:[.;,!?)]|$)/u.test(after)) return "said";
  return undefined;
}

/** A class term found beside a figure: its class, its member and its words. */
export interface TermBeside {
  readonly kind: string;
  readonly member: string;
  readonly said: string;
}

/**
 * The first form (the longest) that words the pattern found are, asked of each form's test once a text: the forms are
 * hundreds, and trying each at every find was a twentieth of a long pair's review.
 */
function formFound(terms: Terms, said: string): Form | undefined {
  let found = terms.found.get(said);
  if (found === undefined) {
    found = terms.forms.find((f) => f.test.test(said)) ?? null;
    // Bounded: finds beyond this many texts are asked each time, as before.
    if (terms.found.size < FOUND_TEXTS) terms.found.set(said, found);
  }
  return found ?? undefined;
}

/** How many texts found by a pattern `formFound` remembers. */
const FOUND_TEXTS = 10_000;

/** The class and member of a term's words as found. */
function termOf(terms: Terms, said: string): TermBeside | undefined {
  const found = formFound(terms, said);
  return found && { kind: found.kind, member: found.member, said };
}

/**
 * The class term a text says right before position `at`, a noun perhaps between ("нето тегло 630 кг", "gross weight 630
 * kg"); none where a figure stands between or the term ends more than `reach` characters before.
 */
export function termBefore(text: string, at: number, lang: LanguageProfile, reach = TERM_REACH): TermBeside | undefined {
  const terms = termsOf(lang);
  if (!terms) return undefined;
  const window = text.slice(Math.max(0, at - reach - 40), at);
  const last = terms.pattern.matchAll(window).at(-1);
  if (!last) return undefined;
  const end = last.index + last[0].length;
  return window.length - end > reach || /\d/u.test(window.slice(end)) ? undefined : termOf(terms, last[0]);
}

/**
 * The class term a text says right after position `at` ("148 500 лв. без ДДС", "BGN 178,200 excluding VAT"); none where
 * a figure stands between or the term starts more than `reach` characters on.
 */
export function termAfter(text: string, at: number, lang: LanguageProfile, reach = TERM_REACH): TermBeside | undefined {
  const terms = termsOf(lang);
  if (!terms) return undefined;
  const window = text.slice(at, at + reach + 40);
  const m = terms.pattern.matchAll(window)[0];
  return !m || m.index > reach || /\d/u.test(window.slice(0, m.index)) ? undefined : termOf(terms, m[0]);
}

/** How far after an amount its qualifier may start: a currency's or a unit's words between ("лв. ", "EUR "). */
const TERM_REACH = 12;

/** How far before a term a copula is looked for: the longest copula and its space. */
const COPULA_CHARS = 12;

/** How many times a side names a member of a class (`namedIn`'s counts). */
function memberCount(counts: ReadonlyMap<string, number>, kind: string, member: string): number {
  return counts.get(`${kind}\u0001${member}`) ?? 0;
}

/**
 * Of a class of two opposites both sides name, the member the source names and the translation does not, where the
 * translation names the other more often: "Нетната печалба ..., а загубата от обезценка" / "Net loss ... and the
 * impairment loss" (profit once and loss once, loss twice). Its words on each side.
 */
function oppositeTurned(
  kind: string,
  said: ReadonlyMap<string, string>,
  rendered: ReadonlyMap<string, string>,
  sourceCounts: ReadonlyMap<string, number>,
  targetCounts: ReadonlyMap<string, number>,
): [member: string, words: string, other: string, theirs: string] | undefined {
  if (!OPPOSITES.has(kind) || said.size !== 2 || rendered.size !== 1) return undefined;
  const [other, theirs] = [...rendered][0]!;
  const member = [...said.keys()].find((m) => m !== other)!;
  if (memberCount(targetCounts, kind, other) <= memberCount(sourceCounts, kind, other)) return undefined;
  return [member, said.get(member)!, other, theirs];
}

/**
 * Of a class of two opposites, the one member the source names, twice or more, where the translation names it fewer times
 * and the other in its place: "...can cause hypoglycaemia, ... a risk of hypoglycaemia" / "...хипогликемия, ... риск от
 * хипергликемия" (stranger 361). Its words on each side.
 */
function oppositeIntroduced(
  kind: string,
  said: ReadonlyMap<string, string>,
  rendered: ReadonlyMap<string, string>,
  sourceCounts: ReadonlyMap<string, number>,
  targetCounts: ReadonlyMap<string, number>,
): [member: string, words: string, other: string, theirs: string] | undefined {
  if (!OPPOSITES.has(kind) || said.size !== 1 || rendered.size !== 2) return undefined;
  const [member, words] = [...said][0]!;
  const other = [...rendered.keys()].find((m) => m !== member);
  if (other === undefined || !rendered.has(member)) return undefined;
  const mine = memberCount(sourceCounts, kind, member);
  if (mine < 2 || memberCount(targetCounts, kind, member) >= mine) return undefined;
  return [member, words, other, rendered.get(other)!];
}

/**
 * Of a class each side names as many members of, the one member the source names and the translation does not, where the
 * translation names one instead: "Tendinitis is rare; tendon rupture is very rare." / "Тендинитът е чест, а руптурата ...
 * е много рядка." (stranger 116). Its words on each side.
 */
function oneTraded(
  said: ReadonlyMap<string, string>,
  rendered: ReadonlyMap<string, string>,
): [member: string, words: string, other: string, theirs: string] | undefined {
  if (said.size !== rendered.size) return undefined;
  const gone = [...said.keys()].filter((m) => !rendered.has(m));
  const come = [...rendered.keys()].filter((m) => !said.has(m));
  if (gone.length !== 1 || come.length !== 1) return undefined;
  return [gone[0]!, said.get(gone[0]!)!, come[0]!, rendered.get(come[0]!)!];
}

/** Words by their first three letters. */
function groupedByStart(words: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of new Set(words)) out.set(w.slice(0, 3), [...(out.get(w.slice(0, 3)) ?? []), w]);
  return out;
}

/** Whether a word (lowercase) may be one of a term's: it begins as a form's longest word does. */
function mayName(terms: Terms, word: string): boolean {
  return terms.starts.get(word.slice(0, 3))?.some((w) => word.startsWith(w)) === true;
}

/** A form's longest word, its "*" dropped. */
function longestWord(form: string): string {
  return form
    .split(" ")
    .map((w) => w.replace(/\*$/u, ""))
    .reduce((a, b) => (b.length > a.length ? b : a));
}

/** How many members apart two members of a class stand in the language's list of them (a frequency's scale). */
function stepsApart(lang: LanguageProfile, kind: string, a: string, b: string): number {
  const members = Object.keys(lang.contrasts?.[kind] ?? {});
  return Math.abs(members.indexOf(a) - members.indexOf(b));
}

/** Whether a term's first use in a text has a figure right after it, or after one word ("later than 10", "по-рано от 10"). */
function beforeFigure(text: string, term: string): boolean {
  const at = text.indexOf(term);
  return at >= 0 && /^\s*(?:\p{L}+\s+)?[-–+]?\d/u.test(text.slice(at + term.length));
}

/** Whether a term's first use has a figure within `TERM_REACH` characters before or after it ("5 млн. евро", "EUR 5"). */
function figureBeside(text: string, term: string, reach = TERM_REACH): boolean {
  const at = text.indexOf(term);
  if (at < 0) return false;
  return /\d/u.test(text.slice(Math.max(0, at - reach), at)) || /\d/u.test(text.slice(at + term.length, at + term.length + reach));
}

/** Characters a minimum's or a maximum's figure may stand from it: its noun and a label between ("Минимален брой участници: 25"). */
const BOUND_REACH = 40;

/**
 * Whether the clause of a term says no before it ("не може да прекрати ... преди" is "may terminate only after"), or a
 * modal's negation right after it ("shall not").
 */
function negatedIn(text: string, term: string, lang: LanguageProfile): boolean {
  const at = text.indexOf(term);
  if (at < 0) return false;
  // Inside a bracket, its own words: "did not differ significantly (hazard ratio 0.84 ...)" says no to no ratio (stranger 315).
  const open = text.lastIndexOf("(", at);
  const from = open > text.lastIndexOf(")", at) ? open + 1 : 0;
  if (negatedBefore(text.slice(from), at - from, lang)) return true;
  const next = wordAfter(text, at + term.length);
  return next !== undefined && isNegationParticle(next, lang);
}

/** Whether a term's first use has a restrictive word right after it ("may only", "може само"). */
/** Words after a condition's term its clause's negation may stand within ("if the parties do not agree"). */
const CONDITION_WORDS = 8;

/** Whether a negation follows a term within its clause (`CONDITION_WORDS` words, up to a comma or a stop). */
function negatedAfter(text: string, term: string, lang: LanguageProfile): boolean {
  const at = text.toLowerCase().indexOf(term.toLowerCase());
  if (at < 0) return false;
  const clause = text.slice(at + term.length).split(/[,;:.!?]/u)[0]!;
  return clause
    .split(/[^\p{L}'’-]+/u)
    .filter((w) => w !== "")
    .slice(0, CONDITION_WORDS)
    .some((w) => isNegationWord(w, lang));
}

function restricted(text: string, term: string, lang: LanguageProfile): boolean {
  const at = text.indexOf(term);
  const next = at < 0 ? undefined : wordAfter(text, at + term.length);
  return next !== undefined && isRestrictive(next, lang);
}

/**
 * The word right after position `at`, a space between: a modal's negation as English writes it follows it ("shall not
 * keep pets unless" is "може ... само с"; stranger 248), and so does a permission's restriction ("may only").
 */
function wordAfter(text: string, at: number): string | undefined {
  return /^\s+(\p{L}+)/u.exec(text.slice(at))?.[1];
}

export const contrasts: Check = {
  name: "a term turned into another of its class",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.source.length !== link.target.length) return undefined;
    // One cause, one flag: a negation dropped or a change reversed says the sentence turned already; the user's termbase
    // named the term the translation does not use ("Министерството на образованието и науката" / "Ministry of Finance").
    // A frequency's period turned is the units check's already ("веднъж седмично" / "once daily": another period).
    if (
      earlier.some(
        (f) =>
          f.type === "negation" ||
          f.type === "untranslated" ||
          (f.type === "terms" && f.reason.startsWith(TERMBASE)) ||
          (f.type === "units" && f.reason.endsWith(": another period")),
      )
    )
      return undefined;
    const sourceTerms = termsOf(ctx.source.lang);
    const targetTerms = termsOf(ctx.target.lang);
    if (!sourceTerms || !targetTerms) return undefined;
    if (!ctx.linkTokens(k).source.some((t) => t.kind === "word" && mayName(sourceTerms, t.key))) return undefined;
    const source = ctx.source.text(link.source);
    // A segment's own text where the link has one: a table row's tabs tell its cells (white space folded, they do not).
    const raw = (side: "source" | "target") => (link[side].length === 1 ? ctx[side].side.segments[link[side][0]!]!.text : undefined);
    const [sourceCounts, sourceSaid] = [new Map<string, number>(), new Set<string>()];
    const inSource = namedIn(raw("source") ?? source, sourceTerms, sourceCounts, sourceSaid);
    if (inSource.size === 0) return undefined;
    const target = ctx.target.text(link.target);
    const [targetCounts, targetSaid] = [new Map<string, number>(), new Set<string>()];
    const inTarget = namedIn(raw("target") ?? target, targetTerms, targetCounts, targetSaid);
    for (const [kind, said] of inSource) {
      const rendered = inTarget.get(kind);
      if (rendered === undefined) {
        const gone = kind === "multiple" ? multipleLeftOut(said, target, ctx.target.lang) : undefined;
        if (gone && followsClosely(ctx, link, source) !== undefined) return multipleFlag(gone, targetTerms);
        const lost = LEFT_OUT.get(kind);
        // Said as a restriction ("shall not keep pets unless the landlord agrees" / "може ... само с писменото съгласие").
        const restricts = () => target.split(/[^\p{L}]+/u).some((w) => w !== "" && isRestrictive(w, ctx.target.lang));
        if (lost && said.size === 1 && said.has(lost) && !restricts() && followsClosely(ctx, link, source) !== undefined)
          return leftOutFlag(kind, lost, said.get(lost)!, targetTerms);
        continue;
      }
      // One member on each side, another: a sentence naming two of a class ("before and after meals") is left alone, but
      // where one of two opposites is gone and the other said more often.
      const turned =
        said.size === 1 && rendered.size === 1
          ? ([...[...said][0]!, ...[...rendered][0]!] as const)
          : (oppositeTurned(kind, said, rendered, sourceCounts, targetCounts) ??
            oppositeIntroduced(kind, said, rendered, sourceCounts, targetCounts) ??
            oneTraded(said, rendered));
      if (!turned) continue;
      // "May contain" is a label's allergen statement, compared where the sentence names an allergen or its traces.
      if (kind === "traces" && !allergenNamed(source, ctx.source.lang)) continue;
      const [member, words, other, theirs] = turned;
      if (other === member) continue;
      // A frequency a copula says of a thing, as a story may ("Such a sight is uncommon." / "... е рядка."): two steps apart at least.
      if (
        (sourceSaid.has(`${kind}\u0001${member}`) || targetSaid.has(`${kind}\u0001${other}`)) &&
        stepsApart(ctx.source.lang, kind, member, other) < 2
      )
        continue;
      // A modal said at another place in the sentence modals another verb: "трябва да направим тези избори ..." / "...
      // how prolonged the struggle may be" (held-out news: 19 false flags in rounds 7-30).
      if (PLACED.has(kind) && Math.abs(placeOf(source, words) - placeOf(target, theirs)) > MODAL_PLACE) continue;
      // A permission restricted is an obligation's limit: "may only be operated by" is "трябва да се обслужва само от"
      // (stranger 266).
      if (kind === "modality" && (restricted(source, words, ctx.source.lang) || restricted(target, theirs, ctx.target.lang))) continue;
      // Negated on one side only, the term may say what the other's says ("не може да прекрати ... преди" / "only after");
      // on both, each is turned alike ("Do not take more than" / "Не приемайте по-малко от": reversed; stranger 116).
      const negated = negatedIn(source, words, ctx.source.lang);
      if (negated !== negatedIn(target, theirs, ctx.target.lang)) continue;
      // "if ... not" is "unless" (and "ако ... не"): a plain condition with a negation in its clause is the other said otherwise.
      if (kind === "condition" && plainIfOtherwise([member, words, source, ctx.source.lang], [other, theirs, target, ctx.target.lang]))
        continue;
      // Both said no to: "shall not" and "не може" forbid alike.
      if (negated && kind === "modality") continue;
      // A comparison before a figure, or a negated term, is a limit, the limits check's ("more than 10 days" / "по-малко от
      // 10 дни", "no later than 10 days" / "не по-рано от 10 дни").
      if ((kind === "comparison" || negated) && (beforeFigure(source, words) || beforeFigure(target, theirs))) continue;
      // ... and before a number in words the limits check read ("less than five seconds" / "повече от пет секунди", the
      // limit reversed already; stranger 271: one defect, two flags).
      if (limitSaid(earlier, words)) continue;
      // A currency beside an amount is the amount's, the units check's ("5 000 лева" / "EUR 2,556.46" converted).
      if (kind === "currency" && (figureBeside(source, words) || figureBeside(target, theirs))) continue;
      // A multiple the numbers check compared as a figure already ("двукратно" / "threefold": 2 against 3).
      if (kind === "multiple" && earlier.some((f) => f.type === "numbers" && f.reason.toLowerCase().includes(words.toLowerCase())))
        continue;
      // A label that is its term alone ("Злато" / "Silver" of an object's label) has nothing else to follow its source by.
      const alone = (text: string, term: string) =>
        text
          .replace(/[\s.,:;!]+/gu, " ")
          .trim()
          .toLowerCase() === term.toLowerCase();
      if (!(alone(source, words) && alone(target, theirs)) && followsClosely(ctx, link, source) === undefined) return undefined;
      const [sq, tq] = [clip(words, QUOTED_CHARS), clip(theirs, QUOTED_CHARS)];
      const opposite = OPPOSITES.has(kind);
      // "не по-рано от началната дата" / "not later than the start date": a bound on a date, reversed (stranger 187: the
      // start of an insurance's cover), as a limit on a figure reversed is.
      // So is a minimum made a maximum of a figure ("Минимален брой участници: 25" / "Maximum number of participants: 25";
      // stranger 370): the limit reversed.
      const bound =
        (kind === "timing" && negated) ||
        (kind === "bound" && (figureBeside(source, words, BOUND_REACH) || figureBeside(target, theirs, BOUND_REACH)));
      return {
        type: "terms",
        severity: DECISIVE.has(kind) || bound ? "error" : "warning",
        reason: opposite
          ? `the source says "${sq}" (${member}), the translation "${tq}" (${other}): the opposite, meaning reversed?`
          : `the source says "${sq}" (${member}), the translation "${tq}" (${other}): another ${CLASS_NAMES[kind] ?? kind}?`,
        evidence: { source: [sq], expected: [targetTerms.written.get(`${kind}\u0001${member}`) ?? []] },
      } satisfies Flag;
    }
    return undefined;
  },
};

/** Per language, its allergens' words as a pattern (`allergenWords`); null without them. */
const allergenPattern = perLanguage((lang): RegExp | null =>
  lang.allergenWords ? new RegExp(`(?<!\\p{L})(?:${lang.allergenWords})(?!\\p{L})`, "iu") : null,
);

/** Whether a text names a food allergen or its traces (`LanguageData.allergenWords`). */
function allergenNamed(text: string, lang: LanguageProfile): boolean {
  return allergenPattern(lang, "")?.test(text) === true;
}

/**
 * Members a translation that names none of their class has left out: an exception's "освен ако" (unless) or "с
 * изключение на" (except), a clause that narrows what the sentence says (stranger 383: "освен ако лицето е прекратило
 * дейността си" gone, the unit in the memory).
 */
const LEFT_OUT: ReadonlyMap<string, string> = new Map([
  ["condition", "unless"],
  ["exception", "except"],
]);

function leftOutFlag(kind: string, member: string, words: string, targetTerms: Terms): Flag {
  const sq = clip(words, QUOTED_CHARS);
  return {
    type: "terms",
    severity: "warning",
    reason: `the source says "${sq}" (${member}), and the translation says no ${CLASS_NAMES[kind] ?? kind}: left out?`,
    evidence: { source: [sq], expected: [targetTerms.written.get(`${kind}\u0001${member}`) ?? []] },
  };
}

/** The flag of a multiple the translation leaves out (`multipleLeftOut`). */
function multipleFlag([member, words]: readonly [string, string], targetTerms: Terms): Flag {
  const sq = clip(words, QUOTED_CHARS);
  return {
    type: "terms",
    severity: "warning",
    reason: `the source says "${sq}" (${member}), the translation says no multiple of it: left out?`,
    evidence: { source: [sq], expected: [targetTerms.written.get(`multiple\u0001${member}`) ?? []] },
  };
}

/**
 * Whether a condition's plain "if" on one side says what the other's member does: "if" is compared with "unless" alone,
 * since English moves its "only" ("can only start flowing if" / "може да се започне само ако"; development rounds: 170
 * false flags) and a story drops an "even" ("дори ако" / "if"; held-out rounds, counts alone: 20 false flags); and "if
 * ... not" is "unless" (and "ако ... не").
 */
function plainIfOtherwise(
  [member, words, source, sourceLang]: readonly [string, string, string, LanguageProfile],
  [other, theirs, target, targetLang]: readonly [string, string, string, LanguageProfile],
): boolean {
  if (member !== "if" && other !== "if") return false;
  if (member !== "unless" && other !== "unless") return true;
  return member === "if" ? negatedAfter(source, words, sourceLang) : negatedAfter(target, theirs, targetLang);
}

/** Per language, a pattern of each multiple's words (`multipleWords`; "*" any ending, as the classes' forms). */
const multiplePatterns = perLanguage(
  (lang): ReadonlyMap<string, RegExp> =>
    new Map(
      Object.entries(lang.multipleWords ?? {}).map(([member, words]) => [
        member,
        new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(formSource).join("|")})(?![\\p{L}\\p{N}])`, "iu"),
      ]),
    ),
);

/**
 * The one multiple of a sum the source names (`contrasts.multiple`) where the translation says none of its words, neither
 * the class's forms nor a figure or word of it ("twice", "2 пъти"): "капарото в двоен размер" / "the deposit" (stranger
 * 368). Its member and words.
 */
function multipleLeftOut(
  said: ReadonlyMap<string, string>,
  target: string,
  lang: LanguageProfile,
): [member: string, words: string] | undefined {
  if (said.size !== 1) return undefined;
  const patterns = multiplePatterns(lang, "");
  const [member, words] = [...said][0]!;
  // Any multiple said counts: "двукратно" / "3-fold" is another multiple, the numbers check's (stranger 348).
  if (!patterns.has(member) || [...patterns.values()].some((p) => p.test(target))) return undefined;
  return [member, words];
}

/** Whether a limit the limits check found reversed says the term: "less than" of "less than five". */
function limitSaid(earlier: readonly Flag[], words: string): boolean {
  const term = words.toLowerCase();
  return earlier.some(
    (f) =>
      f.type === "numbers" &&
      f.reason.startsWith("the limit is reversed") &&
      ((f.evidence as { source?: readonly string[] } | undefined)?.source ?? []).some((said) => said.toLowerCase().includes(term)),
  );
}

/** How much of a term a reason quotes. */
const QUOTED_CHARS = 40;
