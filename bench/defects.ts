/**
 * Review recall: defects injected into clean NTREX-built BG/EN documents, and
 * whether `review` flags them; plus the share of clean links flagged anyway.
 */

import { createHash } from "node:crypto";
import { align, type BitextOptions } from "../src/index.js";
import type { Bitext, Link } from "../src/types.js";
import { type BuiltPair, buildNoisyPairs, type NtrexDoc, rng, segmentedText } from "./data.js";

export const DEFECTS = [
  "dropped sentence",
  "dropped passage",
  "added sentence",
  "changed number",
  "replaced",
  "truncated",
  "untranslated",
  "number off by ten",
  "changed month",
  "changed currency",
  "changed name",
  "dropped name",
] as const;
export type Defect = (typeof DEFECTS)[number];

interface Injected {
  defect: Defect;
  source: number[];
  target: number[];
}

export interface DefectResult {
  readonly recall: Record<Defect, { found: number; total: number }>;
  /**
   * Links touching no defect that the aligner got right: each source sentence
   * with its own translation (a 2-2 of two such pairs included). A warning on
   * one is a false flag.
   */
  readonly cleanLinks: number;
  readonly falseFlags: number;
  /** Defects found by an error (what `check` fails on), by defect, and clean links with an error: a warning asks a look, an error fails a build. */
  readonly foundAsError: Record<Defect, number>;
  readonly falseErrors: number;
  /**
   * Links touching no defect that the aligner got wrong, nearly all beside a
   * defect (a cut translation taking its neighbour's, which is left "not
   * translated"): flagging them is right, a wrong unit must not go into the
   * memory unseen; counted apart, as the merge check counts only merges found right.
   */
  readonly misaligned: number;
  readonly misalignedFlagged: number;
  readonly seconds: number;
  /** A hash of every link with its confidence and flags (type, severity, reason, evidence), in order: a change meant to keep the review as it is must keep it. */
  readonly digest: string;
}

/** Folds the flags of a bitext's links into a running hash. */
function hashFlags(hash: ReturnType<typeof createHash>, bitext: Bitext): void {
  for (const l of bitext.links) hash.update(JSON.stringify([l.source, l.target, l.score, l.flags ?? []]));
}

const NUMBER = /\d+(?:[.,]\d+)?/;
/** An English month name ("May" left out: it is also a name and a verb); a changed month is the next one, May skipped. */
const MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"];
const MONTH = new RegExp(`\\b(?:${MONTHS.join("|")})\\b`);
/** Defects placed with their own random numbers, after the others: adding one leaves the others where they were. */
const PLACED_APART: ReadonlySet<Defect> = new Set(["changed month", "changed currency", "changed name", "dropped name"]);

/**
 * Countries as the Bulgarian and the English side write them, written here on
 * their own (not from the check's tables): a sentence naming one on both sides
 * gets another country ("changed name") or "the country" ("dropped name").
 */
const COUNTRIES: ReadonlyArray<readonly [bg: string, en: string]> = [
  ["Китай", "China"],
  ["Русия", "Russia"],
  ["Германия", "Germany"],
  ["Франция", "France"],
  ["Италия", "Italy"],
  ["Испания", "Spain"],
  ["Гърция", "Greece"],
  ["Турция", "Turkey"],
  ["Япония", "Japan"],
  ["Индия", "India"],
  ["Мексико", "Mexico"],
  ["Украйна", "Ukraine"],
  ["Полша", "Poland"],
  ["Канада", "Canada"],
  ["Израел", "Israel"],
  ["Иран", "Iran"],
  ["Сирия", "Syria"],
  ["Египет", "Egypt"],
  ["Бразилия", "Brazil"],
  ["Австралия", "Australia"],
  ["Шотландия", "Scotland"],
  ["Ирландия", "Ireland"],
];

