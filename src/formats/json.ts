import { SverkaError } from "../errors.js";
import { decodeBytes, decodeUtf8 } from "../read/decode.js";
import { readInputBytes } from "../read/index.js";
import { DEFAULT_VARIANCE } from "../score/length.js";
import type { Bitext, DocumentFlag, Flag, Link, LinkKind, LinkStatus, MemoryOptions, Segment, Side } from "../types.js";
import { DOCUMENT_FLAG_TYPES } from "../types.js";
import { VERSION } from "../version.js";
import { roundScore } from "./text.js";
import type { WriteOptions } from "./types.js";

export const JSON_FORMAT = "sverka-bitext";
export const JSON_VERSION = 1;

/**
 * The bitext as JSON, the project's exchange format (docs/json-format.md):
 * both documents' segments with their offsets, and the links in order.
 * `--min-score` is not applied here: the JSON keeps every segment in a link.
 */
export function writeJson(bitext: Bitext, _options: WriteOptions = {}): string {
  return `${JSON.stringify(documentOf(bitext, true), null, 2)}\n`;
}

/** The document `writeJson` writes, with its three lists (the segments of each side, the links) or with them empty. */
function documentOf(bitext: Bitext, withLists: boolean) {
  const side = (s: Side) => ({
    lang: s.lang,
    ...(s.path !== undefined ? { path: s.path } : {}),
    segments: withLists ? s.segments.map(segmentJson) : [],
  });
  return {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    tool: { name: "sverka", version: VERSION },
    source: side(bitext.source),
    target: side(bitext.target),
    // Unrounded: the review of a bitext read back measures lengths by it, and must give the flags align gave.
    model: { ratio: bitext.model.ratio, variance: bitext.model.variance },
    // The pair's own problems ("not-a-translation", "out-of-order"): a memory exported from this file later leaves its units out as `align` does.
    ...(bitext.documentFlags?.length ? { documentFlags: bitext.documentFlags } : {}),
    // The memory's options given at align (stranger 365: an export after review lost the client's prop and the date).
    ...(bitext.memory ? { memory: bitext.memory } : {}),
    links: withLists ? bitext.links.map(linkJson) : [],
  };
}

/**
 * The text of `writeJson` in pieces, a segment or a link at a time, for a
 * long bitext's file: the document is never held whole as a string, nor copied
 * whole into plain objects beside the bitext (at 100,000 segments a side, the
 * two came to about 200 MB). Slower than `writeJson` (0.7 s against 0.4 s at 100k).
 */
export function* jsonChunks(bitext: Bitext, options: WriteOptions = {}): Generator<string, void, undefined> {
  // The document's frame, laid out as JSON.stringify lays out the whole (two spaces an indent), its three lists
  // left empty; each list is then written item by item where the frame has it. A list is found by its key: inside
  // a string of the frame (a path) every quote is escaped, so `"segments": []` cannot be part of one.
  const frame = JSON.stringify(documentOf(bitext, false), null, 2);
  const lists: ReadonlyArray<
    readonly [string, readonly unknown[], (item: never, inner: string) => string | undefined, (item: never) => unknown, string]
  > = [
    ['"segments": []', bitext.source.segments, segmentText, segmentJson, "    "],
    ['"segments": []', bitext.target.segments, segmentText, segmentJson, "    "],
    ['"links": []', bitext.links, linkText, linkJson, "  "],
  ];
  // Items given so far of all three lists, told as a share: a 100,000-segment pair's file takes a second or two.
  const total = lists.reduce((n, list) => n + list[1].length, 0);
  let given = 0;
  const told = (items: number) => {
    given += items;
    options.onProgress?.(total > 0 ? given / total : 1);
  };
  let at = 0;
  for (const [key, items, fast, toJson, indent] of lists) {
    const empty = frame.indexOf(key, at) + key.length - 2;
    yield frame.slice(at, empty);
    yield* listChunks(items, fast as Fast, toJson as (item: unknown) => unknown, indent, told);
    at = empty + 2;
  }
  yield `${frame.slice(at)}\n`;
  options.onProgress?.(1);
}

