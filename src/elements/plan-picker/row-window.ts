/**
 * Which rows of a long table to put in the DOM: the ones in the scrolled viewport plus a margin
 * on each side, with spacers standing in for the rest. Rows have one height, measured from a
 * rendered row; a short list is rendered whole, so it behaves as a plain table (find in page,
 * printing) and a long one costs the same as a short one.
 */

/** Lists up to this length are rendered whole. */
export const FULL_RENDER_LIMIT = 50;
/** Rows rendered beyond each edge of the viewport, so Tab and small scrolls find rows ready. */
export const OVERSCAN = 10;

export interface RowRange {
  /** Index of the first rendered row. */
  readonly start: number;
  /** Index after the last rendered row. */
  readonly end: number;
  /** Height of the rows before `start`, in px. */
  readonly before: number;
  /** Height of the rows from `end` on, in px. */
  readonly after: number;
}

export class RowWindow {
  /**
   * `fullRenderLimit`: lists up to this length are rendered whole (`FULL_RENDER_LIMIT` by default;
   * 0 windows every list, for a table whose pages are loaded as the buyer scrolls).
   */
  constructor(readonly fullRenderLimit = FULL_RENDER_LIMIT) {}

  /** Scroll offset of the rows' container, in px. */
  scrollTop = 0;
  /** Visible height of the container, in px; until measured, a typical 28rem. */
  viewport = 448;
  /** Height of one row, in px; until measured, a typical row. */
  rowHeight = 40;

  /** The rows to render out of `count`. */
  range(count: number): RowRange {
    if (count <= this.fullRenderLimit) return { start: 0, end: count, before: 0, after: 0 };
    const height = Math.max(1, this.rowHeight);
    const start = Math.min(count, Math.max(0, Math.floor(this.scrollTop / height) - OVERSCAN));
    const end = Math.min(count, Math.max(start, Math.ceil((this.scrollTop + this.viewport) / height) + OVERSCAN));
    return { start, end, before: start * height, after: (count - end) * height };
  }

  /** Takes a new scroll position and viewport; true when `count` rows now need another range. */
  scrollTo(scrollTop: number, viewport: number, count: number): boolean {
    const previous = this.range(count);
    this.scrollTop = Math.max(0, scrollTop);
    if (viewport > 0) this.viewport = viewport;
    const next = this.range(count);
    return next.start !== previous.start || next.end !== previous.end;
  }
}
