/**
 * sverka's sentence rules as SRX 2.0 (Segmentation Rules eXchange), for CAT
 * tools (OmegaT, Okapi, memoQ, Trados): a memory is reused at 100 % only when
 * the tool cuts the new source where sverka cut the old one.
 *
 * SRX decides each position by the first rule, in order, whose `beforebreak`
 * matches the text ending there and whose `afterbreak` matches the text
 * starting there. sentences.ts decides each candidate by the first test that
 * returns; so its tests become rules in the same order, each guarded by the
 * same context, a "break" rule for the case where the test says yes and a
 * "no break" rule for the rest. What SRX cannot express (rules that look at
 * the whole unit rather than the text around one position) is left out, and
 * listed in `SRX_LIMITS`.
 *
 * The regexes use only what Java (OmegaT, Okapi, libsegment), ICU and .NET
 * all read: character classes, \p{..} categories, \uXXXX escapes, bounded
 * look-behind. No inline flags: case-insensitive words are written letter
 * by letter ("[Уу][Лл]"), and white space is spelt out, since Java's \s is
 * ASCII only where JavaScript's is Unicode.
 */
import { borrowedLanguages, genericProfile, getLanguage, type LanguageProfile, primaryLanguage } from "../lang/index.js";
import { letterScript } from "../lang/script.js";
import { VERSION } from "../version.js";
import { clockWords } from "./sentences.js";

/** What sverka's segmentation does that the SRX rules cannot: said in the README and the file's comment. */
export const SRX_LIMITS = [
  "paragraphs and lines: SRX cuts inside the text a tool gives it (a paragraph); sverka's reading of line breaks (hard-wrapped prose, list items, headings) is the tool's file filter's job",
  "quotations embedded in a sentence („...“ closed before a comma or a lowercase word) are not cut inside by sverka: SRX cannot pair quotes",
  "a numbered label is kept with its text at the start of a paragraph or line, and after a sentence end; sverka knows where the last kept boundary was, SRX only the text around the position",
];

/** White space as JavaScript's \s (Java's \s is ASCII only). */
const WS_CHARS = "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
const WS = `[${WS_CHARS}]`;
/** White space within a line: a unit stands on its number's line ("№ 1234" over "гр. София" is a town). */
const LINE_WS = "[\\t \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\uFEFF]";
/** Terminal punctuation, and the closing quotes and brackets after it (sentences.ts: TERMINAL). */
const TERMINAL = "[.!?\\u2026\\u3002]";
const CLOSERS = "[\"'\\u00BB\\u201C\\u201D\\u2019)\\]]";
/** Opening marks before the next word (sentences.ts: OPENERS_THEN_WORD). */
const OPENER_CHARS = "\"'\\u201E\\u201C\\u201D\\u00AB\\u00BB\\u2018\\u2019(\\[\\u2014\\u2013\\-";
/** Opening marks stripped from the word before a dot. */
const TOKEN_OPENER_CHARS = "\"'\\u201E\\u201C\\u00AB(\\[";
/** The start of the word before the dot: after white space, an opening mark, or at the start of the text. */
const WORD_START = `(?<![^${WS_CHARS}${TOKEN_OPENER_CHARS}])`;
/**
 * The start of an abbreviation: a word's, or after the first of a range of them, its dot and a dash ("Fri." of
 * "Mon.–Fri.": sentences.ts, ABBREVIATION_RANGE). Your own abbreviations and a label's word start a word only.
 */
const ABBREVIATION_START = `(?:${WORD_START}|(?<=[^${WS_CHARS}.\\u2013\\u2014\\-]\\.[\\u2013\\u2014\\-]))`;
/** White space, then any opening marks: what lies between the break and the next word. */
const GAP = `${WS}[${WS_CHARS}${OPENER_CHARS}]*`;
/** A capitalised word next, after at most one opening mark (sentences.ts: CAPITAL_NEXT). */
const CAPITAL_NEXT = `${WS}+["\\u201E\\u201C\\u00AB(]?\\p{Lu}`;
const WORD_END = "(?![\\p{L}\\p{N}])";
/** A number next: digits, or a telephone number in international form ("+359"), as sentences.ts reads `digitNext`. */
const NUMBER_NEXT = `${GAP}\\+?\\p{N}`;
/** A code after a number's label: capitals, a hyphen or not, figures ("No. AB-2025-0147"), or both mixed ("No. C4F7K92L1"; as sentences.ts reads it). */
const CODE_NEXT = `${GAP}(?:\\p{Lu}{1,4}-?\\p{N}{2}|\\p{Lu}{1,2} \\p{N}{3}|\\p{Lu}\\p{N}[\\p{Lu}\\p{N}]{3,}(?![\\p{L}\\p{N}]))`;

/*
 * Labels as labels.ts reads them. Java (libsegment) turns a beforebreak into a look-behind, which cannot
 * hold a repeated group of varying length: "1.2.3" sub-numbers and dotted letters are unrolled (up to 4).
 */
