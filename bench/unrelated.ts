/**
 * The pair's "not a translation" judgement (src/review/document.ts) on short
 * documents (node dist/bench/unrelated.js): windows of a translation cut at
 * its gold links, against the same window's source with another document's
 * target of as many lines. Bleualign's DE/FR documents have no dictionary in
 * sverka (cognates, numbers and names alone); NTREX's BG/EN documents are
 * cut the same way, with the built-in lexicon and without it. "translated
 * flagged" must be near 0 (each is a translation whose every unit a memory
 * loses); "unrelated flagged" is what the judgement catches.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { alignSegments } from "../src/pipeline.js";
import type { Segment } from "../src/types.js";
import { loadNtrex, sharedDir } from "./data.js";

const shared = sharedDir();
if (!shared) {
  console.log("skipped: ../shared/data not found (set SVERKA_SHARED to its path)");
  process.exit(0);
}

const segments = (lines: readonly string[]): Segment[] =>
  lines.map((text, k) => ({ id: k, text, start: 0, end: text.length, paragraph: k }));

interface Window {
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly other: readonly string[];
}

/** Bleualign's documents in windows of `size` source sentences or more, cut between gold links. */
function bleualignWindows(size: number): Window[] {
  const read = (f: string) =>
    readFileSync(join(shared!, "data", "bleualign", f), "utf8")
      .trimEnd()
      .split("\n");
  const out: Window[] = [];
  for (let d = 0; d < 7; d++) {
    const de = read(`test${d}.de`);
    const fr = read(`test${d}.fr`);
    const other = read(`test${(d + 1) % 7}.fr`);
    const gold = read(`test${d}.defr`).map((line) => line.split(":").map((side) => JSON.parse(side) as number[]));
    let s: number[] = [];
    let t: number[] = [];
    for (const [a, b] of gold) {
      s.push(...a!);
      t.push(...b!);
      if (s.length < size) continue;
      if (t.length > 0) {
        const [t0, t1] = [Math.min(...t), Math.max(...t) + 1];
        const window = { source: de.slice(Math.min(...s), Math.max(...s) + 1), target: fr.slice(t0, t1), other: other.slice(t0, t1) };
        if (window.other.length >= 3) out.push(window);
      }
      s = [];
      t = [];
    }
  }
  return out;
}

/** NTREX's documents' first `size` lines (all of a shorter one), against the next document's English. */
function ntrexWindows(size: number): Window[] {
  const docs = loadNtrex(shared!);
  return docs.map((d, k) => ({
    source: d.bg.slice(0, size),
    target: d.en.slice(0, size),
    other: docs[(k + 1) % docs.length]!.en.slice(0, size),
  }));
}

function judge(set: string, windows: readonly Window[], sourceLang: string, targetLang: string, lexicon = true): void {
  // The pair's judgement: "error" (its units withheld), "warning" (a short pair with spelling alone to go by) or none.
  const judged = (target: readonly string[], source: readonly string[]) =>
    (alignSegments(segments(source), segments(target), { sourceLang, targetLang, lexicon }).documentFlags ?? []).find(
      (f) => f.type === "not-a-translation",
    )?.severity;
  const count = (list: ReadonlyArray<string | undefined>) =>
    `${list.filter((s) => s === "error").length} as errors, ${list.filter((s) => s === "warning").length} as warnings`;
  const translated = windows.map((w) => judged(w.target, w.source));
  const unrelated = windows.map((w) => judged(w.other, w.source));
  console.log(
    `${set.padEnd(44)} windows=${String(windows.length).padStart(3)}  translated flagged ${count(translated)}; unrelated flagged ${count(unrelated)}`,
  );
}

for (const size of [7, 15, 30, 60]) judge(`bleualign de-fr, ${size} sentences`, bleualignWindows(size), "de", "fr");
for (const size of [7, 15, 30]) {
  judge(`ntrex bg-en, ${size} sentences`, ntrexWindows(size), "bg", "en");
  judge(`ntrex bg-en, ${size} sentences, no lexicon`, ntrexWindows(size), "bg", "en", false);
}
