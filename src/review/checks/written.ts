/**
 * Numbers written out as words ("пет", "twenty-five", "a year and a half"),
 * read as number tokens of their value: the numbers and units checks read
 * them beside the digits.
 */
import type { LanguageProfile } from "../../lang/index.js";
import { type Matchable, magnitudeOf } from "../../score/index.js";
import type { SideInfo } from "../context.js";
import { keptPerLanguage, perLanguage } from "../memo.js";
import { numberToken, objectList } from "../tokens.js";

/** The stem of "a year and a half" read as 1.5 (`writtenOut`): its unit follows its first word. */
export const HALF_UNIT = "written-out:half-unit";
/** The stem of "one week", "a fortnight" read as 1 (`writtenOut`): its unit follows its first word, the phrase its surface. */
export const ONE_UNIT = "written-out:one-unit";
/** The stem of "half an hour", "половин час" read as 0.5 (`writtenOut`): its unit is its last word, the phrase its surface. */
export const HALF_SPAN = "written-out:half-span";

/** The stem's start of a compound's span ("двуседмичен": 2, `written-out:compound:week`): its unit is in the word (`numberCompounds`). */
export const COMPOUND_SPAN = "written-out:compound:";

/** Per language, the numbers each segment text writes out (its tokens are the text's own: the text says it all). */
const segmentSpelt = keptPerLanguage<readonly Matchable[]>();

/** The numbers a link's side writes out (`writtenOut`), read once per text where the side is one segment. */
export function spelledOf(info: SideInfo, ids: readonly number[], tokens: readonly Matchable[]): readonly Matchable[] {
  const read = () => writtenOut(tokens, info.lang);
  return ids.length === 1 ? segmentSpelt(info.lang, info.side.segments[ids[0]!]!.text, read) : read();
}

/** The stem marking a number written out as words (`writtenOut`). */
export const WRITTEN_OUT = "written-out:";

/**
 * The numbers a text writes out as words, as number tokens of their value:
 * "пет" 5, "двадесет и пет" and "twenty-five" 25, "two hundred" 200 (tens
 * and units added, a unit before "hundred" multiplied). From the language's
 * `numberWords`; none for a language without them.
 */
