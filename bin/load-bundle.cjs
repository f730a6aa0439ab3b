// Loads the command's bundle (dist/cli/index.cjs) as require() would, handing V8 the code the build compiled
// for it (index.cjs.cache beside it, written by scripts/bundle-cli.js after aligning the bundled sample).
// Compiling the bundle's megabyte, then each function at its first call, was a seventh of a small job's
// instructions; the cache holds the bytecode of every function that sample ran.
//
// V8 checks the cache against its own version and flags and the source's length, and rejects one that does
// not fit (another Node, `node --cpu-prof`...): the bundle is then compiled as require() compiles it. A cache
// older than the bundle (a bundle rebuilt or edited since) is not offered at all.
"use strict";
const { readFileSync, statSync } = require("node:fs");
const Module = require("node:module");
const { dirname } = require("node:path");
const vm = require("node:vm");

/** The file the build writes the bundle's code cache to. */
function cacheFileOf(file) {
  return `${file}.cache`;
}

/** The cache for `file` if it is there and no older than the file, else undefined. */
function cacheFor(file) {
  try {
    const cache = cacheFileOf(file);
    return statSync(cache).mtimeMs >= statSync(file).mtimeMs ? readFileSync(cache) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the CommonJS file `file` (an absolute path) and returns its exports, and the script compiled
 * (`script.createCachedData()` gives the cache) and whether V8 took the cache offered (`cached`).
 */
function loadBundle(file) {
  const cachedData = cacheFor(file);
  const script = new vm.Script(Module.wrap(readFileSync(file, "utf8")), {
    filename: file,
    cachedData,
    // The bundle calls no import() (scripts/bundle-cli.js sees to it): a script's import() needs an experimental flag.
  });
  const requireFrom = Module.createRequire(file);
  const mod = new Module(file, module);
  mod.filename = file;
  // Where require() would keep it: a second require() of the file gets this module, not another copy.
  requireFrom.cache[file] = mod;
  try {
    script.runInThisContext().call(mod.exports, mod.exports, requireFrom, mod, file, dirname(file));
  } catch (error) {
    delete requireFrom.cache[file];
    throw error;
  }
  mod.loaded = true;
  return { exports: mod.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected };
}

module.exports = { loadBundle, cacheFileOf };
