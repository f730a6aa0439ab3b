/** Names, acronyms, codes and addresses a translation copies as they are. */
import levenshtein from "fast-levenshtein";
import { narrowable } from "../../lang/chars.js";
import { isUnitSymbol, type LanguageProfile } from "../../lang/index.js";
import { dominantScript } from "../../lang/script.js";
import { anchorMatch, MAX_COGNATE_LENGTH, type Matchable } from "../../score/index.js";
import type { Flag } from "../../types.js";
import type { LinkTokens, ReviewContext, SideInfo } from "../context.js";
import { formsOf } from "../forms.js";
import { perLanguage } from "../memo.js";
import { escapeRegExp, romanValue, spacedOtherwise, unique } from "../text.js";
import { LONG_LIST } from "../tokens.js";
import { examples, localized, lowered, otherScriptsAlike, suffixTranslated, writtenInLatin } from "./codes.js";
import { copiedIndex, nameIndex } from "./name-index.js";
import type { Check } from "./types.js";

/** A name in the source with no counterpart in the translation: dropped, or replaced by another? */
export const namesMissing: Check = {
  name: "names missing from the translation",
  textOnly: true,
  run: (ctx, _link, k, earlier) => {
    // A figure in Roman letters that a number's flag named already ("том II" / "Volume III": another reference; stranger 337).
    const told = (m: string) => romanValue(m) !== undefined && earlier.some((f) => f.type === "numbers" && f.reason.includes(m));
    const missing = namesOnlyOn(ctx, k, "source", earlier).filter((m) => !told(m));
    if (missing.length === 0) return undefined;
    // "Q3" / "четвъртото тримесечие": another quarter.
    const changed = otherQuarter(ctx, k, missing, "source");
    if (changed)
      return {
        type: "numbers",
        severity: "error",
        reason: `the translation says "${changed.other}" where the source says ${changed.mine}`,
        evidence: { source: [changed.mine], target: [changed.other] },
      };
    // "Q3" / "II тримесечие": another quarter in Roman figures.
    const quarter3 = missing.some((m) => QUARTER.test(m)) ? quarterChange(ctx, k, 1) : undefined;
    if (quarter3) return quarter3;
    // A quarter in Roman figures, where the translation names another ("II тримесечие" / "Q3"): a changed figure.
    const roman = missing.find((m) => (romanValue(m) ?? Number.POSITIVE_INFINITY) <= 4);
    const quarter = roman && ctx.linkTokens(k).target.find((t) => t.kind === "word" && QUARTER.test(t.surface));
    if (roman && quarter)
      return {
        type: "numbers",
        severity: "error",
        reason: `the translation says ${quarter.surface} where the source says ${roman}`,
        evidence: { source: [roman], target: [quarter.surface] },
      };
    // Within one script, an acronym is often translated as the words it stands for ("CEO" / "directeur général", "LED" /
    // "voyant", "EU" / "UE"): information. (Across scripts the acronyms of the source's own script are never expected.)
    const translatable = ctx.source.script === ctx.target.script && ctx.source.lang.code !== ctx.target.lang.code;
    const acronymsOnly = translatable && missing.every((m) => ACRONYM.for(m).test(m));
    return {
      type: "names",
      severity: acronymsOnly ? "info" : "warning",
      reason: `${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not in the translation${acronymsOnly ? " (an acronym may be translated)" : ""}`,
      evidence: { source: missing },
    };
  },
};

/** Whether `name` is a month in Roman figures between a date's day and year in `text` ("21.III.2025"). */
function romanMonth(name: string, text: string): boolean {
  const value = romanValue(name);
  return (
    value !== undefined && value >= 1 && value <= 12 && new RegExp(`(?<!\\d)\\d{1,2}\\.\\s?${name}\\.\\s?\\d{4}(?!\\d)`, "u").test(text)
  );
}

/** An acronym of capitals alone, two to six ("CEO", "LED", "NATO"): a code with a figure ("A4", "ZF-6021") is no acronym. */
const ACRONYM = narrowable(String.raw`^\p{Lu}{2,6}$`, "u");

/**
 * A name in the translation only: information (translators add names that
 * the source implies). A warning where the name is written in the source's
 * script and the source has a name of that script the translation lacks in
 * any form: a product's name replaced by another ("Nexlipril" / "Cardizant").
 */
export const namesAdded: Check = {
  name: "names in the translation only",
  textOnly: true,
  run: (ctx, _link, k, earlier) => {
    // A currency in thousands as a statement heads its column ("BGN'000"): a scale, the scale check's (stranger 326).
    const added = namesOnlyOn(ctx, k, "target", earlier).filter((n) => !/['’]000$/u.test(n));
    if (added.length === 0) return undefined;
    // "третото тримесечие" / "Q4": another quarter.
    const changed = otherQuarter(ctx, k, added, "target");
    if (changed)
      return {
        type: "numbers",
        severity: "error",
        reason: `the translation says ${changed.mine} where the source says "${changed.other}"`,
        evidence: { source: [changed.other], target: [changed.mine] },
      };
    const replaced = replacedNames(ctx, k, added);
    if (replaced)
      return {
        type: "names",
        severity: "warning",
        reason: `the translation has ${replaced.added.join(", ")} where the source has ${replaced.lost.join(", ")}: another name?`,
        evidence: { source: replaced.lost, target: replaced.added },
      };
    return {
      type: "names",
      severity: "info",
      reason: `${added.join(", ")} ${added.length > 1 ? "appear" : "appears"} in the translation only`,
      evidence: { target: added },
    };
  },
};

/**
 * A name the translation copies from a script not its language's, spelt
 * otherwise: "Atorvex" in the English source, "Atorvax" in the Bulgarian
 * translation. The name-matching of the other checks reads the two as one
 * name (a name transliterated or inflected is written a little otherwise),
 * but a word copied in the other language's letters is copied as it is:
 * a product, a company or a brand misspelt. Only where the two languages are
 * written in different scripts, for words of that other script; an English
 * plural or possessive of the name ("Atorvexes", "Atorvex's") is the name.
 */
export const namesMisspelled: Check = {
  name: "copied names spelt otherwise",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0 || ctx.source.script === ctx.target.script) return undefined;
    const lt = ctx.linkTokens(k);
    const found = [
      ...misspelt(lt.source, lt.target, ctx.source),
      ...misspelt(lt.target, lt.source, ctx.target).map(([a, b]) => [b, a] as const),
    ];
    // Most links have none: the earlier flags are read only for those that do.
    if (found.length === 0) return undefined;
    // A code the codes check reported changed (`--dry-run` / `--dry-rn`) is reported once.
    const reported = earlier.flatMap((f) => (f.type === "names" ? [...(f.evidence?.source ?? []), ...(f.evidence?.target ?? [])] : []));
    const told = (w: Matchable) => reported.some((r) => r.includes(w.surface));
    const pairs = found.filter(([a, b]) => !told(a) && !told(b));
    if (pairs.length === 0) return undefined;
    const said = unique(pairs.map(([a, b]) => `${b.surface} where the source has ${a.surface}`));
    const script = dominantScript(pairs[0]![0].surface).script;
    return {
      type: "names",
      severity: "error",
      reason: `the translation has ${said.join(", ")}: a name kept in ${script} letters is copied exactly`,
      evidence: { source: unique(pairs.map(([a]) => a.surface)), target: unique(pairs.map(([, b]) => b.surface)) },
    };
  },
};

