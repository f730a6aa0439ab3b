import type * as csvParseModule from "csv-parse/sync";
import { SverkaError } from "../errors.js";
import { isLanguageTag, primaryLanguage } from "../lang/index.js";
import { ISO_639_1 } from "../lang/iso639-1.js";
import { lazy } from "../lazy.js";
import type { Segment } from "../types.js";
import { messageCodes } from "./codes.js";
import { foldSpacesKeepingTabs } from "./space.js";
import { canonicalContent, child, elements, inlineCodes, innerXml, parseXml, textContent, type XmlElement } from "./xml.js";

const csvParse = lazy<typeof csvParseModule>("csv-parse/sync");

/** Translation units read from an existing memory or bilingual file: one source and one target text each. */
export interface MemoryUnits {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly units: ReadonlyArray<MemoryUnit>;
}

export interface MemoryUnit {
  readonly source: string;
  readonly target: string;
  readonly id: string;
  /** The inline codes of each side (`<ph x="1"/>`, `%s`), when the format has them: a code on one side only is flagged. */
  readonly sourceCodes?: readonly string[];
  readonly targetCodes?: readonly string[];
  /**
   * Each side as TMX 1.4 inline markup (text escaped, codes as `<ph>`, `<bpt>`, `<ept>`, `<it>`), where it has inline
   * elements: what a memory exported from the file writes, so that no placeholder is lost (stranger 232).
   */
  readonly sourceInline?: string;
  readonly targetInline?: string;
  /** The unit's place among the file's units (0-based), where some are skipped. */
  readonly position?: number;
  /** Its tuid as the file writes it (TMX), and the line it starts on: what a report names it by. */
  readonly tuid?: string;
  readonly line?: number;
  /** A reviewer verified it (sverka's own `x-sverka-status` prop): a decision a gate run again must not undo. */
  readonly verified?: boolean;
  /**
   * What sverka's review flagged on it when it was aligned, as written ("warning merged: ...", a `x-sverka-flag` prop
   * each): a link's flags (a merge, an order) that the unit reviewed on its own cannot show again.
   */
  readonly flagged?: readonly string[];
  /** A PO message marked fuzzy: a draft nobody confirmed, which msgfmt leaves out as untranslated. */
  readonly fuzzy?: boolean;
  /** An XLIFF target's state that says no one confirmed it ("new", "needs-review-translation"; 2.x "initial"), as written. */
  readonly draft?: string;
  /** The confidence sverka gave it when it aligned it (its `x-sverka-score` prop), which a memory exported again keeps. */
  readonly score?: number;
}

/** The prop sverka writes on a unit a reviewer verified (src/formats/tmx.ts). */
const VERIFIED_PROP = "x-sverka-status";
/** The prop sverka writes for each flag at warning or worse on a unit (src/formats/tmx.ts). */
const FLAG_PROP = "x-sverka-flag";

/** The prop sverka writes with a unit's confidence (src/formats/tmx.ts). */
const SCORE_PROP = "x-sverka-score";

/** A unit's `x-sverka-score`, where it has one that is a confidence (0 to 1). */
function scoreOf(props: ReadonlyArray<readonly [string, string]>): { score?: number } {
  const value = props.find(([type]) => type === SCORE_PROP)?.[1];
  const score = value === undefined ? Number.NaN : Number(value);
  return score >= 0 && score <= 1 ? { score } : {};
}

/** TMX inline elements whose content is native code (formatting), not text. */
const CODES = new Set(["bpt", "ept", "ph", "it", "ut"]);

/** One <tuv>: its locale and its <seg>, as written and as text. */
export interface TmxVariant {
  /** xml:lang (or the deprecated lang), as written. */
  readonly lang: string;
  /** The <seg>'s content exactly as in the file. */
  readonly seg: string;
  /** Its text, inline codes' content left out, white space folded. */
  readonly text: string;
  /** Its meaning: text and inline markup, spelling of entities and attribute order aside (duplicates are judged on it). */
  readonly key: string;
  /** The <tuv>'s attributes (changedate, creationid...). */
  readonly attrs: Readonly<Record<string, string>>;
  /** Its inline codes (`ph x="1"`) and the placeholders and tags in its text (`%s`, `<b>`), for comparison with the other side. */
  readonly codes: readonly string[];
}

