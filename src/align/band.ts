import { CellRows } from "../score/evidence.js";

/**
 * The cells of the n x m alignment lattice the search visits: for each source
 * position i, target positions lo[i]..hi[i]. Bounds never decrease, so every
 * monotonic step stays in a contiguous block. Stored row by row; evidence is
 * laid out over the same cells.
 */
export class Band extends CellRows {
  /** Every cell: exact search, for documents that fit. */
  static full(n: number, m: number): Band {
    return new Band(n, m, new Int32Array(n + 1), new Int32Array(n + 1).fill(m));
  }
}
