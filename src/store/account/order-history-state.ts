/**
 * The account's order list, apart from the checkout's store: `<order-history>` makes one over the
 * backend of the store it is given, so the checkout's slices never carry it. Typed immutable state,
 * `subscribe`, and one action per thing the buyer does: load a status's first page, load the next
 * page, ask again, get a fresh invoice link.
 *
 * - One list request at a time: a new filter (or a refresh) aborts the page in flight, and an
 *   answer for a filter no longer shown is dropped.
 * - A failed page keeps the rows already shown; a retry asks for the same page again.
 * - Each invoice link is minted anew (`createInvoiceLink`): a link is valid 24 hours and usable
 *   once, so none is kept. A second ask while one is under way gets the same request.
 */
import type { CheckoutBackend } from '../../api/backend.js';
import { toCheckoutError, type CheckoutError } from '../../api/errors.js';
import type { Invoice, Order, OrderStatus } from '../../api/schemas.js';
import { DONE, IDLE, LOADING, type StepStatus } from '../checkout-state.js';
import type { AccountStep } from '../store-events.js';

export interface OrderHistoryState {
  /** The orders shown, newest first: every page loaded so far for `filter`. */
  readonly orders: readonly Order[];
  /** Only orders of this status; null for all. */
  readonly filter: OrderStatus | null;
  /** The cursor of the next page; null on the last page (or before the first arrived). */
  readonly nextCursor: string | null;
  /** The first page of `filter` (a new filter, a refresh). */
  readonly list: StepStatus;
  /** The next page ("Load more"). */
  readonly more: StepStatus;
  /** The invoice link asked for, per order id; an order never asked for is absent. */
  readonly links: Readonly<Record<string, StepStatus>>;
}

export type OrderHistoryListener = (state: OrderHistoryState, previous: OrderHistoryState) => void;

/** What an invoice link ask came to. */
export type InvoiceLinkResult = { ok: true; invoice: Invoice } | { ok: false; error: CheckoutError };

export const initialOrderHistoryState: OrderHistoryState = Object.freeze({
  orders: [],
  filter: null,
  nextCursor: null,
  list: IDLE,
  more: IDLE,
  links: {},
});

export interface OrderHistoryOptions {
  backend: CheckoutBackend;
  /** Orders per page, 1 to 100 (the contract's limit); the backend's default without it. */
  pageSize?: number | undefined;
  /**
   * Told of every failed call (an aborted one excepted), with what repeats it: the element hands
   * it to its store's `reportAccountFailure`, so the host hears of it as of a checkout's failure.
   */
  onFailure?: ((step: AccountStep, error: CheckoutError, retry?: () => unknown) => void) | undefined;
  /** The buyer's language, sent with each page (`Accept-Language`): the backend names the lines' items in it. */
  locale?: (() => string | undefined) | undefined;
}

export class OrderHistoryStore {
  #state: OrderHistoryState = initialOrderHistoryState;
  readonly #listeners = new Set<OrderHistoryListener>();
  readonly #backend: CheckoutBackend;
  #pageSize: number | undefined;
  readonly #onFailure: OrderHistoryOptions['onFailure'];
  readonly #locale: OrderHistoryOptions['locale'];
  /** The list or next-page request in flight; one at a time. */
  #inFlight: AbortController | undefined;
  /** The last page asked for, repeated by `retry()`. */
  #last: (() => Promise<void>) | undefined;
  readonly #linksInFlight = new Map<string, Promise<InvoiceLinkResult>>();
  #destroyed = false;

  constructor(options: OrderHistoryOptions) {
    this.#backend = options.backend;
    this.#pageSize = options.pageSize;
    this.#onFailure = options.onFailure;
    this.#locale = options.locale;
  }

  getState(): OrderHistoryState {
    return this.#state;
  }

