/**
 * Word documents (.docx, Office Open XML) to sverka's plain text. The archive
 * is opened with `jszip` and its parts are decompressed and parsed a piece at a
 * time with `htmlparser2` in XML mode, as ODT's are: nothing of the document is
 * held but its text. mammoth, which read DOCX before, builds the whole document
 * as a tree and then as HTML: 1.2 GB and 12 s for a 4 MB file of 100,000
 * paragraphs, past issue 14's bound of 1 GB for a pair of that length.
 *
 * What is read is what mammoth's HTML gave (tests/docx.test.ts compares the two
 * on documents written by Word's rules, pandoc and the tests): each paragraph,
 * heading, list item and table cell a paragraph; a line break within one a line
 * break; footnotes and endnotes after the text, in the order of their
 * references, without their marks; inserted text kept, deleted and moved-away
 * text left out; the text of a field's result, not its code (and not a page's
 * number: `PAGE_FIELD`); text boxes after the paragraph they stand in. Like
 * mammoth, it reads only the elements it knows: anything else (comments,
 * headers, equations, a drawing's own text) is left out with what it holds.
 */

import type * as dingbatModule from "dingbat-to-unicode";
import type { Handler } from "htmlparser2";
import { SverkaError } from "../errors.js";
import { lazy } from "../lazy.js";
import { htmlparser2 } from "./markup.js";
import { foldSpaces } from "./space.js";
import { jszip, ofType, parsePart, relationships } from "./zip-xml.js";

const dingbats = lazy<typeof dingbatModule>("dingbat-to-unicode");

/** The namespaces read, whatever prefix a document gives them, by the prefix Word gives them. */
const NAMESPACES: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "urn:schemas-microsoft-com:vml": "v",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup": "wpg",
};

/** Elements whose content is read, as mammoth reads them; any other element is left out with its content. */
const CONTAINERS = new Set([
  "w:document",
  "w:body",
  "w:footnotes",
  "w:endnotes",
  "w:footnote",
  "w:endnote",
  "w:p",
  "w:r",
  "w:hyperlink",
  "w:tbl",
  "w:tr",
  "w:tc",
  "w:sdt",
  "w:sdtContent",
  "w:customXml",
  "w:ins",
  "w:moveTo",
  "w:smartTag",
  "w:object",
  "w:fldSimple",
  // Runs written right to left (Word 2010's w:dir) or in a forced direction (w:bdo).
  "w:dir",
  "w:bdo",
  "w:pict",
  "v:roundrect",
  "v:shape",
  "v:textbox",
  "v:group",
  "v:rect",
  "w:txbxContent",
  "mc:AlternateContent",
  "mc:Choice",
  "mc:Fallback",
  // A text box drawn with DrawingML: Word writes it with a VML copy in mc:Fallback, which is read instead; some
  // programs (WPS Office, converters) write only this.
  "w:drawing",
  "wp:anchor",
  "wp:inline",
  "a:graphic",
  "a:graphicData",
  "wps:wsp",
  "wps:txbx",
  "wpg:wgp",
  // Read for the mark of a deleted paragraph only (w:pPr/w:rPr/w:del): they hold no text.
  "w:pPr",
  "w:rPr",
]);

/**
 * A field whose result is a page's number, which Word works out as it lays the pages out: a table of contents'
 * (`PAGEREF _Toc… \h`), a cross-reference's ("see page 12"), the page's own. It is left out: a translation's pages are
 * not the original's, and a manual's contents read as text paired each entry with another of the same page and made
 * every right one a number changed (143 errors on a 150-entry table).
 */
const PAGE_FIELD = /^\s*(?:PAGEREF|PAGE|NUMPAGES|SECTIONPAGES)\b/i;
/**
 * A table of contents' field: an entry's page after its tab, plain text where the contents were pasted or made
 * without links (no PAGEREF), is left out as a PAGEREF's result is.
 */
const CONTENTS_FIELD = /^\s*TOC\b/i;
/** What follows an entry's last tab when it is a page's number: figures, or a front matter's Roman ones (i to xxxix). */
const ENTRY_PAGE = /^\s*(?:\d{1,4}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))\s*$/iu;

