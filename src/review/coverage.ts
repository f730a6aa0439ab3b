/**
 * How much of a source sentence its translation accounts for, in order: a
 * translation cut short covers the start of its source and nothing after.
 */

import { charBits, LETTER, NUMBER } from "../lang/chars.js";
import type { Dictionary } from "../lang/dictionary.js";
import type { LanguageProfile } from "../lang/index.js";
import { anchorMatch, type Matchable } from "../score/index.js";

export interface UncoveredTail {
  /** Source words with a counterpart in the translation. */
  readonly matched: number;
  /** Share of the source's letters and digits after its last word with a counterpart (0 to 1). */
  readonly share: number;
  /** The source text after that word, trimmed: what the translation seems to leave out. */
  readonly text: string;
}

/**
 * Characters of `text` from `from` on that `/[\p{L}\p{N}]/u` matches, counted
 * without a list of them (asked of every translation sentence twice). The
 * table's letters are case-insensitive patterns' (src/lang/chars.ts): they
 * differ only at U+0345, a mark that folds to a letter.
 */
function contentLength(text: string, from = 0): number {
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if ((charBits(cp) & (LETTER | NUMBER)) !== 0 && cp !== 0x345) n++;
  }
  return n;
}

/**
 * Whether a translation's last word (function words aside) answers its source's last word, by a translation of it
 * or as the same name or number: the translation reaches its source's end, however common that word is in the
 * document ("The appliance does not fill with water." / "Уредът не се пълни с вода." in a manual where "water" is in
 * every tenth sentence, which `uncoveredTail` does not count; stranger 170).
 */
export function lastWordAnswered(
  source: readonly Matchable[],
  target: readonly Matchable[],
  dictionary: Dictionary | undefined,
  sourceLang: LanguageProfile,
  targetLang: LanguageProfile,
): boolean {
  const last = (tokens: readonly Matchable[], skip: ReadonlySet<string>) => {
    for (let n = tokens.length - 1; n >= 0; n--) {
      const t = tokens[n]!;
      if (t.kind !== "word" || !skip.has(t.surface.toLowerCase())) return t;
    }
    return undefined;
  };
  const s = last(source, functionWords(sourceLang));
  const t = last(target, functionWords(targetLang));
  if (!s || !t) return false;
  const translations = s.kind === "word" ? dictionary?.lookup(s.stem) : undefined;
  const answers = (x: Matchable) => translations?.has(x.stem) === true || anchorMatch(s, x) !== undefined;
  if (!answers(t)) return false;
  // A word the source says twice or more is answered as often: "... from the pump before you clean the drain pump." cut
  // after "от помпата" ends on a translation of its first "pump".
  const said = source.filter((x) => x.stem === s.stem).length;
  return said === 1 || target.filter(answers).length >= said;
}

const functionSets = new WeakMap<LanguageProfile, ReadonlySet<string>>();

/** A language's function words (`frequentWords`), as a set. */
function functionWords(lang: LanguageProfile): ReadonlySet<string> {
  let set = functionSets.get(lang);
  if (!set) {
    set = new Set(lang.frequentWords ?? []);
    functionSets.set(lang, set);
  }
  return set;
}

/** For `uncoveredTail`'s `common`: no word skipped, the document's common ones counted too. */
export const EVERY_WORD = (_t: Matchable): boolean => false;

/** Words a dictionary phrase holds at most (as the matches find them: src/score/matches.ts). */
const MAX_PHRASE_WORDS = 4;

/**
 * The source tokens inside a dictionary phrase whose translation the target holds ("не прави разлика между главни и
 * малки букви" / "case-insensitive": the phrase "главни и малки букви"), longest phrase first, each target word
 * answering one phrase (taken from `left`); undefined where the dictionary has no phrases.
 */
function phrasesAnswered(
  source: readonly Matchable[],
  dictionary: Dictionary | undefined,
  left: Map<string, number>,
): Uint8Array | undefined {
  if (!dictionary?.sourcePhrases.size) return undefined;
  const starts = phraseStarts(dictionary);
  const words: number[] = [];
  let any = false;
  for (let n = 0; n < source.length; n++)
    if (source[n]!.kind === "word") {
      words.push(n);
      any ||= starts.has(source[n]!.stem);
    }
  if (!any) return undefined;
  const out = new Uint8Array(source.length);
  for (let size = MAX_PHRASE_WORDS; size >= 2; size--)
    for (let w = 0; w + size <= words.length; w++) {
      if (!starts.has(source[words[w]!]!.stem)) continue;
      const span = words.slice(w, w + size);
      if (span.some((n) => out[n] === 1)) continue;
      const stem = span.map((n) => source[n]!.stem).join(" ");
      if (!dictionary.sourcePhrases.has(stem)) continue;
      for (const t of dictionary.lookup(stem)?.keys() ?? [])
        if (takeTranslation(t, left)) {
          for (const n of span) out[n] = 1;
          break;
        }
    }
  return out;
}