/** An item of a list as JSON.stringify(…, null, 2) lays it out at indent `inner`, written directly; undefined where only JSON.stringify knows how. */
export type Fast = (item: unknown, inner: string) => string | undefined;

/** A list as JSON.stringify(…, null, 2) writes it at this indent: "[]" when empty. */
export function* listChunks(
  items: readonly unknown[],
  fast: Fast,
  toJson: (item: unknown) => unknown,
  indent: string,
  told: (items: number) => void,
): Generator<string> {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const inner = `${indent}  `;
  const before = `,\n${inner}`;
  // Items gathered and joined a chunk at a time: one flat string to encode, not a chain of thousands.
  let parts: string[] = [`[\n${inner}`];
  let length = 0;
  let from = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    const text = fast(item, inner) ?? indented(toJson(item), inner);
    if (k) parts.push(before);
    parts.push(text);
    length += text.length;
    if (length >= 1 << 16) {
      yield parts.join("");
      told(k + 1 - from);
      from = k + 1;
      parts = [];
      length = 0;
    }
  }
  parts.push(`\n${indent}]`);
  yield parts.join("");
  told(items.length - from);
}

/**
 * A value as JSON.stringify(…, null, 2) writes it, its lines indented by
 * `inner` (an even number of spaces) after the first. An object is laid out
 * inside arrays nested as deep as `inner`, which JSON.stringify indents as
 * wanted, and the arrays' frame is cut off: indenting the text after, line
 * by line, took twice as long as laying it out (a check's report of 165,000
 * problems: 2.2 s of 3.3 for 40,000 of them). Anything else has no line break.
 */
function indented(value: unknown, inner: string): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value, null, 2);
  let wrapped: unknown = value;
  for (let d = 0; d < inner.length; d += 2) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // The frame: "[\n  [\n    " before, "\n  ]\n]" after, as deep as `inner`.
  const before = (inner.length / 2) * (inner.length / 2 + 3);
  const after = (inner.length / 2) * (inner.length / 2 + 1);
  return text.slice(before, text.length - after);
}

/**
 * A number as JSON writes it: its shortest form, as String gives it, when
 * finite (JSON writes NaN and the infinities as null); undefined for anything
 * else (a key JSON.stringify would leave out).
 */
function numberText(x: unknown): string | undefined {
  return typeof x === "number" && Number.isFinite(x) ? String(x) : undefined;
}

/** `segmentJson(g)` laid out as `indented` lays it out, for the segments of a long document (the usual fields, of the usual types). */
function segmentText(g: Segment, inner: string): string | undefined {
  const id = numberText(g.id);
  const start = numberText(g.start);
  const end = numberText(g.end);
  const paragraph = numberText(g.paragraph);
  if (id === undefined || start === undefined || end === undefined || paragraph === undefined || typeof g.text !== "string")
    return undefined;
  if (g.corrected !== undefined && typeof g.corrected !== "string") return undefined;
  // A memory's unit with its inline codes, a Markdown sentence with its code spans: laid out by JSON.stringify.
  if (g.codes !== undefined || g.inline !== undefined || g.markup !== undefined) return undefined;
  const at = `\n${inner}  `;
  const corrected = g.corrected === undefined ? "" : `,${at}"corrected": ${JSON.stringify(g.corrected)}`;
  return `{${at}"id": ${id},${at}"text": ${JSON.stringify(g.text)}${corrected},${at}"start": ${start},${at}"end": ${end},${at}"paragraph": ${paragraph}\n${inner}}`;
}

