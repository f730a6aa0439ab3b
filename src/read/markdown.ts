import type * as markdownToAst from "@textlint/markdown-to-ast";
import { lazy } from "../lazy.js";
import { FILE_NAME } from "./markup.js";
import { SourceMap } from "./source-map.js";

const markdown = lazy<typeof markdownToAst>("@textlint/markdown-to-ast");

/** A Markdown file's text as sverka aligns it, and where each piece of it is in the file. */
export interface MarkdownText {
  /** One paragraph per block (heading, paragraph, list item, block quote, table cell, footnote), blank lines between. */
  readonly text: string;
  readonly map: SourceMap;
}

/** A node of textlint's Markdown AST: `range` is [start, end) in the file. */
interface Node {
  readonly type: string;
  readonly range: readonly [number, number];
  readonly value?: unknown;
  /** A link's target. */
  readonly url?: unknown;
  /** An image's alt text, its markup stripped. */
  readonly alt?: unknown;
  readonly children?: readonly Node[];
}

/** Blocks that hold other blocks. */
const CONTAINERS = new Set(["Document", "BlockQuote", "List", "ListItem", "Table", "TableRow", "footnoteDefinition"]);
/** Blocks whose content is inline text: each becomes a paragraph. */
const TEXT_BLOCKS = new Set(["Paragraph", "Header", "TableCell"]);
/** Inline nodes with no text to translate in place (an image's alt text is a paragraph after its block: `imageAlt`). */
const NO_TEXT = new Set(["Image", "ImageReference", "FootnoteReference", "footnote", "Definition"]);
/** Inline elements kept whole: no sentence ends inside them. */
const WHOLE = new Set(["Link", "LinkReference", "Code"]);
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
/** What Markdown may put between two characters of a text node's value: block-quote markers, indentation, code-span fences. */
const SKIPPABLE = /[\s>`]/;

/**
 * Reads Markdown with textlint's parser (`@textlint/markdown-to-ast`, GFM:
 * tables, strikethrough, footnotes; YAML front matter). Headings, paragraphs,
 * list items, block-quote paragraphs, table cells and footnotes become
 * paragraphs of the text, and an image's alt text a paragraph after its
 * block; code blocks, HTML blocks, front matter and link definitions are
 * left out. Inline markup is stripped
 * (`**bold**` -> `bold`, `[text](url)` -> `text`, `` `code` `` -> `code`);
 * a line break inside a paragraph stays a line break, as in a .txt file.
 * `onShare` hears how much of the file is read, from 0 to 1.
 */
export function readMarkdown(source: string, options: { partSize?: number; onShare?: (share: number) => void } = {}): MarkdownText {
  const builder = new TextBuilder(source);
  for (const [start, end] of parts(source, options.partSize ?? PART_SIZE)) {
    builder.base = start;
    blocks(markdown().parse(source.slice(start, end)) as unknown as Node, builder);
    // The parser reads about half a million characters a second: a long file's bar moves part by part.
    options.onShare?.(end / Math.max(1, source.length));
  }
  return { text: `${builder.text()}\n`, map: builder.map };
}

/**
 * The parser's time grows faster than the file (2 MB take 2.8 times as long
 * as 1 MB), so a long file is parsed in parts of about this many characters.
 */
const PART_SIZE = 100_000;
/** Link definitions serve the whole file; HTML comments, <pre>, <script> ... blocks may hold blank lines. */
const WHOLE_FILE = /^ {0,3}(?:\[(?!\^)[^\]\n]+\]:|<(?:!--|\?|![A-Za-z]|!\[CDATA\[|(?:pre|script|style|textarea)\b))/im;
/** A footnote's label where the text refers to it or defines it: `[^label]`. */
const FOOTNOTE = /\[\^([^\]\n]+)\]/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Where a long file can be cut into parts that parse as they would in the
 * whole: before an ATX heading at the start of a line, after a blank line,
 * outside fenced code (a heading there ends any list or quote), and outside
 * every footnote's stretch from its first mention to its last (a reference
 * and its definition in one part). A file with link definitions or with HTML
 * blocks that may hold blank lines is one part. A file of 15 MB with 3,326
 * footnotes, each defined after its paragraph, was one part: 66 s to read,
 * where the same without its footnotes took 14.5 s.
 */
export function parts(source: string, size: number): Array<[number, number]> {
  if (source.length <= size || WHOLE_FILE.test(source)) return [[0, source.length]];
  const notes = footnoteStretches(source);
  let note = 0;
  const cuts: Array<[number, number]> = [];
  let from = 0;
  let fence = "";
  let blank = false;
  const lines = /[^\n]*\n?/g;
  // Front matter is the first part's.
  const frontMatter = /^---\r?\n[\s\S]*?\n---[ \t]*\r?\n/.exec(source);
  lines.lastIndex = frontMatter ? frontMatter[0].length : 0;
  for (let m = lines.exec(source); m && m[0] !== ""; m = lines.exec(source)) {
    const line = m[0];
    const open = FENCE.exec(line);
    if (fence !== "") {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && line.slice(open[0].length).trim() === "") fence = "";
    } else if (open) fence = open[1]!;
    else if (blank && /^#{1,6}(?:[ \t]|\r?\n|$)/.test(line) && m.index - from >= size) {
      while (note < notes.length && notes[note]![1] < m.index) note++;
      if (note === notes.length || notes[note]![0] >= m.index) {
        cuts.push([from, m.index]);
        from = m.index;
      }
    }
    blank = line.trim() === "";
  }
  cuts.push([from, source.length]);
  return cuts;
}

/**
 * Each footnote's stretch of the file, from the start of its first mention
 * (a reference or its definition) to the start of its last, overlapping
 * stretches joined, in order. Labels match as CommonMark matches them:
 * case and runs of white space aside.
 */
function footnoteStretches(source: string): Array<[number, number]> {
  const seen = new Map<string, [number, number]>();
  for (const m of source.matchAll(FOOTNOTE)) {
    const label = m[1]!.toLowerCase().replace(/\s+/gu, " ").trim();
    const at = seen.get(label);
    if (at) at[1] = m.index;
    else seen.set(label, [m.index, m.index]);
  }
  const sorted = [...seen.values()].sort((a, b) => a[0] - b[0]);
  const joined: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = joined.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/** Markdown as sverka's plain text (see `readMarkdown`). */
export function markdownToText(source: string): string {
  return readMarkdown(source).text;
}

function blocks(node: Node, out: TextBuilder): void {
  if (node.type === "Paragraph" && admonitionTitle(node, out) !== undefined) {
    admonition(node, out);
    return;
  }
  if (TEXT_BLOCKS.has(node.type)) {
    out.startBlock();
    const [from, to] = node.type === "Paragraph" ? withinMarkers(node, out) : [0, Number.POSITIVE_INFINITY];
    for (const child of node.children ?? []) {
      const [start, end] = [child.range[0] + out.base, child.range[1] + out.base];
      if (end <= from || start >= to) continue;
      // A text run holding a marker's line: the text after it, or before the closing one.
      if ((start < from || end > to) && child.type === "Str" && typeof child.value === "string") {
        if (child.value.length === end - start) {
          const [a, b] = [Math.max(start, from), Math.min(end, to)];
          out.add(child.value.slice(a - start, b - start), a, b);
        } else {
          // In a quote, the text's lines lose their "> ": the marker is taken off the text, and its place in the file found.
          const marker = start < from ? (OPENING_MARKER.exec(child.value)?.[0].length ?? 0) : 0;
          const text = child.value.slice(marker);
          const at = marker > 0 ? Math.max(from, start + out.raw(start, end).indexOf(text.split("\n", 1)[0]!, marker)) : start;
          out.add(text, at, end);
        }
      } else inline(child, out);
    }
    // An image's alt text is text a reader is given: a paragraph of its own after the block (inside, it would split a sentence).
    for (const alt of out.alts.splice(0)) {
      out.startBlock();
      out.add(alt.text, alt.start, alt.end);
    }
  } else if (CONTAINERS.has(node.type)) {
    const children = node.children ?? [];
    children.forEach((child, k) => {
      // An admonition's body, indented under its marker after a blank line, is text the parser takes for code (stranger 209).
      if (
        child.type === "CodeBlock" &&
        k > 0 &&
        children[k - 1]!.type === "Paragraph" &&
        admonitionTitle(children[k - 1]!, out) !== undefined
      )
        indentedText(child, out);
      else blocks(child, out);
    });
  } else if (node.type === "CodeBlock") out.codeBlock(node);
  // Code blocks, HTML blocks, front matter, definitions, rules: not document text (a code block is kept apart, compared whole).
}

/**
 * An admonition's marker line (MkDocs' and Python-Markdown's `!!! warning "Data loss"`, a collapsible `??? note`), its
 * title as written or "" where it has none; undefined for any other paragraph.
 */
function admonitionTitle(node: Node, out: TextBuilder): { title: string; start: number } | undefined {
  const start = node.range[0] + out.base;
  const line = out.raw(start, node.range[1] + out.base).split("\n", 1)[0]!;
  const m = ADMONITION.exec(line);
  if (!m) return undefined;
  const title = m[2] ?? "";
  return { title, start: start + (m[2] === undefined ? line.length : line.indexOf(`"${title}"`) + 1) };
}

/**
 * Where a paragraph's text lies between the markers of an admonition it opens or closes, which are markup, no text:
 * GitHub's alert (`> [!WARNING]` as a quote's first line) and Docusaurus' (`:::warning` ... `:::`) (stranger 226: each
 * an untranslated heading, and a unit of the memory).
 */
function withinMarkers(node: Node, out: TextBuilder): [number, number] {
  const start = node.range[0] + out.base;
  const end = node.range[1] + out.base;
  const raw = out.raw(start, end);
  const opening = OPENING_MARKER.exec(raw);
  const closing = CLOSING_MARKER.exec(raw);
  return [start + (opening?.[0].length ?? 0), closing && closing.index >= (opening?.[0].length ?? 0) ? start + closing.index : end];
}

/** An alert's or an admonition's opening line: `[!NOTE]`... `[!CAUTION]`, `:::warning`, `:::tip Title` (a title dropped too). */
const OPENING_MARKER = /^(?:\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|:{3,}[ \t]*[\w-]*(?:[ \t][^\n]*)?)[ \t]*(?:\r?\n|$)/iu;
/** An admonition's closing line, `:::`, its paragraph's last. */
const CLOSING_MARKER = /(?:^|\r?\n)[ \t]*:{3,}[ \t]*$/u;

/** `!!! type "Title"` (or `???`, `???+`), the title optional. Groups: the marker and type, the title. */
const ADMONITION = /^ {0,3}((?:!!!|\?\?\?\+?)[ \t]+[\w-]+)(?:[ \t]+"([^"\n]*)")?[ \t]*$/u;

/** An admonition's paragraph: its title a paragraph of its own (the marker is markup), the lines under it (no blank line between) text. */
function admonition(node: Node, out: TextBuilder): void {
  const title = admonitionTitle(node, out)!;
  if (title.title.trim() !== "") {
    out.startBlock();
    out.add(title.title, title.start, title.start + title.title.length);
  }
  const start = node.range[0] + out.base;
  const raw = out.raw(start, node.range[1] + out.base);
  const body = raw.indexOf("\n");
  if (body >= 0) indentedLines(raw.slice(body + 1), start + body + 1, out);
}

/** An indented block read as text: its lines, their indentation dropped, a blank line between paragraphs. */
function indentedText(node: Node, out: TextBuilder): void {
  const start = node.range[0] + out.base;
  indentedLines(out.raw(start, node.range[1] + out.base), start, out);
}

function indentedLines(raw: string, start: number, out: TextBuilder): void {
  let at = start;
  let first = true;
  out.startBlock();
  for (const line of raw.split("\n")) {
    const indent = /^(?: {1,4}|\t)?/u.exec(line)![0].length;
    const text = line.slice(indent).replace(/\r$/u, "");
    if (text.trim() === "") {
      if (!first) out.startBlock();
      first = true;
    } else {
      if (!first) out.lineBreak();
      out.add(text, at + indent, at + indent + text.length);
      first = false;
    }
    at += line.length + 1;
  }
}

function inline(node: Node, out: TextBuilder): void {
  const start = node.range[0] + out.base;
  const end = node.range[1] + out.base;
  if (NO_TEXT.has(node.type)) {
    if (node.type === "Image" || node.type === "ImageReference") imageAlt(node, start, out);
    return;
  }
  if (node.type === "Break") {
    out.lineBreak();
    return;
  }
  if (node.type === "Html") {
    const tag = String(node.value);
    if (/^<br\b/i.test(tag)) out.lineBreak();
    else if (/^<\//.test(tag)) out.close(end);
    else if (/^<[A-Za-z]/.test(tag)) out.open(start);
    return;
  }
  if (node.type === "Str") {
    if (typeof node.value === "string") out.add(node.value, start, end);
    return;
  }
  // An element: its markup frames its text (emphasis, a link, a code span).
  const from = out.open(start);
  // What a translation copies as it is: the codes check compares them.
  if (node.type === "Code" && typeof node.value === "string") out.map.addMarkup(from, "code", node.value);
  if (node.type === "Link" && typeof node.url === "string" && linkTarget(node.url, node)) out.map.addMarkup(from, "links", node.url);
  if (node.children) for (const child of node.children) inline(child, out);
  else if (typeof node.value === "string") out.add(node.value, start, end);
  out.close(end);
  if (WHOLE.has(node.type)) out.map.keepWhole(from, out.length);
}

/** An image's alt text (`![Схема на уреда](a.png)`), kept for after its block, where it is in the file: after "![", to its "]". */
function imageAlt(node: Node, start: number, out: TextBuilder): void {
  const alt = typeof node.alt === "string" ? node.alt.trim() : "";
  if (alt === "" || FILE_NAME.test(alt)) return;
  const raw = out.raw(start, node.range[1] + out.base);
  let depth = 0;
  let close = raw.length;
  for (let i = 2; i < raw.length; i++) {
    if (raw[i] === "\\") i++;
    else if (raw[i] === "[") depth++;
    else if (raw[i] === "]" && depth-- === 0) {
      close = i;
      break;
    }
  }
  out.alts.push({ text: alt, start: start + 2, end: start + close });
}

/**
 * Whether a link's target is one the text does not show: not a page anchor
 * ("#usage", translated with its heading), nor an autolink
 * ("www.example.bg", "<name@example.bg>"), which the text shows as it is.
 */
function linkTarget(url: string, node: Node): boolean {
  if (url === "" || url.startsWith("#")) return false;
  const shown = (node.children ?? []).map((c) => (typeof c.value === "string" ? c.value : "")).join("");
  return !shown.includes(url.replace(/^(?:mailto:|https?:\/\/)/iu, ""));
}

/** Builds the text block by block, tying each character it adds to the file. */
class TextBuilder {
  readonly map = new SourceMap();
  private readonly parts: string[] = [];
  length = 0;
  /** Where in the file the part being read starts: node ranges are the part's. */
  base = 0;
  /** Images' alt texts met in the block being read, with where they are in the file: paragraphs after it. */
  readonly alts: Array<{ text: string; start: number; end: number }> = [];
  /** A block has started and nothing is written for it yet: the blank line before it is owed. */
  private pending = false;
  /** The text written so far ends with a line break (and maybe spaces): another would make a blank line. */
  private atLineStart = true;

  /** The last offset a line was counted to, and its line (from 1). */
  private counted = 0;
  private line = 1;

  constructor(private readonly source: string) {}

  /** A code block read: its code, the line it opens on, and whether a fence it opens with is never closed. */
  codeBlock(node: Node): void {
    const start = node.range[0] + this.base;
    const end = node.range[1] + this.base;
    for (let at = this.source.indexOf("\n", this.counted); at >= 0 && at < start; at = this.source.indexOf("\n", at + 1)) this.line++;
    this.counted = start;
    const raw = this.source.slice(start, end);
    const fence = FENCE.exec(raw)?.[1];
    const lines = raw.replace(/\s+$/u, "").split("\n");
    const closing = lines.length > 1 ? lines.at(-1)!.trim() : "";
    const unclosed = fence !== undefined && !(closing.startsWith(fence[0]!.repeat(fence.length)) && /^[`~]+$/u.test(closing));
    const code = typeof node.value === "string" ? node.value : raw;
    this.map.codeBlocks.push({ code, line: this.line, ...(unclosed ? { unclosed: true as const } : {}) });
  }

  text(): string {
    return this.parts.join("");
  }

  /** The file's characters at [start, end). */
  raw(start: number, end: number): string {
    return this.source.slice(start, end);
  }

  startBlock(): void {
    this.pending = true;
  }

  /** Markup opening an element at file offset `source`; returns the text offset where its text starts. */
  open(source: number): number {
    this.settle();
    this.map.open(this.length, source);
    return this.length;
  }

  close(source: number): void {
    this.map.close(this.length, source);
  }

  lineBreak(): void {
    this.settle();
    this.write(this.atLineStart ? " " : "\n");
  }

  /** A text node's `value`, which the file holds at [start, end), with markup, escapes and entities in between. */
  add(value: string, start: number, end: number): void {
    this.settle();
    const raw = this.source.slice(start, end);
    const offset = this.length;
    if (value === raw) this.map.piece(offset, value.length, start, value.length);
    // GFM's autolink literals leave their neighbours' ranges a character or two short ("&lt" for "&lt;"): look a little past the end.
    else this.align(value, this.source.slice(start, end + 8), start, offset);
    // A line break right after another (a <br> before the line's end) would read as a paragraph break.
    this.write(this.atLineStart ? value.replace(/^([ \t]*)(\r?\n)/, (_m, sp: string, nl: string) => sp + " ".repeat(nl.length)) : value);
  }

  /** Ties each character of `value` to where it is in `raw` (which starts at file offset `start`). */
  private align(value: string, raw: string, start: number, offset: number): void {
    let j = 0;
    for (let i = 0; i < value.length; ) {
      const c = value[i]!;
      // "&amp;" is "&" in the value unless the value has it as written (in a code span).
      const entity = raw[j] === "&" ? ENTITY.exec(raw.slice(j, j + 40)) : null;
      if (raw[j] === c && !(entity && !value.startsWith(entity[0], i))) {
        this.map.piece(offset + i++, 1, start + j++, 1);
        continue;
      }
      if (raw[j] === "\\" && raw[j + 1] === c) {
        this.map.piece(offset + i++, 1, start + j, 2);
        j += 2;
        continue;
      }
      if (entity) {
        const n = /[\ud800-\udbff]/.test(c) ? 2 : 1;
        this.map.piece(offset + i, n, start + j, entity[0].length);
        i += n;
        j += entity[0].length;
        continue;
      }
      // Markup between two characters of the value (a quote's "> ", an indentation): step over it and look again.
      let k = j;
      while (k < raw.length && k - j < 64 && SKIPPABLE.test(raw[k]!) && raw[k] !== c) k++;
      if (k > j && k < raw.length) j = k;
      else i++; // a character Markdown made up: left untied
    }
  }

  /** Writes the blank line owed before a block's first text. */
  private settle(): void {
    if (!this.pending) return;
    this.pending = false;
    if (this.length > 0) this.write("\n\n");
  }

  private write(s: string): void {
    if (s === "") return;
    this.parts.push(s);
    this.length += s.length;
    const lastBreak = s.lastIndexOf("\n");
    this.atLineStart = lastBreak >= 0 ? /^[ \t]*$/.test(s.slice(lastBreak + 1)) : this.atLineStart && /^[ \t]*$/.test(s);
  }
}
