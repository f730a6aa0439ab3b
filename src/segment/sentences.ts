import { NarrowablePattern, narrowable } from "../lang/chars.js";
import { type LanguageProfile, scriptLanguage } from "../lang/index.js";
import { letterScript } from "../lang/script.js";
import { layoutCells } from "./blocks.js";
import { isLabel } from "./labels.js";

/**
 * Sentence boundaries inside one unit of text. Every run of terminal
 * punctuation (with its closing quotes or brackets) before white space is a
 * candidate; the language's rules then keep or drop each one. Returns offsets
 * into `text` where one sentence ends and white space begins.
 *
 * sentence-splitter proposed candidates here at first: a boundary the rules
 * keep must be such a run, so the scan already finds all of them (its
 * proposals added none on NTREX), and the splitter took four fifths of the
 * time of segmenting a long document.
 */
export function sentenceBoundaries(text: string, lang: LanguageProfile, user: UserAbbreviations = NO_ABBREVIATIONS): number[] {
  const candidates = new Set<number>();
  for (const m of text.matchAll(TERMINAL)) candidates.add(m.index! + m[0].length);

  const inQuote = insideSpans(embeddedQuoteSpans(text));
  const cells = shortCellsByLine(text);
  const kept: number[] = [];
  for (const p of [...candidates].sort((a, b) => a - b)) {
    if (p <= 0 || p >= text.length || !/\s/u.test(text[p]!)) continue;
    if (text.slice(p).trim() === "") continue;
    if (inQuote(p)) continue;
    // A table of contents' dot leader, then the page number to the end of the line: "Смяна на решетката ........ 305",
    // "Монтаж . . . . . 5", "Монтаж ……… 5".
    if (inLeader(text, p)) continue;
    // A table's row of short cells between tabs ("Показател<TAB>III трим. 2025 г.<TAB>III трим. 2024 г."): one segment,
    // its cells' abbreviations ending no sentence (stranger 106: a clean header cut in five made an "added" error).
    if (cells(p)) continue;
    // A short reference in brackets closing the sentence after an abbreviation or a figure's end: "... 154 730 хил. лв.
    // (Бележка 15).", "... EUR 5 m (Note 15)." (stranger 106: cut after "лв.", the note read as a sentence of its own).
    if (BRACKET_TAIL.test(text.slice(p))) continue;
    // A bracket the sentence goes on after, with a comma or a lowercase word: "Shop Ltd. (UIC 123456789), Sofia" (stranger 190).
    if (BRACKET_GOES_ON.test(text.slice(p, p + BRACKET_REACH))) continue;
    // A numbered label stays with its text: "Чл. 1. (1) Текст", "II. ЦЕНА И НАЧИН НА ПЛАЩАНЕ".
    const from = kept[kept.length - 1] ?? 0;
    if (isLabel(text.slice(from, p), lang, from === 0)) continue;
    if (endsSentence(text, p, lang, user)) kept.push(p);
  }
  return kept;
}

/**
 * White space, a short bracket with no sentence end inside (an abbreviation's dot before a lowercase word, a figure or
 * the bracket's end is none: "(ДВ, бр. 66 от 2014 г.) думите"; stranger 244), and a comma, a colon or a lowercase word after it.
 */
const BRACKET_GOES_ON = /^\s+\((?:[^().!?\n]|\.(?=[ \u00a0]*[\p{Ll}\p{N})])){1,60}\)\s*(?:[,;:]|\p{Ll})/u;
const BRACKET_REACH = 80;

/** White space, a short bracket with no sentence end inside, and the sentence's end right after it. */
const BRACKET_TAIL = /^\s+\([^().!?\n]{1,40}\)[.!?]/u;

/** Words a table's cell may have and still be a label or a value, not a sentence of its own. */
const CELL_WORDS = 6;

/**
 * Whether a line is of cells between tabs or semicolons, or columns `pdftotext -layout` set apart
 * with spaces ("План (хил. лв.)   Отчет (хил. лв.)"; stranger 174), each of them at most `CELL_WORDS` words.
 */
function inShortCells(line: string): boolean {
  // Asked at every sentence end: a line with neither separator (nearly all) is not run through the patterns.
  const separator =
    line.includes("\t") && /\S\t+\S/u.test(line)
      ? "\t"
      : line.includes(";") && SEMICOLON_CELLS.test(line)
        ? ";"
        : layoutCells(line)
          ? / {3,}/u
          : undefined;
  if (separator === undefined) return false;
  return line.split(separator).every((cell) => cell.trim().split(/\s+/u).length <= CELL_WORDS);
}

/**
 * Whether a position falls inside one of the spans, asked of positions in order: the spans that open before it are passed
 * once, the furthest end among them kept (every span asked at every end made a line of 13,000 quotes quadratic).
 */
function insideSpans(spans: ReadonlyArray<readonly [number, number]>): (p: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let [next, furthest] = [0, -1];
  return (p) => {
    while (next < sorted.length && sorted[next]![0] < p) furthest = Math.max(furthest, sorted[next++]![1]);
    return p < furthest;
  };
}

/**
 * `inShortCells` of the line each end falls in, asked of the ends in order: each line is read once, its answer kept
 * until an end falls past it (a text of 16,000 sentences on one line was read whole at each of them: 30 s; stranger 189).
 */
function shortCellsByLine(text: string): (p: number) => boolean {
  let [start, end, answer] = [-1, -1, false];
  return (p) => {
    if (p < start || p > end) {
      start = text.lastIndexOf("\n", p - 1) + 1;
      const next = text.indexOf("\n", p);
      end = next < 0 ? text.length : next;
      answer = inShortCells(text.slice(start, end));
    }
    return answer;
  };
}

