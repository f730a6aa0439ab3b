/** What `sverka export` does to a reviewed bitext before writing it. */
import { reviewTouched } from "../pipeline.js";
import type { Bitext } from "../types.js";

/**
 * The bitext with every link whose target a reviewer corrected (a target
 * segment's `corrected` text, or a link's `correction`), and every link an edit
 * left unjudged (no flags), reviewed again on its corrected text, as `check`
 * and the review page judge it: a workbook
 * corrected in Excel comes back with the flags of the text before the
 * correction, and `--drop-flagged` must not leave a unit out of a memory on
 * a flag its corrected text no longer earns. The links beside them are
 * reviewed again too (their flags read their neighbours); others keep theirs.
 */
export function reviewCorrections(bitext: Bitext): Bitext {
  const corrected = new Set(bitext.target.segments.filter((g) => g.corrected !== undefined).map((g) => g.id));
  // A link with no flags in a reviewed bitext is one an edit made on the review page opened as a file (a join, a
  // split, a sentence moved), which it could not judge: judged here too. A bitext reviewed nowhere stays so.
  const reviewed = bitext.links.some((l) => l.flags !== undefined);
  const touched = bitext.links.flatMap((l, k) =>
    l.correction !== undefined || l.target.some((id) => corrected.has(id)) || (reviewed && l.flags === undefined) ? [k] : [],
  );
  if (touched.length === 0) return bitext;
  const flags = reviewTouched(bitext, touched);
  return { ...bitext, links: bitext.links.map((l, k) => (flags.has(k) ? { ...l, flags: flags.get(k)! } : l)) };
}