/** `linkJson(l)` laid out as `indented` lays it out (ids and score of the usual types; flags and explanation as JSON.stringify writes them). */
function linkText(l: Link, inner: string): string | undefined {
  const at = `\n${inner}  `;
  const ids = (list: readonly number[]) => {
    if (!Array.isArray(list)) return undefined;
    if (list.length === 0) return "[]";
    let out = "[";
    for (let n = 0; n < list.length; n++) {
      const id = numberText(list[n]);
      if (id === undefined) return undefined;
      out += `${n ? "," : ""}${at}  ${id}`;
    }
    return `${out}${at}]`;
  };
  const source = ids(l.source);
  const target = ids(l.target);
  const score = numberText(roundScore(l.score));
  if (source === undefined || target === undefined || score === undefined || typeof l.kind !== "string") return undefined;
  // Anything but a string in these (a library user's own fields) is left to JSON.stringify.
  if ((l.status && typeof l.status !== "string") || [l.correction, l.comment].some((x) => x !== undefined && typeof x !== "string"))
    return undefined;
  let out = `{${at}"source": ${source},${at}"target": ${target},${at}"kind": ${JSON.stringify(l.kind)},${at}"score": ${score}`;
  if (l.status) out += `,${at}"status": ${JSON.stringify(l.status)}`;
  if (l.correction !== undefined) out += `,${at}"correction": ${JSON.stringify(l.correction)}`;
  if (l.comment !== undefined) out += `,${at}"comment": ${JSON.stringify(l.comment)}`;
  if (l.flags) out += `,${at}"flags": ${l.flags.length === 0 && Array.isArray(l.flags) ? "[]" : indented(l.flags, `${inner}  `)}`;
  if (l.explain) out += `,${at}"explain": ${indented(roundExplain(l.explain), `${inner}  `)}`;
  return `${out}\n${inner}}`;
}

function segmentJson(g: Segment) {
  return {
    id: g.id,
    text: g.text,
    ...(g.corrected !== undefined ? { corrected: g.corrected } : {}),
    start: g.start,
    end: g.end,
    paragraph: g.paragraph,
    // A memory's or a bilingual file's unit: its inline codes, compared again by `check`, and its TMX markup, which a
    // memory exported from this file writes (stranger 243: an XLIFF's codes were lost on the way through a workbook).
    ...(g.codes !== undefined ? { codes: g.codes } : {}),
    ...(g.inline !== undefined ? { inline: g.inline } : {}),
    // A Markdown sentence's code spans and link targets, which its text leaves out: `check bitext.json` compares them
    // again (stranger 366: a changed flag in inline code passed a re-check of the saved bitext).
    ...(g.markup !== undefined ? { markup: { code: g.markup.code, links: g.markup.links } } : {}),
  };
}

