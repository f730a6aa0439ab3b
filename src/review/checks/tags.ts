/** Inline codes a translation lost or gained: a tag or placeholder of a bilingual file on one side only. */
import { messageCodes } from "../../read/codes.js";
import type { Flag, Segment, TagsEvidence } from "../../types.js";
import { localized } from "./codes.js";
import type { Check } from "./types.js";

/** What each side has that the other has not, counted: two `<ph x="1"/>` against one is one missing. */
export function codeDifference(source: readonly string[], target: readonly string[]): TagsEvidence {
  const left = [...target];
  const missing: string[] = [];
  for (const code of source) {
    const k = left.indexOf(code);
    if (k < 0) missing.push(code);
    else left.splice(k, 1);
  }
  return { missing, added: left };
}

/**
 * Segments read from a file that has codes (TMX, XLIFF, PO, a TSV of pairs) carry them. Two documents' are read from
 * their text: placeholders and tags written as text (`{count}`, `%d`, `<b>`: a help page, a string list), which a
 * translation must keep as they are. In a document pair a link with none on either side (nearly every one) is not
 * compared further.
 */
export const tags: Check = {
  name: "inline codes",
  run: (ctx, link) => {
    const codes = (segments: readonly Segment[], ids: readonly number[]) => {
      const all = ids.map((id) => segments[id]?.codes);
      return all.length > 0 && all.every((c) => c !== undefined) ? all.flat() : undefined;
    };
    let source = codes(ctx.source.side.segments, link.source);
    let target = codes(ctx.target.side.segments, link.target);
    if (!source && !target && link.source.length > 0 && link.target.length > 0) {
      source = textCodes(ctx.source.side.segments, link.source);
      target = textCodes(ctx.target.side.segments, link.target);
      if (source.length === 0 && target.length === 0) return undefined;
    }
    if (!source || !target) return undefined;
    const evidence = translatedPlaceholders(
      localizedLinksAside(codeDifference(source, target), ctx.source.lang.code, ctx.target.lang.code),
      ctx.source.text(link.source),
      ctx.target.text(link.target),
    );
    if (evidence.missing.length === 0 && evidence.added.length === 0) return reordered(source, target);
    return { type: "tags", severity: "error", reason: describe(evidence), evidence } satisfies Flag;
  },
};

/** A printf conversion with no argument number (`%s`, `%.2f`, `%ld`; not `%1$s` nor `%(name)s`): filled in order. */
const UNNUMBERED = /^%[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn@]$/u;

/**
 * The same codes, but a translation's unnumbered printf conversions in another order: a program fills them in order,
 * so "Изтрити %d от %s" / "Deleted %s: %d" puts a name where a number goes (printf and Python then fail, or print the
 * wrong value). A translation that must reorder numbers them (`%2$s ... %1$d`), and those are not compared.
 */
function reordered(source: readonly string[], target: readonly string[]): Flag | undefined {
  const inOrder = (codes: readonly string[]) => codes.filter((c) => UNNUMBERED.test(c));
  const s = inOrder(source);
  const t = inOrder(target);
  if (s.length < 2 || s.join("\u0000") === t.join("\u0000")) return undefined;
  const evidence: TagsEvidence = { missing: [], added: [], order: { source: s, target: t } };
  const reason = `placeholders in another order: ${s.join(", ")} in the source, ${t.join(", ")} in the translation; a program fills them in order, so their values change places (number them, %1$s, to reorder)`;
  return { type: "tags", severity: "error", reason, evidence };
}

/** A tag of one word alone, no attributes ("<Name>"), as a user-facing placeholder in angle brackets is written. */
const WORD_TAG = /^<[A-Za-z][A-Za-z-]*>$/u;
/** A word in angle brackets in letters no tag is written in ("<Име>"): a placeholder shown to the user, translated. */
const NATIVE_PLACEHOLDER = /<[\p{L}-]*[^\p{ASCII}\s][\p{L}-]*>/gu;

/**
 * The difference without a word in angle brackets the translation translated: "Здравейте, <Име>!" / "Hello, <Name>!"
 * (stranger 307: a client's approved unit was an error and left out of the merged memory). Each tag of one word on one
 * side pairs off with a word in angle brackets in another script on the other.
 */
function translatedPlaceholders(e: TagsEvidence, sourceText: string, targetText: string): TagsEvidence {
  if (e.missing.length === 0 && e.added.length === 0) return e;
  const pairedOff = (codes: readonly string[], otherText: string) => {
    let free = (otherText.match(NATIVE_PLACEHOLDER) ?? []).length;
    return codes.filter((code) => !(WORD_TAG.test(code) && free-- > 0));
  };
  return { missing: pairedOff(e.missing, targetText), added: pairedOff(e.added, sourceText) };
}

/**
 * The difference without a tag whose link the translation points at the page in its own language (`<a
 * href=".../en/help">` / `<a href=".../bg/help">`), as the names check lets a web address in the text do (stranger 232).
 */
function localizedLinksAside(e: TagsEvidence, sl: string, tl: string): TagsEvidence {
  if (e.missing.length === 0 || e.added.length === 0) return e;
  const added = [...e.added];
  const missing = e.missing.filter((code) => {
    if (!/\s(?:href|src)=/u.test(code)) return true;
    const k = added.findIndex((other) => localized(code, other, sl, tl));
    if (k < 0) return true;
    added.splice(k, 1);
    return false;
  });
  return { missing, added };
}

/** The placeholders and tags written in segments' text (`messageCodes`); none without a mark that opens one. */
function textCodes(segments: readonly Segment[], ids: readonly number[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const text = segments[id]!.text;
    if (text.includes("%") || text.includes("{") || text.includes("<")) out.push(...messageCodes(text));
  }
  return out;
}

function describe(e: TagsEvidence): string {
  // An ICU message's argument ("{count,plural") and selectors ("one{") as a message writes them: "{count, plural, …}", "one {…}".
  const shown = (c: string) =>
    /^\{[^{}]+,(?:plural|select|selectordinal)$/u.test(c)
      ? `${c.replace(",", ", ")}, …}`
      : /^[^%{<].*\{$/u.test(c)
        ? `${c.slice(0, -1)} {…}`
        : /^[%{<]/.test(c)
          ? c
          : `<${c}>`;
  const list = (codes: readonly string[]) => codes.map(shown).join(", ");
  const parts = [
    ...(e.missing.length ? [`the translation lacks ${list(e.missing)}`] : []),
    ...(e.added.length ? [`it has ${list(e.added)}, which the source has not`] : []),
  ];
  return `inline codes differ: ${parts.join("; ")}`;
}
