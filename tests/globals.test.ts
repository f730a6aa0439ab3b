/**
 * The search's inner loops read no global: in a `vm` context (jest's, for one)
 * each read of `Math` or `Infinity` goes through the context's interceptor and
 * is not folded into compiled code, and those loops ran ten times slower.
 * They take the builtins from src/math.ts instead.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./helpers.js";

const HOT = ["src/align/index.ts", "src/align/guide.ts", "src/score/evidence.ts", "src/score/index.ts", "src/score/length.ts"];

/** The file's code without its comments and string literals (a comment may name Math.max). */
function code(path: string): string {
  return readFileSync(join(ROOT, path), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');
}

describe("the search's modules read their builtins from src/math.ts", () => {
  test.each(HOT)("%s reads neither Math nor Infinity as a global", (path) => {
    const text = code(path);
    expect(text.match(/\bMath\.\w+/g) ?? []).toEqual([]);
    expect(text.match(/(?<![\w.])Infinity\b/g) ?? []).toEqual([]);
  });
});
