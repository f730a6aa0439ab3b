#!/usr/bin/env node
// The sverka command: runs the CLI and sets the exit code (0 ok, 1 problems found, 2 bad input).
// A reader closing the pipe early (`| head`) ends the output quietly; the exit code stays the run's own.
import { existsSync } from "node:fs";
import module from "node:module";
import { fileURLToPath } from "node:url";

// Node 22.1+ keeps compiled code between runs (start-up is most of a small job); older Nodes lack it.
module.enableCompileCache?.();
// No V8 flags are set here: changing one once the engine runs (v8.setFlagsFromString("--no-regexp-tier-up")
// was tried for start-up) crashed about one run in twenty with a segmentation fault.

const argv = process.argv.slice(2);

/**
 * Runs the command again in a process with environment `env` (a long alignment on Linux: src/io/malloc.ts says
 * why). Its output and exit code are this one's; a signal to this one goes on to it, and the signal that ended it
 * ends this one.
 */
async function relaunch(env) {
  const { spawn } = await import("node:child_process");
  // --expose-gc: the run collects its own garbage between the steps of the long pair (src/io/gc.ts).
  const flags = process.execArgv.includes("--expose-gc") ? process.execArgv : [...process.execArgv, "--expose-gc"];
  const child = spawn(process.execPath, [...flags, fileURLToPath(import.meta.url), ...argv], { stdio: "inherit", env });
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  const [code, signal] = await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (c, s) => resolve([c, s]));
  });
  for (const s of signals) process.off(s, forward);
  if (signal) process.kill(process.pid, signal);
  return code ?? 1;
}

try {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    // Asked in scripts and by package managers: answered without loading the CLI.
    const { VERSION } = await import("../dist/src/version.js");
    process.stdout.write(`${VERSION}\n`);
  } else {
    // The build bundles the command's modules into one CommonJS file (scripts/bundle-cli.js says why): it loads in
    // half the time of the hundred modules it is made of, and the code V8 compiled for it comes with it
    // (bin/load-bundle.cjs). A checkout built by tsc alone runs them from dist/src/.
    const bundled = existsSync(new URL("../dist/cli/index.cjs", import.meta.url));
    const load = bundled ? module.createRequire(import.meta.url) : (id) => import(id);
    // A long alignment (`align`, or `check` of two documents) on Linux runs in a process started with fixed malloc
    // thresholds: less memory, less time in the kernel. Asked of a module of its own, before the CLI loads: the
    // process that only launches another never loads it.
    const aligns = argv[0] === "align" || argv[0] === "check";
    const env = aligns
      ? (await load(bundled ? "../dist/cli/malloc.cjs" : "../dist/src/io/malloc.js")).relaunchEnv(argv, process.env)
      : undefined;
    if (env) process.exitCode = await relaunch(env);
    else {
      const { quietOnClosedPipe, run } = bundled
        ? load("./load-bundle.cjs").loadBundle(fileURLToPath(new URL("../dist/cli/index.cjs", import.meta.url))).exports
        : await load("../dist/src/cli/index.js");
      quietOnClosedPipe(process.stdout, process.stderr);
      process.exitCode = await run(argv);
    }
  }
} catch (error) {
  // A checkout that was never built has no dist/: say what to do rather than print a stack.
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !/[\\/]dist[\\/]src[\\/]/.test(String(error.message))) throw error;
  process.stderr.write("sverka: not built yet (no dist/): run `npm run build` in the checkout first\n");
  process.exitCode = 2;
}
