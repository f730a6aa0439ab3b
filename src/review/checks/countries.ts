/**
 * A country named by its adjective or its people, turned into another: "The Greek prime minister" / "Кипърският
 * премиер", "the German Zverev" / "австриеца Зверев" (stranger 110). The names checks read capitalised names; a
 * Bulgarian adjective is written in lowercase, and a country said by its adjective was carried by any form of its own
 * only. From the forms of each language (data/names/<language>.tsv, one id a country in every language's file).
 */
import { nameForms } from "../../lang/names.js";
import type { Flag } from "../../types.js";
import type { Check } from "./types.js";

/** Countries a translation may name for one another: a part of the kingdom for the whole, a Korea for "Korea". */
const OVERLAPPING: ReadonlyArray<readonly string[]> = [
  ["country:united-kingdom", "country:england", "country:scotland", "country:wales"],
  ["country:korea", "country:south-korea", "country:north-korea"],
];

function overlap(a: string, b: string): boolean {
  return OVERLAPPING.some((group) => group.includes(a) && group.includes(b));
}

/** The countries a text names in any form (its name, adjective, people, capital), by id. */
function countriesIn(text: string, lang: string): ReadonlySet<string> {
  const forms = nameForms(lang);
  if (!forms) return new Set();
  return new Set([...forms.idsIn(text)].filter((id) => id.startsWith("country:")));
}

/** A country's name as the forms' ids spell it: "country:north-macedonia" is "North Macedonia". */
function countryName(id: string): string {
  return id
    .slice("country:".length)
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

export const countryChanged: Check = {
  name: "another country",
  textOnly: true,
  run: (ctx, link, _k, earlier) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    // One cause, one flag: a name the names checks found replaced says it already.
    if (earlier.some((f) => f.type === "names")) return undefined;
    const source = countriesIn(ctx.source.text(link.source), ctx.source.lang.code);
    if (source.size === 0) return undefined;
    const target = countriesIn(ctx.target.text(link.target), ctx.target.lang.code);
    const gone = [...source].filter((id) => !target.has(id));
    const come = [...target].filter((id) => !source.has(id));
    // One country for one other: a sentence naming several, or adding one the source implies, is not judged.
    if (gone.length !== 1 || come.length !== 1 || overlap(gone[0]!, come[0]!)) return undefined;
    const [was, now] = [countryName(gone[0]!), countryName(come[0]!)];
    return {
      type: "names",
      severity: "warning",
      reason: `the source names ${was} (its name, adjective, people or capital), the translation ${now} and not ${was}: another country?`,
      evidence: { source: [was], target: [now] },
    } satisfies Flag;
  },
};
