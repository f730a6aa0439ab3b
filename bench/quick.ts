import { buildNoisyPairs, loadBleualign, loadNtrex, sharedDir } from "./data.js";
import { scoreBleualign, scoreRaw, scoreSegmented } from "./accuracy.js";
const shared = sharedDir()!;
const pairs = buildNoisyPairs(loadNtrex(shared), { perPair: 8, seed: 7 });
const dev = pairs.slice(0, 5), test = pairs.slice(5);
const params = process.argv[2] ? JSON.parse(process.argv[2]) : {};
const f = (r: any) => `strict ${r.scores.f1Strict.toFixed(3)} lax ${r.scores.f1Lax.toFixed(3)} null ${r.scores.nullF1.toFixed(3)} (p ${r.scores.nullPrecision.toFixed(2)} r ${r.scores.nullRecall.toFixed(2)}) ${r.seconds.toFixed(1)}s` + (r.boundaries ? ` seg ${r.boundaries.source.toFixed(3)}/${r.boundaries.target.toFixed(3)}` : "");
const which = process.argv[3] ?? "all";
if (which === "all" || which === "ntrex") {
console.log("ntrex dev  seg", f(scoreSegmented(dev, { params })));
console.log("ntrex test seg", f(scoreSegmented(test, { params })));
console.log("ntrex test raw", f(scoreRaw(test, { params })));
}
if (which === "all" || which === "ba") {
console.log("bleualign dev ", f(scoreBleualign(loadBleualign(shared, ["dev"]), { params })));
console.log("bleualign test", f(scoreBleualign(loadBleualign(shared, ["test0","test1","test2","test3","test4","test5","test6"]), { params })));
}
