import { range } from "../align/index.js";
import { SverkaError } from "../errors.js";
import { readJson } from "../formats/json.js";
import { type GoldLink, parseLinkLines } from "./index.js";

export type AlignmentFormat = "json" | "links" | "ladder";

/** Tells an alignment file's format from its content. */
export function detectAlignmentFormat(text: string): AlignmentFormat | undefined {
  const first =
    text
      .split(/\r?\n/)
      .find((l) => l.trim() !== "" && !isComment(l))
      ?.trim() ?? "";
  if (first.startsWith("{")) return "json";
  if (first.startsWith("[")) return "links";
  if (/^\d+\t\d+(\t\S+)?$/.test(first)) return "ladder";
  return undefined;
}

/** A line that opens with "#": a hand-written gold's note, as a manifest's and an abbreviations file's (stranger 359). */
export function isComment(line: string): boolean {
  return line.trimStart().startsWith("#");
}

/**
 * Reads an alignment to score: sverka JSON, `[0]:[1, 2]` lines (vecalign,
 * Bleualign gold), or a hunalign ladder (`i<TAB>j<TAB>score` rungs, each link
 * spanning from one rung to the next).
 */
export function readAlignment(text: string, path = "<alignment>"): GoldLink[] {
  const format = detectAlignmentFormat(text);
  switch (format) {
    case "json":
      return readJson(text, path).links.map((l) => ({ source: l.source, target: l.target }));
    case "links":
      return parseLinkLines(text, path);
    case "ladder":
      return parseLadder(text, path);
    default:
      throw new SverkaError("not an alignment: expected sverka JSON, [0]:[1] link lines or a hunalign ladder", { path });
  }
}

export function parseLadder(text: string, path = "<ladder>"): GoldLink[] {
  const rungs: Array<[number, number]> = [];
  text.split(/\r?\n/).forEach((line, k) => {
    if (line.trim() === "" || isComment(line)) return;
    const m = /^(\d+)\t(\d+)(?:\t.*)?$/.exec(line.trim());
    if (!m) throw new SverkaError(`line ${k + 1}: expected a ladder rung "i<TAB>j<TAB>score"`, { path });
    const rung: [number, number] = [Number(m[1]), Number(m[2])];
    const prev = rungs[rungs.length - 1];
    if (prev && (rung[0] < prev[0] || rung[1] < prev[1])) throw new SverkaError(`line ${k + 1}: rungs must not go back`, { path });
    rungs.push(rung);
  });
  if (rungs.length && (rungs[0]![0] !== 0 || rungs[0]![1] !== 0)) rungs.unshift([0, 0]);
  const links: GoldLink[] = [];
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [i0, j0] = rungs[k]!;
    const [i1, j1] = rungs[k + 1]!;
    if (i1 === i0 && j1 === j0) continue;
    links.push({ source: range(i0, i1 - i0), target: range(j0, j1 - j0) });
  }
  return links;
}
