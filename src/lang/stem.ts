import type * as porter2 from "porter2";
import type snowballStemmers from "snowball-stemmers";
import { lazy } from "../lazy.js";
import { stemBulgarian } from "./stem-bg.js";

// All of Snowball's languages are one file: loaded only when a language needs one.
const snowball = lazy<typeof snowballStemmers>("snowball-stemmers");
// Snowball's English algorithm (Porter2) compiled by hand: the same stems (tests/stem.test.ts
// compares the two), fifteen times faster than snowball-stemmers' port, whose load and cold
// calls were most of a small job's start-up. English is on one side of most pairs.
const porter2Stemmer = lazy<typeof porter2>("porter2");

/** Snowball algorithms by ISO 639-1 code (the well-kept Snowball stemmers, ported to JavaScript). */
const SNOWBALL: Readonly<Record<string, string>> = {
  ar: "arabic",
  hy: "armenian",
  eu: "basque",
  ca: "catalan",
  cs: "czech",
  da: "danish",
  nl: "dutch",
  en: "english",
  fi: "finnish",
  fr: "french",
  de: "german",
  hu: "hungarian",
  it: "italian",
  ga: "irish",
  nb: "norwegian",
  nn: "norwegian",
  no: "norwegian",
  pt: "portuguese",
  ro: "romanian",
  ru: "russian",
  es: "spanish",
  sl: "slovene",
  sv: "swedish",
  ta: "tamil",
  tr: "turkish",
};

/** Bulgarian has no Snowball algorithm: sverka's own light stemmer. */
const OWN: Readonly<Record<string, (word: string) => string>> = { bg: stemBulgarian };

/** A stemmer for a language: its own, Snowball's, or lowercasing alone. */
export function stemmerFor(code: string): (word: string) => string {
  const own = OWN[code];
  if (own) return own;
  const algorithm = SNOWBALL[code];
  if (!algorithm) return (w) => w.toLowerCase();
  let s: ((word: string) => string) | undefined;
  const cache = new Map<string, string>();
  return (w) => {
    const lower = w.toLowerCase();
    let out = cache.get(lower);
    if (out === undefined) {
      s ??= snowballStemmer(algorithm);
      out = s(lower);
      if (cache.size < 200_000) cache.set(lower, out);
    }
    return out;
  };
}

/** Snowball's stemmer for an algorithm, by its fastest implementation here. */
export function snowballStemmer(algorithm: string): (lowercaseWord: string) => string {
  if (algorithm === "english") return porter2Stemmer().stem;
  const stemmer = snowball().newStemmer(algorithm);
  return (w) => stemmer.stem(w);
}
