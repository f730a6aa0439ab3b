/**
 * A medicine named by its international name (INN), lowercase as a leaflet writes it: "лоразепам" translated
 * "alprazolam" is another medicine; "деслоратидин" in one sentence of a translation that writes "дезлоратадин"
 * everywhere else is a misspelling. The names checks read capitalised words; these are not.
 */
import levenshtein from "fast-levenshtein";
import type { LanguageProfile } from "../../lang/index.js";
import { isMedicineKey, medicineKey } from "../../lang/medicines.js";
import type { Matchable } from "../../score/index.js";
import type { Flag } from "../../types.js";
import type { ReviewContext } from "../context.js";
import type { Check } from "./types.js";

/** Letters two keys of one medicine's name may differ by: the ways languages write it that the key does not fold. */
const SAME_NAME = 2;
/** Other places a reason names. */
const NAMED_PLACES = 5;

/** Letters a medicine's name is written with at least (its key's least, "x" written "ks" aside). */
const MIN_WRITTEN = 6;

/** A medicine's name as written, and its key. */
interface Medicine {
  readonly word: string;
  readonly key: string;
}

/** Per language, the key of each token that is a medicine's name, or null (a token list's words are made once each). */
const keys = new WeakMap<LanguageProfile, WeakMap<Matchable, string | null>>();

function keyOf(t: Matchable, lang: LanguageProfile): string | null {
  if (t.kind !== "word" || t.surface.length < MIN_WRITTEN) return null;
  let table = keys.get(lang);
  if (!table) {
    table = new WeakMap();
    keys.set(lang, table);
  }
  let key = table.get(t);
  if (key === undefined) {
    const k = medicineKey(t.surface, (w) => lang.transliterate(w));
    key = isMedicineKey(k) ? k : null;
    table.set(t, key);
  }
  return key;
}

/** The medicines a side of a link names, each once (its segments' token lists, or the link's). */
function medicinesIn(lists: ReadonlyArray<readonly Matchable[]>, lang: LanguageProfile): Medicine[] {
  const out: Medicine[] = [];
  for (const tokens of lists)
    for (const t of tokens) {
      const key = keyOf(t, lang);
      if (key !== null && !out.some((m) => m.key === key)) out.push({ word: t.surface, key });
    }
  return out;
}

const near = (a: Medicine, b: Medicine) => levenshtein.get(a.key, b.key) <= SAME_NAME;

/**
 * The names of `theirs` that may write `a`, one of `mine`: near it, and no nearer another of `mine`. A brand made of its
 * substance's name ("Цефурокс", "цефуроксим") is near both the translation's "Cefurox" and "cefuroxime" (stranger 215).
 */
function writing(a: Medicine, mine: readonly Medicine[], theirs: readonly Medicine[]): Medicine[] {
  const apart = (x: Medicine, y: Medicine) => levenshtein.get(x.key, y.key);
  return theirs.filter((b) => near(a, b) && mine.every((o) => o === a || apart(o, b) >= apart(a, b)));
}

export const medicineChanged: Check = {
  name: "a medicine's name changed",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const lt = ctx.linkTokens(k);
    const source = medicinesIn([lt.source], ctx.source.lang);
    if (source.length === 0) return undefined;
    const target = medicinesIn([lt.target], ctx.target.lang);
    const missing = source.filter((a) => writing(a, source, target).length === 0);
    const other = target.filter((b) => writing(b, target, source).length === 0);
    if (missing.length === 0 || other.length === 0) return undefined;
    // A capitalised name the names checks reported already: one flag for one cause.
    const reported = new Set(
      earlier.flatMap((f) => (f.type === "names" ? [...(f.evidence?.source ?? []), ...(f.evidence?.target ?? [])] : [])),
    );
    if (missing.every((m) => reported.has(m.word)) || other.every((m) => reported.has(m.word))) return undefined;
    const said = missing.map((m) => m.word);
    const written = other.map((m) => m.word);
    return {
      type: "names",
      severity: "error",
      reason: `the translation names ${written.join(", ")} where the source names ${said.join(", ")}: another medicine?`,
      evidence: { source: said, target: written },
    };
  },
};

/** Where each medicine's spelling of the translation stands, by the source's medicine it translates. */
function spellingFlags(ctx: ReviewContext): Map<number, { flag: Flag; word: string }> {
  const out = new Map<number, { flag: Flag; word: string }>();
  // Per source medicine (its first key), the translation's spellings of it and the links of each.
  const bySource = new Map<string, { word: string; spellings: Map<string, { word: string; links: number[] }> }>();
  ctx.links.forEach((link, k) => {
    if (link.source.length === 0 || link.target.length === 0) return;
    // Each segment's own tokens: no list is made for a link that names no medicine (most links of most documents).
    const source = medicinesIn(
      link.source.map((id) => ctx.source.tokens(id)),
      ctx.source.lang,
    );
    if (source.length === 0) return;
    const target = medicinesIn(
      link.target.map((id) => ctx.target.tokens(id)),
      ctx.target.lang,
    );
    for (const a of source) {
      const entry = bySource.get(a.key) ?? { word: a.word, spellings: new Map() };
      bySource.set(a.key, entry);
      for (const b of writing(a, source, target)) {
        const spelling = entry.spellings.get(b.word.toLowerCase()) ?? { word: b.word, links: [] };
        entry.spellings.set(b.word.toLowerCase(), spelling);
        if (spelling.links.at(-1) !== k) spelling.links.push(k);
      }
    }
  });
  for (const { word, spellings } of bySource.values()) {
    if (spellings.size < 2) continue;
    const ranked = [...spellings.values()].sort((x, y) => y.links.length - x.links.length || x.links[0]! - y.links[0]!);
    const usual = ranked[0]!;
    // One spelling the usual one: the others are questioned, each where it is written.
    if (ranked[1]!.links.length === usual.links.length) continue;
    const places = usual.links.slice(0, NAMED_PLACES).map((k) => `target ${ctx.links[k]!.target[0]! + 1}`);
    const more = usual.links.length > NAMED_PLACES ? ` and ${usual.links.length - NAMED_PLACES} more places` : "";
    for (const rare of ranked.slice(1))
      for (const k of rare.links)
        if (!out.has(k))
          out.set(k, {
            word: rare.word,
            flag: {
              type: "names",
              severity: "warning",
              reason: `"${rare.word}" here, "${usual.word}" at ${places.join(", ")}${more}, for the source's "${word}": one medicine spelt two ways?`,
              evidence: { source: [word], target: [rare.word, usual.word] },
            },
          });
  }
  return out;
}

const known = new WeakMap<ReviewContext, Map<number, { flag: Flag; word: string }>>();

export const medicineSpeltTwoWays: Check = {
  name: "a medicine spelt two ways",
  run: (ctx, _link, k, earlier) => {
    let flags = known.get(ctx);
    if (!flags) {
      flags = spellingFlags(ctx);
      known.set(ctx, flags);
    }
    const found = flags.get(k);
    // A spelling another check named already ("another medicine?"): one flag for one cause.
    if (!found || earlier.some((f) => f.type === "names" && f.reason.includes(found.word))) return undefined;
    return { ...found.flag };
  },
};
