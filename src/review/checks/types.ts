import type { Flag, Link } from "../../types.js";
import type { ReviewContext } from "../context.js";

/**
 * One thing the review looks for. `run` sees the link, its index, and the
 * flags earlier checks raised on it, and returns at most one flag.
 */
export interface Check {
  /** What it looks for, in a few words (for listings and tests). */
  readonly name: string;
  /** A link it flags is judged: no later check runs on it. */
  readonly final?: boolean;
  /**
   * On a link of one sentence a side, its flag depends on the two texts alone
   * (and on what the whole document shares: its language data, dictionary,
   * scripts), not on the link's place or neighbours, and of the earlier flags
   * it reads only those of other such checks. A sentence pair repeated
   * through a document is then checked once (`reviewLink`).
   */
  readonly textOnly?: boolean;
  readonly run: (ctx: ReviewContext, link: Link, k: number, earlier: readonly Flag[]) => Flag | undefined;
}
