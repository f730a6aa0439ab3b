/**
 * Codes, e-mails and web addresses are copied, never translated: one in the
 * source answered by another of its kind in the translation is a changed one.
 * A changed product code or e-mail is an error (a wrong part is ordered, a
 * message goes astray); a changed web address a warning, as a translation may
 * rightly point at the site's page in its own language (".../bg/" -> ".../en/").
 * A version ("FW-2.3.1", "2.3.1") is a code, compared whole. In Markdown,
 * inline code (`Ctrl+K`, `--dry-run`) is a code and a link's target
 * (`[text](url)`) a web address, though the text shows neither as one.
 * One missing with nothing in its place is the `names` warning of `namesMissing`.
 */
import { narrowable } from "../../lang/chars.js";
import { isUnitSymbol, type LanguageProfile } from "../../lang/index.js";
import { dominantScript } from "../../lang/script.js";
import type { Matchable } from "../../score/index.js";
import { DOTTED_PARTS } from "../../score/tokens.js";
import type { Flag, Link, Segment, SegmentMarkup } from "../../types.js";
import type { ReviewContext, SideInfo } from "../context.js";
import { spacedOtherwise } from "../text.js";
import { LONG_LIST, tokenIndex, tokenKey } from "../tokens.js";
import type { Check } from "./types.js";

type CodeKind = "code" | "e-mail" | "web address";