/** One <tu>, as written, and what a merge needs to know of it. */
export interface TmxUnitRecord {
  /** The whole <tu> element as in the file. */
  readonly xml: string;
  /** Where, in `xml`, the start tag's ">" (or "/>") is: attributes go before it. */
  readonly attrsEnd: number;
  /** Where, in `xml`, the first <tuv> starts: unit <prop>s go before it. */
  readonly variantsStart: number;
  /** The leading white space of the first <tuv>'s line, kept for what is inserted before it. */
  readonly variantsIndent: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly props: ReadonlyArray<readonly [string, string]>;
  readonly variants: readonly TmxVariant[];
  /** 1-based line of the <tu> in its file. */
  readonly line: number;
  /** The XML comments between the unit before it (or <body>'s start) and this one, as written: a merge keeps them before it. */
  readonly comments?: readonly string[];
}

/** A TMX file read whole: its header and its units, each as written. */
export interface TmxFile {
  readonly path: string;
  /** The header's attributes (srclang may be "*all*"). */
  readonly header: Readonly<Record<string, string>>;
  /** The header's <note>, <prop> and <ude> elements, as written. */
  readonly headerElements: ReadonlyArray<{
    readonly name: string;
    readonly xml: string;
    readonly attrs: Readonly<Record<string, string>>;
    readonly text: string;
  }>;
  readonly units: readonly TmxUnitRecord[];
  /** Its document type declaration, where it names an external DTD only (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`), as written. */
  readonly doctype?: string;
  /** The XML comments after its last unit, before </body>, as written. */
  readonly trailingComments?: readonly string[];
}

/** The XML comments in a stretch of a file between two elements. */
function commentsIn(text: string): string[] {
  return text.match(/<!--[\s\S]*?-->/g) ?? [];
}

/** A document type declaration of an external DTD, before the root element (an internal subset is not kept). */
const DOCTYPE = /<!DOCTYPE\s+tmx\s+(?:SYSTEM\s+(?:"[^"]*"|'[^']*')|PUBLIC\s+(?:"[^"]*"|'[^']*')\s+(?:"[^"]*"|'[^']*'))\s*>/u;

/**
 * A TMX file as it is: every unit with its markup, attributes, props, notes
 * and locales, for a merge that must lose nothing. Not well-formed XML, no
 * <tmx>, a header without srclang or a <tuv> without a language is refused
 * with the line.
 */
export function parseTmx(text: string, path: string, onProgress?: (done: number, total: number) => void): TmxFile {
  const body = text.replace(/^\uFEFF/, "");
  // The <tu>s of each <body> in <tmx>, each read as it closes and taken out of the tree.
  const bodies = new Map<XmlElement, { records: TmxUnitRecord[]; failed?: unknown }>();
  const same = sameStrings();
  let lastEnd = 0;
  const root = parseXml(body, path, "TMX", (el, parent, depth) => {
    if (el.name !== "tu" || parent.name !== "body" || depth !== 3) return false;
    let units = bodies.get(parent);
    if (!units) {
      units = { records: [] };
      bodies.set(parent, units);
    }
    // How far into the file, every thousand units: a memory of 100,000 takes seconds to read.
    if (onProgress && units.records.length % PROGRESS_UNITS === 0) onProgress(el.end, body.length);
    // A unit that cannot be read is reported after the header is judged, as when the units were read after it.
    if (units.failed === undefined)
      try {
        // What lies between the unit before and this one: a client's "<!-- approved units, 2023 -->" stays with its units.
        const before = units.records.length ? lastEnd : parent.innerStart;
        lastEnd = el.end;
        units.records.push(tmxUnit(body, el, path, same, commentsIn(body.slice(before, el.start))));
      } catch (error) {
        units.failed = error;
      }
    return true;
  });
  if (root.name !== "tmx")
    throw new SverkaError(`line ${root.line}: not a TMX file (the root element is <${root.name}>, not <tmx>)`, { path });
  const header = child(root, "header");
  if (!header) throw new SverkaError(`line ${root.line}: the TMX has no <header>`, { path });
  if (!header.attrs.srclang) throw new SverkaError(`line ${header.line}: the TMX header has no srclang`, { path });
  const headerElements = elements(header).map((el) => ({
    name: el.name,
    xml: body.slice(el.start, el.end),
    attrs: el.attrs,
    text: textContent(el),
  }));
  const bodyElement = child(root, "body");
  // Units in a header with no body (no TMX writes them, but they were read) stay in the tree, read here.
  const units = bodyElement
    ? (bodies.get(bodyElement) ?? { records: [] })
    : { records: elements(header, "tu").map((tu) => tmxUnit(body, tu, path, same)) };
  if ("failed" in units && units.failed !== undefined) throw units.failed;
  const doctype = DOCTYPE.exec(body.slice(0, body.indexOf("<tmx")))?.[0];
  const last = bodyElement ? commentsIn(body.slice(units.records.length ? lastEnd : bodyElement.innerStart, bodyElement.innerEnd)) : [];
  return {
    path,
    header: header.attrs,
    headerElements,
    units: units.records,
    ...(doctype ? { doctype } : {}),
    ...(last.length ? { trailingComments: last } : {}),
  };
}

