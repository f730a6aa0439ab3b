/**
 * A gettext PO catalogue as units to check: msgid with msgstr (msgid_plural
 * with each further plural form), read by gettext-parser, which refuses a
 * malformed catalogue with the line. A PO has no inline elements: its codes
 * are the placeholders and markup tags a translation must keep (`%s`,
 * `%(name)s`, `{0}`, `<b>`).
 */
import gettextParser from "gettext-parser";
import { SverkaError } from "../errors.js";
import { messageCodes } from "./codes.js";
import type { MemoryUnit, MemoryUnits } from "./tm.js";

/**
 * The units of a PO file. The target language is the header's Language
 * (pt_BR read as pt-BR) unless one is given; the source, gettext's
 * convention, English unless one is given. A file with no target language,
 * or that gettext-parser cannot read, is refused with the line.
 */
export function readPo(text: string, path: string, langs: { source?: string; target?: string } = {}): MemoryUnits {
  let data: ReturnType<typeof gettextParser.po.parse>;
  try {
    data = gettextParser.po.parse(text, { validation: true });
  } catch (error) {
    const message = (error as Error).message.replace(/^Error parsing PO data: /, "");
    const line = errorLine(text, message);
    throw new SverkaError(`${line ? `line ${line}: ` : ""}not a well-formed PO file (${message.replace(/ at line \d+/, "")})`, {
      path,
      cause: error,
    });
  }
  const targetLang = langs.target ?? data.headers?.Language?.trim().replace(/_/g, "-").replace(/@.*/, "");
  if (!targetLang) throw new SverkaError("line 1: the PO header names no Language: give it with --target-lang", { path });
  const sourceLang = langs.source ?? data.headers?.["X-Source-Language"]?.trim() ?? "en";
  const units: MemoryUnit[] = [];
  for (const [context, entries] of Object.entries(data.translations)) {
    for (const entry of Object.values(entries)) {
      if (entry.msgid === "" || entry.obsolete) continue;
      const id = context ? `${context}: ${entry.msgid}` : entry.msgid;
      const forms = entry.msgid_plural !== undefined ? entry.msgstr : [entry.msgstr[0] ?? ""];
      forms.forEach((target, k) => {
        const source = k === 0 ? entry.msgid : (entry.msgid_plural ?? entry.msgid);
        // The singular form of a plural message may leave out the number ("one file" for "%d file"), as msgfmt allows.
        const compared = !(entry.msgid_plural !== undefined && k === 0);
        units.push({
          source: source.replace(/\s+/g, " ").trim(),
          target: target.replace(/\s+/g, " ").trim(),
          id: forms.length > 1 ? `${id} [${k}]` : id,
          ...(compared ? { sourceCodes: messageCodes(source), targetCodes: messageCodes(target) } : {}),
        });
      });
    }
  }
  if (units.length === 0) throw new SverkaError("the PO file has no messages", { path });
  return { sourceLang, targetLang, units };
}

/**
 * The line gettext-parser names, corrected: it counts the line break after a
 * bad key as read, so a key that ends its line is reported one line late.
 */
function errorLine(text: string, message: string): number | undefined {
  const at = /at line (\d+)/.exec(message);
  if (!at) return undefined;
  const line = Number(at[1]);
  const key = /key name "([^"]*)"/.exec(message)?.[1];
  const lines = text.split(/\r?\n/);
  const has = (n: number) => key !== undefined && lines[n - 1] !== undefined && lines[n - 1]!.includes(key);
  return line > 1 && !has(line) && has(line - 1) ? line - 1 : line;
}
