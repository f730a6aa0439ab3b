/**
 * Codes, e-mails and web addresses are copied, never translated: one in the
 * source answered by another of its kind in the translation is a changed one.
 * A changed product code or e-mail is an error (a wrong part is ordered, a
 * message goes astray); a changed web address a warning, as a translation may
 * rightly point at the site's page in its own language (".../bg/" -> ".../en/").
 * One missing with nothing in its place is the `names` warning of `namesMissing`.
 */
import { narrowable } from "../../lang/chars.js";
import type { Matchable } from "../../score/index.js";
import type { SideInfo } from "../context.js";
import type { Check } from "./types.js";

type CodeKind = "code" | "e-mail" | "web address";

export const codesChanged: Check = {
  name: "codes, e-mails and web addresses changed",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const lt = ctx.linkTokens(k);
    // A changed code needs one on each side: most sentences have none.
    if (!lt.source.some(hasKind) || !lt.target.some(hasKind)) return undefined;
    const source: string[] = [];
    const target: string[] = [];
    let worst: "warning" | "error" = "warning";
    for (const kind of ["code", "e-mail", "web address"] as const) {
      const mine = lonely(lt.source, lt.target, ctx.source, kind);
      const theirs = lonely(lt.target, lt.source, ctx.target, kind);
      // Paired in order: the n-th code of the source with the n-th of the translation.
      for (let n = 0; n < Math.min(mine.length, theirs.length); n++) {
        source.push(mine[n]!);
        target.push(theirs[n]!);
        if (kind !== "web address") worst = "error";
      }
    }
    if (source.length === 0) return undefined;
    const each = source.map((s, n) => `${target[n]} where the source has ${s}`);
    return {
      type: "names",
      severity: worst,
      reason: `the translation has ${each.join(", ")}: codes and addresses are copied exactly`,
      evidence: { source, target },
    };
  },
};

/** The codes of one kind on `mine`'s side that the other side does not have, as written, once each. */
function lonely(mine: readonly Matchable[], other: readonly Matchable[], info: SideInfo, kind: CodeKind): string[] {
  const out: string[] = [];
  for (const t of mine)
    if (kindOf(t) === kind && info.strong(t) && !other.some((o) => sameCode(t, o)) && !out.includes(t.surface)) out.push(t.surface);
  return out;
}

/** Codes match exactly (case aside), or with a clitic attached on one side ("SRV-4410's"): "SRV-4410" and "SRV-4411" are two codes, not cognates. */
function sameCode(a: Matchable, b: Matchable): boolean {
  if (a.kind !== b.kind) return false;
  if (a.key === b.key) return true;
  const within = (code: string, word: string) => word.length > code.length && word.split(/['’]/u).includes(code);
  return within(a.key, b.key) || within(b.key, a.key);
}

function hasKind(t: Matchable): boolean {
  return (t.kind === "address" || (t.kind === "word" && DIGIT.test(t.surface))) && kindOf(t) !== undefined;
}

// Narrowed to Latin and Cyrillic where the text allows (src/lang/chars.ts): a property class costs a millisecond or two to compile.
const DIGIT = narrowable(String.raw`\p{N}`, "u");
const TWO_LETTERS_OR_CAPITAL = narrowable(String.raw`\p{L}.*\p{L}|\p{Lu}`, "u");

function kindOf(t: Matchable): CodeKind | undefined {
  if (t.kind === "address") return t.key.includes("@") && !/^(?:https?:|www\.)/u.test(t.key) ? "e-mail" : "web address";
  // A code has letters and digits ("SRV-4410", "B2B"); a number with a suffix ("24-та", "1980s") is the numbers check's.
  if (t.kind === "word" && DIGIT.test(t.surface) && TWO_LETTERS_OR_CAPITAL.test(t.surface)) return "code";
  return undefined;
}