  /** Calls `listener` after every change, with the new and the previous state. */
  subscribe(listener: OrderHistoryListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Orders per page from the next request on. */
  set pageSize(size: number | undefined) {
    this.#pageSize = size;
  }

  /**
   * Loads the first page of `filter`'s orders (all with null); the current filter without an
   * argument (a refresh). Rows of the same filter stay while it loads; another filter's go.
   */
  load(filter: OrderStatus | null = this.#state.filter): Promise<void> {
    const same = filter === this.#state.filter;
    this.#commit({
      ...this.#state,
      filter,
      orders: same ? this.#state.orders : [],
      nextCursor: same ? this.#state.nextCursor : null,
      list: LOADING,
      more: IDLE,
    });
    const run = () => this.#page(null, 'list');
    this.#last = run;
    return run();
  }

  /** Appends the next page; nothing when on the last page or while a page loads. */
  loadMore(): Promise<void> {
    const { nextCursor, list, more } = this.#state;
    if (nextCursor === null || list.state === 'loading' || more.state === 'loading') return Promise.resolve();
    this.#commit({ ...this.#state, more: LOADING });
    const run = () => this.#page(nextCursor, 'more');
    this.#last = run;
    return run();
  }

  /** Asks for the page that failed again. */
  retry(): Promise<void> {
    const { list, more } = this.#state;
    if (list.state === 'error') return this.load();
    if (more.state === 'error' && this.#last) {
      this.#commit({ ...this.#state, more: LOADING });
      return this.#last();
    }
    return Promise.resolve();
  }

  /**
   * A fresh link to the order's invoice or proforma, minted by the backend now (valid 24 hours,
   * usable once, so never reused). Asked again while one is under way, answers that one.
   */
  invoiceLink(orderId: string): Promise<InvoiceLinkResult> {
    const pending = this.#linksInFlight.get(orderId);
    if (pending) return pending;
    this.#setLink(orderId, LOADING);
    const ask = this.#backend.createInvoiceLink(orderId).then(
      (invoice): InvoiceLinkResult => {
        this.#setLink(orderId, DONE);
        return { ok: true, invoice };
      },
      (thrown: unknown): InvoiceLinkResult => {
        const error = toCheckoutError(thrown);
        this.#setLink(orderId, { state: 'error', error });
        // No retry: a link is opened by the buyer's click, never later by itself.
        if (error.code !== 'aborted') this.#onFailure?.('invoiceLink', error);
        return { ok: false, error };
      },
    );
    const settled = ask.finally(() => this.#linksInFlight.delete(orderId));
    this.#linksInFlight.set(orderId, settled);
    return settled;
  }

  /** Aborts the page in flight; nothing is reported after. */
  destroy(): void {
    this.#destroyed = true;
    this.#inFlight?.abort();
    this.#listeners.clear();
  }

  async #page(cursor: string | null, step: 'list' | 'more'): Promise<void> {
    this.#inFlight?.abort();
    const controller = new AbortController();
    this.#inFlight = controller;
    const { filter } = this.#state;
    const locale = this.#locale?.();
    try {
      const page = await this.#backend.listOrders(
        { ...(filter ? { status: filter } : {}), ...(this.#pageSize ? { limit: this.#pageSize } : {}), ...(cursor ? { cursor } : {}) },
        { signal: controller.signal, ...(locale ? { locale } : {}) },
      );
      if (this.#inFlight !== controller) return;
      this.#inFlight = undefined;
      // A page may overlap the one before when orders were made meanwhile: each order once.
      const earlier = step === 'more' ? this.#state.orders : [];
      const seen = new Set(earlier.map((order) => order.id));
      this.#commit({
        ...this.#state,
        orders: [...earlier, ...page.orders.filter((order) => !seen.has(order.id))],
        nextCursor: page.nextCursor,
        [step]: DONE,
      });
    } catch (thrown) {
      if (this.#inFlight !== controller) return;
      this.#inFlight = undefined;
      const error = toCheckoutError(thrown);
      const aborted = error.code === 'aborted';
      this.#commit({ ...this.#state, [step]: aborted ? IDLE : { state: 'error', error } });
      if (!aborted && !this.#destroyed) this.#onFailure?.('orders', error, () => this.retry());
    }
  }

  #setLink(orderId: string, status: StepStatus): void {
    this.#commit({ ...this.#state, links: { ...this.#state.links, [orderId]: status } });
  }

  #commit(next: OrderHistoryState): void {
    if (this.#destroyed) return;
    const previous = this.#state;
    this.#state = next;
    for (const listener of [...this.#listeners]) {
      // A listener's exception is reported and never stops the others (as the checkout's store).
      try {
        listener(next, previous);
      } catch (error) {
        globalThis.reportError?.(error);
      }
    }
  }
}