const ROMAN = "(?=[IVXL])(?:XL|L|X{0,3})(?:IX|IV|V?I{0,3})";
const SUB = "\\.\\d{1,3}";
const SUBNUMBERS = `(?:${SUB}${SUB}${SUB}|${SUB}${SUB}|${SUB}|)`;
const ARABIC_AFTER_WORD = `\\d{1,6}\\p{Ll}?${SUBNUMBERS}\\p{Ll}?`;
const ARABIC = `\\d{1,6}\\p{Ll}?${SUBNUMBERS}\\p{Ll}?`;
/** A label in brackets or before one, without a dot ("(2)", "2)", "б)"), as labels.ts's BRACKETED_LABEL reads it. */
const BRACKETED = "(?:\\(\\d{1,3}\\p{Ll}?\\)|\\d{1,3}\\p{Ll}?\\)|\\p{Ll}\\))";
const LETTERS = "\\p{L}{1,3}";
/** A clause's number ("3.2", "4"), as sentences.ts's LABEL_NEXT reads one. */
const CLAUSE = `\\d{1,3}${SUBNUMBERS}`;
/** A clause's number and its dot, or a paragraph's in brackets, next, then a capitalised word ("Ltd. 3.2. The", "г. (4) Всяка": sentences.ts, LABEL_NEXT). */
const LABEL_NEXT = `${WS}+(?:${CLAUSE}\\.|\\(\\d{1,3}\\))${WS}+["\\u201E\\u201C\\u00AB(]?\\p{Lu}`;
/** Letters joined by dots, then the final dot ("т.н.", "U.N.", "a.m."): 2 to 4 groups. */
const DOTTED = `(?:${LETTERS}\\.${LETTERS}\\.${LETTERS}\\.${LETTERS}|${LETTERS}\\.${LETTERS}\\.${LETTERS}|${LETTERS}\\.${LETTERS})\\.`;

export interface Rule {
  readonly break: boolean;
  readonly before: string;
  readonly after: string;
  /** Said above the rule in the file. */
  readonly comment?: string;
}

export interface SrxOptions {
  /** The user's abbreviations (`--abbreviations`) for each language code, as written ("прил.", "et seq."). */
  readonly abbreviations?: Readonly<Record<string, readonly string[]>>;
}

function escapeChar(ch: string): string {
  return /[\\^$.|?*+()[\]{}\-/]/u.test(ch) ? `\\${ch}` : ch;
}

/** A word in any case, but a one-letter word only as written: "г." is a year, "Г." an initial. */
function letterAsWritten(word: string): string {
  return [...word].length === 1 ? escapeChar(word) : anyCase(word);
}

/** A word matched whatever its case, letter by letter: "ул" -> "[Уу][Лл]". */
function anyCase(word: string): string {
  return [...word]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      return lower !== upper && [...lower].length === 1 && [...upper].length === 1 ? `[${upper}${lower}]` : escapeChar(ch);
    })
    .join("");
}

