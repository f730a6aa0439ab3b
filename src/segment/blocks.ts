import { narrowable } from "../lang/chars.js";
import type { LanguageProfile } from "../lang/index.js";
import { opensWithLabel } from "./labels.js";

/**
 * Paragraph and line structure. A paragraph is a run of non-blank lines; inside
 * it, a line break is a hard segment boundary when the lines are structured
 * (list items, headings, short lines, a line ending a sentence) and a mere
 * wrap otherwise. Sentence splitting then works inside each unit.
 */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

interface Line {
  readonly start: number;
  /** End of the line's text, before the line break. */
  readonly end: number;
  readonly text: string;
}

// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond or two to compile.
/** Bullets, dashes, "1.", "2)", "a)" at the start of a line. */
export const LIST_MARKER = narrowable(String.raw`^[ \t]*(?:[•·▪◦‣∙●○■□►▸✓✔*+\-–—]|\(?\d{1,3}[.)]|\(?\p{L}\))[ \t\u00a0]+`, "u");
const ENDS_SENTENCE = /[.!?…:;。]["'»“”’)\]]*$/u;
/** A full stop, a question or exclamation mark or a colon ending a line: a sentence's end, or a list's opening. */
const ENDS_CLAUSE = /[.!?…:。]["'»“”’)\]]*$/u;
/** Letters and a hyphen ending a line (a soft hyphen too): a word the line's end broke. */
const BROKEN_WORD_END = /\p{L}\u00ad?[-\u00ad\u2010]$/u;
/** A line opening with a letter or a digit, after its indent: a broken word's rest. */
const OPENS_WORD = /^[ \t]*[\p{L}\p{N}]/u;
/**
 * A line opening with a bare number and a lowercase word, another number or a paragraph's number in brackets ("2.
 * updating", "150. 4.", "500. (2) Statements": the sentence's last number, then the next one's label), or a dash and
 * a lowercase word.
 */
const RUN_ON = /^[ \t]*(?:\d{1,6}\.[ \t]+(?:\p{Ll}|\d|\(\d{1,3}\p{Ll}?\))|[–—-][ \t]+\p{Ll})/u;
/** A line ending on an ellipsis (closing quotes after it aside), and one opening with one. */
const ELLIPSIS_END = /(?:\.{3}|…)["'»“”’)\]]*$/u;
const ELLIPSIS_START = /^\s*(?:\.{3}|…)/u;
/** A line opening with a clause's number of two levels or more, then a capital ("1.2. The office", "3.1.4. Изпълнителят"). */
const CLAUSE_OPENS = narrowable(String.raw`^[ \t]*\d{1,3}(?:\.\d{1,3})+\.?[ \t]+\p{Lu}`, "u");
/** Text, a tab, text: cells of a table's row. */
const CELLS = /\S\t+\S/u;
/** Cells set apart by three spaces or more, twice at least, as `pdftotext -layout` sets a table's columns. */
const LAYOUT_GAPS = /\S {3,}\S.*\S {3,}\S/u;
/** Words a cell of a table `layoutCells` finds may have. */
const LAYOUT_CELL_WORDS = 6;

/**
 * Whether a line is a table's row whose columns `pdftotext -layout` set apart with spaces ("Функция      План (хил. лв.)
 * Отчет (хил. лв.)"): two gaps of three spaces or more, every cell short, and a cell of words single-spaced. A line a PDF
 * justified has every gap wide, or long runs between its wide gaps.
 */
export function layoutCells(line: string): boolean {
  if (!line.includes("  ")) return false;
  if (LAYOUT_GAPS.test(line)) {
    const cells = line.trim().split(/ {3,}/u);
    if (cells.some((c) => / \S/u.test(c)) && cells.every((c) => c.split(" ").length <= LAYOUT_CELL_WORDS)) return true;
  }
  // A row of figures set apart by two spaces or more, three cells at least ("1    15.04.2025   383.12   72.92"; stranger
  // 314's repayment schedule): no sentences a typist spaced twice, whose cells are words.
  const cells = line.trim().split(/ {2,}/u);
  return cells.length >= LAYOUT_MIN_CELLS && cells.every((c) => FIGURE_CELL.test(c));
}

/** Cells a row of figures has at least (`layoutCells`). */
const LAYOUT_MIN_CELLS = 3;
/** A cell of figures: a number, a date, an amount with its sign or per cent. */
const FIGURE_CELL = /^[-+−(]?\d[\d.,/:\u00a0]*\)?%?$/u;
/** A table of contents' entry: a dot leader, spaced or not, then the page ("12.1 Смяна на решетката ........ 305", "Монтаж . . . . 5"): a line of its own, however long the lines around it. */
const CONTENTS_ENTRY = /(?:(?:[.…][ \t]?){2,}[.…]|…+)\s*\d+$/u;
const STARTS_LOWER = narrowable(String.raw`^[ \t]*["'„“«(]*\p{Ll}`, "u");
/** A table's row flattened to a line ends on its cells' figures, two groups or more ("357 031 485 040", "264,347 625,227", "(26,145)   (24,870)"). */
/** A price after a dash closing a line, its currency before or after it ("– BGN 9.80", "- 9,80 лв.", "— €12"). */
const PRICE_END =
  /[–—-][ \u00a0]*(?:(?:BGN|EUR|USD|GBP|лв\.?|€|\$|£)[ \u00a0]?)?\d[\d.,]*(?:[ \u00a0]?(?:BGN|EUR|USD|GBP|лв\.?|лева|евро|€|\$|£))?$/u;
const FIGURES_END = /\d[\d.,]*\)?[ \u00a0\u202f]+\(?[\d.,]*\d\)?$/u;
/** The next row opens with its label, a capitalised word (not a code or a currency's "EUR" the sentence goes on with). */
const STARTS_UPPER = narrowable(String.raw`^[ \t]*\p{Lu}\p{Ll}`, "u");
/**
 * A field of an address or a form opening a line: a capitalised word (and up
 * to three more), its dot, a colon ("Tel: +34 91 555 01 23", "Тел.: ...",
 * "E-mail: ...", "Postal address: ...", "Лице за контакт: ..."). A line of its
 * own after a line of an address, however long that line is.
 */
const FIELD = narrowable(String.raw`^[ \t]*\p{Lu}[\p{L}-]{0,14}(?:[ \u00a0][\p{L}-]{1,14}){0,3}\.?:[ \t\u00a0]+\S`, "u");

/** A whole line in square brackets, opening on a letter: a seal or a signature described ("[Кръгъл печат: ...]"), no citation's "[12]". */
const BRACKETED_LINE = narrowable(String.raw`^[ \t]*\[\p{L}[^\]\n]*\][ \t]*$`, "u");

/** A line's last word, and the dot after it if any. */
const LAST_WORD = narrowable(String.raw`(?:^|[^\p{L}\p{N}])(\p{L}[\p{L}'’-]*)(\.?)$`, "u");
/** A number just before a line's last word ("200 гр."): grams, a unit that may end the sentence. */
const NUMBER_BEFORE = /\d\s*\S+$/u;

/** A line of words ending on a number's first group ("... е 2", "... BGN 21", a telephone's "0800 11"), and a line opening on a group of three more, then words. */
const GROUP_END = /(?:\p{L}\S*|\d+)\s+\d{1,3}$/u;
const GROUP_START = /^[ \t]*\d{3}(?!\d)[^\n]*\p{L}/u;

/** A sentence's end, then a clause's number and its dot, ending a line: "... всеки ден. 2.", "... the day. 3.1.". */
const LABEL_AT_END = /[.!?…]["'»“”’)]*\s+\d{1,3}(?:\.\d{1,3}){0,3}\.$/u;

/** Whether a line ends on a word no sentence ends on: an article, a preposition ("the", "на"), or an abbreviation always followed by more ("гр.", "Dr."). */
function endsMidSentence(line: string, lang: LanguageProfile): boolean {
  const m = LAST_WORD.for(line).exec(line);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  if (m[2] === "") return lang.danglingWords.has(word);
  return (
    lang.nonFinalAbbreviations.has(word) ||
    lang.numberPrefixAbbreviations.has(word) ||
    (lang.unitOrNonFinalAbbreviations.has(word) && !NUMBER_BEFORE.test(line))
  );
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Splits a document into units that no sentence crosses, each tagged with its paragraph. */
export function splitUnits(text: string, lang: LanguageProfile, linesAsWritten = false): Unit[] {
  const units: Unit[] = [];
  let block: Line[] = [];
  let paragraph = 0;
  const flush = () => {
    if (block.length === 0) return;
    emitBlock(block, paragraph++, units, lang, linesAsWritten);
    block = [];
  };
  for (const line of splitLines(text)) {
    if (line.text.trim() === "") flush();
    else block.push(line);
  }
  flush();
  return units;
}

function emitBlock(lines: Line[], paragraph: number, out: Unit[], lang: LanguageProfile, linesAsWritten: boolean): void {
  // Lines as written (subtitles) are none of them wrapped: read as a block of short lines.
  const width = linesAsWritten ? 0 : wrapWidth(lines);
  const wrapped =
    (width >= MIN_WRAP_WIDTH && !listOfLines(lines, width) && !parallelLines(lines)) || (width >= MIN_NARROW_WIDTH && wrappedNarrow(lines));
  const fitting = wrapped ? fittingWidth(lines, width) : 0;
  let unitStart = lines[0]!.start;
  for (let k = 0; k < lines.length - 1; k++) {
    // A subtitle's line that stops on a word no sentence ends on goes on into the next ("There is a hotel on" / "Tsar
    // Boris III Blvd.", "Чакам посланика на" / "България"; stranger 100). Elsewhere a short line is its writer's ("За").
    if (linesAsWritten && endsMidSentence(lines[k]!.text.trim(), lang)) continue;
    // A subtitle's lines are a sentence said over two lines, whatever ends them: no title block.
    if (isHardBreak(lines[k]!, lines[k + 1]!, width, wrapped, lang, !linesAsWritten && k + 2 === lines.length, fitting)) {
      out.push({ start: unitStart, end: lines[k]!.end, paragraph });
      unitStart = lines[k + 1]!.start;
    }
  }
  out.push({ start: unitStart, end: lines[lines.length - 1]!.end, paragraph });
}

/**
 * The width a block's lines were wrapped at: its longest line's length, or in a block of many lines, the length
 * that only one line in twenty passes. A PDF's text justifies a line here and there with its words run together
 * or spread ("...the owner of the Lloyds Pharmacy chain, for £125m, three years ago. It said" at 220 characters
 * among lines of 110): taken as the width, it made every line of the text short, each a sentence's end ("John" /
 * "Goldsmith, chairman of ...").
 */
function wrapWidth(lines: readonly Line[]): number {
  const lengths = Int32Array.from(lines, (l) => l.text.trim().length).sort();
  return lengths.length < MANY_LINES ? (lengths.at(-1) ?? 0) : lengths[lengths.length - 1 - Math.floor(lengths.length / 20)]!;
}

/**
 * Whether a block whose longest line reaches the wrap width is a list of lines all the same: a parts list, a
 * price list, with a long item here and there ("Self-tapping screw M10x100, hot-dip galvanised, with EPDM washer
 * – 1000 pcs" among lines of 30). Text wrapped at a width has most of its lines (its paragraph's last aside) long,
 * or goes on from a line to one opening in lowercase; this block has neither. Read as wrapped, each long item was
 * joined to the line after it on both sides (stranger 80's catalogue: 488 units of two to five lines).
 */
function listOfLines(lines: readonly Line[], width: number): boolean {
  if (lines.length < 3) return false;
  let long = 0;
  for (let k = 0; k < lines.length - 1; k++) if (lines[k]!.text.trim().length >= SHORT_LINE_SHARE * width) long++;
  if (2 * long >= lines.length - 1) return false;
  for (let k = 1; k < lines.length; k++) if (STARTS_LOWER.for(lines[k]!.text).test(lines[k]!.text)) return false;
  return true;
}

/**
 * Whether a block's lines all open with the same capitalised word, none in lowercase: a specification's or a schedule's
 * rows ("Степен 1, PP филтър ...: на всеки 6 месеца" / "Степен 2, ..."), however long. Wrapped prose does not open three
 * lines in a row with one word; read as wrapped, one language's longer rows were joined and the other's were not
 * (stranger 86's data sheet: a 5-1 unit).
 */
function parallelLines(lines: readonly Line[]): boolean {
  if (lines.length < 3) return false;
  const first = (line: Line) => FIRST_WORD.exec(line.text)?.[0];
  const word = first(lines[0]!);
  return word !== undefined && lines.every((l) => first(l) === word);
}

/** A line's first word, capitalised: what `parallelLines` compares. */
const FIRST_WORD = /^\s*\p{Lu}[\p{L}\p{M}]*(?=[\s,.:])/u;

/** Whether two lines open with the same list marker, a dash or a bullet ("- if ...", "- if ..."). */
function sameMarker(line: string, next: string): boolean {
  const a = LIST_MARKER.exec(line)?.[0].trim();
  return a !== undefined && !/\d/u.test(a) && a === LIST_MARKER.exec(next)?.[0].trim();
}

/**
 * Whether two lines open with the numbers of a list's items in a row ("1. да регистрират ...;" / "2. да почистват ..."),
 * or an item or two apart after an item's end ("2. ... Bulgaria;" / "4. participation ...": point 3 left out of a
 * translation, no run-in number; stranger 118).
 */
function numberedSiblings(line: string, next: string): boolean {
  const a = ITEM_NUMBER.exec(line)?.[1];
  const b = ITEM_NUMBER.exec(next)?.[1];
  if (a === undefined || b === undefined) return false;
  const gap = Number(b) - Number(a);
  return gap === 1 || (gap > 1 && gap <= MAX_SKIPPED_ITEMS + 1 && /[;.]$/u.test(line.trimEnd()));
}
/** Items a list's numbering may skip between two lines that are its items. */
const MAX_SKIPPED_ITEMS = 2;
const ITEM_NUMBER = /^[ \t]*(\d{1,3})[.)][ \t]/u;

/** A block of this many lines or more is wrapped at the width most of its lines reach (`wrapWidth`). */
const MANY_LINES = 40;

/** A text whose longest line is shorter than this is not hard-wrapped (every line break counts), unless `wrappedNarrow`. */
const MIN_WRAP_WIDTH = 60;
/** Lines narrower than this are a list's, a poem's or an address's, whatever goes on from one to the next. */
const MIN_NARROW_WIDTH = 30;

/**
 * Whether a block of lines narrower than MIN_WRAP_WIDTH is prose wrapped at its width all the same (a PDF's column,
 * text wrapped at 50 characters): a quarter or more of its line breaks fall before a word in lowercase, where no
 * line of a list, a heading or an address begins. Read line by line, its sentences were cut at every line's end
 * ("Договорът се сключва между наемодателя" / "Мария Петрова и наемателя ...").
 */
function wrappedNarrow(lines: readonly Line[]): boolean {
  if (lines.length < 3) return false;
  let lower = 0;
  for (let k = 1; k < lines.length; k++) if (STARTS_LOWER.for(lines[k]!.text).test(lines[k]!.text)) lower++;
  // Two at least: a leaflet's title block ends on its medicine's name, lowercase ("Aleridex 0.5 mg/ml oral solution" /
  // "desloratadine"), and is three lines, not one (stranger 93: one unit a CAT tool never matches).
  return lower >= Math.max(2, (lines.length - 1) / 4);
}
/** A label, a colon and a figure with its unit, nothing after: a table's row written as a line ("Сол: 0,45 г", "of which sugars: 24 g"). */
const VALUE_ROW = /^[^:\d]{1,50}:\s*[-+−<>≤≥~]?\s?\d[\d\s.,]*\s?(?:\p{L}{1,5}\.?|%)?$/u;

/** A heading's first line in capitals, long enough to have wrapped: three words or more, no lowercase letter. */
const WRAPPED_HEADING = narrowable(String.raw`^(?=[^\p{Ll}]{20,}$)\p{Lu}[^\p{Ll}\s]*(?:\s+[^\p{Ll}\s]+){2,}$`, "u");
/** A line of capitals: words, no lowercase letter, no figure alone. */
const CAPITALS_LINE = narrowable(String.raw`^\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$`, "u");

/** A line of one lowercase word of four letters or more, nothing after it: a leaflet title's medicine. */
const LOWERCASE_NAME_LINE = narrowable(String.raw`^[ \t]*\p{Ll}{4,}[ \t]*$`, "u");

/** A line shorter than this share of the wrap width ends where its writer ended it, not where wrapping did. */
const SHORT_LINE_SHARE = 0.6;

function isHardBreak(
  line: Line,
  next: Line,
  longest: number,
  wrapped: boolean,
  lang: LanguageProfile,
  nextIsLast: boolean,
  fitting: number,
): boolean {
  const trimmed = line.text.trim();
  // A table's row, its cells between tabs ("Код<TAB>Минимална глоба<TAB>..."), is a line of its own: prose wrapped at a
  // width has no tab inside a line (a header was joined to its first row in stranger 72's hard-wrapped legal code). A
  // line opening in lowercase goes on from it all the same: a sentence with a tab, wrapped.
  if ((CELLS.test(trimmed) || CELLS.test(next.text)) && !STARTS_LOWER.test(next.text)) return true;
  // So is a row whose columns `pdftotext -layout` set apart with spaces ("Функция      План (хил. лв.)      Отчет"): its
  // header was joined with its first row (stranger 174).
  if ((layoutCells(trimmed) || layoutCells(next.text)) && !STARTS_LOWER.test(next.text)) return true;
  // A line in square brackets, a certified translation's description of a seal or a signature ("[Кръгъл печат: ...]",
  // "[Round seal: ...]"), is a line of its own, however the signature's line above it ends (stranger 115).
  if (BRACKETED_LINE.test(trimmed) || BRACKETED_LINE.test(next.text)) return true;
  // A table flattened to lines, a row each ("Разходи за персонала 357 031 485 040" / "Разходи за амортизация ..."): a
  // long row makes the text look hard-wrapped, but a line ending on figures before a capital is a row of its own.
  if (FIGURES_END.test(trimmed) && STARTS_UPPER.test(next.text)) return true;
  // So is a label's row of a figure and its unit under another ("Мазнини: 11 г" / "от които наситени мастни киселини:
  // 6,2 г"; stranger 375: a nutrition table's "of which" rows were joined to the row above).
  if (VALUE_ROW.test(trimmed) && VALUE_ROW.test(next.text.trim())) return true;
  // So is a menu's or a price list's line, its price after a dash ("Shopska salad ..., 350 g – BGN 9.80" / "Snezhanka
  // salad ..."; stranger 324: dishes run into one sentence, and a memory's units of three dishes).
  if (PRICE_END.test(trimmed) && STARTS_UPPER.test(next.text)) return true;
  // A number whose thousands the line's end put on the next line ("Цената е 2" / "000 лв. на месец."): one number.
  if (GROUP_END.test(trimmed) && GROUP_START.test(next.text)) return false;
  // A wrapped line that stops on a word no sentence ends on ("For the" / "Client: ...", "в гр." / "Пловдив."): the next goes on with it.
  // Not before a clause's number of two levels or more and a capital ("... 915 sq ft." / "1.2. The office ..."; stranger 168):
  // the next clause, whatever abbreviation this one ends on.
  // Nor before its numbered sibling: "1. Иван Петров, ЕГН ..., от една страна, и" / "2. Мария Колева, ..." is a contract's
  // two parties, a list (stranger 238).
  if (
    wrapped &&
    trimmed.length >= SHORT_LINE_SHARE * longest &&
    endsMidSentence(trimmed, lang) &&
    !CLAUSE_OPENS.test(next.text) &&
    !numberedSiblings(line.text, next.text)
  )
    return false;
  // A wrapped line that ends on the number opening the next sentence ("... всеки ден. 2." / "Базата данни ..."): the
  // number is the next line's label, and goes on with it.
  if (wrapped && LABEL_AT_END.test(trimmed)) return false;
  // A wrapped line stopping mid-clause (no full stop, question or exclamation mark, or colon; after a semicolon a run-in
  // list goes on) before a bare number or a dash the sentence runs on through ("... hours;" / "2. updating ...", "... BGN"
  // / "150. 4. ...", "... срок" / "– до 5 дни"): the line's end fell there, no list begins.
  // Not an item of a list marked as the line is ("- if ... medicine;" / "- if your child is under 3"): its sibling.
  if (
    wrapped &&
    trimmed.length >= SHORT_LINE_SHARE * longest &&
    !ENDS_CLAUSE.test(trimmed) &&
    RUN_ON.test(next.text) &&
    !sameMarker(line.text, next.text) &&
    !numberedSiblings(line.text, next.text)
  )
    return false;
  // A word broken at the line's end with a hyphen ("ИЗПЪЛНИ-" / "ТЕЛЯТ", "COVID-" / "19."), however short the line: it goes on.
  if (wrapped && BROKEN_WORD_END.test(trimmed) && OPENS_WORD.test(next.text)) return false;
  // List items, numbered labels ("II. ЦЕНА", "Чл. 5. ...", "1.2. Scope") and fields ("Tel: ...") open a line of their own.
  if (LIST_MARKER.test(next.text) || opensWithLabel(next.text, lang) || FIELD.test(next.text)) return true;
  // A title block's last line, one word in lowercase with no mark after it, under a line that ends no sentence mid-way:
  // a leaflet's medicine ("Aleridex 0.5 mg/ml oral solution" / "desloratadine"), a line of its own (stranger 93).
  if (!wrapped && nextIsLast && LOWERCASE_NAME_LINE.test(next.text) && !endsMidSentence(trimmed, lang)) return true;
  // A name in capitals over its address, a letterhead ("БАЛКАНПАК АД" / "гр. Пловдив 4000, бул. ..."): two lines, as the
  // translation's ("BALKANPAK AD" / "17 Kuklensko Shose Blvd, ...") are; one unit of both no CAT tool matches (stranger 273).
  if (
    !wrapped &&
    CAPITALS_LINE.test(trimmed) &&
    !/[:;,]$/u.test(trimmed) &&
    !endsMidSentence(trimmed, lang) &&
    addressOpens(next.text, lang)
  )
    return true;
  if (STARTS_LOWER.test(next.text)) return false;
  // A sentence said over two subtitles: "Your mother called three times..." / "...while you were out.".
  if (ELLIPSIS_END.test(trimmed) && ELLIPSIS_START.test(next.text)) return false;
  if (ENDS_SENTENCE.test(trimmed) || CONTENTS_ENTRY.test(trimmed) || CONTENTS_ENTRY.test(next.text.trimEnd())) return true;
  // A heading in capitals the page's width wrapped onto a line in capitals ("ЕЛЕКТРИЧЕСКИ БОЙЛЕР ТЕРМО 80 – РЪКОВОДСТВО" /
  // "ЗА ЕКСПЛОАТАЦИЯ"): one heading, wherever each language's line broke. Not, where no width wrapped the lines, before a
  // sentence in capitals that ends as sentences do: a leaflet's "БРЕМЕННОСТ И КЪРМЕНЕ" over "НЕ ПРИЕМАЙТЕ ..., АКО СТЕ
  // БРЕМЕННА." is a heading and its sentence (strangers 262, 264: one memory unit of both, which no CAT tool matches).
  const nextLine = next.text.trim();
  if (
    WRAPPED_HEADING.test(trimmed) &&
    CAPITALS_LINE.test(nextLine) &&
    !/[:;,]$/u.test(trimmed) &&
    (wrapped || !/[.!?]["'»“”’)\]]*$/u.test(nextLine))
  )
    return false;
  // Short lines are headings, titles, address or table lines; long ones that stop
  // mid-sentence are hard-wrapped prose, unless the next line's first word would have fitted on them: no wrapping
  // ended that line ("DR-18V Cordless Drill: Safety Instructions" / "Read all ..." in a file of a paragraph a line, its
  // longest line 65 characters; stranger 181: one memory unit of the title and the first sentence).
  return !wrapped || trimmed.length < SHORT_LINE_SHARE * longest || nextWordFitted(trimmed, next.text, fitting);
}

/** Whether a line opens with a word of an address, abbreviated (`streetWords`: "гр. Пловдив", "ул. ...", "ж.к. ..."). */
function addressOpens(line: string, lang: LanguageProfile): boolean {
  const m = /^[ \t]*(\p{Ll}+(?:\.\p{Ll}+)*)\./u.exec(line);
  return m !== null && lang.streetWords.has(m[1]!);
}

/** Whether a line, a space and the next line's first word fit in `width`: a line wrapping ended would have taken that word. */
function nextWordFitted(line: string, next: string, width: number): boolean {
  const word = /^\s*(\S+)/u.exec(next)?.[1];
  return word !== undefined && line.length + 1 + word.length <= width;
}

/**
 * The width a line and the next line's first word must fit in for wrapping not to have ended the line. A block where
 * a line goes on into one opening in lowercase was wrapped: within a margin of its width, for text a proportional
 * font wrapped (a PDF's), its characters of different widths. A block with no such line may be a paragraph a line,
 * its lines ending where their writer ended them: within its width.
 */
function fittingWidth(lines: readonly Line[], width: number): number {
  for (let k = 1; k < lines.length; k++) if (STARTS_LOWER.for(lines[k]!.text).test(lines[k]!.text)) return FITTED_SHARE * width;
  return width;
}
/** Within this share of the wrap width, a next word would have fitted on a wrapped line, however a font set it. */
const FITTED_SHARE = 0.8;