export const codesChanged: Check = {
  name: "codes, e-mails and web addresses changed",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const lt = ctx.linkTokens(k);
    // A changed code needs one on each side: most sentences have none (nor a version, "2.3.1", read as numbers).
    const [sourceText, targetText] = [ctx.source.text(link.source), ctx.target.text(link.target)];
    const versions = [lonelyVersions(sourceText, targetText)];
    versions.push(versions[0]!.length ? lonelyVersions(targetText, sourceText) : []);
    const has = (info: SideInfo) => (t: Matchable) => hasKind(t) && !isUnit(t, info);
    const marked = markupChanged(ctx, link);
    // Keyboard shortcuts ("Ctrl+Shift+S"), which the tokens split into words: compared whole, as codes, in plain text too
    // (Markdown's inline code says one as written: `Ctrl+K`).
    const inCode = (s: string, side: 0 | 1) => marked?.some((m) => m[2] === "code" && m[side] === s) === true;
    const inCodeSpan = (s: string, side: 0 | 1) => marked?.some((m) => m[2] === "code" && m[side].includes(s)) === true;
    // Each kind read whole both ways, the translation's only where the source has one its translation lacks.
    const whole = (lonelyOf: (mine: string, other: string) => string[], keep: (s: string, side: 0 | 1) => boolean = () => true) => {
      const mine = lonelyOf(sourceText, targetText).filter((s) => keep(s, 0));
      versions[0]!.push(...mine);
      if (mine.length) versions[1]!.push(...lonelyOf(targetText, sourceText).filter((s) => keep(s, 1)));
    };
    whole(lonelyShortcuts, (s, side) => !inCode(s, side));
    // File paths ("C:\Users\Public\Ledgerly\Backup", "/var/log/app"), which the tokens split into words: compared whole, as codes.
    whole(lonelyPaths);
    // A command's long options in plain text ("--threads", "--no-verify"), as a release note writes them without backticks:
    // compared whole, as codes (stranger 366: "--thread" and "--verify" passed). Not those inline code holds, compared there.
    whole(lonelyOptions, (o, side) => !inCodeSpan(o, side));
    // Bank accounts written in groups ("BG30 UBBS 2247 3136 1498 63"), which the tokens split into words and numbers: compared
    // whole, as codes (stranger 168: two groups traded, the same numbers in another order, passed unflagged).
    whole(lonelyAccounts);
    if ((!lt.source.some(has(ctx.source)) || !lt.target.some(has(ctx.target))) && !versions[1]!.length && !marked)
      return droppedIdentifiers(versions[0]!, versions[1]!);
    const accountKeys = [accountsIn(sourceText), accountsIn(targetText)] as const;
    const source: string[] = [];
    const target: string[] = [];
    const copied: string[] = [];
    const links: string[] = [];
    const typed: string[] = [];
    for (const kind of ["code", "e-mail", "web address"] as const) {
      // Versions ("FW-2.3.1", "2.3.1"), which the tokens split into a code and numbers: compared whole, as codes.
      const inVersion = (v: string) => kind === "code" && versions.some((vs) => vs.some((w) => w.startsWith(v)));
      // A part of an IBAN, or one written without its spaces, is the account's, compared whole above.
      const inAccount = (v: string, keys: readonly string[]) => keys.some((key) => key.includes(v));
      const mine =
        kind === "code"
          ? [
              ...versions[0]!,
              ...lonely(lt.source, lt.target, ctx.source, kind).filter((v) => !inVersion(v) && !inAccount(v, accountKeys[0])),
            ]
          : lonely(lt.source, lt.target, ctx.source, kind);
      const theirs =
        kind === "code"
          ? [
              ...versions[1]!,
              ...lonely(lt.target, lt.source, ctx.target, kind).filter((v) => !inVersion(v) && !inAccount(v, accountKeys[1])),
            ]
          : lonely(lt.target, lt.source, ctx.target, kind);
      // Paired in order: the n-th code of the source with the n-th of the translation.
      for (let n = 0; n < Math.min(mine.length, theirs.length); n++) {
        if (kind === "code" && (writtenInLatin(mine[n]!, theirs[n]!, ctx.source.lang) || otherScriptsAlike(mine[n]!, theirs[n]!))) continue;
        // A word prefixed to a code is translated as any word ("anti-PD-1" / "анти-PD-1", "срещу PD-L1"; stranger 195).
        if (kind === "code" && withoutWordPrefix(asWritten(sourceText, mine[n]!)) === withoutWordPrefix(asWritten(targetText, theirs[n]!)))
          continue;
        if (kind === "code" && writtenOtherwise(mine[n]!, theirs[n]!, sourceText, targetText)) continue;
        if (kind === "code" && suffixTranslated(mine[n]!, theirs[n]!)) continue;
        if (kind === "web address" && localized(mine[n]!, theirs[n]!, ctx.source.lang.code, ctx.target.lang.code)) continue;
        // An example e-mail of a form's placeholder is localized as a name is ("ivan@example.bg", "john@example.com").
        if (kind === "e-mail" && examples(mine[n]!, theirs[n]!)) continue;
        // As written: "5Q0615423B", whose first figure the tokens read as a number of its own (stranger 134).
        const [m, t] = kind === "code" ? [asWritten(sourceText, mine[n]!), asWritten(targetText, theirs[n]!)] : [mine[n]!, theirs[n]!];
        source.push(m);
        target.push(t);
        if (kind === "code" && typedInCyrillic(m, t)) typed.push(`${t} for ${m}`);
        // An address in inline code on both sides is a value to paste, copied exactly as a code is (stranger 358: a
        // single sign-on URL's "/saml/acs" as "/saml/sso" was a warning, as a page localized is).
        else
          (kind === "web address" && !(inCodeSpan(m, 0) && inCodeSpan(t, 1)) ? links : copied).push(
            `${t} where the source has ${m}${lookalikes(m, t)}`,
          );
      }
    }
    // A code span or link the tokens compared already (a version, an address the text shows) is reported once.
    // An inline code the tags check told changed ("{{client_name}}" / "{client_name}") is told once (stranger 126).
    const toldAsTag = (mine: string, theirs: string) =>
      earlier.some((f) => f.type === "tags" && f.reason.includes(mine) && f.reason.includes(theirs));
    for (const [mine, theirs, kind] of marked ?? [])
      if (
        !toldAsTag(mine, theirs) &&
        !source.includes(mine) &&
        !target.includes(theirs) &&
        !(kind === "links" && localized(mine, theirs, ctx.source.lang.code, ctx.target.lang.code))
      ) {
        source.push(mine);
        target.push(theirs);
        (kind === "links" ? links : copied).push(
          `${kind === "code" ? `\`${theirs}\` where the source has \`${mine}\`` : `${theirs} where the source has ${mine}`}${lookalikes(mine, theirs)}`,
        );
      }
    if (source.length === 0) return droppedIdentifiers(versions[0]!, versions[1]!);
    return changedFlag(copied, typed, links, { source, target });
  },
};

/** The flag of codes changed, of codes typed in look-alikes, and of links changed, said in that order. */
function changedFlag(
  copied: readonly string[],
  typed: readonly string[],
  links: readonly string[],
  evidence: { source: string[]; target: string[] },
): Flag {
  // A changed link may rightly point at the page in the translation's language: only codes and e-mails are copied exactly.
  const reasons = [
    ...(copied.length ? [`the translation has ${copied.join(", ")}: codes and e-mails are copied exactly`] : []),
    ...(typed.length
      ? [
          `the translation types ${typed.join(", ")} in Cyrillic letters that look like the source's Latin ones: it reads the same, but a search for the code will not find it`,
        ]
      : []),
    ...(links.length ? [`the link is changed: the translation has ${links.join(", ")}; check the address`] : []),
  ];
  return { type: "names", severity: copied.length ? "error" : "warning", reason: reasons.join("; "), evidence };
}

/**
 * The source's dotted figures the translation left out with none of their kind in their place ("обект с идентификатор
 * 68134.4082.118.1.15" / "a unit under the cadastral map"): the numbers check leaves such figures to this one, as a
 * code's, and a deed's neighbour left out passed unflagged (stranger 202). An error where they make an identifier (seven
 * figures or more: copied into every translation), a warning for a clause's number.
 */
function droppedIdentifiers(mine: readonly string[], theirs: readonly string[]): Flag | undefined {
  if (theirs.length > 0) return undefined;
  const dropped = mine.filter((v) => DOTTED_PARTS.test(v));
  if (dropped.length === 0) return undefined;
  return {
    type: "numbers",
    severity: dropped.some((v) => v.replace(/\D/gu, "").length >= 7) ? "error" : "warning",
    reason: `${dropped.join(", ")} ${dropped.length > 1 ? "are" : "is"} not in the translation`,
    evidence: { source: dropped, target: [] },
  };
}

/**
 * The same code written otherwise: spaced otherwise ("S355 J2" / "S355J2"; stranger 175), or a formula's subscripts typed
 * as plain figures ("C₂H₅OH" / "C2H5OH"; stranger 200).
 */
