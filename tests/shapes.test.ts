/**
 * Objects made by the thousand share one hidden class. In Node 20, V8 gives
 * every object made by spreading another and adding a field it lacks
 * (`{ ...token, skeleton }`) a hidden class of its own: a long document's
 * tokens and links then cost some 250 bytes more each, and every function
 * reading them goes megamorphic (docs/scale.md). Asked of V8 itself
 * (`%HaveSameMap`, in a child process started with --allow-natives-syntax).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./helpers.js";

/** Runs `body` as an ES module in a node that answers %HaveSameMap; what it prints to stdout, as JSON. */
function inV8(body: string): unknown {
  const src = (path: string) => JSON.stringify(pathToFileURL(join(ROOT, "dist/src", path)).href);
  const script = body.replace(/SRC\(([^)]+)\)/g, (_, p: string) => src(p.trim().replace(/^["']|["']$/g, "")));
  const run = spawnSync(process.execPath, ["--allow-natives-syntax", "--input-type=module", "-e", script], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

/** Script text: how many of `list`'s objects have another hidden class than the first. */
const OTHERS = `const others = (list) => list.filter((x) => !%HaveSameMap(list[0], x)).length;`;

describe("one hidden class for the objects a long document makes by the thousand", () => {
  test("the tokens the aligner and the review read (matchable, the review's own number tokens)", () => {
    const result = inV8(`
      import { tokenize, matchable } from SRC(score/index.js);
      import { getLanguage } from SRC(lang/index.js);
      import { numberToken } from SRC(review/tokens.js);
      ${OTHERS}
      const bg = getLanguage("bg");
      const words = [];
      for (let k = 0; k < 400; k++) for (const t of tokenize("Договорът е подписан в София на " + k + " май от страните.", bg)) if (t.kind === "word") words.push(matchable(t, bg));
      const numbers = [];
      for (let k = 0; k < 400; k++) numbers.push(numberToken(String(k), String(k), "written-out:", false, ""));
      console.log(JSON.stringify({ words: words.length, wordOthers: others(words), numberOthers: others(numbers) }));
    `);
    expect(result).toEqual({ words: 3600, wordOthers: 0, numberOthers: 0 });
  });

  test("the links of a reviewed bitext", () => {
    const result = inV8(`
      import { align } from SRC(index.js);
      ${OTHERS}
      const bg = [], en = [];
      for (let k = 1; k <= 300; k++) {
        bg.push("Точка " + k + ": Наемателят плаща " + (k * 10) + " лева до " + (k % 28 + 1) + " число на месеца.");
        en.push("Item " + k + ": The tenant pays BGN " + (k * 10) + " by day " + (k % 28 + 1) + " of the month.");
      }
      const bitext = align(bg.join("\\n"), en.join("\\n"), { segmented: true });
      console.log(JSON.stringify({ links: bitext.links.length, others: others(bitext.links) }));
    `);
    expect(result).toEqual({ links: 300, others: 0 });
  });
});
