import { createReadStream, type Stats } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { SverkaError } from "../errors.js";
import { getLanguage } from "../lang/index.js";
import { decodeBytes } from "./decode.js";
import { docxToText } from "./docx.js";
import { readMarkdown } from "./markdown.js";
import { htmlparser2, htmlToText } from "./markup.js";
import { odtToText } from "./odt.js";
import { rtfToText } from "./rtf.js";
import type { SourceMap } from "./source-map.js";
import { looksLikeSubtitles, readSubtitles } from "./subtitles.js";

export { type Decoded, type DecodeLanguage, decodeBytes } from "./decode.js";
export { type MarkdownText, markdownToText, readMarkdown } from "./markdown.js";
export { htmlToText } from "./markup.js";
export { SourceMap } from "./source-map.js";
export { foldSpaces } from "./space.js";

export const INPUT_FORMATS = ["txt", "md", "html", "docx", "odt", "rtf", "srt", "vtt"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** A document as read from disk: its text plus what was learned reading it. */
export interface InputDocument {
  readonly path: string;
  /**
   * The text sverka aligns; segment offsets refer to it, except for .md (see
   * `sourceMap`). For .txt it is the decoded file (a byte-order mark is not
   * part of it); for .md, .html, .docx, .odt and .rtf it is the plain text
   * extracted, one paragraph per block.
   */
  readonly text: string;
  /**
   * For .md: where the text's pieces are in the decoded file, so segments can
   * point into the file itself (see `segmentDocument`).
   */
  readonly sourceMap?: SourceMap;
  /** How the bytes were decoded ("utf-8", "windows-1251", ...); "docx", "odt" or "rtf" for those formats. */
  readonly encoding: string;
  readonly format: InputFormat;
  /** An HTML page's language as its root declares it (`<html lang="en-US">`), region and all. */
  readonly declaredLang?: string;
}

/** The root element's language of an HTML page: `<html lang="en-US">`. */
const DECLARED_LANG = /<html\b[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)/iu;

export interface ReadOptions {
  /** Refuse larger files (default 256 MiB). */
  readonly maxBytes?: number;
  /** Force an encoding (iconv name: windows-1251, koi8-r, utf-16le, ...). */
  readonly encoding?: string;
  /** Force an input format instead of judging by the file's extension. */
  readonly format?: InputFormat;
  /** Legacy encodings to prefer when guessing (the document language's). */
  readonly preferredEncodings?: readonly string[];
  /**
   * The document's language tag ("bg", "en-GB"): its legacy encodings are
   * preferred when guessing, and a decoding whose letters are not of its
   * script is refused.
   */
  readonly lang?: string;
  /** The option the encoding is given with, named in messages (default "--encoding"). */
  readonly encodingOption?: string;
  /** How much of the document is read, from 0 to 1, told now and then where its reading takes seconds (Markdown). */
  readonly onShare?: (share: number) => void;
}

/** Larger inputs are refused rather than risking running out of memory. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/**
 * The endings of the documents `align` reads (`formatForInput` knows each),
 * .txt first: what a folder of documents pairs up (`batch DIR`, `check DIR`).
 */
export const DOCUMENT_EXTENSIONS = [
  ".txt",
  ".md",
  ".markdown",
  ".mdown",
  ".html",
  ".htm",
  ".xhtml",
  ".docx",
  ".odt",
  ".rtf",
  ".srt",
  ".vtt",
] as const;

/** The input format a file name says; .txt for anything unknown. */
export function formatForInput(path: string): InputFormat {
  const lower = path.toLowerCase();
  if (/\.(md|markdown|mdown)$/.test(lower)) return "md";
  if (/\.(html?|xhtml)$/.test(lower)) return "html";
  if (lower.endsWith(".docx")) return "docx";
  if (lower.endsWith(".odt")) return "odt";
  if (lower.endsWith(".rtf")) return "rtf";
  if (lower.endsWith(".srt")) return "srt";
  if (lower.endsWith(".vtt")) return "vtt";
  return "txt";
}

/**
 * Reads a document. Every failure a user can cause (missing file, a
 * directory, a binary file, an unknown encoding, a broken DOCX, an empty
 * document) is a SverkaError naming the file.
 */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<InputDocument> {
  const bytes = await readInputBytes(path, options.maxBytes);
  const format = options.format ?? sniffFormat(bytes, path) ?? formatForInput(path);
  if (/\.doc$/i.test(path) && !options.format && format !== "rtf")
    throw new SverkaError("is an old binary Word document: save it as .docx, .odt or text first", { path });
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-")
    throw new SverkaError(
      "is a PDF, not a text document: export its text first (`pdftotext file.pdf file.txt` keeps the page breaks by which sverka leaves out headers, footers and page numbers)",
      { path },
    );
  // An OLE compound file: Word's password-protected documents are one whatever their name, and so is the old .doc.
  if (bytes.subarray(0, 8).equals(OLE_MAGIC) && format !== "rtf")
    throw new SverkaError(
      bytes.includes(ENCRYPTION_STREAM)
        ? "is a password-protected (encrypted) Office document: open it, remove the password (in Word: File > Info > Protect Document > Encrypt with Password) and save it again, or export its text"
        : "is an old binary Office document (Word's .doc): save it as .docx, .odt or text first",
      { path },
    );
  const { text, encoding, sourceMap, read = format, declaredLang } = await extract(bytes, format, path, options);
  if (text.trim() === "") throw new SverkaError("the document is empty", { path });
  return { path, text, encoding, format: read, ...(sourceMap ? { sourceMap } : {}), ...(declaredLang ? { declaredLang } : {}) };
}

/** The input path that stands for standard input ("sverka split -", "cat bg.txt | sverka align - en.txt"). */
export const STDIN = "-";

/**
 * An input file's bytes (a document, a workbook), refused naming the file when missing, not a file, or over `maxBytes`.
 * With `onShare`, read a few megabytes at a time and told the share read (a saved bitext of 400,000 links is 230 MB).
 * `-` is standard input; a pipe (`<(zcat bg.txt.gz)`) is read as it comes.
 */
export async function readInputBytes(path: string, maxBytes = DEFAULT_MAX_BYTES, onShare?: (share: number) => void): Promise<Buffer> {
  if (path === STDIN) return kept(path, await readStream(process.stdin, path, maxBytes));
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw new SverkaError(describeFsError(error), { path, cause: error });
  }
  if (info.isDirectory()) throw new SverkaError("is a directory, not a document", { path });
  if (info.isFIFO()) return kept(path, await readStream(createReadStream(path), path, maxBytes));
  if (!info.isFile()) throw new SverkaError("is not a regular file", { path });
  if (info.size > maxBytes) throw new SverkaError(`is ${info.size} bytes, over the limit of ${maxBytes} bytes (--max-size)`, { path });
  try {
    return onShare && info.size > READ_CHUNK ? await readInChunks(path, info.size, onShare) : await readFile(path);
  } catch (error) {
    throw new SverkaError(describeFsError(error), { path, cause: error });
  }
}

