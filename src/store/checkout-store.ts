/**
 * The one store of a checkout: typed immutable state, `subscribe`, and an action for every step.
 * Elements read state and call actions; only the store talks to the backend.
 *
 * The rules that keep a wrong amount from being charged live in its parts, which this facade
 * wires together:
 * - input is checked against the catalog in the action (one slice per concern, `slices/`); what
 *   is refused never enters state and never reaches the backend;
 * - every commit derives what the selection prices (`selectors/pricing.ts`); when that changes the
 *   quote goes, and the quote scheduler aborts the request in flight and schedules one debounced
 *   request, whose answer is dropped unless it still prices the current selection;
 * - an order needs a current, unexpired quote, carries one idempotency key per attempt, and a stale
 *   quote refused by the server is re-quoted and must be confirmed by the buyer.
 */
import type { CheckoutBackend } from '../api/backend.js';
import type { CheckoutError, CheckoutErrorCode } from '../api/errors.js';
import { OK, refuse, type ActionResult } from './action-result.js';
import { initialState, type AsyncStep, type CheckoutState } from './checkout-state.js';
import { toConfig, type CheckoutConfigInput } from './checkout-config.js';
import { createIdempotencyKey } from './idempotency-key.js';
import type { AttemptStorage, OrderAttempt } from './order-attempts.js';
import { QuoteScheduler } from './quote-scheduler.js';
import { derivePricing } from './selectors/pricing.js';
import { contactsActions, type ContactsActions } from './slices/contacts-slice.js';
import { expandActions, type ExpandActions } from './slices/expand-slice.js';
import { followLocale, loadingActions, type LoadingActions } from './slices/loading-slice.js';
import { orderActions, type OrderActions } from './slices/order-slice.js';
import { OrderState } from './slices/order-state.js';
import { paymentActions, type PaymentActions } from './slices/payment-slice.js';
import { promoActions, type PromoActions } from './slices/promo-slice.js';
import { renewActions, type RenewActions } from './slices/renew-slice.js';
import { mergeSlices, type StoreKit } from './slices/store-kit.js';
import { subscriptionsActions, type SubscriptionsActions } from './slices/subscriptions-slice.js';
import { upgradeActions, type UpgradeActions } from './slices/upgrade-slice.js';
import { StateContainer, type StateListener } from './state-container.js';
import { StepRunner } from './step-runner.js';
import type { AccountStep, CheckoutStoreEventListener } from './store-events.js';
import { browserTimers, type StoreTimers } from './store-timers.js';

export type { StateListener } from './state-container.js';
export type { StoreTimers } from './store-timers.js';

export interface CheckoutStoreOptions {
  backend: CheckoutBackend;
  /** Quiet time after the last selection change before a quote is asked for. */
  quoteDebounceMs?: number;
  /** Current time in ms; quote expiry is checked against it. */
  now?: () => number;
  timers?: StoreTimers;
  createIdempotencyKey?: () => string;
  /**
   * Where the order attempt in progress survives a page reload (`sessionStorage` in the session);
   * without it the attempt lives in memory only.
   */
  attemptStorage?: AttemptStorage;
  /**
   * Tells this checkout's stored attempt from another's for the same flow and subscription on
   * the same page (`<checkout-session>` passes its `id`); stable across reloads.
   */
  instanceId?: string;
}

export const DEFAULT_QUOTE_DEBOUNCE_MS = 250;