export function writtenOut(tokens: readonly Matchable[], lang: LanguageProfile): Matchable[] {
  const out = objectList<Matchable>();
  if (!lang.numberWords) return out;
  // Maps of the language's own entries: the data are objects, where "constructor" or "toString" would find Object's.
  const numbers = wordMapOf(lang, "numberWords");
  const compounds = wordMapOf(lang, "compoundUnits");
  const starts = startWordsOf(lang, "");
  const unit = (key: string) => numbers.get(key) ?? compounds.get(key);
  // A word is a number word, or hyphenated tens and units ("twenty-five"): the rest of a text's words, most of them, one lookup.
  const wordValue = (key: string) => {
    const v = numbers.get(key);
    return v !== undefined || !key.includes("-") ? v : hyphenated(key, lang, numbers, unit);
  };
  let value: number | undefined;
  let surface: string[] = [];
  const flush = () => {
    if (value !== undefined) out.push(numberToken(surface.join(" "), String(value), WRITTEN_OUT, false, ""));
    value = undefined;
    surface = [];
  };
  const compound = compoundPatternOf(lang, "");
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    // "двуседмичен срок": a span of time in one word, its number's prefix and its unit's stem.
    const parts = value === undefined && compound && t.kind === "word" ? compound.pattern.exec(t.key) : null;
    if (parts) {
      out.push(
        numberToken(t.surface, String(compound!.prefixes.get(parts[1]!)), `${COMPOUND_SPAN}${compound!.units.get(parts[2]!)}`, false, ""),
      );
      continue;
    }
    // "0,6 на сто": a rate of the number before, no number of its own.
    const rate = value === undefined && tokens[n - 1]?.kind === "number" ? rateAt(tokens, n, lang) : undefined;
    if (rate !== undefined) {
      n = rate;
      continue;
    }
    // Outside a number, a word that can start none is passed over with one lookup: most of a text's words.
    if (value === undefined && !starts.has(t.key) && !(t.kind === "word" && t.key.includes("-"))) continue;
    // A phrase that says one number whole ("a year and a half", "първата десетка", "half an hour", "once a day"), or a
    // fraction whose words are no numbers of their own.
    const phrase = value === undefined && t.kind === "word" ? phraseAt(tokens, n, lang) : undefined;
    if (phrase) {
      if (phrase.token) out.push(phrase.token);
      n = phrase.last;
      continue;
    }
    // Outside a number, a word that is none and could start none ends nothing and starts nothing: most of a text's words.
    if (value === undefined && (t.kind !== "word" || (wordValue(t.key) === undefined && !compounds.has(t.key)))) continue;
    const v =
      t.kind === "word"
        ? (wordValue(t.key) ?? unitInCompound(tokens, n, value, surface, { lang, numbers, compounds, wordValue }))
        : undefined;
    // Tens and units joined ("двадесет и пет"), or hundreds and what follows them ("eight hundred and fifty", "сто и двадесет").
    const joined = t.key === lang.numberWordJoiner && value !== undefined && value % 10 === 0 && value >= 20;
    const below =
      value === undefined ? 10 : value >= 1000 && value % 1000 === 0 ? 1000 : value % 1000 >= 100 && value % 100 === 0 ? 100 : 10;
    if (joined && tokens[n + 1] && (wordValue(tokens[n + 1]!.key) ?? unit(tokens[n + 1]!.key) ?? below) < below) {
      surface.push(t.surface);
      continue;
    }
    if (v === undefined) {
      // "two and a half", then "million": the half added, the magnitude multiplied ("2,5 млн." is the same amount).
      const half = value !== undefined && value % 1 === 0 ? halfAfter(tokens, n, lang) : 0;
      const halfOfUnit = half === 0 && value !== undefined && value % 1 === 0 ? halfAfterUnit(tokens, n, lang) : 0;
      if (halfOfUnit > 0) {
        value! += 0.5;
        for (let k = n; k <= n + halfOfUnit; k++) surface.push(tokens[k]!.surface);
        n += halfOfUnit;
        flush();
        continue;
      }
      if (half > 0) {
        for (let k = n; k < n + half; k++) surface.push(tokens[k]!.surface);
        value! += 0.5;
        n += half - 1;
        continue;
      }
      const factor = value !== undefined && t.kind === "word" ? magnitudeOf(t.key, lang) : 1;
      if (factor > 1) {
        value! *= factor;
        surface.push(t.surface);
        // Thousands and what follows them, a year in words: "две хиляди двадесет и четвърта" is 2024 (stranger 180).
        const after = tokens[n + 1];
        const word = after?.key === lang.numberWordJoiner ? tokens[n + 2] : after;
        if (factor === 1000 && word?.kind === "word" && (wordValue(word.key) ?? (compounds.get(word.key) === 1 ? 1 : 1000)) < 1000)
          continue;
      }
      flush();
      continue;
    }
    const together = value === undefined ? undefined : combined(value, v);
    if (together !== undefined) value = together;
    else {
      flush();
      value = v;
    }
    surface.push(t.surface);
  }
  flush();
  return out;
}

/** A language's `numberCompounds` as one pattern (groups: prefix, unit's stem) and its maps; null for none. */
const compoundPatternOf = perLanguage(
  (lang): { pattern: RegExp; prefixes: ReadonlyMap<string, number>; units: ReadonlyMap<string, string> } | null => {
    const c = lang.numberCompounds;
    if (!c) return null;
    const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join("|");
    return {
      pattern: new RegExp(
        `^(${alternation(Object.keys(c.prefixes))})(${alternation(Object.keys(c.units))})(?:${alternation(c.endings)})$`,
        "u",
      ),
      prefixes: new Map(Object.entries(c.prefixes)),
      units: new Map(Object.entries(c.units)),
    };
  },
);

