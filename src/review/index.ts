/**
 * The review stage: flags on every link for what a reviewer should look at.
 * What the checks read is computed once (`buildReviewContext`); each check is
 * a module of its own, listed in `CHECKS`. Thresholds come from the document
 * pair itself (its length model, its usual lexical evidence) and can be overridden.
 */
import type { Anchor } from "../align/guide.js";
import type { AlignedBitext, Bitext, Flag, Link } from "../types.js";
import { CHECKS, type Check } from "./checks/index.js";
import { buildReviewContext, type ReviewContext, type ReviewOptions } from "./context.js";
import { documentFlags } from "./document.js";
import { withFlags } from "./flagged.js";
import { movedUnits } from "./moved.js";
import { renumbered } from "./renumbered.js";
import { skippedChecks } from "./skipped.js";
import { round } from "./text.js";

export { CHECKS, type Check } from "./checks/index.js";
export { buildReviewContext, DEFAULT_REVIEW_OPTIONS, type ReviewContext, type ReviewOptions, type ReviewThresholds } from "./context.js";
export { documentFlags } from "./document.js";
export { UNRELATED_EVIDENCE, UNRELATED_SCORE } from "./unrelated.js";

/** How many links at most between two calls of `onProgress`; a hundredth of the links where that is fewer, so a bar moves. */
export const PROGRESS_EVERY = 1000;

/** Returns the bitext with `flags` on every link (an empty list where there is nothing to say). */
export function review(bitext: Bitext, options: ReviewOptions = {}): AlignedBitext {
  return reviewWhole(bitext, options);
}

/**
 * `review`, given the numbers written once in each text where they were found
 * already (a long pair's cuts; taken when the document's flags need them, so
 * that nothing holds them through the links): one context for the whole
 * document, however long, so a repeated sentence pair is checked once in it
 * and the flags are those of the bitext read back and reviewed again.
 */
export function reviewWhole(bitext: Bitext, options: ReviewOptions = {}, takeOnce?: () => readonly Anchor[] | undefined): AlignedBitext {
  const ctx = buildReviewContext(bitext, options);
  const whole = [...documentFlags(ctx, takeOnce?.()), ...skippedChecks(ctx)];
  const total = bitext.links.length;
  const onProgress = options.onProgress;
  const every = Math.max(1, Math.min(PROGRESS_EVERY, Math.ceil(total / 100)));
  const links = bitext.links.map((link, k) => {
    if (onProgress && k % every === 0) onProgress(k, total);
    return withFlags(link, reviewLink(ctx, k));
  });
  // Its end told too: a bar reaches its whole (stranger 353: the review, the longest stage, stopped at 1000/1992).
  onProgress?.(total, total);
  const reviewed: AlignedBitext = { ...bitext, links, ...(whole.length ? { documentFlags: whole } : {}) };
  return options.units ? reviewed : withMovedPairsChecked(reviewed, options);
}

/** Flags of a pair's own text that a moved pair's check adds: not those of where it stands (left out, added, its length). */
const OF_ITS_PLACE: ReadonlySet<Flag["type"]> = new Set(["missing", "added", "length", "divergent", "merged", "split", "order"]);

/**
 * The sentences the translation moved (a sentence, or a short passage, told moved on both sides: `movedUnits`) checked
 * with their translation where it stands, as a memory's units are: what is wrong inside goes on the link of the source
 * sentence, naming the translation sentence (`evidence.movedWith`), and the memory's unit takes it (stranger 357: a
 * negation lost in a paragraph moved passed with two "moved?" warnings; 360: a speed limit's unit changed there).
 */
