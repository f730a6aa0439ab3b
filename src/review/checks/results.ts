/** A contest's result turned around: "Левски победи Славия с 4:1" translated "Slavia beat Levski 4-1" (stranger 309). */
import levenshtein from "fast-levenshtein";
import type { LanguageProfile } from "../../lang/index.js";
import { clip } from "../text.js";
import type { Check } from "./types.js";

/** A name as a sentence writes it: a capitalised word and the capitalised words right after it ("Черно море" is "Черно"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}`;

/** Per language, a result's pattern: a name, a verb of its `results`, a name; none for a language without them. */
const patterns = new WeakMap<LanguageProfile, { readonly verb: RegExp; readonly result: RegExp } | null>();

function resultPattern(lang: LanguageProfile): { readonly verb: RegExp; readonly result: RegExp } | null {
  let pattern = patterns.get(lang);
  if (pattern === undefined) {
    const results = lang.results;
    // The verb alone first: most texts say none, and the names around it cost a look at every capital letter.
    pattern = results
      ? {
          verb: new RegExp(String.raw`(?<![\p{L}])(?:${results.winnerFirst}|${results.loserFirst})(?![\p{L}])`, "u"),
          result: new RegExp(
            String.raw`(?<![\p{L}\p{N}])(${NAME})\s+(?:(${results.winnerFirst})|(${results.loserFirst}))\s+(${NAME})(?![\p{L}])`,
            "u",
          ),
        }
      : null;
    patterns.set(lang, pattern);
  }
  return pattern;
}

/** Characters of a result quoted in the flag's reason. */
const QUOTED_CHARS = 50;

interface Result {
  readonly winner: string;
  readonly loser: string;
  /** The words as written, names and verb. */
  readonly said: string;
}

/** The first result a text says, its winner and loser whichever comes first; undefined where it says none. */
function resultIn(text: string, lang: LanguageProfile): Result | undefined {
  const pattern = resultPattern(lang);
  if (!pattern?.verb.test(text)) return undefined;
  const m = pattern.result.exec(text);
  if (!m) return undefined;
  const [first, second] = [m[1]!, m[4]!];
  return m[2] !== undefined ? { winner: first, loser: second, said: m[0] } : { winner: second, loser: first, said: m[0] };
}

/** A name in Latin letters, lowercase, as its language romanizes it: "Лудогорец" is "ludogorec", "Ludogorets" "ludogorets". */
function folded(name: string, lang: LanguageProfile): string {
  return name
    .split(/\s+/u)
    .map((w) => lang.romanize(w))
    .join(" ")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ts/gu, "c");
}

/** A name's letters another may differ in and be the same name written in another script: a quarter, one at least. */
const SPELLING_SHARE = 0.25;

function sameName(a: string, la: LanguageProfile, b: string, lb: LanguageProfile): boolean {
  const [x, y] = [folded(a, la), folded(b, lb)];
  return levenshtein.get(x, y) <= Math.max(1, Math.floor(SPELLING_SHARE * Math.max(x.length, y.length)));
}

/**
 * A result whose winner and loser the translation turns around: the source's winner is the translation's loser and the
 * other way round, the names matched across the scripts by their romanization. Said either way round by its verb
 * ("Slavia lost to Levski" is "Левски победи Славия"). An error: a wire's result reversed.
 */
export const resultReversed: Check = {
  name: "a contest's result turned around",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const s = resultIn(ctx.source.text(link.source), ctx.source.lang);
    if (!s) return undefined;
    const t = resultIn(ctx.target.text(link.target), ctx.target.lang);
    if (!t) return undefined;
    const [sl, tl] = [ctx.source.lang, ctx.target.lang];
    if (sameName(s.winner, sl, t.winner, tl) || !sameName(s.winner, sl, t.loser, tl) || !sameName(s.loser, sl, t.winner, tl))
      return undefined;
    return {
      type: "names",
      severity: "error",
      reason: `the source's winner is ${s.winner} ("${clip(s.said, QUOTED_CHARS)}"), the translation's ${t.winner} ("${clip(t.said, QUOTED_CHARS)}"): the result turned around?`,
      evidence: { source: [s.winner, s.loser], target: [t.winner, t.loser] },
    };
  },
};