function tmxUnit(text: string, tu: XmlElement, path: string, same: (s: string) => string, comments: readonly string[] = []): TmxUnitRecord {
  const tuvs = elements(tu, "tuv");
  if (tuvs.length === 0) throw new SverkaError(`line ${tu.line}: a <tu> with no <tuv>`, { path });
  const variants = tuvs.map((tuv) => {
    const lang = tuv.attrs["xml:lang"] ?? tuv.attrs.lang;
    if (!lang) throw new SverkaError(`line ${tuv.line}: a <tuv> with no xml:lang`, { path });
    const seg = child(tuv, "seg");
    if (!seg) throw new SverkaError(`line ${tuv.line}: a <tuv> with no <seg>`, { path });
    // A table row's cells keep their tabs, as sverka writes them (src/formats/tmx.ts): folded, "214<TAB>433" read as 214 433 (stranger 211).
    const plain = foldSpacesKeepingTabs(textContent(seg, CODES)).trim();
    // XML's white space only: a no-break space is a character of the text (a style guide's "30&#160;дни"), and two units
    // that differ in one are two (stranger 304: the client's no-break spaces had gone with its unit, as a duplicate's).
    const key = canonicalContent(seg)
      .replace(/[ \t\r\n]+/g, " ")
      .replace(/^ | $/g, "");
    // A placeholder a <ph> holds is counted once, as the <ph>.
    const codes = [...inlineCodes(seg, TMX_CODE_IDS), ...messageCodes(plain === key ? plain : textContent(seg, CODES, false))];
    return {
      lang: same(lang),
      attrs: sameValues(tuv.attrs, same),
      seg: innerXml(text, seg),
      text: plain,
      // The same as the text where the segment has no markup: one string, not two.
      key: key === plain ? plain : key,
      codes: codes.length ? codes : NO_CODES,
    };
  });
  const first = tuvs[0]!;
  // The white space before the first <tuv> on its line, if nothing else is: looked for back from it, not from the line's
  // start (a memory written on one line made that a search of the whole file for every unit).
  let lineStart = first.start;
  while (lineStart > 0 && (text[lineStart - 1] === " " || text[lineStart - 1] === "\t")) lineStart--;
  const indent = lineStart === 0 || text[lineStart - 1] === "\n" ? same(text.slice(lineStart, first.start)) : "";
  const { xml, moved } = notesFirst(text, tu, first.start, indent);
  return {
    xml,
    attrsEnd: tu.innerStart - tu.start - 1,
    variantsStart: first.start - tu.start + moved,
    variantsIndent: indent,
    attrs: sameValues(tu.attrs, same),
    props: elements(tu, "prop").map((p) => [same(p.attrs.type ?? ""), same(textContent(p))] as const),
    variants,
    line: tu.line,
    ...(comments.length ? { comments } : {}),
  };
}

const NO_CODES: readonly string[] = Object.freeze([]);

/** Units read between two reports of `parseTmx`'s progress. */
const PROGRESS_UNITS = 1000;

/** Strings of up to this many characters are kept once per file: attribute values, dates, locales, props repeat from unit to unit. */
const SAME_MAX = 64;

/**
 * A string equal to one met before, as that one: a memory of 100,000 units
 * held each unit's creationid, dates, locales and props as strings of their
 * own (17 strings a unit, 2.3 KB a unit in all).
 */
function sameStrings(): (s: string) => string {
  const kept = new Map<string, string>();
  return (s) => {
    if (s.length > SAME_MAX) return s;
    const k = kept.get(s);
    if (k !== undefined) return k;
    kept.set(s, s);
    return s;
  };
}

/** An element's attributes with their values kept once (`sameStrings`), in place. */
function sameValues(attrs: Readonly<Record<string, string>>, same: (s: string) => string): Readonly<Record<string, string>> {
  const out = attrs as Record<string, string>;
  for (const name in out) out[name] = same(out[name]!);
  return attrs;
}

