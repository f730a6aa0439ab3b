import { problems } from "../review/report.js";
import { type Bitext, type Link, SEVERITY_RANK, type Severity } from "../types.js";
import { VERSION } from "../version.js";
import { writeJson } from "./json.js";
import type { WriteOptions } from "./types.js";

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

function topSeverity(link: Link): Severity | "" {
  let top: Severity | "" = "";
  for (const f of link.flags ?? []) if (top === "" || SEVERITY_RANK[f.severity] > SEVERITY_RANK[top]) top = f.severity;
  return top;
}

/**
 * Confidence classes relative to this document, as CAT tools colour alignment
 * quality: the weakest tenth of links is "low", the next fifth "mid", unless
 * their score is high in absolute terms.
 */
function confidenceClasses(links: readonly Link[]): string[] {
  const sorted = links.map((l) => l.score).sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const low = Math.min(q(LOW_QUANTILE), LOW_CEILING);
  const mid = Math.min(q(MID_QUANTILE), MID_CEILING);
  return links.map((l) =>
    l.score < ALWAYS_LOW || (l.score <= low && l.score < ALWAYS_HIGH)
      ? "conf-low"
      : l.score <= mid && l.score < ALWAYS_HIGH
        ? "conf-mid"
        : "conf-high",
  );
}

/** The weakest tenth of links is "low" and the next fifth "mid" (up to the 0.3 quantile), but never above these confidences... */
const LOW_QUANTILE = 0.1;
const MID_QUANTILE = 0.3;
const LOW_CEILING = 0.6;
const MID_CEILING = 0.9;
/** ...a link below this is "low" in any document, and one at or above this "high". */
const ALWAYS_LOW = 0.5;
const ALWAYS_HIGH = 0.95;

/**
 * The review page: one self-contained HTML file (no network, no external
 * assets) with both texts side by side, link by link. Reviewers filter,
 * jump between problems, mark links verified or rejected, and save the
 * reviewed bitext as JSON, which `sverka export` turns into TMX.
 */
