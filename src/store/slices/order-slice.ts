/**
 * The order: placed for the current quote with one idempotency key per attempt, resumed after a
 * reload, paid through the provider, confirmed, and locking the checkout as a receipt once
 * complete until the buyer starts a new order. An order this checkout will not pay is cancelled
 * on the server.
 */
import { CheckoutError } from '../../api/errors.js';
import { PRICE_CHANGE_CODES } from '../../api/rules.js';
import { ConfirmOrderRequest, CreateOrderRequest, type Order } from '../../api/schemas.js';
import { OK, refuse, type ActionResult } from '../action-result.js';
import {
  IDLE,
  isOrderComplete,
  payableOrder,
  withStatus,
  type CheckoutOrder,
  type CheckoutState,
  type PriceChangeReason,
  type RejectedInput,
} from '../checkout-state.js';
import { validationError } from '../field-errors.js';
import { subscriptionsLoaded, withFreshSelection } from '../initial-selection.js';
import { sameMoney } from '../quote-scheduler.js';
import { orderBlockers } from '../selectors/order-blockers.js';
import { quotePricesSelection } from '../selectors/pricing.js';
import { loadSubscriptions } from './loading-slice.js';
import type { StoreKit } from './store-kit.js';

/** An order attempt is over once nothing more is to be paid through Upcart for it. */
const SETTLED_STATUSES: readonly Order['status'][] = ['paid', 'awaiting_offline_payment', 'cancelled', 'failed'];

export interface OrderActions {
  /**
   * Creates the order for the current quote. Refused without a current, unexpired quote, a contact
   * and a method; a no-op while an order request is in flight.
   */
  placeOrder(): Promise<ActionResult>;
  /**
   * Makes sure there is an order to pay for what is on screen: the pending order while its quote
   * is still the current, unexpired price; otherwise `placeOrder()` (which re-quotes an expired
   * price and asks the buyer to confirm a changed one before anything is paid).
   */
  preparePayment(): Promise<ActionResult>;
  /**
   * Leaves the receipt of a complete (or failed) order and starts over from a fresh selection of
   * the subscriptions as they are now. A pending order stays: it may still be paid.
   */
  startNewOrder(): ActionResult;
  /**
   * A control shows a value the store did not accept (`input`), or no longer does (null). While
   * any does, no order is placed and no total is shown for what the store holds instead.
   */
  setRejectedInput(field: string, input: RejectedInput | null): ActionResult;
  /**
   * After a page reload: re-sends an order request that was sent before the reload with its
   * idempotency key, so the buyer gets the one order the server made (or it is made now, once).
   * Nothing happens when no attempt was in progress.
   */
  resumeOrder(): Promise<ActionResult>;
  /** The buyer has seen the new total after a price change and accepts it. */
  confirmPriceChange(): ActionResult;
  /** Confirms the order after the payment provider approved it. */
  confirmOrder(request: ConfirmOrderRequest): Promise<ActionResult>;
  /** Fetches the order again, e.g. to learn that an offline payment arrived. */
  refreshOrder(): Promise<ActionResult>;
  /**
   * The client secret of an order's card payment, for confirming it with Stripe; null when the
   * order has none (another method, or already paid). Kept out of state and events, where every
   * listener and every state log would see it.
   */
  cardClientSecret(orderId: string): string | null;
}