/** A phrase starting at n that says one number whole, as a number token (none for a fraction's words), and its last token's index. */
function phraseAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): { token?: Matchable; last: number } | undefined {
  const t = tokens[n]!;
  const said = (last: number, key: string, stem: string) => ({
    token: numberToken(
      tokens
        .slice(n, last + 1)
        .map((x) => x.surface)
        .join(" "),
      key,
      stem,
      false,
      "",
    ),
    last,
  });
  // "a year and a half" ("една година и половина"): one and a half of the unit, the opener its surface (the unit follows it).
  if (halfUnitAt(tokens, n, lang)) {
    const last = n + 1 + halfAfter(tokens, n + 2, lang);
    return said(last, "1.5", HALF_UNIT);
  }
  // "година и половина": the unit its own opener (`halfUnitWords`).
  if (lang.halfUnitWords?.includes(t.key) && halfAfter(tokens, n + 1, lang) > 0)
    return said(n + halfAfter(tokens, n + 1, lang), "1.5", HALF_UNIT);
  // "от първа необходимост": an idiom, no number (`numberIdioms`); "сутрин и вечер", twice (`numberPhrases`).
  const idiom = idiomAt(tokens, n, lang);
  if (idiom !== undefined) return { last: idiom };
  const phrase = phraseOfNumber(tokens, n, lang);
  if (phrase) return said(phrase.last, String(phrase.value), WRITTEN_OUT);
  // "half past eleven": the hour and its fraction (`clockFractions`).
  const clock = clockAt(tokens, n, lang);
  if (clock) return said(clock.last, String(clock.value), WRITTEN_OUT);
  // "първата десетка": a ranking's top 10, the ordinal no number of its own (stranger 110).
  const ranked = rankingAt(tokens, n, lang);
  if (ranked !== undefined) return said(n + 1, String(ranked), WRITTEN_OUT);
  // "one week", "един месец": one of a unit of time, read to compare spans ("14 дни" / "one week" is one converted wrongly).
  if (oneSpanAt(tokens, n, lang)) return said(n + 1, "1", ONE_UNIT);
  // "a quarter of an hour", "четвърт час": a quarter of a unit of time (stranger 271: "every 15 minutes" was a warning).
  const quarter = quarterSpanAt(tokens, n, lang);
  if (quarter) return said(quarter.last, String(quarter.value), HALF_SPAN);
  // "half an hour", "половин час", "half a metre": half of a unit of one word.
  const halfSpan = halfSpanAt(tokens, n, lang);
  if (halfSpan > 0) return said(n + halfSpan, "0.5", HALF_SPAN);
  // "половин процентен пункт", "half a percentage point": half of another unit, read as 0.5 before it (stranger 177).
  if (halfOfUnitAt(tokens, n, lang)) return said(n, "0.5", WRITTEN_OUT);
  // A fraction ("една трета", "two thirds"): the fractions check compares it whole; its words are no numbers of their own
  // (stranger 87: "the translation says two where the source says трета" beside the fraction's own error).
  if (fractionAt(tokens, n, lang)) return { last: n + 1 };
  // "once a day", "веднъж дневно": once before a frequency, 1 as "twice" is 2.
  const once = onceAt(tokens, n, lang);
  if (once !== undefined) return { token: numberToken(t.surface, once, WRITTEN_OUT, false, ""), last: n };
  return undefined;
}

/**
 * A number read so far and the next number word as one number: a unit before "hundred" multiplied ("two hundred"), what
 * follows hundreds added ("eight hundred and fifty"), units after tens added ("twenty-five", "двеста петдесет и пет");
 * undefined where the word starts a number of its own.
 */
function combined(value: number, v: number): number | undefined {
  // After thousands (a year in words, "две хиляди двадесет и четвърта"), the same within them ("twenty-one thousand five hundred").
  if (value >= 1000 && value % 1000 === 0 && v < 1000) return value + v;
  if (v === 100 && value % 1000 < 10) return value - (value % 1000) + (value % 1000) * 100;
  if (v === 1000 && value < 1000) return value * 1000;
  const within = value % 1000;
  if (within >= 100 && within % 100 === 0 && v < 100) return value + v;
  if (value % 10 === 0 && value % 100 >= 20 && v < 10) return value + v;
  return undefined;
}

