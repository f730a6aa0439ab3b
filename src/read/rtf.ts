/**
 * RTF to sverka's plain text. `rtf-stream-parser` tokenizes (groups, control
 * words with their parameters, `\'hh` bytes, `\binN` data); this module reads
 * the tokens as the RTF 1.9.1 specification says: destinations that are not
 * document text (font and colour tables, style sheets, document info,
 * pictures, field instructions, headers, footers, `{\*...}` groups) are
 * skipped; bytes are decoded with the code page of the current font's
 * `\fcharset` or the document's `\ansicpg`; `\uN` characters skip their
 * `\ucN` fallbacks. Paragraphs (`\par`), table cells and rows become
 * paragraphs; footnotes follow the text, as they do for DOCX.
 */
import type iconvModule from "iconv-lite";
import type * as rtfStreamParser from "rtf-stream-parser";
import { SverkaError } from "../errors.js";
import { lazy } from "../lazy.js";

const iconv = lazy<typeof iconvModule>("iconv-lite");
const rtfParser = lazy<typeof rtfStreamParser>("rtf-stream-parser");

/** Token kinds as rtf-stream-parser numbers them. */
const GROUP_START = 0;
const GROUP_END = 1;
const CONTROL = 2;
const TEXT = 3;

interface Token {
  readonly type: number;
  readonly word?: string;
  readonly param?: number;
  readonly data?: Buffer;
}

/** Destinations whose content is not document text. */
const SKIPPED = new Set([
  "fonttbl",
  "colortbl",
  "stylesheet",
  "info",
  "pict",
  "object",
  "objdata",
  "fldinst",
  "header",
  "headerl",
  "headerr",
  "headerf",
  "footer",
  "footerl",
  "footerr",
  "footerf",
  "filetbl",
  "revtbl",
  "listtable",
  "listoverridetable",
  "listtext",
  "pntext",
  "pntxta",
  "pntxtb",
  "xe",
  "tc",
  "bkmkstart",
  "bkmkend",
  "annotation",
  "atnid",
  "atnauthor",
  "template",
  "rsidtbl",
  "generator",
  "themedata",
  "colorschememapping",
  "latentstyles",
  "datastore",
  "xmlnstbl",
  "mmathPr",
  "userprops",
  "docvar",
  "shpinst",
  "nonshppict",
  "picprop",
  "blipuid",
]);

/** Code pages of `\fcharsetN` (RTF specification, font table). */
const CHARSET_CODEPAGE: Readonly<Record<number, number>> = {
  0: 1252,
  128: 932,
  129: 949,
  130: 1361,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
  254: 437,
  255: 850,
};

/** Control words that stand for a character. */
const SYMBOLS: Readonly<Record<string, string>> = {
  tab: "\t",
  emdash: "\u2014",
  endash: "\u2013",
  emspace: "\u2003",
  enspace: "\u2002",
  qmspace: "\u2005",
  bullet: "\u2022",
  lquote: "\u2018",
  rquote: "\u2019",
  ldblquote: "\u201c",
  rdblquote: "\u201d",
  "~": "\u00a0",
  _: "\u2011",
  "-": "",
  "{": "{",
  "}": "}",
  "\\": "\\",
  line: "\n",
};

/** Control words that end a paragraph (a table cell or row is one too). */
const BREAKS = new Set(["par", "sect", "page", "cell", "nestcell", "row", "nestrow", "\n", "\r"]);

interface Group {
  skip: boolean;
  uc: number;
  font?: number;
  footnote: boolean;
  /** The group's first token has not been seen yet (a destination word comes first). */
  fresh: boolean;
  /** The group started with `\*`: an optional destination. */
  starred: boolean;
}

/** RTF bytes given to the tokenizer at a time. */
const FEED = 1 << 16;

/** The text of an RTF document, one paragraph per block, blank lines between them (`feed`: bytes tokenized at a time). */
export async function rtfToText(bytes: Buffer, path: string, feed = FEED): Promise<string> {
  if (!bytes.subarray(0, 6).toString("latin1").startsWith("{\\rtf"))
    throw new SverkaError("is not an RTF file (an RTF file starts with {\\rtf)", { path });
  const reader = new RtfReader();
  try {
    tokenize(bytes, (token) => reader.token(token), feed);
  } catch (error) {
    throw new SverkaError(`cannot be read as RTF (${(error as Error).message.split("\n")[0]})`, { path, cause: error });
  }
  return reader.result();
}

/**
 * The tokens of `bytes`, each handed to `each` as the tokenizer makes it,
 * `feed` bytes at a time. Piped through the tokenizer as a stream, the tokens
 * of a whole document waited in the stream's buffer for the reader, and
 * taking them out of it grew with their number: 50 MB of RTF took 184 s and
 * 2 GB to read, 10 MB 14.6 s.
 */
function tokenize(bytes: Buffer, each: (token: Token) => void, feed: number): void {
  const tokenizer = new (rtfParser().Tokenize)();
  tokenizer.push = (token: Token) => {
    each(token);
    return true;
  };
  const failed = (error?: unknown) => {
    if (error) throw error;
  };
  for (let at = 0; at < bytes.length; at += feed) tokenizer._transform(bytes.subarray(at, at + feed), undefined, failed);
  tokenizer._flush(failed);
}