/** Words as one alternation, longest first; several words of one entry joined by any white space. */
function alternation(words: Iterable<string>, form: (w: string) => string = anyCase): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${list.map((w) => w.split(" ").map(form).join(`${WS}+`)).join("|")})`;
}

/** `alternation` of a list that may be empty: then a pattern that matches nothing (an empty one would match anything). */
function orNone(words: readonly string[]): string {
  return words.length > 0 ? alternation(words) : "(?!)";
}

/** The sentence starters a next word can be: sentences.ts reads the next word as a character and letters or digits. */
function starters(lang: LanguageProfile): string | undefined {
  const words = [...lang.sentenceStarters].filter((w) => /^\S[\p{L}\p{N}]*$/u.test(w));
  return words.length ? `${alternation(words)}${WORD_END}` : undefined;
}

/** The rules of labels: "II.", "1.2.", "Чл. 5." at the start of a line or after a sentence end stay with their text. */
function labelRules(lang: LanguageProfile): Rule[] {
  const words = [...lang.labelWords];
  // A number sign may follow the word ("Приложение № 1.", "Annex No. 1."; labels.ts, WORD).
  const labelWord = words.length
    ? `${alternation(words)}(?:\\.[ \\t\\u00A0]*|[ \\t\\u00A0]+)(?:(?:\\u2116|N[o\\u00B0r]\\.?)[ \\t\\u00A0]*)?|`
    : "";
  const worded = `(?:${labelWord}[\\u00A7\\u2116][ \\t\\u00A0]*)(?:${ROMAN}|${ARABIC_AFTER_WORD})\\.`;
  const label = `(?:${worded}|(?:${ROMAN}|${ARABIC})\\.)`;
  // An editor's note opening with one of the language's note words, after a label or none (labels.ts, noteAfterLabel).
  const notes = lang.noteWords.size ? alternation(lang.noteWords) : undefined;
  const body = "(?:[^\\p{L}()\\[\\]\\n\\r][^()\\[\\]\\n\\r]{0,299})?";
  const note = notes && `(?:\\([ \\t]*${notes}${body}\\)|\\[[ \\t]*${notes}${body}\\])`;
  const noted = note && `(?:${label}[ \\t\\u00A0]+)?(?:${BRACKETED}[ \\t\\u00A0]+)?${note}`;
  return [
    { break: false, before: `(?<![^\\n\\r])[ \\t]*${label}`, after: WS, comment: "a numbered label opening a line stays with its text" },
    ...(noted
      ? [
          {
            break: false,
            before: `(?<![^\\n\\r])[ \\t]*${noted}`,
            after: WS,
            comment: "an editor's note opening a line, after a label or none, stays with its text",
          },
          {
            break: false,
            before: `${TERMINAL}${CLOSERS}{0,3}${WS}{1,9}${noted}`,
            after: WS,
            comment: "an editor's note after a sentence end stays with the text after it",
          },
        ]
      : []),
    { break: false, before: `(?<![^\\n\\r])[ \\t]*\\p{L}\\.`, after: WS, comment: "a letter label (a., B.) opening a line" },
    // A number alone after a full stop is more often the end of a phrase ("ет. 2. (2) Офисът") than a label.
    {
      break: false,
      before: `${TERMINAL}${CLOSERS}{0,3}${WS}{1,9}${worded}`,
      after: WS,
      comment: "a label with its word (Чл. 5.) after a sentence end",
    },
  ];
}

/** "... replied.", `"Ready?" CNN reported.`: a quotation's end followed by its speaker and a verb of saying. */
function speechRule(lang: LanguageProfile): Rule[] {
  if (lang.speechVerbs.size === 0) return [];
  const notStarter = lang.sentenceStarters.size ? `(?!${alternation(lang.sentenceStarters)}${WS})` : "";
  // Not where the verb reports what was said ("Farage said that he would come", "Фараж заяви, че"): a sentence of its own.
  const reported = lang.reportedSpeech?.length ? `${alternation(lang.reportedSpeech)}(?![\\p{L}])` : undefined;
  return [
    {
      break: false,
      before: `${TERMINAL}+${CLOSERS}+`,
      after: `${WS}+${notStarter}(?:\\p{Lu}[\\p{L}.'\\u2019\\-]*${WS}+){1,3}${alternation(lang.speechVerbs, (w) => [...w].map(escapeChar).join(""))}(?:[.;]|,${reported ? `(?!${WS}*${reported})` : ""}|${WS}+${reported ? `(?!${reported})` : ""}\\p{Ll})`,
      comment: "a quotation, then who said it: one sentence",
    },
  ];
}

/** A word before a dot that decides by what follows: break where `breakAfter` matches, else not. */
function wordRules(before: string, breakAfter: string | undefined, comment: string): Rule[] {
  const out: Rule[] = [];
  if (breakAfter) out.push({ break: true, before, after: breakAfter, comment });
  out.push({ break: false, before, after: WS, ...(breakAfter ? {} : { comment }) });
  return out;
}

/** The user's abbreviations as the rules spell them: single spaces, no final dot, case kept (the rules take any case). */
function userWordsOf(user: readonly string[]): string[] {
  return user.map((a) => a.trim().replace(/\s+/gu, " ").replace(/\.$/u, "")).filter((a) => a !== "");
}

/** The user's abbreviations (`--abbreviations`): never an end, after them nor at the dots inside them. */
function userRules(user: readonly string[]): Rule[] {
  const userWords = userWordsOf(user);
  if (userWords.length === 0) return [];
  return [
    ...wordRules(`${WORD_START}${alternation(userWords)}\\.`, undefined, "your abbreviations (the --abbreviations files): never an end"),
    ...innerDotRules(userWords),
  ];
}

/** The dots inside one of the user's abbreviations of several words ("z." of "z. B."): the words up to the dot before, the rest and its dot after. */
function innerDotRules(userWords: readonly string[], comment = "a dot inside one of your abbreviations: never an end"): Rule[] {
  const rules: Rule[] = [];
  for (const entry of userWords)
    for (let at = entry.indexOf(". "); at >= 0; at = entry.indexOf(". ", at + 1))
      rules.push({
        break: false,
        before: `${WORD_START}${alternation([entry.slice(0, at)])}\\.`,
        after: `${WS}+${alternation([entry.slice(at + 2)])}\\.`,
        comment,
      });
  return rules;
}

/**
 * Abbreviations naming what follows in quotes (в. „Култура“): no end before the quote (sentences.ts, `namingAbbreviations`);
 * those before an acronym (и сл. ГПК): no end before it (`acronymAbbreviations`).
 */
