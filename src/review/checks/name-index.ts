/**
 * A long list's tokens as the names checks look them up. A sentence's few
 * tokens are scanned, pair by pair (`nameMatch`, `copiedOtherwise`); a line of
 * thousands of names with no sentence end in it (a register, an index, text
 * without punctuation) made that quadratic: four links of 4,900 Latin words a
 * side took 87 s to check, most of it in these scans (stranger 65). Each index
 * gives the scan's answer, and tests/name-index.test.ts holds it to the scan.
 */
import type { LanguageProfile } from "../../lang/index.js";
import { cognateSimilarity, letterMask, type Matchable, mayBeCognates } from "../../score/index.js";
import { KeptPerObject } from "../memo.js";
import { hasCyrillic, isExampleMail, latinForms, localizedSource, localizedTarget, otherScriptsAlike } from "./codes.js";

/** A name joined to a clitic by an apostrophe or a hyphen ("ITV's", "l'ONU"), as `nameMatch` splits words. */
const CLITIC_MARK = /['’-]/u;
/** Letters or digits in capitals, which make a word of one or two letters a name ("EU", "K2") as `anchorMatch` reads it. */
const NAME_MARK = /[\p{Lu}\p{N}]/u;

/** The words of one skeleton length: their skeletons and letter masks. */
interface LengthBucket {
  readonly skeletons: string[];
  readonly masks: number[];
}

/** Whether some token of a list is the same anchor as a token, or the same name with a clitic (`nameMatch`). */
export class NameIndex {
  /** Keys of the list's numbers, addresses and codes (kind and key). */
  private readonly others = new Set<string>();
  /** Keys of its words, and those of them that `anchorMatch` takes as they are from the source's side (3 letters or more, or a capital or digit in the word). */
  private readonly words = new Set<string>();
  private readonly namedWords = new Set<string>();
  /** The parts of its words joined by a clitic mark ("itv" of "itv's"). */
  private readonly parts = new Set<string>();
  /** Its words by skeleton length, for cognates. */
  private readonly byLength = new Map<number, LengthBucket>();
  /** Whether a skeleton asked for, from the source's side ("s") or the target's ("t"), has a cognate in the list. */
  private readonly cognates = new Map<string, boolean>();

  constructor(list: readonly Matchable[]) {
    for (const t of list) {
      if (t.kind !== "word") {
        this.others.add(`${t.kind}\u0000${t.key}`);
        continue;
      }
      this.words.add(t.key);
      if (t.key.length >= 3 || NAME_MARK.test(t.surface)) this.namedWords.add(t.key);
      if (CLITIC_MARK.test(t.key)) for (const part of t.key.split(CLITIC_MARK)) this.parts.add(part);
      let bucket = this.byLength.get(t.skeleton.length);
      if (!bucket) {
        bucket = { skeletons: [], masks: [] };
        this.byLength.set(t.skeleton.length, bucket);
      }
      bucket.skeletons.push(t.skeleton);
      bucket.masks.push(letterMask(t.skeleton));
    }
  }

  /** Whether a token of the list and `a` match as `nameMatch` has them: `a` is the source's token where `aIsSource`. */
  has(a: Matchable, aIsSource: boolean): boolean {
    if (a.kind !== "word") return this.others.has(`${a.kind}\u0000${a.key}`);
    // The same word: `anchorMatch` asks the source's token for its length or its capital.
    if (aIsSource ? this.words.has(a.key) && (a.key.length >= 3 || NAME_MARK.test(a.surface)) : this.namedWords.has(a.key)) return true;
    // A clitic joined to it on either side.
    if (this.parts.has(a.key)) return true;
    if (CLITIC_MARK.test(a.key)) for (const part of a.key.split(CLITIC_MARK)) if (this.words.has(part)) return true;
    // Two checks ask a link's names of the same list: the scan is done once a skeleton (which side's decides only its length's bound).
    const key = `${aIsSource ? "s" : "t"}${a.skeleton}`;
    let found = this.cognates.get(key);
    if (found === undefined) {
      found = this.cognate(a, aIsSource);
      this.cognates.set(key, found);
    }
    return found;
  }

  /** Whether a word of the list is a cognate of `a` (`anchorMatch`'s test). */
  private cognate(a: Matchable, aIsSource: boolean): boolean {
    const length = a.skeleton.length;
    const mask = letterMask(a.skeleton);
    for (const [other, bucket] of this.byLength) {
      // The lengths `anchorMatch` lets through: neither more than twice the other; and the source's of 4 letters or more.
      if (2 * other < length || other > 2 * length || (aIsSource ? length : other) < 4) continue;
      // Both tests are symmetric: which is the source's no longer matters.
      const { skeletons, masks } = bucket;
      for (let q = 0; q < skeletons.length; q++)
        if (mayBeCognates(a.skeleton, skeletons[q]!, mask, masks[q]!) && cognateSimilarity(a.skeleton, skeletons[q]!) > 0) return true;
    }
    return false;
  }
}

const nameIndexes = new KeptPerObject<readonly Matchable[], NameIndex>();

/** The list's `NameIndex`, made once per list. */
export function nameIndex(list: readonly Matchable[]): NameIndex {
  let index = nameIndexes.get(list);
  if (!index) {
    index = new NameIndex(list);
    nameIndexes.set(list, index);
  }
  return index;
}

/** The two languages of a pair, the source's first, as `copiedOtherwise` reads them. */
export interface PairLanguages {
  readonly source: LanguageProfile;
  readonly target: LanguageProfile;
}

/**
 * Whether some token of a list and a token are the same code or address written as the translation's language writes
 * it (`copiedOtherwise`): the list is the translation's where `listIsTarget`, else the source's.
 */
export class CopiedIndex {
  private readonly latin = new Set<string>();
  private readonly lower = new Set<string>();
  private readonly addresses = new Set<string>();
  /** The list's codes of one script with figures, by `scriptFigures` (`otherScriptsAlike`). */
  private readonly coded = new Map<string, string[]>();
  private readonly exampleMail: boolean;

  constructor(
    list: readonly Matchable[],
    private readonly listIsTarget: boolean,
    private readonly languages: PairLanguages,
  ) {
    const { source, target } = languages;
    let exampleMail = false;
    for (const { surface } of list) {
      exampleMail ||= isExampleMail(surface);
      const key = scriptFigures(surface, false);
      if (key !== undefined) this.coded.set(key, [...(this.coded.get(key) ?? []), surface]);
      if (listIsTarget) {
        if (!hasCyrillic(surface)) {
          this.latin.add(surface);
          this.lower.add(surface.toLowerCase());
        }
        this.addresses.add(localizedTarget(surface, source.code, target.code));
      } else {
        const forms = latinForms(surface, source);
        if (forms) {
          this.latin.add(forms.latin);
          this.lower.add(forms.lower);
        }
        const address = localizedSource(surface, source.code, target.code);
        if (address !== undefined) this.addresses.add(address);
      }
    }
    this.exampleMail = exampleMail;
  }

  /** Whether `surface`, a token of the other side, is one of the list's copied otherwise. */
  has(surface: string): boolean {
    const { source, target } = this.languages;
    if (this.exampleMail && isExampleMail(surface)) return true;
    const key = scriptFigures(surface, true);
    if (
      key !== undefined &&
      this.coded.get(key)?.some((c) => (this.listIsTarget ? otherScriptsAlike(surface, c) : otherScriptsAlike(c, surface)))
    )
      return true;
    if (this.listIsTarget) {
      const forms = latinForms(surface, source);
      if (forms && (this.latin.has(forms.latin) || this.lower.has(forms.lower))) return true;
      const address = localizedSource(surface, source.code, target.code);
      return address !== undefined && this.addresses.has(address);
    }
    if (!hasCyrillic(surface) && (this.latin.has(surface) || this.lower.has(surface.toLowerCase()))) return true;
    return this.addresses.has(localizedTarget(surface, source.code, target.code));
  }
}

/**
 * A code's script, of its letters all Latin or all Cyrillic, and its figures, where it has both ("c:2" for "ЗД2");
 * `other`: the other script's, which an `otherScriptsAlike` counterpart has.
 */
function scriptFigures(surface: string, other: boolean): string | undefined {
  if (!FIGURE.test(surface)) return undefined;
  const cyrillic = hasCyrillic(surface);
  const latin = /[A-Za-z]/u.test(surface);
  if (cyrillic === latin) return undefined;
  return `${cyrillic !== other ? "c" : "l"}:${surface.replace(/\D/gu, "")}`;
}
const FIGURE = /\d/u;

const copiedIndexes = new KeptPerObject<readonly Matchable[], Map<string, CopiedIndex>>();

/** The list's `CopiedIndex` for a pair of languages, made once per list. */
export function copiedIndex(list: readonly Matchable[], listIsTarget: boolean, languages: PairLanguages): CopiedIndex {
  let byPair = copiedIndexes.get(list);
  if (!byPair) {
    byPair = new Map();
    copiedIndexes.set(list, byPair);
  }
  const key = `${listIsTarget}\u0000${languages.source.code}\u0000${languages.target.code}`;
  let index = byPair.get(key);
  if (!index) {
    index = new CopiedIndex(list, listIsTarget, languages);
    byPair.set(key, index);
  }
  return index;
}
