/**
 * The scale a statement gives its amounts in: "в хил. лв.", "(млн. евро)", "in thousands of BGN", "BGN'000". Said on
 * one side only, or another on each, every figure of the table under it reads a thousand times off, though each
 * figure is copied right (stranger 326: "в хиляди български лева (хил. лв.)" / "in Bulgarian leva (BGN)" passed).
 */
import { type NarrowablePattern, narrowable } from "../../lang/chars.js";
import type { LanguageProfile } from "../../lang/index.js";
import { CURRENCY_CODES } from "../../lang/units.js";
import type { Matchable } from "../../score/index.js";
import { magnitudeOf } from "../../score/tokens.js";
import type { Flag } from "../../types.js";
import { perLanguage } from "../memo.js";
import type { Check } from "./types.js";

/** Thousands written with the currency, as statements head their columns: "BGN'000", "€’000", "'000 EUR", "(000s)". */
const THOUSANDS_NOTATION = /(?:^|[^\d.,])['’]000(?!\d)|(?<![\d.,])000s(?!\p{L})|\((?:in\s+)?000\)/u;

/** A scale as one side says it: its factor and its words as written; `amount`: a magnitude after a figure ("21 458 хил. лв."). */
interface Scale {
  readonly factor: number;
  readonly said: string;
  readonly amount?: true;
}

/** A language's currency names and codes (lowercase): what a scale word before them scales. */
const currencyWordsOf = perLanguage((lang): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const [unit, forms] of Object.entries(lang.units))
    if (CURRENCY_CODES.has(unit)) for (const f of forms) out.add(f.toLowerCase().replace(/\.$/u, ""));
  for (const code of CURRENCY_CODES) if (/^[A-Z]{3}$/u.test(code)) out.add(code.toLowerCase());
  return out;
});

/** Per language, whether a text may declare a scale: a magnitude's word anywhere (its start), or thousands written '000. */
const mayScale = perLanguage(
  (lang): NarrowablePattern =>
    narrowable(`(?<!\\p{L})(?:${lang.magnitudes.map(([p]) => `(?:${p})`).join("|") || "(?!)"})|['’]000|000s|\\(000\\)`, "iu"),
);

/** How many words a scale word may stand before its currency ("хиляди български лева", "thousands of euros"). */
const CURRENCY_REACH = 3;

/**
 * Whether a word says a number of its own, or one of what follows: "хиляда" (one thousand), "две", "a", "one". A
 * magnitude after it makes an amount ("a thousand euros", "две хиляди лева"), no scale.
 */
function amountWord(key: string, lang: LanguageProfile): boolean {
  const numberWord = (w: string) => Object.hasOwn(lang.numberWords ?? {}, w) || Object.hasOwn(lang.compoundUnits ?? {}, w);
  return (
    numberWord(key) ||
    // "sixty-eight thousand", "half a million", "половин милион", "два и половина милиона"
    (key.includes("-") && key.split("-").every(numberWord)) ||
    (lang.halfWords?.words ?? []).includes(key) ||
    (lang.numberHalf ?? []).includes(key) ||
    (lang.halfWords?.articles ?? []).includes(key) ||
    (lang.halfUnitOpeners ?? []).includes(key) ||
    (lang.oneWords ?? []).includes(key)
  );
}

/**
 * The scales a text's tokens declare: a magnitude word ("хил.", "millions") with no number right before it (that is
 * an amount: "84 356 хил. лв.") and a currency within a few words after it; and thousands written "'000".
 */
