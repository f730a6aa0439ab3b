// Escaping for the XML sverka writes (TMX, and the inline markup a memory read from XLIFF keeps): a module of its own,
// so that a stage writing or reading XML text loads no parser for it.

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