function linkJson(l: Link) {
  return {
    source: l.source,
    target: l.target,
    kind: l.kind,
    score: roundScore(l.score),
    ...(l.status ? { status: l.status } : {}),
    ...(l.correction !== undefined ? { correction: l.correction } : {}),
    ...(l.comment !== undefined ? { comment: l.comment } : {}),
    ...(l.flags ? { flags: l.flags } : {}),
    ...(l.explain ? { explain: roundExplain(l.explain) } : {}),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function roundExplain(e: NonNullable<Link["explain"]>) {
  return {
    total: round(e.total),
    length: round(e.length),
    kind: round(e.kind),
    lexical: round(e.lexical),
    numberMismatch: round(e.numberMismatch),
    questionMismatch: round(e.questionMismatch),
    paragraph: round(e.paragraph),
    heading: round(e.heading),
    matches: e.matches,
  };
}

type Json = unknown;

/**
 * Reads a bitext JSON back, checking everything a person editing it could
 * break: a link that names a missing segment, a segment in two links or in
 * none, links out of order, ids that are not consecutive, a wrong version.
 * Errors name the place (`links[12]`) and carry exit code 2.
 */
export function readJson(text: string, path = "<json>", onShare?: (share: number) => void): Bitext {
  let doc: Json;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new SverkaError(`not valid JSON (${(error as Error).message})`, { path, cause: error });
  }
  const fail = (where: string, what: string): never => {
    throw new SverkaError(`${where}: ${what}`, { path });
  };
  if (!isObject(doc)) return fail("top level", "expected a JSON object");
  if (doc.format !== JSON_FORMAT) fail("format", `expected "${JSON_FORMAT}", found ${JSON.stringify(doc.format)}`);
  if (doc.version !== JSON_VERSION) fail("version", `this sverka reads version ${JSON_VERSION}, found ${JSON.stringify(doc.version)}`);
  // The segments and links checked so far, of all of them, told to `onShare` every `SHARE_EVERY`.
  const count = (x: Json) => (isObject(x) && Array.isArray(x.segments) ? x.segments.length : 0);
  const all = count(doc.source) + count(doc.target) + (Array.isArray(doc.links) ? doc.links.length : 0);
  let checked = 0;
  const tick = onShare
    ? () => {
        if (++checked % SHARE_EVERY === 0) onShare(checked / all);
      }
    : () => {};
  onShare?.(0);
  const source = readSide(doc.source, "source", fail, tick);
  const target = readSide(doc.target, "target", fail, tick);
  if (!Array.isArray(doc.links)) return fail("links", "expected an array");
  const links = readLinks(doc.links, source, target, fail, tick);
  onShare?.(1);
  const model =
    isObject(doc.model) && typeof doc.model.ratio === "number" && typeof doc.model.variance === "number"
      ? { ratio: doc.model.ratio, variance: doc.model.variance }
      : { ratio: 1, variance: DEFAULT_VARIANCE };
  const documentFlags = doc.documentFlags === undefined ? undefined : readDocumentFlags(doc.documentFlags, fail);
  const memory = doc.memory === undefined ? undefined : readMemory(doc.memory, fail);
  return { source, target, links, model, ...(documentFlags?.length ? { documentFlags } : {}), ...(memory ? { memory } : {}) };
}

/**
 * A saved bitext read from its file (`export`, `check`), the reading told to `onShare` from 0 to 1: the bytes (to 0.3),
 * decoded (to 0.5), parsed (to 0.7), its segments and links checked (to 1). A bitext of 400,000 links is 230 MB and
 * takes seconds at each step. Sverka writes UTF-8: a file that is (with or without its BOM) is decoded so, anything
 * else as any document is (its encoding detected, or `encoding`).
 */
export async function readJsonFile(
  path: string,
  options: { encoding?: string; maxBytes?: number; onShare?: (share: number) => void } = {},
): Promise<Bitext> {
  const onShare = options.onShare;
  const bytes = await readInputBytes(path, options.maxBytes, onShare ? (share) => onShare(0.3 * share) : undefined);
  onShare?.(0.3);
  const text =
    (options.encoding === undefined ? utf8Text(bytes) : undefined) ?? decodeBytes(bytes, { encoding: options.encoding, path }).text;
  if (text.trim() === "") throw new SverkaError("the document is empty", { path });
  onShare?.(0.5);
  return readJson(text, path, onShare ? (share) => onShare(0.7 + 0.3 * share) : undefined);
}

/** The bytes as UTF-8 (a BOM left out), or undefined where they are not UTF-8 or begin with UTF-16's BOM. */
function utf8Text(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  return decodeUtf8(bytes, true);
}

const DOCUMENT_FLAG_TYPE_SET: ReadonlySet<string> = new Set(DOCUMENT_FLAG_TYPES);
const SEVERITIES: ReadonlySet<string> = new Set(["error", "warning", "info"]);

/** The problems of the pair as a whole, as `writeJson` writes them (docs/json-format.md). */
function readDocumentFlags(list: Json, fail: Fail): DocumentFlag[] {
  if (!Array.isArray(list)) return fail("documentFlags", "expected an array");
  return list.map((f, k): DocumentFlag => {
    const where = `documentFlags[${k}]`;
    if (!isObject(f)) return fail(where, "expected an object");
    if (typeof f.type !== "string" || !DOCUMENT_FLAG_TYPE_SET.has(f.type))
      return fail(
        `${where}.type`,
        `expected "not-a-translation", "out-of-order", "checks-skipped", "languages-forced", "columns" or "code-blocks", found ${JSON.stringify(f.type)}`,
      );
    if (typeof f.severity !== "string" || !SEVERITIES.has(f.severity)) return fail(`${where}.severity`, "expected error, warning or info");
    if (typeof f.reason !== "string") return fail(`${where}.reason`, "expected a string");
    if (!isObject(f.evidence)) return fail(`${where}.evidence`, "expected an object");
    return f as unknown as DocumentFlag;
  });
}

type Fail = (where: string, what: string) => never;

/** Segments and links `readJson` checks between two reports of its progress. */
const SHARE_EVERY = 8192;

/** The links, each segment in exactly one of them, in order on both sides. */
function readLinks(raw: Json[], source: Side, target: Side, fail: Fail, tick: () => void): Link[] {
  const sides = { source, target };
  const used = { source: new Int32Array(source.segments.length).fill(-1), target: new Int32Array(target.segments.length).fill(-1) };
  const next = { source: 0, target: 0 };
  /** A link's ids on one side: existing, unused, consecutive, and next in order. */
  const ids = (item: Record<string, Json>, k: number, side: "source" | "target"): number[] => {
    const where = `links[${k}].${side}`;
    const list = item[side];
    if (!Array.isArray(list) || !list.every((x) => Number.isInteger(x))) return fail(where, "expected an array of segment ids");
    const count = sides[side].segments.length;
    list.forEach((id: number, n: number) => {
      if (id < 0 || id >= count) fail(where, `segment ${id} does not exist (the ${side} has ${count} segments, ids 0-${count - 1})`);
      if (used[side][id] !== -1) fail(where, `segment ${id} is already in links[${used[side][id]}]`);
      if (n > 0 && id !== list[n - 1] + 1) fail(where, `segment ids must be consecutive, found ${list[n - 1]} then ${id}`);
      if (n === 0 && id !== next[side]) {
        fail(
          where,
          id > next[side]
            ? `links out of order or a gap: ${side} segment ${next[side]} comes before ${id} but is in no earlier link`
            : `links out of order: segment ${id} comes after segment ${next[side] - 1}`,
        );
      }
      used[side][id] = k;
    });
    if (list.length) next[side] = list[list.length - 1] + 1;
    return list;
  };
  const links = raw.map((item: Json, k: number): Link => {
    tick();
    const where = `links[${k}]`;
    if (!isObject(item)) return fail(where, "expected an object");
    const s = ids(item, k, "source");
    const t = ids(item, k, "target");
    if (s.length === 0 && t.length === 0) fail(where, "a link needs at least one segment");
    const score = item.score === undefined ? 1 : item.score;
    if (typeof score !== "number" || !(score >= 0 && score <= 1)) fail(`${where}.score`, "expected a number from 0 to 1");
    if (item.status !== undefined && item.status !== "verified" && item.status !== "rejected")
      fail(`${where}.status`, `expected "verified" or "rejected", found ${JSON.stringify(item.status)}`);
    if (item.flags !== undefined && !Array.isArray(item.flags)) fail(`${where}.flags`, "expected an array");
    for (const key of ["correction", "comment"] as const)
      if (item[key] !== undefined && typeof item[key] !== "string") fail(`${where}.${key}`, "expected a string");
    return {
      source: s,
      target: t,
      kind: `${s.length}-${t.length}` as LinkKind,
      score: score as number,
      ...(item.status ? { status: item.status as LinkStatus } : {}),
      ...(typeof item.correction === "string" ? { correction: item.correction } : {}),
      ...(typeof item.comment === "string" ? { comment: item.comment } : {}),
      // Flags are kept as written (the review recomputes them when asked); their evidence is not checked field by field.
      ...(item.flags ? { flags: item.flags as unknown as Flag[] } : {}),
    };
  });
  for (const side of ["source", "target"] as const) {
    const missing = used[side].indexOf(-1);
    if (missing >= 0) fail(side, `segment ${missing} is in no link (every segment must be in exactly one)`);
  }
  return links;
}

function isObject(x: Json): x is Record<string, Json> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** TMX 1.4's inline elements: what a segment's `inline` may hold besides text. */
const INLINE_ELEMENTS = new Set(["bpt", "ept", "ph", "it", "hi", "sub", "ut"]);

/**
 * Whether a string is well-formed TMX inline markup, its elements TMX's inline ones: the TMX written from a file read
 * back copies it into a `<seg>` as it is, so a hand-edited file must not break the memory.
 */
function inlineMarkup(text: string): boolean {
  const open: string[] = [];
  for (const m of text.matchAll(/<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?![a-zA-Z]+;|#\d+;|#x[\da-fA-F]+;)/g)) {
    if (m[2] === undefined) return false;
    if (!INLINE_ELEMENTS.has(m[2])) return false;
    if (m[1]) {
      if (open.pop() !== m[2]) return false;
    } else if (!m[4]) open.push(m[2]);
  }
  return open.length === 0;
}

/** The memory's options a bitext keeps (`Bitext.memory`), checked. */
function readMemory(raw: Json, fail: Fail): MemoryOptions {
  if (!isObject(raw)) return fail("memory", "expected an object with props, creationId and creationDate");
  const props = raw.props;
  if (
    props !== undefined &&
    !(Array.isArray(props) && props.every((p: Json) => Array.isArray(p) && p.length === 2 && p.every((x: Json) => typeof x === "string")))
  )
    fail("memory.props", "expected an array of [type, value] pairs of strings");
  if (raw.creationId !== undefined && typeof raw.creationId !== "string") fail("memory.creationId", "expected a string");
  if (raw.creationDate !== undefined && (typeof raw.creationDate !== "string" || Number.isNaN(Date.parse(raw.creationDate))))
    fail("memory.creationDate", "expected a date (ISO 8601)");
  return {
    ...(Array.isArray(props) ? { props: props as Array<[string, string]> } : {}),
    ...(typeof raw.creationId === "string" ? { creationId: raw.creationId } : {}),
    ...(typeof raw.creationDate === "string" ? { creationDate: raw.creationDate } : {}),
  };
}

function readSide(raw: Json, name: string, fail: Fail, tick: () => void): Side {
  if (!isObject(raw)) return fail(name, "expected an object with lang and segments");
  if (typeof raw.lang !== "string" || raw.lang === "") fail(`${name}.lang`, "expected a language tag");
  if (!Array.isArray(raw.segments)) return fail(`${name}.segments`, "expected an array");
  const segments = raw.segments.map((s: Json, k: number): Segment => {
    tick();
    const where = `${name}.segments[${k}]`;
    if (!isObject(s)) return fail(where, "expected an object");
    if (s.id !== k) fail(`${where}.id`, `expected ${k} (ids run 0, 1, 2, ... in order), found ${JSON.stringify(s.id)}`);
    if (typeof s.text !== "string") fail(`${where}.text`, "expected a string");
    if (s.corrected !== undefined && typeof s.corrected !== "string") fail(`${where}.corrected`, "expected a string (the corrected text)");
    if (s.codes !== undefined && !(Array.isArray(s.codes) && s.codes.every((c: Json) => typeof c === "string")))
      fail(`${where}.codes`, "expected an array of strings (the segment's inline codes)");
    if (s.inline !== undefined && (typeof s.inline !== "string" || !inlineMarkup(s.inline)))
      fail(`${where}.inline`, "expected TMX 1.4 inline markup: text with <bpt>, <ept>, <ph>, <it>, <hi>, <sub> and <ut> elements only");
    const strings = (x: Json) => Array.isArray(x) && x.every((c: Json) => typeof c === "string");
    if (s.markup !== undefined && !(isObject(s.markup) && strings(s.markup.code) && strings(s.markup.links)))
      fail(
        `${where}.markup`,
        "expected an object with code and links, arrays of strings (a Markdown sentence's code spans and link targets)",
      );
    const num = (x: Json, fallback: number) => (typeof x === "number" && Number.isInteger(x) && x >= 0 ? x : fallback);
    return {
      id: k,
      text: s.text as string,
      ...(typeof s.corrected === "string" ? { corrected: s.corrected } : {}),
      ...(Array.isArray(s.codes) ? { codes: s.codes as string[] } : {}),
      ...(typeof s.inline === "string" ? { inline: s.inline } : {}),
      ...(isObject(s.markup) ? { markup: { code: s.markup.code as string[], links: s.markup.links as string[] } } : {}),
      start: num(s.start, 0),
      end: num(s.end, 0),
      paragraph: num(s.paragraph, 0),
    };
  });
  return { lang: raw.lang as string, ...(typeof raw.path === "string" ? { path: raw.path } : {}), segments };
}