/**
 * The shortest name (in letters) judged misspelt: shorter ones differ by one letter and are other names ("Ford",
 * "Lord"). A species' epithet of one letter fewer counts after its genus ("E. coli", "Escherichia coli").
 */
const MISSPELT_MIN_LETTERS = 5;

/** Whether `a`, in lowercase, follows a genus: a capitalised word of its script, or the genus's initial ("E. coli"). */
function epithet(a: Matchable, before: Matchable | undefined): boolean {
  return (
    before !== undefined &&
    before.kind === "word" &&
    !CAPITAL_FIRST.test(a.surface) &&
    CAPITAL_FIRST.test(before.surface) &&
    dominantScript(before.surface).script === dominantScript(a.surface).script
  );
}

/**
 * Pairs [a, b]: a word of `mine` written in the other side's script (a name
 * copied: `SideInfo.strong`), with no word of `other` spelt as it is, and a
 * word b of `other` in that script, capitalised as a is, one or two letters
 * away from it (a third of its length at most), itself not a word of `mine`.
 */
export function misspelt(
  mine: readonly Matchable[],
  other: readonly Matchable[],
  info: Pick<SideInfo, "strong">,
  indexFrom = DELETIONS_FROM,
): Array<readonly [Matchable, Matchable]> {
  const out: Array<readonly [Matchable, Matchable]> = [];
  // Each side's words looked up, not scanned for every name: a line with no full stop is one segment of thousands of
  // words, and scans made it quadratic (bench/lines.ts: NTREX news without stops grew 3.5 times per character from 100k to 400k).
  let index: OtherWords | undefined;
  // Indexed: `entries()` made a pair per word of every link (78 MB on a 100,000-segment pair).
  for (let n = 0; n < mine.length; n++) {
    const a = mine[n]!;
    if (a.kind !== "word" || !info.strong(a) || NUMERAL.test(a.surface)) continue;
    if (a.key.length < MISSPELT_MIN_LETTERS && !(a.key.length === MISSPELT_MIN_LETTERS - 1 && epithet(a, mine[n - 1]))) continue;
    // No name is this long, and the edit distance of two such runs of letters grows with the product of their lengths.
    if (a.key.length > MAX_COGNATE_LENGTH) continue;
    index ??= otherWords(mine, other, indexFrom);
    // Spelt as a is, or joined to it by an apostrophe or a hyphen ("ITV's", "PNG-registered"): `withClitic` both ways.
    if (index.keys.has(a.key) || index.parts.has(a.key) || partsOf(a.key).some((p) => index!.keys.has(p))) continue;
    const script = dominantScript(a.surface).script;
    for (const b of index.near(bare(a.key))) {
      // Capitalised as the name is: a species' epithet ("aureus" made "aureas") is in lowercase on both sides.
      if (
        b.kind !== "word" ||
        b.key === a.key ||
        CAPITAL_FIRST.test(b.surface) !== CAPITAL_FIRST.test(a.surface) ||
        NUMERAL.test(b.surface)
      )
        continue;
      // "Alcommet's" for "Alcomet": the name without its English possessive is compared.
      const [x, y] = [bare(a.key), bare(b.key)];
      if (Math.abs(y.length - x.length) > 2 || sameName(a.key, b.key) || withClitic(a, b)) continue;
      if (dominantScript(b.surface).script !== script || index.mine.has(b.key)) continue;
      const distance = levenshtein.get(x, y);
      // Two letters side by side swapped count as one slip ("ENSIA" for "ENISA"; stranger 221).
      if (distance > Math.min(2, Math.floor(Math.max(x.length, y.length) / 3)) && !(distance === 2 && adjacentSwap(x, y))) continue;
      out.push([a, b]);
      break;
    }
  }
  return out;
}

/** Whether two keys of one length differ by two letters side by side, swapped ("ensia", "enisa"). */
function adjacentSwap(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  const at = [...x].findIndex((c, n) => c !== y[n]);
  return at >= 0 && x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2) === y.slice(at + 2);
}

/** A key without the English possessive after it ("alcommet's", "banks'"). */
/** What `misspelt` looks up of a link's two sides: each side's word keys, the other's clitic parts, its words by length. */
interface OtherWords {
  readonly keys: ReadonlySet<string>;
  readonly parts: ReadonlySet<string>;
  readonly mine: ReadonlySet<string>;
  /**
   * The other side's words whose key, bare of a possessive, may be within two edits of `key` (bare too), in their
   * order: every one within two letters of its length, or, on a long list, those sharing a form with two letters
   * deleted at most (`deletionIndex`).
   */
  readonly near: (key: string) => readonly Matchable[];
}

