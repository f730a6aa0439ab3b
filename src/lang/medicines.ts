/**
 * International nonproprietary names of medicines (INNs), as any language writes them: "lorazepam", "лоразепам",
 * "desloratadine", "дезлоратадин". WHO gives related substances a common stem, most of them at the name's end
 * ("-azepam", "-sartan", "-mab"): a word ending in one is a medicine's name in any language, lowercase as it is
 * written. Words are compared by a key that writes the Latin and the Cyrillic forms alike (`medicineKey`).
 */

/**
 * Stems that end INNs (WHO's stem book), as `medicineKey` writes them (no final "e", "c" as "k" or "ts", "z" as "s",
 * "y" as "i"): each long enough that no everyday word of English, German, French, Bulgarian or Russian ends in it.
 */
const STEMS = [
  ...["asepam", "asolam", "barbital", "kain", "tsilin", "tsiklin", "floksatsin", "mitsin", "konasol", "prasol", "tidin", "tadin"],
  ...["sartan", "pril", "olol", "alol", "dipin", "statin", "profen", "fenak", "koksib", "triptan", "setron", "lukast"],
  ...["mab", "tinib", "tsiklib", "navir", "amivir", "tsiklovir", "parin", "ksaban", "gatran", "gliptin", "gliflosin", "glitason", "formin"],
  ...["semid", "tiasid", "oksetin", "pramin", "triptilin", "peridol", "apin", "dronat", "tropium", "afil", "lutamid", "relin"],
  ...["platin", "rubitsin", "taksel", "tekan", "metason", "nisolon", "kortison", "tsetamol", "kinra"],
  // The antiepileptics an interaction names ("carbamazepine", "oxcarbazepine", "phenytoin"; stranger 338).
  ...["asepin", "toin"],
];

/** Stems that open INNs: the cephalosporins' "cef-" ("cefuroxime", "цефуроксим") and the rifamycins' "rifa-" ("rifampicin", "rifabutin"), as the key writes it. */
const PREFIXES = ["tsef", "rifa"];

/** A medicine's name has this many letters at least, as a key: "april" ends in "pril" and is none. */
const MIN_LETTERS = 7;

/** Latin spellings Cyrillic forms of INNs write otherwise, in order: "ph" is "ф", "th" "т", "ci" "ци", "x" "кс". */
const LATIN: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/g, "f"],
  [/th/g, "t"],
  [/ch/g, "h"],
  [/kh/g, "h"],
  [/qu/g, "kv"],
  [/x/g, "ks"],
  [/c(?=[eiy])/g, "ts"],
  [/c/g, "k"],
  [/y/g, "i"],
  [/w/g, "v"],
  [/z/g, "s"],
  [/j/g, "i"],
  [/(.)\1+/g, "$1"],
  [/e$/, ""],
];

/**
 * A word's key as a medicine's name: its Latin letters (`toLatin` for another script), lowercase, written as
 * Bulgarian and Russian transliterate INNs ("desloratadine" and "дезлоратадин" are both "desloratadin").
 */
export function medicineKey(word: string, toLatin: (word: string) => string): string {
  let key = toLatin(word.toLowerCase()).toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  for (const [from, to] of LATIN) key = key.replace(from, to);
  return key;
}

/** Whether a key (`medicineKey`) is a medicine's name: long enough, and ending in an INN stem. */
export function isMedicineKey(key: string): boolean {
  return (
    key.length >= MIN_LETTERS && /^[a-z]+$/.test(key) && (STEMS.some((s) => key.endsWith(s)) || PREFIXES.some((p) => key.startsWith(p)))
  );
}
