/**
 * White space as sverka folds it. No-break spaces (U+00A0, the figure space
 * U+2007 and the narrow U+202F) are written on purpose, where a line must not
 * break ("1 200 000", "5 %", "№ 12"), and a CAT tool matching a memory
 * against the very document it came from needs them as written: only
 * ordinary white space (spaces, tabs, line breaks...) is folded.
 */

/** A run of white space other than the no-break spaces (`\s` takes them too). */
export const ORDINARY_SPACE = /[^\S\u00a0\u2007\u202f]+/gu;

/** `text` with each run of ordinary white space one space; no-break spaces kept. */
export function foldSpaces(text: string): string {
  return text.replace(ORDINARY_SPACE, " ");
}

/**
 * What the document readers (HTML, DOCX, ODT, RTF) fold: ordinary white
 * space, and the figure space too. The review's number reader takes U+00A0
 * and U+202F between digit groups ("1 200 000" is one number) but not
 * U+2007 (src/score/tokens.ts), so "1 200 000" read with figure spaces
 * against "1,200,000" would be flagged as another number; read as a space
 * it is the number it was before. Plain text keeps what it has.
 */
const READ_SPACE = /[^\S\u00a0\u202f]+/gu;

/** `text` as a reader gives it: runs of ordinary white space (and figure spaces) one space; U+00A0 and U+202F kept. */
export function foldReadSpaces(text: string): string {
  return text.replace(READ_SPACE, " ");
}