/** The first country both sides of a sentence pair name, as its index in `COUNTRIES`. */
function countryIn(target: string, source: string): number {
  return COUNTRIES.findIndex(([bg, en]) => source.includes(bg) && new RegExp(`\\b${en}\\b`).test(target));
}

/** Which flags count as finding each defect on the links covering its segments. */
const FOUND_BY: Record<Defect, (types: string[]) => boolean> = {
  "dropped sentence": (t) => t.includes("missing"),
  "dropped passage": (t) => t.includes("missing"),
  "added sentence": (t) => t.includes("added"),
  // A changed figure of a date is the dates check's to report.
  "changed number": (t) => t.includes("numbers") || t.includes("dates"),
  replaced: (t) => t.length > 0,
  truncated: (t) => t.length > 0,
  untranslated: (t) => t.includes("untranslated"),
  "number off by ten": (t) => t.includes("numbers") || t.includes("dates"),
  "changed month": (t) => t.includes("dates"),
  "changed currency": (t) => t.includes("units"),
  "changed name": (t) => t.includes("names"),
  "dropped name": (t) => t.includes("names"),
};

/**
 * A currency or unit replaced by another, the number kept ("£125m" -> "$125m",
 * "5 miles" -> "5 kilometres"): written here on its own, not from the check's tables.
 */
const UNIT_SWAPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/£(?=\d)/, "$"],
  [/\$(?=\d)/, "€"],
  [/€(?=\d)/, "£"],
  [/(\d)\s?(?:%|per ?cent\b|percent\b)/, "$1 per mille"],
  [/(\d) (?:miles?)\b/, "$1 kilometres"],
  [/(\d) ?(?:km|kilomet(?:re|er)s?)\b/, "$1 miles"],
  [/(\d) (?:metres|meters|feet)\b/, "$1 yards"],
  [/(\d) ?(?:kg|kilograms?|kilos)\b/, "$1 pounds"],
  [/(\d) (?:pounds|dollars)\b/, "$1 euros"],
  [/(\d) (?:euros)\b/, "$1 dollars"],
  [/(\d) (?:hours?)\b/, "$1 minutes"],
  [/(\d) (?:minutes?)\b/, "$1 hours"],
  [/(\d) (?:days?)\b/, "$1 weeks"],
  [/(\d) (?:weeks?|years?)\b/, "$1 months"],
  [/(\d) (?:months?)\b/, "$1 years"],
];

/**
 * The sentence with its first currency or unit (in the order above) replaced,
 * if it has one whose number the source has too ("said he's 100 percent
 * certain" for "абсолютно категоричен" has none: a unit changed there is an amount added).
 */
function swapUnit(text: string, source: string): string | undefined {
  const digits = (s: string) => s.replace(/[\s.,\u00a0\u202f]/g, "");
  for (const [re, by] of UNIT_SWAPS) {
    const m = re.exec(text);
    if (!m) continue;
    const number = /^\d/.test(m[0])
      ? /[\d.,]*\d(?=\D*$)/.exec(text.slice(0, m.index + 1))?.[0]
      : /^\d[\d.,]*\d|^\d/.exec(text.slice(m.index + m[0].length))?.[0];
    if (number && digits(source).includes(digits(number))) return text.replace(re, by);
  }
  return undefined;
}