export const orderActions: OrderActions & ThisType<StoreKit & OrderActions> = {
  async placeOrder() {
    if (this.container.destroyed) return refuse('destroyed');
    if (this.runner.busy('order')) return refuse('busy');
    const state = this.container.get();
    if (isOrderComplete(state)) return refuse('order_complete');
    // What the buyer sees is what is ordered: a control showing a refused value blocks it.
    const blocker = orderBlockers(state)[0];
    if (blocker === 'rejected_input') return refuse('rejected_input');
    if (blocker === 'no_quote' || blocker === 'quote_loading') return refuse('no_quote');
    const quote = state.quote!;
    if (this.quotes.expired(quote)) {
      this.quotes.requote('quote_expired', quote.total, true);
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
      this.container.commit({ ...state, status: withStatus(state.status, 'order', { state: 'error', error }) });
      return refuse('invalid_input', { error });
    }
    const request = parsed.data;
    const body = JSON.stringify(request);
    // Same request after a failure -> same key, so the server creates at most one order.
    const scope = this.orders.scopeOf(state.config!);
    const stored = this.orders.attempts.read(scope);
    const attempt = this.orders.attempt?.body === body ? this.orders.attempt : stored?.body === body ? stored : { body, key: this.newIdempotencyKey() };
    this.orders.attempt = attempt;
    // Written before sending: a reload before the answer must find the same key.
    this.orders.attempts.write(scope, attempt);
    const key = attempt.key;
    this.runner.repeatWith('order', () => this.placeOrder());

    const replaced = state.order?.status === 'pending_payment' ? state.order : null;
    const result = await this.runner.call(
      'order',
      (signal) =>
        this.backend.createOrder(request, key, { signal }).then((order) => {
          if (order.quoteId !== quote.id || !sameMoney(order.total, quote.total)) {
            // The buyer is told this failed, so the server's order must not stay behind; a retry
            // then makes a new one rather than meeting this one again.
            abandon(this, order.id);
            this.orders.attempt = null;
            this.orders.attempts.clear(scope);
            throw new CheckoutError('bad_response', 'The order does not match the quoted total.');
          }
          return this.orders.secrets.keep(order);
        }),
      (order, current) => ({ ...current, order, priceNotice: null }),
      (order) => {
        // A pending order for an older price is replaced by this one: it is not to be paid any more.
        if (replaced !== null && replaced.id !== order.id) abandon(this, replaced.id);
        placed(this, order);
      },
    );
    const reason = priceChangeOf(result);
    if (reason !== null) {
      this.orders.attempt = null;
      this.orders.attempts.clear(scope);
      // If the buyer changed the selection meanwhile, a new quote is already on its way.
      if (this.container.get().quote === quote) this.quotes.requote(reason, quote.total, true);
    }
    return result;
  },

  preparePayment() {
    if (this.container.destroyed) return Promise.resolve(refuse('destroyed'));
    const state = this.container.get();
    const pending = payableOrder(state);
    const reusable =
      pending !== null &&
      quotePricesSelection(state) &&
      !this.quotes.expired(state.quote!) &&
      state.priceChange === null &&
      Object.keys(state.rejectedInputs).length === 0;
    return reusable ? Promise.resolve(OK) : this.placeOrder();
  },

  startNewOrder() {
    if (this.container.destroyed) return refuse('destroyed');
    const state = this.container.get();
    if (state.order === null) return refuse('no_order');
    if (this.runner.busy('order')) return refuse('busy');
    if (state.order.status === 'pending_payment') return refuse('not_allowed');
    if (state.config !== null) this.orders.attempts.clear(this.orders.scopeOf(state.config));
    this.orders.attempt = null;
    this.quotes.forgetPriceBeforePromo();
    this.orders.secrets.clear();
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
    this.container.commit(withFreshSelection(cleared, subscriptionsLoaded(state) || state.subscriptions.length > 0));
    this.container.emit({ type: 'new-order' });
    return OK;
  },

  setRejectedInput(field, input) {
    if (this.container.destroyed) return refuse('destroyed');
    const state = this.container.get();
    const inputs = state.rejectedInputs;
    const current = inputs[field];
    if (input === null ? current === undefined : current?.label === input.label && current.message === input.message) return OK;
    const { [field]: _previous, ...others } = inputs;
    this.container.commit({ ...state, rejectedInputs: input === null ? others : { ...others, [field]: { label: input.label, message: input.message } } });
    return OK;
  },

  resumeOrder() {
    if (this.container.destroyed) return Promise.resolve(refuse('destroyed'));
    const state = this.container.get();
    const config = state.config;
    if (config === null) return Promise.resolve(refuse('not_configured'));
    if (state.order !== null || this.runner.busy('order')) return Promise.resolve(refuse('busy'));
    const scope = this.orders.scopeOf(config);
    const attempt = this.orders.attempts.read(scope);
    let request: CreateOrderRequest | undefined;
    try {
      request = attempt ? CreateOrderRequest.safeParse(JSON.parse(attempt.body)).data : undefined;
    } catch {
      request = undefined;
    }
    if (!attempt || !request) {
      this.orders.attempts.clear(scope);
      return Promise.resolve(refuse('nothing_to_retry'));
    }
    const parsed = request;
    this.orders.attempt = attempt;
    return this.runner
      .call(
        'order',
        (signal) => this.backend.createOrder(parsed, attempt.key, { signal }).then((order) => this.orders.secrets.keep(order)),
        (order, current) => ({ ...current, order }),
        (order) => placed(this, order),
      )
      .then((result) => {
        // A request that cannot be resumed (its quote expired before any order was made) is
        // forgotten quietly: the buyer simply orders again.
        if (!result.ok && result.error?.status !== undefined && result.error.status < 500) {
          this.orders.attempts.clear(scope);
          this.orders.attempt = null;
          this.container.commit({ ...this.container.get(), status: withStatus(this.container.get().status, 'order', IDLE) });
          return refuse('nothing_to_retry');
        }
        return result;
      });
  },

  confirmPriceChange() {
    if (this.container.destroyed) return refuse('destroyed');
    const state = this.container.get();
    if (isOrderComplete(state)) return refuse('order_complete');
    if (state.priceChange === null) return OK;
    if (!quotePricesSelection(state)) return refuse('no_quote');
    this.container.commit({ ...state, priceChange: null });
    return OK;
  },

  confirmOrder(request) {
    const state = this.container.get();
    // Only the price the refused order was made from is stale; a newer one on screen stays.
    const quote = state.quote !== null && state.quote.id === state.order?.quoteId ? state.quote : null;
    return update(
      this,
      (orderId, signal) => {
        const parsed = ConfirmOrderRequest.safeParse(request);
        if (!parsed.success) return Promise.reject(validationError(parsed.error.issues));
        return this.backend.confirmOrder(orderId, parsed.data, { signal });
      },
      () => this.confirmOrder(request),
    ).then((result) => {
      // The server refused to take payment at a price that is no longer valid: re-quote, and the
      // buyer confirms the new price before paying again.
      const reason = priceChangeOf(result);
      if (reason !== null && quote !== null && this.container.get().quote === quote) this.quotes.requote(reason, quote.total, true);
      return result;
    });
  },

  refreshOrder() {
    return update(
      this,
      (orderId, signal) => this.backend.getOrder(orderId, { signal }),
      () => this.refreshOrder(),
    );
  },

  cardClientSecret(orderId) {
    return this.orders.secrets.get(orderId);
  },
};