/**
 * The <tu> as written, except that <note>s and <prop>s written after a <tuv>
 * (translate-toolkit writes its notes there) are moved before the first
 * <tuv>, where TMX 1.4 puts them; `moved` is the length moved there.
 */
function notesFirst(text: string, tu: XmlElement, variantsStart: number, indent: string): { xml: string; moved: number } {
  const late = elements(tu).filter((e) => (e.name === "note" || e.name === "prop") && e.start > variantsStart);
  if (late.length === 0) return { xml: text.slice(tu.start, tu.end), moved: 0 };
  const sep = indent ? `\n${indent}` : "";
  const moved = late.map((e) => text.slice(e.start, e.end) + sep).join("");
  let rest = text.slice(variantsStart, tu.end);
  for (const e of [...late].reverse()) {
    const from = e.start - variantsStart;
    const ws = /[ \t\r\n]*$/.exec(rest.slice(0, from))![0].length;
    rest = rest.slice(0, from - ws) + rest.slice(e.end - variantsStart);
  }
  return { xml: text.slice(tu.start, variantsStart) + moved + rest, moved: moved.length };
}

/** The attribute that pairs or numbers each TMX inline element. */
const TMX_CODE_IDS: Readonly<Record<string, readonly string[]>> = {
  bpt: ["i"],
  ept: ["i"],
  ph: ["x", "type"],
  it: ["pos", "x"],
  hi: ["x", "type"],
  ut: ["x"],
};

/**
 * The units of a TMX file: for each <tu>, the <tuv> in the source language
 * (the header's srclang unless one is given; for "*all*", that of the first
 * unit) and the first in the target
 * language (the first other language unless one is given).
 */
export function readTmx(text: string, path: string, langs: { source?: string; target?: string } = {}): MemoryUnits {
  return tmxPairs(parseTmx(text, path), langs);
}

/** A parsed TMX file as source-target pairs (see `readTmx`); `only`: these units of it (indexes), in order. */
export function tmxPairs(file: TmxFile, langs: { source?: string; target?: string } = {}, only?: readonly number[]): MemoryUnits {
  const { path } = file;
  const primary = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();
  const headerLang = file.header.srclang;
  // srclang="*all*": any language may be the source; the first unit's own srclang, else its first language, is taken.
  const indexes = only ?? file.units.map((_, k) => k);
  const first = file.units[indexes[0] ?? 0];
  const sourceLang = langs.source ?? (headerLang !== "*all*" ? headerLang : (first?.attrs.srclang ?? first?.variants[0]?.lang));
  if (!sourceLang) throw new SverkaError('the TMX header names no source language (srclang="*all*"): give it with --source-lang', { path });
  let targetLang = langs.target;
  // The variants the units write: a memory merged from several ("bg-BG" and "bg") is labelled by the language they share.
  const written = { source: new Set<string>(), target: new Set<string>() };
  const units = indexes.flatMap((k): MemoryUnit[] => {
    const tu = file.units[k]!;
    const src = tu.variants.find((v) => primary(v.lang) === primary(sourceLang));
    const tgt = tu.variants.find((v) => (targetLang ? primary(v.lang) === primary(targetLang) : primary(v.lang) !== primary(sourceLang)));
    if (!src || !tgt) return [];
    targetLang ??= tgt.lang;
    written.source.add(src.lang);
    written.target.add(tgt.lang);
    const flagged = tu.props.filter(([type]) => type === FLAG_PROP).map(([, value]) => value);
    return [
      {
        source: src.text,
        target: tgt.text,
        id: tu.attrs.tuid ?? String(k + 1),
        sourceCodes: src.codes,
        targetCodes: tgt.codes,
        ...inlineOf("source", src),
        ...inlineOf("target", tgt),
        position: k,
        ...(tu.attrs.tuid !== undefined ? { tuid: tu.attrs.tuid } : {}),
        line: tu.line,
        ...(tu.props.some(([type, value]) => type === VERIFIED_PROP && value === "verified") ? { verified: true } : {}),
        ...(flagged.length > 0 ? { flagged } : {}),
        ...scoreOf(tu.props),
      },
    ];
  });
  if (units.length === 0) throw new SverkaError(`no translation units with both ${sourceLang} and a target language`, { path });
  const label = (given: string | undefined, tag: string, variants: ReadonlySet<string>) =>
    given ?? (variants.size > 1 ? primary(tag) : tag);
  return {
    sourceLang: label(langs.source, sourceLang, written.source),
    targetLang: label(langs.target, targetLang!, written.target),
    units,
  };
}

