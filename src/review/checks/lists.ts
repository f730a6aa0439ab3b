/**
 * An item of a list left out: "гадене, повръщане, диария и главоболие"
 * translated "nausea, diarrhoea and headache". A leaflet's side effects, a
 * contract's documents, a manual's parts are listed in one sentence; a
 * translation that drops one keeps the sentence's length and words close
 * enough that nothing else notices.
 */
import type { Dictionary } from "../../lang/dictionary.js";
import type { LanguageProfile } from "../../lang/index.js";
import { anchorMatch, type Matchable } from "../../score/index.js";
import type { Flag } from "../../types.js";
import { perLanguage } from "../memo.js";
import { clip } from "../text.js";
import { followsClosely } from "./negation.js";
import type { Check } from "./types.js";

/** Words an item of a list has at most, the last one's aside (its words may run on to the end of the sentence). */
const ITEM_WORDS = 4;
/** Words the last item may run to, to its clause's end ("капака с топла вода и малко препарат"). */
const LAST_WORDS = 6;
/** Items a source's list needs to be compared: two ("X и Y") are too often a phrase a translation words as one. */
const MIN_ITEMS = 3;
/** Letters a word's stem needs for a dictionary's entry for it to be the word's own, where the dictionary kept no written form. */
const KNOWN_STEM = 5;
/** How much of a list's text a reason quotes. */
const QUOTED_CHARS = 90;

/** A list of a sentence: its items' texts, in order. */
type List = readonly string[];

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const wordsOf = (text: string) => text.match(WORD) ?? [];

/** A language's list words (`LanguageData.lists`), compiled once. */
interface ListWords {
  readonly joiner: RegExp;
  /** `joiner`, global: every joining word of a text. */
  readonly joiners: RegExp;
  readonly openers: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  /** `introducers`, each a pattern of the whole phrase, its end as its index's: "като", "such as". */
  readonly introducer: RegExp | undefined;
  /** `introducerWord`: a participle opening an item ("засягащи"). */
  readonly introducerWord: RegExp | undefined;
}
const compiled = new WeakMap<LanguageProfile, ListWords | null>();
function listWordsOf(lang: LanguageProfile): ListWords | null {
  let out = compiled.get(lang);
  if (out === undefined) {
    const data = lang.lists;
    out = data?.joiners.length
      ? {
          joiner: new RegExp(`(?<![\\p{L}\\p{N}])(?:${data.joiners.join("|")})(?![\\p{L}\\p{N}])`, "iu"),
          joiners: new RegExp(`(?<![\\p{L}\\p{N}])(?:${data.joiners.join("|")})(?![\\p{L}\\p{N}])`, "giu"),
          openers: new Set(data.clauseOpeners),
          prepositions: new Set(data.prepositions ?? []),
          introducer: data.introducers?.length
            ? new RegExp(
                `(?<![\\p{L}\\p{N}])(?:${data.introducers.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\p{N}])`,
                "giu",
              )
            : undefined,
          introducerWord: data.introducerWord ? new RegExp(data.introducerWord, "u") : undefined,
        }
      : null;
    compiled.set(lang, out);
  }
  return out;
}

/**
 * The lists of a text: in each clause (up to `;`, `:`, a bracket or the end of a sentence), a run of short parts
 * between commas that ends in a part joined by the language's word ("и", "or"): "гадене, повръщане, диария и
 * главоболие" is four items. With `pairs`, "X and Y" with no comma is a list of two (how a translation that lost an
 * item of three may write it). The first item may carry the clause's opening words ("Честите реакции са гадене").
 */
