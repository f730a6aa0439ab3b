/**
 * The JSON report of `check` (docs/check-format.md) in pieces, a problem at a
 * time, as `renderCheckJson` writes it whole. A long translation that went
 * badly wrong has tens of thousands of problems, each quoting its sentences
 * (a passage left out quotes the passage): the report made whole, with the
 * objects it was made from, was the largest thing a check of such a pair held.
 */
import { type CheckRun, checkData, isSingle, problemJson } from "../review/report.js";
import { listChunks } from "./json.js";

/** The problems' list where the frame has it: `"problems": []`, found by its key (a quote inside a string of the frame is escaped). */
const PROBLEMS = '"problems": []';

export function* checkJsonChunks(run: CheckRun): Generator<string, void, undefined> {
  const frame = JSON.stringify(
    checkData(run, () => []),
    null,
    2,
  );
  // One pair's problems are a key of the document; a folder's, of each pair in the document's list.
  const indent = isSingle(run) ? "  " : "      ";
  let at = 0;
  for (const report of run.reports) {
    const empty = frame.indexOf(PROBLEMS, at) + PROBLEMS.length - 2;
    yield frame.slice(at, empty);
    yield* listChunks(
      report.problems,
      () => undefined,
      (p) => problemJson(p as (typeof report.problems)[number], report.bitext),
      indent,
      () => {},
    );
    at = empty + 2;
  }
  yield `${frame.slice(at)}\n`;
}
