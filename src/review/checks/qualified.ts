/**
 * Two amounts whose qualifiers changed places: "148 500 лв. без ДДС, или 178 200 лв. с ДДС" translated "BGN 178,200
 * excluding VAT, or BGN 148,500 including VAT". Every figure and every term is on both sides, so neither the numbers nor
 * the terms check sees anything; each amount's own qualifier tells them apart (stranger 129's tender notice).
 */
import type { LanguageProfile } from "../../lang/index.js";
import type { Matchable } from "../../score/index.js";
import type { Flag } from "../../types.js";
import { tokenSpans } from "../tokens.js";
import { mentionsClass } from "./classes.js";
import { termAfter, termBefore } from "./contrasts.js";
import { numbersAround } from "./replacing.js";
import { SWAPPED } from "./swapped.js";
import type { Check } from "./types.js";

/** Classes whose term right after an amount says what the amount is: with or without VAT, a profit or a loss, gross or net. */
const QUALIFYING = new Set(["vat", "result", "weight"]);

interface Qualified {
  readonly key: string;
  readonly surface: string;
  readonly kind: string;
  readonly member: string;
  readonly said: string;
  /** Whether the term stands before the amount ("нето тегло 630"). */
  readonly before: boolean;
}

/** The amounts of a text with a qualifying term right after them, in order. */
function qualifiedIn(text: string, tokens: readonly Matchable[], lang: LanguageProfile): Qualified[] {
  const out: Qualified[] = [];
  // Most texts name no weight's gross or net: the terms before each figure are read only where one does.
  const weighs = mentionsClass(text, lang, "weight");
  // Most name no qualifier at all (VAT, a profit or a loss) either: then no figure has one after it.
  if (!weighs && ![...QUALIFYING].some((kind) => kind !== "weight" && mentionsClass(text, lang, kind))) return out;
  const spans = tokenSpans(text, tokens);
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    if (t.kind !== "number" || !spans[n]!.found) continue;
    // A weight's gross or net stands before it, its noun between ("нето тегло 630 кг, бруто ..."; stranger 140).
    const before = weighs ? termBefore(text, spans[n]!.start, lang) : undefined;
    const after = termAfter(text, spans[n]!.end, lang);
    if (before?.kind === "weight") out.push({ key: t.key, surface: t.surface, ...before, before: true });
    else if (after && QUALIFYING.has(after.kind)) out.push({ key: t.key, surface: t.surface, ...after, before: false });
  }
  return out;
}

export const qualifiersSwapped: Check = {
  name: "two amounts' qualifiers swapped",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    // The numbers check told the swap already, by the words around the amounts.
    if (earlier.some((f) => f.type === "numbers" && f.reason.startsWith(SWAPPED))) return undefined;
    const sourceText = ctx.source.text(link.source);
    if (!/\d/u.test(sourceText)) return undefined;
    const lt = ctx.linkTokens(k);
    const source = qualifiedIn(sourceText, lt.source, ctx.source.lang);
    if (source.length < 2) return undefined;
    const target = qualifiedIn(ctx.target.text(link.target), lt.target, ctx.target.lang);
    // Each amount of the source qualified otherwise in the translation, two of one class at least.
    const turned = source.flatMap((s) => {
      const t = target.find((x) => x.key === s.key && x.kind === s.kind);
      return t && t.member !== s.member ? [[s, t] as const] : [];
    });
    if (turned.length < 2 || new Set(turned.map(([s]) => s.member)).size < 2) return undefined;
    const said = (q: Qualified) => (q.before ? `${q.said} … ${q.surface}` : `${q.surface} ${q.said}`);
    const sourceSaid = turned.map(([s]) => said(s));
    const targetSaid = turned.map(([, t]) => said(t));
    return {
      type: "numbers",
      severity: "error",
      reason: `the amounts' qualifiers are swapped: the translation says ${targetSaid.map((w) => `"${w}"`).join(", ")} where the source says ${sourceSaid.map((w) => `"${w}"`).join(", ")}`,
      evidence: { source: sourceSaid, target: targetSaid },
    } satisfies Flag;
  },
};

/** Characters an amount may stand from the word that sets it against the other (its currency, "лв.", "per month"). */
const INSTEAD_REACH = 24;

/** Patterns of a language's `insteadWords`, made once a language. */
const insteadPatterns = new Map<LanguageProfile, RegExp | null>();

/** Where a text sets one amount against another with its word for "instead of" (`LanguageData.insteadWords`). */
function instead(text: string, lang: LanguageProfile): RegExpExecArray | null {
  let pattern = insteadPatterns.get(lang);
  if (pattern === undefined) {
    pattern = lang.insteadWords ? new RegExp(`(?<![\\p{L}])(?:${lang.insteadWords})(?![\\p{L}])`, "iu") : null;
    insteadPatterns.set(lang, pattern);
  }
  return pattern?.exec(text) ?? null;
}

/**
 * Two amounts set against each other that traded places: "1 299 лв. вместо 1 599 лв." translated "BGN 1,599 instead of
 * BGN 1,299" (stranger 356: a shop's promotion then charges the old price). Each figure is on both sides, so the numbers
 * check sees nothing; the word between them says which is which.
 */
export const insteadSwapped: Check = {
  name: "two amounts set against each other swapped",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    if (!ctx.source.lang.insteadWords || !ctx.target.lang.insteadWords) return undefined;
    if (earlier.some((f) => f.type === "numbers" && f.reason.startsWith(SWAPPED))) return undefined;
    const sourceText = ctx.source.text(link.source);
    if (!/\d/u.test(sourceText)) return undefined;
    const lt = ctx.linkTokens(k);
    const source = numbersAround(sourceText, lt.source, instead(sourceText, ctx.source.lang), INSTEAD_REACH);
    if (!source || source[0].key === source[1].key) return undefined;
    const targetText = ctx.target.text(link.target);
    const target = numbersAround(targetText, lt.target, instead(targetText, ctx.target.lang), INSTEAD_REACH);
    if (!target || target[0].key !== source[1].key || target[1].key !== source[0].key) return undefined;
    return {
      type: "numbers",
      severity: "error",
      reason: `the amounts are swapped: the translation says "${target[0].surface} ${target[2]} ${target[1].surface}" where the source says "${source[0].surface} ${source[2]} ${source[1].surface}"`,
      evidence: { source: [source[0].surface, source[1].surface], target: [target[0].surface, target[1].surface] },
    } satisfies Flag;
  },
};