/**
 * A list of words this long or longer is looked up by its words' deletions (`deletionIndex`), not scanned: a
 * segment of 4,900 Latin words a side compared every word with every other (50-70 s a link; stranger 65).
 */
const DELETIONS_FROM = 200;
/** Keys longer than this are scanned for, not indexed (a word's deletions grow with the square of its length). */
const DELETIONS_MAX_LETTERS = 24;

/** `key` with up to two of its characters (UTF-16 units, as the edit distance counts them) left out, itself included. */
function deletions(key: string): Set<string> {
  const out = new Set<string>([key]);
  for (let i = 0; i < key.length; i++) {
    const one = key.slice(0, i) + key.slice(i + 1);
    out.add(one);
    for (let j = i; j < one.length; j++) out.add(one.slice(0, j) + one.slice(j + 1));
  }
  return out;
}

function otherWords(mine: readonly Matchable[], other: readonly Matchable[], indexFrom: number): OtherWords {
  const keys = new Set<string>();
  const parts = new Set<string>();
  const byLength = new Map<number, number[]>();
  other.forEach((b, n) => {
    if (b.kind !== "word") return;
    keys.add(b.key);
    for (const p of partsOf(b.key)) parts.add(p);
    const length = bare(b.key).length;
    // Added to in place: a copy of the list per word made a segment of 300,000 words quadratic (docs/scale.md).
    const list = byLength.get(length);
    if (list) list.push(n);
    else byLength.set(length, [n]);
  });
  const mineKeys = new Set(mine.flatMap((c) => (c.kind === "word" ? [c.key] : [])));
  const nearBy = new Map<number, readonly Matchable[]>();
  // The deletion index of a long list: each form with up to two characters deleted, the words that have it; the
  // words too long to index are met by every key.
  let byDeletion: Map<string, number[]> | undefined;
  const long: number[] = [];
  if (keys.size >= indexFrom) {
    byDeletion = new Map();
    other.forEach((b, n) => {
      if (b.kind !== "word") return;
      const key = bare(b.key);
      if (key.length > DELETIONS_MAX_LETTERS) {
        long.push(n);
        return;
      }
      for (const d of deletions(key)) {
        const list = byDeletion!.get(d);
        if (list) list.push(n);
        else byDeletion!.set(d, [n]);
      }
    });
  }
  return {
    keys,
    parts,
    mine: mineKeys,
    near: (key) => {
      // Two keys within two edits keep a common form with two characters deleted from each at most: a long list is
      // looked up by those forms, the words found taken in their order, as the scan would meet them.
      if (byDeletion && key.length <= DELETIONS_MAX_LETTERS) {
        const found = new Set<number>(long);
        for (const d of deletions(key)) for (const n of byDeletion.get(d) ?? []) found.add(n);
        return [...found].sort((x, y) => x - y).map((n) => other[n]!);
      }
      const length = key.length;
      // Once per length: every name of the link asks, and the answer is most of the other side's words, sorted.
      let words = nearBy.get(length);
      if (!words) {
        const at: number[] = [];
        for (let d = -2; d <= 2; d++) for (const n of byLength.get(length + d) ?? []) at.push(n);
        words = at.sort((x, y) => x - y).map((n) => other[n]!);
        nearBy.set(length, words);
      }
      return words;
    },
  };
}

/** The parts of a key joined by apostrophes or hyphens ("itv's": "itv", "s"), none for a key with neither. */
function partsOf(key: string): readonly string[] {
  return /['’-]/u.test(key) ? key.split(/['’-]/u) : [];
}

