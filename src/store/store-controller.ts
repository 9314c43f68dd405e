/**
 * Connects an element to the store: `value` is always `selector(state)`, and the host re-renders
 * only when that slice changed. The store is found from an explicit source (an element's `.store`
 * property) or, without one, from a `checkoutContext` provider above the element.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkoutContext } from './checkout-context.js';
import { initialState, type CheckoutState } from './checkout-state.js';
import type { CheckoutStore } from './checkout-store.js';
import { shallowEqual } from './shallow-equal.js';

/** A store, or a getter read again before every update so a `.store` set later is picked up. */
export type StoreSource = CheckoutStore | (() => CheckoutStore | null | undefined);

export interface StoreControllerOptions {
  store?: StoreSource | undefined;
}

export type StoreHost = ReactiveControllerHost & HTMLElement;

export class StoreController<T> implements ReactiveController {
  /** The selected slice; selected from the initial state until a store is found. */
  value: T;

  readonly #host: StoreHost;
  readonly #selector: (state: CheckoutState) => T;
  #source: StoreSource | undefined;
  readonly #consumer: ContextConsumer<typeof checkoutContext, StoreHost>;
  #current: CheckoutStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(host: StoreHost, selector: (state: CheckoutState) => T, options: StoreControllerOptions = {}) {
    this.#host = host;
    this.#selector = selector;
    this.#source = options.store;
    this.value = selector(initialState);
    host.addController(this);
    this.#consumer = new ContextConsumer(host, { context: checkoutContext, subscribe: true, callback: () => this.#attach() });
  }

  /** The store in use: the explicit one, else the context's. */
  get store(): CheckoutStore | undefined {
    return this.#current;
  }

  /** Sets the explicit source; `undefined` falls back to the context. */
  set store(source: StoreSource | undefined) {
    this.#source = source;
    this.#attach();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#attach();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#detach();
  }

  hostUpdate(): void {
    // A getter source may answer differently now (the host's `.store` was set since).
    if (typeof this.#source === 'function') this.#attach();
  }

  #findStore(): CheckoutStore | undefined {
    const explicit = typeof this.#source === 'function' ? this.#source() : this.#source;
    return explicit ?? this.#consumer.value ?? undefined;
  }

  #attach(): void {
    const store = this.#findStore();
    if (store !== this.#current) {
      this.#detach();
      this.#current = store;
    }
    if (this.#connected && this.#current !== undefined && this.#unsubscribe === undefined) {
      this.#unsubscribe = this.#current.subscribe(() => this.#sync());
    }
    this.#sync();
  }

  #detach(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #sync(): void {
    const next = this.#selector(this.#current?.getState() ?? initialState);
    if (shallowEqual(next, this.value)) return;
    this.value = next;
    this.#host.requestUpdate();
  }
}
