/**
 * OpenDocument text (.odt, ODF 1.2/1.3) to sverka's plain text: the archive is
 * opened with `jszip`, its content.xml read with `htmlparser2` in XML mode
 * a piece at a time (src/read/zip-xml.ts).
 * Headings, paragraphs, list items and table cells become paragraphs, as for
 * DOCX; footnotes and endnotes follow the text; tracked deletions, comments,
 * note citations, frames' alternative text and page numbers are left out.
 */
import type { Handler } from "htmlparser2";
import { SverkaError } from "../errors.js";
import { htmlparser2 } from "./markup.js";
import { foldSpaces } from "./space.js";
import { jszip, parsePart } from "./zip-xml.js";

/** Elements whose content is not document text. */
const SKIP = new Set([
  "text:tracked-changes",
  "office:annotation",
  "office:annotation-end",
  "text:note-citation",
  "svg:title",
  "svg:desc",
  "text:sequence-decls",
  "text:variable-decls",
  "text:user-field-decls",
  "office:forms",
  "office:font-face-decls",
  "office:automatic-styles",
  "text:bibliography-source",
  "text:alphabetical-index-source",
  "text:table-of-content-source",
  "text:illustration-index-source",
]);

/** A text:p or text:h is a paragraph; the containers around them (lists, cells, sections) need nothing more. */
const BLOCK = new Set(["text:p", "text:h"]);

/**
 * A page's number, worked out as the pages are laid out, is left out: a translation's pages are not the original's,
 * and a manual's contents read with them paired each entry with another of the same page and made every right one a
 * number changed. These are the fields of one (the page's own, a cross-reference to a page: `text:reference-format`
 * "page"), and the indexes whose entries end in one after a tab (a table of contents: "1.1 Installation→5").
 */
const REFERENCES = new Set(["text:bookmark-ref", "text:reference-ref", "text:sequence-ref", "text:note-ref"]);
const PAGE_FIELDS = new Set(["text:page-number", "text:page-count", "text:page-continuation"]);
const PAGE_INDEXES = new Set([
  "text:table-of-content",
  "text:illustration-index",
  "text:table-index",
  "text:object-index",
  "text:user-index",
]);
/** An index entry's page number, after the tab that leads to it. */
const ENTRY_PAGE = /\t\s*(?:\d+|[ivxlcdm]+)\s*$/iu;

export async function odtToText(bytes: Buffer, path: string): Promise<string> {
  if (bytes.subarray(0, 4).toString("latin1") !== "PK\u0003\u0004")
    throw new SverkaError("is not an ODT file (an ODT is a zip archive; this is not one)", { path });
  await htmlparser2.preload();
  const content = new OdfContent();
  try {
    const zip = await jszip().loadAsync(bytes);
    const mimetype = (await zip.file("mimetype")?.async("string"))?.trim();
    if (!(await parsePart(zip, "content.xml", content)))
      throw new SverkaError("cannot be read as ODT (it has no content.xml): save it again as .odt, .docx or text", { path });
    // What the body holds decides, not the mimetype: LibreOffice saves an HTML page it opened as text-web, a
    // template as text-template, each with an office:text body like any .odt.
    const body = content.body;
    if (mimetype !== undefined && mimetype !== "application/vnd.oasis.opendocument.text" && body !== "text")
      throw new SverkaError(
        `is an OpenDocument file of another kind (${mimetype}${body ? `, its content office:${body}` : ""}), not a text document: ` +
          "open it in LibreOffice and save it as ODF Text Document (.odt), or export its text",
        { path },
      );
    if (content.cutOff)
      throw new SverkaError("cannot be read as ODT: its content.xml stops before its end (a damaged file): open it and save it again", {
        path,
      });
  } catch (error) {
    if (error instanceof SverkaError) throw error;
    throw new SverkaError(`cannot be read as ODT (${(error as Error).message.split("\n")[0]})`, { path, cause: error });
  }
  return `${[...content.blocks, ...content.notes].join("\n\n")}\n`;
}

/** The paragraphs of an ODF content.xml as htmlparser2 reads it: the text's, the notes', and the kind of body ("text", "spreadsheet"...). */
class OdfContent implements Partial<Handler> {
  readonly blocks: string[] = [];
  readonly notes: string[] = [];
  body: string | undefined;
  /** Whether content.xml ended with elements open: it was cut off. */
  cutOff = false;
  // Paragraphs nest (a note's body or a frame's text inside a paragraph): one open buffer per level.
  private readonly open: string[] = [];
  private note = 0;
  private skip = 0;
  /** The elements open whose content is left out, innermost last. */
  private readonly skipped: string[] = [];
  /** Indexes open whose entries end in a page's number (`PAGE_INDEXES`). */
  private index = 0;
  private inBody = false;
  private depth = 0;

  onopentag(name: string, attributes: Record<string, string>): void {
    this.depth++;
    if (name === "office:body") this.inBody = true;
    else if (this.inBody && this.body === undefined && name.startsWith("office:")) this.body = name.slice("office:".length);
    if (SKIP.has(name) || PAGE_FIELDS.has(name) || (REFERENCES.has(name) && attributes["text:reference-format"] === "page")) {
      this.skipped.push(name);
      this.skip++;
    }
    if (PAGE_INDEXES.has(name)) this.index++;
    if (this.skip > 0) return;
    if (BLOCK.has(name)) this.open.push("");
    else if (name === "text:note-body") this.note++;
    else if (name === "text:s") this.add(" ".repeat(Math.min(1000, Number(attributes["text:c"] ?? 1) || 1)));
    else if (name === "text:tab") this.add("\t");
    else if (name === "text:line-break") this.add("\n");
  }

  ontext(text: string): void {
    this.add(foldSpaces(text));
  }

  onclosetag(name: string, implied: boolean): void {
    // The root closed by the parser itself (as it closes a self-closing element), not by its end tag: content.xml
    // stops before its end, a damaged file.
    if (--this.depth === 0 && implied) this.cutOff = true;
    if (this.skipped.at(-1) === name) {
      this.skipped.pop();
      this.skip = Math.max(0, this.skip - 1);
      return;
    }
    if (PAGE_INDEXES.has(name)) this.index = Math.max(0, this.index - 1);
    if (this.skip > 0) return;
    if (name === "text:note-body") this.note = Math.max(0, this.note - 1);
    if (!BLOCK.has(name)) return;
    const raw = this.open.pop() ?? "";
    const text = tidy(this.index > 0 ? raw.replace(ENTRY_PAGE, "") : raw);
    if (text !== "") (this.note > 0 ? this.notes : this.blocks).push(text);
  }

  private add(text: string): void {
    if (this.skip === 0 && this.open.length > 0) this.open[this.open.length - 1] += text;
  }
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}
