/** A translation left in the source language, or the source copied unchanged. */

import { narrowable } from "../../lang/chars.js";
import type { Dictionary } from "../../lang/dictionary.js";
import { inOtherLanguage } from "../../lang/identify.js";
import type { LanguageProfile } from "../../lang/index.js";
import { builtinLexicon } from "../../lang/lexicon.js";
import { dominantScript, type ScriptShare, scriptCounts } from "../../lang/script.js";
import { UNIT_SYMBOLS } from "../../lang/units.js";
import { withoutMessageCodes } from "../../read/codes.js";
import { tokenize } from "../../score/tokens.js";
import type { Flag } from "../../types.js";
import { type ReviewContext, type SideInfo, sideScript } from "../context.js";
import { codeOnly, withoutCode, withoutCommands, withoutShortcuts } from "./codes.js";
import { frequentWordsOf } from "./romanized.js";
import type { Check } from "./types.js";

/** A translation is judged by its script when it has at least this many letters... */
const MIN_SCRIPT_LETTERS = 8;
/**
 * ...or this many, when the source's script is not Latin: a translation into
 * another script spells the source's names its own way ("Иван Петров" is
 * "Ivan Petrov"), so even a heading of one word left in the source's script
 * ("IV. СПОРОВЕ") was left untranslated. Names in Latin letters are kept as
 * they are in any script ("Windows 10" in a Bulgarian text).
 */
const MIN_TRANSLITERATED_LETTERS = 5;
/** ...more than this share of them in the source's script. */
const SOURCE_SCRIPT_SHARE = 0.6;
/** A copy of the source counts when it has at least this many words (short ones, names and figures, are copied rightly). */
const MIN_COPIED_WORDS = 3;
/** ...or this many, where the translation's side cut the copy into sentences the source's did not. */
const MIN_COPIED_CUT_WORDS = 2;

/** Each target sentence on its own: one left untranslated must not hide in a merge. */
export const untranslated: Check = {
  name: "untranslated",
  textOnly: true,
  run: (ctx, link) => {
    // Code is the same in any language: a Markdown table's cell of an option or a path alone (stranger 155).
    if (link.source.length && link.source.every((id) => codeOnly(ctx.source.side.segments[id]))) return undefined;
    const sourceText = ctx.source.text(link.source);
    // A reference of a reading list in Latin letters ("Bishop, C. M. Pattern Recognition and Machine Learning."): a book is
    // cited by its own title in any language's syllabus (stranger 296).
    if (ctx.source.script === "Latin" && CITATION.for(sourceText).test(sourceText)) return undefined;
    // A source written in another script than its language's throughout (a pair of one language forced through) quotes
    // nothing: a sentence of it copied is a copy.
    const quotes = writtenInOwnScript(ctx);
    if (link.target.length === 0) return untranslatedPart(sourceText, "", dominantScript(""), ctx.source, ctx.target, ctx.dictionary);
    for (const j of link.target) {
      // A placeholder's name is no word of the translation ("Общо: {{ total_price }}."; stranger 190): its words are the rest.
      const written = ctx.target.text([j]);
      // Nor is inline code (`permission denied: /var/lib/relay` quoted in a Bulgarian sentence; stranger 209): the same in any language.
      const targetText = withoutCommands(withoutCode(withoutMessageCodes(written), ctx.target.side.segments[j]));
      // One word in Latin letters the source has as it is ("ledgerly-sync", a tool's name heading its README; stranger
      // 295): a name, which a translation into another script keeps. One the dictionary translates is a heading left
      // (`copiedHeading`); one in the source's other script ("СПОРОВЕ") is untranslated.
      const lone =
        ctx.source.script === "Latin" &&
        ctx.target.script !== "Latin" &&
        !/\s/u.test(written.trim()) &&
        written.trim() === sourceText.trim();
      const flag = lone
        ? undefined
        : untranslatedPart(
            targetText === written ? sourceText : withoutCommands(withoutMessageCodes(sourceText)),
            targetText,
            targetText === written ? ctx.target.scriptOf(j) : dominantScript(targetText),
            ctx.source,
            ctx.target,
            ctx.dictionary,
            MIN_COPIED_WORDS,
            quotes,
          );
      if (flag) return flag;
      const heading = copiedHeading(sourceText, targetText, ctx.source, ctx.target, ctx.dictionary);
      if (heading) return heading;
    }
    // A copy the translation's side cut otherwise ("Статья 7." | "РАЗРЕШЕНИЕ СПОРОВ" for "Статья 7. РАЗРЕШЕНИЕ СПОРОВ"): whole, it is the source.
    if (link.target.length < 2) return undefined;
    const whole = ctx.target.text(link.target);
    // Two words are enough here: a text the translation's side cut in two, the same as the source, is a copy ("Статья 6." | "ФОРС-МАЖОР").
    return untranslatedPart(sourceText, whole, dominantScript(whole), ctx.source, ctx.target, ctx.dictionary, MIN_COPIED_CUT_WORDS, quotes);
  },
};