/** A paragraph being read: its text so far, and the paragraphs of text boxes standing in it, which follow it. */
interface OpenParagraph {
  text: string;
  after: string[];
  deletedMark: boolean;
  /** Where in `text` the last tab of a table of contents' entry stands, its page after it. */
  entryTab?: number;
}

/**
 * A walk over a WordprocessingML part (the document, its footnotes or its
 * endnotes), as htmlparser2's handler: the body's paragraphs in `blocks`, each
 * note's in `notes`.
 */
class WordStory implements Partial<Handler> {
  /** Paragraphs in the order read (a text box's after the paragraph it stands in). */
  readonly blocks: string[] = [];
  /** Notes referenced, in order: "footnote:2", "endnote:1". */
  readonly references: string[] = [];
  /** A note's paragraphs, by "footnote:2", for a notes part. */
  readonly notes = new Map<string, string[]>();
  /** The root element read, canonical ("w:document", "w:footnotes"...), to tell a Word document from another package. */
  root?: string;
  /** Whether the part ended with elements open: it was cut off. */
  cutOff = false;
  /** Parts of other formats the text holds in place (w:altChunk: HTML, MHT, RTF), which Word turns into text when it saves. */
  chunks = 0;

  /** Canonical prefixes by the document's own ("" for the default namespace), and element names as read to canonical ones. */
  private readonly prefixes = new Map<string, string>();
  private readonly canonical = new Map<string, string>();
  /** The prefixes the document gives WordprocessingML's attributes ("w:type"): an element may be in the default namespace, its attributes never are. */
  private wordPrefixes = ["w:"];
  /** The open elements read (canonical names); `skip` counts the levels inside one left out. */
  private readonly path: string[] = [];
  private skip = 0;
  /** Paragraphs open, innermost last: a text box's paragraph is inside the one it stands in. */
  private readonly open: OpenParagraph[] = [];
  /** A paragraph whose mark was deleted runs on into the next, as Word shows it: its text, and its text boxes' paragraphs. */
  private carried = "";
  private carriedAfter: string[] = [];
  private inText = false;
  private pict = 0;
  /**
   * Fields open, innermost last: "code" while their code is read (between their begin and separate marks: their
   * text, nested fields' results too, is not shown), then "result", "page" for a page's number (`PAGE_FIELD`), or
   * "contents" for a table of contents (`CONTENTS_FIELD`).
   */
  private readonly fields: ("code" | "result" | "page" | "contents")[] = [];
  /** The code of each field open, as read so far (w:instrText), to tell a page's number by. */
  private readonly codes: string[] = [];
  private inCode = 0;
  private inPage = 0;
  private inInstr = false;
  /** A run formatted as hidden text (w:vanish): not shown, and not translated. */
  private hidden = false;
  private note: { key: string; blocks: string[] } | undefined;
  /**
   * Alternate contents open, each with where its choice's paragraphs went (the paragraph it stands in, or the text)
   * and how many were there before: a fallback read after a choice replaces what the choice gave.
   */
  private readonly alternates: { paragraph: OpenParagraph | undefined; text: number; paragraphs: string[]; before: number }[] = [];

