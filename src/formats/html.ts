import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SverkaError } from "../errors.js";
import { lazy } from "../lazy.js";
import { type Bitext, FLAG_TYPES } from "../types.js";
import { VERSION } from "../version.js";
import { writeJson } from "./json.js";
import type { WriteOptions } from "./types.js";

// node:crypto is twenty modules of Node's own: loaded when a page is written, not by every run.
const crypto = lazy<typeof import("node:crypto")>("node:crypto");

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

/** JSON that can sit inside <script> without ending it. */
function scriptSafeJson(json: string): string {
  return json
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The page's code, bundled from src/page by esbuild at build time (npm run build), read once. */
let pageScript: string | undefined;
function script(): string {
  if (pageScript === undefined) {
    const file = new URL("../page/page.js", import.meta.url);
    try {
      pageScript = readFileSync(file, "utf8").trim();
    } catch (e) {
      throw new SverkaError(`the review page's code is missing (${fileURLToPath(file)}): build it with npm run build`, { cause: e });
    }
    if (/<\/script/i.test(pageScript)) throw new SverkaError("the review page's bundle holds </script: it cannot be inlined");
  }
  return pageScript;
}

/** The bitext's JSON as `--format json` writes it, without the indentation: a long document's page is a third smaller. */
function compactJson(bitext: Bitext): string {
  return JSON.stringify(JSON.parse(writeJson(bitext)));
}

/** A Content-Security-Policy source for an inline script or style: only this very text runs. */
function sha256(text: string): string {
  return `'sha256-${crypto().createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The review page: one self-contained HTML file (no network, no external
 * assets) with both texts side by side, link by link. Reviewers filter,
 * jump between problems, repair the alignment (join, split, move, detach,
 * re-segment, correct), verify or reject links, and save the reviewed
 * bitext as JSON, which `sverka export` turns into TMX. The code is
 * src/page, bundled; the rows are drawn from the bitext's JSON, only those
 * on screen, so a long document opens at once. The same page, served by
 * `sverka review`, saves to its server and gets the flags of edited links from it.
 */
export function writeHtml(bitext: Bitext, _options: WriteOptions = {}): string {
  const src = bitext.source;
  const tgt = bitext.target;
  const title = `${src.path ?? "source"} → ${tgt.path ?? "target"}`;
  const code = script();
  // connect-src 'self': served by `sverka review`, the page saves to and asks its own server; opened as a file it reaches nothing.
  const csp = `default-src 'none'; style-src ${sha256(CSS)}; script-src ${sha256(code)}; connect-src 'self'; img-src data:; form-action 'none'; base-uri 'none'`;
  const option = (value: string, label = value) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="sverka ${escapeHtml(VERSION)}">
<title>sverka review: ${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>sverka review <small>${escapeHtml(title)}</small></h1>
<p class="summary"><span id="totals">${src.segments.length} source and ${tgt.segments.length} target segments in ${bitext.links.length} links</span> ·
<span id="flag-counts"></span> · <span id="progress"></span> · <span id="shown" aria-live="polite"></span></p>
<div class="controls" role="toolbar" aria-label="Filters">
<label><input type="checkbox" id="flagged-only"> flagged only <kbd>f</kbd></label>
<label>flag <select id="flag-type">${option("", "any")}${FLAG_TYPES.map((t) => option(t)).join("")}</select></label>
<label>status <select id="status-filter">${option("", "any")}${option("unreviewed", "not reviewed")}${option("verified")}${option("rejected")}</select></label>
</div>
<div id="edit-toolbar" class="controls" role="toolbar" aria-label="Edit the alignment"></div>
<input type="number" id="threshold" min="0" max="1" step="0.01" value="0.95" aria-label="confidence at or above which verify all verifies">
<p class="keys">${KEYS_HELP}</p>
<p id="message" role="status" aria-live="polite"></p>
</header>
<div class="layout">
<nav id="problems" aria-label="Problems"><h2>Problems (<span id="problems-count"></span>)</h2><ol id="problem-list"></ol></nav>
<main id="list" tabindex="-1" role="table" aria-label="links">
<div class="row head" role="row"><div role="columnheader">#</div><div role="columnheader" lang="${escapeHtml(src.lang)}">${escapeHtml(src.lang)}</div><div role="columnheader" lang="${escapeHtml(tgt.lang)}">${escapeHtml(tgt.lang)}</div><div role="columnheader">flags</div><div role="columnheader">confidence</div><div role="columnheader">review</div></div>
<div id="rows" role="rowgroup"></div>
</main>
</div>
<dialog id="text-dialog" aria-labelledby="dialog-title"><p id="dialog-title"></p><textarea id="dialog-text" rows="6"></textarea>
<p><button type="button" id="dialog-ok">OK</button> <button type="button" id="dialog-cancel">Cancel</button></p></dialog>
<noscript><p>This page needs JavaScript to show the links. The bitext is in this file as JSON (script #bitext-data).</p></noscript>
<script type="application/json" id="bitext-data">${scriptSafeJson(compactJson(bitext))}</script>
<script>${code}</script>
</body>
</html>
`;
}

const KEYS_HELP = [
  "<kbd>j</kbd>/<kbd>k</kbd> next/previous link",
  "<kbd>n</kbd>/<kbd>p</kbd> next/previous flagged",
  "<kbd>h</kbd>/<kbd>l</kbd> segment",
  "<kbd>m</kbd> join links",
  "<kbd>x</kbd> split link",
  "<kbd>Shift+↑</kbd>/<kbd>Shift+↓</kbd> take a segment from the link above/below",
  "<kbd>Alt+↑</kbd>/<kbd>Alt+↓</kbd> give one",
  "<kbd>d</kbd> detach",
  "<kbd>a</kbd>/<kbd>A</kbd> attach up/down",
  "<kbd>c</kbd> cut segment",
  "<kbd>g</kbd> glue segments",
  "<kbd>e</kbd> correct",
  "<kbd>v</kbd> verify",
  "<kbd>r</kbd> reject",
  "<kbd>V</kbd> verify all ≥",
  "<kbd>z</kbd>/<kbd>y</kbd> undo/redo",
  "<kbd>f</kbd> flagged only",
  "<kbd>s</kbd> save",
].join(" · ");

const CSS = `
:root { --err: #b3261e; --warn: #9a6700; --info: #3d5a98; --ok: #1a7f37; --stale: #6639ba; --line: #d0d7de; --bg: #fff; --fg: #1f2328; --muted: #656d76; }
* { box-sizing: border-box; }
html, body { height: 100%; }
body { margin: 0; display: flex; flex-direction: column; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); }
header { background: #f6f8fa; border-bottom: 1px solid var(--line); padding: .5rem 1rem; }
h1 { font-size: 1.1rem; margin: 0; } h1 small { font-weight: normal; color: var(--muted); }
.summary, .keys { margin: .25rem 0; color: var(--muted); font-size: .85rem; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: center; margin: .2rem 0; }
.group { display: inline-flex; gap: .2rem; align-items: center; padding-right: .5rem; border-right: 1px solid var(--line); }
.group button { font: inherit; font-size: .85rem; padding: .1rem .45rem; border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; }
.group button:disabled { color: #a0a7ae; cursor: not-allowed; background: #f6f8fa; }
#threshold { width: 4.2rem; }
#message { margin: .2rem 0 0; min-height: 1.3em; font-size: .9rem; color: #0550ae; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 .25em; font-size: .85em; background: #fff; }
.layout { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(12rem, 20rem) 1fr; }
nav { overflow: auto; padding: .5rem 1rem; border-right: 1px solid var(--line); font-size: .85rem; }
nav h2 { font-size: 1rem; margin: .25rem 0; } nav ol { padding-left: 1.5rem; margin: 0; } nav li { margin: .2rem 0; } nav a { color: inherit; text-decoration: none; } nav a:hover { text-decoration: underline; }
#list { overflow: auto; position: relative; outline: none; }
.row { display: grid; grid-template-columns: 4rem minmax(0, 3fr) minmax(0, 3fr) minmax(9rem, 2fr) 7rem 5.2rem; border-bottom: 1px solid var(--line); border-left: 5px solid transparent; }
.row > div { padding: .35rem .5rem; min-width: 0; overflow-wrap: anywhere; }
.row.head { position: sticky; top: 0; z-index: 1; background: #f6f8fa; font-weight: 600; }
.row.head > div { overflow-wrap: normal; }
.n { color: var(--muted); white-space: nowrap; } .kind { display: block; font-size: .75rem; }
.pilcrow { color: var(--muted); margin-right: .25em; }
.seg { border-radius: 3px; cursor: pointer; } .seg.none { color: var(--muted); font-style: italic; }
.seg.cursor { background: #ddf4ff; box-shadow: 0 0 0 2px #0969da; }
.seg.corrected { text-decoration: underline dotted var(--stale); }
.cut { color: #cf222e; font-weight: bold; margin: 0 .2em; }
.row.para-break { border-top: 2px solid #8c959f; }
.row.conf-high { border-left-color: var(--ok); } .row.conf-mid { background: #fff8e6; border-left-color: var(--warn); } .row.conf-low { background: #ffebe9; border-left-color: var(--err); }
/* Flagged: "look here" whatever the confidence. */
.row.look-error { background: #ffebe9; border-left-color: var(--err); } .row.look-warning { background: #fff8e6; border-left-color: var(--warn); }
.row.look-unchecked { background: #fbefff; border-left: 5px dashed var(--stale); }
.row.current { outline: 2px solid #0969da; outline-offset: -2px; }
.row[data-status="verified"] .text { color: var(--ok); } .row[data-status="rejected"] .text { text-decoration: line-through; color: var(--muted); }
.score { font-variant-numeric: tabular-nums; } .bar { display: block; height: 4px; background: #8c959f; margin-bottom: .2rem; }
.conf-high .bar { background: var(--ok); } .conf-mid .bar { background: var(--warn); } .conf-low .bar, .look-error .bar { background: var(--err); }
.look-warning .bar { background: var(--warn); } .look-unchecked .bar { background: var(--stale); }
.flags ul { list-style: none; margin: 0; padding: 0; font-size: .85rem; } .flags li { margin-bottom: .2rem; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .5em; font-size: .75rem; font-weight: 600; color: #fff; background: var(--muted); }
.sev-error { color: var(--err); } .sev-warning { color: var(--warn); } .sev-info { color: var(--info); }
.sev-error .badge { background: var(--err); } .sev-warning .badge { background: var(--warn); } .sev-info .badge { background: var(--info); } .unchecked .badge { background: var(--stale); }
.review button { font-size: 1rem; width: 2rem; margin: 0 .1rem; border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; }
.review button[aria-pressed="true"].verify { background: var(--ok); color: #fff; } .review button[aria-pressed="true"].reject { background: var(--err); color: #fff; }
dialog { width: min(50rem, 90vw); } dialog textarea { width: 100%; font: inherit; }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } nav { display: none; } }
`;