/** A reference opening on its authors, surname and initials ("Bishop, C. M.", "Hastie, T., Tibshirani, R."). */
const CITATION = narrowable(String.raw`^\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?){1,3}(?:,|\s|\(|$)`, "u");

const ownScript = new WeakMap<ReviewContext, boolean>();

/** Whether the source's text is written in its side's script (its language's: `sideScripts` may say so of a text in another). */
function writtenInOwnScript(ctx: ReviewContext): boolean {
  let own = ownScript.get(ctx);
  if (own === undefined) {
    const segments = ctx.source.side.segments;
    own = segments.length === 0 || sideScript(segments) === ctx.source.script;
    ownScript.set(ctx, own);
  }
  return own;
}

/** A heading's number before its words: "1. ", "2.3 ", "IV. ". */
const HEADING_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,4}\.)\s+/u;

/** Letters a heading of one or two words needs to be judged ("What's New" has 8). */
const MIN_HEADING_LETTERS = 6;

/**
 * A heading of one or two words copied unchanged into a translation in
 * another script, every word of it one the pair's dictionary translates
 * ("Known Issues", "What's New" left in a Bulgarian release note): a warning,
 * since a product's name of such words ("App Store") is kept rightly. A
 * longer copy is `untranslatedPart`'s error; a name the dictionary does not
 * know ("Tasklane 4.3") is no heading left.
 */