/** A row of cells between semicolons, as a spreadsheet exports it where the comma is the decimal mark: two, glued to both cells ("Позиция;II трим. 2025 г.;..."; stranger 125). */
const SEMICOLON_CELLS = /^[^;\n]*\S;(?=\S)[^;\n]*\S;(?=\S)/u;

/** A user's abbreviations for one language, lowercase without the final dot, by number of words. */
export interface UserAbbreviations {
  /** For each number of words: the pattern taking that many words before the dot, and the abbreviations. */
  readonly byWords: ReadonlyArray<readonly [RegExp, ReadonlySet<string>]>;
  /**
   * The dots inside an abbreviation of several words ("z. B.", "i. d. R."): each as the words up to it, lowercase,
   * and the rest to follow it ("z", "b"): no end there either.
   */
  readonly inner: ReadonlyArray<readonly [head: string, rest: string]>;
}

const NO_ABBREVIATIONS: UserAbbreviations = { byWords: [], inner: [] };

/** Builds the lookup from a list as written ("прил.", "Ив", "et seq."). */
export function userAbbreviations(list: readonly string[]): UserAbbreviations {
  const byWords = new Map<number, Set<string>>();
  for (const entry of list) {
    const key = normaliseAbbreviation(entry);
    if (key === "") continue;
    const n = key.split(" ").length;
    byWords.set(n, (byWords.get(n) ?? new Set()).add(key));
  }
  const inner: Array<readonly [string, string]> = [];
  for (const key of [...byWords.values()].flatMap((set) => [...set]))
    for (let at = key.indexOf(". "); at >= 0; at = key.indexOf(". ", at + 1)) inner.push([key.slice(0, at), key.slice(at + 2)]);
  return {
    byWords: [...byWords].map(([n, set]) => [new RegExp(`(?:^|\\s)["'„“«([]*((?:\\S+\\s+){${n - 1}}\\S+)\\.$`, "u"), set] as const),
    inner,
  };
}

/** Lowercase, single spaces, without the final dot: the form abbreviations are looked up in. */
export function normaliseAbbreviation(entry: string): string {
  return entry.trim().replace(/\s+/gu, " ").replace(/\.$/u, "").toLowerCase();
}

/** Whether the dot at the end of `before` is one inside a user's abbreviation of several words, its rest in `after` ("z." of "z. B."). */
function insideUserAbbreviation(before: string, after: string, user: UserAbbreviations): boolean {
  if (user.inner.length === 0) return false;
  const head = before.slice(0, -1).toLowerCase();
  const next = after.trimStart().replace(/\s+/gu, " ").toLowerCase();
  return user.inner.some(
    ([words, rest]) =>
      head.endsWith(words) && !/[\p{L}\p{N}]/u.test(head.charAt(head.length - words.length - 1)) && next.startsWith(`${rest}.`),
  );
}

const pairedByLanguage = new WeakMap<LanguageProfile, UserAbbreviations>();

/** A language's final abbreviations of two words or more, read as the user's are. */
function pairedFinals(lang: LanguageProfile): UserAbbreviations {
  let out = pairedByLanguage.get(lang);
  if (!out) {
    out = userAbbreviations([...lang.finalAbbreviations].filter((a) => a.includes(" ")));
    pairedByLanguage.set(lang, out);
  }
  return out;
}

/** Whether the words before the dot at the end of `before` are one of the user's abbreviations. */
function userAbbreviationEnds(before: string, user: UserAbbreviations): boolean {
  for (const [pattern, set] of user.byWords) {
    const m = pattern.exec(before);
    if (m && set.has(normaliseAbbreviation(m[1]!))) return true;
  }
  return false;
}

/**
 * Whether the end at `p` falls in a table of contents' dot leader before the page number ending the line: three marks
 * or more before it ("........", ". . .", "…": an ellipsis too, both going with a number ending the line), or one
 * before it and more after it, spaced or not (". | . . . 5"). The SRX rules say the same (srx.ts).
 */
function inLeader(text: string, p: number): boolean {
  const before = text.slice(Math.max(0, p - 5), p);
  const after = text.slice(p, p + 200);
  return (LEADER_BEFORE.test(before) && PAGE_AFTER_LEADER.test(after)) || (LEADER_MARK_BEFORE.test(before) && LEADER_GOES_ON.test(after));
}

/** Three leader marks, single-spaced or not, or an ellipsis, ending where the sentence would. */
const LEADER_BEFORE = /(?:(?:[.…][ \t]?){2}[.…]|…)$/u;
/** The rest of a leader, spaces, a number, spaces, then the end of the line. */
const PAGE_AFTER_LEADER = /^(?:[ \t]?[.…])*[ \t]+\p{N}+[ \t]*(?:[\n\r]|$)/u;
const LEADER_MARK_BEFORE = /[.…]$/u;
/** More of a leader, then its page number to the end of the line. */
const LEADER_GOES_ON = /^(?:[ \t]?[.…])+[ \t]+\p{N}+[ \t]*(?:[\n\r]|$)/u;

/**
 * Terminal punctuation, then closing quotes or brackets, then white space. A match starts only where a run of marks
 * does (a match from inside a run would start at the run's first mark as well): tried from every mark of a run not
 * followed by white space, the pattern read the rest of the run each time, and a line of 200,000 dots took two
 * minutes to split.
 */
