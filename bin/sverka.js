#!/usr/bin/env node
// The sverka command: runs the CLI and sets the exit code (0 ok, 1 problems found, 2 bad input).
import { run } from "../dist/src/cli/index.js";

process.exitCode = await run(process.argv.slice(2));
