import type { Severity } from "../types.js";

/** What every writer may be told. */
export interface WriteOptions {
  /** xml:lang of the source in TMX, e.g. "bg-BG" (default: the bitext's source language). */
  readonly sourceLocale?: string;
  readonly targetLocale?: string;
  /** Leave out links scoring below this (0..1). */
  readonly minScore?: number;
  /**
   * Leave out of TMX and TSV the units (links with text on both sides) with a
   * flag of this severity or worse, unless a reviewer verified them; "none"
   * keeps them all (default "error"). JSON and HTML keep every link.
   */
  readonly dropFlagged?: Severity | "none";
  /** Creation date written into TMX (default: now; fixed for reproducible output). */
  readonly date?: Date;
  /** TMX: <prop>s added to every unit, as [type, value] (`--prop`). */
  readonly unitProps?: ReadonlyArray<readonly [string, string]>;
  /** TMX: creationid of the file and of every unit (`--creation-id`). */
  readonly creationId?: string;
  /**
   * TSV: cells as they are, never quoted (`--plain-tsv`), for `cut`, `awk` and corpus tools that split on tabs (tabs
   * and line breaks in text are spaces already). By default a cell with a double quote is quoted as RFC 4180 says.
   */
  readonly plainTsv?: boolean;
  /** Told now and then the share of the text given so far, from 0 to 1, by a writer that gives it in pieces (JSON's `chunks`): a progress bar. */
  readonly onProgress?: (share: number) => void;
}