export function listsIn(text: string, lang: LanguageProfile, pairs = false): List[] {
  const words = listWordsOf(lang);
  if (!words) return [];
  const { joiner, openers } = words;
  const out: List[] = [];
  // The clauses, each after the mark that ends the one before it (a colon introduces a list).
  const pieces = text.split(/([;:()[\]!?]|\.(?:\s|$))/u);
  for (let c = 0; c < pieces.length; c += 2) {
    const clause = pieces[c]!;
    if (!joiner.test(clause)) {
      const listed =
        c > 0 && pieces[c - 1] === ":"
          ? commaList(clause, openers, pairs)
          : c === 0
            ? (bulleted(clause, openers, pairs) ??
              (pieces.length === 1 || (pieces.length === 3 && pieces[2] === "") ? bare(clause, openers) : undefined))
            : undefined;
      if (listed) out.push(listed);
      continue;
    }
    const parts = clause.split(",").map((p) => p.trim());
    for (let end = 0; end < parts.length; end++) {
      const joined = joiner.exec(parts[end]!);
      if (!joined) continue;
      const before = parts[end]!.slice(0, joined.index).trim();
      const after = parts[end]!.slice(joined.index + joined[0].length).trim();
      // The last item ends its clause, or where its verb's words begin ("вода и отопление не са включени в наемната цена
      // и се заплащат"): a longer run after the joining word is a clause of its own ("и желае да вдъхне надежда на другите, че ...").
      const afterWords = wordsOf(after);
      const verbAt = afterWords.findIndex((w) => openers.has(w.toLowerCase()));
      const lastLength = verbAt > 0 ? verbAt : afterWords.length;
      if (lastLength === 0 || lastLength > LAST_WORDS) continue;
      // Back from the joined part over the short parts before it (a part with a joining word of its own ends the run).
      let start = end;
      const short = (part: string) => wordsOf(part).length > 0 && wordsOf(part).length <= ITEM_WORDS && !joiner.test(part);
      while (start > 0 && short(parts[start - 1]!)) start--;
      // A short part before the joining word is an item ("диария и главоболие"); an Oxford comma leaves it empty. A long
      // one is a clause, unless it opens a pair ("Common side effects are nausea and headache").
      const beforeWords = wordsOf(before).length;
      if (beforeWords > ITEM_WORDS && !(pairs && start === end)) continue;
      if (start === end && beforeWords === 0) continue;
      const pair = start === end && beforeWords > ITEM_WORDS;
      const items = [...parts.slice(start, end), ...(beforeWords > 0 ? [pair ? wordsOf(before).at(-1)! : before] : []), after];
      // The clause's opening words and the first item, in the long part before the short ones: its last word. Not where
      // that part is a phrase set before the clause, a preposition's and no verb's ("In children under 2 years of age,
      // diarrhoea, fever and insomnia are common": the age is no item; stranger 93).
      const openingWords = start > 0 ? wordsOf(parts[start - 1]!) : [];
      const adverbial =
        words.prepositions.has(openingWords[0]?.toLowerCase() ?? "") && !openingWords.some((w) => openers.has(w.toLowerCase()));
      const opening = adverbial ? undefined : openingWords.at(-1);
      if (opening !== undefined) items.unshift(opening);
      // Clauses joined, not items: "каза, че ще дойде и ще помогне", "научих се отново да ходя", "re-learned how to walk".
      // A part that opens a clause ("Ако имате гадене", "ако имате бъбречни") opens the list: its last word is the first
      // item. The last item ends before a verb's words after it ("rash may occur"); one that opens with them is a clause.
      // A phrase introducing the list ("като", "such as", "caused by") in an item before the last: the items begin after
      // it, what stands before names what is listed ("ремонти, свързани с ползването, като смяна на крушки, уплътнения").
      if (words.introducer) {
        let at = -1;
        let rest = "";
        for (let n = 0; n < items.length - 1; n++) {
          const found = [...items[n]!.matchAll(words.introducer)].at(-1);
          if (!found) continue;
          at = n;
          rest = items[n]!.slice(found.index + found[0].length).trim();
        }
        if (at >= 0) {
          items.splice(0, at + 1, ...(wordsOf(rest).length > 0 ? [rest] : []));
          if (items.length < 2) continue;
        }
      }
      // An item after the first opened by a participle, words after it, and no other so: the participle's object begins the list.
      if (words.introducerWord) {
        const led = items.flatMap((item, n) => {
          const w = wordsOf(item);
          return w.length > 1 && words.introducerWord!.test(w[0]!.toLowerCase()) ? [n] : [];
        });
        const n = led[0];
        if (led.length === 1 && n !== undefined && n >= 1 && n < items.length - 1) {
          const participle = wordsOf(items[n]!)[0]!;
          items.splice(0, n + 1, items[n]!.slice(items[n]!.indexOf(participle) + participle.length).trim());
        }
      }
      const opens = (item: string) => wordsOf(item.toLowerCase()).some((w) => openers.has(w));
      let first = 0;
      for (let n = 0; n < items.length - 1; n++) if (opens(items[n]!)) first = n;
      const list = items.slice(first);
      if (opens(list[0]!)) list[0] = wordsOf(list[0]!).at(-1)!;
      const lastWords = wordsOf(list.at(-1)!);
      const stop = lastWords.findIndex((w) => openers.has(w.toLowerCase()));
      if (stop === 0) continue;
      if (stop > 0) list[list.length - 1] = lastWords.slice(0, stop).join(" ");
      // "..., ЕИК 204512378, със седалище и адрес на управление": one item, the preposition's two nouns, where no other
      // item opens with one (a party's particulars, read as four items against the translation's three; "от общината и
      // от съда" stays two).
      const opensWith = (item: string) => words.prepositions.has(wordsOf(item.toLowerCase())[0] ?? "");
      if (list.length >= 3 && opensWith(list.at(-2)!) && !opensWith(list.at(-1)!) && !list.slice(0, -2).some(opensWith))
        list.splice(-2, 2, `${list.at(-2)!} ${joined[0]} ${list.at(-1)!}`);
      if (list.length >= 2) out.push(list);
    }
  }
  return out;
}

