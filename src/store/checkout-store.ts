/**
 * The one store of a checkout: typed immutable state, `subscribe`, and an action for every step.
 * Elements read state and call actions; only the store talks to the backend.
 *
 * The rules that keep a wrong amount from being charged live here:
 * - input is checked against the catalog in the action; what is refused never enters state and
 *   never reaches the backend;
 * - every commit that changes what would be priced clears the quote, aborts the request in flight
 *   and schedules one debounced request, whose answer is dropped unless it still prices the
 *   current selection;
 * - an order needs a current, unexpired quote, carries one idempotency key per attempt, and a stale
 *   quote refused by the server is re-quoted and must be confirmed by the buyer.
 */
import type { CheckoutBackend } from '../api/backend.js';
import { PRICE_CHANGE_CODES, PROMO_REFUSED } from '../api/rules.js';
import { CheckoutError, toCheckoutError, type CheckoutErrorCode } from '../api/errors.js';
import {
  ConfirmOrderRequest,
  ContactInput,
  CreateOrderRequest,
  type Catalog,
  type Contact,
  type Flow,
  type Money,
  type Order,
  type PaymentMethod,
  type Quote,
  type QuoteRequest,
  type Subscription,
} from '../api/schemas.js';
import { OK, refuse, type ActionRefusal, type ActionResult } from './action-result.js';
import {
  ASYNC_STEPS,
  DONE,
  IDLE,
  LOADING,
  initialState,
  isOrderComplete,
  payableOrder,
  withStatus,
  type AsyncStep,
  type CheckoutConfig,
  type CheckoutOrder,
  type CheckoutState,
  type PriceChangeReason,
  type RejectedInput,
  type Selection,
} from './checkout-state.js';
import { pickSubscriptions, toConfig, type CheckoutConfigInput } from './checkout-config.js';
import { validationError } from './field-errors.js';
import { createIdempotencyKey } from './idempotency-key.js';
import { initialSelection } from './initial-selection.js';
import {
  checkQuantity,
  currentServiceQuantity,
  nearestQuantity,
  nextQuantity,
  planQuantityRule,
  type QuantityRule,
} from './quantity-rules.js';
import { orderBlockers } from './selectors/order-blockers.js';
import { isLowerTier } from './selectors/plan-tier.js';
import { planQuantityField, serviceQuantityField } from './selectors/quantity-field.js';
import { buildQuoteRequest, isQuoteExpired, quoteMatches, quoteRequestKey } from './quote-request.js';
import { attemptScope, claimScope, OrderAttempts, releaseScope, type AttemptStorage, type OrderAttempt } from './order-attempts.js';
import { RetrySchedule } from './retry-schedule.js';
import type { CheckoutStoreEvent, CheckoutStoreEventListener } from './store-events.js';

export type StateListener = (state: CheckoutState, previous: CheckoutState) => void;

/** Timer functions, injectable so tests can run the debounce without waiting. */
export interface StoreTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

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

/** An order attempt is over once nothing more is to be paid through Upcart for it. */
const SETTLED_STATUSES: readonly Order['status'][] = ['paid', 'awaiting_offline_payment', 'cancelled', 'failed'];


/** setTimeout's longest delay; a later expiry is checked again when it fires. */
const MAX_TIMER_MS = 2_147_483_647;

export const DEFAULT_QUOTE_DEBOUNCE_MS = 250;