function namingRules(lang: LanguageProfile): Rule[] {
  const rules: Rule[] = [];
  if (lang.namingAbbreviations.size)
    rules.push({
      break: false,
      before: `${ABBREVIATION_START}${alternation(lang.namingAbbreviations)}\\.`,
      after: `${WS}+[„«“"]`,
      comment: "an abbreviation naming what follows in quotes (в. „Култура“): no end",
    });
  if (lang.acronymAbbreviations.size)
    rules.push({
      break: false,
      before: `${ABBREVIATION_START}${alternation(lang.acronymAbbreviations)}\\.`,
      after: `${WS}+\\p{Lu}{2,}(?!\\p{Ll})`,
      comment: "an abbreviation before an acronym (и сл. ГПК): no end",
    });
  // In any language: a short abbreviation in lowercase before a number's sign names what is numbered (sentences.ts).
  rules.push({
    break: false,
    before: `${WORD_START}\\p{Ll}{1,4}\\.`,
    after: `${WS}+№`,
    comment: "a short abbreviation before a number's sign (гр. д. № 12345/2023): no end",
  });
  return rules;
}

/**
 * The language's final abbreviations of two words, each written with its dot ("пр. Хр.", before Christ), before the rules
 * of their words alone ("пр." may end a sentence, "Хр." is an initial): no end at the dot inside, and an end after them
 * before a capital (sentences.ts, `pairedFinals`).
 */
function pairedFinalRules(lang: LanguageProfile): Rule[] {
  const paired = [...lang.finalAbbreviations].filter((w) => w.includes(". "));
  if (paired.length === 0) return [];
  return [
    ...innerDotRules(paired, "a dot inside an abbreviation of two words (пр. Хр.): never an end"),
    ...wordRules(
      `(?<![^${WS_CHARS}])${alternation(paired)}\\.`,
      CAPITAL_NEXT,
      "an abbreviation of two words (пр. Хр.): an end before a capital",
    ),
  ];
}

/** "am 3. März 2026": a day's ordinal before its month, in a language that writes it so (sentences.ts, monthNext). */
function ordinalDayRules(lang: LanguageProfile): Rule[] {
  if (!lang.dates?.ordinalDays) return [];
  const form = lang.dates.capitalisedMonths ? (w: string) => [...w].map(escapeChar).join("") : anyCase;
  const months = [...lang.dates.months.flat().map(form), ...lang.dates.monthAbbreviations.flat().map((w) => `${form(w)}\\.`)].sort(
    (a, b) => b.length - a.length,
  );
  return [
    {
      break: false,
      before: `${WORD_START}\\d{1,2}\\.`,
      after: `${WS}+(?:${months.join("|")})${WORD_END}`,
      comment: "a day's ordinal before its month (3. März): never an end",
    },
    ...(lang.ordinalArticles.size
      ? [
          {
            break: false,
            before: `(?<![\\p{L}])${alternation(lang.ordinalArticles, anyCase)}${WS}+\\d{1,3}\\.`,
            after: `${WS}+(?!${alternation(lang.sentenceStarters, anyCase)}${WORD_END})`,
            comment: "an ordinal after an article (der 2. Schritt, im 3. Quartal): no end, unless a word that opens sentences follows",
          },
        ]
      : []),
  ];
}

/** A date opening its sentence, up to its final abbreviation's dot: no end (sentences.ts, opensWithDate). */
function dateOpeningRules(lang: LanguageProfile): Rule[] {
  if (!lang.dateOpening) return [];
  return [
    {
      break: false,
      before: `(?:^|(?<=${TERMINAL}${CLOSERS}{0,2}${WS}{1,3}))${lang.dateOpening.replaceAll(" ", "[ \\u00A0]")}`,
      after: WS,
      comment:
        "a date opening its sentence (На 2 април 2025 г.): no end, whatever capital follows (before a unit's rules: В 2024 г. «Газпром»)",
    },
  ];
}