/**
 * A clause of short parts between commas and no joining word, after a colon or a bullet, as a leaflet lists side effects:
 * "Чести: диария, гадене, повръщане, главоболие", "- диария, гадене, коремна болка" (stranger 215). Three parts or more,
 * each of a few words and no verb's (two with `pairs`: a translation's list that lost its third).
 */
function commaList(clause: string, openers: ReadonlySet<string>, pairs: boolean): List | undefined {
  const parts = clause.split(",").map((p) => p.trim());
  if (parts.length < (pairs ? 2 : MIN_ITEMS)) return undefined;
  const item = (part: string) => {
    const w = wordsOf(part);
    return w.length > 0 && w.length <= ITEM_WORDS && !w.some((x) => openers.has(x.toLowerCase()));
  };
  return parts.every(item) ? parts : undefined;
}

/** `commaList` of a text's opening clause after a bullet ("- ", "• "). */
function bulleted(clause: string, openers: ReadonlySet<string>, pairs: boolean): List | undefined {
  const m = /^\s*[-–•*]\s+/u.exec(clause);
  return m ? commaList(clause.slice(m[0].length), openers, pairs) : undefined;
}

/** Items a text that is a comma list alone must have to be read as one: an ingredient list ("Пшенично брашно, МЛЯКО, захар, ЯЙЦА, мая."). */
const BARE_ITEMS = 4;

/** A text that is nothing but short parts between commas, four at least, no joining word (stranger 375's labels). */
function bare(clause: string, openers: ReadonlySet<string>): List | undefined {
  const list = commaList(clause, openers, false);
  return list && list.length >= BARE_ITEMS ? list : undefined;
}

/** The most items a clause of `text` may list: its parts between commas, and a part more for each joining word. */
function itemsCounted(text: string, lang: LanguageProfile): number {
  const words = listWordsOf(lang);
  if (!words) return 0;
  let most = 0;
  for (const whole of text.split(/[;:()[\]!?]|\.(?:\s|$)/u)) {
    if (!words.joiner.test(whole)) continue;
    // After a phrase introducing the list ("като", "such as"): what stands before names what is listed ("болка, като
    // главоболие и менструална болка" lists two).
    const introduced = words.introducer ? [...whole.matchAll(words.introducer)].at(-1) : undefined;
    const clause = introduced ? whole.slice(introduced.index + introduced[0].length) : whole;
    if (!words.joiner.test(clause)) continue;
    // A clause after a comma that opens on its verb's words within its first two ("..., преди да обслужвате трактора",
    // "..., ако е необходимо") is no item: it counted one more than the translation lists (stranger 373).
    const parts = clause
      .split(",")
      .filter((part, n) => n === 0 || !subordinate(part, words.openers))
      .map((part) => beforeVerb(part, words.openers));
    // A joining word opening a part (an Oxford comma's ", and") joins no part of its own.
    const joined = parts.reduce(
      (n, part) => n + (part.match(words.joiners) ?? []).filter((j) => !part.trimStart().startsWith(j)).length,
      0,
    );
    most = Math.max(most, parts.length + joined);
  }
  return most;
}