function withMovedPairsChecked(bitext: AlignedBitext, options: ReviewOptions): AlignedBitext {
  const pairs = [...movedUnits(bitext)].filter(([l]) => l.target.length === 0);
  if (pairs.length === 0) return bitext;
  const segment = (side: Bitext["source"], id: number, n: number) => ({ ...side.segments[id]!, id: n, paragraph: n });
  const checked = reviewWhole(
    {
      source: { ...bitext.source, segments: pairs.map(([, u], n) => segment(bitext.source, u.source[0]!, n)) },
      target: { ...bitext.target, segments: pairs.map(([, u], n) => segment(bitext.target, u.target[0]!, n)) },
      links: pairs.map((_, n) => ({ source: [n], target: [n], kind: "1-1" as const, score: 1 })),
      model: bitext.model,
    },
    // The document's own tokens and layout are not these few pairs'.
    { ...options, reuse: undefined, paragraphed: undefined, units: true, onProgress: undefined },
  );
  const added = new Map<Link, Flag[]>();
  pairs.forEach(([l, u], n) => {
    const j = u.target[0]!;
    const flags = checked.links[n]!.flags.filter((f) => f.severity !== "info" && !OF_ITS_PLACE.has(f.type));
    if (flags.length > 0)
      added.set(
        l,
        // The flag's own evidence, and the translation sentence it was found against (any type's evidence may carry it).
        flags.map(
          (f) =>
            ({
              ...f,
              reason: `with translation sentence ${j + 1}, where it moved: ${f.reason}`,
              evidence: { ...(f.evidence as object | undefined), movedWith: j } as Flag["evidence"],
            }) as Flag,
        ),
      );
  });
  if (added.size === 0) return bitext;
  return { ...bitext, links: bitext.links.map((l) => (added.has(l) ? { ...l, flags: [...l.flags, ...added.get(l)!] } : l)) };
}

/**
 * A link with more words and numbers than this on a side is no sentence pair: a text with no sentence ends (no
 * punctuation, no line breaks) is one segment. The text-only checks compare a sentence's words with its
 * translation's, some of them pair by pair: on a pair of 280,000 words each they had not finished in five minutes. They are not
 * run on such a link, and its flag says so (`tooLongToCheck`).
 */
export const MAX_CHECKED_TOKENS = 10_000;

/** The flags of link k: every check in turn, until one marked final flags it. */
export function reviewLink(ctx: ReviewContext, k: number, checks: readonly Check[] = CHECKS): Flag[] {
  const link = ctx.links[k]!;
  const tokens = ctx.linkTokens(k);
  if (tokens.source.length > MAX_CHECKED_TOKENS || tokens.target.length > MAX_CHECKED_TOKENS) return tooLongToCheck(ctx, k, checks);
  const flags: Flag[] = [];
  const pair = link.source.length === 1 && link.target.length === 1 ? pairFlags(ctx, checks, link) : undefined;
  for (let c = 0; c < checks.length; c++) {
    const check = checks[c]!;
    let flag: Flag | undefined;
    if (pair && check.textOnly) {
      const met = pair[c];
      if (met === undefined) {
        flag = check.run(ctx, link, k, flags);
        pair[c] = flag ?? null;
      } else if (met) flag = { ...met };
    } else flag = check.run(ctx, link, k, flags);
    if (!flag) continue;
    flags.push(flag);
    if (check.final) break;
  }
  dropStepNumber(flags);
  dropLimitOfNegation(flags);
  // A list item's number told by its list, not by the two texts alone: renumbered after an item left out.
  const n = flags.findIndex((f) => f.type === "numbers");
  if (n >= 0) {
    const note = renumbered(ctx, k, flags[n]!);
    if (note) {
      flags[n] = note;
      // The same two numbers told again as codes ("4.2.3" / "4.2.2": copied exactly) are the note's too.
      const said = note.evidence as { source: readonly string[]; target: readonly string[] };
      const same = (x: unknown, y: readonly string[]) => Array.isArray(x) && x.length === 1 && x[0] === y[0];
      const told = flags.findIndex((f) => {
        const e = f.evidence as { source?: unknown; target?: unknown } | undefined;
        return f.type === "names" && same(e?.source, said.source) && same(e?.target, said.target);
      });
      if (told >= 0) flags.splice(told, 1);
    }
  }
  dropNumberOfCode(flags);
  return flags;
}

