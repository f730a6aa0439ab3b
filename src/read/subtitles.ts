/**
 * Subtitles: SubRip (.srt) and WebVTT (.vtt). What is aligned is what is
 * said: each cue's text on a line of its own, its wrapped lines joined (a line a speaker's dash opens on a line of its
 * own), cue after cue.
 * Cue numbers, timecodes, cue settings, the WebVTT header and its NOTE, STYLE
 * and REGION blocks, and the tags of styling and voices are left out. Read as
 * text, a cue's number and timecode were segments found once in each file:
 * where the translation joined two cues and numbered the rest anew, every
 * link after it followed the numbers, one cue off (stranger 68: 7 % of links
 * right with 16 cues joined in 20,000).
 */

import { SourceMap } from "./source-map.js";

/** A speaker's dash opening a cue's line: a line of dialogue of its own. */
const SPEAKER_DASH = /^[-–—]/u;

/** Whether a cue's line goes on the one before it: that one ends with a comma or leaves a bracket open, or this one opens with a figure or a small letter. */
function wrapped(before: string, line: string): boolean {
  if (/[,;:]$/u.test(before) || /^[\p{Ll}\p{N}]/u.test(line)) return true;
  const open = (re: RegExp) => (before.match(re) ?? []).length;
  return open(/\[/gu) > open(/\]/gu) || open(/\(/gu) > open(/\)/gu);
}

/** A cue's timing line: start --> end, hours optional, a comma (SubRip) or a dot (WebVTT) before the milliseconds; settings may follow. */
const TIMING = /^\s*(?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:\s.*)?$/u;
/** Markup inside a cue's text: HTML-like tags (<i>, <font color=...>, <v Anna>, <c.yellow>, <00:01:02.000>) and SubStation overrides ({\an8}). */
const MARKUP = /<[^<>\n]*>|\{\\[^{}\n]*\}/gu;
const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&nbsp;": "\u00a0",
  "&lrm;": "\u200e",
  "&rlm;": "\u200f",
};

/**
 * Whether a text is subtitles however it is named: its first cue is a timing
 * line, or a line then a timing line (its number or name), after a WebVTT
 * header if there is one.
 */
export function looksLikeSubtitles(text: string): boolean {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u, 40);
  let k = 0;
  while (k < lines.length && lines[k]!.trim() === "") k++;
  if (/^WEBVTT(?:[ \t].*)?$/u.test(lines[k] ?? "")) return true;
  if (TIMING.test(lines[k] ?? "")) return true;
  return /^\s*\d+\s*$/u.test(lines[k] ?? "") && TIMING.test(lines[k + 1] ?? "");
}

/** The text of the cues, each cue's lines on lines of their own, in the order the file has them. */
export function subtitlesToText(text: string): string {
  return readSubtitles(text).text;
}

/**
 * The text of the cues (`subtitlesToText`), and where each of its lines lies in the file: a problem is told at the
 * file's line and column, which a subtitle editor finds, not at "paragraph 1, sentence 43" of a film that is one
 * paragraph (stranger 119).
 */
export function readSubtitles(text: string): { text: string; map: SourceMap } {
  const out: string[] = [];
  const map = new SourceMap();
  let at = 0;
  // Each line with its offset in the file (a byte-order mark is the file's first character).
  const lines: Array<{ line: string; start: number }> = [];
  let from = text.startsWith("\uFEFF") ? 1 : 0;
  for (const m of text.slice(from).matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/gu)) {
    if (m[0] === "") break;
    lines.push({ line: m[0].replace(/[\r\n]+$/u, ""), start: from + m.index });
  }
  from = 0;
  // Text is said from a timing line to the next blank line. Outside a cue are the WebVTT header, NOTE, STYLE and REGION
  // blocks and the cues' numbers or names; a number right before a timing line ends the cue before (a file with no blank
  // line between its cues).
  let inCue = false;
  // Whether the next line of text is a line of the cue that the one before it is in: wrapped, it goes on that line's sentence.
  let sameCue = false;
  const breaks: boolean[] = [];
  for (let k = 0; k < lines.length; k++) {
    const { line, start } = lines[k]!;
    if (TIMING.test(line)) {
      inCue = true;
      sameCue = false;
    } else if (line.trim() === "") inCue = false;
    else if (inCue && !(/^\s*\d+\s*$/u.test(line) && TIMING.test(lines[k + 1]?.line ?? ""))) {
      const said = line
        .replace(MARKUP, "")
        .replace(/&(?:amp|lt|gt|nbsp|lrm|rlm);/gu, (e) => ENTITIES[e]!)
        .trim();
      if (said === "") continue;
      // A line as written is tied character to character; one whose markup went, as a whole.
      const lead = line.length - line.trimStart().length;
      if (line.trim() === said) map.piece(at, said.length, start + lead, said.length);
      else map.piece(at, said.length, start, line.length);
      // A cue's line is the line before it wrapped where that one cannot end there (a comma, an open bracket) or this one
      // cannot open a sentence (a figure, a small letter): one line of text (stranger 161: "Most of them live in Rila," |
      // "Pirin, and the Rhodopes." were two sentences). Else the lines stay apart for the sentences to be found: subtitles
      // often end a line's sentence with no full stop ("Take it" | "Open the door"; stranger 69), and a speaker's dash
      // opens a line of its own ("- Идваш ли?" | "- Да.").
      if (out.length > 0) breaks.push(!(sameCue && !SPEAKER_DASH.test(said) && wrapped(out[out.length - 1]!, said)));
      out.push(said);
      sameCue = true;
      at += said.length + 1;
    }
  }
  if (out.length === 0) return { text: "", map };
  let joined = out[0]!;
  for (let n = 1; n < out.length; n++) joined += `${breaks[n - 1] ? "\n" : " "}${out[n]}`;
  return { text: `${joined}\n`, map };
}