/** The abbreviation rules, in the order sentences.ts tests them. */
function abbreviationRules(lang: LanguageProfile, user: readonly string[]): Rule[] {
  const start = starters(lang);
  // "l’art.": after a word elided before an apostrophe too (sentences.ts, withoutElision).
  const elided = lang.elisions?.length
    ? `(?:${ABBREVIATION_START}|(?<=(?:^|[${WS_CHARS}${TOKEN_OPENER_CHARS}])${alternation(lang.elisions)}['\\u2019]))`
    : ABBREVIATION_START;
  const word = (list: Iterable<string>, form?: (w: string) => string, from = elided) => `${from}${alternation(list, form)}\\.`;
  const rules: Rule[] = userRules(user);
  rules.push(...pairedFinalRules(lang), ...namingRules(lang));
  rules.push(...ordinalDayRules(lang));
  rules.push(...letterAfterNumberRules());
  // A single letter of the list only in lowercase ("z. B."): a capital is an initial or a grade (sentences.ts).
  const lowerSingle = (w: string) => ([...w].length === 1 ? escapeChar(w.toLowerCase()) : anyCase(w));
  if (lang.nonFinalAbbreviations.size)
    rules.push(...wordRules(word(lang.nonFinalAbbreviations, lowerSingle), undefined, "abbreviations that never end a sentence"));
  const names = [...lang.nameInitials].filter((w) => [...w].length >= 2);
  if (names.length) {
    const capitalised = (w: string) => [...w].map((ch, i) => escapeChar(i === 0 ? ch.toUpperCase() : ch)).join("");
    const before = word(names, capitalised);
    rules.push(
      ...(start
        ? [{ break: true, before, after: `${GAP}${start}`, comment: "an abbreviated first name (Ив. Вазов), unless a sentence starts" }]
        : []),
      { break: false, before, after: `${GAP}\\p{Lu}` },
    );
  }
  rules.push(...dateOpeningRules(lang));
  if (lang.unitOrNonFinalAbbreviations.size) {
    const list = alternation(lang.unitOrNonFinalAbbreviations);
    rules.push(
      {
        break: true,
        before: `\\p{N}${LINE_WS}+[${TOKEN_OPENER_CHARS}]*${list}\\.`,
        after: `(?:${CAPITAL_NEXT}|${LABEL_NEXT})`,
        comment: "a unit after a number (200 гр.) before a capital or a clause's number",
      },
      { break: false, before: word(lang.unitOrNonFinalAbbreviations), after: WS, comment: "elsewhere never an end (гр. Пловдив)" },
    );
  }
  rules.push(...numberPrefixRules(lang, word));
  rules.push(...nameQualifierRules(lang, word(lang.nameQualifiers)));
  if (lang.qualifierAbbreviations.size) {
    // A capital of a script the language is not written in (Java's class intersection): a sentence left untranslated.
    const foreign = lang.scripts.length ? `\\p{Lu}&&[^${lang.scripts.map((x) => `\\p{Is${x}}`).join("")}]` : undefined;
    const next = [start, foreign && `[${foreign}]`].filter(Boolean).join("|");
    rules.push(
      ...wordRules(
        word(lang.qualifierAbbreviations),
        next ? `${GAP}(?:${next})` : undefined,
        "a qualifier (U.S., a.m.): an end only before a sentence starter, or a capital of another script",
      ),
    );
  }
  rules.push(...clockRules(lang));
  rules.push(...finalRules(lang));
  if (lang.labelWords.size)
    rules.push({
      break: true,
      // A one-letter label word in lowercase only: "т. А." is an item's letter, "Т. Г. Влайков" two initials (sentences.ts).
      before: `${WORD_START}${alternation(lang.labelWords, letterAsWritten)}\\.?${WS}+\\p{Lu}\\.`,
      after: `(?:${CAPITAL_NEXT}|${NUMBER_NEXT})`,
      comment: "a letter after a label word (Приложение А., Annex B.): an end before a capital or a number",
    });
  if (lang.scripts.length) {
    // A letter of another script before a capital of the text's (витамин D. Назначава): an end (sentences.ts).
    const scripts = lang.scripts.map((x) => `\\p{Is${x}}`).join("");
    rules.push({
      break: true,
      before: `${ABBREVIATION_START}[\\p{Lu}&&[^${scripts}]]\\.`,
      after: `${WS}+[\\p{Lu}&&[${scripts}]]`,
      comment: "a letter of another script than the text's (витамин D.) before a capital of its own: an end",
    });
  }
  rules.push(
    ...wordRules(
      `${ABBREVIATION_START}\\p{Lu}\\.`,
      `(?:${GAP}(?:${start ? `${start}|` : ""}\\+?\\p{N})${lang.notSurnameEnding ? `|${WS}+\\p{Lu}\\p{Ll}*(?:${lang.notSurnameEnding})${WORD_END}` : ""})`,
      "an initial (J. R. R. Tolkien): an end only before a sentence starter, a number or a word no surname is (бисфенол А. Индикаторът)",
    ),
    ...wordRules(
      `${ABBREVIATION_START}${DOTTED}`,
      `${GAP}${start ?? "\\p{Lu}"}`,
      "letters joined by dots (т.н., U.N.): an end only before a capitalised sentence starter",
    ),
  );
  return rules;
}

/** An initial before another, a title's year in capitals, and a capital letter after a number, a unit (sentences.ts). */
function letterAfterNumberRules(): Rule[] {
  return [
    {
      break: false,
      before: `${ABBREVIATION_START}\\p{Lu}\\.`,
      after: `${WS}+\\p{Lu}\\.${WS}`,
      comment: "an initial before another initial (Г. С. Раковски, 27 J. K. Rowling Avenue): never an end",
    },
    {
      break: false,
      before: `(?<![\\p{N}])(?:1[89]|20)\\d\\d${WS}+\\p{Lu}\\.`,
      after: `${WS}+\\p{Lu}{2,}(?!\\p{Ll})`,
      comment: "a title's year in capitals (2024 Г. ЗА УСЛОВИЯТА): no end",
    },
    {
      break: true,
      before: `\\p{N}${WS}+[${TOKEN_OPENER_CHARS}]*\\p{Lu}\\.`,
      after: `(?:${CAPITAL_NEXT}|${NUMBER_NEXT})`,
      comment: "a capital letter after a number is a unit (220 V.): an end before a capital or a number",
    },
  ];
}

