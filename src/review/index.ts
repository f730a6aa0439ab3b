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
  const pair = link.source.length === 1 && link.target.length === 1 ? textPair(ctx, link) : undefined;
  for (const check of checks) {
    const flag = pair && check.textOnly ? pair(check, () => check.run(ctx, link, k, flags)) : check.run(ctx, link, k, flags);
    if (!flag) continue;
    flags.push(flag);
    if (check.final) break;
  }
  return flags;
}

/** Per review, per text-only check: its flag on each pair of texts met (null: none), by source text, then target text. */
const pairFlags = new WeakMap<ReviewContext, Map<Check, Map<string, Map<string, Flag | null>>>>();

/**
 * The flag of a text-only check (`Check.textOnly`) on a 1-1 link, from the
 * same sentence pair met before in the document, or run and kept. Each link
 * gets its own copy of the flag.
 */
function textPair(ctx: ReviewContext, link: Link): (check: Check, run: () => Flag | undefined) => Flag | undefined {
  let byCheck = pairFlags.get(ctx);
  if (!byCheck) {
    byCheck = new Map();
    pairFlags.set(ctx, byCheck);
  }
  const known = byCheck;
  const source = ctx.source.side.segments[link.source[0]!]!.text;
  const target = ctx.target.side.segments[link.target[0]!]!.text;
  return (check, run) => {
    let bySource = known.get(check);
    if (!bySource) {
      bySource = new Map();
      known.set(check, bySource);
    }
    let byTarget = bySource.get(source);
    if (!byTarget) {
      byTarget = new Map();
      bySource.set(source, byTarget);
    }
    let flag = byTarget.get(target);
    if (flag === undefined) {
      flag = run() ?? null;
      byTarget.set(target, flag);
      return flag ?? undefined;
    }
    return flag ? { ...flag } : undefined;
  };
}
