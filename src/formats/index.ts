import type { Bitext } from "../types.js";
import { writeHtml } from "./html.js";
import { writeJson } from "./json.js";
import { writeTmx } from "./tmx.js";
import { writeTsv } from "./tsv.js";
import type { WriteOptions } from "./types.js";

export type { WriteOptions } from "./types.js";

export interface Format {
  /** File name endings that select this format. */
  readonly extensions: readonly string[];
  readonly description: string;
  write(bitext: Bitext, options?: WriteOptions): string;
}

export const formatNames = ["tmx", "json", "tsv", "html"] as const;
export type FormatName = (typeof formatNames)[number];

/** Every output format; the CLI's --format choices come from here. */
export const formats = {
  tmx: { extensions: [".tmx"], description: "TMX 1.4 translation memory", write: writeTmx },
  json: { extensions: [".json"], description: "sverka bitext JSON (segments, offsets, links, scores)", write: writeJson },
  tsv: { extensions: [".tsv", ".tab", ".txt"], description: "tab-separated source, target, score", write: writeTsv },
  html: {
    extensions: [".html", ".htm"],
    description: "review page: both texts side by side, flags, filters, verify/reject",
    write: writeHtml,
  },
} as const satisfies Record<FormatName, Format>;

/** The format a file name asks for by its ending, if any. */
export function formatForPath(path: string): FormatName | undefined {
  const lower = path.toLowerCase();
  return formatNames.find((name) => formats[name].extensions.some((ext) => lower.endsWith(ext)));
}
