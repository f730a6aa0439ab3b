/**
 * A link with its flags, made field by field. V8 in Node 20 gives every object
 * made by spreading another and adding a field it lacks (`{ ...link, flags }`)
 * a hidden class of its own: on a long document that is some 250 bytes more a
 * link and every later read of one megamorphic (docs/scale.md, "Objects of a
 * shape of their own"). A link the aligner made has no flags yet, so the
 * common case is written out; a link that has more (an explanation, a
 * reviewer's status) is spread, its fields in the same order either way.
 */
import type { Bitext, Flag, Link } from "../types.js";

export function withFlags(link: Link, flags: readonly Flag[]): Link & { readonly flags: readonly Flag[] } {
  if (
    link.flags === undefined &&
    link.explain === undefined &&
    link.status === undefined &&
    link.correction === undefined &&
    link.comment === undefined
  )
    return { source: link.source, target: link.target, kind: link.kind, score: link.score, flags };
  return { ...link, flags };
}

/**
 * The bitext without flags of these types (`check --ignore`), on links and on
 * the pair: a team that does not want a kind of flag reported has it reported
 * nowhere, the review page included.
 */
export function withoutFlagTypes(bitext: Bitext, types: ReadonlySet<string>): Bitext {
  const links = bitext.links.map((link) => {
    if (!link.flags?.some((f) => types.has(f.type))) return link;
    const { flags, ...rest } = link;
    const kept = flags.filter((f) => !types.has(f.type));
    return kept.length ? { ...rest, flags: kept } : rest;
  });
  const documentFlags = bitext.documentFlags?.filter((f) => !types.has(f.type));
  return { ...bitext, links, ...(documentFlags ? { documentFlags } : {}) };
}
