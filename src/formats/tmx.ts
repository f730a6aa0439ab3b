import type { Bitext } from "../types.js";
import { VERSION } from "../version.js";
import { keptLinks, roundScore, sideText } from "./text.js";
import type { WriteOptions } from "./types.js";

/** Characters XML 1.0 does not allow anywhere, lone surrogates included. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** TMX 1.4 date: YYYYMMDDThhmmssZ. */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * A TMX 1.4 translation memory, valid against the TMX 1.4 DTD: one <tu> per
 * link with text on both sides (a memory needs both; 1-0 and 0-1 links are
 * left out), the link's confidence as a property.
 */
export function writeTmx(bitext: Bitext, options: WriteOptions = {}): string {
  const srcLang = options.sourceLocale ?? bitext.source.lang;
  const tgtLang = options.targetLocale ?? bitext.target.lang;
  const date = tmxDate(options.date ?? new Date());
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tmx version="1.4">`,
    `  <header creationtool="sverka" creationtoolversion="${escapeXml(VERSION)}" datatype="plaintext" segtype="sentence" ` +
      `adminlang="en-US" srclang="${escapeXml(srcLang)}" o-tmf="sverka-bitext" creationdate="${date}">`,
  ];
  if (bitext.source.path) out.push(`    <prop type="x-sverka-source-document">${escapeXml(bitext.source.path)}</prop>`);
  if (bitext.target.path) out.push(`    <prop type="x-sverka-target-document">${escapeXml(bitext.target.path)}</prop>`);
  out.push(`  </header>`, `  <body>`);
  let n = 0;
  for (const link of keptLinks(bitext, options.minScore)) {
    if (link.source.length === 0 || link.target.length === 0) continue;
    const src = escapeXml(sideText(bitext.source.segments, link.source));
    const tgt = escapeXml(sideText(bitext.target.segments, link.target));
    if (src === "" || tgt === "") continue;
    n++;
    out.push(
      `    <tu tuid="${n}" creationdate="${date}">`,
      `      <prop type="x-sverka-score">${roundScore(link.score)}</prop>`,
      `      <prop type="x-sverka-link">${link.kind} s${link.source.join(",")} t${link.target.join(",")}</prop>`,
      `      <tuv xml:lang="${escapeXml(srcLang)}"><seg>${src}</seg></tuv>`,
      `      <tuv xml:lang="${escapeXml(tgtLang)}"><seg>${tgt}</seg></tuv>`,
      `    </tu>`,
    );
  }
  out.push(`  </body>`, `</tmx>`, ``);
  return out.join("\n");
}