/**
 * The bytes read from standard input or a pipe, by path: a stream is read once, and a report's lines and columns are
 * found in what was read (opening a named pipe again would wait for a writer that is gone: `check` hung there).
 */
const streamed = new Map<string, Buffer>();

function kept(path: string, bytes: Buffer): Buffer {
  streamed.set(path, bytes);
  return bytes;
}

/** What was read from `path` when it was standard input or a pipe, if it was. */
export function streamedBytes(path: string): Buffer | undefined {
  return streamed.get(path);
}

/** A stream's bytes to its end (standard input, a pipe), refused once over `maxBytes`. */
async function readStream(stream: NodeJS.ReadableStream, path: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > maxBytes) throw new SverkaError(`is over the limit of ${maxBytes} bytes (--max-size)`, { path });
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof SverkaError) throw error;
    throw new SverkaError(describeFsError(error), { path, cause: error });
  }
  return Buffer.concat(chunks, size);
}

/** Bytes a read of `readInChunks` asks for. */
const READ_CHUNK = 8 * 1024 * 1024;

/** A file of `size` bytes (as measured) read `READ_CHUNK` at a time, the share told after each. */
async function readInChunks(path: string, size: number, onShare: (share: number) => void): Promise<Buffer> {
  const file = await open(path, "r");
  try {
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    for (;;) {
      const { bytesRead } = await file.read(out, at, Math.min(READ_CHUNK, size - at), at);
      at += bytesRead;
      onShare(at / size);
      if (bytesRead === 0 || at === size) break;
    }
    // Shortened since it was measured: what there is.
    return at < size ? out.subarray(0, at) : out;
  } finally {
    await file.close();
  }
}

