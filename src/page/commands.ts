/**
 * Every command of the review page: its name, its keys and the label of its
 * control. The toolbar, the key handler and the help line are made from this
 * list, so a key and its button cannot drift apart (README's table lists the same).
 */

export type CommandId =
  | "next"
  | "previous"
  | "next-flagged"
  | "previous-flagged"
  | "cursor-left"
  | "cursor-right"
  | "join-links"
  | "split-link"
  | "take-previous"
  | "take-next"
  | "give-previous"
  | "give-next"
  | "detach"
  | "attach-previous"
  | "attach-next"
  | "split-segment"
  | "join-segments"
  | "correct"
  | "verify"
  | "reject"
  | "clear-status"
  | "verify-above"
  | "undo"
  | "redo"
  | "flagged-only"
  | "save";

export interface Command {
  readonly id: CommandId;
  /** Keys as KeyboardEvent.key, with "Shift+", "Alt+", "Ctrl+" prefixes where a modifier is needed. */
  readonly keys: readonly string[];
  /** What the control says (and its tooltip, with the first key). */
  readonly label: string;
  /** Toolbar group; navigation has no button of its own. */
  readonly group: "move" | "link" | "segment" | "review" | "history" | "file";
  /** A short glyph for the button, when it has one. */
  readonly glyph?: string;
}

export const COMMANDS: readonly Command[] = [
  { id: "next", keys: ["j", "ArrowDown"], label: "next link", group: "move" },
  { id: "previous", keys: ["k", "ArrowUp"], label: "previous link", group: "move" },
  { id: "next-flagged", keys: ["n"], label: "next flagged link", group: "move" },
  { id: "previous-flagged", keys: ["p"], label: "previous flagged link", group: "move" },
  { id: "cursor-left", keys: ["h", "ArrowLeft"], label: "previous segment of the link", group: "move" },
  { id: "cursor-right", keys: ["l", "ArrowRight"], label: "next segment of the link", group: "move" },
  { id: "join-links", keys: ["m"], label: "join with the next link", group: "link", glyph: "⤓ join" },
  { id: "split-link", keys: ["x"], label: "split the link (choose the cut, Enter)", group: "link", glyph: "✂ split" },
  {
    id: "take-previous",
    keys: ["Shift+ArrowUp", "K"],
    label: "take the previous link's last segment (this side)",
    group: "link",
    glyph: "⇡ take",
  },
  {
    id: "take-next",
    keys: ["Shift+ArrowDown", "J"],
    label: "take the next link's first segment (this side)",
    group: "link",
    glyph: "⇣ take",
  },
  {
    id: "give-previous",
    keys: ["Alt+ArrowUp"],
    label: "give the first segment (this side) to the previous link",
    group: "link",
    glyph: "↑ give",
  },
  { id: "give-next", keys: ["Alt+ArrowDown"], label: "give the last segment (this side) to the next link", group: "link", glyph: "↓ give" },
  { id: "detach", keys: ["d"], label: "detach the segment (unmatched)", group: "segment", glyph: "detach" },
  { id: "attach-previous", keys: ["a"], label: "attach the unmatched segment to the previous link", group: "segment", glyph: "attach ↑" },
  { id: "attach-next", keys: ["A"], label: "attach the unmatched segment to the next link", group: "segment", glyph: "attach ↓" },
  { id: "split-segment", keys: ["c"], label: "cut the segment in two (place the caret, Enter)", group: "segment", glyph: "cut" },
  { id: "join-segments", keys: ["g"], label: "glue the segment to the next one of its side", group: "segment", glyph: "glue" },
  { id: "correct", keys: ["e"], label: "correct the segment's text", group: "segment", glyph: "✎ correct" },
  { id: "verify", keys: ["v"], label: "verify", group: "review", glyph: "✓" },
  { id: "reject", keys: ["r"], label: "reject", group: "review", glyph: "✗" },
  { id: "clear-status", keys: ["Backspace"], label: "clear the decision", group: "review", glyph: "○" },
  { id: "verify-above", keys: ["V"], label: "verify every unflagged link at or above the confidence", group: "review", glyph: "✓ all ≥" },
  { id: "undo", keys: ["z", "u", "Ctrl+z"], label: "undo", group: "history", glyph: "↶ undo" },
  { id: "redo", keys: ["y", "Ctrl+y", "Ctrl+Shift+Z"], label: "redo", group: "history", glyph: "↷ redo" },
  { id: "flagged-only", keys: ["f"], label: "show flagged links only", group: "move" },
  { id: "save", keys: ["s", "Ctrl+s"], label: "save the reviewed JSON", group: "file", glyph: "Save" },
];

/** The name of a key press as the keys above spell it ("K", "Shift+ArrowUp", "Ctrl+z"). */
export function keyName(e: Pick<KeyboardEvent, "key" | "shiftKey" | "altKey" | "ctrlKey" | "metaKey">): string {
  const printable = e.key.length === 1;
  const mods = [e.ctrlKey || e.metaKey ? "Ctrl" : "", e.altKey ? "Alt" : "", e.shiftKey && !printable ? "Shift" : ""];
  // A printable key already says its shift ("K", "A", "V"); Ctrl+Shift+z reads "Ctrl+Shift+Z".
  if (printable && e.shiftKey && (e.ctrlKey || e.metaKey)) mods[2] = "Shift";
  return [...mods.filter(Boolean), e.key].join("+");
}

const BY_KEY = new Map<string, CommandId>(COMMANDS.flatMap((c) => c.keys.map((k) => [k, c.id] as const)));

export function commandForKey(name: string): CommandId | undefined {
  return BY_KEY.get(name);
}

export function command(id: CommandId): Command {
  return COMMANDS.find((c) => c.id === id)!;
}

/** How a key is shown on a control: "Shift+ArrowUp" as "Shift+↑". */
export function showKey(key: string): string {
  return key.replace("ArrowUp", "↑").replace("ArrowDown", "↓").replace("ArrowLeft", "←").replace("ArrowRight", "→");
}
