/**
 * XML as the memory and bilingual readers need it: refused with a line number
 * when it is not well-formed (fast-xml-parser's validator), else a tree whose
 * every element knows where it stands in the text (htmlparser2's tokenizer,
 * which gives the offsets of each tag). Offsets let a reader take a <seg> or
 * a <tu> back as it was written, byte for byte: no serializer re-quotes an
 * attribute, re-escapes an apostrophe or expands `<ph/>` on the way.
 */
import type * as fastXmlParser from "fast-xml-parser";
import { Parser } from "htmlparser2";
import { SverkaError } from "../errors.js";
import { lazy } from "../lazy.js";
import { messageCodes } from "./codes.js";

// Loaded on first use: a run that reads no XML memory does not pay for it.
const xmlParser = lazy<typeof fastXmlParser>("fast-xml-parser");

/** An element and where it is: `text.slice(start, end)` is the whole element, `text.slice(innerStart, innerEnd)` its content. */
export interface XmlElement {
  readonly name: string;
  /** Attribute values, entities decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly start: number;
  /** Just past the start tag's ">". */
  readonly innerStart: number;
  innerEnd: number;
  end: number;
  /** 1-based line of the start tag. */
  readonly line: number;
  readonly children: Array<XmlElement | XmlText>;
}

/** A run of character data (CDATA sections included), entities decoded. */
export interface XmlText {
  readonly name: "#text";
  readonly text: string;
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let k = text.indexOf("\n"); k !== -1 && k < offset; k = text.indexOf("\n", k + 1)) line++;
  return line;
}

/** Entity references XML knows without a DTD; any other is refused (nothing would define it). */
const UNDEFINED_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)([^;\s<&]{0,20};?)/;

/**
 * Called as each element closes, with the element it is in and how deep it
 * is (the root element 1): true takes the element out of the tree (the caller
 * has read what it needs). A memory of 100,000 units is then never a tree
 * whole: as one, a 71 MB TMX took 550 MB.
 */
export type OnClose = (el: XmlElement, parent: XmlElement, depth: number) => boolean;

/**
 * The document's root element, or a SverkaError naming the file and line when
 * the text is not well-formed XML. `what` names the format in messages ("TMX").
 */
export function parseXml(text: string, path: string, what: string, onClose?: OnClose): XmlElement {
  const body = text.replace(/^\uFEFF/, "");
  const verdict = xmlParser().XMLValidator.validate(body, { allowBooleanAttributes: false });
  if (verdict !== true) {
    const { line } = verdict.err;
    // The validator lists elements never closed as a JSON array: say it in words.
    const open = /^Invalid '\[(.*)\]' found/s.exec(verdict.err.msg);
    const msg = open
      ? `never closed: ${open[1]!
          .replace(/[\s"]+/g, "")
          .split(",")
          .map((n) => `<${n}>`)
          .join(", ")}`
      : verdict.err.msg;
    throw new SverkaError(`line ${line}: not well-formed ${what} (${msg})`, { path });
  }
  const stray = UNDEFINED_ENTITY.exec(withoutCdata(body));
  if (stray && !/<!DOCTYPE[^>]*\[/.test(body))
    throw new SverkaError(`line ${lineOf(body, stray.index)}: not well-formed ${what} (undefined entity "&${stray[1]}")`, { path });
  return buildTree(body, path, what, onClose);
}

/** The text with CDATA sections and comments blanked (same length), for the entity check. */
function withoutCdata(text: string): string {
  return text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (m) => " ".repeat(m.length));
}

