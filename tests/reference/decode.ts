/**
 * The mojibake test of src/read/decode.ts (`utf8Misread`) as it was before it
 * counted continuation characters first: every signature's pattern run over
 * the text (the signatures and the excerpt are decode.ts's own). tests/mojibake.test.ts
 * compares the two.
 */
import { excerpt, isSpace, mojibakeSignatures } from "../../src/read/decode.js";

export function referenceUtf8Misread(text: string): { as: string; sample: string } | undefined {
  let nonAscii = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f && !isSpace(text.charCodeAt(k))) nonAscii++;
  if (nonAscii < 6) return undefined;
  for (const { as, pair } of mojibakeSignatures()) {
    const found = text.match(pair) ?? [];
    const chars = found.reduce((sum, m) => sum + m.length, 0);
    if (found.length >= 3 && chars >= 0.5 * nonAscii) return { as, sample: excerpt(text.slice(text.search(pair))) };
  }
  return undefined;
}
