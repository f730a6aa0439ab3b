/**
 * The review page: both texts side by side, link by link, in a windowed
 * list; filters; keys and buttons for every edit of src/edit; undo and redo;
 * the work kept in the browser between visits; Save as a JSON download (the
 * standalone file) or to `sverka review`'s server.
 */
import { pairCounts, problems } from "../edit/problems.js";
import type { Bitext, Link } from "../types.js";
import { COMMANDS, type CommandId, command, commandForKey, keyName, showKey } from "./commands.js";
import { byId, el } from "./dom.js";
import { cursorSegment, defaultCut, editFor, likelyCut, other } from "./edits.js";
import { WindowedList } from "./list.js";
import { type Cursor, type Cut, confidenceScale, isFlagged, renderRow, renumberRow, rowClass } from "./rows.js";
import { type Saver, saverFor } from "./server.js";
import { type Done, localStore, Session } from "./session.js";
import { TextDialog } from "./text-dialog.js";

/** The commands that change a neighbour of the selected link, and which one: -1 the previous, 1 the next. */
const NEIGHBOUR_STEP: Partial<Record<CommandId, -1 | 1>> = {
  "join-links": 1,
  "take-previous": -1,
  "take-next": 1,
  "give-previous": -1,
  "give-next": 1,
  "attach-previous": -1,
  "attach-next": 1,
};

/** Commands that move around rather than edit. */
const MOVES: ReadonlySet<CommandId> = new Set([
  "next",
  "previous",
  "next-flagged",
  "previous-flagged",
  "cursor-left",
  "cursor-right",
  "flagged-only",
]);

export class ReviewPage {
  readonly session: Session;
  private selected = 0;
  private cursor: Cursor = { side: "source", pos: 0 };
  private cut: Cut | undefined;
  /**
   * The link the filters hid from under the selection (verified, no longer flagged), the selection moved on to the next
   * shown: n and p count from it, so that the link moved to is not passed over (stranger 118).
   */
  private hiddenAt: number | undefined;
  /** The link selected when each edit was made (and each undone one): undo and redo go back to it. */
  private selectedAt: number[] = [];
  private selectedUndone: number[] = [];
  private confidence = confidenceScale([]);
  private readonly list: WindowedList<object>;
  private readonly dialog = new TextDialog();
  private readonly saver: Saver;
  /** The bitext last saved as a file (a download): edits since are what a closed tab would leave unsaved. */
  private savedAs: Bitext | undefined;
  /** The bitext the problems sidebar was made for (it is made again only when the bitext changes). */
  private problemsOf: Bitext | undefined;
  private progressOf: Bitext | undefined;
  private scaleOf: Bitext | undefined;
  /** A request for flags is under way (server mode); another is due after it. */
  private checking = false;
  private checkAgain = false;
  private idle = 0;
  private readonly rows = new WeakMap<Link, { sig: string; row: HTMLElement }>();

  constructor(bitext: Bitext) {
    this.saver = saverFor(bitext);
    this.session = new Session(bitext, (b) => localStore(b, safeStorage()));
    this.list = new WindowedList(byId("list"), byId("rows"), {
      key: (k) => this.session.bitext.links[k]!,
      estimate: (k) => this.estimate(k),
      render: (k) => this.row(k),
    });
    this.buildToolbar();
    this.listen();
    const { replayed, dropped, stale } = this.session.restore();
    this.confidence = confidenceScale(this.bitext.links);
    this.scaleOf = this.bitext;
    this.refilter();
    this.refresh();
    const edits = (n: number) => `${n} ${n === 1 ? "edit" : "edits"}`;
    if (replayed) this.say(`Restored ${edits(replayed)} from your last visit (z undoes them one by one).`);
    // Served, the links those edits made get their flags from the server as after any edit.
    if (replayed) void this.recheck();
    if (dropped) this.say(`Restored ${edits(replayed)}; ${dropped} no longer applied and were dropped.`);
    if (stale)
      this.say(
        `Not restored: ${edits(stale)} from your last visit were made on an earlier version of this file, which was changed and saved since. This is the saved version.`,
      );
  }

  private get bitext(): Bitext {
    return this.session.bitext;
  }

  private rowContext() {
    return {
      bitext: this.bitext,
      confidence: this.confidence,
      unchecked: (l: Parameters<Session["isUnchecked"]>[0]) => this.session.isUnchecked(l),
      selected: this.selected,
      cursor: this.cursor,
      cut: this.cut,
    };
  }