/**
 * A numbered step merged into the sentence before says its number is not in the translation ("the translation's
 * numbering skips 30?"): a numbers flag of that number alone is the same finding, dropped (stranger 318).
 */
function dropStepNumber(flags: Flag[]): void {
  const step = flags.find((f) => f.type === "merged" && (f.evidence as { label?: unknown } | undefined)?.label !== undefined);
  if (!step) return;
  const label = (step.evidence as { label: unknown }).label;
  const alone = flags.findIndex((f) => {
    const e = f.evidence as { source?: unknown; target?: unknown } | undefined;
    return (
      f.type === "numbers" &&
      Array.isArray(e?.source) &&
      e.source.length === 1 &&
      e.source[0] === label &&
      Array.isArray(e.target) &&
      e.target.length === 0
    );
  });
  if (alone >= 0) flags.splice(alone, 1);
}

/**
 * A figure changed inside a code the codes check quotes whole ("`0640`" / "`0644`": "the translation has `0644` where the
 * source has `0640`") is one defect: the numbers flag of the same figures is dropped, the code's kept (stranger 376: two
 * errors in the totals, SARIF and JUnit for one changed mode); so is a word of the code told left out ("h1" of
 * "10.2.9-h1" made "10.2.9").
 */
function dropNumberOfCode(flags: Flag[]): void {
  const codes = flags.filter((f) => f.type === "names" && f.severity === "error");
  if (codes.length === 0) return;
  const said = (f: Flag, side: "source" | "target") => {
    const list = (f.evidence as Record<string, unknown> | undefined)?.[side];
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  };
  // Within a code, or the code itself where `whole` (a figure that is the code: "0640").
  const inCode = (part: string, side: "source" | "target", whole = true) =>
    codes.some((c) => said(c, side).some((code) => (whole || code !== part) && code.includes(part)));
  const at = flags.findIndex((f) => {
    const [s, t] = [said(f, "source"), said(f, "target")];
    // A figure of it changed, told by the numbers check; or a part of it left out, told as a word ("h1" of "10.2.9-h1").
    if (f.type === "numbers" && f.severity === "error")
      return s.length === 1 && t.length === 1 && inCode(s[0]!, "source") && inCode(t[0]!, "target");
    return f.type === "names" && f.severity !== "error" && s.length > 0 && t.length === 0 && s.every((x) => inCode(x, "source", false));
  });
  if (at >= 0) flags.splice(at, 1);
}

/**
 * A limit read as reversed because a negation before its verb was dropped ("няма право да приема лечение на стойност над
 * 1 500" / "has the right to accept treatment worth more than EUR 1,500": the bound is the same): one cause, which the
 * negation flag names as an error; the limit's flag is dropped (stranger 349). Not a bound the negation is part of ("не
 * повече от 10"), nor where the negation is only a warning: "Do not take more than 4" / "Приемайте най-малко 4" turned the
 * bound too, which the limit's error says best.
 */
function dropLimitOfNegation(flags: Flag[]): void {
  const negated = flags.flatMap((f) => {
    const said = (f.evidence as { source?: unknown } | undefined)?.source;
    return f.type === "negation" && f.severity === "error" && typeof said === "string" && said !== "" ? [said] : [];
  });
  if (negated.length === 0) return;
  const beyond = (text: string, said: string) => {
    const at = text.indexOf(said);
    return at >= 0 && (text.slice(at + said.length).match(/\p{L}+/gu) ?? []).length >= 2;
  };
  const at = flags.findIndex((f) => {
    const source = (f.evidence as { source?: unknown } | undefined)?.source;
    return (
      f.type === "numbers" &&
      f.reason.startsWith("the limit is reversed") &&
      Array.isArray(source) &&
      source.some((text) => typeof text === "string" && negated.some((said) => beyond(text, said)))
    );
  });
  if (at >= 0) flags.splice(at, 1);
}