/** Hours a clock's words name, one to twelve: "half past eleven". */
const CLOCK_HOURS = 12;

/** An hour in words after a fraction of `clockFractions` at n ("half past eleven": 11.5), with its last token's index. */
function clockAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): { value: number; last: number } | undefined {
  // Asked at every word that may start a number ("a", "half"): the phrases that start with this one, split once a language.
  for (const [words, fraction] of clockPhrasesOf(lang, "").get(tokens[n]!.key) ?? []) {
    if (!words.every((w, k) => tokens[n + k]?.key === w)) continue;
    const hour = tokens[n + words.length];
    const value = hour?.kind === "word" ? wordMapOf(lang, "numberWords").get(hour.key) : undefined;
    if (value !== undefined && value >= 1 && value <= CLOCK_HOURS) return { value: value + fraction, last: n + words.length };
  }
  return undefined;
}

/** A language's `clockFractions` by their first word, each with its words and its fraction. */
const clockPhrasesOf = perLanguage((lang): ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], number]>> => {
  const out = new Map<string, Array<readonly [readonly string[], number]>>();
  for (const [phrase, fraction] of Object.entries(lang.clockFractions ?? {})) {
    const words = phrase.split(" ");
    out.set(words[0]!, [...(out.get(words[0]!) ?? []), [words, fraction]]);
  }
  return out;
});

/** Whether tokens n and n + 1 are a fraction's numerator and denominator (`LanguageData.fractions`). */
function fractionAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): boolean {
  const fractions = lang.fractions;
  const next = tokens[n + 1];
  return (
    fractions !== undefined &&
    tokens[n]!.kind === "word" &&
    Object.hasOwn(fractions.numerators, tokens[n]!.key) &&
    next?.kind === "word" &&
    Object.hasOwn(fractions.denominators, next.key)
  );
}

/** The units of time "one" is read before (`oneSpanAt`). */
const SPANS = ["minute", "hour", "day", "workday", "week", "fortnight", "month", "year"];
/** The units of time "a" is read before too: "a fortnight" is 14 days, where "twice a week" is no span of one week. */
const SPANS_AFTER_ARTICLE = ["fortnight"];

/** A language's words (`units`, lowercase) for every unit, the units of time, or those read after an article. */
export const unitWordsOf = perLanguage(
  (lang, which): ReadonlySet<string> =>
    new Set(
      which === "all"
        ? Object.values(lang.units).flat()
        : (which === "spans" ? SPANS : SPANS_AFTER_ARTICLE).flatMap((u) => lang.units[u] ?? []),
    ),
);

/** Whether tokens from n say "one week" or "a fortnight": the language's "one" (or "a"), then a unit word of time (and no half after it). */
function oneSpanAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): boolean {
  const key = tokens[n]!.key;
  const one = lang.oneWords?.includes(key) === true;
  if (!one && !lang.halfUnitOpeners?.includes(key)) return false;
  const word = tokens[n + 1];
  if (word === undefined || word.kind !== "word" || halfAfter(tokens, n + 2, lang) > 0) return false;
  return unitWordsOf(lang, one ? "spans" : "article").has(word.key);
}

/** The value of the ranking whose words start at n ("първата десетка": 10), if they are one (`LanguageData.rankings`). */
function rankingAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): number | undefined {
  const rankings = lang.rankings;
  const next = tokens[n + 1];
  if (!rankings || next?.kind !== "word" || !rankings.first.includes(tokens[n]!.key)) return undefined;
  return Object.hasOwn(rankings.collectives, next.key) ? rankings.collectives[next.key] : undefined;
}

/** A language's `numberIdioms`, as lists of words. */
const idiomsOf = perLanguage((lang): ReadonlyArray<readonly string[]> => (lang.numberIdioms ?? []).map((f) => f.split(" ")));

