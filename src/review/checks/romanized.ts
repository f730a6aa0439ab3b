/**
 * Names written in the source's script, expected in the translation in their
 * conventional form: the transliteration of the source language's data
 * (Bulgarian: the Streamlined System, "Христов" -> "Hristov", "София" ->
 * "Sofia"), or a known form that differs ("Виена" -> "Vienna", data/names/).
 * Only where the two sides are written in different scripts: within one
 * script names are copied, and `namesMissing` compares them as they are.
 */

import levenshtein from "fast-levenshtein";
import { charBits, LETTER as LETTER_BIT, MARK as MARK_BIT, narrowable } from "../../lang/chars.js";
import type { Dictionary } from "../../lang/dictionary.js";
import type { LanguageProfile } from "../../lang/index.js";
import { legalFormsIn } from "../../lang/legal-forms.js";
import { builtinLexicon } from "../../lang/lexicon.js";
import { kindOf, knownNameForms, knownNameTargets, personNames } from "../../lang/names.js";
import { letterMask, mayBeCognates } from "../../score/cognates.js";
import { cognateSimilarity, type Matchable, skeleton } from "../../score/index.js";
import type { Flag, Link } from "../../types.js";
import type { ReviewContext, SideInfo } from "../context.js";
import { formsOf } from "../forms.js";
import { KeptPerObject, MAX_KEPT, perLanguage, perString } from "../memo.js";
import { escapeRegExp } from "../text.js";
import { LONG_LIST } from "../tokens.js";
import { shortcutsBlanked } from "./codes.js";
import { formsShared } from "./names.js";
import { capitalisedLatin, foldedForms, romanised } from "./surnames.js";
import type { Check } from "./types.js";

/** A headline in title case capitalises at least this share of its words (and three or more): its capitals are no names. */
const TITLE_CASE_SHARE = 0.6;
const TITLE_CASE_MIN_WORDS = 3;
/** The longest word a title in title case leaves in lowercase ("near", "from" count; "person" does not). */
const TITLE_LOWERCASE_LETTERS = 4;
/** Longest phrase, in words, of the known names or the dictionaries that covers a name ("Народно събрание"). */
const MAX_PHRASE_WORDS = 3;

/** A name of one or more words ("Петър Христов"), as written. */
interface Name {
  readonly words: readonly string[];
  /** A person's title stands before it ("г-н Димитров", "Ms Ivanova"): a person's name, however short. */
  readonly titled?: boolean;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The words (lowercase) standing right before the source's word of a local time ("Sofia" of "15:00 Sofia time"), where
 * the translation names a local time too ("българско време"): a place of a time zone, translated as its country's time.
 */
function placesOfLocalTime(source: string, sourceTime: string, target: string, targetTime: string): ReadonlySet<string> {
  const lowerTarget = target.toLowerCase();
  const at = lowerTarget.indexOf(` ${targetTime}`);
  if (at < 1 || /[\p{L}]/u.test(lowerTarget.charAt(at + targetTime.length + 1))) return NONE;
  const out = new Set<string>();
  const words = source.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u);
  for (let n = 1; n < words.length; n++) if (words[n] === sourceTime) out.add(words[n - 1]!);
  return out;
}

/** Whether a word is a place naming a local time, the translation naming a time so too ("15:00 Sofia time" / "15:00 ч. българско време"). */
function localTimeOf(ctx: ReviewContext, link: Link): (w: string) => boolean {
  const sourceTime = ctx.source.lang.localTime;
  const targetTime = ctx.target.lang.localTime;
  let timed: ReadonlySet<string> | undefined;
  return (w) => {
    timed ??=
      sourceTime && targetTime
        ? placesOfLocalTime(ctx.source.text(link.source), sourceTime, ctx.target.text(link.target), targetTime)
        : NONE;
    return timed.has(w.toLowerCase());
  };
}

export const namesNotCarried: Check = {
  name: "names not carried into the translation",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0 || ctx.source.script === ctx.target.script) return undefined;
    const names = link.source.flatMap((i) => namesIn(ctx.source, i, ctx.knownNames, ctx.nativeNames));
    if (names.length === 0) return undefined;
    const facts = factsOf(ctx);
    const lt = ctx.linkTokens(k);
    let covered: Set<string> | undefined;
    const inPhrase = (w: string) => {
      covered ??= phraseCovered(ctx, lt.source, lt.target);
      return covered.has(ctx.source.lang.stem(w));
    };
    const reported = new Set(earlier.flatMap((f) => (f.type === "names" ? (f.evidence?.source ?? []) : [])));
    let targetNames: string[] | undefined;
    const targetWords = () => {
      targetNames ??= link.target.flatMap((j) => namesIn(ctx.target, j)).flatMap((n) => n.words);
      return targetNames;
    };
    let stray: string[] | undefined;
    const strayList = () => {
      stray ??= strayNames(ctx, link.target, lt.source);
      return stray;
    };
    // A name of the language itself ("Петър Христов", "Враца") has one spelling in the translation: a near miss
    // ("Petkov" for "Петров") is another name, where a foreign name written back by ear may be spelt loosely.
    // Each word asked once per link: a name said again and again through a paragraph that never split read the whole translation each time.
    const answered = new Map<string, boolean>();
    const localTime = localTimeOf(ctx, link);
    const found = (written: string, strict: boolean): boolean => {
      // A possessive's ending is no part of the name ("Steven Gerrard's" side / "отбора на Стивън Джерард").
      const w = written.length > 4 ? written.replace(/['’]s?$/u, "") : written;
      const key = strict ? `s${w}` : `l${w}`;
      let v = answered.get(key);
      if (v === undefined) {
        v =
          reported.has(w) ||
          // A word of the built-in lexicon ("Асамблеята", "Европейския" парламент) is a capitalised word of a title, translated;
          // not the lowercase word of a listed place ("бряг" of "Слънчев бряг": Sunny Beach, not any coast).
          // So is a common word that names a place too, its translation there ("Обзор на дейността" / "overview"; stranger 359).
          (w.toLowerCase() !== w && (facts.titleWord(w) || facts.translatedHere(w, lt.target))) ||
          carried(ctx, w, lt.target, strict) ||
          inPhrase(w) ||
          // A place of the language with its own known form is written so: "Russia" sounds like "Русе" (Ruse) but is another place.
          (soundsAlike(ctx, w, targetWords(), strict) && !(strict && knownAs(ctx, w))) ||
          placeAdjectiveCarried(ctx, w, lt.target) ||
          localTime(w);
        answered.set(key, v);
      }
      return v;
    };
    const targetText = ctx.target.text(link.target);
    const sourceText = ctx.source.text(link.source);
    const inForms = carriedByForms(ctx, sourceText, targetText);
    // A firm's name ("„Домотех“ ООД"): its own words, spelt the translation's way ("Domotech Ltd"), however unknown.
    const firms = firmNames(ctx, sourceText, names);
    const streets = streetNames(ctx.source.lang, sourceText, names);
    // A first name carried and the surname not, where the translation has a first name and a surname the source lacks:
    // "Anna Wagner" for "Анна Вебер", another person, however foreign the name.
    const surnames = new Map<Name, string>();
    const renamed = (n: Name): boolean => {
      if (n.words.length !== 2 || !found(n.words[0]!, false)) return false;
      const other = renamedAs(ctx, n, link.target, lt.source);
      if (other) surnames.set(n, other);
      return other !== undefined;
    };
    // A person is named by the surname: "Петър Христов" may be "Hristov" in the translation, but "Kalin Ivanov" is not "Калин Каменов".
    const missing = names.filter((n) => {
      const kind = facts.recognised(n);
      // A firm's name that no other rule judges ("„Домотех“ ООД"): carried by any of its words, spelt loosely ("Domotech
      // Ltd"); missing when none is there ("Technomarket Ltd"). Not each word: "Аква" is "Aqua", which no spelling rule reaches.
      // A word of it another word where the translation names the firm with as many words ("„Софттех Солюшънс“ ООД" /
      // "Softtech Systems OOD": another firm; stranger 168), a word the source has nowhere standing in its place.
      if (kind === undefined && firms.has(n)) {
        if (!n.words.some((w) => found(w, false))) return true;
        const other = firmRenamed(ctx, n, link.target, lt);
        if (other) surnames.set(n, other);
        return other !== undefined;
      }
      // A street's name in quotes after its word ("ул. „Цар Освободител“"): written as it sounds, whatever its words mean.
      if (streets.has(n)) return !n.words.every((w) => carried(ctx, w, lt.target, true) || soundsAlike(ctx, w, targetWords(), true));
      // A known first name is carried by its listed forms or its spelling, only vowels differing: "Martha" is not "Мария".
      const strict = kind === "native" || (kind === "known" && firstName(ctx, n));
      // A country or a city carried by another of its forms: "Русия" by "Russian-backed", "Китай" by "Beijing" (not a name of the language itself).
      const forms = inForms(n);
      // A place of the language too, by its own adjective ("Sofia City Court" / "Софийския градски съд"; stranger 97).
      if (forms === "carried") return false;
      if (!strict && forms !== undefined) return forms === "fewer";
      const has = (w: string) => found(w, strict);
      // A firm or a body named after a place of the language, no person ("Пирин Енерджи", "Витоша Трейд"): carried by its place,
      // whatever its last word; its other words are often borrowed and written the translation's way ("Енерджи": Energy).
      if (strict && namedAfterPlace(ctx, n)) return !n.words.every((w) => !nativeWord(ctx, w) || has(w));
      // The last word, or the last with a surname ending ("Tsvetan Lazarov Boulevard" is named by "Лазаров").
      const surname = [...n.words].reverse().find((w) => surnameWord(ctx, w));
      // The surname carried: the name is, but where another first name stands before it (`renamedFirst`).
      if (has(n.words.at(-1)!) || (surname !== undefined && has(surname)))
        return renamedFirst(ctx, n, found, link.target, lt.source, surnames);
      // The first name carried but not the surname: a person of the language is named by the surname ("Ivan Petkov" is
      // not "Иван Петров"); another (a foreign name spelt by ear) is let pass unless the translation names someone else.
      // A person of the language whose first name is carried and surname not: the translation's other surname is named.
      if (strict) {
        if (n.words.length === 2) renamed(n);
        return true;
      }
      // A country's title carried without the country ("Република България" / "the Republic"): the country is what it names.
      if (facts.countryIds(n).length > 0) return true;
      return !(n.words.length > 1 && n.words.slice(0, -1).some(has) && strayList().length === 0 && !renamed(n));
    });
    // Most links carry all their names: what follows, in a function of its own, is compiled when it is needed.
    const carriedNatives = () => names.filter((n) => !missing.includes(n) && facts.recognised(n) === "native");
    const misspelt = () => misspeltFlag(ctx, carriedNatives(), targetWords, namedBefore(earlier), targetText);
    if (missing.length === 0) return misspelt();
    // A surname the translation writes after the same first name is what stands instead, before any other stray name
    // ("Ivan Petkov" for "Иван Петров", not "Development Department"; stranger 97).
    // Else a word of the translation's names a letter or two off a missing name's romanisation ("Petkov" for "Петров").
    const near = surnames.size > 0 ? [] : nearSpellings(ctx, missing, targetWords());
    const others = surnames.size > 0 || near.length > 0 ? [] : strayList();
    // A form's field of one word, read in the title's way on its line (no name of it): "Family name: Ivanova" (stranger 188).
    const field = others.length === 0 ? FIELD_OF_ONE_WORD.exec(targetText)?.[1] : undefined;
    // A first name left out, and the translation's sentence opening on a capitalised word it writes nowhere in lowercase:
    // a character renamed where a story names them, first ("Петър отвори вратата." / "Pavel opened the door."; stranger 293).
    const opener =
      field || others.length > 0 || !missing.some((n) => firstName(ctx, n)) ? undefined : openingName(ctx, targetText, lt.source);
    const instead =
      surnames.size > 0 ? [...new Set(surnames.values())] : near.length > 0 ? near : field ? [field] : opener ? [opener] : others;
    const judged = streets.size ? new Set([...firms, ...streets]) : firms;
    return missingFlag(ctx, facts, missing, instead, inForms, [sourceText, targetText], judged, (n) => surnames.has(n)) ?? misspelt();
  },
};

/**
 * The word a translation's sentence opens on where it may be a name: capitalised, lowercase after its capital, four letters
 * or more, no function word, and written nowhere in the translation in lowercase.
 */
