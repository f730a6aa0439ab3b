/**
 * A person named in the source and another in the translation, where both are
 * written in one script: "please contact Dr Klaus Hoffmann" / "wenden Sie sich
 * an Dr. Matthias Schäfer". Across scripts the names checks compare names by
 * transliteration; within one script a name is copied as it is, so a run of
 * capitalised words the other side lacks in every word, where the other side
 * has a run of its own the source lacks, is another person (or place).
 */
import levenshtein from "fast-levenshtein";
import { narrowable } from "../../lang/chars.js";
import type { Matchable } from "../../score/index.js";
import type { Flag } from "../../types.js";
import type { SideInfo } from "../context.js";
import { plainLetters } from "./names.js";
import { frequentWordsOf, monthsOf } from "./romanized.js";
import type { Check } from "./types.js";

const CAPITALISED = narrowable(String.raw`^\p{Lu}\p{Ll}`, "u");
/**
 * Letters two spellings of one name may differ by ("Наталья" / "Наталия", "Jürgen" / "Juergen", "Шмит" / "Шмидт", a
 * case ending "Анна" / "Анны"), in words this long or longer that start alike.
 */
const NEAR_LETTERS = 2;
const NEAR_MIN_LENGTH = 4;
const NEAR_SAME_START = 2;

/**
 * Runs of two or more capitalised words: "Klaus Hoffmann", "Dr Matthias Schäfer". In a language that capitalises its
 * nouns, two capitalised words in a row are a name as well, since a noun seldom follows another without an article or
 * a preposition between. A sentence's first word is capitalised whatever it is: it opens a run only where the document
 * never writes it in lowercase ("Sophie Martin wurde ... ernannt", not "Die Hauptversammlung" nor "The Contractor").
 */
function runsOf(segments: readonly (readonly Matchable[])[], side: SideInfo, ids: readonly number[]): string[][] {
  // Month and weekday names, kept per language: capitalised words of a date, no person.
  const calendar = monthsOf(side.lang);
  const inLowercase = side.lowercase();
  const frequent = frequentWordsOf(side.lang);
  const starters = side.lang.sentenceStarters;
  const lowercase = side.lang.capitalisesNouns ? undefined : inLowercase;
  const out: string[][] = [];
  for (const [n, tokens] of segments.entries()) {
    // A title in title case ("Espresso Machine – Quick Start Guide", "Espressomaschine – Kurzanleitung") capitalises its
    // words whatever they are: its runs are no names (stranger 81's manual: "another person?" on its title).
    if (titleCase(tokens, side.text([ids[n]!]))) continue;
    let run: string[] = [];
    // A person's title before the run ("Ms", "Frau", "Mme"): a surname alone after it is a person's too.
    let titled = false;
    let afterTitle = false;
    const flush = () => {
      if (run.length >= 2) {
        out.push(run);
        if (titled) titledRuns.add(run);
      } else if (run.length === 1 && titled) {
        out.push(run);
        titledRuns.add(run);
      }
      run = [];
      titled = false;
    };
    tokens.forEach((t, n) => {
      // A person's title ends a run and opens the next ("Contact Mr Moreau": "Contact" is no part of the person).
      if (t.kind === "word" && side.lang.personTitles.has(t.key)) {
        flush();
        afterTitle = true;
        return;
      }
      // A title before the name ("Dr", "Prof.", "Mme") is the same on both sides however the name changed.
      if (t.kind === "word" && run.length === 0 && side.lang.nonFinalAbbreviations.has(t.key)) return;
      if (run.length === 0) titled = afterTitle;
      afterTitle = false;
      const name =
        (n > 0 || !(inLowercase.has(t.key) || frequent.has(t.key) || starters.has(t.key))) &&
        t.kind === "word" &&
        CAPITALISED.test(t.surface) &&
        !side.lang.capitalisedWords.has(t.key) &&
        !calendar.has(t.key) &&
        !lowercase?.has(t.key);
      if (name) run.push(t.surface);
      else flush();
    });
    flush();
  }
  return out;
}

/**
 * The runs after a person's title ("Ms Laurent", "Mme Geneviève Tremblay"): a name copied exactly within one script, its
 * surname at least (stranger 250: "Frau Sabine Hoffmann" / "Ms Sabine Hofmann").
 */
const titledRuns = new WeakSet<readonly string[]>();

/** A segment of this many words or more, this share of them capitalised and no mark at its end, is a title in title case. */
const TITLE_WORDS = 3;
const TITLE_SHARE = 0.6;

