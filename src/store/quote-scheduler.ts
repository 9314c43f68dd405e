/**
 * Follows `state.pricing`: when it changes, the request in flight is aborted and one debounced
 * request is scheduled; an answer is kept only while it still prices the selection. The quote on
 * screen is re-quoted when it expires by the store's clock (the server's `expiresAt`, or its
 * lifetime from arrival when the clocks disagree) or when the server refused it; a refused
 * promotion code brings back the price shown before it.
 */
import type { CheckoutBackend } from '../api/backend.js';
import { CheckoutError } from '../api/errors.js';
import { PROMO_REFUSED } from '../api/rules.js';
import type { Catalog, Money, Quote, QuoteRequest } from '../api/schemas.js';
import { refuse, type ActionResult } from './action-result.js';
import { DONE, IDLE, LOADING, isOrderComplete, withStatus, type CheckoutState, type PriceChangeReason } from './checkout-state.js';
import { isQuoteExpired } from './quote-request.js';
import { quotePricesSelection } from './selectors/pricing.js';
import type { StateContainer } from './state-container.js';
import type { StepRunner } from './step-runner.js';
import type { StoreTimers } from './store-timers.js';
import { localeOption } from './selectors/buyer-locale.js';

/** setTimeout's longest delay; a later expiry is checked again when it fires. */
const MAX_TIMER_MS = 2_147_483_647;

interface Timer {
  handle: unknown;
}

export class QuoteScheduler {
  private quoteTimer: Timer | null = null;
  /** Fires when the quote on screen expires, so it is re-quoted rather than left payable. */
  #expiryTimer: Timer | null = null;
  /** When each quote expires by this store's clock. */
  readonly #deadlines = new WeakMap<Quote, number>();
  /** The price before a promotion code was tried: shown again if the server refuses the code. */
  #promoFallback: { promoCode: string | null; quote: Quote | null; quoteRequest: QuoteRequest | null } | null = null;

  readonly #container: StateContainer;
  readonly #runner: StepRunner;
  readonly #backend: CheckoutBackend;
  readonly #now: () => number;
  readonly #timers: StoreTimers;
  readonly #debounceMs: number;

  constructor(
    container: StateContainer,
    runner: StepRunner,
    backend: CheckoutBackend,
    now: () => number,
    timers: StoreTimers,
    /** Quiet time after the last change of the pricing before a quote is asked for. */
    debounceMs: number,
  ) {
    this.#container = container;
    this.#runner = runner;
    this.#backend = backend;
    this.#now = now;
    this.#timers = timers;
    this.#debounceMs = debounceMs;
  }

  /** A commit happened: the pricing may have changed, or the quote on screen. */
  follow(next: CheckoutState, previous: CheckoutState): void {
    if (isOrderComplete(next) || isOrderComplete(previous) || next.pricing !== previous.pricing) {
      this.#runner.abort('quote');
      this.#clearQuoteTimer();
      if (!isOrderComplete(next) && next.quote === null && next.pricing !== null) this.#schedule();
    }
    if (next.quote !== previous.quote || isOrderComplete(next) !== isOrderComplete(previous)) this.#followExpiry(next.quote);
  }

  /** Asks for a quote for the pricing as it is now, replacing any request in flight. */
  send(): Promise<ActionResult> {
    if (this.#container.destroyed) return Promise.resolve(refuse('destroyed'));
    this.#clearQuoteTimer();
    const request = this.#container.get().pricing;
    if (request === null) {
      this.#runner.abort('quote');
      this.#container.commit({ ...this.#container.get(), status: withStatus(this.#container.get().status, 'quote', IDLE) });
      return Promise.resolve(refuse('not_ready'));
    }
    return this.#runner
      .call(
        'quote',
        // The buyer's language names the lines' items (`itemName`); the price is the same in any.
        (signal) => this.#backend.createQuote(request, { signal, ...localeOption(this.#container.get()) }),
        (quote, state) => {
          // An answer for another selection is never shown, even if it arrives last.
          if (state.pricing !== request) return null;
          checkQuoteFits(quote, request, state.catalog);
          this.#deadlines.set(quote, deadlineOf(quote, this.#now()));
          // The same total as before needs no new confirmation; a buyer whose order was refused
          // for it is still told why nothing was ordered.
          const unchanged = state.priceChange !== null && sameMoney(state.priceChange.previousTotal, quote.total);
          const priceChange = unchanged ? null : state.priceChange;
          const priceNotice = unchanged && state.priceChange!.refusedOrder ? state.priceChange!.reason : state.priceNotice;
          return { ...state, quote, quoteRequest: request, priceChange, priceNotice };
        },
      )
      .then((result) => {
        if (!result.ok && result.error?.serverCode === PROMO_REFUSED) this.#refusePromo(result.error);
        return result;
      });
  }

  /** The quote step's retry: asks again for the current selection. */
  retry(): Promise<ActionResult> {
    return isOrderComplete(this.#container.get()) ? Promise.resolve(refuse('order_complete')) : this.send();
  }

  /** Drops a quote the server refused or the clock expired and asks again at once. */
  requote(reason: PriceChangeReason, previousTotal: Money, refusedOrder: boolean): void {
    const state = this.#container.get();
    this.#container.commit({
      ...state,
      quote: null,
      quoteRequest: null,
      priceNotice: null,
      // A change still waiting for confirmation keeps the total the buyer last agreed to.
      priceChange: state.priceChange ?? { reason, previousTotal, refusedOrder },
      status: withStatus(state.status, 'quote', LOADING),
    });
    void this.send();
  }

