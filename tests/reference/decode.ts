/**
 * The mojibake test of src/read/decode.ts (`utf8Misread`) as it was before it
 * counted continuation characters first: every signature's pattern run over
 * the text. tests/mojibake.test.ts compares the two.
 */
import { isSpace, UPPER_HALVES } from "../../src/read/decode.js";

const signatures = Object.keys(UPPER_HALVES).map((as) => {
  const chars = (from: number, to: number) =>
    `[${[...new Set([...UPPER_HALVES[as]!].slice(from - 0x80, to - 0x80 + 1))]
      .filter((c) => c !== "\ufffd" && c !== " " && c !== "\u00a0")
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
      .join("")}]`;
  const next = chars(0x80, 0xbf);
  return { as, pair: new RegExp(`${chars(0xc2, 0xdf)}${next}|${chars(0xe0, 0xef)}${next}${next}`, "g") };
});

function excerpt(text: string): string {
  const at = text.search(/[^\p{ASCII}]/u);
  return text
    .slice(Math.max(0, at), Math.max(0, at) + 12)
    .replace(/\s+/g, " ")
    .trim();
}

export function referenceUtf8Misread(text: string): { as: string; sample: string } | undefined {
  let nonAscii = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f && !isSpace(text.charCodeAt(k))) nonAscii++;
  if (nonAscii < 6) return undefined;
  for (const { as, pair } of signatures) {
    const found = text.match(pair) ?? [];
    const chars = found.reduce((sum, m) => sum + m.length, 0);
    if (found.length >= 3 && chars >= 0.5 * nonAscii) return { as, sample: excerpt(text.slice(text.search(pair))) };
  }
  return undefined;
}