  /**
   * Link k's row: the one drawn before when nothing it shows has changed (an
   * edit makes new link objects for the links it touches, so the others keep
   * theirs), else a new one. Drawing again after an edit then lays out a
   * few rows, not a screenful.
   */
  private row(k: number): HTMLElement {
    const link = this.bitext.links[k]!;
    const ctx = this.rowContext();
    const here = k === this.selected;
    const cut = this.cut?.link === k ? `${this.cut.source}|${this.cut.target}` : "";
    const sig = `${here ? `${this.cursor.side}${this.cursor.pos}` : ""}|${cut}|${rowClass(link, ctx)}`;
    const kept = this.rows.get(link);
    if (kept?.sig === sig) {
      // A join or a split renumbers the links after it: their rows only need their number changed.
      if (kept.row.dataset.index !== String(k)) renumberRow(kept.row, k);
      return kept.row;
    }
    const row = renderRow(k, ctx);
    this.rows.set(link, { sig, row });
    return row;
  }

  /** A row's height before it is drawn: its longer side's text in lines of about 60 characters. */
  private estimate(k: number): number {
    const link = this.bitext.links[k]!;
    const chars = (name: "source" | "target") => link[name].reduce((n, id) => n + this.bitext[name].segments[id]!.text.length, 0);
    return 14 + 21 * Math.max(2, Math.ceil(Math.max(chars("source"), chars("target")) / 60));
  }

  // ---- filters and what is shown

  /** The filters as set now, as a test of a link. */
  private filter(): (k: number) => boolean {
    const flaggedOnly = byId<HTMLInputElement>("flagged-only").checked;
    const type = byId<HTMLSelectElement>("flag-type").value;
    const status = byId<HTMLSelectElement>("status-filter").value;
    const links = this.bitext.links;
    return (k) => {
      const link = links[k]!;
      if (flaggedOnly && !isFlagged(link) && !this.session.isUnchecked(link)) return false;
      if (type && !(link.flags ?? []).some((f) => f.type === type)) return false;
      if (status === "unreviewed" && link.status) return false;
      if (status && status !== "unreviewed" && link.status !== status) return false;
      return true;
    };
  }

  private passes(k: number): boolean {
    return this.filter()(k);
  }

  /** Filters again: what is shown, and the selection kept on a shown link (keys act on what is visible only). */
  private refilter(): void {
    const shown: number[] = [];
    const passes = this.filter();
    for (let k = 0; k < this.bitext.links.length; k++) if (passes(k)) shown.push(k);
    this.list.setItems(shown);
    if (shown.length && !shown.includes(this.selected)) {
      const hidden = this.selected;
      this.select(nearest(shown, hidden), false);
      this.hiddenAt = hidden;
    }
    byId("shown").textContent = `${shown.length} of ${this.bitext.links.length} links shown`;
  }

  /** After a filter changed: the selected link, kept or moved to a shown one, in view (stranger 95: the list went to its top, the selection off screen). */
  private filtered(): void {
    this.refilter();
    this.list.reveal(this.list.shown.indexOf(this.selected));
    this.refresh();
    this.showSelected();
  }

  private refresh(): void {
    this.list.refresh();
    this.updateControls();
    this.updateProgress();
    this.later();
  }

  /**
   * What can wait until the edit is on screen: the problems sidebar and the
   * confidence scale (quantiles of all the links, which one edit hardly moves).
   */
  private later(): void {
    if (this.idle || (this.problemsOf === this.bitext && this.scaleOf === this.bitext)) return;
    this.idle = window.setTimeout(() => {
      this.idle = 0;
      this.updateProblems();
      if (this.scaleOf === this.bitext) return;
      this.scaleOf = this.bitext;
      this.confidence = confidenceScale(this.bitext.links);
      this.list.refresh();
    }, LATER_MS);
  }

  private select(k: number, reveal = true): void {
    this.hiddenAt = undefined;
    if (k !== this.selected) this.cut = undefined;
    this.selected = k;
    const link = this.bitext.links[k];
    if (link) this.cursor = { side: this.cursor.side, pos: Math.min(this.cursor.pos, Math.max(0, link[this.cursor.side].length - 1)) };
    if (reveal) this.list.reveal(this.list.shown.indexOf(k));
    this.refresh();
    if (reveal) this.showSelected();
  }

