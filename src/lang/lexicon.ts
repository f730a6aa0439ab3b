import { Dictionary, stemKey } from "./dictionary.js";
import { BG_EN } from "./lexicon/bg-en.js";
import { getLanguage, primaryLanguage } from "./index.js";

/** Lexicons sverka ships, as TSV text (`source<TAB>target`), by "source-target" code pair. */
const LEXICONS: Readonly<Record<string, string>> = { "bg-en": BG_EN };

const cache = new Map<string, Dictionary | undefined>();

/** The built-in lexicon for the pair (unless turned off) merged with the user's dictionaries. */
export function pairDictionary(sourceLang: string, targetLang: string, options: { lexicon?: boolean; dictionary?: Dictionary }): Dictionary | undefined {
  const builtin = options.lexicon === false ? undefined : builtinLexicon(sourceLang, targetLang);
  if (!options.dictionary) return builtin;
  return builtin ? builtin.merge(options.dictionary) : options.dictionary;
}

/** sverka's own lexicon for a language pair, in either direction, if it has one. */
export function builtinLexicon(sourceTag: string, targetTag: string): Dictionary | undefined {
  const s = primaryLanguage(sourceTag);
  const t = primaryLanguage(targetTag);
  const key = `${s}-${t}`;
  if (cache.has(key)) return cache.get(key);
  const forward = LEXICONS[key];
  const backward = LEXICONS[`${t}-${s}`];
  let dict: Dictionary | undefined;
  if (forward ?? backward) {
    dict = new Dictionary();
    const sl = getLanguage(s);
    const tl = getLanguage(t);
    for (const line of (forward ?? backward)!.split("\n")) {
      if (line.trim() === "" || line.startsWith("#")) continue;
      const [a, b] = line.split("\t");
      if (!a || !b) continue;
      for (const x of a.split(",")) for (const y of b.split(",")) {
        const [src, tgt] = forward ? [x.trim(), y.trim()] : [y.trim(), x.trim()];
        const sk = stemKey(src, sl);
        const tk = stemKey(tgt, tl);
        if (sk && tk) dict.add(sk, tk, 1, { source: src, target: tgt });
      }
    }
  }
  cache.set(key, dict);
  return dict;
}
