/**
 * How the command starts a long run on Linux (`align`, `check` of two
 * documents): again, in a process whose C allocator keeps large blocks out of
 * its arenas. glibc's malloc serves a block of 128 KB or more with an mmap of
 * its own, returned to the system when freed; but freeing such a block raises
 * that threshold to the block's size (up to 32 MB). After the first piece of
 * a long pair, the aligner's typed arrays come from the threads' arenas
 * instead and stay resident once freed, beside the review's heaps. A fixed
 * threshold (`MALLOC_MMAP_THRESHOLD_`, read by glibc when the process starts,
 * so the process has to be started with it) keeps them mmap'd: at 100,000
 * segments a side on two threads, 100 to 140 MB less at the peak (docs/scale.md).
 *
 * Fixing that threshold also stops glibc raising its trim threshold with it:
 * free() then gives an arena's top back to the system from 128 KB, and the
 * arenas were trimmed and faulted in again all run long (TurboFan's compile
 * zones, the collector's work lists): 800,000 page faults and 10 of 60
 * CPU-seconds in the kernel at 100,000 segments a side. `MALLOC_TRIM_THRESHOLD_`
 * keeps 16 MB at an arena's top: a quarter fewer faults, 3 to 4 CPU-seconds
 * less in the kernel, the same peak. What is left of the setting's cost
 * against glibc's own thresholds, on the 100k contract pair: about 1.3
 * CPU-seconds and 0.8 s, for 45 to 90 MB less at the peak.
 */
import { statSync } from "node:fs";

/**
 * Bytes of the files a command names from which it is run again: about
 * 20,000 segments a side, where a pair is aligned in pieces and the arenas
 * fill. At 10,000 a side the child saved 15 MB for the launch's 0.1 s.
 */
export const RELAUNCH_BYTES = 4_000_000;
/** glibc's own initial threshold, kept fixed. */
export const MMAP_THRESHOLD = "131072";
/** Free memory an arena keeps at its top before free() gives it back (glibc's own, with the threshold above fixed: 128 KB). */
export const TRIM_THRESHOLD = "16777216";

/** Options whose value is a file written, not read: an old output does not make a run long. */
const OUTPUT_OPTIONS = new Set(["-o", "--output", "--save-lexicon", "--report"]);

/**
 * The environment to run the command again in, or undefined to run it here:
 * on Linux, when the files it names add up to `RELAUNCH_BYTES` or more, and
 * the caller did not set the threshold (or say otherwise) already.
 */
export function relaunchEnv(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  platform: string = process.platform,
): NodeJS.ProcessEnv | undefined {
  if (platform !== "linux" || env.MALLOC_MMAP_THRESHOLD_ !== undefined) return undefined;
  let bytes = 0;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (OUTPUT_OPTIONS.has(arg)) {
      k++;
      continue;
    }
    if (arg.startsWith("-")) continue;
    bytes += fileBytes(arg);
  }
  return bytes >= RELAUNCH_BYTES
    ? { ...env, MALLOC_MMAP_THRESHOLD_: MMAP_THRESHOLD, MALLOC_TRIM_THRESHOLD_: env.MALLOC_TRIM_THRESHOLD_ ?? TRIM_THRESHOLD }
    : undefined;
}

function fileBytes(path: string): number {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats.size : 0;
  } catch {
    return 0;
  }
}