/** A number's prefix (No. 5, No. AB-12) and a figure's letter after its word (Fig. A and): no end (sentences.ts). */
function numberPrefixRules(lang: LanguageProfile, word: (list: Iterable<string>) => string): Rule[] {
  const rules: Rule[] = [];
  if (lang.numberPrefixAbbreviations.size)
    rules.push({
      break: false,
      before: word(lang.numberPrefixAbbreviations),
      after: `(?![ \\t]*\\r?\\n${WS}*${LABEL_NEXT.slice(WS.length + 1)})(?:${NUMBER_NEXT}|${CODE_NEXT}|${WS}+[A-Z]{3}${WS}?\\d)`,
      comment: "before a number, a code or an amount (No. 5, No. AB-12, max. BGN 300), not a clause's number opening the next line",
    });
  const letterLabels = [...lang.numberPrefixAbbreviations].filter((w) => lang.figureWords?.includes(w));
  if (letterLabels.length)
    rules.push({
      break: false,
      before: word(letterLabels),
      after: "[ \\t\\u00A0]+\\p{Lu}(?![\\p{L}\\p{N}])",
      comment: "a figure's letter on the same line (Fig. A and; Fig. A. is decided at its own dot)",
    });
  return rules;
}

/** A title before a person's name (sentences.ts: `nameNext`): an end before a capital that opens no name. */
function nameQualifierRules(lang: LanguageProfile, before: string): Rule[] {
  if (lang.nameQualifiers.size === 0) return [];
  const surname = lang.surnameEndings?.length ? `|\\p{Lu}\\p{Ll}*(?:${lang.surnameEndings.join("|")})${WORD_END}` : "";
  return [
    {
      break: true,
      before,
      after: `${GAP}(?!\\p{Lu}\\.|\\p{Lu}\\p{Ll}+${WS}+\\p{Lu}\\p{Ll}${surname})\\p{Lu}`,
      comment: "a title before a name (ред. Г. Георгиев): an end before a capital that opens none",
    },
  ];
}

/** A clock's "a.m." and "p.m.": no end before a time zone, a weekday or a month ("9 a.m. Eastern time"), an end before any other capital. */
function clockRules(lang: LanguageProfile): Rule[] {
  if (!lang.clockAbbreviations.size) return [];
  const before = `${ABBREVIATION_START}${alternation(lang.clockAbbreviations)}\\.`;
  // A zone may follow a word ("5 p.m. Sofia time"); a weekday or a month follows the time ("8 p.m. On Saturday" opens a sentence).
  const { zones, calendar } = clockWords(lang);
  return [
    {
      break: false,
      before,
      after: `${GAP}(?:(?:[\\p{L}\\p{N}]+${WS}+)?${orNone(zones)}|${orNone(calendar)})${WORD_END}`,
      comment: "a clock's a.m. or p.m. before a time zone, a weekday or a month (9 a.m. Eastern time, 5 p.m. Monday): no end",
    },
    {
      break: false,
      before: `${before}${WS}{1,9}${CLAUSE}\\.`,
      after: WS,
      comment: "a clause's number after a clock's a.m. or p.m. stays with its text",
    },
    ...wordRules(
      before,
      `(?:${GAP}\\p{Lu}|${LABEL_NEXT})`,
      "a clock's a.m. or p.m.: an end before any other capital, or a clause's number",
    ),
  ];
}

/** Abbreviations that end a sentence only before a capital ("2024 г.", "Inc."); a capital letter alone is an initial, not one of them. */
function finalRules(lang: LanguageProfile): Rule[] {
  const one = [...lang.finalAbbreviations].filter((w) => !w.includes(" "));
  const two = [...lang.finalAbbreviations].filter((w) => w.includes(" "));
  const parts: string[] = [];
  if (one.length) parts.push(`${ABBREVIATION_START}${alternation(one, letterAsWritten)}\\.`);
  if (two.length) parts.push(`(?<![^${WS_CHARS}])${alternation(two, letterAsWritten)}\\.`);
  if (!parts.length) return [];
  const before = `(?:${parts.join("|")})`;
  return [
    {
      break: false,
      before: `${ABBREVIATION_START}${alternation(
        one.map((w) => w.toUpperCase()),
        (w) => w,
      )}\\.`,
      after: `${WS}+\\p{Lu}{2,}(?!\\p{Ll})`,
      comment: "written in capitals before a word in capitals, a title's (2024 Г. ЗА УСЛОВИЯТА): no end",
    },
    // sverka keeps a label with its text after the end it made ("Ltd. | 3.2. The rent"); a rule sees no earlier end.
    {
      break: false,
      before: `${before}${WS}{1,9}${CLAUSE}\\.`,
      after: WS,
      comment: "a clause's number after such an abbreviation stays with its text",
    },
    ...wordRules(
      before,
      `(?:${CAPITAL_NEXT}|${LABEL_NEXT})`,
      "abbreviations that end a sentence only before a capital or a clause's number (2024 г., Inc.)",
    ),
  ];
}