function buildTree(text: string, path: string, what: string, onClose?: OnClose): XmlElement {
  const root: XmlElement = {
    name: "#document",
    attrs: {},
    start: 0,
    innerStart: 0,
    innerEnd: text.length,
    end: text.length,
    line: 1,
    children: [],
  };
  const stack: XmlElement[] = [root];
  let line = 1;
  // The first line break not yet counted (-1: none left), found once: a memory written on one line has none, and
  // looking for it again at every element searched the rest of the file each time.
  let next = text.indexOf("\n");
  const lineAt = (offset: number) => {
    while (next !== -1 && next < offset) {
      line++;
      next = text.indexOf("\n", next + 1);
    }
    return line;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: XmlElement = {
          name,
          attrs,
          start: parser.startIndex,
          innerStart: parser.endIndex + 1,
          innerEnd: parser.endIndex + 1,
          end: parser.endIndex + 1,
          line: lineAt(parser.startIndex),
          children: [],
        };
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
      },
      onclosetag(_name, selfClosing) {
        const el = stack.pop()!;
        if (!selfClosing) el.innerEnd = parser.startIndex;
        el.end = parser.endIndex + 1;
        // The element closing is its parent's last child: nothing is added to the parent while it is open.
        const parent = stack[stack.length - 1]!;
        if (onClose?.(el, parent, stack.length)) parent.children.pop();
      },
      ontext(data) {
        const children = stack[stack.length - 1]!.children;
        const last = children[children.length - 1];
        if (last !== undefined && !isElement(last)) children[children.length - 1] = { name: "#text", text: last.text + data };
        else children.push({ name: "#text", text: data });
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(text);
  parser.end();
  const top = root.children.find(isElement);
  if (!top) throw new SverkaError(`not ${what}: no root element`, { path });
  return top;
}

function isElement(node: XmlElement | XmlText): node is XmlElement {
  return "children" in node;
}

/** Child elements, optionally of one name. */
export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));
}

/** The first child element of that name. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

/** An element's content as written in the file. */
export function innerXml(text: string, el: XmlElement): string {
  return text.slice(el.innerStart, el.innerEnd);
}

/**
 * All the character data inside an element, descendants included, except
 * elements `skip` names (and theirs). A skipped <ph> stands as a space (a
 * placeholder such as `<ph>&lt;br/&gt;</ph>` often separates words), or as its
 * native code where that is a software string's placeholder (`<ph>%1$s</ph>`,
 * `<ph>{{name}}</ph>`: what a developer reads the message by; stranger 232);
 * paired codes (`bpt`, `ept`, `it`) wrap text and stand for nothing. With
 * `placeholders` false, every skipped <ph> is a space: the text whose own
 * placeholders (`messageCodes`) are counted beside the <ph>s, not again.
 */
export function textContent(el: XmlElement, skip: ReadonlySet<string> = new Set(), placeholders = true): string {
  const ph = placeholders ? placeholderText : () => " ";
  return el.children
    .map((c) => (!isElement(c) ? c.text : skip.has(c.name) ? (c.name === "ph" ? ph(c) : "") : textContent(c, skip, placeholders)))
    .join("");
}

/** A <ph>'s native code where it is one placeholder (`%s`, `{0}`), else a space. */
function placeholderText(ph: XmlElement): string {
  const native = textContent(ph).trim();
  if (native === "" || native.length > 40 || !/^[%{]/.test(native)) return " ";
  const codes = messageCodes(native);
  return codes.length === 1 && codes[0] === native ? native : " ";
}

/**
 * What an element's content means, whatever the spelling: text with entities
 * decoded, and each inline element as `<name a="v">…</name>` with its
 * attributes sorted. Two segments with the same canonical form say the same.
 */
export function canonicalContent(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (!isElement(c)) return c.text.replace(/[<&]/g, (ch) => (ch === "<" ? "&lt;" : "&amp;"));
      const e = c;
      const attrs = Object.keys(e.attrs)
        .sort()
        .map((k) => ` ${k}="${e.attrs[k]}"`)
        .join("");
      return `<${e.name}${attrs}>${canonicalContent(e)}</${e.name}>`;
    })
    .join("");
}

/** Inline elements whose content is native code, not text: codes inside them are not the segment's. */
const NATIVE = new Set(["bpt", "ept", "ph", "it", "ut"]);

/**
 * The inline codes of a segment, as `ph x="1"`: each element `ids` names,
 * with the attributes that tell one code from another, in document order.
 */
export function inlineCodes(seg: XmlElement, ids: Readonly<Record<string, readonly string[]>>): string[] {
  const out: string[] = [];
  const walk = (el: XmlElement) => {
    for (const c of elements(el)) {
      const keys = ids[c.name];
      if (keys) out.push([c.name, ...keys.filter((k) => c.attrs[k] !== undefined).map((k) => `${k}="${c.attrs[k]}"`)].join(" "));
      if (!NATIVE.has(c.name)) walk(c);
    }
  };
  walk(seg);
  return out;
}
