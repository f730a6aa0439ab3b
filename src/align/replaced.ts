/**
 * Passages the translation replaced with other text: a passage left out and
 * another put in its place (a translator's notes, a section pasted from
 * elsewhere). Side by side, the search pairs their sentences with each other,
 * none with any confidence, for a link costs less than a sentence left out
 * and one added: units of unrelated texts in the memory, and `check` telling
 * one replacement as many passages. A run of such pairs, however the
 * sentences left out and added stand among them, is one passage left out
 * and one added.
 */
import type { Step } from "./index.js";

/** A link pairing sentences below this confidence is not relied on. */
export const UNRELIABLE = 0.5;
/** The shorter side of a passage replaced, at least, as a share of the longer. */
const MIN_SIDE_SHARE = 0.1;
/** Links in doubt (weak ones aside) a run holds, at least, to be a passage replaced: one or two are a sentence translated freely. */
const MIN_DOUBTFUL = 3;
/**
 * The words tell translations apart in a document where at most this share of the links relied on share no word, name
 * or number (a pair with a built-in lexicon or a dictionary): there a link sharing none is not relied on either.
 */
const UNSUPPORTED_SHARE = 0.1;
/** Links relied on that measure that share, at least: fewer say nothing of the document. */
const MIN_MEASURED = 20;

const pairs = (s: Step) => s[1] > 0 && s[3] > 0;

/** Evidence a link shares that counts as none (sums of weights differ in their last bits). */
const NO_EVIDENCE = 1e-9;
/**
 * Each step's doubt, in a document whose links relied on mostly share a word, a name or a number: a link sharing
 * nothing is in doubt, and so is one below `UNRELIABLE` that shares little for its length where its texts are linked
 * with confidence nowhere else; one not quite sure that shares little is weak. In any other document, none is.
 */
function doubtful(
  path: readonly Step[],
  scores: readonly number[],
  evidence: readonly number[],
  known: readonly boolean[],
  copied: readonly boolean[],
  chars: readonly number[],
): Doubt[] {
  let relied = 0;
  let bare = 0;
  path.forEach((s, k) => {
    if (!pairs(s) || scores[k]! < UNRELIABLE) return;
    relied++;
    if (evidence[k]! <= NO_EVIDENCE) bare++;
  });
  // Where words do not tell translations apart (no dictionary for the pair: cognates and numbers only), a run of links
  // in doubt is text hard to align, not text replaced: the search's links are the best guess.
  if (relied < MIN_MEASURED || bare > UNSUPPORTED_SHARE * relied) return path.map(() => Doubt.None);
  // Evidence per source character: a long sentence shares more words by chance too.
  const usual = median(path.flatMap((s, k) => (pairs(s) && scores[k]! >= UNRELIABLE && chars[k]! > 0 ? [evidence[k]! / chars[k]!] : [])));
  return path.map((s, k) => {
    // Two texts written alike are a copy in its place, whatever they share: a table's cells "A" and "A" (English "a"
    // being a function word, they share nothing; stranger 170: a row of them told as a passage left out and one added).
    if (!pairs(s) || copied[k]) return Doubt.None;
    if (evidence[k]! <= NO_EVIDENCE) return Doubt.Doubtful;
    // A link sharing its usual words is a translation, however unsure the search (a copy of the text elsewhere takes
    // half its confidence); so are texts linked with confidence elsewhere (a manual's repeated steps).
    if (known[k] || evidence[k]! >= WEAK_SHARE * usual * chars[k]!) return Doubt.None;
    if (scores[k]! < UNRELIABLE) return Doubt.Doubtful;
    return scores[k]! < WEAK_SURE ? Doubt.Weak : Doubt.None;
  });
}

/**
 * A link sharing under this share of the usual evidence for its length (the median per source character of the links
 * relied on) is in doubt below `UNRELIABLE`, and weak below this confidence: among links in doubt, one by chance (a
 * note on spare parts beside an instruction to use approved spare parts); elsewhere, a translation.
 */
const WEAK_SURE = 0.95;
const WEAK_SHARE = 0.5;

/**
 * Whether the run from k to end is sentences paired one to one, each link of them sure (`WEAK_SURE`): a translation
 * in words no dictionary has (a kettle's manual: "Избършете външната повърхност с влажна кърпа." / "Wipe the outside
 * with a damp cloth.", three in a row), which the review may question, not the search. Text put in a passage's
 * place is paired with less confidence, or beside sentences left out.
 */
function surelyOneToOne(path: readonly Step[], scores: readonly number[], k: number, end: number): boolean {
  for (let x = k; x < end; x++) if (path[x]![1] !== 1 || path[x]![3] !== 1 || scores[x]! < WEAK_SURE) return false;
  return true;
}

enum Doubt {
  None = 0,
  Weak = 1,
  Doubtful = 2,
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[values.length >> 1] ?? 0;
}

/**
 * The path with each replaced passage as its segments left out (source
 * first, then target), and each step's confidence: a run of steps that are
 * links not relied on (`doubtful`) or segments left out, with
 * `MIN_DOUBTFUL` links in doubt or more, between links relied on (or the
 * document's ends). `evidence`: what each link shares (0 for a segment
 * left out). A segment left out here keeps the confidence it had, one taken
 * from a link that link's doubt (1 minus its confidence).
 */
export function replacedPassages(
  path: readonly Step[],
  scores: readonly number[],
  evidence: readonly number[],
  known: readonly boolean[],
  copied: readonly boolean[],
  chars: readonly number[],
): { steps: Step[]; scores: number[] } {
  const doubt = doubtful(path, scores, evidence, known, copied, chars);
  const steps: Step[] = [];
  const out: number[] = [];
  for (let k = 0; k < path.length; ) {
    // The run from k: links not relied on, and segments left out.
    let end = k;
    let inDoubt = 0;
    while (end < path.length && (!pairs(path[end]!) || doubt[end] !== Doubt.None)) {
      if (doubt[end] === Doubt.Doubtful) inDoubt++;
      end++;
    }
    // A run of one side's segments with a few links among them is a passage left out that the search wove through
    // (src/align/weaves.ts), not one replaced: the other text stands in its place about as long.
    let sourceCount = 0;
    let targetCount = 0;
    for (let x = k; x < end; x++) {
      sourceCount += path[x]![1];
      targetCount += path[x]![3];
    }
    const balanced = Math.min(sourceCount, targetCount) >= MIN_SIDE_SHARE * Math.max(sourceCount, targetCount);
    if (inDoubt < MIN_DOUBTFUL || !balanced || surelyOneToOne(path, scores, k, end)) {
      // The run as it is, and the link relied on after it.
      for (const stop = Math.min(path.length, end + 1); k < stop; k++) {
        steps.push(path[k]!);
        out.push(scores[k]!);
      }
      continue;
    }
    // Each segment left out is as sure as the link it came from was in doubt; one left out already keeps its confidence.
    const [, , j0] = path[k]!;
    const [iEnd, aEnd] = path[end - 1]!;
    for (let s = k; s < end; s++) {
      const [i, a] = path[s]!;
      for (let x = i; x < i + a; x++) {
        steps.push([x, 1, j0, 0]);
        out.push(pairs(path[s]!) ? 1 - scores[s]! : scores[s]!);
      }
    }
    for (let s = k; s < end; s++) {
      const [, , j, b] = path[s]!;
      for (let y = j; y < j + b; y++) {
        steps.push([iEnd + aEnd, 0, y, 1]);
        out.push(pairs(path[s]!) ? 1 - scores[s]! : scores[s]!);
      }
    }
    k = end;
  }
  return { steps, scores: out };
}