/**
 * Whether the target holds a translation's stem, or every word of a translation of several ("пералня" / "washing
 * machine"), each not yet answering another source word; taken from `left` if so.
 */
function takeTranslation(stem: string, left: Map<string, number>): boolean {
  if (!stem.includes(" ")) {
    const n = left.get(stem) ?? 0;
    if (n > 0) left.set(stem, n - 1);
    return n > 0;
  }
  const words = stem.split(" ");
  if (!words.every((w) => (left.get(w) ?? 0) > 0)) return false;
  for (const w of words) left.set(w, left.get(w)! - 1);
  return true;
}

/** The stems a dictionary's phrases start with, per dictionary: most words of a sentence start none. */
const startsOf = new WeakMap<Dictionary, ReadonlySet<string>>();
export function phraseStarts(dictionary: Dictionary): ReadonlySet<string> {
  let out = startsOf.get(dictionary);
  if (!out) {
    out = new Set([...dictionary.sourcePhrases].map((p) => p.slice(0, p.indexOf(" "))));
    startsOf.set(dictionary, out);
  }
  return out;
}

/**
 * The end of `text` that no word of `target` answers. A source word counts as
 * answered when the translation holds a dictionary translation of it, the same
 * number or name, or a cognate. Words `common` says are everywhere (articles,
 * "said") are skipped: they match by chance and say nothing of where a
 * translation stops. Those `reaching` says are a template's own words
 * ("уведомява всички страни" ending a register's every other entry), not the
 * language's function words: answered, they show the translation reaches them,
 * though they count for no match.
 */
export function uncoveredTail(
  text: string,
  source: readonly Matchable[],
  target: readonly Matchable[],
  dictionary: Dictionary | undefined,
  common: (t: Matchable) => boolean,
  reaching: (t: Matchable) => boolean = EVERY_WORD,
): UncoveredTail {
  // Each target word answers one source word: "тръбата ... тръбата" is answered twice only by "pipe ... pipe"
  // (a translation cut after its first half still holds the words the second half repeats).
  const left = new Map<string, number>();
  for (const t of target) left.set(t.stem, (left.get(t.stem) ?? 0) + 1);
  const used = new Uint8Array(target.length);
  const inPhrase = phrasesAnswered(source, dictionary, left);
  let matched = 0;
  let end = 0;
  let at = 0;
  for (let n = 0; n < source.length; n++) {
    const s = source[n]!;
    const found = text.indexOf(s.surface, at);
    const tokenEnd = found < 0 ? at : found + s.surface.length;
    at = tokenEnd;
    const isCommon = common(s);
    if (isCommon && !reaching(s) && !inPhrase?.[n]) continue;
    const translations = s.kind === "word" ? dictionary?.lookup(s.stem) : undefined;
    let answered = inPhrase?.[n] === 1;
    if (translations && !answered)
      for (const stem of translations.keys())
        if (takeTranslation(stem, left)) {
          answered = true;
          break;
        }
    if (!answered) {
      const k = target.findIndex((t, n) => used[n] === 0 && anchorMatch(s, t) !== undefined);
      if (k >= 0) {
        used[k] = 1;
        answered = true;
      }
    }
    if (answered) {
      if (!isCommon) matched++;
      end = tokenEnd;
    }
  }
  const total = contentLength(text);
  const rest = text.slice(end);
  return { matched, share: total === 0 ? 0 : contentLength(text, end) / total, text: rest.replace(/^[\s,;:–—-]+/u, "").trim() };
}

/**
 * How much of a translation sentence lies outside the words the rest of a
 * merge accounts for: its letters and digits before the first word that only
 * `rest` answers (`atStart`), or after the last. A sentence merged at the start
 * of a link has its translation there when it was translated; when the rest's
 * own words run from the translation's first word, there is no room for it.
 * Words both answer (the names and topic words of one story) do not count.
 */
export function roomBeside(
  text: string,
  target: readonly Matchable[],
  rest: readonly Matchable[],
  own: readonly Matchable[],
  dictionary: Dictionary | undefined,
  common: (t: Matchable) => boolean,
  atStart: boolean,
): number {
  const answers = (source: readonly Matchable[], t: Matchable) =>
    source.some((s) => !common(s) && ((s.kind === "word" && dictionary?.lookup(s.stem)?.has(t.stem)) || anchorMatch(s, t) !== undefined));
  let at = 0;
  let first: number | undefined;
  let last: number | undefined;
  for (const t of target) {
    const found = text.indexOf(t.surface, at);
    const start = found < 0 ? at : found;
    at = found < 0 ? at : found + t.surface.length;
    if (!answers(rest, t) || answers(own, t)) continue;
    first ??= start;
    last = at;
  }
  if (first === undefined || last === undefined) return contentLength(text);
  return contentLength(atStart ? text.slice(0, first) : text.slice(last));
}

/** Letters and digits of a text: lengths compared across scripts without spaces and punctuation. */
export function contentChars(text: string): number {
  return contentLength(text);
}
