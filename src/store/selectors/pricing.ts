/** Whether the quote on screen prices the selection as it is now (`state.pricing`). */
import type { CheckoutState } from '../checkout-state.js';
import { quoteRequestKey } from '../quote-request.js';

/** Whether the state's quote was asked for what the selection prices now, expired or not. */
export function quotePricesSelection(state: Pick<CheckoutState, 'quote' | 'quoteRequest' | 'pricing'>): boolean {
  return state.quote !== null && state.quoteRequest !== null && quoteRequestKey(state.quoteRequest) === quoteRequestKey(state.pricing);
}