/** "Приходи (млн. лв.) 31,7": an abbreviation's dot, then closing brackets, then a figure: no end (any of the lists, or the user's). */
function bracketedAbbreviationRule(lang: LanguageProfile, user: readonly string[]): Rule[] {
  const all = [
    ...lang.nonFinalAbbreviations,
    ...lang.unitOrNonFinalAbbreviations,
    ...lang.numberPrefixAbbreviations,
    ...lang.qualifierAbbreviations,
    ...lang.clockAbbreviations,
    ...lang.finalAbbreviations,
  ];
  const one = [...new Set(all.filter((w) => !w.includes(" ")))];
  const two = [...lang.finalAbbreviations].filter((w) => w.includes(" "));
  const userWords = userWordsOf(user);
  const parts: string[] = [];
  if (one.length) parts.push(`${ABBREVIATION_START}${alternation(one, anyCase)}`);
  if (two.length) parts.push(`(?<![^${WS_CHARS}])${alternation(two, anyCase)}`);
  if (userWords.length) parts.push(`${WORD_START}${alternation(userWords)}`);
  if (!parts.length) return [];
  return [
    {
      break: false,
      before: `(?:${parts.join("|")})\\.[)\\]]+`,
      after: NUMBER_NEXT,
      comment: "an abbreviation closing brackets before a figure (млн. лв.) 31,7: no end",
    },
  ];
}

/**
 * `lang` with only its abbreviations of scripts not in `scripts`: what a text in another script borrows from it
 * ("бул. Витоша" in an English text: sentences.ts reads such a word by its script's language).
 */
function inScriptsOtherThan(lang: LanguageProfile, scripts: readonly string[]): LanguageProfile {
  const foreign = (list: ReadonlySet<string>) => new Set([...list].filter((w) => !scripts.includes(letterScript(w))));
  return {
    ...lang,
    nonFinalAbbreviations: foreign(lang.nonFinalAbbreviations),
    unitOrNonFinalAbbreviations: foreign(lang.unitOrNonFinalAbbreviations),
    numberPrefixAbbreviations: foreign(lang.numberPrefixAbbreviations),
    qualifierAbbreviations: foreign(lang.qualifierAbbreviations),
    nameQualifiers: foreign(lang.nameQualifiers),
    clockAbbreviations: foreign(lang.clockAbbreviations),
    finalAbbreviations: foreign(lang.finalAbbreviations),
    nameInitials: foreign(lang.nameInitials),
    labelWords: foreign(lang.labelWords),
  };
}

/** The rules of one language, in sentences.ts's order. */
export function srxRules(lang: string | undefined, userAbbreviations: readonly string[] = []): Rule[] {
  const profile = lang === undefined ? genericProfile() : getLanguage(lang);
  return [
    {
      break: false,
      // Spelt out: Java's look-behind takes no repeated group.
      before: "(?:[.\\u2026][ \\t]?[.\\u2026][ \\t]?[.\\u2026]|\\u2026)",
      after: "(?:[ \\t]?[.\\u2026])*[ \\t]+\\p{N}+[ \\t]*(?![^\\n\\r])",
      comment: "a dot leader, then the page number to the end of the line: a table of contents' entry",
    },
    {
      break: false,
      before: "[.\\u2026]",
      after: "(?:[ \\t]?[.\\u2026])+[ \\t]+\\p{N}+[ \\t]*(?![^\\n\\r])",
      comment: "inside a dot leader, spaced or not, more of it and the page number to the end of the line",
    },
    {
      break: false,
      before: `${TERMINAL}+${CLOSERS}*`,
      after: "\\s+\\([^().!?\\n]{1,40}\\)[.!?]",
      comment: "a short reference in brackets closing the sentence: (Бележка 15).",
    },
    {
      break: false,
      before: `${TERMINAL}+${CLOSERS}*`,
      after: "[ ]+(?:\\S+[ ]){0,5}\\S*\\t|\\t+(?:\\S+[ ]){0,5}\\S*[ \\t]*(?:\\t|(?![^\\n\\r]))",
      comment:
        "a table's row of short cells between tabs: its cells' abbreviations end no sentence (sverka also asks every cell of the row to be short)",
    },
    {
      break: false,
      before: `${TERMINAL}+${CLOSERS}*`,
      after: "[ ]+(?:\\S+[ ]){0,5}[^\\s;]*;(?=\\S)",
      comment: "a row of cells between semicolons (Позиция;II трим. 2025 г.;...): its cells' abbreviations end no sentence",
    },
    ...labelRules(profile),
    {
      break: false,
      before: `${TERMINAL}+${CLOSERS}*`,
      after: `${GAP}(?!\\p{Ll}+\\p{Lu}|(?!(?:по|най)-)\\p{Ll}{1,2}-\\p{L})\\p{Ll}`,
      comment: "a lowercase word next continues the sentence; a term opening in lowercase (mRNA, p-values) opens one",
    },
    {
      break: false,
      before: `(?<![.!?\\u2026\\u3002])(?:\\.{3}|\\u2026)${CLOSERS}*`,
      after: `${WS}+(?:\\.{3}|\\u2026)(?![.\\u2026])`,
      comment: "an ellipsis, then one opening the next words: a sentence going on (a subtitle's, into the next cue)",
    },
    ...speechRule(profile),
    {
      break: false,
      before: `${TERMINAL}+${CLOSERS}*`,
      after: `${WS}+\\([^().!?\\n]{1,60}\\)${WS}*(?:[,;:]|\\p{Ll})`,
      comment: "a bracket the sentence goes on after, with a comma or a lowercase word (Shop Ltd. (UIC 123456789), Sofia)",
    },
    ...(profile.neverOpening?.length
      ? [
          {
            break: false,
            before: `${TERMINAL}+${CLOSERS}*`,
            after: `${WS}+${alternation(profile.neverOpening)}(?![\\p{L}])`,
            comment: "a word no sentence opens with (a letter's polite clitic, Ви): the sentence goes on",
          },
        ]
      : []),
    {
      break: true,
      before: `(?:${TERMINAL}{2,}|[!?\\u2026\\u3002])${CLOSERS}*`,
      after: WS,
      comment: "! ? … and runs of marks end a sentence",
    },
    ...bracketedAbbreviationRule(profile, userAbbreviations),
    { break: true, before: `\\.${CLOSERS}+`, after: WS, comment: "a full stop inside quotes or brackets" },
    ...abbreviationRules(profile, userAbbreviations),
    ...borrowedLanguages(profile).flatMap((other) => abbreviationRules(inScriptsOtherThan(other, profile.scripts), [])),
    { break: true, before: `${TERMINAL}+${CLOSERS}*`, after: WS, comment: "any other full stop before white space" },
  ];
}

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A comment's text: "--" may not appear in an XML comment. */
function commentText(text: string): string {
  return text.replace(/--+/g, (dashes) => dashes.split("").join(" "));
}

