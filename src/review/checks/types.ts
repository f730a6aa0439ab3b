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
  readonly run: (ctx: ReviewContext, link: Link, k: number, earlier: readonly Flag[]) => Flag | undefined;
}
