import { NarrowablePattern, narrowable } from "../lang/chars.js";
import { type LanguageProfile, scriptLanguage } from "../lang/index.js";
import { letterScript } from "../lang/script.js";

/**
 * Numbered labels: "I." to "XXXIX.", "1.", "1.2.", "12а.", "§ 3.", "№ 5.",
 * and a language's label words before a number ("Чл. 1.", "Art. 5.",
 * "Step 2.", "Глава III."). The convention:
 *
 * - a label that opens a segment stays with the text after it on the same
 *   line ("Чл. 1. (1) Текст..." and "II. ЦЕНА И НАЧИН НА ПЛАЩАНЕ" are one
 *   segment each), wherever the segment starts: at a line or in running text;
 * - a line that opens with a label starts a new unit, as a list item does,
 *   so a heading line is its own segment even in hard-wrapped text;
 * - a label alone on its line is a segment of its own ("Article 1" above its title).
 *
 * Labels without a final dot ("(1)", "а)", "2)") never made a boundary.
 */

/** A roman numeral from I to XXXIX, or XL to L. */
const ROMAN = "(?=[IVXL])(?:XL|L|X{0,3})(?:IX|IV|V?I{0,3})";
/**
 * An arabic number, with sub-numbers ("1.2.3") and a letter ("12а", "5a", "25.8а"), up
 * to six digits: a list, a register or a catalogue runs past 999 ("1000. The
 * fee..."). Only what opens a segment is read as a label: a year that ends a
 * sentence ("...in\n2024. The next") follows the sentence's own words.
 */
const ARABIC_AFTER_WORD = "\\d{1,6}\\p{Ll}?(?:\\.\\d{1,3})*\\p{Ll}?";
const ARABIC = "\\d{1,6}\\p{Ll}?(?:\\.\\d{1,3})*\\p{Ll}?";
/**
 * A label word, then its dot or white space ("Чл. 1", "Чл.1", "Step 1"), perhaps a number sign after it
 * ("Приложение № 1", "Annex No. 1"); or "§", "№". Not a section's letter before its number ("А.1.": `LETTERED`).
 */
const WORD = "(?:(?!\\p{Lu}\\.\\d)(\\p{L}+)(?:\\.[ \\t\\u00a0]*|[ \\t\\u00a0]+)(?:(?:№|N[o°r]\\.?)[ \\t\\u00a0]*)?|[§№][ \\t\\u00a0]*)";
/**
 * A section's letter and its numbers ("А.1.", "B.2.3."): a policy's or a specification's clauses (stranger 365: each
 * cut from its sentence, a label alone in the memory).
 */
const LETTERED = "\\p{Lu}\\.\\d{1,3}(?:\\.\\d{1,3})*";
/**
 * A label: a label word (group 1) and a number or a letter (group 2: "Клауза А.", "Annex B."), "§" or "№" and a number,
 * or a number alone (group 3).
 */
const LABEL_BODY = `(?:${WORD}(${ROMAN}|${ARABIC_AFTER_WORD}|\\p{Lu})|(${ROMAN}|${ARABIC}|${LETTERED}))\\.`;

/** The whole of `s` is a label ending with its dot. */
const LABEL = new NarrowablePattern(`^${LABEL_BODY}$`, "u");
/** A label at the start of a line, then white space and more text. */
const LABEL_OPENS_LINE = new NarrowablePattern(`^[ \\t]*${LABEL_BODY}[ \\t\\u00a0]+\\S`, "u");
/** A single letter with its dot ("а.", "B."): a label only at the start of a unit. */
const LETTER = narrowable(String.raw`^\p{L}\.$`, "u");
const CAPITAL = narrowable(String.raw`^\p{Lu}`, "u");

/** A note in brackets after the label: "Чл. 4. (изм. – ДВ, бр. 12 от 2020 г.) Текст". */
const NOTE = /[ \t\u00a0]+[([][^()[\]\n]{1,300}[)\]]$/u;

/** A label in brackets or before one, without a dot ("(2)", "2)", "б)"): a paragraph or a point of a provision. */
const BRACKETED_LABEL = narrowable(String.raw`^(?:\(\d{1,3}\p{Ll}?\)|\d{1,3}\p{Ll}?\)|\p{Ll}\))$`, "u");
/** The first word of a note's text ("Изм" of "Изм. - ДВ, бр. 41 от 1998 г."). */
const FIRST_WORD = narrowable(String.raw`^\s*(\p{L}+)`, "u");
/** Longer than this, what precedes a boundary is no label with a note (the note's own bound, and a label's). */
const NOTE_WITH_LABEL_CHARS = 340;

