/**
 * A change said the other way: "Приходите нараснаха с 12,5 %" translated "Revenue fell by 12.5%". Every number is
 * on both sides and no negation is dropped, so no other check sees it.
 */
import { type NarrowablePattern, narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag } from "../../types.js";
import { clip, round } from "../text.js";
import { followsClosely } from "./negation.js";
import type { Check } from "./types.js";

/** The most of the sentence from the word of change on that a reason quotes. */
const QUOTED_CHARS = 40;

interface Directions {
  readonly up: NarrowablePattern;
  readonly down: NarrowablePattern;
  /** The language's words of saying no (`NegationData.any`), ending a text: a change negated ("не се повишиха", "did not rise"). */
  readonly negatedEnd: NarrowablePattern | undefined;
}

const compiled = new WeakMap<LanguageProfile, Directions | null>();

/** A language's patterns, compiled once (null: the language has no data, nothing is compared). */
function directionsOf(lang: LanguageProfile): Directions | null {
  let out = compiled.get(lang);
  if (out !== undefined) return out;
  const data = lang.directions;
  const word = (source: string) => narrowable(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "giu");
  const any = lang.negation?.any;
  out = data
    ? {
        up: word(data.up),
        down: word(data.down),
        // Up to two words between: "не се повишиха", "did not rise", "няма да бъдат увеличени" (a short auxiliary's reach).
        negatedEnd: any ? narrowable(`(?<![\\p{L}\\p{N}])(?:${any})(?:\\s+[\\p{L}'’]+){0,2}\\s+$`, "iu") : undefined,
      }
    : null;
  compiled.set(lang, out);
  return out;
}

/** The first match of a pattern in a text that no negation turns, as written with the two words after it ("нараснаха с 12,5 %"), or undefined; null when every match is negated. */
function said(pattern: NarrowablePattern, text: string, d: Directions): string | undefined | null {
  const p = pattern.for(text);
  p.lastIndex = 0;
  let negated = false;
  for (const m of text.matchAll(p)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (d.negatedEnd?.for(before).test(before)) {
      negated = true;
      continue;
    }
    p.lastIndex = 0;
    // The word and the two after it: "нараснаха с 12,5%", "fell by 12.5%".
    return clip(/^\S+(?:\s+\S+){0,2}/u.exec(text.slice(m.index))![0].replace(/[.,;:!?]+$/u, ""), QUOTED_CHARS);
  }
  p.lastIndex = 0;
  return negated ? null : undefined;
}

/** "up", "down", or undefined for a text saying neither way, both ("exports rose while imports fell") or a way negated. */
function oneWay(text: string, d: Directions): { way: "up" | "down"; words: string } | undefined {
  const up = said(d.up, text, d);
  const down = said(d.down, text, d);
  // A change negated says neither way ("Цените не се повишиха" may be "Prices fell" or "stayed the same").
  if (up === null || down === null || (up === undefined) === (down === undefined)) return undefined;
  return up !== undefined ? { way: "up", words: up } : { way: "down", words: down! };
}

/**
 * A link (as many sentences a side) whose source says only that something
 * grew and whose translation says only that it shrank, or the other way
 * round, from per-language word lists (`LanguageData.directions`): a warning
 * quoting both. Judged only where the link follows its source closely, as
 * the negation check judges (another sentence or a free rewording is the
 * divergent check's); a sentence saying both ways, or neither, on either
 * side is not compared.
 */
export const direction: Check = {
  name: "a change said the other way",
  textOnly: true,
  run: (ctx, link, _k, earlier) => {
    if (link.source.length === 0 || link.source.length !== link.target.length) return undefined;
    // One cause, one flag: a negation dropped or added reverses the sentence already; a translation left untranslated has no words of its own.
    if (earlier.some((f) => f.type === "negation" || f.type === "untranslated")) return undefined;
    const sd = directionsOf(ctx.source.lang);
    const td = directionsOf(ctx.target.lang);
    if (!sd || !td) return undefined;
    const source = ctx.source.text(link.source);
    const s = oneWay(source, sd);
    if (!s) return undefined;
    const t = oneWay(ctx.target.text(link.target), td);
    if (!t || t.way === s.way) return undefined;
    const closeness = followsClosely(ctx, link, source);
    if (closeness === undefined) return undefined;
    const [sw, tw] = s.way === "up" ? ["grew", "shrank"] : ["shrank", "grew"];
    return {
      type: "negation",
      severity: "warning",
      reason: `the source says it ${sw} ("${s.words}"), the translation that it ${tw} ("${t.words}"): meaning reversed?`,
      evidence: { source: s.words, target: t.words, lexical: round(closeness.evidence), expected: round(closeness.wanted) },
    } satisfies Flag;
  },
};