  onopentag(rawName: string, attributes: Record<string, string>): void {
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    if (this.path.length === 0) this.declare(rawName, attributes);
    const name = this.canon(rawName);
    if (this.leaf(name, attributes)) {
      this.skip = 1;
      return;
    }
    if (name === "w:t") this.inText = true;
    else if (name === "w:instrText" && this.fields.at(-1) === "code") this.inInstr = true;
    else if (name === "w:fldSimple" && PAGE_FIELD.test(this.attribute(attributes, "instr") ?? "")) {
      this.skip = 1;
      return;
    } else if (name === "w:pict" || name === "w:drawing") this.pict++;
    else if (name === "mc:AlternateContent") {
      const paragraph = this.open.at(-1);
      const paragraphs = paragraph?.after ?? this.note?.blocks ?? this.blocks;
      this.alternates.push({ paragraph, text: paragraph?.text.length ?? 0, paragraphs, before: paragraphs.length });
    } else if (name === "mc:Fallback") {
      // The choice's text, in its paragraph or after it, gives way to the fallback's.
      const alternate = this.alternates.at(-1);
      if (alternate) {
        if (alternate.paragraph) alternate.paragraph.text = alternate.paragraph.text.slice(0, alternate.text);
        alternate.paragraphs.length = alternate.before;
      }
    } else if (name === "w:p") this.open.push({ text: "", after: [], deletedMark: false });
    else if (name === "w:footnote" || name === "w:endnote") {
      const type = this.attribute(attributes, "type");
      // The separator lines between text and notes are notes of their own in the part.
      if (type !== undefined && type !== "normal") {
        this.skip = 1;
        return;
      }
      this.note = { key: `${name.slice(2)}:${this.attribute(attributes, "id")}`, blocks: [] };
    } else if (
      name === "w:rPr"
        ? this.path.at(-1) !== "w:pPr" && this.path.at(-1) !== "w:r"
        : name !== "w:t" && !this.inInstr && !CONTAINERS.has(name)
    ) {
      // Properties hold no text: a paragraph mark's may hold its deletion, a run's whether it is hidden. Nor does any element not known.
      this.skip = 1;
      return;
    }
    this.path.push(name);
  }

  ontext(text: string): void {
    if (this.skip > 0) return;
    if (this.inText) this.add(foldSpaces(text));
    else if (this.inInstr) this.codes[this.codes.length - 1] += text;
  }

