/**
 * Development figures for a parameter setting, on the dev parts only
 * (NTREX dev pairs, Bleualign dev): node dist/bench/tune.js '{"orphanDiscount":1}'
 */
import { scoreBleualign, scoreSegmented } from "./accuracy.js";
import { buildNoisyPairs, loadBleualign, loadNtrex, sharedDir } from "./data.js";
import { NTREX_SPLIT } from "./split.js";

const shared = sharedDir();
if (!shared) {
  console.log("skipped: ../shared/data not found");
  process.exit(0);
}
const dev = buildNoisyPairs(loadNtrex(shared), NTREX_SPLIT).slice(0, NTREX_SPLIT.dev);
const bleualign = loadBleualign(shared, ["dev"]);
for (const arg of process.argv.slice(2).length ? process.argv.slice(2) : ["{}"]) {
  // Cost weights, plus "learn" and "lexicon" switches.
  const { learn, lexicon, ...params } = JSON.parse(arg);
  const n = scoreSegmented(dev, { params, learn, lexicon });
  const b = scoreBleualign(bleualign, { params, learn, lexicon });
  console.log(
    `${arg.padEnd(40)} ntrex-dev strict ${n.scores.f1Strict.toFixed(3)} null ${n.scores.nullF1.toFixed(3)} (p ${n.scores.nullPrecision.toFixed(2)} r ${n.scores.nullRecall.toFixed(2)})  bleualign-dev strict ${b.scores.f1Strict.toFixed(3)} lax ${b.scores.f1Lax.toFixed(3)}`,
  );
}