function openingName(ctx: ReviewContext, text: string, source: readonly Matchable[]): string | undefined {
  const m = /^[\s"'„“«(—–-]*(\p{Lu}\p{Ll}{2,})(?![\p{L}'’-])(?:\s+(\p{Lu}\p{Ll}{2,})(?![\p{L}'’-]))?/u.exec(text);
  // The sentence's first word translating the source's, the name after it ("Видях Кейт на гарата." / "I saw Sarah ...").
  if (m?.[2] !== undefined && carriedBack(ctx, m[1]!, source) && !carriedBack(ctx, m[2], source)) return m[2];
  const word = m?.[1] !== undefined && m[1].length >= 4 ? m[1] : undefined;
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  const lang = ctx.target.lang;
  if (lang.danglingWords.has(lower) || (lang.frequentWords ?? []).includes(lower) || ctx.target.lowercase().has(lower)) return undefined;
  return word;
}

/** A capitalised word in Latin letters, lowercase after its capital ("Windows"): no Roman figure ("III"), no acronym. */
const LATIN_NAME = /(?<![\p{L}])[A-Z][a-z]{2,}/u;

/** Whether the source is in Latin letters, the translation in another script and keeping a capitalised word in Latin ones. */
function latinKept(ctx: ReviewContext, targetText: string): boolean {
  return ctx.source.script === "Latin" && ctx.target.script !== "Latin" && LATIN_NAME.test(targetText);
}

/** Share of a romanised name's letters another name must differ in to sound nothing like it ("Brussels" for "Франкфурт"). */
const OTHER_NAME_DISTANCE = 0.6;

/** Whether every name standing instead in the translation is far from each word of `n` romanised: another name, not a spelling. */
/** A capitalised word of three letters or more. */
const CAPITALISED_WORD = /(?<![\p{L}])\p{Lu}\p{Ll}{2,}/gu;

function foreignPersonReplaced(ctx: ReviewContext, n: Name, instead: readonly string[], targetText: string): boolean {
  if (n.words.length !== 2 || instead.length !== 1 || instead[0]!.split(" ").length !== 2) return false;
  // Not where a capitalised word of the translation begins as the surname does: "Флитууд" is "Fleetwood", heard loosely.
  const initial = ctx.source.lang.romanize(n.words[1]!).charAt(0).toUpperCase();
  if (targetText.match(CAPITALISED_WORD)?.some((w) => w.charAt(0) === initial)) return false;
  return !soundsAlike(ctx, n.words[1]!, [instead[0]!.split(" ")[1]!]) && otherInstead(ctx, n, instead);
}

/** A foreign person's surname where the translation writes another after the same first name, one that sounds nothing like it. */
function foreignSurnameReplaced(ctx: ReviewContext, n: Name, instead: readonly string[], targetText: string): boolean {
  if (n.words.length !== 2 || instead.length !== 1 || instead[0]!.includes(" ")) return false;
  // Not where a capitalised word of the translation begins as the surname does: heard loosely, not replaced.
  // An English W is written "У" ("Woodward", "Удуърд"; held-out news): W, V and U begin alike.
  const first = (w: string) => w.charAt(0).toUpperCase().replace(/[WV]/u, "U");
  const initial = first(ctx.source.lang.romanize(n.words[1]!));
  if (targetText.match(CAPITALISED_WORD)?.some((w) => first(ctx.target.lang.romanize(w)) === initial)) return false;
  // Heard alike but for a letter, the first too ("Джилс" for "Giles": a soft "g" written "дж").
  const { consonants: mine } = heard(ctx.source.lang, n.words[1]!);
  const { consonants: theirs } = heardName(ctx.target.lang, instead[0]!);
  if (levenshtein.get(mine, theirs) <= Math.max(1, Math.floor(Math.max(mine.length, theirs.length) / 3))) return false;
  return !soundsAlike(ctx, n.words[1]!, instead) && otherInstead(ctx, { words: [n.words[1]!] }, instead);
}

function otherInstead(ctx: ReviewContext, n: Name, instead: readonly string[]): boolean {
  if (instead.length === 0 || n.words.length > 2) return false;
  const romanised = n.words.map((w) => ctx.source.lang.romanize(w).toLowerCase());
  return instead.every((other) =>
    ctx.target.lang
      .romanize(other)
      .toLowerCase()
      .split(" ")
      .every((o) => romanised.every((r) => namesApart(ctx, r, o))),
  );
}

/**
 * Whether two romanised names (lowercase) sound nothing like each other. Two surnames of one ending are told apart by the
 * rest: "Petrova" and "Ivanova" share "ova", and nothing else (stranger 188).
 */
function namesApart(ctx: ReviewContext, r: string, o: string): boolean {
  const ending = romanizedSurnameEndings(ctx.source.lang).find(
    (e) => r.endsWith(e) && o.endsWith(e) && r.length > e.length + 1 && o.length > e.length + 1,
  );
  const [a, b] = ending ? [r.slice(0, -ending.length), o.slice(0, -ending.length)] : [r, o];
  return levenshtein.get(a, b) >= OTHER_NAME_DISTANCE * Math.max(a.length, b.length);
}

/**
 * The surname a two-word name of the translation gives after the same first name, where it answers nothing in the source:
 * "Anna Wagner" for "Анна Вебер". Not a firm's beside it: "Madara Audit" is not who "Десислава Маринова" became (stranger 106).
 */
function renamedAs(ctx: ReviewContext, n: Name, target: readonly number[], source: readonly Matchable[]): string | undefined {
  // The two words of a longer run too: a sentence's first word runs into a name after it ("Yesterday Ivan Morgan called";
  // stranger 319).
  for (const t of target.flatMap((j) => namesIn(ctx.target, j))) {
    if (t.words.length > 3) continue;
    for (let i = 0; i + 1 < t.words.length; i++)
      if (
        (t.words.length === 2 || i + 2 === t.words.length) &&
        // Its first name heard alike ("Peter" / "Питър", which no romanisation writes back letter for letter).
        soundsAlike(ctx, n.words[0]!, [t.words[i]!]) &&
        !carriedBack(ctx, t.words[i + 1]!, source)
      )
        return t.words[i + 1];
  }
  return undefined;
}

/** Whether a name stands right after one of the language's prepositions in a text ("в Гърция", "in Greece"). */
function afterPreposition(text: string, n: Name, lang: LanguageProfile): boolean {
  const prepositions = lang.lists?.prepositions;
  if (!prepositions?.length) return false;
  const at = text.indexOf(n.words.join(" "));
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 16), Math.max(0, at)))?.[1];
  return at > 0 && before !== undefined && prepositions.includes(before.toLowerCase());
}

/**
 * Whether a name whose surname the translation carries has another first name before it there: another person
 * ("Кметът Никола Узунов" / "Mayor Georgi Uzunov"; stranger 119). That first name is kept in `surnames` as what stands instead.
 */
function renamedFirst(
  ctx: ReviewContext,
  n: Name,
  found: (w: string, strict: boolean) => boolean,
  target: readonly number[],
  source: readonly Matchable[],
  surnames: Map<Name, string>,
): boolean {
  const first = n.words.at(-2);
  // A first name sverka knows is carried by its listed forms or its spelling, only vowels differing: "Stoyan" sounds
  // near enough "Стефан" by ear, but is another person (strangers 374, 381: "Стефан Колев" / "Stoyan Kolev" passed).
  const known = first !== undefined && listedName(ctx, first, personNames(ctx.source.lang.code, ctx.target.lang.code));
  const other =
    (n.words.length === 3 ? partRenamed(ctx, n, found, target, source) : undefined) ??
    (first !== undefined && !found(first, known) ? firstRenamedAs(ctx, first, n.words.at(-1)!, target, source) : undefined);
  if (other !== undefined) surnames.set(n, other);
  return other !== undefined;
}

/**
 * A first name or a father's name of a three-word name ("Иван Петров Георгиев") that the translation's three-word name with
 * the same surname gives as another name, sounding nothing like it: "Stefan Petrov Georgiev", "Ivan Dimitrov Georgiev"
 * (stranger 187: an insured person's name on a policy).
 */
function partRenamed(
  ctx: ReviewContext,
  n: Name,
  found: (w: string, strict: boolean) => boolean,
  target: readonly number[],
  source: readonly Matchable[],
): string | undefined {
  const theirs = target
    .flatMap((j) => namesIn(ctx.target, j))
    .find((t) => t.words.length === 3 && soundsAlike(ctx, n.words[2]!, [t.words[2]!]));
  if (!theirs) return undefined;
  for (const k of [0, 1]) {
    const [mine, other] = [n.words[k]!, theirs.words[k]!];
    if (found(mine, false) || carriedBack(ctx, other, source)) continue;
    if (namesApart(ctx, ctx.source.lang.romanize(mine).toLowerCase(), ctx.target.lang.romanize(other).toLowerCase())) return other;
  }
  return undefined;
}

/**
 * The first name a two-word name of the translation gives before the source name's surname, where the source's first name
 * is a listed one and the translation's is another listed one the source does not have: "Georgi Uzunov" for "Никола
 * Узунов", "Maria and Stefan Georgievi" for "Мария и Петър Георгиеви" aside.
 */
function firstRenamedAs(
  ctx: ReviewContext,
  first: string,
  surname: string,
  target: readonly number[],
  source: readonly Matchable[],
): string | undefined {
  if (!listedName(ctx, first, personNames(ctx.source.lang.code, ctx.target.lang.code))) return undefined;
  const theirs = personNames(ctx.target.lang.code, ctx.source.lang.code);
  const other = target
    .flatMap((j) => namesIn(ctx.target, j))
    .find(
      (t) =>
        t.words.length >= 2 &&
        theirs.has(t.words.at(-2)!.toLowerCase()) &&
        !carriedBack(ctx, t.words.at(-2)!, source) &&
        soundsAlike(ctx, surname, [t.words.at(-1)!]),
    );
  return other?.words.at(-2);
}

/** Per language, a street word and an opening quote right before a name ("ул. „", "бул. \"", "пл. «"). */
const streetOpenings = new WeakMap<LanguageProfile, RegExp | null>();

/**
 * The names a text writes in quotes right after a street word of its language (`LanguageData.streetWords`): "ул. „Цар
 * Освободител“", "пл. „Свобода“". A street's name is written as it sounds in a translation ("Tsar Osvoboditel Street"),
 * whatever its words mean, so the lexicon's "tsar" or "freedom" do not carry it (stranger 113: "Vasil Levski Street" for
 * it passed).
 */