/** The first bytes of an OLE compound file (the old .doc, and Office's encrypted documents). */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The name of the stream an encrypted Office document keeps its keys in, as the compound file's directory writes it (UTF-16LE). */
const ENCRYPTION_STREAM = Buffer.from("EncryptionInfo", "utf16le");

/** The format the bytes themselves say: RTF starts with "{\rtf" whatever the name; a name with no ending also lets an archive (DOCX, ODT) or a page (HTML) say what it is. */
function sniffFormat(bytes: Buffer, path: string): InputFormat | undefined {
  if (bytes.subarray(0, 5).toString("latin1") === "{\\rtf") return "rtf";
  // A document with no ending to go by (standard input, a pipe, a file named "notes"): an archive or a page says what it is.
  if (/\.[^./]+$/.test(path)) return undefined;
  const head = bytes.subarray(0, 64 * 1024).toString("latin1");
  if (head.startsWith("PK\x03\x04")) {
    if (head.includes("mimetypeapplication/vnd.oasis.opendocument")) return "odt";
    if (head.includes("word/")) return "docx";
    return undefined;
  }
  return /^(?:\xEF\xBB\xBF)?\s*(?:<!doctype html|<html[\s>])/i.test(head) ? "html" : undefined;
}

async function extract(
  bytes: Buffer,
  format: InputFormat,
  path: string,
  options: ReadOptions,
): Promise<{ text: string; encoding: string; sourceMap?: SourceMap; read?: InputFormat; declaredLang?: string }> {
  if (format === "html") await htmlparser2.preload();
  if (format === "docx") return { text: await docxToText(bytes, path), encoding: "docx" };
  if (format === "odt") return { text: await odtToText(bytes, path), encoding: "odt" };
  if (format === "rtf") return { text: await rtfToText(bytes, path), encoding: "rtf" };
  const decoded = decodeBytes(bytes, {
    encoding: options.encoding,
    preferred: options.preferredEncodings,
    path,
    language: options.lang === undefined ? undefined : getLanguage(options.lang),
    encodingOption: options.encodingOption,
  });
  if (format === "md") {
    const markdown = readMarkdown(decoded.text, { onShare: options.onShare });
    return { text: markdown.text, sourceMap: markdown.map, encoding: decoded.encoding };
  }
  if (format === "srt" || format === "vtt") {
    const subtitles = readSubtitles(decoded.text);
    return { text: subtitles.text, sourceMap: subtitles.map, encoding: decoded.encoding };
  }
  // Subtitles saved as .txt (or read from standard input) are read as subtitles, unless --input-format txt says otherwise.
  if (format === "txt" && options.format === undefined && looksLikeSubtitles(decoded.text)) {
    const subtitles = readSubtitles(decoded.text);
    return {
      text: subtitles.text,
      sourceMap: subtitles.map,
      encoding: decoded.encoding,
      read: /^\uFEFF?\s*WEBVTT/u.test(decoded.text) ? "vtt" : "srt",
    };
  }
  const text = format === "html" ? htmlToText(decoded.text) : decoded.text;
  const declared = format === "html" ? DECLARED_LANG.exec(decoded.text)?.[1] : undefined;
  return { text, encoding: decoded.encoding, ...(declared ? { declaredLang: declared } : {}) };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, not a document";
    default:
      return `cannot be read (${code ?? String(error)})`;
  }
}
