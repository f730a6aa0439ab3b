/**
 * The XML parts of a zip package (DOCX, ODT, XLSX) read a piece at a time: each
 * part is decompressed by `jszip` as a stream and fed to `htmlparser2` in XML
 * mode as it comes, so that nothing of a long document is held but what the
 * handler keeps.
 */
import type { Handler } from "htmlparser2";
import type JSZipModule from "jszip";
import { lazy } from "../lazy.js";
import { htmlparser2 } from "./markup.js";

export type Zip = JSZipModule;

/** jszip, loaded the first time a package is opened (DOCX, ODT, a review workbook). */
export const jszip = lazy<typeof JSZipModule>("jszip");

/**
 * A part of the package, decompressed and parsed a piece at a time; false when
 * the package has no such part. `onShare` hears how much of it is read, from 0 to 1.
 */
export async function parsePart(zip: Zip, name: string, handler: Partial<Handler>, onShare?: (share: number) => void): Promise<boolean> {
  const entry = zip.file(name);
  if (!entry) return false;
  const parser = new (htmlparser2().Parser)(handler, { xmlMode: true, decodeEntities: true });
  let decoder: TextDecoder | undefined;
  await new Promise<void>((resolve, reject) => {
    entry
      .nodeStream("nodebuffer", onShare && ((update) => onShare(update.percent / 100)))
      .on("data", (chunk: Buffer) => {
        // Office writes UTF-8; the XML declaration allows UTF-16, which starts with its byte-order mark.
        decoder ??= new TextDecoder(
          chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : "utf-8",
        );
        try {
          parser.write(decoder.decode(chunk, { stream: true }));
        } catch (error) {
          reject(error);
        }
      })
      .on("error", reject)
      .on("end", () => {
        try {
          if (decoder) parser.write(decoder.decode());
          parser.end();
          resolve();
        } catch (error) {
          reject(error);
        }
      });
  });
  return true;
}

/** A part's relationship to another part of the package. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly path: string;
}

/**
 * The relationships of a part (`from`, "" for the package), read with the parser that reads the parts: each one's id,
 * type and its target's path in the package. External targets (a hyperlink's address) are left out.
 */
export async function relationships(zip: Zip, from: string): Promise<Relationship[]> {
  const slash = from.lastIndexOf("/");
  const dir = from.slice(0, slash + 1);
  const out: Relationship[] = [];
  await parsePart(zip, `${dir}_rels/${from.slice(slash + 1)}.rels`, {
    onopentag(name, attributes) {
      if (name.replace(/^.*:/u, "") !== "Relationship" || attributes.TargetMode === "External") return;
      if (attributes.Type && attributes.Target)
        out.push({ id: attributes.Id ?? "", type: attributes.Type, path: resolvePath(dir, attributes.Target) });
    },
  });
  return out;
}

/** The paths of `relationships` of one type ("officeDocument", "footnotes": transitional and strict OOXML name it alike at the end). */
export function ofType(list: readonly Relationship[], type: string): string[] {
  return list.filter((r) => r.type.endsWith(`/${type}`)).map((r) => r.path);
}

/** A relationship's target as a path in the package: relative to the part's folder, or from the root with a leading slash. */
function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const path: string[] = [];
  for (const part of parts) {
    if (part === "..") path.pop();
    else if (part !== "." && part !== "") path.push(part);
  }
  return path.join("/");
}