const browserTimers: StoreTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class CheckoutStore {
  private readonly backend: CheckoutBackend;
  private readonly quoteDebounceMs: number;
  private readonly now: () => number;
  private readonly timers: StoreTimers;
  private readonly newIdempotencyKey: () => string;

  private state: CheckoutState = initialState;
  private readonly listeners = new Set<StateListener>();
  private readonly eventListeners = new Set<CheckoutStoreEventListener>();
  /** The request in flight per step; an answer whose controller is no longer here is dropped. */
  private readonly inFlight = new Map<AsyncStep, AbortController>();
  /** How to repeat each step's last call. */
  private readonly retries = new Map<AsyncStep, () => Promise<ActionResult>>();
  private quoteTimer: { handle: unknown } | null = null;
  /** Fires when the quote on screen expires, so it is re-quoted rather than left payable. */
  private expiryTimer: { handle: unknown } | null = null;
  /**
   * When each quote expires by this store's clock: the server's `expiresAt`, or, when the two
   * clocks disagree so much that it had passed on arrival, the quote's lifetime from its arrival.
   */
  private readonly deadlines = new WeakMap<Quote, number>();
  /** The price before a promotion code was tried: shown again if the server refuses the code. */
  private promoFallback: { promoCode: string | null; quote: Quote | null; quoteRequest: QuoteRequest | null } | null = null;
  /** The contact a save's idempotency key belongs to; reused while that save is retried. */
  private contactAttempt: OrderAttempt | null = null;
  /** The order request an idempotency key belongs to; reused while that request is retried. */
  private orderAttempt: OrderAttempt | null = null;
  private readonly attempts: OrderAttempts;
  private readonly instanceId: string | undefined;
  private readonly persistsAttempts: boolean;
  /** Stripe client secrets of this checkout's orders, by order id: never in state or events. */
  private readonly clientSecrets = new Map<string, string>();
  /** Retries wait for what a server said in `Retry-After`. */
  private readonly retrySchedule: RetrySchedule;
  private destroyed = false;

  constructor(options: CheckoutStoreOptions) {
    this.backend = options.backend;
    this.quoteDebounceMs = Math.max(0, options.quoteDebounceMs ?? DEFAULT_QUOTE_DEBOUNCE_MS);
    this.now = options.now ?? Date.now;
    this.timers = options.timers ?? browserTimers;
    this.newIdempotencyKey = options.createIdempotencyKey ?? createIdempotencyKey;
    this.attempts = new OrderAttempts(options.attemptStorage);
    this.instanceId = options.instanceId || undefined;
    this.persistsAttempts = options.attemptStorage !== undefined;
    this.retrySchedule = new RetrySchedule(this.now, this.timers);
  }

  /** Where this checkout's order attempt is kept. */
  private scopeOf(config: CheckoutConfig): string {
    return attemptScope(config, this.instanceId);
  }

  // ------------------------------------------------------------ reading

  getState(): CheckoutState {
    return this.state;
  }

  /** Calls `listener` after every change, with the new and the previous state. */
  subscribe(listener: StateListener): () => void {
    if (this.destroyed) return () => {};
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` for quote changes, placed or updated orders, and failed calls. */
  onEvent(listener: CheckoutStoreEventListener): () => void {
    if (this.destroyed) return () => {};
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  // ------------------------------------------------------------ configuration and loading

  /** Sets the flow and what it is for; a different configuration starts over from nothing. */
  configure(input: CheckoutConfigInput): ActionResult {
    if (this.destroyed) return refuse('destroyed');
    const config = toConfig(input);
    if (config === null) return refuse('invalid_config');
    if (JSON.stringify(config) === JSON.stringify(this.state.config)) return OK;
    // Dropping an order request could lose its idempotency key while the server creates the order.
    if (this.inFlight.has('order')) return refuse('busy');
    this.abortAll();
    this.retries.clear();
    this.orderAttempt = null;
    this.contactAttempt = null;
    this.promoFallback = null;
    this.clientSecrets.clear();
    this.commit({ ...initialState, config });
    // Only attempts kept in a storage can be mixed up; in memory each store has its own.
    if (this.persistsAttempts && !claimScope(this, this.scopeOf(config))) {
      console.warn(
        `upcart: two checkouts on this page are for the same ${config.flow} of the same subscription; give each <checkout-session> its own id so that an order interrupted by a reload is resumed by the right one.`,
      );
    }
    return OK;
  }

  /** Loads the catalog and the flow's subscription(s); with a company id, through a lookup. */
  async load(): Promise<ActionResult> {
    if (this.destroyed) return refuse('destroyed');
    if (this.state.config === null) return refuse('not_configured');
    // Subscriptions first: for a partner portal the lookup decides which ones there are.
    const results = await Promise.all([this.loadSubscriptions(), this.loadCatalog()]);
    return results.find((result) => !result.ok) ?? OK;
  }

  /** Partner portals: finds the customer by company id and takes its subscriptions of this product. */
  lookupCompany(companyId: string): Promise<ActionResult> {
    if (this.destroyed) return Promise.resolve(refuse('destroyed'));
    if (this.state.config === null) return Promise.resolve(refuse('not_configured'));
    const id = typeof companyId === 'string' ? companyId.trim() : '';
    if (id === '') {
      const error = new CheckoutError('validation', 'Enter a company ID.', { fields: { companyId: 'Required' } });
      this.commit({ ...this.state, status: withStatus(this.state.status, 'lookup', { state: 'error', error }) });
      return Promise.resolve(refuse('invalid_input', { error }));
    }
    this.retries.set('lookup', () => this.lookupCompany(id));
    return this.call(
      'lookup',
      (signal) => this.backend.lookupCompany(id, { signal }),
      (found, state) => {
        if (state.config === null) return null;
        const config = { ...state.config, companyId: id };
        const subscriptions = pickSubscriptions(config, found.subscriptions);
        return withFreshSelection({ ...state, config, customer: found.customer, subscriptions }, true);
      },
    );
  }

  private loadCatalog(): Promise<ActionResult> {
    const config = this.state.config;
    if (config === null) return Promise.resolve(refuse('not_configured'));
    this.retries.set('catalog', () => this.loadCatalog());
    return this.call(
      'catalog',
      (signal) => this.backend.getCatalog(config.productId, { signal }),
      (catalog, state) => withFreshSelection({ ...state, catalog }, subscriptionsLoaded(state)),
    );
  }

  private loadSubscriptions(): Promise<ActionResult> {
    const config = this.state.config;
    if (config === null) return Promise.resolve(refuse('not_configured'));
    if (config.companyId !== undefined) return this.lookupCompany(config.companyId);
    this.retries.set('subscriptions', () => this.loadSubscriptions());
    const fetchSubscriptions = (signal: AbortSignal): Promise<Subscription[]> =>
      config.flow === 'renew'
        ? this.backend.listSubscriptions({ productId: config.productId }, { signal })
        : this.backend.getSubscription(config.subscriptionId ?? '', { signal }).then((subscription) => [subscription]);
    return this.call('subscriptions', fetchSubscriptions, (subscriptions, state) =>
      state.config === null ? null : withFreshSelection({ ...state, subscriptions: pickSubscriptions(state.config, subscriptions) }, true),
    );
  }

  // ------------------------------------------------------------ expand and upgrade: services

  /** Sets a service's new total: expand capacity, or a service booked with an upgrade. */
  setQuantity(serviceId: string, quantity: number): ActionResult {
    return this.editSelection(['expand', 'upgrade'], (selection, _catalog, state) => {
      const field = serviceQuantityField(state, serviceId);
      if (typeof field === 'string') return refuse(field);
      const refusal = quantityRefusal(field.rule, quantity);
      if (refusal) return refusal;
      return selection.flow === 'expand'
        ? { ...selection, quantities: withQuantity(selection.quantities, serviceId, quantity) }
        : { ...selection, services: withQuantity(selection.services, serviceId, quantity) };
    });
  }

  /** Adds one of the "other services", at `quantity` or the smallest amount that adds something. */
  addService(serviceId: string, quantity?: number): ActionResult {
    return this.editSelection(['expand', 'upgrade'], (selection, _catalog, state) => {
      const field = serviceQuantityField(state, serviceId);
      if (typeof field === 'string') return refuse(field);
      const quantities = selection.flow === 'expand' ? selection.quantities : selection.services;
      if (Object.hasOwn(quantities, serviceId)) return refuse('not_allowed');
      const { rule } = field;
      const chosen = quantity ?? nextQuantity(rule, rule.floor);
      if (chosen === null) return refuse('invalid_quantity', { problem: 'above_max' });
      const refusal = quantityRefusal(rule, chosen);
      if (refusal) return refusal;
      return selection.flow === 'expand'
        ? { ...selection, quantities: withQuantity(quantities, serviceId, chosen) }
        : { ...selection, services: withQuantity(quantities, serviceId, chosen) };
    });
  }

  /** Takes a service out of the order: back to the current capacity, or not booked at all. */
  removeService(serviceId: string): ActionResult {
    return this.editSelection(['expand', 'upgrade'], (selection, _catalog, state) => {
      if (selection.flow === 'expand') {
        if (!Object.hasOwn(selection.quantities, serviceId)) return refuse('unknown_id');
        const subscription = state.subscriptions[0];
        const owned = subscription?.services.some((item) => item.serviceId === serviceId) ?? false;
        const quantities = owned
          ? withQuantity(selection.quantities, serviceId, currentServiceQuantity(subscription, serviceId))
          : without(selection.quantities, serviceId);
        return { ...selection, quantities };
      }
      if (!Object.hasOwn(selection.services, serviceId)) return refuse('unknown_id');
      return { ...selection, services: without(selection.services, serviceId) };
    });
  }

  // ------------------------------------------------------------ upgrade: plan

  /** Chooses a package; the quantity moves to the nearest one the package allows. */
  selectPlan(planId: string): ActionResult {
    return this.editSelection(['upgrade'], (selection, catalog, state) => {
      const plan = catalog.plans.find((candidate) => candidate.id === planId);
      if (!plan) return refuse('unknown_id');
      const subscription = state.subscriptions[0];
      if (isLowerTier(plan, subscription, catalog)) return refuse('not_allowed');
      const quantity = nearestQuantity(planQuantityRule(plan, subscription), selection.quantity);
      if (quantity === null) return refuse('invalid_quantity', { problem: 'above_max' });
      return { ...selection, planId, quantity };
    });
  }

  setCycle(cycleId: string): ActionResult {
    return this.editSelection(['upgrade'], (selection, catalog) =>
      catalog.cycles.some((cycle) => cycle.id === cycleId) ? { ...selection, cycleId } : refuse('unknown_id'),
    );
  }

  /** Accounts on the chosen package. */
  setPlanQuantity(quantity: number): ActionResult {
    return this.editSelection(['upgrade'], (selection, _catalog, state) => {
      const field = planQuantityField(state);
      if (typeof field === 'string') return refuse(field);
      return quantityRefusal(field.rule, quantity) ?? { ...selection, quantity };
    });
  }

  /** An SLA level, or null for none. */
  setSla(slaId: string | null): ActionResult {
    return this.editSelection(['upgrade'], (selection, catalog) =>
      slaId === null || catalog.slaLevels.some((level) => level.id === slaId) ? { ...selection, slaId } : refuse('unknown_id'),
    );
  }

  // ------------------------------------------------------------ renew

  toggleRenewal(subscriptionId: string): ActionResult {
    return this.editSelection(['renew'], (selection, _catalog, state) => {
      if (!state.subscriptions.some((subscription) => subscription.id === subscriptionId)) return refuse('unknown_id');
      const chosen = new Set(selection.subscriptionIds);
      if (!chosen.delete(subscriptionId)) chosen.add(subscriptionId);
      return { ...selection, subscriptionIds: inListOrder(state.subscriptions, chosen) };
    });
  }

  setRenewalSelection(subscriptionIds: readonly string[]): ActionResult {
    return this.editSelection(['renew'], (selection, _catalog, state) => {
      const known = new Set(state.subscriptions.map((subscription) => subscription.id));
      if (!subscriptionIds.every((id) => known.has(id))) return refuse('unknown_id');
      const next = inListOrder(state.subscriptions, new Set(subscriptionIds));
      return sameItems(next, selection.subscriptionIds) ? selection : { ...selection, subscriptionIds: next };
    });
  }

  setDuration(durationId: string): ActionResult {
    return this.editSelection(['renew'], (selection, catalog) =>
      catalog.renewalDurations.some((duration) => duration.id === durationId) ? { ...selection, durationId } : refuse('unknown_id'),
    );
  }

  /** Renew on the standard renewal date; only when the catalog has one. */
  setCoterm(coterm: boolean): ActionResult {
    return this.editSelection(['renew'], (selection, catalog) =>
      coterm && catalog.standardRenewalDay === undefined ? refuse('not_allowed') : { ...selection, coterm },
    );
  }

  // ------------------------------------------------------------ promotion

  /** One code per order; empty or null removes it. */
  setPromoCode(code: string | null): ActionResult {
    if (this.destroyed) return refuse('destroyed');
    if (this.state.config === null) return refuse('not_configured');
    if (isOrderComplete(this.state)) return refuse('order_complete');
    const promoCode = typeof code === 'string' && code.trim() !== '' ? code.trim() : null;
    if (promoCode !== this.state.promoCode && this.inFlight.has('order')) return refuse('busy');
    if (promoCode !== null && promoCode.length > 40) {
      return refuse('invalid_input', { error: new CheckoutError('validation', 'The code is too long.', { fields: { promoCode: 'At most 40 characters' } }) });
    }
    const state = this.state;
    if (promoCode !== state.promoCode) {
      const current = state.quote !== null && quoteMatches(state);
      this.promoFallback = { promoCode: state.promoCode, quote: current ? state.quote : null, quoteRequest: current ? state.quoteRequest : null };
      this.commit({ ...state, promoCode, promoRefusal: null });
    } else if (state.promoRefusal !== null) {
      this.commit({ ...state, promoRefusal: null });
    }
    return OK;
  }

  /**
   * The server refused the promotion code: the price without it comes back (the quote shown
   * before, while it is still valid, else a new one) and the refusal stays beside the field.
   */
  private refusePromo(error: CheckoutError): void {
    const state = this.state;
    const code = state.promoCode;
    if (code === null) return;
    const fallback = this.promoFallback;
    this.promoFallback = null;
    const quote = fallback?.quote && !this.quoteExpired(fallback.quote) ? fallback.quote : null;
    this.commit({
      ...state,
      promoCode: fallback?.promoCode ?? null,
      promoRefusal: { code, error },
      quote,
      quoteRequest: quote ? (fallback?.quoteRequest ?? null) : null,
      status: withStatus(state.status, 'quote', quote ? DONE : IDLE),
    });
  }

  // ------------------------------------------------------------ contacts

  /** Loads the billing contacts and preselects the chosen one, else the default, else the first. */
  loadContacts(): Promise<ActionResult> {
    if (this.destroyed) return Promise.resolve(refuse('destroyed'));
    this.retries.set('contacts', () => this.loadContacts());
    return this.call(
      'contacts',
      (signal) => this.backend.listContacts({ signal }),
      (contacts, state) => ({ ...state, contacts, contactId: pickContactId(contacts, state.contactId) }),
    );
  }

  selectContact(contactId: string): ActionResult {
    if (this.destroyed) return refuse('destroyed');
    if (isOrderComplete(this.state)) return refuse('order_complete');
    if (!this.state.contacts.some((contact) => contact.id === contactId)) return refuse('unknown_id');
    if (contactId !== this.state.contactId && this.inFlight.has('order')) return refuse('busy');
    if (contactId !== this.state.contactId) this.commit({ ...this.state, contactId });
    return OK;
  }

  /** Validates, saves, appends and selects a new billing contact; invalid input sends nothing. */
  addContact(input: ContactInput): Promise<ActionResult> {
    if (this.destroyed) return Promise.resolve(refuse('destroyed'));
    // The contract has no idempotency key for contacts: a second submit would save a duplicate.
    if (this.inFlight.has('saveContact')) return Promise.resolve(refuse('busy'));
    const parsed = ContactInput.safeParse(input);
    if (!parsed.success) {
      const error = validationError(parsed.error.issues);
      this.commit({ ...this.state, status: withStatus(this.state.status, 'saveContact', { state: 'error', error }) });
      return Promise.resolve(refuse('invalid_input', { error }));
    }
    const contactInput = parsed.data;
    // The same contact after a failure -> the same key: an answer lost after the server saved it
    // must not make a retry save it twice.
    const body = JSON.stringify(contactInput);
    const attempt = this.contactAttempt?.body === body ? this.contactAttempt : { body, key: this.newIdempotencyKey() };
    this.contactAttempt = attempt;
    this.retries.set('saveContact', () => this.addContact(input));
    return this.call(
      'saveContact',
      (signal) => this.backend.createContact(contactInput, { signal, idempotencyKey: attempt.key }),
      (contact, state) => ({
        ...state,
        contacts: [...state.contacts.filter((existing) => existing.id !== contact.id), contact],
        contactId: contact.id,
      }),
      () => {
        if (this.contactAttempt === attempt) this.contactAttempt = null;
      },
    );
  }

  // ------------------------------------------------------------ payment

  setPaymentMethod(method: PaymentMethod): ActionResult {
    if (this.destroyed) return refuse('destroyed');
    if (isOrderComplete(this.state)) return refuse('order_complete');
    const catalog = this.state.catalog;
    if (catalog === null) return refuse('not_ready');
    if (!catalog.paymentMethods.includes(method)) return refuse('not_allowed');
    if (method !== this.state.payment.method) this.commit({ ...this.state, payment: { ...this.state.payment, method } });
    return OK;
  }

  /** The order's Auto Renew checkbox (PayPal and card). */
  setAutoRenew(autoRenew: boolean): ActionResult {
    if (this.destroyed) return refuse('destroyed');
    if (isOrderComplete(this.state)) return refuse('order_complete');
    if (autoRenew !== this.state.payment.autoRenew) this.commit({ ...this.state, payment: { ...this.state.payment, autoRenew } });
    return OK;
  }

  /** Kept as typed so the field can show it; checked when the order is placed. */
  setPiNumber(piNumber: string): ActionResult {
    if (this.destroyed) return refuse('destroyed');
    if (isOrderComplete(this.state)) return refuse('order_complete');
    const value = typeof piNumber === 'string' ? piNumber : '';
    if (value !== this.state.payment.piNumber) this.commit({ ...this.state, payment: { ...this.state.payment, piNumber: value } });
    return OK;
  }

  // ------------------------------------------------------------ subscriptions

  /** Turns automatic renewal of a subscription on or off, on the server. */
  setSubscriptionAutoRenew(subscriptionId: string, autoRenew: boolean): Promise<ActionResult> {
    return this.changeSubscription('autoRenew', subscriptionId, (signal) => this.backend.setAutoRenew(subscriptionId, autoRenew, { signal }), () =>
      this.setSubscriptionAutoRenew(subscriptionId, autoRenew),
    );
  }

  /** Ends a subscription at its term end. */
  unsubscribe(subscriptionId: string): Promise<ActionResult> {
    return this.changeSubscription('unsubscribe', subscriptionId, (signal) => this.backend.unsubscribe(subscriptionId, { signal }), () =>
      this.unsubscribe(subscriptionId),
    );
  }

  private changeSubscription(
    step: 'autoRenew' | 'unsubscribe',
    subscriptionId: string,
    send: (signal: AbortSignal) => Promise<Subscription>,
    again: () => Promise<ActionResult>,
  ): Promise<ActionResult> {
    if (this.destroyed) return Promise.resolve(refuse('destroyed'));
    if (!this.state.subscriptions.some((subscription) => subscription.id === subscriptionId)) return Promise.resolve(refuse('unknown_id'));
    // One at a time, so the step's status always describes the last request.
    if (this.inFlight.has(step)) return Promise.resolve(refuse('busy'));
    this.retries.set(step, again);
    return this.call(step, send, (updated, state) => ({
      ...state,
      subscriptions: state.subscriptions.map((subscription) => (subscription.id === updated.id ? updated : subscription)),
    }));
  }

  // ------------------------------------------------------------ order

  /**
   * Creates the order for the current quote. Refused without a current, unexpired quote, a contact
   * and a method; a no-op while an order request is in flight.
   */
  async placeOrder(): Promise<ActionResult> {
    if (this.destroyed) return refuse('destroyed');
    if (this.inFlight.has('order')) return refuse('busy');
    const state = this.state;
    if (isOrderComplete(state)) return refuse('order_complete');
    // What the buyer sees is what is ordered: a control showing a refused value blocks it.
    const blocker = orderBlockers(state)[0];
    if (blocker === 'rejected_input') return refuse('rejected_input');
    if (blocker === 'no_quote' || blocker === 'quote_loading') return refuse('no_quote');
    const quote = state.quote!;
    if (this.quoteExpired(quote)) {
      this.requote('quote_expired', quote.total, true);
      return refuse('quote_expired');
    }
    // A PI number against the contract's rule is refused by the request's schema below, with its fields.
    if (blocker !== undefined && blocker !== 'invalid_pi_number') return refuse(blocker);
    const method = state.payment.method!;
    // One order per quote; only a buyer who switches method before paying gets a new one.
    const switching = state.order?.status === 'pending_payment' && state.order.paymentMethod !== method;
    if (state.order !== null && state.order.quoteId === quote.id && !switching) return refuse('already_ordered');

    const piNumber = state.payment.piNumber.trim();
    const parsed = CreateOrderRequest.safeParse({
      quoteId: quote.id,
      contactId: state.contactId,
      paymentMethod: method,
      ...(method === 'offline' && piNumber !== '' ? { piNumber } : {}),
      // Auto-renew is offered with PayPal and card only.
      autoRenew: method !== 'offline' && state.payment.autoRenew,
    });
    if (!parsed.success) {
      const error = validationError(parsed.error.issues);
      this.commit({ ...state, status: withStatus(state.status, 'order', { state: 'error', error }) });
      return refuse('invalid_input', { error });
    }
    const request = parsed.data;
    const body = JSON.stringify(request);
    // Same request after a failure -> same key, so the server creates at most one order.
    const scope = this.scopeOf(state.config!);
    const stored = this.attempts.read(scope);
    const attempt =
      this.orderAttempt?.body === body ? this.orderAttempt : stored?.body === body ? stored : { body, key: this.newIdempotencyKey() };
    this.orderAttempt = attempt;
    // Written before sending: a reload before the answer must find the same key.
    this.attempts.write(scope, attempt);
    const key = attempt.key;
    this.retries.set('order', () => this.placeOrder());

    const replaced = state.order?.status === 'pending_payment' ? state.order : null;
    const result = await this.call(
      'order',
      (signal) =>
        this.backend.createOrder(request, key, { signal }).then((order) => {
          if (order.quoteId !== quote.id || !sameMoney(order.total, quote.total)) {
            // The buyer is told this failed, so the server's order must not stay behind; a retry
            // then makes a new one rather than meeting this one again.
            this.abandonOrder(order.id);
            this.orderAttempt = null;
            this.attempts.clear(scope);
            throw new CheckoutError('bad_response', 'The order does not match the quoted total.');
          }
          return this.keepSecret(order);
        }),
      (order, current) => ({ ...current, order, priceNotice: null }),
      (order) => {
        // A pending order for an older price is replaced by this one: it is not to be paid any more.
        if (replaced !== null && replaced.id !== order.id) this.abandonOrder(replaced.id);
        this.orderPlaced(order);
      },
    );
    const reason = !result.ok && result.error?.status === 409 ? priceChangeReason(result.error.serverCode) : null;
    if (reason !== null) {
      this.orderAttempt = null;
      this.attempts.clear(scope);
      // If the buyer changed the selection meanwhile, a new quote is already on its way.
      if (this.state.quote === quote) this.requote(reason, quote.total, true);
    }
    return result;
  }

  /**
   * Makes sure there is an order to pay for what is on screen: the pending order while its quote
   * is still the current, unexpired price; otherwise `placeOrder()` (which re-quotes an expired
   * price and asks the buyer to confirm a changed one before anything is paid).
   */
  preparePayment(): Promise<ActionResult> {
    if (this.destroyed) return Promise.resolve(refuse('destroyed'));
    const state = this.state;
    const pending = payableOrder(state);
    const reusable =
      pending !== null &&
      quoteMatches(state) &&
      !this.quoteExpired(state.quote!) &&
      state.priceChange === null &&
      Object.keys(state.rejectedInputs).length === 0;
    return reusable ? Promise.resolve(OK) : this.placeOrder();
  }

  /** Cancels an order on the server that this checkout will not pay; a failure leaves it to expire there. */
  private abandonOrder(orderId: string): void {
    this.clientSecrets.delete(orderId);
    this.backend.cancelOrder(orderId).catch(() => undefined);
  }

  /** After an order answer: the attempt is over, and a complete order shows the subscriptions' new state. */
  private orderPlaced(order: CheckoutOrder): void {
    this.orderAttempt = null;
    this.forgetAttemptIfComplete(order);
    this.emit({ type: 'order-placed', order });
    this.reloadIfComplete(order);
  }

  /** A complete order changed the subscriptions (or will, once paid offline): read them again. */
  private reloadIfComplete(order: CheckoutOrder): void {
    if (!isOrderComplete(this.state) || this.state.order?.id !== order.id) return;
    void this.loadSubscriptions().then((result) => {
      if (result.ok) this.emit({ type: 'subscriptions-update', subscriptions: this.state.subscriptions });
    });
  }

  /**
   * Leaves the receipt of a complete (or failed) order and starts over from a fresh selection of
   * the subscriptions as they are now. A pending order stays: it may still be paid.
   */
  startNewOrder(): ActionResult {
    if (this.destroyed) return refuse('destroyed');
    const state = this.state;
    if (state.order === null) return refuse('no_order');
    if (this.inFlight.has('order')) return refuse('busy');
    if (state.order.status === 'pending_payment') return refuse('not_allowed');
    if (state.config !== null) this.attempts.clear(this.scopeOf(state.config));
    this.orderAttempt = null;
    this.promoFallback = null;
    this.clientSecrets.clear();
    const cleared: CheckoutState = {
      ...state,
      order: null,
      quote: null,
      quoteRequest: null,
      priceChange: null,
      priceNotice: null,
      promoCode: null,
      promoRefusal: null,
      payment: { ...state.payment, piNumber: '' },
      status: withStatus(withStatus(state.status, 'order', IDLE), 'quote', IDLE),
    };
    // The subscriptions as last read (their reload after the order may still be on its way).
    this.commit(withFreshSelection(cleared, subscriptionsLoaded(state) || state.subscriptions.length > 0));
    this.emit({ type: 'new-order' });
    return OK;
  }

  /**
   * A control shows a value the store did not accept (`input`), or no longer does (null). While
   * any does, no order is placed and no total is shown for what the store holds instead.
   */
  setRejectedInput(field: string, input: RejectedInput | null): ActionResult {
    if (this.destroyed) return refuse('destroyed');
    const inputs = this.state.rejectedInputs;
    const current = inputs[field];
    if (input === null ? current === undefined : current?.label === input.label && current.message === input.message) return OK;
    const { [field]: _previous, ...others } = inputs;
    this.commit({ ...this.state, rejectedInputs: input === null ? others : { ...others, [field]: { label: input.label, message: input.message } } });
    return OK;
  }

  /**
   * After a page reload: re-sends an order request that was sent before the reload with its
   * idempotency key, so the buyer gets the one order the server made (or it is made now, once).
   * Nothing happens when no attempt was in progress.
   */
  resumeOrder(): Promise<ActionResult> {
    if (this.destroyed) return Promise.resolve(refuse('destroyed'));
    const config = this.state.config;
    if (config === null) return Promise.resolve(refuse('not_configured'));
    if (this.state.order !== null || this.inFlight.has('order')) return Promise.resolve(refuse('busy'));
    const scope = this.scopeOf(config);
    const attempt = this.attempts.read(scope);
    let request: CreateOrderRequest | undefined;
    try {
      request = attempt ? CreateOrderRequest.safeParse(JSON.parse(attempt.body)).data : undefined;
    } catch {
      request = undefined;
    }
    if (!attempt || !request) {
      this.attempts.clear(scope);
      return Promise.resolve(refuse('nothing_to_retry'));
    }
    const parsed = request;
    this.orderAttempt = attempt;
    return this.call(
      'order',
      (signal) => this.backend.createOrder(parsed, attempt.key, { signal }).then((order) => this.keepSecret(order)),
      (order, current) => ({ ...current, order }),
      (order) => this.orderPlaced(order),
    ).then((result) => {
      // A request that cannot be resumed (its quote expired before any order was made) is
      // forgotten quietly: the buyer simply orders again.
      if (!result.ok && result.error?.status !== undefined && result.error.status < 500) {
        this.attempts.clear(scope);
        this.orderAttempt = null;
        this.commit({ ...this.state, status: withStatus(this.state.status, 'order', IDLE) });
        return refuse('nothing_to_retry');
      }
      return result;
    });
  }

  private forgetAttemptIfComplete(order: CheckoutOrder): void {
    const config = this.state.config;
    if (config !== null && SETTLED_STATUSES.includes(order.status)) this.attempts.clear(this.scopeOf(config));
  }

  /** The buyer has seen the new total after a price change and accepts it. */
  confirmPriceChange(): ActionResult {
    if (this.destroyed) return refuse('destroyed');
    const state = this.state;
    if (isOrderComplete(state)) return refuse('order_complete');
    if (state.priceChange === null) return OK;
    if (state.quote === null || !quoteMatches(state)) return refuse('no_quote');
    this.commit({ ...state, priceChange: null });
    return OK;
  }

  /** Confirms the order after the payment provider approved it. */
  confirmOrder(request: ConfirmOrderRequest): Promise<ActionResult> {
    // Only the price the refused order was made from is stale; a newer one on screen stays.
    const quote = this.state.quote !== null && this.state.quote.id === this.state.order?.quoteId ? this.state.quote : null;
    return this.updateOrder((orderId, signal) => {
      const parsed = ConfirmOrderRequest.safeParse(request);
      if (!parsed.success) return Promise.reject(validationError(parsed.error.issues));
      return this.backend.confirmOrder(orderId, parsed.data, { signal });
    }, () => this.confirmOrder(request)).then((result) => {
      // The server refused to take payment at a price that is no longer valid: re-quote, and the
      // buyer confirms the new price before paying again.
      const reason = !result.ok && result.error?.status === 409 ? priceChangeReason(result.error.serverCode) : null;
      if (reason !== null && quote !== null && this.state.quote === quote) this.requote(reason, quote.total, true);
      return result;
    });
  }

  /** Fetches the order again, e.g. to learn that an offline payment arrived. */
  refreshOrder(): Promise<ActionResult> {
    return this.updateOrder((orderId, signal) => this.backend.getOrder(orderId, { signal }), () => this.refreshOrder());
  }

  private updateOrder(send: (orderId: string, signal: AbortSignal) => Promise<Order>, again: () => Promise<ActionResult>): Promise<ActionResult> {
    if (this.destroyed) return Promise.resolve(refuse('destroyed'));
    const order = this.state.order;
    if (order === null) return Promise.resolve(refuse('no_order'));
    if (this.inFlight.has('order')) return Promise.resolve(refuse('busy'));
    this.retries.set('order', again);
    return this.call(
      'order',
      (signal) => send(order.id, signal).then((updated) => this.keepSecret(updated)),
      (updated, state) => {
        if (updated.id !== order.id) throw new CheckoutError('bad_response', 'The server answered with another order.');
        return { ...state, order: updated };
      },
      (updated) => {
        this.forgetAttemptIfComplete(updated);
        this.emit({ type: 'order-update', order: updated });
        this.reloadIfComplete(updated);
      },
    );
  }

  /**
   * The client secret of an order's card payment, for confirming it with Stripe; null when the
   * order has none (another method, or already paid). Kept out of state and events, where every
   * listener and every state log would see it.
   */
  cardClientSecret(orderId: string): string | null {
    return this.clientSecrets.get(orderId) ?? null;
  }

  /** The order as state and events carry it; its card payment's client secret stays here. */
  private keepSecret(order: Order): CheckoutOrder {
    if (order.payment?.provider !== 'stripe') {
      this.clientSecrets.delete(order.id);
      return order;
    }
    const { clientSecret, ...payment } = order.payment;
    this.clientSecrets.set(order.id, clientSecret);
    return { ...order, payment };
  }

  // ------------------------------------------------------------ retry and teardown

  /**
   * Repeats a step's last call (the quote: asks again for the current selection). When the server
   * asked for a pause (`Retry-After`), the retry waits until then, once however often it is asked
   * for, and the step shows `loading` with `retryAt` meanwhile.
   */
  retry(step: AsyncStep): Promise<ActionResult> {
    if (this.destroyed) return Promise.resolve(refuse('destroyed'));
    const waiting = this.retrySchedule.pending(step);
    if (waiting) return waiting;
    const retryAt = this.retrySchedule.retryAt(step);
    if (retryAt === undefined) return this.retryNow(step);
    this.commit({ ...this.state, status: withStatus(this.state.status, step, { state: 'loading', retryAt }) });
    return this.retrySchedule.schedule(step, retryAt, () =>
      // Something else ran the step meanwhile (the buyer changed the selection): nothing to repeat.
      this.state.status[step].retryAt === retryAt ? this.retryNow(step) : Promise.resolve(refuse('aborted')),
    );
  }

  /**
   * Repeats every step that failed, or only those failed with one of `codes`: after the host page
   * signed the buyer in again (`upcart-auth-required`), or the connection came back. Input the
   * server refused as invalid is not sent again; a step the server asked to wait waits.
   */
  retryFailed(options: { codes?: readonly CheckoutErrorCode[] } = {}): Promise<ActionResult[]> {
    if (this.destroyed) return Promise.resolve([refuse('destroyed')]);
    const failed = ASYNC_STEPS.filter((step) => {
      const { state, error } = this.state.status[step];
      return state === 'error' && error !== undefined && error.code !== 'validation' && (options.codes?.includes(error.code) ?? true);
    });
    return Promise.all(failed.map((step) => this.retry(step)));
  }

  private retryNow(step: AsyncStep): Promise<ActionResult> {
    if (step === 'quote') return isOrderComplete(this.state) ? Promise.resolve(refuse('order_complete')) : this.sendQuote();
    const again = this.retries.get(step);
    return again ? again() : Promise.resolve(refuse('nothing_to_retry'));
  }

  /** Aborts every request, cancels the timer and drops every listener; nothing is reported after. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    releaseScope(this);
    this.abortAll();
    this.retries.clear();
    this.listeners.clear();
    this.eventListeners.clear();
    this.clientSecrets.clear();
    this.orderAttempt = null;
    this.promoFallback = null;
  }

  // ------------------------------------------------------------ quote machinery

  private scheduleQuote(): void {
    this.clearQuoteTimer();
    const timer = { handle: undefined as unknown };
    timer.handle = this.timers.setTimeout(() => {
      if (this.quoteTimer !== timer) return;
      this.quoteTimer = null;
      void this.sendQuote();
    }, this.quoteDebounceMs);
    this.quoteTimer = timer;
  }

  private clearExpiryTimer(): void {
    if (this.expiryTimer === null) return;
    this.timers.clearTimeout(this.expiryTimer.handle);
    this.expiryTimer = null;
  }

  /** Whether `quote` has expired by this store's clock. */
  private quoteExpired(quote: Quote): boolean {
    const deadline = this.deadlines.get(quote);
    return deadline === undefined ? isQuoteExpired(quote, this.now()) : this.now() >= deadline;
  }

  /** Re-quotes the quote on screen when it expires, so an expired price is never left payable. */
  private followExpiry(quote: Quote | null): void {
    this.clearExpiryTimer();
    if (quote === null || isOrderComplete(this.state)) return;
    const deadline = this.deadlines.get(quote) ?? Date.parse(quote.expiresAt);
    const timer = { handle: undefined as unknown };
    timer.handle = this.timers.setTimeout(
      () => {
        if (this.expiryTimer !== timer) return;
        this.expiryTimer = null;
        if (this.state.quote !== quote || isOrderComplete(this.state)) return;
        // Timers may fire early; the store's clock decides.
        if (!this.quoteExpired(quote)) this.followExpiry(quote);
        else this.requote('quote_expired', quote.total, false);
      },
      Math.min(Math.max(0, deadline - this.now()), MAX_TIMER_MS),
    );
    this.expiryTimer = timer;
  }

  private clearQuoteTimer(): void {
    if (this.quoteTimer === null) return;
    this.timers.clearTimeout(this.quoteTimer.handle);
    this.quoteTimer = null;
  }

  /** Asks for a quote for the selection as it is now, replacing any request in flight. */
  private sendQuote(): Promise<ActionResult> {
    if (this.destroyed) return Promise.resolve(refuse('destroyed'));
    this.clearQuoteTimer();
    const request = buildQuoteRequest(this.state);
    if (request === null) {
      this.inFlight.get('quote')?.abort();
      this.inFlight.delete('quote');
      this.commit({ ...this.state, status: withStatus(this.state.status, 'quote', IDLE) });
      return Promise.resolve(refuse('not_ready'));
    }
    const key = quoteRequestKey(request);
    return this.call(
      'quote',
      (signal) => this.backend.createQuote(request, { signal }),
      (quote, state) => {
        // An answer for another selection is never shown, even if it arrives last.
        if (quoteRequestKey(buildQuoteRequest(state)) !== key) return null;
        checkQuoteFits(quote, request, state.catalog);
        this.deadlines.set(quote, deadlineOf(quote, this.now()));
        // The same total as before needs no new confirmation; a buyer whose order was refused
        // for it is still told why nothing was ordered.
        const unchanged = state.priceChange !== null && sameMoney(state.priceChange.previousTotal, quote.total);
        const priceChange = unchanged ? null : state.priceChange;
        const priceNotice = unchanged && state.priceChange!.refusedOrder ? state.priceChange!.reason : state.priceNotice;
        return { ...state, quote, quoteRequest: request, priceChange, priceNotice };
      },
    ).then((result) => {
      if (!result.ok && result.error?.serverCode === PROMO_REFUSED) this.refusePromo(result.error);
      return result;
    });
  }

  /** Drops a quote the server refused or the clock expired and asks again at once. */
  private requote(reason: PriceChangeReason, previousTotal: Money, refusedOrder: boolean): void {
    const state = this.state;
    this.commit({
      ...state,
      quote: null,
      quoteRequest: null,
      priceNotice: null,
      // A change still waiting for confirmation keeps the total the buyer last agreed to.
      priceChange: state.priceChange ?? { reason, previousTotal, refusedOrder },
      status: withStatus(state.status, 'quote', LOADING),
    });
    void this.sendQuote();
  }

  // ------------------------------------------------------------ plumbing

  /**
   * Applies a selection edit of one of `flows`; the edit returns the new selection (the same
   * object for no change) or a refusal.
   */
  private editSelection<F extends Flow>(
    flows: readonly F[],
    edit: (selection: Extract<Selection, { flow: F }>, catalog: Catalog, state: CheckoutState) => Selection | ActionRefusal,
  ): ActionResult {
    if (this.destroyed) return refuse('destroyed');
    const state = this.state;
    if (state.config === null) return refuse('not_configured');
    if (isOrderComplete(state)) return refuse('order_complete');
    const { selection, catalog } = state;
    if (selection === null || catalog === null) return refuse('not_ready');
    if (!(flows as readonly Flow[]).includes(selection.flow)) return refuse('wrong_flow');
    // What is being ordered stays what is on screen until the server answered.
    if (this.inFlight.has('order')) return refuse('busy');
    const next = edit(selection as Extract<Selection, { flow: F }>, catalog, state);
    if ('ok' in next) return next;
    if (next !== selection) this.commit({ ...state, selection: next });
    return OK;
  }

  /**
   * Runs one backend call of `step`: aborts the step's previous call, marks it loading, and applies
   * the answer only if this call is still the step's latest. `apply` may return null to drop the
   * answer, or throw a `CheckoutError` to fail the step.
   */
  private async call<T>(
    step: AsyncStep,
    send: (signal: AbortSignal) => Promise<T>,
    apply: (value: T, state: CheckoutState) => CheckoutState | null,
    after?: (value: T) => void,
  ): Promise<ActionResult> {
    if (this.destroyed) return refuse('destroyed');
    this.inFlight.get(step)?.abort();
    const controller = new AbortController();
    this.inFlight.set(step, controller);
    this.commit({ ...this.state, status: withStatus(this.state.status, step, LOADING) });
    try {
      const value = await send(controller.signal);
      if (this.inFlight.get(step) !== controller) return refuse('aborted');
      const next = apply(value, this.state);
      this.inFlight.delete(step);
      if (next === null) return refuse('aborted');
      this.commit({ ...next, status: withStatus(next.status, step, DONE) });
      after?.(value);
      return OK;
    } catch (thrown) {
      if (this.inFlight.get(step) !== controller) return refuse('aborted');
      this.inFlight.delete(step);
      const error = toCheckoutError(thrown);
      if (error.code === 'aborted') {
        this.commit({ ...this.state, status: withStatus(this.state.status, step, IDLE) });
        return refuse('aborted');
      }
      this.retrySchedule.failed(step, error);
      this.commit({ ...this.state, status: withStatus(this.state.status, step, { state: 'error', error }) });
      this.emit({ type: 'error', step, error });
      return refuse('failed', { error });
    }
  }

  /**
   * Replaces the state and tells the listeners. When the change alters what would be priced, the
   * quote goes in the same commit (it no longer matches), its request in flight is aborted, and a
   * new one is scheduled.
   */
  private commit(draft: CheckoutState): void {
    if (this.destroyed) return;
    const previous = this.state;
    let next: CheckoutState;
    if (isOrderComplete(draft)) {
      // A receipt: the ordered quote stays as it is and nothing is priced any more.
      this.inFlight.get('quote')?.abort();
      this.inFlight.delete('quote');
      this.clearQuoteTimer();
      next = { ...draft, pricing: previous.pricing, status: draft.status.quote.state === 'loading' ? withStatus(draft.status, 'quote', IDLE) : draft.status };
    } else {
      const pricing = buildQuoteRequest(draft);
      const nextKey = quoteRequestKey(pricing);
      // Leaving a receipt prices the new selection even if it equals the one ordered.
      const changed = isOrderComplete(previous) || nextKey !== quoteRequestKey(previous.pricing);
      // The same request keeps its object, so a slice holding it stays equal.
      next = { ...draft, pricing: changed ? pricing : previous.pricing };
      // A quote the draft brings for its own selection (the price without a refused code) stays.
      const bringsQuote = draft.quote !== null && quoteRequestKey(draft.quoteRequest) === nextKey;
      if (changed && !bringsQuote) {
        this.inFlight.get('quote')?.abort();
        this.inFlight.delete('quote');
        this.clearQuoteTimer();
        // A price change to confirm compared two prices of one selection; the buyer now chose another.
        next = {
          ...next,
          quote: null,
          quoteRequest: null,
          priceChange: null,
          priceNotice: null,
          status: withStatus(draft.status, 'quote', nextKey === null ? IDLE : LOADING),
        };
        if (nextKey !== null) this.scheduleQuote();
      } else if (changed) {
        this.inFlight.get('quote')?.abort();
        this.inFlight.delete('quote');
        this.clearQuoteTimer();
      }
    }
    this.state = next;
    if (next.quote !== previous.quote || isOrderComplete(next) !== isOrderComplete(previous)) this.followExpiry(next.quote);
    for (const listener of [...this.listeners]) {
      if (this.destroyed) return;
      guard(() => listener(next, previous));
    }
    if (next.quote !== previous.quote) this.emit({ type: 'quote-change', quote: next.quote });
  }

  private emit(event: CheckoutStoreEvent): void {
    for (const listener of [...this.eventListeners]) {
      if (this.destroyed) return;
      guard(() => listener(event));
    }
  }

  private abortAll(): void {
    for (const controller of this.inFlight.values()) controller.abort();
    this.inFlight.clear();
    this.clearQuoteTimer();
    this.clearExpiryTimer();
    this.retrySchedule.clear();
  }
}

// ------------------------------------------------------------ helpers of this module

function subscriptionsLoaded(state: CheckoutState): boolean {
  return state.status.subscriptions.state === 'done' || state.status.lookup.state === 'done';
}

/** Catalog or subscriptions just (re)loaded: the selection starts over from what the buyer has. */
function withFreshSelection(state: CheckoutState, haveSubscriptions: boolean): CheckoutState {
  // A receipt keeps what was ordered; the subscriptions read again show their new state beside it.
  if (isOrderComplete(state)) return state;
  const { config, catalog } = state;
  const selection = config !== null && catalog !== null && haveSubscriptions ? initialSelection(config, catalog, state.subscriptions) : null;
  return { ...state, selection };
}

function pickContactId(contacts: readonly Contact[], chosen: string | null): string | null {
  if (chosen !== null && contacts.some((contact) => contact.id === chosen)) return chosen;
  return (contacts.find((contact) => contact.isDefault) ?? contacts[0])?.id ?? null;
}

function quantityRefusal(rule: QuantityRule, quantity: number): ActionRefusal | null {
  const check = checkQuantity(rule, quantity);
  return check.ok ? null : refuse('invalid_quantity', { problem: check.problem });
}

function withQuantity(quantities: Readonly<Record<string, number>>, serviceId: string, quantity: number): Readonly<Record<string, number>> {
  return quantities[serviceId] === quantity ? quantities : { ...quantities, [serviceId]: quantity };
}

function without(quantities: Readonly<Record<string, number>>, serviceId: string): Readonly<Record<string, number>> {
  const { [serviceId]: _removed, ...rest } = quantities;
  return rest;
}

function inListOrder(subscriptions: readonly Subscription[], ids: ReadonlySet<string>): string[] {
  return subscriptions.filter((subscription) => ids.has(subscription.id)).map((subscription) => subscription.id);
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameMoney(a: Money, b: Money): boolean {
  return a.amount === b.amount && a.currency === b.currency;
}

function priceChangeReason(serverCode: string | undefined): PriceChangeReason | null {
  return (PRICE_CHANGE_CODES as readonly (string | undefined)[]).includes(serverCode) ? (serverCode as PriceChangeReason) : null;
}

/**
 * A quote for another flow, or in another currency than asked (the session's, else the
 * catalog's), is a wrong price, not a price.
 */
function checkQuoteFits(quote: Quote, request: QuoteRequest, catalog: Catalog | null): void {
  if (quote.flow !== request.flow) throw new CheckoutError('bad_response', 'The quote is for another kind of order.');
  const expected = request.currency ?? catalog?.currency;
  if (expected !== undefined && quote.currency !== expected) {
    throw new CheckoutError('bad_response', `The quote is in ${quote.currency}, not ${expected}.`);
  }
}

/**
 * When a quote received at `now` expires by the store's clock: its `expiresAt`, unless the
 * clocks disagree so that had passed already; then its lifetime counted from now. A quote with
 * no lifetime at all is refused (re-quoting it would only loop).
 */
function deadlineOf(quote: Quote, now: number): number {
  const expiresAt = Date.parse(quote.expiresAt);
  if (expiresAt > now) return expiresAt;
  const lifetime = expiresAt - Date.parse(quote.createdAt);
  if (!(lifetime > 0)) throw new CheckoutError('bad_response', 'The quote expired before it was made.');
  return now + lifetime;
}

/** A listener's exception is reported but never stops the store or the other listeners. */
function guard(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
    else console.error(error);
  }
}
