/**
 * Recall of the checks of names, codes, terms, consistency and written-out
 * numbers on documents written for them (tests/fixtures/qa: a contract, a
 * router manual, a local news item, and a termbase): each edit below damages
 * the English side in one place, alone, and is found when a flag of its check
 * is raised (warning or error; information for consistency, which is never
 * more). The clean documents must raise nothing above information.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { align, getLanguage } from "../src/index.js";
import { dictionaryFromPairs, readDictionaryPairs } from "../src/lang/dictionary.js";
import type { Bitext, FlagType } from "../src/types.js";
import { ROOT } from "./data.js";

export const OWN_DEFECTS = [
  "changed name",
  "dropped name",
  "changed code",
  "changed term",
  "inconsistent repeat",
  "written-out number",
] as const;
export type OwnDefect = (typeof OWN_DEFECTS)[number];

const CHECK: Record<OwnDefect, FlagType> = {
  "changed name": "names",
  "dropped name": "names",
  "changed code": "names",
  "changed term": "terms",
  "inconsistent repeat": "consistency",
  "written-out number": "numbers",
};

/** [document, defect, text of the English side, what it becomes]. */
const EDITS: ReadonlyArray<readonly [string, OwnDefect, string, string]> = [
  ["contract", "changed name", "office in Vratsa, represented", "office in Pleven, represented"],
  ["contract", "changed name", "court in Plovdiv", "court in Varna"],
  ["news", "changed name", "Hristo Botev Street", "Vasil Levski Street"],
  ["news", "changed name", "Mayor Kalin Kamenov", "Mayor Kalin Ivanov"],
  ["news", "changed name", "Transport Maria Georgieva", "Transport Elena Petrova"],
  ["news", "changed name", "to Pleven and Sofia", "to Lovech and Sofia"],
  ["news", "changed name", "OOD from Vidin", "OOD from Ruse"],
  ["contract", "dropped name", "represented by Petar Hristov, manager", "represented by its manager"],
  ["contract", "dropped name", "represented by Maria Georgieva, executive director", "represented by its executive director"],
  ["news", "dropped name", "with the regional governor Ivan Petrov", "with the regional governor"],
  ["news", "dropped name", "OOD from Vidin, which", "OOD, which"],
  ["news", "dropped name", "lines to Pleven and Sofia", "lines to Pleven and the capital"],
  ["contract", "changed code", "model SRV-4410", "model SRV-4411"],
  ["contract", "changed code", "office@dunavsoft.bg", "office@dunav-soft.bg"],
  ["news", "changed code", "transport@vratsa.bg", "transport@vraca.bg"],
  ["manual", "changed code", "BR-200", "BR-300"],
  ["manual", "changed code", "support@brnet.bg", "support@br-net.bg"],
  ["contract", "changed term", "owes a penalty", "owes a fine"],
  ["contract", "changed term", "receipt of the invoice", "receipt of the bill"],
  ["contract", "changed term", "written notice", "written warning"],
  ["manual", "changed term", "enter the password", "enter the passcode"],
  ["manual", "changed term", "Wait for the indicator", "Wait for the light"],
  ["news", "changed term", "The timetable is", "The schedule is"],
  ["news", "changed term", "The carrier is", "The operator is"],
  ["news", "changed term", "the public tender", "the public procurement"],
  ["manual", "inconsistent repeat", "Step 5. Switch off the power to the device.", "Step 5. Turn the unit off."],
  ["manual", "inconsistent repeat", "Step 1. Switch off the power to the device.", "Step 1. Disconnect the device from the mains."],
  ["manual", "written-out number", "for ten seconds", "for twenty seconds"],
  ["news", "written-out number", "in twenty years", "in thirty years"],
  ["news", "written-out number", "for five years", "for four years"],
  ["contract", "written-out number", "within five working days", "within six working days"],
  ["news", "written-out number", "two more lines", "three more lines"],
];

export interface OwnResult {
  readonly recall: Record<OwnDefect, { found: number; total: number }>;
  /** Flags above information on the clean documents (should be none). */
  readonly cleanProblems: number;
  readonly cleanLinks: number;
}

export function runOwnDefects(): OwnResult {
  const dir = join(ROOT, "tests", "fixtures", "qa");
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  const terms = dictionaryFromPairs(readDictionaryPairs(read("terms.tsv"), "tsv"), getLanguage("bg"), getLanguage("en"));
  const options = { dictionary: terms, terms };
  const recall = Object.fromEntries(OWN_DEFECTS.map((d) => [d, { found: 0, total: 0 }])) as OwnResult["recall"];
  let cleanProblems = 0;
  let cleanLinks = 0;
  for (const name of ["contract", "manual", "news"]) {
    const b = align(read(`${name}.bg.txt`), read(`${name}.en.txt`), options);
    cleanLinks += b.links.length;
    cleanProblems += b.links.filter((l) => (l.flags ?? []).some((f) => f.severity !== "info")).length;
  }
  for (const [name, defect, from, to] of EDITS) {
    const en = read(`${name}.en.txt`);
    if (!en.includes(from)) throw new Error(`bench/own.ts: "${from}" is not in ${name}.en.txt`);
    const b = align(read(`${name}.bg.txt`), en.replace(from, to), options);
    recall[defect].total++;
    if (raised(b, CHECK[defect], defect === "inconsistent repeat")) recall[defect].found++;
    else if (process.env.SVERKA_DEFECTS_VERBOSE) console.error(`missed ${defect}: ${from} -> ${to}`);
  }
  return { recall, cleanProblems, cleanLinks };
}

function raised(b: Bitext, type: FlagType, infoCounts: boolean): boolean {
  return b.links.some((l) => (l.flags ?? []).some((f) => f.type === type && (infoCounts || f.severity !== "info")));
}
