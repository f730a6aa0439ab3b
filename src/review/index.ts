/**
 * The review stage: flags on every link for what a reviewer should look at.
 * What the checks read is computed once (`buildReviewContext`); each check is
 * a module of its own, listed in `CHECKS`. Thresholds come from the document
 * pair itself (its length model, its usual lexical evidence) and can be overridden.
 */
import type { Bitext, Flag, Link } from "../types.js";
import { CHECKS, type Check } from "./checks/index.js";
import { buildReviewContext, type ReviewContext, type ReviewOptions } from "./context.js";
import { documentFlags } from "./document.js";
import { skippedChecks } from "./skipped.js";

export { CHECKS, type Check } from "./checks/index.js";
export { buildReviewContext, DEFAULT_REVIEW_OPTIONS, type ReviewContext, type ReviewOptions, type ReviewThresholds } from "./context.js";
export { documentFlags, UNRELATED_EVIDENCE, UNRELATED_SCORE } from "./document.js";

/** Returns the bitext with `flags` on every link (an empty list where there is nothing to say). */
export function review(bitext: Bitext, options: ReviewOptions = {}): Bitext {
  const ctx = buildReviewContext(bitext, options);
  const whole = [...documentFlags(ctx), ...skippedChecks(ctx)];
  return {
    ...bitext,
    links: bitext.links.map((link, k): Link => ({ ...link, flags: reviewLink(ctx, k) })),
    ...(whole.length ? { documentFlags: whole } : {}),
  };
}

/** The flags of link k: every check in turn, until one marked final flags it. */
export function reviewLink(ctx: ReviewContext, k: number, checks: readonly Check[] = CHECKS): Flag[] {
  const link = ctx.links[k]!;
  const flags: Flag[] = [];
  for (const check of checks) {
    const flag = check.run(ctx, link, k, flags);
    if (!flag) continue;
    flags.push(flag);
    if (check.final) break;
  }
  return flags;
}
