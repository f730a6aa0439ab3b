/**
 * The cells of the n x m alignment lattice the search visits: for each source
 * position i, target positions lo[i]..hi[i]. Bounds never decrease, so every
 * monotonic step stays in a contiguous block. Stored row by row.
 */
export class Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly rowStart: Float64Array;
  readonly size: number;

  constructor(readonly n: number, readonly m: number, lo: Int32Array, hi: Int32Array) {
    this.lo = lo;
    this.hi = hi;
    this.rowStart = new Float64Array(n + 2);
    let acc = 0;
    for (let i = 0; i <= n; i++) {
      this.rowStart[i] = acc;
      acc += Math.max(0, hi[i]! - lo[i]! + 1);
    }
    this.rowStart[n + 1] = acc;
    this.size = acc;
  }

  /** Every cell: exact search, for documents that fit. */
  static full(n: number, m: number): Band {
    return new Band(n, m, new Int32Array(n + 1), new Int32Array(n + 1).fill(m));
  }

  /** Index of cell (i, j), or -1 outside the band. */
  index(i: number, j: number): number {
    if (i < 0 || i > this.n || j < this.lo[i]! || j > this.hi[i]!) return -1;
    return this.rowStart[i]! + j - this.lo[i]!;
  }
}