function titleCase(tokens: readonly Matchable[], text: string): boolean {
  // A sentence ends with its mark; a title does not (a German sentence capitalises its nouns, and may reach the share).
  if (/[.!?:;]["'”»)]*\s*$/u.test(text)) return false;
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    words++;
    if (CAPITALISED.test(t.surface) || /^\p{Lu}+$/u.test(t.surface)) capitalised++;
  }
  return words >= TITLE_WORDS && capitalised >= TITLE_SHARE * words;
}

/**
 * Whether `word` is written on the other side, as it is or a letter or two otherwise, or as a part of a hyphenated
 * word ("Cookie Notice" / "Cookie-Hinweis": the name's word kept in a German compound).
 */
function writtenIn(word: string, words: readonly string[]): boolean {
  const w = word.toLowerCase();
  return words.some((o) => {
    const x = o.toLowerCase();
    if (x === w) return true;
    if (x.includes("-") && x.split("-").includes(w)) return true;
    return (
      Math.min(x.length, w.length) >= NEAR_MIN_LENGTH &&
      x.slice(0, NEAR_SAME_START) === w.slice(0, NEAR_SAME_START) &&
      levenshtein.get(x, w) <= NEAR_LETTERS
    );
  });
}

export const personsReplaced: Check = {
  name: "another person named, within one script",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    if (ctx.source.script !== ctx.target.script || ctx.source.lang.code === ctx.target.lang.code) return undefined;
    const lt = ctx.linkTokens(k);
    const words = (tokens: readonly Matchable[]) => tokens.filter((t) => t.kind === "word").map((t) => t.surface);
    const sourceWords = words(lt.source);
    const targetWords = words(lt.target);
    const sourceRuns = runsOf(lt.sourceSegments, ctx.source, link.source);
    if (sourceRuns.length === 0) return undefined;
    // Runs none of whose words the other side writes; a surname after a title, unless written exactly (accents aside:
    // "Laurens" for "Laurent" is another person; stranger 98).
    const exactly = (w: string, words: readonly string[]) => words.some((o) => plainLetters(o) === plainLetters(w));
    const lost = sourceRuns.filter((run) =>
      titledRuns.has(run) && run.length === 1 ? !exactly(run[0]!, targetWords) : !run.some((w) => writtenIn(w, targetWords)),
    );
    // A first name and a surname ("Anna Weber", only a space between) whose first the other side writes and whose surname it does not.
    const sourceText = ctx.source.text(link.source);
    // The translation's words without their accents, made once, for the first run that asks.
    let targetFolded: string[] | undefined;
    const foldedTarget = (): string[] => {
      if (targetFolded === undefined) targetFolded = targetWords.map((w) => plainLetters(w));
      return targetFolded;
    };
    // A titled person's surname is copied exactly; another's may be written a letter or two otherwise.
    const surnameWritten = (run: readonly string[], person: readonly string[]) =>
      titledRuns.has(run) ? foldedTarget().includes(plainLetters(person[1]!)) : writtenIn(plainLetters(person[1]!), foldedTarget());
    const renamed = sourceRuns.flatMap((run) => {
      const person = personIn(run, sourceText, targetWords);
      return person !== undefined && targetWords.includes(person[0]!) && !surnameWritten(run, person) ? [{ run, person }] : [];
    });
    if (lost.length === 0 && renamed.length === 0) return undefined;
    const targetRuns = runsOf(lt.targetSegments, ctx.target, link.target);
    const added = targetRuns.filter((run) =>
      titledRuns.has(run) && run.length === 1 ? !exactly(run[0]!, sourceWords) : !run.some((w) => writtenIn(w, sourceWords)),
    );
    if (lost.length > 0 && added.length > 0) return replacedFlag(lost, added);
    // The same first name, another surname ("Anna Wagner" for "Anna Weber"): a name is copied whole within one script
    // (accents aside: "Martín" is "Martin").
    const targetText = ctx.target.text(link.target);
    const sourceFolded = sourceWords.map((w) => plainLetters(w));
    const pairs = renamed.flatMap(({ run, person }) =>
      targetRuns
        .map((other) => personIn(other, targetText, sourceWords) ?? namedAfter(other, targetText, person[0]!))
        .filter(
          (other) =>
            other !== undefined &&
            other[0] === person[0] &&
            (titledRuns.has(run) ? !sourceFolded.includes(plainLetters(other[1]!)) : !writtenIn(plainLetters(other[1]!), sourceFolded)),
        )
        .map((other) => [person, other!] as const),
    );
    if (pairs.length === 0) return undefined;
    return replacedFlag(
      pairs.map(([run]) => run),
      pairs.map(([, other]) => other),
    );
  },
};

/**
 * The first name and surname that end a run, written with one space between ("Anna Weber"; of a German run
 * "Technikerin Anna Weber", the last two), or none: two names a bracket or a quote parts ("Baltoro » ( Basel") are no
 * person, nor are the last two of a run whose word before them the other side writes too (of "Christian Weiss
 * Bergtouren", a name and a title's word, "Weiss" is no first name).
 */
function personIn(run: readonly string[], text: string, otherWords: readonly string[]): string[] | undefined {
  if (run.length < 2) return undefined;
  if (run.length > 2 && writtenIn(run.at(-3)!, otherWords)) return undefined;
  const two = run.slice(-2);
  return text.includes(`${two[0]} ${two[1]}`) ? two : undefined;
}

/**
 * The first name `first` and the word after it in a run, one space between: a run the tokens carried on past a comma
 * ("Geneviève Tremblais, Regional Director", whose last two words are no person; stranger 250).
 */
function namedAfter(run: readonly string[], text: string, first: string): string[] | undefined {
  const at = run.indexOf(first);
  if (at < 0 || at + 1 >= run.length) return undefined;
  const two = [run[at]!, run[at + 1]!];
  return text.includes(`${two[0]} ${two[1]}`) ? two : undefined;
}

function replacedFlag(lost: readonly string[][], added: readonly string[][]): Flag {
  const said = (runs: readonly string[][]) => runs.map((r) => r.join(" "));
  return {
    type: "names",
    severity: "warning",
    reason: `the translation names ${said(added).join(", ")} where the source names ${said(lost).join(", ")}: another person?`,
    evidence: { source: said(lost), target: said(added) },
  };
}