function bare(key: string): string {
  return key.replace(/['’]s?$/u, "");
}

/**
 * Whether two keys are one name: one of them inflected the English way
 * ("atorvex" and "atorvexes", "atorvex's"), or written without its accents
 * ("müller" and "mueller" or "muller", "pérez" and "perez").
 */
function sameName(a: string, b: string): boolean {
  if (plainLetters(a) === plainLetters(b) || plainLetters(a, true) === plainLetters(b, true)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short)) return false;
  const rest = long.slice(short.length);
  return rest === "s" || rest === "es" || rest === "'s" || rest === "’s" || rest === "'" || rest === "’";
}

const NUMERAL = narrowable(String.raw`\p{N}`, "u");

/** German's letters as written without them ("ü" as "ue"), where `spelt`. */
const SPELT_OUT: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** A key without its accents: with German's spelt out (`spelt`), or dropped. */
export function plainLetters(key: string, spelt = false): string {
  const folded = spelt ? key.replace(/[äöüß]/gu, (c) => SPELT_OUT[c]!) : key;
  // Hyphens and apostrophes aside too: "e-mail" and "email", "Wi-Fi" and "WiFi" are one word.
  return folded.normalize("NFD").replace(/[\p{M}'’-]/gu, "");
}

/**
 * Of the names the translation adds, those written in the source's script
 * (copied from a source, not translated), and the source's words of that
 * script that look like names and that nothing in the translation answers:
 * capitalised, of four letters or more, neither a function word nor written
 * in lowercase elsewhere in the source, with no counterpart in the
 * translation by spelling (identical, a cognate, a transliteration) or by
 * the given and built-in dictionaries (what the document teaches pairs a
 * name with the words it stands beside). Both must be found; else undefined.
 */
function replacedNames(ctx: ReviewContext, k: number, added: readonly string[]): { added: string[]; lost: string[] } | undefined {
  if (ctx.source.script === ctx.target.script) return undefined;
  const inSourceScript = added.filter((a) => !NUMERAL.test(a) && dominantScript(a).script === ctx.source.script);
  if (inSourceScript.length === 0) return undefined;
  const lt = ctx.linkTokens(k);
  const frequent = new Set(ctx.source.lang.frequentWords ?? []);
  const lowercase = ctx.source.lowercase();
  const answered = (a: Matchable) => lt.target.some((b) => nameMatch(a, b) || ctx.given?.lookup(a.stem)?.has(b.stem) === true);
  const lost = unique(
    lt.source
      .filter(
        (a) =>
          a.kind === "word" &&
          a.key.length >= 4 &&
          CAPITAL_FIRST.test(a.surface) &&
          !NUMERAL.test(a.surface) &&
          // Every noun is capitalised in German: no capital says a name there.
          !ctx.source.lang.capitalisesNouns &&
          !frequent.has(a.key) &&
          !lowercase.has(a.key) &&
          dominantScript(a.surface).script === ctx.source.script &&
          !answered(a),
      )
      .map((a) => a.surface),
  );
  return lost.length > 0 ? { added: inSourceScript, lost } : undefined;
}

/** A quarter of a year as English economics writes it: "Q3". */
const QUARTER = /^Q([1-4])$/u;

/** The quarters a side names in words (`LanguageData.quarters`: "третото тримесечие", "the third quarter"), by value, as written. */
function quartersInWords(tokens: readonly Matchable[], lang: LanguageProfile, halves = false): Map<string, string> {
  const out = new Map<string, string>();
  const quarters = halves ? lang.halfYears : lang.quarters;
  if (!quarters) return out;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const pair = `${tokens[i]!.surface} ${tokens[i + 1]!.surface}`;
    const lower = pair.toLowerCase();
    const n = quarters.findIndex((forms) => forms.includes(lower));
    if (n >= 0 && !out.has(String(n + 1))) out.set(String(n + 1), pair);
  }
  return out;
}

/**
 * Where side `mine` has a quarter as "Q3" that the other side names as another quarter in words ("четвъртото
 * тримесечие"): what each says. (In Roman figures, "II тримесечие" / "Q3", `namesMissing` reads it.)
 */
function otherQuarter(
  ctx: ReviewContext,
  k: number,
  named: readonly string[],
  mine: "source" | "target",
): { mine: string; other: string } | undefined {
  // A half of a year as "H1" the other side names as the other half ("второто полугодие"; stranger 278).
  const quarter = named.find((n) => QUARTER.test(n)) ?? named.find((n) => HALF_YEAR.test(n));
  if (!quarter) return undefined;
  const half = HALF_YEAR.test(quarter);
  const tokens = ctx.linkTokens(k);
  const other = mine === "source" ? "target" : "source";
  const inWords = quartersInWords(tokens[other], ctx[other].lang, half);
  const said = [...inWords.values()][0];
  return said !== undefined && !inWords.has((half ? HALF_YEAR : QUARTER).exec(quarter)![1]!) ? { mine: quarter, other: said } : undefined;
}

/** A half of a year as reports write it: "H1", "H2". */
const HALF_YEAR = /^H([12])$/u;

/** A financial year as reports write it: "FY2025", "FY25". */
const FISCAL_YEAR = /^FY(\d{4}|\d{2})$/u;

/** Whether `surface` is a quarter ("Q3") the other side numbers in Roman or Arabic figures ("III тримесечие") or in words, or the other way round. */
function sameQuarter(surface: string, other: readonly Matchable[], otherLang: LanguageProfile): boolean {
  // "H1" / "първото полугодие", "FY2025" / "2025 финансова година" (stranger 278: both were names not translated).
  const half = HALF_YEAR.exec(surface)?.[1];
  if (half !== undefined) return quartersInWords(other, otherLang, true).has(half);
  const fiscal = FISCAL_YEAR.exec(surface)?.[1];
  if (fiscal !== undefined) return other.some((t) => t.kind === "number" && t.key === (fiscal.length === 2 ? `20${fiscal}` : fiscal));
  const quarter = QUARTER.exec(surface)?.[1];
  if (quarter !== undefined)
    return (
      other.some((t) => (t.kind === "number" && t.key === quarter) || (t.kind === "word" && String(romanValue(t.surface)) === quarter)) ||
      quartersInWords(other, otherLang).has(quarter)
    );
  const value = romanValue(surface);
  return value !== undefined && other.some((t) => t.kind === "word" && QUARTER.exec(t.surface)?.[1] === String(value));
}

/**
 * Whether `surface` is a number in Roman figures that the other side writes in Arabic ones: as a number, inside a word
 * ("mid-4th" for "средата на IV в."), or as the century of a decade ("1970s" for "70-те години на XX в."; stranger 141).
 */
function romanIn(surface: string, other: readonly Matchable[], otherLang?: LanguageProfile): boolean {
  const value = romanValue(surface);
  if (value === undefined) return false;
  const key = String(value);
  // Or its ordinal in words: "XIV век" / "the fourteenth century", "seventeenth-century", "Ivan Asen the Second" (stranger 227).
  const words = otherLang?.numberWords;
  const units = otherLang?.compoundUnits ?? {};
  const of = (w: string) => (words !== undefined && Object.hasOwn(words, w) ? words[w] : undefined);
  // Tens and units too: "Chapter Twenty-one" for "Глава XXI" (stranger 333: 45 warnings in one book).
  const compound = (parts: readonly string[]) =>
    parts.length === 2 && (of(parts[0]!) ?? 0) >= 20 && (of(parts[0]!) ?? 0) % 10 === 0
      ? of(parts[0]!)! + (Object.hasOwn(units, parts[1]!) ? units[parts[1]!]! : (of(parts[1]!) ?? 100))
      : undefined;
  const said = (word: string) =>
    words !== undefined && (word.split("-").some((w) => of(w) === value) || compound(word.split("-")) === value);
  return other.some(
    (t) =>
      (t.kind === "number" && (t.key === key || DECADE_CENTURY.exec(t.surface)?.[1] === String(value - 1))) ||
      (t.kind === "word" && (FIGURE_IN_WORD.exec(t.surface)?.[1] === key || said(t.key))),
  );
}

/** A decade written in full ("1970s"): its century's figures, less one. */
const DECADE_CENTURY = /^(\d{2})\d0[’']?s$/u;
/** A figure inside a hyphenated word, an ordinal perhaps ("mid-4th", "4th-century"). */
const FIGURE_IN_WORD = /(?:^|-)(\d{1,2})(?:st|nd|rd|th)?(?:-|$)/u;

/**
 * A word in lowercase letters only, written in the other side's script
 * ("e-mail", "online" in a Bulgarian text): a borrowed common word, which a
 * translation may leave out ("on e-mail academy@..." is "at academy@..."), not a name.
 */
const LOWERCASE_WORD = narrowable(String.raw`^[\p{Ll}]+(?:[-'’][\p{Ll}]+)*$`, "u");

/** A capital of one script and a subscript of up to four letters of another ("Цmin", "Pмакс"). */
const FORMULA_SYMBOL = /^(?:\p{Script=Cyrillic}\p{Script=Latin}{1,4}|\p{Script=Latin}\p{Script=Cyrillic}{1,4})$/u;
/** A lowercase word with a figure inside, a typist's slip ("по0сериозен"). */
const FIGURE_INSIDE = /^\p{Ll}{2,}\d\p{Ll}{2,}$/u;

/** The names, codes and addresses of link k's `side` that a translation copies and the other side lacks (those an earlier check named aside: a changed code is reported once). */
function namesOnlyOn(ctx: ReviewContext, k: number, side: "source" | "target", earlier: readonly Flag[]): string[] {
  const reported = reportedNames(earlier, side);
  const tokens = ctx.linkTokens(k);
  const fromSource = side === "source";
  const mine = fromSource ? tokens.source : tokens.target;
  const other = fromSource ? tokens.target : tokens.source;
  const info = fromSource ? ctx.source : ctx.target;
  const otherInfo = fromSource ? ctx.target : ctx.source;
  const link = ctx.links[k]!;
  // Within one script, a heading in capitals ("USER MANUAL – ESPRESSO MACHINE", "BEDIENUNGSANLEITUNG") is words of its
  // language, translated: only its short words (an acronym's length: "EU", "LED") may be names there.
  const headingWords =
    info.script === otherInfo.script && info.lang.code !== otherInfo.lang.code
      ? capitalsHeadingWords(fromSource ? tokens.sourceSegments : tokens.targetSegments, info.lang)
      : undefined;
  // Each name once, in the order met (most links have none: nothing is made for them).
  const out: string[] = [];
  for (const [n, a] of mine.entries()) {
    if (
      info.strong(a) &&
      !headingWords?.has(a) &&
      !reported?.has(a.surface) &&
      // The head of a changed version ("FW-2" of "FW-2.3.1") is reported with it.
      !(reported && a.kind === "word" && [...reported].some((r) => r.startsWith(`${a.surface}.`))) &&
      // A folder of a changed path ("Data" of "C:\Users\Public\Ledgerly\Data") is reported with it.
      !(reported && a.kind === "word" && [...reported].some((r) => /[\\/]/u.test(r) && r.split(/[\\/]/u).includes(a.surface))) &&
      // Currency and unit codes ("EUR", "km", "мм²"): the units check compares them with their amounts ("500 EUR" is "€500").
      !isUnitSymbol(a.surface, info.lang.units) &&
      // So is one written in capitals after its number, as a warning in capitals writes it ("300 MM", "4500 MIN-1"; stranger 266).
      !(mine[n - 1]?.kind === "number" && isUnitSymbol(a.surface.toLowerCase(), info.lang.units)) &&
      !(a.kind === "word" && LOWERCASE_WORD.for(a.surface).test(a.surface)) &&
      // A formula's symbol, its letter localized ("Цmin" / "Pmin"), and a word with a typist's figure inside ("по0сериозен").
      !(a.kind === "word" && (FORMULA_SYMBOL.test(a.surface) || FIGURE_INSIDE.test(a.surface))) &&
      !matchedIn(a, other, fromSource) &&
      // A code the source types in Cyrillic look-alikes or transliterates ("Т1", "МиГ-29"), written in Latin letters ("T1", "MiG-29").
      !(other.length > LONG_LIST
        ? copiedIndex(
            other,
            fromSource,
            fromSource ? { source: info.lang, target: otherInfo.lang } : { source: otherInfo.lang, target: info.lang },
          ).has(a.surface)
        : fromSource
          ? other.some((b) => copiedOtherwise(a.surface, b.surface, info, otherInfo))
          : other.some((b) => copiedOtherwise(b.surface, a.surface, otherInfo, info))) &&
      // "раздел II" / "Section 2": a section numbered in Roman figures on one side and Arabic on the other, a house style.
      // "mid-4th" for "IV": a figure inside the word, answered by a Roman figure of the other side (a word with no figure asks nothing).
      !(
        a.kind === "word" &&
        (romanIn(a.surface, other, otherInfo.lang) ||
          (/\d/u.test(a.surface) && other.some((b) => b.kind === "word" && romanIn(b.surface, [a]))))
      ) &&
      // "III тримесечие" / "Q3": a quarter, in Roman figures on one side and as English writes it on the other.
      !(a.kind === "word" && sameQuarter(a.surface, other, otherInfo.lang)) &&
      // "Twitter" and "tweeted": another form of the name.
      !formsShared(a.surface, info.lang.code, otherInfo.text(fromSource ? link.target : link.source), otherInfo.lang.code) &&
      !out.includes(a.surface)
    )
      out.push(a.surface);
  }
  // A label in capitals opening a sentence ("WARNUNG:", "ВНИМАНИЕ!", "AVERTISSEMENT :") is a word of the language, translated;
  // a code spaced otherwise on the other side ("S355 J2" / "S355J2") is there.
  if (out.length === 0) return out;
  const [text, otherText] = [info.text(link[side]), otherInfo.text(link[fromSource ? "target" : "source"])];
  // A release note's "v5" said "версия 5" on the other side (stranger 366: a false warning under --fail-on warning).
  const versionSaid = (name: string) => {
    const number = /^v(\d+(?:\.\d+)*)$/iu.exec(name)?.[1];
    const words = otherInfo.lang.versionWords;
    return (
      number !== undefined &&
      words?.some((w) => new RegExp(`(?<!\\p{L})${escapeRegExp(w)}\\s*${escapeRegExp(number)}(?![\\d.]\\d)`, "iu").test(otherText))
    );
  };
  // A formula's subscripts typed as plain figures on one side ("C₂H₅OH" / "C2H5OH"; stranger 200).
  const lowOther = lowered(otherText);
  const subscripted = (name: string) => (lowered(name) !== name || lowOther !== otherText) && lowOther.includes(lowered(name));
  return out.filter(
    (name) =>
      !labelOpening(
        name,
        link[side].map((id) => info.text([id])),
      ) &&
      !spacedOtherwise(name, text, otherText) &&
      !subscripted(name) &&
      !versionSaid(name) &&
      // A date's month in Roman figures ("21.III.2025 г."), which the dates check reads (stranger 285).
      !romanMonth(name, text),
  );
}

const DIGIT = /\d/u;

/**
 * Whether a translation's name is the source's as it should be written there: a code typed in Cyrillic look-alikes or
 * transliterated ("Т1" / "T1"), a link to the page in the translation's language, an example e-mail localized.
 */
function copiedOtherwise(mine: string, theirs: string, source: SideInfo, target: SideInfo): boolean {
  return (
    writtenInLatin(mine, theirs, source.lang) ||
    otherScriptsAlike(mine, theirs) ||
    localized(mine, theirs, source.lang.code, target.lang.code) ||
    examples(mine, theirs) ||
    suffixTranslated(mine, theirs)
  );
}

/** The words longer than an acronym of the segments written in capitals throughout (two words or more), if any. */
function capitalsHeadingWords(segments: readonly (readonly Matchable[])[], lang: LanguageProfile): ReadonlySet<Matchable> | undefined {
  let out: Set<Matchable> | undefined;
  for (const tokens of segments) {
    if (!inCapitals(tokens)) continue;
    out ??= new Set();
    // A code in it ("EM-420") is copied as it is, and stays a name; so may a short word ("EU"), but not one of the
    // language's small words ("НА", "ЗА", "AND").
    for (const t of tokens)
      if (t.kind === "word" && !DIGIT.test(t.surface) && (t.surface.length > HEADING_ACRONYM_MAX || lang.danglingWords.has(t.key)))
        out.add(t);
  }
  return out;
}

/** Whether a segment opens with a word and a number, as a heading's label does ("Статья 2.", "Article 5"). */
function labelledHeading(tokens: readonly Matchable[]): boolean {
  return tokens.length > 2 && tokens[0]!.kind === "word" && tokens[1]!.kind === "number";
}

/**
 * Whether a segment's words, two or more, are in capitals (most segments are sentences: their first word settles it),
 * its label aside: "Статья 2. ЦЕНА И ПОРЯДОК РАСЧЁТОВ", "Article 5. LIABILITY" (a word and a number opening it).
 */
function inCapitals(tokens: readonly Matchable[]): boolean {
  let words = 0;
  for (let i = labelledHeading(tokens) ? 2 : 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    if (HAS_LOWER.for(t.surface).test(t.surface)) return false;
    words++;
  }
  return words >= 2;
}

/** Whether `word`, in capitals and longer than an acronym, opens one of `texts` as a label: a colon or "!" after it, or nothing. */
function labelOpening(word: string, texts: readonly string[]): boolean {
  if (word.length <= HEADING_ACRONYM_MAX || !ALL_CAPS.for(word).test(word)) return false;
  return texts.some((t) => {
    const text = t.trimStart();
    return text.startsWith(word) && LABEL_END.test(text.slice(word.length));
  });
}

/** What follows a label: a colon or an exclamation mark (French spaces it), or the end of its sentence. */
const LABEL_END = /^\s*(?:[:!]|$)/u;

/** Whether token a of one side names what a token of the other side does (`nameMatch`, source token first). */
export function matchedIn(a: Matchable, other: readonly Matchable[], fromSource: boolean): boolean {
  // A long list is looked up: a line of thousands of names asks once per name, not once per pair.
  if (other.length > LONG_LIST) return nameIndex(other).has(a, fromSource);
  for (const b of other) if (fromSource ? nameMatch(a, b) : nameMatch(b, a)) return true;
  return false;
}

/** The names, codes and addresses earlier flags of the link named on `side` (none: undefined, as on most links). */
function reportedNames(earlier: readonly Flag[], side: "source" | "target"): ReadonlySet<string> | undefined {
  let out: Set<string> | undefined;
  for (const f of earlier) {
    // A Roman figure the numbers check named changed ("XVII" / "18th") is said already.
    if (f.type !== "names" && f.type !== "numbers") continue;
    for (const name of f.evidence?.[side] ?? []) {
      out ??= new Set();
      out.add(name);
    }
  }
  return out;
}

/**
 * Whether `words`, in language `lang`, and `other`, a text in `otherLang`,
 * name one thing by any of its forms (data/names): "Twitter" and "tweeted",
 * "Русия" and "Russian-backed", "Китай" and "Beijing".
 */
export function formsShared(words: string, lang: string, other: string, otherLang: string): boolean {
  const mine = formsOf(lang)?.idsIn(words);
  if (!mine?.size) return false;
  const theirs = formsOf(otherLang)?.idsIn(other);
  return theirs !== undefined && [...mine].some((id) => theirs.has(id));
}

/**
 * The same anchor, or the same name with a clitic attached by an apostrophe
 * or a hyphen on one side: "ITV" and "ITV's", "ONU" and "l'ONU", "PNG" and
 * "PNG-registered".
 */
export function nameMatch(a: Matchable, b: Matchable): boolean {
  return anchorMatch(a, b) !== undefined || withClitic(a, b);
}

/** Whether one word is the other with a clitic joined by an apostrophe or a hyphen ("ITV's", "l'ONU", "Atorvex-а"). */
function withClitic(a: Matchable, b: Matchable): boolean {
  if (a.kind !== "word" || b.kind !== "word") return false;
  const within = (name: string, word: string) => word.length > name.length && /['’-]/u.test(word) && word.split(/['’-]/u).includes(name);
  return within(a.key, b.key) || within(b.key, a.key);
}

/** A headline in title case ("It Is Very Bad") capitalises at least this share of its words (and three or more). */
const TITLE_CASE_SHARE = 0.6;
const TITLE_CASE_MIN_WORDS = 3;

/**
 * Names on each side of a link (capitalised words after a segment's first
 * word, acronyms) and whether each has a counterpart on the other side:
 * identical, or a cognate once transliterated ("Симпсън" and "Simpson").
 */
// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond or two to compile.
const ALL_CAPS = narrowable(String.raw`^\p{Lu}{2,}$`, "u");
const CAPITAL_FIRST = narrowable(String.raw`^\p{Lu}`, "u");
/** The longest word an all-capitals heading may hold as an acronym. */
const HEADING_ACRONYM_MAX = 4;

/**
 * A word in capitals longer than an acronym, opening a sentence whose next
 * token is a capitalised word in lowercase letters: a manual's "ВНИМАНИЕ:",
 * "WARNING:", "ЗАБЕЛЕЖКА:" before its sentence, not a name.
 */
function isLabel(word: Matchable, next: Matchable | undefined, token: Matchable | undefined): boolean {
  return (
    word.surface.length > HEADING_ACRONYM_MAX &&
    ALL_CAPS.test(word.surface) &&
    next !== undefined &&
    next === token &&
    CAPITAL_FIRST.test(next.surface) &&
    HAS_LOWER.for(next.surface).test(next.surface)
  );
}
const HAS_LOWER = narrowable(String.raw`\p{Ll}`, "u");

/** A short word of a text in capitals that is the language's own, or a unit's symbol ("MAY", "IN", "ДО", "CM"): no acronym. */
function headingWord(t: Matchable, side: SideInfo): boolean {
  return side.lang.danglingWords.has(t.key) || side.lang.headingWords.has(t.key) || isUnitSymbol(t.surface.toLowerCase(), side.lang.units);
}

/** A language's function words (`frequentWords`, `danglingWords`), lowercase: never a name, capitalised or not. */
const functionWordsOf = perLanguage((lang): ReadonlySet<string> => new Set([...(lang.frequentWords ?? []), ...lang.danglingWords]));
/** Letters a word of the language may have at most to be taken, capitalised, for one it writes in lowercase ("To", "Да"). */
const SHORT_WORD = 3;

/**
 * The names of a link's two sides that find a counterpart on the other side, counted, and those that find none:
 * the same name (`nameMatch`), the same spelling skeleton, or a word a dictionary translates so (`translations`: the
 * target stems a source word translates into). `known`: a word a dictionary has (no name in a title-case heading).
 */
export function strangerNames(
  lt: LinkTokens,
  src: SideInfo,
  tgt: SideInfo,
  translations: (a: Matchable) => Iterable<string> = () => [],
  known: (t: Matchable, side: SideInfo) => boolean = () => false,
): { matched: number; unmatched: string[] } {
  const capitalised = (t: Matchable) => t.kind === "word" && CAPITAL_FIRST.test(t.surface);
  // A language that capitalises its nouns (German): a capital there is a name's only where the other side writes the word so too.
  // So is a capital facing such a language: "Supervisory Board" translates "Aufsichtsrat", which has no capital to tell.
  const nounAsName = (t: Matchable, side: SideInfo) => NUMERAL.test(t.surface) || (side === src ? tgt : src).capitalised().has(t.key);
  const names = (segments: readonly (readonly Matchable[])[], side: SideInfo) =>
    segments.flatMap((tokens) => {
      const words = tokens.filter((t) => t.kind === "word");
      // In a title-case headline, a word the document also writes in lowercase is no name ("Quick Reference Card").
      const titleCase = words.length >= TITLE_CASE_MIN_WORDS && words.filter(capitalised).length >= TITLE_CASE_SHARE * words.length;
      // A heading in capitals ("ПРЕКРАТЯВАНЕ", "TERMINATION") is words, not acronyms: only short ones (NATO, BGN) may be names there.
      // One-letter words and hyphenated ones count ("INVITATION TO A LECTURE", "NON-PERFORMANCE"): no lowercase letter anywhere.
      // Its label aside: "Член 8. СРОК НА ДЕЙСТВИЕ".
      const heading = labelledHeading(tokens) ? words.slice(1) : words;
      // A unit's symbol in lowercase is no sign of a sentence in lowercase letters ("ХОДЪТ НА БУТАЛОТО Е 300 mm."; stranger 262).
      const long = heading.filter((w) => w.surface.length > 2);
      const allCaps = long.length > 0 && long.every((w) => !HAS_LOWER.for(w.surface).test(w.surface));
      // The first word opens the sentence after a heading's number too ("12.2 Смяна на решетката", "3. Replace"): no name.
      let first = tokens.indexOf(words[0]!);
      // A label in capitals opening the sentence ("ВНИМАНИЕ: Преди почистване...", "WARNING: Unplug..."): the word after it opens the sentence.
      const label = !allCaps && first === 0 && isLabel(words[0]!, words[1], tokens[1]);
      if (label) first = 1;
      return tokens.filter(
        (t, n) =>
          !(label && n === 0) &&
          capitalised(t) &&
          t.surface.length >= 2 &&
          // A heading's short word of the language's own ("ЗА", "TO", "ПРИ", "FOR") is no acronym either.
          ((ALL_CAPS.test(t.surface) && !(allCaps && (t.surface.length > HEADING_ACRONYM_MAX || headingWord(t, side)))) ||
            (n > first &&
              !allCaps &&
              // In a title-case heading, a word the document writes in lowercase, or a word of the dictionaries, is no name.
              !(titleCase && (side.lowercase().has(t.key) || known(t, side))) &&
              (!(side.lang.capitalisesNouns || (side === src ? tgt : src).lang.capitalisesNouns) || nounAsName(t, side)))) &&
          !side.lang.capitalisedWords.has(t.key) &&
          // A function word, or a short word the document writes in lowercase, capitalised opens a quotation ("написал: „Да се
          // отвори..."", "written: “To be opened..."": stranger 101).
          !functionWordsOf(side.lang, "").has(t.key) &&
          !(t.key.length <= SHORT_WORD && side.lowercase().has(t.key)),
      );
    });
  const { source: s, target: t } = lt;
  let matched = 0;
  const unmatched: string[] = [];
  // Short names ("Паз", "Paz") are too short to be cognates but spell the same once transliterated.
  // A capitalised word one of the dictionaries translates ("Наемодателят", "the Landlord": a contract's defined term) matches too.
  // What the other side has is gathered once a side (a long line of names compared pair by pair was quadratic).
  const sourceNames = names(lt.sourceSegments, src);
  if (sourceNames.length) {
    const stems = new Set<string>();
    for (const b of t) if (b.kind === "word") stems.add(b.stem);
    const skeletons = new Set<string>();
    for (const b of t) skeletons.add(b.skeleton);
    for (const a of sourceNames)
      if (
        nameIn(a, t, true) ||
        (a.skeleton.length >= 2 && skeletons.has(a.skeleton)) ||
        someIn(translations(a), stems) ||
        romanIn(a.surface, t)
      )
        matched++;
      else unmatched.push(a.surface);
  }
  const targetNames = names(lt.targetSegments, tgt);
  if (targetNames.length) {
    const skeletons = new Set<string>();
    const translated = new Set<string>();
    for (const a of s) {
      if (a.kind !== "word") continue;
      if (a.skeleton.length >= 2) skeletons.add(a.skeleton);
      for (const stem of translations(a)) translated.add(stem);
    }
    for (const b of targetNames)
      if (nameIn(b, s, false) || skeletons.has(b.skeleton) || translated.has(b.stem) || romanIn(b.surface, s)) matched++;
      else unmatched.push(b.surface);
  }
  return { matched, unmatched: unique(unmatched) };
}

/** Whether a token of `list` is the same name as `a` (`nameMatch`, the source's token first): a long list looked up, a short one scanned. */
function nameIn(a: Matchable, list: readonly Matchable[], aIsSource: boolean): boolean {
  if (list.length > LONG_LIST) return nameIndex(list).has(a, aIsSource);
  for (const b of list) if (aIsSource ? nameMatch(a, b) : nameMatch(b, a)) return true;
  return false;
}

function someIn(items: Iterable<string>, set: ReadonlySet<string>): boolean {
  for (const item of items) if (set.has(item)) return true;
  return false;
}

/** A quarter a side names: its number, and how the side writes it ("Q3", "третото тримесечие", "III тримесечие"). */
interface QuarterSaid {
  readonly value: number;
  readonly said: string;
}

/** The quarters of a year a side names, in order: "Q3", in words (`LanguageData.quarters`), or in Roman figures before the quarter's noun. */
function quartersSaid(tokens: readonly Matchable[], lang: LanguageProfile): QuarterSaid[] {
  const out: QuarterSaid[] = [];
  const { quarterOf, nouns } = quarterWords(lang);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const q = QUARTER.exec(t.surface)?.[1];
    if (q !== undefined) {
      out.push({ value: Number(q), said: t.surface });
      continue;
    }
    const next = tokens[i + 1];
    // Every form ends in a quarter's noun: most token pairs are looked at no further.
    if (!next || !nouns.has(next.surface.toLowerCase())) continue;
    const pair = `${t.surface} ${next.surface}`;
    const n = quarterOf.get(pair.toLowerCase());
    const roman = n === undefined ? romanValue(t.surface) : undefined;
    if (n !== undefined || (roman !== undefined && roman >= 1 && roman <= 4)) {
      out.push({ value: n ?? roman!, said: pair });
      i++;
    }
  }
  return out;
}

/** A language's quarters in words: each form's quarter (1 to 4), and the forms' last words (the quarter's noun). */
interface QuarterWords {
  readonly quarterOf: ReadonlyMap<string, number>;
  readonly nouns: ReadonlySet<string>;
}

const quarterTables = new WeakMap<LanguageProfile, QuarterWords>();

function quarterWords(lang: LanguageProfile): QuarterWords {
  let table = quarterTables.get(lang);
  if (!table) {
    const forms = lang.quarters ?? [];
    const quarterOf = new Map<string, number>();
    // The first quarter a form belongs to, as a search in order finds it.
    forms.forEach((list, n) => {
      for (const f of list) if (!quarterOf.has(f)) quarterOf.set(f, n + 1);
    });
    table = { quarterOf, nouns: new Set(forms.flat().map((f) => f.slice(f.lastIndexOf(" ") + 1))) };
    quarterTables.set(lang, table);
  }
  return table;
}

/**
 * A quarter of the year changed where a sentence names several ("Revenue for Q3 2025 ... up from ... in Q3 2024" /
 * "... третото тримесечие на 2025 г. ... второто тримесечие на 2024 г."): as many quarters on each side, one of
 * them another. (One quarter alone, named otherwise, is the names checks'.) Stranger 81's press release.
 */
export const quartersChanged: Check = {
  name: "another quarter of the year",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    if (earlier.some((f) => f.type === "numbers" && /\bQ[1-4]\b|тримесеч|quarter/iu.test(f.reason))) return undefined;
    return quarterChange(ctx, k, 2);
  },
};

/** The flag of a quarter changed among `least` or more quarters the source names, as many on each side (`quartersChanged`). */
function quarterChange(ctx: ReviewContext, k: number, least: number): Flag | undefined {
  const lt = ctx.linkTokens(k);
  const source = quartersSaid(lt.source, ctx.source.lang);
  if (source.length < least) return undefined;
  const target = quartersSaid(lt.target, ctx.target.lang);
  if (target.length !== source.length) return undefined;
  const left = [...target];
  const unmatched: QuarterSaid[] = [];
  for (const q of source) {
    const at = left.findIndex((t) => t.value === q.value);
    if (at >= 0) left.splice(at, 1);
    else unmatched.push(q);
  }
  if (unmatched.length === 0) return undefined;
  return {
    type: "numbers",
    severity: "error",
    reason: `the translation says "${left.map((q) => q.said).join('", "')}" where the source says ${unmatched.map((q) => q.said).join(", ")}`,
    evidence: { source: unmatched.map((q) => q.said), target: left.map((q) => q.said) },
  };
}