/**
 * A part of a clause up to its verb's words, its first word aside: a joining word after them joins clauses, not items
 * ("electricity and heating are not included in the rent and are paid by the tenant" lists two).
 */
/** Whether a part opens a clause: a clause's opening word among its first two words. */
function subordinate(part: string, openers: ReadonlySet<string>): boolean {
  return [...part.matchAll(WORD)].slice(0, 2).some((m) => openers.has(m[0].toLowerCase()));
}

function beforeVerb(part: string, openers: ReadonlySet<string>): string {
  let first = true;
  for (const m of part.matchAll(WORD)) {
    if (!first && openers.has(m[0].toLowerCase())) return part.slice(0, m.index);
    first = false;
  }
  return part;
}

/** The tokens of a link's side that an item holds, by its words. */
function tokensOfItem(item: string, tokens: readonly Matchable[]): Matchable[] {
  const words = new Set(wordsOf(item.toLowerCase()));
  return tokens.filter((t) => words.has(t.surface.toLowerCase()));
}

/** A language's function words: its prepositions, list words and most frequent words, lowercase. */
const functionWords = perLanguage(
  (lang): ReadonlySet<string> =>
    new Set(
      [...(lang.lists?.prepositions ?? []), ...(lang.lists?.joiners ?? []), ...(lang.frequentWords ?? [])].map((w) => w.toLowerCase()),
    ),
);

/** A letter at the end of a dictionary word that its other forms change ("болка", "болки"; "медицински", "медицинско"). */
const ENDING = /[аъоуеиюяaeiouy]$/u;

/**
 * Whether the lexicon or a dictionary given (not what the document taught: a word learned wrong is answered nowhere)
 * has an entry that is this word's own, not another word's of the same stem: "стомана" and "стомах" are both "стом".
 * The entry's written word, its last vowel aside, begins the word ("гадене", "гаденето"; "болка", "болки"); where a
 * dictionary kept no written form, a stem of five letters or more.
 */
function ownEntry(given: Dictionary | undefined, t: Matchable): boolean {
  if (!given?.lookup(t.stem)?.size) return false;
  const written = given.surfaceOf("s", t.stem).toLowerCase();
  const word = t.surface.toLowerCase();
  // The entry's very word ("lock" of "engage the park lock"; stranger 373), however short.
  if (written === word) return true;
  if (written === t.stem || written.includes(" ")) return t.stem.length >= KNOWN_STEM;
  // Its other forms: the last vowel changed ("болка", "болки"), or a vowel before the last consonant dropped ("чернодробен",
  // "чернодробни"; "кратък", "кратка"), never more ("основен" is not "основа").
  const bases = [written];
  if (written.length > 4 && ENDING.test(written)) bases.push(written.slice(0, -1));
  if (written.length > 4 && FLEETING.test(written)) bases.push(written.slice(0, -2) + written.slice(-1));
  // A short word with its last vowel changed, nothing more ("яйце", "яйца"; stranger 375).
  const vowelChanged =
    word.length === written.length && ENDING.test(word) && ENDING.test(written) && word.slice(0, -1) === written.slice(0, -1);
  return vowelChanged || bases.some((b) => word.startsWith(b)) || written.startsWith(word);
}

/** A word the document says everywhere answers an item where it has this many letters or more. */
const ANSWERING_LETTERS = 4;

/** An item that is an acronym, a format's name or a size in capitals ("CSV", "XLSX", "MP3", "XL", "S"). */
const ACRONYM_ITEM = /^(?:\p{Lu}{2,6}\d?|\p{Lu})$/u;

/** A vowel that drops before the last consonant in a word's other forms ("чернодробен", "чернодробни"). */
const FLEETING = /[еъ][бвгджзклмнпрстфхцчшщ]$/u;