class RtfReader {
  private readonly stack: Group[] = [];
  private group: Group = { skip: false, uc: 1, footnote: false, fresh: false, starred: false };
  private codepage = 1252;
  private defaultFont?: number;
  private readonly fontCodepage = new Map<number, number>();
  /** Inside the font table: the font being described. */
  private tableFont?: number;
  private inFontTable = 0;
  /** \uN fallback characters still to skip. */
  private pendingSkip = 0;
  private bytes: number[] = [];
  private current = "";
  private readonly blocks: string[] = [];
  private readonly notes: string[] = [];
  private note = "";

  token(t: Token): void {
    if (t.type === GROUP_START) this.open();
    else if (t.type === GROUP_END) this.close();
    else {
      const fresh = this.group.fresh;
      this.group.fresh = false;
      if (t.type === CONTROL && t.word === "'") this.hexByte(t.data);
      else if (t.type === CONTROL) this.control(t.word ?? "", t.param, fresh);
      else if (t.type === TEXT && t.data) this.text(t.data);
    }
  }

  result(): string {
    this.flushBytes();
    this.endParagraph();
    return `${[...this.blocks, ...this.notes].join("\n\n")}\n`;
  }

  private open(): void {
    this.flushBytes();
    this.stack.push(this.group);
    this.group = { ...this.group, fresh: true, starred: false };
    if (this.inFontTable) this.inFontTable++;
  }

  private close(): void {
    this.flushBytes();
    if (this.inFontTable) this.inFontTable--;
    const closing = this.group;
    this.group = this.stack.pop() ?? this.group;
    if (closing.footnote && !this.group.footnote) {
      for (const paragraph of this.note.split("\n\n")) if (tidy(paragraph)) this.notes.push(tidy(paragraph));
      this.note = "";
    }
  }

  private control(word: string, param: number | undefined, fresh: boolean): void {
    if (word === "*" && fresh) {
      this.group.starred = true;
      this.group.fresh = true;
      return;
    }
    if (word === "footnote" && fresh) {
      this.group.footnote = true;
      return;
    }
    if (fresh && (this.group.starred || SKIPPED.has(word))) {
      if (word === "fonttbl") this.inFontTable = 1;
      else this.group.skip = true;
      return;
    }
    if (this.inFontTable) {
      this.fontTable(word, param);
      return;
    }
    if (word === "u" && param !== undefined) {
      this.unicode(param);
      return;
    }
    if (this.skipFallback()) return;
    this.setting(word, param);
    if (this.group.skip) return;
    if (BREAKS.has(word)) {
      this.flushBytes();
      this.endParagraph();
    } else if (Object.hasOwn(SYMBOLS, word)) this.emit(SYMBOLS[word]!);
  }

  private text(data: Buffer): void {
    if (this.group.skip || this.inFontTable) return;
    let from = 0;
    while (this.pendingSkip > 0 && from < data.length) {
      from++;
      this.pendingSkip--;
    }
    for (let k = from; k < data.length; k++) this.bytes.push(data[k]!);
  }

  /** A `\'hh` byte: a control token carrying the byte. */
  private hexByte(data: Buffer | undefined): void {
    if (this.skipFallback() || this.group.skip || this.inFontTable || !data) return;
    this.bytes.push(data[0]!);
  }

  private unicode(param: number): void {
    this.flushBytes();
    const unit = param < 0 ? param + 0x10000 : param;
    if (!this.group.skip && !this.inFontTable) this.emit(String.fromCharCode(unit));
    this.pendingSkip = this.group.uc;
  }

  private skipFallback(): boolean {
    if (this.pendingSkip === 0) return false;
    this.pendingSkip--;
    return true;
  }

  /** Control words that change how text is read. */
  private setting(word: string, param: number | undefined): void {
    if (word === "ansicpg" && param) this.codepage = param;
    else if (word === "deff") this.defaultFont = param;
    else if (word === "f") {
      this.flushBytes();
      this.group.font = param;
    } else if (word === "uc" && param !== undefined) this.group.uc = param;
    else if (word === "plain") this.group.font = undefined;
  }

  private fontTable(word: string, param: number | undefined): void {
    if (word === "f" && param !== undefined) this.tableFont = param;
    else if (word === "fcharset" && param !== undefined && this.tableFont !== undefined) {
      const cp = CHARSET_CODEPAGE[param];
      if (cp) this.fontCodepage.set(this.tableFont, cp);
    } else if (word === "cpg" && param && this.tableFont !== undefined) this.fontCodepage.set(this.tableFont, param);
  }

  /** Bytes of text are decoded in runs, so multi-byte code pages (932, 936...) decode whole characters. */
  private flushBytes(): void {
    if (this.bytes.length === 0) return;
    const font = this.group.font ?? this.defaultFont;
    const cp = (font !== undefined ? this.fontCodepage.get(font) : undefined) ?? this.codepage;
    const name = cp === 65001 ? "utf-8" : iconv().encodingExists(`cp${cp}`) ? `cp${cp}` : "cp1252";
    const text = iconv().decode(Buffer.from(this.bytes), name);
    this.bytes = [];
    this.append(text);
  }

  /** Text from a control word or `\uN`: after the bytes before it. */
  private emit(text: string): void {
    this.flushBytes();
    this.append(text);
  }

  private append(text: string): void {
    if (this.group.footnote) this.note += text;
    else this.current += text;
  }

  private endParagraph(): void {
    if (this.group.footnote) {
      this.note += "\n\n";
      return;
    }
    const text = tidy(this.current);
    if (text) this.blocks.push(text);
    this.current = "";
  }
}

/** Folds white space as HTML does, keeping line breaks from `\line`. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
