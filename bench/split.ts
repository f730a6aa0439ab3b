/** Which NTREX pairs tune and which report: the first `dev` groups tune, the rest are held out. */
export const NTREX_SPLIT = { perPair: 8, seed: 7, dev: 5 } as const;
export const BLEUALIGN_TEST = ["test0", "test1", "test2", "test3", "test4", "test5", "test6"] as const;
