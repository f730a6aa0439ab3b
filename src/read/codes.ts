/**
 * Codes written as text that a translation must keep as they are: the
 * placeholders of software strings and markup tags escaped into a segment
 * (a PO message, or a TMX or XLIFF segment made from one).
 */

/**
 * printf conversions (`%s`, `%1$d`, `%.2f`; no space flag, so "50% done" is
 * text), Python's `%(name)s`, brace placeholders (`{0}`, `{name}`, `{{user}}`) and tags:
 * a name alone (`<b>`, `</b>`, `<br/>`) or with attributes that have values
 * (`<a href="x">`). Words in angle brackets are text, in any script
 * (`<excluding VAT>`, `<без ДДС>`): a bare attribute (`<input disabled>`) is
 * not told from them, and a translation keeps it as any word. A Windows variable (`%APPDATA%`,
 * `%ProgramFiles(x86)%`) is one code, not the conversion `%A` and text.
 */
const CODE =
  /%[A-Za-z_][A-Za-z0-9_()]{2,}%|%(?:\(\w+\)|\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn@]|\{\{\s*[\p{L}\p{N}_.:-]+\s*\}\}|\{\s*[\p{L}\p{N}_.:-]+\s*\}|\{\}|<\/?[A-Za-z][\w:.-]*(?:\s+[^<>=]*=[^<>]*)?\s*\/?>/gu;

/**
 * The placeholders and tags of a message, in order (`%%` is a percent sign, not a code). A brace placeholder is read
 * with its braces as written, double or single (Handlebars' and i18next's `{{user}}` is no `{user}`). A double brace's
 * inner spaces are a template's style (`{{ user }}` is `{{user}}`; stranger 107); a single brace's are part of the name
 * that Python's `format`, .NET's `String.Format` and ICU look up (`{ count }` is no `{count}`; stranger 271).
 */
export function messageCodes(text: string): string[] {
  const plain = text.replace(/%%/g, "");
  const codes = [...plain.matchAll(CODE)].map((m) => ({ at: m.index, code: m[0].startsWith("{{") ? m[0].replace(/\s+/gu, "") : m[0] }));
  // An ICU message's argument and its kind ("{count, plural,"), and its selectors ("one {", "=0 {"), which a translation
  // keeps as they are: "{брой, plural, един {...}}" breaks the message (stranger 364).
  if (ICU_HEAD.test(plain)) {
    // A branch's text in braces after its selector ("male {He}") is the message's words, translated, no placeholder.
    const branches = new Set<number>();
    for (const m of plain.matchAll(ICU_SELECTORS)) {
      codes.push({ at: m.index, code: `${m[1]}{` });
      branches.add(m.index + m[0].length - 1);
    }
    for (const m of plain.matchAll(ICU_HEADS)) codes.push({ at: m.index, code: `{${m[1]},${m[2]!.toLowerCase()}` });
    return codes
      .filter((c) => !branches.has(c.at))
      .sort((x, y) => x.at - y.at)
      .map((c) => c.code);
  }
  return codes.map((c) => c.code);
}

/** An ICU MessageFormat argument with its kind: "{count, plural,", "{gender, select,". */
const ICU_HEAD = /\{\s*[\p{L}\p{N}_]+\s*,\s*(?:plural|select|selectordinal)\s*,/iu;
const ICU_HEADS = /\{\s*([\p{L}\p{N}_]+)\s*,\s*(plural|select|selectordinal)\s*,/giu;
/** A selector of a plural or a select: a plural category or an exact value, or a select's keyword, before its brace. */
const ICU_SELECTORS = /(?<=[,}]\s*)(zero|one|two|few|many|other|=\d+|[\p{L}_][\p{L}\p{N}_]*)\s*\{/gu;

/** A text with its placeholders and tags (`messageCodes`) put out of it, a space for each: what its words are written in. */
export function withoutMessageCodes(text: string): string {
  return /[%{<]/u.test(text) ? text.replace(/%%/g, "").replace(CODE, " ") : text;
}