function copiedHeading(
  sourceText: string,
  targetText: string,
  src: SideInfo,
  tgt: SideInfo,
  dictionary: Dictionary | undefined,
): Flag | undefined {
  if (!dictionary || src.script === tgt.script || src.script !== "Latin" || sourceText.trim() !== targetText.trim()) return undefined;
  // A numbered heading's words after its number ("1. Safety Information", "2.3 Warranty"; stranger 267).
  const heading = sourceText.trim().replace(HEADING_NUMBER, "");
  const words = heading.match(WORD.for(heading)) ?? [];
  if (words.length === 0 || words.length > 2 || /[.!?…:;]$/u.test(heading)) return undefined;
  if (words.join("").length < MIN_HEADING_LETTERS || words.some((w) => DIGIT_CHAR.for(w).test(w))) return undefined;
  // "What's" is "what": a function word of the language, or a word the dictionary translates.
  const frequent = new Set(src.lang.frequentWords ?? []);
  // Not a brand's word with a capital inside ("FlyBalkan"), nor one the document's own pairs translate only as itself (stranger 167).
  const known = (w: string) => {
    const lower = w.toLowerCase().replace(/['’]s$/u, "");
    if (w.slice(1) !== w.slice(1).toLowerCase() && w !== w.toUpperCase()) return false;
    if (PRODUCT_NAMES.has(w)) return false;
    const stem = src.lang.stem(lower);
    return frequent.has(lower) || [...(dictionary.lookup(stem)?.keys() ?? [])].some((t) => t !== stem);
  };
  if (!words.every(known)) return undefined;
  return {
    type: "untranslated",
    severity: "warning",
    reason: `the heading is the source's, unchanged ("${sourceText.trim()}"): left untranslated?`,
    evidence: { script: src.script },
  };
}

/**
 * Products named by words a dictionary translates, the same name in any language: a shortcut table's column "Windows"
 * beside "macOS" is no heading left in English (stranger 306).
 */
const PRODUCT_NAMES: ReadonlySet<string> = new Set([
  "Windows",
  "Office",
  "Excel",
  "PowerPoint",
  "Outlook",
  "Teams",
  "Chrome",
  "Safari",
  "Firefox",
]);

// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond or two to compile.
const NOT_ALPHANUMERIC = narrowable(String.raw`[^\p{L}\p{N}]+`, "gu");
const ALPHANUMERIC = narrowable(String.raw`[\p{L}\p{N}]`, "u");

/** A text's figures with the marks between them ("38.1", "1,200"), in order. */
function figuresAsWritten(text: string): string {
  return (text.match(/\d(?:[\d.,]*\d)?/gu) ?? []).join(" ");
}

function untranslatedPart(
  sourceText: string,
  targetText: string,
  t: ScriptShare,
  src: SideInfo,
  tgt: SideInfo,
  dictionary: Dictionary | undefined,
  minCopied = MIN_COPIED_WORDS,
  quotes = true,
): Flag | undefined {
  const norm = (x: string) => {
    const lower = x.toLowerCase();
    return lower.replace(NOT_ALPHANUMERIC.for(lower), " ").trim();
  };
  const keepsNames = src.script === "Latin";
  const inSourceScript =
    src.script !== tgt.script &&
    t.letters >= (keepsNames ? MIN_SCRIPT_LETTERS : MIN_TRANSLITERATED_LETTERS) &&
    t.script === src.script &&
    t.share > SOURCE_SCRIPT_SHARE &&
    (!keepsNames || inSourceScriptBeyondNames(sourceText, targetText, src, tgt, dictionary));
  // Most sentences differ in their first letter: no need to normalise them to compare.
  const first = (x: string) => ALPHANUMERIC.exec(x)?.[0]?.toLowerCase();
  // A quotation in a third language ("Il faut bien le faire." in a Bulgarian text) stays as it is in the translation.
  const foreign = () => quotes && src.script !== tgt.script && dominantScript(sourceText).script !== src.script;
  const copied =
    first(sourceText) === first(targetText) &&
    !foreign() &&
    norm(sourceText) === norm(targetText) &&
    // A table's row of figures whose decimal marks the translation localized ("38.1 ± 10.9" / "38,1 ± 10,9") is translated.
    figuresAsWritten(sourceText) === figuresAsWritten(targetText) &&
    // An address is copied rightly, however many words its parts make ("https://www.example.com/forms").
    wordsOf(withoutShortcuts(withoutAddresses(sourceText, src))) >= minCopied &&
    !firmName(sourceText, src.lang) &&
    !firmName(sourceText, tgt.lang) &&
    !firmAddress(sourceText, src.lang) &&
    !firmAddress(sourceText, tgt.lang) &&
    !(src.script === "Latin" && src.script !== tgt.script && namesAndCodesOnly(sourceText, src.lang, tgt.lang));
  const sourceLetters = copied || inSourceScript ? [] : inSourceAlphabet(targetText, src.lang, tgt.lang);
  if (!inSourceScript && !copied && sourceLetters.length === 0) return undefined;
  // In the source's own script too, kept as written: "Il faut bien le faire." in an English text and its Bulgarian
  // translation (stranger 203).
  if (quotes && norm(sourceText) === norm(targetText) && inOtherLanguage(sourceText, [src.lang.code, tgt.lang.code])) return undefined;
  return {
    type: "untranslated",
    severity: "error",
    reason: copied
      ? "the translation is the source text, unchanged"
      : sourceLetters.length
        ? `the translation writes letters ${tgt.lang.name} does not use (${sourceLetters.join(", ")}), as ${src.lang.name} does: left in ${src.lang.name}?`
        : `the translation is in ${t.script} script, like the source (${src.lang.name}), not ${tgt.lang.name}`,
    evidence: { script: t.script },
  };
}

/** Words of a sentence, not names, written with letters of the source's alphabet that the translation's lacks, for it to be left in the source's language. */
const SOURCE_ALPHABET_WORDS = 2;

/**
 * The letters of the source's alphabet that the translation's language does not use, where its words write them in
 * `SOURCE_ALPHABET_WORDS` words or more, names aside (a capital inside the sentence): "Первый отчёт ожидается в
 * октябре" left in a Bulgarian translation of Russian (ы, ё; stranger 320). None between languages of two scripts or
 * without alphabets.
 */
function inSourceAlphabet(text: string, source: LanguageProfile, target: LanguageProfile): string[] {
  if (!source.alphabet || !target.alphabet) return [];
  const [theirs, ours] = [new Set(source.alphabet), new Set(target.alphabet)];
  const letters = new Set<string>();
  let words = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const named = m.index > 0 && m[0][0] !== m[0][0]!.toLowerCase();
    const odd = [...m[0].toLowerCase()].filter((c) => theirs.has(c) && !ours.has(c));
    if (odd.length === 0 || named) continue;
    words++;
    for (const c of odd) letters.add(c);
  }
  return words >= SOURCE_ALPHABET_WORDS ? [...letters] : [];
}

/** Letters an acronym or a unit in capitals has at most ("GB", "SSD", "HDMI", "USB-C"). */
const ACRONYM_LETTERS = 5;
/** Letters a word in lowercase has at most and still be a unit or a sign between figures ("x", "mm", "kg"). */
const UNIT_LETTERS = 2;

/**
 * Whether a text is a specification's value, the same in any language (stranger 117's laptop table: "512 GB NVMe SSD",
 * "Intel Iris Xe", "16 GB DDR4-3200 (2 x 8 GB)"): every word a figure or a code, an acronym or a unit, or a capitalised
 * name that the built-in lexicon does not translate ("Storage" and "DISPUTES" it does: a heading left untranslated).
 */
function namesAndCodesOnly(text: string, lang: LanguageProfile, other: LanguageProfile): boolean {
  const lexicon = builtinLexicon(lang.code, other.code);
  const words = text.match(WORD.for(text)) ?? [];
  const figure = (w: string | undefined) => w !== undefined && DIGIT_CHAR.for(w).test(w);
  return words.every((w, n) => {
    if (figure(w) || !LETTER_CHAR.for(w).test(w)) return true;
    const first = w.charAt(0);
    // A capital inside a word is a product's name ("macOS", "iPhone").
    if (first === first.toLowerCase()) return w.length <= UNIT_LETTERS || w.slice(1) !== w.slice(1).toLowerCase();
    if (w === w.toUpperCase() && w.length <= ACRONYM_LETTERS) return true;
    // A capitalised word before its version is a product's name, however the lexicon reads it ("Windows 11", "Office 365").
    return figure(words[n + 1]) || lexicon?.lookup(lang.stem(w.toLowerCase())) === undefined;
  });
}

/** Most words a firm's name copied alone has ("ING Bank N.V.", "Acme Trading Ltd"). */
const FIRM_NAME_WORDS = 6;

/**
 * Whether a text is a firm's name alone, as a letterhead writes it: a few capitalised words and one of the language's
 * legal forms after them ("ING Bank N.V.", "Acme Ltd"). A registered name is copied into any translation (stranger 115).
 */
function firmName(text: string, lang: LanguageProfile): boolean {
  const forms = lang.companyForms;
  if (!forms?.length) return false;
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > FIRM_NAME_WORDS) return false;
  const last = words[words.length - 1]!.replace(/[,;]$/u, "");
  if (!forms.some((f) => f === last || `${f}.` === last)) return false;
  return words.slice(0, -1).every((w) => w === "&" || CAPITAL_OR_DIGIT.for(w).test(w.charAt(0)));
}