  /** Whether `quote` has expired by this store's clock. */
  expired(quote: Quote): boolean {
    const deadline = this.#deadlines.get(quote);
    return deadline === undefined ? isQuoteExpired(quote, this.#now()) : this.#now() >= deadline;
  }

  /** A promotion code is about to be tried: the price of `state` is what its refusal brings back. */
  keepPriceBeforePromo(state: CheckoutState): void {
    const current = state.quote !== null && quotePricesSelection(state);
    this.#promoFallback = { promoCode: state.promoCode, quote: current ? state.quote : null, quoteRequest: current ? state.quoteRequest : null };
  }

  forgetPriceBeforePromo(): void {
    this.#promoFallback = null;
  }

  /** Cancels both timers. */
  stop(): void {
    this.#clearQuoteTimer();
    this.#clearExpiryTimer();
  }

  /**
   * The server refused the promotion code: the price without it comes back (the quote shown
   * before, while it is still valid, else a new one) and the refusal stays beside the field.
   */
  #refusePromo(error: CheckoutError): void {
    const state = this.#container.get();
    const code = state.promoCode;
    if (code === null) return;
    const fallback = this.#promoFallback;
    this.#promoFallback = null;
    const quote = fallback?.quote && !this.expired(fallback.quote) ? fallback.quote : null;
    this.#container.commit({
      ...state,
      promoCode: fallback?.promoCode ?? null,
      promoRefusal: { code, error },
      quote,
      quoteRequest: quote ? (fallback?.quoteRequest ?? null) : null,
      status: withStatus(state.status, 'quote', quote ? DONE : IDLE),
    });
  }

  #schedule(): void {
    this.#clearQuoteTimer();
    const timer: Timer = { handle: undefined };
    timer.handle = this.#timers.setTimeout(() => {
      if (this.quoteTimer !== timer) return;
      this.quoteTimer = null;
      void this.send();
    }, this.#debounceMs);
    this.quoteTimer = timer;
  }

  #clearQuoteTimer(): void {
    if (this.quoteTimer === null) return;
    this.#timers.clearTimeout(this.quoteTimer.handle);
    this.quoteTimer = null;
  }

  #clearExpiryTimer(): void {
    if (this.#expiryTimer === null) return;
    this.#timers.clearTimeout(this.#expiryTimer.handle);
    this.#expiryTimer = null;
  }

  /** Re-quotes the quote on screen when it expires, so an expired price is never left payable. */
  #followExpiry(quote: Quote | null): void {
    this.#clearExpiryTimer();
    if (quote === null || isOrderComplete(this.#container.get())) return;
    const deadline = this.#deadlines.get(quote) ?? Date.parse(quote.expiresAt);
    const timer: Timer = { handle: undefined };
    timer.handle = this.#timers.setTimeout(
      () => {
        if (this.#expiryTimer !== timer) return;
        this.#expiryTimer = null;
        if (this.#container.get().quote !== quote || isOrderComplete(this.#container.get())) return;
        // Timers may fire early; the store's clock decides.
        if (!this.expired(quote)) this.#followExpiry(quote);
        else this.requote('quote_expired', quote.total, false);
      },
      Math.min(Math.max(0, deadline - this.#now()), MAX_TIMER_MS),
    );
    this.#expiryTimer = timer;
  }
}

export function sameMoney(a: Money, b: Money): boolean {
  return a.amount === b.amount && a.currency === b.currency;
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
