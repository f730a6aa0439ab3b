/**
 * One link as a row of the review page, and what its colour says. A flagged
 * link is coloured by its worst flag ("look here"), whatever its confidence:
 * a sentence left untranslated or a changed number must not look green.
 * Confidence colours only the links with nothing to say.
 */
import { segmentText } from "../edit/index.js";
import { type Bitext, type Link, SEVERITY_RANK, type Severity, type Side } from "../types.js";
import { el } from "./dom.js";

export type SideName = "source" | "target";

/** Where the keyboard is inside the selected link: a segment of one side (or that side's empty cell). */
export interface Cursor {
  readonly side: SideName;
  /** Index into the link's segments of that side (0 for an empty side). */
  readonly pos: number;
}

/** The cut a link split will make: how many source and target segments the first part keeps. */
export interface Cut {
  readonly link: number;
  readonly source: number;
  readonly target: number;
}

export function topSeverity(link: Link): Severity | undefined {
  let top: Severity | undefined;
  for (const f of link.flags ?? []) if (top === undefined || SEVERITY_RANK[f.severity] > SEVERITY_RANK[top]) top = f.severity;
  return top;
}

/** Error or warning: what n/p and "flagged only" go to. */
export function isFlagged(link: Link): boolean {
  const top = topSeverity(link);
  return top === "error" || top === "warning";
}

/** The weakest tenth of links is "low" and the next fifth "mid", never above these confidences... */
const LOW_QUANTILE = 0.1;
const MID_QUANTILE = 0.3;
const LOW_CEILING = 0.6;
const MID_CEILING = 0.9;
/** ...a link below this is "low" in any document, and one at or above this "high". */
const ALWAYS_LOW = 0.5;
const ALWAYS_HIGH = 0.95;

/** Confidence thresholds relative to this document, as CAT tools colour alignment quality. */
export function confidenceScale(links: readonly Link[]): (score: number) => "conf-low" | "conf-mid" | "conf-high" {
  // A typed array sorts numbers without a comparator: a few ms for 20,000 links, after every edit.
  const sorted = Float64Array.from(links, (l) => l.score).sort();
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const low = Math.min(q(LOW_QUANTILE), LOW_CEILING);
  const mid = Math.min(q(MID_QUANTILE), MID_CEILING);
  return (s) => (s < ALWAYS_LOW || (s <= low && s < ALWAYS_HIGH) ? "conf-low" : s <= mid && s < ALWAYS_HIGH ? "conf-mid" : "conf-high");
}

export interface RowContext {
  readonly bitext: Bitext;
  readonly confidence: (score: number) => string;
  readonly unchecked: (link: Link) => boolean;
  readonly selected: number;
  readonly cursor: Cursor;
  readonly cut: Cut | undefined;
}

/** The row's colour class: the worst flag, else "not re-checked", else the confidence. */
export function rowClass(link: Link, ctx: Pick<RowContext, "confidence" | "unchecked">): string {
  if (ctx.unchecked(link)) return "look-unchecked";
  const top = topSeverity(link);
  if (top === "error" || top === "warning") return `look-${top}`;
  return ctx.confidence(link.score);
}

function startsParagraph(ids: readonly number[], side: Side): boolean {
  const first = ids[0];
  return first !== undefined && (first === 0 || side.segments[first - 1]!.paragraph !== side.segments[first]!.paragraph);
}

