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
  const lines = msgidLines(text);
  for (const [context, entries] of Object.entries(data.translations)) {
    for (const entry of Object.values(entries)) {
      if (entry.msgid === "" || entry.obsolete) continue;
      const id = context ? `${context}: ${entry.msgid}` : entry.msgid;
      const line = lines.get(`${context}\u0004${entry.msgid}`);
      const forms = entry.msgid_plural !== undefined ? entry.msgstr : [entry.msgstr[0] ?? ""];
      const fuzzy = (entry.comments?.flag ?? "").split(/[\s,]+/u).includes("fuzzy");
      forms.forEach((target, k) => {
        const source = k === 0 ? entry.msgid : (entry.msgid_plural ?? entry.msgid);
        // The singular form of a plural message may leave out the number ("one file" for "%d file"), as msgfmt allows.
        const compared = !(entry.msgid_plural !== undefined && k === 0);
        units.push({
          source: source.replace(/\s+/g, " ").trim(),
          target: target.replace(/\s+/g, " ").trim(),
          id: forms.length > 1 ? `${id} [${k}]` : id,
          // Not compared: no codes on either side, so none is read from the text either (stranger 282: "%d" "lacked").
          ...(compared ? { sourceCodes: messageCodes(source), targetCodes: messageCodes(target) } : { sourceCodes: [], targetCodes: [] }),
          ...(line !== undefined ? { line } : {}),
          ...(fuzzy ? { fuzzy: true } : {}),
        });
      });
    }
  }
  if (units.length === 0) throw new SverkaError("the PO file has no messages", { path });
  // In the file's order: gettext-parser groups messages by context, those with none first.
  const ordered = units.map((u, n) => [u, n] as const).sort(([a, m], [b, n]) => (a.line ?? 0) - (b.line ?? 0) || m - n);
  return { sourceLang, targetLang, units: ordered.map(([u]) => u) };
}

/** What a PO string's escapes stand for. */
const ESCAPES: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\", a: "\x07", b: "\b", f: "\f", v: "\v" };

/** A quoted PO string's text: its escapes read. */
function unquoted(quoted: string): string {
  return quoted.replace(/\\(.)/gu, (all, c: string) => ESCAPES[c] ?? all.slice(1));
}

/**
 * The line each message's msgid stands on, by its context and msgid (joined by U+0004, as gettext keys them): what a
 * report names a PO unit by. A string goes on over the lines of quoted text after its keyword; obsolete messages
 * (`#~`) are no messages.
 */
function msgidLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const lines = text.split(/\r?\n/u);
  let context = "";
  let reading: "msgctxt" | "msgid" | undefined;
  let value = "";
  let at = 0;
  const finish = () => {
    if (reading === "msgid") {
      const key = `${context}\u0004${value}`;
      if (!out.has(key)) out.set(key, at);
      context = "";
    } else if (reading === "msgctxt") context = value;
    reading = undefined;
  };
  lines.forEach((line, n) => {
    const keyword = /^\s*(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(.*)"\s*$/u.exec(line);
    const more = /^\s*"(.*)"\s*$/u.exec(line);
    if (keyword) {
      finish();
      if (keyword[1] === "msgctxt" || keyword[1] === "msgid") {
        reading = keyword[1];
        value = unquoted(keyword[2]!);
        at = n + 1;
      }
    } else if (more && reading) value += unquoted(more[1]!);
    else if (line.trim() === "" || line.startsWith("#")) {
      finish();
      if (line.trim() === "") context = "";
    }
  });
  finish();
  return out;
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