function update(kit: StoreKit, send: (orderId: string, signal: AbortSignal) => Promise<Order>, again: () => Promise<ActionResult>): Promise<ActionResult> {
  if (kit.container.destroyed) return Promise.resolve(refuse('destroyed'));
  const order = kit.container.get().order;
  if (order === null) return Promise.resolve(refuse('no_order'));
  if (kit.runner.busy('order')) return Promise.resolve(refuse('busy'));
  kit.runner.repeatWith('order', again);
  return kit.runner.call(
    'order',
    (signal) => send(order.id, signal).then((updated) => kit.orders.secrets.keep(updated)),
    (updated, state) => {
      if (updated.id !== order.id) throw new CheckoutError('bad_response', 'The server answered with another order.');
      return { ...state, order: updated };
    },
    (updated) => {
      forgetAttemptIfSettled(kit, updated);
      kit.container.emit({ type: 'order-update', order: updated });
      reloadIfComplete(kit, updated);
    },
  );
}

/** Cancels an order on the server that this checkout will not pay; a failure leaves it to expire there. */
function abandon(kit: StoreKit, orderId: string): void {
  kit.orders.secrets.forget(orderId);
  kit.backend.cancelOrder(orderId).catch(() => undefined);
}

/** After an order answer: the attempt is over, and a complete order shows the subscriptions' new state. */
function placed(kit: StoreKit, order: CheckoutOrder): void {
  kit.orders.attempt = null;
  forgetAttemptIfSettled(kit, order);
  kit.container.emit({ type: 'order-placed', order });
  reloadIfComplete(kit, order);
}

/** A complete order changed the subscriptions (or will, once paid offline): read them again. */
function reloadIfComplete(kit: StoreKit, order: CheckoutOrder): void {
  if (!isOrderComplete(kit.container.get()) || kit.container.get().order?.id !== order.id) return;
  void loadSubscriptions(kit).then((result) => {
    if (result.ok) kit.container.emit({ type: 'subscriptions-update', subscriptions: kit.container.get().subscriptions });
  });
}

function forgetAttemptIfSettled(kit: StoreKit, order: CheckoutOrder): void {
  const config = kit.container.get().config;
  if (config !== null && SETTLED_STATUSES.includes(order.status)) kit.orders.attempts.clear(kit.orders.scopeOf(config));
}

/** The reason a 409 refused an order or its payment for a price that is no longer valid. */
function priceChangeOf(result: ActionResult): PriceChangeReason | null {
  const serverCode = !result.ok && result.error?.status === 409 ? result.error.serverCode : undefined;
  return (PRICE_CHANGE_CODES as readonly (string | undefined)[]).includes(serverCode) ? (serverCode as PriceChangeReason) : null;
}