export const TERMINAL = /(?<![.!?…。])[.!?…。]+["'»“”’)\]]*(?=\s)/gu;
const OPENERS = /^[\s"'„“”«»‘’([—–-]+/u;
/** The next word after white space and opening marks; group 1 is its first character. */
const OPENERS_THEN_WORD = narrowable(String.raw`^[\s"'„“”«»‘’([—–-]*(\S)[\p{L}\p{N}]*`, "u");

// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond or two to compile.
const LOWER = narrowable(String.raw`\p{Ll}`, "u");
const UPPER = narrowable(String.raw`\p{Lu}`, "u");
const DIGIT = narrowable(String.raw`\p{N}`, "u");
const INITIAL = narrowable(String.raw`^\p{Lu}$`, "u");
const CAPITALISED = narrowable(String.raw`^\p{Lu}\p{Ll}+$`, "u");
/** Letters joined by dots: "U.N.", "т.н.". */
const DOTTED_LETTERS = narrowable(String.raw`^(?:\p{L}{1,3}\.)+\p{L}{1,3}$`, "u");
// Who said it, then a mark or the sentence going on: `"What's that?" Elena asked as soon as he came in.`
const SPEECH = narrowable(String.raw`^\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(\p{Ll}+)(?:[.,;]|\s+\p{Ll})`, "u");
/** A number, then a unit of dotted letters before the full stop: "860 кв.м. Парцелът" as "кв. м." (stranger 368). */
const DOTTED_UNIT_BEFORE = narrowable(String.raw`\p{N}[ \u00A0]+(?:\p{L}{1,3}\.)+\p{L}{1,3}\.$`, "u");
const dottedUnit = (before: string): boolean => DOTTED_UNIT_BEFORE.for(before).test(before);
/**
 * A number's abbreviated unit before the full stop ("08:00 ч.", "50 лв.", "5 min."): before a dash on its line, a
 * timetable's line going on ("08:00 ч. – Тръгване от ..."; stranger 370: every line of a tour's programme cut in two).
 */
const UNIT_BEFORE = narrowable(String.raw`\p{N}[ \u00A0]?\p{L}{1,3}\.$`, "u");
/** A dash between spaces next, on the same line. */
const DASH_ON_LINE_NEXT = /^[ \t\u00A0]+[–—-][ \t\u00A0]/u;
/** A dash opening what follows, as dialogue sets the words of its speaker apart. */
const DASH_NEXT = /^\s*[—–]/u;
/** A term written with a lowercase first letter, next: a capital after lowercase ones ("mRNA", "iPhone"), or one or two letters and a hyphen ("p-values", "hs-CRP", "β-cells"). */
// Not a Bulgarian comparative or superlative ("по-горе", "най-малко"): a word of the sentence going on ("в т. 3.2.1. по-горе"; stranger 193).
const LOWERCASE_TERM_NEXT = narrowable(String.raw`^[\s"'„“«‘([]*(?:\p{Ll}+\p{Lu}|(?!(?:по|най)-)\p{Ll}{1,2}-\p{L})`, "u");
const CONTINUES = narrowable(String.raw`^\s*(?:[,;:\-–—]|\p{Ll})`, "u");
const WORD_OR_COMMA_END = narrowable(String.raw`[\p{L}\p{N},]$`, "u");

/** An opening quote mark after white space: a name in quotes follows. */
const QUOTE_NEXT = /^\s+[„«“"]/u;

/** Characters read on each side of a full stop to judge it: the abbreviation before it, the word after it. */
const CONTEXT_CHARS = 80;

function endsSentence(text: string, p: number, textLang: LanguageProfile, user: UserAbbreviations): boolean {
  let lang = textLang;
  const before = text.slice(Math.max(0, p - CONTEXT_CHARS), p);
  const after = text.slice(p, p + CONTEXT_CHARS);
  const nextWord = OPENERS_THEN_WORD.exec(after);
  if (!nextWord) return false;
  const first = nextWord[1]!;
  const lowerNext = LOWER.test(first);
  const upperNext = UPPER.test(first);
  // A telephone number in international form is a number: "tel. +359 2 123 4567".
  const digitNext = DIGIT.test(first) || (first === "+" && DIGIT.test(nextWord[0][nextWord[0].indexOf("+") + 1] ?? ""));
  const starterNext = lang.sentenceStarters.has(nextWord[0].replace(OPENERS, "").toLowerCase());

  const tail = /([.!?…。]+)(["'»“”’)\]]*)$/u.exec(before);
  if (!tail) return false;
  const [, punct, closers] = tail;
  // "— Закъсня! — извика той.", "Ok... and then": a lowercase word continues the sentence; a term that opens in lowercase
  // ("mRNA", "eGFR", "p-values", "β-клетките") opens one as a capital does (stranger 102).
  if (lowerNext && !LOWERCASE_TERM_NEXT.test(after)) return false;
  if (upperNext && lang.neverOpening?.includes(nextWord[0].replace(OPENERS, "").toLowerCase())) return false;
  // `"...in the water!" Hammel added.`, `"Are you ready?" CNN reported.`
  if (closers && speechFollows(after, lang)) return false;
  // "— Who's there? — Rada called out.": a dialogue's question, a dash, then its speaker and the verb of saying (stranger
  // 333: the English cut in two where the Bulgarian's "— извика Рада" goes on in lowercase).
  if ((punct === "?" || punct === "!") && DASH_NEXT.test(after) && speechFollows(after.replace(DASH_NEXT, " "), lang)) return false;
  // "three times... ...while you were out": an ellipsis, then one opening the next words, is a sentence going on (in
  // subtitles, from one cue into the next).
  if ((punct === "..." || punct === "…") && ELLIPSIS_NEXT.test(after)) return false;
  if (punct !== ".") return true;
  if (UNIT_BEFORE.for(before).test(before) && DASH_ON_LINE_NEXT.test(after)) return false;
  // "Приходи (млн. лв.) 31,7": a bracket closed right after an abbreviation, then a figure: a table's row, not two sentences.
  if (closers) {
    const inside = before.slice(0, -closers.length);
    return !(digitNext && BRACKETS_ONLY.test(closers) && (abbreviationEnds(inside, lang) || userAbbreviationEnds(inside, user)));
  }

  // The user's abbreviations never end a sentence, whatever the built-in lists say, nor do the dots inside one ("z. B.").
  if (userAbbreviationEnds(before, user) || insideUserAbbreviation(before, after, user)) return false;
  // A final abbreviation of two words in the language's list ("пр. Хр.", before Christ): none ends at its first dot, and it
  // ends one before a capital, whatever its second word is alone ("Хр." is an initial: "Хр. Ботев").
  const paired = pairedFinals(lang);
  if (paired.inner.length > 0) {
    if (insideUserAbbreviation(before, after, paired)) return false;
    if (userAbbreviationEnds(before, paired)) return upperNext;
  }
  let word = abbreviationWord(before, lang);
  if (!word) return true;
  // A short abbreviation in lowercase before a number's sign names what is numbered: "гр. д. № 12345/2023 г.", "т. д. №
  // 551" (a civil and a commercial case; stranger 156). A sentence does not open with "№".
  if (NUMBER_SIGN_NEXT.test(after) && SHORT_LOWERCASE.test(word)) return false;
  // A news agency's dateline goes on past its date's or time's abbreviation: "София, 28 октомври 2024 г. (БТА) – ...",
  // "Sofia, 28 October 2024, 2:15 a.m. (BTA) – ..." (stranger 164).
  if (DATELINE_NEXT.test(after)) return false;
  // An abbreviation in another script than the text's is that script's language's: "бул. Витоша" in an English text.
  // A letter alone is an initial or a grade, as the text's rules read it ("оценка A. Данните").
  if (word.length > 1 && otherScript(word, lang)) {
    const borrowed = scriptLanguage(letterScript(word));
    if (borrowed && borrowed !== lang) {
      lang = borrowed;
      word = abbreviationWord(before, lang) ?? word;
    }
  }
  // "am 3. März 2026": a day's ordinal before its month, in a language that writes it so.
  if (lang.dates?.ordinalDays && DAY.test(word) && monthNext(after, lang)) return false;
  // "Der 2. Schritt", "im 3. Quartal": an ordinal after an article, in that language, before a noun (not before a word
  // that opens sentences: "Wir kamen am 3. Danach gingen wir.").
  if (
    lang.dates?.ordinalDays &&
    !starterNext &&
    ORDINAL_NUMBER.test(word) &&
    lang.ordinalArticles.has(WORD_BEFORE_NUMBER.exec(before)?.[1]?.toLowerCase() ?? "")
  )
    return false;
  const key = word.toLowerCase();
  // A newspaper or a magazine named in quotes after its abbreviation: "в. „Култура“", "сп. „Мениджър“".
  if (lang.namingAbbreviations.has(key) && QUOTE_NEXT.test(after)) return false;
  // A law's acronym after "и сл.": "чл. 274 и сл. ГПК" (stranger 124).
  if (lang.acronymAbbreviations.has(key) && ACRONYM_NEXT.test(after)) return false;
  const initial = INITIAL.test(word);
  // An initial before another initial is a name's: "ул. „Г. С. Раковски“", "27 J. K. Rowling Avenue", though "С" is also a
  // preposition starting sentences and a capital after a number is mostly a unit.
  if (initial && INITIAL_NEXT.test(after)) return false;
  // A capital letter after a number is a unit, not an initial (nor "v." of "Roe v. Wade"): "220 V. Стъпка 2.",
  // "16 A. Do not", "230 V. 2. Close": an end before a capital or a number, as "200 кг." is before a capital.
  // In capitals after a year, a title's year ("2024 Г. ЗА УСЛОВИЯТА", stranger 131).
  // Nor before an era written after a year in capitals ("4600-4200 Г. ПР.Н.Е.]"; stranger 161).
  if (initial && NUMBER_BEFORE.test(before))
    return (
      ((CAPITAL_NEXT.test(after) && !(YEAR_BEFORE.test(before) && capsTitle(word, after, lang))) || digitNext) && !eraNext(after, lang)
    );
  // A single letter of those lists is lowercase ("z. B.", "d. h."): a capital is an initial or a grade ("Energieeffizienzklasse D. Auf").
  const listed = lang.nonFinalAbbreviations.has(key) && !(initial && key.length === 1);
  if (listed || (key.length <= 2 && lang.nonFinalAbbreviations.has(lastTwoWords(before)))) return false;
  // "Ив. Вазов", "Ст. Стамболов": an abbreviated first name before a surname.
  if (upperNext && CAPITALISED.test(word) && lang.nameInitials.has(key)) return starterNext;
  // "На 2 април 2025 г. „Термосистеми“ откри...": a date opening its sentence is no sentence, whatever capital follows
  // (before the units that may end one after a number: Russian "В 2024 г. «Газпром»...").
  if (!initial && lang.dateOpening !== undefined && opensWithDate(text, p, lang.dateOpening)) return false;
  // "200 гр. Сиренето" (grams) may end a sentence like "200 кг.", "в гр. Пловдив" (the town) never does.
  // A clause's number after it opens the next clause: "до 31 декабря 2025 г. 8.2. Договор".
  // A unit stands on its number's line: "№ 1234" over "гр. София, 15.03.2024 г." is a judgment's header, the town (stranger 219).
  if (lang.unitOrNonFinalAbbreviations.has(key))
    return NUMBER_ON_LINE_BEFORE.test(before) && ((CAPITAL_NEXT.test(after) && !capsTitle(word, after, lang)) || LABEL_NEXT.test(after));
  // "No. AB-2025-0147", "№ ОП-2025-0147": a code of capitals and figures is a number too.
  // Not the clause's number opening the next line: "... through the mobile app." / "13. Fees are debited" (stranger 112).
  // An amount's currency before its figure too: "min. BGN 25, max. BGN 300" (stranger 216).
  if (
    (digitNext || CODE_NEXT.test(after) || AMOUNT_NEXT.test(after)) &&
    lang.numberPrefixAbbreviations.has(key) &&
    !LINE_LABEL_NEXT.test(after)
  )
    return false;
  // A figure's or a table's letter on the same line: "as shown in Fig. A and", "(Fig. B)" (stranger 121); "Fig. A." ends at its own dot, below.
  if (LETTER_LABEL_NEXT.test(after) && lang.numberPrefixAbbreviations.has(key) && lang.figureWords?.includes(key)) return false;
  // "U.S. President", "5 a.m. Eastern time", but "...of the U.S. As Rosa approaches", and "...9 a.m. Той не може":
  // a capitalised word in a script the language is not written in starts a sentence left untranslated.
  if (lang.qualifierAbbreviations.has(key))
    return starterNext || (upperNext && (otherScript(first, lang) || (lang.nameQualifiers.has(key) && !nameNext(after, lang))));
  // "The shop closes at 6 p.m. Employees must leave", but "9 a.m. Eastern time", "7 p.m. ET", "5 p.m. Monday".
  // A clause's number after it opens the next clause: "...at 10 a.m. 2.3. The parties".
  if (lang.clockAbbreviations.has(key)) return (upperNext && !clockGoesOn(lang).test(after)) || LABEL_NEXT.test(after);
  // "2024 г. във Виена", "12 лв. Студентите": these end a sentence only before a capital.
  // A capital letter is an initial, though: "доц. Г. Иванов" (not "г.", a year), "В. Левски".
  // A clause's number and its dot before a capital opens the next one: "...Rodopa Trade Ltd. 3.2. The rent", "...2024 г. 4. Срокът",
  // and so does a paragraph's number in brackets: "...до 30.04.2024 г. (4) Всяка следваща вноска".
  // Written in capitals before a word in capitals, it is a title's: "НАРЕДБА № Н-12 ОТ 14 МАРТ 2024 Г. ЗА УСЛОВИЯТА" (stranger 131).
  // Not before an amount where no number stands before it: "..., min. BGN 50.00" is a fee's floor (stranger 153).
  if (!initial && (lang.finalAbbreviations.has(key) || lang.finalAbbreviations.has(lastTwoWords(before))))
    return (
      ((CAPITAL_NEXT.test(after) && !capsTitle(word, after, lang)) || LABEL_NEXT.test(after)) &&
      !(AMOUNT_NEXT.test(after) && !NUMBER_BEFORE.test(before))
    );
  // "витамин D. Назначава се": a letter of another script than the text's is a vitamin's or a class's, no initial of a name
  // before a capital of the text's own script (stranger 128).
  if (initial && upperNext && otherScript(word, lang) && !otherScript(first, lang)) return true;
  // A letter after a label word is the label's, no initial: "Приложение А. То е...", "Annex B. Payment is due".
  // A one-letter label word counts in lowercase only: "т. А." is an item's letter, "Т. Г. Влайков" two initials (stranger 71).
  if (initial && lang.labelWords.has(wordBeforeLast(before)) && !TWO_INITIALS.test(before)) return CAPITAL_NEXT.test(after) || digitNext;
  // Initials: "J. R. R. Tolkien", "П. Петров"; but "a grade A. The data", "бисфенол А. Индикаторът светва".
  if (initial) return starterNext || digitNext || notSurname(lang).test(after);
  // Letters joined by dots ("U.N.", "т.н.") that no list knows: end only before a starter, or a capital after a number.
  if (DOTTED_LETTERS.test(word)) return upperNext && (lang.sentenceStarters.size === 0 || starterNext || dottedUnit(before));
  return true;
}

const BRACKETS_ONLY = /^[)\]]+$/u;
/** White space, then an ellipsis opening the words after it. */
const ELLIPSIS_NEXT = /^\s+(?:\.{3}|…)(?![.…])/u;

const surnamePatterns = new WeakMap<LanguageProfile, RegExp>();

/** A capitalised word next that is never a surname (`notSurnameEnding`); src/segment/srx.ts writes the same pattern. */
function notSurname(lang: LanguageProfile): RegExp {
  let re = surnamePatterns.get(lang);
  if (!re) {
    re = lang.notSurnameEnding ? notSurnameNext(lang.notSurnameEnding) : /(?!)/u;
    surnamePatterns.set(lang, re);
  }
  return re;
}

/** White space, then a capitalised word of letters ending in `ending` ("Индикаторът"). */
export function notSurnameNext(ending: string): RegExp {
  return new RegExp(String.raw`^\s+\p{Lu}\p{Ll}*(?:${ending})(?![\p{L}\p{N}])`, "u");
}

const clockPatterns = new WeakMap<LanguageProfile, RegExp>();

/**
 * Whether the text after a clock's "a.m."/"p.m." goes on with the time: one of
 * `clockContinuations` next, or after one word ("9 a.m. Eastern time", "5 p.m.
 * Sofia time"), in any case; src/segment/srx.ts writes the same pattern.
 */
function clockGoesOn(lang: LanguageProfile): RegExp {
  let re = clockPatterns.get(lang);
  if (!re) {
    const { zones, calendar } = clockWords(lang);
    const alternation = (words: readonly string[]) =>
      [...words]
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
        .join("|") || "(?!)";
    re = new RegExp(
      String.raw`^\s[\s"'„“”«»‘’(\[—–-]*(?:(?:[\p{L}\p{N}]+\s+)?(?:${alternation(zones)})|(?:${alternation(calendar)}))(?![\p{L}\p{N}])`,
      "iu",
    );
    clockPatterns.set(lang, re);
  }
  return re;
}

/**
 * A language's words that go on with a clock's time: its time zones, which may follow one word ("5 p.m. Sofia time"), and
 * its weekdays and months, which follow the time itself ("5 p.m. Monday"; "8 p.m. On Saturday" opens a sentence: stranger 96).
 */
export function clockWords(lang: LanguageProfile): { zones: string[]; calendar: string[] } {
  const calendar = new Set([...(lang.dates?.weekdays ?? []), ...(lang.dates?.months ?? []).flat()].map((w) => w.toLowerCase()));
  const zones = [...lang.clockContinuations].filter((w) => !calendar.has(w));
  return { zones, calendar: [...lang.clockContinuations].filter((w) => calendar.has(w)) };
}

/** Whether a word's first letter is of a script the language is not written in (none known: never). */
function otherScript(word: string, lang: LanguageProfile): boolean {
  return lang.scripts.length > 0 && !lang.scripts.includes(letterScript(word));
}

/**
 * The word before the final dot of `before`, without the quotes or brackets that open it ("(лв." is "лв"). Of a
 * range of abbreviations, the last: "Fri" of "Mon.–Fri.", "пт" of "пон.-пт." (a dot before the dash says so).
 */
function abbreviationWord(before: string, lang: LanguageProfile): string | undefined {
  // A signature's slashes too: "/П. Стоянов/" (stranger 327).
  const word = lastWord(before)?.replace(/^["'„“«([/]+/u, "");
  return word === undefined ? undefined : withoutElision(word.replace(ABBREVIATION_RANGE, ""), lang);
}

/** A word without the elided word joined to it by an apostrophe, where the language elides (`elisions`): "art" of "l’art". */
function withoutElision(word: string, lang: LanguageProfile): string {
  if (!lang.elisions?.length) return word;
  const apostrophe = word.search(/['’]/u);
  return apostrophe > 0 && apostrophe < word.length - 1 && lang.elisions.includes(word.slice(0, apostrophe).toLowerCase())
    ? word.slice(apostrophe + 1)
    : word;
}

/** An amount next, its currency's code first: "BGN 50.00". */
const AMOUNT_NEXT = /^\s+[A-Z]{3}\s?\d/u;

const eraPatterns = new WeakMap<LanguageProfile, RegExp | null>();

/** Whether an era comes next, as the language's dates write it, in any case and spacing ("пр. н. е.", "ПР.Н.Е.", "BC"). */
function eraNext(after: string, lang: LanguageProfile): boolean {
  let re = eraPatterns.get(lang);
  if (re === undefined) {
    const forms = [...(lang.dates?.eras?.bc ?? []), ...(lang.dates?.eras?.ad ?? [])];
    const source = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\\\.\s*/gu, "\\.\\s*")).join("|");
    re = forms.length ? new RegExp(`^\\s+(?:${source})(?![\\p{L}\\p{N}])`, "iu") : null;
    eraPatterns.set(lang, re);
  }
  return re?.test(after) === true;
}

/** An agency's name in brackets, then a dash: a dateline's end ("(БТА) – ", "(Reuters) - "). */
const DATELINE_NEXT = /^\s+\([^()\n]{2,20}\)\s*[–—-]\s/u;

/** A number's sign next: "№ 12345". */
const NUMBER_SIGN_NEXT = /^\s+№/u;
/** A word of a few lowercase letters, as abbreviations are. */
const SHORT_LOWERCASE = narrowable(String.raw`^\p{Ll}{1,4}$`, "u");

/** A day's number: "3" of "am 3. März". */
const DAY = /^\d{1,2}$/u;
/** An ordinal's number: "2" of "der 2. Schritt". */
const ORDINAL_NUMBER = /^\d{1,3}$/u;
/** The word before a number and its dot ("der" of "Der 2."). */
const WORD_BEFORE_NUMBER = /(?:^|[^\p{L}])(\p{L}+)\s+\d{1,3}\.$/u;

const monthPatterns = new WeakMap<LanguageProfile, RegExp>();

/** Whether a month's name or abbreviation of the language comes next (`DateData.ordinalDays`); src/segment/srx.ts writes the same pattern. */
function monthNext(after: string, lang: LanguageProfile): boolean {
  let re = monthPatterns.get(lang);
  if (!re) {
    re = new RegExp(String.raw`^\s+(?:${monthAlternation(lang)})(?![\p{L}\p{N}])`, lang.dates?.capitalisedMonths ? "u" : "iu");
    monthPatterns.set(lang, re);
  }
  return re.test(after);
}

/** The language's month names and abbreviations (an abbreviation with its dot), longest first, as a regex alternation. */
function monthAlternation(lang: LanguageProfile): string {
  const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const full = (lang.dates?.months ?? []).flat().map(literal);
  const short = (lang.dates?.monthAbbreviations ?? []).flat().map((w) => `${literal(w)}\\.`);
  return [...full, ...short].sort((a, b) => b.length - a.length).join("|") || "(?!)";
}

/** What comes before the last abbreviation of a range: up to a letter's dot and a dash (src/segment/srx.ts: ABBREVIATION_START). */
const ABBREVIATION_RANGE = /^.*[^\s.–—-]\.[–—-](?=[^\s.–—-]+$)/u;

/** Whether `before` ends with a word of one of the language's abbreviation lists and its dot. */
function abbreviationEnds(before: string, lang: LanguageProfile): boolean {
  const key = abbreviationWord(before, lang)?.toLowerCase();
  if (!key) return false;
  return (
    lang.nonFinalAbbreviations.has(key) ||
    lang.unitOrNonFinalAbbreviations.has(key) ||
    lang.numberPrefixAbbreviations.has(key) ||
    lang.finalAbbreviations.has(key) ||
    lang.qualifierAbbreviations.has(key) ||
    lang.clockAbbreviations.has(key) ||
    lang.finalAbbreviations.has(lastTwoWords(before))
  );
}

/** The word before the last one, lowercase, without opening marks or a dot: "приложение" of "...в Приложение А.". */
function wordBeforeLast(before: string): string {
  const two = lastTwoWords(before);
  return two
    .slice(0, two.indexOf(" "))
    .replace(/^["'„“«([]+/u, "")
    .replace(/\.$/u, "");
}

/**
 * Another initial next: a capital letter and its full stop, then white space, a comma or semicolon, a closing
 * bracket, an affiliation's superscript or the text's end ("Маринов Е. В.², Петрова С. И., Kirova I. A.").
 */
const INITIAL_NEXT = narrowable(String.raw`^\s+\p{Lu}\.(?:\s|$|[,;)¹²³⁴-⁹⁰*])`, "u");
/** Two capital letters each with its full stop, at the end: a name's initials ("Т. Г."), not a one-letter label and its letter. */
const TWO_INITIALS = narrowable(String.raw`(?:^|[\s"'„“«(\[])\p{Lu}\.\s+\p{Lu}\.$`, "u");
/** A code next: up to four capitals, a hyphen or not, and figures ("AB-2025-0147", "ОП-12", "A123"; not "B2B"). */
/** A year, then a letter and its dot: "2024 Г.". */
const YEAR_BEFORE = /(?<![\p{N}])(?:1[89]|20)\d\d\s+\p{L}\.$/u;

/**
 * An abbreviation written in capitals before a word in capitals: a title's ("2024 Г. ЗА УСЛОВИЯТА"). Or any
 * abbreviation before a preposition in capitals and a word in capitals: a title goes on ("ДОГОВОР № 112/01.04.2025 г. ЗА
 * ИЗПЪЛНЕНИЕ", "Заповед № РД-154 от 10.02.2025 г. НА КМЕТА"; stranger 328).
 */
function capsTitle(word: string, after: string, lang: LanguageProfile): boolean {
  return (word === word.toUpperCase() && ACRONYM_NEXT.test(after)) || titlePrepositionNext(lang)?.test(after) === true;
}

const titlePrepositions = new WeakMap<LanguageProfile, RegExp | null>();

/** A preposition of the language in capitals, then a word in capitals (`capsTitle`). */
function titlePrepositionNext(lang: LanguageProfile): RegExp | null {
  let re = titlePrepositions.get(lang);
  if (re === undefined) {
    const words = (lang.lists?.prepositions ?? []).map((w) => w.toUpperCase());
    re = words.length ? new RegExp(`^\\s+(?:${words.join("|")})\\s+\\p{Lu}{2,}(?!\\p{Ll})`, "u") : null;
    titlePrepositions.set(lang, re);
  }
  return re;
}

/** An acronym next: two capitals or more, no lowercase letter after them ("ГПК", "ЗЗД"). */
const ACRONYM_NEXT = /^\s+\p{Lu}{2,}(?!\p{Ll})/u;
/** A capital letter alone on the same line, a label's letter ("Fig. A and", "Fig. A. Then": its own dot decides). */
const LETTER_LABEL_NEXT = /^[ \t\u00A0]+\p{Lu}(?![\p{L}\p{N}])/u;
// Or a passport's capitals and figures mixed ("No. C4F7K92L1", stranger 124).
// A part number's letter before its groups of figures too: "part no. N 910 680 02" (stranger 157).
// A funder's code of two words, capitals then figures, or of capitals, a hyphen and a figure: "project No. NID NI-4/2020",
// "grant No. DN 05/12", "No. NID-4" (stranger 369).
const CODE_NEXT = narrowable(
  String.raw`^\s+["'„“«(\[]*(?:\p{Lu}{1,4}-?\p{N}{2}|\p{Lu}{1,2} \p{N}{3}|\p{Lu}{2,6} \p{Lu}{0,4}-?\p{N}|\p{Lu}{2,4}-\p{N}|\p{Lu}\p{N}[\p{Lu}\p{N}]{3,}(?![\p{L}\p{N}]))`,
  "u",
);
/** A person's name after a title: an initial ("ред. Г. Георгиев") or two capitalised words ("ред. Иван Иванов"). */
const NAME_NEXT = narrowable(String.raw`^\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})`, "u");
const CAPITALISED_NEXT = narrowable(String.raw`^\s+(\p{Lu}\p{Ll}+)`, "u");

/** Whether a person's name follows: `NAME_NEXT`, or a surname alone, by the language's surname endings ("ред. Петрова."). */
function nameNext(after: string, lang: LanguageProfile): boolean {
  if (NAME_NEXT.for(after).test(after)) return true;
  const word = CAPITALISED_NEXT.for(after).exec(after)?.[1]?.toLowerCase();
  return word !== undefined && (lang.surnameEndings ?? []).some((e) => word.endsWith(e));
}
/** A capitalised word next, after at most one opening quote or bracket. */
const CAPITAL_NEXT = narrowable(String.raw`^\s+["„“«(]?\p{Lu}`, "u");
/** A clause's number next ("3.2.", "4."; labels.ts) or a paragraph's in brackets ("(4)"), then a capitalised word. */
const LABEL_NEXT = narrowable(String.raw`^\s+(?:\d{1,3}(?:\.\d{1,3}){0,3}\.|\(\d{1,3}\))\s+["„“«(]?\p{Lu}`, "u");
/** A line break, then a clause's number and a capital: the next clause's line. */
const LINE_LABEL_NEXT = narrowable(String.raw`^[ \t]*\r?\n\s*(?:\d{1,3}(?:\.\d{1,3}){0,3}\.|\(\d{1,3}\))\s+["„“«(]?\p{Lu}`, "u");
/** A number, then the abbreviation with its dot: "200 гр.", "1,5 гр.". */
const NUMBER_BEFORE = narrowable(String.raw`\p{N}\s+\S+\.$`, "u");
/** The same on one line: "200 гр.", not "№ 1234" and "гр." on the next. */
// A magnitude's abbreviation may stand between ("64,2 хил. т.", "14,6 млн. т."; stranger 311).
const NUMBER_ON_LINE_BEFORE = narrowable(String.raw`\p{N}[^\S\n\r\u2028\u2029]+(?:\p{L}{2,5}\.[^\S\n\r\u2028\u2029]+)?\S+\.$`, "u");

/** One to three capitalised words, then a verb of saying. */
function speechFollows(after: string, lang: LanguageProfile): boolean {
  if (lang.speechVerbs.size === 0) return false;
  const m = SPEECH.exec(after);
  // "She continued," / "Тя сподели," open a new sentence; a name does not.
  if (m === null || !lang.speechVerbs.has(m[2]!) || lang.sentenceStarters.has(m[1]!.trim().split(/\s+/u)[0]!.toLowerCase())) return false;
  // "Farage said that he would come.": a sentence of its own, reporting what he said.
  // After the verb, or after its comma ("Фараж заяви, че ...").
  const rest = /\p{Ll}$/u.test(m[0]) ? after.slice(m[0].length - 1) : m[0].endsWith(",") ? after.slice(m[0].length).trimStart() : "";
  const next = /^\p{Ll}+/u.exec(rest)?.[0];
  return next === undefined || !lang.reportedSpeech?.includes(next);
}

/** "и т.н." and "et al." are two-word abbreviations (exported for tests/segment-parts.test.ts). */
export function lastTwoWords(before: string): string {
  // What /(\S+)\s+(\S+)\.$/u finds, read from the end: the regular expression tried every start in the text (a fifth of segmenting).
  const word = wordStart(before, before.length - 1);
  if (!before.endsWith(".") || word === before.length - 1) return "";
  let space = word;
  while (space > 0 && SPACE.test(before[space - 1]!)) space--;
  if (space === 0) return "";
  const previous = wordStart(before, space);
  return `${before.slice(previous, space).toLowerCase()} ${before.slice(word, before.length - 1).toLowerCase()}`;
}

/** The word before the final dot of `before`, as /(\S+)\.$/u finds it: undefined where there is none (exported for tests). */
export function lastWord(before: string): string | undefined {
  const dot = before.length - 1;
  if (!before.endsWith(".")) return undefined;
  const start = wordStart(before, dot);
  return start < dot ? before.slice(start, dot) : undefined;
}

const SPACE = /\s/u;

/** Where the run of characters other than white space that ends at `end` starts. */
function wordStart(text: string, end: number): number {
  let k = end;
  while (k > 0 && !SPACE.test(text[k - 1]!)) k--;
  return k;
}

/** The characters that open or close a quotation. */
const QUOTES = /["„«“”»]/gu;

/**
 * Quotations embedded in a sentence: „…“, «…», “…”, "…" opened mid-sentence and
 * closed before a comma, a dash or a lowercase word (`Дойде „Това е. Така“ и си
 * отиде`). Boundaries inside them are not sentence ends. A quotation that opens
 * a sentence or follows a colon may hold several sentences and is split.
 */
function embeddedQuoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const stack: Array<{ close: string; at: number }> = [];
  // Only quotes open or close one: read from one to the next, not character by character.
  for (const m of text.matchAll(QUOTES)) {
    const i = m.index!;
    const ch = m[0];
    const top = stack[stack.length - 1];
    const straight = ch === '"';
    // A straight quote after a space opens; after a letter or punctuation it closes.
    const straightOpens = straight && (i === 0 || /[\s([—–-]/u.test(text[i - 1]!));
    if (top && !straightOpens && (ch === top.close || (top.close === "“" && ch === "”"))) {
      stack.pop();
      const continues = CONTINUES.test(text.slice(i + 1, i + 20));
      if (i - top.at < 600 && continues && opensMidSentence(text, top.at)) spans.push([top.at, i]);
      continue;
    }
    const close = ch === "„" ? "“" : ch === "«" ? "»" : ch === "“" ? "”" : straightOpens ? '"' : undefined;
    if (close) stack.push({ close, at: i });
  }
  return spans;
}

function opensMidSentence(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 40), i).trimEnd();
  return before !== "" && WORD_OR_COMMA_END.test(before);
}

/** The date-opening patterns, per source: read from a sentence's start (the text's, or after a sentence end) to the dot at p. */
const dateOpenings = new Map<string, { readonly atStart: NarrowablePattern; readonly afterEnd: NarrowablePattern }>();

/** Whether the text before the dot at p, from its sentence's start, is a date opening the sentence (`LanguageData.dateOpening`). */
function opensWithDate(text: string, p: number, source: string): boolean {
  let patterns = dateOpenings.get(source);
  if (!patterns) {
    const date = source.replaceAll(" ", "[ \\u00a0]");
    // Narrowed where the text allows (src/lang/chars.ts): Bulgarian's opening has three \p{Ll}, each a table of
    // hundreds of ranges to build, twice, on a small pair's first sentence end (5 ms of its start).
    patterns = {
      atStart: new NarrowablePattern(`^\\s*${date}$`, "u"),
      afterEnd: new NarrowablePattern(`[.!?…]["'»“”’)\\]]{0,2}\\s{1,3}${date}$`, "u"),
    };
    dateOpenings.set(source, patterns);
  }
  // The dot at p is the text's p - 1: the window ends with it. A date opening is short: the window holds it and the end before it.
  const from = Math.max(0, p - DATE_WINDOW);
  const window = text.slice(from, p);
  return (from === 0 && patterns.atStart.test(window)) || patterns.afterEnd.test(window);
}

/** Characters read back from a dot for a date opening its sentence. */
const DATE_WINDOW = 60;