function writtenOtherwise(mine: string, theirs: string, sourceText: string, targetText: string): boolean {
  return (
    lowered(mine) === lowered(theirs) || spacedOtherwise(mine, sourceText, targetText) || spacedOtherwise(theirs, targetText, sourceText)
  );
}

/** Subscript and superscript figures, each as the figure it is ("₂" and "²" are "2"). */
const SMALL_FIGURES = /[₀-₉⁰¹²³⁴-⁹]/gu;
const SMALL_FIGURE_VALUE: Readonly<Record<string, string>> = Object.fromEntries(
  [..."₀₁₂₃₄₅₆₇₈₉"].map((c, k) => [c, String(k)]).concat([..."⁰¹²³⁴⁵⁶⁷⁸⁹"].map((c, k) => [c, String(k)])),
);

/** A code with its subscript and superscript figures written as plain ones. */
export function lowered(code: string): string {
  return code.replace(SMALL_FIGURES, (c) => SMALL_FIGURE_VALUE[c] ?? c);
}

const MAILTO = /^mailto:/iu;

/** Cyrillic letters that look like Latin ones, each with its look-alike: a code typed on a Bulgarian keyboard ("Ctrl+С"). */
const LOOKALIKES: ReadonlyMap<string, string> = new Map([..."АВЕКМНОРСТХаеорсух"].map((c, k) => [c, "ABEKMHOPCTXaeopcyx"[k]!]));

/**
 * Whether the translation writes in Latin letters a code the source wrote with Cyrillic ones: look-alikes typed on a
 * Cyrillic keyboard ("Т1" for "T1", "С2" for "S2"), or the code's letters transliterated ("МиГ-29", "MiG-29"). The
 * translation is right to; the other way round ("Ctrl+С" for "Ctrl+C") it is not, and is an error.
 */
export function writtenInLatin(mine: string, theirs: string, lang: LanguageProfile): boolean {
  const forms = latinForms(mine, lang);
  return forms !== undefined && !hasCyrillic(theirs) && (forms.latin === theirs || forms.lower === theirs.toLowerCase());
}

/**
 * What `writtenInLatin` compares a translation's word with, for a source word with Cyrillic letters in it (none:
 * undefined): its look-alikes put for Latin letters, as they are, and its transliteration in lowercase.
 */
export function latinForms(mine: string, lang: LanguageProfile): { readonly latin: string; readonly lower: string } | undefined {
  if (!hasCyrillic(mine)) return undefined;
  return { latin: [...mine].map((c) => LOOKALIKES.get(c) ?? c).join(""), lower: lang.transliterate(mine).toLowerCase() };
}

const LATIN_LETTER = /[A-Za-z]/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/**
 * Whether a code of one script has its translation in the other, each wholly its own, with the same figures in the same
 * order: an abbreviation translated ("ЗД2" / "T2DM", "ЦОГ-2" / "COX-2", "СД4" / "CD4") or a code spelt in the
 * translation's letters ("KP-06-N57/12" / "КП-06-Н57/12": a fund's own Bulgarian spelling; stranger 102). Not a code
 * whose Cyrillic translation's letters are the source's Latin ones' look-alikes ("T1" typed "Т1"), nor one without
 * figures.
 */
export function otherScriptsAlike(mine: string, theirs: string): boolean {
  const cyrillic = [CYRILLIC_LETTER.test(mine), CYRILLIC_LETTER.test(theirs)];
  const latin = [LATIN_LETTER.test(mine), LATIN_LETTER.test(theirs)];
  if (cyrillic[0] === cyrillic[1] || (cyrillic[0] && latin[0]) || (cyrillic[1] && latin[1]) || !(latin[0] || latin[1])) return false;
  const figures = (code: string) => code.replace(/\D/gu, "");
  if (figures(mine) === "" || figures(mine) !== figures(theirs)) return false;
  return !(cyrillic[1] && [...theirs].map((c) => LOOKALIKES.get(c) ?? c).join("") === mine);
}