export function writeHtml(bitext: Bitext, _options: WriteOptions = {}): string {
  const list = problems(bitext);
  const classes = confidenceClasses(bitext.links);
  const src = bitext.source;
  const tgt = bitext.target;
  const title = `${src.path ?? "source"} → ${tgt.path ?? "target"}`;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of list) counts[p.severity]++;
  const typesPresent = [...new Set(bitext.links.flatMap((l) => (l.flags ?? []).map((f) => f.type)))];

  const cell = (ids: readonly number[], side: Bitext["source"], lang: string) => {
    if (ids.length === 0) return `<td class="text empty" lang="${escapeHtml(lang)}"><span class="none">no counterpart</span></td>`;
    const parts = ids.map((id) => {
      const seg = side.segments[id]!;
      const starts = id === 0 || side.segments[id - 1]!.paragraph !== seg.paragraph;
      return `<span class="seg${starts ? " para" : ""}" title="segment ${id + 1}, paragraph ${seg.paragraph + 1}">${starts ? '<span class="pilcrow" aria-label="new paragraph">¶</span>' : ""}${escapeHtml(seg.text)}</span>`;
    });
    return `<td class="text" lang="${escapeHtml(lang)}">${parts.join(" ")}</td>`;
  };

  const rows = bitext.links.map((link, k) => {
    const flags = link.flags ?? [];
    const startsParagraph = (ids: readonly number[], side: Bitext["source"]) =>
      ids.length > 0 && (ids[0] === 0 || side.segments[ids[0]! - 1]!.paragraph !== side.segments[ids[0]!]!.paragraph);
    const para = startsParagraph(link.source, src) || startsParagraph(link.target, tgt);
    const badges = flags
      .map((f) => `<li class="flag sev-${f.severity}"><span class="badge">${escapeHtml(f.type)}</span> ${escapeHtml(f.reason)}</li>`)
      .join("");
    return [
      `<tr id="l${k}" class="link ${classes[k]}${para ? " para-break" : ""}" data-index="${k}" data-flags="${escapeHtml(flags.map((f) => f.type).join(" "))}" data-severity="${topSeverity(link)}" data-status="${link.status ?? ""}">`,
      `<td class="n"><a href="#l${k}">${k + 1}</a><span class="kind">${link.kind}</span></td>`,
      cell(link.source, src, src.lang),
      cell(link.target, tgt, tgt.lang),
      `<td class="flags">${badges ? `<ul>${badges}</ul>` : ""}</td>`,
      `<td class="score"><span class="bar" style="width:${Math.round(link.score * 100)}%"></span><span class="num">${link.score.toFixed(2)}</span></td>`,
      `<td class="review"><button type="button" class="verify" data-action="verified" aria-pressed="${link.status === "verified"}" title="Verify (v)">✓</button>` +
        `<button type="button" class="reject" data-action="rejected" aria-pressed="${link.status === "rejected"}" title="Reject (r)">✗</button></td>`,
      `</tr>`,
    ].join("");
  });

  const jump = list
    .map(
      (p) =>
        `<li class="sev-${p.severity}" data-severity="${p.severity}"><a href="#l${p.links[0]}"><span class="badge">${escapeHtml(p.type)}</span> ${escapeHtml(p.reason)}</a></li>`,
    )
    .join("\n");

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="sverka ${escapeHtml(VERSION)}">
<title>sverka review: ${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>sverka review <small>${escapeHtml(title)}</small></h1>
<p class="summary">${src.segments.length} source and ${tgt.segments.length} target segments in ${bitext.links.length} links ·
<span class="sev-error">${counts.error} errors</span> · <span class="sev-warning">${counts.warning} warnings</span> · <span class="sev-info">${counts.info} info</span> ·
<span id="progress"></span></p>
<div class="controls" role="toolbar" aria-label="Filters and actions">
<label><input type="checkbox" id="flagged-only"> flagged only <kbd>f</kbd></label>
<label>flag <select id="flag-type"><option value="">any</option>${typesPresent.map((t) => `<option value="${t}">${t}</option>`).join("")}</select></label>
<label>status <select id="status-filter"><option value="">any</option><option value="unreviewed">not reviewed</option><option value="verified">verified</option><option value="rejected">rejected</option></select></label>
<button type="button" id="save" title="Save the reviewed bitext as JSON (s)">Save reviewed JSON</button>
<span id="shown" aria-live="polite"></span>
</div>
<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous link · <kbd>n</kbd>/<kbd>p</kbd> next/previous flagged · <kbd>v</kbd> verify · <kbd>r</kbd> reject · <kbd>u</kbd> undo mark · <kbd>f</kbd> flagged only · <kbd>s</kbd> save</p>
</header>
<div class="layout">
<nav id="problems" aria-label="Problems"><h2>Problems (${list.length})</h2>${list.length ? `<ol>\n${jump}\n</ol>` : "<p>None found.</p>"}</nav>
<main>
<table id="bitext">
<thead><tr><th>#</th><th lang="${escapeHtml(src.lang)}">${escapeHtml(src.lang)}</th><th lang="${escapeHtml(tgt.lang)}">${escapeHtml(tgt.lang)}</th><th>flags</th><th>confidence</th><th>review</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</main>
</div>
<script type="application/json" id="bitext-data">${scriptSafeJson(writeJson(bitext))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const CSS = `
:root { --err: #b3261e; --warn: #9a6700; --info: #3d5a98; --ok: #1a7f37; --line: #d0d7de; --bg: #fff; --fg: #1f2328; --muted: #656d76; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); }
header { position: sticky; top: 0; z-index: 2; background: #f6f8fa; border-bottom: 1px solid var(--line); padding: .5rem 1rem; }
h1 { font-size: 1.1rem; margin: 0; } h1 small { font-weight: normal; color: var(--muted); }
.summary, .keys { margin: .25rem 0; color: var(--muted); font-size: .9rem; }
.controls { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 .25em; font-size: .85em; background: #fff; }
.layout { display: grid; grid-template-columns: minmax(14rem, 22rem) 1fr; align-items: start; }
nav { position: sticky; top: 7.5rem; max-height: calc(100vh - 8rem); overflow: auto; padding: .5rem 1rem; border-right: 1px solid var(--line); font-size: .88rem; }
nav h2 { font-size: 1rem; margin: .25rem 0; } nav ol { padding-left: 1.5rem; margin: 0; } nav li { margin: .2rem 0; } nav a { color: inherit; text-decoration: none; } nav a:hover { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: #f6f8fa; font-weight: 600; position: sticky; top: 7.2rem; z-index: 1; }
td.text { width: 30%; } td.flags { width: 24%; min-width: 12rem; } td.n { white-space: nowrap; color: var(--muted); } td.n a { color: inherit; }
.kind { display: block; font-size: .75rem; } .pilcrow { color: var(--muted); margin-right: .25em; }
.empty .none { color: var(--muted); font-style: italic; }
tr.para-break td { border-top: 2px solid #8c959f; }
tr.conf-high { border-left: 4px solid var(--ok); } tr.conf-mid { background: #fff8e6; } tr.conf-low { background: #ffebe9; }
tr.current { outline: 2px solid #0969da; outline-offset: -2px; }
tr[data-status="verified"] td.text { color: var(--ok); } tr[data-status="rejected"] td.text { text-decoration: line-through; color: var(--muted); }
tr[hidden] { display: none; }
td.score { width: 6rem; font-variant-numeric: tabular-nums; } .bar { display: block; height: 4px; background: #8c959f; margin-bottom: .2rem; }
.conf-high .bar { background: var(--ok); } .conf-mid .bar { background: var(--warn); } .conf-low .bar { background: var(--err); }
td.flags ul { list-style: none; margin: 0; padding: 0; font-size: .85rem; } td.flags li { margin-bottom: .2rem; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .5em; font-size: .75rem; font-weight: 600; color: #fff; background: var(--muted); }
.sev-error { color: var(--err); } .sev-warning { color: var(--warn); } .sev-info { color: var(--info); }
.sev-error .badge { background: var(--err); } .sev-warning .badge { background: var(--warn); } .sev-info .badge { background: var(--info); }
td.review button { font-size: 1rem; width: 2rem; margin: 0 .1rem; border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; }
td.review button[aria-pressed="true"].verify { background: var(--ok); color: #fff; } td.review button[aria-pressed="true"].reject { background: var(--err); color: #fff; }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } nav { position: static; max-height: none; border-right: 0; } th { top: 0; } }
@media print {
  header { position: static; } .controls, .keys, td.review, th:last-child, nav { display: none; }
  .layout { display: block; } th { position: static; } tr[hidden] { display: table-row; } tr { break-inside: avoid; }
}
`;

const SCRIPT = `
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("bitext-data").textContent);
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.link"));
  var flaggedOnly = document.getElementById("flagged-only");
  var flagType = document.getElementById("flag-type");
  var statusFilter = document.getElementById("status-filter");
  var shown = document.getElementById("shown");
  var progress = document.getElementById("progress");
  var current = -1;

  function isFlagged(row) { return row.dataset.severity === "error" || row.dataset.severity === "warning"; }
  function visible(row) { return !row.hidden; }

  function applyFilters() {
    var type = flagType.value, status = statusFilter.value, n = 0;
    rows.forEach(function (row) {
      var show = true;
      if (flaggedOnly.checked && !isFlagged(row)) show = false;
      if (type && row.dataset.flags.split(" ").indexOf(type) < 0) show = false;
      if (status === "unreviewed" && row.dataset.status) show = false;
      if (status && status !== "unreviewed" && row.dataset.status !== status) show = false;
      row.hidden = !show;
      if (show) n++;
    });
    shown.textContent = n + " of " + rows.length + " links shown";
  }

  function updateProgress() {
    var v = 0, r = 0;
    rows.forEach(function (row) { if (row.dataset.status === "verified") v++; else if (row.dataset.status === "rejected") r++; });
    progress.textContent = v + " verified, " + r + " rejected, " + (rows.length - v - r) + " to review";
  }

  function setStatus(row, status) {
    var index = Number(row.dataset.index);
    var next = row.dataset.status === status ? "" : status;
    row.dataset.status = next;
    if (next) data.links[index].status = next; else delete data.links[index].status;
    row.querySelectorAll("td.review button").forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.action === next)); });
    updateProgress();
  }

  function focusRow(i) {
    if (i < 0 || i >= rows.length) return;
    if (current >= 0) rows[current].classList.remove("current");
    current = i;
    rows[i].classList.add("current");
    rows[i].scrollIntoView({ block: "center" });
  }

  function step(dir, onlyFlagged) {
    for (var i = current + dir; i >= 0 && i < rows.length; i += dir) {
      if (visible(rows[i]) && (!onlyFlagged || isFlagged(rows[i]))) { focusRow(i); return; }
    }
  }

  function save() {
    var blob = new Blob([JSON.stringify(data, null, 2) + "\\n"], { type: "application/json" });
    var a = document.createElement("a");
    var base = (data.source.path || "bitext").split(/[\\\\/]/).pop().replace(/\\.[^.]*$/, "");
    a.href = URL.createObjectURL(blob);
    a.download = base + ".reviewed.json";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }

  document.querySelector("tbody").addEventListener("click", function (e) {
    var button = e.target.closest("button[data-action]");
    if (button) setStatus(button.closest("tr"), button.dataset.action);
    var row = e.target.closest("tr.link");
    if (row) focusRow(rows.indexOf(row));
  });
  document.getElementById("problems").addEventListener("click", function (e) {
    var a = e.target.closest("a[href^='#l']");
    if (!a) return;
    var row = document.getElementById(a.getAttribute("href").slice(1));
    if (row.hidden) { flaggedOnly.checked = false; flagType.value = ""; statusFilter.value = ""; applyFilters(); }
    e.preventDefault();
    focusRow(rows.indexOf(row));
  });
  [flaggedOnly, flagType, statusFilter].forEach(function (el) { el.addEventListener("change", applyFilters); });
  document.getElementById("save").addEventListener("click", save);
  document.addEventListener("keydown", function (e) {
    if (e.target.closest && e.target.closest("select, input, textarea") || e.ctrlKey || e.metaKey || e.altKey) return;
    var row = rows[current];
    switch (e.key) {
      case "j": case "ArrowDown": step(1, false); break;
      case "k": case "ArrowUp": step(-1, false); break;
      case "n": step(1, true); break;
      case "p": step(-1, true); break;
      case "v": if (row) setStatus(row, "verified"); break;
      case "r": if (row) setStatus(row, "rejected"); break;
      case "u": if (row && row.dataset.status) setStatus(row, row.dataset.status); break;
      case "f": flaggedOnly.checked = !flaggedOnly.checked; applyFilters(); break;
      case "s": save(); break;
      default: return;
    }
    e.preventDefault();
  });
  applyFilters();
  updateProgress();
})();
`;