/** A language pattern matching the code in either case, with or without a region ("bg", "BG", "bg-BG", "bg_BG"). */
function languagePattern(code: string): string {
  return `${anyCase(code)}(?:[-_].*)?`;
}

/**
 * SRX 2.0 rules for the languages given (language tags; their primary codes,
 * each once), then a generic rule set for every other language. `cascade` is
 * off: a language gets its own rules only.
 */
export function writeSrx(langs: readonly string[], options: SrxOptions = {}): string {
  const codes = [...new Set(langs.map(primaryLanguage))];
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!-- sverka ${xml(VERSION)}: sentence segmentation rules for ${codes.join(", ")}, and generic rules for other languages.`,
    `     Not expressible in SRX, so not here: ${commentText(SRX_LIMITS.join("; "))}. -->`,
    `<srx xmlns="http://www.lisa.org/srx20" version="2.0">`,
    `  <header segmentsubflows="yes" cascade="no">`,
    `    <formathandle type="start" include="no"/>`,
    `    <formathandle type="end" include="yes"/>`,
    `    <formathandle type="isolated" include="yes"/>`,
    `  </header>`,
    `  <body>`,
    `    <languagerules>`,
  ];
  const { sets, maps } = ruleSets(langs, options);
  for (const [name, rules] of sets) {
    out.push(`      <languagerule languagerulename="${xml(name)}">`);
    for (const r of rules) {
      if (r.comment) out.push(`        <!-- ${xml(commentText(r.comment))} -->`);
      out.push(
        `        <rule break="${r.break ? "yes" : "no"}">`,
        `          <beforebreak>${xml(r.before)}</beforebreak>`,
        `          <afterbreak>${xml(r.after)}</afterbreak>`,
        `        </rule>`,
      );
    }
    out.push(`      </languagerule>`);
  }
  out.push(`    </languagerules>`, `    <maprules>`);
  for (const [pattern, name] of maps) out.push(`      <languagemap languagepattern="${xml(pattern)}" languagerulename="${xml(name)}"/>`);
  out.push(`    </maprules>`, `  </body>`, `</srx>`, ``);
  return out.join("\n");
}

/**
 * The rule sets of the languages, each named, then a generic set; and which language tags take which set (a
 * pattern of the tag and the set's name), in the order a CAT tool tries them. What `writeSrx` writes, and
 * `writeOmegatSegmentation` (src/segment/omegat.ts) in OmegaT 3's project file.
 */
export function ruleSets(
  langs: readonly string[],
  options: SrxOptions = {},
): { sets: Array<[name: string, rules: Rule[]]>; maps: Array<[pattern: string, name: string]> } {
  const codes = [...new Set(langs.map(primaryLanguage))];
  const sets: Array<[string, Rule[]]> = codes.map((code) => [`sverka-${code}`, srxRules(code, options.abbreviations?.[code] ?? [])]);
  sets.push(["sverka-generic", srxRules(undefined)]);
  const maps: Array<[string, string]> = codes.map((code) => [languagePattern(code), `sverka-${code}`]);
  maps.push([".*", "sverka-generic"]);
  return { sets, maps };
}