export function hasCyrillic(text: string): boolean {
  return [...text].some((c) => CYRILLIC.test(c));
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Whether two e-mails are both examples (at a domain kept for them): a form's placeholder, localized as a name is. */
export function examples(mine: string, theirs: string): boolean {
  return isExampleMail(mine) && isExampleMail(theirs);
}

export function isExampleMail(text: string): boolean {
  return EXAMPLE_MAIL.test(text);
}

/** An e-mail at a domain kept for examples (RFC 2606 and 6761: example.com, .org, .net, a country's example.bg; .test, .example). */
const EXAMPLE_MAIL = /@(?:[\w-]+\.)*(?:example\.[a-z]{2,}|[\w-]+\.(?:test|example|invalid))$/iu;

/**
 * Whether a web address is the source's with the source's language code put for the target's wherever the address
 * says it ("/bg/faq.html" and "/en/faq.html", "bg.example.com", "?lang=bg", "t1-bg.pdf"): the page in the
 * translation's language, which a translation rightly links to.
 */
export function localized(mine: string, theirs: string, sl: string, tl: string): boolean {
  const a = localizedSource(mine, sl, tl);
  if (a !== undefined) return a === localizedTarget(theirs, sl, tl);
  // A site whose own language has no code of its path, the translation's page under its own ("help.tasklane.io/domains"
  // is "help.tasklane.io/bg/domains"; stranger 358).
  if (sl === tl) return false;
  const lower = theirs.toLowerCase();
  const without = lower.replace(new RegExp(`/(?:${tl})(?:[-_][a-z]{2})?(?=/|$)`, "iu"), "");
  return without !== lower && without === mine.toLowerCase();
}

/** The source's address with its language codes blanked, as `localized` compares it (none there, or one language: undefined). */
export function localizedSource(mine: string, sl: string, tl: string): string | undefined {
  if (sl === tl) return undefined;
  // Each code as a part of its own; the source's may stay where it is no language ("termosmart.bg/bg/" is "termosmart.bg/en/").
  const lower = mine.toLowerCase();
  if (lower.replace(languageCodes(sl), "\0") === lower) return undefined;
  // The target's code blanked too, as in the translation's: a domain of its country stays ("blackseapearl.bg/en/" is
  // "blackseapearl.bg/bg/"; stranger 317).
  return lower.replace(languageCodes(`${sl}|${tl}`), "\0");
}

/** The translation's address with both languages' codes blanked, as `localized` compares it. */
export function localizedTarget(theirs: string, sl: string, tl: string): string {
  return theirs.toLowerCase().replace(languageCodes(`${sl}|${tl}`), "\0");
}

/** Language codes as parts of an address of their own ("bg", "bg|en"), a pattern made once per list: the names check asks for every token. */
const codePatterns = new Map<string, RegExp>();

function languageCodes(list: string): RegExp {
  let pattern = codePatterns.get(list);
  if (!pattern) {
    // With its region, as help centres write a locale: "/en-us/keyboard" is "/bg-bg/keyboard" (stranger 306).
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${list})(?:[-_][a-z]{2})?(?![\\p{L}\\p{N}])`, "giu");
    codePatterns.set(list, pattern);
  }
  return pattern;
}

/**
 * Where two codes that differ look the same (Cyrillic letters for Latin
 * ones), a note that says so and where; else nothing: the reason's two
 * codes would read alike on screen.
 */
function lookalikes(mine: string, theirs: string): string {
  const latin = (s: string) => [...s].map((c) => LOOKALIKES.get(c) ?? c).join("");
  if (latin(mine) !== latin(theirs)) return "";
  const cyrillic = (s: string) => [...s].filter((c) => LOOKALIKES.has(c));
  const [inMine, inTheirs] = [cyrillic(mine), cyrillic(theirs)];
  const [side, letters] = inTheirs.length ? ["the translation's", inTheirs] : ["the source's", inMine];
  return ` (${side} ${[...new Set(letters)].join(", ")} ${letters.length === 1 ? "is a Cyrillic letter" : "are Cyrillic letters"})`;
}

/**
 * A code the translation typed wholly in Cyrillic look-alikes of the source's Latin letters ("А95", "А1" for "A95",
 * "A1"): as Bulgarian texts type a petrol grade or a brand, a warning (stranger 340: an error kept a news item's correct
 * units out of the memory). A code of both scripts ("5Q0615423В") is a slip of the keyboard, an error.
 */
function typedInCyrillic(mine: string, theirs: string): boolean {
  return lookalikes(mine, theirs) !== "" && !LATIN_LETTER.test(theirs) && !CYRILLIC_LETTER.test(mine);
}

/** A code span of one lowercase Latin word, or words joined by "_": a parameter's, a key's or a value's name. */
const IDENTIFIER = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/u;

/** Something other than letters and spaces: a code span of a key, an option or a command (`Ctrl+K`, `--dry-run`), not a label's words. */
const CODE_LIKE = narrowable(String.raw`[^\p{L}\s]`, "u");

/**
 * A menu's path, labels of words joined by arrows: `Reports > Dashboards > Cash Flow`, `Файл → Експорт`, a label with a
 * figure or a bracket too (`File > Export > CSV (UTF-8)`; stranger 283). Its labels are
 * words a localized program translates, as one label's (stranger 271: `Справки > Табла > Паричен поток` was an error).
 */
const MENU_PATH = narrowable(String.raw`^\s*\p{L}[\p{L}\p{N}\s()/.+-]*(?:(?:>|›|→|»)\s*\p{L}[\p{L}\p{N}\s()/.+-]*)+$`, "u");

/**
 * The Markdown code spans and link targets of a link that changed: each
 * side's that the other lacks, paired in order, as [source, target, kind].
 * Code spans of words only (`Save`) may be a label the translation rightly
 * translates: compared only where the two languages' scripts differ and
 * the translation's span is in the source's script (copied, then changed).
 * A link to a page anchor ("#usage") is left out when read.
 */
function markupChanged(ctx: ReviewContext, link: Link): Array<[string, string, keyof SegmentMarkup]> | undefined {
  // Only Markdown segments, and text with code in backticks, have markup: most links have none on either side, and nothing is made for them.
  if (!hasMarkup(ctx.source.side.segments, link.source) || !hasMarkup(ctx.target.side.segments, link.target)) return undefined;
  const s = link.source.map((id) => markupOf(ctx.source.side.segments[id]));
  const t = link.target.map((id) => markupOf(ctx.target.side.segments[id]));
  const sourceText = ctx.source.text(link.source);
  const targetText = ctx.target.text(link.target);
  const scripts = ctx.source.script !== ctx.target.script;
  const words = (x: string) => !CODE_LIKE.for(x).test(x) || MENU_PATH.for(x).test(x);
  const out: Array<[string, string, keyof SegmentMarkup]> = [];
  // Code-like spans and, where the scripts differ, spans of words the translation copied: one group, so that a command
  // that lost its option (`backupctl prune --dry-run` / `backupctl prune`, words alone) pairs with it (stranger 294).
  // A span of words of the translation that begins a code-like span of the source is that command cut short: "backupctl
  // prune" for `backupctl prune --dry-run`, from a text in another script (stranger 299).
  const sourceCodes = s.flatMap((m) => m?.code ?? []);
  const cutShort = (x: string) => sourceCodes.some((c) => c.startsWith(`${x} `) && !words(c));
  const groups: Array<[keyof SegmentMarkup, (x: string, side: "source" | "target") => boolean]> = [
    ["code", (x, side) => !words(x) || (scripts && (side === "source" || dominantScript(x).script === ctx.source.script || cutShort(x)))],
    // A link whose address the text shows (an autolink, an e-mail's "mailto:") is an address of the text, which the tokens compare.
    ["links", (x, side) => !(side === "source" ? sourceText : targetText).includes(x.replace(MAILTO, ""))],
  ];
  for (const [kind, keep] of groups) {
    const mine = s.flatMap((m) => m?.[kind] ?? []).filter((x) => keep(x, "source"));
    const theirs = t.flatMap((m) => m?.[kind] ?? []).filter((x) => keep(x, "target"));
    const lonelyMine = missingFrom(mine, theirs, kind === "code" ? spanKey : undefined);
    const lonelyTheirs = missingFrom(theirs, mine, kind === "code" ? spanKey : undefined);
    for (let n = 0; n < Math.min(lonelyMine.length, lonelyTheirs.length); n++) out.push([lonelyMine[n]!, lonelyTheirs[n]!, kind]);
  }
  // A lowercase identifier (`format`, `max_rows`) is a parameter's or a key's name, no label: made a word of the
  // translation's script, it was translated (stranger 178: `format` / `формат`).
  if (scripts) {
    const allSource = s.flatMap((m) => m?.code ?? []);
    const allTarget = t.flatMap((m) => m?.code ?? []);
    const names = allSource.filter((x) => IDENTIFIER.test(x) && !allTarget.includes(x));
    const translated = allTarget.filter((x) => words(x) && !allSource.includes(x) && dominantScript(x).script === ctx.target.script);
    for (let n = 0; n < Math.min(names.length, translated.length); n++) out.push([names[n]!, translated[n]!, "code"]);
  }
  return out.length ? out : undefined;
}

function hasMarkup(segments: readonly Segment[], ids: readonly number[]): boolean {
  for (const id of ids) if (markupOf(segments[id]) !== undefined) return true;
  return false;
}

/** Code in backticks in plain text (`cache.ttl`), as release notes and string files kept as .txt write it; no links. */
const BACKTICKS = /`([^`\n]+)`/g;

/** A segment's markup: Markdown's, or in plain text its code in backticks, if any. */
export function markupOf(segment: Segment | undefined): SegmentMarkup | undefined {
  if (!segment || segment.markup !== undefined || !segment.text.includes("`")) return segment?.markup;
  const code = [...segment.text.matchAll(BACKTICKS)].map((m) => m[1]!.trim()).filter((c) => c.length > 0);
  return code.length ? { code, links: [] } : undefined;
}

/**
 * Whether a segment is code and nothing else: a table cell of an option or a path in backticks (`--project <path>`,
 * `%APPDATA%\Fieldbook\logs`), no word of a language left once its code spans are taken out.
 */
export function codeOnly(segment: Segment | undefined): boolean {
  if (!segment || !markupOf(segment)?.code.length) return false;
  const rest = withoutCode(segment.text, segment);
  return !LETTER.for(rest).test(rest);
}

/** `text` (a segment's, or what a check kept of it) without the segment's inline code, each span a space. */
export function withoutCode(text: string, segment: Segment | undefined): string {
  let rest = text;
  for (const c of markupOf(segment)?.code ?? []) rest = rest.replace(c, " ");
  return rest;
}

const LETTER = narrowable(String.raw`\p{L}`, "u");

/** The items of `mine` that `other` does not have as many times, once each. */
function missingFrom(mine: readonly string[], other: readonly string[], key = (x: string) => x): string[] {
  const left = other.map(key);
  const out: string[] = [];
  for (const x of mine) {
    const at = left.indexOf(key(x));
    if (at >= 0) left.splice(at, 1);
    else if (!out.includes(x)) out.push(x);
  }
  return out;
}

/**
 * A version ("2.3.1", "FW-2.3.1", "v2.3"): three or more groups of digits
 * joined by dots, or digits with dots after letters; not a date ("15.03.24")
 * nor a number with groups of thousands ("1.234.567"). With its hotfix's or
 * release's suffix ("10.2.9-h1", "2.0.0-rc2"): the fix a bulletin requires
 * (stranger 376: "10.2.9" for "10.2.9-h1" was a lost word "h1").
 */
/** A version's hotfix or release suffix ("-h1", "-rc2"), written once for `VERSION` and `VERSION_SUFFIX`. */
const SUFFIX = String.raw`-(?:[A-Za-z]{1,3}\d+|rc\d*|alpha\d*|beta\d*|lts)`;
const VERSION = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,-])(?:\p{L}[\p{L}\p{N}]*-?\d+(?:\.\d+)+|\d+(?:\.\d+){2,})(?:${SUFFIX}(?![\p{L}\p{N}]))?(?![\p{N}]|[.,-]\p{N})`,
  "gu",
);
const VERSION_SUFFIX = new RegExp(`${SUFFIX}$`, "u");
/** A version's "v" ("v2.14.0" is "2.14.0"; stranger 155). */
const V_PREFIX = /^[vV]\d/u;
/** A version written with its "v" and three groups or more ("v2.3.1"). */
const V_VERSION = /(?<![\p{L}\p{N}])[vV]\d+(?:\.\d+){2,}/u;
const NUMERIC_DATE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/u;
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/u;

/** The versions of a text, in order. */
export function versionsIn(text: string, datesToo = false, shortToo = false): string[] {
  // Every version has a digit, a dot and a digit in a row; most sentences end on a dot and have no such run (the pattern is slow to fail).
  if (!hasDottedDigits(text)) return [];
  const out: string[] = [];
  for (const [v] of text.matchAll(VERSION)) {
    // Its "v" aside, a version is what it is without one: "v2.14.0" is "2.14.0", and "v2.15" the number "2.15" that
    // "version 2.15" has (stranger 155).
    const bare = V_PREFIX.test(v) ? v.slice(1) : v;
    if (bare !== v && bare.split(".").length < 3 && !shortToo) continue;
    // A date or a number of thousands is none with a suffix either ("1.210.000-v1").
    const core = bare.replace(VERSION_SUFFIX, "");
    if ((datesToo || !NUMERIC_DATE.test(core)) && !THOUSANDS.test(core)) out.push(bare);
  }
  return out;
}

/** Whether `text` has an ASCII digit, a dot and an ASCII digit in a row (`/\d\.\d/`, without a pattern). */
export function hasDottedDigits(text: string): boolean {
  for (let at = text.indexOf(".", 1); at >= 0 && at < text.length - 1; at = text.indexOf(".", at + 1))
    if (isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1))) return true;
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The versions of `mine` that `other` does not have as many times, once each. */
function lonelyVersions(mine: string, other: string): string[] {
  if (!hasDottedDigits(mine)) return [];
  const theirs = versionsIn(other);
  // What reads as a date ("3.4.12") is a version where the other text has one of its first parts ("3.4.2": a figure
  // added; stranger 247).
  const line = (v: string) => v.slice(0, v.lastIndexOf("."));
  const lines = new Set(theirs.map(line));
  // "v2.31" is a version where the other text has one with its "v" ("v2.3.1": a dot dropped; stranger 329), else the number "2.31".
  const versions = versionsIn(mine, lines.size > 0, V_VERSION.test(other)).filter((v) => !NUMERIC_DATE.test(v) || lines.has(line(v)));
  return missingFrom(versions, theirs);
}

/**
 * A keyboard shortcut: modifiers joined by "+" and a key ("Ctrl+Shift+S", "Alt + F4", "Cmd+,"). A translation copies
 * it; "Ctrl + S" and "CTRL+S" are the same one.
 */
const SHORTCUT = narrowable(
  String.raw`(?<![\p{L}\p{N}])(?:(?:Ctrl|Control|Alt|AltGr|Shift|Cmd|Command|Option|Opt|Win|Windows|Meta|Super|Fn|⌘|⌥|⇧|⌃)\s*\+\s*)+(?:F\d{1,2}|Enter|Return|Esc|Escape|Tab|Space|Delete|Del|Backspace|Home|End|PgUp|PgDn|Insert|Ins|Up|Down|Left|Right|[\p{L}\p{N}](?![\p{L}\p{N}])|[-+=,./;'\[\]\\])`,
  "gu",
);
/** What a text needs to hold a shortcut: a plus sign after a letter or a symbol key. */
const MAY_HAVE_SHORTCUT = /[\p{L}⌘⌥⇧⌃]\s*\+/u;

/** The text with its keyboard shortcuts blanked: "Ctrl+Shift+P" is a code, the same in any language, no words left untranslated. */
export function withoutShortcuts(text: string): string {
  return MAY_HAVE_SHORTCUT.test(text) ? text.replace(SHORTCUT.for(text), " ") : text;
}

/**
 * A command line written in running text or on its own: a shell's or a package manager's command word, then its
 * arguments in ASCII to the line's end or the next word of another script ("sudo apt install ./datasync-pro_4.2.1_amd64.deb",
 * "изпълнете sudo systemctl restart datasync."). Code, the same in any language (stranger 322: a manual's commands were
 * called untranslated).
 */
/** The command words that open a command line. */
const COMMAND_WORDS = String.raw`(?<![\p{L}\p{N}-])(?:sudo|apt|apt-get|dpkg|yum|dnf|zypper|pacman|flatpak|brew|choco|winget|npm|npx|yarn|pnpm|pip|pip3|python3|git|docker|kubectl|systemctl|journalctl|curl|wget|ssh|scp|rsync|chmod|chown|mkdir|unzip|cmake|dotnet)`;
const COMMAND = narrowable(String.raw`${COMMAND_WORDS}(?:[ \t]+[\x21-\x7e]+)+`, "gu");
/** What a text needs to hold a command: one of its words, then a space. */
const MAY_HAVE_COMMAND = narrowable(String.raw`${COMMAND_WORDS}[ \t]`, "u");

/** The text with its command lines blanked (`COMMAND`). */
export function withoutCommands(text: string): string {
  return MAY_HAVE_COMMAND.test(text) ? text.replace(COMMAND.for(text), " ") : text;
}

/** The text with each keyboard shortcut made spaces as long, so that what is read of it keeps its place: "Cmd" of "Cmd+S" is no name. */
export function shortcutsBlanked(text: string): string {
  return MAY_HAVE_SHORTCUT.test(text) ? text.replace(SHORTCUT.for(text), (m) => " ".repeat(m.length)) : text;
}

/**
 * A file path: a Windows one from its drive or share ("C:\Users\Public\Backup", "\\server\share\docs"), or a Unix one
 * of two folders or more from the root or home ("/var/log/app", "~/Documents/Ledgerly"); up to a space (Windows' own
 * "Program Files" aside: "C:\Program Files\Filemint\Sync"; stranger 203), its end's
 * punctuation left out. A translation copies one exactly, as a code (stranger 84's manual: "...\Ledgerly\Backup" /
 * "...\Ledgerly\Data" was told as a name, the folder's word against the sentence's first).
 */
const PATH =
  /(?<![\p{L}\p{N}/\\])(?:[A-Za-z]:\\|\\\\[\w.-]+\\)(?:(?:Program Files(?: \(x86\))?|[^\s\\/:*?"<>|]+)\\)*[^\s\\/:*?"<>|]*|(?<![\p{L}\p{N}/:.])~?\/(?:[\w.-]+\/)+[\w.-]*/gu;
const MAY_HAVE_PATH = /[A-Za-z]:\\|\\\\|~?\/[\w.-]+\//u;

/** The file paths of `mine` that `other` does not have, as written (a sentence's last mark left off), once each. */
function lonelyPaths(mine: string, other: string): string[] {
  if (!MAY_HAVE_PATH.test(mine)) return [];
  const paths = (text: string) => [...text.matchAll(PATH)].map((m) => m[0].replace(/[.,;:!?)\]"'”’»]+$/u, "")).filter((p) => p.length > 3);
  return missingFrom(paths(mine), MAY_HAVE_PATH.test(other) ? paths(other) : []);
}

/** A command's long option: two hyphens and a word of lowercase letters and figures, hyphens inside ("--dry-run"). */
const OPTION = /(?<![\p{L}\p{N}-])--[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\p{L}\p{N}-])/gu;

/** The long options of `mine` that `other` does not have, once each. */
function lonelyOptions(mine: string, other: string): string[] {
  if (!mine.includes("--")) return [];
  const options = (text: string) => [...text.matchAll(OPTION)].map((m) => m[0]);
  return missingFrom(options(mine), options(other));
}

/** An IBAN: a country's two letters, two check figures, then groups of letters and figures, spaced in fours or not. */
const ACCOUNT = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;
const MAY_HAVE_ACCOUNT = /[A-Z]{2}\d{2}/u;

/** An IBAN's key: without its spaces. */
const accountKey = (s: string) => s.replace(/[ \u00a0]/gu, "");

/** The IBANs of a text, by their keys. */
function accountsIn(text: string): string[] {
  return MAY_HAVE_ACCOUNT.test(text) ? [...text.matchAll(ACCOUNT)].map((m) => accountKey(m[0])) : [];
}

/** The IBANs of `mine` that `other` does not have as many times (spaces aside), as written, once each. */
function lonelyAccounts(mine: string, other: string): string[] {
  if (!MAY_HAVE_ACCOUNT.test(mine)) return [];
  return missingFrom(
    [...mine.matchAll(ACCOUNT)].map((m) => m[0]),
    MAY_HAVE_ACCOUNT.test(other) ? [...other.matchAll(ACCOUNT)].map((m) => m[0]) : [],
    accountKey,
  );
}

/**
 * A shortcut as compared: spaces and case aside, each key by one name, as platforms and their localized manuals write it
 * ("Cmd+S" is "⌘+S", "Option" is "Alt" and "⌥"; stranger 306).
 */
/**
 * A code span as compared: a keyboard shortcut alone by its keys, however spaced or named (`Ctrl + Shift + S` is
 * `Ctrl+Shift+S`, as in running text; stranger 339), any other as written.
 */
function spanKey(span: string): string {
  if (!MAY_HAVE_SHORTCUT.test(span)) return span;
  const whole = [...span.matchAll(SHORTCUT.for(span))];
  return whole.length === 1 && whole[0]![0].length === span.trim().length ? `\u0000${shortcutKey(span)}` : span;
}

function shortcutKey(s: string): string {
  return s
    .replace(/\s+/gu, "")
    .toLowerCase()
    .split("+")
    .map((k) => KEY_NAMES[k] ?? k)
    .join("+");
}

/** Other names of a key, each to the one compared. */
const KEY_NAMES: Readonly<Record<string, string>> = {
  command: "cmd",
  "⌘": "cmd",
  control: "ctrl",
  "⌃": "ctrl",
  option: "alt",
  opt: "alt",
  "⌥": "alt",
  "⇧": "shift",
  windows: "win",
  return: "enter",
  escape: "esc",
  delete: "del",
  insert: "ins",
};

/** The shortcuts of `mine` that `other` does not have as many times, as written, once each. */
function lonelyShortcuts(mine: string, other: string): string[] {
  if (!MAY_HAVE_SHORTCUT.test(mine)) return [];
  const shortcuts = (text: string) => [...text.matchAll(SHORTCUT.for(text))].map((m) => m[0]);
  return missingFrom(shortcuts(mine), MAY_HAVE_SHORTCUT.test(other) ? shortcuts(other) : [], shortcutKey);
}

/** The codes of one kind on `mine`'s side that the other side does not have, as written, once each. */
function lonely(mine: readonly Matchable[], other: readonly Matchable[], info: SideInfo, kind: CodeKind): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of mine)
    if (kindOf(t) === kind && info.strong(t) && !isUnit(t, info) && !hasCode(other, t) && !seen.has(t.surface)) {
      seen.add(t.surface);
      out.push(t.surface);
    }
  return out;
}

/** Whether a token of `tokens` is the same code as `t` (`sameCode`), looked up: a line of thousands of codes asks once per code, not once per pair. */
export function hasCode(tokens: readonly Matchable[], t: Matchable): boolean {
  // A sentence's few tokens are scanned; an index is kept for a long line's only (one per sentence of a long document costs more).
  if (tokens.length <= LONG_LIST) return tokens.some((o) => sameCode(t, o));
  const { keys, parts } = tokenIndex(tokens, APOSTROPHE);
  if (keys.has(tokenKey(t.kind, t.key)) || parts.has(tokenKey(t.kind, t.key))) return true;
  // The other way round: this code with a clitic, the other side's without ("SRV-4410's" and "SRV-4410").
  return APOSTROPHE.test(t.key) && t.key.split(APOSTROPHE).some((part) => keys.has(tokenKey(t.kind, part)));
}

const APOSTROPHE = /['’]/u;

/** Codes match exactly (case aside), or with a clitic attached on one side ("SRV-4410's"): "SRV-4410" and "SRV-4411" are two codes, not cognates. The definition `hasCode` looks up (tests hold it to this). */
export function sameCode(a: Matchable, b: Matchable): boolean {
  if (a.kind !== b.kind) return false;
  if (a.key === b.key) return true;
  const within = (code: string, word: string) => word.length > code.length && word.split(/['’]/u).includes(code);
  return within(a.key, b.key) || within(b.key, a.key);
}

/** A unit symbol with a power ("мм²", "mm²", "км2") is written in each language's script: a unit (the units check's), not a code. */
function isUnit(t: Matchable, info: SideInfo): boolean {
  return t.kind === "word" && isUnitSymbol(t.surface, info.lang.units);
}

/** A word of the Cyrillic script glued after a code by a hyphen ("CO2-екв", the equivalent's abbreviation). */
const CYRILLIC_SUFFIX = /-\p{Script=Cyrillic}+\.?$/u;
/** The same word abbreviated in Latin letters, glued or after a hyphen ("CO2e", "CO2-eq"). */
const LATIN_SUFFIX = /-?\p{Ll}{1,3}$/u;

/**
 * Two codes the same but for a word after them, in the Cyrillic script on one side: "CO2-екв." is "CO2e", "CO2-eq"
 * or "CO2 equivalent" (stranger 359: every emissions line of a sustainability report a false error).
 */
export function suffixTranslated(a: string, b: string): boolean {
  const [ca, cb] = [a.replace(CYRILLIC_SUFFIX, ""), b.replace(CYRILLIC_SUFFIX, "")];
  if (ca === a && cb === b) return false;
  const core = (original: string, stripped: string) => (stripped === original ? original.replace(LATIN_SUFFIX, "") : stripped);
  return core(a, ca).toLowerCase() === core(b, cb).toLowerCase() && core(a, ca) !== "";
}

/** A code without a lowercase word glued before it by a hyphen ("anti-" of "anti-PD-1"): the code itself. */
function withoutWordPrefix(code: string): string {
  return code.replace(WORD_PREFIX.for(code), "");
}
const WORD_PREFIX = narrowable(String.raw`^\p{Ll}{2,}-(?=\p{Lu}|\p{N})`, "u");

function hasKind(t: Matchable): boolean {
  return (t.kind === "address" || (t.kind === "word" && DIGIT.test(t.surface))) && kindOf(t) !== undefined;
}

// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond or two to compile.
const DIGIT = narrowable(String.raw`\p{N}`, "u");
const TWO_LETTERS_OR_CAPITAL = narrowable(String.raw`\p{L}.*\p{L}|\p{Lu}`, "u");

function kindOf(t: Matchable): CodeKind | undefined {
  if (t.kind === "address") return t.key.includes("@") && !/^(?:https?:|www\.)/u.test(t.key) ? "e-mail" : "web address";
  // A code has letters and digits ("SRV-4410", "B2B"); a number with a suffix ("24-та", "1980s") is the numbers check's.
  if (t.kind === "word" && DIGIT.test(t.surface) && TWO_LETTERS_OR_CAPITAL.test(t.surface)) return "code";
  return undefined;
}

/** A code as its text writes it: with the letters and figures glued to it on either side ("5" of "5Q0615423B"). */
function asWritten(text: string, code: string): string {
  const at = text.indexOf(code);
  if (at < 0) return code;
  let start = at;
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
  let end = at + code.length;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
  return text.slice(start, end);
}
