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
  return [...text.replace(/%%/g, "").matchAll(CODE)].map((m) => (m[0].startsWith("{{") ? m[0].replace(/\s+/gu, "") : m[0]));
}

/** A text with its placeholders and tags (`messageCodes`) put out of it, a space for each: what its words are written in. */
export function withoutMessageCodes(text: string): string {
  return /[%{<]/u.test(text) ? text.replace(/%%/g, "").replace(CODE, " ") : text;
}
