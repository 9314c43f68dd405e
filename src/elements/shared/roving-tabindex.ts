/**
 * Roving tabindex for a radio group built from `role="radio"` elements (plan cards), after the
 * WAI-ARIA radio group pattern: the group is one Tab stop (the checked item, else the first
 * enabled one), arrow keys move focus and select, Home/End go to the ends, Space and Enter select
 * the focused item, and disabled items (`aria-disabled="true"`) are skipped. Horizontal arrows
 * follow the reading direction, so in a right-to-left page ArrowLeft moves forward.
 *
 * The template renders items with `role`, `aria-checked` and `aria-disabled` only; this
 * controller owns their `tabindex` and sets it after every update of the host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingTabindexOptions {
  /** The group's items in order, as rendered now. */
  items: () => readonly HTMLElement[];
  /** The buyer chose `item` by key or click; apply it (the next render checks it). */
  onSelect: (item: HTMLElement) => void;
}

const isDisabled = (item: HTMLElement) => item.getAttribute('aria-disabled') === 'true';
const isChecked = (item: HTMLElement) => item.getAttribute('aria-checked') === 'true';

export class RovingTabindex implements ReactiveController {
  private readonly options: RovingTabindexOptions;

  constructor(host: ReactiveControllerHost, options: RovingTabindexOptions) {
    this.options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const items = this.options.items();
    const stop = items.find((item) => isChecked(item) && !isDisabled(item)) ?? items.find((item) => !isDisabled(item));
    for (const item of items) item.tabIndex = item === stop ? 0 : -1;
  }

  /** Bind on the group: `@keydown=${roving.handleKeydown}`. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    const items = this.options.items();
    const current = items.find((item) => item === event.target || item.contains(event.target as Node));
    if (current === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      if (!isDisabled(current)) this.options.onSelect(current);
      return;
    }
    const rtl = getComputedStyle(current).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let target: HTMLElement | undefined;
    if (event.key === forward || event.key === 'ArrowDown') target = this.step(items, current, 1);
    else if (event.key === backward || event.key === 'ArrowUp') target = this.step(items, current, -1);
    else if (event.key === 'Home') target = items.find((item) => !isDisabled(item));
    else if (event.key === 'End') target = [...items].reverse().find((item) => !isDisabled(item));
    else return;
    event.preventDefault();
    if (target === undefined || target === current) return;
    // Selection follows focus in a radio group.
    for (const item of items) item.tabIndex = item === target ? 0 : -1;
    target.focus();
    this.options.onSelect(target);
  };

  /** Bind on the group: `@click=${roving.handleClick}`. */
  readonly handleClick = (event: MouseEvent): void => {
    const item = this.options.items().find((candidate) => candidate === event.target || candidate.contains(event.target as Node));
    if (item !== undefined && !isDisabled(item)) this.options.onSelect(item);
  };

  /** The next enabled item from `current` in `direction`, wrapping around. */
  private step(items: readonly HTMLElement[], current: HTMLElement, direction: 1 | -1): HTMLElement | undefined {
    const start = items.indexOf(current);
    for (let offset = 1; offset <= items.length; offset += 1) {
      const item = items[(((start + direction * offset) % items.length) + items.length) % items.length];
      if (item !== undefined && !isDisabled(item)) return item;
    }
    return undefined;
  }
}
