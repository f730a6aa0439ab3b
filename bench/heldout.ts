/**
 * The review on held-out documents with injection rounds of one's choosing:
 * `npm run bench` reports rounds 7-30, looked at many times while the review
 * was developed; fresh rounds (other seeds, the same held-out documents) give
 * a figure nobody tuned against. Prints recall per defect, false flags on
 * clean links and legitimate merges flagged.
 *
 *   node dist/bench/heldout.js --rounds 31-54 --merge-rounds 17-26
 */
import { loadNtrex, sharedDir } from "./data.js";
import { DEFECTS, runDefectRounds, runMergeChecks } from "./defects.js";
import { NTREX_SPLIT } from "./split.js";

function rangeOf(arg: string | undefined, fallback: string): number[] {
  const [a, b] = (arg ?? fallback).split("-").map(Number);
  if (!Number.isInteger(a) || !Number.isInteger(b ?? a)) throw new Error(`not a range of rounds: ${arg}`);
  return Array.from({ length: (b ?? a!) - a! + 1 }, (_, k) => a! + k);
}

const shared = sharedDir();
if (!shared) {
  console.log("skipped: ../shared/data not found");
  process.exit(0);
}
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const rounds = rangeOf(option("--rounds"), "31-54");
const mergeRounds = rangeOf(option("--merge-rounds"), "17-26");
const docs = loadNtrex(shared);
const heldOut = Array.from({ length: 16 - NTREX_SPLIT.dev }, (_, k) => k + NTREX_SPLIT.dev);
const r = runDefectRounds(docs, heldOut, rounds);
console.log(`held-out documents, rounds ${rounds[0]}-${rounds[rounds.length - 1]}`);
for (const d of DEFECTS)
  console.log(
    `  ${d.padEnd(20)} ${(r.recall[d].found / Math.max(1, r.recall[d].total)).toFixed(3)} (${r.recall[d].found}/${r.recall[d].total}; ${r.foundAsError[d]} by an error)`,
  );
console.log(
  `  false flags ${((100 * r.falseFlags) / Math.max(1, r.cleanLinks)).toFixed(2)} % of ${r.cleanLinks} clean links aligned right (${r.falseErrors} errors); all clean links ${((100 * (r.falseFlags + r.misalignedFlagged)) / Math.max(1, r.cleanLinks + r.misaligned)).toFixed(2)} % of ${r.cleanLinks + r.misaligned}`,
);
const m = runMergeChecks(docs, heldOut, mergeRounds);
console.log(
  `  legitimate merges flagged (rounds ${mergeRounds[0]}-${mergeRounds[mergeRounds.length - 1]}) ${((100 * m.mergesFlagged) / Math.max(1, m.merges)).toFixed(2)} % of ${m.merges}`,
);
