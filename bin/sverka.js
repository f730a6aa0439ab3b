#!/usr/bin/env node
// The sverka command: runs the CLI and sets the exit code (0 ok, 1 problems found, 2 bad input).
// A reader closing the pipe early (`| head`) ends the output quietly; the exit code stays the run's own.
import { quietOnClosedPipe, run } from "../dist/src/cli/index.js";

quietOnClosedPipe(process.stdout, process.stderr);
process.exitCode = await run(process.argv.slice(2));
