/**
 * Development figures for review options, on the dev pairs only (100 rounds of
 * defect injection, and legitimate merges): node dist/bench/tune-review.js '{"cutTail":0.3}' ...
 * SVERKA_DEFECTS_VERBOSE=1 lists the defects missed, =fp the false flags, =merge
 * the legitimate merges flagged.
 */

import { loadNtrex, sharedDir } from "./data.js";
import { DEFECTS, runDefectRounds, runMergeChecks } from "./defects.js";
import { DEFECT_ROUNDS, MERGE_ROUNDS, NTREX_SPLIT } from "./split.js";

const shared = sharedDir();
if (!shared) {
  console.log("skipped: ../shared/data not found");
  process.exit(0);
}
const docs = loadNtrex(shared);
const dev = Array.from({ length: NTREX_SPLIT.dev }, (_, k) => k);
for (const arg of process.argv.slice(2).length ? process.argv.slice(2) : ["{}"]) {
  const r = runDefectRounds(docs, dev, DEFECT_ROUNDS.dev, { review: JSON.parse(arg) });
  const recall = DEFECTS.map((d) => `${d.replace(/ /g, "-")}=${(r.recall[d].found / Math.max(1, r.recall[d].total)).toFixed(3)}`);
  const merges = runMergeChecks(docs, dev, MERGE_ROUNDS.dev, { review: JSON.parse(arg) });
  const asError = DEFECTS.filter((d) => d.startsWith("dropped") || d.startsWith("added")).map(
    (d) => `${d.replace(/ /g, "-")}=${r.foundAsError[d]}/${r.recall[d].found}`,
  );
  console.log(
    `${arg.padEnd(30)} ${recall.join(" ")}  by-an-error: ${asError.join(" ")} false-errors=${r.falseErrors}  false-flags=${((100 * r.falseFlags) / Math.max(1, r.cleanLinks)).toFixed(2)}% (${r.falseFlags}/${r.cleanLinks}) misaligned-flagged=${r.misalignedFlagged}/${r.misaligned}  merges-flagged=${((100 * merges.mergesFlagged) / Math.max(1, merges.merges)).toFixed(2)}% (${merges.mergesFlagged}/${merges.merges})`,
  );
}
