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
 * `text` folded as `foldSpaces` folds it, but a table row's cells: a run of spaces and tabs with a tab in it, on one
 * line, stays one tab ("Отсрочени данъчни активи<TAB>12<TAB>415<TAB>388" is three cells, where folded it read as the
 * number 12 415 388; stranger 199). A memory's unit keeps a row's cells as the document has them.
 */
export function foldSpacesKeepingTabs(text: string): string {
  return text.replace(ORDINARY_SPACE, (run) => (run.includes("\t") && !/[\n\r]/u.test(run) ? "\t" : " "));
}