/**
 * Whether a text is a firm's name and its postal address, as a label or a leaflet writes its maker's: the name
 * (`firmName`), then parts after commas in capitals and figures, one with a figure ("Infusa Medical Systems Ltd., 14
 * Harbour Road, Cork T12 X2Y4, Ireland."). Copied into any translation as registered (stranger 302).
 */
function firmAddress(text: string, lang: LanguageProfile): boolean {
  const parts = text.trim().replace(/[.;]$/u, "").split(/,\s+/u);
  if (parts.length < 3 || !firmName(parts[0]!, lang)) return false;
  const rest = parts.slice(1);
  return (
    rest.some((p) => DIGIT_CHAR.for(p).test(p)) &&
    rest.every((p) => p.split(/\s+/u).every((w) => CAPITAL_OR_DIGIT.for(w).test(w.charAt(0))))
  );
}

/**
 * Words of a text a translation would translate: with a letter, without a
 * digit. A version ("4.3") and a code ("HM-58930", "FW-2.3.1") are written
 * the same in any language: a line of part numbers copied as it is was left
 * right, not untranslated. (A heading in capitals copied, "IV. DISPUTES AND
 * GOVERNING LAW", was left untranslated: capitals count.)
 */
function wordsOf(text: string): number {
  let n = 0;
  for (const w of text.match(WORD.for(text)) ?? []) if (LETTER_CHAR.for(w).test(w) && !DIGIT_CHAR.for(w).test(w)) n++;
  return n;
}

