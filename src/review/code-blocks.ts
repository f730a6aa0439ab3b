/**
 * A Markdown document's code blocks, compared between the source and its translation. They are no text to align (the
 * reader leaves them out), but a translation keeps them: a block left out is a step's command lost, a block whose
 * code the translator translated ("server:" made "сървър:") no longer runs, and a fence never closed turns the rest of
 * the file into code (stranger 329). Comments and the contents of strings may be translated; the code around them not.
 */
import { scriptCounts } from "../lang/script.js";
import type { CodeBlock } from "../read/source-map.js";
import type { CodeBlockChange, CodeBlocksFlag, Severity } from "../types.js";

/** Lines a reason quotes of a changed block, at most. */
const QUOTED_CHARS = 60;
/** Changes a reason lists, at most (the evidence has them all). */
const LISTED = 5;

/**
 * A line's comment, where a language writes one: "# ...", "// ...", "-- ..." at the line's start or after a space; "; ..."
 * and "% ..." at its start. Not a command's option ("--format xlsx": stranger 339's options were never compared) nor a
 * shell's next command after ";".
 */
const COMMENT = /(?:^|\s)(?:#|\/\/|--(?=\s|$)|REM\s).*$|^\s*[;%].*$/u;
/** A string literal's contents: a message the program shows may be translated. */
const STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/gu;

/** A block's code as compared: comments and strings' contents out, white space folded, blank lines gone. */
export function comparedCode(code: string): string {
  return code
    .split("\n")
    .map((line) =>
      line
        .replace(STRING, (s) => s[0]! + s[0]!)
        .replace(COMMENT, "")
        .replace(/\s+/gu, " ")
        .trim(),
    )
    .filter((line) => line !== "")
    .join("\n");
}

/**
 * Whether the translation's code, comments and strings aside, writes letters of a script the source's does not: its
 * words translated ("npm стартирай компилиране", "сървър:"), which no shell or parser reads.
 */
function translatedCode(source: string, target: string): boolean {
  const scripts = (text: string) => new Set(scriptCounts(text).keys());
  const mine = scripts(source);
  return [...scripts(target)].some((s) => !mine.has(s));
}

/** The first line of the source's block that the translation's differs on, and the translation's line there. */
function firstDifference(a: string, b: string): [string, string] {
  const [as, bs] = [a.split("\n"), b.split("\n")];
  for (let n = 0; n < Math.max(as.length, bs.length); n++) if (as[n] !== bs[n]) return [as[n] ?? "", bs[n] ?? ""];
  return ["", ""];
}

/** Matched pairs of two lists of compared code, in order, as many as can be (a longest common subsequence). */
function matched(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const table = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; )
    if (a[i] === b[j]) out.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  return out;
}

/** A command's option in code: a hyphen or two and a name, after white space ("--effective", "-v"). */
const OPTION = /(?<!\S)--?[A-Za-z][\w-]*/gu;

/**
 * Whether two blocks' commands differ in their options, as lists in order: an option left out, added or renamed changes
 * what the command does, as it does in inline code (stranger 366: "config show --effective" copied as "config show").
 */
function optionsChanged(a: string, b: string): boolean {
  const options = (code: string) => [...code.matchAll(OPTION)].map((m) => m[0]).join(" ");
  return options(a) !== options(b);
}

/** How a place in a file is named in a reason: "en.md:12", or "line 12" for a text given as a string. */
const at = (path: string | undefined, line: number) => (path ? `${path}:${line}` : `line ${line}`);

const clip = (line: string) => (line.length > QUOTED_CHARS ? `${line.slice(0, QUOTED_CHARS - 1)}…` : line);

/**
 * The pair's flag for its code blocks, if any differ: blocks left out (an error), added (a warning) or changed in
 * their code (an error, quoting the first line that differs), and a fence one side never closes (an error).
 */
export function codeBlocksFlag(
  source: readonly CodeBlock[],
  target: readonly CodeBlock[],
  paths: { readonly source?: string; readonly target?: string } = {},
): CodeBlocksFlag | undefined {
  const changes: CodeBlockChange[] = [];
  const said: string[] = [];
  const unclosed = (side: readonly CodeBlock[]) => side.find((b) => b.unclosed);
  const [su, tu] = [unclosed(source), unclosed(target)];
  if (tu && !su) {
    changes.push({ change: "unclosed", target: tu.line });
    said.push(`the code block opened at ${at(paths.target, tu.line)} is never closed: the rest of the translation reads as code`);
  } else if (su && !tu) {
    changes.push({ change: "unclosed", source: su.line });
    said.push(`the source's code block opened at ${at(paths.source, su.line)} is never closed, the translation's is`);
  }
  // A fence one side never closes makes the rest of that file one block: compared block by block, it says nothing more.
  if (changes.length > 0) return { type: "code-blocks", severity: "error", reason: `code blocks: ${said[0]}`, evidence: { changes } };
  const [a, b] = [source.map((x) => comparedCode(x.code)), target.map((x) => comparedCode(x.code))];
  const pairs = matched(a, b);
  // Between two blocks kept, the source's and the translation's others pair in order: changed; what is over, left out or added.
  const gaps: Array<[number, number, number, number]> = [];
  let [i0, j0] = [0, 0];
  for (const [i, j] of [...pairs, [a.length, b.length] as [number, number]]) {
    gaps.push([i0, i, j0, j]);
    [i0, j0] = [i + 1, j + 1];
  }
  for (const [fromI, toI, fromJ, toJ] of gaps) {
    const n = Math.min(toI - fromI, toJ - fromJ);
    for (let k = 0; k < n; k++) {
      const [s, t] = [source[fromI + k]!, target[fromJ + k]!];
      const [sl, tl] = firstDifference(a[fromI + k]!, b[fromJ + k]!);
      changes.push({
        change: "changed",
        source: s.line,
        target: t.line,
        ...(translatedCode(a[fromI + k]!, b[fromJ + k]!) ? { translated: true } : {}),
        ...(optionsChanged(a[fromI + k]!, b[fromJ + k]!) ? { options: true } : {}),
      });
      said.push(`the code block at ${at(paths.source, s.line)} is changed at ${at(paths.target, t.line)} ("${clip(sl)}" is "${clip(tl)}")`);
    }
    for (let i = fromI + n; i < toI; i++) {
      changes.push({ change: "left out", source: source[i]!.line });
      said.push(`the code block at ${at(paths.source, source[i]!.line)} is not in the translation`);
    }
    for (let j = fromJ + n; j < toJ; j++) {
      changes.push({ change: "added", target: target[j]!.line });
      said.push(`the translation's code block at ${at(paths.target, target[j]!.line)} is not in the source`);
    }
  }
  if (changes.length === 0) return undefined;
  // Code changed outside its comments and strings is code that does otherwise, as changed inline code is (stranger 376:
  // `PermitRootLogin no` made `yes`, `ufw default deny` made `allow`, a warning passed the gate); a block added may be an
  // example the translation adds.
  const severity: Severity = changes.some((c) => c.change !== "added") ? "error" : "warning";
  const more = said.length > LISTED ? `; and ${said.length - LISTED} more` : "";
  return {
    type: "code-blocks",
    severity,
    reason: `code blocks, which a translation copies: ${said.slice(0, LISTED).join("; ")}${more}`,
    evidence: { changes },
  };
}