export const listItemLeftOut: Check = {
  name: "an item of a list left out",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.source.length !== link.target.length) return undefined;
    // One cause, one flag: a sentence cut short, left untranslated or reversed says so already.
    if (earlier.some((f) => f.type === "untranslated" || f.type === "length" || f.type === "missing" || f.type === "negation"))
      return undefined;
    const source = ctx.source.text(link.source);
    const sourceLists = listsIn(source, ctx.source.lang).filter((l) => l.length >= MIN_ITEMS);
    if (sourceLists.length !== 1) return undefined;
    const list = sourceLists[0]!;
    const target = ctx.target.text(link.target);
    // Items the translation lists: its longest list, or a clause's parts and joining words counted (a list regrouped in
    // pairs, "headache and dizziness, rash and itching", is four).
    const targetItems = Math.max(1, ...listsIn(target, ctx.target.lang, true).map((l) => l.length), itemsCounted(target, ctx.target.lang));
    // One item fewer: a translation that words the list otherwise (a clause, two sentences) is not compared.
    if (targetItems !== list.length - 1) return undefined;
    const lt = ctx.linkTokens(k);
    const targetStems = new Set(lt.target.map((t) => t.stem));
    const dictionary = ctx.dictionary;
    // An item is answered by a translation of one of its words, or the same number, name or a cognate; it can be
    // judged left out only when the dictionary knows one of its words (else its translation may be there, unknown).
    const judged = list.map((item) => {
      const tokens = tokensOfItem(item, lt.source).filter((t) => t.kind !== "word" || !ctx.common(t));
      // Not a function word the lexicon happens to hold ("след" of "след това", then: a news item's clause read as an item).
      const known = tokens.some((t) => t.kind !== "word" || (ownEntry(ctx.given, t) && !functionWords(ctx.source.lang, "").has(t.key)));
      // A word the document says everywhere answers an item too when it is a word of four letters or more, no "of" or
      // "the": "skin" of a skin cream's leaflet answers "thinning of the skin" (stranger 82).
      const answering = tokensOfItem(item, lt.source).filter(
        (t) => t.kind !== "word" || !ctx.common(t) || ctx.ownCommon(t) || t.key.length >= ANSWERING_LETTERS,
      );
      // A word the document taught answers by a translation no other word of the sentence has in the lexicon: in a
      // label memory every unit says "Съдържа ... МЛЯКО" / "Contains ... MILK", and "мляко" was learned as "contains",
      // the lexicon's "съдържа" (stranger 375: three units, and every list's warning was gone).
      const own = new Set(tokens.map((t) => t.stem));
      const claimed = new Set(
        lt.source.flatMap((t) => (t.kind === "word" && !own.has(t.stem) ? [...(ctx.given?.lookup(t.stem)?.keys() ?? [])] : [])),
      );
      const answered = answering.some(
        (t) =>
          (t.kind === "word" &&
            [...(dictionary?.lookup(t.stem)?.keys() ?? [])].some(
              (stem) => targetStems.has(stem) && (!claimed.has(stem) || ctx.given?.lookup(t.stem)?.has(stem) === true),
            )) ||
          lt.target.some((u) => anchorMatch(t, u) !== undefined),
      );
      const acronym = tokens.length === 1 && ACRONYM_ITEM.test(tokens[0]!.surface);
      return { item, known, answered, acronym };
    });
    // A list of acronyms the translation copies ("PDF, CSV and XLSX" / "PDF и XLSX"): one not copied is known to be
    // missing, as the others show it would be copied (stranger 81).
    if (judged.some((j) => j.acronym && j.answered)) for (const j of judged) if (j.acronym) j.known = true;
    // The translation lists one item fewer: the one left out is an item it has nothing for, of those the dictionary
    // knows a word of (one it knows none of may be there in words it does not know: "стомана" / "steel"). At most two
    // unanswered, two at least answered: the translation's list is the source's.
    // Two the dictionary knows, and one is reworded in words it does not know ("световъртеж" / "dizziness"): both named.
    const left = judged.filter((j) => !j.answered);
    const known = left.filter((j) => j.known);
    if (known.length === 0 || left.length > 2 || list.length - left.length < 2) return undefined;
    if (followsClosely(ctx, link, source) === undefined) return undefined;
    const items = known.map((j) => j.item);
    const quoted = items.map((item) => `"${clip(item, 40)}"`).join(" or ");
    return {
      type: "missing",
      severity: "warning",
      reason: `the source lists ${list.length} items (${clip(list.join(", "), QUOTED_CHARS)}) and the translation ${targetItems}, with nothing for ${quoted}: left out?`,
      evidence: { items, sourceItems: list.length, targetItems },
    } satisfies Flag;
  },
};