export function scalesIn(text: string, tokens: readonly Matchable[], lang: LanguageProfile): Scale[] {
  const out: Scale[] = [];
  // Most texts name no magnitude and write no '000: one search passes them (a long pair has 100,000 links a side).
  if (!mayScale(lang, "").for(text).test(text)) return out;
  const currencies = currencyWordsOf(lang, "");
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    // A figure the tokens read with its magnitude ("21 458 хил."): an amount's scale.
    if (t.kind === "number" && t.scaled) {
      const last = /[\p{L}]+\.?$/u.exec(t.surface)?.[0].replace(/\.$/u, "");
      const factor = last === undefined ? 1 : magnitudeOf(last, lang);
      if (factor > 1) out.push({ factor, said: t.surface, amount: true });
      continue;
    }
    if (t.kind !== "word") continue;
    const factor = Math.max(magnitudeOf(t.key, lang), magnitudeOf(t.key.replace(/s$/u, ""), lang));
    if (factor === 1 || amountWord(t.key, lang)) continue;
    if (n > 0 && tokens[n - 1]!.kind === "number") {
      out.push({ factor, said: t.surface, amount: true });
      continue;
    }
    if (n > 0 && amountWord(tokens[n - 1]!.key, lang)) continue;
    // The currency after it ("хил. лв.", "thousands of euros") or right before it ("BGN thousand", "EUR million").
    const before = tokens[n - 1];
    const currencyBefore = before !== undefined && before.kind === "word" && currencies.has(before.key) && tokens[n - 2]?.kind !== "number";
    for (let k = currencyBefore ? n : n + 1; k <= n + CURRENCY_REACH && k < tokens.length; k++) {
      const w = tokens[k]!;
      if (w.kind === "number") break;
      if (currencyBefore || currencies.has(w.key)) {
        // "хил." as written: the token has no dot.
        out.push({ factor, said: text.includes(`${t.surface}.`) && !t.surface.endsWith(".") ? `${t.surface}.` : t.surface });
        break;
      }
    }
  }
  const notation = THOUSANDS_NOTATION.exec(text);
  if (notation) out.push({ factor: 1e3, said: notation[0].replace(/^[^'’(\d]/u, "") });
  return out;
}

/** The amounts' scale said on one side only, or another on each: an error, every figure under it a thousand times off. */
export const scaleChanged: Check = {
  name: "the scale of amounts left out or changed",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const lt = ctx.linkTokens(k);
    const sourceAll = scalesIn(ctx.source.text(link.source), lt.source, ctx.source.lang);
    const targetAll = scalesIn(ctx.target.text(link.target), lt.target, ctx.target.lang);
    const [source, target] = [sourceAll.filter((x) => !x.amount), targetAll.filter((x) => !x.amount)];
    if (source.length === 0 && target.length === 0) return undefined;
    // A scale said by the other side's amounts is said ("21 458 хил. лв." / "Revenue (BGN '000) was 21,458"): an amount's
    // magnitude left out is the numbers check's.
    const factors = (xs: readonly Scale[]) => new Set(xs.map((x) => x.factor));
    const [sf, tf] = [factors(source), factors(target)];
    const [sAll, tAll] = [factors(sourceAll), factors(targetAll)];
    if ([...sf].every((f) => tAll.has(f)) && [...tf].every((f) => sAll.has(f))) return undefined;
    const words = (xs: readonly Scale[]) => [...new Set(xs.map((x) => x.said))];
    const times = (f: number) => (f >= 1e9 ? "a billion" : f >= 1e6 ? "a million" : "a thousand");
    const reason =
      target.length === 0
        ? `the source gives its amounts in ${words(source)
            .map((w) => `"${w}"`)
            .join(", ")} and the translation does not say so: every figure reads ${times(Math.max(...sf))} times smaller`
        : source.length === 0
          ? `the translation gives its amounts in ${words(target)
              .map((w) => `"${w}"`)
              .join(", ")}, where the source says no scale: every figure reads ${times(Math.max(...tf))} times larger`
          : `the translation gives its amounts in ${words(target)
              .map((w) => `"${w}"`)
              .join(", ")}, where the source says ${words(source)
              .map((w) => `"${w}"`)
              .join(", ")}: another scale`;
    return { type: "units", severity: "error", reason, evidence: { source: words(source), target: words(target) } } satisfies Flag;
  },
};