/**
 * A TMX file's pairs by direction. A memory whose units name source
 * languages of their own that differ (`batch --merge-tmx` of pairs in both
 * directions, or such units merged under a client's header) is read as one
 * list per source language, in the order first met, each unit in its own
 * direction; a unit naming none goes with the header's srclang (for
 * "*all*", the first unit's). Any other memory, or one whose source language
 * is given, is one list (`tmxPairs`).
 */
export function tmxDirections(file: TmxFile, langs: { source?: string; target?: string } = {}): MemoryUnits[] {
  if (langs.source !== undefined || file.units.length === 0) return [tmxPairs(file, langs)];
  const own = (tu: TmxUnitRecord) => (tu.attrs.srclang && tu.attrs.srclang !== "*all*" ? tu.attrs.srclang : undefined);
  const first = file.units[0]!;
  // A unit's srclang overrides the header's (TMX 1.4): a memory merged under one header keeps each unit's direction.
  const fallback = file.header.srclang !== "*all*" ? file.header.srclang : (own(first) ?? first.variants[0]?.lang);
  const ways = new Map<string, { tag: string; units: number[] }>();
  file.units.forEach((tu, k) => {
    const tag = own(tu) ?? fallback;
    if (tag === undefined) return;
    const way = ways.get(primaryLanguage(tag));
    if (way) way.units.push(k);
    else ways.set(primaryLanguage(tag), { tag, units: [k] });
  });
  if (ways.size < 2) return [tmxPairs(file, langs)];
  // A direction whose units hold no text in a target language is no pair to check: the others are.
  const lists = [...ways.values()].flatMap(({ tag, units }) => {
    try {
      return [tmxPairs(file, { ...langs, source: tag }, units)];
    } catch (error) {
      if (error instanceof SverkaError) return [];
      throw error;
    }
  });
  return lists.length > 0 ? lists : [tmxPairs(file, langs)];
}

/**
 * Pairs of a TSV file: source<TAB>target[<TAB>anything], one a line. Cells
 * quoted as RFC 4180 says (as sverka, Excel and Python's csv module write a
 * cell with a quote in it) are read unquoted, by csv-parse; a quote inside
 * an unquoted cell is text, and a file whose quotes do not follow the RFC
 * is read as plain tab-separated lines.
 */
export function readPairsTsv(
  text: string,
  path: string,
  langs: { source: string; target: string },
  /** Whether the user gave `langs` (-s, -t): else a header naming the columns' languages gives them. */
  given = true,
): MemoryUnits {
  const units: Array<{ source: string; target: string; id: string; sourceCodes: string[]; targetCodes: string[] }> = [];
  let first = true;
  let languages = langs;
  for (const { cells, line } of tsvRecords(text)) {
    if (cells.every((c) => c.trim() === "")) continue;
    if (cells.length < 2) throw new SverkaError(`line ${line}: expected source<TAB>target`, { path });
    // A first line naming the columns ("source<TAB>target", "bg-BG<TAB>en-US", as a CAT tool exports) is no pair.
    const header = first ? columnHeader(cells[0]!, cells[1]!) : undefined;
    first = false;
    if (header === "words") continue;
    if (header && !given) {
      languages = header;
      continue;
    }
    if (header) {
      // With -s and -t given, a header is one that names their languages; the other way round, an error.
      const [s, t] = [primaryLanguage(header.source), primaryLanguage(header.target)];
      const [ls, lt] = [primaryLanguage(langs.source), primaryLanguage(langs.target)];
      if (s === lt && t === ls)
        throw new SverkaError(
          `line ${line}: the columns are ${header.source} then ${header.target}, the other way round from -s ${langs.source} -t ${langs.target}: swap -s and -t`,
          { path },
        );
      if (s === ls && t === lt) continue;
    }
    const [source, target] = [cells[0]!.trim(), cells[1]!.trim()];
    // Placeholders and tags written as text are compared, as in a PO file: a TSV is often a string table.
    units.push({ source, target, id: `line ${line}`, sourceCodes: messageCodes(source), targetCodes: messageCodes(target) });
  }
  if (units.length === 0) throw new SverkaError("the file has no pairs", { path });
  return { sourceLang: languages.source, targetLang: languages.target, units };
}

