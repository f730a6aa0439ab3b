/**
 * One name of the source spelt two ways through a translation: "Müller" as
 * "Мюлер" in one sentence and "Мюллер" in another, "Пётр" as "Петър" and
 * "Петр". A memory keeps both, and a reader meets two people. Read over the
 * whole document once, then asked link by link.
 */
import levenshtein from "fast-levenshtein";
import { letterScript } from "../../lang/script.js";
import type { Matchable } from "../../score/index.js";
import type { Flag } from "../../types.js";
import type { ReviewContext, SideInfo } from "../context.js";
import type { Check } from "./types.js";

/** Letters a name needs to be compared: shorter ones ("Ана", "Иво") differ by a letter and are other names. */
const MIN_NAME_LETTERS = 4;
/** Consonants its outline needs ("ptr" of "Петър"): two ("Мила", "Мола") tell too little. */
const MIN_OUTLINE = 3;
/** Letters two spellings of one name differ by at most ("Шрьодер", "Шрейдер"). */
const MAX_LETTERS_APART = 2;
/** Other places a reason names. */
const NAMED_PLACES = 5;

/** A capitalised word written so throughout (never in lowercase): the form a name takes on its side. */
function nameLike(t: Matchable, side: SideInfo): boolean {
  if (t.kind !== "word" || t.surface.length < MIN_NAME_LETTERS) return false;
  const first = t.surface.charAt(0);
  const second = t.surface.charAt(1);
  // In capitals throughout ("ООД", "ПОРЯДОК") it is an acronym or a heading's word, not a spelling; in another script
  // than its side's ("Ливингстън" in a sentence left untranslated), a copy, not the side's own spelling.
  return (
    first !== first.toLowerCase() && second !== second.toUpperCase() && letterScript(first) === side.script && !side.lowercase().has(t.key)
  );
}

/**
 * A word's consonants in Latin letters, each run once ("Мюлер", "Мюллер" and "Müller" are "mlr"; "Шрьодер",
 * "Шрейдер" and "Schröder" "shrdr"): spellings of one name across scripts and by ear share it.
 */
function outline(t: Matchable): string {
  // An English possessive is the name's own ("Sopharma's" is "Sopharma"; stranger 246).
  return ownName(t.skeleton)
    .replace(/[aeiouy]/gu, "")
    .replace(/(.)\1+/gu, "$1");
}

/** Where each name-like word of a side stands: its links, by key; and each key's token. */
interface Names {
  readonly links: Map<string, number[]>;
  readonly tokens: Map<string, Matchable>;
}

function namesOf(ctx: ReviewContext, side: "source" | "target"): Names {
  const info = ctx[side];
  const links = new Map<string, number[]>();
  const tokens = new Map<string, Matchable>();
  ctx.links.forEach((link, k) => {
    if (link.source.length === 0 || link.target.length === 0) return;
    for (const id of link[side])
      for (const t of info.tokens(id)) {
        if (!nameLike(t, info)) continue;
        const list = links.get(t.key);
        if (!list) {
          links.set(t.key, [k]);
          tokens.set(t.key, t);
        } else if (list[list.length - 1] !== k) list.push(k);
      }
  });
  return { links, tokens };
}

/** Outlines of one name in two scripts, an "h" the other does not write aside ("Johnson", "Джонсън": "hnsn", "nsn"; stranger 248). */
function sameOutline(a: string, b: string): boolean {
  return a === b || a.replace(/h/gu, "") === b.replace(/h/gu, "");
}

