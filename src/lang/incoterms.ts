/**
 * The Incoterms 2020 rules, written alike in every language ("CIF Varna", "CIF Варна"): a class of terms of the contrasts
 * check, one member each, for every language's data (stranger 140: "CIF" / "CFR" passed).
 */
const RULES = ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"] as const;

/** Each rule as a member of the class, its form lowercase as the contrasts data writes forms. */
export const INCOTERMS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(RULES.map((r) => [r, [r.toLowerCase()]]));