/** A language's `numberPhrases`, as lists of words with their numbers. */
const numberPhrasesOf = perLanguage(
  (lang): ReadonlyArray<readonly [readonly string[], number]> =>
    Object.entries(lang.numberPhrases ?? {}).map(([phrase, value]) => [phrase.split(" ").map((w) => w.replace(/,$/u, "")), value] as const),
);

/** The number a phrase starting at n says and its last word's index (`numberPhrases`), if one does. */
function phraseOfNumber(tokens: readonly Matchable[], n: number, lang: LanguageProfile): { value: number; last: number } | undefined {
  const found = numberPhrasesOf(lang, "").find(([words]) => wordsAt(tokens, n, words));
  return found ? { value: found[1], last: n + found[0].length - 1 } : undefined;
}

/** The index of the last word of a number idiom starting at n (`numberIdioms`), if one does. */
function idiomAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): number | undefined {
  const found = idiomsOf(lang, "").find((words) => wordsAt(tokens, n, words));
  return found ? n + found.length - 1 : undefined;
}

/** A language's `rateAfterNumber`, as lists of words. */
const ratesOf = perLanguage((lang): ReadonlyArray<readonly string[]> => (lang.rateAfterNumber ?? []).map((f) => f.split(" ")));

/** The last index of a rate's phrase at n (`rateAfterNumber`), if one is there. */
function rateAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): number | undefined {
  const found = ratesOf(lang, "").find((words) => wordsAt(tokens, n, words));
  return found ? n + found.length - 1 : undefined;
}

/** The frequencies of a language's `onceWords`, as lists of words (none: no such data). */
const frequenciesOf = perLanguage((lang): ReadonlyArray<readonly string[]> => (lang.onceWords?.frequencies ?? []).map((f) => f.split(" ")));

/**
 * What the token at n counts where it is the language's "once" before one of its frequencies: "1" ("once a day",
 * "веднъж на седмица"), or the months of a frequency that counts several ("once a quarter" is "3", as "every 3 months").
 */
function onceAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): string | undefined {
  if (!lang.onceWords?.words.includes(tokens[n]!.key)) return undefined;
  const found = frequenciesOf(lang, "").find((words) => wordsAt(tokens, n + 1, words));
  return found ? String(lang.onceWords.months?.[found[found.length - 1]!] ?? 1) : undefined;
}

/** Whether the tokens from n on are these words (lowercase keys), in order. */
function wordsAt(tokens: readonly Matchable[], n: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[n + k]?.kind === "word" && tokens[n + k]!.key === w);
}

/** How many tokens after n say the unit of "half an hour", "half a metre" ("половин час": the article, if any, and the unit); 0 when they do not. */
function halfSpanAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): number {
  const half = lang.halfWords;
  if (!half?.words.includes(tokens[n]!.key)) return 0;
  const article = half.articles.includes(tokens[n + 1]?.key ?? "") ? 1 : 0;
  const word = tokens[n + 1 + article];
  // Half of a unit of one word, of time or not ("half a metre" is 50 cm; stranger 270: a false error).
  return word?.kind === "word" && unitWordsOf(lang, "all").has(word.key) ? article + 1 : 0;
}

/** The quarter of a unit of time said from n (`LanguageData.quarterWords`), its value and its last word's index before the unit. */
function quarterSpanAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): { last: number; value: number } | undefined {
  for (const [words, value] of quarterPhrasesOf(lang, "")) {
    if (!wordsAt(tokens, n, words)) continue;
    const unit = tokens[n + words.length];
    if (unit?.kind === "word" && unitWordsOf(lang, "spans").has(unit.key)) return { last: n + words.length, value };
  }
  return undefined;
}

/** A language's `quarterWords` as lists of words, longest first ("a quarter of an" before "a quarter"). */
const quarterPhrasesOf = perLanguage(
  (lang): ReadonlyArray<readonly [readonly string[], number]> =>
    Object.entries(lang.quarterWords ?? {})
      .map(([phrase, value]) => [phrase.split(" "), value] as const)
      .sort((a, b) => b[0].length - a[0].length),
);