/** The flags of an over-long link (`MAX_CHECKED_TOKENS`): the checks of its place among the links, and a warning that its text was not checked. */
function tooLongToCheck(ctx: ReviewContext, k: number, checks: readonly Check[]): Flag[] {
  const link = ctx.links[k]!;
  const flags: Flag[] = [];
  for (const check of checks) {
    if (check.textOnly) continue;
    const flag = check.run(ctx, link, k, flags);
    if (!flag) continue;
    flags.push(flag);
    if (check.final) return flags;
  }
  const tokens = ctx.linkTokens(k);
  const chars = (info: ReviewContext["source"], ids: readonly number[]) => ids.reduce((n, id) => n + info.length(id), 0);
  const [ls, lt] = [chars(ctx.source, link.source), chars(ctx.target, link.target)];
  const count = (n: number) => n.toLocaleString("en-US");
  flags.push({
    type: "length",
    severity: "warning",
    reason:
      `too long to check as a sentence: ${count(tokens.source.length)} words and numbers in the source, ${count(tokens.target.length)} in the translation ` +
      `(more than ${count(MAX_CHECKED_TOKENS)} on a side); its numbers, dates, names, negations and the rest of a sentence's text were not checked. ` +
      "A text with no sentence ends (no punctuation, no line breaks) is one segment: split it, one sentence a line, and align it with --segmented",
    evidence: {
      sourceChars: ls,
      targetChars: lt,
      expectedChars: Math.round(ctx.bitext.model.ratio * ls),
      deviations: round(ctx.deviations(ls, lt)),
    },
  });
  return flags;
}

/** The flags of the text-only checks on one sentence pair, by check index (null: none; a hole: not run yet). */
type PairFlags = Array<Flag | null>;
/** Per source text: the one translation met with it (the usual case: no map), or each translation met. */
type ByTarget = { readonly target: string; readonly flags: PairFlags } | Map<string, PairFlags>;

/** Per review and list of checks: the flags of its text-only checks on each sentence pair met. */
const known = new WeakMap<ReviewContext, Map<readonly Check[], Map<string, ByTarget>>>();

/** Per review, the source texts of more than one 1-1 link: only their sentence pairs can be met again. */
const repeatedSources = new WeakMap<ReviewContext, ReadonlySet<string>>();
function repeatedSourcesOf(ctx: ReviewContext): ReadonlySet<string> {
  let out = repeatedSources.get(ctx);
  if (!out) {
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const l of ctx.links)
      if (l.source.length === 1 && l.target.length === 1) {
        const text = ctx.source.side.segments[l.source[0]!]!.text;
        if (seen.has(text)) repeated.add(text);
        else seen.add(text);
      }
    out = repeated;
    repeatedSources.set(ctx, out);
  }
  return out;
}

/**
 * The flags the text-only checks (`Check.textOnly`) gave the same sentence
 * pair as this 1-1 link's, filled as the checks run; each link gets its own
 * copy of a flag. None for a source text no other 1-1 link has: on a long text
 * that never repeats, a slot per check for every pair was held to the review's
 * end for nothing (tens of megabytes at 100,000 segments a side).
 */
function pairFlags(ctx: ReviewContext, checks: readonly Check[], link: Link): PairFlags | undefined {
  let byChecks = known.get(ctx);
  if (!byChecks) {
    byChecks = new Map();
    known.set(ctx, byChecks);
  }
  let bySource = byChecks.get(checks);
  if (!bySource) {
    bySource = new Map();
    byChecks.set(checks, bySource);
  }
  const source = ctx.source.side.segments[link.source[0]!]!.text;
  if (!repeatedSourcesOf(ctx).has(source)) return undefined;
  const target = ctx.target.side.segments[link.target[0]!]!.text;
  const met = bySource.get(source);
  if (met === undefined) {
    const flags: PairFlags = new Array(checks.length);
    bySource.set(source, { target, flags });
    return flags;
  }
  if (!(met instanceof Map)) {
    if (met.target === target) return met.flags;
    bySource.set(source, new Map([[met.target, met.flags]]));
    return pairFlags(ctx, checks, link);
  }
  let flags = met.get(target);
  if (!flags) {
    flags = new Array(checks.length);
    met.set(target, flags);
  }
  return flags;
}