  /**
   * The selected row brought fully into view once drawn: the list scrolls to it by estimated heights, and rows drawn
   * taller than estimated left the last links of a document selected below the pane's edge, keys acting on a link
   * out of sight (stranger 86).
   */
  private showSelected(): void {
    document.getElementById(`l${this.selected}`)?.scrollIntoView({ block: "nearest" });
  }

  /** Selects link k (shown or not: the filters are cleared if it is hidden). */
  selectLink(k: number): void {
    if (!this.passes(k)) {
      byId<HTMLInputElement>("flagged-only").checked = false;
      byId<HTMLSelectElement>("flag-type").value = "";
      byId<HTMLSelectElement>("status-filter").value = "";
      this.refilter();
    }
    this.select(k);
  }

  private step(dir: 1 | -1, flaggedOnly: boolean): void {
    const shown = this.list.shown;
    let i = shown.indexOf(this.selected);
    if (i < 0) i = dir > 0 ? -1 : shown.length;
    // From the link the filters hid, the selection having moved on from it by itself: the next shown is the next.
    const hidden = this.hiddenAt;
    if (hidden !== undefined) {
      const after = shown.findIndex((k) => k > hidden);
      const at = after < 0 ? shown.length : after;
      i = dir > 0 ? at - 1 : at;
    }
    for (let j = i + dir; j >= 0 && j < shown.length; j += dir) {
      const link = this.bitext.links[shown[j]!]!;
      // Links the reviewer just made are not "flagged": n goes on to what the review found.
      if (!flaggedOnly || isFlagged(link)) {
        this.select(shown[j]!);
        return;
      }
    }
    this.say(flaggedOnly ? `No flagged link ${dir > 0 ? "below" : "above"}.` : `This is the ${dir > 0 ? "last" : "first"} link shown.`);
  }

  /** ←/→: through the link's source segments (or its empty source cell), then its target ones. */
  private moveCursor(dir: 1 | -1): void {
    const link = this.bitext.links[this.selected];
    if (!link) return;
    const slots = (["source", "target"] as const).flatMap((side) =>
      link[side].length ? link[side].map((_, pos) => ({ side, pos })) : [{ side, pos: 0 }],
    );
    const i = slots.findIndex((c) => c.side === this.cursor.side && c.pos === this.cursor.pos);
    const next = slots[Math.max(0, Math.min(slots.length - 1, i + dir))]!;
    this.cursor = next;
    this.list.refresh();
    this.updateControls();
  }

  // ---- commands

  run(id: CommandId): void {
    if (this.cut && this.cutKey(id)) return;
    if (MOVES.has(id)) this.move(id);
    else if (id === "undo") this.history(this.session.undo(), "Undone");
    else if (id === "redo") this.history(this.session.redo(), "Redone");
    else if (id === "save") void this.save();
    else if (!this.list.shown.includes(this.selected))
      this.say("No link is shown: the filters hide every link, and keys act on a link you can see.");
    else if (id === "split-link") this.startCut();
    else if (id === "split-segment") void this.cutSegment();
    else if (id === "correct") void this.correct();
    else if (id === "verify" || id === "reject") this.mark(id);
    else this.edit(id);
  }

  private move(id: CommandId): void {
    if (id === "next") this.step(1, false);
    else if (id === "previous") this.step(-1, false);
    else if (id === "next-flagged") this.step(1, true);
    else if (id === "previous-flagged") this.step(-1, true);
    else if (id === "cursor-left") this.moveCursor(-1);
    else if (id === "cursor-right") this.moveCursor(1);
    else if (id === "flagged-only") {
      const box = byId<HTMLInputElement>("flagged-only");
      box.checked = !box.checked;
      this.filtered();
    }
  }

  /** v and r set a decision; on a link that already has it they say so (undo, or ○, is the way back). */
  private mark(id: "verify" | "reject"): void {
    const status = id === "verify" ? "verified" : "rejected";
    if (this.bitext.links[this.selected]?.status === status) {
      this.say(`Link ${this.selected + 1} is already ${status}: z undoes the last change, Backspace clears the decision.`);
      return;
    }
    this.edit(id);
  }

