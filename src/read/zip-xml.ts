/**
 * The XML parts of a zip package (DOCX, ODT) read a piece at a time: each
 * part is decompressed by `jszip` as a stream and fed to `htmlparser2` in XML
 * mode as it comes, so that nothing of a long document is held but what the
 * handler keeps.
 */
import type { Handler } from "htmlparser2";
import type JSZipModule from "jszip";
import { htmlparser2 } from "./markup.js";

export type Zip = JSZipModule;

/** A part of the package, decompressed and parsed a piece at a time; false when the package has no such part. */
export async function parsePart(zip: Zip, name: string, handler: Partial<Handler>): Promise<boolean> {
  const entry = zip.file(name);
  if (!entry) return false;
  const parser = new (htmlparser2().Parser)(handler, { xmlMode: true, decodeEntities: true });
  let decoder: TextDecoder | undefined;
  await new Promise<void>((resolve, reject) => {
    entry
      .nodeStream("nodebuffer")
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
