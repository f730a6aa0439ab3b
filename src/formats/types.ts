/** What every writer may be told. */
export interface WriteOptions {
  /** xml:lang of the source in TMX, e.g. "bg-BG" (default: the bitext's source language). */
  readonly sourceLocale?: string;
  readonly targetLocale?: string;
  /** Leave out links scoring below this (0..1). */
  readonly minScore?: number;
  /** Creation date written into TMX (default: now; fixed for reproducible output). */
  readonly date?: Date;
}