/** Whether tokens from n say half of a unit that is no unit of time: "half", an article if any, and a unit word of one or two words. */
function halfOfUnitAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): boolean {
  const half = lang.halfWords;
  if (!half?.words.includes(tokens[n]!.key)) return false;
  const from = n + 1 + (half.articles.includes(tokens[n + 1]?.key ?? "") ? 1 : 0);
  const words = unitWordsOf(lang, "all");
  const word = (k: number) => (tokens[k]?.kind === "word" ? tokens[k]!.key : undefined);
  const [one, two] = [word(from), word(from + 1)];
  return one !== undefined && (words.has(one) || (two !== undefined && words.has(`${one} ${two}`)));
}

/** Whether tokens from n say "a year and a half": an opener, a unit word of the language, and a half. */
function halfUnitAt(tokens: readonly Matchable[], n: number, lang: LanguageProfile): boolean {
  if (!lang.halfUnitOpeners?.includes(tokens[n]!.key)) return false;
  const word = tokens[n + 1];
  return word !== undefined && word.kind === "word" && unitWordsOf(lang, "all").has(word.key) && halfAfter(tokens, n + 2, lang) > 0;
}

/**
 * Whether "one" before `next` is read, in a number (`value`) or starting one: "one thousand", "one hundred", "one
 * million", the one before what multiplies it (stranger 115's "(one thousand euros)"); after thousands, before hundreds
 * ("fourteen thousand one hundred and sixty" is 14,160, not 14,000 and 160; stranger 202).
 */
/**
 * The value of a unit word that is a number only in compounds ("едно", "one") where it is one here: after tens and a
 * joiner ("тридесет и едно"), before a half ("one and a half", "един и половина"), before what multiplies it ("one
 * hundred"), or before a joiner and another number ("one to two days").
 */
function unitInCompound(
  tokens: readonly Matchable[],
  n: number,
  value: number | undefined,
  surface: readonly string[],
  read: {
    readonly lang: LanguageProfile;
    readonly numbers: ReadonlyMap<string, number>;
    readonly compounds: ReadonlyMap<string, number>;
    readonly wordValue: (key: string) => number | undefined;
  },
): number | undefined {
  const { lang, numbers, compounds, wordValue } = read;
  const key = tokens[n]!.key;
  const afterJoiner = value !== undefined && surface[surface.length - 1]?.toLowerCase() === lang.numberWordJoiner;
  const oneAndAHalf = value === undefined && compounds.get(key) === 1 && halfAfter(tokens, n + 1, lang) > 0;
  const oneTimes = compounds.get(key) === 1 && oneMultiplied(tokens[n + 1], value, numbers, lang);
  if (afterJoiner || oneAndAHalf || oneTimes) return compounds.get(key);
  return value === undefined && oneBeforeAnother(tokens, n, lang, wordValue) ? 1 : undefined;
}

/** "one to two days", "един или два дни": a range's or a choice's first number is one though "one" alone is none (stranger 270). */
function oneBeforeAnother(
  tokens: readonly Matchable[],
  n: number,
  lang: LanguageProfile,
  wordValue: (key: string) => number | undefined,
): boolean {
  return (
    lang.oneWords?.includes(tokens[n]!.key) === true &&
    lang.unitJoiners.includes(tokens[n + 1]?.key ?? "") &&
    (wordValue(tokens[n + 2]?.key ?? "") ?? 0) >= 2
  );
}

function oneMultiplied(
  next: Matchable | undefined,
  value: number | undefined,
  numbers: ReadonlyMap<string, number>,
  lang: LanguageProfile,
): boolean {
  if (next?.kind !== "word") return false;
  const hundreds = Math.max(numbers.get(next.key) ?? 0, magnitudeOf(next.key, lang));
  return value === undefined
    ? magnitudeOf(next.key, lang) > 1 || hundreds >= 100
    : value % 1000 === 0 && value > 0 && hundreds >= 100 && hundreds < 1000;
}