  /** Makes the command's edit on the selection, or says why it cannot be made. */
  edit(id: CommandId, made = editFor(id, this.selection())): void {
    if (!made) {
      this.say(`Nothing to ${command(id).label} here.`);
      return;
    }
    const problem = this.session.problem(made) ?? this.hiddenNeighbour(id);
    if (problem) {
      this.say(`Cannot ${command(id).label}: ${problem}.`);
      return;
    }
    const anchor = this.anchor();
    this.selectedAt.push(this.selected);
    this.selectedUndone = [];
    const done = this.session.apply(made);
    this.cut = undefined;
    this.afterEdit(done, anchor);
    // The message says what was done, so no earlier message (a hint, "Nothing to undo.") stays on screen.
    this.say(
      made.op === "verify-above"
        ? `Verified ${done.change.removed.filter((l, i) => l !== done.change.inserted[i]).length} links.`
        : made.op === "split-link"
          ? "Done: split the link; its first part is selected (z undoes)."
          : `Done: ${command(id).label} (z undoes).`,
    );
  }

  /**
   * Why an edit of the selected link and a neighbour must wait, where the filters hide that neighbour: a join under
   * "flagged only" took the next link in the document, a heading the reviewer could not see (stranger 290).
   */
  private hiddenNeighbour(id: CommandId): string | undefined {
    const step = NEIGHBOUR_STEP[id];
    if (step === undefined) return undefined;
    const k = this.selected + step;
    if (k < 0 || k >= this.bitext.links.length || this.list.shown.includes(k)) return undefined;
    return `link ${k + 1}, the ${step < 0 ? "previous" : "next"} one, is hidden by the filters: show it (f, or clear the filters) to see what the edit would change`;
  }

  private history(done: Done | undefined, verb: string): void {
    if (!done) {
      this.say(verb === "Undone" ? "Nothing to undo." : "Nothing to redo.");
      return;
    }
    this.cut = undefined;
    // Undo selects the link that was selected when the edit was made; redo the one undo left.
    const [from, to] = verb === "Undone" ? [this.selectedAt, this.selectedUndone] : [this.selectedUndone, this.selectedAt];
    const back = from.pop();
    to.push(this.selected);
    this.afterEdit(done, undefined, back);
    this.say(`${verb}: ${done.edit.op.replace(/-/g, " ")}.`);
  }

  /** The segment the selection follows through an edit: the cursor's, else the first of the link's other side. */
  private anchor(): { side: "source" | "target"; id: number } | undefined {
    const link = this.bitext.links[this.selected];
    if (!link) return undefined;
    const here = cursorSegment(link, this.cursor);
    if (here !== undefined) return { side: this.cursor.side, id: here };
    const there = link[other(this.cursor.side)][0];
    return there === undefined ? undefined : { side: other(this.cursor.side), id: there };
  }

  private afterEdit(done: Done, anchor: { side: "source" | "target"; id: number } | undefined, select?: number): void {
    const links = this.bitext.links;
    const holds = (k: number) => anchor !== undefined && links[k]?.[anchor.side].includes(anchor.id);
    // A split selects its first part, whichever side the cursor was on: the next key acts where the reader expects.
    const first = done.edit.op === "split-link" ? done.touched[0] : undefined;
    const target =
      select ?? first ?? done.touched.find(holds) ?? (done.edit.op === "verify-above" ? this.selected : (done.touched[0] ?? this.selected));
    this.refilter();
    // A decision the filters hide ("not reviewed" shown, a link verified) moves on to the next link shown: keys act on
    // what is visible only (stranger 95: r then rejected the link just verified, out of sight).
    this.selected = shownFrom(this.list.shown, Math.min(target, links.length - 1));
    const link = links[this.selected]!;
    const pos = anchor && link[this.cursor.side].includes(anchor.id) ? link[this.cursor.side].indexOf(anchor.id) : 0;
    this.cursor = { side: this.cursor.side, pos: Math.min(pos, Math.max(0, link[this.cursor.side].length - 1)) };
    this.list.reveal(this.list.shown.indexOf(this.selected));
    this.refresh();
    this.showSelected();
    void this.recheck(done);
  }

