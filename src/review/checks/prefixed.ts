/** A word made its opposite by a prefix, translated by the word without it: "недействително" / "valid". */
import type { ReviewContext } from "../context.js";

/** Letters a word must keep after its prefix: "не" of "нещо" or "un" of "unit" leaves no word the dictionary reads so. */
const MIN_BASE = 4;

/**
 * A source word of link k with a negative prefix (`NegationData.negativePrefixes`: "недействително", "invalid") whose
 * translation has the word without it ("valid", "действително") and none of the dictionary's translations of the whole
 * word: the word and what the translation says of it. Judged by the dictionary (the built-in lexicon, --dict): both the word
 * and the word without its prefix must be in it, so "неделя" and "unit" are no such words. Whether the translation says no
 * otherwise ("not valid") is the caller's to ask.
 */
export function prefixedOpposite(ctx: ReviewContext, k: number): { word: string; said: string } | undefined {
  const prefixes = ctx.source.lang.negation?.negativePrefixes;
  if (!prefixes?.length || !ctx.given) return undefined;
  const lt = ctx.linkTokens(k);
  const candidates = lt.source.filter(
    (t) => t.kind === "word" && prefixes.some((p) => t.key.startsWith(p) && t.key.length - p.length >= MIN_BASE),
  );
  if (candidates.length === 0) return undefined;
  const dictionary = ctx.given;
  const targetStems = new Map(lt.target.filter((t) => t.kind === "word").map((t) => [t.stem, t.surface] as const));
  const sourceStems = new Set(lt.source.map((t) => t.stem));
  for (const t of candidates) {
    const whole = [...(dictionary.lookup(t.stem)?.keys() ?? [])];
    if (whole.length === 0 || whole.some((w) => targetStems.has(w))) continue;
    for (const p of prefixes) {
      if (!t.key.startsWith(p)) continue;
      const base = ctx.source.lang.stem(t.key.slice(p.length));
      // The source says the word without its prefix too ("валидни и невалидни"): either may be the translation's.
      if (sourceStems.has(base)) continue;
      const said = [...(dictionary.lookup(base)?.keys() ?? [])].find((w) => targetStems.has(w));
      if (said !== undefined) return { word: t.surface, said: targetStems.get(said)! };
    }
  }
  return undefined;
}

/**
 * A translation word with a negative prefix ("ineligible", "недопустими") whose word without it translates a source word
 * ("допустими", "eligible") and which itself translates none: the opposite of what the source says (stranger 346: "Разходите
 * са допустими" / "The costs are ineligible"). Judged by the dictionary, as `prefixedOpposite`: the source word and what
 * the translation says.
 */
export function prefixedAdded(ctx: ReviewContext, k: number): { word: string; said: string } | undefined {
  const prefixes = ctx.target.lang.negation?.negativePrefixes;
  const dictionary = ctx.given;
  if (!prefixes?.length || !dictionary) return undefined;
  const lt = ctx.linkTokens(k);
  const candidates = lt.target.filter(
    (t) => t.kind === "word" && prefixes.some((p) => t.key.startsWith(p) && t.key.length - p.length >= MIN_BASE),
  );
  if (candidates.length === 0) return undefined;
  const sourceWords = lt.source.filter((t) => t.kind === "word");
  const translations = sourceWords.map((t) => [t, new Set(dictionary.lookup(t.stem)?.keys() ?? [])] as const);
  const targetStems = new Set(lt.target.map((t) => t.stem));
  for (const t of candidates) {
    // The whole word translates a source word ("недопустими" / "ineligible"): said alike.
    if (translations.some(([, keys]) => keys.has(t.stem))) continue;
    for (const p of prefixes) {
      if (!t.key.startsWith(p)) continue;
      const base = ctx.target.lang.stem(t.key.slice(p.length));
      // The translation says the word without its prefix too ("eligible and ineligible").
      if (targetStems.has(base)) continue;
      const source = translations.find(([, keys]) => keys.has(base));
      // ... and the source word with a negative prefix of its own is the whole word's translation ("не" + "допустими" is
      // "ineligible"): "income" is no "come" turned, though "дойде" is "come" (held-out news: 13 false flags without it).
      if (source && negatedForm(ctx, source[0].key, t.stem)) return { word: source[0].surface, said: t.surface };
    }
  }
  return undefined;
}

/** Whether the dictionary translates a source word with one of its language's negative prefixes as the target stem. */
function negatedForm(ctx: ReviewContext, word: string, targetStem: string): boolean {
  const prefixes = ctx.source.lang.negation?.negativePrefixes ?? [];
  return prefixes.some((p) => ctx.given?.lookup(ctx.source.lang.stem(p + word))?.has(targetStem) === true);
}

/**
 * Whether link k's translation says no by a word's negative prefix to a word the source negates (`negated`: their stems), by
 * the dictionary: "not yet published" / "все още непубликувана", "shall not be applicable" / "са неприложими" (stranger 221).
 */
export function prefixedInTranslation(ctx: ReviewContext, k: number, negated: readonly string[]): boolean {
  const prefixes = ctx.target.lang.negation?.negativePrefixes;
  const dictionary = ctx.given;
  if (!prefixes?.length || !dictionary) return false;
  const lt = ctx.linkTokens(k);
  const candidates = lt.target.filter(
    (t) => t.kind === "word" && prefixes.some((p) => t.key.startsWith(p) && t.key.length - p.length >= MIN_BASE),
  );
  if (candidates.length === 0) return false;
  const translations = new Set(negated.flatMap((stem) => [...(dictionary.lookup(stem)?.keys() ?? [])]));
  // The base's stem, or one its stem begins with: a light stemmer cuts an inflected form shorter or longer than the
  // dictionary's ("приложими" is "приложим", the entry "приложим" "прилож").
  const translates = (base: string) => {
    for (let n = base.length; n >= MIN_BASE; n--) if (translations.has(base.slice(0, n))) return true;
    return false;
  };
  return candidates.some((t) => prefixes.some((p) => t.key.startsWith(p) && translates(ctx.target.lang.stem(t.key.slice(p.length)))));
}
