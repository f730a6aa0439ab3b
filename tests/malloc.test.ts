/**
 * When the command runs a long alignment again in a process with a fixed
 * malloc mmap threshold (src/io/malloc.ts; bin/sverka.js does the running,
 * tests/e2e.test.ts checks it end to end).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MMAP_THRESHOLD, RELAUNCH_BYTES, relaunchEnv, TRIM_THRESHOLD } from "../src/io/malloc.js";

describe("relaunchEnv", () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-malloc-"));
  const big = join(dir, "big.txt");
  const half = join(dir, "half.txt");
  const small = join(dir, "small.txt");
  writeFileSync(big, "а".repeat(RELAUNCH_BYTES / 2));
  writeFileSync(half, "x".repeat(RELAUNCH_BYTES / 2));
  writeFileSync(small, "x".repeat(1000));
  const env = { PATH: "/usr/bin" };

  test("a pair of RELAUNCH_BYTES or more on Linux runs again with the thresholds set, the rest of the environment kept", () => {
    expect(relaunchEnv(["align", big, small], env, "linux")).toEqual({
      PATH: "/usr/bin",
      MALLOC_MMAP_THRESHOLD_: MMAP_THRESHOLD,
      MALLOC_TRIM_THRESHOLD_: TRIM_THRESHOLD,
    });
    // A trim threshold the caller chose is kept.
    expect(relaunchEnv(["align", big, small], { ...env, MALLOC_TRIM_THRESHOLD_: "1048576" }, "linux")?.MALLOC_TRIM_THRESHOLD_).toBe(
      "1048576",
    );
    // Both files count: two halves make a long pair.
    expect(relaunchEnv(["align", half, big, "--segmented"], env, "linux")?.MALLOC_MMAP_THRESHOLD_).toBe(MMAP_THRESHOLD);
  });

  test("a short pair, another system, or a threshold already set runs here", () => {
    expect(relaunchEnv(["align", small, half], env, "linux")).toBeUndefined();
    expect(relaunchEnv(["align", big, small], env, "darwin")).toBeUndefined();
    expect(relaunchEnv(["align", big, small], { ...env, MALLOC_MMAP_THRESHOLD_: "65536" }, "linux")).toBeUndefined();
  });

  test("an output file, a folder or a missing path does not make a pair long", () => {
    expect(relaunchEnv(["align", small, small, "-o", big, "--save-lexicon", big], env, "linux")).toBeUndefined();
    expect(relaunchEnv(["align", small, dir, join(dir, "nope.txt")], env, "linux")).toBeUndefined();
  });
});