const LETTER_CHAR = narrowable(String.raw`\p{L}`, "u");
const DIGIT_CHAR = narrowable(String.raw`\p{N}`, "u");
const WORD = narrowable(String.raw`[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*`, "gu");
const CAPITAL_OR_DIGIT = narrowable(String.raw`[\p{Lu}\p{N}]`, "u");

/**
 * The script of the translation's own words: names and versions it copies
 * from the source ("Tasklane 4.2", "Windows 10") are in the source's script
 * in any translation, so "Tasklane 4.2 поддържа Windows 10 и Windows 11." is
 * judged by "Tasklane поддържа и" (a sentence's first word is capitalised as
 * the first, not as a name: "Имаше битка." left in Bulgarian is judged
 * whole). Copied words in lowercase ("supports", "and") are words left
 * untranslated and count, and so does a word in capitals that the source
 * writes in lowercase elsewhere: "IV. DISPUTES" above "Any disputes shall
 * be settled..." is a heading left in English. A line of names and versions
 * only ("Tasklane 4.3", "Face ID", "NATO") is the same in any language, and
 * e-mail and web addresses are no words of any ("За контакт:
 * office@trakiaengineering.bg, телефон ..." is Bulgarian).
 */
function inSourceScriptBeyondNames(
  sourceText: string,
  targetText: string,
  src: SideInfo,
  tgt: SideInfo,
  dictionary: Dictionary | undefined,
): boolean {
  const copied = new Set(sourceText.match(WORD.for(sourceText)) ?? []);
  const ownText = withoutAddresses(targetText, tgt);
  const words = ownText.match(WORD.for(ownText)) ?? [];
  // A code with figures is no word of any language, copied or changed ("SKU-48231-BK" for "SKU-48213-BK"; stranger 117).
  // A unit's symbol after a figure or in a compound unit is written so in any language ("30 ml/min/1,73 m²"; stranger 315).
  const units = unitsWritten(ownText);
  const name = (w: string) =>
    (copied.has(w) && CAPITAL_OR_DIGIT.for(w).test(w) && !capitalsOfAWord(w, src)) || DIGIT_CHAR.for(w).test(w) || units.has(w);
  // The first word is capitalised as the first; it is a name too where the source's language has no such word
  // ("Nordavia Pharma A/S, Havnegade 12, 2100 Copenhagen, Дания": a leaflet keeps its licence holder's address as written).
  // Not where every other word of its own is a function word of the translation's: "Windows и Linux" names two systems
  // ("Manufacturer: Nordavia Pharma A/S, Дания" is a label left in English).
  const rest = words.filter((w, n) => n > 0 && !name(w));
  const joiners = frequentWordsOf(tgt.lang);
  const othersTranslated = rest.length > 0 && rest.every((w) => joiners.has(w.toLowerCase()));
  const own = words.filter((w, n) => !name(w) || (n === 0 && !othersTranslated && wordOfTheLanguage(w, src, dictionary)));
  if (own.length <= 1 && words.every(name)) return false;
  const t = dominantScript(own.join(" "));
  return t.letters >= MIN_SCRIPT_LETTERS && t.script === src.script && t.share > SOURCE_SCRIPT_SHARE;
}

