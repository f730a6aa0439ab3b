/**
 * XLIFF 1.2 (and 1.1, as translate-toolkit writes it) and XLIFF 2.x as units
 * to check: one per <trans-unit> (per segment of <seg-source> when it is
 * segmented) or per <segment>, with the inline codes of each side.
 */

import { SverkaError } from "../errors.js";
import { escapeXml } from "../escape.js";
import { messageCodes } from "./codes.js";
import { foldSpacesKeepingTabs } from "./space.js";
import type { MemoryUnit, MemoryUnits } from "./tm.js";
import { child, elements, inlineCodes, parseXml, textContent, type XmlElement } from "./xml.js";

/** XLIFF 1.2 inline elements and the attribute that names each (their content, but for <g>'s and <mrk>'s, is native code). */
const CODES_1 = { g: ["id"], x: ["id"], bx: ["id"], ex: ["id"], bpt: ["id"], ept: ["id"], ph: ["id"], it: ["id", "pos"] } as const;
/** XLIFF 2 inline elements: <pc> holds text, the others are empty; <mrk>/<sm>/<em> are annotations, not codes. */
const CODES_2 = { pc: ["id"], ph: ["id"], sc: ["id"], ec: ["startRef", "id"] } as const;
const NATIVE_1 = new Set(["bpt", "ept", "ph", "it"]);

/**
 * The units of an XLIFF file: source and target text (inline codes' native
 * content left out) and codes. The languages are the file's (source-language,
 * target-language; srcLang, trgLang in 2.x), else those given; a file that
 * names none, not well-formed XML, or a unit without a source is refused
 * with the line.
 */
export function readXliff(text: string, path: string, langs: { source?: string; target?: string } = {}): MemoryUnits {
  const root = parseXml(text, path, "XLIFF");
  if (root.name !== "xliff") throw new SverkaError(`line ${root.line}: not an XLIFF file (the root element is <${root.name}>)`, { path });
  const version = root.attrs.version ?? "";
  const two = version.startsWith("2");
  const files = elements(root, "file");
  if (files.length === 0) throw new SverkaError(`line ${root.line}: the XLIFF has no <file>`, { path });
  const first = files[0]!;
  const sourceLang = langs.source ?? (two ? root.attrs.srcLang : first.attrs["source-language"]);
  const targetLang = langs.target ?? (two ? root.attrs.trgLang : first.attrs["target-language"]);
  if (!sourceLang || !targetLang) {
    const where = two ? root : first;
    const missing = !sourceLang ? (two ? "srcLang" : "source-language") : two ? "trgLang" : "target-language";
    throw new SverkaError(
      `line ${where.line}: the XLIFF names no ${missing}: give it with ${sourceLang ? "--target-lang" : "--source-lang"}`,
      { path },
    );
  }
  const units = files.flatMap((f) => (two ? units2(f, path) : units1(f, path)));
  if (units.length === 0) throw new SverkaError("the XLIFF has no translation units", { path });
  return { sourceLang, targetLang, units };
}

/** Every descendant of that name, groups and all, in document order. */
function descendants(el: XmlElement, name: string): XmlElement[] {
  return elements(el).flatMap((c) => (c.name === name ? [c] : descendants(c, name)));
}

function units1(file: XmlElement, path: string): MemoryUnit[] {
  return descendants(file, "trans-unit").flatMap((tu): MemoryUnit[] => {
    if (tu.attrs.translate === "no" || tu.attrs.restype === "x-gettext-domain-header") return [];
    const source = child(tu, "source");
    if (!source) throw new SverkaError(`line ${tu.line}: a <trans-unit> with no <source>`, { path });
    const target = child(tu, "target");
    const id = tu.attrs.id ?? `line ${tu.line}`;
    const segSource = child(tu, "seg-source");
    const marks = (el: XmlElement | undefined) =>
      new Map((el ? descendants(el, "mrk") : []).filter((m) => m.attrs.mtype === "seg").map((m) => [m.attrs.mid, m]));
    const sourceSegs = marks(segSource);
    // Each unit with the line its <trans-unit> starts on: what a report names it by, as a TMX's <tu> (stranger 162).
    if (sourceSegs.size > 0) {
      const targetSegs = marks(target);
      return [...sourceSegs].map(([mid, s]) => ({
        ...side1(s, targetSegs.get(mid), `${id}/${mid}`),
        ...draftOf(target?.attrs.state),
        line: s.line,
      }));
    }
    return [{ ...side1(source, target, id), ...draftOf(target?.attrs.state), line: tu.line }];
  });
}

/**
 * XLIFF states of a translation no one confirmed: 1.2's "new" and "needs-..." (a CAT tool's draft, a machine
 * translation left for review), 2.x's "initial" (stranger 243: such units went into the memory as any other).
 */
const DRAFT_STATES = new Set([
  "new",
  "needs-translation",
  "needs-adaptation",
  "needs-l10n",
  "needs-review-translation",
  "needs-review-adaptation",
  "needs-review-l10n",
  "initial",
]);

function draftOf(state: string | undefined): { draft?: string } {
  return state !== undefined && DRAFT_STATES.has(state) ? { draft: state } : {};
}

function side1(source: XmlElement, target: XmlElement | undefined, id: string): MemoryUnit {
  // No-break spaces and a row's tabs kept, as a TMX's are (stranger 243): ordinary white space folded.
  const text = (el: XmlElement | undefined) => (el ? foldSpacesKeepingTabs(textContent(el, NATIVE_1)).trim() : "");
  // A placeholder a <ph> holds is counted once, as the <ph>.
  const codes = (el: XmlElement | undefined) =>
    el ? [...inlineCodes(el, CODES_1), ...messageCodes(textContent(el, NATIVE_1, false))] : [];
  const pairs = new Map<string, number>();
  return {
    source: text(source),
    target: text(target),
    id,
    sourceCodes: codes(source),
    targetCodes: codes(target),
    ...inlineOf("source", source, pairs),
    ...(target ? inlineOf("target", target, pairs) : {}),
  };
}

