import type * as fastXmlParser from "fast-xml-parser";
import { SverkaError } from "../errors.js";
import { lazy } from "../lazy.js";

const xmlParser = lazy<typeof fastXmlParser>("fast-xml-parser");

const LISTS = new Set(["termEntry", "conceptEntry", "langSet", "langSec", "tig", "ntig", "termSec", "termGrp", "term"]);

/**
 * Term pairs from a TBX termbase (TBX 2 `termEntry/langSet/tig|ntig/term` and
 * TBX 3 `conceptEntry/langSec/termSec/term`): every source term of a concept
 * with every target term of it. Languages match by primary subtag (bg = bg-BG).
 */
export function readTbx(text: string, sourceLang: string, targetLang: string, path = "<tbx>"): Array<[source: string, target: string]> {
  // The validator says where the file breaks (line and column), so the user can find it.
  const valid = xmlParser().XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    // Elements never closed are reported as a list at the end of the file.
    const open = /^Invalid '\[(.*)\]' found/su.exec(msg);
    const what = open ? `elements left open: ${open[1]!.replace(/[\s"]/gu, "")}` : msg;
    throw new SverkaError(`not well-formed TBX at line ${line}, column ${col} (${what})`, { path });
  }
  let doc: unknown;
  try {
    doc = new (xmlParser().XMLParser)({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => LISTS.has(name) }).parse(
      text,
      true,
    );
  } catch (error) {
    throw new SverkaError(`not well-formed TBX (${(error as Error).message.split("\n")[0]})`, { path, cause: error });
  }
  const primary = (tag: unknown) =>
    String(tag ?? "")
      .split(/[-_]/)[0]!
      .toLowerCase();
  const want = [primary(sourceLang), primary(targetLang)];
  const pairs: Array<[string, string]> = [];
  let concepts = 0;
  const seen = new Set<string>();
  for (const concept of findAll(doc, (key) => key === "termEntry" || key === "conceptEntry")) {
    concepts++;
    const terms = new Map<string, string[]>();
    for (const lang of [...asList(concept.langSet), ...asList(concept.langSec)]) {
      const code = primary(lang["@xml:lang"] ?? lang["@lang"]);
      const found = findAll(lang, (key) => key === "term")
        .flatMap((t) => asList(t))
        .map(textOf)
        .filter((x) => x !== "");
      terms.set(code, [...(terms.get(code) ?? []), ...found]);
      if (found.length) seen.add(code);
    }
    for (const s of terms.get(want[0]!) ?? []) for (const t of terms.get(want[1]!) ?? []) pairs.push([s, t]);
  }
  if (concepts === 0) throw new SverkaError("no term entries found (expected TBX termEntry or conceptEntry elements)", { path });
  // A termbase of other languages would silently check nothing.
  if (pairs.length === 0)
    throw new SverkaError(
      `no term has forms in both ${want[0]} and ${want[1]} (the termbase has terms in ${[...seen].sort().join(", ") || "no language"}): check -s and -t`,
      { path },
    );
  return pairs;
}

/** fast-xml-parser returns untyped trees: each field is checked where it is read. */
// biome-ignore lint/suspicious/noExplicitAny: a parsed XML element, any shape until checked
type Node = Record<string, any>;

function asList(x: unknown): Node[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x as Node];
}

/** Objects stored under keys the test accepts, anywhere below `root`. */
function findAll(root: unknown, test: (key: string) => boolean): Node[] {
  const out: Node[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node as Node)) {
      if (key.startsWith("@")) continue;
      if (test(key)) out.push(...asList(value));
      else for (const v of asList(value)) walk(v);
    }
  };
  walk(root);
  return out;
}

/** The text of a term, markup inside it dropped. */
function textOf(x: unknown): string {
  if (typeof x === "string" || typeof x === "number") return String(x).trim();
  if (x && typeof x === "object")
    return Object.entries(x)
      .filter(([k]) => !k.startsWith("@"))
      .map(([, v]) => asList(v).map(textOf).join(" "))
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
  return "";
}