  /**
   * Server mode: the links edits made (and those beside them) get the flags
   * `sverka check` would give them. One request at a time, for every link
   * not re-checked yet: an answer that comes after another edit is dropped,
   * and the next request asks again for all that are left.
   */
  private async recheck(done?: Done): Promise<void> {
    if (this.saver.mode !== "server" || done?.edit.op === "status" || done?.edit.op === "verify-above") return;
    if (this.checking) {
      this.checkAgain = true;
      return;
    }
    this.checking = true;
    try {
      do {
        this.checkAgain = false;
        await this.askFlags();
      } while (this.checkAgain);
    } finally {
      this.checking = false;
    }
  }

  private async askFlags(): Promise<void> {
    const before = this.bitext;
    const ks = before.links.flatMap((l, k) => (this.session.isUnchecked(l) ? [k] : []));
    if (ks.length === 0) return;
    let flags: Awaited<ReturnType<Saver["review"]>>;
    try {
      flags = await this.saver.review(this.session.edits, ks);
    } catch (e) {
      this.say(`Could not re-check the flags: ${notAnswered(e)}`);
      return;
    }
    if (!flags) return;
    if (this.bitext !== before) {
      this.checkAgain = true;
      return;
    }
    for (const { link, flags: f } of flags) this.session.setFlags(link, f);
    this.refilter();
    this.refresh();
  }

  // ---- the link split: choose the cut on each side, then Enter

  private startCut(): void {
    if (this.cut) {
      this.edit("split-link");
      return;
    }
    const made = editFor("split-link", this.selection());
    const problem = made && this.session.problem(made);
    if (!made || problem) {
      this.say(`Cannot split this link: ${problem ?? "nothing selected"}.`);
      return;
    }
    this.cut = defaultCut(this.bitext, this.selected);
    this.say(
      "Choose the cut: ↑/↓ move it on this side, ←/→ change side (or click the segment that starts the second link); Enter splits, Esc cancels.",
    );
    this.refresh();
  }

  /** Keys while a cut is being chosen; true when taken. */
  private cutKey(id: CommandId | "enter" | "escape"): boolean {
    const cut = this.cut!;
    const side = this.cursor.side;
    const n = this.bitext.links[cut.link]![side].length;
    if (id === "next" || id === "previous") {
      const at = Math.max(0, Math.min(n, cut[side] + (id === "next" ? 1 : -1)));
      this.cut = { ...cut, [side]: at };
    } else if (id === "enter") this.edit("split-link");
    else if (id === "escape") {
      this.cut = undefined;
      this.say("Split cancelled.");
    } else return false;
    this.refresh();
    return true;
  }

  setCut(side: "source" | "target", pos: number): void {
    if (this.cut) this.cut = { ...this.cut, [side]: pos };
    this.refresh();
  }

  // ---- segment text: cut at a place, correct

  private async cutSegment(): Promise<void> {
    const made = editFor("split-segment", this.selection());
    const problem = made && this.session.problem(made);
    if (made?.op !== "split-segment" || problem) {
      this.say(`Cannot cut here: ${problem ?? "put the cursor on a segment (←/→)"}.`);
      return;
    }
    const text = this.segmentText(made.side, made.segment);
    const offset = await this.dialog.cut(text, likelyCut(text));
    if (offset !== undefined) this.edit("split-segment", { ...made, offset });
  }

  private async correct(): Promise<void> {
    const made = editFor("correct", this.selection());
    if (made?.op === "translate") {
      const typed = await this.dialog.correct(made.text);
      if (typed !== undefined && typed.trim() !== made.text) this.edit("correct", { ...made, text: typed });
      return;
    }
    if (made?.op !== "correct") {
      this.say("Put the cursor on a segment (←/→) to correct it, or on a sentence's empty translation to type it.");
      return;
    }
    const text = await this.dialog.correct(made.text);
    if (text !== undefined && text !== made.text) this.edit("correct", { ...made, text });
  }

  private segmentText(side: "source" | "target", id: number): string {
    const seg = this.bitext[side].segments[id]!;
    return seg.corrected ?? seg.text;
  }

  private selection() {
    const threshold = Number(byId<HTMLInputElement>("threshold").value);
    return { bitext: this.bitext, link: this.selected, cursor: this.cursor, cut: this.cut, threshold };
  }

  // ---- saving