function textCell(k: number, link: Link, name: SideName, ctx: RowContext): HTMLElement {
  const side = ctx.bitext[name];
  const ids = link[name];
  const here = k === ctx.selected && ctx.cursor.side === name;
  const cell = el("div", { class: `text ${name}`, role: "cell", lang: side.lang, "data-side": name });
  if (ids.length === 0) {
    // A translation a reviewer typed into the workbook's empty Target cell is what the memory takes (stranger 251).
    const typed = name === "target" ? link.correction : undefined;
    cell.append(
      typed === undefined
        ? el("span", { class: `seg none${here ? " cursor" : ""}`, "data-side": name, "data-pos": 0 }, "no counterpart")
        : el(
            "span",
            {
              class: `seg none typed corrected${here ? " cursor" : ""}`,
              "data-side": name,
              "data-pos": 0,
              title: "a translation typed in the review workbook for this sentence: the memory takes it",
            },
            typed,
          ),
    );
    return cell;
  }
  const cutAt = ctx.cut?.link === k ? ctx.cut[name] : -1;
  ids.forEach((id, pos) => {
    if (pos === cutAt) cell.append(el("span", { class: "cut", title: "the link is split here" }, "✂"));
    const seg = side.segments[id]!;
    const para = id === 0 || side.segments[id - 1]!.paragraph !== seg.paragraph;
    const cls = `seg${here && ctx.cursor.pos === pos ? " cursor" : ""}${seg.corrected !== undefined ? " corrected" : ""}`;
    const span = el(
      "span",
      { class: cls, "data-side": name, "data-pos": pos, title: `${name} segment ${id + 1}, paragraph ${seg.paragraph + 1}` },
      para ? el("span", { class: "pilcrow", "aria-label": "new paragraph" }, "¶") : null,
      segmentText(seg),
    );
    if (seg.corrected !== undefined) span.title += ` (corrected; originally: ${seg.text})`;
    cell.append(span, " ");
  });
  if (cutAt === ids.length) cell.append(el("span", { class: "cut", title: "the link is split here" }, "✂"));
  // A translation typed for the link (a workbook's, joined here by the page) is what the memory takes (stranger 259).
  if (name === "target" && link.correction !== undefined)
    cell.append(
      el(
        "span",
        { class: "seg typed corrected", title: "the translation the memory takes for this link, typed in the review workbook" },
        `→ ${link.correction}`,
      ),
    );
  return cell;
}

export function renderRow(k: number, ctx: RowContext): HTMLElement {
  const link = ctx.bitext.links[k]!;
  const flags = link.flags ?? [];
  const unchecked = ctx.unchecked(link);
  const para = startsParagraph(link.source, ctx.bitext.source) || startsParagraph(link.target, ctx.bitext.target);
  const row = el("div", {
    class: `row link ${rowClass(link, ctx)}${para ? " para-break" : ""}${k === ctx.selected ? " current" : ""}`,
    id: `l${k}`,
    role: "row",
    "data-index": k,
    "data-flags": flags.map((f) => f.type).join(" "),
    "data-severity": topSeverity(link) ?? "",
    "data-status": link.status ?? "",
    "aria-current": k === ctx.selected,
  });
  const list = el("ul");
  for (const f of flags) list.append(el("li", { class: `flag sev-${f.severity}` }, el("span", { class: "badge" }, f.type), ` ${f.reason}`));
  // A reviewer's comment from the workbook, which the memory keeps as the unit's note (stranger 251: shown nowhere).
  if (link.comment) list.append(el("li", { class: "flag comment" }, el("span", { class: "badge" }, "comment"), ` ${link.comment}`));
  if (unchecked)
    list.append(
      el(
        "li",
        { class: "flag unchecked" },
        el("span", { class: "badge" }, "not re-checked"),
        " run sverka check or sverka review on the saved file",
      ),
    );
  const bar = el("span", { class: "bar" });
  bar.style.width = `${Math.round(link.score * 100)}%`;
  row.append(
    el("div", { class: "n", role: "cell" }, el("span", { class: "num-link" }, String(k + 1)), el("span", { class: "kind" }, link.kind)),
    textCell(k, link, "source", ctx),
    textCell(k, link, "target", ctx),
    el("div", { class: "flags", role: "cell" }, list.childElementCount ? list : null),
    el("div", { class: "score", role: "cell" }, bar, el("span", { class: "num" }, link.score.toFixed(2))),
    el(
      "div",
      { class: "review", role: "cell" },
      el(
        "button",
        { type: "button", class: "verify", "data-cmd": "verify", "aria-pressed": link.status === "verified", title: "Verify (v)" },
        "✓",
      ),
      el(
        "button",
        { type: "button", class: "reject", "data-cmd": "reject", "aria-pressed": link.status === "rejected", title: "Reject (r)" },
        "✗",
      ),
    ),
  );
  return row;
}

/** A drawn row made link k's after links before it were joined or split. */
export function renumberRow(row: HTMLElement, k: number): void {
  row.id = `l${k}`;
  row.dataset.index = String(k);
  row.querySelector(".num-link")!.textContent = String(k + 1);
}