/** Every unit's symbol, as written ("ml", "mL", "kg", "µg"). */
let unitSymbols: ReadonlySet<string> | undefined;

/** The units' symbols a text writes after a figure or beside a slash ("30 ml/min", "mg/kg"). */
function unitsWritten(text: string): Set<string> {
  const out = new Set<string>();
  if (!/\d/u.test(text)) return out;
  unitSymbols ??= new Set(Object.values(UNIT_SYMBOLS).flat());
  for (const m of text.matchAll(UNIT_PLACE.for(text))) {
    const w = m[1] ?? m[2]!;
    if (unitSymbols.has(w)) out.add(w);
  }
  return out;
}

/** A word after a figure, or beside a slash: where a unit's symbol stands. */
const UNIT_PLACE = narrowable(String.raw`(?<=\d[\s\u00a0]?|\/)(\p{L}+)|(\p{L}+)(?=\/)`, "gu");

/**
 * Whether `w` is a word of the side's language, not a name: one of its
 * function words, one the dictionary translates, or one written in lowercase
 * elsewhere on the side.
 */
function wordOfTheLanguage(w: string, side: SideInfo, dictionary: Dictionary | undefined): boolean {
  const lower = w.toLowerCase();
  const stem = side.lang.stem(lower);
  return (
    (side.lang.frequentWords ?? []).includes(lower) ||
    // Not a word the document's own pairs translate as itself: a product's name copied in every release's heading (stranger 126).
    [...(dictionary?.lookup(stem)?.keys() ?? [])].some((t) => t !== stem) ||
    side.lowercase().has(lower) ||
    lowercaseStems(side).has(stem)
  );
}

/** The text with its e-mail and web addresses (as the tokenizer finds them) blanked. */
function withoutAddresses(text: string, side: SideInfo): string {
  if (!text.includes("@") && !/https?:|www\./i.test(text)) return text;
  let out = text;
  for (const t of tokenize(text, side.lang)) if (t.kind === "address") out = out.replace(t.surface, " ");
  return out;
}

/** Letters a word in capitals needs to be read as a word ("DISPUTES"), not an abbreviation ("VAT", "EU", "IV"). */
const MIN_CAPITALS_WORD = 4;

/** Whether `w` is in capitals, long enough, and the side writes it, or a form of it ("dispute"), in lowercase elsewhere. */
function capitalsOfAWord(w: string, side: SideInfo): boolean {
  if (w.length < MIN_CAPITALS_WORD || w !== w.toUpperCase() || DIGIT_CHAR.for(w).test(w)) return false;
  const lower = w.toLowerCase();
  return side.lowercase().has(lower) || lowercaseStems(side).has(side.lang.stem(lower));
}

/** The stems of the words a side writes in lowercase, made when a heading in capitals first needs them. */
const stemsBySide = new WeakMap<ReadonlySet<string>, Set<string>>();
function lowercaseStems(side: SideInfo): Set<string> {
  const words = side.lowercase();
  let stems = stemsBySide.get(words);
  if (!stems) {
    stems = new Set();
    for (const w of words) stems.add(side.lang.stem(w));
    stemsBySide.set(words, stems);
  }
  return stems;
}

/** A run of the source's words copied into the translation is left untranslated from this many words, this many of them lowercase. */
const COPIED_RUN_WORDS = 4;
const COPIED_RUN_LOWERCASE = 3;
/** ...and an error from this many words: a clause, not a title or a phrase kept. */
const COPIED_RUN_ERROR_WORDS = 6;

/** Quotations, code spans and brackets: a title, a message, a command or a gloss ("(Pause on metered connections)") kept as written in any language. */
const QUOTED = /„[^“”"]*[“”"]|“[^”]*”|"[^"]*"|«[^»]*»|‘[^’]*’|`[^`]*`|\([^()]*\)|\[[^\]]*\]|\{[^{}]*\}/gu;

