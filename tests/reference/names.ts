/**
 * The names of a text as src/review/checks/romanized.ts found them before it
 * kept what a text's words say per language and text (a long document's pieces
 * share their sentences): `namesIn` must agree with it (tests/review-memo.test.ts).
 */
import { narrowable } from "../../src/lang/chars.js";
import type { Dictionary } from "../../src/lang/dictionary.js";
import type { LanguageProfile } from "../../src/lang/index.js";
import { nameForms } from "../../src/lang/names.js";
import type { SideInfo } from "../../src/review/context.js";

const TITLE_CASE_SHARE = 0.6;
const TITLE_CASE_MIN_WORDS = 3;
/** A title leaves only words this short in lowercase ("near"): a line dense with names is no title. */
const TITLE_LOWERCASE_LETTERS = 4;
const WORD = narrowable(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu);
const CAPITALISED = narrowable(/^\p{Lu}\p{Ll}/u);
const SENTENCE_END = narrowable(/([\p{L}]*)[.!?…:;•]["'”’»)\]]*$/u);
const LETTER = narrowable(/\p{L}/u);

export function referenceNames(side: SideInfo, text: string, known?: Dictionary): Array<{ words: string[]; titled?: boolean }> {
  const lang = side.lang;
  const words = [...text.matchAll(WORD.for(text))];
  const capitalised = (w: string) => CAPITALISED.test(w);
  // A line ending with a full stop after three letters or more is a sentence, however many of its words are capitalised.
  // A person's title right before a word, a dot and white space at most between ("г-н Петров", "Dr. Evans").
  const titled = (n: number): boolean =>
    n > 0 &&
    lang.personTitles.has(words[n - 1]![0].toLowerCase()) &&
    /^\.?\s+$/u.test(text.slice(words[n - 1]!.index + words[n - 1]![0].length, words[n]!.index));
  // A field's name of a person after its label: "Кмет: Таня Христова", "Фамилно име: Петрова".
  const signed = (): boolean => {
    const m = /^[^:\n]{1,40}:\s+(?:(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\p{Ll}+\s+)?)?(\p{Lu}\p{Ll}+)\s*(?:,[^:\n]*)?$/u.exec(text);
    if (!m) return false;
    const endings = lang.surnameEndings ?? [];
    if (endings.length === 0) return m[1] !== undefined && /^\p{L}+:/u.test(text);
    return endings.some((e) => m[2]!.length >= e.length + 3 && m[2]!.toLowerCase().endsWith(e));
  };
  if (
    words.length >= TITLE_CASE_MIN_WORDS &&
    !/[^\s.]{3}[.!;][”’"'»)\]]*\s*$/u.test(text) &&
    !signed() &&
    !words.some((m, n) => capitalised(m[0]) && titled(n)) &&
    words.filter((m) => capitalised(m[0])).length >= TITLE_CASE_SHARE * words.length &&
    words.every((m) => capitalised(m[0]) || m[0].length <= TITLE_LOWERCASE_LETTERS)
  )
    return words.filter((m) => nameForms(lang.code)?.proper(m[0])).map((m) => ({ words: [m[0]] }));
  const out: string[][] = [];
  let previousEnd = -1;
  let previousName = false;
  const surnameNext = (n: number): boolean => {
    const next = words[n + 1];
    if (!next || !capitalised(next[0]) || !/^\s+$/u.test(text.slice(words[n]!.index + words[n]![0].length, next.index))) return false;
    const lower = next[0].toLowerCase();
    return (lang.surnameEndings ?? []).some((e) => lower.length >= e.length + 3 && lower.endsWith(e));
  };
  const frequent = new Set((lang.frequentWords ?? []).map((w) => w.toLowerCase()));
  // A word opening a sentence before a name: "Анна Вебер беше назначена" (the thirty-fifth session).
  const nameNext = (n: number): boolean => {
    const next = words[n + 1];
    if (!next || !capitalised(next[0]) || !/^\s+$/u.test(text.slice(words[n]!.index + words[n]![0].length, next.index))) return false;
    const lower = next[0].toLowerCase();
    return (
      !abbreviation(lang, lower, text.slice(next.index + next[0].length)) &&
      !lang.capitalisedWords.has(lower) &&
      !lang.personTitles.has(lower) &&
      !side.lowercase().has(lower) &&
      // A known name opens the name itself: "Вчера Иван Новак" names "Иван Новак" (the seventy-fourth session).
      !(known?.lookup(lang.stem(next[0])) !== undefined && known.surfaceOf("s", lang.stem(next[0])).toLowerCase() === lower)
    );
  };
  // A surname of the language alone after a field's colon: "Фамилно име: Петрова".
  const fieldSurname = (n: number): boolean => {
    const lower = words[n]![0].toLowerCase();
    return (
      /:\s*$/u.test(text.slice(0, words[n]!.index)) &&
      (lang.surnameEndings ?? []).some((e) => lower.length >= e.length + 3 && lower.endsWith(e))
    );
  };
  const titledNames = new Set<string[]>();
  for (const [n, m] of words.entries()) {
    const w = m[0];
    const lower = w.toLowerCase();
    const isName =
      capitalised(w) &&
      !abbreviation(lang, lower, text.slice(m.index + w.length)) &&
      !lang.capitalisedWords.has(lower) &&
      !lang.personTitles.has(lower) &&
      !side.lowercase().has(lower) &&
      (!opensSentence(text.slice(0, m.index), lang) ||
        (known?.lookup(lang.stem(w)) !== undefined && known.surfaceOf("s", lang.stem(w)).toLowerCase() === lower) ||
        nameForms(lang.code)?.proper(w) === true ||
        surnameNext(n) ||
        fieldSurname(n) ||
        (!frequent.has(lower) && nameNext(n)) ||
        // One the document writes capitalised inside a sentence too, not in Latin letters (the seventy-second session).
        (side.script !== "Latin" && !frequent.has(lower) && side.capitalised().has(lower)));
    if (isName) {
      const last = out[out.length - 1];
      if (last && previousName && /^\s+$/u.test(text.slice(previousEnd, m.index))) last.push(w);
      else {
        out.push([w]);
        if (titled(n)) titledNames.add(out[out.length - 1]!);
      }
    }
    previousName = isName;
    previousEnd = m.index + w.length;
  }
  return out.map((words) => (titledNames.has(words) ? { words, titled: true } : { words }));
}

function abbreviation(lang: LanguageProfile, lower: string, after: string): boolean {
  return (
    after.startsWith(".") && (lang.nonFinalAbbreviations.has(lower) || lang.finalAbbreviations.has(lower) || lang.nameInitials.has(lower))
  );
}

function opensSentence(before: string, lang: LanguageProfile): boolean {
  const p = before.replace(/[\s"'“„«‚([–—-]+$/u, "");
  if (p === "") return true;
  const end = SENTENCE_END.exec(p);
  if (!end) return false;
  if (!p.replace(/["'”’»)\]]+$/u, "").endsWith(".")) return true;
  const word = end[1]!.toLowerCase();
  const abbreviation =
    lang.nonFinalAbbreviations.has(word) || lang.unitOrNonFinalAbbreviations.has(word) || lang.nameInitials.has(word) || word.length === 1;
  return !(abbreviation && LETTER.test(word));
}
