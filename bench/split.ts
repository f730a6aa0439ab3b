/** Which NTREX pairs tune and which report: the first `dev` groups tune, the rest are held out. */
export const NTREX_SPLIT = { perPair: 8, seed: 7, dev: 5 } as const;
/**
 * Rounds of defect injection: the review is tuned on the dev pairs over many
 * rounds and reported on the held-out pairs over six (about 120 samples per
 * defect type; one round gave about 21, too few to tell 0.80 from 0.90).
 */
export const DEFECT_ROUNDS = { dev: Array.from({ length: 30 }, (_, k) => k + 1), heldOut: [7, 8, 9, 10, 11, 12] } as const;
export const BLEUALIGN_TEST = ["test0", "test1", "test2", "test3", "test4", "test5", "test6"] as const;