/**
 * Whether `s` (trimmed) is only a numbered label, perhaps with a note in
 * brackets, as the start of a segment would be; or an editor's note alone
 * or after a label without a dot ("(Изм. - ДВ, бр. 41 от 1998 г.)", "(2)
 * (Изм. ...)"), which annotates the text after it.
 */
export function isLabel(s: string, lang: LanguageProfile, atUnitStart: boolean): boolean {
  return labelAlone(s, lang, atUnitStart) || noteAfterLabel(s, lang, atUnitStart);
}

/** A note of the language's `noteWords` in brackets, ending `s`, with nothing before it but a label. */
function noteAfterLabel(s: string, lang: LanguageProfile, atUnitStart: boolean): boolean {
  const text = s.trim();
  const close = text.charAt(text.length - 1);
  if (text.length > NOTE_WITH_LABEL_CHARS || (close !== ")" && close !== "]") || lang.noteWords.size === 0) return false;
  // The note's text holds no bracket (as NOTE reads it): it opens at the last one.
  const open = close === ")" ? text.lastIndexOf("(") : text.lastIndexOf("[");
  if (open < 0) return false;
  const body = text.slice(open + 1, -1);
  if (/[()[\]\n]/u.test(body)) return false;
  const word = FIRST_WORD.for(body).exec(body)?.[1];
  if (word === undefined || !lang.noteWords.has(word.toLowerCase())) return false;
  const before = text.slice(0, open).trimEnd();
  return before === "" || BRACKETED_LABEL.test(before) || labelAlone(before, lang, atUnitStart);
}

/** Whether `s` (trimmed) is only a numbered label, perhaps with a note in brackets after it. */
function labelAlone(s: string, lang: LanguageProfile, atUnitStart: boolean): boolean {
  const text = s.trim().replace(NOTE, "");
  if (atUnitStart && LETTER.test(text)) return true;
  const m = LABEL.exec(text);
  if (!m) return false;
  return m[1] === undefined || labelWord(m[1], lang);
}

/**
 * Whether a line opens with a label, so it starts a new unit: a capitalised
 * label word ("Чл. 5. ..."; "...съгласно\nчл. 5. Срокът" continues a sentence),
 * "§" or "№", a roman number of two letters or more ("II."; "V. Putin" may be
 * an initial wrapped to the next line), or a number with sub-numbers ("1.2.").
 */
export function opensWithLabel(line: string, lang: LanguageProfile): boolean {
  const m = LABEL_OPENS_LINE.exec(line);
  if (!m) return false;
  if (/^[ \t]*[§№]/u.test(line)) return true;
  // A word and a letter ("Annex A.") opening a wrapped line goes on the sentence before ("... in\nAnnex A. Clause 5"):
  // a new unit where a number follows the word, or a roman figure.
  if (m[1] !== undefined) return CAPITAL.test(m[1]) && labelWord(m[1], lang) && !/^\p{Lu}$/u.test(m[2]!.replace(/^[IVXL]$/u, ""));
  // A number alone: a roman one of two letters or more, or one with sub-numbers (single numbers are list items).
  const number = m[3] ?? "";
  return /^[IVXL]{2,}$/u.test(number) || number.includes(".");
}

/**
 * The number of the label a sentence opens with ("6" of "Step 6. Fill...", "12" of "Чл. 12. ...", "3" of "3. Press..."),
 * if it opens with one: a label word of the language, "§", "№", or a number alone.
 */
export function openingLabelNumber(text: string, lang: LanguageProfile): string | undefined {
  const m = LABEL_OPENS_LINE.exec(text);
  if (!m) return undefined;
  if (m[1] !== undefined && !labelWord(m[1], lang)) return undefined;
  return m[2] ?? m[3];
}

function labelWord(word: string, lang: LanguageProfile): boolean {
  if (lang.labelWords.has(word.toLowerCase())) return true;
  // A label in another script is that script's language's: "Чл. 13. Доставчикът ..." left in Bulgarian in an English
  // contract is one segment, as in the Bulgarian (stranger 282: cut after "Чл. 13.", the report's sentences off by one).
  const script = lang.scripts.length > 0 ? letterScript(word) : "";
  if (script === "" || lang.scripts.includes(script)) return false;
  const other = scriptLanguage(script);
  return other !== undefined && other !== lang && other.labelWords.has(word.toLowerCase());
}
