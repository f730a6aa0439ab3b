import { allCells, CellRows } from "../score/evidence.js";

/**
 * The cells of the n x m alignment lattice the search visits: for each source
 * position i, target positions lo[i]..hi[i]. Bounds never decrease, so every
 * monotonic step stays in a contiguous block. Stored row by row; evidence is
 * laid out over the same cells.
 *
 * The cell rows themselves, not a subclass: the review's cells and the
 * search's bands reach the same code (evidence layout), which V8 compiles
 * once for one class and again for each other one it meets.
 */
export type Band = CellRows;

/** A band of the rows lo..hi. */
export function bandOf(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  return new CellRows(n, m, lo, hi);
}

/** Every cell: exact search, for documents that fit. */
export function fullBand(n: number, m: number): Band {
  return allCells(n, m);
}
