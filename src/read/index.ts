import { readFile, stat } from "node:fs/promises";
import { SverkaError } from "../errors.js";

/** A document as read from disk: decoded text plus what was learned reading it. */
export interface InputDocument {
  readonly path: string;
  /** The decoded text; segment offsets refer to it (a byte-order mark is not part of it). */
  readonly text: string;
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be";
}

/** Larger inputs are refused rather than risking running out of memory. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Reads a text document. Every failure a user can cause (missing file, a
 * directory, a binary or non-UTF-8 file, an empty document) is a SverkaError
 * naming the file.
 */
export async function readDocument(path: string, options: { maxBytes?: number } = {}): Promise<InputDocument> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new SverkaError(describeFsError(error), { path, cause: error });
  }
  if (info.isDirectory()) throw new SverkaError("is a directory, not a document", { path });
  if (!info.isFile()) throw new SverkaError("is not a regular file", { path });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (info.size > maxBytes) {
    throw new SverkaError(`is ${info.size} bytes, over the limit of ${maxBytes} bytes`, { path });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new SverkaError(describeFsError(error), { path, cause: error });
  }
  const { text, encoding } = decode(bytes, path);
  if (text.trim() === "") throw new SverkaError("the document is empty", { path });
  return { path, text, encoding };
}

/** Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; refuses binary data. */
export function decode(bytes: Uint8Array, path = "<input>"): { text: string; encoding: InputDocument["encoding"] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new SverkaError("looks like a binary file (it contains NUL bytes), not a text document", { path });
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch (error) {
    throw new SverkaError("is not valid UTF-8 text (a binary file, or a legacy encoding such as Windows-1251: convert it to UTF-8 first)", { path, cause: error });
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT": return "no such file";
    case "EACCES": case "EPERM": return "permission denied";
    case "EISDIR": return "is a directory, not a document";
    default: return `cannot be read (${code ?? String(error)})`;
  }
}
