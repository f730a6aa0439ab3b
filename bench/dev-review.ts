/**
 * Development figures of the review, on the dev pairs only (never the held-out
 * ones): recall of each injected defect as found/total, and the false flags on
 * clean links counted by the check that raised them and by their reason.
 *
 *   node dist/bench/dev-review.js [ROUNDS] [--reasons] [--missed]
 *
 * ROUNDS: how many of the dev rounds to run (all 100 by default; 20 for a quick look).
 */

import { loadNtrex, sharedDir } from "./data.js";
import { DEFECTS, runDefectRounds } from "./defects.js";
import { DEFECT_ROUNDS, NTREX_SPLIT } from "./split.js";

const shared = sharedDir();
if (!shared) {
  console.log("skipped: ../shared/data not found");
  process.exit(0);
}
const args = process.argv.slice(2);
const rounds = DEFECT_ROUNDS.dev.slice(0, Number(args.find((a) => /^\d+$/.test(a)) ?? DEFECT_ROUNDS.dev.length));
const dev = Array.from({ length: NTREX_SPLIT.dev }, (_, k) => k);

// runDefects lists each false flag on stderr when asked: collect those lines instead of printing them.
const listed: string[] = [];
process.env.SVERKA_DEFECTS_VERBOSE = "fp";
console.error = (...parts: unknown[]) => void listed.push(parts.map(String).join(" "));
const r = runDefectRounds(loadNtrex(shared), dev, rounds);

for (const d of DEFECTS)
  console.log(
    `${d.padEnd(20)} ${(r.recall[d].found / Math.max(1, r.recall[d].total)).toFixed(3)} (${r.recall[d].found}/${r.recall[d].total}; ${r.foundAsError[d]} by an error)`,
  );
console.log(
  `false flags ${((100 * r.falseFlags) / Math.max(1, r.cleanLinks)).toFixed(2)} % (${r.falseFlags}/${r.cleanLinks}; ${r.falseErrors} errors), ${rounds.length} rounds, flags=${r.digest}, ${r.seconds.toFixed(1)} s`,
);
const byCheck = new Map<string, number>();
const byReason = new Map<string, number>();
for (const line of listed.filter((l) => l.startsWith("fp "))) {
  // "fp KIND SCORE type: reason; type: reason {near ...}"
  const raised = line
    .split("\n")[0]!
    .replace(/^fp \S+ \S+ /, "")
    .replace(/ \{near [^}]*\}$/, "");
  const flags = raised.split("; ").map((f) => [f.slice(0, f.indexOf(":")), f] as const);
  for (const type of new Set(flags.map(([t]) => t))) byCheck.set(type, (byCheck.get(type) ?? 0) + 1);
  for (const [, f] of flags) byReason.set(f, (byReason.get(f) ?? 0) + 1);
}
console.log(
  `by check: ${[...byCheck]
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(", ")}`,
);
if (args.includes("--missed")) for (const line of listed.filter((l) => l.startsWith("missed "))) console.log(line);
if (args.includes("--reasons"))
  for (const [reason, n] of [...byReason].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${reason.slice(0, 220)}`);
// Every false flag, one a line, to compare two versions' lists (`diff`).
if (args.includes("--fp")) for (const line of listed.filter((l) => l.startsWith("fp "))) console.log(line);
