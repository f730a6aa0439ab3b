/**
 * OpenDocument text (.odt, ODF 1.2/1.3) to sverka's plain text: the archive is
 * opened with `jszip`, its content.xml read with `htmlparser2` in XML mode.
 * Headings, paragraphs, list items and table cells become paragraphs, as for
 * DOCX; footnotes and endnotes follow the text; tracked deletions, comments,
 * note citations and frames' alternative text are left out.
 */
import type JSZipModule from "jszip";
import { SverkaError } from "../errors.js";
import { lazy } from "../lazy.js";
import { htmlparser2 } from "./markup.js";
import { foldSpaces } from "./space.js";

const jszip = lazy<typeof JSZipModule>("jszip");

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

export async function odtToText(bytes: Buffer, path: string): Promise<string> {
  if (bytes.subarray(0, 4).toString("latin1") !== "PK\u0003\u0004")
    throw new SverkaError("is not an ODT file (an ODT is a zip archive; this is not one)", { path });
  await htmlparser2.preload();
  let xml: string;
  try {
    const zip = await jszip().loadAsync(bytes);
    const mimetype = (await zip.file("mimetype")?.async("string"))?.trim();
    const content = zip.file("content.xml");
    if (!content) throw new SverkaError("cannot be read as ODT (it has no content.xml): save it again as .odt, .docx or text", { path });
    xml = await content.async("string");
    // What the body holds decides, not the mimetype: LibreOffice saves an HTML page it opened as text-web, a
    // template as text-template, each with an office:text body like any .odt.
    const body = bodyKind(xml);
    if (mimetype !== undefined && mimetype !== "application/vnd.oasis.opendocument.text" && body !== "text")
      throw new SverkaError(
        `is an OpenDocument file of another kind (${mimetype}${body ? `, its content office:${body}` : ""}), not a text document: ` +
          "open it in LibreOffice and save it as ODF Text Document (.odt), or export its text",
        { path },
      );
  } catch (error) {
    if (error instanceof SverkaError) throw error;
    throw new SverkaError(`cannot be read as ODT (${(error as Error).message.split("\n")[0]})`, { path, cause: error });
  }
  return contentToText(xml);
}

/** The kind of an ODF content.xml's body ("text", "spreadsheet", "presentation"...), if it has one. */
function bodyKind(xml: string): string | undefined {
  return /<office:body\b[^>]*>\s*<office:([\w-]+)/.exec(xml)?.[1];
}

/** The paragraphs of an ODF content.xml, blank lines between them. */
export function contentToText(xml: string): string {
  const blocks: string[] = [];
  const notes: string[] = [];
  // Paragraphs nest (a note's body or a frame's text inside a paragraph): one open buffer per level.
  const open: string[] = [];
  let note = 0;
  let skip = 0;
  const add = (text: string) => {
    if (skip === 0 && open.length > 0) open[open.length - 1] += text;
  };
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        if (SKIP.has(name)) skip++;
        if (skip > 0) return;
        if (BLOCK.has(name)) open.push("");
        else if (name === "text:note-body") note++;
        else if (name === "text:s") add(" ".repeat(Math.min(1000, Number(attributes["text:c"] ?? 1) || 1)));
        else if (name === "text:tab") add("\t");
        else if (name === "text:line-break") add("\n");
        else if (name === "text:soft-page-break") add("");
      },
      ontext(text) {
        add(foldSpaces(text));
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip > 0) return;
        if (name === "text:note-body") note = Math.max(0, note - 1);
        if (!BLOCK.has(name)) return;
        const text = tidy(open.pop() ?? "");
        if (text !== "") (note > 0 ? notes : blocks).push(text);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return `${[...blocks, ...notes].join("\n\n")}\n`;
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}