/**
 * A side as TMX inline markup, where it has inline elements (see `tmxInline`); `pairs` numbers the paired codes
 * of a unit once for both sides, so that a code of the source and the translation's same code share their `i`.
 */
function inlineOf(side: "source" | "target", el: XmlElement, pairs: Map<string, number>): { sourceInline?: string; targetInline?: string } {
  if (!el.children.some((c) => "children" in c)) return {};
  return { [`${side}Inline`]: foldSpacesKeepingTabs(tmxInline(el, pairs)).trim() };
}

/**
 * An XLIFF segment's content as TMX 1.4 inline markup, so that a memory exported from it keeps its codes: XLIFF 1.2's
 * `<ph>`, `<bpt>`, `<ept>`, `<it>` are TMX's own (their native code kept, `id` as `x` or `i`); a `<g>` holding text is
 * a `<bpt>` and an `<ept>` around it, `<x/>` a `<ph>`, `<bx/>` and `<ex/>` `<it>`s, each with the XLIFF tag as its
 * native code; XLIFF 2's `<pc>`, `<ph/>`, `<sc/>`, `<ec/>` likewise; `<mrk>` and the like are their text, `<cp>` its
 * character.
 */
export function tmxInline(el: XmlElement, pairs: Map<string, number>): string {
  const paired = (key: string) => {
    let i = pairs.get(key);
    if (i === undefined) {
      i = pairs.size + 1;
      pairs.set(key, i);
    }
    return i;
  };
  const tag = (c: XmlElement, close = false) =>
    escapeXml(
      close
        ? `</${c.name}>`
        : `<${c.name}${Object.entries(c.attrs)
            .map(([k, v]) => ` ${k}="${v}"`)
            .join("")}${c.children.length || c.name === "g" || c.name === "pc" ? "" : "/"}>`,
    );
  const x = (c: XmlElement) => (c.attrs.id !== undefined ? ` x="${escapeXml(c.attrs.id)}"` : "");
  return el.children
    .map((c): string => {
      if (!("children" in c)) return escapeXml(c.text);
      const native = () => escapeXml(textContent(c));
      const id = c.attrs.id ?? c.attrs.startRef ?? "";
      switch (c.name) {
        case "ph":
          return `<ph${x(c)}>${c.children.length ? native() : tag(c)}</ph>`;
        case "x":
          return `<ph${x(c)}>${tag(c)}</ph>`;
        case "bpt":
          return `<bpt i="${paired(`bpt ${id}`)}">${native()}</bpt>`;
        case "ept":
          return `<ept i="${paired(`bpt ${id}`)}">${native()}</ept>`;
        case "sc":
          return `<bpt i="${paired(`sc ${id}`)}">${tag(c)}</bpt>`;
        case "ec":
          return `<ept i="${paired(`sc ${id}`)}">${tag(c)}</ept>`;
        case "it":
          return `<it pos="${c.attrs.pos === "close" || c.attrs.pos === "end" ? "end" : "begin"}"${x(c)}>${native()}</it>`;
        case "bx":
          return `<it pos="begin"${x(c)}>${tag(c)}</it>`;
        case "ex":
          return `<it pos="end"${x(c)}>${tag(c)}</it>`;
        case "g":
        case "pc": {
          const i = paired(`${c.name} ${id}`);
          return `<bpt i="${i}">${tag(c)}</bpt>${tmxInline(c, pairs)}<ept i="${i}">${tag(c, true)}</ept>`;
        }
        case "cp":
          return escapeXml(String.fromCodePoint(Number.parseInt(c.attrs.hex ?? "20", 16) || 0x20));
        default:
          return tmxInline(c, pairs);
      }
    })
    .join("");
}

function units2(file: XmlElement, path: string): MemoryUnit[] {
  return descendants(file, "unit").flatMap((unit) => {
    if (unit.attrs.translate === "no") return [];
    const segments = elements(unit, "segment");
    return segments.map((segment, k): MemoryUnit => {
      const source = child(segment, "source");
      if (!source) throw new SverkaError(`line ${segment.line}: a <segment> with no <source>`, { path });
      const target = child(segment, "target");
      const text = (el: XmlElement | undefined) => (el ? foldSpacesKeepingTabs(text2(el)).trim() : "");
      const codes = (el: XmlElement | undefined) => (el ? [...inlineCodes(el, CODES_2), ...messageCodes(text(el))] : []);
      const id = `${unit.attrs.id ?? `line ${unit.line}`}${segments.length > 1 ? `/${segment.attrs.id ?? k + 1}` : ""}`;
      const pairs = new Map<string, number>();
      return {
        ...inlineOf("source", source, pairs),
        ...(target ? inlineOf("target", target, pairs) : {}),
        source: text(source),
        target: text(target),
        id,
        sourceCodes: codes(source),
        targetCodes: codes(target),
        line: segments.length > 1 ? segment.line : unit.line,
        ...draftOf(segment.attrs.state),
      };
    });
  });
}

/** XLIFF 2 text: <cp hex="..."/> is the character it names. */
function text2(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (!("children" in c)) return c.text;
      if (c.name === "cp") return String.fromCodePoint(Number.parseInt(c.attrs.hex ?? "20", 16) || 0x20);
      return text2(c);
    })
    .join("");
}