/**
 * How many tokens after a unit at n say "and a half" of it: "три години и половина", as English says it before the
 * unit ("three and a half years"; stranger 201's false error). 0 when n is no unit or no half follows.
 */
function halfAfterUnit(tokens: readonly Matchable[], n: number, lang: LanguageProfile): number {
  const t = tokens[n]!;
  return t.kind === "word" && unitWordsOf(lang, "all").has(t.key) ? halfAfter(tokens, n + 1, lang) : 0;
}

/** How many tokens from n say "and a half" ("и половина"): 0 when they do not. */
function halfAfter(tokens: readonly Matchable[], n: number, lang: LanguageProfile): number {
  const half = lang.numberHalf;
  if (!half || tokens[n]?.key !== lang.numberWordJoiner) return 0;
  return half.every((w, k) => tokens[n + 1 + k]?.key === w) ? half.length + 1 : 0;
}

/**
 * Every word at which `writtenOut` can start reading something: a number word,
 * a unit read in compounds, or the first word of "a year and a half", "one
 * week", "half an hour" or "once a day". Any other word outside a number is
 * passed over (a hyphenated one aside: "twenty-five").
 */
const startWordsOf = perLanguage(
  (lang): ReadonlySet<string> =>
    new Set([
      ...Object.keys(lang.numberWords ?? {}),
      ...Object.keys(lang.compoundUnits ?? {}),
      ...(lang.halfUnitOpeners ?? []),
      ...(lang.halfUnitWords ?? []),
      ...(lang.oneWords ?? []),
      ...(lang.halfWords?.words ?? []),
      ...Object.keys(lang.quarterWords ?? {}).map((phrase) => phrase.split(" ")[0]!),
      ...(lang.onceWords?.words ?? []),
      ...Object.keys(lang.numberPhrases ?? {}).map((phrase) => phrase.split(" ")[0]!),
      ...Object.keys(lang.clockFractions ?? {}).map((phrase) => phrase.split(" ")[0]!),
    ]),
);

/**
 * A language's `numberWords` or `compoundUnits` as a map, its own entries only:
 * asked of every word of a text, where an object lookup by a word was slow
 * and found Object's own properties ("constructor").
 */
const wordMapOf = perLanguage(
  (lang, field): ReadonlyMap<string, number> => new Map(Object.entries(lang[field as "numberWords" | "compoundUnits"] ?? {})),
);

/**
 * The value of a hyphenated word: tens and units ("twenty-five"), or an ordinal made one word with its noun
 * ("fourth-category", "third-party"), its number as "fourth category" has it (stranger 318).
 */
function hyphenated(
  key: string,
  lang: LanguageProfile,
  numbers: ReadonlyMap<string, number>,
  unit: (key: string) => number | undefined,
): number | undefined {
  const parts = key.split("-");
  // "two-and-a-half times": a number and a half made one word (stranger 369).
  const half = lang.numberHalf;
  if (half && parts.length === half.length + 2 && parts[1] === lang.numberWordJoiner && half.every((w, k) => parts[k + 2] === w)) {
    const whole = numbers.get(parts[0]!);
    return whole === undefined ? undefined : whole + 0.5;
  }
  if (parts.length === 2 && ordinalsOf(lang, "").has(parts[0]!) && /^\p{L}+$/u.test(parts[1]!) && unit(parts[1]!) === undefined)
    return numbers.get(parts[0]!);
  return sum(parts.map((p, n) => (n === 0 ? numbers.get(p) : unit(p))));
}

/** A language's ordinal words of one word ("first" to "thirtieth", its dates' `dayWords`), lowercase. */
const ordinalsOf = perLanguage(
  (lang): ReadonlySet<string> =>
    new Set((lang.dates?.dayWords ?? []).flatMap((w) => w.split("|")).filter((w) => !w.includes("-") && !/\s/.test(w))),
);

function sum(parts: readonly (number | undefined)[]): number | undefined {
  return parts.length === 2 && parts[0]! >= 20 && parts[0]! % 10 === 0 && parts[1]! < 10 ? parts[0]! + parts[1]! : undefined;
}
