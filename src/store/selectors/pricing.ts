/**
 * What the selection prices, computed once per commit (in the spirit of nanostores' `computed`):
 * `state.pricing` is derived from the draft, and a quote that no longer prices it goes in the same
 * commit. The quote scheduler follows `pricing`; nothing else rebuilds the request.
 */
import { IDLE, LOADING, isOrderComplete, withStatus, type CheckoutState } from '../checkout-state.js';
import { buildQuoteRequest, quoteRequestKey } from '../quote-request.js';

export function derivePricing(draft: CheckoutState, previous: CheckoutState): CheckoutState {
  if (isOrderComplete(draft)) {
    // A receipt: the ordered quote stays as it is and nothing is priced any more.
    return { ...draft, pricing: previous.pricing, status: draft.status.quote.state === 'loading' ? withStatus(draft.status, 'quote', IDLE) : draft.status };
  }
  const pricing = buildQuoteRequest(draft);
  const nextKey = quoteRequestKey(pricing);
  // Leaving a receipt prices the new selection even if it equals the one ordered.
  const changed = isOrderComplete(previous) || nextKey !== quoteRequestKey(previous.pricing);
  // The same request keeps its object, so a slice holding it stays equal.
  if (!changed) return { ...draft, pricing: previous.pricing };
  // A quote the draft brings for its own selection (the price without a refused code) stays.
  if (draft.quote !== null && quoteRequestKey(draft.quoteRequest) === nextKey) return { ...draft, pricing };
  // A price change to confirm compared two prices of one selection; the buyer now chose another.
  return {
    ...draft,
    pricing,
    quote: null,
    quoteRequest: null,
    priceChange: null,
    priceNotice: null,
    status: withStatus(draft.status, 'quote', nextKey === null ? IDLE : LOADING),
  };
}

/** Whether the state's quote was asked for what the selection prices now, expired or not. */
export function quotePricesSelection(state: Pick<CheckoutState, 'quote' | 'quoteRequest' | 'pricing'>): boolean {
  return state.quote !== null && state.quoteRequest !== null && quoteRequestKey(state.quoteRequest) === quoteRequestKey(state.pricing);
}
