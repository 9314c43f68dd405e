/**
 * The store's state cell, at the scale of Zustand's vanilla store: `get`, `subscribe`, `onEvent`,
 * `commit` and `emit`. A commit first derives what follows from the draft (the pricing), lets the
 * store's own machinery follow the change before any listener sees it, then tells the listeners.
 * A listener's exception is reported and never stops the store or the other listeners.
 */
import { initialState, type CheckoutState } from './checkout-state.js';
import type { CheckoutStoreEvent, CheckoutStoreEventListener } from './store-events.js';

export type StateListener = (state: CheckoutState, previous: CheckoutState) => void;

export interface CommitHooks {
  /** The state to keep for a draft: derived values computed from it. */
  derive(draft: CheckoutState, previous: CheckoutState): CheckoutState;
  /** Runs after the state is replaced and before the listeners hear of it. */
  follow(next: CheckoutState, previous: CheckoutState): void;
}

export class StateContainer {
  destroyed = false;
  #state: CheckoutState = initialState;
  private readonly listeners = new Set<StateListener>();
  private readonly eventListeners = new Set<CheckoutStoreEventListener>();
  readonly #hooks: CommitHooks;

  constructor(hooks: CommitHooks) {
    this.#hooks = hooks;
  }

  get(): CheckoutState {
    return this.#state;
  }

  subscribe(listener: StateListener): () => void {
    if (this.destroyed) return () => {};
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onEvent(listener: CheckoutStoreEventListener): () => void {
    if (this.destroyed) return () => {};
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  commit(draft: CheckoutState): void {
    if (this.destroyed) return;
    const previous = this.#state;
    const next = this.#hooks.derive(draft, previous);
    this.#state = next;
    this.#hooks.follow(next, previous);
    for (const listener of [...this.listeners]) {
      if (this.destroyed) return;
      guard(() => listener(next, previous));
    }
    if (next.quote !== previous.quote) this.emit({ type: 'quote-change', quote: next.quote });
  }

  emit(event: CheckoutStoreEvent): void {
    for (const listener of [...this.eventListeners]) {
      if (this.destroyed) return;
      guard(() => listener(event));
    }
  }

  /** Nothing is committed or reported any more. */
  destroy(): void {
    this.destroyed = true;
    this.listeners.clear();
    this.eventListeners.clear();
  }
}

function guard(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
    else console.error(error);
  }
}