/**
 * Part of a sentence left in the source's language, the rest translated: "Някои антивирусни програми may block the
 * first start of the agent." (stranger 329), a run of the source's words, copied in its order, in a translation of
 * another script. Names are capitalised and few words; a run counts with enough lowercase words in it. Not inside
 * quotation marks or code.
 */
export const untranslatedRun: Check = {
  name: "part of a sentence left untranslated",
  textOnly: true,
  run: (ctx, link, _k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0 || ctx.source.script === ctx.target.script) return undefined;
    if (earlier.some((f) => f.type === "untranslated")) return undefined;
    const script = ctx.source.script;
    // Most translations hold no four words in a row of the source's script: one search passes them.
    const quick = RUN_OF_WORDS[script];
    if (quick && !quick.test(ctx.target.text(link.target))) return undefined;
    const words = (text: string) => text.match(RUN_WORD) ?? [];
    // Code, commands, placeholders, addresses and glosses in brackets are the same in any language.
    const targetText = link.target
      .map((j) =>
        withoutAddresses(withoutCommands(withoutCode(withoutMessageCodes(ctx.target.text([j])), ctx.target.side.segments[j])), ctx.target),
      )
      .join(" | ")
      .replace(QUOTED, " | ")
      .replace(CODE_LIKE, " | ");
    // Some of it translated: a sentence in the source's script whole is the untranslated check's.
    if ((scriptCounts(targetText).get(ctx.target.script) ?? 0) < MIN_TRANSLITERATED_LETTERS) return undefined;
    const source = words(ctx.source.text(link.source).replace(QUOTED, " | ").replace(CODE_LIKE, " | ")).map((w) => w.toLowerCase());
    const sourceText = ` ${source.join(" ")} `;
    let best: string[] = [];
    // Runs of words of the source's script, broken by any word of another script or a quotation.
    let run: string[] = [];
    const close = () => {
      if (run.length >= COPIED_RUN_WORDS) {
        const copied = longestCopied(run, sourceText);
        if (copied.length > best.length) best = copied;
      }
      run = [];
    };
    for (const w of words(targetText)) {
      if (w !== "|" && dominantScript(w).script === script) run.push(w);
      else close();
    }
    close();
    if (best.length < COPIED_RUN_WORDS || best.filter((w) => /^\p{Ll}/u.test(w)).length < COPIED_RUN_LOWERCASE) return undefined;
    const said = best.join(" ");
    return {
      type: "untranslated",
      severity: best.length >= COPIED_RUN_ERROR_WORDS ? "error" : "warning",
      reason: `the translation keeps ${best.length} words of the source as they are ("${said}"): part of the sentence left in ${ctx.source.lang.name}?`,
      evidence: { script, copied: said },
    } satisfies Flag;
  },
};

/** A path, a file's or a host's name, an identifier: marks inside a word ("/var/log/app.log", "app_id", "a@b"), no words of a language. */
const CODE_LIKE = /\S*(?:[/\\@_=<>]|\p{L}\.\p{L})\S*/gu;

/** Four words in a row of a script, as a first sieve (`COPIED_RUN_WORDS`): the scripts sverka's languages write. */
const RUN_OF_WORDS: Readonly<Record<string, RegExp>> = {
  Latin: /(?:[A-Za-z\u00c0-\u024f]+[^\p{L}\p{N}]+){3}[A-Za-z\u00c0-\u024f]/u,
  Cyrillic: /(?:[\u0400-\u052f]+[^\p{L}\p{N}]+){3}[\u0400-\u052f]/u,
};

/** Words and the marks a quotation left ("|"), as `untranslatedRun` reads them. */
const RUN_WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|\|/gu;

/** The longest stretch of consecutive words of `run` that the source says in the same order (`sourceText`: its words, lowercase, spaced). */
function longestCopied(run: readonly string[], sourceText: string): string[] {
  let best: string[] = [];
  for (let a = 0; a < run.length; a++) {
    if (run.length - a <= best.length) break;
    let b = a;
    while (
      b < run.length &&
      sourceText.includes(
        ` ${run
          .slice(a, b + 1)
          .join(" ")
          .toLowerCase()} `,
      )
    )
      b++;
    if (b - a > best.length) best = run.slice(a, b);
  }
  return best;
}
