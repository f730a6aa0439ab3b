/**
 * The dialog for a segment's text: place the caret where a segment is to be
 * cut, or correct a typo. Enter confirms (Shift+Enter is a line break when
 * correcting), Esc cancels; the buttons do the same with the mouse.
 */
import { byId } from "./dom.js";

export class TextDialog {
  private readonly dialog = byId<HTMLDialogElement>("text-dialog");
  private readonly text = byId<HTMLTextAreaElement>("dialog-text");
  private readonly title = byId("dialog-title");
  private readonly ok = byId<HTMLButtonElement>("dialog-ok");
  private settle: ((confirmed: boolean) => void) | undefined;

  constructor() {
    this.ok.addEventListener("click", () => this.close(true));
    byId("dialog-cancel").addEventListener("click", () => this.close(false));
    this.dialog.addEventListener("cancel", (e) => {
      e.preventDefault();
      this.close(false);
    });
    this.text.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        this.close(true);
      }
    });
  }

  get open(): boolean {
    return this.dialog.open;
  }

  /** The offset where the reviewer wants `text` cut; undefined if they cancel. */
  async cut(text: string, offset: number): Promise<number | undefined> {
    this.title.textContent = "Cut the segment: put the caret where the second segment starts (click, or ←/→), then Enter";
    this.ok.textContent = "Cut here";
    this.text.readOnly = true;
    const confirmed = await this.show(text, offset);
    return confirmed ? this.text.selectionStart : undefined;
  }

  /** The segment's text as the reviewer corrected it; undefined if they cancel. */
  async correct(text: string): Promise<string | undefined> {
    this.title.textContent = "Correct the text (Enter saves, Shift+Enter for a line break, Esc cancels)";
    this.ok.textContent = "Correct";
    this.text.readOnly = false;
    const confirmed = await this.show(text, text.length);
    return confirmed ? this.text.value : undefined;
  }

  private show(text: string, caret: number): Promise<boolean> {
    this.text.value = text;
    this.dialog.showModal();
    this.text.focus();
    this.text.setSelectionRange(caret, caret);
    return new Promise((resolve) => {
      this.settle = resolve;
    });
  }

  private close(confirmed: boolean): void {
    const settle = this.settle;
    this.settle = undefined;
    this.dialog.close();
    settle?.(confirmed);
  }
}
