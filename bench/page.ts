/**
 * The review page on a long document, in Debian's Chromium (playwright-core):
 * how long a 20,000-link bitext takes to open (navigation start to the first
 * rows drawn, in the page's own clock, and wall time from Node), and how long
 * an edit takes from its key press to the list drawn again. Skipped, saying
 * so, where /usr/bin/chromium is missing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { formats } from "../src/index.js";
import type { Bitext, Flag, Link, Segment } from "../src/types.js";
import { ROOT } from "./data.js";

const CHROMIUM_PATH = "/usr/bin/chromium";
/** The launch flags of every Chromium the bench and the tests start (no sandbox in containers, no network of its own). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A bitext of `n` 1-1 links made of the seed pair's sentences over and over, every 50th link flagged as a changed number. */
export function longBitext(n: number): Bitext {
  const lines = (lang: string) =>
    readFileSync(join(ROOT, "corpus", "osce-alliance-2024", `${lang}.sentences.txt`), "utf8")
      .split("\n")
      .filter((l) => l.trim());
  const side = (texts: string[]): Segment[] => {
    let offset = 0;
    return Array.from({ length: n }, (_, id) => {
      const text = texts[id % texts.length]!;
      const s = { id, text, start: offset, end: offset + text.length, paragraph: Math.floor(id / 4) };
      offset += text.length + 1;
      return s;
    });
  };
  const flag: Flag = { type: "numbers", severity: "error", reason: "numbers differ: 15 in the source, 16 in the translation" };
  const links: Link[] = Array.from({ length: n }, (_, k) => ({
    source: [k],
    target: [k],
    kind: "1-1",
    score: 0.9 + (k % 10) / 100,
    flags: k % 50 === 7 ? [flag] : [],
  }));
  return {
    source: { lang: "bg", path: "long.bg.txt", segments: side(lines("bg")) },
    target: { lang: "en", path: "long.en.txt", segments: side(lines("en")) },
    model: { ratio: 1, variance: 1 },
    links,
  } as Bitext;
}

/** Each edit is timed this many times (made, then undone); the median is reported. */
const ROUNDS = 5;
/** The edit, the keys before it that choose (not timed), and its key. */
const EDITS = [
  ["join links (m)", [], ["m"]],
  ["split link (Enter after x)", ["x"], ["Enter"]],
  ["take next (J)", [], ["J"]],
  ["undo (z)", ["m"], ["z"]],
  ["verify (v)", [], ["v"]],
  ["detach (d)", [], ["d"]],
] as const;

export interface PageFigures {
  links: number;
  htmlMb: number;
  openMs: number;
  openWallMs: number;
  /** Median milliseconds from the key to the next frame, per edit. */
  editMs: { op: string; ms: number }[];
}

/** Opens the page of a long bitext and times it and a few edits in its middle; undefined without Chromium. */
export async function benchPage(n = 20_000): Promise<PageFigures | undefined> {
  if (!existsSync(CHROMIUM_PATH)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "sverka-page-bench-"));
  const file = join(dir, "long.html");
  writeFileSync(file, formats.html.write(longBitext(n)));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const t0 = performance.now();
    await page.goto(`file://${file}`);
    await page.waitForSelector(".row.link");
    const openWallMs = performance.now() - t0;
    const openMs = await page.evaluate(() => performance.getEntriesByName("sverka-ready")[0]?.startTime ?? Number.NaN);
    // Into the middle of the document, where an edit renumbers the most.
    await page.evaluate(
      (k) => (window as unknown as { sverkaReview: { selectLink(k: number): void } }).sverkaReview.selectLink(k),
      Math.floor(n / 2),
    );
    const editMs: { op: string; ms: number }[] = [];
    // The time from the key to the list drawn again (handlers run in the key's task, a frame after is the paint).
    const timeKeys = (keys: readonly string[]) =>
      page.evaluate(async (keys: readonly string[]) => {
        const start = performance.now();
        for (const key of keys) document.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, shiftKey: key === "J" }));
        await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
        return performance.now() - start;
      }, keys);
    // The sidebar and the confidence scale follow a moment after a key (src/page/main.ts, later()): not part of the next key's time.
    const settle = () => page.waitForTimeout(300);
    await settle();
    for (const [op, before, keys] of EDITS) {
      const times: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        if (before.length) {
          await timeKeys(before);
          await settle();
        }
        times.push(await timeKeys(keys));
        await settle();
        if (!op.startsWith("undo")) await timeKeys(["z"]);
        await settle();
      }
      editMs.push({ op, ms: times.sort((a, b) => a - b)[times.length >> 1]! });
    }
    return { links: n, htmlMb: statSync(file).size / 2 ** 20, openMs, openWallMs, editMs };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