  onclosetag(_name: string, implied: boolean): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    const name = this.path.pop();
    // The root closed by the parser itself (as it closes a self-closing element), not by its end tag: the part stops
    // before its end, a damaged file.
    if (implied && this.path.length === 0) this.cutOff = true;
    if (name === "w:t") this.inText = false;
    else if (name === "w:instrText") this.inInstr = false;
    else if (name === "w:r") this.hidden = false;
    else if (name === "w:pict" || name === "w:drawing") this.pict--;
    else if (name === "mc:AlternateContent") this.alternates.pop();
    else if (name === "w:p") this.closeParagraph();
    // The end of a story: a paragraph whose mark was deleted has no paragraph to run on into, and its text stays.
    if (name === "w:body" || name === "w:footnote" || name === "w:endnote") {
      this.out(this.takeCarried(""), this.carriedAfter);
      this.carriedAfter = [];
    }
    if ((name === "w:footnote" || name === "w:endnote") && this.note) {
      this.notes.set(this.note.key, this.note.blocks);
      this.note = undefined;
    }
  }

  /** The root element's namespace declarations, by which every name is read. */
  private declare(rawName: string, attributes: Record<string, string>): void {
    for (const [key, value] of Object.entries(attributes)) {
      const prefix = key === "xmlns" || key.startsWith("xmlns:") ? NAMESPACES[value] : undefined;
      if (prefix) this.prefixes.set(key === "xmlns" ? "" : key.slice(6), prefix);
    }
    this.wordPrefixes = [...this.prefixes].filter(([raw, prefix]) => prefix === "w" && raw !== "").map(([raw]) => `${raw}:`);
    if (this.wordPrefixes.length === 0) this.wordPrefixes = [""];
    this.canonical.clear();
    this.root = this.canon(rawName);
  }

  private canon(name: string): string {
    let known = this.canonical.get(name);
    if (known === undefined) {
      const colon = name.indexOf(":");
      const prefix = this.prefixes.get(colon < 0 ? "" : name.slice(0, colon));
      known = prefix === undefined ? name : `${prefix}:${name.slice(colon + 1)}`;
      this.canonical.set(name, known);
    }
    return known;
  }

  private attribute(attributes: Record<string, string>, local: string): string | undefined {
    for (const prefix of this.wordPrefixes) {
      const value = attributes[prefix + local];
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** An element that stands for text or a mark and holds none: true when it was one, its content to be skipped. */
  private leaf(name: string, attributes: Record<string, string>): boolean {
    switch (name) {
      case "w:tab": {
        const paragraph = this.open.at(-1);
        if (paragraph && this.fields.includes("contents") && this.inCode === 0 && this.inPage === 0)
          paragraph.entryTab = paragraph.text.length;
        this.add(" ");
        return true;
      }
      case "w:cr":
        this.add("\n");
        return true;
      case "w:fldChar":
        this.fieldMark(this.attribute(attributes, "fldCharType"));
        return true;
      case "w:vanish":
      case "w:specVanish": {
        const value = this.attribute(attributes, "val");
        if (this.path.at(-1) === "w:rPr" && this.path.at(-2) === "w:r" && value !== "false" && value !== "0" && value !== "off")
          this.hidden = true;
        return true;
      }
      case "w:br":
        // A page or column break inside a paragraph starts a new line as a line break does (mammoth dropped them, gluing
        // "...the term.Payment is due..." into one sentence).
        this.add("\n");
        return true;
      case "w:noBreakHyphen":
        this.add("\u2011");
        return true;
      case "w:softHyphen":
        this.add("\u00ad");
        return true;
      case "w:sym":
        this.add(symbol(this.attribute(attributes, "font"), this.attribute(attributes, "char")));
        return true;
      case "w:footnoteReference":
      case "w:endnoteReference": {
        const id = this.attribute(attributes, "id");
        if (id !== undefined) this.references.push(`${name === "w:footnoteReference" ? "footnote" : "endnote"}:${id}`);
        return true;
      }
      case "w:altChunk":
        this.chunks++;
        return true;
      case "w:del": {
        const paragraph = this.open.at(-1);
        if (paragraph && this.path.at(-1) === "w:rPr" && this.path.at(-2) === "w:pPr") paragraph.deletedMark = true;
        return true;
      }
      default:
        return false;
    }
  }

  /** A complex field's begin, separate or end mark: its code runs from begin to separate, its result from there to end. */
  private fieldMark(type: string | undefined): void {
    if (type === "begin") {
      this.fields.push("code");
      this.codes.push("");
      this.inCode++;
    } else if (type === "separate" && this.fields.at(-1) === "code") {
      const code = this.codes.at(-1)!;
      const page = PAGE_FIELD.test(code);
      this.fields[this.fields.length - 1] = page ? "page" : CONTENTS_FIELD.test(code) ? "contents" : "result";
      this.inCode--;
      if (page) this.inPage++;
    } else if (type === "end" && this.fields.length > 0) {
      const field = this.fields.pop();
      this.codes.pop();
      if (field === "code") this.inCode--;
      else if (field === "page") this.inPage--;
    }
  }

  private add(text: string): void {
    if (this.inCode > 0 || this.inPage > 0 || this.hidden) return;
    const paragraph = this.open.at(-1);
    if (paragraph) paragraph.text += text;
  }

  private closeParagraph(): void {
    const paragraph = this.open.pop();
    if (!paragraph) return;
    if (paragraph.entryTab !== undefined && ENTRY_PAGE.test(paragraph.text.slice(paragraph.entryTab)))
      paragraph.text = paragraph.text.slice(0, paragraph.entryTab);
    if (paragraph.deletedMark && this.pict === 0) {
      this.carried += paragraph.text;
      this.carriedAfter.push(...paragraph.after);
    } else if (this.pict > 0) {
      // A text box's paragraph: what a deleted mark carries goes on to the next paragraph of the text, as mammoth read it.
      this.out(paragraph.text, paragraph.after);
    } else {
      const after = this.carriedAfter.length > 0 ? [...this.carriedAfter, ...paragraph.after] : paragraph.after;
      this.carriedAfter = [];
      this.out(this.takeCarried(paragraph.text), after);
    }
  }

  private takeCarried(text: string): string {
    const all = this.carried + text;
    this.carried = "";
    return all;
  }

  /** A paragraph read, and the text boxes' paragraphs that follow it: after the paragraph a text box stands in, in a note, or in the text. */
  private out(text: string, after: string[]): void {
    const tidied = tidy(text);
    const paragraphs = tidied === "" ? after : [tidied, ...after];
    if (paragraphs.length === 0) return;
    const outer = this.open.at(-1);
    if (outer && this.pict > 0) outer.after.push(...paragraphs);
    else if (this.note) this.note.blocks.push(...paragraphs);
    else this.blocks.push(...paragraphs);
  }
}

/**
 * A w:sym's character in Unicode: a symbol font's code (Symbol, Wingdings...)
 * as the character it draws, Word's F0xx form too; nothing where the font's
 * table has none, as mammoth did.
 */
function symbol(font: string | undefined, char: string | undefined): string {
  if (font === undefined || char === undefined) return "";
  const unicode = dingbats().hex(font, char) ?? (/^F0..$/i.test(char) ? dingbats().hex(font, char.slice(2)) : undefined);
  return unicode?.string ?? "";
}

/** A paragraph's white space folded as an HTML page's is (the text's own folded as read): line breaks kept, none at the ends. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\r\f\v]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

/** A Word document's text: paragraphs, list items, table cells, then the notes referenced, blank lines between them. */
export async function docxToText(bytes: Buffer, path: string): Promise<string> {
  if (bytes.subarray(0, 4).toString("latin1") !== "PK\u0003\u0004")
    throw new SverkaError("is not a DOCX file (a DOCX is a zip archive; this is not one)", { path });
  await htmlparser2.preload();
  try {
    const zip = await jszip().loadAsync(bytes);
    const main = ofType(await relationships(zip, ""), "officeDocument")[0] ?? "word/document.xml";
    const body = new WordStory();
    if (!(await parsePart(zip, main, body))) {
      const mimetype = (await zip.file("mimetype")?.async("string"))?.trim();
      if (mimetype?.startsWith("application/vnd.oasis.opendocument"))
        throw new SverkaError(`is an OpenDocument file (${mimetype}) named .docx: rename it .odt, or give --input-format odt`, { path });
      throw new SverkaError(`cannot be read as DOCX (it has no ${main}): save it again as .docx, .odt or text`, { path });
    }
    if (body.cutOff)
      throw new SverkaError(
        `cannot be read as DOCX: its ${main} stops before its end (a damaged file): open it in Word and save it again`,
        { path },
      );
    if (body.chunks > 0)
      throw new SverkaError(
        `cannot be read as DOCX: ${body.chunks === 1 ? "a part" : `${body.chunks} parts`} of its text ${body.chunks === 1 ? "is" : "are"} an embedded chunk of HTML or another format (w:altChunk, as programs that make DOCX from web pages write them), which sverka does not read: open it in Word and save it again (Word turns the chunk into text), or export its text`,
        { path },
      );
    if (body.root !== "w:document")
      throw new SverkaError(
        `is not a Word document (its main part ${main} is ${body.root ? `<${body.root}>` : "empty"}): open it in its program and save it as .docx, or export its text`,
        { path },
      );
    const notes = new WordStory();
    if (body.references.length > 0) {
      const list = await relationships(zip, main);
      for (const kind of ["footnotes", "endnotes"]) {
        const parts = ofType(list, kind);
        for (const part of parts.length > 0 ? parts : [`${main.slice(0, main.lastIndexOf("/") + 1)}${kind}.xml`])
          await parsePart(zip, part, notes);
      }
    }
    if (notes.cutOff)
      throw new SverkaError("cannot be read as DOCX: its notes stop before their end (a damaged file): open it in Word and save it again", {
        path,
      });
    // Each note once, where it is first referenced.
    const seen = new Set<string>();
    for (const reference of body.references) {
      if (seen.has(reference)) continue;
      seen.add(reference);
      for (const block of notes.notes.get(reference) ?? []) body.blocks.push(block);
    }
    return `${body.blocks.join("\n\n")}\n`;
  } catch (error) {
    if (error instanceof SverkaError) throw error;
    // jszip's own messages start "Bug :" or "Corrupted zip:" for a damaged archive: what is wrong is the file.
    const why = (error as Error).message.split("\n")[0]!.replace(/^Bug ?: ?/u, "");
    throw new SverkaError(`cannot be read as DOCX: the zip archive is damaged or incomplete (${why})`, {
      path,
      cause: error,
    });
  }
}