/** Words a header names a memory's columns by, lowercased. */
const COLUMN_WORDS = [
  ["source", "target"],
  ["src", "tgt"],
  ["source text", "target text"],
  ["source segment", "target segment"],
  ["original", "translation"],
  ["оригинал", "превод"],
  ["изходен текст", "превод"],
];

/** The first line's two cells as a header: the columns' words, or their languages (two different language tags). */
function columnHeader(a: string, b: string): "words" | { source: string; target: string } | undefined {
  const [x, y] = [a.trim(), b.trim()];
  if (COLUMN_WORDS.some(([s, t]) => s === x.toLowerCase() && t === y.toLowerCase())) return "words";
  // A two-letter code, perhaps with a region: the header's cells are tags already, "_" read as "-".
  const tag = /^[A-Za-z]{2}(?:-[A-Za-z0-9]{2,8})*$/u;
  const known = (t: string) => tag.test(t) && isLanguageTag(t) && ISO_639_1.has(t.slice(0, 2).toLowerCase());
  const [s, t] = [x.replace(/_/gu, "-"), y.replace(/_/gu, "-")];
  if (known(s) && known(t) && s.slice(0, 2).toLowerCase() !== t.slice(0, 2).toLowerCase()) return { source: s, target: t };
  return undefined;
}

/**
 * A TSV file's records with the line each ends on: RFC 4180 quoting read
 * where the file follows it, else plain lines. A file follows it where its
 * quotes are all a quoted cell's (a writer that quotes never leaves a quote
 * in a cell it did not quote), every record with text has two cells or more,
 * and a cell running over lines is not what makes the lines of a file of
 * even columns into fewer records: a memory's sentences opening and closing
 * with quotes (`"We were going to war.` on one line, `... he said."` some
 * lines on) are no quoted cell.
 */
function tsvRecords(text: string): Array<{ cells: string[]; line: number }> {
  const lines = text.split(/\r\n|\n|\r/);
  const plain = () => lines.map((l, k) => ({ cells: l.split("\t"), line: k + 1 }));
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = csvParse().parse(text, {
      delimiter: "\t",
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      info: true,
    }) as unknown as typeof rows;
  } catch {
    return plain();
  }
  if (rows.some((r) => r.record.length < 2 && r.record.some((c) => c.trim() !== ""))) return plain();
  if (rows.some((r) => r.record.some((c) => /[\r\n]/.test(c)))) {
    const counts = new Set(lines.filter((l) => l.trim() !== "").map((l) => l.split("\t").length));
    if (counts.size === 1 && [...counts][0]! >= 2) return plain();
  }
  return rows.map((r) => ({ cells: r.record, line: r.info.lines }));
}

/** A variant's <seg> as inline markup, where it holds an element (text alone is `<` escaped: no `<` in it). */
function inlineOf(side: "source" | "target", v: TmxVariant): { sourceInline?: string; targetInline?: string } {
  if (!v.seg.includes("<")) return {};
  return { [`${side}Inline`]: foldSpacesKeepingTabs(v.seg).trim() };
}

/** Units as the two sides of a bitext: unit k is segment k on each side and paragraph k. */
export function unitSegments(units: MemoryUnits["units"]): { source: Segment[]; target: Segment[] } {
  const side = (
    pick: (u: MemoryUnit) => string,
    codes: (u: MemoryUnit) => readonly string[] | undefined,
    markup: (u: MemoryUnit) => string | undefined,
  ) => {
    let offset = 0;
    return units.map((u, id) => {
      const text = pick(u);
      const c = codes(u);
      const inline = markup(u);
      // A unit is a paragraph of its own, numbered by its place in the file: a report's "unit 100" is the file's 100th unit
      // even where some were skipped or the memory is read a direction at a time.
      const unit =
        u.tuid !== undefined || u.line !== undefined
          ? { unit: { ...(u.tuid !== undefined ? { tuid: u.tuid } : {}), ...(u.line !== undefined ? { line: u.line } : {}) } }
          : {};
      const s = {
        id,
        text,
        start: offset,
        end: offset + text.length,
        paragraph: u.position ?? id,
        ...(c ? { codes: c } : {}),
        ...(inline !== undefined ? { inline } : {}),
        ...unit,
      };
      offset += text.length + 1;
      return s;
    });
  };
  return {
    source: side(
      (u) => u.source,
      (u) => u.sourceCodes,
      (u) => u.sourceInline,
    ),
    target: side(
      (u) => u.target,
      (u) => u.targetCodes,
      (u) => u.targetInline,
    ),
  };
}
