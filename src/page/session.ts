/**
 * The editing session: the bitext as the reviewer has made it so far, every
 * edit undoable and redoable without limit, and the edits kept in the
 * browser's storage under a key of the document pair, so a reload or a
 * closed tab loses nothing. The edits themselves are src/edit's, the same
 * pure functions the server and the library run.
 */
import { applyChange, type Change, changeOf, type Edit, editProblem, invertChange, touchedLinks } from "../edit/index.js";
import type { Bitext, Flag, Link } from "../types.js";

interface Step {
  readonly edit: Edit;
  readonly change: Change;
}

/** What an apply, an undo or a redo did: the links it made, to select and (server mode) to review again. */
export interface Done {
  readonly edit: Edit;
  readonly change: Change;
  readonly touched: readonly number[];
}

/** Edits that change the text or the links, after which the review's flags no longer describe the link. */
const RESHAPING = (edit: Edit) => edit.op !== "status" && edit.op !== "verify-above";

export class Session {
  bitext: Bitext;
  private done: Step[] = [];
  private undone: Step[] = [];
  /** Links an edit made whose flags are not made anew yet ("not re-checked"). */
  private readonly unchecked = new WeakSet<Link>();

  private store: EditStore | undefined;

  /** `storeFor` gives the storage of a bitext's edits (none where the browser keeps nothing). */
  constructor(
    private base: Bitext,
    private readonly storeFor?: (bitext: Bitext) => EditStore | undefined,
  ) {
    this.bitext = base;
    this.store = storeFor?.(base);
  }

  problem(edit: Edit): string | undefined {
    return editProblem(this.bitext, edit);
  }

  apply(edit: Edit): Done {
    const change = changeOf(this.bitext, edit);
    this.done.push({ edit, change });
    this.undone = [];
    return this.make(edit, change);
  }

  undo(): Done | undefined {
    const step = this.done.pop();
    if (!step) return undefined;
    this.undone.push(step);
    return this.make(step.edit, invertChange(step.change), false);
  }

  redo(): Done | undefined {
    const step = this.undone.pop();
    if (!step) return undefined;
    this.done.push(step);
    return this.make(step.edit, step.change);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }
  get canRedo(): boolean {
    return this.undone.length > 0;
  }
  get edits(): readonly Edit[] {
    return this.done.map((s) => s.edit);
  }

  isUnchecked(link: Link): boolean {
    return this.unchecked.has(link);
  }

  /** Link k with the flags the review gave it (server mode): it is checked again. Undo still works, as changes replace by position. */
  setFlags(k: number, flags: readonly Flag[]): void {
    const links = this.bitext.links.slice();
    links[k] = { ...links[k]!, flags };
    this.bitext = { ...this.bitext, links };
  }

  /**
   * Edits stored by an earlier visit, made again; returns how many could be (the
   * first that cannot ends the replay). Edits made on another version of the
   * file (its decisions or corrections changed and saved since, by another tab
   * or by hand) are not replayed over it: they are counted as `stale` and dropped.
   */
  restore(): { replayed: number; dropped: number; stale: number } {
    const stored = this.store?.load() ?? { edits: [], sameBase: true };
    if (!stored.sameBase) {
      this.store?.clear();
      return { replayed: 0, dropped: 0, stale: stored.edits.length };
    }
    const { edits } = stored;
    let replayed = 0;
    for (const edit of edits) {
      if (this.problem(edit) !== undefined) break;
      this.apply(edit);
      replayed++;
    }
    if (replayed < edits.length) this.store?.save(this.edits);
    return { replayed, dropped: edits.length - replayed, stale: 0 };
  }

  /**
   * After a save to the server, what was saved (the same links, every flag
   * made anew) is the new starting point: the stored edits are done with, and
   * undo goes back no further than the save.
   */
  rebase(saved: Bitext): void {
    this.store?.clear();
    this.store = this.storeFor?.(saved);
    this.base = saved;
    this.bitext = saved;
    this.done = [];
    this.undone = [];
  }

  get original(): Bitext {
    return this.base;
  }

  private make(edit: Edit, change: Change, forward = true): Done {
    this.bitext = applyChange(this.bitext, change);
    if (RESHAPING(edit) && forward) for (const link of change.inserted) this.unchecked.add(link);
    this.store?.save(this.edits);
    return { edit, change, touched: touchedLinks(change) };
  }
}

/** Where a session's edits live between visits. */
export interface EditStore {
  /** The stored edits, and whether they were made on this very version of the bitext (decisions and corrections included). */
  load(): { edits: Edit[]; sameBase: boolean };
  save(edits: readonly Edit[]): void;
  clear(): void;
}

/**
 * localStorage under a key made of the document pair: both paths and a hash
 * of both texts and the links as they were delivered, so edits are never
 * replayed on another pair or on a bitext aligned again.
 */
export function localStore(bitext: Bitext, storage: Storage | undefined): EditStore | undefined {
  if (!storage) return undefined;
  const key = `sverka-review:${bitext.source.path ?? ""}|${bitext.target.path ?? ""}|${fingerprint(bitext)}`;
  const base = decisionsFingerprint(bitext);
  return {
    load() {
      try {
        const raw = JSON.parse(storage.getItem(key) ?? "null") as { edits?: unknown; base?: unknown } | null;
        const edits = Array.isArray(raw?.edits) ? (raw.edits as Edit[]) : [];
        return { edits, sameBase: raw?.base === undefined || raw.base === base };
      } catch {
        return { edits: [], sameBase: true };
      }
    },
    save(edits) {
      try {
        if (edits.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), base, edits }));
      } catch {
        // Storage full or disabled (a private window): the session goes on, unsaved between visits.
      }
    },
    clear() {
      storage.removeItem(key);
    },
  };
}

/**
 * FNV-1a over the offsets of every segment, the first characters of each and
 * the links: enough to tell two bitexts apart, and a few ms for 20,000 links
 * (hashing every character of a long document took a tenth of its opening).
 */
export function fingerprint(bitext: Bitext): string {
  let h = 0x811c9dc5;
  const num = (x: number) => {
    h = Math.imul(h ^ x, 0x01000193);
  };
  const text = (s: string, max: number) => {
    for (let i = 0; i < s.length && i < max; i++) num(s.charCodeAt(i));
    num(s.length);
  };
  for (const side of [bitext.source, bitext.target]) {
    text(side.lang, 64);
    for (const g of side.segments) {
      num(g.start);
      num(g.end);
      text(g.text, FINGERPRINT_CHARS);
    }
  }
  for (const l of bitext.links) {
    num(l.source[0] ?? -1);
    num(l.source.length);
    num(l.target[0] ?? -1);
    num(l.target.length);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** The reviewer's decisions and corrections of a bitext (statuses, corrected texts), hashed: what another save may have changed under the same key. */
export function decisionsFingerprint(bitext: Bitext): string {
  let h = 0x811c9dc5;
  const text = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ s.length, 0x01000193);
  };
  for (const l of bitext.links) text(l.status ?? "-");
  for (const side of [bitext.source, bitext.target])
    for (const g of side.segments) if (g.corrected !== undefined) text(`${g.id}:${g.corrected}`);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Characters of each segment that enter the fingerprint. */
const FINGERPRINT_CHARS = 24;
