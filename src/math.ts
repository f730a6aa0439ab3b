/**
 * The builtins the search's inner loops call, read once. In a `vm` context
 * (jest runs every test file in one; so do some sandboxes) each read of a
 * global such as `Math` or `Infinity` goes through the context's interceptor
 * instead of being folded into the compiled code: under jest a 400-segment
 * pair took ten times as long to align as in a plain process. Read from here,
 * they cost the same in either (docs/scale.md).
 */
export const { abs, ceil, exp, floor, imul, log, log1p, max, min, round, sqrt, SQRT2 } = Math;
/**
 * Optimized code types an imported binding as anything, not as a number: a
 * loop variable that starts at INFINITY and later holds computed costs is
 * then kept as a tagged value, and every cost assigned to it is boxed on the
 * heap (a search row allocated 9 KB). A hot loop reads it as `+INFINITY`
 * into a local, which is typed a number (docs/scale.md).
 */
export const INFINITY = Number.POSITIVE_INFINITY;