  private async save(): Promise<void> {
    try {
      const before = this.bitext;
      const { message, saved } = await this.saver.save(before);
      if (this.saver.mode === "file") this.savedAs = before;
      if (saved) {
        this.session.rebase(saved);
        this.selectedAt = [];
        this.selectedUndone = [];
        this.refilter();
        this.refresh();
      }
      this.say(message);
      this.updateControls();
    } catch (e) {
      this.say(`Not saved: ${notAnswered(e)}`);
    }
  }

  // ---- the controls

  private buildToolbar(): void {
    const bar = byId("edit-toolbar");
    for (const group of ["link", "segment", "review", "history", "file"] as const) {
      const box = el("span", { class: `group group-${group}`, role: "group", "aria-label": group });
      for (const c of COMMANDS.filter((x) => x.group === group && x.glyph)) {
        const key = showKey(c.keys[0]!);
        box.append(
          el(
            "button",
            { type: "button", id: `cmd-${c.id}`, "data-cmd": c.id, title: `${c.label} (${key})`, "aria-keyshortcuts": c.keys.join(" ") },
            c.glyph!,
          ),
        );
        if (c.id === "verify-above") box.append(byId("threshold"));
      }
      bar.append(box);
    }
  }

  private updateControls(): void {
    const s = this.selection();
    for (const button of byId("edit-toolbar").querySelectorAll<HTMLButtonElement>("button[data-cmd]")) {
      const id = button.dataset.cmd as CommandId;
      const reason = this.whyNot(id, s);
      button.disabled = reason !== undefined;
      button.title = `${command(id).label} (${showKey(command(id).keys[0]!)})${reason ? ` — not now: ${reason}` : ""}`;
      if (id === "split-link") button.textContent = this.cut ? "✂ split here" : command(id).glyph!;
    }
  }

  private whyNot(id: CommandId, s: ReturnType<ReviewPage["selection"]>): string | undefined {
    if (id === "undo") return this.session.canUndo ? undefined : "nothing to undo";
    if (id === "redo") return this.session.canRedo ? undefined : "nothing to redo";
    // Whether any link is left to verify is said on use: asking after every key would read all the links.
    if (id === "save" || id === "verify-above") return undefined;
    const made = editFor(id, s);
    if (!made) return "put the cursor on a segment (←/→)";
    if (id === "clear-status" && !this.bitext.links[s.link]?.status) return "the link has no decision";
    return this.session.problem(made);
  }

  private updateProgress(): void {
    if (this.progressOf === this.bitext) return;
    this.progressOf = this.bitext;
    let verified = 0;
    let rejected = 0;
    for (const l of this.bitext.links) {
      if (l.status === "verified") verified++;
      else if (l.status === "rejected") rejected++;
    }
    // Counted as `sverka check` counts them: a passage of sentences left out is one problem.
    // The pair's own problems (a code block changed, no translation at all) too, as `check` counts them (stranger 376).
    const flags = pairCounts(this.bitext);
    const left = this.bitext.links.length - verified - rejected;
    // A split or a join changes the links, a cut segment the segments: the header counts them as they are now.
    const { source, target, links } = this.bitext;
    byId("totals").textContent = `${source.segments.length} source and ${target.segments.length} target segments in ${links.length} links`;
    const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    byId("flag-counts").textContent = `${counted(flags.error, "error")} · ${counted(flags.warning, "warning")} · ${flags.info} info`;
    byId("progress").textContent = `${verified} verified, ${rejected} rejected, ${left} to review`;
  }

  /**
   * The problems sidebar, as `sverka check` lists them (a passage left out
   * once), with the link each is on (the first 200; n and p go through all).
   */
  private updateProblems(): void {
    if (this.problemsOf === this.bitext) return;
    this.problemsOf = this.bitext;
    const shown = problems(this.bitext.links).filter(({ flag }) => flag.severity !== "info");
    const items = shown
      .slice(0, PROBLEMS_LISTED)
      .map(({ link: k, flag: f }) =>
        el(
          "li",
          { class: `sev-${f.severity}` },
          el("a", { href: `#l${k}`, "data-link": k }, el("span", { class: "badge" }, f.type), ` link ${k + 1}: ${f.reason}`),
        ),
      );
    // The pair's own problems first, on no link: a changed code block is nowhere among the rows (stranger 376).
    const whole = (this.bitext.documentFlags ?? [])
      .filter((f) => f.severity !== "info")
      .map((f) => el("li", { class: `sev-${f.severity}` }, el("span", { class: "badge" }, f.type), ` the whole pair: ${f.reason}`));
    byId("problems-count").textContent = String(whole.length + shown.length);
    byId("problem-list").replaceChildren(...whole, ...items);
  }

