/**
 * A windowed list: of 20,000 links only the rows on screen (and a screenful
 * around them) are in the DOM. Rows wrap, so their heights differ: each is
 * estimated from its text until it has been drawn and measured, and the
 * space above and below the drawn rows is padding of those heights.
 */

/** Rows drawn beyond the visible area on each side, in pixels. */
const OVERSCAN = 600;

export interface ListSource<K extends object> {
  /** The identity a measured height is kept under (a link object: an edit makes new ones, the rest keep theirs). */
  key(item: number): K;
  estimate(item: number): number;
  render(item: number): HTMLElement;
}

export class WindowedList<K extends object> {
  private items: readonly number[] = [];
  private heights = new Float64Array(0);
  /** offsets[i] = total height of items before i. */
  private offsets = new Float64Array(1);
  private measured = new WeakMap<K, number>();
  /** Estimates are kept too: an edit makes a few new links, and the 20,000 others are not estimated again. */
  private readonly estimated = new WeakMap<K, number>();
  private frame = 0;
  private width = 0;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly body: HTMLElement,
    private readonly source: ListSource<K>,
  ) {
    scroller.addEventListener("scroll", () => this.schedule(), { passive: true });
    new ResizeObserver(() => {
      if (this.scroller.clientWidth === this.width) return;
      this.width = this.scroller.clientWidth;
      this.measured = new WeakMap();
      this.setItems(this.items);
      this.draw();
    }).observe(scroller);
  }

  /** What is shown now (link indices, in order). */
  get shown(): readonly number[] {
    return this.items;
  }

  /** What to show; drawn at the next refresh. */
  setItems(items: readonly number[]): void {
    this.items = items;
    this.heights = new Float64Array(items.length);
    items.forEach((item, i) => {
      const key = this.source.key(item);
      let h = this.measured.get(key) ?? this.estimated.get(key);
      if (h === undefined) {
        h = this.source.estimate(item);
        this.estimated.set(key, h);
      }
      this.heights[i] = h;
    });
    this.sum();
  }

  /** Draws again (after a change of selection or of the data). */
  refresh(): void {
    this.draw();
  }

  /** Scrolls the item at position i into view, if it is not (drawn at the next refresh, or by the scroll). */
  reveal(i: number): void {
    if (i < 0 || i >= this.items.length) return;
    // The header row is sticky above the body: what it covers is not in view.
    const top = this.offsets[i]!;
    const bottom = this.offsets[i + 1]!;
    const view = this.scroller.scrollTop;
    const height = this.scroller.clientHeight - this.headerHeight();
    if (top >= view && bottom <= view + height) return;
    // Items just set (a filter turned off) are not yet drawn: the body is as short as the last list, and the scroll
    // would stop at its end (stranger 95: the selection off screen). Drawn first, it is as tall as its items.
    if (this.body.offsetHeight < this.offsets[this.items.length]!) this.draw();
    this.scroller.scrollTop = Math.max(0, top - height / 3);
  }

  private headerHeight(): number {
    return this.body.offsetTop;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private sum(): void {
    const n = this.heights.length;
    this.offsets = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) this.offsets[i + 1] = this.offsets[i]! + this.heights[i]!;
  }

  /** First position whose bottom is below y. */
  private find(y: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offsets[mid + 1]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private draw(): void {
    const n = this.items.length;
    const top = Math.max(0, this.scroller.scrollTop);
    const first = this.find(Math.max(0, top - OVERSCAN));
    let last = first;
    const end = top + this.scroller.clientHeight + OVERSCAN;
    while (last < n && this.offsets[last]! < end) last++;
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) rows.push(this.source.render(this.items[i]!));
    // Rows kept from the last draw, in the same order, need no new layout: a move of the selection redraws two rows.
    const same = rows.length === this.body.children.length && rows.every((row, j) => this.body.children[j] === row);
    if (!same) this.body.replaceChildren(...rows);
    let changed = false;
    rows.forEach((row, j) => {
      const h = row.offsetHeight;
      const i = first + j;
      this.measured.set(this.source.key(this.items[i]!), h);
      if (h !== this.heights[i]) {
        this.heights[i] = h;
        changed = true;
      }
    });
    if (changed) this.sum();
    this.body.style.paddingTop = `${this.offsets[first]}px`;
    this.body.style.paddingBottom = `${this.offsets[n]! - this.offsets[last]!}px`;
  }
}
