/**
 * Language identification on NTREX (node dist/bench/langid.js): for each
 * language, documents, single sentences and runs of 3 sentences. "refused"
 * counts texts refused as not their own language (must be 0); "swapped found"
 * texts given as the other language that are refused; "recognised" texts
 * named as their own language.
 */
import { languageMismatch, profileText, recogniseLanguage } from "../src/lang/identify.js";
import { loadNtrex, sharedDir } from "./data.js";

const shared = sharedDir();
if (!shared) {
  console.log("skipped: ../shared/data not found");
  process.exit(0);
}
const docs = loadNtrex(shared);
const units: Record<string, (sides: readonly string[]) => string[]> = {
  document: (s) => [s.join(" ")],
  "3 sentences": (s) => Array.from({ length: Math.floor(s.length / 3) }, (_, k) => s.slice(3 * k, 3 * k + 3).join(" ")),
  sentence: (s) => [...s],
};
for (const [unit, cut] of Object.entries(units)) {
  for (const [lang, other] of [
    ["bg", "en"],
    ["en", "bg"],
  ] as const) {
    const texts = docs.flatMap((d) => cut(d[lang]));
    let refused = 0;
    let swapped = 0;
    let named = 0;
    let recognised = 0;
    let checked = 0;
    for (const text of texts) {
      const profile = profileText(text);
      if (languageMismatch(profile, lang)) refused++;
      const wrong = languageMismatch(profile, other);
      if (wrong) {
        swapped++;
        if (wrong.looksLike.code === lang) named++;
      }
      if (recogniseLanguage(profile)?.code === lang) recognised++;
      if (profile.letters >= 40) checked++;
    }
    const p = (n: number) => `${n}/${texts.length} (${((100 * n) / texts.length).toFixed(1)}%)`;
    console.log(
      `${unit.padEnd(12)} ${lang}: refused ${p(refused)}  swapped found ${p(swapped)} (named ${p(named)})  recognised ${p(recognised)}  long enough ${p(checked)}`,
    );
  }
}