/** A name's word without an English possessive: "sopharma's" is "sopharma". */
function ownName(key: string): string {
  return key.replace(/['’]s?$/u, "");
}

/** Whether two sorted lists of link indices share one. */
function meet(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

/** The flag of each link holding the rarer of two spellings of one source name, by link index. */
function spellingFlags(ctx: ReviewContext): Map<number, Flag> {
  const out = new Map<number, Flag>();
  const target = namesOf(ctx, "target");
  // Spellings of the translation grouped by outline: most groups hold one, and nothing more is asked of them.
  const groups = new Map<string, string[]>();
  for (const [key, t] of target.tokens) {
    const o = outline(t);
    if (o.length < MIN_OUTLINE) continue;
    const list = groups.get(o);
    if (list) list.push(key);
    else groups.set(o, [key]);
  }
  let source: Names | undefined;
  const stem = ctx.target.lang.stem;
  for (const [o, keys] of groups) {
    if (keys.length < 2) continue;
    source ??= namesOf(ctx, "source");
    for (let x = 0; x < keys.length; x++)
      for (let y = x + 1; y < keys.length; y++) {
        const [a, b] = [keys[x]!, keys[y]!];
        const la = target.links.get(a)!;
        const lb = target.links.get(b)!;
        // Forms of one word ("Петров", "Петрова" may be two people, or one inflected; "German", "Germany"), two names side by
        // side, or two words further apart than a misspelling: not one name misspelt.
        // One stem is forms of one word only where one is the other and an ending: "Джонсън" and "Джонсон" share a stem,
        // and are one name spelt two ways (stranger 248).
        const apart = levenshtein.get(a, b);
        if (
          (stem(a) === stem(b) && apart === Math.abs(a.length - b.length)) ||
          a.startsWith(b) ||
          b.startsWith(a) ||
          meet(la, lb) ||
          apart > MAX_LETTERS_APART
        )
          continue;
        // The source's one name behind both: a word of that outline, as written or possessive ("Sopharma", "Sopharma's";
        // stranger 246), in a link of each.
        const named = [...source.tokens].find(([key, s]) => {
          if (!sameOutline(outline(s), o) || !meet(source!.links.get(key)!, la)) return false;
          const own = ownName(key);
          return [...source!.links].some(([other, links]) => ownName(other) === own && meet(links, lb));
        });
        if (!named) continue;
        // The rarer spelling is questioned ("Петр" once, "Петър" four times); of two as frequent, the one further from the
        // source's name in the translation's letters ("Petkowa" for "Петкова"), then the one met later.
        const latin = ctx.source.lang.transliterate(named[0]);
        const far = (key: string) => levenshtein.get(ctx.target.lang.transliterate(key), latin);
        const order = la.length - lb.length || far(b) - far(a) || lb[0]! - la[0]!;
        const [rare, usual] = order > 0 ? [b, a] : [a, b];
        const rareLinks = target.links.get(rare)!;
        const usualLinks = target.links.get(usual)!;
        const places = usualLinks.slice(0, NAMED_PLACES).map((k) => `target ${ctx.links[k]!.target[0]! + 1}`);
        const more = usualLinks.length > NAMED_PLACES ? ` and ${usualLinks.length - NAMED_PLACES} more places` : "";
        const written = (key: string) => target.tokens.get(key)!.surface;
        const flag: Flag = {
          type: "names",
          severity: "warning",
          reason: `"${written(rare)}" here, "${written(usual)}" at ${places.join(", ")}${more}, for the source's "${named[1].surface}": one name spelt two ways?`,
          evidence: { source: [named[1].surface], target: [written(rare), written(usual)] },
        };
        for (const k of rareLinks) if (!out.has(k)) out.set(k, flag);
      }
  }
  return out;
}

const known = new WeakMap<ReviewContext, Map<number, Flag>>();

export const nameSpeltTwoWays: Check = {
  name: "a name spelt two ways",
  run: (ctx, _link, k, earlier) => {
    let flags = known.get(ctx);
    if (!flags) {
      flags = spellingFlags(ctx);
      known.set(ctx, flags);
    }
    const flag = flags.get(k);
    if (!flag) return undefined;
    // A spelling another check named already ("a surname spelt otherwise?"): one flag for one cause.
    const spelt = flag.type === "names" ? (flag.evidence?.target?.[0] ?? "") : "";
    if (earlier.some((f) => f.type === "names" && f.reason.includes(spelt))) return undefined;
    return { ...flag };
  },
};
