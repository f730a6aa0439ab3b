/**
 * A link with its flags, made field by field. V8 in Node 20 gives every object
 * made by spreading another and adding a field it lacks (`{ ...link, flags }`)
 * a hidden class of its own: on a long document that is some 250 bytes more a
 * link and every later read of one megamorphic (docs/scale.md, "Objects of a
 * shape of their own"). A link the aligner made has no flags yet, so the
 * common case is written out; a link that has more (an explanation, a
 * reviewer's status) is spread, its fields in the same order either way.
 */
import type { Flag, Link } from "../types.js";

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
