// The library's `evaluation` namespace: scoring (index.ts) and reading an
// alignment to score in any of the formats `sverka eval` reads (read.ts).
export * from "./index.js";
export { type AlignmentFormat, detectAlignmentFormat, parseLadder, readAlignment } from "./read.js";
