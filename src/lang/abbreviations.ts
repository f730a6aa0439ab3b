/**
 * A user's abbreviations (`--abbreviations FILE`): a plain list that
 * segmentation reads, and that an SRX export can write as "no break" rules.
 *
 * The file is UTF-8 text, one abbreviation a line, with or without its final
 * dot ("прил." or "прил"; "et seq."; at most three words). Blank lines are
 * skipped, and so is everything from a "#" that starts a line or follows
 * white space. An abbreviation for one language only is written after its
 * language code and a tab ("bg<TAB>т.нар."); one without a code is read for
 * every language, so one file can serve both sides of a pair.
 */
import { readFile } from "node:fs/promises";
import { SverkaError } from "../errors.js";
import { primaryLanguage } from "./index.js";

export interface Abbreviation {
  /** As written in the file, trimmed ("прил.", "Ив", "et seq."). */
  readonly text: string;
  /** The ISO 639-1 code it is for; none: every language. */
  readonly lang?: string;
  /** Its line in the file (1-based), when read from one. */
  readonly line?: number;
}

/** Letters, marks, digits and the few signs abbreviations hold ("т.нар.", "о-в", "чл.-кор.", "ph.d", "c/o"). */
const WORD = "[\\p{L}\\p{M}\\p{N}'’&/-]+(?:\\.[\\p{L}\\p{M}\\p{N}'’&/-]+)*\\.?";
// Made when a list is read: V8 parses the six property classes as soon as the pattern is made.
let abbreviationPattern: RegExp | undefined;

/** Up to three words of letters, marks, numbers and the punctuation abbreviations hold, dots between or after. */
function wellFormed(text: string): boolean {
  abbreviationPattern ??= new RegExp(`^${WORD}(?: ${WORD}){0,2}$`, "u");
  return abbreviationPattern.test(text);
}
const MAX_LENGTH = 40;

/** Reads an abbreviation list (bytes must be UTF-8). Throws a SverkaError naming the file and line for anything else. */
export function parseAbbreviations(input: string | Uint8Array, path = "abbreviations"): Abbreviation[] {
  const text = typeof input === "string" ? input : decodeUtf8(input, path);
  const out: Abbreviation[] = [];
  const lines = text.replace(/^\uFEFF/u, "").split(/\r\n|\n|\r/u);
  for (const [k, raw] of lines.entries()) {
    const line = raw.replace(/(?:^|\s)#.*$/u, "");
    if (line.trim() === "") continue;
    const fail = (what: string): never => {
      throw new SverkaError(`line ${k + 1}: ${what}`, { path });
    };
    const cells = line.split("\t");
    if (cells.length > 2) fail(`more than one tab in "${shown(line.trim())}": write LANG<TAB>ABBREVIATION or the abbreviation alone`);
    const abbreviation = cells[cells.length - 1]!.trim().replace(/\s+/gu, " ");
    let lang: string | undefined;
    if (cells.length === 2) {
      try {
        lang = primaryLanguage(cells[0]!);
      } catch {
        fail(`"${shown(cells[0]!.trim())}" is not a language code: write LANG<TAB>ABBREVIATION with an ISO 639-1 code (bg, en...)`);
      }
    }
    if (abbreviation.length > MAX_LENGTH || !wellFormed(abbreviation) || !/\p{L}/u.test(abbreviation)) {
      fail(`"${shown(abbreviation)}" is not an abbreviation: write one a line, such as "прил." or "et al." (at most three words)`);
    }
    out.push({ text: abbreviation, ...(lang ? { lang } : {}), line: k + 1 });
  }
  return out;
}

/**
 * The abbreviations that apply to text in `lang` (a language tag): those for
 * its language and those for every language (a plain string is for every language).
 */
export function abbreviationsFor(list: ReadonlyArray<string | Abbreviation>, lang: string): string[] {
  const code = primaryLanguage(lang);
  const entries = list.map((a) => (typeof a === "string" ? { text: a } : a));
  return entries.filter((a) => a.lang === undefined || primaryLanguage(a.lang) === code).map((a) => a.text);
}

/** Reads and parses an abbreviation file. */
export async function readAbbreviations(path: string): Promise<Abbreviation[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, not an abbreviation list" : `cannot be read (${code})`;
    throw new SverkaError(what, { path, cause: error });
  }
  return parseAbbreviations(bytes, path);
}

function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // The line of the first byte that is not UTF-8.
    const good = new TextDecoder("utf-8").decode(bytes);
    const bad = good.indexOf("\uFFFD");
    const line = good.slice(0, Math.max(0, bad)).split(/\r\n|\n|\r/u).length;
    throw new SverkaError(`line ${line}: not UTF-8 text: save the abbreviation list as UTF-8`, { path });
  }
}

function shown(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