function streetNames(lang: LanguageProfile, text: string, names: readonly Name[]): ReadonlySet<Name> {
  let opening = streetOpenings.get(lang);
  if (opening === undefined) {
    const words = [...(lang.streetWords ?? [])].filter((w) => /\p{L}/u.test(w)).map(escapeRegExp);
    // A settlement's word before its name, no quotes: "с. Брестовец" (`settlementWords`).
    const settlements = (lang.settlementWords ?? []).map((w) => `${escapeRegExp(w)}\\s+`);
    const ways = [...(words.length ? [`(?:${words.join("|")})\\.?\\s*["„“«]`] : []), ...settlements];
    opening = ways.length ? new RegExp(`(?<![\\p{L}])(?:${ways.join("|")})$`, "iu") : null;
    streetOpenings.set(lang, opening);
  }
  // Most texts have neither quotes nor a settlement's word: passed with a look each.
  if (!opening || (!/["„“«]/u.test(text) && !(lang.settlementWords ?? []).some((w) => text.includes(w)))) return NO_NAMES;
  const out = new Set<Name>();
  for (const n of names) {
    const at = text.indexOf(n.words.join(" "));
    if (at > 0 && opening.test(text.slice(Math.max(0, at - 20), at))) out.add(n);
  }
  return out;
}

/** A known first name alone (data/names' "person": "Мария", whose English forms are listed), as written or an ending taken off. */
function firstName(ctx: ReviewContext, n: Name): boolean {
  return n.words.length === 1 && listedName(ctx, n.words[0]!, personNames(ctx.source.lang.code, ctx.target.lang.code));
}

/** The words of the translation's names a few letters off the romanisation of a word of `missing` ("Petkov", "Stoyanchev"). */
function nearSpellings(ctx: ReviewContext, missing: readonly Name[], words: readonly string[]): string[] {
  const romanised = missing.flatMap((n) => n.words.map((w) => ctx.source.lang.romanize(w).toLowerCase()));
  return unique(
    words.filter((v) => {
      // In the translation's letters read the same way: "Петков" for "Petrov" in an English source's Bulgarian (stranger 216).
      const lower = ctx.target.lang.romanize(v).toLowerCase();
      return romanised.some(
        (r) => r !== lower && r.charAt(0) === lower.charAt(0) && r.length >= 5 && levenshtein.get(r, lower) <= Math.ceil(r.length / 3),
      );
    }),
  );
}

/** Letters a name's word may be off its romanisation and still be read as that word misspelt, not another ("Gjorge" for "Георги" is Macedonian). */
const MISSPELT_LETTERS = 1;
/** The shortest romanised word judged so ("Ivo" and "Iva" are two names). */
const MISSPELT_MIN = 4;

/**
 * A first name, a father's name or a surname (a letter left out or added, or two swapped) of a name of the language
 * carried by none of the translation's words as its romanisation (folded: "Mariya" and "Maria" alike), where the translation has a Latin word a letter off it: "Petkova" in "Elena Petkova
 * Draganova" for "Елена Петрова Драганова", "Marina" for "Мариана". The name's other words carry it as a whole, and
 * a near miss passes as the word spelt by ear (stranger 84). Not a vowel for a vowel ("Peter" for "Петър", "George"
 * for "Георги": English forms of the name), nor a word the translation writes for another of the source's names.
 */
function misspeltFlag(
  ctx: ReviewContext,
  names: readonly Name[],
  targetWords: () => readonly string[],
  told: ReadonlySet<string>,
  targetText: string,
): Flag | undefined {
  if (names.length === 0) return undefined;
  const lang = ctx.source.lang;
  // The translation's names in Latin letters: as written, or, where the source is in Latin letters and the translation
  // in its own script, as the translation's language romanises them ("Дунев" is "Dunev" for "Donev"; stranger 246).
  const backward = ctx.source.script === "Latin";
  const latin: string[] = targetWords().filter((v) =>
    backward ? CAPITALISED.for(v).test(v) && !capitalisedLatin(v) : capitalisedLatin(v),
  );
  // A translation in capitals throughout names no one by its capitals: its every word of four letters or more is read
  // as a name's, as the title writes it ("SERVICE: ENG. PETAR HRISTEV" has "Hristev"; stranger 262).
  if (!backward) for (const v of shoutedWords(targetText)) if (!latin.includes(v)) latin.push(v);
  if (latin.length === 0) return undefined;
  const read = (v: string) => (backward ? ctx.target.lang.romanize(v) : v);
  // A word's spellings: its romanisations (a Latin word's own readings of "j") and its known forms ("Америка" is America), folded.
  const spellings = (w: string) => [
    ...(backward ? foldedForms(w) : romanised(lang, w)),
    ...[...(knownAs(ctx, w)?.keys() ?? [])].flatMap((k) => foldedForms(k)),
  ];
  const exact = (w: string, v: string) => foldedForms(v).some((f) => spellings(w).includes(f));
  const all = names.flatMap((n) => n.words);
  // Only a first name the data knows as the language's (Мариана) or a word of the language's surname form (Петрова): a
  // foreign first name written back by ear in news has no one spelling to miss. The surname too, which the check above
  // takes as carried where only vowels differ: "Ilev" for "Илиев", "Stonayov" for "Стоянов" (strangers 222, 223).
  for (const n of names)
    for (const [at, w] of n.words.entries()) {
      if (!knownAs(ctx, w) && !surnameWord(ctx, w)) continue;
      // The surname a letter left out or added, or two swapped: a letter for a letter may be its owner's spelling
      // ("Petkowa" throughout a document), which the surnames check judges by the document's other spellings.
      const last = at === n.words.length - 1;
      if (latin.some((v) => exact(w, read(v)))) continue;
      // Any reading of the word ("j" as "й" or as "ж") that is a vowel off at most answers it.
      const readings = (v: string) => foldedForms(read(v)).flatMap((f) => spellings(w).map((r) => [f, r] as const));
      // A surname's one vowel for another where its letter has one romanisation ("Stoyaneva" for "Стоянова", "Kolov"
      // for "Колев"): no owner spells so, as one may "ъ" ("Valchev", "Vulchev"; strangers 230, 231).
      const vowelSlip = last && surnameWord(ctx, w) && !/[ъь]/iu.test(w);
      const slipOf = (v: string) => vowelSlip && !/[ъь]/iu.test(v);
      const written = latin.find(
        (v) =>
          !told.has(v) &&
          !all.some((other) => exact(other, read(v))) &&
          ((slipOf(v) && readings(v).some(([f, r]) => oneVowelFor(f, r) || vowelsMoved(f, r)) && !readings(v).some(([f, r]) => f === r)) ||
            (!readings(v).some(([f, r]) => vowelsOff(f, r)) &&
              readings(v).some(([f, r]) => (nearMiss(f, r) && (!last || f.length !== r.length)) || swapped(f, r)))),
      );
      if (written === undefined) continue;
      const roman = lang.romanize(w);
      return {
        type: "names",
        severity: "warning",
        reason: backward
          ? `the name ${n.words.join(" ")} is written with ${written}, which reads ${read(written)}: misspelt, or another name?`
          : `the name ${n.words.join(" ")} is written with ${written} where its romanisation is ${roman}: misspelt, or another name?`,
        evidence: { source: [w], expected: [roman], target: [written] },
      };
    }
  return undefined;
}

/** The spellings earlier names flags named (a surname spelt otherwise than elsewhere in the document): one flag a word. */
function namedBefore(earlier: readonly Flag[]): ReadonlySet<string> {
  return new Set(earlier.flatMap((f) => (f.type === "names" ? (f.evidence?.target ?? []) : [])));
}

/** Whether folded spellings `f` and `r` differ by a letter (`MISSPELT_LETTERS`) and start alike. */
function nearMiss(f: string, r: string): boolean {
  return f.charAt(0) === r.charAt(0) && Math.min(f.length, r.length) >= MISSPELT_MIN && levenshtein.get(f, r) <= MISSPELT_LETTERS;
}

/** Whether folded spellings `f` and `r` are the same letters, two of them, not both vowels, in each other's places ("stonayov", "stoyanov"). */
function swapped(f: string, r: string): boolean {
  if (f.length !== r.length || f.length < MISSPELT_MIN || f.charAt(0) !== r.charAt(0)) return false;
  const off: number[] = [];
  for (let k = 0; k < f.length && off.length <= 2; k++) if (f[k] !== r[k]) off.push(k);
  if (off.length !== 2) return false;
  const [x, y] = [off[0]!, off[1]!];
  return f[x] === r[y] && f[y] === r[x] && !(VOWEL.test(f[x]!) && VOWEL.test(f[y]!));
}

/** Whether folded spellings of one length, five letters or more and starting alike, differ by one vowel for another ("stoyaneva", "stoyanova"). */
function oneVowelFor(f: string, r: string): boolean {
  if (f.length !== r.length || f.length < MISSPELT_MIN + 1 || f.charAt(0) !== r.charAt(0)) return false;
  let off = -1;
  for (let k = 0; k < f.length; k++) {
    if (f[k] === r[k]) continue;
    if (off >= 0) return false;
    off = k;
  }
  if (off <= 0 || !/[aeiou]/u.test(f[off]!) || !/[aeiou]/u.test(r[off]!)) return false;
  // A Russian name's "ё" after a hushing letter, "-ов" in Bulgarian and "-ev" in English ("Горбачов", "Gorbachev").
  return !(r[off] === "o" && f[off] === "e" && /(?:ch|sh|zh|ts|y)$/u.test(r.slice(0, off)));
}

/**
 * Whether folded spellings, five letters or more and starting alike, have the same consonants and other vowels around
 * them ("stanoev" for "stoianov": Станоев, another surname, for Стоянов; stranger 245); not a Russian name's "ё" (`oneVowelFor`).
 */
function vowelsMoved(f: string, r: string): boolean {
  if (f === r || Math.min(f.length, r.length) < MISSPELT_MIN + 1 || f.charAt(0) !== r.charAt(0)) return false;
  const outline = (s: string) => s.replace(/[aeiou]/gu, "");
  const russian = (s: string) => s.replace(/(?<=ch|sh|zh|ts|i)o(?=v)/gu, "e");
  return outline(f) === outline(r) && russian(f) !== russian(r);
}

/** Whether folded spellings of one length differ at most by vowels in the same places ("Peter" and "Petar"). */
function vowelsOff(f: string, r: string): boolean {
  if (f.length !== r.length) return false;
  for (let k = 0; k < f.length; k++) if (f[k] !== r[k] && !(VOWEL.test(f[k]!) && VOWEL.test(r[k]!))) return false;
  return true;
}

/** The names of a link's source that are firms': in quotes, right before a legal form of the language ("„Домотех“ ООД"). */
function firmNames(ctx: ReviewContext, sourceText: string, names: readonly Name[]): ReadonlySet<Name> {
  const forms = ctx.source.lang.companyForms ?? [];
  const venues = ctx.source.lang.venueWords ?? [];
  if ((forms.length === 0 && venues.length === 0) || names.length === 0) return NO_NAMES;
  const quoted = new Set<string>();
  for (const m of sourceText.matchAll(QUOTED)) {
    const after = sourceText.slice(m.index + m[0].length).trimStart();
    // Or a venue's own name after its noun: "в хотел „Царевец“" (stranger 370).
    const before = sourceText.slice(0, m.index).trimEnd().toLowerCase();
    if (
      forms.some((f) => after.startsWith(f) && !LETTER.test(after.charAt(f.length))) ||
      venues.some((v) => before.endsWith(v) && !LETTER.test(before.charAt(before.length - v.length - 1)))
    )
      quoted.add(m[1]!);
  }
  const out = names.filter((n) => quoted.has(n.words.join(" ")));
  return out.length ? new Set(out) : NO_NAMES;
}

const NO_NAMES: ReadonlySet<Name> = new Set();
/** A quoted name, in the quotes of either convention: „...“, "...", «...», “...”. */
const QUOTED = /[„"«“]([^„"«»“”]+)[“"»”]/gu;

/**
 * Whether source segment `i` names a person or a place of its own language
 * (one the translation must carry, as `namesNotCarried` reads them) that
 * target segment `j` does not carry: then `j` is no translation of `i`,
 * whatever the lengths say ("(Галина Христова)" is not "FOR THE CONTRACTOR:").
 */
export function namesNotIn(ctx: ReviewContext, i: number, j: number): boolean {
  if (ctx.source.script === ctx.target.script) return false;
  const names = namesIn(ctx.source, i, ctx.knownNames, ctx.nativeNames);
  if (names.length === 0) return false;
  const facts = factsOf(ctx);
  const target = ctx.target.tokens(j);
  return names.some((n) => {
    const last = n.words[n.words.length - 1]!;
    // A surname alone counts too: the first name of "(Калин Костадинов)" opens its sentence, and only the surname is read as a name.
    return (facts.recognised(n) === "native" || surnameWord(ctx, last)) && !carried(ctx, last, target, true);
  });
}

/** The flag of names a link's translation does not carry (`missing`), when they are names it must carry; `instead`, the translation's stray names. */
function missingFlag(
  ctx: ReviewContext,
  facts: NameFacts,
  missing: readonly Name[],
  instead: readonly string[],
  inForms: (name: Name) => "carried" | "fewer" | undefined,
  [sourceText, targetText]: readonly [string, string],
  firms: ReadonlySet<Name>,
  renamed: (name: Name) => boolean,
): Flag | undefined {
  // Only names known to be rendered by their conventional form are warned about (`recognised`): foreign names
  // written back by ear ("Литлоу" for "Lithgow") and capitalised words of titles ("Висшата лига") are too loosely spelt to judge.
  // A country or a foreign city is often its adjective, its capital or "it" in a translation: it is judged
  // only when another known name stands in the translation instead ("Китай" and "Russia").
  const targetForms = formsOf(ctx.target.lang.code);
  const knownInstead = instead.some(
    (n) => n.split(" ").some((w) => reverseKnown(ctx).has(ctx.target.lang.stem(w))) || (targetForms?.idsIn(n).size ?? 0) > 0,
  );
  // ... or when the translation writes "the country" where the source names one, or has no form of two countries
  // the source names ("Русия и Китай" cut off), or of one, naming no other name instead: the country left out.
  // The translation's stand-ins for a country ("the country") are read once: many names of a long link are countries.
  let countryStandIns: readonly string[] | undefined;
  const standIns = (n: Name): readonly string[] => {
    if (facts.countryIds(n).length === 0) return [];
    if (countryStandIns === undefined) countryStandIns = targetForms?.standIns(targetText, "country") ?? [];
    return countryStandIns;
  };
  const absent = missing.filter((n) => facts.countryIds(n).length > 0 && inForms(n) === undefined);
  // A country by its own name ("Гърция"), not its capital or adjective, which a translation may leave to the context, and
  // after a preposition: a place ("в Гърция"), which no "it" can stand for, as one for a subject can ("Китай ще расте").
  const countryNamed = (n: Name) =>
    (formsOf(ctx.source.lang.code)?.namedIn(n.words.join(" ")).size ?? 0) > 0 && afterPreposition(sourceText, n, ctx.source.lang);
  // A country of the translation's that the source does not name: another country, which the countries check tells.
  const anotherCountry = () => {
    const sourceForms = formsOf(ctx.source.lang.code);
    if (!sourceForms || !targetForms) return false;
    const inSource = sourceForms.mentions(sourceText);
    return [...targetForms.mentions(targetText).keys()].some((id) => kindOf(id) === "country" && !inSource.has(id));
  };
  // A known first name where the translation names one word no source word answers: a character renamed ("Мария" /
  // "Martha"; stranger 101).
  const personInstead = (n: Name) => firstName(ctx, n) && instead.length > 0 && instead.every((w) => !w.includes(" "));
  const judged = missing.filter((n) => {
    // A firm's name whose every word has the consonants of the translation's name's of as many words ("„Гама Трейд“" /
    // "Gamma Trade": an English name transliterated, written back by its owner's spelling; stranger 181) is the name carried.
    if (firms.has(n)) return !looselyNamed(ctx, n, instead);
    const kind = facts.recognised(n);
    return (
      kind === "native" ||
      // A surname of the language alone, the translation naming someone else that sounds nothing like it: a quote given to
      // another speaker ("каза Василев" / "Zhelyazkov said"; stranger 110).
      (kind === undefined && n.words.length === 1 && ownSurname(ctx, n.words[0]!) && otherInstead(ctx, n, instead)) ||
      // A foreign person's first name and surname written back ("Джон Милър"), the translation naming another person of
      // two words that sounds nothing like it ("Peter Walker"; stranger 139): a name by ear is loose, never that loose.
      (kind === undefined && foreignPersonReplaced(ctx, n, instead, targetText)) ||
      // Its first name carried and another surname after it that sounds nothing like its own ("Thomas Bernard" / "Томас
      // Леблан", "David Williams" / "Дейвид Уилсън"; strangers 248, 252).
      (kind === undefined && renamed(n) && foreignSurnameReplaced(ctx, n, instead, targetText)) ||
      // A name of one word the source writes in Latin letters, where the translation keeps such names so and has none
      // that sounds like it: a product's or a firm's left out ("tested by Microsoft engineers" / "тествано от инженери",
      // "Windows" kept beside it; stranger 203). A translation writing every name in its own letters spells them by ear.
      (kind === undefined &&
        n.words.length === 1 &&
        !ctx.source.lang.streetWords.has(n.words[0]!.toLowerCase()) &&
        latinKept(ctx, targetText)) ||
      (kind === "known" &&
        // A city sverka knows, where the translation names another that sounds nothing like it: "във Франкфурт" / "in
        // Brussels", "в Рим" / "in Milan" (strangers 110, 111). Not a country (its adjective, its capital or "it" may stand
        // for it), nor a first name, nor a name written back by ear ("Финикс" for "Phoenix" is unknown).
        ((facts.countryIds(n).length === 0 && !firstName(ctx, n) && otherInstead(ctx, n, instead)) ||
          knownInstead ||
          standIns(n).length > 0 ||
          (absent.length >= 2 && absent.includes(n)) ||
          // One country left out, no other name standing instead ("в Гърция" gone from a power of attorney; stranger 115).
          (absent.length === 1 && absent[0] === n && instead.length === 0 && countryNamed(n) && !anotherCountry()) ||
          // A foreign person's surname is written by ear: another only where it sounds nothing like it ("Steven Lawless" /
          // "Стивън Лоулес" is the same person).
          (renamed(n) && (ctx.source.script !== "Latin" || foreignSurnameReplaced(ctx, n, instead, targetText))) ||
          personInstead(n)))
    );
  });
  if (judged.length === 0) return undefined;
  const forms = new Map(judged.map((n) => [n.words.join(" "), expectedForm(ctx, n)]));
  const source = [...forms.keys()];
  const expected = [...forms.values()];
  const named = source.map((s, n) => (expected[n] && expected[n] !== s ? `${s} (${expected[n]})` : s)).join(", ");
  const plural = source.length > 1;
  const said = unique(judged.flatMap(standIns));
  const reason = instead.length
    ? `the name${plural ? "s" : ""} ${named} ${plural ? "are" : "is"} not in the translation, which names ${unique(instead).join(", ")} instead: replaced by another name?`
    : `the name${plural ? "s" : ""} ${named} ${plural ? "are" : "is"} not in the translation${said.length ? `, which says "${said.join('", "')}" instead` : ""}: left out?`;
  const target = instead.length ? unique(instead) : said;
  const flag: Flag = {
    type: "names",
    severity: "warning",
    reason,
    evidence: { source, expected, ...(target.length ? { target } : {}) },
  };
  return flag;
}

/**
 * What the check works out once per review about a source name or word,
 * whatever link it is met in: a long document names the same people and
 * places in link after link.
 */
interface NameFacts {
  /** `recognised`, per name. */
  readonly recognised: (name: Name) => "native" | "known" | undefined;
  /** `countryIds`, per name. */
  readonly countryIds: (name: Name) => readonly string[];
  /** Whether a word is one of the built-in lexicon's and not a known name: a capitalised word of a title, translated. */
  readonly titleWord: (w: string) => boolean;
  /** Whether a word is a common word of the built-in lexicon whose translation `tokens` hold, a known name or not. */
  readonly translatedHere: (w: string, tokens: readonly Matchable[]) => boolean;
}

const factsByReview = new WeakMap<ReviewContext, NameFacts>();

function factsOf(ctx: ReviewContext): NameFacts {
  let facts = factsByReview.get(ctx);
  if (facts) return facts;
  const kinds = new Map<string, "native" | "known" | undefined>();
  const countries = new Map<string, readonly string[]>();
  const titleWords = new Map<string, boolean>();
  const vocabulary = builtinLexicon(ctx.source.lang.code, ctx.target.lang.code);
  facts = {
    recognised: (name) => {
      const key = name.words.join(" ");
      let kind = kinds.get(key);
      if (kind === undefined && !kinds.has(key)) {
        kind = recognised(ctx, name);
        kinds.set(key, kind);
      }
      return kind;
    },
    countryIds: (name) => {
      const key = name.words.join(" ");
      let ids = countries.get(key);
      if (!ids) {
        ids = countryIds(ctx, name);
        countries.set(key, ids);
      }
      return ids;
    },
    titleWord: (w) => {
      let v = titleWords.get(w);
      if (v === undefined) {
        const stem = ctx.source.lang.stem(w);
        v = vocabulary?.lookup(stem) !== undefined && !knownAs(ctx, w);
        titleWords.set(w, v);
      }
      return v;
    },
    translatedHere: (w, tokens) => {
      const theirs = vocabulary?.lookup(ctx.source.lang.stem(w.toLowerCase()));
      return theirs !== undefined && tokens.some((t) => t.kind === "word" && theirs.has(t.stem));
    },
  };
  factsByReview.set(ctx, facts);
  return facts;
}

/**
 * Where a name's translation may be looked up: the known names, the built-in
 * lexicon and the user's dictionaries. Not the word translations learned from
 * the bitext: in a story about China they pair "Китай" with "pig" and "market".
 */
function translations(ctx: ReviewContext): Array<Dictionary | undefined> {
  return [ctx.knownNames, builtinLexicon(ctx.source.lang.code, ctx.target.lang.code), ctx.terms];
}

/**
 * Whether a name of the source is carried by another of its forms (data/names):
 * "carried" where the translation names it at least once in any form, or as
 * often as the source does where it names a country the source does not;
 * "fewer" when it names it less often then ("турци ... Турция" and "Turkish
 * ... Japan": Turkey once where the source has it twice, and Japan instead);
 * undefined for a name of none of the forms, or none the translation has.
 */
function carriedByForms(ctx: ReviewContext, sourceText: string, targetText: string): (name: Name) => "carried" | "fewer" | undefined {
  const sourceForms = formsOf(ctx.source.lang.code);
  const targetForms = formsOf(ctx.target.lang.code);
  if (!sourceForms || !targetForms) return () => undefined;
  // Read only for a name that is one of the forms (a country, a city): most names are none.
  let inSource: ReadonlyMap<string, number> | undefined;
  let inTarget: ReadonlyMap<string, number> | undefined;
  let another: boolean | undefined;
  return (name) => {
    const own = sourceForms.idsIn(name.words.join(" "));
    if (own.size === 0) return undefined;
    inTarget ??= targetForms.mentions(targetText);
    const ids = [...own].filter((id) => inTarget!.has(id));
    if (ids.length === 0) return undefined;
    inSource ??= sourceForms.mentions(sourceText);
    another ??= [...inTarget.keys()].some((id) => kindOf(id) === "country" && !inSource!.has(id));
    return !another || ids.some((id) => inTarget!.get(id)! >= (inSource!.get(id) ?? 1)) ? "carried" : "fewer";
  };
}

/** The countries a name of the source is a form of. */
function countryIds(ctx: ReviewContext, name: Name): string[] {
  return [...(formsOf(ctx.source.lang.code)?.idsIn(name.words.join(" ")) ?? [])].filter((id) => kindOf(id) === "country");
}

/** Letters a place's name keeps at least once its adjective's ending is taken off ("Рил" of "Рилския"). */
const PLACE_STEM_LETTERS = 3;

/**
 * Whether a capitalised adjective made of a place's name is carried by the place's name, romanised, opening a word of
 * the translation: "Рилския манастир" / "the Rila Monastery", "Пловдивския университет" / "Plovdiv University" (stranger 154).
 */
function placeAdjectiveCarried(ctx: ReviewContext, w: string, target: readonly Matchable[]): boolean {
  const lower = w.toLowerCase();
  const ending = ctx.source.lang.placeAdjectiveEndings?.find((e) => lower.endsWith(e));
  if (ending === undefined || lower.length - ending.length < PLACE_STEM_LETTERS) return false;
  const place = ctx.source.lang.romanize(lower.slice(0, -ending.length)).toLowerCase();
  return target.some((t) => t.kind === "word" && t.key.startsWith(place));
}

/** Whether target segment `j` names someone or somewhere (as `strayNames` reads names) that source segment `i` does not carry. */
export function namesBackNotIn(ctx: ReviewContext, i: number, j: number): boolean {
  if (ctx.source.script === ctx.target.script) return false;
  return strayNames(ctx, [j], ctx.source.tokens(i)).length > 0;
}

/**
 * The translation's name of as many words as firm name `n` (its legal form aside) that carries some of its words in
 * their places (spelt alike, or translated) and, in the place of another, has a word the source says nowhere: the
 * firm renamed ("„Евро Асист“" / "Euro Help", "„Балкан Иншурънс“ АД" / "Danube Insurance AD"; strangers 168, 172).
 */
function firmRenamed(
  ctx: ReviewContext,
  n: Name,
  target: readonly number[],
  tokens: { readonly source: readonly Matchable[]; readonly target: readonly Matchable[] },
): string | undefined {
  const legal = ctx.target.lang.companyForms ?? [];
  const token = (w: string) => tokens.target.filter((t) => t.surface === w);
  // A word in the place of one of the name's that reads loosely as it ("Solutions" for "Солюшънс", "Aqua" for "Аква": a
  // word of another language transliterated, which the spelling rules do not reach) is the same word.
  const alike = (w: string, x: number) => looselyAlike(ctx.source.lang, n.words[x]!, w) || carried(ctx, n.words[x]!, token(w), false);
  for (const j of target)
    for (const name of namesIn(ctx.target, j)) {
      const words = name.words.filter((w) => !legal.includes(w));
      if (words.length !== n.words.length) continue;
      const same = words.map(alike);
      if (same.some(Boolean) && words.some((w, x) => !same[x] && !carriedBack(ctx, w, tokens.source))) return words.join(" ");
    }
  return undefined;
}

/** Whether one of the translation's names (its legal form aside) has as many words as `n`, each with the same consonants. */
function looselyNamed(ctx: ReviewContext, n: Name, names: readonly string[]): boolean {
  const legal = ctx.target.lang.companyForms ?? [];
  return names.some((name) => {
    const words = name.split(/\s+/u).filter((w) => w !== "" && !legal.includes(w));
    const same = (w: string, x: number) =>
      consonants(ctx.source.lang.transliterate(n.words[x]!).toLowerCase()) === consonants(w.toLowerCase());
    return words.length === n.words.length && words.every(same);
  });
}

/** Whether a word transliterated is within half its letters of another, edited ("Solyushans" and "Solutions"). */
function looselyAlike(lang: LanguageProfile, word: string, other: string): boolean {
  const a = lang.transliterate(word.toLowerCase());
  const b = other.toLowerCase();
  return levenshtein.get(a, b) <= LOOSE_SHARE * Math.max(a.length, b.length);
}

/** The share of a word's letters `looselyAlike` lets differ. */
const LOOSE_SHARE = 0.5;

/** Names of the translation that answer nothing in the source: they may stand for a lost one. */
function strayNames(ctx: ReviewContext, target: readonly number[], source: readonly Matchable[]): string[] {
  // A month or a weekday ("March", "Friday") is a capitalised word of English, not a name that could stand for a lost one.
  const months = monthsOf(ctx.target.lang);
  const answered = new Map<string, boolean>();
  const stray = (w: string) => {
    let v = answered.get(w);
    if (v === undefined) {
      // Nor is a number's word ("No" of "protocol No. 4"; stranger 160).
      v = !(months.has(w.toLowerCase()) || ctx.target.lang.numberPrefixAbbreviations.has(w.toLowerCase()) || carriedBack(ctx, w, source));
      answered.set(w, v);
    }
    return v;
  };
  // A firm's legal form ("Technomarket Ltd") is no part of the name that stands for another.
  const legal = ctx.target.lang.companyForms ?? [];
  const names = target
    .flatMap((j) => namesIn(ctx.target, j))
    .map((n) => (legal.length && n.words.some((w) => legal.includes(w)) ? { words: n.words.filter((w) => !legal.includes(w)) } : n))
    .filter((n) => n.words.length > 0);
  const forms = formsOf(ctx.target.lang.code);
  // A place of the language itself, as the translation writes it ("Rila"), is a name on its own, as a country is.
  const places = nativeForms(ctx);
  const proper = (w: string) => forms?.proper(w) || places.has(w.toLowerCase());
  // A surname of the source's language, written the translation's way, is a person on its own ("Maria Petrova" for "Мария
  // Георгиева": the first name carried, the surname another's).
  // (Or of the translation's own language, in its script: "Elena Petrova" translated "Елена Петрова" for "Elena Dimitrova".)
  const surnames = [...romanizedSurnameEndings(ctx.source.lang), ...(ctx.target.lang.surnameEndings ?? [])];
  const surname = (w: string) => surnames.some((e) => w.length > e.length + 2 && w.toLowerCase().endsWith(e));
  return [
    ...names.filter((n) => n.words.every(stray)).map((n) => n.words.join(" ")),
    // A country or a place inside a run of capitals that answers the source otherwise stands on its own ("Russia's National
    // ... Foundation", "Rila Energy" for "Пирин Енерджи").
    ...names
      .filter((n) => n.words.length > 1 && !n.words.every(stray))
      .flatMap((n) => n.words.filter((w) => (proper(w) || surname(w)) && stray(w))),
  ];
}

/** A language's surname endings as the translation writes them ("ова": "ova", "цки": "tski"), lowercase (once per language). */
const surnameEndingsOf = new WeakMap<LanguageProfile, readonly string[]>();
function romanizedSurnameEndings(lang: LanguageProfile): readonly string[] {
  let out = surnameEndingsOf.get(lang);
  if (!out) {
    out = (lang.surnameEndings ?? []).map((e) => lang.romanize(e).toLowerCase());
    surnameEndingsOf.set(lang, out);
  }
  return out;
}

/** The places of the source's language (`nativeNames`) as the translation writes them, lowercase: "rila", "plovdiv" (once per list). */
const nativeFormsOf = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function nativeForms(ctx: ReviewContext): ReadonlySet<string> {
  let set = nativeFormsOf.get(ctx.nativeNames);
  if (!set) {
    const lang = ctx.source.lang;
    set = new Set([...ctx.nativeNames].map((n) => lang.romanize(n).toLowerCase()));
    nativeFormsOf.set(ctx.nativeNames, set);
  }
  return set;
}

/** A language's month and weekday names, lowercase (once per language). */
const months = new WeakMap<LanguageProfile, ReadonlySet<string>>();
export function monthsOf(lang: LanguageProfile): ReadonlySet<string> {
  let set = months.get(lang);
  if (!set) {
    const dates = lang.dates;
    // A weekday abbreviated is no name either: "Mo.–Fr." / "Mon.–Fri." (stranger 91: "another person?").
    const weekdays = [...(dates?.weekdays ?? []), ...(dates?.weekdayForms?.flat() ?? []), ...(dates?.weekdayAbbreviations?.flat() ?? [])];
    set = new Set([...(dates?.months.flat() ?? []), ...weekdays].map((m) => m.toLowerCase()));
    months.set(lang, set);
  }
  return set;
}

/**
 * Whether a name is one the translation must carry ("native": a place or first
 * name of the language in the known names, or a name of two or more words with
 * a surname ending of the language, "Петър Христов", "Васил Левски"), one of
 * the other known names ("known": a country, a foreign city), or neither.
 */
function recognised(ctx: ReviewContext, name: Name): "native" | "known" | undefined {
  const lang = ctx.source.lang;
  if (name.words.some((w) => nativeWord(ctx, w)) || ctx.nativeNames.has(name.words.join(" ").toLowerCase())) return "native";
  if (surnamed(ctx, name) || (name.titled === true && name.words.some((w) => surnameWord(ctx, w)))) return "native";
  const known = ctx.knownNames;
  if (known && (name.words.some((w) => knownAs(ctx, w)) || known.lookup(name.words.map((w) => lang.stem(w)).join(" ")))) return "known";
  return (formsOf(lang.code)?.idsIn(name.words.join(" ")).size ?? 0) > 0 ? "known" : undefined;
}

/** A place of the language (data/names, "native"), as written or an ending taken off ("Искъра", "Искър"): a stem is too coarse ("Русия" and the town "Русе"). */
function nativeWord(ctx: ReviewContext, w: string): boolean {
  return listedName(ctx, w, ctx.nativeNames);
}

/** Whether a source word is one of `names` (lowercase), as written or an ending taken off (the language's name forms). */
function listedName(ctx: ReviewContext, w: string, names: ReadonlySet<string>): boolean {
  const bases = formsOf(ctx.source.lang.code)?.bases;
  const lower = w.toLowerCase();
  return bases ? bases(lower).some((b) => names.has(b)) : names.has(lower);
}

/** A name of two or more words with a surname ending of the language ("Петър Христов", "Васил Левски"): a person's. */
function surnamed(ctx: ReviewContext, name: Name): boolean {
  return name.words.length >= 2 && name.words.some((w) => surnameWord(ctx, w));
}

/**
 * A word of five letters or more with a surname ending of the language ("Христов", "Костадинова"), or of the
 * translation's language written the source's way ("Kolev", "Dimitrova" in an English source translated into
 * Bulgarian: a person the translation names in its own script, "Колев").
 */
function surnameWord(ctx: ReviewContext, w: string): boolean {
  if (w.length < 5) return false;
  const lower = w.toLowerCase();
  if ((ctx.source.lang.surnameEndings ?? []).some((e) => lower.endsWith(e))) return true;
  return ctx.source.script !== ctx.target.script && romanizedSurnameEndings(ctx.target.lang).some((e) => lower.endsWith(e));
}

/**
 * A surname of the source's own language by its ending ("Василев", "Петрова"), not one romanised from another; not a
 * word the dictionaries translate, nor one ending as a place's adjective does ("Тихоокеанския огнен пръстен" / "Pacific
 * Ring of Fire").
 */
function ownSurname(ctx: ReviewContext, w: string): boolean {
  const lower = w.toLowerCase();
  const lang = ctx.source.lang;
  // Not an ending a place's adjective shares ("Тихоокеански", "Балкански": `adjectiveSurnameEndings`).
  const shared = lang.adjectiveSurnameEndings ?? [];
  if (w.length < 6 || !(lang.surnameEndings ?? []).some((e) => lower.endsWith(e) && !shared.includes(e))) return false;
  return ctx.dictionary?.lookup(lang.stem(lower)) === undefined;
}

/** A name of several words, one of them a place of the language and none a surname: a firm or a body named after the place. */
function namedAfterPlace(ctx: ReviewContext, name: Name): boolean {
  return name.words.length >= 2 && !surnamed(ctx, name) && name.words.some((w) => nativeWord(ctx, w));
}

/** The names of segment id: capitalised words inside a sentence (not opening it), runs of them as one name. */
export function namesIn(side: SideInfo, id: number, known?: Dictionary, places?: ReadonlySet<string>): Name[] {
  let bySegment = namesFound.get(side);
  if (!bySegment) {
    bySegment = new Map();
    namesFound.set(side, bySegment);
  }
  const text = side.side.segments[id]!.text;
  let names = bySegment.get(text);
  if (!names) {
    // A shortcut's keys are no names ("Cmd+S" / "⌘+S": stranger 306): the codes check compares shortcuts whole.
    names = findNames(side, shortcutsBlanked(text), known, places);
    bySegment.set(text, names);
  }
  return names;
}

/** The names of each side's texts, found once per distinct text (the source side is always read with the known names, the target side without). */
const namesFound = new WeakMap<SideInfo, Map<string, Name[]>>();

/**
 * What a text's words say of its names whatever the document: in title case,
 * its names; else each word that is a name unless the document writes it in
 * lowercase somewhere (`SideInfo.lowercase`, the one thing read of the
 * document), and whether it continues the name of the word before it.
 */
type TextNames = { readonly titleCase: Name[] } | { readonly candidates: readonly Candidate[] };
interface Candidate {
  readonly word: string;
  readonly lower: string;
  /** The word before it is a candidate too, and only white space parts them: one name when both are names ("Петър Христов"). */
  readonly joins: boolean;
  /** It opens a sentence, and is a candidate only for the capitalised word after it: a name only with that one, and never a frequent word. */
  readonly opening?: boolean;
  /** A person's title of the language stands right before it ("г-н", "Dr."). */
  readonly titled?: boolean;
  /** A word of a listed place whose other words are lowercase ("Слънчев бряг"): a name whatever the document writes in lowercase. */
  readonly listed?: boolean;
}

/** Words of three letters or more a line in capitals has at least: "ИВАН ДИМИТРОВ". */
const SHOUTED_WORDS = 2;

/** Whether a text's words of three letters or more, two at least, are all in capitals. */
function shouted(words: ReadonlyArray<{ readonly 0: string }>): boolean {
  const long = words.filter((m) => m[0].length >= 3);
  return long.length >= SHOUTED_WORDS && long.every((m) => m[0] === m[0].toUpperCase() && m[0] !== m[0].toLowerCase());
}

/** A text in capitals' words of four letters or more, as a title writes them ("Hristev"); none for another text. */
function shoutedWords(text: string): string[] {
  const words = nameWords(text);
  if (!shouted(words)) return [];
  return words.filter((m) => m[0].length >= 4).map((m) => `${m[0].slice(0, 1)}${m[0].slice(1).toLowerCase()}`);
}

/** The listed places of more than one word, by their first word: the words after it, lowercase ("слънчев" → [["бряг"]]). */
const multiWordPlaces = new WeakMap<ReadonlySet<string>, ReadonlyMap<string, readonly string[][]>>();
function multiWordPlacesOf(places: ReadonlySet<string>): ReadonlyMap<string, readonly string[][]> {
  let out = multiWordPlaces.get(places);
  if (!out) {
    const map = new Map<string, string[][]>();
    for (const place of places) {
      const [first, ...rest] = place.split(" ");
      if (rest.length === 0) continue;
      const list = map.get(first!);
      if (list) list.push(rest);
      else map.set(first!, [rest]);
    }
    out = map;
    multiWordPlaces.set(places, out);
  }
  return out;
}

/**
 * The indices of the words that make a listed place of more than one word whose
 * other words are lowercase, as the language writes them ("Слънчев бряг",
 * "Златни пясъци"): read as one word, the second was taken for an ordinary one.
 */
function listedPlaceWords(
  text: string,
  words: ReadonlyArray<{ readonly 0: string; readonly index: number }>,
  capitalised: readonly boolean[],
  places: ReadonlySet<string> | undefined,
): Set<number> {
  const out = new Set<number>();
  if (!places || places.size === 0) return out;
  const byFirst = multiWordPlacesOf(places);
  words.forEach((m, n) => {
    if (!capitalised[n]) return;
    const rests = byFirst.get(m[0].toLowerCase());
    const rest = rests?.find((r) =>
      r.every((w, x) => {
        const at = words[n + 1 + x];
        const before = words[n + x]!;
        return at !== undefined && at[0].toLowerCase() === w && /^\s+$/u.test(text.slice(before.index + before[0].length, at.index));
      }),
    );
    if (rest) for (let x = 0; x <= rest.length; x++) out.add(n + x);
  });
  return out;
}

/** A language's frequent words (its articles, pronouns, prepositions), in lowercase: no sentence opening with one opens a name. */
const frequentWords = new WeakMap<LanguageProfile, ReadonlySet<string>>();

export function frequentWordsOf(lang: LanguageProfile): ReadonlySet<string> {
  let out = frequentWords.get(lang);
  if (!out) {
    out = new Set((lang.frequentWords ?? []).map((w) => w.toLowerCase()));
    frequentWords.set(lang, out);
  }
  return out;
}

/** `TextNames` per language and dictionary of known names, per text: a long document repeats its sentences, and its pieces share them. */
const textNames = new WeakMap<LanguageProfile, Map<Dictionary | undefined, Map<string, TextNames>>>();
/** Texts kept per language and dictionary at most (cleared when full: every text reviewed goes through it), as memo.ts keeps them. */
const MAX_TEXTS = MAX_KEPT;

function findNames(side: SideInfo, text: string, known?: Dictionary, places?: ReadonlySet<string>): Name[] {
  let byKnown = textNames.get(side.lang);
  if (!byKnown) {
    byKnown = new Map();
    textNames.set(side.lang, byKnown);
  }
  let byText = byKnown.get(known);
  if (!byText) {
    byText = new Map();
    byKnown.set(known, byText);
  }
  let read = byText.get(text);
  if (!read) {
    read = readNames(side.lang, text, known, places);
    if (byText.size >= MAX_TEXTS) byText.clear();
    byText.set(text, read);
  }
  if ("titleCase" in read) return read.titleCase;
  const lowercase = side.lowercase();
  const out: string[][] = [];
  const titled = new Set<string[]>();
  let previousName = false;
  const frequent = frequentWordsOf(side.lang);
  // A sentence's first word alone is a name where the document writes it capitalised inside a sentence too: a story's
  // "Петър отвори вратата." beside "..., а Петър нямаше чадър." (stranger 293: "Pavel opened the door." passed). Not in
  // Latin letters, whose names a translation into another script copies and the names checks compare as written.
  const inside = (c: Candidate) => side.script !== "Latin" && !frequent.has(c.lower) && side.capitalised().has(c.lower);
  // A known name after a sentence's first word opens the name: "Вчера Иван Новак ми се обади" names "Иван Новак", and its
  // first word is no part of it (stranger 319: "Вчера Иван Новак" read as one name, "Ivan Morgan" passed for it).
  const knownName = (c: Candidate) => {
    const stem = side.lang.stem(c.word);
    return known?.lookup(stem) !== undefined && known.surfaceOf("s", stem).toLowerCase() === c.lower;
  };
  read.candidates.forEach((c, x) => {
    const next = read.candidates[x + 1];
    const isName =
      c.listed === true ||
      (!lowercase.has(c.lower) &&
        (!c.opening || inside(c) || (next?.joins === true && !lowercase.has(next.lower) && !frequent.has(c.lower) && !knownName(next))));
    // Words of one name stand next to each other: "Петър Христов", "Стара Загора".
    if (isName && c.joins && previousName) out[out.length - 1]!.push(c.word);
    else if (isName) {
      out.push([c.word]);
      if (c.titled) titled.add(out[out.length - 1]!);
    }
    previousName = isName;
  });
  // A title is the first name's of a run a place opens: none is the place's.
  if (places)
    return out.flatMap((words) => placeAndPerson(words, side.lang, places).map((w, x) => nameOf(w, x === 0 && titled.has(words))));
  return out.map((words) => nameOf(words, titled.has(words)));
}

function nameOf(words: string[], titled: boolean): Name {
  return titled ? { words, titled } : { words };
}

/**
 * A run of capitals that opens with a known place and goes on with a person's
 * name is two names: "Кметът на Враца Калин Каменов", "министърът на Франция
 * Жан Кастекс" (the place of the known names or a country or city of the
 * name forms, then a first name and a surname).
 */
function placeAndPerson(words: string[], lang: LanguageProfile, places: ReadonlySet<string>): string[][] {
  if (words.length < 3) return [words];
  const endings = lang.surnameEndings ?? [];
  for (let n = Math.min(2, words.length - 2); n >= 1; n--) {
    const place = words.slice(0, n);
    const person = words.slice(n);
    const known = places.has(place.join(" ").toLowerCase()) || (n === 1 && formsOf(lang.code)?.proper(place[0]!) === true);
    // A first name and a surname; with a middle name, the surname has the language's ending ("Иван Петров Иванов").
    const last = person[person.length - 1]!.toLowerCase();
    const isPerson = person.length === 2 || (person.length === 3 && endings.some((e) => last.length >= 5 && last.endsWith(e)));
    if (known && isPerson) return [place, person];
  }
  return [words];
}

/** A field's label and one capitalised word after it: "Family name: Ivanova". */
const FIELD_OF_ONE_WORD = /^[^:\n]{1,40}:\s+(\p{Lu}\p{Ll}+)\s*$/u;

/**
 * A label and a person's name after it: "Кмет: Таня Христова", "Баща: Георги Петков Щерев" (a first name, a father's, a
 * surname), "Главен счетоводител: П. Николов", "Chairman: A. V. Smirnov" (initials, group 3).
 */
const LABELLED_NAME =
  /^[^:\n]{1,40}:\s+(?:(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\p{Ll}+\s+)?|((?:\p{Lu}\.\s*){1,2}))?(\p{Lu}\p{Ll}+)\s*(?:,[^:\n]*)?$/u;

/**
 * Whether a line of a signature block names its signatory after a label: no title, though every word is capitalised
 * and no full stop ends it (stranger 103: "Кмет: Таня Христова" / "Mayor: Tanya Petrova" was read as a title).
 */
function signedBy(text: string, lang: LanguageProfile, known?: Dictionary): boolean {
  const m = LABELLED_NAME.exec(text);
  if (!m) return false;
  // A surname after initials is a person's, whatever the label and the language ("Chief Accountant: P. Smirnov"; strangers
  // 263, 265: a signature block's surname replaced passed, the line read as a title), and so is a first name the known
  // names list ("Managing Director: Georgi Petrov").
  if (m[2] !== undefined || (m[1] !== undefined && known?.lookup(lang.stem(m[1])) !== undefined)) return true;
  // A firm's signatory: a first name and a surname after a label naming the firm by its legal form ("For Megatrade EOOD:
  // Dimitar Vasilev"; stranger 273: read as a title, the firm's name in it went unread and was "left out").
  if (m[1] !== undefined && legalFormsIn(text.slice(0, text.indexOf(":")), lang.code).length > 0) return true;
  // A language without surname endings (English): a label of one word ("Father: Georgi Petrov Shterev").
  // A surname alone after its field's label, in a language with surname endings: "Фамилно име: Петрова" (stranger 188).
  const endings = lang.surnameEndings ?? [];
  if (endings.length === 0) return m[1] !== undefined && /^\p{L}+:/u.test(text);
  const surname = m[3]!.toLowerCase();
  return endings.some((e) => surname.length >= e.length + 3 && surname.endsWith(e));
}

function readNames(lang: LanguageProfile, text: string, known?: Dictionary, places?: ReadonlySet<string>): TextNames {
  const words = nameWords(text);
  // Every word is part of the text: the form of the pattern chosen for the text is right for each of them.
  const capitalisedPattern = CAPITALISED.for(text);
  const capitalised = words.map((m) => capitalisedPattern.test(m[0]));
  const listed = listedPlaceWords(text, words, capitalised, places);
  // A line in capitals throughout ("ИЗПЪЛНИТЕЛ: ИВАН ДИМИТРОВ, ГР. ПЛОВДИВ"): no capital tells a name there (strangers 262,
  // 264, 265, 266: a signatory replaced in capitals passed).
  if (shouted(words)) return { candidates: shoutedCandidates(lang, text, words, known, places) };
  // In title case, only the countries and cities of the name forms are known to be names ("AI Superpowers: China, Silicon Valley").
  // A title leaves only its short words in lowercase ("and", "the", "near"): a line dense with names is no title ("Contact person:
  // Maria Petrova, tel.", an address).
  // A sentence says it is one by its full stop ("Поръчител е Елена Петрова Драганова."): a title has none.
  if (
    words.length >= TITLE_CASE_MIN_WORDS &&
    !SENTENCE_STOP.test(text) &&
    !signedBy(text, lang, known) &&
    // "Dear Mr Ivanov," / "Уважаеми г-н Петров,": a salutation names a person, whatever its words' capitals (stranger 187).
    !words.some(
      (m, n) =>
        n > 0 && capitalised[n] && titleBefore(lang, words[n - 1]![0], text.slice(words[n - 1]!.index + words[n - 1]![0].length, m.index)),
    ) &&
    capitalised.filter(Boolean).length >= TITLE_CASE_SHARE * words.length &&
    words.every((m, n) => capitalised[n] || m[0].length <= TITLE_LOWERCASE_LETTERS)
  )
    return { titleCase: words.filter((m) => formsOf(lang.code)?.proper(m[0])).map((m) => ({ words: [m[0]] })) };
  const candidates: Candidate[] = [];
  let previousEnd = -1;
  let previous = false;
  const endings = lang.surnameEndings ?? [];
  // A first name opening a sentence or a line before a surname of the language: a signature's "Даниел Панов".
  const beforeCapitalised = (n: number): boolean => {
    const next = words[n + 1];
    return next !== undefined && capitalised[n + 1]! && /^\s+$/u.test(text.slice(words[n]!.index + words[n]![0].length, next.index));
  };
  const beforeSurname = (n: number): boolean => {
    if (!beforeCapitalised(n)) return false;
    const lower = words[n + 1]![0].toLowerCase();
    return endings.some((e) => lower.length >= e.length + 3 && lower.endsWith(e));
  };
  // A form's field of a surname of the language alone: "Фамилно име: Петрова" (stranger 188).
  const fieldSurname = (n: number): boolean => {
    const lower = words[n]![0].toLowerCase();
    return /:\s*$/u.test(text.slice(0, words[n]!.index)) && endings.some((e) => lower.length >= e.length + 3 && lower.endsWith(e));
  };
  words.forEach((m, n) => {
    const w = m[0];
    if (listed.has(n)) {
      candidates.push({ word: w, lower: w.toLowerCase(), joins: listed.has(n - 1), listed: true });
      previous = true;
      previousEnd = m.index + w.length;
      return;
    }
    // Only a capitalised word can be a name: the others (most words) need no lowercase copy.
    const lower = capitalised[n] ? w.toLowerCase() : undefined;
    const possible =
      lower !== undefined &&
      !abbreviation(lang, lower, text.slice(m.index + w.length)) &&
      !lang.capitalisedWords.has(lower) &&
      // A person's title is no part of the name ("Mr Kolev", "Г-жа Петрова"): it says that the name after it is one.
      !lang.personTitles.has(lower) &&
      // Every noun is capitalised in German: there only a known name, or one in capitals, is read as a name.
      (!lang.capitalisesNouns ||
        ACRONYM.test(w) ||
        formsOf(lang.code)?.proper(w) === true ||
        (known?.lookup(lang.stem(w)) !== undefined && known.surfaceOf("s", lang.stem(w)).toLowerCase() === lower));
    // A word opening a sentence is a name only when it is a known one ("Гърция, където...").
    // (spelt as listed: stems are too coarse there, "Никой" (nobody) shares its stem with "Никола").
    // A country or a city of the language's name forms is one too, on either side ("Turkey, which..."), and a first
    // name before a surname of the language ("Даниел Панов", a signature's line).
    const named =
      possible &&
      (!opensSentence(text.slice(0, m.index), lang) ||
        (known?.lookup(lang.stem(w)) !== undefined && known.surfaceOf("s", lang.stem(w)).toLowerCase() === lower) ||
        formsOf(lang.code)?.proper(w) === true ||
        beforeSurname(n) ||
        fieldSurname(n));
    // Any other word opening a sentence: a name only where the document never writes it in lowercase and the word after
    // it is one too ("Анна Вебер беше назначена", not "Общото Събрание"), or the document writes it capitalised inside a
    // sentence ("Петър отвори вратата.": `findNames`).
    const opening = possible && !named;
    const candidate = named || opening;
    if (candidate)
      candidates.push({
        word: w,
        lower,
        joins: previous && /^\s+$/u.test(text.slice(previousEnd, m.index)),
        ...(opening ? { opening } : {}),
        ...(n > 0 && titleBefore(lang, words[n - 1]![0], text.slice(words[n - 1]!.index + words[n - 1]![0].length, m.index))
          ? { titled: true }
          : {}),
      });
    previous = candidate;
    previousEnd = m.index + w.length;
  });
  return { candidates };
}

/**
 * The names of a line in capitals, each word as a title writes it ("Иван Димитров"): a known first name or place (the
 * known names, the name forms' countries and cities, the language's places), and a surname of the language's after one
 * of them or after initials ("П. НИКОЛОВ"). Read as listed places are, whatever the document writes in lowercase: no
 * other word of such a line is taken for a name.
 */
function shoutedCandidates(
  lang: LanguageProfile,
  text: string,
  words: ReadonlyArray<{ readonly 0: string; readonly index: number }>,
  known?: Dictionary,
  places?: ReadonlySet<string>,
): Candidate[] {
  const endings = lang.surnameEndings ?? [];
  const candidates: Candidate[] = [];
  let previous = false;
  let previousEnd = -1;
  words.forEach((m, n) => {
    const w = m[0];
    const title = `${w.slice(0, 1)}${w.slice(1).toLowerCase()}`;
    const lower = w.toLowerCase();
    const between = text.slice(previousEnd, m.index);
    const initialBefore = n > 0 && words[n - 1]![0].length === 1 && /^\.\s*$/u.test(text.slice(words[n - 1]!.index + 1, m.index));
    const isKnown =
      w.length >= 3 &&
      ((known?.lookup(lang.stem(title)) !== undefined && known.surfaceOf("s", lang.stem(title)).toLowerCase() === lower) ||
        formsOf(lang.code)?.proper(title) === true ||
        places?.has(lower) === true);
    // After initials, any word of three letters or more: a surname in any language ("P. SMIRNOV"); after a name, one of
    // the language's surnames, or in a language with no surname endings (English) any word of four letters or more that
    // is none of its short or frequent words ("GEORGI PETROV NIKOLOV"; stranger 269).
    const surname =
      (initialBefore && w.length >= 3) ||
      (previous &&
        /^\s+$/u.test(between) &&
        (endings.length === 0
          ? w.length >= 4 && !lang.headingWords.has(lower) && !lang.danglingWords.has(lower) && !frequentWordsOf(lang).has(lower)
          : endings.some((e) => lower.length >= e.length + 3 && lower.endsWith(e))));
    const candidate = isKnown || surname;
    if (candidate) candidates.push({ word: title, lower, joins: previous && /^\s+$/u.test(between), listed: true });
    previous = candidate;
    previousEnd = m.index + w.length;
  });
  return candidates;
}

// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond or two to compile.
/**
 * The words of a text as the pattern `[\p{L}\p{M}][\p{L}\p{M}'’-]*` (flags `gu`) matches them, each
 * with its place (`[0]` and `index`, as a match has them), read from the
 * character table (src/lang/chars.ts) rather than by the pattern: a match made
 * per word of every sentence was a twentieth of what the review allocates.
 */
export function nameWords(text: string): Array<{ readonly 0: string; readonly index: number }> {
  const out: Array<{ readonly 0: string; readonly index: number }> = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const inWord = (charBits(cp) & (LETTER_BIT | MARK_BIT)) !== 0;
    if (start < 0) {
      if (inWord) start = i;
    } else if (!inWord && cp !== 0x27 && cp !== 0x2019 && cp !== 0x2d) {
      out.push({ 0: text.slice(start, i), index: start });
      start = -1;
    }
    i += size;
  }
  if (start >= 0) out.push({ 0: text.slice(start), index: start });
  return out;
}
/** A capital and a small letter, or an Irish or French surname's capital, apostrophe and capital ("O'Brien", "D’Arcy"; stranger 255). */
const CAPITALISED = narrowable(/^\p{Lu}(?:\p{Ll}|['’]\p{Lu}\p{Ll})/u);
/**
 * A text ending as a sentence does: a full stop after three letters or more (not an initial's), closing marks aside; or
 * a list item's semicolon ("2. Автобиография на Ивелина Дочева;", as annex and expert lists end theirs; stranger 367).
 */
const SENTENCE_STOP = /[^\s.]{3}[.!;][”’"'»)\]]*\s*$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const SENTENCE_END = narrowable(/([\p{L}]*)[.!?…:;•]["'”’»)\]]*$/u);
const LETTER = narrowable(/\p{L}/u);

/** Whether `word`, then `between` (white space, a dot), is a person's title before a name: "г-н ", "Dr. ", "Mme ". */
function titleBefore(lang: LanguageProfile, word: string, between: string): boolean {
  return lang.personTitles.has(word.toLowerCase()) && /^\.?\s+$/u.test(between);
}

/** "Св." (Saint), "Г-н": an abbreviation with its dot is no name. */
function abbreviation(lang: LanguageProfile, lower: string, after: string): boolean {
  return (
    after.startsWith(".") && (lang.nonFinalAbbreviations.has(lower) || lang.finalAbbreviations.has(lower) || lang.nameInitials.has(lower))
  );
}

/** Whether a word after this text opens a sentence: nothing before it, or a full stop that is no abbreviation's or initial's ("гр. Враца"). */
function opensSentence(before: string, lang: LanguageProfile): boolean {
  const cut = endBefore(before, OPENING);
  const p = before.slice(0, cut);
  // A table's cell opens as a sentence does: "2.1<TAB>Вътрешнобанков превод" (stranger 112).
  if (p === "" || before.includes("\t", cut)) return true;
  // A sentence ends on a mark, closing quotes after it: without one, the pattern (tried at every position) cannot match.
  const closed = endBefore(p, CLOSING);
  if (!SENTENCE_MARKS.includes(p.charAt(closed - 1))) return false;
  // Read at the text's end only: the pattern, tried at every position of the text before each capitalised word,
  // made a segment of thousands of words quadratic (docs/scale.md). A word before the mark longer than the window
  // is cut, and is no abbreviation either way.
  const end = SENTENCE_END.exec(p.slice(Math.max(0, closed - 1 - WORD_WINDOW)));
  if (!end) return false;
  if (p.charAt(closed - 1) !== ".") return true;
  const word = end[1]!.toLowerCase();
  const abbreviation =
    lang.nonFinalAbbreviations.has(word) || lang.unitOrNonFinalAbbreviations.has(word) || lang.nameInitials.has(word) || word.length === 1;
  return !(abbreviation && LETTER.test(word));
}

/** What may stand between a sentence's end and its next word (white space, opening quotes and brackets, dashes), one character at a time. */
const OPENING = /^[\s"'“„«‚([–—-]$/u;
/** What may follow the mark that ends a sentence (closing quotes and brackets), and the marks, as `SENTENCE_END` reads them. */
const CLOSING = /^["'”’»)\]]$/u;
const SENTENCE_MARKS = ".!?…:;•";
/** How many characters before a sentence's mark `opensSentence` reads for the word it ends (an abbreviation has a few). */
const WORD_WINDOW = 64;

/** Where a run of characters `one` takes (each a UTF-16 unit: all of them are in the Basic Multilingual Plane) starts at the end of `text`. */
function endBefore(text: string, one: RegExp): number {
  let end = text.length;
  while (end > 0 && one.test(text.charAt(end - 1))) end--;
  return end;
}

/** Whether source word `w` has its counterpart among the translation's tokens: its transliteration (or a cognate of it), a known form, a dictionary translation. */
function carried(ctx: ReviewContext, w: string, target: readonly Matchable[], strict = false): boolean {
  const lang = ctx.source.lang;
  const forms = sourceForms(lang, w);
  // Strict (a name of the source's own language): the same consonants, only vowels may differ ("Gorbachev", "-iya" for "-ia").
  const near = (f: SpeltWord, b: Matchable, mask: number) => {
    const s = b.skeleton;
    if (Math.abs(f.skeleton.length - s.length) > 0.5 * Math.max(f.skeleton.length, s.length)) return false;
    // Letters one word lacks bound the edit distance: most words are told apart without it (`mayBeCognates`).
    if (!mayBeCognates(f.skeleton, s, f.mask, mask) || cognateSimilarity(f.skeleton, s) <= 0) return false;
    return !strict || (f.consonants === consonantsOf(s) && voicedOf(f.skeleton) === voicedOf(s));
  };
  // The translation's words read once per token list (skeletons, letter masks): asked for every name of the source, a
  // line with no full stop (thousands of names, tens of thousands of words) read each word's mask for each name.
  const read = targetWordsOf(target);
  if (forms.some((f) => read.skeletons.has(f.skeleton))) return true;
  for (let k = 0; k < read.words.length; k++) if (forms.some((f) => near(f, read.words[k]!, read.masks[k]!))) return true;
  const stem = lang.stem(w);
  let stems: Set<string> | undefined;
  for (const dict of translations(ctx)) {
    // A known name by its own entry: "Русе" is Ruse, not Russia, whose stem it shares.
    const keys = dict === ctx.knownNames ? knownAs(ctx, w)?.keys() : dict?.lookup(stem)?.keys();
    for (const key of keys ?? []) {
      stems ??= new Set(target.filter((b) => b.kind === "word").map((b) => b.stem));
      // Each part's stem found, then by a word that is no other known name: asked only of the words a key's stems find.
      const parts = key.split(" ");
      if (parts.every((s) => stems!.has(s) && target.some((b) => b.kind === "word" && b.stem === s && !otherKnownName(ctx, b, stem))))
        return true;
    }
  }
  return false;
}

/**
 * Whether a word of the translation is a known name of its own whose entries do not lead back to the source's word (its
 * stem `stem`): "Русия" shares "Русе"'s stem, but is Russia, not "Ruse" (stranger 119).
 */
function otherKnownName(ctx: ReviewContext, b: Matchable, stem: string): boolean {
  const back = knownNameTargets(ctx.target.lang.code, ctx.source.lang.code, b.surface);
  return back !== undefined && !back.has(stem);
}

/** A token list's words, their skeletons as a set and their letter masks, read once per list (`carried`). */
const targetWords = new KeptPerObject<
  readonly Matchable[],
  { skeletons: ReadonlySet<string>; words: readonly Matchable[]; masks: Int32Array }
>();
function targetWordsOf(target: readonly Matchable[]) {
  let out = targetWords.get(target);
  if (!out) {
    const words = target.filter((b) => b.kind === "word");
    out = { skeletons: new Set(words.map((b) => b.skeleton)), words, masks: Int32Array.from(words, (b) => maskOf(b.skeleton)) };
    targetWords.set(target, out);
  }
  return out;
}

/** A word's spelling skeleton (of Latin letters), its letters as bits (`letterMask`) and its consonants (`consonants`). */
interface SpeltWord {
  readonly skeleton: string;
  readonly mask: number;
  readonly consonants: string;
}

function spelt(skeletonOf: string): SpeltWord {
  return { skeleton: skeletonOf, mask: letterMask(skeletonOf), consonants: consonantsOf(skeletonOf) };
}

/** Per language, a source word's forms in the translation's script: its romanisation and its transliteration, as skeletons (once each). */
const sourceForms = perLanguage((lang, w): readonly SpeltWord[] => {
  const romanized = skeleton(lang.romanize(w));
  const transliterated = skeleton(lang.transliterate(w.toLowerCase()));
  const forms = romanized === transliterated ? [spelt(romanized)] : [spelt(romanized), spelt(transliterated)];
  // A name with its article ("площад „Джумаята“"), its bare form too: a translation writes "Dzhumaya Square".
  const lower = w.toLowerCase();
  const article = lang.nameArticles?.find(([a]) => lower.length >= a.length + 4 && lower.endsWith(a));
  if (article) forms.push(spelt(skeleton(lang.romanize(w.slice(0, w.length - article[0].length) + article[1]))));
  return forms;
});

/** Per language, a word read by ear (`soundsAlike`): the skeleton of its transliteration, its possessive "'s" left off. */
const heard = perLanguage((lang, w): SpeltWord => spelt(skeleton(lang.transliterate(w.toLowerCase()))));
const heardName = perLanguage((lang, w): SpeltWord => spelt(skeleton(lang.transliterate(w.toLowerCase().replace(/['’]s$/u, "")))));

/**
 * A foreign name written back into the source's script ("Тръмп" for "Trump",
 * "Куунс" for "Coons") is spelt by ear: it matches a name of the translation
 * when their consonants, voiced and unvoiced alike, nearly agree
 * ("trmp" both; "mrtr" and "mrvtr") and the names start alike.
 */
function soundsAlike(ctx: ReviewContext, w: string, names: readonly string[], strict = false): boolean {
  if (names.length === 0) return false;
  const { skeleton: a, consonants: ka } = heard(ctx.source.lang, w);
  return names.some((n) => {
    const { skeleton: b, consonants: kb } = heardName(ctx.target.lang, n);
    if (a.charAt(0) !== b.charAt(0) && !(VOWEL.test(a.charAt(0)) && VOWEL.test(b.charAt(0)))) return false;
    // A name of the language has one romanisation: a voiced consonant for an unvoiced one is another name ("Antonov" is
    // Антонов, not "Андонов"; stranger 106). Another language's name written back by ear may be heard either way.
    if (ka === kb) return !strict || voicedOf(a) === voicedOf(b);
    return (
      !strict &&
      Math.min(ka.length, kb.length) >= 2 &&
      levenshtein.get(ka, kb) <= Math.max(1, Math.floor(Math.max(ka.length, kb.length) / 3))
    );
  });
}

const VOWEL = /[aeiouy]/u;

/**
 * The consonants of a skeleton, voiced and unvoiced pairs alike ("d" is "t"), "h" (often silent) left out but after a
 * consonant: the skeleton writes "ch" as "h" (a Greek chi), and "Stoyanchev" is no spelling of "Стоянов" (stranger 97).
 */
function consonants(s: string): string {
  return consonantLetters(s)
    .replace(/d/gu, "t")
    .replace(/b/gu, "p")
    .replace(/g/gu, "k")
    .replace(/(.)\1+/gu, "$1");
}

/** The voiced consonants of a skeleton and their places among its consonants: what `consonants` leaves out. */
const voicedOf = perString((s: string) => consonantLetters(s).replace(/[^dbg]/gu, "."));
/** The consonants of a skeleton as `consonants` reads them, voiced ones kept. */
function consonantLetters(s: string): string {
  return s
    .replace(/[^a-z]/gu, "")
    .replace(/(?<=[^aeiouyh])h/gu, "x")
    .replace(/[aeiouyh]/gu, "")
    .replace(/(.)\1+/gu, "$1");
}

/** `consonants` and `letterMask` of skeletons already met (a skeleton is a word's: the same few thousand again and again). */
const consonantsOf = perString(consonants);
const maskOf = perString(letterMask);

/** Whether a name of the translation answers something in the source (by spelling or a known form): else it may stand in for a lost one. */
function carriedBack(ctx: ReviewContext, w: string, source: readonly Matchable[]): boolean {
  const { skeleton: form, mask } = heard(ctx.target.lang, w);
  const read = sourceWords(ctx, source);
  const { words, masks } = read;
  if (read.skeletons.has(form)) return true;
  // A first name of the translation's, listed, is not a cognate of another listed first name of the source's, whatever
  // letters they share: "Stanislav" is not "Радослав" (stranger 323: a character renamed passed).
  const firstName = personNames(ctx.target.lang.code, ctx.source.lang.code).has(w.toLowerCase());
  const anotherPerson = (surface: string) =>
    firstName &&
    listedName(ctx, surface, personNames(ctx.source.lang.code, ctx.target.lang.code)) &&
    ![...(knownAs(ctx, surface)?.keys() ?? [])].some((t) => t.split(" ").includes(ctx.target.lang.stem(w)));
  for (let k = 0; k < words.length; k++) {
    const a = words[k]!.skeleton;
    if (mayBeCognates(a, form, masks[k]!, mask) && cognateSimilarity(a, form) > 0 && !anotherPerson(words[k]!.surface)) return true;
  }
  // The words of the source are read for the forms of `w` only when it is one of them (a country, a city): most names are none.
  if (
    (formsOf(ctx.target.lang.code)?.idsIn(w).size ?? 0) > 0 &&
    formsShared(w, ctx.target.lang.code, read.surfaces(), ctx.source.lang.code)
  )
    return true;
  const stem = ctx.target.lang.stem(w);
  // A capitalised word a source word translates ("Contractor" for "Изпълнител", a contract's defined term): no stray name.
  // Given, built in or learned from the bitext (defined terms repeat on every page), or the user's terms;
  // or a part of a hyphenated one: "Minister" for "Заместник-министърът" (deputy minister).
  // A first name only by a capitalised word, not another's: a character renamed throughout pairs the two on every page,
  // and in a short text the bitext learns it for any word beside it ("седна" / "Stanislav").
  const translates = (a: Matchable) =>
    a.surface.charAt(0) !== a.surface.charAt(0).toLowerCase() &&
    !anotherPerson(a.surface) &&
    [ctx.dictionary, ctx.terms].some((d) => d?.lookup(a.stem)?.has(stem) === true);
  if (read.translated().has(stem) && (!firstName || words.some(translates))) return true;
  const known = ctx.knownNames && ctx.source.lang.code !== ctx.target.lang.code ? reverseKnown(ctx) : undefined;
  // A word of the source answers the name by its own entry: "Russia" does not answer "Русе", whose stem "Русия" shares.
  const answers = (key: string) =>
    key.includes(" ")
      ? key.split(" ").every((s) => read.stems.has(s))
      : words.some((a) => a.stem === key && [...(knownAs(ctx, a.surface)?.keys() ?? [])].some((t) => t.split(" ").includes(stem)));
  return (known?.get(stem) ?? []).some(answers);
}

/**
 * What `carriedBack` reads of a link's source words, once per link and
 * review: asked for every capitalised word of the translation, it read all
 * of them again each time (a paragraph that never split, thousands of words
 * a side, took minutes).
 */
interface SourceWords {
  readonly ctx: ReviewContext;
  readonly words: readonly Matchable[];
  readonly masks: Int32Array;
  readonly skeletons: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
  /** The words' surfaces, joined. */
  readonly surfaces: () => string;
  /** The target stems the dictionaries give for a word, or for a part of a hyphenated one. */
  readonly translated: () => ReadonlySet<string>;
}

const sourceWordsOf = new WeakMap<readonly Matchable[], SourceWords>();

function sourceWords(ctx: ReviewContext, source: readonly Matchable[]): SourceWords {
  // Kept for a long link's words only: one kept for each sentence of a long document costs more than it saves.
  const keep = source.length > LONG_LIST;
  const kept = keep ? sourceWordsOf.get(source) : undefined;
  if (kept?.ctx === ctx) return kept;
  const words = source.filter((t) => t.kind === "word");
  const dictionaries = [ctx.dictionary, ctx.terms];
  const lang = ctx.source.lang;
  let surfaces: string | undefined;
  let translated: Set<string> | undefined;
  const read: SourceWords = {
    ctx,
    words,
    masks: Int32Array.from(words, (a) => maskOf(a.skeleton)),
    skeletons: new Set(words.map((a) => a.skeleton)),
    stems: new Set(words.map((a) => a.stem)),
    surfaces: () => (surfaces ??= words.map((a) => a.surface).join(" ")),
    translated: () => {
      if (!translated) {
        const out = new Set<string>();
        const add = (stem: string) => {
          for (const d of dictionaries) for (const t of d?.lookup(stem)?.keys() ?? []) out.add(t);
        };
        for (const a of words) {
          add(a.stem);
          if (a.surface.includes("-")) for (const p of a.surface.split("-")) if (p.length > 1) add(lang.stem(p));
        }
        translated = out;
      }
      return translated;
    },
  };
  if (keep) sourceWordsOf.set(source, read);
  return read;
}

/** The targets of the known names a source word is, by its own entry (`knownNameTargets`). */
function knownAs(ctx: ReviewContext, w: string): ReadonlyMap<string, number> | undefined {
  return ctx.knownNames && knownNameTargets(ctx.source.lang.code, ctx.target.lang.code, w);
}

/** The known names read from the translation's side: target stem -> source keys. */
const reversed = new WeakMap<object, Map<string, string[]>>();

function reverseKnown(ctx: ReviewContext): Map<string, string[]> {
  // A pair with no list of known names (bg-de, ru-en) has none to reverse.
  const dict = ctx.knownNames;
  if (!dict) return new Map();
  let map = reversed.get(dict);
  if (!map) {
    map = new Map();
    for (const [s, t] of dict.entries()) for (const stem of t.split(" ")) map.set(stem, [...(map.get(stem) ?? []), s]);
    reversed.set(dict, map);
  }
  return map;
}

/** Source stems inside a phrase of the known names or the dictionaries ("Черно море", "Народно събрание") whose translation the target has (exported for tests). */
export function phraseCovered(ctx: ReviewContext, source: readonly Matchable[], target: readonly Matchable[]): Set<string> {
  const out = new Set<string>();
  let targetStems: Set<string> | undefined;
  for (const dict of translations(ctx)) {
    if (!dict?.sourcePhrases.size) continue;
    const { stems, phrases } = phrasesIn(dict, source);
    for (let p = 0; p < phrases.length; p += 2) {
      const i = phrases[p]!;
      const n = phrases[p + 1]!;
      targetStems ??= new Set(target.filter((t) => t.kind === "word").map((t) => t.stem));
      const found = [...(dict.lookup(stems.slice(i, i + n).join(" "))?.keys() ?? [])].some((t) =>
        t.split(" ").every((s) => targetStems!.has(s)),
      );
      if (found) for (const s of stems.slice(i, i + n)) out.add(s);
    }
  }
  return out;
}

/** A source's word stems and the phrases of a dictionary they hold, as pairs (first stem, words) in the order met. */
interface SourcePhrases {
  readonly stems: readonly string[];
  readonly phrases: readonly number[];
}

/**
 * `SourcePhrases` per dictionary and source token list (one per text: a text's
 * pairs, and the pieces of a long review, share it), dropped when the
 * dictionary gains phrases (a user's may be added to between reviews).
 */
const phrasesKept = new WeakMap<Dictionary, { size: number; byList: KeptPerObject<readonly Matchable[], SourcePhrases> }>();

function phrasesIn(dict: Dictionary, source: readonly Matchable[]): SourcePhrases {
  let kept = phrasesKept.get(dict);
  if (!kept || kept.size !== dict.sourcePhrases.size) {
    kept = { size: dict.sourcePhrases.size, byList: new KeptPerObject() };
    phrasesKept.set(dict, kept);
  }
  let found = kept.byList.get(source);
  if (!found) {
    const stems = source.filter((t) => t.kind === "word").map((t) => t.stem);
    const phrases: number[] = [];
    for (let i = 0; i < stems.length; i++)
      for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= stems.length; n++)
        if (dict.sourcePhrases.has(stems.slice(i, i + n).join(" "))) phrases.push(i, n);
    found = { stems, phrases };
    kept.byList.set(source, found);
  }
  return found;
}

/** How the translation should write a name: each word's known form, else its romanisation ("Петър Христов" -> "Petar Hristov"). */
function expectedForm(ctx: ReviewContext, name: Name): string {
  const lang = ctx.source.lang;
  // A source in Latin letters names a person the translation writes in its own script: no form is known for each word ("Elena
  // Dimitrova" is "Елена Димитрова", but only "Elena" is in the known names), and half a form would mislead.
  if (ctx.source.script === "Latin" && !name.words.every((w) => knownAs(ctx, w) !== undefined)) return name.words.join(" ");
  // A country's title and the country ("Република България"): the country's form ("Bulgaria"), not "Republika".
  const known = name.words.filter((w) => knownAs(ctx, w) !== undefined);
  const words = known.length > 0 && countryIds(ctx, name).length > 0 ? known : name.words;
  return words
    .map((w) => {
      // The entry's own form: the stem's surface may be another name's ("рус" is "Русия" and "Русе").
      const written = ctx.knownNames ? knownNameForms(ctx.source.lang.code, ctx.target.lang.code, w)[0] : undefined;
      // A woman's name read as a man's with an ending ("Ивелина" as "Ивелин"): her own name, spelt out ("Ivelina", not "Ivelin").
      const own = lang.romanize(w);
      if (written !== undefined && own === `${written}a`) return own;
      if (written !== undefined) return written;
      const key = knownAs(ctx, w)?.keys().next().value;
      return key === undefined ? lang.romanize(w) : ctx.knownNames!.surfaceOf("t", key);
    })
    .join(" ");
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