  say(message: string): void {
    byId("message").textContent = message;
  }

  // ---- events

  private listen(): void {
    for (const id of ["flagged-only", "flag-type", "status-filter"]) byId(id).addEventListener("change", () => this.filtered());
    byId("edit-toolbar").addEventListener("click", (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>("button[data-cmd]");
      if (button && !button.disabled) this.run(button.dataset.cmd as CommandId);
    });
    byId("rows").addEventListener("click", (e) => this.onRowClick(e));
    byId("problem-list").addEventListener("click", (e) => this.onProblemClick(e));
    document.addEventListener("keydown", (e) => this.onKey(e));
    // Edits not saved to the file yet: the browser keeps them, but a tab closed by mistake is asked about first.
    window.addEventListener("beforeunload", (e) => {
      // Opened as a file, the edits stay (the browser keeps them): saved once downloaded, until the next one (stranger 95).
      if (this.session.edits.length === 0 || this.bitext === this.savedAs) return;
      e.preventDefault();
      e.returnValue = "";
    });
  }

  private onRowClick(e: MouseEvent): void {
    const target = e.target as Element;
    const row = target.closest<HTMLElement>(".row.link");
    if (!row) return;
    const k = Number(row.dataset.index);
    const seg = target.closest<HTMLElement>(".seg");
    if (seg && this.cut?.link === k) {
      this.setCut(seg.dataset.side as "source" | "target", Number(seg.dataset.pos));
      return;
    }
    if (k !== this.selected) this.select(k, false);
    if (seg) {
      this.cursor = { side: seg.dataset.side as "source" | "target", pos: Number(seg.dataset.pos) };
      this.refresh();
    }
    const button = target.closest<HTMLButtonElement>("button[data-cmd]");
    if (button) this.run(button.dataset.cmd as CommandId);
  }

  private onProblemClick(e: MouseEvent): void {
    const a = (e.target as Element).closest<HTMLElement>("a[data-link]");
    if (!a) return;
    e.preventDefault();
    this.selectLink(Number(a.dataset.link));
  }

  private onKey(e: KeyboardEvent): void {
    if (this.dialog.open || (e.target as Element).closest?.("select, input, textarea")) return;
    if (this.cut && (e.key === "Enter" || e.key === "Escape")) {
      e.preventDefault();
      this.cutKey(e.key === "Enter" ? "enter" : "escape");
      return;
    }
    const id = commandForKey(keyName(e));
    if (!id) return;
    e.preventDefault();
    this.run(id);
  }
}

/** Problems listed in the sidebar: a long list costs layout after every edit, and n goes through them all anyway. */
const PROBLEMS_LISTED = 200;
/** How long after a key the sidebar and the confidence scale are brought up to date. */
const LATER_MS = 120;

/** k where it is shown; else the first shown after it, else the last before it; k where nothing is shown. */
function shownFrom(sorted: readonly number[], k: number): number {
  if (sorted.length === 0 || sorted.includes(k)) return k;
  return sorted.find((x) => x > k) ?? sorted[sorted.length - 1]!;
}

function nearest(sorted: readonly number[], k: number): number {
  let best = sorted[0]!;
  for (const x of sorted) if (Math.abs(x - k) < Math.abs(best - k)) best = x;
  return best;
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

performance.mark("sverka-script");
const data = JSON.parse(byId("bitext-data").textContent ?? "null") as Bitext;
performance.mark("sverka-parsed");
const page = new ReviewPage(data);
// The first rows are laid out (measured) by now: the bench reads this mark.
performance.mark("sverka-ready");
// For the tests and the bench: the page's state, read-only in spirit.
(window as unknown as { sverkaReview: ReviewPage }).sverkaReview = page;

/**
 * Why a request failed, as a reviewer can act on it: a fetch the network refused (the `sverka review` that served the
 * page has stopped) says where the edits are and how to save them (stranger 86: "Failed to fetch" alone).
 */
function notAnswered(e: unknown): string {
  if (e instanceof TypeError)
    return "sverka review is not running (stopped?). Your edits are kept in this browser: run sverka review on the same bitext again, open the address it prints (a new token: this page's address is refused), and save there.";
  return (e as Error).message;
}