/** The slices' actions, merged into the store's prototype below. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- `mergeSlices` puts every listed action on the prototype
export interface CheckoutStore
  extends LoadingActions, ExpandActions, UpgradeActions, RenewActions, PromoActions, ContactsActions, PaymentActions, SubscriptionsActions, OrderActions {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class CheckoutStore {
  /** The backend the store talks to: account elements reach it through state of their own (order history), `<renewal-center>` adds its own calls to it (`renewalBackend`). */
  readonly backend: CheckoutBackend;
  private readonly container: StateContainer;
  private readonly runner: StepRunner;
  private readonly quotes: QuoteScheduler;
  private readonly newIdempotencyKey: () => string;
  private contactAttempt: OrderAttempt | null = null;
  private readonly orders: OrderState;
  private languageReload: AbortController | null = null;
  /** What `retryFailed()` repeats of the account elements' failed calls. */
  readonly #accountRetries = new Map<AccountStep, () => unknown>();

  constructor(options: CheckoutStoreOptions) {
    const now = options.now ?? Date.now;
    const timers = options.timers ?? browserTimers;
    this.backend = options.backend;
    this.newIdempotencyKey = options.createIdempotencyKey ?? createIdempotencyKey;
    this.orders = new OrderState(options.attemptStorage, options.instanceId || undefined);
    this.container = new StateContainer({ derive: derivePricing, follow: (next, previous) => this.quotes.follow(next, previous) });
    this.runner = new StepRunner(this.container, now, timers, { quote: () => this.quotes.retry() });
    this.quotes = new QuoteScheduler(this.container, this.runner, this.backend, now, timers, Math.max(0, options.quoteDebounceMs ?? DEFAULT_QUOTE_DEBOUNCE_MS));
  }

  getState(): CheckoutState {
    return this.container.get();
  }

  /** Calls `listener` after every change, with the new and the previous state. */
  subscribe(listener: StateListener): () => void {
    return this.container.subscribe(listener);
  }

  /** Calls `listener` for quote changes, placed or updated orders, and failed calls. */
  onEvent(listener: CheckoutStoreEventListener): () => void {
    return this.container.onEvent(listener);
  }

  /**
   * Sets the flow and what it is for; a different configuration starts over from nothing. Null
   * leaves the flow: the store is then as a session's without one (no quote is asked for).
   */
  configure(input: CheckoutConfigInput | null): ActionResult {
    if (this.container.destroyed) return refuse('destroyed');
    const config = toConfig(input!);
    if (config === null && input) return refuse('invalid_config');
    const current = this.container.get().config;
    if (JSON.stringify(config) === JSON.stringify(current)) return OK;
    // Another language only: the buyer's selection stays and the catalog follows (`followLocale`).
    if (config && current && JSON.stringify({ ...config, locale: '' }) === JSON.stringify({ ...current, locale: '' })) {
      this.container.commit({ ...this.container.get(), config });
      followLocale(this as unknown as StoreKit);
      return OK;
    }
    // Dropping an order request could lose its idempotency key while the server creates the order.
    if (this.runner.busy('order')) return refuse('busy');
    this.abortAll();
    this.runner.forgetRetries();
    this.orders.reset();
    this.contactAttempt = null;
    this.quotes.forgetPriceBeforePromo();
    this.container.commit({ ...initialState, locale: this.container.get().locale, config });
    if (config && !this.orders.claim(config)) {
      console.warn(
        `upcart: two checkouts on this page are for the same ${config.flow} of the same subscription; give each <checkout-session> its own id so that an order interrupted by a reload is resumed by the right one.`,
      );
    }
    return OK;
  }

  /**
   * The session's locale: an account page's, and a flow's too (its configuration follows, so a
   * `configure` with the new locale changes nothing more). The selection stays; the catalog is
   * asked for again in the new language and replaces the one shown when it comes.
   */
  setLocale(locale: string): void {
    const state = this.container.get();
    const wanted = locale.trim();
    const config = state.config && wanted !== '' && state.config.locale !== wanted ? { ...state.config, locale: wanted } : state.config;
    if (state.locale === locale && config === state.config) return;
    this.container.commit({ ...state, locale, config });
    if (config !== state.config) followLocale(this as unknown as StoreKit);
  }

  /**
   * Reports a failed call (never an aborted one) of an account element (order history, renewal center), which keeps state
   * of its own, as the checkout's own failures are: the `error` store event, which
   * `<checkout-session>` fires as `upcart-error` (and `upcart-auth-required` for a refused
   * session). `retry`, if given, is what `retryFailed()` repeats (once).
   */
  reportAccountFailure(step: AccountStep, error: CheckoutError, retry?: () => unknown): void {
    if (retry) this.#accountRetries.set(step, retry);
    this.container.emit({ type: 'error', step, error });
  }

  /**
   * Repeats a step's last call (the quote: asks again for the current selection). When the server
   * asked for a pause (`Retry-After`), the retry waits until then, once however often it is asked
   * for, and the step shows `loading` with `retryAt` meanwhile.
   */
  retry(step: AsyncStep): Promise<ActionResult> {
    return this.runner.retry(step);
  }

  /**
   * Repeats every step that failed, or only those failed with one of `codes`: after the host page
   * signed the buyer in again (`upcart-auth-required`), or the connection came back. Input the
   * server refused as invalid is not sent again; a step the server asked to wait waits.
   */
  retryFailed(options: { codes?: readonly CheckoutErrorCode[] } = {}): Promise<ActionResult[]> {
    for (const retry of this.#accountRetries.values()) retry();
    this.#accountRetries.clear();
    return this.runner.retryFailed(options);
  }

  /** Aborts every request, cancels the timer and drops every listener; nothing is reported after. */
  destroy(): void {
    if (this.container.destroyed) return;
    this.container.destroy();
    this.orders.release();
    this.abortAll();
    this.runner.forgetRetries();
    this.quotes.forgetPriceBeforePromo();
  }

  private abortAll(): void {
    this.languageReload?.abort();
    this.languageReload = null;
    this.runner.abortAll();
    this.quotes.stop();
  }
}

mergeSlices(
  CheckoutStore.prototype,
  loadingActions,
  expandActions,
  upgradeActions,
  renewActions,
  promoActions,
  contactsActions,
  paymentActions,
  subscriptionsActions,
  orderActions,
);