export function runDefects(docs: readonly NtrexDoc[], groups: readonly number[], seed: number, options: BitextOptions = {}): DefectResult {
  const clean = buildNoisyPairs(docs, { perPair: 8, seed, noise: { merge: 0, drop: 0, passages: 0, inserts: 0 } });
  const recall = Object.fromEntries(DEFECTS.map((d) => [d, { found: 0, total: 0 }])) as DefectResult["recall"];
  let cleanLinks = 0;
  let falseFlags = 0;
  const foundAsError = Object.fromEntries(DEFECTS.map((d) => [d, 0])) as Record<Defect, number>;
  let falseErrors = 0;
  let misaligned = 0;
  let misalignedFlagged = 0;
  const hash = createHash("sha256");
  const t0 = performance.now();
  for (const g of groups) {
    const pair = clean[g]!;
    const other = clean[(g + 1) % clean.length]!;
    const { damaged, injected, own } = inject(pair, other, rng(seed * 7919 + g), rng(seed * 7919 + g + 0x5eed));
    const bitext = align(segmentedText(damaged.source), segmentedText(damaged.target), { ...options, segmented: true });
    hashFlags(hash, bitext);
    const touchedS = new Set(injected.flatMap((x) => x.source));
    const touchedT = new Set(injected.flatMap((x) => x.target));
    for (const x of injected) {
      const types = flagTypesAround(bitext, x);
      recall[x.defect].total++;
      if (FOUND_BY[x.defect](flagTypesAround(bitext, x, "error"))) foundAsError[x.defect]++;
      if (FOUND_BY[x.defect](types)) recall[x.defect].found++;
      else if (process.env.SVERKA_DEFECTS_VERBOSE) {
        const around = bitext.links.filter((l) => l.source.some((i) => x.source.includes(i)) || l.target.some((j) => x.target.includes(j)));
        console.error(
          `missed ${x.defect}:`,
          around
            .map(
              (l) =>
                `${l.kind} ${l.score.toFixed(2)} [${(l.flags ?? []).map((f) => f.type + JSON.stringify(f.evidence ?? {})).join(",")}] ${texts(bitext, l, 70).join(" => ")}`,
            )
            .join("\n    "),
        );
      }
    }
    for (const l of bitext.links) {
      if (l.source.some((i) => touchedS.has(i)) || l.target.some((j) => touchedT.has(j))) continue;
      const flagged = (l.flags ?? []).some((f) => f.severity !== "info");
      if (!alignedRight(l, own)) {
        misaligned++;
        if (flagged) misalignedFlagged++;
        continue;
      }
      cleanLinks++;
      if ((l.flags ?? []).some((f) => f.severity === "error")) falseErrors++;
      if (flagged) {
        falseFlags++;
        if (process.env.SVERKA_DEFECTS_VERBOSE === "fp")
          console.error(
            `fp ${l.kind} ${l.score.toFixed(2)} ${raised(l)} {near ${nearest(injected, l)}}\n    ${texts(bitext, l).join("\n    ")}${process.env.SVERKA_DEFECTS_AROUND ? around(bitext, l) : ""}`,
          );
      }
      if (process.env.SVERKA_DEFECTS_VERBOSE === "clean" && (l.flags ?? []).some((f) => f.type === "divergent")) {
        console.error(
          `clean ${l.kind} ${l.score.toFixed(2)} ${JSON.stringify((l.flags ?? []).find((f) => f.type === "divergent")!.evidence)} ${texts(bitext, l, 90).join(" => ")}`,
        );
      }
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    recall,
    cleanLinks,
    falseFlags,
    foundAsError,
    falseErrors,
    misaligned,
    misalignedFlagged,
    seconds,
    digest: hash.digest("hex").slice(0, 12),
  };
}

/** A link made of whole source-translation pairs of the clean document (`own`: source sentence -> its translation). */
export function alignedRight(l: Link, own: ReadonlyMap<number, number>): boolean {
  if (l.source.length === 0 || l.source.length !== l.target.length) return false;
  const targets = l.source.map((i) => own.get(i));
  return targets.every((j) => j !== undefined && l.target.includes(j));
}

/** `runDefects` over several injection rounds (seeds), summed. */
export function runDefectRounds(
  docs: readonly NtrexDoc[],
  groups: readonly number[],
  seeds: readonly number[],
  options: BitextOptions = {},
): DefectResult {
  return sumDefectResults(seeds.map((seed) => runDefects(docs, groups, seed, options)));
}

/** Results of several runs as one. */
export function sumDefectResults(results: readonly DefectResult[]): DefectResult {
  const recall = Object.fromEntries(DEFECTS.map((d) => [d, { found: 0, total: 0 }])) as DefectResult["recall"];
  let cleanLinks = 0;
  let falseFlags = 0;
  const foundAsError = Object.fromEntries(DEFECTS.map((d) => [d, 0])) as Record<Defect, number>;
  let falseErrors = 0;
  let misaligned = 0;
  let misalignedFlagged = 0;
  let seconds = 0;
  const hash = createHash("sha256");
  for (const r of results) {
    hash.update(r.digest);
    for (const d of DEFECTS) {
      recall[d].found += r.recall[d].found;
      recall[d].total += r.recall[d].total;
      foundAsError[d] += r.foundAsError[d];
    }
    cleanLinks += r.cleanLinks;
    falseFlags += r.falseFlags;
    falseErrors += r.falseErrors;
    misaligned += r.misaligned;
    misalignedFlagged += r.misalignedFlagged;
    seconds += r.seconds;
  }
  return {
    recall,
    cleanLinks,
    falseFlags,
    foundAsError,
    falseErrors,
    misaligned,
    misalignedFlagged,
    seconds,
    digest: hash.digest("hex").slice(0, 12),
  };
}

/** A link's source and target texts (each sentence cut to `width`), for the verbose listings. */
function texts(bitext: Bitext, l: Link, width = Infinity): [string, string] {
  const side = (segments: Bitext["source"]["segments"], ids: readonly number[]) =>
    ids.map((i) => segments[i]!.text.slice(0, width)).join(" | ");
  return [side(bitext.source.segments, l.source), side(bitext.target.segments, l.target)];
}

/** The injected defect nearest a link (by source position), for the verbose listing of false flags. */
function nearest(injected: readonly Injected[], l: Link): string {
  const at = l.source[0] ?? l.target[0] ?? 0;
  let best = "none";
  let gap = Infinity;
  for (const x of injected) {
    const d = Math.min(...x.source.map((i) => Math.abs(i - at)), ...x.target.map((j) => Math.abs(j - at)));
    if (d < gap) [gap, best] = [d, `${x.defect} ${d} away`];
  }
  return best;
}

/** The links either side of a link, with their flags, for the verbose listing. */
function around(bitext: Bitext, l: Link): string {
  const k = bitext.links.indexOf(l);
  return [k - 1, k + 1]
    .map((m) => bitext.links[m])
    .filter((x) => x !== undefined)
    .map((x) => `\n      beside ${x.kind} [${raised(x)}] ${texts(bitext, x, 80).join(" => ")}`)
    .join("");
}

/** A link's warnings and errors with their reasons. */
function raised(l: Link): string {
  return (l.flags ?? [])
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.type}: ${f.reason}`)
    .join("; ");
}

/** Warning and error flags on every link touching the defect's segments. */
function flagTypesAround(bitext: Bitext, x: Injected, only?: "error"): string[] {
  return bitext.links
    .filter((l) => l.source.some((i) => x.source.includes(i)) || l.target.some((j) => x.target.includes(j)))
    .flatMap((l) => (l.flags ?? []).filter((f) => (only ? f.severity === only : f.severity !== "info")).map((f) => f.type));
}

/**
 * Damages the target side of a clean pair: every defect type a few times, at
 * least three sentences apart so that each is judged on its own.
 */
/**
 * Where each defect goes: every type a few times, at least three sentences
 * apart, in a sentence it can damage (a number for a changed number ...).
 */
function placeDefects(pair: BuiltPair, rand: () => number, randApart: () => number): Map<number, Defect> {
  const n = pair.source.segments.length;
  const plan: Defect[] = [];
  for (const d of DEFECTS) for (let k = 0; k < (d === "dropped passage" ? 1 : 2); k++) plan.push(d);
  const slots: number[] = [];
  const used = new Set<number>();
  for (const d of plan) {
    const span = d === "dropped passage" ? 5 : 1;
    const before = slots.length;
    for (let tries = 0; tries < 200; tries++) {
      // The defects placed apart draw their own random numbers, whatever the others found.
      const at = 2 + Math.floor((PLACED_APART.has(d) ? randApart : rand)() * (n - span - 4));
      let ok = true;
      for (let k = at - 3; k < at + span + 3; k++) if (used.has(k)) ok = false;
      if ((d === "changed number" || d === "number off by ten") && !NUMBER.test(pair.target.segments[at]!)) ok = false;
      if ((d === "truncated" || d === "replaced") && pair.target.segments[at]!.length < 60) ok = false;
      if (d === "changed month" && !MONTH.test(pair.target.segments[at]!)) ok = false;
      if (d === "changed currency" && !swapUnit(pair.target.segments[at]!, pair.source.segments[at]!)) ok = false;
      if ((d === "changed name" || d === "dropped name") && countryIn(pair.target.segments[at]!, pair.source.segments[at]!) < 0) ok = false;
      if (!ok) continue;
      for (let k = at; k < at + span; k++) used.add(k);
      slots.push(at);
      break;
    }
    // Every defect planned has its slot, -1 when none was found (a second one of a type too: later defects keep theirs).
    if (slots.length === before) slots.push(-1);
  }
  const byPosition = new Map<number, Defect>();
  plan.forEach((d, k) => {
    if (slots[k]! >= 0) byPosition.set(slots[k]!, d);
  });
  return byPosition;
}

function inject(
  pair: BuiltPair,
  other: BuiltPair,
  rand: () => number,
  randApart: () => number,
): { damaged: BuiltPair; injected: Injected[]; own: Map<number, number> } {
  const n = pair.source.segments.length;
  const byPosition = placeDefects(pair, rand, randApart);

  const target: BuiltPair["target"] = { segments: [], paragraphs: [] };
  const injected: Injected[] = [];
  // Each undamaged source sentence's translation, where it is in the damaged target.
  const own = new Map<number, number>();
  const push = (text: string, para: number) => {
    target.segments.push(text);
    target.paragraphs.push(para);
    return target.segments.length - 1;
  };
  for (let i = 0; i < n; i++) {
    const text = pair.target.segments[i]!;
    const para = pair.target.paragraphs[i]!;
    const d = byPosition.get(i);
    switch (d) {
      case undefined:
        own.set(i, push(text, para));
        break;
      case "dropped sentence":
        injected.push({ defect: d, source: [i], target: [] });
        break;
      case "dropped passage":
        injected.push({ defect: d, source: [i, i + 1, i + 2, i + 3, i + 4], target: [] });
        i += 4;
        break;
      case "added sentence": {
        own.set(i, push(text, para));
        const extra = other.target.segments[Math.floor(rand() * other.target.segments.length)]!;
        injected.push({ defect: d, source: [], target: [push(extra, para)] });
        break;
      }
      case "changed number": {
        const changed = text.replace(NUMBER, (m) =>
          /^\d+$/.test(m) ? String(Number(m) + 7) : m.replace(/\d$/, (x) => String((Number(x) + 3) % 10)),
        );
        injected.push({ defect: d, source: [i], target: [push(changed, para)] });
        break;
      }
      case "replaced": {
        const unrelated =
          other.target.segments.find((s) => Math.abs(s.length - text.length) < text.length * 0.3 && s.length > 40) ??
          other.target.segments[0]!;
        injected.push({ defect: d, source: [i], target: [push(unrelated, para)] });
        break;
      }
      case "truncated": {
        const cut = `${text.slice(0, text.lastIndexOf(" ", Math.floor(text.length / 2))).replace(/[,;:]$/, "")}.`;
        injected.push({ defect: d, source: [i], target: [push(cut, para)] });
        break;
      }
      case "number off by ten": {
        // A zero more or less, or a decimal point lost: the commonest number error in translation.
        // A thousands separator dropped is the same number ("16,700", "16700"): a thousand-grouped number gets ten times its value instead.
        const changed = text.replace(NUMBER, (m) =>
          /^\d{1,3}(?:,\d{3})+$/.test(m)
            ? (Number(m.replace(/,/g, "")) * 10).toLocaleString("en-US")
            : /[.,]/.test(m)
              ? m.replace(/[.,]/, "")
              : /\d0$/.test(m) && rand() < 0.5
                ? m.slice(0, -1)
                : `${m}0`,
        );
        injected.push({ defect: d, source: [i], target: [push(changed, para)] });
        break;
      }
      case "changed month": {
        const changed = text.replace(MONTH, (m) => MONTHS[(MONTHS.indexOf(m) + 1) % MONTHS.length]!);
        injected.push({ defect: d, source: [i], target: [push(changed, para)] });
        break;
      }
      case "changed currency":
        injected.push({ defect: d, source: [i], target: [push(swapUnit(text, pair.source.segments[i]!)!, para)] });
        break;
      case "changed name":
      case "dropped name": {
        const c = countryIn(text, pair.source.segments[i]!);
        const en = COUNTRIES[c]![1];
        // Another country the sentence does not already name.
        const other = COUNTRIES.map((x) => x[1]).find((x, n) => n > c && !text.includes(x)) ?? COUNTRIES[0]![1];
        const changed = text.replace(new RegExp(`\\b${en}\\b`), d === "changed name" ? other : "the country");
        injected.push({ defect: d, source: [i], target: [push(changed, para)] });
        break;
      }
      case "untranslated":
        injected.push({ defect: d, source: [i], target: [push(pair.source.segments[i]!, para)] });
        break;
    }
  }
  return { damaged: { ...pair, target, gold: [] }, injected, own };
}

export interface MergeCheck {
  /** Gold many-to-one links (a translator joined or split sentences) the aligner found exactly. */
  readonly merges: number;
  /** ...of which the review flagged at warning or above: every one a false flag. */
  readonly mergesFlagged: number;
  /** A hash of every flag raised, as in `DefectResult`. */
  readonly digest: string;
}

/**
 * False flags on legitimate merges and splits: the defect rounds hold none (the
 * clean documents are 1-1), so rules that look inside merged links are checked
 * here, on noisy pairs built with merges, on the links the aligner got right.
 */
export function runMergeChecks(
  docs: readonly NtrexDoc[],
  groups: readonly number[],
  seeds: readonly number[],
  options: BitextOptions = {},
): MergeCheck {
  let merges = 0;
  let mergesFlagged = 0;
  const hash = createHash("sha256");
  for (const seed of seeds) {
    const pairs = buildNoisyPairs(docs, { perPair: 8, seed, noise: { merge: 0.15, drop: 0, passages: 0, inserts: 0 } });
    for (const g of groups) {
      const pair = pairs[g]!;
      const bitext = align(segmentedText(pair.source), segmentedText(pair.target), { ...options, segmented: true });
      hashFlags(hash, bitext);
      const key = (l: { source: readonly number[]; target: readonly number[] }) => `${l.source.join(",")}>${l.target.join(",")}`;
      const gold = new Set(
        pair.gold.filter((l) => l.source.length > 0 && l.target.length > 0 && l.source.length !== l.target.length).map(key),
      );
      for (const l of bitext.links) {
        if (!gold.has(key(l))) continue;
        merges++;
        if ((l.flags ?? []).some((f) => f.severity !== "info")) {
          mergesFlagged++;
          if (process.env.SVERKA_DEFECTS_VERBOSE === "merge")
            console.error(`merge fp ${l.kind} ${raised(l)}\n    ${texts(bitext, l).join("\n    ")}`);
        }
      }
    }
  }
  return { merges, mergesFlagged, digest: hash.digest("hex").slice(0, 12) };
}
