/**
 * Pre-split text read into segments as it was before the line scanner
 * (src/segment/index.ts `linesOf`; issue 14): a pattern per line, each line
 * copied, trimmed by `\s`. tests/segment.test.ts compares the two.
 */
export function referenceLines(text: string): Array<{ start: number; end: number; paragraph: number }> {
  const out: Array<{ start: number; end: number; paragraph: number }> = [];
  let paragraph = 0;
  let blank = false;
  const re = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  for (let m = re.exec(text); m && m[0] !== ""; m = re.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, "");
    if (line.trim() === "") {
      blank = out.length > 0;
      continue;
    }
    if (blank) paragraph++;
    blank = false;
    let start = m.index;
    let end = m.index + line.length;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, paragraph });
  }
  return out;
}
